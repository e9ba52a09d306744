//! `ephr register`: the site register of issued entries (the library's `register`).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use ephr::register::{Register, Retention};
use ephr::revocation::RevocationRequest;

use ephr::{Passphrase, date, input};

use super::args::KeyPassphrase;
use super::booklet::{self, PrintArgs};
use super::{EXIT_OK, Failure, Result, instant, read_secret_key, write_private};

/// `ephr register` arguments.
#[derive(Args, Debug)]
pub struct RegisterArgs {
    /// The register file. Default: register.sqlite in the ephr data directory ($EPHR_HOME,
    /// $XDG_DATA_HOME/ephr or ~/.local/share/ephr), where `ephr station --issue` keeps it.
    #[arg(long, value_name = "FILE", global = true)]
    pub register: Option<PathBuf>,
    #[command(subcommand)]
    pub command: RegisterCommand,
}

/// What to do with the register.
#[derive(Subcommand, Debug)]
pub enum RegisterCommand {
    /// The entries issued here, the most recent first.
    List {
        /// How many.
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
        /// One JSON document (without the card texts).
        #[arg(long)]
        json: bool,
    },
    /// Find entries by card id (8 or more hex digits), record id, or part of a recorded name.
    Show {
        /// Card id, record id, or name.
        query: String,
        /// Also print each card's PHR1 text.
        #[arg(long)]
        text: bool,
    },
    /// Print a lost booklet again: every entry of the person's record issued here, verified
    /// against the trust list as any other input.
    Reprint {
        /// A card id, a record id or a name that finds one person.
        query: String,
        #[command(flatten)]
        print: PrintArgs,
    },
    /// Delete entries and drafts older than the retention period.
    Purge {
        /// Purge as of this time (RFC 3339 or YYYY-MM-DD) instead of now.
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
    },
    /// Show or set how long the register keeps entries and drafts.
    Retention {
        /// Days a signed entry is kept (default 180).
        #[arg(long, value_name = "DAYS")]
        entries: Option<u32>,
        /// Days an unsigned draft is kept (default 14).
        #[arg(long, value_name = "DAYS")]
        drafts: Option<u32>,
    },
    /// Write a signed request for the trust-list operator to revoke cards issued here in
    /// error. The operator applies it with `ephr trust revoke-card --request FILE`.
    #[command(
        after_help = "Example:\n  ephr register revocation-request 8f3a1c2b4d5e6f70 --key keys/GR-DEMO.key.pem \\\n      --reason \"issued to the wrong person\" --out request.json"
    )]
    RevocationRequest {
        /// Card ids (as printed on the booklet; 8 or more hex digits find one).
        #[arg(value_name = "CARD-ID", required = true)]
        cards: Vec<String>,
        /// The site's private key (the one that signed the cards, or its successor).
        #[arg(long, value_name = "KEY.pem")]
        key: PathBuf,
        #[command(flatten)]
        pass: KeyPassphrase,
        /// Why the cards are to be revoked.
        #[arg(long, value_name = "TEXT")]
        reason: String,
        /// The request file to write.
        #[arg(long, value_name = "FILE.json")]
        out: PathBuf,
    },
    /// The operators who sign in to `ephr station --issue` with their own passphrase. Once the
    /// register has one, the station accepts only them, and records a name that proved itself
    /// with each entry (without any, anyone with the access code signs in under any name).
    #[command(subcommand)]
    Operator(OperatorCommand),
}

/// `ephr register operator …`
#[derive(Subcommand, Debug)]
pub enum OperatorCommand {
    /// Add an operator; their passphrase (8 characters or more) is asked twice on the terminal,
    /// or read from the first line of --passphrase-file. Creates the register if needed.
    Add {
        /// Their name, as the station shows it and the register records it.
        name: String,
        /// File whose first line is the operator's passphrase.
        #[arg(long, value_name = "FILE")]
        passphrase_file: Option<PathBuf>,
    },
    /// The operators' names.
    List,
    /// Remove an operator (what they signed stays in the register under their name).
    Remove {
        /// Their name.
        name: String,
    },
}

