//! Raw bytes as a COSE_Sign1 card, and as CBOR claims.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(card) = ephr::UnverifiedCard::from_cose(data) {
        let _ = card.claims_unverified();
    }
    let _ = ephr::cbor::claims_from_slice(data);
    let _ = ephr::envelope::inflate(data);
});
