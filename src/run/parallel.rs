//! `--parallel N`: iterations (with `--parallel-folders`, each iteration's
//! top-level folders too) run N at once.
//!
//! A run waits on the network far more than it computes, so the N lanes
//! share as many threads as there are cores: each thread has its own async
//! runtime and one script engine (a boa context stays on its thread, and
//! each one costs milliseconds to start and megabytes to keep), which its
//! lanes take turns on, a script at a time, while their requests go on
//! together. When a script may wait itself (`pm.sendRequest`, timers),
//! which would hold the engine, each lane has a thread and engine of its
//! own. The lanes send on one pool of connections, which a thread of its
//! own serves (`http::Pool`). A lane takes the next unit of work not yet
//! taken: an iteration, or one top-level folder of one. Every unit starts
//! from the plan's scopes and a client with an empty cookie jar and no
//! tokens, as a run of that unit alone would: what a script sets does not
//! reach other units, so the result does not depend on which lane ran
//! what. The globals alone are the run's, shared by every lane
//! (`globals.rs`), as `pm.globals` is the workspace's in Postman. A lane records a
//! unit's events as owned values and hands them over when it ends; this
//! thread replays them in run order, so reporters and the summary see the
//! events a sequential run of independent units emits, timings aside.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

use super::{Part, RunError, SharedGlobals, SharedSandbox, Stop, Worker};
use crate::events::{Event, EventKind, EventSink, ItemRef};
use crate::http::{Client, Pool, PreparedRequest, RequestError, Response};
use crate::load::{Listen, RequestItem};
use crate::plan::{RunPlan, Step};
use crate::script::{AssertionOutcome, ConsoleLine, NextRequest, Sandbox, ScriptError};
use crate::summary::Summary;
use crate::vars::Scopes;

/// The stack of a parallel run's thread, as the binary gives its run
/// thread: some of boa's built-ins (`JSON.stringify`) recurse natively once
/// per level of nesting, and a script stringifying a 10,000-level object
/// overflowed the default 2 MiB and aborted the process. Address space,
/// not memory: only the pages a deep script touches are used.
const LANE_STACK: usize = 1 << 30;

/// Runs the plan's iterations `lanes` at once, replaying their events
/// into `sink` in iteration order.
pub(super) fn run(
    plan: &RunPlan,
    sink: &mut dyn EventSink,
    stop: &Stop,
    lanes: usize,
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
    let units = units(plan, &steps);
    let pool = Pool::shared(plan.options.client.clone()).map_err(RunError::Client)?;
    let shared = Shared {
        plan,
        pool: Arc::new(pool),
        steps: &steps,
        units: &units,
        next: AtomicUsize::new(0),
        bailed: AtomicBool::new(false),
        stop,
        started,
        globals: Arc::new(SharedGlobals::new(plan.scopes.globals.clone())),
    };
    let (sender, receiver) = mpsc::channel();
    let mut last: Option<Box<End>> = None;
    let lanes = lanes.min(units.len());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // A script that waits (a timer, a pm.sendRequest reply) holds its
    // engine meanwhile: sharing one would queue the other lanes' waits.
    let threads = match plan.scripts_wait() {
        true => lanes,
        false => lanes.min(cores),
    }
    .max(1);
    let outcome = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..threads)
            .map(|thread| {
                let sender = sender.clone();
                let shared = &shared;
                // The lanes spread evenly over the threads.
                let lanes = lanes / threads + usize::from(thread < lanes % threads);
                std::thread::Builder::new()
                    .name(format!("postrun-lane-{thread}"))
                    .stack_size(LANE_STACK)
                    .spawn_scoped(scope, move || work(shared, sender, lanes))
            })
            .collect();
        drop(sender);
        // Units in order: each as soon as those before it are out.
        let mut waiting = BTreeMap::new();
        let mut expected = 0;
        for message in receiver {
            match message {
                Message::Unit(unit, events) => {
                    waiting.insert(unit, events);
                }
                Message::End(end) => last = Some(end),
            }
            while let Some(events) = waiting.remove(&expected) {
                out.replay(events);
                expected += 1;
            }
        }
        // Those after a unit that never ran (a stop, a bail).
        for events in waiting.into_values() {
            out.replay(events);
        }
        threads
            .into_iter()
            .map(|spawned| match spawned {
                Ok(thread) => thread.join().expect("a parallel run's thread panicked"),
                Err(error) => Err(RunError::Thread(error)),
            })
            .collect::<Result<Vec<()>, RunError>>()
    });
    outcome?;
    let mut summary = std::mem::take(&mut out.summary);
    summary.duration = started.elapsed();
    summary.interrupted = stop.requested();
    let (mut scopes, jar) = match last {
        Some(end) => (end.scopes, Some(end.cookie_jar)),
        None => (plan.scopes.clone(), None),
    };
    // Every lane's work.
    scopes.globals = shared.globals.snapshot();
    summary.cookie_jar = jar;
    out.summary = summary;
    out.emit(EventKind::RunFinished { scopes: &scopes });
    Ok(std::mem::take(&mut out.summary))
}

