//! FHIR IPS export and import.
//!
//! - Every fixture record goes record → PHR1 (issued with the demo key at a fixed time) →
//!   verified → IPS → record, and comes back identical with an empty import report.
//! - The exported bundles are validated by `tests/interop/fhir_validate.py` (the Python
//!   `fhir.resources` package, R4B models: an implementation that shares no code with ephr), and
//!   the IPS rules are checked here: Composition type, required sections, narratives, references
//!   that resolve inside the Bundle, one Provenance per entry.
//! - The EHR example in `fixtures/fhir/` imports to the committed record and report
//!   (`EPHR_BLESS=1` rewrites them after a deliberate change).
//! - Every rejection of the importer, and the CLI's exit statuses, are exercised.

#[path = "support/fhir.rs"]
mod fhir_support;
mod support;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ephr::fhir::{self, ExportError, ImportError, UnverifiedEntry};
use ephr::{
    CardId, IssueOptions, Issuer, PublicKey, Record, RecordId, SecretKey, TrustList,
    UnverifiedCard, VerifiedCard, demo,
};
use proptest::prelude::*;
use serde_json::{Value, json};

use fhir_support::{of_type, resources, validate_with_fhir_resources};
use support::{demo_trust, ephr, root, tmp, write};

/// The Bundle's date in every export below.
const EXPORT_AT: i64 = 1_798_761_600; // 2027-01-01T00:00:00Z

fn trust() -> TrustList {
    let anchor = PublicKey::from_pem(demo::DEMO_ANCHOR_PUB, "demo anchor").expect("demo anchor");
    TrustList::open(demo::DEMO_TRUST_LIST, &anchor).expect("demo trust list")
}

fn issuer() -> Issuer {
    let key = SecretKey::from_pem(demo::DEMO_AUTHORITY_KEY, None, "demo key").expect("demo key");
    Issuer::new(key, demo::DEMO_AUTHORITY_ID).expect("issuer")
}

/// Issues `record` with the demo key, 18:00 UTC on its encounter day, and fixed ids.
fn issue(record: &Record, card: u8, record_id: u8) -> ephr::IssuedCard {
    let day = ephr::date::parse_full_date(&record.encounter.date).expect("encounter date");
    let at = ephr::date::to_epoch_days(day) * 86_400 + 18 * 3_600;
    issuer()
        .issue(
            record,
            &IssueOptions {
                issued_at: at,
                card_id: Some(CardId(vec![card; 8])),
                record_id: Some(RecordId(vec![record_id; 8])),
                ..Default::default()
            },
        )
        .expect("issue")
}

fn verified(record: &Record, card: u8, record_id: u8) -> VerifiedCard {
    let c = issue(record, card, record_id);
    ephr::verify_text(c.text(), &trust(), EXPORT_AT).expect("verifies")
}

fn fixture_records() -> Vec<(String, Record)> {
    let mut v: Vec<_> = std::fs::read_dir(root().join("fixtures/records"))
        .expect("fixtures/records")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let json = std::fs::read_to_string(&p).expect("read fixture");
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            // A fixture may carry confidentiality marks; every fact is exported.
            let record = ephr::record::MarkedRecord::from_json(&json)
                .expect("valid fixture")
                .record;
            (name, record)
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(v.len() >= 6, "the fixture records are there");
    v
}

/// Every `{"reference": …}` anywhere in `v`.
fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("reference") {
                out.push(r.clone());
            }
            m.values().for_each(|x| references(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| references(x, out)),
        _ => {}
    }
}

