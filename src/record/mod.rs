//! The health summary: what one card says about one person.
//!
//! This is the record as a health worker writes it (JSON) and as a verifier reads it back. Codes
//! and dates are kept as the text a person types (`"E11.9"`, `"1991-03"`) so that every problem in
//! a record can be reported at once by [`Record::validate`]; the CBOR mapping in [`crate::cbor`]
//! turns them into their compact wire form.
//!
//! Privacy by design: there is deliberately no field for legal or asylum status, travel route,
//! ethnicity or religion, and no case number. The name is optional. A JSON record that tries to
//! carry such a field is rejected with an explanation (see [`FORBIDDEN_FIELDS`]).

use serde::{Deserialize, Serialize};

use crate::codes;
use crate::date::{PartialDate, parse_full_date};

/// The longest free text a clinician may write in one note. The card has to fit one QR code; a
/// note is a pointer for the next clinician, not a discharge letter.
pub const MAX_NOTE_CHARS: usize = 160;
/// The longest name part, site name or substance name.
pub const MAX_SHORT_TEXT_CHARS: usize = 60;
/// The most items one list section may hold.
pub const MAX_ITEMS: usize = 40;

/// Fields that ephr will never carry, with the reason shown to whoever tries.
pub const FORBIDDEN_FIELDS: &[(&str, &str)] = &[
    ("legal_status", "legal status"),
    ("asylum_status", "asylum status"),
    ("immigration_status", "immigration status"),
    ("residence_status", "residence status"),
    ("route", "travel route"),
    ("travel_route", "travel route"),
    ("ethnicity", "ethnicity"),
    ("religion", "religion"),
    ("case_number", "case number"),
    ("passport_number", "document number"),
];

/// One person's health summary as recorded at one encounter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Who this is about.
    pub patient: Patient,
    /// Where, when and by whom the facts below were recorded.
    pub encounter: Encounter,
    /// Measurements taken at the encounter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vital_signs: Option<VitalSigns>,
    /// Diagnoses (ICD-10).
    #[serde(default, skip_serializing_if = "Listed::is_not_recorded")]
    pub problems: Listed<Problem>,
    /// Allergies and intolerances.
    #[serde(default, skip_serializing_if = "Listed::is_not_recorded")]
    pub allergies: Listed<Allergy>,
    /// Current and recent medicines (WHO ATC).
    #[serde(default, skip_serializing_if = "Listed::is_not_recorded")]
    pub medications: Listed<Medication>,
    /// Vaccination history and doses given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immunizations: Option<Immunizations>,
    /// Screening and laboratory results (LOINC).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<LabResult>,
    /// Pregnancy status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pregnancy: Option<Pregnancy>,
    /// Outcome of a mental-health screening.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mental_health: Option<MentalHealth>,
    /// Referrals and the plan of care.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub referrals: Vec<Referral>,
    /// Catch-up vaccinations that are due.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vaccinations_due: Vec<VaccinationDue>,
    /// What the next clinician must see first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<Alert>,
}

/// A list section that distinguishes "not recorded" from "asked, and there are none".
///
/// In JSON: leave the field out (not recorded), write `"none_known"`, or give a non-empty array.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Listed<T> {
    /// The section was not assessed.
    #[default]
    NotRecorded,
    /// Assessed: the person has none (IPS "no known …").
    NoneKnown,
    /// Assessed, with these items.
    Items(Vec<T>),
}

impl<T> Listed<T> {
    /// True for [`Listed::NotRecorded`].
    pub fn is_not_recorded(&self) -> bool {
        matches!(self, Self::NotRecorded)
    }
    /// The items, empty unless [`Listed::Items`].
    pub fn items(&self) -> &[T] {
        match self {
            Self::Items(v) => v,
            _ => &[],
        }
    }
}

const NONE_KNOWN: &str = "none_known";

