//! The corpus classes of issue 12 that `distort.rs` lacks, made from its clean renders: glare,
//! curved and wavy paper, partial occlusion, and photographed A4 sheets. Deterministic (seeded by
//! sample name); each class at three severities.
//!
//! Every function maps output pixels back into the source image (bilinear), so a warp
//! resamples once, as a camera does.

#![allow(dead_code)]

use image::{GrayImage, Luma};

use super::distort::{self, Rng, Sample};

/// The classes added here, in report order.
pub const EXTRA_CLASSES: [&str; 5] = [
    "glare",
    "curved paper",
    "wavy paper",
    "occlusion",
    "A4 sheet photo",
];

/// Severities used by the comparison (the corpus's "extreme" is left out).
pub const SEVERITIES: [&str; 3] = ["mild", "moderate", "severe"];

fn bilinear(img: &GrayImage, x: f64, y: f64, outside: f64) -> f64 {
    let (w, h) = (f64::from(img.width()), f64::from(img.height()));
    if !(0.0..w - 1.0).contains(&x) || !(0.0..h - 1.0).contains(&y) {
        return outside;
    }
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let p = |dx: u32, dy: u32| f64::from(img.get_pixel(x0 as u32 + dx, y0 as u32 + dy).0[0]);
    let top = p(0, 0) * (1.0 - fx) + p(1, 0) * fx;
    let bottom = p(0, 1) * (1.0 - fx) + p(1, 1) * fx;
    top * (1.0 - fy) + bottom * fy
}

fn remap(
    src: &GrayImage,
    w: u32,
    h: u32,
    outside: f64,
    f: impl Fn(f64, f64) -> (f64, f64),
) -> GrayImage {
    GrayImage::from_fn(w, h, |x, y| {
        let (sx, sy) = f(f64::from(x) + 0.5, f64::from(y) + 0.5);
        Luma([bilinear(src, sx - 0.5, sy - 0.5, outside)
            .round()
            .clamp(0.0, 255.0) as u8])
    })
}

fn add_noise(img: &mut GrayImage, sigma: f64, rng: &mut Rng) {
    for p in img.pixels_mut() {
        let v = f64::from(p.0[0]) + sigma * rng.gauss2().0;
        p.0[0] = v.round().clamp(0.0, 255.0) as u8;
    }
}

fn jpeg(img: &GrayImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .expect("JPEG encodes");
    out
}

/// A bright spot that washes the print out towards white, over part of the code.
fn glare(img: &GrayImage, strength: f64, radius: f64, rng: &mut Rng) -> GrayImage {
    let (w, h) = (f64::from(img.width()), f64::from(img.height()));
    let (cx, cy) = (w * rng.range(0.35, 0.65), h * rng.range(0.35, 0.65));
    let r = radius * w.min(h);
    let mut out = img.clone();
    for (x, y, p) in out.enumerate_pixels_mut() {
        let d2 = (f64::from(x) - cx).powi(2) + (f64::from(y) - cy).powi(2);
        let g = strength * (-d2 / (2.0 * r * r)).exp();
        let v = f64::from(p.0[0]);
        p.0[0] = (v + (255.0 - v) * g).round().clamp(0.0, 255.0) as u8;
    }
    out
}

/// The card bent round a vertical cylinder (a card held in a curved hand, a page near the
/// spine): the sides are foreshortened and the rows bow.
fn curved(img: &GrayImage, bend: f64, bow: f64) -> GrayImage {
    let (w, h) = (f64::from(img.width()), f64::from(img.height()));
    let (cx, cy) = (w / 2.0, h / 2.0);
    // Radius such that half the width spans `bend` radians of arc.
    let r = (w / 2.0) / bend;
    let half = r * bend.sin();
    remap(img, img.width(), img.height(), 200.0, |x, y| {
        let u = ((x - cx) / half * bend.sin()).clamp(-1.0, 1.0);
        let theta = u.asin();
        let sx = cx + r * theta;
        let t = (x - cx) / half;
        let sy = cy + (y - cy) * (1.0 + 0.08 * bend * t * t) - bow * t * t;
        (sx, sy)
    })
}

/// Paper that rolls in waves along both axes (a crumpled card, a sheet in the wind).
fn wavy(img: &GrayImage, amplitude: f64, wavelength: f64) -> GrayImage {
    let k = 2.0 * std::f64::consts::PI / wavelength;
    remap(img, img.width(), img.height(), 200.0, |x, y| {
        (
            x + 0.5 * amplitude * (k * y * 0.8 + 1.0).sin(),
            y + amplitude * (k * x).sin(),
        )
    })
}

/// A thumb (a dark rounded blob) over a corner of the code that holds no finder pattern.
fn occluded(img: &GrayImage, share: f64, rng: &mut Rng) -> GrayImage {
    let (w, h) = (f64::from(img.width()), f64::from(img.height()));
    let side = w.min(h) - 96.0;
    let r = side * share;
    let (cx, cy) = (
        w / 2.0 + side / 2.0 - r * 0.35 + rng.range(-4.0, 4.0),
        h / 2.0 + side / 2.0 - r * 0.35 + rng.range(-4.0, 4.0),
    );
    let mut out = img.clone();
    for (x, y, p) in out.enumerate_pixels_mut() {
        let d = ((f64::from(x) - cx).powi(2) + (f64::from(y) - cy).powi(2)).sqrt();
        let edge = ((r - d) / 3.0).clamp(0.0, 1.0);
        let v = f64::from(p.0[0]) * (1.0 - edge) + 120.0 * edge;
        p.0[0] = v.round() as u8;
    }
    out
}

