//! Pre-request and test scripts: one fixture per feature group, each run
//! against the local server, with every assertion's outcome checked.

use std::time::Duration;

use crate::support::{TestServer, run_fixture_library};
use postrun::plan::RunOptions;

/// With the loop guard at ten million steps, so a runaway stops quickly.
fn run(fixture: &str) -> crate::support::Recorder {
    let options = RunOptions {
        sandbox: postrun::script::SandboxOptions {
            loop_limit: 10_000_000,
            ..postrun::script::SandboxOptions::default()
        },
        ..RunOptions::default()
    };
    run_with(fixture, options)
}

fn run_with(fixture: &str, options: RunOptions) -> crate::support::Recorder {
    let server = TestServer::start();
    let (_, recorded) = run_fixture_library(
        &format!("scripts/{fixture}.postman_collection.json"),
        &server,
        options,
    );
    recorded
}

#[test]
fn scripts_run_collection_then_folder_then_request() {
    let recorded = run("order");
    assert_eq!(
        recorded.outcomes(),
        [
            "✓ collection test sees the response",
            "✓ folder test runs after the collection test",
            "✓ request test runs last",
            "✓ prerequest scripts ran collection, folder, request before the URL was resolved",
        ]
    );
    assert!(recorded.errors().is_empty());
}

#[test]
fn errors_are_recorded_and_the_run_goes_on() {
    let recorded = run("errors");
    assert_eq!(
        recorded.outcomes(),
        [
            "✓ the request is still sent and tested",
            "✓ before the error",
            "✗ callback error: ReferenceError: undefinedFunction is not defined",
            "✓ still runs",
            "✓ before loop",
            "✓ the sandbox still works",
        ]
    );
    assert_eq!(
        recorded.errors(),
        [
            "prerequest TypeError (line 2): boom in pre at throws in prerequest",
            "test TypeError (line 2): Cannot read properties of null (reading 'property') at throws in test",
            "test SyntaxError (line 2): Unexpected token ';' at syntax error",
            "test RangeError: loops ran more than 10000000 times in one function call and were stopped; --max-loop-iterations raises the limit at runaway loop",
            "test RangeError (line 1): Maximum call stack size exceeded at runaway recursion",
        ]
    );
}

#[test]
fn async_work_completes_before_the_script_is_done() {
    let recorded = run("async");
    assert_eq!(
        recorded.outcomes(),
        [
            "✓ sendRequest with a callback",
            "✓ sendRequest returning a promise, awaited at top level",
            "✓ sendRequest reports a connection error",
            "✗ async test function: AssertionError: expected 1 to equal 2",
            "✓ done callback",
            "✓ setTimeout fires",
        ]
    );
    assert!(recorded.errors().is_empty(), "{:?}", recorded.errors());
}

/// Both ways a script's commonest calls run: in the host where it can
/// (assertions in src/script/assert.rs, `pm.test`, variable scopes), and
/// all in the prelude (under `--timeout-script`).
fn both_paths() -> [RunOptions; 2] {
    use postrun::script::{SandboxOptions, ScriptPaths};
    [ScriptPaths::Native, ScriptPaths::Prelude].map(|paths| RunOptions {
        sandbox: SandboxOptions {
            paths,
            ..SandboxOptions::default()
        },
        ..RunOptions::default()
    })
}

#[test]
fn response_api_and_assertions() {
    for options in both_paths() {
        response_api_and_assertions_with(options);
    }
}

fn response_api_and_assertions_with(options: RunOptions) {
    let recorded = run_with("response", options);
    let failed: Vec<String> = recorded
        .outcomes()
        .into_iter()
        .filter(|o| o.starts_with('✗'))
        .collect();
    let passed = recorded
        .outcomes()
        .iter()
        .filter(|o| o.starts_with('✓'))
        .count();
    assert_eq!(passed, 20, "{:#?}", recorded.outcomes());
    assert_eq!(
        failed,
        [
            "✗ fails: status: AssertionError: expected response to have status code 201 but got 200",
            "✗ fails: header: AssertionError: expected response to have header with key 'X-Missing'",
            "✗ fails: header value: AssertionError: expected 'X-Custom' response header to be 'bye' but got 'hello'",
            "✗ fails: clientError: AssertionError: expected response code to be 4XX but found 200",
            "✗ fails: jsonSchema: AssertionError: expected data to satisfy schema but found following errors: \ndata should have required property 'id', data['X-Custom'] should be number",
            "✗ fails: body: AssertionError: expected response body to equal 'nope' but got '{\"X-Custom\":\"hello\",\"Set-Cookie\":\"fla…'",
            "✗ fails: html: Error: Invalid Chai property: html. Did you mean \"to\"?",
            "✗ fails: ok: AssertionError: expected response to have status reason 'OK' but got 'NOT FOUND'",
            "✗ fails: unauthorized: AssertionError: expected response to have status reason 'UNAUTHORIZED' but got 'NOT FOUND'",
            "✗ fails: not status 404: AssertionError: expected response to not have status code 404",
        ]
    );
}

