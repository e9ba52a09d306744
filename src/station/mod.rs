//! `ephr station`: the clinic's page in a browser. A front-end like the command: it reads what
//! the clinician hands over (camera frames, a scanner's typing, uploads, pasted text), calls the
//! library, and shows the result. Every rule it applies (what a card is, whether it is valid,
//! how entries merge, what prints, what exports, how a trust list is installed) is the
//! library's.
//!
//! - [`sessions`]: one clinician's browser, what it has been shown, and its clearing;
//! - [`pages`]: the screens (askama templates in `templates/`, checked when compiled);
//! - [`routes`]: the HTTP interface, its limits and headers;
//! - [`access`]: loopback, TLS and the sign-in;
//! - [`issuing`]: `--issue`, the assessment site's forms, signing and register.

mod access;
mod issuing;
mod pages;
mod routes;
mod sessions;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use clap::Args;
use ephr::store::TrustStore;
use ephr::{PublicKey, TrustList};

use crate::cli::args::TrustArgs;

/// `ephr station` arguments.
#[derive(Args, Debug)]
pub struct StationArgs {
    #[command(flatten)]
    pub trust: TrustArgs,
    /// Address and port to listen on. The default serves this computer only. Any other
    /// address (e.g. 0.0.0.0:8750, for a phone on the clinic network) turns on TLS and a
    /// sign-in with the access code printed at start.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8750")]
    pub listen: SocketAddr,
    /// TLS certificate chain (PEM) for a non-loopback address. Without it a self-signed
    /// certificate is made at start and its SHA-256 fingerprint printed, to compare on the phone.
    #[arg(long, value_name = "CERT.pem", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's private key (PEM).
    #[arg(long, value_name = "KEY.pem", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Serve TLS with a sign-in on the loopback address too (for tests of the phone set-up).
    #[arg(long)]
    pub tls: bool,
    /// Minutes without use after which a browser's session is cleared.
    #[arg(long, value_name = "MINUTES", default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=120))]
    pub idle_minutes: u32,
    /// Check cards as of this time (RFC 3339 or YYYY-MM-DD) instead of now: for demonstrations
    /// and tests.
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    /// Issue cards here: the assessment site's station, with forms, signing, printing and the
    /// site register. Every browser signs in with an operator name and the access code, or,
    /// once operators are added with `ephr register operator add`, with their own passphrase.
    #[arg(long, requires_all = ["key", "authority"])]
    pub issue: bool,
    /// With --issue: the site's private key, unlocked once at start (the passphrase is asked on
    /// the terminal, or read with --passphrase-file).
    #[arg(long, value_name = "KEY.pem", requires = "issue")]
    pub key: Option<PathBuf>,
    /// With --issue: the authority id the key is listed under in the trust list.
    #[arg(long, value_name = "ID", requires = "issue")]
    pub authority: Option<String>,
    #[command(flatten)]
    pub pass: crate::cli::args::KeyPassphrase,
    /// With --issue: the register file (default: register.sqlite in the ephr data directory).
    #[arg(long, value_name = "FILE", requires = "issue")]
    pub register: Option<PathBuf>,
}

/// Where the station finds its trust list.
pub(crate) enum TrustSource {
    /// The installed store: updates from the page go through [`TrustStore::install`].
    Store(TrustStore),
    /// `--trust`/`--anchor`: fixed for the life of the station.
    Fixed,
}

/// Everything the handlers share.
pub(crate) struct App {
    pub trust: RwLock<(TrustList, PublicKey)>,
    pub source: TrustSource,
    pub sessions: sessions::Sessions,
    /// A fixed checking time (`--at`), else the clock.
    pub at: Option<i64>,
    /// The sign-in code, when the station is reachable from the network.
    pub access_code: Option<access::AccessCode>,
    /// Cookies are marked Secure (TLS).
    pub secure: bool,
    /// `--strict`: an out-of-date trust list is a failure, not a warning.
    pub strict: bool,
    /// `--issue`: the site that signs here.
    pub issuing: Option<issuing::Site>,
}

impl App {
    pub fn now(&self) -> i64 {
        self.at.unwrap_or_else(ephr::date::now)
    }

    /// With `--strict`, the out-of-date warning that stops every check; `None` otherwise.
    pub fn strict_refusal(&self) -> Option<String> {
        let (list, _) = self.trust();
        match list.freshness(self.now(), self.strict) {
            ephr::trust::Freshness::Refused(w) => Some(w),
            _ => None,
        }
    }

