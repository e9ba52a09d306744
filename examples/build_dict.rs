//! Builds the preset zlib dictionary for PHR1 cards from generated records (issue 17,
//! docs/FORMAT.md §2.1), or measures how the gain grows with its size.
//!
//! ```sh
//! cargo run --release --example synth_records -- --seed 1 --count 2000 --out target/dict/train.jsonl
//! cargo run --release --example synth_records -- --seed 3 --count 300 --out target/dict/validate.jsonl
//! cargo run --release --example build_dict -- --train target/dict/train.jsonl --size 1024 --out dict/phr-dict-1.bin
//! cargo run --release --example build_dict -- --train target/dict/train.jsonl --curve target/dict/validate.jsonl
//! ```
//!
//! The training set is COSE_Sign1 bytes of generated cards, never the fixtures or the vectors.
//! Selection follows zstd's COVER algorithm (Liao, Petri, Moffat, Wirth, "Effective construction
//! of relative Lempel-Ziv dictionaries", WWW 2016): every d-byte string is scored by the number of
//! training cards that contain it; the training bytes are cut into one epoch per segment, and from
//! each epoch the k-byte segment whose not-yet-covered d-byte strings score highest is taken.
//! Segments are placed from the end of the dictionary backwards in the order they are chosen,
//! so the best sit nearest the data, where a back reference is cheapest (zlib's advice for
//! `deflateSetDictionary`).

#[allow(dead_code)]
mod dict_common;

use std::collections::HashMap;

use dict_common::{Ids, arg, issue, read_jsonl};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let train = arg("--train").ok_or("--train FILE is required")?;
    let mut ids = Ids(17);
    let samples: Vec<Vec<u8>> = read_jsonl(&train)
        .iter()
        .map(|r| issue(r, &mut ids).cose().to_vec())
        .collect();
    eprintln!(
        "{} training cards, {} bytes of COSE_Sign1",
        samples.len(),
        samples.iter().map(Vec::len).sum::<usize>()
    );
    let d: usize = arg("--d").map_or(Ok(6), |s| s.parse())?;
    let k: usize = arg("--k").map_or(Ok(24), |s| s.parse())?;
    if let Some(validate) = arg("--curve") {
        let mut ids = Ids(33);
        let held: Vec<Vec<u8>> = read_jsonl(&validate)
            .iter()
            .map(|r| issue(r, &mut ids).cose().to_vec())
            .collect();
        let plain: usize = held.iter().map(|c| compressed(&[], c)).sum();
        println!("validation cards: {}", held.len());
        println!(
            "size  d  k   mean zlib bytes  saved/card  (no dictionary: {:.1})",
            mean(plain, held.len())
        );
        let sizes: Vec<usize> = arg("--sizes")
            .unwrap_or_else(|| "256,512,768,1024,1536,2048,3072,4096".into())
            .split(',')
            .map(|s| s.parse().expect("size"))
            .collect();
        let ds: Vec<usize> = arg("--ds")
            .unwrap_or_else(|| d.to_string())
            .split(',')
            .map(|s| s.parse().expect("d"))
            .collect();
        let ks: Vec<usize> = arg("--ks")
            .unwrap_or_else(|| k.to_string())
            .split(',')
            .map(|s| s.parse().expect("k"))
            .collect();
        for &size in &sizes {
            for &d in &ds {
                for &k in &ks {
                    let dict = cover(&samples, size, d, k);
                    let total: usize = held.iter().map(|c| compressed(&dict, c)).sum();
                    println!(
                        "{size:>5} {d:>2} {k:>3}  {:>15.1}  {:>10.1}",
                        mean(total, held.len()),
                        mean(plain, held.len()) - mean(total, held.len())
                    );
                }
            }
        }
        return Ok(());
    }
    let size: usize = arg("--size").map_or(Ok(1024), |s| s.parse())?;
    let out = arg("--out").ok_or("--out FILE is required")?;
    let dict = cover(&samples, size, d, k);
    std::fs::write(&out, &dict)?;
    println!(
        "wrote {out}: {} bytes, Adler-32 {:08x}",
        dict.len(),
        ephr::envelope::adler32(&dict)
    );
    Ok(())
}

fn mean(total: usize, n: usize) -> f64 {
    total as f64 / n as f64
}

/// zlib bytes of `cose` with zopfli as ephr issues, against `dict` (none when empty).
fn compressed(dict: &[u8], cose: &[u8]) -> usize {
    if dict.is_empty() {
        ephr::envelope::deflate_without_dictionary(cose).len()
    } else {
        ephr::envelope::deflate_with_dictionary(dict, cose)
            .expect("zopfli")
            .len()
    }
}

/// COVER: a dictionary of at most `size` bytes from segments of `k` bytes scored by d-mers.
fn cover(samples: &[Vec<u8>], size: usize, d: usize, k: usize) -> Vec<u8> {
    // How many samples contain each d-mer (once a sample).
    let mut freq: HashMap<&[u8], u32> = HashMap::new();
    for s in samples {
        let mut seen: Vec<&[u8]> = s.windows(d).collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *freq.entry(w).or_default() += 1;
        }
    }
    // A d-mer in only one card is noise (ids, signatures): never worth a byte.
    freq.retain(|_, n| *n >= 2);
    let segments = size.div_ceil(k).max(1);
    let epoch = samples.len().div_ceil(segments).max(1);
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut used = 0;
    let mut round = 0;
    while used < size && round < 4 {
        let before = used;
        for group in samples.chunks(epoch) {
            if used >= size {
                break;
            }
            let Some(seg) = best_segment(group, &freq, d, k) else {
                continue;
            };
            for w in seg.windows(d) {
                freq.remove(w);
            }
            used += seg.len();
            pieces.push(seg);
        }
        if used == before {
            break;
        }
        round += 1;
    }
    // The first chosen is the most valuable: it goes last, nearest the data.
    let mut dict: Vec<u8> = pieces.iter().rev().flatten().copied().collect();
    if dict.len() > size {
        dict.drain(..dict.len() - size);
    }
    dict
}

/// The k-byte segment of `group` (within one sample) whose distinct d-mers score highest.
fn best_segment(
    group: &[Vec<u8>],
    freq: &HashMap<&[u8], u32>,
    d: usize,
    k: usize,
) -> Option<Vec<u8>> {
    let mut best: Option<(u64, &[u8])> = None;
    for s in group {
        if s.len() < k {
            continue;
        }
        let mut active: HashMap<&[u8], u32> = HashMap::new();
        let mut score: u64 = 0;
        let dmers = k - d + 1;
        for (i, w) in s.windows(d).enumerate() {
            let c = active.entry(w).or_default();
            if *c == 0 {
                score += u64::from(freq.get(w).copied().unwrap_or(0));
            }
            *c += 1;
            if i >= dmers {
                let old = &s[i - dmers..i - dmers + d];
                let c = active.get_mut(old).expect("in window");
                *c -= 1;
                if *c == 0 {
                    score -= u64::from(freq.get(old).copied().unwrap_or(0));
                }
            }
            if i + 1 >= dmers && best.is_none_or(|(b, _)| score > b) {
                let start = i + 1 - dmers;
                best = Some((score, &s[start..start + k]));
            }
        }
    }
    best.filter(|(s, _)| *s > 0).map(|(_, seg)| seg.to_vec())
}
