//! The routes a collection's saved examples define, and matching.

use crate::load::{Collection, Example, Item, KeyValue, Request};

/// One saved example, ready to answer.
#[derive(Debug, Clone)]
pub struct Route {
    /// Upper-case method.
    pub method: String,
    /// Path segments; `None` matches any segment (`{{var}}`, `:var`).
    pub segments: Vec<Option<String>>,
    /// The same for the request the example belongs to: saved examples often
    /// hold concrete ids where the request has `{{variables}}`.
    pub request_segments: Vec<Option<String>>,
    /// Query parameters the example's request had.
    pub query: Vec<(String, String)>,
    /// Example name.
    pub name: String,
    /// Status code.
    pub code: u16,
    /// Headers as saved.
    pub headers: Vec<(String, String)>,
    /// Body as saved.
    pub body: String,
    /// The host the example's URL used (`api.getpostman.com`, `{{baseUrl}}`).
    pub host: String,
    /// The example's URL as written.
    pub url: String,
    /// The response time saved with the example, in milliseconds.
    pub response_time: Option<u64>,
}

/// Every route of a collection, in collection order.
#[derive(Debug, Clone, Default)]
pub struct Routes {
    routes: Vec<Route>,
}

/// `(host, path)` of a URL written in a collection, variables kept.
pub fn host_and_path(url: &str) -> (String, String) {
    let rest = url.split(['?', '#']).next().unwrap_or_default();
    let rest = rest.split_once("://").map_or(rest, |(_, after)| after);
    match rest.find('/') {
        Some(at) => (rest[..at].to_string(), rest[at..].to_string()),
        None => (rest.to_string(), "/".to_string()),
    }
}

/// A path as a pattern: `None` for a segment that matches anything
/// (`:id`, `{{id}}`).
pub fn path_pattern(path: &str) -> Vec<Option<String>> {
    segments(path)
}

fn segments(path: &str) -> Vec<Option<String>> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| (!(s.starts_with(':') || s.contains("{{"))).then(|| s.to_string()))
        .collect()
}

fn route(item_request: &Request, example: &Example) -> Route {
    let request = example.original_request.as_ref().unwrap_or(item_request);
    let url = request.url.unresolved();
    let (host, path) = host_and_path(&url);
    let (_, own_path) = host_and_path(&item_request.url.unresolved());
    let enabled = |q: &&KeyValue| q.enabled;
    Route {
        method: request.method.to_ascii_uppercase(),
        segments: segments(&path),
        request_segments: segments(&own_path),
        query: request
            .url
            .query
            .iter()
            .filter(enabled)
            .map(|q| (q.key.clone(), q.value.clone()))
            .collect(),
        name: example.name.clone(),
        code: example.code.unwrap_or(200),
        headers: example
            .headers
            .iter()
            .filter(|h| h.enabled)
            .map(|h| (h.key.clone(), h.value.clone()))
            .collect(),
        body: example.body.clone().unwrap_or_default(),
        host,
        url,
        response_time: example.saved_response_time(),
    }
}

fn collect(items: &[Item], out: &mut Vec<Route>) {
    for item in items {
        match item {
            Item::Folder(folder) => collect(&folder.items, out),
            Item::Request(request) => {
                out.extend(request.examples.iter().map(|e| route(&request.request, e)))
            }
        }
    }
}

impl Routes {
    /// The routes of every saved example.
    pub fn from_collection(collection: &Collection) -> Routes {
        let mut routes = Vec::new();
        collect(&collection.items, &mut routes);
        Routes { routes }
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    /// The URL of each example as written (variables kept).
    pub fn urls(&self) -> Vec<String> {
        let mut urls: Vec<String> = self.routes.iter().map(|r| r.url.clone()).collect();
        urls.sort();
        urls.dedup();
        urls
    }

    /// The hosts the examples' URLs use.
    pub fn hosts(&self) -> Vec<String> {
        let mut hosts: Vec<String> = self.routes.iter().map(|r| r.host.clone()).collect();
        hosts.sort();
        hosts.dedup();
        hosts
    }

    /// How many literal segments match, if the path matches at all. A
    /// segment the client left unresolved (`{{id}}`) matches anything.
    fn pattern_matches(pattern: &[Option<String>], path: &[&str]) -> Option<usize> {
        if pattern.len() != path.len() {
            return None;
        }
        let mut literal = 0;
        for (want, got) in pattern.iter().zip(path) {
            let unresolved = got.contains("{{") || got.contains("%7B%7B");
            match want {
                Some(want) if want == got => literal += 1,
                Some(_) if unresolved => {}
                Some(_) => return None,
                None => {}
            }
        }
        Some(literal)
    }

    fn path_matches(route: &Route, path: &[&str]) -> Option<usize> {
        let saved = Self::pattern_matches(&route.segments, path);
        let own = Self::pattern_matches(&route.request_segments, path);
        saved.max(own)
    }

    /// The best example for a request, if any matches its method and path.
    pub fn best(
        &self,
        method: &str,
        path: &str,
        query: &[(String, String)],
        name: Option<&str>,
        code: Option<u16>,
    ) -> Option<&Route> {
        let path: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        self.routes
            .iter()
            .enumerate()
            .filter(|(_, r)| r.method == method)
            .filter_map(|(index, r)| Some((index, r, Self::path_matches(r, &path)?)))
            .max_by_key(|(index, route, literal)| {
                let named = name.is_some_and(|n| n == route.name);
                let coded = code.is_some_and(|c| c == route.code);
                let query_hits = route.query.iter().filter(|q| query.contains(q)).count();
                // Earlier examples win ties: the first example is the default.
                (
                    named,
                    coded,
                    *literal,
                    query_hits,
                    std::cmp::Reverse(*index),
                )
            })
            .map(|(_, route, _)| route)
    }

    /// The `n` routes closest to a request, for the 404's hint.
    pub fn closest(&self, method: &str, path: &str, n: usize) -> Vec<String> {
        let wanted = format!("{method} {path}");
        let lines = self.routes.iter().map(|r| {
            let shown = r
                .segments
                .iter()
                .map(|s| s.as_deref().unwrap_or(":var"))
                .collect::<Vec<_>>()
                .join("/");
            format!("{} /{shown}", r.method)
        });
        crate::suggest::nearest(&wanted, lines, n)
    }
}
