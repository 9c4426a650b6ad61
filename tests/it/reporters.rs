//! Reporters end to end: the cli, junit, json and html output of one run
//! with passes, failures, a skipped test, a script error and a request
//! error, snapshotted with times, dates and ports filtered out; the JUnit
//! file checked against the XSD; and no planted secret in any output.

use std::path::Path;

use crate::support::{API_KEY, Finished, TestRun, TestServer, fixture, postrun};

const COLLECTION: &str = "report/mixed.postman_collection.json";
const ENVIRONMENT: &str = "report/mixed.postman_environment.json";
/// The environment's secret-typed `token`, used as a bearer token.
const PLANTED_TOKEN: &str = "tok-planted-secret-0042";
/// Passed with `--secret-var`.
const PLANTED_EXTRA: &str = "extra-planted-secret-7777";

/// A run of the fixture with every reporter, secrets planted three ways,
/// its reports written into the run's folder.
fn all_reporters(server: &TestServer) -> TestRun {
    with_reporters(server, "cli,junit,json,html")
}

/// As [`all_reporters`], with the `-r` list given.
fn with_reporters(server: &TestServer, names: &str) -> TestRun {
    let run = TestRun::fixture(COLLECTION).against(server);
    let [xml, json, html] = ["report.xml", "report.json", "report.html"].map(|n| run.path(n));
    run.args(["-e", fixture(ENVIRONMENT).to_str().unwrap()])
        .args(["--env-var", &format!("apiKey={API_KEY}")])
        .args(["--secret-var", &format!("extra={PLANTED_EXTRA}")])
        .args(["-r", names])
        .args(["--reporter-junit-export", &xml])
        .args(["--reporter-json-export", &json])
        .args(["--reporter-html-export", &html])
}

fn run_all_reporters(server: &TestServer, extra: &[&str]) -> Finished {
    all_reporters(server).args(extra).run()
}

/// Times, sizes, dates, ports and host names differ from run to run.
fn filters() -> Vec<(&'static str, &'static str)> {
    // The checkout's path differs between machines (CI clones elsewhere).
    let root: &'static str = regex::escape(env!("CARGO_MANIFEST_DIR")).leak();
    vec![
        (root, "[ROOT]"),
        (r"127\.0\.0\.1:\d{2,5}", "127.0.0.1:[PORT]"),
        (r"\b\d+(\.\d+)?(ms|µs|s)\b", "[TIME]"),
        (r"\b\d+(\.\d+)?(B|kB|MB)\b", "[SIZE]"),
        (
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)",
            "[DATE]",
        ),
        (r#"time="[\d.]+""#, r#"time="[TIME]""#),
        (r#"hostname="[^"]*""#, r#"hostname="[HOST]""#),
        (r"postrun/\d+\.\d+\.\d+", "postrun/[VERSION]"),
        // The totals table widens to fit its time lines.
        (r"─+", "─"),
        (r"│ {2,}(\S)", "│ $1"),
        // (again: a match takes the bar that starts the next one)
        (r"│ {2,}(\S)", "│ $1"),
        (r"(\S) {2,}│", "$1 │"),
        // A fresh Postman-Token per request.
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
            "[UUID]",
        ),
    ]
}

#[test]
fn cli_output() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    assert_eq!(run.outcome.code, 1);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!("cli_stdout", run.outcome.stdout);
        insta::assert_snapshot!("cli_stderr", run.outcome.stderr);
    });
}

#[test]
fn cli_output_in_ascii() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &["--disable-unicode"]);
    assert!(run.outcome.stdout.is_ascii(), "{}", run.outcome.stdout);
    // Newman's words for its symbols under `--disable-unicode`.
    let stdout = &run.outcome.stdout;
    assert!(
        stdout.contains("\nFolder Users\nSub-folder passes\n")
            && stdout.contains("  Pass  status is 200\n")
            && stdout.contains("\nRoot script error\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n--------------------------+----------"),
        "{stdout}"
    );
}

/// `--reporter-cli-show-timestamps` places the time as Newman does: two
/// spaces each side before a request or a passed test, a two-column number
/// after it for a failure, a line of its own above each console box.
#[test]
fn timestamps_sit_where_newman_puts_them() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &["--reporter-cli-show-timestamps"]);
    let time = r"\[\d{1,2}:\d\d:\d\d [AP]M\]";
    let date = r"\[\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d\d:\d\d [AP]M\]";
    let patterns = [
        format!(r"(?m)^  {date}  GET http://127\.0\.0\.1:\d+/me \[200 OK, "),
        format!(r"(?m)^  {time}  ✓  status is 200$"),
        format!(r"(?m)^  {time} 1\. status is 200$"),
        format!(r"(?m)^\n  {time}\n  ┌\n  │ user taylor-lee\n  └$"),
        format!(r"(?m)^  {date}  GET http://127\.0\.0\.1:1/unreachable \[errored\]$"),
    ];
    for pattern in patterns {
        let found = regex::Regex::new(&pattern)
            .unwrap()
            .is_match(&run.outcome.stdout);
        assert!(found, "{pattern}\n{}", run.outcome.stdout);
    }
}

