//! How deeply a script's brackets nest, found without parsing it. boa's
//! parser and compiler recurse once per level and overflow the thread's
//! stack somewhere past 30,000 levels: the process aborts and every report
//! is lost. V8 stops near 5,000 with `RangeError: Maximum call stack size
//! exceeded`; a script (or `eval`/`Function` text) deeper than
//! [`MAX_NESTING`] gets that error here before boa sees it.

/// The deepest bracket nesting a script may have: twice V8's, a third of
/// where boa's parser overflows a run's 1 GiB stack.
pub(crate) const MAX_NESTING: usize = 10_000;

/// What a script may have at the scanner's position.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Code,
    LineComment,
    BlockComment,
    Quoted(u8),
    Template,
    Regex { in_class: bool },
}

/// Whether `source` nests `(`, `[`, `{` and `${` more than `limit` levels
/// deep. Strings, comments, template text and regular expressions are
/// skipped; a `/` is read as a division after a name, a number or a
/// closing bracket, as a regular expression elsewhere, which is right for
/// every script but a rare few whose misreading moves the count by a level.
pub(crate) fn nests_deeper_than(source: &str, limit: usize) -> bool {
    let bytes = source.as_bytes();
    let mut state = State::Code;
    let mut depth = 0usize;
    // The depth each open `${` returns to when its `}` closes.
    let mut templates: Vec<usize> = Vec::new();
    // Whether a `/` here starts a regular expression.
    let mut regex_allowed = true;
    let mut word = String::new();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        let next = bytes.get(at + 1).copied();
        match state {
            State::Code => {
                if is_word_byte(byte) {
                    word.push(char::from(byte));
                    at += 1;
                    continue;
                }
                if !word.is_empty() {
                    regex_allowed = is_keyword_before_expression(&word);
                    word.clear();
                }
                match byte {
                    b'/' if next == Some(b'/') => state = State::LineComment,
                    b'/' if next == Some(b'*') => {
                        state = State::BlockComment;
                        at += 1;
                    }
                    b'/' if regex_allowed => state = State::Regex { in_class: false },
                    b'\'' | b'"' => state = State::Quoted(byte),
                    b'`' => state = State::Template,
                    b'(' | b'[' | b'{' => {
                        depth += 1;
                        if depth > limit {
                            return true;
                        }
                        regex_allowed = true;
                    }
                    b'}' if templates.last() == Some(&depth.saturating_sub(1)) => {
                        templates.pop();
                        depth = depth.saturating_sub(1);
                        state = State::Template;
                    }
                    b')' | b']' => {
                        depth = depth.saturating_sub(1);
                        regex_allowed = false;
                    }
                    b'}' => {
                        depth = depth.saturating_sub(1);
                        regex_allowed = true;
                    }
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    _ => regex_allowed = true,
                }
            }
            State::LineComment => {
                if byte == b'\n' {
                    state = State::Code;
                }
            }
            State::BlockComment => {
                if byte == b'*' && next == Some(b'/') {
                    state = State::Code;
                    at += 1;
                }
            }
            State::Quoted(quote) => match byte {
                b'\\' => at += 1,
                b'\n' => state = State::Code,
                _ if byte == quote => {
                    state = State::Code;
                    regex_allowed = false;
                }
                _ => {}
            },
            State::Template => match byte {
                b'\\' => at += 1,
                b'`' => {
                    state = State::Code;
                    regex_allowed = false;
                }
                b'$' if next == Some(b'{') => {
                    templates.push(depth);
                    depth += 1;
                    if depth > limit {
                        return true;
                    }
                    state = State::Code;
                    regex_allowed = true;
                    at += 1;
                }
                _ => {}
            },
            State::Regex { in_class } => match byte {
                b'\\' => at += 1,
                b'[' => state = State::Regex { in_class: true },
                b']' => state = State::Regex { in_class: false },
                b'/' if !in_class => {
                    state = State::Code;
                    regex_allowed = false;
                }
                b'\n' => state = State::Code,
                _ => {}
            },
        }
        at += 1;
    }
    false
}

/// V8's error for a script nested deeper than [`MAX_NESTING`].
pub(crate) fn refuse_too_deep(source: &str) -> boa_engine::JsResult<()> {
    if nests_deeper_than(source, MAX_NESTING) {
        return Err(boa_engine::JsNativeError::range()
            .with_message("Maximum call stack size exceeded")
            .into());
    }
    Ok(())
}

/// The text `eval` and `new Function` compile, checked as a script is:
/// boa asks the host before compiling a string.
pub(crate) struct Hooks;

impl boa_engine::context::HostHooks for Hooks {
    fn ensure_can_compile_strings(
        &self,
        _realm: boa_engine::realm::Realm,
        parameters: &[boa_engine::JsString],
        body: &boa_engine::JsString,
        _direct: bool,
        _context: &mut boa_engine::Context,
    ) -> boa_engine::JsResult<()> {
        for text in parameters.iter().chain([body]) {
            refuse_too_deep(&text.to_std_string_lossy())?;
        }
        Ok(())
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$' || byte >= 0x80
}

/// Words after which an expression, so a regular expression, may start.
pub(super) fn is_keyword_before_expression(word: &str) -> bool {
    matches!(
        word,
        "return"
            | "typeof"
            | "case"
            | "in"
            | "of"
            | "do"
            | "else"
            | "void"
            | "delete"
            | "throw"
            | "new"
            | "instanceof"
            | "yield"
            | "await"
    )
}

#[cfg(test)]
mod tests {
    use super::nests_deeper_than;

    #[test]
    fn counts_brackets_and_template_substitutions() {
        assert!(!nests_deeper_than("f(a[b{c}])", 3));
        assert!(nests_deeper_than("f(a[b({c})])", 3));
        assert!(nests_deeper_than(
            &format!("{}1{}", "(".repeat(11), ")".repeat(11)),
            10
        ));
        assert!(nests_deeper_than("x = `${ `${ `${ 1 }` }` }`", 2));
        assert!(!nests_deeper_than("x = `${ `${ 1 }` }`; y = ((1))", 2));
        // Closed levels do not add up.
        assert!(!nests_deeper_than(&"(1);".repeat(1000), 1));
    }

    #[test]
    fn skips_strings_comments_templates_and_regular_expressions() {
        let text = r#"
            var a = '(((' + "[[[" + `{{{ ${'('} (((`; // (((
            /* [[[ */ var r = /[(]{3}\/(/g, q = x / (y) / z;
            if (a) return /((/.test(a);
        "#;
        assert!(!nests_deeper_than(text, 2));
        assert!(nests_deeper_than(&format!("{text} (((1)))"), 2));
    }
}
