// Globals that scripts expect from a browser or Node and boa lacks: timers,
// atob/btoa, V8's reading of date strings, and, from web.js on first use, structuredClone, URL,
// URLSearchParams, TextEncoder/TextDecoder and crypto. Timers and
// randomness call into the host (`__host`).
(function (global, host, lazy) {
    'use strict';

    var timers = {};
    var nextTimer = 1;

    function schedule(fn, ms, args, repeat) {
        var id = nextTimer++;
        var delay = Math.max(0, Number(ms) || 0);
        timers[id] = { fn: fn, args: args, repeat: repeat ? delay : -1 };
        host.timer(id, delay);
        return id;
    }

    function cancel(id) {
        if (timers[id]) {
            delete timers[id];
            host.cancelTimer(id);
        }
    }

    global.setTimeout = function (fn, ms) { return schedule(fn, ms, Array.prototype.slice.call(arguments, 2), false); };
    global.setInterval = function (fn, ms) { return schedule(fn, ms, Array.prototype.slice.call(arguments, 2), true); };
    global.setImmediate = function (fn) { return schedule(fn, 0, Array.prototype.slice.call(arguments, 1), false); };
    global.clearTimeout = cancel;
    global.clearInterval = cancel;
    global.clearImmediate = cancel;
    global.queueMicrotask = function (fn) { Promise.resolve().then(fn); };

    // V8's limit on a string's length: past it Node throws a RangeError,
    // where boa would try to allocate gigabytes and the process would abort.
    // The built-ins that make long strings from small input check it first.
    var MAX_LENGTH = Math.pow(2, 29) - 24;
    function guard(name, length) {
        var original = String.prototype[name];
        Object.defineProperty(String.prototype, name, {
            value: function () {
                if (length(String(this), arguments) > MAX_LENGTH) { throw new RangeError('Invalid string length'); }
                return original.apply(this, arguments);
            },
            writable: true, configurable: true
        });
    }
    guard('repeat', function (text, args) { return text.length * Math.max(0, Number(args[0]) || 0); });
    guard('padStart', function (text, args) { return Number(args[0]) || 0; });
    guard('padEnd', function (text, args) { return Number(args[0]) || 0; });

    // Called by the host when a timer is due.
    global.__fireTimer = function (id) {
        var timer = timers[id];
        if (!timer) { return; }
        if (timer.repeat >= 0) { host.timer(id, timer.repeat); } else { delete timers[id]; }
        if (typeof timer.fn === 'function') { timer.fn.apply(global, timer.args); }
    };

    // JSON.parse on the host: boa's parser is the slowest part of scripts that
    // parse large bodies. A reviver still goes to the built-in one.
    // Its errors are Newman's: a SyntaxError named JSONError, worded as the
    // `jju` parser of Newman's sandbox words them.
    var builtinParse = JSON.parse;
    function jsonError(message) {
        var error = new SyntaxError(message);
        error.name = 'JSONError';
        return error;
    }
    JSON.parse = function parse(text, reviver) {
        if (text === undefined) { throw jsonError('"undefined" is not valid JSON'); }
        if (typeof reviver === 'function') { return builtinParse(text, reviver); }
        try { return host.parseJson(String(text)); } catch (e) { throw jsonError(e.message); }
    };

    // Date strings beyond the standard's format (`new Date('March 5, 2024')`,
    // `Date.parse('2024-03-05 10:20')`, `'03/05/2024'`): boa reads the ISO
    // format and RFC 1123 only; what it cannot read goes to V8's fallback
    // rules on the host (host/dates.rs). `Date` keeps the built-in's
    // prototype and statics, so instanceof, subclasses and Sugar's
    // extensions see one Date.
    var NativeDate = global.Date, nativeParse = NativeDate.parse;
    function timeOf(parts) {
        var d = new NativeDate(0);
        if (parts[7] === null) {
            d.setFullYear(parts[0], parts[1], parts[2]);
            d.setHours(parts[3], parts[4], parts[5], parts[6]);
        } else {
            d.setUTCFullYear(parts[0], parts[1], parts[2]);
            d.setUTCHours(parts[3], parts[4] - parts[7], parts[5], parts[6]);
        }
        return d.getTime();
    }
    // The standard's format with a fraction of a second other than three
    // digits (`.5`, `.123456` as Python and Go write it): V8 reads it.
    var ISO_FRACTION = /^([+-]\d{6}|\d{4})(-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d+)(Z|[+-]\d{2}:\d{2})?$/i;
    function parseDate(text) {
        var time = nativeParse(text);
        if (time === time) { return time; }
        var iso = ISO_FRACTION.exec(text);
        if (iso) { return nativeParse(iso[1] + iso[2].toUpperCase() + '.' + (iso[3] + '00').slice(0, 3) + (iso[4] || '').toUpperCase()); }
        var parts = host.parseDate(String(text));
        return parts === null ? NaN : timeOf(parts);
    }
    function Date(year, month, day, hours, minutes, seconds, ms) {
        if (new.target === undefined) { return NativeDate(); }
        var args = arguments.length === 1 && typeof year === 'string' ? [parseDate(year)] : Array.prototype.slice.call(arguments);
        return Reflect.construct(NativeDate, args, new.target);
    }
    // `… GMT+0000 (Coordinated Universal Time)`: V8 names the local zone
    // after the offset, standard or daylight-saving (host/dates.rs knows the
    // common zones; for the rest boa's form stays).
    // The offset is written from getTimezoneOffset: at a daylight-saving
    // change boa's toString wrote the hour before's.
    var zoneNames = host.localZoneNames();
    [['toString', NativeDate.prototype.toString], ['toTimeString', NativeDate.prototype.toTimeString]].forEach(function (pair) {
        var builtin = pair[1];
        Object.defineProperty(NativeDate.prototype, pair[0], {
            value: function () {
                var text = builtin.call(this), time = NativeDate.prototype.getTime.call(this);
                if (time !== time) { return text; }
                var offset = NativeDate.prototype.getTimezoneOffset.call(this), east = -offset;
                text = text.replace(/GMT[+-]\d{4}/, 'GMT' + (east < 0 ? '-' : '+') + pad2(Math.floor(Math.abs(east) / 60)) + pad2(Math.abs(east) % 60));
                if (zoneNames === null) { return text; }
                var year = NativeDate.prototype.getFullYear.call(this);
                var standard = Math.max(new NativeDate(year, 0, 1).getTimezoneOffset(), new NativeDate(year, 6, 1).getTimezoneOffset());
                return text + ' (' + zoneNames[offset < standard ? 1 : 0] + ')';
            },
            writable: true, configurable: true
        });
    });
    Date.prototype = NativeDate.prototype;
    Object.defineProperty(NativeDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
    Date.now = NativeDate.now;
    Date.UTC = NativeDate.UTC;
    Date.parse = function parse(text) { return parseDate(String(text)); };
    global.Date = Date;

    // en-US as node writes it when a script names no locale (or en-US) and
    // no options: `new Date().toLocaleDateString()` is "3/5/2024",
    // `(1234.5).toLocaleString()` "1,234.5". boa, built without Intl, printed
    // `toString()` and plain numbers. Other locales and options keep boa's.
    function plainLocale(locales, options) {
        return options === undefined && (locales === undefined || locales === 'en-US' || locales === 'en');
    }
    function replaceMethod(proto, name, make) {
        var builtin = proto[name];
        Object.defineProperty(proto, name, { value: make(builtin), writable: true, configurable: true });
    }
    function pad2(n) { return (n < 10 ? '0' : '') + n; }
    function usDate(d) { var y = d.getFullYear(); return (d.getMonth() + 1) + '/' + d.getDate() + '/' + (y <= 0 ? 1 - y : y); }
    function usTime(d) {
        var h = d.getHours();
        return (h % 12 || 12) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds()) + ' ' + (h < 12 ? 'AM' : 'PM');
    }
    [['toLocaleDateString', function (d) { return usDate(d); }],
        ['toLocaleTimeString', function (d) { return usTime(d); }],
        ['toLocaleString', function (d) { return usDate(d) + ', ' + usTime(d); }]].forEach(function (pair) {
        replaceMethod(NativeDate.prototype, pair[0], function (builtin) {
            return function (locales, options) {
                var time = NativeDate.prototype.getTime.call(this);
                if (!plainLocale(locales, options)) { return builtin.apply(this, arguments); }
                return time === time ? pair[1](this) : 'Invalid Date';
            };
        });
    });
    // The shortest decimal of a number, without an exponent.
    function plainDecimal(x) {
        var text = String(x), e = text.indexOf('e');
        if (e === -1) { return text; }
        var mantissa = text.slice(0, e).replace('.', ''), exponent = Number(text.slice(e + 1));
        var point = text.slice(0, e).indexOf('.');
        var before = (point === -1 ? text.slice(0, e).length : point) + exponent;
        if (before <= 0) { return '0.' + new Array(1 - before).join('0') + mantissa; }
        if (before >= mantissa.length) { return mantissa + new Array(before - mantissa.length + 1).join('0'); }
        return mantissa.slice(0, before) + '.' + mantissa.slice(before);
    }
    // Adds one to the last digit of a string of digits.
    function increment(digits) {
        var out = digits.split(''), i = out.length - 1;
        while (i >= 0 && out[i] === '9') { out[i] = '0'; i--; }
        if (i < 0) { out.unshift('1'); } else { out[i] = String(Number(out[i]) + 1); }
        return out.join('');
    }
    // At most three decimals, halves away from zero, digits grouped by three.
    function usNumber(x) {
        if (x !== x) { return 'NaN'; }
        if (x === Infinity || x === -Infinity) { return x < 0 ? '-\u221e' : '\u221e'; }
        var parts = plainDecimal(Math.abs(x)).split('.'), whole = parts[0], fraction = parts[1] || '';
        if (fraction.length > 3) {
            var up = fraction.charAt(3) >= '5';
            fraction = fraction.slice(0, 3);
            if (up) {
                var joined = increment(whole + fraction);
                whole = joined.slice(0, joined.length - 3);
                fraction = joined.slice(-3);
            }
        }
        fraction = fraction.replace(/0+$/, '');
        var sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
        return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? '.' + fraction : '');
    }
    replaceMethod(Number.prototype, 'toLocaleString', function (builtin) {
        return function (locales, options) {
            var x = Number.prototype.valueOf.call(this);
            return plainLocale(locales, options) ? usNumber(x) : builtin.apply(this, arguments);
        };
    });
    // V8 joins with a bare comma.
    replaceMethod(Array.prototype, 'toLocaleString', function () {
        return function (locales, options) {
            return Array.prototype.map.call(Object(this), function (item) {
                return item === undefined || item === null ? '' : item.toLocaleString(locales, options);
            }).join(',');
        };
    });

    // Newman's are the npm `atob` and `btoa` (Node Buffers): they throw a
    // TypeError on undefined and null, and `atob` on a number.
    global.atob = function (text) {
        if (text === undefined || text === null || typeof text === 'number') {
            throw new TypeError(typeof text === 'number'
                ? 'The "value" argument must not be of type number. Received type number'
                : 'The first argument must be one of type string, Buffer, ArrayBuffer, Array, or Array-like Object. Received type ' + (text === null ? 'object' : 'undefined'));
        }
        return host.atob(String(text));
    };
    global.btoa = function (text) {
        if (text === undefined || text === null) {
            throw new TypeError('Cannot read properties of ' + text + " (reading 'toString')");
        }
        return host.btoa(String(text));
    };

    // Few scripts use these: web.js is parsed when one is first read. They
    // stay accessors: turning one into a plain value afterwards left boa's
    // caches in scripts already compiled reading the wrong property.
    ['structuredClone', 'TextEncoder', 'TextDecoder', 'crypto', 'URL', 'URLSearchParams'].forEach(function (name) {
        var value, known = false;
        Object.defineProperty(global, name, {
            get: function () {
                if (!known) { value = lazy('web.js')[name]; known = true; }
                return value;
            },
            set: function (replacement) { value = replacement; known = true; },
            configurable: true,
            enumerable: false
        });
    });
})(globalThis, __host, __lazy);
