//! The `ephr` command: parses arguments, calls the library, prints. No rules live here.

pub(crate) mod args;
mod booklet;
mod bundle;
mod fhir;
mod register;

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use clap::Parser;
use ephr::history::Checked;
use ephr::input::{self, Candidate, InputError};
use ephr::keys::write_public_key;
use ephr::qr::{self, Ecc};
use ephr::trust::{self, SignatureStatus};
use ephr::{
    AuthorityKey, IssueOptions, Issuer, Passphrase, PublicKey, SecretKey, TrustList, date, demo,
    report,
};

use args::{Cli, Command, EccArg, KeyPassphrase, NewPassphrase, TrustArgs, TrustCommand};

/// Exit status: every card valid.
const EXIT_OK: i32 = 0;
/// Exit status: at least one card is not valid.
const EXIT_INVALID: i32 = 1;
/// Exit status: usage error or unreadable input.
const EXIT_USAGE: i32 = 2;

/// An error for the user: what is wrong, and what to do.
struct Failure {
    message: String,
    hint: Option<String>,
    code: i32,
}

impl Failure {
    fn usage(message: impl std::fmt::Display) -> Self {
        Self {
            message: message.to_string(),
            hint: None,
            code: EXIT_USAGE,
        }
    }
    fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

macro_rules! usage_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Failure {
            fn from(e: $t) -> Self {
                Self::usage(e)
            }
        }
    )*};
}
usage_from!(
    ephr::KeyError,
    ephr::TrustError,
    ephr::IssueError,
    ephr::qr::QrError,
    ephr::files::FileError,
    InputError
);

type Result<T, E = Failure> = std::result::Result<T, E>;

/// Runs the command line and returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
        }
    };
    match run(cli.command) {
        Ok(code) => code,
        Err(f) => {
            eprintln!("error: {}", f.message);
            if let Some(h) = f.hint {
                eprintln!("hint: {h}");
            }
            f.code
        }
    }
}

fn run(cmd: Command) -> Result<i32> {
    match cmd {
        Command::Keygen {
            authority,
            out_dir,
            pass,
        } => keygen(&authority, &out_dir, &pass),
        Command::Trust(t) => trust_cmd(t),
        Command::Issue {
            record,
            key,
            authority,
            pass,
            expires,
            out,
            confidential_out,
            ecc,
            size,
            at,
            follows,
            max_version,
            trust,
            lang,
            register,
        } => issue(
            &record,
            (&key, &authority, &pass),
            expires.as_deref(),
            (out.as_deref(), confidential_out.as_deref(), lang.as_deref()),
            (ecc, &size, max_version),
            at.as_deref(),
            (follows.as_deref(), &trust, register),
        ),
        Command::Verify {
            inputs,
            trust,
            at,
            json,
            lang,
        } => verify(&inputs, &trust, at.as_deref(), json, lang.lang()),
        Command::Decode { inputs, json, lang } => decode(&inputs, json, lang.lang()),
        Command::Scan { images } => scan(&images),
        Command::Template { followup } => {
            print!(
                "{}",
                if followup {
                    ephr::issue::FOLLOWUP_TEMPLATE
                } else {
                    demo::TEMPLATE_RECORD
                }
            );
            Ok(EXIT_OK)
        }
        Command::Booklet(a) => booklet::run(a),
        Command::Bundle(a) => bundle::run(a),
        Command::Fhir(c) => fhir::run(c),
        Command::Register(a) => register::run(a),
        #[cfg(feature = "station")]
        Command::Station(a) => {
            let at = a.at.as_deref().map(|s| instant(s, "--at")).transpose()?;
            crate::station::run(a, at).map_err(|e| {
                let (message, hint) = match e.split_once("\nhint: ") {
                    Some((m, h)) => (m.to_owned(), Some(h.to_owned())),
                    None => (e, None),
                };
                let f = Failure::usage(message);
                match hint {
                    Some(h) => f.hint(h),
                    None => f,
                }
            })
        }
        Command::Demo { out_dir, at } => {
            let now = at
                .map(|s| instant(&s, "--at"))
                .transpose()?
                .unwrap_or_else(date::now);
            let r = demo::run(&out_dir, now).map_err(Failure::usage)?;
            print!("{}", r.report);
            Ok(if r.all_valid { EXIT_OK } else { EXIT_INVALID })
        }
    }
}

fn instant(s: &str, flag: &str) -> Result<i64> {
    date::parse_instant(s).ok_or_else(|| {
        Failure::usage(format!("{flag} \"{s}\" is not a date or time"))
            .hint("use RFC 3339 such as 2026-11-22T10:00:00Z, or a date such as 2026-11-22")
    })
}

/// Passphrases for new keys must have at least this many characters.
const MIN_NEW_PASSPHRASE: usize = 10;

