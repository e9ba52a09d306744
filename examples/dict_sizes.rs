//! Card sizes with and without the preset dictionary, on records that did not build it
//! (issue 17; docs/PERFORMANCE.md "Preset dictionary (issue 17)").
//!
//! Run: `scripts/dict-figures` (generates the record sets, then runs this), or
//! `cargo run --release --example dict_sizes -- --test target/dict/test.jsonl --dict dict/phr-dict-1.bin`
//!
//! Prints: every fixture record (issued as the vectors are, authority `XV-VECTORS`); the median,
//! 90th percentile and maximum of the held-out generated records; the QR version at level Q;
//! the mean issue-side compression time; and where the reference record's bytes go.

mod dict_common;

use std::time::Instant;

use ciborium::value::Value;
use dict_common::{Ids, arg, issue, read_jsonl, summary};
use ephr::card::{CardId, RecordId};
use ephr::{IssueOptions, Issuer, Record, SecretKey, cbor, qr};

fn plain(cose: &[u8]) -> Vec<u8> {
    ephr::envelope::deflate_without_dictionary(cose)
}

/// PHR1 text length for `n` zlib bytes: the prefix and base45 (2 bytes → 3 characters).
fn chars(n: usize) -> usize {
    5 + n / 2 * 3 + n % 2 * 2
}

fn version_q(chars: usize) -> i16 {
    (1..=40)
        .find(|&v| qr::text_capacity(qr::Ecc::Q, v) >= chars)
        .unwrap_or(41)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dict = std::fs::read(arg("--dict").unwrap_or_else(|| "dict/phr-dict-1.bin".into()))?;
    let test = arg("--test").unwrap_or_else(|| "target/dict/test.jsonl".into());
    println!(
        "dictionary: {} bytes, Adler-32 {:08x}",
        dict.len(),
        ephr::envelope::adler32(&dict)
    );

    // Fixtures, issued as the vectors are (fixed key, ids and time).
    println!(
        "\nfixture record                  zlib   chars  Q   | with dictionary: zlib chars  Q"
    );
    let issuer = Issuer::new(SecretKey::from_seed(&[0x11; 32]), "XV-VECTORS")?;
    let mut reference = None;
    let mut fixtures: Vec<_> = std::fs::read_dir("fixtures/records")?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    fixtures.sort();
    for path in &fixtures {
        let record = fixture_record(&std::fs::read_to_string(path)?)?;
        let card = issuer.issue(
            &record,
            &IssueOptions {
                issued_at: ephr::date::parse_instant("2026-10-14T09:30:00Z").unwrap_or(0),
                card_id: Some(CardId(hex::decode("c0ffee0000000001")?)),
                record_id: Some(RecordId(hex::decode("7ec0d1d000000001")?)),
                ..Default::default()
            },
        )?;
        let (p, d) = (
            plain(card.cose()).len(),
            ephr::envelope::deflate_with_dictionary(&dict, card.cose())
                .ok_or("zopfli")?
                .len(),
        );
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        println!(
            "{name:<30} {p:>5} {:>6} {:>3}   | {:>21} {:>5} {:>2}",
            chars(p),
            version_q(chars(p)),
            d,
            chars(d),
            version_q(chars(d))
        );
        if name == "reference-full" {
            reference = Some(card);
        }
    }

    // Held-out generated records.
    let records = read_jsonl(&test);
    let mut ids = Ids(2);
    let cards: Vec<Vec<u8>> = records
        .iter()
        .map(|r| issue(r, &mut ids).cose().to_vec())
        .collect();
    let (mut with, mut without, mut vw, mut vo) = (vec![], vec![], vec![], vec![]);
    let (mut t_plain, mut t_dict) = (0.0, 0.0);
    for cose in &cards {
        let t = Instant::now();
        let p = plain(cose).len();
        t_plain += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let d = ephr::envelope::deflate_with_dictionary(&dict, cose)
            .ok_or("zopfli")?
            .len();
        t_dict += t.elapsed().as_secs_f64();
        without.push(chars(p));
        with.push(chars(d));
        vo.push(version_q(chars(p)) as usize);
        vw.push(version_q(chars(d)) as usize);
    }
    let saved: Vec<i64> = without
        .iter()
        .zip(&with)
        .map(|(a, b)| *a as i64 - *b as i64)
        .collect();
    let n = cards.len();
    println!("\n{n} generated records (held out), characters of PHR1 text:");
    println!("                   median   p90   max   | QR version at Q: median p90 max");
    let (a, b, c) = summary(&mut without);
    let (va, vb, vc) = summary(&mut vo);
    println!("no dictionary      {a:>6} {b:>5} {c:>5}   | {va:>20} {vb:>3} {vc:>3}");
    let (a, b, c) = summary(&mut with);
    let (va, vb, vc) = summary(&mut vw);
    println!("dictionary         {a:>6} {b:>5} {c:>5}   | {va:>20} {vb:>3} {vc:>3}");
    println!(
        "saved characters: mean {:.1}, least {}, most {}",
        saved.iter().sum::<i64>() as f64 / n as f64,
        saved.iter().min().unwrap_or(&0),
        saved.iter().max().unwrap_or(&0)
    );
    println!(
        "compression time a card: zopfli {:.1} ms, zopfli with dictionary {:.1} ms",
        t_plain * 1e3 / n as f64,
        t_dict * 1e3 / n as f64
    );

    if let Some(card) = reference {
        stages(&card, &dict)?;
    }
    Ok(())
}

