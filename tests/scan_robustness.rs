//! The scanner's robustness to what real photos and scans do, on the corpus that
//! `tests/support/distort.rs` generates deterministically (the same corpus as the ephr-versus-ZBar
//! table of `cargo run --release --example scan_corpus`).
//!
//! The goal is that every sample of moderate or milder severity decodes, and every severe one
//! that zxing-cpp reads: one test per class and severity, so that a failing class is named by the
//! test that fails. The 12-megapixel class is left to the example (rendering it unoptimised would
//! take most of a minute).

#[path = "support/distort.rs"]
mod distort;
#[path = "support/scan_photo.rs"]
mod scan_photo;

use std::sync::OnceLock;

use ephr::qr::{self, Ecc, QrError};
use image::{GrayImage, Luma};

fn cards() -> &'static [distort::Card] {
    static CARDS: OnceLock<Vec<distort::Card>> = OnceLock::new();
    CARDS.get_or_init(distort::cards)
}

/// Scans every corpus sample of `class` at `severity` as it would be read from its file (PNG
/// pixels, or the decoded lossy JPEG bytes) and fails naming each sample not decoded exactly.
fn goal(class: &str, severity: &str) {
    let specs: Vec<_> = distort::specs()
        .into_iter()
        .filter(|s| s.class == class && s.severity == severity)
        .collect();
    assert!(
        !specs.is_empty(),
        "no corpus samples for {class} / {severity}"
    );
    let what = format!("{class} / {severity} samples ({})", specs[0].detail);
    all_decode(specs.iter().map(|s| s.render(cards())).collect(), &what);
}

/// As [`goal`], for a class of `tests/support/scan_photo.rs` (glare, curved paper, occlusion,
/// photographed A4 sheets), made from the same clean renders as `examples/scan_compare.rs`.
fn goal_photo(class: &'static str, severity: &'static str) {
    let base: Vec<distort::Sample> = distort::specs()
        .into_iter()
        .filter(|s| s.class == "rotation" && s.severity == "mild")
        .map(|s| s.render(cards()))
        .collect();
    let samples = scan_photo::extra(class, severity, &base, cards());
    assert!(!samples.is_empty(), "no samples for {class} / {severity}");
    all_decode(samples, &format!("{class} / {severity} samples"));
}

