//! What the assessment station does on a keystroke: a code search over a whole table, and the
//! check of the whole reference record as a draft (validation, signing with a throw-away key,
//! compression: the size meter). `cargo bench --bench issuing` (docs/PERFORMANCE.md).

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::codes::search::{CodeKind, search};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("code_search");
    for (kind, q, name) in [
        (
            CodeKind::Diagnosis,
            "latent tuberculosis",
            "diagnosis words",
        ),
        (CodeKind::Diagnosis, "a", "diagnosis one letter"),
        (CodeKind::Diagnosis, "E11.9", "diagnosis code"),
        (CodeKind::Medicine, "metformin", "medicine word"),
        (CodeKind::Vaccine, "mmr", "vaccine abbreviation"),
        (CodeKind::Test, "hepatitis c antibody", "test words"),
        (CodeKind::Diagnosis, "", "diagnosis empty"),
    ] {
        g.bench_function(name, |b| b.iter(|| search(kind, black_box(q), "fr")));
    }
    g.finish();
    let json = std::fs::read_to_string("fixtures/records/reference-full.json").unwrap();
    c.bench_function("draft_check reference record", |b| {
        b.iter(|| {
            ephr::draft::check(
                black_box(&json),
                None,
                "GR-DEMO",
                ephr::draft::DEFAULT_MAX_VERSION,
                1_800_000_000,
            )
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
