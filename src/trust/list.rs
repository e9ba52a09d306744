//! The trust list: which issuing authorities a clinic trusts, with their public keys.
//!
//! A trust list is a COSE_Sign1 signed by a trust-anchor key whose public half every verifier
//! pins. It is trust material only: the rules that use it are in [`crate::verify`]. A list is
//! opened with [`TrustList::open`], which checks the anchor signature before anything in the list
//! is believed; there is no way to get a usable list without the anchor.
//!
//! Every change yields a new list with a higher `sequence`. Key revocation (superseded /
//! compromised), per-card revocation (truncated hashes, never card ids) and a successor anchor are
//! part of the format from version 1; docs/TRUST.md gives the rules.

use std::path::Path;

use ciborium::value::Value;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::card::{CardId, is_valid_authority_id};
use crate::cbor::{self, CborError, MapBuilder, MapReader, int, structure};
use crate::codes;
use crate::cose::{CoseError, Sign1, TRUST_LIST_CONTENT_TYPE};
use crate::date::format_instant;
use crate::keys::{KeyId, PublicKey, SecretKey};

/// Format version of the trust-list payload.
pub const TRUST_LIST_VERSION: u64 = 1;
/// Largest trust list file accepted (200 authorities × 3 keys and 10,000 revoked cards are about
/// 200 KB).
pub const MAX_TRUST_LIST_LEN: usize = 2 * 1024 * 1024;
/// Length of a revoked-card hash.
pub const CARD_HASH_LEN: usize = 16;

/// Why a trust list cannot be used or changed.
#[derive(Debug, thiserror::Error)]
pub enum TrustError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: std::path::PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Some other kind of file.
    #[error("this file is {0}, not a trust list (a binary .cose file from your health authority)")]
    NotATrustList(&'static str),
    /// A named file of some other kind (a card given as `--trust`).
    #[error(
        "{} is {what}, not a trust list (a binary .cose file from your health authority)",
        path.display()
    )]
    FileNotATrustList {
        /// The file.
        path: std::path::PathBuf,
        /// What it looks like.
        what: &'static str,
    },
    /// Larger than [`MAX_TRUST_LIST_LEN`].
    #[error(
        "the trust list is larger than {MAX_TRUST_LIST_LEN} bytes; it is not an ephr trust list"
    )]
    TooLarge,
    /// Not a COSE_Sign1 trust list.
    #[error("not a valid signed trust list: {0}")]
    Cose(#[from] CoseError),
    /// Signed by a different key than the pinned anchor.
    #[error(
        "the trust list is signed by key {found}, but the trust anchor given is {pinned}; check that the anchor key and the list belong together"
    )]
    WrongAnchor {
        /// Key id in the list.
        found: KeyId,
        /// Key id of the pinned anchor.
        pinned: KeyId,
    },
    /// The anchor signature does not verify: the list was altered.
    #[error(
        "the trust list's signature is not valid: it has been altered or damaged; do not use it"
    )]
    BadSignature,
    /// The payload is not a valid trust list.
    #[error("the trust list content is invalid: {0}")]
    Content(#[from] CborError),
    /// The payload is newer than this code understands.
    #[error("trust list format version {0} is not known to this ephr; update ephr")]
    UnknownVersion(u64),
    /// A list older than the installed one.
    #[error(
        "this trust list is version {offered}, older than the installed version {installed}; installing it would bring back revoked keys and cards, so it is refused"
    )]
    Rollback {
        /// Installed sequence.
        installed: u64,
        /// Offered sequence.
        offered: u64,
    },
    /// An edit that would make the list inconsistent.
    #[error("{0}")]
    Edit(String),
    /// The local trust store is damaged or busy.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Why a key was revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RevocationReason {
    /// Ordinary rotation: cards issued before the revocation time stay valid.
    Superseded,
    /// The private key leaked: every card it signed is rejected, whatever its date says.
    Compromised,
}

/// A key's revocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeyRevocation {
    /// Why.
    pub reason: RevocationReason,
    /// From when, POSIX seconds.
    pub at: i64,
}

/// One signing key of an authority.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorityKey {
    /// The public key.
    pub key: PublicKey,
    /// Cards issued before this time are not accepted from this key.
    pub not_before: i64,
    /// Cards issued after this time are not accepted from this key.
    pub not_after: Option<i64>,
    /// Set when the key is revoked.
    pub revoked: Option<KeyRevocation>,
}

/// What [`TrustList::freshness`] says of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    /// Before its next update.
    Current,
    /// Past its next update: check, and say so with every result (the warning).
    Stale(String),
    /// Past its next update under `--strict`: check nothing (the warning says why).
    Refused(String),
}

/// An issuing authority.
#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    /// Id, as cards carry it in `iss`.
    pub id: String,
    /// Display name, shown to clinicians.
    pub name: String,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// Signing keys, current and past.
    pub keys: Vec<AuthorityKey>,
}

