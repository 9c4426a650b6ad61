//! V8's wording of errors where boa's differs. A call to something that is
//! not a function: boa says
//! `not a callable function`, Newman's reports say `a.b.c is not a
//! function`, naming the callee as V8 prints it (`pm.response.json(...).foo`,
//! `a.arr[0]`, `a.x` for `a['x']`). The callee is read back from the script's
//! source at the position boa's stack gives; where it cannot be read
//! plainly (a callee spread over lines, a literal, a parenthesised
//! expression) boa's words stay.

use crate::script::{WRAPPER_LINES, stack_frames};

/// V8's message for `error_name: message` thrown at the top frame of
/// `stack`, in `source`; `None` keeps the message as it is.
pub(crate) fn v8_message(
    error_name: &str,
    message: &str,
    stack: &str,
    source: &str,
) -> Option<String> {
    if error_name != "TypeError" || message != "not a callable function" {
        return None;
    }
    // The innermost frame must be the script's: an error raised in the
    // prelude points the script's frame at some other call.
    let (line, column) = stack_frames(stack).next()??;
    let text = source.lines().nth(line.checked_sub(WRAPPER_LINES + 1)?)?;
    let chars: Vec<char> = text.chars().collect();
    if chars.get(column.checked_sub(1)?) != Some(&'(') {
        return None;
    }
    Some(format!(
        "{} is not a function",
        callee_before(&chars, column - 1)?
    ))
}

/// V8's message for a script boa could not parse (the position is the
/// caller's): `Unexpected token ')'`, `Unexpected end of input`, `missing )
/// after argument list`, `Invalid or unexpected token`. What boa says of a
/// name or a string stays: its message does not tell which of the two V8
/// would name (`Unexpected identifier 'x'`, `Unexpected string`).
pub(crate) fn v8_syntax_message(message: &str) -> String {
    let token = |rest: &str| rest.split('\'').next().map(str::to_string);
    let unexpected = |token: String| {
        const KEYWORDS: &[&str] = &[
            "return",
            "if",
            "else",
            "for",
            "while",
            "do",
            "var",
            "let",
            "const",
            "function",
            "new",
            "delete",
            "typeof",
            "in",
            "of",
            "instanceof",
            "switch",
            "case",
            "default",
            "break",
            "continue",
            "throw",
            "try",
            "catch",
            "finally",
            "class",
            "extends",
            "this",
            "null",
            "true",
            "false",
            "void",
            "with",
            "yield",
            "await",
        ];
        if token.chars().all(|c| c.is_ascii_digit() || c == '.')
            && !token.is_empty()
            && token != "."
        {
            Some("Unexpected number".to_string())
        } else if KEYWORDS.contains(&token.as_str())
            || (!token.is_empty() && !token.chars().any(char::is_alphanumeric))
        {
            Some(format!("Unexpected token '{token}'"))
        } else {
            None
        }
    };
    let v8 = if message.starts_with("abrupt end") {
        Some("Unexpected end of input".to_string())
    } else if message.starts_with("unterminated string literal")
        || message.starts_with("a numeric literal must not be followed")
    {
        Some("Invalid or unexpected token".to_string())
    } else if message.starts_with("expected one of ',' or ')'")
        && message.ends_with("in argument list")
    {
        Some("missing ) after argument list".to_string())
    } else if let Some(rest) = message.strip_prefix("unexpected token '") {
        token(rest).and_then(unexpected)
    } else if let Some((_, rest)) = message.split_once(", got '") {
        token(rest).and_then(unexpected)
    } else {
        None
    };
    v8.unwrap_or_else(|| message.to_string())
}

