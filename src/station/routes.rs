//! The station's HTTP interface: what each address does, what it accepts (sizes are the
//! library's limits), and the headers every answer carries.
//!
//! Forms work without JavaScript (each answers with a redirect to the page); the page's script
//! sends the same forms with `X-Station: fetch` and gets the results part back, so that the
//! camera keeps running and the scanner input keeps its focus.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use ephr::booklet::{self, BookletOptions, Layout};
use ephr::input::{self, Candidate};
use ephr::labels::Lang;
use ephr::store::Installed;
use serde::Deserialize;
use tokio::sync::Semaphore;

use super::sessions::{Notice, Session, SessionId};
use super::{App, TrustSource, pages};

const COOKIE: &str = "ephr_station";
/// Largest live frame: 1920 × 1080 grey bytes, as the page sends them.
const MAX_FRAME: usize = 1920 * 1080;
/// Largest upload: an image file of the library's limit, plus the form's own bytes.
const MAX_UPLOAD: usize = ephr::qr::MAX_IMAGE_FILE as usize + 64 * 1024;

/// The content security policy: nothing from anywhere but the station itself, no inline
/// script or style, no frames. Video is the camera's stream, which the page shows.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

struct Shared {
    app: Arc<App>,
    /// Image work runs on the blocking pool, at most as many at once as there are cores: a
    /// burst of frames or uploads from many browsers waits (frames are dropped) instead of
    /// slowing every answer.
    scans: Semaphore,
}

type St = State<Arc<Shared>>;

pub fn router(app: Arc<App>) -> Router {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let shared = Arc::new(Shared {
        app,
        scans: Semaphore::new(cores),
    });
    Router::new()
        .route("/", get(index))
        .route("/results", get(results))
        .route(
            "/add",
            post(add).layer(DefaultBodyLimit::max(input::MAX_TEXT_INPUT as usize)),
        )
        .route(
            "/upload",
            post(upload).layer(DefaultBodyLimit::max(MAX_UPLOAD)),
        )
        .route(
            "/frame",
            post(frame).layer(DefaultBodyLimit::max(MAX_FRAME)),
        )
        .route("/next", post(next))
        .route("/lang", get(set_lang))
        .route("/view", get(set_view))
        .route("/download/{name}", get(download))
        .route(
            "/trust",
            post(trust_update).layer(DefaultBodyLimit::max(MAX_UPLOAD)),
        )
        .route("/signin", get(signin_page).post(signin))
        .route("/assets/{name}", get(asset))
        .route("/assets/fonts/{name}", get(font))
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

fn cookie_id(headers: &HeaderMap) -> Option<SessionId> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .and_then(|(_, v)| SessionId::parse(v))
}

fn browser_lang(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or_else(Lang::english)
}

fn set_cookie(app: &App, id: &SessionId) -> HeaderValue {
    let secure = if app.secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={}; Path=/; HttpOnly; SameSite=Strict{secure}",
        id.as_str()
    ))
    .expect("a session id is hex")
}

/// Runs `f` on the request's session and adds the cookie when the session is new.
fn in_session(
    app: &App,
    headers: &HeaderMap,
    f: impl FnOnce(&mut Session) -> Response,
) -> Response {
    let asked = cookie_id(headers);
    let (id, mut response) = app
        .sessions
        .with(asked.as_ref(), || browser_lang(headers), f);
    if asked.as_ref() != Some(&id) {
        response
            .headers_mut()
            .insert(header::SET_COOKIE, set_cookie(app, &id));
    }
    response
}

fn from_script(headers: &HeaderMap) -> bool {
    headers.get("x-station").is_some_and(|v| v == "fetch")
}

/// After a form: the results part for the page's script, else back to the page.
fn after_form(app: &App, headers: &HeaderMap, s: &mut Session) -> Response {
    if from_script(headers) {
        Html(pages::results(app, s)).into_response()
    } else {
        Redirect::to("/").into_response()
    }
}

