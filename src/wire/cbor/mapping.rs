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

use super::strict::{CborError, Head, Reader, structure, to_vec};
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
        /// `true` in a confidential entry, left out in every other (FORMAT.md §5, "Confidential
        /// entries").
        pub const CONFIDENTIAL: i64 = 4;
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
        )
        .flag(key::entry::CONFIDENTIAL, e.confidential);
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
// Decoding a value tree (the trust list).

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

    pub(crate) fn need_text(&mut self, k: i64, max_len: usize) -> Result<String, CborError> {
        let path = self.at(k);
        text(self.need(k)?, &path, max_len)
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

// ---------------------------------------------------------------------------------------------
// Decoding, straight from the bytes into the model: one pass, no intermediate value tree. The
// reader ([`Reader`]) enforces the deterministic encoding head by head; this code enforces the
// mapping: key types and order, which keys each map may hold, value types and ranges, and the one
// canonical form (defaults and `false` flags left out, no trailing `null`s, no empty lists).
// Where an input has several faults, the first one in byte order is the one reported.

/// Where a field is, as a chain of references that is formatted only when an error needs it:
/// decoding a valid card builds no path strings.
#[derive(Clone, Copy)]
enum Path<'p> {
    /// A named root: `phr`, `iat`, or the empty name of the claims map itself.
    Name(&'static str),
    /// A map key or positional index: `phr.13`.
    Key(&'p Path<'p>, i64),
    /// An item of a list: `phr.13[2]`.
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    fn key(&self, k: i64) -> Path<'_> {
        Path::Key(self, k)
    }
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Name(s) => f.write_str(s),
            Path::Key(Path::Name(""), k) => write!(f, "{k}"),
            Path::Key(p, k) => write!(f, "{p}.{k}"),
            Path::Index(p, i) => write!(f, "{p}[{i}]"),
        }
    }
}

fn missing(p: &Path, k: i64) -> CborError {
    structure(p.key(k), "is required but missing")
}

fn need<T>(v: Option<T>, p: &Path, k: i64) -> Result<T, CborError> {
    v.ok_or_else(|| missing(p, k))
}

/// The two shapes of a record map: keyed (a CBOR map with integer keys) or positional (an array
/// where field `k` is at index `k`, `null` for absent fields, no trailing `null`).
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Map,
    Positional,
}

/// The decoder: the strict reader plus the mapping's rules for each kind of field.
struct Dec<'a> {
    r: Reader<'a>,
}

