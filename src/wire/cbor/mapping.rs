//! The CBOR mapping: how claims, entries and records become bytes, and back.
//!
//! Every map uses small integer keys and is encoded deterministically (RFC 8949 §4.2.1: shortest
//! integer forms, definite lengths, map keys sorted by their encoded bytes). All record-level keys
//! are in 0..=23, where bytewise order, integer order and the older length-first "canonical CBOR"
//! order agree, so independent encoders produce the same bytes. One record has exactly one
//! encoding: values equal to their default are left out, boolean flags appear only when true, and
//! a decoder refuses anything else. docs/FORMAT.md lists every key.
//!
//! Every map key is a named constant in [`key`], used by both the encoder and the decoder, so the
//! two cannot drift apart; a unit test refuses integer-literal keys in this file.

use ciborium::value::{Integer, Value};

use super::strict::{CborError, from_slice_deterministic, structure, to_vec};
use crate::card::{CardId, Claims, Entry, EntryLink, ID_MAX_LEN, ID_MIN_LEN, Part, RecordId};
use crate::date::{self, PartialDate};
use crate::record::*;

/// CWT claim `iss` (RFC 8392): the same constant as [`key::claims::ISS`].
pub const CLAIM_ISS: i64 = key::claims::ISS;
/// `exp`.
pub const CLAIM_EXP: i64 = key::claims::EXP;
/// `iat`.
pub const CLAIM_IAT: i64 = key::claims::IAT;
/// `cti`.
pub const CLAIM_CTI: i64 = key::claims::CTI;
/// The PHR entry: a private-use claim key (RFC 8392 §9.1: below −65536).
pub const CLAIM_PHR: i64 = key::claims::PHR;
/// Version of the entry map this code writes and reads.
pub const ENTRY_VERSION: u64 = 1;

/// Every map key of the format, one module per map, named as in docs/FORMAT.md §4–§5. The encoder
/// and the decoder both use these, so a key can only be renumbered in one place, and the two
/// halves cannot disagree. Positional items (names and list items, FORMAT.md "Positional items")
/// use the same numbers as array indexes.
pub mod key {
    /// The CWT claims set, the COSE payload (FORMAT.md §4).
    pub mod claims {
        /// `iss`, the issuing authority's id (RFC 8392).
        pub const ISS: i64 = 1;
        /// `exp`, optional.
        pub const EXP: i64 = 4;
        /// `iat`.
        pub const IAT: i64 = 6;
        /// `cti`, the card id.
        pub const CTI: i64 = 7;
        /// The PHR entry: a private-use claim key (RFC 8392 §9.1: below −65536).
        pub const PHR: i64 = -65_537;
    }

    /// The entry map, keys 0–3: what ties the entry to the person's other entries (FORMAT.md §5).
    /// Keys 4–9 are reserved; 10–22 of the same map are in [`record`].
    pub mod entry {
        /// Version of the entry map.
        pub const VERSION: i64 = 0;
        /// Record id, shared by every entry of the same person.
        pub const RECORD_ID: i64 = 1;
        /// Hash prefix of the entry this one follows.
        pub const FOLLOWS: i64 = 2;
        /// `[index, count]` when one record is split over several cards.
        pub const PART: i64 = 3;
    }

    /// The entry map, keys 10–22: the record's sections (FORMAT.md §5).
    pub mod record {
        /// Patient map (§5.1), required.
        pub const PATIENT: i64 = 10;
        /// Encounter map (§5.2), required.
        pub const ENCOUNTER: i64 = 11;
        /// Vital signs map (§5.3).
        pub const VITAL_SIGNS: i64 = 12;
        /// `0` or an array of Problem.
        pub const PROBLEMS: i64 = 13;
        /// `0` or an array of Allergy.
        pub const ALLERGIES: i64 = 14;
        /// `0` or an array of Medication.
        pub const MEDICATIONS: i64 = 15;
        /// Immunizations map (§5.7).
        pub const IMMUNIZATIONS: i64 = 16;
        /// Array of Result.
        pub const RESULTS: i64 = 17;
        /// Pregnancy map (§5.9).
        pub const PREGNANCY: i64 = 18;
        /// Mental health map (§5.9).
        pub const MENTAL_HEALTH: i64 = 19;
        /// Array of Referral.
        pub const REFERRALS: i64 = 20;
        /// Array of Alert.
        pub const ALERTS: i64 = 21;
        /// Array of VaccinationDue.
        pub const VACCINATIONS_DUE: i64 = 22;
    }

    /// Name = `[family, given]` (positional, §5.1).
    pub mod name {
        /// Family name.
        pub const FAMILY: i64 = 0;
        /// Given name.
        pub const GIVEN: i64 = 1;
    }

    /// Patient map (§5.1).
    pub mod patient {
        /// Name in the person's own script.
        pub const NAME: i64 = 0;
        /// Name, Latin transliteration.
        pub const NAME_LATIN: i64 = 1;
        /// Birth date (partial date).
        pub const BIRTH_DATE: i64 = 2;
        /// Birth date estimated (flag).
        pub const BIRTH_DATE_ESTIMATED: i64 = 3;
        /// Sex.
        pub const SEX: i64 = 4;
        /// Nationality, ISO 3166-1 alpha-2.
        pub const NATIONALITY: i64 = 5;
        /// Languages, ISO 639.
        pub const LANGUAGES: i64 = 6;
    }

    /// Encounter map (§5.2).
    pub mod encounter {
        /// Date (full date), required.
        pub const DATE: i64 = 0;
        /// Country, required.
        pub const COUNTRY: i64 = 1;
        /// Site.
        pub const SITE: i64 = 2;
        /// Kind of encounter.
        pub const KIND: i64 = 3;
        /// Role of the health worker.
        pub const ROLE: i64 = 4;
        /// Mediator or interpreter present (flag).
        pub const MEDIATOR: i64 = 5;
    }

    /// Vital signs map (§5.3).
    pub mod vital_signs {
        /// Height, tenths of cm.
        pub const HEIGHT: i64 = 0;
        /// Weight, tenths of kg.
        pub const WEIGHT: i64 = 1;
        /// Systolic blood pressure, mmHg.
        pub const SYSTOLIC: i64 = 2;
        /// Diastolic blood pressure, mmHg.
        pub const DIASTOLIC: i64 = 3;
        /// Heart rate, /min.
        pub const HEART_RATE: i64 = 4;
        /// Respiratory rate, /min.
        pub const RESPIRATORY_RATE: i64 = 5;
        /// Temperature, tenths of °C.
        pub const TEMPERATURE: i64 = 6;
        /// SpO₂, %.
        pub const SPO2: i64 = 7;
        /// Head circumference, tenths of cm.
        pub const HEAD_CIRCUMFERENCE: i64 = 8;
        /// Mid-upper-arm circumference, tenths of cm.
        pub const MUAC: i64 = 9;
    }

