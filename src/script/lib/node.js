// The Node modules the sandbox offers through browserify's stand-ins:
// `path` (POSIX, path-browserify 0.0.1: no `parse`/`format`), `querystring`, `events`, `util`, `assert`, `punycode`,
// `string_decoder` and `url` (the legacy `parse`/`format`/`resolve` beside
// `URL`). Written here with those modules' behaviour; checked against them.
0, function (global, lazy) {
    'use strict';

    // ---- path (POSIX; the sandbox's working directory is `/`) ----

    function normalizeParts(parts, absolute) {
        var out = [];
        parts.forEach(function (part) {
            if (!part || part === '.') { return; }
            if (part === '..') {
                if (out.length && out[out.length - 1] !== '..') { out.pop(); } else if (!absolute) { out.push('..'); }
                return;
            }
            out.push(part);
        });
        return out;
    }
    function text(value, name) {
        if (typeof value !== 'string') { throw new TypeError('The "' + (name || 'path') + '" argument must be of type string. Received ' + (value === null ? 'null' : typeof value)); }
        return value;
    }
    var path = {
        sep: '/',
        delimiter: ':',
        normalize: function (p) {
            text(p);
            if (!p) { return '.'; }
            var absolute = p.charAt(0) === '/', trailing = p.charAt(p.length - 1) === '/';
            var joined = normalizeParts(p.split('/'), absolute).join('/');
            if (!joined && !absolute) { joined = '.'; }
            if (joined && trailing) { joined += '/'; }
            return (absolute ? '/' : '') + joined;
        },
        join: function () {
            var parts = Array.prototype.filter.call(arguments, function (p) { return text(p) !== ''; });
            return parts.length ? path.normalize(parts.join('/')) : '.';
        },
        resolve: function () {
            var resolved = '', absolute = false;
            for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
                var p = i >= 0 ? text(arguments[i]) : '/';
                if (!p) { continue; }
                resolved = p + '/' + resolved;
                absolute = p.charAt(0) === '/';
            }
            var out = normalizeParts(resolved.split('/'), true).join('/');
            return '/' + out;
        },
        isAbsolute: function (p) { return text(p).charAt(0) === '/'; },
        relative: function (from, to) {
            from = path.resolve(from).split('/').filter(Boolean);
            to = path.resolve(to).split('/').filter(Boolean);
            var common = 0;
            while (common < from.length && common < to.length && from[common] === to[common]) { common++; }
            return from.slice(common).map(function () { return '..'; }).concat(to.slice(common)).join('/');
        },
        dirname: function (p) {
            text(p);
            if (!p) { return '.'; }
            var trimmed = p.replace(/\/+$/, '') || '/';
            if (trimmed === '/') { return '/'; }
            var at = trimmed.lastIndexOf('/');
            if (at < 0) { return '.'; }
            return trimmed.slice(0, at).replace(/\/+$/, '') || '/';
        },
        basename: function (p, ext) {
            text(p);
            var base = p.replace(/\/+$/, '');
            base = base.slice(base.lastIndexOf('/') + 1);
            if (ext !== undefined && base !== ext && base.slice(-ext.length) === ext) { base = base.slice(0, -ext.length); }
            return base;
        },
        extname: function (p) {
            var base = path.basename(p), dot = base.lastIndexOf('.');
            return dot <= 0 ? '' : base.slice(dot);
        }
    };
    path.posix = path;

    // ---- querystring ----

    function qsEscape(value) { return encodeURIComponent(value); }
    function qsUnescape(value) {
        try { return decodeURIComponent(value); } catch (e) {
            return value.replace(/%([0-9a-fA-F]{2})/g, function (m, hex) { return String.fromCharCode(parseInt(hex, 16)); });
        }
    }
    function stringifyPrimitive(value) {
        if (typeof value === 'string') { return value; }
        if (typeof value === 'boolean') { return value ? 'true' : 'false'; }
        if (typeof value === 'number') { return isFinite(value) ? String(value) : ''; }
        return '';
    }
    // querystring-es3 0.2: no `escape`/`unescape` of its own.
    var querystring = {
        stringify: function (obj, sep, eq) {
            sep = sep || '&'; eq = eq || '=';
            if (obj === null || typeof obj !== 'object') { return ''; }
            return Object.keys(obj).map(function (key) {
                var name = qsEscape(stringifyPrimitive(key)) + eq;
                if (Array.isArray(obj[key])) {
                    return obj[key].map(function (v) { return name + qsEscape(stringifyPrimitive(v)); }).join(sep);
                }
                return name + qsEscape(stringifyPrimitive(obj[key]));
            }).filter(Boolean).join(sep);
        },
        parse: function (qs, sep, eq, options) {
            sep = sep || '&'; eq = eq || '=';
            var out = {};
            if (typeof qs !== 'string' || qs.length === 0) { return out; }
            var max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
            var parts = qs.split(sep);
            if (max > 0 && parts.length > max) { parts = parts.slice(0, max); }
            parts.forEach(function (part) {
                var x = part.replace(/\+/g, '%20'), at = x.indexOf(eq);
                var key = at >= 0 ? x.slice(0, at) : x, value = at >= 0 ? x.slice(at + 1) : '';
                key = qsUnescape(key); value = qsUnescape(value);
                if (!Object.prototype.hasOwnProperty.call(out, key)) { out[key] = value; } else if (Array.isArray(out[key])) { out[key].push(value); } else { out[key] = [out[key], value]; }
            });
            return out;
        }
    };
    querystring.encode = querystring.stringify;
    querystring.decode = querystring.parse;

    // ---- events ----

    function EventEmitter() { this._events = {}; this._maxListeners = undefined; }
    var ee = EventEmitter.prototype;
    function listenersOf(emitter, name) {
        if (!emitter._events) { emitter._events = {}; }
        return emitter._events[name] || (emitter._events[name] = []);
    }
    ee.on = ee.addListener = function (name, listener) {
        if (typeof listener !== 'function') { throw new TypeError('The "listener" argument must be of type Function. Received type ' + typeof listener); }
        if (this._events && this._events.newListener) { this.emit('newListener', name, listener); }
        listenersOf(this, name).push(listener);
        return this;
    };
    ee.prependListener = function (name, listener) { listenersOf(this, name).unshift(listener); return this; };
    ee.once = function (name, listener) {
        var self = this;
        function once() { self.removeListener(name, once); return listener.apply(self, arguments); }
        once.listener = listener;
        return this.on(name, once);
    };
    ee.off = ee.removeListener = function (name, listener) {
        var list = listenersOf(this, name);
        for (var i = list.length - 1; i >= 0; i--) {
            if (list[i] === listener || list[i].listener === listener) { list.splice(i, 1); break; }
        }
        return this;
    };
    ee.removeAllListeners = function (name) { if (name === undefined) { this._events = {}; } else { delete listenersOf(this, name) && delete this._events[name]; } return this; };
    ee.emit = function (name) {
        var args = Array.prototype.slice.call(arguments, 1), list = listenersOf(this, name).slice();
        if (name === 'error' && !list.length) {
            var error = args[0] instanceof Error ? args[0] : new Error('Unhandled error.' + (args[0] === undefined ? '' : ' (' + args[0] + ')'));
            throw error;
        }
        var self = this;
        list.forEach(function (listener) { listener.apply(self, args); });
        return list.length > 0;
    };
    ee.listeners = function (name) { return listenersOf(this, name).map(function (l) { return l.listener || l; }); };
    ee.rawListeners = function (name) { return listenersOf(this, name).slice(); };
    ee.listenerCount = function (name) { return listenersOf(this, name).length; };
    ee.eventNames = function () { var self = this; return Object.keys(this._events || {}).filter(function (k) { return self._events[k].length; }); };
    ee.setMaxListeners = function (n) { this._maxListeners = n; return this; };
    ee.getMaxListeners = function () { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; };
    EventEmitter.defaultMaxListeners = 10;
    EventEmitter.EventEmitter = EventEmitter;
    EventEmitter.listenerCount = function (emitter, name) { return emitter.listenerCount(name); };

    // ---- util ----

    // chai's inspector, unshortened: Node's util.inspect for the common values.
    function inspect(value) { return lazy('inspect.js').inspect(value, Infinity); }
    var util = {
        format: function (first) {
            var args = arguments, i = 1;
            if (typeof first !== 'string') {
                return Array.prototype.map.call(args, function (a) { return typeof a === 'string' ? a : inspect(a); }).join(' ');
            }
            // util 0.10: %s, %d, %j and %% only.
            var out = first.replace(/%[sdj%]/g, function (token) {
                if (token === '%%') { return '%'; }
                if (i >= args.length) { return token; }
                var arg = args[i++];
                switch (token) {
                    case '%s': return String(arg);
                    case '%d': return String(Number(arg));
                    default: try { return JSON.stringify(arg); } catch (e) { return '[Circular]'; }
                }
            });
            for (; i < args.length; i++) { out += ' ' + (typeof args[i] === 'string' ? args[i] : inspect(args[i])); }
            return out;
        },
        inspect: inspect,
        inherits: function (child, parent) {
            child.super_ = parent;
            child.prototype = Object.create(parent.prototype, { constructor: { value: child, enumerable: false, writable: true, configurable: true } });
        },
        deprecate: function (fn) { return fn; },
        isArray: Array.isArray,
        isBoolean: function (v) { return typeof v === 'boolean'; },
        isNull: function (v) { return v === null; },
        isNullOrUndefined: function (v) { return v === null || v === undefined; },
        isNumber: function (v) { return typeof v === 'number'; },
        isString: function (v) { return typeof v === 'string'; },
        isUndefined: function (v) { return v === undefined; },
        isObject: function (v) { return v !== null && typeof v === 'object'; },
        isFunction: function (v) { return typeof v === 'function'; },
        isPrimitive: function (v) { return v === null || (typeof v !== 'object' && typeof v !== 'function'); },
        isDate: function (v) { return Object.prototype.toString.call(v) === '[object Date]'; },
        isRegExp: function (v) { return Object.prototype.toString.call(v) === '[object RegExp]'; },
        isError: function (v) { return Object.prototype.toString.call(v) === '[object Error]' || v instanceof Error; },
        promisify: function (fn) {
            return function () {
                var self = this, args = Array.prototype.slice.call(arguments);
                return new Promise(function (resolve, reject) {
                    fn.apply(self, args.concat(function (error, value) { if (error) { reject(error); } else { resolve(value); } }));
                });
            };
        }
    };

    // ---- punycode (RFC 3492) ----

    var BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700, INITIAL_BIAS = 72, INITIAL_N = 128;
    function adapt(delta, points, first) {
        delta = first ? Math.floor(delta / DAMP) : delta >> 1;
        delta += Math.floor(delta / points);
        var k = 0;
        for (; delta > ((BASE - TMIN) * TMAX) >> 1; k += BASE) { delta = Math.floor(delta / (BASE - TMIN)); }
        return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
    }
    function digit(d) { return String.fromCharCode(d + 22 + 75 * (d < 26)); }
    function ucs2decode(string) { return Array.from(string).map(function (c) { return c.codePointAt(0); }); }
    function encode(input) {
        var points = ucs2decode(input), n = INITIAL_N, delta = 0, bias = INITIAL_BIAS, out = '';
        points.forEach(function (c) { if (c < 0x80) { out += String.fromCharCode(c); } });
        var basic = out.length, handled = basic;
        if (basic) { out += '-'; }
        while (handled < points.length) {
            var m = Math.min.apply(null, points.filter(function (c) { return c >= n; }));
            delta += (m - n) * (handled + 1);
            n = m;
            points.forEach(function (c) {
                if (c < n) { delta++; }
                if (c === n) {
                    var q = delta;
                    for (var k = BASE; ; k += BASE) {
                        var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
                        if (q < t) { break; }
                        out += digit(t + (q - t) % (BASE - t));
                        q = Math.floor((q - t) / (BASE - t));
                    }
                    out += digit(q);
                    bias = adapt(delta, handled + 1, handled === basic);
                    delta = 0;
                    handled++;
                }
            });
            delta++; n++;
        }
        return out;
    }
    function decode(input) {
        var out = [], basic = input.lastIndexOf('-'), i = 0, n = INITIAL_N, bias = INITIAL_BIAS;
        if (basic < 0) { basic = 0; }
        for (var j = 0; j < basic; j++) { out.push(input.charCodeAt(j)); }
        for (var index = basic > 0 ? basic + 1 : 0; index < input.length;) {
            var old = i, w = 1;
            for (var k = BASE; ; k += BASE) {
                var code = input.charCodeAt(index++);
                var d = code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : BASE;
                i += d * w;
                var t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
                if (d < t) { break; }
                w *= BASE - t;
            }
            bias = adapt(i - old, out.length + 1, old === 0);
            n += Math.floor(i / (out.length + 1));
            i %= out.length + 1;
            out.splice(i++, 0, n);
        }
        return String.fromCodePoint.apply(null, out);
    }
    function mapDomain(domain, fn) {
        var at = domain.lastIndexOf('@'), prefix = at >= 0 ? domain.slice(0, at + 1) : '';
        domain = (at >= 0 ? domain.slice(at + 1) : domain).replace(/[\u3002\uFF0E\uFF61]/g, '.');
        return prefix + domain.split('.').map(fn).join('.');
    }
    var punycode = {
        version: '1.4.1',
        encode: encode,
        decode: decode,
        toASCII: function (domain) { return mapDomain(domain, function (label) { return /[^\0-\x7E]/.test(label) ? 'xn--' + encode(label) : label; }); },
        toUnicode: function (domain) { return mapDomain(domain, function (label) { return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label; }); },
        ucs2: { decode: ucs2decode, encode: function (points) { return String.fromCodePoint.apply(null, points); } }
    };

    // ---- string_decoder (UTF-8 and the single-byte encodings) ----

    function StringDecoder(encoding) {
        this.encoding = String(encoding || 'utf8').toLowerCase().replace('-', '');
        this.pending = [];
    }
    StringDecoder.prototype.write = function (buffer) {
        var bytes = this.pending.concat(Array.prototype.slice.call(buffer));
        this.pending = [];
        if (this.encoding === 'utf8') {
            // Keep an incomplete last character for the next write.
            var end = bytes.length, back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xc0) === 0x80) { back++; }
            var lead = bytes[end - back - 1];
            var needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
            if (end - back - 1 >= 0 && needed > back + 1) { this.pending = bytes.slice(end - back - 1); bytes = bytes.slice(0, end - back - 1); }
        }
        var Buffer = lazy('lib/buffer.js').Buffer;
        return Buffer.from(bytes).toString(this.encoding);
    };
    StringDecoder.prototype.end = function (buffer) {
        var out = buffer ? this.write(buffer) : '';
        if (this.pending.length) { out += '\ufffd'; this.pending = []; }
        return out;
    };

    // ---- assert (the common calls; messages as assert 2's) ----

    function AssertionError(options) {
        this.name = 'AssertionError';
        this.message = options.message;
        this.actual = options.actual;
        this.expected = options.expected;
        this.operator = options.operator;
        this.generatedMessage = !options.given;
        this.code = 'ERR_ASSERTION';
    }
    AssertionError.prototype = Object.create(Error.prototype);
    AssertionError.prototype.constructor = AssertionError;
    function fail(actual, expected, message, operator, fallback) {
        if (message instanceof Error) { throw message; }
        throw new AssertionError({ message: message !== undefined ? message : fallback, given: message !== undefined, actual: actual, expected: expected, operator: operator });
    }
    function deep(a, b, strict) {
        var lodash = lazy('lib/lodash.js');
        if (strict) { return lodash.isEqual(a, b); }
        // eslint-disable-next-line eqeqeq
        if (a == b) { return true; }
        if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') { return false; }
        var ka = Object.keys(a), kb = Object.keys(b);
        return ka.length === kb.length && ka.every(function (k) { return deep(a[k], b[k], false); });
    }
    function show(value) { return inspect(value); }
    var assert = function (value, message) { assert.ok(value, message); };
    assert.AssertionError = AssertionError;
    assert.ok = function (value, message) { if (!value) { fail(value, true, message, '==', 'The expression evaluated to a falsy value:\n\n  assert.ok(' + show(value) + ')\n'); } };
    // eslint-disable-next-line eqeqeq
    assert.equal = function (a, b, message) { if (!(a == b || (a !== a && b !== b))) { fail(a, b, message, '==', show(a) + ' == ' + show(b)); } };
    // eslint-disable-next-line eqeqeq
    assert.notEqual = function (a, b, message) { if (a == b) { fail(a, b, message, '!=', show(a) + ' != ' + show(b)); } };
    assert.strictEqual = function (a, b, message) { if (!Object.is(a, b)) { fail(a, b, message, 'strictEqual', 'Expected values to be strictly equal:\n\n' + show(a) + ' !== ' + show(b) + '\n'); } };
    assert.notStrictEqual = function (a, b, message) { if (Object.is(a, b)) { fail(a, b, message, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + show(b)); } };
    assert.deepEqual = function (a, b, message) { if (!deep(a, b, false)) { fail(a, b, message, 'deepEqual', 'Expected values to be loosely deep-equal:\n\n' + show(a) + '\n\nshould loosely deep-equal\n\n' + show(b)); } };
    assert.deepStrictEqual = function (a, b, message) { if (!deep(a, b, true)) { fail(a, b, message, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + show(a) + ' !== ' + show(b)); } };
    assert.notDeepEqual = function (a, b, message) { if (deep(a, b, false)) { fail(a, b, message, 'notDeepEqual', '"actual" deepEqual "expected"'); } };
    assert.notDeepStrictEqual = function (a, b, message) { if (deep(a, b, true)) { fail(a, b, message, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + show(b)); } };
    assert.fail = function (message) { fail(undefined, undefined, message === undefined ? 'Failed' : message, 'fail', 'Failed'); };
    assert.throws = function (block, expected, message) {
        try { block(); } catch (e) {
            if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) { throw e; }
            return;
        }
        fail(undefined, expected, typeof expected === 'string' ? expected : message, 'throws', 'Missing expected exception.');
    };
    assert.doesNotThrow = function (block, message) {
        try { block(); } catch (e) { fail(e, undefined, message, 'doesNotThrow', 'Got unwanted exception.\nActual message: "' + e.message + '"'); }
    };
    assert.strict = assert;

    // ---- url (legacy API; URL and URLSearchParams are the web ones) ----

    var PROTOCOL = /^([a-z0-9.+-]+:)/i, SLASHED = { 'http:': true, 'https:': true, 'ftp:': true, 'gopher:': true, 'file:': true };
    function Url() {
        this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null;
        this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null;
    }
    function urlParse(input, parseQuery, slashesDenoteHost) {
        var url = new Url(), rest = String(input).trim();
        var proto = PROTOCOL.exec(rest);
        if (proto) { url.protocol = proto[0].toLowerCase(); rest = rest.slice(proto[0].length); }
        if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
            var slashes = rest.slice(0, 2) === '//';
            if (slashes && !(proto && url.protocol === 'javascript:')) { rest = rest.slice(2); url.slashes = true; }
        }
        if (url.slashes || (proto && !SLASHED[url.protocol] === false)) {
            var end = rest.search(/[/?#]/);
            var hostPart = end < 0 ? rest : rest.slice(0, end);
            rest = end < 0 ? '' : rest.slice(end);
            var at = hostPart.lastIndexOf('@');
            if (at >= 0) { url.auth = decodeURIComponent(hostPart.slice(0, at)); hostPart = hostPart.slice(at + 1); }
            var port = /:([0-9]*)$/.exec(hostPart);
            if (port) { if (port[1]) { url.port = port[1]; } hostPart = hostPart.slice(0, hostPart.length - port[0].length); }
            url.hostname = hostPart.toLowerCase();
            url.host = url.hostname + (url.port ? ':' + url.port : '');
        }
        var hash = rest.indexOf('#');
        if (hash >= 0) { url.hash = rest.slice(hash); rest = rest.slice(0, hash); }
        var question = rest.indexOf('?');
        if (question >= 0) {
            url.search = rest.slice(question);
            url.query = rest.slice(question + 1);
            rest = rest.slice(0, question);
            if (parseQuery) { url.query = querystring.parse(url.query); }
        } else if (parseQuery) {
            url.search = '';
            url.query = {};
        }
        if (rest) { url.pathname = rest; }
        if (SLASHED[url.protocol] && url.hostname && !url.pathname) { url.pathname = '/'; }
        if (url.pathname || url.search) { url.path = (url.pathname || '') + (url.search || ''); }
        url.href = urlFormat(url);
        return url;
    }
    function urlFormat(obj) {
        if (typeof obj === 'string') { obj = urlParse(obj); }
        var auth = obj.auth ? encodeURIComponent(obj.auth).replace(/%3A/i, ':') + '@' : '';
        var protocol = obj.protocol || '', pathname = obj.pathname || '', hash = obj.hash || '', host = '';
        if (protocol && protocol.slice(-1) !== ':') { protocol += ':'; }
        if (obj.host) { host = auth + obj.host; } else if (obj.hostname) { host = auth + obj.hostname + (obj.port ? ':' + obj.port : ''); }
        var search = obj.search || (obj.query && typeof obj.query === 'object' && Object.keys(obj.query).length ? '?' + querystring.stringify(obj.query) : '');
        if (obj.slashes || ((!protocol || SLASHED[protocol]) && host)) {
            host = '//' + host;
            if (pathname && pathname.charAt(0) !== '/') { pathname = '/' + pathname; }
        }
        if (hash && hash.charAt(0) !== '#') { hash = '#' + hash; }
        if (search && search.charAt(0) !== '?') { search = '?' + search; }
        pathname = pathname.replace(/[?#]/g, encodeURIComponent);
        search = search.replace('#', '%23');
        return protocol + host + pathname + search + hash;
    }
    // RFC 3986's merge, kept relative when the base is (`/a/b` + `c`).
    function removeDots(pathname) {
        var out = [];
        pathname.split('/').forEach(function (segment, index, all) {
            if (segment === '..') { if (out.length > 1) { out.pop(); } if (index === all.length - 1) { out.push(''); } } else if (segment !== '.') { out.push(segment); } else if (index === all.length - 1) { out.push(''); }
        });
        return out.join('/');
    }
    function urlResolve(from, to) {
        var target = urlParse(to), base = urlParse(from);
        if (target.protocol) { return urlFormat(target); }
        var origin = (base.protocol || '') + (base.slashes ? '//' : '') + (base.auth ? base.auth + '@' : '') + (base.host || '');
        if (to.slice(0, 2) === '//') { return (base.protocol || '') + to; }
        var search = target.search || '', hash = target.hash || '';
        var pathname = target.pathname;
        if (!pathname) {
            return origin + (base.pathname || '') + (search || (hash ? base.search || '' : search) || '') + hash;
        }
        if (pathname.charAt(0) !== '/') {
            var dir = (base.pathname || (base.host ? '/' : '')).replace(/[^/]*$/, '');
            pathname = dir + pathname;
        }
        return origin + removeDots(pathname) + search + hash;
    }
    var url = {
        parse: urlParse,
        format: urlFormat,
        resolve: urlResolve,
        URL: global.URL,
        URLSearchParams: global.URLSearchParams,
        Url: Url
    };

    return {
        path: path,
        querystring: querystring,
        events: EventEmitter,
        util: util,
        assert: assert,
        punycode: punycode,
        string_decoder: { StringDecoder: StringDecoder },
        url: url
    };
}(globalThis, __lazy);
