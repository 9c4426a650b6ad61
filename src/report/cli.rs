//! The `cli` reporter: Newman's familiar layout on the terminal.
//!
//! Streams one block per request as events arrive, then the totals table and
//! the numbered failure list at `RunFinished`. Warnings go to stderr so that
//! stdout (for example `--dry-run` output) stays clean.

use std::io::{self, Write};

use super::format::{self, Paint};
use super::{Export, Redactor, Reporter};
use crate::events::{Event, EventKind, ItemRef};
use crate::http::{PreparedRequest, Response};
use crate::script::{AssertionOutcome, ConsoleLine, ScriptError};
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

/// The characters the layout is drawn with.
struct Symbols {
    folder: &'static str,
    /// Before a request at the collection's top level, and (`sub`) one in
    /// a folder, as Newman's.
    item: &'static str,
    sub: &'static str,
    pass: &'static str,
    console: &'static str,
    /// Top, header, rule and bottom lines of the totals table, and its bar.
    table: [&'static str; 4],
    bar: &'static str,
}

const UNICODE: Symbols = Symbols {
    folder: "❏",
    item: "→",
    sub: "↳",
    pass: "✓",
    console: "│",
    table: [
        "┌──────────────────────┬──────────┬──────────┐",
        "│                      │ executed │   failed │",
        "├──────────────────────┼──────────┼──────────┤",
        "└──────────────────────┴──────────┴──────────┘",
    ],
    bar: "│",
};

const ASCII: Symbols = Symbols {
    folder: "#",
    item: "->",
    sub: "->",
    pass: "ok",
    console: "|",
    table: [
        "+----------------------+----------+----------+",
        "|                      | executed |   failed |",
        "+----------------------+----------+----------+",
        "+----------------------+----------+----------+",
    ],
    bar: "|",
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
    folder: Option<String>,
    failures: usize,
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
            failures: 0,
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

    fn item_started(&mut self, at: ItemRef<'_>) -> io::Result<()> {
        let folder = at
            .path
            .rsplit_once(" / ")
            .map(|(folder, _)| folder.to_string());
        if folder != self.folder {
            if let Some(folder) = &folder {
                let heading = format!("{} {folder}", self.symbols.folder);
                writeln!(self.out, "\n{}", self.paint.bold(&heading))?;
            }
            self.folder = folder;
        }
        let symbol = match self.folder {
            Some(_) => self.symbols.sub,
            None => self.symbols.item,
        };
        writeln!(self.out, "{symbol} {}", at.item.name)
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
            format::duration(response.time)
        );
        writeln!(
            self.out,
            "  {}{} {} [{status}, {}]",
            self.timestamp(true),
            request.method,
            request.url,
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
            "  {} {} [{}]",
            request.method,
            request.url,
            self.paint.red("errored")
        )?;
        writeln!(
            self.out,
            "{}. {}",
            self.failure_number(),
            self.paint.red(&error.to_string())
        )
    }

    /// `[time] ` before a line, with `show-timestamps` (the date too for
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
        format!("{} ", self.paint.dim(&format!("[{now}]")))
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