    /// Problem (positional, §5.4).
    pub mod problem {
        /// ICD-10 code, required.
        pub const ICD10: i64 = 0;
        /// Status (default active).
        pub const STATUS: i64 = 1;
        /// Provisional (flag).
        pub const PROVISIONAL: i64 = 2;
        /// Onset (partial date).
        pub const ONSET: i64 = 3;
        /// Note.
        pub const NOTE: i64 = 4;
    }

    /// Allergy (positional, §5.5).
    pub mod allergy {
        /// Substance, required.
        pub const SUBSTANCE: i64 = 0;
        /// ATC code.
        pub const ATC: i64 = 1;
        /// Category.
        pub const CATEGORY: i64 = 2;
        /// Criticality.
        pub const CRITICALITY: i64 = 3;
        /// Reaction.
        pub const REACTION: i64 = 4;
    }

    /// Medication (positional, §5.6).
    pub mod medication {
        /// ATC code, required.
        pub const ATC: i64 = 0;
        /// Dose.
        pub const DOSE: i64 = 1;
        /// Status (default active).
        pub const STATUS: i64 = 2;
        /// Until (full date).
        pub const UNTIL: i64 = 3;
    }

    /// Immunizations map (§5.7).
    pub mod immunizations {
        /// No vaccination records (flag).
        pub const NO_RECORDS: i64 = 0;
        /// Array of Dose.
        pub const DOSES: i64 = 1;
    }

    /// Dose (positional, §5.7).
    pub mod dose {
        /// Vaccine, WHO ATC J07…, required.
        pub const VACCINE: i64 = 0;
        /// Evidence source, required.
        pub const SOURCE: i64 = 1;
        /// Dose number.
        pub const DOSE_NUMBER: i64 = 2;
        /// Lot.
        pub const LOT: i64 = 3;
        /// Date (partial date; implied for a dose given here).
        pub const DATE: i64 = 4;
        /// Country.
        pub const COUNTRY: i64 = 5;
    }

    /// Result (positional, §5.8).
    pub mod result {
        /// LOINC code as an integer without its check digit, required.
        pub const LOINC: i64 = 0;
        /// Result code, required.
        pub const RESULT: i64 = 1;
        /// Decimal value, as text.
        pub const VALUE: i64 = 2;
        /// UCUM unit.
        pub const UNIT: i64 = 3;
        /// Date (full date; implied when it is the encounter date).
        pub const DATE: i64 = 4;
        /// Note.
        pub const NOTE: i64 = 5;
    }

    /// Pregnancy map (§5.9).
    pub mod pregnancy {
        /// Status, required.
        pub const STATUS: i64 = 0;
        /// Expected delivery (full date).
        pub const EXPECTED_DELIVERY: i64 = 1;
        /// Gestational weeks.
        pub const GESTATIONAL_WEEKS: i64 = 2;
        /// Gravida.
        pub const GRAVIDA: i64 = 3;
        /// Para.
        pub const PARA: i64 = 4;
    }

    /// Mental health map (§5.9).
    pub mod mental_health {
        /// Screening outcome, required.
        pub const OUTCOME: i64 = 0;
        /// Screening tool.
        pub const TOOL: i64 = 1;
        /// Referred (flag).
        pub const REFERRED: i64 = 2;
        /// Note.
        pub const NOTE: i64 = 3;
    }

    /// Referral (positional, §5.10).
    pub mod referral {
        /// To whom, required.
        pub const TO: i64 = 0;
        /// Reason, ICD-10.
        pub const REASON_ICD10: i64 = 1;
        /// Urgency (default routine).
        pub const URGENCY: i64 = 2;
        /// Due (full date).
        pub const DUE: i64 = 3;
        /// Status (default planned).
        pub const STATUS: i64 = 4;
        /// Note.
        pub const NOTE: i64 = 5;
    }

    /// Alert (positional, §5.10).
    pub mod alert {
        /// Kind, required.
        pub const KIND: i64 = 0;
        /// Text, required.
        pub const TEXT: i64 = 1;
    }

    /// VaccinationDue (positional, §5.10).
    pub mod vaccination_due {
        /// Vaccine, WHO ATC.
        pub const VACCINE: i64 = 0;
        /// Dose number.
        pub const DOSE_NUMBER: i64 = 1;
        /// Due (full date).
        pub const DUE: i64 = 2;
    }
}

/// Where a field is, formatted only when an error needs it: decoding a valid card builds no
/// path strings.
#[derive(Clone)]
pub(crate) struct Loc(std::rc::Rc<str>, i64);

impl std::fmt::Display for Loc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            write!(f, "{}", self.1)
        } else {
            write!(f, "{}.{}", self.0, self.1)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Small enums: each variant has a fixed number on the wire.

/// A field enum with a fixed wire number per variant.
pub(crate) trait Wire: Sized + Copy + PartialEq + 'static {
    const TABLE: &'static [(Self, u64)];
    fn to_wire(self) -> u64 {
        Self::TABLE
            .iter()
            .find(|(v, _)| *v == self)
            .map_or(0, |(_, n)| *n)
    }
    fn from_wire(n: u64) -> Option<Self> {
        Self::TABLE.iter().find(|(_, k)| *k == n).map(|(v, _)| *v)
    }
}

macro_rules! wire {
    ($t:ty { $($v:ident = $n:expr),* $(,)? }) => {
        impl Wire for $t {
            const TABLE: &'static [(Self, u64)] = &[$((<$t>::$v, $n)),*];
        }
    };
}

wire!(Sex { Unknown = 0, Female = 1, Male = 2, Other = 3 });
wire!(EncounterKind { InitialAssessment = 0, FollowUp = 1, Vaccination = 2, Emergency = 3 });
wire!(Role { Other = 0, Physician = 1, Nurse = 2, Midwife = 3, Psychologist = 4, Paramedic = 5 });
wire!(ProblemStatus { Active = 0, Inactive = 1, Resolved = 2 });
wire!(AllergyCategory { Medication = 0, Food = 1, Environment = 2, Biologic = 3 });
wire!(Criticality { Low = 0, High = 1, UnableToAssess = 2 });
wire!(MedicationStatus { Active = 0, Completed = 1, Stopped = 2, Intended = 3 });
wire!(EvidenceSource { Documented = 0, Reported = 1, GivenHere = 2 });
wire!(ResultCode { Positive = 0, Negative = 1, Indeterminate = 2, NotDone = 3, Normal = 4, Abnormal = 5 });
wire!(PregnancyStatus { Unknown = 0, Pregnant = 1, NotPregnant = 2 });
wire!(ScreeningOutcome { NotDone = 0, NoConcerns = 1, Concerns = 2, Declined = 3 });
wire!(Urgency { Routine = 0, Soon = 1, Urgent = 2 });
wire!(ReferralStatus { Planned = 0, Done = 1, Cancelled = 2 });
wire!(AlertKind { Other = 0, SevereAllergy = 1, Infectious = 2, CriticalMedication = 3, HighRiskPregnancy = 4, UrgentFollowUp = 5 });

