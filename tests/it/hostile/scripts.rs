//! Scripts that would never end: each is stopped, its error names the flag,
//! and the run goes on.

use crate::support::{TestRun, TestServer};

fn with_prerequest(lines: &[&str]) -> String {
    serde_json::json!({
        "info": { "name": "scripts" },
        "item": [
            { "name": "stuck", "event": [{ "listen": "prerequest", "script": { "exec": lines } }],
              "request": "{{baseUrl}}/get?n=1" },
            { "name": "after", "request": "{{baseUrl}}/get?n=2" }
        ]
    })
    .to_string()
}

fn assert_stopped_and_run_goes_on(lines: &[&str], extra: &[&str], message: &str) {
    let server = TestServer::start();
    let started = std::time::Instant::now();
    let run = TestRun::inline(&with_prerequest(lines))
        .against(&server)
        .args(extra)
        .run();
    assert!(started.elapsed().as_secs() < 20, "stopped in time");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("TimeoutError"), "{}", run.stdout);
    assert!(run.stdout.contains(message), "{}", run.stdout);
    assert_eq!(server.requests().len(), 2, "both requests are still sent");
}

#[test]
fn a_set_interval_never_cleared_is_stopped_by_the_wait_limit() {
    assert_stopped_and_run_goes_on(
        &["setInterval(function () {}, 10);"],
        &["--max-script-wait", "500"],
        "--max-script-wait raises the limit",
    );
}

#[test]
fn a_promise_chain_that_queues_itself_forever_is_stopped() {
    let lines = [
        "function again() { return Promise.resolve().then(again); }",
        "again();",
    ];
    assert_stopped_and_run_goes_on(&lines, &["--max-script-wait", "500"], "--max-script-wait");
    // And under --timeout-script, which before did not reach promise jobs.
    assert_stopped_and_run_goes_on(
        &lines,
        &["--timeout-script", "500"],
        "script timed out after 500 ms",
    );
}

#[test]
fn the_wait_limit_is_bounded_by_default() {
    assert_eq!(postrun::script::DEFAULT_SCRIPT_WAIT.as_secs(), 180);
    assert_eq!(
        postrun::script::SandboxOptions::default().wait,
        postrun::script::DEFAULT_SCRIPT_WAIT
    );
}

#[test]
fn deeply_nested_values_are_stringified_stored_and_joined() {
    let server = TestServer::start();
    let make = "var o = {}; var c = o; for (var i = 0; i < 10000; i++) { c.a = {}; c = c.a; }";
    let array =
        "var a = []; var d = a; for (var j = 0; j < 10000; j++) { var n = [1]; d.push(n); d = n; }";
    let lines = [
        make,
        array,
        "console.log('stringified', JSON.stringify(o).length);",
        "pm.environment.set('deep', o);",
        "console.log('stored', pm.environment.get('deep').length);",
        "console.log('joined', String(a).length);",
    ];
    // Sequential, and on the threads of a parallel run.
    for extra in [&[][..], &["-n", "2", "--parallel", "2"][..]] {
        let run = TestRun::inline(&with_prerequest(&lines))
            .against(&server)
            .args(extra.iter().copied())
            .run();
        assert_eq!(run.code, 0, "{extra:?}: {run:?}");
        for line in ["stringified 60002", "stored 60002", "joined 19999"] {
            assert!(run.stdout.contains(line), "{line}: {}", run.stdout);
        }
    }
}

/// boa's parser recurses once per level of brackets and overflowed the
/// stack (the process aborted, reports lost) on a script, an `eval` or a
/// `new Function` nested 100,000 deep; past 10,000 levels each now fails
/// with V8's `RangeError` (V8's own limit is near 5,000).
#[test]
fn scripts_nested_deeper_than_the_parser_can_go_fail_with_v8s_range_error() {
    let caught = [
        "try { eval('('.repeat(100000) + '1' + ')'.repeat(100000)); } catch (e) { console.log('eval', e.name, e.message); }",
        "try { new Function('return ' + '['.repeat(100000) + ']'.repeat(100000)); } catch (e) { console.log('Function', e.name, e.message); }",
        "console.log('nested fine', eval('('.repeat(2000) + '7' + ')'.repeat(2000)));",
    ];
    let server = TestServer::start();
    let run = TestRun::inline(&with_prerequest(&caught))
        .against(&server)
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "eval RangeError Maximum call stack size exceeded",
        "Function RangeError Maximum call stack size exceeded",
        "nested fine 7",
    ] {
        assert!(run.stdout.contains(line), "{line}: {}", run.stdout);
    }
    let deep = format!("var x = {}1{};", "(".repeat(100_000), ")".repeat(100_000));
    let server = TestServer::start();
    let run = TestRun::inline(&with_prerequest(&[deep.as_str()]))
        .against(&server)
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    for text in [
        "RangeError in prerequest-script",
        "Maximum call stack size exceeded",
    ] {
        assert!(run.stdout.contains(text), "{text}: {}", run.stdout);
    }
    assert_eq!(server.requests().len(), 2, "the run goes on");
}

