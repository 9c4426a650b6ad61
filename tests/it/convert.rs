//! `postrun convert`: v2.1 → v3 → v2.1 gives the same model, and v3 → v2.1
//! → v3 gives the same tree, on every corpus collection and on the
//! fixtures. What the formats cannot share is named in the converter's
//! warnings; [`documented_losses`] removes exactly those before comparing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::support::{corpus, fixture, postrun};
use postrun::load::{self, Collection, Item, Url};

/// Postman's schema examples, the real exports and every v2.1 fixture that
/// loads.
fn v21_collections() -> Vec<PathBuf> {
    let corpus = corpus().expect("../shared/corpus");
    let mut files = Vec::new();
    collect_json(&corpus, &mut files);
    collect_json(&fixture(""), &mut files);
    files.retain(|path| load::load_collection(path).is_ok());
    files.sort();
    files
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_json(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// What the model may lose on the way through v3, each named in a
/// conversion warning (`postrun convert` prints them): typed and secret
/// collection variables, auth parameters' types, example response times, script ids,
/// GraphQL variables written as an object, the root's body pruning, compared by what each request sends (a conversion moves
/// the setting to the requests it changes). URLs compare by what is sent,
/// not by how `raw` spells it.
fn documented_losses(mut collection: Collection) -> Collection {
    collection.source = PathBuf::new();
    collection.warnings.clear();
    // v3 has no exporter id, version, collection link or other `_postman_*`
    // fields (Postman's migration drops them, SPEC.md), and writes no empty
    // `settings`.
    collection.info.exporter_id = None;
    collection.info.version = None;
    collection.info.collection_link = None;
    strip_empty(&mut collection.info.description);
    strip_empty_behavior(&mut collection.behavior);
    collection.behavior.present = false;
    let meant = collection.behavior.disable_body_pruning.take();
    effective_pruning(&mut collection.items, meant);
    for var in &mut collection.variables {
        var.typed = false;
        var.kind = load::VarType::Default;
        var.declared = load::Declared::Any;
    }
    strip_scripts(&mut collection.events);
    strip_items(&mut collection.items);
    strip_auth_types(&mut collection.auth);
    collection
}

/// v3 credentials are values by key: the `type` an export writes on each
/// auth parameter has no place there.
fn strip_auth_types(auth: &mut Option<load::Auth>) {
    for param in auth.iter_mut().flat_map(|a| a.params.iter_mut()) {
        param.kind = None;
    }
}

/// Every request with a body Newman may drop says whether it is sent; no
/// other level keeps the setting.
fn effective_pruning(items: &mut [Item], inherited: Option<bool>) {
    for item in items {
        match item {
            Item::Folder(folder) => {
                let own = folder.behavior.disable_body_pruning.take();
                effective_pruning(&mut folder.items, own.or(inherited));
            }
            Item::Request(request) => {
                let prunable = request.request.body.is_some()
                    && load::BODYLESS_METHODS.contains(&request.request.method.as_str());
                let keeps = request.behavior.disable_body_pruning.or(inherited);
                request.behavior.disable_body_pruning = prunable.then(|| keeps.unwrap_or(false));
            }
        }
    }
}

fn strip_scripts(scripts: &mut Vec<load::Script>) {
    scripts.retain(|s| !s.source.trim().is_empty());
    for script in scripts {
        script.id = None;
        // v3 has no packages (a listed loss).
        script.packages = None;
    }
}

/// What v3 leaves out without a word, as it says nothing: an empty
/// description (and, in `strip_request`, a pair's `name`/`id`, warned of
/// when it differs from the key).
fn strip_empty(description: &mut Option<String>) {
    if description.as_deref() == Some("") {
        *description = None;
    }
}

/// An empty `disabledSystemHeaders`, which v3 does not write either.
fn strip_empty_behavior(behavior: &mut load::Behavior) {
    if behavior
        .disabled_system_headers
        .as_ref()
        .is_some_and(Vec::is_empty)
    {
        behavior.disabled_system_headers = None;
    }
}

fn strip_request(request: &mut load::Request) {
    strip_empty(&mut request.description);
    let url = &mut request.url;
    for pair in (request.headers.iter_mut())
        .chain(url.query.iter_mut())
        .chain(url.variables.iter_mut())
    {
        pair.name = None;
        pair.id = None;
        strip_empty(&mut pair.description);
    }
    if let Some(load::Body::UrlEncoded(pairs)) = &mut request.body {
        for pair in pairs {
            strip_empty(&mut pair.description);
        }
    }
    if let Some(load::Body::FormData(parts)) = &mut request.body {
        for part in parts {
            strip_empty(&mut part.description);
            // Files given inline have no v3 spelling (a conversion warns).
            if let load::FormValue::Base64(_) = part.value {
                part.value = load::FormValue::Files(Vec::new());
            }
        }
    }
    // v3 holds GraphQL variables as text (a conversion warns).
    if let Some(load::Body::GraphQl {
        variables_as_object,
        ..
    }) = &mut request.body
    {
        *variables_as_object = false;
    }
    if let Some(load::Body::File { content, .. }) = &mut request.body {
        *content = None;
    }
    url.auth = None;
}

fn strip_items(items: &mut [Item]) {
    for item in items {
        match item {
            Item::Folder(folder) => {
                strip_empty(&mut folder.description);
                strip_empty_behavior(&mut folder.behavior);
                folder.behavior.present = false;
                folder.meta.clear();
                strip_auth_types(&mut folder.auth);
                strip_scripts(&mut folder.events);
                strip_items(&mut folder.items);
            }
            Item::Request(request) => {
                strip_empty(&mut request.description);
                strip_empty_behavior(&mut request.behavior);
                strip_request(&mut request.request);
                strip_auth_types(&mut request.request.auth);
                request.behavior.present = false;
                request.meta.clear();
                request.source = None;
                strip_scripts(&mut request.events);
                strip_url(&mut request.request.url);
                for example in &mut request.examples {
                    example.response_time = None;
                    example.cookies = None;
                    // v3 writes an empty body as text content `''`.
                    if example.body.as_deref().is_none_or(str::is_empty) {
                        example.body = None;
                        example.language = None;
                    }
                    for header in &mut example.headers {
                        header.name = None;
                        header.id = None;
                        strip_empty(&mut header.description);
                    }
                    example.meta.clear();
                    if let Some(original) = &mut example.original_request {
                        strip_request(original);
                        original.auth = None;
                        original.description = None;
                        strip_url(&mut original.url);
                    }
                }
            }
        }
    }
}

/// A URL as what is sent, plus what the sent text cannot show: disabled
/// and described query pairs.
fn strip_url(url: &mut Url) {
    let sent = url.unresolved();
    let mut query = std::mem::take(&mut url.query);
    query.retain(|q| !q.enabled || q.description.is_some());
    *url = Url {
        raw: sent,
        query,
        variables: std::mem::take(&mut url.variables),
        ..Url::default()
    };
}

#[test]
fn v2_1_to_v3_and_back_keeps_the_model() {
    let files = v21_collections();
    assert!(files.len() >= 80, "{} collections", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let original = load::load_collection(file).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        load::v3::write_tree(&original, &tree).unwrap();
        let mut through_v3 = load::load_collection(&tree)
            .unwrap_or_else(|e| panic!("{}: the written tree does not load: {e}", file.display()));
        // As `postrun convert` writes v2.1.
        load::pruning_for_v2_1(&mut through_v3);
        let json = load::collection_json(&through_v3).to_string();
        let back = load::parse_collection(&json, Path::new("back.json")).unwrap();
        let (a, b) = (documented_losses(original), documented_losses(back));
        if a != b {
            failures.push(format!("{}\n{}", file.display(), first_difference(&a, &b)));
        }
    }
    assert!(
        failures.is_empty(),
        "models differ after v2.1 → v3 → v2.1:\n{failures:#?}"
    );
}

/// The first lines where two models' debug dumps differ, with context.
fn first_difference(a: &Collection, b: &Collection) -> String {
    let (a, b) = (format!("{a:#?}"), format!("{b:#?}"));
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let from = at.saturating_sub(3);
    format!(
        "  before: {}\n  after:  {}",
        a[from..(at + 3).min(a.len())].join("\n          "),
        b[from..(at + 3).min(b.len())].join("\n          ")
    )
}

/// The keys whose values differ between two JSON values, as paths.
fn differing_paths(
    a: &serde_json::Value,
    b: &serde_json::Value,
    at: String,
    out: &mut Vec<String>,
) {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                let null = serde_json::Value::Null;
                differing_paths(
                    x.get(key).unwrap_or(&null),
                    y.get(key).unwrap_or(&null),
                    format!("{at}.{key}"),
                    out,
                );
            }
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) if x.len() == y.len() => {
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                differing_paths(x, y, format!("{at}[{i}]"), out);
            }
        }
        (x, y) if x != y => out.push(format!("{at}: {} → {}", short(x), short(y))),
        _ => {}
    }
}

