//! Runs every test vector in `fixtures/vectors/` (made by `examples/make_vectors.rs`).
//!
//! Positive vectors are golden: re-issuing the record with the vector's seed and parameters must
//! give exactly the stored CBOR and COSE bytes (Ed25519 is deterministic), and every later stage
//! must decode to the one before. Negative vectors must fail with exactly the stored error code.

use std::collections::BTreeSet;
use std::path::Path;

use ephr::card::{CardId, EntryLink, Part, RecordId};
use ephr::date::parse_instant;
use ephr::trust::{KeyRevocation, RevocationReason};
use ephr::{
    AuthorityKey, IssueOptions, Issuer, PublicKey, Record, SecretKey, TrustList, UnverifiedCard,
    cbor, envelope, qr,
};
use serde_json::Value;

fn time(v: &Value) -> i64 {
    parse_instant(v.as_str().expect("time is a string")).expect("valid time")
}

fn opt_time(v: &Value) -> Option<i64> {
    (!v.is_null()).then(|| time(v))
}

fn trust_list(v: &Value) -> TrustList {
    let key: [u8; 32] = hex::decode(v["public_key"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let key = PublicKey::from_bytes(&key).unwrap();
    let mut list = TrustList::new(0, i64::MAX / 2);
    let revoked = (!v["key_revoked"].is_null()).then(|| KeyRevocation {
        reason: match v["key_revoked"]["reason"].as_str().unwrap() {
            "superseded" => RevocationReason::Superseded,
            "compromised" => RevocationReason::Compromised,
            r => panic!("unknown reason {r}"),
        },
        at: time(&v["key_revoked"]["at"]),
    });
    list.add_key(
        v["authority"].as_str().unwrap(),
        v["authority_name"].as_str().unwrap(),
        v["authority_country"].as_str().unwrap(),
        AuthorityKey {
            key,
            not_before: time(&v["key_not_before"]),
            not_after: opt_time(&v["key_not_after"]),
            revoked,
        },
    )
    .unwrap();
    for h in v["revoked_card_hashes"].as_array().unwrap() {
        list.revoked_cards.push(
            hex::decode(h.as_str().unwrap())
                .unwrap()
                .try_into()
                .unwrap(),
        );
    }
    list.revoked_cards.sort();
    list
}

fn outcome(text: &str, list: &TrustList, clock: i64) -> String {
    match ephr::verify::verify_text(text, list, clock) {
        Ok(_) => "valid".into(),
        Err(e) => e.code().into(),
    }
}

fn check_positive(name: &str, v: &Value, list: &TrustList, clock: i64) {
    let h = |k: &str| hex::decode(v[k].as_str().unwrap()).unwrap();
    let seed: [u8; 32] = h("signing_seed").try_into().unwrap();
    let p = &v["params"];
    let record = Record::from_json(&v["record"].to_string()).unwrap();
    let opts = IssueOptions {
        issued_at: time(&p["iat"]),
        expires: opt_time(&p["exp"]),
        card_id: Some(CardId::from_hex(p["card_id"].as_str().unwrap()).unwrap()),
        record_id: Some(RecordId::from_hex(p["record_id"].as_str().unwrap()).unwrap()),
        follows: p.get("follows").map(|f| {
            EntryLink(
                hex::decode(f.as_str().unwrap())
                    .unwrap()
                    .try_into()
                    .unwrap(),
            )
        }),
        part: p.get("part").map(|a| Part {
            index: a[0].as_u64().unwrap() as u8,
            count: a[1].as_u64().unwrap() as u8,
        }),
    };
    let issuer = Issuer::new(
        SecretKey::from_seed(&seed),
        v["authority"].as_str().unwrap(),
    )
    .unwrap();
    let card = issuer.issue(&record, &opts).unwrap();
    // Golden bytes: deterministic CBOR and deterministic Ed25519.
    assert_eq!(
        hex::encode(cbor::claims_to_vec(card.claims()).unwrap()),
        v["cbor"].as_str().unwrap(),
        "{name}: CBOR differs from the golden vector"
    );
    assert_eq!(
        hex::encode(card.cose()),
        v["cose"].as_str().unwrap(),
        "{name}: COSE differs from the golden vector"
    );
    // Each stage decodes to the one before (compression output itself may vary by compressor).
    assert_eq!(
        envelope::inflate(&h("compressed")).unwrap(),
        h("cose"),
        "{name}"
    );
    assert_eq!(
        base45::encode(h("compressed")),
        v["base45"].as_str().unwrap(),
        "{name}"
    );
    let prefix = v["prefix"].as_str().unwrap();
    assert_eq!(prefix, format!("PHR1:{}", v["base45"].as_str().unwrap()));
    assert_eq!(
        hex::encode(envelope::decode(prefix).unwrap()),
        v["cose"].as_str().unwrap()
    );
    // The verified record is the record, and the COSE path agrees with the text path.
    let verified = UnverifiedCard::from_cose(&h("cose"))
        .unwrap()
        .verify(list, clock)
        .unwrap();
    assert_eq!(verified.claims().entry.record, record, "{name}");
    assert_eq!(verified.kid().to_string(), v["kid"].as_str().unwrap());
    // The picture stage: render and scan back.
    let img = qr::encode(prefix, qr::Ecc::Q).unwrap().to_image(3);
    assert_eq!(qr::scan(&img).unwrap(), vec![prefix.to_string()], "{name}");
}

#[test]
fn all_vectors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/vectors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 40,
        "expected the full vector set, found {}",
        files.len()
    );
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let list = trust_list(&v);
        let clock = time(&v["validation_clock"]);
        let expected = v["expected"]["result"].as_str().unwrap();
        let got = outcome(v["prefix"].as_str().unwrap(), &list, clock);
        if got != expected {
            failures.push(format!("{name}: expected {expected}, got {got}"));
            continue;
        }
        seen.insert(expected.to_string());
        if expected == "valid" {
            check_positive(&name, &v, &list, clock);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every rejection path has at least one vector.
    let all = [
        "valid",
        "wrong-prefix",
        "bad-base45",
        "text-too-long",
        "bad-zlib",
        "not-compressed",
        "inflated-too-large",
        "trailing-data",
        "bad-cbor",
        "not-deterministic",
        "not-tagged",
        "wrong-structure",
        "wrong-algorithm",
        "kid-not-protected",
        "missing-kid",
        "unprotected-not-empty",
        "unknown-header",
        "wrong-content-type",
        "unknown-kid",
        "bad-signature",
        "issuer-mismatch",
        "not-yet-valid",
        "expired",
        "key-not-yet-valid",
        "key-expired",
        "key-compromised",
        "key-superseded",
        "card-revoked",
        "bad-claims",
        "invalid-content",
    ];
    let missing: Vec<_> = all.iter().filter(|c| !seen.contains(**c)).collect();
    assert!(missing.is_empty(), "no vector for {missing:?}");
}

/// The vectors compressed against a preset dictionary (issue 17) name the published file, and
/// that file is the one ephr carries: its bytes, Adler-32 (the name in the zlib header) and
/// SHA-256 (the hash docs/FORMAT.md publishes) all agree.
#[test]
fn dictionary_vectors_name_the_published_dictionary() {
    use sha2::Digest;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("fixtures/vectors")).unwrap() {
        let path = entry.unwrap().path();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(d) = v.get("dictionary") else {
            continue;
        };
        let name = path.display();
        let file = std::fs::read(root.join(d["file"].as_str().unwrap())).unwrap();
        assert!(
            envelope::DICTIONARIES.contains(&file.as_slice()),
            "{name}: ephr does not carry {}",
            d["file"]
        );
        assert_eq!(d["size"].as_u64(), Some(file.len() as u64), "{name}");
        assert_eq!(
            d["sha256"].as_str().unwrap(),
            hex::encode(sha2::Sha256::digest(&file)),
            "{name}"
        );
        let adler = format!("{:08x}", envelope::adler32(&file));
        assert_eq!(d["adler32"].as_str().unwrap(), adler, "{name}");
        // The zlib header: FDICT set, then the dictionary's Adler-32, big-endian.
        let compressed = hex::decode(v["compressed"].as_str().unwrap()).unwrap();
        assert_ne!(compressed[1] & 0x20, 0, "{name}: FDICT");
        assert_eq!(hex::encode(&compressed[2..6]), adler, "{name}");
        checked += 1;
    }
    assert!(
        checked >= 2,
        "expected the dictionary vectors, found {checked}"
    );
}
