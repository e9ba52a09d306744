//! The printed record: a PDF booklet of A6 pages, the same pages four to an A4 sheet, or an
//! ID-1 wallet card, in the clinician's and the patient's languages.
//!
//! A booklet is made only from signed entries ([`PrintEntry`] is built from a
//! [`VerifiedCard`] or from the bytes just signed), never from the JSON a record was typed in, so
//! the tables say exactly what the QR codes beside them prove.
//!
//! ```
//! use ephr::booklet::{self, BookletOptions, Layout, PrintEntry};
//! use ephr::{IssueOptions, Issuer, Record, SecretKey};
//!
//! let record = Record::from_json(ephr::demo::REFERENCE_RECORD)?;
//! let issuer = Issuer::new(SecretKey::from_seed(&[7; 32]), "GR-EXAMPLE")?;
//! let card = issuer.issue(&record, &IssueOptions { issued_at: 1_792_000_000, ..Default::default() })?;
//! let entry = PrintEntry::from_issued(&card)?;
//! let opts = BookletOptions::new(Layout::Card, "el", "ar")?;
//! let pdf = booklet::render(&[entry], &opts)?;
//! assert!(pdf.bytes.starts_with(b"%PDF-"));
//! assert_eq!(pdf.pages, 2); // front and back
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod canvas;
mod card;
mod flow;
mod linebreak;
mod plan;
mod sections;
mod text;

use printpdf::{CurTransMat, Mm, Op, ParsedFont, PdfDocument, PdfFont, PdfPage, PdfSaveOptions};

use crate::card::{Claims, EntryLink, entry_link};
use crate::envelope;
use crate::keys::{KeyId, SecretKey};
use crate::labels::Lang;
use crate::qr::{self, Ecc, Rendered};
use crate::verify::{DecodeError, VerifiedCard};

use canvas::{Canvas, Ink, QUIET_ZONE, font_id};
use flow::{Flow, Geometry, Langs};
pub use plan::{PlanError, PrintJob, PrintPlan, plan};
use text::Font;
pub use text::embedded_font;

/// Page arrangement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A6 pages (105 × 148 mm), to fold or staple into a booklet.
    Booklet,
    /// The A6 pages four to an A4 sheet, with cut marks, for office printers.
    A4,
    /// An ID-1 wallet card (85.6 × 54 mm): identity, alerts and allergies on the front, the
    /// QR code of each entry on a back.
    Card,
}

/// How to print.
#[derive(Debug, Clone)]
pub struct BookletOptions {
    /// Page arrangement.
    pub layout: Layout,
    /// Language of the clinicians who will read it (labels first, code names first).
    pub clinician: Lang,
    /// Language of the person who carries it (labels second, the privacy note).
    pub patient: Lang,
    /// Side of one QR module in mm. The default, 0.42 mm, is what `ephr issue` prints; the
    /// wallet card shrinks it to fit, never below [`MIN_MODULE_MM`].
    pub module_mm: f32,
    /// Preferred error-correction level; a lower one is used when an entry does not fit at it.
    pub ecc: Ecc,
}

/// Smallest QR module ephr prints: below this, phone cameras and 150-dpi scans fail.
pub const MIN_MODULE_MM: f32 = 0.35;

impl BookletOptions {
    /// Options for a layout and two ISO 639-1 language codes.
    pub fn new(layout: Layout, clinician: &str, patient: &str) -> Result<Self, BookletError> {
        let lang = |c: &str| Lang::get(c).ok_or_else(|| BookletError::Language(c.to_owned()));
        Ok(Self {
            layout,
            clinician: lang(clinician)?,
            patient: lang(patient)?,
            module_mm: 0.42,
            ecc: Ecc::Q,
        })
    }
}

