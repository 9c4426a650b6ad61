//! Stopping a run from outside (Ctrl-C, SIGTERM): the caller asks, the
//! runner stops sending, abandons the request in flight, and finishes the
//! run so that every report is still written, marked interrupted.

use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};

/// A handle to ask a run to stop; clones share one request. The library
/// installs no signal handler: the command line does, and calls
/// [`Stop::request`].
#[derive(Debug, Clone, Default)]
pub struct Stop(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    /// The signal number asked with; 0 while none was.
    signal: AtomicI32,
    woken: tokio::sync::Notify,
}

impl Stop {
    /// Asks the run to stop, for signal `signal` (2 for SIGINT, 15 for SIGTERM).
    pub fn request(&self, signal: i32) {
        self.0.signal.store(signal.max(1), Ordering::SeqCst);
        self.0.woken.notify_waiters();
    }

    /// The signal the run was asked to stop for, if it was.
    pub fn requested(&self) -> Option<i32> {
        match self.0.signal.load(Ordering::SeqCst) {
            0 => None,
            signal => Some(signal),
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
        assert_eq!(stop.requested(), Some(15));
    }
}
