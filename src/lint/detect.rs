//! Credential detectors: does a value look like a key, token or password?

type Check = (&'static str, fn(&str) -> bool);

/// What kind of credential a value looks like, if any.
pub fn credential_kind(value: &str) -> Option<&'static str> {
    let value = value.trim();
    if value.is_empty() || is_reference(value) {
        return None;
    }
    let checks: [Check; 9] = [
        ("Postman API key", postman_key),
        ("JSON Web Token", jwt),
        ("AWS access key", |v| {
            token_after(v, "AKIA", 16, |c| {
                c.is_ascii_uppercase() || c.is_ascii_digit()
            })
        }),
        ("GitHub token", |v| {
            token_after(v, "ghp_", 36, |c| c.is_ascii_alphanumeric())
                || token_after(v, "github_pat_", 22, |c| {
                    c.is_ascii_alphanumeric() || c == '_'
                })
        }),
        ("Slack token", |v| {
            ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"]
                .iter()
                .any(|p| token_after(v, p, 10, |c| c.is_ascii_alphanumeric() || c == '-'))
        }),
        ("Stripe live key", |v| {
            token_after(v, "sk_live_", 16, |c| c.is_ascii_alphanumeric())
        }),
        ("Google API key", |v| {
            token_after(v, "AIza", 35, |c| {
                c.is_ascii_alphanumeric() || c == '_' || c == '-'
            })
        }),
        ("private key", |v| {
            v.contains("-----BEGIN") && v.contains("PRIVATE KEY-----")
        }),
        ("bearer token", |v| {
            v.strip_prefix("Bearer ")
                .is_some_and(|t| t.len() >= 8 && !is_reference(t))
        }),
    ];
    checks
        .iter()
        .find(|(_, check)| check(value))
        .map(|(kind, _)| *kind)
}

/// `{{name}}` alone, or text made only of references: not a stored secret.
pub fn is_reference(value: &str) -> bool {
    let rest = crate::vars::references(value)
        .iter()
        .fold(value.to_string(), |text, name| {
            text.replace(&format!("{{{{{name}}}}}"), "")
        });
    rest.trim().is_empty() || rest.trim() == "Bearer" || rest.trim() == "Basic"
}

/// `PMAK-` + 24 hex + `-` + 34 hex.
fn postman_key(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("PMAK-") else {
        return false;
    };
    let hex = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_hexdigit());
    match rest.split_once('-') {
        Some((a, b)) => hex(a, 24) && hex(b, 34),
        None => false,
    }
}

fn jwt(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    let b64 = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    parts.len() == 3 && value.starts_with("eyJ") && b64(parts[0]) && b64(parts[1])
}

fn token_after(value: &str, prefix: &str, min: usize, allowed: fn(char) -> bool) -> bool {
    value.find(prefix).is_some_and(|at| {
        let rest = &value[at + prefix.len()..];
        rest.chars().take_while(|c| allowed(*c)).count() >= min
    })
}

/// Whether a variable's name says it holds a credential.
pub fn sensitive_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    [
        "key",
        "token",
        "secret",
        "password",
        "passwd",
        "auth",
        "credential",
        "apikey",
        "api_key",
        "bearer",
        "private",
    ]
    .iter()
    .any(|word| name.contains(word))
}

/// Shannon entropy in bits per character.
fn entropy(value: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for c in value.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    let len = value.chars().count() as f64;
    counts
        .values()
        .map(|&n| {
            let p = n as f64 / len;
            -p * p.log2()
        })
        .sum()
}

/// A random-looking value: long, varied, no spaces.
pub fn high_entropy(value: &str) -> bool {
    value.len() >= 16 && !value.contains(' ') && !is_reference(value) && entropy(value) >= 3.5
}

/// The value shown in findings: never the secret itself.
pub fn masked(value: &str) -> String {
    let start: String = value.chars().take(4).collect();
    format!("{start}…({} chars)", value.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detectors_with_true_and_false_positives() {
        // Put together here, so that the published crate holds no whole
        // key-shaped string (tests/it/packaging.rs looks for them).
        let postman_key = [
            "PMAK-",
            "0123456789abcdef01234567-",
            "0123456789abcdef0123456789abcdef01",
        ]
        .concat();
        let yes = [
            (postman_key.as_str(), "Postman API key"),
            (
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
                "JSON Web Token",
            ),
            ("AKIAIOSFODNN7EXAMPLE", "AWS access key"),
            ("ghp_0123456789abcdefghijABCDEFGHIJ012345", "GitHub token"),
            ("xoxb-1234567890-abcdefghij", "Slack token"),
            ("sk_live_0123456789abcdefABCD", "Stripe live key"),
            ("AIzaSyA-0123456789abcdefghijABCDEFGHIJK", "Google API key"),
            (
                "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----",
                "private key",
            ),
            ("Bearer abcdef123456", "bearer token"),
        ];
        for (value, kind) in yes {
            assert_eq!(credential_kind(value), Some(kind), "{value}");
        }
        for value in [
            "",
            "{{postman-api-key}}",
            "Bearer {{token}}",
            "PMAK-short",
            "hello world",
            "AKIA",
            "sk_test_abc",
            "https://api.getpostman.com",
            "eyJ.not",
        ] {
            assert_eq!(credential_kind(value), None, "{value}");
        }
    }

    #[test]
    fn names_and_entropy() {
        assert!(
            sensitive_name("postman-api-key")
                && sensitive_name("accessToken")
                && sensitive_name("DB_PASSWORD")
        );
        assert!(!sensitive_name("baseUrl") && !sensitive_name("userId"));
        assert!(high_entropy("q8Zr2LxP0vK4nT7wY1bM"));
        assert!(
            !high_entropy("aaaaaaaaaaaaaaaaaaaa")
                && !high_entropy("short")
                && !high_entropy("{{someVariable}}")
        );
        assert_eq!(masked("PMAK-0123456789"), "PMAK…(15 chars)");
    }
}
