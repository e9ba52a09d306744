//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use ephr::labels::Lang;

/// ephr: signed, patient-held health records that any clinic can check offline.
///
/// A health authority issues a person's health summary as a signed card (text and QR code);
/// any clinic verifies it against the authorities' trust list, without a network.
#[derive(Parser, Debug)]
#[command(name = "ephr", version, max_term_width = 100)]
#[command(
    after_help = "Start with `ephr demo`, then `ephr template > record.json`.\n\
Exit status: 0 all cards valid, 1 a card is not valid, 2 usage error or unreadable input."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Generate an Ed25519 key pair for an issuing authority or a trust anchor.
    #[command(
        after_help = "Writes <DIR>/<ID>.key.pem (private, mode 0600) and <DIR>/<ID>.pub.pem, \
and prints the key id. Existing files are never overwritten.\n\n\
Example:\n  ephr keygen --authority GR-EODY-LESVOS --out-dir keys/ --encrypt"
    )]
    Keygen {
        /// Authority id, e.g. GR-EODY-LESVOS (2-32 letters, digits, '-', '.', '_').
        #[arg(long, value_name = "ID")]
        authority: String,
        /// Directory for the key files (created if missing).
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
        #[command(flatten)]
        pass: NewPassphrase,
    },
    /// Create, edit and inspect the signed trust list.
    #[command(subcommand)]
    Trust(TrustCommand),
    /// Sign a health record and write the card (text, PNG or SVG QR code).
    #[command(
        after_help = "Without --out, the PHR1 text goes to standard output, one card a line.\n\n\
A record too large for one QR code of --max-version at --ecc is split into several entries, \
each complete and signed (identity and encounter on every one; alerts, allergies, immunizations \
and problems first). PNG and SVG parts are written as NAME-1.png, NAME-2.png, ...\n\n\
A follow-up entry by another clinic (--follows) keeps the person's record id, links to the \
latest entry it was given, copies the patient identity from it, and carries only the new \
facts: RECORD.json then has no \"patient\" (see `ephr template --followup`). The entry to \
follow is verified first, against --trust/--anchor or the installed trust list.\n\n\
Examples:\n  ephr issue record.json --key keys/GR-DEMO.key.pem --authority GR-DEMO --out card.png\n  \
ephr issue visit.json --follows card.png --key keys/RS-X.key.pem --authority RS-X --out visit.txt"
    )]
    Issue {
        /// The record, as JSON (see `ephr template`).
        #[arg(value_name = "RECORD.json")]
        record: PathBuf,
        /// The authority's private key.
        #[arg(long, value_name = "ID.key.pem")]
        key: PathBuf,
        /// The authority id the key is listed under.
        #[arg(long, value_name = "ID")]
        authority: String,
        #[command(flatten)]
        pass: KeyPassphrase,
        /// Expiry date or time (RFC 3339 or YYYY-MM-DD). Health history does not expire, so by
        /// default cards have none.
        #[arg(long, value_name = "DATE")]
        expires: Option<String>,
        /// Output file; the extension picks the form: .txt (PHR1 text), .png or .svg (QR code), .pdf (one-entry booklet).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Output file for the confidential card (the record's confidential items, when the person
        /// agreed to one; docs/PRIVACY.md): .txt, .png, .svg or .pdf. Required when there is one;
        /// the person keeps it apart from the booklet.
        #[arg(long, value_name = "FILE")]
        confidential_out: Option<PathBuf>,
        /// QR error-correction level: Q (25 % of the code may be damaged) is the default; M gives
        /// a smaller code for long records; see docs/PRINTING.md.
        #[arg(long, value_enum, default_value_t = EccArg::Q)]
        ecc: EccArg,
        #[command(flatten)]
        size: ModuleSize,
        /// Issue time instead of now (RFC 3339 or YYYY-MM-DD), e.g. when entering a paper record
        /// later. Card ids are always fresh random values.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// Issue a follow-up of the person's latest entry in INPUT (card text, image or .phr
        /// bundle): same record id, linked to it, identity copied from it.
        #[arg(long, value_name = "INPUT")]
        follows: Option<String>,
        /// Largest QR version a card may use (25 = 52 mm at 0.42 mm modules); a larger record is
        /// split into several signed entries.
        #[arg(long, value_name = "N", default_value_t = 25,
              value_parser = clap::value_parser!(i16).range(10..=40))]
        max_version: i16,
        #[command(flatten)]
        trust: TrustArgs,
        /// With --out FILE.pdf: the clinician's and the person's languages, e.g. `it,ar`; by
        /// default English and the first language the person speaks that ephr has labels in.
        #[arg(long, value_name = "CLINICIAN[,PERSON]")]
        lang: Option<String>,
        /// Record the signed entries in the site register (`ephr register`): in FILE, or with
        /// no FILE in the ephr data directory, where `ephr station --issue` keeps it.
        #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true)]
        register: Option<Option<PathBuf>>,
    },
    /// Check cards against the trust list and show what they say.
    #[command(
        after_help = "INPUT is a file of PHR1 text (one card a line), a PNG/JPEG image of QR \
codes, a .phr bundle, or - for standard input (a USB barcode scanner types into it).\n\n\
Entries of one record (follow-ups, split records) are shown as one merged history: each fact \
with the authority, country, date and entry that recorded it. Invalid entries never contribute \
facts. Gaps, missing parts, duplicates and conflicting facts are reported; entries of one \
record that name different persons make the exit status 1.\n\n\
Example:\n  ephr verify card.png --trust keys/demo-trust-list.cose --anchor keys/demo-anchor.pub.pem"
    )]
    Verify {
        /// Cards: text files, images, .phr bundles, PDFs ephr printed, or - for standard input.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<String>,
        #[command(flatten)]
        trust: TrustArgs,
        /// Check as of this time (RFC 3339 or YYYY-MM-DD) instead of now.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// One JSON document instead of text.
        #[arg(long)]
        json: bool,
        // The help lists every catalogue (Lang::codes), so it is built at run time.
        #[arg(long, value_name = "LANG", default_value = "en", help = lang_help())]
        lang: LangArg,
    },
    /// Show what cards say WITHOUT checking them (labelled UNVERIFIED).
    Decode {
        /// Cards: text files, images, .phr bundles, PDFs ephr printed, or - for standard input.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<String>,
        /// JSON with the COSE header, the claims and the record.
        #[arg(long)]
        json: bool,
        // The help lists every catalogue (Lang::codes), so it is built at run time.
        #[arg(long, value_name = "LANG", default_value = "en", help = lang_help())]
        lang: LangArg,
    },
    /// Print the PHR1 text of every card found in images (and in bundles and PDFs ephr printed),
    /// one per line.
    #[command(
        after_help = "Pipe it into verify:  ephr scan page.jpg | ephr verify - --trust … --anchor …"
    )]
    Scan {
        /// PNG or JPEG images, .phr bundles, or PDFs ephr printed.
        #[arg(value_name = "IMAGE", required = true)]
        images: Vec<String>,
    },
    /// Print a complete example record to start from.
    Template {
        /// Print an example follow-up entry instead (new facts only, no patient; for
        /// `ephr issue --follows`).
        #[arg(long)]
        followup: bool,
    },
    /// Print verified cards as a PDF booklet (A6 pages), A4 sheets or a wallet card.
    Booklet(super::booklet::BookletArgs),
    /// Put all entries of one person into one signed-entries file (.phr), or merge such files.
    Bundle(super::bundle::BundleArgs),
    /// Export verified cards as an HL7 FHIR International Patient Summary, or import one.
    #[command(subcommand)]
    Fhir(super::fhir::FhirCommand),
    /// The site register of entries issued here: list, show, re-print, purge, and requests to
    /// revoke cards issued in error.
    #[command(
        after_help = "Examples:\n  ephr register list\n  ephr register show \"al-khalil\"\n  \
ephr register reprint 8f3a1c2b4d5e6f70 --out booklet.pdf\n  ephr register purge"
    )]
    Register(super::register::RegisterArgs),
    /// Start the clinic station: check cards in a browser, from a camera, a scanner, a photo,
    /// a PDF or pasted text.
    #[cfg(feature = "station")]
    #[command(
        after_help = "The station serves a page on this computer (http://127.0.0.1:8750/ by \
default) that a clinician opens in any browser. It checks cards against the installed trust list, \
or --trust/--anchor as `ephr verify` does, shows the merged history in the clinician's language \
and, at a press, in the person's, and prints a booklet or exports FHIR from the verified entries. \
Nothing scanned is written to disk or to any log; \"Next person\" clears it, and so does idle \
time (--idle-minutes).\n\n\
For a phone on the clinic network, listen on the network address: the station then serves HTTPS \
only (with --tls-cert/--tls-key, or a self-signed certificate whose fingerprint it prints) and \
asks every browser for the access code it prints.\n\n\
Examples:\n  ephr station --trust keys/demo-trust-list.cose --anchor keys/demo-anchor.pub.pem\n  \
ephr station --listen 0.0.0.0:8443          (phones on the clinic Wi-Fi: HTTPS and sign-in)"
    )]
    Station(crate::station::StationArgs),
    /// Issue and verify the reference record with the shipped demo keys; writes ./ephr-demo/.
    Demo {
        /// Where to write the demo outputs.
        #[arg(long, value_name = "DIR", default_value = "ephr-demo")]
        out_dir: PathBuf,
        /// Run as of this time instead of now (RFC 3339 or YYYY-MM-DD).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
}

