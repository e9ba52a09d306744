//! A vaccine dose the person reported without a date has no date anywhere: not in the booklet,
//! not in `ephr verify` (text and JSON), not in the FHIR export. A dose given here has the
//! encounter date everywhere (the wire format leaves it out and the decoder fills it in).
//!
//! The booklet used to print the encounter date for every undated dose, so a polio dose the
//! person remembered having as a child read as given on the day of the visit, while `ephr verify`
//! said "date unknown".
//!
//! Needs poppler's pdftotext (Debian poppler-utils; scripts/test installs it). A missing tool
//! fails the test, unless EPHR_SKIP_INTEROP=1, which skips it with a notice.

mod support;

use std::path::Path;

use ephr::labels::Lang;
use serde_json::Value;

use support::{demo_trust, ephr, root, tmp, write};

/// The encounter date, which is also the day of issue.
const ENCOUNTER: &str = "2026-10-14";
const ISSUED_AT: &str = "2026-10-14T10:00:00Z";
const CHECK_AT: &str = "2026-10-15T12:00:00Z";
/// Polio (IPV), reported by the person, no date and no document.
const REPORTED: &str = "J07BF03";
/// MMR, given at this encounter.
const GIVEN_HERE: &str = "J07BD52";

const RECORD: &str = r#"{
  "patient": {"name_latin": {"family": "TEST", "given": "UNDATED"}, "sex": "male", "languages": ["en"]},
  "encounter": {"date": "2026-10-14", "country": "GR"},
  "immunizations": {"doses": [
    {"vaccine": "J07BF03", "source": "reported", "country": "SY"},
    {"vaccine": "J07BD52", "dose_number": 1, "source": "given_here", "lot": "MR0923"}
  ]}
}"#;

fn ok(o: &std::process::Output, what: &str) -> String {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{what}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn pdftotext_available() -> bool {
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok()
    {
        return true;
    }
    if std::env::var("EPHR_SKIP_INTEROP").as_deref() == Ok("1") {
        eprintln!("NOTICE: pdftotext (poppler-utils) not installed; skipped (EPHR_SKIP_INTEROP=1)");
        return false;
    }
    panic!("pdftotext needed (apt-get install poppler-utils, or run scripts/test)");
}

/// A word pdftotext found on a page, with its top-left corner in points.
#[derive(Debug)]
struct Word {
    x: f32,
    y: f32,
    text: String,
}

/// The words of every page, from `pdftotext -bbox`.
fn words(pdf: &Path) -> Vec<Vec<Word>> {
    let o = std::process::Command::new("pdftotext")
        .arg("-bbox")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let html = ok(&o, "pdftotext -bbox");
    let attr = |tag: &str, name: &str| -> f32 {
        let k = format!("{name}=\"");
        let start = tag.find(&k).unwrap() + k.len();
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    html.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|w| {
                    let (tag, rest) = w.split_once('>').unwrap();
                    let text = rest.split("</word>").next().unwrap();
                    Word {
                        x: attr(tag, "xMin"),
                        y: attr(tag, "yMin"),
                        text: text
                            .replace("&amp;", "&")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&apos;", "'"),
                    }
                })
                .collect()
        })
        .collect()
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap()
}

/// The first word of a vaccine's name in the clinician's language, without trailing punctuation.
fn vaccine_word(clinician: Lang, code: &str) -> &'static str {
    let name = ephr::codes::vaccine(code).unwrap().display(clinician.code);
    first_word(name).trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// The text of the Date cell of the vaccinations table row whose vaccine name starts with
