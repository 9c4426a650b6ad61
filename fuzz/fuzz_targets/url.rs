//! URLs: rendered from raw text and from parts with `:path` variables, and
//! shown without credentials.
#![no_main]

use postrun::load::{KeyValue, Url};

libfuzzer_sys::fuzz_target!(|text: &str| {
    let mut keep = |part: &str| part.to_string();
    let raw = Url {
        raw: text.to_string(),
        variables: vec![KeyValue::new("id", text)],
        ..Url::default()
    };
    let _ = raw.render(&mut keep);
    let _ = raw.unresolved();
    let (host, path) = text.split_once('/').unwrap_or((text, ""));
    let parts = Url {
        raw: text.to_string(),
        protocol: Some("https".into()),
        host: Some(host.split('.').map(String::from).collect()),
        path: Some(path.split('/').map(String::from).collect()),
        query: vec![KeyValue::new(text, text)],
        variables: vec![KeyValue::new(path, host)],
        ..Url::default()
    };
    let _ = parts.render(&mut keep);
    let _ = postrun::remote::shown(text);
});
