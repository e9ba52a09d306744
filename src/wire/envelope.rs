//! The text envelope: `PHR1:` + base45(zlib(COSE_Sign1)).
//!
//! The prefix tells a scanner what it holds before any decoding and, like every character of
//! base45 (RFC 9285), is in the QR alphanumeric set, so a whole card encodes in the dense
//! alphanumeric mode. zlib (RFC 1950) is required even where it saves little, so that decoders
//! have one path and a checksum (Adler-32) over the whole signed object.
//!
//! Decoding is bounded: the text length, the inflated size and (in [`crate::cbor`]) the nesting
//! depth are capped before any work proportional to them is done.
//!
//! Cards are compressed against a preset dictionary (RFC 1950 FDICT, docs/FORMAT.md §2.1): a
//! few KiB of what cards commonly hold, so that a code, a phrase or a piece of structure costs
//! a back reference instead of its bytes. The stream names the dictionary by its Adler-32;
//! decoding accepts streams with and without one, and names a dictionary it does not have.

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;

#[path = "zdict.rs"]
mod zdict;
pub use zdict::adler32;

/// The preset dictionaries this version of ephr can inflate, in the order they were published:
/// `DICTIONARIES[0]` is `dict/phr-dict-1.bin`. A dictionary is never changed or removed once
/// cards use it; a new one is added at the end (docs/FORMAT.md §2.1).
pub const DICTIONARIES: &[&[u8]] = &[include_bytes!("../../dict/phr-dict-1.bin")];

/// The dictionary new cards are compressed with: the newest.
#[cfg_attr(not(feature = "issue"), allow(dead_code))]
pub const CURRENT_DICTIONARY: &[u8] = DICTIONARIES[DICTIONARIES.len() - 1];

/// FLG bit 5 of a zlib header (RFC 1950 §2.2): a preset dictionary, named by its Adler-32 in the
/// four bytes after the header.
const FDICT: u8 = 0x20;

/// The text prefix, version 1 of the format.
pub const PREFIX: &str = "PHR1:";
/// The longest text accepted: the alphanumeric capacity of a version-40 QR code at level L.
pub const MAX_TEXT_LEN: usize = 4296;
/// The largest inflated COSE_Sign1 accepted. A full card is about 1 KiB; 32 KiB leaves room for
/// growth and stops a decompression bomb long before it costs memory.
pub const MAX_INFLATED_LEN: usize = 32 * 1024;

/// Why a text is not a PHR1 envelope.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// Longer than `MAX_TEXT_LEN` (4296).
    #[error("the text is {0} characters long; a PHR card is at most {MAX_TEXT_LEN}")]
    TooLong(usize),
    /// Does not start with `PHR1:`.
    #[error("{0}")]
    WrongPrefix(String),
    /// Characters outside the base45 alphabet, or an impossible length or value.
    #[error("the text after PHR1: is not valid base45 ({0}); it may have been mistyped or cut off")]
    Base45(String),
    /// The decoded bytes are a COSE object that was not compressed.
    #[error("the card is not zlib-compressed; PHR1 requires compression")]
    NotCompressed,
    /// The zlib stream does not unpack: damaged, or compressed with a dictionary ephr lacks.
    #[error("{0}")]
    Zlib(ZlibError),
    /// Inflates to more than `MAX_INFLATED_LEN` (32 KiB).
    #[error(
        "the data expands to more than {MAX_INFLATED_LEN} bytes; this is not a PHR card (possibly a decompression bomb)"
    )]
    TooLarge,
    /// Bytes after the end of the zlib stream.
    #[error("there is extra data after the compressed card")]
    TrailingData,
}

/// Why a zlib stream does not unpack.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ZlibError {
    /// Bad header, data or checksum, or a truncated stream.
    #[error(
        "the card text is damaged: its compressed content does not unpack ({0}); a character was misread or mistyped, or the text was cut; scan or copy the card again"
    )]
    Damaged(String),
    /// The stream names a preset dictionary (by its Adler-32) that this version does not have:
    /// the card is from a newer issuer, not damaged.
    #[error(
        "the card was compressed with a newer preset dictionary (Adler-32 {0:08x}) than this version of ephr has; update ephr to read it"
    )]
    UnknownDictionary(u32),
}

fn damaged(why: impl Into<String>) -> EnvelopeError {
    EnvelopeError::Zlib(ZlibError::Damaged(why.into()))
}

/// Wraps tagged COSE_Sign1 bytes as PHR1 text.
pub fn encode(cose: &[u8]) -> String {
    format!("{PREFIX}{}", base45::encode(deflate(cose)))
}