/// The IPS rules this crate promises, checked on one exported bundle.
fn check_ips_rules(bundle: &Value, entries: usize) {
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "document");
    assert!(bundle["timestamp"].is_string() && bundle["identifier"]["value"].is_string());
    let all = resources(bundle);
    assert_eq!(
        all[0]["resourceType"], "Composition",
        "a document starts with its Composition"
    );
    let comp = all[0];
    assert_eq!(comp["type"]["coding"][0]["system"], "http://loinc.org");
    assert_eq!(comp["type"]["coding"][0]["code"], "60591-5");
    let sections = comp["section"].as_array().expect("sections");
    let codes: Vec<&str> = sections
        .iter()
        .map(|s| {
            s["code"]["coding"][0]["code"]
                .as_str()
                .expect("section code")
        })
        .collect();
    for required in ["11450-4", "48765-2", "10160-0"] {
        assert!(
            codes.contains(&required),
            "required section {required} in {codes:?}"
        );
    }
    for s in sections {
        let div = s["text"]["div"]
            .as_str()
            .expect("every section has a narrative");
        assert!(div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">"));
        let has_entries = s["entry"].as_array().is_some_and(|e| !e.is_empty());
        assert!(
            has_entries != s["emptyReason"].is_object(),
            "entries or an emptyReason: {s}"
        );
    }
    let urls: HashSet<&str> = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["fullUrl"].as_str().expect("fullUrl"))
        .collect();
    assert_eq!(urls.len(), all.len(), "fullUrls are unique");
    let mut refs = Vec::new();
    references(bundle, &mut refs);
    for r in &refs {
        assert!(
            urls.contains(r.as_str()),
            "reference {r} resolves inside the Bundle"
        );
    }
    for r in &all {
        assert!(
            r["text"]["div"].is_string(),
            "narrative on {}",
            r["resourceType"]
        );
        assert!(r["id"].is_string());
    }
    let provenances = of_type(bundle, "Provenance");
    assert_eq!(provenances.len(), entries, "one Provenance per entry");
    // Every clinical resource is the target of a Provenance; the findings about the entries are
    // ephr's own, authored by its Device.
    let device = resources(bundle)
        .iter()
        .position(|r| r["resourceType"] == "Device")
        .map(|i| bundle["entry"][i]["fullUrl"].clone())
        .expect("the ephr Device");
    for d in of_type(bundle, "DetectedIssue") {
        assert_eq!(d["author"]["reference"], device, "a finding is ephr's");
    }
    let targets: HashSet<&str> = provenances
        .iter()
        .flat_map(|p| p["target"].as_array().expect("targets"))
        .map(|t| t["reference"].as_str().expect("target"))
        .collect();
    for e in bundle["entry"].as_array().expect("entries") {
        let t = e["resource"]["resourceType"].as_str().expect("type");
        if ![
            "Composition",
            "Patient",
            "Provenance",
            "Organization",
            "Device",
            "DetectedIssue",
        ]
        .contains(&t)
        {
            let url = e["fullUrl"].as_str().expect("fullUrl");
            assert!(targets.contains(url), "{t} {url} has a Provenance");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Round trip and validation.

#[test]
fn every_fixture_round_trips_through_ips_and_validates() {
    let dir = tmp();
    let mut files = Vec::new();
    for (i, (name, record)) in fixture_records().into_iter().enumerate() {
        let n = u8::try_from(i + 1).expect("few fixtures");
        let card = verified(&record, n, n);
        let signed = card.claims().entry.record.clone();
        assert_eq!(signed, record, "{name}: the card carries the record");
        let bundle = fhir::export(std::slice::from_ref(&card), EXPORT_AT).expect("export");
        check_ips_rules(&bundle, 1);
        let json = serde_json::to_vec_pretty(&bundle).expect("serialise");
        let back = fhir::import(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(back.record, record, "{name}: record → PHR1 → IPS → record");
        assert!(
            back.report.unmapped.is_empty(),
            "{name}: ephr's own export maps completely:\n{}",
            back.report
        );
        let path = dir.path().join(name);
        std::fs::write(&path, &json).expect("write bundle");
        files.push(path);
    }
    let Some(results) = validate_with_fhir_resources(&files) else {
        return;
    };
    for r in results {
        assert_eq!(r["ok"], true, "fhir.resources R4B rejects {r}");
        assert_eq!(r["resources"]["Composition"], 1);
    }
}

#[test]
fn the_validator_rejects_a_broken_bundle() {
    // Guards the guard: the script must fail on what it claims to catch.
    let card = verified(&reference(), 1, 1);
    let mut bundle = fhir::export(&[card], EXPORT_AT).expect("export");
    let dir = tmp();
    let mut files = Vec::new();
    for (name, path, value) in [
        (
            "unknown-element.json",
            "/entry/1/resource/favouriteColour",
            json!("blue"),
        ),
        (
            "bad-date.json",
            "/entry/1/resource/birthDate",
            json!("14/10/1994"),
        ),
        ("bad-gender.json", "/entry/1/resource/gender", json!("f")),
    ] {
        let mut b = bundle.clone();
        let (parent, key) = path.rsplit_once('/').expect("path");
        b.pointer_mut(parent).expect("parent")[key] = value;
        let p = dir.path().join(name);
        std::fs::write(&p, serde_json::to_vec(&b).expect("json")).expect("write");
        files.push(p);
    }
    bundle["entry"][0]["resource"]
        .as_object_mut()
        .expect("composition")
        .remove("type");
    let p = dir.path().join("no-type.json");
    std::fs::write(&p, serde_json::to_vec(&bundle).expect("json")).expect("write");
    files.push(p);
    let Some(results) = validate_with_fhir_resources(&files) else {
        return;
    };
    for r in results {
        assert_eq!(r["ok"], false, "the validator accepts {r}");
    }
}

fn reference() -> Record {
    Record::from_json(demo::REFERENCE_RECORD).expect("reference record")
}

#[test]
fn export_records_the_authority_key_card_and_signature() {
    let card = verified(&reference(), 7, 9);
    let bundle = fhir::export(std::slice::from_ref(&card), EXPORT_AT).expect("export");
    let p = &of_type(&bundle, "Provenance")[0];
    assert_eq!(p["extension"][0]["valueCode"], "verified");
    assert_eq!(
        p["entity"][0]["what"]["identifier"]["value"],
        "0707070707070707"
    );
    assert_eq!(
        p["signature"][0]["who"]["identifier"]["value"],
        card.kid().to_string()
    );
    assert_eq!(p["signature"][0]["sigFormat"], "application/cose");
    assert_eq!(
        p["recorded"],
        ephr::date::format_instant(card.claims().issued_at)
    );
    assert!(p["text"]["div"].as_str().expect("div").contains("VERIFIED"));
    let org = &of_type(&bundle, "Organization")[0];
    assert_eq!(org["name"], card.authority().name);
    assert_eq!(org["address"][0]["country"], card.authority().country);
    assert_eq!(org["identifier"][0]["value"], demo::DEMO_AUTHORITY_ID);
    assert_eq!(bundle["timestamp"], "2027-01-01T00:00:00Z");
    assert!(
        bundle["meta"].get("tag").is_none(),
        "a verified export carries no unverified tag"
    );
    // One core entry: nothing restricted, so the document is normal (docs/FHIR.md).
    assert_eq!(bundle["meta"]["security"][0]["code"], "N");
    assert_eq!(bundle["entry"][0]["resource"]["confidentiality"], "N");
    let patient = &of_type(&bundle, "Patient")[0];
    assert_eq!(patient["identifier"][0]["value"], "0909090909090909");
}

#[test]
fn export_is_deterministic_and_independent_of_input_order() {
    let first = reference();
    let mut second: Record = Record::from_json(
        r#"{"patient":{"birth_date":"1994","sex":"female"},
            "encounter":{"date":"2026-11-02","country":"DE","kind":"follow_up"},
            "problems":"none_known"}"#,
    )
    .expect("follow-up record");
    second.patient = first.patient.clone();
    let a = verified(&first, 1, 5);
    let b = verified(&second, 2, 5);
    let one = fhir::export(&[a.clone(), b.clone()], EXPORT_AT).expect("export");
    let two = fhir::export(&[b, a], EXPORT_AT).expect("export");
    assert_eq!(one, two, "same cards, same document, whatever the order");
    check_ips_rules(&one, 2);
    let comp = &one["entry"][0]["resource"];
    assert_eq!(
        comp["encounter"]["reference"],
        of_type(&one, "Encounter")[1]["id"]
            .as_str()
            .map(|id| format!("urn:uuid:{id}"))
            .expect("encounter id")
    );
    let recorded: Vec<&str> = of_type(&one, "Provenance")
        .iter()
        .map(|p| p["recorded"].as_str().expect("recorded"))
        .collect();
    assert!(
        recorded[0] < recorded[1],
        "entries in issue order: {recorded:?}"
    );
}

#[test]
fn export_refuses_no_cards_and_cards_of_different_records() {
    assert_eq!(fhir::export(&[], EXPORT_AT), Err(ExportError::NoEntries));
    let a = verified(&reference(), 1, 1);
    let b = verified(&reference(), 2, 2);
    let e = fhir::export(&[a, b], EXPORT_AT).expect_err("two people");
    assert!(matches!(e, ExportError::DifferentRecords { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("export each person's cards separately")
    );
}

#[test]
fn unverified_cards_are_exported_only_on_request_and_marked() {
    let forger =
        Issuer::new(SecretKey::from_seed(&[0x66; 32]), demo::DEMO_AUTHORITY_ID).expect("issuer");
    let card = forger
        .issue(
            &reference(),
            &IssueOptions {
                issued_at: EXPORT_AT - 86_400,
                ..Default::default()
            },
        )
        .expect("issue");
    let u = UnverifiedCard::from_text(card.text()).expect("parses");
    let why = u
        .verify(&trust(), EXPORT_AT)
        .expect_err("unknown key")
        .to_string();
    let bundle = fhir::export_with_unverified(
        &[],
        &[UnverifiedEntry {
            card: u,
            reason: why.clone(),
        }],
        EXPORT_AT,
    )
    .expect("export");
    check_ips_rules(&bundle, 1);
    assert_eq!(bundle["meta"]["tag"][0]["code"], "unverified");
    let p = &of_type(&bundle, "Provenance")[0];
    assert_eq!(p["extension"][0]["valueCode"], "not-verified");
    assert!(
        p["text"]["div"]
            .as_str()
            .expect("div")
            .contains(&format!("NOT VERIFIED: {why}"))
    );
    assert_eq!(
        p["agent"].as_array().map(Vec::len),
        Some(1),
        "no verifier agent"
    );
    for c in of_type(&bundle, "Condition") {
        assert_eq!(c["meta"]["tag"][0]["code"], "unverified");
        assert!(
            c["text"]["div"]
                .as_str()
                .expect("div")
                .contains("NOT VERIFIED")
        );
    }
    let comp = &bundle["entry"][0]["resource"];
    assert!(
        comp["title"]
            .as_str()
            .expect("title")
            .contains("NOT VERIFIED")
    );
    // Importing it carries the warning into the report.
    let back = fhir::import(&serde_json::to_vec(&bundle).expect("json")).expect("import");
    assert!(
        back.report.to_string().contains("NOT VERIFIED"),
        "{}",
        back.report
    );
}

// ---------------------------------------------------------------------------------------------
// A history of several clinics: the three-country journey in fixtures/journey/.

/// The journey's entries are checked as of this time.
const JOURNEY_AT: &str = "2027-02-01T00:00:00Z";

fn journey(name: &str) -> PathBuf {
    root().join("fixtures/journey").join(name)
}

fn journey_trust() -> TrustList {
    let anchor = PublicKey::read(&root().join("keys/demo-anchor.pub.pem")).expect("anchor");
    TrustList::read(&journey("trust-list.cose"), &anchor).expect("journey trust list")
}

fn journey_at() -> i64 {
    ephr::date::parse_instant(JOURNEY_AT).expect("instant")
}

/// The three entries of journey.phr, verified, in the bundle's order (Greece, Serbia, Italy).
fn journey_cards() -> Vec<VerifiedCard> {
    let bytes = std::fs::read(journey("journey.phr")).expect("journey.phr");
    let list = journey_trust();
    ephr::input::from_bytes("journey.phr", &bytes)
        .expect("a bundle")
        .iter()
        .map(|c| c.check(&list, journey_at()).result.expect("verifies"))
        .collect()
}

fn url_of<'a>(bundle: &'a Value, resource: &Value) -> &'a str {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["resource"]["id"] == resource["id"])
        .and_then(|e| e["fullUrl"].as_str())
        .expect("in the Bundle")
}

fn card_id_of(provenance: &Value) -> String {
    provenance["entity"][0]["what"]["identifier"]["value"]
        .as_str()
        .expect("card id")
        .to_string()
}

/// Card ids of the entries whose Provenance lists `url` as a target.
fn stated_by(bundle: &Value, url: &str) -> Vec<String> {
    of_type(bundle, "Provenance")
        .into_iter()
        .filter(|p| {
            p["target"]
                .as_array()
                .expect("targets")
                .iter()
                .any(|t| t["reference"] == url)
        })
        .map(card_id_of)
        .collect()
}

fn code_of(r: &Value, element: &str) -> String {
    r[element]["coding"][0]["code"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn validates(bundle: &Value, name: &str) -> Option<Value> {
    let dir = tmp();
    let path = dir.path().join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(bundle).expect("json")).expect("write");
    let r = validate_with_fhir_resources(&[path])?.remove(0);
    assert_eq!(r["ok"], true, "fhir.resources R4B rejects {r}");
    Some(r)
}

/// The Composition's encounter is the journey's latest (Italian) one.
fn assert_document_encounter_is_italy(bundle: &Value) {
    let italy = of_type(bundle, "Encounter")
        .into_iter()
        .find(|e| e["period"]["start"] == "2027-01-18")
        .expect("Italian encounter");
    assert_eq!(
        bundle["entry"][0]["resource"]["encounter"]["reference"],
        url_of(bundle, italy)
    );
}

#[test]
fn the_journey_exports_as_one_merged_history() {
    let cards = journey_cards();
    assert_eq!(cards.len(), 3);
    let ids: Vec<String> = cards
        .iter()
        .map(|c| c.claims().card_id.to_string())
        .collect();
    let bundle = fhir::export(&cards, journey_at()).expect("export");
    check_ips_rules(&bundle, 3);
    assert!(
        of_type(&bundle, "DetectedIssue").is_empty(),
        "the journey is a clean history"
    );

    // Metformin, recorded by all three clinics: one statement, the latest dose, three sources.
    let metformin: Vec<&Value> = of_type(&bundle, "MedicationStatement")
        .into_iter()
        .filter(|m| code_of(m, "medicationCodeableConcept") == "A10BA02")
        .collect();
    assert_eq!(metformin.len(), 1, "one MedicationStatement for Metformin");
    assert_eq!(metformin[0]["dosage"][0]["text"], "850 mg twice daily");
    assert_eq!(
        stated_by(&bundle, url_of(&bundle, metformin[0])),
        ids,
        "the Provenances of all three entries list it"
    );

    // One Condition per distinct problem, the latest statement of each.
    let conditions = of_type(&bundle, "Condition");
    let mut problems: Vec<String> = conditions.iter().map(|c| code_of(c, "code")).collect();
    problems.sort();
    assert_eq!(problems, ["E11.9", "R76.1"]);
    let tb = conditions
        .iter()
        .find(|c| code_of(c, "code") == "R76.1")
        .expect("latent TB");
    assert_eq!(
        code_of(tb, "verificationStatus"),
        "confirmed",
        "Italy's statement (confirmed) replaces Greece's (provisional)"
    );
    assert_eq!(tb["note"][0]["text"], "Latent TB confirmed");
    assert_eq!(
        stated_by(&bundle, url_of(&bundle, tb)),
        [ids[0].clone(), ids[2].clone()]
    );

    // Every dose is an event of its own: MMR and Td doses 1 and 2, given in Greece and Serbia.
    let doses: Vec<(String, u64, &str, Vec<String>)> = of_type(&bundle, "Immunization")
        .into_iter()
        .filter(|i| ["J07BD52", "J07AM51"].contains(&code_of(i, "vaccineCode").as_str()))
        .map(|i| {
            (
                code_of(i, "vaccineCode"),
                i["protocolApplied"][0]["doseNumberPositiveInt"]
                    .as_u64()
                    .expect("dose number"),
                i["occurrenceDateTime"].as_str().expect("date"),
                stated_by(&bundle, url_of(&bundle, i)),
            )
        })
        .collect();
    assert_eq!(doses.len(), 4, "{doses:?}");
    for (vaccine, n, date, from) in &doses {
        let (when, entry) = if *n == 1 {
            ("2026-10-14", &ids[0])
        } else {
            ("2026-11-20", &ids[1])
        };
        assert_eq!(
            (*date, from.as_slice()),
            (when, std::slice::from_ref(entry)),
            "{vaccine}"
        );
    }
    // Only what is still due: Td dose 3 (MMR dose 2 was given in Serbia).
    let due = of_type(&bundle, "ImmunizationRecommendation");
    assert_eq!(due.len(), 1);
    assert_eq!(due[0]["recommendation"][0]["doseNumberPositiveInt"], 3);
    // Every result is kept, both HbA1c values too.
    let results = of_type(&bundle, "Observation")
        .into_iter()
        .filter(|o| {
            let category = o["category"][0]["coding"][0]["code"].as_str();
            category == Some("laboratory") || category == Some("imaging")
        })
        .count();
    assert_eq!(results, 5);
    // The referral's latest statement: done, in Italy.
    let referrals = of_type(&bundle, "ServiceRequest");
    assert_eq!(referrals.len(), 1);
    assert_eq!(referrals[0]["status"], "completed");
    // The Patient and the Composition's encounter are the latest entry's.
    assert_document_encounter_is_italy(&bundle);
    let comp = &bundle["entry"][0]["resource"];
    assert_eq!(comp["author"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        of_type(&bundle, "Patient")[0]["identifier"][0]["value"],
        cards[2].claims().entry.record_id.to_string()
    );
    // The narrative says who stated what.
    let meds = comp["section"][2]["text"]["div"].as_str().expect("div");
    assert!(
        meds.contains(
            "recorded by GR-EODY-LESVOS 2026-10-14, RS-PRESEVO-HP 2026-11-20, IT-ASL-ROMA1 2027-01-18"
        ),
        "{meds}"
    );

    // Entry by entry there would be 4 medications and 4 problems; merged there are 2 and 2.
    let listed: usize = cards
        .iter()
        .map(|c| {
            let r = &c.claims().entry.record;
            r.medications.items().len() + r.problems.items().len()
        })
        .sum();
    assert_eq!(listed, 8);
    assert_eq!(
        of_type(&bundle, "MedicationStatement").len() + conditions.len(),
        4,
        "merged, not listed entry by entry"
    );

    // An EHR importing it gets the Italian encounter's record (see
    // importing_the_journey_places_each_fact_under_its_own_encounter).
    let back = fhir::import(&serde_json::to_vec(&bundle).expect("json")).expect("imports");
    assert_eq!(back.record.medications.items().len(), 2);
    assert_eq!(back.record.encounter.country, "IT");

    if let Some(r) = validates(&bundle, "journey.json") {
        assert_eq!(r["resources"]["MedicationStatement"], 2);
        assert_eq!(r["resources"]["Provenance"], 3);
    }
}

/// Imports `bundle`: the record and the report as (path, reason) pairs.
fn import_with_report(bundle: &Value) -> (Record, Vec<(String, String)>) {
    let back = fhir::import(&serde_json::to_vec(bundle).expect("json")).expect("imports");
    let lines = back
        .report
        .unmapped
        .iter()
        .map(|u| (u.path.clone(), u.reason.clone()))
        .collect();
    (back.record, lines)
}

/// `entry[k](Type)`, the report's path of a resource of the Bundle.
fn entry_path(bundle: &Value, resource: &Value) -> String {
    let k = bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .position(|e| e["resource"]["id"] == resource["id"])
        .expect("in the Bundle");
    format!(
        "entry[{k}]({})",
        resource["resourceType"].as_str().expect("type")
    )
}

/// The report says `resource` is not placed and names its own encounter (date and country).
fn assert_reported_at(lines: &[(String, String)], bundle: &Value, resource: &Value, at: &str) {
    let path = entry_path(bundle, resource);
    let why = lines
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, w)| w.as_str())
        .unwrap_or_else(|| panic!("{path} is not in the report: {lines:?}"));
    assert!(
        why.contains("not placed") && why.contains(&format!("encounter of {at}")),
        "{path}: {why}"
    );
}

fn vital_sign_observations(bundle: &Value) -> Vec<&Value> {
    of_type(bundle, "Observation")
        .into_iter()
        .filter(|o| o["category"][0]["coding"][0]["code"] == "vital-signs")
        .collect()
}

#[test]
fn importing_the_journey_places_each_fact_under_its_own_encounter() {
    let cards = journey_cards();
    let italy = &cards[2].claims().entry.record;
    let bundle = fhir::export(&cards, journey_at()).expect("export");
    let (record, lines) = import_with_report(&bundle);
    assert_eq!(
        record.encounter, italy.encounter,
        "the Composition's encounter"
    );

    // Greece measured the vital signs, Italy none: they are not Italy's, and the report names
    // each with the Greek encounter.
    assert_eq!(
        record.vital_signs, None,
        "Greek vital signs under the Italian visit"
    );
    let vitals = vital_sign_observations(&bundle);
    assert_eq!(vitals.len(), 4, "height, weight, BMI, blood pressure");
    for v in &vitals {
        assert_reported_at(&lines, &bundle, v, "2026-10-14 in GR (Lesvos RIC");
    }
    assert_eq!(lines.len(), 4, "nothing else is left out: {lines:?}");

    // Problems, medications and the referral were stated again in Italy: the record holds
    // Italy's statements (R76.1 confirmed, the referral done), not Greece's.
    assert_eq!(record.problems, italy.problems);
    assert_eq!(record.medications, italy.medications);
    assert_eq!(record.referrals, italy.referrals);

    // Results and doses keep their own dates: nothing of Greece or Serbia is dated 2027-01-18,
    // and no earlier dose is "given here".
    let mut results: Vec<(&str, Option<&str>)> = record
        .results
        .iter()
        .map(|r| (r.loinc.as_str(), r.date.as_deref()))
        .collect();
    results.sort();
    assert_eq!(
        results,
        [
            ("1558-6", Some("2026-11-20")),
            ("36643-5", Some("2027-01-18")),
            ("4548-4", Some("2026-10-14")),
            ("4548-4", Some("2027-01-18")),
            ("71773-6", Some("2026-10-14")),
        ]
    );
    let doses = &record.immunizations.as_ref().expect("doses").doses;
    assert_eq!(doses.len(), 5);
    for d in doses {
        assert_ne!(d.source, ephr::record::EvidenceSource::GivenHere, "{d:?}");
        assert_ne!(d.date.as_deref(), Some("2027-01-18"), "{d:?}");
    }
    // The standing facts are kept: the allergy, its alert, the dose still due.
    assert_eq!(record.allergies.items().len(), 1);
    assert_eq!(record.alerts.len(), 1);
    assert_eq!(record.vaccinations_due.len(), 1);
    // And the record can be issued as the Italian entry.
    let card = issue(&record, 4, 4);
    ephr::verify_text(card.text(), &trust(), journey_at()).expect("issued from the import");
}

#[test]
fn importing_greece_and_serbia_reports_what_serbia_did_not_state() {
    let cards = journey_cards();
    let serbia = &cards[1].claims().entry.record;
    let bundle = fhir::export(&cards[..2], journey_at()).expect("export");
    let (record, lines) = import_with_report(&bundle);
    assert_eq!(record.encounter, serbia.encounter);
    let greece = "2026-10-14 in GR (Lesvos RIC";

    // Greece's vital signs, its provisional latent TB (no onset) and its referral are not
    // Serbia's: each is reported with the Greek encounter.
    assert_eq!(record.vital_signs, None);
    for v in vital_sign_observations(&bundle) {
        assert_reported_at(&lines, &bundle, v, greece);
    }
    let tb = of_type(&bundle, "Condition")
        .into_iter()
        .find(|c| code_of(c, "code") == "R76.1")
        .expect("R76.1");
    assert_reported_at(&lines, &bundle, tb, greece);
    let referral = of_type(&bundle, "ServiceRequest")[0];
    assert_reported_at(&lines, &bundle, referral, greece);
    assert!(record.referrals.is_empty(), "{:?}", record.referrals);

    // Diabetes has its own onset (2020): a standing problem, carried; Metformin was stated in
    // Serbia too, with Serbia's dose.
    let problems: Vec<(&str, Option<&str>)> = record
        .problems
        .items()
        .iter()
        .map(|p| (p.icd10.as_str(), p.onset.as_deref()))
        .collect();
    assert_eq!(problems, [("E11.9", Some("2020"))]);
    assert_eq!(record.medications, serbia.medications);
    // Greece's results stay dated 2026-10-14; its doses are documented, not given in Serbia.
    assert!(
        record
            .results
            .iter()
            .filter(|r| r.loinc == "71773-6")
            .all(|r| r.date.as_deref() == Some("2026-10-14"))
    );
    for d in &record.immunizations.as_ref().expect("doses").doses {
        if d.date.as_deref() == Some("2026-10-14") {
            assert_eq!(d.source, ephr::record::EvidenceSource::Documented, "{d:?}");
        }
    }
    assert_eq!(
        lines.len(),
        6,
        "4 vital signs, R76.1 and the referral: {lines:?}"
    );
}

#[test]
fn the_merged_export_does_not_depend_on_the_input_order() {
    let cards = journey_cards();
    let one =
        serde_json::to_string(&fhir::export(&cards, journey_at()).expect("export")).expect("json");
    for order in [[2, 1, 0], [1, 2, 0], [0, 2, 1]] {
        let shuffled: Vec<VerifiedCard> = order.iter().map(|&i| cards[i].clone()).collect();
        let other = fhir::export(&shuffled, journey_at()).expect("export");
        assert_eq!(
            one,
            serde_json::to_string(&other).expect("json"),
            "order {order:?}"
        );
    }
    // The same entry twice counts once.
    let mut twice = cards.clone();
    twice.push(cards[1].clone());
    let twice = fhir::export(&twice, journey_at()).expect("export");
    assert_eq!(one, serde_json::to_string(&twice).expect("json"));
}

/// The journey's Italian entry followed by Greece, saying "no known allergies".
fn no_known_allergies_after_italy(it: &VerifiedCard) -> VerifiedCard {
    let record = ephr::issue::follow_up_record(
        r#"{"encounter":{"date":"2027-01-25","country":"GR"},"allergies":"none_known"}"#,
        &it.claims().entry.record,
    )
    .expect("follow-up record");
    let greece = Issuer::new(SecretKey::from_seed(&[0x47; 32]), "GR-EODY-LESVOS").expect("issuer");
    let at = ephr::date::parse_instant("2027-01-25T10:00:00Z").expect("instant");
    let card = greece
        .issue(&record, &ephr::issue::follow_up_options(it, at))
        .expect("issue");
    ephr::verify_text(card.text(), &journey_trust(), journey_at()).expect("verifies")
}

#[test]
fn findings_of_the_history_become_detected_issues() {
    let cards = journey_cards();
    // Italy follows Serbia, which is left out: a gap.
    let bundle = fhir::export(&[cards[0].clone(), cards[2].clone()], journey_at()).expect("export");
    check_ips_rules(&bundle, 2);
    let issues = of_type(&bundle, "DetectedIssue");
    assert_eq!(issues.len(), 1);
    let gap = issues[0];
    assert_eq!(gap["code"]["coding"][0]["code"], "gap");
    assert_eq!(gap["severity"], "moderate");
    assert!(gap["detail"].as_str().expect("detail").contains("gap"));
    let italy = of_type(&bundle, "Provenance")
        .into_iter()
        .find(|p| card_id_of(p) == cards[2].claims().card_id.to_string())
        .expect("Italy's Provenance");
    assert_eq!(gap["implicated"][0]["reference"], url_of(&bundle, italy));
    let comp = &bundle["entry"][0]["resource"];
    let alerts = comp["section"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| code_of(s, "code") == "104605-1")
        .expect("Alerts section");
    assert!(
        alerts["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .any(|e| e["reference"] == url_of(&bundle, gap))
    );
    assert!(
        alerts["text"]["div"]
            .as_str()
            .expect("div")
            .contains("WARNING")
    );
    validates(&bundle, "gap.json");

    // Greece later records "no known allergies": a conflict with the penicillin allergy.
    let later = no_known_allergies_after_italy(&cards[2]);
    let mut all = cards.clone();
    all.push(later.clone());
    let bundle = fhir::export(&all, journey_at()).expect("export");
    check_ips_rules(&bundle, 4);
    let issues = of_type(&bundle, "DetectedIssue");
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0]["code"]["coding"][0]["code"], "conflict");
    let implicated: Vec<String> = issues[0]["implicated"]
        .as_array()
        .expect("implicated")
        .iter()
        .map(|r| {
            of_type(&bundle, "Provenance")
                .into_iter()
                .find(|p| url_of(&bundle, p) == r["reference"])
                .map(card_id_of)
                .expect("a Provenance")
        })
        .collect();
    assert_eq!(
        implicated,
        [
            cards[0].claims().card_id.to_string(),
            later.claims().card_id.to_string()
        ]
    );
    // The allergy stays, as in the history; "no known allergies" is not exported beside it.
    assert_eq!(of_type(&bundle, "AllergyIntolerance").len(), 1);
    if let Some(r) = validates(&bundle, "conflict.json") {
        assert_eq!(r["resources"]["DetectedIssue"], 1);
    }
}

#[test]
fn unverified_entries_are_never_merged_with_the_verified_history() {
    let cards = journey_cards();
    // A card of the same record, signed with a key the trust list does not know.
    let forger = Issuer::new(SecretKey::from_seed(&[0x66; 32]), "IT-ASL-ROMA1").expect("issuer");
    let mut record = cards[2].claims().entry.record.clone();
    record.encounter.date = "2027-01-28".into();
    let forged = forger
        .issue(
            &record,
            &IssueOptions {
                issued_at: journey_at() - 3_600,
                record_id: Some(cards[0].claims().entry.record_id.clone()),
                card_id: Some(CardId(vec![0x66; 8])),
                ..Default::default()
            },
        )
        .expect("issue");
    let u = UnverifiedCard::from_text(forged.text()).expect("parses");
    let why = u
        .verify(&journey_trust(), journey_at())
        .expect_err("unknown key")
        .to_string();
    let bundle = fhir::export_with_unverified(
        &cards,
        &[UnverifiedEntry {
            card: u,
            reason: why,
        }],
        journey_at(),
    )
    .expect("export");
    check_ips_rules(&bundle, 4);
    assert_eq!(bundle["meta"]["tag"][0]["code"], "unverified");
    let (tagged, clean): (Vec<&Value>, Vec<&Value>) = of_type(&bundle, "MedicationStatement")
        .into_iter()
        .filter(|m| code_of(m, "medicationCodeableConcept") == "A10BA02")
        .partition(|m| m["meta"]["tag"][0]["code"] == "unverified");
    assert_eq!(
        (tagged.len(), clean.len()),
        (1, 1),
        "the verified fact, and the unverified statement beside it"
    );
    assert_eq!(
        stated_by(&bundle, url_of(&bundle, tagged[0])),
        ["6666666666666666"]
    );
    assert_eq!(stated_by(&bundle, url_of(&bundle, clean[0])).len(), 3);
    assert!(
        tagged[0]["text"]["div"]
            .as_str()
            .expect("div")
            .contains("NOT VERIFIED")
    );
    // The Patient and the document's encounter come from the verified history.
    assert!(of_type(&bundle, "Patient")[0].get("meta").is_none());
    assert_document_encounter_is_italy(&bundle);
    validates(&bundle, "unverified.json");
}

fn journey_export(inputs: &[PathBuf], out: &Path) -> std::process::Output {
    ephr()
        .args(["fhir", "export"])
        .args(inputs)
        .arg("--trust")
        .arg(journey("trust-list.cose"))
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"))
        .args(["--at", JOURNEY_AT, "--out"])
        .arg(out)
        .output()
        .expect("run")
}

#[test]
fn cli_exports_the_journey_as_one_history() {
    let dir = tmp();
    let ips = dir.path().join("ips.json");
    let out = journey_export(&[journey("journey.phr")], &ips);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("merged"), "{stderr}");
    let doc: Value = serde_json::from_slice(&std::fs::read(&ips).expect("written")).expect("json");
    assert_eq!(
        doc,
        fhir::export(&journey_cards(), journey_at()).expect("export")
    );
    // A gap is reported on the terminal too (into a new file: an existing one is refused).
    let ips = dir.path().join("ips-gap.json");
    let out = journey_export(&[journey("1-gr.txt"), journey("3-it.txt")], &ips);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("WARNING") && stderr.contains("gap"),
        "{stderr}"
    );
}

