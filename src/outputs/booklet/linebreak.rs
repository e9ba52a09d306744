//! Where the booklet's lines break, language by language.
//!
//! Lines break where the Unicode line breaking algorithm (UAX #14) allows: after a space, after a
//! hyphen or a slash, between two CJK characters; never before "!", ")" or a closing quote, nor
//! after an opening bracket. A word that is wider than its whole column is then hyphenated at a
//! point its language's hyphenation patterns allow (Knuth–Liang patterns from TeX's hyph-utf8,
//! compiled into the program by `hypher`), and a hyphen is printed at the break. For a language
//! or a script with no patterns (Arabic script, Ethiopic, Somali, Romanian, whose patterns carry
//! no licence), or a word the patterns cannot break narrowly enough, the word is cut where it
//! fits, and the cut is marked with a hyphen as well: no word is ever broken without one.

use unicode_linebreak::{BreakClass, break_property, linebreaks};

use super::text::{self, Line};
use crate::labels::Lang;

/// The mark printed at a break inside a word. HYPHEN-MINUS rather than U+2010 HYPHEN: every
/// embedded font has it, and copying or extracting the text gives back what a reader expects.
pub(crate) const HYPHEN: char = '-';

/// Fewest letters kept on either side of a hyphen, whatever a language's patterns allow (Greek's
/// allow one): a lone letter at a line's end or start reads as a typing error.
const MIN_PART: usize = 2;

/// The hyphenation patterns ephr carries for a language (see `hypher`'s features in Cargo.toml).
/// Serbian in Latin script uses the Croatian patterns: the same orthography letter for letter,
/// and the Serbian patterns are Cyrillic only.
fn patterns(code: &str) -> Option<hypher::Lang> {
    use hypher::Lang as H;
    Some(match code {
        "bg" => H::Bulgarian,
        "de" => H::German,
        "el" => H::Greek,
        "en" => H::English,
        "es" => H::Spanish,
        "fr" => H::French,
        "hr" | "sr-Latn" => H::Croatian,
        "it" => H::Italian,
        "ku" => H::Kurmanji,
        "ru" => H::Russian,
        "sl" => H::Slovenian,
        "sr" => H::Serbian,
        "tr" => H::Turkish,
        "uk" => H::Ukrainian,
        _ => return None,
    })
}

/// One line before shaping: its text, and whether it ends inside a word, with [`HYPHEN`] added.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Broken {
    pub text: String,
    pub hyphenated: bool,
}

/// Breaks `text`, written in `lang`, into lines no wider than `max` points at `size`, and
/// shapes them. `rtl` is the paragraph direction. A line break in the text (`\n`) always breaks.
pub(crate) fn wrap(
    text: &str,
    lang: Lang,
    size: f32,
    bold: bool,
    rtl: bool,
    max: f32,
) -> Vec<Line> {
    break_lines(text, lang, max, |s| text::width(s, size, bold))
        .into_iter()
        .map(|b| text::shape(&b.text, size, bold, rtl))
        .collect()
}

/// The lines of `text`, no wider than `max` as `width` measures, unless a single character is
/// wider. Empty paragraphs print nothing, but an empty text is one empty line.
///
/// Pieces between break opportunities are measured once each and a line is as wide as its
/// pieces: Arabic letters join within a word, never across a break.
pub(crate) fn break_lines(
    text: &str,
    lang: Lang,
    max: f32,
    width: impl Fn(&str) -> f32,
) -> Vec<Broken> {
    let hyph = patterns(lang.code);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = Pending::default();
        for piece in pieces(para) {
            let word = piece.trim_end_matches(char::is_whitespace);
            let space = &piece[word.len()..];
            if word.is_empty() {
                // Spaces at the start of a paragraph: a line never starts with a gap.
                if !line.text.is_empty() {
                    line.push(space, width(space));
                }
                continue;
            }
            let w = width(word);
            if line.width + w > max && !line.text.is_empty() && w <= max {
                line.flush(&mut out, false);
            }
            let mut rest = word;
            let mut rest_w = w;
            while line.width + rest_w > max {
                let room = max - line.width;
                match split(rest, hyph, room, line.text.is_empty(), &width) {
                    Some(at) => {
                        line.push(&rest[..at], 0.0);
                        line.text.push(HYPHEN);
                        line.flush(&mut out, true);
                        rest = &rest[at..];
                        rest_w = width(rest);
                    }
                    None if !line.text.is_empty() => line.flush(&mut out, false),
                    // One character wider than the column: nothing more can be done.
                    None => break,
                }
            }
            line.push(rest, rest_w);
            line.push(space, width(space));
        }
        if !line.text.is_empty() {
            line.flush(&mut out, false);
        }
    }
    if out.is_empty() {
        out.push(Broken {
            text: String::new(),
            hyphenated: false,
        });
    }
    out
}

