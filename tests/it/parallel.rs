//! `--parallel N` and `--shard K/M`: iterations run at once, or a slice of
//! them on each machine, and every report is the one a sequential run
//! writes (timings, ids and dates aside): the terminal, JSON and JUnit, and
//! the exit code; the shards' reports once `postrun merge-reports` joined
//! them.

use crate::support::{API_KEY, Finished, TestRun, TestServer, fixture};

/// A run of `collection` with six iterations and every file report, with
/// `extra` flags.
fn run(server: &TestServer, collection: &str, extra: &[&str]) -> Finished {
    let run = TestRun::fixture(collection)
        .against(server)
        .args(["--env-var", &format!("apiKey={API_KEY}")])
        .args(["-n", "6", "--color", "off", "-r", "cli,json,junit"]);
    with_reports(run).args(extra).run()
}

/// A run of an inline `collection` with `iterations`, terminal output only.
fn run_inline(server: &TestServer, collection: &str, iterations: u32, extra: &[&str]) -> Finished {
    TestRun::inline(collection)
        .against(server)
        .args(["-n", &iterations.to_string(), "--color", "off"])
        .args(extra)
        .run()
}

/// The report environment, and the JSON and JUnit reports as `r.json` and
/// `r.xml` in the run's folder.
fn with_reports(run: TestRun) -> TestRun {
    let (json, xml) = (run.path("r.json"), run.path("r.xml"));
    let environment = fixture("report/mixed.postman_environment.json");
    run.args(["-e", environment.to_str().unwrap()]).args([
        "--reporter-json-export",
        &json,
        "--reporter-junit-export",
        &xml,
    ])
}

/// What differs between any two runs: times, sizes, ports, ids, dates.
fn steady(text: &str) -> String {
    let patterns = [
        (r"\b\d+(\.\d+)?(ms|µs|s|B|kB|MB)\b", "[N]"),
        (r#"(time|timestamp)="[^"]*""#, "$1=\"\""),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "[UUID]",
        ),
        (
            r#""(started|completed|responseTime|responseSize|timestamp|checksum)": [0-9.]+"#,
            r#""$1": 0"#,
        ),
        (
            r#""(response|firstByte|dns)(Average|Min|Max|Sd)": [0-9.e-]+"#,
            r#""$1$2": 0"#,
        ),
        (r#""data": \[[0-9,\s]*\]"#, r#""data": []"#),
        (
            r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT",
            "[HTTP DATE]",
        ),
        // The totals table widens to fit its time lines.
        (r"─+", "─"),
        (r" {2,}", " "),
    ];
    patterns
        .iter()
        .fold(text.to_string(), |text, (pattern, with)| {
            regex::Regex::new(pattern)
                .unwrap()
                .replace_all(&text, *with)
                .into_owned()
        })
}

fn assert_same_reports(collection: &str) {
    let server = TestServer::start();
    let sequential = run(&server, collection, &[]);
    let parallel = run(&server, collection, &["--parallel", "3"]);
    assert_eq!(parallel.code, sequential.code, "{}", parallel.stderr);
    assert_eq!(steady(&parallel.stdout), steady(&sequential.stdout));
    for report in ["r.json", "r.xml"] {
        let (theirs, ours) = (sequential.file(report), parallel.file(report));
        assert_eq!(steady(&ours), steady(&theirs), "{collection}: {report}");
    }
    // Every iteration ran: six of each request.
    let json: serde_json::Value = serde_json::from_str(&parallel.file("r.json")).unwrap();
    let iterations: Vec<u64> = json["run"]["executions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["cursor"]["iteration"].as_u64().unwrap())
        .collect();
    let mut sorted = iterations.clone();
    sorted.sort();
    assert_eq!(iterations, sorted, "in iteration order");
    assert_eq!(json["run"]["stats"]["iterations"]["total"], 6);
}

#[test]
fn parallel_iterations_report_as_a_sequential_run_does() {
    assert_same_reports("report/dashboard.postman_collection.json");
}

/// Failures of every kind (assertion, script error, request error) too.
#[test]
fn parallel_failures_report_as_sequential_ones() {
    assert_same_reports("report/mixed.postman_collection.json");
}

/// Each iteration starts from the files' variables: a value a script sets
/// in its environment in one iteration is not seen by another (a
/// sequential run carries it).
#[test]
fn each_parallel_iteration_starts_from_the_files() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "counter", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "count", "event": [{"listen": "test", "script": {"exec": [
            "const seen = Number(pm.environment.get('seen') || 0);",
            "pm.environment.set('seen', seen + 1);",
            "pm.test('first to count', () => pm.expect(seen).to.equal(0));"]}}],
            "request": {"method": "GET", "url": "{{baseUrl}}/get"}}]}"#;
    let sequential = run_inline(&server, collection, 4, &[]);
    assert_eq!(sequential.code, 1, "iterations 2-4 see the count");
    let parallel = run_inline(&server, collection, 4, &["--parallel", "4"]);
    assert_eq!(parallel.code, 0, "{}", parallel.stdout);
}