/// An entry signed by a trusted key (Serbia's) with the Greek entry's record id but naming
/// another person: `ephr verify` says PROBLEM (identity-mismatch) for the two together.
fn impostor_of(gr: &VerifiedCard) -> ephr::IssuedCard {
    let pem = std::fs::read_to_string(journey("keys/RS-PRESEVO-HP.key.pem")).expect("key");
    let key = SecretKey::from_pem(&pem, None, "RS key").expect("key");
    let serbia = Issuer::new(key, "RS-PRESEVO-HP").expect("issuer");
    let mut record = gr.claims().entry.record.clone();
    record.patient.name_latin = Some(ephr::record::Name {
        family: Some("OTHER".into()),
        given: Some("PERSON".into()),
    });
    serbia
        .issue(
            &record,
            &IssueOptions {
                issued_at: journey_at() - 86_400,
                record_id: Some(gr.claims().entry.record_id.clone()),
                card_id: Some(CardId(vec![0x55; 8])),
                ..Default::default()
            },
        )
        .expect("issue")
}

#[test]
fn entries_naming_different_persons_are_not_exported() {
    let gr = journey_cards().remove(0);
    let impostor = impostor_of(&gr);
    let other = ephr::verify_text(impostor.text(), &journey_trust(), journey_at()).expect("valid");
    match fhir::export(&[gr.clone(), other.clone()], journey_at()) {
        Err(ExportError::HistoryProblem { code, detail }) => {
            assert_eq!(code, "identity-mismatch");
            assert!(detail.contains("different person"), "{detail}");
        }
        r => panic!("expected HistoryProblem, got {r:?}"),
    }
    // Not even with an unverified card beside them.
    assert!(matches!(
        fhir::export_with_unverified(&[other, gr], &[], journey_at()),
        Err(ExportError::HistoryProblem { .. })
    ));

    let dir = tmp();
    let card = write(&dir, "impostor.txt", impostor.text().to_owned() + "\n");
    let ips = dir.path().join("ips.json");
    let out = journey_export(&[journey("1-gr.txt"), card], &ips);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("identity-mismatch"), "{stderr}");
    assert!(stderr.contains("export each person separately"), "{stderr}");
    assert!(!ips.exists(), "nothing written");
}

