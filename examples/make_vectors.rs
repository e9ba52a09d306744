//! Regenerates the test vectors in `fixtures/vectors/` (one JSON file per case, in the style of
//! the EU DCC test data). The vectors are golden: `tests/vectors.rs` re-derives every stage and
//! compares. Regenerate only when the format changes on purpose, and say so in the commit.
//!
//! Run: `cargo run --example make_vectors` (all), or `cargo run --example make_vectors -- D` (only
//! the vectors whose name starts with `D`, to add new ones without rewriting the others).
//!
//! The signing seeds are public test keys; they are written into the vectors so that an
//! independent implementation can reproduce every signature (Ed25519 is deterministic).

use std::io::Write;

use ciborium::value::Value;
use ephr::card::{CardId, EntryLink, Part, RecordId};
use ephr::cose::{self, Sign1};
use ephr::date::{format_instant, parse_instant};
use ephr::trust::card_hash;
use ephr::{IssueOptions, Issuer, Record, SecretKey, cbor, envelope};
use serde_json::{Value as Json, json};
use sha2::Digest;

const ISSUER_SEED: [u8; 32] = [0x11; 32];
const OTHER_SEED: [u8; 32] = [0x22; 32];
const AUTHORITY: &str = "XV-VECTORS";

fn t(s: &str) -> i64 {
    parse_instant(s).expect("valid time literal")
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).expect("in-memory write");
    z.finish().expect("in-memory write")
}

/// Wraps COSE bytes the way ephr did before the preset dictionary (zopfli, no dictionary): the
/// vectors made before it keep their bytes.
fn wrap(cose: &[u8]) -> (Vec<u8>, String, String) {
    wrap_with(envelope::deflate_without_dictionary(cose))
}

fn wrap_with(compressed: Vec<u8>) -> (Vec<u8>, String, String) {
    let b45 = base45::encode(&compressed);
    let prefix = format!("PHR1:{b45}");
    (compressed, b45, prefix)
}

fn int(n: i64) -> Value {
    Value::Integer(n.into())
}

/// A COSE_Sign1 from explicit parts, signed correctly over whatever protected header is given.
fn raw_sign1(
    key: &SecretKey,
    protected: Value,
    unprotected: Value,
    payload: &[u8],
    tag: Option<u64>,
) -> Vec<u8> {
    let p = cbor::to_vec(&protected);
    let sig = key.sign(&cose::sig_structure(&p, payload));
    let arr = Value::Array(vec![
        Value::Bytes(p),
        unprotected,
        Value::Bytes(payload.to_vec()),
        Value::Bytes(sig.to_vec()),
    ]);
    cbor::to_vec(&match tag {
        Some(t) => Value::Tag(t, Box::new(arr)),
        None => arr,
    })
}

fn map(entries: Vec<(i64, Value)>) -> Value {
    Value::Map(entries.into_iter().map(|(k, v)| (int(k), v)).collect())
}

