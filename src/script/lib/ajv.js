// ajv 6.12's API (what postman-sandbox bundles): `new Ajv(options)`,
// `validate`, `compile`, `addSchema`/`getSchema`, `errorsText`, with ajv's
// error objects. Validation runs on the `jsonschema` crate
// (`host/schema.rs`); by default the first error only, as ajv without
// `allErrors`.
0, function (common) {
    'use strict';

    function Ajv(options) {
        if (!(this instanceof Ajv)) { return new Ajv(options); }
        this._opts = options || {};
        this._schemas = {};
        this.errors = null;
    }

    // Made once: boa compiles a regular expression literal each time it is
    // evaluated, and this runs twice per validation.
    var DRAFT_4 = /draft-04/, DRAFT_6 = /draft-06/;
    function draftOf(schema) {
        var declared = schema && typeof schema === 'object' ? String(schema.$schema || '') : '';
        return DRAFT_4.test(declared) ? 4 : DRAFT_6.test(declared) ? 6 : 7;
    }

    // The schema's value at a JSON pointer (`#/a/b`).
    function at(schema, pointer) {
        return pointer.replace(/^#/, '').split('/').slice(1).reduce(function (node, step) {
            return node == null ? node : node[step.replace(/~1/g, '/').replace(/~0/g, '~')];
        }, schema);
    }

    // ajv 6 without allErrors names a required property that `properties`
    // gives no rules for as a path (`.name`, `['x-y']`), in params and message.
    function requiredAsPath(error, schema) {
        var parent = at(schema, error.schemaPath.replace(/\/required$/, ''));
        var name = error.params.missingProperty;
        var own = parent && parent.properties && parent.properties[name];
        if (own && typeof own === 'object' && Object.keys(own).length) { return; }
        var path = common.dataPath([name]);
        error.params = { missingProperty: path };
        error.message = "should have required property '" + path + "'";
    }

    function ajvErrors(ajv, schema, data) {
        var found = common.errors(schema, data, draftOf(schema), ajv._opts.format !== false, true);
        if (!found.length) { return null; }
        var all = found.map(function (error) {
            var out = { keyword: error.keyword, dataPath: common.dataPath(error.segments), schemaPath: error.schemaPath, params: error.params, message: error.message };
            if (error.propertyName !== undefined) { out.propertyName = error.propertyName; }
            if (out.keyword === 'required' && !ajv._opts.allErrors) { requiredAsPath(out, schema); }
            out.group = error.group;
            if (ajv._opts.jsonPointers) { out.dataPath = common.pointer(error.segments); }
            if (ajv._opts.verbose) { out.schema = undefined; out.data = error.segments.reduce(function (n, s) { return n == null ? n : n[s]; }, data); }
            return out;
        });
        // Without allErrors ajv stops at the first failing keyword, with the
        // errors that keyword collected (an anyOf's branches).
        var first = all.length ? all[0].group : -1;
        var kept = ajv._opts.allErrors ? all : all.filter(function (e) { return e.group === first; });
        kept.forEach(function (e) { delete e.group; });
        return kept.length ? kept : null;
    }

    Ajv.prototype.compile = function (schema) {
        var ajv = this;
        common.compiles(schema, draftOf(schema), ajv._opts.format !== false); // throws if the schema does not compile
        var validate = function (data) {
            validate.errors = ajvErrors(ajv, schema, data);
            return validate.errors === null;
        };
        validate.schema = schema;
        validate.errors = null;
        return validate;
    };
    Ajv.prototype.validate = function (schemaOrKey, data) {
        var byKey = typeof schemaOrKey === 'string', schema = byKey ? this._schemas[schemaOrKey] : schemaOrKey;
        if (byKey && schema === undefined) { throw new Error('no schema with key or ref "' + schemaOrKey + '"'); }
        // One trip to the host, which throws as `compile` does on a schema
        // that does not compile.
        this.errors = ajvErrors(this, schema, data);
        return this.errors === null;
    };
    Ajv.prototype.addSchema = function (schema, key) {
        var self = this;
        if (Array.isArray(schema)) { schema.forEach(function (s) { self.addSchema(s); }); return this; }
        var id = key || schema.$id || schema.id;
        if (id === undefined) { throw new Error('schema should have id or key'); }
        this._schemas[id] = schema;
        return this;
    };
    Ajv.prototype.getSchema = function (key) {
        var schema = this._schemas[key];
        return schema === undefined ? undefined : this.compile(schema);
    };
    Ajv.prototype.removeSchema = function (key) { if (key === undefined) { this._schemas = {}; } else { delete this._schemas[typeof key === 'string' ? key : key.$id]; } return this; };
    Ajv.prototype.addMetaSchema = function () { return this; };
    Ajv.prototype.addFormat = function () { return this; };
    Ajv.prototype.addKeyword = function () { return this; };
    Ajv.prototype.validateSchema = function () { this.errors = null; return true; };
    Ajv.prototype.errorsText = function (errors, options) {
        errors = errors === undefined ? this.errors : errors;
        if (!errors) { return 'No errors'; }
        options = options || {};
        var separator = options.separator === undefined ? ', ' : options.separator;
        var dataVar = options.dataVar === undefined ? 'data' : options.dataVar;
        return errors.map(function (e) { return dataVar + e.dataPath + ' ' + e.message; }).join(separator);
    };
    return Ajv;
}(__lazy('lib/schema-common.js'));
