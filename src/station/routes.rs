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
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::sessions::{Notice, Session, SessionId};
use super::{App, TrustSource, pages};

/// The session cookie. Under TLS it carries the `__Host-` prefix: the browser then keeps it only
/// when it is Secure, for this host alone and for every path.
const COOKIE: &str = "ephr_station";
const COOKIE_TLS: &str = "__Host-ephr_station";
/// Largest live frame: 1920 × 1080 grey bytes, as the page sends them.
const MAX_FRAME: usize = 1920 * 1080;
/// Largest upload: an image file of the library's limit, plus the form's own bytes.
const MAX_UPLOAD: usize = ephr::qr::MAX_IMAGE_FILE as usize + 64 * 1024;
/// Largest typed or pasted text: the library's text limit, URL-encoded (base45 text triples
/// at most).
const MAX_FORM_TEXT: usize = 3 * input::MAX_TEXT_INPUT as usize + 1024;
/// Largest trust-list update: the library's limit for a list, plus the form's own bytes.
const MAX_TRUST_UPLOAD: usize = ephr::trust::MAX_TRUST_LIST_LEN + 64 * 1024;
/// Forms that carry next to nothing (sign-in, "Next person").
const MAX_SMALL_FORM: usize = 1024;

/// The content security policy: nothing from anywhere but the station itself, no inline
/// script or style, no frames. Video is the camera's stream, which the page shows.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub(super) struct Shared {
    pub(super) app: Arc<App>,
    /// Image work runs on the blocking pool, at most as many at once as there are cores: a
    /// burst of frames or uploads from many browsers waits (frames are dropped) instead of
    /// slowing every answer. The permit goes with the work, so a client that hangs up does not
    /// free it while its image is still being read.
    scans: Arc<Semaphore>,
}

pub(super) type St = State<Arc<Shared>>;

pub fn router(app: Arc<App>) -> Router {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let shared = Arc::new(Shared {
        app,
        scans: Arc::new(Semaphore::new(cores)),
    });
    let issuing = shared.app.issuing.is_some();
    let mut router = Router::new();
    if issuing {
        use super::issuing;
        router = router
            .route("/issue", get(issuing::home))
            .route(
                "/issue/new",
                post(issuing::new_draft).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
            )
            .route(
                "/issue/follow",
                post(issuing::follow_up).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
            )
            .route("/issue/draft/{id}", get(issuing::form))
            .route("/issue/draft/{id}/preview.pdf", get(issuing::preview))
            .route(
                "/issue/draft/{id}/save",
                post(issuing::save).layer(DefaultBodyLimit::max(ephr::register::MAX_DRAFT_LEN)),
            )
            .route(
                "/issue/draft/{id}/sign",
                post(issuing::sign).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
            )
            .route(
                "/issue/draft/{id}/discard",
                post(issuing::discard).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
            )
            .route(
                "/issue/reprint",
                post(issuing::reprint).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
            )
            .route("/issue/codes", get(issuing::codes));
    }
    router
        .route("/", get(index))
        .route("/results", get(results))
        .route(
            "/add",
            post(add).layer(DefaultBodyLimit::max(MAX_FORM_TEXT)),
        )
        .route(
            "/upload",
            post(upload).layer(DefaultBodyLimit::max(MAX_UPLOAD)),
        )
        .route(
            "/frame",
            post(frame).layer(DefaultBodyLimit::max(MAX_FRAME)),
        )
        .route(
            "/next",
            post(next).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
        )
        .route(
            "/alive",
            post(alive).layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
        )
        .route("/lang", get(set_lang))
        .route("/view", get(set_view))
        .route("/download/{name}", get(download))
        .route(
            "/trust",
            post(trust_update).layer(DefaultBodyLimit::max(MAX_TRUST_UPLOAD)),
        )
        .route(
            "/signin",
            get(signin_page)
                .post(signin)
                .layer(DefaultBodyLimit::max(MAX_SMALL_FORM)),
        )
        .route("/assets/{name}", get(asset))
        .route("/assets/fonts/{name}", get(font))
        .layer(middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

fn cookie_name(app: &App) -> &'static str {
    if app.secure { COOKIE_TLS } else { COOKIE }
}

pub(super) fn cookie_id(app: &App, headers: &HeaderMap) -> Option<SessionId> {
    let name = cookie_name(app);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
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
        "{}={}; Path=/; HttpOnly; SameSite=Strict{secure}",
        cookie_name(app),
        id.as_str()
    ))
    .expect("a session id is hex")
}

