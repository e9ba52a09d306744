//! The history orders entries by their `follows` links (issue 12): a follow-up signed or dated
//! before the entry it follows comes after it all the same, so its statements win the merge, and
//! the impossible time is a finding.
//!
//! The attack from the issue: a follow-up of the journey's Greek entry (Metformin 500 mg) that
//! records Metformin 850 mg but is signed before the Greek entry was sorted first, and the merged
//! history showed 500 mg.

mod support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use ephr::card::CardId;
use ephr::history::{Checked, Finding, History, Severity};
use ephr::{IssueOptions, IssuedCard, Issuer, PublicKey, Record, SecretKey, TrustList};
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use support::{ephr, root, tmp};

const CHECK_AT: &str = "2027-02-01T00:00:00Z";
const RS: (&str, u8) = ("RS-PRESEVO-HP", 0x52);
const METFORMIN: &str = "A10BA02";

fn journey(name: &str) -> PathBuf {
    root().join("fixtures/journey").join(name)
}

fn at(s: &str) -> i64 {
    ephr::date::parse_instant(s).unwrap()
}

fn list() -> &'static TrustList {
    static L: OnceLock<TrustList> = OnceLock::new();
    L.get_or_init(|| {
        let anchor = PublicKey::read(&root().join("keys/demo-anchor.pub.pem")).unwrap();
        TrustList::read(&journey("trust-list.cose"), &anchor).unwrap()
    })
}

fn greek_text() -> String {
    std::fs::read_to_string(journey("1-gr.txt"))
        .unwrap()
        .trim()
        .to_owned()
}

fn checked(source: &str, text: &str) -> Checked {
    Checked::verify_text(source, text, list(), at(CHECK_AT))
}

/// A follow-up of `predecessor` signed by the Serbian authority at `signed`, for a visit on
/// `encounter`, recording Metformin 850 mg. Built directly rather than with `follow_up_record`,
/// which refuses an encounter before the predecessor's: a hostile or misconfigured issuer need
/// not use ephr's issuing rules.
fn follow_up(predecessor: &str, signed: &str, encounter: &str) -> IssuedCard {
    let p = ephr::verify_text(predecessor, list(), at(CHECK_AT)).unwrap();
    let patient = serde_json::to_value(&p.claims().entry.record.patient).unwrap();
    let json = serde_json::json!({
        "patient": patient,
        "encounter": {"date": encounter, "country": "RS"},
        "medications": [{"atc": METFORMIN, "dose": "850 mg twice daily"}],
    });
    let record = Record::from_json(&json.to_string()).unwrap();
    Issuer::new(SecretKey::from_seed(&[RS.1; 32]), RS.0)
        .unwrap()
        .issue(
            &record,
            &IssueOptions {
                issued_at: at(signed),
                record_id: Some(p.claims().entry.record_id.clone()),
                follows: Some(p.link()),
                ..Default::default()
            },
        )
        .unwrap()
}

fn metformin_dose(h: &History) -> String {
    h.records[0]
        .merged
        .medications
        .iter()
        .find(|m| m.value.atc == METFORMIN)
        .map(|m| m.value.dose.clone().unwrap_or_default())
        .unwrap()
}

fn order(h: &History) -> Vec<CardId> {
    h.records[0]
        .entries
        .iter()
        .map(|e| e.card.claims().card_id.clone())
        .collect()
}

/// Where each entry of the (one) record came from, in history order.
fn sources(h: &History) -> Vec<&str> {
    h.records[0]
        .entries
        .iter()
        .map(|e| e.source.as_str())
        .collect()
}

fn codes(h: &History) -> Vec<&'static str> {
    h.findings.iter().map(Finding::code).collect()
}

/// Both presentation orders build the same history.
fn both_orders(a: (&str, &str), b: (&str, &str)) -> [History; 2] {
    [
        History::build(vec![checked(a.0, a.1), checked(b.0, b.1)]),
        History::build(vec![checked(b.0, b.1), checked(a.0, a.1)]),
    ]
}