fn is_identifier(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The callee written before `chars[end]` (the call's `(`), as V8 prints it.
fn callee_before(chars: &[char], end: usize) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut i = end;
    let skip_spaces = |mut i: usize| {
        while i > 0 && chars[i - 1] == ' ' {
            i -= 1;
        }
        i
    };
    loop {
        i = skip_spaces(i);
        if i == 0 {
            return None;
        }
        match chars[i - 1] {
            c if is_identifier(c) => {
                let start = (0..i)
                    .rev()
                    .take_while(|&j| is_identifier(chars[j]))
                    .last()?;
                let word: String = chars[start..i].iter().collect();
                if word.chars().next()?.is_ascii_digit() {
                    return None;
                }
                parts.push(word);
                i = start;
            }
            ']' => {
                let open = matching(chars, i - 1, '[', ']')?;
                let key: String = chars[open + 1..i - 1].iter().collect();
                parts.push(index_text(key.trim())?);
                i = open;
                continue;
            }
            ')' => {
                let open = matching(chars, i - 1, '(', ')')?;
                parts.push("(...)".to_string());
                i = open;
                continue;
            }
            _ => return None,
        }
        // After an identifier: a `.` (or `?.`) goes on to the object.
        let before = skip_spaces(i);
        match before.checked_sub(1).map(|j| chars[j]) {
            Some('.') if before >= 2 && chars[before - 2] == '?' => {
                parts.push("?.".to_string());
                i = before - 2;
            }
            Some('.') => {
                parts.push(".".to_string());
                i = before - 1;
            }
            // Run into a value (`'str'.f()`, `(x).f()`): not a plain callee.
            Some(')' | ']' | '\'' | '"' | '`') => return None,
            // A keyword or an operator before it (`return a.f()`): its start.
            _ => break,
        }
    }
    parts.reverse();
    let text = parts.concat();
    (!text.is_empty() && !text.starts_with('(') && !text.starts_with('.')).then_some(text)
}

/// `[0]`, `[i]`, or `.x` for `['x']`, as V8 prints a key; else `None`.
fn index_text(key: &str) -> Option<String> {
    let quoted = key
        .strip_prefix('\'')
        .and_then(|k| k.strip_suffix('\''))
        .or_else(|| key.strip_prefix('"').and_then(|k| k.strip_suffix('"')));
    match quoted {
        Some(name) if !name.is_empty() && name.chars().all(is_identifier) => {
            Some(format!(".{name}"))
        }
        Some(_) => None,
        None if !key.is_empty() && key.chars().all(is_identifier) => Some(format!("[{key}]")),
        None => None,
    }
}

/// The index of the `open` that matches the `close` at `at`.
fn matching(chars: &[char], at: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = at + 1;
    while j > 0 {
        j -= 1;
        match chars[j] {
            c if c == close => depth += 1,
            c if c == open => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            // A string: back to its opening quote.
            quote @ ('\'' | '"' | '`') => j = chars[..j].iter().rposition(|&c| c == quote)?,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message for a call whose `(` is the last one in `call`.
    fn says(call: &str) -> Option<String> {
        says_at(call, call.rfind('(').unwrap() + 1)
    }

    fn says_at(call: &str, column: usize) -> Option<String> {
        let stack = format!("    at <main> (script:2:{column})\n    at <main> (script:4:3)");
        v8_message(
            "TypeError",
            "not a callable function",
            &stack,
            &format!("{call}\n"),
        )
    }

    #[test]
    fn names_the_callee_as_v8_prints_it() {
        assert_eq!(says("a.f()").as_deref(), Some("a.f is not a function"));
        assert_eq!(
            says("x = a['x']()").as_deref(),
            Some("a.x is not a function")
        );
        assert_eq!(
            says("a.arr[i]()").as_deref(),
            Some("a.arr[i] is not a function")
        );
        assert_eq!(
            says("pm.response.json().foo()").as_deref(),
            Some("pm.response.json(...).foo is not a function")
        );
        assert_eq!(
            says("if (this.zz ()").as_deref(),
            Some("this.zz is not a function")
        );
        assert_eq!(
            says_at("return a.b.c(1, (2))", 13).as_deref(),
            Some("a.b.c is not a function")
        );
    }

    #[test]
    fn syntax_errors_in_v8_words() {
        for (boa, v8) in [
            (
                "unexpected token ')', primary expression",
                "Unexpected token ')'",
            ),
            ("abrupt end", "Unexpected end of input"),
            (
                "expected token ';', got ')' in expression statement",
                "Unexpected token ')'",
            ),
            (
                "expected one of ',' or ')', got '2' in argument list",
                "missing ) after argument list",
            ),
            (
                "unexpected token 'return', primary expression",
                "Unexpected token 'return'",
            ),
            ("unterminated string literal", "Invalid or unexpected token"),
            (
                "expected token ';', got '42' in variable statement",
                "Unexpected number",
            ),
            (
                "expected token ';', got 'b' in variable statement",
                "expected token ';', got 'b' in variable statement",
            ),
        ] {
            assert_eq!(v8_syntax_message(boa), v8, "{boa}");
        }
    }

    #[test]
    fn keeps_boas_words_where_the_callee_is_not_plain() {
        assert_eq!(says("'str'.zap()"), None);
        assert_eq!(says("(a.b).c()"), None);
        assert_eq!(says("a['x y']()"), None);
    }
}
