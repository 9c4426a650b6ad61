//! Scripts that differ only in their literals share one compiled form.
//! Exported collections repeat a script per request with other names and
//! values (`pm.test('status of GET /users', …)`, `to.eql(42)`): the 28
//! collections of the wild corpus hold 545 distinct script texts but 239
//! shapes by this scan. boa parses about a kilobyte per million
//! instructions, the largest part of a run's cost, so each string literal
//! and plain number becomes an element of one array (`_$[0]`, `_$[1]`, …;
//! a script that has `_$` anywhere keeps its literals), the shape is
//! compiled once (from its second script on: the script cache in
//! `mod.rs`), and each script runs it with its own values as that array.
//!
//! A literal stays in place where an element cannot stand for it: a
//! property key (followed by `:`, but a `case` value is taken), a method
//! name (followed by `(`), a string where a statement starts (a directive
//! such as `'use strict'`), a string with an escape, a number other than a
//! plain decimal, and where an element would be valid and the literal is
//! not (`'a' = 1`, `5++`, `delete 'a'`). The scan reads a `/`
//! as division or a regular expression from the token before it; where
//! that token cannot tell (`}`, `++`, `--`), and at a class, an escaped or
//! non-ASCII name or an HTML-like comment, it stops: the rest of the
//! script keeps its literals.
//!
//! Where a literal's text can show through, it is put back: a function's
//! source (`Function.prototype.toString`, `host/literals.rs`) and the
//! error positions V8's wording reads (mapped in `host/outcomes.rs`).

/// The array whose elements literals become in a shape: `_$[0]`, `_$[1]`,
/// …. One name, not one per literal: boa looks a name up through every
/// scope's bindings one by one, so thirty parameters made every use of
/// `pm` in the script slower to compile. Short: boa reads a name at about
/// 200 instructions a character.
pub(crate) const PLACEHOLDER: &str = "_$";

/// Past this many, literals stay in place: a script that is one large
/// object of values is rarely repeated, and each of its runs would build
/// the array anew.
const MAX_LITERALS: usize = 500;

/// A script as a shape, and where its literals were. The literals
/// themselves are made only for a shape that is used ([`Shaped::literals`]):
/// most scripts are the only ones of their shape.
pub(crate) struct Shaped {
    pub text: String,
    found: Vec<Found>,
}

/// The literals taken out of one script, in order.
#[derive(Default)]
pub(crate) struct Literals {
    items: Vec<Literal>,
}

struct Literal {
    value: Value,
    /// The literal as the script writes it.
    written: Box<str>,
    /// The line it is on, from 0.
    line: usize,
    /// Characters before it on its line, in the script.
    column: usize,
    /// Characters before its placeholder on its line, in the shape.
    shape_column: usize,
    placeholder_len: usize,
}

/// What a literal evaluates to.
pub(crate) enum Value {
    Text(Box<str>),
    Number(f64),
}

impl Literals {
    pub(crate) fn values(&self) -> impl Iterator<Item = &Value> {
        self.items.iter().map(|literal| &literal.value)
    }

    /// `text` (a function's source, a piece of the shape) with every
    /// placeholder written back as the script wrote its literal.
    pub(crate) fn restore(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(at) = rest.find(PLACEHOLDER) {
            out.push_str(&rest[..at]);
            let placeholder = placeholder_at(&rest[at..]);
            match placeholder.and_then(|(index, _)| self.items.get(index)) {
                Some(literal) => out.push_str(&literal.written),
                None => out.push_str(PLACEHOLDER),
            }
            let length = placeholder.map_or(PLACEHOLDER.len(), |(_, length)| length);
            rest = &rest[at + length..];
        }
        out.push_str(rest);
        out
    }

    /// A boa stack's `(script:L:C)` positions, columns counted in the
    /// shape, with columns counted in the script; `wrapper_lines` come
    /// before the script's first line.
    pub(crate) fn stack_in_script(&self, stack: &str, wrapper_lines: usize) -> String {
        const MARK: &str = "(script:";
        let mut out = String::with_capacity(stack.len());
        for (index, frame) in stack.split('\n').enumerate() {
            if index > 0 {
                out.push('\n');
            }
            let mapped = frame.rfind(MARK).and_then(|at| {
                let position = frame[at + MARK.len()..].strip_suffix(')')?;
                let (line, column) = position.split_once(':')?;
                let (line, column) = (line.parse::<usize>().ok()?, column.parse::<usize>().ok()?);
                let script_line = line.checked_sub(wrapper_lines + 1)?;
                let column = self.script_column(script_line, column);
                Some(format!("{}{MARK}{line}:{column})", &frame[..at]))
            });
            out.push_str(mapped.as_deref().unwrap_or(frame));
        }
        out
    }

