//! The YAML reader behind v3 collections, and its writer on what it read.
#![no_main]

libfuzzer_sys::fuzz_target!(|text: &str| {
    if let Ok(json) = postrun::load::v3::yaml_to_json(text) {
        let _ = postrun::load::yaml_text(&json);
    }
});
