//! NTLM (MS-NLMP) as postman-runtime does it with `httpntlm`: the request
//! goes out, a 401 asking for NTLM is answered with a negotiate message, the
//! server's challenge with an authenticate message (NTLMv2 when the server
//! offers extended security and target information, as it does in
//! practice; NTLMv1 forms otherwise). The three requests share the client's
//! kept-alive connection, which NTLM needs.

use base64::Engine as _;
use des::cipher::{BlockEncrypt as _, KeyInit as _};
use hmac::{Hmac, Mac as _};
use md5::Digest as _;

use super::Params;

const NEGOTIATE_UNICODE: u32 = 0x0000_0001;
const NEGOTIATE_OEM_DOMAIN_SUPPLIED: u32 = 0x0000_1000;
const NEGOTIATE_EXTENDED_SECURITY: u32 = 0x0008_0000;
const NEGOTIATE_TARGET_INFO: u32 = 0x0080_0000;
/// httpntlm's negotiate flags (unicode, OEM, request target, NTLM, domain
/// and workstation supplied, always sign, extended security, version,
/// 128 and 56 bit).
const TYPE1_FLAGS: u32 = 0xA208_B207;
/// httpntlm's authenticate flags.
const TYPE3_FLAGS: u32 = 0xA288_8205;
/// Windows XP SP2 as httpntlm announces itself: 5.1 build 2600, revision 15.
const VERSION: [u8; 8] = [5, 1, 0x28, 0x0A, 0, 0, 0, 15];

/// The user, domain and workstation of an `ntlm` auth. `DOMAIN\user` and
/// `user@domain` give the domain when its own field is empty.
pub struct Identity {
    user: String,
    password: String,
    domain: String,
    workstation: String,
}

impl Identity {
    /// From the auth's parameters.
    pub fn of(params: &Params) -> Identity {
        let (mut user, mut domain) = (
            params.get("username").to_string(),
            params.get("domain").to_string(),
        );
        if domain.is_empty() {
            let backslash: Vec<&str> = user.split('\\').collect();
            let at: Vec<&str> = user.split('@').collect();
            if let ([dom, name], 1) = (backslash.as_slice(), at.len())
                && !dom.is_empty()
                && !name.is_empty()
            {
                (domain, user) = (dom.to_string(), name.to_string());
            } else if let ([name, dom], 1) = (at.as_slice(), backslash.len())
                && !dom.is_empty()
                && !name.is_empty()
            {
                (domain, user) = (dom.to_string(), name.to_string());
            }
        }
        Identity {
            user,
            password: params.get("password").to_string(),
            domain: domain.to_uppercase(),
            workstation: params.get("workstation").to_uppercase(),
        }
    }
}

fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn security_buffer(out: &mut Vec<u8>, len: usize, offset: usize) {
    out.extend_from_slice(&(len as u16).to_le_bytes());
    out.extend_from_slice(&(len as u16).to_le_bytes());
    out.extend_from_slice(&(offset as u32).to_le_bytes());
}

/// The negotiate (type 1) message, as an `Authorization` value.
pub fn negotiate(identity: &Identity) -> String {
    let (domain, workstation) = (identity.domain.as_bytes(), identity.workstation.as_bytes());
    let mut flags = TYPE1_FLAGS;
    if domain.is_empty() {
        flags -= NEGOTIATE_OEM_DOMAIN_SUPPLIED;
    }
    let mut message = b"NTLMSSP\0".to_vec();
    message.extend_from_slice(&1u32.to_le_bytes());
    message.extend_from_slice(&flags.to_le_bytes());
    security_buffer(&mut message, domain.len(), 40 + workstation.len());
    security_buffer(&mut message, workstation.len(), 40);
    message.extend_from_slice(&VERSION);
    message.extend_from_slice(workstation);
    message.extend_from_slice(domain);
    format!("NTLM {}", base64(&message))
}

/// What the server's challenge (type 2) message says.
#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    flags: u32,
    server_challenge: [u8; 8],
    target_info: Option<Vec<u8>>,
}

/// Reads `NTLM <base64 type 2 message>`.
pub fn parse_challenge(header: &str) -> Result<Challenge, String> {
    let encoded = header
        .strip_prefix("NTLM ")
        .ok_or("no NTLM challenge")?
        .trim();
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| "the NTLM challenge is not base64")?;
    let u32_at = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let u16_at = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    if bytes.get(..8) != Some(b"NTLMSSP\0") || u32_at(8) != Some(2) {
        return Err("the server did not send an NTLM type 2 message".into());
    }
    let flags = u32_at(20).ok_or("the NTLM challenge is cut short")?;
    let server_challenge: [u8; 8] = bytes
        .get(24..32)
        .and_then(|b| b.try_into().ok())
        .ok_or("the NTLM challenge is cut short")?;
    let target_info = if flags & NEGOTIATE_TARGET_INFO != 0 {
        let (len, offset) = (
            u16_at(40).unwrap_or(0) as usize,
            u32_at(44).unwrap_or(0) as usize,
        );
        Some(
            bytes
                .get(offset..offset + len)
                .ok_or("the NTLM target information is cut short")?
                .to_vec(),
        )
    } else {
        None
    };
    Ok(Challenge {
        flags,
        server_challenge,
        target_info,
    })
}

fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn hmac_md5(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <Hmac<md5::Md5> as hmac::Mac>::new_from_slice(key).expect("HMAC takes any key");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// NTOWFv1: MD4 of the UTF-16 password.
fn nt_hash(password: &str) -> Vec<u8> {
    md4::Md4::digest(utf16le(password)).to_vec()
}

/// NTOWFv2 over the user name (upper-cased) and the domain as given.
fn ntowf_v2(password: &str, user: &str, domain: &str) -> Vec<u8> {
    hmac_md5(
        &nt_hash(password),
        &utf16le(&format!("{}{domain}", user.to_uppercase())),
    )
}

/// The NTLMv2 responses (LMv2, NTv2) for a time in 100 ns units since 1601.
fn v2_responses(
    key: &[u8],
    server_challenge: &[u8; 8],
    client_challenge: &[u8; 8],
    timestamp: u64,
    target_info: &[u8],
) -> (Vec<u8>, Vec<u8>) {
    let mut lm = hmac_md5(
        key,
        &[server_challenge.as_slice(), client_challenge].concat(),
    );
    lm.extend_from_slice(client_challenge);
    let mut blob = vec![1, 1, 0, 0, 0, 0, 0, 0];
    blob.extend_from_slice(&timestamp.to_le_bytes());
    blob.extend_from_slice(client_challenge);
    blob.extend_from_slice(&[0; 4]);
    blob.extend_from_slice(target_info);
    blob.extend_from_slice(&[0; 4]);
    let mut nt = hmac_md5(key, &[server_challenge.as_slice(), &blob].concat());
    nt.extend_from_slice(&blob);
    (lm, nt)
}

/// A DES key from 7 bytes: a zero bit after every 7.
fn des_key(seven: &[u8]) -> [u8; 8] {
    let bits = u64::from_be_bytes([
        0, seven[0], seven[1], seven[2], seven[3], seven[4], seven[5], seven[6],
    ]);
    let mut key = [0u8; 8];
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = (((bits >> (49 - 7 * i)) & 0x7f) as u8) << 1;
    }
    key
}

/// NTLMv1's DES response: the 16-byte hash, padded to 21, as three keys.
fn des_response(hash: &[u8], challenge: &[u8]) -> Vec<u8> {
    let mut padded = hash.to_vec();
    padded.resize(21, 0);
    padded
        .chunks(7)
        .flat_map(|seven| {
            let cipher = des::Des::new_from_slice(&des_key(seven)).expect("an 8-byte key");
            let mut block =
                des::cipher::generic_array::GenericArray::clone_from_slice(&challenge[..8]);
            cipher.encrypt_block(&mut block);
            block.to_vec()
        })
        .collect()
}

/// The LM hash of NTLMv1 (the password upper-cased, two DES halves).
fn lm_hash(password: &str) -> Vec<u8> {
    let mut bytes = password.to_uppercase().into_bytes();
    bytes.resize(14, 0);
    bytes
        .chunks(7)
        .flat_map(|seven| {
            let cipher = des::Des::new_from_slice(&des_key(seven)).expect("an 8-byte key");
            let mut block = des::cipher::generic_array::GenericArray::clone_from_slice(b"KGS!@#$%");
            cipher.encrypt_block(&mut block);
            block.to_vec()
        })
        .collect()
}

