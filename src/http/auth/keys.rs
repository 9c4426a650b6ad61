//! Private keys from PEM text (PKCS#8, PKCS#1, SEC1) and the signatures made
//! with them: RSA PKCS#1 v1.5 and PSS, ECDSA P-256, P-384 and P-521.

use rsa::RsaPrivateKey;
use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::pkcs8::DecodePrivateKey as _;

use super::signing::{Hash, digest};

/// A PEM block as users paste it: line breaks may be lost (ASAP strips
/// them) or written as `\n`.
fn normalize_pem(text: &str) -> String {
    let text = text.trim().trim_matches('"').replace("\\n", "\n");
    let Some(begin_end) = text.find("-----").and_then(|s| {
        let after = s + 5 + text[s + 5..].find("-----")? + 5;
        Some((s, after))
    }) else {
        return text;
    };
    let (start, body_start) = begin_end;
    let Some(end_at) = text[body_start..].find("-----END") else {
        return text;
    };
    let header = &text[start..body_start];
    let body: String = text[body_start..body_start + end_at]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let footer = text[body_start + end_at..].trim();
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|chunk| std::str::from_utf8(chunk).unwrap_or_default())
        .collect();
    format!("{header}\n{}\n{footer}\n", lines.join("\n"))
}

/// An RSA private key from PKCS#8 or PKCS#1 PEM.
pub fn rsa_key(pem: &str) -> Result<RsaPrivateKey, String> {
    let pem = normalize_pem(pem);
    RsaPrivateKey::from_pkcs8_pem(&pem)
        .or_else(|_| RsaPrivateKey::from_pkcs1_pem(&pem))
        .map_err(|_| "the private key is not an RSA key in PEM (PKCS#8 or PKCS#1)".to_string())
}

fn pkcs1_scheme(hash: Hash) -> rsa::Pkcs1v15Sign {
    match hash {
        Hash::Sha1 => rsa::Pkcs1v15Sign::new::<sha1::Sha1>(),
        Hash::Sha384 => rsa::Pkcs1v15Sign::new::<sha2::Sha384>(),
        Hash::Sha512 => rsa::Pkcs1v15Sign::new::<sha2::Sha512>(),
        Hash::Md5 | Hash::Sha256 | Hash::Sha512_256 => rsa::Pkcs1v15Sign::new::<sha2::Sha256>(),
    }
}

/// RSASSA-PKCS1-v1_5 over `data` (RS256…, OAuth 1's RSA-SHA1…).
pub fn rsa_pkcs1_sign(pem: &str, hash: Hash, data: &[u8]) -> Result<Vec<u8>, String> {
    let key = rsa_key(pem)?;
    key.sign(pkcs1_scheme(hash), &digest(hash, data))
        .map_err(|e| format!("RSA signing failed: {e}"))
}

/// RSASSA-PSS over `data` with a salt as long as the hash (PS256…).
pub fn rsa_pss_sign(pem: &str, hash: Hash, data: &[u8]) -> Result<Vec<u8>, String> {
    let key = rsa_key(pem)?;
    let scheme = match hash {
        Hash::Sha384 => rsa::Pss::new::<sha2::Sha384>(),
        Hash::Sha512 => rsa::Pss::new::<sha2::Sha512>(),
        Hash::Md5 | Hash::Sha1 | Hash::Sha256 | Hash::Sha512_256 => rsa::Pss::new::<sha2::Sha256>(),
    };
    key.sign_with_rng(&mut rand_core::OsRng, scheme, &digest(hash, data))
        .map_err(|e| format!("RSA-PSS signing failed: {e}"))
}

/// ECDSA as JWT wants it: `r || s`, P-256 with SHA-256, P-384 with
/// SHA-384 or P-521 with SHA-512.
pub fn ecdsa_sign(pem: &str, hash: Hash, data: &[u8]) -> Result<Vec<u8>, String> {
    use p256::ecdsa::signature::Signer as _;
    use p256::pkcs8::DecodePrivateKey as _;
    let pem = normalize_pem(pem);
    let not_ec = |curve: &str| format!("the private key is not a {curve} EC key in PEM");
    match hash {
        Hash::Sha512 => {
            use p521::pkcs8::DecodePrivateKey as _;
            let secret = p521::SecretKey::from_pkcs8_pem(&pem)
                .or_else(|_| p521::SecretKey::from_sec1_pem(&pem))
                .map_err(|_| not_ec("P-521"))?;
            let key = p521::ecdsa::SigningKey::from_bytes(&secret.to_bytes())
                .map_err(|_| not_ec("P-521"))?;
            let signature: p521::ecdsa::Signature = key.sign(data);
            Ok(signature.to_bytes().to_vec())
        }
        Hash::Sha384 => {
            let key = p384::ecdsa::SigningKey::from_pkcs8_pem(&pem)
                .or_else(|_| p384::SecretKey::from_sec1_pem(&pem).map(Into::into))
                .map_err(|_| not_ec("P-384"))?;
            let signature: p384::ecdsa::Signature = key.sign(data);
            Ok(signature.to_bytes().to_vec())
        }
        _ => {
            let key = p256::ecdsa::SigningKey::from_pkcs8_pem(&pem)
                .or_else(|_| p256::SecretKey::from_sec1_pem(&pem).map(Into::into))
                .map_err(|_| not_ec("P-256"))?;
            let signature: p256::ecdsa::Signature = key.sign(data);
            Ok(signature.to_bytes().to_vec())
        }
    }
}