#[test]
fn silent_prints_nothing_but_still_writes_reports() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &["--silent"]);
    assert_eq!(run.outcome.code, 1);
    assert_eq!(run.outcome.stdout, "");
    assert_eq!(run.outcome.stderr, "");
    assert!(run.file("report.xml").contains("<testsuites"));
}

#[test]
fn junit_report() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!("junit", run.file("report.xml"));
    });
}

/// Both layouts are valid against the Jenkins xUnit plugin's
/// `junit-10.xsd` (committed under fixtures/report with its source),
/// checked by Python's `xmlschema` (a complete XSD 1.0 validator; the Rust
/// crate misreads its optional `choice`), and against the looser schema of
/// the first tests.
#[test]
fn junit_report_validates_against_the_jenkins_xsd() {
    let server = TestServer::start();
    let loose =
        xmlschema::parse_schema(&std::fs::read_to_string(fixture("report/junit.xsd")).unwrap())
            .expect("the XSD parses");
    let jenkins = fixture("report/junit-10.xsd");
    let validate = |xml: &std::path::Path| {
        let script =
            "import sys, xmlschema; xmlschema.XMLSchema(sys.argv[1]).validate(sys.argv[2])";
        std::process::Command::new(crate::support::python())
            .args(["-c", script])
            .arg(&jenkins)
            .arg(xml)
            .output()
            .unwrap()
    };
    for extra in [&[][..], &["--reporter-junit-per-iteration"][..]] {
        let run = run_all_reporters(&server, extra);
        let path = run.dir.path().join("report.xml");
        let checked = validate(&path);
        assert!(
            checked.status.success(),
            "{extra:?}: {}",
            String::from_utf8_lossy(&checked.stderr)
        );
        let xml = run.file("report.xml");
        let document = oxml::parse(&xml).expect("the report is well-formed XML");
        let report = xmlschema::validate(&document, &loose);
        assert!(report.is_valid(), "{extra:?}: {:#?}", report.violations);
    }
    // And the checks can fail: the root as the first layout wrote it, and a
    // suite without its required `tests` count.
    let dir = tempfile::tempdir().unwrap();
    let old_root = dir.path().join("old.xml");
    std::fs::write(
        &old_root,
        "<testsuites name=\"x\" skipped=\"0\" timestamp=\"t\"/>",
    )
    .unwrap();
    assert!(!validate(&old_root).status.success());
    let broken = oxml::parse("<testsuites><testsuite name=\"x\"/></testsuites>").unwrap();
    assert!(!xmlschema::validate(&broken, &loose).is_valid());
}

/// A real JUnit consumer (junitparser, as CI tooling uses it) reads the
/// report with Newman's names: a suite per request named by its path, a
/// case per assertion name, classnames in UpperCamelCase.
#[test]
fn junitparser_reads_the_report_with_newmans_names() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    let read = std::process::Command::new(crate::support::python())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/junit-reader.py"
        ))
        .arg(run.dir.path().join("report.xml"))
        .output()
        .unwrap();
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
    let json: serde_json::Value = serde_json::from_str(&run.file("report.json")).unwrap();
    let suites = read["suites"].as_array().unwrap();
    assert!(!suites.is_empty());
    // Every suite's cases add up, and the root's totals are the suites'.
    let sum = |key: &str| suites.iter().map(|s| s[key].as_u64().unwrap()).sum::<u64>();
    assert_eq!(read["tests"].as_u64(), Some(sum("tests")));
    assert_eq!(read["failures"].as_u64(), Some(sum("failures")));
    assert_eq!(read["errors"].as_u64(), Some(sum("errors")));
    for suite in suites {
        let name = suite["name"].as_str().unwrap();
        let class: String = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| w[..1].to_uppercase() + &w[1..].to_lowercase())
            .collect();
        for case in suite["cases"].as_array().unwrap() {
            assert_eq!(case["classname"].as_str(), Some(class.as_str()), "{suite}");
        }
        assert_eq!(
            suite["tests"].as_u64(),
            Some(suite["cases"].as_array().unwrap().len() as u64)
        );
    }
    // The failed assertions of the JSON report are failed cases here.
    let failed_assertions = json["run"]["failures"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["error"]["name"] == "AssertionError")
        .count() as u64;
    assert!(failed_assertions > 0 && sum("failures") > 0, "{read}");
    assert_no_planted_secret(&run);
    for secret in [PLANTED_TOKEN, API_KEY, PLANTED_EXTRA] {
        assert!(!read.to_string().contains(secret));
    }
}