/// Headers on every answer, the cross-site check on every form, and the sign-in.
async fn guard(State(sh): St, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let mut response = if !sh.app.secure && !loopback_host(headers) {
        // On loopback, a page of another site whose name was made to point at 127.0.0.1 (DNS
        // rebinding) reaches the station under that name: refused.
        (
            StatusCode::MISDIRECTED_REQUEST,
            "this station answers to 127.0.0.1 or localhost only",
        )
            .into_response()
    } else if req.method() != Method::GET && req.method() != Method::HEAD && cross_site(headers) {
        (StatusCode::FORBIDDEN, "cross-site request refused").into_response()
    } else if sh.app.access_code.is_some() && !open_path(req.uri().path()) {
        // Looked up without making a session: requests without the access code cannot crowd
        // out the sessions of signed-in browsers.
        let signed = cookie_id(headers).is_some_and(|id| sh.app.sessions.signed_in(&id));
        if signed {
            next.run(req).await
        } else if from_script(headers) || req.uri().path() == "/frame" {
            (StatusCode::UNAUTHORIZED, "sign in first").into_response()
        } else {
            Redirect::to("/signin").into_response()
        }
    } else {
        next.run(req).await
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(self), microphone=(), geolocation=()"),
    );
    if !h.contains_key(header::CACHE_CONTROL) {
        // Health data: never kept in the browser's cache either.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn loopback_host(h: &HeaderMap) -> bool {
    let Some(host) = h.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let name = match host.rsplit_once(':') {
        Some((n, port)) if port.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => host,
    };
    matches!(name, "127.0.0.1" | "localhost" | "[::1]")
}

fn open_path(path: &str) -> bool {
    path == "/signin" || path.starts_with("/assets/")
}

/// A form sent from another site's page (the browser says so in `Sec-Fetch-Site`, or its
/// `Origin` is not this host). The cookie's SameSite=Strict already keeps the session out of
/// such requests; this refuses them outright.
fn cross_site(h: &HeaderMap) -> bool {
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return !matches!(site, "same-origin" | "none");
    }
    match (
        h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        h.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, o)| o) != Some(host),
        _ => false,
    }
}

async fn index(State(sh): St, headers: HeaderMap) -> Response {
    in_session(&sh.app, &headers, |s| {
        Html(pages::page(&sh.app, s)).into_response()
    })
}

async fn results(State(sh): St, headers: HeaderMap) -> Response {
    in_session(&sh.app, &headers, |s| {
        Html(pages::results(&sh.app, s)).into_response()
    })
}

fn take(s: &mut Session, found: Result<Vec<Candidate>, String>) {
    s.notice = Some(match found {
        Ok(c) => match s.add(c) {
            Ok((new, repeated)) => Notice::Added { new, repeated },
            Err(_) => Notice::Full,
        },
        Err(reason) => Notice::Unreadable(reason),
    });
}

#[derive(Deserialize)]
struct Text {
    text: String,
}

async fn add(State(sh): St, headers: HeaderMap, axum::Form(t): axum::Form<Text>) -> Response {
    let found = input::from_bytes("scanner", t.text.as_bytes()).map_err(|e| e.to_string());
    in_session(&sh.app, &headers, |s| {
        take(s, found);
        after_form(&sh.app, &headers, s)
    })
}

/// Why an upload could not be taken.
enum Upload {
    /// Larger than the station accepts.
    TooLarge,
    /// Anything else, in words.
    Failed(String),
}

impl From<&str> for Upload {
    fn from(s: &str) -> Self {
        Upload::Failed(s.to_owned())
    }
}

impl Upload {
    fn text(&self, lang: Lang) -> String {
        match self {
            Upload::TooLarge => lang.fmt(
                "station-too-large",
                &[(
                    "mb",
                    &(ephr::qr::MAX_IMAGE_FILE / (1024 * 1024)).to_string(),
                )],
            ),
            Upload::Failed(s) => s.clone(),
        }
    }
}

