// tv4 1.3's API (the sandbox's `tv4` global and module): `validate`,
// `validateResult`, `validateMultiple`, `addSchema`, with tv4's error codes
// and messages. Draft 4, formats unchecked, as tv4; validation runs on the
// `jsonschema` crate (`host/schema.rs`).
0, function (common) {
    'use strict';

    var CODES = {
        INVALID_TYPE: 0, ENUM_MISMATCH: 1, ANY_OF_MISSING: 10, ONE_OF_MISSING: 11, ONE_OF_MULTIPLE: 12, NOT_PASSED: 13,
        NUMBER_MULTIPLE_OF: 100, NUMBER_MINIMUM: 101, NUMBER_MINIMUM_EXCLUSIVE: 102, NUMBER_MAXIMUM: 103, NUMBER_MAXIMUM_EXCLUSIVE: 104,
        NUMBER_NOT_A_NUMBER: 105, STRING_LENGTH_SHORT: 200, STRING_LENGTH_LONG: 201, STRING_PATTERN: 202,
        OBJECT_PROPERTIES_MINIMUM: 300, OBJECT_PROPERTIES_MAXIMUM: 301, OBJECT_REQUIRED: 302, OBJECT_ADDITIONAL_PROPERTIES: 303,
        OBJECT_DEPENDENCY_KEY: 304, ARRAY_LENGTH_SHORT: 400, ARRAY_LENGTH_LONG: 401, ARRAY_UNIQUE: 402, ARRAY_ADDITIONAL_ITEMS: 403,
        FORMAT_CUSTOM: 500, KEYWORD_CUSTOM: 501, CIRCULAR_REFERENCE: 600, UNKNOWN_PROPERTY: 1000
    };

    function typeName(value) {
        if (value === null) { return 'null'; }
        if (Array.isArray(value)) { return 'array'; }
        return typeof value;
    }

    function ValidationError(code, message, params, dataPath, schemaPath) {
        Error.call(this);
        this.message = message;
        this.params = params;
        this.code = code;
        this.dataPath = dataPath;
        this.schemaPath = schemaPath;
        this.subErrors = null;
        this.stack = new Error(message).stack;
    }
    ValidationError.prototype = Object.create(Error.prototype);
    ValidationError.prototype.constructor = ValidationError;
    ValidationError.prototype.name = 'ValidationError';

    // The schema's value at a JSON pointer.
    function at(schema, pointer) {
        return pointer.split('/').slice(1).reduce(function (node, step) {
            return node == null ? node : node[step.replace(/~1/g, '/').replace(/~0/g, '~')];
        }, schema);
    }

    // tv4's pair of equal items: the first, counting from the start.
    function firstDuplicate(items) {
        for (var i = 0; i < items.length; i++) {
            for (var j = i + 1; j < items.length; j++) {
                if (JSON.stringify(items[i]) === JSON.stringify(items[j])) { return [i, j]; }
            }
        }
        return [0, 0];
    }

    // The neutral error as tv4 words it.
    function tv4Error(error, data) {
        var value = error.segments.reduce(function (node, step) { return node == null ? node : node[step]; }, data);
        var p = error.params, dataPath = common.pointer(error.segments), schemaPath = error.evaluationPath;
        function make(code, message, params) { return new ValidationError(code, message, params, dataPath, schemaPath); }
        switch (error.keyword) {
            case 'type': return make(CODES.INVALID_TYPE, 'Invalid type: ' + typeName(value) + ' (expected ' + p.type.split(',').join('/') + ')', { type: typeName(value), expected: p.type.split(',').join('/') });
            // tv4 files enum failures under "type".
            case 'enum': schemaPath = schemaPath.replace(/\/enum$/, '/type'); return make(CODES.ENUM_MISMATCH, 'No enum match for: ' + JSON.stringify(value), { value: JSON.stringify(value) });
            case 'oneOf':
                if (p.passingSchemas) {
                    return make(CODES.ONE_OF_MULTIPLE, 'Data is valid against more than one schema from "oneOf": indices ' + p.passingSchemas[0] + ' and ' + p.passingSchemas[1], { index1: p.passingSchemas[0], index2: p.passingSchemas[1] });
                }
                return make(CODES.ONE_OF_MISSING, 'Data does not match any schemas from "oneOf"', {});
            case 'dependencies':
                schemaPath = schemaPath + '/' + p.property + '/' + p.deps.split(', ').indexOf(p.missingProperty.slice(1));
                return make(CODES.OBJECT_DEPENDENCY_KEY, 'Dependency failed - key must exist: ' + p.missingProperty.slice(1) + ' (due to key: ' + p.property + ')', { key: p.property, missing: p.missingProperty.slice(1) });
            case 'anyOf': return make(CODES.ANY_OF_MISSING, 'Data does not match any schemas from "anyOf"', {});
            case 'not': return make(CODES.NOT_PASSED, 'Data matches schema from "not"', {});
            // tv4 leaves the keyword out of this one's path.
            case 'multipleOf': schemaPath = schemaPath.replace(/\/multipleOf$/, ''); return make(CODES.NUMBER_MULTIPLE_OF, 'Value ' + value + ' is not a multiple of ' + p.multipleOf, { value: value, multipleOf: p.multipleOf });
            case 'minimum': case 'exclusiveMinimum':
                return p.exclusive
                    ? make(CODES.NUMBER_MINIMUM_EXCLUSIVE, 'Value ' + value + ' is equal to exclusive minimum ' + p.limit, { value: value, minimum: p.limit })
                    : make(CODES.NUMBER_MINIMUM, 'Value ' + value + ' is less than minimum ' + p.limit, { value: value, minimum: p.limit });
            case 'maximum': case 'exclusiveMaximum':
                return p.exclusive
                    ? make(CODES.NUMBER_MAXIMUM_EXCLUSIVE, 'Value ' + value + ' is equal to exclusive maximum ' + p.limit, { value: value, maximum: p.limit })
                    : make(CODES.NUMBER_MAXIMUM, 'Value ' + value + ' is greater than maximum ' + p.limit, { value: value, maximum: p.limit });
            case 'minLength': return make(CODES.STRING_LENGTH_SHORT, 'String is too short (' + value.length + ' chars), minimum ' + p.limit, { length: value.length, minimum: p.limit });
            case 'maxLength': return make(CODES.STRING_LENGTH_LONG, 'String is too long (' + value.length + ' chars), maximum ' + p.limit, { length: value.length, maximum: p.limit });
            case 'pattern': return make(CODES.STRING_PATTERN, 'String does not match pattern: ' + p.pattern, { pattern: p.pattern });
            case 'minProperties': return make(CODES.OBJECT_PROPERTIES_MINIMUM, 'Too few properties defined (' + Object.keys(value).length + '), minimum ' + p.limit, { propertyCount: Object.keys(value).length, minimum: p.limit });
            case 'maxProperties': return make(CODES.OBJECT_PROPERTIES_MAXIMUM, 'Too many properties defined (' + Object.keys(value).length + '), maximum ' + p.limit, { propertyCount: Object.keys(value).length, maximum: p.limit });
            case 'required': {
                var list = at(error.schema, error.schemaPath.replace(/^#/, ''));
                schemaPath += '/' + (Array.isArray(list) ? list.indexOf(p.missingProperty) : 0);
                return make(CODES.OBJECT_REQUIRED, 'Missing required property: ' + p.missingProperty, { key: p.missingProperty });
            }
            case 'additionalProperties': {
                var extra = make(CODES.OBJECT_ADDITIONAL_PROPERTIES, 'Additional properties not allowed', { key: p.additionalProperty });
                extra.dataPath = dataPath + '/' + String(p.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1');
                return extra;
            }
            case 'minItems': return make(CODES.ARRAY_LENGTH_SHORT, 'Array is too short (' + value.length + '), minimum ' + p.limit, { length: value.length, minimum: p.limit });
            case 'maxItems': return make(CODES.ARRAY_LENGTH_LONG, 'Array is too long (' + value.length + '), maximum ' + p.limit, { length: value.length, maximum: p.limit });
            case 'uniqueItems': {
                var pair = firstDuplicate(value);
                return make(CODES.ARRAY_UNIQUE, 'Array items are not unique (indices ' + pair[0] + ' and ' + pair[1] + ')', { match1: pair[0], match2: pair[1] });
            }
            case 'additionalItems': return make(CODES.ARRAY_ADDITIONAL_ITEMS, 'Additional items not allowed', {});
            default: return make(CODES.KEYWORD_CUSTOM, error.message, { key: error.keyword });
        }
    }

    var schemas = {};
    function resolve(schema) { return typeof schema === 'string' ? schemas[schema] : schema; }
    function run(data, schema) {
        schema = resolve(schema);
        if (schema === undefined) { return { errors: [], missing: [] }; }
        // tv4 reports the failing keyword, not the errors inside an anyOf.
        var errors = common.errors(schema, data, 4, false).filter(function (e) {
            // A number under exclusiveMinimum/Maximum is a later draft's: tv4 ignores it.
            var later = /^exclusiveM/.test(e.keyword) && typeof at(schema, e.schemaPath.replace(/^#/, '')) === 'number';
            return !e.sub && !later;
        });
        return { errors: errors.map(function (e) { e.schema = schema; return tv4Error(e, data); }), missing: [] };
    }

    var tv4 = {
        error: null,
        missing: [],
        errorCodes: CODES,
        validate: function (data, schema) {
            var result = run(data, schema);
            tv4.error = result.errors.length ? result.errors[0] : null;
            tv4.missing = result.missing;
            return tv4.error === null;
        },
        validateResult: function (data, schema) {
            var result = run(data, schema);
            var error = result.errors.length ? result.errors[0] : null;
            return { missing: result.missing, valid: error === null, error: error };
        },
        validateMultiple: function (data, schema) {
            var result = run(data, schema);
            return { errors: result.errors, missing: result.missing, valid: result.errors.length === 0 };
        },
        addSchema: function (uri, schema) {
            if (typeof uri === 'object') { schema = uri; uri = schema.id; }
            schemas[uri] = schema;
            return true;
        },
        getSchema: function (uri) { return schemas[uri]; },
        getSchemaUris: function () { return Object.keys(schemas); },
        getMissingUris: function () { return []; },
        dropSchemas: function () { schemas = {}; },
        reset: function () { schemas = {}; tv4.error = null; tv4.missing = []; },
        addFormat: function () {},
        defineKeyword: function () {},
        normSchema: function (schema) { return schema; },
        ValidationError: ValidationError,
        freshApi: function () { return tv4; }
    };
    return tv4;
}(__lazy('lib/schema-common.js'));
