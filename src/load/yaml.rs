//! YAML 1.2 (core schema) text → a small tree that remembers where each node
//! starts, so v3 load errors can name the line and column.
//!
//! Also the writer `convert` uses: block style, keys in the order given, and
//! strings quoted only where a YAML 1.2 reader would take them for something
//! else.

use saphyr::{LoadableYamlNode, MarkedYamlOwned, ScalarOwned, YamlDataOwned};

/// A parsed YAML value with its 1-based position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub line: usize,
    pub column: usize,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(String),
    List(Vec<Node>),
    /// Keys in file order; non-string keys are written as text.
    Map(Vec<(String, Node)>),
}

/// A parse failure, 1-based.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses one YAML document; an empty file is `Null`.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let docs = MarkedYamlOwned::load_from_str(text).map_err(|e| SyntaxError {
        line: e.marker().line(),
        column: e.marker().col() + 1,
        message: e.info().to_string(),
    })?;
    Ok(docs.into_iter().next().map(node).unwrap_or(Node {
        line: 1,
        column: 1,
        value: Value::Null,
    }))
}

fn node(marked: MarkedYamlOwned) -> Node {
    let (line, column) = (marked.span.start.line(), marked.span.start.col() + 1);
    let value = match marked.data {
        YamlDataOwned::Value(scalar) => scalar_value(scalar),
        YamlDataOwned::Representation(text, _, _) => Value::String(text),
        YamlDataOwned::Sequence(items) => Value::List(items.into_iter().map(node).collect()),
        YamlDataOwned::Mapping(map) => Value::Map(
            map.into_iter()
                .map(|(key, value)| (key_text(key), node(value)))
                .collect(),
        ),
        YamlDataOwned::Tagged(_, inner) => return node(*inner),
        YamlDataOwned::Alias(_) | YamlDataOwned::BadValue => Value::Null,
    };
    Node {
        line,
        column,
        value,
    }
}

fn scalar_value(scalar: ScalarOwned) -> Value {
    match scalar {
        ScalarOwned::Null => Value::Null,
        ScalarOwned::Boolean(b) => Value::Bool(b),
        ScalarOwned::Integer(i) => Value::Int(i),
        ScalarOwned::FloatingPoint(f) => Value::Float(f.into_inner()),
        ScalarOwned::String(s) => Value::String(s),
    }
}

fn key_text(key: MarkedYamlOwned) -> String {
    match node(key).value {
        Value::String(s) => s,
        Value::Null => String::new(),
        other => other.scalar_text().unwrap_or_default(),
    }
}

impl Node {
    /// A node made in memory (position 0:0).
    pub fn new(value: Value) -> Node {
        Node {
            line: 0,
            column: 0,
            value,
        }
    }

    /// The value of `key` when this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        self.value == Value::Null
    }
}

impl Value {
    /// A scalar as text: strings as they are, numbers and booleans as YAML
    /// writes them; `None` for null, lists and mappings.
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Value::Bool(b) => Some(b.to_string()),
            Value::Int(i) => Some(i.to_string()),
            Value::Float(f) => Some(float_text(*f)),
            Value::String(s) => Some(s.clone()),
            Value::Null | Value::List(_) | Value::Map(_) => None,
        }
    }

    /// The same value as JSON (non-finite floats become null).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as Json;
        match self {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Int(i) => Json::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
            Value::String(s) => Json::String(s.clone()),
            Value::List(items) => Json::Array(items.iter().map(|n| n.value.to_json()).collect()),
            Value::Map(entries) => Json::Object(
                entries
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value.to_json()))
                    .collect(),
            ),
        }
    }

    /// A JSON value as YAML.
    pub fn from_json(json: &serde_json::Value) -> Value {
        use serde_json::Value as Json;
        match json {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => n
                .as_i64()
                .map_or_else(|| Value::Float(n.as_f64().unwrap_or_default()), Value::Int),
            Json::String(s) => Value::String(s.clone()),
            Json::Array(items) => Value::List(
                items
                    .iter()
                    .map(|v| Node::new(Value::from_json(v)))
                    .collect(),
            ),
            Json::Object(map) => Value::Map(
                map.iter()
                    .map(|(k, v)| (k.clone(), Node::new(Value::from_json(v))))
                    .collect(),
            ),
        }
    }

    /// A short name for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::String(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

