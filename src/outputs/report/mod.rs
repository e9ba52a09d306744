//! What a clinician reads: a card's content as text, and the same as JSON for tools.
//!
//! Every word of the text comes from the catalogues in `locales/` (see [`crate::labels`]), the
//! same ones the booklet prints, so `--lang` works for every catalogue language. Codes are shown
//! with their display names from [`crate::codes`] in that language where the tables have it
//! (every catalogue language, [`crate::codes::names`]), else in English; codes outside the built-in tables are shown bare
//! and marked. What the library's error and finding types say (their `Display`) and the machine
//! codes `(code: …)` stay in English. The JSON is for tools and has no words to translate.

use serde_json::{Value, json};
use std::sync::OnceLock;

mod verify;
pub use verify::{CardBlock, ReportBlocks, TrustListStatus, Verdict, VerifyReport};

use crate::card::Claims;
use crate::codes::{self, CodeInfo};
use crate::date::format_instant;
use crate::history::{Fact, Finding, History, Provenance, RecordHistory, Severity};
use crate::labels::{LANGUAGES, Lang};
use crate::record::*;
use crate::verify::{UnverifiedCard, VerifiedCard, VerifyError};

/// The language of a text report: a [`Lang`], or an ISO 639-1 code looked up with
/// [`Lang::get`]. A code without a catalogue gives English, as code names without a translation
/// do; the command line refuses such a code before it gets here.
pub trait IntoLang {
    /// The catalogue to write in.
    fn into_lang(self) -> Lang;
}

impl IntoLang for Lang {
    fn into_lang(self) -> Lang {
        self
    }
}

impl IntoLang for &str {
    fn into_lang(self) -> Lang {
        Lang::get(self).unwrap_or_else(Lang::english)
    }
}

/// Text safe to print on a terminal: control characters (other than line breaks) and the
/// Unicode bidirectional overrides, which could rewrite what a clinician sees, become U+FFFD.
/// Signed records are validated against control characters, but unverified content and
/// unchecked trust lists are shown too.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| {
            let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
            if (c.is_control() && c != '\n') || bidi {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

/// The row labels of the text report, by catalogue key. Their longest text in a language sets
/// the width of the label column (12 in English).
const LABELS: &[&str] = &[
    "report-patient",
    "report-encounter",
    "col-alert",
    "sec-allergies",
    "report-problems",
    "report-past-problems",
    "report-medications",
    "report-vaccines",
    "report-due",
    "report-results",
    "sec-vital-signs",
    "sec-pregnancy",
    "report-mental-health",
    "sec-referrals",
    "entries",
    "issued-by",
    "report-signed-with",
    "report-expires",
    "report-record-id",
    "report-follows",
    "report-part",
    "report-key-id",
    "report-card-id",
    "report-issuer-says",
    "report-content",
];

/// A row label: the alert label is shouted, as the verdicts are.
fn label(lang: Lang, key: &str) -> String {
    match key {
        "" => String::new(),
        "col-alert" => shout(lang, lang.t(key)),
        _ => lang.t(key).to_owned(),
    }
}

/// Capitals, for words that must stand out (`ALERT`, `POSITIVE`, `DUE`), in `lang`'s rules:
/// Greek capitals drop the accent, as Greek is written, and Turkish dotted i is İ (Unicode's
/// default casing, which knows no language, would make it I, the capital of dotless ı).
fn shout(lang: Lang, s: &str) -> String {
    let s = if lang.code == "tr" {
        s.replace('i', "İ")
    } else {
        s.to_owned()
    };
    s.to_uppercase()
        .chars()
        .map(|c| match c {
            'Ά' => 'Α',
            'Έ' => 'Ε',
            'Ή' => 'Η',
            'Ί' => 'Ι',
            'Ό' => 'Ο',
            'Ύ' => 'Υ',
            'Ώ' => 'Ω',
            _ => c,
        })
        .collect()
}

/// Characters before the text of a row: the longest label and a space, at least 12.
fn width(lang: Lang) -> usize {
    static WIDTHS: OnceLock<Vec<usize>> = OnceLock::new();
    let w = WIDTHS.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|&l| {
                LABELS
                    .iter()
                    .map(|k| label(l, k).chars().count() + 1)
                    .fold(12, usize::max)
            })
            .collect()
    });
    LANGUAGES
        .iter()
        .position(|l| *l == lang)
        .map_or(12, |i| w[i])
}

/// A word in the middle of a line: the catalogue's first letter in lower case (`None recorded`
/// after a label reads `none recorded`). Scripts without case are unchanged.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_lowercase().chain(c).collect::<String>()
    })
}

/// The catalogue word for an enum value: key `{prefix}-{serde name}`, as in the booklet.
fn value(lang: Lang, prefix: &str, v: impl serde::Serialize) -> &'static str {
    let name = serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    lang.t(&format!("{prefix}-{name}"))
}

