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

    /// Validates, signs and encodes one card.
    pub fn issue(&self, record: &Record, opts: &IssueOptions) -> Result<IssuedCard, IssueError> {
        let mut record = record.clone();
        record.fill_implied_dates();
        record.validate()?;
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
