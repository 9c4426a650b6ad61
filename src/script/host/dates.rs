//! The date strings V8 reads beyond the standard's format: `new Date('March
//! 5, 2024')`, `'2024-03-05 10:20'`, `'03/05/2024'`, `'Tue Mar 05 2024'`.
//! boa reads only the standard's ISO format and RFC 1123, so a script that
//! parses an API's dates got `Invalid Date` where Newman's got a date. The
//! rules here were worked out by asking node (fixtures/scripts/date-parse.json,
//! recorded by scripts/date-parse-golden.js) and are checked against it.
//!
//! `parseDate(text)` answers the parts (`[year, month0, day, hour, minute,
//! second, ms, offset]`, the offset in minutes east of UTC or null for local
//! time) or null; `globals.js` makes the time from them, after boa's own
//! parser said no.

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("parseDate", 1, parse_date),
    ("localZoneNames", 0, local_zone_names),
    ("zoneAt", 2, zone_at),
];

/// `[offset, abbreviation]` of the IANA zone named `args[0]` (in any case,
/// as V8 accepts it) at `args[1]` ms: minutes east of UTC, and the zone
/// file's abbreviation. `null` for a name the system's zoneinfo lacks,
/// `undefined` where the system has no zoneinfo.
fn zone_at(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let time = number_arg(args, 1, ctx)?;
    let seconds = (time / 1000.0).floor() as i64;
    let found = ZONES.with(|zones| {
        let mut zones = zones.borrow_mut();
        let zone = zones.entry(name.to_ascii_lowercase()).or_insert_with(|| {
            zone_file(&name).and_then(|bytes| tz::TimeZone::from_tz_data(&bytes).ok())
        });
        let local = zone.as_ref()?.find_local_time_type(seconds).ok()?;
        Some((
            local.ut_offset() / 60,
            local.time_zone_designation().to_string(),
        ))
    });
    let Some((minutes, abbreviation)) = found else {
        // Without zone files no name can be told valid: `undefined`.
        let any_zoneinfo = ZONEINFO
            .iter()
            .any(|root| std::path::Path::new(root).is_dir());
        return Ok(if any_zoneinfo {
            JsValue::null()
        } else {
            JsValue::undefined()
        });
    };
    let parts = [JsValue::from(minutes), text(abbreviation)];
    Ok(boa_engine::object::builtins::JsArray::from_iter(parts, ctx).into())
}

thread_local! {
    /// The zones read so far (`None`: no such zone), by lower-case name.
    static ZONES: std::cell::RefCell<std::collections::HashMap<String, Option<tz::TimeZone>>> =
        std::cell::RefCell::default();
}

/// Where the system keeps its zone files.
const ZONEINFO: [&str; 3] = ["/usr/share/zoneinfo", "/share/zoneinfo", "/etc/zoneinfo"];

/// The zone file of an IANA name, its parts matched in any case; `None`
/// for a name that is not a plain relative path (`..`, `/etc/passwd`).
fn zone_file(name: &str) -> Option<Vec<u8>> {
    let parts: Vec<&str> = name.split('/').collect();
    let plain = |part: &&str| {
        !part.is_empty()
            && *part != "."
            && *part != ".."
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    };
    if !parts.iter().all(plain) {
        return None;
    }
    ZONEINFO.iter().find_map(|root| {
        let mut path = std::path::PathBuf::from(root);
        for part in &parts {
            let exact = path.join(part);
            path = if exact.exists() {
                exact
            } else {
                std::fs::read_dir(&path).ok()?.flatten().find_map(|entry| {
                    let file = entry.file_name();
                    file.to_str()?
                        .eq_ignore_ascii_case(part)
                        .then(|| entry.path())
                })?
            };
        }
        let bytes = std::fs::read(&path).ok()?;
        bytes.starts_with(b"TZif").then_some(bytes)
    })
}

