//! The integration tests, one binary: one link step instead of eighteen,
//! one `support` module (servers, the `postrun` binary, `TestRun`).

mod auth;
mod bodies;
mod cli_help;
mod convert;
mod cookies;
mod corpus;
mod data_and_secrets;
mod errors;
mod github;
mod hostile;
mod html_reports;
mod lint;
mod mock;
mod packaging;
mod parallel;
mod parity;
mod parity_wild;
mod proxy;
mod remote;
mod report_events;
mod reporters;
mod run_order;
mod scripts;
mod scripts_chai;
mod scripts_libraries;
mod smoke;
mod support;
mod terminal;
mod tls;
mod v3;
mod variables;
