//! Issuing a card: record → claims → COSE_Sign1 → PHR1 text.

use crate::card::{CardId, Claims, Entry, EntryLink, Part, RecordId, is_valid_authority_id};
use crate::cbor;
use crate::cose::Sign1;
use crate::envelope;
use crate::keys::SecretKey;
use crate::record::{Record, ValidationErrors};

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

/// A signed card in all its forms.
#[derive(Debug, Clone)]
pub struct IssuedCard {
    /// `PHR1:…` text, what the QR code holds.
    pub text: String,
    /// The tagged COSE_Sign1 bytes.
    pub cose: Vec<u8>,
    /// The claims that were signed.
    pub claims: Claims,
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
        let claims = Claims {
            issuer: self.authority.clone(),
            issued_at: opts.issued_at,
            expires: opts.expires,
            card_id,
            entry: Entry {
                record_id,
                follows: opts.follows,
                part: opts.part,
                record,
            },
        };
        let payload = cbor::claims_to_vec(&claims)?;
        let cose = Sign1::sign(&self.key, None, &payload);
        let text = envelope::encode(&cose);
        if text.len() > envelope::MAX_TEXT_LEN {
            return Err(IssueError::TooLarge(text.len()));
        }
        Ok(IssuedCard { text, cose, claims })
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
}
