//! An assessment as it is being typed: every problem at its field, all at once, and the size
//! of the cards it will make. The assessment station calls this on every pause in typing; the
//! rules are the validator's and the issuer's, the same that `ephr issue` applies.

use crate::qr::{self, Ecc};
use crate::record::{FieldError, RecordJsonError};
use crate::{IssueError, IssueOptions, Issuer, Record, SecretKey};

/// The largest QR version a card may use, as `ephr issue` by default: 25 is 52 mm wide at
/// 0.42 mm modules, what a booklet page and a phone camera handle well.
pub const DEFAULT_MAX_VERSION: i16 = 25;

/// One card a draft would make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct CardSize {
    /// Characters of its PHR1 text.
    pub chars: usize,
    /// The smallest QR version that holds it at level Q.
    pub version: i16,
}

/// What a draft would give if it were signed now.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct DraftCheck {
    /// Every problem, at its JSON path (`problems[2].icd10`), in the validator's words. Empty
    /// when the draft can be signed.
    pub problems: Vec<Problem>,
    /// The core cards: one, or several when the record is split to fit `max_version`.
    pub cards: Vec<CardSize>,
    /// The confidential card, when the person agreed to one and something is confidential.
    pub confidential: Option<CardSize>,
    /// Items marked confidential that go on no card, because the person did not agree to a
    /// confidential card.
    pub withheld: Vec<String>,
}

/// A problem at a field.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// JSON path, `.` for the whole record.
    pub path: String,
    /// What is wrong and what to do, in English (as `ephr issue` says it), or in the language
    /// [`DraftCheck::in_language`] put it in.
    pub message: String,
    /// The message's key in the catalogues (`field-…` in `locales/*.ftl`).
    pub key: &'static str,
    /// The values of the message's `{ $name }` placeables.
    pub args: Vec<(&'static str, String)>,
}

impl From<FieldError> for Problem {
    fn from(e: FieldError) -> Self {
        Self {
            path: e.path,
            message: e.problem,
            key: e.key,
            args: e.args,
        }
    }
}

impl Problem {
    /// The catalogue's problem `key` at `path`.
    pub fn new(path: &str, key: &'static str, args: Vec<(&'static str, String)>) -> Self {
        FieldError::new(path, key, args).into()
    }

    /// A problem the catalogues have no message for: shown as written, in English.
    pub fn untranslated(path: &str, message: String) -> Self {
        FieldError::untranslated(path, message).into()
    }

    /// What the JSON reader said at `path`. Its three usual messages (a field missing, a value
    /// of the wrong type, a value out of its type's range, e.g. text typed where a number
    /// goes) have keys; the reader's own words (`string "abc"`, `f64`) stay as they are.
    pub fn syntax(path: &str, message: &str) -> Self {
        let two = |rest: &str| {
            rest.split_once(", expected ").map(|(found, expected)| {
                vec![("found", found.into()), ("expected", expected.into())]
            })
        };
        let keyed = if let Some(rest) = message.strip_prefix("missing field `") {
            rest.split_once('`')
                .filter(|(_, after)| after.is_empty())
                .map(|(field, _)| ("field-missing", vec![("field", field.to_owned())]))
        } else if let Some(rest) = message.strip_prefix("invalid type: ") {
            two(rest).map(|a| ("field-wrong-type", a))
        } else if let Some(rest) = message.strip_prefix("invalid value: ") {
            two(rest).map(|a| ("field-wrong-value", a))
        } else {
            None
        };
        let p = match keyed {
            Some((key, args)) => Self::new(path, key, args),
            None => return Self::untranslated(path, message.to_owned()),
        };
        // The catalogue gives back the reader's message exactly, or the message is kept as is.
        if p.message == message {
            p
        } else {
            Self::untranslated(path, message.to_owned())
        }
    }

    /// What is wrong, in `lang`.
    pub fn text(&self, lang: crate::labels::Lang) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        lang.fmt(self.key, &args)
    }
}

impl DraftCheck {
    /// The same check with its problems in `lang`: the words the issuing station shows its
    /// operator.
    pub fn in_language(mut self, lang: crate::labels::Lang) -> Self {
        for p in &mut self.problems {
            p.message = p.text(lang);
        }
        self
    }
}