fn new_passphrase(p: &NewPassphrase) -> Result<Option<Passphrase>> {
    let checked = |pass: Passphrase| {
        if pass.char_count() < MIN_NEW_PASSPHRASE {
            Err(Failure::usage(format!(
                "the passphrase is shorter than {MIN_NEW_PASSPHRASE} characters"
            ))
            .hint("a stolen key file is only as safe as its passphrase; use several words"))
        } else {
            Ok(Some(pass))
        }
    };
    if let Some(f) = &p.passphrase_file {
        return checked(Passphrase::from_file(f)?);
    }
    if !p.encrypt {
        return Ok(None);
    }
    checked(ask_new_passphrase(
        "New passphrase: ",
        "--encrypt needs a terminal to ask for the passphrase",
    )?)
}

/// Asks on the terminal for a new passphrase, twice, and refuses two that differ. `no_terminal`
/// is the error when stdin is not a terminal (the hint names `--passphrase-file`).
fn ask_new_passphrase(prompt: &str, no_terminal: &str) -> Result<Passphrase> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::usage(no_terminal).hint("use --passphrase-file FILE instead"));
    }
    let a = zeroize::Zeroizing::new(rpassword::prompt_password(prompt).map_err(Failure::usage)?);
    let b =
        zeroize::Zeroizing::new(rpassword::prompt_password("Repeat it: ").map_err(Failure::usage)?);
    if *a != *b {
        return Err(Failure::usage("the two passphrases differ"));
    }
    Ok(Passphrase::new(&a)?)
}

/// [`read_secret_key`] for the station, whose errors are text with an optional hint line.
#[cfg(feature = "station")]
pub(crate) fn unlock_key(path: &Path, p: &KeyPassphrase) -> std::result::Result<SecretKey, String> {
    read_secret_key(path, p).map_err(|f| match f.hint {
        Some(h) => format!("{}\nhint: {h}", f.message),
        None => f.message,
    })
}

fn read_secret_key(path: &Path, p: &KeyPassphrase) -> Result<SecretKey> {
    let pass = match &p.passphrase_file {
        Some(f) => Some(Passphrase::from_file(f)?),
        None => None,
    };
    let key = match SecretKey::read(path, pass.as_ref()) {
        Err(ephr::KeyError::NeedPassphrase) if std::io::stdin().is_terminal() => {
            let typed = zeroize::Zeroizing::new(
                rpassword::prompt_password(format!("Passphrase for {}: ", path.display()))
                    .map_err(Failure::usage)?,
            );
            SecretKey::read(path, Some(&Passphrase::new(&typed)?))?
        }
        r => r?,
    };
    // Only once the file is known to hold a private key: a public key given by mistake must be
    // named as such, not warned about as readable.
    if let Some(mode) = ephr::keys::readable_by_others(path) {
        eprintln!(
            "warning: {} can be read by other users (mode {mode:o}); run `chmod 600 {}`",
            path.display(),
            path.display()
        );
    }
    Ok(key)
}

fn keygen(authority: &str, out_dir: &Path, pass: &NewPassphrase) -> Result<i32> {
    if !ephr::card::is_valid_authority_id(authority) {
        return Err(
            Failure::usage(format!("\"{authority}\" is not a valid authority id"))
                .hint("use 2-32 letters, digits, '-', '.' or '_', e.g. GR-EODY-LESVOS"),
        );
    }
    let sk_path = out_dir.join(format!("{authority}.key.pem"));
    let pk_path = out_dir.join(format!("{authority}.pub.pem"));
    for p in [&sk_path, &pk_path] {
        if p.exists() {
            return Err(ephr::KeyError::Exists(p.clone()).into());
        }
    }
    let pass = new_passphrase(pass)?;
    std::fs::create_dir_all(out_dir)
        .map_err(|e| Failure::usage(format!("{}: {e}", out_dir.display())))?;
    let key = SecretKey::generate()?;
    key.write(&sk_path, pass.as_ref())?;
    write_public_key(&pk_path, &key.public())?;
    println!("key id {}", key.public().kid());
    eprintln!(
        "wrote {} (private, mode 0600, {}) and {}",
        sk_path.display(),
        if pass.is_some() {
            "encrypted with the passphrase"
        } else {
            "NOT encrypted"
        },
        pk_path.display()
    );
    if pass.is_none() {
        eprintln!(
            "warning: the private key is not encrypted: anyone who copies the file can sign cards \
             in your authority's name. For a key that leaves this machine or is kept on a shared \
             one, make it with --encrypt or --passphrase-file FILE."
        );
    }
    Ok(EXIT_OK)
}

