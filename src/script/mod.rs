//! `script`: pre-request and test scripts, run in boa with Newman's `pm` API.
//!
//! One [`Sandbox`] (one boa `Context`) per run, reused for every script: the
//! JavaScript prelude (`js/*.js`: the `pm` glue and a chai-compatible
//! assertion library) is evaluated once, and each script is parsed once and
//! cached. Every script runs in its own function scope, so `let` and `const`
//! in one script never collide with the next. Scripts never send requests
//! themselves: `pm.sendRequest` is queued and sent by the host through
//! [`crate::http`], then delivered back to the script.
//!
//! boa interprets, so the hottest paths are the host's own: `pm.test`, the
//! variable scopes, `pm.info`, `pm.response` and its `json()` (`host`), and
//! the assertions that hold (`assert`), each handing what it cannot do
//! exactly to the prelude. Prelude parts many scripts never need are parsed
//! the first time one does (`js/lazy.js`).

pub use locale::locale_from_environment;
mod assert;
mod guard;
mod host;
/// lodash's word splitting, for Newman's JUnit classnames.
pub(crate) use host::words::{deburr, words};
pub(crate) use host::xml_tree;
mod json;
mod json_fault;
mod locale;
mod nesting;
mod shape;
mod start;
mod watchdog;

use std::cell::{LazyCell, RefCell};
use std::rc::Rc;
use std::time::{Duration, Instant};

use boa_engine::{Context, JsError, JsObject, JsResult, JsValue, Script, Source, js_string};

use crate::http::{self, Client, Response};
use crate::load::{Behavior, Listen};
use crate::vars::Scopes;
use host::Host;
use start::new_context;

/// User code starts on the second line of the wrapper.
pub(crate) const WRAPPER_LINES: usize = 1;

/// The default of `--max-loop-iterations`: loops that run this often in
/// one function call are taken for a runaway and stopped. boa counts every
/// loop of a call together, so two honest loops of six million steps each
/// must fit.
pub const DEFAULT_LOOP_LIMIT: u64 = 100_000_000;

/// How many scripts run between two collections of the engine's garbage.
const COLLECT_EVERY: u32 = 32;

/// How many compiled scripts a sandbox keeps for reuse: a compiled script
/// holds about 16 KB.
const SCRIPT_CACHE: usize = 64;

/// How many shapes the script cache knows (`ScriptCache::remember_shape`).
const SHAPE_CACHE: usize = 256;

/// A response body this large (256 KiB) gets the engine's garbage
/// collected after each script that saw it.
pub const LARGE_BODY: usize = 256 * 1024;

/// How much a script may do between checks of `--timeout-script`.
const BUDGET: u32 = 4_096;

/// The default of `--max-script-wait`.
pub const DEFAULT_SCRIPT_WAIT: Duration = Duration::from_secs(180);

/// How a sandbox limits scripts.
#[derive(Debug, Clone, Copy)]
pub struct SandboxOptions {
    /// `--timeout-script`: the most one script (with its timers and
    /// requests) may take; `None` waits (loops are still limited).
    pub timeout: Option<Duration>,
    /// `--max-script-wait`: without `timeout`, how long a script may go on
    /// running promise jobs and waiting for timers and `pm.sendRequest`
    /// after its body ran (a `setInterval` never cleared, a promise chain
    /// that queues itself forever).
    pub wait: Duration,
    /// Which implementation settles `pm.test`, assertions and scope calls.
    pub paths: ScriptPaths,
    /// `--max-loop-iterations`: loop steps one function call may take.
    pub loop_limit: u64,
    /// The locale of `toLocaleString()` and its kin when a script names
    /// none ([`locale_from_environment`]).
    pub locale: &'static str,
}

/// Who settles the hottest calls scripts make (`pm.test`, the common
/// assertions, `pm.environment.get` …): outcomes and messages are the same
/// either way, which a test checks over values × assertions × `not`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ScriptPaths {
    /// The host's native fast paths, with the prelude for everything they
    /// do not settle (the default).
    #[default]
    Native,
    /// The JavaScript prelude alone (`--script-paths prelude`); also what
    /// `--timeout-script` uses, since code called from a native function is
    /// out of reach of the budgeted evaluation that enforces it.
    Prelude,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        SandboxOptions {
            timeout: None,
            wait: DEFAULT_SCRIPT_WAIT,
            paths: ScriptPaths::default(),
            loop_limit: DEFAULT_LOOP_LIMIT,
            locale: "en-US",
        }
    }
}