impl<T: Serialize> Serialize for Listed<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::NotRecorded => s.serialize_none(),
            Self::NoneKnown => s.serialize_str(NONE_KNOWN),
            Self::Items(v) => v.serialize(s),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Listed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor rather than an untagged enum, so that an error inside an item keeps its
        // path (`problems[2].status`) and its own message.
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for V<T> {
            type Value = Listed<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                write!(f, "\"{NONE_KNOWN}\" or a list")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Self::Value, E> {
                if s == NONE_KNOWN {
                    Ok(Listed::NoneKnown)
                } else {
                    Err(E::custom(format!(
                        "expected \"{NONE_KNOWN}\" or a list, found \"{s}\""
                    )))
                }
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(Listed::NotRecorded)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    if items.len() >= MAX_ITEMS * 4 {
                        return Err(serde::de::Error::custom("far too many items"));
                    }
                    items.push(item);
                }
                Ok(Listed::Items(items))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// Identity, kept to what a clinician needs to match paper to person.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    /// Name in the person's own script. Optional: a record may be pseudonymous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    /// Latin transliteration of a name written in another script, as the person spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_latin: Option<Name>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// True when the birth date is an estimate (no documents, age assessed).
    #[serde(default, skip_serializing_if = "is_false")]
    pub birth_date_estimated: bool,
    /// Administrative sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// Nationality, ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    /// Spoken languages, ISO 639-1 (or ISO 639-3 where there is no two-letter code).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

/// A personal name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Name {
    /// Family name(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Given name(s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
}

impl Name {
    /// "Given Family", or whichever part exists.
    pub fn full(&self) -> String {
        [self.given.as_deref(), self.family.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Administrative sex (FHIR AdministrativeGender).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Sex {
    Female,
    Male,
    Other,
    Unknown,
}

/// The encounter at which this entry's facts were recorded.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Encounter {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// ISO 3166-1 alpha-2 country of the site.
    pub country: String,
    /// Site, e.g. "Lesvos RIC, medical unit".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// What kind of visit this was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EncounterKind>,
    /// Role of the health worker who recorded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// A cultural mediator or interpreter took part.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mediator: bool,
}

/// Kind of encounter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum EncounterKind {
    InitialAssessment,
    FollowUp,
    Vaccination,
    Emergency,
}

/// Role of the health worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Role {
    Physician,
    Nurse,
    Midwife,
    Psychologist,
    Paramedic,
    Other,
}

/// Vital signs and anthropometry. Values carry at most one decimal, as the card stores tenths.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VitalSigns {
    /// Body height, cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height_cm: Option<f64>,
    /// Body weight, kg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// Systolic blood pressure, mmHg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systolic_mmhg: Option<u16>,
    /// Diastolic blood pressure, mmHg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diastolic_mmhg: Option<u16>,
    /// Heart rate, beats per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heart_rate_bpm: Option<u16>,
    /// Respiratory rate, breaths per minute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respiratory_rate_per_min: Option<u16>,
    /// Body temperature, °C.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_c: Option<f64>,
    /// Oxygen saturation, %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spo2_percent: Option<u16>,
    /// Head circumference (children under 2), cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_circumference_cm: Option<f64>,
    /// Mid-upper arm circumference (malnutrition screening), cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub muac_cm: Option<f64>,
}

impl VitalSigns {
    /// Body-mass index, derived (never stored).
    pub fn bmi(&self) -> Option<f64> {
        let (h, w) = (self.height_cm?, self.weight_kg?);
        (h > 0.0).then(|| (w / (h / 100.0).powi(2) * 10.0).round() / 10.0)
    }

    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A diagnosis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// ICD-10 (WHO) code, e.g. `E11.9`.
    pub icd10: String,
    /// Clinical status.
    #[serde(default)]
    pub status: ProblemStatus,
    /// True while the diagnosis is suspected, not confirmed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onset: Option<String>,
    /// Free text for the next clinician.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Clinical status of a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ProblemStatus {
    #[default]
    Active,
    Inactive,
    Resolved,
}

/// An allergy or intolerance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allergy {
    /// What the person reacts to, in words ("penicillin", "peanuts").
    pub substance: String,
    /// WHO ATC code when the substance is a medicine (e.g. `J01C` for penicillins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub atc: Option<String>,
    /// Kind of substance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<AllergyCategory>,
    /// Risk of a severe reaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criticality: Option<Criticality>,
    /// What happened ("urticaria and wheeze, 2019").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reaction: Option<String>,
}

/// Kind of allergen (FHIR AllergyIntoleranceCategory).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum AllergyCategory {
    Medication,
    Food,
    Environment,
    Biologic,
}

/// Risk of a severe reaction (FHIR AllergyIntoleranceCriticality).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Criticality {
    Low,
    High,
    UnableToAssess,
}

/// A medicine the person takes or took.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medication {
    /// WHO ATC code, e.g. `A10BA02` (metformin).
    pub atc: String,
    /// Dose and frequency as written ("500 mg twice daily").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    /// Whether it is being taken.
    #[serde(default)]
    pub status: MedicationStatus,
    /// Last day of a course (`YYYY-MM-DD`), e.g. for antibiotics or TB treatment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

/// Status of a medication (subset of FHIR MedicationStatement.status).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum MedicationStatus {
    #[default]
    Active,
    Completed,
    Stopped,
    Intended,
}