/// Why a booklet could not be made.
#[derive(Debug, thiserror::Error)]
pub enum BookletError {
    /// Nothing to print.
    #[error("no entries to print")]
    NoEntries,
    /// More entries than a booklet holds.
    #[error("{0} entries are too many for one booklet (at most {MAX_ENTRIES})")]
    TooManyEntries(usize),
    /// No catalogue for this language.
    #[error("no labels in language \"{0}\"; ephr prints in {codes}", codes = Lang::codes())]
    Language(String),
    /// The entries belong to different people.
    #[error(
        "the entries belong to different records ({0} and {1}); print one person's entries at a time"
    )]
    MixedRecords(String, String),
    /// Confidential and core entries given for one PDF.
    #[error(
        "{confidential} confidential and {core} other entries cannot share one PDF: confidential entries print as a separate insert that the person keeps apart from the booklet"
    )]
    ConfidentialMixed {
        /// Core entries.
        core: usize,
        /// Confidential entries.
        confidential: usize,
    },
    /// Confidential entries asked for as a wallet card, which is made to be shown to anyone.
    #[error(
        "confidential entries are not printed on a wallet card, which is shown to anyone; print them as an A6 or A4 insert"
    )]
    ConfidentialCard,
    /// An entry's QR code could not be drawn.
    #[error("entry {card}: {source}")]
    Qr {
        /// Card id.
        card: String,
        /// Why.
        source: qr::QrError,
    },
    /// The QR code does not fit the wallet card at a readable size, at any error-correction
    /// level.
    #[error(
        "entry {card} needs a QR code of {modules} modules even at the lowest error-correction level, which does not fit on a wallet card at {MIN_MODULE_MM} mm a module"
    )]
    CardTooSmall {
        /// Card id.
        card: String,
        /// Modules a side, quiet zone included.
        modules: usize,
    },
    /// Issued bytes that do not decode (a bug, since they were just signed).
    #[error("the signed entry does not decode: {0}")]
    Decode(#[from] DecodeError),
    /// Issued claims that do not decode (a bug, since they were just signed).
    #[error("the signed claims do not decode: {0}")]
    Claims(#[from] crate::cbor::CborError),
    /// The embedded fonts could not be read.
    #[error("embedded font could not be read")]
    Font,
    /// The PDF could not be written.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// Entries one booklet holds.
pub const MAX_ENTRIES: usize = 64;

/// One signed entry to print: its decoded claims, its `PHR1:` text for the QR code, and who
/// signed it. The fields are private so that a `PrintEntry` can only come from a
/// [`VerifiedCard`] or from bytes just signed ([`PrintEntry::from_issued`]).
#[derive(Debug, Clone)]
pub struct PrintEntry {
    claims: Claims,
    text: String,
    /// The signed bytes, attached to the PDF ([`crate::pdf_entries`]).
    cose: Vec<u8>,
    /// The link a follow-up entry stores to this one.
    link: EntryLink,
    /// Signed with the shipped demo authority key, whose private half is public.
    demo: bool,
    authority_name: Option<String>,
    authority_country: Option<String>,
}

/// Whether `kid` is the key id of the shipped demo authority key ([`crate::demo`]). Decided
/// from the signing key, not from the authority's id or name, which a real authority could
/// choose alike and a demo card need not carry.
fn is_demo_key(kid: KeyId) -> bool {
    static DEMO_KID: std::sync::OnceLock<Option<KeyId>> = std::sync::OnceLock::new();
    let demo = DEMO_KID.get_or_init(|| {
        SecretKey::from_pem(crate::demo::DEMO_AUTHORITY_KEY, None, "demo key")
            .ok()
            .map(|k| k.public().kid())
    });
    *demo == Some(kid)
}

impl From<&VerifiedCard> for PrintEntry {
    fn from(v: &VerifiedCard) -> Self {
        Self {
            claims: v.claims().clone(),
            // The text it was read from prints the same QR code; an entry of a bundle is
            // encoded (zopfli, tens of milliseconds).
            text: v
                .text()
                .map_or_else(|| envelope::encode(v.cose_bytes()), str::to_owned),
            cose: v.cose_bytes().to_vec(),
            link: entry_link(v.cose_bytes()),
            demo: is_demo_key(v.kid()),
            authority_name: Some(v.authority().name.clone()),
            authority_country: Some(v.authority().country.clone()),
        }
    }
}

impl PrintEntry {
    /// A card just issued: its signed bytes are decoded again, so what is printed is what was
    /// signed. The authority is known only by its id.
    #[cfg(feature = "issue")]
    pub fn from_issued(card: &crate::IssuedCard) -> Result<Self, BookletError> {
        let u = crate::verify::UnverifiedCard::from_cose(card.cose())?;
        let claims = u.claims_unverified()?;
        Ok(Self {
            claims,
            text: card.text().to_owned(),
            cose: card.cose().to_vec(),
            link: entry_link(card.cose()),
            demo: is_demo_key(u.kid()),
            authority_name: None,
            authority_country: None,
        })
    }

    /// The signed claims, decoded from the signed bytes.
    pub fn claims(&self) -> &Claims {
        &self.claims
    }

    /// The `PHR1:` text the QR code holds.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// True for a confidential entry (docs/PRIVACY.md): it prints only in a confidential insert,
    /// never in the booklet or on the wallet card.
    pub fn is_confidential(&self) -> bool {
        self.claims.entry.confidential
    }

    /// True when the entry is signed with the shipped demo authority key: its pages and card
    /// faces then say that it is not a real health record.
    pub fn is_demo(&self) -> bool {
        self.demo
    }

    fn issuer_line(&self) -> String {
        match &self.authority_name {
            Some(n) => format!("{n} ({})", self.claims.issuer),
            None => self.claims.issuer.clone(),
        }
    }

    fn issuer_country(&self) -> String {
        self.authority_country
            .clone()
            .or_else(|| self.claims.issuer.get(..2).map(str::to_owned))
            .unwrap_or_default()
    }
}

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct Pdf {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages (sheets for [`Layout::A4`], faces for [`Layout::Card`]).
    pub pages: usize,
    /// Characters that no embedded font covers (e.g. a name in a script ephr has no font
    /// for); they print as empty boxes, so the caller should say so.
    pub missing_glyphs: usize,
}

/// The language of the person, for labels they read: the first language they speak whose
/// written standard ephr has labels in (Dari reads Persian; see [`Lang::for_speaker`]).
pub fn patient_language<'a>(entries: impl IntoIterator<Item = &'a PrintEntry>) -> Option<Lang> {
    Lang::for_person(
        entries
            .into_iter()
            .flat_map(|e| e.claims.entry.record.patient.languages.iter())
            .map(String::as_str),
    )
}

/// Divides one person's entries into what the booklet and wallet card may hold and what
/// prints only as the confidential insert: `(core, confidential)`, each in the order given.
pub fn split_confidential(entries: Vec<PrintEntry>) -> (Vec<PrintEntry>, Vec<PrintEntry>) {
    entries.into_iter().partition(|e| !e.is_confidential())
}

/// Renders entries of one person, oldest first, as a PDF: the booklet (or A4 sheets, or wallet
/// card) when no entry is confidential, the confidential insert when all are. Mixing them is
/// refused ([`split_confidential`] divides them), and so is an insert as a wallet card.
pub fn render(entries: &[PrintEntry], opts: &BookletOptions) -> Result<Pdf, BookletError> {
    if entries.is_empty() {
        return Err(BookletError::NoEntries);
    }
    if entries.len() > MAX_ENTRIES {
        return Err(BookletError::TooManyEntries(entries.len()));
    }
    let first = &entries[0].claims.entry.record_id;
    if let Some(other) = entries
        .iter()
        .map(|e| &e.claims.entry.record_id)
        .find(|r| *r != first)
    {
        return Err(BookletError::MixedRecords(
            first.to_string(),
            other.to_string(),
        ));
    }
    let confidential = entries.iter().filter(|e| e.is_confidential()).count();
    if confidential > 0 && confidential < entries.len() {
        return Err(BookletError::ConfidentialMixed {
            core: entries.len() - confidential,
            confidential,
        });
    }
    let insert = confidential > 0;
    if insert && opts.layout == Layout::Card {
        return Err(BookletError::ConfidentialCard);
    }
    // The order of `ephr verify`'s history.
    let mut entries = entries.to_vec();
    crate::history::order_by_links(&mut entries, |e| &e.claims, |e| e.link);
    let langs = Langs {
        clinician: opts.clinician,
        patient: opts.patient,
    };
    let (pages, size) = if opts.layout == Layout::Card {
        (
            card::pages(&entries, langs, opts.ecc)?,
            (card::WIDTH, card::HEIGHT),
        )
    } else {
        let codes = entries
            .iter()
            .map(|e| qr_for(e, opts.ecc))
            .collect::<Result<Vec<_>, _>>()?;
        let pages = booklet_pages(&entries, &codes, langs, opts, insert);
        if opts.layout == Layout::A4 {
            (impose_a4(pages), (210.0, 297.0))
        } else {
            (pages, (105.0, 148.0))
        }
    };
    let count = pages.len();
    let missing_glyphs = pages.iter().map(|p| p.missing).sum();
    // The same signed entries, attached, so that the PDF itself can be verified.
    let mut attached = crate::bundle::Bundle::new();
    for e in &entries {
        attached
            .push(e.cose.clone())
            .map_err(|e| BookletError::Write(e.to_string()))?;
    }
    Ok(Pdf {
        bytes: document(&entries[0], pages, size, &attached.to_bytes())?,
        pages: count,
        missing_glyphs,
    })
}

/// Error-correction levels from `preferred` down to L: the text is fixed by the signature, so
/// a lower level is the only way to a smaller code.
fn levels_from(preferred: Ecc) -> &'static [Ecc] {
    const LEVELS: [Ecc; 4] = [Ecc::H, Ecc::Q, Ecc::M, Ecc::L];
    let start = LEVELS.iter().position(|l| *l == preferred).unwrap_or(1);
    &LEVELS[start..]
}