fn open(path: Option<PathBuf>) -> Result<Register> {
    let path = match path {
        Some(p) => p,
        None => Register::default_path()
            .map_err(|e| Failure::usage(e).hint("give --register FILE, or set EPHR_HOME"))?,
    };
    if !path.exists() {
        return Err(Failure::usage(format!(
            "{}: no register there yet",
            path.display()
        ))
        .hint("`ephr station --issue` creates it when the first entry is signed; give --register FILE for another one"));
    }
    Register::open(&path).map_err(Failure::usage)
}

fn day(t: i64) -> String {
    date::format_instant(t)
}

pub fn run(a: RegisterArgs) -> Result<i32> {
    match a.command {
        RegisterCommand::List { limit, json } => {
            let r = open(a.register)?;
            let entries = r.list(limit).map_err(Failure::usage)?;
            if json {
                let v: Vec<_> = entries
                    .iter()
                    .map(|e| {
                        serde_json::json!({
                            "card_id": e.card_id, "record_id": e.record_id, "kid": e.kid,
                            "authority": e.authority, "kind": e.kind, "follows": e.follows,
                            "issued_at": day(e.issued_at), "operator": e.operator,
                        })
                    })
                    .collect();
                println!(
                    "{}",
                    serde_json::to_string_pretty(&v).expect("JSON values serialise")
                );
            } else if entries.is_empty() {
                println!("no entries in {}", r.path().display());
            } else {
                println!(
                    "issued                card id           record id         kind          operator"
                );
                for e in &entries {
                    println!(
                        "{:<21} {:<17} {:<17} {:<13} {}",
                        day(e.issued_at),
                        e.card_id,
                        e.record_id,
                        e.kind,
                        e.operator
                    );
                }
            }
            Ok(EXIT_OK)
        }
        RegisterCommand::Show { query, text } => {
            let r = open(a.register)?;
            let found = r.find(&query).map_err(Failure::usage)?;
            if found.is_empty() {
                return Err(Failure::usage(format!("nothing in the register matches \"{query}\""))
                    .hint("give a card id (8 or more hex digits, as printed on the booklet), a record id, or part of a name; `ephr register list` shows the latest entries"));
            }
            for e in &found {
                println!("card {}  ({} entry)", e.card_id, e.kind);
                println!("  record    {}", e.record_id);
                println!(
                    "  issued    {} by {} ({}, key {})",
                    day(e.issued_at),
                    e.operator,
                    e.authority,
                    e.kid
                );
                if let Some(f) = &e.follows {
                    println!("  follows   card {f}");
                }
                if text {
                    println!("  {}", e.text);
                }
            }
            Ok(EXIT_OK)
        }
        RegisterCommand::Reprint { query, print } => {
            let r = open(a.register)?;
            let found = r.find(&query).map_err(Failure::usage)?;
            let mut records: Vec<&str> = found.iter().map(|e| e.record_id.as_str()).collect();
            records.dedup();
            let record = match records.as_slice() {
                [one] => *one,
                [] => {
                    return Err(Failure::usage(format!(
                        "nothing in the register matches \"{query}\""
                    ))
                    .hint("`ephr register list` shows the latest entries"));
                }
                more => {
                    return Err(Failure::usage(format!(
                        "\"{query}\" matches {} people's records",
                        more.len()
                    ))
                    .hint("`ephr register show QUERY` lists them; give a card id"));
                }
            };
            let entries = r.record_entries(record).map_err(Failure::usage)?;
            // The register's texts are read as any other input: verified before printing.
            let cands: Vec<input::Candidate> = entries
                .iter()
                .flat_map(|e| {
                    input::text_candidates(&format!("register card {}", e.card_id), &e.text)
                })
                .collect();
            eprintln!("re-printing {} entries of record {record}", cands.len());
            booklet::print(print, &cands)
        }
        RegisterCommand::Purge { at } => {
            let r = open(a.register)?;
            let now = at
                .map(|s| instant(&s, "--at"))
                .transpose()?
                .unwrap_or_else(date::now);
            let ret = r.retention().map_err(Failure::usage)?;
            let p = r.purge(now).map_err(Failure::usage)?;
            println!(
                "purged {} entries older than {} days and {} drafts older than {} days",
                p.entries, ret.entry_days, p.drafts, ret.draft_days
            );
            Ok(EXIT_OK)
        }
        RegisterCommand::Retention { entries, drafts } => {
            let r = open(a.register)?;
            let mut ret = r.retention().map_err(Failure::usage)?;
            if entries.is_some() || drafts.is_some() {
                ret = Retention {
                    entry_days: entries.unwrap_or(ret.entry_days),
                    draft_days: drafts.unwrap_or(ret.draft_days),
                };
                r.set_retention(ret).map_err(Failure::usage)?;
            }
            println!(
                "entries are kept {} days, drafts {} days (`ephr register purge` deletes older ones; the station purges daily)",
                ret.entry_days, ret.draft_days
            );
            Ok(EXIT_OK)
        }
        RegisterCommand::Operator(c) => operator(a.register, c),
        RegisterCommand::RevocationRequest {
            cards,
            key,
            pass,
            reason,
            out,
        } => {
            let r = open(a.register)?;
            let mut texts = Vec::new();
            let mut authority: Option<String> = None;
            for id in &cards {
                let found: Vec<_> = r
                    .find(id)
                    .map_err(Failure::usage)?
                    .into_iter()
                    .filter(|e| e.card_id.starts_with(&id.to_ascii_lowercase()))
                    .collect();
                let [e] = found.as_slice() else {
                    return Err(Failure::usage(format!(
                        "card id {id}: {} entries in the register match",
                        found.len()
                    ))
                    .hint("give the card id as printed on the booklet (16 hex digits); `ephr register list` shows them"));
                };
                if authority.get_or_insert_with(|| e.authority.clone()) != &e.authority {
                    return Err(Failure::usage(format!(
                        "card {} was issued by {}, the others by {}",
                        e.card_id,
                        e.authority,
                        authority.unwrap_or_default()
                    ))
                    .hint("one request is for one authority's cards"));
                }
                texts.push(e.text.clone());
            }
            let secret = read_secret_key(&key, &pass)?;
            let request = RevocationRequest {
                authority: authority.unwrap_or_default(),
                requested_at: date::now(),
                reason,
                cards: texts,
            };
            let bytes = request.sign(&secret).map_err(Failure::usage)?;
            write_private(&out, &bytes)?;
            eprintln!(
                "revocation request for {} card(s) of {} -> {}\nsend it to the trust-list operator, who applies it with `ephr trust revoke-card --request {}`",
                cards.len(),
                request.authority,
                out.display(),
                out.display()
            );
            Ok(EXIT_OK)
        }
    }
}

