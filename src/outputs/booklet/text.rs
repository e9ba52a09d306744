//! Turning strings into positioned glyphs: font choice per character, right-to-left ordering
//! (Unicode bidi) and Arabic/Persian joining (HarfBuzz shaping via rustybuzz). Where lines break
//! is [`super::linebreak`]'s.
//!
//! PDF viewers do none of this themselves: a PDF holds glyphs in display order, so a string
//! shown without shaping comes out as isolated Arabic letters in the wrong order.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use printpdf::Codepoint;
use rustybuzz::ttf_parser::GlyphId;
use rustybuzz::{Direction, Face, Script, ShapePlan, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

/// The embedded fonts (SIL Open Font License, see `fonts/OFL.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Font {
    Sans,
    SansBold,
    Arabic,
    ArabicBold,
    Ethiopic,
    EthiopicBold,
    Bengali,
    BengaliBold,
}

impl Font {
    pub(crate) const ALL: [Font; 8] = [
        Font::Sans,
        Font::SansBold,
        Font::Arabic,
        Font::ArabicBold,
        Font::Ethiopic,
        Font::EthiopicBold,
        Font::Bengali,
        Font::BengaliBold,
    ];

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Font::Sans => include_bytes!("../../../fonts/NotoSans-Regular.ttf"),
            Font::SansBold => include_bytes!("../../../fonts/NotoSans-Bold.ttf"),
            Font::Arabic => include_bytes!("../../../fonts/NotoSansArabic-Regular.ttf"),
            Font::ArabicBold => include_bytes!("../../../fonts/NotoSansArabic-Bold.ttf"),
            Font::Ethiopic => include_bytes!("../../../fonts/NotoSansEthiopic-Regular.ttf"),
            Font::EthiopicBold => include_bytes!("../../../fonts/NotoSansEthiopic-Bold.ttf"),
            Font::Bengali => include_bytes!("../../../fonts/NotoSansBengali-Regular.ttf"),
            Font::BengaliBold => include_bytes!("../../../fonts/NotoSansBengali-Bold.ttf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn file_name(self) -> &'static str {
        match self {
            Font::Sans => "NotoSans-Regular.ttf",
            Font::SansBold => "NotoSans-Bold.ttf",
            Font::Arabic => "NotoSansArabic-Regular.ttf",
            Font::ArabicBold => "NotoSansArabic-Bold.ttf",
            Font::Ethiopic => "NotoSansEthiopic-Regular.ttf",
            Font::EthiopicBold => "NotoSansEthiopic-Bold.ttf",
            Font::Bengali => "NotoSansBengali-Regular.ttf",
            Font::BengaliBold => "NotoSansBengali-Bold.ttf",
        }
    }

    fn face(self) -> Option<&'static Face<'static>> {
        static FACES: OnceLock<Vec<Option<Face<'static>>>> = OnceLock::new();
        FACES
            .get_or_init(|| {
                Font::ALL
                    .iter()
                    .map(|f| Face::from_slice(f.bytes(), 0))
                    .collect()
            })
            .get(self.index())?
            .as_ref()
    }

    fn has(self, c: char) -> bool {
        self.face().is_some_and(|f| f.glyph_index(c).is_some())
    }

    /// The fonts to try for a character, in order: the script's own font first, so that Arabic
    /// digits and punctuation inside Arabic text come from the Arabic font.
    fn candidates(bold: bool, prefer_arabic: bool) -> [Font; 4] {
        let (sans, arabic, ethiopic, bengali) = if bold {
            (
                Font::SansBold,
                Font::ArabicBold,
                Font::EthiopicBold,
                Font::BengaliBold,
            )
        } else {
            (Font::Sans, Font::Arabic, Font::Ethiopic, Font::Bengali)
        };
        if prefer_arabic {
            [arabic, sans, ethiopic, bengali]
        } else {
            [sans, arabic, ethiopic, bengali]
        }
    }
}

/// Glyphs of one font, in display order, ready for a PDF text operator.
#[derive(Debug, Clone)]
pub(crate) struct Run {
    pub font: Font,
    pub glyphs: Vec<Codepoint>,
    /// Advance width in points at the line's size.
    pub width: f32,
    /// The run's text, for a script whose glyphs a PDF's per-glyph ToUnicode map cannot give
    /// back in reading order (Bengali: a vowel sign drawn before its consonant, conjuncts that
    /// are one glyph here and two there). The page wraps the run in an `/ActualText` span.
    pub actual: Option<String>,
}

