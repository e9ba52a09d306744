//! The printed record (issue 5): the A6 booklet, the A4 sheets and the wallet card, checked with
//! tools that are not ephr. qpdf checks the file's structure; poppler's pdffonts lists the
//! fonts, pdftoppm renders every page at 150 dpi and pdftotext extracts the text; ZBar
//! (`zbarimg`) and `ephr scan` both read every QR code on the rendered pages.
//!
//! The tools are the Debian packages qpdf, poppler-utils and zbar-tools (installed by .ci/run).
//! A missing tool fails the test, unless EPHR_SKIP_INTEROP=1, which skips it with a notice.
//! Cards are issued with the demo key and checked against the demo trust list at fixed times
//! (`--at`), so nothing depends on today's date.

mod support;

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;

use ephr::booklet::{self, BookletError, BookletOptions, Layout, PrintEntry};
use ephr::labels::{LANGUAGES, Lang};
use ephr::{IssueOptions, Issuer, Record, SecretKey, UnverifiedCard};
use tempfile::TempDir;

use support::{demo_trust, ephr, root, tmp, write};

/// Exit status: done.
const OK: i32 = 0;
/// Exit status: a card is not valid.
const INVALID: i32 = 1;
/// Exit status: usage error or unreadable input.
const USAGE: i32 = 2;

/// Issue time of every card (the reference record's encounter is on 2026-10-14).
const ISSUED_AT: &str = "2026-10-14T10:00:00Z";
/// Check time, a day later.
const CHECK_AT: &str = "2026-10-15T12:00:00Z";
/// [`ISSUED_AT`] in POSIX seconds, for cards issued through the library.
const ISSUED_AT_SECS: i64 = 1_791_972_000;

/// The reference record's names, as the fixture gives them.
const LATIN_NAME: &str = "AMINA AL-KHALIL";
const ARABIC_GIVEN: &str = "آمنة";
const ARABIC_FAMILY: &str = "الخليل";

// ───────────────────────────── helpers ─────────────────────────────

fn fixture(name: &str) -> PathBuf {
    root().join("fixtures/records").join(name)
}

fn stdout_of(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr_of(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 stderr")
}

fn en(key: &str) -> &'static str {
    Lang::english().t(key)
}

fn lang(code: &str) -> Lang {
    Lang::get(code).unwrap_or_else(|| panic!("no catalogue for {code}"))
}

/// Issues `record` with the demo key at [`ISSUED_AT`] and returns the PHR1 text of the one card.
fn issue_text(record: &Path, extra: &[&str]) -> String {
    let out = ephr()
        .arg("issue")
        .arg(record)
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert_eq!(text.lines().count(), 1, "one card expected: {text}");
    assert!(text.starts_with("PHR1:"), "{text}");
    text.trim_end().to_owned()
}

/// The two records of the evidence as signed cards: fixtures/records/reference-full.json and
/// fixtures/records/pseudonymous-minimal.json (every section empty), issued with
///
/// ```text
/// ephr issue fixtures/records/NAME.json --key keys/GR-DEMO.key.pem --authority GR-DEMO \
///     --at 2026-10-14T10:00:00Z > tests/booklet/NAME.txt
/// ```
///
/// They are stored rather than issued afresh because card ids are random, and whether a QR
/// code reads depends on its exact modules: stored, every run prints the same codes. The
/// reference card is one whose wallet-card back ZBar could not read at 150 dpi (about one card
/// in ten did; see `reference_record_as_wallet_card`). `stored_cards_are_the_fixtures_signed`
/// checks they still are what they say;
/// `issue_to_pdf_prints_a_one_entry_booklet_whose_code_verifies` issues afresh.
struct Cards {
    reference: String,
    minimal: String,
}

fn cards() -> &'static Cards {
    static CARDS: OnceLock<Cards> = OnceLock::new();
    CARDS.get_or_init(|| {
        let read = |name: &str| {
            let p = root().join("tests/booklet").join(name);
            let t = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            t.trim_end().to_owned()
        };
        Cards {
            reference: read("reference-full.txt"),
            minimal: read("pseudonymous-minimal.txt"),
        }
    })
}

fn card_id(text: &str) -> String {
    UnverifiedCard::from_text(text)
        .expect("issued text decodes")
        .claims_unverified()
        .expect("issued claims decode")
        .card_id
        .to_string()
}

/// Runs `ephr booklet INPUTS --out OUT` with the demo trust list at [`CHECK_AT`].
fn booklet_cmd(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    ephr()
        .arg("booklet")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(demo_trust())
        .args(["--at", CHECK_AT])
        .args(extra)
        .output()
        .unwrap()
}

/// Writes `text` as a card file and prints it with `extra` options; the booklet must be made.
fn print_text(dir: &TempDir, text: &str, name: &str, extra: &[&str]) -> PathBuf {
    let card = write(dir, &format!("{name}.txt"), format!("{text}\n"));
    let pdf = dir.path().join(format!("{name}.pdf"));
    let out = booklet_cmd(&[&card], &pdf, extra);
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("wrote "), "{}", stderr_of(&out));
    pdf
}

// ───────────────────────────── external tools ─────────────────────────────

/// The tools and a harmless argument to find them with.
const TOOLS: &[(&str, &str, &str)] = &[
    ("qpdf", "--version", "qpdf"),
    ("pdffonts", "-v", "poppler-utils"),
    ("pdftoppm", "-v", "poppler-utils"),
    ("pdftotext", "-v", "poppler-utils"),
    ("zbarimg", "--version", "zbar-tools"),
];

/// True when every tool is installed; false (with a notice) when one is missing and
/// EPHR_SKIP_INTEROP=1; otherwise the test fails.
fn tools() -> bool {
    let missing: Vec<String> = TOOLS
        .iter()
        .filter(|(t, arg, _)| std::process::Command::new(t).arg(arg).output().is_err())
        .map(|(t, _, pkg)| format!("{t} ({pkg})"))
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var("EPHR_SKIP_INTEROP").as_deref() == Ok("1") {
        eprintln!(
            "NOTICE: {} not installed; skipped (EPHR_SKIP_INTEROP=1)",
            missing.join(", ")
        );
        return false;
    }
    panic!(
        "{} needed (apt-get install qpdf poppler-utils zbar-tools)",
        missing.join(", ")
    );
}

fn run<I, S>(tool: &str, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    std::process::Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e}"))
}

/// pdftotext output made comparable: bidi controls (which poppler puts around right-to-left
/// runs) removed, and every run of white space one space, so a line break in the PDF does not
/// split a phrase.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(
            |c| !matches!(*c as u32, 0x200E | 0x200F | 0x061C | 0x202A..=0x202E | 0x2066..=0x2069),
        )
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text of one page (1-based), normalized; `crop` is (x, y, w, h) in points.
fn page_text(pdf: &Path, page: usize, crop: Option<(u32, u32, u32, u32)>) -> String {
    let n = page.to_string();
    let mut args: Vec<String> = vec!["-f".into(), n.clone(), "-l".into(), n];
    if let Some((x, y, w, h)) = crop {
        for (flag, v) in [("-x", x), ("-y", y), ("-W", w), ("-H", h)] {
            args.push(flag.into());
            args.push(v.to_string());
        }
    }
    let o = run(
        "pdftotext",
        args.iter()
            .map(OsStr::new)
            .chain([pdf.as_os_str(), OsStr::new("-")]),
    );
    assert!(o.status.success(), "pdftotext {}: {o:?}", pdf.display());
    normalize(&String::from_utf8(o.stdout).expect("pdftotext writes UTF-8"))
}

/// `qpdf --check` finds no error and no warning (exit status 3 is "warnings").
fn qpdf_check(pdf: &Path) {
    let o = run("qpdf", [OsStr::new("--check"), pdf.as_os_str()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(
        o.status.code(),
        Some(0),
        "qpdf --check {}:\n{out}{}",
        pdf.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        out.contains("No syntax or stream encoding errors found"),
        "{out}"
    );
}

/// Every font pdffonts lists is embedded and subset, with a subset tag (`ABCDEF+Name`).
fn fonts_embedded_and_subset(pdf: &Path) {
    let o = run("pdffonts", [pdf.as_os_str()]);
    assert!(o.status.success(), "pdffonts {}: {o:?}", pdf.display());
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("---"))
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(!rows.is_empty(), "no fonts listed:\n{out}");
    for row in rows {
        // name type... encoding emb sub uni object-number generation
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert!(n >= 7, "{row}");
        assert_eq!(
            (cols[n - 5], cols[n - 4]),
            ("yes", "yes"),
            "font not embedded and subset: {row}"
        );
        let (tag, _) = cols[0]
            .split_once('+')
            .unwrap_or_else(|| panic!("no subset tag: {row}"));
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{row}"
        );
    }
}