/// Runs a fixture whose tests all check themselves and must all pass.
fn all_pass(fixture: &str, expected: usize) {
    for options in both_paths() {
        let outcomes = run_with(fixture, options).outcomes();
        let failed: Vec<&String> = outcomes.iter().filter(|o| !o.starts_with('✓')).collect();
        assert!(failed.is_empty(), "{failed:#?}");
        assert_eq!(outcomes.len(), expected, "{outcomes:#?}");
    }
}

#[test]
fn request_api_and_prerequest_changes_are_sent() {
    all_pass("request", 13);
}

#[test]
fn variable_scopes_read_and_write() {
    all_pass("scopes", 12);
}

#[test]
fn info_cookies_console_legacy_and_globals() {
    let recorded = run("context");
    assert_eq!(
        recorded.outcomes(),
        [
            "✓ pm.info",
            "✓ pm.cookies",
            "✓ pm.execution.location",
            "✓ legacy globals",
            "✓ globals scripts expect",
            "- skipped test",
            "✓ legacy pass",
            "✗ legacy fail: AssertionError: expected false to be truthy",
        ]
    );
    assert_eq!(
        recorded.console,
        [
            // Zero as node's console writes it (chai's messages write `+0`).
            "log { a: 1 } [ 1, 2 ] text 0 -0 { n: 0 }",
            // An SDK object as its `toJSON()`, as Newman's console carries it.
            "{ protocol: 'http', path: [ 'p' ], host: [ 'h' ], query: [ { key: 'q', value: '1' } ], variable: [] } Map(1) { 'a' => 1 } Set(1) { 2 } [Function: named]",
            "info",
            "warn",
            "error",
            "debug"
        ]
    );
}

#[test]
fn set_next_request_jumps_loops_and_stops_and_skip_request_skips() {
    let server = TestServer::start();
    let (summary, recorded) = run_fixture_library(
        "scripts/flow.postman_collection.json",
        &server,
        RunOptions::default(),
    );
    let steps: Vec<String> = server.requests().iter().map(|r| r.query.clone()).collect();
    assert_eq!(
        steps,
        [
            "step=start",
            "step=poll",
            "step=poll",
            "step=poll",
            "step=jump",
            "step=last"
        ]
    );
    assert_eq!(
        recorded.items,
        [
            "Start",
            "Poll",
            "Poll",
            "Poll",
            "Skipped by script",
            "Jump",
            "Last"
        ]
    );
    assert!(
        recorded.outcomes().is_empty(),
        "a skipped request runs no test script"
    );
    assert!(!summary.has_failures());
}

#[test]
fn an_unknown_next_request_ends_the_iteration_with_a_warning() {
    let server = TestServer::start();
    let (_, recorded) = run_fixture_library(
        "scripts/flow-unknown.postman_collection.json",
        &server,
        RunOptions::default(),
    );
    assert_eq!(server.requests().len(), 1);
    assert_eq!(
        recorded.warnings,
        ["setNextRequest: no request named `No Such Request` in this run; the iteration ends here"]
    );
}

#[test]
fn timeout_script_stops_spinning_and_waiting_scripts() {
    let options = RunOptions {
        sandbox: postrun::script::SandboxOptions {
            timeout: Some(Duration::from_millis(300)),
            ..postrun::script::SandboxOptions::default()
        },
        ..RunOptions::default()
    };
    let started = std::time::Instant::now();
    let recorded = run_with("timeout", options);
    assert_eq!(recorded.outcomes(), ["✓ before", "✓ the run goes on"]);
    assert_eq!(
        recorded.errors(),
        [
            "test TimeoutError: script timed out after 300 ms at spins",
            "test TimeoutError: script timed out after 300 ms at waits",
        ]
    );
    // Generous: the point is that neither the loop nor the 60 s timer ran out.
    assert!(started.elapsed() < Duration::from_secs(30));
}

