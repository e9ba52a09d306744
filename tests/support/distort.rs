//! A robustness corpus for the QR scanner, generated deterministically (fixed seeds, no system
//! randomness): cards of several lengths rendered with `ephr::qr::encode(..).to_image(1)` (one
//! pixel a module, with the quiet zone) and then photographed by a small simulated camera, one
//! class per distortion that real photos and scans show, three or four severities each.
//!
//! Every code is painted into its scene through a projective map (rotation, tilt, scale and
//! sub-pixel offset) with supersampling, so edges are grey as in a real photo and the image is
//! resampled once. The scene is then degraded in the order a camera does it: print contrast,
//! lighting, optical blur, sensor noise, 8-bit quantisation, JPEG.
//!
//! Used by `tests/scan_robustness.rs` and `examples/scan_corpus.rs` (through `#[path]`).

#![allow(dead_code)]

use std::f64::consts::PI;
use std::io;
use std::path::{Path, PathBuf};

use ephr::qr::{self, Ecc};
use image::{GrayImage, ImageFormat, Luma};

/// Severity labels, mildest first.
pub const SEVERITIES: [&str; 4] = ["mild", "moderate", "severe", "extreme"];

/// Distortion classes, in report order.
pub const CLASSES: [&str; 11] = [
    "rotation",
    "perspective",
    "blur",
    "jpeg",
    "module size",
    "uneven lighting",
    "low contrast",
    "noise",
    "12-MP photo",
    "inverted",
    "several codes",
];

/// Grey level of printed ink and of the paper the code is printed on.
const INK: f32 = 28.0;
const PAPER: f32 = 238.0;

/// One corpus image.
pub struct Sample {
    /// Distortion class, one of [`CLASSES`].
    pub class: &'static str,
    /// One of [`SEVERITIES`].
    pub severity: &'static str,
    /// Unique file-name stem.
    pub name: String,
    /// The distortion's parameters, for people.
    pub detail: String,
    /// The image as a scanner sees it (for JPEG samples: decoded from `jpeg`).
    pub image: GrayImage,
    /// Every PHR text in the image.
    pub expected: Vec<String>,
    /// The real lossy file for JPEG samples.
    pub jpeg: Option<Vec<u8>>,
}

impl Sample {
    /// Writes the sample to `dir` as `<name>.png`, or `<name>.jpg` with the lossy bytes.
    pub fn write(&self, dir: &Path) -> io::Result<PathBuf> {
        match &self.jpeg {
            Some(bytes) => {
                let path = dir.join(format!("{}.jpg", self.name));
                std::fs::write(&path, bytes)?;
                Ok(path)
            }
            None => {
                let path = dir.join(format!("{}.png", self.name));
                self.image
                    .save_with_format(&path, ImageFormat::Png)
                    .map_err(io::Error::other)?;
                Ok(path)
            }
        }
    }
}

/// A card text, its error-correction level and its module grid.
pub struct Card {
    /// Short label used in sample names, e.g. `700Q`.
    pub label: &'static str,
    /// `PHR1:` and base45.
    pub text: String,
    /// Error-correction level it is rendered at.
    pub ecc: Ecc,
    /// QR version.
    pub version: i16,
    /// One pixel a module, 4-module quiet zone included (dark < 128).
    grid: GrayImage,
}

/// Length (characters after `PHR1:`), level and seed of each corpus card.
const CARDS: [(&str, usize, Ecc, u64); 4] = [
    ("300Q", 300, Ecc::Q, 11),
    ("700Q", 700, Ecc::Q, 12),
    ("1000Q", 1000, Ecc::Q, 13),
    ("1000M", 1000, Ecc::M, 14),
];

/// `PHR1:` followed by about `chars` characters of base45 (of pseudo-random bytes, like the
/// compressed signed payload of a real card).
pub fn card_text(chars: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let bytes: Vec<u8> = (0..chars * 2 / 3).map(|_| rng.next_u64() as u8).collect();
    format!("PHR1:{}", base45::encode(bytes))
}

/// The corpus cards, encoded.
pub fn cards() -> Vec<Card> {
    CARDS
        .iter()
        .map(|&(label, chars, ecc, seed)| {
            let text = card_text(chars, seed);
            let code = qr::encode(&text, ecc).expect("corpus card fits a QR code");
            Card {
                label,
                version: code.version(),
                grid: code.to_image(1),
                text,
                ecc,
            }
        })
        .collect()
}

