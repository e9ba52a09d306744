//! `ephr station --issue` over HTTP: operators sign in, drafts are saved and checked as typed,
//! signed entries go to the register and to the screen for printing, follow-ups and re-prints,
//! and every refusal. The browser test (tests/station/issue.py, run by station_browser.rs) types
//! a whole record into the form.

#[path = "support/station.rs"]
mod station;
mod support;

use std::fs;
use std::path::Path;

use station::{Browser, Station};
use support::{demo_trust, ephr, root, tmp};

/// After the reference record's visit (2026-10-14), within the demo list's validity.
const AT: &str = "2026-11-01";

fn start(register: &Path) -> Station {
    let mut a: Vec<String> = demo_trust().into();
    a.extend(
        [
            "--at",
            AT,
            "--issue",
            "--key",
            "keys/GR-DEMO.key.pem",
            "--authority",
            "GR-DEMO",
            "--register",
        ]
        .map(String::from),
    );
    a.push(register.display().to_string());
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    Station::start_in(Some(&root()), &a, &[])
}

fn access_code(st: &Station) -> String {
    st.banner
        .iter()
        .find_map(|l| l.split("access code for signing in: ").nth(1))
        .expect("an issuing station prints its access code")
        .trim()
        .to_owned()
}

fn signed_in(st: &Station, operator: &str) -> Browser {
    let mut b = st.browser();
    let r = b.post_form(
        "/signin",
        &[("operator", operator), ("code", &access_code(st))],
    );
    assert_eq!(r.status, 303, "{}", r.text());
    b
}

fn new_draft(b: &mut Browser) -> String {
    let r = b.post_form("/issue/new", &[]);
    assert_eq!(r.status, 303);
    r.header("location")
        .and_then(|l| l.strip_prefix("/issue/draft/"))
        .expect("redirected to the new draft")
        .to_owned()
}

fn save(b: &mut Browser, id: &str, json: &str) -> (u16, serde_json::Value) {
    let r = b.request(
        "POST",
        &format!("/issue/draft/{id}/save"),
        &[("Content-Type", "application/json"), ("X-Station", "fetch")],
        json.as_bytes(),
    );
    let v = serde_json::from_str(&r.text()).unwrap_or(serde_json::Value::Null);
    (r.status, v)
}

fn reference() -> String {
    fs::read_to_string(root().join("fixtures/records/reference-full.json")).unwrap()
}

