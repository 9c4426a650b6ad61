// The `pm` API of Postman's sandbox (and the legacy globals forks still
// use), on top of the host functions in `__host`. The host knows which
// script runs; what a script can read is asked of it when first read, and
// `__postrun.end()` runs after a script that left something to look at.
var __postrun;
__postrun = function (global, host, lib, lazy) {
    'use strict';

    var expect = lib.expect;
    function display(value) { return lazy('inspect.js').display(value); }
    // PropertyList, Url, PostmanRequest: parsed when a script first needs one.
    function requestSide() { return lazy('request.js'); }
    // A response's details, dataURI and encoding.
    function sdkMore() { return lazy('sdk-more.js'); }

    // `pm.response` and `pm.sendRequest` replies. The host makes them, with
    // this prototype, holding their response: status line and sizes are set,
    // headers, cookies and body come from the host when first read.
    function PostmanResponse() {}
    PostmanResponse.prototype = {
        reason: function () { return this.status; },
        details: function () { return sdkMore().details(this); },
        dataURI: function () { return sdkMore().dataURI(this); },
        jsonp: function (reviver) { return sdkMore().jsonp(this, reviver); },
        encoding: function () { return sdkMore().encoding(this); },
        text: function () { return host.body(this); },
        json: function (reviver) {
            var value;
            try {
                value = host.json(this);
            } catch (e) {
                var error = new Error(e.message);
                error.name = 'JSONError';
                throw error;
            }
            return reviver ? JSON.parse(JSON.stringify(value), reviver) : value;
        },
        // As the SDK counts it (`http::Response::sdk_size`).
        size: function () {
            var size = host.size(this);
            return { body: size[0], header: size[1], total: size[0] + size[1] };
        },
        contentInfo: function () { return sdkMore().contentInfo(this); },
        // The SDK's discontinued method says so, in its words.
        mime: function () { throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.'); },
        // postman-collection's Response#toJSON, in its key order.
        // The empty response a request error gives has no stream.
        toJSON: function () {
            return {
                id: this.id, status: this.status, code: this.code, header: this.headers.toJSON(),
                stream: this.code === undefined ? undefined : { type: 'Buffer', data: host.bodyBytes(this) },
                cookie: this.cookies.toJSON(), responseTime: this.responseTime, responseSize: this.responseSize
            };
        }
    };
    // The body as a Buffer, and an id, as Newman's response has them.
    Object.defineProperty(PostmanResponse.prototype, 'stream', {
        get: function () {
            if (!this._stream) { this._stream = Buffer.from(host.bodyBytes(this)); }
            return this._stream;
        },
        set: function (value) { this._stream = value; }
    });
    Object.defineProperty(PostmanResponse.prototype, 'id', {
        get: function () {
            if (!this._id) { this._id = host.uuid(); }
            return this._id;
        },
        set: function (value) { this._id = value; }
    });
    // `pm.response.to` (`expect(pm.response)`) is the host's getter (assert.rs).
    // Headers and cookies are built on first use: copying them costs more
    // than a status assertion, and most test scripts never read them.
    Object.defineProperty(PostmanResponse.prototype, 'headers', {
        get: function () {
            if (!this._headers) {
                this._headers = new (requestSide().PropertyList)(host.responseHeaders(this), true);
            }
            return this._headers;
        },
        set: function (value) { this._headers = value; }
    });
    Object.defineProperty(PostmanResponse.prototype, 'cookies', {
        get: function () {
            // Read for the URL asked (a reply's) or the request's.
            if (!this._cookies) {
                var url = this._requestUrl || (pm.request ? pm.request.url.toString() : undefined);
                this._cookies = new (cookieSide().CookieList)(host.responseCookies(this, url));
            }
            return this._cookies;
        },
        set: function (value) { this._cookies = value; }
    });
    Object.defineProperty(PostmanResponse.prototype, 'body', { get: function () { return this.text(); } });
    // chai's message shows Newman's response object, which holds ten fields
    // (five when the request failed and the test script got an empty one).
    Object.defineProperty(PostmanResponse.prototype, '__display', {
        value: function () { return 'PostmanResponse{ \u2026(' + ('code' in this ? 10 : 5) + ') }'; }
    });

    // The cookie lists and the jar (`cookies.js`), parsed when a script
    // first reads cookies.
    function cookieSide() { return lazy('cookies.js'); }

    // ---- variable scopes ----

    function encodeValue(value) {
        if (typeof value === 'string') { return [value, false]; }
        // Kept as `undefined` for this script; `null` after it, as in Newman.
        if (value === undefined) { return ['undefined', true]; }
        // A function is `null` once the script ends, as in Newman.
        if (typeof value === 'function') { return ['null', true]; }
        if (typeof value === 'symbol') { return [String(value), false]; }
        return [JSON.stringify(value), true];
    }

    // Every scope is writable, `pm.iterationData` too, as in Newman.
    function Scope(name) {
        this._name = name;
    }
    Scope.prototype = {
        get: function (key) { return host.get(this._name, String(key)); },
        has: function (key) { return host.has(this._name, String(key)); },
        set: function (key, value) {
            var encoded = encodeValue(value);
            host.set(this._name, String(key), encoded[0], encoded[1]);
        },
        unset: function (key) { host.unset(this._name, String(key)); },
        clear: function () { host.clear(this._name); },
        toObject: function () { return host.toObject(this._name); },
        toJSON: function () { return host.scopeJSON(this._name); },
        // Text is resolved; an object or array is the SDK's copy with its
        // text resolved (`sdk-more.js`); anything else comes back as it is.
        replaceIn: function (template) {
            if (typeof template === 'string' || template instanceof String) { return host.replaceIn(this._name, String(template)); }
            if (template === null || (typeof template !== 'object' && typeof template !== 'function')) { return template; }
            return sdkMore().replaceIn(this, template);
        }
    };
    // `pm.environment.name` (documented), `id` and `values` (a copy), as
    // Newman's VariableScope has them.
    Object.defineProperties(Scope.prototype, {
        id: { configurable: true, get: function () { return host.scopeJSON(this._name).id; } },
        name: { configurable: true, get: function () { return host.scopeJSON(this._name).name; } },
        values: { configurable: true, get: function () { return requestSide().variableList(host.scopeJSON(this._name).values); } }
    });

    // ---- the per-script state ----

    // What belongs to the running script (`pm.request` once made, pending
    // tests, the legacy `tests` object, …) is kept by the host
    // (`host.remember`), which forgets it when the script ends: nothing has
    // to be reset before the next one, and `end` runs only when a script
    // left something to look at.
    function remembered(name, make) {
        var value = host.memo(name);
        return value !== undefined ? value : host.remember(name, make());
    }
    function emptyObject() { return {}; }
    var pendingSends = {};
    var nextSend = 1;

    // `index`: the test's number, taken when it started (Newman numbers
    // tests so); left out, the next one.
    function recordAssertion(name, error, skipped, index) {
        var message = null, errorName = null, stack = null;
        if (error) {
            errorName = String(error.name);
            message = String(error.message);
            if (typeof error.stack === 'string') { stack = error.stack; }
        }
        host.assertion(String(name), !!skipped, errorName, message, stack, index);
    }

    // What Newman records for a test's failure: an Error as it is; any other
    // value (`throw 'x'`, `throw null`, `done({ message: 'm' })`) as an
    // AssertionError whose message is the test's name, unless the value has
    // a `name` or `message` of its own.
    function failureOf(thrown, name) {
        if (thrown instanceof Error) { return thrown; }
        var failure = { name: 'AssertionError', message: String(name) };
        if (thrown !== null && typeof thrown === 'object') {
            if (Object.prototype.hasOwnProperty.call(thrown, 'name')) { failure.name = thrown.name; }
            if (Object.prototype.hasOwnProperty.call(thrown, 'message')) { failure.message = thrown.message; }
        }
        return failure;
    }

    // Most tests are synchronous: they record their result at once, without
    // the closures and bookkeeping a pending test needs.
    function test(name, fn) {
        // Without a callback there is nothing to fail: Newman records a pass.
        if (typeof fn !== 'function') {
            recordAssertion(name, null, false);
            return pm;
        }
        if (fn.length > 0) { return testWithCallback(name, fn); }
        var result, index = host.testStarted();
        try {
            result = fn();
        } catch (error) {
            recordAssertion(name, failureOf(error, name), false, index);
            return pm;
        }
        if (result && typeof result.then === 'function') {
            awaitTest(name, result, index);
        } else {
            host.assertion(typeof name === 'string' ? name : String(name), false, null, null, null, index);
        }
        return pm;
    }

    // A test whose function returned a promise: recorded when it settles.
    function awaitTest(name, promise, index) {
        var settle = settler(name, index);
        promise.then(function () { settle(null); }, function (error) { settle(failureOf(error, name)); });
    }

    // Marks a test pending; the returned function records it, once.
    function settler(name, index) {
        var settled = false;
        if (typeof index !== 'number') { index = host.testStarted(); }
        var pending = remembered('pending', emptyObject);
        pending[name] = index;
        return function (error) {
            if (settled) { return; }
            settled = true;
            delete pending[name];
            recordAssertion(name, error, false, index);
        };
    }

    function testWithCallback(name, fn) {
        var settle = settler(name);
        try {
            // `done()` and `done(false)` pass.
            fn(function (error) { settle(error ? failureOf(error, name) : null); });
        } catch (error) {
            settle(failureOf(error, name));
        }
        return pm;
    }
    test.skip = function (name) { recordAssertion(name, null, true); return pm; };
    // How many tests this script has started, as Newman's `pm.test.index()`.
    test.index = function () { return host.testsStarted(); };

    function sendRequest(request, callback) {
        var id = nextSend++;
        var promise = new Promise(function (resolve, reject) {
            pendingSends[id] = { resolve: resolve, reject: reject, callback: callback };
        });
        var spec = requestSide().specFrom(request);
        pendingSends[id].url = spec.url;
        host.send(id, JSON.stringify(spec));
        // With a callback the promise is only a convenience: never an unhandled rejection.
        if (typeof callback === 'function') { promise.catch(function () {}); }
        return promise;
    }

    function reportError(error) {
        host.scriptError(error && error.name ? String(error.name) : 'Error',
            error && error.message !== undefined ? String(error.message) : String(error),
            error && error.stack ? String(error.stack) : '');
    }

    // Called by the host when a `pm.sendRequest` completes, with an error
    // message or the response.
    // `nodeFields`: Node's `code`, `errno`, `syscall`, … for a failed
    // connection (JSON), which Newman's error has; postrun's keeps its
    // message too.
    function deliver(id, errorMessage, response, nodeFields) {
        var pending = pendingSends[id];
        delete pendingSends[id];
        if (!pending) { return; }
        var error = null;
        if (response) { Object.defineProperty(response, '_requestUrl', { value: pending.url, configurable: true }); }
        if (errorMessage !== null) {
            error = new Error(errorMessage);
            if (nodeFields) { Object.assign(error, JSON.parse(nodeFields)); }
        }
        // An error thrown by the callback ends the callback only: Newman
        // reports nothing for it (and the script goes on).
        if (typeof pending.callback === 'function') {
            try { pending.callback(error, response); } catch (e) { /* as Newman */ }
        }
        if (error) { pending.reject(error); } else { pending.resolve(response); }
    }

    var execution = {
        // What a script sets reaches Newman's runner through JSON: `undefined`,
        // a symbol or a function is no next request (one set before is
        // dropped), `null` ends the run, anything else is read as a name.
        setNextRequest: function (name) {
            var kind = typeof name;
            host.next(kind === 'undefined' || kind === 'symbol' || kind === 'function' ? undefined : name === null ? null : String(name));
        },
        skipRequest: function () {
            // Newman's words: outside a pre-request script it is not there.
            if (pm.info.eventName !== 'prerequest') { throw new TypeError('pm.execution.skipRequest is not a function'); }
            host.skip();
        },
    };
    Object.defineProperty(execution, 'location', {
        enumerable: true,
        get: function () {
            return remembered('location', function () {
                var location = host.location();
                location.current = location[location.length - 1];
                return location;
            });
        }
    });

    var pm = {
        test: test,
        expect: expect,
        environment: new Scope('environment'),
        globals: new Scope('globals'),
        collectionVariables: new Scope('collection'),
        variables: new Scope('variables'),
        iterationData: new Scope('data'),
        sendRequest: sendRequest,
        execution: execution,
        visualizer: { set: function () {}, clear: function () {} },
        // Postman's package library and npm live on Postman's servers; a run
        // is offline: the npm packages the sandbox carries are served
        // (lib/modules.js), the rest fail with a message saying why.
        require: function (name) { return lazy('lib/modules.js').pmRequire(name); }
    };

    // ---- legacy globals (`tests[...]`, `postman.*`, `responseBody`, …) ----

    // Defined once; each reads the current script's state when used.
    // The prelude's globals stay accessors for good: one that later became a
    // plain value would leave compiled scripts reading it through boa's stale
    // property caches.
    function defineGlobal(name, get, set) {
        Object.defineProperty(global, name, { get: get, set: set, configurable: true, enumerable: false });
    }

    // The legacy globals' values are made in legacy.js, parsed the first
    // time a script reads one.
    function legacySide() { return lazy('legacy.js')(pm, host, execution, requestSide, remembered); }
    // Kept after the first read: going through `lazy` on every read of
    // `responseBody` or `postman` was most of its cost.
    var legacyValues = null;
    function defineLegacy() {
        // A script may assign one: the value it gave stays until the script
        // ends (kept with the script's memo); the next script gets its own,
        // as in Newman (`responseBody = responseBody.slice(1, -1)`).
        var define = function (name) {
            var key = 'assigned ' + name;
            defineGlobal(name, function () {
                var assigned = host.memo(key);
                return assigned ? assigned.value : (legacyValues || (legacyValues = legacySide()))[name]();
            }, function (newValue) { host.remember(key, { value: newValue }); });
        };
        ['postman', 'environment', 'globals', 'data', 'request', 'responseBody', 'responseCode',
            'responseHeaders', 'responseTime', 'responseCookies'].forEach(define);
    }

    function legacyTests() {
        var tests = host.memo('tests');
        if (!tests || typeof tests !== 'object') { return; }
        var names = Object.keys(tests);
        for (var i = 0; i < names.length; i++) {
            var value = tests[names[i]];
            recordAssertion(names[i], value ? null : new lib.AssertionError('expected ' + value + ' to be truthy'));
        }
    }

    // ---- Postman's response assertions (`pm.response.to.have.status(200)`) ----

    function isResponse(value) { return value instanceof PostmanResponse; }
    function isRequest(value) { return value instanceof requestSide().PostmanRequest; }
    var flag = lib.flag;

    // Their implementations are in response-assertions.js, parsed the first
    // time one is used (`addLater`, expect.js).
    var RESPONSE_ASSERTIONS = {
        property: ['info', 'success', 'redirection', 'clientError', 'serverError', 'error', 'accepted',
            'withoutContent', 'badRequest', 'unauthorised', 'unauthorized', 'forbidden', 'notFound',
            'notAcceptable', 'rateLimited', 'withBody', 'json', 'postmanRequest', 'postmanResponse',
            'postmanRequestOrResponse'],
        method: ['statusCodeClass', 'statusCode', 'statusReason', 'status', 'header', 'body', 'jsonBody', 'jsonSchema'],
        chainable: ['responseTime', 'responseSize']
    };
    lib.addLater(RESPONSE_ASSERTIONS, function () {
        return lazy('response-assertions.js')(lib, display, lazy, isResponse, isRequest);
    });
    lib.Assertion.prototype.__plainOk = lib.Assertion.prototype.__get_ok;
    lib.addProperty('ok', function () {
        var object = flag(this, 'object');
        if (!isResponse(object)) { return this.__plainOk(); }
        var actual = String(object.reason()).toUpperCase();
        this.assert(actual === 'OK', 'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}', 'OK', actual);
    });

    // ---- console ----

    // Newman's console has these six; `clear` is a line like the others.
    var levels = ['log', 'info', 'warn', 'error', 'debug', 'clear'];
    global.console = {};
    levels.forEach(function (level) {
        global.console[level] = function () { host.console(level, lazy('inspect.js').format(arguments)); };
    });

    // Built on first use: most scripts never touch most of these.
    // `pm.info` and `pm.response` are the host's own getters.
    Object.defineProperty(pm, 'info', { enumerable: true, get: host.info });
    Object.defineProperty(pm, 'request', {
        enumerable: true,
        get: function () {
            return remembered('request', function () {
                var request = new (requestSide().PostmanRequest)(host.request());
                // `pm.request.to.have.header('host')`, as the sandbox adds it.
                Object.defineProperty(request, 'to', { get: function () { return expect(this).to; } });
                if (pm.info.eventName === 'prerequest') { host.remember('requestBefore', JSON.stringify(request.__changes())); }
                return request;
            });
        }
    });
    Object.defineProperty(pm, 'response', { enumerable: true, get: host.response });
    Object.defineProperty(pm, 'cookies', {
        enumerable: true,
        get: function () {
            return remembered('cookies', function () {
                var side = cookieSide();
                var list = new side.CookieList(host.cookies());
                list.jar = function () { return new side.CookieJar(); };
                return list;
            });
        }
    });

    global.pm = pm;
    defineLegacy();
    defineGlobal('tests', function () { return host.memo('tests') || host.remember('tests', {}); },
        function (value) { host.remember('tests', value); });
    defineGlobal('iteration', function () {
        var assigned = host.memo('iteration');
        return assigned ? assigned.value : pm.info.iteration;
    }, function (value) { host.remember('iteration', { value: value }); });

    return {
        run: function (completion) {
            completion.then(null, reportError);
        },
        fail: reportError,
        // Newman reads the legacy `tests` object when the script's own code
        // has run, before its timers and callbacks: what they write later
        // is not seen. Called then, when the script touched `tests`.
        settleLegacy: function () {
            legacyTests();
            host.remember('legacySettled', true);
        },
        end: function () {
            if (!host.memo('legacySettled')) { legacyTests(); }
            var pending = host.memo('pending');
            if (pending) {
                var unfinished = Object.keys(pending);
                for (var i = 0; i < unfinished.length; i++) {
                    recordAssertion(unfinished[i], { name: 'Error', message: 'the test did not finish: its promise never settled or `done` was never called' }, false, pending[unfinished[i]]);
                }
            }
            var before = host.memo('requestBefore');
            if (before === undefined) { return null; }
            var after = JSON.stringify(host.memo('request').__changes());
            return after === before ? null : after;
        },
        deliver: deliver,
        responsePrototype: PostmanResponse.prototype,
        // For the host's own `pm.test` (host.rs, `install_quick_test`).
        pm: pm,
        test: test,
        awaitTest: awaitTest
    };
}(globalThis, __host, __expect, __lazy);
