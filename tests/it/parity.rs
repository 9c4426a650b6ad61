//! Newman parity: every collection in `fixtures/parity/` (and the other
//! fixture groups that exercise scripts, variables, auth and bodies) run by
//! Newman 6 and by postrun against the same local server, then compared:
//! what the server received (method, path, query, headers that matter,
//! body), each request's status and assertions, the failures, the totals and
//! the exit code.
//!
//! Newman is installed with npm into `.parity/` when it is not there yet; if
//! that fails the test fails: it is never skipped. Differences postrun makes
//! on purpose are listed in PARITY.md; the README's parity figure is checked
//! against what this harness measures (`POSTRUN_UPDATE_PARITY=1` rewrites it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Recorded, TestServer, fixture};
use serde_json::Value;

/// Headers every client sets its own way; the rest must match.
const IGNORED_HEADERS: [&str; 9] = [
    "user-agent",
    "accept",
    "accept-encoding",
    "cache-control",
    "connection",
    "host",
    "postman-token",
    "content-length",
    "transfer-encoding",
];

pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Newman's entry point, installed on first use.
///
/// Both comparison suites ask for it at once on a clean clone: the install
/// runs once per test process (the others wait), and only a finished
/// install counts (npm writes `newman.js` long before it is done, and a
/// half-installed Newman crashes on its first collection).
pub(crate) fn newman() -> PathBuf {
    static INSTALLED: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    INSTALLED.get_or_init(install_newman).clone()
}

/// What `.parity/` holds: Newman, and newman-reporter-html for the test
/// of templates written for it (it asks for Newman 4 as a peer; it runs
/// under 6, hence `--legacy-peer-deps`).
const NEWMAN_PACKAGES: [&str; 2] = ["newman@6", "newman-reporter-html@1.0.5"];

fn install_newman() -> PathBuf {
    let prefix = root().join(".parity");
    let script = prefix.join("node_modules/newman/bin/newman.js");
    let finished = prefix.join("newman-installed");
    let wanted = NEWMAN_PACKAGES.join(" ") + "\n";
    if std::fs::read_to_string(&finished).ok().as_deref() != Some(wanted.as_str()) {
        let status = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--legacy-peer-deps"])
            .arg("--prefix")
            .arg(&prefix)
            .args(NEWMAN_PACKAGES)
            .status()
            .expect("npm must be installed to run the Newman parity suite");
        assert!(
            status.success(),
            "npm could not install {NEWMAN_PACKAGES:?} into .parity/"
        );
        std::fs::write(&finished, wanted).expect("mark .parity/ installed");
    }
    assert!(
        script.exists(),
        "newman is missing from .parity/ after npm install"
    );
    script
}

/// A collection with the files and flags beside it.
pub(crate) struct Case {
    pub name: String,
    pub collection: PathBuf,
    pub args: Vec<String>,
    /// Process environment both tools run with (`<stem>.process-env`, a
    /// `KEY=VALUE` a line): what Node reads, such as `LANG`.
    pub env: Vec<(String, String)>,
}

pub(crate) fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for dir in ["parity", "scripts", "auth", "bodies", "vars"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(fixture(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".postman_collection.json"))
            .collect();
        files.sort();
        for collection in files {
            let stem = collection
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".postman_collection.json", "");
            let beside = |suffix: &str| collection.with_file_name(format!("{stem}{suffix}"));
            let mut args = Vec::new();
            for (flag, suffix) in [
                ("-e", ".postman_environment.json"),
                ("-g", ".postman_globals.json"),
            ] {
                if beside(suffix).exists() {
                    args.push(flag.to_string());
                    args.push(beside(suffix).to_string_lossy().into_owned());
                }
            }
            if let Ok(flags) = std::fs::read_to_string(beside(".flags")) {
                args.extend(flags.lines().filter(|l| !l.is_empty()).map(String::from));
            }
            let env = std::fs::read_to_string(beside(".process-env"))
                .unwrap_or_default()
                .lines()
                .filter_map(|line| line.split_once('='))
                .map(|(key, value)| (key.to_string(), value.to_string()))
                .collect();
            let name = if dir == "parity" {
                stem
            } else {
                format!("{dir}/{stem}")
            };
            cases.push(Case {
                name,
                collection,
                args,
                env,
            });
        }
    }
    cases
}

