//! Values that come from where secrets live rather than from files: the
//! process environment (`--env-var K`, `--secret-env K=NAME`) and the vault
//! (`{{vault:name}}` from `--vault-file` or `POSTRUN_VAULT_<NAME>`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Why a secret could not be found.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// A `{{vault:…}}` reference nobody provides.
    #[error("`{{{{vault:{name}}}}}` has no value: postrun looked in {} and in the environment variable {env}; set one of them (a vault reference is never sent as written)", file.as_ref().map(|f| format!("--vault-file {}", f.display())).unwrap_or_else(|| "no --vault-file (none was given)".into()))]
    Vault {
        /// The vault name.
        name: String,
        /// The vault file given, if any.
        file: Option<PathBuf>,
        /// The environment variable looked at.
        env: String,
    },
    /// The vault file could not be read or parsed.
    #[error("{}: not a vault file (expected a JSON object of names to values, or NAME=value lines)", .0.display())]
    VaultFile(PathBuf, #[source] Option<std::io::Error>),
}

/// `POSTRUN_VAULT_<NAME>`: upper-cased, anything not alphanumeric as `_`.
pub fn vault_env_name(name: &str) -> String {
    let mut out = String::from("POSTRUN_VAULT_");
    out.extend(name.chars().map(|c| {
        if c.is_ascii_alphanumeric() {
            c.to_ascii_uppercase()
        } else {
            '_'
        }
    }));
    out
}

/// A vault file: a JSON object, or dotenv lines (`NAME=value`, `#` comments).
pub fn read_vault_file(path: &Path) -> Result<BTreeMap<String, String>, SecretError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| SecretError::VaultFile(path.into(), Some(e)))?;
    if text.trim_start().starts_with('{') {
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).map_err(|_| SecretError::VaultFile(path.into(), None))?;
        return Ok(map
            .into_iter()
            .map(|(k, v)| (k, crate::load::value_text(&v)))
            .collect());
    }
    let mut values = BTreeMap::new();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let line = line.strip_prefix("export ").unwrap_or(line);
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| SecretError::VaultFile(path.into(), None))?;
        let value = value.trim();
        let unquoted = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value);
        values.insert(key.trim().to_string(), unquoted.to_string());
    }
    Ok(values)
}

/// Resolves each vault name: the file first, then `POSTRUN_VAULT_<NAME>`.
pub fn resolve_vault(
    names: &[String],
    file: Option<&Path>,
) -> Result<Vec<(String, String)>, SecretError> {
    let from_file = match file {
        Some(path) => read_vault_file(path)?,
        None => BTreeMap::new(),
    };
    names
        .iter()
        .map(|name| {
            let env = vault_env_name(name);
            from_file
                .get(name)
                .cloned()
                .or_else(|| std::env::var(&env).ok())
                .map(|value| (name.clone(), value))
                .ok_or_else(|| SecretError::Vault {
                    name: name.clone(),
                    file: file.map(Path::to_path_buf),
                    env,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_names() {
        assert_eq!(
            vault_env_name("postman-api-key"),
            "POSTRUN_VAULT_POSTMAN_API_KEY"
        );
        assert_eq!(vault_env_name("a.b c"), "POSTRUN_VAULT_A_B_C");
    }

    #[test]
    fn dotenv_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vault.env");
        std::fs::write(&path, "# comment\nA=1\nexport B=\"two words\"\nC='x=y'\n").unwrap();
        let values = read_vault_file(&path).unwrap();
        assert_eq!(values["A"], "1");
        assert_eq!(values["B"], "two words");
        assert_eq!(values["C"], "x=y");
    }
}