/// An item that GETs `{{baseUrl}}PATH` and runs `test` as its test script.
fn tested_get(name: &str, path: &str, test: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "name": name,
        "event": [{ "listen": "test", "script": { "exec": test } }],
        "request": { "method": "GET", "url": format!("{{{{baseUrl}}}}{path}") }
    })
}

/// Runs these items as one collection against a local server.
fn run_items(items: &[serde_json::Value], options: RunOptions) -> crate::support::Recorder {
    let collection =
        serde_json::json!({ "info": { "name": "scripts" }, "item": items }).to_string();
    let server = TestServer::start();
    crate::support::run_library(&collection, &server, options).1
}

/// The sandbox keeps one state between scripts; nothing of one script may
/// leak into the next: legacy `tests`, unfinished tests, a thrown script.
#[test]
fn one_scripts_leftovers_never_reach_the_next() {
    let request = |name: &str, test: &[&str]| tested_get(name, "/get", test);
    let recorder = run_items(
        &[
            request("sets tests", &["tests['first'] = true;"]),
            request("sets nothing", &["pm.test('second', () => {});"]),
            request(
                "throws after tests",
                &["tests['third'] = true;", "throw new Error('boom');"],
            ),
            request(
                "after the throw",
                &["pm.test('fourth', () => pm.expect(tests).to.eql({}));"],
            ),
            request(
                "leaves a test pending",
                &["pm.test('pending', (done) => {});"],
            ),
            request("after the pending", &["pm.test('sixth', () => {});"]),
            request("replaces tests", &["tests = { replaced: true };"]),
            request(
                "reads iteration",
                &["pm.test('iteration', () => pm.expect(iteration).to.equal(0));"],
            ),
            request(
                "assigns a legacy global",
                &[
                    "const before = responseCode.code;",
                    "responseCode = 'mine';",
                    "pm.test('assigned', () => pm.expect(responseCode).to.equal('mine'));",
                ],
            ),
            request(
                "reads its own",
                &["pm.test('its own', () => pm.expect(responseCode.code).to.equal(200));"],
            ),
        ],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        [
            "✓ first",
            "✓ second",
            // Recorded at the end of its own script, even one that threw.
            "✓ third",
            "✓ fourth",
            "✗ pending: Error: the test did not finish: its promise never settled or `done` was never called",
            "✓ sixth",
            "✓ replaced",
            "✓ iteration",
            // An assigned legacy global keeps the value for the rest of
            // the script; the next script gets its own, as in Newman.
            "✓ assigned",
            "✓ its own",
        ]
    );
    assert_eq!(
        recorder.script_errors.len(),
        1,
        "{:?}",
        recorder.script_errors
    );
}

/// A response's cookies are read from its `Set-Cookie` headers (Newman's
/// jar-based list is often empty: PARITY.md), each with the attributes the
/// jar gives a cookie set by that URL: the domain and path it defaults to.
#[test]
fn response_cookies_carry_their_attributes() {
    let set =
        "/response-headers?Set-Cookie=z%3D9%3B%20Path%3D%2Fdeep%3B%20Secure%3B%20Max-Age%3D60";
    let recorder = run_items(
        &[tested_get(
            "sets a cookie",
            set,
            &[
                "var c = pm.response.cookies.one('z');",
                "pm.test('own response', () => pm.expect([c.value, c.domain, c.path, c.secure, c.httpOnly, c.hostOnly, c.maxAge, typeof c.expires]).to.eql(['9', '127.0.0.1', '/deep', true, false, true, 60, 'string']));",
                "pm.sendRequest(pm.variables.replaceIn('{{baseUrl}}/response-headers?Set-Cookie=w%3D1'), (err, res) => {",
                "  var w = res.cookies.one('w');",
                "  pm.test('a reply, for its own URL', () => pm.expect([w.value, w.domain, w.path, w.expires, w.maxAge]).to.eql(['1', '127.0.0.1', '/', null, 0]));",
                "});",
            ],
        )],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        ["✓ own response", "✓ a reply, for its own URL"]
    );
}

