//! Text as a JSON health record.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &str| {
    if let Ok(r) = ephr::Record::from_json(json) {
        let _ = r.unlisted_codes();
        let _ = ephr::report::record_text(&r, "ar");
    }
});
