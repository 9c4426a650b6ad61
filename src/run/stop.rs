//! Stopping a run early (Ctrl-C, SIGTERM, the whole-run `--timeout`): the
//! caller asks, the runner stops sending, abandons the request in flight,
//! and finishes the run so that every report is still written, marked
//! interrupted.

use std::sync::Arc;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::time::Duration;

pub use crate::summary::Interruption;

/// The value of `Inner::signal` for a timeout.
const TIMED_OUT: i32 = -1;

/// A handle to ask a run to stop; clones share one request. The library
/// installs no signal handler: the command line does, and calls
/// [`Stop::request`].
#[derive(Debug, Clone, Default)]
pub struct Stop(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    /// The signal number asked with; 0 while none was, [`TIMED_OUT`] for
    /// the run's timeout.
    signal: AtomicI32,
    /// With [`TIMED_OUT`]: the timeout, in milliseconds.
    timeout_ms: AtomicU64,
    woken: tokio::sync::Notify,
}

impl Stop {
    /// Asks the run to stop, for signal `signal` (2 for SIGINT, 15 for SIGTERM).
    pub fn request(&self, signal: i32) {
        self.0.signal.store(signal.max(1), Ordering::SeqCst);
        self.0.woken.notify_waiters();
    }

    /// Asks the run to stop because its `--timeout` of `after` ran out;
    /// a stop already asked stays as it was.
    pub fn time_out(&self, after: Duration) {
        let millis = u64::try_from(after.as_millis()).unwrap_or(u64::MAX);
        self.0.timeout_ms.store(millis, Ordering::SeqCst);
        let asked =
            self.0
                .signal
                .compare_exchange(0, TIMED_OUT, Ordering::SeqCst, Ordering::SeqCst);
        if asked.is_ok() {
            self.0.woken.notify_waiters();
        }
    }

    /// Why the run was asked to stop, if it was.
    pub fn requested(&self) -> Option<Interruption> {
        match self.0.signal.load(Ordering::SeqCst) {
            0 => None,
            TIMED_OUT => Some(Interruption::Timeout(Duration::from_millis(
                self.0.timeout_ms.load(Ordering::SeqCst),
            ))),
            signal => Some(Interruption::Signal(signal)),
        }
    }

    /// Resolves once a stop is asked (at once if it was already).
    pub async fn asked(&self) {
        let woken = self.0.woken.notified();
        if self.requested().is_none() {
            woken.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_seen_by_every_clone_and_wakes_a_waiter() {
        let stop = Stop::default();
        assert_eq!(stop.requested(), None);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let other = stop.clone();
        runtime.block_on(async {
            let waiting = tokio::spawn({
                let stop = stop.clone();
                async move { stop.asked().await }
            });
            tokio::task::yield_now().await;
            other.request(15);
            waiting.await.unwrap();
        });
        assert_eq!(stop.requested(), Some(Interruption::Signal(15)));
        stop.time_out(Duration::from_millis(5));
        assert_eq!(
            stop.requested(),
            Some(Interruption::Signal(15)),
            "the first reason stays"
        );
    }
}
