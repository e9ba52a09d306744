//! Built-in code tables and code validators.
//!
//! A record stores clinical facts as codes from international code systems.
//! This module holds display names, in English, French and Arabic, for the
//! subset of codes that matter most in the health assessment of newly arrived
//! migrants and refugees, and validators that check whether a string is a
//! well-formed code of each system.
//!
//! The tables are a convenience, not a whitelist: a well-formed code that is
//! not in a table is still accepted elsewhere in the crate and shown with its
//! code and a note that it is "not in the built-in table". Only countries and
//! two-letter languages are checked against the table, because those code
//! lists are closed and small.
//!
//! # Sources
//!
//! - Diagnoses: WHO ICD-10, 2019 edition (not the US ICD-10-CM).
//! - Vaccines and medicines: WHO ATC/DDD index (WHO Collaborating Centre for
//!   Drug Statistics Methodology).
//! - Screening and laboratory tests, vital signs: LOINC (Regenstrief Institute).
//! - Countries: ISO 3166-1 alpha-2.
//! - Languages: ISO 639-1, plus selected ISO 639-3 codes.
//!
//! # Coding choices
//!
//! - Latent tuberculosis infection: WHO ICD-10 has no dedicated code. The
//!   table uses `R76.1` ("Abnormal reaction to tuberculin test"), the code in
//!   common use, and says so in its name; it applies equally to a positive
//!   interferon-gamma release assay. (`Z22.8`, "Carrier of other infectious
//!   diseases", is the other code sometimes seen; it is not in the table.)
//! - Female genital mutilation: WHO ICD-10 has no dedicated code (the
//!   `N90.81x` codes are ICD-10-CM only). The table uses `N90.8` ("Other
//!   specified noninflammatory disorders of vulva and perineum").
//! - Suicidal ideation is coded `R45.8` in WHO ICD-10 (`R45.851` is
//!   ICD-10-CM only); a history of self-harm is `Z91.5`.
//! - Need for immunisation uses the WHO subdivisions `Z23.x`–`Z27.x`; the
//!   ICD-10-CM codes `Z23` (undivided) and `Z28.3` (underimmunization status)
//!   do not exist in WHO ICD-10.
//! - Chest radiography is LOINC `36643-5` ("XR Chest 2 Views"); `24627-2` is
//!   a chest CT, and is named so.
//! - COVID-19 vaccines are under ATC `J07BN`; the former code `J07BX03`
//!   (still found on older certificates) is kept and marked as such.
//!
//! What is confidential by default (codes that [`is_sensitive_icd10`],
//! [`is_confidential_loinc`] and [`is_confidential_atc`] report, and the
//! sections and alerts of [`confidential::by_default`]) is written in
//! `confidential.rs` alone.

mod atc;
pub mod confidential;
pub use confidential::{is_confidential_atc, is_confidential_loinc, is_sensitive_icd10};
mod icd10;
mod iso3166;
mod iso639;
mod loinc;
pub mod search;

use core::fmt;

/// A code with its display names.
///
/// `fr` and `ar` may be `""` when no translation is known; [`display`]
/// then falls back to English. `en` is never empty.
///
/// [`display`]: CodeInfo::display
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    /// The code, exactly as written in its code system (e.g. `"E11.9"`).
    pub code: &'static str,
    /// English display name.
    pub en: &'static str,
    /// French display name, or `""` if none is known.
    pub fr: &'static str,
    /// Arabic display name (Unicode, logical order), or `""` if none is known.
    pub ar: &'static str,
}

/// Builds a table entry (shared by the table files).
const fn c(code: &'static str, en: &'static str, fr: &'static str, ar: &'static str) -> CodeInfo {
    CodeInfo { code, en, fr, ar }
}