/// The names V8 writes in parentheses after `Date.prototype.toString()`
/// (`… GMT+0000 (Coordinated Universal Time)`) for the local zone, standard
/// and daylight-saving: CLDR's, for the zones CI machines and their users
/// most often run in. Other zones get no name (boa's form).
const ZONE_NAMES: &[(&[&str], &str, &str)] = &[
    (
        &[
            "UTC",
            "Etc/UTC",
            "Etc/Universal",
            "Universal",
            "Etc/Zulu",
            "Zulu",
            "UCT",
            "Etc/UCT",
        ],
        "Coordinated Universal Time",
        "Coordinated Universal Time",
    ),
    (
        &[
            "America/New_York",
            "America/Toronto",
            "America/Detroit",
            "US/Eastern",
            "EST5EDT",
        ],
        "Eastern Standard Time",
        "Eastern Daylight Time",
    ),
    (
        &[
            "America/Chicago",
            "America/Winnipeg",
            "US/Central",
            "CST6CDT",
        ],
        "Central Standard Time",
        "Central Daylight Time",
    ),
    (
        &[
            "America/Denver",
            "America/Edmonton",
            "US/Mountain",
            "MST7MDT",
            "America/Phoenix",
        ],
        "Mountain Standard Time",
        "Mountain Daylight Time",
    ),
    (
        &[
            "America/Los_Angeles",
            "America/Vancouver",
            "US/Pacific",
            "PST8PDT",
        ],
        "Pacific Standard Time",
        "Pacific Daylight Time",
    ),
    (
        &["Europe/London"],
        "Greenwich Mean Time",
        "British Summer Time",
    ),
    (
        &["Europe/Dublin"],
        "Greenwich Mean Time",
        "Irish Standard Time",
    ),
    (
        &[
            "Europe/Berlin",
            "Europe/Paris",
            "Europe/Amsterdam",
            "Europe/Madrid",
            "Europe/Rome",
            "Europe/Warsaw",
            "Europe/Vienna",
            "Europe/Zurich",
            "Europe/Brussels",
            "Europe/Prague",
            "Europe/Stockholm",
            "Europe/Oslo",
            "Europe/Copenhagen",
            "Europe/Budapest",
        ],
        "Central European Standard Time",
        "Central European Summer Time",
    ),
    (
        &[
            "Europe/Kiev",
            "Europe/Kyiv",
            "Europe/Helsinki",
            "Europe/Athens",
            "Europe/Bucharest",
            "Europe/Sofia",
        ],
        "Eastern European Standard Time",
        "Eastern European Summer Time",
    ),
    (
        &["Asia/Kolkata", "Asia/Calcutta"],
        "India Standard Time",
        "India Standard Time",
    ),
    (
        &["Asia/Tokyo"],
        "Japan Standard Time",
        "Japan Standard Time",
    ),
    (
        &["Asia/Shanghai"],
        "China Standard Time",
        "China Standard Time",
    ),
    (
        &["Asia/Singapore"],
        "Singapore Standard Time",
        "Singapore Standard Time",
    ),
    (
        &["Asia/Hong_Kong"],
        "Hong Kong Standard Time",
        "Hong Kong Standard Time",
    ),
    (&["Asia/Dubai"], "Gulf Standard Time", "Gulf Standard Time"),
    (
        &["Australia/Sydney", "Australia/Melbourne"],
        "Australian Eastern Standard Time",
        "Australian Eastern Daylight Time",
    ),
    (
        &["America/Sao_Paulo"],
        "Brasilia Standard Time",
        "Brasilia Standard Time",
    ),
];

/// The local zone's IANA name: `TZ`, else what `/etc/localtime` links to.
fn local_zone_id() -> Option<String> {
    match std::env::var("TZ") {
        Ok(zone) if !zone.is_empty() => Some(zone.trim_start_matches(':').to_string()),
        _ => {
            let target = std::fs::read_link("/etc/localtime").ok()?;
            let target = target.to_string_lossy();
            target.split("zoneinfo/").nth(1).map(str::to_string)
        }
    }
}

fn local_zone_names(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(zone) = local_zone_id() else {
        return Ok(JsValue::null());
    };
    let Some((_, standard, daylight)) = ZONE_NAMES
        .iter()
        .find(|(ids, ..)| ids.contains(&zone.as_str()))
    else {
        return Ok(JsValue::null());
    };
    let names = [text(*standard), text(*daylight)];
    Ok(boa_engine::object::builtins::JsArray::from_iter(names, ctx).into())
}

fn parse_date(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0, ctx)?;
    let Some(parts) = parse(&text) else {
        return Ok(JsValue::null());
    };
    let mut values: Vec<JsValue> = [
        parts.year,
        parts.month0,
        parts.day,
        parts.hour,
        parts.minute,
        parts.second,
        parts.millisecond,
    ]
    .into_iter()
    .map(|n| JsValue::from(n as f64))
    .collect();
    values.push(
        parts
            .offset
            .map_or(JsValue::null(), |m| JsValue::from(m as f64)),
    );
    Ok(boa_engine::object::builtins::JsArray::from_iter(values, ctx).into())
}

