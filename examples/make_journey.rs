//! Regenerates the three-country journey in `fixtures/journey/`: an initial assessment in
//! Greece, a follow-up vaccination in Serbia and a destination-clinic visit in Italy, each signed
//! by its own authority key, all three keys in one trust list signed by the demo anchor.
//!
//! Run: `cargo run --example make_journey`
//!
//! Everything is fixed (key seeds, ids, times) and Ed25519 and zopfli are deterministic, so a
//! rerun writes the same bytes. The person is synthetic. The keys are public test keys.

use std::path::{Path, PathBuf};

use ephr::bundle::Bundle;
use ephr::card::{CardId, RecordId};
use ephr::date::parse_instant;
use ephr::issue::{follow_up_options, follow_up_record};
use ephr::keys::write_public_key;
use ephr::qr::{self, Ecc};
use ephr::{
    AuthorityKey, IssueOptions, IssuedCard, Issuer, Record, SecretKey, TrustList, VerifiedCard,
    trust, verify_text,
};

/// One stop of the journey.
struct Stop {
    authority: &'static str,
    name: &'static str,
    country: &'static str,
    seed: u8,
    json: &'static str,
    card_id: &'static str,
    at: &'static str,
    out: &'static str,
}

const STOPS: [Stop; 3] = [
    Stop {
        authority: "GR-EODY-LESVOS",
        name: "EODY Lesvos RIC medical unit (fixture)",
        country: "GR",
        seed: 0x47,
        json: "1-gr-initial.json",
        card_id: "c0ffee0000000101",
        at: "2026-10-14T15:30:00Z",
        out: "1-gr.txt",
    },
    Stop {
        authority: "RS-PRESEVO-HP",
        name: "Presevo reception centre health post (fixture)",
        country: "RS",
        seed: 0x52,
        json: "2-rs-followup.json",
        card_id: "c0ffee0000000201",
        at: "2026-11-20T11:00:00Z",
        out: "2-rs.txt",
    },
    Stop {
        authority: "IT-ASL-ROMA1",
        name: "ASL Roma 1 migrant health clinic (fixture)",
        country: "IT",
        seed: 0x49,
        json: "3-it-followup.json",
        card_id: "c0ffee0000000301",
        at: "2027-01-18T10:00:00Z",
        out: "3-it.txt",
    },
];

const RECORD_ID: &str = "4a0a2e0000000001";
const LIST_ISSUED: &str = "2026-09-01T00:00:00Z";
const LIST_NEXT_UPDATE: &str = "2036-09-01T00:00:00Z";

fn t(s: &str) -> i64 {
    parse_instant(s).expect("valid time literal")
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/journey");
    let anchor_pem = std::fs::read_to_string(dir.join("../../keys/demo-anchor.key.pem"))
        .expect("keys/demo-anchor.key.pem");
    let anchor = SecretKey::from_pem(&anchor_pem, None, "demo anchor").expect("demo anchor key");

    let keys_dir = dir.join("keys");
    std::fs::create_dir_all(&keys_dir).expect("create fixtures/journey/keys");
    let mut list = TrustList::new(t(LIST_ISSUED), t(LIST_NEXT_UPDATE));
    for s in &STOPS {
        let key = SecretKey::from_seed(&[s.seed; 32]);
        let sk = keys_dir.join(format!("{}.key.pem", s.authority));
        let _ = std::fs::remove_file(&sk);
        key.write(&sk, None).expect("write private key");
        let pk = keys_dir.join(format!("{}.pub.pem", s.authority));
        let _ = std::fs::remove_file(&pk);
        write_public_key(&pk, &key.public()).expect("write public key");
        list.add_key(
            s.authority,
            s.name,
            s.country,
            AuthorityKey {
                key: key.public(),
                not_before: t(LIST_ISSUED),
                not_after: None,
                revoked: None,
            },
        )
        .expect("add authority");
    }
    let signed_list = list.sign(&anchor);
    trust::write_file(&dir.join("trust-list.cose"), &signed_list).expect("write trust list");

    let mut bundle = Bundle::new();
    let mut all = String::new();
    let mut previous: Option<VerifiedCard> = None;
    for s in &STOPS {
        let json = std::fs::read_to_string(dir.join(s.json)).expect("journey record");
        let at = t(s.at);
        let (record, mut opts) = match &previous {
            None => (
                Record::from_json(&json).expect("valid initial record"),
                IssueOptions {
                    issued_at: at,
                    record_id: RecordId::from_hex(RECORD_ID),
                    ..Default::default()
                },
            ),
            Some(p) => (
                follow_up_record(&json, &p.claims().entry.record).expect("valid follow-up"),
                follow_up_options(p, at),
            ),
        };
        opts.card_id = CardId::from_hex(s.card_id);
        let issuer = Issuer::new(SecretKey::from_seed(&[s.seed; 32]), s.authority).unwrap();
        let fits = |t: &str| qr::encode(t, Ecc::Q).is_ok_and(|c| c.version() <= 25);
        let cards: Vec<IssuedCard> = issuer.issue_split(&record, &opts, &fits).expect("issue");
        assert_eq!(
            cards.len(),
            1,
            "{}: the journey entries are single cards",
            s.out
        );
        let card = &cards[0];
        write(&dir, s.out, format!("{}\n", card.text()));
        all.push_str(card.text());
        all.push('\n');
        bundle.push(card.cose().to_vec()).expect("bundle entry");
        let trusted = TrustList::open(&signed_list, &anchor.public()).expect("own list");
        previous = Some(verify_text(card.text(), &trusted, at).expect("entry verifies"));
        println!(
            "{}: card {} ({} characters, QR version {} at Q)",
            s.out,
            card.claims().card_id,
            card.text().len(),
            qr::encode(card.text(), Ecc::Q).map_or(0, |c| c.version())
        );
    }
    write(&dir, "journey.txt", all);
    bundle
        .write(&dir.join("journey.phr"))
        .expect("write journey.phr");
    println!(
        "journey.phr: {} entries, {} bytes",
        bundle.len(),
        bundle.to_bytes().len()
    );
}

fn write(dir: &Path, name: &str, content: String) {
    std::fs::write(dir.join(name), content).expect("write fixture");
}
