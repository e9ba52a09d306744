//! The country and language names of `src/model/codes/cldr.rs` are exactly what
//! `scripts/cldr_names.py` writes from the Unicode CLDR through Babel (pinned in
//! .ci/requirements.txt): nobody edits a name by hand, and a new code in iso3166.rs or iso639.rs
//! without a regenerated table fails here.

mod support;

use std::process::Command;

#[test]
fn the_cldr_table_is_what_the_generator_writes() {
    let out = Command::new(support::python())
        .arg(support::root().join("scripts/cldr_names.py"))
        .output()
        .expect("run scripts/cldr_names.py (scripts/test installs Babel into .venv)");
    assert!(
        out.status.success(),
        "scripts/cldr_names.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed =
        std::fs::read_to_string(support::root().join("src/model/codes/cldr.rs")).unwrap();
    let generated = String::from_utf8(out.stdout).unwrap();
    assert!(
        committed == generated,
        "src/model/codes/cldr.rs differs from what scripts/cldr_names.py writes; regenerate it"
    );
}