fn trust_cmd(t: TrustCommand) -> Result<i32> {
    let now = date::now();
    match t {
        TrustCommand::Init {
            anchor_key,
            out,
            sign,
        } => {
            let now = list_time(sign.list_time.as_deref())?;
            let (pass, valid_days) = (sign.pass, sign.valid_days);
            if out.exists() {
                return Err(Failure::usage(format!("{} already exists", out.display()))
                    .hint("use `ephr trust add --list` to change an existing list"));
            }
            let anchor = read_secret_key(&anchor_key, &pass)?;
            let list = TrustList::new(now, now + i64::from(valid_days) * 86_400);
            trust::write_file(&out, &list.sign(&anchor))?;
            println!(
                "created trust list {} (version 1), signed by anchor key {}",
                out.display(),
                anchor.public().kid()
            );
            Ok(EXIT_OK)
        }
        TrustCommand::Add {
            edit,
            authority,
            name,
            country,
            public_key,
            valid_from,
            valid_until,
        } => {
            let (mut l, anchor) = open_for_edit(&edit)?;
            let key = PublicKey::read(&public_key)?;
            let not_before = valid_from
                .as_deref()
                .map(|s| instant(s, "--valid-from"))
                .transpose()?
                .unwrap_or(list_time(edit.sign.list_time.as_deref())?);
            let not_after = valid_until
                .as_deref()
                .map(|s| instant(s, "--valid-until"))
                .transpose()?;
            l.add_key(
                &authority,
                &name,
                &country,
                AuthorityKey {
                    key,
                    not_before,
                    not_after,
                    revoked: None,
                },
            )?;
            let what = format!(
                "added key {} for {authority} ({name}, {country})",
                key.kid()
            );
            save_edit(&edit, l, &anchor, &what)
        }
        TrustCommand::Revoke {
            edit,
            kid,
            reason,
            at,
        } => {
            let (mut l, key) = open_for_edit(&edit)?;
            let kid = kid_arg(&kid)?;
            let at = at.map(|s| instant(&s, "--at")).transpose()?.unwrap_or(now);
            let reason = match reason {
                args::ReasonArg::Superseded => trust::RevocationReason::Superseded,
                args::ReasonArg::Compromised => trust::RevocationReason::Compromised,
            };
            l.revoke_key(&kid, reason, at)?;
            save_edit(
                &edit,
                l,
                &key,
                &format!(
                    "revoked key {kid} as {} from {}",
                    format!("{reason:?}").to_lowercase(),
                    date::format_instant(at)
                ),
            )
        }
        TrustCommand::RevokeCard {
            edit,
            card,
            request,
            card_id,
            authority,
        } => {
            let (mut l, key) = open_for_edit(&edit)?;
            if let Some(path) = request {
                let bytes = read_limited(&path, ephr::revocation::MAX_REQUEST_LEN)?;
                let checked = ephr::revocation::check(&bytes, &l, now).map_err(|e| {
                    Failure::usage(format!("{}: {e}", path.display()))
                        .hint("nothing was revoked; a request is applied whole or not at all")
                })?;
                let r = &checked.request;
                println!(
                    "request of {} ({}, signed with key {}): \"{}\"",
                    r.authority,
                    date::format_instant(r.requested_at),
                    checked.signer,
                    r.reason
                );
                for id in &checked.already_revoked {
                    println!("  card {id}: already revoked");
                }
                let done = checked.apply(&mut l)?;
                if done.is_empty() {
                    println!("every card in the request is already revoked; the list is unchanged");
                    return Ok(EXIT_OK);
                }
                let what = format!(
                    "revoked {} card(s) of {} on its request: {}",
                    done.len(),
                    r.authority,
                    done.join(", ")
                );
                return save_edit(&edit, l, &key, &what);
            }
            let what = match (card, card_id, authority) {
                (Some(input), ..) => {
                    let (cands, unreadable) = gather(std::slice::from_ref(&input));
                    let [c] = cands.as_slice() else {
                        return Err(Failure::usage(format!(
                            "--card {input}: {} cards read, one needed",
                            if unreadable { 0 } else { cands.len() }
                        ))
                        .hint("give one card; for a bundle or a page with several codes, use --card-id with --authority"));
                    };
                    let verified = match c
                        .parse()
                        .map_err(ephr::VerifyError::from)
                        .and_then(|u| u.verify(&l, now))
                    {
                        Ok(v) => v,
                        Err(ephr::VerifyError::CardRevoked) => {
                            println!(
                                "the card from {} is already revoked; the list is unchanged",
                                c.source
                            );
                            return Ok(EXIT_OK);
                        }
                        Err(e) => {
                            return Err(Failure::usage(format!(
                                "--card {}: it does not verify against {}: {e}",
                                c.source,
                                edit.list.display()
                            ))
                            .hint(
                                "only a card signed by a key in this list can be revoked in it",
                            ));
                        }
                    };
                    let (id, kid) = (verified.claims().card_id.clone(), verified.kid());
                    if !l.revoke_verified_card(&verified)? {
                        println!("card {id} is already revoked; the list is unchanged");
                        return Ok(EXIT_OK);
                    }
                    format!(
                        "revoked card {id} of {} (signed with key {kid})",
                        verified.claims().issuer
                    )
                }
                (None, Some(id), Some(authority)) => {
                    let card = ephr::CardId::from_hex(&id).ok_or_else(|| {
                        Failure::usage(format!("\"{id}\" is not a card id"))
                            .hint("a card id is 16 hex digits, as printed on every booklet page")
                    })?;
                    match l.revoke_card_id(&authority, &card)? {
                        0 => {
                            println!(
                                "card {card} of {authority} is already revoked; the list is unchanged"
                            );
                            return Ok(EXIT_OK);
                        }
                        n => format!(
                            "revoked card {card} of {authority} under each of its {n} key(s)"
                        ),
                    }
                }
                _ => {
                    return Err(Failure::usage(
                        "give --card INPUT, or --card-id with --authority",
                    ));
                }
            };
            save_edit(&edit, l, &key, &what)
        }
        TrustCommand::SetValidity {
            edit,
            kid,
            valid_from,
            valid_until,
        } => {
            let (mut l, key) = open_for_edit(&edit)?;
            let kid = kid_arg(&kid)?;
            let from = valid_from
                .map(|s| instant(&s, "--valid-from"))
                .transpose()?;
            let until = match valid_until.as_deref() {
                None => None,
                Some("none") => Some(None),
                Some(s) => Some(Some(instant(s, "--valid-until")?)),
            };
            l.set_key_window(&kid, from, until)?;
            save_edit(
                &edit,
                l,
                &key,
                &format!("changed the validity of key {kid}"),
            )
        }
        TrustCommand::Remove { edit, authority } => {
            let (mut l, key) = open_for_edit(&edit)?;
            let a = l.remove_authority(&authority)?;
            save_edit(
                &edit,
                l,
                &key,
                &format!("removed {} ({} key(s))", a.id, a.keys.len()),
            )
        }
        TrustCommand::RotateAnchor { edit, successor } => {
            let (mut l, key) = open_for_edit(&edit)?;
            let next = PublicKey::read(&successor)?;
            if next == key.public() {
                return Err(Failure::usage("the successor is the current anchor key"));
            }
            l.set_successor_anchor(Some(next));
            save_edit(
                &edit,
                l,
                &key,
                &format!(
                    "announced anchor {} as successor of {}; publish this list, then sign the next one with the new key and --previous-anchor",
                    next.kid(),
                    key.public().kid()
                ),
            )
        }
        TrustCommand::Install { list, anchor } => {
            let store = ephr::store::TrustStore::locate()?;
            let anchor = anchor.map(|a| PublicKey::read(&a)).transpose()?;
            let bytes = trust::read_file(&list)?;
            match store.install(&bytes, anchor.as_ref())? {
                ephr::store::Installed::New { sequence } => {
                    println!(
                        "installed trust list version {sequence} in {}",
                        store.dir().display()
                    );
                    if let Some(a) = &anchor {
                        println!(
                            "pinned trust anchor key {}: compare it with the key id your health authority published; if they differ, remove {} and do not use this list",
                            a.kid(),
                            store.dir().display()
                        );
                    }
                }
                ephr::store::Installed::Updated {
                    from,
                    to,
                    anchor_rotated,
                } => println!(
                    "updated the trust list from version {from} to {to}{}",
                    if anchor_rotated {
                        "; the new trust anchor announced by the previous list is now pinned"
                    } else {
                        ""
                    }
                ),
                ephr::store::Installed::Unchanged { sequence } => {
                    println!("trust list version {sequence} is already installed")
                }
            }
            Ok(EXIT_OK)
        }
        TrustCommand::Show { list, anchor, json } => {
            let (text, json_doc) = match (list, anchor) {
                // No path: the installed list, checked against the pinned anchor.
                (None, _) => {
                    let (l, a) = ephr::store::TrustStore::locate()?.load()?;
                    (
                        l.describe(a.kid()),
                        l.to_json(SignatureStatus::Verified, a.kid()),
                    )
                }
                (Some(list), Some(a)) => {
                    let bytes = trust::read_file(&list)?;
                    let a = PublicKey::read(&a)?;
                    let l = TrustList::open(&bytes, &a)?;
                    (
                        l.describe(a.kid()),
                        l.to_json(SignatureStatus::Verified, a.kid()),
                    )
                }
                (Some(list), None) => {
                    let u = TrustList::open_unverified(&trust::read_file(&list)?)?;
                    (u.describe(), u.to_json())
                }
            };
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json_doc).unwrap_or_default()
                );
            } else {
                print!("{}", report::printable(&text));
            }
            Ok(EXIT_OK)
        }
    }
}

