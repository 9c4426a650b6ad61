//! `pm.globals` in a `--parallel` run: one scope every lane reads and
//! writes, where everything else a unit has is its own.
//!
//! A lane takes the globals as they stand before each request and each
//! script, and a script's changes (what it set, unset or cleared, key by
//! key) go back when it ends, so a later write to another key in another
//! lane is kept. A script whose text names the globals (`pm.globals`,
//! `globals`, `postman.setGlobalVariable`, …) runs alone among such
//! scripts: `pm.globals.set('n', pm.globals.get('n') + 1)` in every
//! iteration counts every iteration, which reading at the start and
//! writing at the end without it would not.

use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::vars::Scope;

/// The globals all lanes share.
pub(super) struct SharedGlobals {
    scope: Mutex<Scope>,
    /// Held by a script that names the globals, for as long as it runs.
    gate: tokio::sync::Mutex<()>,
}

impl SharedGlobals {
    pub(super) fn new(scope: Scope) -> Self {
        SharedGlobals {
            scope: Mutex::new(scope),
            gate: tokio::sync::Mutex::new(()),
        }
    }

    fn scope(&self) -> MutexGuard<'_, Scope> {
        // A lane that panicked ends the run anyway; its scope is whole.
        self.scope.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The globals as they stand now.
    pub(super) fn snapshot(&self) -> Scope {
        self.scope().clone()
    }

    /// Applies what changed from `before` to `after` (one script's work).
    pub(super) fn publish(&self, before: &Scope, after: &Scope) {
        if before.variables() != after.variables() {
            self.scope().apply_changes(before, after);
        }
    }

    /// Waits for the scripts that name the globals before this one to end,
    /// when `source` names them; the script runs while the guard lives.
    pub(super) async fn enter(&self, source: &str) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match names_globals(source) {
            true => Some(self.gate.lock().await),
            false => None,
        }
    }
}

/// Whether a script may read-modify-write the globals: `pm.globals`, the
/// legacy `globals` object and `postman.*GlobalVariable*` all contain it.
fn names_globals(source: &str) -> bool {
    source.contains("lobal")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_naming_the_globals_are_recognised() {
        assert!(names_globals("pm.globals.set('a', 1)"));
        assert!(names_globals("postman.setGlobalVariable('a', 1)"));
        assert!(names_globals("globals.a"));
        assert!(!names_globals("pm.environment.set('a', 1)"));
    }

    #[test]
    fn a_scripts_changes_leave_other_keys_as_other_lanes_left_them() {
        let mut start = Scope::default();
        start.set("kept", "1");
        start.set("changed", "1");
        start.set("removed", "1");
        let shared = SharedGlobals::new(start);
        let before = shared.snapshot();
        // Another lane meanwhile.
        let mut other = before.clone();
        other.set("kept", "2");
        other.set("theirs", "2");
        shared.publish(&before, &other);
        // This lane's script.
        let mut after = before.clone();
        after.set("changed", "3");
        after.unset("removed");
        after.set("mine", "3");
        shared.publish(&before, &after);
        let end = shared.snapshot();
        let value = |key| end.get(key).map(|v| v.value.as_str());
        assert_eq!(value("kept"), Some("2"));
        assert_eq!(value("theirs"), Some("2"));
        assert_eq!(value("changed"), Some("3"));
        assert_eq!(value("removed"), None);
        assert_eq!(value("mine"), Some("3"));
    }
}
