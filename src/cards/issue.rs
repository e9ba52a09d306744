//! Issuing a card: record → claims → COSE_Sign1 → PHR1 text.
//!
//! Two ways of issuing go beyond one card for one record:
//! - a **follow-up entry** ([`follow_up_record`], [`follow_up_options`]) is issued by the next
//!   clinic: the same record id, a link to the entry it follows, the identity core copied from
//!   that entry so the new QR code can be attributed on its own, and only the new facts;
//! - a record too large for one QR code is **split** ([`Issuer::issue_split`]) into several
//!   entries, each complete and signed, never byte chunks that are useless alone (chunked SMART
//!   Health Cards were refused by verifier apps);
//! - a record with **confidential items** ([`Issuer::issue_marked`]) is issued as a core entry,
//!   which every clinic may see and which says nothing about the rest, and, when the person
//!   agreed, a confidential entry of the same record that follows it (docs/FORMAT.md §4.4,
//!   docs/PRIVACY.md).

use crate::card::{CardId, Claims, Entry, EntryLink, Part, RecordId, is_valid_authority_id};
use crate::cbor;
use crate::cose::Sign1;
use crate::envelope;
use crate::keys::SecretKey;
use crate::record::{
    FieldError, Immunizations, Item, Listed, MarkedRecord, Record, RecordJsonError,
    ValidationErrors,
};
use crate::verify::VerifiedCard;

/// Most entries one record may be split into. Kept below 24 so that `[index, count]` has the
/// same encoded size whatever the count, which the splitter relies on.
pub const MAX_PARTS: u8 = 20;

/// The example follow-up entry `ephr template --followup` prints: the new facts of a
/// vaccination visit, without `patient` (copied from the entry it follows).
pub const FOLLOWUP_TEMPLATE: &str = include_str!("../../fixtures/journey/2-rs-followup.json");

/// Why a card could not be issued.
#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    /// The record is invalid.
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// The authority id is malformed.
    #[error(
        "\"{0}\" is not a valid authority id: use 2-32 letters, digits, '-', '.' or '_', e.g. GR-EODY-LESVOS"
    )]
    AuthorityId(String),
    /// The encounter is dated after the card's issue time.
    #[error(
        "the encounter is dated {encounter}, after the card's issue date {issued}; a card records what has happened"
    )]
    EncounterAfterIssue {
        /// Encounter date.
        encounter: String,
        /// Issue date.
        issued: String,
    },
    /// The expiry is not after the issue time.
    #[error("the expiry date must be after the issue date")]
    ExpiryBeforeIssue,
    /// The system random number generator failed.
    #[error("the system random number generator failed: {0}")]
    Random(String),
    /// The signed card is too large for one QR code.
    #[error("the signed card is {0} characters, more than one QR code holds ({max}); shorten the notes or split the record", max = envelope::MAX_TEXT_LEN)]
    TooLarge(usize),
    /// Even one item of the record, with the identity and encounter, does not fit one code.
    #[error(
        "{0} does not fit one QR code even on a card of its own; shorten its text or choose a lower error-correction level"
    )]
    ItemTooLarge(String),
    /// Splitting would need more than [`MAX_PARTS`] cards.
    #[error(
        "the record would need more than {MAX_PARTS} cards; shorten the notes or issue some facts as a follow-up entry"
    )]
    TooManyParts,
    /// The confidential items do not fit one QR code. The confidential card is never split: its
    /// parts would be as many more cards to keep apart.
    #[error(
        "the confidential items are {0} characters on one card, more than one QR code holds; shorten their notes, or issue some of them in a confidential follow-up"
    )]
    ConfidentialTooLarge(usize),
}

/// A record issued as cards: what every clinic may see, and what only the clinician the person
/// chooses may see.
#[derive(Debug, Clone)]
pub struct IssuedRecord {
    /// The core entry, split into parts when it does not fit one code. Empty only for a
    /// follow-up whose every new fact is confidential: a core entry with nothing in it would
    /// tell that something was kept apart.
    pub core: Vec<IssuedCard>,
    /// The confidential entry, when the person agreed and there is something confidential.
    pub confidential: Option<IssuedCard>,
    /// Confidential items issued on no card, because the person did not agree to a
    /// confidential card.
    pub withheld: Vec<Item>,
}