    /// Operators sign in with their own passphrases (the register's rule,
    /// `Register::requires_operator_passphrase`).
    pub fn personal_sign_in(&self) -> bool {
        self.issuing
            .as_ref()
            .is_some_and(|site| site.register(|r| r.requires_operator_passphrase()))
    }

    pub fn trust(&self) -> (TrustList, PublicKey) {
        match self.trust.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }
}

/// Runs the station until Ctrl-C. Returns the exit status.
pub fn run(a: StationArgs, at: Option<i64>) -> Result<i32, String> {
    let (source, list, anchor) = match (&a.trust.trust, &a.trust.anchor) {
        (Some(t), Some(an)) => {
            let anchor = PublicKey::read(an).map_err(|e| format!("--anchor: {e}"))?;
            let list = TrustList::read(t, &anchor).map_err(|e| format!("--trust: {e}"))?;
            (TrustSource::Fixed, list, anchor)
        }
        _ => {
            let store = TrustStore::locate().map_err(|e| e.to_string())?;
            let (list, anchor) = store.load().map_err(|e| {
                format!("{e}\nhint: install the trust list first (`ephr trust install LIST --anchor ANCHOR.pub.pem`), or give --trust and --anchor")
            })?;
            (TrustSource::Store(store), list, anchor)
        }
    };
    // --strict is applied to every check (a list can go out of date while the station runs);
    // one that is already out of date stops the start, so that the operator hears of it here.
    if let ephr::trust::Freshness::Refused(w) =
        list.freshness(at.unwrap_or_else(ephr::date::now), a.trust.strict)
    {
        return Err(format!(
            "--strict: the trust list is out of date; the station does not start\nhint: {w}"
        ));
    }
    let issuing = if a.issue {
        Some(issuing_site(&a, &list, at)?)
    } else {
        None
    };
    let remote = !a.listen.ip().is_loopback();
    let tls = remote || a.tls;
    let tls_material = if tls {
        Some(access::TlsMaterial::load_or_make(
            a.tls_cert.as_deref(),
            a.tls_key.as_deref(),
            &a.listen,
        )?)
    } else {
        None
    };
    // An issuing station always asks who is there: the register records who signed each entry.
    let access_code = (tls || issuing.is_some()).then(access::AccessCode::new);
    let app = Arc::new(App {
        trust: RwLock::new((list, anchor)),
        source,
        sessions: sessions::Sessions::new(Duration::from_secs(u64::from(a.idle_minutes) * 60)),
        at,
        access_code,
        secure: tls,
        strict: a.trust.strict,
        issuing,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(serve(app, a.listen, tls_material))
}

/// Unlocks the site's key, checks it against the trust list, and opens the register.
fn issuing_site(
    a: &StationArgs,
    list: &TrustList,
    at: Option<i64>,
) -> Result<issuing::Site, String> {
    let (Some(key), Some(authority)) = (&a.key, &a.authority) else {
        return Err("--issue needs --key and --authority".into());
    };
    let secret = crate::cli::unlock_key(key, &a.pass)?;
    let issuer = ephr::Issuer::new(secret, authority).map_err(|e| e.to_string())?;
    let kid = issuer.key().public().kid();
    let now = at.unwrap_or_else(ephr::date::now);
    let listed = list
        .keys_with_kid(&kid)
        .into_iter()
        .find(|(au, _)| au.id == *authority);
    let country = match listed {
        Some((au, k)) => {
            if k.revoked.is_some() || k.not_before > now || k.not_after.is_some_and(|t| t < now) {
                eprintln!(
                    "warning: key {kid} of {authority} is revoked or outside its validity in the trust list; cards signed here will not verify"
                );
            }
            au.country.clone()
        }
        None => {
            return Err(format!(
                "key {kid} is not listed for {authority} in the trust list: cards signed here would verify nowhere\nhint: ask the trust-list operator to add it (`ephr trust add --authority {authority} --key KEY.pub.pem ...`), then install the new list"
            ));
        }
    };
    let path = match &a.register {
        Some(p) => p.clone(),
        None => ephr::register::Register::default_path().map_err(|e| e.to_string())?,
    };
    let register = ephr::register::Register::open(&path).map_err(|e| e.to_string())?;
    // What is past its retention goes at start, and then daily (below).
    let purged = register.purge(now).map_err(|e| e.to_string())?;
    if purged.entries + purged.drafts > 0 {
        eprintln!(
            "register: purged {} entries and {} drafts past the retention period",
            purged.entries, purged.drafts
        );
    }
    Ok(issuing::Site::new(
        issuer,
        authority.clone(),
        country,
        register,
    ))
}

async fn serve(
    app: Arc<App>,
    addr: SocketAddr,
    tls: Option<access::TlsMaterial>,
) -> Result<i32, String> {
    let router = routes::router(app.clone());
    let sweeper = {
        let app = app.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(15));
            let mut ticks: u64 = 0;
            loop {
                tick.tick().await;
                app.sessions.sweep();
                ticks += 1;
                // Once a day (5 760 ticks of 15 s), the register's retention.
                if ticks.is_multiple_of(5760)
                    && let Some(site) = &app.issuing
                {
                    let now = app.now();
                    let _ = site.register(|r| r.purge(now));
                }
            }
        })
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let shown = if addr.ip().is_unspecified() {
        format!("{scheme}://<this computer's address>:{}/", addr.port())
    } else {
        format!("{scheme}://{addr}/")
    };
    let result = match tls {
        None => {
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| bind_error(addr, &e))?;
            let local = listener.local_addr().map_err(|e| e.to_string())?;
            announce(
                &app,
                &shown.replace(&addr.to_string(), &local.to_string()),
                None,
            );
            axum::serve(listener, router)
                .with_graceful_shutdown(shutdown())
                .await
                .map_err(|e| e.to_string())
        }
        Some(material) => {
            let config = axum_server::tls_rustls::RustlsConfig::from_pem(
                material.cert_pem.clone().into_bytes(),
                material.key_pem.to_vec(),
            )
            .await
            .map_err(|e| format!("TLS certificate or key not usable: {e}"))?;
            let listener = std::net::TcpListener::bind(addr).map_err(|e| bind_error(addr, &e))?;
            listener.set_nonblocking(true).map_err(|e| e.to_string())?;
            let local = listener.local_addr().map_err(|e| e.to_string())?;
            announce(
                &app,
                &shown.replace(&addr.to_string(), &local.to_string()),
                Some(&material),
            );
            let handle = axum_server::Handle::new();
            let h = handle.clone();
            tokio::spawn(async move {
                shutdown().await;
                h.graceful_shutdown(Some(Duration::from_secs(2)));
            });
            let mut server =
                axum_server::from_tcp_rustls(listener, config).map_err(|e| e.to_string())?;
            // A client on the network that opens a connection and sends nothing is dropped
            // instead of holding it open.
            server
                .http_builder()
                .http1()
                .header_read_timeout(Duration::from_secs(10));
            server
                .handle(handle)
                .serve(router.into_make_service())
                .await
                .map_err(|e| e.to_string())
        }
    };
    sweeper.abort();
    app.sessions.clear_all();
    result.map(|()| 0)
}

