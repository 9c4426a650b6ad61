//! Reports survive what collections and users throw at them.

use crate::support::{TestRun, TestServer};

#[test]
fn an_unwritable_report_path_is_reported_and_the_others_are_written() {
    let server = TestServer::start();
    let run = TestRun::fixture("run/nested-folders.postman_collection.json").against(&server);
    // A path under a file cannot be created.
    let blocker = run.write("blocker", "a file, not a folder");
    let (bad, json) = (format!("{blocker}/report.xml"), run.path("r.json"));
    let run = run
        .args(["-r", "junit,json", "--silent"])
        .args([
            "--reporter-junit-export",
            &bad,
            "--reporter-json-export",
            &json,
        ])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("cannot write"), "{}", run.stderr);
    assert!(run.stderr.contains("report.xml"), "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.file("r.json")).unwrap();
    assert!(
        report["run"]["executions"]
            .as_array()
            .is_some_and(|e| !e.is_empty())
    );
}

#[test]
fn names_xml_forbids_still_make_well_formed_junit() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "odd \u{fffe} names \u{1}" },
        "item": [{ "name": "bell \u{7} and \u{ffff}",
            "event": [{ "listen": "test", "script": { "exec": [
                "pm.test('test \\u0008 name \\ufffe', () => {});",
                "console.log('log \\u0000 line');"
            ] } }],
            "request": "{{baseUrl}}/get" }]
    });
    let run = TestRun::inline(&collection.to_string()).against(&server);
    let xml = run.path("r.xml");
    let run = run
        .args(["-r", "junit", "--reporter-junit-export", &xml])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    let text = run.file("r.xml");
    oxml::parse(&text).unwrap_or_else(|e| panic!("not well-formed: {e:?}\n{text}"));
    assert!(text.contains("bell \u{fffd} and \u{fffd}"), "{text}");
}

#[test]
fn control_sequences_from_a_collection_do_not_reach_the_terminal() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "clear \u{1b}[2J screen" },
        "item": [{ "name": "title \u{1b}]0;pwned\u{7}",
            "event": [{ "listen": "test", "script": { "exec": [
                "console.log('\\u001b[2J\\u001b[Hgone');"
            ] } }],
            "request": "{{baseUrl}}/get" }]
    });
    let run = TestRun::inline(&collection.to_string())
        .against(&server)
        .args(["--color", "on"])
        .run();
    assert_eq!(run.code, 0, "{run:?}");
    for text in [&run.stdout, &run.stderr] {
        assert!(
            !text.contains("\u{1b}[2J") && !text.contains("\u{1b}]0"),
            "{text:?}"
        );
        assert!(!text.contains('\u{7}'), "{text:?}");
    }
    assert!(
        run.stdout.contains("\u{241b}[2J"),
        "shown, not obeyed: {:?}",
        run.stdout
    );
    // Postrun's own colours still pass.
    assert!(run.stdout.contains("\u{1b}["), "{:?}", run.stdout);
}
