//! Each reporter fed a hand-built event stream (a pass, a skip, a failure,
//! a script error, a request error, console output, a warning), with no
//! HTTP and no script engine, written into buffers and snapshotted. A secret
//! is planted in a header, a URL, a console line and a failure message, and
//! must appear in no output.

use std::cell::RefCell;
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use postrun::events::{Event, EventKind, EventSink, ItemRef};
use postrun::http::{PreparedBody, PreparedRequest, RequestError, Response};
use postrun::load::{Collection, Item, Listen, RequestItem};
use postrun::report::{
    CliOptions, Redactor, ReporterConfig, ReporterName, Reporters, Terminal, build,
};
use postrun::script::{AssertionOutcome, ConsoleLine, NextRequest, ScriptError};
use postrun::summary::Summary;
use postrun::vars::Scopes;

const SECRET: &str = "tok-SECRET-4711";

/// A writer the test reads back after the reporters are done.
#[derive(Clone, Default)]
struct Buffer(Rc<RefCell<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).unwrap()
    }
}

fn collection() -> Collection {
    let json = serde_json::json!({
        "info": { "name": "Events" },
        "item": [
            { "name": "passes", "request": "http://api.test/get" },
            { "name": "Folder", "item": [
                { "name": "fails", "request": "http://api.test/status/500" }
            ]},
            { "name": "errors", "request": "http://api.test/slow" }
        ]
    });
    postrun::load::parse_collection(&json.to_string(), Path::new("events.json")).unwrap()
}

/// The request items, depth-first.
fn requests(items: &[Item]) -> Vec<&RequestItem> {
    items
        .iter()
        .flat_map(|item| match item {
            Item::Request(request) => vec![request.as_ref()],
            Item::Folder(folder) => requests(&folder.items),
        })
        .collect()
}

fn sent(url: &str) -> PreparedRequest {
    PreparedRequest {
        method: "GET".into(),
        url: format!("{url}?key={SECRET}"),
        scheme_added: false,
        headers: vec![("Authorization".into(), format!("Bearer {SECRET}"))],
        body: PreparedBody::Empty,
        redirects: Default::default(),
        use_cookies: true,
        strict_ssl: None,
        disabled_system_headers: Vec::new(),
        deferred: None,
        credentials: Vec::new(),
        form_content_type_added: false,
        content_type_added: postrun::http::AddedContentType::No,
        own_headers: 1,
        // Listed by the JSON report, never sent: its secret is masked too.
        disabled_headers: vec![(1, "X-Spare".into(), format!("Bearer {SECRET}"))],
        unsent_content_type: None,
        sent_length: None,
        sent_cookies: None,
    }
}

fn response(code: u16, reason: &str) -> Response {
    Response {
        code,
        reason: reason.into(),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: br#"{"ok":true}"#.to_vec(),
        time: Duration::from_millis(12),
        sent_length: None,
        sent_cookies: None,
    }
}

/// Feeds the stream to `sink` and to a summary, as the runner does.
fn feed(sink: &mut dyn EventSink) -> Summary {
    let collection = collection();
    let items = requests(&collection.items);
    let scopes = Scopes::default();
    let (request_ok, request_fail, request_slow) = (
        sent("http://api.test/get"),
        sent("http://api.test/status/500"),
        sent("http://api.test/slow"),
    );
    let (ok, server_error) = (response(200, "OK"), response(500, "Internal Server Error"));
    let console = ConsoleLine {
        level: "log".into(),
        message: format!("the token is {SECRET}"),
    };
    let failed = AssertionOutcome::Failed {
        error_name: "AssertionError".into(),
        message: format!("expected '{SECRET}' to equal 'x'"),
    };
    let next = NextRequest::Named("fails".to_string());
    let script_error = ScriptError {
        item_path: "Folder / fails".into(),
        event: Listen::Test,
        line: Some(3),
        name: "TypeError".into(),
        message: "cannot read property 'id' of undefined".into(),
    };
    let timeout = RequestError::Timeout(Duration::from_millis(500));
    let at = |index: usize, path: &'static str| ItemRef {
        item: items[index],
        path,
        iteration: 0,
    };
    let (first, second, third) = (at(0, "passes"), at(1, "Folder / fails"), at(2, "errors"));
    let sources = [("apiKey".to_string(), "--secret-var".to_string())];
    let kinds = vec![
        EventKind::RunStarted {
            collection: &collection,
            iterations: 1,
            requests: 3,
            dry_run: false,
            sources: &sources,
        },
        EventKind::IterationStarted { iteration: 0 },
        EventKind::ItemStarted(first),
        EventKind::RequestSent {
            at: first,
            request: &request_ok,
        },
        EventKind::ResponseReceived {
            at: first,
            request: &request_ok,
            response: &ok,
        },
        EventKind::ScriptStarted {
            at: first,
            listen: Listen::Test,
        },
        EventKind::Console {
            at: first,
            line: &console,
        },
        EventKind::Assertion {
            at: first,
            name: "status is 200",
            outcome: &AssertionOutcome::Passed,
            index: 0,
        },
        EventKind::Assertion {
            at: first,
            name: "later",
            outcome: &AssertionOutcome::Skipped,
            index: 1,
        },
        EventKind::ScriptFinished {
            at: first,
            listen: Listen::Test,
            error: None,
            next: Some(&next),
        },
        EventKind::ItemFinished(first),
        EventKind::ItemStarted(second),
        EventKind::Warning {
            at: second,
            message: "unresolved variable {{userId}}",
        },
        EventKind::RequestSent {
            at: second,
            request: &request_fail,
        },
        EventKind::ResponseReceived {
            at: second,
            request: &request_fail,
            response: &server_error,
        },
        EventKind::ScriptStarted {
            at: second,
            listen: Listen::Test,
        },
        EventKind::Assertion {
            at: second,
            name: "body has the token",
            outcome: &failed,
            index: 0,
        },
        EventKind::ScriptFinished {
            at: second,
            listen: Listen::Test,
            error: Some(&script_error),
            next: None,
        },
        EventKind::ItemFinished(second),
        EventKind::ItemStarted(third),
        EventKind::RequestSent {
            at: third,
            request: &request_slow,
        },
        EventKind::RequestFailed {
            from_script: false,
            at: third,
            request: &request_slow,
            error: &timeout,
        },
        EventKind::ItemFinished(third),
        EventKind::IterationFinished { iteration: 0 },
        EventKind::RunFinished { scopes: &scopes },
    ];
    let mut summary = Summary::new(false);
    for (i, kind) in kinds.into_iter().enumerate() {
        let event = Event {
            elapsed: Duration::from_millis(10 * i as u64),
            kind,
        };
        summary.record(&event);
        sink.event(&event);
    }
    summary.duration = Duration::from_millis(250);
    summary
}

