// Globals that scripts expect from a browser or Node and boa lacks: timers,
// atob/btoa, V8's reading of date strings (the writing of dates, numbers
// and arrays is js/dates.js, on first call), and, from web.js on first use,
// structuredClone, URL,
// URLSearchParams, TextEncoder/TextDecoder and crypto. Timers and
// randomness call into the host (`__host`).
void function (global, host, lazy) {
    'use strict';

    var timers = {};
    var nextTimer = 1;
    // Newman's sandbox calls a timer's function with this as `this` and no
    // arguments (what `setTimeout(fn, ms, a, b)` adds is dropped), and
    // schedules nothing for a callback that is not a function.
    var timerThis = {};

    function schedule(fn, delay, repeat) {
        if (typeof fn !== 'function') { return undefined; }
        var id = nextTimer++;
        timers[id] = { fn: fn, repeat: repeat ? delay : -1 };
        host.timer(id, delay);
        return id;
    }
    // Node's delay: a number of milliseconds from 1 to 2^31 - 1; anything
    // else (0, negative, NaN, a year) is 1.
    function nodeDelay(ms) {
        var delay = Number(ms);
        return delay >= 1 && delay <= 2147483647 ? delay : 1;
    }

    function cancel(id) {
        if (timers[id]) {
            delete timers[id];
            host.cancelTimer(id);
        }
    }

    global.setTimeout = function (fn, ms) { return schedule(fn, nodeDelay(ms), false); };
    global.setInterval = function (fn, ms) { return schedule(fn, nodeDelay(ms), true); };
    // Before the timers due, as Node's check phase runs before a 1 ms timer.
    global.setImmediate = function (fn) { return schedule(fn, 0, false); };
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
        timer.fn.call(timerThis);
    };

    // JSON.parse on the host: boa's parser is the slowest part of scripts that
    // parse large bodies. A reviver still goes to the built-in one.
    // It is Newman's, liquid-json's: a byte order mark before the text is
    // skipped (refused with `relaxed`, its third argument), and errors are
    // SyntaxErrors named JSONError, worded as its `jju` parser words them.
    var builtinParse = JSON.parse;
    function jsonError(message) {
        var error = new SyntaxError(message);
        error.name = 'JSONError';
        return error;
    }
    function byteOrderMark(text) {
        var first = text.charCodeAt(0), second = text.charCodeAt(1);
        if (first === 0xFEFF || first === 0xBBBF) { return 1; }
        if ((first === 0xFE && second === 0xFF) || (first === 0xFF && second === 0xFE)) { return 2; }
        return first === 0xEF && second === 0xBB && text.charCodeAt(2) === 0xBF ? 3 : 0;
    }
    JSON.parse = function parse(text, reviver, relaxed) {
        // The usual call, `JSON.parse(responseBody)`: a text that cannot
        // start with a byte order mark (they all start above U+00BA).
        if (reviver === undefined && typeof text === 'string' && text.charCodeAt(0) < 0xBB) {
            try { return host.parseJson(text); } catch (e) { throw jsonError(e.message); }
        }
        if (typeof reviver === 'boolean' && relaxed === null) { relaxed = reviver; reviver = null; }
        if (text === undefined) { throw jsonError('"undefined" is not valid JSON'); }
        var bom = typeof text === 'string' ? byteOrderMark(text) : 0;
        if (bom) {
            if (relaxed) { throw jsonError('Unexpected byte order mark found in first ' + bom + ' character(s)'); }
            text = text.slice(bom);
        }
        if (typeof reviver === 'function') {
            try { return builtinParse(text, reviver); } catch (e) {
                var parsed;
                try { parsed = host.parseJson(String(text)); } catch (fault) { throw jsonError(fault.message); }
                // A text boa refuses and V8 reads (`1e400`): revived here.
                return lazy('sdk-more.js').revived({ '': parsed }, '', reviver);
            }
        }
        try { return host.parseJson(String(text)); } catch (e) { throw jsonError(e.message); }
    };

    // Date strings beyond the standard's format (`new Date('March 5, 2024')`,
    // `Date.parse('2024-03-05 10:20')`, `'03/05/2024'`): boa reads the ISO
    // format and RFC 1123 only; what it cannot read goes to V8's fallback
    // rules on the host (host/dates.rs). `Date` keeps the built-in's
    // prototype and statics, so instanceof, subclasses and Sugar's
    // extensions see one Date.
    var NativeDate = global.Date, nativeParse = NativeDate.parse;
    function parseDate(text) {
        var time = nativeParse(text);
        return time === time ? time : lazy('dates.js').parseFallback(text, nativeParse, NativeDate);
    }
    function Date(year, month, day, hours, minutes, seconds, ms) {
        if (new.target === undefined) { return NativeDate(); }
        var args = arguments.length === 1 && typeof year === 'string' ? [parseDate(year)] : Array.prototype.slice.call(arguments);
        return Reflect.construct(NativeDate, args, new.target);
    }
    Date.prototype = NativeDate.prototype;
    Object.defineProperty(NativeDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
    // Not enumerable, as the built-in's statics.
    [['now', NativeDate.now], ['UTC', NativeDate.UTC], ['parse', function parse(text) { return parseDate(String(text)); }]].forEach(function (pair) {
        Object.defineProperty(Date, pair[0], { value: pair[1], writable: true, configurable: true });
    });
    Object.defineProperty(Date, 'length', { value: 7, configurable: true });
    global.Date = Date;

    // A pattern's `source` (and so its `toString()`) as V8 writes it: boa
    // puts a backslash before every `/`, even one already escaped (`\/`
    // came back as `\\/`, another pattern) or inside a class (`[/]`).
    var nativeSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
    Object.defineProperty(RegExp.prototype, 'source', {
        get: function source() {
            var text = nativeSource.call(this);
            if (text.indexOf('/') < 0) { return text; }
            var pattern = text.split('\\/').join('/'), out = '', inClass = false;
            for (var i = 0; i < pattern.length; i++) {
                var c = pattern.charAt(i);
                if (c === '\\') { out += c + pattern.charAt(++i); continue; }
                if (c === '[') { inClass = true; } else if (c === ']') { inClass = false; } else if (c === '/' && !inClass) { out += '\\'; }
                out += c;
            }
            return out;
        },
        configurable: true
    });

    // How dates, numbers and arrays are written (`toString()` with the zone's
    // name, `toLocaleString()` in en-US): js/dates.js, parsed on first call.
    // The stubs stay in place (boa's caches in compiled scripts).
    [[NativeDate.prototype, ['toString', 'toTimeString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'], 'date'],
        [Number.prototype, ['toLocaleString'], 'number'], [Array.prototype, ['toLocaleString'], 'array'],
        [String.prototype, ['localeCompare'], 'collate']].forEach(function (entry) {
        entry[1].forEach(function (name) {
            var builtin = entry[0][name];
            Object.defineProperty(entry[0], name, {
                value: function () { return lazy('dates.js')[entry[2]](name, builtin, this, arguments); },
                writable: true, configurable: true
            });
        });
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
}(globalThis, __host, __lazy);
