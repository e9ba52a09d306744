//! COSE_Sign1 (RFC 9052 §4.2) with Ed25519, and nothing else.
//!
//! ephr writes exactly one shape: tag 18 around
//! `[protected: bstr .cbor {1: -8, 4: kid} , unprotected: {}, payload: bstr, signature: bstr(64)]`
//! (the trust list adds a content type, label 3, to its protected header so that a trust list can
//! never be mistaken for a card or the reverse). The reader is strict: anything else is a distinct
//! [`CoseError`].
//!
//! Algorithm: `-8` (EdDSA) with an Ed25519 key. RFC 9864 registers `-19` for Ed25519 alone, but
//! widely used COSE libraries verify `-8` and not `-19` (Python `pycose` 1.1 has no `-19`;
//! `cwt` 3.3 has both), and every COSE implementation with EdDSA support knows `-8`. The verifier pins the algorithm:
//! only `-8` is accepted, and the key behind it is always Ed25519 (ephr's trust list holds no other
//! key type), so there is no algorithm choice for an attacker to influence.

use ciborium::value::Value;

use crate::cbor::{self, CborError, Head, Reader};
use crate::keys::{KeyId, PublicKey, SecretKey};

/// CBOR tag of COSE_Sign1.
pub const TAG_SIGN1: u64 = 18;
/// The only algorithm: EdDSA (used with Ed25519 only).
pub const ALG_EDDSA: i64 = -8;
/// Header label `alg`.
pub const HDR_ALG: i64 = 1;
/// Header label `content type`.
pub const HDR_CONTENT_TYPE: i64 = 3;
/// Header label `kid`.
pub const HDR_KID: i64 = 4;

/// Why bytes are not an acceptable COSE_Sign1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoseError {
    /// Not CBOR, or not deterministically encoded.
    #[error("the signed data is not valid CBOR: {0}")]
    Cbor(#[from] CborError),
    /// No COSE_Sign1 tag (18), or another tag.
    #[error("the signed data is not a tagged COSE_Sign1 (expected CBOR tag 18, found {0})")]
    NotTagged(String),
    /// Tagged, but not a 4-element array of the right types.
    #[error("the COSE_Sign1 structure is wrong: {0}")]
    Structure(String),
    /// Algorithm missing or not EdDSA/Ed25519.
    #[error("the card is signed with algorithm {0}; ephr accepts only EdDSA (-8) with Ed25519")]
    WrongAlgorithm(String),
    /// The key id is in the unprotected header only, where anyone could change it.
    #[error(
        "the key id is only in the unprotected header; ephr requires it in the protected header"
    )]
    KidNotProtected,
    /// No key id at all.
    #[error("the signed data has no key id, so the signer cannot be looked up")]
    MissingKid,
    /// A header parameter ephr does not know.
    #[error("the protected header has a parameter ephr does not understand (label {0})")]
    UnknownHeader(String),
    /// Unprotected header must be empty.
    #[error("the unprotected header must be empty (it is not covered by the signature)")]
    UnprotectedNotEmpty,
    /// The content type does not match what was expected (a trust list offered as a card, …).
    #[error("this is {found}, not {expected}")]
    WrongContentType {
        /// What the caller wanted.
        expected: String,
        /// What the data says it is.
        found: String,
    },
}

/// A parsed COSE_Sign1, not yet verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sign1 {
    /// The protected header exactly as signed.
    pub protected: Vec<u8>,
    /// Key id from the protected header.
    pub kid: KeyId,
    /// Content type from the protected header, if any.
    pub content_type: Option<String>,
    /// The payload bytes.
    pub payload: Vec<u8>,
    /// The 64-byte Ed25519 signature.
    pub signature: [u8; 64],
}

fn int(n: i64) -> Value {
    Value::Integer(n.into())
}