/// Renders every page at 150 dpi; the PNGs in page order.
fn render_pages(pdf: &Path) -> Vec<PathBuf> {
    let dir = pdf.with_extension("pages");
    std::fs::create_dir_all(&dir).unwrap();
    let o = run(
        "pdftoppm",
        [
            OsStr::new("-r"),
            OsStr::new("150"),
            OsStr::new("-png"),
            pdf.as_os_str(),
            dir.join("p").as_os_str(),
        ],
    );
    assert!(o.status.success(), "pdftoppm {}: {o:?}", pdf.display());
    // pdftoppm names pages p-1.png or p-01.png (padded to the page count's digits).
    let mut pngs: Vec<(usize, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let n = p.file_stem()?.to_str()?.strip_prefix("p-")?.parse().ok()?;
            Some((n, p))
        })
        .collect();
    pngs.sort();
    assert_eq!(
        pngs.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        (1..=pngs.len()).collect::<Vec<_>>(),
        "pages rendered"
    );
    pngs.into_iter().map(|(_, p)| p).collect()
}

/// The QR texts ZBar reads in an image, sorted.
fn zbar(png: &Path) -> Vec<String> {
    let o = run(
        "zbarimg",
        [OsStr::new("-q"), OsStr::new("--raw"), png.as_os_str()],
    );
    // 0: symbols found; 4: none found.
    match o.status.code() {
        Some(0) => {}
        Some(4) => return Vec::new(),
        _ => panic!("zbarimg {}: {o:?}", png.display()),
    }
    let mut v: Vec<String> = String::from_utf8(o.stdout)
        .expect("PHR1 text is ASCII")
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    v.sort();
    v
}

/// The QR texts `ephr scan` reads in an image, sorted (none when it finds no code).
fn ephr_scan(png: &Path) -> Vec<String> {
    let o = ephr().arg("scan").arg(png).output().unwrap();
    if o.status.code() == Some(USAGE) && stderr_of(&o).contains("no PHR QR code") {
        return Vec::new();
    }
    assert_eq!(o.status.code(), Some(OK), "ephr scan: {}", stderr_of(&o));
    let mut v: Vec<String> = stdout_of(&o).lines().map(str::to_owned).collect();
    v.sort();
    v
}

/// What the independent tools find in a PDF.
struct Inspected {
    /// Normalized text of each page.
    pages: Vec<String>,
    /// The QR texts on each page (read alike by ZBar and `ephr scan`), sorted.
    codes: Vec<Vec<String>>,
}

impl Inspected {
    fn text(&self) -> String {
        self.pages.join(" ")
    }
    /// Every distinct QR text in the document.
    fn code_set(&self) -> BTreeSet<String> {
        self.codes.iter().flatten().cloned().collect()
    }
    fn code_count(&self) -> usize {
        self.codes.iter().map(Vec::len).sum()
    }
}

/// Checks the file (qpdf), its fonts (pdffonts), renders every page at 150 dpi and reads every
/// QR code on it with ZBar and with `ephr scan`.
///
/// Each printed QR code has the caption "Scan to check: …" (in the `clinician` language) beside
/// it, so the captions on a page say how many codes the page holds: both decoders must read
/// exactly that many, and the same texts.
fn inspect(pdf: &Path, clinician: Lang) -> Inspected {
    qpdf_check(pdf);
    fonts_embedded_and_subset(pdf);
    let caption = normalize(clinician.t("qr-caption"));
    let caption = caption.split(':').next().unwrap().trim().to_owned();
    assert!(caption.len() >= 4, "caption head {caption:?}");
    let pngs = render_pages(pdf);
    let mut pages = Vec::new();
    let mut codes = Vec::new();
    for (i, png) in pngs.iter().enumerate() {
        let n = i + 1;
        let text = page_text(pdf, n, None);
        let expected = text.matches(caption.as_str()).count();
        let zb = zbar(png);
        let ours = if expected > 0 || !zb.is_empty() {
            ephr_scan(png)
        } else {
            Vec::new()
        };
        assert_eq!(
            ours.len(),
            expected,
            "{} page {n}: `ephr scan` read {} QR code(s); the page shows {expected} caption(s)",
            pdf.display(),
            ours.len()
        );
        assert_eq!(
            zb.len(),
            expected,
            "{} page {n} at 150 dpi: zbarimg read {} QR code(s); the page shows {expected} \
             caption(s) (ephr scan read {})",
            pdf.display(),
            zb.len(),
            ours.len()
        );
        assert_eq!(zb, ours, "{} page {n}: ZBar and ephr differ", pdf.display());
        pages.push(text);
        codes.push(zb);
    }
    Inspected { pages, codes }
}

/// The page footer in English, as the catalogue words it.
fn footer(n: usize, total: usize) -> String {
    Lang::english().fmt(
        "page-footer",
        &[("n", &n.to_string()), ("total", &total.to_string())],
    )
}

/// The total page count from the first page's footer ("Page 1 of N").
fn total_from_footer(first_page: &str) -> usize {
    let head = footer(1, 0);
    let head = head.trim_end_matches('0');
    let rest = first_page
        .split(head)
        .nth(1)
        .unwrap_or_else(|| panic!("no footer {head:?} in: {first_page}"));
    rest.split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no page total after {head:?} in: {first_page}"))
}

// ───────────────────────────── 1. layouts ─────────────────────────────

#[derive(Debug, Clone, Copy)]
enum Fixture {
    Reference,
    Minimal,
}

impl Fixture {
    fn text(self) -> &'static str {
        match self {
            Fixture::Reference => &cards().reference,
            Fixture::Minimal => &cards().minimal,
        }
    }
}

/// Sections that say "None recorded" in the minimal record (no pregnancy: its sex is not
/// recorded, so that section is left out).
const EMPTY_SECTIONS: &[&str] = &[
    "sec-immunizations",
    "sec-problems",
    "sec-medications",
    "sec-allergies",
    "sec-results",
    "sec-vital-signs",
    "sec-referrals",
    "sec-alerts",
];

/// What every A6 page (of the booklet, or of an A4 sheet) must show, given the A6 pages' texts.
fn check_a6_pages(fixture: Fixture, pages: &[String], card: &str) {
    let total = pages.len();
    assert!(total >= 4, "cover, sections, QR code, last page: {total}");
    for (i, p) in pages.iter().enumerate() {
        let f = footer(i + 1, total);
        assert!(p.contains(&f), "A6 page {}: no {f:?} in: {p}", i + 1);
        assert!(
            p.contains(card),
            "A6 page {}: no card id {card} in: {p}",
            i + 1
        );
    }
    let all = pages.join(" ");
    match fixture {
        Fixture::Reference => {
            assert!(all.contains(LATIN_NAME), "{all}");
            assert!(pages[0].contains(LATIN_NAME), "cover: {}", pages[0]);
        }
        Fixture::Minimal => {
            assert!(pages[0].contains(en("no-name")), "cover: {}", pages[0]);
            let none = en("none-recorded");
            for key in EMPTY_SECTIONS {
                let s = format!("{} {none}", en(key));
                assert!(all.contains(&s), "no {s:?} in: {all}");
            }
        }
    }
}

fn check_booklet(fixture: Fixture) {
    if !tools() {
        return;
    }
    let dir = tmp();
    let text = fixture.text();
    let pdf = print_text(&dir, text, "booklet", &["--layout", "booklet"]);
    let ins = inspect(&pdf, Lang::english());
    assert_eq!(ins.code_set(), BTreeSet::from([text.to_owned()]));
    assert_eq!(ins.code_count(), 1, "one entry, one QR code");
    assert_eq!(total_from_footer(&ins.pages[0]), ins.pages.len());
    check_a6_pages(fixture, &ins.pages, &card_id(text));
}

