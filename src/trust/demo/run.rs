//! `ephr demo`: the whole flow on the shipped demo keys.

use std::path::{Path, PathBuf};

use super::*;
use crate::date::format_instant;
use crate::issue::{IssueOptions, Issuer};
use crate::keys::SecretKey;
use crate::qr::{self, Ecc};
use crate::record::MarkedRecord;
use crate::trust::TrustList;
use crate::{cbor, envelope, input, report};

/// Why the demo could not run.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// Writing the outputs failed.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The demo cannot run at the requested time.
    #[error("{0}")]
    Time(String),
    /// The built-in material is broken (a bug, not a user error).
    #[error("the built-in demo material is broken: {0}")]
    Material(String),
}

/// What the demo did.
#[derive(Debug)]
pub struct DemoReport {
    /// The report to print.
    pub report: String,
    /// True when the card verified from both its text and its QR image.
    pub all_valid: bool,
}

fn material<E: std::fmt::Display>(e: E) -> DemoError {
    DemoError::Material(e.to_string())
}

/// The reference record with its sensitive items marked and the person's consent to a
/// confidential card: the demo issues both cards.
const DEMO_RECORD: &str = include_str!("../../../fixtures/records/reference-confidential.json");
const DEMO_RECORD_PATH: &str = "fixtures/records/reference-confidential.json";

