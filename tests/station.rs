//! `ephr station` over HTTP: every input path, every refusal, the downloads, the trust-list
//! update, "Next person", the separation of sessions and the headers that keep the page to
//! itself. (The same flows in a real browser, with the camera, are tests/station_browser.rs.)

#[path = "support/station.rs"]
mod station;
mod support;

use std::fs;

use station::{Browser, Station};
use support::{ephr, root, tmp, trust_args};

const AT: &str = "2027-03-01";

fn journey_args() -> Vec<String> {
    let mut a: Vec<String> = trust_args(&root().join("fixtures/journey/trust-list.cose")).into();
    a.extend(["--at".into(), AT.into()]);
    a
}

fn start(args: &[String]) -> Station {
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    Station::start(&a, &[])
}

fn card(name: &str) -> String {
    fs::read_to_string(root().join("fixtures/journey").join(name))
        .unwrap()
        .trim()
        .to_owned()
}

/// Issues `fixtures/records/RECORD` as the Lesvos authority of the journey's trust list.
fn issue_lesvos(record: &str, out: &std::path::Path, confidential_out: Option<&std::path::Path>) {
    let mut cmd = ephr();
    cmd.arg("issue")
        .arg(root().join("fixtures/records").join(record))
        .args(["--key", "fixtures/journey/keys/GR-EODY-LESVOS.key.pem"])
        .args([
            "--authority",
            "GR-EODY-LESVOS",
            "--at",
            "2027-02-01",
            "--out",
        ])
        .arg(out)
        .current_dir(root());
    if let Some(c) = confidential_out {
        cmd.arg("--confidential-out").arg(c);
    }
    let done = cmd.output().unwrap();
    assert!(done.status.success(), "{done:?}");
}

fn add(b: &mut Browser, text: &str) -> String {
    let r = b.post_form("/add", &[("text", text)]);
    assert_eq!(r.status, 200, "{}", r.text());
    r.text()
}

#[test]
fn a_pasted_card_is_verified_and_its_history_shown() {
    let st = start(&journey_args());
    let mut b = st.browser();
    let page = b.get("/");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("No card yet"), "{}", page.text());
    let r = add(&mut b, &card("1-gr.txt"));
    assert!(r.contains("Added: 1"), "{r}");
    assert!(
        r.contains("verdict warn"),
        "the demo anchor makes it a warning: {r}"
    );
    assert!(r.contains("DEMO anchor"), "{r}");
    assert!(r.contains("EODY Lesvos RIC medical unit"), "{r}");
    assert!(
        r.contains("Penicillin anaphylaxis"),
        "alerts are shown: {r}"
    );
    // Two follow-ups make one merged history.
    let r = add(
        &mut b,
        &format!("{}\n{}", card("2-rs.txt"), card("3-it.txt")),
    );
    assert!(r.contains("Added: 2"), "{r}");
    assert!(r.contains("3 of 3 cards valid"), "{r}");
    assert!(r.contains("class=\"history\""), "{r}");
    assert!(
        r.contains("History of record 4a0a2e0000000001: 3 valid entries"),
        "{r}"
    );
    // The same card again counts once.
    let r = add(&mut b, &card("1-gr.txt"));
    assert!(r.contains("Already checked"), "{r}");
    assert!(r.contains("3 of 3 cards valid"), "{r}");
    // Without the script's header the form answers with a redirect to the page.
    let r = b.request(
        "POST",
        "/add",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        b"text=nothing",
    );
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/"));
}