#[test]
fn a_follow_up_signed_before_the_entry_it_follows_still_wins_the_merge_and_is_a_problem() {
    let greek = greek_text();
    let greek_card = ephr::verify_text(&greek, list(), at(CHECK_AT)).unwrap();
    // Same visit day as the Greek entry, signed six and a half hours before it was.
    let backdated = follow_up(&greek, "2026-10-14T09:00:00Z", "2026-10-14");
    for h in both_orders(("gr", &greek), ("rs", backdated.text())) {
        assert_eq!(
            order(&h),
            [
                greek_card.claims().card_id.clone(),
                backdated.claims().card_id.clone()
            ]
        );
        assert!(metformin_dose(&h).starts_with("850 mg"), "{h:?}");
        assert_eq!(codes(&h), ["signed-before-followed"]);
        assert_eq!(h.worst(), Some(Severity::Problem));
        let Finding::SignedBeforeFollowed {
            entry,
            followed,
            earlier_by_seconds,
            ..
        } = &h.findings[0]
        else {
            panic!("{:?}", h.findings[0]);
        };
        assert_eq!(entry, &backdated.claims().card_id);
        assert_eq!(followed, &greek_card.claims().card_id);
        assert_eq!(
            *earlier_by_seconds,
            greek_card.claims().issued_at - at("2026-10-14T09:00:00Z")
        );
        // The latest entry, which a new follow-up should follow, is the backdated one.
        assert_eq!(
            h.records[0].latest().card.claims().card_id,
            backdated.claims().card_id
        );
    }
}

#[test]
fn a_follow_up_dated_before_the_visit_it_follows_is_a_warning_and_still_comes_after() {
    let greek = greek_text();
    // Signed after the Greek entry, but for a visit dated four days before it.
    let earlier_visit = follow_up(&greek, "2026-10-20T09:00:00Z", "2026-10-10");
    for h in both_orders(("gr", &greek), ("rs", earlier_visit.text())) {
        assert_eq!(order(&h)[1], earlier_visit.claims().card_id);
        assert!(metformin_dose(&h).starts_with("850 mg"));
        assert_eq!(codes(&h), ["encounter-before-followed"]);
        assert_eq!(h.worst(), Some(Severity::Warning));
        let msg = h.findings[0].to_string();
        assert!(
            msg.contains("2026-10-10") && msg.contains("2026-10-14"),
            "{msg}"
        );
    }
}

#[test]
fn both_times_before_the_entry_followed_give_both_findings() {
    let greek = greek_text();
    let both = follow_up(&greek, "2026-10-10T09:00:00Z", "2026-10-10");
    let h = History::build(vec![checked("rs", both.text()), checked("gr", &greek)]);
    assert_eq!(
        codes(&h),
        ["signed-before-followed", "encounter-before-followed"]
    );
    assert!(metformin_dose(&h).starts_with("850 mg"));
}

#[test]
fn a_follow_up_signed_within_the_clock_skew_before_its_predecessor_is_only_a_note() {
    let greek = greek_text();
    let iat = ephr::verify_text(&greek, list(), at(CHECK_AT))
        .unwrap()
        .claims()
        .issued_at;
    let skewed = |seconds: i64| {
        follow_up(
            &greek,
            &ephr::date::format_instant(iat - seconds),
            "2026-10-14",
        )
    };
    let h = History::build(vec![
        checked("gr", &greek),
        checked("rs", skewed(ephr::verify::CLOCK_SKEW).text()),
    ]);
    assert_eq!(codes(&h), ["signed-before-followed"]);
    assert_eq!(h.worst(), Some(Severity::Note));
    assert!(metformin_dose(&h).starts_with("850 mg"));
    let h = History::build(vec![
        checked("gr", &greek),
        checked("rs", skewed(ephr::verify::CLOCK_SKEW + 1).text()),
    ]);
    assert_eq!(h.worst(), Some(Severity::Problem));
    // The same second is not before.
    let h = History::build(vec![checked("gr", &greek), checked("rs", skewed(0).text())]);
    assert!(h.findings.is_empty(), "{:?}", h.findings);
}