/// What one tool did with one collection, normalised for comparison.
#[derive(Debug, PartialEq)]
struct Observed {
    exit_code: i32,
    requests: Vec<String>,
    executions: Vec<String>,
    failures: Vec<String>,
    totals: String,
    /// Every key path of the JSON report (`.run.executions[].id`).
    keys: std::collections::BTreeSet<String>,
    /// The JUnit report's cases: (suite name, case name, classname).
    junit_cases: std::collections::BTreeSet<(String, String, String)>,
}

/// The cases of a JUnit file as (suite, case, classname), entities decoded.
fn junit_cases(xml: &str) -> std::collections::BTreeSet<(String, String, String)> {
    let attribute = |tag: &str, name: &str| -> String {
        let pattern = format!(" {name}=\"");
        tag.find(&pattern)
            .map(|at| {
                let rest = &tag[at + pattern.len()..];
                rest[..rest.find('"').unwrap_or(rest.len())]
                    .replace("&quot;", "\"")
                    .replace("&apos;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
            })
            .unwrap_or_default()
    };
    let mut cases = std::collections::BTreeSet::new();
    let mut suite = String::new();
    for tag in xml.split('<').skip(1) {
        // A tag ends at the first `>` outside quotes (Newman leaves `>`
        // in attribute values unescaped: `() => …`).
        let mut quoted = false;
        let end = tag
            .char_indices()
            .find(|&(_, c)| {
                quoted ^= c == '"';
                c == '>' && !quoted
            })
            .map_or(tag.len(), |(at, _)| at);
        let tag = &tag[..end];
        if tag.starts_with("testsuite ") {
            suite = attribute(tag, "name");
        } else if tag.starts_with("testcase ") {
            cases.insert((
                suite.clone(),
                attribute(tag, "name"),
                attribute(tag, "classname"),
            ));
        }
    }
    cases
}

/// The key paths of a JSON value, lists as `[]` and folders' nested
/// `item[]` lists as one.
fn key_paths(value: &Value, prefix: &str, out: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = format!("{prefix}.{key}");
                let path = path.replace(".item[].item[]", ".item[]");
                out.insert(path.clone());
                key_paths(child, &path, out);
            }
        }
        Value::Array(items) => {
            let path = format!("{prefix}[]").replace(".item[][]", ".item[]");
            for item in items {
                key_paths(item, &path, out);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// Key paths Newman's report has that postrun's may lack, each for a
/// reason PARITY.md gives: parts a collection switches off (a disabled
/// event, body, form field or header) that postrun leaves out of what it
/// shows; a failure's `source` as Newman's runtime changed it (resolved
/// URL, system headers); `pm.sendRequest` executions' script cursor and
/// request headers; what a pre-request script changed or an auth added in
/// an execution's `request` (postrun shows the body and auth as written).
const KEY_PATHS_NEWMAN_ALONE: &[&str] = &[
    r"\.event\[\]\.disabled$",
    r"\.body\.disabled$",
    r"\.formdata\[\]\.disabled$",
    r"\.header\[\]\.disabled$",
    r"^\.run\.failures\[\]\.source\.(request\.header|request\.url\.(port|protocol)|protocolProfileBehavior)",
    r"^\.run\.executions\[\]\.cursor\.(execution|scriptId)$",
    r"^\.run\.executions\[\]\.request\.header\[\]\.(key|value|system)$",
    r"^\.run\.executions\[\]\.request\.body\.urlencoded",
    r"^\.run\.executions\[\]\.request\.auth",
];

/// The exit code recorded for a run the suite had to kill.
const KILLED: i32 = -1;

/// Runs a command, killing it if it outlives `limit` (Newman cannot stop a
/// script that loops forever: the suite must not hang with it).
fn finish_within(mut command: Command, limit: std::time::Duration) -> i32 {
    let mut child = command.spawn().expect("start");
    let started = std::time::Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return status.code().unwrap_or(-1);
        }
        if started.elapsed() > limit {
            child.kill().ok();
            child.wait().ok();
            return KILLED;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// `None` when the tool wrote no report (it crashed or timed out).
fn observe(server: &TestServer, tool: &dyn Fn(&Path) -> i32) -> Option<Observed> {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let before = server.requests().len();
    let exit_code = tool(&report);
    let received = server.requests()[before..].to_vec();
    let json: Value = serde_json::from_str(&std::fs::read_to_string(&report).ok()?).ok()?;
    let mut keys = std::collections::BTreeSet::new();
    key_paths(&json, "", &mut keys);
    let junit = std::fs::read_to_string(report.with_extension("xml")).unwrap_or_default();
    keep_reports(&report);
    let junit_cases = junit_cases(&junit);
    let run = &json["run"];
    Some(Observed {
        keys,
        junit_cases,
        exit_code,
        requests: received.iter().map(request_line).collect(),
        executions: run["executions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(execution_line)
            .collect(),
        failures: run["failures"]
            .as_array()
            .into_iter()
            .flatten()
            .map(failure_line)
            .collect(),
        totals: totals_line(&run["stats"]),
    })
}

/// With `POSTRUN_PARITY_KEEP=DIR`, both reports of each run are copied to
/// `DIR` (numbered in run order: Newman's, then postrun's) to be read.
fn keep_reports(report: &Path) {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let Some(dir) = std::env::var_os("POSTRUN_PARITY_KEEP") else {
        return;
    };
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::fs::create_dir_all(&dir).ok();
    for extension in ["json", "xml"] {
        let kept = Path::new(&dir).join(format!("{run:03}.{extension}"));
        std::fs::copy(report.with_extension(extension), kept).ok();
    }
}

fn request_line(request: &Recorded) -> String {
    // The server verifies signed auth (`/auth/…`) and answers 401 when it
    // is wrong; values made of the clock or random nonces differ per run.
    let signed = request.path.starts_with("/auth/");
    let headers: BTreeMap<String, String> = request
        .headers
        .iter()
        .filter(|(k, _)| !IGNORED_HEADERS.contains(&k.as_str()))
        .map(|(k, v)| match k.as_str() {
            "authorization" | "x-amz-date" if signed => (k.clone(), "[SIGNED]".into()),
            _ => (k.clone(), normalise_boundary(v)),
        })
        .collect();
    let body = normalise_uuids(&normalise_boundary(&request.text()));
    let path = normalise_uuids(&request.path);
    let mut query = normalise_dynamic(&request.query);
    if signed {
        query = normalise_signed_query(&query);
    }
    format!("{} {}?{query} {headers:?} {body:?}", request.method, path)
}

/// A UUID anywhere in a body or path (`{{$guid}}`, `uuid.v4()`) is new
/// every run, and so is a time with seconds (`new Date().toISOString()`)
/// or the clock as a number (`{{$timestamp}}` in a body, `Date.now()`):
/// the two tools read it a second apart. Only numbers within a day of now
/// count as the clock, so ids and amounts still compare.
fn normalise_uuids(text: &str) -> String {
    static PATTERNS: std::sync::OnceLock<[regex::Regex; 3]> = std::sync::OnceLock::new();
    let [uuid, time, number] = PATTERNS.get_or_init(|| {
        [
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}",
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})",
            r"\b(\d{10}|\d{13})\b",
        ]
        .map(|pattern| regex::Regex::new(pattern).expect("a valid pattern"))
    });
    let text = uuid.replace_all(text, "[UUID]");
    let text = time.replace_all(&text, "[TIME]");
    number
        .replace_all(&text, |found: &regex::Captures| {
            if is_clock_now(&found[0]) {
                "[CLOCK]".to_string()
            } else {
                found[0].to_string()
            }
        })
        .into_owned()
}

/// Seconds or milliseconds since 1970 within a day of this moment.
fn is_clock_now(digits: &str) -> bool {
    let Ok(value) = digits.parse::<u64>() else {
        return false;
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let seconds = if digits.len() == 13 {
        value / 1000
    } else {
        value
    };
    seconds.abs_diff(now) <= 86_400
}

/// AWS's query signing carries the clock: its date, credential scope and
/// signature differ between two runs (the server checked them).
fn normalise_signed_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _))
                if ["X-Amz-Date", "X-Amz-Credential", "X-Amz-Signature"].contains(&key) =>
            {
                format!("{key}=[SIGNED]")
            }
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Dynamic variables (`{{$guid}}`, `{{$timestamp}}`, …) differ every run;
/// the fixtures send `{{$randomInt}}` as `int=`.
fn normalise_dynamic(text: &str) -> String {
    text.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) if is_dynamic(value) || key == "int" => format!("{key}=[DYNAMIC]"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn is_dynamic(value: &str) -> bool {
    let uuid = value.len() == 36 && value.split('-').map(str::len).eq([8, 4, 4, 4, 12]);
    let timestamp = value.len() == 10 && value.bytes().all(|b| b.is_ascii_digit());
    let iso = value.len() == 24 && value.ends_with('Z') && value.contains('T');
    // `Date.now()` in milliseconds, and a SHA-256 HMAC made over it.
    let millis = value.len() == 13 && value.bytes().all(|b| b.is_ascii_digit());
    let signature = value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit());
    uuid || timestamp || iso || millis || signature
}

