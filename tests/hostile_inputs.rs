//! A hostile-input battery over every input surface of the `ephr` binary (issue 12): card texts,
//! bundles, trust lists, anchors and keys (PEM), record and FHIR JSON, the trust store, PDFs and
//! a few images, each as empty files, binary garbage, NUL bytes, invalid UTF-8, huge files, deep
//! nesting, directories given as files and symbolic links at output paths.
//!
//! Every case must end with the expected exit status (2 for input ephr cannot use, 1 for a card
//! that is not valid), a message on standard error that names the problem, and never a panic
//! (exit status 101). A timeout guards against hangs only; no case measures time.
//!
//! Cases marked `#[ignore = "bug: …"]` describe a defect found by this battery in code another
//! part of the project owns; run them with `cargo test --test hostile_inputs -- --ignored`.

mod support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

use support::{demo_trust, ephr, root, tmp};

/// A hang guard, not a timing assertion: generous for a loaded machine.
const HANG_GUARD: Duration = Duration::from_secs(120);

/// What a case expects.
struct Expect {
    code: i32,
    /// Words the standard error must contain (lower case).
    says: &'static [&'static str],
}

const UNUSABLE: Expect = Expect { code: 2, says: &[] };

fn run(name: &str, mut cmd: Command, expect: &Expect) -> (String, String) {
    let out = cmd.timeout(HANG_GUARD).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_ne!(out.status.code(), Some(101), "{name}: PANIC\n{stderr}");
    assert!(
        !stderr.contains("panicked"),
        "{name}: panic message\n{stderr}"
    );
    assert_eq!(
        out.status.code(),
        Some(expect.code),
        "{name}: exit status\nstdout: {stdout}\nstderr: {stderr}"
    );
    if expect.code == 2 {
        assert!(
            stderr.trim().len() > 10,
            "{name}: no message on standard error\nstdout: {stdout}"
        );
    }
    let lower = stderr.to_lowercase();
    for w in expect.says {
        assert!(lower.contains(w), "{name}: message lacks \"{w}\"\n{stderr}");
    }
    (stdout, stderr)
}

/// Hostile file contents, by name.
fn hostile_contents() -> Vec<(&'static str, Vec<u8>)> {
    let card = std::fs::read(root().join("fixtures/journey/1-gr.txt")).unwrap();
    vec![
        ("empty", Vec::new()),
        ("whitespace", b" \n\t\r\n".to_vec()),
        ("nul-bytes", vec![0; 4096]),
        (
            "binary-garbage",
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
        ),
        ("invalid-utf8", b"PHR1:\xff\xfe\xc3\x28 \xa0\xa1".to_vec()),
        ("nul-inside-card", {
            let mut c = card.clone();
            c.insert(20, 0);
            c
        }),
        ("truncated-card", card[..card.len() / 2].to_vec()),
        ("huge-text", vec![b'A'; 3 * 1024 * 1024]),
        ("huge-one-line-card", {
            let mut c = b"PHR1:".to_vec();
            c.extend(std::iter::repeat_n(b'0', 5_000_000));
            c
        }),
        (
            "deep-json",
            [vec![b'['; 200_000], vec![b']'; 200_000]].concat(),
        ),
        ("deep-cbor-bundle", {
            let mut b = vec![0x83, 0x64, b'P', b'H', b'R', b'B'];
            b.extend(std::iter::repeat_n(0x81, 200_000));
            b
        }),
        (
            "bundle-header-only",
            vec![0x83, 0x64, b'P', b'H', b'R', b'B'],
        ),
        ("bundle-truncated", {
            let b = std::fs::read(root().join("fixtures/journey/journey.phr")).unwrap();
            b[..b.len() - 100].to_vec()
        }),
        ("bundle-huge-count", {
            // ["PHRB", 1, 2^32] and no entries.
            let mut b = vec![0x83, 0x64, b'P', b'H', b'R', b'B', 0x01, 0x1a];
            b.extend([0xff; 4]);
            b
        }),
        (
            "pem-garbage",
            b"-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n".to_vec(),
        ),
        (
            "json-object",
            br#"{"a": {"b": [1, 2, {"c": null}]}}"#.to_vec(),
        ),
        (
            "pdf-garbage",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n".to_vec(),
        ),
        ("png-header-only", b"\x89PNG\r\n\x1a\n".to_vec()),
        (
            "jpeg-header-only",
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00".to_vec(),
        ),
    ]
}

