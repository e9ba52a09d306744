//! What the booklet says: the cover, each entry's sections, its signed QR code and the last
//! page. Everything printed here comes from the decoded, signed claims of a [`PrintEntry`].

use super::PrintEntry;
use super::canvas::{Ink, QUIET_ZONE};
use super::flow::{BODY, Cell, Flow, HEAD, SMALL, is_rtl_text, leading};
use crate::card::EntryLink;
use crate::codes::{self, CodeInfo};
use crate::qr::Rendered;
use crate::record::{Listed, Record};

/// The serde name of an enum value, which is also the catalogue key suffix.
pub(crate) fn key_of(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn value(f: &Flow, prefix: &str, v: impl serde::Serialize) -> String {
    f.langs.c(&format!("{prefix}-{}", key_of(v))).to_owned()
}

/// A coded concept: its name for the clinician, then the code and the patient's name in grey
/// (when the patient's language has a name of its own: an English fallback is not repeated as
/// if it were a translation).
pub(crate) fn coded(f: &Flow, code: &str, info: Option<&CodeInfo>) -> Cell {
    let Some(info) = info else {
        return Cell::text(code);
    };
    let c = info.display(f.langs.clinician.code);
    let mut cell = Cell::text(c).sub(code);
    if let Some(p) = info.name_in(f.langs.patient.code)
        && p != c
    {
        cell = cell.sub_patient(p);
    }
    cell
}

pub(crate) fn country(f: &Flow, code: &str) -> String {
    codes::country(code).map_or_else(
        || code.to_owned(),
        |c| c.display(f.langs.clinician.code).to_owned(),
    )
}

/// The calendar day (UTC) of a signing time: the hour is noise on paper.
pub(crate) fn day(t: i64) -> String {
    crate::date::instant_date(t)
        .map_or_else(|| crate::date::format_instant(t), crate::date::format_date)
}

fn join(parts: impl IntoIterator<Item = String>) -> String {
    parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The person's name as their own script gives it, and in Latin letters.
pub(crate) fn names(r: &Record) -> (Option<String>, Option<String>) {
    let p = &r.patient;
    (
        p.name.as_ref().map(|n| n.full()),
        p.name_latin.as_ref().map(|n| n.full()),
    )
}

pub(crate) fn birth(f: &Flow, r: &Record) -> String {
    let p = &r.patient;
    match &p.birth_date {
        Some(b) if p.birth_date_estimated => format!("{b} ({})", f.langs.c("estimated")),
        Some(b) => b.clone(),
        None => f.langs.c("not-recorded").to_owned(),
    }
}

/// The cover: who this is, who issued the record, and anything a clinician must see first.
pub(crate) fn cover(f: &mut Flow, entries: &[PrintEntry]) {
    let first = &entries[0];
    let r = &first.claims.entry.record;
    f.card = first.claims.card_id.to_string();
    f.ensure(0.0);
    f.gap(4.0);
    let (c, p) = f.langs.both("title");
    let (cl, pl) = (f.langs.clinician, f.langs.patient);
    f.centered(&c, cl, 14.0, true, Ink::Black);
    if let Some(p) = p {
        f.centered(&p, pl, 12.0, true, Ink::Black);
    }
    f.gap(1.5);
    f.centered(pl.t("subtitle"), pl, SMALL + 0.5, false, Ink::Grey);
    f.gap(4.0);
    identity(f, r);
    let alerts = alert_lines(f, entries);
    if !alerts.is_empty() {
        f.gap(2.0);
        f.heading("sec-alerts", leading(BODY));
        for a in alerts {
            f.paragraph(&a, cl, BODY, true, is_rtl_text(&a), Ink::Alert);
        }
        f.end_section();
    }
    f.gap(2.0);
    if entries.len() == 1 {
        f.field(
            "issued-by",
            &Cell::text(first.issuer_line()).sub(country(f, &first.issuer_country())),
        );
        f.field("issued-on", &Cell::text(day(first.claims.issued_at)));
    } else {
        // The journey at a glance, in place of the first issuer: where and when each clinic
        // added to the record.
        let lines: Vec<String> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let enc = &e.claims.entry.record.encounter;
                format!(
                    "{}. {} · {} · {}",
                    i + 1,
                    enc.date,
                    country(f, &enc.country),
                    e.claims.issuer
                )
            })
            .collect();
        f.field("entries", &Cell::text(lines.join("\n")));
    }
    f.field("card-id", &Cell::text(first.claims.card_id.to_string()));
    f.field(
        "record-id",
        &Cell::text(first.claims.entry.record_id.to_string()),
    );
}

