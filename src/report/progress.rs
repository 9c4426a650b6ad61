//! A live progress bar for long runs in a terminal: requests done out of
//! planned, and the current request. It draws where the caller says (the
//! binary: stderr); hidden in CI, when stderr is not a terminal, and with
//! `--silent` (the caller decides). Whatever else writes to the terminal
//! goes through [`Suspending`], which takes the bar down for the write and
//! draws it again below, so no stale bar is left in the scrollback.

use std::io::{self, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Redactor, Reporter};
use crate::events::{Event, EventKind};

/// Below this many requests a run is over before a bar helps.
const WORTH_SHOWING: usize = 20;

/// Draws the bar.
pub struct ProgressReporter {
    target: Option<ProgressDrawTarget>,
    /// Hidden until the run is known to be long enough.
    bar: ProgressBar,
    shown: bool,
}

impl ProgressReporter {
    /// A bar drawn on `target` once a run is long enough to want one.
    pub fn new(target: ProgressDrawTarget) -> Self {
        ProgressReporter {
            target: Some(target),
            bar: ProgressBar::hidden(),
            shown: false,
        }
    }

    /// A writer to the terminal that keeps the bar out of its way.
    pub fn suspending(&self, inner: Box<dyn Write>) -> Suspending {
        Suspending {
            bar: self.bar.clone(),
            inner,
        }
    }
}

/// A terminal writer that takes the bar down while it writes.
pub struct Suspending {
    bar: ProgressBar,
    inner: Box<dyn Write>,
}

impl Write for Suspending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let inner = &mut self.inner;
        self.bar.suspend(|| inner.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        let inner = &mut self.inner;
        self.bar.suspend(|| inner.flush())
    }
}

impl Reporter for ProgressReporter {
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()> {
        match &event.kind {
            EventKind::RunStarted {
                iterations,
                requests,
                dry_run,
                ..
            } => {
                let total = iterations * requests;
                let target = self
                    .target
                    .take()
                    .filter(|_| total >= WORTH_SHOWING && !dry_run);
                if let Some(target) = target {
                    self.bar.set_length(total as u64);
                    if let Ok(style) =
                        ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
                    {
                        self.bar.set_style(style);
                    }
                    self.bar.set_draw_target(target);
                    self.shown = true;
                }
            }
            EventKind::ItemStarted(at) => {
                if self.shown {
                    self.bar.set_message(redactor.text(at.path).into_owned());
                }
            }
            EventKind::ItemFinished(_) => {
                if self.shown {
                    self.bar.inc(1);
                }
            }
            EventKind::RunFinished { .. } => {
                if self.shown {
                    self.bar.finish_and_clear();
                    self.shown = false;
                }
            }
            EventKind::IterationStarted { .. }
            | EventKind::Warning { .. }
            | EventKind::RequestSent { .. }
            | EventKind::ResponseReceived { .. }
            | EventKind::RequestFailed { .. }
            | EventKind::ScriptStarted { .. }
            | EventKind::Console { .. }
            | EventKind::Assertion { .. }
            | EventKind::ScriptFinished { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::IterationFinished { .. } => {}
        }
        Ok(())
    }
}