/// zlib-compresses a card for issuing: zopfli against [`CURRENT_DICTIONARY`], or without a
/// dictionary when that is smaller (it never is on a real card: the dictionary saves 60 to 180
/// characters; it costs 4 bytes, its name). A build without the `issue` feature writes zlib -9
/// without a dictionary (a verifier re-wraps bundle entries only to show them).
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let plain = deflate_without_dictionary(data);
    #[cfg(feature = "issue")]
    if let Some(with) = deflate_with_dictionary(CURRENT_DICTIONARY, data)
        && with.len() < plain.len()
    {
        return with;
    }
    plain
}

/// zopfli against `dict` (any dictionary: the dictionary builder measures candidates with it).
/// `None` if zopfli fails (not expected).
#[cfg(feature = "issue")]
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn deflate_with_dictionary(dict: &[u8], data: &[u8]) -> Option<Vec<u8>> {
    zdict::deflate(dict, data, zopfli_options())
}

/// zlib-compresses with zopfli and no dictionary: a standard zlib stream, about 4 % smaller than
/// zlib -9 on a full card (658 against 681 bytes for the reference record, 35 fewer QR
/// characters), in about 5 ms. Zopfli's block splitting is limited to one split: more splits
/// cost 10 to 50 times the time for no gain at this size. Falls back to zlib -9 if zopfli fails
/// (not expected), and uses zlib -9 in a build without the `issue` feature.
pub fn deflate_without_dictionary(data: &[u8]) -> Vec<u8> {
    #[cfg(feature = "issue")]
    if let Some(out) = zopfli(data) {
        return out;
    }
    let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(data);
    z.finish().unwrap_or_default()
}

#[cfg(feature = "issue")]
fn zopfli_options() -> zopfli::Options {
    zopfli::Options {
        maximum_block_splits: 1,
        ..Default::default()
    }
}

#[cfg(feature = "issue")]
fn zopfli(data: &[u8]) -> Option<Vec<u8>> {
    let zopfli = || -> std::io::Result<Vec<u8>> {
        let mut z =
            zopfli::ZlibEncoder::new(zopfli_options(), zopfli::BlockType::Dynamic, Vec::new())?;
        z.write_all(data)?;
        z.finish()
    };
    zopfli().ok()
}

/// Unwraps PHR1 text to the COSE_Sign1 bytes. The text must be exact: no spaces, no lowercase.
// The verifier reads through `decode_with`; these are for ephr's tests and tools.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn decode(text: &str) -> Result<Vec<u8>, EnvelopeError> {
    decode_with(text, <[u8]>::to_vec)
}

/// [`decode`], handing the COSE_Sign1 bytes to `done`, which makes what is kept of them (the
/// verifier keeps them shared): the base45 and inflate buffers are reused per thread, so a card
/// is copied once, into what `done` makes.
pub(crate) fn decode_with<T>(
    text: &str,
    done: impl FnOnce(&[u8]) -> T,
) -> Result<T, EnvelopeError> {
    if text.len() > MAX_TEXT_LEN {
        return Err(EnvelopeError::TooLong(text.chars().count()));
    }
    let Some(body) = text.strip_prefix(PREFIX) else {
        return Err(EnvelopeError::WrongPrefix(describe_prefix(text)));
    };
    thread_local! {
        static COMPRESSED: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    COMPRESSED.with(|buf| {
        let mut fresh = Vec::new();
        // A fresh buffer only if this is ever called from inside itself (it is not).
        let mut kept = buf.try_borrow_mut();
        let compressed = match kept.as_deref_mut() {
            Ok(b) => b,
            Err(_) => &mut fresh,
        };
        base45_decode_into(body, compressed)?;
        // Our COSE_Sign1 starts with tag 18 (0xd2); a zlib stream starts with 0x78 (deflate, 32
        // KiB window). Telling them apart gives a precise error for an uncompressed card.
        if compressed.first() == Some(&0xd2) {
            return Err(EnvelopeError::NotCompressed);
        }
        inflate_with(compressed, done)
    })
}

/// The base45 alphabet (RFC 9285 §4).
const BASE45: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// The value of each byte as a base45 digit, [`NOT_BASE45`] for bytes outside the alphabet: a
/// table look-up instead of a search of the alphabet for each of a card's ~1000 characters.
const BASE45_VALUE: [u8; 256] = {
    let mut t = [NOT_BASE45; 256];
    let mut i = 0;
    while i < BASE45.len() {
        t[BASE45[i] as usize] = i as u8;
        i += 1;
    }
    t
};
const NOT_BASE45: u8 = 0xff;

/// Strict base45 decoding (RFC 9285). The `base45` crate encodes; decoding is done here because
/// the crate (3.2.0) accepts a final two-character group above 255, which RFC 9285 §4 forbids,
/// and because it is on every verification's path (8 µs in the crate against 2 µs here for a
/// full card). A property test checks that this decoder agrees with the crate wherever it accepts.
// The verifier reads through `decode_with`; these are for ephr's tests and tools.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn base45_decode(text: &str) -> Result<Vec<u8>, EnvelopeError> {
    let mut out = Vec::new();
    base45_decode_into(text, &mut out)?;
    Ok(out)
}

