//! Verified entries → an IPS document Bundle.
//!
//! Every resource an entry yields is tied to that entry by a Provenance that names the issuing
//! authority as the trust list describes it, the signing key, the card id and issue time, carries
//! the signed card itself (so a receiver can check the signature again), and says whether ephr
//! verified it. Ids are derived from card ids and the Bundle's time is given by the caller, so
//! the same cards exported at the same time give the same bytes.

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::*;
use crate::card::{CardId, Claims, RecordId};
use crate::card::{EntryLink, entry_link};
use crate::codes::confidential::{Sensitive, by_default};
use crate::codes::{self, CodeSystem, VitalSign};
use crate::date::format_instant;
use crate::history::{Checked, Finding, History, Merged, Provenance, RecordHistory, Severity};
use crate::keys::KeyId;
use crate::record::{
    Alert, Allergy, Dose, EncounterKind, LabResult, Listed, Medication, MentalHealth, Name,
    Patient, Pregnancy, PregnancyStatus, Problem, Record, Referral, ResultCode, VaccinationDue,
    VitalSigns,
};
use crate::verify::{UnverifiedCard, VerifiedCard};

/// A card that did not verify (or was not checked) and that the user explicitly asked to export
/// anyway. Its resources are tagged `unverified` and its Provenance says NOT VERIFIED.
#[derive(Debug, Clone)]
pub struct UnverifiedEntry {
    /// The card.
    pub card: UnverifiedCard,
    /// Why it is not verified, as shown to the user (e.g. the verification error).
    pub reason: String,
}

/// Why no IPS document could be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    /// Nothing to export.
    #[error("no entries to export")]
    NoEntries,
    /// The entries belong to different records, i.e. possibly different people.
    #[error(
        "the cards belong to different records ({first} and {other}); an IPS document is about one person, so export each person's cards separately"
    )]
    DifferentRecords {
        /// Record id of the first entry.
        first: String,
        /// A different record id found.
        other: String,
    },
    /// The verified entries cannot all be about the same person as they claim (a finding of
    /// severity [`Severity::Problem`]: an identity mismatch, a link to another record), so they
    /// must not be merged into one person's document; `ephr verify` exits 1 on the same entries.
    #[error("the entries cannot be exported as one person's document: {detail} (finding: {code})")]
    HistoryProblem {
        /// The finding's code (`identity-mismatch`, `link-to-other-record`).
        code: String,
        /// The finding, as `ephr verify` prints it.
        detail: String,
    },
    /// An unverified card's content cannot even be decoded.
    #[error("the card signed with key {kid} cannot be read ({reason}); it cannot be exported")]
    Unreadable {
        /// Key id from its header.
        kid: KeyId,
        /// The decoding error.
        reason: String,
    },
    /// Some of the cards shown are not valid: a document for a clinic's system holds verified
    /// entries only ([`export_checked`]).
    #[error(
        "{} of the cards are not valid ({}); nothing is exported. Leave them out, or export them marked NOT VERIFIED (`ephr fhir export --include-unverified`)",
        .cards.len(),
        .cards.iter().map(|(source, why)| format!("{source}: {why}")).collect::<Vec<_>>().join("; ")
    )]
    NotValid {
        /// Each card that is not valid: where it was found, and why.
        cards: Vec<(String, String)>,
    },
}

/// How far ephr trusts an entry.
enum Trust {
    Verified,
    NotVerified(String),
}

/// What the export needs from one card, verified or not.
struct Source {
    trust: Trust,
    issuer: String,
    authority: Option<(String, String)>,
    kid: KeyId,
    card_id: CardId,
    issued_at: i64,
    record_id: RecordId,
    record: Record,
    cose: Vec<u8>,
    /// A confidential entry (docs/PRIVACY.md): everything only it states is labelled.
    confidential: bool,
}

impl Source {
    fn verified(c: &VerifiedCard) -> Self {
        let a = c.authority();
        Self::from_claims(
            c.claims(),
            Trust::Verified,
            Some((a.name.clone(), a.country.clone())),
            c.kid(),
            c.cose_bytes(),
        )
    }

    fn from_claims(
        cl: &Claims,
        trust: Trust,
        authority: Option<(String, String)>,
        kid: KeyId,
        cose: &[u8],
    ) -> Self {
        Self {
            trust,
            issuer: cl.issuer.clone(),
            authority,
            kid,
            card_id: cl.card_id.clone(),
            issued_at: cl.issued_at,
            record_id: cl.entry.record_id.clone(),
            record: cl.entry.record.clone(),
            cose: cose.to_vec(),
            confidential: cl.entry.confidential,
        }
    }

    fn verified_now(&self) -> bool {
        matches!(self.trust, Trust::Verified)
    }
}

/// Exports verified entries of one person as an FHIR R4 IPS document Bundle, dated `at` (POSIX
/// seconds). Entries may come in any order.
///
/// One entry is exported as it is. Several entries are merged first, as [`History::build`] merges
/// them for `ephr verify`: one resource per merged fact (the latest statement of a problem,
/// allergy, medication or referral; every dose and every result; the latest vital signs,
/// pregnancy and mental-health screening; the doses still due), each the target of the
/// Provenance of every entry that stated it, and the Patient from the latest entry. What the
/// history finds about the entries (conflicts, gaps, missing parts) becomes a `DetectedIssue` in
/// the Alerts section. The same entry presented twice counts once. A finding of severity
/// [`Severity::Problem`] (entries of one record naming different persons, a link to another
/// record) refuses the export with [`ExportError::HistoryProblem`]: such entries are not one
/// person's history.
pub fn export(cards: &[VerifiedCard], at: i64) -> Result<Value, ExportError> {
    export_with_unverified(cards, &[], at)
}

/// Exports cards already checked ([`Checked`]), as a clinic was shown them: refused with
/// [`ExportError::NotValid`] when any of them is not valid, so that no front-end exports a
/// partial history without saying so. (`ephr fhir export --include-unverified` is the explicit
/// way to carry such cards, tagged, with [`export_with_unverified`].)
pub fn export_checked(checked: &[Checked], at: i64) -> Result<Value, ExportError> {
    let not_valid = crate::history::not_valid(checked);
    if !not_valid.is_empty() {
        return Err(ExportError::NotValid { cards: not_valid });
    }
    let cards: Vec<VerifiedCard> = checked
        .iter()
        .filter_map(|c| c.result.as_ref().ok().cloned())
        .collect();
    export(&cards, at)
}

/// An export of what a user handed over, NOT-valid cards included on request
/// ([`export_inputs`]).
#[derive(Debug, Clone)]
pub struct InputsExport {
    /// The IPS document.
    pub document: Value,
    /// Cards that are not valid, exported tagged NOT VERIFIED: where each was found, and why.
    pub unverified: Vec<(String, String)>,
    /// Inputs that are not cards at all, left out: where each was found, and why.
    pub left_out: Vec<(String, String)>,
}

/// Exports cards as a user hands them over (`ephr fhir export`): each is verified against
/// `trust` at `now`. Without `include_unverified`, a card that is not valid refuses the export
/// ([`ExportError::NotValid`], as [`export_checked`]). With it, such cards are exported tagged
/// NOT VERIFIED ([`export_with_unverified`]), and inputs that are not cards at all are left out
/// and listed.
pub fn export_inputs(
    inputs: &[crate::input::Candidate],
    trust: &crate::trust::TrustList,
    now: i64,
    include_unverified: bool,
) -> Result<InputsExport, ExportError> {
    let mut verified = Vec::new();
    let mut unverified = Vec::new();
    let mut export = InputsExport {
        document: Value::Null,
        unverified: Vec::new(),
        left_out: Vec::new(),
    };
    for c in inputs {
        let parsed = c.parse();
        let result = match &parsed {
            Ok(u) => u.verify(trust, now),
            Err(d) => Err(d.clone().into()),
        };
        match (result, parsed) {
            (Ok(v), _) => verified.push(v),
            (Err(e), Ok(card)) => {
                export.unverified.push((c.source.clone(), e.to_string()));
                unverified.push(UnverifiedEntry {
                    card,
                    reason: e.to_string(),
                });
            }
            (Err(e), Err(_)) => export.left_out.push((c.source.clone(), e.to_string())),
        }
    }
    let all_valid = export.unverified.is_empty() && export.left_out.is_empty();
    if !all_valid && !include_unverified {
        return Err(ExportError::NotValid {
            cards: [export.unverified, export.left_out].concat(),
        });
    }
    export.document = export_with_unverified(&verified, &unverified, now)?;
    Ok(export)
}

