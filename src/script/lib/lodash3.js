// The `_` global of Postman's sandbox: lodash 3.10.2 (`require('lodash')` is
// lodash 4). Made from lodash.js's functions with lodash 3's names and the
// behaviours that changed in 4: `capitalize` leaves the rest of the word,
// `max`/`min` of nothing are ∓Infinity, `sum` takes an iteratee, …
(function (lodash4) {
    'use strict';

    var api = {};
    Object.keys(lodash4.__api).forEach(function (name) { api[name] = lodash4.__api[name]; });
    var base = lodash4.__api;
    var matches = base.matches;

    function extremum(pick, empty) {
        return function (collection, fn) {
            var values = base.toArray(collection);
            if (!values.length) { return empty; }
            var best = pick(values, fn);
            return best === undefined ? empty : best;
        };
    }

    var lodash3 = {
        VERSION: '3.10.2',
        capitalize: function (t) { return base.upperFirst(base.toString(t)); },
        head: base.head,
        rest: base.tail,
        pluck: function (c, path) { return base.map(c, base.property(path)); },
        where: function (c, source) { return base.filter(c, matches(source)); },
        findWhere: function (c, source) { return base.find(c, matches(source)); },
        contains: base.includes, include: base.includes,
        any: base.some, all: base.every, collect: base.map, select: base.filter, detect: base.find,
        foldl: base.reduce, inject: base.reduce, indexBy: base.keyBy, pairs: base.toPairs, object: base.zipObject,
        sortByOrder: function (c, iteratees, orders) {
            return base.orderBy(c, iteratees, (orders || []).map(function (o) { return o === false || o === 'desc' ? 'desc' : 'asc'; }));
        },
        padLeft: base.padStart, padRight: base.padEnd, trimLeft: base.trimStart, trimRight: base.trimEnd,
        max: extremum(function (v, fn) { return base.maxBy(v, fn); }, -Infinity),
        min: extremum(function (v, fn) { return base.minBy(v, fn); }, Infinity),
        sample: function (c, n) { return n === undefined ? base.sample(c) : base.sampleSize(c, n); },
        uniq: function (a, sorted, fn) { return base.uniqBy(a, typeof sorted === 'boolean' ? fn : sorted); },
        sum: function (c, fn) { return base.sumBy(base.toArray(c), fn); },
        unique: function (a, sorted, fn) { return base.uniqBy(a, typeof sorted === 'boolean' ? fn : sorted); }
    };
    Object.keys(lodash3).forEach(function (name) { api[name] = lodash3[name]; });
    ['entries', 'toPairs', 'head', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'orderBy', 'keyBy',
        'sumBy', 'maxBy', 'minBy', 'meanBy', 'flatMap', 'sampleSize', 'defaultTo', 'castArray', 'nth',
        'fromPairs', 'upperFirst', 'lowerFirst', 'lowerCase', 'upperCase', 'clamp', 'isNil'].forEach(function (name) {
        if (!Object.prototype.hasOwnProperty.call(lodash3, name)) { delete api[name]; }
    });

    function Wrapper(value) { this.__wrapped__ = value; }
    Wrapper.prototype.value = function () { return this.__wrapped__; };
    Wrapper.prototype.valueOf = Wrapper.prototype.value;
    Wrapper.prototype.toJSON = Wrapper.prototype.value;
    var _ = function (value) { return value instanceof Wrapper ? value : new Wrapper(value); };
    Object.keys(api).forEach(function (name) {
        _[name] = api[name];
        if (typeof api[name] !== 'function') { return; }
        Wrapper.prototype[name] = function () {
            var result = api[name].apply(_, [this.__wrapped__].concat(Array.prototype.slice.call(arguments)));
            return result !== null && typeof result === 'object' ? new Wrapper(result) : result;
        };
    });
    _.chain = function (value) { return new Wrapper(value); };
    _.noConflict = function () { return _; };
    return _;
})(__lazy('lib/lodash.js'));
