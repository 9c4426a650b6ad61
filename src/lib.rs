//! postrun runs Postman collections headlessly: a fast, single-binary,
//! drop-in alternative to Newman.
//!
//! The pipeline, one module per stage:
//! [`load`] → [`vars`] → [`run`] → [`http`], with [`events`] flowing from
//! `run` to the [`report`]ers. [`cli`] turns a command line into a validated
//! [`run::RunPlan`].

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
