//! Iteration data files (`-d`): CSV with a header row, or a JSON array of
//! objects. One row per iteration.

use std::path::Path;

use super::model::{VarType, Variable};
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
        typed,
    }
}

/// Numbers in CSV cells become numbers, as Newman's CSV reader makes them.
fn looks_numeric(text: &str) -> bool {
    !text.is_empty()
        && text.trim() == text
        && text.parse::<f64>().is_ok_and(f64::is_finite)
        && !text.starts_with('+')
}

fn csv_rows(text: &str, path: &Path) -> Result<Vec<DataRow>, LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| {
            data_error(
                path,
                e.position().map_or(1, |p| p.line() as usize),
                &e.to_string(),
            )
        })?
        .iter()
        .map(String::from)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            data_error(
                path,
                e.position().map_or(0, |p| p.line() as usize),
                &csv_message(&e),
            )
        })?;
        let row = headers
            .iter()
            .zip(record.iter())
            .map(|(key, value)| cell(key, value.to_string(), looks_numeric(value)))
            .collect();
        rows.push(row);
    }
    Ok(rows)
}

fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("row has {len} fields but the header has {expected_len}")
        }
        _ => error.to_string(),
    }
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
                    let typed = !value.is_string() && !value.is_null();
                    cell(&key, super::normalize::text(&value), typed)
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