struct Ctx {
    not_before: i64,
    not_after: Option<i64>,
    revoked: Option<(&'static str, i64)>,
    revoked_cards: Vec<CardId>,
    clock: i64,
}

impl Default for Ctx {
    fn default() -> Self {
        Self {
            not_before: t("2026-01-01T00:00:00Z"),
            not_after: None,
            revoked: None,
            revoked_cards: Vec::new(),
            clock: t("2026-11-01T12:00:00Z"),
        }
    }
}

fn context(key: &SecretKey, c: &Ctx, description: &str) -> Json {
    let kid = key.public().kid();
    json!({
        "description": description,
        "authority": AUTHORITY,
        "authority_name": "Test vector authority",
        "authority_country": "GR",
        "public_key": hex::encode(key.public().to_bytes()),
        "kid": kid.to_string(),
        "key_not_before": format_instant(c.not_before),
        "key_not_after": c.not_after.map(format_instant),
        "key_revoked": c.revoked.map(|(reason, at)| json!({"reason": reason, "at": format_instant(at)})),
        "revoked_card_hashes": c.revoked_cards.iter().map(|id| hex::encode(card_hash(&kid, id))).collect::<Vec<_>>(),
        "validation_clock": format_instant(c.clock),
    })
}

fn write(name: &str, v: Json) {
    if let Some(only) = std::env::args().nth(1)
        && !name.starts_with(&only)
    {
        return;
    }
    let path = format!("fixtures/vectors/{name}.json");
    let mut s = serde_json::to_string_pretty(&v).expect("serializable");
    s.push('\n');
    std::fs::write(&path, s).expect("write vector");
    println!("wrote {path}");
}

fn params(iat: i64, exp: Option<i64>, card: &CardId, rid: &RecordId) -> Json {
    json!({
        "iat": format_instant(iat),
        "exp": exp.map(format_instant),
        "card_id": card.to_string(),
        "record_id": rid.to_string(),
    })
}

fn positive(
    name: &str,
    description: &str,
    record_json: &str,
    opts: IssueOptions,
    ctx: Ctx,
) -> ephr::IssuedCard {
    positive_with(name, description, record_json, opts, ctx, false)
}

/// A valid card; `dictionary`: compressed as ephr issues today, against the preset dictionary.
fn positive_with(
    name: &str,
    description: &str,
    record_json: &str,
    opts: IssueOptions,
    ctx: Ctx,
    dictionary: bool,
) -> ephr::IssuedCard {
    let key = SecretKey::from_seed(&ISSUER_SEED);
    let record = Record::from_json(record_json).expect("vector record is valid");
    let issuer = Issuer::new(SecretKey::from_seed(&ISSUER_SEED), AUTHORITY).expect("authority id");
    let card = issuer.issue(&record, &opts).expect("issue");
    let payload = cbor::claims_to_vec(card.claims()).expect("claims");
    let (compressed, b45, prefix) = if dictionary {
        wrap_with(envelope::deflate(card.cose()))
    } else {
        wrap(card.cose())
    };
    if dictionary {
        assert_eq!(prefix, card.text(), "ephr issues with the dictionary");
    }
    let mut v = context(&key, &ctx, description);
    v["signing_seed"] = hex::encode(ISSUER_SEED).into();
    v["params"] = params(
        opts.issued_at,
        opts.expires,
        &card.claims().card_id,
        &card.claims().entry.record_id,
    );
    if let Some(f) = opts.follows {
        v["params"]["follows"] = f.to_string().into();
    }
    if let Some(p) = opts.part {
        v["params"]["part"] = json!([p.index, p.count]);
    }
    v["record"] = serde_json::from_str(&card.claims().entry.record.to_json()).expect("json");
    v["cbor"] = hex::encode(&payload).into();
    v["cose"] = hex::encode(card.cose()).into();
    v["compressed"] = hex::encode(&compressed).into();
    v["base45"] = b45.into();
    v["prefix"] = prefix.into();
    if dictionary {
        let dict = envelope::CURRENT_DICTIONARY;
        assert_ne!(compressed[1] & 0x20, 0, "FDICT");
        v["dictionary"] = json!({
            "file": "dict/phr-dict-1.bin",
            "adler32": format!("{:08x}", envelope::adler32(dict)),
            "sha256": hex::encode(sha2::Sha256::digest(dict)),
            "size": dict.len(),
        });
    }
    v["expected"] = json!({"result": "valid"});
    write(name, v);
    card
}

fn negative(
    name: &str,
    description: &str,
    key: &SecretKey,
    ctx: Ctx,
    fields: Json,
    expected: &str,
) {
    let mut v = context(key, &ctx, description);
    if let Json::Object(m) = fields {
        for (k, val) in m {
            v[k] = val;
        }
    }
    v["expected"] = json!({"result": expected});
    write(name, v);
}

fn main() {
    std::fs::create_dir_all("fixtures/vectors").expect("mkdir");
    let reference = std::fs::read_to_string("fixtures/records/reference-full.json").expect("read");
    let minimal = r#"{
  "patient": { "birth_date": "2001", "sex": "male" },
  "encounter": { "date": "2026-10-12", "country": "IT" }
}"#;
    let card_id = CardId(hex::decode("c0ffee0000000001").expect("hex"));
    let record_id = RecordId(hex::decode("7ec0d1d000000001").expect("hex"));
    let iat = t("2026-10-14T09:30:00Z");
    let base = || IssueOptions {
        issued_at: iat,
        expires: None,
        card_id: Some(card_id.clone()),
        record_id: Some(record_id.clone()),
        follows: None,
        part: None,
    };
    let key = SecretKey::from_seed(&ISSUER_SEED);

