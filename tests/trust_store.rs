//! The local trust store (issue 12): it remembers the highest list version it installed and
//! refuses an older list however it got there, installs atomically under a lock, writes every
//! file 0600 and never through a symbolic link, and says of a damaged store what is wrong and
//! which command repairs it.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use ephr::store::{Installed, StoreError, TrustStore};
use ephr::{
    AuthorityKey, IssueOptions, IssuedCard, Issuer, PublicKey, Record, SecretKey, TrustError,
    TrustList,
};
use predicates::prelude::*;
use predicates::str::contains;
use tempfile::TempDir;

use support::{ephr, tmp};

const DAY: i64 = 86_400;

fn now() -> i64 {
    ephr::date::now()
}

fn anchor() -> SecretKey {
    SecretKey::from_seed(&[0x41; 32])
}

fn issuer_key() -> SecretKey {
    SecretKey::from_seed(&[0x47; 32])
}

/// Version 1 of a list with one authority, signed by [`anchor`].
fn v1() -> TrustList {
    let mut l = TrustList::new(now() - 2 * DAY, now() + 30 * DAY);
    l.add_key(
        "GR-TEST",
        "Test unit",
        "GR",
        AuthorityKey {
            key: issuer_key().public(),
            not_before: 0,
            not_after: None,
            revoked: None,
        },
    )
    .unwrap();
    l
}

/// The next version of `l`.
fn next(l: &TrustList) -> TrustList {
    let mut n = l.clone();
    n.bump(now() - DAY, now() + 30 * DAY);
    n
}

fn card() -> IssuedCard {
    let record = Record::from_json(
        r#"{"patient":{"sex":"female"},"encounter":{"date":"2026-01-02","country":"GR"}}"#,
    )
    .unwrap();
    Issuer::new(issuer_key(), "GR-TEST")
        .unwrap()
        .issue(
            &record,
            &IssueOptions {
                issued_at: now() - DAY,
                ..Default::default()
            },
        )
        .unwrap()
}

/// `list` with `card` revoked, as the next version.
fn revoking(list: &TrustList, card: &IssuedCard) -> TrustList {
    let mut l = next(list);
    let verified = ephr::verify_text(card.text(), list, now()).unwrap();
    assert!(l.revoke_verified_card(&verified).unwrap());
    l
}

struct Setup {
    dir: TempDir,
}

impl Setup {
    fn new() -> Self {
        let s = Self { dir: tmp() };
        ephr::keys::write_public_key(&s.anchor_pem(), &anchor().public()).unwrap();
        s
    }
    fn home(&self) -> PathBuf {
        self.dir.path().join("store")
    }
    fn store(&self) -> TrustStore {
        TrustStore::at(self.home())
    }
    fn anchor_pem(&self) -> PathBuf {
        self.dir.path().join("anchor.pub.pem")
    }
    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
    fn installed(&self) -> PathBuf {
        self.home().join("trust-list.cose")
    }
    fn cmd(&self) -> Command {
        let mut c = ephr();
        c.env("EPHR_HOME", self.home());
        c
    }
}

fn store_error(e: TrustError) -> StoreError {
    match e {
        TrustError::Store(s) => s,
        e => panic!("not a store error: {e}"),
    }
}

fn load_error(s: &TrustStore) -> StoreError {
    store_error(s.load().unwrap_err())
}

/// Files in the store other than its three, e.g. a temporary or a lock left behind.
fn strays(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !["trust-list.cose", "anchor.pub.pem", "installed.state"].contains(&n.as_str()))
        .collect()
}

// ─────────────────────────── rollback by copying ───────────────────────────

#[test]
fn copying_an_old_list_into_the_store_does_not_unrevoke_a_card() {
    let s = Setup::new();
    let card = card();
    let old = v1();
    let new = revoking(&old, &card);
    let old_file = s.file("v1.cose", &old.sign(&anchor()));
    let new_file = s.file("v2.cose", &new.sign(&anchor()));
    let card_file = s.file("card.txt", card.text().as_bytes());

    let install = |file: &Path| {
        let mut c = s.cmd();
        c.args(["trust", "install"]).arg(file);
        c
    };
    let verify = || s.cmd().arg("verify").arg(&card_file).assert();

    install(&old_file)
        .arg("--anchor")
        .arg(s.anchor_pem())
        .assert()
        .code(0);
    verify().code(0);
    install(&new_file).assert().code(0);
    verify().code(1).stdout(contains("REVOKED"));

    // The old list file copied straight over the installed one.
    std::fs::copy(&old_file, s.installed()).unwrap();
    verify().code(2).stdout(contains("VALID").not()).stderr(
        contains("is version 1, but version 2 was installed here before")
            .and(contains("ephr trust install LIST")),
    );
    assert!(matches!(
        load_error(&s.store()),
        StoreError::RolledBack {
            found: 1,
            highest: 2,
            ..
        }
    ));
    // Installing the old list is refused too; the current one repairs the store.
    install(&old_file)
        .assert()
        .code(2)
        .stderr(contains("older than the installed version 2"));
    install(&new_file).assert().code(0);
    verify().code(1).stdout(contains("REVOKED"));
}