/// An A4 sheet (at 200 dpi, 1654 × 2339) holding two cards, photographed at 4000 × 3000 on a dark
/// desk: keystoned by `keystone`, rotated by `rotate` degrees, noise σ 4, JPEG quality 88.
fn a4_photo(
    cards: &[distort::Card],
    keystone: f64,
    rotate: f64,
    rng: &mut Rng,
) -> (Vec<u8>, GrayImage) {
    let mut page = GrayImage::from_pixel(1654, 2339, Luma([236]));
    // Lines of "text" (grey dashes), as on a printed sheet.
    for line in 0..40u32 {
        let y = 140 + line * 52;
        let mut x = 150u32;
        while x < 1500 {
            let len = 20 + (rng.next_u64() % 90) as u32;
            for yy in y..y + 14 {
                for xx in x..(x + len).min(1500) {
                    page.put_pixel(xx, yy, Luma([70]));
                }
            }
            x += len + 18;
        }
    }
    for (i, card) in cards.iter().take(2).enumerate() {
        let code = ephr::qr::encode(&card.text, card.ecc).expect("fits");
        let img = code.to_image(4);
        let (x, y) = (180 + 700 * i as i64, 1200);
        image::imageops::replace(&mut page, &img, x, y);
    }
    let (pw, ph) = (1654.0, 2339.0);
    // Page height spans 2700 px of the 3000-px-high photo.
    let scale = 2700.0 / ph;
    let (cx, cy) = (2000.0, 1500.0);
    let (sin, cos) = rotate.to_radians().sin_cos();
    let photo = remap(&page, 4000, 3000, 45.0, |x, y| {
        // Undo rotation about the photo centre, then the keystone (the top of the sheet farther
        // from the camera, so narrower), then the scale.
        let (dx, dy) = (x - cx, y - cy);
        let (rx, ry) = (dx * cos + dy * sin, -dx * sin + dy * cos);
        let t = (ry / 1350.0).clamp(-1.5, 1.5); // -1 top .. 1 bottom
        let s = 1.0 - keystone * (1.0 - t) / 2.0;
        let px = rx / (scale * s) + pw / 2.0;
        let py = ry / scale + ph / 2.0;
        (px, py)
    });
    let mut photo = photo;
    add_noise(&mut photo, 4.0, rng);
    let bytes = jpeg(&photo, 88);
    let decoded = image::load_from_memory(&bytes)
        .expect("own JPEG")
        .into_luma8();
    (bytes, decoded)
}

fn seed(name: &str) -> u64 {
    name.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

/// The samples of one extra class at one severity, made from `base` (clean renders, one per
/// card, as `distort` makes them for its mildest rotation).
pub fn extra(
    class: &'static str,
    severity: &'static str,
    base: &[Sample],
    cards: &[distort::Card],
) -> Vec<Sample> {
    let level = SEVERITIES
        .iter()
        .position(|s| *s == severity)
        .expect("known severity");
    let mut out = Vec::new();
    if class == "A4 sheet photo" {
        let (keystone, rotate) = [(0.05, 2.0), (0.15, 6.0), (0.28, 12.0)][level];
        for (i, pair) in [[0usize, 2], [1, 3]].iter().enumerate() {
            let name = format!("a4-sheet-photo-{severity}-{i}");
            let mut rng = Rng::new(seed(&name));
            let chosen: Vec<distort::Card> = pair
                .iter()
                .map(|&k| distort::cards().swap_remove(k))
                .collect();
            let (bytes, image) = a4_photo(&chosen, keystone, rotate, &mut rng);
            out.push(Sample {
                class,
                severity,
                name,
                detail: format!(
                    "A4 at 200 dpi with 2 cards (4 px/module), 12-MP photo, keystone {:.0} %, {rotate}°, JPEG q 88",
                    keystone * 100.0
                ),
                image,
                expected: chosen.iter().map(|c| c.text.clone()).collect(),
                jpeg: Some(bytes),
            });
        }
        let _ = cards;
        return out;
    }
    for b in base {
        let name = format!("{}-{severity}-{}", class.replace(' ', "-"), b.name);
        let mut rng = Rng::new(seed(&name));
        let (image, detail) = match class {
            "glare" => {
                let (s, r) = [(0.55, 0.12), (0.8, 0.16), (0.93, 0.2)][level];
                (
                    glare(&b.image, s, r, &mut rng),
                    format!(
                        "glare spot {:.0} % towards white, radius {:.0} % of the side",
                        s * 100.0,
                        r * 100.0
                    ),
                )
            }
            "curved paper" => {
                let (bend, bow) = [(0.5, 6.0), (0.8, 14.0), (1.05, 24.0)][level];
                (
                    curved(&b.image, bend, bow),
                    format!(
                        "bent round a cylinder, ±{:.0}° of arc, rows bowed {bow} px",
                        bend.to_degrees()
                    ),
                )
            }
            "wavy paper" => {
                let (a, l) = [(2.5, 160.0), (4.5, 130.0), (7.0, 110.0)][level];
                (
                    wavy(&b.image, a, l),
                    format!("waves of {a} px amplitude, {l} px wavelength (4 px/module)"),
                )
            }
            "occlusion" => {
                let share = [0.12, 0.2, 0.28][level];
                (
                    occluded(&b.image, share, &mut rng),
                    format!(
                        "a thumb of radius {:.0} % of the code over the corner without a finder pattern",
                        share * 100.0
                    ),
                )
            }
            other => panic!("unknown extra class {other}"),
        };
        out.push(Sample {
            class,
            severity,
            name,
            detail,
            image,
            expected: b.expected.clone(),
            jpeg: None,
        });
    }
    out
}
