//! Page flow: headings, label/value lists, tables and paragraphs poured onto pages of a fixed
//! size, breaking to a new page (and repeating headings) when one is full.
//!
//! Every label is given in the clinician's language and, below or beside it, in the patient's,
//! so each reader finds their way in the same booklet.

use super::canvas::{Align, Canvas, Ink};
use super::linebreak;
use super::text::{self, Line};
use crate::labels::Lang;

/// Point sizes.
pub(crate) const BODY: f32 = 7.5;
pub(crate) const SMALL: f32 = 6.2;
pub(crate) const HEAD: f32 = 8.5;

const PT_TO_MM: f32 = 25.4 / 72.0;

/// Line height in mm for a point size.
pub(crate) fn leading(size: f32) -> f32 {
    size * 1.32 * PT_TO_MM
}

/// Whether text reads right to left, judged by its first letter (as Unicode bidi does).
pub(crate) fn is_rtl_text(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// The two languages of a booklet.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Langs {
    pub clinician: Lang,
    pub patient: Lang,
}

impl Langs {
    /// A label in both languages; the second is `None` when it would repeat the first.
    pub(crate) fn both(&self, key: &str) -> (String, Option<String>) {
        let c = self.clinician.t(key).to_owned();
        let p = self.patient.t(key);
        (c.clone(), (p != c).then(|| p.to_owned()))
    }
    pub(crate) fn c(&self, key: &str) -> &'static str {
        self.clinician.t(key)
    }
    pub(crate) fn of(&self, reader: Reader) -> Lang {
        match reader {
            Reader::Clinician => self.clinician,
            Reader::Patient => self.patient,
        }
    }
}

/// Whose language a text is in, which decides where its lines may break. Free text written
/// at a clinic (notes, names, a substance) counts as the clinician's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Reader {
    #[default]
    Clinician,
    Patient,
}

/// One table cell: a main text in the clinician's language and smaller grey lines (a code, or
/// the name in the patient's language), each with the language it is in.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    pub main: String,
    pub subs: Vec<(String, Reader)>,
    pub bold: bool,
    pub alert: bool,
}

impl Cell {
    pub(crate) fn text(s: impl Into<String>) -> Self {
        Self {
            main: s.into(),
            ..Self::default()
        }
    }
    /// A grey line in the clinician's language (or a code).
    pub(crate) fn sub(self, s: impl Into<String>) -> Self {
        self.sub_in(s, Reader::Clinician)
    }
    /// A grey line in the patient's language.
    pub(crate) fn sub_patient(self, s: impl Into<String>) -> Self {
        self.sub_in(s, Reader::Patient)
    }
    fn sub_in(mut self, s: impl Into<String>, reader: Reader) -> Self {
        let s = s.into();
        if !s.is_empty() && s != self.main {
            self.subs.push((s, reader));
        }
        self
    }
}

struct CellLines {
    lines: Vec<(Line, Ink, bool)>,
    height: f32,
}

fn cell_lines(cell: &Cell, langs: Langs, width: f32) -> CellLines {
    let mut lines = Vec::new();
    let mut height = 0.0;
    let w = width / PT_TO_MM;
    let main_ink = if cell.alert { Ink::Alert } else { Ink::Black };
    if !cell.main.is_empty() {
        let rtl = is_rtl_text(&cell.main);
        for l in linebreak::wrap(&cell.main, langs.clinician, BODY, cell.bold, rtl, w) {
            height += leading(BODY);
            lines.push((l, main_ink, rtl));
        }
    }
    for (s, reader) in &cell.subs {
        let rtl = is_rtl_text(s);
        for l in linebreak::wrap(s, langs.of(*reader), SMALL, false, rtl, w) {
            height += leading(SMALL);
            lines.push((l, Ink::Grey, rtl));
        }
    }
    CellLines { lines, height }
}

/// Page geometry in mm.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Geometry {
    pub width: f32,
    pub height: f32,
    pub margin: f32,
    pub top: f32,
    pub bottom: f32,
}

/// Top of the DEMO band on an A6 page, in mm: inside the printable area of office printers.
const DEMO_BAND_Y: f32 = 4.5;
/// Where an A6 page's content starts below the DEMO band (two lines at most).
pub(crate) const DEMO_TOP: f32 = 14.0;

