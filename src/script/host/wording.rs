//! V8's wording of errors where boa's differs. A call to something that is
//! not a function: boa says
//! `not a callable function`, Newman's reports say `a.b.c is not a
//! function`, naming the callee as V8 prints it (`pm.response.json(...).foo`,
//! `a.arr[0]`, `a.x` for `a['x']`). The callee is read back from the script's
//! source at the position boa's stack gives; where it cannot be read
//! plainly (a callee spread over lines, a literal, a parenthesised
//! expression) boa's words stay. Reading a property of `undefined` or
//! `null`: boa says `cannot convert 'null' or 'undefined' to object`, V8
//! `Cannot read properties of undefined (reading 'x')`; the key is read
//! back the same way where boa's position points at it (`a.x`, `a['x']`,
//! `a[0]`), but boa does not say which of the two the object was, so
//! postrun writes `undefined or null` unless the source writes the value.

use crate::script::{WRAPPER_LINES, stack_frames};

/// V8's message for `error_name: message` thrown at the top frame of
/// `stack`, in `source`; `None` keeps the message as it is.
pub(crate) fn v8_message(
    error_name: &str,
    message: &str,
    stack: &str,
    source: &str,
) -> Option<String> {
    if let Some(fixed) = fixed_wording(message) {
        return Some(fixed);
    }
    // The innermost frame must be the script's: an error raised in the
    // prelude points the script's frame at some other call.
    let (line, column) = stack_frames(stack).next()??;
    let text = source.lines().nth(line.checked_sub(WRAPPER_LINES + 1)?)?;
    let chars: Vec<char> = text.chars().collect();
    let at = column.checked_sub(1)?;
    match (error_name, message) {
        ("TypeError", "not a callable function") if chars.get(at) == Some(&'(') => {
            Some(format!("{} is not a function", callee_before(&chars, at)?))
        }
        ("TypeError", "class constructor cannot be invoked without 'new'")
            if chars.get(at) == Some(&'(') =>
        {
            Some(format!(
                "Class constructor {} cannot be invoked without 'new'",
                callee_before(&chars, at)?
            ))
        }
        // boa's position is the `new`: the callee is the name after it.
        ("TypeError", "not a constructor") => {
            let rest: String = chars.get(at..)?.iter().collect();
            let after_new = rest.strip_prefix("new")?;
            if !after_new.starts_with(char::is_whitespace) {
                return None;
            }
            let name: String = after_new
                .trim_start()
                .chars()
                .take_while(|c| is_identifier(*c) || *c == '.')
                .collect();
            (!name.is_empty()).then(|| format!("{name} is not a constructor"))
        }
        ("TypeError", NOT_AN_OBJECT) => match chars.get(at)? {
            // A method read from `undefined` (`data.items.forEach(…)`), or
            // a built-in that wants an object (`Object.keys(undefined)`):
            // boa points at the call's `(` for both.
            '(' => Some(match method_read_before(&chars, at) {
                Some((callee, key)) => format!(
                    "Cannot read properties of {} (reading '{key}')",
                    literal_base_of(&callee).unwrap_or("undefined or null")
                ),
                None => "Cannot convert undefined or null to object".to_string(),
            }),
            // boa's position is the statement's start for a `delete` and an
            // assignment to a member of `undefined`.
            _ if starts_with_word(&chars[at..], "delete") => {
                Some("Cannot convert undefined or null to object".to_string())
            }
            _ if assignment_at(&chars, at).is_some() => {
                let (target, key, compound) = assignment_at(&chars, at)?;
                let base = literal_base_of(&target).unwrap_or("undefined or null");
                Some(match compound {
                    false => format!("Cannot set properties of {base} (setting '{key}')"),
                    true => format!("Cannot read properties of {base} (reading '{key}')"),
                })
            }
            _ => Some(format!(
                "Cannot read properties of {} (reading '{}')",
                literal_base(&chars, at).unwrap_or("undefined or null"),
                key_read_at(&chars, at)?
            )),
        },
        _ => None,
    }
}

