//! Postman's dynamic variables (`{{$guid}}`, `{{$timestamp}}`, …). Every
//! occurrence gets a fresh value.

/// A fresh value for the dynamic variable `name` (without the `$`), or `None`
/// when postrun does not know it (it then stays unresolved).
pub fn generate(name: &str) -> Option<String> {
    let value = match name {
        "guid" | "randomUUID" => uuid::Uuid::new_v4().to_string(),
        "timestamp" => chrono::Utc::now().timestamp().to_string(),
        "isoTimestamp" => chrono::Utc::now()
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string(),
        "randomInt" => fastrand::u32(0..=1000).to_string(),
        _ => return None,
    };
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::generate;

    fn all_match(name: &str, check: impl Fn(&str) -> bool) {
        for _ in 0..20 {
            let value = generate(name).unwrap();
            assert!(check(&value), "${name} gave {value:?}");
        }
    }

    #[test]
    fn shapes() {
        let uuid = |v: &str| uuid::Uuid::parse_str(v).is_ok() && v.len() == 36;
        all_match("guid", uuid);
        all_match("randomUUID", uuid);
        all_match("timestamp", |v| {
            v.len() == 10 && v.bytes().all(|b| b.is_ascii_digit())
        });
        all_match("isoTimestamp", |v| {
            chrono::DateTime::parse_from_rfc3339(v).is_ok() && v.ends_with('Z')
        });
        all_match("randomInt", |v| v.parse::<u32>().is_ok_and(|n| n <= 1000));
        assert_eq!(generate("noSuchThing"), None);
    }

    #[test]
    fn each_occurrence_is_fresh() {
        assert_ne!(generate("guid"), generate("guid"));
    }
}