// ---------------------------------------------------------------------------------------------
// Encoding.

pub(crate) fn int(n: impl Into<Integer>) -> Value {
    Value::Integer(n.into())
}

/// Builds a map with integer keys, skipping absent values.
#[derive(Default)]
pub(crate) struct MapBuilder(Vec<(Value, Value)>);

impl MapBuilder {
    pub(crate) fn put(&mut self, k: i64, v: Value) -> &mut Self {
        self.0.push((int(k), v));
        self
    }
    pub(crate) fn opt(&mut self, k: i64, v: Option<Value>) -> &mut Self {
        if let Some(v) = v {
            self.put(k, v);
        }
        self
    }
    pub(crate) fn text(&mut self, k: i64, s: &Option<String>) -> &mut Self {
        self.opt(k, s.as_ref().map(|s| Value::Text(s.clone())))
    }
    pub(crate) fn flag(&mut self, k: i64, b: bool) -> &mut Self {
        self.opt(k, b.then_some(Value::Bool(true)))
    }
    /// Enum value, left out when it is the default.
    pub(crate) fn wire<T: Wire>(&mut self, k: i64, v: T, default: Option<T>) -> &mut Self {
        self.opt(k, (Some(v) != default).then(|| int(v.to_wire())))
    }
    pub(crate) fn uint(&mut self, k: i64, v: Option<impl Into<Integer>>) -> &mut Self {
        self.opt(k, v.map(int))
    }
    pub(crate) fn build(&mut self) -> Value {
        Value::Map(std::mem::take(&mut self.0))
    }
    /// The positional form: field `k` at index `k`, `null` for absent fields in between, no
    /// trailing `null`s.
    pub(crate) fn build_array(&mut self) -> Value {
        let fields = std::mem::take(&mut self.0);
        let len = fields
            .iter()
            .filter_map(|(k, _)| k.as_integer().and_then(|i| usize::try_from(i).ok()))
            .map(|i| i + 1)
            .max()
            .unwrap_or(0);
        let mut out = vec![Value::Null; len];
        for (k, v) in fields {
            if let Some(i) = k.as_integer().and_then(|i| usize::try_from(i).ok()) {
                out[i] = v;
            }
        }
        Value::Array(out)
    }
}

fn enc_full_date(s: &str) -> Value {
    // Callers validate first; an unparsable date would have been reported there.
    date::parse_full_date(s).map_or(Value::Null, |d| int(date::to_epoch_days(d)))
}

fn enc_partial_date(s: &str) -> Value {
    match PartialDate::parse(s) {
        Some(PartialDate::Full(d)) => int(date::to_epoch_days(d)),
        Some(p) => Value::Text(p.to_string()),
        None => Value::Null,
    }
}

/// LOINC codes travel as the integer before the hyphen; the check digit is recomputed.
fn enc_loinc(code: &str) -> Value {
    code.split_once('-')
        .and_then(|(n, _)| n.parse::<u64>().ok())
        .map_or(Value::Null, int)
}

fn dec_loinc(v: &Value, path: impl std::fmt::Display) -> Result<String, CborError> {
    let n = uint(v, path, 9_999_999)?;
    Ok(format!("{n}-{}", crate::codes::loinc_check_digit(n)))
}

fn enc_tenths(v: Option<f64>) -> Option<Value> {
    v.map(|v| int((v * 10.0).round() as i64))
}

fn enc_name(n: &Option<Name>) -> Option<Value> {
    n.as_ref().map(|n| {
        MapBuilder::default()
            .text(key::name::FAMILY, &n.family)
            .text(key::name::GIVEN, &n.given)
            .build_array()
    })
}

fn enc_list<T>(l: &Listed<T>, f: impl Fn(&T) -> Value) -> Option<Value> {
    match l {
        Listed::NotRecorded => None,
        Listed::NoneKnown => Some(int(0)),
        Listed::Items(v) => Some(Value::Array(v.iter().map(f).collect())),
    }
}

fn enc_array<T>(v: &[T], f: impl Fn(&T) -> Value) -> Option<Value> {
    (!v.is_empty()).then(|| Value::Array(v.iter().map(f).collect()))
}