/// One line of text, shaped and in display order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
    pub size: f32,
    /// Characters no embedded font has (shown as the font's empty box).
    pub missing: usize,
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Shapes one line (no line breaks) at `size` points. `rtl` is the paragraph direction: it
/// decides where neutral characters at the ends go (a trailing ':' in Arabic goes left).
pub(crate) fn shape(text: &str, size: f32, bold: bool, rtl: bool) -> Line {
    let mut line = Line {
        size,
        ..Line::default()
    };
    // Explicit direction controls (overrides, embeddings, isolates, marks) in signed free text
    // could make a printed name or note read differently from what was signed; the page
    // follows the Unicode bidi algorithm's own reading of the letters instead.
    let text: String = text
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.is_empty() {
        return line;
    }
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(&text, Some(level));
    let Some(para) = bidi.paragraphs.first() else {
        return line;
    };
    let (levels, runs) = bidi.visual_runs(para, para.range.clone());
    for range in runs {
        let run_rtl = levels[range.start].is_rtl();
        let mut segments = font_segments(&text[range.clone()], bold);
        if run_rtl {
            // Each segment is shaped right to left; their order on the line reverses too.
            segments.reverse();
        }
        for (font, seg) in segments {
            let r = shape_segment(font, seg, size, run_rtl, &mut line.missing);
            line.width += r.width;
            line.runs.push(r);
        }
    }
    line
}

/// Splits a same-direction run into pieces that one font can draw. Spaces, digits and
/// punctuation stay with the font in use when it has them, so words are not broken up.
fn font_segments(text: &str, bold: bool) -> Vec<(Font, &str)> {
    let prefer_arabic = text.chars().any(is_arabic);
    let order = Font::candidates(bold, prefer_arabic);
    let pick = |c: char, current: Option<Font>| -> Font {
        if let Some(f) = current
            && !c.is_alphabetic()
            && f.has(c)
        {
            return f;
        }
        order.iter().copied().find(|f| f.has(c)).unwrap_or(order[0])
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Font> = None;
    for (i, c) in text.char_indices() {
        let f = pick(c, current);
        match current {
            Some(cur) if cur != f => {
                out.push((cur, &text[start..i]));
                start = i;
                current = Some(f);
            }
            None => current = Some(f),
            _ => {}
        }
    }
    if let Some(cur) = current {
        out.push((cur, &text[start..]));
    }
    out
}

fn shape_segment(font: Font, text: &str, size: f32, rtl: bool, missing: &mut usize) -> Run {
    let Some(face) = font.face() else {
        return Run {
            font,
            glyphs: Vec::new(),
            width: 0.0,
            actual: None,
        };
    };
    let mut buf = UnicodeBuffer::new();
    buf.push_str(text);
    buf.guess_segment_properties();
    let direction = if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    };
    buf.set_direction(direction);
    let out = with_plan(font, face, direction, buf.script(), |plan| {
        rustybuzz::shape_with_plan(face, plan, buf)
    });
    let upem = face.units_per_em() as f32;
    let infos = out.glyph_infos();
    let positions = out.glyph_positions();
    // Cluster boundaries in logical order give each glyph the text it stands for, which the
    // PDF's ToUnicode map needs so that copying and searching the booklet work.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    // Text for every glyph, for the PDF's ToUnicode map: the characters of a cluster go to its
    // glyphs one by one in reading order (a base letter, then its marks), the last glyph takes
    // what is left (a lam-alef ligature is one glyph for two letters), and a glyph beyond the
    // characters gets a zero-width space. A glyph left without text would be extracted as
    // U+FFFD, since a joined letter form has no character of its own in the font.
    let mut texts: Vec<String> = vec![String::new(); infos.len()];
    let mut by_cluster: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for (i, info) in infos.iter().enumerate() {
        by_cluster.entry(info.cluster).or_default().push(i);
    }
    for (cluster, mut idx) in by_cluster {
        if rtl {
            idx.reverse();
        }
        let start = cluster as usize;
        let end = starts
            .iter()
            .copied()
            .find(|&s| s > start)
            .unwrap_or(text.len());
        let chars: Vec<char> = text.get(start..end).unwrap_or("").chars().collect();
        let last = idx.len().saturating_sub(1);
        for (k, &g) in idx.iter().enumerate() {
            texts[g] = if k == last {
                chars.iter().skip(k).collect()
            } else {
                chars.get(k).map(char::to_string).unwrap_or_default()
            };
            if texts[g].is_empty() {
                texts[g] = "\u{200B}".into();
            }
        }
    }
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut width = 0.0;
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let gid = u16::try_from(info.glyph_id).unwrap_or(0);
        if gid == 0 {
            *missing += 1;
        }
        let chars = std::mem::take(&mut texts[i]);
        let natural = face.glyph_hor_advance(GlyphId(gid)).map_or(0.0, f32::from);
        let advance = pos.x_advance as f32;
        // The PDF advances by the font's own width; the difference is the shaper's kerning and
        // mark placement, expressed as a TJ adjustment in thousandths of an em.
        let offset = (natural - advance) / upem * 1000.0;
        width += advance / upem * size;
        glyphs.push(Codepoint {
            gid,
            offset,
            cid: (!chars.is_empty()).then_some(chars),
        });
    }
    Run {
        font,
        glyphs,
        width,
        actual: matches!(font, Font::Bengali | Font::BengaliBold).then(|| text.to_owned()),
    }
}

