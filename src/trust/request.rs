//! Revocation requests: how a site asks the trust-list operator to revoke cards it issued in
//! error (docs/TRUST.md §"Revoking a card issued in error").
//!
//! The site has the cards in its register; the operator has the list and the anchor key. A
//! request carries the cards themselves, so the operator checks each one against the list
//! before revoking anything, and it is signed with one of the requesting authority's listed,
//! usable keys, so that nobody else can get another authority's cards revoked.
//!
//! The file is JSON: `{"format": "ephr-revocation-request/1", "request": "<JSON text>",
//! "kid": "<16 hex>", "signature": "<128 hex>"}`. The signature is Ed25519 over the UTF-8
//! bytes of the `request` string exactly as it appears (after JSON unescaping), so no JSON
//! canonicalisation is needed to check it. The request text is an object with `authority`,
//! `requested_at` (POSIX seconds), `reason` and `cards` (PHR1 texts).

use serde::{Deserialize, Serialize};

use crate::{KeyId, SecretKey, TrustList, UnverifiedCard, VerifiedCard, VerifyError};

/// The `format` value of a request file.
pub const FORMAT: &str = "ephr-revocation-request/1";
/// Largest request file: 256 cards of the largest size, and room to spare.
pub const MAX_REQUEST_LEN: usize = 2 * 1024 * 1024;
/// Most cards in one request.
pub const MAX_CARDS: usize = 256;
/// Longest reason.
pub const MAX_REASON_LEN: usize = 500;

/// What a site asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RevocationRequest {
    /// The requesting authority: every card must be its own.
    pub authority: String,
    /// When the request was made, POSIX seconds.
    pub requested_at: i64,
    /// Why, in the site's words (e.g. "issued to the wrong person").
    pub reason: String,
    /// The cards, as PHR1 texts.
    pub cards: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    request: String,
    kid: String,
    signature: String,
}

/// Why a request cannot be made or applied.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// Not a request file.
    #[error("not an ephr revocation request: {0}")]
    Malformed(String),
    /// Over a limit.
    #[error("{0}")]
    Limit(String),
    /// No usable key of the requesting authority signed it.
    #[error(
        "the request is signed with key {kid}, which is not a usable key of {authority} in this list; ask the site to sign it with its current key"
    )]
    UnknownSigner {
        /// The signing key named in the file.
        kid: String,
        /// The authority the request names.
        authority: String,
    },
    /// The signature does not match: the file was altered.
    #[error("the request's signature is not valid: the file was altered after it was signed")]
    BadSignature,
    /// A card that does not verify against the list.
    #[error("card {index}: {source}")]
    Card {
        /// 1-based position in the request.
        index: usize,
        /// Why it does not verify.
        source: VerifyError,
    },
    /// A card of another authority.
    #[error(
        "card {index} ({card_id}) was issued by {issuer}, not by {authority}, which asks for it to be revoked"
    )]
    OtherAuthority {
        /// 1-based position in the request.
        index: usize,
        /// The card id.
        card_id: String,
        /// The card's issuer.
        issuer: String,
        /// The requesting authority.
        authority: String,
    },
}

impl RevocationRequest {
    /// Signs the request with the authority's key: the request file's bytes.
    pub fn sign(&self, key: &SecretKey) -> Result<Vec<u8>, RequestError> {
        self.check_limits()?;
        let request =
            serde_json::to_string(self).map_err(|e| RequestError::Malformed(e.to_string()))?;
        let signature = key.sign(request.as_bytes());
        let file = File {
            format: FORMAT.into(),
            kid: key.public().kid().to_string(),
            signature: hex::encode(signature),
            request,
        };
        let mut out =
            serde_json::to_vec_pretty(&file).map_err(|e| RequestError::Malformed(e.to_string()))?;
        out.push(b'\n');
        Ok(out)
    }

    fn check_limits(&self) -> Result<(), RequestError> {
        if self.cards.is_empty() {
            return Err(RequestError::Limit(
                "a request names at least one card".into(),
            ));
        }
        if self.cards.len() > MAX_CARDS {
            return Err(RequestError::Limit(format!(
                "{} cards; a request holds at most {MAX_CARDS}: split it",
                self.cards.len()
            )));
        }
        if self.reason.chars().count() > MAX_REASON_LEN {
            return Err(RequestError::Limit(format!(
                "the reason is longer than {MAX_REASON_LEN} characters"
            )));
        }
        Ok(())
    }
}