/// The record's sections, keys 10 to 22 of the entry map.
fn enc_record(r: &Record, m: &mut MapBuilder) {
    let p = &r.patient;
    m.put(
        key::record::PATIENT,
        MapBuilder::default()
            .opt(key::patient::NAME, enc_name(&p.name))
            .opt(key::patient::NAME_LATIN, enc_name(&p.name_latin))
            .opt(
                key::patient::BIRTH_DATE,
                p.birth_date.as_deref().map(enc_partial_date),
            )
            .flag(key::patient::BIRTH_DATE_ESTIMATED, p.birth_date_estimated)
            .opt(key::patient::SEX, p.sex.map(|s| int(s.to_wire())))
            .text(key::patient::NATIONALITY, &p.nationality)
            .opt(
                key::patient::LANGUAGES,
                enc_array(&p.languages, |l| Value::Text(l.clone())),
            )
            .build(),
    );
    let e = &r.encounter;
    m.put(
        key::record::ENCOUNTER,
        MapBuilder::default()
            .put(key::encounter::DATE, enc_full_date(&e.date))
            .put(key::encounter::COUNTRY, Value::Text(e.country.clone()))
            .text(key::encounter::SITE, &e.site)
            .opt(key::encounter::KIND, e.kind.map(|k| int(k.to_wire())))
            .opt(key::encounter::ROLE, e.role.map(|k| int(k.to_wire())))
            .flag(key::encounter::MEDIATOR, e.mediator)
            .build(),
    );
    m.opt(
        key::record::VITAL_SIGNS,
        r.vital_signs.as_ref().map(|v| {
            MapBuilder::default()
                .opt(key::vital_signs::HEIGHT, enc_tenths(v.height_cm))
                .opt(key::vital_signs::WEIGHT, enc_tenths(v.weight_kg))
                .uint(key::vital_signs::SYSTOLIC, v.systolic_mmhg)
                .uint(key::vital_signs::DIASTOLIC, v.diastolic_mmhg)
                .uint(key::vital_signs::HEART_RATE, v.heart_rate_bpm)
                .uint(
                    key::vital_signs::RESPIRATORY_RATE,
                    v.respiratory_rate_per_min,
                )
                .opt(key::vital_signs::TEMPERATURE, enc_tenths(v.temperature_c))
                .uint(key::vital_signs::SPO2, v.spo2_percent)
                .opt(
                    key::vital_signs::HEAD_CIRCUMFERENCE,
                    enc_tenths(v.head_circumference_cm),
                )
                .opt(key::vital_signs::MUAC, enc_tenths(v.muac_cm))
                .build()
        }),
    );
    m.opt(
        key::record::PROBLEMS,
        enc_list(&r.problems, |p| {
            MapBuilder::default()
                .put(key::problem::ICD10, Value::Text(p.icd10.clone()))
                .wire(key::problem::STATUS, p.status, Some(ProblemStatus::Active))
                .flag(key::problem::PROVISIONAL, p.provisional)
                .opt(
                    key::problem::ONSET,
                    p.onset.as_deref().map(enc_partial_date),
                )
                .text(key::problem::NOTE, &p.note)
                .build_array()
        }),
    );
    m.opt(
        key::record::ALLERGIES,
        enc_list(&r.allergies, |a| {
            MapBuilder::default()
                .put(key::allergy::SUBSTANCE, Value::Text(a.substance.clone()))
                .text(key::allergy::ATC, &a.atc)
                .opt(key::allergy::CATEGORY, a.category.map(|c| int(c.to_wire())))
                .opt(
                    key::allergy::CRITICALITY,
                    a.criticality.map(|c| int(c.to_wire())),
                )
                .text(key::allergy::REACTION, &a.reaction)
                .build_array()
        }),
    );
    m.opt(
        key::record::MEDICATIONS,
        enc_list(&r.medications, |md| {
            MapBuilder::default()
                .put(key::medication::ATC, Value::Text(md.atc.clone()))
                .text(key::medication::DOSE, &md.dose)
                .wire(
                    key::medication::STATUS,
                    md.status,
                    Some(MedicationStatus::Active),
                )
                .opt(
                    key::medication::UNTIL,
                    md.until.as_deref().map(enc_full_date),
                )
                .build_array()
        }),
    );
    m.opt(
        key::record::IMMUNIZATIONS,
        r.immunizations.as_ref().map(|imm| {
            MapBuilder::default()
                .flag(key::immunizations::NO_RECORDS, imm.no_records)
                .opt(
                    key::immunizations::DOSES,
                    enc_array(&imm.doses, |d| {
                        let implied = d.source == EvidenceSource::GivenHere
                            && d.date.as_deref() == Some(r.encounter.date.as_str());
                        MapBuilder::default()
                            .put(key::dose::VACCINE, Value::Text(d.vaccine.clone()))
                            .put(key::dose::SOURCE, int(d.source.to_wire()))
                            .uint(key::dose::DOSE_NUMBER, d.dose_number)
                            .text(key::dose::LOT, &d.lot)
                            .opt(
                                key::dose::DATE,
                                d.date.as_deref().filter(|_| !implied).map(enc_partial_date),
                            )
                            .text(key::dose::COUNTRY, &d.country)
                            .build_array()
                    }),
                )
                .build()
        }),
    );
    m.opt(
        key::record::RESULTS,
        enc_array(&r.results, |res| {
            MapBuilder::default()
                .put(key::result::LOINC, enc_loinc(&res.loinc))
                .put(key::result::RESULT, int(res.result.to_wire()))
                .text(key::result::VALUE, &res.value)
                .text(key::result::UNIT, &res.unit)
                .opt(
                    key::result::DATE,
                    res.date
                        .as_deref()
                        .filter(|d| *d != r.encounter.date)
                        .map(enc_full_date),
                )
                .text(key::result::NOTE, &res.note)
                .build_array()
        }),
    );
    m.opt(
        key::record::PREGNANCY,
        r.pregnancy.as_ref().map(|p| {
            MapBuilder::default()
                .put(key::pregnancy::STATUS, int(p.status.to_wire()))
                .opt(
                    key::pregnancy::EXPECTED_DELIVERY,
                    p.expected_delivery.as_deref().map(enc_full_date),
                )
                .uint(key::pregnancy::GESTATIONAL_WEEKS, p.gestational_weeks)
                .uint(key::pregnancy::GRAVIDA, p.gravida)
                .uint(key::pregnancy::PARA, p.para)
                .build()
        }),
    );
    m.opt(
        key::record::MENTAL_HEALTH,
        r.mental_health.as_ref().map(|mh| {
            MapBuilder::default()
                .put(key::mental_health::OUTCOME, int(mh.outcome.to_wire()))
                .text(key::mental_health::TOOL, &mh.tool)
                .flag(key::mental_health::REFERRED, mh.referred)
                .text(key::mental_health::NOTE, &mh.note)
                .build()
        }),
    );
    m.opt(
        key::record::REFERRALS,
        enc_array(&r.referrals, |rf| {
            MapBuilder::default()
                .put(key::referral::TO, Value::Text(rf.to.clone()))
                .text(key::referral::REASON_ICD10, &rf.reason_icd10)
                .wire(key::referral::URGENCY, rf.urgency, Some(Urgency::Routine))
                .opt(key::referral::DUE, rf.due.as_deref().map(enc_full_date))
                .wire(
                    key::referral::STATUS,
                    rf.status,
                    Some(ReferralStatus::Planned),
                )
                .text(key::referral::NOTE, &rf.note)
                .build_array()
        }),
    );
    m.opt(
        key::record::ALERTS,
        enc_array(&r.alerts, |a| {
            MapBuilder::default()
                .put(key::alert::KIND, int(a.kind.to_wire()))
                .put(key::alert::TEXT, Value::Text(a.text.clone()))
                .build_array()
        }),
    );
    m.opt(
        key::record::VACCINATIONS_DUE,
        enc_array(&r.vaccinations_due, |v| {
            MapBuilder::default()
                .put(
                    key::vaccination_due::VACCINE,
                    Value::Text(v.vaccine.clone()),
                )
                .uint(key::vaccination_due::DOSE_NUMBER, v.dose_number)
                .opt(
                    key::vaccination_due::DUE,
                    v.due.as_deref().map(enc_full_date),
                )
                .build_array()
        }),
    );
}

/// The entry map (value of claim [`CLAIM_PHR`]). The record must already be valid.
pub fn entry_to_value(e: &Entry) -> Result<Value, ValidationErrors> {
    e.record.validate()?;
    let mut m = MapBuilder::default();
    m.put(key::entry::VERSION, int(ENTRY_VERSION))
        .put(key::entry::RECORD_ID, Value::Bytes(e.record_id.0.clone()))
        .opt(
            key::entry::FOLLOWS,
            e.follows.map(|l| Value::Bytes(l.0.to_vec())),
        )
        .opt(
            key::entry::PART,
            e.part
                .map(|p| Value::Array(vec![int(p.index), int(p.count)])),
        );
    enc_record(&e.record, &mut m);
    Ok(m.build())
}

