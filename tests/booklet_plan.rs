//! `booklet::plan`: which verified entries print, and on what. Every front-end (the `ephr
//! booklet` command, the station) calls it, so each of its refusals is checked here once.

mod support;

#[path = "support/confidential.rs"]
mod confidential;

use confidential::{AUTHORITY, at, checked, issued, journey, key, trust};
use ephr::booklet::{self, Layout, PlanError};
use ephr::history::{Checked, History};
use ephr::labels::Lang;
use ephr::{IssueOptions, Issuer, Record, RecordId};

fn core_and_confidential() -> Vec<Checked> {
    let i = issued();
    let conf = i.confidential.as_ref().expect("a confidential card");
    vec![
        checked("core", i.core[0].text(), trust()),
        checked("conf", conf.text(), trust()),
    ]
}

fn plan(
    c: Vec<Checked>,
    layout: Layout,
    with_insert: bool,
) -> Result<booklet::PrintPlan, PlanError> {
    booklet::plan(&History::build(c), layout, with_insert)
}

#[test]
fn a_history_without_confidential_entries_is_one_booklet_in_the_history_order() {
    let p = plan(journey(), Layout::Booklet, false).unwrap();
    assert!(p.insert.is_none());
    let b = p.booklet.unwrap();
    assert_eq!(b.layout, Layout::Booklet);
    assert_eq!(b.entries.len(), 3);
    // The order of `ephr verify` (the history's), whatever the order given.
    let mut reversed = journey();
    reversed.reverse();
    let r = plan(reversed, Layout::A4, false).unwrap().booklet.unwrap();
    assert_eq!(r.layout, Layout::A4);
    let ids = |j: &booklet::PrintJob| -> Vec<String> {
        j.entries
            .iter()
            .map(|e| e.claims().card_id.to_string())
            .collect()
    };
    assert_eq!(ids(&r), ids(&b));
}

#[test]
fn confidential_and_core_entries_need_the_insert() {
    let e = plan(core_and_confidential(), Layout::Booklet, false).unwrap_err();
    assert!(matches!(e, PlanError::InsertNeeded(1)), "{e:?}");
    assert!(!e.is_invalid_cards());
    assert!(e.to_string().contains("1 of the cards are confidential"));

    let p = plan(core_and_confidential(), Layout::Booklet, true).unwrap();
    let (b, i) = (p.booklet.unwrap(), p.insert.unwrap());
    assert!(b.entries.iter().all(|e| !e.is_confidential()));
    assert!(i.entries.iter().all(|e| e.is_confidential()));
    assert_eq!((b.entries.len(), i.entries.len()), (1, 1));
}

#[test]
fn the_insert_of_a_wallet_card_prints_as_a6_pages() {
    let p = plan(core_and_confidential(), Layout::Card, true).unwrap();
    assert_eq!(p.booklet.unwrap().layout, Layout::Card);
    assert_eq!(p.insert.unwrap().layout, Layout::Booklet);
}

#[test]
fn entries_that_are_all_confidential_print_as_the_insert_alone() {
    let conf = core_and_confidential().pop().unwrap();
    let p = plan(vec![conf], Layout::A4, false).unwrap();
    assert!(p.booklet.is_none());
    assert_eq!(p.insert.unwrap().layout, Layout::A4);
}

#[test]
fn an_invalid_card_stops_the_print() {
    let mut c = journey();
    // The journey's cards checked against another authority's list: not valid here.
    c.push(checked(
        "other",
        issued().core[0].text(),
        confidential::journey_list(),
    ));
    let e = plan(c, Layout::Booklet, false).unwrap_err();
    assert!(matches!(e, PlanError::Invalid(1)), "{e:?}");
    assert!(e.is_invalid_cards());
    assert!(e.hint().contains("leave out the invalid cards"));
}

#[test]
fn cards_of_two_records_are_two_booklets() {
    // One list that trusts the journey's issuers and the test unit.
    let mut list = confidential::journey_list().clone();
    for a in &trust().authorities {
        for k in &a.keys {
            list.add_key(&a.id, &a.name, &a.country, k.clone()).unwrap();
        }
    }
    let journey_card =
        std::fs::read_to_string(support::root().join("fixtures/journey/1-gr.txt")).unwrap();
    let c = vec![
        checked("journey", journey_card.trim(), &list),
        checked("other person", issued().core[0].text(), &list),
    ];
    assert!(c.iter().all(|x| x.result.is_ok()));
    let e = plan(c, Layout::Booklet, false).unwrap_err();
    assert!(matches!(e, PlanError::SeveralRecords(2)), "{e:?}");
    assert!(!e.is_invalid_cards());
}

#[test]
fn two_people_under_one_record_id_are_refused() {
    let mine = &issued().core[0];
    // Another person's record, signed under the same record id.
    let json =
        std::fs::read_to_string(support::root().join("fixtures/records/pregnant-woman.json"))
            .unwrap();
    let hers = Issuer::new(key(), AUTHORITY)
        .unwrap()
        .issue(
            &Record::from_json(&json).unwrap(),
            &IssueOptions {
                issued_at: at("2026-10-20T10:00:00Z"),
                record_id: Some(RecordId(mine.claims().entry.record_id.0.clone())),
                ..Default::default()
            },
        )
        .unwrap();
    let c = vec![
        checked("mine", mine.text(), trust()),
        checked("hers", hers.text(), trust()),
    ];
    let e = plan(c, Layout::Booklet, false).unwrap_err();
    assert!(
        matches!(&e, PlanError::NotOnePerson(f) if !f.is_empty()),
        "{e:?}"
    );
    assert!(e.is_invalid_cards());
    assert!(
        e.to_string()
            .starts_with("these entries are not one person's history: ")
    );
}

#[test]
fn nothing_to_print_is_said() {
    let e = plan(Vec::new(), Layout::Booklet, false).unwrap_err();
    assert!(matches!(e, PlanError::NoEntries), "{e:?}");
}

#[test]
fn the_patient_language_comes_from_the_records() {
    let p = plan(journey(), Layout::Booklet, false).unwrap();
    let expected = p.booklet.as_ref().unwrap().entries[0]
        .claims()
        .entry
        .record
        .patient
        .languages
        .iter()
        .find_map(|l| Lang::for_speaker(l));
    assert!(
        expected.is_some(),
        "the journey's person speaks a language ephr has labels in"
    );
    assert_eq!(
        p.patient_language().map(|l| l.code),
        expected.map(|l| l.code)
    );
}
