//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod raw;
pub mod run;
pub mod server;
pub mod verify;

use std::path::PathBuf;

#[allow(unused_imports)]
pub use run::{Finished, TestRun};
#[allow(unused_imports)]
pub use server::{API_KEY, Recorded, TestServer};

/// `postrun` with an environment pinned so output is the same everywhere.
pub fn postrun_cmd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("postrun").expect("postrun binary");
    cmd.env("NO_COLOR", "1")
        .env("CI", "true")
        .env("RUST_BACKTRACE", "0")
        .env_remove("POSTMAN_API_KEY")
        .env_remove("NODE_EXTRA_CA_CERTS")
        .env_remove("NODE_TLS_REJECT_UNAUTHORIZED")
        // Dates and numbers a script writes without a locale follow it.
        .env("LC_ALL", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// A file under `fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(path)
}

/// The shared corpus beside the repository, when it is there.
pub fn corpus() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    path.is_dir().then_some(path)
}

/// Every v3 collection directory of the corpus: each workspace's
/// collections and the migrated trees, sorted.
pub fn v3_corpus_trees() -> Vec<PathBuf> {
    let v3 = corpus().expect("../shared/corpus").join("v3");
    let mut trees = Vec::new();
    for example in std::fs::read_dir(v3.join("examples")).expect("examples") {
        let example = example.expect("entry").path();
        for workspace in [example.join("postman"), example.join("after-v3/postman")] {
            if let Ok(entries) = std::fs::read_dir(workspace.join("collections")) {
                trees.extend(
                    entries
                        .map(|e| e.expect("entry").path())
                        .filter(|p| p.is_dir()),
                );
            }
        }
    }
    for migrated in [
        "postman-api/Postman API",
        "feature-matrix/matrix",
        "feature-matrix/m2",
    ] {
        trees.push(v3.join("migrated").join(migrated));
    }
    trees.sort();
    trees
}