/// Encodes the protected header map `{1: -8, [3: ct,] 4: kid}`.
fn protected_header(kid: &KeyId, content_type: Option<&str>) -> Vec<u8> {
    let mut m = vec![(int(HDR_ALG), int(ALG_EDDSA))];
    if let Some(ct) = content_type {
        m.push((int(HDR_CONTENT_TYPE), Value::Text(ct.to_owned())));
    }
    m.push((int(HDR_KID), Value::Bytes(kid.0.to_vec())));
    cbor::to_vec(&Value::Map(m))
}

/// `Sig_structure = ["Signature1", protected, external_aad = h'', payload]` (RFC 9052 §4.4).
/// Written directly (it is built on every verification): the same bytes as the deterministic
/// writer would give, without copying the payload into a value tree first.
pub fn sig_structure(protected: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + protected.len() + payload.len());
    write_sig_structure(&mut out, protected, payload);
    out
}

/// Appends the Sig_structure of [`sig_structure`] to `out`.
fn write_sig_structure(out: &mut Vec<u8>, protected: &[u8], payload: &[u8]) {
    const CONTEXT: &[u8] = b"Signature1";
    out.reserve(32 + protected.len() + payload.len());
    cbor::write_head(out, 4, 4);
    cbor::write_head(out, 3, CONTEXT.len() as u64);
    out.extend_from_slice(CONTEXT);
    cbor::write_head(out, 2, protected.len() as u64);
    out.extend_from_slice(protected);
    cbor::write_head(out, 2, 0);
    cbor::write_head(out, 2, payload.len() as u64);
    out.extend_from_slice(payload);
}

impl Sign1 {
    /// Signs `payload` and returns the tagged COSE_Sign1 bytes.
    pub fn sign(key: &SecretKey, content_type: Option<&str>, payload: &[u8]) -> Vec<u8> {
        let protected = protected_header(&key.public().kid(), content_type);
        let signature = key.sign(&sig_structure(&protected, payload));
        cbor::to_vec(&Value::Tag(
            TAG_SIGN1,
            Box::new(Value::Array(vec![
                Value::Bytes(protected),
                Value::Map(Vec::new()),
                Value::Bytes(payload.to_vec()),
                Value::Bytes(signature.to_vec()),
            ])),
        ))
    }

    /// Parses tagged COSE_Sign1 bytes strictly. Does not verify the signature.
    pub fn parse(bytes: &[u8]) -> Result<Self, CoseError> {
        let parts = Sign1Parts::parse(bytes)?;
        Ok(Self {
            protected: bytes[parts.protected.clone()].to_vec(),
            kid: parts.kid,
            content_type: parts.content_type(bytes).map(str::to_owned),
            payload: bytes[parts.payload].to_vec(),
            signature: parts.signature,
        })
    }