/// Trust-list commands.
#[derive(Subcommand, Debug)]
pub enum TrustCommand {
    /// Create an empty trust list signed by the anchor key.
    Init {
        /// The trust anchor's private key.
        #[arg(long, value_name = "ANCHOR.key.pem")]
        anchor_key: PathBuf,
        /// The trust list file to create.
        #[arg(long, value_name = "LIST")]
        out: PathBuf,
        #[command(flatten)]
        sign: SignArgs,
    },
    /// Add an issuing authority's public key to the list (re-signs it in place).
    #[command(
        after_help = "Adding a second key for an existing authority (same --name and --country) is a key rotation."
    )]
    Add {
        #[command(flatten)]
        edit: EditArgs,
        /// Authority id, as cards will carry it.
        #[arg(long, value_name = "ID")]
        authority: String,
        /// Display name shown to clinicians.
        #[arg(long, value_name = "NAME")]
        name: String,
        /// ISO 3166-1 alpha-2 country code.
        #[arg(long, value_name = "CC")]
        country: String,
        /// The authority's public key.
        #[arg(long, value_name = "ID.pub.pem")]
        public_key: PathBuf,
        /// Cards issued before this are refused (RFC 3339 or YYYY-MM-DD; default now).
        #[arg(long, value_name = "TIME")]
        valid_from: Option<String>,
        /// Cards issued after this are refused (default: no end).
        #[arg(long, value_name = "TIME")]
        valid_until: Option<String>,
    },
    /// Revoke a signing key (rotation: superseded; leak: compromised).
    #[command(
        after_help = "superseded: cards issued before --at stay valid, later ones are refused.\n\
compromised: every card signed with the key is refused, whatever date it claims."
    )]
    Revoke {
        #[command(flatten)]
        edit: EditArgs,
        /// Key id, as `trust show` and `decode` print it.
        #[arg(long, value_name = "KID")]
        kid: String,
        /// Why.
        #[arg(long, value_enum)]
        reason: ReasonArg,
        /// From when (RFC 3339 or YYYY-MM-DD; default now).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
    /// Revoke one card (issued in error, or corrected): give the card itself, or the card id
    /// printed on the booklet with the authority id.
    #[command(
        after_help = "The card (--card: its text, a photo of its QR code, a booklet page image or a .phr bundle) is first verified against LIST, so that only a card the list's keys really signed can be revoked. With only the card id from the booklet (--card-id, and --authority for the authority that issued it) the card is revoked under each of that authority's keys, because the booklet does not show which key signed it.\n\n\
The list stores 16 bytes of SHA-256(kid || card id) per key, never the card id.\n\n\
Examples:\n  ephr trust revoke-card --list trust.cose --anchor-key anchor.key.pem --card card.png\n  \
ephr trust revoke-card --list trust.cose --anchor-key anchor.key.pem --card-id 8f3a1c2b4d5e6f70 --authority GR-DEMO\n  \
ephr trust revoke-card --list trust.cose --anchor-key anchor.key.pem --request request.json"
    )]
    RevokeCard {
        #[command(flatten)]
        edit: EditArgs,
        /// The card: text file, QR image, booklet page image, .phr bundle, or - for standard
        /// input.
        #[arg(long, value_name = "INPUT", conflicts_with_all = ["card_id", "authority", "request"],
              required_unless_present_any = ["card_id", "request"])]
        card: Option<String>,
        /// A site's signed revocation request (`ephr register revocation-request`): its
        /// signature and every card in it are checked against the list before anything is
        /// revoked.
        #[arg(long, value_name = "FILE.json", conflicts_with_all = ["card_id", "authority"])]
        request: Option<PathBuf>,
        /// The card id printed on the booklet (16 hex digits).
        #[arg(long, value_name = "CARD-ID", requires = "authority")]
        card_id: Option<String>,
        /// With --card-id: the id of the authority that issued the card.
        #[arg(long, value_name = "ID", requires = "card_id")]
        authority: Option<String>,
    },
    /// Change the window of issue times a key is valid for.
    SetValidity {
        #[command(flatten)]
        edit: EditArgs,
        /// Key id.
        #[arg(long, value_name = "KID")]
        kid: String,
        /// New start (RFC 3339 or YYYY-MM-DD).
        #[arg(long, value_name = "TIME")]
        valid_from: Option<String>,
        /// New end (RFC 3339 or YYYY-MM-DD), or "none".
        #[arg(long, value_name = "TIME")]
        valid_until: Option<String>,
    },
    /// Remove an authority and all its keys (its cards become unknown; prefer revoke).
    Remove {
        #[command(flatten)]
        edit: EditArgs,
        /// Authority id.
        #[arg(long, value_name = "ID")]
        authority: String,
    },
    /// Announce the next trust anchor: verifiers that install this list will accept lists signed
    /// by it and pin it.
    RotateAnchor {
        #[command(flatten)]
        edit: EditArgs,
        /// The successor anchor's public key.
        #[arg(long, value_name = "NEW.pub.pem")]
        successor: PathBuf,
    },
    /// Install a trust list in the local trust store (refuses an older version).
    #[command(
        after_help = "The store is $EPHR_HOME, else $XDG_DATA_HOME/ephr, else ~/.local/share/ephr. \
`ephr verify` without --trust uses it."
    )]
    Install {
        /// The signed trust list.
        #[arg(value_name = "LIST")]
        list: PathBuf,
        /// The anchor to pin (needed the first time; later it must match).
        #[arg(long, value_name = "ANCHOR.pub.pem")]
        anchor: Option<PathBuf>,
    },
    /// Show a trust list: the installed one (checked against the pinned anchor), or LIST
    /// (checked when --anchor is given).
    Show {
        /// A trust list file; without it, the installed list.
        #[arg(value_name = "LIST")]
        list: Option<PathBuf>,
        /// The pinned anchor public key; without it the signature is NOT checked.
        #[arg(long, value_name = "ANCHOR.pub.pem")]
        anchor: Option<PathBuf>,
        /// JSON output for tools.
        #[arg(long)]
        json: bool,
    },
}