/// Like [`export`], with cards that are NOT verified added because the user asked for them. Each
/// of their resources carries the `unverified` tag ([`VERIFICATION_TAG_SYSTEM`]), their
/// Provenance says NOT VERIFIED and why, and so do the narratives and the document title. They
/// never take part in the merge of the verified entries: their content follows the merged
/// history entry by entry, as they state it.
pub fn export_with_unverified(
    cards: &[VerifiedCard],
    unverified: &[UnverifiedEntry],
    at: i64,
) -> Result<Value, ExportError> {
    let mut others: Vec<Source> = Vec::new();
    for u in unverified {
        let claims = u
            .card
            .claims_unverified()
            .map_err(|e| ExportError::Unreadable {
                kid: u.card.kid(),
                reason: e.to_string(),
            })?;
        others.push(Source::from_claims(
            &claims,
            Trust::NotVerified(u.reason.clone()),
            None,
            u.card.kid(),
            u.card.cose_bytes(),
        ));
    }
    let record_ids: Vec<&RecordId> = cards
        .iter()
        .map(|c| &c.claims().entry.record_id)
        .chain(others.iter().map(|s| &s.record_id))
        .collect();
    let first = *record_ids.first().ok_or(ExportError::NoEntries)?;
    if let Some(other) = record_ids.iter().find(|r| **r != first) {
        return Err(ExportError::DifferentRecords {
            first: first.to_string(),
            other: other.to_string(),
        });
    }
    // Issue time first, card id to break ties, so the order never depends on the caller's.
    others.sort_by(|a, b| (a.issued_at, &a.card_id.0).cmp(&(b.issued_at, &b.card_id.0)));
    // The verified entries as one history: duplicates counted once, ordered, merged; the card id
    // as the source, so that nothing depends on the caller's order or file names.
    let history = History::build(
        cards
            .iter()
            .map(|c| Checked::from_verified(c.claims().card_id.to_string(), c.clone()))
            .collect(),
    );
    // Entries that name different persons, or link to another record, are never merged into one
    // person's document: the same entries make `ephr verify` exit 1.
    if let Some(f) = history
        .findings
        .iter()
        .find(|f| f.severity() >= Severity::Problem)
    {
        return Err(ExportError::HistoryProblem {
            code: f.code().to_owned(),
            detail: f.to_string(),
        });
    }
    let unverified_links: Vec<(EntryLink, CardId)> = others
        .iter()
        .map(|s| (entry_link(&s.cose), s.card_id.clone()))
        .collect();
    let findings: Vec<Issue> = history
        .findings
        .iter()
        .filter_map(|f| Issue::of(f, &unverified_links))
        .collect();
    match history.records.first() {
        Some(r) if r.entries.len() > 1 => Ok(Doc::merged(r, others, &findings, at)),
        r => {
            let mut sources: Vec<Source> = r
                .map(|r| {
                    r.entries
                        .iter()
                        .map(|e| Source::verified(&e.card))
                        .collect()
                })
                .unwrap_or_default();
            sources.append(&mut others);
            sources.sort_by(|a, b| (a.issued_at, &a.card_id.0).cmp(&(b.issued_at, &b.card_id.0)));
            Ok(Doc::per_entry(&sources, &findings, at))
        }
    }
}

/// A finding of the history that an EHR must know, as a `DetectedIssue`.
struct Issue {
    code: &'static str,
    severity: Severity,
    detail: String,
    /// The entries it is about (their Provenances are `implicated`).
    entries: Vec<CardId>,
}

impl Issue {
    /// Warnings and problems; notes (a duplicate counted once) do not matter to a receiver.
    fn of(f: &Finding, unverified: &[(EntryLink, CardId)]) -> Option<Self> {
        if f.severity() < Severity::Warning {
            return None;
        }
        let mut detail = f.to_string();
        let entries = match f {
            Finding::Conflict { first, second, .. } => {
                vec![first.entry.clone(), second.entry.clone()]
            }
            Finding::Gap {
                entry,
                follows,
                invalid_source: None,
                ..
            } => match unverified.iter().find(|(l, _)| l == follows) {
                // The predecessor is in the document, but only as an unverified entry.
                Some((_, card)) => {
                    detail = format!(
                        "entry {entry} follows entry {card}, which is included in this document \
                         but whose signature is NOT VERIFIED: its facts are not merged into the \
                         verified history"
                    );
                    vec![entry.clone(), card.clone()]
                }
                None => vec![entry.clone()],
            },
            Finding::Gap { entry, .. }
            | Finding::MissingPart { entry, .. }
            | Finding::IdentityMismatch { entry, .. }
            | Finding::LinkToOtherRecord { entry, .. } => vec![entry.clone()],
            Finding::SignedBeforeFollowed {
                entry, followed, ..
            }
            | Finding::EncounterBeforeFollowed {
                entry, followed, ..
            } => vec![entry.clone(), followed.clone()],
            Finding::SeveralRecords { .. } | Finding::Duplicate { .. } => Vec::new(),
        };
        Some(Self {
            code: f.code(),
            severity: f.severity(),
            detail,
            entries,
        })
    }
}

/// A reference to a resource in the Bundle, with its narrative line for the section.
struct Item {
    reference: String,
    line: String,
}

/// The sections ephr fills, in document order: (LOINC, title, required).
const SECTIONS: [(&str, &str, bool); 9] = [
    (loinc::PROBLEMS, "Problem list", true),
    (loinc::ALLERGIES, "Allergies and intolerances", true),
    (loinc::MEDICATIONS, "Medication summary", true),
    (loinc::IMMUNIZATIONS, "Immunizations", false),
    (loinc::RESULTS, "Diagnostic results", false),
    (loinc::VITAL_SIGNS, "Vital signs", false),
    (loinc::PREGNANCY, "Pregnancy", false),
    (loinc::PLAN_OF_CARE, "Plan of care", false),
    (loinc::ALERTS, "Alerts", false),
];

/// Index of a section in [`SECTIONS`].
#[derive(Clone, Copy)]
enum Sec {
    Problems,
    Allergies,
    Medications,
    Immunizations,
    Results,
    Vitals,
    Pregnancy,
    Plan,
    Alerts,
}

struct Doc {
    entries: Vec<Value>,
    sections: [Vec<Item>; 9],
    patient: String,
    seed: Vec<u8>,
    verified: bool,
    /// The entries (indexes of the sources) the resources being written come from.
    slots: Vec<usize>,
    /// Per entry, the resources it contributed: its Provenance's targets.
    targets: Vec<Vec<String>>,
    /// In a merged history, who stated the fact being written (for the narrative).
    attribution: Option<String>,
    /// Per entry (card id), the reference of its Provenance.
    provenances: Vec<(CardId, String)>,
    /// The fact being written was recorded by confidential entries only.
    confidential: bool,
    /// The highest confidentiality label written so far: the document's.
    highest: Confidentiality,
}

/// The seed of the document's own ids: every card id and the time.
fn doc_seed(sources: &[Source], at: i64) -> Vec<u8> {
    let mut seed = b"ephr-ips".to_vec();
    for s in sources {
        seed.extend_from_slice(&s.card_id.0);
    }
    seed.extend_from_slice(&at.to_be_bytes());
    seed
}

impl Doc {
    fn new(entries: usize) -> Self {
        Doc {
            entries: Vec::new(),
            sections: Default::default(),
            patient: String::new(),
            seed: Vec::new(),
            verified: true,
            slots: Vec::new(),
            targets: vec![Vec::new(); entries],
            attribution: None,
            provenances: Vec::new(),
            confidential: false,
            highest: Confidentiality::Normal,
        }
    }

    /// Every entry with its own resources, in order (one entry, or no more than one verified).
    fn per_entry(sources: &[Source], findings: &[Issue], at: i64) -> Value {
        // The person is who the latest VERIFIED entry names: an unverified card, however late,
        // never supplies the identity (nor the document's encounter). Only when no entry is
        // verified does the Patient come from the latest one, marked unverified. A core entry
        // comes before a confidential one, as for the next follow-up (`RecordHistory::latest`).
        let identity = sources
            .iter()
            .rposition(|s| s.verified_now() && !s.confidential)
            .or_else(|| sources.iter().rposition(Source::verified_now))
            .unwrap_or(sources.len() - 1);
        let latest = &sources[identity];
        let mut d = Doc::new(sources.len());
        d.seed = latest.record_id.0.clone();
        d.verified = latest.verified_now();
        d.patient = d.patient_resource(&latest.record.patient, &latest.record_id);
        let device = d.device();
        let mut authors = Vec::new();
        let mut encounter = String::new();
        for (k, s) in sources.iter().enumerate() {
            d.seed = s.card_id.0.clone();
            d.verified = s.verified_now();
            let org = d.organization(s, sources);
            if !authors.contains(&org) {
                authors.push(org.clone());
            }
            d.slots = vec![k];
            d.confidential = s.confidential;
            let e = d.entry(&s.record, &org);
            d.confidential = false;
            if k == identity {
                encounter = e;
            }
            d.provenance(s, k, &org, &device);
        }
        d.finish(sources, findings, &authors, &encounter, &device, at)
    }