/// Vaccination history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Immunizations {
    /// The person has no vaccination records (many countries then treat them as unvaccinated).
    #[serde(default, skip_serializing_if = "is_false")]
    pub no_records: bool,
    /// Doses, documented, reported or given at this encounter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doses: Vec<Dose>,
}

/// One vaccine dose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dose {
    /// WHO ATC vaccine code (J07…), e.g. `J07BD52` (MMR).
    pub vaccine: String,
    /// When it was given: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for reported doses. Doses given
    /// here are given on the encounter date, which is filled in when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Dose number in the series (1 = first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_number: Option<u8>,
    /// How ephr knows about it.
    pub source: EvidenceSource,
    /// Country where it was given, ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Lot number, for doses given here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lot: Option<String>,
}

/// Evidence for a vaccine dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceSource {
    /// Seen on a vaccination card or other document.
    Documented,
    /// Reported by the person or a relative, without a document.
    Reported,
    /// Given at this encounter.
    GivenHere,
}

/// A screening or laboratory result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabResult {
    /// LOINC code of the test, e.g. `71773-6` (IGRA).
    pub loinc: String,
    /// Coded outcome.
    pub result: ResultCode,
    /// Measured value as a decimal number, e.g. `11.2`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "decimal_text"
    )]
    pub value: Option<String>,
    /// UCUM unit of `value`, e.g. `g/dL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Date of the sample or test, `YYYY-MM-DD`; the encounter date when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Accepts a JSON number or a string holding one, and keeps the text exactly as written.
fn decimal_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => Ok(Some(n.to_string())),
        serde_json::Value::String(s) => Ok(Some(s)),
        serde_json::Value::Null => Ok(None),
        _ => Err(serde::de::Error::custom("expected a number")),
    }
}

/// Coded outcome of a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ResultCode {
    Positive,
    Negative,
    Indeterminate,
    NotDone,
    Normal,
    Abnormal,
}

/// Pregnancy status (IPS pregnancy section, LOINC 82810-3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pregnancy {
    /// Status at the encounter.
    pub status: PregnancyStatus,
    /// Expected delivery date, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_delivery: Option<String>,
    /// Gestational age at the encounter, completed weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gestational_weeks: Option<u8>,
    /// Number of pregnancies, including this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gravida: Option<u8>,
    /// Number of births.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub para: Option<u8>,
}

/// Pregnancy status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum PregnancyStatus {
    Pregnant,
    NotPregnant,
    Unknown,
}

/// Mental-health screening. Diagnoses, if any, belong in `problems` and only with consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentalHealth {
    /// Outcome of the screening.
    pub outcome: ScreeningOutcome,
    /// Tool used, e.g. "RHS-15".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// Referred for psychosocial support.
    #[serde(default, skip_serializing_if = "is_false")]
    pub referred: bool,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Outcome of a screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ScreeningOutcome {
    NoConcerns,
    Concerns,
    Declined,
    NotDone,
}

/// A referral or plan-of-care item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Service or specialty ("TB clinic", "antenatal care").
    pub to: String,
    /// ICD-10 reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_icd10: Option<String>,
    /// How soon.
    #[serde(default)]
    pub urgency: Urgency,
    /// By when, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// Whether it has happened.
    #[serde(default)]
    pub status: ReferralStatus,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Urgency of a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Urgency {
    #[default]
    Routine,
    Soon,
    Urgent,
}

/// Status of a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum ReferralStatus {
    #[default]
    Planned,
    Done,
    Cancelled,
}

/// A catch-up vaccination that is due.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaccinationDue {
    /// WHO ATC vaccine code.
    pub vaccine: String,
    /// Dose number that is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_number: Option<u8>,
    /// Due from, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
}

/// Something the next clinician must see first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alert {
    /// Kind of alert.
    pub kind: AlertKind,
    /// What to do, in words.
    pub text: String,
}

/// Kind of alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum AlertKind {
    SevereAllergy,
    Infectious,
    CriticalMedication,
    HighRiskPregnancy,
    UrgentFollowUp,
    Other,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One problem found by validation: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// JSON path, e.g. `problems[2].icd10`.
    pub path: String,
    /// What is wrong, e.g. `"B8X" is not a valid ICD-10 code`.
    pub problem: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Every problem in a record, reported together so a health worker can fix them in one pass.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the record has {} problem(s):\n{}", .0.len(), .0.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
pub struct ValidationErrors(pub Vec<FieldError>);

