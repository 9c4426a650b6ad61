//! The run's cookie jar: what responses set and requests send, what
//! `pm.cookies.jar()` reads and changes, and the tough-cookie JSON files
//! Newman reads (`--cookie-jar`) and writes (`--export-cookie-jar`).

use std::sync::{Mutex, MutexGuard};

use cookie_store::{CookieDomain, CookieExpiration, CookieStore};
use serde_json::{Value, json};

/// One jar per run, shared by the client (reqwest asks it for every
/// request and response) and the sandbox.
#[derive(Debug, Default)]
pub struct CookieJar(Mutex<Inner>);

/// The store, and when each cookie was first set: tough-cookie (Newman)
/// orders a request's cookies by path length, then by creation, and
/// scripts and servers see that order.
#[derive(Debug, Default)]
struct Inner {
    store: CookieStore,
    created: std::collections::HashMap<(String, String, String), u64>,
    next: u64,
}

impl Inner {
    fn insert(
        &mut self,
        cookie: cookie_store::Cookie<'static>,
        url: &url::Url,
    ) -> Result<(), String> {
        let key = key_of(&JarCookie::of(&cookie));
        let expired = cookie.is_expired();
        self.store.insert(cookie, url).map_err(|e| e.to_string())?;
        if expired {
            // An expired cookie deletes the one it names.
            self.created.remove(&key);
        } else if !self.created.contains_key(&key) {
            self.created.insert(key, self.next);
            self.next += 1;
        }
        Ok(())
    }

    fn remove(&mut self, cookie: &JarCookie) {
        self.store
            .remove(&cookie.domain, &cookie.path, &cookie.name);
        self.created.remove(&key_of(cookie));
    }

    /// The cookies a request to `url` sends, in tough-cookie's order.
    fn matching(&self, url: &url::Url) -> Vec<JarCookie> {
        let mut cookies: Vec<JarCookie> = self
            .store
            .matches(url)
            .into_iter()
            .map(JarCookie::of)
            .collect();
        cookies.sort_by_key(|c| {
            let created = self.created.get(&key_of(c)).copied().unwrap_or(u64::MAX);
            (std::cmp::Reverse(c.path.len()), created)
        });
        cookies
    }
}

fn key_of(cookie: &JarCookie) -> (String, String, String) {
    (
        cookie.domain.clone(),
        cookie.path.clone(),
        cookie.name.clone(),
    )
}

/// A cookie as scripts see it (postman-collection's `Cookie`).
#[derive(Debug, Clone, PartialEq)]
pub struct JarCookie {
    /// Name.
    pub name: String,
    /// Value.
    pub value: String,
    /// Domain, without a leading dot.
    pub domain: String,
    /// Path.
    pub path: String,
    /// Expiry as an RFC 3339 time; `None` for a session cookie.
    pub expires: Option<String>,
    /// `Secure`.
    pub secure: bool,
    /// `HttpOnly`.
    pub http_only: bool,
    /// Set without a `Domain` attribute: sent to that host only.
    pub host_only: bool,
    /// `Max-Age` in seconds, as set.
    pub max_age: Option<i64>,
}

impl JarCookie {
    /// The cookie a `Set-Cookie` text in a response to `url` sets, with the
    /// jar's defaults (domain and path from the URL); `None` for one the
    /// jar would refuse.
    pub fn from_set_cookie(set_cookie: &str, url: &str) -> Option<JarCookie> {
        let url = parse_url(url).ok()?;
        let cookie = cookie_store::Cookie::parse(set_cookie, &url).ok()?;
        Some(JarCookie::of(&cookie))
    }

    /// postman-collection's JSON of a cookie, in its key order.
    pub fn to_json(&self) -> Value {
        json!({
            "name": self.name,
            "expires": self.expires,
            "maxAge": self.max_age.unwrap_or(0),
            "domain": self.domain,
            "path": self.path,
            "secure": self.secure,
            "httpOnly": self.http_only,
            "hostOnly": self.host_only,
            "value": self.value,
        })
    }

    fn of(cookie: &cookie_store::Cookie<'_>) -> JarCookie {
        let expires = match &cookie.expires {
            CookieExpiration::AtUtc(at) => {
                let millis = i64::try_from(at.unix_timestamp_nanos() / 1_000_000).ok();
                millis
                    .and_then(chrono::DateTime::from_timestamp_millis)
                    .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
            }
            CookieExpiration::SessionEnd => None,
        };
        JarCookie {
            name: cookie.name().to_string(),
            value: cookie.value().to_string(),
            domain: cookie
                .domain
                .as_cow()
                .map(|d| d.into_owned())
                .unwrap_or_default(),
            path: String::from(cookie.path.clone()),
            expires,
            secure: cookie.secure().unwrap_or(false),
            http_only: cookie.http_only().unwrap_or(false),
            host_only: matches!(cookie.domain, CookieDomain::HostOnly(_)),
            max_age: cookie.max_age().map(|age| age.whole_seconds()),
        }
    }

