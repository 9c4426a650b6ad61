//! The HTML reports in a real browser: the `htmlextra` dashboard and the
//! simple `html` page of one run (folders, two iterations, bodies, console
//! output, passed, failed and skipped tests, secrets planted three ways)
//! are loaded in headless Chromium, and what it renders is read back:
//! totals, the environment's name, headers and bodies with secrets masked,
//! and the filters (failed only, iteration, folder, theme) as the page's
//! own script applies them.

use std::path::Path;

use scraper::{ElementRef, Html, Selector};

use crate::support::{API_KEY, TestServer, browser_dom, fixture};
use crate::support::{Finished, TestRun};

const COLLECTION: &str = "report/dashboard.postman_collection.json";
/// Holds the secret-typed `token` sent in the order's body.
const ENVIRONMENT: &str = "report/mixed.postman_environment.json";
const PLANTED_TOKEN: &str = "tok-planted-secret-0042";
const PLANTED_EXTRA: &str = "extra-planted-secret-7777";

/// Two iterations of the dashboard fixture with `-r` `reporters` and the
/// options given; the pages go to `dash.html` and `page.html`.
fn run_with(server: &TestServer, reporters: &str, options: &[&str]) -> Finished {
    let run = TestRun::fixture(COLLECTION).against(server);
    let (dash, page) = (run.path("dash.html"), run.path("page.html"));
    let finished = run
        .args(["-e", fixture(ENVIRONMENT).to_str().unwrap()])
        .args(["--env-var", &format!("apiKey={API_KEY}")])
        .args(["--secret-var", &format!("extra={PLANTED_EXTRA}")])
        .args(["-n", "2", "-r", reporters])
        .args(["--reporter-htmlextra-export", &dash])
        .args(["--reporter-html-export", &page])
        .args(options)
        .run();
    assert_eq!(finished.code, 1, "{}", finished.stderr);
    finished
}

/// The page as the browser left it.
fn rendered(run: &Finished, name: &str, fragment: &str) -> Html {
    let file = run.dir.path().join(name);
    let text = std::fs::read_to_string(&file).unwrap();
    for secret in [PLANTED_TOKEN, PLANTED_EXTRA, API_KEY] {
        assert!(!text.contains(secret), "{name} shows {secret}");
    }
    Html::parse_document(&browser_dom(Path::new(&file), fragment))
}

fn select<'h>(html: &'h Html, selector: &str) -> Vec<ElementRef<'h>> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    let words: Vec<&str> = element.text().flat_map(str::split_whitespace).collect();
    words.join(" ")
}

fn visible<'h>(html: &'h Html, selector: &str) -> Vec<ElementRef<'h>> {
    select(html, selector)
        .into_iter()
        .filter(|e| e.attr("hidden").is_none())
        .collect()
}

/// The summary row `label`'s value.
fn summary_value(html: &Html, label: &str) -> String {
    let row = select(html, "table.run tr")
        .into_iter()
        .find(|row| select_in(row, "th").first().map(text).as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no summary row {label}"));
    text(&select_in(&row, "td")[0])
}

fn select_in<'h>(element: &ElementRef<'h>, selector: &str) -> Vec<ElementRef<'h>> {
    let selector = Selector::parse(selector).unwrap();
    element.select(&selector).collect()
}

