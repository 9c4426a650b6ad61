//! The wild corpus in the parity suite: 28 real collections from public
//! repositories (`../shared/corpus/wild`, `INDEX.tsv` says where each comes
//! from) with their environments, globals and data files, and the Postman
//! API collection (`../shared/corpus/postman-api`), run by Newman 6
//! and postrun against the local test server and compared execution by
//! execution, as `parity.rs` compares the fixtures.
//!
//! Nothing leaves the machine: every `http(s)://host` in the files (URLs,
//! URL objects, variable values, data rows, script text) is rewritten to
//! the test server, and both tools run with a dead proxy for anything the
//! rewriting missed. Randomness is made the same in both: `Math.random`
//! (and lodash's draws) seeded alike at the top of every script
//! (`SEEDED_RANDOM`), faker-backed `{{$random…}}` variables replaced by
//! fixed words (`fix_random_variables`).

use std::path::Path;

use serde_json::Value;

use super::parity::{Case, Suite, check_suite, root};
use crate::support::TestServer;

fn corpus() -> std::path::PathBuf {
    root().join("../shared/corpus/wild")
}

/// `{{$randomFirstName}}` and the other faker-backed dynamic variables
/// are drawn inside Newman's runtime, where nothing can seed them: the
/// harness writes a fixed word in their place (postrun's own are tested
/// on their own, `tests/it/variables.rs`).
fn fix_random_variables(text: &str) -> String {
    static RANDOM: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let random = RANDOM.get_or_init(|| {
        regex::Regex::new(r"\{\{\$(random[A-Za-z]+)\}\}").expect("a valid pattern")
    });
    random.replace_all(text, "fixed-$1").into_owned()
}

/// `scheme://authority` replaced by `base` wherever a URL starts.
fn rewrite_hosts(text: &str, base: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find_scheme(rest) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let scheme_end = after.find("://").map_or(0, |i| i + 3);
        let authority = after[scheme_end..]
            .find(|c: char| {
                matches!(
                    c,
                    '/' | '?' | '#' | '"' | '\'' | '`' | ' ' | '\n' | '\\' | ')'
                )
            })
            .unwrap_or(after.len() - scheme_end);
        out.push_str(base);
        rest = &after[scheme_end + authority..];
    }
    out.push_str(rest);
    out
}

fn find_scheme(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    [lower.find("http://"), lower.find("https://")]
        .into_iter()
        .flatten()
        .min()
}

