//! From the run flags to a [`RunPlan`]: files loaded or fetched, overrides
//! applied in Newman's order, vault values resolved, `--mock` started.

use std::path::{Path, PathBuf};

use super::{PlanError, RunOptions, RunPlan, RunPlanBuilder};
use crate::load::{self, Collection};
use crate::mock::{MockDelay, MockOptions, MockServer, Routes};
use crate::remote::{self, Remote};
use crate::vars::{Scope, Scopes};

/// The run flags that decide what is loaded, without clap: what `postrun
/// run` was asked for, before any file is read.
#[derive(Debug, Clone, Default)]
pub struct PlanInput {
    /// The collection: a file, a v3 directory, a URL or a Postman UID.
    pub collection: PathBuf,
    /// The collection to run when `collection` is a workspace directory.
    pub collection_name: Option<String>,
    /// `-e`: a file, URL or UID.
    pub environment: Option<PathBuf>,
    /// `-g`: a file.
    pub globals: Option<PathBuf>,
    /// `-d`: a CSV or JSON file, or a URL.
    pub iteration_data: Option<PathBuf>,
    /// `-n`; by default one iteration per data row, or 1.
    pub iterations: Option<u32>,
    /// `--env-var KEY=VALUE`, in order.
    pub env_vars: Vec<(String, String)>,
    /// `--secret-var KEY=VALUE`, in order (an empty key is refused).
    pub secret_vars: Vec<(String, String)>,
    /// `--secret-env KEY=NAME`, read from the process already.
    pub secret_envs: Vec<SecretEnv>,
    /// `--global-var KEY=VALUE`, in order.
    pub global_vars: Vec<(String, String)>,
    /// `--vault-file`.
    pub vault_file: Option<PathBuf>,
    /// The Postman API key and base URL, for UIDs.
    pub remote: Remote,
    /// `--mock`, with its `--mock-delay`.
    pub mock: Option<Option<MockDelay>>,
    /// Every other flag; `iterations` and `data` are filled in here.
    pub options: RunOptions,
}

