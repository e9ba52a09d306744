//! The scanner never panics and always answers: degenerate dimensions, random pixels, every
//! pixel format the image decoders accept, damaged files and decompression bombs.
//!
//! Each image goes through the public entry points a command uses (`decode_image`, then `scan`
//! and `scan_frame`), and each must end in `Ok` or a typed `QrError`.

use ephr::qr::{self, Ecc, QrError};
use image::{DynamicImage, GrayImage, ImageBuffer, ImageFormat, Luma, LumaA, Rgb, Rgba};
use proptest::prelude::*;

/// Scans `img` with every entry point; none may panic, and nothing found must be `NotFound`.
fn survives(img: &GrayImage) {
    match qr::scan(img) {
        Ok(texts) => assert!(texts.iter().all(|t| t.starts_with("PHR1:"))),
        Err(QrError::NotFound { tried, .. }) => assert!(!tried.is_empty()),
        Err(e) => panic!("{} × {}: unexpected error {e}", img.width(), img.height()),
    }
    let frame = qr::scan_frame(img);
    assert!(frame.iter().all(|t| t.starts_with("PHR1:")));
}

fn encoded(img: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    img.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

#[test]
fn degenerate_dimensions_are_not_found() {
    for (w, h) in [
        (1, 1),
        (1, 2),
        (2, 1),
        (2, 2),
        (1, 5000),
        (5000, 1),
        (3, 4000),
        (20, 20),
        (20, 3000),
        (21, 21),
        (21, 4000),
        (4000, 22),
    ] {
        for level in [0u8, 255, 128] {
            let img = GrayImage::from_pixel(w, h, Luma([level]));
            let err = qr::scan(&img).unwrap_err();
            assert!(
                matches!(err, QrError::NotFound { .. }),
                "{w} × {h} of {level}: {err}"
            );
            assert!(qr::scan_frame(&img).is_empty());
        }
    }
    // The message says why, in terms a clinician can act on.
    let err = qr::scan(&GrayImage::new(1, 2)).unwrap_err().to_string();
    assert!(err.contains("1 × 2 pixels"), "{err}");
    assert!(err.contains("smallest QR code"), "{err}");
}

#[test]
fn stripes_and_checkerboards_survive() {
    for (w, h) in [(1, 64), (64, 1), (2, 300), (300, 2), (23, 900), (900, 23)] {
        survives(&GrayImage::from_fn(w, h, |x, _| {
            Luma([if x % 2 == 0 { 0 } else { 255 }])
        }));
        survives(&GrayImage::from_fn(w, h, |_, y| {
            Luma([if y % 3 == 0 { 0 } else { 255 }])
        }));
        survives(&GrayImage::from_fn(w, h, |x, y| {
            Luma([((x + y) % 2 * 255) as u8])
        }));
    }
}

#[test]
fn every_pixel_format_decodes_to_grey() {
    let card = qr::encode("PHR1:FORMATS", Ecc::Q).unwrap().to_image(4);
    let (w, h) = card.dimensions();
    let grey = |x, y| card.get_pixel(x, y).0[0];
    let wide = |v: u8| u16::from(v) * 257;
    let images: Vec<(&str, DynamicImage)> = vec![
        ("grey 8", DynamicImage::ImageLuma8(card.clone())),
        (
            "grey 16",
            DynamicImage::ImageLuma16(ImageBuffer::from_fn(w, h, |x, y| Luma([wide(grey(x, y))]))),
        ),
        (
            "grey + alpha",
            DynamicImage::ImageLumaA8(ImageBuffer::from_fn(w, h, |x, y| LumaA([grey(x, y), 255]))),
        ),
        (
            "RGB 8",
            DynamicImage::ImageRgb8(ImageBuffer::from_fn(w, h, |x, y| Rgb([grey(x, y); 3]))),
        ),
        (
            "RGBA 8",
            DynamicImage::ImageRgba8(ImageBuffer::from_fn(w, h, |x, y| {
                let v = grey(x, y);
                Rgba([v, v, v, 255])
            })),
        ),
        (
            "RGB 16",
            DynamicImage::ImageRgb16(ImageBuffer::from_fn(
                w,
                h,
                |x, y| Rgb([wide(grey(x, y)); 3]),
            )),
        ),
        (
            "RGBA 16",
            DynamicImage::ImageRgba16(ImageBuffer::from_fn(w, h, |x, y| {
                let v = wide(grey(x, y));
                Rgba([v, v, v, 65535])
            })),
        ),
    ];
    for (name, img) in images {
        let bytes = encoded(img, ImageFormat::Png);
        let decoded = qr::decode_image(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            qr::scan(&decoded).unwrap(),
            vec!["PHR1:FORMATS".to_owned()],
            "{name}"
        );
    }
    let jpeg = encoded(DynamicImage::ImageLuma8(card.clone()), ImageFormat::Jpeg);
    assert_eq!(
        qr::scan(&qr::decode_image(&jpeg).unwrap()).unwrap(),
        vec!["PHR1:FORMATS".to_owned()]
    );
}

#[test]
fn palette_png_decodes() {
    // An indexed PNG (two palette entries, 1 bit a pixel), as some scanners write.
    let card = qr::encode("PHR1:PALETTE", Ecc::Q).unwrap().to_image(4);
    let (w, h) = card.dimensions();
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, w, h);
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::One);
        enc.set_palette(vec![0, 0, 0, 255, 255, 255]);
        let mut writer = enc.write_header().unwrap();
        let stride = w.div_ceil(8) as usize;
        let mut data = vec![0u8; stride * h as usize];
        for (x, y, p) in card.enumerate_pixels() {
            if p.0[0] > 127 {
                data[y as usize * stride + x as usize / 8] |= 0x80 >> (x % 8);
            }
        }
        writer.write_image_data(&data).unwrap();
    }
    let img = qr::decode_image(&bytes).unwrap();
    assert_eq!(qr::scan(&img).unwrap(), vec!["PHR1:PALETTE".to_owned()]);
}