fn register_rows(reg: &Path) -> Vec<serde_json::Value> {
    let out = ephr()
        .args(["register", "--register"])
        .arg(reg)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn register_text(reg: &Path, card: &str) -> String {
    let out = ephr()
        .args(["register", "--register"])
        .arg(reg)
        .args(["show", card, "--text"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.trim().strip_prefix("PHR1:").map(|t| format!("PHR1:{t}")))
        .expect("the card's text")
}

/// `ephr decode --json` of a card, without what differs from one signing to the next.
fn decoded(text: &str) -> serde_json::Value {
    let out = ephr()
        .args(["decode", "--json", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut card = v[0].clone();
    let claims = card["claims"].as_object_mut().expect("claims");
    claims.remove("card_id");
    claims.remove("record_id");
    card
}

#[test]
fn a_signed_draft_is_the_record_ephr_issue_makes_and_is_registered_and_printed() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let st = start(&reg);
    assert!(st.banner.iter().any(|l| l.contains("issuing as GR-DEMO")));
    let mut b = signed_in(&st, "Eleni Kara");
    let id = new_draft(&mut b);
    // What is known is filled in: today (the station's clock) and the authority's country.
    let page = b.get(&format!("/issue/draft/{id}")).text();
    assert!(page.contains(r#""date":"2026-11-01""#), "{page}");
    assert!(page.contains(r#""country":"GR""#));

    let (status, check) = save(&mut b, &id, &reference());
    assert_eq!(status, 200);
    assert_eq!(check["problems"], serde_json::json!([]), "{check}");
    assert_eq!(check["cards"].as_array().unwrap().len(), 1);
    assert_eq!(check["withheld"].as_array().unwrap().len(), 5);

    // The preview: a booklet marked DEMO, whose cards are signed with the DEMO key.
    let r = b.get(&format!("/issue/draft/{id}/preview.pdf"));
    assert_eq!(r.status, 200);
    assert!(r.body.starts_with(b"%PDF"));
    let preview = d.path().join("preview.pdf");
    fs::write(&preview, &r.body).unwrap();
    let out = ephr()
        .arg("verify")
        .arg(&preview)
        .args([
            "--trust",
            "fixtures/journey/trust-list.cose",
            "--anchor",
            "keys/demo-anchor.pub.pem",
        ])
        .args(["--at", AT])
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "a preview's card is not valid in a real list"
    );
    assert!(
        register_rows(&reg).is_empty(),
        "a preview signs nothing into the register"
    );

    let r = b.post_form(&format!("/issue/draft/{id}/sign"), &[]);
    assert_eq!((r.status, r.header("location")), (303, Some("/")));
    let screen = b.get("/results").text();
    assert!(screen.contains("VALID"), "{screen}");
    // The clinic screen of an issuing station says what it keeps.
    assert!(
        b.get("/")
            .text()
            .contains("Signed entries are kept 180 days")
    );
    assert!(screen.contains("/download/booklet.pdf"));
    assert!(screen.contains("id=\"follow-up\""));
    let pdf = b.get("/download/booklet.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF"));

    // The register holds the entry, who signed it, and the card; the draft is gone.
    let rows = register_rows(&reg);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["operator"], "Eleni Kara");
    assert_eq!(rows[0]["authority"], "GR-DEMO");
    let card_id = rows[0]["card_id"].as_str().unwrap().to_owned();
    assert!(screen.contains(&card_id));
    assert!(!b.get("/issue").text().contains("/issue/draft/"));

    // The same record through `ephr issue` decodes to the same entry.
    let json = d.path().join("record.json");
    fs::write(&json, reference()).unwrap();
    let out = ephr()
        .arg("issue")
        .arg(&json)
        .args([
            "--key",
            "keys/GR-DEMO.key.pem",
            "--authority",
            "GR-DEMO",
            "--at",
            AT,
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success());
    let cli_card = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        decoded(&register_text(&reg, &card_id)),
        decoded(cli_card.trim())
    );
}

#[test]
fn follow_up_of_a_checked_card_and_reprint_from_the_register() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let st = start(&reg);
    let mut b = signed_in(&st, "Eleni Kara");
    // Nothing on the screen: nothing to follow.
    let r = b.post_form("/issue/follow", &[]);
    assert_eq!(r.status, 409, "{}", r.text());
    let id = new_draft(&mut b);
    save(&mut b, &id, &reference());
    b.post_form(&format!("/issue/draft/{id}/sign"), &[]);
    let first = register_rows(&reg)[0]["card_id"]
        .as_str()
        .unwrap()
        .to_owned();

    let r = b.post_form("/issue/follow", &[]);
    assert_eq!(r.status, 303);
    let fid = r
        .header("location")
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        b.get(&format!("/issue/draft/{fid}"))
            .text()
            .contains(r#""follow_up":true"#)
    );
    let followup = r#"{"encounter": {"date": "2026-10-30", "country": "GR", "site": "Lesvos RIC",
        "kind": "follow_up", "role": "nurse"},
        "medications": [{"atc": "A10BA02", "dose": "850 mg twice daily"}]}"#;
    let (_, check) = save(&mut b, &fid, followup);
    assert_eq!(check["problems"], serde_json::json!([]), "{check}");
    b.post_form(&format!("/issue/draft/{fid}/sign"), &[]);
    let screen = b.get("/results").text();
    assert!(
        screen.contains(&format!("card {first}")),
        "the history shows both: {screen}"
    );
    let rows = register_rows(&reg);
    assert_eq!(rows.len(), 2);
    let second = rows
        .iter()
        .find(|r| r["card_id"] != first.as_str())
        .unwrap();
    assert_eq!(second["follows"], first.as_str());
    assert_eq!(second["record_id"], rows[0]["record_id"]);

    // Next person clears the screen; a re-print brings the whole record back from the register.
    b.post_form("/next", &[]);
    assert!(!b.get("/results").text().contains(&first));
    let found = b.get("/issue?q=al-khalil").text();
    assert!(found.contains(&first), "{found}");
    let r = b.post_form("/issue/reprint", &[("card", &first)]);
    assert_eq!(r.status, 303);
    let screen = b.get("/results").text();
    assert!(
        screen.contains(&first) && screen.contains("Added: 2"),
        "{screen}"
    );
}

#[test]
fn problems_are_at_their_fields_and_a_draft_with_problems_is_not_signed() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let st = start(&reg);
    let mut b = signed_in(&st, "Eleni Kara");
    let id = new_draft(&mut b);
    let bad = reference()
        .replace("\"E11.9\"", "\"E1X\"")
        .replace("\"height_cm\": 162.0", "\"height_cm\": 1620.0");
    let (status, check) = save(&mut b, &id, &bad);
    assert_eq!(status, 200);
    let paths: Vec<&str> = check["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    assert!(paths.contains(&"problems[0].icd10"), "{paths:?}");
    assert!(paths.contains(&"vital_signs.height_cm"), "{paths:?}");
    let r = b.post_form(&format!("/issue/draft/{id}/sign"), &[]);
    assert_eq!(r.status, 409);
    assert!(r.text().contains("E1X"), "{}", r.text());
    let r = b.get(&format!("/issue/draft/{id}/preview.pdf"));
    assert_eq!(r.status, 409, "no preview of a draft with problems");
    assert!(r.text().contains("problem(s)"), "{}", r.text());
    assert!(register_rows(&reg).is_empty());
    assert!(b.get("/issue").text().contains(&id), "the draft is kept");
    // A draft larger than the register keeps is refused, and the saved one is unchanged.
    let big = format!(
        "{{\"x\": \"{}\"}}",
        "a".repeat(ephr::register::MAX_DRAFT_LEN)
    );
    let (status, _) = save(&mut b, &id, &big);
    assert_eq!(status, 413);
    assert!(b.get(&format!("/issue/draft/{id}")).text().contains("E1X"));
}

#[test]
fn sign_in_names_the_operator_and_drafts_are_their_own() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let st = start(&reg);
    let mut stranger = st.browser();
    for path in ["/issue", "/", "/results"] {
        let r = stranger.get(path);
        assert_eq!(
            (r.status, r.header("location")),
            (303, Some("/signin")),
            "{path}"
        );
    }
    assert_eq!(stranger.get("/issue/codes?kind=vaccine&q=mmr").status, 303);
    let code = access_code(&st);
    let page = stranger.get("/signin").text();
    assert!(page.contains("name=\"operator\""));
    // A code without a name, a name of invisible characters, or a wrong code: refused.
    for (op, c) in [
        ("", code.as_str()),
        ("\u{200b}", code.as_str()),
        ("Anna", "WRONG-CODE"),
    ] {
        let r = stranger.post_form("/signin", &[("operator", op), ("code", c)]);
        assert_eq!(r.status, 401, "{op:?}");
    }

    let mut anna = signed_in(&st, "Anna");
    let mut boris = signed_in(&st, "Boris");
    let id = new_draft(&mut anna);
    save(
        &mut anna,
        &id,
        r#"{"patient": {"name_latin": {"given": "YONAS"}}}"#,
    );
    // Boris neither sees nor overwrites Anna's draft.
    assert!(!boris.get("/issue").text().contains(&id));
    let r = boris.get(&format!("/issue/draft/{id}"));
    assert_eq!((r.status, r.header("location")), (303, Some("/issue")));
    let (status, _) = save(&mut boris, &id, "{}");
    assert_eq!(status, 404);
    let r = boris.post_form(&format!("/issue/draft/{id}/sign"), &[]);
    assert_eq!(r.status, 409);
    boris.post_form(&format!("/issue/draft/{id}/discard"), &[]);
    assert!(
        anna.get(&format!("/issue/draft/{id}"))
            .text()
            .contains("YONAS")
    );

    // Codes by words, in the operator's language, frequent choices first.
    let hits: serde_json::Value =
        serde_json::from_str(&anna.get("/issue/codes?kind=vaccine&q=mmr").text()).unwrap();
    assert_eq!(hits[0]["code"], "J07BD52");
    assert_eq!(anna.get("/issue/codes?kind=nonsense&q=x").status, 400);
}

