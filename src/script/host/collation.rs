//! `String.prototype.localeCompare` as ICU's root collation orders Latin
//! text, as node under Newman does (fixtures/scripts/libraries.json records
//! node's answers). Level 1 compares letters without case or accents (ß as
//! ss), after digits, after punctuation (in ICU's order), after spaces;
//! level 2 the accents (acute before grave before … diaeresis); level 3 the
//! case (lower first). `sensitivity` stops at a level, `numeric` reads digit
//! runs as numbers.
//!
//! `collate(a, b, numeric, sensitivity)` takes both texts already in NFD
//! (`dates.js` normalizes them) and works on their UTF-16 units, as the
//! JavaScript it replaces did: written in JavaScript it cost about a million
//! instructions to compare two short names, and sorting a list with
//! `localeCompare` is a common test.

use std::cmp::Ordering;

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[("collate", 4, collate)];

/// Punctuation in ICU's order.
const PUNCTUATION: &str = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

/// Combining accents in ICU's secondary order (acute first); others come
/// after them, by code.
const ACCENTS: [u16; 13] = [
    0x301, 0x300, 0x306, 0x302, 0x30C, 0x30A, 0x308, 0x30B, 0x303, 0x307, 0x327, 0x328, 0x304,
];

fn collate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = |index: usize, ctx: &mut Context| -> JsResult<Vec<u16>> {
        Ok(match args.get(index) {
            Some(value) => value.to_string(ctx)?.to_vec(),
            None => Vec::new(),
        })
    };
    let (a, b) = (text(0, ctx)?, text(1, ctx)?);
    let numeric = args.get(2).is_some_and(JsValue::to_boolean);
    let sensitivity = string_arg(args, 3, ctx)?;
    let order = compare(&a, &b, numeric, Sensitivity::from_name(&sensitivity));
    Ok(JsValue::from(order as i32))
}

/// `localeCompare`'s `sensitivity` option: the levels compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sensitivity {
    Base,
    Accent,
    Case,
    Variant,
}

impl Sensitivity {
    fn from_name(name: &str) -> Self {
        match name {
            "base" => Sensitivity::Base,
            "accent" => Sensitivity::Accent,
            "case" => Sensitivity::Case,
            _ => Sensitivity::Variant,
        }
    }

    fn levels(self) -> &'static [Level] {
        match self {
            Sensitivity::Base => &[Level::Letters],
            Sensitivity::Accent => &[Level::Letters, Level::Accents],
            Sensitivity::Case => &[Level::Letters, Level::Case],
            Sensitivity::Variant => &[Level::Letters, Level::Accents, Level::Case],
        }
    }
}

#[derive(Clone, Copy)]
enum Level {
    Letters,
    Accents,
    Case,
}

/// What a character (with its accents) weighs at level 1: its class and
/// key, or (class 3, `numeric`) a digit run's length and digits, compared
/// in that order as the JavaScript compared its arrays.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Primary {
    class: u16,
    key: usize,
    digits: Vec<u16>,
}

/// One collation element: a character with its accents, or a digit run.
struct Element {
    primary: Primary,
    secondary: Vec<u32>,
    tertiary: u8,
    /// A digit run's length with its leading zeros.
    run: usize,
}

/// The order of two NFD texts, as `-1`, `0` or `1`.
fn compare(a: &[u16], b: &[u16], numeric: bool, sensitivity: Sensitivity) -> i8 {
    let (x, y) = (elements(a, numeric), elements(b, numeric));
    for level in sensitivity.levels() {
        let order = match level {
            Level::Letters => x
                .iter()
                .map(|e| &e.primary)
                .cmp(y.iter().map(|e| &e.primary)),
            Level::Accents => x
                .iter()
                .map(|e| accents_key(&e.secondary))
                .cmp(y.iter().map(|e| accents_key(&e.secondary))),
            Level::Case => x
                .iter()
                .map(|e| e.tertiary)
                .cmp(y.iter().map(|e| e.tertiary)),
        };
        if order != Ordering::Equal {
            return sign(order);
        }
    }
    if numeric && sensitivity == Sensitivity::Variant {
        return sign(x.iter().map(|e| e.run).cmp(y.iter().map(|e| e.run)));
    }
    0
}

fn sign(order: Ordering) -> i8 {
    order as i8
}

/// A character's accents at level 2, compared as the text of their weights
/// joined by commas (`"1,3"`, `""` for none), as the JavaScript compared them.
fn accents_key(weights: &[u32]) -> String {
    weights
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn is_mark(unit: u16) -> bool {
    (0x300..=0x36F).contains(&unit)
}

fn is_digit(unit: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&unit)
}

