//! The bundle: every entry of one person's record in one file (`.phr`), for phones, USB sticks
//! and e-mail.
//!
//! A bundle is a CBOR sequence (RFC 8742): a header `["PHRB", 1, count]`, then `count` tagged
//! COSE_Sign1 entries, each exactly the bytes that a `PHR1:` text carries (docs/FORMAT.md §12).
//! The container itself is not signed: each entry is, so anyone can merge bundles or add an entry
//! without a key, and a verifier checks every entry on its own. A removed entry shows up as a gap
//! in the history (see [`crate::history`]).
//!
//! The reader checks the container only (magic, version, count, sizes, that each entry is a
//! well-formed tagged COSE_Sign1 item, no entry twice); whether an entry is a valid card is for
//! [`crate::verify`].

use std::path::Path;

use ciborium::value::Value;

use crate::cbor::{self, CborError};
use crate::cose::TAG_SIGN1;
use crate::envelope;

/// The magic text in the header.
pub const MAGIC: &str = "PHRB";
/// The bundle format version this code writes and reads.
pub const BUNDLE_VERSION: u64 = 1;
/// The first bytes of every version-1-style bundle: a 3-element array and the text `"PHRB"`.
/// No text file starts like this (0x83 is not a valid first byte of UTF-8).
pub const MAGIC_BYTES: [u8; 6] = [0x83, 0x64, b'P', b'H', b'R', b'B'];
/// Most entries one bundle may hold: years of follow-ups, far from what a person carries.
pub const MAX_ENTRIES: usize = 256;
/// Largest entry: what one `PHR1:` text may inflate to.
pub const MAX_ENTRY_LEN: usize = envelope::MAX_INFLATED_LEN;
/// Largest bundle file read.
pub const MAX_BUNDLE_LEN: usize = 1024 * 1024;

/// Why bytes are not a usable bundle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// Larger than [`MAX_BUNDLE_LEN`].
    #[error("the file is {0} bytes; a bundle is at most {MAX_BUNDLE_LEN} bytes")]
    TooLarge(usize),
    /// The bytes do not start with the bundle header.
    #[error("this is not an ephr bundle (.phr): it does not start with the PHRB header")]
    NotABundle,
    /// The header is damaged.
    #[error("the bundle header is damaged: {0}")]
    Header(String),
    /// Written by a newer ephr.
    #[error("the bundle uses format version {0}, which this ephr does not know; update ephr")]
    UnknownVersion(u64),
    /// The header declares no entries.
    #[error("the bundle holds no entries")]
    Empty,
    /// More entries than [`MAX_ENTRIES`].
    #[error("{0} entries is more than a bundle may hold ({MAX_ENTRIES})")]
    TooManyEntries(usize),
    /// Fewer entries than the header declares: the file was cut short.
    #[error(
        "the header announces {declared} entries but the file ends after {found}; the file is truncated, copy it again"
    )]
    Truncated {
        /// Entries the header announces.
        declared: usize,
        /// Entries found.
        found: usize,
    },
    /// Bytes after the last entry.
    #[error("there are {0} unexpected bytes after the last entry")]
    TrailingBytes(usize),
    /// An entry is not well-formed deterministic CBOR.
    #[error("entry {index} is damaged: {source}")]
    Entry {
        /// 1-based position.
        index: usize,
        /// What is wrong.
        source: CborError,
    },
    /// An entry is not a tagged COSE_Sign1.
    #[error("entry {0} is not a signed entry (CBOR tag 18, COSE_Sign1)")]
    NotSign1(usize),
    /// An entry larger than [`MAX_ENTRY_LEN`].
    #[error("entry {index} is {len} bytes; an entry is at most {MAX_ENTRY_LEN} bytes")]
    EntryTooLarge {
        /// 1-based position.
        index: usize,
        /// Its length.
        len: usize,
    },
    /// The same entry twice.
    #[error("entry {index} is the same as entry {first}; a bundle holds each entry once")]
    Duplicate {
        /// 1-based position of the repeat.
        index: usize,
        /// 1-based position of the first copy.
        first: usize,
    },
}

/// The signed entries of a bundle, in file order, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bundle {
    entries: Vec<Vec<u8>>,
}

/// True when `bytes` start with the bundle header ([`MAGIC_BYTES`]).
pub fn is_bundle(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC_BYTES)
}

impl Bundle {
    /// An empty bundle, to [`Bundle::push`] entries into.
    pub fn new() -> Self {
        Self::default()
    }