impl SandboxOptions {
    /// What a script stopped by a time limit is told, naming the flag.
    fn timed_out(&self) -> String {
        match self.timeout {
            Some(limit) => format!("script timed out after {} ms", limit.as_millis()),
            None => format!(
                "the script was still running promises or waiting for timers or requests \
                 {} ms after it started; --max-script-wait raises the limit, \
                 --timeout-script sets one for the whole script",
                self.wait.as_millis()
            ),
        }
    }

    /// Whether the native fast paths are installed.
    fn native_paths(&self) -> bool {
        self.paths == ScriptPaths::Native && self.timeout.is_none()
    }
}

/// The outcome of one assertion (`pm.test` or `tests[…]`).
#[derive(Debug, Clone, PartialEq)]
pub enum AssertionOutcome {
    /// It passed.
    Passed,
    /// It failed; `error_name` is `AssertionError`, or `TypeError` and the
    /// like when the test callback threw.
    Failed {
        /// The error's name.
        error_name: String,
        /// The error's message, e.g. "expected 401 to equal 200".
        message: String,
    },
    /// `pm.test.skip`.
    Skipped,
}

/// A `console.*` call.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsoleLine {
    /// `log`, `info`, `warn`, `error` or `debug`.
    pub level: String,
    /// The arguments, formatted.
    pub message: String,
}

/// What a script produced, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum ScriptOutput {
    /// An assertion.
    Assertion {
        /// The test's name.
        name: String,
        /// How it went.
        outcome: AssertionOutcome,
        /// Its number in the script, counted as tests start (Newman's
        /// `assertion:N`): a test that finishes later keeps its place.
        index: usize,
    },
    /// A console line.
    Console(ConsoleLine),
}

/// Where to go after the current request (`setNextRequest`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextRequest {
    /// Jump to the request with this name or id.
    Named(String),
    /// `setNextRequest(null)`: end the iteration.
    Stop,
}

/// A script that could not run to its end.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{name} in {event} script of \"{item_path}\"{}: {message}", .line.map(|l| format!(" at line {l}")).unwrap_or_default())]
pub struct ScriptError {
    /// Folder path and request name.
    pub item_path: String,
    /// `prerequest` or `test`.
    pub event: Listen,
    /// Line in the script, when known.
    pub line: Option<usize>,
    /// `SyntaxError`, `TypeError`, `ReferenceError`, …
    pub name: String,
    /// The message.
    pub message: String,
}

/// Everything one script execution did.
#[derive(Debug, Default)]
pub struct ScriptOutcome {
    /// Assertions and console lines, in order.
    pub outputs: Vec<ScriptOutput>,
    /// The uncaught error, if any.
    pub error: Option<ScriptError>,
    /// `setNextRequest`.
    pub next: Option<NextRequest>,
    /// `pm.execution.skipRequest()` was called.
    pub skip: bool,
    /// `pm.request` after a pre-request script changed it, as collection JSON.
    pub request_changes: Option<serde_json::Value>,
    /// The `pm.sendRequest` calls it made: Newman reports and counts them
    /// as requests of the item (a failed one fails the run).
    pub requests: Vec<ScriptRequest>,
}

/// A request a script sent with `pm.sendRequest`, and what came of it.
#[derive(Debug)]
pub struct ScriptRequest {
    /// The request as sent.
    pub request: http::PreparedRequest,
    /// The response, or why none came.
    pub outcome: Result<Response, String>,
    /// How many of the script's outputs came before the response: its
    /// callback's console lines and assertions follow it, as in Newman.
    pub outputs_before: usize,
}

/// One script to run.
#[derive(Debug)]
pub struct Execution<'a> {
    /// Pre-request or test.
    pub listen: Listen,
    /// The script source.
    pub source: &'a str,
    /// Folder path and request name (for errors).
    pub item_path: &'a str,
    /// What `pm.info`, `pm.request`, `pm.cookies` and
    /// `pm.execution.location` show.
    pub context: ScriptContext,
    /// The response, for `pm.response`.
    pub response: Option<Rc<Response>>,
}

