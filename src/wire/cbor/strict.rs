//! The generic half of the wire format's CBOR: a strict reader that accepts exactly one encoding
//! of each item (RFC 8949 §4.2.1 "core deterministic encoding"), and the writer that produces it.
//! Nothing here knows about claims or records; that is `mapping.rs`.
//!
//! Policy of the strict reader (tested below against RFC 8949 Appendix A):
//! * accepted: unsigned and negative integers (the full 64-bit ranges), definite-length byte and
//!   text strings (text must be UTF-8), definite-length arrays and maps, tags (any number; what a
//!   tag may wrap is the caller's business: COSE_Sign1 is tag 18, the record mapping uses none),
//!   and the simple values `false`, `true`, `null`;
//! * refused as not deterministic ([`CborError::NotDeterministic`]): any head not in its shortest
//!   form, indefinite lengths, map keys not in bytewise order of their encodings (so also the
//!   older length-first "canonical CBOR" order where it differs);
//! * refused as malformed or unsupported ([`CborError::Malformed`]): floats of any width (the
//!   format has none, and refusing them avoids the float rules of §4.2.2), `undefined` and other
//!   simple values, a lone "break", truncated data;
//! * duplicate map keys are a [`CborError::Structure`] error, nesting deeper than [`MAX_DEPTH`]
//!   is [`CborError::TooDeep`], bytes after the item are [`CborError::TrailingBytes`].

use ciborium::value::{Integer, Value};

/// How deeply nested any CBOR item may be. The deepest legitimate item is 5 levels.
pub const MAX_DEPTH: usize = 12;

/// Why bytes are not a valid claims set, entry or record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CborError {
    /// Not well-formed CBOR.
    #[error("the data is not valid CBOR: {0}")]
    Malformed(String),
    /// Nested more deeply than `MAX_DEPTH` (12).
    #[error("the data is nested more than {MAX_DEPTH} levels deep")]
    TooDeep,
    /// Bytes left over after the item.
    #[error("there are {0} unexpected bytes after the data")]
    TrailingBytes(usize),
    /// Not in the one deterministic encoding.
    #[error("the data is not deterministically encoded (RFC 8949 §4.2)")]
    NotDeterministic,
    /// Well-formed CBOR with the wrong structure.
    #[error("{path}: {problem}")]
    Structure {
        /// Where, as a path of map keys and array indexes, e.g. `phr.13[2].0`.
        path: String,
        /// What is wrong.
        problem: String,
    },
    /// Written by a newer version of the format.
    #[error("the card uses PHR entry version {0}, which this ephr does not know; update ephr")]
    UnknownVersion(u64),
}

/// Encodes a value deterministically: maps are sorted by encoded key, recursively.
pub fn to_vec(v: &Value) -> Vec<u8> {
    let mut v = v.clone();
    sort_maps(&mut v);
    let mut out = Vec::new();
    // Writing to a Vec cannot fail, and every Value we build is serializable.
    let _ = ciborium::ser::into_writer(&v, &mut out);
    out
}

fn sort_maps(v: &mut Value) {
    match v {
        Value::Map(entries) => {
            for (k, v) in entries.iter_mut() {
                sort_maps(k);
                sort_maps(v);
            }
            entries.sort_by_cached_key(|(k, _)| {
                let mut b = Vec::new();
                let _ = ciborium::ser::into_writer(k, &mut b);
                b
            });
        }
        Value::Array(items) => items.iter_mut().for_each(sort_maps),
        Value::Tag(_, inner) => sort_maps(inner),
        _ => {}
    }
}

/// Parses exactly one CBOR item with a nesting limit and no trailing bytes. (The wire format
/// reads with [`from_slice_deterministic`]; this lenient reader is for tests and fuzzers.)
#[cfg(any(test, feature = "internals"))]
pub fn from_slice(bytes: &[u8]) -> Result<Value, CborError> {
    let mut rest = bytes;
    let v: Value = ciborium::de::from_reader_with_recursion_limit(&mut rest, MAX_DEPTH).map_err(
        |e| match e {
            ciborium::de::Error::RecursionLimitExceeded => CborError::TooDeep,
            ciborium::de::Error::Io(_) => CborError::Malformed("the data ends too early".into()),
            ciborium::de::Error::Syntax(at) => {
                CborError::Malformed(format!("invalid CBOR at byte {at}"))
            }
            ciborium::de::Error::Semantic(Some(at), m) => {
                CborError::Malformed(format!("{m} at byte {at}"))
            }
            ciborium::de::Error::Semantic(None, m) => CborError::Malformed(m),
        },
    )?;
    if !rest.is_empty() {
        return Err(CborError::TrailingBytes(rest.len()));
    }
    Ok(v)
}

