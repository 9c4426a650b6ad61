//! The published crate (`cargo package --list`): the code and its
//! documents, none of the fixtures, tests, screenshots or scripts, no file
//! over 512 KB, and no key-shaped test secret in any file.

use std::path::Path;

#[test]
fn the_package_holds_the_code_and_no_fixtures_or_secrets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = std::process::Command::new(cargo)
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .current_dir(root)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let files: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    for wanted in [
        "src/main.rs",
        "src/lib.rs",
        "Cargo.toml",
        "LICENSE",
        "README.md",
    ] {
        assert!(
            files.iter().any(|f| f == wanted),
            "{wanted} is missing: {files:?}"
        );
    }
    // A Postman API key's shape, put together so this file holds none.
    let key = regex::Regex::new(&["PMAK-", "[0-9a-f]{24}-[0-9a-f]{34}"].concat()).unwrap();
    for file in &files {
        for kept_out in [
            "fixtures/",
            "tests/",
            "docs/",
            "scripts/",
            "examples/",
            "fuzz/",
            ".parity",
            ".venv",
        ] {
            assert!(!file.starts_with(kept_out), "{file} is in the package");
        }
        // Cargo writes these two itself.
        if file == "Cargo.toml.orig" || file == ".cargo_vcs_info.json" {
            continue;
        }
        let bytes = std::fs::read(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(bytes.len() <= 512 * 1024, "{file} is {} bytes", bytes.len());
        let text = String::from_utf8_lossy(&bytes);
        assert!(!key.is_match(&text), "{file} holds a key-shaped secret");
        assert!(
            !text.contains("planted-secret"),
            "{file} holds a planted test secret"
        );
    }
}
