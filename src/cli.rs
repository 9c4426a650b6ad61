//! `cli`: the command line, Newman's flag spellings, and turning arguments
//! into a validated [`RunPlan`]. `main` only parses and calls [`execute`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::exit::ExitStatus;
use crate::http::ClientOptions;
use crate::load::{self, LoadError};
use crate::remote::Remote;
use crate::report::{
    CliOptions, CliReporter, ExportPaths, ExportsReporter, HtmlReporter, JsonReporter,
    JunitReporter, ProgressReporter, Redactor, Reporters, default_export_path,
};
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
    Run(Box<RunArgs>),
    /// Serve a collection's saved examples on 127.0.0.1, as Postman's mock
    /// servers do: each request gets the best-matching example.
    Mock(MockArgs),
    /// Check collections, environments and globals before sharing them:
    /// credentials stored as plain values, variables nobody defines, …
    /// Never sends a request.
    Lint(LintArgs),
    /// Convert between Collection v2.1 JSON and Postman v12's v3 directory
    /// of YAML files; what the other format cannot hold is listed.
    Convert(ConvertArgs),
}

/// `postrun convert`.
#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// A v2.0/v2.1 collection file (written out as a v3 directory) or a v3
    /// collection directory (written out as v2.1 JSON).
    pub input: PathBuf,
    /// The v3 directory to create (it must be new or empty), or the JSON file
    /// to write.
    pub output: PathBuf,
}

/// `postrun mock`.
#[derive(Debug, clap::Args)]
pub struct MockArgs {
    /// The collection whose saved examples to serve (a v2.1 file or a v3
    /// directory).
    pub collection: PathBuf,
    /// Port (0 picks a free one).
    #[arg(long, default_value_t = 3000)]
    pub port: u16,
    /// Address to bind; anything but a loopback address must be named here.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: std::net::IpAddr,
    /// Wait before each answer: MS milliseconds, or `saved` for each
    /// example's saved response time.
    #[arg(long = "mock-delay", value_name = "MS|saved")]
    pub mock_delay: Option<crate::mock::MockDelay>,
}

/// `postrun lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Collection, environment and globals files, in any mix (told apart by content).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// More environment files.
    #[arg(short = 'e', long = "environment", value_name = "FILE")]
    pub environments: Vec<PathBuf>,

    /// A globals file.
    #[arg(short = 'g', long = "globals", value_name = "FILE")]
    pub globals: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = crate::lint::Format::Text)]
    pub format: crate::lint::Format,

    /// Write the report to this file instead of stdout.
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Write a copy of the (first) environment, or the collection, with every
    /// secret finding fixed: values emptied, typed secret. The original is not touched.
    #[arg(long = "write-shareable", value_name = "OUT.json|OUT.yaml")]
    pub write_shareable: Option<PathBuf>,

    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long, value_enum)]
    pub deny: Option<DenyLevel>,

    /// Do not report this rule. Repeatable.
    #[arg(long = "allow", value_name = "RULE")]
    pub allow: Vec<String>,

    /// Colour output: auto, on, off.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Settings file (`deny = "warnings"`, `allow = ["rule", …]`); flags win.
    /// Default: `postrun-lint.toml` in the current folder, when there is one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `postrun-lint.toml`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LintConfig {
    deny: Option<String>,
    #[serde(default)]
    allow: Vec<String>,
}

fn lint_config(args: &LintArgs) -> Result<LintConfig, Box<dyn std::error::Error>> {
    let (path, required) = match &args.config {
        Some(path) => (path.clone(), true),
        None => (PathBuf::from("postrun-lint.toml"), false),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) if !required => return Ok(LintConfig::default()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display()).into()),
    };
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()).into())
}

/// The lowest severity that fails `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Errors and warnings fail.
    Warnings,
    /// Only errors fail (the default).
    Errors,
}

