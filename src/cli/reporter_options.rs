//! Newman's `--reporter-<name>-<option> [value]` and generic
//! `--reporter-<option> [value]` flags, read as Newman reads them: every
//! `--reporter-…` argument postrun has no flag of its own for is taken out
//! of the command line before clap sees it, with the next argument as its
//! value unless that starts with `-` (or with `=value`). An option a named
//! reporter understands goes to it; one named after no reporter goes to
//! all; the rest are reported once and ignored, as Newman's reporters
//! ignore options they do not know.

use std::ffi::OsString;
use std::path::PathBuf;

use postrun::report::{CliSwitches, HtmlextraOptions, ReporterName};

/// The `--reporter-…` flags clap parses itself (shown in `--help`).
const OWN_FLAGS: &[&str] = &[
    "--reporter-junit-export",
    "--reporter-json-export",
    "--reporter-json-include-body",
    "--reporter-html-export",
    "--reporter-html-template",
];

/// One `--reporter-…` flag taken out of the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NestedOption {
    /// What follows `--reporter-`, as written (`cli-no-summary`).
    pub flag: String,
    /// Its value; `None` for a switch.
    pub value: Option<String>,
}

/// Splits the `--reporter-…` flags clap does not know off `args`.
pub fn split(args: Vec<OsString>) -> (Vec<OsString>, Vec<NestedOption>) {
    let mut kept = Vec::with_capacity(args.len());
    let mut nested = Vec::new();
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str().filter(|t| is_nested(t)) else {
            kept.push(arg);
            continue;
        };
        let (flag, value) = match text.split_once('=') {
            Some((flag, value)) => (flag.to_string(), Some(value.to_string())),
            None => {
                let value = args
                    .next_if(|next| next.to_str().is_some_and(|n| !n.starts_with('-')))
                    .and_then(|next| next.into_string().ok());
                (text.to_string(), value)
            }
        };
        nested.push(NestedOption {
            flag: flag.trim_start_matches("--reporter-").to_string(),
            value,
        });
    }
    (kept, nested)
}

fn is_nested(arg: &str) -> bool {
    let flag = arg.split('=').next().unwrap_or(arg);
    flag.starts_with("--reporter-") && !OWN_FLAGS.contains(&flag)
}

/// What the reporters make of the nested options.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// The cli reporter's switches.
    pub cli: CliSwitches,
    /// `--reporter-cli-silent`: no cli output at all.
    pub cli_silent: bool,
    /// `--reporter-html-export` in its nested spelling.
    pub html_export: Option<PathBuf>,
    /// `--reporter-htmlextra-*` (a generic `--reporter-<option>` of
    /// htmlextra's too).
    pub htmlextra: HtmlextraOptions,
    /// A generic `--reporter-export`, for the junit and json reports too.
    pub export: Option<PathBuf>,
    /// `--reporter-github-export`: the github summary without
    /// `$GITHUB_STEP_SUMMARY`.
    pub github_export: Option<PathBuf>,
    /// `--reporter-junit-per-iteration`: postrun's suite per execution.
    pub junit_per_iteration: bool,
    /// Options no reporter took, as written, for one warning.
    pub ignored: Vec<String>,
}

/// Hands each option to the reporter it names (`reporters`: the `-r` names
/// as written, `htmlextra` included) or, when it names none, to all.
pub fn apply(options: &[NestedOption], reporters: &[String]) -> Applied {
    let mut applied = Applied::default();
    for option in options {
        let (scope, name) = match option.flag.split_once('-') {
            Some((scope, name)) if reporters.iter().any(|r| r == scope) => (Some(scope), name),
            _ => (None, option.flag.as_str()),
        };
        let taken = match (scope, name) {
            (Some("cli") | None, switch) if cli_switch(&mut applied, switch) => true,
            (Some("github"), "export") => {
                applied.github_export = option.value.clone().map(PathBuf::from);
                true
            }
            (Some("html"), "export") => {
                applied.html_export = option.value.clone().map(PathBuf::from);
                true
            }
            (None, "export") => {
                applied.export = option.value.clone().map(PathBuf::from);
                applied.htmlextra.export = applied.export.clone();
                true
            }
            (Some("htmlextra") | None, name)
                if applied.htmlextra.set(name, option.value.as_deref()) =>
            {
                true
            }
            (Some("junit") | None, "per-iteration") => {
                applied.junit_per_iteration = true;
                true
            }
            _ => false,
        };
        if !taken {
            applied.ignored.push(format!("--reporter-{}", option.flag));
        }
    }
    applied
}

