//! The CBOR mapping: how claims, entries and records become bytes, and back.
//!
//! Every map uses small integer keys and is encoded deterministically (RFC 8949 §4.2.1: shortest
//! integer forms, definite lengths, map keys sorted by their encoded bytes). All record-level keys
//! are in 0..=23, where bytewise order, integer order and the older length-first "canonical CBOR"
//! order agree, so independent encoders produce the same bytes. One record has exactly one
//! encoding: values equal to their default are left out, boolean flags appear only when true, and
//! a decoder refuses anything else. docs/FORMAT.md lists every key.

// A verify-only build (no `issue` feature) reads cards and never writes one: the encoding half
// of the mapping is compiled but unused there.
#![cfg_attr(not(feature = "issue"), allow(dead_code))]

use ciborium::value::{Integer, Value};

use crate::card::{CardId, Claims, Entry, EntryLink, ID_MAX_LEN, ID_MIN_LEN, Part, RecordId};
use crate::date::{self, PartialDate};
use crate::record::*;

/// CWT claim keys (RFC 8392).
pub const CLAIM_ISS: i64 = 1;
/// `exp`.
pub const CLAIM_EXP: i64 = 4;
/// `iat`.
pub const CLAIM_IAT: i64 = 6;
/// `cti`.
pub const CLAIM_CTI: i64 = 7;
/// The PHR entry: a private-use claim key (RFC 8392 §9.1: below −65536).
pub const CLAIM_PHR: i64 = -65_537;
/// Version of the entry map this code writes and reads.
pub const ENTRY_VERSION: u64 = 1;

/// How deeply nested any CBOR item may be. The deepest legitimate item is 5 levels.
pub const MAX_DEPTH: usize = 12;

/// Why bytes are not a valid claims set, entry or record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    /// Not well-formed CBOR.
    #[error("the data is not valid CBOR: {0}")]
    Malformed(String),
    /// Nested more deeply than `MAX_DEPTH` (12).
    #[error("the data is nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// Bytes left over after the item.
    #[error("there are {0} unexpected bytes after the data")]
    TrailingBytes(usize),
    /// Not in the one deterministic encoding.
    #[error("the data is not deterministically encoded (RFC 8949 §4.2)")]
    NotDeterministic,
    /// Well-formed CBOR with the wrong structure.
    #[error("{path}: {problem}")]
    Structure {
        /// Where, as a path of map keys and array indexes, e.g. `phr.13[2].0`.
        path: String,
        /// What is wrong.
        problem: String,
    },
    /// Written by a newer version of the format.
    #[error("the card uses PHR entry version {0}, which this ephr does not know; update ephr")]
    UnknownVersion(u64),
}

/// Encodes a value deterministically: maps are sorted by encoded key, recursively.
pub fn to_vec(v: &Value) -> Vec<u8> {
    let mut v = v.clone();
    sort_maps(&mut v);
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and every Value we build is serializable.
    let _ = ciborium::ser::into_writer(&v, &mut out);
    out
}

fn sort_maps(v: &mut Value) {
    match v {
        Value::Map(entries) => {
            for (k, v) in entries.iter_mut() {
                sort_maps(k);
                sort_maps(v);
            }
            entries.sort_by_cached_key(|(k, _)| {
                let mut b = Vec::new();
                let _ = ciborium::ser::into_writer(k, &mut b);
                b
            });
        }
        Value::Array(items) => items.iter_mut().for_each(sort_maps),
        Value::Tag(_, inner) => sort_maps(inner),
        _ => {}
    }
}

