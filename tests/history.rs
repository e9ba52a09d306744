//! A history that travels: the three-country journey in `fixtures/journey/` verified from its
//! bundle and from its texts, every history finding, follow-ups and splitting, the `bundle`
//! command, and the bundle decoder's properties.
//!
//! Fixed clocks throughout: the journey's entries are dated 2026-10-14 to 2027-01-18 and checked
//! at [`CHECK_AT`].

mod support;

use std::path::PathBuf;
use std::sync::OnceLock;

use assert_cmd::Command;
use ephr::bundle::{Bundle, BundleError};
use ephr::card::{CardId, RecordId};
use ephr::history::{Checked, Finding, History, Severity};
use ephr::issue::{follow_up_options, follow_up_record};
use ephr::qr::{self, Ecc};
use ephr::{
    AuthorityKey, IssueOptions, IssuedCard, Issuer, PublicKey, Record, SecretKey, TrustList, input,
};
use predicates::prelude::*;
use predicates::str::contains;
use proptest::prelude::*;
use serde_json::Value;

use support::{ephr, root, tmp};

const CHECK_AT: &str = "2027-02-01T00:00:00Z";
const RECORD: &str = "4a0a2e0000000001";
const GR: (&str, u8) = ("GR-EODY-LESVOS", 0x47);
const RS: (&str, u8) = ("RS-PRESEVO-HP", 0x52);
const IT: (&str, u8) = ("IT-ASL-ROMA1", 0x49);

fn journey(name: &str) -> PathBuf {
    root().join("fixtures/journey").join(name)
}

fn now() -> i64 {
    ephr::date::parse_instant(CHECK_AT).unwrap()
}

fn list() -> &'static TrustList {
    static L: OnceLock<TrustList> = OnceLock::new();
    L.get_or_init(|| {
        let anchor = PublicKey::read(&root().join("keys/demo-anchor.pub.pem")).unwrap();
        TrustList::read(&journey("trust-list.cose"), &anchor).unwrap()
    })
}

fn text(name: &str) -> String {
    std::fs::read_to_string(journey(name))
        .unwrap()
        .trim()
        .to_owned()
}

fn checked(source: &str, text: &str) -> Checked {
    Checked::verify_text(source, text, list(), now())
}

fn journey_texts() -> Vec<Checked> {
    ["1-gr.txt", "2-rs.txt", "3-it.txt"]
        .iter()
        .map(|n| checked(n, &text(n)))
        .collect()
}

fn issuer((id, seed): (&str, u8)) -> Issuer {
    Issuer::new(SecretKey::from_seed(&[seed; 32]), id).unwrap()
}

fn at(s: &str) -> i64 {
    ephr::date::parse_instant(s).unwrap()
}

/// A follow-up of the journey's Italian entry, issued by `who` with these new facts.
fn follow_up_of_italy(who: (&str, u8), json: &str) -> IssuedCard {
    let it = ephr::verify_text(&text("3-it.txt"), list(), now()).unwrap();
    let record = follow_up_record(json, &it.claims().entry.record).unwrap();
    issuer(who)
        .issue(&record, &follow_up_options(&it, at("2027-01-25T10:00:00Z")))
        .unwrap()
}

/// The merged facts as JSON without the `source` of each fact, which names the input.
fn facts_without_sources(h: &History) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("source");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(&h.records[0].merged).unwrap();
    strip(&mut v);
    v
}

fn codes(h: &History) -> Vec<&'static str> {
    h.findings.iter().map(Finding::code).collect()
}

// ───────────────────────────── the journey ─────────────────────────────