#[test]
fn an_unverified_card_never_supplies_the_patient() {
    let gr = journey_cards().remove(0);
    // Signed by a key the trust list does not know, later than every verified entry.
    let forger = Issuer::new(SecretKey::from_seed(&[0x66; 32]), "GR-EODY-LESVOS").expect("issuer");
    let mut record = gr.claims().entry.record.clone();
    record.patient.name_latin = Some(ephr::record::Name {
        family: Some("FORGED".into()),
        given: Some("NAME".into()),
    });
    record.patient.name = None;
    let forged = forger
        .issue(
            &record,
            &IssueOptions {
                issued_at: journey_at() - 60,
                record_id: Some(gr.claims().entry.record_id.clone()),
                card_id: Some(CardId(vec![0x66; 8])),
                ..Default::default()
            },
        )
        .expect("issue");
    let names = |doc: &Value| -> String {
        let p = of_type(doc, "Patient");
        assert_eq!(p.len(), 1);
        p[0]["name"].to_string()
    };
    let clean = fhir::export(std::slice::from_ref(&gr), journey_at()).expect("export");
    let u = UnverifiedCard::from_text(forged.text()).expect("parses");
    let bundle = fhir::export_with_unverified(
        std::slice::from_ref(&gr),
        &[UnverifiedEntry {
            card: u.clone(),
            reason: "unknown key".into(),
        }],
        journey_at(),
    )
    .expect("export");
    check_ips_rules(&bundle, 2);
    assert_eq!(names(&bundle), names(&clean));
    assert!(!names(&bundle).contains("FORGED"));
    let patient = of_type(&bundle, "Patient")[0];
    assert!(
        patient.get("meta").is_none(),
        "the verified Patient: {patient}"
    );
    // Without any verified entry, the unverified card names the person, marked as such.
    let alone = fhir::export_with_unverified(
        &[],
        &[UnverifiedEntry {
            card: u,
            reason: "unknown key".into(),
        }],
        journey_at(),
    )
    .expect("export");
    let patient = of_type(&alone, "Patient")[0];
    assert!(names(&alone).contains("FORGED"));
    assert_eq!(patient["meta"]["tag"][0]["code"], "unverified");

    // The same through the command.
    let dir = tmp();
    let card = write(&dir, "forged.txt", forged.text().to_owned() + "\n");
    let ips = dir.path().join("ips.json");
    let out = ephr()
        .args(["fhir", "export"])
        .arg(journey("1-gr.txt"))
        .arg(&card)
        .arg("--trust")
        .arg(journey("trust-list.cose"))
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"))
        .args(["--at", JOURNEY_AT, "--include-unverified", "--out"])
        .arg(&ips)
        .output()
        .expect("run");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a card is not valid: {stderr}");
    let doc: Value = serde_json::from_slice(&std::fs::read(&ips).expect("written")).expect("json");
    assert_eq!(names(&doc), names(&clean));
}

