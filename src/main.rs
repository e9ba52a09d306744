//! The `ephr` command-line tool. All logic is in the library; see `src/cli/`.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
