//! `postrun lint`: one fixture per rule, a clean one, a realistic leaky
//! export, every output format, the shareable copy, and the whole corpus.

use crate::support::{corpus, fixture, postrun};

/// Lints files and returns the rule ids found, in order.
fn rules_found(files: &[String]) -> (i32, Vec<String>) {
    let mut args = vec!["lint", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let outcome = postrun(&args);
    let findings: Vec<serde_json::Value> =
        serde_json::from_str(&outcome.stdout).unwrap_or_else(|e| panic!("{e}: {outcome:?}"));
    (
        outcome.code,
        findings
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect(),
    )
}

fn path(name: &str) -> String {
    fixture(&format!("lint/{name}"))
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn each_fixture_triggers_exactly_its_rule() {
    for rule in postrun::lint::Rule::ALL.map(postrun::lint::Rule::id) {
        let mut files = Vec::new();
        for suffix in [".postman_collection.json", ".postman_environment.json"] {
            if fixture(&format!("lint/{rule}{suffix}")).exists() {
                files.push(path(&format!("{rule}{suffix}")));
            }
        }
        assert!(!files.is_empty(), "no fixture for {rule}");
        let (code, found) = rules_found(&files);
        assert_eq!(found, [rule], "{rule}");
        let expected_code = if rule == "secret-in-plain-value" {
            1
        } else {
            0
        };
        assert_eq!(
            code, expected_code,
            "{rule}: only errors fail without --deny warnings"
        );
    }
}

/// What Postman's runtime makes of a value its declared type does not fit;
/// values that fit (or that the file writes as JSON of that type) pass.
#[test]
fn a_value_its_type_reads_otherwise_is_a_type_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("typed.postman_environment.json");
    let values = serde_json::json!([
        { "key": "retries", "value": "three", "type": "number" },
        { "key": "verbose", "value": "false", "type": "boolean" },
        { "key": "regions", "value": "eu,us", "type": "array" },
        { "key": "limits", "value": "[1, 2]", "type": "object" },
        { "key": "pageSize", "value": "50", "type": "number" },
        { "key": "count", "value": 7, "type": "number" },
        { "key": "debug", "value": "true", "type": "boolean" },
        { "key": "off", "value": false, "type": "boolean" },
        { "key": "tags", "value": "[\"a\"]", "type": "array" },
        { "key": "name", "value": "x", "type": "string" },
        { "key": "apiToken", "value": "Zq8r!2LxP0vK4nT7wY1b", "type": "number" }
    ]);
    std::fs::write(
        &file,
        serde_json::json!({ "name": "typed", "values": values }).to_string(),
    )
    .unwrap();
    let outcome = postrun(&["lint", "--format", "json", file.to_str().unwrap()]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&outcome.stdout).unwrap();
    let found: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "type-mismatch",
                "`retries` is typed `number`, so Postman reads its value \"three\" as NaN"
            ),
            (
                "type-mismatch",
                "`verbose` is typed `boolean`, so Postman reads its value \"false\" as true"
            ),
            (
                "type-mismatch",
                "`regions` is typed `array`, so Postman reads its value \"eu,us\" as undefined"
            ),
            (
                "type-mismatch",
                "`limits` is typed `object`, so Postman reads its value \"[1, 2]\" as undefined"
            ),
            (
                "secret-in-plain-value",
                "`apiToken` holds a credential as a plain value: Zq8r…(20 chars)"
            ),
            (
                "type-mismatch",
                "`apiToken` is typed `number`, so Postman reads its value Zq8r…(20 chars) as NaN"
            ),
        ],
        "{outcome:?}"
    );
    assert!(!outcome.stdout.contains("LxP0vK4nT7wY1b"), "{outcome:?}");
}

#[test]
fn a_clean_environment_has_no_findings() {
    let (code, found) = rules_found(&[path("clean.postman_environment.json")]);
    assert_eq!((code, found), (0, vec![]));
}

const LEAKED: [&str; 3] = [
    "PMAK-64f1c0ffee0123456789abcd-0123456789abcdef0123456789abcdef01",
    "Zq8r!2LxP0vK4nT7wY1b",
    "ghp_0123456789abcdefghijABCDEFGHIJ012345",
];

#[test]
fn a_leaky_export_is_caught_and_never_printed_whole() {
    let leaky = path("leaky.postman_environment.json");
    let (code, found) = rules_found(std::slice::from_ref(&leaky));
    assert_eq!(code, 1);
    assert_eq!(found, ["secret-in-plain-value"; 3]);
    for format in ["text", "json", "junit", "sarif"] {
        let outcome = postrun(&["lint", &leaky, "--format", format]);
        assert_eq!(outcome.code, 1, "{format}");
        for secret in LEAKED {
            assert!(
                !outcome.stdout.contains(secret) && !outcome.stderr.contains(secret),
                "{format} printed {secret}"
            );
        }
        assert!(
            outcome.stdout.contains("PMAK…(64 chars)"),
            "{format}: {}",
            outcome.stdout
        );
    }
}

