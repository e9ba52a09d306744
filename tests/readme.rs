//! The README's examples run as tests (issue 11).
//!
//! - The ```console walk-through ("runs in an empty directory, and each step uses the files made
//!   by the steps before it") is run command by command, in README order, in one temporary
//!   directory, with the freshly built `ephr` first on `PATH`. The ```json blocks introduced by a
//!   file name (`small.json`, `bad.json`) are written there first. Each command must exit with the
//!   documented status (non-zero when the README shows an `error:`, 1 when it shows `NOT VALID`,
//!   else 0), and every output line the README shows must be among the lines the command prints,
//!   once key ids, card ids, hashes and numbers are masked (the README says they differ on every
//!   machine). Lines cut short with `…`, and the output of non-ephr commands (`ls -l`), are not
//!   compared.
//! - Commands that read shipped files (`fixtures/…` with the demo anchor `keys/…`) run in the
//!   repository root; they only read.
//! - The ```sh block `cargo run --release -- demo` runs as `ephr demo` in an empty directory.
//! - The ```rust block must be the crate documentation's example in `src/lib.rs` wrapped in
//!   `main`, which `cargo test` runs as a doctest; so the README example is the tested one.
//!
//! Output lines the README shows that `ephr` no longer prints are listed in [`KNOWN_STALE`] with
//! what it prints now (README.md is not this file's to edit); the test prints them.
//!
//! Skipped, each for the reason given in [`SKIPPED`]: `scripts/test` (it is the whole test
//! suite), the plain ``` block (`examples/trust-*.sh`, run by tests/examples_scripts.rs), and the
//! follow-up sketch whose inputs the walk-through does not make.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Commands of the README that are not run, by a text they contain, and why.
const SKIPPED: &[(&str, &str)] = &[
    (
        "scripts/test",
        "the whole test suite (installs packages as root); it runs this test",
    ),
    (
        "examples/trust-rotation.sh",
        "run by tests/examples_scripts.rs",
    ),
    (
        "examples/trust-revocation.sh",
        "run by tests/examples_scripts.rs",
    ),
    (
        "--follows person.phr",
        "a sketch: person.phr and keys/RS-PRESEVO-HP.key.pem are not made by the walk-through",
    ),
    (
        "ephr bundle card-gr.txt rs.txt",
        "a sketch: card-gr.txt and rs.txt are not made by the walk-through",
    ),
    (
        "ephr station",
        "a server that runs until Ctrl-C; tests/station.rs starts it and checks its banner and every screen",
    ),
    (
        "ephr register",
        "the site register's commands need a register with entries; tests/register.rs runs each of them",
    ),
    (
        "ephr fhir import ehr-ips.json",
        "ehr-ips.json is not made by the walk-through (fhir import is covered by tests/cmd/)",
    ),
];

/// Output lines the README shows that the current `ephr` no longer prints, by a text they
/// contain, with what it prints instead. README.md is not this test's to edit: these are reported
/// for fixing there, and each entry should then be removed so that the line is compared again.
const KNOWN_STALE: &[(&str, &str)] = &[];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).expect("README.md is readable")
}

/// A fenced block of the README.
struct Block {
    lang: String,
    /// The first line of the block in README.md (1-based), for messages.
    line: usize,
    body: Vec<String>,
    /// The file name the text just before the block gives it (`bad.json`:), if any.
    named: Option<String>,
}

fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        if let Some(lang) = t.strip_prefix("```") {
            let indent = lines[i].len() - t.len();
            let start = i;
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                let l = lines[i];
                let cut = l.len() - l.trim_start().len();
                body.push(l[cut.min(indent)..].to_string());
                i += 1;
            }
            let named = lines[..start]
                .iter()
                .rev()
                .find(|l| !l.trim().is_empty())
                .filter(|l| l.trim_end().ends_with(':'))
                .and_then(|l| {
                    l.split('`')
                        .enumerate()
                        .filter(|(k, s)| k % 2 == 1 && s.ends_with(".json"))
                        .map(|(_, s)| s.to_string())
                        .last()
                });
            out.push(Block {
                lang: lang.trim().to_string(),
                line: start + 1,
                body,
                named,
            });
        }
        i += 1;
    }
    out
}

/// A command of a console block and the output the README shows for it.
struct Step {
    command: String,
    shown: Vec<String>,
}

