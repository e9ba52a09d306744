//! One page's drawing operations, in millimetres from the top-left corner (PDF counts points
//! from the bottom left; the flip happens here and nowhere else).

use printpdf::{
    Color, FontId, Greyscale, Line as PdfLine, LinePoint, Mm, Op, PaintMode, PdfFontHandle, Point,
    Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use super::text::{Font, Line};
use crate::qr::Rendered;

/// Colours used in print: black text, grey secondary text and rules, a dark red for alerts
/// (still dark enough to read on a black-and-white copy).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Ink {
    Black,
    Grey,
    Rule,
    Shade,
    Alert,
    White,
}

impl Ink {
    fn color(self) -> Color {
        match self {
            Ink::Black => Color::Greyscale(Greyscale::new(0.0, None)),
            Ink::Grey => Color::Greyscale(Greyscale::new(0.35, None)),
            Ink::Rule => Color::Greyscale(Greyscale::new(0.6, None)),
            Ink::Shade => Color::Greyscale(Greyscale::new(0.92, None)),
            Ink::White => Color::Greyscale(Greyscale::new(1.0, None)),
            Ink::Alert => Color::Rgb(Rgb::new(0.65, 0.0, 0.0, None)),
        }
    }
}

/// Horizontal alignment of a line within a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

fn pt(mm: f32) -> Pt {
    Mm(mm).into_pt()
}

/// The drawing operations of one page.
#[derive(Debug, Clone)]
pub(crate) struct Canvas {
    pub height: f32,
    pub ops: Vec<Op>,
    /// Fonts drawn with, so the document embeds only those.
    pub fonts: std::collections::BTreeSet<Font>,
    /// Characters drawn that no embedded font has (they print as empty boxes).
    pub missing: usize,
}

/// `/Span << /ActualText (…) >> BDC`: readers (copying, search, pdftotext) take the run's
/// text from here, in reading order, instead of from its glyphs. Closed by `EMC`.
fn actual_text(text: &str) -> Op {
    let mut data = vec![0xFE, 0xFF];
    data.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Op::BeginMarkedContentWithProperties {
        tag: "Span".into(),
        properties: printpdf::DictItem::Dict {
            map: [(
                "ActualText".to_owned(),
                printpdf::DictItem::String {
                    data,
                    literal: false,
                },
            )]
            .into(),
        },
    }
}

impl Canvas {
    pub(crate) fn new(height: f32) -> Self {
        Self {
            height,
            ops: Vec::new(),
            fonts: Default::default(),
            missing: 0,
        }
    }

    fn point(&self, x: f32, y: f32) -> Point {
        Point {
            x: pt(x),
            y: pt(self.height - y),
        }
    }

    /// Draws a shaped line with its baseline at `y`, aligned in the box `x .. x + w`.
    pub(crate) fn line(&mut self, l: &Line, x: f32, w: f32, y: f32, align: Align, ink: Ink) {
        let width_mm = l.width * 25.4 / 72.0;
        let mut cx = match align {
            Align::Left => x,
            Align::Right => x + w - width_mm,
            Align::Center => x + (w - width_mm) / 2.0,
        };
        self.missing += l.missing;
        self.ops.push(Op::SetFillColor { col: ink.color() });
        for run in &l.runs {
            if !run.glyphs.is_empty() {
                self.fonts.insert(run.font);
                if let Some(text) = &run.actual {
                    self.ops.push(actual_text(text));
                }
                self.ops.push(Op::StartTextSection);
                self.ops.push(Op::SetFont {
                    font: PdfFontHandle::External(font_id(run.font)),
                    size: Pt(l.size),
                });
                self.ops.push(Op::SetTextCursor {
                    pos: self.point(cx, y),
                });
                self.ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(run.glyphs.clone())],
                });
                self.ops.push(Op::EndTextSection);
                if run.actual.is_some() {
                    self.ops.push(Op::EndMarkedContent);
                }
            }
            cx += run.width * 25.4 / 72.0;
        }
    }

    /// A filled rectangle; `x, y` is its top-left corner.
    pub(crate) fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, ink: Ink) {
        self.ops.push(Op::SetFillColor { col: ink.color() });
        self.rects(&[(x, y, w, h)]);
    }

    fn rects(&mut self, rects: &[(f32, f32, f32, f32)]) {
        let rings = rects
            .iter()
            .map(|&(x, y, w, h)| PolygonRing {
                points: [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
                    .iter()
                    .map(|&(px, py)| LinePoint {
                        p: self.point(px, py),
                        bezier: false,
                    })
                    .collect(),
            })
            .collect();
        self.ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A straight line `thickness` mm wide.
    pub(crate) fn rule(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32, ink: Ink) {
        self.ops.push(Op::SetOutlineColor { col: ink.color() });
        self.ops.push(Op::SetOutlineThickness { pt: pt(thickness) });
        self.ops.push(Op::DrawLine {
            line: PdfLine {
                points: vec![
                    LinePoint {
                        p: self.point(x1, y1),
                        bezier: false,
                    },
                    LinePoint {
                        p: self.point(x2, y2),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// An outlined rectangle.
    pub(crate) fn frame(&mut self, x: f32, y: f32, w: f32, h: f32, thickness: f32, ink: Ink) {
        self.rule(x, y, x + w, y, thickness, ink);
        self.rule(x + w, y, x + w, y + h, thickness, ink);
        self.rule(x + w, y + h, x, y + h, thickness, ink);
        self.rule(x, y + h, x, y, thickness, ink);
    }

    /// Draws a QR code as vector rectangles (sharp at any printer resolution), with its quiet
    /// zone painted white so a background never eats into it. `x, y` is the top-left corner of
    /// the quiet zone; returns the side in mm, quiet zone included.
    pub(crate) fn qr(&mut self, code: &Rendered, x: f32, y: f32, module: f32) -> f32 {
        let n = code.width();
        let side = (n + 2 * QUIET_ZONE) as f32 * module;
        self.fill(x, y, side, side, Ink::White);
        let ox = x + QUIET_ZONE as f32 * module;
        let oy = y + QUIET_ZONE as f32 * module;
        let rects: Vec<_> = code
            .dark_runs()
            .into_iter()
            .map(|(row, col, len)| {
                (
                    ox + col as f32 * module,
                    oy + row as f32 * module,
                    len as f32 * module,
                    module,
                )
            })
            .collect();
        self.ops.push(Op::SetFillColor {
            col: Ink::Black.color(),
        });
        self.rects(&rects);
        side
    }
}

pub(crate) use crate::qr::QUIET_ZONE;

/// Font ids are fixed per font so pages can be drawn before the document exists; the document
/// registers each used font under the same id (see `super::document`). printpdf uses the id as
/// the subset tag, which PDF readers expect to be six capital letters (ISO 32000 9.6.4).
pub(crate) fn font_id(font: Font) -> FontId {
    let letter = char::from(b'A' + font as u8);
    FontId(format!("EPHRA{letter}"))
}
