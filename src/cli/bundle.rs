//! `ephr bundle`: all entries of one person in one `.phr` file.

use clap::Args;

use super::{Failure, Result};

/// Arguments of `ephr bundle`.
#[derive(Args, Debug)]
pub struct BundleArgs {
    /// Entries: PHR1 text files, images, bundles, or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<String>,
    /// The bundle to write.
    #[arg(long, value_name = "FILE.phr")]
    pub out: std::path::PathBuf,
}

pub fn run(_a: BundleArgs) -> Result<i32> {
    Err(Failure::usage("ephr bundle is not built yet"))
}
