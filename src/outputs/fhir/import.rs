//! An IPS document Bundle → a [`Record`] for `ephr issue`, and a report of what did not map.
//!
//! Nothing is dropped silently: each resource is taken apart field by field, and every field
//! that is neither mapped nor pure bookkeeping (ids, narrative, references to the patient, the
//! ephr export's own derived fields) ends up in the [`ImportReport`] with its path and the
//! reason, and for codes in another system, what the sender would have to add.
//!
//! Context resources (Provenance, Organization, Device, Practitioner, Location, Encounter) are
//! read for the encounter and otherwise not carried: the card issued from the record is signed,
//! and so attributed, by the importing site.
//!
//! A record has one encounter, the Composition's. A document may hold facts of several (ephr's
//! own export of a merged history does): each fact is placed by its `encounter` reference, else
//! by the Encounter of the Provenances that list it. A fact of another encounter is carried only
//! when it keeps its own date or holds whatever the visit (allergies, alerts, doses, due
//! vaccinations, results, problems with an onset); one the record would date with, or state as
//! current at, the imported encounter (vital signs, pregnancy, screening, referrals,
//! medications, problems without an onset) is reported as not placed, with its encounter. A
//! measurement linked to no encounter but dated another day is reported too. See
//! `docs/FHIR.md`, "Import of a document with several encounters".

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value};

use super::*;
use crate::codes::{self, CodeSystem, VitalSign};
use crate::date::{PartialDate, parse_full_date};
use crate::record::{
    Alert, AlertKind, Allergy, Dose, Encounter, EvidenceSource, Immunizations, LabResult, Listed,
    MAX_NOTE_CHARS, MAX_SHORT_TEXT_CHARS, Medication, MedicationStatus, MentalHealth, Name,
    Patient, Pregnancy, PregnancyStatus, Problem, ProblemStatus, Record, Referral, ReferralStatus,
    ResultCode, Urgency, VaccinationDue, ValidationErrors, VitalSigns,
};
use crate::record::{Item, MarkedRecord};

/// The largest Bundle accepted, in bytes. A patient summary is tens of kilobytes; this leaves
/// room for an EHR's verbose narratives while keeping a hostile file from exhausting memory.
pub const MAX_BUNDLE_BYTES: usize = 4 * 1024 * 1024;

/// The most Bundle entries accepted. A card holds at most 40 items; an EHR's summary has tens to
/// hundreds of resources. The limit keeps the work on a hostile file small even within
/// [`MAX_BUNDLE_BYTES`] (tiny entries).
pub const MAX_BUNDLE_ENTRIES: usize = 10_000;

/// The most references the Composition's sections may list, all sections together.
pub const MAX_SECTION_REFERENCES: usize = 1_000;

/// How many trailing path segments of a fullUrl a reference may name (`Type/id/_history/v`).
const URL_SUFFIX_SEGMENTS: usize = 4;

/// Why an IPS document could not be turned into a record at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file is larger than [`MAX_BUNDLE_BYTES`].
    #[error("the file has {size} bytes; an IPS document for ephr may have at most {max}")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON.
    #[error("not a FHIR JSON document: {0}")]
    NotJson(String),
    /// JSON, but not a Bundle.
    #[error(
        "this is a FHIR {0}, not a Bundle; export the patient summary as an IPS document Bundle"
    )]
    NotABundle(String),
    /// JSON without a `resourceType`: not FHIR at all. An ephr record (`patient`, `encounter`)
    /// is named as such, because it is the file most often given by mistake.
    #[error(
        "this JSON is not a FHIR resource (it has no \"resourceType\"){}; give the IPS document Bundle exported by the EHR",
        if *.0 { ": it is an ephr record, which `ephr issue` signs as it is" } else { "" }
    )]
    NotFhir(bool),
    /// A Bundle, but not a document.
    #[error(
        "the Bundle has type \"{0}\", not \"document\"; export the patient summary as an IPS document"
    )]
    NotADocument(String),
    /// A document without a Composition.
    #[error("the document has no Composition (its first entry must be one)")]
    NoComposition,
    /// A Composition that is not an IPS.
    #[error(
        "the Composition type is {0}, not the patient summary LOINC 60591-5; ephr imports International Patient Summaries only"
    )]
    NotAPatientSummary(String),
    /// The Composition's subject is missing or is not a Patient in the Bundle.
    #[error(
        "the Composition's subject is not a Patient in the Bundle; the document must include the Patient it is about"
    )]
    NoPatient,
    /// No date for the encounter.
    #[error(
        "the document gives no date for the encounter: set Composition.encounter to an Encounter with period.start, or Composition.date"
    )]
    NoEncounterDate,
    /// No country for the encounter.
    #[error(
        "the document does not say in which country the encounter took place: give the Encounter a Location with address.country, or the author Organization an address.country (ISO 3166-1 alpha-2, e.g. \"GR\")"
    )]
    NoEncounterCountry,
    /// More Bundle entries than [`MAX_BUNDLE_ENTRIES`].
    #[error(
        "the Bundle has {count} entries; an IPS document for ephr may have at most {max}: export a summary of the person, not the whole chart"
    )]
    TooManyEntries {
        /// Entries in the Bundle.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// More section references than [`MAX_SECTION_REFERENCES`].
    #[error(
        "the Composition's sections list {count} entries; an IPS document for ephr may list at most {max}: export a summary of the person, not the whole chart"
    )]
    TooManySectionReferences {
        /// References in all sections.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// The mapped record breaks ephr's rules (e.g. too many items for one card).
    #[error("the imported record cannot be issued as it is: {0}")]
    Invalid(ValidationErrors),
}

/// One thing in the document that is not in the record, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmapped {
    /// Where: `entry[3](Condition).code.coding[0]`.
    pub path: String,
    /// Why it is not in the record, and what would be needed.
    pub reason: String,
}

/// Everything that did not map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// In document order.
    pub unmapped: Vec<Unmapped>,
}

impl ImportReport {
    fn add(&mut self, path: impl Into<String>, reason: impl Into<String>) {
        self.unmapped.push(Unmapped {
            path: path.into(),
            reason: reason.into(),
        });
    }
}

impl std::fmt::Display for ImportReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.unmapped.is_empty() {
            return writeln!(f, "import report: everything in the document was mapped");
        }
        writeln!(
            f,
            "import report: {} item(s) of the document are NOT in the record",
            self.unmapped.len()
        )?;
        for u in &self.unmapped {
            writeln!(f, "- {}: {}", u.path, u.reason)?;
        }
        Ok(())
    }
}

/// The record, its confidentiality marks and the report.
#[derive(Debug, Clone)]
pub struct Imported {
    /// Valid, ready for `ephr issue` (after a health worker has read the report). Its encounter
    /// is the Composition's; facts of other encounters that it cannot hold are in the report.
    pub record: Record,
    /// The confidentiality marks read from the document's security labels (docs/FHIR.md,
    /// "Security labels"): `true` for an item labelled `R` or `V`; `false` for an item the
    /// defaults would keep confidential but that the document labels below `R`, or leaves
    /// unlabelled while labelling others. Empty for a document without labels: the defaults
    /// apply when issuing.
    pub overrides: BTreeMap<Item, bool>,
    /// What was left out.
    pub report: ImportReport,
}

impl Imported {
    /// The record with its marks, as `ephr issue` reads it ([`MarkedRecord::to_json`] writes
    /// it). The person's consent to a confidential card is not in a FHIR document: it is not
    /// given here, and the report says so when an item is marked confidential.
    pub fn marked(&self) -> MarkedRecord {
        MarkedRecord {
            record: self.record.clone(),
            consent: crate::record::Consent::default(),
            overrides: self.overrides.clone(),
        }
    }
}

/// Reads an IPS document Bundle (FHIR R4 JSON).
pub fn import(json: &[u8]) -> Result<Imported, ImportError> {
    if json.len() > MAX_BUNDLE_BYTES {
        return Err(ImportError::TooLarge {
            size: json.len(),
            max: MAX_BUNDLE_BYTES,
        });
    }
    let root: Value = serde_json::from_slice(json.strip_prefix(b"\xef\xbb\xbf").unwrap_or(json))
        .map_err(|e| ImportError::NotJson(e.to_string()))?;
    let Some(kind) = root["resourceType"].as_str() else {
        let ephr_record = root.get("patient").is_some() && root.get("encounter").is_some();
        return Err(ImportError::NotFhir(ephr_record));
    };
    if kind != "Bundle" {
        return Err(ImportError::NotABundle(kind.into()));
    }
    let btype = root["type"].as_str().unwrap_or("(none)");
    if btype != "document" {
        return Err(ImportError::NotADocument(btype.into()));
    }
    let count = root["entry"].as_array().map_or(0, Vec::len);
    if count > MAX_BUNDLE_ENTRIES {
        return Err(ImportError::TooManyEntries {
            count,
            max: MAX_BUNDLE_ENTRIES,
        });
    }
    let mut im = Importer::new(&root);
    let record = im.run()?;
    let overrides = im.marks(&record);
    Ok(Imported {
        record,
        overrides,
        report: im.report,
    })
}

/// Resource types that give context (who, where) rather than health facts.
const CONTEXT_TYPES: &[&str] = &[
    "Provenance",
    "Organization",
    "Device",
    "Practitioner",
    "PractitionerRole",
    "Location",
    "Encounter",
];

struct Importer<'a> {
    entries: Vec<(&'a Value, String)>,
    /// fullUrl, and its last path segments (`Type/id`, `id`, …) → the first entry with it.
    by_url: HashMap<&'a str, usize>,
    /// `Type/id` of the resource → the first entry with it.
    by_type_id: HashMap<String, usize>,
    used: Vec<bool>,
    report: ImportReport,
    rec: Record,
    none_known: [bool; 3],
    bmi: Option<(String, f64)>,
    /// The Composition's Encounter: the record's encounter.
    comp_enc: Option<usize>,
    /// A resource → the Encounters of the Provenances that list it as a target.
    by_provenance: HashMap<usize, Vec<usize>>,
    /// The date of the other encounter the fact being read belongs to (a dated fact carried
    /// from it: a result or dose without a date of its own takes that encounter's).
    elsewhere_date: Option<String>,
    /// Some resource of the document carries a v3-Confidentiality label: the sender labels its
    /// entries, so an unlabelled one is not confidential.
    labelled: bool,
    /// Each item of the record that can be kept confidential, with the label of the resource
    /// it was read from and that resource's path.
    labels: Vec<(Item, Label, String)>,
}

