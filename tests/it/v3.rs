//! Collection v3 (Postman v12's YAML trees): the loader rules on fixtures
//! written here, and every tree of the shared corpus.

use std::path::{Path, PathBuf};

use crate::support::{Recorded, TestRun, TestServer, corpus, fixture, postrun};

const PLANTED: &str = "tok-v3-planted-secret";

fn path_str(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn case(request: &Recorded) -> &str {
    request
        .query
        .split('&')
        .find_map(|pair| pair.strip_prefix("case="))
        .unwrap_or_default()
}

fn by_case<'r>(requests: &'r [Recorded], name: &str) -> &'r Recorded {
    requests
        .iter()
        .find(|r| case(r) == name)
        .unwrap_or_else(|| panic!("no request with case={name}"))
}

/// Runs the rules tree against a fresh server with the YAML environment and
/// globals, plus `extra`.
fn run_rules(extra: &[&str]) -> (crate::support::Outcome, Vec<Recorded>) {
    let server = TestServer::start();
    let (env, globals) = (
        fixture("v3/staging.environment.yaml"),
        fixture("v3/workspace.globals.yaml"),
    );
    let finished = TestRun::fixture("v3/rules")
        .against(&server)
        .args(["-e", path_str(&env), "-g", path_str(&globals)])
        .args(extra)
        .run();
    (finished.outcome, server.requests())
}