fn issue(
    record_path: &Path,
    (key, authority, pass): (&Path, &str, &KeyPassphrase),
    expires: Option<&str>,
    (out, confidential_out, lang): (Option<&Path>, Option<&Path>, Option<&str>),
    (ecc, size, max_version): (EccArg, &args::ModuleSize, i16),
    at: Option<&str>,
    (follows, trust, register): (Option<&str>, &TrustArgs, Option<Option<PathBuf>>),
) -> Result<i32> {
    if follows.is_none() && (trust.trust.is_some() || trust.strict) {
        return Err(
            Failure::usage("--trust, --anchor and --strict are used only with --follows")
                .hint("they check the entry a follow-up follows; a new record needs no trust list"),
        );
    }
    if !(0.1..=5.0).contains(&size.module_mm) || !(72..=4800).contains(&size.dpi) {
        return Err(Failure::usage(
            "--module-mm must be 0.1-5 and --dpi 72-4800",
        ));
    }
    let json = read_text(record_path)?;
    let issued_at = at
        .map(|s| instant(s, "--at"))
        .transpose()?
        .unwrap_or_else(date::now);
    let predecessor = follows
        .map(|input| entry_to_follow(input, trust, issued_at))
        .transpose()?;
    let marked = ephr::issue::marked_entry(
        &json,
        predecessor.as_ref().map(|p| &p.claims().entry.record),
    )
    .map_err(|e| {
        Failure::usage(format!("{}: {e}", record_path.display())).hint(if predecessor.is_some() {
            "fix the fields named above; `ephr template --followup` prints an example follow-up"
        } else {
            "fix the fields named above; `ephr template` prints a complete example"
        })
    })?;
    for u in marked.record.unlisted_codes() {
        eprintln!(
            "note: {}: {} code \"{}\" is well-formed but not in ephr's tables; it will be shown without a name",
            u.path,
            u.system.name(),
            u.code
        );
    }
    let out = out.map(|o| CardOut::new(o, "--out")).transpose()?;
    let confidential_out = confidential_out
        .map(|o| CardOut::new(o, "--confidential-out"))
        .transpose()?;
    if let (Some(a), Some(b)) = (&out, &confidential_out)
        && a.path == b.path
    {
        return Err(Failure::usage(
            "--out and --confidential-out name the same file",
        )
        .hint("the confidential card is printed apart, for the person to keep apart from the booklet"));
    }
    // Refused before anything is signed: a confidential card is never dropped in silence, nor
    // merged into the core card.
    let split = marked.split();
    if split.confidential.is_some() && confidential_out.is_none() {
        return Err(Failure::usage(format!(
            "{}: {} item(s) are confidential and the person agreed to a confidential card; give --confidential-out FILE (.txt, .png, .svg or .pdf) for it",
            record_path.display(),
            marked.confidential_items().len()
        ))
        .hint("the confidential card is printed apart, for the person to keep apart from the booklet; to put an item on the core card instead, mark it \"confidential\": false"));
    }
    let issuer = Issuer::new(read_secret_key(key, pass)?, authority)?;
    let mut opts = match &predecessor {
        Some(p) => ephr::issue::follow_up_options(p, issued_at),
        None => IssueOptions {
            issued_at,
            ..Default::default()
        },
    };
    opts.expires = expires.map(|s| instant(s, "--expires")).transpose()?;
    let ecc = match ecc {
        EccArg::L => Ecc::L,
        EccArg::M => Ecc::M,
        EccArg::Q => Ecc::Q,
        EccArg::H => Ecc::H,
    };
    let capacity = qr::text_capacity(ecc, max_version);
    // Opened before signing, so that a register that cannot be used stops the issue.
    let register = register
        .map(|p| {
            let p = match p {
                Some(p) => p,
                None => ephr::register::Register::default_path()?,
            };
            ephr::register::Register::open(&p)
                .map_err(|e| Failure::usage(format!("--register: {e}")))
        })
        .transpose()?;
    let issued = issuer.issue_marked(&marked, &opts, &|t: &str| t.len() <= capacity)?;
    let cards = &issued.core;
    if let Some(r) = &register {
        let all: Vec<_> = cards.iter().chain(&issued.confidential).collect();
        let follows = predecessor.as_ref().map(|p| p.claims().card_id.to_string());
        let operator = format!(
            "command line ({})",
            std::env::var("USER").unwrap_or_else(|_| "unknown user".into())
        );
        r.record_issued(
            &all,
            &issuer.key().public().kid(),
            follows.as_deref(),
            &operator,
        )
        .map_err(|e| Failure::usage(format!("--register: {e}")))?;
        eprintln!(
            "recorded {} entries in the register {}",
            all.len(),
            r.path().display()
        );
    }
    if let Some(p) = &predecessor {
        eprintln!(
            "follow-up of entry {} ({}, {}) in record {}",
            p.claims().card_id,
            p.claims().issuer,
            p.claims().entry.record.encounter.date,
            p.claims().entry.record_id
        );
    }
    if !issued.withheld.is_empty() {
        eprintln!(
            "note: {} confidential item(s) left out of every card ({}): the person did not agree to a confidential card (\"consent\": {{\"confidential_card\": true}})",
            issued.withheld.len(),
            issued
                .withheld
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    if let Some(c) = &confidential_out
        && issued.confidential.is_none()
    {
        eprintln!(
            "note: no confidential card to issue; nothing is written to {}",
            c.path.display()
        );
    }
    if cards.is_empty() {
        eprintln!(
            "every new fact is confidential: no core entry is issued, and the confidential entry follows the entry given with --follows"
        );
    }
    if cards.len() > 1 {
        eprintln!(
            "the record does not fit one QR code of version {max_version} or less at level {ecc:?}; \
             it is issued as {} entries, each complete and signed",
            cards.len()
        );
    }
    let kid = issuer.key().public().kid();
    let confidential: Vec<_> = issued.confidential.into_iter().collect();
    let mut outputs = vec![];
    if let Some(o) = &confidential_out {
        outputs.push((o, &confidential[..], "confidential card"));
    }
    match &out {
        Some(o) => outputs.insert(0, (o, &cards[..], "card")),
        None => {
            for c in cards {
                println!("{}", c.text());
                eprintln!(
                    "issued card {} (key {kid}) for record {}, {} characters",
                    c.claims().card_id,
                    c.claims().entry.record_id,
                    c.text().len()
                );
            }
        }
    }
    // Every file is prepared and checked before the first is written, so a refusal leaves
    // nothing half-issued behind.
    let mut files: Vec<(PathBuf, Vec<u8>, String)> = Vec::new();
    let mut pdfs = Vec::new();
    for (o, cards, what) in outputs {
        if cards.is_empty() {
            continue;
        }
        if o.ext == "pdf" {
            if o.path.symlink_metadata().is_ok() {
                return Err(o.exists());
            }
            pdfs.push((o, cards));
        } else {
            files.extend(card_files(cards, o, (ecc, size), &kid, what)?);
        }
    }
    if let Some((p, ..)) = files.iter().find(|(p, ..)| p.symlink_metadata().is_ok()) {
        return Err(Failure::usage(format!("{} already exists", p.display()))
            .hint("choose another --out name, or remove the old file first"));
    }
    for (path, bytes, said) in files {
        ephr::files::write_private(&path, &bytes, ephr::files::Existing::Refuse)?;
        eprintln!("{said} -> {}", path.display());
    }
    for (o, cards) in pdfs {
        booklet::write_issued(cards, ecc, &o.path, lang, &kid)?;
    }
    Ok(EXIT_OK)
}

/// Where `issue` writes cards, and in which form (the file name's extension).
struct CardOut {
    path: PathBuf,
    ext: String,
}

impl CardOut {
    fn new(path: &Path, flag: &str) -> Result<Self> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if !["txt", "png", "svg", "pdf"].contains(&ext.as_str()) {
            return Err(
                Failure::usage(format!("{}: unknown output type", path.display())).hint(format!(
                    "use a file name ending in .txt, .png, .svg or .pdf for {flag}"
                )),
            );
        }
        Ok(Self {
            path: path.to_path_buf(),
            ext,
        })
    }

    fn exists(&self) -> Failure {
        Failure::usage(format!("{} already exists", self.path.display()))
            .hint("choose another --out name, or remove the old file first")
    }
}

/// The files of `cards` in the form `out` asks for (.txt: one file of PHR1 lines; .png or .svg:
/// one QR code a card), each with what to say once it is written.
fn card_files(
    cards: &[ephr::IssuedCard],
    out: &CardOut,
    (ecc, size): (Ecc, &args::ModuleSize),
    kid: &ephr::KeyId,
    what: &str,
) -> Result<Vec<(PathBuf, Vec<u8>, String)>> {
    let part = |c: &ephr::IssuedCard| {
        c.claims().entry.part.map_or(String::new(), |p| {
            format!("part {} of {}, ", p.index, p.count)
        })
    };
    if out.ext == "txt" {
        let text: String = cards.iter().map(|c| format!("{}\n", c.text())).collect();
        let mut said = Vec::new();
        for c in cards {
            said.push(format!(
                "issued {what} {} (key {kid}) for record {} ({}{} characters, QR version {} at level {ecc:?})",
                c.claims().card_id,
                c.claims().entry.record_id,
                part(c),
                c.text().len(),
                qr::encode(c.text(), ecc)?.version(),
            ));
        }
        return Ok(vec![(out.path.clone(), text.into_bytes(), said.join("\n"))]);
    }
    let mut files = Vec::new();
    for (i, card) in cards.iter().enumerate() {
        let code = qr::encode(card.text(), ecc)?;
        let path = if cards.len() > 1 {
            let stem = out.path.file_stem().unwrap_or_default().to_string_lossy();
            out.path
                .with_file_name(format!("{stem}-{}.{}", i + 1, out.ext))
        } else {
            out.path.clone()
        };
        let bytes = match (out.ext.as_str(), size.module_px) {
            ("png", Some(px)) => code.to_png(px, None),
            ("png", None) => {
                code.to_png(qr::module_px_for(size.module_mm, size.dpi), Some(size.dpi))
            }
            (_, Some(px)) => code.to_svg(px).into_bytes(),
            (_, None) => code.to_svg_mm(size.module_mm).into_bytes(),
        };
        let printed = match size.module_px {
            None => format!(
                ", {:.0} mm square at {} mm a module",
                code.side_mm(size.module_mm),
                size.module_mm
            ),
            Some(_) => String::new(),
        };
        let said = format!(
            "issued {what} {} (key {kid}) for record {} ({}{} characters, QR version {} at level {ecc:?}{printed})",
            card.claims().card_id,
            card.claims().entry.record_id,
            part(card),
            card.text().len(),
            code.version(),
        );
        files.push((path, bytes, said));
    }
    Ok(files)
}

/// The entry a follow-up follows: the latest valid entry of the one record in `input`,
/// verified at the follow-up's issue time.
fn entry_to_follow(input: &str, trust: &TrustArgs, now: i64) -> Result<ephr::VerifiedCard> {
    let (list, anchor) = load_trust(trust)?;
    if demo::is_demo_anchor(&anchor) {
        eprintln!("{}", demo::DEMO_WARNING);
    }
    let (cands, unreadable) = gather(&[input.to_owned()]);
    if unreadable || cands.is_empty() {
        return Err(
            Failure::usage(format!("--follows {input}: no entry could be read"))
                .hint("give the person's card text, QR image or .phr bundle"),
        );
    }
    let checked: Vec<Checked> = cands.iter().map(|c| c.check(&list, now)).collect();
    ephr::issue::entry_to_follow(checked)
        .map_err(|e| Failure::usage(format!("--follows {input}: {e}")))
}

/// At most `limit + 1` bytes of a file: one more than a caller accepts, so that the library's
/// size check names the limit.
fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>> {
    let mut b = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit as u64 + 1).read_to_end(&mut b))
        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(b)
}