impl CodeInfo {
    /// The display name in `lang`.
    ///
    /// `lang` is an ISO 639-1 code such as `"en"`, `"fr"` or `"ar"`; the
    /// comparison ignores ASCII case, a region or script suffix after `-` or
    /// `_` (`"fr-CH"`, `"ar_SY"`), and the ISO 639-2 codes `"fra"`, `"fre"`
    /// and `"ara"` are accepted too. Unknown languages and missing
    /// translations fall back to English.
    pub fn display(&self, lang: &str) -> &'static str {
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        let is = |code: &str| primary.eq_ignore_ascii_case(code);
        let name = if is("fr") || is("fra") || is("fre") {
            self.fr
        } else if is("ar") || is("ara") {
            self.ar
        } else {
            self.en
        };
        if name.is_empty() { self.en } else { name }
    }
}

/// Which code system (and table) a code belongs to.
///
/// Used in error messages and by the FHIR export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeSystem {
    /// WHO ICD-10 diagnoses.
    Icd10,
    /// WHO Anatomical Therapeutic Chemical classification (vaccines and medicines).
    Atc,
    /// LOINC observations (tests and vital signs).
    Loinc,
    /// ISO 3166-1 alpha-2 countries.
    Iso3166,
    /// ISO 639 languages.
    Iso639,
}

impl CodeSystem {
    /// Every code system, in declaration order.
    pub const ALL: [CodeSystem; 5] = [
        CodeSystem::Icd10,
        CodeSystem::Atc,
        CodeSystem::Loinc,
        CodeSystem::Iso3166,
        CodeSystem::Iso639,
    ];

    /// Human name, e.g. `"ICD-10"`.
    pub fn name(self) -> &'static str {
        match self {
            CodeSystem::Icd10 => "ICD-10",
            CodeSystem::Atc => "ATC",
            CodeSystem::Loinc => "LOINC",
            CodeSystem::Iso3166 => "ISO 3166-1",
            CodeSystem::Iso639 => "ISO 639",
        }
    }

    /// Canonical FHIR system URI.
    ///
    /// ISO 639 languages use `urn:ietf:bcp:47`, the system FHIR uses for
    /// language codes (a BCP 47 tag is an ISO 639 code for plain languages).
    pub fn uri(self) -> &'static str {
        match self {
            CodeSystem::Icd10 => "http://hl7.org/fhir/sid/icd-10",
            CodeSystem::Atc => "http://www.whocc.no/atc",
            CodeSystem::Loinc => "http://loinc.org",
            CodeSystem::Iso3166 => "urn:iso:std:iso:3166",
            CodeSystem::Iso639 => "urn:ietf:bcp:47",
        }
    }
}

impl fmt::Display for CodeSystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Exact lookup by binary search (tables are sorted by code, as `str`).
fn find(table: &'static [CodeInfo], code: &str) -> Option<&'static CodeInfo> {
    // Byte by byte rather than `str::cmp`: codes are a few bytes long, and a `memcmp` call per
    // step cost more than the comparison (every code of every verified card is looked up).
    table
        .binary_search_by(|e| e.code.bytes().cmp(code.bytes()))
        .ok()
        .and_then(|i| table.get(i))
}

/// The ATC code prefix shared by all vaccines.
const VACCINE_PREFIX: &str = "J07";

/// Looks up an ICD-10 diagnosis. Exact match only (`"E11"` does not find
/// `"E11.9"`), case-sensitive.
pub fn icd10(code: &str) -> Option<&'static CodeInfo> {
    find(icd10::ICD10, code)
}

/// Looks up a vaccine (ATC group `J07`). Exact match only.
pub fn vaccine(code: &str) -> Option<&'static CodeInfo> {
    find(atc::ATC, code).filter(|e| e.code.starts_with(VACCINE_PREFIX))
}

/// Looks up a non-vaccine medicine or substance group by ATC code (also the
/// groups used for allergies, such as penicillins `J01C`, sulfonamides
/// `J01E` and NSAIDs `M01A`). Exact match only.
pub fn medicine(code: &str) -> Option<&'static CodeInfo> {
    find(atc::ATC, code).filter(|e| !e.code.starts_with(VACCINE_PREFIX))
}

