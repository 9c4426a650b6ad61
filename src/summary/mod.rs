//! The run's totals, built from the event stream like any reporter.

// A new variant of any of this crate's enums must be placed by name here.
#![deny(clippy::wildcard_enum_match_arm)]

mod spool;

pub use spool::{KeptBody, Spool};

use std::time::Duration;

use crate::events::{Event, EventKind, ItemRef};
use crate::http::{PartValue, PreparedBody};
use crate::load::Listen;
use crate::script::{AssertionOutcome, ConsoleLine, ScriptError};

/// Executed and failed counts for one kind of thing (Newman's `{total, failed}`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    /// How many ran.
    pub total: usize,
    /// How many failed.
    pub failed: usize,
}

/// What kind of failure: failed assertions and errors are kept apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureKind {
    /// A test's assertion failed (or its callback threw).
    Assertion {
        /// The test's name.
        test: String,
        /// Its position among the request's assertions (Newman's `assertion:N`).
        index: usize,
        /// `prerequest` or `test`: the script it was in.
        event: Listen,
    },
    /// A script stopped on an uncaught error.
    Script {
        /// `prerequest` or `test`.
        event: Listen,
        /// The line in the script, when known.
        line: Option<usize>,
    },
    /// The request got no response.
    Request {
        /// A script's `pm.sendRequest` (Newman names no source for it).
        from_script: bool,
    },
}

/// One failure, for the numbered list at the end of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// What failed.
    pub kind: FailureKind,
    /// The error's name: `AssertionError`, `TypeError`, `RequestError`, …
    pub name: String,
    /// Folder path and request name.
    pub item_path: String,
    /// The request's own name.
    pub item_name: String,
    /// 0-based iteration.
    pub iteration: usize,
    /// The message.
    pub message: String,
}

impl Failure {
    /// Where it happened, in Newman's words (its JSON report's `at`, the
    /// terminal's `at …`): `assertion:N in test-script` whichever script
    /// held the assertion, `prerequest-script`, `request`.
    pub fn at(&self) -> String {
        match &self.kind {
            FailureKind::Assertion { index, .. } => format!("assertion:{index} in test-script"),
            FailureKind::Script { event, .. } => format!("{event}-script"),
            FailureKind::Request { .. } => "request".to_string(),
        }
    }
}

/// A request as it was sent, for reports.
#[derive(Debug, Clone, PartialEq)]
pub struct SentRequest {
    /// Method.
    pub method: String,
    /// Resolved URL.
    pub url: String,
    /// Headers as scripts and Newman's report list them (the collection's,
    /// switched-off ones included, the auth's, then those postrun added,
    /// `Host` and `Content-Length` among them), each with where it came from.
    pub headers: Vec<(String, String, crate::http::Listed)>,
    /// The body as sent (a file or a multipart form described in text),
    /// kept only when a report asked for bodies.
    pub body: Option<KeptBody>,
}

impl SentRequest {
    /// The headers it went out with, as name and value, for reports that do
    /// not mark the added ones.
    pub fn header_pairs(&self) -> Vec<(String, String)> {
        (self.headers.iter())
            .filter(|(_, _, listed)| !listed.is_disabled())
            .map(|(name, value, _)| (name.clone(), value.clone()))
            .collect()
    }
}

/// A response as received, for reports.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedResponse {
    /// Status code.
    pub code: u16,
    /// Reason phrase.
    pub status: String,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// Response time.
    pub time: Duration,
    /// Body size in bytes.
    pub size: usize,
    /// The body, kept only when a report asked for bodies, in the
    /// summary's spool ([`Summary::body`] reads it back).
    pub body: Option<KeptBody>,
}