    /// The verified entries of `r` as one merged history, then each unverified entry as it is.
    fn merged(r: &RecordHistory, unverified: Vec<Source>, findings: &[Issue], at: i64) -> Value {
        let mut sources: Vec<Source> = r
            .entries
            .iter()
            .map(|e| Source::verified(&e.card))
            .collect();
        let n = sources.len();
        sources.extend(unverified);
        // The latest core entry names the person and gives the document its encounter, as it is
        // the entry the next follow-up follows (`RecordHistory::latest`); a confidential entry
        // only when every entry is one.
        let main = sources[..n]
            .iter()
            .rposition(|s| !s.confidential)
            .unwrap_or(n - 1);
        let latest = &sources[main];
        let mut d = Doc::new(sources.len());
        d.seed = latest.record_id.0.clone();
        d.patient = d.patient_resource(&latest.record.patient, &latest.record_id);
        let device = d.device();
        let mut authors = Vec::new();
        let mut orgs = Vec::new();
        let mut encounter = String::new();
        // The Encounters written, with the visit they stand for.
        let mut visits: Vec<(crate::record::Encounter, String, String)> = Vec::new();
        for (k, s) in sources[..n].iter().enumerate() {
            d.seed = s.card_id.0.clone();
            let org = d.organization(s, &sources[..n]);
            if !authors.contains(&org) {
                authors.push(org.clone());
            }
            d.slots = vec![k];
            // The confidential entry issued with a core entry at the same visit shares its
            // Encounter: one visit, one Encounter, which the core card already shows.
            let same_visit = visits
                .iter()
                .find(|(e, o, _)| s.confidential && *e == s.record.encounter && *o == org)
                .map(|(.., r)| r.clone());
            let e = match same_visit {
                Some(r) => {
                    d.targets[k].push(r.clone());
                    r
                }
                None => {
                    let r = d.encounter(&s.record, &org, s.confidential);
                    if !s.confidential {
                        visits.push((s.record.encounter.clone(), org.clone(), r.clone()));
                    }
                    r
                }
            };
            if k == main {
                encounter = e;
            }
            orgs.push(org);
        }
        let mut seed = b"ephr-merged".to_vec();
        for s in &sources[..n] {
            seed.extend_from_slice(&s.card_id.0);
        }
        d.seed = seed;
        d.facts(&r.merged, r);
        d.slots.clear();
        d.attribution = None;
        d.confidential = false;
        for (k, s) in sources[..n].iter().enumerate() {
            d.seed = s.card_id.0.clone();
            d.provenance(s, k, &orgs[k], &device);
        }
        for (k, s) in sources.iter().enumerate().skip(n) {
            d.seed = s.card_id.0.clone();
            d.verified = false;
            let org = d.organization(s, &sources[n..]);
            if !authors.contains(&org) {
                authors.push(org.clone());
            }
            d.slots = vec![k];
            d.confidential = s.confidential;
            d.entry(&s.record, &org);
            d.confidential = false;
            d.provenance(s, k, &org, &device);
        }
        d.finish(&sources, findings, &authors, &encounter, &device, at)
    }

