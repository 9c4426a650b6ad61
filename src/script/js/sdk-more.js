// The rarer methods of a response the SDK has (`details`, `dataURI`,
// `encoding`), parsed the first time a script calls one: most never do.
0, function (host) {
    'use strict';

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
        }
    };
}(__host);
