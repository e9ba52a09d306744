//! The `ephr` command-line tool. All logic is in the library; see `src/cli/`.

mod cli;
#[cfg(feature = "station")]
mod station;

fn main() {
    std::process::exit(cli::main());
}