#[test]
fn the_journey_from_its_bundle_and_from_its_texts_is_one_clean_history() {
    let bytes = std::fs::read(journey("journey.phr")).unwrap();
    let from_bundle: Vec<Checked> = input::from_bytes("journey.phr", &bytes)
        .unwrap()
        .iter()
        .map(|c| c.check(list(), now()))
        .collect();
    assert_eq!(from_bundle.len(), 3);
    let a = History::build(from_bundle);
    let b = History::build(journey_texts());
    for h in [&a, &b] {
        assert!(h.findings.is_empty(), "{:?}", h.findings);
        assert_eq!(h.records.len(), 1);
        let r = &h.records[0];
        assert_eq!(r.record_id.to_string(), RECORD);
        let countries: Vec<_> = r
            .entries
            .iter()
            .map(|e| e.provenance.country.as_str())
            .collect();
        assert_eq!(countries, ["GR", "RS", "IT"]);
        assert_eq!(r.latest().provenance.country, "IT");
        let m = &r.merged;
        let mmr = m
            .immunizations
            .iter()
            .find(|v| v.vaccine == "J07BD52")
            .unwrap();
        assert_eq!(mmr.doses.len(), 2);
        assert_eq!(mmr.doses[1].first().country, "RS", "dose 2 given in Serbia");
        assert!(mmr.due.is_empty(), "MMR dose 2 was due and has been given");
        let td = m
            .immunizations
            .iter()
            .find(|v| v.vaccine == "J07AM51")
            .unwrap();
        assert_eq!(td.due.len(), 1);
        assert_eq!(td.due[0].value.dose_number, Some(3));
        let metformin = m
            .medications
            .iter()
            .find(|f| f.value.atc == "A10BA02")
            .unwrap();
        assert_eq!(metformin.value.dose.as_deref(), Some("850 mg twice daily"));
        assert_eq!(metformin.from.len(), 3, "recorded by all three clinics");
        assert_eq!(m.active_problems().count(), 2);
        assert_eq!(m.alerts.len(), 1);
        assert_eq!(m.results.len(), 5);
    }
    assert_eq!(facts_without_sources(&a), facts_without_sources(&b));
}

#[test]
fn the_journey_fixture_is_what_the_bundle_command_makes_from_the_texts() {
    let dir = tmp();
    let out = dir.path().join("j.phr");
    ephr()
        .arg("bundle")
        .args(["3-it.txt", "1-gr.txt", "2-rs.txt"].map(journey))
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0)
        .stdout(contains("3 entries of record 4a0a2e0000000001"));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(journey("journey.phr")).unwrap(),
        "date order, each entry once"
    );
    // Merging two bundles that overlap gives the same file again.
    let (a, b) = (dir.path().join("a.phr"), dir.path().join("b.phr"));
    for (f, inputs) in [
        (&a, ["1-gr.txt", "2-rs.txt"]),
        (&b, ["2-rs.txt", "3-it.txt"]),
    ] {
        ephr()
            .arg("bundle")
            .args(inputs.map(journey))
            .arg("--out")
            .arg(f)
            .assert()
            .code(0);
    }
    ephr()
        .arg("bundle")
        .arg(&a)
        .arg(&b)
        .arg("--out")
        .arg(&a)
        .assert()
        .code(0)
        .stdout(contains("1 repeated entry kept once"));
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&out).unwrap());
}

fn verify_cmd() -> Command {
    let mut c = ephr();
    c.arg("verify")
        .arg("--trust")
        .arg(journey("trust-list.cose"))
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"))
        .args(["--at", CHECK_AT]);
    c
}