// ---------------------------------------------------------------------------------------------
// Import of an EHR's document.

fn example_path(ext: &str) -> PathBuf {
    root().join(format!("fixtures/fhir/ehr-ips-example.{ext}"))
}

#[test]
fn the_ehr_example_imports_to_the_committed_record_and_report() {
    let bytes = std::fs::read(example_path("json")).expect("example bundle");
    let got = fhir::import(&bytes).expect("imports");
    let record = got.record.to_json() + "\n";
    let report = got.report.to_string();
    if std::env::var("EPHR_BLESS").as_deref() == Ok("1") {
        std::fs::write(example_path("record.json"), &record).expect("write record");
        std::fs::write(example_path("report.txt"), &report).expect("write report");
    }
    assert_eq!(
        record,
        std::fs::read_to_string(example_path("record.json")).expect("committed record"),
        "run with EPHR_BLESS=1 after a deliberate mapping change"
    );
    assert_eq!(
        report,
        std::fs::read_to_string(example_path("report.txt")).expect("committed report")
    );
    // What the report must say, whatever the wording of the rest.
    for needle in [
        "SNOMED CT 195967001 \"Asthma\" has no WHO ICD-10 coding; not imported: add an ICD-10 coding",
        "\"Herbal tea from home (unknown content)\" has no WHO ATC coding",
        "CVX 141",
        "Procedure SNOMED CT 80146002",
        "patient-birthPlace",
        "identifiers are not carried",
        "Social History",
        "DocumentReference",
        "81.25 rounded to 81.3",
    ] {
        assert!(
            report.contains(needle),
            "the report names {needle}:\n{report}"
        );
    }
    // The imported record is ready to issue.
    let card = issue(&got.record, 3, 3);
    ephr::verify_text(card.text(), &trust(), EXPORT_AT).expect("issued from the import");
}

