//! A person's history: entries signed by several clinics, merged into one view.
//!
//! [`History::build`] takes every entry a clinician presented (texts, images, bundles), each
//! already checked ([`Checked`]), and
//! - keeps only valid entries as sources of facts (an invalid entry never contributes);
//! - groups them by record id and orders them by their `follows` links, then by encounter date,
//!   issue time and part ([`order_by_links`]): a follow-up always comes after the entry it
//!   follows, so its statements win the merge even when its clock says otherwise;
//! - merges their facts into the current picture ([`Merged`]): immunization status per vaccine,
//!   problems, allergies, medications, results and the rest, each fact with its provenance
//!   (authority, country, date, entry id);
//! - reports what a clinician must know about the set ([`Finding`]): entries of several records,
//!   an identity that differs within one record, a follow-up whose predecessor is missing (a
//!   gap), a missing part of a split record, the same entry presented twice, conflicting facts,
//!   a follow-up signed or dated before the entry it follows.
//!
//! ```
//! # use ephr::history::{Checked, History};
//! # fn f(texts: &[String], trust: &ephr::TrustList, now: i64) {
//! let checked: Vec<Checked> = texts
//!     .iter()
//!     .enumerate()
//!     .map(|(i, t)| Checked::verify_text(format!("card {i}"), t, trust, now))
//!     .collect();
//! let history = History::build(checked);
//! for record in &history.records {
//!     for v in &record.merged.immunizations {
//!         println!("{}: {} dose(s)", v.vaccine, v.doses.len());
//!     }
//! }
//! # }
//! ```

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::fmt::Display;

use serde::{Serialize, Serializer};

use crate::card::{CardId, Claims, EntryLink, RecordId, entry_link};
use crate::date::{format_instant, parse_full_date};
use crate::record::*;
use crate::trust::TrustList;
use crate::verify::{CLOCK_SKEW, DecodeError, UnverifiedCard, VerifiedCard, VerifyError};

fn display<T: Display, S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

fn display_all<T: Display, S: Serializer>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(|x| x.to_string()))
}

/// One presented entry and its verdict.
#[derive(Debug, Clone)]
pub struct Checked {
    /// Where it was found (`journey.phr#2`, `page.png#1`, `cards.txt:3`).
    pub source: String,
    /// Link of its signed bytes, when they could be decoded at all.
    pub link: Option<EntryLink>,
    /// The record id the entry claims, unverified: used only to place an invalid entry next to
    /// its record, labelled as not valid.
    pub claimed_record: Option<RecordId>,
    /// The verdict.
    pub result: Result<VerifiedCard, VerifyError>,
}

impl Checked {
    /// Verifies PHR1 text at `now` against `trust`.
    pub fn verify_text(source: impl Into<String>, text: &str, trust: &TrustList, now: i64) -> Self {
        Self::verify_parsed(source, UnverifiedCard::from_text(text), trust, now)
    }

    /// Verifies a card already parsed (from text, or from the signed bytes of a bundle entry).
    pub fn verify_parsed(
        source: impl Into<String>,
        parsed: Result<UnverifiedCard, DecodeError>,
        trust: &TrustList,
        now: i64,
    ) -> Self {
        let (link, claimed_record) = match &parsed {
            Ok(u) => (
                Some(entry_link(u.cose_bytes())),
                u.claims_unverified().ok().map(|c| c.entry.record_id),
            ),
            Err(_) => (None, None),
        };
        Self {
            source: source.into(),
            link,
            claimed_record,
            result: parsed
                .map_err(VerifyError::from)
                .and_then(|u| u.verify(trust, now)),
        }
    }

    /// An entry verified elsewhere.
    pub fn from_verified(source: impl Into<String>, card: VerifiedCard) -> Self {
        Self {
            source: source.into(),
            link: Some(card.link()),
            claimed_record: Some(card.claims().entry.record_id.clone()),
            result: Ok(card),
        }
    }
}

/// The cards of `checked` that are not valid: where each was found, and why. A front-end that
/// hands entries on (an export, a bundle) refuses when there is any.
pub fn not_valid(checked: &[Checked]) -> Vec<(String, String)> {
    checked
        .iter()
        .filter_map(|c| {
            c.result
                .as_ref()
                .err()
                .map(|e| (c.source.clone(), e.to_string()))
        })
        .collect()
}

