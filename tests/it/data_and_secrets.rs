//! Iteration data files, and secrets that come from the process
//! environment and the vault instead of from files.

use std::collections::BTreeMap;

use crate::support::{TestRun, TestServer, fixture};

const ECHO: &str = "data/echo.postman_collection.json";

fn queries(server: &TestServer) -> Vec<BTreeMap<String, String>> {
    server
        .requests()
        .iter()
        .map(|r| {
            url::form_urlencoded::parse(r.query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect()
        })
        .collect()
}

/// Runs a fixture with `baseUrl` at `server` (which some cases never reach:
/// they assert on the requests themselves).
fn run(
    server: &TestServer,
    collection: &str,
    args: &[&str],
    env: &[(&str, &str)],
) -> crate::support::Outcome {
    let mut run = TestRun::fixture(collection)
        .base_url(&server.url())
        .args(args);
    for (key, value) in env {
        run = run.env(key, value);
    }
    run.run().outcome
}

#[test]
fn csv_rows_with_quotes_commas_newlines_bom_and_crlf() {
    let server = TestServer::start();
    let data = fixture("data/edge.csv");
    let outcome = run(&server, ECHO, &["-d", data.to_str().unwrap()], &[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let names: Vec<String> = queries(&server).iter().map(|q| q["name"].clone()).collect();
    assert_eq!(
        names,
        ["alpha", "beta \"quoted\"", "gamma"],
        "one iteration per row; the BOM is not part of `name`"
    );
    assert!(
        outcome
            .stdout
            .contains(r#"{"name":"alpha","note":"has, comma","n":1}"#),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains(r#""note":"two\r\nlines""#),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains(r#"{"name":"gamma","note":"","n":3.5}"#),
        "numbers become numbers: {}",
        outcome.stdout
    );
}

#[test]
fn json_rows_keep_their_types() {
    let server = TestServer::start();
    let data = fixture("data/rows.json");
    let outcome = run(&server, ECHO, &["-d", data.to_str().unwrap()], &[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome
            .stdout
            .contains(r#"{"name":"alpha","n":1,"flag":true}"#),
        "{}",
        outcome.stdout
    );
    assert_eq!(
        queries(&server)
            .iter()
            .map(|q| q["n"].clone())
            .collect::<Vec<_>>(),
        ["1", "2"]
    );
}

#[test]
fn iteration_count_with_data_reuses_the_last_row() {
    let server = TestServer::start();
    let data = fixture("data/rows.json");
    let outcome = run(
        &server,
        ECHO,
        &["-d", data.to_str().unwrap(), "-n", "3"],
        &[],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let names: Vec<String> = queries(&server).iter().map(|q| q["name"].clone()).collect();
    assert_eq!(names, ["alpha", "beta", "beta"]);
}

#[test]
fn data_beats_environment_and_local_beats_data() {
    let server = TestServer::start();
    let data = fixture("data/rows.json");
    let outcome = run(
        &server,
        ECHO,
        &[
            "-d",
            data.to_str().unwrap(),
            "--env-var",
            "name=from-env",
            "--env-var",
            "who=env",
        ],
        &[],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let first = &queries(&server)[0];
    assert_eq!(first["name"], "alpha", "data beats environment");
    assert_eq!(
        first["who"], "env",
        "environment still fills what the data lacks"
    );

    let server = TestServer::start();
    let finished = TestRun::inline(r#"{"info": {"name": "l"}, "item": [{"name": "r",
        "event": [{"listen": "prerequest", "script": {"exec": ["pm.variables.set('name', 'local')"]}}],
        "request": "{{baseUrl}}/get?name={{name}}"}]}"#)
    .against(&server)
    .args(["-d", data.to_str().unwrap()])
    .run();
    assert_eq!(finished.code, 0);
    assert_eq!(queries(&server)[0]["name"], "local", "local beats data");
}

#[test]
fn bad_data_files_name_the_file_and_row() {
    let server = TestServer::start();
    let bad = fixture("data/bad.csv");
    let outcome = run(&server, ECHO, &["-d", bad.to_str().unwrap()], &[]);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("bad.csv:3: `x` after the closing quote of a field"),
        "{}",
        outcome.stderr
    );
    let bad = fixture("data/bad.json");
    let outcome = run(&server, ECHO, &["-d", bad.to_str().unwrap()], &[]);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("bad.json:0: entry 2 is not an object of column values"),
        "{}",
        outcome.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn env_var_without_a_value_reads_the_process_environment() {
    let server = TestServer::start();
    let data = fixture("data/rows.json");
    let outcome = run(
        &server,
        ECHO,
        &["--env-var", "who", "-d", data.to_str().unwrap(), "-n", "1"],
        &[("who", "from-process")],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(queries(&server)[0]["who"], "from-process");
    let missing = run(
        &server,
        ECHO,
        &["--env-var", "POSTRUN_TEST_SURELY_UNSET"],
        &[],
    );
    assert_eq!(missing.code, 2);
    assert!(
        missing
            .stderr
            .contains("the process environment has no variable `POSTRUN_TEST_SURELY_UNSET`"),
        "{}",
        missing.stderr
    );
    // `--global-var KEY` alike (Newman would set an undefined global).
    let global = run(
        &server,
        ECHO,
        &[
            "--global-var",
            "who",
            "-d",
            data.to_str().unwrap(),
            "-n",
            "1",
        ],
        &[("who", "from-process-global")],
    );
    assert_eq!(global.code, 0, "{global:?}");
    assert_eq!(queries(&server)[1]["who"], "from-process-global");
}

#[test]
fn secret_env_reads_the_process_and_masks_the_value_everywhere() {
    let server = TestServer::start();
    let secret = "PMAK-secret-from-ci-000111222";
    let data = fixture("data/rows.json");
    let args = [
        "--secret-env",
        "who=CI_SECRET",
        "--verbose",
        "-d",
        data.to_str().unwrap(),
        "-n",
        "1",
    ];
    let outcome = run(&server, ECHO, &args, &[("CI_SECRET", secret)]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(queries(&server)[0]["who"], secret, "the real value is sent");
    assert!(
        !outcome.stdout.contains(secret) && !outcome.stderr.contains(secret),
        "{outcome:?}"
    );
    assert!(
        outcome.stdout.contains("who=********"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stderr
            .contains("who from process environment CI_SECRET"),
        "{}",
        outcome.stderr
    );
    let missing = run(
        &server,
        ECHO,
        &["--secret-env", "who=CI_SECRET_MISSING"],
        &[],
    );
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("no variable `CI_SECRET_MISSING`"),
        "{}",
        missing.stderr
    );
}

/// A collection sending `{{vault:postman-api-key}}` in a header.
fn vault_run() -> TestRun {
    TestRun::inline(
        r#"{"info": {"name": "v"}, "item": [{"name": "r",
        "request": {"url": "{{baseUrl}}/get", "header": [{"key": "X-Api-Key", "value": "{{vault:postman-api-key}}"}]}}]}"#,
    )
}

#[test]
fn vault_values_come_from_the_file_then_the_environment() {
    for from_file in [true, false] {
        let server = TestServer::start();
        let run = vault_run().against(&server);
        let (run, expected) = match from_file {
            true => {
                let vault = run.write(
                    "vault.json",
                    r#"{"postman-api-key": "PMAK-from-vault-file"}"#,
                );
                (run.args(["--vault-file", &vault]), "PMAK-from-vault-file")
            }
            false => (
                run.env("POSTRUN_VAULT_POSTMAN_API_KEY", "PMAK-from-env"),
                "PMAK-from-env",
            ),
        };
        let finished = run.run();
        assert_eq!(finished.code, 0, "{}", finished.stdout);
        assert_eq!(server.requests()[0].header("x-api-key"), Some(expected));
        assert!(
            !finished.stdout.contains(expected),
            "vault values are secret"
        );
    }
}

#[test]
fn an_unresolved_vault_reference_is_an_error_and_nothing_is_sent() {
    let server = TestServer::start();
    let finished = vault_run().base_url(&server.url()).run();
    let stderr = &finished.stderr;
    assert_eq!(finished.code, 2);
    assert!(
        stderr.contains("`{{vault:postman-api-key}}` has no value"),
        "{stderr}"
    );
    assert!(stderr.contains("POSTRUN_VAULT_POSTMAN_API_KEY"), "{stderr}");
    assert!(server.requests().is_empty());
}

#[test]
fn seed_makes_dynamic_variables_repeatable_and_replace_in_resolves_them() {
    let collection = r#"{"info": {"name": "d"}, "item": [{"name": "r",
        "event": [{"listen": "prerequest", "script": {"exec": ["pm.variables.set('email', pm.variables.replaceIn('{{$randomEmail}}'))"]}}],
        "request": "{{baseUrl}}/get?e={{email}}&u={{$randomUserName}}&g={{$guid}}"}]}"#;
    let mut seen = Vec::new();
    for seed in ["42", "42", "43"] {
        let server = TestServer::start();
        let finished = TestRun::inline(collection)
            .against(&server)
            .args(["--seed", seed])
            .run();
        assert_eq!(finished.code, 0);
        let query = queries(&server).remove(0);
        assert!(query["e"].contains('@'), "{query:?}");
        seen.push(query);
    }
    assert_eq!(seen[0], seen[1], "the same seed gives the same values");
    assert_ne!(seen[0], seen[2]);
}

/// Secrets from the process, `--secret-var` and the vault, in every reporter.
#[test]
fn secrets_from_every_source_are_masked_in_every_report() {
    let secrets = [
        "process-secret-AAA111",
        "flag-secret-BBB222",
        "vault-secret-CCC333",
    ];
    let server = TestServer::start();
    let run = TestRun::inline(r#"{"info": {"name": "s"}, "item": [{"name": "r",
        "event": [{"listen": "test", "script": {"exec": ["console.log(pm.environment.get('fromEnv'), pm.environment.get('fromVar'));", "pm.test('fails with the values', () => pm.expect(pm.response.json().args).to.eql({}));"]}}],
        "request": {"url": "{{baseUrl}}/get?a={{fromEnv}}&b={{fromVar}}&c={{vault:fromVault}}",
                    "header": [{"key": "X-Plain", "value": "{{fromEnv}}"}]}}]}"#)
    .against(&server);
    let finished = run
        .every_report()
        .args(["--secret-env", "fromEnv=SOURCE_SECRET", "--verbose"])
        .args(["--secret-var", &format!("fromVar={}", secrets[1])])
        .env("SOURCE_SECRET", secrets[0])
        .env("POSTRUN_VAULT_FROMVAULT", secrets[2])
        .run();
    assert_eq!(finished.code, 1);
    let query = &server.requests()[0].query;
    assert!(
        secrets.iter().all(|s| query.contains(s)),
        "all three were sent: {query}"
    );
    let mut outputs = vec![finished.stdout.clone(), finished.stderr.clone()];
    for file in ["r.xml", "r.json", "r.html"] {
        outputs.push(finished.file(file));
    }
    for (i, text) in outputs.iter().enumerate() {
        for secret in secrets {
            assert!(
                !text.contains(secret),
                "{secret} leaked into output {i}:\n{text}"
            );
        }
    }
}

