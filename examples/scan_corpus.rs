//! Scanner robustness report: ephr next to ZBar on the same images.
//!
//! ```sh
//! cargo run --release --example scan_corpus [OUT_DIR [NAME_PART]]
//! ```
//!
//! Writes the robustness corpus of `tests/support/distort.rs` to OUT_DIR (default
//! `target/scan-corpus`), then reads every file with `ephr::qr::load_image` + `ephr::qr::scan`
//! and with `zbarimg -q --raw -Sdisable -Sqrcode.enable -Stest-inverted` (Debian zbar-tools),
//! timing each, and prints a Markdown table: per class and severity, how many images each
//! decoded and the mean wall time per image. An image counts as decoded only if exactly its expected texts were found,
//! each once, and nothing else. Per-image results go to OUT_DIR/results.tsv. With NAME_PART, only
//! the samples whose file name contains it (e.g. `blur-moderate`).

#[path = "../tests/support/distort.rs"]
mod distort;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ephr::qr;

/// ZBar at its best for this task: QR codes only (as a QR-scanning app configures it, so that
/// text lines read as 1-D barcodes do not count against it) and also trying the inverted image
/// (off by default; without it ZBar reads none of the light-on-dark samples).
const ZBAR_ARGS: [&str; 5] = [
    "-q",
    "--raw",
    "-Sdisable",
    "-Sqrcode.enable",
    "-Stest-inverted",
];

#[derive(Default, Clone, Copy)]
struct Tally {
    total: u32,
    ephr_ok: u32,
    zbar_ok: u32,
    ephr_time: Duration,
    zbar_time: Duration,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.total += o.total;
        self.ephr_ok += o.ephr_ok;
        self.zbar_ok += o.zbar_ok;
        self.ephr_time += o.ephr_time;
        self.zbar_time += o.zbar_time;
    }
}

