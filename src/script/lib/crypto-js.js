// crypto-js 3.3.0's API (what postman-sandbox bundles): WordArray, the
// encoders, every hash and HMAC, PBKDF2. The hashing runs natively
// (`host/crypto.rs`); bytes cross as binary strings, one char per byte.
(function (host) {
    'use strict';

    // ---- WordArray: big-endian 32-bit words and a count of valid bytes ----

    // A WordArray made from bytes keeps them as a binary string and makes
    // its words only when they are read: hashing 1 KB through words cost
    // ten times what it costs in node.
    function WordArray(words, sigBytes) {
        this._words = words || [];
        this._binary = null;
        this.sigBytes = sigBytes !== undefined ? sigBytes : this._words.length * 4;
    }
    Object.defineProperty(WordArray.prototype, 'words', {
        get: function () {
            if (this._binary !== null) { this._words = wordsOf(this._binary); this._binary = null; }
            return this._words;
        },
        set: function (words) { this._words = words; this._binary = null; }
    });
    WordArray.prototype.toString = function (encoder) { return (encoder || Hex).stringify(this); };
    WordArray.prototype.concat = function (other) {
        this.clamp();
        var words = this.words, sig = this.sigBytes, i;
        if (sig % 4) {
            for (i = 0; i < other.sigBytes; i++) {
                var byte = (other.words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff;
                words[(sig + i) >>> 2] |= byte << (24 - ((sig + i) % 4) * 8);
            }
        } else {
            for (i = 0; i < other.sigBytes; i += 4) { words[(sig + i) >>> 2] = other.words[i >>> 2]; }
        }
        this.sigBytes += other.sigBytes;
        return this;
    };
    WordArray.prototype.clamp = function () {
        var words = this.words, sig = this.sigBytes;
        words[sig >>> 2] &= 0xffffffff << (32 - (sig % 4) * 8);
        words.length = Math.ceil(sig / 4);
    };
    WordArray.prototype.clone = function () {
        return this._binary !== null ? fromBinary(toBinary(this)) : new WordArray(this._words.slice(0), this.sigBytes);
    };
    WordArray.prototype.init = function (words, sigBytes) { WordArray.call(this, words, sigBytes); return this; };

    var lib = {
        Base: { extend: function (overrides) { var o = Object.create(this); for (var k in overrides) { o[k] = overrides[k]; } return o; } },
        WordArray: {
            create: function (words, sigBytes) {
                if (words instanceof ArrayBuffer) { words = new Uint8Array(words); }
                if (ArrayBuffer.isView(words)) {
                    var bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
                    return fromBinary(String.fromCharCode.apply(null, Array.prototype.slice.call(bytes)));
                }
                return new WordArray(words, sigBytes);
            },
            init: function (words, sigBytes) { return new WordArray(words, sigBytes); },
            random: function (count) {
                var words = [];
                for (var i = 0; i < count; i += 4) { words.push((Math.random() * 0x100000000) | 0); }
                return new WordArray(words, count);
            }
        }
    };

    function wordsOf(text) {
        var words = [], length = text.length;
        for (var i = 0; i < length; i++) {
            words[i >>> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        }
        return words;
    }

    function fromBinary(text) {
        var wordArray = new WordArray([], text.length);
        wordArray._binary = text;
        return wordArray;
    }

    function toBinary(wordArray) {
        var sig = wordArray.sigBytes, binary = wordArray._binary;
        if (binary !== null && sig <= binary.length) { return sig === binary.length ? binary : binary.slice(0, sig); }
        var words = wordArray.words, codes = [], out = '';
        for (var i = 0; i < sig; i++) {
            codes.push((words[i >>> 2] >>> (24 - (i % 4) * 8)) & 0xff);
            if (codes.length === 8192) { out += String.fromCharCode.apply(null, codes); codes = []; }
        }
        return out + String.fromCharCode.apply(null, codes);
    }

    // ---- encoders ----

    var HEX = '0123456789abcdef';
    var Latin1 = { stringify: toBinary, parse: fromBinary };
    var Hex = {
        stringify: function (wordArray) {
            var binary = toBinary(wordArray), out = [];
            for (var i = 0; i < binary.length; i++) {
                var byte = binary.charCodeAt(i);
                out.push(HEX[byte >>> 4], HEX[byte & 0x0f]);
            }
            return out.join('');
        },
        parse: function (hex) {
            var words = [], length = hex.length;
            for (var i = 0; i < length; i += 2) {
                words[i >>> 3] |= parseInt(hex.slice(i, i + 2), 16) << (24 - (i % 8) * 4);
            }
            return new WordArray(words, length / 2);
        }
    };
    var Utf8 = {
        stringify: function (wordArray) {
            return host.utf8Decode(toBinary(wordArray));
        },
        parse: function (text) { return fromBinary(host.utf8Encode(text)); }
    };
    function utf16(littleEndian) {
        function swap(unit) { return littleEndian ? ((unit << 8) & 0xff00) | ((unit >>> 8) & 0xff) : unit; }
        return {
            stringify: function (wordArray) {
                var words = wordArray.words, sig = wordArray.sigBytes, out = [];
                for (var i = 0; i < sig; i += 2) {
                    out.push(String.fromCharCode(swap((words[i >>> 2] >>> (16 - (i % 4) * 8)) & 0xffff)));
                }
                return out.join('');
            },
            parse: function (text) {
                var words = [], length = text.length;
                for (var i = 0; i < length; i++) {
                    words[i >>> 1] |= swap(text.charCodeAt(i)) << (16 - (i % 2) * 16);
                }
                return new WordArray(words, length * 2);
            }
        };
    }
    var Base64 = {
        _map: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=',
        stringify: function (wordArray) { return host.btoa(toBinary(wordArray)); },
        parse: function (text) {
            // As CryptoJS: stop at the first padding character.
            var clean = String(text).replace(/\s+/g, '');
            var pad = clean.indexOf('=');
            if (pad >= 0) { clean = clean.slice(0, pad); }
            clean = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
            return fromBinary(host.atob(clean));
        }
    };
    var enc = { Hex: Hex, Latin1: Latin1, Utf8: Utf8, Utf16: utf16(false), Utf16BE: utf16(false), Utf16LE: utf16(true), Base64: Base64 };

    function toWords(data) { return typeof data === 'string' ? Utf8.parse(data) : data; }

    // ---- hashes and HMAC ----

    function hashName(algorithm, cfg) {
        if (algorithm !== 'SHA3') { return algorithm; }
        var bits = (cfg && cfg.outputLength) || 512;
        return 'SHA3-' + bits;
    }

    function Hasher(algorithm, cfg) { this.algorithm = algorithm; this.cfg = cfg; this.reset(); }
    Hasher.prototype.reset = function () { this.parts = []; };
    Hasher.prototype.update = function (data) { this.parts.push(toBinary(toWords(data))); return this; };
    Hasher.prototype.finalize = function (data) {
        if (data !== undefined) { this.update(data); }
        var digest = fromBinary(host.digest(hashName(this.algorithm, this.cfg), this.parts.join('')));
        this.reset();
        return digest;
    };

    function Hmac(hasher, key) { this.hasher = hasher; this.key = toWords(key); this.reset(); }
    Hmac.prototype.reset = function () { this.parts = []; };
    Hmac.prototype.update = function (data) { this.parts.push(toBinary(toWords(data))); return this; };
    Hmac.prototype.finalize = function (data) {
        if (data !== undefined) { this.update(data); }
        var mac = host.hmac(hashName(this.hasher.algorithm, this.hasher.cfg), toBinary(this.key), this.parts.join(''));
        this.reset();
        return fromBinary(mac);
    };

    var algo = {};
    var C = { lib: lib, enc: enc, algo: algo };
    ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'SHA3', 'RIPEMD160'].forEach(function (name) {
        algo[name] = {
            algorithm: name,
            create: function (cfg) { return new Hasher(name, cfg); }
        };
        C[name] = function (message, cfg) { return new Hasher(name, cfg).finalize(message); };
        C['Hmac' + name] = function (message, key) { return new Hmac({ algorithm: name }, key).finalize(message); };
    });
    algo.HMAC = {
        create: function (hasher, key) { return new Hmac({ algorithm: hasher.algorithm, cfg: hasher.cfg }, key); }
    };

    C.PBKDF2 = function (password, salt, cfg) {
        cfg = cfg || {};
        var hasher = cfg.hasher || algo.SHA1;
        var keySize = cfg.keySize !== undefined ? cfg.keySize : 128 / 32;
        var bytes = host.pbkdf2(hashName(hasher.algorithm), toBinary(toWords(password)),
            toBinary(toWords(salt)), keySize * 4, cfg.iterations || 1);
        return fromBinary(bytes);
    };
    algo.PBKDF2 = { create: function (cfg) { return { compute: function (p, s) { return C.PBKDF2(p, s, cfg); } }; } };

    // ---- ciphers: the block work is the host's (`host/cipher.rs`) ----

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
    C.mode = mode;
    C.pad = pad;
    C.format = format;
    C.kdf = kdf;
    C.lib.CipherParams = { create: function (cfg) { return new CipherParams(cfg); } };
    C.AES = blockCipher('AES', 8, 4);
    C.DES = blockCipher('DES', 2, 2);
    C.TripleDES = blockCipher('TripleDES', 6, 2);

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
    C.RC4 = rc4(false);
    C.RC4Drop = rc4(true);
    // Rabbit: a 128-bit key and a 64-bit IV (optional with a key).
    function rabbit(legacy) {
        return streamCipher(4, 2, function (data, key, iv) {
            return host.rabbit(key, iv ? toBinary(toWords(iv)) : null, data, legacy);
        });
    }
    C.Rabbit = rabbit(false);
    C.RabbitLegacy = rabbit(true);

    return C;
})(__host);