#[test]
fn the_fake_postman_api_lists_collections_and_environments() {
    let server = TestServer::start();
    let client = |path: &str| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let response = reqwest::Client::new()
                .get(format!("{}{path}", server.url()))
                .header("x-api-key", crate::support::API_KEY)
                .send()
                .await
                .unwrap();
            response.json::<serde_json::Value>().await.unwrap()
        })
    };
    assert_eq!(client("/collections")["collections"][0]["uid"], "smoke");
    assert_eq!(client("/environments")["environments"][0]["uid"], "smoke");
}

#[test]
fn a_malformed_secret_var_is_not_echoed() {
    let secret = "s3cret-value-typed-without-a-key";
    let finished = TestRun::fixture(ECHO)
        .args(["--secret-var", &format!("={secret}")])
        .run();
    let stderr = &finished.stderr;
    assert_eq!(finished.code, 2);
    assert!(stderr.contains("the argument is not shown"), "{stderr}");
    assert!(!stderr.contains(secret), "{stderr}");
}

/// A secret-typed variable that is empty when a request uses it (a shared
/// environment has its secrets emptied) is named, with how to set it, in
/// a dry run and a real one; once given, the warning is gone.
#[test]
fn an_empty_secret_says_so_and_how_to_set_it() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "s" },
        "item": [{ "name": "me", "request": { "url": "{{baseUrl}}/me", "header": [{ "key": "X-Api-Key", "value": "{{apiKey}}" }] } }]
    })
    .to_string();
    let env = serde_json::json!({ "name": "shared", "values": [{ "key": "apiKey", "value": "", "type": "secret", "enabled": true }] });
    let warning =
        "secret variable {{apiKey}} is empty: give it a value with --secret-env apiKey=ENV_NAME";
    for extra in [&["--dry-run"][..], &[][..]] {
        let run = TestRun::inline(&collection).against(&server);
        let env_file = run.write("env.json", &env.to_string());
        let run = run.args(["-e", &env_file]).args(extra).run();
        assert!(run.stderr.contains(warning), "{extra:?}: {}", run.stderr);
    }
    let run = TestRun::inline(&collection).against(&server);
    let env_file = run.write("env.json", &env.to_string());
    let given = run
        .args(["-e", &env_file, "--secret-env", "apiKey=POSTRUN_TEST_KEY"])
        .env("POSTRUN_TEST_KEY", "k-123")
        .run();
    assert!(!given.stderr.contains("is empty"), "{}", given.stderr);
    assert!(!given.stdout.contains("k-123") && !given.stderr.contains("k-123"));
}