/// Multipart boundaries are random: compare the body around them.
fn normalise_boundary(text: &str) -> String {
    match text.find("boundary=") {
        Some(at) => {
            let boundary = text[at + 9..]
                .split([';', ' ', '\r', '\n'])
                .next()
                .unwrap_or_default()
                .to_string();
            text.replace(&boundary, "[BOUNDARY]")
        }
        None if text.starts_with("--") => {
            let first = text.lines().next().unwrap_or_default();
            let boundary = first.strip_prefix("--").unwrap_or(first).to_string();
            text.replace(&boundary, "[BOUNDARY]")
        }
        None => text.to_string(),
    }
}

fn execution_line(execution: &Value) -> String {
    let assertions: Vec<String> = execution["assertions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|a| {
            let outcome = match (a["skipped"].as_bool(), a["error"]["message"].as_str()) {
                (Some(true), _) => "skipped".to_string(),
                // The engine's wording (see `failure_line`).
                (_, Some(_)) if a["error"]["name"] == "TypeError" => {
                    "failed: TypeError".to_string()
                }
                (_, Some(message)) => format!("failed: {message}"),
                _ => "passed".to_string(),
            };
            format!(
                "{} ({outcome})",
                a["assertion"].as_str().unwrap_or_default()
            )
        })
        .collect();
    format!(
        "{} -> {} {:?}",
        execution["item"]["name"].as_str().unwrap_or_default(),
        execution["response"]["code"],
        assertions
    )
}