    /// The parser through a value tree, which reports each kind of fault with its own message
    /// and in a fixed order (CBOR faults anywhere first, then structure, then headers). It runs
    /// only for bytes that [`Sign1Parts::read`] did not accept, to say why.
    fn parse_tree(bytes: &[u8]) -> Result<Self, CoseError> {
        let v = cbor::from_slice_deterministic(bytes)?;
        let inner = match v {
            Value::Tag(TAG_SIGN1, inner) => *inner,
            Value::Tag(t, _) => return Err(CoseError::NotTagged(format!("tag {t}"))),
            _ => return Err(CoseError::NotTagged("no tag".into())),
        };
        let Value::Array(items) = inner else {
            return Err(CoseError::Structure("expected an array".into()));
        };
        let [protected, unprotected, payload, signature]: [Value; 4] =
            items.try_into().map_err(|items: Vec<Value>| {
                CoseError::Structure(format!("expected 4 elements, found {}", items.len()))
            })?;
        let Value::Bytes(protected) = protected else {
            return Err(CoseError::Structure(
                "the protected header is not a byte string".into(),
            ));
        };
        let Value::Map(unprotected) = unprotected else {
            return Err(CoseError::Structure(
                "the unprotected header is not a map".into(),
            ));
        };
        let payload = match payload {
            Value::Bytes(p) => p,
            Value::Null => return Err(CoseError::Structure("the payload is detached".into())),
            _ => {
                return Err(CoseError::Structure(
                    "the payload is not a byte string".into(),
                ));
            }
        };
        let signature: [u8; 64] = match signature {
            Value::Bytes(s) => s.try_into().map_err(|s: Vec<u8>| {
                CoseError::Structure(format!("the signature is {} bytes, not 64", s.len()))
            })?,
            _ => {
                return Err(CoseError::Structure(
                    "the signature is not a byte string".into(),
                ));
            }
        };

        let header = if protected.is_empty() {
            Vec::new()
        } else {
            match cbor::from_slice_deterministic(&protected)? {
                Value::Map(m) => m,
                _ => {
                    return Err(CoseError::Structure(
                        "the protected header is not a map".into(),
                    ));
                }
            }
        };
        let label = |k: &Value| k.as_integer().and_then(|i| i64::try_from(i).ok());
        let mut alg = None;
        let mut kid = None;
        let mut content_type = None;
        for (k, v) in &header {
            match label(k) {
                Some(HDR_ALG) => alg = Some(v.clone()),
                Some(HDR_KID) => kid = Some(v.clone()),
                Some(HDR_CONTENT_TYPE) => match v {
                    Value::Text(t) => content_type = Some(t.clone()),
                    _ => return Err(CoseError::Structure("content type is not text".into())),
                },
                _ => return Err(CoseError::UnknownHeader(format!("{k:?}"))),
            }
        }
        match alg {
            Some(Value::Integer(i)) if i == ALG_EDDSA.into() => {}
            Some(Value::Integer(i)) => {
                return Err(CoseError::WrongAlgorithm(i128::from(i).to_string()));
            }
            Some(v) => return Err(CoseError::WrongAlgorithm(format!("{v:?}"))),
            None => return Err(CoseError::WrongAlgorithm("(none)".into())),
        }
        let unprotected_kid = unprotected.iter().any(|(k, _)| label(k) == Some(HDR_KID));
        let kid = match kid {
            Some(Value::Bytes(b)) => KeyId(b.try_into().map_err(|b: Vec<u8>| {
                CoseError::Structure(format!("the key id is {} bytes, not 8", b.len()))
            })?),
            Some(_) => {
                return Err(CoseError::Structure(
                    "the key id is not a byte string".into(),
                ));
            }
            None if unprotected_kid => return Err(CoseError::KidNotProtected),
            None => return Err(CoseError::MissingKid),
        };
        if !unprotected.is_empty() {
            return Err(CoseError::UnprotectedNotEmpty);
        }
        Ok(Self {
            protected,
            kid,
            content_type,
            payload,
            signature,
        })
    }

    /// Requires a content type (`Some`) or its absence (`None`).
    pub fn expect_content_type(&self, expected: Option<&str>) -> Result<(), CoseError> {
        expect_content_type(self.content_type.as_deref(), expected)
    }

    /// Verifies the signature with `key`.
    pub fn verify(&self, key: &PublicKey) -> bool {
        verify_signed(&self.protected, &self.payload, &self.signature, key)
    }
}

fn expect_content_type(found: Option<&str>, expected: Option<&str>) -> Result<(), CoseError> {
    if found == expected {
        return Ok(());
    }
    let describe = |c: Option<&str>| match c {
        Some(TRUST_LIST_CONTENT_TYPE) => "a trust list".to_owned(),
        Some(c) => format!("content of type {c}"),
        None => "a PHR card".to_owned(),
    };
    Err(CoseError::WrongContentType {
        expected: describe(expected),
        found: describe(found),
    })
}