/// Where a fact comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// Authority id (`iss`), as the trust list lists it.
    pub authority: String,
    /// The authority's display name from the trust list.
    pub authority_name: String,
    /// The authority's country (ISO 3166-1 alpha-2) from the trust list.
    pub country: String,
    /// Encounter date of the entry, `YYYY-MM-DD`.
    pub date: String,
    /// The entry's card id (`cti`).
    #[serde(serialize_with = "display")]
    pub entry: CardId,
    /// Where the entry was found.
    pub source: String,
    /// The entry is a confidential one (docs/PRIVACY.md): the person showed it by choice.
    #[serde(skip_serializing_if = "is_false")]
    pub confidential: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Provenance {
    fn of(card: &VerifiedCard, source: &str) -> Self {
        let c = card.claims();
        Self {
            authority: c.issuer.clone(),
            authority_name: card.authority().name.clone(),
            country: card.authority().country.clone(),
            date: c.entry.record.encounter.date.clone(),
            entry: c.card_id.clone(),
            source: source.to_owned(),
            confidential: c.entry.confidential,
        }
    }
}

/// A fact and the entries that recorded it, in history order. For facts where the latest
/// statement counts (a problem's status, a medication's dose), `value` is from the last of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact<T> {
    /// The fact.
    pub value: T,
    /// The entries that recorded it.
    pub from: Vec<Provenance>,
    /// Only confidential entries recorded it: the booklet does not show it, and a clinician
    /// should not repeat it where others can see.
    #[serde(skip_serializing_if = "is_false")]
    pub confidential: bool,
}

impl<T> Fact<T> {
    fn new(value: T, p: &Provenance) -> Self {
        Self {
            value,
            from: vec![p.clone()],
            confidential: p.confidential,
        }
    }
    fn confirm(&mut self, p: &Provenance) {
        if !self.from.contains(p) {
            self.from.push(p.clone());
        }
        self.confidential &= p.confidential;
    }
    /// The entry that recorded it first.
    pub fn first(&self) -> &Provenance {
        &self.from[0]
    }
    /// The entry that recorded it last.
    pub fn last(&self) -> &Provenance {
        &self.from[self.from.len() - 1]
    }
}

/// Immunization status of one vaccine.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VaccineStatus {
    /// WHO ATC vaccine code.
    pub vaccine: String,
    /// Doses, each once, oldest first (doses without a date last).
    pub doses: Vec<Fact<Dose>>,
    /// Doses still due: recorded as due and not given since.
    pub due: Vec<Fact<VaccinationDue>>,
}

/// The merged picture of one record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Merged {
    /// Alerts, each once.
    pub alerts: Vec<Fact<Alert>>,
    /// Allergies, by ATC code or substance; the latest statement of each.
    pub allergies: Vec<Fact<Allergy>>,
    /// Entries that recorded "no known allergies".
    pub no_known_allergies: Vec<Provenance>,
    /// Immunization status per vaccine, in order of first appearance.
    pub immunizations: Vec<VaccineStatus>,
    /// Entries that recorded "no vaccination records".
    pub no_vaccination_records: Vec<Provenance>,
    /// Problems by ICD-10 code, the latest statement of each (see [`Merged::active_problems`]).
    pub problems: Vec<Fact<Problem>>,
    /// Medications by ATC code, the latest statement of each.
    pub medications: Vec<Fact<Medication>>,
    /// Results, each once, oldest first.
    pub results: Vec<Fact<LabResult>>,
    /// The latest vital signs.
    pub vital_signs: Option<Fact<VitalSigns>>,
    /// The latest pregnancy status.
    pub pregnancy: Option<Fact<Pregnancy>>,
    /// The latest mental-health screening.
    pub mental_health: Option<Fact<MentalHealth>>,
    /// Referrals by service and reason, the latest statement of each.
    pub referrals: Vec<Fact<Referral>>,
}

impl Merged {
    /// Problems whose latest status is active.
    pub fn active_problems(&self) -> impl Iterator<Item = &Fact<Problem>> {
        self.problems
            .iter()
            .filter(|p| p.value.status == ProblemStatus::Active)
    }
}

