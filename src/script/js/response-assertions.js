// Postman's response assertions (`pm.response.to.have.header(…)`,
// `.to.be.json`, `.to.have.jsonBody(…)`, …), with Postman's wording. Loaded
// the first time one is used: pm.js lists their names (RESPONSE_ASSERTIONS)
// for expect.js's `addLater`. The file's value is a function of what it
// needs from pm.js; it returns the implementations by kind.
0, function (lib, display, lazy, isResponse, isRequest) {
    'use strict';

    var flag = lib.flag;
    var made = { property: {}, method: {}, chainable: {} };
    function property(name, fn) { made.property[name] = fn; }
    function method(name, fn) { made.method[name] = fn; }
    function chainable(name, fn, chain) { made.chainable[name] = [fn, chain]; }

    function responseCheck(assertion) {
        var object = flag(assertion, 'object');
        if (!isResponse(object)) {
            throw new lib.AssertionError('expecting a postman response object but got ' + display(object));
        }
        return object;
    }

    // chai-postman first asserts the response has a numeric code: an empty
    // response (after a request error) fails there, as in Newman.
    function codeOf(response) {
        if (!('code' in response)) {
            throw new lib.AssertionError('expected ' + display(response) + " to have property 'code'");
        }
        return response.code;
    }

    var statusClasses = { info: 1, success: 2, redirection: 3, clientError: 4, serverError: 5 };
    Object.keys(statusClasses).forEach(function (name) {
        property(name, function () {
            var response = responseCheck(this);
            var klass = statusClasses[name];
            this.assert(Math.floor(codeOf(response) / 100) === klass,
                'expected response code to be #{exp}XX but found #{act}', 'expected response code to not be #{exp}XX',
                klass, response.code);
        });
    });
    method('statusCodeClass', function (klass) {
        var response = responseCheck(this);
        this.assert(Math.floor(codeOf(response) / 100) === klass,
            'expected response code to be #{exp}XX but found #{act}', 'expected response code to not be #{exp}XX',
            klass, response.code);
    });
    property('error', function () {
        var response = responseCheck(this);
        var klass = Math.floor(codeOf(response) / 100);
        this.assert(klass === 4 || klass === 5,
            'expected response code to be 4XX or 5XX but found #{act}', 'expected response code to not be 4XX or 5XX',
            null, response.code);
    });
    // Each named status compares the reason phrase, upper-cased, then the
    // code, as chai-postman does, its table's quirks kept: `unauthorised`
    // wants the reason `Unauthorised` and `notAcceptable` `Acceptable`, so
    // neither holds for a real 401 or 406 (in Newman and the Postman app).
    var namedStatuses = {
        accepted: [202, 'Accepted'], withoutContent: [204, 'No Content'], badRequest: [400, 'Bad Request'],
        unauthorised: [401, 'Unauthorised'], unauthorized: [401, 'Unauthorized'], forbidden: [403, 'Forbidden'],
        notFound: [404, 'Not Found'], notAcceptable: [406, 'Acceptable'], rateLimited: [429, 'Too Many Requests']
    };
    Object.keys(namedStatuses).forEach(function (name) {
        property(name, function () {
            var response = responseCheck(this), code = namedStatuses[name][0];
            var wanted = namedStatuses[name][1].toUpperCase(), actual = String(response.reason()).toUpperCase();
            this.assert(actual === wanted, 'expected response to have status reason #{exp} but got #{act}',
                'expected response to not have status reason #{act}', wanted, actual);
            this.assert(codeOf(response) === code, 'expected response to have status code #{exp} but got #{act}',
                'expected response to not have status code #{act}', code, codeOf(response));
        });
    });
    function statusCode(code) {
        var response = responseCheck(this);
        this.assert(codeOf(response) === Number(code), 'expected response to have status code #{exp} but got #{act}',
            'expected response to not have status code #{act}', Number(code), response.code);
    }
    method('statusCode', statusCode);
    function statusReason(reason) {
        reason = typeof reason === 'number' ? String(reason) : reason;
        var response = responseCheck(this);
        this.assert(response.reason() === reason, 'expected response to have status reason #{exp} but got #{act}',
            'expected response to not have status reason #{act}', reason, response.reason());
    }
    method('statusReason', statusReason);
    method('status', function (codeOrReason) {
        // The most common assertion there is, and it passes: settled here.
        var flags = this.__flags;
        if (isResponse(flags.object) && flags.object.code === codeOrReason && !flags.negate) { return; }
        if (typeof codeOrReason === 'number') { this.__do_statusCode(codeOrReason); }
        else { this.__do_statusReason(codeOrReason); }
    });
    method('header', function (key, value) {
        var object = flag(this, 'object');
        if (!isResponse(object) && !isRequest(object)) {
            throw new lib.AssertionError('expecting a postman request or response object but got ' + display(object));
        }
        var what = isResponse(object) ? 'response' : 'request';
        this.assert(object.headers.has(key), 'expected ' + what + ' to have header with key #{exp}',
            'expected ' + what + ' to not have header with key #{exp}', key);
        if (arguments.length < 2) { return; }
        var actual = object.headers.one(key).value;
        this.assert(actual === value,
            "expected '" + key + "' " + what + ' header to be #{exp} but got #{act}',
            "expected '" + key + "' " + what + ' header to not be #{act}', value, actual);
    });
    property('withBody', function () {
        var text = responseCheck(this).text();
        this.assert(typeof text === 'string' && text.length, 'expected response to have content in body',
            'expected response to not have content in body');
    });
    function parseError(response) {
        try { response.json(); return null; } catch (e) {
            return e.name === 'JSONError' ? e.message.split('\n')[0] : e.name + ': ' + e.message;
        }
    }
    property('json', function () {
        var error = parseError(responseCheck(this));
        this.assert(!error, 'expected response body to be a valid json but got error ' + error,
            'expected response body not to be a valid json');
    });
    // Whether the subject is one of the SDK's requests or responses.
    function kindCheck(name, what, test) {
        property(name, function () {
            this.assert(test(flag(this, 'object')), 'expecting a postman ' + what + ' object but got #{this}',
                'not expecting a postman ' + what + ' object');
        });
    }
    kindCheck('postmanRequest', 'request', isRequest);
    kindCheck('postmanResponse', 'response', isResponse);
    kindCheck('postmanRequestOrResponse', 'request or response', function (value) {
        return isResponse(value) || isRequest(value);
    });
    method('body', function (content) {
        var response = responseCheck(this);
        if (content !== null && typeof content === 'object' && !(content instanceof RegExp)) {
            var data;
            try { data = response.json(); } catch (e) { data = undefined; }
            this.assert(lib.deepEqual(data, content), 'expected response body json to equal #{exp} but got #{act}',
                'expected response body json to not equal #{exp} but got #{act}', content, data);
            return;
        }
        var text = response.text();
        if (arguments.length === 0) {
            this.assert(typeof text === 'string' && text.length, 'expected response to have content in body',
                'expected response to not have content in body');
        } else if (content instanceof RegExp) {
            this.assert(content.exec(text) !== null, 'expected response body text to match #{exp} but got #{act}',
                'expected response body text #{act} to not match #{exp}', content, text);
        } else {
            this.assert(text === content, 'expected response body to equal #{exp} but got #{act}',
                'expected response body to not equal #{exp}', content, text);
        }
    });
    method('jsonBody', function (path, value) {
        var response = responseCheck(this);
        var data, error = null;
        try { data = response.json(); } catch (e) { error = e.name === 'JSONError' ? e.message.split('\n')[0] : e.name + ': ' + e.message; }
        if (arguments.length === 0) {
            this.assert(!error, 'expected response body to be a valid json but got error ' + error,
                'expected response body not to be a valid json');
            return;
        }
        // chai-postman checks only a path given as a string: an object
        // (`jsonBody({a: 1})`) asserts nothing there, so it passes here too.
        if (typeof path !== 'string') { return; }
        var found = lib.nested(data, path);
        this.assert(found.exists, 'expected #{act} in response to contain property #{exp}',
            'expected #{act} in response to not contain property #{exp}', path, data);
        if (arguments.length > 1) {
            this.assert(lib.deepEqual(found.value, value),
                'expected response body json at "' + path + '" to contain #{exp} but got #{act}',
                'expected response body json at "' + path + '" to not contain #{exp} but got #{act}', value, found.value);
        }
    });
    chainable('responseTime', function (value) {
        var time = flag(this, 'object');
        this.assert(typeof time === 'number', 'expected response to have a valid response time but got #{act}',
            'expected response to not have a valid response time but got #{act}', null, time);
        if (arguments.length) {
            this.assert(time === value, 'expected response to have a valid response time but got #{act}',
                'expected response to not have a valid response time but got #{act}', null, time);
        }
    }, function () {
        var response = responseCheck(this);
        lib.setFlag(this, 'object', response.responseTime);
    });
    chainable('responseSize', function (value) {
        var size = flag(this, 'object');
        this.assert(typeof size === 'number', 'expected response to have a valid response size but got #{act}',
            'expected response to not have a valid response size but got #{act}', null, size);
        if (arguments.length) {
            this.assert(size === value, 'expected response size to equal #{act} but got #{exp}',
                'expected response size to not equal #{act} but got #{exp}', value, size);
        }
    }, function () {
        var response = responseCheck(this);
        lib.setFlag(this, 'object', response.size().total);
    });
    // As chai-postman: ajv with every error, the caller's options over it.
    method('jsonSchema', function (schema, options) {
        var object = flag(this, 'object');
        var data = isResponse(object) ? object.json() : object;
        var Ajv = lazy('lib/ajv.js');
        var ajv = new Ajv(Object.assign({ allErrors: true, logger: false }, options));
        var valid = ajv.validate(schema, data);
        this.assert(valid && !ajv.errors, 'expected data to satisfy schema but found following errors: \n' + ajv.errorsText(),
            'expected data to not satisfy schema', true, valid);
    });

    return made;
}