/// [`base45_decode`] into `out`, replacing what it held.
fn base45_decode_into(text: &str, out: &mut Vec<u8>) -> Result<(), EnvelopeError> {
    let bad = |what: String| EnvelopeError::Base45(what);
    let b = text.as_bytes();
    if b.len() % 3 == 1 {
        return Err(bad(format!(
            "{} characters is not a possible length",
            b.len()
        )));
    }
    let digit = |i: usize| -> Result<u32, EnvelopeError> {
        let c = b[i];
        match BASE45_VALUE[usize::from(c)] {
            NOT_BASE45 => Err(bad(format!(
                "character {:?} at position {} is not base45",
                char::from(c),
                i + 1
            ))),
            v => Ok(u32::from(v)),
        }
    };
    // Whole groups first, into a buffer of their final size; a character outside the alphabet
    // (its table value has the high bit set) is looked for only once a group has one.
    let groups = b.len() / 3;
    out.clear();
    out.resize(groups * 2 + (b.len() % 3) / 2, 0);
    for (g, (chunk, pair)) in b.chunks_exact(3).zip(out.chunks_exact_mut(2)).enumerate() {
        let v = [0, 1, 2].map(|k| BASE45_VALUE[usize::from(chunk[k])]);
        if (v[0] | v[1] | v[2]) & 0x80 != 0 {
            let at = g * 3 + v.iter().position(|d| d & 0x80 != 0).unwrap_or(0);
            return Err(digit(at).unwrap_err());
        }
        let n = u32::from(v[0]) + u32::from(v[1]) * 45 + u32::from(v[2]) * 2025;
        if n > 0xffff {
            return Err(bad(format!(
                "the group at position {} is too large",
                g * 3 + 1
            )));
        }
        pair.copy_from_slice(&(n as u16).to_be_bytes());
    }
    let i = groups * 3;
    if i + 2 == b.len() {
        let n = digit(i)? + digit(i + 1)? * 45;
        if n > 0xff {
            return Err(bad(format!(
                "the last group at position {} is too large",
                i + 1
            )));
        }
        out[groups * 2] = n as u8;
    }
    Ok(())
}

/// zlib-decompresses with the [`MAX_INFLATED_LEN`] cap and no trailing bytes allowed, with or
/// without a preset dictionary.
// The verifier reads through `decode_with`; these are for ephr's tests and tools.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn inflate(compressed: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    inflate_with(compressed, <[u8]>::to_vec)
}

/// [`inflate`], handing the inflated bytes to `done`.
fn inflate_with<T>(compressed: &[u8], done: impl FnOnce(&[u8]) -> T) -> Result<T, EnvelopeError> {
    if compressed.is_empty() {
        return Err(damaged("no data"));
    }
    check_header(compressed)?;
    // A stream with FDICT names its preset dictionary by Adler-32 after the header (RFC 1950
    // §2.2); the inflater checks the name against the dictionary's checksum again.
    let history = if compressed[1] & FDICT != 0 {
        let Some(id) = compressed.get(2..6) else {
            return Err(damaged("the stream is cut off"));
        };
        let id = u32::from_be_bytes([id[0], id[1], id[2], id[3]]);
        dictionary_named(id).ok_or(EnvelopeError::Zlib(ZlibError::UnknownDictionary(id)))?
    } else {
        &[]
    };
    match zdict::inflate_after(history, compressed, MAX_INFLATED_LEN, true, done)
        .map_err(damaged)?
    {
        zdict::RawInflated::TooLarge => Err(EnvelopeError::TooLarge),
        zdict::RawInflated::Done { used, .. } if used != compressed.len() => {
            Err(EnvelopeError::TrailingData)
        }
        zdict::RawInflated::Done { out, .. } => Ok(out),
    }
}

/// The zlib header (RFC 1950 §2.2): deflate (CM 8) with a window of at most 32 KiB (CINFO ≤ 7),
/// and the check bits.
fn check_header(compressed: &[u8]) -> Result<(), EnvelopeError> {
    let Some([cmf, flg]) = compressed.first_chunk::<2>() else {
        return Err(damaged("the stream is cut off"));
    };
    if cmf & 0x0f != 8 || cmf >> 4 > 7 || u16::from_be_bytes([*cmf, *flg]) % 31 != 0 {
        return Err(damaged("incorrect header check"));
    }
    Ok(())
}

