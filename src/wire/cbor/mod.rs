//! CBOR for the wire format, in two parts with one job each:
//!
//! * `strict.rs`: the generic deterministic reader and writer (RFC 8949 §4.2.1), which knows
//!   nothing of cards;
//! * `mapping.rs`: how claims, entries and records become CBOR values and back, with every map
//!   key a named constant shared by encoder and decoder (docs/FORMAT.md §4–§5).
//!
//! This file is only the facade: everything the rest of the crate (`crate::cbor::X`) and, under
//! the `internals` feature, the tests, benches and fuzzers (`ephr::cbor::X`) use is re-exported
//! here under the path it had before the split.

// Some re-exports below are named only by ephr's own tests, benches and fuzzers (the
// `internals` feature), and a verify-only build (no `issue` feature) never encodes: without
// `internals` those items are unused. The `internals` build, which `cargo test` and
// `cargo clippy --all-targets` use, still reports dead code here.
#![cfg_attr(not(feature = "internals"), allow(dead_code, unused_imports))]

mod mapping;
mod strict;

#[cfg(any(test, feature = "internals"))]
pub use strict::from_slice;
pub use strict::{
    CborError, MAX_DEPTH, first_item_deterministic, from_slice_deterministic, to_vec,
};
pub(crate) use strict::{Head, Reader, structure, write_head};

pub use mapping::{
    CLAIM_CTI, CLAIM_EXP, CLAIM_IAT, CLAIM_ISS, CLAIM_PHR, ENTRY_VERSION, claims_from_slice,
    claims_to_vec, entry_from_value, entry_to_value, key,
};
pub(crate) use mapping::{MapBuilder, MapReader, bytes, int, uint};