/// Why a JSON record could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum RecordJsonError {
    /// Not JSON, or a field of the wrong type or name.
    #[error("{path}: {message}")]
    Syntax {
        /// Where the parser stopped, as a JSON path (`.` for the whole document).
        path: String,
        /// The parser's message, with a hint where ephr has one.
        message: String,
    },
    /// Readable, but the content is invalid.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
}

/// A code that is well-formed but not in ephr's built-in tables; it is kept and shown as a bare
/// code, without a display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnlistedCode {
    /// JSON path.
    pub path: String,
    /// Which code system.
    pub system: codes::CodeSystem,
    /// The code.
    pub code: String,
}

/// Invisible characters that change how text reads or compares without changing how it looks:
/// direction marks, embeddings, overrides and isolates, zero-width spaces, word joiners, byte
/// order marks. Two names that print alike must be the same name. The zero-width non-joiner and
/// joiner stay allowed: Persian and Arabic spelling need them.
pub fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

impl Record {
    /// A record of `patient` at `encounter` with every section not recorded, to fill in.
    pub fn new(patient: Patient, encounter: Encounter) -> Self {
        Self {
            patient,
            encounter,
            vital_signs: None,
            problems: Listed::NotRecorded,
            allergies: Listed::NotRecorded,
            medications: Listed::NotRecorded,
            immunizations: None,
            results: Vec::new(),
            pregnancy: None,
            mental_health: None,
            referrals: Vec::new(),
            vaccinations_due: Vec::new(),
            alerts: Vec::new(),
        }
    }

    /// Reads a JSON record and validates it. Unknown fields are refused, and the fields that ephr
    /// deliberately does not carry (legal status, route, ethnicity, religion …) are refused with
    /// an explanation. A leading byte-order mark is ignored.
    pub fn from_json(json: &str) -> Result<Self, RecordJsonError> {
        let de = &mut serde_json::Deserializer::from_str(strip_bom(json));
        let record: Record = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let mut message = e.inner().to_string();
            for (field, what) in FORBIDDEN_FIELDS {
                if message.contains(&format!("unknown field `{field}`")) {
                    message = format!(
                        "ephr does not record {what}: it is not needed for care and could harm \
                         the person if the card is seen by others. Remove the field `{field}`."
                    );
                }
            }
            RecordJsonError::Syntax { path, message }
        })?;
        let mut record = record;
        record.fill_implied_dates();
        record.validate()?;
        Ok(record)
    }

    /// Fills in the dates a record may leave implicit: a dose given here, and a result without a
    /// date, are dated on the day of the encounter. The wire format leaves exactly these dates
    /// out, so a record and its decoded card compare equal.
    pub fn fill_implied_dates(&mut self) {
        let day = &self.encounter.date;
        // An invalid encounter date is reported once, by validation, not copied around.
        if parse_full_date(day).is_none() {
            return;
        }
        if let Some(imm) = &mut self.immunizations {
            for d in &mut imm.doses {
                if d.source == EvidenceSource::GivenHere && d.date.is_none() {
                    d.date = Some(day.clone());
                }
            }
        }
        for r in &mut self.results {
            if r.date.is_none() {
                r.date = Some(day.clone());
            }
        }
    }

    /// Pretty JSON, the same shape [`Record::from_json`] reads.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Checks every rule and returns all violations at once.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = Validator::default();
        v.record(self);
        if v.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(v.errors))
        }
    }

    /// True when the encounter is dated after the day of `issued_at` (POSIX seconds). A card
    /// records what has happened, so issuers refuse this and verifiers take it as a back-dated
    /// `iat`. One day of slack: a site's local date may be ahead of UTC.
    pub fn encounter_after(&self, issued_at: i64) -> bool {
        matches!(
            (
                parse_full_date(&self.encounter.date),
                crate::date::instant_date(issued_at + 86_400),
            ),
            (Some(enc), Some(day)) if enc > day
        )
    }

    /// Codes that are well-formed but not in the built-in tables.
    pub fn unlisted_codes(&self) -> Vec<UnlistedCode> {
        let mut out = Vec::new();
        let mut push = |path: String, system, code: &str, known: bool| {
            if !known {
                out.push(UnlistedCode {
                    path,
                    system,
                    code: code.to_owned(),
                });
            }
        };
        use codes::CodeSystem::*;
        for (i, p) in self.problems.items().iter().enumerate() {
            push(
                format!("problems[{i}].icd10"),
                Icd10,
                &p.icd10,
                codes::icd10(&p.icd10).is_some(),
            );
        }
        for (i, m) in self.medications.items().iter().enumerate() {
            push(
                format!("medications[{i}].atc"),
                Atc,
                &m.atc,
                codes::medicine(&m.atc).is_some() || codes::vaccine(&m.atc).is_some(),
            );
        }
        if let Some(imm) = &self.immunizations {
            for (i, d) in imm.doses.iter().enumerate() {
                push(
                    format!("immunizations.doses[{i}].vaccine"),
                    Atc,
                    &d.vaccine,
                    codes::vaccine(&d.vaccine).is_some(),
                );
            }
        }
        for (i, r) in self.results.iter().enumerate() {
            push(
                format!("results[{i}].loinc"),
                Loinc,
                &r.loinc,
                codes::loinc(&r.loinc).is_some(),
            );
        }
        for (i, r) in self.referrals.iter().enumerate() {
            if let Some(c) = &r.reason_icd10 {
                push(
                    format!("referrals[{i}].reason_icd10"),
                    Icd10,
                    c,
                    codes::icd10(c).is_some(),
                );
            }
        }
        out
    }
}