/// Fails naming each sample that does not decode to exactly its expected texts.
fn all_decode(samples: Vec<distort::Sample>, what: &str) {
    let total = samples.len();
    let mut failures = Vec::new();
    for sample in samples {
        let img = match &sample.jpeg {
            Some(bytes) => qr::decode_image(bytes).expect("corpus JPEG decodes"),
            None => sample.image,
        };
        match qr::scan(&img) {
            Ok(found) if distort::exactly(&found, &sample.expected) => {}
            Ok(found) => failures.push(format!(
                "{}: {} text(s) found, {} of the {} expected",
                sample.name,
                found.len(),
                found.iter().filter(|t| sample.expected.contains(t)).count(),
                sample.expected.len()
            )),
            Err(e) => failures.push(format!("{}: {e}", sample.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} {what} not decoded:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

macro_rules! goals {
    ($($(#[$attr:meta])* $name:ident: $class:literal, $severity:literal;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                goal($class, $severity);
            }
        )*
    };
}

goals! {
    rotation_mild: "rotation", "mild";
    rotation_moderate: "rotation", "moderate";
    perspective_mild: "perspective", "mild";
    perspective_moderate: "perspective", "moderate";
    blur_mild: "blur", "mild";
    blur_moderate: "blur", "moderate";
    jpeg_mild: "jpeg", "mild";
    jpeg_moderate: "jpeg", "moderate";
    module_size_mild: "module size", "mild";
    module_size_moderate: "module size", "moderate";
    uneven_lighting_mild: "uneven lighting", "mild";
    uneven_lighting_moderate: "uneven lighting", "moderate";
    low_contrast_mild: "low contrast", "mild";
    low_contrast_moderate: "low contrast", "moderate";
    noise_mild: "noise", "mild";
    noise_moderate: "noise", "moderate";
    inverted_mild: "inverted", "mild";
    inverted_moderate: "inverted", "moderate";
    several_codes_mild: "several codes", "mild";
    several_codes_moderate: "several codes", "moderate";
    // Read since zxing-cpp joined the scanner (issue 12); the pure-Rust readers read none.
    perspective_severe: "perspective", "severe";
    several_codes_severe: "several codes", "severe";
}

// The photographed classes that zxing-cpp reads (and so must ephr). Wavy paper and the severe
// curve defeat every reader measured (docs/PERFORMANCE.md).
#[test]
fn glare_every_severity() {
    for severity in scan_photo::SEVERITIES {
        goal_photo("glare", severity);
    }
}

#[test]
fn occlusion_every_severity() {
    for severity in scan_photo::SEVERITIES {
        goal_photo("occlusion", severity);
    }
}

#[test]
fn curved_paper_mild_and_moderate() {
    goal_photo("curved paper", "mild");
    goal_photo("curved paper", "moderate");
}

#[test]
fn photographed_a4_sheets_every_severity() {
    for severity in scan_photo::SEVERITIES {
        goal_photo("A4 sheet photo", severity);
    }
}

#[test]
fn corpus_is_complete_and_deterministic() {
    let specs = distort::specs();
    for class in distort::CLASSES {
        for severity in ["mild", "moderate", "severe"] {
            assert!(
                specs
                    .iter()
                    .any(|s| s.class == class && s.severity == severity),
                "{class} has no {severity} samples"
            );
        }
    }
    let mut names: Vec<_> = specs.iter().map(|s| s.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), specs.len(), "sample names are unique");

    let lengths: Vec<usize> = cards().iter().map(|c| c.text.len() - 5).collect();
    assert_eq!(lengths, [300, 699, 999, 999]);
    for c in cards() {
        assert!(c.text.starts_with("PHR1:"));
        assert!(
            base45::decode(&c.text[5..]).is_ok(),
            "{} is base45",
            c.label
        );
    }

    // Same recipe, same pixels and bytes.
    let spec = specs
        .iter()
        .find(|s| s.class == "jpeg" && s.severity == "severe")
        .unwrap();
    let (a, b) = (spec.render(cards()), spec.render(cards()));
    assert_eq!(a.image, b.image);
    assert_eq!(a.jpeg, b.jpeg);
    assert!(a.jpeg.is_some());
    let noisy = specs
        .iter()
        .find(|s| s.class == "noise" && s.severity == "moderate")
        .unwrap();
    assert_eq!(
        noisy.render(cards()).image,
        noisy.render(cards()).image,
        "noise is seeded"
    );
}

/// `PHR1:` and `len - 5` pseudo-random characters of the base45 alphabet.
fn text_of_len(len: usize, seed: u64) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let mut rng = distort::Rng::new(seed);
    let body: String = (0..len - 5)
        .map(|_| char::from(ALPHABET[(rng.next_u64() % 45) as usize]))
        .collect();
    format!("PHR1:{body}")
}

/// Render → scan at one level, for short texts up to the version-40 alphanumeric capacity
/// (prefix included), and one character more is refused.
fn round_trip(ecc: Ecc, capacity: usize) {
    for len in [6, capacity / 4, capacity / 2, capacity * 3 / 4, capacity] {
        let text = text_of_len(len, len as u64);
        let code = qr::encode(&text, ecc).unwrap_or_else(|e| panic!("{len} at {ecc:?}: {e}"));
        if len == capacity {
            assert_eq!(code.version(), 40, "{len} characters at {ecc:?}");
        }
        let module = if code.version() > 20 { 2 } else { 3 };
        let found = qr::scan(&code.to_image(module)).unwrap_or_else(|e| {
            panic!(
                "{len} characters at {ecc:?} (version {}, {module} px/module): {e}",
                code.version()
            )
        });
        assert_eq!(found, vec![text], "{len} characters at {ecc:?}");
    }
    assert!(
        matches!(qr::encode(&text_of_len(capacity + 1, 1), ecc), Err(QrError::TooLong(e)) if e == ecc),
        "{} characters do not fit at {ecc:?}",
        capacity + 1
    );
}

#[test]
fn round_trip_level_l_up_to_version_40() {
    round_trip(Ecc::L, 4296);
}

#[test]
fn round_trip_level_m_up_to_version_40() {
    round_trip(Ecc::M, 3391);
}

#[test]
fn round_trip_level_q_up_to_version_40() {
    round_trip(Ecc::Q, 2420);
}

#[test]
fn round_trip_level_h_up_to_version_40() {
    round_trip(Ecc::H, 1852);
}

fn paste(canvas: &mut GrayImage, img: &GrayImage, x: i64, y: i64) {
    image::imageops::replace(canvas, img, x, y);
}

#[test]
fn every_code_of_a_page_is_returned_once() {
    let texts: Vec<String> = (0..4)
        .map(|i| text_of_len(200 + 150 * i, 100 + i as u64))
        .collect();
    let mut page = GrayImage::from_pixel(900, 900, Luma([255]));
    for (i, t) in texts.iter().enumerate() {
        let img = qr::encode(t, Ecc::Q).unwrap().to_image(3);
        paste(&mut page, &img, 450 * (i as i64 % 2), 450 * (i as i64 / 2));
    }
    let found = qr::scan(&page).unwrap();
    assert!(
        distort::exactly(&found, &texts),
        "found {} of 4",
        found.len()
    );

    // The same card twice, and a code that is not a card: the card once, the other ignored.
    let mut page = GrayImage::from_pixel(900, 450, Luma([255]));
    let card = qr::encode(&texts[0], Ecc::Q).unwrap().to_image(3);
    paste(&mut page, &card, 0, 0);
    paste(
        &mut page,
        &qr::encode("https://example.org/not-a-card", Ecc::M)
            .unwrap()
            .to_image(4),
        320,
        40,
    );
    paste(&mut page, &card, 560, 0);
    assert_eq!(qr::scan(&page).unwrap(), vec![texts[0].clone()]);
}

/// The scan fails with `NotFound`, whose message lists the steps tried.
fn not_found(img: &GrayImage) -> (String, String) {
    match qr::scan(img) {
        Err(e @ QrError::NotFound { .. }) => {
            let message = e.to_string();
            let QrError::NotFound { tried, other } = e else {
                unreachable!()
            };
            assert!(!tried.trim().is_empty(), "{message}");
            assert!(message.contains(&tried), "{message}");
            (message, other)
        }
        other => panic!("expected NotFound, got {other:?}"),
    }
}

#[test]
fn images_without_a_card_are_not_found() {
    let (message, other) = not_found(&GrayImage::from_pixel(400, 300, Luma([255])));
    assert!(other.is_empty(), "{message}");

    let (message, other) = not_found(&distort::texture(800, 600, 7));
    assert!(other.is_empty(), "{message}");

    let code = qr::encode("HC1:NCFOXN%TSMAHN-HWWK2RL99TEZ", Ecc::Q).unwrap();
    let (message, other) = not_found(&code.to_image(4));
    assert!(!other.is_empty(), "{message}");
    assert!(message.contains("not PHR"), "{message}");
}

/// The issue-12 classes of `support/scan_photo.rs` that ephr reads today, at every severity:
/// glare and a thumb over the code (12 of 12 each on 2026-12-02, `examples/scan_compare.rs`).
/// Curved and wavy paper and photographed A4 sheets are read 0 times today and left to the
/// example.
#[test]
fn glare_and_occlusion_read_at_least_as_many_as_today() {
    let base: Vec<distort::Sample> = distort::specs()
        .iter()
        .filter(|s| s.class == "rotation" && s.severity == "mild")
        .map(|s| s.render(cards()))
        .collect();
    for class in ["glare", "occlusion"] {
        let mut read = 0;
        let mut total = 0;
        for severity in scan_photo::SEVERITIES {
            for sample in scan_photo::extra(class, severity, &base, cards()) {
                total += 1;
                let found = qr::scan(&sample.image).unwrap_or_default();
                assert!(
                    found.iter().all(|t| sample.expected.contains(t)),
                    "{}: a wrong text",
                    sample.name
                );
                read += usize::from(distort::exactly(&found, &sample.expected));
            }
        }
        assert_eq!(total, 12, "{class}");
        assert!(
            read >= 12,
            "{class}: {read} of {total} read (12 on 2026-12-02)"
        );
    }
}
