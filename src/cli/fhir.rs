//! `ephr fhir`: HL7 FHIR International Patient Summary export and import.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use ephr::fhir;

use super::args::TrustArgs;
use super::{
    Checking, EXIT_INVALID, EXIT_OK, EXIT_USAGE, Failure, Result, checking, gather, write_private,
};

/// FHIR commands.
#[derive(Subcommand, Debug)]
pub enum FhirCommand {
    /// Verified cards of one person -> an FHIR R4 International Patient Summary (IPS) document.
    #[command(after_help = "\
Every card is verified first, as `ephr verify` does. A card that is not valid stops the export \
(exit status 1) unless --include-unverified is given; its content is then exported tagged \
\"unverified\", and its Provenance says NOT VERIFIED and why.\n\
Each entry gets a Provenance naming the issuing authority from the trust list, the key id, the \
card id, the issue time, and the signed card itself.\n\
Several verified entries are merged into one history, as `ephr verify` shows it: one resource per \
fact (the latest statement wins; every dose and result is kept), linked to the Provenance of \
every entry that stated it. Conflicts, gaps and missing parts become DetectedIssue resources in \
the Alerts section and are printed here. Unverified entries are never merged.\n\n\
Examples:\n  \
ephr fhir export card.png --trust keys/demo-trust-list.cose --anchor keys/demo-anchor.pub.pem --out ips.json\n  \
ephr fhir export first.txt followup.txt --out ips.json          (installed trust list)\n\n\
Entries of one record that name different persons, or that link to another record (a PROBLEM \
for `ephr verify`), are not exported at all: export each person separately.\n\
The file written (--out) is readable by its owner only.\n\n\
Exit status: 0 exported, 1 a card is not valid or the entries are not one person's, 2 usage error \
or unreadable input.")]
    Export {
        /// Cards: text files, images, bundles, PDFs ephr printed, or - for standard input.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        trust: TrustArgs,
        /// Verify, and date the document, as of this time (RFC 3339 or YYYY-MM-DD) instead of now.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// Write the Bundle here instead of standard output.
        #[arg(long, value_name = "FILE.json")]
        out: Option<PathBuf>,
        /// Export cards that do NOT verify too, marked as not verified.
        #[arg(long)]
        include_unverified: bool,
    },
    /// An IPS document Bundle (FHIR R4 JSON) -> an ephr record for `ephr issue`.
    #[command(after_help = "\
The report lists everything in the document that is not in the record, with the reason: codes \
in other systems (e.g. SNOMED CT only: add an ICD-10 or ATC coding), free-text-only entries, \
resources ephr has no field for. Read it before issuing the record. The files written (--out, \
--report) are readable by their owner only.\n\n\
Example:\n  \
ephr fhir import ehr-summary.json --out record.json --report import-report.txt\n  \
ephr issue record.json --key keys/GR-DEMO.key.pem --authority GR-DEMO --out card.png\n\n\
Exit status: 0 imported, 2 the document cannot be read or mapped to a valid record.")]
    Import {
        /// The IPS document (FHIR R4 JSON Bundle of type document).
        #[arg(value_name = "BUNDLE.json")]
        bundle: PathBuf,
        /// Write the record here instead of standard output.
        #[arg(long, value_name = "RECORD.json")]
        out: Option<PathBuf>,
        /// Write the import report here instead of standard error.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
}

pub fn run(c: FhirCommand) -> Result<i32> {
    match c {
        FhirCommand::Export {
            inputs,
            trust,
            at,
            out,
            include_unverified,
        } => export(
            &inputs,
            &trust,
            at.as_deref(),
            out.as_deref(),
            include_unverified,
        ),
        FhirCommand::Import {
            bundle,
            out,
            report,
        } => import(&bundle, out.as_deref(), report.as_deref()),
    }
}

fn export(
    inputs: &[String],
    t: &TrustArgs,
    at: Option<&str>,
    out: Option<&Path>,
    include_unverified: bool,
) -> Result<i32> {
    let Some(Checking { list, now, .. }) = checking(t, at, false)? else {
        return Ok(EXIT_INVALID);
    };
    let (cands, unreadable) = gather(inputs);
    if unreadable || cands.is_empty() {
        return Err(Failure::usage("no card to export could be read"));
    }
    let exported = match fhir::export_inputs(&cands, &list, now, include_unverified) {
        Ok(e) => e,
        Err(fhir::ExportError::NotValid { cards }) => {
            for (source, why) in &cards {
                eprintln!("{source}: NOT VALID: {why}");
            }
            eprintln!(
                "error: {} card(s) not valid; nothing exported. Leave them out, or add \
                 --include-unverified to export them marked NOT VERIFIED",
                cards.len()
            );
            return Ok(EXIT_INVALID);
        }
        Err(e) => {
            return Err(Failure {
                message: e.to_string(),
                hint: matches!(e, fhir::ExportError::HistoryProblem { .. }).then(|| {
                    "nothing exported: export each person separately / check the entries with `ephr verify`"
                        .to_owned()
                }),
                code: match e {
                    fhir::ExportError::Unreadable { .. }
                    | fhir::ExportError::HistoryProblem { .. } => EXIT_INVALID,
                    _ => EXIT_USAGE,
                },
            });
        }
    };
    for (source, why) in &exported.unverified {
        eprintln!("{source}: NOT VALID: {why}");
    }
    for (source, why) in &exported.left_out {
        eprintln!("{source}: NOT VALID: {why}");
        eprintln!("{source}: not a card at all; left out");
    }
    let invalid = exported.unverified.len() + exported.left_out.len();
    let bundle = exported.document;
    let text = serde_json::to_string_pretty(&bundle).unwrap_or_default();
    write_out(out, &text)?;
    // What the merge found is in the document (DetectedIssue); the user sees it here too.
    eprintln!(
        "{}{}",
        ephr::report::printable(&fhir::ExportSummary::of(&bundle).to_string()),
        out.map(|o| format!(" -> {}", o.display()))
            .unwrap_or_default()
    );
    Ok(if invalid > 0 { EXIT_INVALID } else { EXIT_OK })
}

fn import(bundle: &Path, out: Option<&Path>, report: Option<&Path>) -> Result<i32> {
    let bytes = read_limited(bundle)?;
    let imported =
        fhir::import(&bytes).map_err(|e| Failure::usage(format!("{}: {e}", bundle.display())))?;
    write_out(out, &imported.marked().to_json())?;
    let text = imported.report.to_string();
    match report {
        Some(p) => write_private(p, text.as_bytes())?,
        None => eprint!("{}", ephr::report::printable(&text)),
    }
    Ok(EXIT_OK)
}

/// Reads at most one byte more than the import limit, so an oversized file is refused by the
/// library's size check without being read whole.
fn read_limited(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            f.take(fhir::MAX_BUNDLE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(bytes)
}

fn write_out(out: Option<&Path>, text: &str) -> Result<()> {
    match out {
        // Health data: readable by the owner only.
        Some(p) => write_private(p, format!("{text}\n").as_bytes()),
        None => {
            let _ = writeln!(std::io::stdout().lock(), "{text}");
            Ok(())
        }
    }
}