/// The host builds `pm.response`'s headers, cookies and body when a script
/// first reads them; one kept in a global still shows its own response in
/// a later script, as Newman's objects do.
#[test]
fn a_kept_pm_response_shows_its_own_response_later() {
    let request = tested_get;
    let recorder = run_items(
        &[
            request(
                "keeps it",
                "/response-headers?Set-Cookie=flavour%3Dmint&X-First=1",
                &["globalThis.kept = pm.response;"],
            ),
            request(
                "reads it",
                "/status/201",
                &[
                    "pm.test('now', () => pm.expect(pm.response.code).to.equal(201));",
                    "pm.test('kept code', () => pm.expect(kept.code).to.equal(200));",
                    "pm.test('kept header', () => pm.expect(kept.headers.get('X-First')).to.equal('1'));",
                    "pm.test('kept cookie', () => pm.expect(kept.cookies.get('flavour')).to.equal('mint'));",
                    "pm.test('kept body', () => pm.expect(kept.json()).to.have.property('X-First', '1'));",
                    "pm.test('kept text', () => pm.expect(kept.text()).to.include('X-First'));",
                    "pm.test('current body', () => pm.expect(pm.response.json()).to.eql({ status: 201 }));",
                ],
            ),
        ],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        [
            "✓ now",
            "✓ kept code",
            "✓ kept header",
            "✓ kept cookie",
            "✓ kept body",
            "✓ kept text",
            "✓ current body",
        ]
    );
}

/// Parts of the prelude load on first use (web globals, chai's assertions,
/// value display, JSON Schema, the request side of `pm`, response
/// assertions). A script compiled once and run again must
/// find them as well the second time as the first.
#[test]
fn lazily_loaded_prelude_parts_keep_working_in_later_scripts() {
    let script = [
        "pm.test('web globals', () => {",
        "  pm.expect(new URL('http://a.test/x?y=1').searchParams.get('y')).to.equal('1');",
        "  pm.expect(new URLSearchParams('a=1').get('a')).to.equal('1');",
        "  pm.expect(structuredClone({ a: [1] })).to.eql({ a: [1] });",
        "  pm.expect(new TextDecoder().decode(new TextEncoder().encode('h'))).to.equal('h');",
        "  pm.expect(crypto.randomUUID()).to.have.lengthOf(36);",
        "});",
        "pm.test('rarer assertions', () => {",
        "  pm.expect([1, 2]).to.have.members([2, 1]);",
        "  pm.expect({ a: 1 }).to.have.keys('a');",
        "  pm.expect(() => { throw new TypeError('boom'); }).to.throw(TypeError, 'boom');",
        "  pm.expect(1.0001).to.be.closeTo(1, 0.01);",
        "  pm.expect(2).to.be.oneOf([1, 2]);",
        "});",
        "pm.test('schema', () => pm.response.to.have.jsonSchema({ type: 'object', required: ['args'] }));",
        "pm.test('display', () => pm.expect({ a: 1 }).to.equal(null));",
        "pm.test('response assertions', () => {",
        "  pm.response.to.be.json;",
        "  pm.response.to.be.success;",
        "  pm.response.to.have.header('Content-Type');",
        "  pm.response.to.have.responseTime.below(60000);",
        "  pm.response.to.have.jsonBody('args');",
        "});",
        "pm.test('request side', () => {",
        "  pm.expect(pm.request.url.getPath()).to.equal('/get');",
        "  pm.expect(pm.response.headers.get('content-type')).to.include('json');",
        "  pm.expect(pm.request).to.not.have.header('X-Absent');",
        "});",
    ];
    let items: Vec<_> = (1..=3)
        .map(|n| tested_get(&format!("request {n}"), "/get", &script))
        .collect();
    let recorder = run_items(&items, RunOptions::default());
    let once = [
        "✓ web globals",
        "✓ rarer assertions",
        "✓ schema",
        "✗ display: AssertionError: expected { a: 1 } to equal null",
        "✓ response assertions",
        "✓ request side",
    ];
    assert_eq!(recorder.outcomes(), once.repeat(3));
}

