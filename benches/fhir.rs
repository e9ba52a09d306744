//! FHIR IPS export and import of the reference record (one verified entry).
//!
//! Run with `cargo bench --bench fhir`. Prints the size of the exported Bundle once.

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::{IssueOptions, Issuer, PublicKey, Record, SecretKey, TrustList, demo, fhir};

/// 2026-10-14T18:00:00Z, the reference record's encounter day.
const ISSUED_AT: i64 = 1_792_000_800;

fn bench(c: &mut Criterion) {
    let anchor = PublicKey::from_pem(demo::DEMO_ANCHOR_PUB, "demo anchor").expect("demo anchor");
    let trust = TrustList::open(demo::DEMO_TRUST_LIST, &anchor).expect("demo trust list");
    let key = SecretKey::from_pem(demo::DEMO_AUTHORITY_KEY, None, "demo key").expect("demo key");
    let record = Record::from_json(demo::REFERENCE_RECORD).expect("reference record");
    let card = Issuer::new(key, demo::DEMO_AUTHORITY_ID)
        .expect("issuer")
        .issue(
            &record,
            &IssueOptions {
                issued_at: ISSUED_AT,
                ..Default::default()
            },
        )
        .expect("issue");
    let verified = ephr::verify_text(card.text(), &trust, ISSUED_AT + 3_600).expect("verifies");
    let cards = [verified];
    let bundle = fhir::export(&cards, ISSUED_AT + 3_600).expect("export");
    let pretty = serde_json::to_vec_pretty(&bundle).expect("json");
    let compact = serde_json::to_vec(&bundle).expect("json");
    println!(
        "reference record: PHR1 text {} characters; IPS Bundle {} bytes pretty, {} bytes compact, {} resources",
        card.text().len(),
        pretty.len(),
        compact.len(),
        bundle["entry"].as_array().map_or(0, Vec::len)
    );
    c.bench_function("fhir export (reference record)", |b| {
        b.iter(|| fhir::export(&cards, ISSUED_AT + 3_600).expect("export"))
    });
    c.bench_function("fhir export + serialise (reference record)", |b| {
        b.iter(|| serde_json::to_vec(&fhir::export(&cards, ISSUED_AT + 3_600).expect("export")))
    });
    c.bench_function("fhir import (reference record bundle)", |b| {
        b.iter(|| fhir::import(&compact).expect("import"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
