//! zlib streams with a preset dictionary (RFC 1950 FDICT), in pure Rust.
//!
//! Neither of ephr's compressors takes a preset dictionary (zopfli has no such option, and
//! flate2's `set_dictionary` needs a C or zlib-rs back end), so both directions use the one
//! property of DEFLATE that makes a preset dictionary work at all: a back reference may reach
//! into data that came before, in the same 32 KiB window.
//!
//! * **Compressing**: zopfli's streaming encoder compresses each write as a chunk and keeps the
//!   previous writes as the LZ77 window. Writing the dictionary and then the data gives the
//!   dictionary's blocks followed by the data's blocks, the latter free to refer into the
//!   dictionary. The data's blocks start at a bit offset that is known to within the bits the
//!   encoder still holds; each candidate offset is tried and the one that inflates back to the
//!   data is kept, so a wrong guess can never produce a wrong card.
//! * **Inflating**: zlib-rs (zlib's algorithm in Rust) takes the dictionary as the stream's
//!   history, as zlib's `inflateSetDictionary` does: for a zlib stream after the header names it
//!   (checking that name against the dictionary's Adler-32), for raw data before the first
//!   byte ([`inflate_after`]).

/// Adler-32 (RFC 1950 §9): the checksum of a zlib stream and the name of a preset dictionary.
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65_521;
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that can be summed before `b` could overflow (zlib's NMAX).
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The 2-byte zlib header of a stream with a preset dictionary: deflate with a 32 KiB window
/// (0x78), FLEVEL 3 "maximum compression" as zopfli writes it, FDICT set, and the check bits
/// that make the 16-bit value a multiple of 31 (0x78f9).
#[cfg(any(feature = "issue", test))]
pub const HEADER: [u8; 2] = {
    let flg: u16 = 0xc0 | 0x20;
    let check = (31 - (0x78 * 256 + flg) % 31) % 31;
    [0x78, (flg | check) as u8]
};

/// Inflates raw DEFLATE `data` that may refer back into `dict`, producing at most `cap` bytes.
/// Returns the inflated bytes and how many bytes of `data` the DEFLATE stream used, or
/// [`RawInflated::TooLarge`] when the output went over `cap`.
#[cfg(any(feature = "issue", test))]
pub fn inflate_raw(dict: &[u8], data: &[u8], cap: usize) -> Result<RawInflated<Vec<u8>>, String> {
    inflate_after(dict, data, cap, false, <[u8]>::to_vec)
}

/// The one inflater of ephr (zlib-rs): `data` is inflated with `history` (a preset dictionary,
/// or nothing) as what came before it, so back references reach into the dictionary as RFC 1950
/// requires. With `zlib`, `data` is a whole zlib stream: header, dictionary name, DEFLATE data
/// and Adler-32, which the inflater checks; otherwise it is raw DEFLATE data and the caller
/// checks what follows it. `done` gets the inflated bytes and makes what is returned of them.
///
/// The state and the output buffer are reused per thread: the inflater's window is allocated
/// once, and the output buffer (the whole allowance plus one byte, so that "exactly full" and
/// "would overflow" differ) is cleared once, not on every card; `done` copies out only what was
/// written.
pub(crate) fn inflate_after<T>(
    history: &[u8],
    data: &[u8],
    cap: usize,
    zlib: bool,
    done: impl FnOnce(&[u8]) -> T,
) -> Result<RawInflated<T>, String> {
    use zlib_rs::{Inflate, InflateError, InflateFlush, Status};
    struct State {
        inflate: Option<Inflate>,
        out: Vec<u8>,
    }
    thread_local! {
        static STATE: std::cell::RefCell<State> = const {
            std::cell::RefCell::new(State { inflate: None, out: Vec::new() })
        };
    }
    STATE.with(|s| {
        let State { inflate, out } = &mut *s.borrow_mut();
        let z = inflate.get_or_insert_with(|| Inflate::new(zlib, 15));
        z.reset(zlib);
        if !zlib && !history.is_empty() {
            z.set_dictionary(history)
                .map_err(|e| e.as_str().to_owned())?;
        }
        let room = cap.saturating_add(1);
        if out.len() < room {
            out.resize(room, 0);
        }
        let out = &mut out[..room];
        let mut named = false;
        loop {
            let used = z.total_in() as usize;
            let written = z.total_out() as usize;
            let status = z.decompress(&data[used..], &mut out[written..], InflateFlush::Finish);
            let written = z.total_out() as usize;
            match status {
                Ok(Status::StreamEnd) if written <= cap => {
                    return Ok(RawInflated::Done {
                        out: done(&out[..written]),
                        used: z.total_in() as usize,
                    });
                }
                Ok(_) if written > cap => return Ok(RawInflated::TooLarge),
                Ok(_) => return Err("the stream is cut off".into()),
                // The caller chose `history` by the Adler-32 the stream names, and
                // `set_dictionary` checks it again.
                Err(InflateError::NeedDict { .. }) if zlib && !history.is_empty() && !named => {
                    z.set_dictionary(history)
                        .map_err(|_| "the stream names another dictionary".to_owned())?;
                    named = true;
                }
                Err(InflateError::NeedDict { .. }) => {
                    return Err("the stream names a dictionary".into());
                }
                Err(InflateError::DataError) => {
                    return Err(match z.error_message() {
                        Some("incorrect data check") => "incorrect data check".into(),
                        _ => "invalid compressed data".into(),
                    });
                }
                Err(e) => return Err(e.as_str().to_owned()),
            }
        }
    })
}

/// What [`inflate_after`] found.
#[derive(Debug)]
pub enum RawInflated<T> {
    /// The stream ended; `used` bytes of the input were DEFLATE data.
    Done { out: T, used: usize },
    /// The output passed the cap before the stream ended.
    TooLarge,
}

/// zlib-compresses `data` with zopfli against the preset dictionary `dict`: header, the
/// dictionary's Adler-32, the DEFLATE data, the data's Adler-32. `None` if zopfli fails or no
/// candidate offset inflates back to `data` (neither is expected).
#[cfg(feature = "issue")]
pub fn deflate(dict: &[u8], data: &[u8], options: zopfli::Options) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut z = zopfli::DeflateEncoder::new(options, zopfli::BlockType::Dynamic, Vec::new());
    z.write_all(dict).ok()?;
    // The second write compresses the first chunk (the dictionary) as non-final blocks; what
    // the sink holds now is the dictionary's blocks but for the bits still in the encoder.
    z.write_all(data).ok()?;
    let whole_bytes = z.get_ref().len();
    let stream = z.finish().ok()?;
    let raw = (0..=8).find_map(|held| {
        let candidate = shift_left(&stream, whole_bytes * 8 + held)?;
        match inflate_raw(dict, &candidate, data.len()) {
            Ok(RawInflated::Done { out, used }) if out == data => Some(candidate[..used].to_vec()),
            _ => None,
        }
    })?;
    let mut zlib = Vec::with_capacity(raw.len() + 10);
    zlib.extend_from_slice(&HEADER);
    zlib.extend_from_slice(&adler32(dict).to_be_bytes());
    zlib.extend_from_slice(&raw);
    zlib.extend_from_slice(&adler32(data).to_be_bytes());
    Some(zlib)
}

