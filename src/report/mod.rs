//! What a clinician reads: a card's content as text, and the same as JSON for tools.
//!
//! Codes are shown with their display names from [`crate::codes`] in the chosen language
//! (English, French or Arabic), falling back to English; codes outside the built-in tables are
//! shown bare and marked.

use serde_json::{Value, json};

mod verify;
pub use verify::{TrustListStatus, VerifyReport};

use crate::card::Claims;
use crate::codes::{self, CodeInfo};
use crate::date::format_instant;
use crate::history::{Fact, Finding, History, Provenance, RecordHistory, Severity};
use crate::record::*;
use crate::verify::{UnverifiedCard, VerifiedCard, VerifyError};

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

fn coded(code: &str, info: Option<&'static CodeInfo>, lang: &str) -> String {
    match info {
        Some(i) => format!("{} ({code})", i.display(lang)),
        None => format!("{code} (code not in ephr's tables)"),
    }
}

fn country(code: &str, lang: &str) -> String {
    codes::country(code).map_or_else(|| code.to_owned(), |c| c.display(lang).to_owned())
}

fn snake(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

fn line(out: &mut String, label: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str(&format!("  {label:<12}{text}\n"));
}

fn join(parts: Vec<String>) -> String {
    parts
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The patient's name line and details line.
fn patient_lines(o: &mut String, p: &Patient, lang: &str) {
    let name = match (&p.name, &p.name_latin) {
        (Some(n), Some(l)) => format!("{} ({})", n.full(), l.full()),
        (Some(n), None) | (None, Some(n)) => n.full(),
        (None, None) => "(no name recorded)".into(),
    };
    line(o, "Patient", &name);
    let langs: Vec<String> = p
        .languages
        .iter()
        .map(|l| codes::language(l).map_or_else(|| l.clone(), |c| c.display(lang).to_owned()))
        .collect();
    line(
        o,
        "",
        &join(vec![
            p.birth_date.as_ref().map_or(String::new(), |b| {
                format!(
                    "born {b}{}",
                    if p.birth_date_estimated {
                        " (estimated)"
                    } else {
                        ""
                    }
                )
            }),
            p.sex.map(snake).unwrap_or_default(),
            p.nationality.as_ref().map_or(String::new(), |n| {
                format!("nationality {}", country(n, lang))
            }),
            if langs.is_empty() {
                String::new()
            } else {
                format!("speaks {}", langs.join(", "))
            },
        ]),
    );
}

fn encounter_text(e: &Encounter, lang: &str) -> String {
    join(vec![
        e.date.clone(),
        country(&e.country, lang),
        e.site.clone().unwrap_or_default(),
        e.kind.map(snake).unwrap_or_default(),
        e.role.map(snake).unwrap_or_default(),
        if e.mediator {
            "mediator/interpreter present".into()
        } else {
            String::new()
        },
    ])
}

fn alert_text(a: &Alert) -> String {
    format!("{}: {}", snake(a.kind), a.text)
}

fn allergy_text(a: &Allergy, lang: &str) -> String {
    join(vec![
        a.substance.clone(),
        a.atc
            .as_ref()
            .map_or(String::new(), |c| coded(c, codes::medicine(c), lang)),
        a.category.map(snake).unwrap_or_default(),
        a.criticality
            .map(|c| format!("criticality {}", snake(c)))
            .unwrap_or_default(),
        a.reaction.clone().unwrap_or_default(),
    ])
}

fn problem_text(p: &Problem, lang: &str) -> String {
    join(vec![
        coded(&p.icd10, codes::icd10(&p.icd10), lang),
        format!(
            "{}{}",
            snake(p.status),
            if p.provisional { " (provisional)" } else { "" }
        ),
        p.onset
            .as_ref()
            .map_or(String::new(), |d| format!("since {d}")),
        p.note.clone().unwrap_or_default(),
    ])
}

fn medication_text(m: &Medication, lang: &str) -> String {
    join(vec![
        coded(&m.atc, codes::medicine(&m.atc), lang),
        m.dose.clone().unwrap_or_default(),
        snake(m.status),
        m.until
            .as_ref()
            .map_or(String::new(), |d| format!("until {d}")),
    ])
}

/// A dose without its vaccine when the vaccine is already named (`with_vaccine` false).
fn dose_text(d: &Dose, with_vaccine: bool, lang: &str) -> String {
    join(vec![
        if with_vaccine {
            coded(&d.vaccine, codes::vaccine(&d.vaccine), lang)
        } else {
            String::new()
        },
        d.dose_number.map_or(String::new(), |n| format!("dose {n}")),
        d.date.clone().unwrap_or_else(|| "date unknown".into()),
        snake(d.source),
        d.country
            .as_ref()
            .map_or(String::new(), |c| country(c, lang)),
        d.lot.as_ref().map_or(String::new(), |l| format!("lot {l}")),
    ])
}

fn due_text(v: &VaccinationDue, with_vaccine: bool, lang: &str) -> String {
    join(vec![
        if with_vaccine {
            coded(&v.vaccine, codes::vaccine(&v.vaccine), lang)
        } else {
            String::new()
        },
        v.dose_number.map_or(String::new(), |n| format!("dose {n}")),
        v.due
            .as_ref()
            .map_or(String::new(), |d| format!("from {d}")),
    ])
}

fn result_text(res: &LabResult, lang: &str) -> String {
    join(vec![
        coded(&res.loinc, codes::loinc(&res.loinc), lang),
        snake(res.result).to_uppercase(),
        match (&res.value, &res.unit) {
            (Some(v), Some(u)) => format!("{v} {u}"),
            (Some(v), None) => v.clone(),
            _ => String::new(),
        },
        res.date.clone().unwrap_or_default(),
        res.note.clone().unwrap_or_default(),
    ])
}

fn vitals_text(v: &VitalSigns) -> String {
    let f = |label: &str, v: Option<String>, unit: &str| {
        v.map_or(String::new(), |v| format!("{label} {v}{unit}"))
    };
    join(vec![
        f("height", v.height_cm.map(|x| x.to_string()), " cm"),
        f("weight", v.weight_kg.map(|x| x.to_string()), " kg"),
        f("BMI", v.bmi().map(|x| x.to_string()), ""),
        match (v.systolic_mmhg, v.diastolic_mmhg) {
            (Some(s), Some(d)) => format!("BP {s}/{d} mmHg"),
            _ => String::new(),
        },
        f("HR", v.heart_rate_bpm.map(|x| x.to_string()), "/min"),
        f(
            "RR",
            v.respiratory_rate_per_min.map(|x| x.to_string()),
            "/min",
        ),
        f("T", v.temperature_c.map(|x| x.to_string()), " °C"),
        f("SpO2", v.spo2_percent.map(|x| x.to_string()), " %"),
        f(
            "head",
            v.head_circumference_cm.map(|x| x.to_string()),
            " cm",
        ),
        f("MUAC", v.muac_cm.map(|x| x.to_string()), " cm"),
    ])
}

fn pregnancy_text(p: &Pregnancy) -> String {
    join(vec![
        snake(p.status),
        p.gestational_weeks
            .map_or(String::new(), |w| format!("{w} weeks")),
        p.expected_delivery
            .as_ref()
            .map_or(String::new(), |d| format!("due {d}")),
        p.gravida.map_or(String::new(), |g| format!("G{g}")),
        p.para.map_or(String::new(), |x| format!("P{x}")),
    ])
}

fn mental_text(mh: &MentalHealth) -> String {
    join(vec![
        snake(mh.outcome),
        mh.tool.clone().unwrap_or_default(),
        if mh.referred {
            "referred".into()
        } else {
            String::new()
        },
        mh.note.clone().unwrap_or_default(),
    ])
}

fn referral_text(rf: &Referral, lang: &str) -> String {
    join(vec![
        rf.to.clone(),
        rf.reason_icd10
            .as_ref()
            .map_or(String::new(), |c| coded(c, codes::icd10(c), lang)),
        snake(rf.urgency),
        rf.due.as_ref().map_or(String::new(), |d| format!("by {d}")),
        snake(rf.status),
        rf.note.clone().unwrap_or_default(),
    ])
}

/// Lines under one label: the label on the first only.
fn lines(o: &mut String, label: &str, items: impl IntoIterator<Item = String>) {
    for (i, t) in items.into_iter().enumerate() {
        line(o, if i == 0 { label } else { "" }, &t);
    }
}

/// The record as indented text, one section a block, empty sections said as such.
pub fn record_text(r: &Record, lang: &str) -> String {
    let mut o = String::new();
    patient_lines(&mut o, &r.patient, lang);
    line(&mut o, "Encounter", &encounter_text(&r.encounter, lang));
    for a in &r.alerts {
        line(&mut o, "ALERT", &alert_text(a));
    }
    section(
        &mut o,
        "Allergies",
        &r.allergies,
        "no known allergies",
        |a| allergy_text(a, lang),
    );
    section(&mut o, "Problems", &r.problems, "no known problems", |p| {
        problem_text(p, lang)
    });
    section(
        &mut o,
        "Medications",
        &r.medications,
        "no known medications",
        |m| medication_text(m, lang),
    );
    match &r.immunizations {
        None => line(&mut o, "Vaccines", "not recorded"),
        Some(imm) => {
            if imm.no_records {
                line(&mut o, "Vaccines", "NO VACCINATION RECORDS");
            }
            lines(
                &mut o,
                if imm.no_records { "" } else { "Vaccines" },
                imm.doses.iter().map(|d| dose_text(d, true, lang)),
            );
        }
    }
    lines(
        &mut o,
        "Due",
        r.vaccinations_due.iter().map(|v| due_text(v, true, lang)),
    );
    if r.results.is_empty() {
        line(&mut o, "Results", "none recorded");
    }
    lines(
        &mut o,
        "Results",
        r.results.iter().map(|x| result_text(x, lang)),
    );
    if let Some(v) = &r.vital_signs {
        line(&mut o, "Vital signs", &vitals_text(v));
    }
    if let Some(p) = &r.pregnancy {
        line(&mut o, "Pregnancy", &pregnancy_text(p));
    }
    if let Some(mh) = &r.mental_health {
        line(&mut o, "Mental hlth", &mental_text(mh));
    }
    lines(
        &mut o,
        "Referrals",
        r.referrals.iter().map(|x| referral_text(x, lang)),
    );
    o
}

fn section<T>(o: &mut String, label: &str, l: &Listed<T>, none: &str, f: impl Fn(&T) -> String) {
    match l {
        Listed::NotRecorded => line(o, label, "not recorded"),
        Listed::NoneKnown => line(o, label, none),
        Listed::Items(v) => lines(o, label, v.iter().map(f)),
    }
}

fn claims_json(c: &Claims) -> Value {
    json!({
        "issuer": c.issuer,
        "issued_at": format_instant(c.issued_at),
        "expires": c.expires.map(format_instant),
        "card_id": c.card_id.to_string(),
        "record_id": c.entry.record_id.to_string(),
        "follows": c.entry.follows.map(|l| l.to_string()),
        "part": c.entry.part.map(|p| json!({"index": p.index, "count": p.count})),
    })
}

/// `VALID  card …` and who issued it when.
fn verdict_head(v: &VerifiedCard, lang: &str) -> String {
    let c = v.claims();
    let a = v.authority();
    let mut o = format!("VALID  card {}\n", c.card_id);
    line(
        &mut o,
        "Issued by",
        &format!(
            "{} ({}, {}) on {}",
            a.name,
            a.id,
            country(&a.country, lang),
            format_instant(c.issued_at)
        ),
    );
    o
}

/// Text for a verified card: verdict, issuer and the record.
pub fn verified_text(v: &VerifiedCard, lang: &str) -> String {
    let c = v.claims();
    let mut o = verdict_head(v, lang);
    line(&mut o, "Signed with", &format!("key {}", v.kid()));
    if let Some(exp) = c.expires {
        line(&mut o, "Expires", &format_instant(exp));
    }
    entry_lines(&mut o, &c.entry);
    o.push('\n');
    o.push_str(&record_text(&c.entry.record, lang));
    o
}

fn entry_lines(o: &mut String, e: &crate::card::Entry) {
    line(o, "Record id", &e.record_id.to_string());
    if let Some(f) = e.follows {
        line(o, "Follows", &format!("entry {f}"));
    }
    if let Some(p) = e.part {
        line(o, "Part", &format!("{} of {}", p.index, p.count));
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

/// Text for a card that failed verification.
pub fn invalid_text(e: &VerifyError) -> String {
    let verdict = if e.is_revocation() {
        "REVOKED"
    } else {
        "NOT VALID"
    };
    format!("{verdict}  {e}\n  (code: {})\n", e.code())
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
pub fn unverified_text(u: &UnverifiedCard, lang: &str) -> String {
    let mut o = String::from("UNVERIFIED  content shown WITHOUT checking the signature\n");
    line(&mut o, "Key id", &u.kid().to_string());
    match u.claims_unverified() {
        Ok(c) => {
            line(&mut o, "Card id", &c.card_id.to_string());
            line(
                &mut o,
                "Issuer says",
                &format!("{} on {}", c.issuer, format_instant(c.issued_at)),
            );
            if let Some(exp) = c.expires {
                line(&mut o, "Expires", &format_instant(exp));
            }
            entry_lines(&mut o, &c.entry);
            o.push('\n');
            o.push_str(&record_text(&c.entry.record, lang));
        }
        Err(e) => line(&mut o, "Content", &format!("cannot be decoded: {e}")),
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
pub fn entry_summary(v: &VerifiedCard, lang: &str) -> String {
    let c = v.claims();
    let mut o = verdict_head(v, lang);
    entry_lines(&mut o, &c.entry);
    line(
        &mut o,
        "Encounter",
        &encounter_text(&c.entry.record.encounter, lang),
    );
    line(
        &mut o,
        "",
        &format!(
            "(its facts are in the history of record {} below)",
            c.entry.record_id
        ),
    );
    o
}

/// `[GR-EODY-LESVOS GR 2026-10-14 entry c0ffee…]`, one bracket for every entry that recorded it.
fn provenance_text(from: &[Provenance]) -> String {
    let one =
        |p: &Provenance| format!("{} {} {} entry {}", p.authority, p.country, p.date, p.entry);
    format!("[{}]", from.iter().map(one).collect::<Vec<_>>().join("; "))
}

fn fact_lines<T>(o: &mut String, label: &str, facts: &[Fact<T>], f: impl Fn(&T) -> String) {
    lines(
        o,
        label,
        facts
            .iter()
            .map(|x| format!("{}  {}", f(&x.value), provenance_text(&x.from))),
    );
}

/// One record's merged history as text: patient, entries with their verdicts, then every merged
/// fact with its provenance.
pub fn history_text(r: &RecordHistory, lang: &str) -> String {
    let first = &r.entries[0].provenance.date;
    let last = &r.entries[r.entries.len() - 1].provenance.date;
    let mut o = format!(
        "══ History of record {}: {} valid entr{}, {first} to {last} ══\n",
        r.record_id,
        r.entries.len(),
        if r.entries.len() == 1 { "y" } else { "ies" }
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
                "{}. VALID  {} · {} ({}) · entry {}{}",
                i + 1,
                encounter_text(&c.entry.record.encounter, lang),
                a.name,
                a.id,
                c.card_id,
                c.entry.part.map_or(String::new(), |p| format!(
                    " · part {} of {}",
                    p.index, p.count
                ))
            )
        })
        .collect();
    entries.extend(
        r.invalid
            .iter()
            .map(|e| format!("NOT VALID  {} ({}): not used", e.source, e.error.code())),
    );
    lines(&mut o, "Entries", entries);
    let m = &r.merged;
    fact_lines(&mut o, "ALERT", &m.alerts, alert_text);
    if m.allergies.is_empty() && !m.no_known_allergies.is_empty() {
        line(
            &mut o,
            "Allergies",
            &format!(
                "no known allergies  {}",
                provenance_text(&m.no_known_allergies)
            ),
        );
    }
    fact_lines(&mut o, "Allergies", &m.allergies, |a| allergy_text(a, lang));
    if !m.no_vaccination_records.is_empty() {
        line(
            &mut o,
            "Vaccines",
            &format!(
                "NO VACCINATION RECORDS  {}",
                provenance_text(&m.no_vaccination_records)
            ),
        );
    }
    let mut vaccines = Vec::new();
    for v in &m.immunizations {
        let n = v.doses.len();
        vaccines.push(format!(
            "{}: {n} dose{} recorded",
            coded(&v.vaccine, codes::vaccine(&v.vaccine), lang),
            if n == 1 { "" } else { "s" }
        ));
        for d in &v.doses {
            vaccines.push(format!(
                "  {}  {}",
                dose_text(&d.value, false, lang),
                provenance_text(&d.from)
            ));
        }
        for d in &v.due {
            vaccines.push(format!(
                "  DUE {}  {}",
                due_text(&d.value, false, lang),
                provenance_text(&d.from)
            ));
        }
    }
    lines(
        &mut o,
        if m.no_vaccination_records.is_empty() {
            "Vaccines"
        } else {
            ""
        },
        vaccines,
    );
    let active: Vec<_> = m.active_problems().cloned().collect();
    fact_lines(&mut o, "Problems", &active, |p| problem_text(p, lang));
    let other: Vec<_> = m
        .problems
        .iter()
        .filter(|p| !active.contains(p))
        .cloned()
        .collect();
    fact_lines(&mut o, "Past probl.", &other, |p| problem_text(p, lang));
    fact_lines(&mut o, "Medications", &m.medications, |x| {
        medication_text(x, lang)
    });
    fact_lines(&mut o, "Results", &m.results, |x| result_text(x, lang));
    if let Some(v) = &m.vital_signs {
        fact_lines(&mut o, "Vital signs", std::slice::from_ref(v), vitals_text);
    }
    if let Some(v) = &m.pregnancy {
        fact_lines(&mut o, "Pregnancy", std::slice::from_ref(v), pregnancy_text);
    }
    if let Some(v) = &m.mental_health {
        fact_lines(&mut o, "Mental hlth", std::slice::from_ref(v), mental_text);
    }
    fact_lines(&mut o, "Referrals", &m.referrals, |x| {
        referral_text(x, lang)
    });
    o
}

/// A finding as one line: `WARNING  … (code: gap)`.
pub fn finding_text(f: &Finding) -> String {
    let label = match f.severity() {
        Severity::Problem => "PROBLEM",
        Severity::Warning => "WARNING",
        Severity::Note => "NOTE",
    };
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
    #[test]
    fn printable_neutralises_terminal_escapes_and_bidi_overrides() {
        let s = super::printable("X\u{1b}[2A\r\u{202E}abc\nnext");
        assert!(!s.contains('\u{1b}') && !s.contains('\r') && !s.contains('\u{202E}'));
        assert!(s.ends_with("abc\nnext"));
        assert_eq!(super::printable("آمنة الخليل"), "آمنة الخليل");
    }
}