fn float_text(f: f64) -> String {
    match f {
        f if f.is_nan() => ".nan".into(),
        f if f.is_infinite() && f > 0.0 => ".inf".into(),
        f if f.is_infinite() => "-.inf".into(),
        f if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.1}"),
        f => f.to_string(),
    }
}

/// Writes `value` as a YAML document in block style.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Map(entries) if !entries.is_empty() => write_map(&mut out, entries, 0),
        Value::List(items) if !items.is_empty() => write_list(&mut out, items, 0),
        scalar => {
            out.push_str(&inline(scalar, 0));
            out.push('\n');
        }
    }
    out
}

fn write_map(out: &mut String, entries: &[(String, Node)], indent: usize) {
    for (key, node) in entries {
        out.push_str(&" ".repeat(indent));
        out.push_str(&string_scalar(key, indent));
        out.push(':');
        write_nested(out, &node.value, indent, false);
    }
}

fn write_list(out: &mut String, items: &[Node], indent: usize) {
    for node in items {
        out.push_str(&" ".repeat(indent));
        out.push('-');
        write_nested(out, &node.value, indent, true);
    }
}

/// The value after `key:` or `-`: nested block on the next lines, or inline.
fn write_nested(out: &mut String, value: &Value, indent: usize, in_list: bool) {
    match value {
        Value::Map(entries) if !entries.is_empty() => {
            if in_list {
                // `- key: value` with the rest of the mapping aligned under it.
                let mut nested = String::new();
                write_map(&mut nested, entries, indent + 2);
                out.push(' ');
                out.push_str(nested.trim_start());
            } else {
                out.push('\n');
                write_map(out, entries, indent + 2);
            }
        }
        Value::List(items) if !items.is_empty() => {
            out.push('\n');
            write_list(out, items, indent + 2);
        }
        scalar => {
            out.push(' ');
            out.push_str(&inline(scalar, indent + 2));
            out.push('\n');
        }
    }
}

fn inline(value: &Value, indent: usize) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Map(_) => "{}".into(),
        Value::List(_) => "[]".into(),
        Value::String(s) => string_scalar(s, indent),
        other => other.scalar_text().unwrap_or_default(),
    }
}

/// A string as a plain scalar when it reads back as the same string, as a
/// `|` block when it is multi-line text, double-quoted otherwise.
fn string_scalar(s: &str, indent: usize) -> String {
    if is_plain_safe(s) {
        return s.to_string();
    }
    if fits_literal_block(s) {
        return literal_block(s, indent);
    }
    double_quoted(s)
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let reads_as_other_type = !matches!(
        scalar_value(ScalarOwned::parse_from_cow(s.into())),
        Value::String(_)
    );
    !reads_as_other_type
        && !yaml_1_1_would_type(s)
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !first.is_whitespace()
        && !s.ends_with(char::is_whitespace)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
        && s.chars().all(|c| !c.is_control())
}

/// Whether a YAML 1.1 reader (PyYAML, and ruamel.yaml's implicit tags)
/// takes `s` for something other than a string, although YAML 1.2's core
/// schema reads it as one: `yes`/`off` and the other booleans, numbers with
/// `_`, `0o`/`0b` or sexagesimal `1:20`, `.inf`, dates and timestamps, and
/// the `=` and `<<` tags they refuse outright. Numbers and dates are caught
/// by their alphabet, which quotes a few strings no reader would type
/// (`1e`, `12 12`): quoting is never wrong.
fn yaml_1_1_would_type(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", ".inf", "+.inf", "-.inf",
        ".nan",
    ];
    if s == "=" || s.starts_with("<<") || WORDS.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        return true;
    }
    let numeric_start = s.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '.');
    numeric_start
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || "xXoObB_:.+-tTzZ ".contains(c))
}

