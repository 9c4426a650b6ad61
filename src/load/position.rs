//! Where a value is in its file: the line and column, both counted from
//! one, where the value at a path such as `values[1].value` starts, in
//! JSON text or in a v3 YAML file (lint's SARIF regions, the github
//! reporter's annotations).

use super::yaml;

/// The start of the value at `path` in `text` (JSON, or YAML when the text
/// does not open with `{` or `[`); `None` when there is no such value.
pub fn value_position(text: &str, path: &str) -> Option<(usize, usize)> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with(['{', '[']) {
        let mut scanner = Scanner::new(text);
        scanner.value("", path)
    } else {
        yaml_position(text, path)
    }
}

/// The path's steps: `values[1].value` is `values`, 1, `value`.
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        while let Some((index, after)) = rest.split_once(']') {
            if let Ok(index) = index.parse() {
                out.push(Step::Index(index));
            }
            rest = after.trim_start_matches('[');
        }
    }
    out
}

fn yaml_position(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut node = yaml::parse(text).ok()?;
    for step in steps(path) {
        node = match (step, &node.value) {
            (Step::Key(key), yaml::Value::Map(_)) => node.get(key)?.clone(),
            (Step::Index(index), yaml::Value::List(items)) => items.get(index)?.clone(),
            _ => return None,
        };
    }
    Some((node.line, node.column))
}

/// A JSON reader that only tracks where things are.
struct Scanner<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    column: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += c.len_utf8();
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn blank(&mut self) {
        while self
            .peek()
            .is_some_and(|c| c.is_whitespace() || c == '\u{feff}')
        {
            self.bump();
        }
    }

    /// Reads one value at `here`; the position of `wanted`'s value when it
    /// is this one or inside it.
    fn value(&mut self, here: &str, wanted: &str) -> Option<(usize, usize)> {
        self.blank();
        if here == wanted {
            return Some((self.line, self.column));
        }
        match self.peek()? {
            '{' => {
                self.bump();
                loop {
                    self.blank();
                    match self.peek()? {
                        '}' => {
                            self.bump();
                            return None;
                        }
                        ',' => {
                            self.bump();
                        }
                        '"' => {
                            let key = self.string()?;
                            self.blank();
                            self.bump(); // ':'
                            let path = if here.is_empty() {
                                key
                            } else {
                                format!("{here}.{key}")
                            };
                            if let Some(found) = self.value(&path, wanted) {
                                return Some(found);
                            }
                        }
                        _ => return None,
                    }
                }
            }
            '[' => {
                self.bump();
                let mut index = 0;
                loop {
                    self.blank();
                    match self.peek()? {
                        ']' => {
                            self.bump();
                            return None;
                        }
                        ',' => {
                            self.bump();
                        }
                        _ => {
                            let path = format!("{here}[{index}]");
                            if let Some(found) = self.value(&path, wanted) {
                                return Some(found);
                            }
                            index += 1;
                        }
                    }
                }
            }
            '"' => {
                self.string()?;
                None
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.bump();
                }
                None
            }
        }
    }

    /// A string's text (escapes kept as written: keys in paths are plain).
    fn string(&mut self) -> Option<String> {
        self.bump(); // opening quote
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => {
                    let escaped = self.bump()?;
                    out.push(escaped);
                }
                c => out.push(c),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_values_are_found_by_path() {
        let text = "{\n  \"name\": \"e\",\n  \"values\": [\n    { \"key\": \"a\", \"value\": \"1\" },\n    {\n      \"key\": \"token\",\n      \"value\": \"PMAK-x\"\n    }\n  ]\n}\n";
        assert_eq!(value_position(text, "values[1].value"), Some((7, 16)));
        assert_eq!(value_position(text, "values[0].key"), Some((4, 14)));
        assert_eq!(value_position(text, "name"), Some((2, 11)));
        assert_eq!(value_position(text, "values[5].value"), None);
    }

    #[test]
    fn yaml_values_are_found_by_path() {
        let text = "name: e\nvalues:\n  - key: token\n    value: PMAK-x\n";
        assert_eq!(value_position(text, "values[0].value"), Some((4, 12)));
    }
}