/// What a script can read about where it runs. It becomes JavaScript
/// objects only when the script reads it: building them for every script
/// cost more than most scripts do.
#[derive(Debug, Default)]
pub struct ScriptContext {
    /// `pm.info.iteration` (from 0).
    pub iteration: usize,
    /// `pm.info.iterationCount`.
    pub iteration_count: usize,
    /// `pm.info.requestName`.
    pub request_name: String,
    /// `pm.info.requestId`.
    pub request_id: String,
    /// `pm.execution.location`: collection, folders, request.
    pub location: Vec<String>,
    /// `pm.request` as collection JSON text.
    pub request: Later<String>,
    /// The jar's cookies for the request's URL (`pm.cookies`), as they
    /// were when the request's test scripts began: one snapshot shared by
    /// them, taken before a script's own `pm.sendRequest` can change the jar.
    pub cookies: Rc<Later<Vec<crate::http::JarCookie>>>,
}

/// A value made the first time it is asked for: what most scripts never
/// read (the request as JSON, the jar's cookies) costs nothing then.
pub struct Later<T>(LazyCell<T, Box<dyn FnOnce() -> T>>);

impl<T: 'static> Later<T> {
    /// A value made by `make` when first asked for.
    pub fn new(make: impl FnOnce() -> T + 'static) -> Later<T> {
        Later(LazyCell::new(Box::new(make)))
    }

    /// A value there already.
    pub fn ready(value: T) -> Later<T> {
        Later::new(move || value)
    }
}

impl<T> Later<T> {
    /// The value, made now if it was not yet.
    pub fn get(&self) -> &T {
        LazyCell::force(&self.0)
    }
}