/// Parses exactly one CBOR item with a nesting limit and no trailing bytes. (The wire format
/// reads with [`from_slice_deterministic`]; this lenient reader is for tests and fuzzers.)
#[cfg(any(test, feature = "internals"))]
pub fn from_slice(bytes: &[u8]) -> Result<Value, CborError> {
    let mut rest = bytes;
    let v: Value = ciborium::de::from_reader_with_recursion_limit(&mut rest, MAX_DEPTH).map_err(
        |e| match e {
            ciborium::de::Error::RecursionLimitExceeded => CborError::TooDeep,
            ciborium::de::Error::Io(_) => CborError::Malformed("the data ends too early".into()),
            ciborium::de::Error::Syntax(at) => {
                CborError::Malformed(format!("invalid CBOR at byte {at}"))
            }
            ciborium::de::Error::Semantic(Some(at), m) => {
                CborError::Malformed(format!("{m} at byte {at}"))
            }
            ciborium::de::Error::Semantic(None, m) => CborError::Malformed(m),
        },
    )?;
    if !rest.is_empty() {
        return Err(CborError::TrailingBytes(rest.len()));
    }
    Ok(v)
}

/// Parses one CBOR item strictly, in one pass: deterministic encoding (RFC 8949 §4.2.1: shortest
/// heads, definite lengths, map keys in bytewise order of their encodings, hence no duplicates),
/// at most [`MAX_DEPTH`] levels, no trailing bytes, and only the item types the format uses
/// (integers, byte and text strings, arrays, maps, tags, `true`, `false`, `null`; no floats).
///
/// Lengths are checked against the bytes actually present before anything is allocated, so a
/// declared length of 2^63 costs nothing.
pub fn from_slice_deterministic(bytes: &[u8]) -> Result<Value, CborError> {
    let mut d = Strict { b: bytes, pos: 0 };
    let v = d.item(0)?;
    if d.pos != bytes.len() {
        return Err(CborError::TrailingBytes(bytes.len() - d.pos));
    }
    Ok(v)
}

/// Parses the first item of a CBOR sequence (RFC 8742) with the rules of
/// [`from_slice_deterministic`], and returns it with the number of bytes it took. Bundles are
/// sequences; this lets a reader keep each entry's exact signed bytes.
pub fn first_item_deterministic(bytes: &[u8]) -> Result<(Value, usize), CborError> {
    let mut d = Strict { b: bytes, pos: 0 };
    let v = d.item(0)?;
    Ok((v, d.pos))
}

