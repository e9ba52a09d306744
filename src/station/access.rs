//! Who may reach the station. On the loopback address only this computer's browser can, and no
//! sign-in is asked. Any other address makes the station reachable from the clinic network: it
//! then serves TLS only (a phone's browser opens the camera only in a secure context, and the
//! cards must not cross the Wi-Fi in clear) and asks every browser for the access code printed
//! where the station was started.

use std::net::SocketAddr;
use std::path::Path;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// The TLS certificate and key the station serves.
pub struct TlsMaterial {
    pub cert_pem: String,
    pub key_pem: Zeroizing<Vec<u8>>,
    /// SHA-256 of the (first) certificate, `AB:CD:…`, as browsers show it.
    pub fingerprint: String,
    pub self_signed: bool,
}

impl TlsMaterial {
    /// The given certificate and key, or a self-signed certificate for the listening address
    /// (and `localhost`), made now and kept in memory only.
    pub fn load_or_make(
        cert: Option<&Path>,
        key: Option<&Path>,
        addr: &SocketAddr,
    ) -> Result<Self, String> {
        if let (Some(cert), Some(key)) = (cert, key) {
            let cert_pem = std::fs::read_to_string(cert)
                .map_err(|e| format!("cannot read --tls-cert {}: {e}", cert.display()))?;
            let key_pem = Zeroizing::new(
                std::fs::read(key)
                    .map_err(|e| format!("cannot read --tls-key {}: {e}", key.display()))?,
            );
            let fingerprint = fingerprint_of_pem(&cert_pem).ok_or_else(|| {
                format!(
                    "--tls-cert {}: no PEM certificate (-----BEGIN CERTIFICATE-----) in it",
                    cert.display()
                )
            })?;
            return Ok(Self {
                cert_pem,
                key_pem,
                fingerprint,
                self_signed: false,
            });
        }
        let mut names = vec!["localhost".to_owned()];
        if !addr.ip().is_unspecified() {
            names.push(addr.ip().to_string());
        } else {
            names.push("127.0.0.1".to_owned());
        }
        let made = rcgen::generate_simple_self_signed(names)
            .map_err(|e| format!("cannot make a TLS certificate: {e}"))?;
        Ok(Self {
            cert_pem: made.cert.pem(),
            key_pem: Zeroizing::new(made.signing_key.serialize_pem().into_bytes()),
            fingerprint: colon_hex(&Sha256::digest(made.cert.der())),
            self_signed: true,
        })
    }
}

fn fingerprint_of_pem(pem: &str) -> Option<String> {
    const END: &str = "-----END CERTIFICATE-----";
    let start = pem.find("-----BEGIN CERTIFICATE-----")?;
    let end = pem[start..].find(END)? + start + END.len();
    let (label, der) = pkcs8::der::pem::decode_vec(&pem.as_bytes()[start..end]).ok()?;
    (label == "CERTIFICATE").then(|| colon_hex(&Sha256::digest(&der)))
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// The code a browser on the network signs in with: 12 characters from an alphabet without
/// look-alikes (about 58 bits), shown in groups of four. It lives in memory for the life of
/// the station; restarting makes a new one.
pub struct AccessCode(Zeroizing<String>);

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

impl AccessCode {
    pub fn new() -> Self {
        let mut raw = [0u8; 12];
        getrandom::fill(&mut raw).expect("the system random source is unavailable");
        let code: String = raw
            .iter()
            .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
            .collect();
        raw.fill(0);
        Self(Zeroizing::new(code))
    }

    /// As printed: `ABCD-EFGH-JKLM`.
    pub fn shown(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Compares a typed code (any case, with or without dashes and spaces) in time that does
    /// not depend on where it differs.
    pub fn matches(&self, typed: &str) -> bool {
        let typed: Vec<u8> = typed
            .bytes()
            .filter(|b| !matches!(b, b'-' | b' '))
            .map(|b| b.to_ascii_uppercase())
            .take(64)
            .collect();
        subtle::ConstantTimeEq::ct_eq(typed.as_slice(), self.0.as_bytes()).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_access_code_matches_as_typed_on_a_phone() {
        let c = AccessCode::new();
        let shown = c.shown();
        assert_eq!(shown.len(), 14);
        assert!(c.matches(&shown));
        assert!(c.matches(&shown.to_lowercase().replace('-', " ")));
        assert!(!c.matches(&shown[..13]));
        assert!(!c.matches(""));
        let mut wrong = shown.clone().into_bytes();
        wrong[0] = if wrong[0] == b'2' { b'3' } else { b'2' };
        assert!(!c.matches(&String::from_utf8(wrong).unwrap()));
    }

    #[test]
    fn a_self_signed_certificate_has_the_fingerprint_of_its_pem() {
        let addr: SocketAddr = "0.0.0.0:8443".parse().unwrap();
        let m = TlsMaterial::load_or_make(None, None, &addr).unwrap();
        assert!(m.self_signed);
        assert_eq!(
            fingerprint_of_pem(&m.cert_pem).as_deref(),
            Some(&*m.fingerprint)
        );
        assert_eq!(m.fingerprint.len(), 32 * 3 - 1);
        assert!(fingerprint_of_pem("no certificate").is_none());
    }
}
