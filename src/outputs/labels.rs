//! Printed labels in the languages of the clinics along the route and of the people who carry
//! the booklet. The text report of `ephr verify` and `ephr decode` ([`crate::report`]) takes its
//! words from the same catalogues.
//!
//! Each language is one catalogue file, `locales/<code>.ftl`, in the plain-message subset of
//! Project Fluent, so a translator adds a language by copying `en.ftl` and adding one line to
//! [`LANGUAGES`]. Code names (vaccines, diagnoses, tests) are not here: they come from
//! [`crate::codes`] (`locales/codes/<code>.tsv` beside each catalogue).

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// A language ephr can print, with its catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang {
    /// ISO 639-1 code, e.g. `ar`, with a script subtag where a language has a catalogue in two
    /// scripts (`sr` is Serbian in Cyrillic, `sr-Latn` in Latin); the ISO 639-3 code for a
    /// language without a two-letter one (`ckb`, Sorani Kurdish).
    pub code: &'static str,
    /// Written right to left (Arabic, Persian, Pashto, Sorani Kurdish, Urdu).
    pub rtl: bool,
    source: &'static str,
}

/// Every language with a catalogue. English is first and is the reference.
pub const LANGUAGES: &[Lang] = &[
    lang("en", false, include_str!("../../locales/en.ftl")),
    lang("fr", false, include_str!("../../locales/fr.ftl")),
    lang("ar", true, include_str!("../../locales/ar.ftl")),
    lang("fa", true, include_str!("../../locales/fa.ftl")),
    // Dari is an overlay on Persian: only the words Afghan usage writes differently
    // ([`Lang::overlays`]; the same rule gives its code names, `codes::names::FALLBACK`).
    lang("prs", true, include_str!("../../locales/prs.ftl")),
    lang("it", false, include_str!("../../locales/it.ftl")),
    lang("el", false, include_str!("../../locales/el.ftl")),
    lang("bg", false, include_str!("../../locales/bg.ftl")),
    lang("hr", false, include_str!("../../locales/hr.ftl")),
    // Serbian: Cyrillic is `sr` (CLDR's default script for Serbian), Latin is `sr-Latn`, the
    // same text transliterated letter for letter (a test checks).
    lang("sr", false, include_str!("../../locales/sr.ftl")),
    lang("sr-Latn", false, include_str!("../../locales/sr-Latn.ftl")),
    lang("sl", false, include_str!("../../locales/sl.ftl")),
    lang("ro", false, include_str!("../../locales/ro.ftl")),
    lang("de", false, include_str!("../../locales/de.ftl")),
    lang("es", false, include_str!("../../locales/es.ftl")),
    // The languages of people who carry the booklet (issue 14). Kurdish has two catalogues:
    // `ku` is Kurmanji in Latin script, `ckb` Sorani in Arabic script.
    lang("ps", true, include_str!("../../locales/ps.ftl")),
    lang("ti", false, include_str!("../../locales/ti.ftl")),
    lang("so", false, include_str!("../../locales/so.ftl")),
    lang("ku", false, include_str!("../../locales/ku.ftl")),
    lang("ckb", true, include_str!("../../locales/ckb.ftl")),
    lang("ur", true, include_str!("../../locales/ur.ftl")),
    lang("uk", false, include_str!("../../locales/uk.ftl")),
    lang("ru", false, include_str!("../../locales/ru.ftl")),
    lang("tr", false, include_str!("../../locales/tr.ftl")),
    lang("bn", false, include_str!("../../locales/bn.ftl")),
];