/// The hostile contents as files in `dir`, named `name` plus `ext`.
fn hostile_files(dir: &TempDir, ext: &str) -> Vec<(String, PathBuf)> {
    hostile_contents()
        .into_iter()
        .map(|(name, bytes)| {
            let p = dir.path().join(format!("{name}{ext}"));
            std::fs::write(&p, bytes).unwrap();
            (name.to_owned(), p)
        })
        .collect()
}

/// `ephr verify CARD --trust LIST --anchor ANCHOR`.
fn verify_with(card: &Path, list: &Path, anchor: &Path) -> Command {
    let mut c = ephr();
    c.arg("verify")
        .arg(card)
        .arg("--trust")
        .arg(list)
        .arg("--anchor")
        .arg(anchor);
    c
}

/// [`hostile_files`] and a directory named like a file of that kind.
fn hostile_files_and_a_folder(dir: &TempDir, ext: &str) -> Vec<(String, PathBuf)> {
    let folder = dir.path().join(format!("a-folder{ext}"));
    std::fs::create_dir(&folder).unwrap();
    let mut files = hostile_files(dir, ext);
    files.push(("folder".into(), folder));
    files
}

fn demo_args() -> Vec<String> {
    demo_trust().to_vec()
}

// ─────────────────────────── cards and bundles as inputs ───────────────────────────

#[test]
fn hostile_card_inputs_are_refused_by_every_reading_command() {
    let dir = tmp();
    for ext in [".txt", ".png", ".pdf"] {
        for (name, path) in hostile_files(&dir, ext) {
            let export = &["fhir", "export"][..];
            for command in [&["verify"][..], &["decode"], &["bundle", "--out"], export] {
                if command == export && ext != ".txt" {
                    continue;
                }
                let mut c = ephr();
                c.args(command);
                if command == ["bundle", "--out"] {
                    c.arg(dir.path().join(format!("out-{name}{ext}.phr")));
                }
                c.arg(&path);
                if command != ["bundle", "--out"] && command != ["decode"] {
                    c.args(demo_args());
                }
                // decode and bundle exit 2 on what they cannot read; verify and export say NOT
                // VALID (1) for a card they could read but that is not valid.
                let out = c.timeout(HANG_GUARD).output().unwrap();
                let label = format!("{command:?} {name}{ext}");
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert_ne!(out.status.code(), Some(101), "{label}: PANIC\n{stderr}");
                assert!(!stderr.contains("panicked"), "{label}\n{stderr}");
                assert!(
                    matches!(out.status.code(), Some(1 | 2)),
                    "{label}: exit {:?}\n{stderr}",
                    out.status.code()
                );
                assert!(
                    !stderr.trim().is_empty() || !out.stdout.is_empty(),
                    "{label}: says nothing"
                );
            }
        }
    }
}

#[test]
fn a_card_that_is_not_valid_exits_1_and_unreadable_input_exits_2() {
    let dir = tmp();
    let card = std::fs::read_to_string(root().join("fixtures/journey/1-gr.txt")).unwrap();
    // One character changed inside the signed part: readable, not valid.
    let mut damaged = card.trim().to_owned().into_bytes();
    let i = damaged.len() - 10;
    damaged[i] = if damaged[i] == b'A' { b'B' } else { b'A' };
    let damaged_path = dir.path().join("damaged.txt");
    std::fs::write(&damaged_path, &damaged).unwrap();
    let mut c = ephr();
    c.arg("verify").arg(&damaged_path).args(demo_args());
    run("damaged card", c, &Expect { code: 1, says: &[] });
    for (name, says) in [
        ("empty", &["empty", "contains no text"][..]),
        ("binary-garbage", &["binary-garbage"][..]),
        ("nul-bytes", &["nul-bytes"][..]),
    ] {
        let p = dir.path().join(name);
        std::fs::write(
            &p,
            hostile_contents()
                .into_iter()
                .find(|(n, _)| *n == name)
                .unwrap()
                .1,
        )
        .unwrap();
        let mut c = ephr();
        c.arg("decode").arg(&p);
        run(name, c, &Expect { code: 2, says });
    }
}