/// One request item as it ran: what file reports list per request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Execution {
    /// The item's `id`.
    pub item_id: Option<String>,
    /// The item's name.
    pub item_name: String,
    /// Folder path and name.
    pub item_path: String,
    /// 0-based iteration.
    pub iteration: usize,
    /// When it started, from the start of the run.
    pub started: Duration,
    /// How long it took, scripts included.
    pub duration: Duration,
    /// The request, unless a pre-request script skipped it.
    pub request: Option<SentRequest>,
    /// The response, when one arrived.
    pub response: Option<ReceivedResponse>,
    /// Why no response arrived.
    pub request_error: Option<String>,
    /// Assertions in order.
    pub assertions: Vec<(String, AssertionOutcome)>,
    /// Scripts that stopped on an error.
    pub script_errors: Vec<ScriptError>,
    /// Console lines.
    pub console: Vec<ConsoleLine>,
    /// Requests sent for the item, `pm.sendRequest` calls included: Newman's
    /// JSON report lists the item once per request.
    pub requests_sent: usize,
    /// The item's own request ended (answered or failed), so its test
    /// phase ran: what Newman's `stats.tests` counts.
    pub tested: bool,
}

impl Execution {
    /// The folder path it is in (`Folder / Sub`), `""` at the collection's root.
    pub fn folder(&self) -> &str {
        self.item_path
            .strip_suffix(&self.item_name)
            .map(|folder| folder.trim_end_matches(" / "))
            .unwrap_or("")
    }

    /// The request failed, a script stopped on an error, or an assertion failed.
    pub fn failed(&self) -> bool {
        self.request_error.is_some()
            || !self.script_errors.is_empty()
            || self
                .assertions
                .iter()
                .any(|(_, o)| matches!(o, AssertionOutcome::Failed { .. }))
    }
}

/// Why a run stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interruption {
    /// A signal: 2 for SIGINT, 15 for SIGTERM.
    Signal(i32),
    /// The whole-run `--timeout` ran out after this long.
    Timeout(Duration),
}

impl Interruption {
    /// How reports name it.
    pub fn describe(self) -> String {
        match self {
            Interruption::Signal(2) => "interrupted by SIGINT (Ctrl-C)".to_string(),
            Interruption::Signal(15) => "interrupted by SIGTERM".to_string(),
            Interruption::Signal(other) => format!("interrupted by signal {other}"),
            Interruption::Timeout(after) => {
                format!("stopped by --timeout after {} ms", after.as_millis())
            }
        }
    }
}

/// Totals of a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// The cookie jar at the end, as tough-cookie JSON (`--export-cookie-jar`).
    pub cookie_jar: Option<serde_json::Value>,
    /// When the run started (wall clock).
    pub started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Each request item as it ran, in order.
    pub executions: Vec<Execution>,
    /// Keep response bodies in `executions` (for `--reporter-json-include-body`).
    pub keep_bodies: bool,
    /// Where kept bodies are.
    spool: Spool,
    /// The kind of script running now, for assertions' places; `None`
    /// between scripts, where a request that ends is the item's own.
    current_event: Option<Listen>,
    /// Iterations run.
    pub iterations: Count,
    /// Request items started, those a script skipped included (Newman's
    /// `items` and `prerequests` count them; `executions` lists none).
    pub items_started: usize,
    /// Iterations the whole run has (`-n`; a shard runs some of them):
    /// reports name iterations when there is more than one.
    pub planned_iterations: usize,
    /// Requests per iteration (after `--folder`): Newman's cursor length.
    pub requests_per_iteration: usize,
    /// Requests sent (failed = no response).
    pub requests: Count,
    /// Pre-request scripts run (failed = uncaught error).
    pub prerequest_scripts: Count,
    /// Test scripts run (failed = uncaught error).
    pub test_scripts: Count,
    /// Assertions (failed = failed or threw; skipped ones count as run, as in Newman).
    pub assertions: Count,
    /// Every failure in order.
    pub failures: Vec<Failure>,
    /// Wall time of the run.
    pub duration: Duration,
    /// Why the run stopped early (a signal, `--timeout`), if it did: what
    /// ran is reported, the rest never started.
    pub interrupted: Option<Interruption>,
    /// Response body bytes received.
    pub bytes_received: u64,
    /// Response times of all responses.
    pub response_times: Vec<Duration>,
}

/// Average, minimum, maximum and standard deviation of response times.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TimeStats {
    /// Mean.
    pub average: Duration,
    /// Minimum.
    pub min: Duration,
    /// Maximum.
    pub max: Duration,
    /// Population standard deviation.
    pub std_dev: Duration,
}

impl Summary {
    /// An empty summary; `keep_bodies` keeps response bodies for reports.
    pub fn new(keep_bodies: bool) -> Self {
        Summary {
            keep_bodies,
            ..Summary::default()
        }
    }