fn short(value: &serde_json::Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A tree's files as parsed YAML, keyed by display names (`Folder/
/// Request.request`, `…/Request/Example.example`): file names are derived
/// from names, so the names are what must survive.
type Tree = BTreeMap<String, serde_json::Value>;

fn read_yaml(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    load::v3::yaml_to_json(&text).unwrap()
}

fn display_name(value: &serde_json::Value, stem: &str) -> String {
    value
        .get("name")
        .and_then(serde_json::Value::as_str)
        .unwrap_or(stem)
        .to_string()
}

fn read_tree(root: &Path) -> Tree {
    let mut tree = Tree::new();
    let definition = root.join(".resources/definition.yaml");
    if definition.is_file() {
        let mut value = read_yaml(&definition);
        if let Some(map) = value.as_object_mut() {
            map.remove("name");
        }
        tree.insert("(collection)".into(), value);
    }
    read_dir_into(root, "", &mut tree);
    tree
}

fn read_dir_into(dir: &Path, prefix: &str, tree: &mut Tree) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() && !file.starts_with('.') {
            let definition = path.join(".resources/definition.yaml");
            let value = if definition.is_file() {
                read_yaml(&definition)
            } else {
                serde_json::json!({ "$kind": "collection" })
            };
            let key = unique_key(tree, format!("{prefix}{}", display_name(&value, &file)));
            read_dir_into(&path, &format!("{key}/"), tree);
            tree.insert(key, value);
        } else if let Some(stem) = file
            .strip_suffix(".request.yaml")
            .or_else(|| file.strip_suffix(".request.yml"))
        {
            let value = read_yaml(&path);
            let key = unique_key(
                tree,
                format!("{prefix}{}.request", display_name(&value, stem)),
            );
            let examples = dir.join(format!(".resources/{stem}.resources/examples"));
            if examples.is_dir() {
                let mut files: Vec<PathBuf> = std::fs::read_dir(&examples)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .collect();
                files.sort();
                for example in files {
                    let file = example.file_name().unwrap().to_string_lossy().into_owned();
                    let stem = file.split(".example.").next().unwrap();
                    let value = read_yaml(&example);
                    let name = format!("{key}/{}.example", display_name(&value, stem));
                    let name = unique_key(tree, name);
                    tree.insert(name, value);
                }
            }
            tree.insert(key, value);
        }
    }
}