/// The first file of a form, with its name made safe to show.
async fn first_file(mut form: Multipart) -> Result<(String, Bytes), Upload> {
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let name: String = field
            .file_name()
            .unwrap_or("upload")
            .chars()
            .filter(|c| !c.is_control())
            .take(80)
            .collect();
        let bytes = field.bytes().await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Upload::TooLarge
            } else {
                Upload::Failed(format!("the upload was cut off ({})", e.body_text()))
            }
        })?;
        if bytes.is_empty() {
            return Err("no file was chosen".into());
        }
        return Ok((
            if name.is_empty() {
                "upload".into()
            } else {
                name
            },
            bytes,
        ));
    }
    Err("no file was chosen".into())
}

async fn upload(State(sh): St, headers: HeaderMap, form: Multipart) -> Response {
    let found = match first_file(form).await {
        Ok((name, bytes)) => {
            let permit = sh.scans.acquire().await;
            let r = tokio::task::spawn_blocking(move || {
                input::from_bytes(&name, &bytes).map_err(|e| Upload::Failed(e.to_string()))
            })
            .await
            .unwrap_or_else(|_| Err("the file could not be read".into()));
            drop(permit);
            r
        }
        Err(e) => Err(e),
    };
    in_session(&sh.app, &headers, |s| {
        let found = found.map_err(|e| e.text(s.lang));
        take(s, found);
        after_form(&sh.app, &headers, s)
    })
}

/// One camera frame, grey, `x-width` × `x-height` bytes. Answers 204 when no card is in it
/// (or the station is busy: the next frame is the retry), else the results part.
async fn frame(State(sh): St, headers: HeaderMap, body: Bytes) -> Response {
    let dim = |k: &str| {
        headers
            .get(k)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u32>().ok())
    };
    let (Some(w), Some(h)) = (dim("x-width"), dim("x-height")) else {
        return (StatusCode::BAD_REQUEST, "x-width and x-height are needed").into_response();
    };
    if u64::from(w) * u64::from(h) != body.len() as u64
        || body.len() > MAX_FRAME
        || w.min(h) < ephr::qr::MIN_SIDE
    {
        return (StatusCode::BAD_REQUEST, "the frame's size does not match").into_response();
    }
    let Ok(permit) = sh.scans.try_acquire() else {
        return StatusCode::NO_CONTENT.into_response();
    };
    let texts = tokio::task::spawn_blocking(move || {
        image::GrayImage::from_raw(w, h, body.to_vec())
            .map(|img| ephr::qr::scan_frame(&img))
            .unwrap_or_default()
    })
    .await
    .unwrap_or_default();
    drop(permit);
    if texts.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let found: Vec<Candidate> = texts
        .iter()
        .flat_map(|t| input::text_candidates("camera", t))
        .collect();
    in_session(&sh.app, &headers, |s| {
        take(s, Ok(found));
        Html(pages::results(&sh.app, s)).into_response()
    })
}

async fn next(State(sh): St, headers: HeaderMap) -> Response {
    let asked = cookie_id(&headers);
    let (lang, signed_in) = asked
        .as_ref()
        .map(|id| {
            sh.app
                .sessions
                .with(
                    Some(id),
                    || browser_lang(&headers),
                    |s| (s.lang, s.signed_in),
                )
                .1
        })
        .unwrap_or_else(|| (browser_lang(&headers), false));
    let id = sh.app.sessions.renew(asked.as_ref(), lang, signed_in);
    sh.app.sessions.with(Some(&id), Lang::english, |s| {
        s.notice = Some(Notice::Cleared)
    });
    let mut r = Redirect::to("/").into_response();
    r.headers_mut()
        .insert(header::SET_COOKIE, set_cookie(&sh.app, &id));
    r
}

#[derive(Deserialize)]
struct LangQuery {
    code: String,
}

async fn set_lang(State(sh): St, headers: HeaderMap, Query(q): Query<LangQuery>) -> Response {
    in_session(&sh.app, &headers, |s| {
        if let Some(l) = Lang::get(&q.code) {
            s.lang = l;
            s.person_view = false;
        }
        Redirect::to("/").into_response()
    })
}

#[derive(Deserialize)]
struct ViewQuery {
    person: u8,
}

