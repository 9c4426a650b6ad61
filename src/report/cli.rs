//! The `cli` reporter: Newman's familiar layout on the terminal.
//!
//! Streams one block per request as events arrive, then the totals table and
//! the numbered failure list at `RunFinished`. Warnings go to stderr so that
//! stdout (for example `--dry-run` output) stays clean.

use std::io::{self, Write};

use super::cli_table::{self, FailureRow, TotalsRow};
use super::format::{self, Paint};
use super::{Export, Redactor, Reporter};
use crate::events::{Event, EventKind, ItemRef};
use crate::http::{PreparedRequest, Response};
use std::collections::HashMap;

use crate::load::{Item, Listen, RequestItem};
use crate::script::{AssertionOutcome, ConsoleLine, NextRequest, ScriptError};
use crate::summary::{FailureKind, Summary};

/// How the cli reporter looks.
#[derive(Debug, Clone, Copy, Default)]
pub struct CliOptions {
    /// ANSI colours.
    pub color: bool,
    /// Plain ASCII instead of box-drawing characters and symbols.
    pub ascii: bool,
    /// Also print request and response headers and bodies (masked).
    pub verbose: bool,
    /// Newman's `--reporter-cli-…` switches.
    pub newman: CliSwitches,
}

/// What Newman's `--reporter-cli-<switch>` options leave out or add.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CliSwitches {
    /// `no-summary`: no totals table.
    pub no_summary: bool,
    /// `no-failures`: no list of failures at the end.
    pub no_failures: bool,
    /// `no-assertions`: no line per assertion.
    pub no_assertions: bool,
    /// `no-success-assertions`: failed assertions only.
    pub no_success_assertions: bool,
    /// `no-console`: no `console.log` lines.
    pub no_console: bool,
    /// `no-banner`: no `postrun` line at the start.
    pub no_banner: bool,
    /// `show-timestamps`: the local time before each request and assertion.
    pub show_timestamps: bool,
}

/// The characters the layout is drawn with: Newman's, or with
/// `--disable-unicode` Newman's words for them.
struct Symbols {
    folder: &'static str,
    /// Before a request at the collection's top level, and (`sub`) one in
    /// a folder, as Newman's.
    item: &'static str,
    sub: &'static str,
    pass: &'static str,
    /// The box around console lines: top, each line, bottom.
    console: [&'static str; 3],
    /// After the number of a script error (Newman's `⠄`).
    script_error: &'static str,
    /// After a duration below a millisecond.
    micros: &'static str,
    borders: &'static cli_table::Borders,
}

const UNICODE: Symbols = Symbols {
    folder: "❏",
    item: "→",
    sub: "↳",
    pass: "✓",
    console: ["┌", "│", "└"],
    script_error: "⠄",
    micros: "µs",
    borders: &cli_table::UNICODE_BORDERS,
};

/// Newman's plain-text symbols; what Newman keeps in Unicode there (`⠄`,
/// `µs`) is ASCII here, as `--disable-unicode` promises.
const ASCII: Symbols = Symbols {
    folder: "Folder",
    item: "Root",
    sub: "Sub-folder",
    pass: "Pass",
    console: ["-", "|", "-"],
    script_error: ".",
    micros: "us",
    borders: &cli_table::ASCII_BORDERS,
};

/// Bodies longer than this are cut in `--verbose` output.
const VERBOSE_BODY_LIMIT: usize = 4096;

/// Writes the run as it happens.
pub struct CliReporter {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    paint: Paint,
    symbols: &'static Symbols,
    verbose: bool,
    switches: CliSwitches,
    dry_run: bool,
    iterations: usize,
    /// The folder of the request shown last (its number in
    /// `folder_of`), `None` at the top level.
    folder: Option<usize>,
    /// Each request's folder by the request's address, numbered in file
    /// order: folders are told apart by identity, as Newman does, so that
    /// two sibling folders of one name each get their heading.
    folder_of: HashMap<usize, usize>,
    failures: usize,
    /// Whether console lines are open in a box (closed before anything
    /// else is printed, as Newman's buffer is).
    console_open: bool,
    /// Where the current request's test scripts sent the run with
    /// `setNextRequest`, announced when the request is done.
    next_request: Option<String>,
    /// Each warning message with the requests it was given for, in order.
    repeated: Vec<(String, Vec<String>)>,
}

/// How many of its requests a repeated warning names.
const REPEATS_NAMED: usize = 3;

impl CliReporter {
    /// A reporter writing to `out` (progress, totals) and `err` (warnings).
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>, options: CliOptions) -> Self {
        CliReporter {
            out,
            err,
            paint: Paint {
                enabled: options.color,
            },
            symbols: if options.ascii { &ASCII } else { &UNICODE },
            verbose: options.verbose,
            switches: options.newman,
            dry_run: false,
            iterations: 1,
            folder: None,
            folder_of: HashMap::new(),
            failures: 0,
            console_open: false,
            next_request: None,
            repeated: Vec::new(),
        }
    }

