//! `--parallel N`: iterations run at once on N worker threads.
//!
//! Each worker has its own async runtime and script engine (a boa context
//! stays on its thread) and takes the next iteration not yet taken. Every
//! iteration starts from the plan's scopes and a new HTTP client with its
//! own cookie jar, as a run of that iteration alone would: what a script
//! sets does not reach other iterations, so the result does not depend on
//! which worker ran what. A worker records its iteration's events as owned
//! values and hands them over when the iteration ends; this thread replays
//! them in iteration order, so reporters and the summary see the events a
//! sequential run of independent iterations emits, timings aside.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{RunError, Stop, Worker};
use crate::events::{Event, EventKind, EventSink, ItemRef};
use crate::http::{Client, PreparedRequest, RequestError, Response};
use crate::load::{Listen, RequestItem};
use crate::plan::{RunPlan, Step};
use crate::script::{AssertionOutcome, ConsoleLine, Sandbox, ScriptError};
use crate::summary::Summary;
use crate::vars::Scopes;

/// Runs the plan's iterations on `workers` threads, replaying their events
/// into `sink` in iteration order.
pub(super) fn run(
    plan: &RunPlan,
    sink: &mut dyn EventSink,
    stop: &Stop,
    workers: usize,
) -> Result<Summary, RunError> {
    let steps = plan.steps();
    let started = Instant::now();
    let mut out = Replay {
        sink,
        summary: Summary::new(plan.options.keep_response_bodies),
        started,
        items: steps
            .iter()
            .map(|step| (std::ptr::from_ref(step.item) as usize, step))
            .collect(),
    };
    out.emit(EventKind::RunStarted {
        collection: &plan.collection,
        iterations: plan.options.iterations,
        requests: steps.len(),
        dry_run: false,
        sources: &plan.sources,
    });
    let range = plan.options.iteration_range();
    let shared = Shared {
        plan,
        steps: &steps,
        next: AtomicUsize::new(range.start),
        bailed: AtomicBool::new(false),
        stop,
        started,
    };
    let (sender, receiver) = mpsc::channel();
    let mut last: Option<Box<End>> = None;
    let outcome = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..workers.min(range.len()))
            .map(|_| {
                let sender = sender.clone();
                let shared = &shared;
                scope.spawn(move || work(shared, sender))
            })
            .collect();
        drop(sender);
        // Iterations in order: each as soon as those before it are out.
        let mut waiting = BTreeMap::new();
        let mut expected = range.start;
        for message in receiver {
            match message {
                Message::Iteration(iteration, events) => {
                    waiting.insert(iteration, events);
                }
                Message::End(end) => last = Some(end),
            }
            while let Some(events) = waiting.remove(&expected) {
                out.replay(events);
                expected += 1;
            }
        }
        // Those after an iteration that never ran (a stop, a bail).
        for events in waiting.into_values() {
            out.replay(events);
        }
        workers
            .into_iter()
            .map(|worker| worker.join().expect("a worker thread panicked"))
            .collect::<Result<Vec<()>, RunError>>()
    });
    outcome?;
    let mut summary = std::mem::take(&mut out.summary);
    summary.duration = started.elapsed();
    summary.interrupted = stop.requested();
    let (scopes, jar) = match last {
        Some(end) => (end.scopes, Some(end.cookie_jar)),
        None => (plan.scopes.clone(), None),
    };
    summary.cookie_jar = jar;
    out.summary = summary;
    out.emit(EventKind::RunFinished { scopes: &scopes });
    Ok(std::mem::take(&mut out.summary))
}

/// What the workers share.
struct Shared<'p> {
    plan: &'p RunPlan,
    steps: &'p [Step<'p>],
    /// The next iteration no worker has taken.
    next: AtomicUsize,
    /// `--bail` met a failure: no new iteration starts.
    bailed: AtomicBool,
    stop: &'p Stop,
    started: Instant,
}

