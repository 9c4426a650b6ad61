//! Iteration data files (`-d`): CSV with a header row, or a JSON array of
//! objects. One row per iteration.

use std::path::Path;

use super::csv;
use super::model::{Declared, VarType, Variable};
use super::{LoadError, read_text};

/// One iteration's values.
pub type DataRow = Vec<Variable>;

/// Reads a CSV or JSON data file (JSON when it starts with `[`; one that
/// starts with `{` is JSON too, and refused: it is no list of rows).
pub fn load_data(path: &Path) -> Result<Vec<DataRow>, LoadError> {
    parse_data(&read_text(path)?, path)
}

/// Parses CSV or JSON data text; `path` names it in errors.
pub fn parse_data(text: &str, path: &Path) -> Result<Vec<DataRow>, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let start = text.trim_start();
    if start.starts_with('[') {
        json_rows(text, path)
    } else if start.starts_with('{') && serde_json::from_str::<serde_json::Value>(text).is_ok() {
        Err(data_error(
            path,
            1,
            "a JSON data file holds an array of objects, one per iteration: `[{\"key\": \"value\"}, …]`; this one holds a single object",
        ))
    } else {
        csv_rows(text, path)
    }
}

fn cell(key: &str, value: String, typed: bool) -> Variable {
    Variable {
        key: key.to_string(),
        value,
        kind: VarType::Default,
        enabled: true,
        written_disabled: false,
        typed,
        declared: Declared::Any,
    }
}

fn csv_rows(text: &str, path: &Path) -> Result<Vec<DataRow>, LoadError> {
    let records =
        csv::records(text).map_err(|error| data_error(path, error.line, &error.message))?;
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return Ok(Vec::new());
    };
    Ok(records.map(|record| csv_row(&header, record)).collect())
}

/// A record as Newman's row object: fields beyond the header are dropped,
/// missing ones are absent, and a repeated column name keeps its first
/// place and its last value.
fn csv_row(header: &[csv::Field], record: Vec<csv::Field>) -> DataRow {
    let mut row: DataRow = Vec::new();
    for (name, field) in header.iter().zip(record) {
        let (value, typed) = match newman_number(&field) {
            Some(number) => (js_number_text(number), true),
            None => (field.text, false),
        };
        let variable = cell(&name.text, value, typed);
        match row.iter_mut().find(|v| v.key == name.text) {
            Some(existing) => *existing = variable,
            None => row.push(variable),
        }
    }
    row
}

/// Newman's cast of a CSV field: anything its float test accepts
/// (`Number(v) - parseFloat(v) + 1 >= 0`, which takes its integers too, so
/// `007` is 7 and `0x10` is 0) becomes `parseFloat(v)`; quoted fields never
/// become numbers.
fn newman_number(field: &csv::Field) -> Option<f64> {
    if field.quoted {
        return None;
    }
    let text = field.text.as_str();
    let parsed = parse_float(text)?;
    let whole = js_number(text)?;
    (whole - parsed + 1.0 >= 0.0).then_some(parsed)
}

/// JavaScript's `Number(text)` for trimmed text (`None` for NaN).
pub(crate) fn js_number(text: &str) -> Option<f64> {
    if text.is_empty() {
        return Some(0.0);
    }
    for (prefix, radix) in [
        ("0x", 16),
        ("0X", 16),
        ("0o", 8),
        ("0O", 8),
        ("0b", 2),
        ("0B", 2),
    ] {
        if let Some(digits) = text.strip_prefix(prefix) {
            if digits.is_empty() {
                return None;
            }
            return digits.chars().try_fold(0.0, |n: f64, c| {
                c.to_digit(radix)
                    .map(|d| n * f64::from(radix) + f64::from(d))
            });
        }
    }
    let (sign, unsigned) = split_sign(text);
    if unsigned == "Infinity" {
        return Some(sign * f64::INFINITY);
    }
    if decimal_prefix(unsigned) != unsigned.len() {
        return None;
    }
    unsigned.parse::<f64>().ok().map(|n| sign * n)
}