impl Geometry {
    /// A6, portrait.
    pub(crate) const A6: Geometry = Geometry {
        width: 105.0,
        height: 148.0,
        margin: 8.0,
        top: 8.0,
        bottom: 12.0,
    };
    /// A6 with room for the DEMO band at the top.
    pub(crate) const A6_DEMO: Geometry = Geometry {
        top: DEMO_TOP,
        ..Geometry::A6
    };
    pub(crate) fn content_width(&self) -> f32 {
        self.width - 2.0 * self.margin
    }
}

/// Pages being filled, top to bottom.
pub(crate) struct Flow {
    pub langs: Langs,
    pub geo: Geometry,
    pub pages: Vec<Canvas>,
    /// The card id printed in each page's footer.
    pub page_cards: Vec<String>,
    pub card: String,
    pub y: f32,
    /// Mirror the layout for a right-to-left clinician language.
    pub mirror: bool,
    /// Re-drawn at the top of a page when a section continues there.
    continuing: Option<String>,
}

impl Flow {
    pub(crate) fn new(langs: Langs, geo: Geometry) -> Self {
        Self {
            mirror: langs.clinician.rtl,
            langs,
            geo,
            pages: Vec::new(),
            page_cards: Vec::new(),
            card: String::new(),
            y: 0.0,
            continuing: None,
        }
    }

    pub(crate) fn page(&mut self) -> &mut Canvas {
        if self.pages.is_empty() {
            self.new_page();
        }
        let i = self.pages.len() - 1;
        &mut self.pages[i]
    }

    /// Starts a new page.
    pub(crate) fn new_page(&mut self) {
        self.pages.push(Canvas::new(self.geo.height));
        self.page_cards.push(self.card.clone());
        self.y = self.geo.top;
        if let Some(key) = self.continuing.clone() {
            self.heading_inner(&key, true);
        }
    }

    fn bottom(&self) -> f32 {
        self.geo.height - self.geo.bottom
    }

    /// Makes room for `h` mm, starting a new page if this one is too full. True when a new
    /// page was started.
    pub(crate) fn ensure(&mut self, h: f32) -> bool {
        if self.pages.is_empty() || self.y + h > self.bottom() {
            self.new_page();
            return true;
        }
        false
    }

    pub(crate) fn gap(&mut self, h: f32) {
        self.y += h;
    }

    /// x of a box of width `w` that starts `offset` mm from the reading-order start.
    fn x(&self, offset: f32, w: f32) -> f32 {
        if self.mirror {
            self.geo.width - self.geo.margin - offset - w
        } else {
            self.geo.margin + offset
        }
    }

    fn start_align(&self) -> Align {
        if self.mirror {
            Align::Right
        } else {
            Align::Left
        }
    }

    fn end_align(&self) -> Align {
        if self.mirror {
            Align::Left
        } else {
            Align::Right
        }
    }

    /// A section heading: a shaded bar with the clinician's label at the start and the
    /// patient's at the end. Kept with at least `keep` mm of what follows.
    pub(crate) fn heading(&mut self, key: &str, keep: f32) {
        self.continuing = None;
        let h = leading(HEAD) + 2.0;
        self.ensure(h + keep);
        self.heading_inner(key, false);
        self.continuing = Some(key.to_owned());
    }

    /// Ends the current section: later page breaks no longer repeat its heading.
    pub(crate) fn end_section(&mut self) {
        self.continuing = None;
        self.gap(2.5);
    }

    fn heading_inner(&mut self, key: &str, continued: bool) {
        let (c, p) = self.langs.both(key);
        let cont = if continued {
            format!(" ({})", self.langs.c("continued"))
        } else {
            String::new()
        };
        let (m, w, y) = (self.geo.margin, self.geo.content_width(), self.y);
        let cl = text::shape(&format!("{c}{cont}"), HEAD, true, self.langs.clinician.rtl);
        let pl = p.map(|p| text::shape(&p, HEAD, true, self.langs.patient.rtl));
        // Both labels share the bar when they fit side by side; otherwise the patient's goes
        // on a second line rather than over the clinician's.
        let two_lines = pl
            .as_ref()
            .is_some_and(|pl| (cl.width + pl.width) * PT_TO_MM + 4.0 > w - 3.0);
        let row = leading(HEAD);
        let h = row * if two_lines { 2.0 } else { 1.0 } + 2.0;
        let (sa, ea) = (self.start_align(), self.end_align());
        let page = self.page();
        page.fill(m, y, w, h, Ink::Shade);
        let base = y + 1.0 + row - 0.3 * HEAD * PT_TO_MM;
        page.line(&cl, m + 1.5, w - 3.0, base, sa, Ink::Black);
        if let Some(pl) = pl {
            let b = if two_lines { base + row } else { base };
            page.line(&pl, m + 1.5, w - 3.0, b, ea, Ink::Black);
        }
        self.y += h + 1.2;
    }