/// What a worker sends: an iteration's events, or (from the worker that
/// ran the last iteration) the scopes and cookie jar the run ends with.
enum Message<'p> {
    Iteration(usize, Vec<(Duration, Recorded<'p>)>),
    End(Box<End>),
}

struct End {
    scopes: Scopes,
    cookie_jar: serde_json::Value,
}

/// One worker: takes iterations until none is left, or the run stops.
fn work<'p>(shared: &Shared<'p>, sender: mpsc::Sender<Message<'p>>) -> Result<(), RunError> {
    let plan = shared.plan;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(RunError::Runtime)?;
    let sandbox = match plan.has_scripts() {
        true => Some(Sandbox::new(plan.options.sandbox).map_err(RunError::Sandbox)?),
        false => None,
    };
    // Each thread has its own generator for the dynamic variables.
    if let Some(seed) = plan.options.seed {
        crate::vars::seed_dynamic(seed);
    }
    let client = Client::new(plan.options.client.clone()).map_err(RunError::Client)?;
    let mut recorder = Recorder {
        items: shared
            .steps
            .iter()
            .map(|step| (std::ptr::from_ref(step.item) as usize, step.item))
            .collect(),
        events: Vec::new(),
        sender: sender.clone(),
    };
    let mut worker = Worker::new(plan, client, sandbox, &mut recorder, shared.stop.clone());
    worker.started = shared.started;
    if let Some(after) = plan.options.timeout {
        let (stop, deadline) = (shared.stop.clone(), shared.started + after);
        runtime.spawn(async move {
            tokio::time::sleep_until(deadline.into()).await;
            stop.time_out(after);
        });
    }
    loop {
        if shared.bailed.load(Ordering::SeqCst) || shared.stop.requested().is_some() {
            break;
        }
        let iteration = shared.next.fetch_add(1, Ordering::SeqCst);
        if iteration >= plan.options.iteration_range().end {
            break;
        }
        // A fresh start, as a run of this iteration alone would have.
        worker.scopes = plan.scopes.clone();
        worker.scopes.max_expanded = plan.options.max_variable_size;
        worker.client = Client::new(plan.options.client.clone()).map_err(RunError::Client)?;
        let going_on = runtime.block_on(worker.run_iteration(shared.steps, iteration));
        if !going_on && plan.options.bail {
            shared.bailed.store(true, Ordering::SeqCst);
        }
        if iteration + 1 == plan.options.iteration_range().end {
            let end = End {
                scopes: worker.scopes.clone(),
                cookie_jar: worker.client.jar().to_tough_json(),
            };
            // The receiver only ends after every worker: it is there.
            let _ = sender.send(Message::End(Box::new(end)));
        }
    }
    Ok(())
}