#[test]
fn junit_totals_add_up_at_every_level() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    let xml = run.file("report.xml");
    let root = attributes(&xml, "<testsuites ");
    // junit-10.xsd has no `skipped` on the root; the suites carry it.
    assert_eq!(
        (
            root["tests"].as_str(),
            root["failures"].as_str(),
            root["errors"].as_str(),
            root.get("skipped")
        ),
        ("6", "2", "2", None)
    );
    let suites: Vec<&str> = xml.split("<testsuite ").skip(1).collect();
    assert_eq!(suites.len(), 4, "one suite per request");
    let sum = |key: &str| -> usize {
        suites
            .iter()
            .map(|s| {
                attributes(&format!("<testsuite {s}"), "<testsuite ")[key]
                    .parse::<usize>()
                    .unwrap()
            })
            .sum()
    };
    assert_eq!(
        (sum("tests"), sum("failures"), sum("errors"), sum("skipped")),
        (6, 2, 2, 1)
    );
}

/// The attributes of the first tag that starts with `tag`.
fn attributes(xml: &str, tag: &str) -> std::collections::HashMap<String, String> {
    let start = xml.find(tag).unwrap() + tag.len();
    let end = start + xml[start..].find('>').unwrap();
    xml[start..end]
        .split("\" ")
        .filter_map(|pair| pair.split_once("=\""))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                v.trim_end_matches(['"', '/']).to_string(),
            )
        })
        .collect()
}

#[test]
fn json_report_has_newmans_shape() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    let mut json: serde_json::Value = serde_json::from_str(&run.file("report.json")).unwrap();
    for key in ["collection", "environment", "globals", "run"] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    let stats = &json["run"]["stats"];
    assert_eq!(
        stats["requests"],
        serde_json::json!({ "total": 4, "pending": 0, "failed": 1 })
    );
    assert_eq!(
        stats["assertions"],
        serde_json::json!({ "total": 4, "pending": 0, "failed": 2 })
    );
    assert_eq!(
        stats["testScripts"],
        serde_json::json!({ "total": 3, "pending": 0, "failed": 1 })
    );
    assert_eq!(json["run"]["executions"].as_array().unwrap().len(), 4);
    assert_eq!(json["run"]["failures"].as_array().unwrap().len(), 4);
    assert!(
        json["run"]["executions"][0]["response"]
            .get("body")
            .is_none(),
        "no bodies unless asked"
    );
    normalise(&mut json);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!("json", serde_json::to_string_pretty(&json["run"]).unwrap());
    });
}

#[test]
fn json_report_includes_bodies_when_asked() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &["--reporter-json-include-body"]);
    let json: serde_json::Value = serde_json::from_str(&run.file("report.json")).unwrap();
    let body = json["run"]["executions"][0]["response"]["body"]
        .as_str()
        .unwrap();
    assert!(body.contains("taylor-lee"), "{body}");
}

/// A binary body is in `response.stream` byte for byte, as Newman writes
/// it (not read as text and back).
#[test]
fn json_report_keeps_binary_bodies_as_they_came() {
    let server = TestServer::start();
    let run = TestRun::inline(
        r#"{"info": {"name": "binary", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "bytes", "request": {"method": "GET", "url": "{{baseUrl}}/bytes/300"}}]}"#,
    )
    .against(&server);
    let report = run.path("r.json");
    let run = run
        .args(["-r", "json", "--reporter-json-export", &report])
        .run();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.file("r.json")).unwrap();
    let data: Vec<u8> = json["run"]["executions"][0]["response"]["stream"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(data, crate::support::server::binary_body(300));
}

/// Replaces what changes between runs: timings, dates, ids, header values
/// that carry dates or lengths.
fn normalise(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match key.as_str() {
                    "responseTime" | "responseAverage" | "responseMin" | "responseMax"
                    | "responseSd" | "firstByteAverage" | "firstByteMin" | "firstByteMax"
                    | "firstByteSd" | "started" | "completed" => *v = serde_json::json!("[TIME]"),
                    "port" => *v = serde_json::json!("[PORT]"),
                    // Newman's per-run ids and stamps, and the body's bytes
                    // (the echo holds the port).
                    "ref" | "httpRequestId" | "_lastExecutionId" | "execution" | "scriptId"
                    | "checksum" | "timestamp" => *v = serde_json::json!("[VARIES]"),
                    "id" if v.as_str().is_some_and(|id| id.len() == 36) => {
                        *v = serde_json::json!("[UUID]")
                    }
                    "stream" => *v = serde_json::json!("[BYTES]"),
                    _ => normalise(v),
                }
            }
            let is_header = map
                .get("key")
                .and_then(|k| k.as_str())
                .is_some_and(|k| matches!(k, "date" | "content-length"));
            if is_header {
                map.insert("value".into(), serde_json::json!("[VARIES]"));
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(normalise),
        _ => {}
    }
}