    /// A label (both languages, stacked) and its value, in two columns.
    pub(crate) fn field(&mut self, key: &str, value: &Cell) {
        let label_w = 27.0;
        let gap = 2.0;
        let value_w = self.geo.content_width() - label_w - gap;
        let (c, p) = self.langs.both(key);
        let mut label = Cell::text(c);
        if let Some(p) = p {
            label = label.sub_patient(p);
        }
        let ll = cell_lines(&label, self.langs, label_w);
        let vl = cell_lines(value, self.langs, value_w);
        let h = ll.height.max(vl.height) + 0.8;
        self.ensure(h);
        let (lx, vx) = (self.x(0.0, label_w), self.x(label_w + gap, value_w));
        let y = self.y;
        self.draw_cell(&ll, lx, label_w, y, Ink::Grey);
        self.draw_cell(&vl, vx, value_w, y, Ink::Black);
        self.y += h;
    }

    fn draw_cell(&mut self, c: &CellLines, x: f32, w: f32, y: f32, first_ink: Ink) {
        let mut cy = y;
        let page = self.page();
        for (i, (l, ink, rtl)) in c.lines.iter().enumerate() {
            cy += leading(l.size);
            let align = if *rtl { Align::Right } else { Align::Left };
            let ink = if i == 0 && first_ink == Ink::Grey {
                Ink::Grey
            } else {
                *ink
            };
            page.line(l, x, w, cy - 0.3 * l.size * PT_TO_MM, align, ink);
        }
    }

