//! Putting one person's entries into one `.phr` bundle: which entries belong together, which are
//! repeats, and in what order they are stored.
//!
//! Assembling does not verify: a bundle is a container, not a statement, and every entry in it
//! stays signed by its own authority and is verified when the bundle is read. It still refuses
//! anything that is not a signed PHR entry, and entries of more than one person, because a
//! bundle is one person's history. Entries are stored in the order a history shows them
//! ([`crate::history::entry_order`]), so a bundle reads the same whatever order its cards were
//! given in.

use crate::bundle::{Bundle, BundleError};
use crate::card::{CardId, Part, RecordId};
use crate::verify::{DecodeError, UnverifiedCard};

/// One entry of an assembled bundle, as its card describes itself (unverified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssembledEntry {
    /// Encounter date as written on the card.
    pub encounter_date: String,
    /// Issuing authority id.
    pub issuer: String,
    /// The card id printed on the booklet.
    pub card_id: CardId,
    /// `Some` when the card is one part of a split record.
    pub part: Option<Part>,
}

/// A bundle of one person's entries, each once, in history order.
#[derive(Debug, Clone)]
pub struct Assembled {
    /// The bundle, ready to write.
    pub bundle: Bundle,
    /// The record id every entry shares.
    pub record: RecordId,
    /// What each stored entry says it is, in the bundle's order.
    pub entries: Vec<AssembledEntry>,
    /// How many inputs repeated an entry already taken (kept once).
    pub repeated: usize,
}

/// Why the entries cannot go into one bundle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssembleError {
    /// An input is not a signed PHR entry.
    #[error("{source_name}: not a PHR card: {reason}")]
    NotACard {
        /// Where the input came from.
        source_name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Entries of different people.
    #[error("the inputs hold entries of {} different records ({})", .0.len(), join(.0))]
    SeveralRecords(Vec<RecordId>),
    /// No input.
    #[error("no entries were given")]
    Empty,
    /// Some of the cards shown are not valid ([`assemble_checked`]): where each was found, and
    /// why.
    #[error(
        "{} of the cards are not valid ({}); a bundle to hand on holds valid entries only: leave them out",
        .0.len(),
        .0.iter().map(|(s, why)| format!("{s}: {why}")).collect::<Vec<_>>().join("; ")
    )]
    NotValid(Vec<(String, String)>),
    /// Entries of one record name different persons ([`assemble_checked`]): the history's
    /// finding, which `verify` reports with exit status 1.
    #[error("{0}")]
    IdentityMismatch(String),
    /// The bundle refused an entry (too many, too large).
    #[error(transparent)]
    Bundle(#[from] BundleError),
}

