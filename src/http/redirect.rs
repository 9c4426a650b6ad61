//! Following redirects as Newman's HTTP library (postman-request) does,
//! step by step, rather than as a browser does: every 3xx with a
//! `Location` is followed, whatever the method; every one but 307 and 308
//! goes on as a bodiless GET (HEAD stays HEAD) unless the request keeps
//! its method; `Authorization` is dropped when the host name (not the
//! port) changes; each step names the one before in `Referer`. The
//! request's `protocolProfileBehavior` says otherwise where it does.

use super::{PreparedBody, PreparedRequest, RequestError, Response};
use crate::load::Behavior;

/// Postman's default redirect limit.
pub(super) const DEFAULT_LIMIT: u32 = 10;

/// How a request follows redirects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Redirects {
    /// At most this many are followed; `None`: none is (a 3xx is the
    /// response).
    pub limit: Option<u32>,
    /// Every step keeps the method and body (`followOriginalHttpMethod`).
    pub keep_method: bool,
    /// `Authorization` goes on to another host (`followAuthorizationHeader`).
    pub keep_authorization: bool,
    /// Each step sends `Referer` (off with `removeRefererHeaderOnRedirect`).
    pub referer: bool,
}

impl Default for Redirects {
    fn default() -> Self {
        Redirects {
            limit: Some(DEFAULT_LIMIT),
            keep_method: false,
            keep_authorization: false,
            referer: true,
        }
    }
}

impl Redirects {
    /// The rule `behavior` sets; `follow` is the run's default
    /// (`--ignore-redirects`), which the request's own setting overrides,
    /// as in Newman.
    pub fn from_behavior(behavior: &Behavior, follow: bool) -> Redirects {
        let follow = behavior.follow_redirects.unwrap_or(follow);
        Redirects {
            limit: follow.then(|| behavior.max_redirects.unwrap_or(DEFAULT_LIMIT)),
            keep_method: behavior.switch("followOriginalHttpMethod") == Some(true),
            keep_authorization: behavior.switch("followAuthorizationHeader") == Some(true),
            referer: behavior.switch("removeRefererHeaderOnRedirect") != Some(true),
        }
    }
}