/// The cover of a confidential insert: what it is and whom to show it to, in the person's
/// language first, the identity to match it with the booklet, and which sections it holds.
/// Nothing of the facts themselves is on the cover.
pub(crate) fn insert_cover(f: &mut Flow, entries: &[PrintEntry]) {
    let first = &entries[0];
    f.card = first.claims.card_id.to_string();
    f.ensure(0.0);
    f.gap(4.0);
    // The person's language first: the insert is theirs to keep apart.
    let (c, p) = f.langs.both("insert-title");
    let (cl, pl) = (f.langs.clinician, f.langs.patient);
    if let Some(p) = &p {
        f.centered(p, pl, 14.0, true, Ink::Alert);
    }
    let size = if p.is_some() { 12.0 } else { 14.0 };
    f.centered(&c, cl, size, true, Ink::Alert);
    f.gap(3.0);
    let (c, p) = (f.langs.clinician, f.langs.patient);
    for lang in if p == c { vec![p] } else { vec![p, c] } {
        f.paragraph(
            lang.t("insert-text"),
            lang,
            BODY,
            false,
            lang.rtl,
            Ink::Black,
        );
        f.gap(2.0);
    }
    f.gap(2.0);
    identity(f, &first.claims.entry.record);
    f.gap(2.0);
    let held: Vec<String> = held_sections(entries)
        .into_iter()
        .map(|key| f.langs.c(key).to_owned())
        .collect();
    let sep = f.langs.clinician.list_separator();
    f.field("insert-holds", &Cell::text(held.join(sep)));
    f.field(
        "issued-by",
        &Cell::text(first.issuer_line()).sub(country(f, &first.issuer_country())),
    );
    f.field("issued-on", &Cell::text(day(first.claims.issued_at)));
    f.field("card-id", &Cell::text(first.claims.card_id.to_string()));
    f.field(
        "record-id",
        &Cell::text(first.claims.entry.record_id.to_string()),
    );
}

/// The catalogue keys of the sections that hold something in any of `entries`, in the order
/// the entry pages print them.
fn held_sections(entries: &[PrintEntry]) -> Vec<&'static str> {
    let records: Vec<&Record> = entries.iter().map(|e| &e.claims.entry.record).collect();
    let any = |has: &dyn Fn(&Record) -> bool| records.iter().any(|r| has(r));
    [
        ("sec-problems", any(&|r| !r.problems.items().is_empty())),
        (
            "sec-medications",
            any(&|r| !r.medications.items().is_empty()),
        ),
        ("sec-results", any(&|r| !r.results.is_empty())),
        ("sec-mental-health", any(&|r| r.mental_health.is_some())),
        ("sec-pregnancy", any(&|r| r.pregnancy.is_some())),
        ("sec-referrals", any(&|r| !r.referrals.is_empty())),
        ("sec-alerts", any(&|r| !r.alerts.is_empty())),
    ]
    .into_iter()
    .filter_map(|(key, held)| held.then_some(key))
    .collect()
}