/// Issues the reference record at `now` as its core card and its confidential card, writes the
/// outputs to `out_dir` and verifies them.
pub fn run(out_dir: &Path, now: i64) -> Result<DemoReport, DemoError> {
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf, DemoError> {
        let path = out_dir.join(name);
        // The demo person is synthetic, but the files are health records in form: owner-only.
        crate::files::write_private(&path, bytes, crate::files::Existing::Replace).map_err(
            |e| DemoError::Io {
                path: path.clone(),
                source: match e {
                    crate::files::FileError::Io { source, .. } => source,
                    crate::files::FileError::Exists(_) => std::io::ErrorKind::AlreadyExists.into(),
                },
            },
        )?;
        Ok(path)
    };
    let anchor = PublicKey::from_pem(DEMO_ANCHOR_PUB, "demo anchor").map_err(material)?;
    let trust = TrustList::open(DEMO_TRUST_LIST, &anchor).map_err(material)?;
    let marked = MarkedRecord::from_json(DEMO_RECORD).map_err(material)?;
    let record = &marked.record;
    if record.encounter_after(now) {
        return Err(DemoError::Time(format!(
            "--at must not be before {}, the reference record's encounter date",
            record.encounter.date
        )));
    }
    // Only once the inputs are known to be good: a refused demo leaves nothing behind.
    std::fs::create_dir_all(out_dir).map_err(|source| DemoError::Io {
        path: out_dir.to_owned(),
        source,
    })?;
    let key = SecretKey::from_pem(DEMO_AUTHORITY_KEY, None, "demo key").map_err(material)?;
    let issuer = Issuer::new(key, DEMO_AUTHORITY_ID).map_err(material)?;
    let capacity = qr::text_capacity(Ecc::Q, 25);
    let issued = issuer
        .issue_marked(
            &marked,
            &IssueOptions {
                issued_at: now,
                ..Default::default()
            },
            &|t: &str| t.len() <= capacity,
        )
        .map_err(material)?;
    let (Some(card), Some(secret), 1) = (
        issued.core.first(),
        issued.confidential.as_ref(),
        issued.core.len(),
    ) else {
        return Err(material(
            "the reference record must give one core and one confidential card",
        ));
    };
    let code = qr::encode(card.text(), Ecc::Q).map_err(material)?;
    let png = code.to_png(qr::module_px_for(0.42, 300), Some(300));
    let secret_code = qr::encode(secret.text(), Ecc::Q).map_err(material)?;

    let mut o = String::new();
    o.push_str(
        "ephr demo: issue the reference record with the DEMO authority key, then verify it\n\n",
    );
    o.push_str(&format!(
        "1. Record   {DEMO_RECORD_PATH} ({} bytes of JSON; {} confidential items, the person agreed to a confidential card)\n",
        DEMO_RECORD.len(),
        marked.confidential_items().len()
    ));
    let payload = cbor::claims_to_vec(card.claims()).map_err(material)?;
    let compressed = base45::decode(&card.text()[envelope::PREFIX.len()..]).map_err(material)?;
    o.push_str(&format!(
        "2. Signed   by {DEMO_AUTHORITY_ID} (key {}) at {}\n           CBOR claims {} B -> COSE_Sign1 {} B -> zlib {} B -> PHR1 text {} characters\n",
        issuer.key().public().kid(),
        format_instant(now),
        payload.len(),
        card.cose().len(),
        compressed.len(),
        card.text().len(),
    ));
    o.push_str(&format!(
        "           QR code: version {} ({} x {} modules) at error-correction level Q\n",
        code.version(),
        code.width(),
        code.width()
    ));
    o.push_str(&format!(
        "           confidential card: PHR1 text {} characters, QR version {} at level Q, follows the card above\n",
        secret.text().len(),
        secret_code.version(),
    ));
    let paths = [
        write("card.txt", format!("{}\n", card.text()).as_bytes())?,
        write("card.png", &png)?,
        write("card.svg", code.to_svg_mm(0.42).as_bytes())?,
        write(
            "confidential-card.txt",
            format!("{}\n", secret.text()).as_bytes(),
        )?,
        write(
            "confidential-card.png",
            &secret_code.to_png(qr::module_px_for(0.42, 300), Some(300)),
        )?,
        write("record.json", DEMO_RECORD.as_bytes())?,
        write("demo-trust-list.cose", DEMO_TRUST_LIST)?,
        write("demo-anchor.pub.pem", DEMO_ANCHOR_PUB.as_bytes())?,
    ];
    o.push_str("3. Wrote    ");
    o.push_str(
        &paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join("\n           "),
    );
    o.push_str("\n\n4. Verify   (offline, against the demo trust list)\n\n");
    o.push_str(DEMO_WARNING);
    o.push_str("\n\n");

    let mut all_valid = true;
    let mut verified = None;
    let from_image = input::from_bytes("card.png", &png)
        .map_err(material)?
        .into_iter()
        .next()
        .map(|c| c.text().into_owned());
    for (label, text) in [
        ("card.txt", Some(card.text().to_owned())),
        ("card.png (scanned QR code)", from_image),
    ] {
        o.push_str(&format!("── {label} ──\n"));
        let Some(text) = text else {
            all_valid = false;
            o.push_str("NOT VALID  no QR code found in the image\n\n");
            continue;
        };
        match crate::verify::verify_text(&text, &trust, now) {
            Ok(v) => {
                if label == "card.txt" {
                    o.push_str(&report::verified_text(&v, "en"));
                    verified = Some(v);
                } else {
                    o.push_str(&format!(
                        "VALID  card {}, same text as card.txt: {}\n",
                        v.claims().card_id,
                        if text == card.text() { "yes" } else { "NO" }
                    ));
                    all_valid &= text == card.text();
                }
            }
            Err(e) => {
                all_valid = false;
                o.push_str(&report::invalid_text(&e));
            }
        }
        o.push('\n');
    }
    o.push_str("── confidential-card.txt ──\n");
    let mut verified_secret = None;
    match crate::verify::verify_text(secret.text(), &trust, now) {
        Ok(v) => {
            let confidential = v.claims().entry.confidential;
            let follows = v.claims().entry.follows == Some(crate::card::entry_link(card.cose()));
            o.push_str(&format!(
                "VALID  card {}, confidential: {}, follows card.txt: {}\n\n",
                v.claims().card_id,
                if confidential { "yes" } else { "NO" },
                if follows { "yes" } else { "NO" }
            ));
            all_valid &= confidential && follows;
            verified_secret = Some(v);
        }
        Err(e) => {
            all_valid = false;
            o.push_str(&report::invalid_text(&e));
            o.push('\n');
        }
    }
    if let Some(v) = verified {
        // Printed from the verified entry, as `ephr booklet` does: English for the clinician,
        // the person's own language second.
        // The confidential entry prints apart, as the insert the person keeps apart.
        let entry = crate::booklet::PrintEntry::from(&v);
        let entries = std::slice::from_ref(&entry);
        let patient = crate::booklet::patient_language(entries).map_or("en", |l| l.code);
        let insert: Vec<_> = verified_secret
            .iter()
            .map(crate::booklet::PrintEntry::from)
            .collect();
        o.push_str("5. Print    (from the verified entries)\n");
        for (name, entries, layout) in [
            ("booklet.pdf", entries, crate::booklet::Layout::Booklet),
            ("wallet-card.pdf", entries, crate::booklet::Layout::Card),
            (
                "confidential-insert.pdf",
                &insert[..],
                crate::booklet::Layout::Booklet,
            ),
        ] {
            if entries.is_empty() {
                continue;
            }
            let opts =
                crate::booklet::BookletOptions::new(layout, "en", patient).map_err(material)?;
            let pdf = crate::booklet::render(entries, &opts).map_err(material)?;
            let path = write(name, &pdf.bytes)?;
            o.push_str(&format!(
                "           {} ({} pages, labels en+{patient}, {} KB)\n",
                path.display(),
                pdf.pages,
                pdf.bytes.len().div_ceil(1024)
            ));
        }
        o.push('\n');
    }
    let dir = out_dir.display();
    o.push_str(&format!(
        "Try it yourself:\n  ephr verify {dir}/card.png --trust {dir}/demo-trust-list.cose --anchor {dir}/demo-anchor.pub.pem\n  ephr verify {dir}/card.txt {dir}/confidential-card.txt --trust {dir}/demo-trust-list.cose --anchor {dir}/demo-anchor.pub.pem\n  ephr decode {dir}/card.txt --json\n  ephr booklet {dir}/card.txt {dir}/confidential-card.txt --lang it,ar --out booklet.pdf --confidential-out insert.pdf --trust {dir}/demo-trust-list.cose --anchor {dir}/demo-anchor.pub.pem\n"
    ));
    Ok(DemoReport {
        report: o,
        all_valid,
    })
}