#[test]
fn verify_prints_one_merged_history_from_the_bundle_or_the_texts() {
    for inputs in [
        vec![journey("journey.phr")],
        ["1-gr.txt", "2-rs.txt", "3-it.txt"].map(journey).to_vec(),
    ] {
        verify_cmd().args(&inputs).assert().code(0).stdout(
            contains("History of record 4a0a2e0000000001: 3 valid entries")
                .and(contains("DUE dose 3"))
                .and(contains(
                    "[RS-PRESEVO-HP RS 2026-11-20 entry c0ffee0000000201]",
                ))
                .and(contains("3 of 3 cards valid")),
        );
    }
    let out = verify_cmd()
        .arg(journey("journey.phr"))
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &v["history"]["records"][0];
    assert_eq!(r["record_id"], RECORD);
    assert_eq!(r["entries"].as_array().unwrap().len(), 3);
    let mmr = r["merged"]["immunizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["vaccine"] == "J07BD52")
        .unwrap();
    assert_eq!(mmr["doses"][1]["from"][0]["authority"], "RS-PRESEVO-HP");
    assert_eq!(v["history"]["findings"], Value::Array(vec![]));
}

#[test]
fn decode_and_scan_read_the_bundle_entry_by_entry() {
    ephr()
        .arg("decode")
        .arg(journey("journey.phr"))
        .assert()
        .code(0)
        .stdout(contains("journey.phr#3").and(contains("UNVERIFIED")));
    let out = ephr()
        .arg("scan")
        .arg(journey("journey.phr"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        std::fs::read_to_string(journey("journey.txt")).unwrap(),
        "the same PHR1 texts as issued"
    );
}

// ───────────────────────────── findings ─────────────────────────────

#[test]
fn a_follow_up_without_its_predecessor_is_a_gap() {
    let h = History::build(vec![
        checked("1", &text("1-gr.txt")),
        checked("3", &text("3-it.txt")),
    ]);
    assert_eq!(codes(&h), ["gap"]);
    assert!(matches!(
        &h.findings[0],
        Finding::Gap {
            invalid_source: None,
            ..
        }
    ));
    verify_cmd()
        .arg(journey("1-gr.txt"))
        .arg(journey("3-it.txt"))
        .assert()
        .code(0)
        .stdout(contains("(code: gap)").and(contains("was not presented")));
}

#[test]
fn an_invalid_entry_never_contributes_facts_and_its_follow_up_shows_the_gap() {
    // A trust list without the Serbian authority: its entry is signed by an unknown key.
    let mut without_rs = TrustList::new(0, i64::MAX / 2);
    for (id, seed) in [GR, IT] {
        without_rs
            .add_key(
                id,
                id,
                &id[..2],
                AuthorityKey {
                    key: SecretKey::from_seed(&[seed; 32]).public(),
                    not_before: 0,
                    not_after: None,
                    revoked: None,
                },
            )
            .unwrap();
    }
    let h = History::build(
        ["1-gr.txt", "2-rs.txt", "3-it.txt"]
            .iter()
            .map(|n| Checked::verify_text(*n, &text(n), &without_rs, now()))
            .collect(),
    );
    assert_eq!(codes(&h), ["gap"]);
    assert!(
        matches!(&h.findings[0], Finding::Gap { invalid_source: Some(s), .. } if s == "2-rs.txt")
    );
    let r = &h.records[0];
    assert_eq!(r.entries.len(), 2);
    assert_eq!(r.invalid.len(), 1, "shown next to its record, as not valid");
    let mmr = r
        .merged
        .immunizations
        .iter()
        .find(|v| v.vaccine == "J07BD52")
        .unwrap();
    assert_eq!(mmr.doses.len(), 1, "the Serbian dose is not counted");
    assert_eq!(mmr.due.len(), 1, "so dose 2 is still due");
    assert!(r.merged.results.iter().all(|f| f.value.loinc != "1558-6"));
}

#[test]
fn the_same_entry_twice_is_counted_once() {
    let mut c = journey_texts();
    c.push(checked("again", &text("1-gr.txt")));
    let h = History::build(c);
    assert_eq!(codes(&h), ["duplicate"]);
    assert_eq!(h.records[0].entries.len(), 3);
    verify_cmd()
        .arg(journey("journey.phr"))
        .arg(journey("1-gr.txt"))
        .assert()
        .code(0)
        .stdout(contains("(code: duplicate)"));
}

#[test]
fn an_entry_of_the_same_record_naming_another_person_fails_verification() {
    let mut record =
        Record::from_json(&std::fs::read_to_string(journey("1-gr-initial.json")).unwrap()).unwrap();
    record.patient.birth_date = Some("1985".into());
    record.patient.sex = Some(ephr::record::Sex::Male);
    record.pregnancy = None;
    let forged = issuer(GR)
        .issue(
            &record,
            &IssueOptions {
                issued_at: at("2026-10-20T10:00:00Z"),
                record_id: RecordId::from_hex(RECORD),
                ..Default::default()
            },
        )
        .unwrap();
    let mut c = journey_texts();
    c.push(checked("other", forged.text()));
    let h = History::build(c);
    assert_eq!(codes(&h), ["identity-mismatch"]);
    assert_eq!(h.worst(), Some(Severity::Problem));
    assert!(
        matches!(&h.findings[0], Finding::IdentityMismatch { fields, .. } if fields == &["birth_date", "sex"])
    );
    let dir = tmp();
    let f = dir.path().join("other.txt");
    std::fs::write(&f, forged.text()).unwrap();
    verify_cmd()
        .arg(journey("journey.phr"))
        .arg(&f)
        .assert()
        .code(1)
        .stdout(contains("PROBLEM").and(contains("(code: identity-mismatch)")));
}

#[test]
fn entries_of_several_records_are_shown_apart_with_a_note() {
    let other = issuer(GR)
        .issue(
            &Record::from_json(r#"{"patient":{"birth_date":"2001"},"encounter":{"date":"2026-10-15","country":"GR"}}"#).unwrap(),
            &IssueOptions {
                issued_at: at("2026-10-15T10:00:00Z"),
                ..Default::default()
            },
        )
        .unwrap();
    let mut c = journey_texts();
    c.push(checked("other", other.text()));
    let h = History::build(c);
    assert_eq!(codes(&h), ["several-records"]);
    assert_eq!(h.records.len(), 2);
    assert_eq!(h.worst(), Some(Severity::Note));
}

#[test]
fn a_follow_up_linked_to_another_record_is_a_problem() {
    let gr = ephr::verify_text(&text("1-gr.txt"), list(), now()).unwrap();
    let record = follow_up_record(&text("2-rs-followup.json"), &gr.claims().entry.record).unwrap();
    let mut opts = follow_up_options(&gr, at("2026-11-20T12:00:00Z"));
    opts.record_id = RecordId::from_hex("0000000000000bad");
    let wrong = issuer(RS).issue(&record, &opts).unwrap();
    let h = History::build(vec![
        checked("1", &text("1-gr.txt")),
        checked("x", wrong.text()),
    ]);
    assert!(
        codes(&h).contains(&"link-to-other-record"),
        "{:?}",
        codes(&h)
    );
    assert_eq!(h.worst(), Some(Severity::Problem));
}

#[test]
fn conflicting_facts_are_reported_with_both_entries() {
    let cases = [
        (
            r#"{"encounter":{"date":"2027-01-25","country":"IT"},"immunizations":{"doses":[{"vaccine":"J07BD52","dose_number":2,"date":"2026-11-25","source":"documented","country":"RS"}]}}"#,
            "J07BD52 dose 2",
        ),
        (
            r#"{"encounter":{"date":"2027-01-25","country":"IT"},"allergies":"none_known"}"#,
            "no known allergies",
        ),
        (
            r#"{"encounter":{"date":"2027-01-25","country":"IT"},"results":[{"loinc":"36643-5","result":"abnormal","date":"2027-01-18"}]}"#,
            "two different results",
        ),
    ];
    for (json, what) in cases {
        let card = follow_up_of_italy(IT, json);
        let mut c = journey_texts();
        c.push(checked("4", card.text()));
        let h = History::build(c);
        assert_eq!(codes(&h), ["conflict"], "{json}");
        let Finding::Conflict {
            what: w,
            first,
            second,
            ..
        } = &h.findings[0]
        else {
            unreachable!()
        };
        assert!(w.contains(what), "{w}");
        assert_ne!(first.entry, second.entry);
        assert_eq!(h.worst(), Some(Severity::Warning));
    }
}

// ───────────────────────────── follow-ups and splitting ─────────────────────────────

#[test]
fn a_follow_up_takes_identity_from_its_predecessor_and_only_after_it() {
    let it = ephr::verify_text(&text("3-it.txt"), list(), now()).unwrap();
    let card = follow_up_of_italy(
        IT,
        r#"{"encounter":{"date":"2027-01-25","country":"IT"},"problems":"none_known"}"#,
    );
    assert_eq!(
        card.claims().entry.record.patient,
        it.claims().entry.record.patient
    );
    assert_eq!(card.claims().entry.follows, Some(it.link()));
    assert_eq!(card.claims().entry.record_id, it.claims().entry.record_id);
    let with_patient =
        r#"{"patient":{"sex":"male"},"encounter":{"date":"2027-01-25","country":"IT"}}"#;
    let e = follow_up_record(with_patient, &it.claims().entry.record).unwrap_err();
    assert!(e.to_string().contains("takes the patient"), "{e}");
    let earlier = r#"{"encounter":{"date":"2026-12-01","country":"IT"}}"#;
    let e = follow_up_record(earlier, &it.claims().entry.record).unwrap_err();
    assert!(
        e.to_string()
            .contains("before the encounter of the entry it follows"),
        "{e}"
    );
}

fn split_reference() -> Vec<IssuedCard> {
    let record = Record::from_json(
        &std::fs::read_to_string(root().join("fixtures/records/reference-full.json")).unwrap(),
    )
    .unwrap();
    let fits = |t: &str| qr::encode(t, Ecc::H).is_ok_and(|c| c.version() <= 20);
    issuer(GR)
        .issue_split(
            &record,
            &IssueOptions {
                issued_at: at("2026-10-14T15:00:00Z"),
                card_id: CardId::from_hex("5b11700000000001"),
                ..Default::default()
            },
            &fits,
        )
        .unwrap()
}

#[test]
fn a_record_too_large_for_one_code_is_split_into_complete_signed_entries() {
    let whole = Record::from_json(
        &std::fs::read_to_string(root().join("fixtures/records/reference-full.json")).unwrap(),
    )
    .unwrap();
    let parts = split_reference();
    let n = parts.len();
    assert!(n >= 2, "{n}");
    let h = History::build(
        parts
            .iter()
            .enumerate()
            .map(|(i, c)| checked(&format!("p{i}"), c.text()))
            .collect(),
    );
    assert!(h.findings.is_empty(), "{:?}", h.findings);
    for (i, c) in parts.iter().enumerate() {
        assert!(qr::encode(c.text(), Ecc::H).unwrap().version() <= 20);
        let p = c.claims().entry.part.unwrap();
        assert_eq!((p.index as usize, p.count as usize), (i + 1, n));
        assert_eq!(
            c.claims().entry.record.patient,
            whole.patient,
            "identity on every part"
        );
        assert_eq!(c.claims().entry.record.encounter, whole.encounter);
        assert_eq!(
            c.claims().card_id.to_string(),
            format!("5b117000000000{:02x}", i + 1)
        );
    }
    let first = &parts[0].claims().entry.record;
    assert_eq!(first.alerts, whole.alerts, "core first");
    assert_eq!(first.allergies, whole.allergies);
    let m = &h.records[0].merged;
    let doses: usize = m.immunizations.iter().map(|v| v.doses.len()).sum();
    assert_eq!(doses, whole.immunizations.as_ref().unwrap().doses.len());
    assert_eq!(m.results.len(), whole.results.len());
    assert_eq!(m.problems.len(), whole.problems.items().len());
    assert_eq!(m.referrals.len(), whole.referrals.len());
    // Without one part the visit is incomplete.
    let h = History::build(
        parts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != 1)
            .map(|(i, c)| checked(&format!("p{i}"), c.text()))
            .collect(),
    );
    assert_eq!(codes(&h), ["missing-part"]);
    assert!(matches!(&h.findings[0], Finding::MissingPart { missing, .. } if missing == &[2]));
}

#[test]
fn issue_follows_and_splits_from_the_command_line() {
    let dir = tmp();
    let visit = dir.path().join("visit.json");
    let out = ephr().args(["template", "--followup"]).output().unwrap();
    let template = String::from_utf8(out.stdout).unwrap();
    let gr = ephr::verify_text(&text("1-gr.txt"), list(), now()).unwrap();
    assert!(
        follow_up_record(&template, &gr.claims().entry.record).is_ok(),
        "the template is a valid follow-up"
    );
    std::fs::write(
        &visit,
        r#"{"encounter":{"date":"2027-01-25","country":"IT","kind":"follow_up"},
            "results":[{"loinc":"4548-4","result":"abnormal","value":"7.1","unit":"%"}]}"#,
    )
    .unwrap();
    let key = journey("keys/IT-ASL-ROMA1.key.pem");
    let issue = |follows: &PathBuf| {
        let mut c = ephr();
        c.arg("issue")
            .arg(&visit)
            .arg("--follows")
            .arg(follows)
            .arg("--key")
            .arg(&key)
            .args([
                "--authority",
                "IT-ASL-ROMA1",
                "--at",
                "2027-01-25T12:00:00Z",
            ])
            .arg("--trust")
            .arg(journey("trust-list.cose"))
            .arg("--anchor")
            .arg(root().join("keys/demo-anchor.pub.pem"));
        c
    };
    let out = issue(&journey("journey.phr")).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("follow-up of entry c0ffee0000000301"),
        "{stderr}"
    );
    let card = dir.path().join("4.txt");
    std::fs::write(&card, &out.stdout).unwrap();
    verify_cmd()
        .arg(journey("journey.phr"))
        .arg(&card)
        .assert()
        .code(0)
        .stdout(contains("4 valid entries").and(contains("Findings").not()));
    // The entry to follow must verify.
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, "PHR1:NOT-A-CARD\n").unwrap();
    issue(&junk)
        .assert()
        .code(2)
        .stderr(contains("is not valid").and(contains("check it with `ephr verify`")));
    // A follow-up carries no patient.
    std::fs::write(
        &visit,
        std::fs::read_to_string(journey("1-gr-initial.json")).unwrap(),
    )
    .unwrap();
    issue(&journey("journey.phr"))
        .assert()
        .code(2)
        .stderr(contains("takes the patient").and(contains("template --followup")));

    // Splitting: the reference record (one version-21 code at Q since preset dictionary 1) does
    // not fit version 20 at level H.
    let parts = ephr()
        .arg("issue")
        .arg(root().join("fixtures/records/reference-full.json"))
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args([
            "--authority",
            "GR-DEMO",
            "--at",
            "2026-10-14T18:00:00Z",
            "--ecc",
            "h",
            "--max-version",
            "20",
            "--out",
        ])
        .arg(dir.path().join("ref.png"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&parts.stderr);
    assert_eq!(parts.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("it is issued as"), "{stderr}");
    assert!(stderr.contains("part 2 of"), "{stderr}");
    ephr()
        .arg("verify")
        .arg(dir.path().join("ref-1.png"))
        .arg(dir.path().join("ref-2.png"))
        .arg("--trust")
        .arg(root().join("keys/demo-trust-list.cose"))
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"))
        .args(["--at", "2026-10-15"])
        .assert()
        .code(0)
        .stdout(contains("History of record").and(contains("part 1 of")));
}

