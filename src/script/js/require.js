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
    var missing = ['cheerio', 'csv-parse/lib/sync', 'postman-collection', 'stream'];

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
        xml2Json: function () { return load('xml2js').xml2Json; }
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
})(globalThis, __lazy);
