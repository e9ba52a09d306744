//! Evidence for issue 13, the FHIR part: HL7 confidentiality security labels.
//!
//! - The reference-confidential record, issued as a core and a confidential card (at test time,
//!   `support/confidential.rs`), exports with `R` on exactly the resources made from its
//!   confidential items, none on the others, and `R` on the Composition and the Bundle; the core
//!   card alone exports with no `R` or `V` anywhere; both validate with fhir.resources.
//! - Export → import gives the marks back, also through `ephr fhir import`, in JSON that
//!   `MarkedRecord::from_json` (`ephr issue`) reads; an unlabelled document imports with no
//!   marks; an EHR's labels (`V`, `N`, none, other systems, unknown codes, a label on an allergy)
//!   map as docs/FHIR.md says, and what does not map is reported.
//! - The journey exports the same with and without the confidential follow-up, but for the
//!   follow-up's resources, labelled `R`.

#[path = "support/fhir.rs"]
mod fhir_support;
#[path = "support/confidential.rs"]
mod shared;
mod support;

use std::collections::{BTreeMap, BTreeSet};

use ephr::fhir::{self, CONFIDENTIALITY};
use ephr::record::{Item, MarkedRecord};
use ephr::{TrustList, VerifiedCard};
use serde_json::{Value, json};

use fhir_support::{of_type, resources, validate_with_fhir_resources};
use shared::{CHECK_AT, at, hiv_follow_up, issued, journey_list, reference, trust};
use support::{ephr, root, tmp};

/// The resources made from a record's facts.
const CLINICAL: &[&str] = &[
    "Condition",
    "AllergyIntolerance",
    "MedicationStatement",
    "Immunization",
    "Observation",
    "ServiceRequest",
    "ImmunizationRecommendation",
    "Flag",
];

/// The LOINC codes of the pregnancy section's Observations.
const PREGNANCY: &[&str] = &["82810-3", "11778-8", "49051-6", "11996-6", "11977-6"];

/// The v3-Confidentiality label of a resource (or of the Bundle), if any.
fn label(r: &Value) -> Option<&str> {
    let s = r["meta"]["security"].as_array()?;
    assert!(s.len() <= 1, "one label at most: {s:?}");
    let s = &s[0];
    assert_eq!(s["system"], CONFIDENTIALITY);
    s["code"].as_str()
}

/// What a clinical resource is about: its code, the service of a referral, the text of an alert.
fn key(r: &Value) -> String {
    let code = |e: &str| r[e]["coding"][0]["code"].as_str().map(str::to_owned);
    match r["resourceType"].as_str().unwrap_or("") {
        "MedicationStatement" => code("medicationCodeableConcept"),
        "Immunization" => code("vaccineCode"),
        "ServiceRequest" => r["performerType"]["text"].as_str().map(str::to_owned),
        "Flag" => r["code"]["text"].as_str().map(str::to_owned),
        _ => code("code"),
    }
    .unwrap_or_else(|| r["resourceType"].as_str().unwrap_or("").to_owned())
}

/// The keys of the items `m` keeps confidential, as [`key`] names their resources.
fn confidential_keys(m: &MarkedRecord) -> BTreeSet<String> {
    let r = &m.record;
    m.confidential_items()
        .into_iter()
        .flat_map(|i| match i {
            Item::Problem(n) => vec![r.problems.items()[n].icd10.clone()],
            Item::Medication(n) => vec![r.medications.items()[n].atc.clone()],
            Item::Result(n) => vec![r.results[n].loinc.clone()],
            Item::Referral(n) => vec![r.referrals[n].to.clone()],
            Item::Alert(n) => vec![r.alerts[n].text.clone()],
            Item::Pregnancy => {
                let p = r.pregnancy.as_ref().expect("pregnancy");
                let parts = [
                    true,
                    p.expected_delivery.is_some(),
                    p.gestational_weeks.is_some(),
                    p.gravida.is_some(),
                    p.para.is_some(),
                ];
                PREGNANCY
                    .iter()
                    .zip(parts)
                    .filter(|(_, present)| *present)
                    .map(|(c, _)| (*c).to_owned())
                    .collect()
            }
            Item::MentalHealth => vec!["mental-health-screening".into()],
        })
        .collect()
}

