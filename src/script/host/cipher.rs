//! Block ciphers for crypto-js (`CryptoJS.AES`, `DES`, `TripleDES`): the
//! cipher, its mode and padding run here on RustCrypto; the OpenSSL key
//! derivation and `CipherParams` are `lib/crypto-js.js`'s.

use aes::cipher::{BlockDecrypt, BlockEncrypt, KeyInit, generic_array::GenericArray};

use super::crypto::{binary, bytes_arg};
use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("cipher", 7, cipher_fn),
    ("rc4", 3, rc4_fn),
    ("rabbit", 4, rabbit_fn),
];

/// `rabbit(key, iv, data, legacy)`: Rabbit's keystream (RFC 4503, the
/// RustCrypto crate) XORed over the data, as crypto-js 3.3 makes it: the
/// key's first 16 bytes (zero-padded), the IV's first 8 when there is one.
/// `RabbitLegacy` skipped crypto-js's conversion of the key to little-endian
/// words, which is each 4-byte group reversed here.
fn rabbit_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use rabbit::cipher::{KeyInit, KeyIvInit, StreamCipher};

    fn padded<const N: usize>(bytes: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        let n = bytes.len().min(N);
        out[..n].copy_from_slice(&bytes[..n]);
        out
    }
    let mut key: [u8; 16] = padded(&bytes_arg(args, 0, ctx)?);
    let iv = match args.get(1) {
        Some(value) if !value.is_null_or_undefined() => {
            Some(padded::<8>(&bytes_arg(args, 1, ctx)?))
        }
        _ => None,
    };
    let mut data = bytes_arg(args, 2, ctx)?;
    if args.get(3).is_some_and(JsValue::to_boolean) {
        key.chunks_mut(4).for_each(<[u8]>::reverse);
    }
    match iv {
        Some(iv) => rabbit::Rabbit::new(&key.into(), &iv.into()).apply_keystream(&mut data),
        None => rabbit::RabbitKeyOnly::new(&key.into()).apply_keystream(&mut data),
    }
    Ok(binary(&data))
}

/// `rc4(key, data, drop)`: RC4's keystream XORed over the data, after
/// dropping `drop` bytes of it (`RC4Drop`). Twenty lines; no crate fits a
/// key length known only at run time.
fn rc4_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let key = bytes_arg(args, 0, ctx)?;
    let mut data = bytes_arg(args, 1, ctx)?;
    let drop = args
        .get(2)
        .map(|v| v.to_number(ctx))
        .transpose()?
        .unwrap_or(0.0) as usize;
    if key.is_empty() {
        return Err(JsNativeError::error()
            .with_message("RC4: an empty key")
            .into());
    }
    let mut state: Vec<u8> = (0..=255).collect();
    let mut j = 0u8;
    for i in 0..256 {
        j = j.wrapping_add(state[i]).wrapping_add(key[i % key.len()]);
        state.swap(i, j as usize);
    }
    let (mut i, mut j) = (0u8, 0u8);
    let mut next = || {
        i = i.wrapping_add(1);
        j = j.wrapping_add(state[i as usize]);
        state.swap(i as usize, j as usize);
        state[state[i as usize].wrapping_add(state[j as usize]) as usize]
    };
    for _ in 0..drop.min(1 << 20) {
        next();
    }
    data.iter_mut().for_each(|byte| *byte ^= next());
    Ok(binary(&data))
}

/// One block cipher with its key, whatever the algorithm.
enum Block {
    Aes128(Box<aes::Aes128>),
    Aes192(Box<aes::Aes192>),
    Aes256(Box<aes::Aes256>),
    Des(Box<des::Des>),
    TripleDes(Box<des::TdesEde3>),
}

impl Block {
    fn new(algorithm: &str, key: &[u8]) -> Result<Block, String> {
        let wrong = |_| format!("{algorithm}: a key of {} bytes cannot be used", key.len());
        Ok(match (algorithm, key.len()) {
            ("AES", 16) => {
                Block::Aes128(Box::new(aes::Aes128::new_from_slice(key).map_err(wrong)?))
            }
            ("AES", 24) => {
                Block::Aes192(Box::new(aes::Aes192::new_from_slice(key).map_err(wrong)?))
            }
            ("AES", 32) => {
                Block::Aes256(Box::new(aes::Aes256::new_from_slice(key).map_err(wrong)?))
            }
            ("DES", _) => Block::Des(Box::new(
                des::Des::new_from_slice(&fit(key, 8)).map_err(wrong)?,
            )),
            ("TripleDES", _) => Block::TripleDes(Box::new(
                des::TdesEde3::new_from_slice(&fit(key, 24)).map_err(wrong)?,
            )),
            _ => {
                return Err(format!(
                    "{algorithm}: a key of {} bytes cannot be used",
                    key.len()
                ));
            }
        })
    }

    fn size(&self) -> usize {
        match self {
            Block::Aes128(_) | Block::Aes192(_) | Block::Aes256(_) => 16,
            Block::Des(_) | Block::TripleDes(_) => 8,
        }
    }

    fn encrypt(&self, bytes: &mut [u8]) {
        // Each cipher has its own block length type: the slice is viewed per arm.
        match self {
            Block::Aes128(c) => c.encrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Aes192(c) => c.encrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Aes256(c) => c.encrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Des(c) => c.encrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::TripleDes(c) => c.encrypt_block(GenericArray::from_mut_slice(bytes)),
        }
    }

    fn decrypt(&self, bytes: &mut [u8]) {
        match self {
            Block::Aes128(c) => c.decrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Aes192(c) => c.decrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Aes256(c) => c.decrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::Des(c) => c.decrypt_block(GenericArray::from_mut_slice(bytes)),
            Block::TripleDes(c) => c.decrypt_block(GenericArray::from_mut_slice(bytes)),
        }
    }
}