async fn set_view(State(sh): St, headers: HeaderMap, Query(q): Query<ViewQuery>) -> Response {
    in_session(&sh.app, &headers, |s| {
        s.person_view = q.person == 1;
        Redirect::to("/").into_response()
    })
}

fn refusal(lang: Lang, text: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"/assets/station.css\"><title>{}</title><main class=\"refusal\"><p class=\"notice bad\">{}</p><p><a class=\"button\" href=\"/\">{}</a></p></main>",
        lang.code,
        if lang.rtl { "rtl" } else { "ltr" },
        escape(lang.t("station-title")),
        escape(text),
        escape(lang.t("station-title")),
    );
    (StatusCode::CONFLICT, Html(body)).into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn attachment(content_type: &'static str, name: &str, bytes: Vec<u8>) -> Response {
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// The downloads: the booklet, A4 sheets, wallet card and confidential insert (the library's
/// print plan decides what each may hold), the FHIR document and the bundle. Made in memory
/// and sent; the station keeps no copy.
async fn download(State(sh): St, headers: HeaderMap, Path(name): Path<String>) -> Response {
    let app = sh.app.clone();
    let asked = cookie_id(&headers);
    let Some(id) = asked else {
        return Redirect::to("/").into_response();
    };
    // The session's cards and languages, copied out so that the PDF is made without holding
    // the sessions' lock.
    let (_, (cards, clinic, person_view)) = app.sessions.with(
        Some(&id),
        || browser_lang(&headers),
        |s| (s.cards.clone(), s.lang, s.person_view),
    );
    let work = move || -> Response {
        let session = Session::detached(cards, clinic, person_view);
        let pages::Checking { report } = pages::check(&app, &session);
        let lang = pages::view_language(&session, &report);
        let person = pages::person_language(&report).unwrap_or(clinic);
        let printed = |layout: Layout, insert: bool| -> Response {
            let plan = match booklet::plan(report.history(), layout, true) {
                Ok(p) => p,
                Err(e) => return refusal(lang, &format!("{e}; {}", e.hint())),
            };
            let job = if insert { plan.insert } else { plan.booklet };
            let Some(job) = job else {
                return StatusCode::NOT_FOUND.into_response();
            };
            let opts = match BookletOptions::new(job.layout, clinic.code, person.code) {
                Ok(o) => o,
                Err(e) => return refusal(lang, &e.to_string()),
            };
            match booklet::render(&job.entries, &opts) {
                Ok(pdf) => attachment(
                    "application/pdf",
                    match (insert, layout) {
                        (true, _) => "confidential-insert.pdf",
                        (false, Layout::A4) => "health-record-a4.pdf",
                        (false, Layout::Card) => "health-record-card.pdf",
                        (false, Layout::Booklet) => "health-record-booklet.pdf",
                    },
                    pdf.bytes,
                ),
                Err(e) => refusal(lang, &e.to_string()),
            }
        };
        match name.as_str() {
            "booklet.pdf" => printed(Layout::Booklet, false),
            "a4.pdf" => printed(Layout::A4, false),
            "wallet.pdf" => printed(Layout::Card, false),
            "insert.pdf" => printed(Layout::Booklet, true),
            "ips.json" => match ephr::fhir::export_checked(report.checked(), app.now()) {
                Ok(doc) => attachment(
                    "application/fhir+json",
                    "ips.json",
                    serde_json::to_vec_pretty(&doc).unwrap_or_default(),
                ),
                Err(e) => refusal(lang, &e.to_string()),
            },
            "entries.phr" => {
                let valid = report
                    .checked()
                    .iter()
                    .zip(&session.cards)
                    .filter(|(c, _)| c.result.is_ok())
                    .map(|(_, cand)| (cand.source.as_str(), cand.parse()));
                match ephr::assemble::assemble_parsed(valid) {
                    Ok(a) => attachment(
                        "application/octet-stream",
                        "entries.phr",
                        a.bundle.to_bytes(),
                    ),
                    Err(e) => refusal(lang, &e.to_string()),
                }
            }
            _ => StatusCode::NOT_FOUND.into_response(),
        }
    };
    let permit = sh.scans.acquire().await;
    let r = tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response());
    drop(permit);
    r
}