/// The keys of the clinical resources of `bundle` with label `code` (`None`: unlabelled).
fn keys_labelled(bundle: &Value, code: Option<&str>) -> BTreeSet<String> {
    resources(bundle)
        .into_iter()
        .filter(|r| CLINICAL.contains(&r["resourceType"].as_str().unwrap_or("")))
        .filter(|r| label(r) == code)
        .map(key)
        .collect()
}

fn verify(text: &str, list: &TrustList) -> VerifiedCard {
    ephr::verify_text(text, list, at(CHECK_AT)).expect("verifies")
}

/// The reference-confidential record's core and confidential cards, verified.
fn both_cards() -> Vec<VerifiedCard> {
    let out = issued();
    vec![
        verify(out.core[0].text(), trust()),
        verify(out.confidential.as_ref().expect("consent").text(), trust()),
    ]
}

fn export(cards: &[VerifiedCard]) -> Value {
    fhir::export(cards, at(CHECK_AT)).expect("export")
}

fn import(bundle: &Value) -> fhir::Imported {
    fhir::import(&serde_json::to_vec(bundle).expect("json")).expect("import")
}

/// Validates bundles with fhir.resources (R4B) and the required bindings, including
/// Composition.confidentiality and the v3-Confidentiality codes of every `meta.security`.
fn assert_valid(bundles: &[(&str, &Value)]) {
    let dir = tmp();
    let files: Vec<_> = bundles
        .iter()
        .map(|(name, b)| {
            let p = dir.path().join(name);
            std::fs::write(&p, serde_json::to_vec_pretty(b).expect("json")).expect("write");
            p
        })
        .collect();
    let Some(results) = validate_with_fhir_resources(&files) else {
        return;
    };
    for r in results {
        assert_eq!(r["ok"], true, "fhir.resources R4B rejects {r}");
    }
}

fn composition(bundle: &Value) -> &Value {
    &bundle["entry"][0]["resource"]
}

/// Every resource without a label, as text: what a receiver that hides restricted resources
/// still shows.
fn unlabelled_text(bundle: &Value) -> String {
    resources(bundle)
        .into_iter()
        .filter(|r| label(r).is_none_or(|c| c == "N") && r["resourceType"] != "Composition")
        .map(Value::to_string)
        .collect()
}

#[test]
fn the_confidential_facts_carry_r_and_the_document_its_highest_label() {
    let bundle = export(&both_cards());
    let expected = confidential_keys(&reference());
    assert!(
        expected.contains("F43.1") && expected.contains("56888-1") && expected.contains("82810-3"),
        "{expected:?}"
    );
    assert_eq!(keys_labelled(&bundle, Some("R")), expected);
    let unlabelled = keys_labelled(&bundle, None);
    for core in [
        "E11.9", "R76.1", "A10BA02", "J01C", "718-7", "8302-2", "J07BN01",
    ] {
        assert!(unlabelled.contains(core), "{core} in {unlabelled:?}");
    }
    assert!(keys_labelled(&bundle, Some("V")).is_empty());
    // The reference record overrides no default: nothing is labelled N.
    assert!(keys_labelled(&bundle, Some("N")).is_empty());
    for r in resources(&bundle) {
        if label(r) == Some("R") && CLINICAL.contains(&r["resourceType"].as_str().unwrap_or("")) {
            let div = r["text"]["div"].as_str().expect("narrative");
            assert!(div.contains(">RESTRICTED: "), "{div}");
            assert_eq!(r["meta"]["security"][0]["display"], "restricted");
        }
    }
    // The document: the highest label present.
    assert_eq!(composition(&bundle)["confidentiality"], "R");
    assert_eq!(label(&bundle), Some("R"));
    // One visit, one Encounter (the core card's, unlabelled); the confidential entry's
    // Provenance, which carries its signed card, is labelled; the Patient is on both cards.
    let encounters = of_type(&bundle, "Encounter");
    assert_eq!(encounters.len(), 1);
    assert_eq!(label(encounters[0]), None);
    let provenances: Vec<Option<&str>> = of_type(&bundle, "Provenance")
        .into_iter()
        .map(label)
        .collect();
    assert_eq!(provenances, [None, Some("R")]);
    assert_eq!(label(of_type(&bundle, "Patient")[0]), None);
    assert_eq!(label(of_type(&bundle, "Organization")[0]), None);
    // Nothing unlabelled tells a confidential fact, not even in a narrative.
    let open = unlabelled_text(&bundle);
    for secret in [
        "F43.1",
        "56888-1",
        "5196-1",
        "Nightmares",
        "RHS-15",
        "Psychosocial",
    ] {
        assert!(
            !open.contains(secret),
            "{secret} outside a labelled resource"
        );
    }
    // The section narratives mark each restricted line.
    let sections = composition(&bundle)["section"]
        .as_array()
        .expect("sections");
    let problems = sections
        .iter()
        .find(|s| s["code"]["coding"][0]["code"] == "11450-4")
        .expect("problems");
    let div = problems["text"]["div"].as_str().expect("div");
    assert!(div.contains("<li>RESTRICTED: "), "{div}");
    assert!(div.contains("<li>Type 2 diabetes"), "{div}");
    assert_valid(&[("both.json", &bundle)]);
}

