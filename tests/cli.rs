//! Command-line tests: run the `ephr` binary as a health worker or a clinic would.
//!
//! Every test works in its own temporary directory and passes fixed times (`--at`, `--valid-from`)
//! wherever time matters, so nothing depends on today's date (except `ephr demo`, which has no
//! `--at`). Code display names are never asserted: the code tables change independently.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;
use tempfile::TempDir;

use support::{demo_trust, ephr, root, tmp, write};

/// Exit status: every card valid.
const OK: i32 = 0;
/// Exit status: a card is not valid.
const INVALID: i32 = 1;
/// Exit status: usage error or unreadable input.
const USAGE: i32 = 2;

/// Issue time used for cards of the small record below.
const ISSUED_AT: &str = "2026-05-02T09:00:00Z";
/// A check time shortly after [`ISSUED_AT`].
const CHECK_AT: &str = "2026-05-03T12:00:00Z";

/// The demo authority's name as the demo trust list gives it (not a code display name).
const DEMO_ISSUER_NAME: &str = "DEMO Reception Health Unit";

/// The smallest record: a year of birth and the encounter.
const MINIMAL_RECORD: &str =
    r#"{"patient":{"birth_date":"1988"},"encounter":{"date":"2026-05-02","country":"ES"}}"#;

fn demo_key() -> PathBuf {
    root().join("keys/GR-DEMO.key.pem")
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 stderr")
}