/// Everything about a card that is not the record itself. `Default` gives a fresh card: random
/// card and record ids, no expiry, not a follow-up.
#[derive(Debug, Clone, Default)]
pub struct IssueOptions {
    /// Issue time, POSIX seconds.
    pub issued_at: i64,
    /// Expiry, POSIX seconds. Health history does not expire, so the default is none.
    pub expires: Option<i64>,
    /// Card id; random when `None`.
    pub card_id: Option<CardId>,
    /// Record id of the person; random (a new record) when `None`.
    pub record_id: Option<RecordId>,
    /// The entry this one follows.
    pub follows: Option<EntryLink>,
    /// Position in a split record.
    pub part: Option<Part>,
}

/// A signed card in all its forms. Only an [`Issuer`] makes one, so its text, bytes and claims
/// always belong together (a hand-built one could print claims its QR code does not hold).
#[derive(Debug, Clone)]
pub struct IssuedCard {
    text: String,
    cose: Vec<u8>,
    claims: Claims,
}

impl IssuedCard {
    /// `PHR1:…` text, what the QR code holds.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The tagged COSE_Sign1 bytes.
    pub fn cose(&self) -> &[u8] {
        &self.cose
    }

    /// The claims that were signed.
    pub fn claims(&self) -> &Claims {
        &self.claims
    }

    /// The text, taking the card apart.
    pub fn into_text(self) -> String {
        self.text
    }
}

/// An issuing authority's signing key with the id it signs as.
#[derive(Debug)]
pub struct Issuer {
    key: SecretKey,
    authority: String,
}

impl Issuer {
    /// `authority` must be the id under which the key is listed in the trust list.
    pub fn new(key: SecretKey, authority: &str) -> Result<Self, IssueError> {
        if !is_valid_authority_id(authority) {
            return Err(IssueError::AuthorityId(authority.into()));
        }
        Ok(Self {
            key,
            authority: authority.into(),
        })
    }

    /// The signing key.
    pub fn key(&self) -> &SecretKey {
        &self.key
    }

    /// Validates, signs and encodes one card. The stored record has its implied dates filled in
    /// (see [`Record::fill_implied_dates`]).
    pub fn issue(&self, record: &Record, opts: &IssueOptions) -> Result<IssuedCard, IssueError> {
        let card = self.sign(self.prepare(record, opts, false)?)?;
        if card.text.len() > envelope::MAX_TEXT_LEN {
            return Err(IssueError::TooLarge(card.text.len()));
        }
        Ok(card)
    }

    /// Validates the record and options and makes the claims to sign.
    fn prepare(
        &self,
        record: &Record,
        opts: &IssueOptions,
        confidential: bool,
    ) -> Result<Claims, IssueError> {
        let mut record = record.clone();
        record.fill_implied_dates();
        record.validate()?;
        if record.encounter_after(opts.issued_at) {
            return Err(IssueError::EncounterAfterIssue {
                encounter: record.encounter.date.clone(),
                issued: crate::date::format_instant(opts.issued_at),
            });
        }
        if opts.expires.is_some_and(|e| e <= opts.issued_at) {
            return Err(IssueError::ExpiryBeforeIssue);
        }
        let random = |e: getrandom::Error| IssueError::Random(e.to_string());
        let card_id = match &opts.card_id {
            Some(c) => c.clone(),
            None => CardId::random().map_err(random)?,
        };
        let record_id = match &opts.record_id {
            Some(r) => r.clone(),
            None => RecordId::random().map_err(random)?,
        };
        Ok(Claims {
            issuer: self.authority.clone(),
            issued_at: opts.issued_at,
            expires: opts.expires,
            card_id,
            entry: Entry {
                record_id,
                follows: opts.follows,
                part: opts.part,
                confidential,
                record,
            },
        })
    }