#[test]
fn the_core_card_alone_has_no_restricted_label() {
    let out = issued();
    let core = verify(out.core[0].text(), trust());
    let bundle = export(&[core]);
    for r in resources(&bundle) {
        assert!(
            label(r).is_none_or(|c| c == "N"),
            "{} labelled {:?}",
            r["resourceType"],
            label(r)
        );
    }
    assert_eq!(composition(&bundle)["confidentiality"], "N");
    assert_eq!(label(&bundle), Some("N"));
    assert_eq!(bundle["meta"]["security"][0]["display"], "normal");
    assert!(!bundle.to_string().contains("RESTRICTED"));
    // Imported, it marks nothing confidential.
    let back = import(&bundle);
    assert!(back.marked().confidential_items().is_empty());
    assert_valid(&[("core.json", &bundle)]);
}

#[test]
fn the_confidential_card_alone_is_restricted_but_for_the_person() {
    let conf = issued().confidential.as_ref().expect("consent");
    let bundle = export(&[verify(conf.text(), trust())]);
    for r in resources(&bundle) {
        let t = r["resourceType"].as_str().expect("type");
        let expected = match t {
            "Patient" | "Device" | "Composition" => None,
            _ => Some("R"),
        };
        assert_eq!(label(r), expected, "{t}");
    }
    assert_eq!(composition(&bundle)["confidentiality"], "R");
    let back = import(&bundle);
    let m = back.marked();
    assert_eq!(
        m.confidential_items(),
        m.items(),
        "every item is confidential"
    );
    assert_valid(&[("confidential.json", &bundle)]);
}

/// Whether each item of `m` is confidential, by its key (item order may differ after a merge).
fn marks_by_key(m: &MarkedRecord) -> BTreeMap<String, bool> {
    let conf = confidential_keys(m);
    let r = &m.record;
    let mut keys: Vec<String> = r.problems.items().iter().map(|p| p.icd10.clone()).collect();
    keys.extend(r.medications.items().iter().map(|x| x.atc.clone()));
    keys.extend(r.results.iter().map(|x| x.loinc.clone()));
    keys.extend(r.referrals.iter().map(|x| x.to.clone()));
    keys.extend(r.alerts.iter().map(|x| x.text.clone()));
    if r.pregnancy.is_some() {
        keys.push("82810-3".into());
    }
    if r.mental_health.is_some() {
        keys.push("mental-health-screening".into());
    }
    keys.into_iter()
        .map(|k| {
            let c = conf.contains(&k);
            (k, c)
        })
        .collect()
}

