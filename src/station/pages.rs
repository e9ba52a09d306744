//! The station's screens. Every word comes from the catalogues ([`ephr::labels`]), every
//! verdict and every block of the report from [`VerifyReport`]; the templates (in
//! `templates/`, checked when compiled, every value escaped) only lay them out.

use askama::Template;
use ephr::booklet::{self, Layout, PlanError};
use ephr::history::Checked;
use ephr::labels::{LANGUAGES, Lang};
use ephr::report::{Verdict, VerifyReport};

use super::App;
use super::sessions::{Notice, Session};

#[derive(Template)]
#[template(path = "page.html")]
struct Page<'a> {
    lang: Lang,
    dir: &'static str,
    languages: Vec<(&'static str, &'static str)>,
    privacy: String,
    results: String,
    trust_status: String,
    trust_demo: bool,
    trust_stale: bool,
    trust_fixed: bool,
    /// After this long without use the server drops the session; the page then clears itself
    /// too, so that an unattended screen does not keep showing the last person's record.
    idle_seconds: u64,
    _life: std::marker::PhantomData<&'a ()>,
}

#[derive(Template)]
#[template(path = "results.html")]
struct Results {
    lang: Lang,
    notice: Option<(&'static str, String)>,
    cards: Vec<ephr::report::CardBlock>,
    verdict_class: &'static str,
    verdict_word: &'static str,
    count: Option<String>,
    demo: bool,
    stale: Option<String>,
    /// (query value, language code, button text)
    person: Option<(u8, &'static str, String)>,
    downloads: Option<Downloads>,
    histories: Vec<String>,
    findings: Vec<String>,
    checked: String,
}

impl Results {
    fn empty(lang: Lang) -> Self {
        Results {
            lang,
            notice: None,
            cards: Vec::new(),
            verdict_class: "",
            verdict_word: "",
            count: None,
            demo: false,
            stale: None,
            person: None,
            downloads: None,
            histories: Vec::new(),
            findings: Vec::new(),
            checked: String::new(),
        }
    }
}

struct Downloads {
    cannot_print: Option<String>,
    /// (address, text)
    links: Vec<(&'static str, &'static str)>,
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SignIn {
    lang: Lang,
    dir: &'static str,
    privacy: String,
    wrong: bool,
    idle_seconds: u64,
}

fn dir(lang: Lang) -> &'static str {
    if lang.rtl { "rtl" } else { "ltr" }
}

fn privacy(app: &App, lang: Lang) -> String {
    lang.fmt(
        "station-privacy",
        &[("minutes", &(app.sessions.idle().as_secs() / 60).to_string())],
    )
}

/// What a session's cards come to, checked now against the station's trust list.
pub struct Checking {
    pub report: VerifyReport,
}

pub fn check(app: &App, s: &Session) -> Checking {
    let (list, anchor) = app.trust();
    let now = app.now();
    let checked: Vec<Checked> = s.cards.iter().map(|c| c.check(&list, now)).collect();
    Checking {
        report: VerifyReport::new(checked, &list, &anchor, now, false),
    }
}

/// The language the screen is in: the clinician's, or the person's while it is shown to them.
pub fn view_language(s: &Session, report: &VerifyReport) -> Lang {
    if s.person_view {
        report.person_language().unwrap_or(s.lang)
    } else {
        s.lang
    }
}

pub fn results(app: &App, s: &mut Session) -> String {
    let Checking { report } = check(app, s);
    results_of(app, s, &report)
}

fn results_of(app: &App, s: &mut Session, report: &VerifyReport) -> String {
    let lang = view_language(s, report);
    if let Some(stale) = app.strict_refusal() {
        // --strict: nothing is shown as checked against an out-of-date list.
        return Results {
            lang,
            notice: Some((
                "bad",
                format!("{} --strict: {stale}", lang.t("station-trust-stale")),
            )),
            ..Results::empty(lang)
        }
        .render()
        .unwrap_or_default();
    }
    let notice = s.notice.take().map(|n| notice_text(n, lang));
    let blocks = report.blocks(lang);
    let (verdict_class, verdict_word) = match report.verdict() {
        Verdict::Valid => ("valid", lang.t("station-all-valid")),
        Verdict::ValidWithWarnings => ("warn", lang.t("station-check-warnings")),
        Verdict::NotValid | Verdict::Nothing => ("invalid", lang.t("station-some-invalid")),
    };
    let (valid, total) = report.counts();
    let person = report.person_language().and_then(|p| {
        if s.person_view {
            (p != s.lang).then(|| {
                (
                    0,
                    s.lang.code,
                    s.lang.fmt(
                        "station-clinic-language",
                        &[("language", s.lang.t("language-name"))],
                    ),
                )
            })
        } else {
            (p != s.lang).then(|| {
                (
                    1,
                    p.code,
                    s.lang.fmt(
                        "station-person-language",
                        &[("language", p.t("language-name"))],
                    ),
                )
            })
        }
    });
    let downloads = (valid > 0).then(|| downloads(report, lang));
    let page = Results {
        lang,
        notice,
        cards: blocks.cards,
        verdict_class,
        verdict_word,
        count: (total > 0).then(|| {
            lang.fmt(
                "station-valid-count",
                &[("valid", &valid.to_string()), ("total", &total.to_string())],
            )
        }),
        demo: report.demo_anchor,
        stale: blocks.stale,
        person,
        downloads,
        histories: blocks.histories,
        findings: blocks.findings,
        checked: blocks.checked,
    };
    page.render().unwrap_or_default()
}

/// What may be downloaded: the library's print plan decides what prints (only valid cards of
/// one person; confidential entries only as the insert), the FHIR export refuses what is not
/// valid, the bundle holds one person's entries.
fn downloads(report: &VerifyReport, lang: Lang) -> Downloads {
    let mut links = Vec::new();
    let mut cannot_print = None;
    match booklet::plan(report.history(), Layout::Booklet, true) {
        Ok(plan) => {
            if plan.booklet.is_some() {
                links.push(("/download/booklet.pdf", lang.t("station-booklet")));
                links.push(("/download/a4.pdf", lang.t("station-a4")));
                links.push(("/download/wallet.pdf", lang.t("station-wallet")));
            }
            if plan.insert.is_some() {
                links.push(("/download/insert.pdf", lang.t("station-insert")));
            }
        }
        Err(e) => {
            cannot_print = Some(lang.fmt(
                "station-cannot-print",
                &[("reason", &format!("{e} ({})", plan_hint(&e)))],
            ));
        }
    }
    if report.verdict() != Verdict::NotValid {
        links.push(("/download/ips.json", lang.t("station-fhir")));
        links.push(("/download/entries.phr", lang.t("station-bundle")));
    }
    Downloads {
        cannot_print,
        links,
    }
}

fn plan_hint(e: &PlanError) -> String {
    e.hint().to_string()
}

fn notice_text(n: Notice, lang: Lang) -> (&'static str, String) {
    match n {
        Notice::Added { new, repeated } => {
            if new == 0 && repeated > 0 {
                ("info", lang.t("station-duplicate").to_owned())
            } else {
                (
                    "good",
                    lang.fmt("station-added", &[("n", &new.to_string())]),
                )
            }
        }
        Notice::Unreadable(reason) => (
            "bad",
            lang.fmt(
                "station-error",
                &[("reason", &ephr::report::printable(&reason))],
            ),
        ),
        Notice::Cleared => ("good", lang.t("station-cleared").to_owned()),
        Notice::Full => (
            "bad",
            lang.fmt(
                "station-too-many",
                &[("n", &super::sessions::MAX_CARDS.to_string())],
            ),
        ),
        Notice::Trust { ok, text } => (if ok { "good" } else { "bad" }, text),
    }
}

pub fn page(app: &App, s: &mut Session) -> String {
    let Checking { report } = check(app, s);
    let results = results_of(app, s, &report);
    let (list, anchor) = app.trust();
    let now = app.now();
    // The page's chrome follows the record's language while it is shown to the person.
    let lang = view_language(s, &report);
    let fmt_day = |t: i64| ephr::date::format_instant(t);
    Page {
        lang,
        dir: dir(lang),
        languages: LANGUAGES
            .iter()
            .map(|l| (l.code, l.t("language-name")))
            .collect(),
        privacy: privacy(app, lang),
        results,
        trust_status: lang.fmt(
            "station-trust-status",
            &[
                ("version", &list.sequence.to_string()),
                ("issued", &fmt_day(list.issued_at)),
                ("next", &fmt_day(list.next_update)),
            ],
        ),
        trust_demo: ephr::demo::is_demo_anchor(&anchor),
        trust_stale: list.stale_warning(now).is_some(),
        trust_fixed: matches!(app.source, super::TrustSource::Fixed),
        idle_seconds: app.sessions.idle().as_secs(),
        _life: std::marker::PhantomData,
    }
    .render()
    .unwrap_or_default()
}

pub fn signin(app: &App, lang: Lang, wrong: bool) -> String {
    SignIn {
        lang,
        dir: dir(lang),
        privacy: privacy(app, lang),
        wrong,
        idle_seconds: 0,
    }
    .render()
    .unwrap_or_default()
}