    fn sign(&self, claims: Claims) -> Result<IssuedCard, IssueError> {
        let payload = cbor::claims_to_vec(&claims)?;
        let cose = Sign1::sign(&self.key, None, &payload);
        let text = envelope::encode(&cose);
        Ok(IssuedCard { text, cose, claims })
    }

    /// Issues `record` as one card when its text `fits` (e.g. a QR code of the chosen version
    /// and error-correction level), and otherwise as several entries: every part carries the
    /// identity and the encounter, the same record id and `part` = `[i, n]`, and the sections
    /// are packed in clinical order, core first (alerts, allergies, immunizations, problems,
    /// then medications, results, vital signs, pregnancy, mental health, referrals, vaccinations
    /// due), a list splitting between items only. `opts.part` must be `None`.
    ///
    /// With a fixed `opts.card_id` (tests, vectors), part `i` gets that id with its last byte
    /// increased by `i - 1`.
    pub fn issue_split(
        &self,
        record: &Record,
        opts: &IssueOptions,
        fits: &dyn Fn(&str) -> bool,
    ) -> Result<Vec<IssuedCard>, IssueError> {
        let fits = |t: &str| t.len() <= envelope::MAX_TEXT_LEN && fits(t);
        let whole = self.sign(self.prepare(record, opts, false)?)?;
        if fits(&whole.text) {
            return Ok(vec![whole]);
        }
        let record = &whole.claims.entry.record;
        let record_id = whole.claims.entry.record_id.clone();
        let random = |e: getrandom::Error| IssueError::Random(e.to_string());
        let mut ids = Vec::new();
        for i in 0..MAX_PARTS {
            ids.push(match &opts.card_id {
                Some(CardId(b)) => {
                    let mut b = b.clone();
                    if let Some(last) = b.last_mut() {
                        *last = last.wrapping_add(i);
                    }
                    CardId(b)
                }
                None => CardId::random().map_err(random)?,
            });
        }
        let claims = |r: Record, index: usize, count: usize| Claims {
            issuer: self.authority.clone(),
            issued_at: opts.issued_at,
            expires: opts.expires,
            card_id: ids[index].clone(),
            entry: Entry {
                record_id: record_id.clone(),
                follows: opts.follows,
                part: Some(Part {
                    index: index as u8 + 1,
                    count: count as u8,
                }),
                confidential: false,
                record: r,
            },
        };
        // Compression makes the final size differ by a character or two from the trial with a
        // placeholder count, so a split that misses is packed again with a margin.
        for margin in [0, 8, 32] {
            let fits_with_margin = |t: &str| fits(&format!("{t}{}", "0".repeat(margin)));
            let parts = self.pack(record, &|r, i| {
                let c = self.sign(claims(r, i, usize::from(MAX_PARTS) - 1))?;
                Ok(fits_with_margin(&c.text))
            })?;
            let n = parts.len();
            let cards = parts
                .into_iter()
                .enumerate()
                .map(|(i, r)| self.sign(claims(r, i, n)))
                .collect::<Result<Vec<_>, _>>()?;
            if cards.iter().all(|c| fits(&c.text)) {
                return Ok(cards);
            }
        }
        Err(IssueError::TooManyParts)
    }