    /// The findings, the Composition first, and the Bundle.
    fn finish(
        mut self,
        sources: &[Source],
        findings: &[Issue],
        authors: &[String],
        encounter: &str,
        device: &str,
        at: i64,
    ) -> Value {
        let all_verified = sources.iter().all(Source::verified_now);
        self.verified = true;
        self.slots.clear();
        self.attribution = None;
        self.seed = doc_seed(sources, at);
        for (i, f) in findings.iter().enumerate() {
            // A finding about a confidential entry tells of it: labelled as the entry is.
            self.confidential = f
                .entries
                .iter()
                .any(|c| sources.iter().any(|s| s.card_id == *c && s.confidential));
            self.issue(i, f, device, at);
        }
        self.confidential = false;
        self.verified = all_verified;
        let composition = self.composition(authors, encounter, at, all_verified);
        let mut entries = vec![composition];
        entries.append(&mut self.entries);
        let id = uuid(&self.seed, "bundle");
        let mut bundle = json!({
            "resourceType": "Bundle",
            "id": id,
            "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{id}") },
            "type": "document",
            "timestamp": format_instant(at),
            "entry": entries,
        });
        // The highest label of the document (docs/FHIR.md, "Security labels").
        bundle["meta"] = json!({ "security": [self.highest.coding()] });
        if !all_verified {
            bundle["meta"]["tag"] = json!([unverified_tag()]);
        }
        bundle
    }

    /// Sets who stated the fact about to be written, and whether only confidential entries did
    /// (as [`crate::history::Fact::confidential`] says).
    fn from(&mut self, from: &[Provenance], r: &RecordHistory) {
        self.slots = from
            .iter()
            .filter_map(|p| {
                r.entries
                    .iter()
                    .position(|e| e.card.claims().card_id == p.entry)
            })
            .collect();
        self.confidential = !from.is_empty() && from.iter().all(|p| p.confidential);
        // The narrative of a fact that is not confidential names no confidential entry: that
        // visit is not for every reader (its Provenance, labelled, still lists the fact).
        let who: Vec<String> = from
            .iter()
            .filter(|p| self.confidential || !p.confidential)
            .map(|p| format!("{} {}", p.authority, p.date))
            .collect();
        self.attribution = Some(format!("recorded by {}", who.join(", ")));
    }

    /// One resource per merged fact, in the order a single entry's are written.
    fn facts(&mut self, m: &Merged, r: &RecordHistory) {
        // "None known" counts only when no entry recorded an item (see docs/FHIR.md).
        let none_known = |f: fn(&Record) -> bool| -> Vec<Provenance> {
            r.entries
                .iter()
                .filter(|e| f(&e.card.claims().entry.record))
                .map(|e| e.provenance.clone())
                .collect()
        };
        let problems_none = none_known(|r| r.problems == Listed::NoneKnown);
        if m.problems.is_empty() && !problems_none.is_empty() {
            self.from(&problems_none, r);
            self.none_known(Sec::Problems, &problems_none[problems_none.len() - 1].date);
        }
        for (i, f) in m.problems.iter().enumerate() {
            self.from(&f.from, r);
            self.problem(i, &f.value);
        }
        if m.allergies.is_empty() && !m.no_known_allergies.is_empty() {
            let from = &m.no_known_allergies;
            self.from(from, r);
            self.none_known(Sec::Allergies, &from[from.len() - 1].date);
        }
        for (i, f) in m.allergies.iter().enumerate() {
            self.from(&f.from, r);
            self.allergy(i, &f.value);
        }
        let medications_none = none_known(|r| r.medications == Listed::NoneKnown);
        if m.medications.is_empty() && !medications_none.is_empty() {
            self.from(&medications_none, r);
            let date = &medications_none[medications_none.len() - 1].date;
            self.none_known(Sec::Medications, date);
        }
        for (i, f) in m.medications.iter().enumerate() {
            self.from(&f.from, r);
            self.medication(i, &f.value);
        }
        let doses = m.immunizations.iter().flat_map(|v| &v.doses);
        if doses.clone().next().is_none() && !m.no_vaccination_records.is_empty() {
            let from = &m.no_vaccination_records;
            self.from(from, r);
            self.no_vaccination_records(&from[from.len() - 1].date);
        }
        for (i, f) in doses.enumerate() {
            self.from(&f.from, r);
            self.dose(i, &f.value);
        }
        for (i, f) in m.results.iter().enumerate() {
            self.from(&f.from, r);
            self.result(i, &f.value, &f.first().date);
        }
        if let Some(f) = &m.mental_health {
            self.from(&f.from, r);
            self.mental_health(&f.value, &f.last().date);
        }
        if let Some(f) = &m.vital_signs {
            self.from(&f.from, r);
            self.vitals(&f.value, &f.last().date);
        }
        if let Some(f) = &m.pregnancy {
            self.from(&f.from, r);
            self.pregnancy(&f.value, &f.last().date);
        }
        for (i, f) in m.referrals.iter().enumerate() {
            self.from(&f.from, r);
            self.referral(i, &f.value, &f.first().date);
        }
        for (i, f) in m.immunizations.iter().flat_map(|v| &v.due).enumerate() {
            self.from(&f.from, r);
            self.vaccinations_due(
                std::slice::from_ref(&f.value),
                &f.first().date,
                &format!("vaccination-due:{i}"),
            );
        }
        for (i, f) in m.alerts.iter().enumerate() {
            self.from(&f.from, r);
            self.alert(i, &f.value, &f.first().date);
        }
    }

    /// A finding about the entries, by ephr (the Device), implicating their Provenances.
    fn issue(&mut self, i: usize, f: &Issue, device: &str, at: i64) {
        let implicated: Vec<Value> = f
            .entries
            .iter()
            .filter_map(|c| self.provenances.iter().find(|(id, _)| id == c))
            .map(|(_, p)| json!({ "reference": p }))
            .collect();
        let (severity, label) = match f.severity {
            Severity::Problem => ("high", "PROBLEM"),
            Severity::Warning => ("moderate", "WARNING"),
            Severity::Note => ("low", "NOTE"),
        };
        let mut r = json!({
            "resourceType": "DetectedIssue",
            "status": "final",
            "code": {
                "coding": [{ "system": HISTORY_FINDING_SYSTEM, "code": f.code }],
                "text": finding_title(f.code),
            },
            "severity": severity,
            "patient": self.subject(),
            "identifiedDateTime": format_instant(at),
            "author": { "reference": device },
            "detail": f.detail,
        });
        if !implicated.is_empty() {
            r["implicated"] = implicated.into();
        }
        let line = format!("{label} ({}): {}", finding_title(f.code), f.detail);
        self.item(Sec::Alerts, &format!("finding:{i}"), r, &line, None);
    }

    /// Adds a resource with its narrative and no security label; returns its reference.
    fn add(&mut self, label: &str, r: Value, narrative: &str) -> String {
        self.add_labelled(label, r, narrative, None)
    }

    /// Adds a resource with its narrative and confidentiality label; returns its reference.
    fn add_labelled(
        &mut self,
        label: &str,
        mut r: Value,
        narrative: &str,
        security: Option<Confidentiality>,
    ) -> String {
        let id = uuid(&self.seed, label);
        let url = format!("urn:uuid:{id}");
        let text = if self.verified {
            narrative.to_string()
        } else {
            format!("NOT VERIFIED: {narrative}")
        };
        if let Some(c) = security {
            self.highest = self.highest.max(c);
        }
        if let Some(m) = r.as_object_mut() {
            // resourceType first, then id, meta and text, as FHIR JSON is usually written.
            let mut o = Map::new();
            if let Some(t) = m.remove("resourceType") {
                o.insert("resourceType".into(), t);
            }
            o.insert("id".into(), id.into());
            let mut meta = Map::new();
            if let Some(c) = security {
                meta.insert("security".into(), json!([c.coding()]));
            }
            if !self.verified {
                meta.insert("tag".into(), json!([unverified_tag()]));
            }
            if !meta.is_empty() {
                o.insert("meta".into(), Value::Object(meta));
            }
            o.insert("text".into(), div(&xhtml_escape(&text)));
            o.append(m);
            r = Value::Object(o);
        }
        self.entries.push(json!({ "fullUrl": url, "resource": r }));
        for &k in &self.slots {
            self.targets[k].push(url.clone());
        }
        url
    }

    /// Adds a fact to its section. `sensitive` is the record's item it was made from, when it is
    /// one that can be kept confidential: its label follows [`Confidentiality::of_fact`].
    fn item(
        &mut self,
        sec: Sec,
        label: &str,
        r: Value,
        line: &str,
        sensitive: Option<Sensitive<'_>>,
    ) {
        let security =
            Confidentiality::of_fact(self.confidential, sensitive.is_some_and(by_default));
        let line = match &self.attribution {
            Some(a) => format!("{line}; {a}"),
            None => line.to_string(),
        };
        // The narratives say it too, for the reader of a rendered document: like the CONFIDENTIAL
        // mark of `ephr verify`, a sign not to repeat it where others can see.
        let line = if security == Some(Confidentiality::Restricted) {
            format!("RESTRICTED: {line}")
        } else {
            line
        };
        let line = line.as_str();
        let reference = self.add_labelled(label, r, line, security);
        let line = if self.verified {
            line.to_string()
        } else {
            format!("NOT VERIFIED: {line}")
        };
        self.sections[sec as usize].push(Item { reference, line });
    }

    fn subject(&self) -> Value {
        json!({ "reference": self.patient })
    }

    fn patient_resource(&mut self, p: &Patient, record_id: &RecordId) -> String {
        let mut r = json!({
            "resourceType": "Patient",
            "identifier": [{ "system": RECORD_ID_SYSTEM, "value": record_id.to_string() }],
        });
        let mut names = Vec::new();
        if let Some(n) = &p.name {
            names.push(human_name(n, false));
        }
        if let Some(n) = &p.name_latin {
            names.push(human_name(n, true));
        }
        if names.is_empty() {
            // IPS requires a name; a pseudonymous record has none by design.
            names.push(json!({ "extension": [absent("masked")] }));
        }
        r["name"] = names.into();
        if let Some(s) = p.sex {
            r["gender"] = SEX.code(s).into();
        }
        match &p.birth_date {
            Some(b) => {
                r["birthDate"] = b.clone().into();
                if p.birth_date_estimated {
                    r["_birthDate"] = json!({ "extension": [{
                        "url": BIRTH_DATE_ESTIMATED_EXT, "valueBoolean": true
                    }] });
                }
            }
            None => r["_birthDate"] = json!({ "extension": [absent("unknown")] }),
        }
        if let Some(c) = &p.nationality {
            r["extension"] = json!([{
                "url": NATIONALITY_EXT,
                "extension": [{ "url": "code", "valueCodeableConcept": concept(CodeSystem::Iso3166, c) }],
            }]);
        }
        if !p.languages.is_empty() {
            r["communication"] = p
                .languages
                .iter()
                .map(|l| json!({ "language": concept(CodeSystem::Iso639, l) }))
                .collect();
        }
        let mut line = p.name_latin.as_ref().or(p.name.as_ref()).map_or(
            "Name not recorded (pseudonymous record)".to_string(),
            Name::full,
        );
        if let Some(b) = &p.birth_date {
            line += &format!(
                ", born {b}{}",
                if p.birth_date_estimated {
                    " (estimated)"
                } else {
                    ""
                }
            );
        }
        if let Some(s) = p.sex {
            line += &format!(", {}", SEX.code(s));
        }
        if let Some(c) = &p.nationality {
            line += &format!(", nationality {}", display(CodeSystem::Iso3166, c));
        }
        self.add("patient", r, &line)
    }

    fn device(&mut self) -> String {
        let r = json!({
            "resourceType": "Device",
            "deviceName": [{ "name": "ephr", "type": "manufacturer-name" }],
            "version": [{ "value": env!("CARGO_PKG_VERSION") }],
        });
        let saved = (self.verified, std::mem::take(&mut self.seed));
        let slots = std::mem::take(&mut self.slots);
        self.verified = true;
        self.seed = b"ephr-device".to_vec();
        let reference = self.add(
            "device",
            r,
            "ephr, which checked the signatures of the entries against the trust list",
        );
        (self.verified, self.seed) = saved;
        self.slots = slots;
        reference
    }

    /// The issuing authority, as the trust list describes it (or as the unverified card claims).
    /// Labelled `R` when it issued only confidential entries among `sources`: its name (a
    /// clinic's) may tell what it treats.
    fn organization(&mut self, s: &Source, sources: &[Source]) -> String {
        let only_confidential = !sources
            .iter()
            .any(|x| x.issuer == s.issuer && !x.confidential);
        let label = format!("organization:{}:{}", s.issuer, s.verified_now());
        let reference = format!("urn:uuid:{}", uuid(b"ephr-org", &label));
        if self
            .entries
            .iter()
            .any(|e| e["fullUrl"] == reference.as_str())
        {
            return reference;
        }
        let mut r = json!({
            "resourceType": "Organization",
            "identifier": [{ "system": AUTHORITY_ID_SYSTEM, "value": s.issuer }],
            "active": true,
        });
        let line = match &s.authority {
            Some((name, country)) => {
                r["name"] = name.clone().into();
                r["address"] = json!([{ "country": country }]);
                format!("{name} ({}), issuing authority in the trust list", s.issuer)
            }
            None => {
                r["name"] = format!("{} (NOT VERIFIED)", s.issuer).into();
                format!(
                    "{}: the authority this card claims; not checked against a trust list",
                    s.issuer
                )
            }
        };
        let seed = std::mem::replace(&mut self.seed, b"ephr-org".to_vec());
        let slots = std::mem::take(&mut self.slots);
        let security = only_confidential.then_some(Confidentiality::Restricted);
        let reference = self.add_labelled(&label, r, &line, security);
        self.seed = seed;
        self.slots = slots;
        reference
    }

    /// Every resource of one entry; returns its Encounter.
    fn entry(&mut self, rec: &Record, org: &str) -> String {
        let enc = self.encounter(rec, org, self.confidential);
        let date = rec.encounter.date.clone();
        match &rec.problems {
            Listed::Items(v) => v.iter().enumerate().for_each(|(i, p)| self.problem(i, p)),
            Listed::NoneKnown => self.none_known(Sec::Problems, &date),
            Listed::NotRecorded => {}
        }
        match &rec.allergies {
            Listed::Items(v) => v.iter().enumerate().for_each(|(i, a)| self.allergy(i, a)),
            Listed::NoneKnown => self.none_known(Sec::Allergies, &date),
            Listed::NotRecorded => {}
        }
        match &rec.medications {
            Listed::Items(v) => v
                .iter()
                .enumerate()
                .for_each(|(i, m)| self.medication(i, m)),
            Listed::NoneKnown => self.none_known(Sec::Medications, &date),
            Listed::NotRecorded => {}
        }
        if let Some(imm) = &rec.immunizations {
            if imm.no_records {
                self.no_vaccination_records(&date);
            }
            for (i, d) in imm.doses.iter().enumerate() {
                self.dose(i, d);
            }
        }
        for (i, r) in rec.results.iter().enumerate() {
            self.result(i, r, &date);
        }
        if let Some(mh) = &rec.mental_health {
            self.mental_health(mh, &date);
        }
        if let Some(vs) = &rec.vital_signs {
            self.vitals(vs, &date);
        }
        if let Some(p) = &rec.pregnancy {
            self.pregnancy(p, &date);
        }
        for (i, r) in rec.referrals.iter().enumerate() {
            self.referral(i, r, &date);
        }
        if !rec.vaccinations_due.is_empty() {
            self.vaccinations_due(&rec.vaccinations_due, &date, "vaccinations-due");
        }
        for (i, a) in rec.alerts.iter().enumerate() {
            self.alert(i, a, &date);
        }
        enc
    }

    fn alert(&mut self, i: usize, a: &Alert, date: &str) {
        let r = json!({
            "resourceType": "Flag",
            "status": "active",
            "code": {
                "coding": [{ "system": ALERT_KIND_SYSTEM, "code": ALERT_KIND.code(a.kind) }],
                "text": a.text,
            },
            "subject": self.subject(),
            "period": { "start": date },
        });
        self.item(
            Sec::Alerts,
            &format!("alert:{i}"),
            r,
            &a.text,
            Some(Sensitive::Alert(a)),
        );
    }

    /// The visit, labelled `R` when only a `confidential` entry records it (a core entry of the
    /// same visit shares its Encounter instead: see [`Doc::merged`]).
    fn encounter(&mut self, rec: &Record, org: &str, confidential: bool) -> String {
        let security = confidential.then_some(Confidentiality::Restricted);
        let e = &rec.encounter;
        let mut loc = json!({
            "resourceType": "Location",
            "address": { "country": e.country },
        });
        let place = match &e.site {
            Some(site) => {
                loc["name"] = site.clone().into();
                format!("{site}, {}", display(CodeSystem::Iso3166, &e.country))
            }
            None => display(CodeSystem::Iso3166, &e.country),
        };
        let loc = self.add_labelled("location", loc, &place, security);
        let class = if e.kind == Some(EncounterKind::Emergency) {
            ("EMER", "emergency")
        } else {
            ("AMB", "ambulatory")
        };
        let mut r = json!({
            "resourceType": "Encounter",
            "status": "finished",
            "class": { "system": ACT_CODE, "code": class.0, "display": class.1 },
            "subject": self.subject(),
            "period": { "start": e.date, "end": e.date },
            "location": [{ "location": { "reference": loc } }],
            "serviceProvider": { "reference": org },
        });
        let mut line = format!("Encounter on {} at {place}", e.date);
        if let Some(k) = e.kind {
            r["type"] = json!([{ "coding": [{ "system": ENCOUNTER_KIND_SYSTEM, "code": ENCOUNTER_KIND.code(k) }] }]);
            line += &format!(" ({})", ENCOUNTER_KIND.code(k));
        }
        let mut participants = Vec::new();
        if let Some(role) = e.role {
            participants.push(json!({ "type": [{ "coding": [{ "system": ROLE_SYSTEM, "code": ROLE.code(role) }] }] }));
            line += &format!(", recorded by a {}", ROLE.code(role));
        }
        if e.mediator {
            participants.push(json!({ "type": [{ "coding": [{
                "system": PARTICIPATION_TYPE, "code": "INTRP", "display": "interpreter"
            }] }] }));
            line += ", with a cultural mediator or interpreter";
        }
        if !participants.is_empty() {
            r["participant"] = participants.into();
        }
        self.add_labelled("encounter", r, &line, security)
    }

    fn problem(&mut self, i: usize, p: &Problem) {
        let mut r = json!({
            "resourceType": "Condition",
            "clinicalStatus": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                "code": PROBLEM_STATUS.code(p.status),
            }] },
            "verificationStatus": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                "code": if p.provisional { "provisional" } else { "confirmed" },
            }] },
            "category": [{ "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                "code": "problem-list-item",
            }] }],
            "code": concept(CodeSystem::Icd10, &p.icd10),
            "subject": self.subject(),
        });
        let mut line = format!(
            "{} [ICD-10 {}], {}",
            display(CodeSystem::Icd10, &p.icd10),
            p.icd10,
            PROBLEM_STATUS.code(p.status)
        );
        if p.provisional {
            line += ", provisional";
        }
        if let Some(o) = &p.onset {
            r["onsetDateTime"] = o.clone().into();
            line += &format!(", since {o}");
        }
        note(&mut r, &mut line, &p.note);
        self.item(
            Sec::Problems,
            &format!("problem:{i}"),
            r,
            &line,
            Some(Sensitive::Problem(p)),
        );
    }

    /// The IPS way of saying "asked, and there are none" in a required section.
    fn none_known(&mut self, sec: Sec, date: &str) {
        let (code, sct, text) = match sec {
            Sec::Problems => ("no-known-problems", sct::NO_PROBLEMS, "No known problems"),
            Sec::Allergies => (
                "no-known-allergies",
                sct::NO_ALLERGIES,
                "No known allergies",
            ),
            _ => (
                "no-known-medications",
                sct::NO_MEDICATIONS,
                "No known medications",
            ),
        };
        let cc = json!({
            "coding": [
                { "system": ABSENT_UNKNOWN, "code": code, "display": text },
                { "system": SNOMED, "code": sct, "display": text },
            ],
            "text": text,
        });
        let r = match sec {
            Sec::Problems => json!({
                "resourceType": "Condition",
                "clinicalStatus": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "active",
                }] },
                "code": cc,
                "subject": self.subject(),
            }),
            Sec::Allergies => json!({
                "resourceType": "AllergyIntolerance",
                "clinicalStatus": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active",
                }] },
                "code": cc,
                "patient": self.subject(),
            }),
            _ => json!({
                "resourceType": "MedicationStatement",
                "status": "active",
                "medicationCodeableConcept": cc,
                "subject": self.subject(),
                "effectiveDateTime": date,
            }),
        };
        self.item(sec, code, r, text, None);
    }

    fn allergy(&mut self, i: usize, a: &Allergy) {
        let mut code = json!({ "text": a.substance });
        if let Some(atc) = &a.atc {
            code["coding"] = json!([coding(CodeSystem::Atc, atc)]);
        }
        let mut r = json!({
            "resourceType": "AllergyIntolerance",
            "clinicalStatus": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                "code": "active",
            }] },
            "code": code,
            "patient": self.subject(),
        });
        let mut line = a.substance.clone();
        if let Some(atc) = &a.atc {
            line += &format!(" [ATC {atc}]");
        }
        if let Some(c) = a.category {
            r["category"] = json!([ALLERGY_CATEGORY.code(c)]);
            line += &format!(", {}", ALLERGY_CATEGORY.code(c));
        }
        if let Some(c) = a.criticality {
            r["criticality"] = CRITICALITY.code(c).into();
            line += &format!(", criticality {}", CRITICALITY.code(c));
        }
        if let Some(re) = &a.reaction {
            r["reaction"] = json!([{ "manifestation": [{ "text": re }] }]);
            line += &format!(": {re}");
        }
        self.item(Sec::Allergies, &format!("allergy:{i}"), r, &line, None);
    }

    fn medication(&mut self, i: usize, m: &Medication) {
        let mut r = json!({
            "resourceType": "MedicationStatement",
            "status": MEDICATION_STATUS.code(m.status),
            "medicationCodeableConcept": concept(CodeSystem::Atc, &m.atc),
            "subject": self.subject(),
        });
        let mut line = format!(
            "{} [ATC {}], {}",
            display(CodeSystem::Atc, &m.atc),
            m.atc,
            MEDICATION_STATUS.code(m.status)
        );
        match &m.until {
            Some(u) => {
                r["effectivePeriod"] = json!({ "end": u });
                line += &format!(", until {u}");
            }
            // IPS requires effective[x]; ephr records no start date.
            None => r["_effectiveDateTime"] = json!({ "extension": [absent("unknown")] }),
        }
        if let Some(d) = &m.dose {
            r["dosage"] = json!([{ "text": d }]);
            line += &format!(": {d}");
        }
        self.item(
            Sec::Medications,
            &format!("medication:{i}"),
            r,
            &line,
            Some(Sensitive::Medication(m)),
        );
    }

    fn no_vaccination_records(&mut self, date: &str) {
        let r = json!({
            "resourceType": "Immunization",
            "status": "completed",
            "vaccineCode": {
                "coding": [{
                    "system": ABSENT_UNKNOWN,
                    "code": "no-immunization-info",
                    "display": "No information about immunizations",
                }],
                "text": "No vaccination records",
            },
            "patient": self.subject(),
            "occurrenceString": "no vaccination records",
            "recorded": date,
            "primarySource": false,
        });
        self.item(
            Sec::Immunizations,
            "no-immunization-info",
            r,
            "The person has no vaccination records",
            None,
        );
    }

    fn dose(&mut self, i: usize, d: &Dose) {
        let mut r = json!({
            "resourceType": "Immunization",
            "status": "completed",
            "vaccineCode": concept(CodeSystem::Atc, &d.vaccine),
            "patient": self.subject(),
        });
        let mut line = format!(
            "{} [ATC {}]",
            display(CodeSystem::Atc, &d.vaccine),
            d.vaccine
        );
        match &d.date {
            Some(date) => {
                r["occurrenceDateTime"] = date.clone().into();
                line += &format!(", {date}");
            }
            None => {
                r["occurrenceString"] = "date not known".into();
                line += ", date not known";
            }
        }
        match DOSE_ORIGIN.get(d.source) {
            Some(origin) => {
                r["primarySource"] = false.into();
                r["reportOrigin"] =
                    json!({ "coding": [{ "system": IMMUNIZATION_ORIGIN, "code": origin }] });
                line += &format!(
                    ", {}",
                    if origin == "record" {
                        "documented"
                    } else {
                        "reported, no document"
                    }
                );
            }
            None => {
                r["primarySource"] = true.into();
                line += ", given here";
            }
        }
        if let Some(lot) = &d.lot {
            r["lotNumber"] = lot.clone().into();
            line += &format!(", lot {lot}");
        }
        if let Some(c) = &d.country {
            let loc = json!({ "resourceType": "Location", "address": { "country": c } });
            let loc = self.add(
                &format!("dose-location:{i}"),
                loc,
                &display(CodeSystem::Iso3166, c),
            );
            r["location"] = json!({ "reference": loc });
            line += &format!(", in {}", display(CodeSystem::Iso3166, c));
        }
        if let Some(n) = d.dose_number {
            r["protocolApplied"] = json!([{ "doseNumberPositiveInt": n }]);
            line += &format!(", dose {n}");
        }
        self.item(Sec::Immunizations, &format!("dose:{i}"), r, &line, None);
    }

    fn result(&mut self, i: usize, res: &LabResult, date: &str) {
        // Chest radiographs and CTs are imaging; the other tests ephr records are laboratory.
        let category = if ["36643-5", "24627-2"].contains(&res.loinc.as_str()) {
            "imaging"
        } else {
            "laboratory"
        };
        let mut r = json!({
            "resourceType": "Observation",
            "status": "final",
            "category": [category_concept(category)],
            "code": concept(CodeSystem::Loinc, &res.loinc),
            "subject": self.subject(),
            "effectiveDateTime": res.date.as_deref().unwrap_or(date),
        });
        let mut line = format!(
            "{} [LOINC {}]",
            display(CodeSystem::Loinc, &res.loinc),
            res.loinc
        );
        if let Some(v) = &res.value {
            let mut q = json!({ "value": decimal(v) });
            if let Some(u) = &res.unit {
                q["unit"] = u.clone().into();
                q["system"] = UCUM.into();
                q["code"] = u.clone().into();
            }
            r["valueQuantity"] = q;
            line += &format!(
                ": {v}{}",
                res.unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default()
            );
        }
        if res.result == ResultCode::NotDone {
            r["dataAbsentReason"] =
                json!({ "coding": [{ "system": DATA_ABSENT_REASON, "code": "not-performed" }] });
            line += ", not done";
        } else {
            let code = RESULT_CODE.code(res.result);
            r["interpretation"] =
                json!([{ "coding": [{ "system": INTERPRETATION, "code": code }] }]);
            line += &format!(", {}", format!("{:?}", res.result).to_lowercase());
        }
        if let Some(d) = &res.date {
            line += &format!(", {d}");
        }
        note(&mut r, &mut line, &res.note);
        self.item(
            Sec::Results,
            &format!("result:{i}"),
            r,
            &line,
            Some(Sensitive::Result(res)),
        );
    }

    fn mental_health(&mut self, mh: &MentalHealth, date: &str) {
        let mut r = json!({
            "resourceType": "Observation",
            "status": "final",
            "category": [category_concept("survey")],
            "code": {
                "coding": [{ "system": SCREENING_SYSTEM, "code": SCREENING_CODE }],
                "text": "Mental health screening",
            },
            "subject": self.subject(),
            "effectiveDateTime": date,
            "valueCodeableConcept": { "coding": [{
                "system": SCREENING_SYSTEM, "code": SCREENING_OUTCOME.code(mh.outcome)
            }] },
        });
        let mut line = format!(
            "Mental health screening: {}",
            SCREENING_OUTCOME.code(mh.outcome)
        );
        if let Some(t) = &mh.tool {
            r["method"] = json!({ "text": t });
            line += &format!(" ({t})");
        }
        if mh.referred {
            r["component"] = json!([{
                "code": { "coding": [{ "system": SCREENING_SYSTEM, "code": REFERRED_CODE }] },
                "valueBoolean": true,
            }]);
            line += ", referred for psychosocial support";
        }
        note(&mut r, &mut line, &mh.note);
        self.item(
            Sec::Results,
            "mental-health",
            r,
            &line,
            Some(Sensitive::MentalHealth(mh)),
        );
    }

    fn vitals(&mut self, vs: &VitalSigns, date: &str) {
        let f = |v: Option<f64>| v.map(|x| json!(x));
        let n = |v: Option<u16>| v.map(|x| json!(x));
        let singles = [
            (VitalSign::Height, f(vs.height_cm)),
            (VitalSign::Weight, f(vs.weight_kg)),
            (VitalSign::Bmi, f(vs.bmi())),
            (VitalSign::HeartRate, n(vs.heart_rate_bpm)),
            (VitalSign::RespiratoryRate, n(vs.respiratory_rate_per_min)),
            (VitalSign::Temperature, f(vs.temperature_c)),
            (VitalSign::OxygenSaturation, n(vs.spo2_percent)),
            (VitalSign::HeadCircumference, f(vs.head_circumference_cm)),
            (VitalSign::MidUpperArmCircumference, f(vs.muac_cm)),
        ];
        for (sign, value) in singles {
            let Some(value) = value else { continue };
            let line = format!("{}: {value} {}", sign.info().en, sign.unit());
            let mut r = self.vital(sign.loinc(), date);
            r["valueQuantity"] = quantity(value, sign.unit());
            self.item(
                Sec::Vitals,
                &format!("vital:{}", sign.loinc()),
                r,
                &line,
                None,
            );
        }
        if vs.systolic_mmhg.is_some() || vs.diastolic_mmhg.is_some() {
            let mut r = self.vital(loinc::BLOOD_PRESSURE, date);
            let mut components = Vec::new();
            let mut parts = Vec::new();
            for (sign, v) in [
                (VitalSign::Systolic, vs.systolic_mmhg),
                (VitalSign::Diastolic, vs.diastolic_mmhg),
            ] {
                if let Some(v) = v {
                    components.push(json!({
                        "code": concept(CodeSystem::Loinc, sign.loinc()),
                        "valueQuantity": quantity(json!(v), sign.unit()),
                    }));
                    parts.push(v.to_string());
                }
            }
            r["component"] = components.into();
            let line = format!("Blood pressure: {} mm[Hg]", parts.join("/"));
            self.item(Sec::Vitals, "vital:bp", r, &line, None);
        }
    }

    fn vital(&self, code: &str, date: &str) -> Value {
        json!({
            "resourceType": "Observation",
            "status": "final",
            "category": [category_concept("vital-signs")],
            "code": concept(CodeSystem::Loinc, code),
            "subject": self.subject(),
            "effectiveDateTime": date,
        })
    }

    fn pregnancy(&mut self, p: &Pregnancy, date: &str) {
        let mut r = self.pregnancy_observation(loinc::PREGNANCY_STATUS, "Pregnancy status", date);
        let line = match p.status {
            PregnancyStatus::Pregnant | PregnancyStatus::NotPregnant => {
                let (code, text) = if p.status == PregnancyStatus::Pregnant {
                    (sct::PREGNANT, "Pregnant")
                } else {
                    (sct::NOT_PREGNANT, "Not pregnant")
                };
                r["valueCodeableConcept"] =
                    json!({ "coding": [{ "system": SNOMED, "code": code, "display": text }] });
                format!("Pregnancy status: {}", text.to_lowercase())
            }
            PregnancyStatus::Unknown => {
                r["dataAbsentReason"] =
                    json!({ "coding": [{ "system": DATA_ABSENT_REASON, "code": "unknown" }] });
                "Pregnancy status: unknown".to_string()
            }
        };
        self.item(
            Sec::Pregnancy,
            "pregnancy-status",
            r,
            &line,
            Some(Sensitive::Pregnancy(p)),
        );
        if let Some(edd) = &p.expected_delivery {
            let mut r = self.pregnancy_observation(
                loinc::EXPECTED_DELIVERY,
                "Delivery date Estimated",
                date,
            );
            r["valueDateTime"] = edd.clone().into();
            self.item(
                Sec::Pregnancy,
                "pregnancy-edd",
                r,
                &format!("Expected delivery {edd}"),
                Some(Sensitive::Pregnancy(p)),
            );
        }
        if let Some(w) = p.gestational_weeks {
            let mut r = self.pregnancy_observation(
                loinc::GESTATIONAL_AGE,
                "Gestational age in weeks",
                date,
            );
            r["valueQuantity"] = quantity(json!(w), "wk");
            self.item(
                Sec::Pregnancy,
                "pregnancy-weeks",
                r,
                &format!("Gestational age {w} weeks"),
                Some(Sensitive::Pregnancy(p)),
            );
        }
        for (code, v, what, label) in [
            (loinc::GRAVIDA, p.gravida, "[#] Pregnancies", "Gravida"),
            (loinc::PARA, p.para, "[#] Parturitions", "Para"),
        ] {
            if let Some(v) = v {
                let mut r = self.pregnancy_observation(code, what, date);
                r["valueInteger"] = v.into();
                self.item(
                    Sec::Pregnancy,
                    &format!("pregnancy:{code}"),
                    r,
                    &format!("{label} {v}"),
                    Some(Sensitive::Pregnancy(p)),
                );
            }
        }
    }

    fn pregnancy_observation(&self, code: &str, display: &str, date: &str) -> Value {
        json!({
            "resourceType": "Observation",
            "status": "final",
            "code": { "coding": [{ "system": CodeSystem::Loinc.uri(), "code": code, "display": display }] },
            "subject": self.subject(),
            "effectiveDateTime": date,
        })
    }

    fn referral(&mut self, i: usize, rf: &Referral, date: &str) {
        let mut r = json!({
            "resourceType": "ServiceRequest",
            "status": REFERRAL_STATUS.code(rf.status),
            "intent": "order",
            "priority": URGENCY.code(rf.urgency),
            "subject": self.subject(),
            "authoredOn": date,
            "performerType": { "text": rf.to },
        });
        let mut line = format!(
            "Referral to {} ({}, {})",
            rf.to,
            URGENCY.code(rf.urgency),
            REFERRAL_STATUS.code(rf.status)
        );
        if let Some(c) = &rf.reason_icd10 {
            r["reasonCode"] = json!([concept(CodeSystem::Icd10, c)]);
            line += &format!(" for {} [ICD-10 {c}]", display(CodeSystem::Icd10, c));
        }
        if let Some(d) = &rf.due {
            r["occurrencePeriod"] = json!({ "end": d });
            line += &format!(", by {d}");
        }
        note(&mut r, &mut line, &rf.note);
        self.item(
            Sec::Plan,
            &format!("referral:{i}"),
            r,
            &line,
            Some(Sensitive::Referral(rf)),
        );
    }

    fn vaccinations_due(&mut self, due: &[VaccinationDue], date: &str, label: &str) {
        let mut lines = Vec::new();
        let recs: Vec<Value> = due
            .iter()
            .map(|v| {
                let mut rec = json!({
                    "vaccineCode": [concept(CodeSystem::Atc, &v.vaccine)],
                    "forecastStatus": { "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status",
                        "code": "due",
                    }] },
                });
                let mut line = format!("{} [ATC {}] due", display(CodeSystem::Atc, &v.vaccine), v.vaccine);
                if let Some(n) = v.dose_number {
                    rec["doseNumberPositiveInt"] = n.into();
                    line += &format!(", dose {n}");
                }
                if let Some(d) = &v.due {
                    rec["dateCriterion"] = json!([{
                        "code": { "coding": [{ "system": CodeSystem::Loinc.uri(), "code": loinc::DATE_VACCINE_DUE, "display": "Date vaccine due" }] },
                        "value": d,
                    }]);
                    line += &format!(" from {d}");
                }
                lines.push(line);
                rec
            })
            .collect();
        let r = json!({
            "resourceType": "ImmunizationRecommendation",
            "patient": self.subject(),
            "date": date,
            "recommendation": recs,
        });
        self.item(
            Sec::Plan,
            label,
            r,
            &format!("Catch-up vaccinations: {}", lines.join("; ")),
            None,
        );
    }

    fn provenance(&mut self, s: &Source, slot: usize, org: &str, device: &str) {
        let targets: Vec<Value> = self.targets[slot]
            .iter()
            .map(|t| json!({ "reference": t }))
            .collect();
        let (code, line) = match &s.trust {
            Trust::Verified => (
                "verified",
                format!(
                    "Card {} issued {} by {} ({}, {}); Ed25519 signature with key {} VERIFIED by ephr against the trust list",
                    s.card_id,
                    format_instant(s.issued_at),
                    s.authority.as_ref().map_or("", |a| a.0.as_str()),
                    s.issuer,
                    s.authority.as_ref().map_or("", |a| a.1.as_str()),
                    s.kid
                ),
            ),
            Trust::NotVerified(why) => (
                "not-verified",
                format!(
                    "Card {} claims to be issued {} by {} with key {}; its signature is NOT VERIFIED: {why}",
                    s.card_id,
                    format_instant(s.issued_at),
                    s.issuer,
                    s.kid
                ),
            ),
        };
        let mut agents = vec![json!({
            "type": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                "code": "author",
            }] },
            "who": { "reference": org },
        })];
        if s.verified_now() {
            agents.push(json!({
                "type": { "coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                    "code": "verifier",
                }] },
                "who": { "reference": device },
            }));
        }
        let r = json!({
            "resourceType": "Provenance",
            "extension": [{ "url": VERIFICATION_EXT, "valueCode": code }],
            "target": targets,
            "recorded": format_instant(s.issued_at),
            "agent": agents,
            "entity": [{
                "role": "source",
                "what": {
                    "identifier": { "system": CARD_ID_SYSTEM, "value": s.card_id.to_string() },
                    "display": format!("ephr card {}", s.card_id),
                },
            }],
            "signature": [{
                "type": [{
                    "system": "urn:iso-astm:E1762-95:2013",
                    "code": "1.2.840.10065.1.12.1.1",
                    "display": "Author's Signature",
                }],
                "when": format_instant(s.issued_at),
                "who": {
                    "reference": org,
                    "identifier": { "system": KEY_ID_SYSTEM, "value": s.kid.to_string() },
                },
                "sigFormat": "application/cose",
                "data": base64(&s.cose),
            }],
        });
        let slots = std::mem::take(&mut self.slots);
        let attribution = self.attribution.take();
        // It carries the signed card, so all that the entry holds.
        let security = s.confidential.then_some(Confidentiality::Restricted);
        let reference = self.add_labelled("provenance", r, &line, security);
        (self.slots, self.attribution) = (slots, attribution);
        self.provenances.push((s.card_id.clone(), reference));
    }

    fn composition(
        &mut self,
        authors: &[String],
        encounter: &str,
        at: i64,
        all_verified: bool,
    ) -> Value {
        let sections: Vec<Value> = SECTIONS
            .iter()
            .zip(std::mem::take(&mut self.sections))
            .filter(|((_, _, required), items)| *required || !items.is_empty())
            .map(|((code, title, _), items)| {
                let mut s = json!({
                    "title": title,
                    "code": { "coding": [{ "system": CodeSystem::Loinc.uri(), "code": code, "display": title }] },
                });
                if items.is_empty() {
                    s["text"] = div("Not assessed: the issuing health worker did not record this.");
                    s["emptyReason"] = json!({ "coding": [{
                        "system": LIST_EMPTY_REASON, "code": "notasked", "display": "Not Asked",
                    }] });
                } else {
                    let list: String = items
                        .iter()
                        .map(|i| format!("<li>{}</li>", xhtml_escape(&i.line)))
                        .collect();
                    s["text"] = div(&format!("<ul>{list}</ul>"));
                    s["entry"] = items.iter().map(|i| json!({ "reference": i.reference })).collect();
                }
                s
            })
            .collect();
        let title = if all_verified {
            "International Patient Summary (ephr, verified entries)"
        } else {
            "International Patient Summary (ephr) - contains NOT VERIFIED entries"
        };
        let id = uuid(&self.seed, "composition");
        let r = json!({
            "resourceType": "Composition",
            "id": id,
            "text": div(&xhtml_escape(title)),
            "status": "final",
            "type": { "coding": [{ "system": CodeSystem::Loinc.uri(), "code": loinc::PATIENT_SUMMARY, "display": "Patient summary Document" }] },
            "subject": self.subject(),
            "encounter": { "reference": encounter },
            "date": format_instant(at),
            "author": authors.iter().map(|a| json!({ "reference": a })).collect::<Vec<_>>(),
            "title": title,
            // The highest label of its entries (docs/FHIR.md, "Security labels").
            "confidentiality": self.highest.code(),
            "section": sections,
        });
        json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": r })
    }
}

