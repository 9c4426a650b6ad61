//! postrun runs Postman collections headlessly: a fast, single-binary,
//! drop-in alternative to Newman.
//!
//! The pipeline, one module per stage: [`load`] → [`plan`] → [`run`] →
//! [`http`] and [`script`], with [`events`] flowing from [`run`] to the
//! [`report`]ers and the [`summary`]. [`plan::plan`] turns the run flags
//! (the binary's `cli` module parses them) into a validated
//! [`plan::RunPlan`]; [`run::run`] runs it. `ARCHITECTURE.md` is the map.

#![warn(missing_docs)]

pub mod events;
pub mod exit;
pub mod files;
pub mod http;
pub mod lint;
pub mod load;
pub mod mock;
pub mod plan;
pub mod remote;
pub mod report;
pub mod run;
pub mod script;
pub mod suggest;
pub mod summary;
pub mod vars;

pub use exit::ExitStatus;