impl Dec<'_> {
    fn expected(p: &Path, what: &str, h: Head) -> CborError {
        structure(p, format!("expected {what}, found {}", h.kind()))
    }

    /// Reads every field of a map or positional item at `p`, calling `field` with each key in
    /// wire order. `field` returns `false` for a key it does not know, which is an error: an
    /// older ephr must not silently drop what a newer one wrote.
    fn fields(
        &mut self,
        p: &Path,
        shape: Shape,
        mut field: impl FnMut(&mut Self, i64, &Path) -> Result<bool, CborError>,
    ) -> Result<(), CborError> {
        match (shape, self.r.head()?) {
            (Shape::Map, Head::Map(n)) => {
                let mut prev: Option<(bool, u64)> = None;
                for _ in 0..n {
                    let k = self.map_key(p, &mut prev)?;
                    if !field(self, k, &p.key(k))? {
                        return Err(unknown_key(&p.key(k)));
                    }
                }
            }
            (Shape::Positional, Head::Array(n)) => {
                let mut last_null = false;
                for i in 0..n {
                    last_null = self.r.peek() == Some(NULL);
                    if last_null {
                        self.r.head()?;
                        continue;
                    }
                    let k = i as i64;
                    if !field(self, k, &p.key(k))? {
                        return Err(unknown_key(&p.key(k)));
                    }
                }
                if last_null {
                    return Err(structure(
                        p,
                        "absent fields at the end must be left out, not null",
                    ));
                }
            }
            (Shape::Map, h) => return Err(Self::expected(p, "a map", h)),
            (Shape::Positional, h) => return Err(Self::expected(p, "an array", h)),
        }
        Ok(())
    }

    /// Reads a map key: a small integer, after the previous key in bytewise order. For integers
    /// in their shortest form that order is (negative?, argument), which is what `prev` keeps.
    fn map_key(&mut self, p: &Path, prev: &mut Option<(bool, u64)>) -> Result<i64, CborError> {
        let start = self.r.pos();
        let (key, order) = match self.r.head()? {
            Head::Uint(n) if i64::try_from(n).is_ok() => (n as i64, (false, n)),
            Head::Neg(n) if i64::try_from(n).is_ok() => (-1 - n as i64, (true, n)),
            _ => {
                let k = self.r.value_at(start)?;
                return Err(structure(
                    p,
                    format!("map key {k:?} is not a small integer"),
                ));
            }
        };
        match prev.replace(order) {
            Some(before) if before == order => Err(structure(
                "",
                format!("map key {:?} appears twice", Value::Integer(key.into())),
            )),
            Some(before) if before > order => Err(CborError::NotDeterministic),
            _ => Ok(key),
        }
    }

    /// A list: `n` items of an array that is neither empty nor longer than [`MAX_ITEMS`].
    fn list<T>(
        &mut self,
        h: Head,
        p: &Path,
        mut item: impl FnMut(&mut Self, &Path) -> Result<T, CborError>,
    ) -> Result<Vec<T>, CborError> {
        let n = match h {
            Head::Array(0) => return Err(structure(p, "an empty list must be left out")),
            Head::Array(n) if n > MAX_ITEMS => {
                return Err(structure(p, format!("more than {MAX_ITEMS} items")));
            }
            Head::Array(n) => n,
            h => return Err(Self::expected(p, "an array", h)),
        };
        // Sized once: collecting through `Result` would start at 4 and grow.
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            items.push(item(self, &Path::Index(p, i))?);
        }
        Ok(items)
    }

    /// A list of positional items.
    fn items<T>(
        &mut self,
        p: &Path,
        item: impl FnMut(&mut Self, &Path) -> Result<T, CborError>,
    ) -> Result<Vec<T>, CborError> {
        let h = self.r.head()?;
        self.list(h, p, item)
    }

    /// `0` for "none known", or a list.
    fn listed<T>(
        &mut self,
        p: &Path,
        item: impl FnMut(&mut Self, &Path) -> Result<T, CborError>,
    ) -> Result<Listed<T>, CborError> {
        match self.r.head()? {
            Head::Uint(0) => Ok(Listed::NoneKnown),
            h => Ok(Listed::Items(self.list(h, p, item)?)),
        }
    }

    fn text(&mut self, p: &Path, max_chars: usize) -> Result<String, CborError> {
        match self.r.head()? {
            Head::Text(n) => {
                let s = self.r.text(n)?;
                // No more bytes than allowed characters is within the limit, whatever the script.
                if s.len() > max_chars && s.chars().count() > max_chars {
                    return Err(structure(
                        p,
                        format!("text longer than {max_chars} characters"),
                    ));
                }
                Ok(s.to_owned())
            }
            h => Err(Self::expected(p, "text", h)),
        }
    }

    fn bytes(&mut self, p: &Path, min: usize, max: usize) -> Result<&[u8], CborError> {
        match self.r.head()? {
            Head::Bytes(n) if (min..=max).contains(&n) => self.r.bytes(n),
            Head::Bytes(n) => Err(structure(
                p,
                format!("is {n} bytes long; expected {min} to {max}"),
            )),
            h => Err(Self::expected(p, "bytes", h)),
        }
    }

    fn uint(&mut self, p: &Path, max: u64) -> Result<u64, CborError> {
        let h = self.r.head()?;
        uint_of(h, p, max)
    }

    fn small<T: TryFrom<u64>>(&mut self, p: &Path, max: u64) -> Result<Option<T>, CborError> {
        Ok(T::try_from(self.uint(p, max)?).ok())
    }

    fn tenths(&mut self, p: &Path) -> Result<f64, CborError> {
        Ok(self.uint(p, 100_000)? as f64 / 10.0)
    }

    /// A flag is `true` or left out.
    fn flag(&mut self, p: &Path) -> Result<bool, CborError> {
        match self.r.head()? {
            Head::Bool(true) => Ok(true),
            h => Err(structure(
                p,
                format!("a flag must be `true` or left out, found {}", h.kind()),
            )),
        }
    }

    /// An enum value; its default, if it has one, must be left out.
    fn wire<T: Wire>(&mut self, p: &Path, default: Option<T>) -> Result<T, CborError> {
        let n = self.uint(p, u64::MAX)?;
        let v = T::from_wire(n).ok_or_else(|| structure(p, format!("{n} is not a known value")))?;
        if Some(v) == default {
            return Err(structure(p, "a default value must be left out"));
        }
        Ok(v)
    }

    /// A required enum value without a default, named in the message (`what`).
    fn code<T: Wire>(&mut self, p: &Path, what: &str) -> Result<T, CborError> {
        T::from_wire(self.uint(p, 255)?)
            .ok_or_else(|| structure(p, format!("is not a known {what}")))
    }

    fn full_date(&mut self, p: &Path) -> Result<String, CborError> {
        let h = self.r.head()?;
        full_date_of(h, p)
    }

    /// `YYYY` or `YYYY-MM` as text, or a full date as a day number.
    fn partial_date(&mut self, p: &Path) -> Result<String, CborError> {
        match self.r.head()? {
            Head::Text(n) => {
                let s = self.r.text(n)?;
                match PartialDate::parse(s) {
                    Some(PartialDate::Full(_)) => {
                        Err(structure(p, "a full date must be a day number, not text"))
                    }
                    Some(_) => Ok(s.to_owned()),
                    None => Err(structure(p, format!("\"{s}\" is not YYYY or YYYY-MM"))),
                }
            }
            h => full_date_of(h, p),
        }
    }

    /// LOINC codes travel as the integer before the hyphen; the check digit is recomputed.
    fn loinc(&mut self, p: &Path) -> Result<String, CborError> {
        let n = self.uint(p, 9_999_999)?;
        // By hand rather than `format!`, which costs more than the rest of the field.
        let mut code = String::with_capacity(9);
        let mut digits = [0u8; 7];
        let mut len = 0;
        let mut rest = n;
        loop {
            digits[len] = b'0' + (rest % 10) as u8;
            len += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        code.extend(digits[..len].iter().rev().map(|&b| char::from(b)));
        code.push('-');
        code.push(char::from(b'0' + crate::codes::loinc_check_digit(n)));
        Ok(code)
    }
}

/// The `null` item, which marks an absent field inside a positional item.
const NULL: u8 = 0xf6;

fn unknown_key(p: &Path) -> CborError {
    structure(p, "is not a key this version of ephr knows")
}

fn uint_of(h: Head, p: &Path, max: u64) -> Result<u64, CborError> {
    match h {
        Head::Uint(n) if n <= max => Ok(n),
        h => Err(structure(
            p,
            format!("expected an integer from 0 to {max}, found {}", h.kind()),
        )),
    }
}

fn full_date_of(h: Head, p: &Path) -> Result<String, CborError> {
    let days = match h {
        Head::Uint(n) => i64::try_from(n).ok(),
        Head::Neg(n) => i64::try_from(n).ok().map(|n| -1 - n),
        _ => None,
    };
    days.and_then(date::from_epoch_days)
        .map(date::format_date)
        .ok_or_else(|| structure(p, "expected a day number between 1900 and 2100"))
}

const NOTE: usize = MAX_NOTE_CHARS;
const SHORT: usize = MAX_SHORT_TEXT_CHARS;

