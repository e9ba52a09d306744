//! Verification: from an [`UnverifiedCard`] to a [`VerifiedCard`], or a precise reason why not.
//!
//! The two are different types. An `UnverifiedCard` can be inspected (`ephr decode`), but only
//! [`UnverifiedCard::verify`] produces a `VerifiedCard`, and it does so only after every rule
//! below has passed, in this order:
//!
//! 1. the COSE_Sign1 is well-formed, EdDSA, with the key id in the protected header
//!    (checked when the card is parsed);
//! 2. the key id is in the trust list, and one of the keys with that id verifies the signature
//!    (strict Ed25519);
//! 3. the claims and the record decode strictly;
//! 4. the `iss` claim names the authority that owns the key;
//! 5. the key was valid when the card says it was issued, and is not revoked
//!    (a compromised key fails every card; a superseded one fails cards issued after it was
//!    superseded);
//! 6. the verification time is not before `iat` (with [`CLOCK_SKEW`] leeway) and not at or after
//!    `exp`;
//! 7. the card itself is not revoked;
//! 8. the record satisfies every content rule of [`crate::record`].

use crate::card::Claims;
use crate::cbor::{self, CborError};
use crate::cose::{CoseError, Sign1Parts};
use crate::date::format_instant;
use crate::envelope::{self, EnvelopeError, ZlibError};
use crate::keys::KeyId;
use crate::record::ValidationErrors;
use crate::trust::{Authority, AuthorityKey, RevocationReason, TrustList};

/// Leeway for clocks that run slow: a card issued a few minutes "in the future" by the issuer's
/// clock is still accepted.
pub const CLOCK_SKEW: i64 = 300;

/// Why bytes or text are not a PHR card at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The PHR1 text envelope is broken.
    #[error(transparent)]
    Envelope(#[from] EnvelopeError),
    /// The COSE_Sign1 is malformed or not acceptable.
    #[error(transparent)]
    Cose(#[from] CoseError),
}

/// Why a card is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// Not a PHR card at all.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The key is not in the trust list.
    #[error(
        "signed by key {0}, which is not in the trust list: the issuer is unknown here, or the trust list is out of date"
    )]
    UnknownKey(KeyId),
    /// The signature does not verify: the card was altered or forged.
    #[error("the signature is not valid: the card has been altered or is forged")]
    BadSignature,
    /// Signed, but the claims or record are malformed.
    #[error("the signed content is malformed: {0}")]
    Claims(CborError),
    /// The card claims a different issuer than the one that owns the key.
    #[error(
        "the card says it was issued by \"{claimed}\" but it is signed with a key of \"{listed}\""
    )]
    IssuerMismatch {
        /// The `iss` claim.
        claimed: String,
        /// The authority owning the key.
        listed: String,
    },
    /// Issued before the key's validity window.
    #[error("issued {iat} but the key is valid only from {from}")]
    KeyNotYetValid {
        /// Card issue time.
        iat: String,
        /// Key validity start.
        from: String,
    },
    /// Issued after the key's validity window.
    #[error("issued {iat} but the key was valid only until {until}")]
    KeyExpired {
        /// Card issue time.
        iat: String,
        /// Key validity end.
        until: String,
    },
    /// The key was compromised: no card it signed is trusted.
    #[error(
        "the signing key was reported compromised on {at}; no card signed with it can be trusted. Ask the person to have the card re-issued"
    )]
    KeyCompromised {
        /// When it was revoked.
        at: String,
    },
    /// The key was superseded before this card's issue time.
    #[error("the signing key was retired on {at}, at or before this card's issue time ({iat})")]
    KeySuperseded {
        /// When it was retired.
        at: String,
        /// Card issue time.
        iat: String,
    },
    /// The verification time is before the card's issue time.
    #[error(
        "the card was issued {iat}, after the time of checking {now}; if no --at time was given, check this device's clock"
    )]
    NotYetValid {
        /// Card issue time.
        iat: String,
        /// The time of checking.
        now: String,
    },
    /// The card has expired.
    #[error("the card expired {exp} (checked at {now})")]
    Expired {
        /// Expiry.
        exp: String,
        /// The time of checking.
        now: String,
    },
    /// The card was revoked by its authority.
    #[error(
        "the issuing authority revoked this card (issued in error or corrected); ask for the current card"
    )]
    CardRevoked,
    /// Signed, but the record breaks content rules.
    #[error("the signed record is invalid: {0}")]
    InvalidContent(ValidationErrors),
}

