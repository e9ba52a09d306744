//! Bytes as a verify/decode input: image (PNG/JPEG with QR codes) or text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ephr::input::from_bytes("fuzz", data);
});
