// The sandbox's small modules, each a few lines over what the prelude has.
(function (global, host) {
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

    return {
        uuid: uuid,
        atob: function (text) { return global.atob(text); },
        btoa: function (text) { return global.btoa(text); },
        timers: {
            setTimeout: global.setTimeout, clearTimeout: global.clearTimeout,
            setInterval: global.setInterval, clearInterval: global.clearInterval,
            setImmediate: global.setImmediate, clearImmediate: global.clearImmediate
        }
    };
})(globalThis, __host);
