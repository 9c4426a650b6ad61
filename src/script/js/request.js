// The request side of the `pm` API: `pm.request` (PostmanRequest, its
// Url and Body), and the PropertyList behind request and response headers
// and `pm.sendRequest` specs. Loaded on first use (`__lazy('request.js')`):
// most scripts only read the response.
0, function () {
    'use strict';

    // ---- lists of {key, value} (headers, query params, form fields) ----

    // `parseString` reads an item given as text (`key: value` for headers,
    // `key=value` for query parameters).
    // `caseInsensitive`: headers; `multiValue`: headers, query and form
    // parameters, whose `toObject()` gathers repeated keys in an array.
    function PropertyList(items, caseInsensitive, parseString, multiValue) {
        this._items = [];
        this._ci = !!caseInsensitive;
        this._multi = !!(multiValue || caseInsensitive);
        this._parse = parseString || headerPair;
        items = items || [];
        for (var i = 0; i < items.length; i++) { this._items.push(this._pair(items[i])); }
    }

    function headerPair(text) {
        var at = text.indexOf(':');
        return { key: (at === -1 ? text : text.slice(0, at)).trim(), value: at === -1 ? '' : text.slice(at + 1).trim() };
    }

    function toPair(item) {
        // A query parameter without `=` keeps its null value, as the SDK's does.
        // `disabled` first, as the SDK's PropertyBase sets it before the rest.
        var pair = {};
        if (item.disabled) { pair.disabled = true; }
        pair.key = String(item.key);
        pair.value = item.value === undefined ? '' : item.value;
        if (item.type) { pair.type = item.type; }
        if (item.src) { pair.src = item.src; }
        if (item.system) { pair.system = true; }
        return pair;
    }

    PropertyList.prototype = {
        _pair: function (item) { return toPair(typeof item === 'string' ? this._parse(item) : item); },
        _match: function (name) {
            var ci = this._ci;
            name = String(name);
            return function (item) { return ci ? item.key.toLowerCase() === name.toLowerCase() : item.key === name; };
        },
        _enabled: function () { return this._items.filter(function (i) { return !i.disabled; }); },
        add: function (item) { this._items.push(this._pair(item)); },
        append: function (item) { this.add(item); },
        // As the SDK's: the last item of that name takes the new key (its
        // case too) and value, and `system`/`disabled` when given.
        upsert: function (item) {
            if (item === null || item === undefined || item !== item) { return null; }
            var pair = this._pair(item), match = this._match(pair.key), existing;
            for (var i = this._items.length - 1; i >= 0 && !existing; i--) {
                if (match(this._items[i])) { existing = this._items[i]; }
            }
            if (!existing) { this._items.push(pair); return true; }
            existing.key = this._ci ? pair.key || '' : pair.key;
            existing.value = pair.value;
            var given = typeof item === 'object' ? item : {};
            if (Object.prototype.hasOwnProperty.call(given, 'system')) { existing.system = given.system; }
            if (Object.prototype.hasOwnProperty.call(given, 'disabled')) { existing.disabled = given.disabled; }
            return false;
        },
        remove: function (what) {
            var test = typeof what === 'function' ? what : this._match(what && what.key !== undefined ? what.key : what);
            this._items = this._items.filter(function (i) { return !test(i); });
        },
        clear: function () { this._items = []; },
        // The items named `name`, in order, in one loop (boa's `filter`
        // cost more than a response's headers). Switched-off ones count, as
        // in the SDK's index by key: `get`, `one` and `has` find them.
        _named: function (name) {
            var ci = this._ci, wanted = String(name), items = this._items, found = [];
            if (ci) { wanted = wanted.toLowerCase(); }
            for (var i = 0; i < items.length; i++) {
                var item = items[i];
                if (ci ? item.key.toLowerCase() === wanted : item.key === wanted) { found.push(item); }
            }
            return found;
        },
        get: function (name) {
            var found = this._named(name);
            return found.length ? found[found.length - 1].value : undefined;
        },
        one: function (name) {
            var found = this._named(name);
            return found.length ? found[found.length - 1] : undefined;
        },
        has: function (name, value) {
            var found = this._named(typeof name === 'object' ? name.key : name);
            if (arguments.length < 2) { return found.length > 0; }
            return found.some(function (i) { return i.value === value; });
        },
        all: function () { return this._items.slice(); },
        count: function () { return this._items.length; },
        idx: function (i) { return this._items[i]; },
        // A key stands for the last item of that name, as in the SDK.
        indexOf: function (item) { return this._items.indexOf(typeof item === 'string' ? this.one(item) : item); },
        each: function (fn, self) { this._items.forEach(fn, self); },
        map: function (fn, self) { return this._items.map(fn, self); },
        filter: function (fn, self) { return this._items.filter(fn, self); },
        find: function (fn, self) { return this._items.find(fn, self); },
        reduce: function (fn, acc) { return this._items.reduce(fn, acc); },
        // As the SDK's: header names in lower case unless `caseSensitive`.
        toObject: function (excludeDisabled, caseSensitive, multiValue) {
            var out = {}, lower = this._ci && !caseSensitive, multi = this._multi || multiValue;
            // A query parameter's value is text: one without `=` gives ''.
            var textOnly = this._parse === queryPair;
            this._items.forEach(function (i) {
                if (!i || !Object.prototype.hasOwnProperty.call(i, 'key') || (excludeDisabled && i.disabled)) { return; }
                var key = lower ? String(i.key).toLowerCase() : i.key;
                var value = textOnly && typeof i.value !== 'string' ? '' : i.value;
                if (multi && Object.prototype.hasOwnProperty.call(out, key)) {
                    if (!Array.isArray(out[key])) { out[key] = [out[key]]; }
                    out[key].push(value);
                } else {
                    out[key] = value;
                }
            });
            return out;
        },
        toJSON: function () { return this._items.map(function (i) { return Object.assign({}, i); }); },
        // As the SDK's unparse: headers `key: value` each ending in CRLF,
        // query and form parameters `key=value` joined by `&`.
        toString: function () {
            var enabled = this._enabled();
            if (this._ci) { return enabled.map(function (i) { return i.key + ': ' + i.value + '\r\n'; }).join(''); }
            if (this._parse === queryPair) {
                return enabled.map(function (i) { return typeof i.value === 'string' ? i.key + '=' + i.value : i.key; }).join('&');
            }
            return enabled.map(function (i) { return i.key + ': ' + i.value; }).join('\n');
        }
    };
    PropertyList.prototype[Symbol.iterator] = function () { return this._items[Symbol.iterator](); };
    Object.defineProperty(PropertyList.prototype, 'members', { get: function () { return this._items; } });

    // ---- URL, as Postman's SDK splits it ----

    // Compiled once: boa builds a regular expression literal each time it runs.
    var PROTOCOL = /^([^:/{}]+):\/\//, PORT = /:(\d+|\{\{[^{}]*\}\})$/;

    // Named as the SDK names it: chai's messages show `PostmanUrl{ … }`.
    var Url = function PostmanUrl(raw) { this.update(raw); };

    // `key=value` as the SDK's QueryParam.parseSingle reads it: no `=`
    // leaves the value null.
    function queryPair(pair) {
        var eq = pair.indexOf('=');
        return { key: eq === -1 ? pair : pair.slice(0, eq), value: eq === -1 ? null : pair.slice(eq + 1) };
    }

    // Query and form parameter lists: repeated keys gather in `toObject()`.
    function queryList(items) { return new PropertyList(items, false, queryPair, true); }
    function formList(items) { return new PropertyList(items, false, undefined, true); }

    function queryPairs(query) {
        if (typeof query === 'string') { return query ? query.split('&').map(queryPair) : []; }
        if (Array.isArray(query)) { return query; }
        if (query && typeof query === 'object') {
            return Object.keys(query).map(function (key) { return { key: key, value: query[key] }; });
        }
        return [];
    }

    function parseUrl(raw) {
        var parsed = {};
        var rest = raw;
        var hashAt = rest.indexOf('#');
        parsed.hash = hashAt === -1 ? undefined : rest.slice(hashAt + 1);
        if (hashAt !== -1) { rest = rest.slice(0, hashAt); }
        var queryAt = rest.indexOf('?');
        parsed.query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
        if (queryAt !== -1) { rest = rest.slice(0, queryAt); }
        var protocol = PROTOCOL.exec(rest);
        parsed.protocol = protocol ? protocol[1] : undefined;
        if (protocol) { rest = rest.slice(protocol[0].length); }
        var slash = rest.indexOf('/');
        var authority = slash === -1 ? rest : rest.slice(0, slash);
        // As the SDK: `host/` has one empty segment, `host` none.
        parsed.path = slash === -1 ? [] : rest.slice(slash + 1).split('/');
        var at = authority.lastIndexOf('@');
        if (at !== -1) {
            var auth = authority.slice(0, at).split(':');
            parsed.auth = { user: auth[0], password: auth.slice(1).join(':') };
            authority = authority.slice(at + 1);
        }
        var port = PORT.exec(authority);
        parsed.port = port ? port[1] : undefined;
        if (port) { authority = authority.slice(0, -port[0].length); }
        parsed.host = authority ? authority.split('.') : [];
        return parsed;
    }

    Url.prototype = {
        // The SDK's Url#update: a string is parsed, an object's parts are
        // taken as they are (a string host or path is split).
        update: function (url) {
            var parts = typeof url === 'string' || url === undefined || url === null
                ? parseUrl(String(url === undefined || url === null ? '' : url))
                : url;
            // A collection URL given as `raw` alone: its parts are read from
            // it, its query and path variables as listed.
            if (parts === url && url.host === undefined && typeof url.raw === 'string') {
                parts = parseUrl(url.raw);
                if (url.query) { parts.query = url.query; }
                parts.variable = url.variable;
            }
            var path = parts.path;
            if (typeof path === 'string') {
                path = path.replace(/^\/+/, '');
                path = path ? path.split('/') : [];
            }
            this.auth = parts.auth;
            this.protocol = parts.protocol;
            this.port = parts.port === undefined ? undefined : String(parts.port);
            this.path = path || [];
            this.hash = parts.hash;
            this.host = typeof parts.host === 'string' ? parts.host.split('.') : (parts.host || []);
            this.query = queryList(queryPairs(parts.query));
            this.variables = variableList(parts.variable || []);
        },
        getHost: function () { return this.host.join('.'); },
        getRaw: function () { throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.'); },
        // As the SDK's: the scheme and host in lower case, a default port left out.
        getOAuth1BaseUrl: function () {
            var protocol = this.protocol || 'http', port = this.port ? String(this.port) : undefined;
            var host = ((port === '80' || port === '443' || port === undefined) && this.host.join('.')) || (this.host.join('.') + ':' + port);
            if (protocol.slice(-3) !== '://') { protocol += '://'; }
            return protocol.toLowerCase() + host.toLowerCase() + this.getPath();
        },
        getRemote: function () { return this.getHost() + (this.port ? ':' + this.port : ''); },
        // `:name` segments take their path variable's value, as the SDK's
        // do, unless `unresolved`.
        getPath: function (unresolved) { return '/' + (unresolved ? this.path : this._pathWithVariables()).join('/'); },
        _pathWithVariables: function () {
            var variables = this.variables;
            return this.path.map(function (segment) {
                var variable = typeof segment === 'string' && segment.charAt(0) === ':' && segment.length > 1 ? variables.one(segment.slice(1)) : undefined;
                return variable && typeof variable.value === 'string' ? variable.value : segment;
            });
        },
        getQueryString: function () {
            return this.query._enabled().map(function (q) {
                return q.value === null ? q.key : q.key + '=' + q.value;
            }).join('&');
        },
        getPathWithQuery: function () {
            var query = this.getQueryString();
            return this.getPath() + (query ? '?' + query : '');
        },
        // As the SDK's: a string is a whole query string (`a=1&b=2`).
        addQueryParams: function (params) {
            var self = this;
            if (typeof params === 'string') { params = params ? params.split('&') : []; }
            (Array.isArray(params) ? params : [params]).forEach(function (p) { self.query.add(p); });
        },
        removeQueryParams: function (names) {
            var self = this;
            names = Array.isArray(names) ? names.map(function (n) { return n && n.key ? n.key : n; }) : [names];
            names.forEach(function (n) { self.query.remove(n); });
        },
        toString: function () {
            var out = this.protocol ? this.protocol + '://' : '';
            if (this.auth) { out += this.auth.user + (this.auth.password ? ':' + this.auth.password : '') + '@'; }
            out += this.getRemote();
            if (this.path.length) { out += this.getPath(); }
            var query = this.getQueryString();
            if (query) { out += '?' + query; }
            if (this.hash !== undefined) { out += '#' + this.hash; }
            return out;
        },
        // The SDK's shape (`pm.request.url.toJSON()` is an object in Newman).
        toJSON: function () {
            var out = {};
            if (this.auth) { out.auth = { user: this.auth.user, password: this.auth.password }; }
            if (this.protocol !== undefined) { out.protocol = this.protocol; }
            if (this.port !== undefined) { out.port = this.port; }
            if (this.path.length) { out.path = this.path.slice(); }
            if (this.hash !== undefined) { out.hash = this.hash; }
            out.host = this.host.slice();
            out.query = this.query.toJSON();
            out.variable = this.variables.toJSON();
            return out;
        }
    };

    // ---- request and response ----

    // The item's id and name (for the legacy `request` global: the SDK's
    // request has neither, a request definition carries none) and the URL
    // are kept off the object, whose own names are the SDK's, in its order
    // (`Object.keys(pm.request)`, chai's display of it).
    var requestItems = new WeakMap(), requestUrls = new WeakMap();
    function PostmanRequest(data) {
        requestItems.set(this, { id: data.id, name: data.name });
        Object.defineProperty(this, 'url', { enumerable: true, configurable: true, get: urlOf, set: setUrl });
        this.url = data.url;
        this.headers = new PropertyList(data.header, true);
        this.method = data.method;
        if (data.body) { this.body = Body(data.body); }
        if (data.auth) { this.auth = new RequestAuth(data.auth); }
        // The SDK's Description: text written as a string is plain text.
        if (typeof data.description === 'string') { this.description = { content: data.description, type: 'text/plain' }; }
        else if (data.description !== undefined) { this.description = data.description; }
    }
    function urlOf() { return requestUrls.get(this); }
    function setUrl(value) {
        requestUrls.set(this, value instanceof Url ? value : new Url(value && typeof value === 'object' ? value : String(value)));
    }
    PostmanRequest.prototype.addHeader = function (h) { this.headers.add(h); };
    // The SDK's Request#upsertHeader and #removeHeader match the name as
    // written (unlike the header list's own methods); `removeHeader(name,
    // { ignoreCase: true })` matches it in any case.
    PostmanRequest.prototype.upsertHeader = function (h) {
        if (!(h && h.key)) { return; }
        var existing = this.headers.all().find(function (i) { return i.key === h.key; });
        if (existing) { existing.value = h.value; } else { this.headers.add(h); }
    };
    PostmanRequest.prototype.removeHeader = function (h, options) {
        var name = typeof h === 'string' ? h : h && h.key, ignoreCase = options && options.ignoreCase;
        if (!name) { return; }
        if (ignoreCase) { name = name.toLowerCase(); }
        this.headers.remove(function (i) { return (ignoreCase ? String(i.key).toLowerCase() : i.key) === name; });
    };
    // As the SDK's: every header unless `enabled`, names as written unless `ignoreCase`.
    PostmanRequest.prototype.getHeaders = function (options) {
        options = options || {};
        return this.headers.toObject(options.enabled, !options.ignoreCase, options.multiValue);
    };
    // The SDK's Request methods scripts use to change what is sent.
    PostmanRequest.prototype.addQueryParams = function (params) { this.url.addQueryParams(params); };
    PostmanRequest.prototype.removeQueryParams = function (params) { this.url.removeQueryParams(params); };
    PostmanRequest.prototype.forEachHeader = function (callback) {
        var self = this;
        this.headers.all().forEach(function (header) { callback(header, self); });
    };
    // `authorizeUsing('bearer', { token })`, `authorizeUsing({ type, … })`,
    // `authorizeUsing(null)` to send none.
    PostmanRequest.prototype.authorizeUsing = function (type, options) {
        if (type !== null && typeof type === 'object' && (options === undefined || options === null)) {
            options = Object.assign({}, type);
            delete options.type;
            type = type.type;
        }
        if (type === null) { delete this.auth; return; }
        if (typeof type !== 'string' || type === 'type') { return; }
        if (this.auth) { this.auth.clear(type); } else { this.auth = new RequestAuth({ type: type }); }
        this.auth.use(type, options);
    };
    PostmanRequest.prototype.clone = function () { return new PostmanRequest(this.toJSON()); };
    // The SDK's estimate of the request's size: the body's bytes (or a
    // numeric Content-Length header's), the request line and the headers.
    PostmanRequest.prototype.size = function () {
        var declared = this.headers.get('Content-Length');
        var out = { body: 0, header: 0, total: 0, source: 'COMPUTED' };
        if (declared && !isNaN(parseFloat(declared)) && isFinite(declared)) {
            out.body = parseInt(declared, 10);
            out.source = 'CONTENT-LENGTH';
        } else if (this.body) {
            out.body = Buffer.byteLength(String(this.body.toString() || ''));
        }
        var headers = this.headers.count() ? this.headers.toString().length : 0;
        out.header = (this.method + ' ' + this.url.getPathWithQuery() + ' HTTP/X.X\r\n\r\n').length + headers;
        out.total = (out.body || 0) + out.header;
        return out;
    };
    // The SDK's shape and key order, as Newman's `pm.request.toJSON()`.
    PostmanRequest.prototype.toJSON = function () {
        // An empty header list is left out, as the SDK leaves it.
        var out = { url: this.url.toJSON() };
        if (this.headers.count()) { out.header = this.headers.toJSON(); }
        out.method = this.method;
        if (this.body) { out.body = bodyJSON(this.body); }
        if (this.auth) { out.auth = typeof this.auth.toJSON === 'function' ? this.auth.toJSON() : this.auth; }
        return out;
    };
    // What the host reads back of a pre-request script's changes
    // (`apply_request_changes`): the URL as text.
    Object.defineProperty(PostmanRequest.prototype, '__changes', {
        value: function () {
            return {
                method: this.method,
                url: this.url.toString(),
                header: this.headers.toJSON(),
                body: this.body ? bodyJSON(this.body) : null,
                auth: this.auth ? (typeof this.auth.toJSON === 'function' ? this.auth.toJSON() : this.auth) : null
            };
        }
    });

    // A VariableList of the SDK (path variables, auth parameters): items
    // `{ type, value, key }`, `any` when the file gives no type.
    function variableItem(item) {
        var out = {};
        if (item.disabled) { out.disabled = true; }
        out.type = item.type === undefined ? 'any' : item.type;
        out.value = typedValue(out.type, item.value);
        out.key = item.key;
        return out;
    }
    // A `number` or `boolean` parameter holds its value cast, as the SDK's
    // Variable does (`addParamsToHeader: true`, `timestamp: 1461319769`).
    // A number that is none reaches the sandbox as JSON's null: 0. The
    // collection's `false` and `"false"` read alike here: both are off.
    function typedValue(type, value) {
        if (value === undefined || value === null) { return value; }
        if (type === 'number') { var n = Number(value); return n === n ? n : 0; }
        if (type === 'boolean') { return typeof value === 'string' ? value !== '' && value !== 'false' : Boolean(value); }
        return value;
    }
    function variableList(items) {
        var list = new PropertyList(items.map(variableItem));
        Object.defineProperty(list, 'toJSON', { value: variableListJSON, configurable: true, writable: true });
        return list;
    }
    function variableListJSON() { return this.all().map(variableItem); }

    // The SDK's RequestAuth: `type`, and each type's parameters as a list
    // of `{ type, value, key }` (`pm.request.auth.parameters().get('token')`).
    function RequestAuth(data) {
        this.type = data.type;
        for (var kind in data) {
            if (kind !== 'type' && Object.prototype.hasOwnProperty.call(data, kind)) { this[kind] = authParameters(data[kind]); }
        }
    }
    function authParameters(items) {
        if (items instanceof PropertyList) { return items; }
        return variableList(Array.isArray(items) ? items : Object.keys(items || {}).map(function (key) { return { key: key, value: items[key] }; }));
    }
    RequestAuth.prototype = {
        parameters: function () { return this[this.type]; },
        current: function () { return this.parameters() ? this.parameters().toObject() : undefined; },
        // `use('bearer', [{ key: 'token', value: 't' }])`: switch type, set its parameters.
        use: function (type, options) {
            this.type = type;
            if (options) { this.update(options, type); }
        },
        update: function (options, type) {
            type = type || this.type;
            var list = this[type] || (this[type] = variableList([]));
            authParameters(options).all().forEach(function (item) { list.upsert(item); });
        },
        clear: function (type) { if (type && type !== 'type' && this[type]) { delete this[type]; } },
        toJSON: function () {
            var out = { type: this.type };
            for (var kind in this) {
                if (kind !== 'type' && Object.prototype.hasOwnProperty.call(this, kind) && this[kind] instanceof PropertyList) {
                    out[kind] = variableListJSON.call(this[kind]);
                }
            }
            return out;
        }
    };

    function Body(data) {
        var body = Object.create(Body.prototype);
        Object.assign(body, data);
        if (data.urlencoded) { body.urlencoded = queryList(data.urlencoded); }
        if (data.formdata) { body.formdata = formList(data.formdata); }
        return body;
    }

    var BODY_MODES = ['raw', 'urlencoded', 'formdata', 'file', 'graphql'];

    Body.prototype = {
        toString: function () { return this.mode === 'raw' ? this.raw : ''; },
        toJSON: function () { return bodyJSON(this); },
        isEmpty: function () { return !this.mode; },
        // The SDK's RequestBody#update: a string becomes a raw body and the
        // old options (the raw language among them) are dropped.
        update: function (options) {
            if (typeof options === 'string') { options = { mode: 'raw', raw: options }; }
            if (!options || !options.mode) { return; }
            var mode = String(options.mode).toLowerCase();
            if (BODY_MODES.indexOf(mode) === -1) { mode = 'raw'; }
            var urlencoded = options.urlencoded, formdata = options.formdata;
            if (urlencoded) {
                urlencoded = queryList(typeof urlencoded === 'string' ? queryPairs(urlencoded) : urlencoded);
            }
            if (formdata) { formdata = formList(formdata); }
            var graphql = options.graphql;
            if (graphql) {
                graphql = { query: graphql.query, operationName: graphql.operationName, variables: graphql.variables };
            }
            this.mode = mode;
            this.raw = mode === 'raw' && !options.raw ? '' : options.raw;
            this.urlencoded = mode === 'urlencoded' && !urlencoded ? queryList([]) : urlencoded;
            this.formdata = mode === 'formdata' && !formdata ? formList([]) : formdata;
            this.file = typeof options.file === 'string' ? { src: options.file } : options.file;
            this.graphql = mode === 'graphql' && !graphql ? {} : graphql;
            this.options = options.options && typeof options.options === 'object' ? options.options : undefined;
            this.disabled = options.disabled;
        }
    };

    function bodyJSON(body) {
        var out = { mode: body.mode };
        if (body.raw !== undefined) { out.raw = String(body.raw); }
        if (body.urlencoded) { out.urlencoded = body.urlencoded.toJSON(); }
        if (body.formdata) { out.formdata = body.formdata.toJSON(); }
        if (body.graphql) { out.graphql = body.graphql; }
        if (body.options) { out.options = body.options; }
        if (body.file) { out.file = body.file; }
        if (body.disabled) { out.disabled = true; }
        return out;
    }

    // What the SDK's `isPropertyList`/`isUrl` (`require('postman-collection')`)
    // look for: the constructor's name.
    [[PropertyList, 'PropertyList'], [Url, 'Url'], [PostmanRequest, 'Request']].forEach(function (pair) {
        Object.defineProperty(pair[0].prototype, 'constructor', { value: pair[0], writable: true, configurable: true });
        pair[0]._postman_propertyName = pair[1];
    });

    // What `pm.sendRequest` sends (a URL, or a request: pm.request's own or
    // one made with the SDK) as the host reads it.
    // A URL object: pm.request.url and the SDK's write themselves; a plain
    // definition (`{ host: [...], path: [...] }`) is read as the SDK's Url.
    function urlText(url) {
        return url.toString === Object.prototype.toString ? new Url(url).toString() : url.toString();
    }
    function headerPair(line) {
        var colon = line.indexOf(':');
        return colon === -1 ? { key: line.trim(), value: '' } : { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    }

    function specFrom(request) {
        if (typeof request === 'string') { return { url: request, method: 'GET', header: [] }; }
        // pm.request's parts and the SDK's (`require('postman-collection')`)
        // are both lists and URLs that serialise themselves.
        function listJSON(list) { return list && typeof list.toJSON === 'function' ? list.toJSON() : list; }
        var url = request.url && typeof request.url === 'object' ? urlText(request.url) : String(request.url || '');
        var headers = request.header || request.headers || [];
        if (typeof headers.toJSON === 'function') { headers = headers.toJSON(); }
        else if (!Array.isArray(headers)) {
            headers = Object.keys(headers).map(function (k) { return { key: k, value: String(headers[k]) }; });
        }
        // The SDK reads `'Name: value'` in a header list as a header.
        headers = headers.map(function (header) { return typeof header === 'string' ? headerPair(header) : header; });
        // A body given as text is a raw body, as the SDK's RequestBody reads it.
        var body = typeof request.body === 'string' ? { mode: 'raw', raw: request.body }
            : request.body ? Object.assign({}, request.body) : null;
        if (body && body.urlencoded) { body.urlencoded = listJSON(body.urlencoded); }
        if (body && body.formdata) { body.formdata = listJSON(body.formdata); }
        if (body && body.raw !== undefined && typeof body.raw !== 'string') { body.raw = JSON.stringify(body.raw); }
        var spec = { url: url, method: String(request.method || 'GET').toUpperCase(), header: headers, body: body };
        if (request.auth) { spec.auth = typeof request.auth.toJSON === 'function' ? request.auth.toJSON() : request.auth; }
        return spec;
    }

    // The legacy `request` global: Newman's shape and order, header names
    // lower-cased, the body as `request.data` (raw text, or the enabled
    // fields of a form as an object, a repeated key's values in an array).
    function legacyRequest(req) {
        var headers = req.headers.toObject(true, false, true);
        delete headers[''];
        var description = req.description && typeof req.description === 'object' ? req.description.content : req.description;
        var item = requestItems.get(req) || {};
        return { id: item.id, name: item.name, description: description, headers: headers, method: req.method, url: req.url.toString(), data: legacyData(req.body) };
    }
    function legacyData(body) {
        if (!body) { return {}; }
        if (body.mode === 'raw') { return body.raw === '' ? {} : body.raw; }
        var fields = body.mode === 'urlencoded' ? body.urlencoded : body.mode === 'formdata' ? body.formdata : null;
        var data = {};
        if (!fields) { return data; }
        fields.all().forEach(function (field) {
            if (field.disabled) { return; }
            if (!Object.prototype.hasOwnProperty.call(data, field.key)) { data[field.key] = field.value; }
            else if (Array.isArray(data[field.key])) { data[field.key].push(field.value); }
            else { data[field.key] = [data[field.key], field.value]; }
        });
        return data;
    }

    return {
        PropertyList: PropertyList, variableList: variableList, Url: Url, PostmanRequest: PostmanRequest,
        specFrom: specFrom, legacyRequest: legacyRequest
    };
}();
