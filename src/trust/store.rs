//! The local trust store: the trust list a clinic last installed and the anchor it pins.
//!
//! Verification is offline, so this is everything a verifier knows about whom to trust. It lives
//! in `$EPHR_HOME`, else `$XDG_DATA_HOME/ephr`, else `~/.local/share/ephr`, as three files:
//! `anchor.pub.pem` (the pinned anchor), `trust-list.cose` (the installed list) and
//! `installed.state` (the highest list version ever installed here, and that list's digest).
//!
//! Installing refuses to go back: a list with a lower sequence than the highest ever installed
//! would bring back revoked keys and cards (rollback), and a different list with the same
//! sequence means two lists claim the same version. The highest version is kept apart from the
//! list, so an older list that reaches the store by another way (a file copied over
//! `trust-list.cose`, a restored copy of that file) is refused when it is loaded, not believed.
//! A list signed by the successor anchor that the installed list names is accepted, and the
//! successor becomes the pinned anchor (anchor rotation without a manual re-pin).
//!
//! Every file is replaced atomically (a temporary file beside it, then a rename; never written
//! through a symbolic link, see [`crate::files`]), and an installation holds a lock file created
//! with `O_EXCL`, so two installations at once cannot interleave their writes. A damaged store
//! is a [`StoreError`] that names the file and the command that repairs it.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::keys::{KeyError, PublicKey};
use crate::trust::{self, TrustError, TrustList};

const LIST_FILE: &str = "trust-list.cose";
const ANCHOR_FILE: &str = "anchor.pub.pem";
const STATE_FILE: &str = "installed.state";
const LOCK_FILE: &str = "install.lock";
const STATE_HEADER: &str = "ephr trust store 1";
/// The state file is three short lines; anything longer is not one.
const MAX_STATE_LEN: u64 = 1024;

/// How to put a damaged store right: install the current list again.
const REINSTALL: &str =
    "get the current trust list from your health authority and run `ephr trust install LIST`";

/// What is wrong with a trust store, and how to put it right.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Nothing is installed.
    #[error(
        "no trust list is installed in {}; run `ephr trust install LIST --anchor ANCHOR.pub.pem` (or pass --trust and --anchor)",
        .0.display()
    )]
    NotInstalled(PathBuf),
    /// The store's path is not a directory.
    #[error(
        "the trust store {} is not a directory; move that file away, or set EPHR_HOME to another folder",
        .0.display()
    )]
    NotADirectory(PathBuf),
    /// The pinned anchor is missing while the store holds a list.
    #[error(
        "the trust store {} has no pinned anchor ({ANCHOR_FILE} is missing); pin it again with `ephr trust install LIST --anchor ANCHOR.pub.pem`, using the anchor key your health authority published",
        .0.display()
    )]
    AnchorMissing(PathBuf),
    /// The pinned anchor file cannot be read as a key.
    #[error(
        "the pinned trust anchor {} is damaged ({detail}); remove it and pin the anchor again with `ephr trust install LIST --anchor ANCHOR.pub.pem`, using the anchor key your health authority published",
        path.display()
    )]
    AnchorDamaged {
        /// The anchor file.
        path: PathBuf,
        /// What is wrong with it.
        detail: String,
    },
    /// The anchor is pinned but the list file is missing.
    #[error("the installed trust list {} is missing; {REINSTALL}", .0.display())]
    ListMissing(PathBuf),
    /// The list file cannot be opened against the pinned anchor.
    #[error("the installed trust list {} is damaged ({detail}); {REINSTALL}", path.display())]
    ListDamaged {
        /// The list file.
        path: PathBuf,
        /// What is wrong with it.
        detail: String,
    },
    /// The state file cannot be read.
    #[error(
        "the trust store's record of the highest list version installed, {}, is damaged ({detail}); remove it, then {REINSTALL}",
        path.display()
    )]
    StateDamaged {
        /// The state file.
        path: PathBuf,
        /// What is wrong with it.
        detail: String,
    },
    /// The list file is older than a list installed before: it was replaced by another way than
    /// `trust install`.
    #[error(
        "the installed trust list {} is version {found}, but version {highest} was installed here before: the file has been replaced by an older one, which would bring back revoked keys and cards, so it is not used; {REINSTALL}",
        path.display()
    )]
    RolledBack {
        /// The list file.
        path: PathBuf,
        /// The version in the file.
        found: u64,
        /// The highest version installed.
        highest: u64,
    },
    /// The list file has the highest version but is not the list installed under it.
    #[error(
        "the installed trust list {} is version {sequence}, but not the version {sequence} that was installed here: the file has been replaced; {REINSTALL}",
        path.display()
    )]
    Replaced {
        /// The list file.
        path: PathBuf,
        /// Its version.
        sequence: u64,
    },
    /// Another installation holds the lock.
    #[error(
        "another `ephr trust install` is running on {} (lock file {}); wait for it and try again. If none is running (after a crash), remove the lock file",
        dir.display(),
        lock.display()
    )]
    Locked {
        /// The store.
        dir: PathBuf,
        /// The lock file.
        lock: PathBuf,
    },
    /// The file system refused.
    #[error("trust store {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the file system said.
        source: std::io::Error,
    },
}