/// The bits of `bytes` from bit `start` on (DEFLATE packs bits from the least significant).
#[cfg(feature = "issue")]
fn shift_left(bytes: &[u8], start: usize) -> Option<Vec<u8>> {
    let (first, shift) = (start / 8, start % 8);
    let rest = bytes.get(first..)?;
    if shift == 0 {
        return Some(rest.to_vec());
    }
    Some(
        (0..rest.len())
            .map(|i| (rest[i] >> shift) | rest.get(i + 1).map_or(0, |n| n << (8 - shift)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adler32_matches_rfc_1950_examples() {
        assert_eq!(adler32(b""), 1);
        assert_eq!(adler32(b"Wikipedia"), 0x11e6_0398);
        // Longer than NMAX, to exercise the reduction.
        let big = vec![0xffu8; 20_000];
        let (mut a, mut b) = (1u64, 0u64);
        for &x in &big {
            a = (a + u64::from(x)) % 65_521;
            b = (b + a) % 65_521;
        }
        assert_eq!(adler32(&big), ((b << 16) | a) as u32);
    }

    #[test]
    fn header_is_a_valid_fdict_zlib_header() {
        assert_eq!(HEADER, [0x78, 0xf9]);
        assert_eq!((u16::from_be_bytes(HEADER)) % 31, 0);
        assert_ne!(HEADER[1] & 0x20, 0, "FDICT");
    }
}
