//! An environment or globals file, JSON or v3 YAML.
#![no_main]

use std::path::Path;

libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = postrun::load::parse_environment(text, Path::new("fuzz.json"));
    let _ = postrun::load::v3::parse_environment(text, Path::new("fuzz.environment.yaml"));
});