/// What `\s` matches.
fn is_space(unit: u16) -> bool {
    matches!(unit, 9..=13 | 32 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF)
}

/// A UTF-16 unit in lower and upper case as `toLowerCase`/`toUpperCase`
/// give them (a lone surrogate stays itself).
fn cases(unit: u16) -> (Vec<u16>, Vec<u16>) {
    let Some(c) = char::from_u32(u32::from(unit)) else {
        return (vec![unit], vec![unit]);
    };
    let units = |chars: &mut dyn Iterator<Item = char>| {
        let mut out = Vec::new();
        for c in chars {
            let mut buffer = [0; 2];
            out.extend_from_slice(c.encode_utf16(&mut buffer));
        }
        out
    };
    (units(&mut c.to_lowercase()), units(&mut c.to_uppercase()))
}

fn elements(text: &[u16], numeric: bool) -> Vec<Element> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let unit = text[i];
        // ß is ss, after every case of ss (ICU weighs it at level 2).
        if unit == 0xDF || unit == 0x1E9E {
            for _ in 0..2 {
                out.push(Element {
                    primary: Primary {
                        class: 4,
                        key: usize::from(b's'),
                        digits: Vec::new(),
                    },
                    secondary: vec![50],
                    tertiary: 0,
                    run: 0,
                });
            }
            i += 1;
            continue;
        }
        let mut secondary = Vec::new();
        while i + 1 < text.len() && is_mark(text[i + 1]) {
            i += 1;
            let mark = text[i];
            secondary.push(match ACCENTS.iter().position(|&a| a == mark) {
                Some(at) => at as u32 + 1,
                None => 100 + u32::from(mark),
            });
        }
        if numeric && is_digit(unit) {
            // The run goes on after the accents the first digit had.
            let mut run = vec![unit];
            while i + 1 < text.len() && is_digit(text[i + 1]) {
                i += 1;
                run.push(text[i]);
            }
            // Leading zeros go, but the last digit stays.
            let zeros = run[..run.len() - 1]
                .iter()
                .take_while(|&&d| d == u16::from(b'0'))
                .count();
            let digits = run[zeros..].to_vec();
            out.push(Element {
                primary: Primary {
                    class: 3,
                    key: digits.len(),
                    digits,
                },
                secondary: Vec::new(),
                tertiary: 0,
                run: run.len(),
            });
            i += 1;
            continue;
        }
        let (lower, upper) = cases(unit);
        let punctuation = PUNCTUATION.encode_utf16().position(|p| p == unit);
        let (class, key) = if is_space(unit) {
            (0, 0)
        } else if let Some(at) = punctuation {
            (1, at)
        } else if is_digit(unit) {
            (3, usize::from(unit))
        } else if lower != upper {
            (4, usize::from(lower[0]))
        } else {
            (2, usize::from(unit))
        };
        out.push(Element {
            primary: Primary {
                class,
                key,
                digits: Vec::new(),
            },
            secondary,
            tertiary: u8::from(lower != [unit]),
            run: 0,
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(a: &str, b: &str, numeric: bool, sensitivity: Sensitivity) -> i8 {
        let units = |s: &str| s.encode_utf16().collect::<Vec<_>>();
        compare(&units(a), &units(b), numeric, sensitivity)
    }

    #[test]
    fn digit_runs_compare_as_numbers_only_when_numeric() {
        assert_eq!(order("item2", "item10", true, Sensitivity::Variant), -1);
        assert_eq!(order("item2", "item10", false, Sensitivity::Variant), 1);
        // Equal numbers: the run with fewer leading zeros first.
        assert_eq!(order("x1", "x01", true, Sensitivity::Variant), -1);
        assert_eq!(order("x01", "x1", true, Sensitivity::Base), 0);
    }

    #[test]
    fn levels_stop_where_the_sensitivity_says() {
        assert_eq!(order("a", "A", false, Sensitivity::Variant), -1);
        assert_eq!(order("a", "A", false, Sensitivity::Base), 0);
        assert_eq!(order("a", "a\u{301}", false, Sensitivity::Accent), -1);
        assert_eq!(order("a", "a\u{301}", false, Sensitivity::Case), 0);
        assert_eq!(
            order("strasse", "stra\u{DF}e", false, Sensitivity::Variant),
            -1
        );
    }
}
