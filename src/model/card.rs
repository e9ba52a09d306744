//! What one card says: the CWT claims (who signed, when, which card) and the PHR entry they
//! carry (whose record, what it follows, and the health summary).
//!
//! These are plain data. The wire mapping (`src/wire/cbor/`) maps them to and from their wire form and
//! [`crate::verify`] decides whether they can be trusted.

use crate::record::Record;

/// Random identifier of one card (CWT `cti`). Authorities revoke cards by it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CardId(pub Vec<u8>);

/// Random identifier shared by every entry of one person's record. Carries no meaning about the
/// person: it is not derived from their name, documents or case number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId(pub Vec<u8>);

/// Link from a follow-up entry to the entry it follows: the first [`EntryLink::LEN`] bytes of
/// SHA-256 over the followed entry's tagged COSE_Sign1 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryLink(pub [u8; EntryLink::LEN]);

impl EntryLink {
    /// Length of the truncated hash.
    pub const LEN: usize = 16;
}

/// Position of a card when one record is split over several cards (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Part {
    /// This card's number, from 1.
    pub index: u8,
    /// How many cards the split record has.
    pub count: u8,
}

/// Lengths ephr accepts for card and record ids. ephr itself writes the minimum.
pub const ID_MIN_LEN: usize = 8;
/// See [`ID_MIN_LEN`].
pub const ID_MAX_LEN: usize = 32;

macro_rules! hex_id {
    ($t:ident) => {
        impl $t {
            /// A fresh random id of [`ID_MIN_LEN`] bytes from the operating system.
            pub fn random() -> Result<Self, getrandom::Error> {
                let mut b = vec![0u8; ID_MIN_LEN];
                getrandom::fill(&mut b)?;
                Ok(Self(b))
            }
            /// Parses the lowercase or uppercase hex form.
            pub fn from_hex(s: &str) -> Option<Self> {
                let b = hex::decode(s.trim()).ok()?;
                (ID_MIN_LEN..=ID_MAX_LEN)
                    .contains(&b.len())
                    .then_some(Self(b))
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&hex::encode(&self.0))
            }
        }
    };
}
hex_id!(CardId);
hex_id!(RecordId);

impl std::fmt::Display for EntryLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

/// One entry of a person's record: the health summary plus what ties it to the other entries.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Shared by every entry of the same person.
    pub record_id: RecordId,
    /// The entry this one follows, for follow-up entries.
    pub follows: Option<EntryLink>,
    /// Set when a record is split over several cards.
    pub part: Option<Part>,
    /// A confidential entry (docs/FORMAT.md §5, docs/PRIVACY.md): the confidential items of the
    /// entry it follows, which the person shows only to a clinician they choose. Never split,
    /// and it always follows the core entry it belongs to. The core entry says nothing about it.
    pub confidential: bool,
    /// The health summary.
    pub record: Record,
}

/// The CWT claims of a card (RFC 8392).
#[derive(Debug, Clone, PartialEq)]
pub struct Claims {
    /// Issuing authority id (`iss`), as listed in the trust list.
    pub issuer: String,
    /// Issued at (`iat`), POSIX seconds.
    pub issued_at: i64,
    /// Expires at (`exp`), POSIX seconds. Health history does not expire by default.
    pub expires: Option<i64>,
    /// Card id (`cti`).
    pub card_id: CardId,
    /// The PHR entry (private claim −65537, docs/FORMAT.md).
    pub entry: Entry,
}

/// Rules for authority ids: 2–32 characters of `A-Z a-z 0-9 - . _`, starting with a letter or
/// digit. The convention is `CC-NAME`, e.g. `GR-EODY-LESVOS`.
pub fn is_valid_authority_id(id: &str) -> bool {
    (2..=32).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
        && id.as_bytes()[0].is_ascii_alphanumeric()
}

/// The link a follow-up entry stores to the entry it follows: the first [`EntryLink::LEN`] bytes
/// of SHA-256 over that entry's tagged COSE_Sign1 bytes.
pub fn entry_link(cose: &[u8]) -> EntryLink {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(cose);
    let mut l = [0u8; EntryLink::LEN];
    l.copy_from_slice(&d[..EntryLink::LEN]);
    EntryLink(l)
}