/// The A4 sheets: every quarter of a sheet shows the text of the A6 page it holds (the same
/// card printed as a booklet is the reference), the QR codes read, and nothing is lost.
fn check_a4(fixture: Fixture) {
    if !tools() {
        return;
    }
    let dir = tmp();
    let text = fixture.text();
    let a6 = print_text(&dir, text, "booklet", &["--layout", "booklet"]);
    let a6_pages = total_from_footer(&page_text(&a6, 1, None));
    let a6_texts: Vec<String> = (1..=a6_pages).map(|n| page_text(&a6, n, None)).collect();

    let pdf = print_text(&dir, text, "sheets", &["--layout", "a4"]);
    let ins = inspect(&pdf, Lang::english());
    assert_eq!(ins.code_set(), BTreeSet::from([text.to_owned()]));
    assert_eq!(ins.code_count(), 1, "one entry, one QR code");
    assert_eq!(
        ins.pages.len(),
        a6_pages.div_ceil(4),
        "A4 sheets for {a6_pages} A6 pages"
    );
    // Quarters of an A4 sheet in points (595 x 842): left to right, top to bottom.
    let mut quarters = Vec::new();
    for sheet in 1..=ins.pages.len() {
        for (x, y) in [(0, 0), (298, 0), (0, 421), (298, 421)] {
            quarters.push(page_text(&pdf, sheet, Some((x, y, 297, 421))));
        }
    }
    for (k, q) in quarters.iter().enumerate() {
        match a6_texts.get(k) {
            Some(t) => assert_eq!(q, t, "A4 quarter {} is not A6 page {}", k + 1, k + 1),
            None => assert_eq!(q, "", "A4 quarter {} should be blank", k + 1),
        }
    }
    check_a6_pages(fixture, &quarters[..a6_pages], &card_id(text));
}

/// The wallet card: front (identity, allergies, card id) and back (the QR code, read at 150 dpi
/// like every other page: the card is printed on paper and photographed or scanned with its
/// frame, as it is drawn).
fn check_card(fixture: Fixture) {
    if !tools() {
        return;
    }
    let dir = tmp();
    let text = fixture.text();
    // Both fit the wallet card: the reference record is a version-25 code at Q, drawn at
    // 0.416 mm a module.
    let pdf = print_text(&dir, text, "wallet", &["--layout", "card"]);
    let ins = inspect(&pdf, Lang::english());
    assert_eq!(ins.pages.len(), 2, "front and back");
    assert_eq!(
        ins.codes[0],
        Vec::<String>::new(),
        "no QR code on the front"
    );
    assert_eq!(
        ins.codes[1],
        vec![text.to_owned()],
        "the back holds the entry"
    );
    let card = card_id(text);
    for (i, p) in ins.pages.iter().enumerate() {
        assert!(
            p.contains(&card),
            "face {}: no card id {card} in: {p}",
            i + 1
        );
    }
    let front = &ins.pages[0];
    match fixture {
        Fixture::Reference => {
            assert!(front.contains(LATIN_NAME), "{front}");
            // The high-criticality allergy is on the front.
            assert!(front.contains("penicillins"), "{front}");
        }
        Fixture::Minimal => {
            let s = format!("{}: {}", en("sec-allergies"), en("none-recorded"));
            assert!(front.contains(&s), "no {s:?} in: {front}");
        }
    }
}