/// The `DetectedIssue.code.text` of a finding code.
fn finding_title(code: &str) -> &'static str {
    match code {
        "conflict" => "Entries of the history disagree",
        "gap" => "An entry of the history is missing",
        "missing-part" => "A part of a split entry is missing",
        "identity-mismatch" => "Entries of one record name different persons",
        "link-to-other-record" => "An entry follows an entry of another record",
        _ => "Finding about the entries",
    }
}

fn unverified_tag() -> Value {
    json!({
        "system": VERIFICATION_TAG_SYSTEM,
        "code": "unverified",
        "display": "NOT VERIFIED: the signature of the entry was not checked or is not valid",
    })
}

fn div(xhtml: &str) -> Value {
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{xhtml}</div>"),
    })
}

fn absent(code: &str) -> Value {
    json!({ "url": DATA_ABSENT_REASON_EXT, "valueCode": code })
}

fn human_name(n: &Name, latin: bool) -> Value {
    let mut v = json!({ "use": "official" });
    if let Some(f) = &n.family {
        v["family"] = f.clone().into();
    }
    if let Some(g) = &n.given {
        v["given"] = json!([g]);
    }
    if latin {
        v["extension"] = json!([{ "url": NAME_REPRESENTATION_EXT, "valueCode": "ABC" }]);
    }
    v
}

