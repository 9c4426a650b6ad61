//! AWS Signature Version 4 over the request as sent, as postman-runtime
//! (with the `aws4` package) signs it: the body's SHA-256 in
//! `X-Amz-Content-Sha256`, every request header signed but the few AWS
//! ignores, auth data in the headers or (`addAuthDataToQuery`) the query.

use chrono::{DateTime, Utc};

use super::signing::{Hash, digest, form_decode, hex, hex_digest, hmac, signed_body};
use super::{Params, PreparedRequest};

/// Headers AWS never signs.
const UNSIGNED: [&str; 7] = [
    "authorization",
    "connection",
    "x-amzn-trace-id",
    "user-agent",
    "expect",
    "presigned-expires",
    "range",
];

/// What a signature covers besides the headers.
struct Scope<'a> {
    datetime: String,
    region: &'a str,
    service: &'a str,
}

impl Scope<'_> {
    fn credential(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            &self.datetime[..8],
            self.region,
            self.service
        )
    }
}

/// Signs the request in place.
pub fn sign(
    prepared: &mut PreparedRequest,
    params: &Params,
    now: DateTime<Utc>,
) -> Result<(), String> {
    for header in [
        "Authorization",
        "X-Amz-Date",
        "X-Amz-Security-Token",
        "X-Amz-Content-Sha256",
    ] {
        prepared.remove_header(header);
    }
    for name in [
        "X-Amz-Security-Token",
        "X-Amz-Date",
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-SignedHeaders",
        "X-Amz-Signature",
    ] {
        prepared.remove_query_param(name);
    }
    let url =
        crate::http::wire_url::parse(&prepared.url).map_err(|e| format!("invalid URL: {e}"))?;
    let host = match url.port() {
        Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
        None => url.host_str().unwrap_or_default().to_string(),
    };
    let scope = Scope {
        datetime: now.format("%Y%m%dT%H%M%SZ").to_string(),
        region: params.non_empty("region").unwrap_or("us-east-1"),
        service: params.non_empty("service").unwrap_or("execute-api"),
    };
    let (access, secret) = (params.get("accessKey"), params.get("secretKey"));
    let session = params.non_empty("sessionToken");
    let mut headers: Vec<(String, String)> = prepared.headers.clone();
    if prepared.header("host").is_none() {
        headers.push(("Host".into(), host.clone()));
    }
    let mut query = url.query().unwrap_or_default().to_string();
    let method = prepared.method.clone();
    let canonical_of = |query: &str, headers: &[(String, String)], payload_hash: &str| {
        canonical(&method, &url, query, headers, payload_hash, scope.service)
    };
    let payload_hash;
    if params.flag("addAuthDataToQuery") {
        payload_hash = if scope.service == "s3" {
            "UNSIGNED-PAYLOAD".to_string()
        } else {
            hex_digest(Hash::Sha256, b"")
        };
        let mut extra = Vec::new();
        if let Some(token) = session {
            extra.push(("X-Amz-Security-Token", token.to_string()));
        }
        if scope.service == "s3" && !query.contains("X-Amz-Expires=") {
            extra.push(("X-Amz-Expires", "86400".to_string()));
        }
        extra.push(("X-Amz-Date", scope.datetime.clone()));
        extra.push(("X-Amz-Algorithm", "AWS4-HMAC-SHA256".to_string()));
        extra.push((
            "X-Amz-Credential",
            format!("{access}/{}", scope.credential()),
        ));
        extra.push(("X-Amz-SignedHeaders", signed_names(&headers)));
        for (key, value) in &extra {
            prepared.append_query(key, &encode(value));
            append(&mut query, key, &encode(value));
        }
        let signature = signature(
            secret,
            &scope,
            &canonical_of(&query, &headers, &payload_hash),
        );
        prepared.append_query("X-Amz-Signature", &signature);
    } else {
        payload_hash = match signed_body(&prepared.body) {
            Some(body) => hex(&digest(Hash::Sha256, &body)),
            None => hex_digest(Hash::Sha256, b""),
        };
        let mut added = vec![("X-Amz-Content-Sha256".to_string(), payload_hash.clone())];
        if let Some(token) = session {
            added.push(("X-Amz-Security-Token".into(), token.to_string()));
        }
        added.push(("X-Amz-Date".into(), scope.datetime.clone()));
        headers.extend(added.iter().cloned());
        let canonical = canonical_of(&query, &headers, &payload_hash);
        let authorization = format!(
            "AWS4-HMAC-SHA256 Credential={access}/{}, SignedHeaders={}, Signature={}",
            scope.credential(),
            signed_names(&headers),
            signature(secret, &scope, &canonical)
        );
        if prepared.header("host").is_none() {
            prepared.headers.push(("Host".into(), host));
        }
        prepared.headers.extend(added);
        prepared
            .headers
            .push(("Authorization".into(), authorization));
    }
    Ok(())
}

fn append(query: &mut String, key: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    query.push_str(&format!("{key}={value}"));
}

/// `encodeURIComponent` plus `! ' ( ) *` (aws4's `encodeRfc3986Full`).
fn encode(text: &str) -> String {
    super::signing::percent_encode(text)
}