#[test]
fn html_report_is_self_contained_and_lists_failures_first() {
    let server = TestServer::start();
    let run = run_all_reporters(&server, &[]);
    let html = run.file("report.html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        !html.contains("http://cdn") && !html.contains("https://") && !html.contains("<script src"),
        "no network"
    );
    let failures = html.find("<h2>Failures</h2>").unwrap();
    let requests = html.find("<h2>Requests</h2>").unwrap();
    assert!(failures < requests);
    assert!(html.contains("expected response to have status code 200 but got 401"));
    // Failed requests come first in the table.
    let rows: Vec<&str> = html.split("<summary class=").skip(1).collect();
    assert!(rows[0].starts_with("\"fail\""), "{}", rows[0]);
    assert!(rows.last().unwrap().starts_with("\"pass\""));
}

#[test]
fn html_template_can_be_replaced() {
    let server = TestServer::start();
    let run = all_reporters(&server);
    let template = run.write(
        "mine.hbs",
        "<p>{{collection}}: {{#each cards}}{{name}}={{total}};{{/each}}</p>",
    );
    let run = run.args(["--reporter-html-template", &template]).run();
    assert_eq!(
        run.file("report.html"),
        "<p>Report fixture: iterations=1;requests=4;test scripts=3;pre-request scripts=0;assertions=4;</p>"
    );
}

