//! Signed entries inside a PDF that ephr printed.
//!
//! Every PDF `ephr booklet` writes (booklet, A4 sheets, wallet card, confidential insert) carries
//! the entries it prints as a `.phr` bundle ([`crate::bundle`]) in a PDF file attachment named
//! [`ATTACHMENT_NAME`] (ISO 32000 §7.11.4, an embedded file stream, listed in the catalogue's
//! `/Names /EmbeddedFiles` and `/AF`). So a booklet kept as a PDF on a phone is verified as it
//! is, without a screenshot. The printed QR codes stay the source on paper; the attachment holds
//! the same signed bytes and nothing else, and every entry is verified exactly as a bundle's.
//!
//! ephr writes that stream uncompressed with a direct `/Length`, so it is found without a PDF
//! parser: the bundle header ([`crate::bundle::MAGIC_BYTES`]) right after a `stream` keyword,
//! whose dictionary gives the length. The search is one linear pass over at most
//! [`MAX_PDF_LEN`] bytes, whatever the file holds. A PDF re-saved by another program may
//! compress or drop the attachment; it then has no entries, and its QR codes must be
//! photographed instead.

use crate::bundle::{self, Bundle, BundleError};

/// The attachment's file name (what a PDF viewer lists).
pub const ATTACHMENT_NAME: &str = "ephr-entries.phr";
/// Largest PDF read: a booklet is about 100 KB; a phone's photographed copy far less than this.
pub const MAX_PDF_LEN: usize = 32 * 1024 * 1024;
/// How far before the `stream` keyword its dictionary's `/Length` is looked for.
const DICT_WINDOW: usize = 512;

/// Why a PDF gave no entries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// Larger than [`MAX_PDF_LEN`].
    #[error("the PDF is {0} bytes; ephr reads PDFs of at most {MAX_PDF_LEN} bytes")]
    TooLarge(usize),
    /// No attachment of signed entries.
    #[error(
        "this PDF carries no ephr entries: it was not printed by ephr, or another program re-saved it; photograph or screenshot its QR codes and give the image"
    )]
    NoEntries,
    /// The attachment is there but damaged.
    #[error("the entries attached to this PDF are damaged: {0}")]
    Bundle(BundleError),
}

/// True when the bytes start like a PDF file.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The bundle attached to a PDF that ephr printed.
pub fn find_bundle(pdf: &[u8]) -> Result<Bundle, PdfError> {
    if pdf.len() > MAX_PDF_LEN {
        return Err(PdfError::TooLarge(pdf.len()));
    }
    let mut damaged = None;
    let magic = &bundle::MAGIC_BYTES;
    let mut from = 0;
    while let Some(at) = find(&pdf[from..], magic).map(|i| from + i) {
        from = at + 1;
        let Some(len) = stream_length(pdf, at) else {
            continue;
        };
        let Some(bytes) = pdf.get(at..at.saturating_add(len)) else {
            continue;
        };
        match Bundle::from_bytes(bytes) {
            Ok(b) => return Ok(b),
            Err(e) => damaged = Some(e),
        }
    }
    Err(damaged.map_or(PdfError::NoEntries, PdfError::Bundle))
}

/// The `/Length` of the stream whose data starts at `data`, if `data` follows a `stream`
/// keyword and the dictionary before it has a direct length.
fn stream_length(pdf: &[u8], data: usize) -> Option<usize> {
    let before = &pdf[..data];
    let keyword = before
        .strip_suffix(b"stream\r\n")
        .or_else(|| before.strip_suffix(b"stream\n"))?;
    let dict = &keyword[keyword.len().saturating_sub(DICT_WINDOW)..];
    let key = rfind(dict, b"/Length")?;
    let rest = &dict[key + b"/Length".len()..];
    let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    // `/Length 12 0 R` is an indirect length, which ephr never writes.
    let after = &rest[digits..];
    let after = &after[after.iter().take_while(|b| **b == b' ').count()..];
    if after.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(&rest[..digits]).ok()?.parse().ok()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle_bytes() -> Vec<u8> {
        // A well-formed container; whether the entry verifies is not this module's concern.
        let cose =
            crate::cose::Sign1::sign(&crate::keys::SecretKey::from_seed(&[1; 32]), None, b"x");
        let mut b = Bundle::new();
        b.push(cose).unwrap();
        b.to_bytes()
    }

    fn pdf_with(dict: &str, data: &[u8], eol: &str) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n1 0 obj\n".to_vec();
        pdf.extend_from_slice(dict.as_bytes());
        pdf.extend_from_slice(format!("stream{eol}").as_bytes());
        pdf.extend_from_slice(data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        pdf
    }

    #[test]
    fn the_attached_bundle_is_found_with_either_line_end() {
        let b = bundle_bytes();
        for eol in ["\n", "\r\n"] {
            let dict = format!("<</Type /EmbeddedFile /Length {}>>", b.len());
            let found = find_bundle(&pdf_with(&dict, &b, eol)).unwrap();
            assert_eq!(found.to_bytes(), b);
        }
    }

    #[test]
    fn a_pdf_without_the_attachment_has_no_entries() {
        assert_eq!(
            find_bundle(b"%PDF-1.7\n%%EOF\n").unwrap_err(),
            PdfError::NoEntries
        );
        // The header in page content, not at the start of a stream: not an attachment.
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend_from_slice(&bundle_bytes());
        assert_eq!(find_bundle(&pdf).unwrap_err(), PdfError::NoEntries);
        // An indirect length is not followed.
        let b = bundle_bytes();
        let pdf = pdf_with("<</Length 7 0 R>>", &b, "\n");
        assert_eq!(find_bundle(&pdf).unwrap_err(), PdfError::NoEntries);
    }

    #[test]
    fn a_damaged_attachment_is_named() {
        let mut b = bundle_bytes();
        let n = b.len();
        b.truncate(n - 10);
        // The length matches what is there, but the bundle inside is cut short. (A length that
        // runs on into `endstream` gives a container whose entry's signature then fails.)
        let pdf = pdf_with(&format!("<</Length {}>>", n - 10), &b, "\n");
        assert!(matches!(find_bundle(&pdf), Err(PdfError::Bundle(_))));
    }

    #[test]
    fn too_large_is_refused_before_reading() {
        let big = vec![b' '; MAX_PDF_LEN + 1];
        assert_eq!(
            find_bundle(&big).unwrap_err(),
            PdfError::TooLarge(MAX_PDF_LEN + 1)
        );
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_after_the_header_give_an_answer(tail in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let mut pdf = b"%PDF-1.7\n".to_vec();
            pdf.extend_from_slice(&tail);
            let _ = find_bundle(&pdf);
        }
    }
}