/// `postrun run`: the same flags as `newman run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The collection: a file (Postman Collection v2.0 or v2.1 JSON), a v3
    /// directory of YAML files, a URL, or a Postman UID (fetched with the
    /// API key).
    pub collection: PathBuf,

    /// When the collection argument is a `postman/` workspace directory: the
    /// collection in it to run, by name or directory name.
    #[arg(long = "collection", value_name = "NAME")]
    pub collection_name: Option<String>,

    /// Environment: a file (a Postman JSON export or a v3 `*.environment.yaml`), a URL or a
    /// Postman UID.
    #[arg(short = 'e', long = "environment", value_name = "FILE")]
    pub environment: Option<PathBuf>,

    /// Globals file (a Postman JSON export or a v3 `*.globals.yaml`).
    #[arg(short = 'g', long = "globals", value_name = "FILE")]
    pub globals: Option<PathBuf>,

    /// Set an environment variable, overriding the environment file.
    /// `--env-var KEY` alone takes the value of the process environment
    /// variable KEY. Repeatable.
    #[arg(long = "env-var", value_name = "KEY[=VALUE]", value_parser = key_value_or_process)]
    pub env_vars: Vec<(String, String)>,

    /// Set environment variable KEY to the value of process environment
    /// variable NAME and mask it everywhere: `--secret-env postman-api-key=POSTMAN_API_KEY`
    /// keeps the key off the command line and out of every file. Repeatable.
    #[arg(long = "secret-env", value_name = "KEY=NAME", value_parser = key_from_process)]
    pub secret_envs: Vec<SecretEnv>,

    /// Postman API key, for collections and environments named by UID.
    #[arg(
        long = "postman-api-key",
        value_name = "KEY",
        env = "POSTMAN_API_KEY",
        hide_env_values = true
    )]
    pub postman_api_key: Option<String>,

    /// Where the Postman API is.
    #[arg(
        long = "postman-api-base-url",
        value_name = "URL",
        default_value = "https://api.getpostman.com"
    )]
    pub postman_api_base_url: String,

    /// Values for `{{vault:name}}` references: a JSON object or `NAME=value`
    /// lines. Names not in it are read from `POSTRUN_VAULT_<NAME>`.
    #[arg(long = "vault-file", value_name = "FILE")]
    pub vault_file: Option<PathBuf>,

    /// Set a global variable, overriding the globals file. Repeatable.
    #[arg(long = "global-var", value_name = "KEY=VALUE", value_parser = key_value)]
    pub global_vars: Vec<(String, String)>,

    /// Run only this folder or request (matched by name at any depth). Repeatable.
    #[arg(long = "folder", value_name = "NAME")]
    pub folders: Vec<String>,

    /// Number of iterations (default: one per data row, or 1).
    #[arg(short = 'n', long = "iteration-count", value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..))]
    pub iterations: Option<u32>,

    /// Make dynamic variables (`{{$randomEmail}}`, …) repeatable.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Iteration data: a CSV file with a header row, or a JSON array of objects.
    #[arg(short = 'd', long = "iteration-data", value_name = "FILE")]
    pub iteration_data: Option<PathBuf>,

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

    /// Set an environment variable and treat its value as a secret (masked in
    /// every output). Repeatable.
    #[arg(long = "secret-var", value_name = "KEY=VALUE", value_parser = secret_key_value)]
    pub secret_vars: Vec<(String, String)>,

    /// Reporters to use, comma-separated: cli, junit, json, html, progress.
    #[arg(
        short = 'r',
        long = "reporters",
        value_name = "LIST",
        value_delimiter = ',',
        default_value = "cli"
    )]
    pub reporters: Vec<String>,

    /// Where the junit reporter writes (default: postrun/run-<timestamp>.xml).
    #[arg(long = "reporter-junit-export", value_name = "PATH")]
    pub junit_export: Option<PathBuf>,

    /// Where the json reporter writes (default: postrun/run-<timestamp>.json).
    #[arg(long = "reporter-json-export", value_name = "PATH")]
    pub json_export: Option<PathBuf>,

    /// Include response bodies in the json report.
    #[arg(long = "reporter-json-include-body")]
    pub json_include_body: bool,

    /// Where the html reporter writes (default: postrun/run-<timestamp>.html).
    #[arg(long = "reporter-html-export", value_name = "PATH")]
    pub html_export: Option<PathBuf>,

    /// A handlebars template to render the html report with instead of the built-in one.
    #[arg(long = "reporter-html-template", value_name = "FILE")]
    pub html_template: Option<PathBuf>,

    /// Answer every request from the collection's saved examples on a local
    /// mock server; requests to other hosts are not sent.
    #[arg(long)]
    pub mock: bool,

    /// With --mock: wait before each answer, MS milliseconds or `saved` for
    /// each example's saved response time.
    #[arg(long = "mock-delay", value_name = "MS|saved")]
    pub mock_delay: Option<crate::mock::MockDelay>,

    /// Print nothing on the terminal (file reporters still write).
    #[arg(long)]
    pub silent: bool,

    /// Also print request and response headers and bodies (secrets masked).
    #[arg(long)]
    pub verbose: bool,

    /// Draw the cli output with ASCII only.
    #[arg(long = "disable-unicode", visible_alias = "no-unicode")]
    pub disable_unicode: bool,

    /// Write the environment as the run left it to this file (secret values included).
    #[arg(long = "export-environment", value_name = "PATH")]
    pub export_environment: Option<PathBuf>,

    /// Write the globals as the run left them to this file (secret values included).
    #[arg(long = "export-globals", value_name = "PATH")]
    pub export_globals: Option<PathBuf>,

    /// Write the collection, with its variables as the run left them, to this file.
    #[arg(long = "export-collection", value_name = "PATH")]
    pub export_collection: Option<PathBuf>,
}

