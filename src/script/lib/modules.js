// The sandbox's module table: what `require(name)` loads, and what each
// library global is. What the sandbox bundles is listed from
// postman-sandbox 4.7 (Newman 6.2), not from memory: `_` is lodash 3 there,
// `require('lodash')` lodash 4. Parsed on the first `require` or the first
// read of a library global (`host/modules.rs`).
0, function (lazy) {
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
        stream: ['lib/stream.js'],
        backbone: ['lib/backbone.js'],
        fs: ['lib/small.js', 'fs'],
        os: ['lib/small.js', 'os'],
        _process: ['lib/small.js', 'process'],
        json: ['lib/small.js', 'json']
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

    // `pm.require('npm:name@version')`: the current Postman runtime fetches
    // npm packages from Postman's servers; postrun never fetches, but serves
    // the packages it carries when the version asked for is the line it
    // emulates (major, or major.minor below 1.0). Without a version Postman
    // gives the latest release, so only the packages whose latest line is
    // postrun's are served then.
    var npmLines = {
        lodash: ['4', true], moment: ['2', true], tv4: ['1', true],
        'crypto-js': ['3', false], ajv: ['6', false], xml2js: ['0.4', false], cheerio: ['0.22', false],
        chai: ['4', false], buffer: ['6', true], atob: ['2', true], btoa: ['1', true]
    };
    var npmVersions = {
        lodash: '4.17.21', moment: '2.30.1', tv4: '1.3.0', 'crypto-js': '3.3.0', ajv: '6.12.5',
        xml2js: '0.4.23', cheerio: '0.22.0', chai: '4.4.1', buffer: '6.0.3', atob: '2.1.2', btoa: '1.2.1'
    };
    function line(version) {
        var parts = String(version).replace(/^[\^~=v]+/, '').split('.');
        return parts[0] === '0' ? parts.slice(0, 2).join('.') : parts[0];
    }
    function pmRequire(spec) {
        spec = String(spec);
        var match = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.+))?$/.exec(spec);
        var name = match && match[1], version = match && match[2];
        if (match && Object.prototype.hasOwnProperty.call(npmLines, name)) {
            var ours = npmLines[name];
            if (version === undefined ? ours[1] : line(version) === ours[0]) { return load(name); }
            throw new Error('pm.require("' + spec + '"): postrun carries ' + name + ' ' + npmVersions[name] +
                (version === undefined ? ', not the latest release Postman would fetch' : ', not ' + version) +
                '; ask for "npm:' + name + '@' + ours[0] + '" to use it (postrun never fetches packages)');
        }
        throw new Error('pm.require("' + spec + '"): packages from Postman\'s package library and npm ' +
            'cannot be loaded offline, and postrun never fetches them; postrun carries ' +
            Object.keys(npmLines).sort().map(function (n) { return 'npm:' + n + '@' + npmLines[n][0]; }).join(', '));
    }

    // What each library global of older collections is.
    var legacy = {
        _: function () { return lazy('lib/lodash3.js'); },
        CryptoJS: function () { return load('crypto-js'); },
        Buffer: function () { return load('buffer').Buffer; },
        tv4: function () { return load('tv4'); },
        xml2Json: function () { return load('xml2js').xml2Json; },
        cheerio: function () { return load('cheerio'); },
        Backbone: function () { return load('backbone'); }
    };
    return { require: require, pmRequire: pmRequire, legacy: legacy };
}(__lazy);
