//! Reading what a clinician gives to `verify`, `decode` and `scan`: files of PHR1 text (one card
//! a line), images holding QR codes, bundles (`.phr`, see [`crate::bundle`]), PDFs that ephr
//! printed (their attached bundle, see [`crate::pdf_entries`]), or standard input (what a USB
//! barcode scanner types).

use std::io::Read;
use std::path::Path;

use crate::bundle::{self, Bundle, BundleError};
use crate::envelope;
use crate::history::Checked;
use crate::pdf_entries::{self, PdfError};
use crate::qr::{self, QrError};
use crate::trust::TrustList;
use crate::verify::{DecodeError, UnverifiedCard};

/// Largest text input read (thousands of cards).
pub const MAX_TEXT_INPUT: u64 = 4 * 1024 * 1024;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A text input larger than [`MAX_TEXT_INPUT`].
    #[error("{0} is larger than {MAX_TEXT_INPUT} bytes; it is not a file of PHR cards")]
    TooLarge(String),
    /// Neither an image nor UTF-8 text.
    #[error("{0} is neither a PNG/JPEG image nor a text file of PHR1 cards")]
    Unrecognised(String),
    /// No card in the input.
    #[error("{0} contains no text")]
    Empty(String),
    /// Text, but nothing that looks like a card (`PHR1:…`, or any `PREFIX:` to report on).
    #[error("{0} contains no card text (a card starts with PHR1:); is it the right file?")]
    NoCards(String),
    /// A bundle file whose container is damaged.
    #[error("{path}: {source}")]
    Bundle {
        /// The file.
        path: String,
        /// What is wrong.
        source: BundleError,
    },
    /// A PDF without the signed entries ephr attaches to the PDFs it prints.
    #[error("{path}: {source}")]
    Pdf {
        /// The file.
        path: String,
        /// What is wrong.
        source: PdfError,
    },
    /// An image without a readable PHR QR code.
    #[error("{path}: {source}")]
    Qr {
        /// The image.
        path: String,
        /// What went wrong.
        source: QrError,
    },
}

/// One candidate card and where it came from (`card.png`, `cards.txt:3`, `stdin:1`,
/// `journey.phr#2`): the text read from a file, a scanner or a QR code, or the signed bytes of a
/// bundle or PDF entry, which are verified as they are instead of being encoded to text first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Where the card was found.
    pub source: String,
    form: Form,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Form {
    /// Text, trimmed of surrounding whitespace.
    Text(String),
    /// The tagged COSE_Sign1 bytes of an entry of a bundle.
    Signed(Vec<u8>),
}

impl Candidate {
    fn text_at(source: String, text: String) -> Self {
        Self {
            source,
            form: Form::Text(text),
        }
    }

    /// The card as PHR1 text, as a QR code or a printout shows it. An entry of a bundle or PDF
    /// is encoded here (zopfli: tens of milliseconds), so ask only to show or print it.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.form {
            Form::Text(t) => t.as_str().into(),
            Form::Signed(cose) => envelope::encode(cose).into(),
        }
    }

    /// The text as it was read, for a candidate read as text; `None` for an entry of a bundle.
    fn read_text(&self) -> Option<&str> {
        match &self.form {
            Form::Text(t) => Some(t),
            Form::Signed(_) => None,
        }
    }

    /// The card parsed, NOT verified.
    pub fn parse(&self) -> Result<UnverifiedCard, DecodeError> {
        match &self.form {
            Form::Text(t) => UnverifiedCard::from_text(t),
            Form::Signed(cose) => UnverifiedCard::from_cose(cose),
        }
    }

    /// The card checked against `trust` at `now` (POSIX seconds): every rule of
    /// [`UnverifiedCard::verify`].
    pub fn check(&self, trust: &TrustList, now: i64) -> Checked {
        Checked::verify_parsed(self.source.clone(), self.parse(), trust, now)
    }
}

/// True when the bytes start like a PNG or JPEG file.
pub fn looks_like_image(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n") || bytes.starts_with(&[0xff, 0xd8, 0xff])
}

