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

    function URLSearchParams(init) {
        this._pairs = [];
        if (typeof init === 'string') {
            var text = init.charAt(0) === '?' ? init.slice(1) : init;
            var self = this;
            text.split('&').filter(Boolean).forEach(function (pair) {
                var at = pair.indexOf('=');
                var key = at === -1 ? pair : pair.slice(0, at);
                var value = at === -1 ? '' : pair.slice(at + 1);
                self._pairs.push([decodeQuery(key), decodeQuery(value)]);
            });
        } else if (init && typeof init === 'object') {
            var entries = Array.isArray(init) ? init : Object.keys(init).map(function (k) { return [k, init[k]]; });
            this._pairs = entries.map(function (e) { return [String(e[0]), String(e[1])]; });
        }
    }
    var PLUS = /\+/g, SPACE = /%20/g, LAST_SEGMENT = /[^/]*$/;
    function decodeQuery(text) { return decodeURIComponent(text.replace(PLUS, ' ')); }
    function encodeQuery(text) { return encodeURIComponent(text).replace(SPACE, '+'); }
    URLSearchParams.prototype = {
        append: function (k, v) { this._pairs.push([String(k), String(v)]); },
        delete: function (k) { this._pairs = this._pairs.filter(function (p) { return p[0] !== k; }); },
        get: function (k) { var p = this._pairs.find(function (p) { return p[0] === k; }); return p ? p[1] : null; },
        getAll: function (k) { return this._pairs.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); },
        has: function (k) { return this._pairs.some(function (p) { return p[0] === k; }); },
        set: function (k, v) {
            var at = this._pairs.findIndex(function (p) { return p[0] === k; });
            this.delete(k);
            if (at === -1) { this._pairs.push([String(k), String(v)]); } else { this._pairs.splice(at, 0, [String(k), String(v)]); }
        },
        forEach: function (fn, self) { this._pairs.forEach(function (p) { fn.call(self, p[1], p[0]); }); },
        keys: function () { return this._pairs.map(function (p) { return p[0]; })[Symbol.iterator](); },
        values: function () { return this._pairs.map(function (p) { return p[1]; })[Symbol.iterator](); },
        entries: function () { return this._pairs.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); },
        toString: function () { return this._pairs.map(function (p) { return encodeQuery(p[0]) + '=' + encodeQuery(p[1]); }).join('&'); }
    };
    URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
    Object.defineProperty(URLSearchParams.prototype, 'size', { get: function () { return this._pairs.length; } });

    var URL_PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/\/(?:([^:@/?#]*)(?::([^@/?#]*))?@)?(\[[^\]]*\]|[^:/?#]*)(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/;
    function URL(url, base) {
        url = String(url);
        if (base !== undefined && !URL_PARTS.test(url)) {
            var root = new URL(base);
            url = url.charAt(0) === '/' ? root.origin + url : root.origin + root.pathname.replace(LAST_SEGMENT, '') + url;
        }
        var m = URL_PARTS.exec(url);
        if (!m) { throw new TypeError('Invalid URL: ' + url); }
        this.protocol = m[1].toLowerCase();
        this.username = m[2] || '';
        this.password = m[3] || '';
        this.hostname = m[4].toLowerCase();
        var defaultPort = { 'http:': '80', 'https:': '443' }[this.protocol];
        this.port = m[5] && m[5] !== defaultPort ? m[5] : '';
        this.pathname = m[6] || '/';
        this.searchParams = new URLSearchParams(m[7] || '');
        this.hash = m[8] && m[8].length > 1 ? m[8] : '';
    }
    Object.defineProperties(URL.prototype, {
        host: { get: function () { return this.hostname + (this.port ? ':' + this.port : ''); } },
        origin: { get: function () { return this.protocol + '//' + this.host; } },
        search: { get: function () { var q = this.searchParams.toString(); return q ? '?' + q : ''; } },
        href: { get: function () {
            var auth = this.username ? this.username + (this.password ? ':' + this.password : '') + '@' : '';
            return this.protocol + '//' + auth + this.host + this.pathname + this.search + this.hash;
        } }
    });
    URL.prototype.toString = function () { return this.href; };
    URL.prototype.toJSON = function () { return this.href; };
    return {
        structuredClone: structuredClone,
        TextEncoder: TextEncoder,
        TextDecoder: TextDecoder,
        crypto: crypto,
        URL: URL,
        URLSearchParams: URLSearchParams
    };
})(__host);
