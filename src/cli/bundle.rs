//! `ephr bundle`: all entries of one person in one `.phr` file.

use clap::Args;
use ephr::assemble::{AssembleError, assemble_parsed};

use super::{EXIT_OK, Failure, Result};

/// Arguments of `ephr bundle`.
#[derive(Args, Debug)]
#[command(
    after_help = "The bundle holds each entry's signed bytes, once, in date order. It \
is not signed as a whole and needs no key: every entry stays signed by its authority and is \
verified on its own (`ephr verify FILE.phr`). Bundles are merged by giving them as inputs; to \
add an entry to a bundle, give the bundle itself as an input and as --out.\n\n\
Examples:\n  ephr bundle card-gr.txt card-rs.png --out person.phr\n  \
ephr bundle person.phr visit-it.txt --out person.phr"
)]
pub struct BundleArgs {
    /// Entries: PHR1 text files, images, .phr bundles, PDFs ephr printed, or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,
    /// The bundle to write (.phr).
    #[arg(long, value_name = "FILE.phr")]
    pub out: std::path::PathBuf,
}

/// Collects the entries of one record from the inputs and writes them as one bundle.
pub fn run(a: BundleArgs) -> Result<i32> {
    let out = &a.out;
    if out.extension().and_then(|e| e.to_str()) != Some("phr") {
        return Err(Failure::usage(format!(
            "{}: a bundle file name ends in .phr",
            out.display()
        ))
        .hint("choose a name such as person.phr"));
    }
    let out_is_input = a
        .inputs
        .iter()
        .any(|i| std::path::Path::new(i) == out.as_path());
    if out.exists() && !out_is_input {
        return Err(Failure::usage(format!(
            "{} already exists and is not one of the inputs; its entries would be lost",
            out.display()
        ))
        .hint(format!(
            "to add entries to it, give it as an input too: ephr bundle {} NEW... --out {}",
            out.display(),
            out.display()
        )));
    }
    let (cands, unreadable) = super::gather(&a.inputs);
    if unreadable {
        return Err(
            Failure::usage("nothing was written").hint("fix or leave out the inputs named above")
        );
    }
    let assembled =
        assemble_parsed(cands.iter().map(|c| (c.source.as_str(), c.parse()))).map_err(|e| {
            let hint = match &e {
                AssembleError::NotACard { .. } => {
                    "a bundle holds signed PHR1 entries only; leave this input out"
                }
                AssembleError::SeveralRecords(_) => {
                    "a bundle holds one person's entries; bundle each person's cards separately"
                }
                AssembleError::Empty => "give at least one card",
                AssembleError::Bundle(_) => "bundle fewer entries into one file",
                AssembleError::NotValid(_) => "leave out the cards that are not valid",
                AssembleError::IdentityMismatch(_) => {
                    "check the person's identity; bundle the entries once they are known to be one person's"
                }
            };
            Failure::usage(e.to_string()).hint(hint)
        })?;
    let bundle = &assembled.bundle;
    bundle
        .write(out)
        .map_err(|e| Failure::usage(format!("cannot write {}: {e}", out.display())))?;
    let repeated = assembled.repeated;
    println!(
        "wrote {}: {} entr{} of record {} ({} bytes{})",
        out.display(),
        bundle.len(),
        if bundle.len() == 1 { "y" } else { "ies" },
        assembled.record,
        bundle.to_bytes().len(),
        if repeated > 0 {
            format!(
                "; {repeated} repeated entr{} kept once",
                if repeated == 1 { "y" } else { "ies" }
            )
        } else {
            String::new()
        }
    );
    for (i, e) in assembled.entries.iter().enumerate() {
        let part = e.part.map_or(String::new(), |p| {
            format!("  part {} of {}", p.index, p.count)
        });
        let line = format!(
            "{}  {}  entry {}{part}",
            e.encounter_date, e.issuer, e.card_id
        );
        println!("  {}. {}", i + 1, ephr::report::printable(&line));
    }
    println!(
        "Entries are not verified here; check them with `ephr verify {}`.",
        out.display()
    );
    Ok(EXIT_OK)
}