/// Parses one CBOR item strictly, in one pass: deterministic encoding (RFC 8949 §4.2.1: shortest
/// heads, definite lengths, map keys in bytewise order of their encodings, hence no duplicates),
/// at most [`MAX_DEPTH`] levels, no trailing bytes, and only the item types the format uses
/// (integers, byte and text strings, arrays, maps, tags, `true`, `false`, `null`; no floats).
///
/// Lengths are checked against the bytes actually present before anything is allocated, so a
/// declared length of 2^63 costs nothing.
pub fn from_slice_deterministic(bytes: &[u8]) -> Result<Value, CborError> {
    let mut d = Reader::new(bytes);
    let v = d.item(0)?;
    d.finish()?;
    Ok(v)
}

/// Parses the first item of a CBOR sequence (RFC 8742) with the rules of
/// [`from_slice_deterministic`], and returns it with the number of bytes it took. Bundles are
/// sequences; this lets a reader keep each entry's exact signed bytes.
pub fn first_item_deterministic(bytes: &[u8]) -> Result<(Value, usize), CborError> {
    let mut d = Reader::new(bytes);
    let v = d.item(0)?;
    Ok((v, d.pos))
}

/// An item head as a decoder sees it: the item's type and argument, with lengths already checked
/// against the bytes present, and everything the format refuses (floats, other simple values,
/// indefinite lengths, longer heads than needed) already refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// Unsigned integer.
    Uint(u64),
    /// Negative integer `-1 - n`.
    Neg(u64),
    /// Byte string of this many bytes, which follow.
    Bytes(usize),
    /// Text string of this many bytes, which follow (not yet checked to be UTF-8).
    Text(usize),
    /// Array of this many items, which follow.
    Array(usize),
    /// Map of this many pairs, which follow.
    Map(usize),
    /// Tag number; the tagged item follows.
    Tag(u64),
    /// `false` or `true`.
    Bool(bool),
    /// `null`.
    Null,
}

impl Head {
    /// The item's type, for messages ("expected text, found an integer").
    pub(crate) fn kind(self) -> &'static str {
        match self {
            Head::Uint(_) | Head::Neg(_) => "an integer",
            Head::Bytes(_) => "a byte string",
            Head::Text(_) => "a text string",
            Head::Bool(_) => "a boolean",
            Head::Null => "null",
            Head::Tag(_) => "a tagged item",
            Head::Array(_) => "an array",
            Head::Map(_) => "a map",
        }
    }
}