struct Strict<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Strict<'_> {
    fn eof() -> CborError {
        CborError::Malformed("the data ends too early".into())
    }

    fn take(&mut self, n: usize) -> Result<&[u8], CborError> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.b.len());
        let end = end.ok_or_else(Self::eof)?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// Reads an item head: major type, additional information, argument.
    fn head(&mut self) -> Result<(u8, u8, u64), CborError> {
        let at = self.pos;
        let first = self.take(1)?[0];
        let (major, info) = (first >> 5, first & 0x1f);
        let arg = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let n = 1usize << (info - 24);
                let raw = self.take(n)?;
                let arg = raw.iter().fold(0u64, |a, b| (a << 8) | u64::from(*b));
                // Shortest form: each width must be needed.
                let min = match info {
                    24 => 24,
                    25 => 0x100,
                    26 => 0x1_0000,
                    _ => 0x1_0000_0000,
                };
                if major != 7 && arg < min {
                    return Err(CborError::NotDeterministic);
                }
                arg
            }
            31 if (2..=5).contains(&major) => return Err(CborError::NotDeterministic),
            _ => {
                return Err(CborError::Malformed(format!(
                    "invalid item head 0x{first:02x} at byte {at}"
                )));
            }
        };
        Ok((major, info, arg))
    }

    fn len(&self, arg: u64, min_item: usize) -> Result<usize, CborError> {
        let remaining = self.b.len() - self.pos;
        usize::try_from(arg)
            .ok()
            .filter(|n| n.saturating_mul(min_item) <= remaining)
            .ok_or_else(Self::eof)
    }

    fn item(&mut self, depth: usize) -> Result<Value, CborError> {
        if depth > MAX_DEPTH {
            return Err(CborError::TooDeep);
        }
        let at = self.pos;
        let (major, info, arg) = self.head()?;
        Ok(match major {
            0 => Value::Integer(arg.into()),
            1 => Value::Integer(
                Integer::try_from(-1i128 - i128::from(arg)).map_err(|_| Self::eof())?,
            ),
            2 => {
                let n = self.len(arg, 1)?;
                Value::Bytes(self.take(n)?.to_vec())
            }
            3 => {
                let n = self.len(arg, 1)?;
                let s = std::str::from_utf8(self.take(n)?)
                    .map_err(|_| CborError::Malformed(format!("text at byte {at} is not UTF-8")))?;
                Value::Text(s.to_owned())
            }
            4 => {
                let n = self.len(arg, 1)?;
                // Capped: declared lengths at every nesting level would otherwise add up.
                let mut items = Vec::with_capacity(n.min(256));
                for _ in 0..n {
                    items.push(self.item(depth + 1)?);
                }
                Value::Array(items)
            }
            5 => {
                let n = self.len(arg, 2)?;
                let mut entries = Vec::with_capacity(n.min(256));
                let mut prev: Option<(usize, usize)> = None;
                for _ in 0..n {
                    let start = self.pos;
                    let k = self.item(depth + 1)?;
                    let key = (start, self.pos);
                    if let Some(p) = prev {
                        let (a, b) = (&self.b[p.0..p.1], &self.b[key.0..key.1]);
                        if a == b {
                            return Err(structure("", format!("map key {k:?} appears twice")));
                        }
                        if a > b {
                            return Err(CborError::NotDeterministic);
                        }
                    }
                    prev = Some(key);
                    let v = self.item(depth + 1)?;
                    entries.push((k, v));
                }
                Value::Map(entries)
            }
            6 => Value::Tag(arg, Box::new(self.item(depth + 1)?)),
            _ => match info {
                20 => Value::Bool(false),
                21 => Value::Bool(true),
                22 => Value::Null,
                25..=27 => {
                    return Err(CborError::Malformed(format!(
                        "floating-point number at byte {at}; the format uses none"
                    )));
                }
                _ => {
                    return Err(CborError::Malformed(format!(
                        "unsupported simple value at byte {at}"
                    )));
                }
            },
        })
    }
}