/// `row_word`, on a booklet printed for a left-to-right `clinician`: the words below the Date
/// header, left of the Dose header, from the row's first line down to the next row (or the next
/// section's heading).
fn date_cell(pages: &[Vec<Word>], clinician: Lang, row_word: &str) -> String {
    let vaccine = first_word(clinician.t("col-vaccine"));
    let date = first_word(clinician.t("col-date"));
    let dose = first_word(clinician.t("col-dose"));
    let next_section = first_word(clinician.t("sec-problems"));
    for page in pages {
        // The table header: the Vaccine, Date and Dose labels on one line.
        let Some(head) = page.iter().find(|w| {
            w.text == vaccine
                && page
                    .iter()
                    .any(|d| d.text == date && (d.y - w.y).abs() < 1.0)
                && page
                    .iter()
                    .any(|d| d.text == dose && (d.y - w.y).abs() < 1.0)
        }) else {
            continue;
        };
        let on_head = |t: &str| {
            page.iter()
                .find(|w| w.text == t && (w.y - head.y).abs() < 1.0)
                .unwrap()
                .x
        };
        let (x0, x1) = (on_head(date) - 1.0, on_head(dose) - 1.0);
        // Rows start at the vaccine column's left edge, below the header.
        let starts: Vec<&Word> = page
            .iter()
            .filter(|w| w.y > head.y + 5.0 && (w.x - head.x).abs() < 1.0)
            .collect();
        let Some(row) = starts.iter().find(|w| w.text.starts_with(row_word)) else {
            continue;
        };
        let end = page
            .iter()
            .filter(|w| {
                w.y > row.y + 1.0
                    && (w.text == next_section
                        || starts.iter().any(|s| std::ptr::eq(*s, *w))
                            && [REPORTED, GIVEN_HERE]
                                .iter()
                                .any(|c| w.text.starts_with(vaccine_word(clinician, c))))
            })
            .map(|w| w.y)
            .fold(f32::MAX, f32::min);
        return page
            .iter()
            .filter(|w| w.x >= x0 && w.x < x1 && w.y >= row.y - 1.0 && w.y < end - 1.0)
            .map(|w| w.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
    }
    panic!("no vaccinations row starting {row_word:?} under a {vaccine}/{date}/{dose} header");
}

#[test]
fn an_undated_reported_dose_has_no_date_anywhere_and_a_dose_given_here_has_the_encounter_date() {
    let dir = tmp();
    let record = write(&dir, "record.json", RECORD);
    let issued = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .output()
        .unwrap();
    let text = ok(&issued, "ephr issue");
    let card = write(&dir, "card.txt", &text);

    // ephr verify, as text: one line per dose.
    let out = ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .output()
        .unwrap();
    let report = ok(&out, "ephr verify");
    let line = |code: &str| -> &str {
        let mut lines = report.lines().filter(|l| l.contains(code));
        let l = lines
            .next()
            .unwrap_or_else(|| panic!("no {code} in:\n{report}"));
        assert!(lines.next().is_none(), "{code} twice in:\n{report}");
        l
    };
    let reported = line(REPORTED);
    assert!(reported.contains("date unknown"), "{reported}");
    assert!(!reported.contains(ENCOUNTER), "{reported}");
    assert!(line(GIVEN_HERE).contains(ENCOUNTER), "{}", line(GIVEN_HERE));

    // ephr verify --json: the card's record and the merged history.
    let out = ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", CHECK_AT, "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(&ok(&out, "ephr verify --json")).unwrap();
    assert_eq!(v["all_valid"], true);
    let doses = v["cards"][0]["record"]["immunizations"]["doses"]
        .as_array()
        .expect("doses");
    let dose = |code: &str| {
        doses
            .iter()
            .find(|d| d["vaccine"] == code)
            .unwrap_or_else(|| panic!("no {code} in {doses:?}"))
    };
    assert!(dose(REPORTED)["date"].is_null(), "{}", dose(REPORTED));
    assert_eq!(dose(REPORTED)["source"], "reported");
    assert_eq!(dose(GIVEN_HERE)["date"], ENCOUNTER);
    assert_eq!(dose(GIVEN_HERE)["source"], "given_here");
    let merged = v["history"]["records"][0]["merged"]["immunizations"]
        .as_array()
        .expect("merged immunizations");
    let merged_dose = |code: &str| {
        let m = merged
            .iter()
            .find(|m| m["vaccine"] == code)
            .unwrap_or_else(|| panic!("no {code} in the merged history"));
        m["doses"][0]["value"].clone()
    };
    assert!(merged_dose(REPORTED)["date"].is_null());
    assert_eq!(merged_dose(GIVEN_HERE)["date"], ENCOUNTER);

    // ephr fhir export: the reported dose is an Immunization without occurrenceDateTime, its
    // occurrence a string that says the date is not known; the dose given here is dated.
    let ips = dir.path().join("ips.json");
    let out = ephr()
        .args(["fhir", "export"])
        .arg(&card)
        .args(demo_trust())
        .args(["--at", CHECK_AT, "--out"])
        .arg(&ips)
        .output()
        .unwrap();
    ok(&out, "ephr fhir export");
    let bundle: Value = serde_json::from_slice(&std::fs::read(&ips).unwrap()).unwrap();
    let immunization = |code: &str| -> Value {
        let found: Vec<&Value> = bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| {
                r["resourceType"] == "Immunization" && r["vaccineCode"]["coding"][0]["code"] == code
            })
            .collect();
        assert_eq!(found.len(), 1, "one Immunization for {code}");
        found[0].clone()
    };
    let polio = immunization(REPORTED);
    assert!(polio.get("occurrenceDateTime").is_none(), "{polio}");
    let occurrence = polio["occurrenceString"]
        .as_str()
        .expect("occurrenceString");
    assert!(occurrence.contains("not known"), "{occurrence}");
    assert!(
        !polio.to_string().contains(ENCOUNTER),
        "the undated dose carries the encounter date somewhere: {polio}"
    );
    assert_eq!(polio["primarySource"], false);
    let mmr = immunization(GIVEN_HERE);
    assert_eq!(mmr["occurrenceDateTime"], ENCOUNTER, "{mmr}");
    assert_eq!(mmr["primarySource"], true);

    // The booklet, in English and in Italian (with Persian for the person): the Date cell of
    // the polio row says the date is unknown, the MMR row has the encounter date.
    if !pdftotext_available() {
        return;
    }
    for (c, p) in [("en", "en"), ("it", "fa")] {
        let pdf = dir.path().join(format!("booklet-{c}-{p}.pdf"));
        let out = ephr()
            .arg("booklet")
            .arg(&card)
            .arg("--out")
            .arg(&pdf)
            .args(["--lang", &format!("{c},{p}")])
            .args(demo_trust())
            .args(["--at", CHECK_AT])
            .output()
            .unwrap();
        ok(&out, "ephr booklet");
        let clinician = Lang::get(c).unwrap();
        let pages = words(&pdf);
        assert_eq!(
            date_cell(&pages, clinician, vaccine_word(clinician, REPORTED)),
            clinician.t("date-unknown"),
            "{c},{p}: the reported polio dose"
        );
        assert_eq!(
            date_cell(&pages, clinician, vaccine_word(clinician, GIVEN_HERE)),
            ENCOUNTER,
            "{c},{p}: the MMR dose given here"
        );
    }
}