/// How large a QR module is drawn.
#[derive(Args, Debug)]
pub struct ModuleSize {
    /// Printed size of one QR module in millimetres (phones read 0.35 mm and up from paper).
    #[arg(long, value_name = "MM", default_value_t = 0.42)]
    pub module_mm: f64,
    /// Print resolution for PNG output; the PNG records it, so "print at actual size" works.
    #[arg(long, value_name = "DPI", default_value_t = 300)]
    pub dpi: u32,
    /// Pixels a module instead of a physical size (for screens); overrides --module-mm.
    #[arg(long, value_name = "PX", value_parser = clap::value_parser!(u32).range(1..=64))]
    pub module_px: Option<u32>,
}

/// Where verification finds its trust material.
#[derive(Args, Debug)]
pub struct TrustArgs {
    /// The signed trust list (default: the list installed with `ephr trust install`).
    #[arg(long, value_name = "LIST", requires = "anchor")]
    pub trust: Option<PathBuf>,
    /// The pinned trust-anchor public key (goes with --trust).
    #[arg(long, value_name = "ANCHOR.pub.pem", requires = "trust")]
    pub anchor: Option<PathBuf>,
    /// Fail when the trust list is past its next-update time, instead of warning.
    #[arg(long)]
    pub strict: bool,
}

