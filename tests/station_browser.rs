//! `ephr station` in a real browser: Chromium, driven by Selenium from
//! `tests/station/browser.py`, uses the clinic page as a clinician does. Each scenario starts its
//! own station on a free port and its own headless browser:
//!
//! - the camera: a fake camera plays photos of booklet pages held up in front of it; all three
//!   entries come out VALID with their merged history (the time from the camera button to the
//!   result is printed);
//! - a USB scanner typing a card and Enter while nothing has the focus; an upload of a photo of
//!   the wallet card and of the booklet PDF; two pasted cards;
//! - a revoked card (NOT VALID, and why), an out-of-date trust list, the DEMO anchor's warning;
//! - a trust list update from a file through the page (newer: installed; older: refused);
//! - "Next person": nothing of the person is left in the page or in the old session;
//! - Arabic (right to left) and the person's-language view;
//! - `--tls` on a 360 px phone: the served certificate is the printed fingerprint, a wrong
//!   access code is refused, the right one signs in.
//!
//! Needs Debian's `chromium` and `chromium-driver` (/usr/bin/chromium, /usr/bin/chromedriver),
//! `pdftoppm` (poppler-utils), and Python with selenium and Pillow: `scripts/test` installs all of
//! them (the Debian packages when run as root). When they are missing the test FAILS and says how
//! to install them; `EPHR_SKIP_BROWSER=1` turns that into a printed notice and a skip (it never
//! skips the test when everything is there). The interpreter is `EPHR_PYTHON`, else
//! `.venv/bin/python`, else `python3`. `EPHR_STATION_SCREENSHOTS=DIR` also saves screenshots of
//! every screen in DIR (see the script's `--screenshots`).

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use support::{python, root};

const APT_HINT: &str = "run scripts/test as root (it installs them), or \
                        `sudo apt-get install chromium chromium-driver poppler-utils`";
const PIP_HINT: &str = "scripts/test (sets up .venv from .ci/requirements.txt), or \
                        `.venv/bin/pip install -r .ci/requirements.txt` (selenium, pillow)";

/// The browser and its driver: Debian's, unless CHROMIUM / CHROMEDRIVER name others (the script
/// reads the same variables).
fn tool(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_owned())
}

/// What is missing to run the browser test, if anything, with the way to install it.
fn missing() -> Option<String> {
    for (path, package) in [
        (tool("CHROMIUM", "/usr/bin/chromium"), "chromium"),
        (
            tool("CHROMEDRIVER", "/usr/bin/chromedriver"),
            "chromium-driver",
        ),
    ] {
        if !Path::new(&path).is_file() {
            return Some(format!(
                "{path} is missing (Debian package {package}); {APT_HINT}"
            ));
        }
    }
    let pdftoppm = Command::new("pdftoppm")
        .arg("-v")
        .stdin(Stdio::null())
        .output();
    if pdftoppm.is_err() {
        return Some(format!(
            "pdftoppm is missing (Debian package poppler-utils); {APT_HINT}"
        ));
    }
    let py = python();
    match Command::new(&py)
        .args(["-c", "import selenium, PIL"])
        .stdin(Stdio::null())
        .output()
    {
        Err(e) => Some(format!("cannot run `{py}`: {e}; {PIP_HINT}")),
        Ok(o) if !o.status.success() => Some(format!(
            "`{py}` cannot import selenium and Pillow ({}); install them with {PIP_HINT} \
             (or set EPHR_PYTHON to another interpreter)",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or("")
                .trim()
        )),
        Ok(_) => None,
    }
}

#[test]
fn the_station_works_in_a_real_browser() {
    if let Some(why) = missing() {
        if std::env::var("EPHR_SKIP_BROWSER").as_deref() == Ok("1") {
            // Written past the test harness's output capture, so the skip is always visible.
            let notice = format!(
                "\nNOTICE: station browser test SKIPPED because EPHR_SKIP_BROWSER=1: {why}\n"
            );
            let _ = std::io::stderr().lock().write_all(notice.as_bytes());
            return;
        }
        panic!(
            "the station's browser test cannot run: {why}\n\
             (EPHR_SKIP_BROWSER=1 skips it where these cannot be installed)"
        );
    }
    let script = root().join("tests/station/browser.py");
    let mut cmd = Command::new(python());
    cmd.arg(&script)
        .arg(env!("CARGO_BIN_EXE_ephr"))
        .arg(root())
        .stdin(Stdio::null());
    if let Ok(dir) = std::env::var("EPHR_STATION_SCREENSHOTS") {
        cmd.arg("--screenshots").arg(dir);
    }
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Shown by `cargo test -- --nocapture`, and always when the test fails.
    println!("{stdout}");
    if !stderr.trim().is_empty() {
        println!("stderr:\n{stderr}");
    }
    assert_ne!(
        out.status.code(),
        Some(2),
        "tests/station/browser.py could not run (its environment; {PIP_HINT}; {APT_HINT}):\n\
         {stdout}\n{stderr}"
    );
    assert!(
        out.status.success(),
        "the station failed in the browser ({}):\n{stdout}\n{stderr}",
        out.status
    );
}