/// A request whose signature and cards were checked against a list.
#[derive(Debug)]
pub struct CheckedRequest {
    /// What was asked.
    pub request: RevocationRequest,
    /// The key that signed the request.
    pub signer: KeyId,
    /// The cards to revoke, verified.
    pub to_revoke: Vec<VerifiedCard>,
    /// Card ids already revoked in the list.
    pub already_revoked: Vec<String>,
}

/// Reads a request file and checks it against `list` at `now`: signed by a usable key of the
/// requesting authority, and every card signed by that authority and verifiable (or revoked
/// already). Nothing is revoked unless every card passes.
pub fn check(bytes: &[u8], list: &TrustList, now: i64) -> Result<CheckedRequest, RequestError> {
    if bytes.len() > MAX_REQUEST_LEN {
        return Err(RequestError::Limit(format!(
            "the file is {} bytes; a request is at most {MAX_REQUEST_LEN}",
            bytes.len()
        )));
    }
    let file: File =
        serde_json::from_slice(bytes).map_err(|e| RequestError::Malformed(e.to_string()))?;
    if file.format != FORMAT {
        return Err(RequestError::Malformed(format!(
            "format \"{}\", expected \"{FORMAT}\"",
            file.format
        )));
    }
    let request: RevocationRequest = serde_json::from_str(&file.request)
        .map_err(|e| RequestError::Malformed(format!("request: {e}")))?;
    request.check_limits()?;
    let unknown = || RequestError::UnknownSigner {
        kid: file.kid.clone(),
        authority: request.authority.clone(),
    };
    let kid = KeyId::from_hex(&file.kid).ok_or_else(unknown)?;
    let signature: [u8; 64] = hex::decode(&file.signature)
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or(RequestError::BadSignature)?;
    let usable = list.keys_with_kid(&kid).into_iter().find(|(a, k)| {
        a.id == request.authority
            && k.revoked.is_none_or(|r| {
                r.reason == crate::trust::RevocationReason::Superseded && now < r.at
            })
            && k.not_before <= now
            && k.not_after.is_none_or(|t| now <= t)
    });
    let Some((_, key)) = usable else {
        return Err(unknown());
    };
    if !key.key.verify(file.request.as_bytes(), &signature) {
        return Err(RequestError::BadSignature);
    }
    let mut to_revoke = Vec::new();
    let mut already_revoked = Vec::new();
    for (i, text) in request.cards.iter().enumerate() {
        let index = i + 1;
        let unverified = UnverifiedCard::from_text(text).map_err(|e| RequestError::Card {
            index,
            source: e.into(),
        })?;
        // Shown only to say which card was revoked already, never trusted.
        let id = unverified
            .claims_unverified()
            .map_or_else(|_| format!("card {index}"), |c| c.card_id.to_string());
        match unverified.verify(list, now) {
            Ok(card) => {
                if card.claims().issuer != request.authority {
                    return Err(RequestError::OtherAuthority {
                        index,
                        card_id: card.claims().card_id.to_string(),
                        issuer: card.claims().issuer.clone(),
                        authority: request.authority.clone(),
                    });
                }
                to_revoke.push(card);
            }
            Err(VerifyError::CardRevoked) => already_revoked.push(id),
            Err(source) => return Err(RequestError::Card { index, source }),
        }
    }
    Ok(CheckedRequest {
        request,
        signer: kid,
        to_revoke,
        already_revoked,
    })
}