/// Spoken languages (ISO 639-3) whose speakers read another language's catalogue: the written
/// standard taught in their schools. Keep in step with the languages in [`crate::codes`].
const READS: &[(&str, &str)] = &[
    // Dari (`prs`) has its own catalogue, an overlay on Persian. Hazaragi is a Dari variety;
    // its speakers are schooled in Dari.
    ("haz", "prs"),
    // Persian as written in Afghanistan is Dari (CLDR's `fa_AF` is Dari too).
    ("fa-AF", "prs"),
    ("pes", "fa"),
    ("fas", "fa"),
    ("per", "fa"),
    // Arabic varieties: Modern Standard Arabic is what is read and written.
    ("ara", "ar"),
    ("arb", "ar"),
    ("acm", "ar"),
    ("aeb", "ar"),
    ("apc", "ar"),
    ("ajp", "ar"),
    ("apd", "ar"),
    ("ary", "ar"),
    ("arz", "ar"),
    ("ayl", "ar"),
    ("arq", "ar"),
    ("afb", "ar"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("eng", "en"),
    ("ita", "it"),
    ("ell", "el"),
    ("gre", "el"),
    ("bul", "bg"),
    ("hrv", "hr"),
    ("srp", "sr"),
    // Serbo-Croatian (the deprecated ISO 639-1 `sh`, the ISO 639-3 macrolanguage `hbs`): CLDR
    // aliases `sh` to `sr-Latn`, and Latin script is what all its speakers read.
    ("sh", "sr-Latn"),
    ("hbs", "sr-Latn"),
    ("slv", "sl"),
    ("ron", "ro"),
    ("rum", "ro"),
    ("deu", "de"),
    ("ger", "de"),
    ("spa", "es"),
    // Pashto: the macrolanguage (ISO 639-2/3 `pus`) and its three ISO 639-3 varieties,
    // Southern, Northern and Central Pashto, all written in the one standard orthography.
    ("pus", "ps"),
    ("pbt", "ps"),
    ("pbu", "ps"),
    ("pst", "ps"),
    ("tir", "ti"),
    ("som", "so"),
    // Kurdish: Northern Kurdish (Kurmanji, `kmr`) and the macrolanguage (`kur`, like the ISO
    // 639-1 `ku`) read the Kurmanji catalogue in Latin script; Central Kurdish (Sorani) has its
    // own code, `ckb`, and catalogue. Southern Kurdish (`sdh`) is left out: its speakers are
    // schooled in Persian or Arabic, and the record lists those languages too.
    ("kmr", "ku"),
    ("kur", "ku"),
    ("urd", "ur"),
    ("ukr", "uk"),
    ("rus", "ru"),
    ("tur", "tr"),
    ("ben", "bn"),
];

const fn lang(code: &'static str, rtl: bool, source: &'static str) -> Lang {
    Lang { code, rtl, source }
}

/// A catalogue line ephr could not read. Catalogues are compiled in, so this only reaches a
/// translator running the tests.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("locales/{lang}.ftl line {line}: {problem}")]
pub struct CatalogueError {
    /// Language code of the catalogue.
    pub lang: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

impl Lang {
    /// A number as this language writes it, with the CLDR's decimal separator and digits: `68.5`
    /// is `68,5` in German, French or Croatian and `۶۸٫۵` in Persian, Dari and Pashto. Only a
    /// plain number (`120`, `-0.5`) is changed; other text (`<5`, `1:320`, a typed note) is
    /// returned as it is. The cards, `--json` and FHIR always keep Latin digits and `.`.
    pub fn number(self, text: &str) -> String {
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        let body = text.strip_prefix('-').unwrap_or(text);
        let plain = match body.split_once('.') {
            Some((whole, frac)) => digits(whole) && digits(frac),
            None => digits(body),
        };
        if !plain {
            return text.to_owned();
        }
        let (sep, local) = crate::codes::number_symbols(self.code).unwrap_or((".", "0123456789"));
        let local: Vec<char> = local.chars().collect();
        text.chars()
            .map(|c| match c {
                '.' => sep.to_owned(),
                '0'..='9' => local
                    .get(usize::from(c as u8 - b'0'))
                    .copied()
                    .unwrap_or(c)
                    .to_string(),
                _ => c.to_string(),
            })
            .collect()
    }

    /// The language with this ISO 639-1 code, if ephr has its catalogue. Case does not matter
    /// and `_` may stand for `-`: `sr-Latn`, `sr_Latn` and `SR-LATN` are the same.
    pub fn get(code: &str) -> Option<Lang> {
        let code = code.trim().replace('_', "-");
        LANGUAGES
            .iter()
            .copied()
            .find(|l| l.code.eq_ignore_ascii_case(&code))
    }

    /// The catalogue for a language a person speaks, as the record gives it (an ISO 639-1 or
    /// 639-3 code, possibly with a region): its own catalogue, or the catalogue of the written
    /// standard that its speakers read. Hazaragi reads Dari (`prs`), the Arabic varieties read
    /// Modern Standard Arabic. A script subtag picks the catalogue in that script when there is
    /// one: `sr-Latn-RS` and `srp-Latn` read `sr-Latn`; `sr`, `sr-RS` and `sr-Cyrl` read `sr`.
    /// `None` when ephr has no catalogue a speaker could read.
    pub fn for_speaker(code: &str) -> Option<Lang> {
        let code = code.trim();
        let mut subtags = code.split(['-', '_']);
        let primary = subtags.next().unwrap_or(code);
        let rest: Vec<&str> = subtags.collect();
        let script = rest
            .iter()
            .copied()
            .find(|s| s.len() == 4 && s.chars().all(|c| c.is_ascii_alphabetic()));
        // A region decides for a language written differently there (`fa-AF`, also as
        // `fa-Arab-AF`, is Dari).
        let region = rest
            .iter()
            .find(|s| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()));
        let reads = |tag: &str| {
            READS
                .iter()
                .find(|(spoken, _)| spoken.eq_ignore_ascii_case(tag))
                .and_then(|(_, written)| Lang::get(written))
        };
        let base = Lang::get(code)
            .or_else(|| region.and_then(|r| reads(&format!("{primary}-{r}"))))
            .or_else(|| Lang::get(primary))
            .or_else(|| reads(primary))?;
        let Some(script) = script else {
            return Some(base);
        };
        let (language, base_script) = base.code.split_once('-').unwrap_or((base.code, ""));
        Lang::get(&format!("{language}-{script}")).or_else(|| {
            // No catalogue in that script: the language's default-script catalogue if the
            // match was one in another script (`sh-Cyrl` reads `sr`), else the match itself.
            if base_script.is_empty() || base_script.eq_ignore_ascii_case(script) {
                Some(base)
            } else {
                Lang::get(language).or(Some(base))
            }
        })
    }

    /// The language a person reads their own record in: the first language they speak, in the
    /// order their record lists them, whose written standard has a catalogue
    /// ([`Lang::for_speaker`]). The booklet's second language and the station's "show to the
    /// person" both use it.
    pub fn for_person<'a>(spoken: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        spoken.into_iter().find_map(Lang::for_speaker)
    }

    /// The language a clinician's browser asks for (an HTTP `Accept-Language` value such as
    /// `sr-Latn-RS,sr;q=0.9,en;q=0.8`): the first listed language with a catalogue, in the
    /// order given (the weights of well-behaved browsers already descend).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        header
            .split(',')
            .take(32)
            .filter_map(|part| part.split(';').next())
            .map(str::trim)
            .filter(|tag| !tag.is_empty() && *tag != "*")
            .find_map(Lang::for_speaker)
    }

    /// What separates the items of a list: the Arabic comma in Arabic script (every
    /// right-to-left catalogue is in Arabic script), the Ethiopic comma in Tigrinya, the Latin
    /// comma otherwise.
    pub fn list_separator(self) -> &'static str {
        match (self.rtl, self.code) {
            (true, _) => "\u{060C} ",
            // Ethiopic comma.
            (false, "ti") => "\u{1363} ",
            _ => ", ",
        }
    }

    /// English.
    pub fn english() -> Lang {
        LANGUAGES[0]
    }

    /// The codes of every language with a catalogue, for messages.
    pub fn codes() -> String {
        LANGUAGES
            .iter()
            .map(|l| l.code)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The language whose catalogue this one is an overlay on: Persian for Dari, whose
    /// catalogue holds only the words Afghan usage writes differently. `None` for a full
    /// catalogue.
    pub fn overlays(self) -> Option<Lang> {
        crate::codes::names::FALLBACK
            .iter()
            .find(|(l, _)| *l == self.code)
            .and_then(|(_, parent)| Lang::get(parent))
    }

    /// The label for `key`: this catalogue's, else (for an overlay) the one it overlays. A
    /// missing key (which the catalogue test rules out) shows the English text, and failing
    /// that the key itself, rather than an empty cell on a printed page.
    pub fn t(self, key: &str) -> &'static str {
        self.messages()
            .get(key)
            .or_else(|| self.overlays().and_then(|p| p.messages().get(key)))
            .or_else(|| Lang::english().messages().get(key))
            .map_or_else(|| leak_key(key), String::as_str)
    }

    /// The label for `key` with its `{ $name }` placeables filled in.
    pub fn fmt(self, key: &str, args: &[(&str, &str)]) -> String {
        // One pass over the message: a value that itself reads `{ $name }` (text a person
        // typed, shown in a problem) is not filled in again.
        let text = self.t(key);
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(at) = rest.find("{ $") {
            let after = &rest[at + 3..];
            let Some(end) = after.find(" }") else { break };
            let name = &after[..end];
            out.push_str(&rest[..at]);
            match args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => out.push_str(value),
                None => out.push_str(&rest[at..at + 3 + end + 2]),
            }
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// Reads the catalogue: every message, or the first line that is not valid.
    pub fn parse(self) -> Result<BTreeMap<String, String>, CatalogueError> {
        parse(self.code, self.source)
    }

    fn messages(self) -> &'static BTreeMap<String, String> {
        static CACHE: OnceLock<Vec<BTreeMap<String, String>>> = OnceLock::new();
        let all = CACHE.get_or_init(|| {
            LANGUAGES
                .iter()
                .map(|l| l.parse().unwrap_or_default())
                .collect()
        });
        let i = LANGUAGES.iter().position(|l| *l == self).unwrap_or(0);
        &all[i]
    }
}