/// Splits text into one candidate per card. A card is usually one line, but a card pasted from
/// an e-mail comes wrapped at 64 or 76 columns: a line that starts a card (`PHR1:`, or another
/// prefix so that it can be reported as the wrong kind) continues on the following lines made
/// only of base45 characters, up to a blank line or the next card. Spaces at a line's end are
/// kept inside a card (base45 has a space, and `format=flowed` mail wraps after one), and so are
/// spaces at the start of a continuation line.
pub fn text_candidates(source: &str, text: &str) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut open: Option<(usize, usize, String)> = None;
    let close = |open: &mut Option<(usize, usize, String)>, out: &mut Vec<Candidate>| {
        if let Some((first, last, t)) = open.take() {
            out.push(Candidate::text_at(
                if first == last {
                    format!("{source}:{first}")
                } else {
                    format!("{source}:{first}-{last}")
                },
                t.trim_end().to_owned(),
            ));
        }
    };
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            close(&mut open, &mut out);
            continue;
        }
        let continues = open.is_some() && !starts_known_card(trimmed) && is_base45_line(line);
        if continues {
            if let Some((_, last, t)) = open.as_mut() {
                *last = n;
                // All of it: a wrapped line may begin with base45's space.
                t.push_str(line);
            }
            continue;
        }
        close(&mut open, &mut out);
        if starts_card(trimmed) {
            open = Some((n, n, line.trim_start().to_owned()));
        } else {
            out.push(Candidate::text_at(
                format!("{source}:{n}"),
                trimmed.to_owned(),
            ));
        }
    }
    close(&mut open, &mut out);
    out
}

/// The prefix of a card of a known kind: any `PHR` version, or an EU certificate (`HC1:`). A
/// wrapped line of base45 can look like any other prefix (`X4:`), so only these end a card
/// that is being continued; one of them at the start of a base45 line by chance is about
/// one in 10^8.
fn starts_known_card(line: &str) -> bool {
    let b = line.as_bytes();
    (b.len() >= 5 && b.starts_with(b"PHR") && b[3].is_ascii_digit() && b[4] == b':')
        || line.starts_with("HC1:")
}

/// `PHR1:`, or a prefix of the same shape (`HC1:`), at the start of a line.
fn starts_card(line: &str) -> bool {
    line.split_once(':').is_some_and(|(p, _)| {
        (2..=6).contains(&p.len())
            && p.starts_with(|c: char| c.is_ascii_uppercase())
            && p.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    })
}

/// Only characters of the base45 alphabet (RFC 9285), which is the QR alphanumeric set.
fn is_base45_line(line: &str) -> bool {
    line.bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b" $%*+-./:".contains(&b))
}

