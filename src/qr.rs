//! QR codes: rendering PHR1 text to PNG or SVG, and finding PHR1 texts in images.
//!
//! PHR1 text is entirely in the QR alphanumeric set, so the encoder uses alphanumeric mode
//! (5.5 bits a character). Error correction defaults to Q (25 % of the code may be damaged),
//! which the EU DCC also recommends for paper.

use std::io::Cursor;
use std::path::Path;

use image::{GrayImage, ImageReader, Limits, Luma};
use qrcode::{EcLevel, QrCode};

use crate::envelope;

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

impl Ecc {
    fn level(self) -> EcLevel {
        match self {
            Self::L => EcLevel::L,
            Self::M => EcLevel::M,
            Self::Q => EcLevel::Q,
            Self::H => EcLevel::H,
        }
    }
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

/// A rendered QR code: its version and module grid.
pub struct Rendered {
    code: QrCode,
}

/// Encodes text as the smallest QR code that holds it at `ecc`.
pub fn encode(text: &str, ecc: Ecc) -> Result<Rendered, QrError> {
    QrCode::with_error_correction_level(text.as_bytes(), ecc.level())
        .map(|code| Rendered { code })
        .map_err(|_| QrError::TooLong(ecc))
}

impl Rendered {
    /// QR version (1–40).
    pub fn version(&self) -> i16 {
        match self.code.version() {
            qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
        }
    }

    /// Modules a side, without the quiet zone.
    pub fn width(&self) -> usize {
        self.code.width()
    }

    /// Dark modules, row by row.
    pub fn modules(&self) -> Vec<bool> {
        self.code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect()
    }

    /// Greyscale image with a 4-module quiet zone.
    pub fn to_image(&self, module_px: u32) -> GrayImage {
        self.code
            .render::<Luma<u8>>()
            .quiet_zone(true)
            .module_dimensions(module_px, module_px)
            .build()
    }

    /// PNG bytes.
    pub fn to_png(&self, module_px: u32) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        // Encoding an in-memory grey image to PNG cannot fail.
        let _ = self
            .to_image(module_px)
            .write_to(&mut out, image::ImageFormat::Png);
        out.into_inner()
    }

    /// SVG text with one path of square modules and a 4-module quiet zone.
    pub fn to_svg(&self, module_px: u32) -> String {
        self.code
            .render::<qrcode::render::svg::Color>()
            .quiet_zone(true)
            .module_dimensions(module_px, module_px)
            .build()
    }
}

/// Reads an image file within the size limits.
pub fn load_image(path: &Path) -> Result<GrayImage, QrError> {
    use std::io::Read;
    let f =
        std::fs::File::open(path).map_err(|e| QrError::Io(format!("{}: {e}", path.display())))?;
    let mut bytes = Vec::new();
    f.take(MAX_IMAGE_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| QrError::Io(format!("{}: {e}", path.display())))?;
    if bytes.len() as u64 > MAX_IMAGE_FILE {
        return Err(QrError::TooLarge(format!(
            "file larger than {MAX_IMAGE_FILE} bytes"
        )));
    }
    decode_image(&bytes)
}

/// Decodes PNG or JPEG bytes within the size limits.
pub fn decode_image(bytes: &[u8]) -> Result<GrayImage, QrError> {
    let mut r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| QrError::Image(e.to_string()))?;
    let (w, h) = r
        .into_dimensions()
        .map_err(|e| QrError::Image(e.to_string()))?;
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE || u64::from(w) * u64::from(h) > MAX_IMAGE_PIXELS {
        return Err(QrError::TooLarge(format!("{w} × {h}")));
    }
    r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| QrError::Image(e.to_string()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(MAX_IMAGE_PIXELS * 4);
    r.limits(limits);
    let img = r.decode().map_err(|e| match e {
        image::ImageError::Limits(l) => QrError::TooLarge(l.to_string()),
        e => QrError::Image(e.to_string()),
    })?;
    Ok(img.into_luma8())
}

/// Every distinct QR payload rqrr finds in `img`.
fn grids(img: &GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(img.clone());
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

fn threshold_mean(img: &GrayImage) -> GrayImage {
    let n = u64::from(img.width()) * u64::from(img.height());
    let mean = img
        .pixels()
        .map(|p| u64::from(p.0[0]))
        .sum::<u64>()
        .checked_div(n)
        .map_or(128, |m| m as u8);
    GrayImage::from_fn(img.width(), img.height(), |x, y| {
        Luma([if img.get_pixel(x, y).0[0] > mean {
            255
        } else {
            0
        }])
    })
}

fn invert(img: &GrayImage) -> GrayImage {
    let mut i = img.clone();
    image::imageops::invert(&mut i);
    i
}

/// Finds every PHR1 text in an image, trying a ladder of preprocessing steps and stopping at the
/// first that finds at least one card.
pub fn scan(img: &GrayImage) -> Result<Vec<String>, QrError> {
    type Step = (&'static str, fn(&GrayImage) -> Option<GrayImage>);
    let steps: [Step; 5] = [
        ("as is", |_| None),
        ("downscaled", |i| {
            (i.width().max(i.height()) > 1600).then(|| {
                let s = 1600.0 / i.width().max(i.height()) as f32;
                image::imageops::resize(
                    i,
                    (i.width() as f32 * s) as u32,
                    (i.height() as f32 * s) as u32,
                    image::imageops::FilterType::Triangle,
                )
            })
        }),
        ("upscaled 2×", |i| {
            (i.width().max(i.height()) < 1600).then(|| {
                image::imageops::resize(
                    i,
                    i.width() * 2,
                    i.height() * 2,
                    image::imageops::FilterType::CatmullRom,
                )
            })
        }),
        ("thresholded", |i| Some(threshold_mean(i))),
        ("inverted", |i| Some(invert(i))),
    ];
    let mut tried = Vec::new();
    let mut other = Vec::new();
    for (name, step) in steps {
        let transformed;
        let img = match step(img) {
            Some(t) => {
                transformed = t;
                &transformed
            }
            None if name == "as is" => img,
            None => continue,
        };
        tried.push(name);
        let mut found: Vec<String> = Vec::new();
        for s in grids(img) {
            if s.starts_with(envelope::PREFIX) {
                if !found.contains(&s) {
                    found.push(s);
                }
            } else if !other.contains(&s) {
                other.push(s);
            }
        }
        if !found.is_empty() {
            return Ok(found);
        }
    }
    Err(QrError::NotFound {
        tried: tried.join(", "),
        other: if other.is_empty() {
            String::new()
        } else {
            format!(
                "; found {} other QR code(s) that are not PHR cards",
                other.len()
            )
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let img = decode_image(&r.to_png(4)).unwrap();
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