/// A trust store directory.
#[derive(Debug, Clone)]
pub struct TrustStore {
    dir: PathBuf,
}

/// What an installation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    /// First list in this store, or a list that replaces a damaged one.
    New {
        /// Its sequence.
        sequence: u64,
    },
    /// Replaced an older list.
    Updated {
        /// The sequence that was installed before.
        from: u64,
        /// The new sequence.
        to: u64,
        /// True when the list was signed by the successor anchor, which is now pinned.
        anchor_rotated: bool,
    },
    /// The same list was already installed.
    Unchanged {
        /// Its sequence.
        sequence: u64,
    },
}

/// The highest list version ever installed in a store, and the SHA-256 of that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct State {
    highest: u64,
    digest: [u8; 32],
}

impl State {
    fn of(list: &TrustList, bytes: &[u8]) -> Self {
        Self {
            highest: list.sequence,
            digest: Sha256::digest(bytes).into(),
        }
    }

    fn render(&self) -> String {
        format!(
            "{STATE_HEADER}\nhighest-sequence {}\nsha256 {}\n",
            self.highest,
            hex::encode(self.digest)
        )
    }

    fn parse(text: &str) -> Result<Self, String> {
        let mut lines = text.lines();
        if lines.next() != Some(STATE_HEADER) {
            return Err(format!("it does not start with \"{STATE_HEADER}\""));
        }
        let mut field = |name: &str| {
            lines
                .next()
                .and_then(|l| l.strip_prefix(name))
                .and_then(|v| v.strip_prefix(' '))
                .ok_or_else(|| format!("no {name} line"))
        };
        let highest = field("highest-sequence")?;
        let highest = highest
            .parse()
            .map_err(|_| format!("\"{highest}\" is not a version number"))?;
        let digest = hex::decode(field("sha256")?)
            .ok()
            .and_then(|d| d.try_into().ok())
            .ok_or("the sha256 line is not 64 hex digits")?;
        if lines.next().is_some() {
            return Err("it has more than three lines".into());
        }
        Ok(Self { highest, digest })
    }

    /// Refuses `list` (with these `bytes`) when it is older than the highest version, or is
    /// another list under that version.
    fn admits(&self, list: &TrustList, bytes: &[u8]) -> Result<(), TrustError> {
        if list.sequence < self.highest {
            return Err(TrustError::Rollback {
                installed: self.highest,
                offered: list.sequence,
            });
        }
        if list.sequence == self.highest && <[u8; 32]>::from(Sha256::digest(bytes)) != self.digest {
            return Err(same_version(list.sequence));
        }
        Ok(())
    }
}

fn same_version(sequence: u64) -> TrustError {
    TrustError::Edit(format!(
        "a different list with the same version {sequence} is already installed; ask your health authority which is current"
    ))
}

