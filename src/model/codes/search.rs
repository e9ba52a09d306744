//! Finding a code by words: what a health worker types ("latent tuberculosis", "MMR",
//! "hepatitis B"), or the code itself, gives the matching entries of a table, the frequent
//! choices of a migrant health assessment first.

use super::{CodeInfo, atc, icd10, loinc};

/// Which field the code is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    /// A diagnosis (ICD-10): problems, referral reasons.
    Diagnosis,
    /// A vaccine (ATC J07).
    Vaccine,
    /// A medicine or substance group (ATC, not J07): medications, allergies.
    Medicine,
    /// A screening or laboratory test (LOINC).
    Test,
}

/// The choices a reception-centre assessment makes most often, in order: the conditions of the
/// e-PHR study and ECDC's screening guidance (content.md), the routine catch-up vaccines, and
/// the screening tests. They come first among equal matches, and alone for an empty query.
const FREQUENT: &[&str] = &[
    // Diagnoses: latent and active TB, hepatitis B and C, HIV, diabetes, hypertension,
    // anaemia, scabies, mental health, asthma, pregnancy, dental caries.
    "R76.1", "A15.0", "A16.2", "B18.1", "B18.2", "Z21", "E11.9", "I10", "D50.9", "B86", "F43.1",
    "F32.9", "F41.1", "J45.9", "Z34.9", "K02.9",
    // Vaccines: MMR, Td, DTP-IPV, polio, hepatitis B, BCG, COVID-19, HPV, varicella.
    "J07BD52", "J07AM51", "J07CA02", "J07BF03", "J07BF04", "J07BC01", "J07AN01", "J07BN01",
    "J07BM03", "J07BK01",
    // Tests: IGRA, tuberculin skin test, chest X-ray, HBsAg, HCV antibody, HIV combined
    // screening, syphilis, haemoglobin, HbA1c, fasting glucose, pregnancy test, stool parasites,
    // schistosoma serology.
    "71773-6", "1648-5", "36643-5", "5196-1", "16128-1", "56888-1", "20507-0", "718-7", "4548-4",
    "1558-6", "2106-3", "10704-5", "100129-6",
];

/// Most hits a search returns.
pub const MAX_HITS: usize = 20;
/// Longest query looked at (characters); the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;

/// One match: the code, its name in the asked language, and its English name when that
/// differs (a name with no translation is shown in English).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Hit {
    /// The code.
    pub code: &'static str,
    /// Its name in the language asked for, or English.
    pub name: &'static str,
    /// Its English name.
    pub english: &'static str,
    /// One of the frequent choices.
    pub frequent: bool,
}

fn entries(kind: CodeKind) -> Box<dyn Iterator<Item = &'static CodeInfo>> {
    match kind {
        CodeKind::Diagnosis => Box::new(icd10::ICD10.iter()),
        CodeKind::Vaccine => Box::new(super::vaccines().iter()),
        CodeKind::Medicine => Box::new(atc::ATC.iter().filter(|e| !e.code.starts_with("J07"))),
        CodeKind::Test => Box::new(loinc::LOINC.iter()),
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if c.is_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect()
}

/// How well `words` match a name: every query word starts a word of the name (0), or is inside
/// the name (1); `None` when some word is in neither.
fn name_score(words: &[String], name: &str) -> Option<u8> {
    if name.is_empty() {
        return None;
    }
    let folded = fold(name);
    let name_words: Vec<&str> = folded.split_whitespace().collect();
    let mut score = 0;
    for w in words {
        if name_words.iter().any(|n| n.starts_with(w.as_str())) {
            continue;
        }
        if folded.contains(w.as_str()) {
            score = 1;
            continue;
        }
        return None;
    }
    Some(score)
}