/// The list being edited and the anchor key that signs it.
#[derive(Args, Debug)]
pub struct EditArgs {
    /// The trust list to update (re-signed in place with a higher version).
    #[arg(long, value_name = "LIST")]
    pub list: PathBuf,
    /// The trust anchor's private key.
    #[arg(long, value_name = "ANCHOR.key.pem")]
    pub anchor_key: PathBuf,
    /// After an anchor rotation: the previous anchor's public key, which signed LIST and named
    /// this anchor key as its successor.
    #[arg(long, value_name = "OLD.pub.pem")]
    pub previous_anchor: Option<PathBuf>,
    #[command(flatten)]
    pub sign: SignArgs,
}

/// How a new version of a trust list is signed and dated.
#[derive(Args, Debug)]
pub struct SignArgs {
    #[command(flatten)]
    pub pass: KeyPassphrase,
    /// Days until the list should be replaced by a newer one.
    #[arg(long, default_value_t = 90, value_name = "DAYS")]
    pub valid_days: u32,
    /// Issue time of the new list version instead of now (RFC 3339 or YYYY-MM-DD).
    #[arg(long = "list-time", value_name = "TIME")]
    pub list_time: Option<String>,
}

/// Why a key is revoked.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum ReasonArg {
    /// Ordinary rotation: cards issued before the revocation time stay valid.
    Superseded,
    /// The private key leaked: every card it signed is rejected.
    Compromised,
}

