//! QR codes: rendering PHR1 text to PNG or SVG, and finding PHR1 texts in images.
//!
//! PHR1 text is entirely in the QR alphanumeric set, so the encoder uses alphanumeric mode
//! (5.5 bits a character). Error correction defaults to Q (25 % of the code may be damaged),
//! which the EU DCC also recommends for paper.

#[cfg(feature = "render")]
mod render;
#[cfg(feature = "scan")]
mod scan;
#[cfg(feature = "render")]
pub use render::*;
#[cfg(feature = "scan")]
pub use scan::*;

/// Largest image dimension accepted (a 12-megapixel phone photo is 4000 × 3000).
pub const MAX_IMAGE_SIDE: u32 = 12_000;
/// Largest decoded image accepted, in pixels.
pub const MAX_IMAGE_PIXELS: u64 = 50_000_000;
/// Largest image file read.
pub const MAX_IMAGE_FILE: u64 = 64 * 1024 * 1024;

/// Error-correction level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ecc {
    /// ~7 % recovery.
    L,
    /// ~15 % recovery.
    M,
    /// ~25 % recovery; the default.
    #[default]
    Q,
    /// ~30 % recovery.
    H,
}

/// Why a QR code could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The text does not fit a version-40 code at this level.
    #[error(
        "the card is too long for one QR code at error-correction level {0:?}; choose a lower level"
    )]
    TooLong(Ecc),
    /// The image file could not be read.
    #[error("{0}")]
    Io(String),
    /// Not a PNG or JPEG, or damaged.
    #[error("the image cannot be decoded ({0}); use a PNG or JPEG file")]
    Image(String),
    /// Larger than the limits.
    #[error(
        "the image is too large ({0}); the limit is {MAX_IMAGE_SIDE} pixels a side and {MAX_IMAGE_PIXELS} pixels"
    )]
    TooLarge(String),
    /// No PHR card was found.
    #[error("no PHR QR code found in the image (tried: {tried}){other}")]
    NotFound {
        /// The steps tried.
        tried: String,
        /// QR codes that were found but are not PHR cards.
        other: String,
    },
}

#[cfg(all(test, feature = "render", feature = "scan"))]
mod tests {
    use super::*;

    #[test]
    fn text_capacity_is_exact_for_alphanumeric_text() {
        for ecc in [Ecc::L, Ecc::M, Ecc::Q, Ecc::H] {
            for v in [1, 9, 10, 22, 25, 26, 27, 40] {
                let cap = text_capacity(ecc, v);
                let at = encode(&"A".repeat(cap), ecc).unwrap();
                assert!(
                    at.version() <= v,
                    "{ecc:?} V{v}: {cap} chars need V{}",
                    at.version()
                );
                if let Ok(over) = encode(&"A".repeat(cap + 1), ecc) {
                    assert!(over.version() > v, "{ecc:?} V{v}: {} chars fit", cap + 1);
                }
            }
        }
        assert_eq!(
            text_capacity(Ecc::Q, 40),
            2420,
            "ISO/IEC 18004 Table 7, 40-Q"
        );
        assert_eq!(text_capacity(Ecc::L, 40), 4296, "the largest code");
    }

    #[test]
    fn render_then_scan() {
        let text = format!("PHR1:{}", "ABC123".repeat(60));
        for ecc in [Ecc::L, Ecc::M, Ecc::Q, Ecc::H] {
            let r = encode(&text, ecc).unwrap();
            let img = r.to_image(3);
            assert_eq!(
                img.width() as usize,
                (r.width() + 8) * 3,
                "4-module quiet zone"
            );
            assert_eq!(scan(&img).unwrap(), vec![text.clone()]);
        }
    }

    #[test]
    fn png_round_trip_and_limits() {
        let r = encode("PHR1:HELLO", Ecc::Q).unwrap();
        let img = decode_image(&r.to_png(4, Some(300))).unwrap();
        assert_eq!(scan(&img).unwrap(), vec!["PHR1:HELLO".to_string()]);
        assert!(matches!(
            decode_image(b"not an image"),
            Err(QrError::Image(_))
        ));
    }

    #[test]
    fn other_codes_are_not_cards() {
        let r = encode("https://example.org", Ecc::M).unwrap();
        let err = scan(&r.to_image(4)).unwrap_err().to_string();
        assert!(err.contains("not PHR cards"), "{err}");
    }
}