fn coding(system: CodeSystem, code: &str) -> Value {
    let mut c = json!({ "system": system.uri(), "code": code });
    if let Some(info) = codes::lookup(system, code) {
        c["display"] = info.en.into();
    }
    c
}

fn concept(system: CodeSystem, code: &str) -> Value {
    json!({ "coding": [coding(system, code)] })
}

fn category_concept(code: &str) -> Value {
    json!({ "coding": [{ "system": OBSERVATION_CATEGORY, "code": code }] })
}

fn quantity(value: Value, unit: &str) -> Value {
    json!({ "value": value, "unit": unit, "system": UCUM, "code": unit })
}

/// English display name, or the bare code when the built-in table does not list it.
fn display(system: CodeSystem, code: &str) -> String {
    codes::lookup(system, code).map_or_else(|| code.to_string(), |i| i.en.to_string())
}

fn note(r: &mut Value, line: &mut String, note: &Option<String>) {
    if let Some(n) = note {
        r["note"] = json!([{ "text": n }]);
        *line += &format!(" - {n}");
    }
}

/// A decimal text as a JSON number. Validation guarantees the syntax; trailing zeros are lost
/// (serde_json keeps numbers as f64).
fn decimal(s: &str) -> Value {
    if let Ok(i) = s.parse::<i64>() {
        return i.into();
    }
    s.parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
        .map_or_else(|| Value::String(s.into()), Value::Number)
}

