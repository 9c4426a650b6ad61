//! `{{variable}}` resolution: lines `key=value` define variables, the last
//! line is resolved. Must end, and stay within the expansion limit.
#![no_main]

use postrun::vars::{Scopes, Unresolved};

const LIMIT: usize = 1 << 16;

libfuzzer_sys::fuzz_target!(|text: &str| {
    let mut scopes = Scopes {
        max_expanded: LIMIT,
        ..Scopes::default()
    };
    let mut lines: Vec<&str> = text.lines().collect();
    let target = lines.pop().unwrap_or_default();
    for line in lines {
        if let Some((key, value)) = line.split_once('=') {
            scopes.environment.set(key, value);
        }
    }
    let mut unresolved = Unresolved::default();
    let resolved = scopes.resolve(target, &mut unresolved);
    assert!(resolved.len() <= LIMIT.max(target.len()), "{} bytes", resolved.len());
});