/// The QR code of an entry at the preferred level, or the highest lower level that holds it.
fn qr_for(e: &PrintEntry, preferred: Ecc) -> Result<Rendered, BookletError> {
    let mut last = None;
    for l in levels_from(preferred) {
        match qr::encode(&e.text, *l) {
            Ok(c) => return Ok(c),
            Err(err) => last = Some(err),
        }
    }
    Err(BookletError::Qr {
        card: e.claims.card_id.to_string(),
        source: last.unwrap_or(qr::QrError::TooLong(Ecc::L)),
    })
}

fn booklet_pages(
    entries: &[PrintEntry],
    codes: &[Rendered],
    langs: Langs,
    opts: &BookletOptions,
    insert: bool,
) -> Vec<Canvas> {
    // One demo entry makes the whole booklet a demo: every page says so.
    let demo = entries.iter().any(PrintEntry::is_demo);
    let geo = if demo {
        Geometry::A6_DEMO
    } else {
        Geometry::A6
    };
    let mut f = Flow::new(langs, geo);
    if insert {
        sections::insert_cover(&mut f, entries);
    } else {
        sections::cover(&mut f, entries);
    }
    let module = opts.module_mm.max(MIN_MODULE_MM);
    for (i, code) in codes.iter().enumerate() {
        // A code wider than the page at the asked size is drawn at the largest size that fits.
        let fit = (f.geo.content_width()) / (code.width() + 2 * QUIET_ZONE) as f32;
        sections::entry(&mut f, entries, i, code, module.min(fit));
    }
    sections::last_page(&mut f);
    f.footers(insert.then(|| langs.clinician.t("insert-footer")));
    if demo {
        f.demo_banners();
    }
    f.pages
}