#[test]
fn export_then_import_gives_the_marks_back() {
    let original = reference();
    let back = import(&export(&both_cards()));
    let m = back.marked();
    assert_eq!(marks_by_key(&m), marks_by_key(&original));
    assert_eq!(
        m.confidential_items().len(),
        original.confidential_items().len()
    );
    // Every confidential item is marked true explicitly; nothing is marked false (no item the
    // defaults keep confidential was left on the core card).
    assert!(m.overrides.values().all(|v| *v), "{:?}", m.overrides);
    assert_eq!(
        m.overrides.keys().copied().collect::<Vec<_>>(),
        m.confidential_items()
    );
    // What `ephr issue` reads: the same marks; the consent is the person's, asked anew.
    let again = MarkedRecord::from_json(&m.to_json()).expect("readable by ephr issue");
    assert_eq!(again, m);
    assert!(!again.consent.confidential_card);
    let report = back.report.to_string();
    assert!(
        report.contains("add \"consent\": {\"confidential_card\": true}"),
        "{report}"
    );
    // The facts come back too (one visit: nothing is "of another encounter").
    let mut problems: Vec<_> = m.record.problems.items().to_vec();
    let mut expected = original.record.problems.items().to_vec();
    problems.sort_by(|a, b| a.icd10.cmp(&b.icd10));
    expected.sort_by(|a, b| a.icd10.cmp(&b.icd10));
    assert_eq!(problems, expected);
    assert_eq!(m.record.pregnancy, original.record.pregnancy);
    assert_eq!(m.record.mental_health, original.record.mental_health);
    assert_eq!(m.record.vital_signs, original.record.vital_signs);
}

#[test]
fn cli_import_writes_the_marks_for_ephr_issue() {
    let dir = tmp();
    let ips = dir.path().join("ips.json");
    std::fs::write(
        &ips,
        serde_json::to_vec(&export(&both_cards())).expect("json"),
    )
    .expect("w");
    let record = dir.path().join("record.json");
    let out = ephr()
        .args(["fhir", "import"])
        .arg(&ips)
        .arg("--out")
        .arg(&record)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&record).expect("record");
    assert!(text.contains("\"confidential\": true"), "{text}");
    let m = MarkedRecord::from_json(&text).expect("ephr issue reads it");
    assert_eq!(marks_by_key(&m), marks_by_key(&reference()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("confidential_card"), "{stderr}");
}

/// Removes every `meta.security` from a document.
fn strip_labels(bundle: &mut Value) {
    if let Some(m) = bundle["meta"].as_object_mut() {
        m.remove("security");
    }
    for e in bundle["entry"].as_array_mut().expect("entries") {
        if let Some(m) = e["resource"]["meta"].as_object_mut() {
            m.remove("security");
        }
    }
}

#[test]
fn a_document_without_labels_imports_with_no_marks() {
    // ephr's own export with every label removed: the defaults decide again.
    let mut bundle = export(&both_cards());
    strip_labels(&mut bundle);
    let back = import(&bundle);
    assert!(back.overrides.is_empty(), "{:?}", back.overrides);
    let m = back.marked();
    assert_eq!(
        confidential_keys(&m),
        confidential_keys(&MarkedRecord::new(m.record.clone())),
        "the defaults"
    );
    assert!(!m.to_json().contains("\"confidential\""));
    // An EHR's summary without labels.
    let ehr: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("fixtures/fhir/ehr-ips-example.json")).expect("read"),
    )
    .expect("json");
    assert!(import(&ehr).overrides.is_empty());
}

/// The entry of `bundle` whose resource has key `k`, as a mutable value.
fn resource_mut<'a>(bundle: &'a mut Value, k: &str) -> &'a mut Value {
    bundle["entry"]
        .as_array_mut()
        .expect("entries")
        .iter_mut()
        .map(|e| &mut e["resource"])
        .find(|r| CLINICAL.contains(&r["resourceType"].as_str().unwrap_or("")) && key(r) == k)
        .unwrap_or_else(|| panic!("no resource {k}"))
}

fn set_label(bundle: &mut Value, k: &str, security: Value) {
    resource_mut(bundle, k)["meta"] = json!({ "security": security });
}

fn v3(code: &str) -> Value {
    json!([{ "system": CONFIDENTIALITY, "code": code }])
}

/// The item of `m` whose key is `k`.
fn item(m: &MarkedRecord, k: &str) -> Item {
    let r = &m.record;
    m.items()
        .into_iter()
        .find(|i| match *i {
            Item::Problem(n) => r.problems.items()[n].icd10 == k,
            Item::Medication(n) => r.medications.items()[n].atc == k,
            Item::Result(n) => r.results[n].loinc == k,
            Item::Referral(n) => r.referrals[n].to == k,
            Item::Alert(n) => r.alerts[n].text == k,
            Item::Pregnancy => k == "82810-3",
            Item::MentalHealth => k == "mental-health-screening",
        })
        .unwrap_or_else(|| panic!("no item {k}"))
}