/// The content of a trust list.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustList {
    /// Increases with every change; a verifier refuses to go back to a lower one.
    pub sequence: u64,
    /// When this version was signed.
    pub issued_at: i64,
    /// When the next version is due; after this the list is stale.
    pub next_update: i64,
    /// The issuing authorities.
    pub authorities: Vec<Authority>,
    /// Revoked cards: first 16 bytes of SHA-256(kid ‖ cti), sorted.
    pub revoked_cards: Vec<[u8; CARD_HASH_LEN]>,
    /// The anchor that will sign future lists, when the anchor is being rotated.
    pub successor_anchor: Option<PublicKey>,
}

/// The hash under which a card is revoked: it identifies the card only together with its
/// signing key and does not reveal the card id.
pub fn card_hash(kid: &KeyId, card: &CardId) -> [u8; CARD_HASH_LEN] {
    let mut h = Sha256::new();
    h.update(kid.0);
    h.update(&card.0);
    let d = h.finalize();
    let mut out = [0u8; CARD_HASH_LEN];
    out.copy_from_slice(&d[..CARD_HASH_LEN]);
    out
}

impl TrustList {
    /// An empty list (sequence 1).
    pub fn new(issued_at: i64, next_update: i64) -> Self {
        Self {
            sequence: 1,
            issued_at,
            next_update,
            authorities: Vec::new(),
            revoked_cards: Vec::new(),
            successor_anchor: None,
        }
    }

    /// Reads and opens a trust list file against the pinned anchor.
    pub fn read(path: &Path, anchor: &PublicKey) -> Result<Self, TrustError> {
        Self::open(&read_file(path)?, anchor).map_err(|e| match e {
            TrustError::NotATrustList(what) => TrustError::FileNotATrustList {
                path: path.to_owned(),
                what,
            },
            e => e,
        })
    }

    /// Opens a list file to edit and sign with the anchor `signer`: the list must be signed by
    /// `signer`, or, right after an anchor rotation, by `previous`, naming `signer` as its
    /// successor. This is how the new anchor makes its first edit, whatever the edit is (`trust
    /// add`, `revoke`, ...). Sign the edited list after [`TrustList::next_version`].
    pub fn read_for_edit(
        path: &Path,
        signer: &PublicKey,
        previous: Option<&PublicKey>,
    ) -> Result<Self, TrustError> {
        let Some(previous) = previous else {
            return Self::read(path, signer);
        };
        let list = Self::read(path, previous)?;
        if list.successor_anchor != Some(*signer) {
            return Err(TrustError::Edit(format!(
                "{} does not name key {} as the successor anchor; announce it first with `ephr trust rotate-anchor --successor`",
                path.display(),
                signer.kid()
            )));
        }
        Ok(list)
    }

    /// Makes the next version, to be signed by `signer`: sequence + 1, new issue and
    /// next-update times, and the successor announcement dropped when `signer` is that
    /// successor (the rotation is done; a list never names its own signer as the next anchor).
    pub fn next_version(&mut self, signer: &PublicKey, now: i64, next_update: i64) {
        if self.successor_anchor == Some(*signer) {
            self.successor_anchor = None;
        }
        self.bump(now, next_update);
    }

    /// Checks the anchor signature, then decodes the list. Nothing in the list is looked at
    /// before the signature has verified.
    pub fn open(bytes: &[u8], anchor: &PublicKey) -> Result<Self, TrustError> {
        let s = parse_signed(bytes)?;
        if s.kid != anchor.kid() {
            return Err(TrustError::WrongAnchor {
                found: s.kid,
                pinned: anchor.kid(),
            });
        }
        if !s.verify(anchor) {
            return Err(TrustError::BadSignature);
        }
        Self::decode(&s.payload)
    }

    /// Decodes a list WITHOUT checking its signature, for display only (`ephr trust show`
    /// without `--anchor`). The result is a different type that can be shown but never used to
    /// verify a card.
    pub fn open_unverified(bytes: &[u8]) -> Result<UnverifiedTrustList, TrustError> {
        let s = parse_signed(bytes)?;
        Ok(UnverifiedTrustList {
            list: Self::decode(&s.payload)?,
            signer: s.kid,
        })
    }

    /// Signs the list with the anchor key.
    pub fn sign(&self, anchor: &SecretKey) -> Vec<u8> {
        Sign1::sign(anchor, Some(TRUST_LIST_CONTENT_TYPE), &self.encode())
    }

    /// Every key with this key id, with its authority. Key ids are truncated hashes, so more than
    /// one key may share one; verification tries each.
    pub fn keys_with_kid(&self, kid: &KeyId) -> Vec<(&Authority, &AuthorityKey)> {
        self.each_key_with_kid(*kid).collect()
    }

    /// [`Self::keys_with_kid`], one by one: the verifier walks them for every card without
    /// collecting them.
    pub(crate) fn each_key_with_kid(
        &self,
        kid: KeyId,
    ) -> impl Iterator<Item = (&Authority, &AuthorityKey)> {
        self.authorities
            .iter()
            .flat_map(|a| a.keys.iter().map(move |k| (a, k)))
            .filter(move |(_, k)| k.key.kid() == kid)
    }

