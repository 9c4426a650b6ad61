// lodash 4.17's API as `require('lodash')` gives it, written here: the
// functions collections use (`../shared/corpus` has `_.random`, `_.shuffle`,
// `_.capitalize`) and the common rest. Iteratees take lodash's shorthands:
// a property path, a `matches` object, a `[path, value]` pair.
(function () {
    'use strict';

    var hasOwn = Object.prototype.hasOwnProperty;
    var toTag = Object.prototype.toString;

    function isNil(value) { return value === null || value === undefined; }
    function isObject(value) { var type = typeof value; return value !== null && (type === 'object' || type === 'function'); }
    function isArrayLike(value) { return !isNil(value) && typeof value !== 'function' && typeof value.length === 'number' && value.length >= 0; }
    function isPlainObject(value) {
        if (!isObject(value) || toTag.call(value) !== '[object Object]') { return false; }
        var proto = Object.getPrototypeOf(value);
        return proto === null || proto === Object.prototype;
    }
    function toArray(value) {
        if (isNil(value)) { return []; }
        if (typeof value === 'string') { return Array.from(value); }
        if (isArrayLike(value)) { return Array.prototype.slice.call(value); }
        return Object.keys(value).map(function (key) { return value[key]; });
    }

    // ---- paths and iteratees ----

    function toPath(path) {
        if (Array.isArray(path)) { return path.map(String); }
        var out = [];
        String(path).replace(/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,
            function (match, number, quote, quoted) {
                out.push(quote ? quoted.replace(/\\(\\)?/g, '$1') : (number !== undefined ? number : match));
            });
        return out;
    }
    function get(object, path, fallback) {
        var keys = (typeof path === 'string' && object !== null && object !== undefined && hasOwn.call(Object(object), path)) ? [path] : toPath(path);
        var value = object;
        for (var i = 0; i < keys.length && !isNil(value); i++) { value = value[keys[i]]; }
        return (i === keys.length && value !== undefined) ? value : fallback;
    }
    function has(object, path) {
        var keys = toPath(path), value = object;
        for (var i = 0; i < keys.length; i++) {
            if (isNil(value) || !hasOwn.call(Object(value), keys[i])) { return false; }
            value = value[keys[i]];
        }
        return keys.length > 0;
    }
    function set(object, path, value) {
        if (!isObject(object)) { return object; }
        var keys = toPath(path), node = object;
        for (var i = 0; i < keys.length - 1; i++) {
            if (!isObject(node[keys[i]])) { node[keys[i]] = /^\d+$/.test(keys[i + 1]) ? [] : {}; }
            node = node[keys[i]];
        }
        node[keys[keys.length - 1]] = value;
        return object;
    }
    function matches(source) {
        return function (object) {
            return Object.keys(source).every(function (key) {
                var expected = source[key];
                if (isNil(object)) { return false; }
                return isObject(expected) ? matches(expected)(object[key]) : isEqual(object[key], expected);
            });
        };
    }
    function iteratee(value) {
        if (typeof value === 'function') { return value; }
        if (isNil(value)) { return identity; }
        if (Array.isArray(value)) { return function (object) { return isEqual(get(object, value[0]), value[1]); }; }
        if (typeof value === 'object') { return matches(value); }
        return function (object) { return get(object, value); };
    }
    function identity(value) { return value; }

    // ---- equality and cloning ----

    function isEqual(a, b, seen) {
        if (a === b || (a !== a && b !== b)) { return true; }
        if (!isObject(a) || !isObject(b)) { return false; }
        var tag = toTag.call(a);
        if (tag !== toTag.call(b)) { return false; }
        if (tag === '[object Date]') { return +a === +b; }
        if (tag === '[object RegExp]' || tag === '[object String]') { return String(a) === String(b); }
        if (tag === '[object Number]' || tag === '[object Boolean]') { return isEqual(a.valueOf(), b.valueOf()); }
        seen = seen || [];
        for (var s = 0; s < seen.length; s++) { if (seen[s][0] === a) { return seen[s][1] === b; } }
        seen.push([a, b]);
        if (Array.isArray(a)) {
            if (a.length !== b.length) { return false; }
            for (var i = 0; i < a.length; i++) { if (!isEqual(a[i], b[i], seen)) { return false; } }
            return true;
        }
        var keysA = Object.keys(a), keysB = Object.keys(b);
        if (keysA.length !== keysB.length) { return false; }
        return keysA.every(function (key) { return hasOwn.call(b, key) && isEqual(a[key], b[key], seen); });
    }
    function clone(value, deep, seen) {
        if (!isObject(value) || typeof value === 'function') { return value; }
        var tag = toTag.call(value);
        if (tag === '[object Date]') { return new Date(+value); }
        if (tag === '[object RegExp]') { return new RegExp(value.source, value.flags); }
        seen = seen || new Map();
        if (seen.has(value)) { return seen.get(value); }
        var out = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value));
        seen.set(value, out);
        Object.keys(value).forEach(function (key) { out[key] = deep ? clone(value[key], true, seen) : value[key]; });
        return out;
    }

    // ---- collections ----

    function each(collection, fn) {
        if (isNil(collection)) { return collection; }
        if (isArrayLike(collection)) {
            for (var i = 0; i < collection.length; i++) { if (fn(collection[i], i, collection) === false) { break; } }
        } else {
            var keys = Object.keys(collection);
            for (var k = 0; k < keys.length; k++) { if (fn(collection[keys[k]], keys[k], collection) === false) { break; } }
        }
        return collection;
    }
    function map(collection, fn) {
        fn = iteratee(fn);
        var out = [];
        each(collection, function (value, key, all) { out.push(fn(value, key, all)); });
        return out;
    }
    function filter(collection, fn) {
        fn = iteratee(fn);
        var out = [];
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
    function findLastIndex(array, fn) {
        fn = iteratee(fn);
        array = array || [];
        for (var i = array.length - 1; i >= 0; i--) { if (fn(array[i], i, array)) { return i; } }
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
    function random(lower, upper, floating) {
        if (floating === undefined && typeof upper === 'boolean') { floating = upper; upper = undefined; }
        if (floating === undefined && typeof lower === 'boolean') { floating = lower; lower = undefined; }
        if (lower === undefined && upper === undefined) { lower = 0; upper = 1; } else if (upper === undefined) { upper = lower; lower = 0; }
        lower = Number(lower) || 0; upper = Number(upper) || 0;
        if (lower > upper) { var swap = lower; lower = upper; upper = swap; }
        if (floating || lower % 1 || upper % 1) { return lower + Math.random() * (upper - lower); }
        return lower + Math.floor(Math.random() * (upper - lower + 1));
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
    function difference(array) {
        var others = flatten(Array.prototype.slice.call(arguments, 1));
        return (array || []).filter(function (value) { return !includes(others, value); });
    }
    function intersection() {
        var arrays = Array.prototype.slice.call(arguments);
        return uniqBy(arrays[0] || []).filter(function (value) {
            return arrays.every(function (array) { return includes(array, value); });
        });
    }
    function range(start, end, step) {
        if (end === undefined) { end = start; start = 0; }
        step = step === undefined ? (start < end ? 1 : -1) : step;
        var out = [];
        var count = Math.max(Math.ceil((end - start) / (step || 1)), 0);
        for (var i = 0; i < count; i++) { out.push(start + i * step); }
        return out;
    }
    function chunk(array, count) {
        count = Math.max(Math.floor(count === undefined ? 1 : count), 0);
        var out = [];
        if (!count) { return out; }
        for (var i = 0; i < (array || []).length; i += count) { out.push(array.slice(i, i + count)); }
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
    function isEmpty(value) {
        if (isNil(value)) { return true; }
        if (isArrayLike(value)) { return !value.length; }
        if (value instanceof Map || value instanceof Set) { return !value.size; }
        for (var key in value) { if (hasOwn.call(value, key)) { return false; } }
        return true;
    }

    // ---- strings ----

    function words(text, pattern) {
        text = toString(text);
        if (pattern !== undefined) { return text.match(pattern) || []; }
        return text.match(/[A-Z]{2,}(?=[A-Z][a-z]+[0-9]*|\b)|[A-Z]?[a-z]+[0-9]*|[A-Z]+|[0-9]+/g) || [];
    }
    function toString(value) {
        if (isNil(value)) { return ''; }
        if (typeof value === 'string') { return value; }
        if (Array.isArray(value)) { return value.map(baseToString).join(','); }
        if (value === 0 && 1 / value === -Infinity) { return '-0'; }
        return String(value);
    }
    // Inside arrays lodash keeps `null` and `undefined` as words.
    function baseToString(value) { return isNil(value) ? String(value) : toString(value); }
    function upperFirst(text) { text = toString(text); return text.charAt(0).toUpperCase() + text.slice(1); }
    function lowerFirst(text) { text = toString(text); return text.charAt(0).toLowerCase() + text.slice(1); }
    function joinWords(separator, each) {
        return function (text) {
            return words(toString(text).replace(/['\u2019]/g, '')).map(each).join(separator);
        };
    }
    function pad(text, length, chars, where) {
        text = toString(text);
        chars = chars === undefined ? ' ' : toString(chars);
        var missing = (length || 0) - text.length;
        if (missing <= 0 || !chars) { return text; }
        function fill(count) { return chars.repeat(Math.ceil(count / chars.length)).slice(0, count); }
        if (where === 'start') { return fill(missing) + text; }
        if (where === 'end') { return text + fill(missing); }
        return fill(Math.floor(missing / 2)) + text + fill(Math.ceil(missing / 2));
    }
    var htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    function trimmer(pattern) {
        return function (text, chars) {
            text = toString(text);
            if (chars === undefined) { return text.replace(pattern === 'both' ? /^\s+|\s+$/g : (pattern === 'start' ? /^\s+/ : /\s+$/), ''); }
            var set = toString(chars), start = 0, end = text.length;
            if (pattern !== 'end') { while (start < end && set.indexOf(text.charAt(start)) >= 0) { start++; } }
            if (pattern !== 'start') { while (end > start && set.indexOf(text.charAt(end - 1)) >= 0) { end--; } }
            return text.slice(start, end);
        };
    }

    var idCounter = 0;
    var _ = function (value) { return value instanceof Wrapper ? value : new Wrapper(value, false); };
    var api = {
        VERSION: '4.17.21',
        // lang
        isNil: isNil, isNull: function (v) { return v === null; }, isUndefined: function (v) { return v === undefined; },
        isObject: isObject, isObjectLike: function (v) { return v !== null && typeof v === 'object'; },
        isPlainObject: isPlainObject, isArray: Array.isArray, isArrayLike: isArrayLike,
        isString: function (v) { return typeof v === 'string' || toTag.call(v) === '[object String]'; },
        isNumber: function (v) { return typeof v === 'number' || toTag.call(v) === '[object Number]'; },
        isBoolean: function (v) { return v === true || v === false || toTag.call(v) === '[object Boolean]'; },
        isFunction: function (v) { return typeof v === 'function'; },
        isDate: function (v) { return toTag.call(v) === '[object Date]'; },
        isRegExp: function (v) { return toTag.call(v) === '[object RegExp]'; },
        isError: function (v) { return toTag.call(v) === '[object Error]' || v instanceof Error; },
        isInteger: Number.isInteger, isSafeInteger: Number.isSafeInteger,
        isFinite: Number.isFinite, isNaN: function (v) { return (typeof v === 'number' || toTag.call(v) === '[object Number]') && +v !== +v; },
        isEqual: function (a, b) { return isEqual(a, b); }, isEmpty: isEmpty, isMatch: function (o, s) { return matches(s)(o); },
        clone: function (v) { return clone(v, false); }, cloneDeep: function (v) { return clone(v, true); },
        toArray: toArray, toString: toString,
        toNumber: function (v) { return typeof v === 'number' ? v : +v; },
        toInteger: function (v) { var n = +v || 0; return n === Infinity || n === -Infinity ? (n > 0 ? 1 : -1) * Number.MAX_VALUE : Math.trunc(n); },
        castArray: function () { return !arguments.length ? [] : (Array.isArray(arguments[0]) ? arguments[0] : [arguments[0]]); },
        // collections
        each: each, forEach: each, map: map, filter: filter,
        reject: function (c, fn) { fn = iteratee(fn); return filter(c, function (v, k, a) { return !fn(v, k, a); }); },
        find: find, findLast: function (c, fn) { return find(toArray(c).reverse(), fn); },
        some: some, every: every, reduce: reduce, includes: includes, size: size,
        sortBy: sortBy, orderBy: orderBy,
        groupBy: grouper(function (out, key, value) { (hasOwn.call(out, key) ? out[key] : (out[key] = [])).push(value); }),
        keyBy: grouper(function (out, key, value) { out[key] = value; }),
        countBy: grouper(function (out, key) { out[key] = (out[key] || 0) + 1; }),
        partition: function (c, fn) { fn = iteratee(fn); var yes = [], no = []; each(c, function (v) { (fn(v) ? yes : no).push(v); }); return [yes, no]; },
        flatMap: function (c, fn) { return flatten(map(c, fn)); },
        sample: function (c) { var a = toArray(c); return a.length ? a[Math.floor(Math.random() * a.length)] : undefined; },
        sampleSize: function (c, n) { return shuffle(c).slice(0, n === undefined ? 1 : Math.max(n, 0)); },
        shuffle: shuffle,
        // arrays
        chunk: chunk, compact: function (a) { return (a || []).filter(Boolean); },
        concat: function () { var out = []; Array.prototype.forEach.call(arguments, function (v) { if (Array.isArray(v)) { out.push.apply(out, v); } else { out.push(v); } }); return out; },
        difference: difference, intersection: intersection,
        union: function () { return uniqBy(flatten(Array.prototype.slice.call(arguments))); },
        uniq: function (a) { return uniqBy(a); }, uniqBy: uniqBy,
        without: function (a) { var values = Array.prototype.slice.call(arguments, 1); return (a || []).filter(function (v) { return !includes(values, v); }); },
        flatten: function (a) { return flatten(a); }, flattenDeep: function (a) { return flatten(a, Infinity); }, flattenDepth: flatten,
        head: function (a) { return a && a.length ? a[0] : undefined; }, first: function (a) { return a && a.length ? a[0] : undefined; },
        last: function (a) { return a && a.length ? a[a.length - 1] : undefined; },
        tail: function (a) { return (a || []).slice(1); }, initial: function (a) { return (a || []).slice(0, -1); },
        take: function (a, n) { return (a || []).slice(0, n === undefined ? 1 : Math.max(n, 0)); },
        takeRight: function (a, n) { n = n === undefined ? 1 : n; return n > 0 ? (a || []).slice(-n) : []; },
        drop: function (a, n) { return (a || []).slice(n === undefined ? 1 : Math.max(n, 0)); },
        dropRight: function (a, n) { n = n === undefined ? 1 : n; return (a || []).slice(0, Math.max((a || []).length - n, 0)); },
        nth: function (a, n) { n = n || 0; return (a || [])[n < 0 ? a.length + n : n]; },
        indexOf: function (a, v, from) { return (a || []).indexOf(v, from); },
        lastIndexOf: function (a, v) { return (a || []).lastIndexOf(v); },
        findIndex: findIndex, findLastIndex: findLastIndex,
        join: function (a, sep) { return (a || []).join(sep === undefined ? ',' : sep); },
        reverse: function (a) { return a.reverse(); },
        fill: function (a, v, start, end) { return a.fill(v, start, end); },
        fromPairs: function (pairs) { var out = {}; (pairs || []).forEach(function (p) { out[p[0]] = p[1]; }); return out; },
        zip: function () { var arrays = Array.prototype.slice.call(arguments), n = Math.max.apply(null, arrays.map(function (a) { return a.length; }).concat(0)); return range(n).map(function (i) { return arrays.map(function (a) { return a[i]; }); }); },
        zipObject: function (keys, values) { var out = {}; (keys || []).forEach(function (k, i) { out[k] = (values || [])[i]; }); return out; },
        remove: function (a, fn) { fn = iteratee(fn); var removed = []; for (var i = 0; i < a.length;) { if (fn(a[i], i, a)) { removed.push(a.splice(i, 1)[0]); } else { i++; } } return removed; },
        pull: function (a) { var values = Array.prototype.slice.call(arguments, 1); for (var i = a.length - 1; i >= 0; i--) { if (includes(values, a[i])) { a.splice(i, 1); } } return a; },
        range: range, times: function (n, fn) { fn = iteratee(fn); return range(Math.max(Math.floor(n) || 0, 0)).map(function (i) { return fn(i); }); },
        // math
        sum: function (a) { return sumBy(a); }, sumBy: sumBy,
        mean: function (a) { return a && a.length ? sumBy(a) / a.length : NaN; },
        meanBy: function (a, fn) { return a && a.length ? sumBy(a, fn) / a.length : NaN; },
        max: function (a) { return extremum(a, identity, function (x, y) { return x > y; }); },
        min: function (a) { return extremum(a, identity, function (x, y) { return x < y; }); },
        maxBy: function (a, fn) { return extremum(a, fn, function (x, y) { return x > y; }); },
        minBy: function (a, fn) { return extremum(a, fn, function (x, y) { return x < y; }); },
        random: random, clamp: function (n, lower, upper) { if (upper === undefined) { upper = lower; lower = undefined; } if (upper !== undefined) { n = Math.min(n, upper); } if (lower !== undefined) { n = Math.max(n, lower); } return n; },
        inRange: function (n, start, end) { if (end === undefined) { end = start; start = 0; } if (start > end) { var t = start; start = end; end = t; } return n >= start && n < end; },
        round: function (n, p) { var f = Math.pow(10, p || 0); return Math.round(n * f) / f; },
        floor: function (n, p) { var f = Math.pow(10, p || 0); return Math.floor(n * f) / f; },
        ceil: function (n, p) { var f = Math.pow(10, p || 0); return Math.ceil(n * f) / f; },
        // objects
        get: get, set: set, has: has, keys: function (o) { return isNil(o) ? [] : Object.keys(Object(o)); },
        values: function (o) { return isNil(o) ? [] : Object.keys(Object(o)).map(function (k) { return o[k]; }); },
        toPairs: function (o) { return Object.keys(Object(o)).map(function (k) { return [k, o[k]]; }); },
        entries: function (o) { return Object.keys(Object(o)).map(function (k) { return [k, o[k]]; }); },
        pick: pick, omit: omit,
        pickBy: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { if (fn(o[k], k)) { out[k] = o[k]; } }); return out; },
        omitBy: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { if (!fn(o[k], k)) { out[k] = o[k]; } }); return out; },
        assign: assignWith(false), extend: assignWith(false), merge: assignWith(true),
        defaults: function (target) { target = Object(target); Array.prototype.slice.call(arguments, 1).forEach(function (s) { for (var k in Object(s)) { if (target[k] === undefined || (target[k] === Object.prototype[k] && !hasOwn.call(target, k))) { target[k] = s[k]; } } }); return target; },
        mapValues: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { out[k] = fn(o[k], k, o); }); return out; },
        mapKeys: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { out[fn(o[k], k, o)] = o[k]; }); return out; },
        invert: function (o) { var out = {}; Object.keys(Object(o)).forEach(function (k) { out[o[k]] = k; }); return out; },
        forOwn: function (o, fn) { Object.keys(Object(o)).every(function (k) { return fn(o[k], k, o) !== false; }); return o; },
        forIn: function (o, fn) { for (var k in o) { if (fn(o[k], k, o) === false) { break; } } return o; },
        findKey: function (o, fn) { fn = iteratee(fn); return Object.keys(Object(o)).find(function (k) { return fn(o[k], k, o); }); },
        // strings
        capitalize: function (t) { return upperFirst(toString(t).toLowerCase()); },
        upperFirst: upperFirst, lowerFirst: lowerFirst,
        camelCase: function (t) { return words(toString(t).replace(/['\u2019]/g, '')).map(function (w, i) { w = w.toLowerCase(); return i ? upperFirst(w) : w; }).join(''); },
        kebabCase: joinWords('-', function (w) { return w.toLowerCase(); }),
        snakeCase: joinWords('_', function (w) { return w.toLowerCase(); }),
        lowerCase: joinWords(' ', function (w) { return w.toLowerCase(); }),
        upperCase: joinWords(' ', function (w) { return w.toUpperCase(); }),
        startCase: joinWords(' ', upperFirst),
        words: words,
        pad: function (t, n, c) { return pad(t, n, c, 'both'); },
        padStart: function (t, n, c) { return pad(t, n, c, 'start'); },
        padEnd: function (t, n, c) { return pad(t, n, c, 'end'); },
        trim: trimmer('both'), trimStart: trimmer('start'), trimEnd: trimmer('end'),
        repeat: function (t, n) { return toString(t).repeat(n === undefined ? 1 : Math.max(Math.floor(n) || 0, 0)); },
        startsWith: function (t, s, p) { return toString(t).startsWith(s, p); },
        endsWith: function (t, s, p) { return toString(t).endsWith(s, p); },
        toLower: function (t) { return toString(t).toLowerCase(); }, toUpper: function (t) { return toString(t).toUpperCase(); },
        replace: function (t, p, r) { return toString(t).replace(p, r); },
        split: function (t, s, n) { return toString(t).split(s, n); },
        escape: function (t) { return toString(t).replace(/[&<>"']/g, function (c) { return htmlEscapes[c]; }); },
        unescape: function (t) { return toString(t).replace(/&(?:amp|lt|gt|quot|#39);/g, function (e) { return { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }[e]; }); },
        truncate: function (t, options) { t = toString(t); options = options || {}; var length = options.length === undefined ? 30 : options.length, omission = options.omission === undefined ? '...' : options.omission; return t.length <= length ? t : t.slice(0, Math.max(length - omission.length, 0)) + omission; },
        // util
        identity: identity, noop: function () {}, constant: function (v) { return function () { return v; }; },
        uniqueId: function (prefix) { idCounter += 1; return toString(prefix) + idCounter; },
        now: function () { return Date.now(); },
        iteratee: iteratee, property: function (p) { return function (o) { return get(o, p); }; }, matches: matches,
        toPath: toPath,
        defaultTo: function (v, d) { return v === null || v === undefined || v !== v ? d : v; }
    };
    Object.keys(api).forEach(function (name) { _[name] = api[name]; });

    // `_(value).map(…).value()` and `_.chain`: each method takes the wrapped
    // value. Without `chain`, a method whose result is not a collection
    // (`sum`, `find`, `join`, …) returns it unwrapped, as lodash does.
    function Wrapper(value, chained) { this.__wrapped__ = value; this.__chain__ = chained; }
    Wrapper.prototype.value = function () { return this.__wrapped__; };
    Wrapper.prototype.valueOf = Wrapper.prototype.value;
    Wrapper.prototype.toJSON = Wrapper.prototype.value;
    Wrapper.prototype.chain = function () { this.__chain__ = true; return this; };
    Object.keys(api).forEach(function (name) {
        if (typeof api[name] !== 'function') { return; }
        Wrapper.prototype[name] = function () {
            var result = api[name].apply(_, [this.__wrapped__].concat(Array.prototype.slice.call(arguments)));
            return this.__chain__ || isObject(result) ? new Wrapper(result, this.__chain__) : result;
        };
    });
    _.chain = function (value) { return new Wrapper(value, true); };
    _.__api = api;
    return _;
})();