    /// Issues a record with its confidentiality marks ([`MarkedRecord::split`]): the core entry,
    /// split into parts as [`Issuer::issue_split`] does when it does not fit; and, when the
    /// person agreed to a confidential card and there is a confidential item, one confidential
    /// entry of the same record that holds the identity, the encounter and those items, and
    /// follows the core entry (its first part). The core entry carries nothing about the
    /// confidential one: the link goes from the confidential entry to the core, never back.
    ///
    /// A follow-up (`opts.follows`) whose every new fact is confidential has no core entry: its
    /// confidential entry follows the entry the follow-up follows.
    ///
    /// With a fixed `opts.card_id`, the confidential card gets that id with its last byte
    /// increased by [`MAX_PARTS`], after every possible part's id.
    pub fn issue_marked(
        &self,
        marked: &MarkedRecord,
        opts: &IssueOptions,
        fits: &dyn Fn(&str) -> bool,
    ) -> Result<IssuedRecord, IssueError> {
        marked.validate()?;
        let split = marked.split();
        let random = |e: getrandom::Error| IssueError::Random(e.to_string());
        let record_id = match &opts.record_id {
            Some(r) => r.clone(),
            None => RecordId::random().map_err(random)?,
        };
        let opts = IssueOptions {
            record_id: Some(record_id),
            ..opts.clone()
        };
        let Some(conf) = split.confidential else {
            return Ok(IssuedRecord {
                core: self.issue_split(&split.core, &opts, fits)?,
                confidential: None,
                withheld: split.withheld,
            });
        };
        let bare = Record::new(split.core.patient.clone(), split.core.encounter.clone());
        let core = if opts.follows.is_some() && split.core == bare {
            Vec::new()
        } else {
            self.issue_split(&split.core, &opts, fits)?
        };
        let card_id = match &opts.card_id {
            Some(CardId(b)) => {
                let mut b = b.clone();
                if let Some(last) = b.last_mut() {
                    *last = last.wrapping_add(MAX_PARTS);
                }
                CardId(b)
            }
            None => CardId::random().map_err(random)?,
        };
        let conf_opts = IssueOptions {
            card_id: Some(card_id),
            follows: match core.first() {
                Some(c) => Some(crate::card::entry_link(&c.cose)),
                None => opts.follows,
            },
            part: None,
            ..opts.clone()
        };
        let card = self.sign(self.prepare(&conf, &conf_opts, true)?)?;
        if !(card.text.len() <= envelope::MAX_TEXT_LEN && fits(&card.text)) {
            return Err(IssueError::ConfidentialTooLarge(card.text.chars().count()));
        }
        Ok(IssuedRecord {
            core,
            confidential: Some(card),
            withheld: Vec::new(),
        })
    }

    /// Greedy packing of the record's items into parts that `fits(part, index)`.
    fn pack(
        &self,
        record: &Record,
        fits: &dyn Fn(Record, usize) -> Result<bool, IssueError>,
    ) -> Result<Vec<Record>, IssueError> {
        let base = Record::new(record.patient.clone(), record.encounter.clone());
        let mut parts = Vec::new();
        let mut current = base.clone();
        let mut empty = true;
        for (what, add) in units(record) {
            let mut trial = current.clone();
            add(&mut trial);
            if fits(trial.clone(), parts.len())? {
                (current, empty) = (trial, false);
                continue;
            }
            if empty {
                return Err(IssueError::ItemTooLarge(what));
            }
            parts.push(std::mem::replace(&mut current, base.clone()));
            if parts.len() >= usize::from(MAX_PARTS) {
                return Err(IssueError::TooManyParts);
            }
            add(&mut current);
            if !fits(current.clone(), parts.len())? {
                return Err(IssueError::ItemTooLarge(what));
            }
        }
        parts.push(current);
        Ok(parts)
    }
}

/// One item of a record and how to add it to a part.
type Unit = (String, Box<dyn Fn(&mut Record)>);