fn coded(code: &str, info: Option<&'static CodeInfo>, lang: Lang) -> String {
    match info {
        Some(i) => format!("{} ({code})", i.display(lang.code)),
        None => lang.fmt("report-code-unknown", &[("code", code)]),
    }
}

fn country(code: &str, lang: Lang) -> String {
    codes::country(code).map_or_else(|| code.to_owned(), |c| c.display(lang.code).to_owned())
}

/// A row: its label (catalogue key, or "" under the row before) and its text.
fn line(out: &mut String, lang: Lang, key: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    let (l, w) = (label(lang, key), width(lang));
    out.push_str(&format!("  {l:<w$}{text}\n"));
}

fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The patient's name line and details line.
fn patient_lines(o: &mut String, p: &Patient, lang: Lang) {
    let name = match (&p.name, &p.name_latin) {
        (Some(n), Some(l)) => format!("{} ({})", n.full(), l.full()),
        (Some(n), None) | (None, Some(n)) => n.full(),
        (None, None) => format!("({})", lang.t("no-name")),
    };
    line(o, lang, "report-patient", &name);
    let langs: Vec<String> = p
        .languages
        .iter()
        .map(|l| codes::language(l).map_or_else(|| l.clone(), |c| c.display(lang.code).to_owned()))
        .collect();
    line(
        o,
        lang,
        "",
        &join(vec![
            p.birth_date.as_ref().map_or(String::new(), |b| {
                let born = lang.fmt("report-born", &[("date", b)]);
                if p.birth_date_estimated {
                    format!("{born} ({})", lang.t("estimated"))
                } else {
                    born
                }
            }),
            p.sex
                .map_or(String::new(), |s| value(lang, "sex", s).to_owned()),
            p.nationality.as_ref().map_or(String::new(), |n| {
                lang.fmt("report-nationality", &[("country", &country(n, lang))])
            }),
            if langs.is_empty() {
                String::new()
            } else {
                lang.fmt(
                    "report-speaks",
                    &[("languages", &langs.join(lang.list_separator()))],
                )
            },
        ]),
    );
}

fn encounter_text(e: &Encounter, lang: Lang) -> String {
    join(vec![
        e.date.clone(),
        country(&e.country, lang),
        e.site.clone().unwrap_or_default(),
        e.kind
            .map_or(String::new(), |k| value(lang, "kind", k).to_owned()),
        e.role
            .map_or(String::new(), |r| value(lang, "role", r).to_owned()),
        if e.mediator {
            lang.t("report-mediator").to_owned()
        } else {
            String::new()
        },
    ])
}

fn alert_text(a: &Alert, lang: Lang) -> String {
    format!("{}: {}", value(lang, "alert", a.kind), a.text)
}

fn allergy_text(a: &Allergy, lang: Lang) -> String {
    join(vec![
        a.substance.clone(),
        a.atc
            .as_ref()
            .map_or(String::new(), |c| coded(c, codes::medicine(c), lang)),
        a.category
            .map_or(String::new(), |c| value(lang, "allergy", c).to_owned()),
        a.criticality.map_or(String::new(), |c| {
            lang.fmt("criticality", &[("level", value(lang, "criticality", c))])
        }),
        a.reaction.clone().unwrap_or_default(),
    ])
}

fn problem_text(p: &Problem, lang: Lang) -> String {
    let status = value(lang, "problem", p.status);
    join(vec![
        coded(&p.icd10, codes::icd10(&p.icd10), lang),
        if p.provisional {
            format!("{status} ({})", lang.t("provisional"))
        } else {
            status.to_owned()
        },
        p.onset
            .as_ref()
            .map_or(String::new(), |d| lang.fmt("onset", &[("date", d)])),
        p.note.clone().unwrap_or_default(),
    ])
}

fn medication_text(m: &Medication, lang: Lang) -> String {
    join(vec![
        coded(&m.atc, codes::medicine(&m.atc), lang),
        m.dose.clone().unwrap_or_default(),
        value(lang, "medication", m.status).to_owned(),
        m.until
            .as_ref()
            .map_or(String::new(), |d| lang.fmt("until", &[("date", d)])),
    ])
}

fn dose_number(n: Option<u8>, lang: Lang) -> String {
    n.map_or(String::new(), |n| {
        lang.fmt("report-dose-number", &[("n", &lang.number(&n.to_string()))])
    })
}

/// A dose without its vaccine when the vaccine is already named (`with_vaccine` false).
fn dose_text(d: &Dose, with_vaccine: bool, lang: Lang) -> String {
    join(vec![
        if with_vaccine {
            coded(&d.vaccine, codes::vaccine(&d.vaccine), lang)
        } else {
            String::new()
        },
        dose_number(d.dose_number, lang),
        d.date
            .clone()
            .unwrap_or_else(|| lang.t("date-unknown").to_owned()),
        value(lang, "source", d.source).to_owned(),
        d.country
            .as_ref()
            .map_or(String::new(), |c| country(c, lang)),
        d.lot
            .as_ref()
            .map_or(String::new(), |l| lang.fmt("lot", &[("lot", l)])),
    ])
}

