//! [`TestRun`]: one `postrun run` set up the way the tests need it, so no
//! test writes `--env-var baseUrl=…` or makes its own temporary folder.

use std::path::{Path, PathBuf};

use super::{Outcome, TestServer, fixture, postrun_cmd};

/// A `postrun run` being set up: the collection, `baseUrl` pointing at a
/// test server, more arguments and process variables. Files it writes or
/// is given (reports, inline collections) live in its own temporary folder.
pub struct TestRun {
    dir: tempfile::TempDir,
    collection: PathBuf,
    args: Vec<String>,
    env: Vec<(String, String)>,
    in_folder: bool,
}

/// A finished run: what it printed, and its folder for the files it wrote.
#[derive(Debug)]
pub struct Finished {
    /// Exit code and output.
    pub outcome: Outcome,
    /// The run's temporary folder.
    pub dir: tempfile::TempDir,
}

impl std::ops::Deref for Finished {
    type Target = Outcome;

    fn deref(&self) -> &Outcome {
        &self.outcome
    }
}

impl Finished {
    /// A file the run wrote into its folder.
    pub fn file(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    }
}

impl TestRun {
    /// A run of `fixtures/<path>`.
    pub fn fixture(path: &str) -> TestRun {
        TestRun::file(fixture(path))
    }

    /// A run of a collection file anywhere.
    pub fn file(path: impl Into<PathBuf>) -> TestRun {
        TestRun {
            dir: tempfile::tempdir().expect("temporary folder"),
            collection: path.into(),
            args: Vec::new(),
            env: Vec::new(),
            in_folder: false,
        }
    }

    /// A run of a collection given as JSON text, written into the run's folder.
    pub fn inline(json: &str) -> TestRun {
        let mut run = TestRun::file(PathBuf::new());
        run.collection = PathBuf::from(run.write("inline.postman_collection.json", json));
        run
    }

    /// `baseUrl` points at `server`, which must then be called.
    pub fn against(self, server: &TestServer) -> TestRun {
        server.expect_requests();
        self.base_url(&server.url())
    }

    /// `baseUrl` is `url` (a server that may not be called, or none at all).
    pub fn base_url(self, url: &str) -> TestRun {
        self.args(["--env-var", &format!("baseUrl={url}")])
    }

    /// One more argument.
    pub fn arg(mut self, arg: impl AsRef<str>) -> TestRun {
        self.args.push(arg.as_ref().to_string());
        self
    }

    /// More arguments.
    pub fn args<S: AsRef<str>>(mut self, args: impl IntoIterator<Item = S>) -> TestRun {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_string()));
        self
    }

    /// Every reporter: the terminal's, and `r.xml`, `r.json` (bodies
    /// included) and `r.html` in the run's folder.
    pub fn every_report(self) -> TestRun {
        let [xml, json, html] = ["r.xml", "r.json", "r.html"].map(|n| self.path(n));
        self.args(["-r", "cli,junit,json,html", "--reporter-json-include-body"])
            .args([
                "--reporter-junit-export",
                &xml,
                "--reporter-json-export",
                &json,
            ])
            .args(["--reporter-html-export", &html])
    }

    /// A process environment variable for postrun.
    pub fn env(mut self, key: &str, value: &str) -> TestRun {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    /// Runs in the run's own folder (for default report paths).
    pub fn in_own_folder(mut self) -> TestRun {
        self.in_folder = true;
        self
    }

    /// Writes a file into the run's folder; its path, for arguments.
    pub fn write(&self, name: &str, contents: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write a test file");
        path_text(&path)
    }

    /// The path of a file in the run's folder (a report to write there).
    pub fn path(&self, name: &str) -> String {
        path_text(&self.dir.path().join(name))
    }

    /// Runs `postrun run COLLECTION ARGS…`.
    pub fn run(self) -> Finished {
        let mut cmd = postrun_cmd();
        cmd.arg("run").arg(&self.collection).args(&self.args);
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        if self.in_folder {
            cmd.current_dir(self.dir.path());
        }
        let output = cmd.output().expect("run postrun");
        Finished {
            outcome: Outcome {
                code: output.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            },
            dir: self.dir,
        }
    }
}

fn path_text(path: &Path) -> String {
    path.to_str().expect("utf-8 path").to_string()
}
