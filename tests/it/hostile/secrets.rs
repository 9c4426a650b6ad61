//! The secret-leak scanner: plant secrets, then search stdout, stderr and
//! every report for each secret in every encoding it can take on the way
//! out.

use base64::Engine as _;

use crate::support::{Finished, TestRun, TestServer};

/// A secret with every character that URL and JSON encoding change.
const TRICKY: &str = "s3&c=r/e+t 7\"q\\";

/// The forms a secret can take in output.
fn forms(secret: &str) -> Vec<String> {
    let uri_component: String = secret
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' => {
                (b as char).to_string()
            }
            b'\'' | b'(' | b')' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    let form: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
    let json = serde_json::to_string(secret).unwrap();
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("user:{secret}"));
    let query: String = secret
        .bytes()
        .map(|b| match b {
            b' ' | b'"' | b'#' | b'<' | b'>' | b'\'' => format!("%{b:02X}"),
            _ => (b as char).to_string(),
        })
        .collect();
    vec![
        secret.to_string(),
        uri_component,
        form,
        query,
        json[1..json.len() - 1].to_string(),
        basic,
    ]
}

/// Every output of a finished run: stdout, stderr and the named files.
fn outputs(run: &Finished, files: &[&str]) -> Vec<(String, String)> {
    let mut all = vec![
        ("stdout".to_string(), run.stdout.clone()),
        ("stderr".to_string(), run.stderr.clone()),
    ];
    all.extend(files.iter().map(|f| (f.to_string(), run.file(f))));
    all
}

fn assert_nowhere(outputs: &[(String, String)], secret: &str) {
    for form in forms(secret) {
        for (name, text) in outputs {
            assert!(
                !text.contains(&form),
                "`{form}` (a form of the secret) is in {name}:\n{text}"
            );
        }
    }
}

/// All reporters and the verbose terminal, into the run's folder.
fn everything(run: TestRun) -> TestRun {
    run.every_report().arg("--verbose")
}

#[test]
fn a_secret_in_the_url_a_basic_credential_and_echoed_bodies_is_masked_in_every_form() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "leak" },
        "item": [
            { "name": "query", "request": { "method": "GET",
                "url": "{{baseUrl}}/get?q={{token}}&plain=1",
                "auth": { "type": "basic", "basic": [
                    { "key": "username", "value": "user" }, { "key": "password", "value": "{{token}}" } ] } } },
            { "name": "echo headers", "request": { "method": "GET", "url": "{{baseUrl}}/headers",
                "header": [{ "key": "X-Echo", "value": "{{token}}" }],
                "auth": { "type": "basic", "basic": [
                    { "key": "username", "value": "user" }, { "key": "password", "value": "{{token}}" } ] } } }
        ]
    });
    let run = everything(TestRun::inline(&collection.to_string()).against(&server))
        .args(["--secret-var", &format!("token={TRICKY}")])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    // The secret really went out, in each of its forms.
    let sent = server.requests();
    assert!(
        sent[0].query.contains("q=s3&c=r/e+t%207%22q"),
        "{}",
        sent[0].query
    );
    assert_eq!(sent[1].header("x-echo"), Some(TRICKY));
    assert_nowhere(&outputs(&run, &["r.xml", "r.json", "r.html"]), TRICKY);
}

#[test]
fn a_secret_a_script_sets_is_masked_in_its_own_console_output() {
    let server = TestServer::start();
    let secret = "set-by-the-script-9f8e7d";
    let collection = serde_json::json!({
        "info": { "name": "console" },
        "item": [{ "name": "r",
            "event": [{ "listen": "prerequest", "script": { "exec": [
                format!("pm.environment.set('token', '{secret}');"),
                "console.log('the token:', pm.environment.get('token'));"
            ] } }],
            "request": "{{baseUrl}}/get" }]
    });
    let run = TestRun::inline(&collection.to_string()).against(&server);
    let environment = run.write(
        "env.json",
        r#"{"name": "e", "values": [{"key": "token", "value": "", "type": "secret"}]}"#,
    );
    let run = everything(run.args(["-e", &environment])).run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("the token: ********"), "{}", run.stdout);
    assert_nowhere(&outputs(&run, &["r.xml", "r.json", "r.html"]), secret);
}

#[test]
fn a_failed_fetch_names_the_url_without_its_credentials() {
    // Port 1 on loopback refuses: nothing leaves the machine.
    let run =
        TestRun::file("http://someone:hunter2pass@127.0.0.1:1/c.json?apikey=KEY-abc123&v=2").run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("127.0.0.1:1/c.json"), "{}", run.stderr);
    for secret in ["hunter2pass", "KEY-abc123"] {
        assert!(!run.stderr.contains(secret), "{}", run.stderr);
    }
}

#[test]
fn short_secrets_are_masked_without_breaking_any_report() {
    let server = TestServer::start();
    for secret in ["1", "true", "test", "name"] {
        let run =
            everything(TestRun::fixture("report/mixed.postman_collection.json").against(&server))
                .args([
                    "-e",
                    crate::support::fixture("report/mixed.postman_environment.json")
                        .to_str()
                        .unwrap(),
                ])
                .args(["--secret-var", &format!("short={secret}")])
                .run();
        assert!(run.code <= 1, "{run:?}");
        let xml = run.file("r.xml");
        oxml::parse(&xml).unwrap_or_else(|e| panic!("{secret}: JUnit is not XML: {e:?}\n{xml}"));
        let json: serde_json::Value = serde_json::from_str(&run.file("r.json"))
            .unwrap_or_else(|e| panic!("{secret}: the JSON report is not JSON: {e}"));
        assert!(json["run"]["stats"]["requests"]["total"].as_u64() > Some(0));
        assert!(
            run.file("r.html").starts_with("<!DOCTYPE html>"),
            "{secret}"
        );
    }
}

/// A one-letter Basic password is masked where it stands alone (the
/// credential, a query value), not inside every word of the reports.
#[test]
fn a_short_secret_leaves_the_words_that_contain_it() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "short" },
        "item": [{ "name": "post it",
            "event": [{ "listen": "test", "script": { "exec": [
                "pm.test('the post passed', function () { pm.response.to.have.status(200); });",
                "console.log('sent', pm.response.json().args.k);"
            ] } }],
            "request": { "method": "POST", "url": "{{baseUrl}}/post?k={{pin}}",
                "auth": { "type": "basic", "basic": [
                    { "key": "username", "value": "u" }, { "key": "password", "value": "{{pin}}" } ] } } }]
    });
    let run = everything(TestRun::inline(&collection.to_string()).against(&server))
        .args(["--secret-var", "pin=p"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.requests()[0].query, "k=p");
    let json = run.file("r.json");
    assert!(json.contains("the post passed"), "{json}");
    assert!(json.contains("k=********"), "{json}");
    assert!(!json.contains("k=p"), "{json}");
    assert!(run.stdout.contains("sent ********"), "{}", run.stdout);
    assert!(run.stdout.contains("post it"), "{}", run.stdout);
}

#[test]
fn exports_hold_no_secret_unless_asked() {
    let server = TestServer::start();
    let secret = "exported-secret-5511";
    let run = TestRun::fixture("report/mixed.postman_collection.json").against(&server);
    let env = run.path("env.json");
    let run = run
        .args(["--secret-var", &format!("planted={secret}")])
        .args(["--export-environment", &env, "--silent"])
        .run();
    assert!(!run.file("env.json").contains(secret));
    assert!(run.file("env.json").contains("\"planted\""));
}