/// What a request is answered with, once its session has been changed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// The whole page.
    Page,
    /// The results part (for the page's script).
    Results,
    /// Back to the page.
    Redirect,
}

/// Applies `change` to the request's session (made new when there is none), then answers.
/// Cards are checked and the screen rendered from a copy, outside the sessions' lock and on the
/// blocking pool, so one browser's many cards never hold up another's answers.
async fn answer(
    app: &Arc<App>,
    headers: &HeaderMap,
    what: Answer,
    change: impl FnOnce(&mut Session),
) -> Response {
    let asked = cookie_id(app, headers);
    let made = app.sessions.with(
        asked.as_ref(),
        || browser_lang(headers),
        |s| {
            change(s);
            (what != Answer::Redirect).then(|| s.snapshot())
        },
    );
    let Ok((id, copy)) = made else {
        return full();
    };
    let mut response = match copy {
        None => Redirect::to("/").into_response(),
        Some(mut copy) => {
            let app = app.clone();
            tokio::task::spawn_blocking(move || {
                Html(if what == Answer::Page {
                    pages::page(&app, &mut copy)
                } else {
                    pages::results(&app, &mut copy)
                })
                .into_response()
            })
            .await
            .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    };
    if asked.as_ref() != Some(&id) {
        response
            .headers_mut()
            .insert(header::SET_COOKIE, set_cookie(app, &id));
    }
    response
}

fn full() -> Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "every session of this station is in use; try again in a minute",
    )
        .into_response()
}

fn from_script(headers: &HeaderMap) -> bool {
    headers.get("x-station").is_some_and(|v| v == "fetch")
}

/// After a form: the results part for the page's script, else back to the page.
fn after_form(headers: &HeaderMap) -> Answer {
    if from_script(headers) {
        Answer::Results
    } else {
        Answer::Redirect
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
    } else if cross_site_refused(&req) {
        (StatusCode::FORBIDDEN, "cross-site request refused").into_response()
    } else if sh.app.access_code.is_some() && !open_path(req.uri().path()) {
        // Looked up without making a session: requests without the access code cannot crowd
        // out the sessions of signed-in browsers.
        let signed = cookie_id(&sh.app, headers).is_some_and(|id| sh.app.sessions.signed_in(&id));
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
    if let Some(v6) = host.strip_prefix('[') {
        return v6.split_once(']').is_some_and(|(addr, rest)| {
            addr == "::1"
                && (rest.is_empty()
                    || rest
                        .strip_prefix(':')
                        .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
        });
    }
    let name = match host.rsplit_once(':') {
        Some((n, port)) if port.bytes().all(|b| b.is_ascii_digit()) => n,
        _ => host,
    };
    matches!(name, "127.0.0.1" | "localhost" | "[::1]")
}

fn open_path(path: &str) -> bool {
    path == "/signin" || path.starts_with("/assets/")
}

/// A request another site's page made: a form it sent (the browser says so in `Sec-Fetch-Site`,
/// or its `Origin` is not this host), or anything but a plain navigation (an image or a script
/// pointed at the station, which would only make sessions). The cookie's SameSite=Strict
/// already keeps the session out of such requests; this refuses them outright.
fn cross_site_refused(req: &Request) -> bool {
    let h = req.headers();
    let form = req.method() != Method::GET && req.method() != Method::HEAD;
    if let Some(site) = h.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        let same = matches!(site, "same-origin" | "none");
        let navigation = h.get("sec-fetch-mode").is_some_and(|m| m == "navigate");
        return !same && (form || !navigation);
    }
    if !form {
        return false;
    }
    // Over HTTP/2 the host is the request's authority, not a Host header.
    let host = h
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    match (h.get(header::ORIGIN).and_then(|v| v.to_str().ok()), host) {
        (None, _) => false,
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, o)| o) != Some(host),
        (Some(_), None) => true,
    }
}

async fn index(State(sh): St, headers: HeaderMap) -> Response {
    answer(&sh.app, &headers, Answer::Page, |_| ()).await
}

async fn results(State(sh): St, headers: HeaderMap) -> Response {
    answer(&sh.app, &headers, Answer::Results, |_| ()).await
}

/// The page says it is in use (keys, clicks), so that the session does not expire under a
/// clinician who is reading or typing.
async fn alive(State(sh): St, headers: HeaderMap) -> Response {
    match cookie_id(&sh.app, &headers) {
        Some(id) if sh.app.sessions.existing(&id, |_| ()).is_some() => {
            StatusCode::NO_CONTENT.into_response()
        }
        _ => StatusCode::GONE.into_response(),
    }
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
    answer(&sh.app, &headers, after_form(&headers), |s| take(s, found)).await
}