/// What the lanes share.
struct Shared<'p> {
    plan: &'p RunPlan,
    /// Every lane's connections.
    pool: Arc<Pool>,
    steps: &'p [Step<'p>],
    units: &'p [Unit],
    /// The next unit no lane has taken.
    next: AtomicUsize,
    /// `--bail` met a failure: no new iteration starts.
    bailed: AtomicBool,
    stop: &'p Stop,
    started: Instant,
    globals: Arc<SharedGlobals>,
}

/// A unit of work: one iteration, or one top-level folder of one.
struct Unit {
    iteration: usize,
    /// Its steps, out of all of them.
    steps: Range<usize>,
    /// The first unit of its iteration, and the last.
    opens: bool,
    closes: bool,
}

/// The run's units in run order: each iteration of this run (or shard),
/// whole or, with `--parallel-folders`, cut where the top-level folder
/// changes (requests at the collection's root go together).
fn units(plan: &RunPlan, steps: &[Step<'_>]) -> Vec<Unit> {
    let mut parts: Vec<Range<usize>> = Vec::new();
    let top = |step: &Step<'_>| {
        step.folders
            .first()
            .map(|f| std::ptr::from_ref(*f) as usize)
    };
    for (index, step) in steps.iter().enumerate() {
        match parts.last_mut() {
            Some(part) if plan.options.parallel_folders && top(&steps[part.start]) == top(step) => {
                part.end = index + 1
            }
            Some(part) if !plan.options.parallel_folders => part.end = index + 1,
            _ => parts.push(index..index + 1),
        }
    }
    // Nothing to run is no iteration, as in Newman.
    if parts.is_empty() {
        return Vec::new();
    }
    let last = parts.len() - 1;
    plan.options
        .iteration_range()
        .flat_map(|iteration| {
            parts.iter().enumerate().map(move |(n, part)| Unit {
                iteration,
                steps: part.clone(),
                opens: n == 0,
                closes: n == last,
            })
        })
        .collect()
}

/// What a lane sends: a unit's events, or (from the lane that ran the
/// last unit) the scopes and cookie jar the run ends with.
enum Message<'p> {
    Unit(usize, Vec<(Duration, Recorded<'p>)>),
    End(Box<End>),
}

struct End {
    scopes: Scopes,
    cookie_jar: serde_json::Value,
}

/// One thread: its runtime and script engine, and `lanes` units at a time.
fn work<'p>(
    shared: &Shared<'p>,
    sender: mpsc::Sender<Message<'p>>,
    lanes: usize,
) -> Result<(), RunError> {
    let plan = shared.plan;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(RunError::Runtime)?;
    let sandbox = match plan.has_scripts() {
        true => Some(Sandbox::new(plan.options.sandbox).map_err(RunError::Sandbox)?),
        false => None,
    };
    let sandbox = sandbox.map(|sandbox| Rc::new(tokio::sync::Mutex::new(sandbox)));
    // Each thread has its own generator for the dynamic variables.
    if let Some(seed) = plan.options.seed {
        crate::vars::seed_dynamic(seed);
    }
    if let Some(after) = plan.options.timeout {
        let (stop, deadline) = (shared.stop.clone(), shared.started + after);
        runtime.spawn(async move {
            tokio::time::sleep_until(deadline.into()).await;
            stop.time_out(after);
        });
    }
    let lanes = (0..lanes).map(|_| lane(shared, sender.clone(), sandbox.clone()));
    runtime
        .block_on(futures_util::future::join_all(lanes))
        .into_iter()
        .collect()
}

