//! lodash 4's word splitting and `deburr`, natively: `_.words`, the case
//! functions built on them (`camelCase`, `kebabCase`, …) and Newman's JUnit
//! classnames (`upperFirst(camelCase(name))`) split a text where lodash
//! does. lodash tells apart upper- and lower-case letters of Latin-1 only,
//! treats every other letter as fitting either, and keeps contractions
//! (`it's`), ordinals (`1st`) and emoji sequences whole. Texts are UTF-16
//! code units, as lodash's regular expressions (not in unicode mode) see
//! them, so an emoji's surrogates split as in node. Checked against lodash
//! 4.17.21 in node (`fixtures/scripts/libraries.json`,
//! `fixtures/junit/classnames.json`).

use std::ops::Range;
use std::sync::OnceLock;

use boa_engine::object::builtins::JsArray;

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("lodashWords", 1, lodash_words),
    ("lodashDeburr", 1, lodash_deburr),
];

/// `_.deburr(text)`.
fn lodash_deburr(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = text_arg(args, ctx)?;
    Ok(JsString::from(deburr_units(&text.to_vec()).as_slice()).into())
}

/// `_.words(text)` without a pattern: the words, in order.
fn lodash_words(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let units = text_arg(args, ctx)?.to_vec();
    let words = words(&units)
        .into_iter()
        .map(|range| JsValue::from(JsString::from(&units[range])));
    Ok(JsArray::from_iter(words, ctx).into())
}

/// The first argument as a string, `''` when there is none.
fn text_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<JsString> {
    match args.first() {
        Some(value) if !value.is_undefined() => value.to_string(ctx),
        _ => Ok(JsString::default()),
    }
}

/// Where lodash's `words` finds the words of `text` (UTF-16 code units).
pub(crate) fn words(text: &[u16]) -> Vec<Range<usize>> {
    if has_unicode_word(text) {
        unicode_word_pattern()
            .find_from_ucs2(text, 0)
            .map(|found| found.range())
            .collect()
    } else {
        ascii_words(text)
    }
}

/// Whether lodash takes its full pattern: a case change inside a run of
/// letters, a digit next to a letter, or anything but ASCII letters,
/// digits and spaces.
fn has_unicode_word(text: &[u16]) -> bool {
    let class = |unit: u16| match unit {
        0x61..=0x7a => 'a',
        0x41..=0x5a => 'A',
        0x30..=0x39 => '0',
        0x20 => ' ',
        _ => '?',
    };
    let classes: Vec<char> = text.iter().map(|&unit| class(unit)).collect();
    classes.contains(&'?')
        || classes.windows(2).any(|pair| {
            matches!(
                (pair[0], pair[1]),
                ('a', 'A') | ('0', 'a' | 'A') | ('a' | 'A', '0')
            )
        })
        || classes.windows(3).any(|run| run == ['A', 'A', 'a'])
}

/// Runs of ASCII letters and digits (and anything past ASCII, which this
/// path never sees).
fn ascii_words(text: &[u16]) -> Vec<Range<usize>> {
    let is_break = |unit: u16| unit < 0x80 && !(unit as u8).is_ascii_alphanumeric();
    let mut words = Vec::new();
    let mut start = None;
    for (at, &unit) in text.iter().enumerate() {
        match (is_break(unit), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                words.push(from..at);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(from..text.len());
    }
    words
}

/// lodash's word pattern, composed from its character classes.
fn unicode_word_pattern() -> &'static regress::Regex {
    static PATTERN: OnceLock<regress::Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // What ends a word: math signs, ASCII and Latin-1 punctuation and
        // symbols, general punctuation and the spaces.
        let breaks = concat!(
            r"\xac\xb1\xd7\xf7",
            r"\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf",
            r"\u2000-\u206f",
            r" \t\x0b\f\xa0\ufeff\n\r\u2028\u2029\u1680\u180e\u2000-\u200a\u202f\u205f\u3000",
        );
        let upper = r"A-Z\xc0-\xd6\xd8-\xde";
        let lower = r"a-z\xdf-\xf6\xf8-\xff";
        let dingbats = r"\u2700-\u27bf";
        // A letter of no case lodash knows: anything not named above.
        let other = format!(r"[^\ud800-\udfff{breaks}\d+{dingbats}{lower}{upper}]");
        let (upper, lower) = (format!("[{upper}]"), format!("[{lower}]"));
        let lower_or_other = format!("(?:{lower}|{other})");
        let upper_or_other = format!("(?:{upper}|{other})");
        let lower_contraction = r"(?:['\u2019](?:d|ll|m|re|s|t|ve))?";
        let upper_contraction = r"(?:['\u2019](?:D|LL|M|RE|S|T|VE))?";
        let flag = r"(?:\ud83c[\udde6-\uddff]){2}";
        let astral = r"[\ud800-\udbff][\udc00-\udfff]";
        let modifier = r"(?:[\u0300-\u036f\ufe20-\ufe2f\u20d0-\u20ff]|\ud83c[\udffb-\udfff])?";
        let variation = r"[\ufe0e\ufe0f]?";
        let joined =
            format!(r"(?:\u200d(?:[^\ud800-\udfff]|{flag}|{astral}){variation}{modifier})*");
        let emoji = format!("(?:[{dingbats}]|{flag}|{astral}){variation}{modifier}{joined}");
        let alternatives = [
            format!("{upper}?{lower}+{lower_contraction}(?=[{breaks}]|{upper}|$)"),
            format!("{upper_or_other}+{upper_contraction}(?=[{breaks}]|{upper}{lower_or_other}|$)"),
            format!("{upper}?{lower_or_other}+{lower_contraction}"),
            format!("{upper}+{upper_contraction}"),
            r"\d*(?:1ST|2ND|3RD|(?![123])\dTH)(?=\b|[a-z_])".to_string(),
            r"\d*(?:1st|2nd|3rd|(?![123])\dth)(?=\b|[A-Z_])".to_string(),
            r"\d+".to_string(),
            emoji,
        ];
        regress::Regex::new(&alternatives.join("|")).expect("lodash's word pattern is valid")
    })
}

