//! Snapshot tests of every command's main outputs and errors (issue 11), with trycmd.
//!
//! Each `tests/cmd/NAME.toml` runs `ephr` with fixed inputs (from `tests/cmd/inputs/`, the demo
//! keys in `keys/` and the shipped fixtures), in the repository root unless it has a sandboxed
//! `NAME.in/` directory; `NAME.stdout` and `NAME.stderr` are the expected outputs and `[..]` /
//! `...` stand for what changes from run to run (a fresh card id, a key file's mode). After an
//! intended change of a message, rewrite them with
//! `TRYCMD=overwrite cargo test --test snapshots` and read the difference before committing.
//!
//! The cards in `tests/cmd/inputs/` were issued once with `keys/GR-DEMO.key.pem` at a fixed
//! `--at` (issue gives every card a random id, so its output is not reproducible); they are
//! verified with `--trust keys/demo-trust-list.cose --anchor keys/demo-anchor.pub.pem --at
//! 2026-12-01`. `card-tampered.txt` is `card-small.txt` with one byte of the signed record changed
//! (lot MR0923 -> MR0924) and re-compressed, `card-damaged.txt` has one character of the text
//! changed; the trust lists are the demo list with the key revoked, the card revoked, or a short
//! next-update time (stale at 2026-12-01).

use std::path::Path;

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        .register_bin("ephr", trycmd::cargo::cargo_bin("ephr"))
        .case("tests/cmd/*.toml");
}

/// A run of three or more spaces inside a sentence is a formatting slip (issue 11 found two such
/// messages). Alignment is allowed: after a short label at the start of a line (`  Issued by
/// …`, `1. Record   …`, a subcommand name in `--help`), which is how the reports and clap align
/// their values, in clap's option column, and before a comment aligned after an example.
fn runs_of_spaces(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let mut from = 0;
        while let Some(at) = body[from..].find("   ") {
            let at = from + at;
            let before = body[..at].trim_end();
            let after = body[at..].trim_start();
            let is_label = before.split_whitespace().count() <= 3
                && before.chars().count() <= 16
                && !before.ends_with(['.', ',', ';', ':'])
                || before.ends_with(':') && before.split_whitespace().count() == 1 && indent > 0;
            // clap's option column (`--out <FILE>    Write …`), and comments aligned after an
            // example command line (`ephr … --out ips.json    (installed trust list)`).
            let is_column = body.starts_with(['-', '<']) || after.starts_with(['(', '#']);
            if !after.is_empty() && !is_label && !is_column {
                found.push(line.to_string());
                break;
            }
            from = at + (body[at..].len() - after.len());
            if after.is_empty() {
                break;
            }
        }
    }
    found
}

#[test]
fn no_run_of_spaces_inside_a_sentence() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cmd");
    let mut bad = Vec::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/cmd") {
        let path = entry.expect("entry").path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "stdout" | "stderr") {
            continue;
        }
        checked += 1;
        let text = std::fs::read_to_string(&path).expect("snapshot is text");
        for line in runs_of_spaces(&text) {
            bad.push(format!("{name}: {line:?}"));
        }
    }
    assert!(
        checked > 50,
        "only {checked} snapshots found in {}",
        dir.display()
    );
    assert!(
        bad.is_empty(),
        "a run of 3+ spaces inside a sentence:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_space_check_tells_alignment_from_a_sentence() {
    assert!(runs_of_spaces("  Issued by   DEMO unit (GR-DEMO, Greece) on 2026-11-20").is_empty());
    assert!(runs_of_spaces("1. Record   fixtures/records/reference-full.json").is_empty());
    assert!(runs_of_spaces("VALID  card c55494e662d30daf").is_empty());
    assert!(runs_of_spaces("      --out <FILE>    Write the card here").is_empty());
    assert!(
        runs_of_spaces("  ephr verify a.txt --out b.json      (installed trust list)").is_empty()
    );
    assert_eq!(
        runs_of_spaces("error: the card was issued   before the key was valid").len(),
        1
    );
    assert_eq!(
        runs_of_spaces("hint: give the key's real start date,    then verify again").len(),
        1
    );
}