/// A small deterministic PRNG (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [lo, hi).
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    /// Two independent standard normal values (Box–Muller).
    pub fn gauss2(&mut self) -> (f64, f64) {
        let r = (-2.0 * (1.0 - self.unit()).ln()).sqrt();
        let t = 2.0 * PI * self.unit();
        (r * t.cos(), r * t.sin())
    }
}

/// FNV-1a, to derive a sample's seed from its name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

/// What is behind and around the codes.
#[derive(Clone, Copy, Debug)]
enum Ground {
    /// A mottled mid-grey desk; each code is on its own card with its quiet zone.
    Desk,
    /// A printed booklet page with lines of text; codes are printed on it.
    Page,
    /// A phone photo of a booklet page lying on a dark desk.
    PhotoOfPage,
}

/// Illumination.
#[derive(Clone, Copy, Debug)]
enum Light {
    Even,
    /// Linear, 100 % to 60 % across the image.
    Gradient,
    /// Off-centre vignette: 100 % near the top left, about 35 % at the code's far corner.
    Vignette,
    /// A soft-edged shadow (40 % light) over about a third of the code, on a mild gradient.
    Shadow,
    /// A darker shadow (30 %) and a glare spot that washes part of the code out.
    ShadowGlare,
    /// Gentle gradient of a phone photo (100 % to 80 %).
    Photo,
}

/// Where and how a code lies in the scene.
#[derive(Clone, Debug)]
struct Placed {
    card: usize,
    /// Centre in pixels on a fixed-size canvas; on a fitted canvas, a sub-pixel offset.
    at: (f64, f64),
    /// Pixels a module (at the centre, before perspective).
    module: f64,
    /// If set, the code's side in pixels (quiet zone included), overriding `module`.
    side: Option<f64>,
    /// In-plane rotation, degrees clockwise.
    rotate: f64,
    /// Tilt out of the image plane, degrees.
    tilt: f64,
    /// Direction of the tilt axis in the image plane, degrees.
    axis: f64,
}

#[derive(Clone, Debug)]
struct Scene {
    /// Fixed canvas size, or `None` to fit the codes with `margin` pixels around.
    size: Option<(u32, u32)>,
    margin: f64,
    ground: Ground,
    codes: Vec<Placed>,
    /// Supersampling per axis.
    ss: u32,
    invert: bool,
    /// Print contrast, ink to paper, as a fraction of 0–255 (`None`: as printed, 82 %).
    contrast: Option<f32>,
    light: Light,
    /// Gaussian blur σ in pixels.
    blur: f32,
    /// Gaussian noise σ on 0–255.
    noise: f32,
    jpeg: Option<u8>,
}

impl Scene {
    fn single(card: usize) -> Self {
        Self {
            size: None,
            margin: 48.0,
            ground: Ground::Desk,
            codes: vec![Placed {
                card,
                at: (0.0, 0.0),
                module: 4.0,
                side: None,
                rotate: 0.0,
                tilt: 0.0,
                axis: 0.0,
            }],
            ss: 3,
            invert: false,
            contrast: None,
            light: Light::Even,
            blur: 0.0,
            noise: 0.0,
            jpeg: None,
        }
    }
}

/// The recipe of one sample; [`Spec::render`] makes it.
#[derive(Clone, Debug)]
pub struct Spec {
    /// Distortion class.
    pub class: &'static str,
    /// Severity label.
    pub severity: &'static str,
    /// Unique file-name stem.
    pub name: String,
    /// Parameters, for people.
    pub detail: String,
    scene: Scene,
}