    // --- positive ---
    let card = positive(
        "P1-reference-full",
        "The reference record: a complete initial assessment",
        &reference,
        base(),
        Ctx::default(),
    );
    positive(
        "P2-minimal",
        "The smallest valid record: no name, year of birth, encounter",
        minimal,
        IssueOptions {
            card_id: Some(CardId(hex::decode("c0ffee0000000002").expect("hex"))),
            ..base()
        },
        Ctx::default(),
    );
    positive(
        "P3-with-expiry",
        "A card with an expiry date, checked before it",
        minimal,
        IssueOptions {
            expires: Some(t("2027-10-14T00:00:00Z")),
            card_id: Some(CardId(hex::decode("c0ffee0000000003").expect("hex"))),
            ..base()
        },
        Ctx::default(),
    );
    positive(
        "P4-followup-part",
        "A follow-up entry (links to P1 by hash) that is part 2 of 2",
        minimal,
        IssueOptions {
            card_id: Some(CardId(hex::decode("c0ffee0000000004").expect("hex"))),
            follows: Some(EntryLink(ephr::card::entry_link(card.cose()).0)),
            part: Some(Part { index: 2, count: 2 }),
            ..base()
        },
        Ctx::default(),
    );
    positive(
        "P5-superseded-key-older-card",
        "The key was superseded after the card was issued: the card stays valid",
        minimal,
        IssueOptions {
            card_id: Some(CardId(hex::decode("c0ffee0000000005").expect("hex"))),
            ..base()
        },
        Ctx {
            revoked: Some(("superseded", t("2026-10-15T00:00:00Z"))),
            ..Ctx::default()
        },
    );

    // --- positive, compressed against the preset dictionary (issue 17) ---
    positive_with(
        "D1-dictionary-reference-full",
        "The reference record compressed against preset dictionary 1 (FDICT, Adler-32 05ed6ab2)",
        &reference,
        IssueOptions {
            card_id: Some(CardId(hex::decode("c0ffee00000000d1").expect("hex"))),
            ..base()
        },
        Ctx::default(),
        true,
    );
    positive_with(
        "D2-dictionary-minimal",
        "The smallest record compressed against preset dictionary 1",
        minimal,
        IssueOptions {
            card_id: Some(CardId(hex::decode("c0ffee00000000d2").expect("hex"))),
            ..base()
        },
        Ctx::default(),
        true,
    );

