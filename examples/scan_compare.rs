//! ephr's scanner against zxing-cpp and ZBar on the issue-12 corpus, in one interleaved run.
//!
//! ```sh
//! .venv/bin/pip install zxing-cpp pillow   # once (scripts/test makes .venv)
//! cargo run --release --example scan_compare [OUT_DIR [NAME_PART]]
//! ```
//!
//! The corpus: every class of `tests/support/distort.rs` at its three milder severities, and the
//! classes of `tests/support/scan_photo.rs` (glare, curved and wavy paper, occlusion, A4 sheets
//! photographed), all deterministic. Each image is written to OUT_DIR (default
//! `target/scan-compare`) and read, one after the other on the same image so that a busy machine
//! slows all three alike:
//! - ephr: `qr::scan` in this process, timed after the file is decoded;
//! - zxing-cpp: `scripts/zxing_read.py` in a Python process that stays up, timing its
//!   `read_barcodes` call after the file is decoded (QR only, default options);
//! - ZBar: `zbarimg` as a process (QR only, inverted too), timed whole: its figure includes
//!   process start and file decoding, so it is not comparable to the other two.
//!
//! An image counts as decoded when exactly its expected texts were found; "wrong" counts PHR1
//! texts returned that are not in the image (must stay 0). Prints a Markdown table: decoded
//! counts and median milliseconds per class and severity. With NAME_PART, only samples whose
//! name contains it.

#[path = "../tests/support/distort.rs"]
mod distort;
#[path = "../tests/support/scan_photo.rs"]
mod scan_photo;

use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use ephr::qr;

struct Zxing {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Zxing {
    fn start() -> Option<Self> {
        let python = std::env::var("EPHR_PYTHON").unwrap_or_else(|_| ".venv/bin/python".into());
        let mut child = Command::new(python)
            .arg("scripts/zxing_read.py")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .ok()?;
        let stdin = child.stdin.take()?;
        let stdout = BufReader::new(child.stdout.take()?);
        Some(Self {
            child,
            stdin,
            stdout,
        })
    }