/// Issues `record` with the demo key at `at` and returns the PHR1 text.
fn issue_text(record: &Path, at: &str) -> String {
    let out = ephr()
        .arg("issue")
        .arg(record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", at])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("PHR1:"), "{text}");
    text.trim_end().to_owned()
}

/// Issues `record` with the demo key at `at` into `out` (the extension picks the form) and
/// returns what `issue` printed on stderr.
fn issue_to(record: &Path, at: &str, out: &Path) -> String {
    let o = ephr()
        .arg("issue")
        .arg(record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", at, "--out"])
        .arg(out)
        .output()
        .unwrap();
    let err = stderr_of(&o);
    assert_eq!(o.status.code(), Some(OK), "{err}");
    err
}

/// The minimal record, issued with the demo key at [`ISSUED_AT`], as a text file.
fn minimal_card(dir: &TempDir) -> (PathBuf, String) {
    let record = write(dir, "minimal.json", MINIMAL_RECORD);
    let text = issue_text(&record, ISSUED_AT);
    let card = write(dir, "card.txt", format!("{text}\n"));
    (card, text)
}

/// The QR version from `issue`'s "… QR version N at level …" line.
fn qr_version(issue_stderr: &str) -> u32 {
    let rest = issue_stderr
        .split("QR version ")
        .nth(1)
        .unwrap_or_else(|| panic!("no QR version in: {issue_stderr}"));
    rest.split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("bad QR version in: {issue_stderr}"))
}

/// Runs `keygen` and returns the printed key id.
fn keygen(dir: &Path, authority: &str, passphrase_file: Option<&Path>) -> String {
    let mut cmd = ephr();
    cmd.args(["keygen", "--authority", authority, "--out-dir"])
        .arg(dir);
    if let Some(p) = passphrase_file {
        cmd.arg("--passphrase-file").arg(p);
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    let kid = stdout
        .trim()
        .strip_prefix("key id ")
        .unwrap_or_else(|| panic!("keygen printed: {stdout}"))
        .to_owned();
    assert_eq!(kid.len(), 16, "{kid}");
    assert!(kid.bytes().all(|b| b.is_ascii_hexdigit()), "{kid}");
    kid
}

/// The base64 body lines of a PEM file: none of them may ever be printed.
fn pem_body_lines(pem: &Path) -> Vec<String> {
    std::fs::read_to_string(pem)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("-----") && !l.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

fn assert_secret_not_in(secret_pem: &Path, out: &std::process::Output) {
    let (so, se) = (stdout_of(out), stderr_of(out));
    for line in pem_body_lines(secret_pem) {
        assert!(
            !so.contains(&line) && !se.contains(&line),
            "private key material printed"
        );
    }
    assert!(!so.contains("PRIVATE KEY") && !se.contains("PRIVATE KEY"));
}

// ───────────────────────────── keygen ─────────────────────────────

#[test]
fn keygen_writes_private_key_0600_and_public_key_and_prints_key_id() {
    let dir = tmp();
    let keys = dir.path().join("keys/new"); // created if missing
    let out = ephr()
        .args(["keygen", "--authority", "GR-EODY-LESVOS", "--out-dir"])
        .arg(&keys)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let sk = keys.join("GR-EODY-LESVOS.key.pem");
    let pk = keys.join("GR-EODY-LESVOS.pub.pem");
    let mode = std::fs::metadata(&sk).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "private key mode {mode:o}");
    let sk_pem = std::fs::read_to_string(&sk).unwrap();
    assert!(
        sk_pem.starts_with("-----BEGIN PRIVATE KEY-----"),
        "{sk_pem}"
    );
    let pk_pem = std::fs::read_to_string(&pk).unwrap();
    assert!(pk_pem.starts_with("-----BEGIN PUBLIC KEY-----"), "{pk_pem}");
    assert!(stdout_of(&out).starts_with("key id "));
    assert!(stderr_of(&out).contains("0600"));
    assert_secret_not_in(&sk, &out);
}

#[test]
fn keygen_never_overwrites_existing_keys() {
    let dir = tmp();
    keygen(dir.path(), "AT-BMI-TRAISKIRCHEN", None);
    let sk = dir.path().join("AT-BMI-TRAISKIRCHEN.key.pem");
    let pk = dir.path().join("AT-BMI-TRAISKIRCHEN.pub.pem");
    let before = std::fs::read(&sk).unwrap();
    ephr()
        .args(["keygen", "--authority", "AT-BMI-TRAISKIRCHEN", "--out-dir"])
        .arg(dir.path())
        .assert()
        .code(USAGE)
        .stderr(contains("already exists"));
    // Also when only the private key is left over.
    std::fs::remove_file(&pk).unwrap();
    ephr()
        .args(["keygen", "--authority", "AT-BMI-TRAISKIRCHEN", "--out-dir"])
        .arg(dir.path())
        .assert()
        .code(USAGE)
        .stderr(contains("already exists"));
    assert_eq!(std::fs::read(&sk).unwrap(), before, "private key changed");
}

#[test]
fn keygen_rejects_bad_authority_id() {
    let dir = tmp();
    for bad in ["bad id!", "X", "GR/EODY"] {
        ephr()
            .args(["keygen", "--authority", bad, "--out-dir"])
            .arg(dir.path())
            .assert()
            .code(USAGE)
            .stdout("")
            .stderr(contains("not a valid authority id").and(contains("hint:")));
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn keygen_with_passphrase_file_encrypts_and_issue_needs_the_right_passphrase() {
    let dir = tmp();
    let pass = write(&dir, "pass.txt", "grey heron over the harbour\n");
    let wrong = write(&dir, "wrong.txt", "grey heron over the harbor\n");
    let empty = write(&dir, "empty.txt", "");
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);

    ephr()
        .args(["keygen", "--authority", "FR-OFII", "--out-dir"])
        .arg(dir.path().join("e"))
        .arg("--passphrase-file")
        .arg(&empty)
        .assert()
        .code(USAGE)
        .stderr(contains("empty"));

    keygen(dir.path(), "FR-OFII", Some(&pass));
    let sk = dir.path().join("FR-OFII.key.pem");
    let pem = std::fs::read_to_string(&sk).unwrap();
    assert!(pem.contains("ENCRYPTED PRIVATE KEY"), "{pem}");

    let issue = |pass_file: Option<&Path>| {
        let mut cmd = ephr();
        cmd.arg("issue").arg(&record).arg("--key").arg(&sk).args([
            "--authority",
            "FR-OFII",
            "--at",
            ISSUED_AT,
        ]);
        if let Some(p) = pass_file {
            cmd.arg("--passphrase-file").arg(p);
        }
        cmd.output().unwrap()
    };

    let out = issue(Some(&wrong));
    assert_eq!(out.status.code(), Some(USAGE));
    assert!(
        stderr_of(&out).contains("passphrase"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(stdout_of(&out), "");

    // No terminal to ask on: a clear error, not a hang.
    let out = issue(None);
    assert_eq!(out.status.code(), Some(USAGE));
    assert!(stderr_of(&out).contains("encrypted"), "{}", stderr_of(&out));

    let out = issue(Some(&pass));
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    assert!(stdout_of(&out).starts_with("PHR1:"));
    assert_secret_not_in(&sk, &out);
}

// ───────────────────────────── trust ─────────────────────────────

/// A fresh anchor and authority, and a trust list listing the authority from 2026-01-01.
struct OwnTrust {
    dir: TempDir,
    list: PathBuf,
    anchor_pub: PathBuf,
    authority_key: PathBuf,
    authority_kid: String,
}

fn own_trust() -> OwnTrust {
    let dir = tmp();
    let keys = dir.path().join("keys");
    keygen(&keys, "ANCHOR", None);
    let authority_kid = keygen(&keys, "IT-ASP-RAGUSA", None);
    let list = dir.path().join("trust.cose");
    let anchor_key = keys.join("ANCHOR.key.pem");
    ephr()
        .args(["trust", "init", "--anchor-key"])
        .arg(&anchor_key)
        .arg("--out")
        .arg(&list)
        .assert()
        .code(OK)
        .stdout(contains("version 1"));
    // init never replaces an existing list
    ephr()
        .args(["trust", "init", "--anchor-key"])
        .arg(&anchor_key)
        .arg("--out")
        .arg(&list)
        .assert()
        .code(USAGE)
        .stderr(contains("already exists"));
    ephr()
        .args(["trust", "add", "--list"])
        .arg(&list)
        .arg("--anchor-key")
        .arg(&anchor_key)
        .args([
            "--authority",
            "IT-ASP-RAGUSA",
            "--name",
            "ASP Ragusa, migrant health",
            "--country",
            "IT",
            "--valid-from",
            "2026-01-01",
            "--public-key",
        ])
        .arg(keys.join("IT-ASP-RAGUSA.pub.pem"))
        .assert()
        .code(OK)
        .stdout(contains(authority_kid.as_str()).and(contains("version 2")));
    OwnTrust {
        list,
        anchor_pub: keys.join("ANCHOR.pub.pem"),
        authority_key: keys.join("IT-ASP-RAGUSA.key.pem"),
        authority_kid,
        dir,
    }
}

#[test]
fn trust_init_add_show_and_verify_with_own_keys() {
    let t = own_trust();

    ephr()
        .args(["trust", "show"])
        .arg(&t.list)
        .arg("--anchor")
        .arg(&t.anchor_pub)
        .assert()
        .code(OK)
        .stdout(
            contains("signature VALID")
                .and(contains("IT-ASP-RAGUSA"))
                .and(contains(t.authority_kid.as_str())),
        );

    ephr()
        .args(["trust", "show"])
        .arg(&t.list)
        .assert()
        .code(OK)
        .stdout(contains("NOT CHECKED"));

    let out = ephr()
        .args(["trust", "show", "--json", "--anchor"])
        .arg(&t.anchor_pub)
        .arg(&t.list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("trust show --json is JSON");
    assert_eq!(v["signature"], "verified");
    assert_eq!(v["sequence"], 2);
    let auths = v["authorities"].as_array().unwrap();
    assert_eq!(auths.len(), 1);
    assert_eq!(auths[0]["id"], "IT-ASP-RAGUSA");
    assert_eq!(auths[0]["country"], "IT");
    assert_eq!(auths[0]["keys"][0]["kid"], t.authority_kid.as_str());
    assert_eq!(auths[0]["keys"][0]["not_before"], "2026-01-01T00:00:00Z");

    // A card from the new authority verifies against the new list, without the demo warning.
    let record = write(&t.dir, "minimal.json", MINIMAL_RECORD);
    let out = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(&t.authority_key)
        .args(["--authority", "IT-ASP-RAGUSA", "--at", ISSUED_AT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    ephr()
        .args(["verify", "-", "--at", CHECK_AT, "--trust"])
        .arg(&t.list)
        .arg("--anchor")
        .arg(&t.anchor_pub)
        .write_stdin(out.stdout)
        .assert()
        .code(OK)
        .stdout(contains("VALID").and(contains("ASP Ragusa, migrant health")))
        .stderr(contains("DEMO").not());

    // Cards issued before the key's valid-from date are refused.
    let early = write(
        &t.dir,
        "early.json",
        r#"{"patient":{"birth_date":"1988"},"encounter":{"date":"2025-12-30","country":"IT"}}"#,
    );
    let out = ephr()
        .arg("issue")
        .arg(&early)
        .arg("--key")
        .arg(&t.authority_key)
        .args([
            "--authority",
            "IT-ASP-RAGUSA",
            "--at",
            "2025-12-31T23:00:00Z",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    ephr()
        .args(["verify", "-", "--at", CHECK_AT, "--trust"])
        .arg(&t.list)
        .arg("--anchor")
        .arg(&t.anchor_pub)
        .write_stdin(out.stdout)
        .assert()
        .code(INVALID)
        .stdout(contains("NOT VALID"));
}

#[test]
fn trust_show_with_wrong_anchor_fails() {
    let t = own_trust();
    ephr()
        .args(["trust", "show"])
        .arg(&t.list)
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"))
        .assert()
        .code(USAGE)
        .stdout("")
        .stderr(contains("anchor"));
    // The authority's own key is not the anchor either.
    let authority_pub = t.authority_key.with_file_name("IT-ASP-RAGUSA.pub.pem");
    ephr()
        .args(["trust", "show"])
        .arg(&t.list)
        .arg("--anchor")
        .arg(&authority_pub)
        .assert()
        .code(USAGE);
}

#[test]
fn trust_list_changed_by_one_byte_is_refused() {
    let t = own_trust();
    let good = std::fs::read(&t.list).unwrap();
    // One byte in the middle (the signed content) and the last byte (the signature).
    for at in [good.len() / 2, good.len() - 1] {
        let mut bad = good.clone();
        bad[at] ^= 0x01;
        let list = write(&t.dir, "tampered.cose", &bad);
        ephr()
            .args(["trust", "show"])
            .arg(&list)
            .arg("--anchor")
            .arg(&t.anchor_pub)
            .assert()
            .code(USAGE)
            .stdout("")
            .stderr(contains("not valid"));
        // verify refuses to work with it at all
        let (card, _) = minimal_card(&t.dir);
        ephr()
            .arg("verify")
            .arg(&card)
            .args(["--at", CHECK_AT, "--trust"])
            .arg(&list)
            .arg("--anchor")
            .arg(&t.anchor_pub)
            .assert()
            .code(USAGE)
            .stdout(contains("VALID").not());
    }
}

// ───────────────────────────── issue ─────────────────────────────

#[test]
fn issue_writes_phr1_text_to_stdout() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    let out = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("PHR1:"), "{text}");
    assert!(text.ends_with('\n'));
    assert_eq!(text.lines().count(), 1, "one card, one line: {text}");
    // base45 alphabet only, so it fits a QR code in alphanumeric mode
    assert!(
        text.trim_end()
            .chars()
            .all(|c| "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".contains(c)),
        "{text}"
    );
    assert_secret_not_in(&demo_key(), &out);
}

#[test]
fn issue_out_extension_picks_txt_png_or_svg() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);

    let txt = dir.path().join("card.txt");
    let err = issue_to(&record, ISSUED_AT, &txt);
    assert!(err.contains("issued card"), "{err}");
    let t = std::fs::read_to_string(&txt).unwrap();
    assert!(t.starts_with("PHR1:") && t.ends_with('\n'), "{t}");

    let png = dir.path().join("card.png");
    let err = issue_to(&record, ISSUED_AT, &png);
    assert!(qr_version(&err) <= 25, "{err}");
    assert!(
        std::fs::read(&png)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );

    let svg = dir.path().join("card.svg");
    issue_to(&record, ISSUED_AT, &svg);
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
}

#[test]
fn issue_unknown_output_extension_is_a_usage_error_with_hint() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    // .pdf is a booklet (tests/booklet.rs); .jpg and no extension are not outputs.
    for name in ["card.jpg", "card"] {
        let out = dir.path().join(name);
        ephr()
            .arg("issue")
            .arg(&record)
            .arg("--key")
            .arg(demo_key())
            .args(["--authority", "GR-DEMO", "--at", ISSUED_AT, "--out"])
            .arg(&out)
            .assert()
            .code(USAGE)
            .stdout("")
            .stderr(
                contains("unknown output type")
                    .and(contains("hint:"))
                    .and(contains(".png")),
            );
        assert!(!out.exists(), "{name} was written");
    }
}

#[test]
fn issue_reports_every_problem_of_an_invalid_record_with_its_path() {
    let dir = tmp();
    let record = write(
        &dir,
        "bad.json",
        r#"{
  "patient": { "birth_date": "1988-13" },
  "encounter": { "date": "2026-02-30", "country": "ES" },
  "vital_signs": { "systolic_mmhg": 80, "diastolic_mmhg": 90 },
  "problems": [ { "icd10": "B8X" }, { "icd10": "E11.9" } ],
  "results": [ { "loinc": "718-7", "result": "normal", "value": "11,2", "date": "2026-02-27" } ]
}"#,
    );
    let out = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(USAGE));
    assert_eq!(stdout_of(&out), "");
    let err = stderr_of(&out);
    for needle in [
        "5 problem",
        "problems[0].icd10",
        "\"B8X\"",
        "encounter.date",
        "\"2026-02-30\"",
        "patient.birth_date",
        "vital_signs.diastolic_mmhg",
        "results[0].value",
        "hint:",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
    assert!(!err.contains("problems[1]"), "E11.9 is fine:\n{err}");
}

#[test]
fn issue_refuses_forbidden_fields_with_the_privacy_reason() {
    let dir = tmp();
    for (name, json, field, what) in [
        (
            "religion.json",
            r#"{"patient":{"religion":"x"},"encounter":{"date":"2026-05-02","country":"ES"}}"#,
            "religion",
            "religion",
        ),
        (
            "asylum.json",
            r#"{"patient":{},"encounter":{"date":"2026-05-02","country":"ES"},"asylum_status":"pending"}"#,
            "asylum_status",
            "asylum status",
        ),
    ] {
        let record = write(&dir, name, json);
        ephr()
            .arg("issue")
            .arg(&record)
            .arg("--key")
            .arg(demo_key())
            .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
            .assert()
            .code(USAGE)
            .stdout("")
            .stderr(
                contains(format!("does not record {what}"))
                    .and(contains("harm"))
                    .and(contains(format!("`{field}`"))),
            );
    }
}

#[test]
fn issue_unreadable_record_is_a_usage_error() {
    let dir = tmp();
    let truncated = write(&dir, "truncated.json", r#"{"patient":"#);
    for record in [dir.path().join("missing.json"), truncated] {
        ephr()
            .arg("issue")
            .arg(&record)
            .arg("--key")
            .arg(demo_key())
            .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
            .assert()
            .code(USAGE)
            .stdout("");
    }
}

#[test]
fn every_fixture_issues_into_one_qr_code_and_verifies() {
    let dir = tmp();
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/records"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 6, "{fixtures:?}");
    let mut pngs = Vec::new();
    for f in &fixtures {
        let png = dir
            .path()
            .join(f.file_stem().unwrap())
            .with_extension("png");
        // Issued after every fixture's encounter date.
        let json = std::fs::read_to_string(f).unwrap();
        if json.contains("\"consent\"") {
            // The person agreed to a confidential card: both cards are issued, both verify.
            let confidential = png.with_extension("confidential.png");
            let o = ephr()
                .arg("issue")
                .arg(f)
                .arg("--key")
                .arg(demo_key())
                .args(["--authority", "GR-DEMO", "--at", "2026-12-01T10:00:00Z"])
                .arg("--out")
                .arg(&png)
                .arg("--confidential-out")
                .arg(&confidential)
                .output()
                .unwrap();
            let err = stderr_of(&o);
            assert_eq!(o.status.code(), Some(OK), "{}: {err}", f.display());
            assert!(confidential.exists(), "{err}");
            pngs.push(confidential);
            let v = qr_version(&err);
            assert!(v <= 25, "{}: QR version {v} > 25", f.display());
        } else {
            let err = issue_to(f, "2026-12-01T10:00:00Z", &png);
            let v = qr_version(&err);
            assert!(v <= 25, "{}: QR version {v} > 25", f.display());
        }
        pngs.push(png);
    }
    let n = pngs.len();
    ephr()
        .arg("verify")
        .args(&pngs)
        .args(demo_trust())
        .args(["--at", "2026-12-02"])
        .assert()
        .code(OK)
        .stdout(contains(format!("{n} of {n} cards valid")));
}

// ───────────────────────────── verify ─────────────────────────────

#[test]
fn verify_valid_card_from_text_file_png_and_stdin() {
    let dir = tmp();
    let (card, text) = minimal_card(&dir);
    let png = dir.path().join("card.png");
    issue_to(&dir.path().join("minimal.json"), ISSUED_AT, &png);

    for input in [card.as_path(), png.as_path()] {
        ephr()
            .arg("verify")
            .arg(input)
            .args(demo_trust())
            .args(["--at", CHECK_AT])
            .assert()
            .code(OK)
            .stdout(contains("VALID").and(contains(DEMO_ISSUER_NAME)))
            .stdout(contains("NOT VALID").not());
    }

    // A USB barcode scanner types the text followed by Enter.
    ephr()
        .args(["verify", "-"])
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .write_stdin(format!("{text}\n"))
        .assert()
        .code(OK)
        .stdout(
            contains("stdin")
                .and(contains("VALID"))
                .and(contains(DEMO_ISSUER_NAME)),
        );
}

#[test]
fn verify_warns_on_stderr_when_the_demo_anchor_is_used() {
    let dir = tmp();
    let (card, _) = minimal_card(&dir);
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(OK)
        .stderr(contains("WARNING").and(contains("DEMO anchor")))
        .stdout(contains("WARNING").not());
}

#[test]
fn verify_json_says_valid_with_the_card_id() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    let txt = dir.path().join("card.txt");
    let err = issue_to(&record, ISSUED_AT, &txt);
    // "issued card <card id> for record <record id> …"
    let card_id = err
        .split("issued card ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_else(|| panic!("no card id in: {err}"))
        .to_owned();

    let out = ephr()
        .arg("verify")
        .arg(&txt)
        .args(demo_trust())
        .args(["--at", CHECK_AT, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("verify --json is JSON");
    assert_eq!(v["all_valid"], true);
    assert_eq!(v["demo_anchor"], true);
    assert_eq!(v["checked_at"], "2026-05-03T12:00:00Z");
    let c = &v["cards"][0];
    assert_eq!(c["valid"], true);
    assert_eq!(c["claims"]["card_id"], card_id.as_str());
    assert_eq!(c["claims"]["issuer"], "GR-DEMO");
    assert_eq!(c["claims"]["issued_at"], ISSUED_AT);
    assert_eq!(c["record"]["patient"]["birth_date"], "1988");
    assert_eq!(v["cards"].as_array().unwrap().len(), 1);
}

#[test]
fn verify_card_with_one_character_changed_is_not_valid() {
    let dir = tmp();
    let (_, text) = minimal_card(&dir);
    // Change one character in the middle, staying inside the base45 alphabet.
    const B45: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let i = text.len() / 2;
    let old = text.as_bytes()[i] as char;
    let new = B45
        .chars()
        .nth((B45.find(old).unwrap() + 1) % B45.len())
        .unwrap();
    let tampered = format!("{}{new}{}\n", &text[..i], &text[i + 1..]);
    let card = write(&dir, "tampered.txt", tampered);
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(INVALID)
        .stdout(contains("NOT VALID"));
}

#[test]
fn verify_card_signed_by_unlisted_key_is_not_valid() {
    let dir = tmp();
    // A rogue key claiming to be GR-DEMO.
    keygen(&dir.path().join("rogue"), "GR-DEMO", None);
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    let out = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(dir.path().join("rogue/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    ephr()
        .args(["verify", "-"])
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .write_stdin(out.stdout)
        .assert()
        .code(INVALID)
        .stdout(contains("NOT VALID").and(contains("not in the trust list")));
}

#[test]
fn verify_before_the_issue_time_is_not_valid() {
    let dir = tmp();
    let (card, _) = minimal_card(&dir);
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", "2026-05-01"])
        .assert()
        .code(INVALID)
        .stdout(contains("NOT VALID").and(contains("not-yet-valid")));
}

#[test]
fn verify_expired_card_is_not_valid() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    let out = ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .args(["--expires", "2026-06-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let card = write(&dir, "expiring.txt", &out.stdout);
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", "2026-05-31"])
        .assert()
        .code(OK);
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", "2026-07-01"])
        .assert()
        .code(INVALID)
        .stdout(contains("NOT VALID").and(contains("expired")));

    // An expiry before the issue time is refused when issuing.
    ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .args(["--expires", "2026-01-01"])
        .assert()
        .code(USAGE)
        .stdout("")
        .stderr(contains("expir"));
}

#[test]
fn verify_nonexistent_input_is_a_usage_error() {
    let dir = tmp();
    ephr()
        .arg("verify")
        .arg(dir.path().join("no-such-card.png"))
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(USAGE)
        .stderr(contains("cannot read").and(contains("no-such-card.png")));
}

#[test]
fn verify_image_without_qr_code_is_a_usage_error() {
    let dir = tmp();
    let blank = dir.path().join("blank.png");
    image::GrayImage::from_pixel(120, 120, image::Luma([255u8]))
        .save(&blank)
        .unwrap();
    ephr()
        .arg("verify")
        .arg(&blank)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(USAGE)
        .stderr(contains("blank.png").and(contains("no PHR QR code")));
    ephr()
        .args(["scan"])
        .arg(&blank)
        .assert()
        .code(USAGE)
        .stdout("")
        .stderr(contains("no PHR QR code"));
}

#[test]
fn verify_empty_stdin_and_bad_time_are_usage_errors() {
    let dir = tmp();
    let (card, _) = minimal_card(&dir);
    ephr()
        .args(["verify", "-"])
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .write_stdin("\n")
        .assert()
        .code(USAGE)
        .stderr(contains("no text"));
    ephr()
        .arg("verify")
        .arg(&card)
        .args(demo_trust())
        .args(["--at", "yesterday"])
        .assert()
        .code(USAGE)
        .stderr(contains("--at").and(contains("hint:")));
}

#[test]
fn verify_mixed_valid_and_invalid_inputs_reports_one_of_two() {
    let dir = tmp();
    let (card, _) = minimal_card(&dir);
    let junk = write(&dir, "junk.txt", "PHR1:THIS-IS-NOT-A-CARD\n");
    ephr()
        .arg("verify")
        .arg(&card)
        .arg(&junk)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(INVALID)
        .stdout(
            contains("1 of 2 cards valid")
                .and(contains("NOT VALID"))
                .and(contains("junk.txt")),
        );
}

// ───────────────────────────── decode ─────────────────────────────

#[test]
fn decode_is_labelled_unverified_and_json_has_header_claims_record() {
    let dir = tmp();
    let (card, _) = minimal_card(&dir);
    ephr()
        .arg("decode")
        .arg(&card)
        .assert()
        .code(OK)
        .stdout(contains("UNVERIFIED"));

    let out = ephr()
        .args(["decode", "--json"])
        .arg(&card)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).expect("decode --json is JSON");
    let d = &v[0];
    assert_eq!(d["verified"], false);
    // The demo authority's key id, as the demo trust list shows it.
    let show = ephr()
        .args(["trust", "show", "--json"])
        .arg(root().join("keys/demo-trust-list.cose"))
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(d["cose"]["kid"], list["authorities"][0]["keys"][0]["kid"]);
    let card_id = d["claims"]["card_id"].as_str().unwrap();
    assert_eq!(card_id.len(), 16, "{card_id}");
    assert_eq!(d["claims"]["issuer"], "GR-DEMO");
    assert_eq!(d["record"]["encounter"]["country"], "ES");
    assert_eq!(d["record"]["patient"]["birth_date"], "1988");
}

// ─────────────────────── template, demo, scan ───────────────────────

#[test]
fn template_output_is_valid_input_for_issue() {
    let dir = tmp();
    let out = ephr().arg("template").output().unwrap();
    assert_eq!(out.status.code(), Some(OK));
    let v: Value = serde_json::from_slice(&out.stdout).expect("template is JSON");
    let date = v["encounter"]["date"].as_str().unwrap().to_owned();
    let record = write(&dir, "record.json", &out.stdout);
    let text = issue_text(&record, &format!("{date}T18:00:00Z"));
    assert!(text.starts_with("PHR1:"));
}

#[test]
fn demo_writes_card_files_and_verifies_them() {
    // Without --at, `ephr demo` issues now, which must be after 2026-01-01 (the demo key's
    // valid-from date).
    let dir = tmp();
    let out_dir = dir.path().join("demo-out");
    ephr()
        .args(["demo", "--out-dir"])
        .arg(&out_dir)
        .assert()
        .code(OK)
        .stdout(contains("VALID").and(contains("NOT VALID").not()));
    for f in ["card.png", "card.txt", "card.svg"] {
        assert!(out_dir.join(f).is_file(), "{f} missing");
    }
    let txt = std::fs::read_to_string(out_dir.join("card.txt")).unwrap();
    assert!(txt.starts_with("PHR1:"));
    assert!(
        std::fs::read(out_dir.join("card.png"))
            .unwrap()
            .starts_with(b"\x89PNG")
    );
    assert!(
        std::fs::read_to_string(out_dir.join("card.svg"))
            .unwrap()
            .contains("<svg")
    );

    // card.png holds exactly the text of card.txt.
    ephr()
        .arg("scan")
        .arg(out_dir.join("card.png"))
        .assert()
        .code(OK)
        .stdout(format!("{}\n", txt.trim_end()));
}

#[test]
fn scan_prints_exactly_the_phr1_text_and_pipes_into_verify() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    let png = dir.path().join("card.png");
    issue_to(&record, ISSUED_AT, &png);

    let out = ephr().arg("scan").arg(&png).output().unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let scanned = stdout_of(&out);
    assert!(scanned.starts_with("PHR1:"), "{scanned}");
    assert!(scanned.ends_with('\n'));
    assert_eq!(scanned.lines().count(), 1, "{scanned}");
    assert_eq!(stderr_of(&out), "");

    // Same card as decoding the image directly.
    let card_id = |input: &str, stdin: Option<&str>| {
        let mut cmd = ephr();
        cmd.args(["decode", "--json", input]);
        if let Some(s) = stdin {
            cmd.write_stdin(s.to_owned());
        }
        let o = cmd.output().unwrap();
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        v[0]["claims"]["card_id"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        card_id(png.to_str().unwrap(), None),
        card_id("-", Some(&scanned))
    );

    ephr()
        .args(["verify", "-"])
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .write_stdin(scanned)
        .assert()
        .code(OK)
        .stdout(contains("VALID").and(contains(DEMO_ISSUER_NAME)));
}

#[test]
fn keygen_refuses_a_short_passphrase_for_a_new_key() {
    let dir = tmp();
    let short = write(&dir, "short.txt", "ab\n");
    ephr()
        .args(["keygen", "--authority", "FR-OFII", "--out-dir"])
        .arg(dir.path())
        .arg("--passphrase-file")
        .arg(&short)
        .assert()
        .code(USAGE)
        .stderr(contains("shorter than 10 characters"));
    assert!(!dir.path().join("FR-OFII.key.pem").exists());
}

#[test]
fn verify_json_is_not_all_valid_when_an_input_is_unreadable() {
    let dir = tmp();
    let (txt, _) = minimal_card(&dir);
    let out = ephr()
        .arg("verify")
        .arg(&txt)
        .arg(dir.path().join("missing.txt"))
        .args(demo_trust())
        .args(["--at", CHECK_AT, "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(USAGE));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["all_valid"], false);
    assert!(stderr_of(&out).contains("missing.txt"));
}

#[test]
fn verify_refuses_a_file_that_holds_no_card_text() {
    ephr()
        .arg("verify")
        .arg(root().join("keys/GR-DEMO.pub.pem"))
        .args(demo_trust())
        .assert()
        .code(USAGE)
        .stderr(contains("contains no card text"));
}

#[test]
fn unsupported_language_is_a_usage_error() {
    let dir = tmp();
    let (txt, _) = minimal_card(&dir);
    ephr()
        .arg("decode")
        .arg(&txt)
        .args(["--lang", "xx"])
        .assert()
        .code(USAGE)
        .stderr(contains("possible values").and(contains(ephr::labels::Lang::codes())));
    // Every catalogue language is accepted, not only those with code names (en, fr, ar).
    ephr()
        .arg("decode")
        .arg(&txt)
        .args(["--lang", "fa"])
        .assert()
        .code(OK)
        .stdout(contains(
            ephr::labels::Lang::get("fa")
                .unwrap()
                .t("report-unverified"),
        ));
}

#[test]
fn issue_refuses_an_encounter_after_the_issue_date() {
    let dir = tmp();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(demo_key())
        .args(["--authority", "GR-DEMO", "--at", "2026-04-01T00:00:00Z"])
        .assert()
        .code(USAGE)
        .stderr(contains("after the card's issue date"));
}

#[test]
fn trust_add_refuses_a_window_that_ends_before_it_begins() {
    let dir = tmp();
    keygen(dir.path(), "ANCHOR", None);
    keygen(dir.path(), "IT-X", None);
    let list = dir.path().join("list.cose");
    ephr()
        .args(["trust", "init", "--anchor-key"])
        .arg(dir.path().join("ANCHOR.key.pem"))
        .arg("--out")
        .arg(&list)
        .assert()
        .code(OK);
    ephr()
        .args(["trust", "add", "--list"])
        .arg(&list)
        .arg("--anchor-key")
        .arg(dir.path().join("ANCHOR.key.pem"))
        .args(["--authority", "IT-X", "--name", "X", "--country", "IT"])
        .arg("--public-key")
        .arg(dir.path().join("IT-X.pub.pem"))
        .args(["--valid-from", "2027-01-01", "--valid-until", "2026-01-01"])
        .assert()
        .code(USAGE)
        .stderr(contains("ends before it begins"));
}

#[cfg(unix)]
#[test]
fn issue_warns_when_the_key_file_is_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp();
    let key = dir.path().join("k.pem");
    std::fs::copy(demo_key(), &key).unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).unwrap();
    let record = write(&dir, "minimal.json", MINIMAL_RECORD);
    ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(&key)
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .assert()
        .code(OK)
        .stderr(contains("can be read by other users (mode 644)"));
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    ephr()
        .arg("issue")
        .arg(&record)
        .arg("--key")
        .arg(&key)
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .assert()
        .code(OK)
        .stderr(contains("other users").not());
}