#[test]
fn directories_and_special_files_given_as_inputs_are_named() {
    let dir = tmp();
    let d = dir.path().join("a-folder");
    std::fs::create_dir(&d).unwrap();
    for command in [&["verify"][..], &["decode"], &["scan"], &["fhir", "export"]] {
        let mut c = ephr();
        c.args(command)
            .arg(&d)
            .args(if command == ["decode"] || command == ["scan"] {
                vec![]
            } else {
                demo_args()
            });
        run(
            &format!("{command:?} directory"),
            c,
            &Expect {
                code: 2,
                says: &["a-folder"],
            },
        );
    }
    // A missing file.
    let mut c = ephr();
    c.arg("verify")
        .arg(dir.path().join("missing.txt"))
        .args(demo_args());
    run(
        "missing",
        c,
        &Expect {
            code: 2,
            says: &["missing.txt"],
        },
    );
}

#[test]
fn an_endless_input_is_refused_in_bounded_work() {
    // /dev/zero never ends: the readers must stop at their size limits.
    for command in [&["verify"][..], &["decode"]] {
        let mut c = ephr();
        c.args(command).arg("/dev/zero");
        if command == ["verify"] {
            c.args(demo_args());
        }
        run(&format!("{command:?} /dev/zero"), c, &UNUSABLE);
    }
    let mut c = ephr();
    c.args(["trust", "show", "/dev/zero"]);
    run("trust show /dev/zero", c, &UNUSABLE);
    // Standard input that never ends (assert_cmd's pipe_stdin would read it whole first).
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ephr"))
        .args(["verify", "-"])
        .args(demo_args())
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > HANG_GUARD {
            child.kill().unwrap();
            panic!("verify - < /dev/zero hangs");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("stdin is larger than"), "{stderr}");
}

#[test]
fn garbage_on_standard_input_is_refused() {
    for (name, bytes) in hostile_contents() {
        let mut c = ephr();
        c.args(["decode", "-"]).write_stdin(bytes);
        let out = c.timeout(HANG_GUARD).output().unwrap();
        assert_ne!(out.status.code(), Some(101), "stdin {name}");
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "stdin {name}: {:?}",
            out.status.code()
        );
    }
}

// ─────────────────────────── trust lists, anchors and keys ───────────────────────────

#[test]
fn hostile_trust_lists_stop_verify_and_trust_show_before_any_card() {
    let dir = tmp();
    let card = root().join("fixtures/journey/1-gr.txt");
    let anchor = root().join("keys/demo-anchor.pub.pem");
    let mut lists = hostile_files_and_a_folder(&dir, ".cose");
    lists.push(("a card".into(), card.clone()));
    lists.push(("a key".into(), anchor.clone()));
    for (name, list) in lists {
        let c = verify_with(&card, &list, &anchor);
        let (stdout, _) = run(&format!("verify --trust {name}"), c, &UNUSABLE);
        assert!(!stdout.contains("VALID"), "{name}: a card was judged");
        let mut c = ephr();
        c.args(["trust", "show"]).arg(&list);
        run(&format!("trust show {name}"), c, &UNUSABLE);
    }
}

/// A SubjectPublicKeyInfo PEM of raw Ed25519 bytes.
fn spki_pem(raw: [u8; 32]) -> String {
    let der = [
        vec![
            0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
        ],
        raw.to_vec(),
    ]
    .concat();
    // Standard base64, padded.
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut b64 = String::new();
    for chunk in der.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                b64.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                b64.push('=');
            }
        }
    }
    format!("-----BEGIN PUBLIC KEY-----\n{b64}\n-----END PUBLIC KEY-----\n")
}

#[test]
fn hostile_anchors_are_refused_with_the_file_named() {
    let dir = tmp();
    let card = root().join("fixtures/journey/1-gr.txt");
    let list = root().join("fixtures/journey/trust-list.cose");
    let mut anchors = hostile_files(&dir, ".pub.pem");
    for (name, raw) in [
        ("non-canonical-ff", [0xff; 32]),
        ("small-order-identity", {
            let mut b = [0; 32];
            b[0] = 1;
            b
        }),
        ("non-canonical-p-plus-1", {
            let mut b = [0xff; 32];
            b[0] = 0xee;
            b[31] = 0x7f;
            b
        }),
    ] {
        let p = dir.path().join(format!("{name}.pub.pem"));
        std::fs::write(&p, spki_pem(raw)).unwrap();
        anchors.push((name.into(), p));
    }
    let folder = dir.path().join("anchor-folder");
    std::fs::create_dir(&folder).unwrap();
    anchors.push(("folder".into(), folder));
    anchors.push((
        "a private key".into(),
        root().join("keys/demo-anchor.key.pem"),
    ));
    for (name, anchor) in anchors {
        let c = verify_with(&card, &list, &anchor);
        let (_, stderr) = run(&format!("--anchor {name}"), c, &UNUSABLE);
        let file = anchor.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            stderr.contains(&file) || stderr.contains("anchor"),
            "--anchor {name}: {stderr}"
        );
    }
}

