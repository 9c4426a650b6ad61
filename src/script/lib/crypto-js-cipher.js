// crypto-js 3.3.0's ciphers (AES, DES, TripleDES, RC4, RC4Drop, Rabbit,
// RabbitLegacy), their modes, paddings, formats and OpenSSL's key
// derivation: the block work is the host's (`host/cipher.rs`). Parsed when
// a script first reads one (lib/crypto-js.js has the accessors); `shared`
// is what this file uses of crypto-js.js.
0, function (host, shared) {
    'use strict';

    var lib = shared.lib, Base64 = shared.Base64, Hex = shared.Hex;
    var toBinary = shared.toBinary, fromBinary = shared.fromBinary, toWords = shared.toWords;

    var mode = {}, pad = {};
    ['CBC', 'ECB', 'CTR', 'CFB', 'OFB'].forEach(function (name) { mode[name] = { name: name }; });
    ['Pkcs7', 'NoPadding', 'ZeroPadding', 'Iso10126', 'Iso97971', 'AnsiX923'].forEach(function (name) { pad[name] = { name: name }; });

    function CipherParams(cfg) { var self = this; Object.keys(cfg || {}).forEach(function (k) { self[k] = cfg[k]; }); }
    CipherParams.prototype.toString = function (formatter) { return (formatter || this.formatter || OpenSSL).stringify(this); };

    // OpenSSL's format: base64 of `Salted__`, the salt and the ciphertext
    // (the ciphertext alone when there is no salt).
    var OpenSSL = {
        stringify: function (params) {
            var salt = params.salt ? 'Salted__' + toBinary(params.salt) : '';
            return Base64.stringify(fromBinary(salt + toBinary(params.ciphertext)));
        },
        parse: function (text) {
            var bytes = toBinary(Base64.parse(text));
            if (bytes.slice(0, 8) === 'Salted__') {
                return new CipherParams({ ciphertext: fromBinary(bytes.slice(16)), salt: fromBinary(bytes.slice(8, 16)) });
            }
            return new CipherParams({ ciphertext: fromBinary(bytes) });
        }
    };
    var format = {
        OpenSSL: OpenSSL,
        Hex: {
            stringify: function (params) { return Hex.stringify(params.ciphertext); },
            parse: function (text) { return new CipherParams({ ciphertext: Hex.parse(text) }); }
        }
    };

    // OpenSSL's EVP_BytesToKey: MD5, one iteration; a random salt unless given.
    var kdf = {
        OpenSSL: {
            execute: function (password, keySize, ivSize, salt) {
                salt = salt || lib.WordArray.random(8);
                var secret = toBinary(toWords(password)), derived = '', block = '';
                while (derived.length < (keySize + ivSize) * 4) {
                    block = host.digest('MD5', block + secret + toBinary(salt));
                    derived += block;
                }
                return new CipherParams({
                    key: fromBinary(derived.slice(0, keySize * 4)),
                    iv: fromBinary(derived.slice(keySize * 4, (keySize + ivSize) * 4)),
                    salt: salt
                });
            }
        }
    };

    function blockCipher(name, keySize, ivSize) {
        function settings(cfg) {
            return { mode: cfg.mode || mode.CBC, padding: cfg.padding || pad.Pkcs7 };
        }
        function run(encrypt, data, key, iv, chosen) {
            return fromBinary(host.cipher(name, encrypt, chosen.mode.name, toBinary(key), iv ? toBinary(iv) : '',
                toBinary(data), chosen.padding.name));
        }
        return {
            keySize: keySize,
            ivSize: ivSize,
            encrypt: function (message, key, cfg) {
                cfg = cfg || {};
                var chosen = settings(cfg), iv = cfg.iv, salt;
                if (typeof key === 'string') {
                    // crypto-js 3.3 takes no salt option: always a fresh one.
                    var derived = kdf.OpenSSL.execute(key, keySize, ivSize);
                    key = derived.key; iv = derived.iv; salt = derived.salt;
                }
                return new CipherParams({
                    ciphertext: run(true, toWords(message), key, iv, chosen),
                    key: key, iv: iv, salt: salt, mode: chosen.mode, padding: chosen.padding,
                    blockSize: name === 'AES' ? 4 : 2, formatter: cfg.format || OpenSSL
                });
            },
            decrypt: function (ciphertext, key, cfg) {
                cfg = cfg || {};
                var chosen = settings(cfg), iv = cfg.iv;
                if (typeof ciphertext === 'string') { ciphertext = (cfg.format || OpenSSL).parse(ciphertext); }
                if (typeof key === 'string') {
                    var derived = kdf.OpenSSL.execute(key, keySize, ivSize, ciphertext.salt);
                    key = derived.key; iv = derived.iv;
                }
                return run(false, ciphertext.ciphertext, key, iv, chosen);
            }
        };
    }
    var made = {
        mode: mode, pad: pad, format: format, kdf: kdf,
        CipherParams: { create: function (cfg) { return new CipherParams(cfg); } },
        AES: blockCipher('AES', 8, 4),
        DES: blockCipher('DES', 2, 2),
        TripleDES: blockCipher('TripleDES', 6, 2)
    };

    // The stream ciphers: a passphrase gets a key (and an IV) from the
    // OpenSSL derivation, sized as each cipher's; `keystream(data, key, iv,
    // cfg)` XORs the data.
    function streamCipher(keyWords, ivWords, keystream) {
        function run(data, key, iv, cfg) { return fromBinary(keystream(toBinary(data), toBinary(key), iv, cfg)); }
        return {
            encrypt: function (message, key, cfg) {
                var salt, iv = cfg && cfg.iv;
                if (typeof key === 'string') {
                    var derived = kdf.OpenSSL.execute(key, keyWords, ivWords);
                    key = derived.key; salt = derived.salt;
                    if (ivWords) { iv = derived.iv; }
                }
                return new CipherParams({ ciphertext: run(toWords(message), key, iv, cfg), key: key, iv: iv, salt: salt, formatter: (cfg && cfg.format) || OpenSSL });
            },
            decrypt: function (ciphertext, key, cfg) {
                var iv = cfg && cfg.iv;
                if (typeof ciphertext === 'string') { ciphertext = ((cfg && cfg.format) || OpenSSL).parse(ciphertext); }
                if (typeof key === 'string') {
                    var derived = kdf.OpenSSL.execute(key, keyWords, ivWords, ciphertext.salt);
                    key = derived.key;
                    if (ivWords) { iv = derived.iv; }
                }
                return run(ciphertext.ciphertext, key, iv, cfg);
            }
        };
    }
    // RC4 (and RC4Drop, which first drops `drop` words of keystream, 192 by
    // default): a 256-bit key and no IV.
    function rc4(drop) {
        return streamCipher(8, 0, function (data, key, iv, cfg) {
            var words = drop ? ((cfg && cfg.drop) !== undefined ? cfg.drop : 192) : 0;
            return host.rc4(key, data, words * 4);
        });
    }
    made.RC4 = rc4(false);
    made.RC4Drop = rc4(true);
    // Rabbit: a 128-bit key and a 64-bit IV (optional with a key).
    function rabbit(legacy) {
        return streamCipher(4, 2, function (data, key, iv) {
            return host.rabbit(key, iv ? toBinary(toWords(iv)) : null, data, legacy);
        });
    }
    made.Rabbit = rabbit(false);
    made.RabbitLegacy = rabbit(true);

    return made;
}