/// One valid entry of a record.
#[derive(Debug, Clone)]
pub struct HistoryEntry {
    /// Where it was found.
    pub source: String,
    /// The verified card.
    pub card: VerifiedCard,
    /// Its provenance, as its facts carry it.
    pub provenance: Provenance,
}

/// One record (one person): its valid entries in order, their merged facts, and the findings
/// about them.
#[derive(Debug, Clone)]
pub struct RecordHistory {
    /// The record id.
    pub record_id: RecordId,
    /// Valid entries, each after the entry it follows, otherwise by encounter date, issue time
    /// and part ([`order_by_links`]).
    pub entries: Vec<HistoryEntry>,
    /// Presented entries that claim this record id but are not valid (never used for facts).
    pub invalid: Vec<InvalidEntry>,
    /// The merged facts.
    pub merged: Merged,
    /// Identity core of the earliest entry.
    pub patient: Patient,
}

impl RecordHistory {
    /// The entry a new follow-up should follow: the latest one (the first part, when the latest
    /// issue was split). Confidential entries are passed over: the core entries link only to
    /// core entries, so that the booklet never points at an entry it does not hold. Only when
    /// every entry presented is confidential is the latest of them returned.
    pub fn latest(&self) -> &HistoryEntry {
        let last = self
            .entries
            .iter()
            .rev()
            .find(|e| !e.card.claims().entry.confidential)
            .unwrap_or(&self.entries[self.entries.len() - 1]);
        let same_issue = |e: &&HistoryEntry| {
            let (a, b) = (e.card.claims(), last.card.claims());
            a.issuer == b.issuer
                && a.issued_at == b.issued_at
                && a.entry.confidential == b.entry.confidential
        };
        self.entries.iter().find(same_issue).unwrap_or(last)
    }
}

/// An entry that did not verify.
#[derive(Debug, Clone)]
pub struct InvalidEntry {
    /// Where it was found.
    pub source: String,
    /// Why it is not valid.
    pub error: VerifyError,
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// For information.
    Note,
    /// The history is incomplete or inconsistent; read with care.
    Warning,
    /// The entries cannot all be about the same person as they claim; do not rely on the
    /// merged history until it is resolved (`ephr verify` exits with status 1).
    Problem,
}

/// Something about the presented entries as a set.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Finding {
    /// Valid entries of more than one record were presented together.
    SeveralRecords {
        /// The record ids.
        #[serde(serialize_with = "display_all")]
        records: Vec<RecordId>,
    },
    /// Entries of one record disagree on the person's identity.
    IdentityMismatch {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// The entry that disagrees with the earliest one.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// The identity fields that differ.
        fields: Vec<String>,
    },
    /// A follow-up links to an entry of another record.
    LinkToOtherRecord {
        /// The follow-up's record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// The follow-up.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// The record of the entry it follows.
        #[serde(serialize_with = "display")]
        other: RecordId,
    },
    /// A follow-up whose predecessor was not presented, or is not valid.
    Gap {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// The follow-up.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// The link to the missing entry.
        #[serde(serialize_with = "display")]
        follows: EntryLink,
        /// Where the predecessor was presented, when it was presented but is not valid.
        invalid_source: Option<String>,
    },
    /// A split record with parts missing.
    MissingPart {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// A part that was presented.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// Missing part numbers.
        missing: Vec<u8>,
        /// How many parts the record was split into.
        count: u8,
    },
    /// The same entry presented more than once (counted once).
    Duplicate {
        /// The entry.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// Where it was found, every time.
        sources: Vec<String>,
    },
    /// A follow-up signed before the entry it follows. It links to that entry by a hash of its
    /// signed bytes, so it was made after it: one of the two signed times is false (a wrong
    /// clock, or an entry made to look older, e.g. to pass a key revocation dated by `iat`).
    SignedBeforeFollowed {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// The follow-up.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// When the follow-up says it was signed.
        signed: String,
        /// The entry it follows.
        #[serde(serialize_with = "display")]
        followed: CardId,
        /// When that entry says it was signed.
        followed_signed: String,
        /// How many seconds earlier the follow-up's signing time is.
        earlier_by_seconds: i64,
    },
    /// A follow-up whose encounter date is before that of the entry it follows.
    EncounterBeforeFollowed {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// The follow-up.
        #[serde(serialize_with = "display")]
        entry: CardId,
        /// Its encounter date.
        date: String,
        /// The entry it follows.
        #[serde(serialize_with = "display")]
        followed: CardId,
        /// That entry's encounter date.
        followed_date: String,
    },
    /// Two entries record the same fact differently.
    Conflict {
        /// The record.
        #[serde(serialize_with = "display")]
        record: RecordId,
        /// What disagrees, in words.
        what: String,
        /// One entry.
        first: Box<Provenance>,
        /// The other.
        second: Box<Provenance>,
    },
}

