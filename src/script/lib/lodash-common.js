// lodash's collection, array and object functions (and a few string ones),
// parsed the first time a script calls one of them; lodash.js has a stub
// for each, replaced here by the function. What lodash-more.js and
// lodash-rest.js build on is `internals`: lodash.js's and these.
0, function (core) {
    'use strict';

    var hasOwn = core.hasOwn, toTag = core.toTag, isNil = core.isNil, toArray = core.toArray, toPath = core.toPath;
    var get = core.get, has = core.has, set = core.set, iteratee = core.iteratee, identity = core.identity;
    var each = core.each, toString = core.toString, upperFirst = core.upperFirst, isObject = core.isObject;
    var isPlainObject = core.isPlainObject, isArrayLike = core.isArrayLike;

    function clone(value, deep, seen, customizer, key, parent) {
        var custom = customizer ? customizer(value, key, parent) : undefined;
        if (custom !== undefined) { return custom; }
        if (!isObject(value) || typeof value === 'function') { return value; }
        var tag = toTag.call(value);
        if (tag === '[object Date]') { return new Date(+value); }
        if (tag === '[object RegExp]') { return new RegExp(value.source, value.flags); }
        seen = seen || new Map();
        if (seen.has(value)) { return seen.get(value); }
        var out = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
        seen.set(value, out);
        Object.keys(value).forEach(function (k) { out[k] = deep ? clone(value[k], true, seen, customizer, k, value) : value[k]; });
        return out;
    }
    // lodash's toNumber: binary and octal text too, a signed hex string not.
    function toNumber(value) {
        if (typeof value === 'number') { return value; }
        if (typeof value === 'symbol') { return NaN; }
        if (isObject(value)) { var primitive = typeof value.valueOf === 'function' ? value.valueOf() : value; value = isObject(primitive) ? primitive + '' : primitive; }
        if (typeof value !== 'string') { return value === 0 ? value : +value; }
        value = value.trim();
        if (/^0b[01]+$/i.test(value)) { return parseInt(value.slice(2), 2); }
        if (/^0o[0-7]+$/i.test(value)) { return parseInt(value.slice(2), 8); }
        return /^[-+]0x[0-9a-f]+$/i.test(value) ? NaN : +value;
    }

    // ---- collections ----

    function map(collection, fn) {
        fn = iteratee(fn);
        var out = [];
        if (!isNil(collection) && isArrayLike(collection)) {
            for (var i = 0; i < collection.length; i++) { out.push(fn(collection[i], i, collection)); }
            return out;
        }
        each(collection, function (value, key, all) { out.push(fn(value, key, all)); });
        return out;
    }
    function filter(collection, fn) {
        fn = iteratee(fn);
        var out = [];
        if (!isNil(collection) && isArrayLike(collection)) {
            for (var i = 0; i < collection.length; i++) {
                var value = collection[i];
                if (fn(value, i, collection)) { out.push(value); }
            }
            return out;
        }
        each(collection, function (value, key, all) { if (fn(value, key, all)) { out.push(value); } });
        return out;
    }
    function find(collection, fn, from) {
        fn = iteratee(fn);
        var found;
        var list = isArrayLike(collection) ? toArray(collection).slice(from || 0) : collection;
        each(list, function (value, key, all) { if (fn(value, key, all)) { found = value; return false; } });
        return found;
    }
    function findIndex(array, fn, from) {
        fn = iteratee(fn);
        array = array || [];
        for (var i = Math.max(from || 0, 0); i < array.length; i++) { if (fn(array[i], i, array)) { return i; } }
        return -1;
    }
    function some(collection, fn) {
        fn = iteratee(fn);
        var found = false;
        each(collection, function (value, key, all) { if (fn(value, key, all)) { found = true; return false; } });
        return found;
    }
    function every(collection, fn) {
        fn = iteratee(fn);
        var all = true;
        each(collection, function (value, key, list) { if (!fn(value, key, list)) { all = false; return false; } });
        return all;
    }
    function reduce(collection, fn, accumulator) {
        var started = arguments.length >= 3;
        each(collection, function (value, key, all) {
            if (started) { accumulator = fn(accumulator, value, key, all); } else { accumulator = value; started = true; }
        });
        return accumulator;
    }
    function includes(collection, value, from) {
        if (typeof collection === 'string') { return collection.indexOf(value, from || 0) !== -1; }
        return toArray(collection).slice(from || 0).some(function (item) { return item === value || (item !== item && value !== value); });
    }
    function size(collection) {
        if (isNil(collection)) { return 0; }
        if (isArrayLike(collection)) { return typeof collection === 'string' ? Array.from(collection).length : collection.length; }
        if (collection instanceof Map || collection instanceof Set) { return collection.size; }
        return Object.keys(collection).length;
    }
    function compareValues(a, b) {
        if (a === b) { return 0; }
        if (a === undefined) { return 1; }
        if (b === undefined) { return -1; }
        return a > b ? 1 : (a < b ? -1 : 0);
    }
    function orderBy(collection, iteratees, orders) {
        iteratees = (iteratees === undefined ? [identity] : (Array.isArray(iteratees) ? iteratees : [iteratees])).map(iteratee);
        orders = Array.isArray(orders) ? orders : (orders === undefined ? [] : [orders]);
        return toArray(collection).map(function (value, index) {
            return { value: value, index: index, criteria: iteratees.map(function (fn) { return fn(value); }) };
        }).sort(function (a, b) {
            for (var i = 0; i < a.criteria.length; i++) {
                var order = compareValues(a.criteria[i], b.criteria[i]);
                if (order) { return orders[i] === 'desc' ? -order : order; }
            }
            return a.index - b.index;
        }).map(function (entry) { return entry.value; });
    }
    function sortBy(collection) {
        var iteratees = Array.prototype.slice.call(arguments, 1);
        return orderBy(collection, iteratees.length ? flatten(iteratees) : undefined);
    }
    function grouper(assign) {
        return function (collection, fn) {
            fn = iteratee(fn);
            var out = {};
            each(collection, function (value) { assign(out, String(fn(value)), value); });
            return out;
        };
    }
    function shuffle(collection) {
        var out = toArray(collection);
        for (var i = out.length - 1; i > 0; i--) {
            var j = Math.floor(Math.random() * (i + 1)), value = out[i];
            out[i] = out[j]; out[j] = value;
        }
        return out;
    }

    // ---- arrays ----

    function flatten(array, depth) {
        depth = depth === undefined ? 1 : depth;
        var out = [];
        (array || []).forEach(function (value) {
            if (Array.isArray(value) && depth > 0) { out.push.apply(out, flatten(value, depth - 1)); } else { out.push(value); }
        });
        return out;
    }
    function sameValueZero(a, b) { return a === b || (a !== a && b !== b); }
    function uniqBy(array, fn) {
        fn = iteratee(fn);
        var seen = [], out = [];
        (array || []).forEach(function (value) {
            var key = fn(value);
            if (!seen.some(function (s) { return sameValueZero(s, key); })) { seen.push(key); out.push(value); }
        });
        return out;
    }
    function range(start, end, step) {
        if (end === undefined) { end = start; start = 0; }
        step = step === undefined ? (start < end ? 1 : -1) : step;
        var out = [];
        var count = Math.max(Math.ceil((end - start) / (step || 1)), 0);
        for (var i = 0; i < count; i++) { out.push(start + i * step); }
        return out;
    }
    function extremum(array, fn, better) {
        fn = iteratee(fn);
        var best, bestKey;
        (array || []).forEach(function (value) {
            var key = fn(value);
            if (key !== null && key === key && (bestKey === undefined ? typeof key !== 'symbol' : better(key, bestKey))) { best = value; bestKey = key; }
        });
        return best;
    }
    function sumBy(array, fn) {
        fn = iteratee(fn);
        var total, any = false;
        (array || []).forEach(function (value) {
            var number = fn(value);
            if (number !== undefined) { total = any ? total + number : number; any = true; }
        });
        return any ? total : 0;
    }

    // ---- objects ----

    function assignWith(deep) {
        return function (target) {
            target = Object(target);
            for (var i = 1; i < arguments.length; i++) {
                var source = arguments[i];
                if (isNil(source)) { continue; }
                Object.keys(source).forEach(function (key) {
                    var value = source[key];
                    if (deep && (isPlainObject(value) || Array.isArray(value))) {
                        var base = target[key];
                        if (!isObject(base)) { base = Array.isArray(value) ? [] : {}; }
                        target[key] = assignWith(true)(base, value);
                    } else if (!deep || value !== undefined || !hasOwn.call(target, key)) {
                        target[key] = value;
                    }
                });
            }
            return target;
        };
    }
    function pick(object) {
        var paths = flatten(Array.prototype.slice.call(arguments, 1), Infinity), out = {};
        paths.forEach(function (path) { if (has(object, path) || (isObject(object) && path in Object(object))) { set(out, path, get(object, path)); } });
        return out;
    }
    function omit(object) {
        var keys = flatten(Array.prototype.slice.call(arguments, 1), Infinity).map(String), out = {};
        if (isNil(object)) { return out; }
        for (var key in object) { if (keys.indexOf(key) < 0) { out[key] = object[key]; } }
        keys.filter(function (key) { return key.indexOf('.') > 0; }).forEach(function (path) {
            var parts = toPath(path), parent = get(out, parts.slice(0, -1));
            if (isObject(parent)) {
                var copy = clone(get(object, parts.slice(0, -1)), true);
                delete copy[parts[parts.length - 1]];
                set(out, parts.slice(0, -1), copy);
            }
        });
        return out;
    }
    var api = {
        clone: function (v) { return clone(v, false); },
        cloneDeep: function (v) { return clone(v, true); },
        toNumber: toNumber,
        map: map,
        filter: filter,
        reject: function (c, fn) { fn = iteratee(fn); return filter(c, function (v, k, a) { return !fn(v, k, a); }); },
        find: find,
        some: some,
        every: every,
        reduce: reduce,
        includes: includes,
        size: size,
        sortBy: sortBy,
        orderBy: orderBy,
        groupBy: grouper(function (out, key, value) { (hasOwn.call(out, key) ? out[key] : (out[key] = [])).push(value); }),
        keyBy: grouper(function (out, key, value) { out[key] = value; }),
        sample: function (c) { var a = toArray(c); return a.length ? a[Math.floor(Math.random() * a.length)] : undefined; },
        shuffle: shuffle,
        uniq: function (a) { return uniqBy(a); },
        uniqBy: uniqBy,
        flatten: function (a) { return flatten(a); },
        flattenDeep: function (a) { return flatten(a, Infinity); },
        take: function (a, n) { return (a || []).slice(0, n === undefined ? 1 : Math.max(n, 0)); },
        indexOf: function (a, v, from) { return (a || []).indexOf(v, from); },
        findIndex: findIndex,
        range: range,
        times: function (n, fn) { fn = iteratee(fn); return range(Math.max(Math.floor(n) || 0, 0)).map(function (i) { return fn(i); }); },
        sum: function (a) { return sumBy(a); },
        sumBy: sumBy,
        max: function (a) { return extremum(a, identity, function (x, y) { return x > y; }); },
        min: function (a) { return extremum(a, identity, function (x, y) { return x < y; }); },
        pick: pick,
        omit: omit,
        assign: assignWith(false),
        extend: assignWith(false),
        merge: assignWith(true),
        mapValues: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { out[k] = fn(o[k], k, o); }); return out; },
        forOwn: function (o, fn) { Object.keys(Object(o)).every(function (k) { return fn(o[k], k, o) !== false; }); return o; },
        capitalize: function (t) { return upperFirst(toString(t).toLowerCase()); },
        upperFirst: upperFirst,
        repeat: function (t, n) { return toString(t).repeat(n === undefined ? 1 : Math.max(Math.floor(n) || 0, 0)); },
        startsWith: function (t, s, p) { return toString(t).startsWith(s, p); },
        endsWith: function (t, s, p) { return toString(t).endsWith(s, p); },
        toLower: function (t) { return toString(t).toLowerCase(); },
        toUpper: function (t) { return toString(t).toUpperCase(); },
        replace: function (t, p, r) { return toString(t).replace(p, r); },
        split: function (t, s, n) { return toString(t).split(s, n); }
    };
    // In place of lodash.js's stubs (unless a script put its own there).
    var lodash = core.lodash, stubs = core.api;
    Object.keys(api).forEach(function (name) {
        if (lodash[name] === stubs[name]) { lodash[name] = api[name]; }
        stubs[name] = api[name];
    });
    var internals = { clone: clone, toNumber: toNumber, map: map, filter: filter, find: find, includes: includes,
        flatten: flatten, uniqBy: uniqBy, range: range, extremum: extremum, sumBy: sumBy, shuffle: shuffle,
        grouper: grouper, sameValueZero: sameValueZero };
    Object.keys(core).forEach(function (name) { internals[name] = core[name]; });
    return { api: api, internals: internals };
}(__lazy('lib/lodash.js').__internals);