/// V8's words for built-in errors whose message does not depend on where
/// they were raised (boa's on the left).
fn fixed_wording(message: &str) -> Option<String> {
    let fixed = match message {
        "Array.prototype.reduce: called on an empty array and with no initial value"
        | "Array.prototype.reduceRight: called on an empty array and with no initial value" => {
            "Reduce of empty array with no initial value"
        }
        "invalid escape character found" => "URI malformed",
        "can't convert symbol to string" => "Cannot convert a Symbol value to a string",
        "invalid array length" => "Invalid array length",
        "Object.defineProperty: expected 'this' to be an Object" => {
            "Object.defineProperty called on non-object"
        }
        "Proxy constructor called with non-object handler"
        | "Proxy constructor called with non-object target" => {
            "Cannot create proxy with a non-object as target or handler"
        }
        _ if message.starts_with("cannot mutate an immutable binding") => {
            "Assignment to constant variable."
        }
        _ => {
            let number = message
                .strip_prefix("cannot convert ")?
                .strip_suffix(" to a BigInt")?;
            return Some(format!(
                "The number {number} cannot be converted to a BigInt because it is not an integer"
            ));
        }
    };
    Some(fixed.to_string())
}

/// What boa says when a property of `undefined` or `null` is read, and
/// when a built-in is given one of them for an object.
const NOT_AN_OBJECT: &str = "cannot convert 'null' or 'undefined' to object";

/// The object of the read at `chars[at]` when the source writes it as
/// `null` or `undefined` (`null.x`); otherwise boa cannot say which of the
/// two it was.
fn literal_base(chars: &[char], at: usize) -> Option<&'static str> {
    let text: String = chars[..at].iter().collect();
    let base = text.trim_end().strip_suffix('.')?.trim_end();
    ["null", "undefined"].into_iter().find(|literal| {
        base.strip_suffix(literal)
            .is_some_and(|before| !before.ends_with(is_identifier) && !before.ends_with('.'))
    })
}

fn starts_with_word(chars: &[char], word: &str) -> bool {
    let text: String = chars.iter().take(word.len() + 1).collect();
    text.strip_prefix(word)
        .is_some_and(|rest| rest.starts_with(char::is_whitespace))
}

/// The assignment to a member that starts at `chars[at]`
/// (`o.list.items = []`, `o.a['b'] += 1`): its target, the last key and
/// whether the operator is compound (which reads the key first). `None`
/// when the target is not a plain member chain, the key is not written,
/// or the right side calls a function: boa gives a failed read inside
/// `o.x = a.f()` the statement's start too.
fn assignment_at(chars: &[char], at: usize) -> Option<(String, String, bool)> {
    // At a key inside the chain (`o.a.b.c = 1` failing on `b`) it is a read.
    let before = chars[..at].iter().rev().find(|c| !c.is_whitespace());
    if before.is_some_and(|c| matches!(c, '.' | '[') || is_identifier(*c)) {
        return None;
    }
    let rest = chars.get(at..)?;
    let target_len = rest
        .iter()
        .position(|c| !(is_identifier(*c) || matches!(c, '.' | '[' | ']' | '\'' | '"')))
        .unwrap_or(rest.len());
    let target: String = rest[..target_len].iter().collect();
    let after: String = rest[target_len..].iter().collect();
    let after = after.trim_start();
    const COMPOUND: [&str; 15] = [
        "**=", ">>>=", "<<=", ">>=", "&&=", "||=", "??=", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=",
    ];
    let (compound, right) = match COMPOUND.iter().find(|op| after.starts_with(*op)) {
        Some(op) => (true, &after[op.len()..]),
        None if after.starts_with('=') && !after.starts_with("==") && !after.starts_with("=>") => {
            (false, &after[1..])
        }
        None => return None,
    };
    let right = right.split(';').next().unwrap_or_default();
    if right.contains('(') || !(target.contains('.') || target.contains('[')) {
        return None;
    }
    let target_chars: Vec<char> = target.chars().collect();
    let key = if target.ends_with(']') {
        let open = target.rfind('[')?;
        let inner = target[open + 1..target.len() - 1].trim();
        let unquoted = inner
            .strip_prefix('\'')
            .and_then(|k| k.strip_suffix('\''))
            .or_else(|| inner.strip_prefix('"').and_then(|k| k.strip_suffix('"')));
        match unquoted {
            Some(key) if !key.contains('\\') => key.to_string(),
            None if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit()) => {
                inner.to_string()
            }
            _ => return None,
        }
    } else {
        let dot = target_chars.iter().rposition(|c| *c == '.')?;
        let key: String = target_chars[dot + 1..].iter().collect();
        if key.is_empty() || key.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        key
    };
    Some((target, key, compound))
}

