//! HL7 FHIR R4 International Patient Summary (IPS): export of verified entries, import of an
//! EHR's IPS document.
//!
//! Destination health systems speak FHIR, and the IPS is the summary meant for unplanned,
//! cross-border care. [`export()`] turns verified cards (one entry or a whole history of one
//! person) into an IPS document Bundle; [`import()`] turns an IPS document into a [`Record`]
//! ready for `ephr issue`, with an [`ImportReport`] of everything that did not map. A record
//! has one encounter (the Composition's): a fact the document links to another encounter is
//! never put under it silently; it is carried only when it keeps its own date or holds whatever
//! the visit, else it is reported as not placed, naming its encounter.
//!
//! The mapping, element by element, and what is lost in each direction are in `docs/FHIR.md`.
//! This module holds the vocabulary both directions share, so that they cannot drift apart.
//!
//! [`Record`]: crate::Record

mod export;
mod import;

pub use export::{
    ExportError, ExportSummary, InputsExport, UnverifiedEntry, export, export_checked,
    export_inputs, export_with_unverified,
};
pub use import::{
    ImportError, ImportReport, Imported, MAX_BUNDLE_BYTES, MAX_BUNDLE_ENTRIES,
    MAX_SECTION_REFERENCES, Unmapped, import,
};

/// A URI under [`EPHR_BASE`] (a macro, so that the constants stay `&'static str`).
macro_rules! ephr_uri {
    ($path:literal) => {
        concat!("https://ephr.example.org/fhir", $path)
    };
}

use crate::record::{
    AlertKind, AllergyCategory, Criticality, EncounterKind, EvidenceSource, MedicationStatus,
    ProblemStatus, ReferralStatus, ResultCode, Role, ScreeningOutcome, Sex, Urgency,
};

/// Base of the URIs ephr defines for what FHIR has no standard code or element for (encounter
/// kind, health-worker role, alert kind, birth date estimated, verification status). A
/// placeholder under the reserved `example.org` domain until the project has its own canonical
/// URL: receivers must not resolve it.
pub const EPHR_BASE: &str = ephr_uri!("");

/// SNOMED CT.
pub const SNOMED: &str = "http://snomed.info/sct";
/// UCUM units.
pub const UCUM: &str = "http://unitsofmeasure.org";
/// IPS codes for absent and unknown data ("no known allergies" …).
pub const ABSENT_UNKNOWN: &str = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";
/// HL7 reason a list (section) is empty.
pub const LIST_EMPTY_REASON: &str = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
/// HL7 data-absent-reason extension and code system.
pub const DATA_ABSENT_REASON_EXT: &str =
    "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
/// See [`DATA_ABSENT_REASON_EXT`].
pub const DATA_ABSENT_REASON: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
/// HL7 core extension: a patient's nationality.
pub const NATIONALITY_EXT: &str = "http://hl7.org/fhir/StructureDefinition/patient-nationality";
/// HL7 core extension: the script a name is written in; `ABC` (alphabetic) marks the Latin
/// transliteration.
pub const NAME_REPRESENTATION_EXT: &str =
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
/// HL7 v3 observation interpretation (positive, negative …).
pub const INTERPRETATION: &str =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
/// HL7 observation categories.
pub const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
/// HL7 immunization report origin (written record, recall).
pub const IMMUNIZATION_ORIGIN: &str = "http://terminology.hl7.org/CodeSystem/immunization-origin";
/// HL7 v3 participation type (the interpreter at an encounter).
pub const PARTICIPATION_TYPE: &str = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
/// HL7 v3 act code (encounter class).
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
/// Extension: the birth date is an estimate (valueBoolean).
pub const BIRTH_DATE_ESTIMATED_EXT: &str = ephr_uri!("/StructureDefinition/birth-date-estimated");
/// Extension on Provenance: whether ephr verified the entry's signature (valueCode
/// `verified` or `not-verified`).
pub const VERIFICATION_EXT: &str = ephr_uri!("/StructureDefinition/signature-verification");
/// Code system: ephr's encounter kinds.
pub const ENCOUNTER_KIND_SYSTEM: &str = ephr_uri!("/CodeSystem/encounter-kind");
/// Code system: ephr's health-worker roles.
pub const ROLE_SYSTEM: &str = ephr_uri!("/CodeSystem/health-worker-role");
/// Code system: ephr's alert kinds.
pub const ALERT_KIND_SYSTEM: &str = ephr_uri!("/CodeSystem/alert-kind");
/// Code system: mental-health screening (the observation code and its outcomes).
pub const SCREENING_SYSTEM: &str = ephr_uri!("/CodeSystem/mental-health-screening");
/// Code system: the `unverified` tag on resources from entries whose signature did not verify.
pub const VERIFICATION_TAG_SYSTEM: &str = ephr_uri!("/CodeSystem/verification");
/// Code system: what ephr's merge of several entries found about them (a `DetectedIssue.code`):
/// the codes of [`Finding::code`](crate::history::Finding::code) (`conflict`, `gap`,
/// `missing-part`, `identity-mismatch`, `link-to-other-record`).
pub const HISTORY_FINDING_SYSTEM: &str = ephr_uri!("/CodeSystem/history-finding");
/// Identifier system: ephr card ids.
pub const CARD_ID_SYSTEM: &str = ephr_uri!("/sid/card-id");
/// Identifier system: ephr record ids.
pub const RECORD_ID_SYSTEM: &str = ephr_uri!("/sid/record-id");
/// Identifier system: authority ids of the trust list.
pub const AUTHORITY_ID_SYSTEM: &str = ephr_uri!("/sid/authority-id");
/// Identifier system: signing key ids.
pub const KEY_ID_SYSTEM: &str = ephr_uri!("/sid/key-id");

