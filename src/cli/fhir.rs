//! `ephr fhir`: HL7 FHIR International Patient Summary export and import.

use clap::Subcommand;

use super::{Failure, Result};

/// FHIR commands.
#[derive(Subcommand, Debug)]
pub enum FhirCommand {
    /// Verified cards -> FHIR R4 IPS document Bundle.
    Export {
        /// Cards: text files, images, bundles, or - for standard input.
        #[arg(value_name = "INPUT", required = true)]
        inputs: Vec<String>,
    },
}

pub fn run(_c: FhirCommand) -> Result<i32> {
    Err(Failure::usage("ephr fhir is not built yet"))
}
