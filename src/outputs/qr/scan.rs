//! Finding card texts in images: a photo, a scan, a screenshot or a rendered booklet page,
//! within bounded work.

use std::io::Cursor;
use std::path::Path;

use image::{GrayImage, ImageReader, Limits};

use super::{MAX_IMAGE_FILE, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, QrError};
use crate::envelope;

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

mod finder;
// The one module allowed `unsafe`: the call into C++ and its callback.
#[cfg(ephr_zxing)]
#[allow(unsafe_code)]
mod zxing;

/// The QR readers this build of the scanner runs, in the order it runs them. zxing-cpp is there
/// when the `zxing` feature is on and the machine that built ephr had a C++ compiler (build.rs).
#[cfg(ephr_zxing)]
pub const READERS: &[&str] = &["zxing-cpp 3.1.1", "rxing 0.9", "rqrr 0.11"];
/// The QR readers this build of the scanner runs, in the order it runs them. zxing-cpp is there
/// when the `zxing` feature is on and the machine that built ephr had a C++ compiler (build.rs).
#[cfg(not(ephr_zxing))]
pub const READERS: &[&str] = &["rxing 0.9", "rqrr 0.11"];

/// What one decoding attempt found.
#[derive(Default)]
struct Attempt {
    /// Decoded payloads.
    texts: Vec<String>,
    /// Grids rqrr located but could not decode (damaged, too blurred, …).
    failed: usize,
    /// Largest side, in pixels, of a decoded code.
    code_side: u32,
}

/// Work per pixel, in the units of [`WORK_BUDGET`], charged for rxing's pass, for counting
/// finder-pattern candidates, and for rqrr's pass.
const RXING_COST: u64 = 2;
const GATE_COST: u64 = 1;
const RQRR_COST: u64 = 4;
/// Work per pixel charged for zxing-cpp's pass: measured at 10–25 ns a pixel
/// on noise and random blocks, up to 49 MP.
#[cfg(ephr_zxing)]
const ZXING_COST: u64 = 3;

/// Runs both decoders on one image: rxing's multi-code QR reader, then, unless it found a card,
/// rqrr on every grid it locates, but only when the image holds few enough finder-pattern
/// candidates for rqrr to finish ([`finder::MAX_CANDIDATES`]). Returns the attempt and the work
/// it cost.
fn attempt(img: &GrayImage) -> (Attempt, u64) {
    let pixels = u64::from(img.width()) * u64::from(img.height());
    let mut a = Attempt::default();
    // The decoders are third-party code fed hostile pixels; one panicking (rqrr overflows on
    // some noise in checked builds) must cost this attempt, not the whole batch.
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rxing_decode(img)))
        .unwrap_or_default();
    for (text, side) in found {
        a.code_side = a.code_side.max(side);
        if !a.texts.contains(&text) {
            a.texts.push(text);
        }
    }
    let mut cost = pixels * RXING_COST;
    if a.texts.is_empty() {
        // The multi-code reader gives up on some codes the single-code one reads (its choice
        // of finder-pattern triples differs).
        cost += pixels * RXING_COST;
        let one = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rxing_single(img)));
        if let Ok(Some((text, side))) = one {
            a.code_side = a.code_side.max(side);
            a.texts.push(text);
        }
    }
    if a.texts.iter().any(|t| t.starts_with(envelope::PREFIX)) {
        return (a, cost);
    }
    cost += pixels * GATE_COST;
    if finder::candidates(img, finder::MAX_CANDIDATES) > finder::MAX_CANDIDATES {
        return (a, cost);
    }
    cost += pixels * RQRR_COST;
    if let Ok(r) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rqrr_decode(img))) {
        a.failed = r.failed;
        a.code_side = a.code_side.max(r.code_side);
        for t in r.texts {
            if !a.texts.contains(&t) {
                a.texts.push(t);
            }
        }
    }
    (a, cost)
}