/// Checks a draft (the JSON of `ephr template`, or of `ephr template --followup` when it
/// follows `predecessor`) as if `authority` signed it at `now` with cards of at most
/// `max_version`. The draft is signed for real with a throw-away key (a signature has the same
/// length whatever the key), so the size is the card's to within a few characters: the card
/// and record ids are random, and random bytes compress a little better or worse.
pub fn check(
    json: &str,
    predecessor: Option<&Record>,
    authority: &str,
    max_version: i16,
    now: i64,
) -> DraftCheck {
    let marked = match crate::issue::marked_entry(json, predecessor) {
        Ok(m) => m,
        Err(RecordJsonError::Syntax { path, message }) => {
            return DraftCheck {
                problems: vec![Problem::syntax(&path, &message)],
                ..Default::default()
            };
        }
        Err(RecordJsonError::Invalid(v)) => {
            return DraftCheck {
                problems: v.0.into_iter().map(Problem::from).collect(),
                ..Default::default()
            };
        }
    };
    let issuer = match Issuer::new(SecretKey::from_seed(&[0; 32]), authority) {
        Ok(i) => i,
        Err(e) => {
            return DraftCheck {
                problems: vec![Problem::untranslated(".", e.to_string())],
                ..Default::default()
            };
        }
    };
    let opts = IssueOptions {
        issued_at: now,
        ..Default::default()
    };
    let capacity = qr::text_capacity(Ecc::Q, max_version);
    match issuer.issue_marked(&marked, &opts, &|t: &str| t.len() <= capacity) {
        Ok(issued) => DraftCheck {
            problems: vec![],
            cards: issued.core.iter().map(|c| size(c.text())).collect(),
            confidential: issued.confidential.as_ref().map(|c| size(c.text())),
            withheld: issued.withheld.iter().map(ToString::to_string).collect(),
        },
        Err(e) => DraftCheck {
            problems: problems_of(e),
            ..Default::default()
        },
    }
}