/// A fixture as a plain record. A fixture with confidential marks (issue 13) is read without
/// them: the marks say which card an item goes on, and this measures one card of everything.
fn fixture_record(json: &str) -> Result<Record, Box<dyn std::error::Error>> {
    if let Ok(r) = Record::from_json(json) {
        return Ok(r);
    }
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("consent");
                m.remove("confidential");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(json)?;
    strip(&mut v);
    Ok(Record::from_json_value(v)?)
}

/// Where the reference record's bytes go, stage by stage and section by section.
fn stages(card: &ephr::IssuedCard, dict: &[u8]) -> Result<(), Box<dyn std::error::Error>> {
    let payload = cbor::claims_to_vec(card.claims())?;
    let cose = card.cose();
    println!("\nreference record, stage by stage (bytes)");
    println!("CWT claims (CBOR)     {:>5}", payload.len());
    let claims = cbor::from_slice(&payload)?;
    let size = |v: &Value| cbor::to_vec(v).len();
    if let Value::Map(m) = &claims {
        for (k, v) in m {
            let label = match k.as_integer().map(i128::from) {
                Some(1) => "iss".to_string(),
                Some(6) => "iat".into(),
                Some(7) => "cti".into(),
                Some(-65537) => "entry".into(),
                other => format!("{other:?}"),
            };
            println!("  claim {label:<15} {:>5} (key {})", size(v), size(k));
            if let (Some(-65537), Value::Map(entry)) = (k.as_integer().map(i128::from), v) {
                for (ek, ev) in entry {
                    let name = match ek.as_integer().map(i128::from) {
                        Some(0) => "version",
                        Some(1) => "record id",
                        Some(10) => "patient",
                        Some(11) => "encounter",
                        Some(12) => "vital signs",
                        Some(13) => "problems",
                        Some(14) => "allergies",
                        Some(15) => "medications",
                        Some(16) => "immunizations",
                        Some(17) => "results",
                        Some(18) => "pregnancy",
                        Some(19) => "mental health",
                        Some(20) => "referrals",
                        Some(21) => "alerts",
                        Some(22) => "vaccinations due",
                        _ => "other",
                    };
                    let alone = cbor::to_vec(ev);
                    println!(
                        "    {name:<17} {:>5}   zlib alone {:>4}, with dictionary {:>4}",
                        alone.len() + size(ek),
                        plain(&alone).len() - 6,
                        ephr::envelope::deflate_with_dictionary(dict, &alone)
                            .map_or(0, |z| z.len() - 10)
                    );
                }
            }
        }
    }
    println!(
        "COSE_Sign1            {:>5} (overhead {} over the claims)",
        cose.len(),
        cose.len() - payload.len()
    );
    let p = plain(cose).len();
    let d = ephr::envelope::deflate_with_dictionary(dict, cose).map_or(0, |z| z.len());
    println!("zlib (zopfli)         {p:>5}   with dictionary {d:>5}");
    println!(
        "PHR1 text             {:>5}   with dictionary {:>5} (version {} / {} at Q; version 22 holds {})",
        chars(p),
        chars(d),
        version_q(chars(p)),
        version_q(chars(d)),
        qr::text_capacity(qr::Ecc::Q, 22)
    );
    Ok(())
}
