//! `-r github`: the job summary added to `$GITHUB_STEP_SUMMARY` (or
//! written to `--reporter-github-export`) and one `::error` workflow
//! command per failure pointing at the request's line, secrets masked in
//! both.

use crate::support::{TestRun, TestServer, fixture};

const PLANTED: &str = "tok-planted-secret-0042";

/// A collection whose failing assertion's message holds the secret-typed
/// `token` of the report environment.
const COLLECTION: &str = r#"{
  "info": {"name": "CI | smoke", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "item": [
    {"name": "Accounts", "item": [
      {"name": "who am I",
       "event": [{"listen": "test", "script": {"exec": [
         "pm.test('status is 200', () => pm.response.to.have.status(200));",
         "pm.test('token echoed', () => pm.expect(pm.environment.get('token')).to.equal('other'));"]}}],
       "request": {"method": "GET", "url": "{{baseUrl}}/get"}}
    ]}
  ]
}"#;

fn with_env(run: TestRun) -> TestRun {
    run.args([
        "-e",
        fixture("report/mixed.postman_environment.json")
            .to_str()
            .unwrap(),
    ])
    .args(["-r", "cli,github", "--color", "off"])
}

#[test]
fn the_job_summary_is_added_and_failures_become_annotations() {
    let server = TestServer::start();
    let run = with_env(TestRun::inline(COLLECTION).against(&server));
    let summary = run.write("step-summary.md", "## an earlier step\n");
    let collection = run.path("inline.postman_collection.json");
    let run = run.env("GITHUB_STEP_SUMMARY", &summary).run();
    assert_eq!(run.code, 1);
    let markdown = run.file("step-summary.md");
    assert!(
        markdown.starts_with("## an earlier step\n### ❌ postrun: CI \\| smoke\n"),
        "{markdown}"
    );
    assert!(markdown.contains("| requests | 1 | 0 |"), "{markdown}");
    assert!(markdown.contains("| assertions | 2 | 1 |"), "{markdown}");
    assert!(
        markdown.contains("| 1 | Accounts / who am I | 1 | token echoed | AssertionError: expected '********' to equal 'other' |"),
        "{markdown}"
    );
    // One command per failure, on stderr, at the request's `name` line.
    let commands: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(commands.len(), 1, "{}", run.stderr);
    let line = COLLECTION
        .lines()
        .position(|l| l.contains("\"who am I\""))
        .unwrap()
        + 1;
    assert_eq!(
        commands[0],
        format!(
            "::error file={collection},line={line},title=Accounts / who am I%3A token echoed::expected '********' to equal 'other'"
        )
    );
    for output in [&markdown, &run.stderr, &run.stdout] {
        assert!(!output.contains(PLANTED), "{output}");
    }
}

#[test]
fn without_a_job_summary_file_the_markdown_goes_to_the_export_path() {
    let server = TestServer::start();
    let run = with_env(TestRun::inline(COLLECTION).against(&server));
    let export = run.path("summary.md");
    let run = run
        .args(["--reporter-github-export", &export])
        .env("GITHUB_STEP_SUMMARY", "")
        .run();
    assert_eq!(run.code, 1);
    let markdown = run.file("summary.md");
    assert!(
        markdown.starts_with("### ❌ postrun: CI \\| smoke\n"),
        "{markdown}"
    );
    assert!(!markdown.contains(PLANTED));
}

/// In a v3 tree each request has its own YAML file: the annotation points
/// at that file, at the request's scripts.
#[test]
fn annotations_point_into_a_v3_trees_request_file() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("c.postman_collection.json");
    std::fs::write(&json, COLLECTION).unwrap();
    let tree = dir.path().join("tree");
    let converted =
        crate::support::postrun(&["convert", json.to_str().unwrap(), tree.to_str().unwrap()]);
    assert_eq!(converted.code, 0, "{}", converted.stderr);
    let run = with_env(TestRun::file(&tree).against(&server))
        .args([
            "--reporter-github-export",
            dir.path().join("s.md").to_str().unwrap(),
        ])
        .run();
    assert_eq!(run.code, 1);
    let file = tree.join("Accounts").join("who am I.request.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    // The scripts' list starts on the line after `scripts:`.
    let line = text
        .lines()
        .position(|l| l.starts_with("scripts:"))
        .unwrap()
        + 2;
    let commands: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("::error "))
        .collect();
    assert_eq!(commands.len(), 1, "{}", run.stderr);
    assert!(
        commands[0].starts_with(&format!(
            "::error file={},line={line},title=",
            file.display()
        )),
        "{}",
        commands[0]
    );
}