/// The public-key signature schemes of WebCrypto's `crypto.subtle.sign`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// RSASSA-PKCS1-v1_5.
    RsaPkcs1,
    /// RSA-PSS with a salt as long as the hash.
    RsaPss,
    /// ECDSA on the key's curve (P-256, P-384 or P-521), `r || s`.
    Ecdsa,
}

/// A signature over `data` with a PKCS#8 DER private key (what
/// `crypto.subtle.importKey('pkcs8', …)` takes).
pub fn sign_pkcs8(scheme: Scheme, hash: Hash, der: &[u8], data: &[u8]) -> Result<Vec<u8>, String> {
    match scheme {
        Scheme::RsaPkcs1 | Scheme::RsaPss => {
            let pem = format!(
                "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
                base64::Engine::encode(&base64::engine::general_purpose::STANDARD, der)
            );
            if scheme == Scheme::RsaPkcs1 {
                rsa_pkcs1_sign(&pem, hash, data)
            } else {
                rsa_pss_sign(&pem, hash, data)
            }
        }
        Scheme::Ecdsa => ecdsa_sign_prehash(der, &digest(hash, data)),
    }
}

/// ECDSA over a digest, on whichever curve the PKCS#8 key is for
/// (WebCrypto lets the hash and the curve differ).
fn ecdsa_sign_prehash(der: &[u8], prehash: &[u8]) -> Result<Vec<u8>, String> {
    use p256::ecdsa::signature::hazmat::PrehashSigner as _;
    use p256::pkcs8::DecodePrivateKey as _;
    let failed = |e: p256::ecdsa::Error| format!("ECDSA signing failed: {e}");
    if let Ok(key) = p256::ecdsa::SigningKey::from_pkcs8_der(der) {
        let signature: p256::ecdsa::Signature = key.sign_prehash(prehash).map_err(failed)?;
        return Ok(signature.to_bytes().to_vec());
    }
    if let Ok(key) = p384::ecdsa::SigningKey::from_pkcs8_der(der) {
        let signature: p384::ecdsa::Signature = key.sign_prehash(prehash).map_err(failed)?;
        return Ok(signature.to_bytes().to_vec());
    }
    let secret = p521::SecretKey::from_pkcs8_der(der).map_err(|_| {
        "the key is not a PKCS#8 EC private key on P-256, P-384 or P-521".to_string()
    })?;
    let key = p521::ecdsa::SigningKey::from_bytes(&secret.to_bytes())
        .map_err(|_| "the key is not a P-521 key".to_string())?;
    let signature: p521::ecdsa::Signature = key.sign_prehash(prehash).map_err(failed)?;
    Ok(signature.to_bytes().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random signatures cannot be compared with a recording: each is
    /// checked with the public half of its key.
    #[test]
    fn webcrypto_ecdsa_signatures_verify_on_each_curve() {
        use p256::ecdsa::signature::hazmat::PrehashVerifier as _;
        use p256::pkcs8::EncodePrivateKey as _;
        let data = b"payload";
        let key = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
        let der = key.to_pkcs8_der().unwrap();
        let signature = sign_pkcs8(Scheme::Ecdsa, Hash::Sha256, der.as_bytes(), data).unwrap();
        let signature = p256::ecdsa::Signature::from_slice(&signature).unwrap();
        let prehash = digest(Hash::Sha256, data);
        assert!(
            key.verifying_key()
                .verify_prehash(&prehash, &signature)
                .is_ok()
        );
        // WebCrypto lets the hash differ from the curve's own.
        let prehash = digest(Hash::Sha384, data);
        let signature = sign_pkcs8(Scheme::Ecdsa, Hash::Sha384, der.as_bytes(), data).unwrap();
        let signature = p256::ecdsa::Signature::from_slice(&signature).unwrap();
        assert!(
            key.verifying_key()
                .verify_prehash(&prehash, &signature)
                .is_ok()
        );
        let wrong = digest(Hash::Sha256, b"other");
        assert!(
            key.verifying_key()
                .verify_prehash(&wrong, &signature)
                .is_err()
        );

        let key = p384::ecdsa::SigningKey::random(&mut rand_core::OsRng);
        let der = key.to_pkcs8_der().unwrap();
        let signature = sign_pkcs8(Scheme::Ecdsa, Hash::Sha384, der.as_bytes(), data).unwrap();
        assert_eq!(signature.len(), 96);
        let signature = p384::ecdsa::Signature::from_slice(&signature).unwrap();
        assert!(
            key.verifying_key()
                .verify_prehash(&digest(Hash::Sha384, data), &signature)
                .is_ok()
        );
    }

    #[test]
    fn webcrypto_rsa_pss_signatures_verify() {
        use rsa::pkcs8::EncodePrivateKey as _;
        let key = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 1024).unwrap();
        let der = key.to_pkcs8_der().unwrap();
        let signature =
            sign_pkcs8(Scheme::RsaPss, Hash::Sha256, der.as_bytes(), b"payload").unwrap();
        let public = key.to_public_key();
        let verify = |data: &[u8]| {
            public.verify(
                rsa::Pss::new::<sha2::Sha256>(),
                &digest(Hash::Sha256, data),
                &signature,
            )
        };
        assert!(verify(b"payload").is_ok());
        assert!(verify(b"other").is_err());
    }

    #[test]
    fn a_key_that_is_not_pkcs8_is_refused_with_a_reason() {
        let error = sign_pkcs8(Scheme::Ecdsa, Hash::Sha256, b"not a key", b"x").unwrap_err();
        assert!(error.contains("PKCS#8 EC private key"), "{error}");
        let error = sign_pkcs8(Scheme::RsaPkcs1, Hash::Sha256, b"not a key", b"x").unwrap_err();
        assert!(error.contains("not an RSA key"), "{error}");
    }
}