/// Four A6 pages to an A4 sheet at full size (a QR code keeps its printed module size), with
/// cut marks on the sheet edges and a cross in the middle.
fn impose_a4(pages: Vec<Canvas>) -> Vec<Canvas> {
    let mut out = Vec::new();
    for chunk in pages.chunks(4) {
        let mut sheet = Canvas::new(297.0);
        for (i, p) in chunk.iter().enumerate() {
            // Pages are read left to right, top to bottom; PDF y grows upwards.
            let (col, row) = ((i % 2) as f32, (i / 2) as f32);
            let dx = Mm(col * 105.0).into_pt();
            let dy = Mm(297.0 - (row + 1.0) * 148.5).into_pt();
            sheet.ops.push(Op::SaveGraphicsState);
            sheet.ops.push(Op::SetTransformationMatrix {
                matrix: CurTransMat::Translate(dx, dy),
            });
            sheet.ops.extend(p.ops.iter().cloned());
            sheet.ops.push(Op::RestoreGraphicsState);
            sheet.fonts.extend(p.fonts.iter().copied());
            sheet.missing += p.missing;
        }
        let t = 0.2;
        for (x1, y1, x2, y2) in [
            (105.0, 0.0, 105.0, 5.0),
            (105.0, 292.0, 105.0, 297.0),
            (0.0, 148.5, 5.0, 148.5),
            (205.0, 148.5, 210.0, 148.5),
            (102.0, 148.5, 108.0, 148.5),
            (105.0, 145.5, 105.0, 151.5),
        ] {
            sheet.rule(x1, y1, x2, y2, t, Ink::Black);
        }
        out.push(sheet);
    }
    out
}