fn dec_name(d: &mut Dec, p: &Path) -> Result<Name, CborError> {
    let mut n = Name::default();
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::name::FAMILY => n.family = Some(d.text(at, SHORT)?),
            key::name::GIVEN => n.given = Some(d.text(at, SHORT)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(n)
}

fn dec_patient(d: &mut Dec, p: &Path) -> Result<Patient, CborError> {
    let mut out = Patient::default();
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::patient::NAME => out.name = Some(dec_name(d, at)?),
            key::patient::NAME_LATIN => out.name_latin = Some(dec_name(d, at)?),
            key::patient::BIRTH_DATE => out.birth_date = Some(d.partial_date(at)?),
            key::patient::BIRTH_DATE_ESTIMATED => out.birth_date_estimated = d.flag(at)?,
            key::patient::SEX => out.sex = Some(d.wire(at, None)?),
            key::patient::NATIONALITY => out.nationality = Some(d.text(at, 2)?),
            // Each language's messages name the list, not the item (as for all short lists).
            key::patient::LANGUAGES => out.languages = d.items(at, |d, _| d.text(at, 3))?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(out)
}

fn dec_encounter(d: &mut Dec, p: &Path) -> Result<Encounter, CborError> {
    let (mut date, mut country) = (None, None);
    let (mut site, mut kind, mut role, mut mediator) = (None, None, None, false);
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::encounter::DATE => date = Some(d.full_date(at)?),
            key::encounter::COUNTRY => country = Some(d.text(at, 2)?),
            key::encounter::SITE => site = Some(d.text(at, SHORT)?),
            key::encounter::KIND => kind = Some(d.wire(at, None)?),
            key::encounter::ROLE => role = Some(d.wire(at, None)?),
            key::encounter::MEDIATOR => mediator = d.flag(at)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Encounter {
        date: need(date, p, key::encounter::DATE)?,
        country: need(country, p, key::encounter::COUNTRY)?,
        site,
        kind,
        role,
        mediator,
    })
}