fn failure_line(failure: &Value) -> String {
    // A request error is worded by each tool's HTTP stack (Node's
    // `connect ECONNREFUSED 127.0.0.1:9`, postrun's own): compared by place.
    if failure["at"] == "request" {
        return format!(
            "request error at {}",
            failure["source"]["name"].as_str().unwrap_or_default()
        );
    }
    // So is a TypeError the engine raises (V8: `Cannot read properties of
    // undefined (reading 'x')`, boa: `cannot convert 'null' or 'undefined'
    // to object`): compared by name and place.
    if failure["error"]["name"] == "TypeError" {
        return format!(
            "TypeError at {} of {}",
            failure["at"].as_str().unwrap_or_default(),
            failure["source"]["name"].as_str().unwrap_or_default()
        );
    }
    format!(
        "{} at {} of {}: {}",
        failure["error"]["name"].as_str().unwrap_or_default(),
        failure["at"].as_str().unwrap_or_default(),
        failure["source"]["name"].as_str().unwrap_or_default(),
        failure["error"]["message"].as_str().unwrap_or_default()
    )
}

fn totals_line(stats: &Value) -> String {
    [
        "iterations",
        "items",
        "scripts",
        "requests",
        "prerequests",
        "tests",
        "testScripts",
        "prerequestScripts",
        "assertions",
    ]
    .iter()
    .map(|k| format!("{k} {}/{}", stats[k]["total"], stats[k]["failed"]))
    .collect::<Vec<_>>()
    .join(", ")
}