/// Passphrase for an existing private key.
#[derive(Args, Debug)]
pub struct KeyPassphrase {
    /// File whose first line is the key's passphrase (if the key is encrypted; otherwise you are
    /// asked on the terminal).
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// Passphrase for a new private key.
#[derive(Args, Debug)]
pub struct NewPassphrase {
    /// Encrypt the private key with the passphrase in the first line of FILE.
    #[arg(long, value_name = "FILE", conflicts_with = "encrypt")]
    pub passphrase_file: Option<PathBuf>,
    /// Encrypt the private key with a passphrase typed at the terminal.
    #[arg(long)]
    pub encrypt: bool,
}

/// The help of a report's `--lang`: every catalogue language.
fn lang_help() -> String {
    format!(
        "Language of the report, one of the catalogues in locales/: {}. Diagnoses, vaccines, \
         medicines and tests are named in each (locales/codes/, machine-quality outside English)",
        Lang::codes()
    )
}

/// A language with a catalogue (`locales/<code>.ftl`), for `--lang`: any code [`Lang::get`]
/// knows. Anything else is a usage error that lists the codes.
#[derive(Clone, Copy, Debug)]
pub struct LangArg(pub Lang);

impl std::str::FromStr for LangArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::get(s).map(LangArg).ok_or_else(|| {
            format!(
                "no catalogue for this language; possible values: {}",
                Lang::codes()
            )
        })
    }
}

impl LangArg {
    /// The catalogue.
    pub fn lang(self) -> Lang {
        self.0
    }
}

/// QR error-correction level.
#[derive(ValueEnum, Clone, Copy, Debug)]
#[allow(missing_docs)]
pub enum EccArg {
    L,
    M,
    Q,
    H,
}