/// The CWT claims set, deterministically encoded: the COSE_Sign1 payload.
pub fn claims_to_vec(c: &Claims) -> Result<Vec<u8>, ValidationErrors> {
    let v = MapBuilder::default()
        .put(key::claims::ISS, Value::Text(c.issuer.clone()))
        .opt(key::claims::EXP, c.expires.map(int))
        .put(key::claims::IAT, int(c.issued_at))
        .put(key::claims::CTI, Value::Bytes(c.card_id.0.clone()))
        .put(key::claims::PHR, entry_to_value(&c.entry)?)
        .build();
    Ok(to_vec(&v))
}

// ---------------------------------------------------------------------------------------------
// Decoding.

/// A map being taken apart: every key must be consumed, so unknown keys are reported.
pub(crate) struct MapReader {
    path: std::rc::Rc<str>,
    entries: Vec<(i64, Value)>,
}

impl MapReader {
    pub(crate) fn new(v: Value, path: impl std::fmt::Display) -> Result<Self, CborError> {
        let Value::Map(raw) = v else {
            return Err(structure(
                path,
                format!("expected a map, found {}", kind(&v)),
            ));
        };
        let mut entries = Vec::with_capacity(raw.len());
        for (k, v) in raw {
            let key = k
                .as_integer()
                .and_then(|i| i64::try_from(i).ok())
                .ok_or_else(|| structure(&path, format!("map key {k:?} is not a small integer")))?;
            entries.push((key, v));
        }
        Ok(Self {
            path: path.to_string().into(),
            entries,
        })
    }

    /// Reads the positional form written by `MapBuilder::build_array`.
    pub(crate) fn new_array(v: Value, path: impl std::fmt::Display) -> Result<Self, CborError> {
        let Value::Array(items) = v else {
            return Err(structure(
                path,
                format!("expected an array, found {}", kind(&v)),
            ));
        };
        if items.last() == Some(&Value::Null) {
            return Err(structure(
                path,
                "absent fields at the end must be left out, not null",
            ));
        }
        let entries = items
            .into_iter()
            .enumerate()
            .filter(|(_, v)| *v != Value::Null)
            .map(|(i, v)| (i as i64, v))
            .collect();
        Ok(Self {
            path: path.to_string().into(),
            entries,
        })
    }

    pub(crate) fn at(&self, k: i64) -> Loc {
        Loc(self.path.clone(), k)
    }

    pub(crate) fn take(&mut self, k: i64) -> Option<Value> {
        let i = self.entries.iter().position(|(key, _)| *key == k)?;
        Some(self.entries.swap_remove(i).1)
    }

    pub(crate) fn need(&mut self, k: i64) -> Result<Value, CborError> {
        self.take(k)
            .ok_or_else(|| structure(self.at(k), "is required but missing"))
    }

    pub(crate) fn text(&mut self, k: i64, max_len: usize) -> Result<Option<String>, CborError> {
        let path = self.at(k);
        self.take(k).map(|v| text(v, &path, max_len)).transpose()
    }

    pub(crate) fn need_text(&mut self, k: i64, max_len: usize) -> Result<String, CborError> {
        let path = self.at(k);
        text(self.need(k)?, &path, max_len)
    }

    pub(crate) fn uint(&mut self, k: i64, max: u64) -> Result<Option<u64>, CborError> {
        let path = self.at(k);
        self.take(k).map(|v| uint(&v, &path, max)).transpose()
    }

    pub(crate) fn flag(&mut self, k: i64) -> Result<bool, CborError> {
        match self.take(k) {
            None => Ok(false),
            Some(Value::Bool(true)) => Ok(true),
            Some(v) => Err(structure(
                self.at(k),
                format!("a flag must be `true` or left out, found {}", kind(&v)),
            )),
        }
    }

    pub(crate) fn wire<T: Wire>(
        &mut self,
        k: i64,
        default: Option<T>,
    ) -> Result<Option<T>, CborError> {
        let path = self.at(k);
        let Some(n) = self.uint(k, u64::MAX)? else {
            return Ok(None);
        };
        let v =
            T::from_wire(n).ok_or_else(|| structure(&path, format!("{n} is not a known value")))?;
        if Some(v) == default {
            return Err(structure(&path, "a default value must be left out"));
        }
        Ok(Some(v))
    }

    pub(crate) fn full_date(&mut self, k: i64) -> Result<Option<String>, CborError> {
        let path = self.at(k);
        self.take(k).map(|v| full_date(&v, &path)).transpose()
    }

    pub(crate) fn partial_date(&mut self, k: i64) -> Result<Option<String>, CborError> {
        let path = self.at(k);
        self.take(k)
            .map(|v| match v {
                Value::Text(s) => match PartialDate::parse(&s) {
                    Some(PartialDate::Full(_)) => Err(structure(
                        &path,
                        "a full date must be a day number, not text",
                    )),
                    Some(_) => Ok(s),
                    None => Err(structure(&path, format!("\"{s}\" is not YYYY or YYYY-MM"))),
                },
                v => full_date(&v, &path),
            })
            .transpose()
    }

    pub(crate) fn tenths(&mut self, k: i64) -> Result<Option<f64>, CborError> {
        Ok(self.uint(k, 100_000)?.map(|n| n as f64 / 10.0))
    }

    pub(crate) fn small<T: TryFrom<u64>>(
        &mut self,
        k: i64,
        max: u64,
    ) -> Result<Option<T>, CborError> {
        Ok(self.uint(k, max)?.and_then(|n| T::try_from(n).ok()))
    }

    pub(crate) fn finish(self) -> Result<(), CborError> {
        match self.entries.first() {
            None => Ok(()),
            Some((k, _)) => Err(structure(
                self.at(*k),
                "is not a key this version of ephr knows",
            )),
        }
    }
}

pub(crate) fn kind(v: &Value) -> &'static str {
    match v {
        Value::Integer(_) => "an integer",
        Value::Bytes(_) => "a byte string",
        Value::Float(_) => "a float",
        Value::Text(_) => "a text string",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
        Value::Tag(..) => "a tagged item",
        Value::Array(_) => "an array",
        Value::Map(_) => "a map",
        _ => "an unsupported item",
    }
}

pub(crate) fn text(
    v: Value,
    path: impl std::fmt::Display,
    max_chars: usize,
) -> Result<String, CborError> {
    match v {
        Value::Text(s) if s.chars().count() <= max_chars => Ok(s),
        Value::Text(_) => Err(structure(
            path,
            format!("text longer than {max_chars} characters"),
        )),
        v => Err(structure(
            path,
            format!("expected text, found {}", kind(&v)),
        )),
    }
}

pub(crate) fn uint(v: &Value, path: impl std::fmt::Display, max: u64) -> Result<u64, CborError> {
    v.as_integer()
        .and_then(|i| u64::try_from(i).ok())
        .filter(|n| *n <= max)
        .ok_or_else(|| {
            structure(
                path,
                format!("expected an integer from 0 to {max}, found {}", kind(v)),
            )
        })
}

