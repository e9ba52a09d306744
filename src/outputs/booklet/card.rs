//! The ID-1 wallet card (85.6 × 54 mm, the size of a bank card): the front says who this is and
//! what could kill them (alerts, allergies); each back carries one entry's QR code.

use super::canvas::{Align, Canvas, Ink, QUIET_ZONE};
use super::flow::{Flow, Geometry, Langs, SMALL, is_rtl_text, leading};
use super::linebreak;
use super::sections::{alert_lines, allergy_lines, birth, country, day, names, value};
use super::text;
use super::{BookletError, MIN_MODULE_MM, PrintEntry};
use crate::labels::Lang;
use crate::qr::{self, Ecc, Rendered};

/// Card width in mm (ISO/IEC 7810 ID-1).
pub(crate) const WIDTH: f32 = 85.6;
/// Card height in mm.
pub(crate) const HEIGHT: f32 = 54.0;
const MARGIN: f32 = 3.0;
const PT_TO_MM: f32 = 25.4 / 72.0;

pub(crate) fn pages(
    entries: &[PrintEntry],
    langs: Langs,
    preferred: Ecc,
) -> Result<Vec<Canvas>, BookletError> {
    let mut out = vec![front(entries, langs)];
    for e in entries {
        let (code, module) = card_code(e, preferred)?;
        out.push(back(e, &code, module, langs));
    }
    Ok(out)
}

/// The entry's code at the highest error-correction level (from `preferred` down) whose modules
/// are still at least [`MIN_MODULE_MM`] when the code fills the card's height. The text is fixed
/// by the signature; only the level can make the code smaller.
fn card_code(e: &PrintEntry, preferred: Ecc) -> Result<(Rendered, f32), BookletError> {
    let mut smallest = None;
    for level in super::levels_from(preferred) {
        let Ok(code) = qr::encode(&e.text, *level) else {
            continue;
        };
        let modules = code.width() + 2 * QUIET_ZONE;
        // The quiet zone may reach the card's edge (it is white card), so the code uses almost
        // the whole height.
        let module = ((HEIGHT - 2.0) / modules as f32).min(0.42);
        if module >= MIN_MODULE_MM {
            return Ok((code, module));
        }
        smallest = Some(modules);
    }
    Err(BookletError::CardTooSmall {
        card: e.claims.card_id.to_string(),
        modules: smallest.unwrap_or(0),
    })
}