#[test]
fn stored_cards_are_the_fixtures_signed() {
    let dir = tmp();
    for (text, name) in [
        (&cards().reference, "reference-full.json"),
        (&cards().minimal, "pseudonymous-minimal.json"),
    ] {
        let card = write(&dir, "card.txt", format!("{text}\n"));
        let out = ephr()
            .arg("verify")
            .arg(&card)
            .args(demo_trust())
            .args(["--at", CHECK_AT, "--json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(OK), "{name}: {}", stderr_of(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["all_valid"], true, "{name}");
        assert_eq!(v["cards"][0]["claims"]["issuer"], "GR-DEMO", "{name}");
        assert_eq!(v["cards"][0]["claims"]["issued_at"], ISSUED_AT, "{name}");
        let signed = UnverifiedCard::from_text(text)
            .unwrap()
            .claims_unverified()
            .unwrap()
            .entry
            .record;
        let json = std::fs::read_to_string(fixture(name)).unwrap();
        assert_eq!(
            signed,
            Record::from_json(&json).unwrap(),
            "tests/booklet/ holds an old {name}: issue it again (see `cards`)"
        );
    }
}

#[test]
fn reference_record_as_a6_booklet() {
    check_booklet(Fixture::Reference);
}

#[test]
fn empty_sections_record_as_a6_booklet() {
    check_booklet(Fixture::Minimal);
}

#[test]
fn reference_record_as_a4_sheets() {
    check_a4(Fixture::Reference);
}

#[test]
fn empty_sections_record_as_a4_sheets() {
    check_a4(Fixture::Minimal);
}

#[test]
fn reference_record_as_wallet_card() {
    check_card(Fixture::Reference);
}

#[test]
fn empty_sections_record_as_wallet_card() {
    check_card(Fixture::Minimal);
}

// ───────────────────────────── 2. issue --out card.pdf ─────────────────────────────

#[test]
fn issue_to_pdf_prints_a_one_entry_booklet_whose_code_verifies() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let pdf = dir.path().join("card.pdf");
    let out = ephr()
        .arg("issue")
        .arg(fixture("reference-full.json"))
        .arg("--key")
        .arg(root().join("keys/GR-DEMO.key.pem"))
        .args(["--authority", "GR-DEMO", "--at", ISSUED_AT, "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "", "the card is in the PDF, not on stdout");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "a booklet is health data: {mode:o}");
    }

    let ins = inspect(&pdf, Lang::english());
    assert_eq!(ins.code_count(), 1, "one entry, one QR code");
    let text = ins.code_set().into_iter().next().unwrap();

    let v = ephr()
        .args(["verify", "-", "--json", "--at", CHECK_AT])
        .args(demo_trust())
        .write_stdin(format!("{text}\n"))
        .output()
        .unwrap();
    assert_eq!(v.status.code(), Some(OK), "{}", stderr_of(&v));
    let v: serde_json::Value = serde_json::from_slice(&v.stdout).expect("verify --json");
    assert_eq!(v["all_valid"], true);
    let c = &v["cards"][0];
    assert_eq!(c["claims"]["issuer"], "GR-DEMO");
    assert_eq!(c["claims"]["issued_at"], ISSUED_AT);
    let patient = &c["record"]["patient"];
    assert_eq!(patient["name_latin"]["family"], "AL-KHALIL");
    assert_eq!(patient["name_latin"]["given"], "AMINA");
    assert_eq!(patient["name"]["family"], ARABIC_FAMILY);
    assert_eq!(patient["name"]["given"], ARABIC_GIVEN);
    // The pages name the card the code holds.
    let id = c["claims"]["card_id"].as_str().unwrap();
    assert_eq!(id, card_id(&text));
    assert!(ins.pages.iter().all(|p| p.contains(id)), "card id {id}");
    assert!(ins.text().contains(LATIN_NAME));
}

// ───────────────────────────── 3. languages ─────────────────────────────

/// The reference record signed through the library (the authority is known by its id only).
fn reference_entry() -> &'static PrintEntry {
    static ENTRY: OnceLock<PrintEntry> = OnceLock::new();
    ENTRY.get_or_init(|| {
        let json = std::fs::read_to_string(fixture("reference-full.json")).unwrap();
        let record = Record::from_json(&json).unwrap();
        let issuer = Issuer::new(SecretKey::from_seed(&[7; 32]), "GR-EXAMPLE").unwrap();
        let card = issuer
            .issue(
                &record,
                &IssueOptions {
                    issued_at: ISSUED_AT_SECS,
                    ..Default::default()
                },
            )
            .unwrap();
        PrintEntry::from_issued(&card).unwrap()
    })
}

fn render_lib(layout: Layout, clinician: &str, patient: &str) -> booklet::Pdf {
    let opts = BookletOptions::new(layout, clinician, patient).unwrap();
    booklet::render(std::slice::from_ref(reference_entry()), &opts)
        .unwrap_or_else(|e| panic!("{layout:?} {clinician},{patient}: {e}"))
}

fn text_of(dir: &TempDir, name: &str, pdf: &booklet::Pdf) -> Vec<String> {
    let path = write(dir, name, &pdf.bytes);
    (1..=pdf.pages).map(|n| page_text(&path, n, None)).collect()
}

/// Every language as the clinician's with every language as the patient's: the A6 booklet and
/// the wallet card for all 625 pairs, the A4 sheets for 25 pairs that give each language once
/// in each role (the sheets impose the same A6 pages). One thread per clinician language. Each
/// booklet and card goes through pdftotext: no glyph without its character (U+FFFD), the
/// section labels of both languages, and value words (the scabies diagnosis by its name in both
/// languages, a "positive" result, the weight in the clinician's digits) are in the text. Every
/// PDF is at most 200 KB.
#[test]
fn every_language_pair_renders_in_every_layout() {
    assert_eq!(
        LANGUAGES.len(),
        25,
        "en fr ar fa prs it el bg hr sr sr-Latn sl ro de es ps ti so ku ckb ur uk ru tr bn"
    );
    let extract = tools();
    let entry = reference_entry();
    let dir = tmp();
    let dir = &dir;
    let largest = std::sync::Mutex::new((0, String::new()));
    let largest = &largest;
    std::thread::scope(|s| {
        for (i, c) in LANGUAGES.iter().enumerate() {
            s.spawn(move || {
                for (j, p) in LANGUAGES.iter().enumerate() {
                    let pair = format!("{},{}", c.code, p.code);
                    let render = |layout| {
                        let opts = BookletOptions::new(layout, c.code, p.code).unwrap();
                        let pdf = booklet::render(std::slice::from_ref(entry), &opts)
                            .unwrap_or_else(|e| panic!("{layout:?} {pair}: {e}"));
                        assert!(pdf.bytes.starts_with(b"%PDF-"), "{layout:?} {pair}");
                        assert!(
                            pdf.bytes.trim_ascii_end().ends_with(b"%%EOF"),
                            "{layout:?} {pair}"
                        );
                        pdf
                    };
                    let a6 = render(Layout::Booklet);
                    assert!(a6.pages >= 4, "{pair}: {} pages", a6.pages);
                    let card = render(Layout::Card);
                    assert_eq!(card.pages, 2, "{pair}: front and back");
                    // Fonts are embedded as subsets: two scripts' fonts stay small.
                    for (what, pdf) in [("booklet", &a6), ("card", &card)] {
                        assert!(
                            pdf.bytes.len() <= 200 * 1024,
                            "{what} {pair}: {} bytes",
                            pdf.bytes.len()
                        );
                        let mut max = largest.lock().unwrap();
                        if pdf.bytes.len() > max.0 {
                            *max = (pdf.bytes.len(), format!("{what} {pair}"));
                        }
                    }
                    if j == (i + 3) % LANGUAGES.len() {
                        assert_eq!(render(Layout::A4).pages, a6.pages.div_ceil(4), "{pair}");
                    }
                    if extract {
                        let text = |pdf: &booklet::Pdf, what: &str| {
                            let t =
                                whole_text(&write(dir, &format!("{what}-{pair}.pdf"), &pdf.bytes));
                            assert!(!t.contains('\u{FFFD}'), "{what} {pair}: U+FFFD in {t}");
                            t
                        };
                        let (booklet_text, card_text) = (text(&a6, "a6"), text(&card, "card"));
                        for l in [c, p] {
                            let present = |t: &str, what: &str, words: &str| {
                                for w in normalize(words).split(' ') {
                                    // Brackets are mirrored in right-to-left text.
                                    let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                                    if !w.is_empty() && (!l.rtl || extracts_reliably(w)) {
                                        assert!(
                                            t.contains(w),
                                            "{what} {pair}: no {} word {w:?} ({words}) in: {t}",
                                            l.code
                                        );
                                    }
                                }
                            };
                            for key in SECTION_KEYS {
                                present(&booklet_text, "booklet", l.t(key));
                            }
                            present(&card_text, "card", l.t("card-title"));
                        }
                        // Values: the diagnosis name in the clinician's language, and in the
                        // patient's when it differs (short words only: a long one may be
                        // hyphenated at the end of a line).
                        let scabies = ephr::codes::icd10("B86").unwrap();
                        let names = [(c, scabies.display(c.code)), (p, scabies.display(p.code))];
                        for (l, name) in names {
                            for w in normalize(name).split(' ') {
                                let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                                let short = (1..=9).contains(&w.chars().count());
                                if short && (!l.rtl || extracts_reliably(w)) {
                                    assert!(
                                        booklet_text.contains(w),
                                        "{pair}: no {} B86 word {w:?} in: {booklet_text}",
                                        l.code
                                    );
                                }
                            }
                        }
                        // The weight, 58.4 kg, in the clinician's digits and separator.
                        let weight = c.number("58.4");
                        assert!(
                            booklet_text.contains(&weight),
                            "{pair}: no {weight:?} in {booklet_text}"
                        );
                        let positive = c.t("result-positive");
                        if !c.rtl || extracts_reliably(positive) {
                            assert!(booklet_text.contains(positive), "{pair}: no {positive:?}");
                        }
                    }
                }
            });
        }
    });
    let (bytes, what) = &*largest.lock().unwrap();
    eprintln!("largest PDF: {what}, {bytes} bytes");
}

/// The whole text of a PDF, normalized.
fn whole_text(pdf: &Path) -> String {
    let o = run("pdftotext", [pdf.as_os_str(), OsStr::new("-")]);
    assert!(o.status.success(), "pdftotext {}: {o:?}", pdf.display());
    normalize(&String::from_utf8(o.stdout).expect("pdftotext writes UTF-8"))
}

/// Section labels the reference booklet shows (it has no vaccinations due).
const SECTION_KEYS: &[&str] = &[
    "title",
    "sec-immunizations",
    "sec-problems",
    "sec-medications",
    "sec-allergies",
    "sec-results",
    "sec-mental-health",
    "sec-vital-signs",
    "sec-referrals",
    "sec-alerts",
    "sec-signed",
];

/// Whether poppler gives this right-to-left label back as written. It does not for words with
/// the lam-alef ligature (لا لأ لإ لآ: one glyph for two letters, which pdftotext returns in the
/// wrong order, e.g. الاسم → االسم), with marks such as shadda (U+064B–U+065F, U+0670) or with
/// the zero-width non-joiner of Persian plurals (U+200C). Those words are shaped right on the
/// page (checked by eye and by the shaping tests in src/booklet/text.rs); only the extraction
/// is unreliable, so they are left out here.
fn extracts_reliably(label: &str) -> bool {
    let lam_alef = ["لا", "لأ", "لإ", "لآ"].iter().any(|l| label.contains(l));
    let marks = label
        .chars()
        .any(|c| matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x200C));
    !lam_alef && !marks
}

#[test]
fn labels_in_both_languages_are_extracted() {
    if !tools() {
        return;
    }
    let dir = tmp();
    for (c, p) in [("it", "ar"), ("el", "fa"), ("bg", "fr")] {
        let pdf = render_lib(Layout::Booklet, c, p);
        let text = text_of(&dir, &format!("{c}-{p}.pdf"), &pdf).join(" ");
        for code in [c, p] {
            let l = lang(code);
            let mut checked = 0;
            for key in SECTION_KEYS {
                let label = normalize(l.t(key));
                if l.rtl && !extracts_reliably(&label) {
                    continue;
                }
                assert!(
                    text.contains(&label),
                    "{c},{p}: no {code} {key} {label:?} in: {text}"
                );
                checked += 1;
            }
            // Latin, Greek and Cyrillic labels are all checked; of the Arabic and Persian ones,
            // those poppler extracts faithfully (at least three of each).
            assert!(
                checked >= 3,
                "{c},{p}: only {checked} {code} labels checked"
            );
        }
        // The person's name in Arabic script, whatever the languages.
        for w in [ARABIC_GIVEN, ARABIC_FAMILY] {
            assert!(text.contains(w), "{c},{p}: no {w} in: {text}");
        }
        assert!(text.contains(LATIN_NAME), "{c},{p}");
    }
}

// ───────────────────────────── 4. Arabic shaping ─────────────────────────────