/// The installation lock: a file created with `O_EXCL`, removed when dropped.
///
/// `std::fs::File::lock` (released by the system even after a crash) needs Rust 1.89 and the
/// crate's MSRV is 1.88; a lock file needs no new dependency, and one left behind by a crash is
/// named in the error with how to remove it.
struct Lock(PathBuf);

impl Lock {
    fn take(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(LOCK_FILE);
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        match o.open(&path) {
            Ok(_) => Ok(Self(path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(StoreError::Locked {
                dir: dir.to_owned(),
                lock: path,
            }),
            Err(source) => Err(StoreError::Io { path, source }),
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl TrustStore {
    /// The store at `dir`.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// The store the environment points at: `$EPHR_HOME`, `$XDG_DATA_HOME/ephr`, or
    /// `~/.local/share/ephr`.
    pub fn locate() -> Result<Self, TrustError> {
        let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
        let dir = env("EPHR_HOME")
            .map(PathBuf::from)
            .or_else(|| env("XDG_DATA_HOME").map(|d| PathBuf::from(d).join("ephr")))
            .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".local/share/ephr")))
            .ok_or_else(|| {
                TrustError::Edit(
                    "no trust store location: set EPHR_HOME (or HOME) or pass --trust and --anchor"
                        .into(),
                )
            })?;
        Ok(Self { dir })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The pinned anchor and the installed list, checked against it and against the highest
    /// version installed before.
    pub fn load(&self) -> Result<(TrustList, PublicKey), TrustError> {
        let state = self.read_state()?;
        let Some(anchor) = self.read_anchor()? else {
            return Err(if state.is_some() || self.path(LIST_FILE).exists() {
                StoreError::AnchorMissing(self.dir.clone())
            } else {
                StoreError::NotInstalled(self.dir.clone())
            }
            .into());
        };
        let (list, bytes) = self.read_list(&anchor)?;
        // A store made before the state file existed has none: its list is all it knows.
        if let Some(s) = state {
            if list.sequence < s.highest {
                return Err(StoreError::RolledBack {
                    path: self.path(LIST_FILE),
                    found: list.sequence,
                    highest: s.highest,
                }
                .into());
            }
            if s.admits(&list, &bytes).is_err() {
                return Err(StoreError::Replaced {
                    path: self.path(LIST_FILE),
                    sequence: list.sequence,
                }
                .into());
            }
        }
        Ok((list, anchor))
    }

    /// Installs a signed list. `anchor` pins an anchor on first use (or when the pinned anchor
    /// file was removed); later it must match the pinned anchor (or be left out). A damaged
    /// installed list is replaced by any list the pinned anchor signed that is not older than the
    /// highest version installed before.
    pub fn install(
        &self,
        bytes: &[u8],
        anchor: Option<&PublicKey>,
    ) -> Result<Installed, TrustError> {
        self.create_dir()?;
        let _lock = Lock::take(&self.dir)?;
        let state = self.read_state()?;
        let Some(pinned) = self.read_anchor()? else {
            let anchor = anchor.ok_or_else(|| {
                TrustError::Edit(
                    "the first installation needs the anchor to pin: --anchor ANCHOR.pub.pem"
                        .into(),
                )
            })?;
            let list = TrustList::open(bytes, anchor)?;
            if let Some(s) = state {
                s.admits(&list, bytes)?;
            }
            self.write(bytes, anchor, &list)?;
            return Ok(Installed::New {
                sequence: list.sequence,
            });
        };
        // The installed list counts only when it is intact and not older than the state says:
        // a damaged or rolled-back list neither names a successor nor blocks its replacement.
        let installed = self
            .read_list(&pinned)
            .ok()
            .filter(|(l, b)| state.is_none_or(|s| s.admits(l, b).is_ok()));
        let successor = installed.as_ref().and_then(|(l, _)| l.successor_anchor);
        if let Some(a) = anchor
            && *a != pinned
            && Some(*a) != successor
        {
            return Err(TrustError::Edit(format!(
                "this store pins anchor {}; --anchor {} is a different key. To trust a new anchor without a rotation announced by the installed list, remove {} first",
                pinned.kid(),
                a.kid(),
                self.path(ANCHOR_FILE).display()
            )));
        }
        let (list, signer) = match TrustList::open(bytes, &pinned) {
            Ok(l) => (l, pinned),
            Err(TrustError::WrongAnchor { found, .. }) => match successor {
                Some(next) if next.kid() == found => (TrustList::open(bytes, &next)?, next),
                _ => {
                    return Err(TrustError::WrongAnchor {
                        found,
                        pinned: pinned.kid(),
                    });
                }
            },
            Err(e) => return Err(e),
        };
        if let Some(s) = state {
            s.admits(&list, bytes)?;
        }
        let Some((current, current_bytes)) = installed else {
            self.write(bytes, &signer, &list)?;
            return Ok(Installed::New {
                sequence: list.sequence,
            });
        };
        if list.sequence < current.sequence {
            return Err(TrustError::Rollback {
                installed: current.sequence,
                offered: list.sequence,
            });
        }
        if list.sequence == current.sequence {
            if current_bytes == bytes {
                if state.is_none() {
                    // A store from before the state file: record what it holds.
                    self.write_state(&State::of(&list, bytes))?;
                }
                return Ok(Installed::Unchanged {
                    sequence: list.sequence,
                });
            }
            return Err(same_version(list.sequence));
        }
        self.write(bytes, &signer, &list)?;
        Ok(Installed::Updated {
            from: current.sequence,
            to: list.sequence,
            anchor_rotated: signer != pinned,
        })
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn io(&self, path: PathBuf, source: std::io::Error) -> StoreError {
        if source.kind() == std::io::ErrorKind::NotADirectory {
            StoreError::NotADirectory(self.dir.clone())
        } else {
            StoreError::Io { path, source }
        }
    }

    fn create_dir(&self) -> Result<(), StoreError> {
        if self.dir.exists() && !self.dir.is_dir() {
            return Err(StoreError::NotADirectory(self.dir.clone()));
        }
        std::fs::create_dir_all(&self.dir).map_err(|e| self.io(self.dir.clone(), e))
    }

    fn read_anchor(&self) -> Result<Option<PublicKey>, StoreError> {
        let path = self.path(ANCHOR_FILE);
        match PublicKey::read(&path) {
            Ok(a) => Ok(Some(a)),
            Err(KeyError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                Ok(None)
            }
            Err(KeyError::Io { source, .. })
                if source.kind() != std::io::ErrorKind::IsADirectory =>
            {
                Err(self.io(path, source))
            }
            Err(e) => Err(StoreError::AnchorDamaged {
                path,
                detail: e.to_string(),
            }),
        }
    }

    fn read_list(&self, anchor: &PublicKey) -> Result<(TrustList, Vec<u8>), StoreError> {
        let path = self.path(LIST_FILE);
        let damaged = |e: TrustError| StoreError::ListDamaged {
            path: path.clone(),
            detail: e.to_string(),
        };
        let bytes = match trust::read_file(&path) {
            Ok(b) => b,
            Err(TrustError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::ListMissing(path));
            }
            Err(e) => return Err(damaged(e)),
        };
        let list = TrustList::open(&bytes, anchor).map_err(damaged)?;
        Ok((list, bytes))
    }

    fn read_state(&self) -> Result<Option<State>, StoreError> {
        let path = self.path(STATE_FILE);
        let damaged = |detail: String| StoreError::StateDamaged {
            path: path.clone(),
            detail,
        };
        let file = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.io(path.clone(), e)),
        };
        let mut text = String::new();
        file.take(MAX_STATE_LEN + 1)
            .read_to_string(&mut text)
            .map_err(|e| damaged(e.to_string()))?;
        if text.len() as u64 > MAX_STATE_LEN {
            return Err(damaged(format!("larger than {MAX_STATE_LEN} bytes")));
        }
        State::parse(&text).map(Some).map_err(damaged)
    }

    fn write_state(&self, state: &State) -> Result<(), TrustError> {
        trust::write_file(&self.path(STATE_FILE), state.render().as_bytes())
    }

    fn write(&self, bytes: &[u8], anchor: &PublicKey, list: &TrustList) -> Result<(), TrustError> {
        // The list first: a crash between the writes leaves the old anchor with a list it cannot
        // open, which is refused loudly, never a new anchor trusting an old list. The state last:
        // a crash before it leaves a lower highest version, which a newer list always passes.
        trust::write_file(&self.path(LIST_FILE), bytes)?;
        trust::write_file(&self.path(ANCHOR_FILE), anchor.to_pem().as_bytes())?;
        self.write_state(&State::of(list, bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::SecretKey;
    use crate::trust::AuthorityKey;

    fn list(seq: u64) -> TrustList {
        let mut l = TrustList::new(1_800_000_000, 1_810_000_000);
        l.add_key(
            "GR-T",
            "T",
            "GR",
            AuthorityKey {
                key: SecretKey::from_seed(&[2; 32]).public(),
                not_before: 0,
                not_after: None,
                revoked: None,
            },
        )
        .unwrap();
        l.sequence = seq;
        l
    }

    #[test]
    fn the_state_file_round_trips_and_refuses_anything_else() {
        let s = State {
            highest: 7,
            digest: [0xab; 32],
        };
        assert_eq!(State::parse(&s.render()), Ok(s));
        let text = s.render();
        for (damaged, why) in [
            (String::new(), "does not start"),
            (
                text.replace("ephr trust store 1", "ephr trust store 2"),
                "does not start",
            ),
            (
                text.replace("highest-sequence 7", "highest-sequence -1"),
                "not a version",
            ),
            (
                text.replace("highest-sequence 7", "highest 7"),
                "no highest-sequence",
            ),
            (text.replace(&"ab".repeat(32), "ab"), "64 hex digits"),
            (
                text.lines().take(2).collect::<Vec<_>>().join("\n"),
                "no sha256",
            ),
            (format!("{text}extra\n"), "more than three"),
        ] {
            let e = State::parse(&damaged).unwrap_err();
            assert!(e.contains(why), "{damaged:?}: {e}");
        }
    }

    #[test]
    fn a_held_lock_refuses_a_second_installation_and_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let lock = Lock::take(dir.path()).unwrap();
        assert!(matches!(
            Lock::take(dir.path()),
            Err(StoreError::Locked { .. })
        ));
        drop(lock);
        assert!(!dir.path().join(LOCK_FILE).exists());
        assert!(Lock::take(dir.path()).is_ok());
    }

    #[test]
    fn install_refuses_rollback_and_follows_rotation() {
        let dir = tempfile::tempdir().unwrap();
        let store = TrustStore::at(dir.path());
        let old = SecretKey::from_seed(&[1; 32]);
        let new = SecretKey::from_seed(&[9; 32]);
        assert!(
            store.install(&list(2).sign(&old), None).is_err(),
            "first install needs an anchor"
        );
        assert_eq!(
            store
                .install(&list(2).sign(&old), Some(&old.public()))
                .unwrap(),
            Installed::New { sequence: 2 }
        );
        assert!(matches!(
            store.install(&list(1).sign(&old), None),
            Err(TrustError::Rollback {
                installed: 2,
                offered: 1
            })
        ));
        assert_eq!(
            store.install(&list(2).sign(&old), None).unwrap(),
            Installed::Unchanged { sequence: 2 }
        );
        // A list signed by an unannounced anchor is refused.
        assert!(matches!(
            store.install(&list(3).sign(&new), None),
            Err(TrustError::WrongAnchor { .. })
        ));
        // Announce the successor, then the successor's list is accepted and pinned.
        let mut t = list(3);
        t.set_successor_anchor(Some(new.public()));
        store.install(&t.sign(&old), None).unwrap();
        assert_eq!(
            store.install(&list(4).sign(&new), None).unwrap(),
            Installed::Updated {
                from: 3,
                to: 4,
                anchor_rotated: true
            }
        );
        let (l, anchor) = store.load().unwrap();
        assert_eq!((l.sequence, anchor), (4, new.public()));
        // The old anchor can no longer sign for this store.
        assert!(store.install(&list(5).sign(&old), None).is_err());
    }
}
