//! `plan`: everything a run needs, loaded and checked before the first
//! request is sent.
//!
//! [`plan`] turns a [`PlanInput`] (the command line's run flags, without
//! clap) into a [`Planned`] run: files loaded or fetched, scopes filled in
//! and overridden, `{{vault:…}}` values resolved, the mock server started.
//! [`RunPlan::builder`] is the one way to make a [`RunPlan`]: the command
//! line, the tests and the bench all go through it, so the collection scope
//! is never forgotten. Any error up to here is bad input (exit 2); the
//! runner never sees unvalidated input. Sends no request of the run itself.

mod input;
mod order;

use std::time::Duration;

use crate::http::ClientOptions;
use crate::load::{Collection, Listen, LoadError};
use crate::script::SandboxOptions;
use crate::vars::{Scope, Scopes};

pub use input::{PlanInput, Planned, SecretEnv, plan};
pub use order::Step;

/// Why a run could not be planned (exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PlanError {
    /// A file could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A collection, environment or data file could not be fetched.
    #[error(transparent)]
    Remote(#[from] crate::remote::RemoteError),
    /// A vault reference or file could not be resolved.
    #[error(transparent)]
    Secret(#[from] crate::vars::secrets::SecretError),
    /// `--folder` named nothing in the collection.
    #[error("no folder or request named `{name}` in the collection{}", crate::suggest::did_you_mean(.suggestion.as_deref()))]
    UnknownFolder {
        /// The name given.
        name: String,
        /// The closest existing name.
        suggestion: Option<String>,
    },
    /// A `--secret-var` without `KEY=` (not shown: it may be the secret).
    #[error("--secret-var expects KEY=VALUE (the argument is not shown: it may hold a secret)")]
    MalformedSecretVar,
    /// The mock server for `--mock` could not start.
    #[error("cannot start the mock server for --mock")]
    Mock(#[source] crate::mock::MockError),
}

/// How a run behaves (Newman's flags).
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// `-n`: how many times the selected requests run.
    pub iterations: usize,
    /// `--folder`: names of folders or requests to run; empty runs all.
    pub folders: Vec<String>,
    /// `--bail`: which failure ends the run.
    pub bail: Bail,
    /// `--delay-request`: pause before each request.
    pub delay: Duration,
    /// `--dry-run`: resolve and report requests without sending them.
    pub dry_run: bool,
    /// `--timeout`: the longest the whole run may take; it then stops as
    /// on Ctrl-C, and what ran is reported.
    pub timeout: Option<Duration>,
    /// Timeout and TLS settings.
    pub client: ClientOptions,
    /// `--working-dir` and `--no-insecure-file-read`: where body files are
    /// read from.
    pub files: crate::http::FileAccess,
    /// Script limits (`--timeout-script`).
    pub sandbox: SandboxOptions,
    /// Keep response bodies for reports (`--reporter-json-include-body`).
    pub keep_response_bodies: bool,
    /// Iteration data rows (`-d`): iteration N uses row N, or the last row
    /// once the rows run out (as Newman does).
    pub data: Vec<crate::load::DataRow>,
    /// `--seed`: repeatable dynamic variables.
    pub seed: Option<u64>,
    /// `--mock`: where requests go instead, and which hosts may be mocked.
    pub mock: Option<MockRouting>,
    /// `--max-variable-size`: the longest a text may grow while its
    /// variables are substituted.
    pub max_variable_size: usize,
    /// `--max-item-repeats`: how often one request may run in one
    /// iteration (`setNextRequest` loops).
    pub max_item_repeats: usize,
    /// `--parallel`: how many iterations run at once (1: one after the
    /// other). Each iteration then starts from the scopes as the files
    /// give them, with its own cookie jar.
    pub parallel: usize,
    /// `--shard K/M`: run only the K-th of M slices of the iterations.
    pub shard: Option<Shard>,
    /// `--parallel-folders`: with `parallel` above 1, each iteration's
    /// top-level folders run at once too, each from the files' scopes.
    pub parallel_folders: bool,
}

/// `--shard K/M`: the K-th (from 1) of M contiguous slices of a run's
/// iterations, so that M machines share one suite and their reports merge
/// (`postrun merge-reports`) into the one run's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// K, from 1.
    pub index: usize,
    /// M.
    pub count: usize,
}

impl Shard {
    /// `K/M`, with 1 ≤ K ≤ M.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let invalid = || format!("`{text}` is not K/M with 1 <= K <= M (say 2/4)");
        let (index, count) = text.split_once('/').ok_or_else(invalid)?;
        let index: usize = index.trim().parse().map_err(|_| invalid())?;
        let count: usize = count.trim().parse().map_err(|_| invalid())?;
        if index == 0 || index > count {
            return Err(invalid());
        }
        Ok(Shard { index, count })
    }

    /// This shard's iterations out of `total`: slices differ in length by
    /// one at most, in order.
    pub fn iterations(self, total: usize) -> std::ops::Range<usize> {
        (self.index - 1) * total / self.count..self.index * total / self.count
    }
}

