//! Small formatting helpers shared by reporters: sizes and durations as
//! Newman writes them, so that a report reads the same after the switch.

use std::time::Duration;

/// A number as JavaScript writes it in JSON: whole ones without a
/// fraction, `null` for NaN and infinities.
pub fn js_number(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 9e15 {
        serde_json::json!(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// A byte count as Newman writes it (the `filesize` package, version 10:
/// powers of 1000, two decimals at most, trailing zeros dropped, a value
/// that rounds to 1000 moving up a unit): `512B`, `1.24kB`, `1MB`.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    let mut exponent = match bytes {
        0 => 0,
        // As JavaScript computes it (1e9 gives 2.99…, then moves up a unit).
        _ => ((bytes as f64).ln() / 1000f64.ln()).floor() as usize,
    }
    .min(UNITS.len() - 1);
    let mut value = round_to_hundredths(bytes as f64 / 1000f64.powi(exponent as i32));
    if value >= 1000.0 && exponent + 1 < UNITS.len() {
        value = 1.0;
        exponent += 1;
    }
    if exponent == 0 {
        return format!("{bytes}B");
    }
    format!("{value}{}", UNITS[exponent])
}

fn round_to_hundredths(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// A duration as Newman writes it: microseconds below a millisecond,
/// whole milliseconds below 1998 ms, then the `pretty-ms` package's
/// (version 7) units, seconds floored to one decimal (`2.9s`, `1m 5.4s`,
/// `2d`).
pub fn duration(time: Duration) -> String {
    let ms = time.as_secs_f64() * 1000.0;
    if ms < 1.0 {
        return format!("{}µs", time.as_micros());
    }
    if ms < 1998.0 {
        return format!("{}ms", time.as_millis());
    }
    let whole_seconds = time.as_secs();
    let days = whole_seconds / 86_400;
    let units = [
        (days / 365, "y"),
        (days % 365, "d"),
        (whole_seconds / 3600 % 24, "h"),
        (whole_seconds / 60 % 60, "m"),
    ];
    let mut parts: Vec<String> = units
        .iter()
        .filter(|(value, _)| *value > 0)
        .map(|(value, unit)| format!("{value}{unit}"))
        .collect();
    // Tenths of the seconds left, floored (with pretty-ms's tolerance for
    // a float just under a tenth).
    let seconds = (time.as_secs_f64() % 60.0) * 10.0;
    let tenths = (seconds + 1e-7).floor() as u64;
    if tenths > 0 {
        let text = match tenths % 10 {
            0 => format!("{}s", tenths / 10),
            tenth => format!("{}.{tenth}s", tenths / 10),
        };
        parts.push(text);
    }
    parts.join(" ")
}

/// ANSI colours, or none.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    /// Whether to emit escape codes.
    pub enabled: bool,
}

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.enabled {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Green.
    pub fn green(self, text: &str) -> String {
        self.wrap("32", text)
    }

    /// Red.
    pub fn red(self, text: &str) -> String {
        self.wrap("31", text)
    }

    /// Yellow.
    pub fn yellow(self, text: &str) -> String {
        self.wrap("33", text)
    }

    /// Cyan.
    pub fn cyan(self, text: &str) -> String {
        self.wrap("36", text)
    }

    /// Dim grey.
    pub fn dim(self, text: &str) -> String {
        self.wrap("2", text)
    }

    /// Bold.
    pub fn bold(self, text: &str) -> String {
        self.wrap("1", text)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What Newman's cli reporter wrote for fixed inputs
    /// (`scripts/cli-golden.js`): sizes, durations and the end tables.
    pub(crate) fn cli_golden() -> serde_json::Value {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/report/cli-golden.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// Sizes and durations as Newman's `filesize` and `prettyms` write them.
    #[test]
    fn sizes_and_durations_are_newmans() {
        let golden = cli_golden();
        let sizes = golden["sizes"].as_array().unwrap();
        let durations = golden["durations"].as_array().unwrap();
        assert!(sizes.len() > 15 && durations.len() > 20);
        for case in sizes {
            let bytes = case[0].as_f64().unwrap() as u64;
            assert_eq!(size(bytes), case[1].as_str().unwrap(), "{bytes} bytes");
        }
        for case in durations {
            let ms = case[0].as_f64().unwrap();
            let time = Duration::from_secs_f64(ms / 1000.0);
            assert_eq!(duration(time), case[1].as_str().unwrap(), "{ms} ms");
        }
    }

    #[test]
    fn paint_only_when_enabled() {
        assert_eq!(Paint { enabled: false }.red("x"), "x");
        assert_eq!(Paint { enabled: true }.red("x"), "\x1b[31mx\x1b[0m");
    }
}