/// The first place two observations differ, both values shown.
fn first_difference(newman: &Option<Observed>, postrun: &Option<Observed>) -> Option<String> {
    let (newman, postrun) = match (newman, postrun) {
        (Some(newman), Some(postrun)) => (newman, postrun),
        (None, _) => return Some("newman did not finish the run (no report)".into()),
        (_, None) => return Some("postrun did not finish the run (no report)".into()),
    };
    // Newman sometimes writes its report and then never exits (an open
    // socket keeps Node alive); the suite kills it, and only its exit code
    // is unknown.
    let newman_hung = newman.exit_code == KILLED;
    if newman.exit_code != postrun.exit_code && !newman_hung {
        return Some(format!(
            "exit code: newman {} / postrun {}",
            newman.exit_code, postrun.exit_code
        ));
    }
    let lists = [
        ("request received", &newman.requests, &postrun.requests),
        ("execution", &newman.executions, &postrun.executions),
        ("failure", &newman.failures, &postrun.failures),
    ];
    for (what, a, b) in lists {
        for i in 0..a.len().max(b.len()) {
            if a.get(i) != b.get(i) {
                return Some(format!(
                    "{what} #{}:\n    newman:  {:?}\n    postrun: {:?}",
                    i + 1,
                    a.get(i),
                    b.get(i)
                ));
            }
        }
    }
    (newman.totals != postrun.totals).then(|| {
        format!(
            "totals:\n    newman:  {}\n    postrun: {}",
            newman.totals, postrun.totals
        )
    })
}

/// Collections PARITY.md lists as differing on purpose (`| name | … |` rows).
fn listed_differences() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("PARITY.md")).unwrap_or_default();
    text.lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(name, _)| name.to_string())
        .collect()
}

/// A port nothing listens on: the proxy for every run, so a host the
/// rewriting missed fails at once instead of leaving the machine.
pub(crate) const DEAD_PROXY: &str = "http://127.0.0.1:9";

/// What comparing a list of cases found.
pub(crate) struct Comparison {
    pub identical: usize,
    pub report: String,
    /// Differences not listed in PARITY.md.
    pub unexpected: Vec<String>,
    /// Key paths of Newman's JSON report that postrun's lacks, by case
    /// (for the cases whose runs PARITY.md does not list as different).
    pub missing_keys: Vec<String>,
    /// How many of Newman's JUnit cases were looked for in postrun's.
    pub junit_cases: usize,
}

