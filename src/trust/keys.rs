//! Ed25519 keys, their ids and their files.
//!
//! Private keys are PKCS#8 PEM (RFC 5958), optionally encrypted with PBES2 / scrypt /
//! AES-256-CBC (RFC 8018, RFC 7914); public keys are SubjectPublicKeyInfo PEM (RFC 8410).
//! A key id is the first 8 bytes of SHA-256 over the raw 32-byte public key.
//!
//! Secret material is zeroized when dropped (`SigningKey` does this itself; PEM text and
//! passphrases are held in `Zeroizing`), is never printed (`Debug` shows the key id only), and is
//! written only to files created with mode 0600.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use pkcs8::LineEnding;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// Why a key could not be made, read or written.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// A file could not be read or written.
    #[error("key file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Refusing to overwrite a key.
    #[error(
        "{0} already exists; ephr never overwrites a key. Move it away or choose another --out-dir"
    )]
    Exists(PathBuf),
    /// Not a PEM file of the expected kind.
    #[error("{what} is not a valid {expected} PEM file ({detail})")]
    Format {
        /// Which file or input.
        what: String,
        /// What was expected.
        expected: &'static str,
        /// The parser's detail.
        detail: String,
    },
    /// A public key where the private key is needed (the `.pub.pem` of a pair).
    #[error(
        "{0} is a public key; signing needs the private key, the .key.pem file made with it by `ephr keygen`"
    )]
    PublicNotPrivate(String),
    /// The key file is encrypted and no passphrase was given.
    #[error(
        "the private key is encrypted; give its passphrase with --passphrase-file (or run interactively to be asked)"
    )]
    NeedPassphrase,
    /// The passphrase did not decrypt the key.
    #[error("the passphrase does not decrypt this private key (or the file is damaged)")]
    WrongPassphrase,
    /// A passphrase file was empty.
    #[error(
        "the passphrase is empty; a key file protected by an empty passphrase is not protected"
    )]
    EmptyPassphrase,
    /// The operating system's random number generator failed.
    #[error("the system random number generator failed: {0}")]
    Random(String),
}

/// First 8 bytes of SHA-256 over a raw Ed25519 public key: the COSE `kid`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyId(pub [u8; 8]);

impl KeyId {
    /// Parses the 16-hex-digit form that `ephr` prints.
    pub fn from_hex(s: &str) -> Option<Self> {
        let b = hex::decode(s.trim()).ok()?;
        b.try_into().ok().map(Self)
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl std::fmt::Debug for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeyId({self})")
    }
}

/// An Ed25519 public key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey {
    key: VerifyingKey,
    // Computed once: a verifier looks keys up by id for every card, and hashing every key of
    // the trust list per card cost more than the rest of the look-up.
    kid: KeyId,
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.kid())
    }
}

impl PublicKey {
    /// From the raw 32 bytes. Refuses what [`PublicKey::parse`] refuses.
    pub fn from_bytes(b: &[u8; 32]) -> Option<Self> {
        Self::parse(b).ok()
    }

