//! The station's screens. Every word comes from the catalogues ([`ephr::labels`]), every
//! verdict and every block of the report from [`VerifyReport`]; the templates (in
//! `templates/`, checked when compiled, every value escaped) only lay them out.

use askama::Template;
use ephr::booklet::{self, Layout};
use ephr::history::Checked;
use ephr::labels::{LANGUAGES, Lang};
use ephr::report::{Verdict, VerifyReport};

use super::App;
use super::sessions::{Notice, Session};

#[derive(Template)]
#[template(path = "page.html")]
struct Page {
    lang: Lang,
    dir: &'static str,
    languages: Vec<(&'static str, &'static str)>,
    privacy: String,
    results: String,
    trust_status: String,
    trust_demo: bool,
    trust_stale: bool,
    trust_fixed: bool,
    /// `--issue`: a link to the forms.
    issuing: bool,
    /// After this long without use the server drops the session; the page then clears itself
    /// too, so that an unattended screen does not keep showing the last person's record.
    idle_seconds: u64,
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
    /// An issuing station offers a follow-up of what is shown.
    issuing: bool,
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
            issuing: false,
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
    /// An issuing station asks for the operator's name too.
    operator: bool,
    /// ... and their own passphrase instead of the access code, once the register has operators.
    personal: bool,
    idle_seconds: u64,
}

fn dir(lang: Lang) -> &'static str {
    if lang.rtl { "rtl" } else { "ltr" }
}

fn privacy(app: &App, lang: Lang) -> String {
    let checked = lang.fmt(
        "station-privacy",
        &[("minutes", &(app.sessions.idle().as_secs() / 60).to_string())],
    );
    // On an issuing station what is signed is kept: the clinic screen says so too.
    match app.issuing {
        Some(_) => format!("{checked} {}", issue_privacy(app, lang)),
        None => checked,
    }
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
    let mut blocks = report.blocks(lang);
    // The report's text, escaped, with its left-to-right runs isolated on a right-to-left page.
    for c in &mut blocks.cards {
        c.text = bidi_html(&c.text, lang.rtl);
    }
    for t in blocks
        .histories
        .iter_mut()
        .chain(blocks.findings.iter_mut())
    {
        *t = bidi_html(t, lang.rtl);
    }
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
        issuing: app.issuing.is_some() && valid > 0,
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
                &[("reason", &format!("{e} ({})", e.hint()))],
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
        issuing: app.issuing.is_some(),
        idle_seconds: app.sessions.idle().as_secs(),
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
        operator: app.issuing.is_some(),
        personal: app.personal_sign_in(),
        idle_seconds: 0,
    }
    .render()
    .unwrap_or_default()
}

/// Escapes `text` for HTML. On a right-to-left page it also puts every left-to-right run (dates,
/// codes, Latin names, numbers with their units) in a `<bdi dir="ltr">`: next to Arabic letters a
/// browser otherwise reads `2026-10-14` as three Arabic numbers and shows `14-10-2026`, and
/// splits `[GR-EODY-LESVOS GR 2026-10-14 …]` at its punctuation.
pub fn bidi_html(text: &str, rtl: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    if !rtl {
        escape_into(&mut out, text);
        return out;
    }
    for line in text.split_inclusive('\n') {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let opens =
                matches!(chars[i], '(' | '[') && chars.get(i + 1).is_some_and(|&c| starts_run(c));
            if starts_run(chars[i]) || opens {
                // The run goes on over neutrals up to the last strong or digit character (or a
                // bracket closing one opened in the run) before the next right-to-left letter or
                // the end of the line.
                let (mut end, mut j, mut depth) = (i, i, 0usize);
                while j < chars.len() && !is_rtl_letter(chars[j]) && chars[j] != '\n' {
                    match chars[j] {
                        '(' | '[' => depth += 1,
                        ')' | ']' if depth > 0 => {
                            depth -= 1;
                            end = j + 1;
                        }
                        c if starts_run(c) => end = j + 1,
                        _ => {}
                    }
                    j += 1;
                }
                out.push_str("<bdi dir=\"ltr\">");
                escape_into(&mut out, &chars[i..end].iter().collect::<String>());
                out.push_str("</bdi>");
                i = end;
            } else {
                escape_into(&mut out, &chars[i].to_string());
                i += 1;
            }
        }
    }
    out
}

fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn starts_run(c: char) -> bool {
    c.is_ascii_digit() || (c.is_alphabetic() && !is_rtl_letter(c))
}

/// Escapes text for HTML outside the templates (which escape by themselves).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bidi_html;

    #[test]
    fn left_to_right_runs_are_isolated_on_a_right_to_left_page() {
        assert_eq!(
            bidi_html("التاريخ 2026-10-14 · اليونان", true),
            "التاريخ <bdi dir=\"ltr\">2026-10-14</bdi> · اليونان"
        );
        assert_eq!(
            bidi_html("[GR-EODY-LESVOS GR 2026-10-14 entry c0ffee]\nا", true),
            "<bdi dir=\"ltr\">[GR-EODY-LESVOS GR 2026-10-14 entry c0ffee]</bdi>\nا"
        );
        assert_eq!(
            bidi_html("مريم (MARYAM RAHIMI)", true),
            "مريم <bdi dir=\"ltr\">(MARYAM RAHIMI)</bdi>"
        );
        assert_eq!(
            bidi_html("(GR-EODY, اليونان)", true),
            "<bdi dir=\"ltr\">(GR-EODY</bdi>, اليونان)"
        );
        assert_eq!(bidi_html("a<b>&\"", false), "a&lt;b&gt;&amp;&quot;");
        assert_eq!(
            bidi_html("اسم <script>alert(1)</script>", true),
            "اسم &lt;<bdi dir=\"ltr\">script&gt;alert(1)&lt;/script</bdi>&gt;"
        );
    }
}

/// An issued entry found in the register: card id, issued, kind, names, operator.
type FoundRow = (String, String, String, String, String);

#[derive(Template)]
#[template(path = "issue.html")]
struct IssueHome<'a> {
    lang: Lang,
    dir: &'static str,
    privacy: String,
    idle_seconds: u64,
    operator: &'a str,
    authority: &'a str,
    /// (id, last changed, who it is about)
    drafts: Vec<(String, String, String)>,
    query: &'a str,
    /// None: nothing searched.
    found: Option<Vec<FoundRow>>,
    follow_hint: String,
}

/// The issuing home: drafts, a new assessment, and the register's search.
pub fn issue_home(
    app: &App,
    lang: Lang,
    operator: &str,
    drafts: &[ephr::register::Draft],
    query: &str,
    found: Option<&[ephr::register::RegisteredEntry]>,
) -> String {
    let about = |json: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        let p = &v["patient"];
        let name = |n: &serde_json::Value| {
            [n["given"].as_str(), n["family"].as_str()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let shown = [name(&p["name"]), name(&p["name_latin"])]
            .into_iter()
            .filter(|n| !n.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" / ");
        if shown.is_empty() {
            lang.t("station-issue-no-name").to_owned()
        } else {
            shown
        }
    };
    IssueHome {
        lang,
        dir: dir(lang),
        privacy: issue_privacy(app, lang),
        idle_seconds: app.sessions.idle().as_secs(),
        operator,
        authority: app.issuing.as_ref().map_or("", |s| s.authority.as_str()),
        drafts: drafts
            .iter()
            .map(|d| {
                let about = if d.follows.is_some() {
                    lang.fmt(
                        "station-issue-draft-follow-up",
                        &[("about", &about(&d.json))],
                    )
                } else {
                    about(&d.json)
                };
                (
                    d.id.clone(),
                    ephr::date::format_instant(d.updated_at),
                    about,
                )
            })
            .collect(),
        query,
        found: found.map(|f| {
            f.iter()
                .map(|e| {
                    (
                        e.card_id.clone(),
                        ephr::date::format_instant(e.issued_at),
                        // The register's kinds: "core" (what every clinic sees) or
                        // "confidential" (the card of the insert).
                        if e.kind == "confidential" {
                            lang.t("report-confidential").to_owned()
                        } else {
                            "—".to_owned()
                        },
                        e.name.clone(),
                        e.operator.clone(),
                    )
                })
                .collect()
        }),
        follow_hint: lang.fmt(
            "station-issue-follow-hint",
            &[("button", lang.t("station-issue-follow-button"))],
        ),
    }
    .render()
    .unwrap_or_default()
}

/// What the issuing screens keep, in place of the clinic screen's "nothing is stored".
fn issue_privacy(app: &App, lang: Lang) -> String {
    let days = app
        .issuing
        .as_ref()
        .and_then(|s| s.register(|r| r.retention()).ok())
        .unwrap_or_default();
    lang.fmt(
        "station-issue-privacy",
        &[
            ("drafts", &days.draft_days.to_string()),
            ("entries", &days.entry_days.to_string()),
        ],
    )
}

#[derive(Template)]
#[template(path = "draft.html")]
struct DraftForm<'a> {
    lang: Lang,
    dir: &'static str,
    privacy: String,
    idle_seconds: u64,
    id: &'a str,
    follow_up: bool,
    /// The draft and its check, as JSON for the page's script (escaped for a `<script>` data
    /// block: `<` is written as `\u003c`).
    data: String,
}