impl Finding {
    /// How much it matters.
    pub fn severity(&self) -> Severity {
        match self {
            Self::SeveralRecords { .. } | Self::Duplicate { .. } => Severity::Note,
            Self::Gap { .. }
            | Self::MissingPart { .. }
            | Self::Conflict { .. }
            | Self::EncounterBeforeFollowed { .. } => Severity::Warning,
            Self::IdentityMismatch { .. } | Self::LinkToOtherRecord { .. } => Severity::Problem,
            // Within the clock skew a verifier already allows, two devices' clocks may simply
            // differ. Beyond it a signed time is false, and `iat` is what key windows and
            // revocations are judged by, so the follow-up's own verification cannot be relied on.
            Self::SignedBeforeFollowed {
                earlier_by_seconds, ..
            } if *earlier_by_seconds <= CLOCK_SKEW => Severity::Note,
            Self::SignedBeforeFollowed { .. } => Severity::Problem,
        }
    }

    /// A stable short code for scripts and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Self::SeveralRecords { .. } => "several-records",
            Self::IdentityMismatch { .. } => "identity-mismatch",
            Self::LinkToOtherRecord { .. } => "link-to-other-record",
            Self::Gap { .. } => "gap",
            Self::MissingPart { .. } => "missing-part",
            Self::Duplicate { .. } => "duplicate",
            Self::Conflict { .. } => "conflict",
            Self::SignedBeforeFollowed { .. } => "signed-before-followed",
            Self::EncounterBeforeFollowed { .. } => "encounter-before-followed",
        }
    }
}

impl Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SeveralRecords { records } => write!(
                f,
                "entries of {} different records were presented; each is shown on its own. \
                 Check that they belong to the person in front of you",
                records.len()
            ),
            Self::IdentityMismatch {
                record,
                entry,
                fields,
            } => write!(
                f,
                "entry {entry} of record {record} names a different person ({} differ from the \
                 earliest entry); do not merge these records until the identity is checked",
                fields.join(", ")
            ),
            Self::LinkToOtherRecord {
                record,
                entry,
                other,
            } => write!(
                f,
                "entry {entry} of record {record} says it follows an entry of record {other}; \
                 the entries are of different records and must not be merged"
            ),
            Self::Gap {
                entry,
                follows,
                invalid_source: None,
                ..
            } => write!(
                f,
                "entry {entry} follows entry {follows}, which was not presented: the history has \
                 a gap. Ask the person for the earlier card or booklet page"
            ),
            Self::Gap {
                entry,
                follows,
                invalid_source: Some(src),
                ..
            } => write!(
                f,
                "entry {entry} follows entry {follows} ({src}), which is not valid: its facts are \
                 not shown"
            ),
            Self::MissingPart {
                entry,
                missing,
                count,
                ..
            } => write!(
                f,
                "the record issued with entry {entry} was split into {count} cards; part(s) {} \
                 were not presented, so this visit is incomplete",
                missing
                    .iter()
                    .map(u8::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Self::Duplicate { entry, sources } => write!(
                f,
                "entry {entry} was presented {} times ({}); it is counted once",
                sources.len(),
                sources.join(", ")
            ),
            Self::SignedBeforeFollowed {
                entry,
                signed,
                followed,
                followed_signed,
                earlier_by_seconds,
                ..
            } if *earlier_by_seconds <= CLOCK_SKEW => write!(
                f,
                "entry {entry} (signed {signed}) follows entry {followed}, signed {earlier_by_seconds} \
                 s later ({followed_signed}): the two issuing devices' clocks differ slightly. It \
                 is shown after the entry it follows"
            ),
            Self::SignedBeforeFollowed {
                entry,
                signed,
                followed,
                followed_signed,
                ..
            } => write!(
                f,
                "entry {entry} says it was signed {signed}, before entry {followed} \
                 ({followed_signed}), which it follows and so was made after: one of the two \
                 signing times is false. It is shown after the entry it follows, so its \
                 statements count as the newer; do not rely on it until the issuing clinic \
                 confirms when it was made"
            ),
            Self::EncounterBeforeFollowed {
                entry,
                date,
                followed,
                followed_date,
                ..
            } => write!(
                f,
                "entry {entry} (visit of {date}) follows entry {followed} (visit of \
                 {followed_date}) but is dated earlier: a follow-up records a later visit. It is \
                 shown after the entry it follows, so where they differ its statements count as \
                 the newer; check the dates with the person"
            ),
            Self::Conflict {
                what,
                first,
                second,
                ..
            } => write!(
                f,
                "{what}: entry {} ({}, {}) and entry {} ({}, {}) disagree; check with the person",
                first.entry,
                first.authority,
                first.date,
                second.entry,
                second.authority,
                second.date
            ),
        }
    }
}