/// `null` or `undefined` when a member chain starts with that literal.
fn literal_base_of(target: &str) -> Option<&'static str> {
    ["null", "undefined"].into_iter().find(|literal| {
        target
            .strip_prefix(literal)
            .is_some_and(|rest| rest.starts_with(['.', '[']))
    })
}

/// The callee of the call whose `(` is `chars[at]` and the method name it
/// reads (`o.items.forEach` and `forEach`), unless the callee is a
/// built-in's (`Object.keys`, `JSON.parse`): those read nothing from
/// `undefined`, they are given it.
fn method_read_before(chars: &[char], at: usize) -> Option<(String, String)> {
    /// The globals whose static methods throw on `undefined` arguments.
    const BUILT_INS: [&str; 16] = [
        "Object", "Reflect", "Array", "JSON", "Math", "Number", "String", "Promise", "Date",
        "Symbol", "Map", "Set", "WeakMap", "WeakSet", "Buffer", "Function",
    ];
    let callee = callee_before(chars, at)?;
    let first = callee.split(['.', '[', '(']).next()?;
    if BUILT_INS.contains(&first) {
        return None;
    }
    let (_, key) = callee.rsplit_once('.')?;
    (!key.is_empty() && key.chars().all(is_identifier)).then(|| (callee.clone(), key.to_string()))
}

