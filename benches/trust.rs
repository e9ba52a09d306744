//! A large trust list: 200 authorities × 3 keys and 10 002 revoked-card hashes. Prints its size, then
//! measures opening it (anchor signature check + decoding) and one card-revocation lookup.
//!
//! `cargo bench --bench trust`. docs/PERFORMANCE.md records the figures.

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::card::CardId;
use ephr::{AuthorityKey, SecretKey, TrustList};
use std::hint::black_box;

fn big_list() -> (Vec<u8>, SecretKey, ephr::KeyId) {
    let anchor = SecretKey::from_seed(&[1; 32]);
    let t0 = 1_790_000_000;
    let mut list = TrustList::new(t0, t0 + 90 * 86_400);
    let mut seed = 0u32;
    let mut first_kid = None;
    for a in 0..200 {
        for _ in 0..3 {
            seed += 1;
            let mut s = [0u8; 32];
            s[..4].copy_from_slice(&seed.to_be_bytes());
            let key = SecretKey::from_seed(&s).public();
            first_kid.get_or_insert(key.kid());
            list.add_key(
                &format!("XX-AUTHORITY-{a:03}"),
                &format!("Regional health authority number {a}"),
                "GR",
                AuthorityKey {
                    key,
                    not_before: t0,
                    not_after: Some(t0 + 2 * 365 * 86_400),
                    revoked: None,
                },
            )
            .unwrap();
        }
    }
    let kid = first_kid.unwrap();
    // Revoked by card id, as from a booklet: one hash under each of the authority's 3 keys,
    // so 3 334 cards make the 10 000-odd hashes.
    for i in 0..3_334u64 {
        list.revoke_card_id("XX-AUTHORITY-000", &CardId(i.to_be_bytes().to_vec()))
            .unwrap();
    }
    (list.sign(&anchor), anchor, kid)
}

fn benches(c: &mut Criterion) {
    let (bytes, anchor, kid) = big_list();
    println!(
        "trust list with 200 authorities x 3 keys and 10 000 revoked cards: {} bytes",
        bytes.len()
    );
    let public = anchor.public();
    let list = TrustList::open(&bytes, &public).unwrap();
    let mut g = c.benchmark_group("trust list 200x3 + 10k revoked");
    g.bench_function("open (check anchor signature, decode)", |b| {
        b.iter(|| TrustList::open(black_box(&bytes), &public).unwrap())
    });
    g.bench_function("is one card revoked", |b| {
        b.iter(|| list.is_card_revoked(&kid, black_box(&CardId(5_000u64.to_be_bytes().to_vec()))))
    });
    g.finish();
}

criterion_group!(trust, benches);
criterion_main!(trust);
