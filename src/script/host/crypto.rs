//! Hashing, HMAC and PBKDF2 for `crypto-js`, on RustCrypto: the library's
//! JavaScript side (`lib/crypto-js.js`) keeps CryptoJS's API shape and hands
//! bytes here as binary strings (one character per byte).

use boa_engine::string::JsStr;
use hmac::SimpleHmac;
use sha2::digest::{self, Digest, KeyInit, Mac};

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("digest", 2, digest_fn),
    ("hmac", 3, hmac_fn),
    ("pbkdf2", 5, pbkdf2_fn),
    ("subtleSign", 4, subtle_sign),
    ("utf8Encode", 1, utf8_encode),
    ("utf8Decode", 1, utf8_decode),
    ("utf8DecodeLossy", 1, utf8_decode_lossy),
    ("hexEncode", 1, hex_encode),
];

/// A binary string's bytes as lowercase hex (`enc.Hex.stringify`,
/// `Buffer#toString('hex')`): a loop over the bytes in boa cost thousands of
/// instructions a byte.
fn hex_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_arg(args, 0, ctx)?;
    Ok(binary(crate::http::auth::signing::hex(&bytes).as_bytes()))
}

/// As `utf8Decode`, with U+FFFD for bytes that are not UTF-8 (Node's
/// `Buffer#toString`).
fn utf8_decode_lossy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_arg(args, 0, ctx)?;
    Ok(JsValue::from(JsString::from(
        String::from_utf8_lossy(&bytes).as_ref(),
    )))
}

/// A text's UTF-8 bytes as a binary string (`enc.Utf8.parse`).
fn utf8_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(binary(string_arg(args, 0, ctx)?.as_bytes()))
}

/// A binary string of UTF-8 bytes as text (`enc.Utf8.stringify`).
fn utf8_decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_arg(args, 0, ctx)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| JsNativeError::error().with_message("Malformed UTF-8 data"))?;
    Ok(JsValue::from(JsString::from(text.as_str())))
}

/// The hashes CryptoJS offers. Its `SHA3` is Keccak as submitted, before
/// NIST changed the padding: `sha3::Keccak*`, not `sha3::Sha3_*`.
#[derive(Debug, Clone, Copy)]
enum Hash {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
    Keccak224,
    Keccak256,
    Keccak384,
    Keccak512,
    Ripemd160,
}

impl Hash {
    fn from_name(name: &str) -> Option<Hash> {
        Some(match name {
            "MD5" => Hash::Md5,
            "SHA1" => Hash::Sha1,
            "SHA224" => Hash::Sha224,
            "SHA256" => Hash::Sha256,
            "SHA384" => Hash::Sha384,
            "SHA512" => Hash::Sha512,
            "SHA3-224" => Hash::Keccak224,
            "SHA3-256" => Hash::Keccak256,
            "SHA3-384" => Hash::Keccak384,
            "SHA3-512" => Hash::Keccak512,
            "RIPEMD160" => Hash::Ripemd160,
            _ => return None,
        })
    }

    fn digest(self, data: &[u8]) -> Vec<u8> {
        fn run<D: Digest>(data: &[u8]) -> Vec<u8> {
            D::digest(data).to_vec()
        }
        match self {
            Hash::Md5 => run::<md5::Md5>(data),
            Hash::Sha1 => run::<sha1::Sha1>(data),
            Hash::Sha224 => run::<sha2::Sha224>(data),
            Hash::Sha256 => run::<sha2::Sha256>(data),
            Hash::Sha384 => run::<sha2::Sha384>(data),
            Hash::Sha512 => run::<sha2::Sha512>(data),
            Hash::Keccak224 => run::<sha3::Keccak224>(data),
            Hash::Keccak256 => run::<sha3::Keccak256>(data),
            Hash::Keccak384 => run::<sha3::Keccak384>(data),
            Hash::Keccak512 => run::<sha3::Keccak512>(data),
            Hash::Ripemd160 => run::<ripemd::Ripemd160>(data),
        }
    }

    fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        // SimpleHmac takes any key length and any Digest, Keccak included.
        fn run<D: Digest + digest::core_api::BlockSizeUser>(key: &[u8], data: &[u8]) -> Vec<u8> {
            let mut mac = <SimpleHmac<D> as KeyInit>::new_from_slice(key)
                .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
            mac.update(data);
            mac.finalize().into_bytes().to_vec()
        }
        match self {
            Hash::Md5 => run::<md5::Md5>(key, data),
            Hash::Sha1 => run::<sha1::Sha1>(key, data),
            Hash::Sha224 => run::<sha2::Sha224>(key, data),
            Hash::Sha256 => run::<sha2::Sha256>(key, data),
            Hash::Sha384 => run::<sha2::Sha384>(key, data),
            Hash::Sha512 => run::<sha2::Sha512>(key, data),
            Hash::Keccak224 => run::<sha3::Keccak224>(key, data),
            Hash::Keccak256 => run::<sha3::Keccak256>(key, data),
            Hash::Keccak384 => run::<sha3::Keccak384>(key, data),
            Hash::Keccak512 => run::<sha3::Keccak512>(key, data),
            Hash::Ripemd160 => run::<ripemd::Ripemd160>(key, data),
        }
    }
}