    /// The banner, and where the variables set from outside come from.
    fn run_started(&mut self, name: &str, sources: &[(String, String)]) -> io::Result<()> {
        if !self.dry_run {
            if !self.switches.no_banner {
                writeln!(self.out, "postrun\n")?;
            }
            writeln!(self.out, "{name}")?;
        }
        if sources.is_empty() {
            return Ok(());
        }
        let listed: Vec<String> = sources
            .iter()
            .map(|(key, from)| format!("{key} from {from}"))
            .collect();
        let label = self.paint.dim("variables:");
        writeln!(self.err, "{label} {}", listed.join(", "))
    }

    /// On stderr. With `--verbose` each warning is printed as it comes;
    /// otherwise each message is printed once, at the end, with how many
    /// requests it was given for and the first few of them (an unresolved
    /// variable used by fifty requests is one line, not fifty).
    fn warning(&mut self, path: &str, message: &str) -> io::Result<()> {
        match self.repeated.iter_mut().find(|(m, _)| m == message) {
            Some((_, paths)) => paths.push(path.to_string()),
            None => self
                .repeated
                .push((message.to_string(), vec![path.to_string()])),
        }
        if !self.verbose {
            return Ok(());
        }
        self.out.flush()?;
        let label = self.paint.yellow("warning:");
        writeln!(self.err, "{label} {path}: {message}")?;
        self.err.flush()
    }

    /// The warnings of the run, each message once (see [`Self::warning`]).
    fn grouped_warnings(&mut self) -> io::Result<()> {
        if self.verbose || self.repeated.is_empty() {
            return Ok(());
        }
        self.out.flush()?;
        let label = self.paint.yellow("warning:");
        for (message, paths) in &self.repeated {
            if let [only] = paths.as_slice() {
                writeln!(self.err, "{label} {only}: {message}")?;
                continue;
            }
            let named: Vec<&str> = paths
                .iter()
                .take(REPEATS_NAMED)
                .map(String::as_str)
                .collect();
            let rest = if paths.len() > REPEATS_NAMED {
                ", …"
            } else {
                ""
            };
            writeln!(
                self.err,
                "{label} {message}: {} requests ({}{rest}; --verbose lists every one)",
                paths.len(),
                named.join(", ")
            )?;
        }
        self.err.flush()
    }

    /// Numbers the folders of `items` (and their folders) in file order.
    fn number_folders(&mut self, items: &[Item], folder: Option<usize>, next: &mut usize) {
        for item in items {
            match item {
                Item::Request(request) => {
                    if let Some(folder) = folder {
                        let address = std::ptr::from_ref::<RequestItem>(request) as usize;
                        self.folder_of.insert(address, folder);
                    }
                }
                Item::Folder(child) => {
                    *next += 1;
                    let number = *next;
                    self.number_folders(&child.items, Some(number), next);
                }
            }
        }
    }

    fn item_started(&mut self, at: ItemRef<'_>) -> io::Result<()> {
        let address = std::ptr::from_ref::<RequestItem>(at.item) as usize;
        let folder = self.folder_of.get(&address).copied();
        // A blank line before each request; a folder's path above its
        // first request.
        if folder != self.folder {
            let path = at
                .path
                .strip_suffix(at.item.name.as_str())
                .and_then(|path| path.strip_suffix(" / "));
            if let (Some(_), Some(path)) = (folder, path) {
                let heading = format!("{} {path}", self.symbols.folder);
                write!(self.out, "\n{}", self.paint.bold(&heading))?;
            }
            self.folder = folder;
        }
        let symbol = match self.folder {
            Some(_) => self.symbols.sub,
            None => self.symbols.item,
        };
        writeln!(self.out, "\n{symbol} {}", at.item.name)
    }

