//! `postrun merge-reports`: the JSON or JUnit reports of a sharded run's
//! shards (`--shard K/M`), given in shard order, joined into the report
//! the whole run writes: counts summed, executions, failures and suites in
//! order, a request item's suite gathered from every shard with each
//! assertion's case failed when it failed anywhere. Timings are merged as
//! well as they can be (start of the first, end of the last, means
//! weighted by requests); they are the only part that differs from an
//! unsharded run's report.

use serde_json::{Map, Value, json};

/// Why reports cannot be merged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// Nothing to merge.
    #[error("no reports to merge")]
    Empty,
    /// A report is not what its kind should be.
    #[error("report {index} (counting from 1) is not {kind}: {message}")]
    Invalid {
        /// Which report.
        index: usize,
        /// `a Newman JSON report`, `JUnit XML`.
        kind: &'static str,
        /// What is wrong.
        message: String,
    },
}

/// The JSON reports of the shards, in shard order, as one run's.
pub fn merge_json(reports: Vec<Value>) -> Result<Value, MergeError> {
    for (index, report) in reports.iter().enumerate() {
        if !report["run"]["stats"].is_object() {
            return Err(MergeError::Invalid {
                index: index + 1,
                kind: "a Newman JSON report",
                message: "it has no run.stats".into(),
            });
        }
    }
    let mut reports = reports.into_iter();
    let mut merged = reports.next().ok_or(MergeError::Empty)?;
    for report in reports {
        absorb_run(&mut merged["run"], &report["run"]);
        // The run ends with the last shard's variables.
        for scope in ["environment", "globals"] {
            if !report[scope].is_null() {
                merged[scope] = report[scope].clone();
            }
        }
    }
    Ok(merged)
}

fn absorb_run(merged: &mut Value, run: &Value) {
    let requests = |run: &Value| run["stats"]["requests"]["total"].as_f64().unwrap_or(0.0);
    let (before, added) = (requests(merged), requests(run));
    if let (Some(stats), Some(more)) = (merged["stats"].as_object_mut(), run["stats"].as_object()) {
        for (name, counts) in more {
            let total = stats.entry(name.clone()).or_insert_with(|| json!({}));
            for key in ["total", "pending", "failed"] {
                let sum = total[key].as_u64().unwrap_or(0) + counts[key].as_u64().unwrap_or(0);
                total[key] = json!(sum);
            }
        }
    }
    for list in ["executions", "failures"] {
        let more = run[list].as_array().cloned().unwrap_or_default();
        match merged[list].as_array_mut() {
            Some(items) => items.extend(more),
            None => merged[list] = Value::Array(more),
        }
    }
    let transferred = merged["transfers"]["responseTotal"].as_u64().unwrap_or(0)
        + run["transfers"]["responseTotal"].as_u64().unwrap_or(0);
    merged["transfers"]["responseTotal"] = json!(transferred);
    if merged["error"].is_null() && !run["error"].is_null() {
        merged["error"] = run["error"].clone();
    }
    merge_timings(&mut merged["timings"], &run["timings"], before, added);
}

/// Start of the first, end of the last; minimums, maximums, and means and
/// deviations pooled by the number of requests behind each.
fn merge_timings(merged: &mut Value, timings: &Value, before: f64, added: f64) {
    let number = |value: &Value, key: &str| value[key].as_f64().unwrap_or(0.0);
    let mut out = merged.as_object().cloned().unwrap_or_default();
    // Whole numbers as integers, as the reports write them.
    let mut set = |key: &str, value: f64| {
        out.insert(key.into(), super::format::js_number(value));
    };
    set(
        "started",
        number(merged, "started").min(number(timings, "started")),
    );
    set(
        "completed",
        number(merged, "completed").max(number(timings, "completed")),
    );
    let total = before + added;
    for kind in ["response", "firstByte", "dns"] {
        let key = |part: &str| format!("{kind}{part}");
        let (mean_a, mean_b) = (
            number(merged, &key("Average")),
            number(timings, &key("Average")),
        );
        let (sd_a, sd_b) = (number(merged, &key("Sd")), number(timings, &key("Sd")));
        let mean = match total > 0.0 {
            true => (mean_a * before + mean_b * added) / total,
            false => 0.0,
        };
        let variance = match total > 0.0 {
            true => {
                (before * (sd_a * sd_a + (mean_a - mean).powi(2))
                    + added * (sd_b * sd_b + (mean_b - mean).powi(2)))
                    / total
            }
            false => 0.0,
        };
        set(&key("Average"), mean);
        set(&key("Sd"), variance.sqrt());
        let (min_a, min_b) = (number(merged, &key("Min")), number(timings, &key("Min")));
        set(
            &key("Min"),
            if before == 0.0 {
                min_b
            } else if added == 0.0 {
                min_a
            } else {
                min_a.min(min_b)
            },
        );
        set(
            &key("Max"),
            number(merged, &key("Max")).max(number(timings, &key("Max"))),
        );
    }
    *merged = Value::Object(out);
}