#[test]
fn another_list_under_the_highest_version_is_refused_when_copied_in_or_installed() {
    let s = Setup::new();
    let store = s.store();
    let v2 = next(&v1());
    store
        .install(&v2.sign(&anchor()), Some(&anchor().public()))
        .unwrap();
    // The same version with other content (another next-update time).
    let mut other = v2.clone();
    other.next_update += DAY;
    let other = other.sign(&anchor());
    std::fs::write(s.installed(), &other).unwrap();
    let e = load_error(&store);
    assert!(matches!(e, StoreError::Replaced { sequence: 2, .. }), "{e}");
    assert!(e.to_string().contains("ephr trust install LIST"), "{e}");
    let e = store.install(&other, None).unwrap_err().to_string();
    assert!(
        e.contains("a different list with the same version 2"),
        "{e}"
    );
    // The list that was installed under version 2 puts it right.
    assert_eq!(
        store.install(&v2.sign(&anchor()), None).unwrap(),
        Installed::New { sequence: 2 }
    );
    assert_eq!(store.load().unwrap().0.sequence, 2);
}

#[test]
fn a_store_from_before_the_state_file_is_loaded_and_then_remembers_its_version() {
    let s = Setup::new();
    let store = s.store();
    let (one, two) = (v1(), next(&v1()));
    store
        .install(&two.sign(&anchor()), Some(&anchor().public()))
        .unwrap();
    std::fs::remove_file(s.home().join("installed.state")).unwrap();
    assert_eq!(store.load().unwrap().0.sequence, 2);
    assert_eq!(
        store.install(&two.sign(&anchor()), None).unwrap(),
        Installed::Unchanged { sequence: 2 }
    );
    assert!(s.home().join("installed.state").exists());
    std::fs::write(s.installed(), one.sign(&anchor())).unwrap();
    assert!(matches!(
        load_error(&store),
        StoreError::RolledBack { found: 1, .. }
    ));
}

// ─────────────────────────── a damaged store ───────────────────────────

/// A store with version 2 installed, and the bytes of that list.
fn installed_store() -> (Setup, Vec<u8>) {
    let s = Setup::new();
    let bytes = next(&v1()).sign(&anchor());
    s.store().install(&bytes, Some(&anchor().public())).unwrap();
    (s, bytes)
}

/// Damages the installed list file, given its path and intact bytes.
type Damage = fn(&Path, &[u8]);

#[test]
fn a_damaged_list_says_so_and_installing_the_current_list_repairs_it() {
    let cases: [(&str, Damage); 5] = [
        ("truncated", |p, b| {
            std::fs::write(p, &b[..b.len() / 2]).unwrap()
        }),
        ("garbage", |p, _| std::fs::write(p, [0xa5; 300]).unwrap()),
        ("empty", |p, _| std::fs::write(p, b"").unwrap()),
        ("one bit flipped", |p, b| {
            let mut b = b.to_vec();
            let n = b.len() - 70;
            b[n] ^= 1;
            std::fs::write(p, b).unwrap();
        }),
        ("a directory", |p, _| {
            std::fs::remove_file(p).unwrap();
            std::fs::create_dir(p).unwrap();
        }),
    ];
    for (what, damage) in cases {
        let (s, bytes) = installed_store();
        damage(&s.installed(), &bytes);
        let e = load_error(&s.store());
        assert!(matches!(e, StoreError::ListDamaged { .. }), "{what}: {e}");
        let msg = e.to_string();
        assert!(
            msg.contains("trust-list.cose is damaged") && msg.contains("ephr trust install LIST"),
            "{what}: {msg}"
        );
        if s.installed().is_dir() {
            std::fs::remove_dir(s.installed()).unwrap();
        }
        assert_eq!(
            s.store().install(&bytes, None).unwrap(),
            Installed::New { sequence: 2 },
            "{what}"
        );
        assert_eq!(s.store().load().unwrap().0.sequence, 2, "{what}");
    }
}