fn example() -> Value {
    serde_json::from_slice(&std::fs::read(example_path("json")).expect("example")).expect("json")
}

fn import_value(v: &Value) -> Result<fhir::Imported, ImportError> {
    fhir::import(&serde_json::to_vec(v).expect("json"))
}

#[test]
fn import_rejects_what_it_cannot_read() {
    let big = vec![b' '; fhir::MAX_BUNDLE_BYTES + 1];
    assert!(matches!(
        fhir::import(&big),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(
        fhir::import(b"{\"resourceType\":"),
        Err(ImportError::NotJson(_))
    ));
    assert!(matches!(
        fhir::import(b"\xff\xfe"),
        Err(ImportError::NotJson(_))
    ));
    assert_eq!(
        import_value(&json!({"resourceType": "Patient"})).err(),
        Some(ImportError::NotABundle("Patient".into()))
    );
    assert_eq!(
        import_value(&json!([1, 2])).err(),
        Some(ImportError::NotFhir(false))
    );
    // An ephr record given by mistake is named as one.
    let record = std::fs::read(root().join("fixtures/records/reference-full.json")).unwrap();
    let e = fhir::import(&record).unwrap_err();
    assert_eq!(e, ImportError::NotFhir(true));
    assert!(e.to_string().contains("it is an ephr record"), "{e}");
    let mut b = example();
    b["type"] = json!("collection");
    assert_eq!(
        import_value(&b).err(),
        Some(ImportError::NotADocument("collection".into()))
    );
    let mut b = example();
    b["entry"].as_array_mut().expect("entries").remove(0);
    assert_eq!(import_value(&b).err(), Some(ImportError::NoComposition));
    let mut b = example();
    b["entry"][0]["resource"]["type"]["coding"][0]["code"] = json!("34133-9");
    assert!(matches!(
        import_value(&b),
        Err(ImportError::NotAPatientSummary(t)) if t.contains("34133-9")
    ));
    let mut b = example();
    b["entry"][0]["resource"]["subject"]["reference"] = json!("urn:uuid:missing");
    assert_eq!(import_value(&b).err(), Some(ImportError::NoPatient));
    let mut b = example();
    b["entry"][0]["resource"]["subject"] = b["entry"][0]["resource"]["author"][0].clone();
    assert_eq!(
        import_value(&b).err(),
        Some(ImportError::NoPatient),
        "subject is not a Patient"
    );
    let mut b = example();
    let comp = b["entry"][0]["resource"]
        .as_object_mut()
        .expect("composition");
    comp.remove("encounter");
    comp.remove("date");
    assert_eq!(import_value(&b).err(), Some(ImportError::NoEncounterDate));
    let mut b = example();
    b["entry"][4]["resource"]["address"]["country"] = json!("DEU");
    b["entry"][2]["resource"]["address"][0]["country"] = json!("Germany");
    assert_eq!(
        import_value(&b).err(),
        Some(ImportError::NoEncounterCountry)
    );
    let mut b = example();
    b["entry"][1]["resource"]["name"][0]["family"] = json!("رحیمی");
    match import_value(&b) {
        Err(ImportError::Invalid(e)) => {
            assert!(e.to_string().contains("patient.name_latin"), "{e}")
        }
        other => panic!("a non-Latin name without transliteration: {other:?}"),
    }
}

/// The example with `extra` small entries appended (`Basic`, by `urn:uuid` and by `Type/id`),
/// the last `refs` of them listed in a section of their own. The references name the latest
/// entries, the worst case for a lookup that scans the Bundle.
fn padded_example(extra: usize, refs: usize) -> Vec<u8> {
    let mut doc = example();
    let entries = doc["entry"].as_array_mut().expect("entries");
    for i in 0..extra {
        entries.push(json!({
            "fullUrl": format!("urn:uuid:00000000-0000-4000-8000-{i:012}"),
            "resource": { "resourceType": "Basic", "id": format!("b{i}") },
        }));
    }
    let listed: Vec<Value> = (extra - refs..extra)
        .map(|i| {
            json!({ "reference": if i % 2 == 0 {
                format!("urn:uuid:00000000-0000-4000-8000-{i:012}")
            } else {
                format!("Basic/b{i}")
            } })
        })
        .collect();
    doc["entry"][0]["resource"]["section"]
        .as_array_mut()
        .expect("sections")
        .push(json!({ "title": "Other", "code": { "text": "other" }, "entry": listed }));
    let bytes = serde_json::to_vec(&doc).expect("json");
    assert!(
        bytes.len() <= fhir::MAX_BUNDLE_BYTES,
        "{} bytes",
        bytes.len()
    );
    bytes
}

#[test]
fn import_of_a_large_bundle_is_linear_and_bounded() {
    // Within the limits: every listed reference is found (reported as not carried, not as
    // missing), and the record is the example's.
    let bytes = padded_example(
        fhir::MAX_BUNDLE_ENTRIES - 100,
        fhir::MAX_SECTION_REFERENCES - 50,
    );
    let imported = fhir::import(&bytes).expect("imports");
    let plain = import_value(&example()).expect("imports");
    assert_eq!(imported.record, plain.record);
    let report = imported.report.to_string();
    assert!(
        !report.contains("is not in the Bundle"),
        "every reference resolves"
    );
    let listed = imported
        .report
        .unmapped
        .iter()
        .filter(|u| u.path.contains("(Basic)") && !u.reason.contains("not listed in any section"))
        .count();
    assert_eq!(listed, fhir::MAX_SECTION_REFERENCES - 50);
    // 20 000 entries and 2 000 references (1.5 MB): refused, by type, before any lookup.
    let bytes = padded_example(20_000, 2_000);
    assert!(matches!(
        fhir::import(&bytes),
        Err(ImportError::TooManyEntries { count, max }) if count > 20_000 && max == fhir::MAX_BUNDLE_ENTRIES
    ));
    // Few entries, but too many references.
    let bytes = padded_example(3_000, 2_000);
    assert!(matches!(
        fhir::import(&bytes),
        Err(ImportError::TooManySectionReferences { count, max })
            if count > 2_000 && max == fhir::MAX_SECTION_REFERENCES
    ));
}

#[test]
fn import_falls_back_to_the_composition_date_and_author_country() {
    let mut b = example();
    b["entry"][0]["resource"]
        .as_object_mut()
        .expect("composition")
        .remove("encounter");
    let got = import_value(&b).expect("imports");
    assert_eq!(got.record.encounter.date, "2026-09-03");
    assert_eq!(got.record.encounter.country, "DE");
    assert_eq!(got.record.encounter.site, None);
}

#[test]
fn an_ehr_measurement_of_another_visit_is_reported_not_placed() {
    let mut b = example();
    let entries = b["entry"].as_array_mut().expect("entries");
    // An earlier visit of the same EHR, at the same site.
    let mut earlier = entries[3].clone();
    earlier["fullUrl"] = "urn:uuid:0e0e0e0e-0000-4000-8000-000000000001".into();
    earlier["resource"]["id"] = "0e0e0e0e-0000-4000-8000-000000000001".into();
    earlier["resource"]["period"]["start"] = "2026-06-01".into();
    entries.push(earlier);
    let earlier_ref = json!({ "reference": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000001" });
    // Blood pressure taken at that visit (Observation.encounter), weight on another day (no
    // encounter named), the HbA1c at that visit without a date of its own.
    entries[14]["resource"]["encounter"] = earlier_ref.clone();
    entries[15]["resource"]["effectiveDateTime"] = "2026-08-20".into();
    entries[13]["resource"]["encounter"] = earlier_ref;
    entries[13]["resource"]
        .as_object_mut()
        .expect("observation")
        .remove("effectiveDateTime");
    let got = import_value(&b).expect("imports");
    assert_eq!(got.record.encounter.date, "2026-09-03");
    assert_eq!(
        got.record.vital_signs, None,
        "neither measurement is of this visit"
    );
    let why = |path: &str| {
        got.report
            .unmapped
            .iter()
            .find(|u| u.path == path)
            .map(|u| u.reason.clone())
            .unwrap_or_else(|| panic!("{path} not reported:\n{}", got.report))
    };
    let bp = why("entry[14](Observation)");
    assert!(
        bp.contains("encounter of 2026-06-01 in DE (UKGM Ambulanz Giessen")
            && bp.contains("not placed"),
        "{bp}"
    );
    let weight = why("entry[15](Observation)");
    assert!(
        weight.contains("measured on 2026-08-20") && weight.contains("not placed"),
        "{weight}"
    );
    // A result keeps a date: it is carried, dated with its own visit.
    assert_eq!(got.record.results.len(), 1);
    assert_eq!(got.record.results[0].date.as_deref(), Some("2026-06-01"));
}

#[test]
fn empty_reasons_and_no_known_codes_map_to_the_record_lists() {
    let mut b = example();
    let sections = b["entry"][0]["resource"]["section"]
        .as_array_mut()
        .expect("sections");
    sections[0]
        .as_object_mut()
        .expect("problems")
        .remove("entry");
    sections[0]["emptyReason"] = json!({"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason", "code": "nilknown"}]});
    sections[1]
        .as_object_mut()
        .expect("allergies")
        .remove("entry");
    sections[1]["emptyReason"] = json!({"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason", "code": "unavailable"}]});
    let got = import_value(&b).expect("imports");
    assert_eq!(got.record.problems, ephr::record::Listed::NoneKnown);
    assert_eq!(got.record.allergies, ephr::record::Listed::NotRecorded);
}

