//! OAuth 2.0: a saved token is sent as Newman sends it; without one, for
//! the `client_credentials` and `password` grants, postrun fetches a token
//! from `accessTokenUrl` once per run (again when it expires). Newman never
//! fetches: its users paste a token or script a login request.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::{Deferred, DeferredStep, Params, PreparedRequest, simple};

/// Starts oauth2 for a request: sign with the saved token, or defer a fetch.
pub fn sign_or_defer(
    prepared: &mut PreparedRequest,
    params: Params,
    owner: usize,
    warnings: &mut Vec<String>,
) {
    if let Some(token) = params.non_empty("accessToken") {
        let token = token.to_string();
        simple::oauth2_token(prepared, &params, &token);
        return;
    }
    match grant(&params) {
        Some(Grant::ClientCredentials | Grant::Password) if !params.get("accessTokenUrl").is_empty() => {
            prepared.deferred = Some(Deferred {
                owner,
                step: DeferredStep::FetchToken(params),
            });
        }
        Some(Grant::Interactive(name)) => warnings.push(format!(
            "oauth2 auth has no access token, and grant type `{name}` needs a browser; \
             get a token once and pass it in, e.g. --env-var token=… with `{{{{token}}}}` as the auth's access token"
        )),
        _ => {}
    }
}

/// The grant types Postman saves.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Grant<'a> {
    ClientCredentials,
    Password,
    Interactive(&'a str),
}

fn grant(params: &Params) -> Option<Grant<'_>> {
    Some(match params.get("grant_type") {
        "client_credentials" => Grant::ClientCredentials,
        "password_credentials" | "password" => Grant::Password,
        "" => return None,
        other => Grant::Interactive(other),
    })
}

/// A fetched token.
#[derive(Debug, Clone)]
struct Cached {
    token: String,
    expires: Option<Instant>,
}

/// Tokens fetched during the run, by the request that fetched them.
#[derive(Debug, Default)]
pub struct TokenCache(std::sync::Mutex<HashMap<String, Cached>>);

impl TokenCache {
    fn get(&self, key: &str) -> Option<String> {
        let map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let cached = map.get(key)?;
        let fresh = cached.expires.is_none_or(|at| Instant::now() < at);
        fresh.then(|| cached.token.clone())
    }

    fn put(&self, key: String, cached: Cached) {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key, cached);
    }
}

/// What identifies a token: the same server, client, user and scope.
fn cache_key(params: &Params) -> String {
    [
        "accessTokenUrl",
        "clientId",
        "grant_type",
        "username",
        "scope",
        "audience",
        "resource",
    ]
    .iter()
    .map(|k| params.get(k))
    .collect::<Vec<_>>()
    .join("\u{1f}")
}

/// The token request: its URL, headers and form body.
pub struct TokenRequest {
    /// `accessTokenUrl`.
    pub url: String,
    /// Headers (client authentication, extras).
    pub headers: Vec<(String, String)>,
    /// `application/x-www-form-urlencoded` fields.
    pub form: Vec<(String, String)>,
}

/// Builds the token request of RFC 6749 sections 4.3 and 4.4.
pub fn token_request(params: &Params) -> TokenRequest {
    let mut form = Vec::new();
    let mut headers = vec![("Accept".to_string(), "application/json".to_string())];
    let mut url = params.get("accessTokenUrl").to_string();
    let grant_type = match grant(params) {
        Some(Grant::Password) => {
            form.push(("username".into(), params.get("username").into()));
            form.push(("password".into(), params.get("password").into()));
            "password"
        }
        _ => "client_credentials",
    };
    form.insert(0, ("grant_type".into(), grant_type.into()));
    for name in ["scope", "audience", "resource"] {
        if let Some(value) = params.non_empty(name) {
            form.push((name.into(), value.into()));
        }
    }
    let (id, secret) = (params.get("clientId"), params.get("clientSecret"));
    if params.get("client_authentication") == "body" {
        form.push(("client_id".into(), id.into()));
        form.push(("client_secret".into(), secret.into()));
    } else {
        let basic = super::signing::base64(format!("{id}:{secret}").as_bytes());
        headers.push(("Authorization".into(), format!("Basic {basic}")));
    }
    for (key, value, send_as) in extra_params(params.get("tokenRequestParams")) {
        match send_as.as_str() {
            "request_header" => headers.push((key, value)),
            "request_url" => {
                let separator = if url.contains('?') { '&' } else { '?' };
                url.push_str(&format!(
                    "{separator}{}={}",
                    form_encode(&key),
                    form_encode(&value)
                ));
            }
            _ => form.push((key, value)),
        }
    }
    TokenRequest { url, headers, form }
}