/// Looks up a screening test, laboratory test or vital sign by LOINC code.
/// Exact match only.
pub fn loinc(code: &str) -> Option<&'static CodeInfo> {
    find(loinc::LOINC, code)
}

/// Looks up a country by ISO 3166-1 alpha-2 code (uppercase, e.g. `"SY"`).
pub fn country(code: &str) -> Option<&'static CodeInfo> {
    find(iso3166::COUNTRIES, code)
}

/// Looks up a language by ISO 639-1 code (`"ar"`) or, for the selected
/// languages without one, ISO 639-3 code (`"prs"`, `"ckb"`). Lowercase only.
pub fn language(code: &str) -> Option<&'static CodeInfo> {
    find(iso639::LANGUAGES, code)
}

/// Looks up `code` in the table of `system` (for ATC, vaccines and medicines).
pub fn lookup(system: CodeSystem, code: &str) -> Option<&'static CodeInfo> {
    find(table(system), code)
}

/// The whole table of a code system, read-only, for listing.
///
/// Every table is sorted by code (byte order of the code string) and has no
/// duplicates. For [`CodeSystem::Atc`] the table holds vaccines and
/// medicines together; see [`vaccines`] and [`medicines`] to list them apart.
/// The LOINC table includes the vital signs of [`VitalSign`].
pub fn table(system: CodeSystem) -> &'static [CodeInfo] {
    match system {
        CodeSystem::Icd10 => icd10::ICD10,
        CodeSystem::Atc => atc::ATC,
        CodeSystem::Loinc => loinc::LOINC,
        CodeSystem::Iso3166 => iso3166::COUNTRIES,
        CodeSystem::Iso639 => iso639::LANGUAGES,
    }
}

/// The vaccines (ATC `J07…`) of the ATC table, sorted by code.
pub fn vaccines() -> &'static [CodeInfo] {
    let all = atc::ATC;
    let start = all.partition_point(|e| e.code < VACCINE_PREFIX);
    let end = all.partition_point(|e| e.code < "J08");
    all.get(start..end).unwrap_or(&[])
}

/// The non-vaccine medicines and substance groups of the ATC table, sorted by
/// code.
pub fn medicines() -> impl Iterator<Item = &'static CodeInfo> {
    atc::ATC
        .iter()
        .filter(|e| !e.code.starts_with(VACCINE_PREFIX))
}

/// Whether `code` is a well-formed code of `system` (see the per-system
/// validators).
pub fn is_well_formed(system: CodeSystem, code: &str) -> bool {
    match system {
        CodeSystem::Icd10 => is_well_formed_icd10(code),
        CodeSystem::Atc => is_well_formed_atc(code),
        CodeSystem::Loinc => is_well_formed_loinc(code),
        CodeSystem::Iso3166 => is_well_formed_country(code),
        CodeSystem::Iso639 => is_well_formed_language(code),
    }
}