    /// The `Set-Cookie` text that makes this cookie.
    fn set_cookie_text(&self) -> String {
        let mut text = format!("{}={}; Path={}", self.name, self.value, self.path);
        if !self.host_only && !self.domain.is_empty() {
            text.push_str(&format!("; Domain={}", self.domain));
        }
        if let Some(expires) = self
            .expires
            .as_deref()
            .and_then(|e| chrono::DateTime::parse_from_rfc3339(e).ok())
        {
            text.push_str(&format!(
                "; Expires={}",
                expires.format("%a, %d %b %Y %H:%M:%S GMT")
            ));
        }
        if self.secure {
            text.push_str("; Secure");
        }
        if self.http_only {
            text.push_str("; HttpOnly");
        }
        text
    }
}

fn parse_url(url: &str) -> Result<url::Url, String> {
    url::Url::parse(url).map_err(|e| format!("`{url}` is not a valid URL ({e})"))
}

impl CookieJar {
    fn store(&self) -> MutexGuard<'_, Inner> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes `other`'s cookies in place of its own: every holder of this
    /// jar (the HTTP clients, `pm.cookies.jar()`) sees the change.
    pub fn replace_with(&self, other: CookieJar) {
        *self.store() = other.0.into_inner().unwrap_or_else(|p| p.into_inner());
    }

    /// Every unexpired cookie a request to `url` would send.
    pub fn get_all(&self, url: &str) -> Result<Vec<JarCookie>, String> {
        let url = parse_url(url)?;
        Ok(self.store().matching(&url))
    }

    /// Stores a cookie given as `Set-Cookie` text, as if `url` had set it.
    pub fn set(&self, url: &str, set_cookie: &str) -> Result<JarCookie, String> {
        let url = parse_url(url)?;
        let cookie = cookie_store::Cookie::parse(set_cookie, &url)
            .map_err(|e| format!("invalid cookie `{set_cookie}` for {url}: {e}"))?
            .into_owned();
        let made = JarCookie::of(&cookie);
        self.store()
            .insert(cookie, &url)
            .map_err(|e| format!("the cookie cannot be set for {url}: {e}"))?;
        Ok(made)
    }

    /// Removes the cookie `name` that a request to `url` would send.
    pub fn unset(&self, url: &str, name: &str) -> Result<(), String> {
        let targets: Vec<JarCookie> = self
            .get_all(url)?
            .into_iter()
            .filter(|c| c.name == name)
            .take(1)
            .collect();
        let mut store = self.store();
        for cookie in &targets {
            store.remove(cookie);
        }
        Ok(())
    }

    /// Removes every cookie a request to `url` would send.
    pub fn clear(&self, url: &str) -> Result<(), String> {
        let targets = self.get_all(url)?;
        let mut store = self.store();
        for cookie in &targets {
            store.remove(cookie);
        }
        Ok(())
    }