/// `--secret-env KEY=NAME`, with the value read from the process.
#[derive(Debug, Clone)]
pub struct SecretEnv {
    /// The variable set.
    pub key: String,
    /// The process environment variable read.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// A run ready to start.
pub struct Planned {
    /// The validated plan.
    pub plan: RunPlan,
    /// What the loaders skipped or reinterpreted (not yet redacted: the
    /// caller writes them through the run's redactor).
    pub warnings: Vec<String>,
    /// The `--mock` server; it stops when dropped.
    pub mock: Option<MockServer>,
}

/// Loads every file and checks every flag: all bad input is caught here.
pub fn plan(input: &PlanInput) -> Result<Planned, PlanError> {
    let mut warnings = Vec::new();
    let (collection, collection_text) = load_collection(input)?;
    warnings.extend(collection.warnings.iter().cloned());
    let environment = load_scope(input, "environment", input.environment.as_deref())?;
    let globals = load_scope(input, "globals", input.globals.as_deref())?;
    warnings.extend(environment.warnings.into_iter().chain(globals.warnings));
    let mut builder = RunPlan::builder(collection)
        .environment(environment.scope)
        .globals(globals.scope);
    let flags = apply_overrides(&mut builder, input)?;
    for (name, value) in vault_values(input, &collection_text, builder.scopes())? {
        builder
            .scopes_mut()
            .vault
            .set_secret(&format!("vault:{name}"), value);
    }
    let data = load_data(input)?;
    let options = builder.options_mut();
    *options = input.options.clone();
    options.iterations = input.iterations.map_or(data.len().max(1), |n| n as usize);
    options.data = data;
    builder.sources = variable_sources(input, &builder, &collection_text, &flags);
    let mock = match input.mock {
        Some(delay) => Some(start_mock(&mut builder, delay)?),
        None => None,
    };
    Ok(Planned {
        plan: builder.build()?,
        warnings,
        mock,
    })
}

/// The collection and the text the variables it uses are looked for in.
fn load_collection(input: &PlanInput) -> Result<(Collection, String), PlanError> {
    if let Some(text) = fetched(&input.remote, "collection", &input.collection)? {
        let shown = shown_source(&input.collection);
        return Ok((load::parse_collection(&text, &shown)?, text));
    }
    if let Some(name) = &input.collection_name {
        let collection = load::load_workspace_collection(&input.collection, name)?;
        let text = load::collection_json(&collection).to_string();
        return Ok((collection, text));
    }
    Ok(load::load_collection_and_text(&input.collection)?)
}

/// An environment or globals file, loaded.
#[derive(Default)]
struct LoadedScope {
    scope: Scope,
    warnings: Vec<String>,
}

fn load_scope(
    input: &PlanInput,
    what: &'static str,
    path: Option<&Path>,
) -> Result<LoadedScope, PlanError> {
    let Some(path) = path else {
        return Ok(LoadedScope::default());
    };
    let file = match fetched(&input.remote, what, path)? {
        Some(text) => load::parse_environment(&text, &shown_source(path))?,
        None => load::load_environment(path)?,
    };
    Ok(LoadedScope {
        scope: Scope::new(file.values).with_file(file.file),
        warnings: file.warnings,
    })
}

fn load_data(input: &PlanInput) -> Result<Vec<load::DataRow>, PlanError> {
    let Some(path) = &input.iteration_data else {
        return Ok(Vec::new());
    };
    Ok(match fetched(&input.remote, "data", path)? {
        Some(text) => load::parse_data(&text, &shown_source(path))?,
        None => load::load_data(path)?,
    })
}

/// The text of a file named by URL or UID; `None` for a local file.
fn fetched(
    remote: &Remote,
    what: &'static str,
    source: &Path,
) -> Result<Option<String>, PlanError> {
    let text = source.to_string_lossy();
    let by_uid = matches!(what, "collection" | "environment") && remote::is_uid(&text);
    if remote::is_remote(&text) || by_uid {
        return Ok(Some(remote.fetch(what, &text)?));
    }
    Ok(None)
}

/// A fetched source as load errors name it: a URL without its credentials.
fn shown_source(source: &Path) -> PathBuf {
    PathBuf::from(remote::shown(&source.to_string_lossy()))
}

/// Applies the command line's variables in Newman's order and says where
/// each came from: `(key, source)`, never the value.
fn apply_overrides(
    builder: &mut RunPlanBuilder,
    input: &PlanInput,
) -> Result<Vec<(String, String)>, PlanError> {
    let mut sources = Vec::new();
    let scopes = builder.scopes_mut();
    for (key, value) in &input.env_vars {
        scopes.environment.set(key, value.as_str());
        sources.push((key.clone(), "--env-var".to_string()));
    }
    for (key, value) in &input.secret_vars {
        if key.is_empty() {
            return Err(PlanError::MalformedSecretVar);
        }
        scopes.environment.set_secret(key, value.as_str());
        sources.push((key.clone(), "--secret-var".to_string()));
    }
    for secret in &input.secret_envs {
        scopes
            .environment
            .set_secret(&secret.key, secret.value.as_str());
        let from = format!("process environment {}", secret.name);
        sources.push((secret.key.clone(), from));
    }
    for (key, value) in &input.global_vars {
        scopes.globals.set(key, value.as_str());
        sources.push((key.clone(), "--global-var".to_string()));
    }
    Ok(sources)
}

/// Every `{{vault:name}}` the collection or the variable files use, resolved
/// before the run: an unresolved one is an error, never a literal sent.
fn vault_values(
    input: &PlanInput,
    collection_text: &str,
    scopes: &Scopes,
) -> Result<Vec<(String, String)>, PlanError> {
    let values = [&scopes.environment, &scopes.globals]
        .into_iter()
        .flat_map(|scope| scope.variables().iter().map(|v| v.value.as_str()));
    let mut names: Vec<String> = std::iter::once(collection_text)
        .chain(values)
        .flat_map(crate::vars::vault_references)
        .map(String::from)
        .collect();
    names.sort();
    names.dedup();
    if names.is_empty() {
        return Ok(Vec::new());
    }
    Ok(crate::vars::secrets::resolve_vault(
        &names,
        input.vault_file.as_deref(),
    )?)
}

/// For every variable the collection refers to, where its value comes from
/// (the winning source, never the value): why a key did or did not apply.
fn variable_sources(
    input: &PlanInput,
    builder: &RunPlanBuilder,
    collection_text: &str,
    flags: &[(String, String)],
) -> Vec<(String, String)> {
    let mut names: Vec<&str> = crate::vars::references(collection_text)
        .into_iter()
        .filter(|name| !name.starts_with('$') && !name.is_empty())
        .collect();
    // By name: the text is the file as written or the model written out,
    // and the order of first use would differ between the two.
    names.sort_by_cached_key(|name| (name.to_lowercase(), *name));
    names.dedup();
    names
        .into_iter()
        .map(|name| (name.to_string(), source_of(name, input, builder, flags)))
        .collect()
}

/// Where one variable's value comes from.
fn source_of(
    name: &str,
    input: &PlanInput,
    builder: &RunPlanBuilder,
    flags: &[(String, String)],
) -> String {
    // A file named by URL is shown with its credentials masked.
    let file = |path: &Option<PathBuf>, kind: &str| match path {
        Some(path) => format!(
            "{kind} {}",
            crate::remote::shown(&path.display().to_string())
        ),
        None => kind.to_string(),
    };
    let flag = || {
        flags
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, from)| from.clone())
    };
    let scopes = &builder.scopes;
    let in_data = builder
        .options
        .data
        .iter()
        .any(|row| row.iter().any(|v| v.key == name));
    if in_data {
        file(&input.iteration_data, "data file")
    } else if name.starts_with("vault:") && scopes.vault.get(name).is_some() {
        "vault".to_string()
    } else if scopes.environment.get(name).is_some() {
        flag().unwrap_or_else(|| file(&input.environment, "environment"))
    } else if scopes.collection.get(name).is_some() {
        "collection variables".to_string()
    } else if scopes.globals.get(name).is_some() {
        flag().unwrap_or_else(|| file(&input.globals, "globals"))
    } else {
        "nowhere (not defined)".to_string()
    }
}