// ---------------------------------------------------------------------------------------------
// Robustness.

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[a-zA-Z0-9:/._-]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("Bundle"),
            Just("document"),
            Just("Composition"),
            Just("Patient"),
            Just("Condition"),
            Just("Observation"),
            Just("http://loinc.org"),
            Just("60591-5"),
            Just("11450-4"),
            Just("8716-3"),
            Just("2026-09-03"),
            Just("urn:uuid:x"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("resourceType".to_string()),
                    Just("type".to_string()),
                    Just("entry".to_string()),
                    Just("resource".to_string()),
                    Just("fullUrl".to_string()),
                    Just("reference".to_string()),
                    Just("section".to_string()),
                    Just("code".to_string()),
                    Just("coding".to_string()),
                    Just("subject".to_string()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn import_never_panics_on_arbitrary_json(v in arb_json()) {
        let _ = import_value(&v);
        let bundle = json!({"resourceType": "Bundle", "type": "document", "entry": [v]});
        let _ = import_value(&bundle);
    }

    #[test]
    fn import_never_panics_on_a_damaged_example(entry in 0usize..18, key in "[a-zA-Z]{1,12}", v in arb_json()) {
        let mut b = example();
        let r = &mut b["entry"][entry]["resource"];
        let keys: Vec<String> = r.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default();
        let k = keys.iter().find(|k| k.starts_with(key.chars().next().unwrap_or('a'))).cloned().unwrap_or(key);
        r[k.as_str()] = v;
        let _ = import_value(&b);
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = fhir::import(&bytes);
    }
}

// ---------------------------------------------------------------------------------------------
// The commands.

#[test]
fn cli_export_then_import_gives_the_record_back() {
    let dir = tmp();
    let card = write(
        &dir,
        "card.txt",
        issue(&reference(), 1, 1).text().to_owned() + "\n",
    );
    let ips = dir.path().join("ips.json");
    let out = ephr()
        .args(["fhir", "export"])
        .arg(&card)
        .args(demo_trust())
        .args(["--at", "2027-01-01T00:00:00Z", "--out"])
        .arg(&ips)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let record = dir.path().join("record.json");
    let report = dir.path().join("report.txt");
    let out = ephr()
        .args(["fhir", "import"])
        .arg(&ips)
        .arg("--out")
        .arg(&record)
        .arg("--report")
        .arg(&report)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The record as `ephr issue` reads it. The card carried everything on one (core) card, so
    // the items the defaults would keep confidential come back marked not confidential: the
    // export labelled them N, and the next card keeps them where this one had them.
    let back =
        ephr::record::MarkedRecord::from_json(&std::fs::read_to_string(&record).expect("record"))
            .expect("valid");
    assert_eq!(back.record, reference());
    let defaults = ephr::record::MarkedRecord::new(reference()).confidential_items();
    assert!(
        !defaults.is_empty(),
        "the reference record has sensitive items"
    );
    assert_eq!(
        back.overrides,
        defaults.iter().map(|i| (*i, false)).collect(),
        "N-labelled items are marked \"confidential\": false"
    );
    assert!(back.confidential_items().is_empty());
    assert!(
        std::fs::read_to_string(&report)
            .expect("report")
            .contains("everything")
    );
}

#[cfg(unix)]
#[test]
fn cli_writes_health_data_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).expect("written").permissions().mode() & 0o777;
    let dir = tmp();
    let card = write(
        &dir,
        "card.txt",
        issue(&reference(), 1, 1).text().to_owned() + "\n",
    );
    let export = |ips: &Path| {
        ephr()
            .args(["fhir", "export"])
            .arg(&card)
            .args(demo_trust())
            .args(["--at", "2027-01-01T00:00:00Z", "--out"])
            .arg(ips)
            .output()
            .expect("run")
    };
    // An existing file (perhaps the previous person's export) is refused and left as it was.
    let old = write(&dir, "old.json", "old");
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = export(&old);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read(&old).expect("kept"), b"old");
    let ips = dir.path().join("ips.json");
    assert_eq!(export(&ips).status.code(), Some(0));
    assert_eq!(mode(&ips), 0o600);
    let record = dir.path().join("record.json");
    let report = dir.path().join("report.txt");
    let out = ephr()
        .args(["fhir", "import"])
        .arg(&ips)
        .arg("--out")
        .arg(&record)
        .arg("--report")
        .arg(&report)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(mode(&record), 0o600);
    assert_eq!(mode(&report), 0o600);
}

