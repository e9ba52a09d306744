//! What is confidential by default: the one place that says which codes, sections and alerts
//! go on the confidential card rather than the core card (docs/PRIVACY.md explains each choice).
//!
//! The booklet is shown at every clinic, and in practice also to camp staff, officials,
//! landlords and employers. A fact is confidential by default when showing it to them can cause
//! refusal, detention or violence (HIV, hepatitis B and C, sexually transmitted infections,
//! mental health, pregnancy, abuse, torture, genital mutilation, self-harm), or when it reveals
//! such a fact (the medicine that treats it, the test that looks for it). Tuberculosis is not:
//! its treatment and contact tracing are a public-health duty of every clinic the person sees,
//! and latent TB is a common finding that the next clinic must act on.
//!
//! The health worker can override every default per item (`"confidential": true|false` in the
//! record), and the person decides whether a confidential card is issued at all.

use crate::record::{
    Alert, AlertKind, LabResult, Medication, MentalHealth, Pregnancy, Problem, Referral,
};

/// An item of a record that can be kept confidential, borrowed for a decision.
#[derive(Debug, Clone, Copy)]
#[allow(missing_docs)]
pub enum Sensitive<'a> {
    Problem(&'a Problem),
    Medication(&'a Medication),
    Result(&'a LabResult),
    Pregnancy(&'a Pregnancy),
    MentalHealth(&'a MentalHealth),
    Referral(&'a Referral),
    Alert(&'a Alert),
}

/// Whether `item` goes on the confidential card unless the health worker says otherwise.
///
/// - a problem or a referral: its ICD-10 code is sensitive ([`is_sensitive_icd10`]);
/// - a result: its LOINC test is sensitive ([`is_confidential_loinc`]);
/// - a medicine: it reveals a sensitive diagnosis ([`is_confidential_atc`]);
/// - the pregnancy section, whatever its status: gravida and para, a negative test, or a status
///   of "unknown" are as personal as a pregnancy, and a section that is present only when
///   pregnant would reveal the pregnancy by its presence;
/// - the mental-health screening, whatever its outcome, for the same reason;
/// - an alert of a high-risk pregnancy (it names the pregnancy). Other alerts are free text that
///   a clinic must see first; the health worker marks one confidential when its text reveals.
pub fn by_default(item: Sensitive<'_>) -> bool {
    match item {
        Sensitive::Problem(p) => is_sensitive_icd10(&p.icd10),
        Sensitive::Medication(m) => is_confidential_atc(&m.atc),
        Sensitive::Result(r) => is_confidential_loinc(&r.loinc),
        Sensitive::Pregnancy(_) | Sensitive::MentalHealth(_) => true,
        Sensitive::Referral(r) => r.reason_icd10.as_deref().is_some_and(is_sensitive_icd10),
        Sensitive::Alert(a) => a.kind == AlertKind::HighRiskPregnancy,
    }
}

/// Whether an ICD-10 code (in the table or not) concerns a matter that calls for discretion when
/// a record is displayed, printed or shared; these diagnoses are confidential by default.
///
/// - HIV: `B20`–`B24`, `Z21` (asymptomatic infection), `R75` (inconclusive laboratory
///   evidence), `Z20.6` (contact or exposure), `Z11.4` (screening), `Z71.7` (counselling);
/// - hepatitis B, C and D: `B16`, `B17.0`, `B17.1`, `B18.0`–`B18.2`, `B19`, `Z22.5` (carrier);
///   hepatitis A (`B15`) and E (`B17.2`) are food- or water-borne and stay in the core;
/// - sexually transmitted infections: `A50`–`A64` (syphilis, gonorrhoea, chlamydia, herpes …),
///   `Z20.2` (contact), `Z11.3` (screening);
/// - mental and behavioural disorders: all of chapter F (`F00`–`F99`);
/// - pregnancy: chapter O (`O00`–`O99`, and `O9A` of ICD-10-CM), `Z32` (pregnancy test),
///   `Z33`–`Z36` (pregnant state, supervision, antenatal screening), `Z37`–`Z39` (delivery and
///   postnatal care);
/// - maltreatment and abuse: `T74`, `T76` (ICD-10-CM), assault by bodily force or sexual
///   assault `Y04`–`Y05`, neglect `Y06`, perpetrator `Y07`, examination after alleged rape or
///   inflicted injury `Z04.4`–`Z04.5`, abuse in childhood `Z61.4`–`Z61.6`, victim of crime,
///   terrorism or torture `Z65.4`;
/// - intentional self-harm `X60`–`X84`, a history of it `Z91.5`, suicidal ideation `R45.8`;
/// - female genital mutilation as coded here (`N90.8`; `Z91.7` of ICD-10-CM).
///
/// The argument is matched by prefix and need not be well-formed.
pub fn is_sensitive_icd10(code: &str) -> bool {
    let b = code.as_bytes();
    let category = |letter: u8, lo: u8, hi: u8| -> bool {
        match b {
            [l, d1, d2, ..] if *l == letter && d1.is_ascii_digit() && d2.is_ascii_digit() => {
                let n = (d1 - b'0') * 10 + (d2 - b'0');
                (lo..=hi).contains(&n)
            }
            _ => false,
        }
    };
    const PREFIXES: &[&str] = &[
        "B17.0", "B17.1", "B18.0", "B18.1", "B18.2", "O9A", "R45.8", "N90.8", "Z04.4", "Z04.5",
        "Z11.3", "Z11.4", "Z20.2", "Z20.6", "Z22.5", "Z61.4", "Z61.5", "Z61.6", "Z65.4", "Z71.7",
        "Z91.5", "Z91.7",
    ];
    category(b'B', 20, 24)
        || category(b'B', 16, 16)
        || category(b'B', 19, 19)
        || category(b'Z', 21, 21)
        || category(b'R', 75, 75)
        || category(b'A', 50, 64)
        || category(b'F', 0, 99)
        || category(b'O', 0, 99)
        || category(b'Z', 32, 39)
        || category(b'T', 74, 74)
        || category(b'T', 76, 76)
        || category(b'Y', 4, 7)
        || category(b'X', 60, 84)
        || PREFIXES.iter().any(|p| code.starts_with(p))
}

/// LOINC tests whose result is confidential by default, sorted: HIV (screening, antibodies,
/// viral load and the CD4 count that monitors it), hepatitis B (surface antigen, core
/// antibodies, e antigen, viral load) and C (antibodies, RNA), syphilis (RPR, VDRL, treponemal
/// antibodies), chlamydia and gonorrhoea, pregnancy (hCG, pregnancy status) and the
/// mental-health questionnaires (PHQ-2, PHQ-9, GAD-7 scores).
///
/// Hepatitis B surface antibody (`16935-9`) stays in the core: alone it shows vaccination, and a
/// clinic needs it to decide on the hepatitis B vaccine. TB tests stay in the core.
pub const CONFIDENTIAL_LOINC: &[&str] = &[
    "11259-9", // HCV RNA
    "13954-3", // HBe antigen
    "13955-0", // HCV antibody (immunoassay)
    "16128-1", // HCV antibody
    "16933-4", // HBc antibody, total
    "20447-9", // HIV-1 RNA viral load
    "20507-0", // RPR (syphilis)
    "2106-3",  // hCG, urine
    "2118-8",  // hCG, serum
    "21613-5", // Chlamydia trachomatis DNA
    "22587-0", // Treponema pallidum antibody
    "24111-7", // Neisseria gonorrhoeae DNA
    "24467-3", // CD4 count
    "29615-2", // HBV DNA viral load
    "31201-7", // HIV-1/2 antibodies
    "31204-1", // HBc IgM antibody
    "44261-6", // PHQ-9 total score
    "5196-1",  // HBs antigen
    "5292-8",  // VDRL (syphilis)
    "55758-7", // PHQ-2 total score
    "56888-1", // HIV-1/2 antibodies and p24 antigen
    "68961-2", // HIV-1 antibody
    "70274-6", // GAD-7 total score
    "75622-1", // HIV-1/2 antibodies and p24 antigen (immunoassay)
    "7917-8",  // HIV-1 antibody
    "82810-3", // pregnancy status
];

/// Whether a LOINC test's result is confidential by default (see [`CONFIDENTIAL_LOINC`]).
pub fn is_confidential_loinc(code: &str) -> bool {
    CONFIDENTIAL_LOINC.binary_search(&code).is_ok()
}

/// ATC groups (matched by prefix) whose medicines are confidential by default, because a
/// medicine names its diagnosis to anyone who looks it up:
///
/// - HIV: protease inhibitors `J05AE`, nucleoside and nucleotide reverse-transcriptase inhibitors
///   `J05AF` (also hepatitis B treatment: tenofovir, entecavir, lamivudine), non-nucleoside
///   inhibitors `J05AG`, integrase inhibitors `J05AJ`, combinations `J05AR` (also pre-exposure
///   prophylaxis), and the HIV drugs among the other antivirals: enfuvirtide `J05AX07`,
///   maraviroc `J05AX09`, ibalizumab `J05AX23`, fostemsavir `J05AX29`, lenacapavir `J05AX31`
///   (the rest of `J05AX` treats influenza or COVID-19 and stays in the core);
/// - hepatitis C: `J05AP`;
/// - psychiatric disorders: antipsychotics and lithium `N05A`, antidepressants `N06A`, and the
///   drugs of opioid and alcohol dependence `N07BB`, `N07BC`: each names a chapter-F diagnosis
///   almost as plainly as its code.
///
/// Anxiolytics and hypnotics (`N05B`, `N05C`) and the other psychoanaleptics (`N06B`, `N06D`)
/// stay in the core: they are prescribed for many reasons (insomnia, pain, procedures, dementia)
/// and so reveal little, while their sedation and dependence are what the next prescriber must
/// see. TB medicines (`J04`) stay in the core.
pub const CONFIDENTIAL_ATC_PREFIXES: &[&str] = &[
    "J05AE", "J05AF", "J05AG", "J05AJ", "J05AP", "J05AR", "J05AX07", "J05AX09", "J05AX23",
    "J05AX29", "J05AX31", "N05A", "N06A", "N07BB", "N07BC",
];

/// Whether a medicine (ATC code) is confidential by default (see [`CONFIDENTIAL_ATC_PREFIXES`]).
pub fn is_confidential_atc(code: &str) -> bool {
    CONFIDENTIAL_ATC_PREFIXES
        .iter()
        .any(|p| code.starts_with(p))
}