#[test]
fn a_chain_is_ordered_by_its_links_whatever_its_clocks_say() {
    // gr <- a <- b, where b claims the earliest time of all and a the latest.
    let greek = greek_text();
    let a = follow_up(&greek, "2026-12-01T09:00:00Z", "2026-12-01");
    let b = follow_up(a.text(), "2026-10-01T09:00:00Z", "2026-10-01");
    let texts = [("gr", greek.as_str()), ("a", a.text()), ("b", b.text())];
    let mut orders = Vec::new();
    for perm in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
        let h = History::build(
            perm.iter()
                .map(|&i| checked(texts[i].0, texts[i].1))
                .collect(),
        );
        assert_eq!(sources(&h), ["gr", "a", "b"]);
        orders.push(codes(&h));
    }
    // b is before a in both times; a is after the Greek entry in both.
    assert!(
        orders
            .iter()
            .all(|c| c == &["signed-before-followed", "encounter-before-followed"])
    );
}

#[test]
fn a_follow_up_in_time_is_not_a_finding_and_siblings_keep_clock_order() {
    let greek = greek_text();
    let early = follow_up(&greek, "2026-11-01T09:00:00Z", "2026-11-01");
    let late = follow_up(&greek, "2026-11-05T09:00:00Z", "2026-11-05");
    let h = History::build(vec![
        checked("late", late.text()),
        checked("gr", &greek),
        checked("early", early.text()),
    ]);
    assert!(h.findings.is_empty(), "{:?}", h.findings);
    assert_eq!(sources(&h), ["gr", "early", "late"]);
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

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn verify_shows_the_backdated_follow_up_as_a_problem_with_exit_status_1() {
    let dir = tmp();
    let greek = greek_text();
    let backdated = follow_up(&greek, "2026-10-14T09:00:00Z", "2026-10-14");
    let rs = write(dir.path(), "rs.txt", backdated.text());
    let gr = write(dir.path(), "gr.txt", &greek);
    verify_cmd().arg(&rs).arg(&gr).assert().code(1).stdout(
        contains("(code: signed-before-followed)")
            .and(contains("one of the two signing times is false"))
            .and(contains("850 mg")),
    );
    let out = verify_cmd()
        .arg(&rs)
        .arg(&gr)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["history"]["findings"][0];
    assert_eq!(f["code"], "signed-before-followed");
    assert_eq!(f["severity"], "problem");
    assert_eq!(f["entry"], backdated.claims().card_id.to_string());
    assert_eq!(f["signed"], "2026-10-14T09:00:00Z");
    let meds = &v["history"]["records"][0]["merged"]["medications"];
    assert!(
        meds[0]["value"]["dose"]
            .as_str()
            .unwrap()
            .starts_with("850 mg"),
        "{meds}"
    );
}

#[test]
fn verify_warns_of_a_follow_up_dated_before_its_predecessor_and_exits_0() {
    let dir = tmp();
    let greek = greek_text();
    let earlier_visit = follow_up(&greek, "2026-10-20T09:00:00Z", "2026-10-10");
    verify_cmd()
        .arg(write(dir.path(), "gr.txt", &greek))
        .arg(write(dir.path(), "rs.txt", earlier_visit.text()))
        .assert()
        .code(0)
        .stdout(
            contains("(code: encounter-before-followed)")
                .and(contains("a follow-up records a later visit")),
        );
}

#[test]
fn the_booklet_prints_a_follow_up_after_the_entry_it_follows_whatever_its_date() {
    use ephr::booklet::{self, BookletOptions, Layout, PrintEntry};
    let greek = greek_text();
    // Dated four days before the Greek visit it follows (a warning, so it is printed).
    let earlier_visit = follow_up(&greek, "2026-10-20T09:00:00Z", "2026-10-10");
    let verified = |t: &str| ephr::verify_text(t, list(), at(CHECK_AT)).unwrap();
    let (gr, rs) = (verified(&greek), verified(earlier_visit.text()));
    for given in [[&rs, &gr], [&gr, &rs]] {
        let entries = given.map(PrintEntry::from);
        let opts = BookletOptions::new(Layout::Booklet, "en", "en").unwrap();
        let pdf = booklet::render(&entries, &opts).unwrap();
        // The PDF's attached entries are in the order its pages print them.
        let printed = ephr::pdf_entries::find_bundle(&pdf.bytes).unwrap();
        assert_eq!(
            printed.entries(),
            [gr.cose_bytes().to_vec(), rs.cose_bytes().to_vec()],
            "the Greek entry first, as verify merges them"
        );
    }
}
