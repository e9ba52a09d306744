//! The marks, their defaults, their rules (one table) and the split.

use serde_json::{Value, json};

use super::*;
use crate::record::{ProblemStatus, ResultCode};

/// A synthetic record (no real person) with an item of every kind that can be confidential, and
/// one of each kind that must stay in the core.
fn base() -> Value {
    json!({
        "patient": { "name_latin": { "family": "NASSER", "given": "HIBA" }, "sex": "female",
                     "birth_date": "1996" },
        "encounter": { "date": "2026-10-14", "country": "GR" },
        "vital_signs": { "weight_kg": 61.0 },
        "problems": [
            { "icd10": "E11.9" },
            { "icd10": "F43.1", "note": "Nightmares since the crossing" },
            { "icd10": "B18.1" },
            { "icd10": "R76.1", "provisional": true }
        ],
        "allergies": [ { "substance": "penicillins", "atc": "J01C" } ],
        "medications": [
            { "atc": "A10BA02", "dose": "500 mg twice daily" },
            { "atc": "J05AF07", "dose": "245 mg daily" },
            { "atc": "N06AB06", "dose": "50 mg daily" }
        ],
        "immunizations": { "doses": [ { "vaccine": "J07BD52", "source": "given_here" } ] },
        "results": [
            { "loinc": "71773-6", "result": "positive" },
            { "loinc": "56888-1", "result": "negative" },
            { "loinc": "5196-1", "result": "positive" },
            { "loinc": "718-7", "result": "normal" }
        ],
        "pregnancy": { "status": "pregnant", "gestational_weeks": 12 },
        "mental_health": { "outcome": "concerns", "tool": "RHS-15" },
        "referrals": [
            { "to": "TB clinic", "reason_icd10": "R76.1" },
            { "to": "Hepatology", "reason_icd10": "B18.1" },
            { "to": "Antenatal care" }
        ],
        "vaccinations_due": [ { "vaccine": "J07BD52", "dose_number": 2 } ],
        "alerts": [
            { "kind": "severe_allergy", "text": "Penicillin anaphylaxis" },
            { "kind": "high_risk_pregnancy", "text": "Gestational diabetes risk" }
        ],
        "consent": { "confidential_card": true }
    })
}

fn set(v: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent) {
        Some(Value::Object(m)) => {
            m.insert(key.into(), new);
        }
        _ => panic!("no object at {parent}"),
    }
}

fn read(v: &Value) -> Result<MarkedRecord, RecordJsonError> {
    MarkedRecord::from_json(&v.to_string())
}