/// The reporters postrun has.
const REPORTERS: [&str; 5] = ["cli", "junit", "json", "html", "progress"];

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

fn key_value_or_process(text: &str) -> Result<(String, String), String> {
    if text.contains('=') {
        return key_value(text);
    }
    std::env::var(text)
        .map(|value| (text.to_string(), value))
        .map_err(|_| format!("the process environment has no variable `{text}`"))
}

/// `--secret-env KEY=NAME`, with the value read from the process.
#[derive(Debug, Clone)]
pub struct SecretEnv {
    /// The variable set.
    pub key: String,
    /// The process environment variable read.
    pub name: String,
    /// Its value.
    pub value: String,
}

fn key_from_process(text: &str) -> Result<SecretEnv, String> {
    let (key, name) = key_value(text)?;
    match std::env::var(&name) {
        Ok(value) => Ok(SecretEnv { key, name, value }),
        Err(_) => Err(format!("the process environment has no variable `{name}`")),
    }
}

/// Like `key_value`, but never fails here: clap would echo the argument,
/// which may be the secret. A malformed one has an empty key and is
/// refused in `plan`, without showing it.
fn secret_key_value(text: &str) -> Result<(String, String), String> {
    Ok(key_value(text).unwrap_or_default())
}

fn key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("expected KEY=VALUE, got `{text}`")),
    }
}

