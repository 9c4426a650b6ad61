//! TLS trust and client certificates for the run's clients.
//!
//! Trust is the platform's certificate store (which honours `SSL_CERT_FILE`
//! and `SSL_CERT_DIR`) plus Mozilla's roots, plus `--ssl-extra-ca-certs`.
//! The store is read at the first TLS handshake, not when a client is
//! built: reading and decoding it was most of a plain-HTTP run's start-up.
//! A client certificate comes from `--ssl-client-cert` and
//! `--ssl-client-key` (an encrypted PKCS#8 key with
//! `--ssl-client-passphrase`). `-k` turns verification off.

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::sign::{CertifiedKey, SingleCertAndKey};
use rustls::{DigitallySignedStruct, RootCertStore, SignatureScheme};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The TLS settings of a run.
#[derive(Debug, Clone, Default)]
pub struct TlsOptions {
    /// PEM certificates trusted besides the roots (`--ssl-extra-ca-certs`,
    /// `NODE_EXTRA_CA_CERTS`).
    pub extra_ca_certs: Vec<CaFile>,
    /// `--ssl-client-cert`: the client certificate chain, PEM.
    pub client_cert: Option<PathBuf>,
    /// `--ssl-client-key`: its private key, PEM (the certificate file is
    /// read for a key when this is not given).
    pub client_key: Option<PathBuf>,
    /// `--ssl-client-passphrase`: decrypts an encrypted PKCS#8 key.
    pub client_passphrase: Option<String>,
    /// `--ssl-client-cert-list`: Newman's JSON list of client certificates
    /// per URL pattern; a match wins over `--ssl-client-cert`.
    pub client_cert_list: Option<PathBuf>,
}

/// A PEM file of CA certificates to trust, and what named it (the flag or
/// the environment variable its errors name).
#[derive(Debug, Clone)]
pub struct CaFile {
    /// The file.
    pub path: PathBuf,
    /// `--ssl-extra-ca-certs`, `NODE_EXTRA_CA_CERTS`.
    pub named_by: &'static str,
    /// Read at the first TLS handshake rather than before the run: a file
    /// the environment names (often the whole system bundle, which a
    /// plain-HTTP run should not pay for), where a flag's is checked first.
    pub deferred: bool,
}

/// A client certificate with its key, checked to belong together.
type Identity = Arc<CertifiedKey>;

/// How a run's clients speak TLS: one server verifier for all of them
/// that check certificates, and the client certificates.
#[derive(Clone)]
pub(crate) struct Tls {
    verifier: Arc<Verifier>,
    identities: Identities,
}

/// The verifier of clients that check nothing (`-k`, `strictSSL: false`).
fn lenient() -> Arc<Verifier> {
    static LENIENT: OnceLock<Arc<Verifier>> = OnceLock::new();
    LENIENT
        .get_or_init(|| Arc::new(Verifier::AcceptAnything))
        .clone()
}

impl Tls {
    /// Reads every file the options name; the trust store waits for the
    /// first handshake that checks a certificate (none under `-k`, unless a
    /// request's `strictSSL` asks for it).
    pub(super) fn load(options: &TlsOptions) -> Result<Tls, TlsError> {
        let mut extra = RootCertStore::empty();
        for file in options.extra_ca_certs.iter().filter(|file| !file.deferred) {
            extra.roots.extend(extra_roots(file)?.roots);
        }
        let deferred = options
            .extra_ca_certs
            .iter()
            .filter(|file| file.deferred)
            .cloned()
            .collect();
        let verifier = Verifier::Roots {
            extra,
            deferred,
            verifier: OnceLock::new(),
        };
        Ok(Tls {
            verifier: Arc::new(verifier),
            identities: Identities::load(options)?,
        })
    }

    /// Trust as for a run without TLS options (fetching a collection).
    pub(crate) fn platform() -> Tls {
        Tls {
            verifier: Arc::new(Verifier::roots(RootCertStore::empty())),
            identities: Identities::default(),
        }
    }

    /// The entry of `--ssl-client-cert-list` whose pattern matches `url`.
    pub(super) fn listed_for(&self, url: &str) -> Option<usize> {
        self.identities.listed_for(url)
    }

    /// The rustls configuration of a client presenting the certificate of
    /// an entry of the list, or the default one, and checking the server's
    /// certificate when `strict`.
    pub(crate) fn config(&self, listed: Option<usize>, strict: bool) -> rustls::ClientConfig {
        let verifier = match strict {
            true => self.verifier.clone(),
            false => lenient(),
        };
        let builder = rustls::ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(rustls::ALL_VERSIONS)
            .expect("ring's provider supports TLS 1.2 and 1.3")
            .dangerous()
            .with_custom_certificate_verifier(verifier);
        let mut config = match self.identities.get(listed) {
            Some(identity) => builder
                .with_client_cert_resolver(Arc::new(SingleCertAndKey::from(identity.clone()))),
            None => builder.with_no_client_auth(),
        };
        // reqwest is built for HTTP/1.1 alone.
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        config
    }
}

