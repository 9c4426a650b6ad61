//! Collections, environments, globals and data named by Postman UID or URL:
//! fetched before the run (never during it) so that a fork runs without
//! exporting anything. UIDs go to the Postman API with the API key in
//! `X-API-Key`; URLs are fetched as they are (Newman does this too).

use std::time::Duration;

/// How often a rate-limited fetch is tried again.
const RETRIES: u32 = 3;

/// Why a remote file could not be fetched.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    /// A UID without an API key.
    #[error(
        "{what} `{uid}` is a Postman UID: pass --postman-api-key or set POSTMAN_API_KEY to fetch it"
    )]
    NoApiKey {
        /// `collection`, `environment`, …
        what: &'static str,
        /// The UID.
        uid: String,
    },
    /// The Postman API rejected the key (its value is never printed).
    #[error(
        "the Postman API rejected the API key (401) when fetching {what} `{uid}`: check --postman-api-key or POSTMAN_API_KEY"
    )]
    Unauthorized {
        /// `collection`, `environment`, …
        what: &'static str,
        /// The UID or URL.
        uid: String,
    },
    /// No such UID or URL.
    #[error("no {what} `{uid}` (404 from {url})")]
    NotFound {
        /// `collection`, `environment`, …
        what: &'static str,
        /// The UID or URL.
        uid: String,
        /// What was asked.
        url: String,
    },
    /// Still rate limited after retrying.
    #[error(
        "the Postman API kept answering 429 (rate limited) for {what} `{uid}` after {RETRIES} retries; last retry-after: {retry_after}"
    )]
    RateLimited {
        /// `collection`, `environment`, …
        what: &'static str,
        /// The UID or URL.
        uid: String,
        /// The last `retry-after` header.
        retry_after: String,
    },
    /// Any other failure.
    #[error("cannot fetch {what} `{uid}`: {message}")]
    Other {
        /// `collection`, `environment`, …
        what: &'static str,
        /// The UID or URL.
        uid: String,
        /// What went wrong.
        message: String,
    },
}

/// Where remote files come from.
#[derive(Debug, Clone, Default)]
pub struct Remote {
    /// `--postman-api-key` or `POSTMAN_API_KEY`.
    pub api_key: Option<String>,
    /// `--postman-api-base-url`.
    pub base_url: String,
    /// `--fetch-timeout`: the most one fetch may take (`None`: the default).
    pub timeout: Option<Duration>,
}

/// The default of `--fetch-timeout`.
pub const DEFAULT_FETCH_TIMEOUT: Duration = Duration::from_secs(60);

/// Whether a collection or environment argument is a Postman UID: it is
/// not a file there is, not a URL, and has neither a path separator nor an
/// extension.
pub fn is_uid(text: &str) -> bool {
    !std::path::Path::new(text).exists() && !is_remote(text) && !text.contains(['/', '\\', '.'])
}

/// Whether `text` names something to fetch rather than a local file.
pub fn is_remote(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://")
}

impl Remote {
    /// The JSON text of a collection (`what = "collection"`) or environment
    /// (`"environment"`), by UID (the Postman API's envelope removed) or URL.
    pub fn fetch(&self, what: &'static str, source: &str) -> Result<String, RemoteError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| other(what, &shown(source), e.to_string()))?;
        runtime.block_on(self.fetch_async(what, source))
    }

    async fn fetch_async(&self, what: &'static str, source: &str) -> Result<String, RemoteError> {
        let timeout = self.timeout.unwrap_or(DEFAULT_FETCH_TIMEOUT);
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .use_preconfigured_tls(crate::http::platform_tls())
            .build()
            .map_err(|e| other(what, &shown(source), e.to_string()))?;
        if is_remote(source) {
            return send(&client, client.get(source), what, source, source).await;
        }
        let key = self
            .api_key
            .as_deref()
            .ok_or_else(|| RemoteError::NoApiKey {
                what,
                uid: source.to_string(),
            })?;
        let url = format!("{}/{what}s/{source}", self.base_url.trim_end_matches('/'));
        let text = send(
            &client,
            client.get(&url).header("X-API-Key", key),
            what,
            source,
            &url,
        )
        .await?;
        unwrap_envelope(&text, what)
            .ok_or_else(|| other(what, source, format!("the answer has no `{what}` object")))
    }
}