/// Duplicate display names get `#2`, `#3`, … in file-name order.
fn unique_key(tree: &Tree, key: String) -> String {
    let mut candidate = key.clone();
    let mut n = 2;
    while tree.contains_key(&candidate) {
        candidate = format!("{key}#{n}");
        n += 1;
    }
    candidate
}

#[test]
fn v3_to_v2_1_and_back_keeps_the_tree() {
    let mut trees = crate::support::v3_corpus_trees();
    trees.retain(|t| !t.to_string_lossy().contains("invalid-yaml"));
    trees.push(fixture("v3/rules"));
    let mut report = Vec::new();
    for root in &trees {
        let original = load::load_collection(root).unwrap();
        let json = load::collection_json(&original).to_string();
        let back = load::parse_collection(&json, Path::new("back.json")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let written = dir.path().join("tree");
        load::v3::write_tree(&back, &written).unwrap();
        let before = normalise_tree(read_tree(root));
        let after = normalise_tree(read_tree(&written));
        compare_trees(root, &before, &after, &mut report);
    }
    assert!(
        report.is_empty(),
        "{} differences:\n{}",
        report.len(),
        report.join("\n")
    );
}

/// Adds a line to `report` for each file that differs, is missing from
/// `after` or only in it.
fn compare_trees(root: &Path, before: &Tree, after: &Tree, report: &mut Vec<String>) {
    for (path, value) in before {
        match after.get(path) {
            Some(other) if other == value => {}
            Some(other) => {
                let mut paths = Vec::new();
                differing_paths(value, other, String::new(), &mut paths);
                report.push(format!("{}: {path}: {}", root.display(), paths.join("; ")));
            }
            None => report.push(format!("{}: {path}: missing", root.display())),
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        report.push(format!("{}: {path}: extra", root.display()));
    }
}

/// Makes equivalent spellings equal and removes what v3 → v2.1 → v3 cannot
/// keep. Equivalent: map or list form of key/values, a one-element auth
/// list or a single auth, a `name:` equal to the file or directory name,
/// the informational `examples:` path, `queryParams` that repeat the url's
/// own query. Lost, and listed in the README's convert section: sibling
/// `order` numbers (the order itself is compared through the models), the
/// `id` and `name` of auth list entries, and generator keys such as
/// `$type`.
fn normalise_tree(tree: Tree) -> Tree {
    tree.into_iter()
        .filter_map(|(path, mut value)| {
            normalise_file(&mut value);
            // A folder definition with nothing left says what no definition says.
            let empty_definition = value
                .as_object()
                .is_some_and(|m| m.len() == 1 && m.contains_key("$kind"));
            (!(empty_definition && value["$kind"] == "collection")).then_some((path, value))
        })
        .collect()
}

fn normalise_file(value: &mut serde_json::Value) {
    use serde_json::Value;
    strip_generator_keys(value);
    let Some(map) = value.as_object_mut() else {
        return;
    };
    map.remove("order");
    map.remove("examples");
    map.remove("name");
    if map.get("$kind").and_then(Value::as_str) == Some("http-request")
        || map.contains_key("url") && !map.contains_key("$kind")
    {
        let method = map
            .get("method")
            .and_then(Value::as_str)
            .unwrap_or("GET")
            .to_ascii_uppercase();
        map.insert("method".into(), Value::String(method));
    }
    if map
        .get("auth")
        .and_then(|a| a.get("type"))
        .and_then(Value::as_str)
        == Some("inherit")
    {
        map.remove("auth");
    }
    if let Some(settings) = map.get_mut("settings").and_then(Value::as_object_mut) {
        if settings
            .get("disabledSystemHeaders")
            .is_some_and(|h| h.as_array().is_some_and(Vec::is_empty))
        {
            settings.remove("disabledSystemHeaders");
        }
        if settings.is_empty() {
            map.remove("settings");
        }
    }
    if let Some(Value::Array(scripts)) = map.get_mut("scripts") {
        for script in scripts.iter_mut().filter_map(Value::as_object_mut) {
            if script.get("language").and_then(Value::as_str) == Some("text/javascript") {
                script.remove("language");
            }
            script.remove("packages");
        }
    }
    for key in ["headers", "queryParams", "pathVariables", "variables"] {
        if let Some(pairs) = map.get_mut(key) {
            pairs_as_map(pairs);
        }
    }
    if let Some(auth) = map.get_mut("auth") {
        normalise_auth(auth);
    }
    // urlencoded content is key/values; formdata parts carry a `type`.
    if let Some(content) = map.get_mut("body").and_then(|b| b.get_mut("content"))
        && content
            .as_array()
            .is_some_and(|parts| parts.iter().all(|e| e.get("type").is_none()))
    {
        pairs_as_map(content);
    }
    for nested in ["request", "response"] {
        if let Some(inner) = map.get_mut(nested) {
            normalise_file(inner);
        }
    }
    if let (Some(url), Some(query)) = (
        map.get("url").and_then(Value::as_str),
        map.get("queryParams"),
    ) && url_query(url) == *query
    {
        map.remove("queryParams");
    }
}

fn strip_generator_keys(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("$type");
            map.values_mut().for_each(strip_generator_keys);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_generator_keys),
        _ => {}
    }
}

