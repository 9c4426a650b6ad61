//! The typed event stream between [`crate::run`] and the
//! [reporters](crate::report).
//!
//! The runner emits events in a fixed lifecycle; reporters consume them and
//! never reach back into the runner:
//!
//! ```text
//! RunStarted
//!   IterationStarted
//!     ItemStarted
//!       (ScriptStarted (Console | Assertion)* ScriptFinished)*   prerequest scripts
//!       Warning*            (unresolved variables, unsupported auth, …)
//!       RequestSent         (in --dry-run, nothing follows until ItemFinished)
//!       ResponseReceived | RequestFailed
//!       (ScriptStarted (Console | Assertion)* ScriptFinished)*   test scripts
//!     ItemFinished
//!   IterationFinished
//! RunFinished
//! ```

use std::time::Duration;

use crate::http::{PreparedRequest, RequestError, Response};
use crate::load::{Collection, Listen, RequestItem};
use crate::script::{AssertionOutcome, ConsoleLine, NextRequest, ScriptError};
use crate::vars::Scopes;

/// One thing that happened in a run.
#[derive(Debug)]
pub struct Event<'a> {
    /// Time since the run started.
    pub elapsed: Duration,
    /// What happened.
    pub kind: EventKind<'a>,
}

/// Where in the run an item event belongs.
#[derive(Debug, Clone, Copy)]
pub struct ItemRef<'a> {
    /// The request item.
    pub item: &'a RequestItem,
    /// Folder path and name, `Users / Get authenticated user`.
    pub path: &'a str,
    /// 0-based iteration.
    pub iteration: usize,
}

/// The kinds of event, in lifecycle order.
#[derive(Debug)]
pub enum EventKind<'a> {
    /// The run is about to start: nothing has been sent yet.
    RunStarted {
        /// The collection being run.
        collection: &'a Collection,
        /// Iterations planned.
        iterations: usize,
        /// Requests per iteration (after `--folder`).
        requests: usize,
        /// Whether requests are only shown, not sent.
        dry_run: bool,
        /// Variables set from outside the files, and where from (no values).
        sources: &'a [(String, String)],
    },
    /// An iteration begins.
    IterationStarted {
        /// 0-based iteration.
        iteration: usize,
    },
    /// A request item begins.
    ItemStarted(ItemRef<'a>),
    /// Something the user should know; the run goes on.
    Warning {
        /// The item it concerns.
        at: ItemRef<'a>,
        /// The message, e.g. "unresolved variable {{baseUrl}}".
        message: &'a str,
    },
    /// The request was resolved and is being sent (or, in a dry run, shown).
    RequestSent {
        /// The item.
        at: ItemRef<'a>,
        /// The request as sent.
        request: &'a PreparedRequest,
    },
    /// A response arrived.
    ResponseReceived {
        /// The item.
        at: ItemRef<'a>,
        /// The request as sent.
        request: &'a PreparedRequest,
        /// The response.
        response: &'a Response,
    },
    /// The request got no response.
    RequestFailed {
        /// The item.
        at: ItemRef<'a>,
        /// The request as sent.
        request: &'a PreparedRequest,
        /// Why.
        error: &'a RequestError,
        /// Sent by a script's `pm.sendRequest`, not the item itself.
        from_script: bool,
    },
    /// A pre-request or test script begins.
    ScriptStarted {
        /// The item.
        at: ItemRef<'a>,
        /// Which kind of script.
        listen: Listen,
    },
    /// A script called `console.*`.
    Console {
        /// The item.
        at: ItemRef<'a>,
        /// What it printed.
        line: &'a ConsoleLine,
    },
    /// A `pm.test` (or legacy `tests[…]`) finished.
    Assertion {
        /// The item.
        at: ItemRef<'a>,
        /// The test's name.
        name: &'a str,
        /// How it went.
        outcome: &'a AssertionOutcome,
        /// Its number in its script, counted as tests start (Newman's
        /// `assertion:N`).
        index: usize,
    },
    /// A script finished, by itself or by an uncaught error.
    ScriptFinished {
        /// The item.
        at: ItemRef<'a>,
        /// Which kind of script.
        listen: Listen,
        /// The error that stopped it, if any.
        error: Option<&'a ScriptError>,
        /// Where its `setNextRequest` points, if it called it.
        next: Option<&'a NextRequest>,
    },
    /// A request item is done.
    ItemFinished(ItemRef<'a>),
    /// An iteration is done.
    IterationFinished {
        /// 0-based iteration.
        iteration: usize,
    },
    /// New secret values, masked from now on as well as those known: a
    /// script gave a secret-typed variable a value, or a credential sent
    /// holds a secret.
    SecretsChanged {
        /// Secret values (those already known may be among them).
        secrets: &'a [String],
    },
    /// The run is over. Its totals are the [`crate::summary::Summary`]
    /// that folds these same events; the runner returns it.
    RunFinished {
        /// Every scope as the run left it (for exports and reports).
        scopes: &'a Scopes,
    },
}

/// Something that consumes events: the reporters' fan-out, a test's recorder.
pub trait EventSink {
    /// Handles one event.
    fn event(&mut self, event: &Event<'_>);
}
