//! Rendering card text as a QR code: PNG, SVG, or the module grid the booklet draws.

use image::{GrayImage, Luma};
use qrcode::{EcLevel, QrCode};

use super::{Ecc, QrError};

impl Ecc {
    pub(super) fn level(self) -> EcLevel {
        match self {
            Self::L => EcLevel::L,
            Self::M => EcLevel::M,
            Self::Q => EcLevel::Q,
            Self::H => EcLevel::H,
        }
    }
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

/// The longest card text that one QR code of version `max_version` or less holds at `ecc`.
///
/// A card's text (`PHR1:` and base45) is all in the QR alphanumeric set, so whether it fits
/// depends on its length alone: at most 11 bits for every two characters after a 4-bit mode and
/// the character count. An encoder may pack runs of digits tighter, so a card of this length
/// always fits and a slightly longer one sometimes would; the issuer splits a record by this
/// bound, which never yields a code larger than asked for.
pub fn text_capacity(ecc: Ecc, max_version: i16) -> usize {
    let version = max_version.clamp(1, 40);
    let Ok(data_bits) =
        qrcode::bits::Bits::new(qrcode::Version::Normal(version)).max_len(ecc.level())
    else {
        return 0;
    };
    let count_bits = match version {
        1..=9 => 9,
        10..=26 => 11,
        _ => 13,
    };
    let bits = data_bits.saturating_sub(4 + count_bits);
    bits / 11 * 2 + usize::from(bits % 11 >= 6)
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

    /// PNG bytes, `module_px` pixels a module. With `dpi`, the file records its resolution
    /// (PNG `pHYs`), so that printing it "at actual size" gives the intended physical size.
    pub fn to_png(&self, module_px: u32, dpi: Option<u32>) -> Vec<u8> {
        let img = self.to_image(module_px);
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, img.width(), img.height());
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        if let Some(dpi) = dpi {
            let ppm = (f64::from(dpi) / 0.0254).round() as u32;
            enc.set_pixel_dims(Some(png::PixelDimensions {
                xppu: ppm,
                yppu: ppm,
                unit: png::Unit::Meter,
            }));
        }
        // Encoding an in-memory grey image to a Vec cannot fail.
        if let Ok(mut w) = enc.write_header() {
            let _ = w.write_image_data(img.as_raw());
        }
        out
    }

    /// SVG with a 4-module quiet zone, `module` user units (pixels) a module.
    pub fn to_svg(&self, module_px: u32) -> String {
        let side = (self.width() + 2 * QUIET_ZONE) as u32 * module_px;
        self.svg(&format!("width=\"{side}\" height=\"{side}\""))
    }

    /// SVG whose printed size is exact: `module_mm` millimetres a module.
    pub fn to_svg_mm(&self, module_mm: f64) -> String {
        let side = (self.width() + 2 * QUIET_ZONE) as f64 * module_mm;
        self.svg(&format!("width=\"{side:.2}mm\" height=\"{side:.2}mm\""))
    }

    /// The dark modules as horizontal runs `(row, first column, length)`, quiet zone excluded:
    /// drawing one rectangle a run instead of one a module keeps vector output small.
    pub fn dark_runs(&self) -> Vec<(usize, usize, usize)> {
        let n = self.width();
        let modules = self.modules();
        let mut runs = Vec::new();
        for (row, line) in modules.chunks(n.max(1)).enumerate() {
            let mut col = 0;
            while col < n {
                if line[col] {
                    let start = col;
                    while col < n && line[col] {
                        col += 1;
                    }
                    runs.push((row, start, col - start));
                } else {
                    col += 1;
                }
            }
        }
        runs
    }

    /// Printed side length, quiet zone included, at `module_mm` millimetres a module.
    pub fn side_mm(&self, module_mm: f64) -> f64 {
        (self.width() + 2 * QUIET_ZONE) as f64 * module_mm
    }

    /// One `<path>` of dark runs in a coordinate system of one unit a module, so the drawing is
    /// crisp at any scale and small (a run of dark modules is one rectangle).
    fn svg(&self, size: &str) -> String {
        let side = self.width() + 2 * QUIET_ZONE;
        let mut d = String::new();
        for (y, start, len) in self.dark_runs() {
            d.push_str(&format!(
                "M{} {}h{len}v1h-{len}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
            ));
        }
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" {size} viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{d}\"/></svg>\n"
        )
    }
}

/// Whole pixels a module for a physical module size at a print resolution (at least 1; rounded,
/// so 0.42 mm at 300 dpi is 5 px = 0.423 mm).
pub fn module_px_for(module_mm: f64, dpi: u32) -> u32 {
    ((module_mm / 25.4 * f64::from(dpi)).round() as u32).max(1)
}

/// Quiet zone around every rendered code, in modules (ISO/IEC 18004 asks for 4).
pub const QUIET_ZONE: usize = 4;