/// Every presented entry, grouped by record, merged, with findings.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// One history per record id, ordered by the date of its earliest entry.
    pub records: Vec<RecordHistory>,
    /// Invalid entries whose record could not be told (their record id is not among the valid
    /// entries' ids, or unreadable).
    pub unplaced: Vec<InvalidEntry>,
    /// Findings, most serious first.
    pub findings: Vec<Finding>,
}

impl History {
    /// Groups, orders and merges the presented entries (see the module docs).
    pub fn build(presented: Vec<Checked>) -> Self {
        let mut h = History::default();
        let mut seen: HashMap<EntryLink, usize> = HashMap::new();
        let mut duplicates: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        let mut valid: Vec<(String, VerifiedCard)> = Vec::new();
        let mut invalid: Vec<(Checked, VerifyError)> = Vec::new();
        for c in presented {
            match c.result {
                Ok(card) => {
                    let link = card.link();
                    if let Some(&i) = seen.get(&link) {
                        duplicates
                            .entry(i)
                            .or_insert_with(|| vec![valid[i].0.clone()])
                            .push(c.source);
                        continue;
                    }
                    seen.insert(link, valid.len());
                    valid.push((c.source, card));
                }
                Err(ref e) => {
                    let e = e.clone();
                    invalid.push((c, e));
                }
            }
        }
        for (i, sources) in duplicates {
            h.findings.push(Finding::Duplicate {
                entry: valid[i].1.claims().card_id.clone(),
                sources,
            });
        }
        let invalid_links: HashMap<EntryLink, String> = invalid
            .iter()
            .filter_map(|(c, _)| c.link.map(|l| (l, c.source.clone())))
            .collect();
        let record_of: HashMap<EntryLink, RecordId> = valid
            .iter()
            .map(|(_, v)| (v.link(), v.claims().entry.record_id.clone()))
            .collect();

        let mut groups: BTreeMap<RecordId, Vec<HistoryEntry>> = BTreeMap::new();
        for (source, card) in valid {
            let provenance = Provenance::of(&card, &source);
            groups
                .entry(card.claims().entry.record_id.clone())
                .or_default()
                .push(HistoryEntry {
                    source,
                    card,
                    provenance,
                });
        }
        for (record_id, mut entries) in groups {
            order_by_links(&mut entries, |e| e.card.claims(), |e| e.card.link());
            let mut r = RecordHistory {
                patient: entries[0].card.claims().entry.record.patient.clone(),
                record_id,
                entries,
                invalid: Vec::new(),
                merged: Merged::default(),
            };
            check_identity(&r, &mut h.findings);
            check_links(&r, &record_of, &invalid_links, &mut h.findings);
            check_parts(&r, &mut h.findings);
            r.merged = merge(&r, &mut h.findings);
            h.records.push(r);
        }
        h.records.sort_by_key(|r| order_key(&r.entries[0]));
        for (c, error) in invalid {
            let entry = InvalidEntry {
                source: c.source,
                error,
            };
            match h
                .records
                .iter_mut()
                .find(|r| Some(&r.record_id) == c.claimed_record.as_ref())
            {
                Some(r) => r.invalid.push(entry),
                None => h.unplaced.push(entry),
            }
        }
        if h.records.len() > 1 {
            h.findings.push(Finding::SeveralRecords {
                records: h.records.iter().map(|r| r.record_id.clone()).collect(),
            });
        }
        h.findings.sort_by_key(|f| std::cmp::Reverse(f.severity()));
        h
    }