/// The request to send after `response` to `request` (the `followed`-th
/// redirect so far, `sent_to` its URL as it went out), or `None` when
/// `response` is the answer.
pub(super) fn next_step(
    request: &PreparedRequest,
    sent_to: &reqwest::Url,
    response: &Response,
    followed: u32,
) -> Result<Option<PreparedRequest>, RequestError> {
    let Some(limit) = request.redirects.limit else {
        return Ok(None);
    };
    let location = match response.code {
        300..=399 => response.header("location"),
        _ => None,
    };
    let Some(location) = location else {
        return Ok(None);
    };
    if followed >= limit {
        return Err(RequestError::TooManyRedirects {
            url: sent_to.to_string(),
            limit,
        });
    }
    let target = sent_to
        .join(location.trim())
        .map_err(|source| RequestError::InvalidUrl {
            url: location.to_string(),
            source,
        })?;
    let mut next = request.clone();
    if target.host_str() != sent_to.host_str() {
        next.remove_header("Host");
        if !request.redirects.keep_authorization {
            next.remove_header("Authorization");
        }
    }
    let keeps_method = request.redirects.keep_method || matches!(response.code, 307 | 308);
    if !keeps_method {
        if next.method != "HEAD" {
            next.method = "GET".into();
        }
        next.body = PreparedBody::Empty;
        next.remove_header("Content-Type");
        next.remove_header("Content-Length");
    }
    if request.redirects.referer {
        next.set_header("Referer", sent_to.to_string());
    }
    next.url = target.into();
    next.scheme_added = false;
    Ok(Some(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(redirects: Redirects) -> PreparedRequest {
        let written = crate::load::Request {
            url: crate::load::Url {
                raw: "http://127.0.0.1:8000/start".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        let mut request = crate::http::prepare(
            &written,
            None,
            &Behavior::default(),
            true,
            &mut |text: &str| text.to_string(),
            &mut Vec::new(),
        );
        request.method = "POST".into();
        request.body = PreparedBody::Bytes(b"{}".to_vec());
        request.headers = vec![
            ("Authorization".into(), "Bearer t".into()),
            ("Content-Type".into(), "application/json".into()),
            ("Host".into(), "written.example".into()),
        ];
        request.redirects = redirects;
        request
    }

    fn answer(code: u16, location: &str) -> Response {
        Response {
            headers: vec![("location".into(), location.into())],
            code,
            ..Response::empty()
        }
    }

    fn step(request: &PreparedRequest, code: u16, location: &str) -> PreparedRequest {
        let sent_to = reqwest::Url::parse("http://127.0.0.1:8000/start").unwrap();
        next_step(request, &sent_to, &answer(code, location), 0)
            .unwrap()
            .expect("followed")
    }

    #[test]
    fn authorization_is_dropped_when_the_host_name_changes_not_the_port() {
        let request = request(Redirects::default());
        let other_port = step(&request, 302, "http://127.0.0.1:9000/next");
        assert_eq!(other_port.header("Authorization"), Some("Bearer t"));
        assert_eq!(other_port.header("Host"), Some("written.example"));
        let other_host = step(&request, 302, "http://localhost:8000/next");
        assert_eq!(other_host.header("Authorization"), None);
        assert_eq!(other_host.header("Host"), None);
        let kept = Redirects {
            keep_authorization: true,
            ..Redirects::default()
        };
        let other_host = step(&self::request(kept), 302, "http://localhost:8000/next");
        assert_eq!(other_host.header("Authorization"), Some("Bearer t"));
    }

    #[test]
    fn a_step_goes_on_as_a_bodiless_get_unless_307_308_or_asked() {
        let request = request(Redirects::default());
        let get = step(&request, 303, "/next");
        assert_eq!(
            (get.method.as_str(), &get.body),
            ("GET", &PreparedBody::Empty)
        );
        assert_eq!(get.header("Content-Type"), None);
        assert_eq!(get.url, "http://127.0.0.1:8000/next");
        assert_eq!(get.header("Referer"), Some("http://127.0.0.1:8000/start"));
        for code in [307, 308] {
            let same = step(&request, code, "next");
            assert_eq!(same.method, "POST");
            assert_eq!(same.body, PreparedBody::Bytes(b"{}".to_vec()));
        }
        let asked = Redirects {
            keep_method: true,
            referer: false,
            ..Redirects::default()
        };
        let same = step(&self::request(asked), 301, "/next");
        assert_eq!(same.method, "POST");
        assert_eq!(same.header("Content-Type"), Some("application/json"));
        assert_eq!(same.header("Referer"), None);
    }

    #[test]
    fn the_limit_names_the_url_that_redirected_once_too_often() {
        let request = request(Redirects {
            limit: Some(2),
            ..Redirects::default()
        });
        let sent_to = reqwest::Url::parse("http://127.0.0.1:8000/start").unwrap();
        let error = next_step(&request, &sent_to, &answer(302, "/next"), 2).unwrap_err();
        assert!(
            error.to_string().starts_with(
                "Exceeded maxRedirects. Probably stuck in a redirect loop http://127.0.0.1:8000/start (the limit is 2"
            ),
            "{error}"
        );
        let unfollowed = Redirects {
            limit: None,
            ..Redirects::default()
        };
        let request = self::request(unfollowed);
        assert!(
            next_step(&request, &sent_to, &answer(302, "/next"), 0)
                .unwrap()
                .is_none()
        );
        // A 3xx without a Location, or a 2xx with one, is the answer.
        let no_location = Response {
            code: 304,
            ..Response::empty()
        };
        assert!(
            next_step(&request, &sent_to, &no_location, 0)
                .unwrap()
                .is_none()
        );
        let request = self::request(Redirects::default());
        assert!(
            next_step(&request, &sent_to, &answer(201, "/next"), 0)
                .unwrap()
                .is_none()
        );
    }
}
