//! Runs the command-line walk-throughs in examples/ against the freshly built binary: they check
//! every step's exit status and output themselves (key rotation, anchor rotation, rollback,
//! card and key revocation, stale lists).

use std::process::Command;

fn run(script: &str) {
    let bin = assert_cmd::cargo::cargo_bin("ephr");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/").to_owned() + script;
    let out = Command::new("bash")
        .arg(&path)
        .env("EPHR", &bin)
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("all checks passed"),
        "{script} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn key_rotation_rollback_and_anchor_rotation() {
    run("trust-rotation.sh");
}

#[test]
fn card_and_key_revocation_and_stale_lists() {
    run("trust-revocation.sh");
}