/// The Arabic name comes back from the PDF letter for letter in reading order. Unshaped
/// letters or glyphs drawn in logical instead of visual order would extract reversed (ةنمآ) or
/// as presentation forms (U+FB50–U+FEFF) and fail this. The shaping itself (joined glyph forms)
/// is asserted in src/booklet/text.rs.
#[test]
fn arabic_name_is_extracted_in_reading_order() {
    if !tools() {
        return;
    }
    let dir = tmp();
    for layout in [Layout::Booklet, Layout::Card] {
        for (c, p) in [("en", "ar"), ("ar", "en"), ("fa", "ar")] {
            let pdf = render_lib(layout, c, p);
            let pages = text_of(&dir, &format!("{layout:?}-{c}-{p}.pdf"), &pdf);
            let cover = &pages[0];
            for w in [ARABIC_GIVEN, ARABIC_FAMILY] {
                assert!(cover.contains(w), "{layout:?} {c},{p}: no {w} in: {cover}");
                let reversed: String = w.chars().rev().collect();
                assert!(!cover.contains(&reversed), "{layout:?} {c},{p}: {reversed}");
            }
            assert!(
                !cover
                    .chars()
                    .any(|ch| matches!(ch as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)),
                "{layout:?} {c},{p}: presentation forms in: {cover}"
            );
        }
    }
}

/// Copying or searching the booklet needs a character for every glyph (the PDF's ToUnicode
/// map). A glyph without one comes out as U+FFFD.
#[test]
fn every_glyph_extracts_to_a_character() {
    if !tools() {
        return;
    }
    let dir = tmp();
    for (c, p) in [("it", "ar"), ("en", "fa"), ("ar", "en")] {
        let pdf = render_lib(Layout::Booklet, c, p);
        let text = text_of(&dir, &format!("{c}-{p}.pdf"), &pdf).join(" ");
        let bad: Vec<&str> = text.split(' ').filter(|w| w.contains('\u{FFFD}')).collect();
        assert!(
            bad.is_empty(),
            "{c},{p}: words with U+FFFD in the extracted text: {bad:?}"
        );
    }
}

// ───────────────────────────── 5. refusals ─────────────────────────────

fn assert_no_pdf(dir: &TempDir) {
    let pdfs: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert!(pdfs.is_empty(), "no PDF may be written: {pdfs:?}");
}

/// A signature that does not verify: the last byte of the COSE_Sign1 (inside the signature)
/// flipped, the text otherwise well-formed.
fn tampered(text: &str) -> String {
    let mut cose = ephr::envelope::decode(text).unwrap();
    *cose.last_mut().unwrap() ^= 0x01;
    let t = ephr::envelope::encode(&cose);
    assert!(UnverifiedCard::from_text(&t).is_ok(), "still decodes");
    t
}

#[test]
fn refuses_an_invalid_card_and_writes_nothing() {
    let dir = tmp();
    let good = write(&dir, "good.txt", format!("{}\n", cards().minimal));
    let bad = write(&dir, "bad.txt", format!("{}\n", tampered(&cards().minimal)));
    let pdf = dir.path().join("booklet.pdf");
    // With a valid card beside it, too: a booklet is printed only from valid entries.
    for inputs in [vec![bad.as_path()], vec![good.as_path(), bad.as_path()]] {
        let out = booklet_cmd(&inputs, &pdf, &[]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(INVALID), "{err}");
        assert!(err.contains("bad.txt"), "{err}");
        assert!(err.contains("1 card(s) are not valid"), "{err}");
        assert!(err.contains("hint:"), "{err}");
        assert_no_pdf(&dir);
    }
}

#[test]
fn refuses_unreadable_input() {
    let dir = tmp();
    let good = write(&dir, "good.txt", format!("{}\n", cards().minimal));
    let missing = dir.path().join("missing.txt");
    let out = booklet_cmd(&[&good, &missing], &dir.path().join("b.pdf"), &[]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(USAGE), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    assert!(err.contains("could not be read"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_no_pdf(&dir);
}

#[test]
fn refuses_an_output_that_is_not_pdf() {
    let dir = tmp();
    let good = write(&dir, "good.txt", format!("{}\n", cards().minimal));
    for name in ["booklet.png", "booklet", "booklet.pdf.txt"] {
        let target = dir.path().join(name);
        let out = booklet_cmd(&[&good], &target, &[]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(USAGE), "{name}: {err}");
        assert!(err.contains("must be a .pdf file"), "{err}");
        assert!(
            err.contains("hint: name the output like booklet.pdf"),
            "{err}"
        );
        assert!(!target.exists(), "{name} written");
    }
}

#[test]
fn refuses_an_unknown_language() {
    let dir = tmp();
    let good = write(&dir, "good.txt", format!("{}\n", cards().minimal));
    let pdf = dir.path().join("b.pdf");
    for (arg, bad) in [("xx,ar", "xx"), ("ar,xx", "xx"), ("en,ar,fr", "en,ar,fr")] {
        let out = booklet_cmd(&[&good], &pdf, &["--lang", arg]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(USAGE), "--lang {arg}: {err}");
        assert!(
            err.contains(&format!("no labels in language \"{bad}\"")),
            "{err}"
        );
        assert!(
            err.contains("hint: --lang takes two of: en, fr, ar"),
            "{err}"
        );
        assert_no_pdf(&dir);
    }
}

#[test]
fn refuses_cards_of_two_people() {
    let dir = tmp();
    let a = write(&dir, "a.txt", format!("{}\n", cards().reference));
    let b = write(&dir, "b.txt", format!("{}\n", cards().minimal));
    let out = booklet_cmd(&[&a, &b], &dir.path().join("b.pdf"), &[]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(USAGE), "{err}");
    assert!(err.contains("different"), "{err}");
    assert!(
        err.contains("hint: these cards are of different people"),
        "{err}"
    );
    assert_no_pdf(&dir);
}

#[test]
fn refuses_inputs_without_cards() {
    // An empty file, a blank one and one without PHR1 text are each unreadable input: the
    // "no cards found in the inputs" branch of src/cli/booklet.rs is not reached by them.
    let dir = tmp();
    for (name, content) in [
        ("empty.txt", ""),
        ("blank.txt", " \n\n"),
        ("prose.txt", "hello\n"),
    ] {
        let f = write(&dir, name, content);
        let out = booklet_cmd(&[&f], &dir.path().join("b.pdf"), &[]);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(USAGE), "{name}: {err}");
        assert!(err.contains(name), "{err}");
        assert!(err.contains("hint:"), "{err}");
        assert_no_pdf(&dir);
    }
}

/// A record of `problems` problems with notes of 90 pseudo-random letters, which do not
/// compress. Twelve need a QR code of version 33 at level Q (too large for the wallet card at
/// 0.35 mm a module, which holds up to version 30) but version 27 at level M.
fn big_record(dir: &TempDir, problems: usize) -> PathBuf {
    let mut x: u32 = 12345;
    let mut note = || {
        let al = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..90)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345) & 0x7fff_ffff;
                al[(x >> 16) as usize % al.len()] as char
            })
            .collect::<String>()
    };
    let problems: Vec<serde_json::Value> = (0..problems)
        .map(|_| serde_json::json!({"icd10": "B86", "status": "active", "note": note()}))
        .collect();
    let record = serde_json::json!({
        "patient": {"birth_date": "1988"},
        "encounter": {"date": "2026-05-02", "country": "ES"},
        "problems": problems,
    });
    write(dir, "big.json", record.to_string())
}

fn qr_version(text: &str, ecc: ephr::qr::Ecc) -> usize {
    (ephr::qr::encode(text, ecc).unwrap().width() - 17) / 4
}

#[test]
fn refuses_a_card_too_large_for_the_wallet_card() {
    let dir = tmp();
    let text = issue_text(
        &big_record(&dir, 24),
        &["--ecc", "l", "--max-version", "40"],
    );
    assert!(
        qr_version(&text, ephr::qr::Ecc::L) > 30,
        "the test record is too small"
    );
    let card = write(&dir, "big.txt", format!("{text}\n"));
    let out = booklet_cmd(
        &[&card],
        &dir.path().join("wallet.pdf"),
        &["--layout", "card"],
    );
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(USAGE), "{err}");
    assert!(err.contains(&card_id(&text)), "{err}");
    assert!(err.contains("does not fit on a wallet card"), "{err}");
    assert!(
        err.contains("hint:") && err.contains("--layout booklet"),
        "{err}"
    );
    assert_no_pdf(&dir);
    // The remedy the hint names works.
    let pdf = dir.path().join("booklet.pdf");
    let out = booklet_cmd(&[&card], &pdf, &["--layout", "booklet"]);
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    assert!(pdf.exists());
}

