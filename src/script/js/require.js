// `require(name)`, the library globals of Postman's sandbox (`_`,
// `CryptoJS`, `Buffer`, `tv4`, `xml2Json`, `cheerio`, `Backbone`) and Sugar's extensions
// of the built-ins, at the least cost to a run that uses none of them: the
// module table is `lib/modules.js` and each library a file of `lib/`, all
// parsed when first asked for (through `__lazy`, so every `require` of a
// name in a run gets the same object); Sugar's stubs are made natively
// (`host.installSugar`, names in `host/sugar.rs`).
(function (global, lazy, host) {
    'use strict';

    global.require = function require(name) { return lazy('lib/modules.js').require(name); };

    // The library globals, made on first read. They stay accessors: boa's
    // caches in compiled scripts do not notice a getter replaced by a plain value.
    ['_', 'CryptoJS', 'Buffer', 'tv4', 'xml2Json', 'cheerio', 'Backbone'].forEach(function (name) {
        var value, known = false;
        Object.defineProperty(global, name, {
            get: function () {
                if (!known) { value = lazy('lib/modules.js').legacy[name](); known = true; }
                return value;
            },
            set: function (replacement) { value = replacement; known = true; },
            configurable: true,
            enumerable: false
        });
    });

    host.installSugar();
    // Sugar's statics that are values (`String.Inflector`, `Date.utc`,
    // `Array.AlphanumericSortOrder` and the other collation settings), made
    // by lib/sugar.js on first read; a script may replace them.
    [[global.String, 'String', ['Inflector']], [global.Date, 'Date', ['utc']],
        [global.Array, 'Array', ['AlphanumericSortOrder', 'AlphanumericSortIgnore', 'AlphanumericSortIgnoreCase', 'AlphanumericSortEquivalents']]
    ].forEach(function (entry) {
        entry[2].forEach(function (name) {
            function holder() { return lazy('lib/sugar.js').values[entry[1]]; }
            Object.defineProperty(entry[0], name, {
                get: function () { return holder()[name]; },
                set: function (value) { holder()[name] = value; },
                configurable: true,
                enumerable: false
            });
        });
    });
    // Sugar's named formats (`date.format(Date.RFC1123)`).
    [['RFC1123', '{Dow}, {dd} {Mon} {yyyy} {HH}:{mm}:{ss} {tz}'], ['RFC1036', '{Weekday}, {dd}-{Mon}-{yy} {HH}:{mm}:{ss} {tz}'],
        ['ISO8601_DATE', '{yyyy}-{MM}-{dd}'], ['ISO8601_DATETIME', '{yyyy}-{MM}-{dd}T{HH}:{mm}:{ss}.{fff}{isotz}']].forEach(function (named) {
        Object.defineProperty(global.Date, named[0], { value: named[1], writable: true, configurable: true });
    });
})(globalThis, __lazy, __host);