fn ms(d: Duration, n: u32) -> String {
    let v = d.as_secs_f64() * 1000.0 / f64::from(n.max(1));
    if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn rate(ok: u32, total: u32) -> String {
    let pct = 100.0 * f64::from(ok) / f64::from(total.max(1));
    format!("{ok}/{total} ({pct:.0} %)")
}

/// Runs zbarimg on `path`: the texts it printed, and the wall time.
fn zbar(path: &Path) -> (Vec<String>, Duration) {
    let t = Instant::now();
    let out = Command::new("zbarimg")
        .args(ZBAR_ARGS)
        .arg(path)
        .output()
        .expect("zbarimg runs");
    let elapsed = t.elapsed();
    // zbarimg --raw prints each symbol's data followed by a newline; base45 has no newline.
    let text = String::from_utf8_lossy(&out.stdout);
    let texts = text
        .split('\n')
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    (texts, elapsed)
}

fn zbar_version() -> Option<String> {
    Command::new("zbarimg")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
}

fn main() -> std::io::Result<()> {
    let out: PathBuf = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/scan-corpus"), PathBuf::from);
    std::fs::create_dir_all(&out)?;
    let zbar_version = zbar_version();
    if zbar_version.is_none() {
        eprintln!(
            "zbarimg is not installed (Debian: apt-get install zbar-tools); \
             only ephr's column is measured"
        );
    }
    // ZBar's cost of starting a process, for reading its column.
    let spawn = zbar_version.as_ref().map(|_| {
        let t = Instant::now();
        for _ in 0..5 {
            let _ = Command::new("zbarimg").arg("--version").output();
        }
        t.elapsed() / 5
    });

    let cards = distort::cards();
    // Optional second argument: only the samples whose name contains it (e.g. `blur-moderate`).
    let only = std::env::args().nth(2).unwrap_or_default();
    let specs: Vec<_> = distort::specs()
        .into_iter()
        .filter(|s| s.name.contains(&only))
        .collect();
    let mut rows: BTreeMap<(usize, usize), (String, Tally)> = BTreeMap::new();
    let mut tsv = String::from(
        "name\tclass\tseverity\twidth\theight\tbytes\tephr\tephr_ms\tzbar\tzbar_ms\tephr_result\n",
    );
    let mut failures: Vec<String> = Vec::new();
    let started = Instant::now();
    for (i, spec) in specs.iter().enumerate() {
        let sample = spec.render(&cards);
        let path = sample.write(&out)?;
        let (w, h) = sample.image.dimensions();
        let expected = sample.expected;
        drop(sample.image);
        let bytes = std::fs::metadata(&path)?.len();

        let t = Instant::now();
        let result = qr::load_image(&path).and_then(|img| qr::scan(&img));
        let ephr_time = t.elapsed();
        let ephr_ok = result
            .as_ref()
            .is_ok_and(|found| distort::exactly(found, &expected));
        let ephr_result = match &result {
            Ok(found) if ephr_ok => format!("ok ({} code(s))", found.len()),
            Ok(found) => format!(
                "WRONG: {} text(s), {} expected",
                found.len(),
                expected.len()
            ),
            Err(e) => format!("error: {e}"),
        };

        let (zbar_ok, zbar_time, zbar_note) = if zbar_version.is_some() {
            let (texts, d) = zbar(&path);
            let ok = distort::exactly(&texts, &expected);
            (ok, d, if ok { "ok" } else { "failed" })
        } else {
            (false, Duration::ZERO, "-")
        };
        let class = distort::CLASSES
            .iter()
            .position(|c| *c == spec.class)
            .expect("known class");
        let sev = distort::SEVERITIES
            .iter()
            .position(|s| *s == spec.severity)
            .expect("known severity");
        let row = rows
            .entry((class, sev))
            .or_insert_with(|| (spec.detail.clone(), Tally::default()));
        row.1.add(&Tally {
            total: 1,
            ephr_ok: u32::from(ephr_ok),
            zbar_ok: u32::from(zbar_ok),
            ephr_time,
            zbar_time,
        });
        if !ephr_ok {
            failures.push(format!("{} ({}×{}): {ephr_result}", spec.name, w, h));
        }
        let _ = writeln!(
            tsv,
            "{}\t{}\t{}\t{w}\t{h}\t{bytes}\t{}\t{:.1}\t{zbar_note}\t{:.1}\t{ephr_result}",
            spec.name,
            spec.class,
            spec.severity,
            if ephr_ok { "ok" } else { "failed" },
            ephr_time.as_secs_f64() * 1000.0,
            zbar_time.as_secs_f64() * 1000.0,
        );
        eprint!("\r{}/{} {:<40}", i + 1, specs.len(), spec.name);
    }
    eprintln!();
    std::fs::write(out.join("results.tsv"), &tsv)?;

    let with_zbar = zbar_version.is_some();
    let mut md = String::new();
    if with_zbar {
        md += "| class | severity | distortion | ephr decoded | zbar decoded | ephr ms/image | zbar ms/image |\n";
        md += "| --- | --- | --- | --- | --- | ---: | ---: |\n";
    } else {
        md += "| class | severity | distortion | ephr decoded | ephr ms/image |\n";
        md += "| --- | --- | --- | --- | ---: |\n";
    }
    let mut by_sev = [Tally::default(); 4];
    let mut all = Tally::default();
    for (&(_, sev), (_, t)) in &rows {
        by_sev[sev].add(t);
        all.add(t);
    }
    for (&(class, sev), (detail, t)) in &rows {
        let flag = if with_zbar && t.ephr_ok < t.zbar_ok {
            " **<**"
        } else {
            ""
        };
        if with_zbar {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {}{flag} | {} | {} | {} |",
                distort::CLASSES[class],
                distort::SEVERITIES[sev],
                detail,
                rate(t.ephr_ok, t.total),
                rate(t.zbar_ok, t.total),
                ms(t.ephr_time, t.total),
                ms(t.zbar_time, t.total),
            );
        } else {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                distort::CLASSES[class],
                distort::SEVERITIES[sev],
                detail,
                rate(t.ephr_ok, t.total),
                ms(t.ephr_time, t.total),
            );
        }
    }
    for (sev, t) in by_sev.iter().enumerate().filter(|(_, t)| t.total > 0) {
        let label = format!("**all {}**", distort::SEVERITIES[sev]);
        push_total(&mut md, &label, t, with_zbar);
    }
    push_total(&mut md, "**all**", &all, with_zbar);

    println!("{md}");
    println!(
        "{} images ({} cards: {}), written to {}; per-image results in results.tsv. \
         Times are wall-clock per image on one thread, file decoding included for both{}. \
         Total run {:.0} s.",
        all.total,
        cards.len(),
        cards
            .iter()
            .map(|c| format!("{} = version {}", c.label, c.version))
            .collect::<Vec<_>>()
            .join(", "),
        out.display(),
        match (&zbar_version, spawn) {
            (Some(v), Some(s)) => format!(
                "; ZBar is `zbarimg {}` (version {v}), which also pays about {:.1} ms to start \
                 a process (`zbarimg --version`)",
                ZBAR_ARGS.join(" "),
                s.as_secs_f64() * 1000.0
            ),
            _ => String::new(),
        },
        started.elapsed().as_secs_f64()
    );
    if !failures.is_empty() {
        println!("\nephr failed on {} image(s):\n", failures.len());
        for f in &failures {
            println!("- {f}");
        }
    }
    Ok(())
}

fn push_total(md: &mut String, label: &str, t: &Tally, with_zbar: bool) {
    if with_zbar {
        let _ = writeln!(
            md,
            "| {label} | | | {} | {} | {} | {} |",
            rate(t.ephr_ok, t.total),
            rate(t.zbar_ok, t.total),
            ms(t.ephr_time, t.total),
            ms(t.zbar_time, t.total),
        );
    } else {
        let _ = writeln!(
            md,
            "| {label} | | | {} | {} |",
            rate(t.ephr_ok, t.total),
            ms(t.ephr_time, t.total),
        );
    }
}
