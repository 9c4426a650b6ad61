//! TLS trust and client certificates against a local HTTPS server whose CA
//! is generated here (rcgen): a private CA is refused with a message that
//! names the way out, trusted with `--ssl-extra-ca-certs` or `SSL_CERT_FILE`,
//! and a server that asks for a client certificate gets one from
//! `--ssl-client-cert`/`--ssl-client-key` (encrypted with a passphrase too).

use std::io::{Read as _, Write as _};
use std::sync::Arc;

use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use tokio_rustls::rustls;

use crate::support::TestRun;

/// A CA, a server certificate for 127.0.0.1 and a client certificate.
struct Pki {
    ca_pem: String,
    server: (rustls::pki_types::CertificateDer<'static>, KeyPair),
    client_pem: String,
    client_key: KeyPair,
    ca_der: rustls::pki_types::CertificateDer<'static>,
}

fn pki() -> Pki {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let server_key = KeyPair::generate().unwrap();
    let server = CertificateParams::new(vec!["127.0.0.1".to_string()])
        .unwrap()
        .signed_by(&server_key, &ca, &ca_key)
        .unwrap();
    let client_key = KeyPair::generate().unwrap();
    let client = CertificateParams::new(vec!["client.test".to_string()])
        .unwrap()
        .signed_by(&client_key, &ca, &ca_key)
        .unwrap();
    Pki {
        ca_pem: ca.pem(),
        ca_der: ca.der().clone(),
        server: (server.der().clone(), server_key),
        client_pem: client.pem(),
        client_key,
    }
}

/// An HTTPS server on 127.0.0.1 answering `200 ok` to every request;
/// with `client_ca` it refuses a client without a certificate that CA
/// signed. Returns its port.
fn https_server(pki: &Pki, client_ca: bool) -> u16 {
    let key = rustls::pki_types::PrivateKeyDer::try_from(pki.server.1.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let builder = if client_ca {
        let mut roots = rustls::RootCertStore::empty();
        roots.add(pki.ca_der.clone()).unwrap();
        let verifier =
            rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .unwrap();
        builder.with_client_cert_verifier(verifier)
    } else {
        builder.with_no_client_auth()
    };
    let config = Arc::new(
        builder
            .with_single_cert(vec![pki.server.0.clone()], key)
            .unwrap(),
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let config = config.clone();
            std::thread::spawn(move || serve(stream, config));
        }
    });
    port
}

fn serve(mut tcp: std::net::TcpStream, config: Arc<rustls::ServerConfig>) {
    let Ok(mut connection) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut tls = rustls::Stream::new(&mut connection, &mut tcp);
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match tls.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let reply = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
    tls.write_all(reply.as_bytes()).ok();
    tls.flush().ok();
}

fn collection(port: u16) -> String {
    format!(
        r#"{{"info": {{"name": "tls"}}, "item": [{{"name": "secure",
        "request": {{"url": "https://127.0.0.1:{port}/me"}},
        "event": [{{"listen": "test", "script": {{"exec": ["pm.test('200', function () {{ pm.response.to.have.status(200); }});"]}}}}]}}]}}"#
    )
}