/// The strict reader: walks the bytes once, head by head, so that a decoder can build its own
/// types straight from them (the card mapping does) or build a [`Value`] tree (everything else).
/// Every rule of [`from_slice_deterministic`] except the nesting limit is enforced here, item by
/// item; the nesting limit is the caller's, since a decoder that follows a fixed schema cannot
/// go deeper than the schema.
pub(crate) struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
    /// Where the last head read starts, for messages.
    at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(b: &'a [u8]) -> Self {
        Self { b, pos: 0, at: 0 }
    }

    fn eof() -> CborError {
        CborError::Malformed("the data ends too early".into())
    }

    /// Bytes after the item are an error.
    pub(crate) fn finish(&self) -> Result<(), CborError> {
        match self.b.len() - self.pos {
            0 => Ok(()),
            n => Err(CborError::TrailingBytes(n)),
        }
    }

    /// The next byte, not consumed.
    pub(crate) fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], CborError> {
        let end = self.pos.checked_add(n).filter(|e| *e <= self.b.len());
        let end = end.ok_or_else(Self::eof)?;
        let s = &self.b[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// Reads an item head: major type, additional information, argument.
    fn raw_head(&mut self) -> Result<(u8, u8, u64), CborError> {
        let at = self.pos;
        let first = self.take(1)?[0];
        let (major, info) = (first >> 5, first & 0x1f);
        let arg = match info {
            0..=23 => u64::from(info),
            24..=27 => {
                let n = 1usize << (info - 24);
                let raw = self.take(n)?;
                let arg = raw.iter().fold(0u64, |a, b| (a << 8) | u64::from(*b));
                // Shortest form: each width must be needed.
                let min = match info {
                    24 => 24,
                    25 => 0x100,
                    26 => 0x1_0000,
                    _ => 0x1_0000_0000,
                };
                if major != 7 && arg < min {
                    return Err(CborError::NotDeterministic);
                }
                arg
            }
            31 if (2..=5).contains(&major) => return Err(CborError::NotDeterministic),
            _ => {
                return Err(CborError::Malformed(format!(
                    "invalid item head 0x{first:02x} at byte {at}"
                )));
            }
        };
        Ok((major, info, arg))
    }

    fn len(&self, arg: u64, min_item: usize) -> Result<usize, CborError> {
        let remaining = self.b.len() - self.pos;
        usize::try_from(arg)
            .ok()
            .filter(|n| n.saturating_mul(min_item) <= remaining)
            .ok_or_else(Self::eof)
    }

    /// Reads the next head. The content of a string follows with [`Self::bytes`] or
    /// [`Self::text`]; the items of an array or map, and the item a tag wraps, are the next
    /// heads.
    #[inline(always)]
    pub(crate) fn head(&mut self) -> Result<Head, CborError> {
        // Almost every head of a card is one byte (an argument below 24), and the rest but the
        // time claims have a one- or two-byte argument: read those here, in their shortest
        // form, and leave longer heads and every fault to `head_in_full`, which applies every
        // rule.
        let at = self.pos;
        if let Some(&first) = self.b.get(at) {
            let (major, info) = (first >> 5, first & 0x1f);
            let arg = match info {
                0..=23 => Some((u64::from(info), at + 1)),
                24 if major != 7 => match self.b.get(at + 1) {
                    Some(&a) if a >= 24 => Some((u64::from(a), at + 2)),
                    _ => None,
                },
                25 if major != 7 => match self.b.get(at + 1..at + 3) {
                    Some(&[h, l]) if h != 0 => {
                        Some((u64::from(u16::from_be_bytes([h, l])), at + 3))
                    }
                    _ => None,
                },
                _ => None,
            };
            if let Some((arg, next)) = arg {
                // At most 0xffff: a length that fits in memory.
                let (n, remaining) = (arg as usize, self.b.len() - next);
                let head = match major {
                    0 => Some(Head::Uint(arg)),
                    1 => Some(Head::Neg(arg)),
                    2 if n <= remaining => Some(Head::Bytes(n)),
                    3 if n <= remaining => Some(Head::Text(n)),
                    4 if n <= remaining => Some(Head::Array(n)),
                    5 if 2 * n <= remaining => Some(Head::Map(n)),
                    6 => Some(Head::Tag(arg)),
                    7 if info == 20 => Some(Head::Bool(false)),
                    7 if info == 21 => Some(Head::Bool(true)),
                    7 if info == 22 => Some(Head::Null),
                    _ => None,
                };
                if let Some(head) = head {
                    self.at = at;
                    self.pos = next;
                    return Ok(head);
                }
            }
        }
        self.head_in_full()
    }

    /// [`Self::head`] for any head: every length, and every fault with its message.
    #[inline(never)]
    fn head_in_full(&mut self) -> Result<Head, CborError> {
        let at = self.pos;
        self.at = at;
        let (major, info, arg) = self.raw_head()?;
        Ok(match major {
            0 => Head::Uint(arg),
            1 => Head::Neg(arg),
            2 => Head::Bytes(self.len(arg, 1)?),
            3 => Head::Text(self.len(arg, 1)?),
            4 => Head::Array(self.len(arg, 1)?),
            5 => Head::Map(self.len(arg, 2)?),
            6 => Head::Tag(arg),
            _ => match info {
                20 => Head::Bool(false),
                21 => Head::Bool(true),
                22 => Head::Null,
                25..=27 => {
                    return Err(CborError::Malformed(format!(
                        "floating-point number at byte {at}; the format uses none"
                    )));
                }
                _ => {
                    return Err(CborError::Malformed(format!(
                        "unsupported simple value at byte {at}"
                    )));
                }
            },
        })
    }

    /// The content of a byte string whose head ([`Head::Bytes`]) was just read.
    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8], CborError> {
        self.take(n)
    }

    /// The content of a text string whose head ([`Head::Text`]) was just read.
    pub(crate) fn text(&mut self, n: usize) -> Result<&'a str, CborError> {
        let at = self.at;
        std::str::from_utf8(self.take(n)?)
            .map_err(|_| CborError::Malformed(format!("text at byte {at} is not UTF-8")))
    }

    /// Where the next head starts.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// The item starting at byte `start` (an earlier position) as a [`Value`], for messages that
    /// show an unexpected item.
    pub(crate) fn value_at(&self, start: usize) -> Result<Value, CborError> {
        Reader::new(&self.b[start..]).item(0)
    }

    /// Reads one whole item as a [`Value`] tree.
    fn item(&mut self, depth: usize) -> Result<Value, CborError> {
        if depth > MAX_DEPTH {
            return Err(CborError::TooDeep);
        }
        Ok(match self.head()? {
            Head::Uint(n) => Value::Integer(n.into()),
            Head::Neg(n) => {
                Value::Integer(Integer::try_from(-1i128 - i128::from(n)).map_err(|_| Self::eof())?)
            }
            Head::Bytes(n) => Value::Bytes(self.bytes(n)?.to_vec()),
            Head::Text(n) => Value::Text(self.text(n)?.to_owned()),
            Head::Array(n) => {
                // Capped: declared lengths at every nesting level would otherwise add up.
                let mut items = Vec::with_capacity(n.min(256));
                for _ in 0..n {
                    items.push(self.item(depth + 1)?);
                }
                Value::Array(items)
            }
            Head::Map(n) => {
                let mut entries = Vec::with_capacity(n.min(256));
                let mut prev: Option<(usize, usize)> = None;
                for _ in 0..n {
                    let start = self.pos;
                    let k = self.item(depth + 1)?;
                    let key = (start, self.pos);
                    if let Some(p) = prev {
                        let (a, b) = (&self.b[p.0..p.1], &self.b[key.0..key.1]);
                        if a == b {
                            return Err(structure("", format!("map key {k:?} appears twice")));
                        }
                        if a > b {
                            return Err(CborError::NotDeterministic);
                        }
                    }
                    prev = Some(key);
                    let v = self.item(depth + 1)?;
                    entries.push((k, v));
                }
                Value::Map(entries)
            }
            Head::Tag(t) => Value::Tag(t, Box::new(self.item(depth + 1)?)),
            Head::Bool(b) => Value::Bool(b),
            Head::Null => Value::Null,
        })
    }
}