/// LOINC codes of the IPS document and of the Composition sections ephr writes.
pub mod loinc {
    /// Patient summary document (Composition.type).
    pub const PATIENT_SUMMARY: &str = "60591-5";
    /// Problem list section.
    pub const PROBLEMS: &str = "11450-4";
    /// Allergies and intolerances section.
    pub const ALLERGIES: &str = "48765-2";
    /// Medication summary section.
    pub const MEDICATIONS: &str = "10160-0";
    /// Immunizations section.
    pub const IMMUNIZATIONS: &str = "11369-6";
    /// Diagnostic results section.
    pub const RESULTS: &str = "30954-2";
    /// Vital signs section.
    pub const VITAL_SIGNS: &str = "8716-3";
    /// Pregnancy section.
    pub const PREGNANCY: &str = "10162-6";
    /// Plan of care section.
    pub const PLAN_OF_CARE: &str = "18776-5";
    /// Alerts section.
    pub const ALERTS: &str = "104605-1";
    /// Blood pressure panel (vital-signs profile).
    pub const BLOOD_PRESSURE: &str = "85354-9";
    /// Pregnancy status.
    pub const PREGNANCY_STATUS: &str = "82810-3";
    /// Delivery date, estimated.
    pub const EXPECTED_DELIVERY: &str = "11778-8";
    /// Gestational age in weeks.
    pub const GESTATIONAL_AGE: &str = "49051-6";
    /// Number of pregnancies (gravida).
    pub const GRAVIDA: &str = "11996-6";
    /// Number of births (para).
    pub const PARA: &str = "11977-6";
    /// Date vaccine due (ImmunizationRecommendation date criterion).
    pub const DATE_VACCINE_DUE: &str = "30980-7";
}

/// SNOMED CT codes ephr writes beside the IPS absent/unknown codes and for pregnancy status.
pub mod sct {
    /// No current problems or disability.
    pub const NO_PROBLEMS: &str = "160245001";
    /// No known allergy.
    pub const NO_ALLERGIES: &str = "716186003";
    /// No known medications.
    pub const NO_MEDICATIONS: &str = "787481004";
    /// Pregnant.
    pub const PREGNANT: &str = "77386006";
    /// Not pregnant.
    pub const NOT_PREGNANT: &str = "60001007";
}