fn operator(path: Option<PathBuf>, c: OperatorCommand) -> Result<i32> {
    match c {
        OperatorCommand::Add {
            name,
            passphrase_file,
        } => {
            let path = match path {
                Some(p) => p,
                None => Register::default_path().map_err(|e| {
                    Failure::usage(e).hint("give --register FILE, or set EPHR_HOME")
                })?,
            };
            let pass = match passphrase_file {
                Some(f) => Passphrase::from_file(&f)?,
                None => super::ask_new_passphrase(
                    &format!("Passphrase for {name}: "),
                    "the operator's passphrase is asked on a terminal",
                )?,
            };
            let r = Register::open(&path).map_err(Failure::usage)?;
            let name = r
                .add_operator(&name, &pass, date::now())
                .map_err(Failure::usage)?;
            eprintln!(
                "operator {name} added to {}; the issuing station now signs in only its operators",
                r.path().display()
            );
            Ok(EXIT_OK)
        }
        OperatorCommand::List => {
            let r = open(path)?;
            let names = r.operators().map_err(Failure::usage)?;
            if names.is_empty() {
                println!(
                    "no operators in {}: the issuing station signs in with the access code",
                    r.path().display()
                );
            }
            for n in names {
                println!("{n}");
            }
            Ok(EXIT_OK)
        }
        OperatorCommand::Remove { name } => {
            let r = open(path)?;
            r.remove_operator(&name).map_err(Failure::usage)?;
            eprintln!("operator {name} removed from {}", r.path().display());
            Ok(EXIT_OK)
        }
    }
}