/// Appends an item head in its shortest form (RFC 8949 §4.2.1).
pub(crate) fn write_head(out: &mut Vec<u8>, major: u8, arg: u64) {
    let m = major << 5;
    match arg {
        0..=23 => out.push(m | arg as u8),
        24..=0xff => out.extend_from_slice(&[m | 24, arg as u8]),
        0x100..=0xffff => {
            out.push(m | 25);
            out.extend_from_slice(&(arg as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            out.push(m | 26);
            out.extend_from_slice(&(arg as u32).to_be_bytes());
        }
        _ => {
            out.push(m | 27);
            out.extend_from_slice(&arg.to_be_bytes());
        }
    }
}

pub(crate) fn structure(path: impl std::fmt::Display, problem: impl Into<String>) -> CborError {
    let path = path.to_string();
    CborError::Structure {
        path: if path.is_empty() {
            "(top)".into()
        } else {
            path
        },
        problem: problem.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(n: i128) -> Value {
        Value::Integer(Integer::try_from(n).unwrap())
    }
    fn text(s: &str) -> Value {
        Value::Text(s.into())
    }
    fn bytes(b: &[u8]) -> Value {
        Value::Bytes(b.to_vec())
    }
    fn array(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
    fn map(entries: Vec<(Value, Value)>) -> Value {
        Value::Map(entries)
    }
    fn tag(n: u64, v: Value) -> Value {
        Value::Tag(n, Box::new(v))
    }

    /// RFC 8949 Appendix A examples the strict reader accepts: each is already in the
    /// deterministic encoding, so the writer must also give back exactly these bytes.
    #[test]
    fn appendix_a_accepted() {
        let cases: Vec<(&str, Value)> = vec![
            // Integers: the shortest head for each range, at the edges of each width.
            ("00", int(0)),
            ("01", int(1)),
            ("0a", int(10)),
            ("17", int(23)),
            ("1818", int(24)),
            ("1819", int(25)),
            ("1864", int(100)),
            ("1903e8", int(1000)),
            ("1a000f4240", int(1_000_000)),
            ("1b000000e8d4a51000", int(1_000_000_000_000)),
            ("1bffffffffffffffff", int(18_446_744_073_709_551_615)),
            ("3bffffffffffffffff", int(-18_446_744_073_709_551_616)),
            ("20", int(-1)),
            ("29", int(-10)),
            ("3863", int(-100)),
            ("3903e7", int(-1000)),
            // Byte and text strings (text is checked to be UTF-8, not normalised).
            ("40", bytes(&[])),
            ("4401020304", bytes(&[1, 2, 3, 4])),
            ("60", text("")),
            ("6161", text("a")),
            ("6449455446", text("IETF")),
            ("62225c", text("\"\\")),
            ("62c3bc", text("ü")),
            ("63e6b0b4", text("水")),
            ("64f0908591", text("𐅑")),
            // Arrays, including a 25-item one whose length needs the one-byte form.
            ("80", array(vec![])),
            ("83010203", array(vec![int(1), int(2), int(3)])),
            (
                "8301820203820405",
                array(vec![
                    int(1),
                    array(vec![int(2), int(3)]),
                    array(vec![int(4), int(5)]),
                ]),
            ),
            (
                "98190102030405060708090a0b0c0d0e0f101112131415161718181819",
                array((1..=25).map(int).collect()),
            ),
            // Maps with keys in bytewise order of their encodings.
            ("a0", map(vec![])),
            ("a201020304", map(vec![(int(1), int(2)), (int(3), int(4))])),
            (
                "a26161016162820203",
                map(vec![
                    (text("a"), int(1)),
                    (text("b"), array(vec![int(2), int(3)])),
                ]),
            ),
            (
                "826161a161626163",
                array(vec![text("a"), map(vec![(text("b"), text("c"))])]),
            ),
            (
                "a56161614161626142616361436164614461656145",
                map(["a", "b", "c", "d", "e"]
                    .iter()
                    .map(|k| (text(k), text(&k.to_uppercase())))
                    .collect()),
            ),
            // Tags: the reader does not interpret them (COSE_Sign1 is tag 18; the record mapping
            // refuses any tag where it expects a value), so every example with a non-float
            // content is accepted as it stands, bignums included.
            (
                "c074323031332d30332d32315432303a30343a30305a",
                tag(0, text("2013-03-21T20:04:00Z")),
            ),
            ("c11a514b67b0", tag(1, int(1_363_896_240))),
            (
                "c249010000000000000000",
                tag(2, bytes(&[1, 0, 0, 0, 0, 0, 0, 0, 0])),
            ),
            (
                "c349010000000000000000",
                tag(3, bytes(&[1, 0, 0, 0, 0, 0, 0, 0, 0])),
            ),
            ("d74401020304", tag(23, bytes(&[1, 2, 3, 4]))),
            ("d818456449455446", tag(24, bytes(b"dIETF"))),
            (
                "d82076687474703a2f2f7777772e6578616d706c652e636f6d",
                tag(32, text("http://www.example.com")),
            ),
            // The three simple values the format uses.
            ("f4", Value::Bool(false)),
            ("f5", Value::Bool(true)),
            ("f6", Value::Null),
        ];
        for (hex, want) in cases {
            let b = hex::decode(hex).unwrap();
            assert_eq!(from_slice_deterministic(&b).as_ref(), Ok(&want), "{hex}");
            assert_eq!(
                first_item_deterministic(&b),
                Ok((want.clone(), b.len())),
                "{hex}"
            );
            assert_eq!(hex::encode(to_vec(&want)), hex, "the writer, for {hex}");
        }
    }

    /// What the strict reader refuses, and as what. The Appendix A items here are valid CBOR
    /// that is not deterministic (indefinite lengths) or that the format does not use (floats,
    /// `undefined`, other simple values); the rest are deterministic-encoding violations
    /// (RFC 8949 §4.2.1) built from Appendix A values.
    #[test]
    fn appendix_a_refused() {
        use CborError::*;
        let malformed = || Malformed(String::new());
        let structure = || structure("", "");
        let cases: Vec<(&str, CborError, &str)> = vec![
            // Indefinite lengths (Appendix A), all major types that allow them.
            (
                "5f42010243030405ff",
                NotDeterministic,
                "(_ h'0102', h'030405')",
            ),
            (
                "7f657374726561646d696e67ff",
                NotDeterministic,
                "(_ \"strea\", \"ming\")",
            ),
            ("9fff", NotDeterministic, "[_ ]"),
            (
                "9f018202039f0405ffff",
                NotDeterministic,
                "[_ 1, [2, 3], [_ 4, 5]]",
            ),
            (
                "83018202039f0405ff",
                NotDeterministic,
                "[1, [2, 3], [_ 4, 5]]",
            ),
            (
                "bf61610161629f0203ffff",
                NotDeterministic,
                "{_ \"a\": 1, \"b\": [_ 2, 3]}",
            ),
            (
                "826161bf61626163ff",
                NotDeterministic,
                "[\"a\", {_ \"b\": \"c\"}]",
            ),
            // Heads longer than needed: integers, negative integers, lengths, tag numbers.
            ("1817", NotDeterministic, "23 in two bytes"),
            ("190018", NotDeterministic, "24 in three bytes"),
            ("1a000003e8", NotDeterministic, "1000 in five bytes"),
            (
                "1b00000000000f4240",
                NotDeterministic,
                "1000000 in nine bytes",
            ),
            ("3817", NotDeterministic, "-24 in two bytes"),
            ("5800", NotDeterministic, "h'' with a one-byte length"),
            ("780161", NotDeterministic, "\"a\" with a one-byte length"),
            ("9800", NotDeterministic, "[] with a one-byte length"),
            ("b900 00", NotDeterministic, "{} with a two-byte length"),
            ("d80001", NotDeterministic, "tag 0 in two bytes"),
            // Map keys: bytewise order of the encoded keys, no duplicates.
            ("a203040102", NotDeterministic, "{3: 4, 1: 2}"),
            ("a2616201616102", NotDeterministic, "{\"b\": 1, \"a\": 2}"),
            // Length-first ("canonical CBOR", RFC 7049) order differs here: -1 (0x20) sorts
            // after 100 (0x18 0x64) bytewise. The accepting twin is checked below.
            ("a220021864 01", NotDeterministic, "{-1: 2, 100: 1}"),
            ("a201010102", structure(), "{1: 1, 1: 2}"),
            ("a2616101616102", structure(), "{\"a\": 1, \"a\": 2}"),
            // Floats (Appendix A): the format has none.
            ("f90000", malformed(), "0.0"),
            ("f98000", malformed(), "-0.0"),
            ("f93c00", malformed(), "1.0"),
            ("fb3ff199999999999a", malformed(), "1.1"),
            ("fa47c35000", malformed(), "100000.0"),
            ("f97c00", malformed(), "Infinity"),
            ("f97e00", malformed(), "NaN"),
            ("fbfff0000000000000", malformed(), "-Infinity"),
            ("c1fb41d452d9ec200000", malformed(), "1(1363896240.5)"),
            // Simple values other than false, true, null (Appendix A).
            ("f7", malformed(), "undefined"),
            ("f0", malformed(), "simple(16)"),
            ("f8ff", malformed(), "simple(255)"),
            // Not well-formed at all.
            ("ff", malformed(), "a lone break"),
            ("1c", malformed(), "reserved additional information"),
            ("18", malformed(), "truncated argument"),
            ("62c3", malformed(), "truncated text"),
            ("62c328", malformed(), "text that is not UTF-8"),
            ("5affffffff", malformed(), "a length far beyond the data"),
            ("0000", TrailingBytes(1), "two items"),
        ];
        for (hex, want, what) in cases {
            let b = hex::decode(hex.replace(' ', "")).unwrap();
            let got = from_slice_deterministic(&b);
            // Messages are for people; the variant is the policy.
            let same = match (&got, &want) {
                (Err(Malformed(_)), Malformed(_)) => true,
                (Err(Structure { .. }), Structure { .. }) => true,
                (Err(g), w) => g == w,
                (Ok(_), _) => false,
            };
            assert!(same, "{what} ({hex}): expected {want:?}, got {got:?}");
        }
        // The bytewise-ordered twin of the length-first case above is the accepted one.
        assert_eq!(
            from_slice_deterministic(&hex::decode("a218640120 02".replace(' ', "")).unwrap()),
            Ok(map(vec![(int(100), int(1)), (int(-1), int(2))]))
        );
    }

    /// The one-byte-to-three-byte heads read on the fast path give what the full reader gives
    /// (the head, or the same error, and the same position), for every first byte.
    #[test]
    fn the_fast_head_is_the_full_head() {
        for first in 0..=255u8 {
            for (a, b) in [
                (0, 0),
                (1, 0),
                (23, 5),
                (24, 0),
                (0xff, 0xff),
                (0, 0xff),
                (1, 0),
            ] {
                for extra in [0, 1, 2, 20, 300, 70_000] {
                    let mut bytes = vec![first, a, b];
                    bytes.resize(3 + extra, 0);
                    // Whole, and cut after each byte of the head.
                    for len in [1, 2, 3, bytes.len()] {
                        let data = &bytes[..len];
                        let mut fast = Reader::new(data);
                        let mut full = Reader::new(data);
                        assert_eq!(
                            (fast.head(), fast.pos, fast.at),
                            (full.head_in_full(), full.pos, full.at),
                            "{}",
                            hex::encode(&data[..len.min(3)])
                        );
                    }
                }
            }
        }
    }

    /// The head writer gives the writer's shortest forms, at the edge of every width.
    #[test]
    fn write_head_is_shortest() {
        for major in [0u8, 1, 2, 3, 4, 5, 6] {
            for arg in [
                0u64,
                23,
                24,
                255,
                256,
                65_535,
                65_536,
                0xffff_ffff,
                0x1_0000_0000,
                u64::MAX,
            ] {
                let mut head = Vec::new();
                write_head(&mut head, major, arg);
                let mut r = Reader::new(&head);
                let (m, _, a) = r.raw_head().unwrap();
                assert_eq!((m, a, r.pos), (major, arg, head.len()), "{major} {arg}");
            }
        }
    }

    #[test]
    fn deterministic_sorts_keys_bytewise() {
        // {-65537: 0, 6: 1, 1: 2} as the CWT claims would be built: sorted by encoded key.
        let v = map(vec![
            (int(-65_537), int(0)),
            (int(6), int(1)),
            (int(1), int(2)),
        ]);
        assert_eq!(hex::encode(to_vec(&v)), "a3010206013a0001000000");
        // And the reader agrees that the sorted form is the one encoding.
        let back = from_slice_deterministic(&to_vec(&v)).unwrap();
        assert_eq!(to_vec(&back), to_vec(&v));
    }

    #[test]
    fn limits() {
        // MAX_DEPTH nested arrays around 0 are fine; one more level is not.
        let nested = |n: usize| [vec![0x81u8; n], vec![0x00]].concat();
        assert!(from_slice_deterministic(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(
            from_slice_deterministic(&nested(MAX_DEPTH + 1)),
            Err(CborError::TooDeep)
        );
        let deep = nested(40);
        assert_eq!(from_slice(&deep), Err(CborError::TooDeep));
        assert_eq!(from_slice(&[0x00, 0x00]), Err(CborError::TrailingBytes(1)));
        assert!(matches!(
            from_slice(&[0x5a, 0xff, 0xff, 0xff, 0xff]),
            Err(CborError::Malformed(_))
        ));
        // A sequence: the first item and how many bytes it took.
        assert_eq!(first_item_deterministic(&[0x01, 0x02]), Ok((int(1), 1)));
    }
}