    /// Folds one event into the totals.
    pub fn record(&mut self, event: &Event<'_>) {
        self.count(event);
        self.track(event);
    }

    /// Keeps what file reports need of each request item (never bodies,
    /// unless asked: memory stays bounded by the number of requests).
    fn track(&mut self, event: &Event<'_>) {
        if let EventKind::RunStarted {
            iterations,
            requests,
            ..
        } = &event.kind
        {
            self.started_at = Some(chrono::Utc::now());
            self.planned_iterations = *iterations;
            self.requests_per_iteration = *requests;
        }
        if let EventKind::ItemStarted(at) = &event.kind {
            self.executions.push(Execution {
                item_id: at.item.id.clone(),
                item_name: at.item.name.clone(),
                item_path: at.path.to_string(),
                iteration: at.iteration,
                started: event.elapsed,
                ..Execution::default()
            });
            return;
        }
        let keep_bodies = self.keep_bodies;
        let spool = &mut self.spool;
        let Some(current) = self.executions.last_mut() else {
            return;
        };
        match &event.kind {
            EventKind::RequestSent { request, .. } => {
                current.requests_sent += 1;
                // Each request the item sends (a script's too) replaces what
                // the execution shows, as in Newman's report.
                current.response = None;
                current.request = Some(SentRequest {
                    method: request.method.clone(),
                    url: request.url.clone(),
                    headers: request.shown_headers(),
                    body: keep_bodies
                        .then(|| sent_body(&request.body))
                        .flatten()
                        .map(|body| spool.keep(&body)),
                })
            }
            EventKind::ResponseReceived {
                request, response, ..
            } => {
                current.tested |= self.current_event.is_none();
                // A form's or file's length, and the jar's cookies, are
                // known once it went out.
                let learnt = request.sent_length.is_some() || request.sent_cookies.is_some();
                if let (Some(sent), true) = (current.request.as_mut(), learnt) {
                    sent.headers = request.shown_headers();
                }
                current.response = Some(ReceivedResponse {
                    code: response.code,
                    status: response.reason.clone(),
                    headers: response.headers.clone(),
                    time: response.time,
                    size: response.body.len(),
                    body: keep_bodies.then(|| spool.keep(&response.body)),
                })
            }
            EventKind::RequestFailed { error, .. } => {
                current.tested |= self.current_event.is_none();
                current.request_error = Some(error.to_string())
            }
            EventKind::Assertion { name, outcome, .. } => current
                .assertions
                .push((name.to_string(), (*outcome).clone())),
            EventKind::ScriptFinished {
                error: Some(error), ..
            } => current.script_errors.push((*error).clone()),
            EventKind::Console { line, .. } => current.console.push((*line).clone()),
            EventKind::ItemFinished(_) => {
                current.duration = event.elapsed - current.started;
                // A request a script skipped ran nothing worth reporting (Newman lists none).
                let skipped = current.request.is_none()
                    && current.assertions.is_empty()
                    && current.script_errors.is_empty();
                if skipped {
                    self.executions.pop();
                }
            }
            EventKind::RunStarted { .. }
            | EventKind::IterationStarted { .. }
            | EventKind::ItemStarted(_)
            | EventKind::Warning { .. }
            | EventKind::ScriptStarted { .. }
            | EventKind::ScriptFinished { error: None, .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::IterationFinished { .. }
            | EventKind::RunFinished { .. } => {}
        }
    }

    fn count(&mut self, event: &Event<'_>) {
        match &event.kind {
            // Newman never counts an iteration as failed; neither does postrun.
            EventKind::IterationStarted { .. } => self.iterations.total += 1,
            EventKind::ItemStarted(_) => self.items_started += 1,
            EventKind::ResponseReceived { response, .. } => {
                self.requests.total += 1;
                self.bytes_received += response.body.len() as u64;
                self.response_times.push(response.time);
            }
            EventKind::RequestFailed {
                at,
                error,
                from_script,
                ..
            } => {
                self.requests.total += 1;
                self.requests.failed += 1;
                let name = "RequestError".to_string();
                let kind = FailureKind::Request {
                    from_script: *from_script,
                };
                self.fail(kind, name, at, error.to_string());
            }
            EventKind::ScriptStarted { listen, .. } => {
                self.current_event = Some(*listen);
            }
            // Skipped tests count as executed, as in Newman.
            EventKind::Assertion {
                at,
                name,
                outcome,
                index,
            } => match outcome {
                AssertionOutcome::Passed | AssertionOutcome::Skipped => {
                    self.assertions.total += 1;
                }
                AssertionOutcome::Failed {
                    error_name,
                    message,
                } => {
                    self.assertions.total += 1;
                    self.assertions.failed += 1;
                    let kind = FailureKind::Assertion {
                        test: name.to_string(),
                        index: *index,
                        // Assertions only happen inside scripts.
                        event: self.current_event.unwrap_or(Listen::Test),
                    };
                    self.fail(kind, error_name.clone(), at, message.clone());
                }
            },
            EventKind::ScriptFinished {
                at, listen, error, ..
            } => {
                self.current_event = None;
                let count = match listen {
                    Listen::Prerequest => &mut self.prerequest_scripts,
                    Listen::Test => &mut self.test_scripts,
                };
                count.total += 1;
                if let Some(error) = error {
                    count.failed += 1;
                    let kind = FailureKind::Script {
                        event: error.event,
                        line: error.line,
                    };
                    self.fail(kind, error.name.clone(), at, error.message.clone());
                }
            }
            EventKind::RunStarted { .. }
            | EventKind::IterationFinished { .. }
            | EventKind::Warning { .. }
            | EventKind::RequestSent { .. }
            | EventKind::Console { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::ItemFinished(_)
            | EventKind::RunFinished { .. } => {}
        }
    }

    fn fail(&mut self, kind: FailureKind, name: String, at: &ItemRef<'_>, message: String) {
        self.failures.push(Failure {
            kind,
            name,
            item_path: at.path.to_string(),
            item_name: at.item.name.clone(),
            iteration: at.iteration,
            message,
        });
    }

    /// How an interruption is named in reports: `SIGINT`, `SIGTERM`, …
    pub fn interruption(&self) -> Option<String> {
        self.interrupted.map(Interruption::describe)
    }

    /// A kept response body, read back from the spool.
    pub fn body(&self, body: &KeptBody) -> std::io::Result<Vec<u8>> {
        self.spool.read(body)
    }

    /// Whether anything failed.
    pub fn has_failures(&self) -> bool {
        !self.failures.is_empty()
    }

    /// Response time statistics; zeros when nothing was received.
    pub fn response_time_stats(&self) -> TimeStats {
        let times = &self.response_times;
        if times.is_empty() {
            return TimeStats::default();
        }
        let secs: Vec<f64> = times.iter().map(Duration::as_secs_f64).collect();
        let mean = secs.iter().sum::<f64>() / secs.len() as f64;
        let variance = secs.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / secs.len() as f64;
        TimeStats {
            average: Duration::from_secs_f64(mean),
            min: times.iter().copied().min().unwrap_or_default(),
            max: times.iter().copied().max().unwrap_or_default(),
            std_dev: Duration::from_secs_f64(variance.sqrt()),
        }
    }
}

/// A request body as reports show it: the bytes sent, or for a file or a
/// multipart form what was sent in words (their files are not read again).
fn sent_body(body: &PreparedBody) -> Option<Vec<u8>> {
    match body {
        PreparedBody::Empty => None,
        PreparedBody::Bytes(bytes) => Some(bytes.clone()),
        PreparedBody::File(path) => Some(format!("<file {}>", path.display()).into_bytes()),
        PreparedBody::Multipart(parts) => {
            let lines: Vec<String> = parts
                .iter()
                .map(|part| match &part.value {
                    PartValue::Text(text) => format!("{}: {text}", part.name),
                    PartValue::File(path) => format!("{}: <file {}>", part.name, path.display()),
                    PartValue::NoFileChosen => format!("{}: <no file chosen>", part.name),
                    PartValue::Inline(bytes) => {
                        format!("{}: <{} bytes given inline>", part.name, bytes.len())
                    }
                })
                .collect();
            Some(lines.join("\n").into_bytes())
        }
    }
}