#[test]
fn a_non_canonical_key_is_refused_by_trust_add() {
    let dir = tmp();
    let list = dir.path().join("list.cose");
    let anchor = root().join("keys/demo-anchor.key.pem");
    let mut c = ephr();
    c.args(["trust", "init", "--anchor-key"])
        .arg(&anchor)
        .arg("--out")
        .arg(&list);
    run("trust init", c, &Expect { code: 0, says: &[] });
    let bad = dir.path().join("bad.pub.pem");
    std::fs::write(&bad, spki_pem([0xff; 32])).unwrap();
    let mut c = ephr();
    c.args(["trust", "add", "--list"])
        .arg(&list)
        .arg("--anchor-key")
        .arg(&anchor)
        .args([
            "--authority",
            "GR-BAD",
            "--name",
            "Bad",
            "--country",
            "GR",
            "--public-key",
        ])
        .arg(&bad);
    run(
        "trust add non-canonical",
        c,
        &Expect {
            code: 2,
            says: &["bad.pub.pem"],
        },
    );
    let mut c = ephr();
    c.args(["trust", "show"])
        .arg(&list)
        .arg("--anchor")
        .arg(root().join("keys/demo-anchor.pub.pem"));
    let (stdout, _) = run("trust show after", c, &Expect { code: 0, says: &[] });
    assert!(
        stdout.contains("version 1"),
        "the list was not changed: {stdout}"
    );
}

#[test]
fn hostile_private_keys_are_refused_by_issue() {
    let dir = tmp();
    let record = root().join("fuzz/seeds/record_json/minimal.json");
    let mut keys = hostile_files_and_a_folder(&dir, ".key.pem");
    keys.push(("a public key".into(), root().join("keys/GR-DEMO.pub.pem")));
    for (name, key) in keys {
        let mut c = ephr();
        c.arg("issue")
            .arg(&record)
            .arg("--key")
            .arg(&key)
            .args(["--authority", "GR-DEMO", "--out"])
            .arg(dir.path().join(format!("card-{name}.txt")));
        run(&format!("issue --key {name}"), c, &UNUSABLE);
        assert!(
            !dir.path().join(format!("card-{name}.txt")).exists(),
            "{name}"
        );
    }
}

// ─────────────────────────── record JSON and FHIR JSON ───────────────────────────

#[test]
fn hostile_record_json_is_refused_by_issue() {
    let dir = tmp();
    let mut records = hostile_files_and_a_folder(&dir, ".json");
    records.push((
        "nested-object".into(),
        write(&dir, "nested.json", deep_object(100_000)),
    ));
    for (name, record) in records {
        let out = dir.path().join(format!("card-{name}.txt"));
        let mut c = ephr();
        c.arg("issue")
            .arg(&record)
            .arg("--key")
            .arg(root().join("keys/GR-DEMO.key.pem"))
            .args(["--authority", "GR-DEMO", "--out"])
            .arg(&out);
        run(&format!("issue {name}"), c, &UNUSABLE);
        assert!(!out.exists(), "{name}: a card was written");
    }
}

fn deep_object(depth: usize) -> Vec<u8> {
    [
        br#"{"patient":"#.repeat(depth),
        b"1".to_vec(),
        b"}".repeat(depth),
    ]
    .concat()
}