pub(crate) fn structure(path: impl std::fmt::Display, problem: impl Into<String>) -> CborError {
    let path = path.to_string();
    CborError::Structure {
        path: if path.is_empty() {
            "(top)".into()
        } else {
            path
        },
        problem: problem.into(),
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
            .text(0, &n.family)
            .text(1, &n.given)
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
        10,
        MapBuilder::default()
            .opt(0, enc_name(&p.name))
            .opt(1, enc_name(&p.name_latin))
            .opt(2, p.birth_date.as_deref().map(enc_partial_date))
            .flag(3, p.birth_date_estimated)
            .opt(4, p.sex.map(|s| int(s.to_wire())))
            .text(5, &p.nationality)
            .opt(6, enc_array(&p.languages, |l| Value::Text(l.clone())))
            .build(),
    );
    let e = &r.encounter;
    m.put(
        11,
        MapBuilder::default()
            .put(0, enc_full_date(&e.date))
            .put(1, Value::Text(e.country.clone()))
            .text(2, &e.site)
            .opt(3, e.kind.map(|k| int(k.to_wire())))
            .opt(4, e.role.map(|k| int(k.to_wire())))
            .flag(5, e.mediator)
            .build(),
    );
    m.opt(
        12,
        r.vital_signs.as_ref().map(|v| {
            MapBuilder::default()
                .opt(0, enc_tenths(v.height_cm))
                .opt(1, enc_tenths(v.weight_kg))
                .uint(2, v.systolic_mmhg)
                .uint(3, v.diastolic_mmhg)
                .uint(4, v.heart_rate_bpm)
                .uint(5, v.respiratory_rate_per_min)
                .opt(6, enc_tenths(v.temperature_c))
                .uint(7, v.spo2_percent)
                .opt(8, enc_tenths(v.head_circumference_cm))
                .opt(9, enc_tenths(v.muac_cm))
                .build()
        }),
    );
    m.opt(
        13,
        enc_list(&r.problems, |p| {
            MapBuilder::default()
                .put(0, Value::Text(p.icd10.clone()))
                .wire(1, p.status, Some(ProblemStatus::Active))
                .flag(2, p.provisional)
                .opt(3, p.onset.as_deref().map(enc_partial_date))
                .text(4, &p.note)
                .build_array()
        }),
    );
    m.opt(
        14,
        enc_list(&r.allergies, |a| {
            MapBuilder::default()
                .put(0, Value::Text(a.substance.clone()))
                .text(1, &a.atc)
                .opt(2, a.category.map(|c| int(c.to_wire())))
                .opt(3, a.criticality.map(|c| int(c.to_wire())))
                .text(4, &a.reaction)
                .build_array()
        }),
    );
    m.opt(
        15,
        enc_list(&r.medications, |md| {
            MapBuilder::default()
                .put(0, Value::Text(md.atc.clone()))
                .text(1, &md.dose)
                .wire(2, md.status, Some(MedicationStatus::Active))
                .opt(3, md.until.as_deref().map(enc_full_date))
                .build_array()
        }),
    );
    m.opt(
        16,
        r.immunizations.as_ref().map(|imm| {
            MapBuilder::default()
                .flag(0, imm.no_records)
                .opt(
                    1,
                    enc_array(&imm.doses, |d| {
                        let implied = d.source == EvidenceSource::GivenHere
                            && d.date.as_deref() == Some(r.encounter.date.as_str());
                        MapBuilder::default()
                            .put(0, Value::Text(d.vaccine.clone()))
                            .put(1, int(d.source.to_wire()))
                            .uint(2, d.dose_number)
                            .text(3, &d.lot)
                            .opt(
                                4,
                                d.date.as_deref().filter(|_| !implied).map(enc_partial_date),
                            )
                            .text(5, &d.country)
                            .build_array()
                    }),
                )
                .build()
        }),
    );
    m.opt(
        17,
        enc_array(&r.results, |res| {
            MapBuilder::default()
                .put(0, enc_loinc(&res.loinc))
                .put(1, int(res.result.to_wire()))
                .text(2, &res.value)
                .text(3, &res.unit)
                .opt(
                    4,
                    res.date
                        .as_deref()
                        .filter(|d| *d != r.encounter.date)
                        .map(enc_full_date),
                )
                .text(5, &res.note)
                .build_array()
        }),
    );
    m.opt(
        18,
        r.pregnancy.as_ref().map(|p| {
            MapBuilder::default()
                .put(0, int(p.status.to_wire()))
                .opt(1, p.expected_delivery.as_deref().map(enc_full_date))
                .uint(2, p.gestational_weeks)
                .uint(3, p.gravida)
                .uint(4, p.para)
                .build()
        }),
    );
    m.opt(
        19,
        r.mental_health.as_ref().map(|mh| {
            MapBuilder::default()
                .put(0, int(mh.outcome.to_wire()))
                .text(1, &mh.tool)
                .flag(2, mh.referred)
                .text(3, &mh.note)
                .build()
        }),
    );
    m.opt(
        20,
        enc_array(&r.referrals, |rf| {
            MapBuilder::default()
                .put(0, Value::Text(rf.to.clone()))
                .text(1, &rf.reason_icd10)
                .wire(2, rf.urgency, Some(Urgency::Routine))
                .opt(3, rf.due.as_deref().map(enc_full_date))
                .wire(4, rf.status, Some(ReferralStatus::Planned))
                .text(5, &rf.note)
                .build_array()
        }),
    );
    m.opt(
        21,
        enc_array(&r.alerts, |a| {
            MapBuilder::default()
                .put(0, int(a.kind.to_wire()))
                .put(1, Value::Text(a.text.clone()))
                .build_array()
        }),
    );
    m.opt(
        22,
        enc_array(&r.vaccinations_due, |v| {
            MapBuilder::default()
                .put(0, Value::Text(v.vaccine.clone()))
                .uint(1, v.dose_number)
                .opt(2, v.due.as_deref().map(enc_full_date))
                .build_array()
        }),
    );
}

