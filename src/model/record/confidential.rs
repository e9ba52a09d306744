//! Confidential items: which facts of a record go on the confidential card, and whether the
//! person agreed to have one (docs/PRIVACY.md, docs/FORMAT.md §4.4).
//!
//! The marks are instructions for issuing, kept beside the record rather than in it: a card
//! never carries them (the core card must not reveal that anything was kept apart), so a
//! [`Record`] read back from a card has none. In JSON they sit where a health worker looks for
//! them, on the item itself (`"confidential": true|false`) and at the top
//! (`"consent": {"confidential_card": true}`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{FieldError, Listed, Record, RecordJsonError, ValidationErrors, strip_bom};
use crate::codes::confidential::{Sensitive, by_default};
use crate::record::AlertKind;

/// The JSON key of an item's mark.
const MARK: &str = "confidential";
/// The JSON key of the record's consent.
const CONSENT: &str = "consent";

/// What the person agreed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// The person agreed to carry a confidential card. Without it, the confidential items are
    /// issued on no card at all: never moved into the core card.
    pub confidential_card: bool,
}

/// An item of a record that can be kept confidential, by its place in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[allow(missing_docs)]
pub enum Item {
    Problem(usize),
    Medication(usize),
    Result(usize),
    Pregnancy,
    MentalHealth,
    Referral(usize),
    Alert(usize),
}

impl std::fmt::Display for Item {
    /// The item's JSON path, e.g. `problems[2]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Problem(i) => write!(f, "problems[{i}]"),
            Self::Medication(i) => write!(f, "medications[{i}]"),
            Self::Result(i) => write!(f, "results[{i}]"),
            Self::Pregnancy => f.write_str("pregnancy"),
            Self::MentalHealth => f.write_str("mental_health"),
            Self::Referral(i) => write!(f, "referrals[{i}]"),
            Self::Alert(i) => write!(f, "alerts[{i}]"),
        }
    }
}

/// A record with its confidentiality marks: what `ephr issue` reads.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkedRecord {
    /// The facts.
    pub record: Record,
    /// Whether the person agreed to a confidential card.
    pub consent: Consent,
    /// The health worker's decisions where they differ from, or confirm, the defaults of
    /// [`crate::codes::confidential::by_default`].
    pub overrides: BTreeMap<Item, bool>,
}

/// A record divided for issuing.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// What every clinic may see: the record without its confidential items.
    pub core: Record,
    /// The identity, the encounter and the confidential items, when the person agreed to a
    /// confidential card and there is at least one.
    pub confidential: Option<Record>,
    /// Confidential items left out of both cards because the person did not agree to a
    /// confidential card.
    pub withheld: Vec<Item>,
}

/// Where a mark may not be put, and why: these facts must reach every clinic.
const NOT_CONFIDENTIAL: &[(&str, &str)] = &[
    (
        "patient",
        "the identity is on both cards, so that each shows whose it is",
    ),
    (
        "encounter",
        "the encounter is on both cards, so that each shows where and when it was recorded",
    ),
    (
        "vital_signs",
        "vital signs stay on the card every clinic sees",
    ),
    (
        "allergies",
        "an allergy must be seen by every clinic that may prescribe",
    ),
    (
        "immunizations",
        "vaccinations must be seen by every clinic (catch-up and outbreak control)",
    ),
    (
        "vaccinations_due",
        "vaccinations must be seen by every clinic (catch-up and outbreak control)",
    ),
];

/// The explanation given instead of serde's "unknown field" when [`Record::from_json`] meets a
/// mark, which only [`MarkedRecord::from_json`] reads.
pub(super) fn explain_mark_field(message: &str) -> Option<String> {
    [MARK, CONSENT]
        .into_iter()
        .find(|f| message.contains(&["unknown field `", f, "`"].concat()))
        .map(|f| {
            format!(
                "`{f}` marks what goes on the confidential card; read the record with \
                 MarkedRecord::from_json (as `ephr issue` does), not Record::from_json"
            )
        })
}