#[test]
fn cli_export_refuses_an_invalid_card_unless_asked() {
    let dir = tmp();
    let good = issue(&reference(), 1, 1).into_text();
    let mut bad = good.clone();
    // Changing one base45 character breaks the zlib stream or the signature.
    bad.replace_range(40..41, if &good[40..41] == "A" { "B" } else { "A" });
    let cards = write(&dir, "cards.txt", format!("{good}\n{bad}\n"));
    let ips = dir.path().join("ips.json");
    let run = |extra: &[&str]| {
        ephr()
            .args(["fhir", "export"])
            .arg(&cards)
            .args(demo_trust())
            .args(["--at", "2027-01-01T00:00:00Z", "--out"])
            .arg(&ips)
            .args(extra)
            .output()
            .expect("run")
    };
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--include-unverified"));
    assert!(!ips.exists(), "nothing written when a card is not valid");
    let out = run(&["--include-unverified"]);
    assert_eq!(out.status.code(), Some(1), "still says a card is not valid");
    // The damaged card may not even decode; the valid one is exported either way.
    let doc: Value = serde_json::from_slice(&std::fs::read(&ips).expect("written")).expect("json");
    assert!(!of_type(&doc, "Provenance").is_empty());
}

#[test]
fn cli_usage_errors_exit_2() {
    let dir = tmp();
    let out = ephr()
        .args(["fhir", "export", "/nonexistent/card.txt"])
        .args(demo_trust())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let not_json = write(&dir, "x.json", "not json");
    let out = ephr()
        .args(["fhir", "import"])
        .arg(&not_json)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a FHIR JSON document"));
    let out = ephr()
        .args(["fhir", "import", "/nonexistent.json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = ephr()
        .args(["fhir", "export", "--help"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Examples:"));
}