#[test]
fn labels_from_an_ehr_map_to_marks_and_the_rest_is_reported() {
    let mut bundle = export(&both_cards());
    strip_labels(&mut bundle);
    // V: confidential, reported (ephr has one level).
    set_label(&mut bundle, "F43.1", v3("V"));
    set_label(&mut bundle, "Psychosocial support", v3("R"));
    // R on a fact the defaults leave in the core.
    set_label(&mut bundle, "E11.9", v3("R"));
    // N on one the defaults keep confidential: a decision to show it.
    set_label(&mut bundle, "56888-1", v3("N"));
    // An unknown code: not read, so the defaults decide; reported.
    set_label(&mut bundle, "16128-1", v3("X"));
    // A sensitivity label of another system: reported, not read.
    set_label(
        &mut bundle,
        "82810-3",
        json!([
            { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "SEX" },
            { "system": CONFIDENTIALITY, "code": "R" },
        ]),
    );
    // R on an allergy, which ephr always keeps in the core: reported.
    set_label(&mut bundle, "J01C", v3("R"));
    // 5196-1 (HBs antigen, confidential by default) is left unlabelled in a labelled document.
    let back = import(&bundle);
    let m = back.marked();
    let mark = |k: &str| m.overrides.get(&item(&m, k)).copied();
    assert_eq!(mark("F43.1"), Some(true));
    assert_eq!(mark("Psychosocial support"), Some(true));
    assert_eq!(mark("E11.9"), Some(true));
    assert_eq!(mark("56888-1"), Some(false));
    assert_eq!(mark("5196-1"), Some(false), "unlabelled among labelled");
    assert_eq!(mark("16128-1"), None, "an unreadable label: the default");
    assert!(m.is_confidential(item(&m, "16128-1")));
    assert_eq!(mark("82810-3"), Some(true));
    // Unlabelled facts the defaults keep in the core are not marked at all.
    assert_eq!(mark("A10BA02"), None);
    assert_eq!(mark("R76.1"), None);
    assert!(m.validate().is_ok());
    let lines: Vec<(String, String)> = back
        .report
        .unmapped
        .iter()
        .map(|u| (u.path.clone(), u.reason.clone()))
        .collect();
    let reported = |what: &str| {
        lines
            .iter()
            .any(|(p, r)| p.contains("meta.security") && r.contains(what))
    };
    assert!(reported("labelled V (very restricted)"), "{lines:?}");
    assert!(
        reported("\"X\" is not a v3-Confidentiality code"),
        "{lines:?}"
    );
    assert!(
        reported(
            "security label SEX of http://terminology.hl7.org/CodeSystem/v3-ActCode not carried"
        ),
        "{lines:?}"
    );
    assert!(
        reported("ephr keeps allergies, vaccinations and vital signs"),
        "{lines:?}"
    );
    assert!(
        m.record
            .allergies
            .items()
            .iter()
            .any(|a| a.atc.as_deref() == Some("J01C"))
    );
    // Readable by `ephr issue`.
    assert_eq!(MarkedRecord::from_json(&m.to_json()).expect("valid"), m);
}

#[test]
fn a_core_fact_that_would_give_away_a_restricted_one_is_marked_too() {
    // The EHR labels the PTSD problem R but its referral, whose reason is that problem, N: on
    // the core card, the referral would tell it. Import marks it confidential and says why.
    let mut bundle = export(&both_cards());
    set_label(&mut bundle, "Psychosocial support", v3("N"));
    let back = import(&bundle);
    let m = back.marked();
    assert_eq!(
        m.overrides.get(&item(&m, "Psychosocial support")),
        Some(&true)
    );
    assert!(m.validate().is_ok());
    assert!(
        back.report.unmapped.iter().any(|u| u
            .reason
            .contains("marked \"confidential\": true although not labelled so: the reason F43.1")),
        "{}",
        back.report
    );
    // Without the fix the marks would not be valid: the rule is MarkedRecord's.
    let mut wrong = m.clone();
    wrong
        .overrides
        .insert(item(&m, "Psychosocial support"), false);
    assert!(wrong.validate().is_err());
}

