//! An iteration data file, CSV or JSON.
#![no_main]

use std::path::Path;

libfuzzer_sys::fuzz_target!(|text: &str| {
    let _ = postrun::load::parse_data(text, Path::new("fuzz.csv"));
});
