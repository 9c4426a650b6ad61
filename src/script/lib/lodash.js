// lodash 4.17's API as `require('lodash')` gives it, written here in four
// files parsed as a script first needs them (parsing is most of what a
// first `require('lodash')` costs): this one has the paths, iteratees,
// equality, type checks and the wrapper; lodash-common.js the collection,
// array and object functions most scripts call; lodash-more.js and
// lodash-rest.js the rarer ones. Iteratees take lodash's shorthands: a
// property path, a `matches` object, a `[path, value]` pair.
0, function () {
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

    // Made once: boa compiles a regular expression literal each time it is
    // evaluated.
    var PATH_PART = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    var ESCAPE = /\\(\\)?/g;
    function toPath(path) {
        if (Array.isArray(path)) { return path.map(String); }
        var text = String(path);
        // `a.b.c`, the usual path, is its names: what PATH_PART finds in it,
        // without boa's costly `replace` with a regular expression.
        if (text && text.charAt(0) !== '.' && text.charAt(text.length - 1) !== '.' && text.indexOf('..') === -1 &&
            text.indexOf('[') === -1 && text.indexOf(']') === -1) {
            return text.split('.');
        }
        // A leading `.` is a first, empty name.
        var out = text.charAt(0) === '.' ? [''] : [];
        text.replace(PATH_PART, function (match, number, quote, quoted) {
            out.push(quote ? quoted.replace(ESCAPE, '$1') : (number !== undefined ? number : match));
        });
        return out;
    }
    // lodash's rule for a path that is one key: not an array, and a
    // primitive, or a text that is no deep path (`a.b`, `a[0]`) or names a
    // property the object has (inherited ones too).
    var DEEP_PATH = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
    function isKey(path, object) {
        if (Array.isArray(path)) { return false; }
        var type = typeof path;
        if (type === 'number' || type === 'symbol' || type === 'boolean' || path === null || path === undefined) { return true; }
        var text = String(path);
        // Without a `.` or a `[`, a text is no deep path (asked without a
        // regular expression, which boa makes costly).
        var deep = text.indexOf('.') !== -1 || (text.indexOf('[') !== -1 && DEEP_PATH.test(text));
        return !deep || (object !== null && object !== undefined && text in Object(object));
    }
    function castPath(path, object) { return isKey(path, object) ? [path] : toPath(path); }
    function get(object, path, fallback) {
        var keys = castPath(path, object);
        var value = object;
        for (var i = 0; i < keys.length && !isNil(value); i++) { value = value[keys[i]]; }
        return (i > 0 && i === keys.length && value !== undefined) ? value : fallback;
    }
    function has(object, path) {
        var keys = castPath(path, object), value = object;
        for (var i = 0; i < keys.length; i++) {
            if (isNil(value) || !hasOwn.call(Object(value), keys[i])) { return false; }
            value = value[keys[i]];
        }
        return keys.length > 0;
    }
    // An array index, as lodash reads one (`0`, `12`; not `01`).
    var UINT = /^(?:0|[1-9]\d*)$/;
    function isIndex(key) {
        var type = typeof key;
        if (type === 'number') { return key > -1 && key % 1 === 0 && key < 9007199254740991; }
        return type === 'string' && UINT.test(key) && Number(key) < 9007199254740991;
    }
    // `customizer` (setWith's) may make the missing objects on the way.
    function set(object, path, value, customizer) {
        if (!isObject(object)) { return object; }
        var keys = castPath(path, object), node = object;
        for (var i = 0; i < keys.length - 1; i++) {
            var next = node[keys[i]];
            if (!isObject(next)) {
                next = customizer ? customizer(next, keys[i], node) : undefined;
                if (next === undefined) { next = isIndex(keys[i + 1]) ? [] : {}; }
                node[keys[i]] = next;
            }
            node = next;
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
    // `customizer` (cloneWith's) answers for a value first, when it will.

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
    // Arrays are walked here rather than through `each` and a closure: a
    // call is most of what boa spends on an element.

    function isEmpty(value) {
        if (isNil(value)) { return true; }
        if (isArrayLike(value)) { return !value.length; }
        if (value instanceof Map || value instanceof Set) { return !value.size; }
        for (var key in value) { if (hasOwn.call(value, key)) { return false; } }
        return true;
    }

    // `_.random` and `_.parseInt` are what collections call most (`_` in
    // old ones): here, not in a lazy part.
    function random(lower, upper, floating) {
        if (floating === undefined && typeof upper === 'boolean') { floating = upper; upper = undefined; }
        if (floating === undefined && typeof lower === 'boolean') { floating = lower; lower = undefined; }
        if (lower === undefined && upper === undefined) { lower = 0; upper = 1; } else if (upper === undefined) { upper = lower; lower = 0; }
        lower = Number(lower) || 0; upper = Number(upper) || 0;
        if (lower > upper) { var swap = lower; lower = upper; upper = swap; }
        if (floating || lower % 1 || upper % 1) { return lower + Math.random() * (upper - lower); }
        return lower + Math.floor(Math.random() * (upper - lower + 1));
    }
    // ---- strings ----

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

    var _ = function (value) { return value instanceof Wrapper ? value : wrap(value, false); };
    var api = {
        VERSION: '4.17.21',
        isNil: isNil,
        isNull: function (v) { return v === null; },
        isUndefined: function (v) { return v === undefined; },
        isObject: isObject,
        isObjectLike: function (v) { return v !== null && typeof v === 'object'; },
        isPlainObject: isPlainObject,
        isArray: Array.isArray,
        isArrayLike: isArrayLike,
        isString: function (v) { return typeof v === 'string' || toTag.call(v) === '[object String]'; },
        isNumber: function (v) { return typeof v === 'number' || toTag.call(v) === '[object Number]'; },
        isBoolean: function (v) { return v === true || v === false || toTag.call(v) === '[object Boolean]'; },
        isFunction: function (v) { return typeof v === 'function'; },
        isDate: function (v) { return toTag.call(v) === '[object Date]'; },
        isRegExp: function (v) { return toTag.call(v) === '[object RegExp]'; },
        isError: function (v) { return toTag.call(v) === '[object Error]' || v instanceof Error; },
        isInteger: Number.isInteger,
        isFinite: Number.isFinite,
        isNaN: function (v) { return (typeof v === 'number' || toTag.call(v) === '[object Number]') && +v !== +v; },
        isEqual: function (a, b) { return isEqual(a, b); },
        isEmpty: isEmpty,
        toArray: toArray,
        toString: toString,
        each: each,
        forEach: each,
        compact: function (a) { return (a || []).filter(Boolean); },
        head: function (a) { return a && a.length ? a[0] : undefined; },
        first: function (a) { return a && a.length ? a[0] : undefined; },
        last: function (a) { return a && a.length ? a[a.length - 1] : undefined; },
        tail: function (a) { return (a || []).slice(1); },
        initial: function (a) { return (a || []).slice(0, -1); },
        get: get,
        set: set,
        has: has,
        keys: function (o) { return isNil(o) ? [] : Object.keys(Object(o)); },
        values: function (o) { return isNil(o) ? [] : Object.keys(Object(o)).map(function (k) { return o[k]; }); },
        identity: identity,
        noop: function () {},
        iteratee: iteratee,
        property: function (p) { return function (o) { return get(o, p); }; },
        matches: matches,
        random: random,
        // The third argument is the collection when parseInt is an iteratee.
        parseInt: function (text, radix, guard) { return parseInt(toString(text).replace(/^\s+/, ''), guard || radix == null ? 0 : +radix); }
    };
    // The collection, array and object functions, in lodash-common.js:
    // parsed on the first call of one, which then puts them in place of
    // these stubs.
    function common() { return __lazy('lib/lodash-common.js'); }
    ('clone cloneDeep toNumber map filter reject find some every reduce includes size sortBy orderBy groupBy keyBy ' +
        'sample shuffle uniq uniqBy flatten flattenDeep take indexOf findIndex range times sum sumBy max min ' +
        'pick omit assign extend merge mapValues forOwn capitalize upperFirst repeat startsWith endsWith toLower ' +
        'toUpper replace split').split(' ').forEach(function (name) {
        api[name] = function () { return common().api[name].apply(this, arguments); };
    });
    // The rarer functions are in lodash-more.js, parsed on the first call of
    // one: parsing is most of what a first `require('lodash')` costs.
    function more() { return __lazy('lib/lodash-more.js'); }
    ('template debounce throttle isSafeInteger isMatch castArray findLast countBy partition flatMap sampleSize chunk concat difference intersection union without flattenDepth takeRight drop dropRight nth lastIndexOf findLastIndex join reverse fill fromPairs zip zipObject remove pull mean meanBy maxBy minBy clamp inRange round floor ceil toPairs entries pickBy omitBy defaults mapKeys invert forIn findKey lowerFirst camelCase kebabCase snakeCase lowerCase upperCase startCase words pad padStart padEnd trim trimStart trimEnd escape unescape truncate constant uniqueId now toPath defaultTo').split(' ').forEach(function (name) {
        api[name] = function () { return more()[name].apply(this, arguments); };
    });
    // The rest of lodash's API, in lodash-rest.js.
    function rest() { return __lazy('lib/lodash-rest.js'); }
    ('after before once ary unary bind bindKey bindAll curry curryRight partial partialRight rest spread flip negate rearg overArgs ' +
        'wrap flow flowRight memoize over overEvery overSome nthArg cond conforms conformsTo defer delay attempt tap thru method ' +
        'methodOf invoke invokeMap propertyOf matchesProperty stubArray stubFalse stubObject stubString stubTrue differenceBy ' +
        'differenceWith intersectionBy intersectionWith unionBy unionWith uniqWith xor xorBy xorWith dropWhile dropRightWhile ' +
        'takeWhile takeRightWhile flatMapDeep flatMapDepth pullAll pullAllBy pullAllWith pullAt rangeRight slice sortedUniq ' +
        'sortedUniqBy sortedIndex sortedIndexBy sortedIndexOf sortedLastIndex sortedLastIndexBy sortedLastIndexOf unzip unzipWith ' +
        'zipWith zipObjectDeep reduceRight forEachRight eachRight assignIn assignInWith extendWith assignWith at create ' +
        'defaultsDeep mergeWith functions functionsIn keysIn valuesIn toPairsIn entriesIn toPlainObject invertBy transform setWith ' +
        'update updateWith unset hasIn result findLastKey forInRight forOwnRight cloneWith cloneDeepWith isEqualWith isMatchWith ' +
        'add subtract multiply divide eq gt gte lt lte toInteger toFinite toLength toSafeInteger deburr escapeRegExp isArguments ' +
        'isArrayBuffer isArrayLikeObject isBuffer isElement isLength isMap isSet isWeakMap isWeakSet isSymbol isTypedArray ' +
        'isNative inherit args ensureEncoded assignLocked assignHidden createDefined mergeDefined getOwn cloneElement inSuperChain ' +
        'randomString choose').split(' ').forEach(function (name) {
        api[name] = function () { return rest()[name].apply(this, arguments); };
    });
    // `_.memoize.Cache` and `_.partial.placeholder` are read before a call.
    Object.defineProperty(api.memoize = function () { return rest().memoize.apply(this, arguments); }, 'Cache', {
        get: function () { return rest().memoize.Cache; }, set: function (c) { rest().memoize.Cache = c; }, enumerable: true
    });
    ['partial', 'partialRight'].forEach(function (name) {
        var stub = api[name];
        Object.defineProperty(stub, 'placeholder', { get: function () { return rest()[name].placeholder; }, set: function (p) { rest()[name].placeholder = p; }, enumerable: true });
    });
    api.mixin = mixin;
    api.noConflict = function () { return _; };
    api.runInContext = function () { return _; };
    Object.keys(api).forEach(function (name) { _[name] = api[name]; });
    _._ = _;

    // `_(value).map(…).value()` and `_.chain`: each method takes the wrapped
    // value. Without `chain`, a method whose result is not a collection
    // (`sum`, `find`, `join`, …) returns it unwrapped, as lodash does.
    function Wrapper(value, chained) { this.__wrapped__ = value; this.__chain__ = chained; }
    Wrapper.prototype.value = function () { return this.__wrapped__; };
    Wrapper.prototype.valueOf = Wrapper.prototype.value;
    Wrapper.prototype.toJSON = Wrapper.prototype.value;
    Wrapper.prototype.chain = function () { this.__chain__ = true; return this; };
    // A wrapper's method for `func`: called on the wrapped value, its result
    // wrapped again where `rewraps(wrapper, result)` says (lodash 3's `_`
    // makes its own the same way).
    function wrapperMethod(Wrapper, owner, func, rewraps) {
        return function () {
            var result = func.apply(owner, [this.__wrapped__].concat(Array.prototype.slice.call(arguments)));
            return rewraps(this, result) ? new Wrapper(result, this.__chain__) : result;
        };
    }
    // Made when the first value is wrapped: most scripts never wrap one, and
    // three hundred functions are a cost. A mixed-in method stays.
    function addWrapperMethods(Wrapper, owner, functions, rewraps) {
        Object.keys(functions).forEach(function (name) {
            if (typeof functions[name] === 'function' && !hasOwn.call(Wrapper.prototype, name)) {
                Wrapper.prototype[name] = wrapperMethod(Wrapper, owner, functions[name], rewraps);
            }
        });
    }
    function keepsWrapping(wrapper, result) { return wrapper.__chain__ || isObject(result); }
    var wrapperReady = false;
    function wrap(value, chained) {
        if (!wrapperReady) { wrapperReady = true; addWrapperMethods(Wrapper, _, api, keepsWrapping); }
        return new Wrapper(value, chained);
    }
    _.chain = function (value) { return wrap(value, true); };
    // `_.mixin(source)` or `_.mixin(object, source, { chain })`: adds the
    // source's functions to lodash (or to `object`) and to wrapped values.
    function mixin(object, source, options) {
        function functionNames(from) { return Object.keys(Object(from)).filter(function (k) { return typeof from[k] === 'function'; }); }
        var names = functionNames(source);
        if (isNil(options) && !(isObject(source) && (names.length || !Object.keys(source).length))) {
            options = source; source = object; object = isObject(this) ? this : _; names = functionNames(source);
        }
        var chain = !(isObject(options) && 'chain' in options) || !!options.chain;
        names.forEach(function (name) {
            var func = source[name];
            object[name] = func;
            if (object !== _) { return; }
            Wrapper.prototype[name] = wrapperMethod(Wrapper, _, func, function (wrapper, result) { return chain && keepsWrapping(wrapper, result); });
        });
        return object;
    }
    // lodash's defaults; scripts set `interpolate` for mustache-style templates.
    _.templateSettings = { escape: /<%-([\s\S]+?)%>/g, evaluate: /<%([\s\S]+?)%>/g, interpolate: /<%=([\s\S]+?)%>/g, variable: '' };
    _.__api = api;
    // What lodash-common.js builds on (and lodash3.js's wrapper).
    Object.defineProperty(_, '__internals', { value: {
        hasOwn: hasOwn, toTag: toTag, isNil: isNil, toArray: toArray, toPath: toPath, get: get, has: has, set: set,
        iteratee: iteratee, matches: matches, identity: identity, each: each, toString: toString, upperFirst: upperFirst,
        lodash: _, api: api, isObject: isObject, isPlainObject: isPlainObject, isArrayLike: isArrayLike, isEqual: isEqual,
        wrapperMethod: wrapperMethod, addWrapperMethods: addWrapperMethods
    } });
    return _;
}();