/// `[{key, value}]` with unique keys and nothing else → `{key: value}`.
fn pairs_as_map(pairs: &mut serde_json::Value) {
    use serde_json::Value;
    let Some(list) = pairs.as_array() else {
        return;
    };
    let plain = list.iter().all(|entry| {
        entry.as_object().is_some_and(|e| {
            e.keys()
                .all(|k| k == "key" || k == "value" || (k == "disabled" && e[k] == false))
        })
    });
    let mut map = serde_json::Map::new();
    for entry in list {
        let value = match &entry["value"] {
            Value::Null => Value::Null,
            Value::String(s) => Value::String(s.clone()),
            other => Value::String(other.to_string()),
        };
        map.insert(entry["key"].as_str().unwrap_or_default().to_string(), value);
    }
    if plain && map.len() == list.len() {
        *pairs = Value::Object(map);
    }
}

fn normalise_auth(auth: &mut serde_json::Value) {
    if let Some([only]) = auth.as_array().map(Vec::as_slice) {
        *auth = only.clone();
    }
    if let Some(map) = auth.as_object_mut() {
        map.remove("id");
        map.remove("name");
        if let Some(credentials) = map.get_mut("credentials") {
            pairs_as_map(credentials);
        }
    }
}

/// The url's own query as a `{key: value}` map.
fn url_query(url: &str) -> serde_json::Value {
    let query = url
        .split('#')
        .next()
        .unwrap()
        .split_once('?')
        .map(|(_, q)| q)
        .unwrap_or("");
    let map: serde_json::Map<String, serde_json::Value> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (k.to_string(), serde_json::Value::String(v.to_string())),
            None => (pair.to_string(), serde_json::Value::Null),
        })
        .collect();
    serde_json::Value::Object(map)
}

