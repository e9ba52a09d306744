//! `ephr station --issue`: the assessment site's station. A health worker fills in the
//! assessment as a form, sees every problem at its field and the size of the card as they type,
//! signs, and prints; the site's register keeps what was issued and the drafts.
//!
//! Every rule is the library's: [`ephr::draft::check`] for problems and size,
//! [`Issuer::issue_marked`] for signing, [`ephr::codes::search`] for codes, and
//! [`ephr::register`] for what is kept. The signed cards are then handed to the clinic
//! station's own screen, checked against the trust list like any scanned card, and printed
//! from there.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use ephr::codes::search::{self, CodeKind};
use ephr::draft::{self, DraftCheck};
use ephr::history::Checked;
use ephr::qr;
use ephr::register::{Register, RegisterError};
use ephr::{IssueOptions, Issuer, KeyId};
use serde::Deserialize;

use super::App;
use super::routes::{St, cookie_id};
use super::sessions::Notice;

/// The site: its key (unlocked once at start, zeroised when the station stops), its
/// authority, and its register.
pub struct Site {
    issuer: Issuer,
    pub kid: KeyId,
    pub authority: String,
    /// The authority's country in the trust list: the default country of an encounter.
    pub country: String,
    register: Mutex<Register>,
    pub register_path: PathBuf,
}

impl Site {
    pub fn new(issuer: Issuer, authority: String, country: String, register: Register) -> Self {
        let kid = issuer.key().public().kid();
        let register_path = register.path().to_owned();
        Self {
            issuer,
            kid,
            authority,
            country,
            register: Mutex::new(register),
            register_path,
        }
    }

    /// Runs `f` on the register (a short query: the lock is held for it alone).
    pub fn register<T>(&self, f: impl FnOnce(&Register) -> T) -> T {
        let r = self.register.lock().unwrap_or_else(|p| p.into_inner());
        f(&r)
    }
}

/// The operator of a signed-in session, or a redirect to the sign-in.
fn operator(app: &App, headers: &HeaderMap) -> Option<String> {
    cookie_id(app, headers)
        .and_then(|id| app.sessions.existing(&id, |s| s.operator.clone()))
        .flatten()
}

/// The language of the request's session (English without one).
fn session_lang(app: &App, headers: &HeaderMap) -> ephr::labels::Lang {
    cookie_id(app, headers)
        .and_then(|id| app.sessions.existing(&id, |s| s.lang))
        .unwrap_or_else(ephr::labels::Lang::english)
}

fn to_signin() -> Response {
    Redirect::to("/signin").into_response()
}

fn site(app: &App) -> Option<&Site> {
    app.issuing.as_ref()
}

fn no_site() -> RegisterError {
    RegisterError::NotFound("not an issuing station".into())
}

fn register_failed(e: &RegisterError) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("the register could not be used: {e}"),
    )
        .into_response()
}

/// Runs register work on the blocking pool (a draft save waits for the disk).
async fn blocking<T: Send + 'static>(
    app: &Arc<App>,
    f: impl FnOnce(&App) -> T + Send + 'static,
) -> Option<T> {
    let app = app.clone();
    tokio::task::spawn_blocking(move || f(&app)).await.ok()
}

fn failed() -> Response {
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// The issuing home: the operator's drafts, a new assessment, and finding an issued entry.
pub async fn home(State(sh): St, headers: HeaderMap, Query(q): Query<FindQuery>) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let lang = session_lang(&app, &headers);
    let query = q.q.unwrap_or_default();
    let r = blocking(&app, move |app| {
        let site = site(app).ok_or_else(no_site)?;
        let drafts = site.register(|r| r.drafts(&op))?;
        let found = if query.trim().is_empty() {
            None
        } else {
            Some(site.register(|r| r.find(&query))?)
        };
        Ok(super::pages::issue_home(
            app,
            lang,
            &op,
            &drafts,
            &query,
            found.as_deref(),
        ))
    })
    .await;
    match r {
        Some(Ok(html)) => Html(html).into_response(),
        Some(Err(e)) => register_failed(&e),
        None => failed(),
    }
}

#[derive(Deserialize)]
pub struct FindQuery {
    q: Option<String>,
}

/// A new draft, with what can be known filled in: today's date and the site's country.
pub async fn new_draft(State(sh): St, headers: HeaderMap) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let Some(site) = site(&app) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let json = serde_json::json!({
        "patient": {},
        "encounter": {
            "date": today(&app),
            "country": site.country,
            "kind": "initial_assessment",
            "role": "nurse"
        }
    })
    .to_string();
    create(&app, op, json, None).await
}

