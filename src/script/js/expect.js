// A chai-compatible `expect` (BDD style) with chai 4's failure wording,
// written for postrun: real chai runs in boa, but about fifty times slower.
var __expect;
__expect = function (display) {
    'use strict';

    function AssertionError(message, expected, actual) {
        this.name = 'AssertionError';
        this.message = message;
        this.expected = expected;
        this.actual = actual;
        this.stack = 'AssertionError: ' + message;
    }
    AssertionError.prototype = Object.create(Error.prototype);
    AssertionError.prototype.constructor = AssertionError;

    function Assertion(object, message) {
        this.__flags = { object: object, message: message };
    }

    // Two functions rather than one checking `arguments.length`: building an
    // `arguments` object is costly in boa, and flags are read constantly.
    function flag(assertion, name) {
        return assertion.__flags[name];
    }

    function setFlag(assertion, name, value) {
        assertion.__flags[name] = value;
    }

    // Whether an assertion holds, `not` taken into account. Implementations
    // whose failure messages cost something to build (`display`, string
    // joins) check this first: most assertions pass.
    function holds(assertion, passed) {
        return assertion.__flags.negate ? !passed : passed;
    }

    Object.defineProperty(Assertion.prototype, '_obj', {
        get: function () { return this.__flags.object; },
        set: function (v) { this.__flags.object = v; }
    });

    // Regular expressions live out here: boa compiles a literal afresh each
    // time the expression holding it runs.
    var THIS = /#\{this\}/g, ACT = /#\{act\}/g, EXP = /#\{exp\}/g;
    var VOWEL_FIRST = /^[aeiou]/i;
    var OPEN_BRACKET = /\[/g, INDEX_PART = /^\[(\d+)\]$/, ESCAPED = /\\([.[\]])/g;

    function render(template, assertion, expected, actual) {
        return template
            .replace(THIS, function () { return display(flag(assertion, 'object')); })
            .replace(ACT, function () { return display(actual); })
            .replace(EXP, function () { return display(expected); });
    }

    Assertion.prototype.assert = function (passed, message, negatedMessage, expected, actual) {
        var negate = this.__flags.negate;
        if (negate ? !passed : passed) { return; }
        if (arguments.length < 5) { actual = flag(this, 'object'); }
        var text = render(negate ? negatedMessage : message, this, expected, actual);
        var prefix = flag(this, 'message');
        throw new AssertionError(prefix ? prefix + ': ' + text : text, expected, actual);
    };

    function fail(assertion, message) {
        var prefix = flag(assertion, 'message');
        throw new AssertionError(prefix ? prefix + ': ' + message : message);
    }

    // The host's native fast paths (src/script/assert.rs) read these four
    // from `__expect.contract` when the sandbox starts, instead of keeping
    // copies of their own: the language chains, the flag each chainable name
    // sets when read, the flags an assertion keeps (the host refuses to start
    // if it reads one not listed here), and where each assertion takes chai's
    // optional failure message.
    var CHAINS = ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
        'same', 'but', 'does', 'still', 'also'];
    var CHAIN_FLAGS = {
        include: 'contains', includes: 'contains', contain: 'contains', contains: 'contains',
        length: 'doLength', lengthOf: 'doLength'
    };
    var FLAGS = ['object', 'message', 'negate', 'deep', 'nested', 'own', 'ordered', 'any', 'all',
        'itself', 'contains', 'doLength'];
    // chai takes an optional failure message as a trailing argument.
    var MESSAGE_AT = {
        equal: 1, equals: 1, eq: 1, eql: 1, eqls: 1, above: 1, gt: 1, greaterThan: 1, least: 1, gte: 1,
        greaterThanOrEqual: 1, below: 1, lt: 1, lessThan: 1, most: 1, lte: 1, lessThanOrEqual: 1,
        within: 2, a: 1, an: 1, include: 1, includes: 1, contain: 1, contains: 1, match: 1, matches: 1,
        string: 1, length: 1, lengthOf: 1, oneOf: 1, instanceof: 1, instanceOf: 1, closeTo: 2,
        approximately: 2, members: 1, satisfy: 1, satisfies: 1, property: 2, ownProperty: 2,
        haveOwnProperty: 2, respondTo: 1, respondsTo: 1
    };

    // Implementations live on the prototype under a private key and are
    // called directly: going through `apply`/`call` (natives) re-enters the
    // interpreter and made every assertion several times slower, and a
    // spread call (`f(...args)`) runs the iterator protocol, which costs as
    // much as the assertion itself. The argument count is kept exact, since
    // implementations read `arguments.length`. A function call costs about
    // as much as a small assertion in boa: the wrappers below do their work
    // inline.
    function invoke(target, key, args) {
        switch (args.length) {
            case 0: return target[key]();
            case 1: return target[key](args[0]);
            case 2: return target[key](args[0], args[1]);
            case 3: return target[key](args[0], args[1], args[2]);
            default: return target[key](...args);
        }
    }

    function addProperty(name, getter) {
        var key = '__get_' + name;
        Assertion.prototype[key] = getter;
        Object.defineProperty(Assertion.prototype, name, {
            get: function () { var result = this[key](); return result === undefined ? this : result; },
            configurable: true
        });
    }

    // The names added as methods, for chai's guard on a method read without
    // a call (src/script/guard.rs).
    var METHODS = [];
    function addMethod(name, method) {
        var key = '__do_' + name, at = MESSAGE_AT[name];
        METHODS.push(name);
        Assertion.prototype[key] = method;
        function assertion(...args) {
            if (at !== undefined && args.length > at && args[at] !== undefined) { this.__flags.message = args[at]; }
            var result;
            switch (args.length) {
                case 0: result = this[key](); break;
                case 1: result = this[key](args[0]); break;
                case 2: result = this[key](args[0], args[1]); break;
                default: result = invoke(this, key, args);
            }
            return result === undefined ? this : result;
        }
        Assertion.prototype[name] = assertion;
    }

    // A name usable both as a chain (`.include.members`) and a call (`.include(x)`).
    function addChainable(name, method, chaining) {
        var key = '__do_' + name, chainKey = '__chain_' + name, at = MESSAGE_AT[name];
        Assertion.prototype[key] = method;
        if (chaining) { Assertion.prototype[chainKey] = chaining; }
        Object.defineProperty(Assertion.prototype, name, {
            get: function () {
                var self = this;
                if (chaining) { self[chainKey](); }
                var call = function (...args) {
                    if (at !== undefined && args.length > at && args[at] !== undefined) { self.__flags.message = args[at]; }
                    var result;
                    switch (args.length) {
                        case 0: result = self[key](); break;
                        case 1: result = self[key](args[0]); break;
                        default: result = invoke(self, key, args);
                    }
                    return result === undefined ? self : result;
                };
                Object.setPrototypeOf(call, self);
                return call;
            },
            configurable: true
        });
    }

    // Language chains only return the assertion: one getter call, not two.
    function itself() { return this; }
    CHAINS.forEach(function (chain) {
        Object.defineProperty(Assertion.prototype, chain, { get: itself, configurable: true });
    });
    ['deep', 'nested', 'own', 'ordered', 'any', 'all', 'itself'].forEach(function (name) {
        addProperty(name, function () { setFlag(this, name, true); });
    });
    addProperty('not', function () { setFlag(this, 'negate', true); });

    // ---- type helpers ----

    function typeName(value) {
        if (value === null) { return 'null'; }
        var primitive = typeof value;
        if (primitive !== 'object' && primitive !== 'function') { return primitive; }
        if (Array.isArray(value)) { return 'array'; }
        var tag = Object.prototype.toString.call(value).slice(8, -1).toLowerCase();
        if (tag === 'object' && typeof Promise === 'function' && value instanceof Promise) { return 'promise'; }
        return tag;
    }

    function article(type) {
        return VOWEL_FIRST.test(type) ? 'an' : 'a';
    }

    function deepEqual(a, b, seen) {
        if (a === b) { return a !== 0 || 1 / a === 1 / b; }
        if (a !== a && b !== b) { return true; } // NaN
        var type = typeName(a);
        if (type !== typeName(b)) { return false; }
        if (type === 'date') { return a.getTime() === b.getTime(); }
        if (type === 'regexp') { return String(a) === String(b); }
        if (typeof a !== 'object' || a === null) { return false; }
        seen = seen || [];
        for (var s = 0; s < seen.length; s++) {
            if (seen[s][0] === a && seen[s][1] === b) { return true; }
        }
        seen.push([a, b]);
        if (type === 'map' || type === 'set') {
            return deepEqual(Array.from(a.entries()).sort(), Array.from(b.entries()).sort(), seen);
        }
        if (type === 'array' || type === 'arguments') {
            if (a.length !== b.length) { return false; }
            for (var i = 0; i < a.length; i++) {
                if (!deepEqual(a[i], b[i], seen)) { return false; }
            }
            return true;
        }
        var keysA = Object.keys(a).sort(), keysB = Object.keys(b).sort();
        if (keysA.length !== keysB.length) { return false; }
        for (var k = 0; k < keysA.length; k++) {
            if (keysA[k] !== keysB[k] || !deepEqual(a[keysA[k]], b[keysA[k]], seen)) { return false; }
        }
        return true;
    }

    function pathParts(path) {
        return String(path).replace(OPEN_BRACKET, '.[').split('.').filter(Boolean).map(function (part) {
            var index = INDEX_PART.exec(part);
            return index ? Number(index[1]) : part.replace(ESCAPED, '$1');
        });
    }

    function nestedInfo(object, path) {
        var parts = pathParts(path), current = object;
        for (var i = 0; i < parts.length; i++) {
            if (current === null || current === undefined) { return { exists: false }; }
            var holder = Object(current);
            if (i === parts.length - 1) {
                return { exists: parts[i] in holder, value: current[parts[i]] };
            }
            current = current[parts[i]];
        }
        return { exists: false };
    }

    // ---- assertions ----

    // Assertions whose implementations are in another prelude file, parsed
    // the first time one is used. Each name gets a stand-in now; loading
    // puts the implementations under the keys the wrappers call (`__get_`,
    // `__do_`, `__chain_` + name), so the wrappers, and the host's fast
    // paths in front of them, stay in place. `load` gives the
    // implementations by kind: exactly the names listed.
    function addLater(names, load) {
        var loaded = false;
        function ensure() {
            if (loaded) { return; }
            var made = load();
            Object.keys(names).forEach(function (kind) {
                if (Object.keys(made[kind]).sort().join() !== names[kind].slice().sort().join()) {
                    throw new Error('a prelude file does not define the ' + kind + ' assertions listed for it');
                }
            });
            var proto = Assertion.prototype;
            names.property.forEach(function (name) { proto['__get_' + name] = made.property[name]; });
            names.method.forEach(function (name) { proto['__do_' + name] = made.method[name]; });
            names.chainable.forEach(function (name) {
                proto['__do_' + name] = made.chainable[name][0];
                proto['__chain_' + name] = made.chainable[name][1] || function () {};
            });
            loaded = true;
        }
        names.property.forEach(function (name) {
            addProperty(name, function () { ensure(); return this['__get_' + name](); });
        });
        names.method.forEach(function (name) {
            addMethod(name, function () { ensure(); return this['__do_' + name].apply(this, arguments); });
        });
        names.chainable.forEach(function (name) {
            addChainable(name, function () {
                ensure();
                return this['__do_' + name].apply(this, arguments);
            }, function () {
                ensure();
                return this['__chain_' + name]();
            });
        });
    }

    // The common assertions are in expect-assertions.js: the host settles
    // most of them natively when they hold (src/script/assert.rs).
    addLater({
        property: ['true', 'false', 'null', 'undefined', 'NaN', 'exist', 'finite', 'empty', 'arguments',
            'Arguments', 'extensible', 'sealed', 'frozen'],
        method: ['equal', 'equals', 'eq', 'eql', 'eqls', 'above', 'gt', 'greaterThan', 'least', 'gte',
            'greaterThanOrEqual', 'below', 'lt', 'lessThan', 'most', 'lte', 'lessThanOrEqual', 'within',
            'instanceof', 'instanceOf', 'property', 'ownProperty', 'haveOwnProperty', 'match', 'matches',
            'string'],
        chainable: ['a', 'an', 'include', 'includes', 'contain', 'contains', 'length', 'lengthOf']
    }, function () {
        return __lazy('expect-assertions.js')({
            flag: flag, setFlag: setFlag, holds: holds, render: render, fail: fail, invoke: invoke,
            display: display, typeName: typeName, article: article, deepEqual: deepEqual,
            nestedInfo: nestedInfo, chainFlags: CHAIN_FLAGS, AssertionError: AssertionError
        });
    });
    addProperty('ok', function () {
        this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
    });

    // chai's rarer assertions are in expect-more.js, parsed the first time
    // a script uses one; here each name calls on into that file.
    var LATER = {
        ownPropertyDescriptor: 'ownPropertyDescriptor', keys: 'keys', key: 'keys',
        throw: 'throws', throws: 'throws', Throw: 'throws', respondTo: 'respondTo', respondsTo: 'respondTo',
        satisfy: 'satisfy', satisfies: 'satisfy', closeTo: 'closeTo', approximately: 'closeTo',
        members: 'members', oneOf: 'oneOf', change: 'change', changes: 'change',
        increase: 'increase', increases: 'increase', decrease: 'decrease', decreases: 'decrease'
    };
    Object.keys(LATER).forEach(function (name) {
        var implementation = LATER[name];
        addMethod(name, function () {
            return __lazy('expect-more.js')[implementation].apply(this, arguments);
        });
    });

    addMethod('fail', function (message) { fail(this, message || 'expect.fail()'); });

    // A literal, not `new Assertion`: assigning `this.__flags` in a
    // constructor searches the prototype's many accessors for a setter.
    function expect(value, message) {
        return { __proto__: Assertion.prototype, __flags: { object: value, message: message } };
    }
    expect.fail = function (actual, expected, message) {
        if (arguments.length < 2) { message = actual; }
        throw new AssertionError(message === undefined ? 'expect.fail()' : String(message), expected, actual);
    };

    return {
        expect: expect,
        Assertion: Assertion,
        AssertionError: AssertionError,
        flag: flag,
        setFlag: setFlag,
        addProperty: addProperty,
        addMethod: addMethod,
        addChainable: addChainable,
        addLater: addLater,
        deepEqual: deepEqual,
        nested: nestedInfo,
        typeName: typeName,
        fail: fail,
        contract: { chains: CHAINS, chainFlags: CHAIN_FLAGS, flags: FLAGS, messageAt: MESSAGE_AT, methods: METHODS }
    };
}(function (value) { return __lazy('inspect.js').display(value); });