/// The globals are the run's, shared by every lane: a counter every
/// iteration adds one to counts every iteration, though each script reads
/// it, waits and writes it back (scripts naming the globals take turns),
/// and each iteration's own key is kept beside the others'.
#[test]
fn parallel_iterations_share_the_globals() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "shared", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "count", "event": [{"listen": "test", "script": {"exec": [
            "const n = Number(pm.globals.get('n') || 0);",
            "setTimeout(() => {",
            "  pm.globals.set('n', n + 1);",
            "  pm.globals.set('iteration ' + pm.info.iteration, 'seen');",
            "}, 10);"]}}],
            "request": {"method": "GET", "url": "{{baseUrl}}/get"}}]}"#;
    let exported = |extra: &[&str]| {
        let run = TestRun::inline(collection).against(&server);
        let path = run.path("globals.json");
        let finished = run
            .args(["-n", "8", "--color", "off", "--export-globals", &path])
            .args(extra)
            .run();
        assert_eq!(finished.code, 0, "{}", finished.stderr);
        let globals: serde_json::Value =
            serde_json::from_str(&finished.file("globals.json")).unwrap();
        let mut values: Vec<(String, serde_json::Value)> = globals["values"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| (v["key"].as_str().unwrap().to_string(), v["value"].clone()))
            .collect();
        values.sort_by(|a, b| a.0.cmp(&b.0));
        values
    };
    let sequential = exported(&[]);
    assert!(
        sequential.contains(&("n".to_string(), serde_json::json!(8))),
        "{sequential:?}"
    );
    assert_eq!(sequential.len(), 9);
    assert_eq!(exported(&["--parallel", "4"]), sequential);
}

/// Each iteration starts with the run's cookie jar as it began: a cookie a
/// server sets in one iteration is not sent in another, though every lane
/// sends on the same connections.
#[test]
fn each_parallel_iteration_starts_with_an_empty_cookie_jar() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "cookies", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "look", "event": [{"listen": "test", "script": {"exec": [
            "pm.test('no cookie yet', () => pm.expect(pm.response.json().cookies).to.eql({}));"]}}],
            "request": {"method": "GET", "url": "{{baseUrl}}/cookies"}},
          {"name": "set", "request": {"method": "GET", "url": "{{baseUrl}}/cookies/set?flavour=oat"}}]}"#;
    let run = |extra: &[&str]| {
        TestRun::inline(collection)
            .against(&server)
            .args(["-n", "6", "--color", "off"])
            .args(extra)
            .run()
    };
    let sequential = run(&[]);
    assert_eq!(sequential.code, 1, "iterations 2-6 send the cookie");
    let parallel = run(&["--parallel", "2"]);
    assert_eq!(parallel.code, 0, "{}", parallel.stdout);
    assert_eq!(parallel.stdout.matches("✓  no cookie yet").count(), 6);
}