    /// The tagged COSE_Sign1 bytes of each entry.
    pub fn entries(&self) -> &[Vec<u8>] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Adds an entry (tagged COSE_Sign1 bytes). Returns `false`, and changes nothing, when the
    /// bundle already holds it.
    pub fn push(&mut self, cose: Vec<u8>) -> Result<bool, BundleError> {
        let index = self.entries.len() + 1;
        check_entry(index, &cose)?;
        if self.entries.contains(&cose) {
            return Ok(false);
        }
        if self.entries.len() >= MAX_ENTRIES {
            return Err(BundleError::TooManyEntries(index));
        }
        self.entries.push(cose);
        Ok(true)
    }

    /// Adds every entry of `other` that this bundle does not hold yet; returns how many.
    pub fn merge(&mut self, other: &Bundle) -> Result<usize, BundleError> {
        let mut added = 0;
        for e in &other.entries {
            added += usize::from(self.push(e.clone())?);
        }
        Ok(added)
    }

    /// Orders entries by `key`, a stable sort (used to put entries in date order).
    pub fn sort_by_key<K: Ord>(&mut self, key: impl FnMut(&Vec<u8>) -> K) {
        self.entries.sort_by_cached_key(key);
    }

    /// The file bytes: header, then the entries.
    pub fn to_bytes(&self) -> Vec<u8> {
        let header = Value::Array(vec![
            Value::Text(MAGIC.into()),
            Value::Integer(BUNDLE_VERSION.into()),
            Value::Integer((self.entries.len() as u64).into()),
        ]);
        let mut out = cbor::to_vec(&header);
        for e in &self.entries {
            out.extend_from_slice(e);
        }
        out
    }

    /// Reads a bundle, checking the container (not the entries' signatures).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BundleError> {
        if bytes.len() > MAX_BUNDLE_LEN {
            return Err(BundleError::TooLarge(bytes.len()));
        }
        if !is_bundle(bytes) {
            return Err(BundleError::NotABundle);
        }
        let (header, mut pos) = cbor::first_item_deterministic(bytes)
            .map_err(|e| BundleError::Header(e.to_string()))?;
        let declared = header_count(header)?;
        let mut b = Bundle::new();
        while pos < bytes.len() {
            let index = b.entries.len() + 1;
            if index > declared {
                return Err(BundleError::TrailingBytes(bytes.len() - pos));
            }
            let (_, n) = cbor::first_item_deterministic(&bytes[pos..]).map_err(|source| {
                match source {
                    // An entry cut off mid-way is a truncated file, the common case.
                    CborError::Malformed(ref m) if m.contains("ends too early") => {
                        BundleError::Truncated {
                            declared,
                            found: index - 1,
                        }
                    }
                    source => BundleError::Entry { index, source },
                }
            })?;
            let entry = &bytes[pos..pos + n];
            if let Some(first) = b.entries.iter().position(|e| e == entry) {
                return Err(BundleError::Duplicate {
                    index,
                    first: first + 1,
                });
            }
            b.push(entry.to_vec())?;
            pos += n;
        }
        if b.entries.len() < declared {
            return Err(BundleError::Truncated {
                declared,
                found: b.entries.len(),
            });
        }
        Ok(b)
    }

    /// Writes the bundle to `path` by the rules for health-data files ([`crate::files`]): a new
    /// file readable by its owner only (mode 0600), renamed over `path`, so that a bundle merged
    /// into itself is never left half-written and a link at `path` is replaced, not followed.
    /// Whether an existing bundle may be replaced is the caller's decision (`ephr bundle`
    /// replaces one only when it is among the inputs).
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        use crate::files::{Existing, FileError, write_private};
        write_private(path, &self.to_bytes(), Existing::Replace).map_err(|e| match e {
            FileError::Io { source, .. } => source,
            e @ FileError::Exists(_) => std::io::Error::new(std::io::ErrorKind::AlreadyExists, e),
        })
    }
}

fn header_count(header: Value) -> Result<usize, BundleError> {
    let bad = |m: &str| BundleError::Header(m.into());
    let Value::Array(a) = header else {
        return Err(bad("expected [\"PHRB\", version, count]"));
    };
    let [magic, version, count] = a.as_slice() else {
        return Err(bad("expected [\"PHRB\", version, count]"));
    };
    if magic.as_text() != Some(MAGIC) {
        return Err(BundleError::NotABundle);
    }
    let uint = |v: &Value| v.as_integer().and_then(|i| u64::try_from(i).ok());
    let version = uint(version).ok_or_else(|| bad("the version is not a number"))?;
    if version != BUNDLE_VERSION {
        return Err(BundleError::UnknownVersion(version));
    }
    let count = uint(count).ok_or_else(|| bad("the entry count is not a number"))?;
    match usize::try_from(count) {
        Ok(0) => Err(BundleError::Empty),
        Ok(n) if n <= MAX_ENTRIES => Ok(n),
        _ => Err(BundleError::TooManyEntries(
            usize::try_from(count).unwrap_or(usize::MAX),
        )),
    }
}

