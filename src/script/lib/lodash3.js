// The `_` global of Postman's sandbox: lodash 3.10.2 (`require('lodash')` is
// lodash 4). Made from lodash.js's functions with lodash 3's names and the
// behaviours that changed in 4: `capitalize` leaves the rest of the word,
// `max`/`min` of nothing are ∓Infinity, `sum` takes an iteratee, …
0, function (lodash4) {
    'use strict';

    // lodash 3.10.2's functions, by name (from the real one): lodash 4's
    // where they did not change, and the ones below where they did.
    var NAMES = ('after ary assign at before bind bindAll bindKey callback chain chunk compact constant countBy create curry ' +
        'curryRight debounce defaults defaultsDeep defer delay difference drop dropRight dropRightWhile dropWhile fill ' +
        'filter flatten flattenDeep flow flowRight forEach forEachRight forIn forInRight forOwn forOwnRight functions ' +
        'groupBy indexBy initial intersection invert invoke keys keysIn map mapKeys mapValues matches matchesProperty ' +
        'memoize merge method methodOf mixin modArgs negate omit once pairs partial partialRight partition pick pluck ' +
        'property propertyOf pull pullAt range rearg reject remove rest restParam set shuffle slice sortBy sortByAll ' +
        'sortByOrder spread take takeRight takeRightWhile takeWhile tap throttle thru times toArray toPlainObject ' +
        'transform union uniq unzip unzipWith values valuesIn where without wrap xor zip zipObject zipWith backflow ' +
        'collect compose each eachRight extend iteratee methods object select tail unique add attempt camelCase ' +
        'capitalize ceil clone cloneDeep deburr endsWith escape escapeRegExp every find findIndex findKey findLast ' +
        'findLastIndex findLastKey findWhere first floor get gt gte has identity includes indexOf inRange isArguments ' +
        'isArray isBoolean isDate isElement isEmpty isEqual isError isFinite isFunction isMatch isNaN isNative isNull ' +
        'isNumber isObject isPlainObject isRegExp isString isTypedArray isUndefined kebabCase last lastIndexOf lt lte ' +
        'max min noConflict noop now pad padLeft padRight parseInt random reduce reduceRight repeat result round ' +
        'runInContext size snakeCase some sortedIndex sortedLastIndex startCase startsWith sum template trim trimLeft ' +
        'trimRight trunc unescape uniqueId words all any contains eq detect foldl foldr head include inject sample _').split(' ');
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
        unique: function (a, sorted, fn) { return base.uniqBy(a, typeof sorted === 'boolean' ? fn : sorted); },
        // lodash 3's names for what lodash 4 renamed, and what it did otherwise.
        callback: function (func, self) { var fn = base.iteratee(func); return self === undefined || typeof func !== 'function' ? fn : fn.bind(self); },
        modArgs: base.overArgs,
        restParam: base.rest,
        sortByAll: function (c) { return base.sortBy(c, base.flatten(Array.prototype.slice.call(arguments, 1), Infinity)); },
        flow: composer(false), flowRight: composer(true), backflow: composer(true), compose: composer(true),
        foldr: base.reduceRight,
        functions: functionsIn, methods: functionsIn,
        eq: base.isEqual,
        invoke: base.invokeMap,
        at: function (collection) {
            var keys = base.flatten(Array.prototype.slice.call(arguments, 1), Infinity), list = base.isArrayLike(collection);
            return keys.map(function (key) { return list ? (/^\d+$/.test(String(key)) ? collection[key] : undefined) : (collection == null ? undefined : collection[key]); });
        },
        add: function (a, b) { return (+a || 0) + (+b || 0); },
        zipWith: function () {
            var arrays = Array.prototype.slice.call(arguments), fn = typeof arrays[arrays.length - 1] === 'function' ? arrays.pop() : undefined;
            return unzipWith(arrays, fn);
        },
        unzipWith: unzipWith,
        deburr: function (t) {
            return base.toString(t).replace(/[\xc0-\xd6\xd8-\xf6\xf8-\xff]/g, function (c) { return base.deburr(c); }).replace(/[\u0300-\u036f\ufe20-\ufe23]/g, '');
        },
        escapeRegExp: escapeRegExp,
        words: words,
        camelCase: compounder(function (w, i) { w = w.toLowerCase(); return i ? w.charAt(0).toUpperCase() + w.slice(1) : w; }),
        kebabCase: compounder(function (w, i) { return (i ? '-' : '') + w.toLowerCase(); }),
        snakeCase: compounder(function (w, i) { return (i ? '_' : '') + w.toLowerCase(); }),
        startCase: compounder(function (w, i) { return (i ? ' ' : '') + w.charAt(0).toUpperCase() + w.slice(1); }),
        trunc: function (t, options) {
            if (typeof options !== 'object' || options === null) { options = options === undefined ? {} : { length: options }; }
            return base.truncate(t, options);
        }
    };
    // lodash 3 knows the cases of Latin-1 letters only: a word is a run of
    // them or of digits, and its case functions deburr Latin-1 alone and
    // keep apostrophes as breaks (lodash 4 drops them).
    var LATIN1_WORD = /[A-Z\xc0-\xd6\xd8-\xde]+(?=[A-Z\xc0-\xd6\xd8-\xde][a-z\xdf-\xf6\xf8-\xff]+)|[A-Z\xc0-\xd6\xd8-\xde]?[a-z\xdf-\xf6\xf8-\xff]+|[A-Z\xc0-\xd6\xd8-\xde]+|[0-9]+/g;
    function words(text, pattern) { return base.toString(text).match(pattern || LATIN1_WORD) || []; }
    function compounder(each) {
        return function (text) { return words(lodash3.deburr(text)).map(each).join(''); };
    }
    function functionsIn(object) { return base.functionsIn(object); }
    // lodash 3's flow takes functions, not arrays of them.
    function composer(fromRight) {
        return function () {
            var funcs = Array.prototype.slice.call(arguments);
            if (funcs.some(function (f) { return typeof f !== 'function'; })) { throw new TypeError('Expected a function'); }
            return (fromRight ? base.flowRight : base.flow).apply(null, funcs);
        };
    }
    // lodash 3 folds each group with the function (as reduce does).
    function unzipWith(arrays, fn) {
        var groups = base.unzip(arrays);
        return fn ? groups.map(function (group) { return group.reduce(function (acc, value, i, all) { return fn(acc, value, i, all); }); }) : groups;
    }
    // lodash 3 also escapes `/`, and a leading `:`, `!`, `,`, hex digit or
    // escape letter, so the result can follow anything in a pattern.
    function escapeRegExp(text) {
        text = base.toString(text);
        if (!text) { return '(?:)'; }
        return text.replace(/^[:!,]|[\\^$.*+?()[\]{}|\/]|(^[0-9a-fA-Fnrtuvx])|([\n\r\u2028\u2029])/g, function (c, leading, space) {
            if (leading) { return '\\x' + c.charCodeAt(0).toString(16); }
            if (space) { return '\\' + { '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' }[c]; }
            return '\\' + c;
        });
    }
    var api = { VERSION: lodash3.VERSION };
    NAMES.forEach(function (name) { api[name] = Object.prototype.hasOwnProperty.call(lodash3, name) ? lodash3[name] : base[name]; });

    function Wrapper(value) { this.__wrapped__ = value; }
    Wrapper.prototype.value = function () { return this.__wrapped__; };
    Wrapper.prototype.valueOf = Wrapper.prototype.value;
    Wrapper.prototype.toJSON = Wrapper.prototype.value;
    var _ = function (value) { return value instanceof Wrapper ? value : wrap(value); };
    Object.keys(api).forEach(function (name) { _[name] = api[name]; });
    // lodash 3 wraps again only what is an object (lodash.js makes the methods).
    var internals = lodash4.__internals, wrapperReady = false;
    function rewrapsObjects(wrapper, result) { return result !== null && typeof result === 'object'; }
    function wrap(value) {
        if (!wrapperReady) { wrapperReady = true; internals.addWrapperMethods(Wrapper, _, api, rewrapsObjects); }
        return new Wrapper(value);
    }
    _.chain = function (value) { return wrap(value); };
    _.noConflict = function () { return _; };
    _._ = _;
    // Functions mixed into this `_` also work on its wrapped values.
    _.mixin = function (object, source, options) {
        var target = lodash4.mixin.call(this === _ ? {} : this, object, source, options);
        if (this !== _) { return target; }
        Object.keys(target).forEach(function (name) {
            var func = target[name];
            _[name] = func;
            Wrapper.prototype[name] = internals.wrapperMethod(Wrapper, _, func, rewrapsObjects);
        });
        return _;
    };
    return _;
}(__lazy('lib/lodash.js'));
