//! The terminal against Newman's: parity fixtures that cover the cli
//! reporter's layout (folders, numbered failures, skipped tests, script
//! errors, `setNextRequest`, script requests, iterations) run through both
//! CLIs, and the outputs must match once what legitimately differs is set
//! aside: times and sizes (the servers see different user agents), request
//! error wording, how Newman wraps and quotes console lines, its
//! deprecation warnings and the escape codes cli-table3 writes without a
//! terminal (PARITY.md, "The terminal"). The tables' geometry is checked
//! exactly by the unit tests against Newman's own functions.

use std::process::Command;

use super::parity::{DEAD_PROXY, cases, newman, root};
use crate::support::TestServer;

/// The fixtures compared: each shows a part of the layout.
const CASES: [&str; 12] = [
    "test-numbering",
    "skip-request",
    "next-request-jump",
    "next-request-loop",
    "send-request-shapes",
    "send-request-error-fields",
    "iterations-option",
    "folder-option",
    "iteration-data",
    "script-not-a-function",
    "url-encoding",
    "chai-equality",
];

fn output(mut command: Command, server: &TestServer) -> String {
    let out = command
        .args(["--env-var", &format!("baseUrl={}", server.url())])
        .env("HTTP_PROXY", DEAD_PROXY)
        .env("HTTPS_PROXY", DEAD_PROXY)
        .env("NO_PROXY", "127.0.0.1")
        .env("NO_COLOR", "1")
        .current_dir(root())
        .output()
        .expect("the tool runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn replace(pattern: &str, text: &str, with: &str) -> String {
    regex::Regex::new(pattern)
        .unwrap()
        .replace_all(text, with)
        .into_owned()
}

/// Newman's console box lines: wrapped at 54 columns, each argument
/// quoted; deprecation warnings left out.
fn console_messages(content: &[&str]) -> Vec<String> {
    let mut messages = Vec::new();
    let mut current = String::new();
    for line in content {
        current.push_str(line);
        if line.chars().count() != 54 {
            messages.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
        .into_iter()
        .filter(|m| !m.contains("is deprecated"))
        .map(|m| {
            let quoted = m.len() > 1 && (m.starts_with('\'') && m.ends_with('\''));
            if quoted {
                m[1..m.len() - 1].to_string()
            } else {
                m
            }
        })
        .collect()
}

fn normalise(text: &str, newman: bool) -> Vec<String> {
    let text = replace(r"\x1b\[\d+m", text, "");
    let text = replace(r"127\.0\.0\.1:\d+", &text, "127.0.0.1:P");
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line == "  ┌" {
            let end = (i..lines.len())
                .find(|&j| lines[j] == "  └")
                .unwrap_or(lines.len());
            let content: Vec<&str> = lines[i + 1..end]
                .iter()
                .map(|l| l.strip_prefix("  │ ").unwrap_or(l))
                .collect();
            let messages = match newman {
                true => console_messages(&content),
                false => content.iter().map(|l| l.to_string()).collect(),
            };
            if !messages.is_empty() {
                out.push("  ┌".to_string());
                out.extend(messages.iter().map(|m| format!("  │ {m}")));
                out.push("  └".to_string());
            }
            i = end + 1;
            continue;
        }
        let mut line = replace(
            r"\[(\d+ [^,\]]*), [0-9.]+[kMG]?B, [0-9.]+(ms|µs|s)\]",
            line,
            "[$1, SIZE, TIME]",
        );
        if newman && i == 0 {
            line = line.replace("newman", "postrun");
        }
        if line.starts_with(['│', '├', '┌', '└']) {
            let cells: Vec<&str> = line.split('│').map(str::trim).collect();
            line = replace(r"\d+(\.\d+)?(ms|µs|s|B|kB|MB)", &cells.join("│"), "N");
            line = replace("─+", &line, "─");
        }
        if out
            .last()
            .is_some_and(|l: &String| l.ends_with("[errored]"))
            && line.starts_with("     ")
        {
            line = "     ERROR".to_string();
        }
        out.push(replace(r"\s+", line.trim_end(), " "));
        i += 1;
    }
    failure_list(out)
}

/// In the failure list, a request error's name, message and (Newman's
/// empty) `inside` are the tools' own.
fn failure_list(mut lines: Vec<String>) -> Vec<String> {
    let Some(start) = lines.iter().position(|l| l.trim() == "# failure detail") else {
        return lines;
    };
    let mut tail: Vec<String> = lines
        .split_off(start)
        .into_iter()
        .filter(|l| !l.trim().is_empty())
        .collect();
    for n in 0..tail.len() {
        if tail.get(n + 1).is_some_and(|l| l.trim() == "at request") {
            tail[n] = "ERROR".into();
            if let Some(name) = n.checked_sub(1) {
                tail[name] = replace(r"(RequestError|Error)$", &tail[name], "ERROR");
            }
            if let Some(inside) = tail.get_mut(n + 2) {
                *inside = "inside".into();
            }
        }
    }
    lines.extend(tail);
    lines
}

#[test]
fn the_terminal_matches_newmans() {
    let server = TestServer::start();
    let newman = newman();
    let postrun = assert_cmd::cargo::cargo_bin("postrun");
    let cases: Vec<_> = cases()
        .into_iter()
        .filter(|case| CASES.contains(&case.name.as_str()))
        .collect();
    assert_eq!(cases.len(), CASES.len(), "every fixture named exists");
    let mut differences = Vec::new();
    for case in &cases {
        let mut theirs = Command::new("node");
        theirs
            .arg(&newman)
            .arg("run")
            .arg(&case.collection)
            .args(&case.args);
        let mut ours = Command::new(&postrun);
        ours.arg("run").arg(&case.collection).args(&case.args);
        let (theirs, ours) = (output(theirs, &server), output(ours, &server));
        let (theirs, ours) = (normalise(&theirs, true), normalise(&ours, false));
        if let Some(at) = (0..theirs.len().max(ours.len())).find(|&n| theirs.get(n) != ours.get(n))
        {
            differences.push(format!(
                "{}: line {}\n  newman:  {:?}\n  postrun: {:?}",
                case.name,
                at + 1,
                theirs.get(at),
                ours.get(at)
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
