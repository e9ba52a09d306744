//! The verify pipeline against a bare Ed25519 verification of the same signed bytes, measured
//! INTERLEAVED in one process: criterion runs its benchmarks one after the other, so a machine
//! that slows down or speeds up between them (other jobs, frequency scaling) moves the ratio.
//! Here every round times one batch of each, in alternating order, and the ratio is taken from
//! the medians (and, as a check, the median of the per-round ratios).
//!
//! `cargo bench --bench pipeline_ratio` (docs/PERFORMANCE.md, verify pipeline).
//!
//! For an instruction count that does not depend on the machine's load, run the built binary
//! under callgrind with `count pipeline N` or `count bare N`: the difference between two values
//! of N, divided by their difference, is the cost of one verification.

use ephr::cose::{Sign1, sig_structure};
use ephr::{AuthorityKey, IssueOptions, Issuer, Record, SecretKey, TrustList, UnverifiedCard};
use std::hint::black_box;
use std::time::Instant;

const T0: i64 = 1_792_000_000;
/// Verifications per timed batch: short (about 0.5 ms), so that on a busy machine most batches
/// run without being preempted, and many of them.
const BATCH: u32 = 5;
const ROUNDS: usize = 2000;

struct Setup {
    text: String,
    list: TrustList,
    public: ephr::PublicKey,
    tbs: Vec<u8>,
    sig: [u8; 64],
}

fn setup() -> Setup {
    let json = std::fs::read_to_string("fixtures/records/reference-full.json").unwrap();
    let record = Record::from_json(&json).unwrap();
    let key = SecretKey::from_seed(&[9; 32]);
    let mut list = TrustList::new(T0, T0 + 86_400);
    list.add_key(
        "GR-BENCH",
        "Bench authority",
        "GR",
        AuthorityKey {
            key: key.public(),
            not_before: T0,
            not_after: None,
            revoked: None,
        },
    )
    .unwrap();
    let issuer = Issuer::new(SecretKey::from_seed(&[9; 32]), "GR-BENCH").unwrap();
    // Fixed ids: with random ones, each process signs a different card, whose compressed size
    // and issuing cost differ, and the callgrind difference between two runs would carry that.
    let opts = IssueOptions {
        issued_at: T0 + 60,
        card_id: Some(ephr::CardId(vec![0x5a; 16])),
        record_id: Some(ephr::RecordId(vec![0xa5; 16])),
        ..Default::default()
    };
    let card = issuer.issue(&record, &opts).unwrap();
    let parsed = Sign1::parse(card.cose()).unwrap();
    Setup {
        text: card.text().to_owned(),
        list,
        public: key.public(),
        tbs: sig_structure(&parsed.protected, &parsed.payload),
        sig: parsed.signature,
    }
}

fn pipeline(s: &Setup) {
    let card = UnverifiedCard::from_text(black_box(&s.text)).unwrap();
    black_box(card.verify(&s.list, T0 + 3600).unwrap());
}

fn bare(s: &Setup) {
    assert!(s.public.verify(black_box(&s.tbs), black_box(&s.sig)));
}

/// Nanoseconds per call, over one batch.
fn batch(s: &Setup, f: fn(&Setup)) -> f64 {
    let start = Instant::now();
    for _ in 0..BATCH {
        f(s);
    }
    start.elapsed().as_nanos() as f64 / f64::from(BATCH)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let s = setup();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, what, n] = args.as_slice()
        && mode == "count"
    {
        let n: u32 = n.parse().expect("a number of calls");
        let f = if what == "bare" { bare } else { pipeline };
        for _ in 0..n {
            f(&s);
        }
        return;
    }
    // Warm-up: caches, the inflater's per-thread state, the CPU's clock.
    for _ in 0..20 {
        batch(&s, pipeline);
        batch(&s, bare);
    }
    let (mut p, mut b, mut r) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        // Alternate which goes first, so that neither always follows the other.
        let (tp, tb) = if round % 2 == 0 {
            let tp = batch(&s, pipeline);
            (tp, batch(&s, bare))
        } else {
            let tb = batch(&s, bare);
            (batch(&s, pipeline), tb)
        };
        p.push(tp);
        b.push(tb);
        r.push(tp / tb);
    }
    let (mp, mb, mr) = (median(&mut p), median(&mut b), median(&mut r));
    // The fastest tenth: batches that ran least disturbed by other work.
    let tenth = |v: &[f64]| v[v.len() / 10];
    println!("interleaved: {ROUNDS} rounds of {BATCH} calls each, alternating order");
    println!(
        "ephr verify pipeline (PHR1 text -> VerifiedCard): median {:.1} µs, 10th percentile {:.1} µs",
        mp / 1e3,
        tenth(&p) / 1e3
    );
    println!(
        "bare ed25519 verify_strict (same Sig_structure):  median {:.1} µs, 10th percentile {:.1} µs",
        mb / 1e3,
        tenth(&b) / 1e3
    );
    println!(
        "ratio of medians: {:.3}; of 10th percentiles: {:.3}",
        mp / mb,
        tenth(&p) / tenth(&b)
    );
    println!(
        "median of per-round ratios: {:.3} (quartiles {:.3} to {:.3})",
        mr,
        r[ROUNDS / 4],
        r[3 * ROUNDS / 4]
    );
}