fn identity(f: &mut Flow, r: &Record) {
    let (own, latin) = names(r);
    let p = &r.patient;
    let mut name = Cell::text(
        own.clone()
            .or(latin.clone())
            .unwrap_or_else(|| f.langs.c("no-name").to_owned()),
    );
    name.bold = true;
    f.field("name", &name);
    if let (Some(_), Some(l)) = (&own, &latin) {
        f.field("name-latin", &Cell::text(l.clone()));
    }
    f.field("birth-date", &Cell::text(birth(f, r)));
    let sex = p.sex.map_or_else(
        || f.langs.c("not-recorded").to_owned(),
        |s| value(f, "sex", s),
    );
    f.field("sex", &Cell::text(sex));
    let nat = p
        .nationality
        .as_ref()
        .map_or_else(|| f.langs.c("not-recorded").to_owned(), |n| country(f, n));
    f.field("nationality", &Cell::text(nat));
    let langs: Vec<String> = p
        .languages
        .iter()
        .map(|l| {
            codes::language(l).map_or_else(
                || l.clone(),
                |c| c.display(f.langs.clinician.code).to_owned(),
            )
        })
        .collect();
    let langs = if langs.is_empty() {
        f.langs.c("not-recorded").to_owned()
    } else {
        langs.join(f.langs.clinician.list_separator())
    };
    f.field("languages", &Cell::text(langs));
}

/// Alerts and high-risk allergies of every entry, for the cover and the wallet card.
pub(crate) fn alert_lines(f: &Flow, entries: &[PrintEntry]) -> Vec<String> {
    let mut out = Vec::new();
    for e in entries {
        let r = &e.claims.entry.record;
        for a in &r.alerts {
            out.push(format!("{}: {}", value(f, "alert", a.kind), a.text));
        }
    }
    out.dedup();
    out
}

/// Allergies for the wallet card, one line each.
pub(crate) fn allergy_lines(f: &Flow, entries: &[PrintEntry]) -> Vec<String> {
    let mut out = Vec::new();
    let mut none_known = false;
    for e in entries {
        match &e.claims.entry.record.allergies {
            Listed::Items(items) => {
                for a in items {
                    let risk = a.criticality.map(|c| {
                        f.langs
                            .clinician
                            .fmt("criticality", &[("level", &value(f, "criticality", c))])
                    });
                    out.push(join([
                        a.substance.clone(),
                        risk.unwrap_or_default(),
                        a.reaction.clone().unwrap_or_default(),
                    ]));
                }
            }
            Listed::NoneKnown => none_known = true,
            Listed::NotRecorded => {}
        }
    }
    if out.is_empty() {
        out.push(
            f.langs
                .c(if none_known {
                    "none-known"
                } else {
                    "none-recorded"
                })
                .to_owned(),
        );
    }
    out
}

/// The entry `entries[i]` (the booklet's entries in print order): who recorded it and when, its
/// sections, and its signed QR code.
pub(crate) fn entry(f: &mut Flow, entries: &[PrintEntry], i: usize, qr: &Rendered, module: f32) {
    let e = &entries[i];
    let (n, total) = (i + 1, entries.len());
    f.card = e.claims.card_id.to_string();
    f.new_page();
    let r = &e.claims.entry.record;
    let heading = if total > 1 {
        format!(
            "{} — {}",
            f.langs.clinician.fmt(
                "entry-heading",
                &[("n", &n.to_string()), ("total", &total.to_string())]
            ),
            e.issuer_line()
        )
    } else {
        e.issuer_line()
    };
    let cl = f.langs.clinician;
    f.paragraph(&heading, cl, HEAD, true, is_rtl_text(&heading), Ink::Black);
    let enc = &r.encounter;
    f.field(
        "encounter-date",
        &Cell::text(enc.date.clone()).sub(join([
            country(f, &enc.country),
            enc.site.clone().unwrap_or_default(),
        ])),
    );
    if let Some(k) = enc.kind {
        f.field("encounter-kind", &Cell::text(value(f, "kind", k)));
    }
    if let Some(role) = enc.role {
        f.field("encounter-role", &Cell::text(value(f, "role", role)));
    }
    if enc.mediator {
        f.paragraph(cl.t("mediator"), cl, SMALL, false, f.mirror, Ink::Grey);
    }
    if let Some(link) = &e.claims.entry.follows {
        f.field("follows", &Cell::text(followed(f, entries, link)));
    }
    if let Some(part) = &e.claims.entry.part {
        let t = f.langs.clinician.fmt(
            "part",
            &[
                ("n", &part.index.to_string()),
                ("total", &part.count.to_string()),
            ],
        );
        f.paragraph(&t, cl, SMALL, false, f.mirror, Ink::Grey);
    }
    f.gap(2.0);
    // A follow-up or a part of a split record carries only some sections; listing every other
    // one as "none recorded" would read as if the person had none of them.
    let partial = e.claims.entry.follows.is_some() || e.claims.entry.part.is_some();
    immunizations(f, r, partial);
    problems(f, r, partial);
    medications(f, r, partial);
    allergies(f, r, partial);
    results(f, r, partial);
    vitals(f, r, partial);
    pregnancy(f, r, partial);
    referrals(f, r, partial);
    alerts(f, r, partial);
    signed_qr(f, e, qr, module);
}