#[test]
fn the_command_converts_both_ways_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("Rules");
    let json = dir.path().join("rules.json");
    let back = postrun(&[
        "convert",
        fixture("v3/rules").to_str().unwrap(),
        json.to_str().unwrap(),
    ]);
    assert_eq!(back.code, 0, "{back:?}");
    assert!(
        back.stderr
            .contains("warning: not converted: `order` numbers (v2.1 keeps the order itself)"),
        "{}",
        back.stderr
    );
    let outcome = postrun(&["convert", json.to_str().unwrap(), tree.to_str().unwrap()]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(tree.join(".resources/definition.yaml").is_file());
    assert!(
        tree.join("Auth- Rules/.resources/definition.yaml")
            .is_file()
    );
    // A v2.1 collection with typed variables and a saved response time says
    // what v3 cannot hold.
    let matrix = corpus()
        .unwrap()
        .join("v3/migrated/feature-matrix/matrix.postman_collection.json");
    let lossy = postrun(&[
        "convert",
        matrix.to_str().unwrap(),
        dir.path().join("matrix").to_str().unwrap(),
    ]);
    assert_eq!(lossy.code, 0, "{lossy:?}");
    assert!(
        lossy
            .stderr
            .contains("warning: not converted: typed collection variables become strings (v3 variables are text)"),
        "{}",
        lossy.stderr
    );
    let again = postrun(&["convert", json.to_str().unwrap(), tree.to_str().unwrap()]);
    assert_eq!(again.code, 2);
    assert!(
        again.stderr.contains("exists and is not empty"),
        "{}",
        again.stderr
    );
}