/// The catalogue's words that the form uses, in the operator's language: section headings,
/// field names and the names of coded values, as the booklet and the report print them, and
/// the form's own words (`form-…`: parts of field names, buttons, the size meter).
fn form_words(lang: Lang) -> serde_json::Map<String, serde_json::Value> {
    const PREFIXES: &[&str] = &[
        "sec-",
        "col-",
        "vital-",
        "sex-",
        "kind-",
        "role-",
        "problem-",
        "allergy-",
        "criticality-",
        "medication-",
        "source-",
        "result-",
        "pregnancy-",
        "mh-",
        "urgency-",
        "alert-",
        "form-",
    ];
    const KEYS: &[&str] = &[
        "name",
        "name-latin",
        "birth-date",
        "estimated",
        "sex",
        "nationality",
        "languages",
        "encounter",
        "encounter-date",
        "encounter-site",
        "encounter-kind",
        "encounter-role",
        "mediator",
        "provisional",
        "expected-delivery",
        "gestational-weeks",
        "gravida",
        "para",
        "report-patient",
        "yes",
        "no",
        "vital-spo2",
        "station-issue-discard-confirm",
    ];
    let Ok(keys) = Lang::english().parse() else {
        return serde_json::Map::new();
    };
    keys.keys()
        .filter(|k| KEYS.contains(&k.as_str()) || PREFIXES.iter().any(|p| k.starts_with(p)))
        .map(|k| (k.clone(), serde_json::Value::from(lang.t(k))))
        .collect()
}

/// The form of a draft: the page's script builds the fields from the draft's JSON and shows the
/// library's check of it.
pub fn draft_form(
    app: &App,
    lang: Lang,
    d: &ephr::register::Draft,
    check: &ephr::draft::DraftCheck,
) -> String {
    let draft: serde_json::Value = serde_json::from_str(&d.json).unwrap_or_default();
    let data = serde_json::json!({
        "id": d.id,
        "follow_up": d.follows.is_some(),
        "record": draft,
        "check": check,
        "lang": lang.code,
        "words": form_words(lang),
    })
    .to_string()
    .replace('<', "\\u003c")
    .replace('>', "\\u003e")
    .replace('&', "\\u0026");
    DraftForm {
        lang,
        dir: dir(lang),
        privacy: issue_privacy(app, lang),
        idle_seconds: app.sessions.idle().as_secs(),
        id: &d.id,
        follow_up: d.follows.is_some(),
        data,
    }
    .render()
    .unwrap_or_default()
}
