//! Helpers shared by the integration tests (`mod support;`). Each test crate uses a subset.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use tempfile::TempDir;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `ephr` binary built for these tests.
pub fn ephr() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("ephr").expect("the ephr binary is built")
}

/// `--trust` and `--anchor` arguments for the shipped DEMO trust list.
pub fn demo_trust() -> [String; 4] {
    trust_args(&root().join("keys/demo-trust-list.cose"))
}

/// `--trust LIST --anchor` the shipped DEMO anchor: for a list signed by the demo anchor.
pub fn trust_args(list: &Path) -> [String; 4] {
    [
        "--trust".into(),
        list.display().to_string(),
        "--anchor".into(),
        root()
            .join("keys/demo-anchor.pub.pem")
            .display()
            .to_string(),
    ]
}

/// A fresh temporary directory, removed when dropped.
pub fn tmp() -> TempDir {
    tempfile::tempdir().expect("temporary directory")
}

/// Writes `content` to `dir/name` and returns that path.
pub fn write(dir: &TempDir, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, content).expect("write test file");
    p
}

/// The Python interpreter for the independent implementations: `EPHR_PYTHON` when set
/// (scripts/test sets it), else the project's virtual environment `.venv/bin/python` when
/// scripts/test has created it, else `python3`.
pub fn python() -> String {
    if let Ok(py) = std::env::var("EPHR_PYTHON") {
        return py;
    }
    let venv = root().join(".venv/bin/python");
    if venv.exists() {
        return venv.display().to_string();
    }
    "python3".into()
}