    /// The authority with this id.
    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// True when a card is revoked.
    pub fn is_card_revoked(&self, kid: &KeyId, card: &CardId) -> bool {
        // Most lists revoke no card; then there is nothing to hash.
        !self.revoked_cards.is_empty()
            && self
                .revoked_cards
                .binary_search(&card_hash(kid, card))
                .is_ok()
    }

    /// Adds a key for an authority, creating the authority if it is new. The caller then bumps
    /// the version with [`TrustList::bump`] and signs.
    pub fn add_key(
        &mut self,
        id: &str,
        name: &str,
        country: &str,
        key: AuthorityKey,
    ) -> Result<(), TrustError> {
        if !is_valid_authority_id(id) {
            return Err(TrustError::Edit(format!(
                "\"{id}\" is not a valid authority id: use 2-32 letters, digits, '-', '.' or '_', e.g. GR-EODY-LESVOS"
            )));
        }
        if !codes::is_well_formed_country(country) {
            return Err(TrustError::Edit(format!(
                "\"{country}\" is not an ISO 3166-1 alpha-2 country code"
            )));
        }
        if name.trim().is_empty() || name.chars().count() > 80 {
            return Err(TrustError::Edit(
                "the display name must be 1 to 80 characters".into(),
            ));
        }
        if key.not_after.is_some_and(|end| end <= key.not_before) {
            return Err(TrustError::Edit(
                "the key's validity ends before it begins; check --valid-from and --valid-until"
                    .into(),
            ));
        }
        if let Some((a, _)) = self
            .authorities
            .iter()
            .flat_map(|a| a.keys.iter().map(move |k| (a, k)))
            .find(|(_, k)| k.key == key.key)
        {
            return Err(TrustError::Edit(format!(
                "key {} is already listed for {}",
                key.key.kid(),
                a.id
            )));
        }
        match self.authorities.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                if a.name != name || a.country != country {
                    return Err(TrustError::Edit(format!(
                        "authority {id} is already listed as \"{}\" ({}); give the same --name and --country to add a key",
                        a.name, a.country
                    )));
                }
                a.keys.push(key);
            }
            None => self.authorities.push(Authority {
                id: id.into(),
                name: name.into(),
                country: country.into(),
                keys: vec![key],
            }),
        }
        Ok(())
    }

    fn key_mut(&mut self, kid: &KeyId) -> Result<&mut AuthorityKey, TrustError> {
        let mut found = self
            .authorities
            .iter_mut()
            .flat_map(|a| a.keys.iter_mut())
            .filter(|k| k.key.kid() == *kid);
        match (found.next(), found.next()) {
            (Some(k), None) => Ok(k),
            (None, _) => Err(TrustError::Edit(format!(
                "no key {kid} in the list; `ephr trust show` lists the key ids"
            ))),
            (Some(_), Some(_)) => Err(TrustError::Edit(format!(
                "two keys share the id {kid}; remove one authority's key first"
            ))),
        }
    }

    /// Revokes a key. `Superseded` (rotation) keeps cards issued before `at` valid;
    /// `Compromised` rejects every card the key signed. A compromised key stays compromised:
    /// revoking it again as superseded is refused, as is moving a compromise later.
    pub fn revoke_key(
        &mut self,
        kid: &KeyId,
        reason: RevocationReason,
        at: i64,
    ) -> Result<(), TrustError> {
        let k = self.key_mut(kid)?;
        if let Some(r) = k.revoked
            && r.reason == RevocationReason::Compromised
        {
            return Err(TrustError::Edit(format!(
                "key {kid} is already revoked as compromised; that cannot be weakened"
            )));
        }
        k.revoked = Some(KeyRevocation { reason, at });
        Ok(())
    }

    /// Changes a key's validity window (for cards' issue times).
    pub fn set_key_window(
        &mut self,
        kid: &KeyId,
        not_before: Option<i64>,
        not_after: Option<Option<i64>>,
    ) -> Result<(), TrustError> {
        let k = self.key_mut(kid)?;
        let nb = not_before.unwrap_or(k.not_before);
        let na = not_after.unwrap_or(k.not_after);
        if na.is_some_and(|end| end <= nb) {
            return Err(TrustError::Edit(
                "the key's validity ends before it begins; check --valid-from and --valid-until"
                    .into(),
            ));
        }
        k.not_before = nb;
        k.not_after = na;
        Ok(())
    }

    /// Revokes one card, stored as its truncated hash bound to the signing key. Private: a key
    /// id and a card id alone cannot show that the key signed that card, and a revocation that
    /// matches no card must not look like a success. The two public ways in are
    /// [`TrustList::revoke_verified_card`] and [`TrustList::revoke_card_id`].
    fn revoke_card(&mut self, kid: &KeyId, card: &CardId) -> bool {
        let h = card_hash(kid, card);
        match self.revoked_cards.binary_search(&h) {
            Ok(_) => false,
            Err(i) => {
                self.revoked_cards.insert(i, h);
                true
            }
        }
    }

    /// Revokes a card that verified against this list (the card itself, scanned or read from a
    /// booklet page). Returns false when it was revoked already.
    pub fn revoke_verified_card(&mut self, card: &crate::VerifiedCard) -> Result<bool, TrustError> {
        let kid = card.kid();
        self.key_mut(&kid)?;
        Ok(self.revoke_card(&kid, &card.claims().card_id))
    }

    /// Revokes the card with this id issued by `authority`, as printed on the booklet, when the
    /// card itself is not at hand. The booklet does not show which of the authority's keys
    /// signed it, so the card is revoked under each of them (one hash each; card ids are random
    /// 64-bit values, so no other card is hit). Returns how many hashes were new: 0 means it
    /// was revoked already.
    pub fn revoke_card_id(&mut self, authority: &str, card: &CardId) -> Result<usize, TrustError> {
        let kids: Vec<KeyId> = self
            .authority(authority)
            .ok_or_else(|| {
                TrustError::Edit(format!(
                    "no authority {authority} in the list; `ephr trust show` lists the authority ids"
                ))
            })?
            .keys
            .iter()
            .map(|k| k.key.kid())
            .collect();
        Ok(kids
            .iter()
            .filter(|kid| self.revoke_card(kid, card))
            .count())
    }

    /// Removes an authority and all its keys: its cards become `unknown-kid`. Prefer revoking
    /// keys, which keeps old cards verifiable.
    pub fn remove_authority(&mut self, id: &str) -> Result<Authority, TrustError> {
        let i = self
            .authorities
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| TrustError::Edit(format!("no authority {id} in the list")))?;
        Ok(self.authorities.remove(i))
    }

    /// Names the anchor that will sign the next lists (anchor rotation). Verifiers that have
    /// installed this list accept a later list signed by the successor and pin it.
    pub fn set_successor_anchor(&mut self, key: Option<PublicKey>) {
        self.successor_anchor = key;
    }

    /// True when the list is past its next-update time at `now`.
    pub fn is_stale(&self, now: i64) -> bool {
        now > self.next_update
    }

    /// Whether results may be given against this list at `now`: a stale list is a warning that
    /// every result carries, or, under `strict` (`--strict`), a refusal to check anything. The
    /// one rule for every front-end.
    pub fn freshness(&self, now: i64, strict: bool) -> Freshness {
        match (self.stale_warning(now), strict) {
            (None, _) => Freshness::Current,
            (Some(w), false) => Freshness::Stale(w),
            (Some(w), true) => Freshness::Refused(w),
        }
    }

    /// The warning every result carries when the list is stale: how old it is and what to do.
    pub fn stale_warning(&self, now: i64) -> Option<String> {
        self.is_stale(now).then(|| {
            format!(
                "the trust list (version {}, issued {}) is {} day(s) past its next update ({}): revocations since then are not known here; get the current list from your health authority",
                self.sequence,
                format_instant(self.issued_at),
                (now - self.next_update + 86_399) / 86_400,
                format_instant(self.next_update)
            )
        })
    }

    /// Marks a new version: sequence + 1, new issue time and next-update time.
    pub fn bump(&mut self, now: i64, next_update: i64) {
        self.sequence += 1;
        self.issued_at = now;
        self.next_update = next_update;
    }

    fn encode(&self) -> Vec<u8> {
        let authorities = self
            .authorities
            .iter()
            .map(|a| {
                let keys = a
                    .keys
                    .iter()
                    .map(|k| {
                        MapBuilder::default()
                            .put(0, Value::Bytes(k.key.to_bytes().to_vec()))
                            .put(1, int(k.not_before))
                            .opt(2, k.not_after.map(int))
                            .opt(
                                3,
                                k.revoked.map(|r| {
                                    Value::Array(vec![
                                        int(match r.reason {
                                            RevocationReason::Superseded => 0,
                                            RevocationReason::Compromised => 1,
                                        }),
                                        int(r.at),
                                    ])
                                }),
                            )
                            .build()
                    })
                    .collect();
                MapBuilder::default()
                    .put(0, Value::Text(a.id.clone()))
                    .put(1, Value::Text(a.name.clone()))
                    .put(2, Value::Text(a.country.clone()))
                    .put(3, Value::Array(keys))
                    .build()
            })
            .collect();
        let mut revoked = self.revoked_cards.clone();
        revoked.sort_unstable();
        revoked.dedup();
        let v = MapBuilder::default()
            .put(0, int(TRUST_LIST_VERSION))
            .put(1, int(self.sequence))
            .put(2, int(self.issued_at))
            .put(3, int(self.next_update))
            .put(4, Value::Array(authorities))
            .opt(
                5,
                (!revoked.is_empty()).then(|| {
                    Value::Array(revoked.iter().map(|h| Value::Bytes(h.to_vec())).collect())
                }),
            )
            .opt(
                6,
                self.successor_anchor
                    .map(|k| Value::Bytes(k.to_bytes().to_vec())),
            )
            .build();
        cbor::to_vec(&v)
    }

    fn decode(payload: &[u8]) -> Result<Self, TrustError> {
        let mut m = MapReader::new(cbor::from_slice_deterministic(payload)?, "trust")?;
        let version = cbor::uint(&m.need(0)?, "trust.0", u64::MAX)?;
        if version != TRUST_LIST_VERSION {
            return Err(TrustError::UnknownVersion(version));
        }
        let time = |v: Value, path: &dyn std::fmt::Display| -> Result<i64, CborError> {
            v.as_integer()
                .and_then(|i| i64::try_from(i).ok())
                .ok_or_else(|| structure(path, "expected a time in POSIX seconds"))
        };
        let public = |v: Value, path: &dyn std::fmt::Display| -> Result<PublicKey, CborError> {
            let b = cbor::bytes(v, path, 32, 32)?;
            let mut a = [0u8; 32];
            a.copy_from_slice(&b);
            PublicKey::parse(&a).map_err(|why| structure(path, why))
        };
        let sequence = cbor::uint(&m.need(1)?, "trust.1", u64::MAX)?;
        let issued_at = time(m.need(2)?, &"trust.2")?;
        let next_update = time(m.need(3)?, &"trust.3")?;
        let mut authorities = Vec::new();
        let Value::Array(list) = m.need(4)? else {
            return Err(structure("trust.4", "expected an array").into());
        };
        for (i, a) in list.into_iter().enumerate() {
            let path = format!("trust.4[{i}]");
            let mut a = MapReader::new(a, &path)?;
            let id = a.need_text(0, 32)?;
            let name = a.need_text(1, 80)?;
            let country = a.need_text(2, 2)?;
            let Value::Array(keys) = a.need(3)? else {
                return Err(structure(a.at(3), "expected an array").into());
            };
            let mut out_keys = Vec::new();
            for (j, k) in keys.into_iter().enumerate() {
                let kp = format!("{path}.3[{j}]");
                let mut k = MapReader::new(k, &kp)?;
                let key = public(k.need(0)?, &k.at(0))?;
                let not_before = time(k.need(1)?, &k.at(1))?;
                let not_after = k.take(2).map(|v| time(v, &kp)).transpose()?;
                let revoked = match k.take(3) {
                    None => None,
                    Some(Value::Array(r)) if r.len() == 2 => {
                        let reason = match cbor::uint(&r[0], &kp, 1)? {
                            0 => RevocationReason::Superseded,
                            _ => RevocationReason::Compromised,
                        };
                        Some(KeyRevocation {
                            reason,
                            at: time(r[1].clone(), &kp)?,
                        })
                    }
                    Some(_) => {
                        return Err(structure(&kp, "revocation must be [reason, time]").into());
                    }
                };
                k.finish()?;
                out_keys.push(AuthorityKey {
                    key,
                    not_before,
                    not_after,
                    revoked,
                });
            }
            a.finish()?;
            authorities.push(Authority {
                id,
                name,
                country,
                keys: out_keys,
            });
        }
        let revoked_cards = match m.take(5) {
            None => Vec::new(),
            Some(Value::Array(hs)) => hs
                .into_iter()
                .map(|h| {
                    cbor::bytes(h, "trust.5", CARD_HASH_LEN, CARD_HASH_LEN).map(|b| {
                        let mut a = [0u8; CARD_HASH_LEN];
                        a.copy_from_slice(&b);
                        a
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
            Some(_) => return Err(structure("trust.5", "expected an array").into()),
        };
        if !revoked_cards.is_sorted_by(|a, b| a < b) {
            return Err(structure("trust.5", "revoked cards must be sorted and unique").into());
        }
        let successor_anchor = m.take(6).map(|v| public(v, &"trust.6")).transpose()?;
        m.finish()?;
        Ok(Self {
            sequence,
            issued_at,
            next_update,
            authorities,
            revoked_cards,
            successor_anchor,
        })
    }

    /// A readable description for `ephr trust show`, for a list verified against `anchor`.
    pub fn describe(&self, anchor: KeyId) -> String {
        self.describe_as(SignatureStatus::Verified, anchor)
    }

    fn describe_as(&self, status: SignatureStatus, signer: KeyId) -> String {
        let mut o = match status {
            SignatureStatus::Verified => format!(
                "Trust list version {} — signature VALID (anchor {signer})\n",
                self.sequence
            ),
            SignatureStatus::NotChecked => format!(
                "Trust list version {} — signature NOT CHECKED (claims anchor {signer}; pass --anchor to check)\n",
                self.sequence
            ),
        };
        o.push_str(&format!(
            "issued {}, next update due {}\n",
            format_instant(self.issued_at),
            format_instant(self.next_update)
        ));
        for a in &self.authorities {
            o.push_str(&format!("\n{}  {} ({})\n", a.id, a.name, a.country));
            for k in &a.keys {
                o.push_str(&format!(
                    "  key {}  valid from {}{}{}\n",
                    k.key.kid(),
                    format_instant(k.not_before),
                    k.not_after
                        .map_or(String::new(), |t| format!(" until {}", format_instant(t))),
                    k.revoked.map_or(String::new(), |r| format!(
                        "  REVOKED ({}) {}",
                        match r.reason {
                            RevocationReason::Superseded => "superseded",
                            RevocationReason::Compromised => "compromised",
                        },
                        format_instant(r.at)
                    )),
                ));
            }
        }
        if self.authorities.is_empty() {
            o.push_str("\n(no authorities yet: add one with `ephr trust add`)\n");
        }
        o.push_str(&format!("\nrevoked cards: {}\n", self.revoked_cards.len()));
        if let Some(s) = self.successor_anchor {
            o.push_str(&format!("successor anchor: {}\n", s.kid()));
        }
        o
    }

    /// A JSON view for tooling (`ephr trust show --json`).
    pub fn to_json(&self, signature: SignatureStatus, anchor: KeyId) -> serde_json::Value {
        serde_json::json!({
            "signature": signature,
            "anchor_kid": anchor.to_string(),
            "sequence": self.sequence,
            "issued_at": format_instant(self.issued_at),
            "next_update": format_instant(self.next_update),
            "authorities": self.authorities.iter().map(|a| serde_json::json!({
                "id": a.id,
                "name": a.name,
                "country": a.country,
                "keys": a.keys.iter().map(|k| serde_json::json!({
                    "kid": k.key.kid().to_string(),
                    "public_key": hex::encode(k.key.to_bytes()),
                    "not_before": format_instant(k.not_before),
                    "not_after": k.not_after.map(format_instant),
                    "revoked": k.revoked.map(|r| serde_json::json!({
                        "reason": r.reason, "at": format_instant(r.at)
                    })),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "revoked_cards": self.revoked_cards.len(),
            "successor_anchor": self.successor_anchor.map(|k| k.kid().to_string()),
        })
    }
}

/// A trust list whose signature has NOT been checked. It can be displayed; it cannot be used to
/// verify cards (there is no way to get a [`TrustList`] out of it).
#[derive(Debug, Clone)]
pub struct UnverifiedTrustList {
    list: TrustList,
    signer: KeyId,
}

impl UnverifiedTrustList {
    /// Key id of the anchor that claims to have signed the list.
    pub fn signer(&self) -> KeyId {
        self.signer
    }
    /// The list's version number, as it claims.
    pub fn sequence(&self) -> u64 {
        self.list.sequence
    }
    /// Readable description, marked as not checked.
    pub fn describe(&self) -> String {
        self.list
            .describe_as(SignatureStatus::NotChecked, self.signer)
    }
    /// JSON view, with `"signature": "not_checked"`.
    pub fn to_json(&self) -> serde_json::Value {
        self.list.to_json(SignatureStatus::NotChecked, self.signer)
    }
}

/// Whether a displayed trust list's signature was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    /// Verified against the pinned anchor.
    Verified,
    /// Not checked (no anchor given).
    NotChecked,
}

fn parse_signed(bytes: &[u8]) -> Result<Sign1, TrustError> {
    if bytes.len() > MAX_TRUST_LIST_LEN {
        return Err(TrustError::TooLarge);
    }
    let what = if bytes.starts_with(b"PHR") {
        Some("PHR card text")
    } else if bytes.starts_with(b"-----BEGIN") {
        Some("a PEM key file")
    } else if bytes.first() == Some(&b'{') {
        Some("JSON")
    } else if crate::input::looks_like_image(bytes) {
        Some("an image")
    } else {
        None
    };
    if let Some(what) = what {
        return Err(TrustError::NotATrustList(what));
    }
    let s = Sign1::parse(bytes)?;
    s.expect_content_type(Some(TRUST_LIST_CONTENT_TYPE))?;
    Ok(s)
}

/// Reads a trust list file, refusing oversized files before reading them whole.
pub fn read_file(path: &Path) -> Result<Vec<u8>, TrustError> {
    use std::io::Read;
    let io = |source| TrustError::Io {
        path: path.to_owned(),
        source,
    };
    let f = std::fs::File::open(path).map_err(io)?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(TrustError::FileNotATrustList {
            path: path.to_owned(),
            what: "a directory",
        });
    }
    let mut b = Vec::new();
    f.take(MAX_TRUST_LIST_LEN as u64 + 1)
        .read_to_end(&mut b)
        .map_err(io)?;
    if b.len() > MAX_TRUST_LIST_LEN {
        return Err(TrustError::TooLarge);
    }
    Ok(b)
}

/// Writes a trust list file atomically (a reader never sees half a list), never through a
/// symbolic link (see [`crate::files`]).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), TrustError> {
    crate::files::write_private(path, bytes, crate::files::Existing::Replace).map_err(|e| match e {
        crate::files::FileError::Io { path, source } => TrustError::Io { path, source },
        crate::files::FileError::Exists(path) => TrustError::Io {
            path,
            source: std::io::ErrorKind::AlreadyExists.into(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_anchor_edits_a_list_the_previous_one_signed_once_it_is_announced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("list.cose");
        let (old, new) = (anchor(), SecretKey::from_seed(&[7u8; 32]));
        // Before the announcement the new anchor cannot edit the list, with or without
        // --previous-anchor.
        write_file(&path, &list().sign(&old)).unwrap();
        assert!(matches!(
            TrustList::read_for_edit(&path, &new.public(), None),
            Err(TrustError::WrongAnchor { .. })
        ));
        let e = TrustList::read_for_edit(&path, &new.public(), Some(&old.public())).unwrap_err();
        assert!(
            e.to_string().contains("does not name key") && e.to_string().contains("rotate-anchor"),
            "{e}"
        );
        // Announced: the old anchor still edits with its own key; the new one with the old
        // one's public key as previous.
        let mut announced = list();
        announced.set_successor_anchor(Some(new.public()));
        write_file(&path, &announced.sign(&old)).unwrap();
        assert!(TrustList::read_for_edit(&path, &old.public(), None).is_ok());
        let mut l = TrustList::read_for_edit(&path, &new.public(), Some(&old.public())).unwrap();
        // A wrong previous anchor is refused as the list's signer would be.
        assert!(matches!(
            TrustList::read_for_edit(&path, &new.public(), Some(&new.public())),
            Err(TrustError::WrongAnchor { .. })
        ));
        let seq = l.sequence;
        l.next_version(&new.public(), 1_700_000_100, 1_710_000_100);
        assert_eq!(l.successor_anchor, None, "the rotation is done");
        assert_eq!(l.sequence, seq + 1);
        write_file(&path, &l.sign(&new)).unwrap();
        // From now on the new anchor alone edits it.
        assert!(TrustList::read_for_edit(&path, &new.public(), None).is_ok());
        assert!(TrustList::read_for_edit(&path, &new.public(), Some(&old.public())).is_err());
        // The old anchor's next version keeps the announcement.
        let mut again = announced.clone();
        again.next_version(&old.public(), 1_700_000_100, 1_710_000_100);
        assert_eq!(again.successor_anchor, Some(new.public()));
    }

    #[test]
    fn a_list_with_a_non_canonical_key_is_refused() {
        let mut l = list();
        l.set_successor_anchor(Some(SecretKey::from_seed(&[5u8; 32]).public()));
        let good = l.encode();
        let key = l.successor_anchor.unwrap().to_bytes();
        // 0xff x 32 in place of the successor anchor (the payload's last 32 bytes).
        assert_eq!(&good[good.len() - 32..], key);
        let mut bad = good.clone();
        let n = bad.len();
        bad[n - 32..].copy_from_slice(&[0xff; 32]);
        let e = TrustList::decode(&bad).unwrap_err().to_string();
        assert!(e.contains("trust.6"), "{e}");
    }

    #[test]
    fn a_directory_is_not_a_trust_list() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_file(dir.path()).unwrap_err();
        assert!(e.to_string().contains("a directory"), "{e}");
    }

    fn anchor() -> SecretKey {
        SecretKey::from_seed(&[1u8; 32])
    }

    fn list() -> TrustList {
        let mut l = TrustList::new(1_700_000_000, 1_710_000_000);
        l.add_key(
            "GR-TEST",
            "Test authority",
            "GR",
            AuthorityKey {
                key: SecretKey::from_seed(&[2u8; 32]).public(),
                not_before: 1_700_000_000,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        l
    }

    #[test]
    fn sign_open_round_trip() {
        let l = list();
        let bytes = l.sign(&anchor());
        assert_eq!(TrustList::open(&bytes, &anchor().public()).unwrap(), l);
    }

    #[test]
    fn wrong_anchor_and_tampering() {
        let bytes = list().sign(&anchor());
        let other = SecretKey::from_seed(&[9u8; 32]).public();
        assert!(matches!(
            TrustList::open(&bytes, &other),
            Err(TrustError::WrongAnchor { .. })
        ));
        // Flip one byte inside the payload (the authority name).
        let pos = bytes.windows(4).position(|w| w == b"Test").unwrap();
        let mut bad = bytes.clone();
        bad[pos] = b'B';
        assert!(matches!(
            TrustList::open(&bad, &anchor().public()),
            Err(TrustError::BadSignature)
        ));
    }

    #[test]
    fn a_card_is_not_a_trust_list() {
        let card = Sign1::sign(&anchor(), None, b"x");
        assert!(matches!(
            TrustList::open(&card, &anchor().public()),
            Err(TrustError::Cose(CoseError::WrongContentType { .. }))
        ));
    }

    #[test]
    fn edits_are_checked() {
        let mut l = list();
        let k = |s| AuthorityKey {
            key: SecretKey::from_seed(&[s; 32]).public(),
            not_before: 0,
            not_after: None,
            revoked: None,
        };
        assert!(
            l.add_key("GR-TEST", "Test authority", "GR", k(2)).is_err(),
            "duplicate key"
        );
        assert!(l.add_key("GR-TEST", "Other name", "GR", k(3)).is_err());
        assert!(l.add_key("bad id!", "X", "GR", k(3)).is_err());
        assert!(l.add_key("IT-X", "X", "XX", k(3)).is_err());
        l.add_key("GR-TEST", "Test authority", "GR", k(3)).unwrap();
        assert_eq!(l.authorities[0].keys.len(), 2);
    }

    #[test]
    fn a_card_is_revoked_from_what_the_authority_has() {
        let mut l = list();
        let second = SecretKey::from_seed(&[3u8; 32]);
        l.add_key(
            "GR-TEST",
            "Test authority",
            "GR",
            AuthorityKey {
                key: second.public(),
                not_before: 1_700_000_000,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        let record = crate::Record::from_json(
            r#"{"patient":{"birth_date":"1990"},"encounter":{"date":"2023-11-20","country":"GR"}}"#,
        )
        .unwrap();
        let opts = crate::IssueOptions {
            issued_at: 1_700_500_000,
            ..Default::default()
        };
        let issue = |seed| {
            crate::Issuer::new(SecretKey::from_seed(&[seed; 32]), "GR-TEST")
                .unwrap()
                .issue(&record, &opts)
                .unwrap()
        };
        let (a, b) = (issue(2), issue(3));
        let check = |l: &TrustList, text: &str| {
            crate::UnverifiedCard::from_text(text)
                .unwrap()
                .verify(l, 1_700_600_000)
        };
        // The card itself: revoked under the key that signed it, and only that card.
        let verified = check(&l, a.text()).unwrap();
        assert!(l.revoke_verified_card(&verified).unwrap());
        assert!(
            !l.revoke_verified_card(&verified).unwrap(),
            "already revoked"
        );
        assert!(matches!(
            check(&l, a.text()),
            Err(crate::VerifyError::CardRevoked)
        ));
        assert!(check(&l, b.text()).is_ok());
        // The card id from the booklet: revoked under each of the authority's two keys.
        assert_eq!(l.revoke_card_id("GR-TEST", &b.claims().card_id).unwrap(), 2);
        assert!(matches!(
            check(&l, b.text()),
            Err(crate::VerifyError::CardRevoked)
        ));
        assert_eq!(l.revoke_card_id("GR-TEST", &b.claims().card_id).unwrap(), 0);
        assert!(l.revoke_card_id("IT-OTHER", &b.claims().card_id).is_err());
    }

    #[test]
    fn lifecycle_edits() {
        let mut l = list();
        let kid = SecretKey::from_seed(&[2u8; 32]).public().kid();
        let unknown = SecretKey::from_seed(&[7u8; 32]).public().kid();
        assert!(
            l.revoke_key(&unknown, RevocationReason::Superseded, 5)
                .is_err()
        );
        l.revoke_key(&kid, RevocationReason::Superseded, 1_750_000_000)
            .unwrap();
        l.revoke_key(&kid, RevocationReason::Compromised, 1_760_000_000)
            .unwrap();
        assert!(
            l.revoke_key(&kid, RevocationReason::Superseded, 1).is_err(),
            "a compromise cannot be weakened"
        );
        let card = CardId(vec![1; 8]);
        assert!(l.revoke_card(&kid, &card));
        assert!(!l.revoke_card(&kid, &card), "already revoked");
        assert!(l.is_card_revoked(&kid, &card));
        assert!(
            !l.is_card_revoked(&kid, &CardId(vec![2; 8])),
            "siblings unaffected"
        );
        assert!(
            !l.is_card_revoked(&unknown, &card),
            "the hash is bound to the key"
        );
        assert!(
            l.revoke_card_id("GR-NONE", &card).is_err(),
            "unknown authority"
        );
        assert_eq!(
            l.revoke_card_id("GR-TEST", &card).unwrap(),
            0,
            "already revoked"
        );
        assert!(l.set_key_window(&kid, Some(10), Some(Some(5))).is_err());
        l.set_key_window(&kid, Some(10), Some(Some(20))).unwrap();
        l.set_key_window(&kid, None, Some(None)).unwrap();
        assert_eq!(l.authorities[0].keys[0].not_before, 10);
        assert_eq!(l.authorities[0].keys[0].not_after, None);
        // Round trip through signing keeps every edit.
        let back = TrustList::open(&l.sign(&anchor()), &anchor().public()).unwrap();
        assert_eq!(back, l);
        assert!(l.remove_authority("GR-NONE").is_err());
        assert_eq!(l.remove_authority("GR-TEST").unwrap().keys.len(), 1);
        assert!(l.keys_with_kid(&kid).is_empty());
    }

    #[test]
    fn staleness() {
        let l = list();
        assert!(l.stale_warning(l.next_update).is_none());
        let w = l.stale_warning(l.next_update + 3 * 86_400).unwrap();
        assert!(w.contains("3 day(s) past its next update"), "{w}");
        // The one rule for --strict, which both front-ends apply.
        let late = l.next_update + 3 * 86_400;
        assert_eq!(l.freshness(l.next_update, true), Freshness::Current);
        assert_eq!(l.freshness(late, false), Freshness::Stale(w.clone()));
        assert_eq!(l.freshness(late, true), Freshness::Refused(w));
    }
}
