//! `--export-environment`, `--export-globals`, `--export-collection`,
//! `--export-cookie-jar`: the state after the run in Postman's and
//! Newman's file formats, re-loadable by postrun and
//! importable by the Postman app. Secret-typed variables (those from
//! `--secret-env`, `--secret-var` and the vault among them) keep their type
//! and are written empty, and a secret quoted anywhere else is masked,
//! unless `--export-secrets` asks for their values.

use std::io;
use std::path::PathBuf;

use serde_json::json;

use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::load::{self, Collection, VarType, Variable};
use crate::summary::Summary;
use crate::vars::Scope;

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
    /// Kept (only when it is to be exported) until its variables are final.
    collection: Option<Collection>,
    exports: Vec<Export<'static>>,
}

impl ExportsReporter {
    /// A reporter writing the exports `paths` name.
    pub fn new(paths: ExportPaths) -> Self {
        ExportsReporter {
            paths,
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

/// The variables as they may be exported: secret ones, and any other
/// whose value holds a secret (a script's copy of a token), emptied unless
/// the user asked for their values.
fn exported(values: &[Variable], keep_secrets: bool, redactor: &Redactor) -> Vec<Variable> {
    let holds_secret = |var: &Variable| match var.kind {
        VarType::Secret => true,
        VarType::Default => redactor.text(&var.value) != var.value,
    };
    values
        .iter()
        .map(|var| match keep_secrets || !holds_secret(var) {
            true => var.clone(),
            false => Variable {
                value: String::new(),
                typed: false,
                ..var.clone()
            },
        })
        .collect()
}

/// An environment or globals file as Postman imports it, keeping the
/// `id`, `name` and variable descriptions of the file the scope was read from.
fn variable_file(
    kind: &str,
    scope: &Scope,
    keep_secrets: bool,
    redactor: &Redactor,
) -> serde_json::Value {
    let file = scope.file();
    let variables = exported(scope.variables(), keep_secrets, redactor);
    let mut values = load::variables_json(&variables);
    for value in values.as_array_mut().into_iter().flatten() {
        let key = value["key"].as_str().unwrap_or_default();
        if let Some(description) = file.and_then(|f| f.description(key)) {
            let mut description = description.clone();
            if !keep_secrets {
                redactor.json(&mut description);
            }
            value["description"] = description;
        }
    }
    json!({
        "id": scope.id().map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_string),
        "name": scope.name().unwrap_or(kind),
        "values": values,
        "_postman_variable_scope": kind,
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
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) if self.paths.collection.is_some() => {
                self.collection = Some(collection.clone());
            }
            Some(Milestone::Finished(scopes)) => {
                let paths = self.paths.clone();
                let file = |kind, scope| variable_file(kind, scope, paths.secrets, redactor);
                self.add(&paths.environment, file("environment", &scopes.environment));
                self.add(&paths.globals, file("globals", &scopes.globals));
                if let Some(collection) = self.collection.take() {
                    let variables =
                        exported(scopes.collection.variables(), paths.secrets, redactor);
                    let mut value = collection_with_variables(&collection, &variables);
                    // A secret the file itself quotes (a description, a
                    // hard-coded header) is masked too.
                    if !paths.secrets {
                        redactor.json(&mut value);
                    }
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