/// The signed text is fixed, so only the error-correction level can make a code smaller: a
/// card whose code is too large for the wallet card at Q is printed at the highest lower level
/// that fits, and still reads back.
#[test]
fn the_wallet_card_falls_back_to_a_lower_level_that_fits() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let text = issue_text(
        &big_record(&dir, 12),
        &["--ecc", "l", "--max-version", "40"],
    );
    assert!(
        qr_version(&text, ephr::qr::Ecc::Q) > 30,
        "needs to be too large at Q"
    );
    assert!(
        qr_version(&text, ephr::qr::Ecc::M) <= 30,
        "needs to fit at M"
    );
    let card = write(&dir, "m.txt", format!("{text}\n"));
    let pdf = dir.path().join("m.pdf");
    let out = booklet_cmd(&[&card], &pdf, &["--layout", "card"]);
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    let pages = render_pages(&pdf);
    assert_eq!(pages.len(), 2, "front and back");
    assert_eq!(ephr_scan(&pages[1]), vec![text.clone()]);
    assert_eq!(zbar(&pages[1]), vec![text]);
}

#[cfg(unix)]
#[test]
fn the_booklet_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp();
    let pdf = print_text(&dir, &cards().minimal, "private", &[]);
    let mode = std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{mode:o}");
}

/// A booklet is never written over an existing file: on a shared clinic laptop `old.pdf` may be
/// the previous person's booklet. The file is left exactly as it was, permissions included.
#[cfg(unix)]
#[test]
fn a_booklet_is_never_written_over_an_existing_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tmp();
    let pdf = write(&dir, "old.pdf", "an old file");
    std::fs::set_permissions(&pdf, std::fs::Permissions::from_mode(0o644)).unwrap();
    let card = write(&dir, "card.txt", format!("{}\n", cards().minimal));
    let out = booklet_cmd(&[&card], &pdf, &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out).contains("already exists; choose another name"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), b"an old file");
    let mode = std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the old file's mode was changed to {mode:o}");
}

// ───────────────────────────── 6. duplicates ─────────────────────────────

#[test]
fn the_same_entry_given_as_text_and_as_its_page_image_prints_once() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let text = &cards().minimal;
    let once = print_text(&dir, text, "once", &[]);
    // The page of the booklet that holds the QR code, as a photo of it would.
    let page = render_pages(&once)
        .into_iter()
        .find(|p| !zbar(p).is_empty())
        .expect("a page with the QR code");
    let card = dir.path().join("once.txt");
    let twice = dir.path().join("twice.pdf");
    let out = booklet_cmd(&[&card, &page, &card], &twice, &[]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(OK), "{err}");
    assert!(err.contains(", 1 entry,"), "{err}");
    let ins = inspect(&twice, Lang::english());
    assert_eq!(ins.code_count(), 1, "one QR code");
    assert_eq!(ins.code_set(), BTreeSet::from([text.clone()]));
    // Nothing else differs: the same entries give the same file.
    assert_eq!(
        std::fs::read(&twice).unwrap(),
        std::fs::read(&once).unwrap(),
        "the booklet of one entry given three times is the booklet of the entry"
    );
}

#[test]
fn library_refuses_mixed_records_and_empty_input() {
    let opts = BookletOptions::new(Layout::Booklet, "en", "ar").unwrap();
    assert!(matches!(
        booklet::render(&[], &opts),
        Err(BookletError::NoEntries)
    ));
    let other = {
        let record = Record::from_json(
            &std::fs::read_to_string(fixture("pseudonymous-minimal.json")).unwrap(),
        )
        .unwrap();
        let issuer = Issuer::new(SecretKey::from_seed(&[7; 32]), "GR-EXAMPLE").unwrap();
        let card = issuer
            .issue(
                &record,
                &IssueOptions {
                    issued_at: ISSUED_AT_SECS,
                    ..Default::default()
                },
            )
            .unwrap();
        PrintEntry::from_issued(&card).unwrap()
    };
    let mixed = [reference_entry().clone(), other];
    assert!(matches!(
        booklet::render(&mixed, &opts),
        Err(BookletError::MixedRecords(..))
    ));
    assert!(matches!(
        BookletOptions::new(Layout::Card, "xx", "ar"),
        Err(BookletError::Language(c)) if c == "xx"
    ));
}

// ───────────────────────────── 7. a history that travels ─────────────────────────────

/// The three-country journey (fixtures/journey: Greece, Serbia, Italy) printed as one booklet
/// shows every entry with its issuer and QR code, and photos of every page of it (pages without
/// a code included) give back the whole verified history.
#[test]
fn journey_booklet_pages_verify_as_one_history() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let journey = root().join("fixtures/journey");
    let trust = [
        "--trust".to_owned(),
        journey.join("trust-list.cose").display().to_string(),
        "--anchor".to_owned(),
        root()
            .join("keys/demo-anchor.pub.pem")
            .display()
            .to_string(),
    ];
    let at = ["--at", "2027-02-01"];
    let pdf = dir.path().join("journey.pdf");
    let out = ephr()
        .arg("booklet")
        .arg(journey.join("journey.phr"))
        .arg("--out")
        .arg(&pdf)
        .args(["--lang", "it,fa"])
        .args(&trust)
        .args(at)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("3 entries"), "{}", stderr_of(&out));
    qpdf_check(&pdf);
    // Each entry's page names its issuing authority, and each QR code is one entry's text.
    let text = run("pdftotext", [pdf.as_os_str(), OsStr::new("-")]);
    let text = String::from_utf8_lossy(&text.stdout).into_owned();
    for id in ["GR-EODY-LESVOS", "RS-PRESEVO-HP", "IT-ASL-ROMA1"] {
        assert!(text.contains(id), "{id} missing from the booklet");
    }
    // The cover lists the journey: each entry's date, country and authority, in order.
    let cover = page_text(&pdf, 1, None);
    // Countries are named in the clinician's language (Italian here: the CLDR's names).
    let country = |c: &str| ephr::codes::country(c).unwrap().display("it");
    let (gr, rs, it) = (
        cover.find(&format!(
            "1. 2026-10-14 · {} · GR-EODY-LESVOS",
            country("GR")
        )),
        cover.find(&format!(
            "2. 2026-11-20 · {} · RS-PRESEVO-HP",
            country("RS")
        )),
        cover.find(&format!("3. 2027-01-18 · {} · IT-ASL-ROMA1", country("IT"))),
    );
    assert_eq!(country("GR"), "Grecia");
    assert!(
        gr.is_some() && gr < rs && rs < it,
        "cover without the journey in order:\n{cover}"
    );
    let issued: Vec<String> = ["1-gr.txt", "2-rs.txt", "3-it.txt"]
        .iter()
        .map(|f| {
            std::fs::read_to_string(journey.join(f))
                .unwrap()
                .trim()
                .to_owned()
        })
        .collect();
    let pages = render_pages(&pdf);
    let mut read: Vec<String> = pages.iter().flat_map(|p| zbar(p)).collect();
    read.sort();
    let mut want = issued.clone();
    want.sort();
    assert_eq!(read, want, "every entry's code, once, read by ZBar");
    // A clinician photographs every page: pages without a code are noted, not errors.
    let out = ephr()
        .arg("verify")
        .args(&pages)
        .args(&trust)
        .args(at)
        .output()
        .unwrap();
    let (so, se) = (stdout_of(&out), stderr_of(&out));
    assert_eq!(out.status.code(), Some(OK), "{so}\n{se}");
    assert!(se.contains("pages without a code are skipped"), "{se}");
    assert!(
        so.contains("History of record 4a0a2e0000000001: 3 valid entries"),
        "{so}"
    );
    // The Serbian dose 2 of MMR follows the Greek dose 1 in the merged history.
    assert!(
        so.contains("lot MR1014") && so.contains("lot MR2231"),
        "{so}"
    );
}