/// The entry a follow-up adds to, as a reader can find it: its card id (printed in the footer
/// of its pages) and encounter date when it is in this booklet. The link itself is a hash of
/// the signed bytes that no page shows, so it is not printed.
fn followed(f: &Flow, entries: &[PrintEntry], link: &EntryLink) -> String {
    match entries.iter().position(|x| x.link == *link) {
        Some(j) => {
            let x = &entries[j];
            f.langs.clinician.fmt(
                "follows-entry",
                &[
                    ("n", &(j + 1).to_string()),
                    ("card", &x.claims.card_id.to_string()),
                    ("date", &x.claims.entry.record.encounter.date),
                ],
            )
        }
        None => f.langs.c("follows-elsewhere").to_owned(),
    }
}

fn empty(f: &mut Flow, key: &str) {
    let cl = f.langs.clinician;
    f.paragraph(cl.t(key), cl, BODY, false, f.mirror, Ink::Grey);
    f.end_section();
}

fn listed<T>(
    f: &mut Flow,
    section: &str,
    list: &Listed<T>,
    partial: bool,
    body: impl FnOnce(&mut Flow, &[T]),
) {
    match list {
        Listed::NotRecorded if partial => {}
        Listed::NotRecorded => {
            f.heading(section, leading(BODY));
            empty(f, "none-recorded");
        }
        Listed::NoneKnown => {
            f.heading(section, leading(BODY));
            empty(f, "none-known");
        }
        Listed::Items(items) => {
            f.heading(section, 22.0);
            body(f, items);
            f.end_section();
        }
    }
}

fn immunizations(f: &mut Flow, r: &Record, partial: bool) {
    match &r.immunizations {
        None if partial => {}
        None => {
            f.heading("sec-immunizations", leading(BODY));
            empty(f, "none-recorded");
        }
        Some(im) => {
            f.heading("sec-immunizations", 22.0);
            if im.no_records {
                f.paragraph(
                    f.langs.c("no-vaccination-records"),
                    f.langs.clinician,
                    BODY,
                    false,
                    f.mirror,
                    Ink::Black,
                );
            }
            let rows: Vec<Vec<Cell>> = im
                .doses
                .iter()
                .map(|d| {
                    // A dose given here carries the encounter date (the decoder fills it in);
                    // any other dose without a date has none: the person did not know it.
                    let date = d
                        .date
                        .clone()
                        .unwrap_or_else(|| f.langs.c("date-unknown").to_owned());
                    let mut source = Cell::text(value(f, "source", d.source));
                    if let Some(c) = &d.country {
                        source = source.sub(country(f, c));
                    }
                    if let Some(lot) = &d.lot {
                        source = source.sub(f.langs.clinician.fmt("lot", &[("lot", lot)]));
                    }
                    vec![
                        coded(f, &d.vaccine, codes::vaccine(&d.vaccine)),
                        Cell::text(date),
                        Cell::text(d.dose_number.map_or_else(String::new, |n| {
                            f.langs.clinician.number(&n.to_string())
                        })),
                        source,
                    ]
                })
                .collect();
            if !rows.is_empty() {
                f.table(
                    &[
                        ("col-vaccine", 0.42),
                        // Wide enough for a date on one line, and for the longest "Dose"
                        // (Slovenian "Odmerek") on two, hyphenated, on an A6 page.
                        ("col-date", 0.18),
                        ("col-dose", 0.12),
                        ("col-source", 0.28),
                    ],
                    &rows,
                );
            }
            f.end_section();
        }
    }
    if !r.vaccinations_due.is_empty() {
        f.heading("sec-vaccinations-due", 18.0);
        let rows: Vec<Vec<Cell>> =
            r.vaccinations_due
                .iter()
                .map(|d| {
                    vec![
                        coded(f, &d.vaccine, codes::vaccine(&d.vaccine)),
                        Cell::text(d.dose_number.map_or_else(String::new, |n| {
                            f.langs.clinician.number(&n.to_string())
                        })),
                        Cell::text(d.due.clone().unwrap_or_default()),
                    ]
                })
                .collect();
        f.table(
            &[("col-vaccine", 0.55), ("col-dose", 0.15), ("col-due", 0.3)],
            &rows,
        );
        f.end_section();
    }
}

