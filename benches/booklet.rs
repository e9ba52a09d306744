//! Booklet generation: the reference record, two languages, each layout.

use criterion::{Criterion, criterion_group, criterion_main};
use ephr::booklet::{self, BookletOptions, Layout, PrintEntry};
use ephr::{IssueOptions, Issuer, Record, SecretKey};

fn bench(c: &mut Criterion) {
    let record = Record::from_json(ephr::demo::REFERENCE_RECORD).expect("reference record");
    let issuer = Issuer::new(SecretKey::from_seed(&[7; 32]), "GR-DEMO").expect("issuer");
    let card = issuer
        .issue(
            &record,
            &IssueOptions {
                issued_at: 1_792_000_000,
                ..Default::default()
            },
        )
        .expect("issue");
    let entry = PrintEntry::from_issued(&card).expect("entry");
    for (name, layout) in [
        ("booklet", Layout::Booklet),
        ("a4", Layout::A4),
        ("card", Layout::Card),
    ] {
        let opts = BookletOptions::new(layout, "it", "ar").expect("options");
        c.bench_function(&format!("booklet/{name} it,ar"), |b| {
            b.iter(|| booklet::render(std::slice::from_ref(&entry), &opts).expect("render"))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