/// An event as a worker records it: owned, with its item by address (the
/// plan's item, shared by all threads).
enum Recorded<'p> {
    IterationStarted(usize),
    ItemStarted(At<'p>),
    Warning(At<'p>, String),
    RequestSent(At<'p>, PreparedRequest),
    ResponseReceived(At<'p>, PreparedRequest, Response),
    RequestFailed(At<'p>, PreparedRequest, RequestError, bool),
    ScriptStarted(At<'p>, Listen),
    Console(At<'p>, ConsoleLine),
    Assertion(At<'p>, String, AssertionOutcome),
    ScriptFinished(At<'p>, Listen, Option<ScriptError>),
    ItemFinished(At<'p>),
    IterationFinished(usize),
    SecretsChanged(Vec<String>),
}

/// The item an event concerns, and its iteration.
#[derive(Clone, Copy)]
struct At<'p> {
    item: &'p RequestItem,
    iteration: usize,
}

/// A worker's sink: records its iteration's events and sends them when it ends.
struct Recorder<'p> {
    /// The plan's items by address, to keep an event's item with the
    /// plan's lifetime.
    items: HashMap<usize, &'p RequestItem>,
    events: Vec<(Duration, Recorded<'p>)>,
    sender: mpsc::Sender<Message<'p>>,
}

impl<'p> Recorder<'p> {
    fn at(&self, at: &ItemRef<'_>) -> At<'p> {
        let address = std::ptr::from_ref(at.item) as usize;
        let item = self
            .items
            .get(&address)
            .copied()
            .expect("every event's item is one of the plan's steps");
        At {
            item,
            iteration: at.iteration,
        }
    }
}

impl EventSink for Recorder<'_> {
    fn event(&mut self, event: &Event<'_>) {
        let recorded = match &event.kind {
            EventKind::IterationStarted { iteration } => Recorded::IterationStarted(*iteration),
            EventKind::ItemStarted(at) => Recorded::ItemStarted(self.at(at)),
            EventKind::Warning { at, message } => {
                Recorded::Warning(self.at(at), message.to_string())
            }
            EventKind::RequestSent { at, request } => {
                Recorded::RequestSent(self.at(at), (*request).clone())
            }
            EventKind::ResponseReceived {
                at,
                request,
                response,
            } => Recorded::ResponseReceived(self.at(at), (*request).clone(), (*response).clone()),
            EventKind::RequestFailed {
                at,
                request,
                error,
                from_script,
            } => {
                // Its words are what reports show; its cause is not Clone.
                let error = RequestError::Connection {
                    message: error.to_string(),
                };
                Recorded::RequestFailed(self.at(at), (*request).clone(), error, *from_script)
            }
            EventKind::ScriptStarted { at, listen } => {
                Recorded::ScriptStarted(self.at(at), *listen)
            }
            EventKind::Console { at, line } => Recorded::Console(self.at(at), (*line).clone()),
            EventKind::Assertion { at, name, outcome } => {
                Recorded::Assertion(self.at(at), name.to_string(), (*outcome).clone())
            }
            EventKind::ScriptFinished { at, listen, error } => {
                Recorded::ScriptFinished(self.at(at), *listen, error.cloned())
            }
            EventKind::ItemFinished(at) => Recorded::ItemFinished(self.at(at)),
            EventKind::IterationFinished { iteration } => Recorded::IterationFinished(*iteration),
            EventKind::SecretsChanged { secrets } => Recorded::SecretsChanged(secrets.to_vec()),
            // Emitted by the replaying thread, never by a worker.
            EventKind::RunStarted { .. } | EventKind::RunFinished { .. } => return,
        };
        let ends = matches!(recorded, Recorded::IterationFinished(_));
        self.events.push((event.elapsed, recorded));
        if ends {
            let iteration = match self.events.first() {
                Some((_, Recorded::IterationStarted(iteration))) => *iteration,
                _ => return,
            };
            let events = std::mem::take(&mut self.events);
            // The receiver only ends after every worker: it is there.
            let _ = self.sender.send(Message::Iteration(iteration, events));
        }
    }
}

/// This thread's side: the sink, and the summary the replayed events make.
struct Replay<'s, 'p> {
    sink: &'s mut dyn EventSink,
    summary: Summary,
    started: Instant,
    /// The steps by their item's address, for each event's item path.
    items: HashMap<usize, &'p Step<'p>>,
}

impl Replay<'_, '_> {
    fn emit(&mut self, kind: EventKind<'_>) {
        self.emit_at(self.started.elapsed(), kind);
    }

    fn emit_at(&mut self, elapsed: Duration, kind: EventKind<'_>) {
        let event = Event { elapsed, kind };
        self.summary.record(&event);
        self.sink.event(&event);
    }

    fn replay(&mut self, events: Vec<(Duration, Recorded<'_>)>) {
        for (elapsed, recorded) in events {
            let at = |at: At<'_>| -> ItemRef<'_> {
                let step = self.items[&(std::ptr::from_ref(at.item) as usize)];
                ItemRef {
                    item: step.item,
                    path: &step.path,
                    iteration: at.iteration,
                }
            };
            let kind = match &recorded {
                Recorded::IterationStarted(iteration) => EventKind::IterationStarted {
                    iteration: *iteration,
                },
                Recorded::ItemStarted(item) => EventKind::ItemStarted(at(*item)),
                Recorded::Warning(item, message) => EventKind::Warning {
                    at: at(*item),
                    message,
                },
                Recorded::RequestSent(item, request) => EventKind::RequestSent {
                    at: at(*item),
                    request,
                },
                Recorded::ResponseReceived(item, request, response) => {
                    EventKind::ResponseReceived {
                        at: at(*item),
                        request,
                        response,
                    }
                }
                Recorded::RequestFailed(item, request, error, from_script) => {
                    EventKind::RequestFailed {
                        at: at(*item),
                        request,
                        error,
                        from_script: *from_script,
                    }
                }
                Recorded::ScriptStarted(item, listen) => EventKind::ScriptStarted {
                    at: at(*item),
                    listen: *listen,
                },
                Recorded::Console(item, line) => EventKind::Console {
                    at: at(*item),
                    line,
                },
                Recorded::Assertion(item, name, outcome) => EventKind::Assertion {
                    at: at(*item),
                    name,
                    outcome,
                },
                Recorded::ScriptFinished(item, listen, error) => EventKind::ScriptFinished {
                    at: at(*item),
                    listen: *listen,
                    error: error.as_ref(),
                },
                Recorded::ItemFinished(item) => EventKind::ItemFinished(at(*item)),
                Recorded::IterationFinished(iteration) => EventKind::IterationFinished {
                    iteration: *iteration,
                },
                Recorded::SecretsChanged(secrets) => EventKind::SecretsChanged { secrets },
            };
            self.emit_at(elapsed, kind);
        }
    }
}