fn front(entries: &[PrintEntry], langs: Langs) -> Canvas {
    let first = &entries[0];
    let r = &first.claims.entry.record;
    // The flow's helpers give names and values in the right language; the card is laid out by
    // hand because it is one fixed face, not a flow of pages.
    let geo = Geometry {
        width: WIDTH,
        height: HEIGHT,
        margin: MARGIN,
        top: MARGIN,
        bottom: MARGIN,
    };
    let f = Flow::new(langs, geo);
    let mut c = Canvas::new(HEIGHT);
    let w = WIDTH - 2.0 * MARGIN;
    let max = w / PT_TO_MM;
    let (ca, pa) = if langs.clinician.rtl {
        (Align::Right, Align::Left)
    } else {
        (Align::Left, Align::Right)
    };
    if entries.iter().any(PrintEntry::is_demo) {
        demo_bar(&mut c, langs, w, (ca, pa));
    } else {
        c.fill(0.0, 0.0, WIDTH, 7.0, Ink::Shade);
        let (tc, tp) = langs.both("card-title");
        let title_c = text::shape(&tc, 8.0, true, langs.clinician.rtl);
        c.line(&title_c, MARGIN, w, 4.8, ca, Ink::Black);
        if let Some(tp) = tp {
            c.line(
                &text::shape(&tp, 8.0, true, langs.patient.rtl),
                MARGIN,
                w,
                4.8,
                pa,
                Ink::Black,
            );
        }
    }
    let mut y = 7.0 + 1.0;
    // At most two lines a fact: the front must keep room for alerts and allergies. Every fact
    // is in the clinician's language, or free text written at a clinic.
    let put = |c: &mut Canvas, s: &str, size: f32, bold: bool, ink: Ink, y: &mut f32| {
        let rtl = is_rtl_text(s);
        let lines = linebreak::wrap(s, langs.clinician, size, bold, rtl, max);
        for l in lines.into_iter().take(2) {
            *y += leading(size);
            let align = if rtl { Align::Right } else { Align::Left };
            c.line(&l, MARGIN, w, *y - 0.3 * size * PT_TO_MM, align, ink);
        }
    };
    let (own, latin) = names(r);
    if let Some(n) = &own {
        put(&mut c, n, 10.0, true, Ink::Black, &mut y);
    }
    if let Some(n) = &latin {
        put(
            &mut c,
            n,
            if own.is_some() { 8.0 } else { 10.0 },
            true,
            Ink::Black,
            &mut y,
        );
    }
    let sex = r
        .patient
        .sex
        .map(|s| value(&f, "sex", s))
        .unwrap_or_default();
    let nat = r
        .patient
        .nationality
        .as_ref()
        .map(|n| country(&f, n))
        .unwrap_or_default();
    let facts = [
        format!("{} {}", langs.c("birth-date"), birth(&f, r)),
        sex,
        nat,
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    put(&mut c, &facts, SMALL + 0.5, false, Ink::Black, &mut y);
    y += 1.2;
    for a in alert_lines(&f, entries).iter().take(3) {
        put(&mut c, a, SMALL + 0.5, true, Ink::Alert, &mut y);
    }
    let allergies = allergy_lines(&f, entries);
    let label = langs.c("sec-allergies");
    for (i, a) in allergies.iter().take(3).enumerate() {
        let s = if i == 0 {
            format!("{label}: {a}")
        } else {
            a.clone()
        };
        put(&mut c, &s, SMALL + 0.5, false, Ink::Black, &mut y);
    }
    let id = format!("{} {}", langs.c("card-id"), first.claims.card_id);
    c.line(
        &text::shape(&id, SMALL - 0.5, false, false),
        MARGIN,
        w,
        HEIGHT - MARGIN,
        Align::Left,
        Ink::Grey,
    );
    c.frame(0.0, 0.0, WIDTH, HEIGHT, 0.15, Ink::Rule);
    c
}

/// The front's title bar of a demo card: red, saying in both languages that this is not a real
/// health record (in place of the card's title). Side by side at 8 pt when both fit, else one
/// line each at 6 pt.
fn demo_bar(c: &mut Canvas, langs: Langs, w: f32, (ca, pa): (Align, Align)) {
    c.fill(0.0, 0.0, WIDTH, 7.0, Ink::Alert);
    let (dc, dp) = langs.both("demo-banner");
    let shape = |s: &str, size: f32, rtl: bool| text::shape(s, size, true, rtl);
    let cl = shape(&dc, 8.0, langs.clinician.rtl);
    let pl = dp.as_deref().map(|p| shape(p, 8.0, langs.patient.rtl));
    match pl {
        None => c.line(&cl, MARGIN, w, 4.8, Align::Center, Ink::White),
        Some(pl) if (cl.width + pl.width) * PT_TO_MM + 3.0 <= w => {
            c.line(&cl, MARGIN, w, 4.8, ca, Ink::White);
            c.line(&pl, MARGIN, w, 4.8, pa, Ink::White);
        }
        Some(_) => {
            let p = dp.unwrap_or_default();
            let cl = shape(&dc, 6.0, langs.clinician.rtl);
            let pl = shape(&p, 6.0, langs.patient.rtl);
            c.line(&cl, MARGIN, w, 3.0, ca, Ink::White);
            c.line(&pl, MARGIN, w, 5.9, pa, Ink::White);
        }
    }
}

fn back(e: &PrintEntry, code: &Rendered, module: f32, langs: Langs) -> Canvas {
    let modules = code.width() + 2 * QUIET_ZONE;
    let mut c = Canvas::new(HEIGHT);
    let side = c.qr(code, 1.0, (HEIGHT - modules as f32 * module) / 2.0, module);
    let x = side + 2.0;
    let w = WIDTH - x - MARGIN;
    let max = w / PT_TO_MM;
    // What the column beside the code says, top to bottom: (text, its language, bold, ink, gap
    // above in mm).
    let (cl, pl) = (langs.clinician, langs.patient);
    let mut blocks: Vec<(String, Lang, bool, Ink, f32)> = Vec::new();
    if e.is_demo() {
        // Red text, not a filled band: a dark block near the quiet zone can cost ZBar the code.
        let (dc, dp) = langs.both("demo-banner");
        blocks.push((dc, cl, true, Ink::Alert, 0.0));
        if let Some(dp) = dp {
            blocks.push((dp, pl, true, Ink::Alert, 0.0));
        }
    }
    let (qc, qp) = langs.both("qr-caption");
    let gap = if blocks.is_empty() { 0.0 } else { 1.2 };
    blocks.push((qc, cl, false, Ink::Black, gap));
    if let Some(qp) = qp {
        blocks.push((qp, pl, false, Ink::Black, 0.8));
    }
    blocks.push((e.issuer_line(), cl, false, Ink::Grey, 1.2));
    blocks.push((day(e.claims.issued_at), cl, false, Ink::Grey, 0.0));
    blocks.push((e.claims.card_id.to_string(), cl, false, Ink::Grey, 0.0));
    // The largest size at which the column ends on the card (long captions, authority names
    // and the DEMO lines of two languages can need more than the face's height).
    let layout = |size: f32| {
        let mut y = MARGIN;
        let mut lines = Vec::new();
        for (s, lang, bold, ink, gap) in &blocks {
            y += gap;
            let rtl = is_rtl_text(s);
            for l in linebreak::wrap(s, *lang, size, *bold, rtl, max) {
                y += leading(size);
                lines.push((l, y - 0.3 * size * PT_TO_MM, rtl, *ink));
            }
        }
        (lines, y)
    };
    let mut sizes = [SMALL - 0.4, SMALL - 0.8, SMALL - 1.2, SMALL - 1.6].into_iter();
    let mut laid = layout(sizes.next().unwrap_or(SMALL));
    for size in sizes {
        if laid.1 <= HEIGHT - 1.5 {
            break;
        }
        laid = layout(size);
    }
    for (l, baseline, rtl, ink) in laid.0 {
        let align = if rtl { Align::Right } else { Align::Left };
        c.line(&l, x, w, baseline, align, ink);
    }
    // No cutting frame on this face: a line just outside the quiet zone made ZBar miss about
    // one code in ten at 150 dpi. The front's frame is the cutting guide.
    c
}
