//! The site register: what an assessment site issued, and the drafts it has not signed yet.
//!
//! The record travels with the person; the site keeps only what it needs to re-print a lost
//! booklet, to answer "did we issue this card?", and to ask for a card issued in error to be
//! revoked. It is one SQLite file (WAL mode, owner-only, created new, never opened through a
//! symbolic link), and everything in it is deleted after the site's retention period
//! ([`Retention`]), as the storage-limitation rule of GDPR Art. 5(1)(e) and IOM's data
//! protection principles ask.
//!
//! What the register gives back is **not trusted**: a re-print reads the stored card texts as
//! any other input and verifies them against the trust list, so an edited database can make a
//! re-print fail, never make it print something that was not signed.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::IssuedCard;

/// The register's file name in the ephr data directory (beside the trust store).
pub const FILE_NAME: &str = "register.sqlite";

/// How long the register keeps things, in days.
///
/// The defaults: **180 days** for signed entries covers a stay at a reception or
/// identification centre, during which a lost booklet is re-printed on site and a card issued
/// in error is found and revoked; after the person has moved on, the booklet they carry is the
/// record. **14 days** for drafts: a draft is an assessment interrupted (a closed browser, a
/// power cut, a person called away), finished within days or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Days a signed entry is kept after it was issued.
    pub entry_days: u32,
    /// Days a draft is kept after it was last changed.
    pub draft_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            entry_days: 180,
            draft_days: 14,
        }
    }
}

/// Longest retention the register accepts: ten years.
pub const MAX_RETENTION_DAYS: u32 = 3653;
/// Largest draft the register stores (a record's JSON is a few KiB; the limit of a record
/// file is 256 KiB).
pub const MAX_DRAFT_LEN: usize = 256 * 1024;
/// Most rows a listing returns.
pub const MAX_LISTED: usize = 1000;

