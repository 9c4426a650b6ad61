// `pm.cookies`, a response's `cookies` and `pm.cookies.jar()`: parsed the
// first time a script reads cookies (most never do).
0, function (host) {
    'use strict';

    // As the SDK's list of cookies: names in any case (`JSESSIONID` is
    // found as `jsessionid`), the last cookie of a name, and `toObject()`
    // keys in lower case unless asked for the cookies' own.
    function CookieList(cookies) { this._cookies = cookies; }
    CookieList.prototype = {
        one: function (name) {
            var wanted = String(name).toLowerCase(), found;
            this._cookies.forEach(function (c) { if (String(c.name).toLowerCase() === wanted) { found = c; } });
            return found;
        },
        get: function (name) { var c = this.one(name); return c ? c.value : undefined; },
        has: function (name) { return !!this.one(name); },
        all: function () { return this._cookies.slice(); },
        count: function () { return this._cookies.length; },
        toObject: function (excludeDisabled, caseSensitive) {
            var out = {};
            this._cookies.forEach(function (c) { out[caseSensitive ? c.name : String(c.name).toLowerCase()] = c.value; });
            return out;
        },
        each: function (fn, self) { this._cookies.forEach(fn, self); },
        // The rest of the SDK's PropertyList (a jar's getAll gives one).
        map: function (fn, self) { return this._cookies.map(fn, self); },
        filter: function (fn, self) { return this._cookies.filter(fn, self); },
        find: function (fn, self) { return this._cookies.find(fn, self); },
        reduce: function (fn, acc) { return this._cookies.reduce(fn, acc); },
        idx: function (i) { return this._cookies[i]; },
        indexOf: function (cookie) { return this._cookies.indexOf(typeof cookie === 'string' ? this.one(cookie) : cookie); },
        // Cookie.unparse: `name=value; name=value`.
        toString: function () { return this._cookies.map(function (c) { return c.name + '=' + c.value; }).join('; '); },
        toJSON: function () { return this._cookies.slice(); }
    };
    CookieList.prototype[Symbol.iterator] = function () { return this._cookies[Symbol.iterator](); };
    Object.defineProperty(CookieList.prototype, 'members', { get: function () { return this._cookies; } });

    // ---- pm.cookies.jar(): the run's jar, called back later as in Newman ----
    function jarUrl(url, operation) {
        var text = url && typeof url === 'object' && typeof url.toString === 'function' ? url.toString() : url;
        if (!text || typeof text !== 'string') {
            throw new TypeError('CookieJar.' + operation + '() requires a valid url');
        }
        return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : 'http://' + text;
    }
    function callLater(callback, work) {
        var outcome;
        try { outcome = { value: work() }; }
        catch (e) { outcome = { error: e instanceof Error ? e : new Error(String(e)) }; }
        if (typeof callback !== 'function') { return; }
        Promise.resolve().then(function () {
            if (outcome.error) { callback(outcome.error); } else { callback(null, outcome.value); }
        });
    }
    function jarCall(operation, url, argument) {
        return JSON.parse(host.cookieJar(operation, url, argument === undefined ? '' : String(argument)));
    }
    function setCookieText(cookie) {
        var text = (cookie.name || cookie.key) + '=' + (cookie.value === undefined ? '' : cookie.value);
        if (cookie.domain && !cookie.hostOnly) { text += '; Domain=' + cookie.domain; }
        if (cookie.path) { text += '; Path=' + cookie.path; }
        if (cookie.expires) { text += '; Expires=' + new Date(cookie.expires).toUTCString(); }
        if (cookie.maxAge) { text += '; Max-Age=' + cookie.maxAge; }
        if (cookie.secure) { text += '; Secure'; }
        if (cookie.httpOnly) { text += '; HttpOnly'; }
        return text;
    }
    function CookieJar() {}
    CookieJar.prototype = {
        get: function (url, name, callback) {
            url = jarUrl(url, 'get');
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.get() requires a callback function'); }
            if (typeof name !== 'string') { throw new TypeError('CookieJar.get() requires cookie name to be a string'); }
            callLater(callback, function () {
                var found = jarCall('getAll', url).find(function (c) { return c.name === name; });
                return found ? found.value : null;
            });
        },
        getAll: function (url, options, callback) {
            url = jarUrl(url, 'getAll');
            if (typeof options === 'function' && !callback) { callback = options; options = {}; }
            if (typeof callback !== 'function') { throw new TypeError('CookieJar.getAll() requires a callback function'); }
            if (typeof options !== 'object') { throw new TypeError('CookieJar.getAll() requires options to be an object'); }
            callLater(callback, function () { return new CookieList(jarCall('getAll', url)); });
        },
        set: function (url, name, value, callback) {
            url = jarUrl(url, 'set');
            if (typeof value === 'function' && !callback) { callback = value; value = null; }
            var text;
            if (name && value) { text = setCookieText({ name: name, value: value }); }
            else if (name && typeof name === 'object') { text = setCookieText(name); }
            else if (typeof name === 'string') { text = name; }
            else { throw new TypeError('CookieJar.set() requires a valid set cookie arguments'); }
            callLater(callback, function () { return jarCall('set', url, text); });
        },
        unset: function (url, name, callback) {
            url = jarUrl(url, 'unset');
            if (typeof name !== 'string') { throw new TypeError('CookieJar.unset() requires cookie name to be a string'); }
            callLater(callback, function () { jarCall('unset', url, name); });
        },
        clear: function (url, callback) {
            url = jarUrl(url, 'clear');
            callLater(callback, function () { jarCall('clear', url); });
        }
    };

    return { CookieList: CookieList, CookieJar: CookieJar };
}(__host);
