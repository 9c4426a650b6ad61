// The rest of lodash 4.17's API, parsed the first time a script calls one
// of these: function wrappers (curry, partial, memoize, flow, …), the `By`
// and `With` variants, sorted-array searches, the math and comparison
// helpers and the rarer type checks. lodash.js has a stub for each name.
0, function (core) {
    'use strict';

    var api = core.lodash.__api;
    var hasOwn = core.hasOwn, isNil = core.isNil, toArray = core.toArray, toPath = core.toPath, get = core.get;
    var iteratee = core.iteratee, identity = core.identity, each = core.each, flatten = core.flatten;
    var toString = core.toString, isObject = core.isObject, isPlainObject = core.isPlainObject;
    var isEqual = core.isEqual, clone = core.clone, set = core.set, range = core.range, toNumber = core.toNumber;
    var isArrayLike = core.isArrayLike, sameValueZero = core.sameValueZero;
    var toTag = Object.prototype.toString, slice = Array.prototype.slice;

    function args(list, from) { return slice.call(list, from || 0); }
    // lodash's `(array, ...values, iteratee)` signatures: the last argument is
    // the iteratee unless it is an array (or array-like object).
    function splitLast(list) {
        var all = args(list), last = all[all.length - 1];
        if (all.length > 1 && !(isArrayLike(last) && typeof last !== 'string')) { return { arrays: all.slice(0, -1), last: last }; }
        return { arrays: all, last: undefined };
    }
    function arraysOnly(arrays) { return arrays.filter(function (a) { return isArrayLike(a) && typeof a !== 'string'; }).map(toArray); }
    function contains(list, value, same) { return list.some(function (item) { return same(item, value); }); }
    function byComparator(fn) { fn = iteratee(fn); return function (a, b) { return sameValueZero(fn(a), fn(b)); }; }
    function uniqueWith(array, same) {
        var out = [];
        array.forEach(function (value) { if (!contains(out, value, same)) { out.push(value); } });
        return out;
    }
    function toInteger(value) {
        var number = toFinite(value), remainder = number % 1;
        return number === number ? (remainder ? number - remainder : number) : 0;
    }
    function toFinite(value) {
        if (!value) { return value === 0 ? value : 0; }
        value = toNumber(value);
        if (value === Infinity || value === -Infinity) { return (value < 0 ? -1 : 1) * Number.MAX_VALUE; }
        return value === value ? value : 0;
    }

    // ---- functions ----

    function before(n, func) {
        var result;
        return function () {
            if (--n > 0) { result = func.apply(this, arguments); }
            if (n <= 1) { func = undefined; }
            return result;
        };
    }
    function ary(func, n) {
        n = n === undefined ? func.length : Math.max(toInteger(n), 0);
        return function () { return func.apply(this, args(arguments).slice(0, n)); };
    }
    function curry(func, arity, fromRight) {
        arity = arity === undefined ? func.length : toInteger(arity);
        function collect(held) {
            return function () {
                var given = args(arguments);
                var all = fromRight ? given.concat(held) : held.concat(given);
                return all.length >= arity ? func.apply(this, all) : collect(all);
            };
        }
        return collect([]);
    }
    // `_.partial(fn, _, 'b')`: the placeholder (lodash itself, or
    // `partial.placeholder`) takes the next argument given.
    function partial(fromRight) {
        var wrapper = function (func) {
            var partials = args(arguments, 1), placeholder = wrapper.placeholder;
            return function () {
                var given = args(arguments), filled = partials.map(function (value) {
                    return value === placeholder && given.length ? given.shift() : value;
                });
                return func.apply(this, fromRight ? given.concat(filled) : filled.concat(given));
            };
        };
        wrapper.placeholder = core.lodash;
        return wrapper;
    }
    function rest(func, start) {
        start = start === undefined ? func.length - 1 : toInteger(start);
        return function () {
            var all = args(arguments), head = all.slice(0, start);
            while (head.length < start) { head.push(undefined); }
            return func.apply(this, head.concat([all.slice(start)]));
        };
    }
    function spread(func, start) {
        start = start === undefined ? 0 : Math.max(toInteger(start), 0);
        return function () {
            var all = args(arguments), array = all[start];
            return func.apply(this, all.slice(0, start).concat(isNil(array) ? [] : toArray(array)));
        };
    }
    function flow(fromRight) {
        return function () {
            var funcs = flatten(args(arguments));
            if (fromRight) { funcs.reverse(); }
            funcs.forEach(function (f) { if (typeof f !== 'function') { throw new TypeError('Expected a function'); } });
            return function () {
                if (!funcs.length) { return arguments[0]; }
                var result = funcs[0].apply(this, arguments);
                for (var i = 1; i < funcs.length; i++) { result = funcs[i].call(this, result); }
                return result;
            };
        };
    }
    function memoize(func, resolver) {
        if (typeof func !== 'function' || (resolver != null && typeof resolver !== 'function')) { throw new TypeError('Expected a function'); }
        var memoized = function () {
            var key = resolver ? resolver.apply(this, arguments) : arguments[0], cache = memoized.cache;
            if (cache.has(key)) { return cache.get(key); }
            var result = func.apply(this, arguments);
            memoized.cache = cache.set(key, result) || cache;
            return result;
        };
        memoized.cache = new (memoize.Cache || Map)();
        return memoized;
    }
    memoize.Cache = Map;
    function over(combine) {
        return function () {
            var funcs = flatten(args(arguments), Infinity).map(iteratee);
            return function () {
                var self = this, given = arguments;
                return combine(funcs, function (f) { return f.apply(self, given); });
            };
        };
    }
    function invoke(object, path, given) {
        var parts = toPath(path), parent = parts.length > 1 ? get(object, parts.slice(0, -1)) : object;
        var func = isNil(parent) ? undefined : parent[parts[parts.length - 1]];
        return func == null ? undefined : func.apply(parent, given);
    }
    var setTimer = typeof setTimeout === 'function' ? setTimeout : function () { throw new TypeError('setTimeout is not defined'); };
    function later(func, wait, given) {
        if (typeof func !== 'function') { throw new TypeError('Expected a function'); }
        return setTimer(function () { func.apply(undefined, given); }, wait);
    }

    // ---- arrays ----

    function differenceUsing(same, array, others) {
        var values = flatten(others);
        return toArray(array || []).filter(function (value) { return !contains(values, value, same); });
    }
    function intersectionUsing(same, arrays) {
        if (!arrays.length) { return []; }
        return uniqueWith(arrays[0], same).filter(function (value) {
            return arrays.slice(1).every(function (array) { return contains(array, value, same); });
        });
    }
    function xorUsing(same, arrays) {
        var out = [];
        arrays.forEach(function (array, index) {
            uniqueWith(array, same).forEach(function (value) {
                var elsewhere = arrays.some(function (other, j) { return j !== index && contains(other, value, same); });
                if (!elsewhere && !contains(out, value, same)) { out.push(value); }
            });
        });
        return out;
    }
    function whileFrom(array, predicate, fromRight) {
        predicate = iteratee(predicate);
        array = toArray(array || []);
        var i = fromRight ? array.length - 1 : 0;
        while (fromRight ? i >= 0 : i < array.length) {
            if (!predicate(array[i], i, array)) { break; }
            i += fromRight ? -1 : 1;
        }
        return i;
    }
    function pullUsing(array, values, same) {
        values = toArray(values || []);
        for (var i = 0; i < array.length;) {
            if (contains(values, array[i], same)) { Array.prototype.splice.call(array, i, 1); } else { i++; }
        }
        return array;
    }
    function compareAscending(a, b) { return a === b ? 0 : (a === undefined ? 1 : (b === undefined ? -1 : (a > b ? 1 : (a < b ? -1 : 0)))); }
    // The index where `value` sorts into `array` (lowest, or after equals).
    function sortedIndexBy(array, value, fn, last) {
        fn = iteratee(fn);
        array = array || [];
        var target = fn(value), low = 0, high = array.length;
        while (low < high) {
            var mid = (low + high) >>> 1, computed = fn(array[mid]);
            var goRight = last ? compareAscending(computed, target) <= 0 : compareAscending(computed, target) < 0;
            if (goRight) { low = mid + 1; } else { high = mid; }
        }
        return low;
    }
    function sortedIndexOf(array, value, last) {
        array = array || [];
        if (!array.length) { return -1; }
        var index = sortedIndexBy(array, value, identity, last) - (last ? 1 : 0);
        return index >= 0 && index < array.length && sameValueZero(array[index], value) ? index : -1;
    }
    function zipArrays(arrays) {
        arrays = arraysOnly(arrays);
        var length = Math.max.apply(null, [0].concat(arrays.map(function (a) { return a.length; })));
        return range(length).map(function (i) { return arrays.map(function (a) { return a[i]; }); });
    }

    // ---- objects ----

    function keysIn(object) { var out = []; if (isNil(object)) { return out; } for (var key in Object(object)) { out.push(key); } return out; }
    // lodash's `…With` assigners take a last function (after two or more
    // arguments) as the customizer; the others assign it like any source.
    function assignUsing(keysOf, customizable) {
        return function (target) {
            var sources = args(arguments, 1);
            var customizer = customizable && sources.length > 1 && typeof sources[sources.length - 1] === 'function' ? sources.pop() : undefined;
            target = Object(target);
            sources.forEach(function (source) {
                if (isNil(source)) { return; }
                keysOf(source).forEach(function (key) {
                    var value = customizer ? customizer(target[key], source[key], key, target, source) : undefined;
                    if (value === undefined) { value = source[key]; }
                    if (!(hasOwn.call(target, key) && sameValueZero(target[key], value)) || (value === undefined && !(key in target))) { target[key] = value; }
                });
            });
            return target;
        };
    }
    function mergeInto(target, source, customizer, seen) {
        Object.keys(Object(source)).concat(keysIn(source).filter(function (k) { return !hasOwn.call(source, k); })).forEach(function (key) {
            var srcValue = source[key], objValue = target[key];
            var custom = customizer ? customizer(objValue, srcValue, key, target, source) : undefined;
            if (custom !== undefined) { target[key] = custom; return; }
            if (isObject(srcValue) && (isPlainObject(srcValue) || Array.isArray(srcValue))) {
                if (seen.indexOf(srcValue) >= 0) { target[key] = srcValue; return; }
                var base = Array.isArray(srcValue)
                    ? (Array.isArray(objValue) ? objValue : (isArrayLike(objValue) && isObject(objValue) ? toArray(objValue) : []))
                    : (isPlainObject(objValue) || (isObject(objValue) && typeof objValue !== 'function') ? objValue : {});
                target[key] = mergeInto(base, srcValue, customizer, seen.concat([srcValue]));
            } else if (srcValue !== undefined || !(key in target)) {
                target[key] = srcValue;
            }
        });
        return target;
    }
    function defaultsDeepInto(target, source, seen) {
        keysIn(source).forEach(function (key) {
            var srcValue = source[key], objValue = target[key];
            if (isObject(objValue) && isObject(srcValue) && (isPlainObject(srcValue) || Array.isArray(srcValue)) && seen.indexOf(srcValue) < 0) {
                defaultsDeepInto(objValue, srcValue, seen.concat([srcValue]));
            } else if (objValue === undefined) {
                target[key] = isPlainObject(srcValue) ? defaultsDeepInto({}, srcValue, seen.concat([srcValue])) : (Array.isArray(srcValue) ? clone(srcValue, true) : srcValue);
            }
        });
        return target;
    }
    function cloneUsing(deep) {
        return function (value, customizer) { return clone(value, deep, undefined, customizer); };
    }
    function isMatchWith(object, source, customizer) {
        return Object.keys(Object(source)).every(function (key) {
            if (isNil(object)) { return false; }
            var objValue = object[key], srcValue = source[key];
            var custom = customizer ? customizer(objValue, srcValue, key, object, source) : undefined;
            if (custom !== undefined) { return !!custom; }
            if (isObject(srcValue) && !Array.isArray(srcValue)) { return isObject(objValue) && isMatchWith(objValue, srcValue, customizer); }
            return isEqual(objValue, srcValue);
        });
    }
    function isEqualWith(a, b, customizer) {
        var custom = customizer ? customizer(a, b) : undefined;
        if (custom !== undefined) { return !!custom; }
        if (!isObject(a) || !isObject(b) || !customizer) { return isEqual(a, b); }
        if (toTag.call(a) !== toTag.call(b)) { return false; }
        var keysA = Object.keys(a), keysB = Object.keys(b);
        return keysA.length === keysB.length && keysA.every(function (key) {
            var inner = customizer(a[key], b[key], key, a, b);
            return inner !== undefined ? !!inner : (hasOwn.call(b, key) && isEqualWith(a[key], b[key], customizer));
        });
    }
    function conformsTo(object, source) {
        var keys = Object.keys(Object(source));
        if (isNil(object)) { return !keys.length; }
        return keys.every(function (key) { var value = Object(object)[key]; return (value !== undefined || key in Object(object)) && source[key](value); });
    }
    function result(object, path, fallback) {
        var parts = toPath(path), value = object, parent;
        if (!parts.length) { parts = [undefined]; }
        for (var i = 0; i < parts.length; i++) {
            parent = value;
            value = isNil(value) ? undefined : value[parts[i]];
            if (value === undefined) { value = fallback; i = parts.length; }
            if (typeof value === 'function') { value = value.call(parent); }
        }
        return value;
    }
    function mathOperation(operator, empty) {
        return function (value, other) {
            if (value === undefined && other === undefined) { return empty; }
            if (value === undefined) { return other; }
            if (other === undefined) { return value; }
            if (typeof value === 'string' || typeof other === 'string') { value = toString(value); other = toString(other); } else { value = toNumber(value); other = toNumber(other); }
            return operator(value, other);
        };
    }
    function relational(test) {
        return function (value, other) {
            if (!(typeof value === 'string' && typeof other === 'string')) { value = toNumber(value); other = toNumber(other); }
            return test(value, other);
        };
    }
    function tagIs(tag) { return function (value) { return isObject(value) && toTag.call(value) === tag; }; }
    function deburr(text) { return __host.lodashDeburr(toString(text)); }

    return {
        after: function (n, func) { n = toInteger(n); return function () { if (--n < 1) { return func.apply(this, arguments); } }; },
        before: before,
        once: function (func) { return before(2, func); },
        ary: ary,
        unary: function (func) { return ary(func, 1); },
        bind: function (func, self) { var partials = args(arguments, 2); return function () { return func.apply(self, partials.concat(args(arguments))); }; },
        bindKey: function (object, key) { var partials = args(arguments, 2); return function () { return object[key].apply(object, partials.concat(args(arguments))); }; },
        bindAll: function (object) {
            flatten(args(arguments, 1), Infinity).forEach(function (key) { var func = object[key]; object[key] = function () { return func.apply(object, arguments); }; });
            return object;
        },
        curry: function (func, arity) { return curry(func, arity, false); },
        curryRight: function (func, arity) { return curry(func, arity, true); },
        partial: partial(false),
        partialRight: partial(true),
        rest: rest,
        spread: spread,
        flip: function (func) { return function () { return func.apply(this, args(arguments).reverse()); }; },
        negate: function (predicate) { return function () { return !predicate.apply(this, arguments); }; },
        rearg: function (func) {
            var indexes = flatten(args(arguments, 1), Infinity);
            return function () {
                var given = args(arguments), out = given.slice();
                indexes.forEach(function (from, to) { out[to] = from < given.length ? given[from] : undefined; });
                return func.apply(this, out);
            };
        },
        overArgs: function (func) {
            var transforms = flatten(args(arguments, 1), Infinity).map(iteratee);
            return function () {
                var given = args(arguments).map(function (value, i) { return i < transforms.length ? transforms[i].call(this, value) : value; }, this);
                return func.apply(this, given);
            };
        },
        wrap: function (value, wrapper) { wrapper = wrapper == null ? identity : wrapper; return function () { return wrapper.apply(this, [value].concat(args(arguments))); }; },
        flow: flow(false),
        flowRight: flow(true),
        memoize: memoize,
        over: over(function (funcs, call) { return funcs.map(call); }),
        overEvery: over(function (funcs, call) { return funcs.every(call); }),
        overSome: over(function (funcs, call) { return funcs.some(call); }),
        nthArg: function (n) { n = toInteger(n); return function () { var i = n < 0 ? arguments.length + n : n; return arguments[i]; }; },
        cond: function (pairs) {
            pairs = (pairs || []).map(function (pair) { return [iteratee(pair[0]), pair[1]]; });
            return function () {
                for (var i = 0; i < pairs.length; i++) { if (pairs[i][0].apply(this, arguments)) { return pairs[i][1].apply(this, arguments); } }
            };
        },
        conforms: function (source) { return function (object) { return conformsTo(object, source); }; },
        conformsTo: conformsTo,
        // As lodash's baseDelay: the arguments go through a closure (timers
        // pass none, as the sandbox's do).
        defer: function (func) { return later(func, 1, args(arguments, 1)); },
        delay: function (func, wait) { return later(func, toNumber(wait) || 0, args(arguments, 2)); },
        attempt: function (func) {
            try { return func.apply(undefined, args(arguments, 1)); } catch (e) { return isObject(e) && (e instanceof Error || toTag.call(e) === '[object Error]') ? e : new Error(e); }
        },
        tap: function (value, interceptor) { interceptor(value); return value; },
        thru: function (value, interceptor) { return interceptor(value); },
        method: function (path) { var given = args(arguments, 1); return function (object) { return invoke(object, path, given); }; },
        methodOf: function (object) { var given = args(arguments, 1); return function (path) { return invoke(object, path, given); }; },
        invoke: function (object, path) { return invoke(object, path, args(arguments, 2)); },
        invokeMap: function (collection, path) {
            var given = args(arguments, 2), out = [];
            each(collection, function (value) { out.push(typeof path === 'function' ? path.apply(value, given) : invoke(value, path, given)); });
            return out;
        },
        propertyOf: function (object) { return function (path) { return isNil(object) ? undefined : get(object, path); }; },
        matchesProperty: function (path, source) {
            return function (object) { var value = get(object, path); return isObject(source) ? isMatchWith(value, source) : isEqual(value, source); };
        },
        stubArray: function () { return []; },
        stubFalse: function () { return false; },
        stubObject: function () { return {}; },
        stubString: function () { return ''; },
        stubTrue: function () { return true; },

        differenceBy: function (array) { var s = splitLast(args(arguments, 1)); return differenceUsing(byComparator(s.last), array, arraysOnly(s.arrays)); },
        differenceWith: function (array) { var s = splitLast(args(arguments, 1)); return s.last ? differenceUsing(s.last, array, arraysOnly(s.arrays)) : differenceUsing(sameValueZero, array, arraysOnly(s.arrays)); },
        intersectionBy: function () {
            var s = splitLast(arguments), fn = iteratee(s.last), same = byComparator(fn);
            return intersectionUsing(same, arraysOnly(s.arrays));
        },
        intersectionWith: function () { var s = splitLast(arguments); return intersectionUsing(s.last || sameValueZero, arraysOnly(s.arrays)); },
        unionBy: function () { var s = splitLast(arguments); return uniqueWith(flatten(arraysOnly(s.arrays)), byComparator(s.last)); },
        unionWith: function () { var s = splitLast(arguments); return uniqueWith(flatten(arraysOnly(s.arrays)), s.last || sameValueZero); },
        uniqWith: function (array, comparator) { return uniqueWith(toArray(array || []), comparator || sameValueZero); },
        xor: function () { return xorUsing(sameValueZero, arraysOnly(args(arguments))); },
        xorBy: function () { var s = splitLast(arguments); return xorUsing(byComparator(s.last), arraysOnly(s.arrays)); },
        xorWith: function () { var s = splitLast(arguments); return xorUsing(s.last || sameValueZero, arraysOnly(s.arrays)); },
        dropWhile: function (array, predicate) { return toArray(array || []).slice(whileFrom(array, predicate, false)); },
        dropRightWhile: function (array, predicate) { return toArray(array || []).slice(0, whileFrom(array, predicate, true) + 1); },
        takeWhile: function (array, predicate) { return toArray(array || []).slice(0, whileFrom(array, predicate, false)); },
        takeRightWhile: function (array, predicate) { return toArray(array || []).slice(whileFrom(array, predicate, true) + 1); },
        flatMapDeep: function (collection, fn) { return flatten(api.map(collection, fn), Infinity); },
        flatMapDepth: function (collection, fn, depth) { return flatten(api.map(collection, fn), depth === undefined ? 1 : toInteger(depth)); },
        pullAll: function (array, values) { return pullUsing(array, values, sameValueZero); },
        pullAllBy: function (array, values, fn) { return pullUsing(array, values, byComparator(fn)); },
        pullAllWith: function (array, values, comparator) { return pullUsing(array, values, comparator || sameValueZero); },
        pullAt: function (array) {
            var indexes = flatten(args(arguments, 1), Infinity).map(Number), taken = indexes.map(function (i) { return array[i]; });
            indexes.slice().sort(function (a, b) { return b - a; }).forEach(function (i, n, all) { if (all.indexOf(i) === n) { Array.prototype.splice.call(array, i, 1); } });
            return taken;
        },
        rangeRight: function () { return range.apply(null, arguments).reverse(); },
        slice: function (array, start, end) { return isNil(array) ? [] : Array.prototype.slice.call(array, start === undefined ? 0 : toInteger(start), end === undefined ? undefined : toInteger(end)); },
        sortedUniq: function (array) { return uniqueWith(toArray(array || []), sameValueZero); },
        sortedUniqBy: function (array, fn) { return uniqueWith(toArray(array || []), byComparator(fn)); },
        sortedIndex: function (array, value) { return sortedIndexBy(array, value, identity, false); },
        sortedIndexBy: function (array, value, fn) { return sortedIndexBy(array, value, fn, false); },
        sortedIndexOf: function (array, value) { return sortedIndexOf(array, value, false); },
        sortedLastIndex: function (array, value) { return sortedIndexBy(array, value, identity, true); },
        sortedLastIndexBy: function (array, value, fn) { return sortedIndexBy(array, value, fn, true); },
        sortedLastIndexOf: function (array, value) { return sortedIndexOf(array, value, true); },
        unzip: function (arrays) { return zipArrays(toArray(arrays || [])); },
        unzipWith: function (arrays, fn) {
            var groups = zipArrays(toArray(arrays || []));
            return fn == null ? groups : groups.map(function (group) { return fn.apply(undefined, group); });
        },
        zipWith: function () {
            var all = args(arguments), fn = typeof all[all.length - 1] === 'function' ? all.pop() : undefined, groups = zipArrays(all);
            return fn ? groups.map(function (group) { return fn.apply(undefined, group); }) : groups;
        },
        zipObjectDeep: function (props, values) {
            var out = {};
            toArray(props || []).forEach(function (path, i) { set(out, path, (values || [])[i]); });
            return out;
        },
        reduceRight: function (collection, fn, accumulator) {
            var started = arguments.length >= 3, list = isArrayLike(collection) ? toArray(collection) : Object.keys(Object(collection));
            for (var i = list.length - 1; i >= 0; i--) {
                var key = isArrayLike(collection) ? i : list[i], value = collection[key];
                if (started) { accumulator = fn(accumulator, value, key, collection); } else { accumulator = value; started = true; }
            }
            return accumulator;
        },
        forEachRight: forEachRight,
        eachRight: forEachRight,

        assignIn: assignUsing(keysIn, false),
        assignInWith: assignUsing(keysIn, true),
        extendWith: assignUsing(keysIn, true),
        assignWith: assignUsing(function (o) { return Object.keys(Object(o)); }, true),
        at: function (object) { return flatten(args(arguments, 1), Infinity).map(function (path) { return get(object, path); }); },
        create: function (proto, properties) { var out = Object.create(isObject(proto) ? proto : null); return properties ? api.assign(out, properties) : out; },
        defaultsDeep: function (object) {
            object = Object(object);
            args(arguments, 1).forEach(function (source) { if (!isNil(source)) { defaultsDeepInto(object, source, [source]); } });
            return object;
        },
        mergeWith: function (object) {
            var sources = args(arguments, 1), customizer = typeof sources[sources.length - 1] === 'function' ? sources.pop() : undefined;
            object = Object(object);
            sources.forEach(function (source) { if (!isNil(source)) { mergeInto(object, source, customizer, [source]); } });
            return object;
        },
        functions: function (object) { return isNil(object) ? [] : Object.keys(object).filter(function (k) { return typeof object[k] === 'function'; }); },
        functionsIn: function (object) { return keysIn(object).filter(function (k) { return typeof object[k] === 'function'; }); },
        keysIn: keysIn,
        valuesIn: function (object) { return keysIn(object).map(function (k) { return object[k]; }); },
        toPairsIn: function (object) { return keysIn(object).map(function (k) { return [k, object[k]]; }); },
        entriesIn: function (object) { return keysIn(object).map(function (k) { return [k, object[k]]; }); },
        toPlainObject: function (value) { var out = {}; keysIn(value).forEach(function (k) { out[k] = value[k]; }); return out; },
        invertBy: function (object, fn) {
            fn = iteratee(fn);
            var out = {};
            Object.keys(Object(object)).forEach(function (key) {
                var group = fn(object[key]);
                if (group !== null && typeof group.toString !== 'function') { group = toTag.call(group); }
                (hasOwn.call(out, group) ? out[group] : (out[group] = [])).push(key);
            });
            return out;
        },
        transform: function (object, fn, accumulator) {
            fn = iteratee(fn);
            var isArr = Array.isArray(object);
            if (accumulator === undefined) {
                accumulator = isArr ? [] : (isObject(object) && typeof object !== 'function' ? Object.create(Object.getPrototypeOf(object)) : {});
            }
            each(object, function (value, key, all) { return fn(accumulator, value, key, all); });
            return accumulator;
        },
        setWith: set,
        update: function (object, path, updater) { return isNil(object) ? object : set(object, path, updater(get(object, path))); },
        updateWith: function (object, path, updater, customizer) { return isNil(object) ? object : set(object, path, updater(get(object, path)), customizer); },
        unset: function (object, path) {
            if (isNil(object)) { return true; }
            var parts = toPath(path), parent = parts.length > 1 ? get(object, parts.slice(0, -1)) : object;
            return isNil(parent) || delete parent[parts[parts.length - 1]];
        },
        hasIn: function (object, path) {
            var parts = toPath(path), value = object;
            for (var i = 0; i < parts.length; i++) {
                if (isNil(value) || !(parts[i] in Object(value))) { return false; }
                value = value[parts[i]];
            }
            return parts.length > 0;
        },
        result: result,
        findLastKey: function (object, fn) { fn = iteratee(fn); var keys = Object.keys(Object(object)); for (var i = keys.length - 1; i >= 0; i--) { if (fn(object[keys[i]], keys[i], object)) { return keys[i]; } } },
        forInRight: function (object, fn) { var keys = keysIn(object); for (var i = keys.length - 1; i >= 0; i--) { if (fn(object[keys[i]], keys[i], object) === false) { break; } } return object; },
        forOwnRight: function (object, fn) { var keys = Object.keys(Object(object)); for (var i = keys.length - 1; i >= 0; i--) { if (fn(object[keys[i]], keys[i], object) === false) { break; } } return object; },
        cloneWith: cloneUsing(false),
        cloneDeepWith: cloneUsing(true),
        isEqualWith: isEqualWith,
        isMatchWith: isMatchWith,

        add: mathOperation(function (a, b) { return a + b; }, 0),
        subtract: mathOperation(function (a, b) { return a - b; }, 0),
        multiply: mathOperation(function (a, b) { return a * b; }, 1),
        divide: mathOperation(function (a, b) { return a / b; }, 1),
        eq: sameValueZero,
        gt: relational(function (a, b) { return a > b; }),
        gte: relational(function (a, b) { return a >= b; }),
        lt: relational(function (a, b) { return a < b; }),
        lte: relational(function (a, b) { return a <= b; }),
        toInteger: toInteger,
        toFinite: toFinite,
        toLength: function (value) { return value ? Math.min(Math.max(toInteger(value), 0), 4294967295) : 0; },
        toSafeInteger: function (value) { return value ? Math.min(Math.max(toInteger(value), -9007199254740991), 9007199254740991) : (value === 0 ? value : 0); },
        deburr: deburr,
        escapeRegExp: function (text) { return toString(text).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'); },

        isArguments: tagIs('[object Arguments]'),
        isArrayBuffer: tagIs('[object ArrayBuffer]'),
        isArrayLikeObject: function (value) { return isObject(value) && typeof value !== 'function' && isArrayLike(value); },
        // The sandbox's lodash finds no Node Buffer to compare with.
        isBuffer: function () { return false; },
        isElement: function (value) { return isObject(value) && value.nodeType === 1 && !isPlainObject(value); },
        isLength: function (value) { return typeof value === 'number' && value > -1 && value % 1 === 0 && value <= 9007199254740991; },
        isMap: tagIs('[object Map]'),
        isSet: tagIs('[object Set]'),
        isWeakMap: tagIs('[object WeakMap]'),
        isWeakSet: tagIs('[object WeakSet]'),
        isSymbol: function (value) { return typeof value === 'symbol' || tagIs('[object Symbol]')(value); },
        isTypedArray: function (value) { return isObject(value) && /^\[object (?:Float(?:32|64)|(?:Int|Uint)(?:8|16|32)|Uint8Clamped)Array\]$/.test(toTag.call(value)); },
        isNative: function (value) { return typeof value === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(value)); },

        // What the Postman collection SDK mixes into the lodash the sandbox
        // shares with scripts (so `require('lodash').randomString` exists).
        inherit: function (child, base) {
            Object.defineProperty(child, 'super_', { value: typeof base === 'function' ? base : api.noop });
            child.prototype = Object.create(typeof base === 'function' ? base.prototype : base, {
                constructor: { value: child, writable: true, configurable: true }
            });
            return child;
        },
        args: function (list) { return slice.call(list); },
        ensureEncoded: function (text) {
            try { text = decodeURIComponent(text); } catch (e) { /* already encoded or malformed: kept */ }
            try { return encodeURIComponent(text); } catch (e) { return text; }
        },
        assignLocked: function (object, name, value) { Object.defineProperty(object, name, { value: value }); return object; },
        assignHidden: function (object, name, value) { Object.defineProperty(object, name, { value: value, configurable: true, writable: true }); return object; },
        createDefined: function (object, name, Type, fallback) { return api.has(object, name) ? new Type(object[name]) : fallback; },
        mergeDefined: function (target, source) {
            for (var key in source) { if (api.has(source, key) && source[key] !== undefined) { target[key] = source[key]; } }
            return target;
        },
        getOwn: function (object, name, fallback) { return api.has(object, name) ? object[name] : fallback; },
        cloneElement: function (object) {
            return cloneUsing(true)(object, function (value) { if (value && typeof value.toJSON === 'function') { return value.toJSON(); } });
        },
        inSuperChain: function inSuperChain(object, key, value) { return object ? (object[key] === value || inSuperChain(object.super_, key, value)) : false; },
        randomString: function (length) {
            var letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', out = '';
            for (var i = 0; i < (length || 6); i++) { out += letters.charAt(Math.floor(Math.random() * letters.length)); }
            return out;
        },
        choose: function () {
            for (var i = 0; i < arguments.length; i++) { if (!api.isEmpty(arguments[i])) { return arguments[i]; } }
        }
    };

    function forEachRight(collection, fn) {
        fn = iteratee(fn);
        if (isArrayLike(collection)) {
            for (var i = collection.length - 1; i >= 0; i--) { if (fn(collection[i], i, collection) === false) { break; } }
        } else {
            var keys = Object.keys(Object(collection));
            for (var k = keys.length - 1; k >= 0; k--) { if (fn(collection[keys[k]], keys[k], collection) === false) { break; } }
        }
        return collection;
    }
}(__lazy('lib/lodash-common.js').internals);
