//! `-r emojitrain`, the reporter Newman ships for fun: a face per request
//! (😀 passed, 😢 failed) and one for the run (😍 or 😭), on the terminal.

use std::io::{self, Write};

use super::{Export, Redactor, Reporter};
use crate::events::{Event, EventKind};
use crate::script::AssertionOutcome;
use crate::summary::Summary;

/// Writes the faces to the terminal writer it is handed.
pub struct EmojiReporter {
    out: Box<dyn Write>,
    item_failed: bool,
    any_failed: bool,
}

impl EmojiReporter {
    /// A reporter writing to `out`.
    pub fn new(out: Box<dyn Write>) -> Self {
        EmojiReporter {
            out,
            item_failed: false,
            any_failed: false,
        }
    }

    fn failed(&mut self) {
        self.item_failed = true;
        self.any_failed = true;
    }
}

impl Reporter for EmojiReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match &event.kind {
            EventKind::ItemStarted(_) => self.item_failed = false,
            EventKind::ItemFinished(_) => {
                let face = if self.item_failed { "😢 " } else { "😀 " };
                write!(self.out, "{face}")?;
                self.out.flush()?;
            }
            EventKind::RequestFailed { .. }
            | EventKind::ScriptFinished { error: Some(_), .. }
            | EventKind::Assertion {
                outcome: AssertionOutcome::Failed { .. },
                ..
            } => self.failed(),
            EventKind::Assertion { .. }
            | EventKind::ScriptFinished { error: None, .. }
            | EventKind::RunStarted { .. }
            | EventKind::IterationStarted { .. }
            | EventKind::Warning { .. }
            | EventKind::RequestSent { .. }
            | EventKind::ResponseReceived { .. }
            | EventKind::Console { .. }
            | EventKind::ScriptStarted { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::IterationFinished { .. }
            | EventKind::RunFinished { .. } => {}
        }
        Ok(())
    }

    fn finish<'s>(&mut self, summary: &'s Summary, _: &Redactor) -> io::Result<Vec<Export<'s>>> {
        let face = if self.any_failed || summary.has_failures() {
            " 😭"
        } else {
            " 😍"
        };
        writeln!(self.out, "{face}")?;
        self.out.flush()?;
        Ok(Vec::new())
    }
}
