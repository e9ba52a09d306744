//! Issue 11, one catalogue of user-facing words: the text report of `ephr verify` and
//! `ephr decode` takes its words from the same catalogues as the booklet, and `--lang` accepts
//! every catalogue language. The expected words are read from the catalogues through
//! `ephr::labels`, never written here.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use ephr::labels::{LANGUAGES, Lang};
use support::{demo_trust, ephr, root, tmp, write};
use tempfile::TempDir;

const ISSUED_AT: &str = "2026-10-14T10:00:00Z";
const CHECK_AT: &str = "2026-10-15T12:00:00Z";

/// Row labels of the report. Another language must not show the English word as a label,
/// unless it writes it the same way (French "Allergies").
const HEADING_KEYS: &[&str] = &[
    "report-patient",
    "report-encounter",
    "issued-by",
    "report-signed-with",
    "report-record-id",
    "sec-allergies",
    "report-problems",
    "report-medications",
    "report-vaccines",
    "report-due",
    "report-results",
    "sec-vital-signs",
    "sec-pregnancy",
    "report-mental-health",
    "sec-referrals",
    "entries",
];

/// The reference record issued with the shipped demo key.
fn reference_card(dir: &TempDir) -> PathBuf {
    let out = ephr()
        .arg("issue")
        .arg(root().join("fixtures/records/reference-full.json"))
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    write(dir, "card.txt", &out.stdout)
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

fn verify(inputs: &[&Path], trust: &[String], lang: &str) -> Output {
    ephr()
        .arg("verify")
        .args(inputs)
        .args(trust)
        .args(["--at", CHECK_AT, "--lang", lang])
        .output()
        .unwrap()
}

/// A line of the report whose label is `word` (after the two-space indent).
fn labelled(report: &str, word: &str) -> bool {
    report
        .lines()
        .any(|l| l.strip_prefix("  ").is_some_and(|l| l.starts_with(word)))
}

/// The English labels `lang` must not show.
fn english_labels(lang: Lang) -> Vec<&'static str> {
    let en = Lang::english();
    HEADING_KEYS
        .iter()
        .map(|k| en.t(k))
        .filter(|w| HEADING_KEYS.iter().all(|k| lang.t(k) != *w))
        .collect()
}

#[test]
fn verify_writes_the_reference_card_in_every_catalogue_language() {
    let dir = tmp();
    let card = reference_card(&dir);
    for &lang in LANGUAGES {
        let out = verify(&[&card], &demo_trust(), lang.code);
        let (so, se) = (text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{}: {so}\n{se}", lang.code);
        let valid = format!("{}  ", lang.t("report-valid"));
        assert!(
            so.lines().any(|l| l.starts_with(&valid)),
            "{}: no {valid:?} verdict in\n{so}",
            lang.code
        );
        let allergies = lang.t("sec-allergies");
        assert!(
            labelled(&so, allergies),
            "{}: no {allergies:?} row in\n{so}",
            lang.code
        );
        // The report opens with the trust line: every literal piece of it (between the
        // placeables) is on the first line, in the message's order.
        let checked = lang.t("report-checked");
        let first_line = so.lines().next().unwrap_or("");
        let mut at = 0;
        for piece in checked
            .split("{ $")
            .map(|p| p.split_once(" }").map_or(p, |(_, rest)| rest))
        {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            let found = first_line[at..].find(piece);
            assert!(
                found.is_some(),
                "{}: no {piece:?} in order in {first_line}",
                lang.code
            );
            at += found.unwrap_or(0) + piece.len();
        }
        // Numbers as the language writes them (the CLDR's separator and digits): the reference
        // record's weight 58.4 kg and haemoglobin 10.9.
        let (sep, digits) = ephr::codes::number_symbols(lang.code).unwrap();
        let local = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    c.to_digit(10)
                        .and_then(|d| digits.chars().nth(d as usize))
                        .unwrap_or(c)
                })
                .collect()
        };
        // Whole numbers too: blood pressure 118/76 and heart rate 82.
        for n in ["118/76", "82"] {
            let want = local(n);
            assert!(so.contains(&want), "{}: no {want} in\n{so}", lang.code);
        }
        for (whole, frac) in [("58", "4"), ("10", "9")] {
            let want = format!("{}{sep}{}", local(whole), local(frac));
            assert!(so.contains(&want), "{}: no {want} in\n{so}", lang.code);
            if want != format!("{whole}.{frac}") {
                let point = format!("{whole}.{frac}");
                assert!(!so.contains(&point), "{}: {point} in\n{so}", lang.code);
            }
        }
        if lang == Lang::english() {
            continue;
        }
        for w in english_labels(lang) {
            assert!(
                !labelled(&so, w),
                "{}: English label {w:?} in\n{so}",
                lang.code
            );
        }
        // Romanian's own verdict is "VALID  card": the same letters are not English there.
        let own = format!("{}  {}", lang.t("report-valid"), lang.t("report-card"));
        for w in ["Checked at", "VALID  card", "date unknown", "None recorded"] {
            if own.starts_with(w) {
                continue;
            }
            assert!(!so.contains(w), "{}: English {w:?} in\n{so}", lang.code);
        }
        // The person's languages as a list: in Arabic script with the Arabic comma.
        let (arabic_comma, latin_comma) = (so.contains('\u{060C}'), so.contains(", "));
        if lang.rtl {
            assert!(arabic_comma, "{}: no Arabic comma in\n{so}", lang.code);
        } else {
            assert!(!arabic_comma && latin_comma, "{}: {so}", lang.code);
        }
    }
}