#[test]
fn a_broken_template_is_invalid_input() {
    let run = TestRun::fixture(COLLECTION);
    let template = run.write("broken.hbs", "{{#each cards}}");
    let outcome = run
        .args(["-r", "html", "--reporter-html-template", &template])
        .run();
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("broken.hbs: not a usable handlebars template"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn an_unknown_reporter_is_left_out_with_a_warning_and_the_run_goes_on() {
    let server = TestServer::start();
    let run = with_reporters(&server, "cli,junti,emojitrain").run();
    // As Newman: a warning, and the run and its other reporters go on.
    assert_eq!(run.outcome.code, 1, "{:?}", run.outcome);
    for expected in [
        "could not find \"junti\" reporter; did you mean `junit`?",
        "cli, emojitrain reporters might not work well together",
    ] {
        assert!(
            run.outcome.stderr.contains(expected),
            "{}",
            run.outcome.stderr
        );
    }
    assert!(
        run.outcome.stdout.contains("→ ") || run.outcome.stdout.contains("↳ "),
        "{}",
        run.outcome.stdout
    );
    assert_no_planted_secret(&run);
}

#[test]
fn emojitrain_draws_a_face_per_request() {
    let server = TestServer::start();
    let run = with_reporters(&server, "emojitrain").run();
    assert_eq!(run.outcome.code, 1, "{:?}", run.outcome);
    let faces = run.outcome.stdout.trim();
    assert!(faces.contains("😢") && faces.ends_with("😭"), "{faces}");
    // One face per item the cli reporter lists.
    let listed = run_all_reporters(&server, &[]).outcome.stdout;
    let items = listed.matches("→ ").count() + listed.matches("↳ ").count();
    assert_eq!(
        faces.matches('😀').count() + faces.matches('😢').count(),
        items,
        "{faces}"
    );
    assert_no_planted_secret(&run);
}

/// Newman's `--reporter-cli-…` switches: what each leaves out.
#[test]
fn newmans_cli_switches_leave_out_what_they_name() {
    let server = TestServer::start();
    let full = run_all_reporters(&server, &[]).outcome.stdout;
    let run = run_all_reporters(
        &server,
        &[
            "--reporter-cli-no-summary",
            "--reporter-cli-no-banner",
            "--reporter-cli-no-success-assertions",
            "--reporter-cli-no-console",
        ],
    );
    let out = &run.outcome.stdout;
    assert!(
        full.starts_with("postrun\n") && !out.starts_with("postrun\n"),
        "{out}"
    );
    assert!(
        full.contains("iterations") && !out.contains("iterations"),
        "{out}"
    );
    assert!(full.contains("✓") && !out.contains("✓"), "{out}");
    assert!(full.contains("│ ") || full.contains("┌"), "{full}");
    // Failures are still listed, numbered, at the end.
    assert!(out.contains("#  failure"), "{out}");
    let run_without_failures = run_all_reporters(
        &server,
        &["--reporter-cli-no-failures", "--reporter-cli-no-assertions"],
    );
    let quiet = &run_without_failures.outcome.stdout;
    assert!(
        !quiet.contains("#  failure") && quiet.contains("iterations"),
        "{quiet}"
    );
    assert!(!quiet.contains(" 1. "), "{quiet}");
    // An option no reporter takes is named once, and the run goes on.
    let odd = run_all_reporters(
        &server,
        &[
            "--reporter-cli-frobnicate",
            "--reporter-htmlextra-title",
            "T",
        ],
    );
    assert!(
        odd.outcome
            .stderr
            .contains("do not take --reporter-cli-frobnicate, --reporter-htmlextra-title; ignored"),
        "{}",
        odd.outcome.stderr
    );
    for run in [&run, &run_without_failures, &odd] {
        assert_no_planted_secret(run);
    }
}

#[test]
fn default_report_paths_are_newmans() {
    let server = TestServer::start();
    let run = TestRun::fixture(COLLECTION)
        .in_own_folder()
        .against(&server)
        .args(["-e", fixture(ENVIRONMENT).to_str().unwrap()])
        .args(["-r", "junit,json,html", "--silent"]);
    // An existing directory given as the path receives the file, as in Newman.
    let folder = run.path("reports");
    std::fs::create_dir(&folder).unwrap();
    // A path written as a folder's (`pages/`) is made one and receives it
    // (Newman writes a file named `pages`).
    let pages = format!("{}/", run.path("pages"));
    let run = run
        .args(["--reporter-json-export", &folder])
        .args(["--reporter-html-export", &pages])
        .run();
    assert_eq!(run.code, 1);
    let names = |dir: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(run.dir.path().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    // newman-run-report-2024-01-02-03-04-05-678-0.xml, as Newman names it.
    let newman_name =
        regex::Regex::new(r"^newman-run-report-\d{4}(-\d{2}){5}-\d{3}-0\.(xml|json)$").unwrap();
    let (defaults, inside) = (names("newman"), names("reports"));
    assert_eq!(defaults.len(), 1, "{defaults:?}");
    assert!(
        newman_name.is_match(&defaults[0]) && defaults[0].ends_with(".xml"),
        "{defaults:?}"
    );
    assert_eq!(inside.len(), 1, "{inside:?}");
    assert!(
        newman_name.is_match(&inside[0]) && inside[0].ends_with(".json"),
        "{inside:?}"
    );
    let made = names("pages");
    assert!(
        made.len() == 1 && made[0].starts_with("newman-run-report-") && made[0].ends_with(".html"),
        "{made:?}"
    );
}

/// Every output a run can produce, for the secret check.
fn all_outputs(run: &Finished) -> Vec<(String, String)> {
    let mut outputs = vec![
        ("stdout".to_string(), run.outcome.stdout.clone()),
        ("stderr".to_string(), run.outcome.stderr.clone()),
    ];
    for name in ["report.xml", "report.json", "report.html"] {
        outputs.push((name.to_string(), run.file(name)));
    }
    outputs
}

#[test]
fn no_planted_secret_appears_in_any_output() {
    let server = TestServer::start();
    for extra in [&[][..], &["--verbose"][..]] {
        let run = run_all_reporters(&server, extra);
        // The secrets really were used: the server saw them.
        let requests = server.requests();
        assert!(
            requests
                .iter()
                .any(|r| r.header("authorization") == Some(&format!("Bearer {PLANTED_TOKEN}")))
        );
        assert!(
            requests
                .iter()
                .any(|r| r.header("x-api-key") == Some(API_KEY))
        );
        for (name, text) in all_outputs(&run) {
            for secret in [PLANTED_TOKEN, API_KEY, PLANTED_EXTRA] {
                assert!(
                    !text.contains(secret),
                    "{secret} leaked into {name} (args {extra:?}):\n{text}"
                );
            }
        }
        if extra.contains(&"--verbose") {
            assert!(
                run.outcome.stdout.contains("authorization: ********")
                    || run.outcome.stdout.contains("Authorization: ********"),
                "{}",
                run.outcome.stdout
            );
        }
    }
}

#[test]
fn exports_leave_secrets_out_unless_asked_and_load_again() {
    // See: issue 16
    for keep_secrets in [false, true] {
        let server = TestServer::start();
        let run = TestRun::fixture(COLLECTION).against(&server);
        let [env, globals, collection] =
            ["env.json", "globals.json", "collection.json"].map(|n| run.path(n));
        let run = run
            .args(["-e", fixture(ENVIRONMENT).to_str().unwrap()])
            .args(["--global-var", "g=1", "--silent"])
            .args(["--secret-var", &format!("extra={PLANTED_EXTRA}")])
            .args(["--export-environment", &env, "--export-globals", &globals])
            .args(["--export-collection", &collection]);
        let outcome = match keep_secrets {
            true => run.arg("--export-secrets").run(),
            false => run.run(),
        };
        assert_eq!(outcome.code, 1, "{outcome:?}");
        let exported = postrun::load::load_environment(Path::new(&env)).unwrap();
        assert_eq!(exported.file.name.as_deref(), Some("Report environment"));
        let value = |key: &str| {
            let var = exported.values.iter().find(|v| v.key == key).unwrap();
            assert_eq!(
                var.kind,
                postrun::load::VarType::Secret,
                "{key} keeps its type"
            );
            var.value.clone()
        };
        let expected = |secret: &str| match keep_secrets {
            true => secret.to_string(),
            false => String::new(),
        };
        assert_eq!(value("token"), expected(PLANTED_TOKEN));
        assert_eq!(value("extra"), expected(PLANTED_EXTRA));
        let written = std::fs::read_to_string(&env).unwrap();
        assert_eq!(written.contains(PLANTED_TOKEN), keep_secrets, "{written}");
        let globals = postrun::load::load_environment(Path::new(&globals)).unwrap();
        assert_eq!(
            globals
                .values
                .iter()
                .find(|v| v.key == "g")
                .map(|v| v.value.as_str()),
            Some("1")
        );
        let reloaded = postrun::load::load_collection(Path::new(&collection)).unwrap();
        let original = postrun::load::load_collection(&fixture(COLLECTION)).unwrap();
        assert_eq!(reloaded.items, original.items);
        assert_eq!(reloaded.auth, original.auth);
        // And postrun runs the exported files.
        let again = postrun(&["run", &collection, "-e", &env, "--dry-run"]);
        assert_eq!(again.code, 0, "{again:?}");
    }
}

/// A variable the file switched off with `disabled: true` is exported with
/// that flag beside `enabled: false`: Newman reads only `disabled` (its own
/// export writes it so), the Postman app `enabled`; both read it back off.
#[test]
fn an_export_keeps_a_switched_off_variables_disabled_flag() {
    let server = TestServer::start();
    let run = TestRun::fixture(COLLECTION).against(&server);
    let environment = serde_json::json!({
        "name": "flags",
        "values": [
            { "key": "off", "value": "1", "disabled": true },
            { "key": "app-off", "value": "2", "enabled": false },
            { "key": "on", "value": "3" }
        ]
    });
    let env = run.write("env.json", &environment.to_string());
    let export = run.path("exported.json");
    let finished = run
        .args(["-e", &env, "--silent", "--export-environment", &export])
        .run();
    let written: serde_json::Value = serde_json::from_str(&finished.file("exported.json")).unwrap();
    let entry = |key: &str| {
        let values = written["values"].as_array().unwrap();
        let var = values.iter().find(|v| v["key"] == key).unwrap();
        (var["enabled"].clone(), var.get("disabled").cloned())
    };
    assert_eq!(entry("off"), (false.into(), Some(true.into())));
    assert_eq!(entry("app-off"), (false.into(), None));
    assert_eq!(entry("on"), (true.into(), None));
    let reloaded = postrun::load::load_environment(Path::new(&export)).unwrap();
    let enabled = |key: &str| {
        reloaded
            .values
            .iter()
            .find(|v| v.key == key)
            .map(|v| v.enabled)
    };
    assert_eq!(
        [enabled("off"), enabled("app-off"), enabled("on")],
        [Some(false), Some(false), Some(true)]
    );
}

/// Newman's JSON report repeats what the environment and globals files
/// say of themselves (their `id`, `name`, `_postman_*` fields under `_`,
/// each variable's description in the SDK's `{content, type}`); an export
/// keeps the file's `id` and descriptions. A secret planted in a
/// description is masked like its value.
#[test]
fn reports_and_exports_repeat_what_the_scope_files_say_of_themselves() {
    let server = TestServer::start();
    let run =
        TestRun::fixture("parity/report-scope-files.postman_collection.json").against(&server);
    let environment = serde_json::json!({
        "id": "env-7",
        "name": "Staging",
        "values": [
            { "key": "region", "value": "eu-west-1", "description": "where the API runs" },
            { "key": "token", "value": PLANTED_TOKEN, "type": "secret", "description": { "content": "rotated monthly", "type": "text/markdown", "version": 2 } },
            { "key": "note", "value": "n", "description": format!("was {PLANTED_TOKEN} before") },
            { "key": "nulled", "value": "x", "description": null }
        ],
        "_postman_variable_scope": "environment",
        "_postman_exported_at": "2024-03-01T10:00:00.000Z",
        "_exporter_id": "1234567"
    });
    let env = run.write("env.json", &environment.to_string());
    let [report, export] = ["report.json", "exported.json"].map(|n| run.path(n));
    let finished = run
        .args(["-e", &env, "-r", "json", "--reporter-json-export", &report])
        .args(["--export-environment", &export])
        .args(["--env-var", &format!("copy=Bearer {PLANTED_TOKEN}")])
        .run();
    let written = finished.file("report.json");
    assert!(!written.contains(PLANTED_TOKEN), "{written}");
    let json: serde_json::Value = serde_json::from_str(&written).unwrap();
    let reported = &json["environment"];
    assert_eq!(
        reported["_"],
        serde_json::json!({ "postman_variable_scope": "environment", "postman_exported_at": "2024-03-01T10:00:00.000Z", "exporter_id": "1234567" })
    );
    assert_eq!(
        (&reported["id"], &reported["name"]),
        (&serde_json::json!("env-7"), &serde_json::json!("Staging"))
    );
    let description = |key: &str| {
        let values = reported["values"].as_array().unwrap();
        let var = values.iter().find(|v| v["key"] == key).unwrap();
        var.get("description").cloned()
    };
    let plain = |content: serde_json::Value| serde_json::json!({ "content": content, "type": "text/plain" });
    assert_eq!(
        description("region"),
        Some(plain("where the API runs".into()))
    );
    assert_eq!(
        description("token"),
        Some(serde_json::json!({ "content": "rotated monthly", "type": "text/markdown" }))
    );
    assert_eq!(
        description("note"),
        Some(plain("was ******** before".into()))
    );
    assert_eq!(description("nulled"), Some(plain(serde_json::Value::Null)));
    assert_eq!(
        description("described"),
        None,
        "set by the script, not in the file"
    );
    // No globals file: Newman writes a fresh id, no name and no `_`.
    let globals = json["globals"].as_object().unwrap();
    assert_eq!(globals.keys().collect::<Vec<_>>(), ["id", "values"]);
    // The export keeps the file's id and its descriptions as written; the
    // secret stays out of it unless --export-secrets.
    let exported = finished.file("exported.json");
    assert!(!exported.contains(PLANTED_TOKEN), "{exported}");
    assert!(exported.contains("was ******** before"), "{exported}");
    let exported: serde_json::Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(exported["id"], "env-7");
    let exported_value = |key: &str| {
        let values = exported["values"].as_array().unwrap();
        values.iter().find(|v| v["key"] == key).unwrap().clone()
    };
    assert_eq!(
        exported_value("region")["description"],
        "where the API runs"
    );
    assert_eq!(
        exported_value("copy")["value"],
        "",
        "a copy of a secret is one"
    );
}

/// No planted secret on the terminal.
fn assert_no_planted_secret(run: &Finished) {
    for (name, text) in [
        ("stdout", &run.outcome.stdout),
        ("stderr", &run.outcome.stderr),
    ] {
        for secret in [PLANTED_TOKEN, API_KEY, PLANTED_EXTRA] {
            assert!(
                !text.contains(secret),
                "{secret} leaked into {name}:\n{text}"
            );
        }
    }
}

/// In a terminal, the live progress bar is taken down while the cli
/// reporter writes and drawn again below: a person scrolling back sees the
/// run, not a bar per request. Checked in a pseudo-terminal whose output
/// goes through a terminal emulator (pyte).
#[test]
fn the_progress_bar_leaves_nothing_in_the_scrollback() {
    let server = TestServer::start();
    let items: Vec<serde_json::Value> = (0..25)
        .map(|n| serde_json::json!({ "name": format!("req {n}"), "request": "{{baseUrl}}/get" }))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let collection = dir.path().join("many.json");
    std::fs::write(
        &collection,
        serde_json::json!({ "info": { "name": "many" }, "item": items }).to_string(),
    )
    .unwrap();
    let seen = std::process::Command::new(crate::support::python())
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/terminal-screen.py"
        ))
        .arg(assert_cmd::cargo::cargo_bin("postrun"))
        .args([
            "run",
            collection.to_str().unwrap(),
            "--env-var",
            &format!("baseUrl={}", server.url()),
        ])
        // The bar is for people: never in CI.
        .env_remove("CI")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(
        seen.status.success(),
        "{}",
        String::from_utf8_lossy(&seen.stderr)
    );
    let screen = String::from_utf8_lossy(&seen.stdout);
    assert_eq!(screen.matches("→ req ").count(), 25, "{screen}");
    let bars = screen.lines().filter(|line| line.contains("/25")).count();
    assert_eq!(bars, 0, "stale progress bars:\n{screen}");
    // The bar was there while the run went on (it is the bar's own test).
    assert_eq!(server.requests().len(), 25);
}

/// What exports write on headers, query pairs and examples (empty
/// descriptions, a header's `name`, a URL object's `auth`, a null response
/// time) is in the JSON report as the SDK writes it, on the collection's
/// item and on the executed request's headers, and `--export-collection`
/// writes it back. A secret planted in a header's description is masked
/// there like everywhere else.
#[test]
fn what_exports_write_on_pairs_reaches_the_report_and_the_export() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "pairs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        "item": [{
            "name": "me",
            "request": {
                "method": "GET",
                "description": "",
                "header": [
                    { "key": "Authorization", "name": "Authorization", "value": "Bearer {{token}}", "description": "" },
                    { "key": "X-Note", "value": "1", "description": format!("was {PLANTED_TOKEN} until March") }
                ],
                "url": { "raw": "{{baseUrl}}/get?q=1", "host": ["{{baseUrl}}"], "path": ["get"], "auth": {}, "query": [{ "key": "q", "value": "1", "description": "" }] }
            },
            "response": [{ "name": "saved", "code": 204, "header": [{ "key": "Date", "name": "Date", "value": "x", "description": "" }], "body": "", "responseTime": null, "_postman_previewlanguage": "json" }]
        }]
    });
    let run = TestRun::inline(&collection.to_string()).against(&server);
    let [report, export] = ["report.json", "exported.json"].map(|n| run.path(n));
    let finished = run
        .args(["-r", "json", "--reporter-json-export", &report])
        .args(["--export-collection", &export])
        .args(["--secret-var", &format!("token={PLANTED_TOKEN}")])
        .run();
    assert_eq!(finished.code, 0, "{finished:?}");
    let written = finished.file("report.json");
    assert!(!written.contains(PLANTED_TOKEN), "{written}");
    let json: serde_json::Value = serde_json::from_str(&written).unwrap();
    let empty = serde_json::json!({ "content": "", "type": "text/plain" });
    let item = &json["collection"]["item"][0];
    assert_eq!(item["request"]["description"], empty);
    assert_eq!(item["request"]["header"][0]["name"], "Authorization");
    assert_eq!(item["request"]["header"][0]["description"], empty);
    assert_eq!(item["request"]["url"]["auth"], serde_json::json!({}));
    assert_eq!(item["request"]["url"]["query"][0]["description"], empty);
    let example = &item["response"][0];
    assert_eq!(example["responseTime"], serde_json::Value::Null);
    assert!(example.as_object().unwrap().contains_key("responseTime"));
    assert_eq!(example["body"], "");
    assert_eq!(example["_"]["postman_previewlanguage"], "json");
    assert_eq!(example["header"][0]["name"], "Date");
    let sent = &json["run"]["executions"][0]["request"]["header"];
    assert_eq!(sent[0]["key"], "Authorization");
    assert_eq!(
        (&sent[0]["name"], &sent[0]["description"]),
        (&serde_json::json!("Authorization"), &empty)
    );
    assert_eq!(
        sent[1]["description"]["content"],
        "was ******** until March"
    );
    // The headers the HTTP layer adds are listed as scripts see them,
    // `Host` among them, as in Newman's report.
    let host = sent.as_array().unwrap().iter().find(|h| h["key"] == "Host");
    assert_eq!(host.map(|h| &h["system"]), Some(&serde_json::json!(true)));
    // The export writes them back as the file did; the secret stays out.
    let exported = finished.file("exported.json");
    assert!(!exported.contains(PLANTED_TOKEN), "{exported}");
    let exported: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let request = &exported["item"][0]["request"];
    assert_eq!(request["header"][0]["name"], "Authorization");
    assert_eq!(request["header"][0]["description"], "");
    assert_eq!(request["url"]["auth"], serde_json::json!({}));
    assert_eq!(
        exported["item"][0]["response"][0]["responseTime"],
        serde_json::Value::Null
    );
    assert_eq!(
        request["header"][1]["description"],
        "was ******** until March"
    );
}