fn read_text(path: &Path) -> Result<String> {
    let mut s = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(input::MAX_TEXT_INPUT).read_to_string(&mut s))
        .map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(s)
}

/// Reads every input; unreadable ones are reported and make the exit status 2.
///
/// Photos of every page of a booklet include pages without a QR code: when other images of the
/// same call held cards, an image with no code is a note, not an unreadable input.
fn gather(inputs: &[String]) -> (Vec<Candidate>, bool) {
    let mut stdin = std::io::stdin().lock();
    let mut all = Vec::new();
    let mut unreadable = false;
    let mut no_code = Vec::new();
    for i in inputs {
        match input::read(i, &mut stdin) {
            Ok(c) => all.extend(c),
            Err(InputError::Qr {
                path,
                source: ephr::qr::QrError::NotFound { .. },
            }) if inputs.len() > 1 => no_code.push(path),
            Err(e) => {
                eprintln!("error: {e}");
                unreadable = true;
            }
        }
    }
    if !no_code.is_empty() {
        if all.is_empty() {
            eprintln!(
                "error: no PHR QR code found in {}; photograph the page with the code, flat and in focus",
                no_code.join(", ")
            );
            unreadable = true;
        } else {
            eprintln!(
                "note: no QR code in {} (pages without a code are skipped)",
                no_code.join(", ")
            );
        }
    }
    (all, unreadable)
}