/// A date and time read from text.
#[derive(Debug, PartialEq)]
pub(crate) struct Parts {
    pub year: i64,
    pub month0: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub millisecond: i64,
    /// Minutes east of UTC; `None` is the local time zone.
    pub offset: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Number {
        value: i64,
        digits: usize,
    },
    Word(String),
    Sign(char),
    Colon,
    Dot,
    /// `,`, `/`, and a `-` that is not a sign.
    Separator,
    Space,
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            // Past what a date can hold: as V8, no date.
            let value = digits.parse::<i64>().ok()?;
            out.push(Token::Number {
                value,
                digits: i - start,
            });
            // A number run into letters (`5th`, `10am`) is no date, but for a `Z`.
            if i < chars.len() && chars[i].is_alphabetic() && !matches!(chars[i], 'z' | 'Z') {
                return None;
            }
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            out.push(Token::Word(
                chars[start..i].iter().collect::<String>().to_lowercase(),
            ));
            continue;
        }
        match c {
            '(' => {
                // A comment, to its closing parenthesis or the end.
                while i < chars.len() && chars[i] != ')' {
                    i += 1;
                }
            }
            ':' => out.push(Token::Colon),
            '.' => out.push(Token::Dot),
            '+' => out.push(Token::Sign('+')),
            // Run into a date's number or word before it (`2024-03-05`,
            // `05-Mar-2024`), a separator; else a sign (`GMT-0500`,
            // `10:20-05:00`, ` -2024`).
            '-' if separates(&out) => out.push(Token::Separator),
            '-' => out.push(Token::Sign('-')),
            ',' | '/' => out.push(Token::Separator),
            c if c.is_whitespace() => out.push(Token::Space),
            _ => return None,
        }
        i += 1;
    }
    Some(out)
}

/// Whether a `-` after these tokens joins parts of a date.
fn separates(before: &[Token]) -> bool {
    match before {
        [.., Token::Colon, Token::Number { .. }] => false,
        [.., Token::Number { .. }] => true,
        [.., Token::Word(word)] => zone(word).is_none(),
        _ => false,
    }
}

/// Minutes east of UTC of the zone names V8 knows.
fn zone(word: &str) -> Option<i64> {
    Some(match word {
        "ut" | "utc" | "gmt" | "z" => 0,
        "est" => -5 * 60,
        "edt" => -4 * 60,
        "cst" => -6 * 60,
        "cdt" => -5 * 60,
        "mst" => -7 * 60,
        "mdt" => -6 * 60,
        "pst" => -8 * 60,
        "pdt" => -7 * 60,
        _ => return None,
    })
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month(word: &str) -> Option<i64> {
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| word.starts_with(m))
        .map(|i| i as i64)
}

/// Reads the text as V8's fallback date parser does; `None` where V8 says
/// `NaN`.
pub(crate) fn parse(text: &str) -> Option<Parts> {
    let tokens = tokens(text)?;
    let mut numbers: Vec<(i64, usize)> = Vec::new();
    let mut named_month: Option<i64> = None;
    let mut time: Vec<i64> = Vec::new();
    let mut millisecond = 0;
    let mut afternoon: Option<bool> = None;
    let mut offset: Option<i64> = None;
    let mut seen_number = false;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Space | Token::Separator => {}
            Token::Word(word) => {
                // Before the first number only a month's name counts.
                if let Some(m) = month(word) {
                    if named_month.is_some() {
                        return None;
                    }
                    named_month = Some(m);
                } else if seen_number {
                    if word == "am" || word == "pm" {
                        afternoon = Some(word == "pm");
                    } else if let Some(minutes) = zone(word) {
                        offset = Some(minutes);
                    } else {
                        return None;
                    }
                }
            }
            Token::Number { value, digits } => {
                seen_number = true;
                let followed_by_colon = tokens.get(i + 1) == Some(&Token::Colon);
                let after_colon = i > 0 && tokens[i - 1] == Token::Colon;
                if followed_by_colon || after_colon {
                    if time.len() >= 4 || (!after_colon && !time.is_empty()) {
                        return None;
                    }
                    if time.len() == 3 {
                        millisecond = *value;
                    }
                    time.push(*value);
                } else if i > 0 && tokens[i - 1] == Token::Dot && time.len() == 3 {
                    // A fraction of a second: its first three digits.
                    let scaled = format!("{value:0>width$}", width = *digits);
                    millisecond = format!("{scaled:0<3}")[..3].parse().ok()?;
                } else if i > 0 && tokens[i - 1] == Token::Dot && !time.is_empty() {
                    return None;
                } else {
                    numbers.push((*value, *digits));
                }
            }
            Token::Sign(sign) => {
                let sign = *sign;
                let zone_context = !time.is_empty() || offset.is_some();
                match tokens.get(i + 1) {
                    Some(Token::Number { value, digits }) if zone_context => {
                        let (hours, minutes, skip) = if tokens.get(i + 2) == Some(&Token::Colon) {
                            let Some(Token::Number { value: m, .. }) = tokens.get(i + 3) else {
                                return None;
                            };
                            (*value, *m, 3)
                        } else if *digits <= 2 {
                            (*value, 0, 1)
                        } else if *digits <= 4 {
                            (value / 100, value % 100, 1)
                        } else {
                            return None;
                        };
                        let minutes = hours * 60 + minutes;
                        let base = offset.unwrap_or(0);
                        offset = Some(base + if sign == '-' { -minutes } else { minutes });
                        i += skip;
                    }
                    _ => return None,
                }
            }
            Token::Colon => {
                if !matches!(tokens.get(i + 1), Some(Token::Number { .. })) {
                    return None;
                }
            }
            Token::Dot => {
                if time.len() < 3 && !time.is_empty() {
                    return None;
                }
            }
        }
        i += 1;
    }
    if numbers.is_empty() || numbers.len() > 3 {
        return None;
    }
    let (year, month0, day) = day_parts(&numbers, named_month)?;
    let (mut hour, minute, second) = match time.as_slice() {
        [] => (0, 0, 0),
        [h, m] => (*h, *m, 0),
        [h, m, s] | [h, m, s, _] => (*h, *m, *s),
        _ => return None,
    };
    if let Some(pm) = afternoon.filter(|_| !time.is_empty()) {
        if hour > 12 {
            return None;
        }
        hour = match (pm, hour) {
            (false, 12) => 0,
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, h) => h,
        };
    }
    if hour > 24 || minute > 59 || second > 59 || (hour == 24 && (minute, second) != (0, 0)) {
        return None;
    }
    Some(Parts {
        year,
        month0,
        day,
        hour,
        minute,
        second,
        millisecond,
        offset,
    })
}