/// Verifies `signature` over the Sig_structure of `protected` and `payload`. The Sig_structure
/// is written into a buffer kept per thread: it is built for every verification, and is about
/// as large as the card.
fn verify_signed(protected: &[u8], payload: &[u8], signature: &[u8; 64], key: &PublicKey) -> bool {
    thread_local! {
        static TBS: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    TBS.with(|tbs| match tbs.try_borrow_mut() {
        Ok(mut tbs) => {
            tbs.clear();
            write_sig_structure(&mut tbs, protected, payload);
            key.verify(&tbs, signature)
        }
        // Not expected (nothing here calls back into itself), but never wrong.
        Err(_) => key.verify(&sig_structure(protected, payload), signature),
    })
}

/// Where the parts of a COSE_Sign1 lie in its bytes, for a verifier that keeps the bytes and
/// needs no copies of the parts. Accepts exactly what [`Sign1::parse`] accepts (a unit test
/// compares the two on every single-byte change of a card).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sign1Parts {
    /// The protected header's bytes (the content of its byte string).
    pub(crate) protected: std::ops::Range<usize>,
    /// Key id from the protected header.
    pub(crate) kid: KeyId,
    /// The content type's text, if the protected header has one.
    content_type: Option<std::ops::Range<usize>>,
    /// The payload's bytes.
    pub(crate) payload: std::ops::Range<usize>,
    /// The 64-byte Ed25519 signature.
    pub(crate) signature: [u8; 64],
}

impl Sign1Parts {
    /// Parses tagged COSE_Sign1 bytes strictly, with the rules and messages of [`Sign1::parse`].
    /// Does not verify the signature.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, CoseError> {
        match Self::read(bytes) {
            Some(parts) => Ok(parts),
            // The value-tree parser says what is wrong. It accepts nothing `read` refuses; if it
            // ever did, the card is still refused rather than read two ways.
            None => Err(Sign1::parse_tree(bytes).err().unwrap_or_else(|| {
                CoseError::Structure("the COSE_Sign1 could not be read".into())
            })),
        }
    }

    /// The one shape ephr accepts, read head by head with the strict reader (deterministic
    /// encoding, no trailing bytes): tag 18, an array of 4: the protected header as a byte
    /// string holding the map `{1: -8, [3: text,] 4: bytes(8)}`, the empty map, the payload as
    /// a byte string, a 64-byte signature. `None` for anything else.
    fn read(b: &[u8]) -> Option<Self> {
        let mut r = Reader::new(b);
        if r.head().ok()? != Head::Tag(TAG_SIGN1) || r.head().ok()? != Head::Array(4) {
            return None;
        }
        let protected = byte_string(&mut r)?;
        let (kid, content_type) = read_protected_header(&b[protected.clone()])?;
        let content_type =
            content_type.map(|ct| protected.start + ct.start..protected.start + ct.end);
        if r.head().ok()? != Head::Map(0) {
            return None;
        }
        let payload = byte_string(&mut r)?;
        if r.head().ok()? != Head::Bytes(64) {
            return None;
        }
        let signature = r.bytes(64).ok()?.try_into().ok()?;
        r.finish().ok()?;
        Some(Self {
            protected,
            kid,
            content_type,
            payload,
            signature,
        })
    }

    /// The content type, if the protected header has one.
    pub(crate) fn content_type<'a>(&self, bytes: &'a [u8]) -> Option<&'a str> {
        // Checked to be UTF-8 when read.
        let ct = self.content_type.clone()?;
        std::str::from_utf8(&bytes[ct]).ok()
    }

    /// Requires a content type (`Some`) or its absence (`None`), as
    /// [`Sign1::expect_content_type`].
    pub(crate) fn expect_content_type(
        &self,
        bytes: &[u8],
        expected: Option<&str>,
    ) -> Result<(), CoseError> {
        expect_content_type(self.content_type(bytes), expected)
    }

    /// Verifies the signature of `bytes` (the bytes these parts were read from) with `key`.
    pub(crate) fn verify(&self, bytes: &[u8], key: &PublicKey) -> bool {
        verify_signed(
            &bytes[self.protected.clone()],
            &bytes[self.payload.clone()],
            &self.signature,
            key,
        )
    }
}