fn join(ids: &[RecordId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Assembles `(source, PHR1 text)` inputs into one person's bundle.
pub fn assemble<'a>(
    inputs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Assembled, AssembleError> {
    assemble_parsed(
        inputs
            .into_iter()
            .map(|(source, text)| (source, UnverifiedCard::from_text(text))),
    )
}

/// Assembles cards that were checked ([`crate::history::Checked`]), as a clinic was shown them,
/// into the bundle it hands on: refused with [`AssembleError::NotValid`] when any of them is not
/// valid (the same rule as `fhir::export_checked`); the valid entries are stored from
/// their signed bytes.
pub fn assemble_checked(checked: &[crate::history::Checked]) -> Result<Assembled, AssembleError> {
    let not_valid = crate::history::not_valid(checked);
    if !not_valid.is_empty() {
        return Err(AssembleError::NotValid(not_valid));
    }
    // Entries that name different persons are not handed on as one person's: the same rule
    // that makes `verify` exit 1.
    let history = crate::history::History::build(checked.to_vec());
    if let Some(f) = history
        .findings
        .iter()
        .find(|f| matches!(f, crate::history::Finding::IdentityMismatch { .. }))
    {
        return Err(AssembleError::IdentityMismatch(f.to_string()));
    }
    assemble_parsed(checked.iter().filter_map(|c| {
        c.result
            .as_ref()
            .ok()
            .map(|v| (c.source.as_str(), UnverifiedCard::from_cose(v.cose_bytes())))
    }))
}

/// Assembles cards already parsed (from text, or the signed bytes of a bundle entry, see
/// [`crate::input::Candidate::parse`]) into one person's bundle.
pub fn assemble_parsed<'a>(
    inputs: impl IntoIterator<Item = (&'a str, Result<UnverifiedCard, DecodeError>)>,
) -> Result<Assembled, AssembleError> {
    let mut taken = Vec::new();
    let mut records: Vec<RecordId> = Vec::new();
    let mut repeated = 0;
    for (source, parsed) in inputs {
        let not_a_card = |reason: String| AssembleError::NotACard {
            source_name: source.to_owned(),
            reason,
        };
        let card = parsed.map_err(|e| not_a_card(e.to_string()))?;
        let claims = card
            .claims_unverified()
            .map_err(|e| not_a_card(e.to_string()))?;
        if !records.contains(&claims.entry.record_id) {
            records.push(claims.entry.record_id.clone());
        }
        let cose = card.cose_bytes().to_vec();
        if taken.iter().any(|(c, _)| *c == cose) {
            repeated += 1;
            continue;
        }
        taken.push((cose, claims));
    }
    if records.len() > 1 {
        return Err(AssembleError::SeveralRecords(records));
    }
    let record = records.pop().ok_or(AssembleError::Empty)?;
    taken.sort_by_cached_key(|(_, c)| crate::history::entry_order(c));
    let mut bundle = Bundle::new();
    let mut entries = Vec::with_capacity(taken.len());
    for (cose, c) in taken {
        bundle.push(cose)?;
        entries.push(AssembledEntry {
            encounter_date: c.entry.record.encounter.date,
            issuer: c.issuer,
            card_id: c.card_id,
            part: c.entry.part,
        });
    }
    Ok(Assembled {
        bundle,
        record,
        entries,
        repeated,
    })
}

#[cfg(all(test, feature = "issue"))]
mod tests {
    use super::*;
    use crate::{IssueOptions, Issuer, Record, SecretKey};

    fn card(record: &str, date: &str, iat: i64) -> String {
        let json = format!(
            r#"{{"patient":{{"birth_date":"1990","sex":"male"}},
               "encounter":{{"date":"{date}","country":"GR"}}}}"#
        );
        let issuer = Issuer::new(SecretKey::from_seed(&[3; 32]), "GR-TEST").unwrap();
        let opts = IssueOptions {
            issued_at: iat,
            record_id: Some(RecordId::from_hex(record).unwrap()),
            ..Default::default()
        };
        issuer
            .issue(&Record::from_json(&json).unwrap(), &opts)
            .unwrap()
            .into_text()
    }

    #[test]
    fn orders_by_encounter_date_and_keeps_repeats_once() {
        let late = card("0011223344556677", "2026-11-02", 1_793_700_000);
        let early = card("0011223344556677", "2026-10-14", 1_792_000_000);
        let a = assemble([
            ("a", late.as_str()),
            ("b", early.as_str()),
            ("c", late.as_str()),
        ])
        .unwrap();
        assert_eq!(a.bundle.len(), 2);
        assert_eq!(a.repeated, 1);
        let dates: Vec<_> = a
            .entries
            .iter()
            .map(|e| e.encounter_date.as_str())
            .collect();
        assert_eq!(dates, ["2026-10-14", "2026-11-02"]);
        // The same bytes whatever order the cards came in.
        let b = assemble([("b", early.as_str()), ("a", late.as_str())]).unwrap();
        assert_eq!(a.bundle, b.bundle);
    }

    #[test]
    fn refuses_text_that_is_not_a_card() {
        let e = assemble([("notes.txt", "hello")]).unwrap_err();
        assert!(
            matches!(&e, AssembleError::NotACard { source_name, .. } if source_name == "notes.txt")
        );
    }

    #[test]
    fn refuses_two_people_and_nothing() {
        let one = card("0011223344556677", "2026-10-14", 1_792_000_000);
        let two = card("8899aabbccddeeff", "2026-10-15", 1_792_000_000);
        let e = assemble([("1", one.as_str()), ("2", two.as_str())]).unwrap_err();
        assert!(matches!(e, AssembleError::SeveralRecords(ref r) if r.len() == 2));
        assert!(e.to_string().contains("2 different records"));
        assert_eq!(assemble([]).unwrap_err(), AssembleError::Empty);
    }
}

#[cfg(all(test, feature = "issue"))]
mod identity_tests {
    use super::*;
    use crate::history::Checked;
    use crate::{AuthorityKey, IssueOptions, Issuer, Record, SecretKey, TrustList};

    const T: i64 = 1_800_000_000;

    #[test]
    fn entries_of_one_record_that_name_different_persons_are_not_handed_on() {
        let key = SecretKey::from_seed(&[4; 32]);
        let mut list = TrustList::new(T - 10, T + 86_400);
        list.add_key(
            "GR-TEST",
            "Test",
            "GR",
            AuthorityKey {
                key: key.public(),
                not_before: T - 100_000_000,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        let issuer = Issuer::new(key, "GR-TEST").unwrap();
        let json = std::fs::read_to_string("fixtures/records/reference-full.json").unwrap();
        let first = issuer
            .issue(
                &Record::from_json(&json).unwrap(),
                &IssueOptions {
                    issued_at: T - 1000,
                    ..Default::default()
                },
            )
            .unwrap();
        let other = json.replace("\"AMINA\"", "\"FATIMA\"");
        let second = issuer
            .issue(
                &Record::from_json(&other).unwrap(),
                &IssueOptions {
                    issued_at: T - 500,
                    record_id: Some(first.claims().entry.record_id.clone()),
                    ..Default::default()
                },
            )
            .unwrap();
        let checked = |cards: &[&crate::IssuedCard]| -> Vec<Checked> {
            cards
                .iter()
                .map(|c| Checked::verify_text("t", c.text(), &list, T))
                .collect()
        };
        let e = assemble_checked(&checked(&[&first, &second])).unwrap_err();
        assert!(matches!(e, AssembleError::IdentityMismatch(_)), "{e}");
        assert!(e.to_string().contains("names a different person"), "{e}");
        // One person's entries are handed on.
        assert!(assemble_checked(&checked(&[&first])).is_ok());
    }
}
