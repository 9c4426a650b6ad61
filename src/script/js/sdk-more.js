// The rarer methods of a response the SDK has (`details`, `dataURI`,
// `encoding`, `jsonp`, `replaceIn` of objects), parsed the first time a script calls one: most never do.
0, function (host) {
    'use strict';

    var JSONP_LEFT = /^[^{(].*\(/, JSONP_RIGHT = /\)[^}].*$|\)$/;

    return {
        // The SDK's: `detail` is the reason phrase here (the http-reasons
        // sentences are not carried; PARITY.md).
        details: function (response) {
            return { name: response.status, detail: response.status, code: response.code, standardName: response.status };
        },
        // The SDK's: the body without a JSONP callback around it
        // (`callback({...})`), parsed as `json()` parses.
        jsonp: function (response, reviver) {
            var text = (response.text() || '').replace(JSONP_LEFT, '').replace(JSONP_RIGHT, '');
            return reviver === undefined ? JSON.parse(text) : JSON.parse(text, reviver);
        },
        // `replaceIn` of an object or array, as the SDK's (lodash's
        // `mergeWith` into a new object): the top level is copied, its
        // inherited enumerable keys too; nested objects and arrays are
        // resolved in place, as lodash leaves them.
        replaceIn: function (scope, template) {
            function resolved(value) {
                if (typeof value === 'string' || value instanceof String) { return scope.replaceIn(String(value)); }
                if (value !== null && typeof value === 'object') {
                    Object.keys(value).forEach(function (key) { value[key] = resolved(value[key]); });
                }
                return value;
            }
            if (Array.isArray(template)) { return resolved(template); }
            var out = {};
            for (var key in template) { out[key] = resolved(template[key]); }
            return out;
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
        }
    };
}(__host);
