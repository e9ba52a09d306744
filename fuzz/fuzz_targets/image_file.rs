//! Bytes as an image file given to `verify`, `decode` or `scan`. Half of the inputs are taken
//! as the file itself (PNG, JPEG or anything else); the other half describe a small grey image
//! (width and height of 1 to 48 pixels, then its pixels), which is written as a PNG first, so
//! that odd shapes such as 1 × n images are reached at once rather than through a valid PNG
//! checksum by chance.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        let _ = ephr::input::from_bytes("fuzz.png", rest);
        return;
    }
    let [w, h, pixels @ ..] = rest else {
        return;
    };
    let (w, h) = (1 + u32::from(*w) % 48, 1 + u32::from(*h) % 48);
    let fill = if pixels.is_empty() { &[0u8][..] } else { pixels };
    let img = image::GrayImage::from_fn(w, h, |x, y| {
        image::Luma([fill[((y * w + x) as usize) % fill.len()]])
    });
    let mut png = Vec::new();
    if img
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .is_ok()
    {
        let _ = ephr::input::from_bytes("fuzz.png", &png);
    }
});
