//! # ephr: patient-held, offline-verifiable electronic Personal Health Records
//!
//! A health authority turns a person's health summary into a signed card: compact CBOR, signed
//! with Ed25519 in a COSE_Sign1, compressed, base45-encoded and prefixed `PHR1:` so that it fits
//! one QR code. Any clinic can check the card offline against a trust list signed by a pinned
//! trust anchor, and read it.
//!
//! ```
//! use ephr::{IssueOptions, Issuer, Record, SecretKey, TrustList, AuthorityKey, UnverifiedCard};
//!
//! // An authority's key and a trust list that lists it (normally made with `ephr keygen` and
//! // `ephr trust`; fixed seeds here so the example is reproducible).
//! let anchor = SecretKey::from_seed(&[1; 32]);
//! let authority = SecretKey::from_seed(&[2; 32]);
//! let t0 = 1_792_000_000; // 2026-10-14T21:46Z
//! let mut list = TrustList::new(t0, t0 + 90 * 86_400);
//! list.add_key("GR-EXAMPLE", "Example health authority", "GR", AuthorityKey {
//!     key: authority.public(), not_before: t0, not_after: None, revoked: None,
//! })?;
//! let signed_list = list.sign(&anchor);
//!
//! // Issue a card.
//! let record = Record::from_json(r#"{
//!     "patient": { "birth_date": "1991-03", "sex": "female", "nationality": "SY" },
//!     "encounter": { "date": "2026-10-14", "country": "GR" },
//!     "immunizations": { "doses": [
//!         { "vaccine": "J07BD52", "date": "2026-10-14", "dose_number": 1, "source": "given_here" }
//!     ] }
//! }"#)?;
//! let issuer = Issuer::new(authority, "GR-EXAMPLE")?;
//! let card = issuer.issue(&record, &IssueOptions { issued_at: t0 + 3_600, ..Default::default() })?;
//! assert!(card.text().starts_with("PHR1:"));
//!
//! // A clinic pins the anchor, opens the trust list and verifies the text it scanned.
//! let trusted = TrustList::open(&signed_list, &anchor.public())?;
//! let verified = UnverifiedCard::from_text(card.text())?.verify(&trusted, t0 + 86_400)?;
//! assert_eq!(verified.authority().name, "Example health authority");
//! assert_eq!(verified.claims().entry.record, record);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The wire format is specified in `docs/FORMAT.md`, the trust rules in `docs/TRUST.md`.
//!
//! The wire format's own modules (the CBOR mapping, COSE_Sign1, the `PHR1:` envelope) are private:
//! the only way from bytes to record content is [`UnverifiedCard`], which says so in its name,
//! and [`UnverifiedCard::verify`], which gives a [`VerifiedCard`]. (The `internals` feature makes
//! them public for ephr's own tests and fuzzers; it is not part of the API.)
//!
//! ## Modules
//! - [`record`]: the health summary model and its validation rules;
//! - [`codes`]: built-in code tables (ICD-10, ATC, LOINC, countries, languages) with display names;
//! - [`keys`]: Ed25519 keys, key ids and key files;
//! - [`trust`]: the signed trust list;
//! - [`store`]: the local trust store (installed list, pinned anchor, rollback protection);
//! - [`verify`]: verification rules, [`UnverifiedCard`] and [`VerifiedCard`];
//! - [`issue`]: issuing cards;
//! - [`qr`]: rendering and scanning QR codes;
//! - [`bundle`]: the `.phr` file holding every signed entry of one person;
//! - [`history`]: entries of several clinics merged into one history with provenance and findings;
//! - [`booklet`]: the printed PDF booklet, A4 sheets and wallet card;
//! - [`labels`]: printed labels in the clinicians' and patients' languages;
//! - [`fhir`]: HL7 FHIR R4 International Patient Summary export and import;
//! - [`card`]: card, record and entry identifiers and the claims.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

#[cfg(feature = "booklet")]
pub mod booklet;
pub mod bundle;
pub mod card;
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod cbor;
#[cfg(not(feature = "internals"))]
mod cbor;
pub mod codes;
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod cose;
#[cfg(not(feature = "internals"))]
mod cose;
pub mod date;
pub mod demo;

#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod envelope;
#[cfg(not(feature = "internals"))]
mod envelope;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod files;
pub mod history;
pub mod input;
#[cfg(feature = "issue")]
pub mod issue;
pub mod keys;
pub mod labels;
pub mod qr;
pub mod record;
pub mod report;
pub mod store;
pub mod trust;
pub mod verify;

pub use card::{CardId, Claims, Entry, RecordId};
// The wire-format errors, so that callers can match on them; the modules stay private.
pub use cbor::CborError;
pub use cose::CoseError;
pub use envelope::EnvelopeError;
#[cfg(feature = "issue")]
pub use issue::{IssueError, IssueOptions, IssuedCard, Issuer};
pub use keys::{KeyError, KeyId, Passphrase, PublicKey, SecretKey};
pub use record::{Record, ValidationErrors};
pub use trust::{Authority, AuthorityKey, TrustError, TrustList};
pub use verify::{DecodeError, UnverifiedCard, VerifiedCard, VerifyError, verify_text};