/// The bytes of a binary string (each UTF-16 unit's low byte, as CryptoJS's
/// Latin1 encoder reads it).
pub(super) fn bytes_arg(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<Vec<u8>> {
    let Some(value) = args.get(index) else {
        return Ok(Vec::new());
    };
    let string = value.to_string(ctx)?;
    Ok(match string.variant() {
        JsStrVariant::Latin1(bytes) => bytes.to_vec(),
        JsStrVariant::Utf16(units) => units.iter().map(|&unit| unit as u8).collect(),
    })
}

/// Bytes as a binary string.
pub(super) fn binary(bytes: &[u8]) -> JsValue {
    JsValue::from(JsString::from(JsStr::latin1(bytes)))
}

fn hash_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<Hash> {
    let name = string_arg(args, 0, ctx)?;
    Hash::from_name(&name).ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("no hash {name}"))
            .into()
    })
}

/// `subtleSign(scheme, hash, pkcs8, data)`: `crypto.subtle.sign` with a
/// private key (`RSASSA-PKCS1-v1_5`, `RSA-PSS`, `ECDSA`; hash `SHA-1`…
/// `SHA-512`); the key and the data are binary strings.
fn subtle_sign(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use crate::http::auth::keys::{Scheme, sign_pkcs8};
    use crate::http::auth::signing::Hash as SigningHash;
    let scheme = match string_arg(args, 0, ctx)?.as_str() {
        "RSASSA-PKCS1-v1_5" => Scheme::RsaPkcs1,
        "RSA-PSS" => Scheme::RsaPss,
        _ => Scheme::Ecdsa,
    };
    let hash = match string_arg(args, 1, ctx)?.as_str() {
        "SHA-1" => SigningHash::Sha1,
        "SHA-384" => SigningHash::Sha384,
        "SHA-512" => SigningHash::Sha512,
        _ => SigningHash::Sha256,
    };
    let (key, data) = (bytes_arg(args, 2, ctx)?, bytes_arg(args, 3, ctx)?);
    let signature = sign_pkcs8(scheme, hash, &key, &data)
        .map_err(|message| JsNativeError::typ().with_message(message))?;
    Ok(binary(&signature))
}

/// `digest(hash, data)`.
fn digest_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hash = hash_arg(args, ctx)?;
    Ok(binary(&hash.digest(&bytes_arg(args, 1, ctx)?)))
}

/// `hmac(hash, key, data)`.
fn hmac_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hash = hash_arg(args, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    Ok(binary(&hash.hmac(&key, &bytes_arg(args, 2, ctx)?)))
}

/// `pbkdf2(hash, password, salt, bytes, iterations)`, as CryptoJS computes
/// it: HMAC blocks of the hash, XORed over the iterations.
fn pbkdf2_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let hash = hash_arg(args, ctx)?;
    let password = bytes_arg(args, 1, ctx)?;
    let salt = bytes_arg(args, 2, ctx)?;
    let length = number_arg(args, 3, ctx)?;
    let iterations = number_arg(args, 4, ctx)?.max(1);
    let mut out = Vec::with_capacity(length);
    let mut block = 1u32;
    while out.len() < length {
        let mut salted = salt.clone();
        salted.extend_from_slice(&block.to_be_bytes());
        let mut u = hash.hmac(&password, &salted);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hash.hmac(&password, &u);
            t.iter_mut().zip(&u).for_each(|(t, u)| *t ^= u);
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(length);
    Ok(binary(&out))
}

/// A count argument, bounded so a script cannot ask for gigabytes.
fn number_arg(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<usize> {
    let value = args
        .get(index)
        .map(|v| v.to_number(ctx))
        .transpose()?
        .unwrap_or(0.0);
    if !(0.0..=16_777_216.0).contains(&value) {
        return Err(JsNativeError::range()
            .with_message(format!("{value} is out of range"))
            .into());
    }
    Ok(value as usize)
}

#[cfg(test)]
mod tests {
    use super::Hash;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn hmac_matches_rfc_4231_test_case_2() {
        let mac = Hash::Sha256.hmac(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let mac = Hash::Sha512.hmac(b"Jefe", b"what do ya want for nothing?");
        assert!(hex(&mac).starts_with("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd6"));
    }

    #[test]
    fn cryptojs_sha3_is_keccak() {
        // CryptoJS.SHA3('', { outputLength: 256 }), which is Keccak-256.
        assert_eq!(
            hex(&Hash::Keccak256.digest(b"")),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
        );
    }
}
