// Parts of the prelude most scripts never use (value display for failure
// messages and console lines, chai's rarer assertions, the JSON Schema
// validator, the web globals, the request side of `pm`, cookies) are parsed the first time something needs
// them: parsing is most of a sandbox's start. `__lazy(name)` is that
// file's value, loaded once. What stands for a lazy part beforehand must
// stay in place: boa's property caches in compiled scripts do not notice
// a getter replaced by a plain value.
//
// Every file here and under lib/ is one expression with no parentheses
// around its function (`0, function (…) { … }(…)`, `void function …`,
// `__lazy = function …`): boa's parser copies a parenthesised expression,
// and a `var`'s initializer, whole; for file-long functions that was 6% of
// starting a sandbox.
var __lazy;
__lazy = function (load) {
    'use strict';

    var loaded = {};
    return function (name) {
        if (!Object.prototype.hasOwnProperty.call(loaded, name)) { loaded[name] = load(name); }
        return loaded[name];
    };
}(__host.load);