fn full_date(v: &Value, path: impl std::fmt::Display) -> Result<String, CborError> {
    v.as_integer()
        .and_then(|i| i64::try_from(i).ok())
        .and_then(date::from_epoch_days)
        .map(date::format_date)
        .ok_or_else(|| structure(path, "expected a day number between 1900 and 2100"))
}

pub(crate) fn bytes(
    v: Value,
    path: impl std::fmt::Display,
    min: usize,
    max: usize,
) -> Result<Vec<u8>, CborError> {
    match v {
        Value::Bytes(b) if (min..=max).contains(&b.len()) => Ok(b),
        Value::Bytes(b) => Err(structure(
            path,
            format!("is {} bytes long; expected {min} to {max}", b.len()),
        )),
        v => Err(structure(
            path,
            format!("expected bytes, found {}", kind(&v)),
        )),
    }
}

fn array(v: Value, path: impl std::fmt::Display) -> Result<Vec<Value>, CborError> {
    match v {
        Value::Array(a) if a.is_empty() => Err(structure(path, "an empty list must be left out")),
        Value::Array(a) if a.len() > MAX_ITEMS => {
            Err(structure(path, format!("more than {MAX_ITEMS} items")))
        }
        Value::Array(a) => Ok(a),
        v => Err(structure(
            path,
            format!("expected an array, found {}", kind(&v)),
        )),
    }
}

fn each<T>(
    v: Value,
    path: &impl std::fmt::Display,
    f: impl Fn(MapReader) -> Result<T, CborError>,
) -> Result<Vec<T>, CborError> {
    array(v, path)?
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let r = MapReader::new_array(item, format!("{path}[{i}]"))?;
            f(r)
        })
        .collect()
}

fn opt_each<T>(
    m: &mut MapReader,
    k: i64,
    f: impl Fn(MapReader) -> Result<T, CborError>,
) -> Result<Vec<T>, CborError> {
    let path = m.at(k);
    m.take(k).map_or(Ok(Vec::new()), |v| each(v, &path, f))
}

fn listed<T>(
    m: &mut MapReader,
    k: i64,
    f: impl Fn(MapReader) -> Result<T, CborError>,
) -> Result<Listed<T>, CborError> {
    let path = m.at(k);
    match m.take(k) {
        None => Ok(Listed::NotRecorded),
        Some(Value::Integer(i)) if i == Integer::from(0) => Ok(Listed::NoneKnown),
        Some(v) => Ok(Listed::Items(each(v, &path, f)?)),
    }
}

fn sub(m: &mut MapReader, k: i64) -> Result<Option<MapReader>, CborError> {
    let path = m.at(k);
    m.take(k).map(|v| MapReader::new(v, &path)).transpose()
}

fn dec_name(m: &mut MapReader, k: i64) -> Result<Option<Name>, CborError> {
    let path = m.at(k);
    let Some(mut n) = m
        .take(k)
        .map(|v| MapReader::new_array(v, &path))
        .transpose()?
    else {
        return Ok(None);
    };
    let name = Name {
        family: n.text(key::name::FAMILY, MAX_SHORT_TEXT_CHARS)?,
        given: n.text(key::name::GIVEN, MAX_SHORT_TEXT_CHARS)?,
    };
    n.finish()?;
    Ok(Some(name))
}

const NOTE: usize = MAX_NOTE_CHARS;
const SHORT: usize = MAX_SHORT_TEXT_CHARS;

