//! `ephr booklet`: verified cards printed as a PDF booklet, A4 sheets or a wallet card.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use ephr::booklet::{self, BookletOptions, Layout, PrintEntry};
use ephr::history::{Checked, History};
use ephr::labels::Lang;
use ephr::qr::Ecc;
use ephr::report;

use super::args::TrustArgs;
use super::{Checking, EXIT_INVALID, EXIT_OK, Failure, Result, checking, gather, write_private};

/// Arguments of `ephr booklet`.
#[derive(Args, Debug)]
#[command(
    after_help = after_help()
)]
pub struct BookletArgs {
    /// Cards: PHR1 text files, images, bundles, PDFs ephr printed, or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub print: PrintArgs,
}

/// What to print, and how: shared by `ephr booklet` and `ephr register reprint`.
#[derive(Args, Debug)]
pub struct PrintArgs {
    /// The PDF to write.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// The PDF for confidential entries: a separate insert, with its own cover, that the
    /// person keeps apart from the booklet. Needed when confidential and other cards are given.
    #[arg(long, value_name = "FILE.pdf")]
    pub confidential_out: Option<PathBuf>,
    /// Languages: the clinician's, then the patient's (e.g. `it,ar`). Default: English, and
    /// the first language the person speaks that ephr has labels in.
    #[arg(long, value_name = "CLINICIAN,PATIENT")]
    pub lang: Option<String>,
    /// Page arrangement.
    #[arg(long, value_enum, default_value_t = LayoutArg::Booklet)]
    pub layout: LayoutArg,
    #[command(flatten)]
    pub trust: TrustArgs,
    /// Check as of this time (RFC 3339 or YYYY-MM-DD) instead of now.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
}

/// Page arrangement.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum LayoutArg {
    /// A6 pages (105 x 148 mm): cover, sections with their QR codes, how to verify.
    Booklet,
    /// The same A6 pages four to an A4 sheet, with cut marks.
    A4,
    /// A wallet card (85.6 x 54 mm): identity, alerts, allergies; QR codes on the back.
    Card,
}

pub fn run(a: BookletArgs) -> Result<i32> {
    check_out(&a.print.out)?;
    let (cands, unreadable) = gather(&a.inputs);
    if unreadable {
        return Err(
            Failure::usage("some inputs could not be read (see above)").hint(
                "print only what can be read and verified; fix or leave out the inputs named above",
            ),
        );
    }
    print(a.print, &cands)
}

/// Prints cards already read (`ephr register reprint` hands over the register's).
pub fn print(a: PrintArgs, cands: &[ephr::input::Candidate]) -> Result<i32> {
    check_out(&a.out)?;
    if let Some(c) = &a.confidential_out {
        check_out(c)?;
        if *c == a.out {
            return Err(
                Failure::usage("--out and --confidential-out name the same file").hint(
                    "the confidential insert is printed apart, for the person to keep apart from the booklet",
                ),
            );
        }
    }
    let Some(Checking { list, now, .. }) = checking(&a.trust, a.at.as_deref(), false)? else {
        return Ok(EXIT_INVALID);
    };
    let checked: Vec<Checked> = cands.iter().map(|c| c.check(&list, now)).collect();
    for c in &checked {
        if let Err(e) = &c.result {
            eprint!(
                "── {} ──\n{}",
                c.source,
                report::printable(&report::invalid_text(e))
            );
        }
    }
    let layout = match a.layout {
        LayoutArg::Booklet => Layout::Booklet,
        LayoutArg::A4 => Layout::A4,
        LayoutArg::Card => Layout::Card,
    };
    let plan = match booklet::plan(
        &History::build(checked),
        layout,
        a.confidential_out.is_some(),
    ) {
        Ok(plan) => plan,
        Err(e) if e.is_invalid_cards() => {
            eprintln!("error: {}", report::printable(&e.to_string()));
            eprintln!("hint: {}", e.hint());
            return Ok(EXIT_INVALID);
        }
        // The library's words for the insert, with this command's option for it.
        Err(booklet::PlanError::InsertNeeded(n)) => {
            return Err(Failure::usage(format!(
                "{n} of the cards are confidential; give --confidential-out FILE.pdf for them"
            ))
            .hint("confidential entries print as a separate insert that the person keeps apart from the booklet; or leave the confidential card out of the inputs"));
        }
        Err(e) => {
            let hint = e.hint();
            return Err(Failure::usage(e).hint(hint));
        }
    };
    let (clinician, patient) = languages(a.lang.as_deref(), plan.patient_language())?;
    match &plan.booklet {
        Some(job) => write(&job.entries, job.layout, clinician, patient, Ecc::Q, &a.out)?,
        None => {
            eprintln!(
                "note: every card is confidential; only the insert is written, nothing to {}",
                a.out.display()
            );
            EXIT_OK
        }
    };
    let Some(insert) = &plan.insert else {
        if let Some(c) = &a.confidential_out {
            eprintln!(
                "note: no confidential card among the inputs; nothing is written to {}",
                c.display()
            );
        }
        return Ok(EXIT_OK);
    };
    // Without --confidential-out, every entry is confidential (the plan refuses a mix), and the
    // insert is the one PDF asked for.
    let insert_out = a.confidential_out.as_deref().unwrap_or(&a.out);
    write(
        &insert.entries,
        insert.layout,
        clinician,
        patient,
        Ecc::Q,
        insert_out,
    )
}