impl MarkedRecord {
    /// `record` with the defaults and no consent to a confidential card.
    pub fn new(record: Record) -> Self {
        Self {
            record,
            consent: Consent::default(),
            overrides: BTreeMap::new(),
        }
    }

    /// Reads a JSON record with its marks, and validates both: the record as
    /// [`Record::from_json`] does, the marks as [`MarkedRecord::validate`] does.
    pub fn from_json(json: &str) -> Result<Self, RecordJsonError> {
        // Not JSON at all: the record reader gives the message with its line and column.
        let Ok(mut value) = serde_json::from_str::<Value>(strip_bom(json)) else {
            return Record::from_json(json).map(Self::new);
        };
        let mut marks = Marks::default();
        if let Value::Object(top) = &mut value {
            marks.read(top);
        }
        let record = if marks.found {
            Record::from_json_value(value)
        } else {
            // Nothing taken out: read the text itself, so messages keep their line numbers.
            Record::from_json(json)
        };
        let mut errors = marks.errors;
        let record = match record {
            Ok(r) => r,
            Err(RecordJsonError::Invalid(ValidationErrors(e))) => {
                errors.extend(e);
                return Err(ValidationErrors(errors).into());
            }
            Err(e) => return Err(e),
        };
        let marked = Self {
            record,
            consent: marks.consent,
            overrides: marks.overrides,
        };
        if let Err(ValidationErrors(e)) = marked.validate_marks() {
            errors.extend(e);
        }
        if errors.is_empty() {
            Ok(marked)
        } else {
            Err(ValidationErrors(errors).into())
        }
    }

    /// Pretty JSON with the marks, the same shape [`MarkedRecord::from_json`] reads, its
    /// fields in the order [`Record::to_json`] writes them (without marks, the same text). Only
    /// the overrides are written, and the consent when given.
    pub fn to_json(&self) -> String {
        let text = serde_json::to_string(&self.record).unwrap_or_default();
        let Ok(mut v) = serde_json::from_str::<Ordered>(&text) else {
            return self.record.to_json();
        };
        if self.consent.confidential_card {
            v.insert(
                CONSENT,
                Ordered::Leaf(serde_json::to_value(self.consent).unwrap_or_default()),
            );
        }
        for (item, mark) in &self.overrides {
            if let Some(o) = item_value(&mut v, *item) {
                o.insert(MARK, Ordered::Leaf(Value::Bool(*mark)));
            }
        }
        serde_json::to_string_pretty(&v).unwrap_or_default()
    }

    /// Every item of the record that can be kept confidential, in record order.
    pub fn items(&self) -> Vec<Item> {
        let r = &self.record;
        let mut out = Vec::new();
        out.extend((0..r.problems.items().len()).map(Item::Problem));
        out.extend((0..r.medications.items().len()).map(Item::Medication));
        out.extend((0..r.results.len()).map(Item::Result));
        out.extend(r.pregnancy.as_ref().map(|_| Item::Pregnancy));
        out.extend(r.mental_health.as_ref().map(|_| Item::MentalHealth));
        out.extend((0..r.referrals.len()).map(Item::Referral));
        out.extend((0..r.alerts.len()).map(Item::Alert));
        out
    }