/// One lane: takes units until none is left, or the run stops.
async fn lane<'p>(
    shared: &Shared<'p>,
    sender: mpsc::Sender<Message<'p>>,
    sandbox: Option<SharedSandbox>,
) -> Result<(), RunError> {
    let plan = shared.plan;
    let client = Client::on(shared.pool.clone()).map_err(RunError::Client)?;
    let events = Rc::new(RefCell::new(Vec::new()));
    let mut recorder = Recorder {
        items: shared
            .steps
            .iter()
            .map(|step| (std::ptr::from_ref(step.item) as usize, step.item))
            .collect(),
        events: events.clone(),
    };
    let mut worker = Worker::new(plan, client, sandbox, &mut recorder, shared.stop.clone());
    worker.started = shared.started;
    worker.shared_globals = Some(shared.globals.clone());
    loop {
        if shared.bailed.load(Ordering::SeqCst) || shared.stop.requested().is_some() {
            break;
        }
        let index = shared.next.fetch_add(1, Ordering::SeqCst);
        let Some(unit) = shared.units.get(index) else {
            break;
        };
        // A fresh start, as a run of this unit alone would have.
        worker.scopes = plan.scopes.clone();
        worker.scopes.max_expanded = plan.options.max_variable_size;
        worker.client.start_afresh().map_err(RunError::Client)?;
        let part = Part {
            whole: shared.steps,
            opens: unit.opens,
            closes: unit.closes,
        };
        let steps = &shared.steps[unit.steps.clone()];
        let going_on = worker.run_part(steps, unit.iteration, part).await;
        if !going_on && plan.options.bail != crate::plan::Bail::Off {
            shared.bailed.store(true, Ordering::SeqCst);
        }
        let recorded = std::mem::take(&mut *events.borrow_mut());
        // The receiver only ends after every lane: it is there.
        let _ = sender.send(Message::Unit(index, recorded));
        if index + 1 == shared.units.len() {
            let end = End {
                scopes: worker.scopes.clone(),
                cookie_jar: worker.client.jar().to_tough_json(),
            };
            // The receiver only ends after every lane: it is there.
            let _ = sender.send(Message::End(Box::new(end)));
        }
    }
    Ok(())
}

/// An event as a lane records it: owned, with its item by address (the
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
    Assertion(At<'p>, String, AssertionOutcome, usize),
    ScriptFinished(At<'p>, Listen, Option<ScriptError>, Option<NextRequest>),
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

/// A lane's sink: records its unit's events, which the lane sends
/// when the unit ends.
struct Recorder<'p> {
    /// The plan's items by address, to keep an event's item with the
    /// plan's lifetime.
    items: HashMap<usize, &'p RequestItem>,
    events: Rc<RefCell<Vec<(Duration, Recorded<'p>)>>>,
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
            EventKind::Assertion {
                at,
                name,
                outcome,
                index,
            } => Recorded::Assertion(self.at(at), name.to_string(), (*outcome).clone(), *index),
            EventKind::ScriptFinished {
                at,
                listen,
                error,
                next,
            } => Recorded::ScriptFinished(self.at(at), *listen, error.cloned(), next.cloned()),
            EventKind::ItemFinished(at) => Recorded::ItemFinished(self.at(at)),
            EventKind::IterationFinished { iteration } => Recorded::IterationFinished(*iteration),
            EventKind::SecretsChanged { secrets } => Recorded::SecretsChanged(secrets.to_vec()),
            // Emitted by the replaying thread, never by a lane.
            EventKind::RunStarted { .. } | EventKind::RunFinished { .. } => return,
        };
        self.events.borrow_mut().push((event.elapsed, recorded));
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
                Recorded::Assertion(item, name, outcome, index) => EventKind::Assertion {
                    at: at(*item),
                    name,
                    outcome,
                    index: *index,
                },
                Recorded::ScriptFinished(item, listen, error, next) => EventKind::ScriptFinished {
                    at: at(*item),
                    listen: *listen,
                    error: error.as_ref(),
                    next: next.as_ref(),
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
