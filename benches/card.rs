//! Issue and verify the reference record, against the bare primitives.
//!
//! `cargo bench --bench card`. docs/PERFORMANCE.md records the ratios from one run.

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::cose::{Sign1, sig_structure};
use ephr::{
    AuthorityKey, IssueOptions, Issuer, Record, SecretKey, TrustList, UnverifiedCard, envelope,
};
use std::hint::black_box;

const T0: i64 = 1_792_000_000;

fn setup() -> (Record, SecretKey, TrustList) {
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
    (record, key, list)
}

fn benches(c: &mut Criterion) {
    let (record, key, list) = setup();
    let public = key.public();
    let issuer = Issuer::new(SecretKey::from_seed(&[9; 32]), "GR-BENCH").unwrap();
    let opts = IssueOptions {
        issued_at: T0 + 60,
        ..Default::default()
    };
    let card = issuer.issue(&record, &opts).unwrap();
    let parsed = Sign1::parse(card.cose()).unwrap();
    let tbs = sig_structure(&parsed.protected, &parsed.payload);
    let sig = parsed.signature;

    let mut g = c.benchmark_group("verify");
    g.bench_function("bare ed25519 verify_strict (same signed bytes)", |b| {
        b.iter(|| assert!(public.verify(black_box(&tbs), black_box(&sig))))
    });
    g.bench_function("ephr verify pipeline (PHR1 text -> VerifiedCard)", |b| {
        b.iter(|| {
            UnverifiedCard::from_text(black_box(card.text()))
                .unwrap()
                .verify(&list, T0 + 3600)
                .unwrap()
        })
    });
    g.bench_function("decode only (PHR1 text -> claims, no signature)", |b| {
        b.iter(|| {
            UnverifiedCard::from_text(black_box(card.text()))
                .unwrap()
                .claims_unverified()
                .unwrap()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("issue");
    g.bench_function("bare ed25519 sign (same signed bytes)", |b| {
        b.iter(|| key.sign(black_box(&tbs)))
    });
    g.bench_function("ephr issue (record -> PHR1 text, zopfli)", |b| {
        b.iter(|| issuer.issue(black_box(&record), &opts).unwrap())
    });
    g.bench_function("zopfli zlib of the COSE bytes", |b| {
        b.iter(|| envelope::deflate(black_box(card.cose())))
    });
    g.finish();
}

criterion_group!(card, benches);
criterion_main!(card);
