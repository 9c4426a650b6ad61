// lodash's rarer functions (string cases and padding, array and object
// extras, rounding), parsed the first time a script calls one of them;
// lodash.js has a stub for each name and the helpers they share.
0, function (core) {
    'use strict';

    var hasOwn = core.hasOwn, isNil = core.isNil, toArray = core.toArray, toPath = core.toPath, iteratee = core.iteratee;
    var matches = core.matches, identity = core.identity, each = core.each, map = core.map, find = core.find;
    var includes = core.includes, flatten = core.flatten, uniqBy = core.uniqBy, range = core.range, extremum = core.extremum;
    var sumBy = core.sumBy, toString = core.toString, upperFirst = core.upperFirst, shuffle = core.shuffle, grouper = core.grouper;
    var filter = core.filter;
    // `templateSettings` and `_` itself, for what templates import.
    var idCounter = 0;

    // lodash's word pattern is long and splits by Unicode ranges: the host
    // runs it (host/words.rs), as Newman's JUnit classnames need it too.
    function words(text, pattern) {
        text = toString(text);
        if (pattern !== undefined) { return text.match(pattern) || []; }
        return __host.lodashWords(text);
    }
    // What the case functions split: the text deburred, apostrophes gone.
    function caseWords(text) { return words(__host.lodashDeburr(toString(text)).replace(/['\u2019]/g, '')); }
    function lowerFirst(text) { text = toString(text); return text.charAt(0).toLowerCase() + text.slice(1); }
    function joinWords(separator, each) {
        return function (text) { return caseWords(text).map(each).join(separator); };
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
    function chunk(array, count) {
        count = Math.max(Math.floor(count === undefined ? 1 : count), 0);
        var out = [];
        if (!count) { return out; }
        for (var i = 0; i < (array || []).length; i += count) { out.push(array.slice(i, i + count)); }
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
    function findLastIndex(array, fn) {
        fn = iteratee(fn);
        array = array || [];
        for (var i = array.length - 1; i >= 0; i--) { if (fn(array[i], i, array)) { return i; } }
        return -1;
    }
    // Cut to `length` with the omission, back to the last `separator`.
    function truncate(text, options) {
        text = toString(text);
        options = options || {};
        var length = options.length === undefined ? 30 : options.length, omission = options.omission === undefined ? '...' : toString(options.omission);
        if (text.length <= length) { return text; }
        var cut = text.slice(0, Math.max(length - omission.length, 0)), separator = options.separator;
        if (typeof separator === 'string' && separator) {
            var at = cut.lastIndexOf(separator);
            if (at > -1) { cut = cut.slice(0, at); }
        } else if (separator instanceof RegExp) {
            var pattern = new RegExp(separator.source, separator.flags.replace('g', '') + 'g'), match, last;
            while ((match = pattern.exec(cut))) { last = match.index; if (!match[0].length) { pattern.lastIndex++; } }
            if (last !== undefined) { cut = cut.slice(0, last); }
        }
        return cut + omission;
    }
    var htmlEscapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

    // `template`: lodash 4's compiler, the same delimiters and the same
    // generated function (`with (obj)` unless a `variable` is named).
    var noMatch = /($^)/, esTemplate = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g;
    var defaultInterpolate = /<%=([\s\S]+?)%>/g;
    var literalEscapes = { '\\': '\\', "'": "'", '\n': 'n', '\r': 'r', '\u2028': 'u2028', '\u2029': 'u2029' };
    function template(text, options) {
        var settings = {};
        [core.lodash.templateSettings, options || {}].forEach(function (source) {
            Object.keys(source || {}).forEach(function (key) { if (source[key] !== undefined) { settings[key] = source[key]; } });
        });
        text = toString(text);
        var interpolate = settings.interpolate || noMatch, index = 0, evaluating = false, escaping = false;
        var delimiters = new RegExp((settings.escape || noMatch).source + '|' + interpolate.source + '|' +
            (interpolate.source === defaultInterpolate.source ? esTemplate : noMatch).source + '|' + (settings.evaluate || noMatch).source + '|$', 'g');
        var source = "__p += '";
        text.replace(delimiters, function (match, escapeValue, interpolateValue, esValue, evaluateValue, offset) {
            interpolateValue = interpolateValue || esValue;
            source += text.slice(index, offset).replace(/['\n\r\u2028\u2029\\]/g, function (c) { return '\\' + literalEscapes[c]; });
            if (escapeValue) { escaping = true; source += "' +\n__e(" + escapeValue + ") +\n'"; }
            if (evaluateValue) { evaluating = true; source += "';\n" + evaluateValue + ";\n__p += '"; }
            if (interpolateValue) { source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'"; }
            index = offset + match.length;
            return match;
        });
        source += "';\n";
        var variable = settings.variable;
        if (!variable) { source = 'with (obj) {\n' + source + '\n}\n'; }
        source = 'function (' + (variable || 'obj') + ') {\n' + (variable ? '' : 'obj || (obj = {});\n') +
            "var __t, __p = ''" + (escaping ? ', __e = _.escape' : '') +
            (evaluating ? ', __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, \'\') }\n' : ';\n') +
            source + 'return __p\n}';
        var compiled = new Function('_', 'return ' + source)(core.lodash);
        compiled.source = source;
        return compiled;
    }

    // `debounce` and `throttle`: lodash's timing rules on the sandbox's timers
    // (Newman's lodash cannot run them: it finds no setTimeout in the sandbox).
    function debounce(func, wait, options) {
        var lastArgs, lastThis, result, timer, lastCallTime, lastInvokeTime = 0;
        wait = +wait || 0;
        options = options || {};
        var leading = !!options.leading, trailing = 'trailing' in options ? !!options.trailing : true;
        var maxing = 'maxWait' in options, maxWait = maxing ? Math.max(+options.maxWait || 0, wait) : undefined;
        function invoke(time) {
            var args = lastArgs, self = lastThis;
            lastArgs = lastThis = undefined;
            lastInvokeTime = time;
            result = func.apply(self, args);
            return result;
        }
        function remaining(time) {
            var sinceCall = time - lastCallTime, sinceInvoke = time - lastInvokeTime, waiting = wait - sinceCall;
            return maxing ? Math.min(waiting, maxWait - sinceInvoke) : waiting;
        }
        function shouldInvoke(time) {
            var sinceCall = time - lastCallTime, sinceInvoke = time - lastInvokeTime;
            return lastCallTime === undefined || sinceCall >= wait || sinceCall < 0 || (maxing && sinceInvoke >= maxWait);
        }
        function timerExpired() {
            var time = Date.now();
            if (shouldInvoke(time)) { return trailingEdge(time); }
            timer = setTimeout(timerExpired, remaining(time));
        }
        function leadingEdge(time) {
            lastInvokeTime = time;
            timer = setTimeout(timerExpired, wait);
            return leading ? invoke(time) : result;
        }
        function trailingEdge(time) {
            timer = undefined;
            if (trailing && lastArgs) { return invoke(time); }
            lastArgs = lastThis = undefined;
            return result;
        }
        function debounced() {
            var time = Date.now(), invoking = shouldInvoke(time);
            lastArgs = arguments;
            lastThis = this;
            lastCallTime = time;
            if (invoking) {
                if (timer === undefined) { return leadingEdge(lastCallTime); }
                if (maxing) { clearTimeout(timer); timer = setTimeout(timerExpired, wait); return invoke(lastCallTime); }
            }
            if (timer === undefined) { timer = setTimeout(timerExpired, wait); }
            return result;
        }
        debounced.cancel = function () {
            if (timer !== undefined) { clearTimeout(timer); }
            lastInvokeTime = 0;
            lastArgs = lastCallTime = lastThis = timer = undefined;
        };
        debounced.flush = function () { return timer === undefined ? result : trailingEdge(Date.now()); };
        return debounced;
    }
    function throttle(func, wait, options) {
        options = options || {};
        return debounce(func, wait, {
            leading: 'leading' in options ? !!options.leading : true,
            maxWait: wait,
            trailing: 'trailing' in options ? !!options.trailing : true
        });
    }

    return {
        template: template,
        debounce: debounce,
        throttle: throttle,
        isSafeInteger: Number.isSafeInteger,
        isMatch: function (o, s) { return matches(s)(o); },
        castArray: function () { return !arguments.length ? [] : (Array.isArray(arguments[0]) ? arguments[0] : [arguments[0]]); },
        findLast: function (c, fn) { return find(toArray(c).reverse(), fn); },
        countBy: grouper(function (out, key) { out[key] = (out[key] || 0) + 1; }),
        partition: function (c, fn) { fn = iteratee(fn); var yes = [], no = []; each(c, function (v) { (fn(v) ? yes : no).push(v); }); return [yes, no]; },
        flatMap: function (c, fn) { return flatten(map(c, fn)); },
        sampleSize: function (c, n) { return shuffle(c).slice(0, n === undefined ? 1 : Math.max(n, 0)); },
        chunk: chunk,
        concat: function () { var out = []; Array.prototype.forEach.call(arguments, function (v) { if (Array.isArray(v)) { out.push.apply(out, v); } else { out.push(v); } }); return out; },
        difference: difference,
        intersection: intersection,
        union: function () { return uniqBy(flatten(Array.prototype.slice.call(arguments))); },
        without: function (a) { var values = Array.prototype.slice.call(arguments, 1); return (a || []).filter(function (v) { return !includes(values, v); }); },
        flattenDepth: flatten,
        takeRight: function (a, n) { n = n === undefined ? 1 : n; return n > 0 ? (a || []).slice(-n) : []; },
        drop: function (a, n) { return (a || []).slice(n === undefined ? 1 : Math.max(n, 0)); },
        dropRight: function (a, n) { n = n === undefined ? 1 : n; return (a || []).slice(0, Math.max((a || []).length - n, 0)); },
        nth: function (a, n) { n = n || 0; return (a || [])[n < 0 ? a.length + n : n]; },
        lastIndexOf: function (a, v) { return (a || []).lastIndexOf(v); },
        findLastIndex: findLastIndex,
        join: function (a, sep) { return (a || []).join(sep === undefined ? ',' : sep); },
        reverse: function (a) { return a.reverse(); },
        fill: function (a, v, start, end) { return a.fill(v, start, end); },
        fromPairs: function (pairs) { var out = {}; (pairs || []).forEach(function (p) { out[p[0]] = p[1]; }); return out; },
        zip: function () { var arrays = Array.prototype.slice.call(arguments), n = Math.max.apply(null, arrays.map(function (a) { return a.length; }).concat(0)); return range(n).map(function (i) { return arrays.map(function (a) { return a[i]; }); }); },
        zipObject: function (keys, values) { var out = {}; (keys || []).forEach(function (k, i) { out[k] = (values || [])[i]; }); return out; },
        remove: function (a, fn) { fn = iteratee(fn); var removed = []; for (var i = 0; i < a.length;) { if (fn(a[i], i, a)) { removed.push(a.splice(i, 1)[0]); } else { i++; } } return removed; },
        pull: function (a) { var values = Array.prototype.slice.call(arguments, 1); for (var i = a.length - 1; i >= 0; i--) { if (includes(values, a[i])) { a.splice(i, 1); } } return a; },
        mean: function (a) { return a && a.length ? sumBy(a) / a.length : NaN; },
        meanBy: function (a, fn) { return a && a.length ? sumBy(a, fn) / a.length : NaN; },
        maxBy: function (a, fn) { return extremum(a, fn, function (x, y) { return x > y; }); },
        minBy: function (a, fn) { return extremum(a, fn, function (x, y) { return x < y; }); },
        clamp: function (n, lower, upper) { if (upper === undefined) { upper = lower; lower = undefined; } if (upper !== undefined) { n = Math.min(n, upper); } if (lower !== undefined) { n = Math.max(n, lower); } return n; },
        inRange: function (n, start, end) { if (end === undefined) { end = start; start = 0; } if (start > end) { var t = start; start = end; end = t; } return n >= start && n < end; },
        round: function (n, p) { var f = Math.pow(10, p || 0); return Math.round(n * f) / f; },
        floor: function (n, p) { var f = Math.pow(10, p || 0); return Math.floor(n * f) / f; },
        ceil: function (n, p) { var f = Math.pow(10, p || 0); return Math.ceil(n * f) / f; },
        toPairs: function (o) { return Object.keys(Object(o)).map(function (k) { return [k, o[k]]; }); },
        entries: function (o) { return Object.keys(Object(o)).map(function (k) { return [k, o[k]]; }); },
        pickBy: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { if (fn(o[k], k)) { out[k] = o[k]; } }); return out; },
        omitBy: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { if (!fn(o[k], k)) { out[k] = o[k]; } }); return out; },
        defaults: function (target) { target = Object(target); Array.prototype.slice.call(arguments, 1).forEach(function (s) { for (var k in Object(s)) { if (target[k] === undefined || (target[k] === Object.prototype[k] && !hasOwn.call(target, k))) { target[k] = s[k]; } } }); return target; },
        mapKeys: function (o, fn) { fn = iteratee(fn); var out = {}; Object.keys(Object(o)).forEach(function (k) { out[fn(o[k], k, o)] = o[k]; }); return out; },
        invert: function (o) { var out = {}; Object.keys(Object(o)).forEach(function (k) { out[o[k]] = k; }); return out; },
        forIn: function (o, fn) { for (var k in o) { if (fn(o[k], k, o) === false) { break; } } return o; },
        findKey: function (o, fn) { fn = iteratee(fn); return Object.keys(Object(o)).find(function (k) { return fn(o[k], k, o); }); },
        lowerFirst: lowerFirst,
        camelCase: function (t) { return caseWords(t).map(function (w, i) { w = w.toLowerCase(); return i ? upperFirst(w) : w; }).join(''); },
        kebabCase: joinWords('-', function (w) { return w.toLowerCase(); }),
        snakeCase: joinWords('_', function (w) { return w.toLowerCase(); }),
        lowerCase: joinWords(' ', function (w) { return w.toLowerCase(); }),
        upperCase: joinWords(' ', function (w) { return w.toUpperCase(); }),
        startCase: joinWords(' ', upperFirst),
        words: words,
        pad: function (t, n, c) { return pad(t, n, c, 'both'); },
        padStart: function (t, n, c) { return pad(t, n, c, 'start'); },
        padEnd: function (t, n, c) { return pad(t, n, c, 'end'); },
        trim: trimmer('both'),
        trimStart: trimmer('start'),
        trimEnd: trimmer('end'),
        escape: function (t) { return toString(t).replace(/[&<>"']/g, function (c) { return htmlEscapes[c]; }); },
        unescape: function (t) { return toString(t).replace(/&(?:amp|lt|gt|quot|#39);/g, function (e) { return { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }[e]; }); },
        truncate: truncate,
        constant: function (v) { return function () { return v; }; },
        uniqueId: function (prefix) { idCounter += 1; return toString(prefix) + idCounter; },
        now: function () { return Date.now(); },
        toPath: toPath,
        defaultTo: function (v, d) { return v === null || v === undefined || v !== v ? d : v; }
    };
}(__lazy('lib/lodash-common.js').internals);