/// The authenticate (type 3) message, as an `Authorization` value.
pub fn authenticate(
    challenge: &Challenge,
    identity: &Identity,
    client_challenge: [u8; 8],
    timestamp: u64,
) -> String {
    let unicode = challenge.flags & NEGOTIATE_UNICODE != 0;
    let encode = |text: &str| {
        if unicode {
            utf16le(text)
        } else {
            text.as_bytes().to_vec()
        }
    };
    let (domain, user, workstation) = (
        encode(&identity.domain),
        encode(&identity.user),
        encode(&identity.workstation),
    );
    let nt = nt_hash(&identity.password);
    let (lm_response, nt_response) = match (
        challenge.flags & NEGOTIATE_EXTENDED_SECURITY != 0,
        &challenge.target_info,
    ) {
        (true, Some(info)) => {
            let key = ntowf_v2(&identity.password, &identity.user, &identity.domain);
            v2_responses(
                &key,
                &challenge.server_challenge,
                &client_challenge,
                timestamp,
                info,
            )
        }
        (true, None) => {
            let mut lm = client_challenge.to_vec();
            lm.resize(24, 0);
            let session = md5::Md5::digest(
                [challenge.server_challenge.as_slice(), &client_challenge].concat(),
            );
            (lm, des_response(&nt, &session[..8]))
        }
        (false, _) => (
            des_response(&lm_hash(&identity.password), &challenge.server_challenge),
            des_response(&nt, &challenge.server_challenge),
        ),
    };
    let base = 72;
    let lm_at = base + domain.len() + user.len() + workstation.len();
    let nt_at = lm_at + lm_response.len();
    let mut message = b"NTLMSSP\0".to_vec();
    message.extend_from_slice(&3u32.to_le_bytes());
    security_buffer(&mut message, lm_response.len(), lm_at);
    security_buffer(&mut message, nt_response.len(), nt_at);
    security_buffer(&mut message, domain.len(), base);
    security_buffer(&mut message, user.len(), base + domain.len());
    security_buffer(
        &mut message,
        workstation.len(),
        base + domain.len() + user.len(),
    );
    security_buffer(&mut message, 0, nt_at + nt_response.len());
    let flags = if unicode {
        TYPE3_FLAGS
    } else {
        TYPE3_FLAGS - NEGOTIATE_UNICODE
    };
    message.extend_from_slice(&flags.to_le_bytes());
    message.extend_from_slice(&VERSION);
    for part in [&domain, &user, &workstation, &lm_response, &nt_response] {
        message.extend_from_slice(part);
    }
    format!("NTLM {}", base64(&message))
}

/// The current time as NTLM counts it: 100 ns units since 1601.
pub fn now() -> u64 {
    let unix_ms = chrono::Utc::now().timestamp_millis().max(0) as u64;
    (unix_ms + 11_644_473_600_000) * 10_000
}

/// Eight random bytes.
pub fn client_challenge() -> [u8; 8] {
    std::array::from_fn(|_| fastrand::u8(..))
}

/// Whether a response asks for NTLM (`WWW-Authenticate: NTLM` or
/// `Negotiate`).
pub fn asks_for_ntlm(headers: &[(String, String)]) -> bool {
    headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
        .any(|(_, v)| v.starts_with("NTLM") || v.starts_with("Negotiate") || v.contains("NTLM"))
}

/// The server's `NTLM <challenge>` header, if it sent one.
pub fn challenge_header(headers: &[(String, String)]) -> Option<&str> {
    headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
        .map(|(_, v)| v.as_str())
        .find(|v| v.starts_with("NTLM "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MS-NLMP 4.2.2.1.2 and 4.2.4: NTOWFv1, NTOWFv2 and the NTLMv2
    /// responses of the specification's example.
    #[test]
    fn the_specification_examples() {
        let hex = crate::http::auth::signing::hex;
        assert_eq!(
            hex(&nt_hash("Password")),
            "a4f49c406510bdcab6824ee7c30fd852"
        );
        let key = ntowf_v2("Password", "User", "Domain");
        assert_eq!(hex(&key), "0c868a403bfd7a93a3001ef22ef02e3f");
        let mut info = vec![2, 0, 12, 0];
        info.extend(utf16le("Domain"));
        info.extend([1, 0, 12, 0]);
        info.extend(utf16le("Server"));
        info.extend([0, 0, 0, 0]);
        let server = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef];
        let (lm, nt) = v2_responses(&key, &server, &[0xaa; 8], 0, &info);
        assert_eq!(hex(&lm), "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
        assert_eq!(hex(&nt[..16]), "68cd0ab851e51c96aabc927bebef6a1c");
    }

    /// MS-NLMP 4.2.2.2.1: the NTLMv1 response of the example.
    #[test]
    fn the_ntlm_v1_response() {
        let server = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef];
        let hex = crate::http::auth::signing::hex;
        assert_eq!(
            hex(&des_response(&nt_hash("Password"), &server)),
            "67c43011f30298a2ad35ece64f16331c44bdbed927841f94"
        );
    }

    #[test]
    fn the_domain_comes_from_the_user_name_when_not_given() {
        let params = |user: &str| {
            Params(
                [("username".to_string(), user.to_string())]
                    .into_iter()
                    .collect(),
            )
        };
        let id = Identity::of(&params("corp\\alice"));
        assert_eq!((id.user.as_str(), id.domain.as_str()), ("alice", "CORP"));
        let id = Identity::of(&params("bob@example.org"));
        assert_eq!(
            (id.user.as_str(), id.domain.as_str()),
            ("bob", "EXAMPLE.ORG")
        );
    }
}
