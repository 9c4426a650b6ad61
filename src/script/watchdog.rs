//! A guard for the part of a script boa runs without returning: its promise
//! jobs. A chain that queues itself forever never gives control back, so a
//! thread beside the engine watches a deadline and, once it passes, raises
//! the job queue's cancellation token; the queue then empties and returns.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How often the watching thread looks at the deadline.
const TICK: Duration = Duration::from_millis(50);

/// Raises (`true`) or lowers the job queue's cancellation token (boa keeps
/// it in an atomic of its own type, so it is handed over as a function).
pub(super) type Token = Arc<dyn Fn(bool) + Send + Sync>;

/// One per sandbox; the thread ends when it is dropped.
pub(super) struct Watchdog {
    shared: Arc<Shared>,
    armed: std::cell::Cell<bool>,
}

struct Shared {
    /// The moment everything is measured from.
    base: Instant,
    /// Nanoseconds after `base` when the token must be raised; 0: disarmed.
    deadline: AtomicU64,
    /// The job queue's cancellation token.
    token: Token,
    /// Whether the token was raised since the last `disarm`.
    fired: AtomicBool,
    closed: AtomicBool,
}

impl Watchdog {
    /// Watches `token`, the cancellation token of the context's job queue.
    pub(super) fn new(token: Token) -> Watchdog {
        let shared = Arc::new(Shared {
            base: Instant::now(),
            deadline: AtomicU64::new(0),
            token,
            fired: AtomicBool::new(false),
            closed: AtomicBool::new(false),
        });
        let watched = shared.clone();
        std::thread::spawn(move || watch(&watched));
        Watchdog {
            shared,
            armed: std::cell::Cell::new(false),
        }
    }

    /// Raises the token at `deadline` unless disarmed before.
    pub(super) fn arm(&self, deadline: Instant) {
        let nanos = deadline
            .saturating_duration_since(self.shared.base)
            .as_nanos()
            .max(1);
        let nanos = u64::try_from(nanos).unwrap_or(u64::MAX);
        self.shared.deadline.store(nanos, Ordering::SeqCst);
        self.armed.set(true);
    }

    /// Stops watching; whether the token was raised meanwhile (it is then
    /// lowered again, so the next script's jobs run).
    pub(super) fn disarm(&self) -> bool {
        if !self.armed.replace(false) || self.shared.deadline.swap(0, Ordering::SeqCst) != 0 {
            return false;
        }
        // The watcher took the deadline: it raises the token and then says so.
        while !self.shared.fired.swap(false, Ordering::SeqCst) {
            std::hint::spin_loop();
        }
        (self.shared.token)(false);
        true
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.shared.closed.store(true, Ordering::SeqCst);
    }
}

fn watch(shared: &Shared) {
    while !shared.closed.load(Ordering::SeqCst) {
        std::thread::sleep(TICK);
        let deadline = shared.deadline.load(Ordering::SeqCst);
        let now = shared.base.elapsed().as_nanos();
        let due = deadline != 0 && now >= u128::from(deadline);
        // Only a deadline still armed fires: `disarm` may take it first.
        if due
            && shared
                .deadline
                .compare_exchange(deadline, 0, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
        {
            (shared.token)(true);
            shared.fired.store(true, Ordering::SeqCst);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raises_the_token_after_the_deadline_unless_disarmed() {
        let raised = Arc::new(AtomicBool::new(false));
        let token = raised.clone();
        let watchdog = Watchdog::new(Arc::new(move |up| token.store(up, Ordering::SeqCst)));
        watchdog.arm(Instant::now() + Duration::from_secs(60));
        assert!(!watchdog.disarm());
        watchdog.arm(Instant::now());
        let waited = Instant::now();
        while !raised.load(Ordering::SeqCst) && waited.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(watchdog.disarm());
        assert!(
            !raised.load(Ordering::SeqCst),
            "lowered for the next script"
        );
    }
}
