//! Writing files that hold health data or keys: readable by their owner only, created new, and
//! never written through a symbolic link.
//!
//! A booklet, an IPS export, a bundle or a card image is health data (GDPR Art. 9): another user
//! of a shared clinic laptop must not be able to read it, and a link planted at the output path
//! must not redirect it elsewhere. Both rules hold because every write creates a new file with
//! `O_CREAT | O_EXCL` (which refuses an existing file and any symbolic link, even a dangling
//! one) and mode 0600. Replacing a file writes such a new file beside it and renames it over
//! the old one: the rename replaces a link itself instead of following it, and a reader sees
//! the old file or the new one, never half of either.

use std::io::Write;
use std::path::{Path, PathBuf};

/// What to do when the output path already exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: the caller asked for a new file (a card, a key).
    Refuse,
    /// Replace it atomically (a booklet printed again, a trust list edited).
    Replace,
}

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The path exists and the caller asked for a new file.
    #[error("{} already exists; choose another name, or remove it first", .0.display())]
    Exists(PathBuf),
    /// The file system refused.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the file system said.
        source: std::io::Error,
    },
}

/// Writes `bytes` to `path` with mode 0600 (see the module documentation).
pub fn write_private(path: &Path, bytes: &[u8], existing: Existing) -> Result<(), FileError> {
    let io = |source| FileError::Io {
        path: path.to_owned(),
        source,
    };
    match existing {
        Existing::Refuse => write_new(path, bytes).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                FileError::Exists(path.to_owned())
            } else {
                io(e)
            }
        }),
        Existing::Replace => {
            let tmp = temporary_beside(path);
            write_new(&tmp, bytes)
                .and_then(|()| std::fs::rename(&tmp, path))
                .inspect_err(|_| {
                    let _ = std::fs::remove_file(&tmp);
                })
                .map_err(io)
        }
    }
}

fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    let written = f.write_all(bytes).and_then(|()| f.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written
}

/// A fresh name in the same directory (a rename does not cross file systems).
fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut nonce = [0u8; 8];
    // A predictable name could be raced by another local user; create_new refuses anyway.
    let _ = getrandom::fill(&mut nonce);
    path.with_file_name(format!(".{name}.{}.tmp", hex::encode(nonce)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_file_is_owner_only_and_existing_one_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("card.png");
        write_private(&p, b"one", Existing::Refuse).unwrap();
        assert_eq!(mode(&p), 0o600);
        let e = write_private(&p, b"two", Existing::Refuse).unwrap_err();
        assert!(matches!(e, FileError::Exists(_)), "{e}");
        assert_eq!(std::fs::read(&p).unwrap(), b"one");
    }

    #[test]
    fn replacing_narrows_a_readable_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("booklet.pdf");
        std::fs::write(&p, b"old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&p, b"new", Existing::Replace).unwrap();
        assert_eq!(mode(&p), 0o600);
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(
            std::fs::read_dir(d.path()).unwrap().count(),
            1,
            "no temporary left"
        );
    }

    #[test]
    fn never_writes_through_a_symbolic_link() {
        let d = tempfile::tempdir().unwrap();
        let target = d.path().join("elsewhere");
        std::fs::write(&target, b"victim").unwrap();
        let link = d.path().join("out.pdf");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(
            write_private(&link, b"x", Existing::Refuse),
            Err(FileError::Exists(_))
        ));
        write_private(&link, b"health data", Existing::Replace).unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"victim");
        assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
        // A dangling link is refused too.
        let dangling = d.path().join("dangling.png");
        std::os::unix::fs::symlink(d.path().join("missing"), &dangling).unwrap();
        assert!(write_private(&dangling, b"x", Existing::Refuse).is_err());
        assert!(!d.path().join("missing").exists());
    }
}