/// A `pm.sendRequest` reply is made like `pm.response`: its headers,
/// cookies and body read from the reply itself, in its script and after.
#[test]
fn a_send_request_reply_reads_like_pm_response() {
    let send = [
        "const reply = await pm.sendRequest(pm.variables.get('baseUrl') + '/response-headers?Set-Cookie=flavour%3Dmint&X-Reply=1');",
        "globalThis.reply = reply;",
        "pm.test('reply', () => {",
        "  pm.expect(reply).to.have.status(200);",
        "  pm.expect(reply.headers.get('X-Reply')).to.equal('1');",
        "  pm.expect(reply.cookies.get('flavour')).to.equal('mint');",
        "  pm.expect(reply.json()).to.have.property('X-Reply', '1');",
        "  pm.expect(reply.text()).to.include('X-Reply');",
        "  pm.expect(pm.response.json()).to.have.property('args');",
        "});",
    ];
    let later =
        ["pm.test('later', () => pm.expect(reply.json()).to.have.property('X-Reply', '1'));"];
    let recorder = run_items(
        &[
            tested_get("sends", "/get", &send),
            tested_get("reads later", "/status/201", &later),
        ],
        RunOptions::default(),
    );
    assert_eq!(recorder.outcomes(), ["✓ reply", "✓ later"]);
}

/// `pm.test` runs the usual synchronous test in the host, except under
/// `--timeout-script`, where the prelude's `test` runs everything: both
/// must record every kind of outcome alike.
#[test]
fn pm_test_records_alike_in_the_host_and_in_the_prelude() {
    let script = [
        "pm.test('passes', () => {});",
        "pm.test('fails', () => pm.expect(1).to.equal(2));",
        "pm.test('throws an error', () => { throw new RangeError('too far'); });",
        "pm.test('engine error', () => undefinedFunction());",
        "pm.test('throws text', () => { throw 'plain text'; });",
        "pm.test('throws an object', () => { throw { name: '', message: 42 }; });",
        "pm.test('throws null', () => { throw null; });",
        "pm.test('returns a promise', () => Promise.reject(new Error('later')));",
        "pm.test('returns a value', () => 'ignored');",
        "pm.test('takes done', (done) => done());",
        "pm.test('no function');",
        "pm.test(7, () => {});",
        "pm.test.skip('skipped', () => {});",
        "pm.test('chains', () => {}).test('chained', () => {});",
    ];
    let expected = [
        "✓ passes",
        "✗ fails: AssertionError: expected 1 to equal 2",
        "✗ throws an error: RangeError: too far",
        "✗ engine error: ReferenceError: undefinedFunction is not defined",
        // As Newman: what is not an Error is an AssertionError named by the
        // test, with the value's own name and message where it has them.
        "✗ throws text: AssertionError: throws text",
        "✗ throws an object: : 42",
        "✗ throws null: AssertionError: throws null",
        "✓ returns a value",
        "✓ takes done",
        // Newman records a test without a callback as passed.
        "✓ no function",
        "✓ 7",
        "- skipped",
        "✓ chains",
        "✓ chained",
        "✗ returns a promise: Error: later",
    ];
    for options in both_paths() {
        let timeout = options.sandbox.timeout;
        let recorder = run_items(&[tested_get("tests", "/get", &script)], options);
        assert_eq!(recorder.outcomes(), expected, "timeout {timeout:?}");
    }
}

/// A script that throws something other than an Error stops there and
/// fails, named: Newman records `throw 'x'` as a failure with no name or
/// message, and lets `throw null` stop the script without a failure
/// (PARITY.md, "does better").
#[test]
fn a_script_that_throws_a_plain_value_fails_and_says_what() {
    let thrown = |value: &str| {
        let script = [
            "pm.test('before', () => {});".to_string(),
            format!("throw {value};"),
            "pm.test('after', () => {});".to_string(),
        ];
        let script: Vec<&str> = script.iter().map(String::as_str).collect();
        let recorder = run_items(
            &[tested_get("throws", "/get", &script)],
            RunOptions::default(),
        );
        assert_eq!(recorder.outcomes(), ["✓ before"], "{value}");
        recorder.errors()
    };
    assert_eq!(thrown("'plain'"), ["test Error: plain at throws"]);
    assert_eq!(thrown("null"), ["test Error: null at throws"]);
    assert_eq!(
        thrown("{ name: 'N', message: 'm' }"),
        ["test N: m at throws"]
    );
}