fn rqrr_decode(img: &GrayImage) -> Attempt {
    let mut prepared = rqrr::PreparedImage::prepare(img.clone());
    let mut a = Attempt::default();
    for g in prepared.detect_grids() {
        match g.decode() {
            Ok((_, s)) => {
                let xs = g.bounds.iter().map(|p| p.x);
                let ys = g.bounds.iter().map(|p| p.y);
                let w = xs.clone().max().unwrap_or(0) - xs.min().unwrap_or(0);
                let h = ys.clone().max().unwrap_or(0) - ys.min().unwrap_or(0);
                a.code_side = a.code_side.max(w.max(h).max(0) as u32);
                a.texts.push(s);
            }
            Err(_) => a.failed += 1,
        }
    }
    a
}

/// rxing's single-code QR reader, trying hard: the text and the code's side in pixels.
fn rxing_single(img: &GrayImage) -> Option<(String, u32)> {
    use rxing::Reader;
    let (w, h) = img.dimensions();
    let source = rxing::Luma8LuminanceSource::new(img.as_raw().clone(), w, h).ok()?;
    let mut bitmap = rxing::BinaryBitmap::new(rxing::common::HybridBinarizer::new(source));
    let hints = rxing::DecodeHints::default().with(rxing::DecodeHintValue::TryHarder(true));
    let r = rxing::qrcode::QRCodeReader
        .decode_with_hints(&mut bitmap, &hints)
        .ok()?;
    Some((r.getText().to_owned(), side_of(r.getPoints())))
}

/// The larger extent, in pixels, of a code's corner points.
fn side_of(pts: &[rxing::Point]) -> u32 {
    let span = |f: fn(&rxing::Point) -> f32| {
        let v: Vec<f32> = pts.iter().map(f).collect();
        v.iter().cloned().fold(f32::MIN, f32::max) - v.iter().cloned().fold(f32::MAX, f32::min)
    };
    span(|p| p.x).max(span(|p| p.y)).max(0.0) as u32
}

/// rxing's multi-code QR reader, trying hard; texts with the side of each code in pixels.
fn rxing_decode(img: &GrayImage) -> Vec<(String, u32)> {
    use rxing::multi::MultipleBarcodeReader;
    let (w, h) = img.dimensions();
    let Ok(source) = rxing::Luma8LuminanceSource::new(img.as_raw().clone(), w, h) else {
        return Vec::new();
    };
    let mut bitmap = rxing::BinaryBitmap::new(rxing::common::HybridBinarizer::new(source));
    let hints = rxing::DecodeHints::default().with(rxing::DecodeHintValue::TryHarder(true));
    let mut reader = rxing::multi::qrcode::QRCodeMultiReader::new();
    reader
        .decode_multiple_with_hints(&mut bitmap, &hints)
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.getText().to_owned(), side_of(r.getPoints())))
        .collect()
}

/// Longest side the ladder works on; larger photos are scaled down first (a 12-megapixel phone
/// photo of a card at arm's length still has 3+ pixels a module at this size).
const WORK_SIDE: u32 = 1600;

/// `img` scaled so that its longer side is at most `side` (a copy when it already is).
fn downscale(img: &GrayImage, side: u32) -> Option<GrayImage> {
    let (w, h) = img.dimensions();
    let max = w.max(h);
    if max <= side {
        return Some(img.clone());
    }
    let s = f64::from(side) / f64::from(max);
    Some(image::imageops::thumbnail(
        img,
        ((f64::from(w) * s) as u32).max(1),
        ((f64::from(h) * s) as u32).max(1),
    ))
}

fn upscale2(img: &GrayImage) -> Option<GrayImage> {
    upscale(img, 2, 2 * WORK_SIDE)
}