/// Literal blocks keep every character, trailing spaces included; only a
/// leading space or blank line (which would set the indentation) and
/// control characters rule them out.
fn fits_literal_block(s: &str) -> bool {
    s.contains('\n')
        && !s.starts_with([' ', '\t', '\n'])
        && !s.contains('\r')
        && s.chars().all(|c| c == '\n' || c == '\t' || !c.is_control())
}

fn literal_block(s: &str, indent: usize) -> String {
    let body = s.trim_end_matches('\n');
    let trailing = s.len() - body.len();
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let pad = " ".repeat(indent.max(2));
    let mut out = format!("|{chomp}");
    for line in s.trim_end_matches('\n').split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    for _ in 1..trailing {
        out.push('\n');
    }
    out
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(node: &Node, key: &str) -> Value {
        node.get(key).unwrap().value.clone()
    }

    #[test]
    fn yaml_1_2_keeps_off_and_yes_as_strings() {
        let doc = parse("a: off\nb: yes\nc: true\nd: 1.5\ne: '2800'\nf: ~\n").unwrap();
        assert_eq!(text(&doc, "a"), Value::String("off".into()));
        assert_eq!(text(&doc, "b"), Value::String("yes".into()));
        assert_eq!(text(&doc, "c"), Value::Bool(true));
        assert_eq!(text(&doc, "d"), Value::Float(1.5));
        assert_eq!(text(&doc, "e"), Value::String("2800".into()));
        assert_eq!(text(&doc, "f"), Value::Null);
        assert_eq!(
            (doc.get("b").unwrap().line, doc.get("b").unwrap().column),
            (2, 4)
        );
    }

    /// YAML 1.2 reads these as strings, YAML 1.1 readers (PyYAML) do not,
    /// or refuse them (`=`, `<<`): written quoted.
    #[test]
    fn strings_a_yaml_1_1_reader_would_type_are_quoted() {
        for s in [
            "=",
            "<<",
            "2024-01-01",
            "1_000",
            "0o17",
            "1:20",
            ".inf",
            "yes",
            "OFF",
            "y",
        ] {
            assert!(
                string_scalar(s, 0).starts_with('"'),
                "{s} -> {}",
                string_scalar(s, 0)
            );
        }
        for s in ["plain", "v2", "10 Downing Street", "api-version"] {
            assert_eq!(string_scalar(s, 0), s);
        }
    }

    #[test]
    fn unquoted_braces_are_a_syntax_error_with_a_line() {
        let err = parse("$kind: http-request\nurl: {{baseUrl}}/health\n").unwrap_err();
        assert_eq!(err.line, 2);
    }

    #[test]
    fn written_scalars_read_back_unchanged() {
        let strings = [
            "plain",
            "=",
            "<<",
            "<<: *anchor",
            "2024-01-01",
            "2001-12-14t21:59:43.10-05:00",
            "1_000",
            "0x1F",
            "0o17",
            "0b101",
            "1:20",
            "+1",
            ".5",
            ".inf",
            "yes",
            "Off",
            "y",
            "NULL",
            "",
            "off",
            "true",
            "1000",
            "1e3",
            "null",
            "~",
            "{{baseUrl}}/x",
            "- dash",
            "a: b",
            "trailing ",
            " leading",
            "line\nbreak",
            "two\n\nnewlines\n\n",
            "crlf\r\nkept",
            "tab\there",
            "quote \" and \\ backslash",
            "# comment",
            "key:",
            "ünïcode ✓",
            "line one\n  indented\n",
            "trailing spaces   \n    \n\nafter blank lines",
            "tab\n\tindented\n",
            "ends with spaces\n   ",
        ];
        let entries: Vec<(String, Node)> = strings
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("k{i}"), Node::new(Value::String(s.to_string()))))
            .collect();
        let nested = Value::Map(vec![(
            "outer".into(),
            Node::new(Value::List(vec![Node::new(Value::Map(entries.clone()))])),
        )]);
        let written = to_string(&nested);
        let read = parse(&written).unwrap();
        let list = read.get("outer").unwrap();
        let Value::List(items) = &list.value else {
            panic!("{written}")
        };
        for (key, node) in &entries {
            assert_eq!(
                items[0].get(key).map(|n| &n.value),
                Some(&node.value),
                "{key} in\n{written}"
            );
        }
    }
}
