//! What a clinician reads: a card's content as text, and the same as JSON for tools.
//!
//! Codes are shown with their display names from [`crate::codes`] in the chosen language
//! (English, French or Arabic), falling back to English; codes outside the built-in tables are
//! shown bare and marked.

use serde_json::{Value, json};

use crate::card::Claims;
use crate::codes::{self, CodeInfo};
use crate::date::format_instant;
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

/// The record as indented text, one section a block, empty sections said as such.
pub fn record_text(r: &Record, lang: &str) -> String {
    let mut o = String::new();
    let p = &r.patient;
    let name = match (&p.name, &p.name_latin) {
        (Some(n), Some(l)) => format!("{} ({})", n.full(), l.full()),
        (Some(n), None) | (None, Some(n)) => n.full(),
        (None, None) => "(no name recorded)".into(),
    };
    line(&mut o, "Patient", &name);
    let langs: Vec<String> = p
        .languages
        .iter()
        .map(|l| codes::language(l).map_or_else(|| l.clone(), |c| c.display(lang).to_owned()))
        .collect();
    line(
        &mut o,
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
    let e = &r.encounter;
    line(
        &mut o,
        "Encounter",
        &join(vec![
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
        ]),
    );
    for a in &r.alerts {
        line(&mut o, "ALERT", &format!("{}: {}", snake(a.kind), a.text));
    }
    section(
        &mut o,
        "Allergies",
        &r.allergies,
        "no known allergies",
        |a| {
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
        },
    );
    section(&mut o, "Problems", &r.problems, "no known problems", |p| {
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
    });
    section(
        &mut o,
        "Medications",
        &r.medications,
        "no known medications",
        |m| {
            join(vec![
                coded(&m.atc, codes::medicine(&m.atc), lang),
                m.dose.clone().unwrap_or_default(),
                snake(m.status),
                m.until
                    .as_ref()
                    .map_or(String::new(), |d| format!("until {d}")),
            ])
        },
    );
    match &r.immunizations {
        None => line(&mut o, "Vaccines", "not recorded"),
        Some(imm) => {
            if imm.no_records {
                line(&mut o, "Vaccines", "NO VACCINATION RECORDS");
            }
            for (i, d) in imm.doses.iter().enumerate() {
                line(
                    &mut o,
                    if i == 0 && !imm.no_records {
                        "Vaccines"
                    } else {
                        ""
                    },
                    &join(vec![
                        coded(&d.vaccine, codes::vaccine(&d.vaccine), lang),
                        d.dose_number.map_or(String::new(), |n| format!("dose {n}")),
                        d.date.clone().unwrap_or_else(|| "date unknown".into()),
                        snake(d.source),
                        d.country
                            .as_ref()
                            .map_or(String::new(), |c| country(c, lang)),
                        d.lot.as_ref().map_or(String::new(), |l| format!("lot {l}")),
                    ]),
                );
            }
        }
    }
    for (i, v) in r.vaccinations_due.iter().enumerate() {
        line(
            &mut o,
            if i == 0 { "Due" } else { "" },
            &join(vec![
                coded(&v.vaccine, codes::vaccine(&v.vaccine), lang),
                v.dose_number.map_or(String::new(), |n| format!("dose {n}")),
                v.due
                    .as_ref()
                    .map_or(String::new(), |d| format!("from {d}")),
            ]),
        );
    }
    if r.results.is_empty() {
        line(&mut o, "Results", "none recorded");
    }
    for (i, res) in r.results.iter().enumerate() {
        line(
            &mut o,
            if i == 0 { "Results" } else { "" },
            &join(vec![
                coded(&res.loinc, codes::loinc(&res.loinc), lang),
                snake(res.result).to_uppercase(),
                match (&res.value, &res.unit) {
                    (Some(v), Some(u)) => format!("{v} {u}"),
                    (Some(v), None) => v.clone(),
                    _ => String::new(),
                },
                res.date.clone().unwrap_or_default(),
                res.note.clone().unwrap_or_default(),
            ]),
        );
    }
    if let Some(v) = &r.vital_signs {
        let f = |label: &str, v: Option<String>, unit: &str| {
            v.map_or(String::new(), |v| format!("{label} {v}{unit}"))
        };
        line(
            &mut o,
            "Vital signs",
            &join(vec![
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
            ]),
        );
    }
    if let Some(p) = &r.pregnancy {
        line(
            &mut o,
            "Pregnancy",
            &join(vec![
                snake(p.status),
                p.gestational_weeks
                    .map_or(String::new(), |w| format!("{w} weeks")),
                p.expected_delivery
                    .as_ref()
                    .map_or(String::new(), |d| format!("due {d}")),
                p.gravida.map_or(String::new(), |g| format!("G{g}")),
                p.para.map_or(String::new(), |x| format!("P{x}")),
            ]),
        );
    }
    if let Some(mh) = &r.mental_health {
        line(
            &mut o,
            "Mental hlth",
            &join(vec![
                snake(mh.outcome),
                mh.tool.clone().unwrap_or_default(),
                if mh.referred {
                    "referred".into()
                } else {
                    String::new()
                },
                mh.note.clone().unwrap_or_default(),
            ]),
        );
    }
    for (i, rf) in r.referrals.iter().enumerate() {
        line(
            &mut o,
            if i == 0 { "Referrals" } else { "" },
            &join(vec![
                rf.to.clone(),
                rf.reason_icd10
                    .as_ref()
                    .map_or(String::new(), |c| coded(c, codes::icd10(c), lang)),
                snake(rf.urgency),
                rf.due.as_ref().map_or(String::new(), |d| format!("by {d}")),
                snake(rf.status),
                rf.note.clone().unwrap_or_default(),
            ]),
        );
    }
    o
}

fn section<T>(o: &mut String, label: &str, l: &Listed<T>, none: &str, f: impl Fn(&T) -> String) {
    match l {
        Listed::NotRecorded => line(o, label, "not recorded"),
        Listed::NoneKnown => line(o, label, none),
        Listed::Items(v) => {
            for (i, item) in v.iter().enumerate() {
                line(o, if i == 0 { label } else { "" }, &f(item));
            }
        }
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

/// Text for a verified card: verdict, issuer and the record.
pub fn verified_text(v: &VerifiedCard, lang: &str) -> String {
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