/// `--bail` and its modifiers: which failure ends the run, as in Newman.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bail {
    /// None: the run goes to its end.
    #[default]
    Off,
    /// The first failure (an assertion, a request error, a script error),
    /// once the failing item's scripts have run: `--bail`, `--bail failure`.
    /// A pre-request script that throws ends it before its request is sent.
    OnFailure,
    /// Only an error: a script that throws, or a request that gets no
    /// response (`--bail folder` alone: Newman's `abortOnError`); failed
    /// assertions go on.
    OnError,
}

impl Bail {
    /// Whether this failure ends the run.
    pub fn stops_at(self, failure: &crate::summary::FailureKind) -> bool {
        use crate::summary::FailureKind;
        match self {
            Bail::Off => false,
            Bail::OnFailure => true,
            Bail::OnError => matches!(
                failure,
                FailureKind::Script { .. } | FailureKind::Request { from_script: false }
            ),
        }
    }
}

impl RunOptions {
    /// The iterations this run performs: all of them, or its shard's.
    pub fn iteration_range(&self) -> std::ops::Range<usize> {
        match self.shard {
            Some(shard) => shard.iterations(self.iterations),
            None => 0..self.iterations,
        }
    }
}

/// The default of `--max-item-repeats`.
pub const DEFAULT_MAX_ITEM_REPEATS: usize = 1_000;

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            iterations: 1,
            folders: Vec::new(),
            bail: Bail::Off,
            delay: Duration::ZERO,
            dry_run: false,
            timeout: None,
            client: ClientOptions::default(),
            files: crate::http::FileAccess::default(),
            sandbox: SandboxOptions::default(),
            keep_response_bodies: false,
            data: Vec::new(),
            seed: None,
            mock: None,
            max_variable_size: crate::vars::DEFAULT_MAX_EXPANDED,
            max_item_repeats: DEFAULT_MAX_ITEM_REPEATS,
            parallel: 1,
            shard: None,
            parallel_folders: false,
        }
    }
}

/// `run --mock`: requests to the hosts the examples use go to the local
/// mock server; nothing else leaves the machine.
#[derive(Debug, Clone)]
pub struct MockRouting {
    /// The mock server, `http://127.0.0.1:PORT`.
    pub base: String,
    /// Hosts (with a port other than the scheme's default, if any) whose
    /// requests are sent to it.
    pub hosts: Vec<String>,
    /// The paths of examples saved without a host (`/users/:id`): a request
    /// to any host whose path matches one of them is sent to the mock too.
    pub hostless: Vec<Vec<Option<String>>>,
}

impl MockRouting {
    /// The URL to send instead, or why the request may not be sent.
    pub fn route(&self, url: &str) -> Result<String, String> {
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("invalid URL `{url}`: {e}"))?;
        if url.starts_with(&self.base) {
            return Ok(url.to_string());
        }
        // `port()` leaves out the scheme's default port, as `hosts` does.
        let host = parsed.host_str().unwrap_or_default().to_ascii_lowercase();
        let authority = match parsed.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.clone(),
        };
        let known = self.hosts.iter().any(|h| *h == authority || *h == host);
        let path: Vec<&str> = parsed.path().split('/').filter(|s| !s.is_empty()).collect();
        let hostless = self.hostless.iter().any(|pattern| {
            pattern.len() == path.len()
                && pattern
                    .iter()
                    .zip(&path)
                    .all(|(want, got)| want.as_deref().is_none_or(|w| w == *got))
        });
        if !known && !hostless {
            return Err(format!(
                "--mock sends nothing off this machine: {authority} is not a host the collection's examples use"
            ));
        }
        let mut local = parsed.path().to_string();
        if let Some(query) = parsed.query() {
            local = format!("{local}?{query}");
        }
        Ok(format!("{}{local}", self.base))
    }
}

/// Everything a run needs, validated: building one is where bad input is
/// caught, so the runner never sees it. Made by [`RunPlan::builder`].
#[derive(Debug, Clone)]
pub struct RunPlan {
    /// The collection.
    pub collection: Collection,
    /// Globals, collection variables and environment, with overrides applied.
    pub scopes: Scopes,
    /// Flags.
    pub options: RunOptions,
    /// For every variable the collection refers to, where its value comes
    /// from, e.g. `("postman-api-key", "process environment POSTMAN_API_KEY")`.
    pub sources: Vec<(String, String)>,
}

impl RunPlan {
    /// Starts a plan for `collection`, its variables as the collection scope.
    pub fn builder(collection: Collection) -> RunPlanBuilder {
        let scopes = Scopes {
            collection: Scope::new(collection.variables.clone()),
            ..Scopes::default()
        };
        RunPlanBuilder {
            collection,
            scopes,
            options: RunOptions::default(),
            sources: Vec::new(),
        }
    }

