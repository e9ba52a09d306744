//! Interoperability with independent COSE / CWT implementations.
//!
//! ephr's cards must be readable, and writable, by software that shares no code with ephr: a clinic
//! or an EHR vendor will use a general COSE library, not this crate. These tests drive two small
//! Python programs in `tests/interop/`:
//!
//! - `verify_with_pycose.py` unwraps a PHR1 text with `base45` and Python's `zlib` (given the
//!   published preset dictionary as `zdict` when the stream names one), verifies the
//!   COSE_Sign1 with `pycose` (and again with the `cwt` package) and prints a JSON summary;
//! - `sign_with_pycose.py` is an independent issuer: it builds the claims with `cbor2`, signs them
//!   with `pycose` and wraps them as PHR1 text.
//!
//! Both directions are checked, with forged and tampered cards as well as good ones.
//!
//! The Python side is the interpreter named by `EPHR_PYTHON`, else the project's `.venv/bin/python`,
//! else `python3`, with cwt, pycose, cbor2 and base45; `scripts/test` installs them into `.venv`.
//! When they are missing the tests FAIL and say how to install them. Setting
//! `EPHR_SKIP_INTEROP=1` turns that failure into a printed notice and an early return; it never
//! skips the tests when the Python side is available.

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use ephr::{
    AuthorityKey, CardId, IssueOptions, IssuedCard, Issuer, Record, RecordId, SecretKey, TrustList,
    UnverifiedCard, VerifyError, envelope,
};
use serde_json::Value;

use support::python;

const PIP_INSTALL: &str = "scripts/test (sets up .venv), or pip install cwt pycose cbor2 base45";

/// Seed of the issuing authority's key (both the ephr and the Python issuer use it).
const ISSUER_SEED: [u8; 32] = [0x42; 32];
/// Seed of a key that is NOT in the trust list.
const OTHER_SEED: [u8; 32] = [0x99; 32];
const ANCHOR_SEED: [u8; 32] = [0x01; 32];
/// 2026-10-14T10:00:00Z, the day of the encounter in the records below.
const IAT: i64 = 1_791_972_000;
const DAY: i64 = 86_400;

const CARD_ID: [u8; 8] = [0xc0, 0xff, 0xee, 0x00, 0x11, 0x22, 0x33, 0x44];
const RECORD_ID: [u8; 8] = [0x5e, 0xc0, 0x4d, 0x1d, 0x00, 0x00, 0x00, 0x01];

// ---------------------------------------------------------------------------------------------
// Running the Python side.

/// Checks once that the interpreter and the modules are there. Returns `false` (after a notice
/// on the terminal) only when they are missing AND `EPHR_SKIP_INTEROP=1`; panics when they are
/// missing otherwise.
fn python_available() -> bool {
    static CHECK: OnceLock<Result<(), String>> = OnceLock::new();
    let check = CHECK.get_or_init(|| {
        let py = python();
        let out = Command::new(&py)
            .args(["-c", "import cwt, pycose, cbor2, base45, cryptography"])
            .stdin(Stdio::null())
            .output();
        match out {
            Err(e) => Err(format!("cannot run `{py}`: {e}")),
            Ok(o) if !o.status.success() => Err(format!(
                "`{py}` cannot import the interop modules ({})",
                String::from_utf8_lossy(&o.stderr)
                    .lines()
                    .last()
                    .unwrap_or("")
                    .trim()
            )),
            Ok(_) => Ok(()),
        }
    });
    match check {
        Ok(()) => true,
        Err(why) if std::env::var("EPHR_SKIP_INTEROP").as_deref() == Ok("1") => {
            // Written past the test harness's output capture, so the skip is always visible.
            let notice = format!(
                "\nNOTICE: interop test SKIPPED because EPHR_SKIP_INTEROP=1 ({why}). \
                 To run it: {PIP_INSTALL}\n"
            );
            let _ = std::io::stderr().lock().write_all(notice.as_bytes());
            false
        }
        Err(why) => panic!(
            "the interop tests need Python with cwt, pycose, cbor2 and base45: {why}.\n\
             Install them with:\n    {PIP_INSTALL}\n\
             (or set EPHR_PYTHON to another interpreter; EPHR_SKIP_INTEROP=1 skips these tests \
             where Python cannot be installed)"
        ),
    }
}

