//! Simulated video from a hand-held camera: 1280 × 720 grey frames of a card that drifts,
//! turns and tilts between frames, with motion blur along the drift and changing exposure.
//! Deterministic (seeded). Used by `tests/scan_frames.rs` and `examples/scan_frames.rs`.

#![allow(dead_code)]

use image::{GrayImage, Luma};

/// Frame size of the clinic station's camera.
pub const W: u32 = 1280;
pub const H: u32 = 720;

/// SplitMix64.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

/// A full-card-sized text: `PHR1:` and 1 000 pseudo-random base45 characters.
pub fn card_text() -> String {
    let mut rng = Rng::new(7);
    let body: String = (0..1000)
        .map(|_| {
            char::from(
                b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"[(rng.unit() * 45.0) as usize],
            )
        })
        .collect();
    format!("PHR1:{body}")
}

/// One frame's camera pose and exposure.
#[derive(Clone, Copy, Debug)]
pub struct Pose {
    /// Card centre in the frame.
    pub centre: (f64, f64),
    /// Pixels a module.
    pub module: f64,
    /// In-plane rotation, degrees.
    pub rotate: f64,
    /// Tilt: the card's far edge this much smaller than its near edge (0 = facing the camera).
    pub keystone: f64,
    /// Motion during the exposure, pixels (x, y).
    pub motion: (f64, f64),
    /// Exposure gain and offset applied to the scene.
    pub gain: f64,
    pub offset: f64,
}

/// The poses of a `n`-frame pass of the card in front of the camera: it enters moving fast
/// (blurred), slows near the centre, and leaves; the exposure hunts as it would.
pub fn poses(n: usize, module: f64, seed: u64) -> Vec<Pose> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let t = i as f64 / (n - 1).max(1) as f64; // 0..1
            // Fast at the ends, slow in the middle.
            let speed = 4.0 + 36.0 * (2.0 * t - 1.0).powi(2);
            let dir = rng.range(-0.4, 0.4);
            Pose {
                centre: (
                    f64::from(W) * (0.3 + 0.4 * t) + rng.range(-20.0, 20.0),
                    f64::from(H) * 0.5 + 40.0 * (3.0 * t).sin(),
                ),
                module,
                rotate: -12.0 + 20.0 * t + rng.range(-2.0, 2.0),
                keystone: 0.01 + 0.05 * (1.0 - t) * rng.unit(),
                motion: (speed * dir.cos(), speed * dir.sin()),
                gain: rng.range(0.55, 1.25),
                offset: rng.range(-20.0, 25.0),
            }
        })
        .collect()
}

/// Renders `grid` (one pixel a module, dark < 128, quiet zone included) at `pose` on a
/// mottled desk, with motion blur, exposure and sensor noise.
pub fn frame(grid: &GrayImage, pose: &Pose, seed: u64) -> GrayImage {
    let mut rng = Rng::new(seed);
    let n = f64::from(grid.width());
    let side = n * pose.module;
    let (sin, cos) = pose.rotate.to_radians().sin_cos();
    let steps = (pose.motion.0.hypot(pose.motion.1).ceil() as usize).clamp(1, 12);
    let scene = |x: f64, y: f64| -> f64 {
        let (dx, dy) = (x - pose.centre.0, y - pose.centre.1);
        let (u, v) = (dx * cos + dy * sin, -dx * sin + dy * cos);
        // Tilt: a projective division, so that the card's top edge is nearer the camera.
        let d = 1.0 + pose.keystone * v / side;
        if d <= 0.1 {
            return 110.0;
        }
        let (gu, gv) = (u / d / pose.module + n / 2.0, v / d / pose.module + n / 2.0);
        if gu >= 0.0 && gv >= 0.0 && gu < n && gv < n {
            if grid.get_pixel(gu as u32, gv as u32).0[0] < 128 {
                30.0
            } else {
                225.0
            }
        } else {
            // Desk: a low-frequency mottle.
            110.0 + 25.0 * ((x * 0.013).sin() * (y * 0.017).cos())
        }
    };
    let mut img = GrayImage::new(W, H);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let (fx, fy) = (f64::from(x) + 0.5, f64::from(y) + 0.5);
        let mut acc = 0.0;
        for k in 0..steps {
            let f = k as f64 / steps as f64 - 0.5;
            acc += scene(fx + f * pose.motion.0, fy + f * pose.motion.1);
        }
        let v = acc / steps as f64 * pose.gain + pose.offset + rng.range(-6.0, 6.0);
        *p = Luma([v.round().clamp(0.0, 255.0) as u8]);
    }
    img
}

/// A frame with no code: the desk, a hand-shaped blob and exposure noise.
pub fn empty_frame(seed: u64) -> GrayImage {
    let mut rng = Rng::new(seed);
    let (hx, hy) = (rng.range(300.0, 900.0), rng.range(200.0, 500.0));
    GrayImage::from_fn(W, H, |x, y| {
        let (fx, fy) = (f64::from(x), f64::from(y));
        let hand = ((fx - hx).powi(2) / 4.0 + (fy - hy).powi(2)) < 150.0f64.powi(2);
        let base = if hand {
            170.0
        } else {
            110.0 + 25.0 * ((fx * 0.013).sin() * (fy * 0.017).cos())
        };
        Luma([(base + rng.range(-8.0, 8.0)).round().clamp(0.0, 255.0) as u8])
    })
}