    /// The most serious finding's severity, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(Finding::severity).max()
    }
}

fn order_key(e: &HistoryEntry) -> (i64, i64, u8, CardId) {
    entry_order(e.card.claims())
}

/// The clock order of a person's entries: encounter date, then issue time, then part, then card
/// id (so the order never depends on how the entries were presented). [`order_by_links`] puts
/// links first.
pub fn entry_order(c: &Claims) -> (i64, i64, u8, CardId) {
    let day = parse_full_date(&c.entry.record.encounter.date)
        .map(crate::date::to_epoch_days)
        .unwrap_or(i64::MAX);
    (
        day,
        c.issued_at,
        c.entry.part.map_or(0, |p| p.index),
        c.card_id.clone(),
    )
}

/// Orders a person's entries as `ephr verify` shows and merges them: every follow-up after the
/// entry it follows (when that entry is among `items`), and otherwise in [`entry_order`].
///
/// Clocks alone are not enough: a follow-up dated or signed before the entry it follows would
/// come first, and the older statement would win the merge. The link is a hash of the followed
/// entry's signed bytes, so it cannot be wrong about which came first.
pub fn order_by_links<T>(
    items: &mut Vec<T>,
    claims: impl Fn(&T) -> &Claims,
    link: impl Fn(&T) -> EntryLink,
) {
    items.sort_by_cached_key(|x| entry_order(claims(x)));
    let index: HashMap<EntryLink, usize> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (link(x), i))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    // Among the entries whose predecessor is placed, the earliest by clock goes next.
    let mut ready = BinaryHeap::new();
    for (i, x) in items.iter().enumerate() {
        match claims(x).entry.follows.and_then(|f| index.get(&f)) {
            Some(&p) if p != i => children[p].push(i),
            _ => ready.push(Reverse(i)),
        }
    }
    let mut order = Vec::with_capacity(items.len());
    let mut placed = vec![false; items.len()];
    while let Some(Reverse(i)) = ready.pop() {
        order.push(i);
        placed[i] = true;
        ready.extend(children[i].iter().map(|&c| Reverse(c)));
    }
    // A cycle of links needs a SHA-256 collision; were there one, its entries keep their clock
    // order rather than vanish.
    order.extend((0..items.len()).filter(|&i| !placed[i]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

fn check_identity(r: &RecordHistory, findings: &mut Vec<Finding>) {
    let p0 = &r.patient;
    for e in &r.entries[1..] {
        let p = &e.card.claims().entry.record.patient;
        let mut fields = Vec::new();
        if p.name != p0.name {
            fields.push("name".to_owned());
        }
        if p.name_latin != p0.name_latin {
            fields.push("name_latin".to_owned());
        }
        if p.birth_date != p0.birth_date {
            fields.push("birth_date".to_owned());
        }
        if p.sex != p0.sex {
            fields.push("sex".to_owned());
        }
        if p.nationality != p0.nationality {
            fields.push("nationality".to_owned());
        }
        if !fields.is_empty() {
            findings.push(Finding::IdentityMismatch {
                record: r.record_id.clone(),
                entry: e.card.claims().card_id.clone(),
                fields,
            });
        }
    }
}

fn check_links(
    r: &RecordHistory,
    record_of: &HashMap<EntryLink, RecordId>,
    invalid_links: &HashMap<EntryLink, String>,
    findings: &mut Vec<Finding>,
) {
    let here: HashMap<EntryLink, &Claims> = r
        .entries
        .iter()
        .map(|e| (e.card.link(), e.card.claims()))
        .collect();
    for e in &r.entries {
        let c = e.card.claims();
        let Some(follows) = c.entry.follows else {
            continue;
        };
        let entry = c.card_id.clone();
        match record_of.get(&follows) {
            Some(other) if *other == r.record_id => {
                if let Some(p) = here.get(&follows) {
                    check_times(&r.record_id, c, p, findings);
                }
            }
            Some(other) => findings.push(Finding::LinkToOtherRecord {
                record: r.record_id.clone(),
                entry,
                other: other.clone(),
            }),
            None => findings.push(Finding::Gap {
                record: r.record_id.clone(),
                entry,
                follows,
                invalid_source: invalid_links.get(&follows).cloned(),
            }),
        }
    }
}

/// A follow-up `c` is made after the entry `p` it follows: its signing time and its encounter
/// date cannot be earlier.
fn check_times(record: &RecordId, c: &Claims, p: &Claims, findings: &mut Vec<Finding>) {
    if c.issued_at < p.issued_at {
        findings.push(Finding::SignedBeforeFollowed {
            record: record.clone(),
            entry: c.card_id.clone(),
            signed: format_instant(c.issued_at),
            followed: p.card_id.clone(),
            followed_signed: format_instant(p.issued_at),
            earlier_by_seconds: p.issued_at.saturating_sub(c.issued_at),
        });
    }
    let (date, followed_date) = (
        &c.entry.record.encounter.date,
        &p.entry.record.encounter.date,
    );
    if let (Some(d), Some(pd)) = (parse_full_date(date), parse_full_date(followed_date))
        && d < pd
    {
        findings.push(Finding::EncounterBeforeFollowed {
            record: record.clone(),
            entry: c.card_id.clone(),
            date: date.clone(),
            followed: p.card_id.clone(),
            followed_date: followed_date.clone(),
        });
    }
}

fn check_parts(r: &RecordHistory, findings: &mut Vec<Finding>) {
    let mut issues: BTreeMap<(String, i64, u8), (CardId, Vec<u8>)> = BTreeMap::new();
    for e in &r.entries {
        let c = e.card.claims();
        if let Some(p) = c.entry.part {
            issues
                .entry((c.issuer.clone(), c.issued_at, p.count))
                .or_insert_with(|| (c.card_id.clone(), Vec::new()))
                .1
                .push(p.index);
        }
    }
    for ((_, _, count), (entry, seen)) in issues {
        let missing: Vec<u8> = (1..=count).filter(|i| !seen.contains(i)).collect();
        if !missing.is_empty() {
            findings.push(Finding::MissingPart {
                record: r.record_id.clone(),
                entry,
                missing,
                count,
            });
        }
    }
}

/// Two partial dates agree when one is a prefix of the other (`2019` and `2019-05-02`).
fn dates_agree(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        _ => true,
    }
}

fn merge(r: &RecordHistory, findings: &mut Vec<Finding>) -> Merged {
    let mut m = Merged::default();
    let mut conflict = |what: String, first: &Provenance, second: &Provenance| {
        findings.push(Finding::Conflict {
            record: r.record_id.clone(),
            what,
            first: Box::new(first.clone()),
            second: Box::new(second.clone()),
        });
    };
    for e in &r.entries {
        let rec = &e.card.claims().entry.record;
        let p = &e.provenance;
        for a in &rec.alerts {
            match m.alerts.iter_mut().find(|f| f.value == *a) {
                Some(f) => f.confirm(p),
                None => m.alerts.push(Fact::new(a.clone(), p)),
            }
        }
        match &rec.allergies {
            Listed::NotRecorded => {}
            Listed::NoneKnown => {
                if let Some(f) = m.allergies.first() {
                    conflict(
                        format!(
                            "one entry records no known allergies, another an allergy to {}",
                            f.value.substance
                        ),
                        f.last(),
                        p,
                    );
                }
                m.no_known_allergies.push(p.clone());
            }
            Listed::Items(items) => {
                if let Some(none) = m.no_known_allergies.first() {
                    conflict(
                        format!(
                            "one entry records no known allergies, another an allergy to {}",
                            items[0].substance
                        ),
                        none,
                        p,
                    );
                }
                for a in items {
                    let key =
                        |x: &Allergy| x.atc.clone().unwrap_or_else(|| x.substance.to_lowercase());
                    latest(&mut m.allergies, a, p, |f| key(f) == key(a));
                }
            }
        }
        if let Some(imm) = &rec.immunizations {
            if imm.no_records {
                m.no_vaccination_records.push(p.clone());
            }
            for d in &imm.doses {
                let status = vaccine(&mut m.immunizations, &d.vaccine);
                let same = status.doses.iter_mut().find(|f| {
                    f.value.dose_number == d.dose_number && dates_agree(&f.value.date, &d.date)
                });
                if let Some(f) = same {
                    f.confirm(p);
                    continue;
                }
                if let Some(f) = status.doses.iter().find(|f| {
                    d.dose_number.is_some()
                        && f.value.dose_number == d.dose_number
                        && !dates_agree(&f.value.date, &d.date)
                }) {
                    conflict(
                        format!(
                            "{} dose {} is recorded as given on {} and on {}",
                            d.vaccine,
                            d.dose_number.unwrap_or(0),
                            f.value.date.as_deref().unwrap_or("?"),
                            d.date.as_deref().unwrap_or("?")
                        ),
                        f.first(),
                        p,
                    );
                }
                status.doses.push(Fact::new(d.clone(), p));
            }
        }
        for d in &rec.vaccinations_due {
            let status = vaccine(&mut m.immunizations, &d.vaccine);
            match status.due.iter_mut().find(|f| f.value == *d) {
                Some(f) => f.confirm(p),
                None => status.due.push(Fact::new(d.clone(), p)),
            }
        }
        for pr in rec.problems.items() {
            latest(&mut m.problems, pr, p, |f| f.icd10 == pr.icd10);
        }
        for md in rec.medications.items() {
            latest(&mut m.medications, md, p, |f| f.atc == md.atc);
        }
        for res in &rec.results {
            if let Some(f) = m.results.iter_mut().find(|f| f.value == *res) {
                f.confirm(p);
                continue;
            }
            if let Some(f) = m.results.iter().find(|f| {
                f.value.loinc == res.loinc
                    && f.value.date == res.date
                    && (f.value.result != res.result || f.value.value != res.value)
            }) {
                conflict(
                    format!(
                        "test {} on {} has two different results",
                        res.loinc,
                        res.date.as_deref().unwrap_or("?")
                    ),
                    f.first(),
                    p,
                );
            }
            m.results.push(Fact::new(res.clone(), p));
        }
        for rf in &rec.referrals {
            latest(&mut m.referrals, rf, p, |f| {
                f.to == rf.to && f.reason_icd10 == rf.reason_icd10
            });
        }
        replace(&mut m.vital_signs, &rec.vital_signs, p);
        replace(&mut m.pregnancy, &rec.pregnancy, p);
        replace(&mut m.mental_health, &rec.mental_health, p);
    }
    for v in &mut m.immunizations {
        v.doses
            .sort_by(|a, b| match (&a.value.date, &b.value.date) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
        let doses = v.doses.clone();
        v.due.retain(|due| !given_since(&doses, due));
    }
    m.results.sort_by(|a, b| a.value.date.cmp(&b.value.date));
    m
}

/// A due dose is no longer due once a dose of that number or later is recorded, or (for a due
/// dose without a number) once any dose is given after the entry that made it due.
fn given_since(doses: &[Fact<Dose>], due: &Fact<VaccinationDue>) -> bool {
    doses.iter().any(|d| match due.value.dose_number {
        Some(n) => d.value.dose_number.is_some_and(|m| m >= n),
        None => d
            .value
            .date
            .as_deref()
            .is_some_and(|date| date > due.first().date.as_str()),
    })
}

fn vaccine<'a>(list: &'a mut Vec<VaccineStatus>, code: &str) -> &'a mut VaccineStatus {
    let i = match list.iter().position(|v| v.vaccine == code) {
        Some(i) => i,
        None => {
            list.push(VaccineStatus {
                vaccine: code.to_owned(),
                doses: Vec::new(),
                due: Vec::new(),
            });
            list.len() - 1
        }
    };
    &mut list[i]
}

/// The latest statement about the same thing replaces the earlier one and keeps its provenance.
fn latest<T: Clone>(list: &mut Vec<Fact<T>>, x: &T, p: &Provenance, same: impl Fn(&T) -> bool) {
    match list.iter_mut().find(|f| same(&f.value)) {
        Some(f) => {
            f.value = x.clone();
            f.confirm(p);
        }
        None => list.push(Fact::new(x.clone(), p)),
    }
}

fn replace<T: Clone>(slot: &mut Option<Fact<T>>, x: &Option<T>, p: &Provenance) {
    if let Some(x) = x {
        *slot = Some(Fact::new(x.clone(), p));
    }
}