/// The entry map (value of claim [`CLAIM_PHR`]). The record must already be valid.
pub fn entry_to_value(e: &Entry) -> Result<Value, ValidationErrors> {
    e.record.validate()?;
    let mut m = MapBuilder::default();
    m.put(0, int(ENTRY_VERSION))
        .put(1, Value::Bytes(e.record_id.0.clone()))
        .opt(2, e.follows.map(|l| Value::Bytes(l.0.to_vec())))
        .opt(
            3,
            e.part
                .map(|p| Value::Array(vec![int(p.index), int(p.count)])),
        );
    enc_record(&e.record, &mut m);
    Ok(m.build())
}

/// The CWT claims set, deterministically encoded: the COSE_Sign1 payload.
pub fn claims_to_vec(c: &Claims) -> Result<Vec<u8>, ValidationErrors> {
    let v = MapBuilder::default()
        .put(CLAIM_ISS, Value::Text(c.issuer.clone()))
        .opt(CLAIM_EXP, c.expires.map(int))
        .put(CLAIM_IAT, int(c.issued_at))
        .put(CLAIM_CTI, Value::Bytes(c.card_id.0.clone()))
        .put(CLAIM_PHR, entry_to_value(&c.entry)?)
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
        family: n.text(0, MAX_SHORT_TEXT_CHARS)?,
        given: n.text(1, MAX_SHORT_TEXT_CHARS)?,
    };
    n.finish()?;
    Ok(Some(name))
}

const NOTE: usize = MAX_NOTE_CHARS;
const SHORT: usize = MAX_SHORT_TEXT_CHARS;