/// Maps the 1st..99th percentile of grey levels onto 0..255: low-contrast prints and dim photos.
fn stretch(img: &GrayImage) -> GrayImage {
    let raw = img.as_raw();
    let mut hist = [0u64; 256];
    for &p in raw {
        hist[usize::from(p)] += 1;
    }
    let n = raw.len() as u64;
    let pct = |q: u64| {
        let target = n * q / 100;
        let mut acc = 0;
        hist.iter()
            .position(|c| {
                acc += c;
                acc > target
            })
            .unwrap_or(255) as i32
    };
    let (lo, hi) = (pct(1), pct(99));
    let span = (hi - lo).max(1);
    let lut: Vec<u8> = (0..256)
        .map(|v| ((v - lo) * 255 / span).clamp(0, 255) as u8)
        .collect();
    let data = raw.iter().map(|&p| lut[usize::from(p)]).collect();
    GrayImage::from_raw(img.width(), img.height(), data).unwrap_or_else(|| img.clone())
}

/// Local-mean thresholding over a window of about an eighth of the image: uneven lighting and
/// shadows, where one global threshold fails.
fn adaptive(img: &GrayImage) -> GrayImage {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let raw = img.as_raw();
    // Integral image with a zero row and column.
    let stride = w + 1;
    let mut sum = vec![0u64; stride * (h + 1)];
    for y in 0..h {
        let mut row = 0u64;
        for x in 0..w {
            row += u64::from(raw[y * w + x]);
            sum[(y + 1) * stride + x + 1] = sum[y * stride + x + 1] + row;
        }
    }
    let r = (w.min(h) / 16).max(7);
    let mut out = vec![0u8; w * h];
    for y in 0..h {
        let (y0, y1) = (y.saturating_sub(r), (y + r + 1).min(h));
        for x in 0..w {
            let (x0, x1) = (x.saturating_sub(r), (x + r + 1).min(w));
            let area = ((x1 - x0) * (y1 - y0)) as u64;
            let total = sum[y1 * stride + x1] + sum[y0 * stride + x0]
                - sum[y0 * stride + x1]
                - sum[y1 * stride + x0];
            // A pixel is dark when it is clearly below its neighbourhood (7 % margin).
            let v = u64::from(raw[y * w + x]) * 100;
            out[y * w + x] = if v * area < total * 93 { 0 } else { 255 };
        }
    }
    GrayImage::from_raw(img.width(), img.height(), out).unwrap_or_else(|| img.clone())
}

fn threshold_mean(img: &GrayImage) -> GrayImage {
    let raw = img.as_raw();
    let mean = raw
        .iter()
        .map(|&p| u64::from(p))
        .sum::<u64>()
        .checked_div(raw.len() as u64)
        .map_or(128, |m| m as u8);
    let data = raw
        .iter()
        .map(|&p| if p > mean { 255 } else { 0 })
        .collect();
    GrayImage::from_raw(img.width(), img.height(), data).unwrap_or_else(|| img.clone())
}

fn invert(img: &GrayImage) -> GrayImage {
    let mut i = img.clone();
    image::imageops::invert(&mut i);
    i
}

