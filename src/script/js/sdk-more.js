// The rarer methods of a response the SDK has (`details`, `dataURI`,
// `encoding`, `jsonp`, `contentInfo`, `replaceIn` of objects) and
// `JSON.parse`'s rare reviver path, parsed the first time a script calls
// one: most never do.
0, function (host) {
    'use strict';

    var JSONP_LEFT = /^[^{(].*\(/, JSONP_RIGHT = /\)[^}].*$|\)$/;

    // ---- contentInfo ----
    // The few types whose kind mime-format's table gives where its rules
    // would guess another; its rules do the rest (`guessKind`).
    var KINDS = {
        'application/x-www-form-urlencoded': ['text', 'plain'], 'application/pdf': ['embed', 'pdf'],
        'application/jwt': ['text', 'jwt'], 'application/xhtml+xml': ['text', 'xml'], 'application/ogg': ['audio', 'ogg'],
        'application/mbms-associated-procedure-description+xml': ['text', 'xml'],
        'application/mbms-protection-description+xml': ['text', 'xml'], 'application/mbms-user-service-description+xml': ['text', 'xml'],
        'application/vnd.oipf.dae.xhtml+xml': ['text', 'xml'], 'application/vnd.oma.poc.invocation-descriptor+xml': ['text', 'xml'],
        'application/vnd.pwg-xhtml-print+xml': ['text', 'xml'], 'application/xhtml-voice+xml': ['text', 'xml']
    };
    // mime-types' extension of the common types (none for the others).
    var EXTENSIONS = {
        'application/json': 'json', 'application/xml': 'xml', 'text/xml': 'xml', 'text/html': 'html', 'text/plain': 'txt',
        'text/csv': 'csv', 'application/javascript': 'js', 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpeg',
        'image/gif': 'gif', 'image/svg+xml': 'svg', 'image/webp': 'webp', 'application/octet-stream': 'bin',
        'application/zip': 'zip', 'text/css': 'css', 'text/yaml': 'yaml', 'application/ld+json': 'jsonld',
        'application/rss+xml': 'rss', 'application/atom+xml': 'atom', 'audio/mpeg': 'mpga', 'video/mp4': 'mp4',
        'application/gzip': 'gz', 'application/msword': 'doc', 'application/vnd.ms-excel': 'xls',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx', 'text/markdown': 'markdown',
        'font/woff2': 'woff2', 'image/x-icon': 'ico', 'text/calendar': 'ics'
    };
    var CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;
    function normalCharset(name) {
        name = name.toLowerCase();
        return name === 'utf-8' ? 'utf8' : name;
    }
    // mime-format's rules: audio, video, image and text by their base;
    // json, xml, html, script and their kin as text anywhere in the type.
    function guessKind(mime) {
        var base = mime.split('/')[0] || '';
        var sure = /(audio|video|image|text)/.exec(base);
        var textual = /(jsonp|json|xml|html|yaml|vml|webml|script)/.exec(mime);
        if (sure) { return sure[1] === 'text' ? ['text', textual ? textual[1] : 'plain'] : [sure[1], sure[1]]; }
        if (textual) { return ['text', textual[1]]; }
        var named = /\/[^/]*(audio|video|image|text)/.exec(mime);
        if (named) { return [named[1], named[1]]; }
        var general = /(application|message|multipart)/.exec(base);
        return general ? [general[1], 'raw'] : ['unknown', 'raw'];
    }
    // A body without a Content-Type, known by its first bytes (file-type's
    // answer for the common ones).
    function sniff(bytes) {
        var starts = function (list) { return list.every(function (b, i) { return bytes[i] === b; }); };
        if (starts([0x89, 0x50, 0x4E, 0x47])) { return ['image/png', 'png']; }
        if (starts([0xFF, 0xD8, 0xFF])) { return ['image/jpeg', 'jpg']; }
        if (starts([0x47, 0x49, 0x46, 0x38])) { return ['image/gif', 'gif']; }
        if (starts([0x25, 0x50, 0x44, 0x46])) { return ['application/pdf', 'pdf']; }
        if (starts([0x1F, 0x8B, 0x08])) { return ['application/gzip', 'gz']; }
        return null;
    }
    // The file name a Content-Disposition gives: `filename*=` (RFC 5987)
    // first, then `filename=`, quoted or not. As the SDK's, `filename*`
    // is read only with its charset in lower case (`utf-8`, `iso-8859-1`).
    function dispositionName(header) {
        if (!header) { return undefined; }
        var extended = /;\s*filename\*\s*=\s*([A-Za-z0-9!#$%&+\-^_`{}~]+)'[^']*'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])+)/.exec(header);
        if (extended) {
            var charset = extended[1], raw = extended[2];
            try {
                if (charset === 'utf-8') { return decodeURIComponent(raw); }
                if (charset === 'iso-8859-1') {
                    return unescape(raw).replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
                }
            } catch (e) { /* falls back to filename= */ }
        }
        var plain = /;\s*filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;\s]+)/.exec(header);
        if (!plain) { return undefined; }
        var name = plain[1];
        return name.charAt(0) === '"' ? name.slice(1, -1).replace(/\\(.)/g, '$1') : name;
    }

    return {
        // The SDK's: `name` as the server wrote it, `standardName` the
        // code's own; `detail` is that standard phrase here (the
        // http-reasons sentences are not carried; PARITY.md).
        details: function (response) {
            var standard = host.reasonPhrase(Number(response.code)) || response.status;
            return { name: response.status, detail: standard, code: response.code, standardName: standard };
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
        // The SDK's `contentInfo()`: the type without its parameters, what
        // kind of content it is (mime-format's `type` and `format`), its
        // charset, and a file name from Content-Disposition or made of
        // `response` and the type's extension.
        contentInfo: function (response) {
            var header = response.headers.get('Content-Type'), extension;
            var type = header;
            if (!type) {
                var sniffed = sniff(host.bodyBytes(response));
                if (sniffed) { type = sniffed[0]; extension = sniffed[1]; }
            }
            type = String(type || 'text/plain');
            var charset = CHARSET.exec(type);
            var mime = type.toLowerCase().replace(/\s/g, '').replace(/;.*$/, '');
            var kind = KINDS[mime] || guessKind(mime);
            extension = extension || EXTENSIONS[mime] || '';
            var info = { contentType: mime, mimeType: kind[0], mimeFormat: kind[1] };
            info.charset = charset ? normalCharset(charset[1]) : 'utf8';
            if (extension) { info.fileExtension = extension; }
            info.fileName = dispositionName(response.headers.get('Content-Disposition')) ||
                'response' + (extension ? '.' + extension : '');
            return info;
        },
        // `JSON.parse` with a reviver, for a text boa's parser refuses and
        // V8 reads (`1e400`): the standard's InternalizeJSONProperty,
        // children first, a reviver answering `undefined` deletes the key.
        revived: function revived(holder, key, reviver) {
            var value = holder[key];
            if (value !== null && typeof value === 'object') {
                var keys = Object.keys(value);
                for (var i = 0; i < keys.length; i++) {
                    var child = revived(value, keys[i], reviver);
                    if (child === undefined) { delete value[keys[i]]; } else { value[keys[i]] = child; }
                }
            }
            return reviver.call(holder, key, value);
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