/// Why the register could not be used.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    /// The path is a symbolic link: the register is never opened through one.
    #[error("{}: is a symbolic link; the register is not opened through a link", .0.display())]
    Symlink(PathBuf),
    /// The file is readable by other users.
    #[error("{}: readable by other users (mode {mode:o}); run `chmod 600` on it", path.display())]
    Readable {
        /// The file.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// The file system or SQLite refused.
    #[error("register {}: {source}", path.display())]
    Open {
        /// The file.
        path: PathBuf,
        /// What SQLite or the file system said.
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A query failed (a damaged file, a full disk).
    #[error("register: {0}")]
    Sql(#[from] rusqlite::Error),
    /// The file is a database, but not an ephr register, or one of a newer ephr.
    #[error("{}: not an ephr register of this version (schema {found}, this ephr reads {SCHEMA})", path.display())]
    Schema {
        /// The file.
        path: PathBuf,
        /// The schema version found.
        found: i64,
    },
    /// No entry or draft with this id.
    #[error("{0}: not in the register")]
    NotFound(String),
    /// A value outside the register's limits.
    #[error("{0}")]
    Limit(String),
}

/// The schema version this code writes (SQLite's `user_version`).
///
/// 2 added the `operator` table (operators who sign in with their own passphrase); a version-1
/// register gains it when opened.
const SCHEMA: i64 = 2;

const CREATE: &str = "
CREATE TABLE IF NOT EXISTS entry (
    card_id     TEXT PRIMARY KEY,
    record_id   TEXT NOT NULL,
    kid         TEXT NOT NULL,
    authority   TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('core', 'confidential')),
    follows     TEXT,
    issued_at   INTEGER NOT NULL,
    operator    TEXT NOT NULL,
    name        TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entry_record ON entry (record_id);
CREATE INDEX IF NOT EXISTS entry_issued ON entry (issued_at);
CREATE TABLE IF NOT EXISTS draft (
    id          TEXT PRIMARY KEY,
    operator    TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    follows     TEXT,
    json        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS setting (
    key         TEXT PRIMARY KEY,
    value       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS operator (
    name        TEXT PRIMARY KEY,
    salt        BLOB NOT NULL,
    hash        BLOB NOT NULL,
    added_at    INTEGER NOT NULL
);
";

/// One signed entry the site issued.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RegisteredEntry {
    /// The card id printed on the booklet.
    pub card_id: String,
    /// The person's record id, shared by all their entries.
    pub record_id: String,
    /// The signing key's id.
    pub kid: String,
    /// The issuing authority.
    pub authority: String,
    /// `core` or `confidential`.
    pub kind: String,
    /// The card id of the entry this one follows, when it is a follow-up the site saw.
    pub follows: Option<String>,
    /// When it was signed, POSIX seconds.
    pub issued_at: i64,
    /// Who signed it at the station, or `cli` for `ephr issue`.
    pub operator: String,
    /// The names recorded on it, for finding it again (empty for a pseudonymous record).
    pub name: String,
    /// The card's PHR1 text.
    pub text: String,
}

/// A draft: an assessment not yet signed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Draft {
    /// Its id (16 hex digits).
    pub id: String,
    /// The operator who started it; only they see it.
    pub operator: String,
    /// POSIX seconds.
    pub created_at: i64,
    /// POSIX seconds.
    pub updated_at: i64,
    /// For a follow-up: the PHR1 text of the entry it follows.
    pub follows: Option<String>,
    /// The record as JSON (the format of `ephr template`), possibly incomplete.
    pub json: String,
}

/// What a purge deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Purged {
    /// Signed entries past their retention.
    pub entries: usize,
    /// Drafts past theirs.
    pub drafts: usize,
}

/// The register file, open.
pub struct Register {
    conn: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Register {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Register")
            .field("path", &self.path)
            .finish()
    }
}

impl Register {
    /// The register in the ephr data directory (`$EPHR_HOME`, `$XDG_DATA_HOME/ephr` or
    /// `~/.local/share/ephr`, as the trust store).
    pub fn default_path() -> Result<PathBuf, crate::TrustError> {
        Ok(crate::store::TrustStore::locate()?.dir().join(FILE_NAME))
    }

    /// Opens the register at `path`, creating it (mode 0600, and its directory 0700) if it does
    /// not exist.
    pub fn open(path: &Path) -> Result<Self, RegisterError> {
        let open_err = |source: Box<dyn std::error::Error + Send + Sync>| RegisterError::Open {
            path: path.to_owned(),
            source,
        };
        match path.symlink_metadata() {
            Ok(m) if m.file_type().is_symlink() => {
                return Err(RegisterError::Symlink(path.to_owned()));
            }
            Ok(m) => {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = m.permissions().mode() & 0o777;
                    if mode & 0o077 != 0 {
                        return Err(RegisterError::Readable {
                            path: path.to_owned(),
                            mode,
                        });
                    }
                }
                #[cfg(not(unix))]
                let _ = m;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    create_private_dir(dir).map_err(|e| open_err(e.into()))?;
                }
                // Created empty and owner-only before SQLite sees it: SQLite gives its WAL and
                // shared-memory files the database file's permissions.
                crate::files::write_private(path, b"", crate::files::Existing::Refuse)
                    .map_err(|e| open_err(e.into()))?;
            }
            Err(e) => return Err(open_err(e.into())),
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NOFOLLOW
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_err(e.into()))?;
        // Two station threads (or the station and the command line) may write at once.
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > SCHEMA {
            return Err(RegisterError::Schema {
                path: path.to_owned(),
                found,
            });
        }
        let wal: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !wal.eq_ignore_ascii_case("wal") {
            return Err(open_err(format!("cannot use WAL mode (got {wal})").into()));
        }
        // The WAL commits survive a power cut up to the last checkpointed transaction with
        // NORMAL; FULL syncs every commit, which a draft saved as someone types needs.
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
        if found == 0 {
            let tables: i64 = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )?;
            if tables > 0 {
                return Err(RegisterError::Schema {
                    path: path.to_owned(),
                    found,
                });
            }
        }
        if found < SCHEMA {
            // Every table is `IF NOT EXISTS`: creating them again adds what a newer schema has.
            conn.execute_batch(CREATE)?;
            conn.execute_batch(&format!("PRAGMA user_version = {SCHEMA}"))?;
        }
        Ok(Self {
            conn,
            path: path.to_owned(),
        })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The retention the site set, or the defaults.
    pub fn retention(&self) -> Result<Retention, RegisterError> {
        let get = |k: &str| -> Result<Option<u32>, RegisterError> {
            let v: Option<i64> = self
                .conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [k], |r| {
                    r.get(0)
                })
                .optional()?;
            Ok(v.and_then(|v| u32::try_from(v).ok()))
        };
        let d = Retention::default();
        Ok(Retention {
            entry_days: get("entry_days")?.unwrap_or(d.entry_days),
            draft_days: get("draft_days")?.unwrap_or(d.draft_days),
        })
    }

    /// Sets the retention (1 to [`MAX_RETENTION_DAYS`] days each).
    pub fn set_retention(&self, r: Retention) -> Result<(), RegisterError> {
        for (what, days) in [("entries", r.entry_days), ("drafts", r.draft_days)] {
            if !(1..=MAX_RETENTION_DAYS).contains(&days) {
                return Err(RegisterError::Limit(format!(
                    "retention of {what}: {days} days; give 1 to {MAX_RETENTION_DAYS}"
                )));
            }
        }
        let tx = self.conn.unchecked_transaction()?;
        for (k, v) in [("entry_days", r.entry_days), ("draft_days", r.draft_days)] {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![k, v],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records cards just signed with the key `kid`. `follows` is the card id of the entry they follow, when the
    /// site saw it; `operator` is who signed them.
    pub fn record_issued(
        &self,
        cards: &[&IssuedCard],
        kid: &crate::KeyId,
        follows: Option<&str>,
        operator: &str,
    ) -> Result<(), RegisterError> {
        let tx = self.conn.unchecked_transaction()?;
        for c in cards {
            let claims = c.claims();
            tx.execute(
                "INSERT INTO entry (card_id, record_id, kid, authority, kind, follows, issued_at, operator, name, text)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    claims.card_id.to_string(),
                    claims.entry.record_id.to_string(),
                    kid.to_string(),
                    claims.issuer,
                    if claims.entry.confidential { "confidential" } else { "core" },
                    follows,
                    claims.issued_at,
                    operator,
                    search_name(&claims.entry.record.patient),
                    c.text(),
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The most recent entries first, at most `limit` (and at most [`MAX_LISTED`]).
    pub fn list(&self, limit: usize) -> Result<Vec<RegisteredEntry>, RegisterError> {
        self.entries(
            "SELECT * FROM entry ORDER BY issued_at DESC, card_id LIMIT ?1",
            params![limit.min(MAX_LISTED) as i64],
        )
    }

    /// Entries found by what a health worker has: a card id (or its first 8 or more hex
    /// digits), a record id, or a part of a recorded name (either script, any case).
    pub fn find(&self, query: &str) -> Result<Vec<RegisteredEntry>, RegisterError> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(vec![]);
        }
        let hex = q.len() >= 8 && q.bytes().all(|b| b.is_ascii_hexdigit());
        if hex {
            let prefix = format!("{}%", q.to_ascii_lowercase());
            return self.entries(
                "SELECT * FROM entry WHERE card_id LIKE ?1 OR record_id LIKE ?1
                 ORDER BY issued_at DESC, card_id LIMIT ?2",
                params![prefix, MAX_LISTED as i64],
            );
        }
        let words: Vec<String> = fold(q).split_whitespace().map(str::to_owned).collect();
        let all = self.entries(
            "SELECT * FROM entry WHERE name != '' ORDER BY issued_at DESC, card_id",
            [],
        )?;
        Ok(all
            .into_iter()
            .filter(|e| words.iter().all(|w| e.name.contains(w.as_str())))
            .take(MAX_LISTED)
            .collect())
    }

    /// One entry, by its full card id.
    pub fn entry(&self, card_id: &str) -> Result<RegisteredEntry, RegisterError> {
        self.entries(
            "SELECT * FROM entry WHERE card_id = ?1",
            params![card_id.to_ascii_lowercase()],
        )?
        .pop()
        .ok_or_else(|| RegisterError::NotFound(card_id.to_owned()))
    }

    /// Every entry of a person's record the site issued, oldest first: what a re-print of their
    /// booklet prints.
    pub fn record_entries(&self, record_id: &str) -> Result<Vec<RegisteredEntry>, RegisterError> {
        self.entries(
            "SELECT * FROM entry WHERE record_id = ?1 ORDER BY issued_at, card_id",
            params![record_id],
        )
    }

    fn entries(
        &self,
        sql: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<RegisteredEntry>, RegisterError> {
        let mut st = self.conn.prepare(sql)?;
        let rows = st.query_map(p, |r| {
            Ok(RegisteredEntry {
                card_id: r.get("card_id")?,
                record_id: r.get("record_id")?,
                kid: r.get("kid")?,
                authority: r.get("authority")?,
                kind: r.get("kind")?,
                follows: r.get("follows")?,
                issued_at: r.get("issued_at")?,
                operator: r.get("operator")?,
                name: r.get("name")?,
                text: r.get("text")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes what is past its retention at `now`, and gives the space back to the file
    /// system, so that deleted health data does not linger in free pages.
    pub fn purge(&self, now: i64) -> Result<Purged, RegisterError> {
        let r = self.retention()?;
        let day = 86_400i64;
        let tx = self.conn.unchecked_transaction()?;
        let entries = tx.execute(
            "DELETE FROM entry WHERE issued_at < ?1",
            params![now - i64::from(r.entry_days) * day],
        )?;
        let drafts = tx.execute(
            "DELETE FROM draft WHERE updated_at < ?1",
            params![now - i64::from(r.draft_days) * day],
        )?;
        tx.commit()?;
        if entries + drafts > 0 {
            self.conn
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); VACUUM;")?;
        }
        Ok(Purged { entries, drafts })
    }

    /// Saves a draft: a new one when `id` is `None`, else the operator's own draft `id`
    /// (another operator's draft is never overwritten: it is [`RegisterError::NotFound`] to
    /// them). Returns the draft's id.
    pub fn save_draft(
        &self,
        id: Option<&str>,
        operator: &str,
        json: &str,
        follows: Option<&str>,
        now: i64,
    ) -> Result<String, RegisterError> {
        if json.len() > MAX_DRAFT_LEN {
            return Err(RegisterError::Limit(format!(
                "the draft is {} bytes; the register keeps drafts of up to {MAX_DRAFT_LEN}",
                json.len()
            )));
        }
        match id {
            None => {
                let id = crate::CardId::random()
                    .map_err(|e| RegisterError::Limit(format!("no random id: {e}")))?
                    .to_string();
                self.conn.execute(
                    "INSERT INTO draft (id, operator, created_at, updated_at, follows, json)
                     VALUES (?1, ?2, ?3, ?3, ?4, ?5)",
                    params![id, operator, now, follows, json],
                )?;
                Ok(id)
            }
            Some(id) => {
                let n = self.conn.execute(
                    "UPDATE draft SET json = ?1, updated_at = ?2 WHERE id = ?3 AND operator = ?4",
                    params![json, now, id, operator],
                )?;
                if n == 0 {
                    return Err(RegisterError::NotFound(format!("draft {id}")));
                }
                Ok(id.to_owned())
            }
        }
    }

    /// The operator's draft `id`.
    pub fn draft(&self, id: &str, operator: &str) -> Result<Draft, RegisterError> {
        self.drafts_where("id = ?1 AND operator = ?2", params![id, operator])?
            .pop()
            .ok_or_else(|| RegisterError::NotFound(format!("draft {id}")))
    }

    /// The operator's drafts, the most recently changed first.
    pub fn drafts(&self, operator: &str) -> Result<Vec<Draft>, RegisterError> {
        self.drafts_where("operator = ?1", params![operator])
    }

    fn drafts_where(
        &self,
        cond: &str,
        p: impl rusqlite::Params,
    ) -> Result<Vec<Draft>, RegisterError> {
        let mut st = self.conn.prepare(&format!(
            "SELECT * FROM draft WHERE {cond} ORDER BY updated_at DESC, id LIMIT {MAX_LISTED}"
        ))?;
        let rows = st.query_map(p, |r| {
            Ok(Draft {
                id: r.get("id")?,
                operator: r.get("operator")?,
                created_at: r.get("created_at")?,
                updated_at: r.get("updated_at")?,
                follows: r.get("follows")?,
                json: r.get("json")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes the operator's draft `id` (after it was signed, or when abandoned).
    pub fn delete_draft(&self, id: &str, operator: &str) -> Result<(), RegisterError> {
        let n = self.conn.execute(
            "DELETE FROM draft WHERE id = ?1 AND operator = ?2",
            params![id, operator],
        )?;
        if n == 0 {
            return Err(RegisterError::NotFound(format!("draft {id}")));
        }
        Ok(())
    }
}

/// Operators who sign in to an issuing station with their own passphrase. When the register
/// has any, the station accepts no one else, and the name it records with each entry is one
/// that proved itself; with none, anyone with the station's access code signs in under the name
/// they type.
impl Register {
    /// Adds an operator, whose passphrase is kept only as a salted scrypt hash.
    pub fn add_operator(
        &self,
        name: &str,
        passphrase: &crate::keys::Passphrase,
        now: i64,
    ) -> Result<String, RegisterError> {
        let name = operator_name(name).ok_or_else(|| {
            RegisterError::Limit("an operator's name is 1 to 60 printable characters".to_owned())
        })?;
        if passphrase.char_count() < MIN_OPERATOR_PASSPHRASE {
            return Err(RegisterError::Limit(format!(
                "an operator's passphrase has at least {MIN_OPERATOR_PASSPHRASE} characters"
            )));
        }
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt)
            .map_err(|e| RegisterError::Limit(format!("no random source: {e}")))?;
        let hash = operator_hash(passphrase.expose(), &salt);
        let added = self.conn.execute(
            "INSERT OR IGNORE INTO operator (name, salt, hash, added_at) VALUES (?1, ?2, ?3, ?4)",
            params![name, &salt[..], &hash[..], now],
        )?;
        if added == 0 {
            return Err(RegisterError::Limit(format!(
                "operator {name} already exists; remove them first to set a new passphrase"
            )));
        }
        Ok(name)
    }

    /// Removes an operator (what they signed stays in the register, under their name).
    pub fn remove_operator(&self, name: &str) -> Result<(), RegisterError> {
        let n = self
            .conn
            .execute("DELETE FROM operator WHERE name = ?1", params![name])?;
        if n == 0 {
            return Err(RegisterError::NotFound(format!("operator {name}")));
        }
        Ok(())
    }

    /// The operators' names, sorted.
    pub fn operators(&self) -> Result<Vec<String>, RegisterError> {
        let mut q = self
            .conn
            .prepare("SELECT name FROM operator ORDER BY name")?;
        let rows = q.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// True when operators must sign in with their own passphrase: the register lists some.
    /// A register that cannot be read counts as listing some, so that a fault never lets the
    /// shared access code in.
    pub fn requires_operator_passphrase(&self) -> bool {
        self.operators().map(|o| !o.is_empty()).unwrap_or(true)
    }

    /// True when `name` is an operator and `passphrase` is theirs. An unknown name costs the
    /// same scrypt work as a known one, so the answer's time does not tell which names exist.
    pub fn check_operator(&self, name: &str, passphrase: &str) -> Result<bool, RegisterError> {
        let row: Option<(Vec<u8>, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT salt, hash FROM operator WHERE name = ?1",
                params![name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (salt, want) = row.unwrap_or_else(|| (vec![0; 16], vec![0xff; 32]));
        let got = operator_hash(passphrase, &salt);
        let same: bool = subtle::ConstantTimeEq::ct_eq(got.as_slice(), want.as_slice()).into();
        Ok(same && want != [0xff; 32])
    }
}

/// Operators' passphrases have at least this many characters.
pub const MIN_OPERATOR_PASSPHRASE: usize = 8;

/// scrypt with N = 2^15, r = 8, p = 1 (32 MiB, about 0.1 s here): a stolen register does not
/// give the passphrases away cheaply, and a sign-in is not slowed noticeably.
fn operator_hash(passphrase: &str, salt: &[u8]) -> zeroize::Zeroizing<[u8; 32]> {
    let mut out = zeroize::Zeroizing::new([0u8; 32]);
    let params = scrypt::Params::new(15, 8, 1).expect("valid scrypt parameters");
    scrypt::scrypt(passphrase.as_bytes(), salt, &params, &mut out[..])
        .expect("32 bytes is a valid scrypt output length");
    out
}

/// An operator's name as typed: 1 to 60 characters once white space is collapsed, printable,
/// with no invisible formatting characters (it is stored with every entry they sign).
pub fn operator_name(typed: &str) -> Option<String> {
    let name = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let ok = (1..=60).contains(&name.chars().count())
        && name
            .chars()
            .all(|c| !c.is_control() && !crate::record::is_hidden_format(c));
    ok.then_some(name)
}

/// The names of a patient, folded for search: both scripts, lower case, one space apart.
fn search_name(p: &crate::record::Patient) -> String {
    let names: Vec<String> = [&p.name, &p.name_latin]
        .into_iter()
        .flatten()
        .map(|n| n.full())
        .collect();
    fold(&names.join(" "))
}

fn fold(s: &str) -> String {
    s.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IssueOptions, Issuer, Record, SecretKey};
    use std::os::unix::fs::PermissionsExt;

    // 2027-05-10: 181 days before is after the reference record's visit.
    const T: i64 = 1_810_000_000;

    fn card(json: &str, at: i64) -> IssuedCard {
        let record = Record::from_json(json).unwrap();
        let issuer = Issuer::new(SecretKey::from_seed(&[3; 32]), "GR-TEST").unwrap();
        issuer
            .issue(
                &record,
                &IssueOptions {
                    issued_at: at,
                    ..Default::default()
                },
            )
            .unwrap()
    }

    fn kid() -> crate::KeyId {
        SecretKey::from_seed(&[3; 32]).public().kid()
    }

    fn reference() -> String {
        std::fs::read_to_string("fixtures/records/reference-full.json").unwrap()
    }

    #[test]
    fn created_owner_only_in_wal_mode_and_reopened() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sub/register.sqlite");
        let r = Register::open(&p).unwrap();
        let c = card(&reference(), T);
        r.record_issued(&[&c], &kid(), None, "nurse-eleni").unwrap();
        drop(r);
        for f in [
            "register.sqlite",
            "register.sqlite-wal",
            "register.sqlite-shm",
        ] {
            let f = d.path().join("sub").join(f);
            if f.exists() {
                let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{}", f.display());
            }
        }
        let dir_mode = std::fs::metadata(d.path().join("sub"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
        let r = Register::open(&p).unwrap();
        let mode: String = r
            .conn
            .query_row("PRAGMA journal_mode", [], |x| x.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let e = r.entry(&c.claims().card_id.to_string()).unwrap();
        assert_eq!(e.text, c.text());
        assert_eq!(e.operator, "nurse-eleni");
        assert_eq!(e.kind, "core");
        assert_eq!(e.authority, "GR-TEST");
        assert_eq!(
            e.kid,
            SecretKey::from_seed(&[3; 32]).public().kid().to_string()
        );
    }

    #[test]
    fn refuses_a_link_a_readable_file_and_a_foreign_database() {
        let d = tempfile::tempdir().unwrap();
        let real = d.path().join("real.sqlite");
        Register::open(&real).unwrap();
        let link = d.path().join("link.sqlite");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        assert!(matches!(
            Register::open(&link),
            Err(RegisterError::Symlink(_))
        ));
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o644)).unwrap();
        let e = Register::open(&real).unwrap_err();
        assert!(
            matches!(e, RegisterError::Readable { mode: 0o644, .. }),
            "{e}"
        );
        assert!(e.to_string().contains("chmod 600"));

        let other = d.path().join("other.sqlite");
        crate::files::write_private(&other, b"", crate::files::Existing::Refuse).unwrap();
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        let e = Register::open(&other).unwrap_err();
        assert!(matches!(e, RegisterError::Schema { found: 0, .. }), "{e}");
        let newer = d.path().join("newer.sqlite");
        crate::files::write_private(&newer, b"", crate::files::Existing::Refuse).unwrap();
        Connection::open(&newer)
            .unwrap()
            .execute_batch("PRAGMA user_version = 9")
            .unwrap();
        assert!(matches!(
            Register::open(&newer),
            Err(RegisterError::Schema { found: 9, .. })
        ));
        let text = d.path().join("notes.txt");
        crate::files::write_private(
            &text,
            b"not a database at all, just words",
            crate::files::Existing::Refuse,
        )
        .unwrap();
        assert!(Register::open(&text).is_err());
    }

    #[test]
    fn found_by_card_id_prefix_record_id_and_name_in_either_script() {
        let d = tempfile::tempdir().unwrap();
        let r = Register::open(&d.path().join("r.sqlite")).unwrap();
        let c = card(&reference(), T);
        r.record_issued(&[&c], &kid(), None, "op").unwrap();
        let id = c.claims().card_id.to_string();
        assert_eq!(r.find(&id[..8]).unwrap().len(), 1);
        assert_eq!(r.find(&id.to_uppercase()).unwrap().len(), 1);
        assert_eq!(
            r.find(&c.claims().entry.record_id.to_string())
                .unwrap()
                .len(),
            1
        );
        assert_eq!(r.find("amina al-khalil").unwrap().len(), 1);
        assert_eq!(r.find("  Al-Khalil ").unwrap().len(), 1);
        assert_eq!(r.find("آمنة").unwrap().len(), 1);
        assert!(r.find("Bashir").unwrap().is_empty());
        assert!(r.find("").unwrap().is_empty());
        assert!(r.find("abcdef12").unwrap().is_empty());
        assert!(matches!(
            r.entry("00000000000000000000000000000000"),
            Err(RegisterError::NotFound(_))
        ));
    }

    #[test]
    fn purge_keeps_what_is_inside_retention_and_deletes_the_rest() {
        let d = tempfile::tempdir().unwrap();
        let r = Register::open(&d.path().join("r.sqlite")).unwrap();
        assert_eq!(r.retention().unwrap(), Retention::default());
        let day = 86_400;
        let old = card(&reference(), T - 181 * day);
        let recent = card(&reference(), T - 179 * day);
        r.record_issued(&[&old, &recent], &kid(), None, "op")
            .unwrap();
        r.save_draft(None, "op", "{}", None, T - 15 * day).unwrap();
        let kept = r.save_draft(None, "op", "{}", None, T - 13 * day).unwrap();
        assert_eq!(
            r.purge(T).unwrap(),
            Purged {
                entries: 1,
                drafts: 1
            }
        );
        assert_eq!(r.list(10).unwrap().len(), 1);
        assert_eq!(
            r.list(10).unwrap()[0].card_id,
            recent.claims().card_id.to_string()
        );
        assert_eq!(r.drafts("op").unwrap()[0].id, kept);
        assert_eq!(r.purge(T).unwrap(), Purged::default());

        r.set_retention(Retention {
            entry_days: 30,
            draft_days: 1,
        })
        .unwrap();
        assert_eq!(
            r.purge(T).unwrap(),
            Purged {
                entries: 1,
                drafts: 1
            }
        );
        for bad in [0, MAX_RETENTION_DAYS + 1] {
            let e = r
                .set_retention(Retention {
                    entry_days: bad,
                    draft_days: 1,
                })
                .unwrap_err();
            assert!(matches!(e, RegisterError::Limit(_)), "{e}");
        }
    }

    #[test]
    fn operators_never_see_or_overwrite_each_others_drafts() {
        let d = tempfile::tempdir().unwrap();
        let r = Register::open(&d.path().join("r.sqlite")).unwrap();
        let a = r.save_draft(None, "anna", r#"{"a":1}"#, None, T).unwrap();
        let b = r
            .save_draft(None, "boris", r#"{"b":1}"#, Some("PHR1:X"), T)
            .unwrap();
        assert_ne!(a, b);
        assert!(matches!(
            r.save_draft(Some(&a), "boris", "{}", None, T + 1),
            Err(RegisterError::NotFound(_))
        ));
        assert!(matches!(
            r.draft(&a, "boris"),
            Err(RegisterError::NotFound(_))
        ));
        assert!(matches!(
            r.delete_draft(&a, "boris"),
            Err(RegisterError::NotFound(_))
        ));
        assert_eq!(r.draft(&a, "anna").unwrap().json, r#"{"a":1}"#);
        r.save_draft(Some(&a), "anna", r#"{"a":2}"#, None, T + 5)
            .unwrap();
        let got = r.draft(&a, "anna").unwrap();
        assert_eq!(
            (got.json.as_str(), got.created_at, got.updated_at),
            (r#"{"a":2}"#, T, T + 5)
        );
        assert_eq!(
            r.drafts("boris").unwrap()[0].follows.as_deref(),
            Some("PHR1:X")
        );
        let big = "x".repeat(MAX_DRAFT_LEN + 1);
        assert!(matches!(
            r.save_draft(None, "anna", &big, None, T),
            Err(RegisterError::Limit(_))
        ));
        r.delete_draft(&a, "anna").unwrap();
        assert!(r.drafts("anna").unwrap().is_empty());
    }

    #[test]
    fn a_draft_survives_a_process_that_never_closed_the_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("r.sqlite");
        let r = Register::open(&p).unwrap();
        let id = r
            .save_draft(None, "anna", r#"{"x":true}"#, None, T)
            .unwrap();
        // A killed process runs no destructor: the WAL is left as it is.
        std::mem::forget(r);
        let again = Register::open(&p).unwrap();
        assert_eq!(again.draft(&id, "anna").unwrap().json, r#"{"x":true}"#);
    }

    #[test]
    fn operators_sign_in_with_their_own_passphrase_only() {
        let d = tempfile::tempdir().unwrap();
        let r = Register::open(&d.path().join("r.sqlite")).unwrap();
        assert!(r.operators().unwrap().is_empty());
        assert!(!r.requires_operator_passphrase());
        let pass = crate::Passphrase::new("correct horse").unwrap();
        assert_eq!(
            r.add_operator("  Anna\tPetrova ", &pass, T).unwrap(),
            "Anna Petrova"
        );
        assert_eq!(r.operators().unwrap(), ["Anna Petrova"]);
        assert!(r.requires_operator_passphrase());
        assert!(r.check_operator("Anna Petrova", "correct horse").unwrap());
        assert!(!r.check_operator("Anna Petrova", "correct horsE").unwrap());
        assert!(!r.check_operator("Anna Petrova", "").unwrap());
        assert!(!r.check_operator("Boris", "correct horse").unwrap());
        // Refusals: the same name again, a short passphrase, a name of invisible characters.
        assert!(matches!(
            r.add_operator("Anna Petrova", &pass, T),
            Err(RegisterError::Limit(_))
        ));
        let short = crate::Passphrase::new("1234567").unwrap();
        assert!(matches!(
            r.add_operator("Boris", &short, T),
            Err(RegisterError::Limit(_))
        ));
        assert!(matches!(
            r.add_operator("\u{200b}", &pass, T),
            Err(RegisterError::Limit(_))
        ));
        // The passphrase is not stored: only a salt and a 32-byte hash.
        let (salt, hash): (Vec<u8>, Vec<u8>) = r
            .conn
            .query_row("SELECT salt, hash FROM operator", [], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .unwrap();
        assert_eq!((salt.len(), hash.len()), (16, 32));
        let text = std::fs::read(r.path()).unwrap();
        assert!(!text.windows(13).any(|w| w == b"correct horse"));
        r.remove_operator("Anna Petrova").unwrap();
        assert!(!r.check_operator("Anna Petrova", "correct horse").unwrap());
        assert!(matches!(
            r.remove_operator("Anna Petrova"),
            Err(RegisterError::NotFound(_))
        ));
    }

    #[test]
    fn a_version_1_register_gains_the_operator_table() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("r.sqlite");
        {
            let c = Connection::open(&p).unwrap();
            // Version 1: every table but `operator`.
            let v1: String = CREATE
                .split("CREATE TABLE IF NOT EXISTS operator")
                .next()
                .unwrap()
                .to_owned();
            c.execute_batch(&v1).unwrap();
            c.execute_batch("PRAGMA user_version = 1").unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let r = Register::open(&p).unwrap();
        assert!(r.operators().unwrap().is_empty());
        let v: i64 = r
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA);
    }
}
