//! TLS trust and client certificates for the run's client.
//!
//! Trust is the platform's certificate store (which honours `SSL_CERT_FILE`
//! and `SSL_CERT_DIR`) plus Mozilla's roots, plus `--ssl-extra-ca-certs`.
//! A client certificate comes from `--ssl-client-cert` and
//! `--ssl-client-key` (an encrypted PKCS#8 key with
//! `--ssl-client-passphrase`). `-k` turns verification off.

use std::path::{Path, PathBuf};

/// The TLS settings of a run.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// `--ssl-extra-ca-certs`: PEM certificates trusted besides the roots.
    pub extra_ca_certs: Option<PathBuf>,
    /// `--ssl-client-cert`: the client certificate chain, PEM.
    pub client_cert: Option<PathBuf>,
    /// `--ssl-client-key`: its private key, PEM (the certificate file is
    /// read for a key when this is not given).
    pub client_key: Option<PathBuf>,
    /// `--ssl-client-passphrase`: decrypts an encrypted PKCS#8 key.
    pub client_passphrase: Option<String>,
}

/// A TLS file postrun cannot use.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// The file cannot be read.
    #[error("cannot read {flag} file {}", path.display())]
    Read {
        /// The flag that named it.
        flag: &'static str,
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file holds nothing usable.
    #[error("{flag} file {}: {problem}", path.display())]
    Invalid {
        /// The flag that named it.
        flag: &'static str,
        /// The file.
        path: PathBuf,
        /// What is wrong, and the fix when one is known.
        problem: String,
    },
}

fn read(flag: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|source| TlsError::Read {
        flag,
        path: path.to_path_buf(),
        source,
    })
}

fn invalid(flag: &'static str, path: &Path, problem: impl Into<String>) -> TlsError {
    TlsError::Invalid {
        flag,
        path: path.to_path_buf(),
        problem: problem.into(),
    }
}

/// Applies the options to a client builder.
pub fn configure(
    mut builder: reqwest::ClientBuilder,
    options: &TlsOptions,
) -> Result<reqwest::ClientBuilder, TlsError> {
    if let Some(path) = &options.extra_ca_certs {
        let flag = "--ssl-extra-ca-certs";
        let certificates = reqwest::Certificate::from_pem_bundle(&read(flag, path)?)
            .map_err(|e| invalid(flag, path, format!("not PEM certificates ({e})")))?;
        if certificates.is_empty() {
            return Err(invalid(flag, path, "no PEM certificate in it"));
        }
        for certificate in certificates {
            builder = builder.add_root_certificate(certificate);
        }
    }
    if let Some(cert_path) = &options.client_cert {
        builder = builder.identity(identity(cert_path, options)?);
    }
    Ok(builder)
}

fn identity(cert_path: &Path, options: &TlsOptions) -> Result<reqwest::Identity, TlsError> {
    let flag = "--ssl-client-cert";
    let mut pem = read(flag, cert_path)?;
    let (key_flag, key_path) = match &options.client_key {
        Some(key) => ("--ssl-client-key", key.as_path()),
        None => (flag, cert_path),
    };
    let key = if options.client_key.is_some() {
        read(key_flag, key_path)?
    } else {
        Vec::new()
    };
    let key_text = String::from_utf8_lossy(if key.is_empty() { &pem } else { &key }).into_owned();
    if key_text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
        let decrypted = decrypt(&key_text, options.client_passphrase.as_deref())
            .map_err(|problem| invalid(key_flag, key_path, problem))?;
        pem.push(b'\n');
        pem.extend_from_slice(decrypted.as_bytes());
    } else if key_text.contains("Proc-Type: 4,ENCRYPTED") {
        return Err(invalid(
            key_flag,
            key_path,
            "a legacy encrypted PEM key; convert it: openssl pkcs8 -topk8 -in KEY -out key.pem",
        ));
    } else if !key.is_empty() {
        pem.push(b'\n');
        pem.extend_from_slice(&key);
    }
    reqwest::Identity::from_pem(&pem).map_err(|e| {
        invalid(
            flag,
            cert_path,
            format!(
                "no usable certificate and private key (PEM) in it or in --ssl-client-key ({e})"
            ),
        )
    })
}

/// An encrypted PKCS#8 key, decrypted into an unencrypted PEM block.
fn decrypt(pem: &str, passphrase: Option<&str>) -> Result<String, String> {
    use pkcs8::der::Decode as _;
    let passphrase =
        passphrase.ok_or("the key is encrypted; --ssl-client-passphrase decrypts it")?;
    let start = pem
        .find("-----BEGIN ENCRYPTED PRIVATE KEY-----")
        .unwrap_or(0);
    let end = pem[start..]
        .find("-----END ENCRYPTED PRIVATE KEY-----")
        .map_or(pem.len(), |e| {
            start + e + "-----END ENCRYPTED PRIVATE KEY-----".len()
        });
    let (_, document) = pkcs8::der::Document::from_pem(&pem[start..end])
        .map_err(|e| format!("the encrypted key cannot be read ({e})"))?;
    let info = pkcs8::EncryptedPrivateKeyInfo::from_der(document.as_bytes())
        .map_err(|e| format!("the encrypted key cannot be read ({e})"))?;
    let secret = info
        .decrypt(passphrase)
        .map_err(|_| "--ssl-client-passphrase does not decrypt the key".to_string())?;
    secret
        .to_pem("PRIVATE KEY", pkcs8::LineEnding::LF)
        .map(|pem| pem.to_string())
        .map_err(|e| format!("the decrypted key cannot be written as PEM ({e})"))
}