/// An error thrown in a timer's callback fails the script (Newman drops
/// it), and a test whose `done` is called twice is recorded once, as the
/// first call says (Newman records it again): PARITY.md, "does better".
#[test]
fn late_errors_fail_the_script_and_done_counts_once() {
    let script = [
        "setTimeout(function () { throw new Error('timer boom'); }, 5);",
        "pm.test('done twice', function (done) { done(); done(new Error('late')); });",
    ];
    let recorder = run_items(
        &[tested_get("late", "/get", &script)],
        RunOptions::default(),
    );
    assert_eq!(recorder.outcomes(), ["✓ done twice"]);
    assert_eq!(
        recorder.errors(),
        ["test Error (line 1): timer boom at late"]
    );
}

/// JSON parsed on the host must be indistinguishable from objects a script
/// builds itself (the host gives them shared shapes for speed).
#[test]
fn parsed_json_objects_are_plain_objects() {
    let script = [
        r#"const body = JSON.parse('{"b":1,"a":{"c":[1,{"d":2}]},"0":"zero"}');"#,
        "pm.test('plain', () => {",
        "  pm.expect(Object.getPrototypeOf(body)).to.equal(Object.prototype);",
        "  pm.expect(Object.keys(body)).to.eql(['0', 'b', 'a']);",
        r#"  pm.expect(JSON.stringify(body)).to.equal('{"0":"zero","b":1,"a":{"c":[1,{"d":2}]}}');"#,
        "  body.e = 5; delete body.b;",
        "  pm.expect(Object.keys(body)).to.eql(['0', 'a', 'e']);",
        "  pm.expect(Object.prototype.toString.call(body.a)).to.equal('[object Object]');",
        "  pm.expect(body.a.c[1]).to.eql({ d: 2 });",
        "  pm.expect(pm.response.json()).to.have.property('args');",
        "});",
    ]
    .map(String::from);
    let server = TestServer::start();
    let (_, recorder) = crate::support::run_library(
        &crate::support::with_test_script(&script),
        &server,
        RunOptions::default(),
    );
    assert_eq!(recorder.outcomes(), ["✓ plain"]);
}

/// `pm.response.json()` is the host's, but a reviver and a body that is not
/// JSON still get the prelude's handling.
#[test]
fn response_json_takes_a_reviver_and_names_its_errors() {
    let json = [
        "pm.test('plain', () => pm.expect(pm.response.json().args.i).to.equal('7'));",
        "pm.test('reviver', () => pm.expect(pm.response.json((k, v) => k === 'i' ? Number(v) : v).args.i).to.equal(7));",
        // A new object each call, as the SDK's (fixture response-json-fresh).
        "pm.test('again', () => { pm.expect(pm.response.json()).to.not.equal(pm.response.json()); pm.expect(pm.response.json()).to.eql(pm.response.json()); });",
    ];
    let not_json = [
        "pm.test('not json', () => {",
        "  try { pm.response.json(); } catch (e) { pm.expect(e.name).to.equal('JSONError'); return; }",
        "  throw new Error('no error');",
        "});",
    ];
    let recorder = run_items(
        &[
            tested_get("json", "/get?i=7", &json),
            tested_get("not json", "/redirect-to?status_code=200", &not_json),
        ],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        ["✓ plain", "✓ reviver", "✓ again", "✓ not json"]
    );
}

/// The named statuses the response fixture does not reach (it has one 200
/// and one 404), the SDK kind checks (chai-postman has no content-type
/// assertions: `.xml` is an invalid property, as in Newman), and the legacy
/// global accessors, on both paths.
#[test]
fn named_statuses_kind_checks_and_legacy_globals() {
    let items = [
        tested_get(
            "400",
            "/status/400",
            &[
                "pm.test('badRequest', () => pm.response.to.be.badRequest);",
                "pm.test('fails: forbidden', () => pm.response.to.be.forbidden);",
            ],
        ),
        tested_get(
            "403",
            "/status/403",
            &["pm.test('forbidden', () => pm.response.to.be.forbidden);"],
        ),
        tested_get(
            "500",
            "/status/500",
            &[
                "pm.test('serverError', () => pm.response.to.be.serverError);",
                "pm.test('fails: success', () => pm.response.to.be.success);",
            ],
        ),
        tested_get(
            "xml",
            "/response-headers?Content-Type=application/xml",
            &[
                "pm.test('fails: xml is no assertion', () => pm.response.to.be.xml);",
                "pm.test('postmanResponse', () => pm.expect(pm.response).to.be.postmanResponse);",
                "pm.test('fails: postmanRequest', () => pm.expect(pm.response).to.be.postmanRequest);",
            ],
        ),
        tested_get(
            "legacy",
            "/get",
            &[
                "postman.setGlobalVariable('g', 'v');",
                "tests['getGlobalVariable'] = postman.getGlobalVariable('g') === 'v';",
                "postman.clearGlobalVariable('g');",
                "tests['cleared'] = postman.getGlobalVariable('g') === undefined;",
            ],
        ),
    ];
    for options in both_paths() {
        let recorder = run_items(&items, options);
        assert_eq!(
            recorder.outcomes(),
            [
                "✓ badRequest",
                "✗ fails: forbidden: AssertionError: expected response to have status reason 'FORBIDDEN' but got 'BAD REQUEST'",
                "✓ forbidden",
                "✓ serverError",
                "✗ fails: success: AssertionError: expected response code to be 2XX but found 500",
                "✗ fails: xml is no assertion: Error: Invalid Chai property: xml. Did you mean \"all\"?",
                "✓ postmanResponse",
                "✗ fails: postmanRequest: AssertionError: expecting a postman request object but got PostmanResponse{ …(10) }",
                "✓ getGlobalVariable",
                "✓ cleared",
            ]
        );
    }
}