/// `img` enlarged `factor` times per side by bilinear interpolation in integers (the image
/// crate's resize costs about 100 ns a pixel made, which would be most of a scan's budget),
/// when the result stays within `max_side`.
fn upscale(img: &GrayImage, factor: u32, max_side: u32) -> Option<GrayImage> {
    let (w, h) = img.dimensions();
    if w.max(h) * factor > max_side || factor == 0 {
        return None;
    }
    let (ow, oh) = (w * factor, h * factor);
    let raw = img.as_raw();
    let (wu, f) = (w as usize, factor as usize);
    // Source coordinate of output pixel o, in 1/256ths: pixel centres aligned.
    let pos = |o: usize, n: usize| -> (usize, usize, usize) {
        let p = ((2 * o + 1) * 256 / (2 * f)).saturating_sub(128);
        let i = (p >> 8).min(n - 1);
        (i, (i + 1).min(n - 1), p & 255)
    };
    let xs: Vec<(usize, usize, usize)> = (0..ow as usize).map(|x| pos(x, wu)).collect();
    let mut out = vec![0u8; ow as usize * oh as usize];
    for (y, row) in out.chunks_exact_mut(ow as usize).enumerate() {
        let (y0, y1, fy) = pos(y, h as usize);
        let (r0, r1) = (&raw[y0 * wu..(y0 + 1) * wu], &raw[y1 * wu..(y1 + 1) * wu]);
        for (o, &(x0, x1, fx)) in row.iter_mut().zip(&xs) {
            let top = usize::from(r0[x0]) * (256 - fx) + usize::from(r0[x1]) * fx;
            let bottom = usize::from(r1[x0]) * (256 - fx) + usize::from(r1[x1]) * fx;
            *o = ((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16) as u8;
        }
    }
    GrayImage::from_raw(ow, oh, out)
}

/// One rung of a retry ladder: its name, how many times larger (per side) its image is than
/// its input, its work per pixel made (in the units of [`WORK_BUDGET`]), and the filter.
type Step = (&'static str, u32, u64, fn(&GrayImage) -> Option<GrayImage>);

/// The retry ladder, cheapest and most often successful first. Each step transforms the working
/// image (the photo, scaled down to [`WORK_SIDE`] when larger).
const LADDER: &[Step] = &[
    ("as is", 1, 1, |i| Some(i.clone())),
    ("contrast stretched", 1, 2, |i| Some(stretch(i))),
    ("adaptive threshold", 1, 3, |i| Some(adaptive(i))),
    ("inverted", 1, 1, |i| Some(invert(i))),
    ("upscaled 2x", 2, 1, upscale2),
    ("upscaled 2x, adaptive threshold", 2, 4, |i| {
        upscale2(i).map(|u| adaptive(&u))
    }),
    ("denoised", 1, 8, |i| Some(image::imageops::blur(i, 1.2))),
    ("denoised, adaptive threshold", 1, 11, |i| {
        Some(adaptive(&image::imageops::blur(i, 1.2)))
    }),
    ("sharpened", 1, 12, |i| {
        Some(image::imageops::unsharpen(i, 1.5, 4))
    }),
    ("upscaled 2x, sharpened", 2, 16, |i| {
        upscale2(i).map(|u| image::imageops::unsharpen(&u, 2.0, 2))
    }),
    ("upscaled 3x, adaptive threshold", 3, 4, |i| {
        upscale(i, 3, 2400).map(|u| adaptive(&u))
    }),
    ("upscaled 4x", 4, 1, |i| upscale(i, 4, 2400)),
    ("global threshold", 1, 2, |i| Some(threshold_mean(i))),
    ("halved", 1, 2, |i| {
        (i.width().min(i.height()) >= 2 * MIN_SIDE)
            .then(|| downscale(i, i.width().max(i.height()) / 2))
            .flatten()
    }),
    ("inverted, adaptive threshold", 1, 4, |i| {
        Some(invert(&adaptive(i)))
    }),
    ("inverted, upscaled 2x", 2, 2, |i| upscale2(&invert(i))),
];

/// Steps tried again on each tile and at other scales: the ones that do most of the work.
const SHORT_LADDER: &[Step] = &[
    ("as is", 1, 1, |i| Some(i.clone())),
    ("adaptive threshold", 1, 3, |i| Some(adaptive(i))),
    ("upscaled 2x", 2, 1, upscale2),
    ("upscaled 2x, adaptive threshold", 2, 4, |i| {
        upscale2(i).map(|u| adaptive(&u))
    }),
    ("denoised, adaptive threshold", 1, 11, |i| {
        Some(adaptive(&image::imageops::blur(i, 1.2)))
    }),
    ("inverted", 1, 1, |i| Some(invert(i))),
];

/// The cheaper ladder for tiles of a page on which codes were already found.
const TILE_LADDER: &[Step] = &[
    ("as is", 1, 1, |i| Some(i.clone())),
    ("upscaled 2x", 2, 1, upscale2),
    ("upscaled 2x, sharpened", 2, 16, |i| {
        upscale2(i).map(|u| image::imageops::unsharpen(&u, 2.0, 2))
    }),
];

/// Nine overlapping windows, two thirds of the image's width and height, a sixth apart: any
/// code no larger than half the image lies whole in at least one window, alone or nearly.
fn tiles(img: &GrayImage) -> Vec<GrayImage> {
    let (w, h) = img.dimensions();
    let (tw, th) = (w * 2 / 3, h * 2 / 3);
    let mut out = Vec::new();
    if tw.min(th) < MIN_SIDE {
        return out;
    }
    for j in 0..3 {
        for i in 0..3 {
            let (x, y) = (i * w / 6, j * h / 6);
            out.push(image::imageops::crop_imm(img, x, y, tw.min(w - x), th.min(h - y)).to_image());
        }
    }
    out
}

/// The smallest QR code (version 1) is 21 modules a side, so an image narrower than 21 pixels in
/// either direction cannot hold one; the ladder's filters and the tiling also assume more.
pub const MIN_SIDE: u32 = 21;

/// What a scan found and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanReport {
    /// Every distinct PHR1 text found, in the order found.
    pub texts: Vec<String>,
    /// QR codes found that are not PHR cards.
    pub other: Vec<String>,
    /// The preprocessing steps tried, in order.
    pub tried: Vec<String>,
}

/// Work allowed for one image. A unit is about 10 ns of one core of this project's machines:
/// each pixel costs 2 for rxing's pass, 1 for counting finder-pattern candidates, 4 for rqrr's
/// pass, 1 to 16 for a filter (per pixel it makes). Counted, not timed, so that a busy machine
/// reaches the same answer as an idle one; it bounds a scan to about 1 s on an idle machine,
/// whatever the image (docs/PERFORMANCE.md).
pub const WORK_BUDGET: u64 = 300_000_000;

/// Largest side the tiled and full-resolution passes work on.
const MAX_PASS_SIDE: u32 = 4000;

struct Scanner {
    /// Work left, in pixel visits.
    left: u64,
    report: ScanReport,
    /// Largest decoded code side, relative to the image, for deciding whether more codes may
    /// be on the page.
    code_side: u32,
}

impl Scanner {
    /// Charges `cost`; false (and a note in the report, once) when the budget is spent.
    fn charge(&mut self, cost: u64) -> bool {
        if cost > self.left {
            self.left = 0;
            let note = "stopped when the work budget was spent".to_owned();
            if !self.report.tried.contains(&note) {
                self.report.tried.push(note);
            }
            return false;
        }
        self.left -= cost;
        true
    }

    /// Runs one attempt; true when this attempt found a card and read every code it located.
    fn run(&mut self, name: &str, img: &GrayImage) -> bool {
        // The attempt is charged in full before it runs: what it may cost is known from its
        // size, and an attempt that would overdraw the budget is not started.
        let pixels = u64::from(img.width()) * u64::from(img.height());
        if pixels * (2 * RXING_COST + GATE_COST + RQRR_COST) > self.left {
            self.charge(u64::MAX);
            return false;
        }
        self.report.tried.push(name.to_owned());
        let (a, cost) = attempt(img);
        self.charge(cost);
        self.code_side = self.code_side.max(a.code_side);
        let done = a.failed == 0 && a.texts.iter().any(|t| t.starts_with(envelope::PREFIX));
        for s in a.texts {
            if s.starts_with(envelope::PREFIX) {
                if !self.report.texts.contains(&s) {
                    self.report.texts.push(s);
                }
            } else if !self.report.other.contains(&s) {
                self.report.other.push(s);
            }
        }
        done
    }

    fn ladder(&mut self, steps: &[Step], img: &GrayImage, label: &str) -> bool {
        for &(name, scale, weight, step) in steps {
            if self.left == 0 {
                return false;
            }
            // Charged before it runs, from the size of what it will make.
            let made = u64::from(img.width() * scale) * u64::from(img.height() * scale);
            if !self.charge(made * weight) {
                return false;
            }
            // The filters are library code fed hostile dimensions; one panicking costs its step.
            let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| step(img)));
            if let Ok(Some(t)) = made
                && self.run(&format!("{label}{name}"), &t)
            {
                return true;
            }
        }
        false
    }

    /// zxing-cpp's reader on the image: it reads every code it finds, trying rotations,
    /// inversion and smaller scales itself. True when it found a card; the rest of the scan (the
    /// pure-Rust readers and their ladder) is then not needed. A photo larger than
    /// [`MAX_PASS_SIDE`] is read downscaled, and that copy is handed back in `scaled` for the
    /// full-resolution passes, so that a failed scan neither scales nor pays for it twice.
    #[cfg(ephr_zxing)]
    fn zxing(&mut self, img: &GrayImage, scaled: &mut Option<GrayImage>) -> bool {
        if img.width().max(img.height()) > MAX_PASS_SIDE {
            *scaled = self.downscale(img, MAX_PASS_SIDE);
            if scaled.is_none() {
                return false;
            }
        }
        let source = scaled.as_ref().unwrap_or(img);
        let pixels = u64::from(source.width()) * u64::from(source.height());
        if !self.charge(pixels * ZXING_COST) {
            return false;
        }
        self.report.tried.push("zxing-cpp".to_owned());
        for (text, side) in zxing::read(source) {
            self.code_side = self.code_side.max(side);
            let list = if text.starts_with(envelope::PREFIX) {
                &mut self.report.texts
            } else {
                &mut self.report.other
            };
            if !list.contains(&text) {
                list.push(text);
            }
        }
        !self.report.texts.is_empty()
    }

    /// A downscaled copy, charged as reading every source pixel.
    fn downscale(&mut self, img: &GrayImage, side: u32) -> Option<GrayImage> {
        let big = img.width().max(img.height()) > side;
        if big && !self.charge(u64::from(img.width()) * u64::from(img.height()) * 2) {
            return None;
        }
        downscale(img, side)
    }
}

