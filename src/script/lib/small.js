// The sandbox's small modules, each a few lines over what the prelude has.
0, function (global, host) {
    'use strict';

    // postman-sandbox's own uuid module is a function and `v4`; the uuid
    // package's `v1`, `v5` (with its DNS and URL namespaces) and `validate`
    // are here too, as the issue asks (Newman's scripts get undefined).
    var uuid = function () { return host.uuid(); };
    uuid.v4 = function () { return host.uuid(); };
    uuid.v1 = function () { return host.uuid1(); };
    uuid.v5 = function (name, namespace) { return host.uuid5(String(name), String(namespace)); };
    uuid.v5.DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    uuid.v5.URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
    uuid.validate = function (text) {
        return typeof text === 'string' && /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/i.test(text);
    };

    // browserify's os-browserify: what a browser can say of its machine.
    var os = {
        EOL: '\n',
        arch: function () { return 'javascript'; },
        cpus: function () { return []; },
        endianness: function () { return 'LE'; },
        freemem: function () { return Number.MAX_VALUE; },
        totalmem: function () { return Number.MAX_VALUE; },
        homedir: function () { return '/'; },
        hostname: function () { return ''; },
        loadavg: function () { return []; },
        networkInterfaces: function () { return {}; },
        getNetworkInterfaces: function () { return {}; },
        platform: function () { return 'browser'; },
        release: function () { return ''; },
        tmpdir: function () { return '/tmp'; },
        tmpDir: function () { return '/tmp'; },
        type: function () { return 'Browser'; },
        uptime: function () { return 0; }
    };

    // browserify's process shim (`require('_process')`): no environment, no
    // listeners, `nextTick` on the sandbox's timers.
    function noop() {}
    var process = {
        title: 'browser', browser: true, env: {}, argv: [], version: '', versions: {},
        on: noop, addListener: noop, once: noop, off: noop, removeListener: noop, removeAllListeners: noop,
        emit: noop, prependListener: noop, prependOnceListener: noop,
        listeners: function () { return []; },
        binding: function () { throw new Error('process.binding is not supported'); },
        cwd: function () { return '/'; },
        chdir: function () { throw new Error('process.chdir is not supported'); },
        umask: function () { return 0; },
        nextTick: function (callback) {
            var args = Array.prototype.slice.call(arguments, 1);
            global.setTimeout(function () { callback.apply(null, args); }, 0);
        }
    };

    // liquid-json (`require('json')`): its `parse` is the sandbox's
    // JSON.parse itself (js/globals.js); `stringify` names its errors as
    // `parse` does.
    var json = {
        parse: global.JSON.parse,
        stringify: function () {
            try { return JSON.stringify.apply(JSON, arguments); } catch (error) { error.name = 'JSONError'; throw error; }
        }
    };

    return {
        os: os,
        fs: {},
        process: process,
        json: json,
        uuid: uuid,
        atob: function (text) { return global.atob(text); },
        btoa: function (text) { return global.btoa(text); },
        timers: {
            setTimeout: global.setTimeout, clearTimeout: global.clearTimeout,
            setInterval: global.setInterval, clearInterval: global.clearInterval,
            setImmediate: global.setImmediate, clearImmediate: global.clearImmediate
        }
    };
}(globalThis, __host);
