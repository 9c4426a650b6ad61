//! What reaches a terminal: text from collections, scripts and servers may
//! hold control sequences (`ESC[2J` clears the screen, OSC sequences set the
//! window title or write to the clipboard). Only colour (SGR) sequences, new
//! lines and tabs pass; every other control character is shown as its
//! Unicode control picture (`␛`), so the text stays readable and inert.

use std::borrow::Cow;
use std::io::{self, Write};

/// `text` with every control character but `\n`, `\t`, `\r\n` and colour
/// sequences replaced by a visible stand-in.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_care) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek().is_some_and(|(_, next)| *next == '\n') => out.push(c),
            '\u{1b}' if colour_sequence(&text[at..]).is_some() => {
                let length = colour_sequence(&text[at..]).unwrap_or(1);
                out.push_str(&text[at..at + length]);
                for _ in 1..length {
                    chars.next();
                }
            }
            c if is_control(c) => out.push(picture(c)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_care(c: char) -> bool {
    is_control(c) && c != '\n' && c != '\t'
}

fn is_control(c: char) -> bool {
    c.is_control() || c == '\u{7f}'
}

/// The length of `ESC [ digits;… m` at the start of `text`, if it is one.
fn colour_sequence(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("\u{1b}[")?;
    let params = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (rest.as_bytes().get(params) == Some(&b'm')).then_some(2 + params + 1)
}

/// U+2400 + code for C0 controls, ␡ for DEL, � for the C1 range.
fn picture(c: char) -> char {
    match c as u32 {
        code @ 0..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// A writer that sanitizes whole lines on their way to a terminal (it sits
/// behind the redacting writer, which hands it whole lines).
pub struct SanitizingWriter<W: Write>(pub W);

impl<W: Write> Write for SanitizingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.0.write_all(sanitize(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_pass_and_other_controls_are_shown() {
        assert_eq!(sanitize("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(sanitize("\u{1b}[31mred\u{1b}[0m"), "\u{1b}[31mred\u{1b}[0m");
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\u{241b}[2Jb");
        assert_eq!(sanitize("\u{1b}]0;title\u{7}"), "\u{241b}]0;title\u{2407}");
        assert_eq!(sanitize("line\r\nover\rwrite"), "line\r\nover\u{240d}write");
        assert_eq!(sanitize("c1\u{9b}x"), "c1\u{fffd}x");
    }
}