/// What a finished command printed and how it exited.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs `postrun` with these arguments.
pub fn postrun(args: &[&str]) -> Outcome {
    let output = postrun_cmd().args(args).output().expect("run postrun");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Like [`run_fixture`], for a run that must send nothing (bad input,
/// `--dry-run`): the server is not expected to be called.
pub fn run_fixture_sending_nothing(
    server: &TestServer,
    collection: &str,
    extra: &[&str],
) -> Outcome {
    TestRun::fixture(collection)
        .base_url(&server.url())
        .args(extra)
        .run()
        .outcome
}

/// `postrun run FIXTURE --env-var baseUrl=SERVER` plus `extra`; the server
/// must be called.
pub fn run_fixture(server: &TestServer, collection: &str, extra: &[&str]) -> Outcome {
    TestRun::fixture(collection)
        .against(server)
        .args(extra)
        .run()
        .outcome
}

/// Every event of a library run, kept as text the tests can assert on.
#[derive(Debug, Default)]
pub struct Recorder {
    /// `(test name, outcome)` for each assertion, in order.
    pub assertions: Vec<(String, postrun::script::AssertionOutcome)>,
    /// Console messages, in order.
    pub console: Vec<String>,
    /// Script errors, in order.
    pub script_errors: Vec<postrun::script::ScriptError>,
    /// Item paths in the order they started.
    pub items: Vec<String>,
    /// Warnings.
    pub warnings: Vec<String>,
}

impl postrun::events::EventSink for Recorder {
    fn event(&mut self, event: &postrun::events::Event<'_>) {
        use postrun::events::EventKind;
        match &event.kind {
            EventKind::Assertion { name, outcome, .. } => {
                self.assertions.push((name.to_string(), (*outcome).clone()))
            }
            EventKind::Console { line, .. } => self.console.push(line.message.clone()),
            EventKind::ScriptFinished {
                error: Some(error), ..
            } => self.script_errors.push((*error).clone()),
            EventKind::ItemStarted(at) => self.items.push(at.path.to_string()),
            EventKind::Warning { message, .. } => self.warnings.push(message.to_string()),
            _ => {}
        }
    }
}

/// Runs a collection given as JSON through the library with `baseUrl` set.
pub fn run_library(
    collection: &str,
    server: &TestServer,
    options: postrun::plan::RunOptions,
) -> (postrun::summary::Summary, Recorder) {
    let collection =
        postrun::load::parse_collection(collection, std::path::Path::new("inline.json"))
            .expect("collection parses");
    let plan = postrun::plan::RunPlan::builder(collection)
        .env_var("baseUrl", server.url())
        .options(options)
        .build()
        .expect("plan");
    let mut recorder = Recorder::default();
    let summary = postrun::run::run(&plan, &mut recorder).expect("run starts");
    (summary, recorder)
}

/// A one-request collection (`GET {{baseUrl}}/get`) with this test script.
pub fn with_test_script(lines: &[String]) -> String {
    serde_json::json!({
        "info": { "name": "inline" },
        "item": [{
            "name": "request",
            "event": [{ "listen": "test", "script": { "exec": lines } }],
            "request": { "method": "GET", "url": "{{baseUrl}}/get" }
        }]
    })
    .to_string()
}

/// Runs a fixture collection through the library with `baseUrl` set.
pub fn run_fixture_library(
    path: &str,
    server: &TestServer,
    options: postrun::plan::RunOptions,
) -> (postrun::summary::Summary, Recorder) {
    let text = std::fs::read_to_string(fixture(path)).expect("fixture exists");
    run_library(&text, server, options)
}

impl Recorder {
    /// Each assertion as one line: `✓ name`, `✗ name: Error: message`, `- name`.
    pub fn outcomes(&self) -> Vec<String> {
        use postrun::script::AssertionOutcome;
        self.assertions
            .iter()
            .map(|(name, outcome)| match outcome {
                AssertionOutcome::Passed => format!("✓ {name}"),
                AssertionOutcome::Skipped => format!("- {name}"),
                AssertionOutcome::Failed {
                    error_name,
                    message,
                } => {
                    format!("✗ {name}: {error_name}: {message}")
                }
            })
            .collect()
    }

    /// Each script error as one line: `event Name (line N): message at item`.
    pub fn errors(&self) -> Vec<String> {
        self.script_errors
            .iter()
            .map(|e| {
                let line = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
                format!(
                    "{} {}{line}: {} at {}",
                    e.event, e.name, e.message, e.item_path
                )
            })
            .collect()
    }
}

/// The Python that reads files as other people's tools do: a virtual
/// environment in `.venv-tests/` with PyYAML, ruamel.yaml (YAML readers),
/// junitparser (a JUnit consumer), xmlschema (an XSD validator) and pyte
/// (a terminal emulator), made from PyPI once per test process on
/// first use; only a finished install counts.
pub fn python() -> PathBuf {
    static MADE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    MADE.get_or_init(|| {
        const PACKAGES: [&str; 5] = [
            "PyYAML==6.0.4",
            "ruamel.yaml==0.19.1",
            "junitparser==4.0.2",
            "xmlschema==4.1.0",
            "pyte==0.8.2",
        ];
        let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".venv-tests");
        let python = venv.join("bin/python");
        let finished = venv.join("installed");
        let wanted = PACKAGES.join(" ");
        if std::fs::read_to_string(&finished).ok().as_deref() != Some(wanted.as_str()) {
            let run = |program: &std::path::Path, args: &[&str]| {
                let status = std::process::Command::new(program)
                    .args(args)
                    .status()
                    .unwrap_or_else(|e| panic!("{} could not start: {e}", program.display()));
                assert!(status.success(), "{} {args:?} failed", program.display());
            };
            run(
                std::path::Path::new("python3"),
                &["-m", "venv", venv.to_str().unwrap()],
            );
            let mut install = vec!["-m", "pip", "install", "--quiet"];
            install.extend(PACKAGES);
            run(&python, &install);
            std::fs::write(&finished, &wanted).unwrap();
        }
        python
    })
    .clone()
}

/// The DOM of `file#fragment` after its scripts ran, as Debian's headless
/// Chromium renders it (`.ci/run` installs the `chromium` package; the
/// tests install nothing themselves). No network: the flags keep Chromium
/// from calling home, and a page that does not finish in a minute fails.
pub fn browser_dom(file: &std::path::Path, fragment: &str) -> String {
    let profile = tempfile::tempdir().expect("a profile folder");
    let url = format!("file://{}#{fragment}", file.display());
    let mut child = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "chromium could not start ({e}): install Debian's chromium package (.ci/run does)"
            )
        });
    // Read while it runs: a page larger than the pipe would block it.
    let mut stdout = child.stdout.take().expect("chromium's output");
    let reader = std::thread::spawn(move || {
        let mut dom = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut dom).map(|_| dom)
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while child.try_wait().expect("chromium's status").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not render {url} within a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let dom = reader.join().unwrap().expect("chromium's DOM as text");
    assert!(dom.contains("<html"), "chromium rendered nothing for {url}");
    dom
}

/// The counters (executed, failed) of the cli reporter's totals row
/// `label`, whatever width the table took.
pub fn totals_row(stdout: &str, label: &str) -> Option<(usize, usize)> {
    stdout.lines().find_map(|line| {
        let cells: Vec<&str> = line.split(['│', '|']).map(str::trim).collect();
        match cells.as_slice() {
            ["", name, total, failed, ""] if *name == label => {
                Some((total.parse().ok()?, failed.parse().ok()?))
            }
            _ => None,
        }
    })
}