impl VerifyError {
    /// A stable short code for scripts and JSON output.
    pub fn code(&self) -> &'static str {
        use EnvelopeError as E;
        match self {
            Self::Decode(DecodeError::Envelope(e)) => match e {
                E::TooLong(_) => "text-too-long",
                E::WrongPrefix(_) => "wrong-prefix",
                E::Base45(_) => "bad-base45",
                E::NotCompressed => "not-compressed",
                E::Zlib(ZlibError::UnknownDictionary(_)) => "unknown-dictionary",
                E::Zlib(ZlibError::Damaged(_)) => "bad-zlib",
                E::TooLarge => "inflated-too-large",
                E::TrailingData => "trailing-data",
            },
            Self::Decode(DecodeError::Cose(e)) => match e {
                CoseError::Cbor(CborError::NotDeterministic) => "not-deterministic",
                CoseError::Cbor(_) => "bad-cbor",
                CoseError::NotTagged(_) => "not-tagged",
                CoseError::Structure(_) => "wrong-structure",
                CoseError::WrongAlgorithm(_) => "wrong-algorithm",
                CoseError::KidNotProtected => "kid-not-protected",
                CoseError::MissingKid => "missing-kid",
                CoseError::UnknownHeader(_) => "unknown-header",
                CoseError::UnprotectedNotEmpty => "unprotected-not-empty",
                CoseError::WrongContentType { .. } => "wrong-content-type",
            },
            Self::UnknownKey(_) => "unknown-kid",
            Self::BadSignature => "bad-signature",
            Self::Claims(_) => "bad-claims",
            Self::IssuerMismatch { .. } => "issuer-mismatch",
            Self::KeyNotYetValid { .. } => "key-not-yet-valid",
            Self::KeyExpired { .. } => "key-expired",
            Self::KeyCompromised { .. } => "key-compromised",
            Self::KeySuperseded { .. } => "key-superseded",
            Self::NotYetValid { .. } => "not-yet-valid",
            Self::Expired { .. } => "expired",
            Self::CardRevoked => "card-revoked",
            Self::InvalidContent(_) => "invalid-content",
        }
    }

    /// True for the revocation outcomes, which verifiers show as REVOKED.
    pub fn is_revocation(&self) -> bool {
        matches!(
            self,
            Self::KeyCompromised { .. } | Self::KeySuperseded { .. } | Self::CardRevoked
        )
    }
}

/// Parses PHR1 text and applies every rule: the one call a verifier needs.
pub fn verify_text(text: &str, trust: &TrustList, now: i64) -> Result<VerifiedCard, VerifyError> {
    UnverifiedCard::from_text(text)?.verify(trust, now)
}

/// A card that has been parsed but not checked. Its content must not be trusted.
#[derive(Debug, Clone)]
pub struct UnverifiedCard {
    // Where the headers, payload and signature lie in `cose`: the parts are not copied.
    sign1: Sign1Parts,
    // Shared with the `VerifiedCard` made from it, which keeps the bytes for links and reprints.
    cose: std::sync::Arc<[u8]>,
    // The text it was read from, when it was read from text: a reprint shows the same QR code
    // without compressing the bytes again.
    text: Option<std::sync::Arc<str>>,
}

impl UnverifiedCard {
    /// Parses PHR1 text.
    pub fn from_text(text: &str) -> Result<Self, DecodeError> {
        // Inflated straight into the shared buffer the card keeps.
        let mut card = Self::parse(envelope::decode_with(text, |b| std::sync::Arc::from(b))?)?;
        card.text = Some(text.into());
        Ok(card)
    }

    /// Parses tagged COSE_Sign1 bytes.
    pub fn from_cose(bytes: &[u8]) -> Result<Self, DecodeError> {
        Self::parse(bytes.into())
    }

    fn parse(cose: std::sync::Arc<[u8]>) -> Result<Self, DecodeError> {
        let sign1 = Sign1Parts::parse(&cose)?;
        sign1.expect_content_type(&cose, None)?;
        Ok(Self {
            sign1,
            cose,
            text: None,
        })
    }

