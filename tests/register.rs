//! The site register from the command line: issue into it, list, show, re-print, purge, and the
//! revocation request the trust-list operator applies.

mod support;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use support::{demo_trust, ephr, root, tmp, trust_args};

const AT: &str = "2026-10-14T10:00:00Z";
const CHECK_AT: &str = "2026-11-01";

fn issue(reg: &Path, record: &str, out: &Path) {
    ephr()
        .args(["issue", record, "--key"])
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", AT, "--out"])
        .arg(out)
        .arg(format!("--register={}", reg.display()))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "recorded 1 entries in the register",
        ));
}

fn register(reg: &Path) -> assert_cmd::Command {
    let mut c = ephr();
    c.arg("register").arg("--register").arg(reg);
    c
}

fn listed(reg: &Path) -> Vec<serde_json::Value> {
    let out = register(reg).args(["list", "--json"]).output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn reference() -> String {
    root()
        .join("fixtures/records/reference-full.json")
        .display()
        .to_string()
}

fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let card = d.path().join("card.txt");
    issue(&reg, &reference(), &card);
    (d, reg, card)
}

#[test]
fn issued_entries_are_listed_found_and_reprinted() {
    let (d, reg, card) = setup();
    let text = std::fs::read_to_string(&card).unwrap();
    let rows = listed(&reg);
    assert_eq!(rows.len(), 1);
    let id = rows[0]["card_id"].as_str().unwrap().to_owned();
    assert!(text.starts_with("PHR1:"));
    assert_eq!(rows[0]["authority"], "GR-DEMO");
    assert_eq!(rows[0]["kind"], "core");
    assert_eq!(rows[0]["issued_at"], AT);
    assert!(
        rows[0].get("text").is_none(),
        "the listing leaves out the card"
    );

    for query in [&id[..8], "al-khalil", "AMINA", "آمنة"] {
        register(&reg)
            .args(["show", query])
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("card {id}")));
    }
    register(&reg)
        .args(["show", &id, "--text"])
        .assert()
        .success()
        .stdout(predicate::str::contains(text.trim()));

    let pdf = d.path().join("again.pdf");
    register(&reg)
        .args(["reprint", &id[..10], "--out"])
        .arg(&pdf)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .success()
        .stderr(predicate::str::contains("re-printing 1 entries"));
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(&pdf).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    // The re-print carries the register's card, which `verify` reads back from the PDF.
    ephr()
        .arg("verify")
        .arg(&pdf)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .success()
        .stdout(predicate::str::contains(&id));
}

#[test]
fn a_reprint_verifies_what_the_register_holds() {
    let (d, reg, _) = setup();
    let id = listed(&reg)[0]["card_id"].as_str().unwrap().to_owned();
    // An edited register: the stored card no longer verifies, and nothing is printed.
    let conn = rusqlite::Connection::open(&reg).unwrap();
    let text: String = conn
        .query_row("SELECT text FROM entry", [], |r| r.get(0))
        .unwrap();
    let mut b = text.into_bytes();
    let n = b.len() - 4;
    b[n] = if b[n] == b'A' { b'B' } else { b'A' };
    conn.execute(
        "UPDATE entry SET text = ?1",
        [String::from_utf8(b).unwrap()],
    )
    .unwrap();
    drop(conn);
    let pdf = d.path().join("again.pdf");
    register(&reg)
        .args(["reprint", &id, "--out"])
        .arg(&pdf)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .assert()
        .code(1);
    assert!(!pdf.exists());
}

#[test]
fn a_revocation_request_revokes_the_card_through_the_trust_list() {
    let (d, reg, card) = setup();
    let id = listed(&reg)[0]["card_id"].as_str().unwrap().to_owned();
    let list = d.path().join("list.cose");
    std::fs::copy(root().join("keys/demo-trust-list.cose"), &list).unwrap();
    let req = d.path().join("request.json");
    register(&reg)
        .args(["revocation-request", &id, "--key"])
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--reason", "issued to the wrong person", "--out"])
        .arg(&req)
        .assert()
        .success()
        .stderr(predicate::str::contains("ephr trust revoke-card --request"));
    let revoke = || {
        let mut c = ephr();
        c.args(["trust", "revoke-card", "--list"])
            .arg(&list)
            .arg("--anchor-key")
            .arg(root().join("keys/demo-anchor.key.pem"))
            .arg("--request")
            .arg(&req);
        c
    };
    revoke()
        .assert()
        .success()
        .stdout(predicate::str::contains("issued to the wrong person"))
        .stdout(predicate::str::contains(format!(
            "revoked 1 card(s) of GR-DEMO on its request: {id}"
        )));
    ephr()
        .arg("verify")
        .arg(&card)
        .args(trust_args(&list))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("REVOKED"));
    let before = std::fs::read(&list).unwrap();
    revoke().assert().success().stdout(predicate::str::contains(
        "already revoked; the list is unchanged",
    ));
    assert_eq!(std::fs::read(&list).unwrap(), before);

    // An altered request revokes nothing.
    let altered = std::fs::read_to_string(&req)
        .unwrap()
        .replace("wrong person", "wrong persons");
    std::fs::write(&req, altered).unwrap();
    revoke()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("signature is not valid"))
        .stderr(predicate::str::contains("nothing was revoked"));
    assert_eq!(std::fs::read(&list).unwrap(), before);
}

#[test]
fn retention_and_purge() {
    let (_d, reg, _) = setup();
    register(&reg)
        .arg("retention")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "entries are kept 180 days, drafts 14 days",
        ));
    register(&reg)
        .args(["purge", "--at", "2027-04-01"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("purged 0 entries"));
    register(&reg)
        .args(["retention", "--entries", "30"])
        .assert()
        .success()
        .stdout(predicate::str::contains("kept 30 days"));
    register(&reg)
        .args(["purge", "--at", "2026-11-20"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "purged 1 entries older than 30 days",
        ));
    assert!(listed(&reg).is_empty());
    register(&reg)
        .args(["retention", "--drafts", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("give 1 to 3653"));
}

#[test]
fn refusals_say_what_to_do() {
    let d = tmp();
    let missing = d.path().join("none.sqlite");
    register(&missing)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no register there yet"));
    assert!(!missing.exists(), "listing does not create a register");

    let (d, reg, _) = setup();
    register(&reg)
        .args(["show", "Bashir"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing in the register matches"));
    register(&reg)
        .args(["revocation-request", "0123456789abcdef", "--key"])
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--reason", "x", "--out"])
        .arg(d.path().join("r.json"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0 entries in the register match"));
    // Two people in the register: a name both share is not enough to re-print.
    issue(&reg, &reference(), &d.path().join("second.txt"));
    register(&reg)
        .args(["reprint", "amina", "--out"])
        .arg(d.path().join("x.pdf"))
        .args(demo_trust())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("matches 2 people's records"));

    // A register readable by others is refused, and so is one behind a link.
    use std::os::unix::fs::PermissionsExt;
    let link = d.path().join("link.sqlite");
    std::os::unix::fs::symlink(&reg, &link).unwrap();
    register(&link)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("symbolic link"));
    std::fs::set_permissions(&reg, std::fs::Permissions::from_mode(0o644)).unwrap();
    register(&reg)
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("chmod 600"));
}
