//! Names of diagnoses, vaccines, medicines and tests in the catalogue languages other than
//! English, French and Arabic (whose names are in the tables themselves).
//!
//! Each language is one file, `locales/codes/<lang>.tsv`, beside that language's label
//! catalogue, so that a translator finds both in one place: `#` comment lines (the first of
//! them carry the file's `# Status:`, i.e. who drafted it, when, and who reviewed it), then one
//! line per code, the code, a tab and the name. A file names every code of the tables once;
//! `tests` in this module hold that, and that no file names a code the tables lack.
//!
//! A code is found by the code alone: ICD-10 (`A15.0`), ATC (`J07BD52`) and LOINC (`8302-2`)
//! codes never share a spelling (a test checks), so one file needs no sections.
//!
//! Dari (`prs`) is an overlay: its file holds only the names whose Afghan wording differs from
//! Iranian Persian's, and every other code is looked up in Persian ([`FALLBACK`]).

use std::collections::HashMap;
use std::sync::OnceLock;

/// (language tag, its file).
static FILES: &[(&str, &str)] = &[
    ("it", include_str!("../../../locales/codes/it.tsv")),
    ("el", include_str!("../../../locales/codes/el.tsv")),
    ("bg", include_str!("../../../locales/codes/bg.tsv")),
    ("hr", include_str!("../../../locales/codes/hr.tsv")),
    ("sr", include_str!("../../../locales/codes/sr.tsv")),
    ("sl", include_str!("../../../locales/codes/sl.tsv")),
    ("ro", include_str!("../../../locales/codes/ro.tsv")),
    ("de", include_str!("../../../locales/codes/de.tsv")),
    ("es", include_str!("../../../locales/codes/es.tsv")),
    ("ps", include_str!("../../../locales/codes/ps.tsv")),
    ("ti", include_str!("../../../locales/codes/ti.tsv")),
    ("so", include_str!("../../../locales/codes/so.tsv")),
    ("ku", include_str!("../../../locales/codes/ku.tsv")),
    ("ckb", include_str!("../../../locales/codes/ckb.tsv")),
    ("ur", include_str!("../../../locales/codes/ur.tsv")),
    ("uk", include_str!("../../../locales/codes/uk.tsv")),
    ("ru", include_str!("../../../locales/codes/ru.tsv")),
    ("tr", include_str!("../../../locales/codes/tr.tsv")),
    ("fa", include_str!("../../../locales/codes/fa.tsv")),
    ("prs", include_str!("../../../locales/codes/prs.tsv")),
    ("bn", include_str!("../../../locales/codes/bn.tsv")),
];

/// Overlays: a language whose file names only what differs, and the language it falls back to.
pub const FALLBACK: &[(&str, &str)] = &[("prs", "fa")];

/// Languages with no file of their own, made from another's letter for letter: Serbian Latin
/// from Serbian Cyrillic ([`serbian_latin`]), as its label catalogue is, so a reviewer edits
/// one file and the two cannot drift apart.
const TRANSLITERATED: &[(&str, &str)] = &[("sr-Latn", "sr")];

/// A line of a code-name file that ephr could not read. The files are compiled in, so this only
/// reaches a translator running the tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/codes/{lang}.tsv line {line}: {problem}")]
pub struct NamesError {
    /// Language tag of the file.
    pub lang: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// The languages with code names: those with a file, then those made from another's.
pub fn languages() -> impl Iterator<Item = &'static str> {
    FILES.iter().chain(TRANSLITERATED).map(|(l, _)| *l)
}

/// The name of `code` in `lang`, from the language's own file or, for an overlay, the file it
/// falls back to. The longest leading part of the tag that has a file decides (`sr-Latn-RS`
/// finds `sr-Latn`, `de-AT` finds `de`). `None` when no file names it.
pub fn name(lang: &str, code: &str) -> Option<&'static str> {
    let (file, own) = super::by_longest_tag(lang, |part| {
        languages()
            .enumerate()
            .find(|(_, l)| l.eq_ignore_ascii_case(part))
    })?;
    tables()[file].get(code).copied().or_else(|| {
        let (_, parent) = FALLBACK.iter().find(|(l, _)| *l == own)?;
        name(parent, code)
    })
}

/// The `# Status:` line of a language's file (without the `# Status: ` prefix), for
/// docs/TRANSLATIONS.md and its test; a transliterated language has its source's.
pub fn status(lang: &str) -> Option<&'static str> {
    let (_, src) = file_of(lang)?;
    src.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# Status: "))
}

