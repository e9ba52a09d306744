//! `ephr bundle`: all entries of one person in one `.phr` file.

use clap::Args;
use ephr::UnverifiedCard;
use ephr::bundle::Bundle;

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
    /// Entries: PHR1 text files, images, .phr bundles, or - for standard input.
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
    let mut bundle = Bundle::new();
    let mut records = Vec::new();
    let mut repeated = 0;
    let mut keys = Vec::new();
    for c in &cands {
        let not_a_card = |e: &dyn std::fmt::Display| {
            Failure::usage(format!("{}: not a PHR card: {e}", c.source))
                .hint("a bundle holds signed PHR1 entries only; leave this input out")
        };
        let card = UnverifiedCard::from_text(&c.text).map_err(|e| not_a_card(&e))?;
        let claims = card.claims_unverified().map_err(|e| not_a_card(&e))?;
        let cose = card.cose_bytes().to_vec();
        if !records.contains(&claims.entry.record_id) {
            records.push(claims.entry.record_id.clone());
        }
        if bundle.push(cose.clone()).map_err(Failure::usage)? {
            let day = ephr::date::parse_full_date(&claims.entry.record.encounter.date)
                .map_or(i64::MAX, ephr::date::to_epoch_days);
            let part = claims.entry.part.map_or(0, |p| p.index);
            keys.push((
                cose,
                (day, claims.issued_at, part),
                format!(
                    "{}  {}  entry {}{}",
                    claims.entry.record.encounter.date,
                    claims.issuer,
                    claims.card_id,
                    claims.entry.part.map_or(String::new(), |p| format!(
                        "  part {} of {}",
                        p.index, p.count
                    ))
                ),
            ));
        } else {
            repeated += 1;
        }
    }
    if records.len() > 1 {
        return Err(Failure::usage(format!(
            "the inputs hold entries of {} different records ({})",
            records.len(),
            records
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .hint("a bundle holds one person's entries; bundle each person's cards separately"));
    }
    bundle.sort_by_key(|e| {
        keys.iter()
            .find(|k| &k.0 == e)
            .map_or((i64::MAX, 0, 0), |k| k.1)
    });
    bundle
        .write(out)
        .map_err(|e| Failure::usage(format!("cannot write {}: {e}", out.display())))?;
    keys.sort_by_key(|k| k.1);
    println!(
        "wrote {}: {} entr{} of record {} ({} bytes{})",
        out.display(),
        bundle.len(),
        if bundle.len() == 1 { "y" } else { "ies" },
        records.first().map(ToString::to_string).unwrap_or_default(),
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
    for (i, k) in keys.iter().enumerate() {
        println!("  {}. {}", i + 1, ephr::report::printable(&k.2));
    }
    println!(
        "Entries are not verified here; check them with `ephr verify {}`.",
        out.display()
    );
    Ok(EXIT_OK)
}
