//! PHR1 text through the whole verifier, against the demo trust list.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let anchor = ephr::PublicKey::from_pem(ephr::demo::DEMO_ANCHOR_PUB, "demo").unwrap();
    let list = ephr::TrustList::open(ephr::demo::DEMO_TRUST_LIST, &anchor).unwrap();
    if let Ok(card) = ephr::UnverifiedCard::from_text(text) {
        let _ = card.claims_unverified();
        let _ = card.verify(&list, 1_800_000_000);
    }
});