/// A header the collection switched off is never sent, but Newman's JSON
/// report lists it with the request's own, in its place and marked
/// `disabled`, with its description; a secret in its value is masked.
#[test]
fn the_json_report_lists_switched_off_headers_in_place() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "off", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        "item": [{
            "name": "get",
            "request": {
                "method": "GET",
                "header": [
                    { "key": "X-On", "value": "1" },
                    { "key": "X-Off", "value": "{{token}}", "disabled": true, "description": "kept for later" },
                    { "key": "X-Last", "value": "2" }
                ],
                "url": "{{baseUrl}}/get"
            }
        }]
    });
    let run = TestRun::inline(&collection.to_string()).against(&server);
    let report = run.path("report.json");
    let finished = run
        .args(["-r", "json", "--reporter-json-export", &report])
        .args(["--secret-var", &format!("token={PLANTED_TOKEN}")])
        .run();
    assert_eq!(finished.code, 0, "{finished:?}");
    let sent = &server.requests()[0];
    assert_eq!(sent.header("x-off"), None, "{:?}", sent.headers);
    assert_eq!(sent.header("x-last"), Some("2"));
    let written = finished.file("report.json");
    assert!(!written.contains(PLANTED_TOKEN), "{written}");
    let json: serde_json::Value = serde_json::from_str(&written).unwrap();
    let headers = json["run"]["executions"][0]["request"]["header"]
        .as_array()
        .unwrap()
        .clone();
    let own: Vec<_> = headers.iter().filter(|h| h["system"] != true).collect();
    let keys: Vec<_> = own.iter().map(|h| h["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["X-On", "X-Off", "X-Last"], "{headers:?}");
    assert_eq!(own[1]["disabled"], true);
    assert_eq!(own[1]["value"], "********");
    assert_eq!(own[1]["description"]["content"], "kept for later");
    assert_eq!(own[0].get("disabled"), None);
}