struct Outputs {
    stdout: String,
    stderr: String,
    dir: tempfile::TempDir,
}

impl Outputs {
    fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name)).unwrap()
    }
}

fn report(names: Vec<ReporterName>) -> Outputs {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = (Buffer::default(), Buffer::default());
    let config = ReporterConfig {
        names,
        terminal: true,
        cli: CliOptions::default(),
        junit_export: Some(dir.path().join("report.xml")),
        json_export: Some(dir.path().join("report.json")),
        html_export: Some(dir.path().join("report.html")),
        ..ReporterConfig::default()
    };
    let terminal = Terminal {
        out: Box::new(out.clone()),
        err: Box::new(err.clone()),
        progress: postrun::report::ProgressDrawTarget::hidden(),
        annotations: Box::new(std::io::sink()),
    };
    let mut reporters: Reporters =
        build(&config, Redactor::new([SECRET.to_string()]), terminal).expect("reporters build");
    let summary = feed(&mut reporters);
    let written = reporters.finish(&summary);
    assert!(written.failed.is_empty(), "{:?}", written.failed);
    drop(reporters);
    Outputs {
        stdout: out.text(),
        stderr: err.text(),
        dir,
    }
}

fn filters() -> Vec<(&'static str, &'static str)> {
    vec![
        (
            r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)",
            "[DATE]",
        ),
        (r#""(started|completed)": \d+"#, r#""$1": [EPOCH]"#),
        (r#"hostname="[^"]*""#, r#"hostname="[HOST]""#),
        (r#""id": "[0-9a-f-]{36}""#, r#""id": "[UUID]""#),
        // Newman's per-run ids and stamps.
        (
            r#""(ref|httpRequestId|_lastExecutionId|execution|scriptId)": "[0-9a-f-]{36}""#,
            r#""$1": "[UUID]""#,
        ),
        (r#""checksum": "[0-9a-f]{32}""#, r#""checksum": "[MD5]""#),
        (r#""timestamp": \d+"#, r#""timestamp": [EPOCH]"#),
    ]
}

#[test]
fn cli_reporter_from_events() {
    let outputs = report(vec![ReporterName::Cli]);
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!("events_cli_stdout", outputs.stdout);
        insta::assert_snapshot!("events_cli_stderr", outputs.stderr);
    });
}

#[test]
fn file_reporters_from_events() {
    let outputs = report(vec![ReporterName::Junit, ReporterName::Json]);
    assert_eq!(
        outputs.stdout, "",
        "no cli reporter, nothing on the terminal"
    );
    insta::with_settings!({ filters => filters() }, {
        insta::assert_snapshot!("events_junit", outputs.file("report.xml"));
        insta::assert_snapshot!("events_json", outputs.file("report.json"));
    });
}

#[test]
fn no_reporter_writes_the_planted_secret() {
    let outputs = report(vec![
        ReporterName::Cli,
        ReporterName::Junit,
        ReporterName::Json,
        ReporterName::Html,
    ]);
    let files = ["report.xml", "report.json", "report.html"].map(|name| outputs.file(name));
    let texts = [&outputs.stdout, &outputs.stderr]
        .into_iter()
        .chain(files.iter());
    for text in texts {
        assert!(!text.is_empty());
        assert!(!text.contains(SECRET), "the secret leaked:\n{text}");
    }
    assert!(
        outputs.stdout.contains("the token is ********"),
        "{}",
        outputs.stdout
    );
}