/// `ephr issue --out card.pdf`: a one-entry booklet of the card just issued.
pub fn write_issued(
    cards: &[ephr::IssuedCard],
    ecc: Ecc,
    out: &Path,
    lang: Option<&str>,
    kid: &ephr::KeyId,
) -> Result<i32> {
    check_out(out)?;
    let entries = cards
        .iter()
        .map(PrintEntry::from_issued)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(Failure::usage)?;
    let (clinician, patient) = languages(lang, booklet::patient_language(&entries))?;
    for c in cards {
        let kind = if c.claims().entry.confidential {
            "confidential card"
        } else {
            "card"
        };
        eprintln!(
            "issued {kind} {} (key {kid}) for record {} ({} characters)",
            c.claims().card_id,
            c.claims().entry.record_id,
            c.text().len()
        );
    }
    write(&entries, Layout::Booklet, clinician, patient, ecc, out)
}

fn check_out(out: &Path) -> Result<()> {
    let pdf = out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if !pdf {
        return Err(
            Failure::usage(format!("{}: the output must be a .pdf file", out.display()))
                .hint("name the output like booklet.pdf"),
        );
    }
    Ok(())
}

fn languages(arg: Option<&str>, speaker: Option<Lang>) -> Result<(Lang, Lang)> {
    let bad = |c: &str| {
        Failure::usage(format!("no labels in language \"{c}\"")).hint(format!(
            "--lang takes two of: {}, e.g. --lang it,ar",
            Lang::codes()
        ))
    };
    let Some(arg) = arg else {
        let c = Lang::english();
        return Ok((c, speaker.unwrap_or(c)));
    };
    let mut parts = arg.split(',').map(str::trim);
    let c = parts.next().unwrap_or_default();
    let clinician = Lang::get(c).ok_or_else(|| bad(c))?;
    let patient = match parts.next() {
        Some(p) => Lang::get(p).ok_or_else(|| bad(p))?,
        None => speaker.unwrap_or(clinician),
    };
    if parts.next().is_some() {
        return Err(bad(arg));
    }
    Ok((clinician, patient))
}

fn write(
    entries: &[PrintEntry],
    layout: Layout,
    clinician: Lang,
    patient: Lang,
    ecc: Ecc,
    out: &Path,
) -> Result<i32> {
    let mut opts =
        BookletOptions::new(layout, clinician.code, patient.code).map_err(Failure::usage)?;
    opts.ecc = ecc;
    let pdf = booklet::render(entries, &opts).map_err(|e| {
        let hint = match e {
            booklet::BookletError::CardTooSmall { .. } => {
                "print the A6 booklet instead (--layout booklet), where a code may be up to 89 mm wide"
            }
            booklet::BookletError::MixedRecords(..) => {
                "these cards are of different people; make one booklet per person"
            }
            booklet::BookletError::ConfidentialMixed { .. }
            | booklet::BookletError::ConfidentialCard => {
                "give the confidential cards with --confidential-out FILE.pdf"
            }
            _ => "check the inputs",
        };
        Failure::usage(e).hint(hint)
    })?;
    write_private(out, &pdf.bytes)?;
    if pdf.missing_glyphs > 0 {
        eprintln!(
            "warning: {} characters have no glyph in ephr's fonts (Latin, Greek, Cyrillic, Arabic, Ethiopic, Bengali) and print as empty boxes; the Latin-letter name is printed too",
            pdf.missing_glyphs
        );
    }
    let what = match layout {
        Layout::Booklet => "A6 pages",
        Layout::A4 => "A4 sheets",
        Layout::Card => "card faces",
    };
    let what = if entries.iter().any(PrintEntry::is_confidential) {
        format!("{what} of the confidential insert (keep it apart from the booklet)")
    } else {
        what.to_owned()
    };
    eprintln!(
        "wrote {}: {} {what}, {} entr{}, labels {}+{}, {} KB; print at 100 % (actual size)",
        out.display(),
        pdf.pages,
        entries.len(),
        if entries.len() == 1 { "y" } else { "ies" },
        clinician.code,
        patient.code,
        pdf.bytes.len().div_ceil(1024)
    );
    Ok(EXIT_OK)
}

/// The text after `ephr booklet --help`: it lists every catalogue (Lang::codes), so it is built
/// at run time.
fn after_help() -> String {
    format!(
        "Every card is verified first; the booklet is printed from the signed \
entries only, never from a record's JSON. Print at 100 % (\"actual size\"), not \"fit to page\".\n\n\
Languages: {}. Vaccines, diagnoses, medicines and tests are named in each, \
always with the code (docs/TRANSLATIONS.md says how good each translation is).\n\n\
Examples:\n  ephr booklet card.png --out booklet.pdf --lang it,ar\n  \
ephr booklet page1.jpg page2.jpg --out sheets.pdf --layout a4\n  \
ephr booklet card.txt --out wallet.pdf --layout card --lang el,fa\n  \
ephr booklet card.txt confidential-card.txt --out booklet.pdf --confidential-out insert.pdf",
        Lang::codes()
    )
}
