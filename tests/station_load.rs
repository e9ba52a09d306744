//! Many clinicians at once: browsers verifying cards concurrently, each in its own session.
//!
//! Two shapes of work: a clinic's day (each browser checks 100 people in turn, one card each,
//! pressing "Next person" between them), and the worst case of one person's 100 entries shown
//! together (every answer re-checks and re-merges all of them). The test in CI checks what must
//! hold under load: every session sees its own person's cards and nothing of anyone else's, and
//! every answer is right. The measurements (20 sessions of 100 cards, latency percentiles and the
//! station's peak memory, docs/PERFORMANCE.md) are the ignored tests, run by hand in a release
//! build:
//!
//! ```text
//! cargo test --release --test station_load -- --ignored --nocapture
//! ```

#[path = "support/station.rs"]
mod station;
mod support;

use std::time::{Duration, Instant};

use ephr::card::{CardId, RecordId};
use ephr::{IssueOptions, Issuer, Record, SecretKey};
use station::Station;
use support::root;

/// 2027-02-01T00:00:00Z
const ISSUED: i64 = 1_801_440_000;

/// `n` cards of one person (record `person`), each a visit of its own; with `many_people`, each
/// card is of another person (record `person`, `i`).
fn cards_of(issuer: &Issuer, person: u8, n: usize, many_people: bool) -> Vec<String> {
    (0..n)
        .map(|i| {
            let record = Record::from_json(&format!(
                r#"{{"patient": {{"birth_date": "19{:02}"}},
                    "encounter": {{"date": "2026-{:02}-{:02}", "country": "GR"}}}}"#,
                60 + person % 40,
                1 + i % 12,
                1 + i % 28
            ))
            .unwrap();
            let card = issuer
                .issue(
                    &record,
                    &IssueOptions {
                        issued_at: ISSUED + i as i64,
                        card_id: Some(CardId(vec![
                            0xca,
                            person,
                            0,
                            0,
                            0,
                            0,
                            (i >> 8) as u8,
                            i as u8,
                        ])),
                        record_id: Some(RecordId(vec![
                            0xab,
                            0xcd,
                            person,
                            0,
                            0,
                            0,
                            if many_people { i as u8 } else { 0 },
                            1,
                        ])),
                        ..Default::default()
                    },
                )
                .unwrap();
            card.text().to_owned()
        })
        .collect()
}

fn record_hex(person: u8, i: usize, many_people: bool) -> String {
    format!(
        "abcd{person:02x}000000{:02x}01",
        if many_people { i as u8 } else { 0 }
    )
}

struct Outcome {
    latencies: Vec<Duration>,
    peak_kib: Option<u64>,
}

/// Runs `sessions` browsers at once, each adding its `cards` one request at a time (with
/// `many_people`, pressing "Next person" after each), and checks every answer and the final
/// page of each.
fn run(sessions: u8, cards: usize, many_people: bool) -> Outcome {
    let key = SecretKey::read(
        &root().join("fixtures/journey/keys/GR-EODY-LESVOS.key.pem"),
        None,
    )
    .unwrap();
    let issuer = Issuer::new(key, "GR-EODY-LESVOS").unwrap();
    let people: Vec<Vec<String>> = (0..sessions)
        .map(|p| cards_of(&issuer, p, cards, many_people))
        .collect();
    let list = root().join("fixtures/journey/trust-list.cose");
    let anchor = root().join("keys/demo-anchor.pub.pem");
    let st = Station::start(
        &[
            "--trust",
            list.to_str().unwrap(),
            "--anchor",
            anchor.to_str().unwrap(),
            "--at",
            "2027-03-01",
        ],
        &[],
    );
    let start = std::sync::Barrier::new(usize::from(sessions));
    let latencies = std::thread::scope(|scope| {
        let handles: Vec<_> = people
            .iter()
            .enumerate()
            .map(|(p, texts)| {
                let mut b = st.browser();
                let start = &start;
                scope.spawn(move || {
                    b.get("/");
                    start.wait();
                    let mut lat = Vec::with_capacity(texts.len());
                    for (i, t) in texts.iter().enumerate() {
                        let t0 = Instant::now();
                        let r = b.post_form("/add", &[("text", t)]);
                        lat.push(t0.elapsed());
                        assert_eq!(r.status, 200);
                        let body = r.text();
                        let shown = if many_people { 1 } else { i + 1 };
                        assert!(
                            body.contains(&format!("{shown} of {shown} cards valid"))
                                || (shown == 1 && body.contains("card valid")),
                            "session {p}, card {i}: {body}"
                        );
                        assert!(body.contains(&record_hex(p as u8, i, many_people)));
                        if many_people {
                            // Nothing of anyone else: not the people before, not other sessions.
                            for other in 0..sessions {
                                for j in [0, i.saturating_sub(1)] {
                                    if (usize::from(other), j) != (p, i) {
                                        assert!(
                                            !body.contains(&record_hex(other, j, true)),
                                            "session {p}, card {i} shows person {other}/{j}"
                                        );
                                    }
                                }
                            }
                            b.request("POST", "/next", &[], b"");
                        }
                    }
                    let page = b.get("/").text();
                    for other in 0..sessions {
                        let seen = page.contains(&record_hex(other, 0, false));
                        assert_eq!(
                            seen,
                            !many_people && usize::from(other) == p,
                            "session {p} and record of person {other}"
                        );
                    }
                    lat
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a session's thread"))
            .collect::<Vec<_>>()
    });
    Outcome {
        latencies,
        peak_kib: st.peak_kib(),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[test]
fn concurrent_sessions_never_see_each_other() {
    let o = run(20, 8, false);
    assert_eq!(o.latencies.len(), 160);
    let o = run(20, 8, true);
    assert_eq!(o.latencies.len(), 160);
}

fn measure(what: &str, many_people: bool) {
    let t0 = Instant::now();
    let mut o = run(20, 100, many_people);
    let wall = t0.elapsed();
    o.latencies.sort();
    println!(
        "station load, {what}: 20 sessions x 100 cards = {} checks; p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms; station peak RSS {} MiB; wall {:.1} s (cards issued in-process first)",
        o.latencies.len(),
        percentile(&o.latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&o.latencies, 0.9).as_secs_f64() * 1e3,
        percentile(&o.latencies, 0.99).as_secs_f64() * 1e3,
        o.latencies.last().unwrap().as_secs_f64() * 1e3,
        o.peak_kib
            .map_or("?".into(), |k| format!("{:.1}", k as f64 / 1024.0)),
        wall.as_secs_f64()
    );
}

#[test]
#[ignore = "a measurement: run in release with --ignored --nocapture (docs/PERFORMANCE.md)"]
fn load_20_sessions_checking_100_people_each() {
    measure("100 people in turn", true);
}

#[test]
#[ignore = "a measurement: run in release with --ignored --nocapture (docs/PERFORMANCE.md)"]
fn load_20_sessions_of_one_person_with_100_entries() {
    measure("one person's 100 entries", false);
}