/// Finds every PHR1 text in an image, and reports what was tried, within [`WORK_BUDGET`].
///
/// 1. One attempt on the working image (scaled down to `WORK_SIDE` when larger), then, for a
///    large photo, one on the photo at up to `MAX_PASS_SIDE`, where a small code still has
///    enough pixels: most images end here.
/// 2. The retry ladder (`LADDER`) on the working image, stopping at the first step that found a
///    card and read every code it located.
/// 3. When the codes found are small against the image (a photo of a booklet page may hold
///    several), or nothing was found, the short ladder (`SHORT_LADDER`) on nine overlapping
///    tiles, so that each code is read on its own. A large photo is tiled at up to
///    `MAX_PASS_SIDE`, where a small code in it still has enough pixels.
/// 4. When a large photo still gave nothing, the short ladder on it at up to `MAX_PASS_SIDE`.
///
/// Every step is charged its work; the scan stops when the budget is spent, so the same image
/// always gets the same answer.
pub fn scan_report(img: &GrayImage) -> ScanReport {
    let mut sc = Scanner {
        left: WORK_BUDGET,
        report: ScanReport {
            texts: Vec::new(),
            other: Vec::new(),
            tried: Vec::new(),
        },
        code_side: 0,
    };
    let (w, h) = img.dimensions();
    if w.min(h) < MIN_SIDE {
        sc.report.tried.push(format!(
            "nothing, because the image is {w} × {h} pixels, smaller than the smallest QR code ({MIN_SIDE} × {MIN_SIDE})"
        ));
        return sc.report;
    }
    // zxing-cpp's copy of a photo larger than MAX_PASS_SIDE, reused as `big` below.
    let mut scaled: Option<GrayImage> = None;
    #[cfg(ephr_zxing)]
    if sc.zxing(img, &mut scaled) {
        return sc.report;
    }
    let Some(small) = sc.downscale(img, WORK_SIDE) else {
        return sc.report;
    };
    let work = &small;
    let mut big: Option<GrayImage> = None;
    if !sc.run("as is", work) && w.max(h) > WORK_SIDE {
        big = match scaled.take() {
            Some(copy) => Some(copy),
            None => sc.downscale(img, MAX_PASS_SIDE),
        };
        if let Some(b) = &big
            && sc.report.texts.is_empty()
        {
            sc.run("full resolution: as is", b);
        }
    }
    if sc.report.texts.is_empty() {
        sc.ladder(&LADDER[1..], work, "");
    }
    let (ww, wh) = work.dimensions();
    let page_like = sc.code_side > 0 && sc.code_side * 2 < ww.min(wh);
    if sc.report.texts.is_empty() || page_like {
        let (source, steps) = match &big {
            Some(b) if sc.report.texts.is_empty() => (b, SHORT_LADDER),
            _ if sc.report.texts.is_empty() => (work, SHORT_LADDER),
            _ => (work, TILE_LADDER),
        };
        for (k, t) in tiles(source).iter().enumerate() {
            sc.ladder(steps, t, &format!("tile {}: ", k + 1));
        }
    }
    if sc.report.texts.is_empty()
        && let Some(b) = &big
    {
        sc.ladder(&SHORT_LADDER[1..], b, "full resolution: ");
    }
    sc.report
}