    fn dry_run_request(
        &mut self,
        request: &PreparedRequest,
        redactor: &Redactor,
    ) -> io::Result<()> {
        writeln!(self.out, "{} {}", request.method, request.url)?;
        for (name, value) in &request.headers {
            writeln!(self.out, "    {name}: {}", redactor.header(name, value))?;
        }
        Ok(())
    }

    /// `--verbose`: headers and (the start of) the body, credentials masked.
    fn verbose_block(
        &mut self,
        title: &str,
        headers: &[(String, String)],
        body: &[u8],
        redactor: &Redactor,
    ) -> io::Result<()> {
        writeln!(self.out, "    {}", self.paint.dim(title))?;
        for (name, value) in headers {
            writeln!(self.out, "    {name}: {}", redactor.header(name, value))?;
        }
        if !body.is_empty() {
            let shown = &body[..body.len().min(VERBOSE_BODY_LIMIT)];
            let text = String::from_utf8_lossy(shown);
            for line in text.lines() {
                writeln!(self.out, "    {line}")?;
            }
            if body.len() > VERBOSE_BODY_LIMIT {
                writeln!(
                    self.out,
                    "    … ({} more)",
                    format::size((body.len() - VERBOSE_BODY_LIMIT) as u64)
                )?;
            }
        }
        Ok(())
    }

    fn response(&mut self, request: &PreparedRequest, response: &Response) -> io::Result<()> {
        let status = format!("{} {}", response.code, response.reason);
        let status = match response.code {
            200..=299 => self.paint.green(&status),
            300..=399 => self.paint.yellow(&status),
            _ => self.paint.red(&status),
        };
        // Newman shows the SDK's size: body, status line and headers.
        let meta = format!(
            "{}, {}",
            format::size(response.sdk_size().total() as u64),
            self.duration(response.time)
        );
        writeln!(
            self.out,
            "{}{} {} [{status}, {}]",
            self.line_start(true),
            request.method,
            request.shown_url(),
            self.paint.dim(&meta)
        )
    }

    fn request_failed(
        &mut self,
        request: &PreparedRequest,
        error: &dyn std::error::Error,
    ) -> io::Result<()> {
        self.failures += 1;
        writeln!(
            self.out,
            "{}{} {} [{}]",
            self.line_start(true),
            request.method,
            request.shown_url(),
            self.paint.red("errored")
        )?;
        // Counted, but numbered only in the final list, as in Newman.
        writeln!(self.out, "     {}", self.paint.red(&error.to_string()))
    }

    /// A duration as Newman writes it (`µs` as `us` in ASCII).
    fn duration(&self, time: std::time::Duration) -> String {
        format::duration(time).replace("µs", self.symbols.micros)
    }

    /// `[time]`, with `show-timestamps` (the date too for
    /// requests, as Newman's); nothing otherwise.
    fn timestamp(&self, with_date: bool) -> String {
        if !self.switches.show_timestamps {
            return String::new();
        }
        let format = if with_date {
            "%-m/%-d/%Y, %-I:%M:%S %p"
        } else {
            "%-I:%M:%S %p"
        };
        let now = chrono::Local::now().format(format).to_string();
        self.paint.dim(&format!("[{now}]"))
    }

    /// The indent before a request or a passed assertion: with
    /// `show-timestamps`, the time between two spaces each side, as
    /// Newman's (`  [time]  GET …`).
    fn line_start(&self, with_date: bool) -> String {
        match self.switches.show_timestamps {
            true => format!("  {}  ", self.timestamp(with_date)),
            false => "  ".to_string(),
        }
    }

    /// The latest failure's number as Newman writes it before the line:
    /// right-aligned in three columns (`  1`, ` 12`), or in two after
    /// the time with `show-timestamps` (`  [time] 1`).
    fn failure_number(&self) -> String {
        if self.switches.show_timestamps {
            format!("  {}{:>2}", self.timestamp(false), self.failures)
        } else {
            format!("{:>3}", self.failures)
        }
    }

    /// Whether an assertion gets a line (`no-assertions` and
    /// `no-success-assertions` leave some out).
    fn shows(&self, outcome: &AssertionOutcome) -> bool {
        let failed = matches!(outcome, AssertionOutcome::Failed { .. });
        !self.switches.no_assertions && (failed || !self.switches.no_success_assertions)
    }