fn steps(body: &[String]) -> Vec<Step> {
    let mut out: Vec<Step> = Vec::new();
    let mut k = 0;
    while k < body.len() {
        if let Some(c) = body[k].strip_prefix("$ ") {
            let mut command = c.to_string();
            while command.ends_with('\\') && k + 1 < body.len() {
                command.pop();
                k += 1;
                command = format!("{} {}", command.trim_end(), body[k].trim());
            }
            out.push(Step {
                command,
                shown: Vec::new(),
            });
        } else if let Some(last) = out.last_mut() {
            last.shown.push(body[k].clone());
        }
        k += 1;
    }
    out
}

/// Masks what differs from run to run: hex ids and hashes (8 or more hex digits with a digit),
/// then every run of digits.
fn mask(line: &str) -> String {
    let chars: Vec<char> = line.trim_end().chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        if boundary && chars[i].is_ascii_hexdigit() {
            let mut j = i;
            while j < chars.len() && chars[j].is_ascii_hexdigit() {
                j += 1;
            }
            let end = j == chars.len() || !chars[j].is_ascii_alphanumeric();
            if end && j - i >= 8 && chars[i..j].iter().any(char::is_ascii_digit) {
                out.push_str("<hex>");
                i = j;
                continue;
            }
        }
        if chars[i].is_ascii_digit() {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            out.push('#');
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_ephr"))
        .parent()
        .expect("the binary is in a directory")
        .to_path_buf()
}

struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

fn sh(command: &str, cwd: &Path, home: &Path) -> Ran {
    let path = format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(cwd)
        .env("PATH", path)
        .env("EPHR_HOME", home)
        .env_remove("XDG_DATA_HOME")
        .output()
        .expect("sh runs");
    Ran {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn skip_reason(command: &str) -> Option<&'static str> {
    SKIPPED
        .iter()
        .find(|(needle, _)| command.contains(needle))
        .map(|(_, why)| *why)
}

/// Runs one README command and checks its exit status and the output the README shows.
fn check(
    step: &Step,
    block_line: usize,
    work: &Path,
    home: &Path,
    failures: &mut Vec<String>,
    stale: &mut Vec<String>,
) {
    let shipped = step.command.contains("fixtures/");
    let cwd = if shipped { repo() } else { work.to_path_buf() };
    let ran = sh(&step.command, &cwd, home);
    let shown: Vec<&String> = step.shown.iter().filter(|l| !l.trim().is_empty()).collect();
    let expected_code = if shown.iter().any(|l| l.starts_with("error:")) {
        None // any failure status
    } else if shown
        .iter()
        .any(|l| l.trim_start().starts_with("NOT VALID"))
    {
        Some(1)
    } else {
        Some(0)
    };
    let here = format!("README.md block at line {block_line}: `{}`", step.command);
    let status_ok = match expected_code {
        Some(c) => ran.code == c,
        None => ran.code != 0,
    };
    if !status_ok {
        failures.push(format!(
            "{here}: exit status {} (expected {})\nstdout:\n{}\nstderr:\n{}",
            ran.code,
            expected_code.map_or("non-zero".to_string(), |c| c.to_string()),
            ran.stdout,
            ran.stderr
        ));
        return;
    }
    if !step.command.starts_with("ephr ") {
        return; // printf, ls -l, echo: nothing of ephr's to compare
    }
    let printed: Vec<String> = ran
        .stdout
        .lines()
        .chain(ran.stderr.lines())
        .map(mask)
        .collect();
    for line in shown {
        if line.trim() == "…" || line.trim_end().ends_with('…') {
            continue;
        }
        if printed.contains(&mask(line)) {
            continue;
        }
        if let Some((_, now)) = KNOWN_STALE.iter().find(|(needle, _)| line.contains(needle)) {
            stale.push(format!("{here}:\n    {}\n    ({now})", line.trim()));
        } else {
            failures.push(format!(
                "{here}: the README shows\n    {line}\nbut the command printed:\n{}{}",
                ran.stdout, ran.stderr
            ));
        }
    }
}

#[test]
fn readme_walk_through_runs() {
    let text = readme();
    let work = tempfile::tempdir().expect("temp dir");
    let home = tempfile::tempdir().expect("temp dir");
    let mut failures = Vec::new();
    let mut ran = Vec::new();
    let mut skipped = Vec::new();
    let mut stale = Vec::new();
    for b in blocks(&text) {
        match b.lang.as_str() {
            "json" => {
                if let Some(name) = &b.named {
                    std::fs::write(work.path().join(name), b.body.join("\n") + "\n")
                        .expect("write json");
                }
            }
            "console" => {
                for step in steps(&b.body) {
                    if let Some(why) = skip_reason(&step.command) {
                        skipped.push(format!("line {}: {} ({why})", b.line, step.command));
                        continue;
                    }
                    check(
                        &step,
                        b.line,
                        work.path(),
                        home.path(),
                        &mut failures,
                        &mut stale,
                    );
                    ran.push(format!("line {}: {}", b.line, step.command));
                }
            }
            "sh" | "" => {
                for command in b.body.iter().filter(|l| !l.trim().is_empty()) {
                    if let Some(why) = skip_reason(command) {
                        skipped.push(format!("line {}: {command} ({why})", b.line));
                        continue;
                    }
                    let Some(args) = command.strip_prefix("cargo run --release -- ") else {
                        failures.push(format!(
                            "README.md block at line {}: `{command}` is neither run nor skipped \
                             by tests/readme.rs; add it to one or the other",
                            b.line
                        ));
                        continue;
                    };
                    let empty = tempfile::tempdir().expect("temp dir");
                    let step = Step {
                        command: format!("ephr {args}"),
                        shown: Vec::new(),
                    };
                    check(
                        &step,
                        b.line,
                        empty.path(),
                        home.path(),
                        &mut failures,
                        &mut stale,
                    );
                    ran.push(format!("line {}: {command} (as `ephr {args}`)", b.line));
                }
            }
            _ => {}
        }
    }
    eprintln!("README commands run:\n  {}", ran.join("\n  "));
    eprintln!("README commands skipped:\n  {}", skipped.join("\n  "));
    if !stale.is_empty() {
        eprintln!(
            "README output lines known to be out of date (fix README.md, then KNOWN_STALE):\n{}",
            stale.join("\n")
        );
    }
    assert!(
        ran.len() >= 25,
        "only {} README commands found; did the README's format change?",
        ran.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The README's library example is `src/lib.rs`'s crate example (a doctest that `cargo test`
/// runs) wrapped in `fn main`, so the README shows code that is compiled and run.
#[test]
fn readme_library_example_is_the_crate_doctest() {
    let text = readme();
    let rust: Vec<Block> = blocks(&text)
        .into_iter()
        .filter(|b| b.lang == "rust")
        .collect();
    assert_eq!(rust.len(), 1, "one ```rust block in README.md");
    let body = &rust[0].body;
    // Unwrap `fn main() -> Result<…> { … Ok(()) }` and its indentation.
    let mut readme_code: Vec<String> = Vec::new();
    let mut in_main = false;
    for l in body {
        if l.starts_with("fn main()") {
            in_main = true;
            continue;
        }
        if in_main && (l == "}" || l.trim() == "Ok(())") {
            continue;
        }
        readme_code.push(if in_main {
            l.strip_prefix("    ").unwrap_or(l).to_string()
        } else {
            l.clone()
        });
    }
    let lib = std::fs::read_to_string(repo().join("src/lib.rs")).expect("src/lib.rs");
    let doc: Vec<String> = lib
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| {
            l.strip_prefix("//! ")
                .unwrap_or(l.trim_start_matches("//!"))
                .to_string()
        })
        .collect();
    let start = doc
        .iter()
        .position(|l| l == "```")
        .expect("a code block in lib.rs")
        + 1;
    let end = start
        + doc[start..]
            .iter()
            .position(|l| l == "```")
            .expect("its end");
    let lib_code: Vec<String> = doc[start..end]
        .iter()
        .filter(|l| !l.starts_with("# "))
        .cloned()
        .collect();
    let trim = |v: &[String]| -> String { v.join("\n").trim().to_string() };
    assert!(
        trim(&lib_code).contains("UnverifiedCard::from_text(card.text())?.verify("),
        "the crate example was not found in src/lib.rs"
    );
    assert_eq!(
        trim(&readme_code),
        trim(&lib_code),
        "README.md's ```rust block (without `fn main`) differs from the crate example in \
         src/lib.rs, which is the one `cargo test` runs"
    );
}