/// The record's items in packing order, core first.
fn units(r: &Record) -> Vec<Unit> {
    let mut u: Vec<Unit> = Vec::new();
    for (i, a) in r.alerts.iter().enumerate() {
        let a = a.clone();
        u.push((
            format!("alerts[{i}]"),
            Box::new(move |p| p.alerts.push(a.clone())),
        ));
    }
    listed(&mut u, "allergies", &r.allergies, |p| &mut p.allergies);
    if let Some(imm) = &r.immunizations {
        if imm.no_records {
            u.push((
                "immunizations.no_records".into(),
                Box::new(|p| {
                    p.immunizations
                        .get_or_insert_with(Immunizations::default)
                        .no_records = true
                }),
            ));
        }
        for (i, d) in imm.doses.iter().enumerate() {
            let d = d.clone();
            u.push((
                format!("immunizations.doses[{i}]"),
                Box::new(move |p| {
                    p.immunizations
                        .get_or_insert_with(Immunizations::default)
                        .doses
                        .push(d.clone())
                }),
            ));
        }
    }
    listed(&mut u, "problems", &r.problems, |p| &mut p.problems);
    listed(&mut u, "medications", &r.medications, |p| {
        &mut p.medications
    });
    for (i, x) in r.results.iter().enumerate() {
        let x = x.clone();
        u.push((
            format!("results[{i}]"),
            Box::new(move |p| p.results.push(x.clone())),
        ));
    }
    if let Some(v) = &r.vital_signs {
        let v = v.clone();
        u.push((
            "vital_signs".into(),
            Box::new(move |p| p.vital_signs = Some(v.clone())),
        ));
    }
    if let Some(v) = &r.pregnancy {
        let v = v.clone();
        u.push((
            "pregnancy".into(),
            Box::new(move |p| p.pregnancy = Some(v.clone())),
        ));
    }
    if let Some(v) = &r.mental_health {
        let v = v.clone();
        u.push((
            "mental_health".into(),
            Box::new(move |p| p.mental_health = Some(v.clone())),
        ));
    }
    for (i, x) in r.referrals.iter().enumerate() {
        let x = x.clone();
        u.push((
            format!("referrals[{i}]"),
            Box::new(move |p| p.referrals.push(x.clone())),
        ));
    }
    for (i, x) in r.vaccinations_due.iter().enumerate() {
        let x = x.clone();
        u.push((
            format!("vaccinations_due[{i}]"),
            Box::new(move |p| p.vaccinations_due.push(x.clone())),
        ));
    }
    u
}

fn listed<T: Clone + 'static>(
    u: &mut Vec<Unit>,
    name: &str,
    l: &Listed<T>,
    field: fn(&mut Record) -> &mut Listed<T>,
) {
    match l {
        Listed::NotRecorded => {}
        Listed::NoneKnown => u.push((
            name.to_owned(),
            Box::new(move |p| *field(p) = Listed::NoneKnown),
        )),
        Listed::Items(items) => {
            for (i, x) in items.iter().enumerate() {
                let x = x.clone();
                u.push((
                    format!("{name}[{i}]"),
                    Box::new(move |p| match field(p) {
                        Listed::Items(v) => v.push(x.clone()),
                        other => *other = Listed::Items(vec![x.clone()]),
                    }),
                ));
            }
        }
    }
}

/// Builds a follow-up record: the new facts in `json` (a record without `patient`) with the
/// identity core copied from the entry it follows, so that the new card can be attributed on
/// its own. The follow-up's encounter must not be before the predecessor's. Confidentiality
/// marks are refused, as by [`Record::from_json`]; [`follow_up_marked`] reads them.
pub fn follow_up_record(json: &str, predecessor: &Record) -> Result<Record, RecordJsonError> {
    follow_up(json, predecessor, |j| {
        Record::from_json(j).map(MarkedRecord::new)
    })
    .map(|m| m.record)
}

/// [`follow_up_record`] with the confidentiality marks of the new facts, for
/// [`Issuer::issue_marked`]: a follow-up can have confidential items too.
pub fn follow_up_marked(json: &str, predecessor: &Record) -> Result<MarkedRecord, RecordJsonError> {
    follow_up(json, predecessor, MarkedRecord::from_json)
}

/// The record a health worker wrote, with its marks: a new record, or, when `predecessor` is
/// given, the new facts of a follow-up of it ([`follow_up_marked`]). The one reading that
/// `ephr issue`, the draft check and the station's signing share.
pub fn marked_entry(
    json: &str,
    predecessor: Option<&Record>,
) -> Result<MarkedRecord, RecordJsonError> {
    match predecessor {
        Some(p) => follow_up_marked(json, p),
        None => MarkedRecord::from_json(json),
    }
}

