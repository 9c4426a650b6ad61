//! The run's totals, built from the event stream like any reporter.

use std::time::Duration;

use crate::events::{Event, EventKind};

/// Executed and failed counts for one kind of thing (Newman's `{total, failed}`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    /// How many ran.
    pub total: usize,
    /// How many failed.
    pub failed: usize,
}

/// What kind of failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// The request got no response.
    RequestError,
}

impl FailureKind {
    /// The name reports show, as Newman names it.
    pub fn name(self) -> &'static str {
        match self {
            FailureKind::RequestError => "RequestError",
        }
    }
}

/// One failure, for the numbered list at the end of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// What failed.
    pub kind: FailureKind,
    /// Folder path and request name.
    pub item_path: String,
    /// 0-based iteration.
    pub iteration: usize,
    /// The message.
    pub message: String,
}

/// Totals of a run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Iterations run.
    pub iterations: Count,
    /// Requests sent (failed = no response).
    pub requests: Count,
    /// Every failure in order.
    pub failures: Vec<Failure>,
    /// Wall time of the run.
    pub duration: Duration,
    /// Response body bytes received.
    pub bytes_received: u64,
    /// Response times of all responses.
    pub response_times: Vec<Duration>,
    failed_in_iteration: bool,
}

/// Average, minimum, maximum and standard deviation of response times.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TimeStats {
    /// Mean.
    pub average: Duration,
    /// Minimum.
    pub min: Duration,
    /// Maximum.
    pub max: Duration,
    /// Population standard deviation.
    pub std_dev: Duration,
}

impl Summary {
    /// Folds one event into the totals.
    pub fn record(&mut self, event: &Event<'_>) {
        match &event.kind {
            EventKind::IterationStarted { .. } => {
                self.iterations.total += 1;
                self.failed_in_iteration = false;
            }
            EventKind::IterationFinished { .. } => {
                self.iterations.failed += usize::from(self.failed_in_iteration);
            }
            EventKind::ResponseReceived { response, .. } => {
                self.requests.total += 1;
                self.bytes_received += response.body.len() as u64;
                self.response_times.push(response.time);
            }
            EventKind::RequestFailed { at, error, .. } => {
                self.requests.total += 1;
                self.requests.failed += 1;
                self.fail(
                    FailureKind::RequestError,
                    at.path,
                    at.iteration,
                    error.to_string(),
                );
            }
            EventKind::RunFinished { .. } => self.duration = event.elapsed,
            EventKind::RunStarted { .. }
            | EventKind::ItemStarted(_)
            | EventKind::Warning { .. }
            | EventKind::RequestSent { .. }
            | EventKind::ItemFinished(_) => {}
        }
    }

    fn fail(&mut self, kind: FailureKind, path: &str, iteration: usize, message: String) {
        self.failed_in_iteration = true;
        self.failures.push(Failure {
            kind,
            item_path: path.to_string(),
            iteration,
            message,
        });
    }

    /// Whether anything failed.
    pub fn has_failures(&self) -> bool {
        !self.failures.is_empty()
    }

    /// Response time statistics; zeros when nothing was received.
    pub fn response_time_stats(&self) -> TimeStats {
        let times = &self.response_times;
        if times.is_empty() {
            return TimeStats::default();
        }
        let secs: Vec<f64> = times.iter().map(Duration::as_secs_f64).collect();
        let mean = secs.iter().sum::<f64>() / secs.len() as f64;
        let variance = secs.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / secs.len() as f64;
        TimeStats {
            average: Duration::from_secs_f64(mean),
            min: times.iter().copied().min().unwrap_or_default(),
            max: times.iter().copied().max().unwrap_or_default(),
            std_dev: Duration::from_secs_f64(variance.sqrt()),
        }
    }
}