fn slug(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// One spec per corpus card, each a single code in `Scene::single` changed by `f`.
fn per_card(
    out: &mut Vec<Spec>,
    class: &'static str,
    severity: &'static str,
    detail: String,
    f: impl Fn(&mut Scene),
) {
    for (i, (label, ..)) in CARDS.iter().enumerate() {
        let mut scene = Scene::single(i);
        // A different sub-pixel position for every image.
        let name = format!("{}-{severity}-{label}", slug(class));
        let mut rng = Rng::new(seed_of(&name));
        scene.codes[0].at = (rng.unit(), rng.unit());
        f(&mut scene);
        out.push(Spec {
            class,
            severity,
            name,
            detail: detail.clone(),
            scene,
        });
    }
}

/// The whole corpus, as recipes (cheap; render them one at a time).
pub fn specs() -> Vec<Spec> {
    let mut v = Vec::new();
    for (sev, deg) in [
        ("mild", 7.0),
        ("moderate", 30.0),
        ("severe", 103.0),
        ("extreme", 225.0),
    ] {
        per_card(
            &mut v,
            "rotation",
            sev,
            format!("{deg}°, 4 px/module"),
            |s| {
                s.codes[0].rotate = deg;
            },
        );
    }
    for (sev, tilt, axis) in [
        ("mild", 10.0, 0.0),
        ("moderate", 20.0, 30.0),
        ("severe", 30.0, 60.0),
        ("extreme", 40.0, 120.0),
    ] {
        per_card(
            &mut v,
            "perspective",
            sev,
            format!("tilted {tilt}° (axis at {axis}°), camera 2.4 code widths away"),
            |s| {
                s.codes[0].tilt = tilt;
                s.codes[0].axis = axis;
            },
        );
    }
    for (sev, sigma) in [
        ("mild", 0.25),
        ("moderate", 0.4),
        ("severe", 0.6),
        ("extreme", 0.8),
    ] {
        per_card(
            &mut v,
            "blur",
            sev,
            format!("Gaussian σ = {sigma} module ({} px)", sigma * 4.0),
            |s| s.blur = sigma * 4.0,
        );
    }
    for (sev, q) in [
        ("mild", 60),
        ("moderate", 40),
        ("severe", 20),
        ("extreme", 10),
    ] {
        per_card(
            &mut v,
            "jpeg",
            sev,
            format!("quality {q}, 3 px/module"),
            |s| {
                s.codes[0].module = 3.0;
                s.jpeg = Some(q);
            },
        );
    }
    for (sev, px) in [
        ("mild", 4.0),
        ("moderate", 3.0),
        ("severe", 2.0),
        ("extreme", 1.5),
    ] {
        per_card(
            &mut v,
            "module size",
            sev,
            format!("{px} px/module, off the pixel grid"),
            |s| {
                s.codes[0].module = px;
                s.margin = 32.0;
                s.ss = 6;
            },
        );
    }
    for (sev, light, what) in [
        (
            "mild",
            Light::Gradient,
            "linear gradient, 100 % → 60 % light",
        ),
        (
            "moderate",
            Light::Vignette,
            "off-centre vignette, 100 % → about 35 % light across the code",
        ),
        (
            "severe",
            Light::Shadow,
            "soft shadow (40 % light) over a third of the code",
        ),
        (
            "extreme",
            Light::ShadowGlare,
            "shadow (30 %) and a glare spot washing part of the code out",
        ),
    ] {
        per_card(&mut v, "uneven lighting", sev, what.to_owned(), |s| {
            s.light = light;
        });
    }
    for (sev, c) in [
        ("mild", 0.5),
        ("moderate", 0.3),
        ("severe", 0.15),
        ("extreme", 0.08),
    ] {
        per_card(
            &mut v,
            "low contrast",
            sev,
            format!(
                "ink {:.0} on paper {:.0} ({:.0} % contrast)",
                150.0 - c * 127.5,
                150.0 + c * 127.5,
                c * 100.0
            ),
            |s| s.contrast = Some(c),
        );
    }
    for (sev, sigma) in [
        ("mild", 10.0),
        ("moderate", 25.0),
        ("severe", 45.0),
        ("extreme", 70.0),
    ] {
        per_card(
            &mut v,
            "noise",
            sev,
            format!("Gaussian σ = {sigma} (0–255), 4 px/module"),
            |s| s.noise = sigma,
        );
    }
    for (sev, share) in [
        ("mild", 0.25),
        ("moderate", 0.20),
        ("severe", 0.15),
        ("extreme", 0.10),
    ] {
        per_card(
            &mut v,
            "12-MP photo",
            sev,
            format!(
                "4000 × 3000 JPEG q 90, code side {:.0} % of the short side ({:.0} px), \
                 tilted 8°, rotated 4°, σ 1.2 px blur, noise σ 5",
                share * 100.0,
                share * 3000.0
            ),
            |s| {
                let c = &mut s.codes[0];
                c.side = Some(share * 3000.0);
                c.at = (1720.0 + 300.0 * c.at.0, 1400.0 + 200.0 * c.at.1);
                c.rotate = 4.0;
                c.tilt = 8.0;
                c.axis = 20.0;
                s.size = Some((4000, 3000));
                s.ground = Ground::PhotoOfPage;
                s.ss = 2;
                s.light = Light::Photo;
                s.blur = 1.2;
                s.noise = 5.0;
                s.jpeg = Some(90);
            },
        );
    }
    for (sev, px, deg, blur, noise) in [
        ("mild", 4.0, 0.0, 0.0, 0.0),
        ("moderate", 3.0, 20.0, 0.0, 8.0),
        ("severe", 2.5, 40.0, 0.3, 15.0),
    ] {
        let mut what = format!("light on dark, {px} px/module, rotated {deg}°");
        if blur > 0.0 {
            what += &format!(", blur σ {blur} module, noise σ {noise}");
        } else if noise > 0.0 {
            what += &format!(", noise σ {noise}");
        }
        per_card(&mut v, "inverted", sev, what, |s| {
            s.invert = true;
            s.codes[0].module = px;
            s.codes[0].rotate = deg;
            s.blur = (blur * px) as f32;
            s.noise = noise;
        });
    }
    several_codes(&mut v);
    v
}

/// An A6 booklet page at about 210 dpi (874 × 1240) with two to four codes on it.
fn several_codes(v: &mut Vec<Spec>) {
    let p = |card, x, y, module, rotate| Placed {
        card,
        at: (x, y),
        module,
        side: None,
        rotate,
        tilt: 0.0,
        axis: 0.0,
    };
    type Layout = (&'static str, &'static str, &'static str, Vec<Placed>, f32);
    let layouts: Vec<Layout> = vec![
        (
            "mild",
            "a",
            "2 codes, 3 px/module, upright",
            vec![p(0, 300.0, 260.0, 3.0, 0.0), p(1, 437.0, 820.0, 3.0, 0.0)],
            0.0,
        ),
        (
            "mild",
            "b",
            "2 codes, 3 px/module, upright",
            vec![p(2, 437.0, 400.0, 3.0, 0.0), p(3, 560.0, 1000.0, 2.6, 0.0)],
            0.0,
        ),
        (
            "moderate",
            "a",
            "3 codes of different sizes (2.5–3 px/module), rotated up to 12°",
            vec![
                p(0, 230.0, 220.0, 2.7, 5.0),
                p(1, 600.0, 560.0, 2.5, -12.0),
                p(3, 300.0, 950.0, 2.5, 8.0),
            ],
            0.0,
        ),
        (
            "moderate",
            "b",
            "3 codes of different sizes (2.5–3 px/module), rotated up to 12°",
            vec![
                p(2, 600.0, 250.0, 2.6, -6.0),
                p(0, 210.0, 600.0, 3.0, 10.0),
                p(1, 500.0, 960.0, 2.6, 3.0),
            ],
            0.0,
        ),
        (
            "severe",
            "a",
            "4 codes, 2.2 px/module, at 0°, 97°, 190° and 33°, noise σ 8",
            vec![
                p(0, 220.0, 310.0, 2.2, 0.0),
                p(1, 650.0, 310.0, 2.2, 97.0),
                p(2, 220.0, 930.0, 2.2, 190.0),
                p(3, 650.0, 930.0, 2.2, 33.0),
            ],
            8.0,
        ),
        (
            "severe",
            "b",
            "4 codes, 2.2 px/module, at 45°, 270°, 12° and 160°, noise σ 8",
            vec![
                p(3, 220.0, 310.0, 2.2, 45.0),
                p(2, 650.0, 310.0, 2.2, 270.0),
                p(1, 220.0, 930.0, 2.2, 12.0),
                p(0, 650.0, 930.0, 2.2, 160.0),
            ],
            8.0,
        ),
    ];
    for (severity, variant, what, codes, noise) in layouts {
        v.push(Spec {
            class: "several codes",
            severity,
            name: format!("several-codes-{severity}-{variant}"),
            detail: what.to_owned(),
            scene: Scene {
                size: Some((874, 1240)),
                margin: 0.0,
                ground: Ground::Page,
                codes,
                ss: 3,
                invert: false,
                contrast: None,
                light: Light::Even,
                blur: 0.4,
                noise,
                jpeg: None,
            },
        });
    }
}

/// Every sample whose recipe passes `keep`, rendered.
pub fn corpus_where(keep: impl Fn(&Spec) -> bool) -> Vec<Sample> {
    let cards = cards();
    specs()
        .into_iter()
        .filter(|s| keep(s))
        .map(|s| s.render(&cards))
        .collect()
}

/// The whole corpus, rendered (about 170 images, sixteen of them 12 megapixels).
pub fn corpus() -> Vec<Sample> {
    corpus_where(|_| true)
}

/// Projective map solved from four point pairs: returns h with h·(x, y, 1) ∝ (u, v, 1).
fn homography(from: [(f64, f64); 4], to: [(f64, f64); 4]) -> [f64; 9] {
    let mut a = [[0.0f64; 9]; 8];
    for (i, (&(x, y), &(u, v))) in from.iter().zip(to.iter()).enumerate() {
        a[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -x * u, -y * u, u];
        a[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -x * v, -y * v, v];
    }
    for col in 0..8 {
        let pivot = (col..8)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        let d = a[col][col];
        for v in &mut a[col][col..] {
            *v /= d;
        }
        let pivot_row = a[col];
        for (r, row) in a.iter_mut().enumerate() {
            let f = row[col];
            if r != col && f != 0.0 {
                for (v, p) in row[col..].iter_mut().zip(&pivot_row[col..]) {
                    *v -= f * p;
                }
            }
        }
    }
    let mut h = [1.0; 9];
    for (hi, row) in h.iter_mut().zip(&a) {
        *hi = row[8];
    }
    h
}

/// The image corners of a code of `n` modules a side (quiet zone included), in the order
/// top-left, top-right, bottom-right, bottom-left of the code, relative to its centre.
fn corners(p: &Placed, n: u32) -> [(f64, f64); 4] {
    let side = p.side.unwrap_or(f64::from(n) * p.module);
    let (sr, cr) = p.rotate.to_radians().sin_cos();
    let (st, ct) = p.tilt.to_radians().sin_cos();
    let (sa, ca) = p.axis.to_radians().sin_cos();
    let distance = 2.4 * side;
    let h = side / 2.0;
    [(-h, -h), (h, -h), (h, h), (-h, h)].map(|(x, y)| {
        // In-plane rotation.
        let (x, y) = (x * cr - y * sr, x * sr + y * cr);
        // Rotation by `tilt` about the in-plane unit axis a = (ca, sa, 0) (Rodrigues' formula
        // for a point with z = 0): the part along a stays, the perpendicular part shrinks by
        // cos(tilt) and gains depth (a × p)·z · sin(tilt).
        let along = x * ca + y * sa;
        let x3 = along * ca + (x - along * ca) * ct;
        let y3 = along * sa + (y - along * sa) * ct;
        let z3 = (ca * y - sa * x) * st;
        // Pinhole camera on the axis, `distance` away; scale 1 at the code's centre.
        let s = distance / (distance + z3);
        (x3 * s, y3 * s)
    })
}

fn value_noise(w: usize, h: usize, cell: f64, rng: &mut Rng) -> Vec<f32> {
    let gw = (w as f64 / cell) as usize + 2;
    let gh = (h as f64 / cell) as usize + 2;
    let grid: Vec<f32> = (0..gw * gh).map(|_| rng.range(-1.0, 1.0) as f32).collect();
    let mut out = vec![0.0f32; w * h];
    let smooth = |t: f32| t * t * (3.0 - 2.0 * t);
    let inv = 1.0 / cell as f32;
    // Horizontal interpolation weights, computed once per column.
    let cols: Vec<(usize, f32)> = (0..w)
        .map(|x| {
            let fx = x as f32 * inv;
            (fx as usize, smooth(fx.fract()))
        })
        .collect();
    for y in 0..h {
        let fy = y as f32 * inv;
        let (gy, ty) = (fy as usize, smooth(fy.fract()));
        let r0 = &grid[gy * gw..(gy + 1) * gw];
        let r1 = &grid[(gy + 1) * gw..(gy + 2) * gw];
        let row = &mut out[y * w..(y + 1) * w];
        for (o, &(gx, tx)) in row.iter_mut().zip(cols.iter()) {
            let top = r0[gx] + (r0[gx + 1] - r0[gx]) * tx;
            let bottom = r1[gx] + (r1[gx + 1] - r1[gx]) * tx;
            *o = top + (bottom - top) * ty;
        }
    }
    out
}

/// Lines of printed text: words of thin vertical strokes, `line` pixels apart.
fn text_lines(
    buf: &mut [f32],
    w: usize,
    region: (usize, usize, usize, usize),
    line: f64,
    rng: &mut Rng,
) {
    let (x0, y0, x1, y1) = region;
    let x_height = (line * 0.42).max(3.0) as usize;
    let stroke = (line / 14.0).max(1.0) as usize;
    let mut y = y0 as f64 + line;
    while (y as usize) + x_height < y1 {
        let end = if rng.unit() < 0.2 {
            x0 + ((x1 - x0) as f64 * rng.range(0.3, 0.8)) as usize
        } else {
            x1
        };
        let mut x = x0;
        while x < end {
            let word = (line * rng.range(0.8, 4.5)) as usize;
            let mut cx = x;
            while cx < (x + word).min(end) {
                let tall = rng.unit() < 0.25;
                let top = if tall {
                    y as usize - x_height / 2
                } else {
                    y as usize
                };
                for yy in top..(y as usize + x_height).min(y1) {
                    for xx in cx..(cx + stroke).min(end) {
                        buf[yy * w + xx] = buf[yy * w + xx].min(55.0);
                    }
                }
                cx += stroke + 1 + (rng.unit() * (3 * stroke) as f64) as usize;
            }
            x += word + (line * 0.5) as usize;
        }
        y += line;
    }
}

fn ground(kind: Ground, w: usize, h: usize, rng: &mut Rng) -> Vec<f32> {
    let coarse = value_noise(w, h, 90.0, rng);
    let fine = value_noise(w, h, 13.0, rng);
    let mut buf: Vec<f32> = coarse
        .iter()
        .zip(fine.iter())
        .map(|(c, f)| match kind {
            Ground::Desk => 170.0 + 28.0 * c + 6.0 * f,
            Ground::Page | Ground::PhotoOfPage => 226.0 + 7.0 * c + 3.0 * f,
        })
        .collect();
    match kind {
        Ground::Desk => {}
        Ground::Page => text_lines(&mut buf, w, (40, 30, w - 40, h - 30), 22.0, rng),
        Ground::PhotoOfPage => {
            // The page, seen at about 3000 / 1240 of the A6 page's scale, on a dark desk whose
            // edge crosses the right of the frame.
            let (wf, hf) = (w as f64, h as f64);
            let region = (
                (wf * 0.045) as usize,
                (hf * 0.04) as usize,
                (wf * 0.825) as usize,
                (hf * 0.96) as usize,
            );
            text_lines(&mut buf, w, region, hf / 58.0, rng);
            let desk = value_noise(w, h, 240.0, rng);
            for y in 0..h {
                let edge = w as f64 * 0.84 + y as f64 * 0.05;
                for x in 0..w {
                    let d = (x as f64 - edge) as f32;
                    if d > -2.0 {
                        let t = ((d + 2.0) / 4.0).min(1.0);
                        let desk = 85.0 + 25.0 * desk[y * w + x];
                        let i = y * w + x;
                        buf[i] = buf[i] * (1.0 - t) + desk * t;
                    }
                }
            }
        }
    }
    buf
}

/// Paints a code through the projective map given by its image corners, supersampled.
fn paint(buf: &mut [f32], w: usize, h: usize, grid: &GrayImage, at: [(f64, f64); 4], ss: u32) {
    let n = grid.width();
    let nf = f64::from(n);
    let dark: Vec<bool> = grid.pixels().map(|p| p.0[0] < 128).collect();
    let m = homography(at, [(0.0, 0.0), (nf, 0.0), (nf, nf), (0.0, nf)]);
    let xs = at.map(|c| c.0);
    let ys = at.map(|c| c.1);
    let lo = |v: [f64; 4]| {
        v.iter()
            .copied()
            .fold(f64::INFINITY, f64::min)
            .floor()
            .max(0.0) as usize
    };
    let hi = |v: [f64; 4], lim: usize| {
        (v.iter()
            .copied()
            .fold(f64::NEG_INFINITY, f64::max)
            .ceil()
            .max(0.0) as usize)
            .min(lim)
    };
    let (x0, x1, y0, y1) = (lo(xs), hi(xs, w), lo(ys), hi(ys, h));
    let step = 1.0 / f64::from(ss);
    let weight = 1.0 / (ss * ss) as f32;
    for y in y0..y1 {
        for x in x0..x1 {
            let under = buf[y * w + x];
            let mut acc = 0.0f32;
            for j in 0..ss {
                let sy = y as f64 + (f64::from(j) + 0.5) * step;
                for i in 0..ss {
                    let sx = x as f64 + (f64::from(i) + 0.5) * step;
                    let d = m[6] * sx + m[7] * sy + m[8];
                    let u = (m[0] * sx + m[1] * sy + m[2]) / d;
                    let v = (m[3] * sx + m[4] * sy + m[5]) / d;
                    acc += if u >= 0.0 && v >= 0.0 && u < nf && v < nf {
                        if dark[v as usize * n as usize + u as usize] {
                            INK
                        } else {
                            PAPER
                        }
                    } else {
                        under
                    };
                }
            }
            buf[y * w + x] = acc * weight;
        }
    }
}

fn smoothstep(e0: f64, e1: f64, x: f64) -> f64 {
    let t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn lighting(buf: &mut [f32], w: usize, h: usize, light: Light, focus: (f64, f64, f64)) {
    let (cx, cy, side) = focus;
    let (wf, hf) = (w as f64, h as f64);
    let diag = wf.hypot(hf);
    for y in 0..h {
        for x in 0..w {
            let (xf, yf) = (x as f64, y as f64);
            let gradient = |top: f64, bottom: f64| {
                let t = (xf * 0.866 + yf * 0.5) / (wf * 0.866 + hf * 0.5);
                top + (bottom - top) * t
            };
            let (f, add) = match light {
                Light::Even => (1.0, 0.0),
                Light::Gradient => (gradient(1.0, 0.6), 0.0),
                Light::Photo => (gradient(1.0, 0.8), 0.0),
                Light::Vignette => {
                    let r = (xf - 0.15 * wf).hypot(yf - 0.2 * hf) / (0.8 * diag);
                    ((1.0 - 0.8 * r * r).max(0.2), 0.0)
                }
                Light::Shadow | Light::ShadowGlare => {
                    let dark = if matches!(light, Light::Shadow) {
                        0.4
                    } else {
                        0.3
                    };
                    // The shadow's edge: a line at 70° crossing the code a third of the way in.
                    let d = (xf - (cx + side * 0.18)) * 0.94 - (yf - cy) * 0.34;
                    let s = dark + (1.0 - dark) * (1.0 - smoothstep(-3.0, 3.0, d));
                    let mut add = 0.0;
                    if matches!(light, Light::ShadowGlare) {
                        let r2 =
                            (xf - (cx - side * 0.2)).powi(2) + (yf - (cy - side * 0.15)).powi(2);
                        let sigma = side * 0.09;
                        add = 200.0 * (-r2 / (2.0 * sigma * sigma)).exp();
                    }
                    (gradient(1.0, 0.8) * s, add)
                }
            };
            let i = y * w + x;
            buf[i] = (f64::from(buf[i]) * f + add) as f32;
        }
    }
}

impl Spec {
    /// Renders the sample (deterministic: the same recipe gives the same pixels).
    pub fn render(&self, cards: &[Card]) -> Sample {
        let scene = &self.scene;
        let mut rng = Rng::new(seed_of(&self.name));
        // Code corners relative to their centres, then placed.
        let rel: Vec<[(f64, f64); 4]> = scene
            .codes
            .iter()
            .map(|p| corners(p, cards[p.card].grid.width()))
            .collect();
        let (w, h, placed) = match scene.size {
            Some((w, h)) => {
                let placed: Vec<[(f64, f64); 4]> = rel
                    .iter()
                    .zip(scene.codes.iter())
                    .map(|(c, p)| c.map(|(x, y)| (x + p.at.0, y + p.at.1)))
                    .collect();
                (w as usize, h as usize, placed)
            }
            None => {
                let all = rel.iter().flatten();
                let min_x = all.clone().map(|c| c.0).fold(f64::INFINITY, f64::min);
                let max_x = all.clone().map(|c| c.0).fold(f64::NEG_INFINITY, f64::max);
                let min_y = all.clone().map(|c| c.1).fold(f64::INFINITY, f64::min);
                let max_y = all.map(|c| c.1).fold(f64::NEG_INFINITY, f64::max);
                let w = (max_x - min_x + 2.0 * scene.margin).ceil() as usize + 1;
                let h = (max_y - min_y + 2.0 * scene.margin).ceil() as usize + 1;
                let placed = rel
                    .iter()
                    .zip(scene.codes.iter())
                    .map(|(c, p)| {
                        c.map(|(x, y)| {
                            (
                                x - min_x + scene.margin + p.at.0,
                                y - min_y + scene.margin + p.at.1,
                            )
                        })
                    })
                    .collect();
                (w, h, placed)
            }
        };
        let mut buf = ground(scene.ground, w, h, &mut rng);
        for (p, at) in scene.codes.iter().zip(placed.iter()) {
            paint(&mut buf, w, h, &cards[p.card].grid, *at, scene.ss);
        }
        if scene.invert {
            for v in &mut buf {
                *v = 255.0 - *v;
            }
        }
        if let Some(c) = scene.contrast {
            let k = c * 255.0 / (PAPER - INK);
            let mid = (PAPER + INK) / 2.0;
            for v in &mut buf {
                *v = 150.0 + (*v - mid) * k;
            }
        }
        let first = &placed[0];
        let focus = (
            first.iter().map(|c| c.0).sum::<f64>() / 4.0,
            first.iter().map(|c| c.1).sum::<f64>() / 4.0,
            (first[1].0 - first[0].0).hypot(first[1].1 - first[0].1),
        );
        lighting(&mut buf, w, h, scene.light, focus);
        let mut img = GrayImage::from_fn(w as u32, h as u32, |x, y| {
            Luma([buf[y as usize * w + x as usize].round().clamp(0.0, 255.0) as u8])
        });
        drop(buf);
        if scene.blur > 0.0 {
            img = image::imageops::blur(&img, scene.blur);
        }
        if scene.noise > 0.0 {
            let sigma = f64::from(scene.noise);
            let mut px = img.as_mut().chunks_exact_mut(2);
            for pair in &mut px {
                let (a, b) = rng.gauss2();
                pair[0] = (f64::from(pair[0]) + a * sigma).round().clamp(0.0, 255.0) as u8;
                pair[1] = (f64::from(pair[1]) + b * sigma).round().clamp(0.0, 255.0) as u8;
            }
            for p in px.into_remainder() {
                *p = (f64::from(*p) + rng.gauss2().0 * sigma)
                    .round()
                    .clamp(0.0, 255.0) as u8;
            }
        }
        let jpeg = scene.jpeg.map(|q| {
            let mut bytes = Vec::new();
            image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, q)
                .encode_image(&img)
                .expect("JPEG encoding in memory");
            img = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg)
                .expect("own JPEG decodes")
                .into_luma8();
            bytes
        });
        Sample {
            class: self.class,
            severity: self.severity,
            name: self.name.clone(),
            detail: self.detail.clone(),
            image: img,
            expected: scene
                .codes
                .iter()
                .map(|p| cards[p.card].text.clone())
                .collect(),
            jpeg,
        }
    }
}

/// A photo-like image without any code: a booklet page of text on a dark desk, gently lit,
/// with mild sensor noise.
pub fn texture(w: u32, h: u32, seed: u64) -> GrayImage {
    let (wu, hu) = (w as usize, h as usize);
    let mut rng = Rng::new(seed);
    let mut buf = ground(Ground::PhotoOfPage, wu, hu, &mut rng);
    let (wf, hf) = (f64::from(w), f64::from(h));
    lighting(
        &mut buf,
        wu,
        hu,
        Light::Photo,
        (wf / 2.0, hf / 2.0, hf / 4.0),
    );
    GrayImage::from_fn(w, h, |x, y| {
        let v = f64::from(buf[y as usize * wu + x as usize]) + 5.0 * rng.gauss2().0;
        Luma([v.round().clamp(0.0, 255.0) as u8])
    })
}

/// Writes every sample of the corpus into `dir` (created if missing) and returns the paths.
pub fn write_corpus(dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let cards = cards();
    specs()
        .iter()
        .map(|s| s.render(&cards).write(dir))
        .collect()
}

/// True if `found` holds exactly the `expected` texts, each once, and nothing else.
pub fn exactly(found: &[String], expected: &[String]) -> bool {
    let mut a = found.to_vec();
    let mut b = expected.to_vec();
    a.sort();
    b.sort();
    a == b
}