/// The entries of `kind` that match `query`, best first, at most [`MAX_HITS`]: the code itself
/// (exactly, then as a prefix), then names in `lang` or English whose words start with every
/// word typed, then names that contain them; the frequent choices first within each. An empty
/// query gives the frequent choices.
pub fn search(kind: CodeKind, query: &str, lang: &str) -> Vec<Hit> {
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let words: Vec<String> = fold(&query).split_whitespace().map(str::to_owned).collect();
    let rank = |code: &str| FREQUENT.iter().position(|f| *f == code);
    let mut scored: Vec<((u8, usize), &'static CodeInfo)> = entries(kind)
        .filter_map(|e| {
            let tier = if words.is_empty() {
                rank(e.code).map(|_| 0)
            } else {
                let code = e.code.to_lowercase();
                let q = words.join(" ");
                if code == q {
                    Some(0)
                } else if words.len() == 1 && code.starts_with(&q) {
                    Some(1)
                } else {
                    let local = name_score(&words, e.display(lang));
                    let en = name_score(&words, e.en);
                    local.into_iter().chain(en).min().map(|s| 2 + s)
                }
            }?;
            Some(((tier, rank(e.code).unwrap_or(usize::MAX)), e))
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.code.cmp(b.1.code)));
    scored
        .into_iter()
        .take(MAX_HITS)
        .map(|((_, r), e)| Hit {
            code: e.code,
            name: e.display(lang),
            english: e.en,
            frequent: r != usize::MAX,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(kind: CodeKind, q: &str) -> Vec<&'static str> {
        search(kind, q, "en").into_iter().map(|h| h.code).collect()
    }

    #[test]
    fn words_a_nurse_types_find_the_code() {
        assert_eq!(
            codes(CodeKind::Diagnosis, "latent tuberculosis")[0],
            "R76.1"
        );
        assert_eq!(codes(CodeKind::Vaccine, "MMR")[0], "J07BD52");
        assert_eq!(codes(CodeKind::Vaccine, "bcg")[0], "J07AN01");
        assert_eq!(codes(CodeKind::Test, "hbsag")[0], "5196-1");
        assert_eq!(codes(CodeKind::Medicine, "metformin")[0], "A10BA02");
        // Word starts rank before words found inside other words.
        assert_eq!(codes(CodeKind::Diagnosis, "diab")[0], "E11.9");
        // The frequent choices first among equal matches: hepatitis B before other hepatitis.
        let hep = codes(CodeKind::Diagnosis, "hepatitis");
        assert_eq!(&hep[..2], &["B18.1", "B18.2"]);
    }

    #[test]
    fn a_code_finds_itself_first_and_its_prefix_next() {
        assert_eq!(codes(CodeKind::Diagnosis, "E11.9")[0], "E11.9");
        assert_eq!(codes(CodeKind::Diagnosis, "e11.9")[0], "E11.9");
        let a15 = codes(CodeKind::Diagnosis, "A15");
        assert!(a15.iter().take(2).all(|c| c.starts_with("A15")), "{a15:?}");
        assert_eq!(codes(CodeKind::Test, "71773-6"), vec!["71773-6"]);
    }

    #[test]
    fn names_in_the_asked_language_with_english_beside() {
        let fr = search(CodeKind::Vaccine, "rougeole", "fr");
        assert!(fr.iter().any(|h| h.code == "J07BD52"), "{fr:?}");
        assert!(fr[0].name.to_lowercase().contains("rougeole"));
        assert!(fr[0].english.contains("Measles"));
        // Arabic words find Arabic names.
        let ar = search(CodeKind::Diagnosis, "الجرب", "ar");
        assert_eq!(ar[0].code, "B86");
        // Every catalogue language searches its own names, and English too.
        let it = search(CodeKind::Diagnosis, "scabbia", "it");
        assert_eq!(
            (it[0].code, it[0].name, it[0].english),
            ("B86", "Scabbia", "Scabies")
        );
        let it = search(CodeKind::Diagnosis, "scabies", "it");
        assert_eq!((it[0].code, it[0].name), ("B86", "Scabbia"));
        let de = search(CodeKind::Vaccine, "masern", "de");
        assert!(de.iter().any(|h| h.code == "J07BD52"), "{de:?}");
        // A language without code names searches and shows English.
        let xx = search(CodeKind::Diagnosis, "scabies", "xx");
        assert_eq!((xx[0].code, xx[0].name), ("B86", "Scabies"));
    }

    #[test]
    fn empty_nothing_and_limits() {
        let frequent = codes(CodeKind::Vaccine, "");
        assert_eq!(frequent[0], "J07BD52");
        assert!(
            search(CodeKind::Vaccine, "", "en")
                .iter()
                .all(|h| h.frequent)
        );
        assert!(codes(CodeKind::Diagnosis, "zzzz qqqq").is_empty());
        assert!(codes(CodeKind::Diagnosis, "a").len() <= MAX_HITS);
        let long = "tuberculosis ".repeat(1000);
        assert!(search(CodeKind::Diagnosis, &long, "en").len() <= MAX_HITS);
        // Every frequent code is in a table: a typo here would silently rank nothing.
        for f in FREQUENT {
            assert!(
                [CodeKind::Diagnosis, CodeKind::Vaccine, CodeKind::Test]
                    .iter()
                    .any(|k| entries(*k).any(|e| e.code == *f)),
                "{f} is in no table"
            );
        }
    }
}