    /// A table with a header row (both languages) and rows of cells. `cols` are the column
    /// label keys and their share of the width.
    pub(crate) fn table(&mut self, cols: &[(&str, f32)], rows: &[Vec<Cell>]) {
        let total: f32 = cols.iter().map(|c| c.1).sum();
        let pad = 1.2;
        let width = self.geo.content_width();
        let widths: Vec<f32> = cols.iter().map(|c| c.1 / total * width).collect();
        let header: Vec<Cell> = cols
            .iter()
            .map(|(k, _)| {
                let (c, p) = self.langs.both(k);
                let mut cell = Cell::text(c);
                cell.bold = true;
                if let Some(p) = p {
                    cell = cell.sub_patient(p);
                }
                cell
            })
            .collect();
        let langs = self.langs;
        let layout = |cells: &[Cell]| -> (Vec<CellLines>, f32) {
            let ls: Vec<CellLines> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| cell_lines(c, langs, w - pad))
                .collect();
            let h = ls.iter().map(|l| l.height).fold(0.0, f32::max) + 1.2;
            (ls, h)
        };
        let (hl, hh) = layout(&header);
        let draw_header = |f: &mut Flow| {
            f.draw_row(&hl, &widths, pad);
            let y = f.y + hh;
            let (m, w) = (f.geo.margin, f.geo.content_width());
            f.page().rule(m, y, m + w, y, 0.3, Ink::Black);
            f.y += hh + 0.4;
        };
        let first = rows.first().map(|r| layout(r).1).unwrap_or(0.0);
        self.ensure(hh + first);
        draw_header(self);
        for row in rows {
            let (rl, rh) = layout(row);
            if self.ensure(rh) {
                draw_header(self);
            }
            self.draw_row(&rl, &widths, pad);
            self.y += rh;
            let (m, w, y) = (self.geo.margin, self.geo.content_width(), self.y);
            self.page().rule(m, y, m + w, y, 0.1, Ink::Rule);
            self.y += 0.4;
        }
    }

    fn draw_row(&mut self, cells: &[CellLines], widths: &[f32], pad: f32) {
        let mut offset = 0.0;
        let y = self.y;
        for (c, w) in cells.iter().zip(widths) {
            let x = self.x(offset, *w);
            self.draw_cell(c, x, w - pad, y, Ink::Black);
            offset += w;
        }
    }

    /// A paragraph in one language, `lang`, wrapped to the page width.
    pub(crate) fn paragraph(
        &mut self,
        s: &str,
        lang: Lang,
        size: f32,
        bold: bool,
        rtl: bool,
        ink: Ink,
    ) {
        let w = self.geo.content_width();
        for l in linebreak::wrap(s, lang, size, bold, rtl, w / PT_TO_MM) {
            self.ensure(leading(size));
            self.y += leading(size);
            let (m, y) = (self.geo.margin, self.y - 0.3 * size * PT_TO_MM);
            let align = if rtl { Align::Right } else { Align::Left };
            self.page().line(&l, m, w, y, align, ink);
        }
    }

    /// A line in `lang` centred on the page.
    pub(crate) fn centered(&mut self, s: &str, lang: Lang, size: f32, bold: bool, ink: Ink) {
        let rtl = is_rtl_text(s);
        let w = self.geo.content_width();
        for l in linebreak::wrap(s, lang, size, bold, rtl, w / PT_TO_MM) {
            self.ensure(leading(size));
            self.y += leading(size);
            let (m, y) = (self.geo.margin, self.y - 0.3 * size * PT_TO_MM);
            self.page().line(&l, m, w, y, Align::Center, ink);
        }
    }

    /// The DEMO banner on every page: a red band at the top, above the content (which starts
    /// at [`DEMO_TOP`] when the booklet has one), saying in both languages that this is not a
    /// real health record. One line when both fit side by side, else one line each.
    pub(crate) fn demo_banners(&mut self) {
        let size = SMALL + 0.5;
        let (m, w) = (self.geo.margin, self.geo.content_width());
        let (c, p) = self.langs.both("demo-banner");
        let cl = text::shape(&c, size, true, self.langs.clinician.rtl);
        let pl = p.map(|p| text::shape(&p, size, true, self.langs.patient.rtl));
        let row = leading(size);
        let inner = w - 3.0;
        let two_lines = pl
            .as_ref()
            .is_some_and(|pl| (cl.width + pl.width) * PT_TO_MM + 4.0 > inner);
        let h = row * if two_lines { 2.0 } else { 1.0 } + 1.6;
        let (sa, ea) = (self.start_align(), self.end_align());
        for page in &mut self.pages {
            page.fill(m, DEMO_BAND_Y, w, h, Ink::Alert);
            let base = DEMO_BAND_Y + 0.8 + row - 0.3 * size * PT_TO_MM;
            match &pl {
                None => page.line(&cl, m + 1.5, inner, base, Align::Center, Ink::White),
                Some(pl) => {
                    page.line(&cl, m + 1.5, inner, base, sa, Ink::White);
                    let b = if two_lines { base + row } else { base };
                    page.line(pl, m + 1.5, inner, b, ea, Ink::White);
                }
            }
        }
    }

    /// Footers: the card id and "page n of N" on every page, in the clinician's language, and
    /// `mark` between them (an insert's "CONFIDENTIAL", so that a loose page is not filed into
    /// the booklet that anyone may be shown).
    pub(crate) fn footers(&mut self, mark: Option<&str>) {
        let total = self.pages.len();
        let langs = self.langs;
        let geo = self.geo;
        for (i, (page, card)) in self.pages.iter_mut().zip(&self.page_cards).enumerate() {
            let y = geo.height - geo.bottom + 4.5;
            page.rule(
                geo.margin,
                y - 3.2,
                geo.width - geo.margin,
                y - 3.2,
                0.1,
                Ink::Rule,
            );
            let n = (i + 1).to_string();
            let t = total.to_string();
            let right = langs
                .clinician
                .fmt("page-footer", &[("n", &n), ("total", &t)]);
            let left = format!("{} {card}", langs.c("card-id"));
            let rtl = langs.clinician.rtl;
            let (la, ra) = if rtl {
                (Align::Right, Align::Left)
            } else {
                (Align::Left, Align::Right)
            };
            let w = geo.content_width();
            page.line(
                &text::shape(&left, SMALL, false, rtl),
                geo.margin,
                w,
                y,
                la,
                Ink::Grey,
            );
            page.line(
                &text::shape(&right, SMALL, false, rtl),
                geo.margin,
                w,
                y,
                ra,
                Ink::Grey,
            );
            if let Some(mark) = mark {
                page.line(
                    &text::shape(mark, SMALL, true, rtl),
                    geo.margin,
                    w,
                    y,
                    Align::Center,
                    Ink::Alert,
                );
            }
        }
    }
}