/// An entry signed by a trusted authority under the journey's record id but naming another
/// person: `ephr verify` says not to merge, so the booklet must not print the two as one
/// person's history.
#[test]
fn refuses_entries_of_two_people_under_one_record_id() {
    let dir = tmp();
    let journey = root().join("fixtures/journey");
    let key = std::fs::read_to_string(journey.join("keys/RS-PRESEVO-HP.key.pem")).unwrap();
    let issuer = ephr::Issuer::new(
        ephr::SecretKey::from_pem(&key, None, "RS key").unwrap(),
        "RS-PRESEVO-HP",
    )
    .unwrap();
    let record = ephr::Record::from_json(
        r#"{"patient":{"name_latin":{"family":"MALLORY","given":"EVE"}},"encounter":{"date":"2026-11-20","country":"RS"},"problems":"none_known"}"#,
    )
    .unwrap();
    let card = issuer
        .issue(
            &record,
            &ephr::IssueOptions {
                issued_at: ephr::date::parse_instant("2026-11-20T12:00:00Z").unwrap(),
                record_id: ephr::RecordId::from_hex("4a0a2e0000000001"),
                ..Default::default()
            },
        )
        .unwrap();
    let other = write(&dir, "other.txt", format!("{}\n", card.text()));
    let out = ephr()
        .arg("booklet")
        .arg(journey.join("1-gr.txt"))
        .arg(&other)
        .arg("--out")
        .arg(dir.path().join("b.pdf"))
        .args([
            "--trust",
            &journey.join("trust-list.cose").display().to_string(),
            "--anchor",
            &root()
                .join("keys/demo-anchor.pub.pem")
                .display()
                .to_string(),
            "--at",
            "2027-02-01",
        ])
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(INVALID), "{err}");
    assert!(
        err.contains("print each person's entries separately"),
        "{err}"
    );
    assert_no_pdf(&dir);
}

// ───────────────────────────── 8. what new users ran into (issue 11) ─────────────────────────────

/// A record signed through the library with `key` as `authority` at [`ISSUED_AT`].
fn signed_entry(json: &str, key: SecretKey, authority: &str) -> PrintEntry {
    let record = Record::from_json(json).unwrap();
    let issuer = Issuer::new(key, authority).unwrap();
    let card = issuer
        .issue(
            &record,
            &IssueOptions {
                issued_at: ISSUED_AT_SECS,
                ..Default::default()
            },
        )
        .unwrap();
    PrintEntry::from_issued(&card).unwrap()
}

fn demo_key() -> SecretKey {
    SecretKey::from_pem(ephr::demo::DEMO_AUTHORITY_KEY, None, "demo key").unwrap()
}

fn render_entries(entries: &[PrintEntry], layout: Layout, c: &str, p: &str) -> booklet::Pdf {
    let opts = BookletOptions::new(layout, c, p).unwrap();
    booklet::render(entries, &opts).unwrap_or_else(|e| panic!("{layout:?} {c},{p}: {e}"))
}

/// A pregnancy alert (and no allergies): its table is headed with what the alert is and its
/// details, not "Reaction", the allergy column, in every language.
#[test]
fn the_alerts_table_is_headed_alert_and_details_in_every_language() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let entry = signed_entry(
        r#"{"patient":{"name_latin":{"family":"TEST"},"sex":"female"},
            "encounter":{"date":"2026-10-14","country":"GR"},
            "pregnancy":{"status":"pregnant","gestational_weeks":20},
            "alerts":[{"kind":"high_risk_pregnancy","text":"Twins; pre-eclampsia in 2024"}]}"#,
        SecretKey::from_seed(&[7; 32]),
        "GR-EXAMPLE",
    );
    for l in LANGUAGES {
        let pdf = render_entries(
            std::slice::from_ref(&entry),
            Layout::Booklet,
            l.code,
            l.code,
        );
        let text = text_of(&dir, &format!("alerts-{}.pdf", l.code), &pdf).join(" ");
        let details = normalize(l.t("col-details"));
        let reaction = normalize(l.t("col-reaction"));
        assert_ne!(details, reaction, "{}", l.code);
        if !l.rtl || extracts_reliably(&details) {
            assert!(
                text.contains(&details),
                "{}: no {details:?} in: {text}",
                l.code
            );
        }
        if !l.rtl || extracts_reliably(&reaction) {
            assert!(
                !text.contains(&reaction),
                "{}: {reaction:?} heads a table without allergies: {text}",
                l.code
            );
        }
    }
}

/// What the last page told clinicians to do before: type a text that is not printed.
const TYPE_THE_TEXT: &[&str] = &[
    "type the text under it",
    "saisissez le texte situé dessous",
    "اكتب النص الموجود تحته",
    "متن زیر آن را تایپ کنید",
    "digitare il testo sottostante",
    "πληκτρολογήστε το κείμενο από κάτω του",
    "въведете текста под него",
];

/// The last page says how to check a code that does not scan (photograph the page and run
/// `ephr verify` on the photo, or ask the clinic) and never to type a text the booklet does not
/// print; the card's PHR1 text is not printed.
#[test]
fn the_last_page_asks_for_nothing_the_booklet_does_not_print() {
    if !tools() {
        return;
    }
    let dir = tmp();
    for l in LANGUAGES {
        let steps = l.t("verify-steps");
        assert!(
            steps.contains("ephr verify photo.jpg"),
            "{}: {steps}",
            l.code
        );
        for old in TYPE_THE_TEXT {
            assert!(!steps.contains(old), "{}: {steps}", l.code);
        }
        let pdf = render_lib(Layout::Booklet, l.code, "en");
        let pages = text_of(&dir, &format!("last-{}.pdf", l.code), &pdf);
        assert!(
            pages.iter().all(|p| !p.contains("PHR1:")),
            "{}: the card text is printed",
            l.code
        );
        let last = pages.last().unwrap();
        if !l.rtl {
            assert!(
                last.contains(&normalize(steps)),
                "{}: the steps are not on the last page: {last}",
                l.code
            );
        }
    }
    let last = text_of(
        &dir,
        "last-en.pdf",
        &render_lib(Layout::Booklet, "en", "ar"),
    )
    .pop()
    .unwrap();
    assert!(last.contains("photograph the page"), "{last}");
    assert!(
        last.contains("ask the clinic that issued the entry"),
        "{last}"
    );
    assert!(!last.contains("type the text"), "{last}");
}

/// Whether a text holds a run of 32 hex digits: the entry link, which no page shows otherwise.
fn has_link_hex(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_hexdigit())
        .any(|w| w.len() >= 32)
}