/// Year, month (from 0) and day from the numbers read: month/day/year,
/// year/month/day where the first cannot be a day, and with a named month
/// day and year in either order. A missing year is 2001, a missing day 1,
/// as in V8.
fn day_parts(numbers: &[(i64, usize)], named_month: Option<i64>) -> Option<(i64, i64, i64)> {
    let is_year = |(value, digits): (i64, usize)| value > 31 || digits >= 3;
    let (year, month, day) = match (named_month, numbers) {
        (Some(m), [one]) if is_year(*one) => (Some(*one), m + 1, 1),
        (Some(m), [one]) => (None, m + 1, one.0),
        (Some(m), [first, second, ..]) if is_year(*first) => (Some(*first), m + 1, second.0),
        (Some(m), [first, second, ..]) => (Some(*second), m + 1, first.0),
        (None, [one]) if one.0 <= 12 => (None, one.0, 1),
        (None, [first, second]) if is_year(*first) => (Some(*first), second.0, 1),
        (None, [first, second]) => (None, first.0, second.0),
        (None, [first, second, third]) if is_year(*first) => (Some(*first), second.0, third.0),
        (None, [first, second, third]) => (Some(*third), first.0, second.0),
        _ => return None,
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let year = match year {
        None => 2001,
        Some((value, digits)) if digits <= 2 && value < 50 => 2000 + value,
        Some((value, digits)) if digits <= 2 => 1900 + value,
        Some((value, _)) => value,
    };
    Some((year, month - 1, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(i64, i64, i64, i64, i64, Option<i64>)> {
        parse(text).map(|p| (p.year, p.month0 + 1, p.day, p.hour, p.minute, p.offset))
    }

    #[test]
    fn reads_the_dates_apis_and_people_write() {
        assert_eq!(read("March 5, 2024"), Some((2024, 3, 5, 0, 0, None)));
        assert_eq!(
            read("03/05/2024 10:20 PM"),
            Some((2024, 3, 5, 22, 20, None))
        );
        assert_eq!(read("2024-03-05 10:20"), Some((2024, 3, 5, 10, 20, None)));
        assert_eq!(
            read("Tue Mar 05 2024 10:20:30 GMT-0500 (EST)"),
            Some((2024, 3, 5, 10, 20, Some(-300)))
        );
        assert_eq!(read("5 March"), Some((2001, 3, 5, 0, 0, None)));
        assert_eq!(read("3/5/49"), Some((2049, 3, 5, 0, 0, None)));
    }

    #[test]
    fn refuses_what_v8_refuses() {
        for text in [
            "March 5th, 2024",
            "13/05/2024",
            "1 2 3 4",
            "10:20",
            "March 5 2024 CET",
            "10:20am 3/5/2024",
            "",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