/// The crypto provider reqwest would pick: ring's.
fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    PROVIDER
        .get_or_init(|| Arc::new(rustls::crypto::ring::default_provider()))
        .clone()
}

/// `--ssl-extra-ca-certs`: every PEM certificate in the file, each checked
/// to be usable as a trust anchor now rather than at the first handshake.
fn extra_roots(file: &CaFile) -> Result<RootCertStore, TlsError> {
    let (flag, path) = (file.named_by, file.path.as_path());
    let certificates = CertificateDer::pem_slice_iter(&read(flag, path)?)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| invalid(flag, path, format!("not PEM certificates ({e})")))?;
    if certificates.is_empty() {
        return Err(invalid(flag, path, "no PEM certificate in it"));
    }
    let mut roots = RootCertStore::empty();
    for (index, certificate) in certificates.into_iter().enumerate() {
        roots.add(certificate).map_err(|e| {
            invalid(
                flag,
                path,
                format!(
                    "certificate {} is not a usable CA certificate ({e})",
                    index + 1
                ),
            )
        })?;
    }
    Ok(roots)
}

/// The platform's store and Mozilla's roots, read once per process at the
/// first handshake that needs them. Certificates the platform's store
/// holds but cannot be parsed are skipped, as reqwest does.
fn system_roots() -> &'static RootCertStore {
    static ROOTS: OnceLock<RootCertStore> = OnceLock::new();
    ROOTS.get_or_init(|| {
        let mut roots = RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        roots
    })
}

/// How a run's clients judge a server's certificate.
#[derive(Debug)]
enum Verifier {
    /// Against the roots, put together at the first handshake.
    Roots {
        extra: RootCertStore,
        /// Files read when the verifier is put together.
        deferred: Vec<CaFile>,
        verifier: OnceLock<Result<Arc<WebPkiServerVerifier>, rustls::Error>>,
    },
    /// `-k`: any certificate, any signature, as reqwest's own does.
    AcceptAnything,
}

impl Verifier {
    fn roots(extra: RootCertStore) -> Verifier {
        Verifier::Roots {
            extra,
            deferred: Vec::new(),
            verifier: OnceLock::new(),
        }
    }

    /// The roots' verifier, or `None` under `-k`.
    fn webpki(&self) -> Result<Option<&Arc<WebPkiServerVerifier>>, rustls::Error> {
        let Verifier::Roots {
            extra,
            deferred,
            verifier,
        } = self
        else {
            return Ok(None);
        };
        verifier
            .get_or_init(|| {
                let mut roots = system_roots().clone();
                roots.extend(extra.roots.iter().cloned());
                for file in deferred {
                    let read =
                        extra_roots(file).map_err(|e| rustls::Error::General(e.to_string()))?;
                    roots.extend(read.roots);
                }
                WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider())
                    .build()
                    .map_err(|e| rustls::Error::General(e.to_string()))
            })
            .as_ref()
            .map(Some)
            .map_err(Clone::clone)
    }

    fn accepts_anything(&self) -> bool {
        matches!(self, Verifier::AcceptAnything)
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self.webpki()? {
            Some(webpki) => webpki.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp_response,
                now,
            ),
            None => Ok(ServerCertVerified::assertion()),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        if self.accepts_anything() {
            return Ok(HandshakeSignatureValid::assertion());
        }
        let algorithms = provider().signature_verification_algorithms;
        rustls::crypto::verify_tls12_signature(message, cert, dss, &algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        if self.accepts_anything() {
            return Ok(HandshakeSignatureValid::assertion());
        }
        let algorithms = provider().signature_verification_algorithms;
        rustls::crypto::verify_tls13_signature(message, cert, dss, &algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        provider()
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The client certificates of a run: the default one and those of
/// `--ssl-client-cert-list`, each with the URL patterns it serves.
#[derive(Clone, Default)]
struct Identities {
    default: Option<Identity>,
    listed: Vec<(Vec<String>, Identity)>,
}

impl Identities {
    /// Reads every certificate file the options name.
    fn load(options: &TlsOptions) -> Result<Identities, TlsError> {
        let default = match &options.client_cert {
            Some(cert) => Some(identity(
                ("--ssl-client-cert", cert),
                options
                    .client_key
                    .as_deref()
                    .map(|k| ("--ssl-client-key", k)),
                options.client_passphrase.as_deref(),
            )?),
            None => None,
        };
        let listed = match &options.client_cert_list {
            Some(path) => cert_list(path)?,
            None => Vec::new(),
        };
        Ok(Identities { default, listed })
    }

    /// The entry of the list whose pattern matches `url`, if any.
    fn listed_for(&self, url: &str) -> Option<usize> {
        self.listed
            .iter()
            .position(|(patterns, _)| patterns.iter().any(|p| pattern_matches(p, url)))
    }

    /// The certificate for an entry of the list, or the default one.
    fn get(&self, listed: Option<usize>) -> Option<&Identity> {
        match listed {
            Some(index) => self.listed.get(index).map(|(_, identity)| identity),
            None => self.default.as_ref(),
        }
    }
}

/// Newman's `--ssl-client-cert-list`: `[{name, matches: [pattern], cert:
/// {src}, key: {src}, passphrase}]`, paths relative to the current folder.
fn cert_list(path: &Path) -> Result<Vec<(Vec<String>, Identity)>, TlsError> {
    let flag = "--ssl-client-cert-list";
    let text = read(flag, path)?;
    let entries: Vec<serde_json::Value> = serde_json::from_slice(&text)
        .map_err(|e| invalid(flag, path, format!("not a JSON list ({e})")))?;
    let mut out = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let at = |what: &str| invalid(flag, path, format!("[{index}] has no {what}"));
        let patterns: Vec<String> = entry["matches"]
            .as_array()
            .ok_or_else(|| at("`matches` list"))?
            .iter()
            .filter_map(|m| m.as_str().map(String::from))
            .collect();
        let cert = PathBuf::from(
            entry["cert"]["src"]
                .as_str()
                .ok_or_else(|| at("`cert.src`"))?,
        );
        let key = entry["key"]["src"].as_str().map(PathBuf::from);
        let identity = identity(
            (flag, &cert),
            key.as_deref().map(|k| (flag, k)),
            entry["passphrase"].as_str(),
        )?;
        out.push((patterns, identity));
    }
    Ok(out)
}

/// A match pattern (`https://*.example.com/*`, `*://api.test:8443/v1/*`)
/// against a URL: scheme, host (a leading `*.` matches subdomains), port
/// when the pattern names one, and the path with `*` as a wildcard.
fn pattern_matches(pattern: &str, url: &str) -> bool {
    let (Some((scheme, rest)), Ok(url)) = (pattern.split_once("://"), url::Url::parse(url)) else {
        return false;
    };
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let url_host = url.host_str().unwrap_or_default();
    let scheme_ok =
        scheme == url.scheme() || (scheme == "*" && matches!(url.scheme(), "http" | "https"));
    let host_ok = host == "*"
        || host.eq_ignore_ascii_case(url_host)
        || host.strip_prefix("*.").is_some_and(|base| {
            url_host.eq_ignore_ascii_case(base)
                || url_host
                    .to_ascii_lowercase()
                    .ends_with(&format!(".{}", base.to_ascii_lowercase()))
        });
    let port_ok = port.is_none_or(|p| {
        p == "*"
            || Some(p)
                == url
                    .port_or_known_default()
                    .map(|n| n.to_string())
                    .as_deref()
    });
    let path = if path.is_empty() { "/*" } else { path };
    scheme_ok && host_ok && port_ok && glob(path, url.path())
}

/// `*` matches any run of characters.
fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            text.starts_with(head)
                && (0..=text.len() - head.len())
                    .filter(|i| text.is_char_boundary(head.len() + i))
                    .any(|i| glob(tail, &text[head.len() + i..]))
        }
    }
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