fn dec_record(m: &mut MapReader) -> Result<Record, CborError> {
    let mut p = MapReader::new(m.need(10)?, m.at(10))?;
    let patient = Patient {
        name: dec_name(&mut p, 0)?,
        name_latin: dec_name(&mut p, 1)?,
        birth_date: p.partial_date(2)?,
        birth_date_estimated: p.flag(3)?,
        sex: p.wire(4, None)?,
        nationality: p.text(5, 2)?,
        languages: {
            let path = p.at(6);
            match p.take(6) {
                None => Vec::new(),
                Some(v) => array(v, &path)?
                    .into_iter()
                    .map(|l| text(l, &path, 3))
                    .collect::<Result<_, _>>()?,
            }
        },
    };
    p.finish()?;
    let mut e = MapReader::new(m.need(11)?, m.at(11))?;
    let encounter = Encounter {
        date: full_date(&e.need(0)?, e.at(0))?,
        country: e.need_text(1, 2)?,
        site: e.text(2, SHORT)?,
        kind: e.wire(3, None)?,
        role: e.wire(4, None)?,
        mediator: e.flag(5)?,
    };
    e.finish()?;
    let encounter_date = encounter.date.clone();
    let vital_signs = match sub(m, 12)? {
        None => None,
        Some(mut v) => {
            let vs = VitalSigns {
                height_cm: v.tenths(0)?,
                weight_kg: v.tenths(1)?,
                systolic_mmhg: v.small(2, 1000)?,
                diastolic_mmhg: v.small(3, 1000)?,
                heart_rate_bpm: v.small(4, 1000)?,
                respiratory_rate_per_min: v.small(5, 1000)?,
                temperature_c: v.tenths(6)?,
                spo2_percent: v.small(7, 1000)?,
                head_circumference_cm: v.tenths(8)?,
                muac_cm: v.tenths(9)?,
            };
            v.finish()?;
            Some(vs)
        }
    };
    let problems = listed(m, 13, |mut p| {
        let out = Problem {
            icd10: p.need_text(0, 8)?,
            status: p.wire(1, Some(ProblemStatus::Active))?.unwrap_or_default(),
            provisional: p.flag(2)?,
            onset: p.partial_date(3)?,
            note: p.text(4, NOTE)?,
        };
        p.finish().map(|_| out)
    })?;
    let allergies = listed(m, 14, |mut a| {
        let out = Allergy {
            substance: a.need_text(0, SHORT)?,
            atc: a.text(1, 7)?,
            category: a.wire(2, None)?,
            criticality: a.wire(3, None)?,
            reaction: a.text(4, NOTE)?,
        };
        a.finish().map(|_| out)
    })?;
    let medications = listed(m, 15, |mut md| {
        let out = Medication {
            atc: md.need_text(0, 7)?,
            dose: md.text(1, SHORT)?,
            status: md
                .wire(2, Some(MedicationStatus::Active))?
                .unwrap_or_default(),
            until: md.full_date(3)?,
        };
        md.finish().map(|_| out)
    })?;
    let immunizations = match sub(m, 16)? {
        None => None,
        Some(mut imm) => {
            let out = Immunizations {
                no_records: imm.flag(0)?,
                doses: opt_each(&mut imm, 1, |mut d| {
                    let path = d.at(1);
                    let vaccine = d.need_text(0, 7)?;
                    let source = EvidenceSource::from_wire(uint(&d.need(1)?, &path, 255)?)
                        .ok_or_else(|| structure(&path, "is not a known evidence source"))?;
                    let dose_number = d.small(2, 255)?;
                    let lot = d.text(3, 20)?;
                    let date = d.partial_date(4)?;
                    if source == EvidenceSource::GivenHere && date.is_some() {
                        return Err(structure(
                            d.at(4),
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
                        country: d.text(5, 2)?,
                        lot,
                    };
                    d.finish().map(|_| out)
                })?,
            };
            imm.finish()?;
            Some(out)
        }
    };
    let results = opt_each(m, 17, |mut r| {
        let path = r.at(1);
        let out = LabResult {
            loinc: dec_loinc(&r.need(0)?, r.at(0))?,
            result: ResultCode::from_wire(uint(&r.need(1)?, &path, 255)?)
                .ok_or_else(|| structure(&path, "is not a known result code"))?,
            value: r.text(2, 13)?,
            unit: r.text(3, 20)?,
            date: match r.full_date(4)? {
                Some(d) if d == encounter_date => {
                    return Err(structure(r.at(4), "the encounter date must be left out"));
                }
                Some(d) => Some(d),
                None => Some(encounter_date.clone()),
            },
            note: r.text(5, NOTE)?,
        };
        r.finish().map(|_| out)
    })?;
    let pregnancy = match sub(m, 18)? {
        None => None,
        Some(mut p) => {
            let path = p.at(0);
            let out = Pregnancy {
                status: PregnancyStatus::from_wire(uint(&p.need(0)?, &path, 255)?)
                    .ok_or_else(|| structure(&path, "is not a known pregnancy status"))?,
                expected_delivery: p.full_date(1)?,
                gestational_weeks: p.small(2, 255)?,
                gravida: p.small(3, 255)?,
                para: p.small(4, 255)?,
            };
            p.finish()?;
            Some(out)
        }
    };
    let mental_health = match sub(m, 19)? {
        None => None,
        Some(mut mh) => {
            let path = mh.at(0);
            let out = MentalHealth {
                outcome: ScreeningOutcome::from_wire(uint(&mh.need(0)?, &path, 255)?)
                    .ok_or_else(|| structure(&path, "is not a known screening outcome"))?,
                tool: mh.text(1, 20)?,
                referred: mh.flag(2)?,
                note: mh.text(3, NOTE)?,
            };
            mh.finish()?;
            Some(out)
        }
    };
    let referrals = opt_each(m, 20, |mut r| {
        let out = Referral {
            to: r.need_text(0, SHORT)?,
            reason_icd10: r.text(1, 8)?,
            urgency: r.wire(2, Some(Urgency::Routine))?.unwrap_or_default(),
            due: r.full_date(3)?,
            status: r
                .wire(4, Some(ReferralStatus::Planned))?
                .unwrap_or_default(),
            note: r.text(5, NOTE)?,
        };
        r.finish().map(|_| out)
    })?;
    let alerts = opt_each(m, 21, |mut a| {
        let path = a.at(0);
        let out = Alert {
            kind: AlertKind::from_wire(uint(&a.need(0)?, &path, 255)?)
                .ok_or_else(|| structure(&path, "is not a known alert kind"))?,
            text: a.need_text(1, NOTE)?,
        };
        a.finish().map(|_| out)
    })?;
    let vaccinations_due = opt_each(m, 22, |mut v| {
        let out = VaccinationDue {
            vaccine: v.need_text(0, 7)?,
            dose_number: v.small(1, 255)?,
            due: v.full_date(2)?,
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
    let version = uint(&m.need(0)?, "phr.0", u64::MAX)?;
    if version != ENTRY_VERSION {
        return Err(CborError::UnknownVersion(version));
    }
    let record_id = RecordId(bytes(m.need(1)?, "phr.1", ID_MIN_LEN, ID_MAX_LEN)?);
    let follows = m
        .take(2)
        .map(|v| bytes(v, "phr.2", EntryLink::LEN, EntryLink::LEN))
        .transpose()?
        .map(|b| {
            let mut l = [0u8; EntryLink::LEN];
            l.copy_from_slice(&b);
            EntryLink(l)
        });
    let part = match m.take(3) {
        None => None,
        Some(v) => {
            let path = "phr.3";
            let a = match v {
                Value::Array(a) if a.len() == 2 => a,
                _ => return Err(structure(path, "expected [index, count]")),
            };
            let index = uint(&a[0], path, 255)? as u8;
            let count = uint(&a[1], path, 255)? as u8;
            if index == 0 || index > count || count < 2 {
                return Err(structure(
                    path,
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
    let issuer = m.need_text(CLAIM_ISS, 32)?;
    let time = |v: Value, path: &str| -> Result<i64, CborError> {
        v.as_integer()
            .and_then(|i| i64::try_from(i).ok())
            .filter(|t| (0..=253_402_300_799).contains(t))
            .ok_or_else(|| structure(path, "expected a time in POSIX seconds (years 1970-9999)"))
    };
    let expires = m.take(CLAIM_EXP).map(|v| time(v, "exp")).transpose()?;
    let issued_at = time(m.need(CLAIM_IAT)?, "iat")?;
    let card_id = CardId(bytes(m.need(CLAIM_CTI)?, "cti", ID_MIN_LEN, ID_MAX_LEN)?);
    let entry = entry_from_value(m.need(CLAIM_PHR)?)?;
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

    #[test]
    fn deterministic_sorts_keys_bytewise() {
        let v = Value::Map(vec![
            (int(CLAIM_PHR), int(0)),
            (int(6), int(1)),
            (int(1), int(2)),
        ]);
        assert_eq!(hex::encode(to_vec(&v)), "a3010206013a0001000000");
    }

    #[test]
    fn rejects_non_deterministic_and_duplicates() {
        // {6: 1, 1: 2}: keys out of order.
        assert_eq!(
            from_slice_deterministic(&hex::decode("a206010102").unwrap()),
            Err(CborError::NotDeterministic)
        );
        // {1: 1, 1: 2}
        assert!(matches!(
            from_slice_deterministic(&hex::decode("a201010102").unwrap()),
            Err(CborError::Structure { .. })
        ));
        // 24 encoded in two bytes where one suffices: 0x18 0x05
        assert_eq!(
            from_slice_deterministic(&hex::decode("1805").unwrap()),
            Err(CborError::NotDeterministic)
        );
    }

    #[test]
    fn limits() {
        let deep = [vec![0x81u8; 40], vec![0x00]].concat();
        assert_eq!(from_slice(&deep), Err(CborError::TooDeep));
        assert_eq!(from_slice(&[0x00, 0x00]), Err(CborError::TrailingBytes(1)));
        assert!(matches!(
            from_slice(&[0x5a, 0xff, 0xff, 0xff, 0xff]),
            Err(CborError::Malformed(_))
        ));
    }
}