/// Runs `f` with the shaping plan for this font, direction and script. A plan compiles the
/// font's substitution and positioning lookups, which costs far more than shaping one word,
/// so plans are kept for the life of the thread.
fn with_plan<R>(
    font: Font,
    face: &Face<'static>,
    direction: Direction,
    script: Script,
    f: impl FnOnce(&ShapePlan) -> R,
) -> R {
    thread_local! {
        static PLANS: RefCell<HashMap<(Font, bool, Script), Rc<ShapePlan>>> =
            RefCell::new(HashMap::new());
    }
    let key = (font, direction == Direction::RightToLeft, script);
    let plan = PLANS.with(|p| {
        p.borrow_mut()
            .entry(key)
            .or_insert_with(|| Rc::new(ShapePlan::new(face, direction, Some(script), None, &[])))
            .clone()
    });
    f(&plan)
}

/// Width in points of `text` on one line.
pub(crate) fn width(text: &str, size: f32, bold: bool) -> f32 {
    shape(text, size, bold, false).width
}

/// An embedded font by its file name (`NotoSansArabic-Regular.ttf`), so that a screen (the
/// station's page) shows the same letters as the printed booklet without a second copy of the
/// font in the program.
pub fn embedded_font(file_name: &str) -> Option<&'static [u8]> {
    Font::ALL
        .iter()
        .find(|f| f.file_name() == file_name)
        .map(|f| f.bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gids(l: &Line) -> Vec<u16> {
        l.runs
            .iter()
            .flat_map(|r| r.glyphs.iter().map(|g| g.gid))
            .collect()
    }

    #[test]
    fn arabic_letters_join_and_run_right_to_left() {
        // "كريم": four letters; shaped, each takes its joined form, which differs from the
        // isolated glyph the font's character map gives.
        let face = Font::Arabic.face().unwrap();
        let isolated: Vec<u16> = "كريم"
            .chars()
            .map(|c| face.glyph_index(c).unwrap().0)
            .collect();
        let l = shape("كريم", 10.0, false, true);
        assert_eq!(l.runs.len(), 1);
        assert_eq!(l.runs[0].font, Font::Arabic);
        let shaped = gids(&l);
        assert_eq!(shaped.len(), 4);
        assert_ne!(shaped, isolated, "no joining happened");
        // Display order is right to left: the last letter (meem) comes first.
        let mut reversed = isolated.clone();
        reversed.reverse();
        assert_ne!(shaped, reversed, "letters were only reversed, not joined");
        assert_eq!(l.missing, 0);
    }

    #[test]
    fn mixed_text_keeps_latin_left_to_right_inside_arabic() {
        let l = shape("لقاح J07BN01", 10.0, false, true);
        // In a right-to-left paragraph the code comes last in reading order, so it is drawn
        // first (leftmost), and the Arabic word ends the line on the right.
        assert_eq!(l.runs.first().unwrap().font, Font::Sans);
        assert_eq!(l.runs.last().unwrap().font, Font::Arabic);
        let text: String = l
            .runs
            .iter()
            .flat_map(|r| r.glyphs.iter().filter_map(|g| g.cid.clone()))
            .collect();
        assert!(text.contains("J07BN01"), "{text}");
    }

    #[test]
    fn direction_overrides_in_text_are_ignored() {
        // U+202E (right-to-left override) would print "KUMAR" as "RAMUK".
        let plain = shape("KUMAR", 9.0, false, false);
        let tricked = shape("\u{202E}KUMAR\u{202C}", 9.0, false, false);
        let gids = |l: &Line| -> Vec<u16> {
            l.runs
                .iter()
                .flat_map(|r| r.glyphs.iter().map(|g| g.gid))
                .collect()
        };
        assert_eq!(gids(&plain), gids(&tricked));
    }

    /// Every label of every catalogue can be printed with the embedded fonts, in regular and in
    /// bold (Romanian ș ț with comma below, Serbian ђ ћ џ, Croatian đ, German ß, Spanish ñ º).
    #[test]
    fn every_catalogue_label_has_glyphs() {
        for l in crate::labels::LANGUAGES {
            for (k, v) in l.parse().unwrap() {
                for bold in [false, true] {
                    let shaped = shape(&v, 9.0, bold, l.rtl);
                    assert_eq!(shaped.missing, 0, "{}.ftl {k} (bold {bold}): {v}", l.code);
                }
            }
        }
    }

    #[test]
    fn greek_cyrillic_and_ethiopic_have_glyphs() {
        for s in [
            "Εμβολιασμοί",
            "Ваксинации",
            "ገብረሂወት",
            "Vaccinazioni é ç",
            "واکسن‌ها",
        ] {
            let l = shape(s, 9.0, false, false);
            assert_eq!(l.missing, 0, "{s}");
            assert!(l.width > 0.0);
        }
        assert_eq!(
            shape("ገብረሂወት", 9.0, false, false).runs[0].font,
            Font::Ethiopic
        );
        assert_eq!(
            shape("ገብረሂወት", 9.0, true, false).runs[0].font,
            Font::EthiopicBold
        );
    }

    /// Bengali is shaped, not drawn letter by letter: a conjunct (ক্ষ, three characters) is one
    /// glyph, and the vowel sign ি, written after its consonant, is drawn before it; the text
    /// behind the glyphs still reads in logical order, so copying and pdftotext give the word.
    #[test]
    fn bengali_is_shaped_and_keeps_its_text() {
        for bold in [false, true] {
            let l = shape("ক্ষ", 9.0, bold, false);
            assert_eq!(l.missing, 0);
            let font = if bold {
                Font::BengaliBold
            } else {
                Font::Bengali
            };
            assert_eq!(l.runs[0].font, font);
            assert_eq!(l.runs.iter().map(|r| r.glyphs.len()).sum::<usize>(), 1);
        }
        let l = shape("কি", 9.0, false, false);
        let glyphs = &l.runs[0].glyphs;
        assert_eq!(glyphs.len(), 2);
        let face = Font::Bengali.face().unwrap();
        // Drawn first: the vowel sign's glyph.
        assert_eq!(face.glyph_index('ি').map(|g| g.0), Some(glyphs[0].gid));
        let text: String = glyphs.iter().filter_map(|g| g.cid.clone()).collect();
        assert_eq!(text, "কি");
    }

    /// Every name of every code, in every language, can be printed with the embedded fonts.
    #[test]
    fn every_code_name_has_glyphs() {
        use crate::codes::{CodeSystem, names, table};
        for lang in names::languages() {
            let rtl = crate::labels::Lang::get(lang).is_some_and(|l| l.rtl);
            for s in [CodeSystem::Icd10, CodeSystem::Atc, CodeSystem::Loinc] {
                for c in table(s) {
                    let n = c.display(lang);
                    assert_eq!(
                        shape(n, 9.0, false, rtl).missing,
                        0,
                        "{lang} {}: {n}",
                        c.code
                    );
                }
            }
        }
    }
}
