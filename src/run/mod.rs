//! `run`: the order of a run and the events it emits.
//!
//! Iterations × requests depth-first, `--folder` filters, `--bail`, delays.
//! Each request is resolved against the scopes, sent through `http`, and
//! reported as events (see `crate::events` for the lifecycle). Formats nothing.
//!
//! All mutable run state lives in [`Worker`], so that parallel runs can later
//! give each worker its own.

mod order;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use crate::events::{Event, EventKind, EventSink, ItemRef};
use crate::http::{self, Client, ClientOptions, PreparedRequest};
use crate::load::Collection;
use crate::summary::Summary;
use crate::vars::Scopes;

pub use order::Step;

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// `--folder` named nothing in the collection.
    #[error("no folder or request named `{name}` in the collection{}", did_you_mean(.suggestion))]
    UnknownFolder {
        /// The name given.
        name: String,
        /// The closest existing name.
        suggestion: Option<String>,
    },
    /// The HTTP client or runtime could not be built.
    #[error("cannot start the HTTP client")]
    Client(#[source] Box<dyn std::error::Error + Send + Sync>),
}

fn did_you_mean(suggestion: &Option<String>) -> String {
    suggestion
        .as_ref()
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

/// How a run behaves (Newman's flags).
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// `-n`: how many times the selected requests run.
    pub iterations: usize,
    /// `--folder`: names of folders or requests to run; empty runs all.
    pub folders: Vec<String>,
    /// `--bail`: stop at the first failure.
    pub bail: bool,
    /// `--delay-request`: pause between requests.
    pub delay: Duration,
    /// Follow redirects (off with `--ignore-redirects`).
    pub follow_redirects: bool,
    /// `--dry-run`: resolve and report requests without sending them.
    pub dry_run: bool,
    /// Timeout and TLS settings.
    pub client: ClientOptions,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            iterations: 1,
            folders: Vec::new(),
            bail: false,
            delay: Duration::ZERO,
            follow_redirects: true,
            dry_run: false,
            client: ClientOptions::default(),
        }
    }
}

/// Everything a run needs, validated: building one is where bad input is
/// caught, so the runner never sees it.
#[derive(Debug, Clone)]
pub struct RunPlan {
    /// The collection.
    pub collection: Collection,
    /// Globals, collection variables and environment, with CLI overrides applied.
    pub scopes: Scopes,
    /// Flags.
    pub options: RunOptions,
}

impl RunPlan {
    /// Checks the options against the collection (e.g. that every `--folder` exists).
    pub fn new(
        collection: Collection,
        scopes: Scopes,
        options: RunOptions,
    ) -> Result<RunPlan, RunError> {
        order::steps(&collection, &options.folders)?;
        Ok(RunPlan {
            collection,
            scopes,
            options,
        })
    }

    /// The requests one iteration sends, in order.
    pub fn steps(&self) -> Vec<Step<'_>> {
        // Validated in `new`; an error here cannot happen, but is not a panic.
        order::steps(&self.collection, &self.options.folders).unwrap_or_default()
    }
}

/// Runs the plan to the end (or to the first failure with `--bail`),
/// sending every event to `sink`. Blocks the calling thread.
pub fn run(plan: &RunPlan, sink: &mut dyn EventSink) -> Result<Summary, RunError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| RunError::Client(Box::new(e)))?;
    let client =
        Client::new(plan.options.client.clone()).map_err(|e| RunError::Client(Box::new(e)))?;
    let mut worker = Worker::new(plan, client, sink);
    Ok(runtime.block_on(worker.run()))
}

/// The state of one run: scopes, summary, the event clock.
struct Worker<'p, 's> {
    plan: &'p RunPlan,
    scopes: Scopes,
    client: Client,
    sink: &'s mut dyn EventSink,
    summary: Summary,
    started: Instant,
    warned: HashSet<(String, String)>,
}

impl<'p, 's> Worker<'p, 's> {
    fn new(plan: &'p RunPlan, client: Client, sink: &'s mut dyn EventSink) -> Self {
        Worker {
            plan,
            scopes: plan.scopes.clone(),
            client,
            sink,
            summary: Summary::default(),
            started: Instant::now(),
            warned: HashSet::new(),
        }
    }

    fn emit(&mut self, kind: EventKind<'_>) {
        let event = Event {
            elapsed: self.started.elapsed(),
            kind,
        };
        self.summary.record(&event);
        self.sink.event(&event);
    }

    async fn run(&mut self) -> Summary {
        let plan = self.plan;
        let steps = plan.steps();
        let iterations = plan.options.iterations;
        self.emit(EventKind::RunStarted {
            collection: &plan.collection,
            iterations,
            requests: steps.len(),
            dry_run: plan.options.dry_run,
        });
        let mut sent_any = false;
        'iterations: for iteration in 0..iterations {
            self.emit(EventKind::IterationStarted { iteration });
            for step in &steps {
                if sent_any && !plan.options.delay.is_zero() {
                    tokio::time::sleep(plan.options.delay).await;
                }
                sent_any = true;
                let failures_before = self.summary.failures.len();
                self.run_step(step, iteration).await;
                if plan.options.bail && self.summary.failures.len() > failures_before {
                    self.emit(EventKind::IterationFinished { iteration });
                    break 'iterations;
                }
            }
            self.emit(EventKind::IterationFinished { iteration });
        }
        let summary = self.summary.clone();
        self.emit(EventKind::RunFinished { summary: &summary });
        std::mem::take(&mut self.summary)
    }

    async fn run_step(&mut self, step: &Step<'p>, iteration: usize) {
        let at = ItemRef {
            item: step.item,
            path: &step.path,
            iteration,
        };
        self.emit(EventKind::ItemStarted(at));
        let request = self.prepare(step, at);
        self.emit(EventKind::RequestSent {
            at,
            request: &request,
        });
        if !self.plan.options.dry_run {
            match self.client.send(&request).await {
                Ok(response) => self.emit(EventKind::ResponseReceived {
                    at,
                    request: &request,
                    response: &response,
                }),
                Err(error) => self.emit(EventKind::RequestFailed {
                    at,
                    request: &request,
                    error: &error,
                }),
            }
        }
        self.emit(EventKind::ItemFinished(at));
    }

    /// Resolves the step's request and reports, once per run and item, every
    /// variable left unresolved and anything else worth a warning.
    fn prepare(&mut self, step: &Step<'p>, at: ItemRef<'_>) -> PreparedRequest {
        let collection = &self.plan.collection;
        let mut unresolved = Vec::new();
        let mut warnings = Vec::new();
        let scopes = &self.scopes;
        let mut resolve = |text: &str| scopes.resolve(text, &mut unresolved);
        let request = http::prepare(
            &step.item.request,
            step.auth(collection),
            &step.behavior(collection),
            self.plan.options.follow_redirects,
            &mut resolve,
            &mut warnings,
        );
        let unresolved = unresolved
            .into_iter()
            .map(|name| format!("unresolved variable {{{{{name}}}}}"));
        for message in unresolved.chain(warnings) {
            if self.warned.insert((step.path.clone(), message.clone())) {
                self.emit(EventKind::Warning {
                    at,
                    message: &message,
                });
            }
        }
        request
    }
}
