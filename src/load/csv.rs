//! CSV as Newman reads data files (csv-parse with `trim`, `relax`, `bom`
//! and `relax_column_count`): fields are trimmed outside quotes, a quote
//! inside an unquoted field is kept, `""` inside quotes is one quote, and
//! every line is a record (an empty one holds one empty field). Whether a
//! field was quoted is kept: Newman never makes a quoted value a number.

/// One field of a record.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub text: String,
    pub quoted: bool,
}

/// Where a CSV text cannot be read: 1-based line, and why.
#[derive(Debug, PartialEq)]
pub struct CsvError {
    pub line: usize,
    pub message: String,
}

/// The records of `text`, in order. A final line break ends the last
/// record; it does not start one.
pub fn records(text: &str) -> Result<Vec<Vec<Field>>, CsvError> {
    let mut parser = Parser {
        chars: text.chars().peekable(),
        line: 1,
    };
    let mut records = Vec::new();
    while parser.chars.peek().is_some() {
        records.push(parser.record()?);
    }
    Ok(records)
}

/// csv-parse's trimmable characters (line breaks end records instead).
fn trimmable(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{c}')
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

impl Parser<'_> {
    fn record(&mut self) -> Result<Vec<Field>, CsvError> {
        let mut fields = Vec::new();
        loop {
            fields.push(self.field()?);
            match self.chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    self.chars.next_if_eq(&'\n');
                    self.line += 1;
                    return Ok(fields);
                }
                Some('\n') => {
                    self.line += 1;
                    return Ok(fields);
                }
                _ => return Ok(fields),
            }
        }
    }

    /// One field, leaving the delimiter or line break that ends it unread.
    fn field(&mut self) -> Result<Field, CsvError> {
        while self.chars.next_if(|c| trimmable(*c)).is_some() {}
        if self.chars.next_if_eq(&'"').is_some() {
            return self.quoted();
        }
        let mut text = String::new();
        while let Some(c) = self.chars.next_if(|c| !matches!(c, ',' | '\r' | '\n')) {
            text.push(c);
        }
        text.truncate(text.trim_end_matches(trimmable).len());
        Ok(Field {
            text,
            quoted: false,
        })
    }

    fn quoted(&mut self) -> Result<Field, CsvError> {
        let opened = self.line;
        let mut text = String::new();
        loop {
            match self.chars.next() {
                None => {
                    return Err(CsvError {
                        line: opened,
                        message: "a quoted field is never closed".into(),
                    });
                }
                Some('"') if self.chars.next_if_eq(&'"').is_some() => text.push('"'),
                Some('"') => break,
                Some(c) => {
                    if c == '\n' || (c == '\r' && self.chars.peek() != Some(&'\n')) {
                        self.line += 1;
                    }
                    text.push(c);
                }
            }
        }
        while self.chars.next_if(|c| trimmable(*c)).is_some() {}
        match self.chars.peek() {
            None | Some(',' | '\r' | '\n') => Ok(Field { text, quoted: true }),
            Some(c) => Err(CsvError {
                line: self.line,
                message: format!(
                    "`{c}` after the closing quote of a field (a quote inside a quoted field is written `\"\"`)"
                ),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<Vec<(String, bool)>> {
        records(text)
            .unwrap()
            .into_iter()
            .map(|r| r.into_iter().map(|f| (f.text, f.quoted)).collect())
            .collect()
    }

    fn plain(s: &str) -> (String, bool) {
        (s.to_string(), false)
    }

    #[test]
    fn trims_outside_quotes_and_keeps_stray_quotes() {
        assert_eq!(
            texts("a,b\n  x , \" y \" \nq\"z,w\"v\n"),
            vec![
                vec![plain("a"), plain("b")],
                vec![plain("x"), (" y ".to_string(), true)],
                vec![plain("q\"z"), plain("w\"v")],
            ]
        );
    }

    #[test]
    fn empty_lines_are_records_of_one_empty_field() {
        assert_eq!(
            texts("a\r\n\r\n1\r\n\r\n"),
            vec![
                vec![plain("a")],
                vec![plain("")],
                vec![plain("1")],
                vec![plain("")]
            ]
        );
    }

    #[test]
    fn quoted_fields_hold_line_breaks_and_doubled_quotes() {
        assert_eq!(
            texts("\"m\r\nn\",\"say \"\"hi\"\"\"\n2,3"),
            vec![
                vec![
                    ("m\r\nn".to_string(), true),
                    ("say \"hi\"".to_string(), true)
                ],
                vec![plain("2"), plain("3")],
            ]
        );
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(records("a\n\"x\"y\n").unwrap_err().line, 2);
        assert_eq!(records("a\n1\n\"open\n\n").unwrap_err().line, 3);
    }
}