    /// The item itself, for a decision; `None` when the record has no such item.
    fn sensitive(&self, item: Item) -> Option<Sensitive<'_>> {
        let r = &self.record;
        Some(match item {
            Item::Problem(i) => Sensitive::Problem(r.problems.items().get(i)?),
            Item::Medication(i) => Sensitive::Medication(r.medications.items().get(i)?),
            Item::Result(i) => Sensitive::Result(r.results.get(i)?),
            Item::Pregnancy => Sensitive::Pregnancy(r.pregnancy.as_ref()?),
            Item::MentalHealth => Sensitive::MentalHealth(r.mental_health.as_ref()?),
            Item::Referral(i) => Sensitive::Referral(r.referrals.get(i)?),
            Item::Alert(i) => Sensitive::Alert(r.alerts.get(i)?),
        })
    }

    /// Whether `item` goes on the confidential card: the health worker's override, else the
    /// default. False for an item the record does not have.
    pub fn is_confidential(&self, item: Item) -> bool {
        match (self.overrides.get(&item), self.sensitive(item)) {
            (_, None) => false,
            (Some(mark), Some(_)) => *mark,
            (None, Some(s)) => by_default(s),
        }
    }

    /// The items that go on the confidential card, in record order.
    pub fn confidential_items(&self) -> Vec<Item> {
        self.items()
            .into_iter()
            .filter(|i| self.is_confidential(*i))
            .collect()
    }

    /// Every problem of the record and of its marks, reported together.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut errors = match self.record.validate() {
            Ok(()) => Vec::new(),
            Err(ValidationErrors(e)) => e,
        };
        if let Err(ValidationErrors(e)) = self.validate_marks() {
            errors.extend(e);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(errors))
        }
    }

    /// The items left on the core card that would give away an item kept confidential, each with
    /// the reason: a referral whose reason is a confidential problem, a high-risk pregnancy alert
    /// beside a confidential pregnancy. [`MarkedRecord::validate`] refuses them; an importer that
    /// reads marks from elsewhere (FHIR security labels) marks them confidential too.
    pub fn revealing(&self) -> Vec<(Item, FieldError)> {
        let mut out = Vec::new();
        let r = &self.record;
        let confidential_codes: Vec<&str> = r
            .problems
            .items()
            .iter()
            .enumerate()
            .filter(|(i, _)| self.is_confidential(Item::Problem(*i)))
            .map(|(_, p)| p.icd10.as_str())
            .collect();
        for (i, rf) in r.referrals.iter().enumerate() {
            if let Some(code) = rf.reason_icd10.as_deref()
                && confidential_codes.contains(&code)
                && !self.is_confidential(Item::Referral(i))
            {
                let item = Item::Referral(i);
                out.push((
                    item,
                    FieldError::new(
                        format!("{item}.{MARK}"),
                        "field-reveals-referral",
                        vec![("code", code.to_owned())],
                    ),
                ));
            }
        }
        if self.is_confidential(Item::Pregnancy) {
            for (i, a) in r.alerts.iter().enumerate() {
                if a.kind == AlertKind::HighRiskPregnancy && !self.is_confidential(Item::Alert(i)) {
                    let item = Item::Alert(i);
                    out.push((
                        item,
                        FieldError::new(format!("{item}.{MARK}"), "field-reveals-alert", vec![]),
                    ));
                }
            }
        }
        out
    }

    /// The rules of the marks: each names an item the record has, and no fact left on the core
    /// card gives away one that is kept confidential.
    fn validate_marks(&self) -> Result<(), ValidationErrors> {
        let mut errors = Vec::new();
        for item in self.overrides.keys() {
            if self.sensitive(*item).is_none() {
                errors.push(FieldError::untranslated(
                    format!("{item}.{MARK}"),
                    format!("the record has no {item} to mark"),
                ));
            }
        }
        errors.extend(self.revealing().into_iter().map(|(_, problem)| problem));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(errors))
        }
    }

    /// Divides the record: the core keeps every item that is not confidential; the confidential
    /// record has the identity, the encounter and the confidential items, and exists only with
    /// the person's consent and at least one such item. A list emptied by the split is left
    /// "not recorded" on the core card, never "none known", which would be untrue.
    pub fn split(&self) -> Split {
        let r = &self.record;
        let keep = |item: Item| !self.is_confidential(item);
        let mut core = r.clone();
        let mut conf = Record::new(r.patient.clone(), r.encounter.clone());
        let (a, b) = partition_listed(&r.problems, |i| keep(Item::Problem(i)));
        (core.problems, conf.problems) = (a, b);
        let (a, b) = partition_listed(&r.medications, |i| keep(Item::Medication(i)));
        (core.medications, conf.medications) = (a, b);
        (core.results, conf.results) = partition(&r.results, |i| keep(Item::Result(i)));
        (core.referrals, conf.referrals) = partition(&r.referrals, |i| keep(Item::Referral(i)));
        (core.alerts, conf.alerts) = partition(&r.alerts, |i| keep(Item::Alert(i)));
        if !keep(Item::Pregnancy) {
            conf.pregnancy = core.pregnancy.take();
        }
        if !keep(Item::MentalHealth) {
            conf.mental_health = core.mental_health.take();
        }
        let moved = self.confidential_items();
        if moved.is_empty() {
            return Split {
                core,
                confidential: None,
                withheld: Vec::new(),
            };
        }
        if self.consent.confidential_card {
            Split {
                core,
                confidential: Some(conf),
                withheld: Vec::new(),
            }
        } else {
            Split {
                core,
                confidential: None,
                withheld: moved,
            }
        }
    }
}