/// JavaScript's `parseFloat(text)`: the longest leading number (`None` for NaN).
fn parse_float(text: &str) -> Option<f64> {
    let (sign, unsigned) = split_sign(text);
    if unsigned.starts_with("Infinity") {
        return Some(sign * f64::INFINITY);
    }
    match decimal_prefix(unsigned) {
        0 => None,
        length => unsigned[..length].parse::<f64>().ok().map(|n| sign * n),
    }
}

fn split_sign(text: &str) -> (f64, &str) {
    match text.as_bytes().first() {
        Some(b'-') => (-1.0, &text[1..]),
        Some(b'+') => (1.0, &text[1..]),
        _ => (1.0, text),
    }
}

/// The length of the decimal literal (`12`, `1.5`, `.5`, `5.`, `1e3`) at
/// the start of `text`; 0 when there is none.
fn decimal_prefix(text: &str) -> usize {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let whole = digits(0);
    let fraction = match bytes.get(whole) {
        Some(b'.') => digits(whole + 1),
        _ => 0,
    };
    if whole == 0 && fraction == 0 {
        return 0;
    }
    let mut end = whole;
    if bytes.get(whole) == Some(&b'.') {
        end += 1 + fraction;
    }
    if matches!(bytes.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(bytes.get(end + 1), Some(b'+' | b'-')));
        let exponent = digits(end + 1 + sign);
        if exponent > 0 {
            end += 1 + sign + exponent;
        }
    }
    end
}

/// A number as JavaScript prints it (`7.5`, `12345678901234567000`, `1e+21`).
pub(crate) fn js_number_text(number: f64) -> String {
    ryu_js::Buffer::new().format(number).to_string()
}

fn json_rows(text: &str, path: &Path) -> Result<Vec<DataRow>, LoadError> {
    let values: Vec<serde_json::Value> =
        serde_json::from_str(text).map_err(|source| LoadError::Syntax {
            file: path.into(),
            line: source.line(),
            column: source.column(),
            source,
        })?;
    values
        .into_iter()
        .enumerate()
        .map(|(index, value)| match value {
            serde_json::Value::Object(map) => Ok(map
                .into_iter()
                .map(|(key, value)| {
                    // `null` is kept as JSON: scripts read `null`, and a
                    // request's `{{key}}` stays as written (vars::value_of).
                    match value {
                        serde_json::Value::Null => cell(&key, "null".to_string(), true),
                        value => cell(&key, super::normalize::text(&value), !value.is_string()),
                    }
                })
                .collect()),
            _ => Err(data_error(
                path,
                0,
                &format!("entry {} is not an object of column values", index + 1),
            )),
        })
        .collect()
}

fn data_error(path: &Path, row: usize, message: &str) -> LoadError {
    LoadError::Data {
        file: path.into(),
        row,
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cast(text: &str) -> Option<String> {
        let field = csv::Field {
            text: text.to_string(),
            quoted: false,
        };
        newman_number(&field).map(js_number_text)
    }

    /// Each case as Newman 6 turned it (recorded with the fixture
    /// `fixtures/data/types.csv`, which the parity suite runs).
    #[test]
    fn casts_as_newman() {
        let cases = [
            ("42", Some("42")),
            ("0", Some("0")),
            ("007", Some("7")),
            ("12345678901234567890", Some("12345678901234567000")),
            ("-5", Some("-5")),
            ("+5", Some("5")),
            ("7.50", Some("7.5")),
            ("1e3", Some("1000")),
            ("0x10", Some("0")),
            (".5", Some("0.5")),
            ("12abc", None),
            ("Infinity", None),
            ("-0", Some("0")),
            ("true", None),
            ("", None),
            ("1e400", None),
        ];
        for (text, expected) in cases {
            assert_eq!(cast(text).as_deref(), expected, "{text}");
        }
    }
}