    /// From the raw 32 bytes, or why they are not a usable key: not a point on the curve, a
    /// point of small order (one signature would verify for many messages), or a non-canonical
    /// encoding. A point has exactly one canonical encoding; another encoding of it (a `y` not
    /// reduced modulo p, or a sign bit set on `x = 0`) would give the same key a second key id,
    /// so `trust add`'s "already listed" check and a verifier comparing keys by bytes would see
    /// two keys where there is one.
    pub fn parse(b: &[u8; 32]) -> Result<Self, &'static str> {
        let vk = VerifyingKey::from_bytes(b)
            .map_err(|_| "not a point on the Ed25519 curve (damaged or not an Ed25519 key)")?;
        if vk.to_edwards().compress().to_bytes() != *b {
            return Err(
                "not in canonical form: the same point has another, standard encoding \
                        (the key was altered or made by faulty software)",
            );
        }
        if vk.is_weak() {
            return Err(
                "a weak (small-order) key, which would accept one signature for many \
                        messages",
            );
        }
        Ok(Self::from_verifying(vk))
    }

    fn from_verifying(key: VerifyingKey) -> Self {
        let h = Sha256::digest(key.as_bytes());
        let mut id = [0u8; 8];
        id.copy_from_slice(&h[..8]);
        Self {
            key,
            kid: KeyId(id),
        }
    }

    /// The raw 32 bytes.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The key id.
    pub fn kid(&self) -> KeyId {
        self.kid
    }

    /// Verifies an Ed25519 signature with the strict rules (RFC 8032 §5.1.7 plus rejection of
    /// non-canonical and small-order components), so that a signature has one valid form.
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        Signature::from_slice(sig).is_ok_and(|s| self.key.verify_strict(msg, &s).is_ok())
    }

    /// SubjectPublicKeyInfo PEM.
    pub fn to_pem(&self) -> String {
        self.key
            .to_public_key_pem(LineEnding::LF)
            .unwrap_or_default()
    }

    /// Reads SubjectPublicKeyInfo PEM. `what` names the input in errors.
    pub fn from_pem(pem: &str, what: &str) -> Result<Self, KeyError> {
        let vk = VerifyingKey::from_public_key_pem(pem.trim()).map_err(|e| KeyError::Format {
            what: what.into(),
            expected: "Ed25519 public key",
            detail: e.to_string(),
        })?;
        Self::parse(vk.as_bytes()).map_err(|why| KeyError::Format {
            what: what.into(),
            expected: "Ed25519 public key",
            detail: why.into(),
        })
    }

    /// Reads a public key file.
    pub fn read(path: &Path) -> Result<Self, KeyError> {
        let pem = read_limited(path)?;
        Self::from_pem(&pem, &path.display().to_string())
    }
}

/// An Ed25519 signing key. Zeroized on drop; `Debug` prints only the key id.
pub struct SecretKey(SigningKey);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey({})", self.public().kid())
    }
}

impl SecretKey {
    /// A fresh key from the operating system's random number generator.
    pub fn generate() -> Result<Self, KeyError> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(Self::from_seed(&seed))
    }

    /// From a 32-byte RFC 8032 seed. For test vectors; use [`SecretKey::generate`] otherwise.
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        Self(SigningKey::from_bytes(seed))
    }

    /// The public half.
    pub fn public(&self) -> PublicKey {
        PublicKey::from_verifying(self.0.verifying_key())
    }

    /// Signs `msg` (Ed25519 is deterministic: same key and message, same signature).
    pub fn sign(&self, msg: &[u8]) -> [u8; 64] {
        self.0.sign(msg).to_bytes()
    }

    /// PKCS#8 PEM, encrypted when a passphrase is given.
    pub fn to_pem(&self, passphrase: Option<&Passphrase>) -> Result<Zeroizing<String>, KeyError> {
        let r = match passphrase {
            Some(p) => self
                .0
                .to_pkcs8_encrypted_pem(p.0.as_bytes(), LineEnding::LF),
            None => self.0.to_pkcs8_pem(LineEnding::LF),
        };
        r.map_err(|e| KeyError::Format {
            what: "new key".into(),
            expected: "PKCS#8",
            detail: e.to_string(),
        })
    }

    /// True when the PEM text is an encrypted PKCS#8 key.
    pub fn pem_is_encrypted(pem: &str) -> bool {
        pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    }

    /// Reads PKCS#8 PEM, decrypting it when it is encrypted.
    pub fn from_pem(
        pem: &str,
        passphrase: Option<&Passphrase>,
        what: &str,
    ) -> Result<Self, KeyError> {
        let format = |e: pkcs8::Error| KeyError::Format {
            what: what.into(),
            expected: "Ed25519 PKCS#8 private key",
            detail: e.to_string(),
        };
        let pem = pem.trim();
        let key = if Self::pem_is_encrypted(pem) {
            let p = passphrase.ok_or(KeyError::NeedPassphrase)?;
            SigningKey::from_pkcs8_encrypted_pem(pem, p.0.as_bytes()).map_err(|e| match e {
                pkcs8::Error::EncryptedPrivateKey(_) => KeyError::WrongPassphrase,
                // A wrong passphrase usually decrypts to bytes that are not a valid key.
                pkcs8::Error::Asn1(_) | pkcs8::Error::KeyMalformed(_) => KeyError::WrongPassphrase,
                e => format(e),
            })?
        } else {
            SigningKey::from_pkcs8_pem(pem).map_err(format)?
        };
        Ok(Self(key))
    }

    /// Reads a private key file.
    pub fn read(path: &Path, passphrase: Option<&Passphrase>) -> Result<Self, KeyError> {
        let pem = Zeroizing::new(read_limited(path)?);
        if pem.trim_start().starts_with("-----BEGIN PUBLIC KEY-----") {
            return Err(KeyError::PublicNotPrivate(path.display().to_string()));
        }
        Self::from_pem(&pem, passphrase, &path.display().to_string())
    }

    /// Writes the private key to a new file with mode 0600. Never overwrites.
    pub fn write(&self, path: &Path, passphrase: Option<&Passphrase>) -> Result<(), KeyError> {
        let pem = self.to_pem(passphrase)?;
        write_new(path, pem.as_bytes(), 0o600)
    }
}