    /// A jar from tough-cookie's JSON (Newman's `--cookie-jar`): an object
    /// with `cookies: [{key, value, domain, path, expires, hostOnly, …}]`.
    pub fn from_tough_json(text: &str) -> Result<CookieJar, String> {
        let json: Value = serde_json::from_str(text).map_err(|e| format!("not JSON ({e})"))?;
        let cookies = json["cookies"]
            .as_array()
            .ok_or("not a tough-cookie jar (no `cookies` list)")?;
        let jar = CookieJar::default();
        for (index, cookie) in cookies.iter().enumerate() {
            let text = |key: &str| cookie[key].as_str().unwrap_or_default().to_string();
            let domain = text("domain").trim_start_matches('.').to_string();
            let entry = JarCookie {
                name: text("key"),
                value: text("value"),
                path: Some(text("path"))
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| "/".into()),
                expires: cookie["expires"]
                    .as_str()
                    .filter(|e| *e != "Infinity")
                    .map(String::from),
                secure: cookie["secure"].as_bool().unwrap_or(false),
                http_only: cookie["httpOnly"].as_bool().unwrap_or(false),
                host_only: cookie["hostOnly"].as_bool().unwrap_or(false),
                max_age: cookie["maxAge"].as_i64(),
                domain,
            };
            let scheme = if entry.secure { "https" } else { "http" };
            let url = format!("{scheme}://{}{}", entry.domain, entry.path);
            jar.set(&url, &entry.set_cookie_text())
                .map_err(|e| format!("cookies[{index}]: {e}"))?;
        }
        Ok(jar)
    }

    /// The jar as tough-cookie's JSON, as Newman's `--export-cookie-jar`
    /// writes it.
    pub fn to_tough_json(&self) -> Value {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        let inner = self.store();
        let mut all: Vec<JarCookie> = inner.store.iter_unexpired().map(JarCookie::of).collect();
        // In the order they were set, as tough-cookie writes them.
        all.sort_by_key(|c| inner.created.get(&key_of(c)).copied().unwrap_or(u64::MAX));
        drop(inner);
        let cookies: Vec<Value> = all
            .into_iter()
            .map(|c| {
                let mut entry = json!({ "key": c.name, "value": c.value });
                if let Some(expires) = &c.expires {
                    entry["expires"] = json!(expires);
                }
                entry["domain"] = json!(c.domain);
                entry["path"] = json!(c.path);
                if c.secure {
                    entry["secure"] = json!(true);
                }
                if c.http_only {
                    entry["httpOnly"] = json!(true);
                }
                entry["hostOnly"] = json!(c.host_only);
                entry["creation"] = json!(now);
                entry["lastAccessed"] = json!(now);
                entry
            })
            .collect();
        json!({
            "version": "tough-cookie@4.1.3-postman.1",
            "storeType": "MemoryCookieStore",
            "rejectPublicSuffixes": false,
            "enableLooseMode": true,
            "allowSpecialUseDomain": true,
            "prefixSecurity": "silent",
            "cookies": cookies,
        })
    }
}

impl reqwest::cookie::CookieStore for CookieJar {
    fn set_cookies(
        &self,
        headers: &mut dyn Iterator<Item = &reqwest::header::HeaderValue>,
        url: &url::Url,
    ) {
        let mut store = self.store();
        for header in headers {
            // A cookie the store refuses (a bad domain) is dropped, as browsers do.
            let cookie = header
                .to_str()
                .ok()
                .and_then(|text| cookie_store::Cookie::parse(text, url).ok());
            if let Some(cookie) = cookie {
                store.insert(cookie.into_owned(), url).ok();
            }
        }
    }

    fn cookies(&self, url: &url::Url) -> Option<reqwest::header::HeaderValue> {
        let header: Vec<String> = self
            .store()
            .matching(url)
            .iter()
            .map(|c| format!("{}={}", c.name, c.value))
            .collect();
        if header.is_empty() {
            return None;
        }
        reqwest::header::HeaderValue::from_str(&header.join("; ")).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(name, value)` of the cookies a request to `url` sends.
    fn pairs(jar: &CookieJar, url: &str) -> Vec<(String, String)> {
        let cookies = jar.get_all(url).unwrap();
        cookies.into_iter().map(|c| (c.name, c.value)).collect()
    }

    #[test]
    fn a_tough_cookie_jar_round_trips() {
        let text = r#"{"cookies": [
            {"key": "sid", "value": "abc", "domain": "api.test", "path": "/", "hostOnly": true},
            {"key": "pref", "value": "dark", "domain": ".test", "path": "/app", "expires": "2099-01-01T00:00:00.000Z", "httpOnly": true}
        ]}"#;
        let jar = CookieJar::from_tough_json(text).unwrap();
        assert_eq!(
            pairs(&jar, "http://api.test/x"),
            [("sid".to_string(), "abc".to_string())]
        );
        let mut app = pairs(&jar, "http://www.test/app/page");
        app.sort();
        assert_eq!(app, [("pref".to_string(), "dark".to_string())]);
        let out = jar.to_tough_json();
        let again = CookieJar::from_tough_json(&out.to_string()).unwrap();
        assert_eq!(
            again.get_all("http://www.test/app/").unwrap(),
            jar.get_all("http://www.test/app/").unwrap()
        );
        assert_eq!(out["cookies"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn unset_and_clear_remove_what_a_url_would_send() {
        let jar = CookieJar::default();
        jar.set("http://h.test/", "a=1").unwrap();
        jar.set("http://h.test/", "b=2").unwrap();
        jar.set("http://other.test/", "c=3").unwrap();
        jar.unset("http://h.test/", "a").unwrap();
        assert_eq!(
            pairs(&jar, "http://h.test/"),
            [("b".to_string(), "2".to_string())]
        );
        jar.clear("http://h.test/").unwrap();
        assert!(pairs(&jar, "http://h.test/").is_empty());
        assert_eq!(pairs(&jar, "http://other.test/").len(), 1);
    }
}
