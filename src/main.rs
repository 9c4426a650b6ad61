//! The `postrun` binary: parses the command line and maps the outcome to
//! an exit code. Everything else is the library's.

mod cli;

use std::process::ExitCode;

use clap::Parser;

// boa allocates for every object, string and call frame: with mimalloc a
// scripted run executes about 13% fewer instructions than with glibc's
// allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    cli::execute(cli).into()
}
