//! Live-frame mode figures: `qr::scan_frame` time on 1280 × 720 frames without a card (median
//! of 40), and which frames of simulated hand-held passes are read, with their times.
//!
//! `cargo run --release --example scan_frames`

#[path = "../tests/support/scan_frames.rs"]
mod scan_frames;

use std::time::Instant;

use ephr::qr::{self, Ecc};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let empty: Vec<_> = (0..40).map(scan_frames::empty_frame).collect();
    let mut times = Vec::new();
    for f in &empty {
        let t = Instant::now();
        assert!(qr::scan_frame(f).is_empty());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "frames without a card: median {:.1} ms, max {:.1} ms (40 frames, 1280 × 720)",
        median(times.clone()),
        times.iter().cloned().fold(0.0, f64::max)
    );
    let text = scan_frames::card_text();
    let grid = qr::encode(&text, Ecc::Q).unwrap().to_image(1);
    let mut all = Vec::new();
    for seed in 1..=6u64 {
        let mut read = Vec::new();
        for (i, pose) in scan_frames::poses(10, 3.5, seed).iter().enumerate() {
            let frame = scan_frames::frame(&grid, pose, seed * 100 + i as u64);
            let t = Instant::now();
            let found = qr::scan_frame(&frame);
            all.push(t.elapsed().as_secs_f64() * 1000.0);
            assert!(found.iter().all(|t| *t == text), "wrong text");
            if !found.is_empty() {
                read.push(i);
            }
        }
        println!("pass {seed}: read in frames {read:?} of 0..9");
    }
    println!("frames of the passes: median {:.1} ms", median(all));
}