    /// The 1-based column in the script of the 1-based `shape_column` on
    /// `line` (from 0); a column inside a placeholder is its literal's.
    fn script_column(&self, line: usize, shape_column: usize) -> usize {
        let Some(at) = shape_column.checked_sub(1) else {
            return shape_column;
        };
        let mut shift = 0isize;
        for literal in self.items.iter().filter(|l| l.line == line) {
            if at < literal.shape_column {
                break;
            }
            if at < literal.shape_column + literal.placeholder_len {
                return literal.column + 1;
            }
            shift += literal.placeholder_len as isize - literal.written.chars().count() as isize;
        }
        (at as isize - shift).max(0) as usize + 1
    }
}

/// The literal's index and the placeholder's length, for text that
/// starts with a placeholder (`_$[12]`).
fn placeholder_at(text: &str) -> Option<(usize, usize)> {
    let inside = text.strip_prefix(PLACEHOLDER)?.strip_prefix('[')?;
    let digits = inside.bytes().take_while(u8::is_ascii_digit).count();
    let index = inside[..digits].parse().ok()?;
    inside[digits..]
        .starts_with(']')
        .then_some((index, PLACEHOLDER.len() + digits + 2))
}

/// `source` as a shape, or `None` when no literal could be taken out.
pub(crate) fn shape_of(source: &str) -> Option<Shaped> {
    if source.contains(PLACEHOLDER) {
        return None;
    }
    let found = Scanner::new(source).literals();
    if found.is_empty() {
        return None;
    }
    let text = shape_text(source, &found);
    Some(Shaped { text, found })
}

/// A literal the scan found: its bytes in the script.
struct Found {
    start: usize,
    end: usize,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Number(f64),
}

/// The shape: `source` with each literal found replaced by its
/// placeholder.
fn shape_text(source: &str, found: &[Found]) -> String {
    let mut text = String::with_capacity(source.len() + found.len() * 4);
    let mut copied = 0;
    for (index, literal) in found.iter().enumerate() {
        text.push_str(&source[copied..literal.start]);
        push_placeholder(&mut text, index);
        copied = literal.end;
    }
    text.push_str(&source[copied..]);
    text
}

/// `_$[index]`, without `format!`: a shape is made for every new script.
fn push_placeholder(text: &mut String, index: usize) -> usize {
    let before = text.len();
    text.push_str(PLACEHOLDER);
    text.push('[');
    let mut digits = [0u8; 20];
    let (mut rest, mut count) = (index, 0);
    loop {
        digits[count] = b'0' + (rest % 10) as u8;
        count += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for digit in digits[..count].iter().rev() {
        text.push(char::from(*digit));
    }
    text.push(']');
    text.len() - before
}

impl Shaped {
    pub(crate) fn len(&self) -> usize {
        self.found.len()
    }

    /// The literals of `source`, the script this shape was made from:
    /// their values and their positions in both texts.
    pub(crate) fn literals(&self, source: &str) -> Literals {
        let mut items = Vec::with_capacity(self.found.len());
        let mut scratch = String::new();
        let (mut line, mut line_start, mut seen) = (0, 0, 0);
        // Characters the placeholders so far added to this line.
        let mut line_shift = 0isize;
        for (index, literal) in self.found.iter().enumerate() {
            let before = &source[seen..literal.start];
            if let Some(newline) = before.rfind('\n') {
                line += before.matches('\n').count();
                line_start = seen + newline + 1;
                line_shift = 0;
            }
            seen = literal.start;
            let written = &source[literal.start..literal.end];
            let column = source[line_start..literal.start].chars().count();
            scratch.clear();
            let placeholder_len = push_placeholder(&mut scratch, index);
            items.push(Literal {
                value: match literal.kind {
                    Kind::Text => Value::Text(written[1..written.len() - 1].into()),
                    Kind::Number(number) => Value::Number(number),
                },
                written: written.into(),
                line,
                column,
                shape_column: (column as isize + line_shift) as usize,
                placeholder_len,
            });
            line_shift += placeholder_len as isize - written.chars().count() as isize;
        }
        Literals { items }
    }
}

/// The token before the scanner's position, as far as literals and `/`
/// care.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Start,
    Open(u8),
    /// A `)`, and whether it closed an `if`/`while`/`for`/`with` head
    /// (a statement, so a regular expression, may follow).
    CloseParen {
        statement_follows: bool,
    },
    CloseBracket,
    CloseBrace,
    IncrementOrDecrement,
    /// A name, number, regular expression or template.
    Operand,
    String,
    /// A word after which an expression starts (`return`, `typeof`, …).
    KeywordBeforeExpression,
    /// `if`, `while`, `with`.
    Control,
    For,
    /// `case`: its value, followed by `:`, is no key.
    Case,
    Delete,
    /// `.` or `?.`: a property name follows.
    Dot,
    Punctuator(u8),
}