fn due_text(v: &VaccinationDue, with_vaccine: bool, lang: Lang) -> String {
    join(vec![
        if with_vaccine {
            coded(&v.vaccine, codes::vaccine(&v.vaccine), lang)
        } else {
            String::new()
        },
        dose_number(v.dose_number, lang),
        v.due.as_ref().map_or(String::new(), |d| {
            lang.fmt("report-due-from", &[("date", d)])
        }),
    ])
}

fn result_text(res: &LabResult, lang: Lang) -> String {
    join(vec![
        coded(&res.loinc, codes::loinc(&res.loinc), lang),
        shout(lang, value(lang, "result", res.result)),
        match (&res.value, &res.unit) {
            (Some(v), Some(u)) => format!("{} {u}", lang.number(v)),
            (Some(v), None) => lang.number(v),
            _ => String::new(),
        },
        res.date.clone().unwrap_or_default(),
        res.note.clone().unwrap_or_default(),
    ])
}

fn vitals_text(v: &VitalSigns, lang: Lang) -> String {
    let f = |key: &str, v: Option<String>| {
        v.map_or(String::new(), |v| {
            lang.fmt(key, &[("value", &lang.number(&v))])
        })
    };
    join(vec![
        f("report-height", v.height_cm.map(|x| x.to_string())),
        f("report-weight", v.weight_kg.map(|x| x.to_string())),
        f("report-bmi", v.bmi().map(|x| x.to_string())),
        match (v.systolic_mmhg, v.diastolic_mmhg) {
            (Some(s), Some(d)) => lang.fmt(
                "report-bp",
                &[
                    ("systolic", &lang.number(&s.to_string())),
                    ("diastolic", &lang.number(&d.to_string())),
                ],
            ),
            _ => String::new(),
        },
        f("report-heart-rate", v.heart_rate_bpm.map(|x| x.to_string())),
        f(
            "report-respiratory-rate",
            v.respiratory_rate_per_min.map(|x| x.to_string()),
        ),
        f("report-temperature", v.temperature_c.map(|x| x.to_string())),
        f("report-spo2", v.spo2_percent.map(|x| x.to_string())),
        f(
            "report-head",
            v.head_circumference_cm.map(|x| x.to_string()),
        ),
        f("report-muac", v.muac_cm.map(|x| x.to_string())),
    ])
}

fn pregnancy_text(p: &Pregnancy, lang: Lang) -> String {
    let n = |key: &str, v: Option<u8>| {
        v.map_or(String::new(), |v| {
            lang.fmt(key, &[("n", &lang.number(&v.to_string()))])
        })
    };
    join(vec![
        value(lang, "pregnancy", p.status).to_owned(),
        n("report-weeks", p.gestational_weeks),
        p.expected_delivery.as_ref().map_or(String::new(), |d| {
            lang.fmt("report-delivery", &[("date", d)])
        }),
        n("report-gravida", p.gravida),
        n("report-para", p.para),
    ])
}

fn mental_text(mh: &MentalHealth, lang: Lang) -> String {
    join(vec![
        value(lang, "mh", mh.outcome).to_owned(),
        mh.tool.clone().unwrap_or_default(),
        if mh.referred {
            lang.t("report-referred").to_owned()
        } else {
            String::new()
        },
        mh.note.clone().unwrap_or_default(),
    ])
}

fn referral_text(rf: &Referral, lang: Lang) -> String {
    join(vec![
        rf.to.clone(),
        rf.reason_icd10
            .as_ref()
            .map_or(String::new(), |c| coded(c, codes::icd10(c), lang)),
        value(lang, "urgency", rf.urgency).to_owned(),
        rf.due
            .as_ref()
            .map_or(String::new(), |d| lang.fmt("report-by", &[("date", d)])),
        value(lang, "referral", rf.status).to_owned(),
        rf.note.clone().unwrap_or_default(),
    ])
}

/// Lines under one label: the label on the first only.
fn lines(o: &mut String, lang: Lang, key: &str, items: impl IntoIterator<Item = String>) {
    for (i, t) in items.into_iter().enumerate() {
        line(o, lang, if i == 0 { key } else { "" }, &t);
    }
}