#[test]
fn every_answer_keeps_the_page_to_itself() {
    let st = start(&journey_args());
    let mut b = st.browser();
    let r = b.get("/");
    let csp = r.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(csp.contains("connect-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(r.header("cache-control"), Some("no-store"));
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Strict"), "{cookie}");
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP on loopback: {cookie}"
    );
    assert!(
        !cookie.contains("Expires") && !cookie.contains("Max-Age"),
        "a session cookie: {cookie}"
    );
    // No inline script or style anywhere: the policy would block it.
    let html = r.text();
    assert!(
        !html.contains("<script>") && !html.contains("style="),
        "{html}"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external address: {html}"
    );
    // The assets are embedded.
    for a in [
        "/assets/station.js",
        "/assets/station.css",
        "/assets/fonts/NotoSansArabic-Regular.ttf",
    ] {
        let r = b.get(a);
        assert_eq!(r.status, 200, "{a}");
        assert!(r.body.len() > 1000, "{a}");
    }
    assert_eq!(b.get("/assets/../Cargo.toml").status, 404);
    assert_eq!(b.get("/assets/fonts/passwd").status, 404);
    // The station listens on loopback only, and answers only to loopback names (a site whose
    // name was made to point at 127.0.0.1 is refused).
    assert!(st.addr.starts_with("127.0.0.1:"), "{}", st.addr);
    let port = st.addr.rsplit(':').next().unwrap();
    for (host, status) in [
        (format!("localhost:{port}"), 200),
        (format!("[::1]:{port}"), 200),
        ("localhost".to_owned(), 200),
        ("[::1].evil.example".to_owned(), 421),
        ("evil.example".to_owned(), 421),
        (format!("evil.example:{port}"), 421),
        (format!("127.0.0.1.evil.example:{port}"), 421),
    ] {
        let r = b.request("GET", "/", &[("Host", &host)], b"");
        assert_eq!(r.status, status, "{host}");
    }
}

#[test]
fn a_form_from_another_site_is_refused() {
    let st = start(&journey_args());
    let mut b = st.browser();
    b.get("/");
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    for (k, v) in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Sec-Fetch-Site", "same-site"),
        ("Origin", "http://evil.example"),
        ("Origin", "null"),
    ] {
        let r = b.request("POST", "/next", &[form[0], (k, v)], b"");
        assert_eq!(r.status, 403, "{k}: {v}");
    }
    let r = b.request(
        "POST",
        "/add",
        &[
            form[0],
            ("Sec-Fetch-Site", "same-origin"),
            ("X-Station", "fetch"),
        ],
        format!(
            "text={}",
            card("1-gr.txt")
                .replace('+', "%2B")
                .replace('/', "%2F")
                .replace(':', "%3A")
        )
        .as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
}

#[test]
fn bad_inputs_get_a_message_and_nothing_breaks() {
    let st = start(&journey_args());
    let mut b = st.browser();
    // Text that is not a card.
    let r = add(&mut b, "hello, this is not a card");
    assert!(r.contains("Cannot be read"), "{r}");
    assert!(r.contains("no card text"), "{r}");
    // A damaged card: checked and shown NOT VALID with the reason.
    let mut damaged = card("1-gr.txt");
    damaged.truncate(damaged.len() - 7);
    let r = add(&mut b, &damaged);
    assert!(r.contains("verdict invalid"), "{r}");
    assert!(r.contains("card invalid"), "{r}");
    // A card of an authority the list does not know.
    let unknown = ephr()
        .args([
            "issue",
            "fixtures/records/pseudonymous-minimal.json",
            "--key",
            "keys/GR-DEMO.key.pem",
            "--authority",
            "GR-DEMO",
            "--at",
            "2027-02-01",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(unknown.status.success(), "{unknown:?}");
    let mut fresh = st.browser();
    let r = add(&mut fresh, String::from_utf8_lossy(&unknown.stdout).trim());
    assert!(r.contains("verdict invalid"), "{r}");
    assert!(
        r.contains("not in the trust list"),
        "the reason is given: {r}"
    );
    // Uploads that are not cards: a 1×1 PNG, noise, a PDF without entries, a JSON record, an
    // empty form.
    let tiny = png(1, 1, |_, _| 0);
    let noise = png(600, 600, |x, y| ((x * 7919 + y * 104_729) % 251) as u8);
    for (name, bytes, says) in [
        ("tiny.png", tiny, "no PHR"),
        ("noise.png", noise, "no PHR"),
        ("x.pdf", b"%PDF-1.7\n%%EOF\n".to_vec(), "x.pdf"),
        (
            "record.json",
            fs::read(root().join("fixtures/records/reference-full.json")).unwrap(),
            "no card text",
        ),
        (
            "photo.heic",
            b"\0\0\0\x18ftypheic".to_vec(),
            "Cannot be read",
        ),
    ] {
        let r = b.upload("/upload", name, &bytes);
        assert_eq!(r.status, 200, "{name}");
        assert!(r.text().contains("Cannot be read"), "{name}: {}", r.text());
        assert!(r.text().contains(says), "{name}: {}", r.text());
    }
    let r = b.upload("/upload", "", b"");
    assert!(r.text().contains("no file was chosen"), "{}", r.text());
    // A form that is not multipart, and a multipart body cut off.
    let r = b.request("POST", "/upload", &[("X-Station", "fetch")], b"file=x");
    assert!(r.status >= 400 && r.status < 500, "{}", r.status);
    let r = b.request(
        "POST",
        "/upload",
        &[
            ("Content-Type", "multipart/form-data; boundary=XYZ"),
            ("X-Station", "fetch"),
        ],
        b"--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc",
    );
    assert!(r.text().contains("Cannot be read"), "{}", r.text());
    // Typed text beyond the library's limit, and a "trust list" of 4 MB.
    let long = "A".repeat(3 * ephr::input::MAX_TEXT_INPUT as usize + 2048);
    let r = b.post_form("/add", &[("text", &long)]);
    assert_eq!(r.status, 413);
    // This station's list is fixed: an update is refused before its file is read.
    let r = b.upload("/trust", "list.cose", &vec![0u8; 4 * 1024 * 1024]);
    assert_eq!(r.status, 303);
    // A file larger than the library's image limit is refused before it is read whole.
    let huge = vec![b'A'; ephr::qr::MAX_IMAGE_FILE as usize + 200 * 1024];
    let r = b.upload("/upload", "huge.png", &huge);
    assert!(
        r.text().contains("The file is too large (more than 64 MB)"),
        "{}",
        r.text()
    );
    // The station still answers.
    assert_eq!(b.get("/").status, 200);
}

fn png(w: u32, h: u32, f: impl Fn(u32, u32) -> u8) -> Vec<u8> {
    let img = image::GrayImage::from_fn(w, h, |x, y| image::Luma([f(x, y)]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn a_bundle_a_booklet_pdf_and_a_card_image_are_read() {
    let st = start(&journey_args());
    let mut b = st.browser();
    let r = b.upload(
        "/upload",
        "journey.phr",
        &fs::read(root().join("fixtures/journey/journey.phr")).unwrap(),
    );
    assert!(r.text().contains("3 of 3 cards valid"), "{}", r.text());
    // The booklet the station prints carries its entries: read back by a new browser.
    let pdf = b.get("/download/booklet.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert!(
        pdf.header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(pdf.header("cache-control"), Some("no-store"));
    assert!(pdf.body.starts_with(b"%PDF"));
    let mut other = st.browser();
    let r = other.upload("/upload", "booklet.pdf", &pdf.body);
    assert!(r.text().contains("3 of 3 cards valid"), "{}", r.text());
    // A QR image of a card.
    let dir = tmp();
    let png = dir.path().join("card.png");
    issue_lesvos("pseudonymous-minimal.json", &png, None);
    let mut third = st.browser();
    let r = third.upload("/upload", "card.png", &fs::read(&png).unwrap());
    assert!(r.text().contains("verdict warn"), "{}", r.text());
    assert!(r.text().contains("card valid"), "{}", r.text());
}

/// A grey camera frame with a card's QR code in it, as the page's script sends it.
#[test]
fn a_camera_frame_with_a_code_adds_the_card() {
    let st = start(&journey_args());
    let dir = tmp();
    let png = dir.path().join("card.png");
    issue_lesvos("pseudonymous-minimal.json", &png, None);
    let code = image::open(&png).unwrap().to_luma8();
    let (w, h) = (1280u32, 720u32);
    let mut frame = image::GrayImage::from_pixel(w, h, image::Luma([200]));
    let side = code.width().min(600);
    let code = image::imageops::resize(&code, side, side, image::imageops::FilterType::Nearest);
    image::imageops::overlay(&mut frame, &code, 340, 60);
    let mut b = st.browser();
    b.get("/");
    let send = |b: &mut Browser, w: u32, h: u32, bytes: &[u8]| {
        b.request(
            "POST",
            "/frame",
            &[
                ("X-Width", &w.to_string()),
                ("X-Height", &h.to_string()),
                ("X-Station", "fetch"),
                ("Content-Type", "application/octet-stream"),
            ],
            bytes,
        )
    };
    let r = send(&mut b, w, h, frame.as_raw());
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(r.text().contains("card valid"), "{}", r.text());
    // A frame without a code: 204, nothing added.
    let blank = vec![128u8; 640 * 480];
    assert_eq!(send(&mut b, 640, 480, &blank).status, 204);
    // Sizes that do not match the bytes, or frames too large: refused.
    assert_eq!(send(&mut b, 641, 480, &blank).status, 400);
    assert_eq!(send(&mut b, 0, 0, &[]).status, 400);
    let big = vec![0u8; 1920 * 1080 + 1];
    assert_eq!(send(&mut b, 1920 * 1080 + 1, 1, &big).status, 413);
    assert_eq!(
        send(&mut b, 20, 20, &[0; 400]).status,
        400,
        "smaller than a QR code"
    );
    let r = b.request("POST", "/frame", &[], &blank);
    assert_eq!(r.status, 400, "no dimensions");
    assert!(b.get("/results").text().contains("card valid"));
}

#[test]
fn a_revoked_card_and_an_out_of_date_list_are_shown_as_such() {
    let dir = tmp();
    let list = dir.path().join("list.cose");
    fs::copy(root().join("fixtures/journey/trust-list.cose"), &list).unwrap();
    let out = ephr()
        .args(["trust", "revoke-card", "--list"])
        .arg(&list)
        .args(["--anchor-key", "keys/demo-anchor.key.pem", "--card"])
        .arg(root().join("fixtures/journey/2-rs.txt"))
        .args(["--list-time", "2027-02-01"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut args: Vec<String> = trust_args(&list).into();
    args.extend(["--at".into(), AT.into()]);
    let st = start(&args);
    let mut b = st.browser();
    let r = add(&mut b, &card("2-rs.txt"));
    assert!(r.contains("verdict invalid"), "{r}");
    assert!(r.to_lowercase().contains("revoked"), "{r}");
    // No FHIR export while a card is not valid.
    let fhir = b.get("/download/ips.json");
    assert_eq!(fhir.status, 409);
    assert!(fhir.text().contains("not valid"), "{}", fhir.text());
    // Nor a bundle to hand on (the page offers neither).
    let bundle = b.get("/download/entries.phr");
    assert_eq!(bundle.status, 409);
    assert!(bundle.text().contains("not valid"), "{}", bundle.text());
    let page = b.get("/").text();
    assert!(!page.contains("/download/entries.phr") && !page.contains("/download/ips.json"));

    // The same cards checked long after the list's next update.
    let mut late: Vec<String> = trust_args(&root().join("fixtures/journey/trust-list.cose")).into();
    late.extend(["--at".into(), "2037-01-01".into()]);
    let st = start(&late);
    let mut b = st.browser();
    let r = add(&mut b, &card("1-gr.txt"));
    assert!(r.contains("WARNING"), "{r}");
    assert!(
        r.to_lowercase().contains("out of date") || r.contains("next update"),
        "{r}"
    );
    let page = b.get("/").text();
    assert!(page.contains("OUT OF DATE"), "{page}");
}

#[test]
fn next_person_leaves_nothing_and_sessions_are_separate() {
    let st = start(&journey_args());
    let mut a = st.browser();
    let mut other = st.browser();
    other.get("/");
    add(&mut a, &card("1-gr.txt"));
    assert!(a.get("/").text().contains("MARYAM RAHIMI"));
    assert!(
        !other.get("/").text().contains("MARYAM"),
        "another browser sees nothing of it"
    );
    let old = a.cookie.clone();
    let r = a.request("POST", "/next", &[], b"");
    assert_eq!(r.status, 303);
    assert_ne!(a.cookie, old, "a new session id");
    let page = a.get("/").text();
    assert!(page.contains("Cleared"), "{page}");
    let text = card("1-gr.txt");
    for gone in [
        "MARYAM",
        "c0ffee0000000101",
        "4a0a2e0000000001",
        &text[..40],
    ] {
        assert!(!page.contains(gone), "{gone} remains: {page}");
    }
    // The old cookie opens an empty session.
    let mut replay = st.browser();
    replay.cookie = old;
    let page = replay.get("/").text();
    assert!(!page.contains("MARYAM"), "{page}");
    // A made-up cookie gets a new session.
    let mut forged = st.browser();
    forged.cookie = Some(format!("ephr_station={}", "a".repeat(64)));
    let r = forged.get("/");
    assert!(r.header("set-cookie").is_some());
}

#[test]
fn a_session_is_cleared_after_the_idle_time() {
    // The idle time is at least a minute; the sweep itself is a unit test
    // (sessions::tests::an_unknown_or_expired_id_gets_a_new_empty_session). Here: the setting
    // reaches the page, and a value outside 1..=120 is a usage error.
    let mut args = journey_args();
    args.extend(["--idle-minutes".into(), "2".into()]);
    let st = start(&args);
    assert!(
        st.browser()
            .get("/")
            .text()
            .contains("2 minutes without use")
    );
    let out = ephr()
        .args(["station", "--idle-minutes", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_person_reads_their_record_in_their_language() {
    let st = start(&journey_args());
    let mut b = st.browser();
    let r = add(&mut b, &card("1-gr.txt"));
    // The record says the person speaks Dari (prs) first: Persian labels.
    assert!(r.contains("href=\"/view?person=1\""), "{r}");
    assert!(r.contains("فارسی"), "{r}");
    let r = b.get("/view?person=1");
    assert_eq!(r.status, 303);
    let page = b.get("/").text();
    assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"), "{page}");
    assert!(page.contains("/view?person=0"), "a way back: {page}");
    b.get("/view?person=0");
    let page = b.get("/").text();
    assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"), "{page}");
    // The clinician's own language, from the menu or the browser.
    b.get("/lang?code=ar");
    let page = b.get("/").text();
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    let mut greek = st.browser();
    let r = greek.request(
        "GET",
        "/",
        &[("Accept-Language", "el-GR,el;q=0.9,en;q=0.5")],
        b"",
    );
    assert!(r.text().contains("<html lang=\"el\""), "{}", r.text());
}

#[test]
fn downloads_hold_what_the_library_allows() {
    let st = start(&journey_args());
    let mut b = st.browser();
    assert_eq!(b.get("/download/booklet.pdf").status, 303, "no session yet");
    b.upload(
        "/upload",
        "journey.phr",
        &fs::read(root().join("fixtures/journey/journey.phr")).unwrap(),
    );
    let fhir = b.get("/download/ips.json");
    assert_eq!(fhir.status, 200, "{}", fhir.text());
    let doc: serde_json::Value = serde_json::from_slice(&fhir.body).unwrap();
    assert_eq!(doc["resourceType"], "Bundle");
    assert_eq!(doc["type"], "document");
    let bundle = b.get("/download/entries.phr");
    assert_eq!(bundle.status, 200);
    let dir = tmp();
    let path = dir.path().join("entries.phr");
    fs::write(&path, &bundle.body).unwrap();
    let out = ephr()
        .arg("verify")
        .arg(&path)
        .args(journey_args())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 of 3 cards valid"));
    for (p, kind) in [
        ("/download/a4.pdf", "application/pdf"),
        ("/download/wallet.pdf", "application/pdf"),
    ] {
        let r = b.get(p);
        assert_eq!(r.status, 200, "{p}: {}", r.text());
        assert_eq!(r.header("content-type"), Some(kind));
    }
    // No confidential entry: no insert.
    assert_eq!(b.get("/download/insert.pdf").status, 404);
    assert_eq!(b.get("/download/../../etc/passwd").status, 404);
}

#[test]
fn a_confidential_entry_prints_only_as_the_insert() {
    let dir = tmp();
    let conf = dir.path().join("conf.txt");
    let core = dir.path().join("core.txt");
    issue_lesvos("reference-confidential.json", &core, Some(&conf));
    let st = start(&journey_args());
    let mut b = st.browser();
    let r = add(
        &mut b,
        &format!(
            "{}\n{}",
            fs::read_to_string(&core).unwrap(),
            fs::read_to_string(&conf).unwrap()
        ),
    );
    assert!(r.contains("Confidential entry"), "the entry is marked: {r}");
    assert!(r.contains("/download/insert.pdf"), "{r}");
    assert!(r.contains("/download/booklet.pdf"), "{r}");
    let insert = b.get("/download/insert.pdf");
    assert_eq!(insert.status, 200, "{}", insert.text());
    assert!(insert.body.starts_with(b"%PDF"));
    // The booklet holds the core entry only: read back, one card.
    let booklet = b.get("/download/booklet.pdf");
    let mut other = st.browser();
    let r = other.upload("/upload", "booklet.pdf", &booklet.body);
    assert!(r.text().contains("Added: 1"), "{}", r.text());
    assert!(!r.text().contains("Confidential entry"), "{}", r.text());
}

#[test]
fn a_trust_list_update_from_a_file_follows_the_install_rules() {
    let home = tmp();
    let dir = tmp();
    let v1 = dir.path().join("v1.cose");
    fs::copy(root().join("fixtures/journey/trust-list.cose"), &v1).unwrap();
    let out = ephr()
        .args(["trust", "install"])
        .arg(&v1)
        .args(["--anchor", "keys/demo-anchor.pub.pem"])
        .env("EPHR_HOME", home.path())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    // Version 2: the same list with a revoked card.
    let v2 = dir.path().join("v2.cose");
    fs::copy(&v1, &v2).unwrap();
    let out = ephr()
        .args(["trust", "revoke-card", "--list"])
        .arg(&v2)
        .args(["--anchor-key", "keys/demo-anchor.key.pem"])
        .args([
            "--card-id",
            "c0ffee0000000301",
            "--authority",
            "IT-ASL-ROMA1",
        ])
        .args(["--list-time", "2027-02-01"])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let st = Station::start(
        &["--at", AT],
        &[("EPHR_HOME", home.path().to_str().unwrap())],
    );
    assert!(
        st.banner.iter().any(|l| l.contains("installed")),
        "{:?}",
        st.banner
    );
    let mut b = st.browser();
    assert!(add(&mut b, &card("3-it.txt")).contains("card valid"));
    let up = |b: &mut Browser, name: &str, bytes: &[u8]| {
        let r = b.upload("/trust", name, bytes);
        assert_eq!(r.status, 303, "{}", r.text());
        b.get("/").text()
    };
    let page = up(&mut b, "v2.cose", &fs::read(&v2).unwrap());
    assert!(page.contains("version 2 installed"), "{page}");
    assert!(page.contains("Version 2,"), "{page}");
    // The installed list now revokes the card the page shows.
    assert!(page.contains("verdict invalid"), "{page}");
    // Going back to version 1 is a rollback, refused.
    let page = up(&mut b, "v1.cose", &fs::read(&v1).unwrap());
    assert!(page.contains("Not installed"), "{page}");
    assert!(
        page.contains("older than the installed version 2"),
        "{page}"
    );
    assert!(page.contains("Version 2,"), "{page}");
    // Not a list at all, and a file far larger than any list.
    let page = up(&mut b, "card.png", &png(50, 50, |_, _| 255));
    assert!(page.contains("Not installed"), "{page}");
    let page = up(&mut b, "big.cose", &vec![0u8; 3 * 1024 * 1024]);
    assert!(
        page.contains("Not installed: The file is too large (more than 2 MB)"),
        "{page}"
    );
    // The store on disk holds version 2, and the station wrote nothing else there.
    let out = ephr()
        .args(["trust", "show"])
        .env("EPHR_HOME", home.path())
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("Trust list version 2 "),
        "{out:?}"
    );

    // A station on a fixed list (--trust) does not install.
    let st = start(&journey_args());
    let mut b = st.browser();
    let page = up(&mut b, "v2.cose", &fs::read(&v2).unwrap());
    assert!(page.contains("fixed trust list"), "{page}");
}

#[test]
fn nothing_from_verification_is_written_to_disk() {
    let home = tmp();
    let cwd = tmp();
    let st = Station::start_in(
        Some(cwd.path()),
        &[
            "--trust",
            root()
                .join("fixtures/journey/trust-list.cose")
                .to_str()
                .unwrap(),
            "--anchor",
            root().join("keys/demo-anchor.pub.pem").to_str().unwrap(),
            "--at",
            AT,
        ],
        &[
            ("EPHR_HOME", home.path().to_str().unwrap()),
            ("HOME", home.path().to_str().unwrap()),
            ("TMPDIR", home.path().to_str().unwrap()),
        ],
    );
    let mut b = st.browser();
    b.upload(
        "/upload",
        "journey.phr",
        &fs::read(root().join("fixtures/journey/journey.phr")).unwrap(),
    );
    b.get("/download/booklet.pdf");
    b.get("/download/ips.json");
    drop(st);
    let written: Vec<_> = walk(home.path()).chain(walk(cwd.path())).collect();
    assert!(written.is_empty(), "{written:?}");
}

fn walk(dir: &std::path::Path) -> impl Iterator<Item = std::path::PathBuf> {
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect::<Vec<_>>()
        .into_iter()
}

#[test]
fn a_network_address_needs_tls_and_a_sign_in() {
    // --tls on loopback is the network set-up without the network: plain HTTP is not served.
    let mut args = journey_args();
    args.push("--tls".into());
    let st = start(&args);
    let banner = st.banner.join("\n");
    assert!(banner.contains("https://127.0.0.1:"), "{banner}");
    assert!(banner.contains("SHA-256 fingerprint"), "{banner}");
    assert!(banner.contains("access code for signing in: "), "{banner}");
    let mut b = st.browser();
    // A plain-HTTP request to the TLS port gets no page.
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| b.get("/")));
    if let Ok(r) = r {
        assert_ne!(r.status, 200);
    }
    // A certificate the operator gives: its fingerprint is printed.
    let dir = tmp();
    let made = rcgen_like_cert(&dir);
    if let Some((cert, key)) = made {
        let mut args = journey_args();
        args.extend([
            "--tls".into(),
            "--tls-cert".into(),
            cert.display().to_string(),
            "--tls-key".into(),
            key.display().to_string(),
        ]);
        let st = start(&args);
        assert!(
            st.banner.join("\n").contains("from --tls-cert"),
            "{:?}",
            st.banner
        );
    }
    // A certificate file without a certificate is a usage error.
    let bad = dir.path().join("bad.pem");
    fs::write(&bad, "not a certificate").unwrap();
    let out = ephr()
        .arg("station")
        .args(journey_args())
        .args(["--tls", "--tls-cert"])
        .arg(&bad)
        .arg("--tls-key")
        .arg(&bad)
        .args(["--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no PEM certificate"),
        "{out:?}"
    );
}

/// A certificate and key made with openssl when it is there (the self-signed path is covered
/// by the station's own unit test and the browser test).
fn rcgen_like_cert(dir: &tempfile::TempDir) -> Option<(std::path::PathBuf, std::path::PathBuf)> {
    let cert = dir.path().join("cert.pem");
    let key = dir.path().join("key.pem");
    let ok = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args(["-nodes", "-subj", "/CN=localhost", "-days", "2", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some((cert, key))
}

#[test]
fn the_station_says_what_is_wrong_when_it_cannot_start() {
    let home = tmp();
    // No installed list and no --trust.
    let out = ephr()
        .args(["station", "--listen", "127.0.0.1:0"])
        .env("EPHR_HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ephr trust install"), "{err}");
    // --strict with an out-of-date list.
    let out = ephr()
        .arg("station")
        .args(trust_args(&root().join("fixtures/journey/trust-list.cose")))
        .args(["--strict", "--at", "2037-01-01", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("out of date"),
        "{out:?}"
    );
    // A port in use.
    let st = start(&journey_args());
    let out = ephr()
        .arg("station")
        .args(journey_args())
        .args(["--listen", &st.addr])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--listen"),
        "{out:?}"
    );
}