fn problems(f: &mut Flow, r: &Record, partial: bool) {
    listed(f, "sec-problems", &r.problems, partial, |f, items| {
        let rows: Vec<Vec<Cell>> = items
            .iter()
            .map(|p| {
                let mut d = coded(f, &p.icd10, codes::icd10(&p.icd10));
                if p.provisional {
                    d = d.sub(f.langs.c("provisional"));
                }
                if let Some(n) = &p.note {
                    d = d.sub(n.clone());
                }
                let mut status = Cell::text(value(f, "problem", p.status));
                if let Some(o) = &p.onset {
                    status = status.sub(f.langs.clinician.fmt("onset", &[("date", o)]));
                }
                vec![d, status]
            })
            .collect();
        f.table(&[("col-diagnosis", 0.7), ("col-status", 0.3)], &rows);
    });
}

fn medications(f: &mut Flow, r: &Record, partial: bool) {
    listed(f, "sec-medications", &r.medications, partial, |f, items| {
        let rows: Vec<Vec<Cell>> = items
            .iter()
            .map(|m| {
                let mut status = Cell::text(value(f, "medication", m.status));
                if let Some(u) = &m.until {
                    status = status.sub(f.langs.clinician.fmt("until", &[("date", u)]));
                }
                vec![
                    coded(f, &m.atc, codes::medicine(&m.atc)),
                    Cell::text(m.dose.clone().unwrap_or_default()),
                    status,
                ]
            })
            .collect();
        f.table(
            &[
                ("col-medicine", 0.45),
                ("col-dosage", 0.3),
                ("col-status", 0.25),
            ],
            &rows,
        );
    });
}

fn allergies(f: &mut Flow, r: &Record, partial: bool) {
    listed(f, "sec-allergies", &r.allergies, partial, |f, items| {
        let rows: Vec<Vec<Cell>> = items
            .iter()
            .map(|a| {
                let mut s = Cell::text(a.substance.clone());
                s.bold = a.criticality == Some(crate::record::Criticality::High);
                s.alert = s.bold;
                if let Some(atc) = &a.atc {
                    let c = coded(f, atc, codes::medicine(atc));
                    s = s.sub(format!("{} {atc}", c.main));
                }
                if let Some(cat) = a.category {
                    s = s.sub(value(f, "allergy", cat));
                }
                let mut reaction = Cell::text(a.reaction.clone().unwrap_or_default());
                if let Some(c) = a.criticality {
                    reaction = reaction.sub(
                        f.langs
                            .clinician
                            .fmt("criticality", &[("level", &value(f, "criticality", c))]),
                    );
                }
                vec![s, reaction]
            })
            .collect();
        f.table(&[("col-substance", 0.5), ("col-reaction", 0.5)], &rows);
    });
}