/// Runs every case with Newman and postrun against `server` (each tool
/// killed after `limit`) and compares them.
pub(crate) fn compare(cases: &[Case], server: &TestServer, suite: &Suite) -> Comparison {
    let limit = suite.limit;
    let newman = newman();
    let postrun = assert_cmd::cargo::cargo_bin("postrun");
    let base = format!("baseUrl={}", server.url());
    let listed = listed_differences();
    let mut comparison = Comparison {
        identical: 0,
        report: String::new(),
        unexpected: Vec::new(),
        missing_keys: Vec::new(),
        junit_cases: 0,
    };
    let newman_alone: Vec<regex::Regex> = (KEY_PATHS_NEWMAN_ALONE.iter())
        .chain(suite.newman_alone)
        .map(|p| regex::Regex::new(p).unwrap())
        .collect();
    for case in cases {
        let run = |program: &Path, node: bool| {
            let base = base.clone();
            let args = case.args.clone();
            let env = case.env.clone();
            let collection = case.collection.clone();
            let program = program.to_path_buf();
            move |report: &Path| -> i32 {
                let mut command = if node {
                    Command::new("node")
                } else {
                    Command::new(&program)
                };
                if node {
                    command.arg(&program);
                }
                command.arg("run").arg(&collection).args(&args);
                if node {
                    // A runaway script must not hang the suite.
                    command.args(["--timeout", &limit.as_millis().to_string()]);
                }
                command
                    .args([
                        "--env-var",
                        &base,
                        "-r",
                        "json,junit",
                        "--reporter-json-export",
                    ])
                    .arg(report)
                    .arg("--reporter-junit-export")
                    .arg(report.with_extension("xml"))
                    .env("NO_COLOR", "1")
                    .env("HTTP_PROXY", DEAD_PROXY)
                    .env("HTTPS_PROXY", DEAD_PROXY)
                    .env("NO_PROXY", "127.0.0.1")
                    .envs(env.iter().map(|(key, value)| (key, value)))
                    .current_dir(root())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null());
                finish_within(command, limit + std::time::Duration::from_secs(10))
            }
        };
        let mut theirs = observe(server, &run(&newman, true));
        let mut ours = observe(server, &run(&postrun, false));
        // A case that differs runs once more, both tools again: a server
        // that races the upload (`early-answer`) can make either tool lose
        // on a loaded machine. A difference that is real differs twice.
        if !listed.contains(&case.name) && first_difference(&theirs, &ours).is_some() {
            theirs = observe(server, &run(&newman, true));
            ours = observe(server, &run(&postrun, false));
        }
        if let (Some(theirs), Some(ours)) = (&theirs, &ours)
            && !listed.contains(&case.name)
        {
            for key in theirs.keys.difference(&ours.keys) {
                if !newman_alone.iter().any(|allowed| allowed.is_match(key)) {
                    comparison
                        .missing_keys
                        .push(format!("{}: {key}", case.name));
                }
            }
            // Every JUnit case Newman writes, with its suite and classname,
            // postrun writes too (it adds cases for script and request errors).
            comparison.junit_cases += theirs.junit_cases.len();
            for (suite, name, class) in theirs.junit_cases.difference(&ours.junit_cases) {
                comparison.missing_keys.push(format!(
                    "{}: JUnit case {name:?} of suite {suite:?} (classname {class:?})",
                    case.name
                ));
            }
        }
        match first_difference(&theirs, &ours) {
            None => {
                comparison.identical += 1;
                comparison
                    .report
                    .push_str(&format!("identical  {}\n", case.name));
            }
            Some(difference) => {
                comparison
                    .report
                    .push_str(&format!("different  {}: {difference}\n", case.name));
                if !listed.contains(&case.name) {
                    comparison
                        .unexpected
                        .push(format!("{}: {difference}", case.name));
                }
            }
        }
    }
    comparison
}

/// One comparison suite: where its report goes and how the README names
/// its figure.
pub(crate) struct Suite {
    /// `target/<report>`.
    pub report: &'static str,
    /// The README marker (`<!-- marker -->`).
    pub marker: &'static str,
    /// What the figure counts: `collections`, `real collections`.
    pub noun: &'static str,
    /// How long each tool may take on one case.
    pub limit: std::time::Duration,
    /// Key paths only Newman's JSON report has in this suite's cases,
    /// besides `KEY_PATHS_NEWMAN_ALONE`; any other missing from postrun's
    /// fails the suite.
    pub newman_alone: &'static [&'static str],
}

