// Parts of the prelude most scripts never use (value display for failure
// messages and console lines, the JSON Schema validator) are parsed the
// first time something needs them: parsing is most of a sandbox's start.
// `__lazy(name)` is that file's value, loaded once.
var __lazy = (function (load) {
    'use strict';

    var loaded = {};
    return function (name) {
        if (!Object.prototype.hasOwnProperty.call(loaded, name)) { loaded[name] = load(name); }
        return loaded[name];
    };
})(__host.load);