fn follow_up(
    json: &str,
    predecessor: &Record,
    read: fn(&str) -> Result<MarkedRecord, RecordJsonError>,
) -> Result<MarkedRecord, RecordJsonError> {
    let mut v: serde_json::Value =
        serde_json::from_str(crate::record::strip_bom(json)).map_err(|e| {
            RecordJsonError::Syntax {
                path: ".".into(),
                message: e.to_string(),
            }
        })?;
    let Some(map) = v.as_object_mut() else {
        return Err(RecordJsonError::Syntax {
            path: ".".into(),
            message: "expected a JSON object (see `ephr template --followup`)".into(),
        });
    };
    if map.contains_key("patient") {
        return Err(RecordJsonError::Syntax {
            path: "patient".into(),
            message: "a follow-up entry takes the patient from the entry it follows; remove this field (to correct the identity, issue a new initial record)"
                .into(),
        });
    }
    let patient =
        serde_json::to_value(&predecessor.patient).map_err(|e| RecordJsonError::Syntax {
            path: "patient".into(),
            message: e.to_string(),
        })?;
    map.insert("patient".into(), patient);
    let marked = read(&v.to_string())?;
    let record = &marked.record;
    let (new, old) = (
        crate::date::parse_full_date(&record.encounter.date),
        crate::date::parse_full_date(&predecessor.encounter.date),
    );
    if let (Some(new), Some(old)) = (new, old)
        && new < old
    {
        return Err(RecordJsonError::Invalid(ValidationErrors(vec![
            FieldError::new(
                "encounter.date",
                "field-follow-up-before",
                vec![
                    ("value", record.encounter.date.clone()),
                    ("date", predecessor.encounter.date.clone()),
                ],
            ),
        ])));
    }
    Ok(marked)
}

/// Why the entries given for a follow-up cannot be followed.
#[derive(Debug, thiserror::Error)]
pub enum FollowError {
    /// Nothing was given.
    #[error("no entry to follow was given; give the person's card text, QR image or .phr bundle")]
    NoEntry,
    /// One of the entries is not valid: a follow-up must not build on it.
    #[error(
        "{input} is not valid: {error}; a follow-up must follow a valid entry (check it with `ephr verify`, or leave the invalid entry out)"
    )]
    Invalid {
        /// Where the entry was found.
        input: String,
        /// Why it is not valid.
        error: crate::VerifyError,
    },
    /// The entries belong to several records, so which person is meant is unclear.
    #[error(
        "the entries belong to {0} different records; give the entries of the person in front of you only"
    )]
    SeveralRecords(usize),
    /// The history has a problem (identity mismatch, link to another record).
    #[error("{0}")]
    Problem(String),
    /// Only confidential entries were given. A follow-up follows the booklet's entries: linked
    /// to a confidential entry, the booklet would point at a card it does not hold.
    #[error(
        "only a confidential entry was given; give the booklet's card (a follow-up follows the booklet's entries, never a confidential one)"
    )]
    OnlyConfidential,
}

/// The entry a follow-up follows: the latest entry of the one record in `checked`. Every entry
/// must be valid and their history free of problems, because the follow-up copies the identity
/// of what it follows and links to it for good.
pub fn entry_to_follow(checked: Vec<crate::history::Checked>) -> Result<VerifiedCard, FollowError> {
    use crate::history::{History, Severity};
    if checked.is_empty() {
        return Err(FollowError::NoEntry);
    }
    if let Some((input, error)) = checked.iter().find_map(|c| {
        c.result
            .as_ref()
            .err()
            .map(|e| (c.source.clone(), e.clone()))
    }) {
        return Err(FollowError::Invalid { input, error });
    }
    let h = History::build(checked);
    if h.records.len() != 1 {
        return Err(FollowError::SeveralRecords(h.records.len()));
    }
    if let Some(f) = h
        .findings
        .iter()
        .find(|f| f.severity() == Severity::Problem)
    {
        return Err(FollowError::Problem(f.to_string()));
    }
    let latest = &h.records[0].latest().card;
    if latest.claims().entry.confidential {
        return Err(FollowError::OnlyConfidential);
    }
    Ok(latest.clone())
}