/// `(kept, moved)`: the items whose index `keep` accepts, and the others, in order.
fn partition<T: Clone>(items: &[T], keep: impl Fn(usize) -> bool) -> (Vec<T>, Vec<T>) {
    let (mut kept, mut moved) = (Vec::new(), Vec::new());
    for (i, x) in items.iter().enumerate() {
        if keep(i) { &mut kept } else { &mut moved }.push(x.clone());
    }
    (kept, moved)
}

/// [`partition`] for a list section: an emptied list is not recorded; "none known" stays in the
/// core.
fn partition_listed<T: Clone>(
    list: &Listed<T>,
    keep: impl Fn(usize) -> bool,
) -> (Listed<T>, Listed<T>) {
    let as_listed = |v: Vec<T>| {
        if v.is_empty() {
            Listed::NotRecorded
        } else {
            Listed::Items(v)
        }
    };
    match list {
        Listed::Items(v) => {
            let (kept, moved) = partition(v, keep);
            (as_listed(kept), as_listed(moved))
        }
        other => (other.clone(), Listed::NotRecorded),
    }
}

/// JSON that keeps the order of object members, which serde_json's [`Value`] sorts: a record
/// written with its marks reads in the record's own order (patient first).
#[derive(Debug)]
enum Ordered {
    Object(Vec<(String, Ordered)>),
    Array(Vec<Ordered>),
    Leaf(Value),
}

impl Ordered {
    fn get_mut(&mut self, key: &str) -> Option<&mut Ordered> {
        match self {
            Self::Object(m) => m.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn get_index_mut(&mut self, i: usize) -> Option<&mut Ordered> {
        match self {
            Self::Array(a) => a.get_mut(i),
            _ => None,
        }
    }
    /// Sets a member of an object (last, when new).
    fn insert(&mut self, key: &str, v: Ordered) {
        if let Self::Object(m) = self {
            match m.iter_mut().find(|(k, _)| k == key) {
                Some((_, old)) => *old = v,
                None => m.push((key.to_owned(), v)),
            }
        }
    }
}

impl Serialize for Ordered {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Self::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Self::Array(a) => s.collect_seq(a),
            Self::Leaf(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Ordered, A::Error> {
                let mut m = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Ordered>()? {
                    m.push((k, v));
                }
                Ok(Ordered::Object(m))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Ordered, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = a.next_element::<Ordered>()? {
                    v.push(x);
                }
                Ok(Ordered::Array(v))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(Value::Bool(b)))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(n.into()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(n.into()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(n.into()))
            }
            fn visit_str<E>(self, s: &str) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(s.into()))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(Value::Null))
            }
        }
        d.deserialize_any(V)
    }
}

