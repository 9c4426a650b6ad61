// A chai-compatible `expect` (BDD style) with chai 4's failure wording,
// written for postrun: real chai runs in boa, but about fifty times slower.
var __expect = (function (display) {
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

    function addMethod(name, method) {
        var key = '__do_' + name, at = MESSAGE_AT[name];
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
    ['to', 'be', 'been', 'is', 'and', 'has', 'have', 'with', 'that', 'which', 'at', 'of',
        'same', 'but', 'does', 'still', 'also'].forEach(function (chain) {
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

    function sizeOf(value) {
        var type = typeName(value);
        if (type === 'map' || type === 'set') { return value.size; }
        return value.length;
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

    // Type names scripts write, already in lower case: boa lower-cases
    // through ICU, which costs more than the rest of the check.
    var LOWER_TYPES = {
        string: true, number: true, boolean: true, object: true, array: true, undefined: true,
        null: true, function: true, date: true, regexp: true, promise: true, symbol: true, bigint: true
    };

    function assertType(type) {
        if (typeof type !== 'string' || LOWER_TYPES[type] !== true) { type = String(type).toLowerCase(); }
        var flags = this.__flags, object = flags.object;
        var actual = object === null ? 'null' : typeof object;
        if (actual === 'object' || actual === 'function') { actual = typeName(object); }
        var passed = type === actual;
        if (flags.negate ? !passed : passed) { return; }
        var a = article(type);
        this.assert(passed,
            'expected #{this} to be ' + a + ' ' + type,
            'expected #{this} not to be ' + a + ' ' + type);
    }
    addChainable('a', assertType);
    addChainable('an', assertType);

    function include(value) {
        var object = flag(this, 'object'), deep = flag(this, 'deep');
        var descriptor = deep ? 'deep include' : 'include';
        var type = typeName(object);
        if (type === 'string') {
            this.assert(object.indexOf(value) !== -1,
                'expected #{this} to include #{exp}', 'expected #{this} to not include #{exp}', value);
            return;
        }
        if (type === 'array' || type === 'set' || type === 'map') {
            var list = type === 'map' ? Array.from(object.values()) : Array.from(object);
            // chai: `indexOf` for arrays, SameValueZero (NaN found) for sets and maps.
            var sameValueZero = type !== 'array';
            var found = list.some(function (item) {
                return deep ? deepEqual(item, value) : item === value || (sameValueZero && item !== item && value !== value);
            });
            this.assert(found,
                'expected #{this} to ' + descriptor + ' #{exp}', 'expected #{this} to not ' + descriptor + ' #{exp}', value);
            return;
        }
        if (object !== null && typeof object === 'object' && value !== null && typeof value === 'object') {
            var negate = flag(this, 'negate');
            var keys = Object.keys(value);
            var missing = keys.filter(function (k) {
                return !(k in object) || !(deep ? deepEqual(object[k], value[k]) : object[k] === value[k]);
            });
            if (negate ? missing.length === keys.length : missing.length === 0) { return; }
            var k = negate ? keys[0] : missing[0];
            var prop = (deep ? 'deep ' : '') + 'property ' + display(k);
            var text = negate
                ? 'expected #{this} to not have ' + prop + ' of ' + display(value[k])
                : (k in object
                    ? 'expected #{this} to have ' + prop + ' of ' + display(value[k]) + ', but got ' + display(object[k])
                    : 'expected #{this} to have ' + prop);
            fail(this, render(text, this));
        }
        fail(this, 'the given combination of arguments (' + typeName(object) + ' and ' + typeName(value) +
            ') is invalid for this assertion. You can use an array, a map, an object, a set, a string, ' +
            'or a weakset instead of a ' + typeName(value));
    }
    function includeChain() { setFlag(this, 'contains', true); }
    ['include', 'includes', 'contain', 'contains'].forEach(function (name) { addChainable(name, include, includeChain); });

    addProperty('ok', function () {
        this.assert(flag(this, 'object'), 'expected #{this} to be truthy', 'expected #{this} to be falsy');
    });
    addProperty('true', function () {
        this.assert(flag(this, 'object') === true, 'expected #{this} to be true', 'expected #{this} to be false',
            !flag(this, 'negate'));
    });
    addProperty('false', function () {
        this.assert(flag(this, 'object') === false, 'expected #{this} to be false', 'expected #{this} to be true',
            !!flag(this, 'negate'));
    });
    addProperty('null', function () {
        this.assert(flag(this, 'object') === null, 'expected #{this} to be null', 'expected #{this} not to be null');
    });
    addProperty('undefined', function () {
        this.assert(flag(this, 'object') === undefined, 'expected #{this} to be undefined', 'expected #{this} not to be undefined');
    });
    addProperty('NaN', function () {
        var object = flag(this, 'object');
        this.assert(object !== object, 'expected #{this} to be NaN', 'expected #{this} not to be NaN');
    });
    addProperty('exist', function () {
        var object = flag(this, 'object');
        this.assert(object !== null && object !== undefined, 'expected #{this} to exist', 'expected #{this} to not exist');
    });
    addProperty('finite', function () {
        var object = flag(this, 'object');
        this.assert(typeof object === 'number' && isFinite(object),
            'expected #{this} to be a finite number', 'expected #{this} to not be a finite number');
    });
    addProperty('empty', function () {
        var object = flag(this, 'object'), type = typeName(object), size;
        if (type === 'string' || type === 'array') { size = object.length; }
        else if (type === 'map' || type === 'set') { size = object.size; }
        else if (object !== null && typeof object === 'object') { size = Object.keys(object).length; }
        else { throw new TypeError('.empty was passed non-string primitive ' + display(object)); }
        this.assert(size === 0, 'expected #{this} to be empty', 'expected #{this} not to be empty');
    });
    function isArguments() {
        var object = flag(this, 'object');
        var type = object === null ? 'null' : object === undefined ? 'undefined' : Object.prototype.toString.call(object).slice(8, -1);
        this.assert(type === 'Arguments', 'expected #{this} to be arguments but got ' + type, 'expected #{this} to not be arguments');
    }
    addProperty('arguments', isArguments);
    addProperty('Arguments', isArguments);
    addProperty('extensible', function () {
        var object = flag(this, 'object');
        this.assert(object === Object(object) && Object.isExtensible(object),
            'expected #{this} to be extensible', 'expected #{this} to not be extensible');
    });
    addProperty('sealed', function () {
        var object = flag(this, 'object');
        this.assert(object !== Object(object) || Object.isSealed(object),
            'expected #{this} to be sealed', 'expected #{this} to not be sealed');
    });
    addProperty('frozen', function () {
        var object = flag(this, 'object');
        this.assert(object !== Object(object) || Object.isFrozen(object),
            'expected #{this} to be frozen', 'expected #{this} to not be frozen');
    });

    function equal(value) {
        if (flag(this, 'deep')) { return this.__do_eql(value); }
        var object = flag(this, 'object');
        this.assert(object === value, 'expected #{this} to equal #{exp}', 'expected #{this} to not equal #{exp}', value);
    }
    function eql(value) {
        this.assert(deepEqual(flag(this, 'object'), value),
            'expected #{this} to deeply equal #{exp}', 'expected #{this} to not deeply equal #{exp}', value);
    }
    ['equal', 'equals', 'eq'].forEach(function (name) { addMethod(name, equal); });
    addMethod('eql', eql);
    addMethod('eqls', eql);

    function compare(name, test, message, negated, lengthMessage) {
        return function (bound) {
            var object = flag(this, 'object');
            if (flag(this, 'doLength')) {
                var size = sizeOf(object);
                this.assert(test(size, bound), lengthMessage[0], lengthMessage[1], bound, size);
                return;
            }
            var numeric = typeof object === 'number' || object instanceof Date;
            if (!numeric || (typeof bound !== 'number' && !(bound instanceof Date))) {
                fail(this, numeric ? 'the argument to ' + name + ' must be a number'
                    : 'expected ' + display(object) + ' to be a number or a date');
            }
            this.assert(test(object, bound), message, negated, bound);
        };
    }
    var above = compare('above', function (a, b) { return a > b; },
        'expected #{this} to be above #{exp}', 'expected #{this} to be at most #{exp}',
        ['expected #{this} to have a length above #{exp} but got #{act}', 'expected #{this} to not have a length above #{exp}']);
    var least = compare('least', function (a, b) { return a >= b; },
        'expected #{this} to be at least #{exp}', 'expected #{this} to be below #{exp}',
        ['expected #{this} to have a length at least #{exp} but got #{act}', 'expected #{this} to have a length below #{exp}']);
    var below = compare('below', function (a, b) { return a < b; },
        'expected #{this} to be below #{exp}', 'expected #{this} to be at least #{exp}',
        ['expected #{this} to have a length below #{exp} but got #{act}', 'expected #{this} to not have a length below #{exp}']);
    var most = compare('most', function (a, b) { return a <= b; },
        'expected #{this} to be at most #{exp}', 'expected #{this} to be above #{exp}',
        ['expected #{this} to have a length at most #{exp} but got #{act}', 'expected #{this} to have a length above #{exp}']);
    ['above', 'gt', 'greaterThan'].forEach(function (n) { addMethod(n, above); });
    ['least', 'gte', 'greaterThanOrEqual'].forEach(function (n) { addMethod(n, least); });
    ['below', 'lt', 'lessThan'].forEach(function (n) { addMethod(n, below); });
    ['most', 'lte', 'lessThanOrEqual'].forEach(function (n) { addMethod(n, most); });

    addMethod('within', function (start, finish) {
        var object = flag(this, 'object');
        var range = start + '..' + finish;
        if (flag(this, 'doLength')) {
            var size = sizeOf(object);
            this.assert(size >= start && size <= finish,
                'expected #{this} to have a length within ' + range, 'expected #{this} to not have a length within ' + range);
            return;
        }
        this.assert(object >= start && object <= finish,
            'expected #{this} to be within ' + range, 'expected #{this} to not be within ' + range);
    });

    function instanceOf(constructor) {
        var name = constructor && constructor.name ? constructor.name : display(constructor);
        this.assert(flag(this, 'object') instanceof constructor,
            'expected #{this} to be an instance of ' + name, 'expected #{this} to not be an instance of ' + name);
    }
    addMethod('instanceof', instanceOf);
    addMethod('instanceOf', instanceOf);

    function property(name, value) {
        var flags = this.__flags, object = flags.object;
        var hasValue = arguments.length > 1;
        var exists = false, found;
        if (flags.nested) {
            var info = nestedInfo(object, name);
            exists = info.exists;
            found = info.value;
        } else if (object !== null && object !== undefined) {
            if (flags.own) { exists = Object.prototype.hasOwnProperty.call(object, name); }
            else { exists = name in (typeof object === 'object' || typeof object === 'function' ? object : Object(object)); }
            found = object[name];
        }
        if ((!hasValue || !flags.negate) && !holds(this, exists)) {
            var what = propertyWords(flags) + display(name);
            this.assert(exists, 'expected #{this} to have ' + what, 'expected #{this} to not have ' + what);
        }
        var matches = hasValue && exists && (flags.deep ? deepEqual(value, found) : value === found);
        if (hasValue && !holds(this, matches)) {
            var words = propertyWords(flags) + display(name);
            this.assert(matches,
                'expected #{this} to have ' + words + ' of #{exp}, but got #{act}',
                'expected #{this} to not have ' + words + ' of #{act}',
                value, found);
        }
        flags.object = found;
    }
    function propertyWords(flags) {
        return (flags.deep ? 'deep ' : '') + (flags.own ? 'own ' : '') + (flags.nested ? 'nested ' : '') + 'property ';
    }
    addMethod('property', property);
    function ownProperty(...args) { setFlag(this, 'own', true); return invoke(this, '__do_property', args); }
    addMethod('ownProperty', ownProperty);
    addMethod('haveOwnProperty', ownProperty);

    function lengthOf(n) {
        var size = sizeOf(flag(this, 'object'));
        this.assert(size === n, 'expected #{this} to have a length of #{exp} but got #{act}',
            'expected #{this} to not have a length of #{act}', n, size);
    }
    function lengthChain() { setFlag(this, 'doLength', true); }
    addChainable('length', lengthOf, lengthChain);
    addChainable('lengthOf', lengthOf, lengthChain);

    function match(re) {
        this.assert(re.exec(flag(this, 'object')),
            'expected #{this} to match ' + re, 'expected #{this} not to match ' + re);
    }
    addMethod('match', match);
    addMethod('matches', match);

    addMethod('string', function (text) {
        this.assert(String(flag(this, 'object')).indexOf(text) !== -1,
            'expected #{this} to contain ' + display(text), 'expected #{this} to not contain ' + display(text));
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
        deepEqual: deepEqual,
        nested: nestedInfo,
        typeName: typeName,
        fail: fail
    };
})(function (value) { return __lazy('inspect.js').display(value); });