/// A trust list from a file (a USB stick): installed through the store under every rule of
/// `ephr trust install` (anchor, rollback, equivocation, rotation).
async fn trust_update(State(sh): St, headers: HeaderMap, form: Multipart) -> Response {
    let app = sh.app.clone();
    let lang_of = |s: &mut Session| s.lang;
    let (_, lang) = app.sessions.with(
        cookie_id(&headers).as_ref(),
        || browser_lang(&headers),
        lang_of,
    );
    let outcome: Result<String, String> = match (&app.source, first_file(form).await) {
        (TrustSource::Fixed, _) => Err(lang.t("station-trust-fixed").to_owned()),
        (_, Err(e)) => Err(e.text(lang)),
        (TrustSource::Store(store), Ok((_, bytes))) => {
            let store = store.clone();
            let r = tokio::task::spawn_blocking(move || {
                let installed = store.install(&bytes, None)?;
                let loaded = store.load()?;
                Ok::<_, ephr::TrustError>((installed, loaded))
            })
            .await;
            match r {
                Ok(Ok((installed, loaded))) => {
                    if let Ok(mut t) = app.trust.write() {
                        *t = loaded;
                    }
                    Ok(match installed {
                        Installed::Unchanged { .. } => lang.t("station-trust-unchanged").to_owned(),
                        Installed::New { sequence } | Installed::Updated { to: sequence, .. } => {
                            lang.fmt(
                                "station-trust-installed",
                                &[("version", &sequence.to_string())],
                            )
                        }
                    })
                }
                Ok(Err(e)) => Err(e.to_string()),
                Err(_) => Err("the list could not be read".into()),
            }
        }
    };
    in_session(&app, &headers, |s| {
        s.notice = Some(match outcome {
            Ok(text) => Notice::Trust { ok: true, text },
            Err(reason) => Notice::Trust {
                ok: false,
                text: s.lang.fmt("station-trust-refused", &[("reason", &reason)]),
            },
        });
        Redirect::to("/").into_response()
    })
}

async fn signin_page(State(sh): St, headers: HeaderMap) -> Response {
    if sh.app.access_code.is_none() {
        return Redirect::to("/").into_response();
    }
    Html(pages::signin(&sh.app, browser_lang(&headers), false)).into_response()
}

#[derive(Deserialize)]
struct Code {
    code: String,
}

async fn signin(State(sh): St, headers: HeaderMap, axum::Form(c): axum::Form<Code>) -> Response {
    let Some(code) = &sh.app.access_code else {
        return Redirect::to("/").into_response();
    };
    let lang = browser_lang(&headers);
    if !code.matches(&c.code) {
        // Each wrong guess costs a second: about 58 bits of code cannot be guessed this way.
        tokio::time::sleep(Duration::from_secs(1)).await;
        return (
            StatusCode::UNAUTHORIZED,
            Html(pages::signin(&sh.app, lang, true)),
        )
            .into_response();
    }
    // A new session id on signing in, so that an id seen before it is worth nothing.
    let id = sh
        .app
        .sessions
        .renew(cookie_id(&headers).as_ref(), lang, true);
    let mut r = Redirect::to("/").into_response();
    r.headers_mut()
        .insert(header::SET_COOKIE, set_cookie(&sh.app, &id));
    r
}

async fn asset(Path(name): Path<String>) -> Response {
    let (body, kind): (&'static [u8], &'static str) = match name.as_str() {
        "station.css" => (
            include_bytes!("assets/station.css"),
            "text/css; charset=utf-8",
        ),
        "station.js" => (
            include_bytes!("assets/station.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    static_response(body, kind)
}

async fn font(Path(name): Path<String>) -> Response {
    match booklet::embedded_font(&name) {
        Some(bytes) => static_response(bytes, "font/ttf"),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn static_response(body: &'static [u8], kind: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}
