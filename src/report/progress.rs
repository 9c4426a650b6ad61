//! A live progress bar on stderr for long runs in a terminal: requests
//! done out of planned, and the current request. Hidden in CI, when stderr
//! is not a terminal, and with `--silent` (the caller decides).

use std::io;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Redactor, Reporter};
use crate::events::{Event, EventKind};

/// Below this many requests a run is over before a bar helps.
const WORTH_SHOWING: usize = 20;

/// Draws the bar.
pub struct ProgressReporter {
    bar: Option<ProgressBar>,
}

impl ProgressReporter {
    /// A bar drawn on stderr.
    pub fn new() -> Self {
        ProgressReporter { bar: None }
    }
}

impl Default for ProgressReporter {
    fn default() -> Self {
        Self::new()
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
                if total >= WORTH_SHOWING && !dry_run {
                    let bar = ProgressBar::with_draw_target(
                        Some(total as u64),
                        ProgressDrawTarget::stderr(),
                    );
                    if let Ok(style) =
                        ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
                    {
                        bar.set_style(style);
                    }
                    self.bar = Some(bar);
                }
            }
            EventKind::ItemStarted(at) => {
                if let Some(bar) = &self.bar {
                    bar.set_message(redactor.text(at.path).into_owned());
                }
            }
            EventKind::ItemFinished(_) => {
                if let Some(bar) = &self.bar {
                    bar.inc(1);
                }
            }
            EventKind::RunFinished { .. } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
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
