// crypto-js 3.3.0's API (what postman-sandbox bundles): WordArray, the
// encoders, every hash and HMAC, PBKDF2 (the ciphers are
// lib/crypto-js-cipher.js). The hashing runs natively
// (`host/crypto.rs`); bytes cross as binary strings, one char per byte.
0, function (host) {
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

    var Latin1 = { stringify: toBinary, parse: fromBinary };
    var Hex = {
        stringify: function (wordArray) { return host.hexEncode(toBinary(wordArray)); },
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

    // ---- ciphers: lib/crypto-js-cipher.js, parsed when a script first
    // reads one (most only hash). The accessors stay (boa's caches in
    // compiled scripts); a script may replace a value.
    var ciphers = null;
    function cipherPart() {
        if (!ciphers) {
            ciphers = __lazy('lib/crypto-js-cipher.js')(host, {
                lib: lib, Base64: Base64, Hex: Hex, toBinary: toBinary, fromBinary: fromBinary, toWords: toWords
            });
        }
        return ciphers;
    }
    [[C, ['mode', 'pad', 'format', 'kdf', 'AES', 'DES', 'TripleDES', 'RC4', 'RC4Drop', 'Rabbit', 'RabbitLegacy']],
        [lib, ['CipherParams']]].forEach(function (entry) {
        entry[1].forEach(function (name) {
            Object.defineProperty(entry[0], name, {
                get: function () { return cipherPart()[name]; },
                set: function (value) { cipherPart()[name] = value; },
                enumerable: true,
                configurable: true
            });
        });
    });

    return C;
}(__host);