/// Where a fact of the document belongs, as far as the document says.
enum Place {
    /// At the record's encounter (the Composition's), or the document does not say otherwise.
    Here,
    /// At other encounters only (entry indexes of the Encounters, earliest first).
    Elsewhere(Vec<usize>),
    /// The document links it to no encounter.
    Unknown,
}

impl<'a> Importer<'a> {
    fn new(root: &'a Value) -> Self {
        let mut entries = Vec::new();
        let mut report = ImportReport::default();
        for (i, e) in root["entry"].as_array().into_iter().flatten().enumerate() {
            let r = &e["resource"];
            match r["resourceType"].as_str() {
                Some(t) if r.is_object() => entries.push((e, format!("entry[{i}]({t})"))),
                _ => report.add(format!("entry[{i}]"), "has no resource; skipped"),
            }
        }
        // Built once, so that each reference is found in constant time (a linear scan per
        // reference made a large Bundle quadratic).
        let mut by_url = HashMap::new();
        let mut by_type_id = HashMap::new();
        for (k, (e, _)) in entries.iter().enumerate() {
            if let Some(u) = e["fullUrl"].as_str() {
                by_url.entry(u).or_insert(k);
                for (p, _) in u.rmatch_indices('/').take(URL_SUFFIX_SEGMENTS) {
                    by_url.entry(&u[p + 1..]).or_insert(k);
                }
            }
            let r = &e["resource"];
            let key = format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap_or(""),
                r["id"].as_str().unwrap_or("")
            );
            by_type_id.entry(key).or_insert(k);
        }
        let labelled = entries
            .iter()
            .any(|(e, _)| security_codes(&e["resource"]).next().is_some());
        Self {
            used: vec![false; entries.len()],
            entries,
            by_url,
            by_type_id,
            report,
            rec: Record::new(Patient::default(), Encounter::default()),
            none_known: [false; 3],
            bmi: None,
            comp_enc: None,
            by_provenance: HashMap::new(),
            elsewhere_date: None,
            labelled,
            labels: Vec::new(),
        }
    }

    /// Finds the entry a reference points to: by fullUrl (or its last path segments), or by
    /// `Type/id`; the first such entry in the Bundle.
    fn resolve(&self, reference: &Value) -> Option<usize> {
        let r = reference["reference"].as_str()?;
        let by_url = self.by_url.get(r).copied();
        let by_type_id = self.by_type_id.get(r).copied();
        by_url.into_iter().chain(by_type_id).min()
    }

    fn resource(&self, i: usize) -> Res {
        let (e, path) = &self.entries[i];
        Res::new(path.clone(), &e["resource"])
    }

    fn run(&mut self) -> Result<Record, ImportError> {
        let ci = self
            .entries
            .iter()
            .position(|(e, _)| e["resource"]["resourceType"] == "Composition")
            .ok_or(ImportError::NoComposition)?;
        self.used[ci] = true;
        let comp = self.entries[ci].0["resource"].clone();
        let ty = Concept::of(&comp["type"]);
        if !ty.has(CodeSystem::Loinc.uri(), loinc::PATIENT_SUMMARY) {
            return Err(ImportError::NotAPatientSummary(ty.describe()));
        }
        let pi = self
            .resolve(&comp["subject"])
            .filter(|&i| self.entries[i].0["resource"]["resourceType"] == "Patient")
            .ok_or(ImportError::NoPatient)?;
        self.used[pi] = true;
        self.patient(pi);
        self.encounter(&comp)?;
        self.index_provenance();
        let cpath = self.entries[ci].1.clone();
        let count: usize = comp["section"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s["entry"].as_array().map(Vec::len))
            .sum();
        if count > MAX_SECTION_REFERENCES {
            return Err(ImportError::TooManySectionReferences {
                count,
                max: MAX_SECTION_REFERENCES,
            });
        }
        for (si, section) in comp["section"].as_array().into_iter().flatten().enumerate() {
            self.section(&format!("{cpath}.section[{si}]"), section);
        }
        for i in 0..self.entries.len() {
            let t = self.entries[i].0["resource"]["resourceType"]
                .as_str()
                .unwrap_or("");
            if !self.used[i] && !CONTEXT_TYPES.contains(&t) {
                let what = describe_resource(&self.entries[i].0["resource"]);
                let path = self.entries[i].1.clone();
                self.report.add(
                    path,
                    format!("{what}: not listed in any section of the Composition; not imported"),
                );
            }
        }
        self.finish()
    }

    fn finish(&mut self) -> Result<Record, ImportError> {
        let mut rec = self.rec.clone();
        fix_listed(&mut rec.problems, self.none_known[0]);
        fix_listed(&mut rec.allergies, self.none_known[1]);
        fix_listed(&mut rec.medications, self.none_known[2]);
        if let (Some((path, sent)), Some(vs)) = (&self.bmi, &rec.vital_signs)
            && vs.bmi().is_none_or(|b| (b - sent).abs() > 0.05)
        {
            self.report.add(
                path.clone(),
                format!("BMI {sent} is not stored: ephr derives BMI from height and weight"),
            );
        }
        if rec
            .vital_signs
            .as_ref()
            .is_some_and(|v| *v == VitalSigns::default())
        {
            rec.vital_signs = None;
        }
        rec.fill_implied_dates();
        rec.validate().map_err(ImportError::Invalid)?;
        Ok(rec)
    }

    fn patient(&mut self, i: usize) {
        let mut r = self.resource(i);
        let p = &mut self.rec.patient;
        let rep = &mut self.report;
        for (k, n) in r.take_array("name").into_iter().enumerate() {
            let path = format!("{}.name[{k}]", r.path);
            let mut n = Res::new(path.clone(), &n);
            let mut latin = false;
            for (x, ext) in n.take_array("extension").into_iter().enumerate() {
                match ext["url"].as_str() {
                    Some(NAME_REPRESENTATION_EXT) if ext["valueCode"] == "ABC" => latin = true,
                    Some(DATA_ABSENT_REASON_EXT) => {}
                    _ => rep.add(
                        format!("{path}.extension[{x}]"),
                        "name extension not carried",
                    ),
                }
            }
            n.take("use");
            let family = n.take_str("family", rep);
            let given: Vec<String> = n
                .take_array("given")
                .iter()
                .filter_map(|g| g.as_str().map(str::to_string))
                .collect();
            let name = Name {
                family,
                given: (!given.is_empty()).then(|| given.join(" ")),
            };
            if name.family.is_none() && name.given.is_none() {
                if let Some(t) = n.take_str("text", rep) {
                    rep.add(
                        format!("{path}.text"),
                        format!("name \"{t}\" has no family or given part; give them separately"),
                    );
                }
                n.done(rep);
                continue;
            }
            n.take("text");
            let slot = if latin {
                &mut p.name_latin
            } else {
                &mut p.name
            };
            if slot.is_some() {
                rep.add(
                    path.clone(),
                    "a further name; ephr keeps one name and its Latin transliteration",
                );
            } else {
                *slot = Some(name);
            }
            n.done(rep);
        }
        if let Some(b) = r.take_str("birthDate", rep) {
            if PartialDate::parse(&b).is_some() {
                p.birth_date = Some(b);
            } else {
                rep.add(format!("{}.birthDate", r.path), format!("\"{b}\" is not a date ephr accepts (YYYY, YYYY-MM or YYYY-MM-DD, 1900-2100)"));
            }
        }
        if let Some(bd) = r.take("_birthDate") {
            for ext in bd["extension"].as_array().into_iter().flatten() {
                match ext["url"].as_str() {
                    Some(BIRTH_DATE_ESTIMATED_EXT) => {
                        p.birth_date_estimated =
                            ext["valueBoolean"] == true && p.birth_date.is_some();
                    }
                    Some(DATA_ABSENT_REASON_EXT) => {}
                    _ => rep.add(
                        format!("{}._birthDate", r.path),
                        "birth date extension not carried",
                    ),
                }
            }
        }
        if let Some(g) = r.take_str("gender", rep) {
            match SEX.value(&g) {
                Some(s) => p.sex = Some(s),
                None => rep.add(
                    format!("{}.gender", r.path),
                    format!("\"{g}\" is not one of {}", SEX.list()),
                ),
            }
        }
        for (x, ext) in r.take_array("extension").into_iter().enumerate() {
            let path = format!("{}.extension[{x}]", r.path);
            if ext["url"] == NATIONALITY_EXT {
                let code = ext["extension"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|e| e["url"] == "code")
                    .map(|e| Concept::of(&e["valueCodeableConcept"]));
                match code.as_ref().and_then(|c| c.code_in(CodeSystem::Iso3166.uri())) {
                    Some(c) if codes::is_well_formed_country(c) => p.nationality = Some(c.into()),
                    _ => rep.add(path, "nationality without an ISO 3166-1 alpha-2 code (system urn:iso:std:iso:3166); add one"),
                }
            } else {
                rep.add(
                    path,
                    format!(
                        "extension {} not carried",
                        ext["url"].as_str().unwrap_or("?")
                    ),
                );
            }
        }
        for (x, c) in r.take_array("communication").into_iter().enumerate() {
            let path = format!("{}.communication[{x}]", r.path);
            let lang = Concept::of(&c["language"]);
            match lang.code_in(CodeSystem::Iso639.uri()) {
                Some(tag) => {
                    let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
                    if primary != tag {
                        rep.add(
                            path.clone(),
                            format!("language tag \"{tag}\" kept as \"{primary}\""),
                        );
                    }
                    if codes::is_well_formed_language(&primary) {
                        if !p.languages.contains(&primary) {
                            p.languages.push(primary);
                        }
                    } else {
                        rep.add(
                            path,
                            format!("\"{primary}\" is not an ISO 639 language code"),
                        );
                    }
                }
                None => rep.add(
                    path,
                    format!(
                        "language {} has no BCP 47 (urn:ietf:bcp:47) code; add one",
                        lang.describe()
                    ),
                ),
            }
        }
        for (x, id) in r.take_array("identifier").into_iter().enumerate() {
            if id["system"] != RECORD_ID_SYSTEM {
                rep.add(
                    format!("{}.identifier[{x}]", r.path),
                    "identifiers are not carried: ephr records hold no document or case numbers (privacy by design)",
                );
            }
        }
        r.done(rep);
    }

    fn is_type(&self, i: usize, t: &str) -> bool {
        self.entries[i].0["resource"]["resourceType"] == t
    }

    /// For each resource listed by a Provenance, the Encounters that Provenance lists: ephr's
    /// export gives each entry one Provenance whose targets are the entry's Encounter and every
    /// fact it stated (a merged fact is listed by every entry that stated it).
    fn index_provenance(&mut self) {
        let mut by = HashMap::<usize, Vec<usize>>::new();
        for (p, (e, _)) in self.entries.iter().enumerate() {
            if e["resource"]["resourceType"] != "Provenance" {
                continue;
            }
            let targets: Vec<usize> = e["resource"]["target"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|t| self.resolve(t))
                .filter(|&t| t != p)
                .collect();
            let (encs, facts): (Vec<usize>, Vec<usize>) = targets
                .into_iter()
                .partition(|&t| self.is_type(t, "Encounter"));
            if encs.is_empty() {
                continue;
            }
            for f in facts {
                let v = by.entry(f).or_default();
                for &e in &encs {
                    if !v.contains(&e) {
                        v.push(e);
                    }
                }
            }
        }
        self.by_provenance = by;
    }

    /// The day an Encounter began.
    fn encounter_day(&self, e: usize) -> Option<String> {
        self.entries[e].0["resource"]["period"]["start"]
            .as_str()
            .and_then(day)
    }

    /// Which encounter the fact in entry `i` belongs to: its own `encounter` (`context` for a
    /// MedicationStatement) reference, else the Encounters of the Provenances listing it.
    fn place(&self, i: usize) -> Place {
        let r = &self.entries[i].0["resource"];
        let own = ["encounter", "context"]
            .iter()
            .filter_map(|k| self.resolve(&r[*k]))
            .find(|&e| self.is_type(e, "Encounter"));
        let mut encs = match own {
            Some(e) => vec![e],
            None => self.by_provenance.get(&i).cloned().unwrap_or_default(),
        };
        if encs.is_empty() {
            return Place::Unknown;
        }
        let here = |e: usize| match self.comp_enc {
            Some(c) => e == c,
            None => self.encounter_day(e).as_deref() == Some(self.rec.encounter.date.as_str()),
        };
        if encs.iter().any(|&e| here(e)) {
            return Place::Here;
        }
        encs.sort_by_key(|&e| (self.encounter_day(e), e));
        Place::Elsewhere(encs)
    }

    /// "2026-10-14 in GR (Lesvos RIC, entry[5](Encounter))".
    fn encounter_label(&self, e: usize) -> String {
        let r = &self.entries[e].0["resource"];
        let date = self
            .encounter_day(e)
            .unwrap_or_else(|| "an unknown date".into());
        let loc = self
            .resolve(&r["location"][0]["location"])
            .map(|l| &self.entries[l].0["resource"]);
        let country = loc.and_then(|l| l["address"]["country"].as_str());
        let site = loc.and_then(|l| l["name"].as_str());
        let mut s = date;
        if let Some(c) = country {
            s += &format!(" in {c}");
        }
        let path = &self.entries[e].1;
        match site {
            Some(n) => s += &format!(" ({n}, {path})"),
            None => s += &format!(" ({path})"),
        }
        s
    }

    /// Whether a fact in section `loinc` only means something at the encounter that stated it:
    /// the record dates it with its encounter (vital signs, pregnancy, screening, referrals) or
    /// states it as current there (medications, problems without an onset). Allergies, alerts,
    /// doses, due vaccinations, results and problems with an onset carry their own dates or
    /// hold whatever the visit.
    fn encounter_bound(&self, loinc: &str, i: usize) -> bool {
        let r = &self.entries[i].0["resource"];
        match (loinc, r["resourceType"].as_str().unwrap_or("")) {
            (loinc::VITAL_SIGNS | loinc::PREGNANCY, "Observation") => true,
            (loinc::RESULTS, "Observation") => is_screening(r),
            (loinc::PLAN_OF_CARE, "ServiceRequest") => true,
            (loinc::MEDICATIONS, "MedicationStatement") => true,
            (loinc::PROBLEMS, "Condition") => r["onsetDateTime"].as_str().is_none(),
            _ => false,
        }
    }

    /// Reports a fact of another encounter that the record cannot hold.
    fn not_placed(&mut self, i: usize, encs: &[usize]) {
        let r = &self.entries[i].0["resource"];
        let what = fact_label(r);
        let at: Vec<String> = encs.iter().map(|&e| self.encounter_label(e)).collect();
        let here = &self.rec.encounter;
        let why = format!(
            "{what}: belongs to the encounter of {}, not to the imported encounter of {} in {}: not placed in the record (an ephr record holds one encounter): keep it with that encounter, or record it anew at this one if it still holds",
            at.join(" and of "),
            here.date,
            here.country
        );
        self.report.add(self.entries[i].1.clone(), why);
        // Its Medication goes with it (not reported again as unlisted).
        if let Some(m) = self.resolve(&self.entries[i].0["resource"]["medicationReference"]) {
            self.used[m] = true;
        }
    }

    fn encounter(&mut self, comp: &Value) -> Result<(), ImportError> {
        let enc = self.resolve(&comp["encounter"]);
        self.comp_enc = enc.filter(|&i| self.is_type(i, "Encounter"));
        let mut date = None;
        let mut country = None;
        if let Some(i) = enc {
            self.used[i] = true;
            let e = self.entries[i].0["resource"].clone();
            let path = self.entries[i].1.clone();
            date = e["period"]["start"].as_str().and_then(day);
            if let Some(li) = e["location"]
                .as_array()
                .and_then(|l| l.first())
                .and_then(|l| self.resolve(&l["location"]))
            {
                let loc = &self.entries[li].0["resource"];
                country = loc["address"]["country"].as_str().map(str::to_string);
                let site = loc["name"].as_str().map(str::to_string);
                self.rec.encounter.site = site.map(|s| {
                    cut(
                        &s,
                        MAX_SHORT_TEXT_CHARS,
                        &format!("{path}.location"),
                        &mut self.report,
                    )
                });
            }
            for t in e["type"].as_array().into_iter().flatten() {
                let c = Concept::of(t);
                match c
                    .code_in(ENCOUNTER_KIND_SYSTEM)
                    .and_then(|k| ENCOUNTER_KIND.value(k))
                {
                    Some(k) => self.rec.encounter.kind = Some(k),
                    None => self.report.add(
                        format!("{path}.type"),
                        format!("encounter type {} not carried", c.describe()),
                    ),
                }
            }
            for p in e["participant"].as_array().into_iter().flatten() {
                for t in p["type"].as_array().into_iter().flatten() {
                    let c = Concept::of(t);
                    if let Some(role) = c.code_in(ROLE_SYSTEM).and_then(|k| ROLE.value(k)) {
                        self.rec.encounter.role = Some(role);
                    } else if c.has(PARTICIPATION_TYPE, "INTRP") {
                        self.rec.encounter.mediator = true;
                    }
                }
            }
        }
        let date = date
            .or_else(|| comp["date"].as_str().and_then(day))
            .ok_or(ImportError::NoEncounterDate)?;
        if parse_full_date(&date).is_none() {
            return Err(ImportError::NoEncounterDate);
        }
        let country = country
            .or_else(|| {
                comp["author"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find_map(|a| {
                        let i = self.resolve(a)?;
                        let org = &self.entries[i].0["resource"];
                        org["address"][0]["country"].as_str().map(str::to_string)
                    })
            })
            .filter(|c| codes::is_well_formed_country(c))
            .ok_or(ImportError::NoEncounterCountry)?;
        self.rec.encounter.date = date;
        self.rec.encounter.country = country;
        Ok(())
    }

    fn section(&mut self, path: &str, s: &Value) {
        let code = Concept::of(&s["code"]);
        let loinc = code.code_in(CodeSystem::Loinc.uri()).unwrap_or("");
        let title = s["title"].as_str().unwrap_or(loinc).to_string();
        let refs: Vec<Value> = s["entry"].as_array().cloned().unwrap_or_default();
        if refs.is_empty() {
            let nil_known = Concept::of(&s["emptyReason"]).has(LIST_EMPTY_REASON, "nilknown");
            match loinc {
                loinc::PROBLEMS if nil_known => self.none_known[0] = true,
                loinc::ALLERGIES if nil_known => self.none_known[1] = true,
                loinc::MEDICATIONS if nil_known => self.none_known[2] = true,
                _ => {}
            }
            if s["emptyReason"].is_null()
                && let Some(t) = s["text"]["div"].as_str()
            {
                self.report.add(
                    format!("{path}.text"),
                    format!("section \"{title}\" has narrative only (\"{}\"); ephr imports coded entries", strip_tags(t)),
                );
            }
            return;
        }
        for (k, r) in refs.iter().enumerate() {
            let epath = format!("{path}.entry[{k}]");
            let Some(i) = self.resolve(r) else {
                self.report.add(
                    epath,
                    format!("reference {} is not in the Bundle", r["reference"]),
                );
                continue;
            };
            if self.used[i] {
                continue;
            }
            self.used[i] = true;
            // A record has one encounter: a fact of another one is placed only when the record
            // keeps its date (or it holds whatever the visit); else it is reported, never
            // attributed to the imported encounter.
            self.elsewhere_date = None;
            let bound = self.encounter_bound(loinc, i);
            match self.place(i) {
                Place::Elsewhere(encs) if bound => {
                    self.not_placed(i, &encs);
                    continue;
                }
                Place::Elsewhere(encs) => {
                    self.elsewhere_date = encs.first().and_then(|&e| self.encounter_day(e));
                }
                Place::Unknown if bound => {
                    let r = &self.entries[i].0["resource"];
                    let measured = r["effectiveDateTime"].as_str().and_then(day);
                    if r["resourceType"] == "Observation"
                        && let Some(d) = measured
                        && d != self.rec.encounter.date
                    {
                        let why = format!(
                            "{}: measured on {d}, not on the day of the imported encounter ({}): not placed in the record, which would date it with the encounter",
                            fact_label(r),
                            self.rec.encounter.date
                        );
                        self.report.add(self.entries[i].1.clone(), why);
                        continue;
                    }
                }
                Place::Here | Place::Unknown => {}
            }
            let res = self.resource(i);
            let t = self.entries[i].0["resource"]["resourceType"]
                .as_str()
                .unwrap_or("");
            let label = self.security_label(i);
            let before = Counts::of(&self.rec);
            match (loinc, t) {
                (loinc::PROBLEMS, "Condition") => self.condition(res),
                (loinc::ALLERGIES, "AllergyIntolerance") => self.allergy(res),
                (loinc::MEDICATIONS, "MedicationStatement") => self.medication(res),
                (loinc::IMMUNIZATIONS, "Immunization") => self.immunization(res),
                (loinc::VITAL_SIGNS, "Observation") => self.vital(res),
                (loinc::PREGNANCY, "Observation") => self.pregnancy(res),
                (loinc::RESULTS, "Observation") => self.observation(res),
                (loinc::PLAN_OF_CARE, "ServiceRequest") => self.referral(res),
                (loinc::PLAN_OF_CARE, "ImmunizationRecommendation") => self.recommendation(res),
                (loinc::ALERTS, "Flag") => self.flag(res),
                _ => {
                    let what = describe_resource(&self.entries[i].0["resource"]);
                    let why = if [
                        loinc::PROBLEMS,
                        loinc::ALLERGIES,
                        loinc::MEDICATIONS,
                        loinc::IMMUNIZATIONS,
                        loinc::VITAL_SIGNS,
                        loinc::PREGNANCY,
                        loinc::RESULTS,
                        loinc::PLAN_OF_CARE,
                        loinc::ALERTS,
                    ]
                    .contains(&loinc)
                    {
                        format!(
                            "{what} in section \"{title}\": ephr does not read a {t} there; not imported"
                        )
                    } else {
                        format!(
                            "{what} in section \"{title}\" ({}): ephr has no such section; not imported",
                            code.describe()
                        )
                    };
                    self.report.add(res.path, why);
                }
            }
            self.label_item(i, before, label);
        }
    }

    /// The v3-Confidentiality label of entry `i` (the highest, when it has several); any other
    /// security label, and a code that is not one of v3-Confidentiality, is reported.
    fn security_label(&mut self, i: usize) -> Label {
        let r = &self.entries[i].0["resource"];
        let path = self.entries[i].1.clone();
        let mut highest = None;
        let mut unreadable = false;
        for (k, s) in r["meta"]["security"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let code = s["code"].as_str().unwrap_or("");
            if s["system"] != CONFIDENTIALITY {
                let system = s["system"].as_str().unwrap_or("(no system)");
                self.report.add(
                    format!("{path}.meta.security[{k}]"),
                    format!(
                        "security label {code} of {system} not carried: ephr reads the \
                         v3-Confidentiality labels only (R or V: confidential)"
                    ),
                );
                continue;
            }
            match Confidentiality::from_code(code) {
                Some(c) => highest = highest.max(Some(c)),
                None => {
                    unreadable = true;
                    self.report.add(
                        format!("{path}.meta.security[{k}]"),
                        format!(
                            "\"{code}\" is not a v3-Confidentiality code (U, L, M, N, R, V); the \
                         label is not read, and ephr's defaults decide whether the item is \
                         confidential"
                        ),
                    );
                }
            }
        }
        match highest {
            Some(c) => Label::Code(c),
            None if unreadable => Label::Unreadable,
            None => Label::None,
        }
    }

    /// Notes the label of the item that entry `i` added to the record (or completed: the
    /// pregnancy). A label on a fact ephr always keeps on the core card is reported.
    fn label_item(&mut self, i: usize, before: Counts, label: Label) {
        let r = &self.entries[i].0["resource"];
        let path = self.entries[i].1.clone();
        let after = Counts::of(&self.rec);
        let item = if after.problems > before.problems {
            Some(Item::Problem(after.problems - 1))
        } else if after.medications > before.medications {
            Some(Item::Medication(after.medications - 1))
        } else if after.results > before.results {
            Some(Item::Result(after.results - 1))
        } else if after.referrals > before.referrals {
            Some(Item::Referral(after.referrals - 1))
        } else if after.alerts > before.alerts {
            Some(Item::Alert(after.alerts - 1))
        } else if is_screening(r) && self.rec.mental_health.is_some() {
            Some(Item::MentalHealth)
        } else if after.pregnancy_parts > before.pregnancy_parts
            || (self.rec.pregnancy.is_some() && is_pregnancy_observation(r))
        {
            Some(Item::Pregnancy)
        } else {
            None
        };
        match (item, label) {
            (Some(item), _) => {
                if label == Label::Code(Confidentiality::VeryRestricted) {
                    self.report.add(
                        format!("{path}.meta.security"),
                        "labelled V (very restricted): ephr has one level of confidentiality, \
                         the confidential card; marked \"confidential\": true",
                    );
                }
                self.labels.push((item, label, path));
            }
            (None, Label::Code(c)) if c.is_confidential() && after != before => {
                self.report.add(
                    format!("{path}.meta.security"),
                    format!(
                        "labelled {} ({}), but ephr keeps allergies, vaccinations and vital \
                         signs on the card every clinic sees (docs/PRIVACY.md): imported \
                         without the label",
                        c.code(),
                        c.display()
                    ),
                );
            }
            (None, _) => {}
        }
    }

    /// The marks of the record's items ([`Imported::overrides`]), by the import rule of
    /// [`Confidentiality::is_confidential`]; an item left on the core card that would give away
    /// a confidential one ([`MarkedRecord::revealing`]) is marked confidential too, and reported.
    fn marks(&mut self, record: &Record) -> BTreeMap<Item, bool> {
        let defaults = MarkedRecord::new(record.clone());
        let mut wanted: BTreeMap<Item, (Option<bool>, String)> = BTreeMap::new();
        for (item, label, path) in &self.labels {
            let mark = match label {
                Label::Code(c) => Some(c.is_confidential()),
                Label::Unreadable => None,
                Label::None => self.labelled.then_some(false),
            };
            let e = wanted.entry(*item).or_insert((None, path.clone()));
            // Several resources make one pregnancy: confidential if any is.
            e.0 = e.0.max(mark);
        }
        let mut marked = MarkedRecord::new(record.clone());
        for (item, (mark, _)) in &wanted {
            match mark {
                Some(true) => {
                    marked.overrides.insert(*item, true);
                }
                // "Not confidential" is a decision only where the default says otherwise.
                Some(false) if defaults.is_confidential(*item) => {
                    marked.overrides.insert(*item, false);
                }
                _ => {}
            }
        }
        for (item, why) in marked.revealing() {
            marked.overrides.insert(item, true);
            let path = wanted.get(&item).map_or(item.to_string(), |w| w.1.clone());
            self.report.add(
                path,
                format!(
                    "marked \"confidential\": true although not labelled so: {}",
                    why.problem
                ),
            );
        }
        let confidential = marked.confidential_items();
        if marked.overrides.values().any(|m| *m) {
            self.report.add(
                "meta.security",
                format!(
                    "{} item(s) are marked \"confidential\": true ({}); they go on a \
                     confidential card only if the person agrees: add \"consent\": \
                     {{\"confidential_card\": true}} to the record, else `ephr issue` leaves \
                     them out of every card",
                    confidential.len(),
                    confidential
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        marked.overrides
    }

    fn condition(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let code = Concept::of(&r.take("code").unwrap_or_default());
        r.take("category");
        r.take("recordedDate");
        let ver = Concept::of(&r.take("verificationStatus").unwrap_or_default());
        if code.has(ABSENT_UNKNOWN, "no-known-problems") || code.has(SNOMED, sct::NO_PROBLEMS) {
            self.none_known[0] = true;
            r.take("clinicalStatus");
            return r.done(rep);
        }
        if code.has(ABSENT_UNKNOWN, "no-problem-info") {
            r.take("clinicalStatus");
            return r.done(rep);
        }
        if ver
            .first_code()
            .is_some_and(|c| ["refuted", "entered-in-error"].contains(&c))
        {
            return r.skip(
                rep,
                format!(
                    "{}: verification status {}; not imported",
                    code.describe(),
                    ver.describe()
                ),
            );
        }
        let Some(icd) = code.keep(&r.path, "code", &PROBLEM_CODING, rep) else {
            return r.skip(rep, PROBLEM_CODING.missing(&code));
        };
        let mut p = Problem {
            icd10: icd,
            status: ProblemStatus::Active,
            provisional: ver
                .first_code()
                .is_some_and(|c| ["provisional", "differential", "unconfirmed"].contains(&c)),
            onset: None,
            note: None,
        };
        let clin = Concept::of(&r.take("clinicalStatus").unwrap_or_default());
        if let Some(c) = clin.first_code() {
            match PROBLEM_STATUS.value(c) {
                Some(s) => p.status = s,
                None => {
                    p.status = if c == "remission" {
                        ProblemStatus::Inactive
                    } else {
                        ProblemStatus::Active
                    };
                    rep.add(
                        format!("{}.clinicalStatus", r.path),
                        format!("\"{c}\" recorded as {}", PROBLEM_STATUS.code(p.status)),
                    );
                }
            }
        }
        p.onset = r.take_date("onsetDateTime", rep, false);
        p.note = r.take_note(rep);
        push(&mut self.rec.problems, p);
        r.done(&mut self.report);
    }

    fn allergy(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let code = Concept::of(&r.take("code").unwrap_or_default());
        let clin = Concept::of(&r.take("clinicalStatus").unwrap_or_default());
        let ver = Concept::of(&r.take("verificationStatus").unwrap_or_default());
        if code.has(ABSENT_UNKNOWN, "no-known-allergies") || code.has(SNOMED, sct::NO_ALLERGIES) {
            self.none_known[1] = true;
            return r.done(rep);
        }
        if code.has(ABSENT_UNKNOWN, "no-allergy-info") {
            return r.done(rep);
        }
        if clin.first_code().is_some_and(|c| c != "active") {
            return r.skip(
                rep,
                format!(
                    "allergy {} is {}; ephr records current allergies only",
                    code.describe(),
                    clin.describe()
                ),
            );
        }
        if ver
            .first_code()
            .is_some_and(|c| ["refuted", "entered-in-error"].contains(&c))
        {
            return r.skip(
                rep,
                format!(
                    "allergy {}: verification status {}; not imported",
                    code.describe(),
                    ver.describe()
                ),
            );
        }
        let Some(substance) = code.label() else {
            return r.skip(
                rep,
                "allergy without a substance name; not imported: add code.text",
            );
        };
        let substance = cut(
            &substance,
            MAX_SHORT_TEXT_CHARS,
            &format!("{}.code", r.path),
            rep,
        );
        let atc = code
            .code_in(CodeSystem::Atc.uri())
            .filter(|c| codes::is_well_formed_atc(c))
            .map(str::to_string);
        code.report_others(
            rep,
            &format!("{}.code", r.path),
            CodeSystem::Atc.uri(),
            "ephr keeps the substance name and its ATC code only",
        );
        let mut a = Allergy {
            substance,
            atc,
            category: None,
            criticality: None,
            reaction: None,
        };
        for (k, c) in r.take_array("category").into_iter().enumerate() {
            match c.as_str().and_then(|c| ALLERGY_CATEGORY.value(c)) {
                Some(c) if a.category.is_none() => a.category = Some(c),
                _ => rep.add(
                    format!("{}.category[{k}]", r.path),
                    "a further category; ephr keeps one",
                ),
            }
        }
        if let Some(c) = r.take_str("criticality", rep) {
            a.criticality = CRITICALITY.value(&c);
        }
        let mut reactions = Vec::new();
        for (k, re) in r.take_array("reaction").into_iter().enumerate() {
            let mut re = Res::new(format!("{}.reaction[{k}]", r.path), &re);
            for m in re.take_array("manifestation") {
                if let Some(l) = Concept::of(&m).label() {
                    reactions.push(l);
                }
            }
            if let Some(d) = re
                .take("description")
                .and_then(|d| d.as_str().map(str::to_string))
            {
                reactions.push(d);
            }
            re.done(rep);
        }
        if !reactions.is_empty() {
            a.reaction = Some(cut(
                &reactions.join("; "),
                MAX_NOTE_CHARS,
                &format!("{}.reaction", r.path),
                rep,
            ));
        }
        if let Some(t) = r.take("type") {
            rep.add(
                format!("{}.type", r.path),
                format!("type {t} (allergy or intolerance) not carried"),
            );
        }
        push(&mut self.rec.allergies, a);
        r.done(&mut self.report);
    }

    fn medication(&mut self, mut r: Res) {
        let mut concept = r.take("medicationCodeableConcept").unwrap_or_default();
        if let Some(m) = r.take("medicationReference") {
            match self.resolve(&m) {
                Some(i) => {
                    self.used[i] = true;
                    concept = self.entries[i].0["resource"]["code"].clone();
                }
                None => self.report.add(
                    format!("{}.medicationReference", r.path),
                    "the Medication is not in the Bundle",
                ),
            }
        }
        let rep = &mut self.report;
        let code = Concept::of(&concept);
        if code.has(ABSENT_UNKNOWN, "no-known-medications") || code.has(SNOMED, sct::NO_MEDICATIONS)
        {
            self.none_known[2] = true;
            r.take("status");
            r.take("effectiveDateTime");
            return r.done(rep);
        }
        if code.has(ABSENT_UNKNOWN, "no-medication-info") {
            r.take("status");
            r.take("_effectiveDateTime");
            return r.done(rep);
        }
        let status = r.take_str("status", rep).unwrap_or_default();
        if ["not-taken", "entered-in-error"].contains(&status.as_str()) {
            return r.skip(
                rep,
                format!("{} has status {status}; not imported", code.describe()),
            );
        }
        let Some(atc) = code.keep(&r.path, "medication", &MEDICATION_CODING, rep) else {
            return r.skip(rep, MEDICATION_CODING.missing(&code));
        };
        let mut m = Medication {
            atc,
            dose: None,
            status: MedicationStatus::Active,
            until: None,
        };
        match MEDICATION_STATUS.value(&status) {
            Some(s) => m.status = s,
            None if status.is_empty() => {}
            None => rep.add(
                format!("{}.status", r.path),
                format!("\"{status}\" recorded as active"),
            ),
        }
        if let Some(p) = r.take("effectivePeriod") {
            let mut p = Res::new(format!("{}.effectivePeriod", r.path), &p);
            m.until = p.take_date("end", rep, true);
            if let Some(s) = p.take_date("start", rep, true) {
                rep.add(
                    format!("{}.start", p.path),
                    format!("start {s} not carried"),
                );
            }
            p.done(rep);
        }
        r.take("_effectiveDateTime");
        r.take("dateAsserted");
        let mut doses = Vec::new();
        for (k, d) in r.take_array("dosage").into_iter().enumerate() {
            match d["text"].as_str() {
                Some(t) => doses.push(t.to_string()),
                None => rep.add(
                    format!("{}.dosage[{k}]", r.path),
                    "structured dosage without text not carried: add dosage.text",
                ),
            }
        }
        if !doses.is_empty() {
            m.dose = Some(cut(
                &doses.join("; "),
                MAX_SHORT_TEXT_CHARS,
                &format!("{}.dosage", r.path),
                rep,
            ));
        }
        push(&mut self.rec.medications, m);
        r.done(&mut self.report);
    }

    fn immunization(&mut self, mut r: Res) {
        let code = Concept::of(&r.take("vaccineCode").unwrap_or_default());
        let imm = self
            .rec
            .immunizations
            .get_or_insert_with(Immunizations::default);
        let rep = &mut self.report;
        if code.has(ABSENT_UNKNOWN, "no-immunization-info") {
            imm.no_records = true;
            for k in ["status", "occurrenceString", "recorded", "primarySource"] {
                r.take(k);
            }
            return r.done(rep);
        }
        let status = r.take_str("status", rep).unwrap_or_default();
        if status != "completed" {
            return r.skip(
                rep,
                format!(
                    "{} has status \"{status}\"; only given doses are imported",
                    code.describe()
                ),
            );
        }
        let Some(vaccine) = code.keep(&r.path, "vaccineCode", &VACCINE_CODING, rep) else {
            return r.skip(rep, VACCINE_CODING.missing(&code));
        };
        let date = r.take_date("occurrenceDateTime", rep, false);
        if let Some(s) = r.take_str("occurrenceString", rep)
            && s != "date not known"
        {
            rep.add(
                format!("{}.occurrenceString", r.path),
                format!("\"{s}\" is not a date; recorded without one"),
            );
        }
        let primary = r.take("primarySource").and_then(|v| v.as_bool());
        // Given at another encounter of the document without a date: on that encounter's day.
        let date = match (date, &self.elsewhere_date) {
            (None, Some(d)) if primary == Some(true) => Some(d.clone()),
            (date, _) => date,
        };
        let origin = Concept::of(&r.take("reportOrigin").unwrap_or_default());
        r.take("recorded");
        let mut source = match origin
            .code_in(IMMUNIZATION_ORIGIN)
            .and_then(|c| DOSE_ORIGIN.value(c))
        {
            Some(s) => s,
            None if primary == Some(true) => EvidenceSource::GivenHere,
            None => EvidenceSource::Documented,
        };
        if source == EvidenceSource::GivenHere
            && date.as_deref() != Some(self.rec.encounter.date.as_str())
        {
            source = EvidenceSource::Documented;
        }
        if source == EvidenceSource::Documented && date.is_none() {
            source = EvidenceSource::Reported;
        }
        let mut d = Dose {
            vaccine,
            date,
            dose_number: None,
            source,
            country: None,
            lot: None,
        };
        if let Some(l) = r.take_str("lotNumber", rep) {
            if l.chars().count() <= 20 {
                d.lot = Some(l);
            } else {
                rep.add(
                    format!("{}.lotNumber", r.path),
                    format!("lot \"{l}\" is longer than 20 characters; not carried"),
                );
            }
        }
        if let Some(l) = r.take("location") {
            let country = self_resolve_country(&self.entries, &l);
            match country {
                Some(c) => d.country = Some(c),
                None => rep.add(
                    format!("{}.location", r.path),
                    "location without an ISO 3166 address.country; not carried",
                ),
            }
        }
        for (k, pa) in r.take_array("protocolApplied").into_iter().enumerate() {
            let mut pa = Res::new(format!("{}.protocolApplied[{k}]", r.path), &pa);
            let n = pa
                .take("doseNumberPositiveInt")
                .and_then(|v| v.as_u64())
                .or_else(|| {
                    pa.take("doseNumberString")
                        .and_then(|v| v.as_str().and_then(|s| s.parse().ok()))
                });
            match n
                .and_then(|n| u8::try_from(n).ok())
                .filter(|n| (1..=10).contains(n))
            {
                Some(n) if d.dose_number.is_none() => d.dose_number = Some(n),
                _ => rep.add(
                    pa.path.clone(),
                    "dose number not 1-10, or a further one; not carried",
                ),
            }
            pa.done(rep);
        }
        let imm = self
            .rec
            .immunizations
            .get_or_insert_with(Immunizations::default);
        imm.doses.push(d);
        r.done(&mut self.report);
    }

    fn vital(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let code = Concept::of(&r.take("code").unwrap_or_default());
        for k in ["status", "category", "effectiveDateTime"] {
            r.take(k);
        }
        let vs = self.rec.vital_signs.get_or_insert_with(VitalSigns::default);
        let loinc = code.code_in(CodeSystem::Loinc.uri()).unwrap_or("");
        if loinc == loinc::BLOOD_PRESSURE {
            for (k, c) in r.take_array("component").into_iter().enumerate() {
                let cpath = format!("{}.component[{k}]", r.path);
                let cc = Concept::of(&c["code"]);
                let sign = cc
                    .code_in(CodeSystem::Loinc.uri())
                    .and_then(VitalSign::from_loinc);
                match (sign, quantity(&c["valueQuantity"], rep, &cpath)) {
                    (Some(VitalSign::Systolic), Some((v, u))) if u == "mm[Hg]" => vs.systolic_mmhg = whole(v, rep, &cpath),
                    (Some(VitalSign::Diastolic), Some((v, u))) if u == "mm[Hg]" => vs.diastolic_mmhg = whole(v, rep, &cpath),
                    _ => rep.add(cpath, format!("component {} not carried (ephr reads systolic and diastolic in mm[Hg])", cc.describe())),
                }
            }
            return r.done(rep);
        }
        let Some(sign) = VitalSign::from_loinc(loinc) else {
            return r.skip(
                rep,
                format!("vital sign {} is not one ephr records", code.describe()),
            );
        };
        let path = r.path.clone();
        let Some((v, unit)) = quantity(&r.take("valueQuantity").unwrap_or_default(), rep, &path)
        else {
            return r.skip(
                rep,
                format!("{} without a value; not imported", code.describe()),
            );
        };
        if unit != sign.unit() {
            return r.skip(
                rep,
                format!(
                    "{} in \"{unit}\"; ephr records it in {} and does not convert units",
                    code.describe(),
                    sign.unit()
                ),
            );
        }
        match sign {
            VitalSign::Height => vs.height_cm = tenths(v, rep, &path),
            VitalSign::Weight => vs.weight_kg = tenths(v, rep, &path),
            VitalSign::Temperature => vs.temperature_c = tenths(v, rep, &path),
            VitalSign::HeadCircumference => vs.head_circumference_cm = tenths(v, rep, &path),
            VitalSign::MidUpperArmCircumference => vs.muac_cm = tenths(v, rep, &path),
            VitalSign::HeartRate => vs.heart_rate_bpm = whole(v, rep, &path),
            VitalSign::RespiratoryRate => vs.respiratory_rate_per_min = whole(v, rep, &path),
            VitalSign::OxygenSaturation => vs.spo2_percent = whole(v, rep, &path),
            VitalSign::Systolic => vs.systolic_mmhg = whole(v, rep, &path),
            VitalSign::Diastolic => vs.diastolic_mmhg = whole(v, rep, &path),
            VitalSign::Bmi => self.bmi = Some((path, v)),
        }
        r.done(rep);
    }

    fn pregnancy(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let code = Concept::of(&r.take("code").unwrap_or_default());
        for k in ["status", "category", "effectiveDateTime"] {
            r.take(k);
        }
        let p = self.rec.pregnancy.get_or_insert(Pregnancy {
            status: PregnancyStatus::Unknown,
            expected_delivery: None,
            gestational_weeks: None,
            gravida: None,
            para: None,
        });
        let small = |v: Option<Value>| {
            v.and_then(|v| v.as_u64())
                .and_then(|n| u8::try_from(n).ok())
        };
        match code.code_in(CodeSystem::Loinc.uri()).unwrap_or("") {
            loinc::PREGNANCY_STATUS => {
                let v = Concept::of(&r.take("valueCodeableConcept").unwrap_or_default());
                r.take("dataAbsentReason");
                p.status = if v.has(SNOMED, sct::PREGNANT) {
                    PregnancyStatus::Pregnant
                } else if v.has(SNOMED, sct::NOT_PREGNANT) {
                    PregnancyStatus::NotPregnant
                } else {
                    PregnancyStatus::Unknown
                };
            }
            loinc::EXPECTED_DELIVERY => {
                p.expected_delivery = r.take_date("valueDateTime", rep, true)
            }
            loinc::GESTATIONAL_AGE => {
                let q = r.take("valueQuantity").unwrap_or_default();
                p.gestational_weeks = q["value"]
                    .as_f64()
                    .filter(|w| *w >= 0.0 && *w < 60.0)
                    .map(|w| w.floor() as u8);
            }
            loinc::GRAVIDA => p.gravida = small(r.take("valueInteger")),
            loinc::PARA => p.para = small(r.take("valueInteger")),
            _ => {
                return r.skip(
                    rep,
                    format!(
                        "pregnancy observation {} is not one ephr records",
                        code.describe()
                    ),
                );
            }
        }
        r.done(rep);
    }

    fn observation(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let code = Concept::of(&r.take("code").unwrap_or_default());
        for k in ["status", "category", "issued"] {
            r.take(k);
        }
        if code.has(SCREENING_SYSTEM, SCREENING_CODE) {
            let v = Concept::of(&r.take("valueCodeableConcept").unwrap_or_default());
            let Some(outcome) = v
                .code_in(SCREENING_SYSTEM)
                .and_then(|c| SCREENING_OUTCOME.value(c))
            else {
                return r.skip(
                    rep,
                    "mental health screening without an outcome; not imported",
                );
            };
            r.take("effectiveDateTime");
            let tool = r
                .take("method")
                .and_then(|m| Concept::of(&m).label())
                .map(|t| cut(&t, 20, &r.path, rep));
            let referred = r.take_array("component").iter().any(|c| {
                Concept::of(&c["code"]).has(SCREENING_SYSTEM, REFERRED_CODE)
                    && c["valueBoolean"] == true
            });
            let note = r.take_note(rep);
            self.rec.mental_health = Some(MentalHealth {
                outcome,
                tool,
                referred,
                note,
            });
            return r.done(rep);
        }
        let Some(loinc) = code.keep(&r.path, "code", &RESULT_CODING, rep) else {
            return r.skip(rep, RESULT_CODING.missing(&code));
        };
        let interp = Concept::of(
            &r.take("interpretation")
                .and_then(|i| i.get(0).cloned())
                .unwrap_or_default(),
        );
        let absent = Concept::of(&r.take("dataAbsentReason").unwrap_or_default());
        let value_cc = Concept::of(&r.take("valueCodeableConcept").unwrap_or_default());
        let result = if absent.first_code() == Some("not-performed") {
            Some(ResultCode::NotDone)
        } else {
            interp
                .code_in(INTERPRETATION)
                .and_then(|c| {
                    RESULT_CODE.value(c).or(match c {
                        "H" | "L" | "HH" | "LL" | "AA" | "HU" | "LU" => Some(ResultCode::Abnormal),
                        "DET" => Some(ResultCode::Positive),
                        "ND" => Some(ResultCode::Negative),
                        _ => None,
                    })
                })
                .or_else(|| match value_cc.code_in(SNOMED) {
                    Some("10828004" | "260373001") => Some(ResultCode::Positive),
                    Some("260385009" | "260415000") => Some(ResultCode::Negative),
                    Some("82334004") => Some(ResultCode::Indeterminate),
                    _ => None,
                })
        };
        if let (Some(c), Some(mapped)) = (interp.code_in(INTERPRETATION), result)
            && RESULT_CODE.value(c).is_none()
        {
            rep.add(
                format!("{}.interpretation", r.path),
                format!("\"{c}\" recorded as {mapped:?}"),
            );
        }
        let Some(result) = result else {
            return r.skip(rep, format!(
                "result {loinc} has no interpretation ephr can read; not imported: add an interpretation (v3-ObservationInterpretation POS, NEG, IND, N or A)"
            ));
        };
        let mut res = LabResult {
            loinc,
            result,
            value: None,
            unit: None,
            date: None,
            note: None,
        };
        let path = r.path.clone();
        if let Some(q) = r.take("valueQuantity") {
            let text = match &q["value"] {
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            };
            match text.filter(|t| crate::record::is_decimal(t)) {
                Some(t) if result != ResultCode::NotDone => {
                    res.value = Some(t);
                    let unit = q["code"].as_str().or(q["unit"].as_str());
                    res.unit = unit
                        .filter(|u| {
                            !u.is_empty()
                                && u.len() <= 20
                                && u.chars().all(|c| c.is_ascii_graphic())
                        })
                        .map(str::to_string);
                    if unit.is_some() && res.unit.is_none() {
                        rep.add(
                            format!("{path}.valueQuantity"),
                            "unit is not a UCUM code of at most 20 characters; not carried",
                        );
                    }
                }
                _ => rep.add(
                    format!("{path}.valueQuantity"),
                    format!(
                        "value {} not carried (a decimal of at most 7+4 digits)",
                        q["value"]
                    ),
                ),
            }
        }
        res.date = r
            .take_date("effectiveDateTime", rep, true)
            .or_else(|| self.elsewhere_date.clone());
        res.note = r.take_note(rep);
        self.rec.results.push(res);
        r.done(&mut self.report);
    }

    fn referral(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let status = r.take_str("status", rep).unwrap_or_default();
        if status == "entered-in-error" {
            return r.skip(rep, "referral entered in error; not imported");
        }
        r.take("intent");
        r.take("authoredOn");
        let to = r
            .take("performerType")
            .and_then(|p| Concept::of(&p).label());
        let code = r.take("code").map(|c| Concept::of(&c));
        let to = match (to, &code) {
            (Some(t), Some(c)) => {
                rep.add(
                    format!("{}.code", r.path),
                    format!("requested service {} not carried", c.describe()),
                );
                Some(t)
            }
            (Some(t), None) => Some(t),
            (None, Some(c)) => c.label(),
            (None, None) => None,
        };
        let Some(to) = to else {
            return r.skip(rep, "referral without a service: add performerType.text naming the service or specialty");
        };
        let path = r.path.clone();
        let mut rf = Referral {
            to: cut(&to, MAX_SHORT_TEXT_CHARS, &path, rep),
            reason_icd10: None,
            urgency: Urgency::Routine,
            due: None,
            status: ReferralStatus::Planned,
            note: None,
        };
        match REFERRAL_STATUS.value(&status) {
            Some(s) => rf.status = s,
            None => rep.add(
                format!("{path}.status"),
                format!("\"{status}\" recorded as planned"),
            ),
        }
        if let Some(p) = r.take_str("priority", rep) {
            rf.urgency = URGENCY.value(&p).unwrap_or(Urgency::Urgent);
            if p == "stat" {
                rep.add(format!("{path}.priority"), "\"stat\" recorded as urgent");
            }
        }
        for (k, c) in r.take_array("reasonCode").into_iter().enumerate() {
            let c = Concept::of(&c);
            match c
                .code_in(CodeSystem::Icd10.uri())
                .filter(|c| codes::is_well_formed_icd10(c))
            {
                Some(icd) if rf.reason_icd10.is_none() => rf.reason_icd10 = Some(icd.into()),
                _ => rep.add(
                    format!("{path}.reasonCode[{k}]"),
                    format!(
                        "reason {} not carried: ephr keeps one ICD-10 reason",
                        c.describe()
                    ),
                ),
            }
        }
        if let Some(p) = r.take("occurrencePeriod") {
            let mut p = Res::new(format!("{path}.occurrencePeriod"), &p);
            rf.due = p.take_date("end", rep, true);
            p.done(rep);
        }
        if rf.due.is_none() {
            rf.due = r.take_date("occurrenceDateTime", rep, true);
        }
        rf.note = r.take_note(rep);
        self.rec.referrals.push(rf);
        r.done(&mut self.report);
    }

    fn recommendation(&mut self, mut r: Res) {
        let rep = &mut self.report;
        r.take("date");
        for (k, rec) in r.take_array("recommendation").into_iter().enumerate() {
            let mut x = Res::new(format!("{}.recommendation[{k}]", r.path), &rec);
            let codes: Vec<Concept> = x
                .take_array("vaccineCode")
                .iter()
                .map(Concept::of)
                .collect();
            let Some(vaccine) = codes
                .iter()
                .find_map(|c| c.code_in(CodeSystem::Atc.uri()))
                .filter(|c| codes::is_well_formed_vaccine_atc(c))
                .map(str::to_string)
            else {
                let what = codes
                    .iter()
                    .map(Concept::describe)
                    .collect::<Vec<_>>()
                    .join(", ");
                x.skip(rep, format!("recommended vaccine {what} has no WHO ATC J07 coding; not imported: add one"));
                continue;
            };
            x.take("forecastStatus");
            let dose_number = x
                .take("doseNumberPositiveInt")
                .and_then(|v| v.as_u64())
                .and_then(|n| u8::try_from(n).ok());
            let mut due = None;
            for c in x.take_array("dateCriterion") {
                if Concept::of(&c["code"]).has(CodeSystem::Loinc.uri(), loinc::DATE_VACCINE_DUE) {
                    due = c["value"].as_str().and_then(day);
                } else {
                    rep.add(
                        format!("{}.dateCriterion", x.path),
                        "date criterion other than 30980-7 (date vaccine due) not carried",
                    );
                }
            }
            self.rec.vaccinations_due.push(VaccinationDue {
                vaccine,
                dose_number,
                due,
            });
            x.done(rep);
        }
        r.done(rep);
    }

    fn flag(&mut self, mut r: Res) {
        let rep = &mut self.report;
        let status = r.take_str("status", rep).unwrap_or_default();
        let code = Concept::of(&r.take("code").unwrap_or_default());
        if status != "active" {
            return r.skip(
                rep,
                format!(
                    "alert {} is {status}; only active alerts are imported",
                    code.describe()
                ),
            );
        }
        r.take("period");
        let kind = code
            .code_in(ALERT_KIND_SYSTEM)
            .and_then(|c| ALERT_KIND.value(c))
            .unwrap_or(AlertKind::Other);
        let Some(text) = code.label() else {
            return r.skip(rep, "alert without text; not imported: add code.text");
        };
        let text = cut(&text, MAX_NOTE_CHARS, &r.path, rep);
        if kind == AlertKind::Other && code.code_in(ALERT_KIND_SYSTEM).is_none() {
            code.report_others(
                rep,
                &format!("{}.code", r.path),
                ALERT_KIND_SYSTEM,
                "ephr keeps the alert text",
            );
        }
        self.rec.alerts.push(Alert { kind, text });
        r.done(rep);
    }
}

/// A resource's confidentiality label, as read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// No v3-Confidentiality label.
    None,
    /// Only codes that are not v3-Confidentiality's: the defaults decide.
    Unreadable,
    /// The highest label.
    Code(Confidentiality),
}

/// How many items of each kind that can be kept confidential the record has: the item a
/// resource added is the one whose count grew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    problems: usize,
    medications: usize,
    results: usize,
    referrals: usize,
    alerts: usize,
    /// The pregnancy and each of its parts.
    pregnancy_parts: usize,
    /// Every other item, so that a resource that added anything shows.
    others: usize,
}

impl Counts {
    fn of(r: &Record) -> Self {
        let p = r.pregnancy.as_ref();
        Self {
            problems: r.problems.items().len(),
            medications: r.medications.items().len(),
            results: r.results.len(),
            referrals: r.referrals.len(),
            alerts: r.alerts.len(),
            pregnancy_parts: p.map_or(0, |p| {
                1 + usize::from(p.expected_delivery.is_some())
                    + usize::from(p.gestational_weeks.is_some())
                    + usize::from(p.gravida.is_some())
                    + usize::from(p.para.is_some())
            }),
            others: r.allergies.items().len()
                + r.immunizations.as_ref().map_or(0, |i| i.doses.len())
                + r.vaccinations_due.len()
                + usize::from(r.vital_signs.is_some()),
        }
    }
}

/// The v3-Confidentiality codes of a resource's `meta.security`.
fn security_codes(r: &Value) -> impl Iterator<Item = &str> {
    r["meta"]["security"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["system"] == CONFIDENTIALITY)
        .filter_map(|s| s["code"].as_str())
}

/// An Observation of the pregnancy section that ephr reads.
fn is_pregnancy_observation(r: &Value) -> bool {
    let c = Concept::of(&r["code"]);
    [
        loinc::PREGNANCY_STATUS,
        loinc::EXPECTED_DELIVERY,
        loinc::GESTATIONAL_AGE,
        loinc::GRAVIDA,
        loinc::PARA,
    ]
    .iter()
    .any(|code| c.has(CodeSystem::Loinc.uri(), code))
}

fn push<T>(l: &mut Listed<T>, item: T) {
    match l {
        Listed::Items(v) => v.push(item),
        _ => *l = Listed::Items(vec![item]),
    }
}

/// An empty list becomes "none known" when the document said so, else "not recorded".
fn fix_listed<T>(l: &mut Listed<T>, none_known: bool) {
    if l.items().is_empty() {
        *l = if none_known {
            Listed::NoneKnown
        } else {
            Listed::NotRecorded
        };
    }
}

fn self_resolve_country(entries: &[(&Value, String)], reference: &Value) -> Option<String> {
    let r = reference["reference"].as_str()?;
    let (e, _) = entries
        .iter()
        .find(|(e, _)| e["fullUrl"].as_str() == Some(r))?;
    e["resource"]["address"]["country"]
        .as_str()
        .filter(|c| codes::is_well_formed_country(c))
        .map(str::to_string)
}

/// The date part of a FHIR date or dateTime.
fn day(s: &str) -> Option<String> {
    s.get(..10)
        .filter(|d| parse_full_date(d).is_some())
        .map(str::to_string)
}

fn cut(s: &str, max: usize, path: &str, rep: &mut ImportReport) -> String {
    if s.chars().count() > max {
        rep.add(
            path,
            format!("text longer than {max} characters was cut: \"{s}\""),
        );
        s.chars().take(max).collect()
    } else {
        s.to_string()
    }
}

fn quantity(q: &Value, rep: &mut ImportReport, path: &str) -> Option<(f64, String)> {
    let v = q["value"].as_f64()?;
    let unit = q["code"]
        .as_str()
        .or(q["unit"].as_str())
        .unwrap_or("")
        .to_string();
    if q["system"].as_str().is_some_and(|s| s != UCUM) {
        rep.add(path, format!("unit system {} is not UCUM", q["system"]));
    }
    Some((v, unit))
}

fn tenths(v: f64, rep: &mut ImportReport, path: &str) -> Option<f64> {
    let t = (v * 10.0).round() / 10.0;
    if (t - v).abs() > 1e-9 {
        rep.add(path, format!("{v} rounded to {t}: the card stores tenths"));
    }
    Some(t)
}

fn whole(v: f64, rep: &mut ImportReport, path: &str) -> Option<u16> {
    let w = v.round();
    if (w - v).abs() > 1e-9 {
        rep.add(path, format!("{v} rounded to {w}"));
    }
    (0.0..=f64::from(u16::MAX)).contains(&w).then_some(w as u16)
}

fn strip_tags(xhtml: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in xhtml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let s = words.join(" ");
    if s.chars().count() > 120 {
        format!("{}…", s.chars().take(120).collect::<String>())
    } else {
        s
    }
}

/// The mental-health screening Observation (read in the results section).
fn is_screening(r: &Value) -> bool {
    Concept::of(&r["code"]).has(SCREENING_SYSTEM, SCREENING_CODE)
}

/// A fact for the report: what it is, its value and its own date.
fn fact_label(r: &Value) -> String {
    let mut s = describe_resource(r);
    let q = |q: &Value| {
        q["value"].as_f64().map(|v| {
            let u = q["code"].as_str().or(q["unit"].as_str()).unwrap_or("");
            format!("{v} {u}").trim_end().to_string()
        })
    };
    let mut values: Vec<String> = q(&r["valueQuantity"]).into_iter().collect();
    values.extend(
        r["component"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| q(&c["valueQuantity"])),
    );
    if let Some(c) = r.get("valueCodeableConcept") {
        values.push(Concept::of(c).describe());
    }
    if !values.is_empty() {
        s += &format!(" = {}", values.join(", "));
    }
    if let Some(t) = r["performerType"]["text"].as_str() {
        s += &format!(", to \"{t}\"");
    }
    for c in r["reasonCode"].as_array().into_iter().flatten() {
        s += &format!(", for {}", Concept::of(c).describe());
    }
    if let Some(v) = Concept::of(&r["verificationStatus"]).first_code() {
        s += &format!(", {v}");
    }
    for d in r["dosage"].as_array().into_iter().flatten() {
        if let Some(t) = d["text"].as_str() {
            s += &format!(", \"{t}\"");
        }
    }
    let date = [
        &r["effectiveDateTime"],
        &r["authoredOn"],
        &r["onsetDateTime"],
        &r["recordedDate"],
    ]
    .into_iter()
    .find_map(|d| d.as_str());
    if let Some(d) = date {
        s += &format!(", dated {d}");
    }
    s
}

fn describe_resource(r: &Value) -> String {
    let t = r["resourceType"].as_str().unwrap_or("resource");
    let c = ["code", "medicationCodeableConcept", "vaccineCode"]
        .iter()
        .map(|k| Concept::of(&r[*k]))
        .find(|c| !c.codings.is_empty() || c.text.is_some());
    match c {
        Some(c) => format!("{t} {}", c.describe()),
        None => t.to_string(),
    }
}

/// The one coding ephr keeps from a resource that cannot be imported without it.
struct RequiredCode {
    /// What the resource is, as the report names it ("problem").
    what: &'static str,
    system: CodeSystem,
    well_formed: fn(&str) -> bool,
    /// The coding it needs ("WHO ICD-10").
    needs: &'static str,
    /// What to add ("an ICD-10").
    add: &'static str,
}

impl RequiredCode {
    fn missing(&self, code: &Concept) -> String {
        format!(
            "{} {} has no {} coding; not imported: add {} coding (system {})",
            self.what,
            code.describe(),
            self.needs,
            self.add,
            self.system.uri()
        )
    }
}

const PROBLEM_CODING: RequiredCode = RequiredCode {
    what: "problem",
    system: CodeSystem::Icd10,
    well_formed: codes::is_well_formed_icd10,
    needs: "WHO ICD-10",
    add: "an ICD-10",
};
const MEDICATION_CODING: RequiredCode = RequiredCode {
    what: "medication",
    system: CodeSystem::Atc,
    well_formed: codes::is_well_formed_atc,
    needs: "WHO ATC",
    add: "an ATC",
};
const VACCINE_CODING: RequiredCode = RequiredCode {
    what: "vaccine",
    system: CodeSystem::Atc,
    well_formed: codes::is_well_formed_vaccine_atc,
    needs: "WHO ATC J07",
    add: "an ATC",
};
const RESULT_CODING: RequiredCode = RequiredCode {
    what: "result",
    system: CodeSystem::Loinc,
    well_formed: codes::is_well_formed_loinc,
    needs: "LOINC",
    add: "a LOINC",
};

/// A CodeableConcept, read leniently.
#[derive(Default)]
struct Concept {
    codings: Vec<(String, String, Option<String>)>,
    text: Option<String>,
}

impl Concept {
    fn of(v: &Value) -> Self {
        let codings = v["coding"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| {
                (
                    c["system"].as_str().unwrap_or("").to_string(),
                    c["code"].as_str().unwrap_or("").to_string(),
                    c["display"].as_str().map(str::to_string),
                )
            })
            .collect();
        Self {
            codings,
            text: v["text"].as_str().map(str::to_string),
        }
    }
    fn code_in(&self, system: &str) -> Option<&str> {
        self.codings
            .iter()
            .find(|(s, _, _)| s == system)
            .map(|(_, c, _)| c.as_str())
    }
    fn has(&self, system: &str, code: &str) -> bool {
        self.codings
            .iter()
            .any(|(s, c, _)| s == system && c == code)
    }
    fn first_code(&self) -> Option<&str> {
        self.codings.first().map(|(_, c, _)| c.as_str())
    }
    /// The text, or the first display.
    fn label(&self) -> Option<String> {
        self.text
            .clone()
            .or_else(|| self.codings.iter().find_map(|(_, _, d)| d.clone()))
    }
    fn describe(&self) -> String {
        let mut parts: Vec<String> = self
            .codings
            .iter()
            .map(|(s, c, d)| match d {
                Some(d) => format!("{} {c} \"{d}\"", system_name(s)),
                None => format!("{} {c}", system_name(s)),
            })
            .collect();
        if let Some(t) = &self.text {
            parts.push(format!("\"{t}\""));
        }
        if parts.is_empty() {
            "(no code)".into()
        } else {
            parts.join(", ")
        }
    }
    /// The well-formed code of `req`'s system, with every other coding reported as not kept
    /// (under `path.field`); `None` when there is none.
    fn keep(
        &self,
        path: &str,
        field: &str,
        req: &RequiredCode,
        rep: &mut ImportReport,
    ) -> Option<String> {
        let uri = req.system.uri();
        let code = self
            .code_in(uri)
            .filter(|c| (req.well_formed)(c))?
            .to_string();
        self.report_others(
            rep,
            &format!("{path}.{field}"),
            uri,
            &format!("ephr keeps the {} code only", req.system.name()),
        );
        Some(code)
    }
    /// Reports the codings in other systems than the one kept.
    fn report_others(&self, rep: &mut ImportReport, path: &str, kept: &str, why: &str) {
        for (k, (s, c, d)) in self.codings.iter().enumerate() {
            if s != kept {
                let d = d
                    .as_deref()
                    .map(|d| format!(" \"{d}\""))
                    .unwrap_or_default();
                rep.add(
                    format!("{path}.coding[{k}]"),
                    format!("{} {c}{d} not kept: {why}", system_name(s)),
                );
            }
        }
    }
}

fn system_name(uri: &str) -> &str {
    match uri {
        SNOMED => "SNOMED CT",
        "http://hl7.org/fhir/sid/icd-10-cm" => "ICD-10-CM",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
        "http://hl7.org/fhir/sid/cvx" => "CVX",
        ABSENT_UNKNOWN => "IPS absent/unknown",
        u => CodeSystem::ALL
            .into_iter()
            .find(|s| s.uri() == u)
            .map_or(u, |s| s.name()),
    }
}

/// A resource (or element) being taken apart: what is left at the end is reported.
struct Res {
    path: String,
    m: Map<String, Value>,
}

impl Res {
    fn new(path: String, v: &Value) -> Self {
        Self {
            path,
            m: v.as_object().cloned().unwrap_or_default(),
        }
    }
    fn take(&mut self, k: &str) -> Option<Value> {
        self.m.remove(k)
    }
    fn take_array(&mut self, k: &str) -> Vec<Value> {
        match self.m.remove(k) {
            Some(Value::Array(a)) => a,
            Some(v) => vec![v],
            None => Vec::new(),
        }
    }
    fn take_str(&mut self, k: &str, rep: &mut ImportReport) -> Option<String> {
        match self.m.remove(k)? {
            Value::String(s) => Some(s),
            v => {
                rep.add(
                    format!("{}.{k}", self.path),
                    format!("{v} is not text; not carried"),
                );
                None
            }
        }
    }
    /// A date element as ephr keeps it: full dates only when `full`, else YYYY, YYYY-MM too.
    fn take_date(&mut self, k: &str, rep: &mut ImportReport, full: bool) -> Option<String> {
        let s = self.take_str(k, rep)?;
        let d = if s.len() > 10 {
            s.get(..10).unwrap_or("")
        } else {
            s.as_str()
        };
        let ok = if full {
            parse_full_date(d).is_some()
        } else {
            PartialDate::parse(d).is_some()
        };
        if !ok {
            rep.add(
                format!("{}.{k}", self.path),
                format!("\"{s}\" is not a date ephr accepts; not carried"),
            );
            return None;
        }
        if d.len() < s.len() {
            rep.add(
                format!("{}.{k}", self.path),
                format!("time of \"{s}\" not carried"),
            );
        }
        Some(d.to_string())
    }
    fn take_note(&mut self, rep: &mut ImportReport) -> Option<String> {
        let notes: Vec<String> = self
            .take_array("note")
            .iter()
            .filter_map(|n| n["text"].as_str().map(str::to_string))
            .collect();
        (!notes.is_empty()).then(|| {
            cut(
                &notes.join("; "),
                MAX_NOTE_CHARS,
                &format!("{}.note", self.path),
                rep,
            )
        })
    }
    /// Reports the whole resource as not imported.
    fn skip(self, rep: &mut ImportReport, why: impl Into<String>) {
        rep.add(self.path, why);
    }
    /// Reports every field left.
    fn done(mut self, rep: &mut ImportReport) {
        // The encounter reference has been read to place the fact (`Importer::place`).
        for k in [
            "resourceType",
            "id",
            "text",
            "subject",
            "patient",
            "encounter",
            "context",
        ] {
            self.m.remove(k);
        }
        // Only ephr's own verification tag means something for the record; profiles, version
        // ids and update times are bookkeeping.
        if let Some(meta) = self.m.remove("meta")
            && meta["tag"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| t["system"] == VERIFICATION_TAG_SYSTEM)
        {
            rep.add(
                format!("{}.meta", self.path),
                "was exported by ephr as NOT VERIFIED: check it with the person before issuing",
            );
        }
        for (k, v) in self.m {
            let shown = v.to_string();
            let shown = if shown.chars().count() > 80 {
                format!("{}…", shown.chars().take(80).collect::<String>())
            } else {
                shown
            };
            rep.add(
                format!("{}.{k}", self.path),
                format!("{shown}: not carried by ephr"),
            );
        }
    }
}
