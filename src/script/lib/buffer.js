// Node's `Buffer` as the sandbox's `buffer` module (buffer 6) has it: a
// Uint8Array with encodings. Text crosses to the host as binary strings.
0, function (host) {
    'use strict';

    function binaryOf(bytes, start, end) {
        var out = '';
        for (var i = start; i < end; i += 8192) {
            out += String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, Math.min(i + 8192, end))));
        }
        return out;
    }
    function bytesOf(binary) {
        var bytes = new Buffer(binary.length);
        for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i) & 0xff; }
        return bytes;
    }
    // Made once (as the regular expressions below): boa builds an object
    // literal, and compiles a regular expression literal, each time.
    var ENCODINGS = Object.assign(Object.create(null), { utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url',
        binary: 'latin1', latin1: 'latin1', ascii: 'ascii', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le' });
    var PLUS = /\+/g, SLASH = /\//g, PADDING = /=+$/, HIGH = /[\u0080-\u00ff]/g;
    function normal(encoding) {
        var name = String(encoding === undefined ? 'utf8' : encoding).toLowerCase();
        var known = ENCODINGS[name];
        if (!known) { throw new TypeError('Unknown encoding: ' + encoding); }
        return known;
    }
    function encode(text, encoding) {
        text = String(text);
        switch (normal(encoding)) {
            case 'utf8': return bytesOf(host.utf8Encode(text));
            case 'hex': {
                var length = Math.floor(text.length / 2), out = new Buffer(length), i;
                for (i = 0; i < length; i++) {
                    var byte = parseInt(text.substr(i * 2, 2), 16);
                    if (isNaN(byte)) { break; }
                    out[i] = byte;
                }
                return i < length ? out.subarray(0, i) : out;
            }
            case 'base64': case 'base64url': {
                var clean = text.replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
                clean = clean.slice(0, clean.length - (clean.length % 4 === 1 ? 1 : 0));
                return bytesOf(host.atob(clean));
            }
            case 'utf16le': {
                var wide = new Buffer(text.length * 2);
                for (var j = 0; j < text.length; j++) { var unit = text.charCodeAt(j); wide[j * 2] = unit & 0xff; wide[j * 2 + 1] = unit >>> 8; }
                return wide;
            }
            default: return bytesOf(text);
        }
    }

    class Buffer extends Uint8Array {
        static from(value, encodingOrOffset, length) {
            if (typeof value === 'string') { return encode(value, encodingOrOffset); }
            if (value instanceof ArrayBuffer) { return new Buffer(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length); }
            if (value && value.type === 'Buffer' && Array.isArray(value.data)) { value = value.data; }
            if (value === null || value === undefined || typeof value === 'number') {
                throw new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ' + value);
            }
            var out = new Buffer(value.length >>> 0);
            for (var i = 0; i < out.length; i++) { out[i] = value[i]; }
            return out;
        }
        static alloc(size, fill, encoding) {
            var out = new Buffer(size);
            if (fill !== undefined) { out.fill(typeof fill === 'string' ? encode(fill, encoding)[0] : fill); }
            return out;
        }
        static allocUnsafe(size) { return new Buffer(size); }
        static isBuffer(value) { return value instanceof Buffer; }
        static isEncoding(encoding) { try { normal(encoding); return typeof encoding === 'string'; } catch (e) { return false; } }
        static byteLength(value, encoding) { return typeof value === 'string' ? encode(value, encoding).length : value.byteLength; }
        static concat(list, total) {
            var length = total === undefined ? list.reduce(function (n, b) { return n + b.length; }, 0) : total;
            var out = Buffer.alloc(length), at = 0;
            list.forEach(function (b) { if (at < length) { out.set(b.subarray(0, length - at), at); at += Math.min(b.length, length - at); } });
            return out;
        }
        static compare(a, b) { return a.compare(b); }
        toString(encoding, start, end) {
            start = Math.max(start || 0, 0);
            end = end === undefined ? this.length : Math.min(end, this.length);
            if (end <= start) { return ''; }
            var binary = binaryOf(this, start, end);
            switch (normal(encoding)) {
                case 'utf8': return host.utf8DecodeLossy(binary);
                case 'hex': return host.hexEncode(binary);
                case 'base64': return host.btoa(binary);
                case 'base64url': return host.btoa(binary).replace(PLUS, '-').replace(SLASH, '_').replace(PADDING, '');
                case 'ascii': return binary.replace(HIGH, function (c) { return String.fromCharCode(c.charCodeAt(0) & 0x7f); });
                case 'utf16le': {
                    var out = '';
                    for (var i = start; i + 1 < end; i += 2) { out += String.fromCharCode(this[i] | (this[i + 1] << 8)); }
                    return out;
                }
                default: return binary;
            }
        }
        toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
        equals(other) { return this.compare(other) === 0; }
        compare(other) {
            var n = Math.min(this.length, other.length);
            for (var i = 0; i < n; i++) { if (this[i] !== other[i]) { return this[i] < other[i] ? -1 : 1; } }
            return this.length === other.length ? 0 : (this.length < other.length ? -1 : 1);
        }
        slice(start, end) { return this.subarray(start, end); }
        write(text, offset, encoding) {
            if (typeof offset === 'string') { encoding = offset; offset = 0; }
            var bytes = encode(text, encoding).subarray(0, this.length - (offset || 0));
            this.set(bytes, offset || 0);
            return bytes.length;
        }
        readUInt8(offset) { return this[offset || 0]; }
        readUInt16BE(offset) { offset = offset || 0; return (this[offset] << 8) | this[offset + 1]; }
        readUInt32BE(offset) { offset = offset || 0; return ((this[offset] << 24) >>> 0) + ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]); }
        inspect() { return '<Buffer ' + Array.prototype.map.call(this.subarray(0, 50), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join(' ') + (this.length > 50 ? ' ... ' : '') + '>'; }
    }

    return { Buffer: Buffer, kMaxLength: 0x7fffffff, INSPECT_MAX_BYTES: 50 };
}(__host);