#[derive(Clone, Copy, PartialEq)]
enum Bracket {
    /// A `(`, whether after `if`/`while`/`for`/`with`, and whether a `for`
    /// head (whose first token is a target: `for ('a' in o)`).
    Paren {
        after_control: bool,
        for_head: bool,
    },
    Square,
    Curly,
    TemplateSubstitution,
}

/// Why the scan stopped early: what follows keeps its literals.
struct Unsure;

struct Scanner<'a> {
    bytes: &'a [u8],
    source: &'a str,
    at: usize,
    last: Last,
    brackets: Vec<Bracket>,
    found: Vec<Found>,
}

impl<'a> Scanner<'a> {
    fn new(source: &'a str) -> Self {
        Scanner {
            bytes: source.as_bytes(),
            source,
            at: 0,
            last: Last::Start,
            brackets: Vec::new(),
            found: Vec::new(),
        }
    }

    /// The literals that can be taken out, in order, up to where the scan
    /// became unsure.
    fn literals(mut self) -> Vec<Found> {
        let _ = self.scan();
        self.found
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.at + ahead).copied()
    }

    fn scan(&mut self) -> Result<(), Unsure> {
        while let Some(byte) = self.peek(0) {
            if self.found.len() >= MAX_LITERALS {
                return Err(Unsure);
            }
            match byte {
                b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c => self.at += 1,
                b'/' if self.peek(1) == Some(b'/') => self.line_comment(),
                b'/' if self.peek(1) == Some(b'*') => self.block_comment()?,
                b'/' => self.slash()?,
                b'\'' | b'"' => self.string(byte)?,
                b'`' => {
                    self.at += 1;
                    self.template()?;
                }
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_some_and(|b| b.is_ascii_digit()) => self.number(),
                _ if is_name_start(byte) => self.word()?,
                _ => self.punctuator(byte)?,
            }
        }
        Ok(())
    }

    fn line_comment(&mut self) {
        while let Some(byte) = self.peek(0) {
            if byte == b'\n' {
                return;
            }
            self.at += 1;
        }
    }

    fn block_comment(&mut self) -> Result<(), Unsure> {
        let end = self.source[self.at + 2..].find("*/").ok_or(Unsure)?;
        self.at += 2 + end + 2;
        Ok(())
    }

    /// A `/` that is no comment: division or a regular expression.
    fn slash(&mut self) -> Result<(), Unsure> {
        let regex = match self.last {
            Last::Start
            | Last::Open(_)
            | Last::CloseParen {
                statement_follows: true,
            }
            | Last::KeywordBeforeExpression
            | Last::Control
            | Last::For
            | Last::Case
            | Last::Delete
            | Last::Punctuator(_) => true,
            Last::Operand
            | Last::String
            | Last::CloseBracket
            | Last::CloseParen {
                statement_follows: false,
            } => false,
            Last::CloseBrace | Last::IncrementOrDecrement | Last::Dot => return Err(Unsure),
        };
        if !regex {
            self.at += 1;
            self.last = Last::Punctuator(b'/');
            return Ok(());
        }
        self.at += 1;
        let mut in_class = false;
        loop {
            match self.peek(0).ok_or(Unsure)? {
                b'\\' => self.at += 1,
                b'[' => in_class = true,
                b']' => in_class = false,
                b'/' if !in_class => break,
                b'\n' | b'\r' => return Err(Unsure),
                _ => {}
            }
            self.at += 1;
        }
        self.at += 1;
        while self.peek(0).is_some_and(is_name_byte) {
            self.at += 1;
        }
        self.last = Last::Operand;
        Ok(())
    }

    fn string(&mut self, quote: u8) -> Result<(), Unsure> {
        let start = self.at;
        self.at += 1;
        let mut escaped = false;
        loop {
            match self.peek(0).ok_or(Unsure)? {
                b'\\' => {
                    escaped = true;
                    self.at += 1;
                }
                b'\n' | b'\r' => return Err(Unsure),
                byte if byte == quote => break,
                _ => {}
            }
            self.at += 1;
        }
        self.at += 1;
        let directive_may_be_here = matches!(
            self.last,
            Last::Start
                | Last::Open(b'{')
                | Last::Punctuator(b';')
                | Last::CloseBrace
                | Last::String
        );
        if !escaped && !directive_may_be_here && self.value_may_follow(self.last) {
            self.take(start, Kind::Text);
        }
        self.last = Last::String;
        Ok(())
    }

    /// Whether the literal just read is a value an array element can
    /// stand for, by the tokens around it: not a key (followed by `:`, but
    /// for a `case`'s value), a method (`(`) or a tag; and nothing an
    /// element could be that a literal cannot, so that a script with
    /// `'a' = 1`, `5++` or `delete 'a'` stays the syntax error (or no-op)
    /// it is. `last` is the token before the literal.
    fn value_may_follow(&self, last: Last) -> bool {
        let in_for_head = last == Last::Open(b'(')
            && matches!(
                self.brackets.last(),
                Some(Bracket::Paren { for_head: true, .. })
            );
        let before_ok = !matches!(last, Last::IncrementOrDecrement | Last::Delete) && !in_for_head;
        let after = self.next_token_text();
        let after_ok = match after.as_bytes().first() {
            Some(b':') => last == Last::Case,
            Some(b'(' | b'`') => false,
            _ => !is_assignment_or_update(after),
        };
        before_ok && after_ok
    }

    /// The text from the next token on, past spaces and comments.
    fn next_token_text(&self) -> &'a str {
        let at = self.next_token_at().unwrap_or(self.bytes.len());
        &self.source[at..]
    }

    /// Where the next token starts, past spaces and comments.
    fn next_token_at(&self) -> Option<usize> {
        let mut at = self.at;
        loop {
            match self.bytes.get(at..)? {
                [b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c, ..] => at += 1,
                [b'/', b'/', ..] => at += self.source[at..].find('\n')?,
                [b'/', b'*', ..] => at += self.source[at + 2..].find("*/")? + 4,
                [_, ..] => return Some(at),
                [] => return None,
            }
        }
    }

    fn take(&mut self, start: usize, kind: Kind) {
        self.found.push(Found {
            start,
            end: self.at,
            kind,
        });
    }

    fn template(&mut self) -> Result<(), Unsure> {
        loop {
            match self.peek(0).ok_or(Unsure)? {
                b'\\' => self.at += 2,
                b'`' => {
                    self.at += 1;
                    self.last = Last::Operand;
                    return Ok(());
                }
                b'$' if self.peek(1) == Some(b'{') => {
                    self.at += 2;
                    self.brackets.push(Bracket::TemplateSubstitution);
                    self.last = Last::Open(b'{');
                    return Ok(());
                }
                _ => self.at += 1,
            }
        }
    }

    fn number(&mut self) {
        let start = self.at;
        let plain_decimal = self.plain_decimal();
        self.skip_number();
        if plain_decimal == Some(self.at)
            && self.value_may_follow(self.last)
            && let Ok(number) = self.source[start..self.at].parse::<f64>()
        {
            self.take(start, Kind::Number(number));
        }
        self.last = Last::Operand;
    }

    /// Past a number of any form: other bases, exponents, separators,
    /// BigInt, `1.` and `.5`.
    fn skip_number(&mut self) {
        let other_base = self.peek(0) == Some(b'0')
            && matches!(self.peek(1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
        let mut point_allowed = !other_base;
        while let Some(byte) = self.peek(0) {
            match byte {
                b'.' if point_allowed => point_allowed = false,
                b'e' | b'E' if !other_base => {
                    point_allowed = false;
                    if matches!(self.peek(1), Some(b'+' | b'-')) {
                        self.at += 1;
                    }
                }
                _ if is_name_byte(byte) => {}
                _ => return,
            }
            self.at += 1;
        }
    }

    /// Where a number written `0`, `12` or `12.5` (no leading zero, no
    /// exponent) would end, if the number at the position is one.
    fn plain_decimal(&self) -> Option<usize> {
        let bytes = &self.bytes[self.at..];
        let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 1 && bytes[0] == b'0' {
            return None;
        }
        let mut end = digits;
        if bytes.get(end) == Some(&b'.') {
            let fraction = bytes[end + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if fraction == 0 {
                return None;
            }
            end += 1 + fraction;
        }
        match bytes.get(end) {
            Some(&b) if is_name_byte(b) || b == b'.' || b >= 0x80 => None,
            _ => Some(self.at + end),
        }
    }

    fn word(&mut self) -> Result<(), Unsure> {
        let start = self.at;
        while self.peek(0).is_some_and(is_name_byte) {
            self.at += 1;
        }
        if self.peek(0).is_some_and(|b| b == b'\\' || b >= 0x80) {
            return Err(Unsure);
        }
        let word = &self.source[start..self.at];
        self.last = match word {
            _ if self.last == Last::Dot => Last::Operand,
            "class" => return Err(Unsure),
            "if" | "while" | "with" => Last::Control,
            "for" => Last::For,
            "case" => Last::Case,
            "delete" => Last::Delete,
            _ if super::nesting::is_keyword_before_expression(word) => {
                Last::KeywordBeforeExpression
            }
            _ => Last::Operand,
        };
        Ok(())
    }

    fn punctuator(&mut self, byte: u8) -> Result<(), Unsure> {
        let next = self.peek(1);
        self.at += 1;
        self.last = match byte {
            b'(' => {
                let for_head = self.last == Last::For;
                let after_control = for_head || self.last == Last::Control;
                self.brackets.push(Bracket::Paren {
                    after_control,
                    for_head,
                });
                Last::Open(byte)
            }
            b'[' => {
                self.brackets.push(Bracket::Square);
                Last::Open(byte)
            }
            b'{' => {
                self.brackets.push(Bracket::Curly);
                Last::Open(byte)
            }
            b')' => match self.brackets.pop() {
                Some(Bracket::Paren { after_control, .. }) => Last::CloseParen {
                    statement_follows: after_control,
                },
                _ => return Err(Unsure),
            },
            b']' => match self.brackets.pop() {
                Some(Bracket::Square) => Last::CloseBracket,
                _ => return Err(Unsure),
            },
            b'}' => match self.brackets.pop() {
                Some(Bracket::Curly) => Last::CloseBrace,
                Some(Bracket::TemplateSubstitution) => return self.template(),
                _ => return Err(Unsure),
            },
            b'+' | b'-' if next == Some(byte) => {
                // `-->` starts a comment at the start of a line (annex B).
                if byte == b'-' && self.peek(1) == Some(b'>') {
                    return Err(Unsure);
                }
                self.at += 1;
                Last::IncrementOrDecrement
            }
            // `<!--` starts a comment (annex B).
            b'<' if self.source[self.at..].starts_with("!--") => return Err(Unsure),
            b'.' if self.source[self.at..].starts_with("..") => {
                self.at += 2;
                Last::Punctuator(b'.')
            }
            b'.' => Last::Dot,
            b'?' if next == Some(b'.') && !self.peek(1).is_some_and(|b| b.is_ascii_digit()) => {
                self.at += 1;
                Last::Dot
            }
            b'\\' | b'#' | b'@' => return Err(Unsure),
            _ if byte >= 0x80 => return Err(Unsure),
            _ => Last::Punctuator(byte),
        };
        Ok(())
    }
}

/// Whether `text` starts with an assignment (`=`, `+=`, `??=`, …) or
/// `++`/`--`.
fn is_assignment_or_update(text: &str) -> bool {
    let operator: &str = &text[..text
        .bytes()
        .take_while(|b| b"=+-*/%<>&|^!?".contains(b))
        .count()];
    if operator.starts_with("++") || operator.starts_with("--") {
        return true;
    }
    // The operator ends at its `=`; what follows it starts the next token
    // (`x = -1` reads `=-` here).
    match operator.find('=') {
        Some(at) => {
            let (head, tail) = operator.split_at(at + 1);
            !matches!(head, "!=" | "<=" | ">=") && !tail.starts_with('=') && !tail.starts_with('>')
        }
        None => false,
    }
}

fn is_name_start(byte: u8) -> bool {
    byte.is_ascii_alphabetic() || byte == b'_' || byte == b'$'
}

fn is_name_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(source: &str) -> String {
        shape_of(source).map_or_else(|| source.to_string(), |shaped| shaped.text)
    }

    /// The literals' texts as the scan took them out.
    fn taken(source: &str) -> Vec<String> {
        shape_of(source).map_or_else(Vec::new, |shaped| {
            shaped
                .literals(source)
                .items
                .iter()
                .map(|l| l.written.to_string())
                .collect()
        })
    }

    #[test]
    fn scripts_that_differ_in_literals_share_a_shape() {
        let script = |i: u32| {
            format!(
                "const body = pm.response.json();\n\
                 pm.test('status of {i}', () => pm.expect(body.args).to.eql({{ i: \"{i}\", n: {i} }}));"
            )
        };
        assert_eq!(shape(&script(1)), shape(&script(22)));
        assert_eq!(
            shape(&script(7)),
            "const body = pm.response.json();\n\
             pm.test(_$[0], () => pm.expect(body.args).to.eql({ i: _$[1], n: _$[2] }));"
        );
        let shaped = shape_of(&script(7)).unwrap();
        let literals = shaped.literals(&script(7));
        let values: Vec<String> = literals
            .values()
            .map(|value| match value {
                Value::Text(text) => format!("text {text}"),
                Value::Number(number) => format!("number {number}"),
            })
            .collect();
        assert_eq!(values, ["text status of 7", "text 7", "number 7"]);
        assert_eq!(literals.restore(&shaped.text), script(7));
    }

    #[test]
    fn keys_methods_directives_and_escapes_stay() {
        assert_eq!(
            taken(
                "'use strict';\nvar o = { 'k': 'v', 2: 3, 'm'() {} }; f(function () { 'use strict'; return 'x' });"
            ),
            ["'v'", "3", "'x'"]
        );
        assert_eq!(
            taken("var a = 'a\\'b', b = \"c\\n\", c = 'plain';"),
            ["'plain'"]
        );
        // A comment between a key and its colon.
        assert_eq!(taken("x = { 'k' /* key */ : 'v' }"), ["'v'"]);
        assert_eq!(taken("x = c ? 'a' : 'b'"), ["'b'"]);
        assert_eq!(
            taken("switch (x) { case 'a': case 200 : break; default: y = { case: 'c' } }"),
            ["'a'", "200", "'c'"]
        );
        assert_eq!(taken("tag`a` + f('t')`b` + 'u'`c`"), ["'t'"]);
        // What an array element could be and a literal cannot.
        assert_eq!(
            taken(
                "'a' = 1; 2 += 3; 'b'++; ++'c'; delete 'd'; for ('e' in o); x = 'f' == 'g'; y = 'h' != 7 >= 8; z = 'i' => 0; w ='j'"
            ),
            ["1", "3", "'f'", "'g'", "'h'", "7", "8", "'i'", "0", "'j'"]
        );
    }

    #[test]
    fn only_plain_decimals_become_names() {
        assert_eq!(
            taken(
                "f(0, 12, 1.5, 0.25, 0x10, 1e3, 010, 08, 1_000, 10n, .5, 1..toString(), 2.5.toFixed(1), 3 .toString())"
            ),
            ["0", "12", "1.5", "0.25", "1", "3"]
        );
        assert_eq!(taken("x = 0x1e+5; y = 7"), ["5", "7"]);
    }

    #[test]
    fn literals_in_regular_expressions_and_after_divisions_are_told_apart() {
        assert_eq!(
            taken("const half = total / 2; const re = /'q'[/']/g; x = a[1] / 'b'.length;"),
            ["2", "1", "'b'"]
        );
        assert_eq!(taken("if (x) /'a'/.test(y); z = (w) / 'c'"), ["'c'"]);
        assert_eq!(taken("if ('a' === x) y()"), ["'a'"]);
        assert_eq!(taken("return /'r'/.test(s) && 'k'"), ["'k'"]);
        assert_eq!(taken("x = `a ${'b' + f('c')} 'd'` + 'e'"), ["'c'", "'e'"]);
        assert_eq!(taken("o.return / 'n'"), ["'n'"]);
    }

    #[test]
    fn the_scan_stops_where_it_cannot_be_sure() {
        // `}` or `++` then `/`: division or a regular expression.
        assert_eq!(taken("f('a'); if (x) {} /'b'/.test(c); g('d')"), ["'a'"]);
        assert_eq!(taken("f('a'); i++ / 2; g('d')"), ["'a'"]);
        assert_eq!(taken("f('a'); class A { 'x' = 1 }"), ["'a'"]);
        assert_eq!(taken("f('a'); x = y <!-- 'c'\n g('d')"), ["'a'"]);
        assert_eq!(taken("f('a'); var \\u0061 = 'b'"), ["'a'"]);
        assert_eq!(taken("f('a'); var é = 'b'"), ["'a'"]);
        assert_eq!(taken("f('a'); x = 'unterminated\n'b'"), ["'a'"]);
        assert!(shape_of("f(_$[0], 'a')").is_none());
        assert!(shape_of("pm.test(name, () => ok)").is_none());
    }

    #[test]
    fn positions_in_the_shape_map_to_the_script() {
        let source = "x = 1;\nf('abc', 22, q.r);\n";
        let shaped = shape_of(source).unwrap();
        let line = shaped.text.lines().nth(1).unwrap();
        assert_eq!(line, "f(_$[1], _$[2], q.r);");
        let column = |text: &str, needle: &str| text.find(needle).unwrap() + 1;
        let literals = &shaped.literals(source);
        // Before, inside and after a placeholder.
        assert_eq!(literals.script_column(1, 1), 1);
        assert_eq!(literals.script_column(1, column(line, "_$[1]") + 3), 3);
        assert_eq!(
            literals.script_column(1, column(line, "q.r")),
            column("f('abc', 22, q.r);", "q.r")
        );
        let stack = format!(
            "Error\n    at <main> (script:3:{})\n    at f (pm.js:1:1)",
            column(line, "q.r")
        );
        assert_eq!(
            literals.stack_in_script(&stack, 1),
            "Error\n    at <main> (script:3:14)\n    at f (pm.js:1:1)"
        );
    }
}

/// The scripts of the wild corpus (`../shared/corpus/wild`): real
/// collections, where the sharing this module is for is measured.
#[cfg(test)]
mod corpus {
    use super::*;
    use std::collections::HashMap;

    fn scripts_in(value: &serde_json::Value, into: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(exec) = map.get("script").and_then(|s| s.get("exec")) {
                    let text = match exec {
                        serde_json::Value::Array(lines) => lines
                            .iter()
                            .filter_map(|l| l.as_str())
                            .collect::<Vec<_>>()
                            .join("\n"),
                        serde_json::Value::String(text) => text.clone(),
                        _ => String::new(),
                    };
                    if !text.trim().is_empty() {
                        into.push(text);
                    }
                }
                map.values().for_each(|v| scripts_in(v, into));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| scripts_in(v, into)),
            _ => {}
        }
    }

    #[test]
    fn real_collections_share_shapes_and_every_script_comes_back_whole() {
        let wild = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/wild");
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(&wild).expect("../shared/corpus/wild") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                if let Ok(value) = serde_json::from_str(&text) {
                    scripts_in(&value, &mut texts);
                }
            }
        }
        texts.sort();
        texts.dedup();
        let mut per_shape: HashMap<String, usize> = HashMap::new();
        for text in &texts {
            let shape = match shape_of(text) {
                Some(shaped) => {
                    assert_eq!(&shaped.literals(text).restore(&shaped.text), text);
                    shaped.text
                }
                None => text.clone(),
            };
            *per_shape.entry(shape).or_default() += 1;
        }
        // Cut anywhere (inside a string, a comment, a template, a regular
        // expression), a script still scans, and its shape still restores.
        for text in &texts {
            let boundaries: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
            for cut in boundaries.iter().step_by(boundaries.len() / 40 + 1) {
                let cut = &text[..*cut];
                if let Some(shaped) = shape_of(cut) {
                    assert_eq!(shaped.literals(cut).restore(&shaped.text), cut);
                }
            }
        }
        assert!(texts.len() > 500, "{} scripts", texts.len());
        assert!(
            per_shape.len() * 2 < texts.len(),
            "{} shapes",
            per_shape.len()
        );
    }
}
