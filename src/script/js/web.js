// Web globals boa lacks: structuredClone, TextEncoder/TextDecoder, crypto,
// URL and URLSearchParams. Loaded on first use (`__lazy('web.js')`, from
// the accessors globals.js puts on the global object).
(function (host) {
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

    var crypto = {
        randomUUID: function () { return host.uuid(); },
        getRandomValues: function (array) {
            for (var i = 0; i < array.length; i++) { array[i] = Math.floor(Math.random() * 256); }
            return array;
        }
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
})(__host);
