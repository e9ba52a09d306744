//! Prints the table in docs/PRINTING.md: for each QR version, how many PHR1 characters fit at
//! each error-correction level, and the printed side length at common module sizes.
//!
//! Run: `cargo run --release --example printing_table`

use ephr::qr::{self, Ecc, QUIET_ZONE};

/// The longest alphanumeric text that fits `version` at `ecc` (binary search on the encoder).
fn capacity(version: i16, ecc: Ecc) -> usize {
    let (mut lo, mut hi) = (0usize, 4296usize);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let fits = qr::encode(&"A".repeat(mid), ecc).is_ok_and(|r| r.version() <= version);
        if fits { lo = mid } else { hi = mid - 1 }
    }
    lo
}

fn main() {
    println!("| Version | Modules | L | M | Q | H | 0.35 mm | 0.42 mm | 0.50 mm |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for v in [10i16, 15, 18, 20, 21, 22, 23, 24, 25, 27, 30, 35, 40] {
        let modules = 17 + 4 * v as usize;
        let side = |mm: f64| (modules + 2 * QUIET_ZONE) as f64 * mm;
        println!(
            "| {v} | {modules} | {} | {} | {} | {} | {:.0} mm | {:.0} mm | {:.0} mm |",
            capacity(v, Ecc::L),
            capacity(v, Ecc::M),
            capacity(v, Ecc::Q),
            capacity(v, Ecc::H),
            side(0.35),
            side(0.42),
            side(0.50),
        );
    }
}