/// A key cut or zero-filled to `length` bytes, as CryptoJS reads its words.
fn fit(key: &[u8], length: usize) -> Vec<u8> {
    let mut key = key.to_vec();
    key.resize(length, 0);
    key
}

/// CryptoJS's block modes.
#[derive(Clone, Copy)]
enum Mode {
    Cbc,
    Ecb,
    Ctr,
    Cfb,
    Ofb,
}

/// `cipher(algorithm, encrypt, mode, key, iv, data, padding)`: the padded
/// and enciphered bytes, or the deciphered and unpadded ones.
fn cipher_fn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let algorithm = string_arg(args, 0, ctx)?;
    let encrypt = args.get(1).is_some_and(JsValue::to_boolean);
    let mode = match string_arg(args, 2, ctx)?.as_str() {
        "ECB" => Mode::Ecb,
        "CTR" => Mode::Ctr,
        "CFB" => Mode::Cfb,
        "OFB" => Mode::Ofb,
        _ => Mode::Cbc,
    };
    let key = bytes_arg(args, 3, ctx)?;
    let iv = bytes_arg(args, 4, ctx)?;
    let mut data = bytes_arg(args, 5, ctx)?;
    let padding = string_arg(args, 6, ctx)?;
    let block = Block::new(&algorithm, &key)
        .map_err(|message| JsNativeError::error().with_message(message))?;
    let size = block.size();
    let iv = fit(&iv, size);
    if encrypt {
        pad(&mut data, size, &padding);
    }
    // As CryptoJS: a last partial block (no padding) is run zero-filled
    // and cut back to the input's length, so stream modes keep every byte.
    let length = data.len();
    data.resize(length.div_ceil(size) * size, 0);
    run(&block, mode, &iv, &mut data, encrypt);
    data.truncate(length);
    if !encrypt {
        unpad(&mut data, &padding);
    }
    Ok(binary(&data))
}

fn run(block: &Block, mode: Mode, iv: &[u8], data: &mut [u8], encrypt: bool) {
    let size = block.size();
    let mut previous = iv.to_vec();
    for chunk in data.chunks_mut(size) {
        match mode {
            Mode::Ecb if encrypt => block.encrypt(chunk),
            Mode::Ecb => block.decrypt(chunk),
            Mode::Cbc if encrypt => {
                xor(chunk, &previous);
                block.encrypt(chunk);
                previous.copy_from_slice(chunk);
            }
            Mode::Cbc => {
                let cipher = chunk.to_vec();
                block.decrypt(chunk);
                xor(chunk, &previous);
                previous = cipher;
            }
            Mode::Cfb => {
                let mut stream = previous.clone();
                block.encrypt(&mut stream);
                let cipher = if encrypt { None } else { Some(chunk.to_vec()) };
                xor(chunk, &stream);
                previous = cipher.unwrap_or_else(|| chunk.to_vec());
            }
            Mode::Ofb => {
                block.encrypt(&mut previous);
                xor(chunk, &previous);
            }
            Mode::Ctr => {
                let mut stream = previous.clone();
                block.encrypt(&mut stream);
                xor(chunk, &stream);
                increment(&mut previous);
            }
        }
    }
}

fn xor(chunk: &mut [u8], with: &[u8]) {
    chunk.iter_mut().zip(with).for_each(|(a, b)| *a ^= b);
}

/// CryptoJS's CTR counter: the last 32-bit word, big-endian, wrapping.
fn increment(counter: &mut [u8]) {
    let at = counter.len() - 4;
    let word = u32::from_be_bytes([
        counter[at],
        counter[at + 1],
        counter[at + 2],
        counter[at + 3],
    ]);
    counter[at..].copy_from_slice(&word.wrapping_add(1).to_be_bytes());
}

fn pad(data: &mut Vec<u8>, size: usize, padding: &str) {
    let missing = size - data.len() % size;
    match padding {
        "NoPadding" => {}
        "ZeroPadding" => data.resize(data.len() + (size - data.len() % size) % size, 0),
        "AnsiX923" => {
            data.resize(data.len() + missing - 1, 0);
            data.push(missing as u8);
        }
        "Iso10126" => {
            data.extend((1..missing).map(|_| fastrand::u8(..)));
            data.push(missing as u8);
        }
        "Iso97971" => {
            data.push(0x80);
            data.resize(data.len() + (size - data.len() % size) % size, 0);
        }
        _ => data.resize(data.len() + missing, missing as u8),
    }
}

/// As CryptoJS: the count in the last byte is trusted, not checked.
fn unpad(data: &mut Vec<u8>, padding: &str) {
    match padding {
        "NoPadding" => {}
        "ZeroPadding" => {
            while data.last() == Some(&0) {
                data.pop();
            }
        }
        "Iso97971" => {
            while data.last() == Some(&0) {
                data.pop();
            }
            data.pop();
        }
        _ => {
            let count = data.last().copied().unwrap_or(0) as usize;
            data.truncate(data.len().saturating_sub(count));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aes_128_matches_fips_197() {
        // FIPS-197 appendix C.1.
        let key: Vec<u8> = (0u8..16).collect();
        let mut data = hex("00112233445566778899aabbccddeeff");
        let block = Block::new("AES", &key).unwrap();
        run(&block, Mode::Ecb, &[0; 16], &mut data, true);
        assert_eq!(data, hex("69c4e0d86a7b0430d8cdb78070b4c55a"));
        run(&block, Mode::Ecb, &[0; 16], &mut data, false);
        assert_eq!(data, hex("00112233445566778899aabbccddeeff"));
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }
}