/// `pm.cookies` is the jar as the request's test scripts began, as in
/// Newman, even though it is looked up only when read: a script's own
/// `pm.sendRequest` does not change it; the next request sees the cookie.
#[test]
fn pm_cookies_is_the_jar_before_the_scripts_own_requests() {
    let items = [
        tested_get(
            "sets a cookie",
            "/get",
            &[
                "pm.sendRequest(pm.variables.replaceIn('{{baseUrl}}/cookies/set?late=1'), () => {",
                "  pm.test('not yet', () => pm.expect(pm.cookies.has('late')).to.be.false);",
                "});",
            ],
        ),
        tested_get(
            "next request",
            "/get",
            &["pm.test('now', () => pm.expect(pm.cookies.get('late')).to.equal('1'));"],
        ),
    ];
    let recorder = run_items(&items, RunOptions::default());
    assert_eq!(recorder.outcomes(), ["✓ not yet", "✓ now"]);
}

/// Scripts that differ only in their literals share one compiled shape;
/// each still runs with its own values, shows them in a function's source
/// (helpers stored as text and `eval`ed later, as old collections do), and
/// words its errors from its own text.
#[test]
fn scripts_that_differ_only_in_literals_run_with_their_own() {
    let request = |name: &str, test: &[String]| {
        let lines: Vec<&str> = test.iter().map(String::as_str).collect();
        tested_get(name, "/get", &lines)
    };
    let helper = |word: &str, number: u32| {
        [
            format!(
                "pm.globals.set('helper', function helper() {{ return '{word} ' + {number}; }} + '');"
            ),
            format!(
                "pm.test('{word} stored', () => pm.expect(pm.globals.get('helper')).to.include(\"return '{word} ' + {number};\"));"
            ),
            format!(
                "pm.test('{word} evaluated', () => pm.expect(eval('(' + pm.globals.get('helper') + ')')()).to.equal('{word} {number}'));"
            ),
        ]
    };
    let failing = |key: &str, method: &str| {
        [format!(
            "const o = {{ f: () => ({{}}) }};\n\
             pm.test('reads {key}', () => o['{key}'].deeper);\n\
             pm.test('calls {method}', () => o.f('a', 'bb').{method}('c'));"
        )]
    };
    let awaiting = |value: &str| {
        [format!(
            "const got = await Promise.resolve('{value}');\n\
             pm.test('awaited {value}', () => pm.expect(got).to.equal('{value}'));"
        )]
    };
    let recorder = run_items(
        &[
            request("first", &helper("kept", 41)),
            request("second", &helper("other", 7)),
            request("third", &failing("missing", "g")),
            request("fourth", &failing("gone", "h")),
            request("fifth", &awaiting("v1")),
            request("sixth", &awaiting("v2")),
        ],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        [
            "✓ kept stored",
            "✓ kept evaluated",
            "✓ other stored",
            "✓ other evaluated",
            "✗ reads missing: TypeError: Cannot read properties of undefined or null (reading 'deeper')",
            "✗ calls g: TypeError: o.f(...).g is not a function",
            "✗ reads gone: TypeError: Cannot read properties of undefined or null (reading 'deeper')",
            "✗ calls h: TypeError: o.f(...).h is not a function",
            "✓ awaited v1",
            "✓ awaited v2",
        ]
    );
    assert!(recorder.errors().is_empty(), "{:?}", recorder.errors());
}

