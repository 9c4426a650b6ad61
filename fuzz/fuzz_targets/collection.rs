//! A collection file: parsed, normalised and written back out, never a panic.
#![no_main]

use std::path::Path;

libfuzzer_sys::fuzz_target!(|text: &str| {
    if let Ok(collection) = postrun::load::parse_collection(text, Path::new("fuzz.json")) {
        let json = postrun::load::collection_json(&collection);
        let again = postrun::load::parse_collection(&json.to_string(), Path::new("again.json"));
        assert!(again.is_ok(), "a collection postrun wrote must load again");
    }
});