#[test]
fn issue_refuses_trust_options_without_follows() {
    ephr()
        .arg("issue")
        .arg(journey("1-gr-initial.json"))
        .arg("--key")
        .arg(journey("keys/GR-EODY-LESVOS.key.pem"))
        .args(["--authority", "GR-EODY-LESVOS", "--strict"])
        .assert()
        .code(2)
        .stderr(contains("only with --follows"));
}

// ───────────────────────────── the bundle file ─────────────────────────────

#[test]
fn bundle_command_refusals_say_what_to_do() {
    let dir = tmp();
    let existing = dir.path().join("p.phr");
    std::fs::write(&existing, b"x").unwrap();
    ephr()
        .arg("bundle")
        .arg(journey("1-gr.txt"))
        .arg("--out")
        .arg(&existing)
        .assert()
        .code(2)
        .stderr(contains("already exists").and(contains("hint:")));
    ephr()
        .arg("bundle")
        .arg(journey("1-gr.txt"))
        .arg("--out")
        .arg(dir.path().join("p.txt"))
        .assert()
        .code(2)
        .stderr(contains(".phr"));
    let other = dir.path().join("other.txt");
    std::fs::write(&other, format!("{}\n", split_reference()[0].text())).unwrap();
    ephr()
        .arg("bundle")
        .arg(journey("1-gr.txt"))
        .arg(&other)
        .arg("--out")
        .arg(dir.path().join("mixed.phr"))
        .assert()
        .code(2)
        .stderr(contains("2 different records").and(contains("hint:")));
    let cut = dir.path().join("cut.phr");
    let bytes = std::fs::read(journey("journey.phr")).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).unwrap();
    verify_cmd()
        .arg(&cut)
        .assert()
        .code(2)
        .stderr(contains("truncated"));
}