#[test]
fn the_shareable_copy_fixes_every_secret_finding_and_leaves_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("shareable.json");
    let leaky = path("leaky.postman_environment.json");
    let before = std::fs::read_to_string(&leaky).unwrap();
    let outcome = postrun(&["lint", &leaky, "--write-shareable", out.to_str().unwrap()]);
    assert_eq!(outcome.code, 1);
    assert_eq!(
        std::fs::read_to_string(&leaky).unwrap(),
        before,
        "the original is never modified"
    );
    let copy = std::fs::read_to_string(&out).unwrap();
    for secret in LEAKED {
        assert!(!copy.contains(secret));
    }
    let (code, found) = rules_found(&[out.to_str().unwrap().to_string()]);
    assert_eq!(
        (code, found),
        (0, vec![]),
        "re-linting the shareable copy finds no secret"
    );
    let env = postrun::load::load_environment(&out).unwrap();
    let key = env
        .values
        .iter()
        .find(|v| v.key == "postman-api-key")
        .unwrap();
    assert_eq!(
        (key.value.as_str(), key.kind),
        ("", postrun::load::VarType::Secret)
    );
    assert_eq!(
        env.values.iter().find(|v| v.key == "userId").unwrap().value,
        "12345678",
        "other values stay"
    );
}

#[test]
fn deny_warnings_and_allow() {
    let file = path("secret-name-not-secret-type.postman_environment.json");
    assert_eq!(postrun(&["lint", &file]).code, 0);
    assert_eq!(postrun(&["lint", &file, "--deny", "warnings"]).code, 1);
    let allowed = postrun(&[
        "lint",
        &file,
        "--deny",
        "warnings",
        "--allow",
        "secret-name-not-secret-type",
    ]);
    assert_eq!(allowed.code, 0, "{allowed:?}");
    let unknown = postrun(&["lint", &file, "--allow", "no-such-rule"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("unknown rule `no-such-rule`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn junit_and_sarif_outputs() {
    let leaky = path("leaky.postman_environment.json");
    let junit = postrun(&["lint", &leaky, "--format", "junit"]).stdout;
    let xsd = std::fs::read_to_string(fixture("report/junit.xsd")).unwrap();
    let schema = xmlschema::parse_schema(&xsd).unwrap();
    let report = xmlschema::validate(&oxml::parse(&junit).unwrap(), &schema);
    assert!(report.is_valid(), "{:#?}", report.violations);
    assert!(
        junit.contains(r#"tests="11""#) && junit.contains(r#"failures="1""#),
        "one testcase per rule: {junit}"
    );
    let sarif: serde_json::Value =
        serde_json::from_str(&postrun(&["lint", &leaky, "--format", "sarif"]).stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 3);
    assert_eq!(
        sarif["runs"][0]["results"][0]["ruleId"],
        "secret-in-plain-value"
    );
}

#[test]
fn unusable_input_is_exit_2() {
    let outcome = postrun(&["lint", fixture("data/rows.json").to_str().unwrap()]);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("not a Postman collection, environment or globals file"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn lint_completes_on_the_whole_corpus() {
    let root = corpus().expect("../shared/corpus");
    let mut files = vec![root.join("postman-api/postman-api.postman_collection.json")];
    for version in ["v2.0.0", "v2.1.0"] {
        let dir = root.join("schemas/examples/draft-07").join(version);
        files.extend(std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()));
    }
    for file in files {
        let outcome = postrun(&["lint", file.to_str().unwrap(), "--format", "json"]);
        assert!(
            outcome.code == 0 || outcome.code == 1,
            "{}: {outcome:?}",
            file.display()
        );
        serde_json::from_str::<serde_json::Value>(&outcome.stdout)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
}

#[test]
fn a_config_file_sets_deny_and_allow() {
    let dir = tempfile::tempdir().unwrap();
    let file = path("secret-name-not-secret-type.postman_environment.json");
    let config = dir.path().join("postrun-lint.toml");
    std::fs::write(&config, "deny = \"warnings\"\n").unwrap();
    let lint = |extra: &[&str]| {
        crate::support::postrun_cmd()
            .current_dir(dir.path())
            .args(["lint", &file])
            .args(extra)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(
        lint(&[]),
        Some(1),
        "postrun-lint.toml in the current folder is read"
    );
    assert_eq!(lint(&["--deny", "errors"]), Some(0), "flags win");
    std::fs::write(
        &config,
        "deny = \"warnings\"\nallow = [\"secret-name-not-secret-type\"]\n",
    )
    .unwrap();
    assert_eq!(lint(&[]), Some(0));
    std::fs::write(&config, "deny = \"sometimes\"\n").unwrap();
    assert_eq!(lint(&[]), Some(2));
}

#[test]
fn hard_coded_credentials_in_requests_are_found() {
    let dir = tempfile::tempdir().unwrap();
    let collection = dir.path().join("c.postman_collection.json");
    std::fs::write(&collection, r#"{"info": {"name": "c"}, "item": [{"name": "r", "request": {
        "url": "https://api.example.com/x",
        "header": [{"key": "Authorization", "value": "Bearer abcdef0123456789"}],
        "auth": {"type": "basic", "basic": [{"key": "username", "value": "me"}, {"key": "password", "value": "plain-pass"}]}}}]}"#).unwrap();
    let outcome = postrun(&["lint", collection.to_str().unwrap(), "--format", "json"]);
    assert_eq!(outcome.code, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&outcome.stdout).unwrap();
    let places: Vec<&str> = findings
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        places,
        [
            "item[0].request.header[0].value",
            "item[0].request.auth.basic[1].value"
        ]
    );
    assert!(!outcome.stdout.contains("plain-pass") && !outcome.stdout.contains("abcdef0123456789"));
}

/// Every SARIF result points at its value (a region whose line and column
/// are where the value starts in the file), and every rule says what it
/// finds and how to fix it, as GitHub code scanning shows them; for JSON
/// files and v3 YAML files alike.
#[test]
fn sarif_results_point_at_the_offending_value() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("leaky.environment.yaml");
    std::fs::write(
        &yaml,
        "name: leaky\nvalues:\n  - key: apiKey\n    value: PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01\n",
    )
    .unwrap();
    for file in [
        path("leaky.postman_environment.json"),
        yaml.to_str().unwrap().to_string(),
    ] {
        let out = postrun(&["lint", &file, "--format", "sarif"]).stdout;
        let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let results = sarif["runs"][0]["results"].as_array().unwrap();
        assert!(!results.is_empty(), "{out}");
        for result in results {
            let region = &result["locations"][0]["physicalLocation"]["region"];
            let (line, column) = (
                region["startLine"].as_u64().unwrap(),
                region["startColumn"].as_u64().unwrap(),
            );
            // The value at the finding's path: here every such path ends
            // in `.value`, so the region starts right after `value:`.
            let path = result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
                .as_str()
                .unwrap();
            if path.ends_with(".value") {
                let row: Vec<char> = lines[line as usize - 1].chars().collect();
                let before: String = row[..column as usize - 1].iter().collect();
                let at: String = row[column as usize - 1..].iter().collect();
                assert!(
                    before.trim_end().ends_with("\"value\":")
                        || before.trim_end().ends_with("value:"),
                    "{file}: {line}:{column} is not a value: {before:?} | {at:?}"
                );
                assert!(!at.trim().is_empty(), "{file}: {line}:{column}");
            }
        }
        for rule in sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
        {
            for key in ["shortDescription", "fullDescription", "help"] {
                assert!(
                    rule[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                    "{rule}"
                );
            }
        }
    }
}

/// Every rule, by the name of its fixture files.
const RULES: [&str; 11] = [
    "secret-in-plain-value",
    "secret-name-not-secret-type",
    "secret-with-value-in-export",
    "undefined-variable",
    "unused-variable",
    "duplicate-key",
    "disabled-but-referenced",
    "empty-required",
    "insecure-url",
    "vault-reference",
    "type-mismatch",
];

/// The SARIF of a lint that finds every rule is valid against the SARIF
/// 2.1.0 schema (formats checked, so every URI is absolute), and carries
/// what GitHub code scanning shows: every rule with short and full
/// descriptions, help and a help URI; every result with a rule, a
/// message and a region.
#[test]
fn sarif_is_valid_against_the_sarif_2_1_0_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("lint/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    // Each rule's fixture files (`<rule>.postman_*.json`) linted together.
    let mut found = std::collections::BTreeSet::new();
    let mut sarif = serde_json::Value::Null;
    for rule in RULES {
        let files: Vec<String> = ["postman_environment", "postman_collection"]
            .iter()
            .map(|kind| path(&format!("{rule}.{kind}.json")))
            .filter(|file| std::path::Path::new(file).exists())
            .collect();
        let mut args = vec!["lint", "--format", "sarif"];
        args.extend(files.iter().map(String::as_str));
        sarif = serde_json::from_str(&postrun(&args).stdout).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{rule}: {errors:#?}");
        let results = sarif["runs"][0]["results"].as_array().unwrap();
        for result in results {
            found.insert(result["ruleId"].as_str().unwrap().to_string());
            let region = &result["locations"][0]["physicalLocation"]["region"];
            assert!(region["startLine"].as_u64().unwrap() >= 1, "{result}");
            assert!(region["startColumn"].as_u64().unwrap() >= 1, "{result}");
            assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        }
    }
    assert_eq!(found.len(), RULES.len(), "every rule is found: {found:?}");
    // The schema can fail: a relative help URI is refused.
    let mut broken = sarif.clone();
    broken["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = "docs/rules".into();
    assert!(!validator.is_valid(&broken), "format checks are on");

    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(rules.len(), 11);
    for rule in rules {
        for key in ["shortDescription", "fullDescription", "help"] {
            assert!(
                rule[key]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{rule}"
            );
        }
        assert!(
            rule["helpUri"].as_str().unwrap().starts_with("https://"),
            "{rule}"
        );
    }
}