/// Why a draft cannot be previewed.
#[cfg(feature = "booklet")]
#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    /// The draft has problems: [`check`] lists them at their fields.
    #[error(
        "the draft has {0} problem(s); fix them (they are shown at their fields), then preview"
    )]
    Problems(usize),
    /// Signing the preview failed.
    #[error(transparent)]
    Issue(#[from] IssueError),
    /// The booklet could not be made.
    #[error(transparent)]
    Booklet(#[from] crate::booklet::BookletError),
}

/// The booklet a draft would print, before it is signed: its cards are signed with the shipped
/// DEMO key (whose private half is public), so that every page carries the DEMO banner and no
/// card of it verifies as the site's anywhere. The person's side is in the first language they
/// speak that has a catalogue, else the clinician's.
#[cfg(feature = "booklet")]
pub fn preview(
    json: &str,
    predecessor: Option<&Record>,
    clinician: crate::labels::Lang,
    now: i64,
) -> Result<crate::booklet::Pdf, PreviewError> {
    use crate::booklet::{BookletOptions, Layout, PrintEntry, render};
    let marked = crate::issue::marked_entry(json, predecessor).map_err(|e| {
        PreviewError::Problems(match e {
            RecordJsonError::Invalid(v) => v.0.len(),
            RecordJsonError::Syntax { .. } => 1,
        })
    })?;
    let key = SecretKey::from_pem(crate::demo::DEMO_AUTHORITY_KEY, None, "demo key")
        .map_err(|e| PreviewError::Issue(IssueError::Random(e.to_string())))?;
    let issuer = Issuer::new(key, crate::demo::DEMO_AUTHORITY_ID)?;
    let capacity = qr::text_capacity(Ecc::Q, DEFAULT_MAX_VERSION);
    let opts = IssueOptions {
        issued_at: now,
        ..Default::default()
    };
    let issued = issuer.issue_marked(&marked, &opts, &|t: &str| t.len() <= capacity)?;
    let entries = issued
        .core
        .iter()
        .map(PrintEntry::from_issued)
        .collect::<Result<Vec<_>, _>>()?;
    let patient =
        crate::labels::Lang::for_person(marked.record.patient.languages.iter().map(String::as_str))
            .unwrap_or(clinician);
    let opts = BookletOptions::new(Layout::Booklet, clinician.code, patient.code)?;
    Ok(render(&entries, &opts)?)
}

/// Where an issuing refusal belongs on the form, in the catalogue's words where it has them.
fn problems_of(e: IssueError) -> Vec<Problem> {
    let problem = match e {
        IssueError::Invalid(v) => return v.0.into_iter().map(Problem::from).collect(),
        IssueError::EncounterAfterIssue { encounter, issued } => Problem::new(
            "encounter.date",
            "field-after-issue",
            vec![("encounter", encounter), ("issued", issued)],
        ),
        IssueError::ItemTooLarge(path) => {
            Problem::new(&path, "field-item-too-large", vec![("item", path.clone())])
        }
        e => Problem::untranslated(".", e.to_string()),
    };
    vec![problem]
}

fn size(text: &str) -> CardSize {
    let version = (1..=40)
        .find(|&v| qr::text_capacity(Ecc::Q, v) >= text.len())
        .unwrap_or(41);
    CardSize {
        chars: text.len(),
        version,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-10-14T17:46:40Z, the day of the reference record's visit.
    const NOW: i64 = 1_792_000_000;

    fn reference() -> String {
        std::fs::read_to_string("fixtures/records/reference-full.json").unwrap()
    }

    #[test]
    fn a_good_draft_has_no_problem_and_the_size_of_its_card() {
        let c = check(
            &reference(),
            None,
            "GR-DEMO",
            DEFAULT_MAX_VERSION,
            NOW + 86_400,
        );
        assert_eq!(c.problems, vec![]);
        assert_eq!(c.cards.len(), 1);
        // The same record signed for real: the same length but for the random ids' compression.
        let real = Issuer::new(SecretKey::from_seed(&[5; 32]), "GR-DEMO")
            .unwrap()
            .issue_marked(
                &crate::record::MarkedRecord::from_json(&reference()).unwrap(),
                &IssueOptions {
                    issued_at: NOW + 86_400,
                    ..Default::default()
                },
                &|_| true,
            )
            .unwrap();
        let real = real.core[0].text().len();
        assert!(
            c.cards[0].chars.abs_diff(real) <= 8,
            "{} against {real}",
            c.cards[0].chars
        );
        assert!(qr::text_capacity(Ecc::Q, c.cards[0].version) >= c.cards[0].chars);
        assert!(qr::text_capacity(Ecc::Q, c.cards[0].version - 1) < c.cards[0].chars);
        assert_eq!(
            c.withheld.len(),
            5,
            "results and pregnancy and mental health, no consent"
        );
    }

    #[test]
    fn every_problem_at_its_field_at_once() {
        let bad = reference()
            .replace("\"E11.9\"", "\"E1X\"")
            .replace("\"J07BN01\"", "\"Q99\"")
            .replace("\"height_cm\": 162.0", "\"height_cm\": 1620.0");
        let c = check(&bad, None, "GR-DEMO", DEFAULT_MAX_VERSION, NOW + 86_400);
        let paths: Vec<&str> = c.problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"problems[0].icd10"), "{paths:?}");
        assert!(paths.contains(&"vital_signs.height_cm"), "{paths:?}");
        assert!(
            paths
                .iter()
                .any(|p| p.starts_with("immunizations.doses[2]")),
            "{paths:?}"
        );
        assert!(c.cards.is_empty());
    }

    #[test]
    fn every_problem_has_a_catalogue_key_and_reads_in_the_operators_language() {
        use crate::labels::Lang;
        let (en, fr) = (Lang::english(), Lang::get("fr").unwrap());
        let catalogue = en.parse().unwrap();
        let bad = reference()
            .replace("\"E11.9\"", "\"E1X\"")
            .replace("\"height_cm\": 162.0", "\"height_cm\": 1620.0");
        let c = check(&bad, None, "GR-DEMO", DEFAULT_MAX_VERSION, NOW + 86_400);
        let at = |c: &DraftCheck, path: &str| {
            c.problems
                .iter()
                .find(|p| p.path == path)
                .cloned()
                .unwrap_or_else(|| panic!("no problem at {path}: {:?}", c.problems))
        };
        let starts = |text: &str, prefix: &str| assert!(text.starts_with(prefix), "{text}");
        let icd = at(&c, "problems[0].icd10");
        assert_eq!(icd.key, "field-icd10");
        assert_eq!(icd.args, vec![("value", "E1X".to_owned())]);
        // The English is what `ephr issue` has always printed.
        starts(
            &icd.message,
            "\"E1X\" is not a valid ICD-10 code (a letter, two digits",
        );
        let height = at(&c, "vital_signs.height_cm");
        assert_eq!(height.key, "field-range");
        assert_eq!(height.message, "1620 is outside the plausible range 20-250");
        // The validator's problems all have words of their own in the catalogues.
        for p in &c.problems {
            assert!(catalogue.contains_key(p.key), "{}", p.key);
            assert_ne!(p.key, "field-other", "{p:?}");
        }
        // In French: the catalogue's words with the same values, and no English.
        let french = c.clone().in_language(fr);
        assert_eq!(
            at(&french, "problems[0].icd10").message,
            fr.fmt("field-icd10", &[("value", "E1X")])
        );
        let h = at(&french, "vital_signs.height_cm").message;
        assert!(h.contains("1620") && h.contains("20-250"), "{h}");
        assert!(!h.contains("outside"), "{h}");
        // What the JSON reader says: its usual messages have keys, the English kept as it was.
        let typed = check(
            &reference().replace("\"height_cm\": 162.0", "\"height_cm\": \"abc\""),
            None,
            "GR-DEMO",
            DEFAULT_MAX_VERSION,
            NOW + 86_400,
        );
        let p = at(&typed, "vital_signs.height_cm");
        assert_eq!(p.key, "field-wrong-type");
        starts(&p.message, "invalid type: string \"abc\", expected f64");
        starts(&p.text(fr), "Type de valeur incorrect");
        let missing = Problem::syntax("problems[0]", "missing field `icd10`");
        assert_eq!(missing.key, "field-missing");
        assert_eq!(missing.args, vec![("field", "icd10".to_owned())]);
        assert_eq!(missing.message, "missing field `icd10`");
        // Anything else is kept as the reader wrote it, in every language.
        let other = Problem::syntax(".", "expected value at line 1 column 1");
        assert_eq!(other.key, "field-other");
        assert_eq!(other.text(fr), "expected value at line 1 column 1");
        // A value typed to look like a placeable is shown as typed, not filled in again.
        let odd = Problem::new(
            "encounter.date",
            "field-date",
            vec![("value", "{ $value }".into())],
        );
        starts(&odd.text(fr), "« { $value } »");
        // The issuer's refusal of a visit after "now", at the visit date, in French too.
        let late = check(
            &reference(),
            None,
            "GR-DEMO",
            DEFAULT_MAX_VERSION,
            NOW - 30 * 86_400,
        );
        let late = at(&late.in_language(fr), "encounter.date");
        assert_eq!(late.key, "field-after-issue");
        starts(&late.message, "La visite est datée du 2026-10-14");
    }

    #[cfg(feature = "booklet")]
    #[test]
    fn a_preview_is_a_demo_marked_booklet_and_a_draft_with_problems_has_none() {
        let en = crate::labels::Lang::english();
        let pdf = preview(&reference(), None, en, NOW + 86_400).unwrap();
        assert!(pdf.bytes.starts_with(b"%PDF"));
        assert!(pdf.pages >= 4, "{}", pdf.pages);
        // Signed with the DEMO key: its entries never verify as another authority's.
        let bundle = crate::pdf_entries::find_bundle(&pdf.bytes).unwrap();
        assert_eq!(bundle.entries().len(), 1);
        for cose in bundle.entries() {
            let u = crate::UnverifiedCard::from_cose(cose).unwrap();
            let demo = SecretKey::from_pem(crate::demo::DEMO_AUTHORITY_KEY, None, "d").unwrap();
            assert_eq!(u.kid(), demo.public().kid());
        }
        // E11.9 is both a problem and a referral's reason.
        let bad = reference().replace("\"E11.9\"", "\"E1X\"");
        assert!(matches!(
            preview(&bad, None, en, NOW + 86_400),
            Err(PreviewError::Problems(2))
        ));
    }

    #[test]
    fn syntax_visit_date_and_size_refusals() {
        let c = check(
            "{\"patient\": 3}",
            None,
            "GR-DEMO",
            DEFAULT_MAX_VERSION,
            NOW,
        );
        assert_eq!(c.problems.len(), 1);
        assert!(
            c.problems[0].path.starts_with("patient"),
            "{:?}",
            c.problems
        );
        // The visit is after "now": the issuer's rule, shown at the visit date.
        let c = check(
            &reference(),
            None,
            "GR-DEMO",
            DEFAULT_MAX_VERSION,
            NOW - 30 * 86_400,
        );
        assert_eq!(c.problems[0].path, "encounter.date");
        // A small largest version splits the record into several cards.
        let c = check(&reference(), None, "GR-DEMO", 15, NOW + 86_400);
        assert!(c.cards.len() > 1, "{:?}", c.cards);
        assert!(c.cards.iter().all(|s| s.version <= 15));
        let c = check(
            &reference(),
            None,
            "not an id!",
            DEFAULT_MAX_VERSION,
            NOW + 86_400,
        );
        assert_eq!(c.problems[0].path, ".");
    }
}
