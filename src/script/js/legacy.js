// The legacy sandbox's globals (`postman.*`, `environment`, `globals`,
// `data`, `request`, `responseBody`, `responseCode`, `responseHeaders`,
// `responseTime`, `responseCookies`), parsed the first time a script reads
// one: pm.js defines each global as a getter calling `values[name]()`. The
// file's value is a function of what it needs from pm.js, called once per
// sandbox (`__lazy` keeps the file's value; pm.js keeps the values it returns).
0, function () {
    'use strict';

    var made = null;
    return function (pm, host, execution, requestSide, remembered) {
        if (made) { return made; }

        // Newman's legacy setters turn every truthy value into text
        // (`12` → "12", an object → "[object Object]"); falsy ones keep their type.
        function legacyValue(value) {
            return value && typeof value.toString === 'function' ? value.toString() : value;
        }
        // The legacy `environment` and `globals` objects: one per script, taken
        // from the scope when first read and kept up to date by the legacy
        // setters only (a `pm.environment.set` does not show in it), as in Newman.
        function legacyScope(name) {
            return remembered('legacy ' + name, function () { return host.toObject(name); });
        }
        // `postman.setEnvironmentVariable` and its three companions, or the
        // globals' four: each changes the scope and the script's legacy object.
        function scopeFunctions(name, noun) {
            var out = {};
            // The script's legacy object, or a throwaway one before it is read.
            function held() { return host.memo('legacy ' + name) || {}; }
            out['set' + noun] = function (key, value) {
                value = legacyValue(value);
                pm[name].set(key, value);
                var object = held();
                if (value === undefined) { delete object[key]; } else { object[key] = value; }
            };
            out['get' + noun] = function (key) { return pm[name].get(key); };
            out['clear' + noun] = function (key) { pm[name].unset(key); delete held()[key]; };
            out['clear' + noun + 's'] = function () {
                pm[name].clear();
                var object = held();
                Object.keys(object).forEach(function (key) { delete object[key]; });
            };
            return out;
        }
        var postman = Object.assign(scopeFunctions('environment', 'EnvironmentVariable'),
            scopeFunctions('globals', 'GlobalVariable'), {
            setNextRequest: function (name) { execution.setNextRequest(name); },
            getResponseHeader: function (name) { return pm.response ? pm.response.headers.get(name) : undefined; },
            // As Newman's: the jar's cookies for the request's URL, after the response.
            getResponseCookie: function (name) { return pm.response ? pm.cookies.one(name) : undefined; }
        });

        // Newman sets each of these once when a script starts: one object
        // for the whole script, which keeps what the script writes into it
        // (`responseCode.code = 5` reads 5 afterwards). Here each is made
        // when the script first reads it, and kept until the script ends.
        function perScript(name, make) {
            return function () { return remembered('legacy ' + name, make); };
        }
        // An object of lower-case keys that a key in another case also finds
        // (`in`, `hasOwnProperty`, reads); its own keys stay as they are.
        function anyCase(target) {
            function own(key) {
                if (typeof key !== 'string' || Object.prototype.hasOwnProperty.call(target, key)) { return key; }
                var lower = key.toLowerCase();
                return Object.prototype.hasOwnProperty.call(target, lower) ? lower : key;
            }
            return new Proxy(target, {
                get: function (t, key, receiver) { return Reflect.get(t, own(key), receiver); },
                has: function (t, key) { return Reflect.has(t, own(key)); },
                getOwnPropertyDescriptor: function (t, key) { return Reflect.getOwnPropertyDescriptor(t, own(key)); }
            });
        }
        var values = {
            postman: function () { return postman; },
            environment: function () { return legacyScope('environment'); },
            globals: function () { return legacyScope('globals'); },
            // The row as the script started with it, whatever
            // `pm.iterationData.set` changes since (as in Newman).
            data: perScript('data', function () { return host.toObject('row'); }),
            request: perScript('request', function () { return requestSide().legacyRequest(pm.request); }),
            responseBody: perScript('responseBody', function () { return pm.response ? pm.response.text() : undefined; }),
            // Newman's `response.details()`, in its order; its `detail` is a
            // sentence from the http-reasons table, which postrun does not
            // carry: the reason phrase stands in.
            responseCode: perScript('responseCode', function () { var response = pm.response; return response ? response.details() : undefined; }),
            // Names as the HTTP layer gives them (lower case), the last of a
            // repeated one; read in any case (`responseHeaders['Content-Type']`),
            // as Newman's keys are the server's case, most often that one.
            responseHeaders: perScript('responseHeaders', function () {
                if (!pm.response) { return undefined; }
                var out = {};
                pm.response.headers.all().forEach(function (h) { if (h && !h.disabled) { out[h.key] = h.value; } });
                return anyCase(out);
            }),
            responseTime: perScript('responseTime', function () { return pm.response ? pm.response.responseTime : undefined; }),
            responseCookies: perScript('responseCookies', function () { return pm.response ? pm.cookies.all() : undefined; })
        };
        made = values;
        return made;
    };
}();
