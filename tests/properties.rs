//! Property tests: every decoder refuses damage and never panics.

use std::sync::OnceLock;

use ephr::{
    AuthorityKey, IssueOptions, Issuer, Record, SecretKey, TrustList, UnverifiedCard, cbor, cose,
    envelope, input, qr, trust,
};
use proptest::prelude::*;

const T0: i64 = 1_792_000_000;
const BASE45: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

struct Fixture {
    text: String,
    cose: Vec<u8>,
    list: TrustList,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let key = SecretKey::from_seed(&[5; 32]);
        let mut list = TrustList::new(T0, T0 + 86_400 * 365);
        list.add_key(
            "GR-PROP",
            "Property test authority",
            "GR",
            AuthorityKey {
                key: key.public(),
                not_before: T0,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        let json = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/records/reference-full.json"
        ))
        .unwrap();
        let record = Record::from_json(&json).unwrap();
        let card = Issuer::new(key, "GR-PROP")
            .unwrap()
            .issue(
                &record,
                &IssueOptions {
                    issued_at: T0 + 60,
                    ..Default::default()
                },
            )
            .unwrap();
        Fixture {
            text: card.text().to_string(),
            cose: card.cose().to_vec(),
            list,
        }
    })
}

fn check(text: &str) -> Result<(), String> {
    let f = fixture();
    UnverifiedCard::from_text(text)
        .map_err(|e| e.to_string())?
        .verify(&f.list, T0 + 3600)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[test]
fn the_fixture_is_valid() {
    check(&fixture().text).unwrap();
}

#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Delete(usize),
    Insert(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let ch = prop_oneof![
        4 => proptest::sample::select(BASE45.to_vec()),
        1 => any::<u8>().prop_filter("ascii", |c| c.is_ascii()),
    ];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Edit::Replace(i, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), ch).prop_map(|(i, c)| Edit::Insert(i, c)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 768, .. ProptestConfig::default() })]

    /// Any single-character change to a valid card is rejected with an error.
    #[test]
    fn any_single_change_is_rejected(e in edit()) {
        let f = fixture();
        let mut t = f.text.clone().into_bytes();
        match e {
            Edit::Replace(i, c) => {
                let i = i % t.len();
                prop_assume!(t[i] != c);
                t[i] = c;
            }
            Edit::Delete(i) => { t.remove(i % t.len()); }
            Edit::Insert(i, c) => t.insert(i % (t.len() + 1), c),
        }
        let text = String::from_utf8(t).unwrap();
        prop_assert!(check(&text).is_err(), "accepted a changed card: {e:?}");
    }

    /// Any single-byte change to the signed COSE bytes is rejected.
    #[test]
    fn any_cose_byte_change_is_rejected(i in any::<usize>(), x in 1u8..=255) {
        let f = fixture();
        let mut c = f.cose.clone();
        let i = i % c.len();
        c[i] ^= x;
        let r = UnverifiedCard::from_cose(&c)
            .map_err(ephr::VerifyError::from)
            .and_then(|u| u.verify(&f.list, T0 + 3600));
        prop_assert!(r.is_err());
    }

    /// ephr's own base45 decoder agrees with the `base45` crate wherever it accepts, and is never
    /// more lenient. (The crate accepts a final two-character group above 255, which RFC 9285 §4
    /// forbids: `base45_final_group_overflow_is_rejected` below.)
    #[test]
    fn base45_decoder_agrees_with_the_crate(
        b in proptest::collection::vec(any::<u8>(), 0..200),
        s in "[0-9A-Za-z $%*+./:-]{0,60}",
    ) {
        prop_assert_eq!(envelope::base45_decode(&base45::encode(&b)).unwrap(), b);
        if let Ok(ours) = envelope::base45_decode(&s) {
            prop_assert_eq!(Some(ours), base45::decode(&s).ok(), "input {:?}", s);
        }
    }

    #[test]
    fn text_decoder_never_panics(s in ".{0,300}", b45 in "[0-9A-Z $%*+./:-]{0,400}") {
        let _ = envelope::decode(&s);
        let _ = check(&format!("PHR1:{b45}"));
        let _ = Record::from_json(&s);
    }

    #[test]
    fn byte_decoders_never_panic(b in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = envelope::inflate(&b);
        let _ = cbor::from_slice(&b);
        let _ = cbor::claims_from_slice(&b);
        let _ = cose::Sign1::parse(&b);
        let _ = UnverifiedCard::from_cose(&b).map(|u| u.claims_unverified());
        let _ = TrustList::open_unverified(&b);
        let _ = input::from_bytes("fuzz", &b);
        let _ = qr::decode_image(&b);
        let mut tagged = vec![0xd2];
        tagged.extend_from_slice(&b);
        let _ = cose::Sign1::parse(&tagged);
        let _ = check(&envelope::encode(&tagged));
    }

    /// Structured garbage: valid CBOR of random shape where claims and entries are expected.
    #[test]
    fn cbor_shaped_input_never_panics(v in cbor_value()) {
        let bytes = cbor::to_vec(&v);
        let _ = cbor::claims_from_slice(&bytes);
        let _ = cbor::entry_from_value(v.clone());
        let f = fixture();
        let _ = check(&envelope::encode(&cose::Sign1::sign(&SecretKey::from_seed(&[5; 32]), None, &bytes)));
        let _ = TrustList::open(&cose::Sign1::sign(&SecretKey::from_seed(&[5; 32]), Some(cose::TRUST_LIST_CONTENT_TYPE), &bytes), &SecretKey::from_seed(&[5; 32]).public());
        let _ = f;
    }
}

fn cbor_value() -> impl Strategy<Value = ciborium::value::Value> {
    use ciborium::value::Value;
    let leaf = prop_oneof![
        (-70_000i64..70_000).prop_map(|i| Value::Integer(i.into())),
        "[a-zA-Z0-9.-]{0,12}".prop_map(Value::Text),
        proptest::collection::vec(any::<u8>(), 0..20).prop_map(Value::Bytes),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec(
                ((0i64..24).prop_map(|k| Value::Integer(k.into())), inner),
                0..8
            )
            .prop_map(Value::Map),
        ]
    })
}

#[test]
fn oversized_trust_list_is_refused_before_parsing() {
    let big = vec![0u8; trust::MAX_TRUST_LIST_LEN + 1];
    assert!(matches!(
        TrustList::open_unverified(&big),
        Err(ephr::TrustError::TooLarge)
    ));
}

#[test]
fn base45_final_group_overflow_is_rejected() {
    // " *" = 36 + 39 × 45 = 1791 > 255: RFC 9285 says this is an error. The `base45` crate
    // (3.2.0) decodes it to 0xff instead, which is why ephr decodes base45 itself.
    assert!(envelope::base45_decode("*-A *").is_err());
    assert!(envelope::base45_decode(":::").is_err(), "91124 > 65535");
    assert_eq!(envelope::base45_decode("%69 VD92EX0").unwrap(), b"Hello!!");
    assert_eq!(envelope::base45_decode("UJCLQE7W581").unwrap(), b"base-45");
}