/// The JUnit reports of the shards, in shard order, as one run's: suites
/// of the same name become one (its cases in order; an assertion's case
/// that is in both is failed when either failed, its failure count
/// summed), and the root's counts are those of the merged suites.
pub fn merge_junit(reports: &[String]) -> Result<String, MergeError> {
    let mut roots = Vec::new();
    for (index, text) in reports.iter().enumerate() {
        let invalid = |message: String| MergeError::Invalid {
            index: index + 1,
            kind: "JUnit XML",
            message,
        };
        let root = crate::script::xml_tree(text)
            .map_err(|(message, at)| invalid(format!("{message} at byte {at}")))?;
        if root["name"] != "testsuites" {
            return Err(invalid("its root is not <testsuites>".into()));
        }
        roots.push(root);
    }
    let mut roots = roots.into_iter();
    let mut merged = roots.next().ok_or(MergeError::Empty)?;
    for root in roots {
        for suite in elements(&root) {
            absorb_suite(&mut merged, suite);
        }
    }
    count_root(&mut merged);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write_element(&mut out, &merged, 0);
    out.push('\n');
    Ok(out)
}

fn elements(element: &Value) -> impl Iterator<Item = &Value> {
    element["children"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|child| child.is_object() && child.get("name").is_some())
}

fn attr<'v>(element: &'v Value, name: &str) -> &'v str {
    element["attrs"][name].as_str().unwrap_or_default()
}

fn set_attr(element: &mut Value, name: &str, value: String) {
    element["attrs"][name] = Value::String(value);
}

/// A suite from a later shard, into the merged root.
fn absorb_suite(root: &mut Value, suite: &Value) {
    let name = attr(suite, "name").to_string();
    let children = root["children"]
        .as_array_mut()
        .expect("a parsed element has children");
    let same = children
        .iter_mut()
        .find(|child| child["name"] == "testsuite" && attr(child, "name") == name);
    let Some(merged) = same else {
        children.push(suite.clone());
        return;
    };
    let time = seconds(attr(merged, "time")) + seconds(attr(suite, "time"));
    set_attr(merged, "time", format!("{time:.3}"));
    for child in elements(suite) {
        match child["name"].as_str() {
            Some("testcase") => absorb_case(merged, child),
            Some("system-out" | "system-err") => absorb_output(merged, child),
            // Properties and the rest are the suite's, kept from the first.
            _ => {}
        }
    }
    count_suite(merged);
}

/// An assertion's case already in the suite takes the later run: failed
/// if either failed, the failures counted together; other cases (errors
/// of one iteration) are added.
fn absorb_case(suite: &mut Value, case: &Value) {
    let children = suite["children"]
        .as_array_mut()
        .expect("a parsed element has children");
    let key = |c: &Value| {
        (
            attr(c, "name").to_string(),
            attr(c, "classname").to_string(),
        )
    };
    let wanted = key(case);
    let existing = children
        .iter_mut()
        .find(|c| c["name"] == "testcase" && key(c) == wanted && !has_child(c, "error"));
    match existing {
        Some(existing) if !has_child(case, "error") => merge_case(existing, case),
        _ => {
            // Before any system-out, where quick-junit puts cases.
            let at = children
                .iter()
                .position(|c| matches!(c["name"].as_str(), Some("system-out" | "system-err")))
                .unwrap_or(children.len());
            children.insert(at, case.clone());
        }
    }
}

fn merge_case(existing: &mut Value, later: &Value) {
    let failure = |case: &Value| -> Option<Value> {
        elements(case).find(|c| c["name"] == "failure").cloned()
    };
    match (failure(existing), failure(later)) {
        (Some(mut first), Some(second)) => {
            let times = failed_times(&first) + failed_times(&second);
            set_failed_times(&mut first, times);
            replace_child(existing, "failure", first);
        }
        (None, Some(second)) => {
            existing["children"] = json!([second]);
        }
        (Some(_), None) => {}
        // Skipped only while every run of it was skipped.
        (None, None) if !has_child(later, "skipped") => {
            if let Some(children) = existing["children"].as_array_mut() {
                children.retain(|c| c["name"] != "skipped");
            }
        }
        (None, None) => {}
    }
}

