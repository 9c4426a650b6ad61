// `require('chai')` as chai 4's module (4.3.8 in the sandbox's bundle): `expect` (the sandbox's, the one
// `pm.expect` is), `should` and `assert`, whose methods are chai's own assertions
// run through `expect`, so their failure messages are the same ones.
0, function (expect, Assertion) {
    'use strict';

    function check(value, message) { return expect(value, message); }

    var assert = function (expression, message) {
        new Assertion(null).assert(expression, message, '[ negation message unavailable ]');
    };
    assert.fail = function (actual, expected, message, operator) {
        if (arguments.length < 2) { message = actual; actual = undefined; }
        var error = new Error(message === undefined ? 'assert.fail()' : message);
        error.name = 'AssertionError';
        error.actual = actual; error.expected = expected; error.operator = operator;
        throw error;
    };
    assert.ok = assert.isOk = function (value, message) { check(value, message).is.ok; };
    assert.notOk = assert.isNotOk = function (value, message) { check(value, message).is.not.ok; };
    // eslint-disable-next-line eqeqeq
    assert.equal = function (actual, expected, message) {
        // chai's loose equality: its own message, not `equal`'s strict one.
        // eslint-disable-next-line eqeqeq
        new Assertion(actual, message).assert(expected == actual, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{act}', expected, actual);
    };
    assert.notEqual = function (actual, expected, message) {
        // eslint-disable-next-line eqeqeq
        new Assertion(actual, message).assert(expected != actual, 'expected #{this} to not equal #{exp}', 'expected #{this} to equal #{act}', expected, actual);
    };
    assert.strictEqual = function (a, b, m) { check(a, m).to.equal(b); };
    assert.notStrictEqual = function (a, b, m) { check(a, m).to.not.equal(b); };
    assert.deepEqual = assert.deepStrictEqual = function (a, b, m) { check(a, m).to.eql(b); };
    assert.notDeepEqual = function (a, b, m) { check(a, m).to.not.eql(b); };
    assert.isAbove = function (a, b, m) { check(a, m).to.be.above(b); };
    assert.isAtLeast = function (a, b, m) { check(a, m).to.be.at.least(b); };
    assert.isBelow = function (a, b, m) { check(a, m).to.be.below(b); };
    assert.isAtMost = function (a, b, m) { check(a, m).to.be.at.most(b); };
    assert.isTrue = function (v, m) { check(v, m).is['true']; };
    assert.isNotTrue = function (v, m) { check(v, m).to.not.equal(true); };
    assert.isFalse = function (v, m) { check(v, m).is['false']; };
    assert.isNotFalse = function (v, m) { check(v, m).to.not.equal(false); };
    assert.isNull = function (v, m) { check(v, m).to.equal(null); };
    assert.isNotNull = function (v, m) { check(v, m).to.not.equal(null); };
    assert.isNaN = function (v, m) { check(v, m).to.be.NaN; };
    assert.isNotNaN = function (v, m) { check(v, m).not.to.be.NaN; };
    assert.exists = function (v, m) { check(v, m).to.exist; };
    assert.notExists = function (v, m) { check(v, m).to.not.exist; };
    assert.isUndefined = function (v, m) { check(v, m).to.equal(undefined); };
    assert.isDefined = function (v, m) { check(v, m).to.not.equal(undefined); };
    [['Function', 'function'], ['Object', 'object'], ['Array', 'array'], ['String', 'string'], ['Number', 'number'], ['Boolean', 'boolean']].forEach(function (pair) {
        assert['is' + pair[0]] = function (v, m) { check(v, m).to.be.a(pair[1]); };
        assert['isNot' + pair[0]] = function (v, m) { check(v, m).to.not.be.a(pair[1]); };
    });
    assert.isFinite = function (v, m) { check(v, m).to.be.finite; };
    assert.typeOf = function (v, type, m) { check(v, m).to.be.a(type); };
    assert.notTypeOf = function (v, type, m) { check(v, m).to.not.be.a(type); };
    assert.instanceOf = function (v, type, m) { check(v, m).to.be.instanceOf(type); };
    assert.notInstanceOf = function (v, type, m) { check(v, m).to.not.be.instanceOf(type); };
    assert.include = function (haystack, needle, m) { check(haystack, m).to.include(needle); };
    assert.notInclude = function (haystack, needle, m) { check(haystack, m).to.not.include(needle); };
    assert.deepInclude = function (haystack, needle, m) { check(haystack, m).to.deep.include(needle); };
    assert.match = function (v, re, m) { check(v, m).to.match(re); };
    assert.notMatch = function (v, re, m) { check(v, m).to.not.match(re); };
    assert.property = function (o, p, m) { check(o, m).to.have.property(p); };
    assert.notProperty = function (o, p, m) { check(o, m).to.not.have.property(p); };
    assert.propertyVal = function (o, p, v, m) { check(o, m).to.have.property(p, v); };
    assert.nestedProperty = function (o, p, m) { check(o, m).to.have.nested.property(p); };
    assert.lengthOf = function (o, n, m) { check(o, m).to.have.lengthOf(n); };
    assert.isEmpty = function (o, m) { check(o, m).to.be.empty; };
    assert.isNotEmpty = function (o, m) { check(o, m).to.not.be.empty; };
    assert.oneOf = function (v, list, m) { check(v, m).to.be.oneOf(list); };
    assert.hasAllKeys = function (o, keys, m) { check(o, m).to.have.all.keys(keys); };
    assert.hasAnyKeys = function (o, keys, m) { check(o, m).to.have.any.keys(keys); };
    assert.containsAllKeys = function (o, keys, m) { check(o, m).to.contain.all.keys(keys); };
    assert.sameMembers = function (a, b, m) { check(a, m).to.have.same.members(b); };
    assert.sameDeepMembers = function (a, b, m) { check(a, m).to.have.same.deep.members(b); };
    assert.includeMembers = function (a, b, m) { check(a, m).to.include.members(b); };
    assert.closeTo = assert.approximately = function (a, b, delta, m) { check(a, m).to.be.closeTo(b, delta); };
    // chai returns what was thrown (the assertion keeps it as its object).
    assert.throws = assert.throw = assert.Throw = function (fn, errorLike, pattern, m) {
        var assertion = check(fn, m);
        assertion.to['throw'](errorLike, pattern);
        return assertion.__flags.object;
    };
    assert.doesNotThrow = function (fn, errorLike, pattern, m) { check(fn, m).to.not['throw'](errorLike, pattern); };

    // chai's `should` style: `chai.should()` puts a `should` getter on every
    // object (primitives are unwrapped), and returns `should.exist` & co.
    function should() {
        Object.defineProperty(Object.prototype, 'should', {
            get: function () {
                var value = this;
                if (value instanceof String || value instanceof Number || value instanceof Boolean) { value = value.valueOf(); }
                return expect(value);
            },
            set: function (value) { Object.defineProperty(this, 'should', { value: value, enumerable: true, configurable: true, writable: true }); },
            configurable: true
        });
        var out = {
            fail: assert.fail,
            equal: function (a, b, m) { expect(a, m).to.equal(b); },
            exist: function (v, m) { expect(v, m).to.exist; },
            Throw: function (fn, e, p, m) { expect(fn, m).to['throw'](e, p); }
        };
        out.not = {
            equal: function (a, b, m) { expect(a, m).to.not.equal(b); },
            exist: function (v, m) { expect(v, m).to.not.exist; },
            Throw: function (fn, e, p, m) { expect(fn, m).to.not['throw'](e, p); }
        };
        out['throw'] = out.Throw;
        out.not['throw'] = out.not.Throw;
        return out;
    }

    // chai's plugin API, as `chai.use(function (chai, utils) { … })` and
    // scripts use it: new names go through the prelude's own helpers; an
    // overwrite puts its function in front of what the name did, which it
    // gets as `_super`. (`overwriteChainableMethod` is not offered.)
    var lib = __expect;
    function overwriteProperty(name, getter) {
        var descriptor = Object.getOwnPropertyDescriptor(Assertion.prototype, name);
        var previous = descriptor && typeof descriptor.get === 'function' ? descriptor.get : function () {};
        Object.defineProperty(Assertion.prototype, name, {
            get: function () { var result = getter(previous).call(this); return result === undefined ? this : result; },
            configurable: true
        });
    }
    function overwriteMethod(name, method) {
        var previous = Assertion.prototype[name];
        if (typeof previous !== 'function') { previous = function () { throw new Error(name + ' is not a function'); }; }
        Assertion.prototype[name] = function () {
            var result = method(previous).apply(this, arguments);
            return result === undefined ? this : result;
        };
    }
    Assertion.addProperty = function (name, getter) { lib.addProperty(name, getter || function () {}); };
    Assertion.addMethod = function (name, method) { lib.addMethod(name, method); };
    Assertion.addChainableMethod = function (name, method, chaining) { lib.addChainable(name, method, chaining); };
    Assertion.overwriteProperty = overwriteProperty;
    Assertion.overwriteMethod = overwriteMethod;
    function display(value) { return __lazy('inspect.js').display(value); }
    var utils = {
        flag: function (assertion, name, value) {
            if (arguments.length < 3) { return lib.flag(assertion, name); }
            lib.setFlag(assertion, name, value);
        },
        transferFlags: function (from, to, includeAll) {
            Object.keys(from.__flags).forEach(function (name) {
                if (includeAll !== false || ['object', 'ssfi', 'lockSsfi', 'message'].indexOf(name) === -1) {
                    to.__flags[name] = from.__flags[name];
                }
            });
        },
        inspect: display,
        objDisplay: display,
        type: lib.typeName,
        addProperty: function (ctx, name, getter) { Assertion.addProperty(name, getter); },
        addMethod: function (ctx, name, method) { Assertion.addMethod(name, method); },
        addChainableMethod: function (ctx, name, method, chaining) { Assertion.addChainableMethod(name, method, chaining); },
        overwriteProperty: function (ctx, name, getter) { overwriteProperty(name, getter); },
        overwriteMethod: function (ctx, name, method) { overwriteMethod(name, method); }
    };

    return {
        expect: expect,
        assert: assert,
        should: should,
        Assertion: Assertion,
        AssertionError: lib.AssertionError,
        util: utils,
        // The sandbox's bundle says 4.3.8 (its package.json asks for 4.4.1).
        version: '4.3.8',
        config: { includeStack: false, showDiff: true, truncateThreshold: 40 },
        use: function (plugin) { plugin(this, utils); return this; }
    };
}(globalThis.pm.expect, __expect.Assertion);