/// Whether `code` has the syntax of a WHO ICD-10 code: one uppercase letter
/// `A`–`Z`, two digits, then optionally `.` and one or two digits.
///
/// `"B86"`, `"E11.9"` and `"J03.90"` are well-formed; `"B8X"`, `"e11.9"`,
/// `"E11."` and `"E119"` are not. This is pure syntax: no table lookup.
pub fn is_well_formed_icd10(code: &str) -> bool {
    match code.as_bytes() {
        [l, d1, d2] => l.is_ascii_uppercase() && d1.is_ascii_digit() && d2.is_ascii_digit(),
        [l, d1, d2, b'.', rest @ ..] => {
            l.is_ascii_uppercase()
                && d1.is_ascii_digit()
                && d2.is_ascii_digit()
                && (1..=2).contains(&rest.len())
                && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The fourteen anatomical main groups (first level) of the ATC system.
const ATC_MAIN_GROUPS: &[u8] = b"ABCDGHJLMNPRSV";

/// Whether `code` has the syntax of a WHO ATC code at any of its five levels:
/// `"J"`, `"J07"`, `"J07B"`, `"J07BD"`, `"J07BD52"` (letter; two digits;
/// letter; letter; two digits). Uppercase only, and the first letter must be
/// one of the fourteen anatomical main groups (`A B C D G H J L M N P R S V`).
/// Pure syntax: no table lookup.
pub fn is_well_formed_atc(code: &str) -> bool {
    let b = code.as_bytes();
    if !matches!(b.len(), 1 | 3 | 4 | 5 | 7) {
        return false;
    }
    b.iter().enumerate().all(|(i, ch)| match i {
        0 => ATC_MAIN_GROUPS.contains(ch),
        1 | 2 | 5 | 6 => ch.is_ascii_digit(),
        _ => ch.is_ascii_uppercase(),
    })
}

/// Whether `code` is a well-formed ATC code in the vaccine group `J07`, at
/// level 3 or deeper (`"J07B"`, `"J07BD"`, `"J07BD52"`; not `"J07"` itself).
pub fn is_well_formed_vaccine_atc(code: &str) -> bool {
    is_well_formed_atc(code) && code.len() >= 4 && code.starts_with(VACCINE_PREFIX)
}

/// The LOINC check digit of the numeric part of a LOINC code (the part
/// before the `-`, as a number: `718` for `718-7`).
///
/// LOINC's mod-10 algorithm (the Luhn algorithm): counting from the
/// rightmost digit, double every digit in an odd position (1st, 3rd, 5th…);
/// add the digits of those products and the digits in even positions; the
/// check digit is what must be added to that sum to reach the next multiple
/// of ten (0 if the sum already is one). For `718`: 8×2 = 16 → 1+6 = 7, plus
/// 1, plus 7×2 = 14 → 1+4 = 5, sum 13, check digit 7 (`718-7`).
///
/// Defined for any `u64`; LOINC numbers have 1 to 7 digits.
pub fn loinc_check_digit(number: u64) -> u8 {
    let mut sum = 0;
    let mut rest = number;
    let mut odd_position = true;
    while rest > 0 {
        let digit = rest % 10;
        rest /= 10;
        sum += if odd_position {
            let doubled = digit * 2;
            doubled / 10 + doubled % 10
        } else {
            digit
        };
        odd_position = !odd_position;
    }
    // Always below 10.
    ((10 - sum % 10) % 10) as u8
}

/// Whether `code` is a well-formed LOINC code: 1 to 7 ASCII digits without a
/// leading zero, `-`, and the check digit computed by LOINC's mod-10
/// algorithm (see [`loinc_check_digit`]). `"718-7"` is well-formed;
/// `"718-8"`, `"0718-7"` and `"7187"` are not.
pub fn is_well_formed_loinc(code: &str) -> bool {
    let b = code.as_bytes();
    let Some((&check, rest)) = b.split_last() else {
        return false;
    };
    let Some((&b'-', digits)) = rest.split_last() else {
        return false;
    };
    if digits.is_empty() || digits.len() > 7 || digits[0] == b'0' || !check.is_ascii_digit() {
        return false;
    }
    let mut n = 0u64;
    for &d in digits {
        if !d.is_ascii_digit() {
            return false;
        }
        n = n * 10 + u64::from(d - b'0');
    }
    check - b'0' == loinc_check_digit(n)
}

/// Whether `code` is an assigned ISO 3166-1 alpha-2 country code: two
/// uppercase ASCII letters that are in the country table (which holds every
/// assigned code). User-assigned codes such as `"XX"` or `"ZZ"` are not.
pub fn is_well_formed_country(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 2 && b.iter().all(u8::is_ascii_uppercase) && country(code).is_some()
}

/// Whether `code` is a well-formed language code: two lowercase ASCII letters
/// that are an ISO 639-1 code (all of which are in the table), or any three
/// lowercase ASCII letters (ISO 639-3 codes are accepted without lookup).
pub fn is_well_formed_language(code: &str) -> bool {
    let b = code.as_bytes();
    match b.len() {
        2 => b.iter().all(u8::is_ascii_lowercase) && language(code).is_some(),
        3 => b.iter().all(u8::is_ascii_lowercase),
        _ => false,
    }
}

/// A vital sign: a fixed set of measurements, each with its LOINC code, UCUM
/// unit and display names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VitalSign {
    /// Body height (or length), in centimetres.
    Height,
    /// Body weight, in kilograms.
    Weight,
    /// Body mass index, in kg/m².
    Bmi,
    /// Systolic blood pressure, in mmHg.
    Systolic,
    /// Diastolic blood pressure, in mmHg.
    Diastolic,
    /// Heart rate, in beats per minute.
    HeartRate,
    /// Respiratory rate, in breaths per minute.
    RespiratoryRate,
    /// Body temperature, in degrees Celsius.
    Temperature,
    /// Oxygen saturation, in percent.
    OxygenSaturation,
    /// Head (occipital-frontal) circumference, in centimetres.
    HeadCircumference,
    /// Mid-upper arm circumference (MUAC), in centimetres.
    MidUpperArmCircumference,
}

impl VitalSign {
    /// Every vital sign, in declaration order.
    pub const ALL: [VitalSign; 11] = [
        VitalSign::Height,
        VitalSign::Weight,
        VitalSign::Bmi,
        VitalSign::Systolic,
        VitalSign::Diastolic,
        VitalSign::HeartRate,
        VitalSign::RespiratoryRate,
        VitalSign::Temperature,
        VitalSign::OxygenSaturation,
        VitalSign::HeadCircumference,
        VitalSign::MidUpperArmCircumference,
    ];

    /// The LOINC code, as used by the FHIR vital-signs profiles: `8302-2`,
    /// `29463-7`, `39156-5`, `8480-6`, `8462-4`, `8867-4`, `9279-1`,
    /// `8310-5`, `2708-6` (oxygen saturation; `59408-5`, by pulse oximetry,
    /// is in the LOINC table too), `9843-4` and `56072-2` (whose LOINC name
    /// says "right" arm; LOINC has no side-neutral MUAC code, and it is the
    /// code in common use for MUAC whichever arm is measured).
    pub fn loinc(self) -> &'static str {
        self.info().code
    }

    /// The UCUM unit: `cm`, `kg`, `kg/m2`, `mm[Hg]`, `/min`, `Cel` or `%`.
    pub fn unit(self) -> &'static str {
        match self {
            VitalSign::Height
            | VitalSign::HeadCircumference
            | VitalSign::MidUpperArmCircumference => "cm",
            VitalSign::Weight => "kg",
            VitalSign::Bmi => "kg/m2",
            VitalSign::Systolic | VitalSign::Diastolic => "mm[Hg]",
            VitalSign::HeartRate | VitalSign::RespiratoryRate => "/min",
            VitalSign::Temperature => "Cel",
            VitalSign::OxygenSaturation => "%",
        }
    }

    /// Names in English, French and Arabic; `code` is the LOINC code. The
    /// same entry is in the LOINC table.
    pub fn info(self) -> &'static CodeInfo {
        match self {
            VitalSign::Height => &loinc::HEIGHT,
            VitalSign::Weight => &loinc::WEIGHT,
            VitalSign::Bmi => &loinc::BMI,
            VitalSign::Systolic => &loinc::SYSTOLIC,
            VitalSign::Diastolic => &loinc::DIASTOLIC,
            VitalSign::HeartRate => &loinc::HEART_RATE,
            VitalSign::RespiratoryRate => &loinc::RESPIRATORY_RATE,
            VitalSign::Temperature => &loinc::TEMPERATURE,
            VitalSign::OxygenSaturation => &loinc::OXYGEN_SATURATION,
            VitalSign::HeadCircumference => &loinc::HEAD_CIRCUMFERENCE,
            VitalSign::MidUpperArmCircumference => &loinc::MUAC,
        }
    }

    /// The vital sign with this LOINC code, if any.
    pub fn from_loinc(code: &str) -> Option<VitalSign> {
        VitalSign::ALL.into_iter().find(|v| v.loinc() == code)
    }
}

#[cfg(test)]
mod tests;