    /// `✓ name` for a pass; a failure shows its number in the final list.
    fn assertion(&mut self, name: &str, outcome: &AssertionOutcome) -> io::Result<()> {
        let failed = matches!(outcome, AssertionOutcome::Failed { .. });
        if failed {
            self.failures += 1;
        }
        let shown =
            !self.switches.no_assertions && (failed || !self.switches.no_success_assertions);
        if !shown {
            return Ok(());
        }
        let time = self.timestamp(false);
        match outcome {
            AssertionOutcome::Passed => {
                writeln!(
                    self.out,
                    "  {time}{}  {name}",
                    self.paint.green(self.symbols.pass)
                )
            }
            AssertionOutcome::Skipped => {
                writeln!(
                    self.out,
                    "  {time}{}  {name} (skipped)",
                    self.paint.dim("-")
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
            "{}. {} in {} script",
            self.failure_number(),
            error.name,
            error.event
        );
        writeln!(self.out, "{}", self.paint.red(&text))
    }

    fn console(&mut self, line: &ConsoleLine) -> io::Result<()> {
        if self.switches.no_console {
            return Ok(());
        }
        // An empty message (`console.log()`, `console.clear()`) is a bare
        // bar, as in Newman.
        let lines = line
            .message
            .lines()
            .chain(line.message.is_empty().then_some(""));
        for text in lines {
            writeln!(
                self.out,
                "  {} {text}",
                self.paint.dim(self.symbols.console)
            )?;
        }
        Ok(())
    }

    /// The totals table (unless `no-summary`) and the failures (unless
    /// `no-failures`).
    fn totals(&mut self, summary: &Summary) -> io::Result<()> {
        if !self.switches.no_summary {
            self.table(summary)?;
        }
        if self.switches.no_failures {
            return Ok(());
        }
        self.failures(summary)
    }

    fn table(&mut self, summary: &Summary) -> io::Result<()> {
        let rows = [
            ("iterations", summary.iterations),
            ("requests", summary.requests),
            ("test-scripts", summary.test_scripts),
            ("prerequest-scripts", summary.prerequest_scripts),
            ("assertions", summary.assertions),
        ];
        let [top, head, rule, bottom] = self.symbols.table;
        let bar = self.symbols.bar;
        writeln!(self.out)?;
        writeln!(self.out, "{top}\n{head}\n{rule}")?;
        for (name, count) in rows {
            let failed = format!("{:>8}", count.failed);
            let failed = if count.failed > 0 {
                self.paint.red(&failed)
            } else {
                failed
            };
            writeln!(
                self.out,
                "{bar} {name:>20} {bar} {:>8} {bar} {failed} {bar}",
                count.total
            )?;
        }
        writeln!(self.out, "{bottom}")?;
        let stats = summary.response_time_stats();
        writeln!(
            self.out,
            "total run duration: {}, data received: {}",
            format::duration(summary.duration),
            format::size(summary.bytes_received)
        )?;
        if !summary.response_times.is_empty() {
            writeln!(
                self.out,
                "average response time: {} [min: {}, max: {}, s.d.: {}]",
                format::duration(stats.average),
                format::duration(stats.min),
                format::duration(stats.max),
                format::duration(stats.std_dev)
            )?;
        }
        Ok(())
    }

    fn failures(&mut self, summary: &Summary) -> io::Result<()> {
        if summary.failures.is_empty() {
            return Ok(());
        }
        writeln!(self.out, "\n  #  failure         detail")?;
        for (n, failure) in summary.failures.iter().enumerate() {
            let iteration = match self.iterations {
                1 => String::new(),
                _ => format!(" (iteration {})", failure.iteration + 1),
            };
            let (title, place) = match &failure.kind {
                FailureKind::Assertion { test, .. } => (test.clone(), "at request".to_string()),
                FailureKind::Script { event, line } => {
                    let line = line.map(|l| format!(" (line {l})")).unwrap_or_default();
                    (
                        String::new(),
                        format!("in the {event} script{line} of request"),
                    )
                }
                FailureKind::Request { .. } => (String::new(), "at request".to_string()),
            };
            writeln!(
                self.out,
                "\n{:>3}. {:<15} {title}",
                n + 1,
                self.paint.red(&failure.name)
            )?;
            for line in failure.message.lines() {
                writeln!(self.out, "{:21}{line}", "")?;
            }
            writeln!(
                self.out,
                "{:21}{place} \"{}\"{iteration}",
                "", failure.item_path
            )?;
        }
        Ok(())
    }
}

impl Reporter for CliReporter {
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()> {
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
                    self.folder = None;
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
                error: Some(error), ..
            } => self.script_error(error)?,
            EventKind::ScriptFinished { error: None, .. }
            | EventKind::ScriptStarted { .. }
            | EventKind::SecretsChanged { .. }
            | EventKind::ItemFinished(_)
            | EventKind::IterationFinished { .. }
            | EventKind::RunFinished { .. } => {}
        }
        Ok(())
    }

    fn finish<'s>(&mut self, summary: &'s Summary, _: &Redactor) -> io::Result<Vec<Export<'s>>> {
        self.grouped_warnings()?;
        if !self.dry_run {
            self.totals(summary)?;
        }
        if let Some(interruption) = summary.interruption() {
            let line = format!("the run was {interruption}: the reports hold what ran before it");
            writeln!(self.out, "\n{}", self.paint.red(&line))?;
        }
        self.out.flush()?;
        Ok(Vec::new())
    }
}