/// `section[index]`, formatted only when an error is reported.
#[derive(Clone, Copy)]
struct Idx(&'static str, usize);

impl std::fmt::Display for Idx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// Collects [`FieldError`]s while walking a record.
#[derive(Default)]
struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    fn err(&mut self, path: impl std::fmt::Display, problem: impl Into<String>) {
        self.errors.push(FieldError {
            path: path.to_string(),
            problem: problem.into(),
        });
    }

    fn text(&mut self, path: impl std::fmt::Display + Copy, s: &str, max: usize) {
        if s.trim().is_empty() {
            self.err(path, "is empty; leave the field out instead");
        } else if s.trim() != s {
            self.err(path, "has spaces at the start or end");
        }
        let n = s.chars().count();
        if n > max {
            self.err(
                path,
                format!("is {n} characters long; at most {max} fit on the card"),
            );
        }
        if s.chars().any(char::is_control) {
            self.err(path, "contains control characters (line breaks, tabs)");
        }
        if s.chars().any(is_hidden_format) {
            self.err(
                path,
                "contains invisible formatting characters (direction overrides, zero-width spaces); type the text plainly",
            );
        }
    }

    fn opt_text(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>, max: usize) {
        if let Some(s) = s {
            self.text(path, s, max);
        }
    }

    fn full_date(&mut self, path: impl std::fmt::Display + Copy, s: &str) {
        if parse_full_date(s).is_none() {
            self.err(
                path,
                format!("\"{s}\" is not a date of the form YYYY-MM-DD (years 1900-2100)"),
            );
        }
    }

    fn opt_full_date(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>) {
        if let Some(s) = s {
            self.full_date(path, s);
        }
    }

    fn partial_date(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>) {
        if let Some(s) = s
            && PartialDate::parse(s).is_none()
        {
            self.err(
                path,
                format!("\"{s}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            );
        }
    }

    fn icd10(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_icd10(c) {
            self.err(
                path,
                format!("\"{c}\" is not a valid ICD-10 code (a letter, two digits, then optionally a dot and one or two digits, e.g. \"E11.9\")"),
            );
        }
    }

    fn atc(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_atc(c) {
            self.err(
                path,
                format!("\"{c}\" is not a valid WHO ATC code (e.g. \"A10BA02\")"),
            );
        }
    }

    fn vaccine(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_vaccine_atc(c) {
            self.err(
                path,
                format!("\"{c}\" is not a WHO ATC vaccine code (J07…, e.g. \"J07BD52\" for MMR)"),
            );
        }
    }

    fn country(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_country(c) {
            self.err(
                path,
                format!("\"{c}\" is not an ISO 3166-1 alpha-2 country code (e.g. \"SY\", \"GR\")"),
            );
        }
    }

    fn items_count<T>(&mut self, path: &str, items: &[T]) {
        if items.len() > MAX_ITEMS {
            self.err(
                path,
                format!("has {} items; at most {MAX_ITEMS} fit", items.len()),
            );
        }
    }

    fn listed<T>(&mut self, path: &str, l: &Listed<T>) {
        if let Listed::Items(items) = l {
            if items.is_empty() {
                self.err(
                    path,
                    "is an empty list; write \"none_known\" if you asked and there are none, or leave the field out",
                );
            }
            self.items_count(path, items);
        }
    }

    fn record(&mut self, r: &Record) {
        self.patient(&r.patient);
        self.encounter(&r.encounter);
        if let Some(vs) = &r.vital_signs {
            self.vitals(vs);
        }
        self.listed("problems", &r.problems);
        for (i, p) in r.problems.items().iter().enumerate() {
            let at = Idx("problems", i);
            self.icd10(format_args!("{at}.icd10"), &p.icd10);
            self.partial_date(format_args!("{at}.onset"), &p.onset);
            self.opt_text(format_args!("{at}.note"), &p.note, MAX_NOTE_CHARS);
        }
        self.listed("allergies", &r.allergies);
        for (i, a) in r.allergies.items().iter().enumerate() {
            let at = Idx("allergies", i);
            self.text(
                format_args!("{at}.substance"),
                &a.substance,
                MAX_SHORT_TEXT_CHARS,
            );
            if let Some(c) = &a.atc {
                self.atc(format_args!("{at}.atc"), c);
            }
            self.opt_text(format_args!("{at}.reaction"), &a.reaction, MAX_NOTE_CHARS);
        }
        self.listed("medications", &r.medications);
        for (i, m) in r.medications.items().iter().enumerate() {
            let at = Idx("medications", i);
            self.atc(format_args!("{at}.atc"), &m.atc);
            self.opt_text(format_args!("{at}.dose"), &m.dose, MAX_SHORT_TEXT_CHARS);
            self.opt_full_date(format_args!("{at}.until"), &m.until);
        }
        if let Some(imm) = &r.immunizations {
            self.immunizations(imm, &r.encounter.date);
        }
        self.items_count("results", &r.results);
        for (i, res) in r.results.iter().enumerate() {
            self.result(format_args!("results[{i}]"), res);
        }
        if let Some(p) = &r.pregnancy {
            self.pregnancy(p, &r.patient);
        }
        if let Some(mh) = &r.mental_health {
            self.opt_text("mental_health.tool", &mh.tool, 20);
            self.opt_text("mental_health.note", &mh.note, MAX_NOTE_CHARS);
        }
        self.items_count("referrals", &r.referrals);
        for (i, rf) in r.referrals.iter().enumerate() {
            let at = Idx("referrals", i);
            self.text(format_args!("{at}.to"), &rf.to, MAX_SHORT_TEXT_CHARS);
            if let Some(c) = &rf.reason_icd10 {
                self.icd10(format_args!("{at}.reason_icd10"), c);
            }
            self.opt_full_date(format_args!("{at}.due"), &rf.due);
            self.opt_text(format_args!("{at}.note"), &rf.note, MAX_NOTE_CHARS);
        }
        self.items_count("vaccinations_due", &r.vaccinations_due);
        for (i, vd) in r.vaccinations_due.iter().enumerate() {
            let at = Idx("vaccinations_due", i);
            self.vaccine(format_args!("{at}.vaccine"), &vd.vaccine);
            self.dose_number(format_args!("{at}.dose_number"), vd.dose_number);
            self.opt_full_date(format_args!("{at}.due"), &vd.due);
        }
        self.items_count("alerts", &r.alerts);
        for (i, a) in r.alerts.iter().enumerate() {
            self.text(format_args!("alerts[{i}].text"), &a.text, MAX_NOTE_CHARS);
        }
    }

    fn name(&mut self, path: impl std::fmt::Display + Copy, n: &Name) {
        if n.family.is_none() && n.given.is_none() {
            self.err(
                path,
                "has neither family nor given name; leave it out instead",
            );
        }
        self.opt_text(
            format_args!("{path}.family"),
            &n.family,
            MAX_SHORT_TEXT_CHARS,
        );
        self.opt_text(format_args!("{path}.given"), &n.given, MAX_SHORT_TEXT_CHARS);
    }

    fn patient(&mut self, p: &Patient) {
        if let Some(n) = &p.name {
            self.name("patient.name", n);
        }
        if let Some(n) = &p.name_latin {
            self.name("patient.name_latin", n);
            let latin = |s: &Option<String>| {
                s.as_deref()
                    .unwrap_or("")
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || " '-.".contains(c))
            };
            if !latin(&n.family) || !latin(&n.given) {
                self.err(
                    "patient.name_latin",
                    "must use the letters A-Z only (with spaces, hyphens and apostrophes), as in a passport's machine-readable zone",
                );
            }
        }
        if let Some(n) = &p.name
            && p.name_latin.is_none()
            && !n
                .full()
                .chars()
                .all(|c| c.is_ascii() || c.is_alphabetic() && (c as u32) < 0x250)
        {
            self.err(
                "patient.name_latin",
                "is missing: the name is not in Latin script, so give a Latin transliteration too (clinicians along the route must be able to read it)",
            );
        }
        self.partial_date("patient.birth_date", &p.birth_date);
        if p.birth_date_estimated && p.birth_date.is_none() {
            self.err(
                "patient.birth_date_estimated",
                "is set but there is no birth_date",
            );
        }
        if let Some(c) = &p.nationality {
            self.country("patient.nationality", c);
        }
        self.items_count("patient.languages", &p.languages);
        for (i, l) in p.languages.iter().enumerate() {
            if !codes::is_well_formed_language(l) {
                self.err(
                    format!("patient.languages[{i}]"),
                    format!(
                        "\"{l}\" is not an ISO 639 language code (e.g. \"ar\", \"fa\", \"prs\")"
                    ),
                );
            }
        }
    }

    fn encounter(&mut self, e: &Encounter) {
        self.full_date("encounter.date", &e.date);
        self.country("encounter.country", &e.country);
        self.opt_text("encounter.site", &e.site, MAX_SHORT_TEXT_CHARS);
    }

    fn tenths(&mut self, path: impl std::fmt::Display + Copy, v: Option<f64>, min: f64, max: f64) {
        let Some(v) = v else { return };
        if !(min..=max).contains(&v) {
            self.err(
                path,
                format!("{v} is outside the plausible range {min}-{max}"),
            );
        } else if ((v * 10.0).round() - v * 10.0).abs() > 1e-6 {
            self.err(
                path,
                format!("{v} has more than one decimal; the card stores tenths"),
            );
        }
    }

    fn whole(&mut self, path: impl std::fmt::Display + Copy, v: Option<u16>, min: u16, max: u16) {
        if let Some(v) = v
            && !(min..=max).contains(&v)
        {
            self.err(
                path,
                format!("{v} is outside the plausible range {min}-{max}"),
            );
        }
    }

    fn vitals(&mut self, vs: &VitalSigns) {
        if vs.is_empty() {
            self.err("vital_signs", "is empty; leave it out instead");
        }
        self.tenths("vital_signs.height_cm", vs.height_cm, 20.0, 250.0);
        self.tenths("vital_signs.weight_kg", vs.weight_kg, 0.5, 350.0);
        self.whole("vital_signs.systolic_mmhg", vs.systolic_mmhg, 40, 300);
        self.whole("vital_signs.diastolic_mmhg", vs.diastolic_mmhg, 20, 200);
        if let (Some(s), Some(d)) = (vs.systolic_mmhg, vs.diastolic_mmhg)
            && d >= s
        {
            self.err(
                "vital_signs.diastolic_mmhg",
                format!("{d} is not below the systolic pressure {s}"),
            );
        }
        self.whole("vital_signs.heart_rate_bpm", vs.heart_rate_bpm, 20, 300);
        self.whole(
            "vital_signs.respiratory_rate_per_min",
            vs.respiratory_rate_per_min,
            4,
            120,
        );
        self.tenths("vital_signs.temperature_c", vs.temperature_c, 25.0, 45.0);
        self.whole("vital_signs.spo2_percent", vs.spo2_percent, 50, 100);
        self.tenths(
            "vital_signs.head_circumference_cm",
            vs.head_circumference_cm,
            20.0,
            70.0,
        );
        self.tenths("vital_signs.muac_cm", vs.muac_cm, 5.0, 60.0);
    }

    fn dose_number(&mut self, path: impl std::fmt::Display + Copy, n: Option<u8>) {
        if let Some(n) = n
            && !(1..=10).contains(&n)
        {
            self.err(path, format!("{n} is not a dose number from 1 to 10"));
        }
    }

    fn immunizations(&mut self, imm: &Immunizations, encounter_date: &str) {
        self.items_count("immunizations.doses", &imm.doses);
        if !imm.no_records && imm.doses.is_empty() {
            self.err(
                "immunizations",
                "has no doses; set \"no_records\": true if the person has no vaccination records",
            );
        }
        for (i, d) in imm.doses.iter().enumerate() {
            let at = Idx("immunizations.doses", i);
            self.vaccine(format_args!("{at}.vaccine"), &d.vaccine);
            self.partial_date(format_args!("{at}.date"), &d.date);
            match (&d.date, d.source) {
                (None, EvidenceSource::Documented | EvidenceSource::GivenHere) => self.err(
                    format!("{at}.date"),
                    "is required for documented doses and doses given here",
                ),
                (Some(s), EvidenceSource::GivenHere) if s != encounter_date => self.err(
                    format!("{at}.date"),
                    format!(
                        "is {s}, but a dose given here has the encounter date {encounter_date}; record doses given elsewhere as \"documented\""
                    ),
                ),
                _ => {}
            }
            self.dose_number(format_args!("{at}.dose_number"), d.dose_number);
            if let Some(c) = &d.country {
                self.country(format_args!("{at}.country"), c);
            }
            self.opt_text(format_args!("{at}.lot"), &d.lot, 20);
        }
    }

    fn result(&mut self, at: impl std::fmt::Display + Copy, r: &LabResult) {
        if !codes::is_well_formed_loinc(&r.loinc) {
            self.err(
                format!("{at}.loinc"),
                format!(
                    "\"{}\" is not a valid LOINC code (digits, hyphen, check digit, e.g. \"71773-6\")",
                    r.loinc
                ),
            );
        }
        if let Some(v) = &r.value
            && !is_decimal(v)
        {
            self.err(
                format!("{at}.value"),
                format!("\"{v}\" is not a decimal number (at most 7 digits before and 4 after the point)"),
            );
        }
        if r.unit.is_some() && r.value.is_none() {
            self.err(format!("{at}.unit"), "is given without a value");
        }
        if let Some(u) = &r.unit
            && (u.is_empty() || u.len() > 20 || !u.chars().all(|c| c.is_ascii_graphic()))
        {
            self.err(
                format!("{at}.unit"),
                format!("\"{u}\" is not a UCUM unit (e.g. \"g/dL\", \"mmol/L\")"),
            );
        }
        if r.value.is_some() && r.result == ResultCode::NotDone {
            self.err(
                format!("{at}.value"),
                "is given for a test that was not done",
            );
        }
        self.opt_full_date(format_args!("{at}.date"), &r.date);
        self.opt_text(format_args!("{at}.note"), &r.note, MAX_NOTE_CHARS);
    }

    fn pregnancy(&mut self, p: &Pregnancy, patient: &Patient) {
        if patient.sex == Some(Sex::Male) && p.status == PregnancyStatus::Pregnant {
            self.err(
                "pregnancy.status",
                "is \"pregnant\" but patient.sex is \"male\"",
            );
        }
        self.opt_full_date("pregnancy.expected_delivery", &p.expected_delivery);
        if let Some(w) = p.gestational_weeks
            && w > 45
        {
            self.err(
                "pregnancy.gestational_weeks",
                format!("{w} is more than 45 weeks"),
            );
        }
        if p.status != PregnancyStatus::Pregnant
            && (p.expected_delivery.is_some() || p.gestational_weeks.is_some())
        {
            self.err(
                "pregnancy",
                "gives a delivery date or gestational age but the status is not \"pregnant\"",
            );
        }
        for (name, v) in [("gravida", p.gravida), ("para", p.para)] {
            if let Some(v) = v
                && v > 30
            {
                self.err(format!("pregnancy.{name}"), format!("{v} is implausible"));
            }
        }
    }
}

/// `-?digits(.digits)?` with at most 7 integer and 4 fraction digits, no exponent, no leading `+`.
pub fn is_decimal(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
    };
    digits(int, 7) && frac.is_none_or(|f| digits(f, 4))
}

