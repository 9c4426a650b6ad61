//! Bad input ends with a clear error naming the file and the place.

use crate::support::TestRun;

/// Runs an inline collection that must be refused; its stderr.
fn refused(collection: &str, extra: &[&str]) -> String {
    let run = TestRun::inline(collection)
        .args(extra)
        .arg("--dry-run")
        .run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run.outcome.stderr
}

#[test]
fn a_value_of_the_wrong_type_is_named_by_its_path_in_plain_words() {
    let stderr = refused(
        r#"{"info": {"name": "x"}, "item": [{"name": "r", "request": {"url": 7}}]}"#,
        &[],
    );
    assert!(
        stderr.contains("unexpected value at item[0].request.url: invalid type: integer `7`, expected a URL string or a URL object"),
        "{stderr}"
    );
    assert!(!stderr.contains("untagged enum"), "{stderr}");
    let stderr = refused(
        r#"{"info": {"name": "x"}, "item": [{"name": "r", "request": {"url": "http://x", "method": 5}}]}"#,
        &[],
    );
    assert!(
        stderr.contains("at item[0].request.method: invalid type: integer `5`, expected a string"),
        "{stderr}"
    );
    let stderr = refused(
        r#"{"info": {"name": "x"}, "item": [{"name": "r", "request": 7}]}"#,
        &[],
    );
    assert!(
        stderr.contains("expected a URL string or a request object"),
        "{stderr}"
    );
}

#[test]
fn folders_nested_too_deeply_say_so_and_the_limit() {
    let mut item = serde_json::json!({ "name": "leaf", "request": "http://127.0.0.1:1/" });
    for level in 0..100 {
        item = serde_json::json!({ "name": format!("f{level}"), "item": [item] });
    }
    let collection = serde_json::json!({ "info": { "name": "deep" }, "item": [item] });
    let stderr = refused(&collection.to_string(), &[]);
    assert!(
        stderr.contains("nested too deeply: postrun reads JSON up to 128 levels deep"),
        "{stderr}"
    );
}

#[test]
fn a_json_data_file_holding_one_object_is_refused() {
    let run = TestRun::inline(
        r#"{"info": {"name": "x"}, "item": [{"name": "r", "request": "http://127.0.0.1:1/"}]}"#,
    );
    let data = run.write("data.json", r#"{"user": "a"}"#);
    let run = run.args(["-d", &data, "--dry-run"]).run();
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("a JSON data file holds an array of objects"),
        "{}",
        run.stderr
    );
}
