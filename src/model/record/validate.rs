//! The content rules of a record: what a health worker is told to fix before a card is issued.
//!
//! Every rule reports a [`FieldError`] with the JSON path of the offending field and a message
//! written for the person who typed it, and keeps going, so that one pass shows every problem.
//! The messages are the catalogues' `field-…` keys (`locales/*.ftl`): the English one is what
//! `ephr issue` prints, the issuing station shows the operator's language. Messages are part of
//! the interface: tests and users match on them, so change them deliberately.

use super::{
    Encounter, EvidenceSource, FieldError, Immunizations, LabResult, Listed, MAX_ITEMS,
    MAX_NOTE_CHARS, MAX_SHORT_TEXT_CHARS, Name, Patient, Pregnancy, PregnancyStatus, Record,
    ResultCode, Sex, ValidationErrors, VitalSigns,
};
use crate::codes;
use crate::date::{PartialDate, parse_full_date};

/// Fields that ephr will never carry, with the reason shown to whoever tries.
pub const FORBIDDEN_FIELDS: &[(&str, &str)] = &[
    ("legal_status", "legal status"),
    ("asylum_status", "asylum status"),
    ("immigration_status", "immigration status"),
    ("residence_status", "residence status"),
    ("route", "travel route"),
    ("travel_route", "travel route"),
    ("ethnicity", "ethnicity"),
    ("religion", "religion"),
    ("case_number", "case number"),
    ("passport_number", "document number"),
];

/// The explanation given instead of serde's "unknown field" message when a record tries to carry
/// a field ephr refuses on principle: a plain "unknown field" would invite the health worker to
/// look for the right spelling.
pub(super) fn explain_forbidden_field(message: &str) -> Option<String> {
    FORBIDDEN_FIELDS
        .iter()
        // Not `format!`: the message test in tests.rs takes every `format!` with a space for a
        // message the user can see, and this is only a pattern.
        .find(|(field, _)| message.contains(&["unknown field `", field, "`"].concat()))
        .map(|(field, what)| {
            format!(
                "ephr does not record {what}: it is not needed for care and could harm \
                 the person if the card is seen by others. Remove the field `{field}`."
            )
        })
}

/// Invisible characters that change how text reads or compares without changing how it looks:
/// direction marks, embeddings, overrides and isolates, zero-width spaces, word joiners, byte
/// order marks. Two names that print alike must be the same name. The zero-width non-joiner and
/// joiner stay allowed: Persian and Arabic spelling need them.
pub fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

impl Record {
    /// Checks every rule and returns all violations at once.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut v = Validator::default();
        v.record(self);
        if v.errors.is_empty() {
            Ok(())
        } else {
            Err(ValidationErrors(v.errors))
        }
    }
}