fn load_trust(t: &TrustArgs) -> Result<(TrustList, PublicKey)> {
    let (Some(trust), Some(anchor)) = (&t.trust, &t.anchor) else {
        return Ok(ephr::store::TrustStore::locate()?.load()?);
    };
    let anchor = PublicKey::read(anchor)
        .map_err(|e| Failure::from(e).hint("--anchor must be the trust anchor's .pub.pem file"))?;
    let list = TrustList::read(trust, &anchor)?;
    Ok((list, anchor))
}

/// Opens a list for editing with its anchor key (or, right after an anchor rotation, with the
/// successor's key and the previous anchor's public key: [`TrustList::read_for_edit`] holds the
/// rule), and returns it with the signing key.
fn open_for_edit(e: &args::EditArgs) -> Result<(TrustList, SecretKey)> {
    let key = read_secret_key(&e.anchor_key, &e.sign.pass)?;
    let previous = e
        .previous_anchor
        .as_deref()
        .map(PublicKey::read)
        .transpose()?;
    let list = TrustList::read_for_edit(&e.list, &key.public(), previous.as_ref()).map_err(|err| {
        let rotated = matches!(err, ephr::TrustError::WrongAnchor { .. }) && previous.is_none();
        let f = Failure::from(err);
        if rotated {
            f.hint("if --anchor-key is the successor announced with `ephr trust rotate-anchor`, add --previous-anchor OLD.pub.pem (the anchor that signed LIST)")
        } else {
            f
        }
    })?;
    Ok((list, key))
}