#[test]
fn siblings_run_by_order_then_display_name_folders_included() {
    let (outcome, requests) = run_rules(&[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let order: Vec<&str> = requests.iter().map(case).collect();
    assert_eq!(
        order,
        [
            // `plain/` has no definition: order 0, before the numbered folders.
            "environment",
            "explicit-inherit",
            "inherits",
            "query-key",
            "noauth",
            "bearer",
            "order-negative",
            // Both 0: a folder without definition and a request without `order`.
            "folder-without-definition",
            "order-missing",
            // Ties at 1000 by display name in code-unit order; `AAA display
            // name` is the `name:` of zz-named.request.yaml.
            "tie-AAA",
            "tie-B",
            "tie-_under",
            "tie-a-yml",
            "order-1500.5",
            "send",
            "graphql",
        ]
    );
}

#[test]
fn auth_is_inherited_from_the_nearest_level_and_noauth_stops_it() {
    let (outcome, requests) = run_rules(&[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let key = |name| by_case(&requests, name).header("x-api-key");
    assert_eq!(key("inherits"), Some("collection-key"));
    assert_eq!(
        key("explicit-inherit"),
        Some("collection-key"),
        "`type: inherit` inherits, as Postman documents (the CLI sends nothing)"
    );
    assert_eq!(key("noauth"), None, "the folder's noauth");
    let bearer = by_case(&requests, "bearer");
    assert_eq!(
        bearer.header("authorization"),
        Some("Bearer from-collection")
    );
    assert_eq!(bearer.header("x-api-key"), None);

    let query_key = by_case(&requests, "query-key");
    assert_eq!(query_key.query, "case=query-key&api_key=in-the-query");
    assert_eq!(query_key.header("x-api-key"), None);
}

#[test]
fn scripts_run_collection_then_folder_then_every_request_entry() {
    let (outcome, requests) = run_rules(&["--verbose"]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(
        by_case(&requests, "noauth").header("x-trace"),
        Some("collection>folder>request>second")
    );
    let after = |name: &str| {
        outcome
            .stdout
            .find(name)
            .unwrap_or_else(|| panic!("no `{name}` in {}", outcome.stdout))
    };
    assert!(after("collection after") < after("folder after"));
    assert!(after("folder after") < after("request after"));
}

#[test]
fn query_merge_yaml_scalars_bodies_and_graphql_are_sent_as_written() {
    let (outcome, requests) = run_rules(&[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let send = by_case(&requests, "send");
    assert_eq!(send.method, "POST");
    assert_eq!(
        send.query, "case=send&a=1&c=9",
        "queryParams replace the url's own pairs; the disabled `b` is not sent"
    );
    assert_eq!(
        send.header("x-enabled"),
        Some("yes"),
        "YAML 1.2: `yes` is text"
    );
    assert_eq!(
        send.header("x-flag"),
        Some("off"),
        "YAML 1.2: `off` is text"
    );
    assert_eq!(send.header("x-disabled"), None);
    assert_eq!(send.header("content-type"), Some("application/json"));
    assert_eq!(send.text(), r#"{"order": 1000, "on": off}"#);

    let graphql = by_case(&requests, "graphql");
    assert_eq!(graphql.method, "POST");
    let body: serde_json::Value = serde_json::from_slice(&graphql.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({ "query": "query Me { me { id } }", "variables": { "id": 7 } })
    );
}

#[test]
fn yaml_environments_mark_secrets_skip_disabled_and_warn_about_vault_links() {
    let dir = tempfile::tempdir().unwrap();
    let (junit, json) = (dir.path().join("r.xml"), dir.path().join("r.json"));
    let (outcome, requests) = run_rules(&[
        "--verbose",
        "-r",
        "cli,junit,json",
        "--reporter-junit-export",
        path_str(&junit),
        "--reporter-json-export",
        path_str(&json),
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let env = by_case(&requests, "environment");
    assert_eq!(
        env.query, "case=environment&region=off&retired={{retired}}&g=global-value",
        "a disabled value does not resolve"
    );
    assert_eq!(
        env.header("authorization"),
        Some(format!("Bearer {PLANTED}").as_str())
    );
    assert!(
        outcome.stderr.contains("`vaulted` is linked to a vault"),
        "{}",
        outcome.stderr
    );
    let reports = [
        std::fs::read_to_string(&junit).unwrap(),
        std::fs::read_to_string(&json).unwrap(),
    ];
    for text in [&outcome.stdout, &outcome.stderr, &reports[0], &reports[1]] {
        assert!(!text.contains(PLANTED), "secret leaked:\n{text}");
    }
}

#[test]
fn a_broken_tree_names_every_bad_file_and_line() {
    let outcome = postrun(&["run", path_str(&fixture("v3/broken")), "--dry-run"]);
    assert_eq!(outcome.code, 2, "{outcome:?}");
    let problems: Vec<&str> = outcome
        .stderr
        .lines()
        .filter_map(|line| line.trim().strip_prefix(path_str(&fixture("v3/broken"))))
        .collect();
    assert_eq!(
        problems,
        [
            "/.resources/stray.request.yaml:1:1: a request file inside `.resources/` is never run; move it to the folder it belongs to",
            "/folder/.resources/definition.yaml:2:8: `order` must be a number, not a string",
            "/typo.request.yaml:1:8: unknown `$kind: http-requests` in a request file",
            "/unquoted.request.yaml:3:17: invalid YAML: while parsing a block mapping, did not find expected key",
        ],
        "{}",
        outcome.stderr
    );
}

fn v3_corpus() -> PathBuf {
    corpus().expect("../shared/corpus").join("v3")
}

#[test]
fn every_corpus_tree_loads_and_the_broken_one_fails_at_its_lines() {
    let trees = crate::support::v3_corpus_trees();
    assert!(trees.len() >= 17, "{trees:?}");
    let mut requests = 0;
    for tree in &trees {
        let result = postrun::load::load_collection(tree);
        if tree.to_string_lossy().contains("invalid-yaml") {
            let error = result.unwrap_err().to_string();
            let lines: Vec<&str> = error.lines().skip(1).map(str::trim).collect();
            let health = tree.join("health");
            assert_eq!(
                lines,
                [
                    format!(
                        "{}/Basic health check.request.yaml:3:17: invalid YAML: while parsing a block mapping, did not find expected key",
                        health.display()
                    ),
                    format!(
                        "{}/latest/Get latest health check results.request.yaml:3:17: invalid YAML: while parsing a block mapping, did not find expected key",
                        health.display()
                    ),
                ]
            );
            continue;
        }
        let collection = result.unwrap_or_else(|e| panic!("{}: {e}", tree.display()));
        requests += count_requests(&collection.items);
    }
    assert!(
        requests >= 170 + 140,
        "{requests} requests in the corpus trees"
    );
}

fn count_requests(items: &[postrun::load::Item]) -> usize {
    items
        .iter()
        .map(|item| match item {
            postrun::load::Item::Folder(folder) => count_requests(&folder.items),
            postrun::load::Item::Request(_) => 1,
        })
        .sum()
}

#[test]
fn the_non_conforming_tree_loads_with_warnings_about_stray_definitions() {
    let tree = v3_corpus()
        .join("examples/cerdmann__identity-service/postman/collections/Identity-Service");
    let collection = postrun::load::load_collection(&tree).unwrap();
    let stray: Vec<&String> = collection
        .warnings
        .iter()
        .filter(|w| w.contains("a definition belongs in `.resources/definition.yaml`"))
        .collect();
    assert_eq!(stray.len(), 4, "{:#?}", collection.warnings);
    let names: Vec<&str> = collection.items.iter().map(|i| i.name()).collect();
    // By the `order` of the real `.resources/definition.yaml` files.
    assert_eq!(names, ["users", "health"]);
}

#[test]
fn a_workspace_root_lists_its_collections_and_runs_the_one_named() {
    let workspace = v3_corpus().join("examples/sfpostman__LibraryDemo/postman");
    let outcome = postrun(&["run", path_str(&workspace), "--dry-run"]);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome.stderr.contains(
            r#"a workspace with 2 collections; pick one with --collection NAME ("Book E2E Workflow", "LibraryAPI")"#
        ),
        "{}",
        outcome.stderr
    );
    let outcome = postrun(&[
        "run",
        path_str(&workspace),
        "--collection",
        "Book E2E Workflow",
        "--dry-run",
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome
            .stdout
            .contains("GET https://library-api.postmanlabs.com/books")
    );
}

fn postman_api_pair() -> (PathBuf, PathBuf) {
    let corpus = corpus().unwrap();
    (
        corpus.join("postman-api/postman-api.postman_collection.json"),
        corpus.join("v3/migrated/postman-api/Postman API"),
    )
}

#[test]
fn the_v3_postman_api_dry_runs_exactly_like_its_v2_1_original() {
    let (v2, v3) = postman_api_pair();
    let run = |path: &Path| postrun(&["run", path_str(path), "--dry-run"]);
    let (a, b) = (run(&v2), run(&v3));
    assert_eq!(a.code, 0, "{a:?}");
    assert_eq!(a.stdout.lines().count(), b.stdout.lines().count());
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
    assert!(a.stdout.contains("GET https://api.getpostman.com/me"));
}

#[test]
fn the_v3_postman_api_gets_the_same_mock_answers_as_its_v2_1_original() {
    let (v2, v3) = postman_api_pair();
    let dir = tempfile::tempdir().unwrap();
    let answers = |path: &Path, name: &str| {
        let report = dir.path().join(name);
        let outcome = postrun(&[
            "run",
            path_str(path),
            "--mock",
            "--silent",
            "-r",
            "json",
            "--reporter-json-export",
            path_str(&report),
        ]);
        assert!(outcome.code <= 1, "{outcome:?}");
        let run: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        run["run"]["executions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["item"]["name"].as_str().unwrap_or_default().to_string(),
                    e["response"]["code"].as_u64(),
                    e["response"]["responseSize"].as_u64(),
                )
            })
            .collect::<Vec<_>>()
    };
    let (a, b) = (answers(&v2, "v2.json"), answers(&v3, "v3.json"));
    assert_eq!(a.len(), 170);
    assert_eq!(a, b);
}

#[test]
fn folder_selects_by_display_name_not_directory_name() {
    let server = TestServer::start();
    let outcome = TestRun::fixture("v3/rules")
        .against(&server)
        .args(["--folder", "Auth: Rules"])
        .run();
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let requests = server.requests();
    let cases: Vec<&str> = requests.iter().map(case).collect();
    assert_eq!(cases, ["noauth", "bearer"]);
}

#[test]
fn lint_reads_trees_and_yaml_environments() {
    let outcome = postrun(&[
        "lint",
        path_str(&fixture("v3/rules")),
        path_str(&fixture("v3/staging.environment.yaml")),
        "--format",
        "json",
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let findings: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap();
    let rules: Vec<(&str, &str)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["path"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        rules.contains(&("secret-with-value-in-export", "values[0].value")),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(rule, _)| *rule == "disabled-but-referenced"),
        "{rules:?}"
    );
    assert!(!outcome.stdout.contains(PLANTED), "the secret is masked");
}

#[test]
fn odd_but_clear_input_runs_with_warnings_where_the_postman_cli_fails() {
    let server = TestServer::start();
    let outcome = TestRun::fixture("v3/lenient").against(&server).run();
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].query, "num=5&flag=true&def=ran",
        "non-string variables are taken as text; a bare script type in a definition runs"
    );
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer second"),
        "of two auth entries without rules, the last, as the CLI does"
    );
    assert!(
        outcome.stdout.contains("prefixed type runs"),
        "{}",
        outcome.stdout
    );
    for warning in [
        "lenient/.resources/definition.yaml:6:3: 2 auth entries without rules; the last one is used",
        "lenient/.resources/definition.yaml:13:5: script type `beforeRequest`: definitions spell it `http:beforeRequest`; run anyway",
        "lenient/folder/.resources/definition.yaml:3:3: folder variables are not used at run time",
        "lenient/folder/lenient.request.yaml:5:5: script type `http:afterResponse`: requests spell it `afterResponse`; run anyway",
    ] {
        assert!(
            outcome.stderr.contains(warning),
            "no `{warning}` in\n{}",
            outcome.stderr
        );
    }
}

#[test]
fn a_yaml_environment_gets_a_yaml_shareable_copy() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("staging.shareable.environment.yaml");
    let outcome = postrun(&[
        "lint",
        path_str(&fixture("v3/staging.environment.yaml")),
        "--write-shareable",
        path_str(&copy),
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let text = std::fs::read_to_string(&copy).unwrap();
    assert!(!text.contains(PLANTED), "{text}");
    let shared = postrun::load::load_environment(&copy).unwrap();
    let token = shared.values.iter().find(|v| v.key == "apiToken").unwrap();
    assert_eq!(
        (token.value.as_str(), token.kind),
        ("", postrun::load::VarType::Secret)
    );
    let region = shared.values.iter().find(|v| v.key == "region").unwrap();
    assert_eq!(region.value, "off", "other values are kept, as text");
}

#[test]
fn yaml_files_and_plain_directories_get_a_hint_not_a_json_error() {
    let empty = tempfile::tempdir().unwrap();
    let cases = [
        (
            fixture("v3/staging.environment.yaml"),
            "a YAML file: a v3 collection is passed as its directory, an environment with -e",
        ),
        (
            fixture("v3/rules/Send/echo.request.yaml"),
            "one file of a v3 collection: pass the collection's directory",
        ),
        (
            empty.path().to_path_buf(),
            "a directory, but not a v3 collection (no `.resources/definition.yaml` and no `*.request.yaml`)",
        ),
    ];
    for (path, hint) in cases {
        let out = empty.path().join("out.json");
        for args in [
            vec!["run", path_str(&path)],
            vec!["convert", path_str(&path), path_str(&out)],
        ] {
            let outcome = postrun(&args);
            assert_eq!(outcome.code, 2, "{outcome:?}");
            assert!(
                outcome
                    .stderr
                    .contains(&format!("{}:1:1: {hint}", path.display())),
                "{args:?}: {}",
                outcome.stderr
            );
        }
    }
}

#[test]
fn lint_findings_in_a_tree_name_the_request_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("Account");
    std::fs::create_dir_all(&folder).unwrap();
    let key = format!(
        "PMAK-{}-{}",
        "0123456789abcdef01234567", "0123456789abcdef0123456789abcdef01"
    );
    std::fs::write(
        folder.join("me.request.yaml"),
        format!("$kind: http-request\nurl: https://api.getpostman.com/me\nheaders:\n  x-api-key: {key}\n"),
    )
    .unwrap();
    let outcome = postrun(&["lint", path_str(dir.path()), "--format", "json"]);
    assert_eq!(outcome.code, 1, "{outcome:?}");
    let findings: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap();
    let finding = &findings[0];
    assert_eq!(finding["rule"], "secret-in-plain-value");
    assert_eq!(finding["file"], path_str(&folder.join("me.request.yaml")));
    assert_eq!(finding["path"], "request.header[0].value");
    assert!(!outcome.stdout.contains(&key));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_is_an_error_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("Looping");
    std::fs::create_dir_all(tree.join("folder")).unwrap();
    std::fs::write(
        tree.join("folder/ping.request.yaml"),
        "$kind: http-request\nurl: http://127.0.0.1:9/ping\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&tree, tree.join("folder/again")).unwrap();
    let outcome = postrun(&["run", path_str(&tree), "--dry-run"]);
    assert_eq!(outcome.code, 2, "{outcome:?}");
    assert!(
        outcome
            .stderr
            .contains("folders nested more than 64 deep (a symbolic link that loops?)"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn environment_flags_mean_what_postman_documents() {
    let env = postrun::load::load_environment(&fixture("v3/staging.environment.yaml")).unwrap();
    let get = |key: &str| env.values.iter().find(|v| v.key == key);
    let secret = postrun::load::VarType::Secret;
    assert_eq!(
        get("apiToken").map(|v| v.kind),
        Some(secret),
        "type: secret"
    );
    let flagged = get("flagged").unwrap();
    assert_eq!(
        (flagged.kind, flagged.value.as_str()),
        (secret, "flagged-but-inline"),
        "`secret: true` without a vault `source` masks the value but keeps it"
    );
    assert!(!get("retired").unwrap().enabled, "enabled: false");
    assert!(
        get("vaulted").is_none(),
        "a vault link has no value offline"
    );
    assert_eq!(env.warnings.len(), 1, "{:?}", env.warnings);
}