#[test]
fn cmyk_jpeg_is_read_or_refused_cleanly() {
    // Written by Pillow (`Image.new("CMYK", (40, 30))`, quality 90), with an Adobe marker.
    let bytes = include_bytes!("scan_hostile/cmyk.jpg");
    match qr::decode_image(bytes) {
        Ok(img) => {
            assert_eq!(img.dimensions(), (40, 30));
            survives(&img);
        }
        Err(e) => assert!(matches!(e, QrError::Image(_)), "{e}"),
    }
}

#[test]
fn damaged_files_are_refused() {
    let card = qr::encode("PHR1:TRUNCATED", Ecc::Q).unwrap().to_image(4);
    for format in [ImageFormat::Png, ImageFormat::Jpeg] {
        let bytes = encoded(DynamicImage::ImageLuma8(card.clone()), format);
        for cut in [0, 1, 8, 16, 33, 100, bytes.len() / 2, bytes.len() - 1] {
            match qr::decode_image(&bytes[..cut]) {
                Err(QrError::Image(_)) => {}
                // A JPEG cut short may still decode (the decoder fills the rest grey).
                Ok(img) => survives(&img),
                Err(e) => panic!("{format:?} cut at {cut}: {e}"),
            }
        }
        // Flipped bytes through the middle of the file.
        let mut flipped = bytes.clone();
        for i in (bytes.len() / 3..bytes.len()).step_by(7) {
            flipped[i] ^= 0x5a;
        }
        if let Ok(img) = qr::decode_image(&flipped) {
            survives(&img);
        }
    }
}

/// A well-formed PNG announcing `w` × `h` grey pixels, whose one IDAT holds a few rows of
/// zeros: a few hundred bytes that would decode to `w` × `h` bytes.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    let rows = vec![0u8; (w as usize + 1) * 4];
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut z, &rows).unwrap();
    chunk(&mut out, b"IDAT", &z.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn decompression_bombs_are_refused_before_decoding() {
    for (w, h) in [
        (100_000, 100_000),
        (12_001, 10),
        (10, 12_001),
        (8_000, 7_000),
    ] {
        let bytes = png_claiming(w, h);
        assert!(bytes.len() < 10_000);
        let err = qr::decode_image(&bytes).unwrap_err();
        assert!(matches!(err, QrError::TooLarge(_)), "{w} × {h}: {err}");
    }
    // Within the limits, the missing rows are a damaged file.
    let err = qr::decode_image(&png_claiming(7_000, 7_000)).unwrap_err();
    assert!(matches!(err, QrError::Image(_)), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Random dimensions up to 64 a side, random pixels (some images nearly uniform).
    #[test]
    fn random_small_images_never_panic(
        w in 1u32..=64,
        h in 1u32..=64,
        seed in any::<u64>(),
        levels in 1u64..=256,
    ) {
        let mut s = seed | 1;
        let img = GrayImage::from_fn(w, h, |_, _| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            Luma([((s % levels) * 255 / levels.max(2).saturating_sub(1).max(1)).min(255) as u8])
        });
        survives(&img);
        // And the same pixels as a PNG file.
        let bytes = encoded(DynamicImage::ImageLuma8(img.clone()), ImageFormat::Png);
        prop_assert_eq!(qr::decode_image(&bytes).unwrap(), img);
    }

    /// Random long thin images.
    #[test]
    fn random_thin_images_never_panic(
        long in 1u32..=3000,
        short in 1u32..=24,
        tall in any::<bool>(),
        seed in any::<u64>(),
    ) {
        let (w, h) = if tall { (short, long) } else { (long, short) };
        let mut s = seed | 1;
        let img = GrayImage::from_fn(w, h, |_, _| {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            Luma([(s >> 56) as u8])
        });
        survives(&img);
    }
}