    /// `✓ name` for a pass; a failure shows its number in the final list.
    fn assertion(&mut self, name: &str, outcome: &AssertionOutcome) -> io::Result<()> {
        let failed = matches!(outcome, AssertionOutcome::Failed { .. });
        if failed {
            self.failures += 1;
        }
        if !self.shows(outcome) {
            return Ok(());
        }
        match outcome {
            AssertionOutcome::Passed => {
                writeln!(
                    self.out,
                    "{}{}  {name}",
                    self.line_start(false),
                    self.paint.green(self.symbols.pass)
                )
            }
            // As Newman's, without the time even with `show-timestamps`.
            AssertionOutcome::Skipped => {
                writeln!(
                    self.out,
                    "{}",
                    self.paint.cyan(&format!("  -  [skipped] {name}"))
                )
            }
            AssertionOutcome::Failed { .. } => writeln!(
                self.out,
                "{}",
                self.paint
                    .red(&format!("{}. {name}", self.failure_number()))
            ),
        }
    }

    fn script_error(&mut self, error: &ScriptError) -> io::Result<()> {
        self.failures += 1;
        let text = format!(
            "{:>3}{} {} in {}-script",
            self.failures, self.symbols.script_error, error.name, error.event
        );
        writeln!(self.out, "{}", self.paint.red(&text))
    }

    /// Console lines in a box, one box for lines that follow each other.
    fn console(&mut self, line: &ConsoleLine) -> io::Result<()> {
        if self.switches.no_console {
            return Ok(());
        }
        let [top, bar, _] = self.symbols.console;
        // With `show-timestamps` each line gets its time and its own box.
        if self.switches.show_timestamps {
            self.close_console()?;
            writeln!(self.out, "\n  {}", self.timestamp(false))?;
        }
        if !self.console_open {
            writeln!(self.out, "  {}", self.paint.dim(top))?;
            self.console_open = true;
        }
        // An empty message (`console.log()`, `console.clear()`) is a bare
        // bar, as in Newman.
        let lines = line
            .message
            .lines()
            .chain(line.message.is_empty().then_some(""));
        for text in lines {
            writeln!(self.out, "  {} {text}", self.paint.dim(bar))?;
        }
        Ok(())
    }

    /// Ends the open box of console lines, before anything else is printed.
    fn close_console(&mut self) -> io::Result<()> {
        if std::mem::take(&mut self.console_open) {
            writeln!(self.out, "  {}", self.paint.dim(self.symbols.console[2]))?;
        }
        Ok(())
    }

