//! Prints the size of the reference record at every stage of the wire format (docs/FORMAT.md).
//!
//! Run: `cargo run --release --example sizes [RECORD.json]`

use ephr::{IssueOptions, Issuer, Record, SecretKey, qr};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "fixtures/records/reference-full.json".into());
    let json = std::fs::read_to_string(&path)?;
    let record = Record::from_json(&json)?;
    let issuer = Issuer::new(SecretKey::from_seed(&[0x42; 32]), "GR-DEMO")?;
    let card = issuer.issue(
        &record,
        &IssueOptions {
            issued_at: 1_792_000_000,
            ..Default::default()
        },
    )?;
    let minified = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&json)?)?;
    let payload = ephr::cbor::claims_to_vec(card.claims())?;
    let compressed = base45::decode(&card.text()[5..])?;
    if std::env::var("DUMP").is_ok() {
        println!("{}", hex::encode(&payload));
        println!("{}", hex::encode(card.cose()));
    }
    println!("record JSON (minified)      {:>5} bytes", minified.len());
    println!("CWT claims (CBOR payload)   {:>5} bytes", payload.len());
    println!("COSE_Sign1                  {:>5} bytes", card.cose().len());
    println!("zlib                        {:>5} bytes", compressed.len());
    println!(
        "PHR1 text                   {:>5} characters",
        card.text().len()
    );
    for ecc in [qr::Ecc::L, qr::Ecc::M, qr::Ecc::Q, qr::Ecc::H] {
        let r = qr::encode(card.text(), ecc)?;
        println!(
            "QR at level {ecc:?}                version {:>2} ({} modules)",
            r.version(),
            r.width()
        );
    }
    Ok(())
}
