// What ajv.js and tv4.js share: the host's errors with their paths made
// from the data (an index stays a number only where the data is an array).
0, function (host) {
    'use strict';

    var IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

    // `{ keyword, path, schemaPath, params, message }` from the host (in
    // the order ajv reports them when `inAjvOrder`), with
    // `segments`: each path step, a number where it indexes an array.
    function errors(schema, data, draft, formats, inAjvOrder) {
        var found = host.schemaErrors(schema, data, draft, formats, inAjvOrder);
        // Valid data, the usual case: boa's `map` costs more than the check.
        if (!found.length) { return found; }
        return found.map(function (error) {
            var node = data;
            error.segments = error.path.map(function (step) {
                var index = Array.isArray(node) && /^\d+$/.test(step) ? Number(step) : step;
                node = node !== null && node !== undefined ? node[index] : undefined;
                return index;
            });
            return error;
        });
    }

    // ajv 6's `dataPath`: `.name`, `[0]`, `['x-y']`.
    function dataPath(segments) {
        return segments.map(function (step) {
            if (typeof step === 'number') { return '[' + step + ']'; }
            return IDENTIFIER.test(step) ? '.' + step : "['" + step.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "']";
        }).join('');
    }

    // A JSON pointer: `/a/0`.
    function pointer(segments) {
        return segments.map(function (step) { return '/' + String(step).replace(/~/g, '~0').replace(/\//g, '~1'); }).join('');
    }

    // Throws, naming the problem, when the schema does not compile.
    function compiles(schema, draft, formats) { host.schemaCompiles(schema, draft, formats); }

    return { errors: errors, compiles: compiles, dataPath: dataPath, pointer: pointer };
}(__host);