/// A certificate (and its key, from the same file or its own), checked to
/// belong together; each file comes with the flag that named it.
fn identity(
    (flag, cert_path): (&'static str, &Path),
    key: Option<(&'static str, &Path)>,
    passphrase: Option<&str>,
) -> Result<Identity, TlsError> {
    let mut pem = read(flag, cert_path)?;
    let (key_flag, key_path) = key.unwrap_or((flag, cert_path));
    let key = match key {
        Some(_) => read(key_flag, key_path)?,
        None => Vec::new(),
    };
    let key_text = String::from_utf8_lossy(if key.is_empty() { &pem } else { &key }).into_owned();
    if key_text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
        let decrypted = decrypt(&key_text, passphrase)
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
    let unusable = |e: &dyn std::fmt::Display| {
        invalid(
            flag,
            cert_path,
            format!(
                "no usable certificate and private key (PEM) in it or in --ssl-client-key ({e})"
            ),
        )
    };
    let chain = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| unusable(&e))?;
    if chain.is_empty() {
        return Err(unusable(&"no certificate"));
    }
    let key = PrivateKeyDer::from_pem_slice(&pem).map_err(|e| unusable(&e))?;
    CertifiedKey::from_der(chain, key, &provider())
        .map(Arc::new)
        .map_err(|e| unusable(&e))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_patterns_cover_scheme_host_port_and_path() {
        let yes = [
            ("https://api.test/*", "https://api.test/v1/me"),
            ("https://*.test/*", "https://a.b.test/x"),
            ("*://api.test/v1/*", "http://api.test/v1/"),
            ("https://api.test:8443/*", "https://api.test:8443/"),
            ("https://api.test", "https://api.test/anything"),
        ];
        for (pattern, url) in yes {
            assert!(
                pattern_matches(pattern, url),
                "{pattern} should match {url}"
            );
        }
        let no = [
            ("https://api.test/*", "http://api.test/"),
            ("https://api.test/v1/*", "https://api.test/v2/x"),
            ("https://*.test/*", "https://attest/"),
            ("https://api.test:8443/*", "https://api.test/"),
        ];
        for (pattern, url) in no {
            assert!(
                !pattern_matches(pattern, url),
                "{pattern} should not match {url}"
            );
        }
    }
}