#[test]
fn a_private_ca_is_refused_with_the_way_out_then_trusted_by_flag_env_node_or_k() {
    let pki = pki();
    let port = https_server(&pki, false);
    let untrusted = TestRun::inline(&collection(port)).run();
    assert_eq!(untrusted.code, 1, "{}", untrusted.stdout);
    assert!(
        untrusted.stdout.contains(&format!(
            "the TLS certificate of 127.0.0.1:{port} is not trusted"
        )) && untrusted.stdout.contains("--ssl-extra-ca-certs FILE"),
        "{}",
        untrusted.stdout
    );

    let insecure = TestRun::inline(&collection(port)).args(["-k"]).run();
    assert_eq!(
        insecure.code, 0,
        "-k takes any certificate: {}",
        insecure.stdout
    );

    let run = TestRun::inline(&collection(port));
    let ca = run.write("ca.pem", &pki.ca_pem);
    let trusted = run.args(["--ssl-extra-ca-certs", &ca]).run();
    assert_eq!(trusted.code, 0, "{}", trusted.stdout);

    let run = TestRun::inline(&collection(port));
    let ca = run.write("ca.pem", &pki.ca_pem);
    let from_env = run.env("SSL_CERT_FILE", &ca).run();
    assert_eq!(from_env.code, 0, "{}", from_env.stdout);

    // Node's own variables, which CI jobs set for Newman.
    let run = TestRun::inline(&collection(port));
    let ca = run.write("ca.pem", &pki.ca_pem);
    let from_node = run.env("NODE_EXTRA_CA_CERTS", &ca).run();
    assert_eq!(from_node.code, 0, "{}", from_node.stdout);
    let run = TestRun::inline(&collection(port));
    let missing = run.path("missing.pem");
    let unreadable = run.env("NODE_EXTRA_CA_CERTS", &missing).run();
    assert_eq!(unreadable.code, 1, "{}", unreadable.stdout);
    assert!(
        unreadable.stderr.contains("NODE_EXTRA_CA_CERTS names")
            && unreadable.stderr.contains("ignored, as Node ignores it"),
        "{}",
        unreadable.stderr
    );
    let run = TestRun::inline(&collection(port));
    let unchecked = run.env("NODE_TLS_REJECT_UNAUTHORIZED", "0").run();
    assert_eq!(unchecked.code, 0, "{}", unchecked.stdout);
    assert!(
        unchecked
            .stderr
            .contains("NODE_TLS_REJECT_UNAUTHORIZED is 0: TLS certificates are not checked"),
        "{}",
        unchecked.stderr
    );
    let checked = TestRun::inline(&collection(port))
        .env("NODE_TLS_REJECT_UNAUTHORIZED", "1")
        .run();
    assert_eq!(
        checked.code, 1,
        "only 0 turns checks off: {}",
        checked.stdout
    );

    let run = TestRun::inline(&collection(port));
    std::fs::create_dir(run.path("certs")).unwrap();
    run.write("certs/private-ca.pem", &pki.ca_pem);
    let dir = run.path("certs");
    let from_dir = run.env("SSL_CERT_DIR", &dir).run();
    assert_eq!(from_dir.code, 0, "{}", from_dir.stdout);
}

