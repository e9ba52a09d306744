//! Shared by the dictionary examples (`synth_records`, `build_dict`, `dict_sizes`): the command
//! line, the random stream, issuing generated records into COSE bytes the way deployed issuers
//! would, and reading the record files.

use ephr::card::{CardId, RecordId};
use ephr::{IssueOptions, IssuedCard, Issuer, Record, SecretKey};

/// The value after `name` on the command line.
pub fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// Reads a file of JSON records, one a line (as `synth_records` writes them).
pub fn read_jsonl(path: &str) -> Vec<Record> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run synth_records first"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Record::from_json(l).expect("generated records are valid"))
        .collect()
}

/// A deterministic stream of ids and choices (SplitMix64), so a run can be repeated exactly.
pub struct Ids(pub u64);

impl Ids {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Issues `record` at a time on its encounter day, with random card and record ids, as an
/// authority of its country of assessment with a random name (`CC-` and 3 to 8 letters) and a
/// random key. Real authority names and keys cannot be known in advance, so a dictionary must
/// not learn the training set's: only the `CC-` shape is common to all cards.
pub fn issue(record: &Record, ids: &mut Ids) -> IssuedCard {
    let country = &record.encounter.country;
    let letters = 3 + ids.next() % 6;
    let unit: String = (0..letters)
        .map(|_| char::from(b'A' + (ids.next() % 26) as u8))
        .collect();
    let authority = format!("{country}-{unit}");
    let mut seed = [0u8; 32];
    for chunk in seed.chunks_mut(8) {
        chunk.copy_from_slice(&ids.next().to_le_bytes());
    }
    let issuer = Issuer::new(SecretKey::from_seed(&seed), &authority).expect("authority id");
    let day = ephr::date::parse_full_date(&record.encounter.date)
        .map(ephr::date::to_epoch_days)
        .expect("encounter date");
    let opts = IssueOptions {
        issued_at: day * 86_400 + 7 * 3600 + (ids.next() % (10 * 3600)) as i64,
        card_id: Some(CardId(ids.next().to_be_bytes().to_vec())),
        record_id: Some(RecordId(ids.next().to_be_bytes().to_vec())),
        ..Default::default()
    };
    issuer.issue(record, &opts).expect("issue")
}

/// Median, 90th percentile and maximum of `v` (sorted in place).
pub fn summary(v: &mut [usize]) -> (usize, usize, usize) {
    v.sort_unstable();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.9), v[v.len() - 1])
}