#[test]
fn a_missing_list_says_so_and_an_older_one_cannot_take_its_place() {
    let (s, bytes) = installed_store();
    std::fs::remove_file(s.installed()).unwrap();
    let e = load_error(&s.store());
    assert!(matches!(e, StoreError::ListMissing(_)), "{e}");
    assert!(e.to_string().contains("is missing"), "{e}");
    assert!(matches!(
        s.store().install(&v1().sign(&anchor()), None),
        Err(TrustError::Rollback {
            installed: 2,
            offered: 1
        })
    ));
    s.store().install(&bytes, None).unwrap();
    s.store().load().unwrap();
}

#[test]
fn a_missing_or_damaged_anchor_says_how_to_pin_it_again() {
    let (s, bytes) = installed_store();
    let anchor_file = s.home().join("anchor.pub.pem");
    std::fs::write(&anchor_file, "-----BEGIN PUBLIC KEY-----\nAAAA\n").unwrap();
    let e = load_error(&s.store());
    assert!(matches!(e, StoreError::AnchorDamaged { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("remove it and pin the anchor again with `ephr trust install LIST --anchor"),
        "{e}"
    );
    // Installing does not guess past a damaged anchor either.
    assert!(matches!(
        s.store().install(&bytes, Some(&anchor().public())),
        Err(TrustError::Store(StoreError::AnchorDamaged { .. }))
    ));
    std::fs::remove_file(&anchor_file).unwrap();
    let e = load_error(&s.store());
    assert!(matches!(e, StoreError::AnchorMissing(_)), "{e}");
    assert!(e.to_string().contains("--anchor ANCHOR.pub.pem"), "{e}");
    // Pinning again still refuses an older list than the store has had.
    assert!(matches!(
        s.store()
            .install(&v1().sign(&anchor()), Some(&anchor().public())),
        Err(TrustError::Rollback { .. })
    ));
    assert_eq!(
        s.store().install(&bytes, Some(&anchor().public())).unwrap(),
        Installed::New { sequence: 2 }
    );
    s.store().load().unwrap();
}

#[test]
fn a_damaged_state_file_says_so_and_what_to_do() {
    for damaged in [
        b"".to_vec(),
        b"garbage".to_vec(),
        b"ephr trust store 1\nhighest-sequence two\n".to_vec(),
        vec![b'x'; 5000],
        vec![0xff, 0xfe, 0x00],
    ] {
        let (s, bytes) = installed_store();
        let state = s.home().join("installed.state");
        std::fs::write(&state, &damaged).unwrap();
        let e = load_error(&s.store());
        assert!(matches!(e, StoreError::StateDamaged { .. }), "{e}");
        assert!(
            e.to_string().contains("installed.state, is damaged")
                && e.to_string().contains("remove it, then"),
            "{e}"
        );
        // Installing does not overwrite what it cannot read.
        assert!(s.store().install(&bytes, None).is_err());
        std::fs::remove_file(&state).unwrap();
        s.store().install(&bytes, None).unwrap();
        s.store().load().unwrap();
    }
}

#[test]
fn nothing_installed_and_a_store_that_is_a_file_say_what_to_do() {
    let s = Setup::new();
    let e = load_error(&s.store());
    assert!(matches!(e, StoreError::NotInstalled(_)), "{e}");
    assert!(e.to_string().contains("ephr trust install LIST --anchor"));
    std::fs::write(s.home(), b"not a folder").unwrap();
    let bytes = v1().sign(&anchor());
    for e in [
        store_error(
            s.store()
                .install(&bytes, Some(&anchor().public()))
                .unwrap_err(),
        ),
        load_error(&s.store()),
    ] {
        assert!(matches!(e, StoreError::NotADirectory(_)), "{e}");
        assert!(e.to_string().contains("EPHR_HOME"), "{e}");
    }
}

#[test]
fn verify_with_a_damaged_store_exits_2_with_the_repair_command() {
    let (s, _) = installed_store();
    std::fs::write(s.installed(), b"\x00\x01garbage").unwrap();
    let card = s.file("card.txt", card().text().as_bytes());
    s.cmd()
        .arg("verify")
        .arg(&card)
        .assert()
        .code(2)
        .stderr(contains("is damaged").and(contains("ephr trust install LIST")));
    s.cmd()
        .args(["trust", "show"])
        .assert()
        .code(2)
        .stderr(contains("is damaged"));
}

// ─────────────────────────── atomic, locked, private ───────────────────────────

#[test]
fn installing_writes_owner_only_files_and_leaves_nothing_behind() {
    let (s, _) = installed_store();
    s.store()
        .install(&next(&next(&v1())).sign(&anchor()), None)
        .unwrap();
    for f in ["trust-list.cose", "anchor.pub.pem", "installed.state"] {
        let mode = std::fs::metadata(s.home().join(f))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{f}");
    }
    assert_eq!(strays(&s.home()), Vec::<String>::new());
}

#[test]
fn a_link_planted_in_the_store_is_replaced_not_written_through() {
    let (s, _) = installed_store();
    let victim = s.file("victim", b"someone else's file");
    for f in ["trust-list.cose", "installed.state", "anchor.pub.pem"] {
        let p = s.home().join(f);
        let keep = std::fs::read(&p).unwrap();
        std::fs::remove_file(&p).unwrap();
        std::os::unix::fs::symlink(&victim, &p).unwrap();
        // The anchor link makes the store unreadable (the victim is not a key); put it back
        // after the check.
        let _ = s.store().install(&next(&next(&v1())).sign(&anchor()), None);
        assert_eq!(
            std::fs::read(&victim).unwrap(),
            b"someone else's file",
            "{f}"
        );
        if std::fs::symlink_metadata(&p).unwrap().is_symlink() {
            std::fs::remove_file(&p).unwrap();
            std::fs::write(&p, keep).unwrap();
        }
    }
    // A temporary name planted as a link cannot be predicted; the lock file is created new.
    let lock = s.home().join("install.lock");
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let e = store_error(
        s.store()
            .install(&next(&next(&next(&v1()))).sign(&anchor()), None)
            .unwrap_err(),
    );
    assert!(matches!(e, StoreError::Locked { .. }), "{e}");
    assert_eq!(std::fs::read(&victim).unwrap(), b"someone else's file");
}

#[test]
fn a_held_lock_refuses_a_second_installation_and_says_how_to_clear_a_stale_one() {
    let (s, bytes) = installed_store();
    let lock = s.home().join("install.lock");
    std::fs::write(&lock, b"").unwrap();
    let e = store_error(
        s.store()
            .install(&next(&next(&v1())).sign(&anchor()), None)
            .unwrap_err(),
    );
    assert!(matches!(e, StoreError::Locked { .. }), "{e}");
    assert!(e.to_string().contains("remove the lock file"), "{e}");
    assert_eq!(std::fs::read(s.installed()).unwrap(), bytes, "unchanged");
    std::fs::remove_file(&lock).unwrap();
    s.store()
        .install(&next(&next(&v1())).sign(&anchor()), None)
        .unwrap();
}

#[test]
fn concurrent_installations_never_leave_a_mixed_or_older_store() {
    let (s, _) = installed_store();
    let mut lists = vec![next(&v1())];
    for _ in 0..8 {
        let l = next(lists.last().unwrap());
        lists.push(l);
    }
    let signed: Vec<Vec<u8>> = lists.iter().map(|l| l.sign(&anchor())).collect();
    let results: Vec<Result<Installed, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = signed
            .iter()
            .rev()
            .map(|b| {
                let store = s.store();
                scope.spawn(move || store.install(b, None).map_err(|e| e.to_string()))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for r in &results {
        if let Err(e) = r {
            assert!(
                e.contains("another `ephr trust install` is running")
                    || e.contains("older than the installed version")
                    || e.contains("is already installed"),
                "{e}"
            );
        }
    }
    let highest_ok = results
        .iter()
        .filter_map(|r| match r {
            Ok(Installed::Updated { to, .. }) => Some(*to),
            _ => None,
        })
        .max()
        .unwrap_or(2);
    let (l, _) = s.store().load().unwrap();
    assert_eq!(l.sequence, highest_ok);
    assert_eq!(strays(&s.home()), Vec::<String>::new());
}

#[test]
fn an_anchor_rotation_through_the_store_still_refuses_the_old_anchors_lists() {
    let (s, _) = installed_store();
    let new = SecretKey::from_seed(&[0x42; 32]);
    let mut announced = next(&next(&v1()));
    announced.set_successor_anchor(Some(new.public()));
    s.store().install(&announced.sign(&anchor()), None).unwrap();
    let mut by_new = announced.clone();
    by_new.next_version(&new.public(), now() - DAY, now() + DAY);
    assert_eq!(
        s.store().install(&by_new.sign(&new), None).unwrap(),
        Installed::Updated {
            from: 3,
            to: 4,
            anchor_rotated: true
        }
    );
    let (l, a): (TrustList, PublicKey) = s.store().load().unwrap();
    assert_eq!((l.sequence, a), (4, new.public()));
    // The announcing list copied back in is refused (older, and signed by an anchor no longer
    // pinned).
    std::fs::write(s.installed(), announced.sign(&anchor())).unwrap();
    assert!(s.store().load().is_err());
}
