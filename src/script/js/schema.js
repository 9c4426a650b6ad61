// A JSON Schema (draft-07) validator for `to.have.jsonSchema`, reporting
// errors the way Newman's validator words them (`data.name should be string`).
// Loaded on first use (`__lazy('schema.js')`).
(function (deepEqual) {
    'use strict';

    function typeOf(value) {
        if (value === null) { return 'null'; }
        if (Array.isArray(value)) { return 'array'; }
        if (typeof value === 'number') { return Number.isInteger(value) ? 'integer' : 'number'; }
        return typeof value;
    }

    function matchesType(value, type) {
        var actual = typeOf(value);
        return actual === type || (type === 'number' && actual === 'integer');
    }

    var IDENTIFIER = /^[A-Za-z_$][\w$]*$/, REF_ROOT = /^#\//, TILDE_ONE = /~1/g, TILDE_ZERO = /~0/g;

    function child(path, key) {
        if (typeof key === 'number') { return path + '[' + key + ']'; }
        return IDENTIFIER.test(key) ? path + '.' + key : path + "['" + key + "']";
    }

    var FORMATS = {
        email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
        uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/,
        'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/,
        date: /^\d{4}-\d{2}-\d{2}$/,
        uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
        ipv4: /^(\d{1,3}\.){3}\d{1,3}$/
    };

    function resolveRef(root, ref) {
        if (ref === '#') { return root; }
        return ref.replace(REF_ROOT, '').split('/').reduce(function (node, part) {
            return node === undefined ? undefined : node[part.replace(TILDE_ONE, '/').replace(TILDE_ZERO, '~')];
        }, root);
    }

    function validate(schema, data, path, root, errors) {
        if (schema === true || schema === undefined) { return; }
        if (schema === false) { errors.push(path + ' boolean schema is false'); return; }
        if (schema.$ref) { validate(resolveRef(root, schema.$ref), data, path, root, errors); return; }
        var fail = function (message) { errors.push(path + ' ' + message); };
        if (schema.type !== undefined) {
            var types = [].concat(schema.type);
            if (!types.some(function (t) { return matchesType(data, t); })) {
                fail('should be ' + types.join(','));
                return;
            }
        }
        if (schema.enum && !schema.enum.some(function (v) { return deepEqual(v, data); })) {
            fail('should be equal to one of the allowed values');
        }
        if ('const' in schema && !deepEqual(schema.const, data)) { fail('should be equal to constant'); }
        if (typeof data === 'number') {
            if (schema.minimum !== undefined && data < schema.minimum) { fail('should be >= ' + schema.minimum); }
            if (schema.maximum !== undefined && data > schema.maximum) { fail('should be <= ' + schema.maximum); }
            if (typeof schema.exclusiveMinimum === 'number' && data <= schema.exclusiveMinimum) { fail('should be > ' + schema.exclusiveMinimum); }
            if (typeof schema.exclusiveMaximum === 'number' && data >= schema.exclusiveMaximum) { fail('should be < ' + schema.exclusiveMaximum); }
            if (schema.multipleOf && data / schema.multipleOf % 1 !== 0) { fail('should be multiple of ' + schema.multipleOf); }
        }
        if (typeof data === 'string') {
            var length = Array.from(data).length;
            if (schema.minLength !== undefined && length < schema.minLength) {
                fail('should NOT be shorter than ' + schema.minLength + ' characters');
            }
            if (schema.maxLength !== undefined && length > schema.maxLength) {
                fail('should NOT be longer than ' + schema.maxLength + ' characters');
            }
            if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(data)) {
                fail('should match pattern "' + schema.pattern + '"');
            }
            if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format].test(data)) {
                fail('should match format "' + schema.format + '"');
            }
        }
        if (Array.isArray(data)) {
            if (schema.minItems !== undefined && data.length < schema.minItems) { fail('should NOT have fewer than ' + schema.minItems + ' items'); }
            if (schema.maxItems !== undefined && data.length > schema.maxItems) { fail('should NOT have more than ' + schema.maxItems + ' items'); }
            if (schema.uniqueItems) {
                for (var i = data.length - 1; i > 0; i--) {
                    for (var j = i - 1; j >= 0; j--) {
                        if (deepEqual(data[i], data[j])) {
                            fail('should NOT have duplicate items (items ## ' + j + ' and ' + i + ' are identical)');
                            i = 0;
                            break;
                        }
                    }
                }
            }
            if (Array.isArray(schema.items)) {
                schema.items.forEach(function (s, index) {
                    if (index < data.length) { validate(s, data[index], child(path, index), root, errors); }
                });
            } else if (schema.items !== undefined) {
                data.forEach(function (item, index) { validate(schema.items, item, child(path, index), root, errors); });
            }
            if (schema.contains !== undefined && !data.some(function (item) {
                var inner = [];
                validate(schema.contains, item, path, root, inner);
                return inner.length === 0;
            })) { fail('should contain a valid item'); }
        }
        if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
            var keys = Object.keys(data);
            (schema.required || []).forEach(function (name) {
                if (!(name in data)) { fail("should have required property '" + name + "'"); }
            });
            if (schema.minProperties !== undefined && keys.length < schema.minProperties) { fail('should NOT have fewer than ' + schema.minProperties + ' properties'); }
            if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) { fail('should NOT have more than ' + schema.maxProperties + ' properties'); }
            var properties = schema.properties || {};
            var patterns = schema.patternProperties || {};
            keys.forEach(function (key) {
                var known = key in properties;
                if (known) { validate(properties[key], data[key], child(path, key), root, errors); }
                Object.keys(patterns).forEach(function (p) {
                    if (new RegExp(p).test(key)) { known = true; validate(patterns[p], data[key], child(path, key), root, errors); }
                });
                if (!known && schema.additionalProperties === false) {
                    fail('should NOT have additional properties');
                } else if (!known && typeof schema.additionalProperties === 'object') {
                    validate(schema.additionalProperties, data[key], child(path, key), root, errors);
                }
            });
        }
        var passes = function (s) { var inner = []; validate(s, data, path, root, inner); return inner.length === 0; };
        if (schema.allOf) { schema.allOf.forEach(function (s) { validate(s, data, path, root, errors); }); }
        if (schema.anyOf && !schema.anyOf.some(passes)) { fail('should match some schema in anyOf'); }
        if (schema.oneOf && schema.oneOf.filter(passes).length !== 1) { fail('should match exactly one schema in oneOf'); }
        if (schema.not !== undefined && passes(schema.not)) { fail('should NOT be valid'); }
        if (schema.if !== undefined) {
            if (passes(schema.if)) { validate(schema.then, data, path, root, errors); }
            else { validate(schema.else, data, path, root, errors); }
        }
    }

    return function (schema, data) {
        var errors = [];
        validate(schema, data, 'data', schema, errors);
        return errors;
    };
})(__expect.deepEqual);