/// `Failed N times.` in a failure's text (Newman's description).
fn failed_times(failure: &Value) -> u64 {
    let text = element_text(failure);
    text.strip_prefix("Failed ")
        .and_then(|rest| rest.split_once(' '))
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(1)
}

fn set_failed_times(failure: &mut Value, times: u64) {
    let text = element_text(failure);
    let Some((_, rest)) = text
        .strip_prefix("Failed ")
        .and_then(|rest| rest.split_once(' '))
    else {
        return;
    };
    failure["children"] = json!([format!("Failed {times} {rest}")]);
}

fn element_text(element: &Value) -> String {
    element["children"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c.as_str().or_else(|| c["cdata"].as_str()))
        .collect()
}

fn has_child(element: &Value, name: &str) -> bool {
    elements(element).any(|c| c["name"] == name)
}

fn replace_child(element: &mut Value, name: &str, with: Value) {
    if let Some(children) = element["children"].as_array_mut()
        && let Some(child) = children.iter_mut().find(|c| c["name"] == name)
    {
        *child = with;
    }
}

/// A later shard's console output joins the suite's.
fn absorb_output(suite: &mut Value, output: &Value) {
    let kind = output["name"].clone();
    let children = suite["children"]
        .as_array_mut()
        .expect("a parsed element has children");
    match children.iter_mut().find(|c| c["name"] == kind) {
        Some(existing) => {
            let text = format!("{}\n{}", element_text(existing), element_text(output));
            existing["children"] = json!([text]);
        }
        None => children.push(output.clone()),
    }
}

/// A suite's `tests`, `failures`, `errors` and `skipped` from its cases.
fn count_suite(suite: &mut Value) {
    let [mut tests, mut failures, mut errors, mut skipped] = [0u64; 4];
    for case in elements(suite).filter(|c| c["name"] == "testcase") {
        tests += 1;
        failures += u64::from(has_child(case, "failure"));
        errors += u64::from(has_child(case, "error"));
        skipped += u64::from(has_child(case, "skipped"));
    }
    for (name, count) in [("tests", tests), ("failures", failures), ("errors", errors)] {
        set_attr(suite, name, count.to_string());
    }
    if suite["attrs"].get("skipped").is_some() {
        set_attr(suite, "skipped", skipped.to_string());
    }
}

/// The root's totals and time from its suites.
fn count_root(root: &mut Value) {
    let [mut tests, mut failures, mut errors] = [0u64; 3];
    let mut time = 0.0;
    for suite in elements(root).filter(|s| s["name"] == "testsuite") {
        let number = |name: &str| attr(suite, name).parse::<u64>().unwrap_or(0);
        tests += number("tests");
        failures += number("failures");
        errors += number("errors");
        time += seconds(attr(suite, "time"));
    }
    for (name, count) in [("tests", tests), ("failures", failures), ("errors", errors)] {
        set_attr(root, name, count.to_string());
    }
    if root["attrs"].get("time").is_some() {
        set_attr(root, "time", format!("{time:.3}"));
    }
}

fn seconds(text: &str) -> f64 {
    text.parse().unwrap_or(0.0)
}

/// An element as indented XML, attributes in their order, text escaped.
fn write_element(out: &mut String, element: &Value, depth: usize) {
    let indent = "    ".repeat(depth);
    let name = element["name"].as_str().unwrap_or("x");
    out.push_str(&indent);
    out.push('<');
    out.push_str(name);
    for (key, value) in element["attrs"].as_object().unwrap_or(&Map::new()) {
        out.push_str(&format!(
            " {key}=\"{}\"",
            escape_attribute(value.as_str().unwrap_or_default())
        ));
    }
    let children = element["children"].as_array().cloned().unwrap_or_default();
    let children: Vec<Value> = children
        .into_iter()
        .filter(|c| !c.as_str().is_some_and(|t| t.trim().is_empty()))
        .collect();
    if children.is_empty() {
        out.push_str("/>");
        return;
    }
    out.push('>');
    let only_text = children
        .iter()
        .all(|c| !c.is_object() || c.get("cdata").is_some());
    for child in &children {
        if let Some(text) = child.as_str() {
            out.push_str(&escape(text));
        } else if let Some(data) = child.get("cdata") {
            out.push_str("<![CDATA[");
            out.push_str(data.as_str().unwrap_or_default());
            out.push_str("]]>");
        } else {
            out.push('\n');
            write_element(out, child, depth + 1);
        }
    }
    if !only_text {
        out.push('\n');
        out.push_str(&indent);
    }
    out.push_str(&format!("</{name}>"));
}