/// Three shards of a five-iteration run, their JSON and JUnit reports
/// merged (JUnit in both layouts), equal the reports of the run whole;
/// with failures of every kind, so counts and failure lists are compared.
#[test]
fn merged_shard_reports_equal_the_whole_runs() {
    let server = TestServer::start();
    let collection = "report/mixed.postman_collection.json";
    let shard_run = |extra: &[&str]| {
        let run = TestRun::fixture(collection).against(&server);
        with_reports(run.args(["-n", "5", "--silent", "-r", "json,junit"]))
            .args(extra)
            .run()
    };
    for layout in [&[][..], &["--reporter-junit-per-iteration"][..]] {
        let whole = shard_run(layout);
        let shards: Vec<Finished> = (1..=3)
            .map(|k| shard_run(&[layout, &["--shard", &format!("{k}/3")][..]].concat()))
            .collect();
        for shard in &shards {
            assert_eq!(shard.code, 1, "{}", shard.stderr);
        }
        let dir = tempfile::tempdir().unwrap();
        for report in ["r.json", "r.xml"] {
            let inputs: Vec<String> = shards
                .iter()
                .map(|s| s.dir.path().join(report).to_string_lossy().into_owned())
                .collect();
            let merged = dir.path().join(report);
            let mut args = vec!["merge-reports", "-o", merged.to_str().unwrap()];
            args.extend(inputs.iter().map(String::as_str));
            let outcome = crate::support::postrun(&args);
            assert_eq!(outcome.code, 0, "{}", outcome.stderr);
            let merged = std::fs::read_to_string(merged).unwrap();
            assert_eq!(
                steady(&merged),
                steady(&whole.file(report)),
                "{report} {layout:?}"
            );
        }
    }
    // A shard runs its slice only, and says which iterations in its names.
    let second = shard_run(&["--shard", "2/3"]);
    let json: serde_json::Value = serde_json::from_str(&second.file("r.json")).unwrap();
    assert_eq!(
        json["run"]["stats"]["iterations"]["total"], 2,
        "iterations 2 and 3 of 5"
    );
    assert!(second.file("r.xml").contains("(iteration 3)"));
    let bad = crate::support::postrun(&["run", "x.json", "--shard", "4/3"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("K/M"), "{}", bad.stderr);
}

/// `--parallel-folders`: each iteration's top-level folders run at once
/// too, and the reports are still a sequential run's.
#[test]
fn parallel_folders_report_as_a_sequential_run_does() {
    let server = TestServer::start();
    let collection = "report/dashboard.postman_collection.json";
    let sequential = run(&server, collection, &[]);
    let parallel = run(
        &server,
        collection,
        &["--parallel", "4", "--parallel-folders"],
    );
    assert_eq!(parallel.code, sequential.code, "{}", parallel.stderr);
    assert_eq!(steady(&parallel.stdout), steady(&sequential.stdout));
    for report in ["r.json", "r.xml"] {
        assert_eq!(
            steady(&parallel.file(report)),
            steady(&sequential.file(report))
        );
    }
}

/// A `setNextRequest` out of its folder cannot work when folders run
/// apart: the request it names fails, saying why and what to do.
#[test]
fn parallel_folders_refuse_a_jump_out_of_a_folder() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "jumps", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
          {"name": "A", "item": [{"name": "login", "event": [{"listen": "test", "script": {"exec": ["postman.setNextRequest('report');"]}}],
            "request": {"method": "GET", "url": "{{baseUrl}}/get?a"}}]},
          {"name": "B", "item": [{"name": "report", "request": {"method": "GET", "url": "{{baseUrl}}/get?b"}}]}]}"#;
    let run = |extra: &[&str]| {
        TestRun::inline(collection)
            .against(&server)
            .args(["-n", "2", "--color", "off"])
            .args(extra)
            .run()
    };
    assert_eq!(
        run(&["--parallel", "2"]).code,
        0,
        "iterations alone may run apart"
    );
    let apart = run(&["--parallel", "2", "--parallel-folders"]);
    assert_eq!(apart.code, 1, "{}", apart.stdout);
    assert!(
        apart
            .stdout
            .contains("setNextRequest from `A / login` leads out of its folder"),
        "{}",
        apart.stdout
    );
    assert!(
        apart.stdout.contains("run without --parallel-folders"),
        "{}",
        apart.stdout
    );
}

/// `--parallel` sends to one host from every worker at once, and
/// `--max-connections-per-host` holds them to its number.
#[test]
fn max_connections_per_host_holds_parallel_workers_back() {
    let slow = r#"{"info": {"name": "slow", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "wait", "request": {"method": "GET", "url": "{{baseUrl}}/delay/0.3"}}]}"#;
    let most = |extra: &[&str]| {
        let server = TestServer::start();
        let run = TestRun::inline(slow)
            .against(&server)
            .args(["-n", "6", "--parallel", "6", "--silent"])
            .args(extra)
            .run();
        assert_eq!(run.code, 0, "{}", run.stderr);
        server.most_in_flight()
    };
    assert!(most(&[]) > 2, "the workers overlap without a limit");
    assert_eq!(most(&["--max-connections-per-host", "2"]), 2);
}