/// A two-way table between an ephr enum and the FHIR code for it.
pub(crate) struct Codes<T: 'static>(&'static [(T, &'static str)]);

impl<T: Copy + PartialEq> Codes<T> {
    /// The FHIR code of `v`. Every table lists every variant (checked by a test).
    pub(crate) fn code(&self, v: T) -> &'static str {
        self.get(v).unwrap_or("unknown")
    }
    /// The FHIR code of `v`, for tables that leave some variants out.
    pub(crate) fn get(&self, v: T) -> Option<&'static str> {
        self.0.iter().find(|(t, _)| *t == v).map(|(_, c)| *c)
    }
    /// The variant for a FHIR code.
    pub(crate) fn value(&self, code: &str) -> Option<T> {
        self.0.iter().find(|(_, c)| *c == code).map(|(t, _)| *t)
    }
    /// Every code, for error messages.
    pub(crate) fn list(&self) -> String {
        self.0
            .iter()
            .map(|(_, c)| *c)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Patient.gender.
pub(crate) const SEX: Codes<Sex> = Codes(&[
    (Sex::Female, "female"),
    (Sex::Male, "male"),
    (Sex::Other, "other"),
    (Sex::Unknown, "unknown"),
]);
/// Condition.clinicalStatus (condition-clinical).
pub(crate) const PROBLEM_STATUS: Codes<ProblemStatus> = Codes(&[
    (ProblemStatus::Active, "active"),
    (ProblemStatus::Inactive, "inactive"),
    (ProblemStatus::Resolved, "resolved"),
]);
/// AllergyIntolerance.category.
pub(crate) const ALLERGY_CATEGORY: Codes<AllergyCategory> = Codes(&[
    (AllergyCategory::Medication, "medication"),
    (AllergyCategory::Food, "food"),
    (AllergyCategory::Environment, "environment"),
    (AllergyCategory::Biologic, "biologic"),
]);
/// AllergyIntolerance.criticality.
pub(crate) const CRITICALITY: Codes<Criticality> = Codes(&[
    (Criticality::Low, "low"),
    (Criticality::High, "high"),
    (Criticality::UnableToAssess, "unable-to-assess"),
]);
/// MedicationStatement.status.
pub(crate) const MEDICATION_STATUS: Codes<MedicationStatus> = Codes(&[
    (MedicationStatus::Active, "active"),
    (MedicationStatus::Completed, "completed"),
    (MedicationStatus::Stopped, "stopped"),
    (MedicationStatus::Intended, "intended"),
]);
/// Immunization.reportOrigin (immunization-origin) for doses not given here (a dose given here
/// is `primarySource: true` instead, so it has no entry).
pub(crate) const DOSE_ORIGIN: Codes<EvidenceSource> = Codes(&[
    (EvidenceSource::Documented, "record"),
    (EvidenceSource::Reported, "recall"),
]);
/// Observation.interpretation (v3-ObservationInterpretation); `not_done` is a
/// dataAbsentReason instead.
pub(crate) const RESULT_CODE: Codes<ResultCode> = Codes(&[
    (ResultCode::Positive, "POS"),
    (ResultCode::Negative, "NEG"),
    (ResultCode::Indeterminate, "IND"),
    (ResultCode::Normal, "N"),
    (ResultCode::Abnormal, "A"),
]);
/// ServiceRequest.priority (request-priority). ephr's "soon" is FHIR's "urgent", and ephr's
/// "urgent" (next day or sooner) FHIR's "asap".
pub(crate) const URGENCY: Codes<Urgency> = Codes(&[
    (Urgency::Routine, "routine"),
    (Urgency::Soon, "urgent"),
    (Urgency::Urgent, "asap"),
]);
/// ServiceRequest.status (request-status).
pub(crate) const REFERRAL_STATUS: Codes<ReferralStatus> = Codes(&[
    (ReferralStatus::Planned, "active"),
    (ReferralStatus::Done, "completed"),
    (ReferralStatus::Cancelled, "revoked"),
]);
/// Encounter.type, in [`ENCOUNTER_KIND_SYSTEM`].
pub(crate) const ENCOUNTER_KIND: Codes<EncounterKind> = Codes(&[
    (EncounterKind::InitialAssessment, "initial-assessment"),
    (EncounterKind::FollowUp, "follow-up"),
    (EncounterKind::Vaccination, "vaccination"),
    (EncounterKind::Emergency, "emergency"),
]);
/// Encounter.participant.type of the health worker, in [`ROLE_SYSTEM`].
pub(crate) const ROLE: Codes<Role> = Codes(&[
    (Role::Physician, "physician"),
    (Role::Nurse, "nurse"),
    (Role::Midwife, "midwife"),
    (Role::Psychologist, "psychologist"),
    (Role::Paramedic, "paramedic"),
    (Role::Other, "other"),
]);
/// Flag.code, in [`ALERT_KIND_SYSTEM`].
pub(crate) const ALERT_KIND: Codes<AlertKind> = Codes(&[
    (AlertKind::SevereAllergy, "severe-allergy"),
    (AlertKind::Infectious, "infectious"),
    (AlertKind::CriticalMedication, "critical-medication"),
    (AlertKind::HighRiskPregnancy, "high-risk-pregnancy"),
    (AlertKind::UrgentFollowUp, "urgent-follow-up"),
    (AlertKind::Other, "other"),
]);
/// Observation.valueCodeableConcept of the mental-health screening, in [`SCREENING_SYSTEM`].
pub(crate) const SCREENING_OUTCOME: Codes<ScreeningOutcome> = Codes(&[
    (ScreeningOutcome::NoConcerns, "no-concerns"),
    (ScreeningOutcome::Concerns, "concerns"),
    (ScreeningOutcome::Declined, "declined"),
    (ScreeningOutcome::NotDone, "not-done"),
]);
/// The code of the mental-health screening observation, and of its "referred" component.
pub(crate) const SCREENING_CODE: &str = "mental-health-screening";
/// See [`SCREENING_CODE`].
pub(crate) const REFERRED_CODE: &str = "referred-psychosocial";

/// HL7 v3 Confidentiality: the code system of `meta.security` confidentiality labels and of
/// `Composition.confidentiality`.
pub const CONFIDENTIALITY: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

/// A code of HL7 v3 Confidentiality, from least to most restricted (so that `max` is the highest
/// label, the "high-water mark" of a document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidentiality {
    /// `U` unrestricted.
    Unrestricted,
    /// `L` low.
    Low,
    /// `M` moderate.
    Moderate,
    /// `N` normal: typical, non-stigmatising health information.
    Normal,
    /// `R` restricted: highly sensitive, potentially stigmatising information.
    Restricted,
    /// `V` very restricted: extremely sensitive information, for named persons only.
    VeryRestricted,
}

/// The codes and displays of [`Confidentiality`].
const CONFIDENTIALITY_CODES: [(Confidentiality, &str, &str); 6] = [
    (Confidentiality::Unrestricted, "U", "unrestricted"),
    (Confidentiality::Low, "L", "low"),
    (Confidentiality::Moderate, "M", "moderate"),
    (Confidentiality::Normal, "N", "normal"),
    (Confidentiality::Restricted, "R", "restricted"),
    (Confidentiality::VeryRestricted, "V", "very restricted"),
];

impl Confidentiality {
    /// The code (`R`).
    pub fn code(self) -> &'static str {
        CONFIDENTIALITY_CODES
            .iter()
            .find(|(c, ..)| *c == self)
            .map_or("N", |(_, code, _)| code)
    }
    /// The display (`restricted`).
    pub fn display(self) -> &'static str {
        CONFIDENTIALITY_CODES
            .iter()
            .find(|(c, ..)| *c == self)
            .map_or("normal", |(.., d)| d)
    }
    /// The label for a code of [`CONFIDENTIALITY`].
    pub fn from_code(code: &str) -> Option<Self> {
        CONFIDENTIALITY_CODES
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|(v, ..)| *v)
    }
    /// The `meta.security` Coding.
    pub(crate) fn coding(self) -> serde_json::Value {
        serde_json::json!({
            "system": CONFIDENTIALITY,
            "code": self.code(),
            "display": self.display(),
        })
    }

    /// **The export rule** (docs/FHIR.md, "Security labels"): the label of a resource made from a
    /// fact. A confidential fact (one that only confidential entries recorded, or that a
    /// confidential entry alone carries) is `R`, whatever it is: ephr has one level of
    /// confidentiality, the confidential card, and the clinic the person shows it to needs it
    /// for care. A fact the defaults would keep confidential but the health worker left on the
    /// core card is `N`, so that the decision travels (and comes back on import); any other fact
    /// has no label, which the document's `N` covers.
    pub fn of_fact(confidential: bool, confidential_by_default: bool) -> Option<Self> {
        if confidential {
            Some(Self::Restricted)
        } else if confidential_by_default {
            Some(Self::Normal)
        } else {
            None
        }
    }

    /// **The import rule**: whether an item with this label goes on the confidential card.
    /// `R` and `V` do (ephr has one level: `V` is kept as confidential, and the report says so);
    /// `U`, `L`, `M` and `N` do not.
    pub fn is_confidential(self) -> bool {
        self >= Self::Restricted
    }
}