fn document(
    first: &PrintEntry,
    pages: Vec<Canvas>,
    (w, h): (f32, f32),
    entries: &[u8],
) -> Result<Vec<u8>, BookletError> {
    let mut doc = PdfDocument::new("Personal Health Record");
    let used: std::collections::BTreeSet<Font> =
        pages.iter().flat_map(|p| p.fonts.iter().copied()).collect();
    let mut warnings = Vec::new();
    for f in used {
        let parsed =
            ParsedFont::from_bytes(f.bytes(), 0, &mut warnings).ok_or(BookletError::Font)?;
        doc.resources
            .fonts
            .map
            .insert(font_id(f), PdfFont::new(parsed));
    }
    // The PDF's own dates are the signing time, so the same entries give the same booklet
    // and the file does not reveal when or where it was printed.
    if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(first.claims.issued_at) {
        let info = &mut doc.metadata.info;
        info.creation_date = t;
        info.modification_date = t;
        info.metadata_date = t;
    }
    doc.metadata.info.creator = "ephr".into();
    doc.metadata.info.producer = "ephr".into();
    let pages: Vec<PdfPage> = pages
        .into_iter()
        .map(|c| PdfPage::new(Mm(w), Mm(h), c.ops))
        .collect();
    let mut save_warnings = Vec::new();
    let opts = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut lo = doc
        .with_pages(pages)
        .to_lopdf_document(&opts, &mut save_warnings);
    for obj in lo.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = obj
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            if std::io::Write::write_all(&mut z, &stream.content).is_ok()
                && let Ok(c) = z.finish()
                && c.len() < stream.content.len()
            {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(c);
            }
        }
    }
    attach_entries(&mut lo, entries)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| BookletError::Write(e.to_string()))?;
    Ok(bytes)
}

