// chai's common assertions (type, include, equality, comparisons,
// property, length, match, …), with chai 4's wording. The host settles
// those that hold natively (src/script/assert.rs); these implementations
// are for everything else, so they are parsed the first time one is needed
// (`addLater` in expect.js). The file's value is a function of expect.js's
// helpers; it returns the implementations by kind.
0, function (inner) {
    'use strict';

    var flag = inner.flag, setFlag = inner.setFlag, holds = inner.holds, render = inner.render;
    var fail = inner.fail, invoke = inner.invoke, display = inner.display;
    var typeName = inner.typeName, article = inner.article, deepEqual = inner.deepEqual;
    var nestedInfo = inner.nestedInfo, chainFlags = inner.chainFlags;

    var made = { property: {}, method: {}, chainable: {} };
    function addProperty(name, fn) { made.property[name] = fn; }
    function addMethod(name, fn) { made.method[name] = fn; }
    function addChainable(name, fn, chain) { made.chainable[name] = [fn, chain]; }

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
            // chai asks `property(key, value)` of each key, with this
            // assertion's flags (`own`, `nested`, `deep`, `not`). Negated, it
            // fails only when every key's assertion fails (all of them match).
            var keys = Object.keys(value), negate = flag(this, 'negate');
            var firstError = null, errors = 0;
            for (var i = 0; i < keys.length; i++) {
                var probe = Object.create(Object.getPrototypeOf(this));
                probe.__flags = Object.assign({}, this.__flags);
                if (!negate || keys.length === 1) {
                    probe.__do_property(keys[i], value[keys[i]]);
                    continue;
                }
                try {
                    probe.__do_property(keys[i], value[keys[i]]);
                } catch (error) {
                    if (!(error instanceof inner.AssertionError)) { throw error; }
                    if (firstError === null) { firstError = error; }
                    errors++;
                }
            }
            if (negate && keys.length > 1 && errors === keys.length) { throw firstError; }
            return;
        }
        fail(this, 'the given combination of arguments (' + typeName(object) + ' and ' + typeName(value) +
            ') is invalid for this assertion. You can use an array, a map, an object, a set, a string, ' +
            'or a weakset instead of a ' + typeName(value));
    }
    function includeChain() { setFlag(this, chainFlags.include, true); }
    ['include', 'includes', 'contain', 'contains'].forEach(function (name) { addChainable(name, include, includeChain); });

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

    // chai's guard before counting: a target without `length` (a Map or Set
    // counts its `size`) fails as `.to.have.property('length')` would.
    function lengthGuard(assertion, object, type) {
        if (type === 'map' || type === 'set') { return; }
        if (object === null || object === undefined) { fail(assertion, 'Target cannot be null or undefined.'); }
        if (!('length' in Object(object))) {
            fail(assertion, 'expected ' + display(object) + " to have property 'length'");
        }
    }
    // What chai counts, and names, for `length`/`lengthOf`.
    function counted(object, type) {
        return type === 'map' || type === 'set' ? ['size', object.size] : ['length', object.length];
    }
    // chai's own rendering of a target it refuses in a message of its own.
    function printed(object, type) { return type === 'string' ? "'" + object + "'" : object; }

    // `above` and its three companions, as chai 4's: a date against a date,
    // a number against a number, or with `length` a count against a number.
    function compare(name, test, message, negated, lengthWords) {
        return function (bound) {
            var object = flag(this, 'object'), doLength = flag(this, chainFlags.length);
            var type = typeName(object), boundType = typeName(bound);
            if (doLength) { lengthGuard(this, object, type); }
            if (!doLength && type === 'date' && boundType !== 'date') {
                fail(this, 'the argument to ' + name + ' must be a date');
            } else if (boundType !== 'number' && (doLength || type === 'number')) {
                fail(this, 'the argument to ' + name + ' must be a number');
            } else if (!doLength && type !== 'date' && type !== 'number') {
                fail(this, 'expected ' + printed(object, type) + ' to be a number or a date');
            }
            if (doLength) {
                var count = counted(object, type);
                this.assert(test(count[1], bound), 'expected #{this} to have a ' + count[0] + ' ' + lengthWords[0] + ' #{exp} but got #{act}',
                    'expected #{this} to ' + lengthWords[1].replace('#', count[0]) + ' #{exp}', bound, count[1]);
                return;
            }
            this.assert(test(object, bound), message, negated, bound);
        };
    }
    var above = compare('above', function (a, b) { return a > b; },
        'expected #{this} to be above #{exp}', 'expected #{this} to be at most #{exp}', ['above', 'not have a # above']);
    var least = compare('least', function (a, b) { return a >= b; },
        'expected #{this} to be at least #{exp}', 'expected #{this} to be below #{exp}', ['at least', 'have a # below']);
    var below = compare('below', function (a, b) { return a < b; },
        'expected #{this} to be below #{exp}', 'expected #{this} to be at least #{exp}', ['below', 'not have a # below']);
    var most = compare('most', function (a, b) { return a <= b; },
        'expected #{this} to be at most #{exp}', 'expected #{this} to be above #{exp}', ['at most', 'have a # above']);
    ['above', 'gt', 'greaterThan'].forEach(function (n) { addMethod(n, above); });
    ['least', 'gte', 'greaterThanOrEqual'].forEach(function (n) { addMethod(n, least); });
    ['below', 'lt', 'lessThan'].forEach(function (n) { addMethod(n, below); });
    ['most', 'lte', 'lessThanOrEqual'].forEach(function (n) { addMethod(n, most); });

    addMethod('within', function (start, finish) {
        var object = flag(this, 'object'), doLength = flag(this, chainFlags.length);
        var type = typeName(object), startType = typeName(start), finishType = typeName(finish);
        var range = startType === 'date' && finishType === 'date'
            ? start.toISOString() + '..' + finish.toISOString() : start + '..' + finish;
        if (doLength) { lengthGuard(this, object, type); }
        if (!doLength && type === 'date' && (startType !== 'date' || finishType !== 'date')) {
            fail(this, 'the arguments to within must be dates');
        } else if ((startType !== 'number' || finishType !== 'number') && (doLength || type === 'number')) {
            fail(this, 'the arguments to within must be numbers');
        } else if (!doLength && type !== 'date' && type !== 'number') {
            fail(this, 'expected ' + printed(object, type) + ' to be a number or a date');
        }
        if (doLength) {
            var count = counted(object, type);
            this.assert(count[1] >= start && count[1] <= finish,
                'expected #{this} to have a ' + count[0] + ' within ' + range, 'expected #{this} to not have a ' + count[0] + ' within ' + range);
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

    // As chai's: counted loosely (`lengthOf('2')` holds for two items).
    function lengthOf(n) {
        var object = flag(this, 'object'), type = typeName(object);
        lengthGuard(this, object, type);
        var count = counted(object, type);
        // eslint-disable-next-line eqeqeq
        this.assert(count[1] == n, 'expected #{this} to have a ' + count[0] + ' of #{exp} but got #{act}',
            'expected #{this} to not have a ' + count[0] + ' of #{act}', n, count[1]);
    }
    function lengthChain() { setFlag(this, chainFlags.length, true); }
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

    return made;
}