/// `postrun lint`: exit 0 when nothing at or above the deny level was found.
fn lint_command(args: LintArgs) -> Result<ExitStatus, Box<dyn std::error::Error>> {
    use crate::lint::{FileKind, Severity};
    let mut paths = args.files.clone();
    paths.extend(args.environments.iter().cloned());
    paths.extend(args.globals.iter().cloned());
    let inputs = paths
        .iter()
        .map(|p| crate::lint::read_input(p))
        .collect::<Result<Vec<_>, _>>()?;
    let config = lint_config(&args)?;
    let mut allowed = args.allow.clone();
    allowed.extend(config.allow);
    for rule in &allowed {
        if !crate::lint::RULES.contains(&rule.as_str()) {
            return Err(format!(
                "unknown rule `{rule}` for --allow; the rules are: {}",
                crate::lint::RULES.join(", ")
            )
            .into());
        }
    }
    let findings = crate::lint::lint(&inputs, &allowed);
    let report = crate::lint::render(
        args.format,
        &findings,
        &paths,
        use_color(args.color) && args.output.is_none(),
    );
    match &args.output {
        Some(path) => std::fs::write(path, report)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => print!("{report}"),
    }
    if let Some(out) = &args.write_shareable {
        let target = inputs
            .iter()
            .find(|i| i.kind == FileKind::Environment)
            .or_else(|| inputs.iter().find(|i| i.kind == FileKind::Collection))
            .ok_or("--write-shareable needs an environment or a collection")?;
        let copy = crate::lint::shareable(target, &findings);
        // A v3 environment stays YAML when the copy is named `.yaml`.
        let yaml = out.extension().is_some_and(|e| e == "yaml" || e == "yml");
        let text = match yaml {
            true => crate::load::yaml::to_string(&crate::load::yaml::Value::from_json(&copy)),
            false => serde_json::to_string_pretty(&copy)? + "\n",
        };
        std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    }
    let deny = match (args.deny, config.deny.as_deref()) {
        (Some(level), _) => level,
        (None, Some("warnings")) => DenyLevel::Warnings,
        (None, Some("errors") | None) => DenyLevel::Errors,
        (None, Some(other)) => {
            return Err(format!(
                "deny = \"{other}\" in the lint config: use \"warnings\" or \"errors\""
            )
            .into());
        }
    };
    let threshold = match deny {
        DenyLevel::Warnings => Severity::Warning,
        DenyLevel::Errors => Severity::Error,
    };
    Ok(match findings.iter().any(|f| f.severity >= threshold) {
        true => ExitStatus::Failures,
        false => ExitStatus::Success,
    })
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
    /// `-r` named a reporter postrun does not have.
    #[error("unknown reporter `{name}`{}; postrun has: {}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default(), REPORTERS.join(", "))]
    UnknownReporter {
        /// The name given.
        name: String,
        /// The closest one.
        suggestion: Option<String>,
    },
    /// The html template could not be read or parsed.
    #[error(transparent)]
    Template(#[from] crate::report::TemplateError),
    /// The html template file could not be read.
    #[error("cannot read {}", .0.display())]
    TemplateFile(PathBuf, #[source] std::io::Error),
    /// A vault reference or file could not be resolved.
    #[error(transparent)]
    Secret(#[from] crate::vars::secrets::SecretError),
    /// A collection or environment could not be fetched.
    #[error(transparent)]
    Remote(#[from] crate::remote::RemoteError),
    /// A `--secret-var` without `KEY=` (not shown: it may be the secret).
    #[error("--secret-var expects KEY=VALUE (the argument is not shown: it may hold a secret)")]
    MalformedSecretVar,
    /// The mock server could not start.
    #[error(transparent)]
    Mock(Box<dyn std::error::Error + Send + Sync>),
}

/// Runs a parsed command line and says how it ended. Errors are printed here.
pub fn execute(cli: Cli) -> ExitStatus {
    match cli.command {
        Command::Mock(args) => mock_command(args).unwrap_or_else(|error| {
            print_error(error.as_ref());
            ExitStatus::InvalidInput
        }),
        Command::Convert(args) => convert_command(args).unwrap_or_else(|error| {
            print_error(error.as_ref());
            ExitStatus::InvalidInput
        }),
        Command::Lint(args) => lint_command(args).unwrap_or_else(|error| {
            print_error(error.as_ref());
            ExitStatus::InvalidInput
        }),
        Command::Run(args) => {
            let suppress = args.suppress_exit_code;
            let status = run_command(*args).unwrap_or_else(|error| {
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

fn convert_command(args: ConvertArgs) -> Result<ExitStatus, Box<dyn std::error::Error>> {
    let (collection, mut lost) = match args.input.is_dir() {
        true => load::load_tree_for_conversion(&args.input)?,
        false => (load::load_collection(&args.input)?, Vec::new()),
    };
    print_load_warnings(&collection.warnings);
    lost.extend(if args.input.is_dir() {
        let mut json = serde_json::to_string_pretty(&load::collection_json(&collection))?;
        json.push('\n');
        std::fs::write(&args.output, json)
            .map_err(|e| format!("cannot write {}: {e}", args.output.display()))?;
        Vec::new()
    } else {
        load::v3::write_tree(&collection, &args.output)
            .map_err(|e| format!("cannot write {}: {e}", args.output.display()))?
    });
    for what in &lost {
        eprintln!("warning: not converted: {what}");
    }
    eprintln!(
        "converted {} to {}",
        args.input.display(),
        args.output.display()
    );
    Ok(ExitStatus::Success)
}

fn mock_command(args: MockArgs) -> Result<ExitStatus, Box<dyn std::error::Error>> {
    let collection = load::load_collection(&args.collection)?;
    print_load_warnings(&collection.warnings);
    let options = crate::mock::MockOptions {
        delay: args.mock_delay,
        log: true,
    };
    let addr = std::net::SocketAddr::new(args.host, args.port);
    let server =
        crate::mock::MockServer::start(&collection, addr, !args.host.is_loopback(), options)?;
    let routes = crate::mock::Routes::from_collection(&collection);
    eprintln!(
        "serving {} saved examples of {} on {} (Ctrl-C stops)",
        routes.len(),
        collection.info.name,
        server.url()
    );
    server.wait();
    Ok(ExitStatus::Success)
}

/// `--mock`: start the server, point `baseUrl` and every variable holding an
/// example host at it, and route requests to those hosts there.
fn start_mock(args: &RunArgs, plan: &mut RunPlan) -> Result<crate::mock::MockServer, CliError> {
    let options = crate::mock::MockOptions {
        delay: args.mock_delay,
        log: false,
    };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let server = crate::mock::MockServer::start(&plan.collection, addr, false, options)
        .map_err(|e| CliError::Mock(Box::new(e)))?;
    let routes = crate::mock::Routes::from_collection(&plan.collection);
    let url = server.url();
    let mut hosts: Vec<String> = routes
        .hosts()
        .into_iter()
        .filter(|h| !h.contains("{{"))
        .collect();
    let variables: Vec<crate::load::Variable> = [&plan.scopes.collection, &plan.scopes.environment]
        .iter()
        .flat_map(|scope| scope.variables().to_vec())
        .collect();
    for var in variables {
        let (host, _) = crate::mock::host_and_path(&var.value);
        let points_at_examples =
            var.value.contains("://") && (hosts.contains(&host) || var.key == "baseUrl");
        if points_at_examples {
            hosts.push(host);
            plan.scopes.environment.set(&var.key, url.clone());
        }
    }
    if plan.scopes.lookup("baseUrl").is_none() {
        plan.scopes.environment.set("baseUrl", url.clone());
    }
    hosts.sort();
    hosts.dedup();
    plan.options.mock = Some(crate::run::MockRouting { base: url, hosts });
    Ok(server)
}

fn run_command(args: RunArgs) -> Result<ExitStatus, CliError> {
    let (mut plan, names) = plan(&args)?;
    let _mock = match args.mock {
        true => Some(start_mock(&args, &mut plan)?),
        false => None,
    };
    let mut reporters = reporters(&args, &plan, names)?;
    let summary = run::run(&plan, &mut reporters)?;
    if let Err(error) = reporters.finish() {
        print_error(&error);
        return Ok(ExitStatus::Failures);
    }
    Ok(match summary.has_failures() {
        true => ExitStatus::Failures,
        false => ExitStatus::Success,
    })
}

/// The environment's and globals' `name`, written back into exports.
type FileNames = (Option<String>, Option<String>);

/// Loads every file and checks every flag: all bad input is caught here.
pub fn plan(args: &RunArgs) -> Result<(RunPlan, FileNames), CliError> {
    let remote = Remote {
        api_key: args.postman_api_key.clone(),
        base_url: args.postman_api_base_url.clone(),
    };
    // The text is where the variables the collection uses are looked for.
    let (collection, collection_text) = match (
        fetched(&remote, "collection", &args.collection)?,
        &args.collection_name,
    ) {
        (Some(text), _) => (load::parse_collection(&text, &args.collection)?, text),
        (None, Some(name)) => {
            let collection = load::load_workspace_collection(&args.collection, name)?;
            let text = load::collection_json(&collection).to_string();
            (collection, text)
        }
        (None, None) => load::load_collection_and_text(&args.collection)?,
    };
    print_load_warnings(&collection.warnings);
    let (environment, environment_name) =
        load_scope(&remote, "environment", args.environment.as_deref())?;
    let (globals, globals_name) = load_scope(&remote, "globals", args.globals.as_deref())?;
    let mut scopes = Scopes {
        collection: Scope::new(collection.variables.clone()),
        environment,
        globals,
        ..Scopes::default()
    };
    let mut sources = Vec::new();
    for (key, value) in &args.env_vars {
        scopes.environment.set(key, value.as_str());
        sources.push((key.clone(), "--env-var".to_string()));
    }
    for (key, value) in &args.secret_vars {
        if key.is_empty() {
            return Err(CliError::MalformedSecretVar);
        }
        scopes.environment.set_secret(key, value.as_str());
        sources.push((key.clone(), "--secret-var".to_string()));
    }
    for secret in &args.secret_envs {
        scopes
            .environment
            .set_secret(&secret.key, secret.value.as_str());
        sources.push((
            secret.key.clone(),
            format!("process environment {}", secret.name),
        ));
    }
    for (key, value) in &args.global_vars {
        scopes.globals.set(key, value.as_str());
        sources.push((key.clone(), "--global-var".to_string()));
    }
    for (name, value) in vault_values(args, &collection_text, &scopes)? {
        scopes.vault.set_secret(&format!("vault:{name}"), value);
        sources.push((format!("vault:{name}"), "vault".to_string()));
    }
    let data = match &args.iteration_data {
        Some(path) => match fetched(&remote, "data", path)? {
            Some(text) => load::parse_data(&text, path)?,
            None => load::load_data(path)?,
        },
        None => Vec::new(),
    };
    let iterations = match args.iterations {
        Some(n) => n as usize,
        None => data.len().max(1),
    };
    let options = RunOptions {
        iterations,
        data,
        seed: args.seed,
        folders: args.folders.clone(),
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
        keep_response_bodies: args.json_include_body,
        mock: None,
    };
    let mut plan = RunPlan::new(collection, scopes, options)?;
    plan.sources = variable_sources(args, &plan, &collection_text, &sources);
    Ok((plan, (environment_name, globals_name)))
}

/// For every variable the collection refers to, where its value comes from
/// (the winning source, never the value): why a key did or did not apply.
fn variable_sources(
    args: &RunArgs,
    plan: &RunPlan,
    collection_text: &str,
    flags: &[(String, String)],
) -> Vec<(String, String)> {
    let mut names: Vec<&str> = crate::vars::references(collection_text)
        .into_iter()
        .filter(|name| !name.starts_with('$') && !name.is_empty())
        .collect();
    // By name: the text is the file as written or the model written out,
    // and the order of first use would differ between the two.
    names.sort_by_cached_key(|name| (name.to_lowercase(), *name));
    names.dedup();
    let file = |path: &Option<PathBuf>, kind: &str| match path {
        Some(path) => format!("{kind} {}", path.display()),
        None => kind.to_string(),
    };
    let flag = |name: &str| {
        flags
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, from)| from.clone())
    };
    let scopes = &plan.scopes;
    names
        .into_iter()
        .map(|name| {
            let from = if plan
                .options
                .data
                .iter()
                .any(|row| row.iter().any(|v| v.key == name))
            {
                file(&args.iteration_data, "data file")
            } else if name.starts_with("vault:") && scopes.vault.get(name).is_some() {
                "vault".to_string()
            } else if scopes.environment.get(name).is_some() {
                flag(name).unwrap_or_else(|| file(&args.environment, "environment"))
            } else if scopes.collection.get(name).is_some() {
                "collection variables".to_string()
            } else if scopes.globals.get(name).is_some() {
                flag(name).unwrap_or_else(|| file(&args.globals, "globals"))
            } else {
                "nowhere (not defined)".to_string()
            };
            (name.to_string(), from)
        })
        .collect()
}

/// Every `{{vault:name}}` the collection or the variable files use, resolved
/// before the run: an unresolved one is an error, never a literal sent.
fn vault_values(
    args: &RunArgs,
    collection_text: &str,
    scopes: &Scopes,
) -> Result<Vec<(String, String)>, CliError> {
    let values = [&scopes.environment, &scopes.globals]
        .into_iter()
        .flat_map(|scope| scope.variables().iter().map(|v| v.value.as_str()));
    let mut names: Vec<String> = std::iter::once(collection_text)
        .chain(values)
        .flat_map(crate::vars::vault_references)
        .map(String::from)
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        return Ok(Vec::new());
    }
    Ok(crate::vars::secrets::resolve_vault(
        &names,
        args.vault_file.as_deref(),
    )?)
}

/// Builds every reporter asked for, checking names and templates first.
fn reporters(args: &RunArgs, plan: &RunPlan, names: FileNames) -> Result<Reporters, CliError> {
    let secrets = plan
        .scopes
        .secret_values()
        .into_iter()
        .chain(args.postman_api_key.clone());
    let mut reporters = Reporters::new(Redactor::new(secrets));
    let mut wanted: Vec<&str> = Vec::new();
    for name in args
        .reporters
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
    {
        if !REPORTERS.contains(&name) {
            let suggestion = REPORTERS
                .iter()
                .find(|r| crate::run::similar(r, name))
                .map(|r| r.to_string());
            return Err(CliError::UnknownReporter {
                name: name.to_string(),
                suggestion,
            });
        }
        if !wanted.contains(&name) {
            wanted.push(name);
        }
    }
    let terminal = !args.silent;
    for name in wanted {
        match name {
            "cli" if terminal => {
                let options = CliOptions {
                    color: use_color(args.color),
                    ascii: args.disable_unicode,
                    verbose: args.verbose,
                };
                let out = reporters.writer(std::io::stdout());
                let err = reporters.writer(std::io::stderr());
                reporters.push(Box::new(CliReporter::new(out, err, options)));
            }
            "progress" if terminal => reporters.push(Box::new(ProgressReporter::new())),
            "junit" => {
                let path = args
                    .junit_export
                    .clone()
                    .unwrap_or_else(|| default_export_path("xml"));
                reporters.push(Box::new(JunitReporter::new(path)));
            }
            "json" => {
                let path = args
                    .json_export
                    .clone()
                    .unwrap_or_else(|| default_export_path("json"));
                reporters.push(Box::new(JsonReporter::new(path)));
            }
            "html" => {
                let path = args
                    .html_export
                    .clone()
                    .unwrap_or_else(|| default_export_path("html"));
                let template = match &args.html_template {
                    Some(file) => {
                        let text = std::fs::read_to_string(file)
                            .map_err(|e| CliError::TemplateFile(file.clone(), e))?;
                        Some((file.clone(), text))
                    }
                    None => None,
                };
                reporters.push(Box::new(HtmlReporter::new(path, template)?));
            }
            _ => {}
        }
    }
    if terminal && show_progress(args) {
        reporters.push(Box::new(ProgressReporter::new()));
    }
    let paths = ExportPaths {
        environment: args.export_environment.clone(),
        globals: args.export_globals.clone(),
        collection: args.export_collection.clone(),
    };
    reporters.push(Box::new(ExportsReporter::new(paths, names.0, names.1)));
    Ok(reporters)
}

/// The live bar: only on a terminal, never in CI, and not twice.
fn show_progress(args: &RunArgs) -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("CI").is_none()
        && !args.reporters.iter().any(|r| r == "progress")
        && !args.verbose
}

/// The text of a file named by URL or UID; `None` for a local file.
fn fetched(remote: &Remote, what: &'static str, source: &Path) -> Result<Option<String>, CliError> {
    let text = source.to_string_lossy();
    let by_uid = matches!(what, "collection" | "environment") && crate::remote::is_uid(&text);
    if crate::remote::is_remote(&text) || by_uid {
        return Ok(Some(remote.fetch(what, &text)?));
    }
    Ok(None)
}

fn load_scope(
    remote: &Remote,
    what: &'static str,
    path: Option<&Path>,
) -> Result<(Scope, Option<String>), CliError> {
    let Some(path) = path else {
        return Ok((Scope::default(), None));
    };
    let file = match fetched(remote, what, path)? {
        Some(text) => load::parse_environment(&text, path)?,
        None => load::load_environment(path)?,
    };
    print_load_warnings(&file.warnings);
    Ok((Scope::new(file.values), file.name))
}

/// What a loader skipped or reinterpreted; a run goes on regardless.
fn print_load_warnings(warnings: &[String]) {
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
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