fn bind_error(addr: SocketAddr, e: &std::io::Error) -> String {
    format!(
        "cannot listen on {addr}: {e}\nhint: another program (or another station) uses this port; choose another with --listen 127.0.0.1:PORT"
    )
}

fn announce(app: &App, url: &str, tls: Option<&access::TlsMaterial>) {
    let (list, anchor) = app.trust();
    println!("ephr station: open {url} in a browser");
    println!(
        "  trust list version {} (anchor {}){}",
        list.sequence,
        anchor.kid(),
        match app.source {
            TrustSource::Store(_) => ", installed",
            TrustSource::Fixed => ", from --trust",
        }
    );
    if ephr::demo::is_demo_anchor(&anchor) {
        println!("  {}", ephr::demo::DEMO_WARNING.replace('\n', "\n  "));
    }
    if let Some(m) = tls {
        println!(
            "  TLS certificate SHA-256 fingerprint ({}):\n    {}",
            if m.self_signed {
                "self-signed, made now; compare it on the phone before signing in"
            } else {
                "from --tls-cert"
            },
            m.fingerprint
        );
    }
    if let Some(site) = &app.issuing {
        println!(
            "  issuing as {} with key {}; register {}",
            site.authority,
            site.kid,
            site.register_path.display()
        );
        if let Ok(r) = site.register(|r| r.retention()) {
            println!(
                "  signed entries are kept there {} days and drafts {} days (`ephr register retention`)",
                r.entry_days, r.draft_days
            );
        }
    }
    if app.personal_sign_in() {
        println!(
            "  operators sign in with their own name and passphrase (`ephr register operator list`)"
        );
    } else if let Some(code) = &app.access_code {
        println!("  access code for signing in: {}", code.shown());
        if app.issuing.is_some() {
            println!(
                "  operators are not told apart by the access code: give each their own passphrase with `ephr register operator add NAME`"
            );
        }
    }
    println!(
        "  nothing scanned is stored or logged; sessions clear after {} min without use. Ctrl-C stops.",
        app.sessions.idle().as_secs() / 60
    );
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