fn dec_record(m: &mut MapReader) -> Result<Record, CborError> {
    let mut p = MapReader::new(m.need(key::record::PATIENT)?, m.at(key::record::PATIENT))?;
    let patient = Patient {
        name: dec_name(&mut p, key::patient::NAME)?,
        name_latin: dec_name(&mut p, key::patient::NAME_LATIN)?,
        birth_date: p.partial_date(key::patient::BIRTH_DATE)?,
        birth_date_estimated: p.flag(key::patient::BIRTH_DATE_ESTIMATED)?,
        sex: p.wire(key::patient::SEX, None)?,
        nationality: p.text(key::patient::NATIONALITY, 2)?,
        languages: {
            let path = p.at(key::patient::LANGUAGES);
            match p.take(key::patient::LANGUAGES) {
                None => Vec::new(),
                Some(v) => array(v, &path)?
                    .into_iter()
                    .map(|l| text(l, &path, 3))
                    .collect::<Result<_, _>>()?,
            }
        },
    };
    p.finish()?;
    let mut e = MapReader::new(
        m.need(key::record::ENCOUNTER)?,
        m.at(key::record::ENCOUNTER),
    )?;
    let encounter = Encounter {
        date: full_date(&e.need(key::encounter::DATE)?, e.at(key::encounter::DATE))?,
        country: e.need_text(key::encounter::COUNTRY, 2)?,
        site: e.text(key::encounter::SITE, SHORT)?,
        kind: e.wire(key::encounter::KIND, None)?,
        role: e.wire(key::encounter::ROLE, None)?,
        mediator: e.flag(key::encounter::MEDIATOR)?,
    };
    e.finish()?;
    let encounter_date = encounter.date.clone();
    let vital_signs = match sub(m, key::record::VITAL_SIGNS)? {
        None => None,
        Some(mut v) => {
            let vs = VitalSigns {
                height_cm: v.tenths(key::vital_signs::HEIGHT)?,
                weight_kg: v.tenths(key::vital_signs::WEIGHT)?,
                systolic_mmhg: v.small(key::vital_signs::SYSTOLIC, 1000)?,
                diastolic_mmhg: v.small(key::vital_signs::DIASTOLIC, 1000)?,
                heart_rate_bpm: v.small(key::vital_signs::HEART_RATE, 1000)?,
                respiratory_rate_per_min: v.small(key::vital_signs::RESPIRATORY_RATE, 1000)?,
                temperature_c: v.tenths(key::vital_signs::TEMPERATURE)?,
                spo2_percent: v.small(key::vital_signs::SPO2, 1000)?,
                head_circumference_cm: v.tenths(key::vital_signs::HEAD_CIRCUMFERENCE)?,
                muac_cm: v.tenths(key::vital_signs::MUAC)?,
            };
            v.finish()?;
            Some(vs)
        }
    };
    let problems = listed(m, key::record::PROBLEMS, |mut p| {
        let out = Problem {
            icd10: p.need_text(key::problem::ICD10, 8)?,
            status: p
                .wire(key::problem::STATUS, Some(ProblemStatus::Active))?
                .unwrap_or_default(),
            provisional: p.flag(key::problem::PROVISIONAL)?,
            onset: p.partial_date(key::problem::ONSET)?,
            note: p.text(key::problem::NOTE, NOTE)?,
        };
        p.finish().map(|_| out)
    })?;
    let allergies = listed(m, key::record::ALLERGIES, |mut a| {
        let out = Allergy {
            substance: a.need_text(key::allergy::SUBSTANCE, SHORT)?,
            atc: a.text(key::allergy::ATC, 7)?,
            category: a.wire(key::allergy::CATEGORY, None)?,
            criticality: a.wire(key::allergy::CRITICALITY, None)?,
            reaction: a.text(key::allergy::REACTION, NOTE)?,
        };
        a.finish().map(|_| out)
    })?;
    let medications = listed(m, key::record::MEDICATIONS, |mut md| {
        let out = Medication {
            atc: md.need_text(key::medication::ATC, 7)?,
            dose: md.text(key::medication::DOSE, SHORT)?,
            status: md
                .wire(key::medication::STATUS, Some(MedicationStatus::Active))?
                .unwrap_or_default(),
            until: md.full_date(key::medication::UNTIL)?,
        };
        md.finish().map(|_| out)
    })?;
    let immunizations = match sub(m, key::record::IMMUNIZATIONS)? {
        None => None,
        Some(mut imm) => {
            let out = Immunizations {
                no_records: imm.flag(key::immunizations::NO_RECORDS)?,
                doses: opt_each(&mut imm, key::immunizations::DOSES, |mut d| {
                    let path = d.at(key::dose::SOURCE);
                    let vaccine = d.need_text(key::dose::VACCINE, 7)?;
                    let source =
                        EvidenceSource::from_wire(uint(&d.need(key::dose::SOURCE)?, &path, 255)?)
                            .ok_or_else(|| structure(&path, "is not a known evidence source"))?;
                    let dose_number = d.small(key::dose::DOSE_NUMBER, 255)?;
                    let lot = d.text(key::dose::LOT, 20)?;
                    let date = d.partial_date(key::dose::DATE)?;
                    if source == EvidenceSource::GivenHere && date.is_some() {
                        return Err(structure(
                            d.at(key::dose::DATE),
                            "a dose given here takes the encounter date; it must be left out",
                        ));
                    }
                    let out = Dose {
                        vaccine,
                        date: match source {
                            EvidenceSource::GivenHere => Some(encounter_date.clone()),
                            _ => date,
                        },
                        dose_number,
                        source,
                        country: d.text(key::dose::COUNTRY, 2)?,
                        lot,
                    };
                    d.finish().map(|_| out)
                })?,
            };
            imm.finish()?;
            Some(out)
        }
    };
    let results = opt_each(m, key::record::RESULTS, |mut r| {
        let path = r.at(key::result::RESULT);
        let out = LabResult {
            loinc: dec_loinc(&r.need(key::result::LOINC)?, r.at(key::result::LOINC))?,
            result: ResultCode::from_wire(uint(&r.need(key::result::RESULT)?, &path, 255)?)
                .ok_or_else(|| structure(&path, "is not a known result code"))?,
            value: r.text(key::result::VALUE, 13)?,
            unit: r.text(key::result::UNIT, 20)?,
            date: match r.full_date(key::result::DATE)? {
                Some(d) if d == encounter_date => {
                    return Err(structure(
                        r.at(key::result::DATE),
                        "the encounter date must be left out",
                    ));
                }
                Some(d) => Some(d),
                None => Some(encounter_date.clone()),
            },
            note: r.text(key::result::NOTE, NOTE)?,
        };
        r.finish().map(|_| out)
    })?;
    let pregnancy = match sub(m, key::record::PREGNANCY)? {
        None => None,
        Some(mut p) => {
            let path = p.at(key::pregnancy::STATUS);
            let out = Pregnancy {
                status: PregnancyStatus::from_wire(uint(
                    &p.need(key::pregnancy::STATUS)?,
                    &path,
                    255,
                )?)
                .ok_or_else(|| structure(&path, "is not a known pregnancy status"))?,
                expected_delivery: p.full_date(key::pregnancy::EXPECTED_DELIVERY)?,
                gestational_weeks: p.small(key::pregnancy::GESTATIONAL_WEEKS, 255)?,
                gravida: p.small(key::pregnancy::GRAVIDA, 255)?,
                para: p.small(key::pregnancy::PARA, 255)?,
            };
            p.finish()?;
            Some(out)
        }
    };
    let mental_health = match sub(m, key::record::MENTAL_HEALTH)? {
        None => None,
        Some(mut mh) => {
            let path = mh.at(key::mental_health::OUTCOME);
            let out = MentalHealth {
                outcome: ScreeningOutcome::from_wire(uint(
                    &mh.need(key::mental_health::OUTCOME)?,
                    &path,
                    255,
                )?)
                .ok_or_else(|| structure(&path, "is not a known screening outcome"))?,
                tool: mh.text(key::mental_health::TOOL, 20)?,
                referred: mh.flag(key::mental_health::REFERRED)?,
                note: mh.text(key::mental_health::NOTE, NOTE)?,
            };
            mh.finish()?;
            Some(out)
        }
    };
    let referrals = opt_each(m, key::record::REFERRALS, |mut r| {
        let out = Referral {
            to: r.need_text(key::referral::TO, SHORT)?,
            reason_icd10: r.text(key::referral::REASON_ICD10, 8)?,
            urgency: r
                .wire(key::referral::URGENCY, Some(Urgency::Routine))?
                .unwrap_or_default(),
            due: r.full_date(key::referral::DUE)?,
            status: r
                .wire(key::referral::STATUS, Some(ReferralStatus::Planned))?
                .unwrap_or_default(),
            note: r.text(key::referral::NOTE, NOTE)?,
        };
        r.finish().map(|_| out)
    })?;
    let alerts = opt_each(m, key::record::ALERTS, |mut a| {
        let path = a.at(key::alert::KIND);
        let out = Alert {
            kind: AlertKind::from_wire(uint(&a.need(key::alert::KIND)?, &path, 255)?)
                .ok_or_else(|| structure(&path, "is not a known alert kind"))?,
            text: a.need_text(key::alert::TEXT, NOTE)?,
        };
        a.finish().map(|_| out)
    })?;
    let vaccinations_due = opt_each(m, key::record::VACCINATIONS_DUE, |mut v| {
        let out = VaccinationDue {
            vaccine: v.need_text(key::vaccination_due::VACCINE, 7)?,
            dose_number: v.small(key::vaccination_due::DOSE_NUMBER, 255)?,
            due: v.full_date(key::vaccination_due::DUE)?,
        };
        v.finish().map(|_| out)
    })?;
    Ok(Record {
        patient,
        encounter,
        vital_signs,
        problems,
        allergies,
        medications,
        immunizations,
        results,
        pregnancy,
        mental_health,
        referrals,
        vaccinations_due,
        alerts,
    })
}

