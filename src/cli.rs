//! `cli`: the command line, Newman's flag spellings, and turning arguments
//! into a validated [`RunPlan`]. `main` only parses and calls [`execute`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::exit::ExitStatus;
use crate::http::ClientOptions;
use crate::load::{self, LoadError};
use crate::report::{CliOptions, CliReporter, Redactor, Reporters};
use crate::run::{self, RunError, RunOptions, RunPlan};
use crate::script::SandboxOptions;
use crate::vars::{Scope, Scopes};

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
    Run(RunArgs),
}

/// `postrun run`: the same flags as `newman run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The collection file (Postman Collection v2.0 or v2.1 JSON).
    pub collection: PathBuf,

    /// Environment file (a Postman environment export).
    #[arg(short = 'e', long = "environment", value_name = "FILE")]
    pub environment: Option<PathBuf>,

    /// Globals file (a Postman globals export).
    #[arg(short = 'g', long = "globals", value_name = "FILE")]
    pub globals: Option<PathBuf>,

    /// Set an environment variable, overriding the environment file. Repeatable.
    #[arg(long = "env-var", value_name = "KEY=VALUE", value_parser = key_value)]
    pub env_vars: Vec<(String, String)>,

    /// Set a global variable, overriding the globals file. Repeatable.
    #[arg(long = "global-var", value_name = "KEY=VALUE", value_parser = key_value)]
    pub global_vars: Vec<(String, String)>,

    /// Run only this folder or request (matched by name at any depth). Repeatable.
    #[arg(long = "folder", value_name = "NAME")]
    pub folders: Vec<String>,

    /// Number of iterations.
    #[arg(short = 'n', long = "iteration-count", value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub iterations: u32,

    /// Fail a request that takes longer than this many milliseconds (0: no limit).
    #[arg(long = "timeout-request", value_name = "MS", default_value_t = 0)]
    pub timeout_request: u64,

    /// Stop a script that runs longer than this many milliseconds (0: no limit;
    /// runaway loops are stopped either way).
    #[arg(long = "timeout-script", value_name = "MS", default_value_t = 0)]
    pub timeout_script: u64,

    /// Wait this many milliseconds between requests.
    #[arg(long = "delay-request", value_name = "MS", default_value_t = 0)]
    pub delay_request: u64,

    /// Accept invalid TLS certificates (self-signed, expired).
    #[arg(short = 'k', long)]
    pub insecure: bool,

    /// Do not follow redirects; report the 3xx response itself.
    #[arg(long)]
    pub ignore_redirects: bool,

    /// Stop the run at the first failure.
    #[arg(long)]
    pub bail: bool,

    /// Exit 0 even when requests or tests fail (bad input still exits 2).
    #[arg(short = 'x', long)]
    pub suppress_exit_code: bool,

    /// Colour output: auto (when stdout is a terminal and NO_COLOR is unset), on, off.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Resolve every request and print it (method, URL, headers with secrets
    /// masked) without sending anything.
    #[arg(long)]
    pub dry_run: bool,
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

fn key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("expected KEY=VALUE, got `{text}`")),
    }
}

/// Why a command could not start (exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// A file could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The run could not start.
    #[error(transparent)]
    Run(#[from] RunError),
}

/// Runs a parsed command line and says how it ended. Errors are printed here.
pub fn execute(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Run(args) => {
            let suppress = args.suppress_exit_code;
            let status = run_command(args).unwrap_or_else(|error| {
                print_error(&error);
                ExitStatus::InvalidInput
            });
            // The one place `--suppress-exit-code` applies.
            match (status, suppress) {
                (ExitStatus::Failures, true) => ExitStatus::Success,
                (status, _) => status,
            }
        }
    }
}

fn run_command(args: RunArgs) -> Result<ExitStatus, CliError> {
    let color = use_color(args.color);
    let plan = plan(args)?;
    let mut reporters = Reporters::new(Redactor::new(plan.scopes.secret_values()));
    let cli = CliReporter::new(
        reporters.writer(std::io::stdout()),
        reporters.writer(std::io::stderr()),
        CliOptions { color },
    );
    reporters.push(Box::new(cli));
    let summary = run::run(&plan, &mut reporters)?;
    Ok(match summary.has_failures() {
        true => ExitStatus::Failures,
        false => ExitStatus::Success,
    })
}

/// Loads every file and checks every flag: all bad input is caught here.
pub fn plan(args: RunArgs) -> Result<RunPlan, CliError> {
    let collection = load::load_collection(&args.collection)?;
    let mut scopes = Scopes {
        collection: Scope::new(collection.variables.clone()),
        environment: load_scope(args.environment.as_deref())?,
        globals: load_scope(args.globals.as_deref())?,
        ..Scopes::default()
    };
    for (key, value) in &args.env_vars {
        scopes.environment.set(key, value.as_str());
    }
    for (key, value) in &args.global_vars {
        scopes.globals.set(key, value.as_str());
    }
    let options = RunOptions {
        iterations: args.iterations as usize,
        folders: args.folders,
        bail: args.bail,
        delay: Duration::from_millis(args.delay_request),
        follow_redirects: !args.ignore_redirects,
        dry_run: args.dry_run,
        client: ClientOptions {
            timeout: (args.timeout_request > 0)
                .then(|| Duration::from_millis(args.timeout_request)),
            insecure: args.insecure,
        },
        sandbox: SandboxOptions {
            timeout: (args.timeout_script > 0).then(|| Duration::from_millis(args.timeout_script)),
        },
    };
    Ok(RunPlan::new(collection, scopes, options)?)
}

fn load_scope(path: Option<&Path>) -> Result<Scope, LoadError> {
    Ok(match path {
        Some(path) => Scope::new(load::load_environment(path)?.values),
        None => Scope::default(),
    })
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::On => true,
        Color::Off => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal(),
    }
}

/// `error: …` then each cause on its own `caused by:` line.
fn print_error(error: &dyn std::error::Error) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "error: {error}");
    let mut source = error.source();
    while let Some(cause) = source {
        let _ = writeln!(stderr, "  caused by: {cause}");
        source = cause.source();
    }
}
