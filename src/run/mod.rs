//! `run`: the order of a run and the events it emits.
//!
//! Iterations × requests depth-first, `--folder` filters, `--bail`, delays.
//! Each request is resolved against the scopes, sent through [`crate::http`], and
//! reported as events (see [`crate::events`] for the lifecycle). Formats nothing.
//!
//! All mutable run state lives in one `Worker`, so that parallel runs can later
//! give each worker its own.

// A new variant of any of this crate's enums must be placed by name here.
#![deny(clippy::wildcard_enum_match_arm)]

mod globals;
mod parallel;
mod scripts;
mod stop;

use std::borrow::Cow;
use std::collections::HashSet;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use crate::events::{Event, EventKind, EventSink, ItemRef};
use crate::http::{self, Client, PreparedRequest, Response};
use crate::load::{Listen, Request};
use crate::plan::{Bail, RunPlan, Step};
use crate::script::{
    Execution, Later, NextRequest, Sandbox, ScriptContext, ScriptOutcome, ScriptOutput,
};
use crate::summary::Summary;
use crate::vars::{Scope, Scopes};
use globals::SharedGlobals;

pub use stop::{Interruption, Stop};

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The async runtime could not be built.
    #[error("cannot start the async runtime")]
    Runtime(#[source] std::io::Error),
    /// A thread for `--parallel` could not be started.
    #[error("cannot start a thread for --parallel")]
    Thread(#[source] std::io::Error),
    /// The HTTP client could not be built.
    #[error("cannot start the HTTP client")]
    Client(#[source] crate::http::ClientError),
    /// The script engine could not be started.
    #[error("cannot start the script sandbox")]
    Sandbox(#[source] crate::script::SandboxError),
}

/// Runs the plan to the end (or to the first failure with `--bail`),
/// sending every event to `sink`. Blocks the calling thread.
pub fn run(plan: &RunPlan, sink: &mut dyn EventSink) -> Result<Summary, RunError> {
    run_until(plan, sink, &Stop::default())
}

/// [`run`], stopping early when `stop` is asked: no request is sent after
/// that, the one in flight is abandoned, and the summary says the run was
/// interrupted (the events end with `RunFinished` as always).
pub fn run_until(
    plan: &RunPlan,
    sink: &mut dyn EventSink,
    stop: &Stop,
) -> Result<Summary, RunError> {
    // One lane per unit at most (an iteration, or a top-level folder of one).
    if plan.options.parallel > 1 && !plan.options.dry_run {
        return parallel::run(plan, sink, stop, plan.options.parallel);
    }
    // The run's clock starts before the script engine does: starting it is
    // part of the run (Newman's duration counts its sandbox too).
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(RunError::Runtime)?;
    let client = Client::new(plan.options.client.clone()).map_err(RunError::Client)?;
    // The engine is only started for collections that have scripts.
    let sandbox = match plan.has_scripts() && !plan.options.dry_run {
        true => Some(Sandbox::new(plan.options.sandbox).map_err(RunError::Sandbox)?),
        false => None,
    };
    // The run happens on this thread, whose generator the dynamic variables use.
    if let Some(seed) = plan.options.seed {
        crate::vars::seed_dynamic(seed);
    }
    let sandbox = sandbox.map(|sandbox| Rc::new(tokio::sync::Mutex::new(sandbox)));
    let mut worker = Worker::new(plan, client, sandbox, sink, stop.clone());
    worker.started = started;
    if let Some(after) = plan.options.timeout {
        let stop = stop.clone();
        runtime.spawn(async move {
            tokio::time::sleep(after).await;
            stop.time_out(after);
        });
    }
    Ok(runtime.block_on(worker.run()))
}

/// Which part of an iteration a run of steps is: all of it, or one of its
/// top-level folders (`--parallel-folders`), which may open or close it.
#[derive(Clone, Copy)]
struct Part<'a, 'p> {
    /// Every step of the iteration.
    whole: &'a [Step<'p>],
    /// Emits `IterationStarted`.
    opens: bool,
    /// Emits `IterationFinished`.
    closes: bool,
}

/// The script engine a worker runs its scripts in: a run's own, or one
/// that the units a `--parallel` thread runs at once take turns on (a
/// script holds it until it ends, timers and `pm.sendRequest` included).
type SharedSandbox = Rc<tokio::sync::Mutex<Sandbox>>;

/// The state of one run: scopes, summary, the event clock.
struct Worker<'p, 's> {
    plan: &'p RunPlan,
    scopes: Scopes,
    client: Client,
    sink: &'s mut dyn EventSink,
    summary: Summary,
    started: Instant,
    warned: HashSet<(String, String)>,
    sandbox: Option<SharedSandbox>,
    /// Secret values known so far, to notice new ones.
    secrets: Vec<String>,
    /// Values auth sent (tokens, passwords), already announced as secrets.
    credentials: HashSet<String>,
    stop: Stop,
    /// The globals every lane of a `--parallel` run shares.
    shared_globals: Option<Arc<SharedGlobals>>,
}

impl<'p, 's> Worker<'p, 's> {
    fn new(
        plan: &'p RunPlan,
        client: Client,
        sandbox: Option<SharedSandbox>,
        sink: &'s mut dyn EventSink,
        stop: Stop,
    ) -> Self {
        let mut scopes = plan.scopes.clone();
        scopes.max_expanded = plan.options.max_variable_size;
        Worker {
            plan,
            scopes,
            client,
            sandbox,
            sink,
            summary: Summary::new(plan.options.keep_response_bodies),
            started: Instant::now(),
            warned: HashSet::new(),
            secrets: plan.scopes.secret_values(),
            credentials: HashSet::new(),
            stop,
            shared_globals: None,
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
        let steps = self.plan.steps();
        self.emit_started(steps.len());
        // Nothing to run is no iteration, as in Newman (an empty folder, an
        // empty collection): its totals say 0 iterations.
        let iterations = match steps.is_empty() {
            true => 0..0,
            false => self.plan.options.iteration_range(),
        };
        for iteration in iterations {
            if !self.run_iteration(&steps, iteration).await {
                break;
            }
        }
        self.finish()
    }

    fn emit_started(&mut self, requests: usize) {
        let plan = self.plan;
        self.emit(EventKind::RunStarted {
            collection: &plan.collection,
            iterations: plan.options.iterations,
            requests,
            dry_run: plan.options.dry_run,
            sources: &plan.sources,
        });
    }

    /// One iteration, with its data row; `false` when the run must end
    /// (a stop was asked, or `--bail` met a failure).
    async fn run_iteration(&mut self, steps: &[Step<'p>], iteration: usize) -> bool {
        let whole = Part {
            whole: steps,
            opens: true,
            closes: true,
        };
        self.run_part(steps, iteration, whole).await
    }

    /// `steps` of an iteration: all of them, or one top-level folder's
    /// (`--parallel-folders`); `false` when the run must end.
    async fn run_part(&mut self, steps: &[Step<'p>], iteration: usize, part: Part<'_, 'p>) -> bool {
        let plan = self.plan;
        if let Some(row) = plan
            .options
            .data
            .get(iteration)
            .or(plan.options.data.last())
        {
            self.scopes.data = Scope::new(row.clone());
        }
        if part.opens {
            self.emit(EventKind::IterationStarted { iteration });
        }
        let mut index = 0;
        let mut runs = vec![0usize; steps.len()];
        while let Some(step) = steps.get(index) {
            // Newman waits before every request, the first one too.
            if !plan.options.dry_run && !plan.options.delay.is_zero() {
                tokio::select! {
                    _ = tokio::time::sleep(plan.options.delay) => {}
                    _ = self.stop.asked() => {}
                }
            }
            if self.stop.requested().is_some() {
                self.emit(EventKind::IterationFinished { iteration });
                return false;
            }
            runs[index] += 1;
            if runs[index] > plan.options.max_item_repeats {
                let limit = plan.options.max_item_repeats;
                let message = format!(
                    "this request already ran {limit} times in this iteration (a setNextRequest loop?); \
                     the iteration ends here; --max-item-repeats raises the limit"
                );
                self.refuse_step(step, iteration, message);
                break;
            }
            let failures_before = self.summary.failures.len();
            let next = self.run_step(step, iteration).await;
            let bail = plan.options.bail;
            if self.summary.failures[failures_before..]
                .iter()
                .any(|failure| bail.stops_at(&failure.kind))
            {
                self.emit(EventKind::IterationFinished { iteration });
                return false;
            }
            match self.next_index(steps, index, next, step, iteration, part.whole) {
                Some(next) => index = next,
                None => break,
            }
        }
        if part.closes {
            self.emit(EventKind::IterationFinished { iteration });
        }
        true
    }

    /// The run's end: its totals, and the scopes as it left them.
    fn finish(&mut self) -> Summary {
        self.summary.duration = self.started.elapsed();
        self.summary.interrupted = self.stop.requested();
        self.summary.cookie_jar = Some(self.client.jar().to_tough_json());
        // Moved out for the event and back: the scopes are borrowed while
        // `emit` borrows the worker.
        let scopes = std::mem::take(&mut self.scopes);
        self.emit(EventKind::RunFinished { scopes: &scopes });
        self.scopes = scopes;
        std::mem::take(&mut self.summary)
    }

    /// A request that may not run: it fails with `message` (a
    /// `setNextRequest` loop past its limit, a jump out of a folder that
    /// runs on its own), and what called it ends.
    fn refuse_step(&mut self, step: &Step<'p>, iteration: usize, message: String) {
        let at = ItemRef {
            item: step.item,
            path: &step.path,
            iteration,
        };
        self.emit(EventKind::ItemStarted(at));
        let (request, _) = self.prepare(step, &step.item.request, at);
        self.refuse(at, &request, message);
        self.emit(EventKind::ItemFinished(at));
    }

    /// Where `setNextRequest` sends the run; `None` ends the iteration. A
    /// name that matches nothing ends it too, with a warning, as in Newman:
    /// postrun never turns a typo into an endless loop.
    fn next_index(
        &mut self,
        steps: &[Step<'p>],
        index: usize,
        next: Option<NextRequest>,
        step: &Step<'p>,
        iteration: usize,
        whole: &[Step<'p>],
    ) -> Option<usize> {
        let name = match next {
            None => return Some(index + 1),
            Some(NextRequest::Stop) => return None,
            Some(NextRequest::Named(name)) => name,
        };
        let named =
            |s: &&Step<'p>| s.item.name == name || s.item.id.as_deref() == Some(name.as_str());
        let found = steps.iter().position(|s| named(&s));
        // Out of a folder that runs on its own (`--parallel-folders`).
        if let (None, Some(target)) = (found, whole.iter().find(named)) {
            let message = format!(
                "setNextRequest from `{}` leads out of its folder, which --parallel-folders runs \
                 on its own; the folder ends here (run without --parallel-folders for collections \
                 that chain folders)",
                step.path
            );
            self.refuse_step(target, iteration, message);
            return None;
        }
        if found.is_none() {
            let at = ItemRef {
                item: step.item,
                path: &step.path,
                iteration,
            };
            let message = format!(
                "setNextRequest: no request named `{name}` in this run; the iteration ends here"
            );
            self.emit(EventKind::Warning {
                at,
                message: &message,
            });
        }
        found
    }

    /// Runs one request with its scripts; returns where `setNextRequest` points.
    async fn run_step(&mut self, step: &Step<'p>, iteration: usize) -> Option<NextRequest> {
        let at = ItemRef {
            item: step.item,
            path: &step.path,
            iteration,
        };
        self.emit(EventKind::ItemStarted(at));
        let mut request = Cow::Borrowed(&step.item.request);
        let mut flow = Flow::default();
        if !self.plan.options.dry_run {
            for source in step.scripts(&self.plan.collection, Listen::Prerequest) {
                let context = scripts::prerequest_context(self.plan, step, &request, iteration);
                let outcome = self
                    .run_script(at, Listen::Prerequest, source, context, None)
                    .await;
                if let Some(changes) = &outcome.request_changes {
                    scripts::apply_request_changes(request.to_mut(), changes);
                }
                flow.absorb(&outcome);
                // With `--bail`, a pre-request script that throws ends the
                // run before its request is sent, as in Newman.
                if outcome.error.is_some() && self.plan.options.bail != Bail::Off {
                    flow.skip = true;
                }
                // A skipped request's later pre-request scripts do not run.
                if flow.skip {
                    break;
                }
            }
        }
        if !flow.skip {
            self.send(step, &request, at, &mut flow).await;
        }
        self.emit(EventKind::ItemFinished(at));
        flow.next
    }

    async fn send(&mut self, step: &Step<'p>, request: &Request, at: ItemRef<'_>, flow: &mut Flow) {
        self.take_shared_globals();
        let (mut prepared, too_large) = self.prepare(step, request, at);
        // Test scripts see the body as written, resolved now (as sent).
        let has_tests = step
            .scripts(&self.plan.collection, Listen::Test)
            .next()
            .is_some();
        let test_body = has_tests
            .then(|| {
                let scopes = &self.scopes;
                scripts::body_for_tests(request, |text| {
                    scopes.resolve(text, &mut crate::vars::Unresolved::default())
                })
            })
            .flatten();
        // And its auth (its own or the one it inherits), resolved.
        let test_auth = has_tests
            .then(|| {
                let auth = request
                    .auth
                    .as_ref()
                    .or_else(|| step.auth(&self.plan.collection))?;
                let scopes = &self.scopes;
                Some(scripts::auth_for_tests(auth, |text| {
                    scopes.resolve(text, &mut crate::vars::Unresolved::default())
                }))
            })
            .flatten();
        if let Some(message) = too_large {
            return self.refuse(at, &prepared, message);
        }
        let mut warnings = Vec::new();
        let files = self.plan.options.files.apply(&mut prepared, &mut warnings);
        for message in warnings {
            self.emit(EventKind::Warning {
                at,
                message: &message,
            });
        }
        if let Err(message) = files {
            return self.refuse(at, &prepared, message);
        }
        if let Some(mock) = &self.plan.options.mock {
            match mock.route(&prepared.url) {
                Ok(url) => prepared.url = url,
                Err(message) => return self.refuse(at, &prepared, message),
            }
        }
        let offline = self.plan.options.dry_run || self.plan.options.mock.is_some();
        let authorized = match offline {
            // A token is never fetched from a real server offline.
            true => Ok(()),
            false => self.client.authorize(&mut prepared).await,
        };
        self.note_credentials(&prepared);
        if let Err(error) = authorized {
            return self.fail(at, &prepared, &error);
        }
        // After signing: Newman's auth never signs them either. A dry run
        // shows the request as the collection makes it.
        if !self.plan.options.dry_run {
            prepared.add_system_headers();
        }
        // Shared with test scripts, which write it out only if they read pm.request.
        let mut prepared = Rc::new(prepared);
        self.emit(EventKind::RequestSent {
            at,
            request: &prepared,
        });
        if self.plan.options.dry_run {
            return;
        }
        let sent = tokio::select! {
            sent = self.client.exchange(&prepared) => sent,
            _ = self.stop.asked() => Err(crate::http::RequestError::Connection {
                message: "abandoned: the run was interrupted".into(),
            }),
        };
        let response = match sent {
            Ok((response, replayed)) => {
                if let Some(replayed) = replayed {
                    self.note_credentials(&replayed);
                    prepared = Rc::new(replayed);
                }
                if prepared.body.bytes().is_none() && response.sent_length.is_some() {
                    Rc::make_mut(&mut prepared).sent_length = response.sent_length;
                }
                if response.sent_cookies.is_some() {
                    Rc::make_mut(&mut prepared).sent_cookies = response.sent_cookies.clone();
                }
                let response = Rc::new(response);
                self.emit(EventKind::ResponseReceived {
                    at,
                    request: &prepared,
                    response: &response,
                });
                response
            }
            Err(error) => {
                self.emit(EventKind::RequestFailed {
                    at,
                    request: &prepared,
                    error: &error,
                    from_script: false,
                });
                // Newman still runs the test scripts, with an empty response;
                // a stopped run does not.
                if self.stop.requested().is_some() {
                    return;
                }
                Rc::new(crate::http::Response::empty())
            }
        };
        let cookies = Rc::new(Later::new(self.client.cookie_lookup(&prepared.url)));
        let tested = Rc::new(scripts::TestRequest {
            sent: prepared.clone(),
            body: test_body,
            auth: test_auth,
            description: scripts::request_description(step, request),
        });
        for source in step.scripts(&self.plan.collection, Listen::Test) {
            // A script sending a request forces the snapshot first (Sandbox::drain).
            let context = scripts::test_context(self.plan, step, &tested, &cookies, at.iteration);
            let outcome = self
                .run_script(at, Listen::Test, source, context, Some(response.clone()))
                .await;
            flow.absorb(&outcome);
        }
    }

    async fn run_script(
        &mut self,
        at: ItemRef<'_>,
        listen: Listen,
        source: &str,
        context: ScriptContext,
        response: Option<Rc<Response>>,
    ) -> ScriptOutcome {
        self.emit(EventKind::ScriptStarted { at, listen });
        let exec = Execution {
            listen,
            source,
            item_path: at.path,
            context,
            response,
        };
        let outcome = match self.sandbox.clone() {
            // Nothing to run, but Newman counts it as a script that ran.
            _ if source.trim().is_empty() => ScriptOutcome::default(),
            Some(sandbox) => {
                let mut sandbox = sandbox.lock().await;
                let shared_globals = self.shared_globals.clone();
                let _alone = match &shared_globals {
                    Some(shared) => shared.enter(source).await,
                    None => None,
                };
                let globals_before = self.take_shared_globals();
                let stop = self.stop.clone();
                // A stop (a signal, --timeout) does not wait for a script's timers.
                let finished = tokio::select! {
                    outcome = sandbox.execute(exec, &mut self.scopes, &self.client) => Some(outcome),
                    _ = stop.asked() => None,
                };
                let outcome = finished.unwrap_or_else(|| {
                    sandbox.abandon(&mut self.scopes);
                    ScriptOutcome::default()
                });
                self.give_back_globals(globals_before);
                outcome
            }
            None => ScriptOutcome::default(),
        };
        // Before its output: a secret the script set is masked in its own
        // console lines and messages too.
        self.note_new_secrets();
        for sent in &outcome.requests {
            self.note_credentials(&sent.request);
        }
        // Each `pm.sendRequest` where its response came: after what the
        // script printed before it, before what its callback printed.
        let mut requests = outcome.requests.iter().peekable();
        for (index, output) in outcome.outputs.iter().enumerate() {
            while let Some(sent) = requests.next_if(|sent| sent.outputs_before <= index) {
                self.report_script_request(at, sent);
            }
            match output {
                ScriptOutput::Assertion {
                    name,
                    outcome,
                    index,
                } => self.emit(EventKind::Assertion {
                    at,
                    name,
                    outcome,
                    index: *index,
                }),
                ScriptOutput::Console(line) => self.emit(EventKind::Console { at, line }),
            }
        }
        for sent in requests {
            self.report_script_request(at, sent);
        }
        self.emit(EventKind::ScriptFinished {
            at,
            listen,
            error: outcome.error.as_ref(),
            next: outcome.next.as_ref(),
        });
        outcome
    }

    /// A script's `pm.sendRequest` calls are requests of its item, as in
    /// Newman: counted, shown, and a failed one is a failure of the run.
    fn report_script_request(&mut self, at: ItemRef<'_>, sent: &crate::script::ScriptRequest) {
        let request = &sent.request;
        self.emit(EventKind::RequestSent { at, request });
        match &sent.outcome {
            Ok(response) => self.emit(EventKind::ResponseReceived {
                at,
                request,
                response,
            }),
            Err(message) => {
                let error = crate::http::RequestError::Connection {
                    message: message.clone(),
                };
                self.emit(EventKind::RequestFailed {
                    at,
                    request,
                    error: &error,
                    from_script: true,
                });
            }
        }
    }

    /// Scripts may give secret-typed variables new values; reporters must
    /// mask those too.
    /// In a `--parallel` run, the globals as the lanes have left them,
    /// and (to tell what this lane changes) a copy of them.
    fn take_shared_globals(&mut self) -> Option<Scope> {
        let shared = self.shared_globals.as_ref()?;
        self.scopes.globals = shared.snapshot();
        // Another lane's secret, masked in this lane's events too.
        self.note_new_secrets();
        Some(self.scopes.globals.clone())
    }

    /// What this lane changed in the globals since [`Self::take_shared_globals`],
    /// for every lane.
    fn give_back_globals(&mut self, before: Option<Scope>) {
        if let (Some(shared), Some(before)) = (&self.shared_globals, before) {
            shared.publish(&before, &self.scopes.globals);
        }
    }

    fn note_new_secrets(&mut self) {
        let secrets = self.scopes.secret_values();
        if secrets != self.secrets {
            self.secrets = secrets;
            let secrets = self.secrets.clone();
            self.emit(EventKind::SecretsChanged { secrets: &secrets });
        }
    }

    /// What the auth sent (tokens, passwords, signatures' keys) is secret,
    /// and so is a Basic credential that holds a secret: a server may echo
    /// the header back in a body.
    fn note_credentials(&mut self, request: &PreparedRequest) {
        let new: Vec<String> = request
            .credentials
            .iter()
            .filter(|c| !self.credentials.contains(c.as_str()))
            .cloned()
            .collect();
        if !new.is_empty() {
            self.credentials.extend(new.iter().cloned());
            self.emit(EventKind::SecretsChanged { secrets: &new });
        }
        use base64::Engine as _;
        let holds_secret = |token: &str| {
            let decoded = base64::engine::general_purpose::STANDARD.decode(token);
            let text = decoded.map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
            text.is_ok_and(|text| self.secrets.iter().any(|s| text.contains(s.as_str())))
        };
        let credentials: Vec<String> = request
            .headers
            .iter()
            .filter(|(name, _)| name.eq_ignore_ascii_case("authorization"))
            .filter_map(|(_, value)| value.strip_prefix("Basic ").map(str::trim))
            .filter(|token| holds_secret(token))
            .map(String::from)
            .collect();
        if !credentials.is_empty() {
            self.emit(EventKind::SecretsChanged {
                secrets: &credentials,
            });
        }
    }

    /// Resolves the step's request and reports, once per run and item, every
    /// variable left unresolved and anything else worth a warning. A request
    /// whose variables grow past `--max-variable-size` comes with its error.
    fn prepare(
        &mut self,
        step: &Step<'p>,
        request: &Request,
        at: ItemRef<'_>,
    ) -> (PreparedRequest, Option<String>) {
        let collection = &self.plan.collection;
        let mut unresolved = crate::vars::Unresolved::default();
        let mut warnings = Vec::new();
        let scopes = &self.scopes;
        let mut resolve = |text: &str| scopes.resolve(text, &mut unresolved);
        // A script may have changed the request (a copy): the auth's state
        // stays with the item's own auth.
        let auth = match (&request.auth, &step.item.request.auth) {
            (Some(auth), Some(own)) => Some(http::AuthInput {
                auth,
                owner: std::ptr::from_ref(own) as usize,
            }),
            (Some(auth), None) => Some(http::AuthInput::owned_by_address(auth)),
            (None, _) => step.auth(collection).map(http::AuthInput::owned_by_address),
        };
        let prepared = http::prepare(
            request,
            auth,
            &step.behavior(collection),
            self.plan.options.client.follow_redirects,
            &mut resolve,
            &mut warnings,
        );
        let too_large = unresolved.too_large_message();
        let empty_secrets = unresolved.empty_secrets.into_iter().map(|name| {
            format!(
                "secret variable {{{{{name}}}}} is empty: give it a value with --secret-env {name}=ENV_NAME"
            )
        });
        let unresolved = unresolved
            .names
            .into_iter()
            .map(|name| format!("unresolved variable {{{{{name}}}}}"));
        for message in unresolved.chain(empty_secrets).chain(warnings) {
            if self.warned.insert((step.path.clone(), message.clone())) {
                self.emit(EventKind::Warning {
                    at,
                    message: &message,
                });
            }
        }
        (prepared, too_large)
    }

    /// A request that cannot be sent: reported as sent and failed, as a
    /// connection error would be.
    fn refuse(&mut self, at: ItemRef<'_>, request: &PreparedRequest, message: String) {
        let error = crate::http::RequestError::Connection { message };
        self.fail(at, request, &error);
    }

    fn fail(
        &mut self,
        at: ItemRef<'_>,
        request: &PreparedRequest,
        error: &crate::http::RequestError,
    ) {
        self.emit(EventKind::RequestSent { at, request });
        self.emit(EventKind::RequestFailed {
            at,
            request,
            error,
            from_script: false,
        });
    }
}

/// What scripts decided about the run's flow.
#[derive(Default)]
struct Flow {
    next: Option<NextRequest>,
    skip: bool,
}

impl Flow {
    /// The last `setNextRequest` of any script wins, as in Newman.
    fn absorb(&mut self, outcome: &ScriptOutcome) {
        if outcome.next.is_some() {
            self.next = outcome.next.clone();
        }
        self.skip |= outcome.skip;
    }
}