/// Reads an entry map. The record is checked for structure only; callers run
/// [`Record::validate`] to check its content.
pub fn entry_from_value(v: Value) -> Result<Entry, CborError> {
    let mut m = MapReader::new(v, "phr")?;
    let version = uint(
        &m.need(key::entry::VERSION)?,
        m.at(key::entry::VERSION),
        u64::MAX,
    )?;
    if version != ENTRY_VERSION {
        return Err(CborError::UnknownVersion(version));
    }
    let record_id = RecordId(bytes(
        m.need(key::entry::RECORD_ID)?,
        m.at(key::entry::RECORD_ID),
        ID_MIN_LEN,
        ID_MAX_LEN,
    )?);
    let path = m.at(key::entry::FOLLOWS);
    let follows = m
        .take(key::entry::FOLLOWS)
        .map(|v| bytes(v, &path, EntryLink::LEN, EntryLink::LEN))
        .transpose()?
        .map(|b| {
            let mut l = [0u8; EntryLink::LEN];
            l.copy_from_slice(&b);
            EntryLink(l)
        });
    let path = m.at(key::entry::PART);
    let part = match m.take(key::entry::PART) {
        None => None,
        Some(v) => {
            // `[index, count]` is a pair, not a map: its positions are not keys.
            let a = match v {
                Value::Array(a) if a.len() == 2 => a,
                _ => return Err(structure(&path, "expected [index, count]")),
            };
            let index = uint(&a[0], &path, 255)? as u8;
            let count = uint(&a[1], &path, 255)? as u8;
            if index == 0 || index > count || count < 2 {
                return Err(structure(
                    &path,
                    format!("part {index} of {count} is not possible"),
                ));
            }
            Some(Part { index, count })
        }
    };
    let record = dec_record(&mut m)?;
    m.finish()?;
    Ok(Entry {
        record_id,
        follows,
        part,
        record,
    })
}

/// Reads the COSE_Sign1 payload as CWT claims. Requires deterministic encoding.
pub fn claims_from_slice(payload: &[u8]) -> Result<Claims, CborError> {
    let v = from_slice_deterministic(payload)?;
    let mut m = MapReader::new(v, "")?;
    let issuer = m.need_text(key::claims::ISS, 32)?;
    let time = |v: Value, path: &str| -> Result<i64, CborError> {
        v.as_integer()
            .and_then(|i| i64::try_from(i).ok())
            .filter(|t| (0..=253_402_300_799).contains(t))
            .ok_or_else(|| structure(path, "expected a time in POSIX seconds (years 1970-9999)"))
    };
    let expires = m
        .take(key::claims::EXP)
        .map(|v| time(v, "exp"))
        .transpose()?;
    let issued_at = time(m.need(key::claims::IAT)?, "iat")?;
    let card_id = CardId(bytes(
        m.need(key::claims::CTI)?,
        "cti",
        ID_MIN_LEN,
        ID_MAX_LEN,
    )?);
    let entry = entry_from_value(m.need(key::claims::PHR)?)?;
    m.finish()?;
    Ok(Claims {
        issuer,
        issued_at,
        expires,
        card_id,
        entry,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Calls whose first argument is a map key (`MapBuilder` and `MapReader` methods).
    const KEY_METHODS: &[&str] = &[
        "put",
        "opt",
        "text",
        "flag",
        "wire",
        "uint",
        "need",
        "take",
        "need_text",
        "full_date",
        "partial_date",
        "tenths",
        "small",
        "at",
    ];
    /// Helpers whose second argument is a map key.
    const KEY_FUNCTIONS: &[&str] = &["sub", "listed", "opt_each", "dec_name"];

    /// Every place in `src` where a map key is written as an integer literal, as `line: text`.
    /// Whitespace (and so line breaks, as rustfmt lays out long calls) may precede the key.
    fn literal_keys(src: &str) -> Vec<String> {
        let is_literal = |rest: &str| {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            rest.starts_with(|c: char| c.is_ascii_digit())
        };
        let line_of = |at: usize| {
            let n = src[..at].matches('\n').count() + 1;
            format!("{n}: {}", src.lines().nth(n - 1).unwrap_or("").trim())
        };
        let mut found = Vec::new();
        for m in KEY_METHODS {
            let pat = format!(".{m}(");
            for (at, _) in src.match_indices(&pat) {
                if is_literal(&src[at + pat.len()..]) {
                    found.push(line_of(at));
                }
            }
        }
        for f in KEY_FUNCTIONS {
            let pat = format!("{f}(");
            for (at, _) in src.match_indices(&pat) {
                let before = src[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                // The second argument starts after the first comma at the call's own depth.
                let args = &src[at + pat.len()..];
                let mut depth = 0i32;
                let second = args.char_indices().find_map(|(i, c)| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' if depth == 0 => return Some(None),
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 0 => return Some(Some(i + 1)),
                        _ => {}
                    }
                    None
                });
                if let Some(Some(i)) = second
                    && is_literal(&args[i..])
                {
                    found.push(line_of(at));
                }
            }
        }
        found
    }

    #[test]
    fn every_map_key_is_a_named_constant() {
        let src = include_str!("mapping.rs");
        // Only the mapping itself: this test module names the patterns it looks for.
        let code = &src[..src
            .find("#[cfg(test)]\nmod tests")
            .expect("the test module")];
        let found = literal_keys(code);
        assert!(
            found.is_empty(),
            "map keys written as integer literals; use a constant from `key`:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn the_literal_key_scan_finds_what_it_must() {
        // The scan must not pass by finding nothing: each form a literal key can take.
        let sample = "m.put(\n    10,\n    x);\nm.need(10)?;\np.text(5, 2)?;\nsub(m, 12)?;\n\
                      listed(m, 13, |p| f(p, 1))?;\nopt_each(&mut imm, 1, f)?;\nm.take(-1);\n\
                      m.put(key::entry::VERSION, int(1));\nstd::mem::take(&mut self.0);\n\
                      text(l, &path, 3);";
        let found = literal_keys(sample);
        let mut lines: Vec<usize> = found
            .iter()
            .map(|f| f.split(':').next().unwrap().parse().unwrap())
            .collect();
        lines.sort_unstable();
        assert_eq!(lines, [1, 4, 5, 6, 7, 8, 9], "{found:#?}");
    }

    #[test]
    fn keys_are_distinct_within_each_map() {
        use key::*;
        // The entry map holds both `entry` and `record` keys.
        let maps: &[&[i64]] = &[
            &[
                claims::ISS,
                claims::EXP,
                claims::IAT,
                claims::CTI,
                claims::PHR,
            ],
            &[
                entry::VERSION,
                entry::RECORD_ID,
                entry::FOLLOWS,
                entry::PART,
                record::PATIENT,
                record::ENCOUNTER,
                record::VITAL_SIGNS,
                record::PROBLEMS,
                record::ALLERGIES,
                record::MEDICATIONS,
                record::IMMUNIZATIONS,
                record::RESULTS,
                record::PREGNANCY,
                record::MENTAL_HEALTH,
                record::REFERRALS,
                record::ALERTS,
                record::VACCINATIONS_DUE,
            ],
        ];
        for keys in maps {
            let mut sorted = keys.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), keys.len(), "{keys:?}");
        }
    }
}