/// Reads one input argument: `-` for `stdin`, otherwise a file path.
pub fn read(arg: &str, stdin: &mut dyn Read) -> Result<Vec<Candidate>, InputError> {
    if arg == "-" {
        let mut buf = Vec::new();
        stdin
            .take(MAX_TEXT_INPUT + 1)
            .read_to_end(&mut buf)
            .map_err(|source| InputError::Io {
                path: "standard input".into(),
                source,
            })?;
        return from_bytes("stdin", &buf);
    }
    let path = Path::new(arg);
    let io = |source| InputError::Io {
        path: arg.to_owned(),
        source,
    };
    let f = std::fs::File::open(path).map_err(io)?;
    let mut buf = Vec::new();
    f.take(qr::MAX_IMAGE_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(io)?;
    from_bytes(arg, &buf)
}

/// Classifies bytes as a bundle, a PDF, an image or text and extracts the candidates. A bundle
/// entry is kept as its signed bytes, named `FILE#n`.
pub fn from_bytes(source: &str, bytes: &[u8]) -> Result<Vec<Candidate>, InputError> {
    if bundle::is_bundle(bytes) {
        let b = Bundle::from_bytes(bytes).map_err(|e| InputError::Bundle {
            path: source.to_owned(),
            source: e,
        })?;
        return Ok(bundle_candidates(source, &b));
    }
    // A PDF ephr printed carries its entries as an attached bundle, verified like any bundle.
    if pdf_entries::is_pdf(bytes) {
        let b = pdf_entries::find_bundle(bytes).map_err(|e| InputError::Pdf {
            path: source.to_owned(),
            source: e,
        })?;
        return Ok(bundle_candidates(source, &b));
    }
    if looks_like_image(bytes) {
        if bytes.len() as u64 > qr::MAX_IMAGE_FILE {
            return Err(InputError::Qr {
                path: source.to_owned(),
                source: QrError::TooLarge(format!("file larger than {} bytes", qr::MAX_IMAGE_FILE)),
            });
        }
        return images(source, bytes);
    }
    let lower = source.to_ascii_lowercase();
    if [".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e)) {
        return Err(InputError::Qr {
            path: source.to_owned(),
            source: QrError::Image(
                "it is not a PNG or JPEG file: damaged, or another format such as HEIC".into(),
            ),
        });
    }
    if bytes.len() as u64 > MAX_TEXT_INPUT {
        return Err(InputError::TooLarge(source.to_owned()));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|_| InputError::Unrecognised(source.to_owned()))?;
    let c = text_candidates(source, text);
    if c.is_empty() {
        return Err(InputError::Empty(source.to_owned()));
    }
    // A line is worth reporting on when it starts with a prefix like `PHR1:`, `HC1:` or `shc:`;
    // a file with none (a key, a JSON record, a photo saved as text) is the wrong input.
    let prefixed = |t: &str| {
        t.split_once(':').is_some_and(|(p, _)| {
            (2..=6).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric())
        })
    };
    if !c.iter().any(|c| c.read_text().is_some_and(prefixed)) {
        return Err(InputError::NoCards(source.to_owned()));
    }
    // Around cards pasted from a message there is prose ("Dear colleague,"); card texts have no
    // lowercase letters (SMART Health Cards' `shc:/` aside), so such lines are not candidates.
    Ok(c.into_iter()
        .filter(|c| {
            c.read_text().is_some_and(|t| {
                t.starts_with("shc:") || !t.bytes().any(|b| b.is_ascii_lowercase())
            })
        })
        .collect())
}

/// One candidate per bundle entry, named `FILE#n`.
fn bundle_candidates(source: &str, b: &Bundle) -> Vec<Candidate> {
    b.entries()
        .iter()
        .enumerate()
        .map(|(i, cose)| Candidate {
            source: format!("{source}#{}", i + 1),
            form: Form::Signed(cose.clone()),
        })
        .collect()
}

/// The card texts in a PNG or JPEG image.
#[cfg(feature = "scan")]
fn images(source: &str, bytes: &[u8]) -> Result<Vec<Candidate>, InputError> {
    let img = qr::decode_image(bytes).map_err(|e| InputError::Qr {
        path: source.to_owned(),
        source: e,
    })?;
    let texts = qr::scan(&img).map_err(|e| InputError::Qr {
        path: source.to_owned(),
        source: e,
    })?;
    let many = texts.len() > 1;
    Ok(texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            Candidate::text_at(
                if many {
                    format!("{source}#{}", i + 1)
                } else {
                    source.to_owned()
                },
                text,
            )
        })
        .collect())
}