fn write(dir: &TempDir, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn hostile_fhir_documents_are_refused_by_fhir_import() {
    let dir = tmp();
    let mut docs = hostile_files_and_a_folder(&dir, ".json");
    docs.push((
        "deep-resource".into(),
        write(
            &dir,
            "deep-resource.json",
            [
                br#"{"resourceType":"Bundle","type":"document","entry":[{"resource":"#.to_vec(),
                br#"{"x":"#.repeat(100_000),
                b"1".to_vec(),
                b"}".repeat(100_000),
                b"}]}".to_vec(),
            ]
            .concat(),
        ),
    ));
    docs.push((
        "not-a-document".into(),
        write(&dir, "nad.json", br#"{"resourceType":"Patient"}"#),
    ));
    for (name, doc) in docs {
        let out = dir.path().join(format!("record-{name}.json"));
        let mut c = ephr();
        c.args(["fhir", "import"]).arg(&doc).arg("--out").arg(&out);
        run(&format!("fhir import {name}"), c, &UNUSABLE);
        assert!(!out.exists(), "{name}: a record was written");
    }
}

// ─────────────────────────── the trust store ───────────────────────────

#[test]
fn a_hostile_trust_store_stops_verify_with_the_repair_command() {
    let card = root().join("fixtures/journey/1-gr.txt");
    let anchor_pem = std::fs::read(root().join("keys/demo-anchor.pub.pem")).unwrap();
    for (name, bytes) in hostile_contents() {
        let dir = tmp();
        let home = dir.path().join("store");
        std::fs::create_dir(&home).unwrap();
        std::fs::write(home.join("anchor.pub.pem"), &anchor_pem).unwrap();
        std::fs::write(home.join("trust-list.cose"), &bytes).unwrap();
        let mut c = ephr();
        c.env("EPHR_HOME", &home).arg("verify").arg(&card);
        run(
            &format!("store list {name}"),
            c,
            &Expect {
                code: 2,
                says: &["trust-list.cose", "ephr trust install"],
            },
        );
        // And as the pinned anchor.
        std::fs::write(home.join("anchor.pub.pem"), &bytes).unwrap();
        let mut c = ephr();
        c.env("EPHR_HOME", &home).arg("verify").arg(&card);
        run(
            &format!("store anchor {name}"),
            c,
            &Expect {
                code: 2,
                says: &["anchor"],
            },
        );
    }
    // The store is a file, and a folder full of folders.
    let dir = tmp();
    let file = write(&dir, "store-file", b"x");
    let mut c = ephr();
    c.env("EPHR_HOME", &file).arg("verify").arg(&card);
    run(
        "store is a file",
        c,
        &Expect {
            code: 2,
            says: &["not a directory"],
        },
    );
    let home = dir.path().join("dirs");
    for f in ["anchor.pub.pem", "trust-list.cose", "installed.state"] {
        std::fs::create_dir_all(home.join(f)).unwrap();
    }
    let mut c = ephr();
    c.env("EPHR_HOME", &home).arg("verify").arg(&card);
    run("store of folders", c, &UNUSABLE);
}

// ─────────────────────────── symbolic links at output paths ───────────────────────────

/// A file someone else owns, and a link to it planted at `dir/name`.
fn planted(dir: &TempDir, name: &str) -> (PathBuf, PathBuf) {
    let victim = dir.path().join(format!("victim-of-{name}"));
    std::fs::write(&victim, b"not yours").unwrap();
    let link = dir.path().join(name);
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    (victim, link)
}

fn untouched(victim: &Path) {
    assert_eq!(
        std::fs::read(victim).unwrap(),
        b"not yours",
        "{} was written through a link",
        victim.display()
    );
}

#[test]
fn issue_never_writes_through_a_link_at_its_output() {
    let dir = tmp();
    for ext in ["txt", "png", "svg"] {
        let (victim, link) = planted(&dir, &format!("card.{ext}"));
        let mut c = ephr();
        c.arg("issue")
            .arg(root().join("fuzz/seeds/record_json/minimal.json"))
            .arg("--key")
            .arg(root().join("keys/GR-DEMO.key.pem"))
            .args(["--authority", "GR-DEMO", "--out"])
            .arg(&link);
        run(
            &format!("issue --out link.{ext}"),
            c,
            &Expect {
                code: 2,
                says: &["exists"],
            },
        );
        untouched(&victim);
    }
}

#[test]
fn keygen_and_trust_init_never_write_through_a_link() {
    let dir = tmp();
    let keys = dir.path().join("keys");
    std::fs::create_dir(&keys).unwrap();
    let victim = write(&dir, "victim", b"not yours");
    std::os::unix::fs::symlink(&victim, keys.join("GR-X.key.pem")).unwrap();
    let mut c = ephr();
    c.args(["keygen", "--authority", "GR-X", "--out-dir"])
        .arg(&keys);
    run(
        "keygen link",
        c,
        &Expect {
            code: 2,
            says: &["exists"],
        },
    );
    untouched(&victim);
    let (victim, link) = planted(&dir, "list.cose");
    let mut c = ephr();
    c.args(["trust", "init", "--anchor-key"])
        .arg(root().join("keys/demo-anchor.key.pem"))
        .arg("--out")
        .arg(&link);
    run(
        "trust init link",
        c,
        &Expect {
            code: 2,
            says: &["exists"],
        },
    );
    untouched(&victim);
}

/// `--trust`, `--anchor` and `--at` for the journey fixture.
fn journey_trust() -> [String; 6] {
    let path = |p: &str| root().join(p).display().to_string();
    [
        "--trust".to_owned(),
        path("fixtures/journey/trust-list.cose"),
        "--anchor".to_owned(),
        path("keys/demo-anchor.pub.pem"),
        "--at".to_owned(),
        "2027-02-01T00:00:00Z".to_owned(),
    ]
}

#[test]
fn bundle_booklet_and_fhir_replace_a_planted_link_instead_of_writing_through_it() {
    let dir = tmp();
    let journey = root().join("fixtures/journey/journey.phr");
    let trust = journey_trust();
    for (name, args) in [
        ("out.phr", vec!["bundle"]),
        ("out.pdf", vec!["booklet"]),
        ("out.json", vec!["fhir", "export"]),
    ] {
        let (victim, link) = planted(&dir, name);
        let mut c = ephr();
        c.args(&args).arg("--out").arg(&link).arg(&journey);
        if args[0] != "bundle" {
            c.args(&trust);
        }
        let out = c.timeout(HANG_GUARD).output().unwrap();
        assert_ne!(out.status.code(), Some(101), "{name}");
        untouched(&victim);
        if out.status.success() {
            let meta = std::fs::symlink_metadata(&link).unwrap();
            assert!(!meta.is_symlink(), "{name}: the link is still there");
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{name}");
        }
    }
}

#[test]
fn outputs_never_overwrite_an_existing_file_silently() {
    let dir = tmp();
    let journey = root().join("fixtures/journey/journey.phr");
    let trust = journey_trust();
    for (name, args) in [
        ("old.pdf", vec!["booklet"]),
        ("old.json", vec!["fhir", "export"]),
    ] {
        let old = write(&dir, name, b"someone's earlier document");
        let mut c = ephr();
        c.args(&args)
            .arg("--out")
            .arg(&old)
            .arg(&journey)
            .args(&trust);
        run(
            name,
            c,
            &Expect {
                code: 2,
                says: &["exists"],
            },
        );
        assert_eq!(std::fs::read(&old).unwrap(), b"someone's earlier document");
    }
}

// ─────────────────────────── images (no-panic checks only) ───────────────────────────

fn tiny_png(w: u32, h: u32) -> Vec<u8> {
    // A grey PNG written by hand: signature, IHDR, one IDAT (stored zlib), IEND.
    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend(kind);
        c.extend(data);
        c.extend(crc32(&[kind, data].concat()).to_be_bytes());
        c
    }
    fn crc32(b: &[u8]) -> u32 {
        let mut c = !0u32;
        for &x in b {
            c ^= u32::from(x);
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
        }
        !c
    }
    fn adler(b: &[u8]) -> u32 {
        let (mut a, mut s) = (1u32, 0u32);
        for &x in b {
            a = (a + u32::from(x)) % 65521;
            s = (s + a) % 65521;
        }
        s << 16 | a
    }
    let raw: Vec<u8> = (0..h)
        .flat_map(|y| std::iter::once(0).chain((0..w).map(move |x| ((x + y) % 2 * 255) as u8)))
        .collect();
    let mut z = vec![0x78, 0x01, 0x01];
    z.extend((raw.len() as u16).to_le_bytes());
    z.extend((!(raw.len() as u16)).to_le_bytes());
    z.extend(&raw);
    z.extend(adler(&raw).to_be_bytes());
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend(h.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    [
        b"\x89PNG\r\n\x1a\n".to_vec(),
        chunk(b"IHDR", &ihdr),
        chunk(b"IDAT", &z),
        chunk(b"IEND", &[]),
    ]
    .concat()
}

#[test]
fn tiny_images_never_panic() {
    let dir = tmp();
    for (w, h) in [(1, 1), (1, 2), (2, 1), (1, 40), (40, 1), (3, 3)] {
        let png = write(&dir, &format!("{w}x{h}.png"), tiny_png(w, h));
        for command in [&["verify"][..], &["decode"], &["scan"]] {
            let mut c = ephr();
            c.args(command).arg(&png);
            if command == ["verify"] {
                c.args(demo_args());
            }
            let out = c.timeout(HANG_GUARD).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_ne!(
                out.status.code(),
                Some(101),
                "{command:?} {w}x{h}: PANIC\n{stderr}"
            );
            assert_eq!(out.status.code(), Some(2), "{command:?} {w}x{h}\n{stderr}");
        }
    }
}
