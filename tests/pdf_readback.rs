//! Issue 12, PDFs read back: every PDF `ephr booklet` writes carries its signed entries as an
//! attached `.phr` bundle, and `verify`, `decode`, `scan`, `booklet`, `bundle` and `fhir export`
//! read the PDF exactly as they read that bundle: every entry verified, nothing trusted because
//! it came in a PDF. An independent tool (poppler's pdfdetach) lists the attachment.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::{ephr, root, tmp, trust_args};
use tempfile::TempDir;

const AT: &str = "2027-02-01T00:00:00Z";

fn journey() -> PathBuf {
    root().join("fixtures/journey/journey.phr")
}

fn trust() -> Vec<String> {
    let mut t = trust_args(&root().join("fixtures/journey/trust-list.cose")).to_vec();
    t.extend(["--at".to_owned(), AT.to_owned()]);
    t
}

/// The journey printed with `layout`.
fn print(dir: &TempDir, layout: &str) -> PathBuf {
    let pdf = dir.path().join(format!("{layout}.pdf"));
    ephr()
        .arg("booklet")
        .arg(journey())
        .args(["--layout", layout, "--out"])
        .arg(&pdf)
        .args(trust())
        .assert()
        .code(0);
    pdf
}

fn stdout(args: &[&str], input: &Path, trusted: bool) -> (Option<i32>, String, String) {
    let mut c = ephr();
    c.args(args).arg(input);
    if trusted {
        c.args(trust());
    }
    let o = c.output().unwrap();
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn a_printed_pdf_reads_back_as_the_bundle_it_was_printed_from() {
    let dir = tmp();
    for layout in ["booklet", "a4", "card"] {
        let pdf = print(&dir, layout);
        // scan: the same PHR1 texts as the bundle's.
        let (code, from_pdf, err) = stdout(&["scan"], &pdf, false);
        assert_eq!(code, Some(0), "{layout}: {err}");
        let (_, from_bundle, _) = stdout(&["scan"], &journey(), false);
        assert_eq!(from_pdf, from_bundle, "{layout}");
        assert_eq!(from_pdf.lines().count(), 3);
        // verify: the same history.
        let (code, out, err) = stdout(&["verify"], &pdf, true);
        assert_eq!(code, Some(0), "{layout}: {err}");
        assert!(out.contains("3 valid entries"), "{layout}: {out}");
        assert!(out.contains(&format!("{layout}.pdf#3")), "{out}");
        // decode, labelled UNVERIFIED as ever.
        let (code, out, _) = stdout(&["decode"], &pdf, false);
        assert_eq!(code, Some(0));
        assert!(out.contains("UNVERIFIED"));
    }
}

#[test]
fn fhir_export_bundle_and_booklet_take_the_pdf() {
    let dir = tmp();
    let pdf = print(&dir, "booklet");
    // The FHIR export of the PDF is the export of the bundle.
    let export = |input: &Path, out: &Path| {
        ephr()
            .args(["fhir", "export"])
            .arg(input)
            .args(trust())
            .arg("--out")
            .arg(out)
            .assert()
            .code(0);
        std::fs::read_to_string(out).unwrap()
    };
    assert_eq!(
        export(&pdf, &dir.path().join("a.json")),
        export(&journey(), &dir.path().join("b.json"))
    );
    // bundle: the PDF's entries make the same bundle.
    let phr = dir.path().join("again.phr");
    ephr()
        .arg("bundle")
        .arg(&pdf)
        .arg("--out")
        .arg(&phr)
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(&phr).unwrap(),
        std::fs::read(journey()).unwrap()
    );
    // booklet: a PDF reprinted from a PDF.
    let again = dir.path().join("again.pdf");
    ephr()
        .arg("booklet")
        .arg(&pdf)
        .arg("--out")
        .arg(&again)
        .args(trust())
        .assert()
        .code(0);
    assert_eq!(stdout(&["scan"], &again, false).1.lines().count(), 3);
}

#[test]
fn the_attachment_is_a_standard_pdf_file_attachment() {
    let dir = tmp();
    let pdf = print(&dir, "booklet");
    let Ok(o) = Command::new("pdfdetach").arg("-list").arg(&pdf).output() else {
        assert_eq!(
            std::env::var("EPHR_SKIP_INTEROP").as_deref(),
            Ok("1"),
            "pdfdetach (poppler-utils) is needed"
        );
        return;
    };
    let list = String::from_utf8_lossy(&o.stdout);
    assert!(list.contains("1 embedded files"), "{list}");
    assert!(list.contains(ephr::pdf_entries::ATTACHMENT_NAME), "{list}");
    // Saved by poppler, the attachment is the bundle, byte for byte.
    let saved = dir.path().join("saved.phr");
    let o = Command::new("pdfdetach")
        .args(["-save", "1", "-o"])
        .arg(&saved)
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(
        std::fs::read(&saved).unwrap(),
        std::fs::read(journey()).unwrap()
    );
}

#[test]
fn entries_in_a_pdf_are_verified_not_trusted() {
    let dir = tmp();
    let pdf = print(&dir, "card");
    let mut bytes = std::fs::read(&pdf).unwrap();
    // The last signature byte of the last entry: the bundle's last byte.
    let start = bytes
        .windows(ephr::bundle::MAGIC_BYTES.len())
        .position(|w| w == ephr::bundle::MAGIC_BYTES)
        .unwrap();
    let len = std::fs::read(journey()).unwrap().len();
    bytes[start + len - 1] ^= 0x01;
    let forged = dir.path().join("forged.pdf");
    std::fs::write(&forged, &bytes).unwrap();
    let (code, out, _) = stdout(&["verify"], &forged, true);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("bad-signature"), "{out}");
}

#[test]
fn a_pdf_without_entries_says_what_to_do() {
    let dir = tmp();
    // A PDF another program made, or one re-saved with its attachment compressed away.
    let other = dir.path().join("other.pdf");
    std::fs::write(
        &other,
        b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n",
    )
    .unwrap();
    for command in [&["verify"][..], &["decode"], &["scan"]] {
        let (code, _, err) = stdout(command, &other, command == ["verify"]);
        assert_eq!(code, Some(2), "{command:?}: {err}");
        assert!(
            err.contains("carries no ephr entries") && err.contains("photograph or screenshot"),
            "{command:?}: {err}"
        );
    }
    // An attachment whose bundle is cut short is named as damaged.
    let pdf = print(&dir, "booklet");
    let bytes = std::fs::read(&pdf).unwrap();
    let start = bytes
        .windows(ephr::bundle::MAGIC_BYTES.len())
        .position(|w| w == ephr::bundle::MAGIC_BYTES)
        .unwrap();
    let mut cut = bytes.clone();
    // Entry count 3 -> 4: the header announces an entry the attachment does not hold.
    let count = start + ephr::bundle::MAGIC_BYTES.len() + 1;
    assert_eq!(cut[count], 0x03, "the header's entry count");
    cut[count] = 0x04;
    let damaged = dir.path().join("damaged.pdf");
    std::fs::write(&damaged, &cut).unwrap();
    let (code, _, err) = stdout(&["verify"], &damaged, true);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("entries attached to this PDF are damaged"),
        "{err}"
    );
}