/// The record as indented text, one section a block, empty sections said as such.
pub fn record_text(r: &Record, lang: impl IntoLang) -> String {
    let lang = lang.into_lang();
    let mut o = String::new();
    patient_lines(&mut o, &r.patient, lang);
    line(
        &mut o,
        lang,
        "report-encounter",
        &encounter_text(&r.encounter, lang),
    );
    for a in &r.alerts {
        line(&mut o, lang, "col-alert", &alert_text(a, lang));
    }
    section(
        &mut o,
        lang,
        ("sec-allergies", "report-no-known-allergies"),
        &r.allergies,
        |a| allergy_text(a, lang),
    );
    section(
        &mut o,
        lang,
        ("report-problems", "report-no-known-problems"),
        &r.problems,
        |p| problem_text(p, lang),
    );
    section(
        &mut o,
        lang,
        ("report-medications", "report-no-known-medications"),
        &r.medications,
        |m| medication_text(m, lang),
    );
    match &r.immunizations {
        None => line(&mut o, lang, "report-vaccines", lang.t("not-recorded")),
        Some(imm) => {
            if imm.no_records {
                line(
                    &mut o,
                    lang,
                    "report-vaccines",
                    lang.t("report-no-vaccination-records"),
                );
            }
            lines(
                &mut o,
                lang,
                if imm.no_records {
                    ""
                } else {
                    "report-vaccines"
                },
                imm.doses.iter().map(|d| dose_text(d, true, lang)),
            );
        }
    }
    lines(
        &mut o,
        lang,
        "report-due",
        r.vaccinations_due.iter().map(|v| due_text(v, true, lang)),
    );
    if r.results.is_empty() {
        line(
            &mut o,
            lang,
            "report-results",
            &lower_first(lang.t("none-recorded")),
        );
    }
    lines(
        &mut o,
        lang,
        "report-results",
        r.results.iter().map(|x| result_text(x, lang)),
    );
    if let Some(v) = &r.vital_signs {
        line(&mut o, lang, "sec-vital-signs", &vitals_text(v, lang));
    }
    if let Some(p) = &r.pregnancy {
        line(&mut o, lang, "sec-pregnancy", &pregnancy_text(p, lang));
    }
    if let Some(mh) = &r.mental_health {
        line(&mut o, lang, "report-mental-health", &mental_text(mh, lang));
    }
    lines(
        &mut o,
        lang,
        "sec-referrals",
        r.referrals.iter().map(|x| referral_text(x, lang)),
    );
    o
}

/// A listed section: its label and what to say when nothing is known (catalogue keys).
fn section<T>(
    o: &mut String,
    lang: Lang,
    (key, none): (&str, &str),
    l: &Listed<T>,
    f: impl Fn(&T) -> String,
) {
    match l {
        Listed::NotRecorded => line(o, lang, key, lang.t("not-recorded")),
        Listed::NoneKnown => line(o, lang, key, lang.t(none)),
        Listed::Items(v) => lines(o, lang, key, v.iter().map(f)),
    }
}

fn claims_json(c: &Claims) -> Value {
    let mut v = json!({
        "issuer": c.issuer,
        "issued_at": format_instant(c.issued_at),
        "expires": c.expires.map(format_instant),
        "card_id": c.card_id.to_string(),
        "record_id": c.entry.record_id.to_string(),
        "follows": c.entry.follows.map(|l| l.to_string()),
        "part": c.entry.part.map(|p| json!({"index": p.index, "count": p.count})),
    });
    // Only on a confidential entry: the JSON of a core entry is as it was before such entries.
    if c.entry.confidential {
        v["confidential"] = Value::Bool(true);
    }
    v
}

/// `VALID  card …` and who issued it when.
fn verdict_head(v: &VerifiedCard, lang: Lang) -> String {
    let c = v.claims();
    let a = v.authority();
    let mut o = format!(
        "{}  {}{}\n",
        lang.t("report-valid"),
        lang.fmt("report-card", &[("id", &c.card_id.to_string())]),
        confidential_mark(&c.entry, lang)
    );
    line(
        &mut o,
        lang,
        "issued-by",
        &lang.fmt(
            "report-issued",
            &[
                (
                    "authority",
                    &format!("{} ({}, {})", a.name, a.id, country(&a.country, lang)),
                ),
                ("time", &format_instant(c.issued_at)),
            ],
        ),
    );
    o
}

/// `  CONFIDENTIAL` after the verdict of a confidential entry, else nothing.
fn confidential_mark(e: &crate::card::Entry, lang: Lang) -> String {
    if e.confidential {
        format!("  {}", shout(lang, lang.t("report-confidential")))
    } else {
        String::new()
    }
}

/// Text for a verified card: verdict, issuer and the record.
pub fn verified_text(v: &VerifiedCard, lang: impl IntoLang) -> String {
    let lang = lang.into_lang();
    let c = v.claims();
    let mut o = verdict_head(v, lang);
    line(
        &mut o,
        lang,
        "report-signed-with",
        &lang.fmt("report-key", &[("kid", &v.kid().to_string())]),
    );
    if let Some(exp) = c.expires {
        line(&mut o, lang, "report-expires", &format_instant(exp));
    }
    entry_lines(&mut o, &c.entry, lang);
    o.push('\n');
    o.push_str(&record_text(&c.entry.record, lang));
    o
}

fn entry_lines(o: &mut String, e: &crate::card::Entry, lang: Lang) {
    entry_lines_in(o, e, lang, None);
}