/// The line being filled.
#[derive(Default)]
struct Pending {
    text: String,
    width: f32,
}

impl Pending {
    fn push(&mut self, s: &str, w: f32) {
        self.text.push_str(s);
        self.width += w;
    }

    fn flush(&mut self, out: &mut Vec<Broken>, hyphenated: bool) {
        let text = std::mem::take(&mut self.text);
        out.push(Broken {
            text: text.trim_end().to_owned(),
            hyphenated,
        });
        self.width = 0.0;
    }
}

/// The text between UAX #14 break opportunities, each piece with the spaces that follow it.
fn pieces(para: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    linebreaks(para).map(move |(end, _)| {
        let piece = &para[start..end];
        start = end;
        piece
    })
}

/// Where to break `word` so that its head and a hyphen fit in `room`: the last point the
/// language's patterns allow that fits. On a line of its own (`alone`), a word with no such
/// point is cut after the last character that fits (never before a combining mark, nor after a
/// virama, which joins the next consonant into a conjunct), and after its first character if
/// none does. `None` when the word cannot be broken there.
fn split(
    word: &str,
    hyph: Option<hypher::Lang>,
    room: f32,
    alone: bool,
    width: &impl Fn(&str) -> f32,
) -> Option<usize> {
    let fits = |at: usize| width(&format!("{}{HYPHEN}", &word[..at])) <= room;
    let points = hyphenation_points(word, hyph);
    if let Some(at) = points.iter().rev().copied().find(|&at| fits(at)) {
        return Some(at);
    }
    if !alone {
        return None;
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let cuts: Vec<usize> = chars
        .windows(2)
        .filter(|pair| {
            let ((_, before), (_, c)) = (pair[0], pair[1]);
            !matches!(
                break_property(c as u32),
                BreakClass::CombiningMark | BreakClass::ZeroWidthJoiner
            ) && !is_virama(before)
        })
        .map(|pair| pair[1].0)
        .collect();
    cuts.iter()
        .rev()
        .copied()
        .find(|&at| fits(at))
        .or(cuts.first().copied())
}

/// The viramas of the Indic scripts (Devanagari to Malayalam, U+094D to U+0D4D), whose next
/// consonant is drawn with the one before as one conjunct glyph.
fn is_virama(c: char) -> bool {
    matches!(
        c,
        '\u{094D}'
            | '\u{09CD}'
            | '\u{0A4D}'
            | '\u{0ACD}'
            | '\u{0B4D}'
            | '\u{0BCD}'
            | '\u{0C4D}'
            | '\u{0CCD}'
            | '\u{0D4D}'
    )
}

/// Byte offsets inside `word` where its language's patterns allow a hyphen, in order. Patterns
/// see letters only, so each run of letters (with their combining marks) is hyphenated on its
/// own: "(προγραμματισμένη)," gives the points of "προγραμματισμένη".
fn hyphenation_points(word: &str, hyph: Option<hypher::Lang>) -> Vec<usize> {
    let Some(lang) = hyph else {
        return Vec::new();
    };
    let (left, right) = lang.bounds();
    let (left, right) = (left.max(MIN_PART), right.max(MIN_PART));
    let is_letter = |c: char| {
        c.is_alphabetic() || matches!(break_property(c as u32), BreakClass::CombiningMark)
    };
    let mut points = Vec::new();
    let mut rest = word;
    let mut offset = 0;
    while let Some(start) = rest.find(is_letter) {
        let run_end = rest[start..]
            .find(|c: char| !is_letter(c))
            .map_or(rest.len(), |e| start + e);
        let run = &rest[start..run_end];
        let mut at = offset + start;
        let syllables: Vec<&str> = hypher::hyphenate_bounded(run, lang, left, right).collect();
        for s in &syllables[..syllables.len().saturating_sub(1)] {
            at += s.len();
            points.push(at);
        }
        offset += run_end;
        rest = &rest[run_end..];
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::get(code).unwrap()
    }

    /// Widths as the booklet measures them: regular weight at 7.5 pt.
    fn w(s: &str) -> f32 {
        text::width(s, 7.5, false)
    }

    fn lines(text: &str, code: &str, max: f32) -> Vec<Broken> {
        break_lines(text, lang(code), max, w)
    }

    /// The text back from its lines: inserted hyphens removed, line ends inside a word joined,
    /// other line ends read as a space.
    fn rejoin(lines: &[Broken]) -> String {
        let mut s = String::new();
        for l in lines {
            if l.hyphenated {
                s.push_str(
                    l.text
                        .strip_suffix(HYPHEN)
                        .expect("a hyphenated line ends with one"),
                );
            } else {
                s.push_str(&l.text);
                s.push(' ');
            }
        }
        s.trim_end().to_owned()
    }

    fn assert_fits(lines: &[Broken], max: f32) {
        for l in lines {
            assert!(
                w(&l.text) <= max,
                "{:?} is {} pt wide, more than {max}",
                l.text,
                w(&l.text)
            );
        }
    }

    /// The Slovenian "Dose" in a narrow column: "od-me-rek" by the Slovenian patterns, never
    /// "Odmere|k".
    #[test]
    fn slovenian_odmerek_breaks_at_a_pattern_point_with_a_hyphen() {
        assert_eq!(hyphenation_points("Odmerek", patterns("sl")), vec![2, 4]);
        let max = w("Odmer-") + 0.5;
        assert!(w("Odmerek") > max);
        let l = lines("Odmerek", "sl", max);
        assert_eq!(
            l,
            vec![
                Broken {
                    text: "Odme-".into(),
                    hyphenated: true
                },
                Broken {
                    text: "rek".into(),
                    hyphenated: false
                },
            ]
        );
        assert_fits(&l, max);
        assert_eq!(rejoin(&l), "Odmerek");
    }

    /// "προγραμματισμ/ένη" was the old cut; the Greek patterns put the hyphen between syllables.
    #[test]
    fn greek_word_breaks_between_syllables_with_a_hyphen() {
        let word = "προγραμματισμένη";
        let points = hyphenation_points(word, patterns("el"));
        let syllables: Vec<&str> = std::iter::once(0)
            .chain(points.iter().copied())
            .zip(points.iter().copied().chain(std::iter::once(word.len())))
            .map(|(a, b)| &word[a..b])
            .collect();
        assert_eq!(syllables, ["προ", "γραμ", "μα", "τι", "σμέ", "νη"]);
        for max in [w("προγραμμα-") + 0.1, w("προγραμματισμέ-") + 0.1, 40.0]
        {
            let l = lines(&format!("Δόση: {word}."), "el", max);
            assert_fits(&l, max);
            assert_eq!(rejoin(&l), format!("Δόση: {word}."), "{l:?}");
            for b in l.iter().filter(|b| b.hyphenated) {
                let head = b.text.trim_end_matches(HYPHEN);
                let head = head.rsplit(' ').next().unwrap();
                assert!(
                    points.iter().any(|&p| word[..p].ends_with(head)),
                    "{head:?} is not cut at a pattern point ({l:?})"
                );
            }
            assert!(l.iter().any(|b| b.hyphenated), "{max}: {l:?}");
        }
    }

    #[test]
    fn lines_break_at_spaces_before_hyphenating() {
        let text = "Scan to check: this entry is signed by the health authority that issued it.";
        let l = lines(text, "en", 100.0);
        assert!(l.len() > 1);
        assert!(l.iter().all(|b| !b.hyphenated), "{l:?}");
        assert_fits(&l, 100.0);
        assert_eq!(rejoin(&l), text);
        // Shaped, the lines keep their width and their text (the PDF's ToUnicode map).
        let shaped = wrap(text, lang("en"), 7.5, false, false, 100.0);
        assert_eq!(shaped.len(), l.len());
        for (s, b) in shaped.iter().zip(&l) {
            assert!(s.width <= 100.0);
            let back: String = s
                .runs
                .iter()
                .flat_map(|r| r.glyphs.iter().filter_map(|g| g.cid.clone()))
                .collect();
            assert_eq!(back, b.text);
        }
    }

    /// UAX #14 allows a break after a slash or a hyphen, and forbids one before "!" or ")" and
    /// after "(": the punctuation stays with its word even when the line is full.
    #[test]
    fn punctuation_follows_uax14() {
        let l = lines("MMR/varicella-zoster", "en", w("MMR/varicella-") + 0.5);
        assert_eq!(
            l.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["MMR/varicella-", "zoster"]
        );
        assert!(l.iter().all(|b| !b.hyphenated));
        // "urgent!" does not fit after "very", but "!" never starts a line.
        let max = w("very urgent") + 0.2;
        let l = lines("very urgent!", "en", max);
        assert_eq!(
            l.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["very", "urgent!"]
        );
        let max = w("dose (booster") + 0.2;
        let l = lines("dose (booster)", "en", max);
        assert_eq!(
            l.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["dose", "(booster)"]
        );
        assert!(pieces("a (b) c!").all(|p| !p.starts_with([')', '!'])));
    }

    /// Arabic script has no patterns: words move whole to the next line, and only a word wider
    /// than the column is cut, with a hyphen.
    #[test]
    fn right_to_left_text_wraps_at_spaces_and_marks_a_cut() {
        let text = "اللقاح الثلاثي ضد الحصبة والنكاف والحصبة الألمانية";
        let max = 60.0;
        let l = break_lines(text, lang("ar"), max, w);
        assert!(l.len() > 1 && l.iter().all(|b| !b.hyphenated), "{l:?}");
        assert_fits(&l, max);
        assert_eq!(rejoin(&l), text);
        let shaped = wrap(text, lang("ar"), 7.5, false, true, max);
        assert_eq!(shaped.len(), l.len());
        assert!(shaped.iter().all(|s| s.width <= max && s.missing == 0));
        let long = "والحصبةالألمانيةوالنكاف";
        let max = w(long) / 2.0;
        let l = break_lines(long, lang("fa"), max, w);
        assert!(l.len() >= 2, "{l:?}");
        assert!(
            l[..l.len() - 1]
                .iter()
                .all(|b| b.hyphenated && b.text.ends_with(HYPHEN))
        );
        assert_fits(&l, max);
        assert_eq!(rejoin(&l), long);
    }

    /// A word its patterns cannot break narrowly enough, or in a language without patterns, is
    /// cut where it fits and the cut is marked.
    #[test]
    fn a_word_without_pattern_points_is_cut_with_a_hyphen() {
        for (code, word) in [
            ("ro", "vaccinarea"),
            ("en", "x".repeat(200).as_str()),
            ("so", "tallaalka"),
        ] {
            let max = w(word) / 3.0;
            let l = break_lines(word, lang(code), max, w);
            assert!(l.len() >= 3, "{code}: {l:?}");
            assert!(
                l[..l.len() - 1].iter().all(|b| b.hyphenated),
                "{code}: {l:?}"
            );
            assert_fits(&l, max);
            assert_eq!(rejoin(&l), word);
        }
        // A combining mark stays with its letter.
        let l = break_lines("e\u{301}e\u{301}e\u{301}e\u{301}", lang("so"), 1.0, w);
        assert!(
            l.iter()
                .all(|b| b.text.trim_end_matches(HYPHEN).ends_with('\u{301}')),
            "{l:?}"
        );
        // A Bengali conjunct (consonant, virama, consonant) is never split.
        let conjuncts = "ক্ষক্ষক্ষক্ষ";
        let l = break_lines(conjuncts, lang("bn"), 1.0, w);
        assert!(l.len() > 1, "{l:?}");
        assert_eq!(rejoin(&l), conjuncts);
        for b in &l {
            let t = b.text.trim_end_matches(HYPHEN);
            assert!(
                !t.ends_with('\u{09CD}') && !t.starts_with('\u{09CD}'),
                "{l:?}"
            );
        }
    }

    #[test]
    fn paragraphs_and_empty_text() {
        let l = lines("one\n\ntwo", "en", 100.0);
        assert_eq!(
            l.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["one", "two"]
        );
        assert_eq!(
            lines("", "en", 10.0),
            vec![Broken {
                text: String::new(),
                hyphenated: false
            }]
        );
        assert_eq!(lines("  lead  ", "en", 100.0)[0].text, "lead");
    }

    /// Every language ephr prints that has patterns uses them; Serbian in both scripts.
    #[test]
    fn languages_with_patterns_hyphenate_their_words() {
        for (code, word) in [
            ("bg", "ваксинация"),
            ("de", "Impfungen"),
            ("el", "εμβολιασμός"),
            ("en", "immunization"),
            ("es", "vacunación"),
            ("fr", "vaccination"),
            ("hr", "cijepljenje"),
            ("it", "vaccinazione"),
            ("ku", "derzîkirin"),
            ("ru", "вакцинация"),
            ("sl", "cepljenje"),
            ("sr", "вакцинација"),
            ("sr-Latn", "vakcinacija"),
            ("tr", "aşılama"),
            ("uk", "вакцинація"),
        ] {
            assert!(
                !hyphenation_points(word, patterns(lang(code).code)).is_empty(),
                "{code}: no hyphenation point in {word}"
            );
        }
        for code in ["ar", "fa", "ps", "ckb", "ur", "ti", "so", "ro"] {
            assert!(patterns(lang(code).code).is_none(), "{code}");
        }
    }
}