/// The JSON object of `item` in a record's JSON.
fn item_value(top: &mut Ordered, item: Item) -> Option<&mut Ordered> {
    let (section, index) = match item {
        Item::Problem(i) => ("problems", Some(i)),
        Item::Medication(i) => ("medications", Some(i)),
        Item::Result(i) => ("results", Some(i)),
        Item::Pregnancy => ("pregnancy", None),
        Item::MentalHealth => ("mental_health", None),
        Item::Referral(i) => ("referrals", Some(i)),
        Item::Alert(i) => ("alerts", Some(i)),
    };
    let v = top.get_mut(section)?;
    match index {
        Some(i) => v.get_index_mut(i),
        None => Some(v),
    }
}

/// The item at an index of a list section.
type ItemAt = fn(usize) -> Item;

/// The marks taken out of a record's JSON, and what was wrong with them.
#[derive(Default)]
struct Marks {
    found: bool,
    consent: Consent,
    overrides: BTreeMap<Item, bool>,
    errors: Vec<FieldError>,
}

impl Marks {
    /// Takes every mark out of `top`, so that what is left is a plain record.
    fn read(&mut self, top: &mut Map<String, Value>) {
        if let Some(c) = top.remove(CONSENT) {
            self.found = true;
            match serde_path_to_error::deserialize::<_, Consent>(c) {
                Ok(c) => self.consent = c,
                Err(e) => {
                    let at = e.path().to_string();
                    self.errors.push(FieldError::untranslated(
                        if at == "." {
                            CONSENT.into()
                        } else {
                            format!("{CONSENT}.{at}")
                        },
                        format!(
                            "{}; write \"{CONSENT}\": {{\"confidential_card\": true}} when the \
                             person agreed to a confidential card, false when not",
                            e.inner()
                        ),
                    ));
                }
            }
        }
        let lists: [(&str, ItemAt); 5] = [
            ("problems", Item::Problem),
            ("medications", Item::Medication),
            ("results", Item::Result),
            ("referrals", Item::Referral),
            ("alerts", Item::Alert),
        ];
        for (section, item) in lists {
            if let Some(Value::Array(items)) = top.get_mut(section) {
                for (i, v) in items.iter_mut().enumerate() {
                    self.take(v, item(i));
                }
            }
        }
        if let Some(v) = top.get_mut("pregnancy") {
            self.take(v, Item::Pregnancy);
        }
        if let Some(v) = top.get_mut("mental_health") {
            self.take(v, Item::MentalHealth);
        }
        for (section, why) in NOT_CONFIDENTIAL {
            let Some(v) = top.get_mut(*section) else {
                continue;
            };
            let mut refuse = |v: &mut Value, path: String| {
                if let Value::Object(o) = v
                    && o.remove(MARK).is_some()
                {
                    self.found = true;
                    self.errors.push(FieldError::untranslated(
                        format!("{path}.{MARK}"),
                        format!("cannot be kept confidential: {why}"),
                    ));
                }
            };
            match v {
                Value::Array(items) => {
                    for (i, x) in items.iter_mut().enumerate() {
                        refuse(x, format!("{section}[{i}]"));
                    }
                }
                Value::Object(o) => {
                    if let Some(Value::Array(doses)) = o.get_mut("doses") {
                        for (i, x) in doses.iter_mut().enumerate() {
                            refuse(x, format!("{section}.doses[{i}]"));
                        }
                    }
                    refuse(v, (*section).to_owned());
                }
                _ => {}
            }
        }
    }

    /// Takes the mark out of one item's JSON object.
    fn take(&mut self, v: &mut Value, item: Item) {
        let Value::Object(o) = v else { return };
        let Some(mark) = o.remove(MARK) else { return };
        self.found = true;
        match mark {
            Value::Bool(b) => {
                self.overrides.insert(item, b);
            }
            other => self.errors.push(FieldError::untranslated(
                format!("{item}.{MARK}"),
                format!(
                    "expected true or false, found {other}; leave the field out to follow the \
                     default"
                ),
            )),
        }
    }
}

#[cfg(test)]
#[path = "confidential_tests.rs"]
mod tests;