/// Text without a leading UTF-8 byte-order mark, which some Windows editors write at the start of
/// a file and JSON parsers refuse (RFC 8259 §8.1 lets a reader ignore it).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_name(family: &str) -> Result<Record, RecordJsonError> {
        let json = serde_json::json!({
            "patient": {"name": {"family": family}, "name_latin": {"family": "RAHIMI"}},
            "encounter": {"date": "2026-01-01", "country": "GR"},
        });
        Record::from_json(&json.to_string())
    }

    #[test]
    fn invisible_formatting_is_refused_but_persian_joiners_are_not() {
        // A name that prints like "RAHIMI" but compares differently, or reads backwards.
        for hidden in [
            "RAH\u{200B}IMI",
            "\u{202E}IMIHAR",
            "RAHIMI\u{2066}",
            "\u{FEFF}RAHIMI",
        ] {
            let e = with_name(hidden).unwrap_err().to_string();
            assert!(e.contains("invisible formatting"), "{hidden:?}: {e}");
        }
        // A record saved by Notepad starts with a byte-order mark.
        let bom = format!(
            "\u{feff}{}",
            r#"{"patient":{},"encounter":{"date":"2026-01-02","country":"IT"}}"#
        );
        assert!(Record::from_json(&bom).is_ok());
        // Zero-width non-joiner: part of Persian spelling (e.g. the plural suffix).
        assert!(with_name("رحیمی\u{200C}ها").is_ok());
        assert!(with_name("RAHIMI").is_ok());
    }
}
