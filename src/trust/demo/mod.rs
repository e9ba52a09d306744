//! The demo: the shipped demo keys, trust list and reference record, and the `ephr demo` run
//! that issues the reference record and verifies it from its text and from its QR image.
//!
//! The demo material is compiled in so that `ephr demo` works from any directory. The demo keys
//! are public test keys (their private halves are in the repository): never trust them for real
//! records. Verification warns loudly whenever the demo anchor is in use.

use crate::keys::PublicKey;

#[cfg(feature = "cli")]
mod run;
#[cfg(feature = "cli")]
pub use run::{DemoError, DemoReport, run};

/// The demo trust anchor's public key (`keys/demo-anchor.pub.pem`).
pub const DEMO_ANCHOR_PUB: &str = include_str!("../../../keys/demo-anchor.pub.pem");
/// The demo authority's private key (`keys/GR-DEMO.key.pem`). Public test material.
pub const DEMO_AUTHORITY_KEY: &str = include_str!("../../../keys/GR-DEMO.key.pem");
/// The demo authority's id.
pub const DEMO_AUTHORITY_ID: &str = "GR-DEMO";
/// The demo trust list (`keys/demo-trust-list.cose`), signed by the demo anchor.
pub const DEMO_TRUST_LIST: &[u8] = include_bytes!("../../../keys/demo-trust-list.cose");
/// The reference record (`fixtures/records/reference-full.json`).
pub const REFERENCE_RECORD: &str = include_str!("../../../fixtures/records/reference-full.json");
/// What `ephr template` prints: the reference record, a complete initial assessment.
pub const TEMPLATE_RECORD: &str = REFERENCE_RECORD;

/// Shown whenever cards are checked against the demo anchor.
pub const DEMO_WARNING: &str = "\
!!! WARNING: the trust anchor in use is the ephr DEMO anchor. Its private key is public.
!!! Cards that verify against it prove nothing. Use your health authority's anchor.";

/// True when `anchor` is the demo trust anchor.
pub fn is_demo_anchor(anchor: &PublicKey) -> bool {
    PublicKey::from_pem(DEMO_ANCHOR_PUB, "demo anchor").is_ok_and(|d| d == *anchor)
}
