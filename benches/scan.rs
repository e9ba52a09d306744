//! Scan time for a clean 1-megapixel image and a 12-megapixel photo-sized image of a full card,
//! and `scan_frame` on a 1280 × 720 video frame without a card.
//!
//! `cargo bench --bench scan`. docs/PERFORMANCE.md records the figures.

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::qr::{self, Ecc};
use image::{GrayImage, Luma};
use std::hint::black_box;

fn card_text() -> String {
    // A full-card-sized text (about 1 000 characters), as the reference record produces.
    let body: String = (0..995)
        .map(|i| b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"[(i * 7 + i / 3) % 45] as char)
        .collect();
    format!("PHR1:{body}")
}

fn benches(c: &mut Criterion) {
    let text = card_text();
    let code = qr::encode(&text, Ecc::Q).unwrap();
    // 125 modules × 8 px = 1000 × 1000: one megapixel.
    let clean = code.to_image(8);
    // A 4000 × 3000 "photo": mottled background, the code occupying about a quarter of the width.
    let mut photo = GrayImage::from_fn(4000, 3000, |x, y| {
        let v = 150 + ((x * 13 + y * 7) % 61) as i32 - 30 + (((x / 97) + (y / 89)) % 2) as i32 * 25;
        Luma([v.clamp(0, 255) as u8])
    });
    image::imageops::overlay(&mut photo, &clean, 1500, 1000);
    assert_eq!(qr::scan(&clean).unwrap(), vec![text.clone()]);
    assert_eq!(qr::scan(&photo).unwrap(), vec![text.clone()]);

    let mut g = c.benchmark_group("scan");
    g.sample_size(20);
    g.bench_function("clean 1 MP (1000 x 1000, version 25)", |b| {
        b.iter(|| qr::scan(black_box(&clean)).unwrap())
    });
    g.bench_function("12 MP photo (4000 x 3000)", |b| {
        b.iter(|| qr::scan(black_box(&photo)).unwrap())
    });
    let frame = GrayImage::from_fn(1280, 720, |x, y| {
        Luma([(110 + ((x * 13 + y * 7) % 41) as i32 - 20).clamp(0, 255) as u8])
    });
    assert!(qr::scan_frame(&frame).is_empty());
    g.bench_function("video frame without a card (1280 x 720)", |b| {
        b.iter(|| qr::scan_frame(black_box(&frame)))
    });
    g.finish();
}

criterion_group!(scan, benches);
criterion_main!(scan);