/// lodash's `deburr`: Latin-1 and Latin Extended-A letters as plain Latin
/// letters, combining marks dropped.
pub(crate) fn deburr(text: &str) -> String {
    String::from_utf16_lossy(&deburr_units(&text.encode_utf16().collect::<Vec<_>>()))
}

/// [`deburr`] of UTF-16 code units: every unit it changes is one character
/// of the Basic Multilingual Plane, so surrogates pass as they are.
fn deburr_units(text: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(text.len());
    for &unit in text {
        match unit {
            0xc0..=0x17f => match char::from_u32(unit.into()).and_then(plain_letter) {
                Some(plain) => out.extend(plain.encode_utf16()),
                None => out.push(unit),
            },
            0x300..=0x36f | 0xfe20..=0xfe2f | 0x20d0..=0x20ff => {}
            _ => out.push(unit),
        }
    }
    out
}

/// A Latin-1 or Latin Extended-A letter's plain form: its base letter, or
/// the letters lodash writes for a ligature or a letter with a stroke.
fn plain_letter(c: char) -> Option<&'static str> {
    const PLAIN: [(&str, &str); 48] = [
        ("ÀÁÂÃÄÅĀĂĄ", "A"),
        ("àáâãäåāăą", "a"),
        ("ÇĆĈĊČ", "C"),
        ("çćĉċč", "c"),
        ("ÐĎĐ", "D"),
        ("ðďđ", "d"),
        ("ÈÉÊËĒĔĖĘĚ", "E"),
        ("èéêëēĕėęě", "e"),
        ("ĜĞĠĢ", "G"),
        ("ĝğġģ", "g"),
        ("ĤĦ", "H"),
        ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİ", "I"),
        ("ìíîïĩīĭįı", "i"),
        ("Ĵ", "J"),
        ("ĵ", "j"),
        ("Ķ", "K"),
        ("ķĸ", "k"),
        ("ĹĻĽĿŁ", "L"),
        ("ĺļľŀł", "l"),
        ("ÑŃŅŇŊ", "N"),
        ("ñńņňŋ", "n"),
        ("ÒÓÔÕÖØŌŎŐ", "O"),
        ("òóôõöøōŏő", "o"),
        ("ŔŖŘ", "R"),
        ("ŕŗř", "r"),
        ("ŚŜŞŠ", "S"),
        ("śŝşšſ", "s"),
        ("ŢŤŦ", "T"),
        ("ţťŧ", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲ", "U"),
        ("ùúûüũūŭůűų", "u"),
        ("Ŵ", "W"),
        ("ŵ", "w"),
        ("ÝŶŸ", "Y"),
        ("ýÿŷ", "y"),
        ("ŹŻŽ", "Z"),
        ("źżž", "z"),
        ("Æ", "Ae"),
        ("æ", "ae"),
        ("Þ", "Th"),
        ("þ", "th"),
        ("ß", "ss"),
        ("Ĳ", "IJ"),
        ("ĳ", "ij"),
        ("Œ", "Oe"),
        ("œ", "oe"),
        ("ŉ", "'n"),
    ];
    PLAIN
        .iter()
        .find(|(letters, _)| letters.contains(c))
        .map(|(_, plain)| *plain)
}