    /// Whether the event writes to stdout (and so ends a box of console
    /// lines): console lines between two scripts share a box, as in Newman.
    fn prints(&self, kind: &EventKind<'_>) -> bool {
        match kind {
            EventKind::IterationStarted { .. } => self.iterations > 1 && !self.dry_run,
            EventKind::ItemStarted(_) => !self.dry_run,
            EventKind::RequestSent { .. } => self.dry_run,
            EventKind::ResponseReceived { .. }
            | EventKind::RequestFailed { .. }
            | EventKind::ScriptFinished { error: Some(_), .. } => true,
            EventKind::ItemFinished(_) => self.next_request.is_some(),
            EventKind::Assertion { outcome, .. } => self.shows(outcome),
            EventKind::RunStarted { .. }
            | EventKind::Warning { .. }
            | EventKind::Console { .. }
            | EventKind::ScriptFinished { error: None, .. }
            | EventKind::ScriptStarted { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::IterationFinished { .. }
            | EventKind::RunFinished { .. } => false,
        }
    }

    /// The totals table (unless `no-summary`) and the failures (unless
    /// `no-failures`).
    fn totals(&mut self, summary: &Summary, redactor: &Redactor) -> io::Result<()> {
        if !self.switches.no_summary {
            self.table(summary)?;
        }
        if self.switches.no_failures {
            return Ok(());
        }
        self.failures(summary, redactor)
    }

    /// Newman's totals table, with the run's duration, data received and
    /// response times in its last rows.
    fn table(&mut self, summary: &Summary) -> io::Result<()> {
        let row = |label, count: &crate::summary::Count| TotalsRow {
            label,
            total: count.total,
            failed: count.failed,
        };
        let rows = [
            row("iterations", &summary.iterations),
            row("requests", &summary.requests),
            row("test-scripts", &summary.test_scripts),
            row("prerequest-scripts", &summary.prerequest_scripts),
            row("assertions", &summary.assertions),
        ];
        let footer: Vec<String> = cli_table::footer(
            summary.duration,
            summary.bytes_received,
            &summary.response_time_stats(),
        )
        .iter()
        .map(|line| line.replace("µs", self.symbols.micros))
        .collect();
        let table = cli_table::totals(&rows, &footer, self.symbols.borders, self.paint);
        write!(self.out, "\n{table}")
    }

    /// Newman's failure list: each failure's name (and iteration), the
    /// test, the message, where and inside which request.
    fn failures(&mut self, summary: &Summary, redactor: &Redactor) -> io::Result<()> {
        if summary.failures.is_empty() {
            return Ok(());
        }
        let rows: Vec<FailureRow> = summary
            .failures
            .iter()
            .map(|failure| {
                let test = match &failure.kind {
                    FailureKind::Assertion { test, .. } => test.as_str(),
                    FailureKind::Script { .. } | FailureKind::Request { .. } => "",
                };
                // Masked before the columns are measured, so that they
                // line up as they are shown.
                FailureRow::new(
                    &redactor.text(&failure.name),
                    (self.iterations > 1).then_some(failure.iteration + 1),
                    &redactor.text(test),
                    &redactor.text(&failure.message),
                    &failure.at(),
                    &redactor.text(&failure.item_path),
                )
            })
            .collect();
        write!(self.out, "\n{}", cli_table::failures(&rows, self.paint))
    }
}

impl Reporter for CliReporter {
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()> {
        if self.prints(&event.kind) {
            self.close_console()?;
        }
        match &event.kind {
            EventKind::RunStarted {
                collection,
                iterations,
                dry_run,
                sources,
                ..
            } => {
                self.dry_run = *dry_run;
                self.iterations = *iterations;
                self.number_folders(&collection.items, None, &mut 0);
                self.run_started(&collection.info.name, sources)?;
            }
            EventKind::IterationStarted { iteration } => {
                if self.iterations > 1 && !self.dry_run {
                    writeln!(
                        self.out,
                        "\nIteration {}/{}",
                        iteration + 1,
                        self.iterations
                    )?;
                }
            }
            EventKind::ItemStarted(at) => {
                if !self.dry_run {
                    self.item_started(*at)?;
                }
            }
            EventKind::Warning { at, message } => self.warning(at.path, message)?,
            EventKind::RequestSent { request, .. } => {
                if self.dry_run {
                    self.dry_run_request(request, redactor)?;
                }
            }
            EventKind::ResponseReceived {
                request, response, ..
            } => {
                self.response(request, response)?;
                if self.verbose {
                    let sent = request.body.bytes().unwrap_or_default();
                    self.verbose_block("request", &request.headers, sent, redactor)?;
                    self.verbose_block("response", &response.headers, &response.body, redactor)?;
                }
            }
            EventKind::RequestFailed { request, error, .. } => {
                self.request_failed(request, *error)?
            }
            EventKind::Assertion { name, outcome, .. } => self.assertion(name, outcome)?,
            EventKind::Console { line, .. } => self.console(line)?,
            EventKind::ScriptFinished {
                error,
                next,
                listen,
                ..
            } => {
                if let Some(error) = error {
                    self.script_error(error)?;
                }
                // The last of the test scripts' wins, as Newman's
                // `Attempting…` line names it (`setNextRequest(null)`
                // is not announced).
                if let (Listen::Test, Some(NextRequest::Named(name))) = (listen, next) {
                    self.next_request = Some(name.clone());
                }
            }
            EventKind::ItemFinished(_) => {
                if let Some(name) = self.next_request.take() {
                    let line = format!("Attempting to set next request to {name}");
                    writeln!(self.out, "\n{}", self.paint.dim(&line))?;
                }
            }
            EventKind::ScriptStarted { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::IterationFinished { .. }
            | EventKind::RunFinished { .. } => {}
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        self.close_console()?;
        self.grouped_warnings()?;
        if !self.dry_run {
            self.totals(summary, redactor)?;
        }
        if let Some(interruption) = summary.interruption() {
            let line = format!("the run was {interruption}: the reports hold what ran before it");
            writeln!(self.out, "\n{}", self.paint.red(&line))?;
        }
        self.out.flush()?;
        Ok(Vec::new())
    }
}
