// Globals that scripts expect from a browser or Node and boa lacks: timers,
// atob/btoa, and, from web.js on first use, structuredClone, URL,
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