/// A follow-up names the entry it adds to as a reader can find it: by the card id printed in
/// that entry's footers and its date when it is in the booklet, else as an earlier entry that is
/// not in it. Never by the 32-hex-digit link, which matches nothing on the pages.
#[test]
fn a_follow_up_names_the_entry_it_follows_by_card_id_and_date() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let journey = root().join("fixtures/journey");
    let print = |inputs: &[&str], name: &str| -> Vec<String> {
        let pdf = dir.path().join(name);
        let out = ephr()
            .arg("booklet")
            .args(inputs.iter().map(|i| journey.join(i)))
            .arg("--out")
            .arg(&pdf)
            .args(["--lang", "en,fa"])
            .args([
                "--trust",
                &journey.join("trust-list.cose").display().to_string(),
                "--anchor",
                &root()
                    .join("keys/demo-anchor.pub.pem")
                    .display()
                    .to_string(),
                "--at",
                "2027-02-01",
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
        let n = total_from_footer(&page_text(&pdf, 1, None));
        (1..=n).map(|i| page_text(&pdf, i, None)).collect()
    };
    let follows = |n: &str, card: &str, date: &str| {
        Lang::english().fmt("follows-entry", &[("n", n), ("card", card), ("date", date)])
    };
    // The Serbian entry follows the Greek one, the Italian the Serbian (fixtures/journey).
    let pages = print(&["1-gr.txt", "2-rs.txt", "3-it.txt"], "journey.pdf");
    let all = pages.join(" ");
    assert!(!has_link_hex(&all), "an entry link is printed: {all}");
    for (issuer, followed) in [
        (
            "RS-PRESEVO-HP",
            follows("1", "c0ffee0000000101", "2026-10-14"),
        ),
        (
            "IT-ASL-ROMA1",
            follows("2", "c0ffee0000000201", "2026-11-20"),
        ),
    ] {
        let page = pages
            .iter()
            .find(|p| p.contains(issuer) && p.contains(en("follows")))
            .unwrap_or_else(|| panic!("no page of {issuer} says what it follows: {all}"));
        assert!(page.contains(&followed), "no {followed:?} in: {page}");
    }
    assert!(!all.contains(en("follows-elsewhere")), "{all}");
    // Printed alone, the Serbian entry follows one the booklet does not hold.
    let pages = print(&["2-rs.txt"], "serbia.pdf");
    let all = pages.join(" ");
    assert!(!has_link_hex(&all), "an entry link is printed: {all}");
    assert!(all.contains(en("follows-elsewhere")), "{all}");
    assert!(!all.contains("c0ffee0000000101"), "{all}");
}

/// Every page and card face of a booklet signed with the shipped demo key says DEMO in both
/// languages: decided by the signing key, so the same key under another authority id is marked
/// and another key under the id GR-DEMO is not.
#[test]
fn demo_signed_booklets_and_cards_say_demo_on_every_page_and_face() {
    if !tools() {
        return;
    }
    let dir = tmp();
    let banner = |code: &str| normalize(lang(code).t("demo-banner"));
    let every_page = |pages: &[String], codes: &[&str], what: &str| {
        assert!(!pages.is_empty(), "{what}");
        for (i, p) in pages.iter().enumerate() {
            for code in codes {
                let b = banner(code);
                assert!(p.contains(&b), "{what} page {}: no {b:?} in: {p}", i + 1);
            }
        }
    };

    // `ephr demo`: its booklet and wallet card, as written.
    let out = ephr()
        .arg("demo")
        .arg("--out-dir")
        .arg(dir.path().join("demo"))
        .args(["--at", CHECK_AT])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(OK), "{}", stderr_of(&out));
    for name in ["booklet.pdf", "wallet-card.pdf"] {
        let pdf = dir.path().join("demo").join(name);
        let o = run("pdfinfo", [pdf.as_os_str()]);
        let info = String::from_utf8_lossy(&o.stdout).into_owned();
        let n: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("pdfinfo {name}: {info}"));
        let pages: Vec<String> = (1..=n).map(|i| page_text(&pdf, i, None)).collect();
        every_page(&pages, &["en"], name);
        // The person's language (Arabic) says DEMO too.
        for (i, p) in pages.iter().enumerate() {
            assert!(
                p.matches("DEMO").count()
                    >= 2 + p.matches("GR-DEMO").count() + p.matches("DEMO Reception").count(),
                "{name} page {}: DEMO once only: {p}",
                i + 1
            );
        }
    }

    // A stored demo card printed in every layout, the banner in both languages.
    let card = print_text(&dir, &cards().minimal, "a6", &["--lang", "en,fr"]);
    let n = total_from_footer(&page_text(&card, 1, None));
    let pages: Vec<String> = (1..=n).map(|i| page_text(&card, i, None)).collect();
    every_page(&pages, &["en", "fr"], "A6 booklet");
    // Greek and Bulgarian, long DEMO lines: the back's column still ends with the card id.
    let wallet = print_text(
        &dir,
        &cards().reference,
        "wallet",
        &["--lang", "el,bg", "--layout", "card"],
    );
    let faces: Vec<String> = (1..=2).map(|i| page_text(&wallet, i, None)).collect();
    every_page(&faces, &["el", "bg"], "wallet card");
    let id = card_id(&cards().reference);
    assert!(
        faces.iter().all(|f| f.contains(&id)),
        "card id {id}: {faces:?}"
    );
    let back = render_pages(&wallet).pop().unwrap();
    assert_eq!(
        zbar(&back),
        vec![cards().reference.clone()],
        "the back's code"
    );

    // The key decides, not the name.
    let json = std::fs::read_to_string(fixture("pseudonymous-minimal.json")).unwrap();
    let demo_elsewhere = signed_entry(&json, demo_key(), "IT-ASL-ROMA1");
    let real_as_demo = signed_entry(&json, SecretKey::from_seed(&[7; 32]), "GR-DEMO");
    assert!(demo_elsewhere.is_demo() && !real_as_demo.is_demo());
    for layout in [Layout::Booklet, Layout::Card, Layout::A4] {
        let marked = text_of(
            &dir,
            &format!("{layout:?}-demo-key.pdf"),
            &render_entries(std::slice::from_ref(&demo_elsewhere), layout, "el", "en"),
        );
        every_page(&marked, &["el", "en"], &format!("{layout:?}, demo key"));
        let unmarked = text_of(
            &dir,
            &format!("{layout:?}-other-key.pdf"),
            &render_entries(std::slice::from_ref(&real_as_demo), layout, "el", "en"),
        );
        for p in &unmarked {
            assert!(!p.contains(&banner("en")), "{layout:?}, other key: {p}");
            assert!(!p.contains(&banner("el")), "{layout:?}, other key: {p}");
        }
    }
}

// ───────────────────────────── line breaking (issue 14) ─────────────────────────────

/// The whole text of a PDF in reading order, line by line as printed (`pdftotext -raw`: the
/// default mode joins a word broken with a hyphen, which would hide a break without one).
fn raw_lines(pdf: &Path) -> Vec<String> {
    let o = run(
        "pdftotext",
        [OsStr::new("-raw"), pdf.as_os_str(), OsStr::new("-")],
    );
    assert!(o.status.success(), "pdftotext {}: {o:?}", pdf.display());
    String::from_utf8(o.stdout)
        .expect("pdftotext writes UTF-8")
        .lines()
        .map(|l| l.trim().to_owned())
        .collect()
}

/// Where a printed word is split across lines: the parts as printed (with the hyphen, if any),
/// for every run of consecutive lines whose ends and starts spell the word.
fn splits_of(lines: &[String], word: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in 0..lines.len() {
        let mut parts = Vec::new();
        let mut spelled = String::new();
        for (i, line) in lines[start..].iter().enumerate() {
            // The first part is the line's last word; later ones a whole line's first word.
            let part = if i == 0 {
                line.rsplit(' ').next().unwrap_or_default()
            } else {
                line.split(' ').next().unwrap_or_default()
            };
            let letters = part.strip_suffix('-').unwrap_or(part);
            let rest = &word[spelled.len()..];
            if letters.is_empty() || !rest.starts_with(letters) {
                break;
            }
            spelled.push_str(letters);
            parts.push(part.to_owned());
            if spelled.len() == word.len() {
                if parts.len() > 1 {
                    found.push(parts);
                }
                break;
            }
            if i > 0 && part != line {
                break;
            }
        }
    }
    found
}

/// Issue 14: "Line breaking follows the language, so no word is broken without a hyphen." The
/// Slovenian "Odmerek" (the Dose column's heading) used to print as "Odmere / k", and the Greek
/// "προγραμματισμένη" (a planned referral) as "προγραμματισμ / ένη". Each is now split at a point
/// of its language's hyphenation patterns, the first part ends with a hyphen, and the words of
/// the other language on the same pages are broken by their own patterns.
#[test]
fn words_split_across_lines_end_with_a_hyphen() {
    if !tools() {
        return;
    }
    let dir = tmp();
    for (pair, word, printed) in [
        ("sl,el", "Odmerek", vec!["Odme-", "rek"]),
        ("el,sl", "προγραμματισμένη", vec!["προγραμματι-", "σμένη"]),
    ] {
        let name = pair.replace(',', "-");
        let pdf = print_text(&dir, &cards().reference, &name, &["--lang", pair]);
        let lines = raw_lines(&pdf);
        let splits = splits_of(&lines, word);
        assert!(
            !splits.is_empty(),
            "{pair}: {word} is not split in this layout"
        );
        for parts in &splits {
            assert_eq!(parts, &printed, "{pair}: {word} split as {parts:?}");
        }
        // No other word is broken without a hyphen: a line ending in a letter and the next
        // line's first word never spell a word that the booklet prints whole elsewhere.
        let whole: BTreeSet<&str> = lines.iter().flat_map(|l| l.split(' ')).collect();
        for pair_lines in lines.windows(2) {
            let (a, b) = (&pair_lines[0], &pair_lines[1]);
            let (Some(end), Some(start)) = (a.rsplit(' ').next(), b.split(' ').next()) else {
                continue;
            };
            if end.ends_with(char::is_alphabetic) && start.starts_with(char::is_lowercase) {
                let joined = format!("{end}{start}");
                assert!(
                    !whole.contains(joined.as_str()),
                    "{pair}: {joined:?} broken without a hyphen: {a:?} / {b:?}"
                );
            }
        }
    }
}
