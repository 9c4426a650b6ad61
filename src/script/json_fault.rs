//! Where a text is not JSON, worded as Newman's sandbox words it.
//!
//! The sandbox's `JSON.parse` (and `require('json')`, `pm.response.json()`)
//! is liquid-json, which asks the `jju` parser where `JSON.parse` failed:
//! `No value found for key a at 1:6`, then the line and a caret under the
//! place. This scanner finds the same first fault and words it the same;
//! it runs only after the fast parser has refused the text.

/// The message for a text that is not JSON; `None` if this scanner finds no
/// fault (the caller keeps its own message then).
pub fn describe(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut scanner = Scanner {
        chars: &chars,
        pos: 0,
        line: 0,
        line_start: 0,
    };
    let fault = scanner.document().err()?;
    let column = scanner.pos - scanner.line_start;
    let what = fault.unwrap_or_else(|| scanner.unexpected());
    Some(format!(
        "{what} at {}:{}\n{}",
        scanner.line + 1,
        column + 1,
        source_line(&chars, scanner.pos, column)
    ))
}

/// A fault's wording; `None` is jju's default, the character at the place
/// (or the end of input).
type Fault = Option<String>;

struct Scanner<'a> {
    chars: &'a [char],
    pos: usize,
    line: usize,
    line_start: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn unexpected(&self) -> String {
        match self.peek() {
            Some(c) => format!("Unexpected token '{}'", token(c)),
            None => "Unexpected end of input".to_string(),
        }
    }

    fn document(&mut self) -> Result<(), Fault> {
        if self.chars.is_empty() {
            return Err(Some("No data, empty input".to_string()));
        }
        self.space();
        if self.peek().is_none() {
            return Err(Some("No data, only a whitespace".to_string()));
        }
        self.value()?;
        self.space();
        match self.peek() {
            Some(_) => Err(None),
            None => Ok(()),
        }
    }

    fn space(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' => self.pos += 1,
                '\n' | '\r' => {
                    self.pos += 1;
                    if c == '\r' && self.peek() == Some('\n') {
                        self.pos += 1;
                    }
                    self.line += 1;
                    self.line_start = self.pos;
                }
                _ => break,
            }
        }
    }

    fn value(&mut self) -> Result<(), Fault> {
        self.space();
        match self.peek() {
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => self.string(),
            Some('-' | '0'..='9') => self.number(),
            Some('t') => self.word("true"),
            Some('f') => self.word("false"),
            Some('n') => self.word("null"),
            _ => Err(None),
        }
    }

    fn object(&mut self) -> Result<(), Fault> {
        if self.open('}') {
            return Ok(());
        }
        loop {
            self.space();
            if self.peek() != Some('"') {
                return Err(None);
            }
            let key_start = self.pos;
            self.string()?;
            let key: String = self.chars[key_start..self.pos].iter().collect();
            let key = serde_json::from_str::<String>(&key).unwrap_or(key);
            self.space();
            if self.peek() != Some(':') {
                return Err(None);
            }
            self.pos += 1;
            self.space();
            if !self.peek().is_some_and(starts_value) {
                return Err(Some(format!("No value found for key {key}")));
            }
            self.value()?;
            if self.next_member('}', "object")? {
                return Ok(());
            }
        }
    }

    fn array(&mut self) -> Result<(), Fault> {
        if self.open(']') {
            return Ok(());
        }
        loop {
            self.value()?;
            if self.next_member(']', "array")? {
                return Ok(());
            }
        }
    }

    /// Past an opening bracket: whether the container closes at once.
    fn open(&mut self, close: char) -> bool {
        self.pos += 1;
        self.space();
        let empty = self.peek() == Some(close);
        if empty {
            self.pos += 1;
        }
        empty
    }

    /// After a member: a comma (not just before the close), or the close
    /// (then `true`).
    fn next_member(&mut self, close: char, container: &str) -> Result<bool, Fault> {
        self.space();
        match self.peek() {
            Some(',') => {
                self.pos += 1;
                self.space();
                if self.peek() == Some(close) {
                    return Err(Some(format!("Trailing comma in {container}")));
                }
                Ok(false)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err(None),
        }
    }

    fn string(&mut self) -> Result<(), Fault> {
        self.pos += 1;
        while let Some(c) = self.peek() {
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(());
                }
                '\\' => {
                    self.pos += 1;
                    match self.peek() {
                        Some('u') => {
                            for offset in 1..=4 {
                                if !self
                                    .chars
                                    .get(self.pos + offset)
                                    .is_some_and(char::is_ascii_hexdigit)
                                {
                                    self.pos += offset;
                                    return Err(Some("Bad escape sequence".to_string()));
                                }
                            }
                            self.pos += 5;
                        }
                        Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => self.pos += 1,
                        _ => return Err(None),
                    }
                }
                c if c < ' ' => return Err(Some("Unexpected control character".to_string())),
                _ => self.pos += 1,
            }
        }
        Err(None)
    }

    /// jju reads a number as JSON5 allows, then says which of it JSON does not.
    fn number(&mut self) -> Result<(), Fault> {
        let start = self.pos;
        let literal = |scanner: &Self, kind: &str| {
            let end = (scanner.pos + 1).min(scanner.chars.len());
            let text: String = scanner.chars[start..end].iter().collect();
            Some(format!("{kind} numeric literal - \"{text}\""))
        };
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        if self.peek() == Some('0') {
            self.pos += 1;
        } else if !self.digits() {
            self.pos = start;
            return Err(literal(self, "Bad"));
        }
        if self.peek() == Some('.') {
            let dot = self.pos;
            self.pos += 1;
            if !self.digits() {
                self.pos = dot;
                return Err(literal(self, "Non-json"));
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if !self.digits() {
                return Err(literal(self, "Bad"));
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> bool {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        self.pos > start
    }

    /// A misspelt word is faulted where it starts.
    fn word(&mut self, word: &str) -> Result<(), Fault> {
        let end = self.pos + word.chars().count();
        if self
            .chars
            .get(self.pos..end)
            .is_some_and(|found| found.iter().copied().eq(word.chars()))
        {
            self.pos = end;
            Ok(())
        } else {
            Err(None)
        }
    }
}

fn starts_value(c: char) -> bool {
    matches!(c, '{' | '[' | '"' | '-' | '0'..='9' | 't' | 'f' | 'n')
}

/// A character as jju quotes it: JSON-escaped, with `'` escaped and `"` not.
fn token(c: char) -> String {
    match c {
        '\'' => "\\'".to_string(),
        '"' => "\"".to_string(),
        c => {
            let quoted = serde_json::to_string(&c.to_string()).unwrap_or_default();
            quoted[1..quoted.len() - 1].to_string()
        }
    }
}

/// The faulty line (from at most 70 characters before the place, at most
/// 79 long) and a caret under the place.
fn source_line(chars: &[char], pos: usize, column: usize) -> String {
    let mut at = pos as isize - column as isize - 1;
    at = at.max(pos as isize - 70);
    let (mut source, mut underline) = (String::new(), String::new());
    loop {
        at += 1;
        let index = at as usize;
        match chars.get(index) {
            None | Some('\n' | '\r') => {
                if pos >= index {
                    underline.push('^');
                }
                break;
            }
            Some(&c) => {
                source.push(c);
                if pos == index {
                    underline.push('^');
                } else if pos > index {
                    underline.push(if c == '\t' { '\t' } else { ' ' });
                }
                if source.chars().count() > 78 {
                    break;
                }
            }
        }
    }
    format!("{source}\n{underline}")
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn faults_are_worded_and_placed_as_jju_does() {
        assert_eq!(describe("{\"a\":1}"), None);
        assert_eq!(
            describe("{\"a\":").unwrap(),
            "No value found for key a at 1:6\n{\"a\":\n     ^"
        );
        assert_eq!(
            describe("{\n  \"b\": [1, 2,]\n}").unwrap(),
            "Trailing comma in array at 2:14\n  \"b\": [1, 2,]\n             ^"
        );
        assert_eq!(
            describe("1.").unwrap(),
            "Non-json numeric literal - \"1.\" at 1:2\n1.\n ^"
        );
        assert_eq!(
            describe("nul").unwrap(),
            "Unexpected token 'n' at 1:1\nnul\n^"
        );
        assert_eq!(
            describe("{'a':1}").unwrap(),
            "Unexpected token '\\'' at 1:2\n{'a':1}\n ^"
        );
        assert_eq!(describe("").unwrap(), "No data, empty input at 1:1\n\n^");
    }
}