    /// Texts read and in-process milliseconds.
    fn read(&mut self, path: &Path) -> Option<(Vec<String>, f64)> {
        writeln!(self.stdin, "{}", path.display()).ok()?;
        let mut line = String::new();
        self.stdout.read_line(&mut line).ok()?;
        let v: serde_json::Value = serde_json::from_str(&line).ok()?;
        let texts = v["texts"]
            .as_array()?
            .iter()
            .filter_map(|t| t.as_str().map(str::to_owned))
            .collect();
        Some((texts, v["ms"].as_f64()?))
    }
}

impl Drop for Zxing {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn zbar(path: &Path) -> Option<(Vec<String>, f64)> {
    let t = Instant::now();
    let out = Command::new("zbarimg")
        .args([
            "-q",
            "--raw",
            "-Sdisable",
            "-Sqrcode.enable",
            "-Stest-inverted",
        ])
        .arg(path)
        .output()
        .ok()?;
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let texts = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    Some((texts, ms))
}

#[derive(Default)]
struct Cell {
    total: u32,
    ok: [u32; 3],
    wrong: [u32; 3],
    ms: [Vec<f64>; 3],
}

fn median(v: &[f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

fn fmt_ms(v: f64) -> String {
    if v.is_nan() {
        "–".into()
    } else if v >= 100.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn write(sample: &distort::Sample, dir: &Path) -> PathBuf {
    sample.write(dir).expect("corpus file written")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(
        args.get(1)
            .cloned()
            .unwrap_or_else(|| "target/scan-compare".into()),
    );
    let part = args.get(2).cloned().unwrap_or_default();
    std::fs::create_dir_all(&dir).expect("output directory");
    let cards = distort::cards();
    let mut zx = Zxing::start();
    if zx.is_none() {
        eprintln!("zxing-cpp: cannot start scripts/zxing_read.py; its column stays empty");
    }
    let has_zbar = Command::new("zbarimg").arg("--version").output().is_ok();

    let specs: Vec<distort::Spec> = distort::specs()
        .into_iter()
        .filter(|s| scan_photo::SEVERITIES.contains(&s.severity))
        .collect();
    let base: Vec<distort::Sample> = specs
        .iter()
        .filter(|s| s.class == "rotation" && s.severity == "mild")
        .map(|s| s.render(&cards))
        .collect();
    let mut order: Vec<(&'static str, &'static str)> = Vec::new();
    for c in distort::CLASSES
        .iter()
        .chain(scan_photo::EXTRA_CLASSES.iter())
    {
        for s in scan_photo::SEVERITIES {
            order.push((c, s));
        }
    }
    let mut cells: Vec<Cell> = order.iter().map(|_| Cell::default()).collect();
    let mut both: Vec<f64> = Vec::new();
    let mut n = 0usize;
    let mut tsv = String::from("name\tephr\tzxing\tzbar\tephr_ms\tzxing_ms\tzbar_ms\n");
    for (k, &(class, severity)) in order.iter().enumerate() {
        let samples: Box<dyn Iterator<Item = distort::Sample>> =
            if scan_photo::EXTRA_CLASSES.contains(&class) {
                Box::new(scan_photo::extra(class, severity, &base, &cards).into_iter())
            } else {
                let these: Vec<&distort::Spec> = specs
                    .iter()
                    .filter(|s| s.class == class && s.severity == severity)
                    .collect();
                Box::new(these.into_iter().map(|s| s.render(&cards)))
            };
        for sample in samples {
            if !sample.name.contains(&part) {
                continue;
            }
            let path = write(&sample, &dir);
            let bytes = std::fs::read(&path).expect("corpus file");
            let img = qr::decode_image(&bytes).expect("corpus image decodes");
            drop(sample.image);
            let cell = &mut cells[k];
            cell.total += 1;
            let mut results: [Option<(Vec<String>, f64)>; 3] = [None, None, None];
            // Alternate who goes first, so that neither always runs on a warm cache.
            for turn in 0..3 {
                let who = (turn + n) % 3;
                results[who] = match who {
                    0 => {
                        let t = Instant::now();
                        let found = qr::scan(&img).unwrap_or_default();
                        Some((found, t.elapsed().as_secs_f64() * 1000.0))
                    }
                    1 => zx.as_mut().and_then(|z| z.read(&path)),
                    _ if has_zbar => zbar(&path),
                    _ => None,
                };
            }
            n += 1;
            let mut line = sample.name.clone();
            let mut ms_line = String::new();
            for (who, r) in results.iter().enumerate() {
                match r {
                    Some((texts, ms)) => {
                        let ok = distort::exactly(texts, &sample.expected);
                        let wrong = texts
                            .iter()
                            .filter(|t| t.starts_with("PHR1:") && !sample.expected.contains(t))
                            .count();
                        cell.ok[who] += u32::from(ok);
                        cell.wrong[who] += wrong as u32;
                        cell.ms[who].push(*ms);
                        line += if ok { "\tyes" } else { "\tno" };
                        ms_line += &format!("\t{ms:.1}");
                    }
                    None => {
                        line += "\t-";
                        ms_line += "\t-";
                    }
                }
            }
            if let (Some((a, ta)), Some((b, tb))) = (&results[0], &results[1])
                && distort::exactly(a, &sample.expected)
                && distort::exactly(b, &sample.expected)
            {
                both.push(ta / tb);
            }
            tsv += &format!("{line}{ms_line}\n");
            eprintln!("{line}{ms_line}");
        }
    }
    std::fs::write(dir.join("results.tsv"), tsv).expect("results.tsv");

    let mut md = String::from(
        "| class | severity | images | ephr | zxing-cpp | zbar | ephr ms | zxing-cpp ms | zbar ms (process) |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    let mut total = Cell::default();
    for ((class, severity), c) in order.iter().zip(&cells) {
        if c.total == 0 {
            continue;
        }
        md += &format!(
            "| {class} | {severity} | {} | {} | {} | {} | {} | {} | {} |\n",
            c.total,
            c.ok[0],
            c.ok[1],
            c.ok[2],
            fmt_ms(median(&c.ms[0])),
            fmt_ms(median(&c.ms[1])),
            fmt_ms(median(&c.ms[2])),
        );
        total.total += c.total;
        for i in 0..3 {
            total.ok[i] += c.ok[i];
            total.wrong[i] += c.wrong[i];
            total.ms[i].extend_from_slice(&c.ms[i]);
        }
    }
    md += &format!(
        "| **all** | | {} | **{}** | **{}** | **{}** | {} | {} | {} |\n",
        total.total,
        total.ok[0],
        total.ok[1],
        total.ok[2],
        fmt_ms(median(&total.ms[0])),
        fmt_ms(median(&total.ms[1])),
        fmt_ms(median(&total.ms[2])),
    );
    md += &format!(
        "\nWrong PHR1 texts returned: ephr {}, zxing-cpp {}, zbar {}. On the {} images both ephr and \
         zxing-cpp decoded, ephr's time is a median {:.2}× zxing-cpp's.\n",
        total.wrong[0],
        total.wrong[1],
        total.wrong[2],
        both.len(),
        median(&both),
    );
    println!("{md}");
}