/// Escapes text for the XHTML narrative.
pub(crate) fn xhtml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::is_well_formed_loinc;

    #[test]
    fn every_loinc_code_written_has_a_valid_check_digit() {
        for c in [
            loinc::PATIENT_SUMMARY,
            loinc::PROBLEMS,
            loinc::ALLERGIES,
            loinc::MEDICATIONS,
            loinc::IMMUNIZATIONS,
            loinc::RESULTS,
            loinc::VITAL_SIGNS,
            loinc::PREGNANCY,
            loinc::PLAN_OF_CARE,
            loinc::ALERTS,
            loinc::BLOOD_PRESSURE,
            loinc::PREGNANCY_STATUS,
            loinc::EXPECTED_DELIVERY,
            loinc::GESTATIONAL_AGE,
            loinc::GRAVIDA,
            loinc::PARA,
            loinc::DATE_VACCINE_DUE,
        ] {
            assert!(is_well_formed_loinc(c), "{c}");
        }
    }

    fn two_way<T: Copy + PartialEq + std::fmt::Debug>(t: &Codes<T>, all: &[T]) {
        for &v in all {
            assert_eq!(t.value(t.code(v)), Some(v), "{v:?}");
        }
    }

    #[test]
    fn every_table_maps_every_variant_both_ways() {
        use crate::record::*;
        two_way(&SEX, &[Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]);
        two_way(
            &PROBLEM_STATUS,
            &[
                ProblemStatus::Active,
                ProblemStatus::Inactive,
                ProblemStatus::Resolved,
            ],
        );
        two_way(
            &ALLERGY_CATEGORY,
            &[
                AllergyCategory::Medication,
                AllergyCategory::Food,
                AllergyCategory::Environment,
                AllergyCategory::Biologic,
            ],
        );
        two_way(
            &CRITICALITY,
            &[
                Criticality::Low,
                Criticality::High,
                Criticality::UnableToAssess,
            ],
        );
        two_way(
            &MEDICATION_STATUS,
            &[
                MedicationStatus::Active,
                MedicationStatus::Completed,
                MedicationStatus::Stopped,
                MedicationStatus::Intended,
            ],
        );
        two_way(
            &DOSE_ORIGIN,
            &[EvidenceSource::Documented, EvidenceSource::Reported],
        );
        two_way(
            &RESULT_CODE,
            &[
                ResultCode::Positive,
                ResultCode::Negative,
                ResultCode::Indeterminate,
                ResultCode::Normal,
                ResultCode::Abnormal,
            ],
        );
        two_way(
            &URGENCY,
            &[Urgency::Routine, Urgency::Soon, Urgency::Urgent],
        );
        two_way(
            &REFERRAL_STATUS,
            &[
                ReferralStatus::Planned,
                ReferralStatus::Done,
                ReferralStatus::Cancelled,
            ],
        );
        two_way(
            &ENCOUNTER_KIND,
            &[
                EncounterKind::InitialAssessment,
                EncounterKind::FollowUp,
                EncounterKind::Vaccination,
                EncounterKind::Emergency,
            ],
        );
        two_way(
            &ROLE,
            &[
                Role::Physician,
                Role::Nurse,
                Role::Midwife,
                Role::Psychologist,
                Role::Paramedic,
                Role::Other,
            ],
        );
        two_way(
            &ALERT_KIND,
            &[
                AlertKind::SevereAllergy,
                AlertKind::Infectious,
                AlertKind::CriticalMedication,
                AlertKind::HighRiskPregnancy,
                AlertKind::UrgentFollowUp,
                AlertKind::Other,
            ],
        );
        two_way(
            &SCREENING_OUTCOME,
            &[
                ScreeningOutcome::NoConcerns,
                ScreeningOutcome::Concerns,
                ScreeningOutcome::Declined,
                ScreeningOutcome::NotDone,
            ],
        );
    }

    #[test]
    fn confidentiality_codes_map_both_ways_and_order_by_restriction() {
        for (c, code, display) in CONFIDENTIALITY_CODES {
            assert_eq!(Confidentiality::from_code(code), Some(c));
            assert_eq!((c.code(), c.display()), (code, display));
        }
        assert_eq!(Confidentiality::from_code("X"), None);
        assert!(Confidentiality::VeryRestricted > Confidentiality::Restricted);
        assert!(Confidentiality::Restricted > Confidentiality::Normal);
        assert_eq!(
            Confidentiality::of_fact(true, false),
            Some(Confidentiality::Restricted)
        );
        assert_eq!(
            Confidentiality::of_fact(true, true),
            Some(Confidentiality::Restricted)
        );
        assert_eq!(
            Confidentiality::of_fact(false, true),
            Some(Confidentiality::Normal)
        );
        assert_eq!(Confidentiality::of_fact(false, false), None);
        let back: Vec<bool> = CONFIDENTIALITY_CODES
            .iter()
            .map(|(c, ..)| c.is_confidential())
            .collect();
        assert_eq!(back, [false, false, false, false, true, true]);
    }

    #[test]
    fn narrative_text_is_escaped() {
        assert_eq!(xhtml_escape("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }
}