/// A stable UUID-shaped id: SHA-256 of the seed (a card id, or the document's card ids) and
/// a label, with the version and variant bits of an RFC 9562 version 8 (custom) UUID.
fn uuid(seed: &[u8], label: &str) -> String {
    let mut h = Sha256::new();
    h.update(seed);
    h.update(b"\0");
    h.update(label.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let x = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..32]
    )
}

/// Standard base64 with padding (FHIR base64Binary).
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// What an exported document says about itself, for the person who exported it: how many
/// entries went in, verified or not, and what merging them found (its DetectedIssue resources).
/// Read from the document, so the summary cannot disagree with what was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    /// Entries whose signature ephr verified.
    pub verified: usize,
    /// Entries added although NOT verified (`--include-unverified`).
    pub unverified: usize,
    /// Findings of the merge: (problem rather than warning, machine code, detail).
    pub findings: Vec<(bool, String, String)>,
}

impl ExportSummary {
    /// The summary of a document made by [`export`] or [`export_with_unverified`].
    pub fn of(document: &Value) -> Self {
        let resources: Vec<&Value> = document["entry"]
            .as_array()
            .map(|a| a.iter().map(|e| &e["resource"]).collect())
            .unwrap_or_default();
        let provenances = |code: &str| {
            resources
                .iter()
                .filter(|r| {
                    r["resourceType"] == "Provenance" && r["extension"][0]["valueCode"] == code
                })
                .count()
        };
        Self {
            verified: provenances("verified"),
            unverified: resources
                .iter()
                .filter(|r| r["resourceType"] == "Provenance")
                .count()
                - provenances("verified"),
            findings: resources
                .iter()
                .filter(|r| r["resourceType"] == "DetectedIssue")
                .map(|r| {
                    (
                        r["severity"] == "high",
                        r["code"]["coding"][0]["code"]
                            .as_str()
                            .unwrap_or_default()
                            .to_owned(),
                        r["detail"].as_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
        }
    }
}

impl std::fmt::Display for ExportSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (problem, code, detail) in &self.findings {
            let label = if *problem { "PROBLEM" } else { "WARNING" };
            writeln!(f, "{label}  {detail} (code: {code})")?;
        }
        let n = self.verified + self.unverified;
        write!(
            f,
            "exported {} verified and {} NOT verified entr{} as an IPS document",
            self.verified,
            self.unverified,
            if n == 1 { "y" } else { "ies" }
        )?;
        if self.verified > 1 {
            write!(
                f,
                ", the {} verified ones merged into one history",
                self.verified
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
    }

    #[test]
    fn ids_are_stable_uuids() {
        let a = uuid(b"card", "x");
        assert_eq!(a, uuid(b"card", "x"));
        assert_ne!(a, uuid(b"card", "y"));
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8");
    }

    #[test]
    fn decimals_keep_their_value() {
        assert_eq!(decimal("44"), json!(44));
        assert_eq!(decimal("10.9"), json!(10.9));
        assert_eq!(decimal("-0.5"), json!(-0.5));
    }
}