/// The code of every disabled v2.1 script in a collection file.
fn disabled_scripts(json: &Path) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if map.get("disabled") == Some(&serde_json::Value::Bool(true))
                    && let Some(exec) = map.get("script").and_then(|s| s.get("exec"))
                {
                    let lines: Vec<&str> = exec
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|l| l.as_str())
                        .collect();
                    out.push(lines.join("\n"));
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        &serde_json::from_str(&std::fs::read_to_string(json).unwrap()).unwrap(),
        &mut out,
    );
    out
}

/// Where postrun chooses differently from migrate (each in PARITY.md):
/// disabled v2.1 scripts stay off (migrate turns them on), v2.1
/// `protocolProfileBehavior` is kept in `settings` (migrate drops
/// `disableBodyPruning` and collection-level settings), a missing reason
/// phrase becomes the code's (migrate writes `OK`), and descriptions are
/// written as literal blocks that keep the text (migrate's folded blocks
/// gain blank lines).
fn our_choices(tree: Tree, disabled_scripts: &[String]) -> Tree {
    use serde_json::Value;
    tree.into_iter()
        .map(|(key, mut value)| {
            let map = value.as_object_mut().unwrap();
            if let Some(Value::Array(scripts)) = map.get_mut("scripts") {
                scripts.retain(|s| !disabled_scripts.iter().any(|d| s["code"] == d.as_str()));
                if scripts.is_empty() {
                    map.remove("scripts");
                }
            }
            if key == "(collection)" {
                map.remove("settings");
            }
            if let Some(settings) = map.get_mut("settings").and_then(Value::as_object_mut) {
                settings.remove("disableBodyPruning");
                if settings.is_empty() {
                    map.remove("settings");
                }
            }
            if let Some(Value::String(text)) = map.get_mut("description") {
                *text = text
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            if let Some(response) = map.get_mut("response").and_then(Value::as_object_mut) {
                let code = response
                    .get("statusCode")
                    .and_then(Value::as_u64)
                    .unwrap_or(200) as u16;
                let reason = reqwest::StatusCode::from_u16(code)
                    .ok()
                    .and_then(|c| c.canonical_reason());
                let text = response.get("statusText").and_then(Value::as_str);
                if text == Some("OK") || text == reason {
                    response.remove("statusText");
                }
            }
            (key, value)
        })
        .collect()
}

/// `postrun convert` writes what `postman collection migrate` wrote for the
/// same inputs (the corpus keeps both), up to the equivalences and losses
/// [`normalise_tree`] names and the choices [`our_choices`] lists.
#[test]
fn v2_1_to_v3_writes_what_postman_migrate_wrote() {
    let corpus = corpus().unwrap();
    let pairs = [
        (
            corpus.join("postman-api/postman-api.postman_collection.json"),
            corpus.join("v3/migrated/postman-api/Postman API"),
        ),
        (
            corpus.join("v3/migrated/feature-matrix/matrix.postman_collection.json"),
            corpus.join("v3/migrated/feature-matrix/matrix"),
        ),
        (
            corpus.join("v3/migrated/feature-matrix/m2.postman_collection.json"),
            corpus.join("v3/migrated/feature-matrix/m2"),
        ),
    ];
    let mut report = Vec::new();
    for (json, migrated) in &pairs {
        let dir = tempfile::tempdir().unwrap();
        let ours = dir.path().join("tree");
        load::v3::write_tree(&load::load_collection(json).unwrap(), &ours).unwrap();
        let disabled = disabled_scripts(json);
        let theirs = our_choices(normalise_tree(read_tree(migrated)), &disabled);
        let ours = our_choices(normalise_tree(read_tree(&ours)), &disabled);
        compare_trees(migrated, &theirs, &ours, &mut report);
    }
    assert!(
        report.is_empty(),
        "{} differences:\n{}",
        report.len(),
        report.join("\n")
    );
}

/// A real collection converted to v3 and back sends what the original
/// sends (so does the fixture of a GET body Newman drops): the dry run of each (method, URL and headers of every request,
/// a pruned GET body's Content-Type among them) is the same.
#[test]
fn wild_collections_dry_run_alike_after_a_round_trip() {
    let wild = corpus().expect("../shared/corpus").join("wild");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&wild)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter(|path| load::load_collection(path).is_ok())
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{} wild collections", files.len());
    // And the fixture whose GET has a body Newman drops.
    files.push(fixture("parity/body-get-pruned.postman_collection.json"));
    // AWS signatures change with the second they are made in.
    let clock = regex::Regex::new(r"\d{8}T\d{6}Z|Signature=[0-9a-f]{64}|/\d{8}/").unwrap();
    let mut differing = Vec::new();
    for file in &files {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        let back = dir.path().join("back.json");
        for (from, to) in [(file.as_path(), tree.as_path()), (&tree, &back)] {
            let converted = postrun(&["convert", from.to_str().unwrap(), to.to_str().unwrap()]);
            assert_eq!(converted.code, 0, "{}: {converted:?}", file.display());
        }
        let dry_run = |collection: &Path| {
            let args = [
                "run",
                collection.to_str().unwrap(),
                "--dry-run",
                "--verbose",
                "--seed",
                "7",
            ];
            clock
                .replace_all(&postrun(&args).stdout, "[TIME]")
                .into_owned()
        };
        let (before, after) = (dry_run(file), dry_run(&back));
        assert!(
            !before.is_empty(),
            "{}: the dry run printed nothing",
            file.display()
        );
        if before != after {
            let first = before
                .lines()
                .zip(after.lines())
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("\n  before: {a}\n  after:  {b}"))
                .unwrap_or_else(|| " (one output is longer)".into());
            differing.push(format!("{}{first}", file.display()));
        }
    }
    assert!(
        differing.is_empty(),
        "dry runs differ after v2.1 → v3 → v2.1:\n{}",
        differing.join("\n")
    );
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}

