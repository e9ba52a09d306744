//! Raw bytes as a signed trust list.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ephr::TrustList::open_unverified(data);
});
