//! The independent FHIR validator (`tests/interop/fhir_validate.py`, the Python package
//! fhir.resources), for the FHIR tests (`#[path = "support/fhir.rs"]`, beside `mod support;`).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command as Process;

use serde_json::Value;

use crate::support::{python, root};

/// Validates the files with fhir.resources; `None` (after a notice) only when the package is
/// missing and `EPHR_SKIP_INTEROP=1`.
pub fn validate_with_fhir_resources(files: &[PathBuf]) -> Option<Vec<Value>> {
    let script = root().join("tests/interop/fhir_validate.py");
    let out = Process::new(python())
        .arg(&script)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python()));
    if out.status.code() == Some(2) {
        let why = String::from_utf8_lossy(&out.stderr).into_owned();
        if std::env::var("EPHR_SKIP_INTEROP").as_deref() == Ok("1") {
            eprintln!("\nNOTICE: FHIR validation SKIPPED (EPHR_SKIP_INTEROP=1): {why}");
            return None;
        }
        panic!(
            "the FHIR validation needs Python with fhir.resources (R4B models): {why}\n\
             Run the tests with scripts/test, which installs .ci/requirements.txt into .venv"
        );
    }
    let results: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("validator prints JSON lines"))
        .collect();
    assert_eq!(results.len(), files.len(), "one result per file");
    Some(results)
}

/// The resources of a Bundle, in order.
pub fn resources(bundle: &Value) -> Vec<&Value> {
    bundle["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| &e["resource"])
        .collect()
}

/// The resources of a Bundle of one type.
pub fn of_type<'a>(bundle: &'a Value, t: &str) -> Vec<&'a Value> {
    resources(bundle)
        .into_iter()
        .filter(|r| r["resourceType"] == t)
        .collect()
}