/// Finds every PHR1 text in an image (see [`scan_report`]).
pub fn scan(img: &GrayImage) -> Result<Vec<String>, QrError> {
    let r = scan_report(img);
    if !r.texts.is_empty() {
        return Ok(r.texts);
    }
    let mut tried: Vec<&str> = Vec::new();
    for t in &r.tried {
        // Name each ladder step once; tiles and scales are summarised.
        let scope = if t.starts_with("stopped") {
            t.as_str()
        } else if t.starts_with("tile") {
            "on 9 tiles"
        } else if t.starts_with("at ") || t.starts_with("full") {
            "at larger scales"
        } else {
            ""
        };
        if !scope.is_empty() {
            if !tried.contains(&scope) {
                tried.push(scope);
            }
        } else if !tried.contains(&t.as_str()) {
            tried.push(t);
        }
    }
    Err(QrError::NotFound {
        tried: tried.join("; "),
        other: if r.other.is_empty() {
            String::new()
        } else {
            format!(
                "; found {} other QR code(s) that are not PHR cards",
                r.other.len()
            )
        },
    })
}

/// Reads the cards in one video frame (for example 1280 × 720 grey from a live camera), quickly
/// enough to be called many times a second: one pass of the ZXing-family single-code reader
/// and no retry ladder; the next frame is the retry. (Adding rqrr's pass doubled the time and
/// read no more of the simulated frames.) The PHR1 texts found,
/// possibly none. Frames larger than 1920 pixels a side are scaled down first.
pub fn scan_frame(frame: &GrayImage) -> Vec<String> {
    if frame.width().min(frame.height()) < MIN_SIDE {
        return Vec::new();
    }
    let Some(small) = downscale(frame, FRAME_SIDE) else {
        return Vec::new();
    };
    #[cfg(ephr_zxing)]
    {
        let texts: Vec<String> = zxing::read(&small)
            .into_iter()
            .map(|(t, _)| t)
            .filter(|t| t.starts_with(envelope::PREFIX))
            .collect();
        if !texts.is_empty() {
            return texts;
        }
    }
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| rxing_single(&small)))
        .unwrap_or_default();
    found
        .into_iter()
        .map(|(t, _)| t)
        .filter(|t| t.starts_with(envelope::PREFIX))
        .collect()
}

/// Longest side a video frame is read at.
const FRAME_SIDE: u32 = 1920;
