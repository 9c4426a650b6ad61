//! `postrun run`: Newman's flags, turned into a [`PlanInput`] and a
//! [`ReporterConfig`]; the library plans, runs and reports.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use postrun::ExitStatus;
use postrun::http::{ClientOptions, FileAccess, TlsOptions};
use postrun::mock::MockDelay;
use postrun::plan::{PlanError, PlanInput, Planned, RunOptions, SecretEnv};
use postrun::remote::Remote;
use postrun::report::{
    CliOptions, ExportPaths, Redactor, ReportError, ReporterConfig, ReporterName, SanitizingWriter,
    Terminal,
};
use postrun::run::{Interruption, RunError};
use postrun::script::{SandboxOptions, ScriptPaths};

use super::{Color, Hint, print_warnings, use_color};

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

    /// The most seconds fetching a collection, environment or data file by
    /// URL or UID may take.
    #[arg(long = "fetch-timeout", value_name = "SECONDS", default_value_t = postrun::remote::DEFAULT_FETCH_TIMEOUT.as_secs())]
    pub fetch_timeout: u64,

    /// Values for `{{vault:name}}` references: a JSON object or `NAME=value`
    /// lines. Names not in it are read from `POSTRUN_VAULT_<NAME>`.
    #[arg(long = "vault-file", value_name = "FILE")]
    pub vault_file: Option<PathBuf>,

    /// Set a global variable, overriding the globals file. `--global-var
    /// KEY` alone takes the value of the process environment variable KEY.
    /// Repeatable.
    #[arg(long = "global-var", value_name = "KEY[=VALUE]", value_parser = key_value_or_process)]
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

    /// Stop the whole run after this many milliseconds (0: no limit): what
    /// ran is reported, marked interrupted, and the exit code is 1.
    #[arg(long = "timeout", value_name = "MS", default_value_t = 0, num_args = 0..=1, default_missing_value = "0")]
    pub timeout: u64,

    /// Fail a request that takes longer than this many milliseconds (0: no limit).
    #[arg(long = "timeout-request", value_name = "MS", default_value_t = 0, num_args = 0..=1, default_missing_value = "0")]
    pub timeout_request: u64,

    /// Stop a script that runs longer than this many milliseconds (0: no limit;
    /// runaway loops are stopped either way).
    #[arg(long = "timeout-script", value_name = "MS", default_value_t = 0, num_args = 0..=1, default_missing_value = "0")]
    pub timeout_script: u64,

    /// Who settles `pm.test`, the common assertions and scope calls: the
    /// native fast paths (with the JavaScript prelude behind them), or the
    /// prelude alone. Results are the same; `prelude` is for checking that.
    #[arg(long = "script-paths", value_enum, default_value_t = ScriptPaths::Native, value_name = "WHO")]
    pub script_paths: ScriptPaths,

    /// Read at most this many bytes of a response body (after
    /// decompression); a longer body is an error for its request.
    #[arg(long = "max-response-size", value_name = "BYTES", default_value_t = postrun::http::DEFAULT_MAX_BODY)]
    pub max_response_size: u64,

    /// Send at most this many bytes from a body or form file.
    #[arg(long = "max-request-size", value_name = "BYTES", default_value_t = postrun::http::DEFAULT_MAX_BODY)]
    pub max_request_size: u64,

    /// Without --timeout-script: how long a script may go on running
    /// promises and waiting for timers and pm.sendRequest after its body
    /// (a setInterval never cleared, a promise chain that never ends).
    #[arg(long = "max-script-wait", value_name = "MS", default_value_t = postrun::script::DEFAULT_SCRIPT_WAIT.as_millis() as u64)]
    pub max_script_wait: u64,

    /// How many loop steps one function call of a script may take before it
    /// is stopped as a runaway (boa counts a call's loops together).
    #[arg(long = "max-loop-iterations", value_name = "N", default_value_t = postrun::script::DEFAULT_LOOP_LIMIT)]
    pub max_loop_iterations: u64,

    /// Stop postrun (exit 3, no reports) once it holds more than this many
    /// bytes of memory: a script building a huge string or array (0: no limit).
    #[arg(long = "max-memory", value_name = "BYTES", default_value_t = super::memory::DEFAULT_MAX_MEMORY)]
    pub max_memory: usize,

    /// The longest a text may grow while its {{variables}} are substituted.
    #[arg(long = "max-variable-size", value_name = "BYTES", default_value_t = postrun::vars::DEFAULT_MAX_EXPANDED)]
    pub max_variable_size: usize,

    /// How often one request may run in one iteration before a
    /// setNextRequest loop is stopped.
    #[arg(long = "max-item-repeats", value_name = "N", default_value_t = postrun::plan::DEFAULT_MAX_ITEM_REPEATS)]
    pub max_item_repeats: usize,

    /// Run up to N iterations at once, each with its own cookie jar,
    /// starting from the variables as the files give them (changes a script
    /// makes do not reach other iterations, except to the globals, which
    /// all iterations share); they share one script engine
    /// per core, a script at a time, unless a script may wait (a timer,
    /// pm.sendRequest). Reports list the iterations in order, as a
    /// sequential run does.
    #[arg(long = "parallel", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub parallel: u16,

    /// At most N requests to one host at a time, over all --parallel
    /// iterations (default: one per running iteration).
    #[arg(long = "max-connections-per-host", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub max_connections_per_host: Option<u16>,

    /// With --parallel, run each iteration's top-level folders at once too,
    /// each from the files' variables: for collections whose folders do not
    /// depend on each other (a setNextRequest out of its folder fails).
    #[arg(long = "parallel-folders")]
    pub parallel_folders: bool,

    /// Run only the K-th of M slices of the iterations (say 2/4), one per
    /// CI machine; `postrun merge-reports` joins their JSON or JUnit reports
    /// into the one run's.
    #[arg(long = "shard", value_name = "K/M", value_parser = postrun::plan::Shard::parse)]
    pub shard: Option<postrun::plan::Shard>,

    /// Wait this many milliseconds before each request (the first one too,
    /// as Newman).
    #[arg(long = "delay-request", value_name = "MS", default_value_t = 0, num_args = 0..=1, default_missing_value = "0")]
    pub delay_request: u64,

    /// Accept invalid TLS certificates (self-signed, expired).
    #[arg(short = 'k', long)]
    pub insecure: bool,

    /// Start with the cookies of this tough-cookie JSON jar (as Newman's
    /// --cookie-jar reads it).
    #[arg(long = "cookie-jar", value_name = "FILE")]
    pub cookie_jar: Option<PathBuf>,

    /// Write the cookie jar after the run, as tough-cookie JSON (cookies
    /// holding a secret written empty unless --export-secrets).
    #[arg(long = "export-cookie-jar", value_name = "PATH")]
    pub export_cookie_jar: Option<PathBuf>,

    /// Resolve relative paths of file and form-data bodies against this
    /// folder (default: the current directory).
    #[arg(long = "working-dir", value_name = "DIR")]
    pub working_dir: Option<PathBuf>,

    /// Refuse body files outside the working directory.
    #[arg(long = "no-insecure-file-read")]
    pub no_insecure_file_read: bool,

    /// Trust the CA certificates in this PEM file, besides the system's
    /// (which SSL_CERT_FILE and SSL_CERT_DIR also extend).
    #[arg(long = "ssl-extra-ca-certs", value_name = "FILE")]
    pub ssl_extra_ca_certs: Option<PathBuf>,

    /// What Node reads from the environment for TLS (see [`NodeTls`]).
    #[arg(skip)]
    pub node_tls: NodeTls,

    /// Present this client certificate (PEM; may hold the key too).
    #[arg(long = "ssl-client-cert", value_name = "FILE")]
    pub ssl_client_cert: Option<PathBuf>,

    /// The client certificate's private key (PEM).
    #[arg(long = "ssl-client-key", value_name = "FILE")]
    pub ssl_client_key: Option<PathBuf>,

    /// Client certificates per URL pattern, as Newman's JSON list
    /// ([{name, matches, cert: {src}, key: {src}, passphrase}]); a match
    /// wins over --ssl-client-cert.
    #[arg(long = "ssl-client-cert-list", value_name = "FILE")]
    pub ssl_client_cert_list: Option<PathBuf>,

    /// Decrypts an encrypted (PKCS#8) client key.
    #[arg(long = "ssl-client-passphrase", value_name = "PASSPHRASE")]
    pub ssl_client_passphrase: Option<String>,

    /// Do not follow redirects; report the 3xx response itself.
    #[arg(long)]
    pub ignore_redirects: bool,

    /// Stop the run at the first failure, after the failing item's scripts
    /// (a pre-request script that throws stops it before its request).
    /// Newman's modifiers: `failure` is the same; `folder` alone stops only
    /// at an error (a script that throws, a request without a response),
    /// not at a failed assertion.
    /// A --folder that names nothing always stops the run (exit 2).
    #[arg(long, value_name = "MODIFIERS", num_args = 0..=1, value_delimiter = ',', value_enum)]
    pub bail: Option<Vec<BailModifier>>,

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

    /// Reporters to use, comma-separated: cli, json, junit, html,
    /// htmlextra, github, progress, emojitrain. A name postrun does not have is
    /// left out with a warning, as in Newman. Newman's reporter options
    /// (`--reporter-cli-no-summary`, `--reporter-htmlextra-export PATH`,
    /// `--reporter-<option>` for all) are read too.
    #[arg(
        short = 'r',
        long = "reporters",
        value_name = "LIST",
        value_delimiter = ',',
        default_value = "cli",
        num_args = 0..=1,
        default_missing_value = "cli"
    )]
    pub reporters: Vec<String>,

    /// Newman's nested `--reporter-…` options, taken off the command line
    /// before clap parses it ([`super::reporter_options::split`]).
    #[arg(skip)]
    pub nested: Vec<super::reporter_options::NestedOption>,

    /// Where the junit reporter writes (default: newman/newman-run-report-<timestamp>.xml, as Newman; a directory gets the file inside).
    #[arg(long = "reporter-junit-export", value_name = "PATH")]
    pub junit_export: Option<PathBuf>,

    /// Where the json reporter writes (default: newman/newman-run-report-<timestamp>.json, as Newman; a directory gets the file inside).
    #[arg(long = "reporter-json-export", value_name = "PATH")]
    pub json_export: Option<PathBuf>,

    /// Also write each response body as text (`response.body`) in the json
    /// report, beside Newman's `response.stream` bytes.
    #[arg(long = "reporter-json-include-body")]
    pub json_include_body: bool,

    /// Where the html reporter writes (default: newman/newman-run-report-<timestamp>.html, as Newman; a directory gets the file inside).
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
    pub mock_delay: Option<MockDelay>,

    /// Print nothing on the terminal (file reporters still write).
    #[arg(long)]
    pub silent: bool,

    /// Also print request and response headers and bodies (secrets masked).
    #[arg(long)]
    pub verbose: bool,

    /// Draw the cli output with ASCII only.
    #[arg(long = "disable-unicode", visible_alias = "no-unicode")]
    pub disable_unicode: bool,

    /// Write the environment as the run left it to this file (secret values
    /// written empty, unless --export-secrets).
    #[arg(long = "export-environment", value_name = "PATH")]
    pub export_environment: Option<PathBuf>,

    /// Write the globals as the run left them to this file (secret values
    /// written empty, unless --export-secrets).
    #[arg(long = "export-globals", value_name = "PATH")]
    pub export_globals: Option<PathBuf>,

    /// Write the collection, with its variables as the run left them, to
    /// this file (secret values written empty, unless --export-secrets).
    #[arg(long = "export-collection", value_name = "PATH")]
    pub export_collection: Option<PathBuf>,

    /// Write the values of secret-typed variables (those of --secret-env,
    /// --secret-var and the vault among them) into the --export-* files.
    /// Without it they keep their type and are written empty.
    #[arg(long = "export-secrets")]
    pub export_secrets: bool,
}