async fn send(
    client: &reqwest::Client,
    request: reqwest::RequestBuilder,
    what: &'static str,
    uid: &str,
    url: &str,
) -> Result<String, RemoteError> {
    // Every message names the source without its credentials.
    let (uid, url) = (&shown(uid), &shown(url));
    let request = request
        .build()
        .map_err(|e| other(what, uid, e.to_string()))?;
    let mut retry_after = String::new();
    for attempt in 0..=RETRIES {
        let Some(this) = request.try_clone() else {
            break;
        };
        let response = client.execute(this).await.map_err(|e| {
            let message = match e.is_timeout() {
                true => "no answer in time; --fetch-timeout raises the limit".to_string(),
                false => e.without_url().to_string(),
            };
            other(what, uid, message)
        })?;
        match response.status().as_u16() {
            200..=299 => {
                return response
                    .text()
                    .await
                    .map_err(|e| other(what, uid, e.to_string()));
            }
            401 | 403 => {
                return Err(RemoteError::Unauthorized {
                    what,
                    uid: uid.to_string(),
                });
            }
            404 => {
                return Err(RemoteError::NotFound {
                    what,
                    uid: uid.to_string(),
                    url: url.to_string(),
                });
            }
            429 => {
                retry_after = response
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("1")
                    .to_string();
                if attempt < RETRIES {
                    // Honour the server's wait, with backoff, within reason.
                    let seconds = retry_after.parse::<u64>().unwrap_or(1).clamp(1, 30) << attempt;
                    tokio::time::sleep(Duration::from_secs(seconds.min(60))).await;
                }
            }
            code => return Err(other(what, uid, format!("HTTP {code} from {url}"))),
        }
    }
    Err(RemoteError::RateLimited {
        what,
        uid: uid.to_string(),
        retry_after,
    })
}

/// A URL as it may be shown in a message: the password of its user part and
/// the values of query parameters named like credentials (`apikey`,
/// `access_token`, `sig`, …) masked. Anything else is shown as it is.
pub fn shown(source: &str) -> String {
    let Ok(mut url) = url::Url::parse(source) else {
        return source.to_string();
    };
    if url.password().is_some() {
        let _ = url.set_password(Some("********"));
    }
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(key, value)| {
                let value = match credential_name(&key) {
                    true => "********".to_string(),
                    false => value.into_owned(),
                };
                (key.into_owned(), value)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

fn credential_name(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    [
        "key",
        "token",
        "secret",
        "pass",
        "auth",
        "sig",
        "credential",
        "session",
        "code",
    ]
    .iter()
    .any(|word| key.contains(word))
}

/// `{"collection": {...}}` → `{...}`.
fn unwrap_envelope(text: &str, what: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get(what).map(|inner| inner.to_string())
}

fn other(what: &'static str, uid: &str, message: String) -> RemoteError {
    RemoteError::Other {
        what,
        uid: uid.to_string(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_shown_without_credentials() {
        assert_eq!(
            shown("https://user:hunter2@host.test/c.json?access_key=k1&apikey=k2&v=1"),
            "https://user:********@host.test/c.json?access_key=********&apikey=********&v=1"
        );
        assert_eq!(shown("12ece9e1-2abf"), "12ece9e1-2abf");
    }

    #[test]
    fn uids() {
        assert!(is_uid("12345678-12ece9e1-2abf-4edc-8e34-de66e74114d2"));
        assert!(is_uid("12ece9e1-2abf-4edc-8e34-de66e74114d2"));
        assert!(!is_uid("collection.json"));
        assert!(!is_uid("fixtures/x"));
        assert!(!is_uid("https://example.test/c.json"));
    }
}