/// A follow-up of the latest valid entry on the screen (scanned, uploaded or typed): the
/// identity is carried over by the library when it is signed.
pub async fn follow_up(State(sh): St, headers: HeaderMap) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let Some(site) = site(&app) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(session) =
        cookie_id(&app, &headers).and_then(|id| app.sessions.existing(&id, |s| s.snapshot()))
    else {
        return Redirect::to("/").into_response();
    };
    let (list, _) = app.trust();
    let now = app.now();
    let checked: Vec<Checked> = session.cards.iter().map(|c| c.check(&list, now)).collect();
    let entry = match ephr::issue::entry_to_follow(checked) {
        Ok(e) => e,
        Err(e) => return super::routes::refusal(session.lang, &e.to_string()),
    };
    let json = serde_json::json!({
        "encounter": {
            "date": today(&app),
            "country": site.country,
            "kind": "follow_up",
            "role": "nurse"
        }
    })
    .to_string();
    // The entry as PHR1 text (one read from a bundle or a PDF is encoded), kept with the draft.
    let text = session
        .cards
        .iter()
        .find(|c| {
            c.parse()
                .is_ok_and(|u| u.cose_bytes() == entry.cose_bytes())
        })
        .map(|c| c.text().into_owned())
        .unwrap_or_default();
    create(&app, op, json, Some(text)).await
}

async fn create(app: &Arc<App>, op: String, json: String, follows: Option<String>) -> Response {
    let now = app.now();
    let r = blocking(app, move |app| {
        let site = site(app).ok_or_else(no_site)?;
        site.register(|r| r.save_draft(None, &op, &json, follows.as_deref(), now))
    })
    .await;
    match r {
        Some(Ok(id)) => Redirect::to(&format!("/issue/draft/{id}")).into_response(),
        Some(Err(e)) => register_failed(&e),
        None => failed(),
    }
}

fn today(app: &App) -> String {
    ephr::date::format_instant(app.now())[..10].to_owned()
}

/// The form of a draft.
pub async fn form(State(sh): St, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let lang = session_lang(&app, &headers);
    let r = blocking(&app, move |app| {
        let site = site(app).ok_or_else(no_site)?;
        let d = site.register(|r| r.draft(&id, &op))?;
        let check = check_draft(app, site, &d.json, d.follows.as_deref()).in_language(lang);
        Ok::<_, RegisterError>(super::pages::draft_form(app, lang, &d, &check))
    })
    .await;
    match r {
        Some(Ok(html)) => Html(html).into_response(),
        Some(Err(RegisterError::NotFound(_))) => Redirect::to("/issue").into_response(),
        Some(Err(e)) => register_failed(&e),
        None => failed(),
    }
}

/// The record the draft follows, read back from its stored text and verified: an entry that no
/// longer verifies (revoked since) cannot be followed.
fn predecessor(app: &App, text: &str) -> Result<ephr::VerifiedCard, String> {
    let (list, _) = app.trust();
    ephr::UnverifiedCard::from_text(text)
        .map_err(|e| e.to_string())?
        .verify(&list, app.now())
        .map_err(|e| format!("the entry this follow-up follows is not valid: {e}"))
}

pub fn check_draft(app: &App, site: &Site, json: &str, follows: Option<&str>) -> DraftCheck {
    let pred = match follows.map(|t| predecessor(app, t)).transpose() {
        Ok(p) => p,
        Err(message) => {
            return DraftCheck {
                problems: vec![draft::Problem::untranslated(".", message)],
                ..Default::default()
            };
        }
    };
    draft::check(
        json,
        pred.as_ref().map(|p| &p.claims().entry.record),
        &site.authority,
        draft::DEFAULT_MAX_VERSION,
        app.now(),
    )
}

/// Saves the draft as typed and answers with its problems and size (the page's script calls it
/// on every pause in typing).
pub async fn save(
    State(sh): St,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: String,
) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return (StatusCode::UNAUTHORIZED, "sign in again").into_response();
    };
    let now = app.now();
    let lang = session_lang(&app, &headers);
    let r = blocking(&app, move |app| {
        let site = site(app).ok_or_else(no_site)?;
        let d = site.register(|r| {
            r.save_draft(Some(&id), &op, &body, None, now)?;
            r.draft(&id, &op)
        })?;
        Ok::<_, RegisterError>(
            check_draft(app, site, &d.json, d.follows.as_deref()).in_language(lang),
        )
    })
    .await;
    match r {
        Some(Ok(check)) => json(&check),
        Some(Err(RegisterError::NotFound(_))) => StatusCode::NOT_FOUND.into_response(),
        Some(Err(RegisterError::Limit(m))) => (StatusCode::PAYLOAD_TOO_LARGE, m).into_response(),
        Some(Err(e)) => register_failed(&e),
        None => failed(),
    }
}