/// Every YAML file postrun writes (`convert` of every wild collection and of
/// a fixture full of strings that look like booleans, numbers, dates and
/// tags; `lint --write-shareable` of an environment holding the same) reads
/// in PyYAML (YAML 1.1) and ruamel.yaml (1.2) as the values postrun reads.
#[test]
fn written_yaml_reads_alike_in_pyyaml_and_ruamel() {
    let dir = tempfile::tempdir().unwrap();
    let wild = corpus().expect("../shared/corpus").join("wild");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&wild)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .filter(|path| load::load_collection(path).is_ok())
        .collect();
    sources.sort();
    sources.push(fixture("v3/yaml-typed-strings.postman_collection.json"));
    for (i, source) in sources.iter().enumerate() {
        let tree = dir.path().join(format!("tree{i}"));
        let converted = postrun(&["convert", source.to_str().unwrap(), tree.to_str().unwrap()]);
        assert_eq!(converted.code, 0, "{}: {converted:?}", source.display());
    }
    let shareable = dir.path().join("shareable.yaml");
    let env = fixture("v3/yaml-typed-strings.postman_environment.json");
    let linted = postrun(&[
        "lint",
        env.to_str().unwrap(),
        "--write-shareable",
        shareable.to_str().unwrap(),
    ]);
    assert!(shareable.exists(), "{linted:?}");

    let mut files = Vec::new();
    yaml_files(dir.path(), &mut files);
    files.sort();
    assert!(files.len() > 100, "{} YAML files", files.len());
    let readers = std::process::Command::new(crate::support::python())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/yaml-readers.py"))
        .args(&files)
        .output()
        .unwrap();
    assert!(
        readers.status.success(),
        "{}",
        String::from_utf8_lossy(&readers.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&readers.stdout).unwrap();

    let mut differing = Vec::new();
    for file in &files {
        let ours = read_yaml(file);
        let theirs = &read[file.to_str().unwrap()];
        for reader in ["pyyaml", "ruamel"] {
            let answer = &theirs[reader];
            if answer["value"] != ours {
                let why = answer["error"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| {
                        first_json_difference(&ours, &answer["value"]).unwrap_or_default()
                    });
                differing.push(format!("{reader} on {}: {why}", file.display()));
            }
        }
    }
    assert!(differing.is_empty(), "{}", differing.join("\n"));
}

