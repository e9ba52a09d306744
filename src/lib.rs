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
//! ## Modules, by layer (one folder each under `src/`)
//! - model and code tables (`src/model/`): [`record`] (the health summary and its content
//!   rules), [`codes`] (ICD-10, ATC, LOINC, countries, languages, with display names), [`card`]
//!   (card, record and entry identifiers, the claims), [`date`];
//! - wire format (`src/wire/`, private but for [`bundle`] and [`pdf_entries`]): the CBOR
//!   mapping, COSE_Sign1, the `PHR1:` envelope, [`bundle`], the `.phr` file of one person's
//!   entries, and [`pdf_entries`], that bundle attached to the PDFs ephr prints;
//! - keys and trust (`src/trust/`): [`keys`], [`trust`] (the signed trust list and
//!   revocation), [`store`] (installed list, pinned anchor, rollback protection), [`demo`];
//! - cards (`src/cards/`): [`issue`] (signing, splitting, follow-ups), [`input`] (what a
//!   clinic hands over: text, images, bundles), [`verify`] (the rules, [`UnverifiedCard`],
//!   [`VerifiedCard`]), [`history`] (entries of several clinics merged, with provenance and
//!   findings), [`assemble`] (one person's entries put into a bundle, in history order);
//! - outputs (`src/outputs/`): [`qr`], [`report`] (what a clinician reads, and the `verify`
//!   document), [`booklet`] (PDF booklet, A4 sheets, wallet card), [`fhir`] (HL7 FHIR R4 IPS
//!   export and import), [`labels`] (the one catalogue of words, in every language), [`files`]
//!   (health-data files: owner-only, created new, never through a link).
//!
//! The `ephr` command (`src/cli/`) and the clinic station it serves (`ephr station`,
//! `src/station/`, docs/STATION.md) are front-ends over these: they parse what they are given,
//! call the library and show the result. Cargo features (`issue`, `scan`, `booklet`, `fhir`,
//! `cli`, `station`, all on by default) leave out what a program does not use;
//! `default-features = false` verifies.

// The only `unsafe` is the call into zxing-cpp (feature `zxing`, `qr::scan::zxing`); a build
// without it allows none at all.
#![cfg_attr(not(ephr_zxing), forbid(unsafe_code))]
#![cfg_attr(ephr_zxing, deny(unsafe_code))]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

// The layers, one folder each, from the bottom up. Module names (and so the public paths,
// `ephr::record`, `ephr::trust`, ...) do not repeat the folder; `#[path]` says where each lives.

// ── Model and code tables: what a record holds, and the codes it uses.
#[path = "model/card.rs"]
pub mod card;
#[path = "model/codes/mod.rs"]
pub mod codes;
#[path = "model/date.rs"]
pub mod date;
#[path = "model/record/mod.rs"]
pub mod record;

// ── Wire format: CBOR, COSE_Sign1, the PHR1: text, the .phr bundle (docs/FORMAT.md).
#[path = "wire/bundle.rs"]
pub mod bundle;
#[cfg(feature = "internals")]
#[doc(hidden)]
#[path = "wire/cbor/mod.rs"]
pub mod cbor;
#[cfg(not(feature = "internals"))]
#[path = "wire/cbor/mod.rs"]
mod cbor;
#[cfg(feature = "internals")]
#[doc(hidden)]
#[path = "wire/cose.rs"]
pub mod cose;
#[cfg(not(feature = "internals"))]
#[path = "wire/cose.rs"]
mod cose;
#[cfg(feature = "internals")]
#[doc(hidden)]
#[path = "wire/envelope.rs"]
pub mod envelope;
#[cfg(not(feature = "internals"))]
#[path = "wire/envelope.rs"]
mod envelope;
#[path = "wire/pdf_entries.rs"]
pub mod pdf_entries;

// ── Keys and trust: Ed25519 keys, the signed trust list, the local store, the demo material
// (docs/TRUST.md).
#[path = "trust/demo/mod.rs"]
pub mod demo;
#[path = "trust/keys.rs"]
pub mod keys;
#[path = "trust/request.rs"]
pub mod revocation;
#[path = "trust/store.rs"]
pub mod store;
#[path = "trust/list.rs"]
pub mod trust;

// ── Cards: issuing, reading inputs, verifying, and the history of several entries.
#[path = "cards/assemble.rs"]
pub mod assemble;
#[cfg(feature = "issue")]
#[path = "cards/draft.rs"]
pub mod draft;
#[path = "cards/history.rs"]
pub mod history;
#[path = "cards/input.rs"]
pub mod input;
#[cfg(feature = "issue")]
#[path = "cards/issue.rs"]
pub mod issue;
#[cfg(feature = "register")]
#[path = "cards/register.rs"]
pub mod register;
#[path = "cards/verify.rs"]
pub mod verify;

// ── Outputs: QR codes, the text report, the booklet, FHIR, the catalogue of words, files.
#[cfg(feature = "booklet")]
#[path = "outputs/booklet/mod.rs"]
pub mod booklet;
#[cfg(feature = "fhir")]
#[path = "outputs/fhir/mod.rs"]
pub mod fhir;
#[path = "outputs/files.rs"]
pub mod files;
#[path = "outputs/labels.rs"]
pub mod labels;
#[path = "outputs/qr/mod.rs"]
pub mod qr;
#[path = "outputs/report/mod.rs"]
pub mod report;

// ── Front-ends: the `ephr` command is src/cli/ and its clinic station src/station/ (a binary
// target over this library).

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
