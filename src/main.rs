use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = postrun::cli::Cli::parse();
    postrun::cli::execute(cli).into()
}
