// The rarer parts of the SDK objects `pm` hands out (a response's
// `details`, `dataURI` and `encoding`, a scope's `values`), parsed the
// first time a script asks for one: most never do.
(function (host) {
    'use strict';

    // A VariableList item: `get()`, and its own fields as JSON.
    var VARIABLE = {
        get: function () { return this.value; },
        toJSON: function () {
            var out = {};
            for (var k in this) { if (Object.prototype.hasOwnProperty.call(this, k)) { out[k] = this[k]; } }
            return out;
        }
    };

    return {
        // The SDK's: `detail` is the reason phrase here (the http-reasons
        // sentences are not carried; PARITY.md).
        details: function (response) {
            return { name: response.status, detail: response.status, code: response.code, standardName: response.status };
        },
        // The body as a data URI of its content type.
        dataURI: function (response) {
            var type = response.contentInfo().contentType;
            return type ? 'data:' + type + ';base64, ' + response.stream.toString('base64') : '';
        },
        // The Content-Encoding header, or gzip by its magic bytes.
        encoding: function (response) {
            var format = response.headers.get('content-encoding'), source, body = host.bodyBytes(response);
            if (format) {
                source = 'header';
            } else if (body[0] === 0x1F && body[1] === 0x8B && body[2] === 0x8) {
                format = 'gzip';
                source = 'body';
            }
            return { format: format, source: source };
        },
        // A scope's own variables as a list (a copy), as Newman's `values`.
        scopeValues: function (json, PropertyList) {
            return new PropertyList(json.values.map(function (v) { return Object.assign(Object.create(VARIABLE), v); }));
        }
    };
})(__host);