/// An entry must be one deterministic CBOR item, tag 18, no larger than [`MAX_ENTRY_LEN`].
fn check_entry(index: usize, cose: &[u8]) -> Result<(), BundleError> {
    if cose.len() > MAX_ENTRY_LEN {
        return Err(BundleError::EntryTooLarge {
            index,
            len: cose.len(),
        });
    }
    match cbor::from_slice_deterministic(cose) {
        Ok(Value::Tag(TAG_SIGN1, _)) => Ok(()),
        Ok(_) => Err(BundleError::NotSign1(index)),
        Err(source) => Err(BundleError::Entry { index, source }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal tag-18 item: the container does not look inside.
    fn entry(n: u8) -> Vec<u8> {
        vec![0xd2, 0x84, 0x40, 0xa0, 0x41, n, 0x40]
    }

    fn two() -> Bundle {
        let mut b = Bundle::new();
        assert!(b.push(entry(1)).unwrap());
        assert!(b.push(entry(2)).unwrap());
        assert!(!b.push(entry(1)).unwrap(), "a duplicate is not added");
        b
    }

    #[cfg(unix)]
    #[test]
    fn a_written_bundle_is_private_even_over_a_readable_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("ephr-bundle-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("person.phr");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        two().write(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{mode:o}");
        assert_eq!(
            Bundle::from_bytes(&std::fs::read(&path).unwrap()).unwrap(),
            two()
        );
        let leftovers = std::fs::read_dir(&dir).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file left behind");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn round_trip_and_header_bytes() {
        let b = two();
        let bytes = b.to_bytes();
        assert_eq!(
            hex::encode(&bytes[..8]),
            "836450485242 0102".replace(' ', "")
        );
        assert!(is_bundle(&bytes));
        assert_eq!(Bundle::from_bytes(&bytes).unwrap(), b);
    }

    #[test]
    fn every_container_fault_has_its_own_error() {
        let bytes = two().to_bytes();
        let err = |b: &[u8]| Bundle::from_bytes(b).unwrap_err();
        assert_eq!(err(b"PHR1:ABC"), BundleError::NotABundle);
        assert_eq!(
            err(&bytes[..bytes.len() - 3]),
            BundleError::Truncated {
                declared: 2,
                found: 1
            }
        );
        assert_eq!(
            err(&[&bytes[..], &entry(3)].concat()),
            BundleError::TrailingBytes(7)
        );
        let mut v2 = bytes.clone();
        v2[6] = 0x02;
        assert_eq!(err(&v2), BundleError::UnknownVersion(2));
        let mut zero = bytes.clone();
        zero[7] = 0x00;
        assert_eq!(err(&zero), BundleError::Empty);
        let mut many = bytes[..7].to_vec();
        many.extend([0x19, 0x01, 0x01]); // 257
        assert_eq!(err(&many), BundleError::TooManyEntries(257));
        let dup = [&bytes[..8], &entry(1), &entry(1)].concat();
        assert_eq!(err(&dup), BundleError::Duplicate { index: 2, first: 1 });
        let untagged = [&bytes[..8], &entry(1), &entry(2)[1..]].concat();
        assert_eq!(err(&untagged), BundleError::NotSign1(2));
        let float = [&bytes[..8], &entry(1), &[0xf9, 0x3c, 0x00][..]].concat();
        assert!(matches!(err(&float), BundleError::Entry { index: 2, .. }));
        assert!(matches!(
            err(&vec![0x83; MAX_BUNDLE_LEN + 1]),
            BundleError::TooLarge(_)
        ));
        let big = [vec![0xd2, 0x59, 0x80, 0x01], vec![0; 0x8001]].concat();
        assert!(matches!(
            Bundle::new().push(big),
            Err(BundleError::EntryTooLarge { index: 1, .. })
        ));
    }

    #[test]
    fn merge_adds_only_new_entries() {
        let mut a = two();
        let mut b = Bundle::new();
        b.push(entry(2)).unwrap();
        b.push(entry(3)).unwrap();
        assert_eq!(a.merge(&b).unwrap(), 1);
        assert_eq!(a.len(), 3);
    }
}