/// Postman's `tokenRequestParams`: `[{key, value, send_as, enabled}]`.
fn extra_params(text: &str) -> Vec<(String, String, String)> {
    let Ok(serde_json::Value::Array(list)) = serde_json::from_str(text) else {
        return Vec::new();
    };
    list.iter()
        .filter(|p| p["enabled"].as_bool() != Some(false))
        .filter_map(|p| {
            let key = p["key"].as_str().filter(|k| !k.is_empty())?;
            let value = crate::load::value_text(&p["value"]);
            let send_as = p["send_as"].as_str().unwrap_or("request_body");
            Some((key.to_string(), value, send_as.to_string()))
        })
        .collect()
}

fn form_encode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// The form body of a token request.
pub fn form_body(form: &[(String, String)]) -> String {
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    serializer.extend_pairs(form);
    serializer.finish()
}

/// Reads `access_token` (and `expires_in`) from a token response: JSON, or
/// a form-encoded body as some servers send.
fn parse_token(body: &[u8]) -> Option<(String, Option<Duration>)> {
    let text = String::from_utf8_lossy(body);
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) {
        let token = json["access_token"].as_str()?.to_string();
        let expires = json["expires_in"]
            .as_u64()
            .or_else(|| json["expires_in"].as_str()?.parse().ok())
            .map(Duration::from_secs);
        return Some((token, expires));
    }
    let pairs: HashMap<String, String> = url::form_urlencoded::parse(text.as_bytes())
        .into_owned()
        .collect();
    let expires = pairs
        .get("expires_in")
        .and_then(|e| e.parse().ok())
        .map(Duration::from_secs);
    Some((pairs.get("access_token")?.clone(), expires))
}

/// Finishes an oauth2 auth that had no saved token: a cached token, or a
/// token fetched with `send` (the client's own request path).
pub async fn fetch_and_sign<F, Fut>(
    prepared: &mut PreparedRequest,
    params: &Params,
    cache: &TokenCache,
    send: F,
) -> Result<(), String>
where
    F: FnOnce(TokenRequest) -> Fut,
    Fut: std::future::Future<Output = Result<crate::http::Response, String>>,
{
    let key = cache_key(params);
    let token = match cache.get(&key) {
        Some(token) => token,
        None => {
            let url = params.get("accessTokenUrl").to_string();
            let response = send(token_request(params))
                .await
                .map_err(|e| format!("the token request to {url} failed: {e}"))?;
            if !(200..300).contains(&response.code) {
                return Err(format!(
                    "the token request to {url} was answered {} {}",
                    response.code, response.reason
                ));
            }
            let (token, lifetime) = parse_token(&response.body)
                .ok_or_else(|| format!("the answer of {url} has no access_token"))?;
            // A minute's margin: a token about to expire is fetched again.
            let expires =
                lifetime.map(|l| Instant::now() + l.saturating_sub(Duration::from_secs(60)));
            cache.put(
                key,
                Cached {
                    token: token.clone(),
                    expires,
                },
            );
            token
        }
    };
    simple::oauth2_token(prepared, params, &token);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_token_is_used_until_it_expires() {
        let cache = TokenCache::default();
        let cached = |token: &str, expires| Cached {
            token: token.into(),
            expires,
        };
        cache.put(
            "k".into(),
            cached("fresh", Some(Instant::now() + Duration::from_secs(60))),
        );
        assert_eq!(cache.get("k").as_deref(), Some("fresh"));
        cache.put(
            "k".into(),
            cached("stale", Some(Instant::now() - Duration::from_secs(1))),
        );
        assert_eq!(cache.get("k"), None, "an expired token is fetched again");
        cache.put("k".into(), cached("forever", None));
        assert_eq!(cache.get("k").as_deref(), Some("forever"));
    }

    #[test]
    fn token_answers_are_read_as_json_or_form() {
        let json = parse_token(br#"{"access_token": "a1", "expires_in": "120"}"#).unwrap();
        assert_eq!(json, ("a1".to_string(), Some(Duration::from_secs(120))));
        let form = parse_token(b"access_token=f2&token_type=bearer").unwrap();
        assert_eq!(form, ("f2".to_string(), None));
        assert_eq!(parse_token(br#"{"error": "invalid_client"}"#), None);
    }
}