/// Every (code, name) of a language's own file, in file order, or the first line that is not
/// valid. Only the shape is checked here; which codes belong is the tables' business (tests).
/// A transliterated language has no file: this reads its source's.
pub fn parse(lang: &str) -> Result<Vec<(&'static str, &'static str)>, NamesError> {
    let (lang, src) = file_of(lang).ok_or(NamesError {
        lang: "?",
        line: 0,
        problem: format!("no file for {lang}"),
    })?;
    parse_file(lang, src)
}

/// The file a language's names are read from: its own, or for a transliterated language its
/// source's.
fn file_of(lang: &str) -> Option<(&'static str, &'static str)> {
    let lang = TRANSLITERATED
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(lang))
        .map_or(lang, |(_, from)| from);
    FILES
        .iter()
        .find(|(l, _)| l.eq_ignore_ascii_case(lang))
        .copied()
}

fn parse_file(
    lang: &'static str,
    src: &'static str,
) -> Result<Vec<(&'static str, &'static str)>, NamesError> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let err = |problem: String| NamesError {
            lang,
            line: i + 1,
            problem,
        };
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((code, name)) = line.split_once('\t') else {
            return Err(err("expected the code, a tab and the name".into()));
        };
        if name.contains('\t') {
            return Err(err("more than one tab".into()));
        }
        if name.trim().is_empty() || name.trim() != name || code.trim() != code {
            return Err(err(format!("{code}: empty name, or spaces at an end")));
        }
        if out.iter().any(|(c, _)| *c == code) {
            return Err(err(format!("{code} is named twice")));
        }
        out.push((code, name));
    }
    Ok(out)
}

/// One map per language, in [`languages`] order.
fn tables() -> &'static [HashMap<&'static str, &'static str>] {
    static TABLES: OnceLock<Vec<HashMap<&'static str, &'static str>>> = OnceLock::new();
    TABLES.get_or_init(|| {
        // A file with a bad line names nothing (English is shown); the tests rule it out.
        let own = FILES.iter().map(|(l, src)| {
            parse_file(l, src)
                .map(|v| v.into_iter().collect())
                .unwrap_or_default()
        });
        let made = TRANSLITERATED.iter().map(|(_, from)| {
            parse(from)
                .unwrap_or_default()
                .into_iter()
                // Once per process, a few hundred names: leaked so that every name is
                // `&'static` like the rest.
                .map(|(c, n)| (c, &*Box::leak(serbian_latin(n).into_boxed_str())))
                .collect()
        });
        own.chain(made).collect()
    })
}