/// The key a property read at `chars[at]` reads, where boa's position
/// for it points: the name after a `.` (`a.b`), or a literal key in
/// brackets (`a['b']`, `a[0]`). `None` for anything else (a computed
/// key's value is not in the source).
fn key_read_at(chars: &[char], at: usize) -> Option<String> {
    let before = chars[..at].iter().rposition(|c| *c != ' ');
    let first = *chars.get(at)?;
    if is_identifier(first) && !first.is_ascii_digit() {
        let end = (at..chars.len())
            .find(|&j| !is_identifier(chars[j]))
            .unwrap_or(chars.len());
        return (before.map(|j| chars[j]) == Some('.')).then(|| chars[at..end].iter().collect());
    }
    if before.map(|j| chars[j]) != Some('[') {
        return None;
    }
    let (key, end) = match first {
        quote @ ('\'' | '"') => {
            let close = at + 1 + chars[at + 1..].iter().position(|c| *c == quote)?;
            let key: String = chars[at + 1..close].iter().collect();
            (!key.contains('\\')).then_some((key, close + 1))?
        }
        digit if digit.is_ascii_digit() => {
            let end = (at..chars.len())
                .find(|&j| !chars[j].is_ascii_digit())
                .unwrap_or(chars.len());
            let key: String = chars[at..end].iter().collect();
            // `[01]` reads `'1'`: only plain integers are their own key.
            (key == "0" || !key.starts_with('0')).then_some((key, end))?
        }
        _ => return None,
    };
    let after = chars[end..].iter().find(|c| **c != ' ');
    (after == Some(&']')).then_some(key)
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
    fn built_in_errors_in_v8_words() {
        let anywhere = "    at <main> (script:2:1)";
        let word = |name: &str, boa: &str| v8_message(name, boa, anywhere, "x\n");
        assert_eq!(
            word("TypeError", "cannot mutate an immutable binding 'c'").as_deref(),
            Some("Assignment to constant variable.")
        );
        assert_eq!(
            word("RangeError", "cannot convert 1.5 to a BigInt").as_deref(),
            Some("The number 1.5 cannot be converted to a BigInt because it is not an integer")
        );
        assert_eq!(
            word("URIError", "invalid escape character found").as_deref(),
            Some("URI malformed")
        );
        assert_eq!(word("RangeError", "some other words"), None);
        let at_new = |source: &str| {
            let column = source.find("new").unwrap() + 1;
            let stack = format!("    at <main> (script:2:{column})");
            v8_message(
                "TypeError",
                "not a constructor",
                &stack,
                &format!("{source}\n"),
            )
        };
        assert_eq!(
            at_new("x = new a.B(1)").as_deref(),
            Some("a.B is not a constructor")
        );
        assert_eq!(
            at_new("new undefined").as_deref(),
            Some("undefined is not a constructor")
        );
        assert_eq!(at_new("newish()"), None);
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

    fn reading_at(line: &str, column: usize) -> Option<String> {
        let stack = format!("    at <main> (script:2:{column})\n    at <main> (script:4:3)");
        v8_message("TypeError", NOT_AN_OBJECT, &stack, &format!("{line}\n"))
    }

    /// Columns as boa gives them for each of these (recorded in a run).
    #[test]
    fn names_the_key_read_from_undefined() {
        let reads = |key: &str| {
            Some(format!(
                "Cannot read properties of undefined or null (reading '{key}')"
            ))
        };
        assert_eq!(reading_at("a.field;", 3), reads("field"));
        assert_eq!(reading_at("o.b.c.length > 0;", 7), reads("length"));
        assert_eq!(reading_at("if (a.flag) {}", 7), reads("flag"));
        assert_eq!(reading_at("o.b.c['k'];", 7), reads("k"));
        assert_eq!(reading_at("o.b.c[ 0 ];", 8), reads("0"));
        assert_eq!(reading_at("  .field;", 4), reads("field"));
        assert_eq!(
            reading_at("null.property;", 6).as_deref(),
            Some("Cannot read properties of null (reading 'property')")
        );
        assert_eq!(reading_at("x.null.property;", 8), reads("property"));
        assert_eq!(
            reading_at("Object.keys(a);", 12).as_deref(),
            Some("Cannot convert undefined or null to object")
        );
        assert_eq!(
            reading_at("Object.entries(o.a).map(f);", 15).as_deref(),
            Some("Cannot convert undefined or null to object")
        );
        // A method read from `undefined`, had boa pointed at the call: boa
        // 0.22 gives the enclosing function's start instead (PARITY.md).
        assert_eq!(reading_at("o.items.forEach(f);", 16), reads("forEach"));
        assert_eq!(
            reading_at("pm.response.json().data.map(x => x);", 28),
            reads("map")
        );
        assert_eq!(
            reading_at("null.x();", 7).as_deref(),
            Some("Cannot read properties of null (reading 'x')")
        );
    }

    /// Where the key is not in the source, or the position is not a read.
    #[test]
    fn keeps_boas_words_where_the_key_is_not_written() {
        assert_eq!(reading_at("o.b.c[i];", 7), None);
        assert_eq!(reading_at("x = a.f();", 1), None);
        assert_eq!(reading_at("o.x = a.f();", 1), None);
        assert_eq!(reading_at("a.x == 1;", 1), None);
        assert_eq!(reading_at("o.b.c[01];", 7), None);
        assert_eq!(reading_at("o.b.c['a\\'b'];", 7), None);
        assert_eq!(reading_at("x;", 9), None);
    }

    /// boa points at the statement for a failed set and a `delete`.
    #[test]
    fn names_the_key_set_on_undefined() {
        let sets = |key: &str| {
            Some(format!(
                "Cannot set properties of undefined or null (setting '{key}')"
            ))
        };
        assert_eq!(reading_at("a.x = 1;", 1), sets("x"));
        assert_eq!(reading_at("  o.list.items = [];", 3), sets("items"));
        assert_eq!(reading_at("o.x['y'] = o.z;", 1), sets("y"));
        assert_eq!(reading_at("o.x[0] = 'v'", 1), sets("0"));
        assert_eq!(
            reading_at("null.x = 1;", 1).as_deref(),
            Some("Cannot set properties of null (setting 'x')")
        );
        assert_eq!(
            reading_at("o.x.y += 1;", 1).as_deref(),
            Some("Cannot read properties of undefined or null (reading 'y')")
        );
        assert_eq!(
            reading_at("delete o.a.b;", 1).as_deref(),
            Some("Cannot convert undefined or null to object")
        );
        assert_eq!(reading_at("o.x[i] = 1;", 1), None);
        // boa points at `b` when reading it fails on the way to the set.
        assert_eq!(
            reading_at("o.a.b.c = 1;", 5).as_deref(),
            Some("Cannot read properties of undefined or null (reading 'b')")
        );
        assert_eq!(reading_at("x = 1;", 1), None);
    }

    #[test]
    fn keeps_boas_words_where_the_callee_is_not_plain() {
        assert_eq!(says("'str'.zap()"), None);
        assert_eq!(says("(a.b).c()"), None);
        assert_eq!(says("a['x y']()"), None);
    }
}
