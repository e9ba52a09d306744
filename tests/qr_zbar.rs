//! The QR codes ephr renders are read by an independent decoder, ZBar (`zbarimg`, Debian package
//! zbar-tools, installed by .ci/run), and ephr's scanner reads the same images.

use std::process::Command;

use ephr::record::MarkedRecord;
use ephr::{IssueOptions, Issuer, SecretKey, qr};

fn zbarimg(png: &std::path::Path) -> Option<String> {
    match Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(png)
        .output()
    {
        Ok(o) => {
            assert!(
                o.status.success(),
                "zbarimg could not read {}",
                png.display()
            );
            Some(String::from_utf8(o.stdout).unwrap().trim_end().to_owned())
        }
        Err(_) if std::env::var("EPHR_SKIP_INTEROP").as_deref() == Ok("1") => {
            eprintln!("NOTICE: zbarimg not installed; skipped (EPHR_SKIP_INTEROP=1)");
            None
        }
        Err(e) => panic!("zbarimg is needed (apt-get install zbar-tools): {e}"),
    }
}

#[test]
fn zbar_reads_every_fixture_card_at_every_level() {
    let dir = tempfile::tempdir().unwrap();
    let issuer = Issuer::new(SecretKey::from_seed(&[4; 32]), "GR-ZBAR").unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/records");
    let mut n = 0;
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let path = entry.unwrap().path();
        // A fixture may carry confidentiality marks; every fact goes on the card here.
        let json = std::fs::read_to_string(&path).unwrap();
        let record = MarkedRecord::from_json(&json).unwrap().record;
        let card = issuer
            .issue(
                &record,
                &IssueOptions {
                    issued_at: 1_800_000_000,
                    ..Default::default()
                },
            )
            .unwrap();
        for ecc in [qr::Ecc::L, qr::Ecc::M, qr::Ecc::Q, qr::Ecc::H] {
            let code = qr::encode(card.text(), ecc).unwrap();
            let png = dir.path().join(format!("{n}.png"));
            std::fs::write(&png, code.to_png(3, None)).unwrap();
            if let Some(read) = zbarimg(&png) {
                assert_eq!(read, card.text(), "{} at {ecc:?}", path.display());
            }
            let ours = qr::scan(&qr::load_image(&png).unwrap()).unwrap();
            assert_eq!(ours, vec![card.text()]);
            n += 1;
        }
    }
    assert!(n >= 24, "all fixtures at four levels, got {n}");
}
