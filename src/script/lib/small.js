// The sandbox's small modules, each a few lines over what the prelude has.
(function (global, host) {
    'use strict';

    // postman-sandbox's own uuid module: a function and `v4`, nothing else
    // (no v1, v5 or validate there either).
    var uuid = function () { return host.uuid(); };
    uuid.v4 = function () { return host.uuid(); };

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