fn card(html: &Html, label: &str) -> String {
    let card = select(html, ".card")
        .into_iter()
        .find(|c| select_in(c, ".label").first().map(text).as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no card {label}"));
    text(&select_in(&card, ".n")[0])
}

#[test]
fn the_dashboard_renders_the_summary_with_skipped_tests_and_the_environment() {
    let server = TestServer::start();
    let options = [
        "--reporter-htmlextra-title",
        "Nightly run",
        "--reporter-htmlextra-browserTitle",
        "Nightly",
        "--reporter-htmlextra-showEnvironmentData",
    ];
    let run = run_with(&server, "htmlextra", &options);
    let html = rendered(&run, "dash.html", "");
    assert_eq!(text(&select(&html, "header .title")[0]), "Nightly run");
    assert_eq!(text(&select(&html, "title")[0]), "Nightly");
    assert_eq!(visible(&html, "section[data-tab]").len(), 1);
    assert_eq!(
        visible(&html, "section[data-tab]")[0].attr("id"),
        Some("summary")
    );
    assert_eq!(summary_value(&html, "Environment"), "Report environment");
    assert_eq!(summary_value(&html, "Collection"), "Dashboard fixture");
    assert_eq!(card(&html, "Iterations"), "2");
    assert_eq!(card(&html, "Requests"), "6");
    assert_eq!(card(&html, "Assertions"), "10");
    assert_eq!(card(&html, "Skipped Tests"), "2");
    assert_eq!(card(&html, "Total Failures"), "2");
    // The environment as the run left it, secrets masked.
    let values: Vec<String> = select(&html, "#summary table:not(.run) tr")
        .iter()
        .map(text)
        .collect();
    assert!(values.contains(&"plain visible".to_string()), "{values:?}");
    assert!(values.contains(&"token ********".to_string()), "{values:?}");
    let tabs: Vec<String> = select(&html, "[data-tab-button]")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        tabs,
        [
            "Summary",
            "Requests",
            "Failed Tests (2)",
            "Skipped Tests (2)"
        ]
    );
    let skipped: Vec<String> = select(&html, "#skipped td.skip").iter().map(text).collect();
    assert_eq!(skipped, ["refunds are not written yet"; 2]);
}