/// A collection of one request with `protocolProfileBehavior.strictSSL`.
fn strict_ssl_collection(port: u16, strict: bool) -> String {
    collection(port).replacen(
        r#""request""#,
        &format!(r#""protocolProfileBehavior": {{"strictSSL": {strict}}}, "request""#),
        1,
    )
}

/// As in Newman (measured with a self-signed server): a request's own
/// `strictSSL` overrides `-k` either way.
#[test]
fn a_requests_strict_ssl_setting_overrides_k_either_way() {
    let pki = pki();
    let port = https_server(&pki, false);
    let lenient = TestRun::inline(&strict_ssl_collection(port, false)).run();
    assert_eq!(lenient.code, 0, "strictSSL false: {}", lenient.stdout);
    let strict = TestRun::inline(&strict_ssl_collection(port, true))
        .args(["-k"])
        .run();
    assert_eq!(strict.code, 1, "strictSSL true beats -k: {}", strict.stdout);
    assert!(
        strict.stdout.contains("is not trusted"),
        "{}",
        strict.stdout
    );
}

#[test]
fn a_client_certificate_is_presented_when_given() {
    let pki = pki();
    let port = https_server(&pki, true);
    let with_ca = |run: TestRun| {
        let ca = run.write("ca.pem", &pki.ca_pem);
        run.args(["--ssl-extra-ca-certs", &ca])
    };
    let without = with_ca(TestRun::inline(&collection(port))).run();
    assert_eq!(without.code, 1, "{}", without.stdout);

    let run = with_ca(TestRun::inline(&collection(port)));
    let cert = run.write("client.pem", &pki.client_pem);
    let key = run.write("client.key", &pki.client_key.serialize_pem());
    let with = run
        .args(["--ssl-client-cert", &cert, "--ssl-client-key", &key])
        .run();
    assert_eq!(with.code, 0, "{}", with.stdout);

    // Parallel iterations share one pool: its TLS sessions present it too.
    let run = with_ca(TestRun::inline(&collection(port)));
    let cert = run.write("client.pem", &pki.client_pem);
    let key = run.write("client.key", &pki.client_key.serialize_pem());
    let parallel = run
        .args(["--ssl-client-cert", &cert, "--ssl-client-key", &key])
        .args(["-n", "4", "--parallel", "2"])
        .run();
    assert_eq!(parallel.code, 0, "{}", parallel.stdout);
    assert_eq!(
        parallel.stdout.matches("✓  200").count(),
        4,
        "{}",
        parallel.stdout
    );

    let encrypted = {
        use pkcs8::der::EncodePem as _;
        let der = pki.client_key.serialize_der();
        let info = pkcs8::PrivateKeyInfo::try_from(der.as_slice()).unwrap();
        let encrypted = info.encrypt(rand_core::OsRng, b"open sesame").unwrap();
        let info = pkcs8::EncryptedPrivateKeyInfo::try_from(encrypted.as_bytes()).unwrap();
        info.to_pem(pkcs8::LineEnding::LF).unwrap()
    };
    let run = with_ca(TestRun::inline(&collection(port)));
    let cert = run.write("client.pem", &pki.client_pem);
    let key = run.write("client.key", &encrypted);
    let args = ["--ssl-client-cert", &cert, "--ssl-client-key", &key];
    let no_passphrase = run.args(args).run();
    assert_eq!(no_passphrase.code, 2, "{}", no_passphrase.stderr);
    assert!(
        no_passphrase
            .stderr
            .contains("the key is encrypted; --ssl-client-passphrase decrypts it"),
        "{}",
        no_passphrase.stderr
    );
    let run = with_ca(TestRun::inline(&collection(port)));
    let cert = run.write("client.pem", &pki.client_pem);
    let key = run.write("client.key", &encrypted);
    let decrypted = run
        .args(["--ssl-client-cert", &cert, "--ssl-client-key", &key])
        .args(["--ssl-client-passphrase", "open sesame"])
        .run();
    assert_eq!(decrypted.code, 0, "{}", decrypted.stdout);
}

#[test]
fn an_unusable_ca_file_stops_the_run_naming_the_flag_and_file() {
    // No PEM at all, and a PEM block whose content is no certificate: both
    // refused before anything is sent, though the trust store itself is
    // only read at the first handshake.
    let garbage = "-----BEGIN CERTIFICATE-----\nAAECAwQFBgcICQ==\n-----END CERTIFICATE-----\n";
    for (text, problem) in [
        ("not a certificate", "no PEM certificate"),
        (garbage, "certificate 1 is not a usable CA certificate"),
    ] {
        let run = TestRun::inline(&collection(1));
        let ca = run.write("ca.pem", text);
        let finished = run.args(["--ssl-extra-ca-certs", &ca]).run();
        assert_eq!(finished.code, 2, "{}", finished.stderr);
        assert!(
            finished.stderr.contains("--ssl-extra-ca-certs file")
                && finished.stderr.contains("ca.pem")
                && finished.stderr.contains(problem),
            "{}",
            finished.stderr
        );
    }
}

#[test]
fn a_client_certificate_list_picks_the_certificate_by_url_pattern() {
    let pki = pki();
    let port = https_server(&pki, true);
    let list_run = |pattern: &str| {
        let run = TestRun::inline(&collection(port));
        let ca = run.write("ca.pem", &pki.ca_pem);
        let cert = run.write("client.pem", &pki.client_pem);
        let key = run.write("client.key", &pki.client_key.serialize_pem());
        let list = serde_json::json!([{
            "name": "local",
            "matches": [pattern],
            "cert": { "src": cert },
            "key": { "src": key }
        }]);
        let list = run.write("certs.json", &list.to_string());
        run.args(["--ssl-extra-ca-certs", &ca, "--ssl-client-cert-list", &list])
            .run()
    };
    let matched = list_run(&format!("https://127.0.0.1:{port}/*"));
    assert_eq!(matched.code, 0, "{}", matched.stdout);
    let other_host = list_run("https://api.example.test/*");
    assert_eq!(
        other_host.code, 1,
        "no certificate for this URL: {}",
        other_host.stdout
    );
}