    // --- negative: the text envelope ---
    let good = wrap(card.cose()).2;
    let body = &good[5..];
    let n = |name: &str, d: &str, text: String, exp: &str| {
        negative(
            name,
            d,
            &key,
            Ctx::default(),
            json!({ "prefix": text }),
            exp,
        )
    };
    n(
        "H1-eu-dcc-prefix",
        "An EU DCC prefix (HC1:)",
        format!("HC1:{body}"),
        "wrong-prefix",
    );
    n(
        "H2-no-prefix",
        "No prefix at all",
        body.to_owned(),
        "wrong-prefix",
    );
    n(
        "H3-lowercase-prefix",
        "Lower-case prefix",
        format!("phr1:{body}"),
        "wrong-prefix",
    );
    n(
        "H4-unknown-version",
        "A future format version (PHR2:)",
        format!("PHR2:{body}"),
        "wrong-prefix",
    );
    n(
        "B1-bad-base45",
        "Characters outside the base45 alphabet",
        format!("PHR1:{}abc", &body[..body.len() - 3]),
        "bad-base45",
    );
    // Cut so that the base45 length is impossible (3n + 1 characters).
    let cut = match (body.len() + 2) % 3 {
        0 => 3,
        c => c,
    };
    n(
        "B2-truncated",
        "The text is cut off to an impossible base45 length",
        good[..good.len() - cut].to_owned(),
        "bad-base45",
    );
    n(
        "Z5-truncated-stream",
        "Cut off by three characters: valid base45, but the zlib stream ends early",
        good[..good.len() - 3].to_owned(),
        "bad-zlib",
    );
    n(
        "L1-too-long",
        "Longer than any QR code holds",
        format!("PHR1:{}", "0".repeat(envelope::MAX_TEXT_LEN)),
        "text-too-long",
    );
    let (_, _, p) = wrap(&[]);
    let mut compressed = envelope::deflate_without_dictionary(card.cose());
    let last = compressed.len() - 1;
    compressed[last] ^= 0x01; // Adler-32 checksum
    n(
        "Z1-broken-zlib",
        "The zlib checksum does not match",
        format!("PHR1:{}", base45::encode(&compressed)),
        "bad-zlib",
    );
    n(
        "Z2-not-compressed",
        "The COSE_Sign1 is base45-encoded without zlib",
        format!("PHR1:{}", base45::encode(card.cose())),
        "not-compressed",
    );
    let bomb = zlib(&vec![0u8; 2 * 1024 * 1024]);
    n(
        "Z3-decompression-bomb",
        "2 MiB of zeros in 2 KiB: refused before it is inflated",
        format!("PHR1:{}", base45::encode(&bomb)),
        "inflated-too-large",
    );
    let mut trailing = envelope::deflate_without_dictionary(card.cose());
    trailing.extend_from_slice(b"XX");
    n(
        "Z4-trailing-data",
        "Bytes after the end of the zlib stream",
        format!("PHR1:{}", base45::encode(&trailing)),
        "trailing-data",
    );
    let _ = p;