/// The entry's ids and links. Within a history, the entry a follow-up follows is named as a
/// clinician sees it (its number in the history, card id and date); the 32-hex-digit link
/// matches nothing printed anywhere, so it is shown only when the entry followed is not here.
fn entry_lines_in(
    o: &mut String,
    e: &crate::card::Entry,
    lang: Lang,
    history: Option<&RecordHistory>,
) {
    if e.confidential {
        // Under the verdict, unlabelled: a label this long would widen every report's column.
        line(o, lang, "", lang.t("report-confidential-note"));
    }
    line(o, lang, "report-record-id", &e.record_id.to_string());
    if let Some(f) = e.follows {
        let followed = history.and_then(|h| {
            h.entries
                .iter()
                .enumerate()
                .find(|(_, x)| x.card.link() == f)
                .map(|(i, x)| {
                    lang.fmt(
                        "follows-entry",
                        &[
                            ("n", &(i + 1).to_string()),
                            ("card", &x.card.claims().card_id.to_string()),
                            ("date", &x.card.claims().entry.record.encounter.date),
                        ],
                    )
                })
        });
        line(
            o,
            lang,
            "report-follows",
            &followed.unwrap_or_else(|| lang.fmt("report-entry", &[("id", &f.to_string())])),
        );
    }
    if let Some(p) = e.part {
        line(
            o,
            lang,
            "report-part",
            &lang.fmt(
                "report-n-of",
                &[("n", &p.index.to_string()), ("total", &p.count.to_string())],
            ),
        );
    }
}

/// JSON for a verified card.
pub fn verified_json(v: &VerifiedCard) -> Value {
    let a = v.authority();
    json!({
        "valid": true,
        "kid": v.kid().to_string(),
        "authority": { "id": a.id, "name": a.name, "country": a.country },
        "claims": claims_json(v.claims()),
        "record": v.claims().entry.record,
    })
}

/// The verdict word of a card that failed verification.
fn not_valid(e: &VerifyError, lang: Lang) -> &'static str {
    lang.t(if e.is_revocation() {
        "report-revoked"
    } else {
        "report-not-valid"
    })
}

/// Text for a card that failed verification, in English; see [`invalid_text_in`].
pub fn invalid_text(e: &VerifyError) -> String {
    invalid_text_in(e, Lang::english())
}

/// Text for a card that failed verification: the verdict in `lang`, then the error's own
/// (English) message and its code.
pub fn invalid_text_in(e: &VerifyError, lang: impl IntoLang) -> String {
    let verdict = not_valid(e, lang.into_lang());
    format!("{verdict}  {e}\n  (code: {})\n", e.code())
}

/// Text for `ephr decode` when the text is not a card it can read: `decode` checks nothing, so
/// it cannot call a card "not valid", only unreadable.
pub fn unreadable_text(e: &crate::verify::DecodeError, lang: impl IntoLang) -> String {
    let lang = lang.into_lang();
    let code = VerifyError::from(e.clone()).code();
    format!("{}  {e}\n  (code: {code})\n", lang.t("report-unreadable"))
}

/// JSON for a card that failed verification.
pub fn invalid_json(e: &VerifyError) -> Value {
    json!({
        "valid": false,
        "revoked": e.is_revocation(),
        "error": e.code(),
        "message": e.to_string(),
    })
}

/// Text for `ephr decode`: the content, clearly labelled as not verified.
pub fn unverified_text(u: &UnverifiedCard, lang: impl IntoLang) -> String {
    let lang = lang.into_lang();
    let mut o = format!(
        "{}  {}\n",
        lang.t("report-unverified"),
        lang.t("report-unverified-note")
    );
    line(&mut o, lang, "report-key-id", &u.kid().to_string());
    match u.claims_unverified() {
        Ok(c) => {
            line(&mut o, lang, "report-card-id", &c.card_id.to_string());
            line(
                &mut o,
                lang,
                "report-issuer-says",
                &lang.fmt(
                    "report-issued",
                    &[
                        ("authority", &c.issuer),
                        ("time", &format_instant(c.issued_at)),
                    ],
                ),
            );
            if let Some(exp) = c.expires {
                line(&mut o, lang, "report-expires", &format_instant(exp));
            }
            entry_lines(&mut o, &c.entry, lang);
            o.push('\n');
            o.push_str(&record_text(&c.entry.record, lang));
        }
        Err(e) => line(
            &mut o,
            lang,
            "report-content",
            &lang.fmt("report-undecodable", &[("error", &e.to_string())]),
        ),
    }
    o
}

/// JSON for `ephr decode --json`: COSE header, claims and record, labelled unverified.
pub fn unverified_json(u: &UnverifiedCard) -> Value {
    let mut v = json!({
        "verified": false,
        "cose": { "alg": "EdDSA", "alg_id": crate::cose::ALG_EDDSA, "kid": u.kid().to_string() },
    });
    match u.claims_unverified() {
        Ok(c) => {
            v["claims"] = claims_json(&c);
            v["record"] = serde_json::to_value(&c.entry.record).unwrap_or(Value::Null);
        }
        Err(e) => v["content_error"] = Value::String(e.to_string()),
    }
    v
}