/// What `--bail` and its modifiers stop at, as Newman reads them: no
/// modifier or `failure`, any failure; `folder` alone, an error (a script
/// that throws, a request without a response).
fn bail_of(modifiers: Option<&[BailModifier]>) -> postrun::plan::Bail {
    use postrun::plan::Bail;
    match modifiers {
        None => Bail::Off,
        Some(modifiers) if modifiers == [BailModifier::Folder] => Bail::OnError,
        Some(_) => Bail::OnFailure,
    }
}

/// `--bail folder,failure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BailModifier {
    /// Stop when a --folder names nothing.
    Folder,
    /// Stop after the failing item's scripts.
    Failure,
}

fn key_value_or_process(text: &str) -> Result<(String, String), String> {
    if text.contains('=') {
        return key_value(text);
    }
    std::env::var(text)
        .map(|value| (text.to_string(), value))
        .map_err(|_| format!("the process environment has no variable `{text}`"))
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

/// Why `postrun run` could not start or finish its reports.
#[derive(Debug, thiserror::Error)]
pub enum RunCommandError {
    /// The input is unusable.
    #[error(transparent)]
    Plan(#[from] PlanError),
    /// A reporter could not be set up.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The run could not start.
    #[error(transparent)]
    Run(#[from] RunError),
}

impl Hint for RunCommandError {
    fn hint(&self) -> Option<String> {
        match self {
            RunCommandError::Plan(PlanError::Secret(_)) => Some(
                "give vault values with --vault-file FILE or POSTRUN_VAULT_<NAME> variables".into(),
            ),
            RunCommandError::Plan(PlanError::MalformedSecretVar) => {
                Some("or keep the value off the command line: --secret-env KEY=ENV_NAME".into())
            }
            _ => None,
        }
    }
}

/// Plans, runs and reports; exit 1 when anything failed.
pub fn command(mut args: RunArgs) -> Result<ExitStatus, RunCommandError> {
    crate::ALLOCATOR.set_limit(args.max_memory);
    let mut reporter_warnings = Vec::new();
    args.node_tls =
        NodeTls::from_environment(|name| std::env::var_os(name), &mut reporter_warnings);
    let reporters = Reporters::from_args(&args, &mut reporter_warnings);
    let Planned {
        plan,
        warnings,
        mock: _mock,
    } = postrun::plan::plan(&plan_input(&args, &reporters))?;
    let secrets = plan
        .scopes
        .secret_values()
        .into_iter()
        .chain(args.postman_api_key.clone());
    let redactor = Redactor::new(secrets);
    let mut warnings = warnings;
    if args.ssl_client_cert.is_none()
        && (args.ssl_client_key.is_some() || args.ssl_client_passphrase.is_some())
    {
        warnings.push(
            "--ssl-client-key and --ssl-client-passphrase go with --ssl-client-cert, which is not given: ignored".into(),
        );
    }
    warnings.extend(reporter_warnings);
    print_warnings(
        &mut redactor.writer(SanitizingWriter(std::io::stderr())),
        &warnings,
    );
    let terminal = Terminal {
        out: Box::new(std::io::stdout()),
        err: Box::new(std::io::stderr()),
        progress: postrun::report::ProgressDrawTarget::stderr(),
        annotations: Box::new(SanitizingWriter(std::io::stderr())),
    };
    let config = reporter_config(&args, &reporters);
    let mut reporters = postrun::report::build(&config, redactor, terminal)?;
    let stop = super::signals::stop_on_signals();
    let hard_stop = (args.timeout > 0)
        .then(|| HardStop::after(Duration::from_millis(args.timeout) + STUCK_GRACE));
    let summary = postrun::run::run_until(&plan, &mut reporters, &stop)?;
    drop(hard_stop);
    let written = reporters.finish(&summary);
    for error in &written.failed {
        super::print_error(
            error,
            Some("the other reports were written; check this path"),
        );
    }
    match summary.interrupted {
        Some(Interruption::Signal(signal)) => return Ok(ExitStatus::Interrupted(signal)),
        // Newman's --timeout fails the run: exit 1, even when all that ran passed.
        Some(Interruption::Timeout(_)) => return Ok(ExitStatus::Failures),
        None => {}
    }
    if !written.failed.is_empty() {
        return Ok(ExitStatus::Failures);
    }
    Ok(match summary.has_failures() {
        true => ExitStatus::Failures,
        false => ExitStatus::Success,
    })
}

/// The flags that decide what is loaded and how the run behaves.
fn plan_input(args: &RunArgs, reporters: &Reporters) -> PlanInput {
    PlanInput {
        collection: args.collection.clone(),
        collection_name: args.collection_name.clone(),
        environment: args.environment.clone(),
        globals: args.globals.clone(),
        iteration_data: args.iteration_data.clone(),
        iterations: args.iterations,
        env_vars: args.env_vars.clone(),
        secret_vars: args.secret_vars.clone(),
        secret_envs: args.secret_envs.clone(),
        global_vars: args.global_vars.clone(),
        vault_file: args.vault_file.clone(),
        remote: Remote {
            api_key: args.postman_api_key.clone(),
            base_url: args.postman_api_base_url.clone(),
            timeout: Some(Duration::from_secs(args.fetch_timeout)),
        },
        mock: args.mock.then_some(args.mock_delay),
        options: run_options(args, reporters),
    }
}

fn run_options(args: &RunArgs, reporters: &Reporters) -> RunOptions {
    let millis = |ms: u64| (ms > 0).then(|| Duration::from_millis(ms));
    RunOptions {
        seed: args.seed,
        folders: args.folders.clone(),
        bail: bail_of(args.bail.as_deref()),
        delay: Duration::from_millis(args.delay_request),
        dry_run: args.dry_run,
        timeout: millis(args.timeout),
        client: ClientOptions {
            timeout: millis(args.timeout_request),
            insecure: args.insecure || args.node_tls.insecure,
            follow_redirects: !args.ignore_redirects,
            cookie_jar: args.cookie_jar.clone(),
            tls: TlsOptions {
                extra_ca_certs: extra_ca_certs(args),
                client_cert: args.ssl_client_cert.clone(),
                client_key: args.ssl_client_key.clone(),
                client_passphrase: args.ssl_client_passphrase.clone(),
                client_cert_list: args.ssl_client_cert_list.clone(),
            },
            max_response_size: args.max_response_size,
            max_request_size: args.max_request_size,
            host_limit: args
                .max_connections_per_host
                .map(|n| postrun::http::HostLimit::new(usize::from(n))),
        },
        files: FileAccess {
            working_dir: args.working_dir.clone(),
            insecure_read: !args.no_insecure_file_read,
        },
        max_variable_size: args.max_variable_size,
        max_item_repeats: args.max_item_repeats,
        parallel: usize::from(args.parallel),
        shard: args.shard,
        parallel_folders: args.parallel_folders,
        sandbox: SandboxOptions {
            timeout: millis(args.timeout_script),
            wait: Duration::from_millis(args.max_script_wait),
            loop_limit: args.max_loop_iterations,
            paths: args.script_paths,
            locale: postrun::script::locale_from_environment(|name| std::env::var(name).ok()),
        },
        // Newman's JSON report holds every body (`response.stream`), and
        // the htmlextra page shows them unless told not to.
        keep_response_bodies: reporters.names.contains(&ReporterName::Json)
            || (reporters.names.contains(&ReporterName::Htmlextra)
                && reporters.options.htmlextra.wants_bodies()),
        ..RunOptions::default()
    }
}

/// The TLS settings Node takes from the environment, which CI jobs set for
/// Newman: `NODE_EXTRA_CA_CERTS` (a PEM file of CAs to trust too) and
/// `NODE_TLS_REJECT_UNAUTHORIZED=0` (check no certificate). postrun
/// honours both, so a job that trusted a private CA that way keeps working
/// when `newman` becomes `postrun`; as Node, it warns when checks are off
/// and skips a CA file it cannot read.
#[derive(Debug, Clone, Default)]
pub struct NodeTls {
    extra_ca_certs: Option<PathBuf>,
    insecure: bool,
}

impl NodeTls {
    fn from_environment(
        var: impl Fn(&str) -> Option<std::ffi::OsString>,
        warnings: &mut Vec<String>,
    ) -> NodeTls {
        let extra_ca_certs = var("NODE_EXTRA_CA_CERTS")
            .filter(|path| !path.is_empty())
            .map(PathBuf::from)
            .filter(|path| match std::fs::metadata(path) {
                Ok(_) => true,
                Err(e) => {
                    warnings.push(format!(
                        "NODE_EXTRA_CA_CERTS names {}, which cannot be read ({e}): ignored, as Node ignores it",
                        path.display()
                    ));
                    false
                }
            });
        let insecure = var("NODE_TLS_REJECT_UNAUTHORIZED").is_some_and(|value| value == "0");
        if insecure {
            warnings.push(
                "NODE_TLS_REJECT_UNAUTHORIZED is 0: TLS certificates are not checked (as with -k), as Node does".into(),
            );
        }
        NodeTls {
            extra_ca_certs,
            insecure,
        }
    }
}

/// The CA files to trust besides the system's: the flag's and Node's.
fn extra_ca_certs(args: &RunArgs) -> Vec<postrun::http::CaFile> {
    let flag = args
        .ssl_extra_ca_certs
        .iter()
        .map(|path| (path, "--ssl-extra-ca-certs", false));
    let node = args
        .node_tls
        .extra_ca_certs
        .iter()
        .map(|path| (path, "NODE_EXTRA_CA_CERTS", true));
    flag.chain(node)
        .map(|(path, named_by, deferred)| postrun::http::CaFile {
            path: path.clone(),
            named_by,
            deferred,
        })
        .collect()
}

/// The reporters `-r` and the nested `--reporter-…` options ask for.
struct Reporters {
    names: Vec<ReporterName>,
    options: super::reporter_options::Applied,
}

impl Reporters {
    fn from_args(args: &RunArgs, warnings: &mut Vec<String>) -> Reporters {
        use super::reporter_options::{apply, reporter_names};
        let options = apply(&args.nested, &args.reporters);
        let mut names = reporter_names(&args.reporters, warnings);
        if options.cli_silent {
            names.retain(|name| *name != ReporterName::Cli);
        }
        if names.contains(&ReporterName::Cli) && names.contains(&ReporterName::Emojitrain) {
            warnings.push("cli, emojitrain reporters might not work well together: the first one named writes on the terminal".into());
        }
        if !options.ignored.is_empty() {
            warnings.push(format!(
                "postrun's reporters do not take {}; ignored",
                options.ignored.join(", ")
            ));
        }
        Reporters { names, options }
    }
}

fn reporter_config(args: &RunArgs, reporters: &Reporters) -> ReporterConfig {
    let nested = &reporters.options;
    ReporterConfig {
        names: reporters.names.clone(),
        terminal: !args.silent,
        auto_progress: show_progress(args),
        cli: CliOptions {
            color: use_color(args.color),
            ascii: args.disable_unicode,
            verbose: args.verbose,
            newman: nested.cli,
        },
        junit_export: args.junit_export.clone().or_else(|| nested.export.clone()),
        junit_layout: match nested.junit_per_iteration {
            true => postrun::report::JunitLayout::PerIteration,
            false => postrun::report::JunitLayout::Newman,
        },
        json_export: args.json_export.clone().or_else(|| nested.export.clone()),
        json_include_body: args.json_include_body,
        html_export: (args.html_export.clone())
            .or_else(|| nested.html_export.clone())
            .or_else(|| nested.export.clone()),
        html_template: args.html_template.clone(),
        htmlextra: nested.htmlextra.clone(),
        github: postrun::report::GithubOptions {
            // GitHub Actions names the job summary file here.
            step_summary: std::env::var_os("GITHUB_STEP_SUMMARY")
                .filter(|file| !file.is_empty())
                .map(PathBuf::from),
            export: nested
                .github_export
                .clone()
                .or_else(|| nested.export.clone()),
            collection_file: args.collection.is_file().then(|| args.collection.clone()),
        },
        exports: ExportPaths {
            environment: args.export_environment.clone(),
            globals: args.export_globals.clone(),
            collection: args.export_collection.clone(),
            secrets: args.export_secrets,
            cookie_jar: args.export_cookie_jar.clone(),
        },
    }
}

/// The live bar: only on a terminal, never in CI, and not with --verbose.
fn show_progress(args: &RunArgs) -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none() && !args.verbose
}

/// How long past `--timeout` a run may take to stop before the process ends
/// without it: a script stuck in native code (a regular expression that
/// backtracks without end) cannot be interrupted, and would hold the run
/// (and Newman's) forever.
const STUCK_GRACE: Duration = Duration::from_secs(5);

/// Ends the process once its time is up, unless dropped before.
struct HardStop(std::sync::Arc<std::sync::atomic::AtomicBool>);

impl HardStop {
    fn after(limit: Duration) -> HardStop {
        let finished = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let watched = finished.clone();
        std::thread::spawn(move || {
            std::thread::sleep(limit);
            if !watched.load(std::sync::atomic::Ordering::SeqCst) {
                eprintln!(
                    "error: the run did not stop within {} s of --timeout: a script is stuck in code that cannot be interrupted (a regular expression that backtracks without end?); postrun stopped without writing reports",
                    STUCK_GRACE.as_secs()
                );
                std::process::exit(1);
            }
        });
        HardStop(finished)
    }
}

impl Drop for HardStop {
    fn drop(&mut self) {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}
