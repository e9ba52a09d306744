//! The scanner's worst cases: how long `qr::scan` takes, in this process, on images that hold no
//! code at all (grey noise, random black-and-white blocks that look like modules, stripes) from
//! a video frame up to the 50-megapixel limit. The work budget (`qr::WORK_BUDGET`) bounds them;
//! this measures what that bound is in seconds on this machine.
//!
//! `cargo run --release --example scan_worst`

use std::time::Instant;

use ephr::qr;
use image::GrayImage;

/// A small deterministic generator (xorshift), so every run scans the same pixels.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn noise(w: u32, h: u32, seed: u64) -> GrayImage {
    let mut rng = Rng(seed | 1);
    GrayImage::from_fn(w, h, |_, _| image::Luma([(rng.next() >> 56) as u8]))
}

/// Random modules of `m` pixels: finder-like runs everywhere.
fn blocks(w: u32, h: u32, m: u32, seed: u64) -> GrayImage {
    let (cw, ch) = (w.div_ceil(m), h.div_ceil(m));
    let mut rng = Rng(seed | 1);
    let cells: Vec<u8> = (0..cw * ch)
        .map(|_| if rng.next() & 1 == 0 { 0 } else { 255 })
        .collect();
    GrayImage::from_fn(w, h, |x, y| {
        image::Luma([cells[((y / m) * cw + x / m) as usize]])
    })
}

fn stripes(w: u32, h: u32) -> GrayImage {
    GrayImage::from_fn(w, h, |x, _| {
        image::Luma([if (x / 3) % 2 == 0 { 0 } else { 255 }])
    })
}

fn main() {
    println!("readers: {}", qr::READERS.join(", "));
    let cases: Vec<(String, GrayImage)> = vec![
        ("noise 1280 x 720".into(), noise(1280, 720, 1)),
        ("noise 1500 x 1500".into(), noise(1500, 1500, 2)),
        ("noise 4000 x 3000 (12 MP)".into(), noise(4000, 3000, 3)),
        ("noise 7000 x 7000 (49 MP)".into(), noise(7000, 7000, 4)),
        (
            "blocks of 4 px, 4000 x 3000".into(),
            blocks(4000, 3000, 4, 5),
        ),
        (
            "blocks of 4 px, 7000 x 7000".into(),
            blocks(7000, 7000, 4, 6),
        ),
        (
            "blocks of 2 px, 7000 x 7000".into(),
            blocks(7000, 7000, 2, 7),
        ),
        ("stripes, 7000 x 7000".into(), stripes(7000, 7000)),
    ];
    println!("| image | scan ms | found | steps tried |");
    println!("|---|---|---|---|");
    for (name, img) in cases {
        let t = Instant::now();
        let r = qr::scan_report(&img);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "| {name} | {ms:.0} | {} | {} |",
            r.texts.len() + r.other.len(),
            r.tried.len()
        );
    }
}
