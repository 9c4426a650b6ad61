// The sandbox's module table: what `require(name)` loads, and what each
// library global is. What the sandbox bundles is listed from
// postman-sandbox 4.7 (Newman 6.2), not from memory: `_` is lodash 3 there,
// `require('lodash')` lodash 4. Parsed on the first `require` or the first
// read of a library global (`js/require.js`).
(function (lazy) {
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
        chai: ['lib/chai.js'],
        'postman-collection': ['lib/postman-collection.js'],
        url: ['lib/node.js', 'url'],
        path: ['lib/node.js', 'path'],
        querystring: ['lib/node.js', 'querystring'],
        events: ['lib/node.js', 'events'],
        util: ['lib/node.js', 'util'],
        assert: ['lib/node.js', 'assert'],
        punycode: ['lib/node.js', 'punycode'],
        string_decoder: ['lib/node.js', 'string_decoder'],
        timers: ['lib/small.js', 'timers'],
        stream: ['lib/stream.js']
    };

    function available() {
        return Object.keys(modules).sort().join(', ');
    }

    function load(name) {
        var where = modules[name];
        var value = lazy(where[0]);
        return where.length > 1 ? value[where[1]] : value;
    }

    function require(name) {
        name = String(name);
        if (Object.prototype.hasOwnProperty.call(modules, name)) { return load(name); }
        throw new Error("Cannot find module '" + name + "' (postrun's sandbox has: " + available() + ')');
    }

    // What each library global of older collections is.
    var legacy = {
        _: function () { return lazy('lib/lodash3.js'); },
        CryptoJS: function () { return load('crypto-js'); },
        Buffer: function () { return load('buffer').Buffer; },
        tv4: function () { return load('tv4'); },
        xml2Json: function () { return load('xml2js').xml2Json; },
        cheerio: function () { return load('cheerio'); }
    };
    return { require: require, legacy: legacy };
})(__lazy);
