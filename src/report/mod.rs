//! `report`: reporters that turn the event stream into output.
//!
//! Every reporter implements [`Reporter`] and writes only to the writers it
//! was handed; [`Reporters`] fans events out to all of them and owns the one
//! [`Redactor`], whose writers every byte of output passes through. A
//! reporter never changes run state.

mod cli;
mod format;
mod redact;

use std::io::{self, Write};

pub use cli::{CliOptions, CliReporter};
pub use redact::{MASK, RedactingWriter, Redactor, is_sensitive_header};

use crate::events::{Event, EventSink};

/// Consumes events and writes output.
pub trait Reporter {
    /// Handles one event. An error stops this reporter only.
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()>;
}

/// The fan-out: every event goes to every reporter.
pub struct Reporters {
    redactor: Redactor,
    reporters: Vec<Box<dyn Reporter>>,
}

impl Reporters {
    /// No reporters yet; output will be masked by `redactor`.
    pub fn new(redactor: Redactor) -> Self {
        Reporters {
            redactor,
            reporters: Vec::new(),
        }
    }

    /// A writer whose output is redacted: the only kind a reporter may get.
    pub fn writer<W: Write + 'static>(&self, inner: W) -> Box<dyn Write> {
        Box::new(self.redactor.writer(inner))
    }

    /// Adds a reporter.
    pub fn push(&mut self, reporter: Box<dyn Reporter>) {
        self.reporters.push(reporter);
    }
}

impl EventSink for Reporters {
    fn event(&mut self, event: &Event<'_>) {
        let redactor = &self.redactor;
        // A reporter whose output is gone (a closed pipe: `postrun run … | head`)
        // is dropped quietly; the run and the other reporters go on.
        self.reporters
            .retain_mut(|reporter| reporter.event(event, redactor).is_ok());
    }
}