fn leak_key(key: &str) -> &'static str {
    // Only reachable for a key missing from English too, i.e. a bug caught by the tests; the
    // key names the problem on the page instead of leaving a hole.
    static KEYS: OnceLock<std::sync::Mutex<BTreeMap<String, &'static str>>> = OnceLock::new();
    let m = KEYS.get_or_init(Default::default);
    let mut m = m.lock().unwrap_or_else(|e| e.into_inner());
    m.entry(key.to_owned())
        .or_insert_with(|| Box::leak(key.to_owned().into_boxed_str()))
}

/// The plain-message subset of Fluent: `key = value`, indented continuation lines (joined with
/// a line break), `#` comments and blank lines. Terms, attributes and selectors are refused
/// rather than printed raw.
fn parse(lang: &'static str, src: &str) -> Result<BTreeMap<String, String>, CatalogueError> {
    let mut out = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    let err = |line: usize, problem: &str| CatalogueError {
        lang,
        line,
        problem: problem.into(),
    };
    for (i, raw) in src.lines().enumerate() {
        let n = i + 1;
        if raw.starts_with(' ') {
            let Some((_, v)) = current.as_mut() else {
                return Err(err(n, "indented line outside a message"));
            };
            let t = raw.trim();
            if !t.is_empty() {
                if !v.is_empty() {
                    v.push('\n');
                }
                v.push_str(t);
            }
            continue;
        }
        if let Some((k, v)) = current.take() {
            insert(&mut out, k, v).map_err(|p| err(n - 1, &p))?;
        }
        let t = raw.trim_end();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let Some((k, v)) = t.split_once('=') else {
            return Err(err(n, "expected `key = text`"));
        };
        let k = k.trim();
        let valid_key = k.starts_with(|c: char| c.is_ascii_alphabetic())
            && k.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_key {
            return Err(err(n, &format!("\"{k}\" is not a message id")));
        }
        if v.contains("{ -") || v.contains("->") || k.starts_with('.') {
            return Err(err(n, "terms and selectors are not supported"));
        }
        current = Some((k.to_owned(), v.trim().to_owned()));
    }
    if let Some((k, v)) = current.take() {
        insert(&mut out, k, v).map_err(|p| err(src.lines().count(), &p))?;
    }
    Ok(out)
}