/// The legacy `responseHeaders` is read in any case: Newman's keys are
/// the server's (`Content-Type` from most servers), postrun's HTTP layer
/// gives lower-case names, and `responseHeaders['Content-Type']` is how old
/// collections read it. Its own keys stay lower case.
#[test]
fn legacy_response_headers_are_read_in_any_case() {
    let recorder = run_items(
        &[tested_get(
            "headers",
            "/get",
            &[
                "tests['bracket'] = responseHeaders['Content-Type'] === 'application/json';",
                "tests['upper'] = responseHeaders['CONTENT-TYPE'] === 'application/json';",
                "tests['in'] = 'Content-Type' in responseHeaders;",
                "tests['own'] = responseHeaders.hasOwnProperty('Content-Type');",
                "tests['missing'] = responseHeaders['X-Nope'] === undefined && !('X-Nope' in responseHeaders);",
                "tests['keys'] = Object.keys(responseHeaders).indexOf('content-type') !== -1;",
                "tests['json'] = JSON.parse(JSON.stringify(responseHeaders))['content-type'] === 'application/json';",
            ],
        )],
        RunOptions::default(),
    );
    assert_eq!(
        recorder.outcomes(),
        [
            "✓ bracket",
            "✓ upper",
            "✓ in",
            "✓ own",
            "✓ missing",
            "✓ keys",
            "✓ json"
        ]
    );
}

/// Runs one request to a raw-socket server answering with `respond`, its
/// test script `test`, with the CLI and JSON reporters.
fn run_against_raw(
    respond: fn(&mut std::net::TcpStream),
    test: &[&str],
) -> crate::support::Finished {
    let server = crate::support::raw::RawServer::start(respond);
    let collection = serde_json::json!({
        "info": { "name": "raw" },
        "item": [{
            "name": "raw",
            "event": [{ "listen": "test", "script": { "exec": test } }],
            "request": format!("{}/x", server.url())
        }]
    })
    .to_string();
    let run = crate::support::TestRun::inline(&collection);
    let report = run.path("r.json");
    run.args(["-r", "cli,json", "--reporter-json-export", &report])
        .run()
}

/// What a server wrote reaches scripts and reports as Node reads it under
/// Newman: its own reason phrase (`200 Fine Thanks`, not the standard `OK`)
/// and header bytes one character each (Latin-1: `caf\xe9` is `café`).
#[test]
fn a_servers_reason_phrase_and_latin1_header_bytes_are_kept() {
    let finished = run_against_raw(
        crate::support::raw::own_words,
        &[
            "pm.test('reason', () => pm.expect(pm.response.status).to.equal('Fine Thanks'));",
            "pm.test('legacy', () => pm.expect(responseCode.name).to.equal('Fine Thanks'));",
            "pm.test('standard', () => pm.expect(pm.response.details().standardName).to.equal('OK'));",
            "pm.test('latin1', () => pm.expect(pm.response.headers.get('X-Latin')).to.equal('café'));",
        ],
    );
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    assert!(
        finished.stdout.contains("[200 Fine Thanks,"),
        "{}",
        finished.stdout
    );
    let json: serde_json::Value = serde_json::from_str(&finished.file("r.json")).unwrap();
    assert_eq!(
        json["run"]["executions"][0]["response"]["status"],
        "Fine Thanks"
    );
}

/// A body is read in the charset its `Content-Type` names, as the
/// sandbox's decoder reads it: ISO-8859-1's `caf\xe9` is `café` in
/// `text()`, `responseBody` and `json()`, not a replacement character.
#[test]
fn a_body_is_read_in_the_charset_its_content_type_names() {
    let finished = run_against_raw(
        crate::support::raw::latin1_json,
        &[
            "pm.test('text', () => pm.expect(pm.response.text()).to.equal('{\"a\":\"café\"}'));",
            "pm.test('legacy', () => pm.expect(responseBody).to.equal(pm.response.text()));",
            "pm.test('json', () => pm.expect(pm.response.json().a).to.equal('café'));",
        ],
    );
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    assert_eq!(
        finished.stdout.matches('✓').count(),
        3,
        "{}",
        finished.stdout
    );
}
