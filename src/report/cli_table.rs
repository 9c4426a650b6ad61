//! The two tables at the end of the cli reporter's output, drawn as Newman
//! draws them (cli-table3 under Newman's options), so that a CI log reads
//! the same after the switch: the totals, whose last rows (duration, data,
//! response times) span the table and widen its columns to fit, and the
//! failure list, borderless, with its columns as wide as their text.
//! `fixtures/report/cli-golden.json` holds Newman's own output for both.

use std::time::Duration;

use unicode_width::UnicodeWidthStr;

use super::format::{self, Paint};
use crate::summary::TimeStats;

/// The characters a bordered table is drawn with.
pub(crate) struct Borders {
    /// Top: left, between columns, right.
    top: [char; 3],
    /// Between rows: left, between columns, right.
    mid: [char; 3],
    /// Above the first spanning row, where the columns end.
    closing: char,
    /// Bottom: left, between columns, right.
    bottom: [char; 3],
    line: char,
    bar: char,
}

pub(crate) const UNICODE_BORDERS: Borders = Borders {
    top: ['┌', '┬', '┐'],
    mid: ['├', '┼', '┤'],
    closing: '┴',
    bottom: ['└', '┴', '┘'],
    line: '─',
    bar: '│',
};

/// Newman's `--disable-unicode` table.
pub(crate) const ASCII_BORDERS: Borders = Borders {
    top: ['-', '-', '-'],
    mid: ['-', '+', '-'],
    closing: '-',
    bottom: ['-', '-', '-'],
    line: '-',
    bar: '|',
};

/// One row of the totals: a label, how many ran, how many failed.
pub(crate) struct TotalsRow<'a> {
    pub label: &'a str,
    pub total: usize,
    pub failed: usize,
}

/// Cell padding on each side, as cli-table3's default.
const PADDING: usize = 2;

/// How wide the failure list's columns grow; a longer line runs past
/// its column's edge.
const WIDEST_PADDED: usize = 160;

/// The first column's fixed width (Newman's `colWidths: [25]`).
const LABEL_WIDTH: usize = 25;