/// `--mock`: start the server and route the examples' hosts to it. A
/// variable an example URL starts with (`{{baseUrl}}/x`, `{{base_url}}/x`)
/// is pointed at the server, so the example's path is the path it gets;
/// hosts written out or inside a URL (`https://{{env_url}}/x`) are routed
/// by host at send time, default ports aside; examples saved without a
/// host match requests to any host by path.
fn start_mock(
    builder: &mut RunPlanBuilder,
    delay: Option<MockDelay>,
) -> Result<MockServer, PlanError> {
    let options = MockOptions { delay, log: None };
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    let server =
        MockServer::start(&builder.collection, addr, false, options).map_err(PlanError::Mock)?;
    let url = server.url();
    let example_urls = Routes::from_collection(&builder.collection).urls();
    let scopes = builder.scopes_mut();
    let mut hosts = Vec::new();
    let mut hostless = Vec::new();
    let mut leading = Vec::new();
    for example in &example_urls {
        if let Some(name) = leading_variable(example) {
            leading.push(name);
        }
        let resolved = scopes.resolve(example, &mut crate::vars::Unresolved::default());
        match crate::mock::host_and_path(&resolved) {
            (host, path) if host.is_empty() => hostless.push(crate::mock::path_pattern(&path)),
            (host, _) if !host.contains("{{") => hosts.push(normal_host(&host, &resolved)),
            _ => {}
        }
    }
    leading.push("baseUrl".to_string());
    leading.sort();
    leading.dedup();
    for name in leading {
        scopes.environment.set(&name, url.clone());
    }
    hosts.sort();
    hosts.dedup();
    builder.options_mut().mock = Some(super::MockRouting {
        base: url,
        hosts,
        hostless,
    });
    Ok(server)
}

/// `name` when `url` starts with `{{name}}` (the whole of scheme and host).
fn leading_variable(url: &str) -> Option<String> {
    let rest = url.trim_start().strip_prefix("{{")?;
    let (name, _) = rest.split_once("}}")?;
    (!name.is_empty() && !name.starts_with('$')).then(|| name.trim().to_string())
}

/// A host as requests are compared with it: lower case, without the port
/// its scheme implies (`api.x.com:443` for https is `api.x.com`).
fn normal_host(host: &str, url: &str) -> String {
    let host = host.to_ascii_lowercase();
    let default = if url.to_ascii_lowercase().starts_with("http://") {
        ":80"
    } else {
        ":443"
    };
    host.strip_suffix(default)
        .map(str::to_string)
        .unwrap_or(host)
}