/// Sets the cli switch `name` (Newman's spelling); false when it is none.
fn cli_switch(applied: &mut Applied, name: &str) -> bool {
    let cli = &mut applied.cli;
    let switch = match name {
        "no-summary" => &mut cli.no_summary,
        "no-failures" => &mut cli.no_failures,
        "no-assertions" => &mut cli.no_assertions,
        "no-success-assertions" => &mut cli.no_success_assertions,
        "no-console" => &mut cli.no_console,
        "no-banner" => &mut cli.no_banner,
        "show-timestamps" => &mut cli.show_timestamps,
        "silent" => &mut applied.cli_silent,
        _ => return false,
    };
    *switch = true;
    true
}

/// The `-r` names as postrun's reporters: `htmlextra` is the html report
/// (with a note), a name postrun does not have is left out with a warning
/// and the run goes on, as in Newman.
pub fn reporter_names(names: &[String], warnings: &mut Vec<String>) -> Vec<ReporterName> {
    let mut out = Vec::new();
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let known = match name {
            "cli" => ReporterName::Cli,
            "junit" => ReporterName::Junit,
            "json" => ReporterName::Json,
            "html" => ReporterName::Html,
            "progress" => ReporterName::Progress,
            "emojitrain" => ReporterName::Emojitrain,
            "htmlextra" => ReporterName::Htmlextra,
            "github" => ReporterName::Github,
            other => {
                let known = [
                    "cli",
                    "json",
                    "junit",
                    "html",
                    "htmlextra",
                    "github",
                    "progress",
                    "emojitrain",
                ];
                let suggestion = postrun::suggest::closest(other, known);
                warnings.push(format!(
                    "could not find \"{other}\" reporter{}: postrun has cli, json, junit, html, htmlextra, github, progress and emojitrain; the run goes on without it",
                    postrun::suggest::did_you_mean(suggestion.as_deref())
                ));
                continue;
            }
        };
        out.push(known);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn nested_options_leave_the_command_line_with_their_values() {
        let (kept, nested) = split(args(&[
            "postrun",
            "run",
            "c.json",
            "--reporter-cli-no-summary",
            "--reporter-htmlextra-title",
            "My run",
            "--reporter-export=out/r",
            "--reporter-json-export",
            "r.json",
            "-n",
            "2",
        ]));
        assert_eq!(
            kept,
            args(&[
                "postrun",
                "run",
                "c.json",
                "--reporter-json-export",
                "r.json",
                "-n",
                "2"
            ])
        );
        let flags: Vec<(&str, Option<&str>)> = nested
            .iter()
            .map(|o| (o.flag.as_str(), o.value.as_deref()))
            .collect();
        assert_eq!(
            flags,
            [
                ("cli-no-summary", None),
                ("htmlextra-title", Some("My run")),
                ("export", Some("out/r")),
            ]
        );
    }

    #[test]
    fn options_go_to_the_reporter_they_name_or_to_all() {
        let (_, nested) = split(args(&[
            "--reporter-cli-no-banner",
            "--reporter-no-summary",
            "--reporter-htmlextra-export",
            "x.html",
            "--reporter-htmlextra-darkTheme",
            "--reporter-cli-frobnicate",
        ]));
        let reporters = ["cli".to_string(), "htmlextra".to_string()];
        let applied = apply(&nested, &reporters);
        assert!(applied.cli.no_banner && applied.cli.no_summary);
        assert!(!applied.cli.no_failures);
        assert_eq!(applied.htmlextra.export, Some(PathBuf::from("x.html")));
        assert!(applied.htmlextra.dark_theme);
        assert_eq!(
            applied.html_export, None,
            "the simple page is another reporter"
        );
        assert_eq!(applied.ignored, ["--reporter-cli-frobnicate"]);
        // Without `cli` among the reporters, `cli-no-banner` is a generic
        // option nobody knows, as in Newman.
        let applied = apply(&nested[..1], &["json".to_string()]);
        assert_eq!(applied.ignored, ["--reporter-cli-no-banner"]);
    }

    #[test]
    fn unknown_reporters_are_left_out_with_a_warning() {
        let mut warnings = Vec::new();
        let names: Vec<String> = ["cli", "emojitrain", "teamcity", "htmlextra"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let known = reporter_names(&names, &mut warnings);
        assert_eq!(
            known,
            [
                ReporterName::Cli,
                ReporterName::Emojitrain,
                ReporterName::Htmlextra
            ]
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].contains("could not find \"teamcity\" reporter"),
            "{warnings:?}"
        );
    }
}