/// The totals table: a header, one row per counter, then `footer` lines
/// spanning all three columns, each line ended by `\n`.
pub(crate) fn totals(
    rows: &[TotalsRow<'_>],
    footer: &[String],
    borders: &Borders,
    paint: Paint,
) -> String {
    let head = ["", "executed", "  failed"];
    let mut widths = [
        LABEL_WIDTH,
        head[1].len() + PADDING,
        head[2].len() + PADDING,
    ];
    for row in rows {
        widths[1] = widths[1].max(row.total.to_string().len() + PADDING);
        widths[2] = widths[2].max(row.failed.to_string().len() + PADDING);
    }
    widen_for_spanning_lines(&mut widths, footer);
    let span = widths.iter().sum::<usize>() + widths.len() - 1;
    let line = |n: usize| borders.line.to_string().repeat(n);
    let rule = |[left, between, right]: [char; 3]| {
        let inner: Vec<String> = widths.iter().map(|w| line(*w)).collect();
        let text = format!("{left}{}{right}", inner.join(&between.to_string()));
        paint.dim(&text)
    };
    let bar = paint.dim(&borders.bar.to_string());
    let cells = |texts: [String; 3]| {
        let inner: Vec<String> = texts
            .iter()
            .zip(widths)
            .map(|(text, width)| format!(" {} ", align_right(text, width - PADDING)))
            .collect();
        format!("{bar}{}{bar}", inner.join(&bar))
    };
    let mut out = vec![rule(borders.top), cells(head.map(String::from))];
    for row in rows {
        out.push(rule(borders.mid));
        let label = align_right(row.label, widths[0] - PADDING);
        let label = match row.failed {
            0 => paint.green(&label),
            _ => paint.red(&label),
        };
        let failed = align_right(&row.failed.to_string(), widths[2] - PADDING);
        let failed = match row.failed {
            0 => failed,
            _ => paint.red(&failed),
        };
        let total = align_right(&row.total.to_string(), widths[1] - PADDING);
        out.push(format!("{bar} {label} {bar} {total} {bar} {failed} {bar}"));
    }
    for (n, text) in footer.iter().enumerate() {
        let above = match n {
            0 => rule([borders.mid[0], borders.closing, borders.mid[2]]),
            _ => paint.dim(&format!(
                "{}{}{}",
                borders.mid[0],
                line(span),
                borders.mid[2]
            )),
        };
        out.push(above);
        out.push(format!("{bar} {} {bar}", align_left(text, span - PADDING)));
    }
    out.push(match footer.is_empty() {
        true => rule(borders.bottom),
        false => paint.dim(&format!(
            "{}{}{}",
            borders.bottom[0],
            line(span),
            borders.bottom[2]
        )),
    });
    out.iter().map(|l| format!("{l}\n")).collect()
}

/// cli-table3's rule for a cell spanning every column: wider than the
/// columns it spans, it widens the two counters' columns (the label's is
/// fixed), half the difference each, rounded up for the first; the last
/// spanning row first.
fn widen_for_spanning_lines(widths: &mut [usize; 3], lines: &[String]) {
    for text in lines.iter().rev() {
        let desired = text.width() + PADDING;
        let mut existing = widths.iter().sum::<usize>() + widths.len() - 1;
        let mut editable = 2;
        for width in &mut widths[1..] {
            if desired <= existing {
                break;
            }
            // JavaScript's Math.round of the share: halves up.
            let difference = (desired - existing).div_ceil(editable);
            existing += difference;
            *width += difference;
            editable -= 1;
        }
    }
}

/// The lines below the counters: how long the run took, what it received
/// and (unless it is zero, as Newman leaves it out then) the response
/// times.
pub(crate) fn footer(duration: Duration, received: u64, times: &TimeStats) -> Vec<String> {
    let mut lines = vec![
        format!("total run duration: {}", format::duration(duration)),
        format!("total data received: {} (approx)", format::size(received)),
    ];
    if !times.average.is_zero() {
        lines.push(format!(
            "average response time: {} [min: {}, max: {}, s.d.: {}]",
            format::duration(times.average),
            format::duration(times.min),
            format::duration(times.max),
            format::duration(times.std_dev)
        ));
    }
    lines
}

/// One entry of the failure list.
pub(crate) struct FailureRow {
    /// The error's name, then (several iterations) `iteration: K`.
    name: Vec<String>,
    /// The test's name (empty for an error), the message, where, inside what.
    detail: Vec<String>,
}

impl FailureRow {
    /// An entry as Newman writes it: `iteration` (1-based) when the run
    /// has several, `test` empty for an error, `at` and `inside` its place.
    pub(crate) fn new(
        name: &str,
        iteration: Option<usize>,
        test: &str,
        message: &str,
        at: &str,
        inside: &str,
    ) -> Self {
        // A cell's text breaks into lines at each line break, wherever it
        // comes from (a request or folder name may hold one).
        let lines = |texts: &[String]| -> Vec<String> {
            texts
                .iter()
                .flat_map(|t| t.split('\n'))
                .map(String::from)
                .collect()
        };
        let mut names = vec![name.to_string()];
        names.extend(iteration.map(|n| format!("iteration: {n}")));
        let detail = [
            test.to_string(),
            message.to_string(),
            format!("at {at}"),
            format!("inside \"{inside}\""),
        ];
        FailureRow {
            name: lines(&names),
            detail: lines(&detail),
        }
    }
}

/// The failure list: numbered entries under a `#  failure  detail` header,
/// a blank line between entries, every column as wide as its longest line.
pub(crate) fn failures(rows: &[FailureRow], paint: Paint) -> String {
    let digits = rows.len().to_string().len();
    // Newman pads the number with zeros to the width of the last one.
    let numbers: Vec<String> = (1..=rows.len()).map(|n| format!("{n:0digits$}.")).collect();
    // A column is as wide as its longest line up to a limit: a message of
    // a megabyte would otherwise pad every line and blank line to it.
    let widest = |lines: &mut dyn Iterator<Item = &String>, head: &str| {
        let widest = lines.map(|l| l.width()).fold(head.len(), usize::max);
        widest.min(WIDEST_PADDED) + PADDING
    };
    let widths = [
        digits + 1 + PADDING,
        widest(&mut rows.iter().flat_map(|r| &r.name), "failure"),
        widest(&mut rows.iter().flat_map(|r| &r.detail), "detail"),
    ];
    let separator = " ".repeat(widths.iter().sum());
    let head = format!(
        " {}  {}  {} ",
        paint.red(&align_right("#", widths[0] - PADDING)),
        paint.red(&align_left("failure", widths[1] - PADDING)),
        paint.red(&align_left("detail", widths[2] - PADDING)),
    );
    let mut out = vec![head];
    for (row, number) in rows.iter().zip(&numbers) {
        out.push(separator.clone());
        let height = row.name.len().max(row.detail.len());
        for n in 0..height {
            let number = if n == 0 { number.as_str() } else { "" };
            let name = row.name.get(n).map_or("", String::as_str);
            let detail = row.detail.get(n).map_or("", String::as_str);
            let name = align_left(name, widths[1] - PADDING);
            out.push(format!(
                " {}  {}  {} ",
                align_right(number, widths[0] - PADDING),
                if n == 0 { name } else { paint.dim(&name) },
                paint_detail(paint, n, &align_left(detail, widths[2] - PADDING)),
            ));
        }
    }
    out.iter().map(|l| format!("{l}\n")).collect()
}

/// The test's name stands out; the message and places are grey, as in
/// Newman.
fn paint_detail(paint: Paint, line: usize, text: &str) -> String {
    match line {
        0 => text.to_string(),
        _ => paint.dim(text),
    }
}

fn align_right(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

fn align_left(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::format::tests::cli_golden;
    use serde_json::Value;

    fn millis(value: &Value) -> Duration {
        Duration::from_secs_f64(value.as_f64().unwrap() / 1000.0)
    }

    #[test]
    fn totals_are_drawn_as_newman_draws_them() {
        let golden = cli_golden();
        let tables = golden["tables"].as_array().unwrap();
        assert_eq!(tables.len(), 4);
        let labels = [
            "iterations",
            "requests",
            "test-scripts",
            "prerequest-scripts",
            "assertions",
        ];
        for table in tables {
            let input = &table["input"];
            let rows: Vec<TotalsRow> = labels
                .iter()
                .zip(input["counts"].as_array().unwrap())
                .map(|(label, count)| TotalsRow {
                    label,
                    total: count[0].as_u64().unwrap() as usize,
                    failed: count[1].as_u64().unwrap() as usize,
                })
                .collect();
            let times = TimeStats {
                average: millis(&input["average"]),
                min: millis(&input["min"]),
                max: millis(&input["max"]),
                std_dev: millis(&input["sd"]),
            };
            let footer = footer(
                millis(&input["completed"]),
                input["received"].as_u64().unwrap(),
                &times,
            );
            let plain = Paint { enabled: false };
            for (borders, key) in [(&UNICODE_BORDERS, "text"), (&ASCII_BORDERS, "ascii")] {
                let ours = totals(&rows, &footer, borders, plain);
                assert_eq!(ours.trim_end(), table[key].as_str().unwrap(), "{key}");
            }
        }
    }

    #[test]
    fn failures_are_listed_as_newman_lists_them() {
        let golden = cli_golden();
        let lists = golden["failures"].as_array().unwrap();
        assert_eq!(lists.len(), 2);
        for list in lists {
            let rows: Vec<FailureRow> = list["input"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let text = |key: &str| f[key].as_str().unwrap_or_default();
                    let iteration = (f["cycles"].as_u64() > Some(1))
                        .then(|| f["iteration"].as_u64().unwrap() as usize + 1);
                    FailureRow::new(
                        text("name"),
                        iteration,
                        text("test"),
                        text("message"),
                        text("at"),
                        text("inside"),
                    )
                })
                .collect();
            let ours = failures(&rows, Paint { enabled: false });
            assert_eq!(ours.trim_end_matches('\n'), list["text"].as_str().unwrap());
        }
    }

    #[test]
    fn a_huge_message_does_not_widen_every_line() {
        let huge = "x".repeat(100_000);
        let rows = [
            FailureRow::new("Error", None, "", &huge, "test-script", "r"),
            FailureRow::new("AssertionError", None, "t", "short", "request", "r"),
        ];
        let text = failures(&rows, Paint { enabled: false });
        let widest_other = text
            .lines()
            .filter(|l| !l.contains(&huge))
            .map(UnicodeWidthStr::width)
            .max();
        assert_eq!(widest_other, Some(4 + 16 + WIDEST_PADDED + PADDING));
        // The long line itself runs past its column, unpadded.
        assert!(text.contains(&format!("  {huge} \n")), "the message line");
    }

    /// A request named over two lines is two lines of its column, as
    /// cli-table3 splits a cell.
    #[test]
    fn a_line_break_in_any_cell_is_a_line_of_its_column() {
        let rows = [FailureRow::new(
            "Error",
            Some(2),
            "",
            "m",
            "request",
            "Folder / first line\nsecond line",
        )];
        let text = failures(&rows, Paint { enabled: false });
        let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
        assert_eq!(
            lines,
            [
                "  #  failure       detail",
                "",
                " 1.  Error",
                "     iteration: 2  m",
                "                   at request",
                "                   inside \"Folder / first line",
                "                   second line\"",
            ]
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        let rows = [FailureRow::new(
            "AssertionError",
            None,
            "名前",
            "x",
            "request",
            "r",
        )];
        let text = failures(&rows, Paint { enabled: false });
        let widths: Vec<usize> = text.lines().map(UnicodeWidthStr::width).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "{text}");
    }
}