/// The dictionary whose Adler-32 is `id`. The checksums are computed once per process: 4 KiB
/// summed on every card cost about as much as base45-decoding it.
fn dictionary_named(id: u32) -> Option<&'static [u8]> {
    static NAMED: std::sync::OnceLock<Vec<(u32, &'static [u8])>> = std::sync::OnceLock::new();
    NAMED
        .get_or_init(|| DICTIONARIES.iter().map(|d| (adler32(d), *d)).collect())
        .iter()
        .find(|(named, _)| *named == id)
        .map(|(_, d)| *d)
}

fn describe_prefix(text: &str) -> String {
    let head: String = text
        .chars()
        .take(8)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    if text.starts_with("HC1:") {
        "this is an EU Digital COVID Certificate (HC1:), not a PHR card".into()
    } else if text.starts_with("shc:/") {
        "this is a SMART Health Card (shc:/), not a PHR card".into()
    } else if let Some(p) = text.get(..5).filter(|p| p.eq_ignore_ascii_case(PREFIX)) {
        format!("the prefix \"{p}\" must be upper case \"PHR1:\"")
    } else if text.starts_with("PHR") {
        format!("\"{head}…\" is a PHR format this version of ephr does not know; update ephr")
    } else if text.is_empty() {
        "the text is empty".into()
    } else {
        format!(
            "the text does not start with \"PHR1:\" (it starts \"{head}\"); it is not a PHR card"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let data = b"\xd2\x84some cose bytes".repeat(5);
        let t = encode(&data);
        assert!(t.starts_with("PHR1:"));
        assert!(
            t.bytes()
                .all(|b| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(&b))
        );
        assert_eq!(decode(&t).unwrap(), data);
    }

    #[test]
    fn errors() {
        assert!(
            matches!(decode("HC1:6BFOXN"), Err(EnvelopeError::WrongPrefix(m)) if m.contains("COVID"))
        );
        assert!(
            matches!(decode("phr1:00"), Err(EnvelopeError::WrongPrefix(m)) if m.contains("upper case"))
        );
        assert!(
            matches!(decode("PHR2:00"), Err(EnvelopeError::WrongPrefix(m)) if m.contains("update"))
        );
        assert!(matches!(decode("PHR1:abc"), Err(EnvelopeError::Base45(_))));
        assert!(matches!(
            decode(&format!("PHR1:{}", base45::encode([0xd2, 0x84]))),
            Err(EnvelopeError::NotCompressed)
        ));
        assert!(matches!(
            decode(&format!("PHR1:{}", base45::encode([0x78, 0xda, 1, 2]))),
            Err(EnvelopeError::Zlib(ZlibError::Damaged(_)))
        ));
        assert!(matches!(
            decode(&"A".repeat(MAX_TEXT_LEN + 1)),
            Err(EnvelopeError::TooLong(_))
        ));
    }

    #[test]
    fn trailing_data_is_rejected() {
        let t = encode(b"abc");
        let mut bytes = base45::decode(&t[5..]).unwrap();
        bytes.push(0);
        assert_eq!(
            decode(&format!("PHR1:{}", base45::encode(&bytes))),
            Err(EnvelopeError::TrailingData)
        );
    }

    #[test]
    fn decompression_bomb_is_refused() {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
        z.write_all(&vec![0u8; 2 * 1024 * 1024]).unwrap();
        let bomb = z.finish().unwrap();
        assert!(
            bomb.len() < 2 * MAX_TEXT_LEN / 3,
            "fits in a QR code: {}",
            bomb.len()
        );
        assert_eq!(
            decode(&format!("PHR1:{}", base45::encode(&bomb))),
            Err(EnvelopeError::TooLarge)
        );
    }

    /// A card-like COSE object: the structure and codes a dictionary knows.
    fn card_like() -> Vec<u8> {
        let mut v = b"\xd2\x84\x4d\xa2\x01\x27\x04\x48".to_vec();
        v.extend_from_slice(b"\x01\x02\x03\x04\x05\x06\x07\x08");
        for code in [
            "J07BD52", "J07AM51", "J07BC01", "J07BF03", "E11.9", "B86", "RHS-15",
        ] {
            v.push(0x60 + code.len() as u8);
            v.extend_from_slice(code.as_bytes());
        }
        v.extend_from_slice(&[0x42; 64]);
        v
    }

    /// A stream with FDICT naming `id`, over `raw` DEFLATE data, with the checksum of `data`.
    fn fdict_stream(id: u32, raw: &[u8], data: &[u8]) -> Vec<u8> {
        let mut z = zdict::HEADER.to_vec();
        z.extend_from_slice(&id.to_be_bytes());
        z.extend_from_slice(raw);
        z.extend_from_slice(&adler32(data).to_be_bytes());
        z
    }

    fn with_dictionary(data: &[u8]) -> Vec<u8> {
        deflate_with_dictionary(CURRENT_DICTIONARY, data).unwrap()
    }

    #[test]
    fn cards_are_compressed_with_the_current_dictionary() {
        let data = card_like();
        let z = deflate(&data);
        assert_eq!(&z[..2], &zdict::HEADER, "FDICT set");
        assert_eq!(z[2..6], adler32(CURRENT_DICTIONARY).to_be_bytes());
        assert!(
            z.len() < deflate_without_dictionary(&data).len(),
            "the dictionary makes a card-like object smaller: {} bytes",
            z.len()
        );
        assert_eq!(decode(&encode(&data)).unwrap(), data);
    }

    #[test]
    fn cards_without_a_dictionary_still_decode() {
        let data = card_like();
        let z = deflate_without_dictionary(&data);
        assert_eq!(z[1] & FDICT, 0);
        assert_eq!(inflate(&z).unwrap(), data);
    }

    #[test]
    fn data_that_the_dictionary_does_not_help_is_left_without_it() {
        // 1 byte: the dictionary's 4-byte name can only cost.
        let z = deflate(b"x");
        assert_eq!(z[1] & FDICT, 0);
        assert_eq!(inflate(&z).unwrap(), b"x");
    }

    #[test]
    fn the_published_dictionary_is_unchanged() {
        // A dictionary is forever: cards in people's hands name it by this checksum.
        assert_eq!(DICTIONARIES.len(), 1);
        assert_eq!(DICTIONARIES[0].len(), 4096);
        assert_eq!(adler32(DICTIONARIES[0]), 0x05ed_6ab2);
    }

    #[test]
    fn an_unknown_dictionary_is_named_and_asks_for_an_update() {
        let data = card_like();
        let z = with_dictionary(&data);
        let forged = fdict_stream(0xdead_beef, &z[6..z.len() - 4], &data);
        let err = inflate(&forged).unwrap_err();
        assert_eq!(
            err,
            EnvelopeError::Zlib(ZlibError::UnknownDictionary(0xdead_beef))
        );
        let message = err.to_string();
        assert!(
            message.contains("deadbeef") && message.contains("update ephr"),
            "{message}"
        );
    }

    #[test]
    fn a_damaged_dictionary_stream_is_refused() {
        let data = card_like();
        let z = with_dictionary(&data);
        let damaged = |bytes: &[u8]| {
            matches!(
                inflate(bytes),
                Err(EnvelopeError::Zlib(ZlibError::Damaged(_)))
            )
        };
        // Wrong checksum of the data.
        let mut bad_sum = z.clone();
        *bad_sum.last_mut().unwrap() ^= 1;
        assert!(damaged(&bad_sum));
        // Header check bits wrong (FDICT still set).
        let mut bad_header = z.clone();
        bad_header[1] ^= 0x01;
        assert!(damaged(&bad_header));
        // Cut in the header, in the dictionary name, in the data, in the checksum.
        for cut in [2, 4, z.len() / 2, z.len() - 2] {
            assert!(damaged(&z[..cut]), "cut at {cut}");
        }
        // A flipped bit in the data.
        let mut flipped = z.clone();
        flipped[20] ^= 0x10;
        assert!(inflate(&flipped).is_err());
    }

    #[test]
    fn bytes_after_a_dictionary_stream_are_refused() {
        let data = card_like();
        let mut z = with_dictionary(&data);
        z.push(0);
        assert_eq!(inflate(&z), Err(EnvelopeError::TrailingData));
    }

    #[test]
    fn a_dictionary_stream_cannot_be_a_decompression_bomb() {
        // Raw DEFLATE needs no dictionary to be valid after a dictionary's name.
        let bomb = vec![0u8; 2 * 1024 * 1024];
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), Compression::best());
        raw.write_all(&bomb).unwrap();
        let z = fdict_stream(adler32(CURRENT_DICTIONARY), &raw.finish().unwrap(), &bomb);
        assert!(
            z.len() < 2 * MAX_TEXT_LEN / 3,
            "fits in a QR code: {}",
            z.len()
        );
        assert_eq!(inflate(&z), Err(EnvelopeError::TooLarge));
    }
}