fn arb_entry() -> impl Strategy<Value = Vec<u8>> {
    // A tag-18 item around a byte string: the container does not look further.
    proptest::collection::vec(any::<u8>(), 0..300).prop_map(|b| {
        let mut e = vec![0xd2];
        e.extend(ciborium_bstr(&b));
        e
    })
}

fn ciborium_bstr(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match b.len() {
        n @ 0..=23 => out.push(0x40 | n as u8),
        n @ 24..=255 => out.extend([0x58, n as u8]),
        n => out.extend([0x59, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(b);
    out
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_the_bundle_reader(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let _ = Bundle::from_bytes(&bytes);
        let _ = Bundle::from_bytes(&[&ephr::bundle::MAGIC_BYTES[..], &bytes].concat());
    }

    #[test]
    fn bundles_round_trip(entries in proptest::collection::vec(arb_entry(), 1..20)) {
        let mut b = Bundle::new();
        for e in entries {
            b.push(e).unwrap();
        }
        prop_assert_eq!(Bundle::from_bytes(&b.to_bytes()).unwrap(), b);
    }

    #[test]
    fn a_damaged_journey_bundle_is_refused_or_its_entries_fail_verification(
        at in 0usize..1320, byte in any::<u8>()
    ) {
        let mut bytes = std::fs::read(journey("journey.phr")).unwrap();
        prop_assume!(at < bytes.len() && bytes[at] != byte);
        bytes[at] = byte;
        match input::from_bytes("j.phr", &bytes) {
            Err(_) => {}
            Ok(c) => {
                let h = History::build(c.iter().map(|c| c.check(list(), now())).collect());
                let valid: usize = h.records.iter().map(|r| r.entries.len()).sum();
                prop_assert!(valid < 3, "a changed byte must invalidate an entry or the container");
            }
        }
    }
}

#[test]
fn the_bundle_decoder_names_a_truncated_file() {
    let bytes = std::fs::read(journey("journey.phr")).unwrap();
    assert!(matches!(
        Bundle::from_bytes(&bytes[..bytes.len() - 1]),
        Err(BundleError::Truncated {
            declared: 3,
            found: 2
        })
    ));
}
