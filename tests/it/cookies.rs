//! The cookie jar across runs: `--export-cookie-jar` writes tough-cookie
//! JSON (secrets blanked), `--cookie-jar` starts a run from it. What
//! scripts do with `pm.cookies.jar()` is compared with Newman by the
//! parity fixture `cookie-jar`.

use crate::support::{TestRun, TestServer};

const SET_THEN_READ: &str = r#"{"info": {"name": "jar"}, "item": [
    {"name": "set", "request": {"url": "{{baseUrl}}/cookies/set?theme=dark&sid={{token}}"}}]}"#;

const READ: &str = r#"{"info": {"name": "read"}, "item": [
    {"name": "read", "event": [{"listen": "test", "script": {"exec": [
        "pm.test('jar restored', function () { pm.expect(pm.response.json().cookies.theme).to.equal('dark'); });"]}}],
     "request": {"url": "{{baseUrl}}/cookies"}}]}"#;

#[test]
fn an_exported_jar_starts_the_next_run_and_keeps_secrets_out() {
    let server = TestServer::start();
    let run = TestRun::inline(SET_THEN_READ).against(&server);
    let exported = run.path("jar.json");
    let first = run
        .args(["--secret-var", "token=s3cr3t-session-value"])
        .args(["--export-cookie-jar", &exported])
        .run();
    assert_eq!(first.code, 0, "{}", first.stdout);
    let text = std::fs::read_to_string(&exported).unwrap();
    let jar: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cookies = jar["cookies"].as_array().unwrap();
    let value_of = |name: &str| {
        cookies
            .iter()
            .find(|c| c["key"] == name)
            .map(|c| c["value"].clone())
    };
    assert_eq!(value_of("theme"), Some("dark".into()));
    assert_eq!(value_of("sid"), Some("".into()), "the secret is blanked");
    assert!(!text.contains("s3cr3t-session-value"));
    assert_eq!(jar["storeType"], "MemoryCookieStore");

    let second = TestRun::inline(READ)
        .against(&server)
        .args(["--cookie-jar", &exported])
        .run();
    assert_eq!(second.code, 0, "{}", second.stdout);
    let last = server.requests().last().unwrap().clone();
    assert_eq!(last.header("cookie"), Some("theme=dark; sid="));
}

#[test]
fn export_secrets_keeps_a_secret_cookie() {
    let server = TestServer::start();
    let run = TestRun::inline(SET_THEN_READ).against(&server);
    let exported = run.path("jar.json");
    // The run's folder, which holds the export, lives as long as `_finished`.
    let _finished = run
        .args(["--secret-var", "token=s3cr3t-session-value"])
        .args(["--export-cookie-jar", &exported, "--export-secrets"])
        .run();
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(text.contains("s3cr3t-session-value"), "{text}");
}

#[test]
fn a_bad_cookie_jar_file_stops_the_run_naming_it() {
    let run = TestRun::inline(READ).base_url("http://127.0.0.1:1");
    let jar = run.write("jar.json", r#"{"cookies": "none"}"#);
    let finished = run.args(["--cookie-jar", &jar]).run();
    assert_eq!(finished.code, 2, "{}", finished.stderr);
    assert!(
        finished.stderr.contains("--cookie-jar")
            && finished.stderr.contains("jar.json")
            && finished.stderr.contains("not a tough-cookie jar"),
        "{}",
        finished.stderr
    );
}