fn signed_headers(headers: &[(String, String)]) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
        .filter(|(k, _)| !UNSIGNED.contains(&k.as_str()))
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    list.dedup_by(|a, b| a.0 == b.0);
    list
}

fn signed_names(headers: &[(String, String)]) -> String {
    signed_headers(headers)
        .iter()
        .map(|(k, _)| k.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// The canonical request of SigV4.
fn canonical(
    method: &str,
    url: &reqwest::Url,
    query: &str,
    headers: &[(String, String)],
    payload_hash: &str,
    service: &str,
) -> String {
    let header_lines: Vec<String> = signed_headers(headers)
        .iter()
        .map(|(k, v)| format!("{k}:{}", v.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect();
    [
        method.to_string(),
        canonical_path(url.path(), service == "s3"),
        canonical_query(query),
        format!("{}\n", header_lines.join("\n")),
        signed_names(headers),
        payload_hash.to_string(),
    ]
    .join("\n")
}

/// Every service but S3 normalises the path and encodes it twice.
fn canonical_path(path: &str, s3: bool) -> String {
    if path == "/" || path.is_empty() {
        return "/".to_string();
    }
    let collapsed;
    let path = if s3 {
        path
    } else {
        collapsed = collapse_slashes(path);
        &collapsed
    };
    let mut pieces: Vec<String> = Vec::new();
    for piece in path.split('/') {
        if !s3 && piece == ".." {
            pieces.pop();
        } else if s3 || piece != "." {
            let piece = if s3 {
                form_decode(piece)
            } else {
                piece.to_string()
            };
            pieces.push(encode(&piece));
        }
    }
    let mut out = pieces.join("/");
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    if s3 {
        out = out.replace("%2F", "/");
    }
    out
}

fn collapse_slashes(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

/// Keys and values decoded, encoded again, sorted by key then value.
fn canonical_query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (encode(&form_decode(k)), encode(&form_decode(v)))
        })
        .filter(|(k, _)| !k.is_empty())
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

fn signature(secret: &str, scope: &Scope<'_>, canonical: &str) -> String {
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{}\n{}\n{}",
        scope.datetime,
        scope.credential(),
        hex_digest(Hash::Sha256, canonical.as_bytes())
    );
    let mut key = hmac(
        Hash::Sha256,
        format!("AWS4{secret}").as_bytes(),
        &scope.datetime.as_bytes()[..8],
    );
    for part in [scope.region, scope.service, "aws4_request"] {
        key = hmac(Hash::Sha256, &key, part.as_bytes());
    }
    hex(&hmac(Hash::Sha256, &key, string_to_sign.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authorization(
        url: &str,
        method: &str,
        headers: &[(&str, &str)],
        params: &[(&str, &str)],
    ) -> String {
        let url = reqwest::Url::parse(url).unwrap();
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let get = |k: &str| {
            params
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| *v)
                .unwrap()
        };
        let scope = Scope {
            datetime: "20150830T123600Z".into(),
            region: get("region"),
            service: get("service"),
        };
        let hash = crate::http::find_header(&headers, "x-amz-content-sha256")
            .map_or_else(|| hex_digest(Hash::Sha256, b""), String::from);
        let canonical = canonical(
            method,
            &url,
            url.query().unwrap_or_default(),
            &headers,
            &hash,
            scope.service,
        );
        format!(
            "Credential={}/{}, SignedHeaders={}, Signature={}",
            get("access"),
            scope.credential(),
            signed_names(&headers),
            signature(get("secret"), &scope, &canonical)
        )
    }

    /// AWS's SigV4 test suite, `get-vanilla`.
    #[test]
    fn aws_test_suite_get_vanilla() {
        let got = authorization(
            "https://example.amazonaws.com/",
            "GET",
            &[
                ("Host", "example.amazonaws.com"),
                ("X-Amz-Date", "20150830T123600Z"),
            ],
            &[
                ("region", "us-east-1"),
                ("service", "service"),
                ("access", "AKIDEXAMPLE"),
                ("secret", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            ],
        );
        assert!(got.ends_with("SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"), "{got}");
    }

    /// Recorded from the `aws4` package (1.13) in node: a path with `//`,
    /// `..` and an escape, a repeated query key, a session token.
    #[test]
    fn matches_the_aws4_package_on_paths_queries_and_tokens() {
        let got = authorization(
            "https://example.amazonaws.com/a//b/../c%20d?z=1&a=x%21y&a=b",
            "POST",
            &[
                ("X-Amz-Date", "20150830T123600Z"),
                ("X-Amz-Content-Sha256", "abc"),
                ("Content-Type", "application/json"),
                ("Host", "example.amazonaws.com"),
                ("X-Amz-Security-Token", "ST"),
            ],
            &[
                ("region", "eu-west-1"),
                ("service", "execute-api"),
                ("access", "AK"),
                ("secret", "SK"),
            ],
        );
        assert!(got.ends_with("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=427ecc8ca430484b5cec578df9ee44b1463a69fbf8adae967927446bb48ddbf5"), "{got}");
    }
}
