//! What a clinician, a health worker and an authority ran into when they first used ephr
//! (issue 11, "what new users ran into"): one test each, through the binary as they used it.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use predicates::prelude::*;
use predicates::str::contains;
use support::{demo_trust, ephr, root, tmp, trust_args, write};
use tempfile::TempDir;

const AT: &str = "2026-05-02T09:00:00Z";
const CHECK_AT: &str = "2026-05-03T12:00:00Z";
const RECORD: &str = r#"{"patient":{"birth_date":"1988","languages":["prs"]},"encounter":{"date":"2026-05-02","country":"GR"}}"#;

fn demo_key() -> String {
    root().join("keys/GR-DEMO.key.pem").display().to_string()
}

fn issue_args(record: &Path) -> Vec<String> {
    vec![
        "issue".into(),
        record.display().to_string(),
        "--key".into(),
        demo_key(),
        "--authority".into(),
        "GR-DEMO".into(),
        "--at".into(),
        AT.into(),
    ]
}

/// Issues the small record; returns the card text.
fn issue_card(dir: &TempDir) -> String {
    let record = write(dir, "record.json", RECORD);
    let out = ephr().args(issue_args(&record)).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// A copy of the demo trust list that the test may edit, with the demo anchor key.
fn editable_list(dir: &TempDir) -> PathBuf {
    let list = dir.path().join("list.cose");
    std::fs::copy(root().join("keys/demo-trust-list.cose"), &list).unwrap();
    list
}

fn edit_args(list: &Path) -> Vec<String> {
    vec![
        "trust".into(),
        "revoke-card".into(),
        "--list".into(),
        list.display().to_string(),
        "--anchor-key".into(),
        root()
            .join("keys/demo-anchor.key.pem")
            .display()
            .to_string(),
        "--list-time".into(),
        "2026-05-02T10:00:00Z".into(),
    ]
}

fn verify_with(list: &Path, card: &Path) -> assert_cmd::Command {
    let mut c = ephr();
    c.args(["verify", &card.display().to_string(), "--at", CHECK_AT])
        .args(trust_args(list));
    c
}

#[test]
fn a_card_is_revoked_from_the_card_itself() {
    let dir = tmp();
    let list = editable_list(&dir);
    let card = write(&dir, "card.txt", issue_card(&dir));
    let sibling = write(&dir, "sibling.txt", issue_card(&dir));
    ephr()
        .args(edit_args(&list))
        .args(["--card", &card.display().to_string()])
        .assert()
        .success()
        .stdout(contains("revoked card").and(contains("version 2")));
    verify_with(&list, &card)
        .assert()
        .code(1)
        .stdout(contains("card-revoked"));
    verify_with(&list, &sibling).assert().code(0);
    // Again: nothing changes, and it says so.
    let before = std::fs::read(&list).unwrap();
    ephr()
        .args(edit_args(&list))
        .args(["--card", &card.display().to_string()])
        .assert()
        .success()
        .stdout(contains("already revoked"));
    assert_eq!(std::fs::read(&list).unwrap(), before, "no new version");
}

#[test]
fn a_card_is_revoked_from_the_card_id_printed_on_the_booklet() {
    let dir = tmp();
    let list = editable_list(&dir);
    let text = issue_card(&dir);
    let card = write(&dir, "card.txt", &text);
    let json = ephr()
        .args(["decode", &card.display().to_string(), "--json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let id = v[0]["claims"]["card_id"]
        .as_str()
        .or_else(|| v["claims"]["card_id"].as_str())
        .or_else(|| v["cards"][0]["claims"]["card_id"].as_str())
        .unwrap_or_else(|| panic!("card id in {v}"))
        .to_owned();
    ephr()
        .args(edit_args(&list))
        .args(["--card-id", &id, "--authority", "GR-DEMO"])
        .assert()
        .success()
        .stdout(contains(format!("revoked card {id} of GR-DEMO")));
    verify_with(&list, &card)
        .assert()
        .code(1)
        .stdout(contains("card-revoked"));
    // An authority the list does not have is refused, and the list is unchanged.
    let before = std::fs::read(&list).unwrap();
    ephr()
        .args(edit_args(&list))
        .args(["--card-id", &id, "--authority", "IT-NOBODY"])
        .assert()
        .code(2)
        .stderr(contains("no authority IT-NOBODY"));
    assert_eq!(std::fs::read(&list).unwrap(), before);
}

#[test]
fn a_card_that_the_list_did_not_sign_is_not_reported_as_revoked() {
    let dir = tmp();
    let list = editable_list(&dir);
    // A card of another authority (the journey's Greek clinic), not in the demo list.
    let foreign = root().join("fixtures/journey/1-gr.txt");
    let before = std::fs::read(&list).unwrap();
    ephr()
        .args(edit_args(&list))
        .args(["--card", &foreign.display().to_string()])
        .assert()
        .code(2)
        .stderr(contains("does not verify against").and(contains("unknown here")));
    assert_eq!(
        std::fs::read(&list).unwrap(),
        before,
        "the list is unchanged"
    );
    // The old form, a key id with a card id, is gone: nothing could check the pair.
    ephr()
        .args(edit_args(&list))
        .args(["--card-id", "0011223344556677", "--kid", "7fdd52b541d31987"])
        .assert()
        .code(2);
}

#[test]
fn issue_names_the_card_and_key_and_never_overwrites() {
    let dir = tmp();
    let record = write(&dir, "record.json", RECORD);
    for ext in ["txt", "png", "svg"] {
        let out = dir.path().join(format!("card.{ext}"));
        ephr()
            .args(issue_args(&record))
            .args(["--out", &out.display().to_string()])
            .assert()
            .success()
            .stderr(contains("issued card").and(contains("(key 7fdd52b541d31987)")));
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{ext}: health data is owner-only");
        let before = std::fs::read(&out).unwrap();
        ephr()
            .args(issue_args(&record))
            .args(["--out", &out.display().to_string()])
            .assert()
            .code(2)
            .stderr(contains("already exists"));
        assert_eq!(
            std::fs::read(&out).unwrap(),
            before,
            "{ext}: not overwritten"
        );
    }
    // Without --out the text goes to standard output and the ids to standard error.
    ephr()
        .args(issue_args(&record))
        .assert()
        .success()
        .stdout(contains("PHR1:"))
        .stderr(contains("issued card").and(contains("key 7fdd52b541d31987")));
    // Never through a link planted at the output path.
    let victim = write(&dir, "victim.txt", "keep me");
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    ephr()
        .args(issue_args(&record))
        .args(["--out", &link.display().to_string()])
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
}

#[test]
fn a_card_pasted_from_an_email_is_one_card() {
    let dir = tmp();
    let text = issue_card(&dir);
    for width in [64, 76] {
        let lines: Vec<&str> = text
            .as_bytes()
            .chunks(width)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        let mail = format!(
            "Dear colleague,\r\n\r\nthe card of the person we discussed:\r\n\r\n{}\r\n\r\nBest regards,\r\nDr. N. Example\r\n",
            lines.join("\r\n")
        );
        let f = write(&dir, "mail.txt", mail);
        ephr()
            .args(["verify", &f.display().to_string(), "--at", CHECK_AT])
            .args(demo_trust())
            .assert()
            .code(0)
            .stdout(contains("VALID").and(contains("NOT VALID").not()));
    }
}

#[test]
fn a_record_saved_with_a_byte_order_mark_is_read() {
    let dir = tmp();
    let record = write(&dir, "bom.json", format!("\u{feff}{RECORD}"));
    ephr()
        .args(issue_args(&record))
        .assert()
        .success()
        .stdout(contains("PHR1:"));
}

#[test]
fn a_dari_speaker_gets_dari_labels_in_the_booklet() {
    let dir = tmp();
    let record = write(&dir, "record.json", RECORD);
    let pdf = dir.path().join("card.pdf");
    ephr()
        .args(issue_args(&record))
        .args(["--out", &pdf.display().to_string()])
        .assert()
        .success()
        .stderr(contains("labels en+prs"));
    // And `issue --out x.pdf` takes --lang.
    let pdf2 = dir.path().join("card-it.pdf");
    ephr()
        .args(issue_args(&record))
        .args(["--out", &pdf2.display().to_string(), "--lang", "it"])
        .assert()
        .success()
        .stderr(contains("labels it+prs"));
}

#[test]
fn misleading_messages_now_say_what_is_wrong() {
    let dir = tmp();
    // An ephr record given to fhir import.
    ephr()
        .args([
            "fhir",
            "import",
            &root()
                .join("fixtures/records/reference-full.json")
                .display()
                .to_string(),
        ])
        .assert()
        .code(2)
        .stderr(contains("it is an ephr record").and(contains("resourceType")));
    // A PNG given to trust show.
    let png = dir.path().join("card.png");
    let record = write(&dir, "record.json", RECORD);
    ephr()
        .args(issue_args(&record))
        .args(["--out", &png.display().to_string()])
        .assert()
        .success();
    ephr()
        .args(["trust", "show", &png.display().to_string()])
        .assert()
        .code(2)
        .stderr(contains("an image, not a trust list").and(contains("floating").not()));
    // A public key given as --key: named as such, with no warning about its permissions.
    ephr()
        .args([
            "issue",
            &record.display().to_string(),
            "--authority",
            "GR-DEMO",
        ])
        .args([
            "--key",
            &root().join("keys/GR-DEMO.pub.pem").display().to_string(),
        ])
        .assert()
        .code(2)
        .stderr(contains("public key").and(contains("read by other users").not()));
}

#[test]
fn the_trust_list_in_use_is_named_and_shown() {
    let dir = tmp();
    let home = dir.path().join("home");
    // First install pins the anchor and shows its key id, to compare with the published one.
    ephr()
        .env("EPHR_HOME", &home)
        .args([
            "trust",
            "install",
            &root()
                .join("keys/demo-trust-list.cose")
                .display()
                .to_string(),
            "--anchor",
            &root()
                .join("keys/demo-anchor.pub.pem")
                .display()
                .to_string(),
        ])
        .assert()
        .success()
        .stdout(contains("pinned trust anchor key 45b075fcb341db76"));
    // `trust show` without a path shows the installed list, checked.
    ephr()
        .env("EPHR_HOME", &home)
        .args(["trust", "show"])
        .assert()
        .success()
        .stdout(contains("Trust list version 1").and(contains("signature VALID")));
    // `verify` says which list it used.
    let card = write(&dir, "card.txt", issue_card(&dir));
    ephr()
        .env("EPHR_HOME", &home)
        .args(["verify", &card.display().to_string(), "--at", CHECK_AT])
        .assert()
        .success()
        .stdout(contains("against trust list version 1"));
}

#[test]
fn keygen_says_when_the_key_is_not_encrypted() {
    let dir = tmp();
    ephr()
        .args(["keygen", "--authority", "IT-TEST", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .stderr(contains("NOT encrypted").and(contains("--passphrase-file")));
    let pass = write(&dir, "pass.txt", "correct horse battery staple\n");
    ephr()
        .args(["keygen", "--authority", "IT-TEST2", "--out-dir"])
        .arg(dir.path())
        .arg("--passphrase-file")
        .arg(&pass)
        .assert()
        .success()
        .stderr(contains("encrypted with the passphrase").and(contains("NOT").not()));
}

#[test]
fn a_follow_up_names_the_entry_it_follows_as_a_clinician_sees_it() {
    let journey = root().join("fixtures/journey");
    let out = ephr()
        .args(["verify", &journey.join("journey.phr").display().to_string()])
        .args(trust_args(&journey.join("trust-list.cose")))
        .args(["--at", "2027-02-01"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Follows     no. 1: card c0ffee0000000101, 2026-10-14"),
        "{text}"
    );
    assert!(text.contains("Follows     no. 2: card c0ffee0000000201, 2026-11-20"));
    // The 32-hex-digit link matches nothing a clinician can see on a card or booklet.
    assert!(!text.contains("3fa2c89c1981b8a80c79a5b2e89b3c3c"), "{text}");
}
