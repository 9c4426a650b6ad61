// chai's rarer assertions (keys, throw, members, oneOf, closeTo, satisfy,
// respondTo, change/increase/decrease, ownPropertyDescriptor), with chai
// 4's wording. Loaded on first use (`__lazy('expect-more.js')`) by the
// getters expect.js leaves under their names.
0, function (lib, display) {
    'use strict';

    var flag = lib.flag, setFlag = lib.setFlag;
    var deepEqual = lib.deepEqual, typeName = lib.typeName, fail = lib.fail;

    function ownPropertyDescriptor(name, descriptor) {
        var object = flag(this, 'object');
        var actual = Object.getOwnPropertyDescriptor(Object(object), name);
        if (actual && descriptor) {
            this.assert(deepEqual(descriptor, actual),
                'expected the own property descriptor for ' + display(name) + ' on #{this} to match ' + display(descriptor) + ', got ' + display(actual),
                'expected the own property descriptor for ' + display(name) + ' on #{this} to not match ' + display(descriptor),
                descriptor, actual);
        } else {
            this.assert(actual,
                'expected #{this} to have an own property descriptor for ' + display(name),
                'expected #{this} to not have an own property descriptor for ' + display(name));
        }
        setFlag(this, 'object', actual);
    }

    function keys() {
        var object = flag(this, 'object'), names = Array.prototype.slice.call(arguments);
        if (names.length === 1 && Array.isArray(names[0])) { names = names[0]; }
        else if (names.length === 1 && names[0] !== null && typeof names[0] === 'object') { names = Object.keys(names[0]); }
        if (!names.length) { throw new Error('keys required'); }
        var actual = typeName(object) === 'map' || typeName(object) === 'set' ? Array.from(object.keys()) : Object.keys(object);
        var any = flag(this, 'any'), all = !any;
        var contains = flag(this, lib.contract.chainFlags.include);
        var has = function (k) { return actual.indexOf(k) !== -1; };
        var ok = any ? names.some(has) : names.every(has) && (contains || actual.length === names.length);
        var shown = names.map(display);
        var list;
        if (names.length > 1) {
            var last = shown.pop();
            list = shown.join(', ') + (all ? ', and ' : ', or ') + last;
        } else {
            list = shown[0];
        }
        var what = (contains ? 'contain' : 'have') + ' key' + (names.length > 1 ? 's ' : ' ') + list;
        this.assert(ok, 'expected #{this} to ' + what, 'expected #{this} to not ' + what, names.slice().sort(), actual.sort());
    }

    function throws(errorLike, messageLike) {
        var fn = flag(this, 'object'), thrown = null, didThrow = false;
        if (typeof errorLike === 'string' || errorLike instanceof RegExp) { messageLike = errorLike; errorLike = null; }
        try { fn(); } catch (err) { didThrow = true; thrown = err; }
        var negate = flag(this, 'negate');
        // chai shows a thrown Error by its toString(), as a quoted string.
        var shown = thrown instanceof Error ? thrown.toString() : thrown;
        if (!errorLike && messageLike === undefined) {
            this.assert(didThrow, 'expected #{this} to throw an error',
                'expected #{this} to not throw an error but #{act} was thrown', null, shown);
            setFlag(this, 'object', thrown);
            return;
        }
        if (errorLike) {
            var expected = errorLike instanceof Error ? errorLike.toString() : errorLike.name || display(errorLike);
            var matches = didThrow && (errorLike instanceof Error ? thrown === errorLike : thrown instanceof errorLike);
            this.assert(matches,
                'expected #{this} to throw #{exp}' + (didThrow ? ' but #{act} was thrown' : ''),
                'expected #{this} to not throw #{exp} but #{act} was thrown', expected, shown);
            if (negate && !matches) { return; }
        }
        if (messageLike !== undefined) {
            var message = thrown && thrown.message !== undefined ? thrown.message : String(thrown);
            var isRegex = messageLike instanceof RegExp;
            var matched = didThrow && (isRegex ? messageLike.test(message) : message.indexOf(messageLike) !== -1);
            this.assert(matched,
                'expected #{this} to throw error ' + (isRegex ? 'matching' : 'including') + ' #{exp} but got #{act}',
                'expected #{this} to throw error not ' + (isRegex ? 'matching' : 'including') + ' #{exp}',
                messageLike, message);
        }
        setFlag(this, 'object', thrown);
    }

    function respondTo(method) {
        var object = flag(this, 'object');
        var target = typeof object === 'function' && !flag(this, 'itself') ? object.prototype : object;
        this.assert(target != null && typeof target[method] === 'function',
            'expected #{this} to respond to ' + display(method), 'expected #{this} to not respond to ' + display(method));
    }

    function satisfy(predicate) {
        var result = predicate(flag(this, 'object'));
        this.assert(result, 'expected #{this} to satisfy ' + display(predicate),
            'expected #{this} to not satisfy' + display(predicate), !flag(this, 'negate'), result);
    }

    function closeTo(expected, delta) {
        var object = flag(this, 'object');
        if (typeof object !== 'number') { fail(this, 'expected ' + display(object) + ' to be a number'); }
        this.assert(Math.abs(object - expected) <= delta,
            'expected #{this} to be close to ' + expected + ' +/- ' + delta,
            'expected #{this} not to be close to ' + expected + ' +/- ' + delta);
    }

    function members(expected) {
        var object = flag(this, 'object'), deep = flag(this, 'deep'), ordered = flag(this, 'ordered');
        var contains = flag(this, lib.contract.chainFlags.include);
        var same = function (a, b) { return deep ? deepEqual(a, b) : a === b; };
        var ok;
        if (ordered) {
            ok = contains
                ? expected.every(function (item, i) { return i < object.length && same(item, object[i]); })
                : object.length === expected.length && object.every(function (item, i) { return same(item, expected[i]); });
        } else {
            var covers = function (superset, subset) {
                var pool = superset.slice();
                return subset.every(function (item) {
                    var at = pool.findIndex(function (x) { return same(x, item); });
                    if (at === -1) { return false; }
                    pool.splice(at, 1);
                    return true;
                });
            };
            ok = contains ? covers(object, expected) : object.length === expected.length && covers(object, expected);
        }
        var subject = contains
            ? 'be ' + (ordered ? 'an ordered superset' : 'a superset') + ' of'
            : 'have the same ' + (ordered ? 'ordered ' : '') + 'members as';
        var negatedSubject = contains
            ? 'not be ' + (ordered ? 'an ordered superset' : 'a superset') + ' of'
            : 'not have the same ' + (ordered ? 'ordered ' : '') + 'members as';
        this.assert(ok, 'expected #{this} to ' + subject + ' #{exp}', 'expected #{this} to ' + negatedSubject + ' #{exp}',
            expected, object);
    }

    function oneOf(list) {
        var object = flag(this, 'object'), deep = flag(this, 'deep');
        var found = list.some(function (item) { return deep ? deepEqual(item, object) : item === object; });
        this.assert(found, 'expected #{this} to be one of #{exp}', 'expected #{this} to not be one of #{exp}', list);
    }

    function delta(kind) {
        return function (subject, prop) {
            var fn = flag(this, 'object');
            var read = function () { return prop === undefined ? subject() : subject[prop]; };
            var before = read();
            fn();
            var after = read();
            var what = prop === undefined ? display(subject) : '.' + prop;
            var ok = kind === 'change' ? before !== after : kind === 'increase' ? after > before : after < before;
            this.assert(ok, 'expected ' + what + ' to ' + kind, 'expected ' + what + ' to not ' + kind);
            setFlag(this, 'object', after);
        };
    }
    // ---- a name no assertion has ----

    // The names of chai's Assertion.prototype in Newman's sandbox (chai 4
    // and chai-postman), in their order: the first of the nearest names is
    // the one suggested.
    var CHAI_NAMES = ['constructor', 'assert', '_obj', 'to', 'be', 'been', 'is', 'and', 'has', 'have', 'with',
        'that', 'which', 'at', 'of', 'same', 'but', 'does', 'still', 'also', 'not', 'deep', 'nested', 'own',
        'ordered', 'any', 'all', '__methods', 'an', 'a', 'include', 'contain', 'contains', 'includes', 'ok',
        'true', 'false', 'null', 'undefined', 'NaN', 'exist', 'exists', 'empty', 'arguments', 'Arguments',
        'equal', 'equals', 'eq', 'eql', 'eqls', 'above', 'gt', 'greaterThan', 'least', 'gte',
        'greaterThanOrEqual', 'below', 'lt', 'lessThan', 'most', 'lte', 'lessThanOrEqual', 'within',
        'instanceof', 'instanceOf', 'property', 'ownProperty', 'haveOwnProperty', 'ownPropertyDescriptor',
        'haveOwnPropertyDescriptor', 'length', 'lengthOf', 'match', 'matches', 'string', 'keys', 'key',
        'throw', 'throws', 'Throw', 'respondTo', 'respondsTo', 'itself', 'satisfy', 'satisfies', 'closeTo',
        'approximately', 'members', 'oneOf', 'change', 'changes', 'increase', 'increases', 'decrease',
        'decreases', 'by', 'extensible', 'sealed', 'frozen', 'finite', 'postmanRequest', 'postmanResponse',
        'postmanRequestOrResponse', 'statusCodeClass', 'info', 'success', 'redirection', 'clientError',
        'serverError', 'error', 'statusCode', 'statusReason', 'accepted', 'withoutContent', 'badRequest',
        'unauthorised', 'unauthorized', 'forbidden', 'notFound', 'notAcceptable', 'rateLimited', 'status',
        'header', 'withBody', 'json', 'body', 'jsonBody', 'responseTime', 'responseSize', 'jsonSchema'];
    // What chai finds before those on a chainable name's function.
    var FUNCTION_NAMES = ['length', 'name', 'arguments', 'caller', 'prototype', 'call', 'apply'];
    var NEVER_SUGGESTED = ['__flags', '__methods', '_obj', 'assert'];

    // chai's capped edit distance, quirk included: the first row's last
    // cell stays 0.
    function distance(a, b, cap) {
        if (Math.abs(a.length - b.length) >= cap) { return cap; }
        var rows = [];
        for (var i = 0; i <= a.length; i++) {
            rows[i] = Array(b.length + 1).fill(0);
            rows[i][0] = i;
        }
        for (var j = 0; j < b.length; j++) { rows[0][j] = j; }
        for (i = 1; i <= a.length; i++) {
            var code = a.charCodeAt(i - 1);
            for (j = 1; j <= b.length; j++) {
                rows[i][j] = Math.abs(i - j) >= cap ? cap : Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1,
                    rows[i - 1][j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1));
            }
        }
        return rows[a.length][b.length];
    }

    // The error chai's proxy throws for `name` read on `receiver`: names a
    // plugin added come after chai's own, as chai would list them.
    function invalidProperty(name, receiver, prototype) {
        var added = Object.getOwnPropertyNames(prototype).filter(function (own) {
            return own.slice(0, 2) !== '__' && CHAI_NAMES.indexOf(own) === -1;
        });
        var names = (typeof receiver === 'function' ? FUNCTION_NAMES : []).concat(CHAI_NAMES, added);
        var suggestion = null, best = 4;
        names.forEach(function (candidate) {
            if (Object.prototype.hasOwnProperty(candidate) || NEVER_SUGGESTED.indexOf(candidate) !== -1) { return; }
            var d = distance(name, candidate, best);
            if (d < best) { suggestion = candidate; best = d; }
        });
        return new Error('Invalid Chai property: ' + name +
            (suggestion === null ? '' : '. Did you mean "' + suggestion + '"?'));
    }

    return {
        invalidProperty: invalidProperty,
        ownPropertyDescriptor: ownPropertyDescriptor,
        keys: keys,
        throws: throws,
        respondTo: respondTo,
        satisfy: satisfy,
        closeTo: closeTo,
        members: members,
        oneOf: oneOf,
        change: delta('change'),
        increase: delta('increase'),
        decrease: delta('decrease')
    };

}(__expect, function (value) { return __lazy('inspect.js').display(value); });
