//! The local trust store: the trust list a clinic last installed and the anchor it pins.
//!
//! Verification is offline, so this is everything a verifier knows about whom to trust. It lives
//! in `$EPHR_HOME`, else `$XDG_DATA_HOME/ephr`, else `~/.local/share/ephr`, as two files:
//! `anchor.pub.pem` (the pinned anchor) and `trust-list.cose` (the installed list).
//!
//! Installing refuses to go back: a list with a lower sequence than the installed one would bring
//! back revoked keys and cards (rollback), and a different list with the same sequence means two
//! lists claim the same version. A list signed by the successor anchor that the installed list
//! names is accepted, and the successor becomes the pinned anchor (anchor rotation without a
//! manual re-pin).

use std::path::{Path, PathBuf};

use crate::keys::PublicKey;
use crate::trust::{self, TrustError, TrustList};

const LIST_FILE: &str = "trust-list.cose";
const ANCHOR_FILE: &str = "anchor.pub.pem";

/// A trust store directory.
#[derive(Debug, Clone)]
pub struct TrustStore {
    dir: PathBuf,
}

/// What an installation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Installed {
    /// First list in this store.
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

    /// The pinned anchor and the installed list, checked against it.
    pub fn load(&self) -> Result<(TrustList, PublicKey), TrustError> {
        let anchor_path = self.dir.join(ANCHOR_FILE);
        if !anchor_path.exists() {
            return Err(TrustError::Edit(format!(
                "no trust list is installed in {}; run `ephr trust install LIST --anchor ANCHOR.pub.pem` (or pass --trust and --anchor)",
                self.dir.display()
            )));
        }
        let anchor = PublicKey::read(&anchor_path).map_err(|e| TrustError::Edit(e.to_string()))?;
        let list = TrustList::read(&self.dir.join(LIST_FILE), &anchor)?;
        Ok((list, anchor))
    }

    /// Installs a signed list. `anchor` pins an anchor on first use; later it must match the
    /// pinned anchor (or be left out).
    pub fn install(
        &self,
        bytes: &[u8],
        anchor: Option<&PublicKey>,
    ) -> Result<Installed, TrustError> {
        let current = if self.dir.join(ANCHOR_FILE).exists() {
            Some(self.load()?)
        } else {
            None
        };
        let Some((installed, pinned)) = current else {
            let anchor = anchor.ok_or_else(|| {
                TrustError::Edit(
                    "the first installation needs the anchor to pin: --anchor ANCHOR.pub.pem"
                        .into(),
                )
            })?;
            let list = TrustList::open(bytes, anchor)?;
            self.write(bytes, anchor)?;
            return Ok(Installed::New {
                sequence: list.sequence,
            });
        };
        if let Some(a) = anchor
            && *a != pinned
            && Some(*a) != installed.successor_anchor
        {
            return Err(TrustError::Edit(format!(
                "this store pins anchor {}; --anchor {} is a different key. To trust a new anchor without a rotation announced by the installed list, remove {} first",
                pinned.kid(),
                a.kid(),
                self.dir.join(ANCHOR_FILE).display()
            )));
        }
        let (list, signer) = match TrustList::open(bytes, &pinned) {
            Ok(l) => (l, pinned),
            Err(TrustError::WrongAnchor { found, .. }) => match installed.successor_anchor {
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
        if list.sequence < installed.sequence {
            return Err(TrustError::Rollback {
                installed: installed.sequence,
                offered: list.sequence,
            });
        }
        if list.sequence == installed.sequence {
            let current = trust::read_file(&self.dir.join(LIST_FILE))?;
            if current == bytes {
                return Ok(Installed::Unchanged {
                    sequence: list.sequence,
                });
            }
            return Err(TrustError::Edit(format!(
                "a different list with the same version {} is already installed; ask your health authority which is current",
                list.sequence
            )));
        }
        self.write(bytes, &signer)?;
        Ok(Installed::Updated {
            from: installed.sequence,
            to: list.sequence,
            anchor_rotated: signer != pinned,
        })
    }

    fn write(&self, bytes: &[u8], anchor: &PublicKey) -> Result<(), TrustError> {
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| TrustError::Io { path, source }
        };
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        // The list first: a crash between the two writes leaves the old anchor with a list it
        // cannot open, which is refused loudly, never a new anchor trusting an old list.
        trust::write_file(&self.dir.join(LIST_FILE), bytes)?;
        trust::write_file(&self.dir.join(ANCHOR_FILE), anchor.to_pem().as_bytes())
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