impl<T: Default + 'static> Default for Later<T> {
    fn default() -> Self {
        Later::ready(T::default())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Later<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Why the sandbox itself could not start (a bug in postrun, not the
/// user's). Holds boa's message: its error values are not `Send`.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SandboxError(String);

/// Compiled scripts by their text, which the host also reads (to word
/// errors as V8 does) without a copy per run. foldhash: SipHash over every
/// script's text, at every run of it, cost more than an empty script.
/// Scripts that differ only in literals share one compiled shape
/// (`shape.rs`), kept by its text.
///
/// Ten thousand distinct scripts kept whole took 160 MB, so the cache is
/// small. When it is full, the scripts run again since the last pruning
/// stay (collection and folder scripts, which run around every request)
/// and the others go; if every one was reused, all go.
#[derive(Default)]
struct ScriptCache {
    entries: foldhash::HashMap<Rc<str>, CachedScript>,
    shapes: foldhash::HashMap<Rc<str>, Shape>,
}

/// A shape (`shape.rs`) as far as the cache knows it.
enum Shape {
    /// One script had it; it compiled its own text.
    SeenOnce,
    Compiled(Script),
    /// It does not compile; its scripts compile their own text.
    Unusable,
}

struct CachedScript {
    compiled: Compiled,
    reused: std::cell::Cell<bool>,
}

/// A script ready to run: the compiled text, the script's own text, and
/// the literals its shape takes as arguments, if it is shared.
#[derive(Clone)]
struct Compiled {
    script: Script,
    text: Rc<str>,
    literals: Option<Rc<shape::Literals>>,
}

impl ScriptCache {
    fn get(&self, source: &str) -> Option<Compiled> {
        let entry = self.entries.get(source)?;
        entry.reused.set(true);
        Some(entry.compiled.clone())
    }

    fn insert(&mut self, compiled: Compiled) {
        if self.entries.len() >= SCRIPT_CACHE {
            self.entries.retain(|_, entry| entry.reused.replace(false));
            if self.entries.len() >= SCRIPT_CACHE {
                self.entries.clear();
            }
        }
        let text = compiled.text.clone();
        let entry = CachedScript {
            compiled,
            reused: std::cell::Cell::new(false),
        };
        self.entries.insert(text, entry);
    }

    /// A shape's state. Shapes are kept apart from scripts and longer:
    /// the scripts of one shape are often spread over a collection
    /// (one per endpoint), farther apart than [`SCRIPT_CACHE`] scripts.
    /// When full, the compiled shapes stay.
    fn remember_shape(&mut self, shape: &str, state: Shape) {
        if self.shapes.len() >= SHAPE_CACHE {
            self.shapes
                .retain(|_, state| matches!(state, Shape::Compiled(_)));
            if self.shapes.len() >= SHAPE_CACHE {
                self.shapes.clear();
            }
        }
        self.shapes.insert(Rc::from(shape), state);
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.shapes.clear();
    }
}

/// The run's JavaScript engine.
pub struct Sandbox {
    context: Context,
    host: Rc<RefCell<Host>>,
    glue: Glue,
    scripts: ScriptCache,
    options: SandboxOptions,
    /// Stops promise jobs that would run past the script's deadline.
    watchdog: watchdog::Watchdog,
    /// The running script's `pm.sendRequest` calls.
    sent: Vec<ScriptRequest>,
    /// Scripts run since the engine's garbage was last collected here.
    since_collected: u32,
}

/// The prelude functions the host calls.
struct Glue {
    postrun: JsObject,
    end: JsObject,
    settle_legacy: JsObject,
    deliver: JsObject,
    fire_timer: JsObject,
    /// The job queue's cancellation token, for the [`watchdog`].
    jobs_stop: watchdog::Token,
}

impl Sandbox {
    /// A sandbox with the prelude loaded.
    pub fn new(options: SandboxOptions) -> Result<Sandbox, SandboxError> {
        let host = Rc::new(RefCell::new(Host::default()));
        let (context, glue) =
            new_context(&host, options).map_err(|e| SandboxError(e.to_string()))?;
        Ok(Sandbox {
            watchdog: watchdog::Watchdog::new(glue.jobs_stop.clone()),
            context,
            host,
            glue,
            scripts: ScriptCache::default(),
            options,
            sent: Vec::new(),
            since_collected: 0,
        })
    }

    /// Runs one script to completion: its body, then promises, timers and
    /// `pm.sendRequest` calls until nothing is left, within the timeout.
    /// `scopes` are read and written in place.
    /// Runs one script. After a script that saw a body of [`LARGE_BODY`]
    /// bytes or more, the engine's garbage is collected at once.
    pub async fn execute(
        &mut self,
        exec: Execution<'_>,
        scopes: &mut Scopes,
        client: &Client,
    ) -> ScriptOutcome {
        let Execution {
            listen,
            source,
            item_path,
            context,
            response,
        } = exec;
        let event = listen;
        let fail = |name: &str, message: String, line| ScriptError {
            item_path: item_path.to_string(),
            event,
            line,
            name: name.to_string(),
            message,
        };
        let Compiled {
            script,
            text,
            literals,
        } = match self.compiled(source) {
            Ok(compiled) => compiled,
            Err(error) => {
                let error = match error.as_native() {
                    // Nested too deeply to parse (`nesting`): V8's words.
                    Some(native) if native.kind().to_string() == "RangeError" => {
                        fail("RangeError", native.message().to_string(), None)
                    }
                    _ => {
                        let (message, line) = syntax_position(&error.to_string());
                        fail("SyntaxError", message, line)
                    }
                };
                return ScriptOutcome {
                    error: Some(error),
                    ..ScriptOutcome::default()
                };
            }
        };
        let large_body = response
            .as_ref()
            .is_some_and(|r| r.body.len() >= LARGE_BODY);
        *self.host.borrow_mut() = Host {
            row: scopes.data.clone(),
            scopes: std::mem::take(scopes),
            event: event.as_str(),
            context,
            response,
            jar: Some(client.jar()),
            source: text,
            literals,
            ..Host::default()
        };
        // What the last script assigned to `_` or `tv4` is not this one's.
        // (Only an engine error can fail it; the script would meet it too.)
        let _ = host::modules::forget_assigned(&mut self.context);
        let started = Instant::now();
        let deadline = self.options.timeout.map(|t| started + t);
        let waits_until = deadline.unwrap_or(started + self.options.wait);
        let result = self.run(&script, client, deadline, waits_until).await;
        let request_changes = match &result {
            Ok(()) => self.finish(),
            Err(_) => None,
        };
        let mut host = std::mem::take(&mut *self.host.borrow_mut());
        // boa's collector counts objects, not bytes: the strings a large
        // body became would pile up over many requests (60 responses of
        // 1 MB took the process from 47 MB to 107 MB). Collect them now.
        // Otherwise its threshold lets garbage grow to nearly half of what
        // is live, per worker: a collection every few dozen scripts keeps
        // that down (8 workers: 80 MB -> 67 MB) for no measurable time.
        self.since_collected += 1;
        if large_body || self.since_collected >= COLLECT_EVERY {
            drop((host.response.take(), host.response_object.take()));
            boa_gc::force_collect();
            self.since_collected = 0;
        }
        let skip = host.skipped.take().map(|skipped| {
            host.outputs.truncate(skipped.outputs);
            host.scopes = skipped.scopes;
            host.next = skipped.next;
            host.error = None;
        });
        *scopes = host.scopes;
        for (name, off) in host.cleared_off {
            scopes.named_mut(name).restore_off(off);
        }
        scopes.data = host.row;
        scopes.settle_undefined();
        host::scopes::settle_undefined(&host.mutations, scopes);
        let error = match result {
            Err(Stopped::TimedOut) => {
                // The interrupted evaluation left the engine mid-call: start afresh.
                self.reset();
                Some(fail("TimeoutError", self.options.timed_out(), None))
            }
            Err(Stopped::Error(error)) => Some(self.error_of(&error, &fail)),
            Ok(()) => host
                .error
                .map(|e| fail(&e.name, e.message, script_line(&e.stack))),
        };
        // A position past the user's last line is the wrapper's, not theirs.
        let error = error.map(|mut error| {
            let last_line = source.lines().count().max(1);
            error.line = error.line.filter(|line| *line <= last_line);
            error
        });
        ScriptOutcome {
            outputs: host.outputs,
            error,
            next: host.next,
            skip: skip.is_some(),
            request_changes,
            requests: std::mem::take(&mut self.sent),
        }
    }

    fn compiled(&mut self, source: &str) -> JsResult<Compiled> {
        if let Some(found) = self.scripts.get(source) {
            return Ok(found);
        }
        host::sugar::stub_names_in(source, &mut self.context)?;
        nesting::refuse_too_deep(source)?;
        let text: Rc<str> = Rc::from(source);
        let shared = shape::shape_of(source).and_then(|shaped| {
            let script = self.shared_shape(&shaped)?;
            Some((script, shaped.literals(source)))
        });
        let compiled = match shared {
            Some((script, literals)) => Compiled {
                script,
                text,
                literals: Some(Rc::new(literals)),
            },
            None => Compiled {
                script: self.parse(&wrapped(source, 0))?,
                text,
                literals: None,
            },
        };
        self.scripts.insert(compiled.clone());
        Ok(compiled)
    }

    /// The compiled shape of a script whose shape another script had.
    /// A shape costs about a tenth more to compile than its script (each
    /// literal is four tokens), and most shapes in real collections have
    /// one script (203 of the wild corpus's 239), so the first script of a
    /// shape compiles its own text. `None` then, and for a shape that does
    /// not compile (the script's own text gives the error where the user
    /// wrote it).
    fn shared_shape(&mut self, shaped: &shape::Shaped) -> Option<Script> {
        match self.scripts.shapes.get(shaped.text.as_str()) {
            Some(Shape::Compiled(script)) => return Some(script.clone()),
            Some(Shape::Unusable) => return None,
            Some(Shape::SeenOnce) => {}
            None => {
                self.scripts.remember_shape(&shaped.text, Shape::SeenOnce);
                return None;
            }
        }
        let compiled = self.parse(&wrapped(&shaped.text, shaped.len()));
        let state = match &compiled {
            Ok(script) => Shape::Compiled(script.clone()),
            Err(_) => Shape::Unusable,
        };
        self.scripts.remember_shape(&shaped.text, state);
        compiled.ok()
    }

    fn parse(&mut self, wrapped: &str) -> JsResult<Script> {
        Script::parse(
            Source::from_bytes(wrapped.as_bytes()).with_path(std::path::Path::new("script")),
            None,
            &mut self.context,
        )
    }

    /// After an [`Sandbox::execute`] future was dropped unfinished (the run
    /// was stopped): gives the scopes back and starts the engine afresh.
    pub fn abandon(&mut self, scopes: &mut Scopes) {
        let host = std::mem::take(&mut *self.host.borrow_mut());
        *scopes = host.scopes;
        scopes.settle_undefined();
        self.sent.clear();
        self.reset();
    }

    async fn run(
        &mut self,
        script: &Script,
        client: &Client,
        deadline: Option<Instant>,
        waits_until: Instant,
    ) -> Result<(), Stopped> {
        match deadline {
            None => {
                script.evaluate(&mut self.context)?;
            }
            Some(deadline) => {
                let evaluation = script.evaluate_async_with_budget(&mut self.context, BUDGET);
                match tokio::time::timeout_at(deadline.into(), evaluation).await {
                    Ok(result) => {
                        result?;
                    }
                    Err(_) => return Err(Stopped::TimedOut),
                }
            }
        }
        self.settle_legacy_tests()?;
        self.drain(client, waits_until).await
    }

    /// Records the legacy `tests[…]` as the script's own code left them,
    /// before its timers and callbacks run, as Newman does. A script whose
    /// own code did not touch `tests` has none: what its callbacks write
    /// later is not seen either.
    fn settle_legacy_tests(&mut self) -> Result<(), Stopped> {
        let touched = self
            .host
            .borrow()
            .memo
            .iter()
            .any(|(key, _)| key == "tests");
        if touched {
            self.call(&self.glue.settle_legacy.clone(), &[])?;
        } else {
            let settled = ("legacySettled".to_string(), JsValue::from(true));
            self.host.borrow_mut().memo.push(settled);
        }
        Ok(())
    }

    /// The promise jobs queued so far, stopped by the watchdog at `until`.
    fn run_jobs(&mut self, until: Instant) -> Result<(), Stopped> {
        self.watchdog.arm(until);
        let result = self.context.run_jobs();
        if self.watchdog.disarm() {
            return Err(Stopped::TimedOut);
        }
        Ok(result?)
    }

    /// Runs promise jobs, delivers `pm.sendRequest` responses and fires
    /// timers until the script has nothing left to wait for.
    async fn drain(&mut self, client: &Client, until: Instant) -> Result<(), Stopped> {
        let deadline = Some(until);
        loop {
            self.run_jobs(until)?;
            let sends = std::mem::take(&mut self.host.borrow_mut().sends);
            if !sends.is_empty() {
                // The jar is as it was before these requests for `pm.cookies`.
                self.host.borrow().context.cookies.get();
                for (id, spec) in sends {
                    let (request, reply) = within(deadline, send_request(client, &spec)).await?;
                    let fields = match (&reply, &request) {
                        (Err(message), Some(request)) => {
                            crate::http::node_error_fields(message, &request.url)
                                .map(|fields| serde_json::Value::Object(fields).to_string())
                        }
                        _ => None,
                    };
                    if let Some(request) = request {
                        let outcome = match &reply {
                            Ok(response) => Ok(response.clone()),
                            Err(message) => Err(message.clone()),
                        };
                        let outputs_before = self.host.borrow().outputs.len();
                        self.sent.push(ScriptRequest {
                            request,
                            outcome,
                            outputs_before,
                        });
                    }
                    self.deliver(id, reply, fields)?;
                }
                continue;
            }
            let due = self
                .host
                .borrow()
                .timers
                .iter()
                .min_by_key(|(_, at)| *at)
                .copied();
            let Some((id, at)) = due else { return Ok(()) };
            within(deadline, tokio::time::sleep_until(at.into())).await?;
            self.host
                .borrow_mut()
                .timers
                .retain(|(timer, _)| *timer != id);
            self.call(&self.glue.fire_timer.clone(), &[JsValue::from(id)])?;
        }
    }

    /// Hands a `pm.sendRequest` reply to the script: the response, or the
    /// error with Node's fields for it (`fields`, JSON) and an empty response.
    fn deliver(
        &mut self,
        id: u32,
        reply: Result<Response, String>,
        fields: Option<String>,
    ) -> Result<(), Stopped> {
        let (error, response) = match reply {
            Ok(response) => (
                JsValue::null(),
                host::response_object(Rc::new(response), &mut self.context),
            ),
            // Newman's callback gets the error and an empty response.
            Err(message) => (
                JsValue::from(js_string!(message.as_str())),
                host::response_object(Rc::new(Response::empty()), &mut self.context),
            ),
        };
        let fields = fields.map_or(JsValue::null(), |f| JsValue::from(js_string!(f.as_str())));
        self.call(
            &self.glue.deliver.clone(),
            &[JsValue::from(id), error, response, fields],
        )?;
        Ok(())
    }

    /// `__postrun.end()`: legacy `tests[…]`, unfinished tests, and the
    /// changed `pm.request` of a pre-request script, all of which the
    /// prelude keeps with the host: a script that kept nothing has nothing
    /// to finish.
    fn finish(&mut self) -> Option<serde_json::Value> {
        if self.host.borrow().memo.is_empty() {
            return None;
        }
        let changes = self.call(&self.glue.end.clone(), &[]).ok()?;
        let changes = host::rust_string(&changes.as_string()?);
        serde_json::from_str(&changes).ok()
    }

    fn call(&mut self, function: &JsObject, args: &[JsValue]) -> JsResult<JsValue> {
        function.call(
            &JsValue::from(self.glue.postrun.clone()),
            args,
            &mut self.context,
        )
    }

    fn reset(&mut self) {
        if let Ok((context, glue)) = new_context(&self.host, self.options) {
            self.watchdog = watchdog::Watchdog::new(glue.jobs_stop.clone());
            self.context = context;
            self.glue = glue;
            self.scripts.clear();
        }
    }

    fn error_of(
        &mut self,
        error: &JsError,
        fail: &dyn Fn(&str, String, Option<usize>) -> ScriptError,
    ) -> ScriptError {
        let text = error.to_string();
        let line = script_line(&text);
        match error.try_native(&mut self.context) {
            Ok(native) => fail(
                &native.kind().to_string(),
                native.message().to_string(),
                line,
            ),
            // Engine errors are the runtime limits, which scripts cannot catch.
            Err(_) if text.contains("iteration loops") => fail(
                "RangeError",
                format!(
                    "loops ran more than {} times in one function call and were stopped; \
                     --max-loop-iterations raises the limit",
                    self.options.loop_limit
                ),
                line,
            ),
            Err(_) if text.contains("recursive calls") => fail(
                "RangeError",
                "Maximum call stack size exceeded".to_string(),
                line,
            ),
            Err(_) => fail(
                "Error",
                text.lines().next().unwrap_or_default().to_string(),
                line,
            ),
        }
    }
}

/// Why a script stopped before its end.
enum Stopped {
    TimedOut,
    Error(JsError),
}

impl From<JsError> for Stopped {
    fn from(error: JsError) -> Self {
        Stopped::Error(error)
    }
}

async fn within<F: std::future::Future>(
    deadline: Option<Instant>,
    future: F,
) -> Result<F::Output, Stopped> {
    match deadline {
        None => Ok(future.await),
        Some(deadline) => tokio::time::timeout_at(deadline.into(), future)
            .await
            .map_err(|_| Stopped::TimedOut),
    }
}

/// boa's syntax errors end in "at line L, col C"; lines count from the wrapper.
fn syntax_position(message: &str) -> (String, Option<usize>) {
    let message = message
        .trim_start_matches("SyntaxError: ")
        .trim_end_matches(" (native)");
    match message.rsplit_once(" at line ") {
        Some((what, place)) => {
            let line = place
                .split(',')
                .next()
                .and_then(|l| l.trim().parse::<usize>().ok());
            (
                host::wording::v8_syntax_message(what),
                line.map(|l| l.saturating_sub(WRAPPER_LINES).max(1)),
            )
        }
        None => (host::wording::v8_syntax_message(message), None),
    }
}

/// A script as boa compiles it: a function called at once, so that its
/// declarations stay its own, with the user's text from line 2 on
/// ([`WRAPPER_LINES`]). A shape with `literals` takes the running
/// script's values as its parameter, from `__host.literals()`. The
/// function is called by the script, not through a native `call`, so that
/// the budgeted evaluation (`--timeout-script`) covers the user's code.
/// Only a script that may `await` at top level pays for an async function
/// and its promise. No parentheses around a function: boa's parser copies
/// a parenthesised expression whole.
fn wrapped(source: &str, literals: usize) -> String {
    let may_await = source.contains("await");
    let function = if may_await {
        "async function"
    } else {
        "function"
    };
    let (parameter, argument) = match literals {
        0 => ("", ""),
        _ => (shape::PLACEHOLDER, "__host.literals()"),
    };
    // A statement before the script's first: its `'use strict'` is no
    // directive, as in Newman's sandbox, which runs no script strict.
    let call = format!("{function} ({parameter}) {{ void 0;\n{source}\n}}({argument})");
    if may_await {
        format!("__postrun.run({call});")
    } else {
        format!("try {{ void {call}; }} catch (e) {{ __postrun.fail(e); }}")
    }
}

/// The first stack frame in the user's script: `(script:L:C)`. Line 1 is
/// the wrapper's call, never the user's code.
fn script_line(stack: &str) -> Option<usize> {
    stack_frames(stack)
        .flatten()
        .map(|(line, _)| line)
        .find(|line| *line > WRAPPER_LINES)
        .map(|line| line - WRAPPER_LINES)
}

/// Each frame of a boa stack, innermost first: `(line, column)` in the
/// wrapped script for `(script:L:C)`, `None` for a frame elsewhere (the
/// prelude, a native function).
pub(crate) fn stack_frames(stack: &str) -> impl Iterator<Item = Option<(usize, usize)>> + '_ {
    stack
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("at "))
        .map(|frame| {
            let at = frame.rfind("(script:")?;
            let mut numbers = frame[at + "(script:".len()..]
                .trim_end_matches(')')
                .split(':')
                .map(|n| n.parse::<usize>().ok());
            Some((numbers.next()??, numbers.next()??))
        })
}