fn results(f: &mut Flow, r: &Record, partial: bool) {
    if !r.results.is_empty() || !partial {
        f.heading("sec-results", leading(BODY) * 2.0);
        if r.results.is_empty() {
            let cl = f.langs.clinician;
            f.paragraph(cl.t("none-recorded"), cl, BODY, false, f.mirror, Ink::Grey);
        } else {
            let rows: Vec<Vec<Cell>> = r
                .results
                .iter()
                .map(|t| {
                    let mut res = Cell::text(value(f, "result", t.result));
                    if let Some(v) = &t.value {
                        let v = f.langs.clinician.number(v);
                        res = res.sub(format!("{v} {}", t.unit.clone().unwrap_or_default()));
                    }
                    vec![
                        coded(f, &t.loinc, codes::loinc(&t.loinc)),
                        res,
                        // A result without its own date is of the encounter date: the wire
                        // format leaves it out and the decoder fills it in, so this fallback
                        // only restates that rule (unlike a dose, whose date may be unknown).
                        Cell::text(t.date.clone().unwrap_or_else(|| r.encounter.date.clone())),
                    ]
                })
                .collect();
            f.table(
                &[("col-test", 0.55), ("col-result", 0.25), ("col-date", 0.2)],
                &rows,
            );
        }
        f.end_section();
    }
    if let Some(m) = &r.mental_health {
        f.heading("sec-mental-health", leading(BODY) * 2.0);
        f.field("mh-outcome", &Cell::text(value(f, "mh", m.outcome)));
        if let Some(t) = &m.tool {
            f.field("mh-tool", &Cell::text(t.clone()));
        }
        let yn = if m.referred { "yes" } else { "no" };
        f.field("mh-referred", &Cell::text(f.langs.c(yn)));
        if let Some(n) = &m.note {
            f.paragraph(
                n,
                f.langs.clinician,
                SMALL,
                false,
                is_rtl_text(n),
                Ink::Grey,
            );
        }
        f.end_section();
    }
}

fn vitals(f: &mut Flow, r: &Record, partial: bool) {
    let Some(v) = &r.vital_signs else {
        if !partial {
            f.heading("sec-vital-signs", leading(BODY));
            empty(f, "none-recorded");
        }
        return;
    };
    f.heading("sec-vital-signs", leading(BODY) * 2.0);
    let cl = f.langs.clinician;
    let num =
        |x: Option<f64>, unit: &str| x.map(|x| format!("{} {unit}", cl.number(&x.to_string())));
    let int =
        |x: Option<u16>, unit: &str| x.map(|x| format!("{} {unit}", cl.number(&x.to_string())));
    let mm = |x: Option<u16>| x.map_or_else(|| "–".to_owned(), |x| cl.number(&x.to_string()));
    let bp = (v.systolic_mmhg.is_some() || v.diastolic_mmhg.is_some())
        .then(|| format!("{}/{} mmHg", mm(v.systolic_mmhg), mm(v.diastolic_mmhg)));
    let rows = [
        ("vital-height", num(v.height_cm, "cm")),
        ("vital-weight", num(v.weight_kg, "kg")),
        ("vital-bp", bp),
        ("vital-heart-rate", int(v.heart_rate_bpm, "/min")),
        (
            "vital-respiratory-rate",
            int(v.respiratory_rate_per_min, "/min"),
        ),
        ("vital-temperature", num(v.temperature_c, "°C")),
        ("vital-spo2", int(v.spo2_percent, "%")),
        ("vital-head", num(v.head_circumference_cm, "cm")),
        ("vital-muac", num(v.muac_cm, "cm")),
    ];
    for (k, val) in rows {
        if let Some(val) = val {
            f.field(k, &Cell::text(val));
        }
    }
    f.end_section();
}

fn pregnancy(f: &mut Flow, r: &Record, partial: bool) {
    let Some(p) = &r.pregnancy else {
        // Only for women and girls of an age to be pregnant does "not recorded" say something;
        // elsewhere the section would be noise.
        let relevant = r.patient.sex == Some(crate::record::Sex::Female);
        if !partial && relevant {
            f.heading("sec-pregnancy", leading(BODY));
            empty(f, "none-recorded");
        }
        return;
    };
    f.heading("sec-pregnancy", leading(BODY) * 2.0);
    f.field(
        "pregnancy-status",
        &Cell::text(value(f, "pregnancy", p.status)),
    );
    if let Some(d) = &p.expected_delivery {
        f.field("expected-delivery", &Cell::text(d.clone()));
    }
    for (k, v) in [
        ("gestational-weeks", p.gestational_weeks),
        ("gravida", p.gravida),
        ("para", p.para),
    ] {
        if let Some(v) = v {
            let v = f.langs.clinician.number(&v.to_string());
            f.field(k, &Cell::text(v));
        }
    }
    f.end_section();
}