/// Runs `tests/interop/<script>` with `args`, optionally feeding `stdin`.
fn run_script(script: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "interop", script]
        .iter()
        .collect();
    let mut child = Command::new(python())
        .arg(&path)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", path.display()));
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(input.as_bytes())
            .expect("write the card to the script");
    }
    let out = child.wait_with_output().expect("wait for the script");
    assert_ne!(
        out.status.code(),
        Some(2),
        "{script} could not run (usage or environment error; {PIP_INSTALL}?):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Runs a script that must succeed and print one JSON object.
fn run_json(script: &str, args: &[&str], stdin: Option<&str>) -> Value {
    let out = run_script(script, args, stdin);
    assert!(
        out.status.success(),
        "{script} {args:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{script} printed no JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Runs the Python verifier on a card that must be refused; returns its message.
fn python_rejects(public_key: &str, text: &str, library: &str) -> String {
    let out = run_script(
        "verify_with_pycose.py",
        &["--library", library, public_key, text],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{library} should have rejected the card; stdout: {} stderr: {stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(stderr.starts_with("REJECTED: "), "{stderr}");
    stderr
}

// ---------------------------------------------------------------------------------------------
// The ephr side.

fn reference_record() -> Record {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "fixtures",
        "records",
        "reference-full.json",
    ]
    .iter()
    .collect();
    let json = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Record::from_json(&json).expect("the reference record is valid")
}

fn options() -> IssueOptions {
    IssueOptions {
        issued_at: IAT,
        card_id: Some(CardId(CARD_ID.to_vec())),
        record_id: Some(RecordId(RECORD_ID.to_vec())),
        ..Default::default()
    }
}

/// The reference record issued by ephr, once for all tests: zopfli, which ephr uses to make a
/// full card fit one QR code, takes seconds on a full card in an unoptimized build.
fn reference_card() -> &'static IssuedCard {
    static CARD: OnceLock<IssuedCard> = OnceLock::new();
    CARD.get_or_init(|| issue("GR-INTEROP", &reference_record(), &options()))
}

/// Wraps COSE bytes as PHR1 text with plain zlib (flate2), not ephr's zopfli: any zlib stream is
/// valid in the envelope, and this one is fast.
fn wrap(cose: &[u8]) -> String {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(cose).expect("compress in memory");
    format!(
        "{}{}",
        envelope::PREFIX,
        base45::encode(z.finish().expect("compress in memory"))
    )
}

fn issue(authority: &str, record: &Record, opts: &IssueOptions) -> IssuedCard {
    Issuer::new(SecretKey::from_seed(&ISSUER_SEED), authority)
        .expect("valid authority id")
        .issue(record, opts)
        .expect("ephr issues the card")
}

/// A trust list with the issuer key listed under `authority`, signed by the anchor and opened
/// again, as a clinic would get it.
fn trust_list(authority: &str) -> TrustList {
    let anchor = SecretKey::from_seed(&ANCHOR_SEED);
    let mut list = TrustList::new(IAT - 30 * DAY, IAT + 90 * DAY);
    list.add_key(
        authority,
        "Interop test authority",
        "GR",
        AuthorityKey {
            key: SecretKey::from_seed(&ISSUER_SEED).public(),
            not_before: IAT - 30 * DAY,
            not_after: None,
            revoked: None,
        },
    )
    .expect("add the key");
    TrustList::open(&list.sign(&anchor), &anchor.public()).expect("open the trust list")
}

fn issuer_public_hex() -> String {
    hex::encode(SecretKey::from_seed(&ISSUER_SEED).public().to_bytes())
}

// ---------------------------------------------------------------------------------------------
// ephr → pycose / cwt

#[test]
fn ephr_card_verifies_with_pycose_and_cwt() {
    if !python_available() {
        return;
    }
    let record = reference_record();
    let card = reference_card();
    let key = SecretKey::from_seed(&ISSUER_SEED).public();

    // The text goes in on stdin here, and as an argument in the other tests.
    let summary = run_json(
        "verify_with_pycose.py",
        &[&issuer_public_hex()],
        Some(card.text()),
    );

    assert_eq!(summary["verified_by"].as_array().map(Vec::len), Some(2));
    assert_eq!(summary["kid"], key.kid().to_string());
    assert_eq!(summary["iss"], "GR-INTEROP");
    assert_eq!(summary["iat"], IAT);
    assert_eq!(summary["exp"], Value::Null);
    assert_eq!(summary["cti"], hex::encode(CARD_ID));
    assert_eq!(summary["record_id"], hex::encode(RECORD_ID));
    assert_eq!(summary["entry_version"], 1);
    assert_eq!(summary["encounter_date"], record.encounter.date.as_str());
    assert_eq!(
        summary["encounter_country"],
        record.encounter.country.as_str()
    );
    assert_eq!(
        summary["birth_date"],
        record.patient.birth_date.as_deref().unwrap()
    );
    assert_eq!(
        summary["doses"],
        record.immunizations.as_ref().unwrap().doses.len()
    );
    assert_eq!(
        summary["claim_keys"],
        serde_json::json!([-65537, 1, 6, 7]),
        "exactly iss, iat, cti and the PHR claim"
    );
    // ephr's deterministic encoding (RFC 8949 §4.2.1) is byte-for-byte what cbor2 writes in
    // canonical mode.
    assert_eq!(summary["payload_canonical"], true);
}

#[test]
fn tampered_ephr_card_is_rejected_by_pycose_and_cwt() {
    if !python_available() {
        return;
    }
    let card = reference_card();

    // The signature is the last item: a 64-byte bstr (0x58 0x40 + 64 bytes) at the end.
    let mut cose = card.cose().to_vec();
    let n = cose.len();
    assert_eq!(
        &cose[n - 66..n - 64],
        &[0x58, 0x40],
        "signature bstr header"
    );
    cose[n - 30] ^= 0x01;
    let text = wrap(&cose);

    // ephr itself refuses it …
    let err = UnverifiedCard::from_text(&text)
        .expect("still well-formed")
        .verify(&trust_list("GR-INTEROP"), IAT + DAY)
        .unwrap_err();
    assert_eq!(err, VerifyError::BadSignature);

    // … and so do both independent libraries.
    let public_key = issuer_public_hex();
    let msg = python_rejects(&public_key, &text, "pycose");
    assert!(msg.contains("signature does not verify"), "{msg}");
    let msg = python_rejects(&public_key, &text, "cwt");
    assert!(msg.contains("cwt rejected"), "{msg}");

    // The untampered card, wrapped the same way, still verifies (the flip is what failed).
    let summary = run_json(
        "verify_with_pycose.py",
        &[&public_key, &wrap(card.cose())],
        None,
    );
    assert_eq!(summary["cti"], hex::encode(CARD_ID));

    // The right card checked against another key fails on the kid before the signature.
    let other = hex::encode(SecretKey::from_seed(&OTHER_SEED).public().to_bytes());
    let msg = python_rejects(&other, card.text(), "pycose");
    assert!(msg.contains("kid"), "{msg}");
}

// ---------------------------------------------------------------------------------------------
// pycose → ephr

/// What `sign_with_pycose.py` is asked to write below, as the JSON record ephr reads.
const PY_RECORD: &str = r#"{
    "patient": { "birth_date": "1991-03", "sex": "female" },
    "encounter": { "date": "2026-10-14", "country": "GR" },
    "immunizations": { "doses": [
        { "vaccine": "J07BD52", "dose_number": 1, "source": "given_here", "lot": "MR0923" },
        { "vaccine": "J07BX03", "date": "2021-09-20", "source": "documented", "country": "TR" }
    ] }
}"#;
/// 2027-04-12T10:00:00Z.
const PY_EXP: i64 = IAT + 180 * DAY;

fn python_sign(seed: &[u8; 32], extra: &[&str]) -> Value {
    let seed = hex::encode(seed);
    let cti = hex::encode(CARD_ID);
    let record_id = hex::encode(RECORD_ID);
    let iat = IAT.to_string();
    let exp = PY_EXP.to_string();
    let mut args = vec![
        "--json",
        "--seed",
        &seed,
        "--iss",
        "GR-PYCOSE",
        "--iat",
        &iat,
        "--exp",
        &exp,
        "--cti",
        &cti,
        "--record-id",
        &record_id,
        "--sex",
        "female",
        "--birth-date",
        "1991-03",
        "--encounter-date",
        "2026-10-14",
        "--country",
        "GR",
        "--vaccine",
        "J07BD52",
        "--dose-number",
        "1",
        "--lot",
        "MR0923",
        "--documented",
        "J07BX03,2021-09-20,TR",
    ];
    args.extend_from_slice(extra);
    run_json("sign_with_pycose.py", &args, None)
}

fn text_of(v: &Value) -> &str {
    v["text"].as_str().expect("the signer prints the text")
}

#[test]
fn pycose_card_verifies_with_ephr() {
    if !python_available() {
        return;
    }
    let signed = python_sign(&ISSUER_SEED, &[]);
    let key = SecretKey::from_seed(&ISSUER_SEED).public();
    // Python derived the same public key and kid from the seed.
    assert_eq!(signed["public_key"], hex::encode(key.to_bytes()));
    assert_eq!(signed["kid"], key.kid().to_string());

    let text = text_of(&signed);
    let card = UnverifiedCard::from_text(text).expect("ephr parses the pycose card");
    assert_eq!(card.kid(), key.kid());
    let list = trust_list("GR-PYCOSE");
    let verified = card
        .verify(&list, IAT + DAY)
        .expect("ephr verifies the pycose card");

    let claims = verified.claims();
    assert_eq!(claims.issuer, "GR-PYCOSE");
    assert_eq!(claims.issued_at, IAT);
    assert_eq!(claims.expires, Some(PY_EXP));
    assert_eq!(claims.card_id, CardId(CARD_ID.to_vec()));
    assert_eq!(claims.entry.record_id, RecordId(RECORD_ID.to_vec()));
    assert_eq!(claims.entry.follows, None);
    assert_eq!(claims.entry.part, None);
    let expected = Record::from_json(PY_RECORD).expect("valid record");
    assert_eq!(claims.entry.record, expected);
    assert_eq!(verified.authority().id, "GR-PYCOSE");

    // exp is honoured: at exp the card is expired, just before it is not.
    assert!(card.verify(&list, PY_EXP - 1).is_ok());
    assert!(matches!(
        card.verify(&list, PY_EXP),
        Err(VerifyError::Expired { .. })
    ));

    // Both encoders are deterministic and Ed25519 is deterministic, so ephr issuing the same
    // record with the same key, ids and times signs exactly the same COSE_Sign1 bytes. (The
    // texts differ: Python compresses with zlib -9, ephr with zopfli.)
    let python_cose = hex::decode(signed["cose_hex"].as_str().unwrap()).unwrap();
    assert_eq!(envelope::decode(text).unwrap(), python_cose);
    let ours = issue(
        "GR-PYCOSE",
        &expected,
        &IssueOptions {
            expires: Some(PY_EXP),
            ..options()
        },
    );
    assert_eq!(
        hex::encode(ours.cose()),
        hex::encode(&python_cose),
        "ephr and pycose/cbor2 encode the same card differently"
    );
}

#[test]
fn pycose_card_signed_with_another_key_is_rejected_by_ephr() {
    if !python_available() {
        return;
    }
    let listed = SecretKey::from_seed(&ISSUER_SEED).public();
    let list = trust_list("GR-PYCOSE");

    // A forger signs with their own key but names the listed key's id.
    let kid = listed.kid().to_string();
    let forged = python_sign(&OTHER_SEED, &["--kid", &kid]);
    assert_eq!(forged["kid"], kid);
    let card = UnverifiedCard::from_text(text_of(&forged)).expect("well-formed");
    assert_eq!(card.kid(), listed.kid());
    assert_eq!(
        card.verify(&list, IAT + DAY).unwrap_err(),
        VerifyError::BadSignature
    );

    // Under its own, honest kid the other key is simply unknown.
    let other = SecretKey::from_seed(&OTHER_SEED).public();
    let unlisted = python_sign(&OTHER_SEED, &[]);
    let card = UnverifiedCard::from_text(text_of(&unlisted)).expect("well-formed");
    assert_eq!(
        card.verify(&list, IAT + DAY).unwrap_err(),
        VerifyError::UnknownKey(other.kid())
    );
}

// ---------------------------------------------------------------------------------------------
// The preset dictionary (issue 17) through Python's zlib.

/// ephr compresses cards against the published preset dictionary (RFC 1950 FDICT). Python's own
/// zlib unpacks them given the dictionary file as `zdict`, pycose and cwt verify what comes out,
/// and without the right dictionary file Python cannot read the card: the dictionary is really
/// in use, and it is all an independent verifier needs besides the format.
#[test]
fn dictionary_card_inflates_with_python_zlib_zdict() {
    if !python_available() {
        return;
    }
    let card = reference_card();
    let compressed = envelope::base45_decode(&card.text()[envelope::PREFIX.len()..]).unwrap();
    assert_ne!(
        compressed[1] & 0x20,
        0,
        "ephr issues with a preset dictionary"
    );
    let id = format!("{:08x}", envelope::adler32(envelope::CURRENT_DICTIONARY));
    assert_eq!(hex::encode(&compressed[2..6]), id, "the header names it");

    let key = issuer_public_hex();
    let summary = run_json("verify_with_pycose.py", &[&key, card.text()], None);
    assert_eq!(summary["dictionary"], id.as_str());
    assert_eq!(summary["verified_by"].as_array().map(Vec::len), Some(2));
    assert_eq!(summary["iss"], "GR-INTEROP");
    assert_eq!(summary["cti"], hex::encode(CARD_ID));
    assert_eq!(summary["payload_canonical"], true);

    // No dictionary published where the script looks, or a file of that name with other bytes:
    // refused, naming the dictionary it needs.
    let dir = tempfile::tempdir().unwrap();
    let dir_arg = dir.path().to_str().unwrap().to_owned();
    for contents in [None, Some(b"not the dictionary".as_slice())] {
        if let Some(bytes) = contents {
            std::fs::write(dir.path().join("phr-dict-1.bin"), bytes).unwrap();
        }
        let out = run_script(
            "verify_with_pycose.py",
            &["--dict-dir", &dir_arg, &key, card.text()],
            None,
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains(&format!("needs preset dictionary {id}")),
            "{stderr}"
        );
    }

    // The same card without a dictionary (plain zlib) still reads, and says so.
    let summary = run_json("verify_with_pycose.py", &[&key, &wrap(card.cose())], None);
    assert_eq!(summary["dictionary"], Value::Null);
    assert_eq!(summary["cti"], hex::encode(CARD_ID));
}