/// A number for an auth made of its type and parameters.
fn auth_identity(auth: &crate::load::Auth) -> usize {
    use std::hash::{Hash as _, Hasher as _};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    auth.kind.hash(&mut hasher);
    for param in &auth.params {
        (&param.key, &param.value).hash(&mut hasher);
    }
    hasher.finish() as usize
}

/// Sends a `pm.sendRequest` request (the spec is collection-format JSON):
/// the request as sent, when it could be made, and the reply.
async fn send_request(
    client: &Client,
    spec: &str,
) -> (Option<http::PreparedRequest>, Result<Response, String>) {
    let parsed = serde_json::from_str(spec)
        .ok()
        .and_then(crate::load::request_from_json);
    let Some(request) = parsed else {
        return (None, Err("pm.sendRequest: not a request".into()));
    };
    let mut same = |text: &str| text.to_string();
    // A script's requests share auth state (a digest nonce) when their
    // auth is written the same: each call parses a new request.
    let auth = request.auth.as_ref().map(|auth| http::AuthInput {
        auth,
        owner: auth_identity(auth),
    });
    // As Newman's runtime sends a script's request: with its body whatever
    // the method, and following redirects as the run does.
    let behavior = Behavior {
        disable_body_pruning: Some(true),
        ..Behavior::default()
    };
    let mut prepared = http::prepare(
        &request,
        auth,
        &behavior,
        client.follows_redirects(),
        &mut same,
        &mut Vec::new(),
    );
    if let Err(error) = client.authorize(&mut prepared).await {
        return (Some(prepared), Err(error.to_string()));
    }
    match client.exchange(&prepared).await {
        Ok((response, replayed)) => (Some(replayed.unwrap_or(prepared)), Ok(response)),
        Err(error) => (Some(prepared), Err(error.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_script_cache_keeps_the_scripts_run_again() {
        let mut context = Context::default();
        let mut compile = |text: &str| {
            let script = Script::parse(Source::from_bytes(text), None, &mut context).unwrap();
            Compiled {
                script,
                text: Rc::from(text),
                literals: None,
            }
        };
        let mut cache = ScriptCache::default();
        cache.insert(compile("'collection';"));
        for i in 1..SCRIPT_CACHE {
            cache.insert(compile(&format!("'request {i}';")));
        }
        assert!(cache.get("'collection';").is_some());
        assert!(cache.get("'request 1';").is_some());

        cache.insert(compile("'one more';"));
        assert!(cache.get("'collection';").is_some(), "reused: kept");
        assert!(cache.get("'request 1';").is_some(), "reused: kept");
        assert!(cache.get("'request 2';").is_none(), "run once: gone");
        assert!(cache.get("'one more';").is_some());
        assert_eq!(cache.entries.len(), 3);
    }

    #[test]
    fn later_values_are_made_once_and_only_when_asked() {
        let made = Rc::new(std::cell::Cell::new(0));
        let counter = made.clone();
        let later = Later::new(move || {
            counter.set(counter.get() + 1);
            "value".to_string()
        });
        assert_eq!(made.get(), 0);
        assert_eq!(later.get(), "value");
        assert_eq!(later.get(), "value");
        assert_eq!(made.get(), 1);
    }

    #[test]
    fn syntax_positions_count_from_the_users_first_line() {
        let (message, line) = syntax_position(
            "SyntaxError: unexpected token ';', primary expression at line 3, col 9 (native)",
        );
        assert_eq!(message, "Unexpected token ';'");
        assert_eq!(line, Some(2));
    }

    #[test]
    fn stack_lines_count_from_the_users_first_line() {
        assert_eq!(
            script_line("    at <main> (script:4:3)\n    at run (pm.js:600:1)"),
            Some(3)
        );
        assert_eq!(script_line("    at x (pm.js:1:1)"), None);
        assert_eq!(script_line("    at <main> (script:1:14)"), None);
    }
}