/// Makes the next version ([`TrustList::next_version`]), re-signs it with `key` and writes it
/// back.
fn save_edit(e: &args::EditArgs, mut list: TrustList, key: &SecretKey, what: &str) -> Result<i32> {
    let now = list_time(e.sign.list_time.as_deref())?;
    list.next_version(
        &key.public(),
        now,
        now + i64::from(e.sign.valid_days) * 86_400,
    );
    trust::write_file(&e.list, &list.sign(key))?;
    println!(
        "{what}; {} is now version {}",
        e.list.display(),
        list.sequence
    );
    Ok(EXIT_OK)
}

fn list_time(t: Option<&str>) -> Result<i64> {
    Ok(t.map(|s| instant(s, "--list-time"))
        .transpose()?
        .unwrap_or_else(date::now))
}

fn kid_arg(s: &str) -> Result<ephr::KeyId> {
    ephr::KeyId::from_hex(s).ok_or_else(|| {
        Failure::usage(format!("\"{s}\" is not a key id"))
            .hint("a key id is 16 hex digits, as `ephr trust show` and `ephr decode` print it")
    })
}

/// What a command that verifies cards checks against: the trust list (installed, or
/// `--trust`/`--anchor`), its anchor, the time of the check (`--at` or now) and the list's
/// out-of-date warning, if any.
struct Checking {
    list: TrustList,
    anchor: PublicKey,
    now: i64,
}