/// `section[index]`, formatted only when an error is reported.
#[derive(Clone, Copy)]
struct Idx(&'static str, usize);

impl std::fmt::Display for Idx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// Collects [`FieldError`]s while walking a record.
#[derive(Default)]
struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    /// The problem `key` of the catalogues (`field-…` in `locales/*.ftl`) at `path`, with the
    /// values of its placeables.
    fn err(
        &mut self,
        path: impl std::fmt::Display,
        key: &'static str,
        args: &[(&'static str, &dyn std::fmt::Display)],
    ) {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self.errors
            .push(FieldError::new(path.to_string(), key, args));
    }

    fn text(&mut self, path: impl std::fmt::Display + Copy, s: &str, max: usize) {
        // Text that starts and ends with an ASCII character other than white space (most text)
        // is its own trimmed form; the rest is trimmed by the Unicode rules.
        let ascii_ends =
            |b: Option<&u8>| b.is_some_and(|b| b.is_ascii() && !(b" \t\n\x0b\x0c\r").contains(b));
        let trimmed = if ascii_ends(s.as_bytes().first()) && ascii_ends(s.as_bytes().last()) {
            s
        } else {
            s.trim()
        };
        if trimmed.is_empty() {
            self.err(path, "field-empty", &[]);
        } else if trimmed.len() != s.len() {
            self.err(path, "field-spaces", &[]);
        }
        // One pass over the characters (this runs for every text of every verified card); ASCII,
        // most of the text on a card, has no invisible formatting characters to look for.
        let (n, control, hidden) = if s.is_ascii() {
            let control = s.bytes().any(|b| b.is_ascii_control());
            (s.len(), control, false)
        } else {
            s.chars().fold((0, false, false), |(n, c, h), ch| {
                (n + 1, c || ch.is_control(), h || is_hidden_format(ch))
            })
        };
        if n > max {
            self.err(path, "field-too-long", &[("n", &n), ("max", &max)]);
        }
        if control {
            self.err(path, "field-control", &[]);
        }
        if hidden {
            self.err(path, "field-hidden", &[]);
        }
    }

    fn opt_text(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>, max: usize) {
        if let Some(s) = s {
            self.text(path, s, max);
        }
    }

    fn full_date(&mut self, path: impl std::fmt::Display + Copy, s: &str) {
        if parse_full_date(s).is_none() {
            self.err(path, "field-date", &[("value", &s)]);
        }
    }

    fn opt_full_date(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>) {
        if let Some(s) = s {
            self.full_date(path, s);
        }
    }

    fn partial_date(&mut self, path: impl std::fmt::Display + Copy, s: &Option<String>) {
        if let Some(s) = s
            && PartialDate::parse(s).is_none()
        {
            self.err(path, "field-partial-date", &[("value", s)]);
        }
    }

    fn icd10(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_icd10(c) {
            self.err(path, "field-icd10", &[("value", &c)]);
        }
    }

    fn atc(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_atc(c) {
            self.err(path, "field-atc", &[("value", &c)]);
        }
    }

    fn vaccine(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_vaccine_atc(c) {
            self.err(path, "field-vaccine", &[("value", &c)]);
        }
    }

    fn country(&mut self, path: impl std::fmt::Display + Copy, c: &str) {
        if !codes::is_well_formed_country(c) {
            self.err(path, "field-country", &[("value", &c)]);
        }
    }

    fn items_count<T>(&mut self, path: &str, items: &[T]) {
        if items.len() > MAX_ITEMS {
            self.err(
                path,
                "field-too-many",
                &[("n", &items.len()), ("max", &MAX_ITEMS)],
            );
        }
    }

    fn listed<T>(&mut self, path: &str, l: &Listed<T>) {
        if let Listed::Items(items) = l {
            if items.is_empty() {
                self.err(path, "field-empty-list", &[]);
            }
            self.items_count(path, items);
        }
    }

    fn record(&mut self, r: &Record) {
        self.patient(&r.patient);
        self.encounter(&r.encounter);
        if let Some(vs) = &r.vital_signs {
            self.vitals(vs);
        }
        self.listed("problems", &r.problems);
        for (i, p) in r.problems.items().iter().enumerate() {
            let at = Idx("problems", i);
            self.icd10(format_args!("{at}.icd10"), &p.icd10);
            self.partial_date(format_args!("{at}.onset"), &p.onset);
            self.opt_text(format_args!("{at}.note"), &p.note, MAX_NOTE_CHARS);
        }
        self.listed("allergies", &r.allergies);
        for (i, a) in r.allergies.items().iter().enumerate() {
            let at = Idx("allergies", i);
            self.text(
                format_args!("{at}.substance"),
                &a.substance,
                MAX_SHORT_TEXT_CHARS,
            );
            if let Some(c) = &a.atc {
                self.atc(format_args!("{at}.atc"), c);
            }
            self.opt_text(format_args!("{at}.reaction"), &a.reaction, MAX_NOTE_CHARS);
        }
        self.listed("medications", &r.medications);
        for (i, m) in r.medications.items().iter().enumerate() {
            let at = Idx("medications", i);
            self.atc(format_args!("{at}.atc"), &m.atc);
            self.opt_text(format_args!("{at}.dose"), &m.dose, MAX_SHORT_TEXT_CHARS);
            self.opt_full_date(format_args!("{at}.until"), &m.until);
        }
        if let Some(imm) = &r.immunizations {
            self.immunizations(imm, &r.encounter.date);
        }
        self.items_count("results", &r.results);
        for (i, res) in r.results.iter().enumerate() {
            self.result(format_args!("results[{i}]"), res);
        }
        if let Some(p) = &r.pregnancy {
            self.pregnancy(p, &r.patient);
        }
        if let Some(mh) = &r.mental_health {
            self.opt_text("mental_health.tool", &mh.tool, 20);
            self.opt_text("mental_health.note", &mh.note, MAX_NOTE_CHARS);
        }
        self.items_count("referrals", &r.referrals);
        for (i, rf) in r.referrals.iter().enumerate() {
            let at = Idx("referrals", i);
            self.text(format_args!("{at}.to"), &rf.to, MAX_SHORT_TEXT_CHARS);
            if let Some(c) = &rf.reason_icd10 {
                self.icd10(format_args!("{at}.reason_icd10"), c);
            }
            self.opt_full_date(format_args!("{at}.due"), &rf.due);
            self.opt_text(format_args!("{at}.note"), &rf.note, MAX_NOTE_CHARS);
        }
        self.items_count("vaccinations_due", &r.vaccinations_due);
        for (i, vd) in r.vaccinations_due.iter().enumerate() {
            let at = Idx("vaccinations_due", i);
            self.vaccine(format_args!("{at}.vaccine"), &vd.vaccine);
            self.dose_number(format_args!("{at}.dose_number"), vd.dose_number);
            self.opt_full_date(format_args!("{at}.due"), &vd.due);
        }
        self.items_count("alerts", &r.alerts);
        for (i, a) in r.alerts.iter().enumerate() {
            self.text(format_args!("alerts[{i}].text"), &a.text, MAX_NOTE_CHARS);
        }
    }

    fn name(&mut self, path: impl std::fmt::Display + Copy, n: &Name) {
        if n.family.is_none() && n.given.is_none() {
            self.err(path, "field-name-empty", &[]);
        }
        self.opt_text(
            format_args!("{path}.family"),
            &n.family,
            MAX_SHORT_TEXT_CHARS,
        );
        self.opt_text(format_args!("{path}.given"), &n.given, MAX_SHORT_TEXT_CHARS);
    }

    fn patient(&mut self, p: &Patient) {
        if let Some(n) = &p.name {
            self.name("patient.name", n);
        }
        if let Some(n) = &p.name_latin {
            self.name("patient.name_latin", n);
            let latin = |s: &Option<String>| {
                s.as_deref()
                    .unwrap_or("")
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || " '-.".contains(c))
            };
            if !latin(&n.family) || !latin(&n.given) {
                self.err("patient.name_latin", "field-name-latin-letters", &[]);
            }
        }
        if let Some(n) = &p.name
            && p.name_latin.is_none()
            && !n
                .full()
                .chars()
                .all(|c| c.is_ascii() || c.is_alphabetic() && (c as u32) < 0x250)
        {
            self.err("patient.name_latin", "field-name-latin-missing", &[]);
        }
        self.partial_date("patient.birth_date", &p.birth_date);
        if p.birth_date_estimated && p.birth_date.is_none() {
            self.err(
                "patient.birth_date_estimated",
                "field-estimated-no-date",
                &[],
            );
        }
        if let Some(c) = &p.nationality {
            self.country("patient.nationality", c);
        }
        self.items_count("patient.languages", &p.languages);
        for (i, l) in p.languages.iter().enumerate() {
            if !codes::is_well_formed_language(l) {
                self.err(
                    format_args!("patient.languages[{i}]"),
                    "field-language",
                    &[("value", l)],
                );
            }
        }
    }

    fn encounter(&mut self, e: &Encounter) {
        self.full_date("encounter.date", &e.date);
        self.country("encounter.country", &e.country);
        self.opt_text("encounter.site", &e.site, MAX_SHORT_TEXT_CHARS);
    }

    fn tenths(&mut self, path: impl std::fmt::Display + Copy, v: Option<f64>, min: f64, max: f64) {
        let Some(v) = v else { return };
        if !(min..=max).contains(&v) {
            self.err(
                path,
                "field-range",
                &[("value", &v), ("min", &min), ("max", &max)],
            );
        } else if ((v * 10.0).round() - v * 10.0).abs() > 1e-6 {
            self.err(path, "field-tenths", &[("value", &v)]);
        }
    }

    fn whole(&mut self, path: impl std::fmt::Display + Copy, v: Option<u16>, min: u16, max: u16) {
        if let Some(v) = v
            && !(min..=max).contains(&v)
        {
            self.err(
                path,
                "field-range",
                &[("value", &v), ("min", &min), ("max", &max)],
            );
        }
    }

    fn vitals(&mut self, vs: &VitalSigns) {
        if vs.is_empty() {
            self.err("vital_signs", "field-empty-section", &[]);
        }
        self.tenths("vital_signs.height_cm", vs.height_cm, 20.0, 250.0);
        self.tenths("vital_signs.weight_kg", vs.weight_kg, 0.5, 350.0);
        self.whole("vital_signs.systolic_mmhg", vs.systolic_mmhg, 40, 300);
        self.whole("vital_signs.diastolic_mmhg", vs.diastolic_mmhg, 20, 200);
        if let (Some(s), Some(d)) = (vs.systolic_mmhg, vs.diastolic_mmhg)
            && d >= s
        {
            self.err(
                "vital_signs.diastolic_mmhg",
                "field-diastolic",
                &[("value", &d), ("systolic", &s)],
            );
        }
        self.whole("vital_signs.heart_rate_bpm", vs.heart_rate_bpm, 20, 300);
        self.whole(
            "vital_signs.respiratory_rate_per_min",
            vs.respiratory_rate_per_min,
            4,
            120,
        );
        self.tenths("vital_signs.temperature_c", vs.temperature_c, 25.0, 45.0);
        self.whole("vital_signs.spo2_percent", vs.spo2_percent, 50, 100);
        self.tenths(
            "vital_signs.head_circumference_cm",
            vs.head_circumference_cm,
            20.0,
            70.0,
        );
        self.tenths("vital_signs.muac_cm", vs.muac_cm, 5.0, 60.0);
    }

    fn dose_number(&mut self, path: impl std::fmt::Display + Copy, n: Option<u8>) {
        if let Some(n) = n
            && !(1..=10).contains(&n)
        {
            self.err(path, "field-dose-number", &[("value", &n)]);
        }
    }

    fn immunizations(&mut self, imm: &Immunizations, encounter_date: &str) {
        self.items_count("immunizations.doses", &imm.doses);
        if !imm.no_records && imm.doses.is_empty() {
            self.err("immunizations", "field-no-doses", &[]);
        }
        for (i, d) in imm.doses.iter().enumerate() {
            let at = Idx("immunizations.doses", i);
            self.vaccine(format_args!("{at}.vaccine"), &d.vaccine);
            self.partial_date(format_args!("{at}.date"), &d.date);
            match (&d.date, d.source) {
                (None, EvidenceSource::Documented | EvidenceSource::GivenHere) => {
                    self.err(format_args!("{at}.date"), "field-dose-date-required", &[]);
                }
                (Some(s), EvidenceSource::GivenHere) if s != encounter_date => self.err(
                    format_args!("{at}.date"),
                    "field-dose-given-here",
                    &[("value", s), ("date", &encounter_date)],
                ),
                _ => {}
            }
            self.dose_number(format_args!("{at}.dose_number"), d.dose_number);
            if let Some(c) = &d.country {
                self.country(format_args!("{at}.country"), c);
            }
            self.opt_text(format_args!("{at}.lot"), &d.lot, 20);
        }
    }

    fn result(&mut self, at: impl std::fmt::Display + Copy, r: &LabResult) {
        if !codes::is_well_formed_loinc(&r.loinc) {
            self.err(
                format_args!("{at}.loinc"),
                "field-loinc",
                &[("value", &r.loinc)],
            );
        }
        if let Some(v) = &r.value
            && !is_decimal(v)
        {
            self.err(format_args!("{at}.value"), "field-decimal", &[("value", v)]);
        }
        if r.unit.is_some() && r.value.is_none() {
            self.err(format_args!("{at}.unit"), "field-unit-without-value", &[]);
        }
        if let Some(u) = &r.unit
            && (u.is_empty() || u.len() > 20 || !u.chars().all(|c| c.is_ascii_graphic()))
        {
            self.err(format_args!("{at}.unit"), "field-unit", &[("value", u)]);
        }
        if r.value.is_some() && r.result == ResultCode::NotDone {
            self.err(format_args!("{at}.value"), "field-value-not-done", &[]);
        }
        self.opt_full_date(format_args!("{at}.date"), &r.date);
        self.opt_text(format_args!("{at}.note"), &r.note, MAX_NOTE_CHARS);
    }

    fn pregnancy(&mut self, p: &Pregnancy, patient: &Patient) {
        if patient.sex == Some(Sex::Male) && p.status == PregnancyStatus::Pregnant {
            self.err("pregnancy.status", "field-pregnant-male", &[]);
        }
        self.opt_full_date("pregnancy.expected_delivery", &p.expected_delivery);
        if let Some(w) = p.gestational_weeks
            && w > 45
        {
            self.err(
                "pregnancy.gestational_weeks",
                "field-weeks",
                &[("value", &w)],
            );
        }
        if p.status != PregnancyStatus::Pregnant
            && (p.expected_delivery.is_some() || p.gestational_weeks.is_some())
        {
            self.err("pregnancy", "field-not-pregnant", &[]);
        }
        for (name, v) in [("gravida", p.gravida), ("para", p.para)] {
            if let Some(v) = v
                && v > 30
            {
                self.err(
                    format_args!("pregnancy.{name}"),
                    "field-implausible",
                    &[("value", &v)],
                );
            }
        }
    }
}

/// `-?digits(.digits)?` with at most 7 integer and 4 fraction digits, no exponent, no leading `+`.
pub fn is_decimal(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
    };
    digits(int, 7) && frac.is_none_or(|f| digits(f, 4))
}