/// The short verdict of an entry whose facts are shown in its record's merged history.
pub fn entry_summary(v: &VerifiedCard, lang: impl IntoLang) -> String {
    entry_summary_in(v, lang, None)
}

/// [`entry_summary`] of an entry of `history`, which names the entry it follows.
pub fn entry_summary_in(
    v: &VerifiedCard,
    lang: impl IntoLang,
    history: Option<&RecordHistory>,
) -> String {
    let lang = lang.into_lang();
    let c = v.claims();
    let mut o = verdict_head(v, lang);
    entry_lines_in(&mut o, &c.entry, lang, history);
    line(
        &mut o,
        lang,
        "report-encounter",
        &encounter_text(&c.entry.record.encounter, lang),
    );
    line(
        &mut o,
        lang,
        "",
        &lang.fmt(
            "report-facts-below",
            &[("record", &c.entry.record_id.to_string())],
        ),
    );
    o
}

/// `[GR-EODY-LESVOS GR 2026-10-14 entry c0ffee…]`, one bracket for every entry that recorded it.
fn provenance_text(from: &[Provenance], lang: Lang) -> String {
    let one = |p: &Provenance| {
        format!(
            "{} {} {} {}",
            p.authority,
            p.country,
            p.date,
            lang.fmt("report-entry", &[("id", &p.entry.to_string())])
        )
    };
    format!("[{}]", from.iter().map(one).collect::<Vec<_>>().join("; "))
}

fn fact_lines<T>(
    o: &mut String,
    lang: Lang,
    key: &str,
    facts: &[Fact<T>],
    f: impl Fn(&T) -> String,
) {
    lines(
        o,
        lang,
        key,
        facts.iter().map(|x| {
            let mark = if x.confidential {
                format!("{}  ", shout(lang, lang.t("report-confidential")))
            } else {
                String::new()
            };
            format!("{}  {mark}{}", f(&x.value), provenance_text(&x.from, lang))
        }),
    );
}

/// One record's merged history as text: patient, entries with their verdicts, then every merged
/// fact with its provenance.
pub fn history_text(r: &RecordHistory, lang: impl IntoLang) -> String {
    let lang = lang.into_lang();
    let first = &r.entries[0].provenance.date;
    let last = &r.entries[r.entries.len() - 1].provenance.date;
    let n = r.entries.len().to_string();
    let mut o = format!(
        "══ {} ══\n",
        lang.fmt(
            if r.entries.len() == 1 {
                "report-history-one"
            } else {
                "report-history"
            },
            &[
                ("record", &r.record_id.to_string()),
                ("n", &n),
                ("first", first),
                ("last", last),
            ],
        )
    );
    patient_lines(&mut o, &r.patient, lang);
    let mut entries: Vec<String> = r
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let c = e.card.claims();
            let a = e.card.authority();
            format!(
                "{}. {}  {} · {} ({}) · {}{}{}",
                i + 1,
                lang.t("report-valid"),
                encounter_text(&c.entry.record.encounter, lang),
                a.name,
                a.id,
                lang.fmt("report-entry", &[("id", &c.card_id.to_string())]),
                c.entry.part.map_or(String::new(), |p| format!(
                    " · {}",
                    lower_first(&lang.fmt(
                        "part",
                        &[("n", &p.index.to_string()), ("total", &p.count.to_string())]
                    ))
                )),
                if c.entry.confidential {
                    format!(" · {}", shout(lang, lang.t("report-confidential")))
                } else {
                    String::new()
                }
            )
        })
        .collect();
    entries.extend(r.invalid.iter().map(|e| {
        format!(
            "{}  {} ({}): {}",
            lang.t("report-not-valid"),
            e.source,
            e.error.code(),
            lang.t("report-not-used")
        )
    }));
    lines(&mut o, lang, "entries", entries);
    let m = &r.merged;
    fact_lines(&mut o, lang, "col-alert", &m.alerts, |a| {
        alert_text(a, lang)
    });
    if m.allergies.is_empty() && !m.no_known_allergies.is_empty() {
        line(
            &mut o,
            lang,
            "sec-allergies",
            &format!(
                "{}  {}",
                lang.t("report-no-known-allergies"),
                provenance_text(&m.no_known_allergies, lang)
            ),
        );
    }
    fact_lines(&mut o, lang, "sec-allergies", &m.allergies, |a| {
        allergy_text(a, lang)
    });
    if !m.no_vaccination_records.is_empty() {
        line(
            &mut o,
            lang,
            "report-vaccines",
            &format!(
                "{}  {}",
                lang.t("report-no-vaccination-records"),
                provenance_text(&m.no_vaccination_records, lang)
            ),
        );
    }
    let mut vaccines = Vec::new();
    let due = shout(lang, lang.t("report-due"));
    for v in &m.immunizations {
        let n = v.doses.len();
        vaccines.push(format!(
            "{}: {}",
            coded(&v.vaccine, codes::vaccine(&v.vaccine), lang),
            if n == 1 {
                lang.t("report-doses-one").to_owned()
            } else {
                lang.fmt("report-doses", &[("n", &lang.number(&n.to_string()))])
            }
        ));
        for d in &v.doses {
            vaccines.push(format!(
                "  {}  {}",
                dose_text(&d.value, false, lang),
                provenance_text(&d.from, lang)
            ));
        }
        for d in &v.due {
            vaccines.push(format!(
                "  {due} {}  {}",
                due_text(&d.value, false, lang),
                provenance_text(&d.from, lang)
            ));
        }
    }
    lines(
        &mut o,
        lang,
        if m.no_vaccination_records.is_empty() {
            "report-vaccines"
        } else {
            ""
        },
        vaccines,
    );
    let active: Vec<_> = m.active_problems().cloned().collect();
    fact_lines(&mut o, lang, "report-problems", &active, |p| {
        problem_text(p, lang)
    });
    let other: Vec<_> = m
        .problems
        .iter()
        .filter(|p| !active.contains(p))
        .cloned()
        .collect();
    fact_lines(&mut o, lang, "report-past-problems", &other, |p| {
        problem_text(p, lang)
    });
    fact_lines(&mut o, lang, "report-medications", &m.medications, |x| {
        medication_text(x, lang)
    });
    fact_lines(&mut o, lang, "report-results", &m.results, |x| {
        result_text(x, lang)
    });
    if let Some(v) = &m.vital_signs {
        fact_lines(
            &mut o,
            lang,
            "sec-vital-signs",
            std::slice::from_ref(v),
            |x| vitals_text(x, lang),
        );
    }
    if let Some(v) = &m.pregnancy {
        fact_lines(
            &mut o,
            lang,
            "sec-pregnancy",
            std::slice::from_ref(v),
            |x| pregnancy_text(x, lang),
        );
    }
    if let Some(v) = &m.mental_health {
        fact_lines(
            &mut o,
            lang,
            "report-mental-health",
            std::slice::from_ref(v),
            |x| mental_text(x, lang),
        );
    }
    fact_lines(&mut o, lang, "sec-referrals", &m.referrals, |x| {
        referral_text(x, lang)
    });
    o
}