/// Options for a follow-up of `predecessor`: its record id and a link to it.
pub fn follow_up_options(predecessor: &VerifiedCard, issued_at: i64) -> IssueOptions {
    IssueOptions {
        issued_at,
        record_id: Some(predecessor.claims().entry.record_id.clone()),
        follows: Some(predecessor.link()),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(encounter: &str) -> Record {
        Record::from_json(&format!(
            r#"{{"patient":{{"sex":"male"}},"encounter":{{"date":"{encounter}","country":"GR"}}}}"#
        ))
        .unwrap()
    }

    fn issuer() -> Issuer {
        Issuer::new(SecretKey::from_seed(&[3; 32]), "GR-T").unwrap()
    }

    #[test]
    fn encounter_after_issue_is_refused() {
        let iat = crate::date::parse_instant("2026-10-14T10:00:00Z").unwrap();
        let opts = IssueOptions {
            issued_at: iat,
            ..Default::default()
        };
        assert!(issuer().issue(&record("2026-10-14"), &opts).is_ok());
        assert!(
            issuer().issue(&record("2026-10-15"), &opts).is_ok(),
            "time-zone slack"
        );
        assert!(matches!(
            issuer().issue(&record("2026-10-16"), &opts),
            Err(IssueError::EncounterAfterIssue { .. })
        ));
    }

    #[test]
    fn expiry_and_authority_rules() {
        let opts = IssueOptions {
            issued_at: 1_800_000_000,
            expires: Some(1_800_000_000),
            ..Default::default()
        };
        assert!(matches!(
            issuer().issue(&record("2026-10-14"), &opts),
            Err(IssueError::ExpiryBeforeIssue)
        ));
        assert!(matches!(
            Issuer::new(SecretKey::from_seed(&[3; 32]), "bad id"),
            Err(IssueError::AuthorityId(_))
        ));
    }

    fn marked(consent: bool, art_confidential: bool) -> MarkedRecord {
        MarkedRecord::from_json(&format!(
            r#"{{"patient":{{"sex":"female"}},"encounter":{{"date":"2026-10-14","country":"GR"}},
                "problems":[{{"icd10":"E11.9"}},{{"icd10":"F32.9"}}],
                "results":[{{"loinc":"56888-1","result":"positive"}}],
                "medications":[{{"atc":"J05AR03","confidential":{art_confidential}}}],
                "consent":{{"confidential_card":{consent}}}}}"#
        ))
        .unwrap()
    }

    fn opts() -> IssueOptions {
        IssueOptions {
            issued_at: crate::date::parse_instant("2026-10-14T10:00:00Z").unwrap(),
            card_id: Some(CardId(vec![1; 8])),
            ..Default::default()
        }
    }

    #[test]
    fn a_marked_record_is_issued_as_a_core_entry_and_a_confidential_one_that_follows_it() {
        let m = marked(true, true);
        let out = issuer().issue_marked(&m, &opts(), &|_| true).unwrap();
        assert!(out.withheld.is_empty());
        let [core] = &out.core[..] else {
            panic!("one core card")
        };
        let conf = out.confidential.expect("consent and confidential items");
        let (c, k) = (&core.claims().entry, &conf.claims().entry);
        assert_eq!(c.record, m.split().core);
        assert_eq!(k.record, m.split().confidential.unwrap());
        assert_eq!(c.record.problems.items().len(), 1);
        assert_eq!(k.record.problems.items()[0].icd10, "F32.9");
        assert_eq!(c.record_id, k.record_id, "one record");
        assert_eq!(c.follows, None, "the core links to nothing");
        assert_eq!(k.follows, Some(crate::card::entry_link(core.cose())));
        assert_eq!(k.part, None);
        assert!(
            k.confidential && !c.confidential,
            "only the confidential entry is flagged"
        );
        assert_eq!(conf.claims().card_id, CardId(vec![1, 1, 1, 1, 1, 1, 1, 21]));
        assert_ne!(core.claims().card_id, conf.claims().card_id);
    }

    #[test]
    fn without_consent_nothing_confidential_is_issued_and_the_count_is_given() {
        let out = issuer()
            .issue_marked(&marked(false, true), &opts(), &|_| true)
            .unwrap();
        assert!(out.confidential.is_none());
        assert_eq!(
            out.withheld,
            [Item::Problem(1), Item::Medication(0), Item::Result(0)]
        );
        let core = &out.core[0].claims().entry.record;
        assert!(core.results.is_empty() && core.medications.is_not_recorded());
    }

    #[test]
    fn an_override_keeps_an_item_in_the_core() {
        let out = issuer()
            .issue_marked(&marked(true, false), &opts(), &|_| true)
            .unwrap();
        let core = &out.core[0].claims().entry.record;
        assert_eq!(core.medications.items()[0].atc, "J05AR03");
        let conf = out.confidential.unwrap();
        assert!(conf.claims().entry.record.medications.is_not_recorded());
    }

    #[test]
    fn a_follow_up_with_only_confidential_facts_has_no_core_entry() {
        let m = MarkedRecord::from_json(
            r#"{"patient":{"sex":"female"},"encounter":{"date":"2026-10-14","country":"IT"},
                "medications":[{"atc":"J05AR03"}],"consent":{"confidential_card":true}}"#,
        )
        .unwrap();
        let link = crate::card::EntryLink([9; 16]);
        let o = IssueOptions {
            follows: Some(link),
            record_id: Some(RecordId(vec![4; 8])),
            ..opts()
        };
        let out = issuer().issue_marked(&m, &o, &|_| true).unwrap();
        assert!(out.core.is_empty());
        let conf = out.confidential.unwrap();
        assert_eq!(conf.claims().entry.follows, Some(link));
        assert_eq!(conf.claims().entry.record_id, RecordId(vec![4; 8]));
        // The same facts in an initial record still get a core entry: the booklet starts there.
        let out = issuer().issue_marked(&m, &opts(), &|_| true).unwrap();
        assert_eq!(out.core.len(), 1);
        assert!(matches!(
            issuer().issue_marked(&m, &o, &|t| t.len() < 10),
            Err(IssueError::ConfidentialTooLarge(n)) if n > 10
        ));
    }

    #[test]
    fn a_core_too_large_for_one_code_is_split_and_the_confidential_entry_follows_part_one() {
        let mut m = marked(true, true);
        let notes = ["Out of tablets three weeks", "Foot check due at next visit"];
        m.record.problems = Listed::Items(
            (0..12)
                .map(|i| crate::record::Problem {
                    icd10: format!("E1{}.9", i % 5),
                    status: Default::default(),
                    provisional: false,
                    onset: Some(format!("20{:02}", 10 + i)),
                    note: Some(format!("{} ({i})", notes[i % 2])),
                })
                .chain(std::iter::once(crate::record::Problem {
                    icd10: "F32.9".into(),
                    status: Default::default(),
                    provisional: false,
                    onset: None,
                    note: None,
                }))
                .collect(),
        );
        let whole = issuer()
            .issue(&m.split().core, &opts())
            .unwrap()
            .text()
            .len();
        let out = issuer()
            .issue_marked(&m, &opts(), &|t| t.len() < whole - 40)
            .unwrap();
        assert!(out.core.len() > 1, "{}", out.core.len());
        let conf = out.confidential.unwrap();
        assert_eq!(
            conf.claims().entry.follows,
            Some(crate::card::entry_link(out.core[0].cose()))
        );
        let ids: std::collections::BTreeSet<_> = out
            .core
            .iter()
            .chain([&conf])
            .map(|c| c.claims().card_id.clone())
            .collect();
        assert_eq!(ids.len(), out.core.len() + 1, "every card its own id");
    }

    #[test]
    fn marks_that_would_give_away_a_confidential_fact_are_refused_at_issue() {
        let mut m = marked(true, true);
        m.record.referrals.push(crate::record::Referral {
            to: "Psychiatry".into(),
            reason_icd10: Some("F32.9".into()),
            urgency: Default::default(),
            due: None,
            status: Default::default(),
            note: None,
        });
        m.overrides.insert(Item::Referral(0), false);
        assert!(matches!(
            issuer().issue_marked(&m, &opts(), &|_| true),
            Err(IssueError::Invalid(_))
        ));
    }
}
