//! The sandbox's libraries (lodash 4 and the lodash 3 `_`, moment,
//! crypto-js, Buffer) answer as the real ones Newman 6.2 bundles. The
//! expected values in fixtures/scripts/libraries.json are produced by
//! scripts/library-golden.js in node, from the exact npm versions.

use crate::support::{TestRun, TestServer, fixture, with_test_script};

#[derive(serde::Deserialize)]
struct Case {
    expr: String,
    value: String,
}

#[test]
fn library_calls_answer_as_the_real_libraries_do() {
    let text = std::fs::read_to_string(fixture("scripts/libraries.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert!(
        cases.len() >= 200,
        "the golden file lists {} cases",
        cases.len()
    );
    // Each case is evaluated where the script's names are in scope and
    // compared as JSON, so a wrong value fails its own named test.
    let script = [
        "var L = require('lodash'), moment = require('moment');".to_string(),
        format!("var cases = {text};"),
        "cases.forEach(function (c) {".to_string(),
        "  var got;".to_string(),
        "  try { var v = eval('(' + c.expr + ')'); got = JSON.stringify(v === undefined ? null : v); }".to_string(),
        "  catch (e) { got = 'throws: ' + e.message; }".to_string(),
        "  pm.test(c.expr, function () { pm.expect(got).to.equal(c.value); });".to_string(),
        "});".to_string(),
    ];
    let server = TestServer::start();
    let run = TestRun::inline(&with_test_script(&script))
        .against(&server)
        // The golden file was recorded in UTC; moment's local time follows TZ.
        .env("TZ", "UTC")
        .run();
    assert_eq!(run.code, 0, "{}", run.stdout);
    let passed = run.stdout.matches('✓').count();
    assert_eq!(passed, cases.len(), "{}", run.stdout);
    assert!(
        cases
            .iter()
            .all(|case| !case.expr.is_empty() && !case.value.is_empty()),
        "every case has an expression and a value"
    );
}

#[test]
fn require_names_what_is_missing_and_what_is_there() {
    let lines = [
        "try { require('nope'); } catch (e) { console.log('unknown:', e.message); }",
        "try { require('xml2js'); } catch (e) { console.log('missing:', e.message); }",
        "console.log('same:', require('lodash') === require('lodash'), require('moment') === require('moment'));",
        "var uuid = require('uuid'); console.log('uuid:', typeof uuid, Object.keys(uuid).join(), /^[0-9a-f-]{36}$/.test(uuid.v4()));",
        "console.log('globals:', typeof _, typeof CryptoJS, typeof Buffer, _.VERSION);",
    ];
    let lines = lines.map(String::from);
    let server = TestServer::start();
    let run = TestRun::inline(&with_test_script(&lines))
        .against(&server)
        .run();
    assert_eq!(run.code, 0, "{}", run.stdout);
    for line in [
        "unknown: Cannot find module 'nope' (postrun's sandbox has: atob, btoa, buffer, chai, crypto-js, lodash, moment, timers, url, uuid)",
        "missing: Cannot find module 'xml2js': postrun does not provide it yet",
        "same: true true",
        "uuid: function v4 true",
        "globals: function object function 3.10.2",
    ] {
        assert!(run.stdout.contains(line), "{line}\n{}", run.stdout);
    }
}