/// An attribute's value escaped as the JUnit reporter writes it: line
/// breaks and tabs as character references, which XML readers keep.
fn escape_attribute(text: &str) -> String {
    escape(text)
        .replace('\n', "&#xA;")
        .replace('\r', "&#xD;")
        .replace('\t', "&#x9;")
}

/// Escaped as quick-junit escapes (the JUnit reporter's writer), so a
/// merged report reads as the reports it was made of.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_counts_add_up_and_lists_follow_in_shard_order() {
        let shard = |n: u64, name: &str| {
            json!({
                "environment": { "name": name },
                "run": {
                    "stats": { "requests": { "total": n, "pending": 0, "failed": 1 } },
                    "executions": [{ "id": name }],
                    "failures": [{ "at": name }],
                    "transfers": { "responseTotal": 10 * n },
                    "timings": { "started": n, "completed": 10 + n, "responseAverage": n as f64, "responseMin": n as f64, "responseMax": n as f64, "responseSd": 0.0 },
                }
            })
        };
        let merged = merge_json(vec![shard(1, "a"), shard(3, "b")]).unwrap();
        assert_eq!(
            merged["run"]["stats"]["requests"],
            json!({ "total": 4, "pending": 0, "failed": 2 })
        );
        assert_eq!(
            merged["run"]["executions"],
            json!([{ "id": "a" }, { "id": "b" }])
        );
        assert_eq!(merged["environment"]["name"], "b", "the last shard's");
        assert_eq!(merged["run"]["transfers"]["responseTotal"], 40);
        let timings = &merged["run"]["timings"];
        assert_eq!(
            (timings["started"].as_f64(), timings["completed"].as_f64()),
            (Some(1.0), Some(13.0))
        );
        assert_eq!(timings["responseAverage"].as_f64(), Some(2.5));
        assert!((timings["responseSd"].as_f64().unwrap() - 0.866).abs() < 0.001);
        assert!(matches!(
            merge_json(vec![json!({})]),
            Err(MergeError::Invalid { index: 1, .. })
        ));
    }

    #[test]
    fn junit_suites_of_one_item_become_one() {
        let shard = |failed: bool, iteration: u32| {
            let case = if failed {
                r#"<testcase name="ok" classname="A"><failure message="m" type="AssertionFailure">Failed 1 times.</failure></testcase>"#.to_string()
            } else {
                r#"<testcase name="ok" classname="A"/>"#.to_string()
            };
            format!(
                r#"<?xml version="1.0"?><testsuites name="c" tests="2" failures="{f}" errors="1" time="1.000"><testsuite name="A" tests="2" failures="{f}" errors="1" time="1.000">{case}<testcase name="boom (iteration {iteration})" classname="A"><error message="x"/></testcase></testsuite></testsuites>"#,
                f = u8::from(failed)
            )
        };
        let merged = merge_junit(&[shard(true, 1), shard(true, 2), shard(false, 3)]).unwrap();
        let root = crate::script::xml_tree(&merged).unwrap();
        assert_eq!(attr(&root, "tests"), "4");
        assert_eq!(attr(&root, "failures"), "1");
        assert_eq!(attr(&root, "errors"), "3");
        assert_eq!(attr(&root, "time"), "3.000");
        let suites: Vec<&Value> = elements(&root).collect();
        assert_eq!(suites.len(), 1);
        let cases: Vec<String> = elements(suites[0])
            .map(|c| attr(c, "name").to_string())
            .collect();
        assert_eq!(
            cases,
            [
                "ok",
                "boom (iteration 1)",
                "boom (iteration 2)",
                "boom (iteration 3)"
            ]
        );
        assert!(merged.contains("Failed 2 times."), "{merged}");
        assert!(matches!(
            merge_junit(&["<x/>".into()]),
            Err(MergeError::Invalid { .. })
        ));
    }
}