impl CheckedRequest {
    /// Revokes the request's cards in `list`. Returns the ids revoked now.
    pub fn apply(&self, list: &mut TrustList) -> Result<Vec<String>, crate::TrustError> {
        let mut done = Vec::new();
        for c in &self.to_revoke {
            if list.revoke_verified_card(c)? {
                done.push(c.claims().card_id.to_string());
            }
        }
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trust::RevocationReason;
    use crate::{AuthorityKey, IssueOptions, Issuer, Record};

    const T: i64 = 1_800_000_000;

    fn key(seed: u8) -> SecretKey {
        SecretKey::from_seed(&[seed; 32])
    }

    fn list() -> TrustList {
        let mut l = TrustList::new(T - 100, T + 86_400);
        for (id, seed) in [("GR-SITE", 1), ("IT-SITE", 2)] {
            l.add_key(
                id,
                id,
                &id[..2],
                AuthorityKey {
                    key: key(seed).public(),
                    not_before: T - 10_000_000,
                    not_after: None,
                    revoked: None,
                },
            )
            .unwrap();
        }
        l
    }

    fn card(seed: u8, authority: &str) -> String {
        let json = std::fs::read_to_string("fixtures/records/reference-full.json").unwrap();
        let record = Record::from_json(&json).unwrap();
        Issuer::new(key(seed), authority)
            .unwrap()
            .issue(
                &record,
                &IssueOptions {
                    issued_at: T - 1000,
                    ..Default::default()
                },
            )
            .unwrap()
            .into_text()
    }

    fn request(cards: Vec<String>) -> RevocationRequest {
        RevocationRequest {
            authority: "GR-SITE".into(),
            requested_at: T,
            reason: "issued to the wrong person".into(),
            cards,
        }
    }

    #[test]
    fn a_signed_request_revokes_its_cards_and_only_once() {
        let mut l = list();
        let (a, b) = (card(1, "GR-SITE"), card(1, "GR-SITE"));
        let file = request(vec![a.clone(), b]).sign(&key(1)).unwrap();
        let checked = check(&file, &l, T).unwrap();
        assert_eq!(checked.signer, key(1).public().kid());
        assert_eq!(checked.to_revoke.len(), 2);
        assert_eq!(checked.apply(&mut l).unwrap().len(), 2);
        assert!(matches!(
            UnverifiedCard::from_text(&a).unwrap().verify(&l, T),
            Err(VerifyError::CardRevoked)
        ));
        let again = check(&file, &l, T).unwrap();
        assert!(again.to_revoke.is_empty());
        assert_eq!(again.already_revoked.len(), 2);
    }

    #[test]
    fn every_rejection() {
        let l = list();
        let good = card(1, "GR-SITE");
        let file = request(vec![good.clone()]).sign(&key(1)).unwrap();
        let text = String::from_utf8(file.clone()).unwrap();

        // Not a request at all, or of another format.
        assert!(matches!(
            check(b"PHR1:ABC", &l, T),
            Err(RequestError::Malformed(_))
        ));
        let other = text.replace(FORMAT, "ephr-revocation-request/9");
        assert!(matches!(
            check(other.as_bytes(), &l, T),
            Err(RequestError::Malformed(_))
        ));
        let big = vec![b' '; MAX_REQUEST_LEN + 1];
        assert!(matches!(check(&big, &l, T), Err(RequestError::Limit(_))));

        // The request text altered after signing.
        let altered = text.replace("wrong person", "wrong persons");
        assert!(matches!(
            check(altered.as_bytes(), &l, T),
            Err(RequestError::BadSignature)
        ));

        // Signed by a key not in the list, or by another authority's key.
        let stranger = request(vec![good.clone()]).sign(&key(7)).unwrap();
        assert!(matches!(
            check(&stranger, &l, T),
            Err(RequestError::UnknownSigner { .. })
        ));
        let italian = request(vec![good.clone()]).sign(&key(2)).unwrap();
        let e = check(&italian, &l, T).unwrap_err();
        assert!(matches!(e, RequestError::UnknownSigner { .. }), "{e}");

        // Signed by a key that was compromised.
        let mut revoked = list();
        revoked
            .revoke_key(
                &key(1).public().kid(),
                RevocationReason::Compromised,
                T - 50,
            )
            .unwrap();
        assert!(matches!(
            check(&file, &revoked, T),
            Err(RequestError::UnknownSigner { .. })
        ));

        // A card of another authority, or one that does not verify.
        let foreign = request(vec![good.clone(), card(2, "IT-SITE")])
            .sign(&key(1))
            .unwrap();
        let e = check(&foreign, &l, T).unwrap_err();
        assert!(
            matches!(e, RequestError::OtherAuthority { index: 2, .. }),
            "{e}"
        );
        let mut bad = good.clone().into_bytes();
        let n = bad.len() - 3;
        bad[n] = if bad[n] == b'A' { b'B' } else { b'A' };
        let forged = request(vec![String::from_utf8(bad).unwrap()])
            .sign(&key(1))
            .unwrap();
        assert!(matches!(
            check(&forged, &l, T),
            Err(RequestError::Card { index: 1, .. })
        ));
        let unknown = request(vec![card(7, "GR-SITE")]).sign(&key(1)).unwrap();
        let e = check(&unknown, &l, T).unwrap_err();
        assert!(e.to_string().starts_with("card 1: "), "{e}");

        // Limits when signing.
        assert!(matches!(
            request(vec![]).sign(&key(1)),
            Err(RequestError::Limit(_))
        ));
        let many = request(vec![good.clone(); MAX_CARDS + 1]);
        assert!(matches!(many.sign(&key(1)), Err(RequestError::Limit(_))));
        let mut long = request(vec![good]);
        long.reason = "x".repeat(MAX_REASON_LEN + 1);
        assert!(matches!(long.sign(&key(1)), Err(RequestError::Limit(_))));
    }
}
