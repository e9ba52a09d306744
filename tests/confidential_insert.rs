//! Issue 13, printing: the booklet and the wallet card carry only the core entry; the
//! confidential entry prints as a separate insert with a cover in the person's language, its own
//! QR code and "CONFIDENTIAL" in every footer. Checked through the `ephr` binary, with pdftotext
//! for what a person reads and zbarimg (an independent reader) for what the codes hold.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use ephr::booklet::{self, BookletError, BookletOptions, Layout, PrintEntry};
use predicates::prelude::PredicateBooleanExt;
use support::{demo_trust, ephr, root, tmp};
use tempfile::TempDir;

const ISSUED_AT: &str = "2026-11-20T10:00:00Z";
const CHECK_AT: &str = "2026-11-21";

/// Words of the reference record's confidential items as the booklet prints them in English.
/// ("Pregnancy" itself is not one: a woman's booklet always has the section, "None recorded"
/// when it went to the insert, so that its absence gives nothing away.)
const CONFIDENTIAL_WORDS: &[&str] = &[
    "HIV",
    "Hepatitis B surface antigen",
    "Post-traumatic",
    "Mental health screening",
    "RHS-15",
    "not pregnant",
];

fn tools() -> bool {
    let have = |t: &str| Command::new(t).arg("-v").output().is_ok();
    if have("pdftotext") && have("pdftoppm") && have("zbarimg") {
        return true;
    }
    assert_eq!(
        std::env::var("EPHR_SKIP_INTEROP").as_deref(),
        Ok("1"),
        "poppler-utils and zbar-tools are needed (scripts/test installs them)"
    );
    false
}

/// `ephr issue` of the reference record with its confidential items, to `out` and
/// `confidential_out`.
fn issue_cmd(out: &Path, confidential_out: &Path) -> assert_cmd::Command {
    let mut c = ephr();
    c.arg("issue")
        .arg(root().join("fixtures/records/reference-confidential.json"))
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT, "--out"])
        .arg(out)
        .arg("--confidential-out")
        .arg(confidential_out);
    c
}

/// Issues the reference record with its confidential items as `core.txt` and `conf.txt`.
fn issue(dir: &TempDir) -> (PathBuf, PathBuf) {
    let (core, conf) = (dir.path().join("core.txt"), dir.path().join("conf.txt"));
    issue_cmd(&core, &conf).assert().code(0);
    (core, conf)
}

fn booklet_cmd(inputs: &[&Path], extra: &[&str]) -> assert_cmd::Command {
    let mut c = ephr();
    c.arg("booklet")
        .args(inputs)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .args(extra);
    c
}

fn pdf_text(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    String::from_utf8(o.stdout).unwrap()
}

/// Every QR code on every page, read by ZBar, sorted.
fn codes(pdf: &Path) -> Vec<String> {
    let dir = pdf.with_extension("pages");
    std::fs::create_dir_all(&dir).unwrap();
    let o = Command::new("pdftoppm")
        .args(["-r", "150", "-png"])
        .arg(pdf)
        .arg(dir.join("p"))
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let mut found = Vec::new();
    for page in std::fs::read_dir(&dir).unwrap() {
        let o = Command::new("zbarimg")
            .args(["-q", "--raw"])
            .arg(page.unwrap().path())
            .output()
            .unwrap();
        found.extend(
            String::from_utf8(o.stdout)
                .unwrap()
                .lines()
                .map(str::to_owned),
        );
    }
    found.sort();
    found
}

fn text_of(card: &Path) -> String {
    std::fs::read_to_string(card).unwrap().trim().to_owned()
}

#[test]
fn the_booklet_holds_the_core_entry_and_the_insert_the_confidential_one() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let (core, conf) = issue(&dir);
    let (b, i) = (dir.path().join("b.pdf"), dir.path().join("i.pdf"));
    let out = booklet_cmd(&[&core, &conf], &["--lang", "en,ar", "--out"])
        .arg(&b)
        .arg("--confidential-out")
        .arg(&i)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("confidential insert"), "{stderr}");

    // The booklet: the core code only, and not a word of the confidential items or the insert.
    assert_eq!(codes(&b), [text_of(&core)]);
    let booklet = pdf_text(&b);
    for w in CONFIDENTIAL_WORDS
        .iter()
        .chain(&["CONFIDENTIAL", "Confidential results"])
    {
        assert!(!booklet.contains(w), "the booklet shows {w:?}");
    }

    // The insert: its own code, a cover in the person's language (Arabic) and the clinician's,
    // every confidential item, and the mark in every footer.
    assert_eq!(codes(&i), [text_of(&conf)]);
    let insert = pdf_text(&i);
    // Lines joined: the cover's paragraphs wrap.
    let cover = insert.split('\u{c}').next().unwrap();
    let cover = cover.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(cover.contains("Confidential results"), "{cover}");
    assert!(
        cover.contains("show it only to a health worker you choose"),
        "{cover}"
    );
    assert!(cover.contains("AMINA AL-KHALIL"), "{cover}");
    assert!(
        cover.contains("Mental health screening, Pregnancy"),
        "{cover}"
    );
    let arabic_title = ephr::labels::Lang::get("ar").unwrap().t("insert-title");
    assert!(
        pdf_has_words(&insert, arabic_title),
        "no {arabic_title:?} in {cover}"
    );
    for w in CONFIDENTIAL_WORDS {
        assert!(insert.contains(w), "the insert lacks {w:?}");
    }
    let pages: Vec<&str> = insert
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (n, p) in pages.iter().enumerate() {
        assert!(
            p.contains("CONFIDENTIAL"),
            "page {} has no mark:\n{p}",
            n + 1
        );
    }
}