/// Attaches the entries' bundle as an embedded file (ISO 32000 §7.11.4), uncompressed with a
/// direct length, as [`crate::pdf_entries`] reads it back.
fn attach_entries(lo: &mut lopdf::Document, bundle: &[u8]) -> Result<(), BookletError> {
    use lopdf::{Object, Stream, StringFormat, dictionary};
    let name = || {
        Object::String(
            crate::pdf_entries::ATTACHMENT_NAME.into(),
            StringFormat::Literal,
        )
    };
    let mut stream = Stream::new(
        dictionary! {
            "Type" => "EmbeddedFile",
            "Subtype" => Object::Name(b"application/octet-stream".to_vec()),
            "Params" => dictionary! { "Size" => bundle.len() as i64 },
        },
        bundle.to_vec(),
    );
    stream.allows_compression = false;
    let file = lo.add_object(stream);
    let spec = lo.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => name(),
        "UF" => name(),
        "Desc" => Object::string_literal("Signed ephr entries printed in this PDF (verify them with ephr verify)"),
        "AFRelationship" => "Data",
        "EF" => dictionary! { "F" => file, "UF" => file },
    });
    let catalog = lo
        .catalog_mut()
        .map_err(|e| BookletError::Write(e.to_string()))?;
    catalog.set(
        "Names",
        dictionary! { "EmbeddedFiles" => dictionary! { "Names" => vec![name(), spec.into()] } },
    );
    catalog.set("AF", vec![Object::Reference(spec)]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IssueOptions, Issuer, Record, SecretKey};

    fn entry(json: &str) -> PrintEntry {
        let record = Record::from_json(json).unwrap();
        let issuer = Issuer::new(SecretKey::from_seed(&[3; 32]), "GR-T").unwrap();
        let opts = IssueOptions {
            issued_at: 1_800_000_000,
            ..Default::default()
        };
        PrintEntry::from_issued(&issuer.issue(&record, &opts).unwrap()).unwrap()
    }

    #[test]
    fn characters_without_a_font_are_counted_for_the_user() {
        let opts = BookletOptions::new(Layout::Card, "en", "en").unwrap();
        let base = r#"{"patient":{"name_latin":{"family":"KUMAR"}%NAME%},"encounter":{"date":"2026-01-01","country":"IT"}}"#;
        let latin = entry(&base.replace("%NAME%", ""));
        assert_eq!(render(&[latin], &opts).unwrap().missing_glyphs, 0);
        // Tamil: no embedded font covers it.
        let tamil = entry(&base.replace("%NAME%", r#","name":{"family":"குமார்"}"#));
        assert!(render(&[tamil], &opts).unwrap().missing_glyphs > 0);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::{IssueOptions, Issuer, Record, SecretKey};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(12))]
        /// Whatever a record's free text holds (any script, bidi controls, combining marks,
        /// very long words), a booklet and a card come out, or a typed error: never a panic.
        #[test]
        fn any_free_text_prints(name in "\\PC{0,40}", note in "\\PC{0,120}", lang in 0usize..7) {
            let json = serde_json::json!({
                "patient": {"name": {"family": name}, "name_latin": {"family": "X"}},
                "encounter": {"date": "2026-01-01", "country": "IT"},
                "problems": [{"icd10": "B86", "status": "active", "note": note}],
                "alerts": [{"kind": "other", "text": note}],
            });
            let Ok(record) = Record::from_json(&json.to_string()) else {
                return Ok(()); // refused by validation: not the booklet's concern
            };
            let issuer = Issuer::new(SecretKey::from_seed(&[5; 32]), "GR-T").unwrap();
            let opts = IssueOptions { issued_at: 1_800_000_000, ..Default::default() };
            let Ok(card) = issuer.issue(&record, &opts) else { return Ok(()) };
            let entry = PrintEntry::from_issued(&card).unwrap();
            let code = crate::labels::LANGUAGES[lang].code;
            for layout in [Layout::Booklet, Layout::Card] {
                let o = BookletOptions::new(layout, code, "ar").unwrap();
                if let Ok(pdf) = render(std::slice::from_ref(&entry), &o) {
                    prop_assert!(pdf.bytes.starts_with(b"%PDF-"));
                }
            }
        }
    }
}