#[test]
fn the_dashboard_shows_headers_bodies_and_console_with_secrets_masked() {
    let server = TestServer::start();
    let run = run_with(&server, "htmlextra", &["--reporter-htmlextra-logs"]);
    let html = rendered(&run, "dash.html", "tab=requests");
    let requests = visible(&html, "details.request");
    assert_eq!(requests.len(), 6, "every request of both iterations");
    let order = requests
        .iter()
        .find(|r| text(r).contains("create order"))
        .unwrap();
    let sent = text(&select_in(order, "pre.request-body-text")[0]);
    assert!(sent.contains(r#""item": "book""#), "{sent}");
    assert!(sent.contains(r#""token": "********""#), "{sent}");
    let echoed = text(&select_in(order, "pre.response-body-text")[0]);
    assert!(echoed.contains(r#""item": "book""#), "{echoed}");
    let console = text(&select_in(order, "pre.console")[0]);
    assert_eq!(console, "[warn] order for iteration 1");
    let who = requests
        .iter()
        .find(|r| text(r).contains("who am I"))
        .unwrap();
    let headers: Vec<String> = select_in(who, "table.headers tr")
        .iter()
        .map(text)
        .collect();
    assert!(
        headers.contains(&"X-Api-Key ********".to_string()),
        "{headers:?}"
    );
    assert!(
        headers
            .iter()
            .any(|h| h.starts_with("content-type application/json"))
    );
    let tests: Vec<String> = select_in(order, "table.tests tbody tr")
        .iter()
        .map(text)
        .collect();
    // Legacy `tests[…]` results are reported when the script ends, as in Newman.
    assert_eq!(
        tests,
        [
            "quantity is a number Pass",
            "refunds are not written yet Skipped",
            "echoes the item Pass",
        ]
    );
}

#[test]
fn the_dashboard_filters_by_failure_iteration_and_folder_and_switches_theme() {
    let server = TestServer::start();
    let run = run_with(&server, "htmlextra", &["--reporter-htmlextra-darkTheme"]);
    let page = |fragment: &str| rendered(&run, "dash.html", fragment);
    let names = |html: &Html| -> Vec<String> {
        visible(html, "details.request")
            .iter()
            .map(|r| {
                format!(
                    "{} #{}",
                    text(&select_in(r, ".name")[0]),
                    r.attr("data-iteration").unwrap()
                )
            })
            .collect()
    };

    let failed = page("tab=requests&failed");
    assert_eq!(names(&failed), ["missing page #1", "missing page #2"]);
    assert_eq!(
        text(&select(&failed, "#shown-count")[0]),
        "2 of 6 requests shown"
    );
    let second = page("tab=requests&iteration=2&folder=Accounts");
    assert_eq!(
        names(&second),
        [
            "Accounts / who am I #2",
            "Accounts / Orders / create order #2"
        ]
    );
    let headings: Vec<String> = visible(&second, "h2.iteration").iter().map(text).collect();
    assert_eq!(headings, ["Iteration 2"]);

    let root = |html: &Html| {
        select(html, "html")[0]
            .attr("data-theme")
            .map(str::to_string)
    };
    assert_eq!(
        root(&failed).as_deref(),
        Some("dark"),
        "-darkTheme opens dark"
    );
    assert_eq!(root(&page("theme=light")).as_deref(), Some("light"));
}

#[test]
fn dashboard_options_leave_out_what_they_name() {
    let server = TestServer::start();
    let options = [
        "--reporter-htmlextra-showOnlyFails",
        "--reporter-htmlextra-omitResponseBodies",
        "--reporter-htmlextra-skipHeaders",
        "content-type,date",
    ];
    let run = run_with(&server, "htmlextra", &options);
    let html = rendered(&run, "dash.html", "tab=requests");
    let requests = select(&html, "details.request");
    assert_eq!(requests.len(), 2, "only the failed requests are written");
    assert!(select(&html, "pre.response-body-text").is_empty());
    let headers: Vec<String> = select(&html, "table.headers td:first-child")
        .iter()
        .map(text)
        .collect();
    assert!(!headers.is_empty());
    assert!(
        !headers
            .iter()
            .any(|h| h.eq_ignore_ascii_case("content-type") || h == "date"),
        "{headers:?}"
    );
}

#[test]
fn the_simple_html_page_renders_every_request() {
    let server = TestServer::start();
    let run = run_with(&server, "html,htmlextra", &[]);
    let html = rendered(&run, "page.html", "");
    assert_eq!(text(&select(&html, "h1")[0]), "Dashboard fixture");
    let rows: Vec<String> = select(&html, "tbody summary").iter().map(text).collect();
    assert_eq!(rows.len(), 6, "{rows:?}");
    assert!(
        rows[0].starts_with("missing page"),
        "failures first: {rows:?}"
    );
    let failures: Vec<String> = select(&html, ".failure").iter().map(text).collect();
    assert_eq!(failures.len(), 2);
    assert!(failures[0].contains("expected response to have status code 200 but got 404"));
    // Both pages were written by the one run.
    assert!(run.dir.path().join("dash.html").exists());
}

#[test]
fn the_dashboard_goes_where_htmlextra_puts_it() {
    let server = TestServer::start();
    let run = TestRun::fixture(COLLECTION)
        .in_own_folder()
        .against(&server)
        .args(["-r", "htmlextra", "--silent"]);
    let folder = run.path("reports");
    std::fs::create_dir(&folder).unwrap();
    let run = run.run();
    assert_eq!(run.code, 1);
    let inside = TestRun::fixture(COLLECTION)
        .against(&server)
        .args(["-r", "htmlextra", "--silent"])
        .args(["--reporter-htmlextra-export", &folder])
        .run();
    assert_eq!(inside.code, 1);
    // `<collection name>-<time>-0.html`, in newman/ or the directory given.
    let named = regex::Regex::new(r"^Dashboard fixture-\d{4}(-\d{2}){5}-\d{3}-0\.html$").unwrap();
    for dir in [run.dir.path().join("newman"), folder.into()] {
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.len() == 1 && named.is_match(&names[0]), "{names:?}");
    }
}

/// The visible text of a page, with what differs from run to run (times,
/// sizes, the date and the exporting tool's version) blotted out.
fn visible_text(page: &str) -> String {
    let html = Html::parse_document(page);
    let body = select(&html, "body")[0];
    let text = text(&body);
    let blots = [
        (r"\b\d+(\.\d+)?(ms|s)\b", "[TIME]"),
        (r"\b\d+(\.\d+)?(B|KB|MB)\b", "[SIZE]"),
        (
            r"Time .*? Exported with Newman v\S+",
            "Time [DATE] Exported with",
        ),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        // A request error is worded by each tool's HTTP stack (as in the
        // parity suite): Node's `Error: connect ECONNREFUSED …`, postrun's
        // `RequestError: could not connect to …`.
        (
            r"\b(Request)?Error: [^:]*?(connect|ECONNREFUSED).*? Location request",
            "[REQUEST ERROR] Location request",
        ),
        // Newman prints the secret-typed token; postrun masks it.
        (PLANTED_TOKEN, "********"),
    ];
    blots.iter().fold(text, |text, (pattern, blot)| {
        regex::Regex::new(pattern)
            .unwrap()
            .replace_all(&text, *blot)
            .into_owned()
    })
}

/// newman-reporter-html's own template, rendered by Newman (with that
/// reporter) and by postrun (`--reporter-html-template`) for the same runs
/// of two collections: the pages read the same, word for word, but for
/// times, sizes and the date. Request errors and script errors included
/// (the report fixture has both).
#[test]
fn a_template_written_for_newman_renders_as_newman_renders_it() {
    let newman = crate::parity::newman();
    let template = newman
        .ancestors()
        .nth(3)
        .unwrap()
        .join("newman-reporter-html/lib/template-default.hbs");
    assert!(template.exists(), "{}", template.display());
    let server = TestServer::start();
    let cases = [
        (COLLECTION, &["-n", "2"][..]),
        ("report/mixed.postman_collection.json", &[][..]),
    ];
    for (collection, extra) in cases {
        let dir = tempfile::tempdir().unwrap();
        let [theirs, ours] = ["newman.html", "postrun.html"].map(|n| dir.path().join(n));
        let args = |report: &Path| -> Vec<String> {
            let mut args: Vec<String> = vec![
                "run".into(),
                fixture(collection).to_string_lossy().into(),
                "-e".into(),
                fixture(ENVIRONMENT).to_string_lossy().into(),
                "--env-var".into(),
                format!("baseUrl={}", server.url()),
                "--env-var".into(),
                format!("apiKey={API_KEY}"),
                "-r".into(),
                "html".into(),
                "--reporter-html-template".into(),
                template.to_string_lossy().into(),
                "--reporter-html-export".into(),
                report.to_string_lossy().into(),
            ];
            args.extend(extra.iter().map(|a| a.to_string()));
            args
        };
        let status = std::process::Command::new("node")
            .arg(&newman)
            .args(args(&theirs))
            .env("HTTP_PROXY", crate::parity::DEAD_PROXY)
            .env("HTTPS_PROXY", crate::parity::DEAD_PROXY)
            .env("NO_PROXY", "127.0.0.1")
            .output()
            .expect("node runs Newman");
        assert_eq!(status.status.code(), Some(1), "{status:?}");
        let ours_run = crate::support::postrun_cmd()
            .args(args(&ours))
            .output()
            .unwrap();
        assert_eq!(ours_run.status.code(), Some(1), "{ours_run:?}");
        let read = |path: &Path| std::fs::read_to_string(path).unwrap();
        let (theirs, ours) = (visible_text(&read(&theirs)), visible_text(&read(&ours)));
        assert!(ours.contains("Tests Name Pass count Fail count"), "{ours}");
        assert_eq!(ours, theirs, "{collection}");
        assert!(!read(&dir.path().join("postrun.html")).contains(PLANTED_TOKEN));
    }
}