#[test]
fn with_operators_in_the_register_only_they_sign_in_with_their_own_passphrase() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let pass = d.path().join("anna.pass");
    std::fs::write(&pass, "anna's long passphrase\n").unwrap();
    let add = ephr()
        .args(["register", "--register"])
        .arg(&reg)
        .args(["operator", "add", "Anna  Petrova", "--passphrase-file"])
        .arg(&pass)
        .output()
        .unwrap();
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let list = ephr()
        .args(["register", "--register"])
        .arg(&reg)
        .args(["operator", "list"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&list.stdout), "Anna Petrova\n");

    let st = start(&reg);
    assert!(
        st.banner
            .iter()
            .any(|l| l.contains("their own name and passphrase"))
            && !st
                .banner
                .iter()
                .any(|l| l.contains("access code for signing in")),
        "{:?}",
        st.banner
    );
    let mut b = st.browser();
    let page = b.get("/signin").text();
    assert!(page.contains("type=\"password\""), "{page}");
    // The shared access code no longer signs anyone in; nor does a wrong passphrase, another
    // operator's name, or Anna's passphrase under a name that is not registered.
    for (op, code) in [
        ("Anna Petrova", "WRONG-PASSPHRASE"),
        ("Boris", "anna's long passphrase"),
        ("", "anna's long passphrase"),
    ] {
        let r = b.post_form("/signin", &[("operator", op), ("code", code)]);
        assert_eq!(r.status, 401, "{op:?}");
        assert!(r.text().contains("That name and passphrase do not match"));
    }
    let r = b.post_form(
        "/signin",
        &[
            ("operator", "Anna Petrova"),
            ("code", "anna's long passphrase"),
        ],
    );
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(b.get("/issue").status, 200);

    // Removed, she cannot sign in again; with no operator left, the access code is back.
    let rm = ephr()
        .args(["register", "--register"])
        .arg(&reg)
        .args(["operator", "remove", "Anna Petrova"])
        .output()
        .unwrap();
    assert!(rm.status.success());
    drop(st);
    let st = start(&reg);
    signed_in(&st, "Anna Petrova");
}