fn insert(out: &mut BTreeMap<String, String>, k: String, v: String) -> Result<(), String> {
    if v.is_empty() {
        return Err(format!("\"{k}\" has no text"));
    }
    if out.contains_key(&k) {
        return Err(format!("\"{k}\" is defined twice"));
    }
    out.insert(k, v);
    Ok(())
}

/// The `{ $name }` placeables of a message, sorted.
pub fn placeables(text: &str) -> Vec<&str> {
    let mut v: Vec<&str> = text
        .match_indices("{ $")
        .filter_map(|(i, _)| {
            let rest = &text[i + 3..];
            rest.find(" }").map(|e| &rest[..e])
        })
        .collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_take_the_languages_separator_and_other_text_is_unchanged() {
        let lang = |c: &str| *LANGUAGES.iter().find(|l| l.code == c).unwrap();
        assert_eq!(lang("de").number("58.4"), "58,4");
        assert_eq!(lang("hr").number("-0.5"), "-0,5");
        assert_eq!(lang("en").number("58.4"), "58.4");
        assert_eq!(lang("ar").number("58.4"), "58.4");
        assert_eq!(lang("de").number("120"), "120");
        // Persian digits in Persian and Pashto, Arabic-Indic in Sorani (the CLDR's defaults).
        assert_eq!(lang("fa").number("58.4"), "۵۸٫۴");
        assert_eq!(lang("fa").number("-120"), "-۱۲۰");
        assert_eq!(lang("ps").number("0.5"), "۰٫۵");
        assert_eq!(lang("ckb").number("10.9"), "١٠٫٩");
        assert_eq!(lang("ur").number("10.9"), "10.9");
        for text in [
            "<5", "1:320", ".5", "5.", "1.2.3", "5.0e3", "positive", "", "٥.٢", "-", "1 000",
        ] {
            assert_eq!(lang("de").number(text), text, "{text:?}");
        }
        // Every catalogue language has its separator from the CLDR.
        for l in LANGUAGES {
            let (sep, digits) = crate::codes::number_symbols(l.code)
                .unwrap_or_else(|| panic!("{}: no CLDR number symbols", l.code));
            assert!([".", ",", "\u{066B}"].contains(&sep), "{}", l.code);
            assert_eq!(digits.chars().count(), 10, "{}", l.code);
        }
    }

    #[test]
    fn every_catalogue_has_exactly_the_english_keys_and_placeables() {
        let en = Lang::english().parse().expect("en.ftl");
        for l in LANGUAGES {
            let m = l.parse().unwrap_or_else(|e| panic!("{e}"));
            if l.overlays().is_some() {
                // An overlay holds only what differs, but never a key English lacks, and always
                // its own name.
                assert!(m.contains_key("language-name"), "{}.ftl", l.code);
                for (k, v) in &m {
                    let e = en
                        .get(k)
                        .unwrap_or_else(|| panic!("{}.ftl: unknown {k}", l.code));
                    assert_eq!(placeables(e), placeables(v), "{}.ftl: {k}", l.code);
                    assert_eq!(e.lines().count(), v.lines().count(), "{}.ftl: {k}", l.code);
                }
                continue;
            }
            let missing: Vec<_> = en.keys().filter(|k| !m.contains_key(*k)).collect();
            let extra: Vec<_> = m.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{}.ftl misses {missing:?}", l.code);
            assert!(
                extra.is_empty(),
                "{}.ftl has unknown keys {extra:?}",
                l.code
            );
            for (k, v) in &en {
                assert_eq!(
                    placeables(v),
                    placeables(&m[k]),
                    "{}.ftl: {k} must keep the placeables of en.ftl",
                    l.code
                );
                assert_eq!(
                    v.lines().count(),
                    m[k].lines().count(),
                    "{}.ftl: {k} must have as many lines as en.ftl",
                    l.code
                );
            }
        }
    }

    #[test]
    fn a_catalogue_missing_a_key_is_caught() {
        // The check above is only worth something if it fails on a gap: drop one key and see.
        let en = Lang::english().parse().unwrap();
        let src = include_str!("../../locales/en.ftl").replace("sec-allergies = Allergies\n", "");
        let short = parse("xx", &src).unwrap();
        assert_eq!(en.len(), short.len() + 1);
        assert!(!short.contains_key("sec-allergies"));
    }

    #[test]
    fn malformed_lines_are_refused_with_their_line_number() {
        for (src, line, what) in [
            ("a = x\nb x\n", 2, "expected"),
            ("  x\n", 1, "outside"),
            ("a = x\na = y\n", 2, "twice"),
            ("a =\n", 1, "no text"),
            ("9a = x\n", 1, "not a message id"),
            ("a = { -brand }\n", 1, "terms"),
        ] {
            let e = parse("xx", src).unwrap_err();
            assert_eq!(e.line, line, "{src:?}: {e}");
            assert!(e.problem.contains(what), "{src:?}: {e}");
        }
    }

    #[test]
    fn multi_line_messages_and_placeables() {
        let m = parse("xx", "a =\n    one\n    two { $n }\nb = c\n").unwrap();
        assert_eq!(m["a"], "one\ntwo { $n }");
        assert_eq!(placeables(&m["a"]), vec!["n"]);
        let en = Lang::english();
        assert_eq!(
            en.fmt("page-footer", &[("n", "2"), ("total", "7")]),
            "Page 2 of 7"
        );
    }

    #[test]
    fn right_to_left_languages_and_lookup() {
        assert!(Lang::get("AR").unwrap().rtl);
        assert!(Lang::get("fa").unwrap().rtl);
        assert!(!Lang::get("el").unwrap().rtl);
        assert!(Lang::get("xx").is_none());
        assert_eq!(Lang::get("bg").unwrap().t("language-name"), "Български");
        for code in ["sr-Latn", "sr_Latn", "sr-latn", "SR-LATN", " sr-Latn "] {
            assert_eq!(Lang::get(code).map(|l| l.code), Some("sr-Latn"), "{code}");
        }
        assert_eq!(Lang::get("sr").map(|l| l.code), Some("sr"));
        let rtl: Vec<&str> = LANGUAGES.iter().filter(|l| l.rtl).map(|l| l.code).collect();
        assert_eq!(rtl, ["ar", "fa", "prs", "ps", "ckb", "ur"]);
        assert_eq!(Lang::get("CKB").map(|l| l.code), Some("ckb"));
    }

    /// Serbian Latin is Serbian Cyrillic letter for letter (Latin words such as ephr, QR, SpO2
    /// are the same in both), so a reviewer edits sr.ftl and the two cannot drift apart.
    #[test]
    fn serbian_latin_is_the_cyrillic_transliterated() {
        let latin = crate::codes::names::serbian_latin;
        let cyr = Lang::get("sr").unwrap().parse().unwrap();
        let lat = Lang::get("sr-Latn").unwrap().parse().unwrap();
        assert_eq!(
            cyr.keys().collect::<Vec<_>>(),
            lat.keys().collect::<Vec<_>>()
        );
        for (k, v) in &cyr {
            if k == "language-name" {
                continue;
            }
            assert_eq!(latin(v), lat[k], "sr-Latn.ftl: {k}");
            assert!(
                !lat[k].chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "{k}"
            );
        }
        assert_eq!(lat["language-name"], "Srpski (latinica)");
    }

    /// Dari is an overlay on Persian: its own words where Afghan usage differs, Persian's for
    /// every other key, never English.
    #[test]
    fn dari_has_its_own_words_and_persian_for_the_rest() {
        let prs = Lang::get("prs").unwrap();
        let fa = Lang::get("fa").unwrap();
        assert_eq!(prs.overlays(), Some(fa));
        assert_eq!(fa.overlays(), None);
        assert!(prs.rtl);
        assert_eq!(prs.t("language-name"), "دری");
        assert_eq!(prs.t("title"), "پرونده صحی شخصی");
        assert_ne!(prs.t("title"), fa.t("title"));
        let own = prs.parse().unwrap();
        let inherited = fa
            .parse()
            .unwrap()
            .into_keys()
            .find(|k| !own.contains_key(k))
            .unwrap();
        assert_eq!(prs.t(&inherited), fa.t(&inherited));
        assert_ne!(prs.t(&inherited), Lang::english().t(&inherited));
        // Code names: Dari's where they differ (vaccine), Persian's otherwise.
        let bcg = crate::codes::vaccine("J07AN01").unwrap();
        assert!(
            bcg.display("prs").contains("واکسین"),
            "{}",
            bcg.display("prs")
        );
        assert!(bcg.display("fa").contains("واکسن"), "{}", bcg.display("fa"));
    }

    #[test]
    fn lists_use_the_comma_of_their_script() {
        let sep = |c| Lang::get(c).unwrap().list_separator();
        assert_eq!(sep("en"), ", ");
        assert_eq!(sep("ar"), "\u{060C} ");
        assert_eq!(sep("ur"), "\u{060C} ");
        assert_eq!(sep("ti"), "\u{1363} ");
        assert_eq!(Lang::for_speaker("haz").map(|l| l.code), Some("prs"));
    }

    #[test]
    fn a_person_reads_the_first_language_with_a_catalogue() {
        let code = |l: Option<Lang>| l.map(|l| l.code);
        assert_eq!(code(Lang::for_person(["ps", "prs", "en"])), Some("ps"));
        assert_eq!(code(Lang::for_person(["sdh", "prs", "en"])), Some("prs"));
        assert_eq!(code(Lang::for_person(["sdh", "pes", "en"])), Some("fa"));
        assert_eq!(code(Lang::for_person(["tig", "ti"])), Some("ti"));
        assert_eq!(code(Lang::for_person(["tig"])), None);
        assert_eq!(code(Lang::for_person([])), None);
    }

    /// Issue 14: a person whose record gives their language by its ISO 639-3 (or 639-2) code
    /// reads that language's catalogue, in its own script and direction.
    #[test]
    fn a_person_recorded_by_iso_639_3_code_reads_their_catalogue() {
        for (spoken, read, rtl, own_name) in [
            ("pus", "ps", true, "پښتو"),
            ("pbt", "ps", true, "پښتو"),
            ("pbu", "ps", true, "پښتو"),
            ("pst", "ps", true, "پښتو"),
            ("tir", "ti", false, "ትግርኛ"),
            ("som", "so", false, "Soomaali"),
            ("kmr", "ku", false, "Kurdî (Kurmancî)"),
            ("kur", "ku", false, "Kurdî (Kurmancî)"),
            ("ckb", "ckb", true, "کوردی (سۆرانی)"),
            ("urd", "ur", true, "اردو"),
            ("ukr", "uk", false, "Українська"),
            ("rus", "ru", false, "Русский"),
            ("tur", "tr", false, "Türkçe"),
        ] {
            let l =
                Lang::for_person([spoken]).unwrap_or_else(|| panic!("{spoken} reads no catalogue"));
            assert_eq!(l.code, read, "{spoken}");
            assert_eq!(l.rtl, rtl, "{spoken}");
            assert_eq!(l.t("language-name"), own_name, "{spoken}");
            // Upper case and a region, as a FHIR import or a browser may give them.
            let tagged = format!("{}-XX", spoken.to_uppercase());
            assert_eq!(Lang::for_speaker(&tagged), Some(l), "{tagged}");
            // The ISO 639-1 code reads the same catalogue (Sorani has none).
            assert_eq!(Lang::for_speaker(read), Some(l), "{read}");
        }
        // Right-to-left catalogues are in Arabic script, and their lists use the Arabic comma.
        for code in ["ps", "ckb", "ur"] {
            let l = Lang::get(code).unwrap();
            assert_eq!(l.list_separator(), "\u{060C} ", "{code}");
            assert!(
                l.t("title")
                    .chars()
                    .any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
                "{code}"
            );
        }
        // Tigrinya is in Ethiopic script; Kurmanji, Somali and Turkish in Latin.
        assert!(
            Lang::get("ti")
                .unwrap()
                .t("title")
                .chars()
                .all(|c| c == ' ' || ('\u{1200}'..='\u{139f}').contains(&c))
        );
        // Someone who speaks Pashto and Dari reads Pashto when the record lists it first.
        let code = |l: Option<Lang>| l.map(|l| l.code);
        assert_eq!(code(Lang::for_person(["pbu", "prs"])), Some("ps"));
        assert_eq!(code(Lang::for_person(["prs", "pbu"])), Some("prs"));
        assert_eq!(code(Lang::for_person(["sdh", "ckb"])), Some("ckb"));
    }

    #[test]
    fn a_browser_language_header_picks_the_first_language_with_a_catalogue() {
        let code = |h: &str| Lang::from_accept_language(h).map(|l| l.code);
        assert_eq!(code("sr-Latn-RS,sr;q=0.9,en;q=0.8"), Some("sr-Latn"));
        assert_eq!(code("ps-AF, fa;q=0.9"), Some("ps"));
        assert_eq!(code("haz, fa;q=0.9"), Some("prs"));
        assert_eq!(code("fa-AF, fa;q=0.9"), Some("prs"));
        assert_eq!(code("fa-IR, fa;q=0.9"), Some("fa"));
        assert_eq!(code("*"), None);
        assert_eq!(code(""), None);
        assert_eq!(code("xx;q=1,, ;q=0,it"), Some("it"));
    }

    #[test]
    fn a_speaker_reads_the_catalogue_of_their_written_standard() {
        for (spoken, read) in [
            ("prs", Some("prs")),
            ("fa-AF", Some("prs")),
            ("fa_af", Some("prs")),
            ("fa-Arab-AF", Some("prs")),
            ("PRS", Some("prs")),
            ("pes", Some("fa")),
            ("fa-IR", Some("fa")),
            ("apc", Some("ar")),
            ("ar-SY", Some("ar")),
            ("it", Some("it")),
            ("sr", Some("sr")),
            ("sr-RS", Some("sr")),
            ("sr-Cyrl-RS", Some("sr")),
            ("srp", Some("sr")),
            ("sr-Latn", Some("sr-Latn")),
            ("sr_Latn", Some("sr-Latn")),
            ("sr-latn", Some("sr-Latn")),
            ("sr-Latn-RS", Some("sr-Latn")),
            ("srp-Latn", Some("sr-Latn")),
            ("sh", Some("sr-Latn")),
            ("hbs", Some("sr-Latn")),
            ("sh-Cyrl", Some("sr")),
            ("hr-HR", Some("hr")),
            ("hrv", Some("hr")),
            ("hr-Latn", Some("hr")),
            ("slv", Some("sl")),
            ("ron", Some("ro")),
            ("rum", Some("ro")),
            ("ro-MD", Some("ro")),
            ("deu", Some("de")),
            ("ger", Some("de")),
            ("de-AT", Some("de")),
            ("spa", Some("es")),
            ("es-419", Some("es")),
            ("ps-AF", Some("ps")),
            ("ti-ER", Some("ti")),
            ("ku-TR", Some("ku")),
            ("ckb-IQ", Some("ckb")),
            ("CKB", Some("ckb")),
            ("ur-PK", Some("ur")),
            ("uk-UA", Some("uk")),
            ("ru-UA", Some("ru")),
            ("tr-TR", Some("tr")),
            ("sdh", None),
            ("tig", None),
            ("bn", Some("bn")),
            ("bn-BD", Some("bn")),
            ("ben", Some("bn")),
            ("", None),
        ] {
            assert_eq!(Lang::for_speaker(spoken).map(|l| l.code), read, "{spoken}");
        }
        // Every variety points at a language that has a catalogue.
        for (spoken, read) in READS {
            assert!(Lang::get(read).is_some(), "{spoken} -> {read}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// A translator's catalogue is input too: any text gives messages or a line-numbered
        /// error, never a panic.
        #[test]
        fn any_catalogue_text_parses_or_fails_cleanly(src in "(?s).{0,400}") {
            match parse("xx", &src) {
                Ok(m) => prop_assert!(m.keys().all(|k| !k.is_empty())),
                Err(e) => prop_assert!(e.line >= 1 && e.line <= src.lines().count().max(1)),
            }
        }

        #[test]
        fn message_shaped_lines_round_trip(
            pairs in proptest::collection::btree_map(
                "[a-z][a-z0-9-]{0,12}",
                "[A-Za-z0-9À-ÿΑ-ωА-яء-ي][A-Za-z0-9À-ÿΑ-ωА-яء-ي ,.:;!?'()-]{0,40}",
                0..8,
            )
        ) {
            let src: String = pairs.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
            let m = parse("xx", &src).unwrap();
            prop_assert_eq!(m.len(), pairs.len());
            for (k, v) in &pairs {
                prop_assert_eq!(&m[k], v.trim());
            }
        }
    }
}