/// Compares the cases (only those `POSTRUN_PARITY_ONLY` names, when set:
/// the README figure is then not checked), writes the report, fails on a
/// difference PARITY.md does not list, and checks the README's figure.
pub(crate) fn check_suite(mut cases: Vec<Case>, server: &TestServer, suite: Suite) {
    let only = std::env::var("POSTRUN_PARITY_ONLY").ok();
    cases.retain(|case| {
        only.as_ref()
            .is_none_or(|only| case.name.contains(only.as_str()))
    });
    let comparison = compare(&cases, server, &suite);
    let mut report = comparison.report.clone();
    for missing in &comparison.missing_keys {
        report.push_str(&format!("missing JSON key  {missing}\n"));
    }
    std::fs::write(root().join("target").join(suite.report), &report).ok();
    println!("{report}");
    assert!(
        only.is_some() || comparison.junit_cases > 100,
        "only {} of Newman's JUnit cases were compared",
        comparison.junit_cases
    );
    assert!(
        comparison.missing_keys.is_empty(),
        "postrun's JSON report lacks key paths Newman's has:\n{}",
        comparison.missing_keys.join("\n")
    );
    assert!(
        comparison.unexpected.is_empty(),
        "{} {} differ from Newman and are not in PARITY.md:\n\n{}",
        comparison.unexpected.len(),
        suite.noun,
        comparison.unexpected.join("\n\n")
    );
    if only.is_none() {
        let figure = format!(
            "{} of {} {} identical to Newman 6.x",
            comparison.identical,
            cases.len(),
            suite.noun
        );
        check_readme_figure(suite.marker, &figure);
    }
}

#[test]
fn postrun_matches_newman() {
    let server = TestServer::start();
    let suite = Suite {
        report: "parity-report.txt",
        marker: "parity",
        noun: "collections",
        limit: std::time::Duration::from_secs(20),
        newman_alone: &[],
    };
    check_suite(cases(), &server, suite);
}

/// The README states the figure a harness measured, between
/// `<!-- marker -->` and `<!-- /marker -->`, not a typed one.
pub(crate) fn check_readme_figure(marker: &str, figure: &str) {
    let readme_path = root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let (open, close) = (format!("<!-- {marker} -->"), format!("<!-- /{marker} -->"));
    if readme.contains(&format!("{open}{figure}{close}")) {
        return;
    }
    if std::env::var_os("POSTRUN_UPDATE_PARITY").is_some() {
        let start = readme.find(&open).expect("README has the opening marker");
        let end = readme.find(&close).expect("README has the closing marker");
        let updated = format!(
            "{}{open}{figure}{close}{}",
            &readme[..start],
            &readme[end + close.len()..]
        );
        std::fs::write(&readme_path, updated).unwrap();
        return;
    }
    panic!(
        "README.md must state the measured parity: \"{figure}\" (run with POSTRUN_UPDATE_PARITY=1 to update it)"
    );
}

#[test]
fn junit_cases_are_read_from_newmans_layout() {
    let xml = "<?xml version=\"1.0\"?>\n<testsuites name=\"c\">\n  <testsuite name=\"A / b\" id=\"x\">\n    <testcase name=\"it &quot;works&quot; () => 1\" time=\"0.1\" classname=\"AB\"/>\n  </testsuite>\n</testsuites>\n";
    let cases = junit_cases(xml);
    assert_eq!(
        cases.into_iter().collect::<Vec<_>>(),
        [(
            "A / b".to_string(),
            "it \"works\" () => 1".to_string(),
            "AB".to_string()
        )]
    );
}

#[test]
fn the_clock_is_masked_in_bodies_but_other_numbers_are_not() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    let body = format!(
        r#"{{"user_id":"{}","at":{},"account":"5901088212","id":1234567890}}"#,
        now.as_secs(),
        now.as_millis()
    );
    assert_eq!(
        normalise_uuids(&body),
        r#"{"user_id":"[CLOCK]","at":[CLOCK],"account":"5901088212","id":1234567890}"#
    );
}