/// A passphrase for an encrypted key file. Zeroized on drop.
pub struct Passphrase(Zeroizing<String>);

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

impl Passphrase {
    /// From text; one trailing line break is removed, as files usually end with one.
    pub fn new(s: &str) -> Result<Self, KeyError> {
        let s = s
            .strip_suffix("\r\n")
            .or_else(|| s.strip_suffix('\n'))
            .unwrap_or(s);
        if s.is_empty() {
            return Err(KeyError::EmptyPassphrase);
        }
        Ok(Self(Zeroizing::new(s.to_owned())))
    }

    /// Length in characters (for strength rules; the text itself is never exposed).
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    /// The text, for a key derivation inside the library (never printed or returned).
    #[cfg(feature = "register")]
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// The first line of a file.
    pub fn from_file(path: &Path) -> Result<Self, KeyError> {
        let text = Zeroizing::new(read_limited(path)?);
        Self::new(text.lines().next().unwrap_or(""))
    }
}

/// The permission bits of a private key file when other users may read it (Unix), else `None`.
pub fn readable_by_others(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Writes a public key file (mode 0644). Never overwrites.
pub fn write_public_key(path: &Path, key: &PublicKey) -> Result<(), KeyError> {
    write_new(path, key.to_pem().as_bytes(), 0o644)
}

/// Key files are small; a larger file is not a key and is not read whole.
const MAX_KEY_FILE: u64 = 16 * 1024;

fn read_limited(path: &Path) -> Result<String, KeyError> {
    use std::io::Read;
    let io = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let f = fs::File::open(path).map_err(io)?;
    let mut s = String::new();
    f.take(MAX_KEY_FILE).read_to_string(&mut s).map_err(io)?;
    Ok(s)
}

fn write_new(path: &Path, data: &[u8], mode: u32) -> Result<(), KeyError> {
    let io = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            KeyError::Exists(path.to_owned())
        } else {
            io(e)
        }
    })?;
    f.write_all(data).map_err(io)?;
    f.sync_all().map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 8032 §7.1, TEST 1.
    const SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    const PUB: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    const SIG: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    fn rfc_key() -> SecretKey {
        SecretKey::from_seed(&hex::decode(SEED).unwrap().try_into().unwrap())
    }

    #[test]
    fn rfc8032_test_1() {
        let sk = rfc_key();
        assert_eq!(hex::encode(sk.public().to_bytes()), PUB);
        assert_eq!(hex::encode(sk.sign(b"")), SIG);
        assert!(sk.public().verify(b"", &hex::decode(SIG).unwrap()));
        assert!(!sk.public().verify(b"x", &hex::decode(SIG).unwrap()));
        assert!(!sk.public().verify(b"", &[0u8; 63]));
    }

    #[test]
    fn kid_is_truncated_sha256_of_raw_key() {
        let pk = rfc_key().public();
        let h = Sha256::digest(pk.to_bytes());
        assert_eq!(pk.kid().0, h[..8]);
        assert_eq!(KeyId::from_hex(&pk.kid().to_string()), Some(pk.kid()));
    }

    #[test]
    fn pem_round_trips_and_debug_hides_secret() {
        let sk = rfc_key();
        let pem = sk.to_pem(None).unwrap();
        let back = SecretKey::from_pem(&pem, None, "t").unwrap();
        assert_eq!(back.public(), sk.public());
        let dbg = format!("{sk:?}");
        assert!(!dbg.contains(&SEED[..8]) && dbg.contains(&sk.public().kid().to_string()));
        let pub_pem = sk.public().to_pem();
        assert_eq!(PublicKey::from_pem(&pub_pem, "t").unwrap(), sk.public());
        assert!(
            PublicKey::from_pem(&pem, "t").is_err(),
            "a private key is not a public key"
        );
    }

    #[test]
    fn encrypted_pem() {
        let sk = rfc_key();
        let pw = Passphrase::new("correct horse\n").unwrap();
        let pem = sk.to_pem(Some(&pw)).unwrap();
        assert!(SecretKey::pem_is_encrypted(&pem));
        assert!(!pem.contains(SEED));
        assert_eq!(
            SecretKey::from_pem(&pem, Some(&pw), "t").unwrap().public(),
            sk.public()
        );
        assert!(matches!(
            SecretKey::from_pem(&pem, None, "t"),
            Err(KeyError::NeedPassphrase)
        ));
        let wrong = Passphrase::new("wrong").unwrap();
        assert!(matches!(
            SecretKey::from_pem(&pem, Some(&wrong), "t"),
            Err(KeyError::WrongPassphrase)
        ));
        assert!(matches!(
            Passphrase::new("\n"),
            Err(KeyError::EmptyPassphrase)
        ));
    }

    #[test]
    fn rejects_weak_public_key() {
        // The identity point (small order).
        let mut b = [0u8; 32];
        b[0] = 1;
        assert!(PublicKey::from_bytes(&b).is_none());
        assert!(PublicKey::parse(&b).unwrap_err().contains("small-order"));
    }

    /// The eight points of small order, in their canonical encodings (from curve25519-dalek's
    /// EIGHT_TORSION table).
    const SMALL_ORDER: [&str; 8] = [
        "0100000000000000000000000000000000000000000000000000000000000000",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    ];

    #[test]
    fn rejects_every_small_order_point() {
        for h in SMALL_ORDER {
            let b: [u8; 32] = hex::decode(h).unwrap().try_into().unwrap();
            assert!(PublicKey::from_bytes(&b).is_none(), "{h}");
            // Each of them is a point: what refuses it is the small order (or, for the
            // sign-bit variant of x = 0, the encoding).
            assert!(VerifyingKey::from_bytes(&b).is_ok(), "{h}");
        }
    }

    #[test]
    fn rejects_non_canonical_encodings() {
        // 0xff x 32: y = 2^255 - 1, not reduced modulo p = 2^255 - 19.
        assert!(PublicKey::from_bytes(&[0xff; 32]).is_none());
        // Every y in [p, 2^255), that is p + k for k in 0..19, with either sign bit.
        let mut points = Vec::new();
        for k in 0..19u8 {
            for sign in [0, 0x80] {
                let mut b = [0xff; 32];
                b[0] = 0xed + k;
                b[31] = 0x7f | sign;
                let why = PublicKey::parse(&b).err();
                assert!(why.is_some(), "{} accepted", hex::encode(b));
                if VerifyingKey::from_bytes(&b).is_ok_and(|vk| !vk.is_weak()) {
                    assert!(why.unwrap().contains("canonical"), "{why:?}");
                    points.push(b);
                }
            }
        }
        // Some of them must be valid points of large order, or this tests nothing that the
        // curve and small-order checks do not already refuse.
        assert!(!points.is_empty());
        // A real key is canonical.
        let good = rfc_key().public().to_bytes();
        assert_eq!(
            VerifyingKey::from_bytes(&good)
                .unwrap()
                .to_edwards()
                .compress()
                .to_bytes(),
            good
        );
        // Through PEM too: a SubjectPublicKeyInfo wrapping a non-canonical key.
        let der = [
            hex::decode("302a300506032b6570032100").unwrap(),
            points[0].to_vec(),
        ]
        .concat();
        let pem = pkcs8::der::pem::encode_string("PUBLIC KEY", LineEnding::LF, &der).unwrap();
        let e = PublicKey::from_pem(&pem, "k.pub.pem")
            .unwrap_err()
            .to_string();
        assert!(e.contains("k.pub.pem") && e.contains("canonical"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn secret_key_file_is_0600_and_never_overwritten() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.pem");
        rfc_key().write(&p, None).unwrap();
        let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(matches!(
            rfc_key().write(&p, None),
            Err(KeyError::Exists(_))
        ));
    }
}