#[test]
fn a_draft_survives_a_killed_station() {
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let id = {
        let st = start(&reg);
        let mut b = signed_in(&st, "Anna");
        let id = new_draft(&mut b);
        let (status, _) = save(
            &mut b,
            &id,
            &reference().replace("Lesvos RIC", "Moria annex"),
        );
        assert_eq!(status, 200);
        id
        // Dropping the station kills it (SIGKILL): no shutdown, no checkpoint.
    };
    let st = start(&reg);
    let mut b = signed_in(&st, "Anna");
    assert!(b.get("/issue").text().contains(&id));
    let page = b.get(&format!("/issue/draft/{id}")).text();
    assert!(page.contains("Moria annex"), "{page}");
}

#[test]
fn a_key_the_trust_list_does_not_list_for_the_authority_stops_the_start() {
    let d = tmp();
    let out = ephr()
        .arg("station")
        .args(demo_trust())
        .args([
            "--issue",
            "--key",
            "fixtures/journey/keys/GR-EODY-LESVOS.key.pem",
        ])
        .args(["--authority", "GR-DEMO", "--register"])
        .arg(d.path().join("r.sqlite"))
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not listed for GR-DEMO"), "{err}");
    assert!(err.contains("hint: ask the trust-list operator"), "{err}");
    assert!(!d.path().join("r.sqlite").exists());
    let out = ephr()
        .args(["station", "--issue", "--authority", "GR-DEMO"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// A page's text with the templates' escapes undone, to look for a catalogue's words in it.
fn unescaped(html: &str) -> String {
    html.replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every key's words are on the page in `lang`, and its English words are not.
fn in_language(page: &str, lang: ephr::labels::Lang, keys: &[&str]) {
    let page = unescaped(page);
    let en = ephr::labels::Lang::english();
    for key in keys {
        let (mine, english) = (lang.t(key), en.t(key));
        assert_ne!(mine, english, "{}: {key} is not translated", lang.code);
        assert!(
            page.contains(mine),
            "{}: no {key} ({mine:?}) in {page}",
            lang.code
        );
        assert!(
            !page.contains(english),
            "{}: the English {key} ({english:?}) in {page}",
            lang.code
        );
    }
}

/// A problem's message at `path` in a check the station answered.
fn message_at<'a>(check: &'a serde_json::Value, path: &str) -> &'a str {
    check["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["path"] == path)
        .and_then(|p| p["message"].as_str())
        .unwrap_or_else(|| panic!("no problem at {path}: {check}"))
}

/// The issuing station in French (the browser's language at sign-in) and in Arabic (chosen
/// after): the sign-in, the issuing home, the form and the problems at their fields are in the
/// catalogue's words, none in English, and the Arabic pages lay out right to left.
#[test]
fn the_issuing_pages_and_problems_are_in_the_operators_language() {
    use ephr::labels::Lang;
    let d = tmp();
    let reg = d.path().join("register.sqlite");
    let st = start(&reg);
    let (fr, ar, en) = (
        Lang::get("fr").unwrap(),
        Lang::get("ar").unwrap(),
        Lang::english(),
    );
    let french = [("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5")];
    let mut b = st.browser();
    let signin = b.request("GET", "/signin", &french, &[]).text();
    assert!(signin.contains("lang=\"fr\""), "{signin}");
    in_language(&signin, fr, &["station-issue-operator", "station-signin"]);
    let body = format!("operator=Eleni+Kara&code={}", access_code(&st));
    let r = b.request(
        "POST",
        "/signin",
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            french[0],
        ],
        body.as_bytes(),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    // The main page: the link to the forms and what the register keeps.
    let main = b.get("/").text();
    in_language(&main, fr, &["station-issue-link"]);
    let kept = fr
        .t("station-issue-privacy")
        .split("{ $drafts }")
        .next()
        .unwrap();
    assert!(kept.len() > 20, "{kept}");
    assert!(unescaped(&main).contains(kept), "{main}");
    assert!(!main.contains("Signed entries are kept"), "{main}");
    let home = b.get("/issue").text();
    in_language(
        &home,
        fr,
        &[
            "station-issue-new-heading",
            "station-issue-new",
            "station-issue-drafts",
            "station-issue-no-drafts",
            "station-issue-find-heading",
            "station-issue-find-label",
        ],
    );
    assert!(!home.contains("lang=\"en\""), "{home}");
    let id = new_draft(&mut b);
    let form = b.get(&format!("/issue/draft/{id}")).text();
    in_language(
        &form,
        fr,
        &[
            "station-issue-nav",
            "station-issue-saved-hint",
            "station-issue-needs-js",
            "station-issue-preview",
            "station-issue-sign",
            "station-issue-discard",
        ],
    );
    // The form's own words go to its script in French.
    for key in ["form-remove", "form-fits", "form-code-placeholder"] {
        assert!(
            form.contains(&format!("\"{key}\":\"{}\"", fr.t(key))),
            "{key} in {form}"
        );
    }
    // A wrong code and text typed where a number goes: the problems in French.
    let bad = reference().replace("\"E11.9\"", "\"E1X\"");
    let (status, check) = save(&mut b, &id, &bad);
    assert_eq!(status, 200);
    let icd = message_at(&check, "problems[0].icd10");
    assert_eq!(icd, fr.fmt("field-icd10", &[("value", "E1X")]));
    assert!(
        icd.contains("CIM-10") && !icd.contains("is not a valid"),
        "{icd}"
    );
    // JSON's reader stops at the first value it cannot read, so this one is checked alone.
    let (_, check) = save(
        &mut b,
        &id,
        &reference().replace("\"height_cm\": 162.0", "\"height_cm\": \"abc\""),
    );
    let typed = message_at(&check, "vital_signs.height_cm");
    assert!(typed.starts_with("Type de valeur incorrect"), "{typed}");
    assert!(
        typed.contains("\"abc\"") && !typed.starts_with("invalid type"),
        "{typed}"
    );
    // The same station in Arabic, chosen on the page: right to left, Arabic words.
    let r = b.get("/lang?code=ar");
    assert_eq!(r.status, 303);
    let home = b.get("/issue").text();
    assert!(home.contains("lang=\"ar\" dir=\"rtl\""), "{home}");
    in_language(
        &home,
        ar,
        &[
            "station-issue-new-heading",
            "station-issue-drafts",
            "station-issue-find-label",
        ],
    );
    let form = b.get(&format!("/issue/draft/{id}")).text();
    assert!(form.contains("dir=\"rtl\""), "{form}");
    in_language(&form, ar, &["station-issue-sign", "station-issue-preview"]);
    let (_, check) = save(&mut b, &id, &bad);
    let icd = message_at(&check, "problems[0].icd10");
    assert_eq!(icd, ar.fmt("field-icd10", &[("value", "E1X")]));
    assert_ne!(icd, en.fmt("field-icd10", &[("value", "E1X")]));
    assert!(icd.contains("E1X"), "{icd}");
}
