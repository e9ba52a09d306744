//! Every content rule, one table per group of rules.
//!
//! A case edits one field of [`BASE`], a complete record that is valid, so that each case shows
//! one rule breaking in isolation, and names the path and part of the message a health worker
//! must then see. `every_message_in_validate_rs_has_a_case` reads validate.rs itself, so a rule
//! added there without a case here fails the build's tests.

use serde_json::Value;

use super::*;

/// A synthetic record (no real person) that fills every section, so that any field can be broken
/// by one edit. Names are in Arabic script with a transliteration, which exercises the Latin rules.
const BASE: &str = r#"{
  "patient": {
    "name": { "family": "حداد", "given": "ليلى" },
    "name_latin": { "family": "HADDAD", "given": "LAYLA" },
    "birth_date": "1991-03",
    "birth_date_estimated": true,
    "sex": "female",
    "nationality": "SY",
    "languages": ["ar", "en"]
  },
  "encounter": {
    "date": "2026-10-14", "country": "GR", "site": "Example health post, medical unit",
    "kind": "initial_assessment", "role": "nurse", "mediator": true
  },
  "vital_signs": {
    "height_cm": 162.5, "weight_kg": 58.2, "systolic_mmhg": 118, "diastolic_mmhg": 76,
    "heart_rate_bpm": 82, "respiratory_rate_per_min": 16, "temperature_c": 36.8,
    "spo2_percent": 98, "head_circumference_cm": 55.5, "muac_cm": 26.5
  },
  "problems": [
    { "icd10": "E11.9", "onset": "2019", "note": "On metformin since 2020, no HbA1c available" }
  ],
  "allergies": [
    { "substance": "penicillin", "atc": "J01C", "category": "medication",
      "criticality": "high", "reaction": "urticaria and wheeze, 2019" }
  ],
  "medications": [
    { "atc": "A10BA02", "dose": "500 mg twice daily" },
    { "atc": "J04AC01", "dose": "300 mg once daily", "until": "2027-04-14" }
  ],
  "immunizations": { "doses": [
    { "vaccine": "J07BD52", "date": "1992-04", "dose_number": 1, "source": "documented", "country": "SY" },
    { "vaccine": "J07AM51", "date": "2026-10-14", "dose_number": 1, "source": "given_here",
      "country": "GR", "lot": "TD2026-0412" }
  ] },
  "results": [
    { "loinc": "71773-6", "result": "positive", "date": "2026-10-14", "note": "Latent TB, chest X-ray clear" },
    { "loinc": "718-7", "result": "abnormal", "value": "10.9", "unit": "g/dL" }
  ],
  "pregnancy": {
    "status": "pregnant", "expected_delivery": "2027-03-02", "gestational_weeks": 20,
    "gravida": 2, "para": 1
  },
  "mental_health": { "outcome": "concerns", "tool": "RHS-15", "referred": true,
                     "note": "Sleeps poorly since arrival" },
  "referrals": [
    { "to": "TB clinic", "reason_icd10": "R76.1", "urgency": "soon", "due": "2026-11-01",
      "note": "Isoniazid started, review liver tests" }
  ],
  "vaccinations_due": [ { "vaccine": "J07AM51", "dose_number": 2, "due": "2026-11-11" } ],
  "alerts": [ { "kind": "high_risk_pregnancy", "text": "Type 2 diabetes in pregnancy" } ]
}"#;