    /// Key id from the protected header.
    pub fn kid(&self) -> KeyId {
        self.sign1.kid
    }

    /// The tagged COSE_Sign1 bytes.
    pub fn cose_bytes(&self) -> &[u8] {
        &self.cose
    }

    /// The claims, decoded WITHOUT any check of who signed them. For display labelled as
    /// unverified only.
    pub fn claims_unverified(&self) -> Result<Claims, CborError> {
        cbor::claims_from_slice(self.payload())
    }

    /// The payload: the claims' bytes.
    fn payload(&self) -> &[u8] {
        &self.cose[self.sign1.payload.clone()]
    }

    /// Applies every rule (see the module docs) at time `now` (POSIX seconds).
    pub fn verify(&self, trust: &TrustList, now: i64) -> Result<VerifiedCard, VerifyError> {
        let mut candidates = trust.each_key_with_kid(self.sign1.kid).peekable();
        if candidates.peek().is_none() {
            return Err(VerifyError::UnknownKey(self.sign1.kid));
        }
        let (authority, key) = candidates
            .find(|(_, k)| self.sign1.verify(&self.cose, &k.key))
            .ok_or(VerifyError::BadSignature)?;
        let claims = cbor::claims_from_slice(self.payload()).map_err(VerifyError::Claims)?;
        if claims.issuer != authority.id {
            return Err(VerifyError::IssuerMismatch {
                claimed: claims.issuer,
                listed: authority.id.clone(),
            });
        }
        check_key(key, claims.issued_at)?;
        if now + CLOCK_SKEW < claims.issued_at {
            return Err(VerifyError::NotYetValid {
                iat: format_instant(claims.issued_at),
                now: format_instant(now),
            });
        }
        if let Some(exp) = claims.expires
            && now >= exp
        {
            return Err(VerifyError::Expired {
                exp: format_instant(exp),
                now: format_instant(now),
            });
        }
        if trust.is_card_revoked(&self.sign1.kid, &claims.card_id) {
            return Err(VerifyError::CardRevoked);
        }
        // An encounter after the signed issue date betrays a back-dated iat, e.g. under a
        // superseded key.
        if claims.entry.record.encounter_after(claims.issued_at) {
            return Err(VerifyError::InvalidContent(ValidationErrors(vec![
                crate::record::FieldError::untranslated(
                    "encounter.date",
                    format!(
                        "{} is after the card's issue time {}",
                        claims.entry.record.encounter.date,
                        format_instant(claims.issued_at)
                    ),
                ),
            ])));
        }
        claims
            .entry
            .record
            .validate()
            .map_err(VerifyError::InvalidContent)?;
        Ok(VerifiedCard {
            claims,
            kid: self.sign1.kid,
            authority: authority.clone(),
            cose: std::sync::Arc::clone(&self.cose),
            text: self.text.clone(),
        })
    }
}

fn check_key(key: &AuthorityKey, iat: i64) -> Result<(), VerifyError> {
    if let Some(r) = key.revoked {
        match r.reason {
            RevocationReason::Compromised => {
                return Err(VerifyError::KeyCompromised {
                    at: format_instant(r.at),
                });
            }
            RevocationReason::Superseded if iat >= r.at => {
                return Err(VerifyError::KeySuperseded {
                    at: format_instant(r.at),
                    iat: format_instant(iat),
                });
            }
            RevocationReason::Superseded => {}
        }
    }
    if iat < key.not_before {
        return Err(VerifyError::KeyNotYetValid {
            iat: format_instant(iat),
            from: format_instant(key.not_before),
        });
    }
    if let Some(until) = key.not_after
        && iat > until
    {
        return Err(VerifyError::KeyExpired {
            iat: format_instant(iat),
            until: format_instant(until),
        });
    }
    Ok(())
}

/// A card whose signature, issuer, dates and content have all been checked.
#[derive(Debug, Clone)]
pub struct VerifiedCard {
    claims: Claims,
    kid: KeyId,
    authority: Authority,
    cose: std::sync::Arc<[u8]>,
    text: Option<std::sync::Arc<str>>,
}

