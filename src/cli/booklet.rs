//! `ephr booklet`: verified cards printed as a PDF booklet, A4 sheets or a wallet card.

use clap::Args;

use super::{Failure, Result};

/// Arguments of `ephr booklet`.
#[derive(Args, Debug)]
pub struct BookletArgs {
    /// Cards: text files, images, bundles, or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,
    /// The PDF to write.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: std::path::PathBuf,
}

pub fn run(_a: BookletArgs) -> Result<i32> {
    Err(Failure::usage("ephr booklet is not built yet"))
}

/// `ephr issue --out card.pdf`: a one-entry booklet of the card just issued.
pub fn write_issued(
    _cards: &[ephr::IssuedCard],
    _ecc: ephr::qr::Ecc,
    _out: &std::path::Path,
) -> Result<i32> {
    Err(Failure::usage("PDF output is not built yet"))
}