/// Why an upload could not be taken.
enum Upload {
    /// Larger than the station accepts (that many bytes).
    TooLarge(usize),
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
            Upload::TooLarge(limit) => lang.fmt(
                "station-too-large",
                &[("mb", &(limit / (1024 * 1024)).to_string())],
            ),
            Upload::Failed(s) => s.clone(),
        }
    }
}

/// The first file of a form, with its name made safe to show. `limit` is the route's body
/// limit, for the message when a file is larger.
async fn first_file(mut form: Multipart, limit: usize) -> Result<(String, Bytes), Upload> {
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
                Upload::TooLarge(limit)
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
    let found = match first_file(form, ephr::qr::MAX_IMAGE_FILE as usize).await {
        Ok((name, bytes)) => match sh.scans.clone().acquire_owned().await {
            Ok(permit) => tokio::task::spawn_blocking(move || {
                let _permit: OwnedSemaphorePermit = permit;
                input::from_bytes(&name, &bytes).map_err(|e| Upload::Failed(e.to_string()))
            })
            .await
            .unwrap_or_else(|_| Err("the file could not be read".into())),
            Err(_) => Err("the station is stopping".into()),
        },
        Err(e) => Err(e),
    };
    answer(&sh.app, &headers, after_form(&headers), |s| {
        let found = found.map_err(|e| e.text(s.lang));
        take(s, found);
    })
    .await
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
    let Ok(permit) = sh.scans.clone().try_acquire_owned() else {
        return StatusCode::NO_CONTENT.into_response();
    };
    let texts = tokio::task::spawn_blocking(move || {
        let _permit: OwnedSemaphorePermit = permit;
        image::GrayImage::from_raw(w, h, body.to_vec())
            .map(|img| ephr::qr::scan_frame(&img))
            .unwrap_or_default()
    })
    .await
    .unwrap_or_default();
    if texts.is_empty() {
        return StatusCode::NO_CONTENT.into_response();
    }
    let found: Vec<Candidate> = texts
        .iter()
        .flat_map(|t| input::text_candidates("camera", t))
        .collect();
    answer(&sh.app, &headers, Answer::Results, |s| take(s, Ok(found))).await
}

async fn next(State(sh): St, headers: HeaderMap) -> Response {
    let asked = cookie_id(&sh.app, &headers);
    let (lang, signed_in, operator) = asked
        .as_ref()
        .and_then(|id| {
            sh.app
                .sessions
                .existing(id, |s| (s.lang, s.signed_in, s.operator.clone()))
        })
        .unwrap_or_else(|| (browser_lang(&headers), false, None));
    let Ok(id) = sh
        .app
        .sessions
        .renew(asked.as_ref(), lang, signed_in, operator)
    else {
        return full();
    };
    sh.app
        .sessions
        .existing(&id, |s| s.notice = Some(Notice::Cleared));
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
    answer(&sh.app, &headers, Answer::Redirect, |s| {
        if let Some(l) = Lang::get(&q.code) {
            s.lang = l;
            s.person_view = false;
        }
    })
    .await
}

#[derive(Deserialize)]
struct ViewQuery {
    person: u8,
}

async fn set_view(State(sh): St, headers: HeaderMap, Query(q): Query<ViewQuery>) -> Response {
    answer(&sh.app, &headers, Answer::Redirect, |s| {
        s.person_view = q.person == 1;
    })
    .await
}