/// Rewrites every string, and URL objects field by field (Newman builds
/// the URL from `protocol`, `host` and `port`, not from `raw`).
fn rewrite_value(value: &mut Value, base: &str, port: u16) {
    match value {
        Value::String(text) => *text = fix_random_variables(&rewrite_hosts(text, base)),
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_value(v, base, port)),
        Value::Object(map) => {
            let is_url = map.contains_key("raw") && map.contains_key("host");
            let host_is_variable = map.get("host").and_then(Value::as_array).is_some_and(|h| {
                h.len() == 1 && h[0].as_str().is_some_and(|s| s.starts_with("{{"))
            });
            if is_url && !host_is_variable {
                map.insert("protocol".into(), "http".into());
                map.insert("host".into(), serde_json::json!(["127", "0", "0", "1"]));
                map.insert("port".into(), Value::String(port.to_string()));
            }
            map.values_mut().for_each(|v| rewrite_value(v, base, port));
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Scripts that draw `Math.random()` (ids and names picked at random)
/// would send different requests on every run of either tool: every script
/// starts by giving `Math.random` the same seeded generator in both
/// (Newman runs each script in a fresh context, so it is set per script).
/// lodash's `_.random` and `_.shuffle` keep the `Math.random` they found
/// when lodash loaded, in Newman: they are replaced too, by the same
/// functions (lodash's algorithms) in both.
const SEEDED_RANDOM: &str = "(function () { var seed = 20261205; Math.random = function () { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; }; if (typeof _ !== 'undefined' && _ && _.random) { _.random = function (lower, upper, floating) { if (upper === undefined || typeof upper === 'boolean') { floating = upper; upper = lower; lower = 0; } lower = Number(lower) || 0; upper = upper === undefined ? 1 : Number(upper) || 0; if (lower > upper) { var t = lower; lower = upper; upper = t; } if (floating || lower % 1 || upper % 1) { return lower + Math.random() * (upper - lower); } return lower + Math.floor(Math.random() * (upper - lower + 1)); }; _.shuffle = function (collection) { var array = Array.isArray(collection) ? collection.slice() : Object.keys(collection || {}).map(function (k) { return collection[k]; }); for (var index = 0, last = array.length - 1; index < array.length; index++) { var pick = index + Math.floor(Math.random() * (last - index + 1)), value = array[pick]; array[pick] = array[index]; array[index] = value; } return array; }; } })();";

fn seed_random(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Array(exec)) = map.get_mut("exec") {
                exec.insert(0, Value::String(SEEDED_RANDOM.into()));
            } else if let Some(Value::String(exec)) = map.get_mut("exec") {
                *exec = format!("{SEEDED_RANDOM}\n{exec}");
            }
            map.values_mut().for_each(seed_random);
        }
        Value::Array(items) => items.iter_mut().for_each(seed_random),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// Writes the rewritten copy of a corpus file (a path from the wild
/// folder) into `dir`.
fn rewritten(file: &str, dir: &Path, base: &str, port: u16) -> String {
    let text = std::fs::read_to_string(corpus().join(file)).expect("a corpus file");
    let out = dir.join(Path::new(file).file_name().expect("a file name"));
    let written = match serde_json::from_str::<Value>(text.trim_start_matches('\u{feff}')) {
        Ok(mut json) => {
            rewrite_value(&mut json, base, port);
            seed_random(&mut json);
            serde_json::to_string_pretty(&json).unwrap()
        }
        Err(_) => rewrite_hosts(&text, base),
    };
    std::fs::write(&out, written).unwrap();
    out.to_string_lossy().into_owned()
}

/// One case per collection of `INDEX.tsv`, with its environment, data and
/// globals files, and the Postman API collection.
fn wild_cases(dir: &Path, server: &TestServer) -> Vec<Case> {
    let base = server.url();
    let port: u16 = base.rsplit(':').next().unwrap().parse().unwrap();
    let index = std::fs::read_to_string(corpus().join("INDEX.tsv")).expect("INDEX.tsv");
    let mut lines = index.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (file, env, data, globals) = (
        column("file"),
        column("env"),
        column("data"),
        column("globals"),
    );
    let postman_api = Case {
        name: "postman-api/postman-api.postman_collection.json".into(),
        collection: rewritten(POSTMAN_API, dir, &base, port).into(),
        // `baseUrl` is the harness's, as for every case.
        args: vec![
            "--env-var".into(),
            "postman-api-key=PMAK-parity-not-a-key".into(),
        ],
        env: Vec::new(),
    };
    let listed = lines
        .map(|line| line.split('\t').collect::<Vec<_>>())
        .map(|row| {
            let mut args = Vec::new();
            for (flag, at) in [("-e", env), ("-d", data), ("-g", globals)] {
                if let Some(name) = row.get(at).filter(|n| !n.is_empty()) {
                    args.push(flag.to_string());
                    args.push(rewritten(name, dir, &base, port));
                }
            }
            Case {
                name: format!("wild/{}", row[file]),
                collection: rewritten(row[file], dir, &base, port).into(),
                args,
                env: Vec::new(),
            }
        });
    listed.chain([postman_api]).collect()
}

/// The Postman API collection, what postrun's first users run (170
/// requests, 870 saved examples), from beside the wild folder.
const POSTMAN_API: &str = "../postman-api/postman-api.postman_collection.json";

/// Key paths of Newman's reports of the wild corpus that postrun's lack,
/// each for a reason PARITY.md gives: a request whose host is a variable
/// no file defines (`{{baseUrl}}` left for the user to set) fails in
/// Newman at the dead proxy the harness sets, whose address and port its
/// error carries, where postrun refuses it before connecting; a saved
/// example's request body written as `{}` (no mode), which postrun does
/// not keep.
const WILD_KEY_PATHS_NEWMAN_ALONE: &[&str] = &[
    r"^\.run\.(executions\[\]\.requestError|failures\[\]\.error)\.(address|port)$",
    r"\.originalRequest\.body$",
];

#[test]
fn wild_collections_match_newman() {
    let server = TestServer::start();
    // Kept after the run, to rerun one case by hand (its port is gone, so
    // `sed` the old one to a running `testserver`'s).
    let dir = root().join("target/parity-wild");
    std::fs::create_dir_all(&dir).unwrap();
    let suite = Suite {
        report: "parity-wild-report.txt",
        marker: "wild",
        noun: "real collections",
        limit: std::time::Duration::from_secs(120),
        newman_alone: WILD_KEY_PATHS_NEWMAN_ALONE,
    };
    check_suite(wild_cases(&dir, &server), &server, suite);
}

#[test]
fn host_rewriting_reaches_urls_in_text_and_url_objects() {
    let base = "http://127.0.0.1:5";
    assert_eq!(
        rewrite_hosts("GET https://api.x.com/v1?q=1 and 'http://a.b:8080'", base),
        "GET http://127.0.0.1:5/v1?q=1 and 'http://127.0.0.1:5'"
    );
    let mut url = serde_json::json!({"raw": "https://api.x.com/v1", "protocol": "https", "host": ["api", "x", "com"], "path": ["v1"]});
    rewrite_value(&mut url, base, 5);
    assert_eq!(url["host"], serde_json::json!(["127", "0", "0", "1"]));
    assert_eq!(
        (url["protocol"].as_str(), url["port"].as_str()),
        (Some("http"), Some("5"))
    );
    let mut variable = serde_json::json!({"raw": "{{baseUrl}}/v1", "host": ["{{baseUrl}}"]});
    rewrite_value(&mut variable, base, 5);
    assert_eq!(variable["host"], serde_json::json!(["{{baseUrl}}"]));
}
