//! The health summary: what one card says about one person.
//!
//! This is the record as a health worker writes it (JSON) and as a verifier reads it back. Codes
//! and dates are kept as the text a person types (`"E11.9"`, `"1991-03"`) so that every problem in
//! a record can be reported at once by [`Record::validate`]; the CBOR mapping in `src/wire/cbor/`
//! turns them into their compact wire form.
//!
//! Privacy by design: there is deliberately no field for legal or asylum status, travel route,
//! ethnicity or religion, and no case number. The name is optional. A JSON record that tries to
//! carry such a field is rejected with an explanation (see [`FORBIDDEN_FIELDS`]).

use serde::{Deserialize, Serialize};

use crate::codes;
use crate::date::parse_full_date;

mod validate;
pub use validate::{FORBIDDEN_FIELDS, is_decimal, is_hidden_format};

mod confidential;
pub use confidential::{Consent, Item, MarkedRecord, Split};

#[cfg(test)]
mod tests;

/// The longest free text a clinician may write in one note. The card has to fit one QR code; a
/// note is a pointer for the next clinician, not a discharge letter.
pub const MAX_NOTE_CHARS: usize = 160;
/// The longest name part, site name or substance name.
pub const MAX_SHORT_TEXT_CHARS: usize = 60;
/// The most items one list section may hold.
pub const MAX_ITEMS: usize = 40;

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
    /// What is wrong, in English, e.g. `"B8X" is not a valid ICD-10 code`: the English
    /// catalogue's text of `key`, filled in with `args`.
    pub problem: String,
    /// The problem's message in the catalogues (`field-…` in `locales/*.ftl`), so that a
    /// front-end shows it in its user's language ([`FieldError::text`]).
    pub key: &'static str,
    /// The values of the message's `{ $name }` placeables.
    pub args: Vec<(&'static str, String)>,
}

impl FieldError {
    /// The problem `key` of the catalogues at `path`, with its placeables' values.
    pub fn new(
        path: impl Into<String>,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        let mut e = Self {
            path: path.into(),
            problem: String::new(),
            key,
            args,
        };
        e.problem = e.text(crate::labels::Lang::english());
        e
    }

    /// A problem that the catalogues have no message for: it shows as written, in English, in
    /// every language (the catalogues' `field-other`).
    pub fn untranslated(path: impl Into<String>, problem: String) -> Self {
        Self::new(path, "field-other", vec![("problem", problem)])
    }

    /// What is wrong, in `lang`.
    pub fn text(&self, lang: crate::labels::Lang) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        lang.fmt(self.key, &args)
    }
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
    ///
    /// The confidentiality marks (`consent`, an item's `confidential`) are instructions for
    /// issuing, not facts: they are read by [`MarkedRecord::from_json`], and refused here so that
    /// they are never lost on the way to a card.
    pub fn from_json(json: &str) -> Result<Self, RecordJsonError> {
        let de = &mut serde_json::Deserializer::from_str(strip_bom(json));
        Self::checked(serde_path_to_error::deserialize(de))
    }

    /// [`Record::from_json`] for JSON already parsed. Messages name the path but, unlike those of
    /// `from_json`, no line: the value no longer knows its lines.
    pub fn from_json_value(json: serde_json::Value) -> Result<Self, RecordJsonError> {
        Self::checked(serde_path_to_error::deserialize(json))
    }

    fn checked<E: std::fmt::Display>(
        read: Result<Record, serde_path_to_error::Error<E>>,
    ) -> Result<Self, RecordJsonError> {
        let mut record = read.map_err(|e| {
            let path = e.path().to_string();
            let message = e.inner().to_string();
            let message = validate::explain_forbidden_field(&message)
                .or_else(|| confidential::explain_mark_field(&message))
                .unwrap_or(message);
            RecordJsonError::Syntax { path, message }
        })?;
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

/// Text without a leading UTF-8 byte-order mark, which some Windows editors write at the start of
/// a file and JSON parsers refuse (RFC 8259 §8.1 lets a reader ignore it).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}