fn referrals(f: &mut Flow, r: &Record, partial: bool) {
    if r.referrals.is_empty() {
        if !partial {
            f.heading("sec-referrals", leading(BODY));
            empty(f, "none-recorded");
        }
        return;
    }
    f.heading("sec-referrals", 20.0);
    let rows: Vec<Vec<Cell>> = r
        .referrals
        .iter()
        .map(|x| {
            let mut to = Cell::text(x.to.clone());
            if let Some(code) = &x.reason_icd10 {
                let c = coded(f, code, codes::icd10(code));
                to = to.sub(
                    f.langs
                        .clinician
                        .fmt("reason", &[("reason", &format!("{} ({code})", c.main))]),
                );
            }
            if let Some(n) = &x.note {
                to = to.sub(n.clone());
            }
            let mut due = Cell::text(x.due.clone().unwrap_or_default());
            due = due.sub(value(f, "urgency", x.urgency));
            vec![to, due, Cell::text(value(f, "referral", x.status))]
        })
        .collect();
    f.table(
        &[("col-to", 0.5), ("col-due", 0.25), ("col-status", 0.25)],
        &rows,
    );
    f.end_section();
}

fn alerts(f: &mut Flow, r: &Record, partial: bool) {
    if r.alerts.is_empty() {
        if !partial {
            f.heading("sec-alerts", leading(BODY));
            empty(f, "none-recorded");
        }
        return;
    }
    f.heading("sec-alerts", 8.0);
    let rows: Vec<Vec<Cell>> = r
        .alerts
        .iter()
        .map(|a| {
            let mut k = Cell::text(value(f, "alert", a.kind));
            k.alert = true;
            k.bold = true;
            let mut t = Cell::text(a.text.clone());
            t.alert = true;
            vec![k, t]
        })
        .collect();
    f.table(&[("col-alert", 0.35), ("col-details", 0.65)], &rows);
    f.end_section();
}

/// The entry's QR code, centred, with what it is and who signed it.
fn signed_qr(f: &mut Flow, e: &PrintEntry, qr: &Rendered, module: f32) {
    let side = (qr.width() + 2 * QUIET_ZONE) as f32 * module;
    let caption = leading(SMALL) * 4.0 + 2.0;
    f.heading("sec-signed", side + caption);
    let x = (f.geo.width - side) / 2.0;
    let y = f.y;
    f.page().qr(qr, x, y, module);
    f.y += side;
    let (c, p) = f.langs.both("qr-caption");
    let (cl, pl) = (f.langs.clinician, f.langs.patient);
    f.centered(&c, cl, SMALL, false, Ink::Black);
    if let Some(p) = p {
        f.centered(&p, pl, SMALL, false, Ink::Black);
    }
    let who = f.langs.clinician.fmt(
        "qr-issuer",
        &[
            ("issuer", &e.issuer_line()),
            ("date", &day(e.claims.issued_at)),
        ],
    );
    f.centered(&who, cl, SMALL, false, Ink::Grey);
    f.end_section();
}

/// The last page: how a clinic checks the booklet, and what the person should know about
/// their data, in their language.
pub(crate) fn last_page(f: &mut Flow) {
    f.new_page();
    let c = f.langs.clinician;
    let p = f.langs.patient;
    f.paragraph(c.t("verify-title"), c, HEAD, true, c.rtl, Ink::Black);
    f.gap(1.0);
    f.paragraph(c.t("verify-steps"), c, BODY, false, c.rtl, Ink::Black);
    f.gap(5.0);
    for lang in if p == c { vec![p] } else { vec![p, c] } {
        f.paragraph(
            lang.t("privacy-title"),
            lang,
            HEAD,
            true,
            lang.rtl,
            Ink::Black,
        );
        f.gap(1.0);
        f.paragraph(
            lang.t("privacy-text"),
            lang,
            BODY,
            false,
            lang.rtl,
            Ink::Black,
        );
        f.gap(4.0);
    }
}