/// A byte string's head and content; the range of the content.
fn byte_string(r: &mut Reader) -> Option<std::ops::Range<usize>> {
    let Head::Bytes(n) = r.head().ok()? else {
        return None;
    };
    let start = r.pos();
    r.bytes(n).ok()?;
    Some(start..r.pos())
}

/// The protected header `{1: -8, [3: text,] 4: bytes(8)}`, in that key order and nothing more:
/// the key id, and the range of the content type's text within `h`.
fn read_protected_header(h: &[u8]) -> Option<(KeyId, Option<std::ops::Range<usize>>)> {
    let mut r = Reader::new(h);
    let Head::Map(n) = r.head().ok()? else {
        return None;
    };
    let (mut last, mut alg, mut kid, mut content_type) = (0, false, None, None);
    for _ in 0..n {
        // Integer labels in increasing order: for 1, 3 and 4 that is the bytewise order of
        // their encodings, and no label twice.
        let Head::Uint(label) = r.head().ok()? else {
            return None;
        };
        if label <= last {
            return None;
        }
        last = label;
        match i64::try_from(label).ok()? {
            HDR_ALG => {
                if r.head().ok()? != Head::Neg(ALG_EDDSA.unsigned_abs() - 1) {
                    return None;
                }
                alg = true;
            }
            HDR_CONTENT_TYPE => {
                let Head::Text(len) = r.head().ok()? else {
                    return None;
                };
                let start = r.pos();
                r.text(len).ok()?;
                content_type = Some(start..r.pos());
            }
            HDR_KID => {
                if r.head().ok()? != Head::Bytes(8) {
                    return None;
                }
                kid = Some(KeyId(r.bytes(8).ok()?.try_into().ok()?));
            }
            _ => return None,
        }
    }
    r.finish().ok()?;
    alg.then_some(())?;
    Some((kid?, content_type))
}

