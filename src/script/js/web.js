// Web globals boa lacks: structuredClone, TextEncoder/TextDecoder, crypto,
// URL and URLSearchParams. Loaded on first use (`__lazy('web.js')`, from
// the accessors globals.js puts on the global object).
0, function (host) {
    'use strict';

    var structuredClone = function clone(value, seen) {
        seen = seen || new Map();
        if (value === null || typeof value !== 'object') {
            if (typeof value === 'function' || typeof value === 'symbol') {
                var error = new Error(String(value) + ' could not be cloned.');
                error.name = 'DataCloneError';
                throw error;
            }
            return value;
        }
        if (seen.has(value)) { return seen.get(value); }
        var copy;
        if (value instanceof Date) { return new Date(value.getTime()); }
        if (value instanceof RegExp) { return new RegExp(value.source, value.flags); }
        if (value instanceof Map) {
            copy = new Map();
            seen.set(value, copy);
            value.forEach(function (v, k) { copy.set(clone(k, seen), clone(v, seen)); });
            return copy;
        }
        if (value instanceof Set) {
            copy = new Set();
            seen.set(value, copy);
            value.forEach(function (v) { copy.add(clone(v, seen)); });
            return copy;
        }
        copy = Array.isArray(value) ? [] : {};
        seen.set(value, copy);
        Object.keys(value).forEach(function (k) { copy[k] = clone(value[k], seen); });
        return copy;
    };

    function utf8Encode(text) {
        var bytes = [];
        for (var i = 0; i < text.length; i++) {
            var code = text.codePointAt(i);
            if (code > 0xffff) { i++; }
            if (code < 0x80) { bytes.push(code); }
            else if (code < 0x800) { bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63)); }
            else if (code < 0x10000) { bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)); }
            else { bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)); }
        }
        return new Uint8Array(bytes);
    }

    function utf8Decode(bytes) {
        var out = '', i = 0;
        while (i < bytes.length) {
            var b = bytes[i++], code;
            if (b < 0x80) { code = b; }
            else if (b < 0xe0) { code = ((b & 31) << 6) | (bytes[i++] & 63); }
            else if (b < 0xf0) { code = ((b & 15) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
            else { code = ((b & 7) << 18) | ((bytes[i++] & 63) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
            out += String.fromCodePoint(code);
        }
        return out;
    }

    function TextEncoder() { this.encoding = 'utf-8'; }
    TextEncoder.prototype.encode = function (text) { return utf8Encode(String(text === undefined ? '' : text)); };
    function TextDecoder(label) { this.encoding = (label || 'utf-8').toLowerCase(); }
    TextDecoder.prototype.decode = function (bytes) {
        if (!bytes) { return ''; }
        return utf8Decode(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
    };

    // crypto.subtle (WebCrypto), as the current Postman sandbox has it:
    // digest; HMAC keys (raw, jwk, generated) to sign, verify and export;
    // RSASSA-PKCS1-v1_5, RSA-PSS and ECDSA signing with PKCS#8 keys. The
    // bytes go to the host (`host/crypto.rs`) as binary strings.
    var HASHES = { 'SHA-1': ['SHA1', 64], 'SHA-256': ['SHA256', 64], 'SHA-384': ['SHA384', 128], 'SHA-512': ['SHA512', 128] };
    var SIGNERS = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA'];

    function domError(name, message) {
        var error = new Error(message);
        error.name = name;
        return error;
    }
    function bytesOf(data, what) {
        if (data instanceof ArrayBuffer) { return new Uint8Array(data); }
        if (ArrayBuffer.isView(data)) { return new Uint8Array(data.buffer, data.byteOffset, data.byteLength); }
        throw new TypeError("Failed to execute '" + what + "' on 'SubtleCrypto': parameter is not of type 'ArrayBuffer' or 'ArrayBufferView'.");
    }
    function toBinary(bytes) {
        var out = '';
        for (var i = 0; i < bytes.length; i += 8192) {
            out += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, i, i + 8192));
        }
        return out;
    }
    function toBuffer(binary) {
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i) & 255; }
        return bytes.buffer;
    }
    function base64url(binary) { return host.btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }
    function fromBase64url(text) { return host.atob(String(text).replace(/-/g, '+').replace(/_/g, '/')); }
    function algorithmOf(algorithm) {
        var name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
        if (typeof name !== 'string') { throw new TypeError('Algorithm: Unrecognized name'); }
        var known = ['HMAC'].concat(SIGNERS, Object.keys(HASHES)).filter(function (n) { return n.toUpperCase() === name.toUpperCase(); })[0];
        if (!known) { throw domError('NotSupportedError', 'Unrecognized algorithm name'); }
        var out = typeof algorithm === 'object' ? Object.assign({}, algorithm) : {};
        out.name = known;
        if (out.hash !== undefined) { out.hash = { name: algorithmOf(out.hash).name }; }
        return out;
    }
    function hashOf(algorithm) {
        if (!algorithm.hash || !HASHES[algorithm.hash.name]) { throw domError('NotSupportedError', 'Unrecognized algorithm name'); }
        return algorithm.hash.name;
    }
    function CryptoKey(type, extractable, algorithm, usages, secret) {
        this.type = type;
        this.extractable = extractable;
        this.algorithm = algorithm;
        this.usages = usages;
        Object.defineProperty(this, '_secret', { value: secret });
    }
    function usable(key, usage, algorithm) {
        if (!(key instanceof CryptoKey)) { throw new TypeError("parameter 2 is not of type 'CryptoKey'."); }
        if (key.algorithm.name !== algorithm.name || key.usages.indexOf(usage) < 0) {
            throw domError('InvalidAccessError', 'Unable to use this CryptoKey for this operation.');
        }
    }
    function hmacKey(algorithm, secret, extractable, usages) {
        var hash = hashOf(algorithm);
        if (secret.length === 0) { throw domError('DataError', 'Zero-length key is not supported'); }
        return new CryptoKey('secret', !!extractable, { name: 'HMAC', hash: { name: hash }, length: secret.length * 8 },
            Array.from(usages || []), secret);
    }
    function signature(algorithm, key, data) {
        if (algorithm.name === 'HMAC') { return host.hmac(HASHES[key.algorithm.hash.name][0], key._secret, data); }
        var hash = algorithm.name === 'ECDSA' ? hashOf(algorithm) : key.algorithm.hash.name;
        if (algorithm.name === 'RSA-PSS' && algorithm.saltLength !== host.digest(HASHES[hash][0], '').length) {
            throw domError('NotSupportedError', 'postrun signs RSA-PSS with a salt as long as the hash only');
        }
        return host.subtleSign(algorithm.name, hash, key._secret, data);
    }
    // Each operation runs at once and settles its promise, as the work is
    // synchronous on the host.
    function settled(work) {
        return new Promise(function (resolve) { resolve(work()); });
    }
    var subtle = {
        digest: function (algorithm, data) {
            return settled(function () {
                var name = algorithmOf(algorithm).name;
                if (!HASHES[name]) { throw domError('NotSupportedError', 'Unrecognized algorithm name'); }
                return toBuffer(host.digest(HASHES[name][0], toBinary(bytesOf(data, 'digest'))));
            });
        },
        importKey: function (format, keyData, algorithm, extractable, usages) {
            return settled(function () {
                var alg = algorithmOf(algorithm);
                if (alg.name === 'HMAC' && format === 'raw') { return hmacKey(alg, toBinary(bytesOf(keyData, 'importKey')), extractable, usages); }
                if (alg.name === 'HMAC' && format === 'jwk') {
                    if (!keyData || keyData.kty !== 'oct' || typeof keyData.k !== 'string') { throw domError('DataError', 'Invalid keyData'); }
                    return hmacKey(alg, fromBase64url(keyData.k), extractable, usages);
                }
                if (SIGNERS.indexOf(alg.name) >= 0 && format === 'pkcs8') {
                    var shown = { name: alg.name };
                    if (alg.hash) { shown.hash = alg.hash; }
                    if (alg.namedCurve) { shown.namedCurve = alg.namedCurve; }
                    return new CryptoKey('private', !!extractable, shown, Array.from(usages || []), toBinary(bytesOf(keyData, 'importKey')));
                }
                throw domError('NotSupportedError', "postrun's crypto.subtle cannot import a '" + format + "' key for " + alg.name +
                    ' (it has raw and jwk HMAC keys and pkcs8 signing keys)');
            });
        },
        generateKey: function (algorithm, extractable, usages) {
            return settled(function () {
                var alg = algorithmOf(algorithm);
                if (alg.name !== 'HMAC') { throw domError('NotSupportedError', "postrun's crypto.subtle generates HMAC keys only"); }
                var length = alg.length ? alg.length / 8 : HASHES[hashOf(alg)][1];
                var secret = toBinary(getRandomValues(new Uint8Array(length)));
                return hmacKey(alg, secret, extractable, usages);
            });
        },
        exportKey: function (format, key) {
            return settled(function () {
                if (!(key instanceof CryptoKey)) { throw new TypeError("parameter 2 is not of type 'CryptoKey'."); }
                // Node's name for it (WebCrypto's is InvalidAccessError).
                if (!key.extractable) { throw domError('InvalidAccessException', 'key is not extractable'); }
                if (key.type === 'secret' && format === 'raw') { return toBuffer(key._secret); }
                if (key.type === 'secret' && format === 'jwk') {
                    return { key_ops: key.usages.slice(), ext: true, kty: 'oct', k: base64url(key._secret), alg: 'HS' + key.algorithm.hash.name.slice(4) };
                }
                if (key.type === 'private' && format === 'pkcs8') { return toBuffer(key._secret); }
                throw domError('NotSupportedError', "postrun's crypto.subtle cannot export this key as '" + format + "'");
            });
        },
        sign: function (algorithm, key, data) {
            return settled(function () {
                var alg = algorithmOf(algorithm);
                usable(key, 'sign', alg);
                return toBuffer(signature(alg, key, toBinary(bytesOf(data, 'sign'))));
            });
        },
        verify: function (algorithm, key, sig, data) {
            return settled(function () {
                var alg = algorithmOf(algorithm);
                usable(key, 'verify', alg);
                if (alg.name !== 'HMAC') { throw domError('NotSupportedError', "postrun's crypto.subtle verifies HMAC signatures only"); }
                return toBinary(bytesOf(sig, 'verify')) === signature(alg, key, toBinary(bytesOf(data, 'verify')));
            });
        }
    };

    function getRandomValues(array) {
        for (var i = 0; i < array.length; i++) { array[i] = Math.floor(Math.random() * 256); }
        return array;
    }
    var crypto = {
        randomUUID: function () { return host.uuid(); },
        getRandomValues: getRandomValues,
        subtle: subtle
    };

    // URLSearchParams: the pairs here, parsing and serializing on the host
    // (`host/url.rs`, the WHATWG form-urlencoded rules). One made by a URL
    // writes its changes back to it.
    function URLSearchParams(init) {
        this._pairs = [];
        this._url = null;
        if (init instanceof URLSearchParams) {
            this._pairs = init._pairs.map(function (p) { return [p[0], p[1]]; });
        } else if (init !== null && typeof init === 'object') {
            var entries = typeof init[Symbol.iterator] === 'function' ? Array.from(init) : Object.keys(init).map(function (k) { return [k, init[k]]; });
            this._pairs = entries.map(function (e) {
                if (!e || e.length !== 2) { throw new TypeError("Failed to construct 'URLSearchParams': Each query pair must be an iterable [name, value] tuple"); }
                return [String(e[0]), String(e[1])];
            });
        } else if (init !== undefined) {
            var text = String(init);
            this._pairs = host.formParse(text.charAt(0) === '?' ? text.slice(1) : text);
        }
    }
    function changed(params) {
        if (params._url) { params._url._apply('search', params._pairs.length ? params.toString() : ''); }
    }
    URLSearchParams.prototype = {
        append: function (k, v) { this._pairs.push([String(k), String(v)]); changed(this); },
        delete: function (k, v) {
            k = String(k);
            this._pairs = this._pairs.filter(function (p) { return p[0] !== k || (v !== undefined && p[1] !== String(v)); });
            changed(this);
        },
        get: function (k) { k = String(k); var p = this._pairs.find(function (p) { return p[0] === k; }); return p ? p[1] : null; },
        getAll: function (k) { k = String(k); return this._pairs.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); },
        has: function (k, v) { k = String(k); return this._pairs.some(function (p) { return p[0] === k && (v === undefined || p[1] === String(v)); }); },
        set: function (k, v) {
            k = String(k); v = String(v);
            var at = this._pairs.findIndex(function (p) { return p[0] === k; });
            if (at === -1) { this._pairs.push([k, v]); } else {
                this._pairs[at] = [k, v];
                this._pairs = this._pairs.filter(function (p, i) { return i <= at || p[0] !== k; });
            }
            changed(this);
        },
        sort: function () {
            this._pairs = this._pairs.map(function (p, i) { return [p, i]; }).sort(function (a, b) {
                return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1];
            }).map(function (x) { return x[0]; });
            changed(this);
        },
        forEach: function (fn, self) { var params = this; this._pairs.slice().forEach(function (p) { fn.call(self, p[1], p[0], params); }); },
        keys: function () { return this._pairs.map(function (p) { return p[0]; })[Symbol.iterator](); },
        values: function () { return this._pairs.map(function (p) { return p[1]; })[Symbol.iterator](); },
        entries: function () { return this._pairs.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); },
        toString: function () { return host.formSerialize(this._pairs); }
    };
    URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
    Object.defineProperty(URLSearchParams.prototype, 'size', { get: function () { return this._pairs.length; } });

    // URL: the components come from the host (`host/url.rs`, the url crate);
    // each setter asks it again, so the standard's rules apply throughout.
    var COMPONENTS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
    function URL(url, base) {
        if (!(this instanceof URL)) { throw new TypeError("Class constructor URL cannot be invoked without 'new'"); }
        this._parts = host.urlParts(String(url), base === undefined ? undefined : String(base instanceof URL ? base.href : base));
        this._params = null;
    }
    URL.prototype._apply = function (name, value) {
        this._parts = host.urlSet(this._parts.href, name, String(value));
        if (this._params && name !== 'search') { this._params._pairs = host.formParse(this._parts.search.slice(1)); }
    };
    COMPONENTS.forEach(function (name) {
        Object.defineProperty(URL.prototype, name, {
            get: function () { return this._parts[name]; },
            set: name === 'origin' ? undefined : function (value) {
                this._apply(name, value);
                if (this._params && (name === 'search' || name === 'href')) { this._params._pairs = host.formParse(this._parts.search.slice(1)); }
            },
            enumerable: true,
            configurable: true
        });
    });
    Object.defineProperty(URL.prototype, 'searchParams', {
        get: function () {
            if (!this._params) {
                this._params = new URLSearchParams(this._parts.search);
                this._params._url = this;
            }
            return this._params;
        },
        enumerable: true,
        configurable: true
    });
    URL.prototype.toString = function () { return this.href; };
    URL.prototype.toJSON = function () { return this.href; };
    URL.canParse = function (url, base) { try { new URL(url, base); return true; } catch (e) { return false; } };
    return {
        structuredClone: structuredClone,
        TextEncoder: TextEncoder,
        TextDecoder: TextDecoder,
        crypto: crypto,
        URL: URL,
        URLSearchParams: URLSearchParams
    };
}(__host);
