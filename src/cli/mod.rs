//! The command line: clap types and dispatch. Each command is a file with
//! its own error type; the work itself is the library's ([`postrun::plan`],
//! [`postrun::run`], [`postrun::report`], [`postrun::lint`], …). This module
//! belongs to the binary, not to the library's API, and is the one place
//! (with `main`) that writes to stdout and stderr.

mod convert;
mod lint;
pub mod memory;
mod merge;
mod mock;
mod reporter_options;
mod run;
mod signals;

use std::io::{IsTerminal, Write};

use clap::{Parser, Subcommand, ValueEnum};
use postrun::ExitStatus;

/// Runs Postman collections headlessly: a fast, single-binary Newman.
#[derive(Debug, Parser)]
#[command(name = "postrun", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a collection: send every request in folder order and report.
    Run(Box<run::RunArgs>),
    /// Serve a collection's saved examples on 127.0.0.1, as Postman's mock
    /// servers do: each request gets the best-matching example.
    Mock(mock::MockArgs),
    /// Check collections, environments and globals before sharing them:
    /// credentials stored as plain values, variables nobody defines, …
    /// Never sends a request.
    Lint(lint::LintArgs),
    /// Convert between Collection v2.1 JSON and Postman v12's v3 directory
    /// of YAML files; what the other format cannot hold is listed.
    Convert(convert::ConvertArgs),
    /// Join the JSON or JUnit reports of a sharded run's shards (`run
    /// --shard K/M`) into the whole run's report.
    MergeReports(merge::MergeArgs),
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour when stdout is a terminal and `NO_COLOR` is unset.
    Auto,
    /// Always.
    On,
    /// Never.
    Off,
}

impl Cli {
    /// Parses the process's command line, Newman's nested `--reporter-…`
    /// options included (clap never sees those).
    pub fn from_env() -> Cli {
        let (args, nested) = reporter_options::split(std::env::args_os().collect());
        let mut cli = Cli::parse_from(args);
        if let Command::Run(run) = &mut cli.command {
            run.nested = nested;
        }
        cli
    }
}

/// Runs a parsed command line and says how it ended. Errors are printed here.
pub fn execute(cli: Cli) -> ExitStatus {
    let result = match cli.command {
        Command::Mock(args) => mock::command(args).map_err(Failed::from),
        Command::Convert(args) => convert::command(args).map_err(Failed::from),
        Command::Lint(args) => lint::command(args).map_err(Failed::from),
        Command::MergeReports(args) => merge::command(args).map_err(Failed::from),
        Command::Run(args) => {
            let suppress = args.suppress_exit_code;
            let status = run::command(*args).map_err(Failed::from);
            // The one place `--suppress-exit-code` applies.
            match status {
                Ok(ExitStatus::Failures) if suppress => Ok(ExitStatus::Success),
                other => other,
            }
        }
    };
    result.unwrap_or_else(|failed| {
        print_error(failed.error.as_ref(), failed.hint.as_deref());
        ExitStatus::InvalidInput
    })
}

/// A command's error with the fix, when one is known.
struct Failed {
    error: Box<dyn std::error::Error>,
    hint: Option<String>,
}

/// A command error that may know how to fix it.
trait Hint: std::error::Error + 'static {
    /// A `hint:` line for the user, if there is a known fix.
    fn hint(&self) -> Option<String> {
        None
    }
}

impl<E: Hint> From<E> for Failed {
    fn from(error: E) -> Self {
        Failed {
            hint: error.hint(),
            error: Box::new(error),
        }
    }
}

/// Whether to colour output written to stdout.
fn use_color(choice: Color) -> bool {
    match choice {
        Color::On => true,
        Color::Off => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal(),
    }
}

/// `error: …`, each cause on its own `caused by:` line, then the hint.
fn print_error(error: &dyn std::error::Error, hint: Option<&str>) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "error: {error}");
    let mut source = error.source();
    while let Some(cause) = source {
        let _ = writeln!(stderr, "  caused by: {cause}");
        source = cause.source();
    }
    if let Some(hint) = hint {
        let _ = writeln!(stderr, "  hint: {hint}");
    }
}

/// What a loader skipped or reinterpreted, through `out` (a redacting
/// writer where secrets are known); a run goes on regardless.
fn print_warnings(out: &mut dyn Write, warnings: &[String]) {
    for warning in warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
}