/// Serbian Cyrillic written in Serbian Latin letter for letter (`љ` is `lj`, `џ` is `dž`), as
/// `sr-Latn` is made from `sr`: its code names here, and its label catalogue (a test keeps
/// `locales/sr-Latn.ftl` equal to `sr.ftl` transliterated). Other characters are kept, so Latin words (ephr, QR, HIV) pass.
pub(crate) fn serbian_latin(text: &str) -> String {
    const CYRILLIC: &str = "абвгдђежзијклљмнњопрстћуфхцчџш";
    const LATIN: [&str; 30] = [
        "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
        "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let Some(l) = CYRILLIC.chars().position(|k| k == lower).map(|p| LATIN[p]) else {
            out.push(c);
            continue;
        };
        if lower == c {
            out.push_str(l);
            continue;
        }
        // A capital: Lj in a word in lower case, LJ in a word in capitals.
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let caps = match next {
            Some(n) if n.is_alphabetic() => n.is_uppercase(),
            _ => prev.is_some_and(|p| p.is_alphabetic() && p.is_uppercase()),
        };
        let mut cs = l.chars();
        out.extend(cs.next().into_iter().flat_map(char::to_uppercase));
        let rest: String = cs.collect();
        out.push_str(&if caps { rest.to_uppercase() } else { rest });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{CodeSystem, table};

    fn all_codes() -> Vec<&'static str> {
        [CodeSystem::Icd10, CodeSystem::Atc, CodeSystem::Loinc]
            .iter()
            .flat_map(|s| table(*s).iter().map(|c| c.code))
            .collect()
    }

    #[test]
    fn codes_of_the_three_systems_never_share_a_spelling() {
        let mut codes = all_codes();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }

    #[test]
    fn every_file_names_every_code_of_the_tables_once_and_nothing_else() {
        let codes = all_codes();
        for lang in languages() {
            let names = parse(lang).unwrap_or_else(|e| panic!("{e}"));
            let extra: Vec<_> = names
                .iter()
                .filter(|(c, _)| !codes.contains(c))
                .map(|(c, _)| c)
                .collect();
            assert!(extra.is_empty(), "{lang}.tsv names unknown codes {extra:?}");
            if FALLBACK.iter().any(|(l, _)| *l == lang) {
                continue;
            }
            let missing: Vec<_> = codes
                .iter()
                .filter(|c| !names.iter().any(|(n, _)| n == *c))
                .collect();
            assert!(
                missing.is_empty(),
                "{lang}.tsv has no name for {} codes, e.g. {:?}",
                missing.len(),
                &missing[..missing.len().min(5)]
            );
        }
    }

    #[test]
    fn every_catalogue_language_names_every_code() {
        // The label catalogues and the code names cover the same languages: a new catalogue
        // without code names (or the reverse) fails here, as does a code with no name.
        let catalogues: Vec<&str> = crate::labels::LANGUAGES.iter().map(|l| l.code).collect();
        for lang in languages() {
            assert!(
                catalogues.contains(&lang),
                "{lang} has code names but no catalogue"
            );
        }
        for lang in catalogues {
            if ["en", "fr", "ar"].contains(&lang) {
                continue;
            }
            assert!(languages().any(|l| l == lang), "{lang} has no code names");
            for c in all_codes() {
                assert!(name(lang, c).is_some(), "{lang}: no name for {c}");
            }
        }
    }

    #[test]
    fn every_file_says_its_status() {
        for lang in languages() {
            let s = status(lang).unwrap_or_else(|| panic!("{lang}.tsv has no `# Status:` line"));
            assert!(
                s.starts_with("machine-quality") || s.starts_with("reviewed"),
                "{lang}: {s}"
            );
        }
    }

    #[test]
    fn docs_translations_shows_the_status_of_every_file() {
        // docs/TRANSLATIONS.md has one row per language in its code-name table, with the status
        // word of the file's `# Status:` line.
        let doc = include_str!("../../../docs/TRANSLATIONS.md");
        let table = doc
            .split("## Code names")
            .nth(1)
            .expect("a `## Code names` section");
        for lang in languages() {
            let row = table
                .lines()
                .find(|l| l.starts_with(&format!("| `{lang}` |")))
                .unwrap_or_else(|| panic!("no row for {lang}"));
            let word = status(lang).unwrap().split([';', ' ']).next().unwrap();
            assert!(row.contains(word), "{lang}: {row} does not say {word}");
        }
    }

    #[test]
    fn a_missing_or_malformed_line_is_caught() {
        // The coverage test is only worth something if a gap fails it: a file with one code
        // dropped has one name fewer, and malformed lines are refused with their number.
        let full = parse("de").unwrap();
        let src = FILES.iter().find(|(l, _)| *l == "de").unwrap().1;
        let first = src.lines().find(|l| !l.starts_with('#')).unwrap();
        let short: &'static str = Box::leak(src.replacen(&format!("{first}\n"), "", 1).into());
        assert_eq!(parse_file("de", short).unwrap().len(), full.len() - 1);
        for (bad, what) in [
            ("A00.9 Cholera\n", "tab"),
            ("A00.9\t\n", "empty"),
            ("A00.9\t Cholera\n", "spaces"),
            ("A00.9\tx\tCholera\n", "more than one tab"),
            ("A00.9\tx\nA00.9\ty\n", "twice"),
        ] {
            let e = parse_file("xx", bad).unwrap_err();
            assert!(e.problem.contains(what), "{bad:?}: {e}");
        }
    }

    #[test]
    fn dari_falls_back_to_persian_and_tags_find_their_file() {
        let weight = "29463-7";
        let fa = name("fa", weight).unwrap();
        // Every code has a Dari name: its own or Persian's.
        for c in all_codes() {
            let prs = name("prs", c).unwrap_or_else(|| panic!("no Dari name for {c}"));
            let own = parse("prs").unwrap().into_iter().find(|(k, _)| *k == c);
            assert_eq!(prs, own.map_or_else(|| name("fa", c).unwrap(), |(_, n)| n));
        }
        assert!(!fa.is_empty());
        assert_eq!(name("sr-Latn-RS", weight), name("sr-Latn", weight));
        assert_eq!(
            name("sr-Latn", weight).map(str::to_owned),
            name("sr", weight).map(serbian_latin)
        );
        assert!(
            !name("sr-Latn", weight)
                .unwrap()
                .chars()
                .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
        );
        assert_eq!(name("de_AT", weight), name("de", weight));
        assert_eq!(name("xx", weight), None);
        assert_eq!(name("de", "Z99.99"), None);
    }
}