/// One change to [`BASE`]; pointers are RFC 6901 JSON pointers.
enum Edit {
    /// Sets the field (or appends, at an array's length) to this JSON text.
    Set(&'static str, &'static str),
    /// Leaves the field out.
    Remove(&'static str),
    /// Sets the field to an array of this many copies of one JSON item.
    Repeat(&'static str, &'static str, usize),
    /// Sets the field to a string of this many copies of one character.
    Chars(&'static str, char, usize),
}
use Edit::*;

/// (name, edits, expected path, a part of the expected message).
struct Case(&'static str, &'static [Edit], &'static str, &'static str);

fn edited(edits: &[Edit]) -> Value {
    let mut record: Value = serde_json::from_str(BASE).expect("BASE is JSON");
    for edit in edits {
        let (pointer, new) = match edit {
            Set(p, json) => (p, Some(serde_json::from_str(json).expect("edit is JSON"))),
            Remove(p) => (p, None),
            Repeat(p, json, n) => {
                let item: Value = serde_json::from_str(json).expect("item is JSON");
                (p, Some(Value::Array(vec![item; *n])))
            }
            Chars(p, c, n) => (p, Some(Value::String(c.to_string().repeat(*n)))),
        };
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer starts with /");
        let parent = record
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("BASE has no {parent}"));
        match (parent, new) {
            (Value::Object(m), Some(v)) => {
                m.insert(key.to_owned(), v);
            }
            (Value::Object(m), None) => {
                m.remove(key)
                    .unwrap_or_else(|| panic!("BASE has no {pointer}"));
            }
            (Value::Array(a), new) => {
                let i: usize = key.parse().expect("array index");
                match new {
                    Some(v) if i == a.len() => a.push(v),
                    Some(v) => a[i] = v,
                    None => drop(a.remove(i)),
                }
            }
            _ => panic!("{pointer} is not inside an object or array"),
        }
    }
    record
}

/// Every problem reported for the edited record, as (path, message), whether it could not be
/// read or was read and is invalid: the health worker sees both the same way.
fn problems(edits: &[Edit]) -> Vec<(String, String)> {
    match Record::from_json(&edited(edits).to_string()) {
        Ok(_) => Vec::new(),
        Err(RecordJsonError::Syntax { path, message }) => vec![(path, message)],
        Err(RecordJsonError::Invalid(ValidationErrors(errors))) => {
            errors.into_iter().map(|e| (e.path, e.problem)).collect()
        }
    }
}

/// Runs a table; returns the message each case was about, for the coverage test.
fn run(group: &str, cases: &[Case]) -> Vec<String> {
    assert_eq!(problems(&[]), Vec::new(), "BASE must be valid");
    let mut seen = Vec::new();
    for Case(name, edits, path, message) in cases {
        let found = problems(edits);
        match found.iter().find(|(p, m)| p == path && m.contains(message)) {
            Some((_, m)) => seen.push(m.clone()),
            None => panic!("{group}: {name}: expected {path}: …{message}…, got {found:#?}"),
        }
    }
    seen
}

// Free text, wherever it appears: the rules are shared, so the cases spread over the fields.
const TEXT: &[Case] = &[
    Case(
        "blank site",
        &[Set("/encounter/site", r#""  ""#)],
        "encounter.site",
        "is empty; leave the field out instead",
    ),
    Case(
        "empty family name",
        &[Set("/patient/name/family", r#""""#)],
        "patient.name.family",
        "is empty; leave the field out instead",
    ),
    Case(
        "substance with a trailing space",
        &[Set("/allergies/0/substance", r#""penicillin ""#)],
        "allergies[0].substance",
        "has spaces at the start or end",
    ),
    Case(
        "note one character too long",
        &[Chars("/problems/0/note", 'x', MAX_NOTE_CHARS + 1)],
        "problems[0].note",
        "is 161 characters long; at most 160 fit on the card",
    ),
    Case(
        "long name counted in characters, not bytes",
        &[Chars("/patient/name/given", 'ل', MAX_SHORT_TEXT_CHARS + 1)],
        "patient.name.given",
        "is 61 characters long; at most 60 fit",
    ),
    Case(
        "screening tool longer than 20",
        &[Chars("/mental_health/tool", 'A', 21)],
        "mental_health.tool",
        "at most 20 fit",
    ),
    Case(
        "lot longer than 20",
        &[Chars("/immunizations/doses/1/lot", '7', 21)],
        "immunizations.doses[1].lot",
        "at most 20 fit",
    ),
    Case(
        "line break in a dose",
        &[Set("/medications/0/dose", r#""500 mg\ntwice daily""#)],
        "medications[0].dose",
        "contains control characters (line breaks, tabs)",
    ),
    Case(
        "tab in an alert",
        &[Set("/alerts/0/text", r#""Type 2 diabetes\tin pregnancy""#)],
        "alerts[0].text",
        "contains control characters",
    ),
    Case(
        "zero-width space in a name",
        &[Set("/patient/name_latin/family", r#""HAD\u200bDAD""#)],
        "patient.name_latin.family",
        "contains invisible formatting characters (direction overrides, zero-width spaces); type the text plainly",
    ),
    Case(
        "right-to-left override in a referral",
        &[Set("/referrals/0/to", r#""\u202eTB clinic""#)],
        "referrals[0].to",
        "contains invisible formatting characters",
    ),
    Case(
        "byte-order mark inside a result note",
        &[Set("/results/0/note", r#""\ufeffLatent TB""#)],
        "results[0].note",
        "contains invisible formatting characters",
    ),
];

#[test]
fn text_rules() {
    run("text", TEXT);
}

#[test]
fn invisible_formatting_is_refused_but_persian_joiners_are_not() {
    // A record saved by Notepad starts with a byte-order mark; only inside text is it refused.
    let bom = format!("\u{feff}{BASE}");
    assert!(Record::from_json(&bom).is_ok());
    // Zero-width non-joiner and joiner are part of Persian and Arabic spelling.
    for name in ["رحیمی\u{200C}ها", "حداد\u{200D}"] {
        let json = edited(&[]).to_string().replace("حداد", name);
        assert!(Record::from_json(&json).is_ok(), "{name:?}");
    }
    for c in [
        '\u{061C}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{2060}', '\u{2066}',
    ] {
        assert!(is_hidden_format(c), "{c:?}");
    }
    assert!(!is_hidden_format('\u{200C}') && !is_hidden_format('\u{200D}'));
}

const DATES: &[Case] = &[
    Case(
        "encounter date in day-month-year order",
        &[Set("/encounter/date", r#""14/10/2026""#)],
        "encounter.date",
        "\"14/10/2026\" is not a date of the form YYYY-MM-DD (years 1900-2100)",
    ),
    Case(
        "encounter date before 1900",
        &[Set("/encounter/date", r#""1899-12-31""#)],
        "encounter.date",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "course ending on 30 February",
        &[Set("/medications/1/until", r#""2027-02-30""#)],
        "medications[1].until",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "referral due as a month only",
        &[Set("/referrals/0/due", r#""2026-11""#)],
        "referrals[0].due",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "vaccination due without leading zeros",
        &[Set("/vaccinations_due/0/due", r#""2026-11-1""#)],
        "vaccinations_due[0].due",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "result dated the 32nd",
        &[Set("/results/0/date", r#""2026-10-32""#)],
        "results[0].date",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "expected delivery as a month only",
        &[Set("/pregnancy/expected_delivery", r#""2027-03""#)],
        "pregnancy.expected_delivery",
        "is not a date of the form YYYY-MM-DD",
    ),
    Case(
        "birth date month first",
        &[Set("/patient/birth_date", r#""03/1991""#)],
        "patient.birth_date",
        "\"03/1991\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    Case(
        "onset in month 13",
        &[Set("/problems/0/onset", r#""2019-13""#)],
        "problems[0].onset",
        "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    ),
    Case(
        "documented dose with a one-digit month",
        &[Set("/immunizations/doses/0/date", r#""1992-4""#)],
        "immunizations.doses[0].date",
        "is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    ),
];

#[test]
fn date_rules() {
    run("dates", DATES);
}

const CODES: &[Case] = &[
    Case(
        "ICD-10 without its dot",
        &[Set("/problems/0/icd10", r#""E119""#)],
        "problems[0].icd10",
        "\"E119\" is not a valid ICD-10 code (a letter, two digits, then optionally a dot and one or two digits, e.g. \"E11.9\")",
    ),
    Case(
        "ICD-10 in lower case as a referral reason",
        &[Set("/referrals/0/reason_icd10", r#""r76.1""#)],
        "referrals[0].reason_icd10",
        "is not a valid ICD-10 code",
    ),
    Case(
        "ATC missing a digit",
        &[Set("/medications/0/atc", r#""A10BA2""#)],
        "medications[0].atc",
        "\"A10BA2\" is not a valid WHO ATC code (e.g. \"A10BA02\")",
    ),
    Case(
        "allergy ATC outside the main groups",
        &[Set("/allergies/0/atc", r#""X01""#)],
        "allergies[0].atc",
        "is not a valid WHO ATC code",
    ),
    Case(
        "vaccine given as the J07 group only",
        &[Set("/immunizations/doses/0/vaccine", r#""J07""#)],
        "immunizations.doses[0].vaccine",
        "\"J07\" is not a WHO ATC vaccine code (J07…, e.g. \"J07BD52\" for MMR)",
    ),
    Case(
        "a medicine as a due vaccination",
        &[Set("/vaccinations_due/0/vaccine", r#""A10BA02""#)],
        "vaccinations_due[0].vaccine",
        "is not a WHO ATC vaccine code",
    ),
    Case(
        "user-assigned country",
        &[Set("/encounter/country", r#""XX""#)],
        "encounter.country",
        "\"XX\" is not an ISO 3166-1 alpha-2 country code (e.g. \"SY\", \"GR\")",
    ),
    Case(
        "nationality as a name",
        &[Set("/patient/nationality", r#""Syria""#)],
        "patient.nationality",
        "is not an ISO 3166-1 alpha-2 country code",
    ),
    Case(
        "dose country in lower case",
        &[Set("/immunizations/doses/0/country", r#""sy""#)],
        "immunizations.doses[0].country",
        "is not an ISO 3166-1 alpha-2 country code",
    ),
    Case(
        "language as a name",
        &[Set("/patient/languages/1", r#""English""#)],
        "patient.languages[1]",
        "\"English\" is not an ISO 639 language code (e.g. \"ar\", \"fa\", \"prs\")",
    ),
    Case(
        "unassigned two-letter language",
        &[Set("/patient/languages/0", r#""qq""#)],
        "patient.languages[0]",
        "is not an ISO 639 language code",
    ),
];

#[test]
fn code_rules() {
    run("codes", CODES);
}

const ITEM: &str = r#"{ "icd10": "E11.9" }"#;

const LISTS: &[Case] = &[
    Case(
        "empty problem list",
        &[Set("/problems", "[]")],
        "problems",
        "is an empty list; write \"none_known\" if you asked and there are none, or leave the field out",
    ),
    Case(
        "empty allergy list",
        &[Set("/allergies", "[]")],
        "allergies",
        "is an empty list",
    ),
    Case(
        "empty medication list",
        &[Set("/medications", "[]")],
        "medications",
        "is an empty list",
    ),
    Case(
        "one problem more than fits",
        &[Repeat("/problems", ITEM, MAX_ITEMS + 1)],
        "problems",
        "has 41 items; at most 40 fit",
    ),
    Case(
        "too many languages",
        &[Repeat("/patient/languages", r#""ar""#, MAX_ITEMS + 1)],
        "patient.languages",
        "has 41 items",
    ),
    Case(
        "too many doses",
        &[Repeat(
            "/immunizations/doses",
            r#"{ "vaccine": "J07BD52", "date": "1992", "source": "reported" }"#,
            MAX_ITEMS + 1,
        )],
        "immunizations.doses",
        "has 41 items",
    ),
    Case(
        "too many results",
        &[Repeat(
            "/results",
            r#"{ "loinc": "71773-6", "result": "negative" }"#,
            MAX_ITEMS + 1,
        )],
        "results",
        "has 41 items",
    ),
    Case(
        "too many referrals",
        &[Repeat(
            "/referrals",
            r#"{ "to": "TB clinic" }"#,
            MAX_ITEMS + 1,
        )],
        "referrals",
        "has 41 items",
    ),
    Case(
        "too many due vaccinations",
        &[Repeat(
            "/vaccinations_due",
            r#"{ "vaccine": "J07AM51" }"#,
            MAX_ITEMS + 1,
        )],
        "vaccinations_due",
        "has 41 items",
    ),
    Case(
        "too many alerts",
        &[Repeat(
            "/alerts",
            r#"{ "kind": "other", "text": "See referral letter" }"#,
            MAX_ITEMS + 1,
        )],
        "alerts",
        "has 41 items",
    ),
];

#[test]
fn list_rules() {
    run("lists", LISTS);
}

const PATIENT: &[Case] = &[
    Case(
        "transliteration without any name part",
        &[Set("/patient/name_latin", "{}")],
        "patient.name_latin",
        "has neither family nor given name; leave it out instead",
    ),
    Case(
        "name without any name part",
        &[Set("/patient/name", "{}"), Remove("/patient/name_latin")],
        "patient.name",
        "has neither family nor given name",
    ),
    Case(
        "transliteration with a diacritic",
        &[Set("/patient/name_latin/family", r#""Ḥaddād""#)],
        "patient.name_latin",
        "must use the letters A-Z only (with spaces, hyphens and apostrophes), as in a passport's machine-readable zone",
    ),
    Case(
        "transliteration still in Arabic script",
        &[Set("/patient/name_latin/given", r#""ليلى""#)],
        "patient.name_latin",
        "must use the letters A-Z only",
    ),
    Case(
        "Arabic-script name without a transliteration",
        &[Remove("/patient/name_latin")],
        "patient.name_latin",
        "is missing: the name is not in Latin script, so give a Latin transliteration too (clinicians along the route must be able to read it)",
    ),
    Case(
        "estimated birth date without a birth date",
        &[Remove("/patient/birth_date")],
        "patient.birth_date_estimated",
        "is set but there is no birth_date",
    ),
];

#[test]
fn patient_rules() {
    run("patient", PATIENT);
    // Latin script with accents needs no transliteration (below U+0250).
    let json = edited(&[
        Set(
            "/patient/name",
            r#"{ "family": "Đorđević", "given": "Zoë" }"#,
        ),
        Remove("/patient/name_latin"),
    ]);
    assert!(Record::from_json(&json.to_string()).is_ok());
}

const VITALS: &[Case] = &[
    Case(
        "no measurement at all",
        &[Set("/vital_signs", "{}")],
        "vital_signs",
        "is empty; leave it out instead",
    ),
    Case(
        "height in millimetres",
        &[Set("/vital_signs/height_cm", "1625")],
        "vital_signs.height_cm",
        "1625 is outside the plausible range 20-250",
    ),
    Case(
        "height to the millimetre and a half",
        &[Set("/vital_signs/height_cm", "162.55")],
        "vital_signs.height_cm",
        "162.55 has more than one decimal; the card stores tenths",
    ),
    Case(
        "weight in grams",
        &[Set("/vital_signs/weight_kg", "0.4")],
        "vital_signs.weight_kg",
        "0.4 is outside the plausible range 0.5-350",
    ),
    Case(
        "systolic typed with an extra digit",
        &[Set("/vital_signs/systolic_mmhg", "1180")],
        "vital_signs.systolic_mmhg",
        "1180 is outside the plausible range 40-300",
    ),
    Case(
        "diastolic too low",
        &[Set("/vital_signs/diastolic_mmhg", "19")],
        "vital_signs.diastolic_mmhg",
        "19 is outside the plausible range 20-200",
    ),
    Case(
        "pressures swapped",
        &[
            Set("/vital_signs/systolic_mmhg", "76"),
            Set("/vital_signs/diastolic_mmhg", "118"),
        ],
        "vital_signs.diastolic_mmhg",
        "118 is not below the systolic pressure 76",
    ),
    Case(
        "equal pressures",
        &[Set("/vital_signs/diastolic_mmhg", "118")],
        "vital_signs.diastolic_mmhg",
        "is not below the systolic pressure",
    ),
    Case(
        "heart rate too low",
        &[Set("/vital_signs/heart_rate_bpm", "19")],
        "vital_signs.heart_rate_bpm",
        "19 is outside the plausible range 20-300",
    ),
    Case(
        "respiratory rate too high",
        &[Set("/vital_signs/respiratory_rate_per_min", "121")],
        "vital_signs.respiratory_rate_per_min",
        "121 is outside the plausible range 4-120",
    ),
    Case(
        "temperature in Fahrenheit",
        &[Set("/vital_signs/temperature_c", "98.6")],
        "vital_signs.temperature_c",
        "98.6 is outside the plausible range 25-45",
    ),
    Case(
        "temperature to the hundredth",
        &[Set("/vital_signs/temperature_c", "36.85")],
        "vital_signs.temperature_c",
        "has more than one decimal",
    ),
    Case(
        "saturation as a fraction",
        &[Set("/vital_signs/spo2_percent", "1")],
        "vital_signs.spo2_percent",
        "1 is outside the plausible range 50-100",
    ),
    Case(
        "head circumference too large",
        &[Set("/vital_signs/head_circumference_cm", "70.5")],
        "vital_signs.head_circumference_cm",
        "70.5 is outside the plausible range 20-70",
    ),
    Case(
        "MUAC in millimetres",
        &[Set("/vital_signs/muac_cm", "265")],
        "vital_signs.muac_cm",
        "265 is outside the plausible range 5-60",
    ),
];

#[test]
fn vital_sign_rules() {
    run("vital signs", VITALS);
}

const IMMUNIZATIONS: &[Case] = &[
    Case(
        "section without doses",
        &[Set("/immunizations", r#"{ "doses": [] }"#)],
        "immunizations",
        "has no doses; set \"no_records\": true if the person has no vaccination records",
    ),
    Case(
        "documented dose without a date",
        &[Remove("/immunizations/doses/0/date")],
        "immunizations.doses[0].date",
        "is required for documented doses and doses given here",
    ),
    Case(
        "dose given here dated the day before",
        &[Set("/immunizations/doses/1/date", r#""2026-10-13""#)],
        "immunizations.doses[1].date",
        "is 2026-10-13, but a dose given here has the encounter date 2026-10-14; record doses given elsewhere as \"documented\"",
    ),
    Case(
        "dose number zero",
        &[Set("/immunizations/doses/0/dose_number", "0")],
        "immunizations.doses[0].dose_number",
        "0 is not a dose number from 1 to 10",
    ),
    Case(
        "due dose number eleven",
        &[Set("/vaccinations_due/0/dose_number", "11")],
        "vaccinations_due[0].dose_number",
        "11 is not a dose number from 1 to 10",
    ),
];

#[test]
fn immunization_rules() {
    run("immunizations", IMMUNIZATIONS);
    // A dose given here may leave its date out: it is the encounter's.
    let json = edited(&[Remove("/immunizations/doses/1/date")]);
    let record = Record::from_json(&json.to_string()).expect("date filled in");
    let dose = &record.immunizations.expect("doses").doses[1];
    assert_eq!(dose.date.as_deref(), Some("2026-10-14"));
}

const RESULTS: &[Case] = &[
    Case(
        "LOINC with a wrong check digit",
        &[Set("/results/0/loinc", r#""71773-5""#)],
        "results[0].loinc",
        "\"71773-5\" is not a valid LOINC code (digits, hyphen, check digit, e.g. \"71773-6\")",
    ),
    Case(
        "value with a decimal comma",
        &[Set("/results/1/value", r#""10,9""#)],
        "results[1].value",
        "\"10,9\" is not a decimal number (at most 7 digits before and 4 after the point)",
    ),
    Case(
        "value with five decimals",
        &[Set("/results/1/value", r#""10.90000""#)],
        "results[1].value",
        "is not a decimal number",
    ),
    Case(
        "unit without a value",
        &[Remove("/results/1/value")],
        "results[1].unit",
        "is given without a value",
    ),
    Case(
        "unit with a space",
        &[Set("/results/1/unit", r#""g / dL""#)],
        "results[1].unit",
        "\"g / dL\" is not a UCUM unit (e.g. \"g/dL\", \"mmol/L\")",
    ),
    Case(
        "empty unit",
        &[Set("/results/1/unit", r#""""#)],
        "results[1].unit",
        "is not a UCUM unit",
    ),
    Case(
        "value for a test not done",
        &[Set("/results/1/result", r#""not_done""#)],
        "results[1].value",
        "is given for a test that was not done",
    ),
];

#[test]
fn result_rules() {
    run("results", RESULTS);
    for (text, ok) in [("11.2", true), ("-3", true), ("1234567.1234", true)] {
        assert_eq!(is_decimal(text), ok, "{text}");
    }
    for text in ["", ".5", "5.", "+1", "1e3", "12345678", "1.23456", "1,5"] {
        assert!(!is_decimal(text), "{text}");
    }
}

const PREGNANCY: &[Case] = &[
    Case(
        "pregnant and male",
        &[Set("/patient/sex", r#""male""#)],
        "pregnancy.status",
        "is \"pregnant\" but patient.sex is \"male\"",
    ),
    Case(
        "gestational age in days",
        &[Set("/pregnancy/gestational_weeks", "140")],
        "pregnancy.gestational_weeks",
        "140 is more than 45 weeks",
    ),
    Case(
        "not pregnant with a delivery date",
        &[
            Set("/pregnancy/status", r#""not_pregnant""#),
            Remove("/pregnancy/gestational_weeks"),
        ],
        "pregnancy",
        "gives a delivery date or gestational age but the status is not \"pregnant\"",
    ),
    Case(
        "status unknown with a gestational age",
        &[
            Set("/pregnancy/status", r#""unknown""#),
            Remove("/pregnancy/expected_delivery"),
        ],
        "pregnancy",
        "gives a delivery date or gestational age",
    ),
    Case(
        "thirty-one pregnancies",
        &[Set("/pregnancy/gravida", "31")],
        "pregnancy.gravida",
        "31 is implausible",
    ),
    Case(
        "para typed with an extra digit",
        &[Set("/pregnancy/para", "110")],
        "pregnancy.para",
        "110 is implausible",
    ),
];

#[test]
fn pregnancy_rules() {
    run("pregnancy", PREGNANCY);
}

const FORBIDDEN: &[Case] = &[
    Case(
        "asylum status on the patient",
        &[Set("/patient/asylum_status", r#""applicant""#)],
        "patient.asylum_status",
        "ephr does not record asylum status: it is not needed for care and could harm the person if the card is seen by others. Remove the field `asylum_status`.",
    ),
    Case(
        "route at the top",
        &[Set("/route", r#"["TR", "GR"]"#)],
        "route",
        "ephr does not record travel route:",
    ),
    Case(
        "religion in the encounter",
        &[Set("/encounter/religion", r#""not asked""#)],
        "encounter.religion",
        "ephr does not record religion:",
    ),
];

#[test]
fn forbidden_field_rules() {
    run("forbidden fields", FORBIDDEN);
    // Each field in the table, at the top of the record, with the reason the table gives.
    for (field, what) in FORBIDDEN_FIELDS {
        let mut json = edited(&[]);
        json[field] = Value::String("x".into());
        let e = Record::from_json(&json.to_string())
            .unwrap_err()
            .to_string();
        assert!(e.contains(&format!("ephr does not record {what}:")), "{e}");
        assert!(e.ends_with(&format!("Remove the field `{field}`.")), "{e}");
    }
    // Only those: a misspelt ordinary field keeps serde's message, which lists the right names.
    let e = Record::from_json(&edited(&[Set("/patient/nationalty", r#""SY""#)]).to_string())
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("patient.nationalty: unknown field `nationalty`"),
        "{e}"
    );
}

/// Messages of the model's own reading (mod.rs), reported as syntax errors with their path.
const READING: &[Case] = &[
    Case(
        "a list given as a word",
        &[Set("/allergies", r#""none""#)],
        "allergies",
        "expected \"none_known\" or a list, found \"none\"",
    ),
    Case(
        "a list far beyond any card",
        &[Repeat("/problems", ITEM, MAX_ITEMS * 4 + 1)],
        "problems",
        "far too many items",
    ),
    Case(
        "a result value as a word",
        &[Set("/results/1/value", "true")],
        "results[1].value",
        "expected a number",
    ),
];

#[test]
fn reading_rules() {
    run("reading", READING);
}

const GROUPS: &[(&str, &[Case])] = &[
    ("text", TEXT),
    ("dates", DATES),
    ("codes", CODES),
    ("lists", LISTS),
    ("patient", PATIENT),
    ("vital signs", VITALS),
    ("immunizations", IMMUNIZATIONS),
    ("results", RESULTS),
    ("pregnancy", PREGNANCY),
    ("forbidden fields", FORBIDDEN),
];

/// validate.rs reduced to its code: comments dropped and each string literal replaced by `$n`,
/// with the literal's text (escapes resolved) at index n.
fn code_and_literals(src: &str) -> (String, Vec<String>) {
    let (mut code, mut literals) = (String::new(), Vec::new());
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                code.push('\n');
            }
            '"' => {
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('n') => text.push('\n'),
                            Some('t') => text.push('\t'),
                            Some('u') => {
                                let hex: String =
                                    chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                                let n = u32::from_str_radix(&hex, 16).expect("\\u{…}");
                                text.push(char::from_u32(n).expect("a char"));
                            }
                            // A line continuation drops the line break and the indentation.
                            Some('\n') => while chars.next_if(|c| c.is_whitespace()).is_some() {},
                            Some(other) => text.push(other),
                            None => {}
                        },
                        c => text.push(c),
                    }
                }
                code.push_str(&format!("${}", literals.len()));
                literals.push(text);
            }
            // Char literals, so that '"' does not open a string ('\u{…}' and plain chars).
            '\'' => {
                code.push(c);
                let mut ahead = chars.clone();
                if chars.peek() == Some(&'\\') {
                    chars.nth(1);
                    for c in chars.by_ref() {
                        if c == '\'' {
                            break;
                        }
                    }
                } else if ahead.next().is_some() && ahead.next() == Some('\'') {
                    chars.next();
                    chars.next();
                }
            }
            c => code.push(c),
        }
    }
    (code, literals)
}

/// Literal indices found as `$n` at the start of `s`.
fn literal_at(s: &str) -> Option<usize> {
    let digits: String = s
        .strip_prefix('$')?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Every message validate.rs can show: the English catalogue's text of the key of each `err(`
/// call, and any other `format!` whose text has a space (paths never have one).
fn messages_in_validate_rs() -> Vec<String> {
    let (code, literals) = code_and_literals(include_str!("validate.rs"));
    let mut found = Vec::new();
    for (at, _) in code.match_indices(".err(") {
        let args = &code[at + ".err(".len()..];
        let (mut depth, mut comma) = (0, None);
        for (i, c) in args.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    comma = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let key = args[comma.expect("err(path, key, args)") + 1..].trim_start();
        let n = literal_at(key).expect("a message key is a literal");
        let en = crate::labels::Lang::english().parse().expect("en.ftl");
        let text = en
            .get(&literals[n])
            .unwrap_or_else(|| panic!("en.ftl has no {}", literals[n]));
        found.push(text.clone());
    }
    for (at, _) in code.match_indices("format!(") {
        if let Some(n) = literal_at(code[at + "format!(".len()..].trim_start())
            && literals[n].contains(' ')
        {
            found.push(literals[n].clone());
        }
    }
    found.sort();
    found.dedup();
    found
}

/// Whether `message` is what the format string `template` produces for some arguments.
fn produced_by(template: &str, message: &str) -> bool {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').expect("a closed placeholder") + open;
        pieces.push(&rest[..open]);
        rest = &rest[close + 1..];
    }
    pieces.push(rest);
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    let Some(mut body) = message.strip_prefix(first) else {
        return false;
    };
    if pieces.len() == 1 {
        return body.is_empty();
    }
    for piece in &pieces[1..pieces.len() - 1] {
        match body.find(piece) {
            Some(i) => body = &body[i + piece.len()..],
            None => return false,
        }
    }
    body.ends_with(last)
}

#[test]
fn every_message_in_validate_rs_has_a_case() {
    let messages = messages_in_validate_rs();
    // Guards the scanner itself: if it stops finding messages, the check below proves nothing.
    assert!(messages.len() >= 35, "only found {messages:#?}");
    let shown: Vec<String> = GROUPS
        .iter()
        .flat_map(|(group, cases)| run(group, cases))
        .collect();
    let untested: Vec<&String> = messages
        .iter()
        .filter(|t| !shown.iter().any(|m| produced_by(t, m)))
        .collect();
    assert!(
        untested.is_empty(),
        "validation messages without a case in src/record/tests.rs: {untested:#?}"
    );
}
