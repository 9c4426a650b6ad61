// `require(name)` and the library globals of Postman's sandbox. Each library
// is a file of `lib/`, parsed the first time a script asks for it (through
// `__lazy`, so every `require` of a name in a run gets the same object).
// What the sandbox bundles is listed from postman-sandbox 4.7 (Newman 6.2),
// not from memory: `_` is lodash 3 there, `require('lodash')` lodash 4.
(function (global, lazy) {
    'use strict';

    // require name → the lib file that makes it, and the member of its value.
    var modules = {
        'crypto-js': ['lib/crypto-js.js'],
        lodash: ['lib/lodash.js'],
        moment: ['lib/moment.js'],
        uuid: ['lib/small.js', 'uuid'],
        atob: ['lib/small.js', 'atob'],
        btoa: ['lib/small.js', 'btoa'],
        buffer: ['lib/buffer.js'],
        ajv: ['lib/ajv.js'],
        tv4: ['lib/tv4.js'],
        xml2js: ['lib/xml2js.js'],
        cheerio: ['lib/cheerio.js'],
        'csv-parse/lib/sync': ['lib/csv-parse.js'],
        chai: ['lib/small.js', 'chai'],
        url: ['lib/node.js', 'url'],
        path: ['lib/node.js', 'path'],
        querystring: ['lib/node.js', 'querystring'],
        events: ['lib/node.js', 'events'],
        util: ['lib/node.js', 'util'],
        assert: ['lib/node.js', 'assert'],
        punycode: ['lib/node.js', 'punycode'],
        string_decoder: ['lib/node.js', 'string_decoder'],
        timers: ['lib/small.js', 'timers']
    };
    // Names the sandbox has that postrun does not provide yet: a clear error
    // rather than a module that answers wrongly.
    var missing = ['postman-collection', 'stream'];

    function available() {
        return Object.keys(modules).sort().join(', ');
    }

    function load(name) {
        var where = modules[name];
        var value = lazy(where[0]);
        return where.length > 1 ? value[where[1]] : value;
    }

    global.require = function require(name) {
        name = String(name);
        if (Object.prototype.hasOwnProperty.call(modules, name)) { return load(name); }
        if (missing.indexOf(name) >= 0) {
            throw new Error("Cannot find module '" + name + "': postrun does not provide it yet " +
                '(available: ' + available() + ')');
        }
        throw new Error("Cannot find module '" + name + "' (postrun's sandbox has: " + available() + ')');
    };

    // The globals older collections use without `require`, made on first
    // read. They stay accessors: boa's caches in compiled scripts do not
    // notice a getter replaced by a plain value.
    var legacy = {
        _: function () { return lazy('lib/lodash3.js'); },
        CryptoJS: function () { return load('crypto-js'); },
        Buffer: function () { return load('buffer').Buffer; },
        tv4: function () { return load('tv4'); },
        xml2Json: function () { return load('xml2js').xml2Json; },
        cheerio: function () { return load('cheerio'); }
    };
    Object.keys(legacy).forEach(function (name) {
        var value, known = false;
        Object.defineProperty(global, name, {
            get: function () {
                if (!known) { value = legacy[name](); known = true; }
                return value;
            },
            set: function (replacement) { value = replacement; known = true; },
            configurable: true,
            enumerable: false
        });
    });

    // Sugar's extensions of the built-ins (see lib/sugar.js): a forwarding
    // stub per name, so the file is parsed on the first call. A native
    // method of the same name stays, as Sugar leaves natives alone. The
    // names are lib/sugar.js's own (a unit test keeps the two the same).
    var sugar = {
        String: 'add camelize capitalize chars codes compact dasherize decodeBase64 each encodeBase64 escapeHTML escapeRegExp escapeURL first from has insert isBlank last lines pad padLeft padRight remove removeTags reverse spacify stripTags to toNumber underscore unescapeHTML unescapeURL words',
        Array: 'add all any average clone compact count each exclude findAll first flatten from groupBy inGroupsOf include insert intersect isEmpty last max min none randomize remove removeAt sample sortBy subtract sum to union unique zip',
        Number: 'abs ceil chr day days downto floor format hex hour hours isEven isInteger isMultipleOf isOdd log millisecond milliseconds minute minutes ordinalize pad pow round second seconds sqrt times toNumber upto week weeks',
        Date: 'addDays addHours addMilliseconds addMinutes addMonths addSeconds addWeeks addYears beginningOfDay beginningOfMonth beginningOfWeek beginningOfYear clone daysInMonth endOfDay endOfMonth endOfWeek endOfYear format full isAfter isBefore isBetween isFuture isLeapYear isPast isToday isTomorrow isValid isWeekday isWeekend isYesterday iso long short',
        Object: 'clone each equal fromQueryString has isArray isBoolean isDate isEmpty isFunction isNaN isNumber isObject isRegExp isString merge size toQueryString'
    };
    Object.keys(sugar).forEach(function (type) {
        var target = type === 'Object' ? Object : global[type].prototype;
        sugar[type].split(' ').forEach(function (name) {
            if (Object.prototype.hasOwnProperty.call(target, name)) { return; }
            Object.defineProperty(target, name, {
                value: function () { return lazy('lib/sugar.js')[type][name].apply(this, arguments); },
                writable: true, configurable: true, enumerable: false
            });
        });
    });
})(globalThis, __lazy);
