//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod server;

use std::path::PathBuf;

#[allow(unused_imports)]
pub use server::{API_KEY, Recorded, TestServer};

/// `postrun` with an environment pinned so output is the same everywhere.
pub fn postrun_cmd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("postrun").expect("postrun binary");
    cmd.env("NO_COLOR", "1")
        .env("CI", "true")
        .env("RUST_BACKTRACE", "0")
        .env_remove("POSTMAN_API_KEY")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// A file under `fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(path)
}

/// The shared corpus beside the repository, when it is there.
pub fn corpus() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    path.is_dir().then_some(path)
}

/// What a finished command printed and how it exited.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Runs `postrun` with these arguments.
pub fn postrun(args: &[&str]) -> Outcome {
    let output = postrun_cmd().args(args).output().expect("run postrun");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `postrun run FIXTURE --env-var baseUrl=SERVER` plus `extra`.
pub fn run_fixture(server: &TestServer, collection: &str, extra: &[&str]) -> Outcome {
    let collection = fixture(collection);
    let base = format!("baseUrl={}", server.url());
    let mut args = vec![
        "run",
        collection.to_str().expect("utf-8 path"),
        "--env-var",
        &base,
    ];
    args.extend_from_slice(extra);
    postrun(&args)
}