    // --- negative: CBOR and COSE structure ---
    let w = |cose: &[u8]| wrap(cose).2;
    n(
        "CBO1-bad-cbor",
        "The inflated data is not CBOR",
        w(&[0xd2, 0x84, 0x5f]),
        "bad-cbor",
    );
    let payload = cbor::claims_to_vec(card.claims()).expect("claims");
    let prot = |alg: i64| {
        map(vec![
            (1, int(alg)),
            (4, Value::Bytes(key.public().kid().0.to_vec())),
        ])
    };
    n(
        "CO1-untagged",
        "A COSE_Sign1 array without tag 18",
        w(&raw_sign1(&key, prot(-8), map(vec![]), &payload, None)),
        "not-tagged",
    );
    n(
        "CO2-cwt-tag",
        "Wrapped in the CWT tag 61 instead of bare tag 18",
        w(&cbor::to_vec(&Value::Tag(
            61,
            Box::new(cbor::from_slice(card.cose()).expect("cbor")),
        ))),
        "not-tagged",
    );
    let three = cbor::to_vec(&Value::Tag(
        18,
        Box::new(Value::Array(vec![
            Value::Bytes(cbor::to_vec(&prot(-8))),
            map(vec![]),
            Value::Bytes(payload.clone()),
        ])),
    ));
    n(
        "CO3-wrong-structure",
        "A 3-element COSE_Sign1 (no signature)",
        w(&three),
        "wrong-structure",
    );
    n(
        "CO4-wrong-algorithm",
        "Protected header says ES256 (-7)",
        w(&raw_sign1(&key, prot(-7), map(vec![]), &payload, Some(18))),
        "wrong-algorithm",
    );
    n(
        "CO5-ed25519-id-19",
        "Protected header says Ed25519 (-19); ephr pins -8",
        w(&raw_sign1(&key, prot(-19), map(vec![]), &payload, Some(18))),
        "wrong-algorithm",
    );
    let kid = Value::Bytes(key.public().kid().0.to_vec());
    n(
        "CO6-kid-unprotected",
        "The key id is only in the unprotected header",
        w(&raw_sign1(
            &key,
            map(vec![(1, int(-8))]),
            map(vec![(4, kid.clone())]),
            &payload,
            Some(18),
        )),
        "kid-not-protected",
    );
    n(
        "CO7-no-kid",
        "No key id anywhere",
        w(&raw_sign1(
            &key,
            map(vec![(1, int(-8))]),
            map(vec![]),
            &payload,
            Some(18),
        )),
        "missing-kid",
    );
    n(
        "CO8-unprotected-not-empty",
        "Key id in both headers (the unprotected one is not signed)",
        w(&raw_sign1(
            &key,
            prot(-8),
            map(vec![(4, kid.clone())]),
            &payload,
            Some(18),
        )),
        "unprotected-not-empty",
    );
    n(
        "CO9-crit-header",
        "A critical header parameter ephr does not know",
        w(&raw_sign1(
            &key,
            map(vec![
                (1, int(-8)),
                (2, Value::Array(vec![int(99)])),
                (4, kid.clone()),
            ]),
            map(vec![]),
            &payload,
            Some(18),
        )),
        "unknown-header",
    );
    // Protected header {4: kid, 1: -8}: the keys are not in deterministic order.
    let mut ph = Vec::new();
    ciborium::ser::into_writer(
        &Value::Map(vec![(int(4), kid.clone()), (int(1), int(-8))]),
        &mut ph,
    )
    .expect("encode");
    let sig = key.sign(&cose::sig_structure(&ph, &payload));
    let unsorted_header = cbor::to_vec(&Value::Tag(
        18,
        Box::new(Value::Array(vec![
            Value::Bytes(ph),
            map(vec![]),
            Value::Bytes(payload.clone()),
            Value::Bytes(sig.to_vec()),
        ])),
    ));
    n(
        "CO11-header-not-deterministic",
        "Protected header with kid before alg (not deterministic CBOR); correctly signed",
        w(&unsorted_header),
        "not-deterministic",
    );
    let trust_list_like = Sign1::sign(&key, Some(cose::TRUST_LIST_CONTENT_TYPE), &payload);
    n(
        "CO10-trust-list-as-card",
        "A trust list (content type set) offered as a card",
        w(&trust_list_like),
        "wrong-content-type",
    );

    // --- negative: signature and trust ---
    let by_other = Issuer::new(SecretKey::from_seed(&OTHER_SEED), AUTHORITY)
        .expect("id")
        .issue(&Record::from_json(minimal).expect("valid"), &base())
        .expect("issue");
    n(
        "S1-unknown-kid",
        "Signed by a key that is not in the trust list",
        by_other.text().to_owned(),
        "unknown-kid",
    );
    let mut bad_sig = card.cose().to_vec();
    let l = bad_sig.len();
    bad_sig[l - 1] ^= 0x01;
    n(
        "S2-bad-signature",
        "One bit of the signature flipped",
        w(&bad_sig),
        "bad-signature",
    );
    // Payload altered after signing: the kid and alg are right, the signature covers other bytes.
    let mut altered = card.claims().clone();
    altered.issued_at -= 86_400;
    let altered_payload = cbor::claims_to_vec(&altered).expect("claims");
    let mut sig_mismatch = cbor::from_slice(card.cose()).expect("cbor");
    if let Value::Tag(_, inner) = &mut sig_mismatch
        && let Value::Array(a) = inner.as_mut()
    {
        a[2] = Value::Bytes(altered_payload);
    }
    n(
        "S3-payload-altered",
        "The payload was changed after signing (back-dated iat)",
        w(&cbor::to_vec(&sig_mismatch)),
        "bad-signature",
    );
    let mismatch = Issuer::new(SecretKey::from_seed(&ISSUER_SEED), "XV-SOMEONE-ELSE")
        .expect("id")
        .issue(&Record::from_json(minimal).expect("valid"), &base())
        .expect("issue");
    n(
        "S4-issuer-mismatch",
        "The iss claim names an authority that does not own the key",
        mismatch.text().to_owned(),
        "issuer-mismatch",
    );