    /// Whether any request runs a script (an empty script does not count).
    pub fn has_scripts(&self) -> bool {
        self.any_script(|source| !source.trim().is_empty())
    }

    /// Whether a script may wait for the network or a clock
    /// (`pm.sendRequest`, timers): such a script holds its engine while it
    /// waits, so `--parallel` gives each running iteration its own.
    pub fn scripts_wait(&self) -> bool {
        const WAITS: [&str; 4] = ["sendRequest", "setTimeout", "setInterval", "setImmediate"];
        self.any_script(|source| WAITS.iter().any(|name| source.contains(name)))
    }

    /// Whether any script a step runs (its own, its folders', the
    /// collection's) satisfies `test`.
    fn any_script(&self, test: impl Fn(&str) -> bool) -> bool {
        self.steps().iter().any(|step| {
            [Listen::Prerequest, Listen::Test]
                .into_iter()
                .any(|listen| step.scripts(&self.collection, listen).any(&test))
        })
    }

    /// The requests one iteration sends, in order.
    pub fn steps(&self) -> Vec<Step<'_>> {
        // Validated in `build`; an error here cannot happen, but is not a panic.
        order::steps(&self.collection, &self.options.folders).unwrap_or_default()
    }
}

/// A [`RunPlan`] being put together: scopes first, then [`Self::build`]
/// checks the options against the collection.
#[derive(Debug, Clone)]
pub struct RunPlanBuilder {
    collection: Collection,
    scopes: Scopes,
    options: RunOptions,
    sources: Vec<(String, String)>,
}

impl RunPlanBuilder {
    /// The environment scope (an environment file's values).
    pub fn environment(mut self, scope: Scope) -> Self {
        self.scopes.environment = scope;
        self
    }

    /// The globals scope (a globals file's values).
    pub fn globals(mut self, scope: Scope) -> Self {
        self.scopes.globals = scope;
        self
    }

    /// Sets an environment variable (`--env-var KEY=VALUE`).
    pub fn env_var(mut self, key: &str, value: impl Into<String>) -> Self {
        self.scopes.environment.set(key, value);
        self
    }

    /// Sets an environment variable whose value is masked everywhere.
    pub fn secret_var(mut self, key: &str, value: impl Into<String>) -> Self {
        self.scopes.environment.set_secret(key, value);
        self
    }

    /// Sets a global variable (`--global-var KEY=VALUE`).
    pub fn global_var(mut self, key: &str, value: impl Into<String>) -> Self {
        self.scopes.globals.set(key, value);
        self
    }

    /// The run's flags.
    pub fn options(mut self, options: RunOptions) -> Self {
        self.options = options;
        self
    }

    /// The collection being planned.
    pub fn collection(&self) -> &Collection {
        &self.collection
    }

    /// The scopes as they stand.
    pub fn scopes(&self) -> &Scopes {
        &self.scopes
    }

    /// Checks the options against the collection (e.g. that every
    /// `--folder` exists) and makes the plan.
    pub fn build(self) -> Result<RunPlan, PlanError> {
        order::steps(&self.collection, &self.options.folders)?;
        Ok(RunPlan {
            collection: self.collection,
            scopes: self.scopes,
            options: self.options,
            sources: self.sources,
        })
    }

    fn scopes_mut(&mut self) -> &mut Scopes {
        &mut self.scopes
    }

    fn options_mut(&mut self) -> &mut RunOptions {
        &mut self.options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_with(folder_script: &str, request_script: &str) -> RunPlan {
        let text = serde_json::json!({
            "info": { "name": "scripts" },
            "item": [{
                "name": "folder",
                "event": [{ "listen": "prerequest", "script": { "exec": [folder_script] } }],
                "item": [{
                    "name": "request",
                    "event": [{ "listen": "test", "script": { "exec": [request_script] } }],
                    "request": { "method": "GET", "url": "http://127.0.0.1/" }
                }]
            }]
        })
        .to_string();
        let collection = crate::load::parse_collection(&text, std::path::Path::new("c.json"))
            .expect("collection");
        RunPlan::builder(collection).build().expect("plan")
    }

    #[test]
    fn scripts_that_wait_are_found_in_folders_and_requests() {
        let plain = plan_with("pm.variables.set('a', 1);", "pm.test('ok', () => {});");
        assert!(plain.has_scripts() && !plain.scripts_wait());
        let sends = plan_with("pm.sendRequest('http://127.0.0.1/token', () => {});", "");
        assert!(sends.scripts_wait());
        let timer = plan_with("", "setTimeout(() => pm.test('later', () => {}), 10);");
        assert!(timer.scripts_wait());
        let none = plan_with("", " ");
        assert!(!none.has_scripts() && !none.scripts_wait());
    }
}