fn dec_vital_signs(d: &mut Dec, p: &Path) -> Result<VitalSigns, CborError> {
    let mut v = VitalSigns::default();
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::vital_signs::HEIGHT => v.height_cm = Some(d.tenths(at)?),
            key::vital_signs::WEIGHT => v.weight_kg = Some(d.tenths(at)?),
            key::vital_signs::SYSTOLIC => v.systolic_mmhg = d.small(at, 1000)?,
            key::vital_signs::DIASTOLIC => v.diastolic_mmhg = d.small(at, 1000)?,
            key::vital_signs::HEART_RATE => v.heart_rate_bpm = d.small(at, 1000)?,
            key::vital_signs::RESPIRATORY_RATE => {
                v.respiratory_rate_per_min = d.small(at, 1000)?;
            }
            key::vital_signs::TEMPERATURE => v.temperature_c = Some(d.tenths(at)?),
            key::vital_signs::SPO2 => v.spo2_percent = d.small(at, 1000)?,
            key::vital_signs::HEAD_CIRCUMFERENCE => {
                v.head_circumference_cm = Some(d.tenths(at)?);
            }
            key::vital_signs::MUAC => v.muac_cm = Some(d.tenths(at)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(v)
}

fn dec_problem(d: &mut Dec, p: &Path) -> Result<Problem, CborError> {
    let (mut icd10, mut status, mut provisional, mut onset, mut note) =
        (None, None, false, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::problem::ICD10 => icd10 = Some(d.text(at, 8)?),
            key::problem::STATUS => status = Some(d.wire(at, Some(ProblemStatus::Active))?),
            key::problem::PROVISIONAL => provisional = d.flag(at)?,
            key::problem::ONSET => onset = Some(d.partial_date(at)?),
            key::problem::NOTE => note = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Problem {
        icd10: need(icd10, p, key::problem::ICD10)?,
        status: status.unwrap_or_default(),
        provisional,
        onset,
        note,
    })
}

fn dec_allergy(d: &mut Dec, p: &Path) -> Result<Allergy, CborError> {
    let (mut substance, mut atc, mut category, mut criticality, mut reaction) =
        (None, None, None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::allergy::SUBSTANCE => substance = Some(d.text(at, SHORT)?),
            key::allergy::ATC => atc = Some(d.text(at, 7)?),
            key::allergy::CATEGORY => category = Some(d.wire(at, None)?),
            key::allergy::CRITICALITY => criticality = Some(d.wire(at, None)?),
            key::allergy::REACTION => reaction = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Allergy {
        substance: need(substance, p, key::allergy::SUBSTANCE)?,
        atc,
        category,
        criticality,
        reaction,
    })
}

fn dec_medication(d: &mut Dec, p: &Path) -> Result<Medication, CborError> {
    let (mut atc, mut dose, mut status, mut until) = (None, None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::medication::ATC => atc = Some(d.text(at, 7)?),
            key::medication::DOSE => dose = Some(d.text(at, SHORT)?),
            key::medication::STATUS => {
                status = Some(d.wire(at, Some(MedicationStatus::Active))?);
            }
            key::medication::UNTIL => until = Some(d.full_date(at)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Medication {
        atc: need(atc, p, key::medication::ATC)?,
        dose,
        status: status.unwrap_or_default(),
        until,
    })
}

/// A dose given here carries no date on the wire: it takes the encounter date, filled in here so
/// that no consumer has to.
fn dec_dose(d: &mut Dec, p: &Path, encounter_date: &str) -> Result<Dose, CborError> {
    let (mut vaccine, mut source, mut dose_number) = (None, None, None);
    let (mut lot, mut date, mut country) = (None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::dose::VACCINE => vaccine = Some(d.text(at, 7)?),
            key::dose::SOURCE => source = Some(d.code(at, "evidence source")?),
            key::dose::DOSE_NUMBER => dose_number = d.small(at, 255)?,
            key::dose::LOT => lot = Some(d.text(at, 20)?),
            key::dose::DATE => date = Some(d.partial_date(at)?),
            key::dose::COUNTRY => country = Some(d.text(at, 2)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    let vaccine = need(vaccine, p, key::dose::VACCINE)?;
    let source = need(source, p, key::dose::SOURCE)?;
    if source == EvidenceSource::GivenHere {
        if date.is_some() {
            return Err(structure(
                p.key(key::dose::DATE),
                "a dose given here takes the encounter date; it must be left out",
            ));
        }
        date = Some(encounter_date.to_owned());
    }
    Ok(Dose {
        vaccine,
        date,
        dose_number,
        source,
        country,
        lot,
    })
}

fn dec_immunizations(
    d: &mut Dec,
    p: &Path,
    encounter_date: &str,
) -> Result<Immunizations, CborError> {
    let mut out = Immunizations::default();
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::immunizations::NO_RECORDS => out.no_records = d.flag(at)?,
            key::immunizations::DOSES => {
                out.doses = d.items(at, |d, p| dec_dose(d, p, encounter_date))?;
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(out)
}

/// A result dated on the encounter day carries no date on the wire; it is filled in here.
fn dec_result(d: &mut Dec, p: &Path, encounter_date: &str) -> Result<LabResult, CborError> {
    let (mut loinc, mut result, mut value) = (None, None, None);
    let (mut unit, mut date, mut note) = (None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::result::LOINC => loinc = Some(d.loinc(at)?),
            key::result::RESULT => result = Some(d.code(at, "result code")?),
            key::result::VALUE => value = Some(d.text(at, 13)?),
            key::result::UNIT => unit = Some(d.text(at, 20)?),
            key::result::DATE => {
                let day = d.full_date(at)?;
                if day == encounter_date {
                    return Err(structure(at, "the encounter date must be left out"));
                }
                date = Some(day);
            }
            key::result::NOTE => note = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(LabResult {
        loinc: need(loinc, p, key::result::LOINC)?,
        result: need(result, p, key::result::RESULT)?,
        value,
        unit,
        date: date.or_else(|| Some(encounter_date.to_owned())),
        note,
    })
}

fn dec_pregnancy(d: &mut Dec, p: &Path) -> Result<Pregnancy, CborError> {
    let (mut status, mut expected_delivery, mut gestational_weeks) = (None, None, None);
    let (mut gravida, mut para) = (None, None);
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::pregnancy::STATUS => status = Some(d.code(at, "pregnancy status")?),
            key::pregnancy::EXPECTED_DELIVERY => expected_delivery = Some(d.full_date(at)?),
            key::pregnancy::GESTATIONAL_WEEKS => gestational_weeks = d.small(at, 255)?,
            key::pregnancy::GRAVIDA => gravida = d.small(at, 255)?,
            key::pregnancy::PARA => para = d.small(at, 255)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Pregnancy {
        status: need(status, p, key::pregnancy::STATUS)?,
        expected_delivery,
        gestational_weeks,
        gravida,
        para,
    })
}

fn dec_mental_health(d: &mut Dec, p: &Path) -> Result<MentalHealth, CborError> {
    let (mut outcome, mut tool, mut referred, mut note) = (None, None, false, None);
    d.fields(p, Shape::Map, |d, k, at| {
        match k {
            key::mental_health::OUTCOME => outcome = Some(d.code(at, "screening outcome")?),
            key::mental_health::TOOL => tool = Some(d.text(at, 20)?),
            key::mental_health::REFERRED => referred = d.flag(at)?,
            key::mental_health::NOTE => note = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(MentalHealth {
        outcome: need(outcome, p, key::mental_health::OUTCOME)?,
        tool,
        referred,
        note,
    })
}

fn dec_referral(d: &mut Dec, p: &Path) -> Result<Referral, CborError> {
    let (mut to, mut reason_icd10, mut urgency) = (None, None, None);
    let (mut due, mut status, mut note) = (None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::referral::TO => to = Some(d.text(at, SHORT)?),
            key::referral::REASON_ICD10 => reason_icd10 = Some(d.text(at, 8)?),
            key::referral::URGENCY => urgency = Some(d.wire(at, Some(Urgency::Routine))?),
            key::referral::DUE => due = Some(d.full_date(at)?),
            key::referral::STATUS => status = Some(d.wire(at, Some(ReferralStatus::Planned))?),
            key::referral::NOTE => note = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Referral {
        to: need(to, p, key::referral::TO)?,
        reason_icd10,
        urgency: urgency.unwrap_or_default(),
        due,
        status: status.unwrap_or_default(),
        note,
    })
}

fn dec_alert(d: &mut Dec, p: &Path) -> Result<Alert, CborError> {
    let (mut kind, mut text) = (None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::alert::KIND => kind = Some(d.code(at, "alert kind")?),
            key::alert::TEXT => text = Some(d.text(at, NOTE)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(Alert {
        kind: need(kind, p, key::alert::KIND)?,
        text: need(text, p, key::alert::TEXT)?,
    })
}

fn dec_vaccination_due(d: &mut Dec, p: &Path) -> Result<VaccinationDue, CborError> {
    let (mut vaccine, mut dose_number, mut due) = (None, None, None);
    d.fields(p, Shape::Positional, |d, k, at| {
        match k {
            key::vaccination_due::VACCINE => vaccine = Some(d.text(at, 7)?),
            key::vaccination_due::DOSE_NUMBER => dose_number = d.small(at, 255)?,
            key::vaccination_due::DUE => due = Some(d.full_date(at)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    Ok(VaccinationDue {
        vaccine: need(vaccine, p, key::vaccination_due::VACCINE)?,
        dose_number,
        due,
    })
}

/// `[index, count]` is a pair, not a positional item: its positions are not keys.
fn dec_part(d: &mut Dec, p: &Path) -> Result<Part, CborError> {
    if d.r.head()? != Head::Array(2) {
        return Err(structure(p, "expected [index, count]"));
    }
    let index = d.uint(p, 255)? as u8;
    let count = d.uint(p, 255)? as u8;
    if index == 0 || index > count || count < 2 {
        return Err(structure(
            p,
            format!("part {index} of {count} is not possible"),
        ));
    }
    Ok(Part { index, count })
}

/// The entry map: keys 0–3 tie the entry to the person's other entries, 10–22 are the record.
/// The record is checked for structure only; callers run [`Record::validate`] for its content.
fn dec_entry(d: &mut Dec, p: &Path) -> Result<Entry, CborError> {
    let mut version = None;
    let (mut record_id, mut follows, mut part) = (None, None, None);
    let mut confidential = false;
    let (mut patient, mut encounter) = (None, None::<Encounter>);
    let mut vital_signs = None;
    let (mut problems, mut allergies, mut medications) = (
        Listed::NotRecorded,
        Listed::NotRecorded,
        Listed::NotRecorded,
    );
    let (mut immunizations, mut results, mut pregnancy, mut mental_health) =
        (None, Vec::new(), None, None);
    let (mut referrals, mut alerts, mut vaccinations_due) = (Vec::new(), Vec::new(), Vec::new());
    d.fields(p, Shape::Map, |d, k, at| {
        // The version is the first key (0 sorts first) and is checked before any other: an entry
        // of a newer version may differ in every other key.
        if version.is_none() && k != key::entry::VERSION {
            return Err(missing(p, key::entry::VERSION));
        }
        // Doses and results take the encounter date (key 11) where the wire leaves it out.
        let encounter_date = || {
            encounter
                .as_ref()
                .map(|e| e.date.as_str())
                .ok_or_else(|| missing(p, key::record::ENCOUNTER))
        };
        match k {
            key::entry::VERSION => {
                let v = d.uint(at, u64::MAX)?;
                if v != ENTRY_VERSION {
                    return Err(CborError::UnknownVersion(v));
                }
                version = Some(v);
            }
            key::entry::RECORD_ID => {
                record_id = Some(RecordId(d.bytes(at, ID_MIN_LEN, ID_MAX_LEN)?.to_vec()));
            }
            key::entry::FOLLOWS => {
                let mut l = [0u8; EntryLink::LEN];
                l.copy_from_slice(d.bytes(at, EntryLink::LEN, EntryLink::LEN)?);
                follows = Some(EntryLink(l));
            }
            key::entry::PART => part = Some(dec_part(d, at)?),
            key::entry::CONFIDENTIAL => confidential = d.flag(at)?,
            key::record::PATIENT => patient = Some(dec_patient(d, at)?),
            key::record::ENCOUNTER => encounter = Some(dec_encounter(d, at)?),
            key::record::VITAL_SIGNS => vital_signs = Some(dec_vital_signs(d, at)?),
            key::record::PROBLEMS => problems = d.listed(at, dec_problem)?,
            key::record::ALLERGIES => allergies = d.listed(at, dec_allergy)?,
            key::record::MEDICATIONS => medications = d.listed(at, dec_medication)?,
            key::record::IMMUNIZATIONS => {
                immunizations = Some(dec_immunizations(d, at, encounter_date()?)?);
            }
            key::record::RESULTS => {
                let date = encounter_date()?;
                results = d.items(at, |d, p| dec_result(d, p, date))?;
            }
            key::record::PREGNANCY => pregnancy = Some(dec_pregnancy(d, at)?),
            key::record::MENTAL_HEALTH => mental_health = Some(dec_mental_health(d, at)?),
            key::record::REFERRALS => referrals = d.items(at, dec_referral)?,
            key::record::ALERTS => alerts = d.items(at, dec_alert)?,
            key::record::VACCINATIONS_DUE => vaccinations_due = d.items(at, dec_vaccination_due)?,
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    need(version, p, key::entry::VERSION)?;
    // A confidential entry is tied to its core entry by its own link, and only by it: without
    // one it would belong to no entry; split, its parts would be more cards to keep apart.
    if confidential && follows.is_none() {
        return Err(structure(
            p,
            "a confidential entry must follow the entry it belongs to",
        ));
    }
    if confidential && part.is_some() {
        return Err(structure(
            p,
            "a confidential entry is never split into parts",
        ));
    }
    Ok(Entry {
        record_id: need(record_id, p, key::entry::RECORD_ID)?,
        follows,
        part,
        confidential,
        record: Record {
            patient: need(patient, p, key::record::PATIENT)?,
            encounter: need(encounter, p, key::record::ENCOUNTER)?,
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
        },
    })
}

/// Reads an entry map given as a value tree (ephr's own tests build such trees). The tree is
/// encoded deterministically and read like the bytes of a card, so it meets the same rules.
pub fn entry_from_value(v: Value) -> Result<Entry, CborError> {
    let bytes = to_vec(&v);
    let mut d = Dec {
        r: Reader::new(&bytes),
    };
    let e = dec_entry(&mut d, &Path::Name("phr"))?;
    d.r.finish()?;
    Ok(e)
}

/// Reads the COSE_Sign1 payload as CWT claims, straight from its bytes. Requires deterministic
/// encoding.
pub fn claims_from_slice(payload: &[u8]) -> Result<Claims, CborError> {
    let mut d = Dec {
        r: Reader::new(payload),
    };
    let top = Path::Name("");
    let (mut issuer, mut expires, mut issued_at, mut card_id, mut entry) =
        (None, None, None, None, None);
    let time = |d: &mut Dec, path: &'static str| -> Result<i64, CborError> {
        match d.r.head()? {
            Head::Uint(t) if t <= 253_402_300_799 => Ok(t as i64),
            _ => Err(structure(
                path,
                "expected a time in POSIX seconds (years 1970-9999)",
            )),
        }
    };
    d.fields(&top, Shape::Map, |d, k, at| {
        match k {
            key::claims::ISS => issuer = Some(d.text(at, 32)?),
            key::claims::EXP => expires = Some(time(d, "exp")?),
            key::claims::IAT => issued_at = Some(time(d, "iat")?),
            key::claims::CTI => {
                card_id = Some(CardId(
                    d.bytes(&Path::Name("cti"), ID_MIN_LEN, ID_MAX_LEN)?
                        .to_vec(),
                ));
            }
            key::claims::PHR => entry = Some(dec_entry(d, &Path::Name("phr"))?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    d.r.finish()?;
    Ok(Claims {
        issuer: need(issuer, &top, key::claims::ISS)?,
        issued_at: need(issued_at, &top, key::claims::IAT)?,
        expires,
        card_id: need(card_id, &top, key::claims::CTI)?,
        entry: need(entry, &top, key::claims::PHR)?,
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
        // The decoder matches keys: an arm whose pattern is an integer literal is a literal key.
        for (n, line) in src.lines().enumerate() {
            let arm = line.trim_start();
            if line.contains("=>") && is_literal(arm) && !arm.starts_with("//") {
                found.push(format!("{}: {}", n + 1, arm.trim()));
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
                      text(l, &path, 3);\n    12 => v = Some(d.text(at, 8)?),\n\
                      key::name::GIVEN => n.given = None,\n  -1 | 2 => {}";
        let found = literal_keys(sample);
        let mut lines: Vec<usize> = found
            .iter()
            .map(|f| f.split(':').next().unwrap().parse().unwrap())
            .collect();
        lines.sort_unstable();
        assert_eq!(lines, [1, 4, 5, 6, 7, 8, 9, 13, 15], "{found:#?}");
    }

    /// The reference record (every section) as claims, and their bytes as a value tree to edit.
    fn reference() -> (Claims, Value) {
        let json = include_str!("../../../fixtures/records/reference-full.json");
        let claims = Claims {
            issuer: "GR-TEST".into(),
            issued_at: 1_792_000_000,
            expires: Some(1_892_000_000),
            card_id: CardId(vec![3; 16]),
            entry: Entry {
                record_id: RecordId(vec![4; 16]),
                follows: Some(EntryLink([5; EntryLink::LEN])),
                part: Some(Part { index: 1, count: 2 }),
                confidential: false,
                record: Record::from_json(json).unwrap(),
            },
        };
        let tree = super::super::strict::from_slice_deterministic(&claims_to_vec(&claims).unwrap());
        (claims, tree.unwrap())
    }

    /// The value of `k` in a map, or of item `k` in an array.
    fn at(v: &mut Value, k: i64) -> &mut Value {
        match v {
            Value::Map(m) => &mut m.iter_mut().find(|(key, _)| *key == int(k)).unwrap().1,
            Value::Array(a) => &mut a[k as usize],
            v => panic!("{v:?} has no {k}"),
        }
    }

    fn map(v: &mut Value) -> &mut Vec<(Value, Value)> {
        match v {
            Value::Map(m) => m,
            v => panic!("{v:?} is not a map"),
        }
    }

    fn remove(v: &mut Value, k: i64) {
        map(v).retain(|(key, _)| *key != int(k));
    }

    fn phr(v: &mut Value) -> &mut Value {
        at(v, key::claims::PHR)
    }

    #[test]
    fn loinc_codes_of_every_length_come_back_with_their_check_digit() {
        let (mut claims, _) = reference();
        assert!(!claims.entry.record.results.is_empty());
        assert_eq!(crate::codes::loinc_check_digit(71773), 6, "IGRA, 71773-6");
        for n in [7, 10, 71773, 1_234_567, 9_999_999] {
            let want = format!("{n}-{}", crate::codes::loinc_check_digit(n));
            claims.entry.record.results[0].loinc = want.clone();
            let back = claims_from_slice(&claims_to_vec(&claims).unwrap()).unwrap();
            assert_eq!(back.entry.record.results[0].loinc, want);
        }
    }

    /// Every refusal of the decoder, one fault per case, with its exact message: what a clinician
    /// or an implementer reads when a card is refused.
    #[test]
    fn each_rule_refuses_with_its_message() {
        use key::*;
        let (claims, tree) = reference();
        assert_eq!(claims_from_slice(&to_vec(&tree)), Ok(claims.clone()));
        type Edit = fn(&mut Value);
        let cases: Vec<(Edit, &str)> = vec![
            (
                |v| map(v).push((int(2), int(0))),
                "2: is not a key this version of ephr knows",
            ),
            (|v| remove(v, claims::CTI), "7: is required but missing"),
            (|v| remove(v, claims::ISS), "1: is required but missing"),
            (|v| remove(v, claims::IAT), "6: is required but missing"),
            (
                |v| remove(v, claims::PHR),
                "-65537: is required but missing",
            ),
            (
                |v| *at(v, claims::IAT) = int(-1),
                "iat: expected a time in POSIX seconds (years 1970-9999)",
            ),
            (
                |v| *at(v, claims::EXP) = int(253_402_300_800i64),
                "exp: expected a time in POSIX seconds (years 1970-9999)",
            ),
            (
                |v| *at(v, claims::ISS) = Value::Text("A".repeat(33)),
                "1: text longer than 32 characters",
            ),
            (
                |v| *at(v, claims::ISS) = int(1),
                "1: expected text, found an integer",
            ),
            (
                |v| *at(v, claims::CTI) = Value::Bytes(vec![1; 3]),
                "cti: is 3 bytes long; expected 8 to 32",
            ),
            (
                |v| *at(v, claims::CTI) = Value::Text("x".into()),
                "cti: expected bytes, found a text string",
            ),
            (
                |v| map(v).push((int(1), int(0))),
                "(top): map key Integer(Integer(1)) appears twice",
            ),
            (
                |v| map(v).push((Value::Text("x".into()), int(0))),
                "(top): map key Text(\"x\") is not a small integer",
            ),
            (|v| *v = int(0), "(top): expected a map, found an integer"),
            (
                |v| *phr(v) = Value::Array(vec![]),
                "phr: expected a map, found an array",
            ),
            (
                |v| remove(phr(v), entry::VERSION),
                "phr.0: is required but missing",
            ),
            (
                |v| *at(phr(v), entry::VERSION) = int(-1),
                "phr.0: expected an integer from 0 to 18446744073709551615, found an integer",
            ),
            (
                |v| map(phr(v)).push((int(9), int(0))),
                "phr.9: is not a key this version of ephr knows",
            ),
            (
                |v| map(phr(v)).push((int(u64::MAX), int(0))),
                "phr: map key Integer(Integer(18446744073709551615)) is not a small integer",
            ),
            (
                |v| remove(phr(v), entry::RECORD_ID),
                "phr.1: is required but missing",
            ),
            (
                |v| *at(phr(v), entry::FOLLOWS) = Value::Bytes(vec![1; 3]),
                "phr.2: is 3 bytes long; expected 16 to 16",
            ),
            (
                |v| *at(phr(v), entry::PART) = Value::Array(vec![int(2), int(1)]),
                "phr.3: part 2 of 1 is not possible",
            ),
            (
                |v| *at(phr(v), entry::PART) = Value::Array(vec![int(1)]),
                "phr.3: expected [index, count]",
            ),
            (
                |v| *at(phr(v), entry::PART) = Value::Array(vec![int(1), int(256)]),
                "phr.3: expected an integer from 0 to 255, found an integer",
            ),
            (
                |v| remove(phr(v), record::PATIENT),
                "phr.10: is required but missing",
            ),
            (
                |v| *at(phr(v), record::PATIENT) = int(0),
                "phr.10: expected a map, found an integer",
            ),
            (
                |v| *at(at(phr(v), record::PATIENT), patient::SEX) = int(9),
                "phr.10.4: 9 is not a known value",
            ),
            (
                |v| {
                    *at(at(phr(v), record::PATIENT), patient::BIRTH_DATE_ESTIMATED) =
                        Value::Bool(false)
                },
                "phr.10.3: a flag must be `true` or left out, found a boolean",
            ),
            (
                |v| {
                    *at(at(phr(v), record::PATIENT), patient::BIRTH_DATE) =
                        Value::Text("2020-01-02".into())
                },
                "phr.10.2: a full date must be a day number, not text",
            ),
            (
                |v| {
                    *at(at(phr(v), record::PATIENT), patient::BIRTH_DATE) =
                        Value::Text("20x".into())
                },
                "phr.10.2: \"20x\" is not YYYY or YYYY-MM",
            ),
            (
                |v| *at(at(phr(v), record::PATIENT), patient::BIRTH_DATE) = Value::Bytes(vec![]),
                "phr.10.2: expected a day number between 1900 and 2100",
            ),
            (
                |v| {
                    *at(at(phr(v), record::PATIENT), patient::LANGUAGES) =
                        Value::Array(vec![Value::Text("arab".into())])
                },
                "phr.10.6: text longer than 3 characters",
            ),
            (
                |v| *at(at(phr(v), record::PATIENT), patient::LANGUAGES) = Value::Array(vec![]),
                "phr.10.6: an empty list must be left out",
            ),
            (
                |v| {
                    at(at(at(phr(v), record::PATIENT), patient::NAME), name::GIVEN)
                        .clone_from(&Value::Null)
                },
                "phr.10.0: absent fields at the end must be left out, not null",
            ),
            (
                |v| {
                    let Value::Array(a) = at(at(phr(v), record::PATIENT), patient::NAME) else {
                        panic!()
                    };
                    a.push(Value::Text("x".into()))
                },
                "phr.10.0.2: is not a key this version of ephr knows",
            ),
            (
                |v| *at(at(phr(v), record::PATIENT), patient::NAME) = int(0),
                "phr.10.0: expected an array, found an integer",
            ),
            (
                |v| remove(phr(v), record::ENCOUNTER),
                "phr.11: is required but missing",
            ),
            (
                |v| remove(at(phr(v), record::ENCOUNTER), encounter::COUNTRY),
                "phr.11.1: is required but missing",
            ),
            (
                |v| *at(at(phr(v), record::ENCOUNTER), encounter::DATE) = int(-30_000),
                "phr.11.0: expected a day number between 1900 and 2100",
            ),
            (
                |v| *at(at(phr(v), record::VITAL_SIGNS), vital_signs::SYSTOLIC) = int(1001),
                "phr.12.2: expected an integer from 0 to 1000, found an integer",
            ),
            (
                |v| *at(at(phr(v), record::VITAL_SIGNS), vital_signs::HEIGHT) = int(100_001),
                "phr.12.0: expected an integer from 0 to 100000, found an integer",
            ),
            (
                |v| *at(phr(v), record::PROBLEMS) = Value::Array(vec![]),
                "phr.13: an empty list must be left out",
            ),
            (
                |v| *at(phr(v), record::PROBLEMS) = int(1),
                "phr.13: expected an array, found an integer",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) =
                        Value::Array(vec![Value::Array(vec![Value::Text("A00".into())]); 41])
                },
                "phr.13: more than 40 items",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) =
                        Value::Array(vec![Value::Array(vec![Value::Text("A00".into()), int(0)])])
                },
                "phr.13[0].1: a default value must be left out",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) = Value::Array(vec![Value::Array(vec![
                        Value::Text("A00".into()),
                        Value::Null,
                    ])])
                },
                "phr.13[0]: absent fields at the end must be left out, not null",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) =
                        Value::Array(vec![Value::Array(vec![Value::Null, int(1)])])
                },
                "phr.13[0].0: is required but missing",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) =
                        Value::Array(vec![Value::Array(vec![Value::Tag(0, Box::new(int(0)))])])
                },
                "phr.13[0].0: expected text, found a tagged item",
            ),
            (
                |v| {
                    *at(phr(v), record::PROBLEMS) =
                        Value::Array(vec![Value::Array(vec![Value::Text("A000000000".into())])])
                },
                "phr.13[0].0: text longer than 8 characters",
            ),
            (
                |v| *at(at(at(phr(v), record::ALLERGIES), 0), allergy::SUBSTANCE) = Value::Null,
                "phr.14[0].0: is required but missing",
            ),
            (
                |v| {
                    *at(phr(v), record::MEDICATIONS) = Value::Array(vec![Value::Array(vec![
                        Value::Text("J01CA04".into()),
                        Value::Null,
                        Value::Null,
                        Value::Text("2027-01-01".into()),
                    ])])
                },
                "phr.15[0].3: expected a day number between 1900 and 2100",
            ),
            (
                |v| {
                    *at(
                        at(
                            at(at(phr(v), record::IMMUNIZATIONS), immunizations::DOSES),
                            5,
                        ),
                        dose::SOURCE,
                    ) = int(7)
                },
                "phr.16.1[5].1: is not a known evidence source",
            ),
            (
                |v| {
                    let Value::Array(d) = at(
                        at(at(phr(v), record::IMMUNIZATIONS), immunizations::DOSES),
                        5,
                    ) else {
                        panic!()
                    };
                    d.truncate(4);
                    d.push(int(20_000))
                },
                "phr.16.1[5].4: a dose given here takes the encounter date; it must be left out",
            ),
            (
                |v| map(at(phr(v), record::IMMUNIZATIONS)).push((int(2), int(0))),
                "phr.16.2: is not a key this version of ephr knows",
            ),
            (
                |v| {
                    let e = at(at(phr(v), record::ENCOUNTER), encounter::DATE).clone();
                    let Value::Array(r) = at(at(phr(v), record::RESULTS), 0) else {
                        panic!()
                    };
                    r.extend([Value::Null, Value::Null, e])
                },
                "phr.17[0].4: the encounter date must be left out",
            ),
            (
                |v| *at(at(at(phr(v), record::RESULTS), 0), result::LOINC) = int(10_000_000),
                "phr.17[0].0: expected an integer from 0 to 9999999, found an integer",
            ),
            (
                |v| *at(at(at(phr(v), record::RESULTS), 0), result::RESULT) = int(9),
                "phr.17[0].1: is not a known result code",
            ),
            (
                |v| *at(at(phr(v), record::PREGNANCY), pregnancy::STATUS) = int(9),
                "phr.18.0: is not a known pregnancy status",
            ),
            (
                |v| remove(at(phr(v), record::PREGNANCY), pregnancy::STATUS),
                "phr.18.0: is required but missing",
            ),
            (
                |v| *at(at(phr(v), record::MENTAL_HEALTH), mental_health::OUTCOME) = int(9),
                "phr.19.0: is not a known screening outcome",
            ),
            (
                |v| *at(at(phr(v), record::MENTAL_HEALTH), mental_health::REFERRED) = int(1),
                "phr.19.2: a flag must be `true` or left out, found an integer",
            ),
            (
                |v| {
                    *at(phr(v), record::REFERRALS) = Value::Array(vec![Value::Array(vec![
                        Value::Text("x".into()),
                        Value::Null,
                        int(0),
                    ])])
                },
                "phr.20[0].2: a default value must be left out",
            ),
            (
                |v| *at(at(at(phr(v), record::ALERTS), 0), alert::KIND) = int(99),
                "phr.21[0].0: is not a known alert kind",
            ),
            (
                |v| {
                    map(phr(v)).push((
                        int(record::VACCINATIONS_DUE),
                        Value::Array(vec![Value::Array(vec![Value::Null, int(1)])]),
                    ))
                },
                "phr.22[0].0: is required but missing",
            ),
        ];
        for (edit, want) in cases {
            let mut v = tree.clone();
            edit(&mut v);
            let got = claims_from_slice(&to_vec(&v))
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(got, Err(want.to_owned()), "{want}");
        }
        // A newer entry version is named as such, before anything else of the entry is read.
        let mut v = tree.clone();
        *at(phr(&mut v), key::entry::VERSION) = int(2);
        map(phr(&mut v)).push((int(9), int(0)));
        assert_eq!(
            claims_from_slice(&to_vec(&v)),
            Err(CborError::UnknownVersion(2))
        );
        // `0` is "none known", not an empty list.
        let mut v = tree.clone();
        *at(phr(&mut v), key::record::ALLERGIES) = int(0);
        let c = claims_from_slice(&to_vec(&v)).unwrap();
        assert_eq!(c.entry.record.allergies, Listed::NoneKnown);
        // Doses given here and results of the day take the encounter date.
        let r = &claims.entry.record;
        let doses = &r.immunizations.as_ref().unwrap().doses;
        assert_eq!(doses[5].date.as_deref(), Some(r.encounter.date.as_str()));
        assert_eq!(
            r.results[0].date.as_deref(),
            Some(r.encounter.date.as_str())
        );
    }

    /// Faults of the encoding itself, found by the reader while the decoder walks the bytes.
    #[test]
    fn encoding_faults_are_refused_while_decoding() {
        let (_, tree) = reference();
        let good = to_vec(&tree);
        let with = |f: &dyn Fn(&mut Vec<u8>)| {
            let mut b = good.clone();
            f(&mut b);
            claims_from_slice(&b)
        };
        assert_eq!(with(&|b| b.push(0)), Err(CborError::TrailingBytes(1)));
        assert!(matches!(
            with(&|b| b.truncate(b.len() - 1)),
            Err(CborError::Malformed(_))
        ));
        // {4: 0, 1: "a"}: keys out of order; {1: 1.0}: a float; {1: undefined}.
        for (hex, want) in [
            ("a204000161 61", CborError::NotDeterministic),
            ("a1011801", CborError::NotDeterministic),
            ("bf0100ff", CborError::NotDeterministic),
            (
                "a101f93c00",
                CborError::Malformed(
                    "floating-point number at byte 2; the format uses none".into(),
                ),
            ),
            (
                "a101f7",
                CborError::Malformed("unsupported simple value at byte 2".into()),
            ),
            (
                "a10162c328",
                CborError::Malformed("text at byte 2 is not UTF-8".into()),
            ),
            ("", CborError::Malformed("the data ends too early".into())),
        ] {
            let b = hex::decode(hex.replace(' ', "")).unwrap();
            assert_eq!(claims_from_slice(&b), Err(want), "{hex}");
        }
    }

    /// `entry_from_value` reads a tree by the same rules as the bytes of a card.
    #[test]
    fn entry_from_value_is_the_byte_decoder() {
        let (claims, mut tree) = reference();
        assert_eq!(entry_from_value(phr(&mut tree).clone()), Ok(claims.entry));
        remove(phr(&mut tree), key::entry::RECORD_ID);
        assert_eq!(
            entry_from_value(phr(&mut tree).clone()).map_err(|e| e.to_string()),
            Err("phr.1: is required but missing".to_owned())
        );
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