    // --- negative: time ---
    let neg_ctx = |name: &str, d: &str, text: &str, ctx: Ctx, exp: &str| {
        negative(name, d, &key, ctx, json!({ "prefix": text }), exp)
    };
    neg_ctx(
        "T1-clock-before-iat",
        "Validation clock one day before iat",
        &good,
        Ctx {
            clock: iat - 86_400,
            ..Ctx::default()
        },
        "not-yet-valid",
    );
    let expiring = Issuer::new(SecretKey::from_seed(&ISSUER_SEED), AUTHORITY)
        .expect("id")
        .issue(
            &Record::from_json(minimal).expect("valid"),
            &IssueOptions {
                expires: Some(t("2026-10-31T00:00:00Z")),
                ..base()
            },
        )
        .expect("issue");
    neg_ctx(
        "T2-expired",
        "Validation clock after exp",
        expiring.text(),
        Ctx::default(),
        "expired",
    );
    neg_ctx(
        "T3-before-key-validity",
        "Issued before the key's validity window",
        &good,
        Ctx {
            not_before: t("2026-10-15T00:00:00Z"),
            ..Ctx::default()
        },
        "key-not-yet-valid",
    );
    neg_ctx(
        "T4-after-key-validity",
        "Issued after the key's validity window ended",
        &good,
        Ctx {
            not_after: Some(t("2026-10-01T00:00:00Z")),
            ..Ctx::default()
        },
        "key-expired",
    );

    // --- negative: revocation ---
    neg_ctx(
        "R1-key-compromised",
        "The key was compromised (after the card's iat: still rejected)",
        &good,
        Ctx {
            revoked: Some(("compromised", t("2026-10-20T00:00:00Z"))),
            ..Ctx::default()
        },
        "key-compromised",
    );
    neg_ctx(
        "R2-key-superseded",
        "The key was superseded before the card's iat",
        &good,
        Ctx {
            revoked: Some(("superseded", t("2026-10-01T00:00:00Z"))),
            ..Ctx::default()
        },
        "key-superseded",
    );
    neg_ctx(
        "R3-card-revoked",
        "The card itself is revoked",
        &good,
        Ctx {
            revoked_cards: vec![card_id.clone()],
            ..Ctx::default()
        },
        "card-revoked",
    );

    // --- negative: signed but malformed content ---
    let signed = |payload: Vec<u8>| w(&Sign1::sign(&key, None, &payload));
    let mut claims_v = cbor::from_slice(&payload).expect("cbor");
    if let Value::Map(m) = &mut claims_v {
        m.push((int(99), Value::Text("unexpected".into())));
    }
    n(
        "CL1-unknown-claim",
        "A claim ephr does not know (key 99), properly signed",
        signed(cbor::to_vec(&claims_v)),
        "bad-claims",
    );
    let mut unsorted = payload.clone();
    // Swap to non-deterministic order by re-encoding the map reversed.
    if let Value::Map(mut m) = cbor::from_slice(&payload).expect("cbor") {
        m.reverse();
        let mut out = Vec::new();
        ciborium::ser::into_writer(&Value::Map(m), &mut out).expect("encode");
        unsorted = out;
    }
    n(
        "CL2-not-deterministic",
        "Claims map keys not in deterministic order",
        signed(unsorted),
        "bad-claims",
    );
    let mut no_cti = cbor::from_slice(&payload).expect("cbor");
    if let Value::Map(m) = &mut no_cti {
        m.retain(|(k, _)| *k != int(7));
    }
    n(
        "CL3-missing-cti",
        "No card id (cti)",
        signed(cbor::to_vec(&no_cti)),
        "bad-claims",
    );
    let bad_icd = String::from_utf8_lossy(&payload).contains("E11.9");
    assert!(bad_icd, "the reference record has E11.9");
    let invalid =
        hex::decode(hex::encode(&payload).replace(&hex::encode("E11.9"), &hex::encode("E1X.9")))
            .expect("hex");
    n(
        "CL4-invalid-icd10",
        "A signed record with a malformed ICD-10 code",
        signed(invalid),
        "invalid-content",
    );
}
