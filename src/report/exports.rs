//! `--export-environment`, `--export-globals`, `--export-collection`,
//! `--export-cookie-jar`: the state after the run in Postman's and
//! Newman's file formats, re-loadable by postrun and
//! importable by the Postman app. Secret-typed variables (those from
//! `--secret-env`, `--secret-var` and the vault among them) keep their type
//! and are written empty, unless `--export-secrets` asks for their values.

use std::io;
use std::path::PathBuf;

use serde_json::json;

use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::load::{self, Collection, VarType, Variable};
use crate::summary::Summary;

/// Where each export goes (none is written unless asked for).
#[derive(Debug, Clone, Default)]
pub struct ExportPaths {
    /// `--export-environment`.
    pub environment: Option<PathBuf>,
    /// `--export-globals`.
    pub globals: Option<PathBuf>,
    /// `--export-collection`.
    pub collection: Option<PathBuf>,
    /// `--export-secrets`: write secret values too.
    pub secrets: bool,
    /// `--export-cookie-jar`.
    pub cookie_jar: Option<PathBuf>,
}

/// Collects the final state and writes the exports asked for.
pub struct ExportsReporter {
    paths: ExportPaths,
    names: (Option<String>, Option<String>),
    /// Kept (only when it is to be exported) until its variables are final.
    collection: Option<Collection>,
    exports: Vec<Export<'static>>,
}

impl ExportsReporter {
    /// `environment_name` and `globals_name` are written into the files.
    pub fn new(
        paths: ExportPaths,
        environment_name: Option<String>,
        globals_name: Option<String>,
    ) -> Self {
        ExportsReporter {
            paths,
            names: (environment_name, globals_name),
            collection: None,
            exports: Vec::new(),
        }
    }

    fn add(&mut self, path: &Option<PathBuf>, value: serde_json::Value) {
        if let Some(path) = path {
            let mut bytes = serde_json::to_vec_pretty(&value).unwrap_or_default();
            bytes.push(b'\n');
            self.exports.push(Export::bytes(path.clone(), bytes));
        }
    }
}

/// The variables as they may be exported: secret ones emptied unless the
/// user asked for their values.
/// A cookie whose value holds a secret is written empty, as secret
/// variables are, unless `--export-secrets`.
fn blank_secret_cookies(jar: &mut serde_json::Value, redactor: &Redactor) {
    for cookie in jar["cookies"].as_array_mut().into_iter().flatten() {
        let value = cookie["value"].as_str().unwrap_or_default();
        if redactor.text(value) != value {
            cookie["value"] = json!("");
        }
    }
}

fn exported(values: &[Variable], keep_secrets: bool) -> Vec<Variable> {
    values
        .iter()
        .map(|var| match (var.kind, keep_secrets) {
            (VarType::Secret, false) => Variable {
                value: String::new(),
                typed: false,
                ..var.clone()
            },
            (VarType::Secret | VarType::Default, _) => var.clone(),
        })
        .collect()
}

fn variable_file(scope: &str, name: Option<&str>, values: &[Variable]) -> serde_json::Value {
    json!({
        "id": uuid::Uuid::new_v4().to_string(),
        "name": name.unwrap_or(scope),
        "values": load::variables_json(values),
        "_postman_variable_scope": scope,
        "_postman_exported_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "_postman_exported_using": concat!("postrun/", env!("CARGO_PKG_VERSION")),
    })
}

fn collection_with_variables(collection: &Collection, variables: &[Variable]) -> serde_json::Value {
    let mut collection = collection.clone();
    collection.variables = variables.to_vec();
    load::collection_json(&collection)
}

impl Reporter for ExportsReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) if self.paths.collection.is_some() => {
                self.collection = Some(collection.clone());
            }
            Some(Milestone::Finished(scopes)) => {
                let (environment, globals) = self.names.clone();
                let paths = self.paths.clone();
                let values =
                    |scope: &crate::vars::Scope| exported(scope.variables(), paths.secrets);
                let env = variable_file(
                    "environment",
                    environment.as_deref(),
                    &values(&scopes.environment),
                );
                self.add(&paths.environment, env);
                let glob = variable_file("globals", globals.as_deref(), &values(&scopes.globals));
                self.add(&paths.globals, glob);
                if let Some(collection) = self.collection.take() {
                    let value = collection_with_variables(&collection, &values(&scopes.collection));
                    self.add(&paths.collection, value);
                }
            }
            Some(Milestone::Started(_)) | None => {}
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        if let (Some(path), Some(jar)) = (self.paths.cookie_jar.clone(), &summary.cookie_jar) {
            let mut jar = jar.clone();
            if !self.paths.secrets {
                blank_secret_cookies(&mut jar, redactor);
            }
            self.add(&Some(path), jar);
        }
        Ok(std::mem::take(&mut self.exports))
    }
}