/// Content type of a signed trust list.
pub const TRUST_LIST_CONTENT_TYPE: &str = "application/ephr-trust+cbor";

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SecretKey {
        SecretKey::from_seed(&[7u8; 32])
    }

    #[test]
    fn sign_parse_verify() {
        let k = key();
        let bytes = Sign1::sign(&k, None, b"hello");
        assert_eq!(&bytes[..2], &[0xd2, 0x84], "tag 18, array of 4");
        let s = Sign1::parse(&bytes).unwrap();
        assert_eq!(s.kid, k.public().kid());
        assert_eq!(s.payload, b"hello");
        assert!(s.verify(&k.public()));
        assert!(!s.verify(&SecretKey::from_seed(&[8u8; 32]).public()));
        assert_eq!(hex::encode(&s.protected[..3]), "a20127");
    }

    /// The directly written Sig_structure is the deterministic encoding of the four-item array,
    /// at every length where a string head changes width.
    #[test]
    fn sig_structure_is_the_deterministic_array() {
        for (p, n) in [
            (0, 0),
            (3, 23),
            (13, 24),
            (24, 255),
            (255, 256),
            (256, 65_535),
            (1, 65_536),
        ] {
            let (protected, payload) = (vec![0xa1; p], vec![7u8; n]);
            let tree = cbor::to_vec(&Value::Array(vec![
                Value::Text("Signature1".into()),
                Value::Bytes(protected.clone()),
                Value::Bytes(Vec::new()),
                Value::Bytes(payload.clone()),
            ]));
            assert_eq!(sig_structure(&protected, &payload), tree, "{p}, {n}");
        }
    }

    fn build(protected: Value, unprotected: Value) -> Vec<u8> {
        let p = cbor::to_vec(&protected);
        cbor::to_vec(&Value::Tag(
            18,
            Box::new(Value::Array(vec![
                Value::Bytes(p),
                unprotected,
                Value::Bytes(b"x".to_vec()),
                Value::Bytes(vec![0; 64]),
            ])),
        ))
    }

    #[test]
    fn header_rules() {
        let kid = Value::Bytes(vec![1; 8]);
        let m =
            |e: Vec<(i64, Value)>| Value::Map(e.into_iter().map(|(k, v)| (int(k), v)).collect());
        assert_eq!(
            Sign1::parse(&build(m(vec![(1, int(-7)), (4, kid.clone())]), m(vec![]))),
            Err(CoseError::WrongAlgorithm("-7".into()))
        );
        assert_eq!(
            Sign1::parse(&build(m(vec![(1, int(-8))]), m(vec![(4, kid.clone())]))),
            Err(CoseError::KidNotProtected)
        );
        assert_eq!(
            Sign1::parse(&build(m(vec![(1, int(-8))]), m(vec![]))),
            Err(CoseError::MissingKid)
        );
        assert_eq!(
            Sign1::parse(&build(
                m(vec![(1, int(-8)), (4, kid.clone())]),
                m(vec![(4, kid.clone())])
            )),
            Err(CoseError::UnprotectedNotEmpty)
        );
        assert!(matches!(
            Sign1::parse(&build(
                m(vec![(1, int(-8)), (2, int(1)), (4, kid)]),
                m(vec![])
            )),
            Err(CoseError::UnknownHeader(_))
        ));
    }

    /// The head-by-head reader and the value-tree parser accept the same bytes and read the
    /// same parts: on a card and a trust-list-like object (with a content type), and on every
    /// one-byte change and every truncation of them.
    #[test]
    fn the_fast_reader_accepts_exactly_what_the_tree_parser_accepts() {
        let k = key();
        let originals = [
            Sign1::sign(&k, None, b"a payload of some length, like claims"),
            Sign1::sign(&k, Some(TRUST_LIST_CONTENT_TYPE), &[0xa1, 0x01, 0x02]),
            Sign1::sign(&k, None, b""),
        ];
        let same = |b: &[u8]| {
            let fast = Sign1Parts::read(b);
            let tree = Sign1::parse_tree(b);
            match (&fast, &tree) {
                (Some(p), Ok(t)) => {
                    assert_eq!(b[p.protected.clone()], t.protected[..]);
                    assert_eq!(b[p.payload.clone()], t.payload[..]);
                    assert_eq!((p.kid, p.signature), (t.kid, t.signature));
                    assert_eq!(p.content_type(b), t.content_type.as_deref());
                    assert_eq!(Sign1::parse(b).as_ref(), Ok(t));
                }
                (None, Err(e)) => assert_eq!(Sign1::parse(b).as_ref(), Err(e)),
                _ => panic!("{}: fast {fast:?}, tree {tree:?}", hex::encode(b)),
            }
        };
        let mut accepted = 0;
        for original in &originals {
            same(original);
            for i in 0..original.len() {
                same(&original[..i]);
                for v in [
                    0x00, 0x01, 0x17, 0x18, 0x20, 0x27, 0x40, 0x48, 0x60, 0xa0, 0xf6, 0xff,
                ] {
                    let mut b = original.clone();
                    b[i] = v;
                    same(&b);
                    b[i] = original[i] ^ v;
                    same(&b);
                    accepted += usize::from(Sign1Parts::read(&b).is_some());
                }
            }
        }
        // Changes inside the payload and the signature are still COSE_Sign1s.
        assert!(accepted > 100, "{accepted}");
    }

    #[test]
    fn untagged_and_wrong_tag() {
        let k = key();
        let bytes = Sign1::sign(&k, None, b"hello");
        assert!(matches!(
            Sign1::parse(&bytes[1..]),
            Err(CoseError::NotTagged(_))
        ));
        let mut cwt = vec![0xd8, 61];
        cwt.extend_from_slice(&bytes);
        assert_eq!(
            Sign1::parse(&cwt),
            Err(CoseError::NotTagged("tag 61".into()))
        );
    }
}
