//! zxing-cpp's QR reader, through the one-function C shim that build.rs compiles with it
//! (`zxing_shim.cpp`).
//!
//! zxing-cpp is the strongest open-source QR reader measured on ephr's corpus (curved paper,
//! blur, strong perspective, inverted codes, photographed sheets; docs/PERFORMANCE.md), and it is
//! fuzzed continuously by OSS-Fuzz. It is C++, so what crosses into it is kept small: a borrowed
//! grey buffer whose size matches its stated dimensions, and a callback that copies each text
//! out. Images reach it only after the size limits of [`super::decode_image`].

use std::ffi::{c_char, c_void};

use image::GrayImage;

type Found = extern "C" fn(ctx: *mut c_void, text: *const c_char, len: usize, corners: *const i32);

unsafe extern "C" {
    fn ephr_zxing_read(
        data: *const u8,
        width: i32,
        height: i32,
        max_symbols: i32,
        found: Found,
        ctx: *mut c_void,
    ) -> i32;
}

/// The codes zxing-cpp read: each text (when it is UTF-8) and the code's side in pixels.
#[derive(Default)]
struct Codes(Vec<(String, u32)>);

extern "C" fn found(ctx: *mut c_void, text: *const c_char, len: usize, corners: *const i32) {
    // SAFETY: `ctx` is the `&mut Codes` that `read` passed for the duration of the call; `text`
    // points at `len` bytes and `corners` at 8 integers, both alive during this callback (the
    // shim's contract). Nothing here can unwind into C++: the code only allocates.
    let (codes, bytes, c) = unsafe {
        (
            &mut *ctx.cast::<Codes>(),
            std::slice::from_raw_parts(text.cast::<u8>(), len),
            std::slice::from_raw_parts(corners, 8),
        )
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let span = |k: usize| {
        let v = [c[k], c[k + 2], c[k + 4], c[k + 6]];
        i64::from(*v.iter().max().unwrap_or(&0)) - i64::from(*v.iter().min().unwrap_or(&0))
    };
    let side = span(0).max(span(1)).clamp(0, i64::from(u32::MAX)) as u32;
    codes.0.push((text.to_owned(), side));
}

/// At most this many codes are read from one image (a booklet page holds a few).
const MAX_SYMBOLS: i32 = 32;

/// Every QR code zxing-cpp reads in `img`: its text and its side in pixels.
pub(super) fn read(img: &GrayImage) -> Vec<(String, u32)> {
    let (w, h) = img.dimensions();
    let (Ok(wi), Ok(hi)) = (i32::try_from(w), i32::try_from(h)) else {
        return Vec::new();
    };
    let raw = img.as_raw();
    if wi == 0 || hi == 0 || raw.len() != w as usize * h as usize {
        return Vec::new();
    }
    let mut codes = Codes::default();
    // SAFETY: `raw` holds exactly `w * h` bytes, row after row with no padding, as the shim's
    // `ImageView` with format Lum and default strides reads it; it outlives the call. `found`
    // only writes into `codes`, which also outlives the call.
    let n = unsafe {
        ephr_zxing_read(
            raw.as_ptr(),
            wi,
            hi,
            MAX_SYMBOLS,
            found,
            (&raw mut codes).cast::<c_void>(),
        )
    };
    if n < 0 {
        return Vec::new();
    }
    codes.0
}

#[cfg(all(test, feature = "render"))]
mod tests {
    use super::*;

    #[test]
    fn reads_a_rendered_code_and_nothing_in_blank_or_tiny_images() {
        let text = "PHR1:TEST ZXING 123";
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::Q).unwrap();
        let img = code
            .render::<image::Luma<u8>>()
            .module_dimensions(4, 4)
            .build();
        let got = read(&img);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, text);
        // Version 1 at 4 px a module: 21 modules, so the corners span about 84 pixels.
        assert!((70..=100).contains(&got[0].1), "side {}", got[0].1);
        assert!(read(&GrayImage::new(200, 200)).is_empty());
        assert!(read(&GrayImage::new(1, 1)).is_empty());
        assert!(read(&GrayImage::new(0, 0)).is_empty());
    }
}