/// Signs the draft: the library validates and signs, the register records the entries and
/// drops the draft, and the cards go to the screen, checked like any other, for printing.
pub async fn sign(State(sh): St, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let lang = session_lang(&app, &headers);
    let r = blocking(&app, move |app| -> Result<Vec<String>, String> {
        let site = site(app).ok_or("not an issuing station")?;
        let d = site
            .register(|r| r.draft(&id, &op))
            .map_err(|e| e.to_string())?;
        let pred = d
            .follows
            .as_deref()
            .map(|t| predecessor(app, t))
            .transpose()?;
        let marked =
            ephr::issue::marked_entry(&d.json, pred.as_ref().map(|p| &p.claims().entry.record))
                .map_err(|e| e.to_string())?;
        let mut opts = match &pred {
            Some(p) => ephr::issue::follow_up_options(p, app.now()),
            None => IssueOptions::default(),
        };
        opts.issued_at = app.now();
        let capacity = qr::text_capacity(qr::Ecc::Q, draft::DEFAULT_MAX_VERSION);
        let issued = site
            .issuer
            .issue_marked(&marked, &opts, &|t: &str| t.len() <= capacity)
            .map_err(|e| e.to_string())?;
        let all: Vec<_> = issued.core.iter().chain(&issued.confidential).collect();
        let follows = pred.as_ref().map(|p| p.claims().card_id.to_string());
        site.register(|r| {
            r.record_issued(&all, &site.kid, follows.as_deref(), &op)?;
            r.delete_draft(&id, &op)
        })
        .map_err(|e| e.to_string())?;
        // The screen shows the history: the entry followed, then the new ones.
        let mut texts: Vec<String> = pred
            .iter()
            .filter_map(|p| p.text().map(str::to_owned))
            .collect();
        texts.extend(all.iter().map(|c| c.text().to_owned()));
        Ok(texts)
    })
    .await;
    let texts = match r {
        Some(Ok(t)) => t,
        Some(Err(reason)) => return super::routes::refusal(lang, &reason),
        None => return failed(),
    };
    show(&app, &headers, texts).await
}

/// Puts `texts` on the station's screen in place of what was there.
async fn show(app: &Arc<App>, headers: &HeaderMap, texts: Vec<String>) -> Response {
    let Some(id) = cookie_id(app, headers) else {
        return Redirect::to("/signin").into_response();
    };
    app.sessions.existing(&id, |s| {
        s.clear_cards();
        let found: Vec<_> = texts
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                let source = s.lang.fmt("report-entry", &[("id", &(i + 1).to_string())]);
                ephr::input::text_candidates(&source, t)
            })
            .collect();
        s.person_view = false;
        s.notice = Some(match s.add(found) {
            Ok((new, repeated)) => Notice::Added { new, repeated },
            Err(_) => Notice::Full,
        });
    });
    Redirect::to("/").into_response()
}

/// The booklet the draft would print, marked DEMO on every page and signed with the DEMO key
/// (the library's `draft::preview`), for looking at before signing.
pub async fn preview(State(sh): St, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let lang = session_lang(&app, &headers);
    let r = blocking(&app, move |app| -> Result<Vec<u8>, String> {
        let site = site(app).ok_or("not an issuing station")?;
        let d = site
            .register(|r| r.draft(&id, &op))
            .map_err(|e| e.to_string())?;
        let pred = d
            .follows
            .as_deref()
            .map(|t| predecessor(app, t))
            .transpose()?;
        draft::preview(
            &d.json,
            pred.as_ref().map(|p| &p.claims().entry.record),
            lang,
            app.now(),
        )
        .map(|pdf| pdf.bytes)
        .map_err(|e| e.to_string())
    })
    .await;
    match r {
        Some(Ok(bytes)) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "inline; filename=\"preview-not-signed.pdf\"",
                ),
            ],
            bytes,
        )
            .into_response(),
        Some(Err(reason)) => super::routes::refusal(lang, &reason),
        None => failed(),
    }
}

/// Deletes a draft the operator abandons.
pub async fn discard(State(sh): St, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let app = sh.app.clone();
    let Some(op) = operator(&app, &headers) else {
        return to_signin();
    };
    let _ = blocking(&app, move |app| {
        site(app).map(|s| s.register(|r| r.delete_draft(&id, &op)))
    })
    .await;
    Redirect::to("/issue").into_response()
}

#[derive(Deserialize)]
pub struct Reprint {
    card: String,
}

/// Every entry of the person's record that the site issued, back on the screen to print again.
/// The register's texts are checked like any input.
pub async fn reprint(
    State(sh): St,
    headers: HeaderMap,
    axum::Form(f): axum::Form<Reprint>,
) -> Response {
    let app = sh.app.clone();
    if operator(&app, &headers).is_none() {
        return to_signin();
    }
    let r = blocking(&app, move |app| {
        let site = site(app).ok_or_else(no_site)?;
        site.register(|r| {
            let e = r.entry(&f.card)?;
            r.record_entries(&e.record_id)
        })
    })
    .await;
    match r {
        Some(Ok(entries)) => {
            let texts = entries.into_iter().map(|e| e.text).collect();
            show(&app, &headers, texts).await
        }
        Some(Err(RegisterError::NotFound(_))) => Redirect::to("/issue").into_response(),
        Some(Err(e)) => register_failed(&e),
        None => failed(),
    }
}

#[derive(Deserialize)]
pub struct CodeQuery {
    kind: CodeKind,
    #[serde(default)]
    q: String,
}

/// Codes that match what is typed, in the operator's language.
pub async fn codes(State(sh): St, headers: HeaderMap, Query(q): Query<CodeQuery>) -> Response {
    let app = &sh.app;
    if operator(app, &headers).is_none() {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let lang = session_lang(app, &headers);
    json(&search::search(q.kind, &q.q, lang.code))
}

fn json(v: &impl serde::Serialize) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        serde_json::to_vec(v).unwrap_or_default(),
    )
        .into_response()
}
