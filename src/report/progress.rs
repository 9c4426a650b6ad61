//! A live progress bar for long runs in a terminal: requests done out of
//! planned, and the current request. It draws where the caller says (the
//! binary: stderr); hidden in CI, when stderr is not a terminal, and with
//! `--silent` (the caller decides).

use std::io;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Redactor, Reporter};
use crate::events::{Event, EventKind};

/// Below this many requests a run is over before a bar helps.
const WORTH_SHOWING: usize = 20;

/// Draws the bar.
pub struct ProgressReporter {
    target: Option<ProgressDrawTarget>,
    bar: Option<ProgressBar>,
}

impl ProgressReporter {
    /// A bar drawn on `target` once a run is long enough to want one.
    pub fn new(target: ProgressDrawTarget) -> Self {
        ProgressReporter {
            target: Some(target),
            bar: None,
        }
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
                    let bar = ProgressBar::with_draw_target(Some(total as u64), target);
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
