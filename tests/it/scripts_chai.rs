//! The assertion library's failure messages, compared with what real chai
//! 4.4.1 (Newman 6's) says for the same assertions. The expected messages in
//! fixtures/scripts/chai-messages.json are produced by scripts/chai-messages.js.

use std::time::Duration;

use crate::support::{Recorder, TestServer, fixture, run_library, with_test_script};
use postrun::plan::RunOptions;
use postrun::script::{AssertionOutcome, SandboxOptions, ScriptPaths};

#[derive(serde::Deserialize)]
struct Case {
    code: String,
    message: Option<String>,
}

/// Runs one test script of these lines, which must not throw.
fn run_tests(lines: &[String], server: &TestServer, sandbox: SandboxOptions) -> Recorder {
    let options = RunOptions {
        sandbox,
        ..RunOptions::default()
    };
    let (_, recorded) = run_library(&with_test_script(lines), server, options);
    assert!(
        recorded.script_errors.is_empty(),
        "{:?}",
        recorded.script_errors
    );
    recorded
}

/// Run three ways: as usual, where the host settles the common assertions
/// that hold (src/script/assert.rs); with `--script-paths prelude`; and
/// under `--timeout-script`, where the prelude runs every assertion too.
/// All must say what chai says.
#[test]
fn failure_messages_match_chai_word_for_word() {
    let text = std::fs::read_to_string(fixture("scripts/chai-messages.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert!(
        cases.len() >= 160,
        "the golden file lists {} cases",
        cases.len()
    );
    let lines: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            format!(
                "pm.test('{i}', function () {{ var expect = pm.expect; {}; }});",
                case.code
            )
        })
        .collect();
    let server = TestServer::start();
    let ways = [
        (ScriptPaths::Native, None),
        (ScriptPaths::Prelude, None),
        (ScriptPaths::Native, Some(Duration::from_secs(30))),
    ];
    for (paths, timeout) in ways {
        let sandbox = SandboxOptions {
            timeout,
            paths,
            ..SandboxOptions::default()
        };
        let recorded = run_tests(&lines, &server, sandbox);
        assert_eq!(recorded.assertions.len(), cases.len());
        let mut mismatches = Vec::new();
        for (name, outcome) in &recorded.assertions {
            let case = &cases[name.parse::<usize>().unwrap()];
            let got = match outcome {
                AssertionOutcome::Failed { message, .. } => Some(message.clone()),
                AssertionOutcome::Passed | AssertionOutcome::Skipped => None,
            };
            if got != case.message {
                mismatches.push(format!(
                    "{}\n   chai:    {:?}\n   postrun: {:?}",
                    case.code, case.message, got
                ));
            }
        }
        assert!(
            mismatches.is_empty(),
            "{paths:?}, timeout {timeout:?}: {} of {} differ:\n{}",
            mismatches.len(),
            cases.len(),
            mismatches.join("\n")
        );
    }
}

/// Values scripts assert on, as JavaScript source.
const VALUES: [&str; 29] = [
    "0",
    "1",
    "-1",
    "1.5",
    "NaN",
    "Infinity",
    "''",
    "'a'",
    "'abc'",
    "'1'",
    "true",
    "false",
    "null",
    "undefined",
    "[]",
    "[1, 2]",
    "['a', 'b']",
    "[NaN]",
    "{}",
    "{ a: 1 }",
    "{ a: { b: 2 } }",
    "new Date(0)",
    "new Map([[1, 2]])",
    "Object.create(null)",
    "-0",
    "{ b: 1, a: { b: 2 } }",
    "[[1], { a: [NaN] }]",
    "new String('a')",
    "{ get a() { return 1; } }",
];

/// Assertions, each with the value as `v`: every name the host settles,
/// with arguments of several types.
const ASSERTIONS: [&str; 52] = [
    "eql(v)",
    "eql(1)",
    "eql(-0)",
    "eqls('a')",
    "eql([1, 2])",
    "eql({ a: 1 }, 'msg')",
    "eql({ a: { b: 2 } })",
    "deep.equal({ a: { b: 2 }, b: 1 })",
    "deep.equal([[1], { a: [NaN] }])",
    "eql(Object.create(null))",
    "equal(1)",
    "equals('a')",
    "eq(null)",
    "equal(undefined)",
    "equal(v)",
    "property('a')",
    "property('a', 1)",
    "property('length')",
    "property('a', 1, 'msg')",
    "above(0)",
    "gt(1)",
    "greaterThan('0')",
    "least(1)",
    "gte(0)",
    "greaterThanOrEqual(1.5)",
    "below(1)",
    "lt(0)",
    "lessThan(2)",
    "most(0)",
    "lte(1)",
    "lessThanOrEqual(-1)",
    "ok",
    "true",
    "false",
    "null",
    "undefined",
    "exist",
    "a('string')",
    "an('array')",
    "a('number')",
    "an('object')",
    "a('null')",
    "a('date')",
    "include('a')",
    "includes(1)",
    "contain(NaN)",
    "contains('bc')",
    "length(0)",
    "lengthOf(2)",
    "have.length.above(1)",
    "include.members([1])",
    "equal(1, 'my message')",
];

/// Every value × assertion × `not`, once with the host's fast paths and
/// once with the prelude alone: each test must end the same way with the
/// same message. The prelude is checked against chai itself above.
#[test]
fn native_paths_agree_with_the_prelude() {
    let mut lines = Vec::new();
    for (v, value) in VALUES.iter().enumerate() {
        for (a, assertion) in ASSERTIONS.iter().enumerate() {
            for not in ["", "not."] {
                lines.push(format!(
                    "pm.test('{v} {a} {not}', function () {{ var v = {value}; pm.expect(v).to.{not}{assertion}; }});"
                ));
            }
        }
    }
    let server = TestServer::start();
    let outcomes = [ScriptPaths::Native, ScriptPaths::Prelude].map(|paths| {
        let sandbox = SandboxOptions {
            paths,
            ..SandboxOptions::default()
        };
        run_tests(&lines, &server, sandbox).outcomes()
    });
    assert_eq!(outcomes[0].len(), VALUES.len() * ASSERTIONS.len() * 2);
    let passed = outcomes[0].iter().filter(|o| o.starts_with('✓')).count();
    assert!(
        passed > 300 && passed < outcomes[0].len() - 300,
        "a mix of both: {passed} passed"
    );
    let differ: Vec<String> = outcomes[0]
        .iter()
        .zip(&outcomes[1])
        .filter(|(native, prelude)| native != prelude)
        .map(|(native, prelude)| {
            let name = native.split(':').next().unwrap_or_default();
            let [v, a, not] = [0, 1, 2].map(|i| name.split(' ').nth(i + 1).unwrap_or(""));
            let (v, a): (usize, usize) = (v.parse().unwrap(), a.parse().unwrap());
            format!(
                "expect({}).to.{not}{}\n   native:  {native}\n   prelude: {prelude}",
                VALUES[v], ASSERTIONS[a]
            )
        })
        .collect();
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}