fn marked(edits: &[(&str, Value)]) -> MarkedRecord {
    let mut v = base();
    for (p, x) in edits {
        set(&mut v, p, x.clone());
    }
    read(&v).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn defaults_follow_the_code_tables() {
    let m = marked(&[]);
    use Item::*;
    assert_eq!(
        m.confidential_items(),
        vec![
            Problem(1),    // F43.1, chapter F
            Problem(2),    // B18.1, chronic hepatitis B
            Medication(1), // tenofovir
            Medication(2), // sertraline
            Result(1),     // HIV screening
            Result(2),     // HBsAg
            Pregnancy,
            MentalHealth,
            Referral(1), // for B18.1
            Alert(1),    // high-risk pregnancy
        ]
    );
    for core in [Problem(0), Problem(3), Medication(0), Result(0), Result(3)] {
        assert!(!m.is_confidential(core), "{core} stays in the core");
    }
    assert!(
        !m.is_confidential(Problem(9)),
        "an item the record lacks is not"
    );
}

#[test]
fn overrides_win_over_defaults_both_ways() {
    let m = marked(&[
        ("/results/1/confidential", json!(false)),
        ("/problems/0/confidential", json!(true)),
        ("/alerts/0/confidential", json!(false)),
    ]);
    assert!(
        !m.is_confidential(Item::Result(1)),
        "HIV result kept in core"
    );
    assert!(m.is_confidential(Item::Problem(0)), "diabetes moved out");
    assert!(!m.is_confidential(Item::Alert(0)), "a false on a core item");
    assert_eq!(m.overrides.len(), 3);
}

#[test]
fn split_moves_every_confidential_item_and_nothing_else() {
    let m = marked(&[]);
    let s = m.split();
    assert!(s.withheld.is_empty());
    let conf = s.confidential.expect("consent given, items present");
    let core = s.core;
    let codes = |l: &Listed<crate::record::Problem>| {
        l.items()
            .iter()
            .map(|p| p.icd10.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(&core.problems), ["E11.9", "R76.1"]);
    assert_eq!(codes(&conf.problems), ["F43.1", "B18.1"]);
    let loincs = |r: &Record| {
        r.results
            .iter()
            .map(|x| x.loinc.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(loincs(&core), ["71773-6", "718-7"]);
    assert_eq!(loincs(&conf), ["56888-1", "5196-1"]);
    assert!(core.pregnancy.is_none() && core.mental_health.is_none());
    assert!(conf.pregnancy.is_some() && conf.mental_health.is_some());
    assert_eq!(core.referrals.len(), 2);
    assert_eq!(conf.referrals[0].to, "Hepatology");
    assert_eq!(core.alerts.len(), 1);
    assert_eq!(conf.alerts[0].kind, AlertKind::HighRiskPregnancy);
    // What must reach every clinic stays in the core only; the identity and encounter are on
    // both.
    assert!(core.allergies.items().len() == 1 && conf.allergies.is_not_recorded());
    assert!(core.immunizations.is_some() && conf.immunizations.is_none());
    assert!(core.vital_signs.is_some() && conf.vital_signs.is_none());
    assert_eq!(core.vaccinations_due.len(), 1);
    assert!(conf.vaccinations_due.is_empty());
    assert_eq!(conf.patient, m.record.patient);
    assert_eq!(conf.encounter, m.record.encounter);
    // Both halves are valid records on their own.
    core.validate().unwrap();
    conf.validate().unwrap();
}

#[test]
fn without_consent_confidential_items_go_nowhere() {
    for consent in [json!({ "confidential_card": false }), Value::Null] {
        let mut v = base();
        if consent.is_null() {
            v.as_object_mut().unwrap().remove("consent");
        } else {
            set(&mut v, "/consent", consent);
        }
        let m = read(&v).unwrap();
        let s = m.split();
        assert_eq!(s.confidential, None);
        assert_eq!(s.withheld, m.confidential_items());
        assert_eq!(s.withheld.len(), 10);
        assert_eq!(s.core, marked(&[]).split().core, "same core either way");
    }
}

#[test]
fn a_record_without_confidential_items_splits_into_the_core_alone() {
    let m = MarkedRecord::from_json(
        r#"{"patient":{"sex":"male"},"encounter":{"date":"2026-10-14","country":"GR"},
            "problems":[{"icd10":"E11.9"}],"consent":{"confidential_card":true}}"#,
    )
    .unwrap();
    let s = m.split();
    assert_eq!(
        (s.core, s.confidential, s.withheld),
        (m.record, None, vec![])
    );
}

#[test]
fn an_emptied_list_is_not_recorded_and_none_known_stays_in_the_core() {
    let m = marked(&[
        ("/problems", json!([{ "icd10": "B20.0" }])),
        ("/medications", json!("none_known")),
    ]);
    let s = m.split();
    assert!(
        s.core.problems.is_not_recorded(),
        "never 'none known': untrue"
    );
    assert_eq!(s.core.medications, Listed::NoneKnown);
    let conf = s.confidential.unwrap();
    assert_eq!(conf.problems.items()[0].status, ProblemStatus::Active);
    assert!(conf.medications.is_not_recorded());
}

#[test]
fn marks_round_trip_through_json() {
    let m = marked(&[
        ("/results/1/confidential", json!(false)),
        ("/problems/0/confidential", json!(true)),
        ("/pregnancy/confidential", json!(true)),
    ]);
    assert_eq!(MarkedRecord::from_json(&m.to_json()).unwrap(), m);
    let plain = MarkedRecord::new(m.record.clone());
    let back = MarkedRecord::from_json(&plain.to_json()).unwrap();
    assert_eq!(back, plain);
    assert!(!back.consent.confidential_card && back.overrides.is_empty());
    // The record's own order, patient first; without marks, the record's own text.
    assert_eq!(plain.to_json(), plain.record.to_json());
    let text = m.to_json();
    let at = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
    assert!(at("patient") < at("encounter") && at("encounter") < at("problems"));
    assert!(
        at("icd10") < at("confidential"),
        "a mark after the item's fields"
    );
}

#[test]
fn record_from_json_refuses_marks_and_says_where_they_are_read() {
    let err = Record::from_json(&base().to_string()).unwrap_err();
    let RecordJsonError::Syntax { path, message } = err else {
        panic!("{err:?}")
    };
    assert_eq!(path, "consent");
    assert!(message.contains("MarkedRecord::from_json"), "{message}");
}

#[test]
fn a_record_without_marks_keeps_its_line_numbers_in_messages() {
    let text = "{\n\"patient\": {\"sex\": \"male\"},\n\"encounter\": {\"date\": 5}\n}";
    let RecordJsonError::Syntax { message, .. } = MarkedRecord::from_json(text).unwrap_err() else {
        panic!()
    };
    assert!(message.contains("line 3"), "{message}");
    let RecordJsonError::Syntax { message, .. } =
        MarkedRecord::from_json("{\"patient\": ,}").unwrap_err()
    else {
        panic!()
    };
    assert!(message.contains("line 1"), "{message}");
}

/// (name, pointer, value, expected path, part of the expected message).
type Rule = (
    &'static str,
    &'static str,
    Value,
    &'static str,
    &'static str,
);

fn rules() -> Vec<Rule> {
    vec![
        (
            "mark not a boolean",
            "/problems/1/confidential",
            json!("yes"),
            "problems[1].confidential",
            "expected true or false, found \"yes\"",
        ),
        (
            "mark on pregnancy not a boolean",
            "/pregnancy/confidential",
            json!(1),
            "pregnancy.confidential",
            "expected true or false",
        ),
        (
            "consent not an object",
            "/consent",
            json!(true),
            "consent",
            "\"consent\": {\"confidential_card\": true}",
        ),
        (
            "consent with an unknown field",
            "/consent/card",
            json!(true),
            "consent.card",
            "unknown field `card`",
        ),
        (
            "consent not a boolean",
            "/consent/confidential_card",
            json!("yes"),
            "consent.confidential_card",
            "invalid type",
        ),
        (
            "allergy",
            "/allergies/0/confidential",
            json!(true),
            "allergies[0].confidential",
            "cannot be kept confidential: an allergy must be seen by every clinic",
        ),
        (
            "dose",
            "/immunizations/doses/0/confidential",
            json!(true),
            "immunizations.doses[0].confidential",
            "vaccinations must be seen by every clinic",
        ),
        (
            "immunizations",
            "/immunizations/confidential",
            json!(true),
            "immunizations.confidential",
            "vaccinations must be seen",
        ),
        (
            "vaccination due",
            "/vaccinations_due/0/confidential",
            json!(false),
            "vaccinations_due[0].confidential",
            "cannot be kept confidential",
        ),
        (
            "vital signs",
            "/vital_signs/confidential",
            json!(true),
            "vital_signs.confidential",
            "vital signs stay on the card every clinic sees",
        ),
        (
            "patient",
            "/patient/confidential",
            json!(true),
            "patient.confidential",
            "the identity is on both cards",
        ),
        (
            "encounter",
            "/encounter/confidential",
            json!(true),
            "encounter.confidential",
            "the encounter is on both cards",
        ),
        (
            "core referral gives away a confidential problem",
            "/referrals/1/confidential",
            json!(false),
            "referrals[1].confidential",
            "the reason B18.1 is a problem kept confidential",
        ),
        (
            "core pregnancy alert gives away a confidential pregnancy",
            "/alerts/1/confidential",
            json!(false),
            "alerts[1].confidential",
            "gives away the pregnancy that is kept confidential",
        ),
    ]
}

#[test]
fn every_rule_of_the_marks_reports_its_path_and_message() {
    read(&base()).expect("the base is valid");
    for (name, pointer, value, path, message) in rules() {
        let mut v = base();
        set(&mut v, pointer, value);
        let found = match read(&v) {
            Ok(_) => vec![],
            Err(RecordJsonError::Syntax { path, message }) => vec![(path, message)],
            Err(RecordJsonError::Invalid(ValidationErrors(e))) => {
                e.into_iter().map(|e| (e.path, e.problem)).collect()
            }
        };
        assert!(
            found.iter().any(|(p, m)| p == path && m.contains(message)),
            "{name}: expected {path}: …{message}…, got {found:#?}"
        );
    }
}

#[test]
fn marks_and_record_errors_are_reported_together() {
    let mut v = base();
    set(&mut v, "/allergies/0/confidential", json!(true));
    set(&mut v, "/results/0/result", json!("positive"));
    set(&mut v, "/encounter/date", json!("2026-13-01"));
    let Err(RecordJsonError::Invalid(ValidationErrors(e))) = read(&v) else {
        panic!()
    };
    let paths: Vec<_> = e.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"allergies[0].confidential"), "{paths:?}");
    assert!(paths.contains(&"encounter.date"), "{paths:?}");
}

#[test]
fn a_pregnancy_alert_may_stay_in_the_core_with_the_pregnancy() {
    let m = marked(&[
        ("/pregnancy/confidential", json!(false)),
        ("/alerts/1/confidential", json!(false)),
    ]);
    assert!(m.validate().is_ok());
    assert_eq!(m.split().core.alerts.len(), 2);
}

#[test]
fn an_override_of_a_missing_item_is_refused() {
    let mut m = marked(&[]);
    m.overrides.insert(Item::Result(17), true);
    let ValidationErrors(e) = m.validate().unwrap_err();
    assert_eq!(e[0].path, "results[17].confidential");
    assert!(e[0].problem.contains("no results[17]"));
    let mut m = marked(&[]);
    m.record.results[0].result = ResultCode::Negative;
    assert!(m.validate().is_ok());
}