/// The lanes share one pool of connections: eight lanes sending one
/// request at a time (`--max-connections-per-host 1`) reuse the
/// connection the one before them left, rather than each opening its own.
#[test]
fn parallel_lanes_share_their_connections() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "pool", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "a", "request": {"method": "GET", "url": "{{baseUrl}}/get?n=1"}},
                 {"name": "b", "request": {"method": "GET", "url": "{{baseUrl}}/get?n=2"}},
                 {"name": "c", "request": {"method": "GET", "url": "{{baseUrl}}/get?n=3"}}]}"#;
    let run = run_inline(
        &server,
        collection,
        8,
        &["--parallel", "8", "--max-connections-per-host", "1"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(server.requests().len(), 24);
    assert!(
        server.connections() <= 2,
        "{} connections for 8 lanes",
        server.connections()
    );
}

/// Reports that cannot be merged are named, and nothing is written.
#[test]
fn merge_reports_names_the_report_it_cannot_use() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    };
    let good = write(
        "good.json",
        r#"{"run": {"stats": {}, "executions": [], "failures": []}}"#,
    );
    let other = write("other.json", r#"{"values": []}"#);
    let broken = write("broken.json", "{ not json");
    let junit = write("r.xml", "<testsuites/>");
    let out = dir.path().join("merged.json");
    let merge = |inputs: &[&str]| {
        let mut args = vec!["merge-reports", "-o", out.to_str().unwrap()];
        args.extend(inputs);
        crate::support::postrun(&args)
    };
    let not_newman = merge(&[&good, &other]);
    assert_eq!(not_newman.code, 2);
    assert!(
        not_newman
            .stderr
            .contains(&format!("error: {other}: cannot merge it")),
        "{}",
        not_newman.stderr
    );
    assert!(
        not_newman.stderr.contains("has no run.stats"),
        "{}",
        not_newman.stderr
    );
    let not_json = merge(&[&good, &broken]);
    assert_eq!(not_json.code, 2);
    assert!(
        not_json.stderr.contains(&format!("{broken} is not JSON")),
        "{}",
        not_json.stderr
    );
    let mixed = merge(&[&good, &junit]);
    assert_eq!(mixed.code, 2);
    assert!(
        mixed
            .stderr
            .contains("hint: merge the JSON reports and the JUnit reports in two calls")
    );
    assert!(!out.exists(), "no merged report after an error");
}

/// Scripts that wait for a timer and a `pm.sendRequest` reply (each
/// running iteration then has an engine of its own) see their own
/// iteration's values, as in a sequential run.
#[test]
fn scripts_that_wait_keep_their_own_iteration_in_parallel() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "waiting", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{"name": "wait", "event": [
            {"listen": "prerequest", "script": {"exec": ["pm.variables.set('mine', 'iteration ' + pm.info.iteration);"]}},
            {"listen": "test", "script": {"exec": [
            "const mine = pm.variables.get('mine');",
            "setTimeout(() => pm.test('the timer sees ' + mine, () => pm.expect(pm.variables.get('mine')).to.equal('iteration ' + pm.info.iteration)), 30);",
            "pm.sendRequest(pm.variables.replaceIn('{{baseUrl}}/get?i=') + pm.info.iteration, (err, res) => {",
            "  pm.test('the reply for ' + mine, () => pm.expect(res.json().args.i).to.equal(String(pm.info.iteration)));",
            "});"]}}],
            "request": {"method": "GET", "url": "{{baseUrl}}/get"}}]}"#;
    let sequential = run_inline(&server, collection, 6, &[]);
    assert_eq!(sequential.code, 0, "{}", sequential.stdout);
    assert!(sequential.stdout.contains("the reply for iteration 5"));
    let parallel = run_inline(&server, collection, 6, &["--parallel", "6"]);
    assert_eq!(parallel.code, 0, "{}", parallel.stdout);
    assert_eq!(steady(&parallel.stdout), steady(&sequential.stdout));
}