/// A regular expression that backtracks without end runs in boa's native
/// code, where no script limit reaches it (Newman hangs on it too): with
/// `--timeout`, postrun ends a few seconds past it, saying why.
#[test]
fn a_run_stuck_in_a_regular_expression_ends_soon_after_its_timeout() {
    let server = TestServer::start();
    let started = std::time::Instant::now();
    // In a test script, after the request was sent.
    let collection = serde_json::json!({
        "info": { "name": "stuck" },
        "item": [{ "name": "backtracks", "request": "{{baseUrl}}/get",
            "event": [{ "listen": "test", "script": { "exec": ["/(a+)+$/.test('a'.repeat(60) + '!');"] } }] }]
    });
    let run = TestRun::inline(&collection.to_string())
        .against(&server)
        .args(["--timeout", "500"])
        .run();
    assert!(started.elapsed().as_secs() < 30, "ended in time");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("did not stop within 5 s of --timeout"),
        "{}",
        run.stderr
    );
}

#[test]
fn strings_past_v8s_length_limit_throw_a_catchable_range_error() {
    let server = TestServer::start();
    let lines = [
        "try { 'x'.repeat(Math.pow(2, 30)); } catch (e) { console.log('repeat', e.name, e.message); }",
        "try { 'ab'.padEnd(Math.pow(2, 31)); } catch (e) { console.log('padEnd', e.name, e.message); }",
        "console.log('small', 'ab'.repeat(3), 'x'.padStart(3, '-'));",
    ];
    let run = TestRun::inline(&with_prerequest(&lines))
        .against(&server)
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "repeat RangeError Invalid string length",
        "padEnd RangeError Invalid string length",
        "small ababab --x",
    ] {
        assert!(run.stdout.contains(line), "{line}: {}", run.stdout);
    }
}

#[test]
fn honest_long_loops_are_not_taken_for_runaways_and_the_guard_names_its_flag() {
    let server = TestServer::start();
    // See: issue 16 (two loops of six million steps were stopped).
    let honest = [
        "var n = 0; for (var i = 0; i < 6000000; i++) { n++; }",
        "for (var j = 0; j < 6000000; j++) { n++; } console.log('done', n);",
    ];
    let run = TestRun::inline(&with_prerequest(&honest))
        .against(&server)
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("done 12000000"), "{}", run.stdout);
    let runaway = TestRun::inline(&with_prerequest(&["while (true) {}"]))
        .against(&server)
        .args(["--max-loop-iterations", "1000000"])
        .run();
    assert_eq!(runaway.code, 1, "{runaway:?}");
    assert!(
        runaway
            .stdout
            .contains("--max-loop-iterations raises the limit"),
        "{}",
        runaway.stdout
    );
}

#[test]
fn a_script_that_doubles_a_string_forever_stops_postrun_at_the_memory_limit() {
    // boa has no heap limit: without the ceiling this allocated until the
    // kernel killed the process (24 GB on the machine it was found on).
    let server = TestServer::start();
    let doubling = ["var s = 'x'; for (var i = 0; i < 40; i++) { s = s + s; }"];
    let started = std::time::Instant::now();
    let run = TestRun::inline(&with_prerequest(&doubling))
        .base_url(&server.url())
        .args(["--max-memory", "200000000"])
        .run();
    assert!(started.elapsed().as_secs() < 20, "stopped in time");
    assert_eq!(run.code, 3, "{run:?}");
    assert!(
        run.stderr
            .contains("held more than 190 MiB of memory and stopped"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--max-memory BYTES raises the limit"));
    assert!(
        server.requests().is_empty(),
        "the script stopped before its request"
    );
}
