//! The reference-confidential record issued as a core and a confidential card, and the journey's
//! confidential follow-up, issued at test time (`#[path = "support/confidential.rs"]`): shared
//! by tests/confidential.rs and tests/fhir_confidential.rs. Needs `mod support;` beside it.
#![allow(dead_code)]

use std::sync::OnceLock;

use ephr::history::{Checked, History};
use ephr::issue::{IssuedRecord, follow_up_marked, follow_up_options};
use ephr::qr::{self, Ecc};
use ephr::record::MarkedRecord;
use ephr::{AuthorityKey, IssueOptions, Issuer, PublicKey, SecretKey, TrustList};

use crate::support::root;

pub const AUTHORITY: &str = "GR-TEST";
pub const ISSUED_AT: &str = "2026-10-14T15:30:00Z";
pub const CHECK_AT: &str = "2027-03-01T00:00:00Z";

pub fn at(s: &str) -> i64 {
    ephr::date::parse_instant(s).unwrap()
}

pub fn key() -> SecretKey {
    SecretKey::from_seed(&[0x13; 32])
}

pub fn trust() -> &'static TrustList {
    static L: OnceLock<TrustList> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = TrustList::new(0, i64::MAX / 2);
        l.add_key(
            AUTHORITY,
            "Test unit",
            "GR",
            AuthorityKey {
                key: key().public(),
                not_before: 0,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        l
    })
}

pub fn reference() -> MarkedRecord {
    let json = std::fs::read_to_string(root().join("fixtures/records/reference-confidential.json"))
        .unwrap();
    MarkedRecord::from_json(&json).unwrap()
}

/// Fits one QR code of version 25 at level Q, as `ephr issue` checks by default.
pub fn fits(t: &str) -> bool {
    t.len() <= qr::text_capacity(Ecc::Q, 25)
}

pub fn issued() -> &'static IssuedRecord {
    static I: OnceLock<IssuedRecord> = OnceLock::new();
    I.get_or_init(|| {
        Issuer::new(key(), AUTHORITY)
            .unwrap()
            .issue_marked(
                &reference(),
                &IssueOptions {
                    issued_at: at(ISSUED_AT),
                    ..Default::default()
                },
                &fits,
            )
            .unwrap()
    })
}

pub fn checked(source: &str, text: &str, list: &TrustList) -> Checked {
    Checked::verify_text(source, text, list, at(CHECK_AT))
}

pub const IT: (&str, u8) = ("IT-ASL-ROMA1", 0x49);

pub fn journey_list() -> &'static TrustList {
    static L: OnceLock<TrustList> = OnceLock::new();
    L.get_or_init(|| {
        let anchor = PublicKey::read(&root().join("keys/demo-anchor.pub.pem")).unwrap();
        TrustList::read(&root().join("fixtures/journey/trust-list.cose"), &anchor).unwrap()
    })
}

pub fn journey() -> Vec<Checked> {
    ["1-gr.txt", "2-rs.txt", "3-it.txt"]
        .iter()
        .map(|n| {
            let t = std::fs::read_to_string(root().join("fixtures/journey").join(n)).unwrap();
            checked(n, t.trim(), journey_list())
        })
        .collect()
}

/// The confidential follow-up, issued by the Italian clinic after the booklet's last entry.
pub fn hiv_follow_up() -> IssuedRecord {
    let h = History::build(journey());
    let latest = h.records[0].latest().card.clone();
    let json =
        std::fs::read_to_string(root().join("fixtures/journey/4-it-confidential-followup.json"))
            .unwrap();
    let marked = follow_up_marked(&json, &latest.claims().entry.record).unwrap();
    Issuer::new(SecretKey::from_seed(&[IT.1; 32]), IT.0)
        .unwrap()
        .issue_marked(
            &marked,
            &follow_up_options(&latest, at("2027-02-01T12:00:00Z")),
            &fits,
        )
        .unwrap()
}