/// This build reads no images.
#[cfg(not(feature = "scan"))]
fn images(source: &str, _bytes: &[u8]) -> Result<Vec<Candidate>, InputError> {
    Err(InputError::Qr {
        path: source.to_owned(),
        source: QrError::Image(
            "this build of ephr reads card texts and bundles, not images (the `scan` feature is off)"
                .into(),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_card_keeps_the_space_that_begins_a_line() {
        // Wrapped at 8 columns, the second line starts with base45's space.
        let c = from_bytes(
            "mail",
            b"Hello,\r\n\r\nPHR1:ABC\r\n DEF%GH\r\n*IJ\r\n\r\nBye\r\n",
        )
        .unwrap();
        let card: Vec<_> = c.iter().filter(|c| c.text().starts_with("PHR1:")).collect();
        assert_eq!(card.len(), 1, "{c:?}");
        assert_eq!(card[0].text(), "PHR1:ABC DEF%GH*IJ");
        assert_eq!(card[0].source, "mail:3-5");
    }

    #[test]
    fn text_lines() {
        let c = from_bytes("f", b"PHR1:AAA\r\n\n  PHR1:BBB  \n").unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].source, "f:3");
        assert_eq!(c[1].text(), "PHR1:BBB");
        assert!(matches!(from_bytes("f", b" \n"), Err(InputError::Empty(_))));
        assert!(matches!(
            from_bytes("f", b"-----BEGIN PUBLIC KEY-----\nMCowBQ\n"),
            Err(InputError::NoCards(_))
        ));
        assert!(matches!(
            from_bytes("f", b"{\n  \"doses\": [1],\n  \"x\": 2\n}\n"),
            Err(InputError::NoCards(_))
        ));
        assert_eq!(
            from_bytes("f", b"HC1:ABC\n").unwrap().len(),
            1,
            "reported as wrong prefix"
        );
        assert!(matches!(
            from_bytes("f", &[0xff, 0xfe, 0x00]),
            Err(InputError::Unrecognised(_))
        ));
    }

    #[test]
    fn a_bundle_gives_one_candidate_an_entry_and_a_damaged_one_is_an_error() {
        let mut b = Bundle::new();
        let cose = vec![0xd2, 0x84, 0x40, 0xa0, 0x41, 0x01, 0x40];
        b.push(cose.clone()).unwrap();
        let c = from_bytes("j.phr", &b.to_bytes()).unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].source, "j.phr#1");
        assert_eq!(envelope::decode(&c[0].text()).unwrap(), cose);
        let cut = &b.to_bytes()[..10];
        assert!(matches!(
            from_bytes("j.phr", cut),
            Err(InputError::Bundle { .. })
        ));
    }

    #[test]
    fn a_card_wrapped_by_an_email_client_is_one_card() {
        let card = format!(
            "PHR1:{}",
            "6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3".repeat(12)
        );
        for width in [64, 76] {
            let wrapped: Vec<String> = card
                .as_bytes()
                .chunks(width)
                .map(|c| String::from_utf8(c.to_vec()).unwrap())
                .collect();
            let text = format!(
                "Dear colleague,\r\n\r\n{}\r\n\r\n{}\n",
                wrapped.join("\r\n"),
                card
            );
            let c = from_bytes("mail.txt", text.as_bytes()).unwrap();
            assert_eq!(
                c.len(),
                2,
                "the wrapped card, the same card unwrapped; no greeting"
            );
            assert_eq!(c[0].text(), card, "width {width}");
            assert_eq!(c[0].source, format!("mail.txt:3-{}", 2 + wrapped.len()));
            assert_eq!(c[1].text(), card);
        }
        // A space at the end of a wrapped line is part of the card; two cards in a row stay two.
        let c = from_bytes("f", b"PHR1:AB \nCD\nPHR1:EF\nGH\n").unwrap();
        assert_eq!(
            c.iter().map(|c| c.read_text().unwrap()).collect::<Vec<_>>(),
            ["PHR1:AB CD", "PHR1:EFGH"]
        );
        // Prose after a card is not glued to it.
        let c = from_bytes("f", b"PHR1:AB\nthanks, Maria\n").unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].text(), "PHR1:AB");
    }

    #[test]
    fn a_wrapped_line_that_looks_like_a_prefix_continues_the_card() {
        let c = from_bytes("f", b"PHR1:AB\nX4:CD\n").unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].text(), "PHR1:ABX4:CD");
    }

    #[test]
    fn a_file_named_like_an_image_that_is_not_one_says_so() {
        let e = from_bytes("photo.JPG", b"PHR1:ABC")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a PNG or JPEG"), "{e}");
    }

    #[test]
    fn stdin_dash() {
        let mut input: &[u8] = b"PHR1:X\n";
        assert_eq!(read("-", &mut input).unwrap()[0].source, "stdin:1");
    }
}