/// A finding as one line: `WARNING  … (code: gap)`. The verdict word is in `lang`; what the
/// finding says is the library's (English) message.
pub fn finding_text(f: &Finding, lang: impl IntoLang) -> String {
    let label = lang.into_lang().t(match f.severity() {
        Severity::Problem => "report-problem",
        Severity::Warning => "report-warning",
        Severity::Note => "report-note",
    });
    format!("{label}  {f}\n  (code: {})\n", f.code())
}

/// JSON for a finding: its fields, `code`, `severity` and `message`.
pub fn finding_json(f: &Finding) -> Value {
    let mut v = serde_json::to_value(f).unwrap_or(Value::Null);
    v["code"] = f.code().into();
    v["severity"] = serde_json::to_value(f.severity()).unwrap_or(Value::Null);
    v["message"] = f.to_string().into();
    v
}

/// JSON for one record's history: the entries (in order, with their verdicts), the invalid
/// entries that claim this record, the patient and the merged facts with their provenance.
pub fn history_json(r: &RecordHistory) -> Value {
    json!({
        "record_id": r.record_id.to_string(),
        "patient": r.patient,
        "entries": r.entries.iter().map(|e| {
            let mut v = verified_json(&e.card);
            v["source"] = e.source.clone().into();
            v["link"] = e.card.link().to_string().into();
            v
        }).collect::<Vec<_>>(),
        "invalid": r.invalid.iter().map(|e| {
            let mut v = invalid_json(&e.error);
            v["source"] = e.source.clone().into();
            v
        }).collect::<Vec<_>>(),
        "merged": r.merged,
    })
}

