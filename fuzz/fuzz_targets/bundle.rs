//! Bytes as a `.phr` bundle: decoded, every entry verified against the journey's trust list, and
//! the entries merged into a history. A bundle that decodes must encode back to itself.
#![no_main]
use std::sync::OnceLock;

use ephr::bundle::{Bundle, MAGIC_BYTES};
use ephr::history::History;
use libfuzzer_sys::fuzz_target;

fn trust() -> &'static (ephr::TrustList, i64) {
    static T: OnceLock<(ephr::TrustList, i64)> = OnceLock::new();
    T.get_or_init(|| {
        let anchor = ephr::PublicKey::from_pem(ephr::demo::DEMO_ANCHOR_PUB, "demo").unwrap();
        let list = include_bytes!("../../fixtures/journey/trust-list.cose");
        let now = ephr::date::parse_instant("2027-02-01T00:00:00Z").unwrap();
        (ephr::TrustList::open(list, &anchor).unwrap(), now)
    })
}

fuzz_target!(|data: &[u8]| {
    // Most mutations of the header would stop at it; prepend it when it is not there, so the
    // fuzzer spends its time on the entries.
    let bytes = if data.starts_with(&MAGIC_BYTES) {
        data.to_vec()
    } else {
        [&MAGIC_BYTES[..], data].concat()
    };
    let Ok(bundle) = Bundle::from_bytes(&bytes) else {
        return;
    };
    assert_eq!(Bundle::from_bytes(&bundle.to_bytes()).ok(), Some(bundle.clone()));
    let (list, now) = trust();
    let checked = ephr::input::from_bytes("fuzz.phr", &bytes)
        .unwrap_or_default()
        .iter()
        .map(|c| c.check(list, *now))
        .collect();
    let history = History::build(checked);
    for r in &history.records {
        let _ = r.latest();
    }
});