/// pdftotext may give Arabic words in visual order; each word of `phrase` must be there in
/// either order of its letters.
fn pdf_has_words(text: &str, phrase: &str) -> bool {
    phrase.split_whitespace().all(|w| {
        let reversed: String = w.chars().rev().collect();
        text.contains(w) || text.contains(&reversed)
    })
}

#[test]
fn confidential_and_core_cards_without_confidential_out_are_refused() {
    let dir = tmp();
    let (core, conf) = issue(&dir);
    let b = dir.path().join("b.pdf");
    booklet_cmd(&[&core, &conf], &["--out"])
        .arg(&b)
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("give --confidential-out FILE.pdf")
                .and(predicates::str::contains("keeps apart")),
        );
    assert!(!b.exists(), "nothing is written");
    // One file for both is refused too.
    booklet_cmd(&[&core, &conf], &["--out"])
        .arg(&b)
        .arg("--confidential-out")
        .arg(&b)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("name the same file"));
    assert!(!b.exists());
}

#[test]
fn the_insert_alone_prints_to_out_and_a_wallet_card_never_holds_it() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let (core, conf) = issue(&dir);
    // The confidential card alone (a clinician reprints the insert): --out is the insert.
    let alone = dir.path().join("alone.pdf");
    booklet_cmd(&[&conf], &["--out"])
        .arg(&alone)
        .assert()
        .code(0)
        .stderr(predicates::str::contains("confidential insert"));
    assert!(pdf_text(&alone).contains("Confidential results"));
    // A wallet card of both: the card holds the core entry, the insert is A6 pages.
    let (card, insert) = (dir.path().join("card.pdf"), dir.path().join("insert.pdf"));
    booklet_cmd(&[&core, &conf], &["--layout", "card", "--out"])
        .arg(&card)
        .arg("--confidential-out")
        .arg(&insert)
        .assert()
        .code(0)
        .stderr(
            predicates::str::contains("card faces").and(predicates::str::contains(
                "A6 pages of the confidential insert",
            )),
        );
    assert_eq!(codes(&card), [text_of(&core)]);
    assert_eq!(codes(&insert), [text_of(&conf)]);
    let front = pdf_text(&card);
    for w in CONFIDENTIAL_WORDS {
        assert!(!front.contains(w), "the wallet card shows {w:?}");
    }
}

#[test]
fn the_library_refuses_a_mixed_pdf_and_an_insert_as_a_wallet_card() {
    let dir = tmp();
    let (core, conf) = issue(&dir);
    let list = ephr::TrustList::read(
        &root().join("keys/demo-trust-list.cose"),
        &ephr::PublicKey::read(&root().join("keys/demo-anchor.pub.pem")).unwrap(),
    )
    .unwrap();
    let now = ephr::date::parse_instant(CHECK_AT).unwrap();
    let entry = |p: &Path| PrintEntry::from(&ephr::verify_text(&text_of(p), &list, now).unwrap());
    let both = vec![entry(&core), entry(&conf)];
    let (c, k) = booklet::split_confidential(both.clone());
    assert_eq!((c.len(), k.len()), (1, 1));
    assert!(!c[0].is_confidential() && k[0].is_confidential());

    let a6 = BookletOptions::new(Layout::Booklet, "en", "ar").unwrap();
    assert!(matches!(
        booklet::render(&both, &a6),
        Err(BookletError::ConfidentialMixed {
            core: 1,
            confidential: 1
        })
    ));
    let card = BookletOptions::new(Layout::Card, "en", "ar").unwrap();
    assert!(matches!(
        booklet::render(&k, &card),
        Err(BookletError::ConfidentialCard)
    ));
    assert!(booklet::render(&k, &a6).is_ok());
    assert!(booklet::render(&c, &card).is_ok());
}

#[test]
fn issue_prints_the_booklet_and_the_insert_apart() {
    let dir = tmp();
    let (booklet, insert) = (dir.path().join("c.pdf"), dir.path().join("k.pdf"));
    issue_cmd(&booklet, &insert).assert().code(0).stderr(
        predicates::str::contains("issued card")
            .and(predicates::str::contains("issued confidential card"))
            .and(predicates::str::contains(
                "A6 pages of the confidential insert",
            )),
    );
    // Each PDF carries its own entry only: the core one is not confidential, the insert's is.
    let verify = |pdf: &Path| {
        let o = ephr()
            .arg("verify")
            .arg(pdf)
            .args(demo_trust())
            .args(["--at", CHECK_AT])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        String::from_utf8(o.stdout).unwrap()
    };
    let core = verify(&booklet);
    assert!(
        core.contains("VALID  card") && !core.contains("CONFIDENTIAL"),
        "{core}"
    );
    let conf = verify(&insert);
    assert!(
        conf.contains("VALID  card") && conf.contains("CONFIDENTIAL"),
        "{conf}"
    );
}