impl VerifiedCard {
    /// The verified claims and record.
    pub fn claims(&self) -> &Claims {
        &self.claims
    }
    /// Key id of the signing key.
    pub fn kid(&self) -> KeyId {
        self.kid
    }
    /// The issuing authority as the trust list describes it.
    pub fn authority(&self) -> &Authority {
        &self.authority
    }
    /// The tagged COSE_Sign1 bytes.
    pub fn cose_bytes(&self) -> &[u8] {
        &self.cose
    }
    /// The PHR1 text the card was read from; `None` when it came as signed bytes (an entry of a
    /// bundle or of a PDF's attachment), which the `PHR1:` envelope (docs/FORMAT.md) can encode.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }
    /// The link a follow-up entry stores to this one ([`crate::card::entry_link`] of its signed
    /// bytes); also this entry's identity in a history.
    pub fn link(&self) -> crate::card::EntryLink {
        crate::card::entry_link(&self.cose)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::{CardId, Entry, RecordId};
    use crate::cose::Sign1;
    use crate::keys::SecretKey;
    use crate::record::Record;
    use crate::trust::AuthorityKey;

    /// A list in which authority `GR-T` holds `key` alone.
    fn one_key_list(key: &SecretKey) -> TrustList {
        let mut list = TrustList::new(0, i64::MAX / 2);
        list.add_key(
            "GR-T",
            "Test",
            "GR",
            AuthorityKey {
                key: key.public(),
                not_before: 0,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        list
    }

    /// The smallest valid record, of an encounter in Greece on `date`.
    fn encounter_on(date: &str) -> Record {
        Record::from_json(&format!(
            r#"{{"patient":{{"sex":"male"}},"encounter":{{"date":"{date}","country":"GR"}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn a_back_dated_card_is_refused_by_its_encounter_date() {
        let key = SecretKey::from_seed(&[6; 32]);
        let list = one_key_list(&key);
        let record = encounter_on("2030-01-01");
        let claims = Claims {
            issuer: "GR-T".into(),
            issued_at: 1_790_000_000, // 2026: before the encounter
            expires: None,
            card_id: CardId(vec![1; 8]),
            entry: Entry {
                record_id: RecordId(vec![2; 8]),
                follows: None,
                part: None,
                confidential: false,
                record,
            },
        };
        let cose = Sign1::sign(&key, None, &cbor::claims_to_vec(&claims).unwrap());
        let err = UnverifiedCard::from_cose(&cose)
            .unwrap()
            .verify(&list, 1_900_000_000)
            .unwrap_err();
        assert_eq!(err.code(), "invalid-content", "{err}");
        assert!(err.to_string().contains("encounter.date"));
    }

    #[test]
    #[cfg(feature = "issue")]
    fn a_card_read_as_text_keeps_its_text_and_one_read_as_bytes_has_none() {
        let key = SecretKey::from_seed(&[5; 32]);
        let list = one_key_list(&key);
        let record = encounter_on("2026-01-01");
        let card = crate::Issuer::new(key, "GR-T")
            .unwrap()
            .issue(
                &record,
                &crate::IssueOptions {
                    issued_at: 1_790_000_000,
                    ..Default::default()
                },
            )
            .unwrap();
        let from_text = verify_text(card.text(), &list, 1_790_000_100).unwrap();
        assert_eq!(from_text.text(), Some(card.text()));
        let from_bytes = UnverifiedCard::from_cose(card.cose())
            .unwrap()
            .verify(&list, 1_790_000_100)
            .unwrap();
        assert_eq!(from_bytes.text(), None);
        assert_eq!(from_bytes.cose_bytes(), from_text.cose_bytes());
    }

    #[test]
    fn a_card_from_a_newer_dictionary_asks_for_an_update_not_a_rescan() {
        // 78 BB: a zlib header with FDICT set; DE AD BE EF: a dictionary ephr does not carry.
        let stream = [0x78, 0xbb, 0xde, 0xad, 0xbe, 0xef, 0x03, 0x00];
        let text = format!("PHR1:{}", base45::encode(stream));
        let err = VerifyError::from(UnverifiedCard::from_text(&text).unwrap_err());
        assert_eq!(err.code(), "unknown-dictionary", "{err}");
        assert!(err.to_string().contains("update ephr"), "{err}");
    }
}