#[test]
fn a_merged_history_and_its_count_are_in_the_language_too() {
    let journey = root().join("fixtures/journey");
    let trust = [
        "--trust".to_owned(),
        journey.join("trust-list.cose").display().to_string(),
        "--anchor".to_owned(),
        root()
            .join("keys/demo-anchor.pub.pem")
            .display()
            .to_string(),
    ];
    let texts: Vec<PathBuf> = ["1-gr.txt", "2-rs.txt", "3-it.txt"]
        .iter()
        .map(|f| journey.join(f))
        .collect();
    let inputs: Vec<&Path> = texts.iter().map(PathBuf::as_path).collect();
    for &lang in LANGUAGES {
        let out = ephr()
            .arg("verify")
            .args(&inputs)
            .args(&trust)
            .args(["--at", "2027-02-01T00:00:00Z", "--lang", lang.code])
            .output()
            .unwrap();
        let so = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}: {so}", lang.code);
        let count = lang.fmt("report-cards-valid", &[("valid", "3"), ("total", "3")]);
        assert!(so.ends_with(&format!("{count}\n")), "{}: {so}", lang.code);
        let entries = lang.t("entries");
        assert!(
            labelled(&so, entries),
            "{}: no {entries:?} in\n{so}",
            lang.code
        );
        let due = format!("  {} ", lang.t("report-due").to_uppercase());
        if lang.code != "el" {
            // Greek capitals drop the accent; the report does, str::to_uppercase does not.
            assert!(so.contains(&due), "{}: no {due:?} in\n{so}", lang.code);
        }
        if lang != Lang::english() {
            assert!(!so.contains("History of record"), "{}: {so}", lang.code);
            for w in english_labels(lang) {
                assert!(
                    !labelled(&so, w),
                    "{}: English label {w:?} in\n{so}",
                    lang.code
                );
            }
        }
    }
}

#[test]
fn decode_is_labelled_unverified_in_every_language() {
    let dir = tmp();
    let card = reference_card(&dir);
    for &lang in LANGUAGES {
        let out = ephr()
            .arg("decode")
            .arg(&card)
            .args(["--lang", lang.code])
            .output()
            .unwrap();
        let so = text(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}: {so}", lang.code);
        let unverified = format!(
            "{}  {}",
            lang.t("report-unverified"),
            lang.t("report-unverified-note")
        );
        assert!(so.contains(&unverified), "{}: {so}", lang.code);
        assert!(
            labelled(&so, lang.t("sec-allergies")),
            "{}: {so}",
            lang.code
        );
    }
}

#[test]
fn the_language_code_is_not_case_sensitive() {
    let dir = tmp();
    let card = reference_card(&dir);
    let el = Lang::get("el").unwrap();
    let out = verify(&[&card], &demo_trust(), "EL");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains(el.t("report-valid")));
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_accepted_codes() {
    let dir = tmp();
    let card = reference_card(&dir);
    for cmd in ["verify", "decode"] {
        let out = ephr()
            .arg(cmd)
            .arg(&card)
            .args(
                demo_trust()
                    .iter()
                    .take(if cmd == "verify" { 4 } else { 0 }),
            )
            .args(["--lang", "xx"])
            .output()
            .unwrap();
        let se = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {se}");
        assert!(se.contains("xx"), "{cmd}: {se}");
        assert!(se.contains(&Lang::codes()), "{cmd}: {se}");
        assert_eq!(text(&out.stdout), "", "{cmd}");
    }
}

#[test]
fn the_help_lists_every_catalogue_language() {
    for cmd in ["verify", "decode"] {
        let out = ephr().args([cmd, "--help"]).output().unwrap();
        let help = text(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(help.contains(&Lang::codes()), "{cmd}: {help}");
    }
}