/// Loads the trust material and says on standard error what a clinic must know before any
/// result: that the demo anchor is in use (unless `quiet`, for `--json`, which carries it) and
/// that the list is out of date. A stale list must not lock a clinic out (the EU apps' expired
/// lists did): results still come, each with the warning; `--strict` makes staleness a
/// failure, reported here, and then `Ok(None)` is returned.
fn checking(t: &TrustArgs, at: Option<&str>, quiet: bool) -> Result<Option<Checking>> {
    let (list, anchor) = load_trust(t)?;
    let now = at
        .map(|s| instant(s, "--at"))
        .transpose()?
        .unwrap_or_else(date::now);
    if demo::is_demo_anchor(&anchor) && !quiet {
        eprintln!("{}", demo::DEMO_WARNING);
    }
    match list.freshness(now, t.strict) {
        trust::Freshness::Current => {}
        trust::Freshness::Stale(w) => eprintln!("!!! {w}"),
        trust::Freshness::Refused(w) => {
            eprintln!("!!! {w}");
            eprintln!("error: --strict: refusing to verify against an out-of-date trust list");
            return Ok(None);
        }
    }
    Ok(Some(Checking { list, anchor, now }))
}

fn verify(
    inputs: &[String],
    t: &TrustArgs,
    at: Option<&str>,
    json: bool,
    lang: ephr::labels::Lang,
) -> Result<i32> {
    let Some(Checking {
        list, anchor, now, ..
    }) = checking(t, at, json)?
    else {
        return Ok(EXIT_INVALID);
    };
    let (cands, unreadable) = gather(inputs);
    let checked: Vec<Checked> = cands.iter().map(|c| c.check(&list, now)).collect();
    let report = report::VerifyReport::new(checked, &list, &anchor, now, unreadable);
    let mut out = std::io::stdout().lock();
    let _ = if json {
        writeln!(out, "{}", report.to_json())
    } else {
        write!(out, "{}", report.text(lang))
    };
    Ok(report.exit_status())
}

fn exit_code(unreadable: bool, all_valid: bool, none: bool) -> i32 {
    if unreadable || none {
        EXIT_USAGE
    } else if all_valid {
        EXIT_OK
    } else {
        EXIT_INVALID
    }
}

fn decode(inputs: &[String], json: bool, lang: ephr::labels::Lang) -> Result<i32> {
    let (cands, unreadable) = gather(inputs);
    let mut ok = true;
    let mut docs = Vec::new();
    let mut out = std::io::stdout().lock();
    for c in &cands {
        let r = c.parse();
        ok &= r.as_ref().is_ok_and(|u| u.claims_unverified().is_ok());
        if json {
            let mut v = match &r {
                Ok(u) => report::unverified_json(u),
                Err(e) => serde_json::json!({
                    "verified": false,
                    "error": ephr::VerifyError::from(e.clone()).code(),
                    "message": e.to_string(),
                }),
            };
            v["source"] = c.source.clone().into();
            docs.push(v);
        } else {
            let _ = writeln!(out, "── {} ──", c.source);
            let _ = match &r {
                Ok(u) => write!(
                    out,
                    "{}",
                    report::printable(&report::unverified_text(u, lang))
                ),
                Err(e) => write!(out, "{}", report::unreadable_text(e, lang)),
            };
            let _ = writeln!(out);
        }
    }
    if json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&serde_json::Value::Array(docs)).unwrap_or_default()
        );
    }
    Ok(exit_code(unreadable, ok, cands.is_empty()))
}

fn scan(images: &[String]) -> Result<i32> {
    let mut unreadable = false;
    let mut out = std::io::stdout().lock();
    for path in images {
        // A bundle, or a PDF ephr printed, is unpacked to its entries' PHR1 texts, so `scan`
        // output can feed any tool.
        let texts = match read_bundle_texts(path) {
            Some(r) => r,
            None => qr::load_image(&PathBuf::from(path))
                .and_then(|img| qr::scan(&img))
                .map_err(|e| match e {
                    // The I/O error names the file already.
                    ephr::qr::QrError::Io(_) => e.to_string(),
                    e => format!("{path}: {e}"),
                }),
        };
        match texts {
            Ok(texts) => {
                for t in texts {
                    let _ = writeln!(out, "{t}");
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                unreadable = true;
            }
        }
    }
    Ok(if unreadable { EXIT_USAGE } else { EXIT_OK })
}

/// The entries of `path` as PHR1 texts when it is a bundle or a PDF; `None` when it is neither.
fn read_bundle_texts(path: &str) -> Option<std::result::Result<Vec<String>, String>> {
    let mut head = [0u8; ephr::bundle::MAGIC_BYTES.len()];
    std::fs::File::open(path).ok()?.read_exact(&mut head).ok()?;
    if !ephr::bundle::is_bundle(&head) && !ephr::pdf_entries::is_pdf(&head) {
        return None;
    }
    let mut stdin = std::io::empty();
    Some(
        input::read(path, &mut stdin)
            .map(|c| c.iter().map(|c| c.text().into_owned()).collect())
            .map_err(|e| e.to_string()),
    )
}

/// Health data (a booklet, an IPS export, a record): the file is new and readable by its owner
/// only, like a key. An existing file is refused, never replaced: on a shared clinic laptop
/// `booklet.pdf` may be the previous person's booklet.
fn write_private(out: &Path, bytes: &[u8]) -> Result<()> {
    Ok(ephr::files::write_private(
        out,
        bytes,
        ephr::files::Existing::Refuse,
    )?)
}