/// JSON for a whole history: `records` (see [`history_json`]), `unplaced` invalid entries and
/// `findings`.
pub fn histories_json(h: &History) -> Value {
    json!({
        "records": h.records.iter().map(history_json).collect::<Vec<_>>(),
        "unplaced": h.unplaced.iter().map(|e| {
            let mut v = invalid_json(&e.error);
            v["source"] = e.source.clone().into();
            v
        }).collect::<Vec<_>>(),
        "findings": h.findings.iter().map(finding_json).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_neutralises_terminal_escapes_and_bidi_overrides() {
        let s = super::printable("X\u{1b}[2A\r\u{202E}abc\nnext");
        assert!(!s.contains('\u{1b}') && !s.contains('\r') && !s.contains('\u{202E}'));
        assert!(s.ends_with("abc\nnext"));
        assert_eq!(super::printable("آمنة الخليل"), "آمنة الخليل");
    }

    /// The string literals of Rust source, comments and tests left out.
    fn literals(src: &str) -> Vec<String> {
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        let mut out = Vec::new();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let mut chars = line.chars();
            let mut in_char = false;
            while let Some(c) = chars.next() {
                match c {
                    '\'' => in_char = !in_char,
                    '"' if !in_char => {
                        let mut lit = String::new();
                        while let Some(c) = chars.next() {
                            match c {
                                '\\' => lit.extend(chars.next()),
                                '"' => break,
                                _ => lit.push(c),
                            }
                        }
                        out.push(lit);
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Issue 11: every word of the text report comes from the catalogues. The English the
    /// report used to hard-code must not come back as a literal (catalogue keys and value-key
    /// prefixes such as `report-valid` or `sex` are allowed).
    #[test]
    fn no_english_words_in_the_report_code() {
        const ENGLISH: &[&str] = &[
            "Issued by",
            "Allergies",
            "VALID",
            "REVOKED",
            "UNVERIFIED",
            "WITHOUT",
            "date unknown",
            "none recorded",
            "None recorded",
            "not recorded",
            "no known",
            "NO VACCINATION",
            "Patient",
            "Encounter",
            "Problems",
            "Medications",
            "Vaccines",
            "Due",
            "DUE",
            "Results",
            "Vital signs",
            "Pregnancy",
            "Mental hlth",
            "Referrals",
            "Signed with",
            "Expires",
            "Record id",
            "Follows",
            "Part",
            "part ",
            "Key id",
            "Card id",
            "Issuer says",
            "Content",
            "Entries",
            "Past probl",
            "ALERT",
            "PROBLEM",
            "WARNING",
            "NOTE",
            "Checked at",
            "trust list",
            "Findings",
            "cards valid",
            "History of",
            "valid entr",
            "born ",
            "estimated",
            "nationality",
            "speaks",
            "mediator",
            "criticality",
            "provisional",
            "since ",
            "until ",
            "dose",
            "lot ",
            "from ",
            "weeks",
            "due ",
            "referred",
            "by ",
            "height",
            "weight",
            "BMI",
            "BP ",
            "mmHg",
            "HR ",
            "RR ",
            "SpO2",
            "head",
            "MUAC",
            "°C",
            "not used",
            "recorded",
            "entry ",
            "card ",
            "key ",
            " of ",
            " on ",
            "code not in",
            "cannot be decoded",
            "its facts",
            "below",
        ];
        let en = Lang::english().parse().expect("en.ftl");
        let is_key = |s: &str| {
            en.contains_key(s)
                || en
                    .keys()
                    .any(|k| k.strip_prefix(s).is_some_and(|rest| rest.starts_with('-')))
        };
        for (file, src) in [
            ("src/report/mod.rs", include_str!("mod.rs")),
            ("src/report/verify.rs", include_str!("verify.rs")),
        ] {
            let lits = literals(src);
            assert!(lits.len() > 10, "{file}: the scanner found {lits:?}");
            for lit in lits {
                if lit.starts_with("report-") || LABELS.contains(&lit.as_str()) {
                    assert!(en.contains_key(&lit), "{file}: no key {lit:?} in en.ftl");
                }
                if is_key(&lit) {
                    continue;
                }
                for w in ENGLISH {
                    assert!(!lit.contains(w), "{file}: English {w:?} in {lit:?}");
                }
            }
        }
    }

    #[test]
    fn the_label_column_fits_the_longest_label_of_each_language() {
        assert_eq!(width(Lang::english()), 12);
        for &l in LANGUAGES {
            let w = width(l);
            assert!(w >= 12);
            for k in LABELS {
                assert!(label(l, k).chars().count() < w, "{}: {k}", l.code);
            }
        }
        let mut o = String::new();
        let fr = Lang::get("fr").unwrap();
        line(&mut o, fr, "report-past-problems", "x");
        line(&mut o, fr, "", "y");
        let cols: Vec<usize> = o.lines().map(|l| l.chars().count()).collect();
        assert_eq!(cols, [width(fr) + 3, width(fr) + 3], "{o}");
    }

    #[test]
    fn shouted_words_and_words_inside_a_line() {
        let l = |c| Lang::get(c).unwrap();
        assert_eq!(shout(l("el"), "Προειδοποίηση"), "ΠΡΟΕΙΔΟΠΟΙΗΣΗ");
        assert_eq!(shout(l("en"), "positive"), "POSITIVE");
        assert_eq!(shout(l("tr"), "pozitif gizli"), "POZİTİF GİZLİ");
        assert_eq!(shout(l("tr"), "ılık"), "ILIK");
        assert_eq!(shout(l("ku"), "erênî"), "ERÊNÎ");
        assert_eq!(lower_first("None recorded"), "none recorded");
        assert_eq!(lower_first("Μέρος 1 από 2"), "μέρος 1 από 2");
        assert_eq!(lower_first("لا توجد بيانات"), "لا توجد بيانات");
        assert_eq!("xx".into_lang(), Lang::english());
        assert_eq!("el".into_lang().code, "el");
    }
}