/// Where two JSON values first part: the path and both values.
fn first_json_difference(a: &serde_json::Value, b: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .find_map(|(k, v)| {
                first_json_difference(v, y.get(k).unwrap_or(&Value::Null))
                    .map(|d| format!("{k}.{d}"))
            })
            .or_else(|| (x.len() != y.len()).then(|| "keys differ".to_string())),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_json_difference(v, w).map(|d| format!("{i}.{d}")))
            .or_else(|| (x.len() != y.len()).then(|| "lengths differ".to_string())),
        (x, y) if x != y => Some(format!(": postrun {x}, reader {y}")),
        _ => None,
    }
}

/// A file given inline as base64 (a form field's `value`, a file body's
/// `content`, with no `src`) is read as such, kept in a v2.1 export, and
/// named among what a v3 conversion cannot hold.
#[test]
fn inline_base64_files_are_kept_and_named_when_v3_cannot_hold_them() {
    use load::{Body, FormValue};
    let path = fixture("parity/body-inline-files.postman_collection.json");
    let collection =
        load::parse_collection(&std::fs::read_to_string(&path).unwrap(), &path).unwrap();
    let bodies: Vec<&Body> = collection
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Request(request) => request.request.body.as_ref(),
            Item::Folder(_) => None,
        })
        .collect();
    let Body::FormData(parts) = bodies[0] else {
        panic!("{:?}", bodies[0])
    };
    assert_eq!(parts[0].value, FormValue::Base64("aGVsbG8gd29ybGQ=".into()));
    // An empty value with no file is a field with no file chosen.
    assert_eq!(parts[4].value, FormValue::Files(Vec::new()));
    assert_eq!(
        bodies[1],
        &Body::File {
            src: None,
            content: Some("aGVsbG8gZmlsZQ==".into())
        }
    );
    let written = load::collection_json(&collection);
    assert_eq!(
        written["item"][0]["request"]["body"]["formdata"][0]["value"],
        "aGVsbG8gd29ybGQ="
    );
    assert_eq!(
        written["item"][1]["request"]["body"]["file"],
        serde_json::json!({ "content": "aGVsbG8gZmlsZQ==" })
    );

    let dir = tempfile::tempdir().unwrap();
    let outcome = postrun(&[
        "convert",
        path.to_str().unwrap(),
        dir.path().join("inline").to_str().unwrap(),
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    for lost in [
        "form with inline files: form field `doc` has its file inline as base64, which v3 cannot hold; written with no file",
        "file body inline: the file body is inline base64, which v3 cannot hold; written with no file",
    ] {
        assert!(outcome.stderr.contains(lost), "{}", outcome.stderr);
    }
}