pub(super) fn refusal(lang: Lang, text: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"/assets/station.css\"><title>{}</title><main class=\"refusal\"><p class=\"notice bad\">{}</p><p><a class=\"button\" href=\"/\">{}</a></p></main>",
        lang.code,
        if lang.rtl { "rtl" } else { "ltr" },
        pages::escape(lang.t("station-title")),
        pages::escape(text),
        pages::escape(lang.t("station-title")),
    );
    (StatusCode::CONFLICT, Html(body)).into_response()
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
    // The session's cards and languages, copied out so that the PDF is made without holding
    // the sessions' lock. No session, no download (and none is made here).
    let Some(session) =
        cookie_id(&app, &headers).and_then(|id| app.sessions.existing(&id, |s| s.snapshot()))
    else {
        return Redirect::to("/").into_response();
    };
    let clinic = session.lang;
    if let Some(stale) = app.strict_refusal() {
        return refusal(clinic, &format!("--strict: {stale}"));
    }
    let work = move || -> Response {
        let pages::Checking { report } = pages::check(&app, &session);
        let lang = pages::view_language(&session, &report);
        let person = report.person_language().unwrap_or(clinic);
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
            "entries.phr" => match ephr::assemble::assemble_checked(report.checked()) {
                Ok(a) => attachment(
                    "application/octet-stream",
                    "entries.phr",
                    a.bundle.to_bytes(),
                ),
                Err(e) => refusal(lang, &e.to_string()),
            },
            _ => StatusCode::NOT_FOUND.into_response(),
        }
    };
    let Ok(permit) = sh.scans.clone().acquire_owned().await else {
        return full();
    };
    tokio::task::spawn_blocking(move || {
        let _permit: OwnedSemaphorePermit = permit;
        work()
    })
    .await
    .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// A trust list from a file (a USB stick): installed through the store under every rule of
/// `ephr trust install` (anchor, rollback, equivocation, rotation).
async fn trust_update(State(sh): St, headers: HeaderMap, form: Multipart) -> Response {
    let app = sh.app.clone();
    let lang = cookie_id(&app, &headers)
        .and_then(|id| app.sessions.existing(&id, |s| s.lang))
        .unwrap_or_else(|| browser_lang(&headers));
    let outcome: Result<String, String> = match &app.source {
        // Refused before the file is read.
        TrustSource::Fixed => Err(lang.t("station-trust-fixed").to_owned()),
        TrustSource::Store(store) => {
            match first_file(form, ephr::trust::MAX_TRUST_LIST_LEN).await {
                Err(e) => Err(e.text(lang)),
                Ok((_, bytes)) => install(&app, store, bytes, lang).await,
            }
        }
    };
    answer(&app, &headers, Answer::Redirect, |s| {
        s.notice = Some(match outcome {
            Ok(text) => Notice::Trust { ok: true, text },
            Err(reason) => Notice::Trust {
                ok: false,
                text: s.lang.fmt("station-trust-refused", &[("reason", &reason)]),
            },
        });
    })
    .await
}

async fn install(
    app: &App,
    store: &ephr::store::TrustStore,
    bytes: Bytes,
    lang: Lang,
) -> Result<String, String> {
    {
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
                    Installed::New { sequence } | Installed::Updated { to: sequence, .. } => lang
                        .fmt(
                            "station-trust-installed",
                            &[("version", &sequence.to_string())],
                        ),
                })
            }
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("the list could not be read".into()),
        }
    }
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
    /// On an issuing station: who is signing in.
    #[serde(default)]
    operator: String,
}

async fn signin(State(sh): St, headers: HeaderMap, axum::Form(c): axum::Form<Code>) -> Response {
    let Some(code) = &sh.app.access_code else {
        return Redirect::to("/").into_response();
    };
    let lang = browser_lang(&headers);
    let operator = if sh.app.issuing.is_some() {
        match ephr::register::operator_name(&c.operator) {
            Some(o) => Some(o),
            None => {
                return (
                    StatusCode::UNAUTHORIZED,
                    Html(pages::signin(&sh.app, lang, true)),
                )
                    .into_response();
            }
        }
    } else {
        None
    };
    let right = if sh.app.personal_sign_in() {
        // The operator's own passphrase, checked by the register (scrypt: off the async threads).
        let name = operator.clone().unwrap_or_default();
        let typed = zeroize::Zeroizing::new(c.code);
        let app = Arc::clone(&sh.app);
        tokio::task::spawn_blocking(move || {
            app.issuing.as_ref().is_some_and(|site| {
                site.register(|r| r.check_operator(&name, &typed).unwrap_or(false))
            })
        })
        .await
        .unwrap_or(false)
    } else {
        code.matches(&c.code)
    };
    if !right {
        // Each wrong code is answered a second later: with about 60 bits, guessing is hopeless
        // either way, and a mistyped code is not hammered at.
        tokio::time::sleep(Duration::from_secs(1)).await;
        return (
            StatusCode::UNAUTHORIZED,
            Html(pages::signin(&sh.app, lang, true)),
        )
            .into_response();
    }
    // A new session id on signing in, so that an id seen before it is worth nothing.
    let Ok(id) = sh
        .app
        .sessions
        .renew(cookie_id(&sh.app, &headers).as_ref(), lang, true, operator)
    else {
        return full();
    };
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
        "issue.js" => (
            include_bytes!("assets/issue.js"),
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