#[test]
fn the_validator_rejects_a_wrong_confidentiality_code() {
    // Guards the guard: Composition.confidentiality and v3 meta.security codes are checked.
    let bundle = export(&both_cards());
    let mut a = bundle.clone();
    a["entry"][0]["resource"]["confidentiality"] = json!("restricted");
    let mut b = bundle.clone();
    b["meta"]["security"][0]["code"] = json!("X");
    let dir = tmp();
    let mut files = Vec::new();
    for (name, v) in [("a.json", &a), ("b.json", &b)] {
        let p = dir.path().join(name);
        std::fs::write(&p, serde_json::to_vec(v).expect("json")).expect("write");
        files.push(p);
    }
    let Some(results) = validate_with_fhir_resources(&files) else {
        return;
    };
    for r in results {
        assert_eq!(r["ok"], false, "the validator accepts {r}");
    }
}

// ── The journey, with and without the Italian clinic's confidential HIV follow-up ──

fn journey_cards(with_follow_up: bool) -> Vec<VerifiedCard> {
    let list = journey_list();
    let mut cards: Vec<VerifiedCard> = ["1-gr.txt", "2-rs.txt", "3-it.txt"]
        .iter()
        .map(|n| {
            let t = std::fs::read_to_string(root().join("fixtures/journey").join(n)).expect("r");
            verify(t.trim(), list)
        })
        .collect();
    if with_follow_up {
        let conf = hiv_follow_up().confidential.expect("a confidential entry");
        cards.push(verify(conf.text(), list));
    }
    cards
}

/// (type, key) of every resource: what the document says, without ids.
fn contents(bundle: &Value, labelled: Option<&str>) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = resources(bundle)
        .into_iter()
        .filter(|r| label(r) == labelled && r["resourceType"] != "Composition")
        .map(|r| (r["resourceType"].as_str().unwrap_or("").to_owned(), key(r)))
        .collect();
    v.sort();
    v
}

#[test]
fn the_journey_exports_the_same_with_the_follow_up_but_for_its_restricted_resources() {
    let without = export(&journey_cards(false));
    let with = export(&journey_cards(true));
    // Without: nothing restricted.
    assert_eq!(composition(&without)["confidentiality"], "N");
    assert_eq!(label(&without), Some("N"));
    assert!(contents(&without, Some("R")).is_empty());
    // With: the follow-up's facts, visit and Provenance are R, and so is the document.
    assert_eq!(composition(&with)["confidentiality"], "R");
    assert_eq!(label(&with), Some("R"));
    let restricted = contents(&with, Some("R"));
    let names: Vec<(&str, &str)> = restricted
        .iter()
        .map(|(t, k)| (t.as_str(), k.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Condition", "B24"),
            ("Encounter", "Encounter"),
            ("Location", "Location"),
            ("MedicationStatement", "J05AJ03"),
            ("MedicationStatement", "J05AR03"),
            ("Observation", "20447-9"),
            ("Provenance", "Provenance"),
        ]
    );
    // Everything else is what the document without it says, unlabelled.
    assert_eq!(contents(&with, None), contents(&without, None));
    assert!(contents(&with, Some("N")).is_empty());
    // The document's encounter is still Italy's core visit, which the next follow-up follows.
    for b in [&without, &with] {
        let enc = composition(b)["encounter"]["reference"]
            .as_str()
            .expect("ref");
        let e = b["entry"]
            .as_array()
            .expect("entries")
            .iter()
            .find(|e| e["fullUrl"] == enc)
            .expect("encounter");
        assert_eq!(e["resource"]["period"]["start"], "2027-01-18");
        assert_eq!(label(&e["resource"]), None);
    }
    // The core facts' narratives name no confidential visit.
    assert!(!unlabelled_text(&with).contains("2027-02-01"));
    assert_valid(&[("without.json", &without), ("with.json", &with)]);
    // Imported: the HIV problem (it has an onset) and result come back confidential; the
    // record is Italy's.
    let m = import(&with).marked();
    assert_eq!(m.record.encounter.date, "2027-01-18");
    assert_eq!(m.overrides.get(&item(&m, "B24")), Some(&true));
    assert_eq!(m.overrides.get(&item(&m, "20447-9")), Some(&true));
    assert!(import(&without).marked().confidential_items().is_empty());
}