/// A secret with the characters this session's encodings touch (`&`, `#`,
/// `!`, a space) sent as an API key in the query of a request whose
/// redirect limit is passed (its error names the URL) and in a form body
/// (RFC 3986: `!` as `%21`): no output holds it in any spelling.
#[test]
fn a_secret_in_a_query_key_and_a_form_is_masked_in_every_spelling() {
    let secret = "s3cr3tZ &#!x";
    let server = TestServer::start();
    let run = TestRun::inline(r#"{"info": {"name": "s"}, "item": [
        {"name": "looping", "protocolProfileBehavior": {"maxRedirects": 0},
         "request": {"url": "{{baseUrl}}/redirect-to?url=/get",
                     "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "k"}, {"key": "value", "value": "{{tok}}"}, {"key": "in", "value": "query"}]}}},
        {"name": "form",
         "event": [{"listen": "test", "script": {"exec": ["pm.test('echo', () => pm.expect(pm.response.text()).to.equal(''));"]}}],
         "request": {"method": "POST", "url": "{{baseUrl}}/post",
                     "body": {"mode": "urlencoded", "urlencoded": [{"key": "f", "value": "{{tok}}"}]}}}]}"#)
    .against(&server);
    let finished = run
        .every_report()
        .args(["--secret-env", "tok=TOKEN", "--verbose"])
        .env("TOKEN", secret)
        .run();
    assert_eq!(finished.code, 1, "{}", finished.stdout);
    assert!(
        finished.stdout.contains("Exceeded maxRedirects"),
        "{}",
        finished.stdout
    );
    let sent = server.requests();
    assert!(
        sent[0].query.contains("k=s3cr3tZ%20%26%23!x"),
        "{}",
        sent[0].query
    );
    assert_eq!(sent[1].text(), "f=s3cr3tZ%20%26%23%21x");
    let mut outputs = vec![finished.stdout.clone(), finished.stderr.clone()];
    for file in ["r.xml", "r.json", "r.html"] {
        outputs.push(finished.file(file));
    }
    for (i, text) in outputs.iter().enumerate() {
        assert!(
            !text.contains("s3cr3tZ"),
            "the secret leaked into output {i}:\n{text}"
        );
    }
}
