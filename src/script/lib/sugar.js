// The built-in extensions older collections rely on: postman-sandbox loads
// Sugar 1.x into every script, so `responseBody.has('x')`, `[].first()`,
// `(5).pad(3)` or `date.addDays(1)` work there. This file holds postrun's
// versions of the commonly used ones (written here, checked against Sugar);
// `js/require.js` puts a forwarding stub for each name on the prototypes,
// so the file is parsed only when a script first calls one.
(function () {
    'use strict';

    function escapeRegExp(text) { return String(text).replace(/([\\/'*+?|()[\]{}.^$-])/g, '\\$1'); }
    function isRegExp(value) { return Object.prototype.toString.call(value) === '[object RegExp]'; }
    function range(self, num, fromStart) {
        if (num === undefined) { num = 1; }
        return fromStart ? self.slice(0, Math.max(num, 0)) : self.slice(Math.max(self.length - num, 0));
    }
    function repeatString(count, text) {
        var out = '';
        for (var i = 0; i < count; i++) { out += text; }
        return out;
    }
    function mapper(map) {
        if (map === undefined) { return function (v) { return v; }; }
        if (typeof map === 'function') { return map; }
        return function (v) { return v === null || v === undefined ? undefined : v[map]; };
    }
    function matcher(test) {
        if (typeof test === 'function') { return test; }
        if (isRegExp(test)) { return function (v) { return test.test(v); }; }
        if (test !== null && typeof test === 'object') {
            return function (v) {
                return v !== null && typeof v === 'object' && Object.keys(test).every(function (k) { return matcher(test[k])(v[k]); });
            };
        }
        return function (v) { return v === test; };
    }
    function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

    var string = {
        has: function (find) { return String(this).search(isRegExp(find) ? find : escapeRegExp(find)) !== -1; },
        first: function (num) { return range(String(this), num, true); },
        last: function (num) { return range(String(this), num, false); },
        from: function (num) { return String(this).slice(num || 0); },
        to: function (num) { return String(this).slice(0, num === undefined ? this.length : num); },
        isBlank: function () { return String(this).trim().length === 0; },
        toNumber: function (base) { var text = String(this).replace(/,/g, ''); return /\./.test(text) ? parseFloat(text) : parseInt(text, base || 10); },
        capitalize: function (all) {
            var previous;
            return String(this).toLowerCase().replace(all ? /[\s\S]/g : /^\S/, function (lower) {
                var upper = lower.toUpperCase(), out = previous ? lower : upper;
                previous = upper !== lower;
                return out;
            });
        },
        camelize: function (first) {
            var out = string.underscore.call(this).replace(/(^|_)([^_]+)/g, function (match, sep, word, at) {
                return at === 0 && first === false ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
            });
            return out;
        },
        underscore: function () {
            return String(this).replace(/[-\s]+/g, '_').replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
        },
        dasherize: function () { return string.underscore.call(this).replace(/_/g, '-'); },
        spacify: function () { return string.underscore.call(this).replace(/_/g, ' '); },
        words: function (fn) { var out = String(this).trim().split(/\s+/).filter(Boolean); if (fn) { out.forEach(fn); } return out; },
        lines: function (fn) { var out = String(this).trim().split(/^/m).map(function (l) { return l.replace(/\r?\n$/, ''); }); if (fn) { out.forEach(fn); } return out; },
        chars: function (fn) { var out = String(this).split(''); if (fn) { out.forEach(fn); } return out; },
        codes: function () { return String(this).split('').map(function (c) { return c.charCodeAt(0); }); },
        compact: function () { return String(this).trim().replace(/([\r\n\s\u3000])+/g, function (m, c) { return c === '\u3000' ? c : ' '; }); },
        reverse: function () { return String(this).split('').reverse().join(''); },
        escapeRegExp: function () { return escapeRegExp(this); },
        escapeURL: function (param) { return param ? encodeURIComponent(this) : encodeURI(this); },
        unescapeURL: function (param) { return param ? decodeURI(this) : decodeURIComponent(this); },
        escapeHTML: function () { return String(this).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\//g, '&#x2f;'); },
        unescapeHTML: function () { return String(this).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x2f;/g, '/').replace(/&amp;/g, '&'); },
        encodeBase64: function () { return btoa(unescape(encodeURIComponent(this))); },
        decodeBase64: function () { return decodeURIComponent(escape(atob(this))); },
        stripTags: function () { return String(this).replace(/<\/?[^>]+>/g, ''); },
        removeTags: function () { return String(this).replace(/<([^>\s]+)[^>]*>[\s\S]*?<\/\1>|<[^>]+\/?>/g, ''); },
        insert: function (text, index) { var self = String(this); index = index === undefined ? self.length : index < 0 ? self.length + index : index; return self.slice(0, index) + text + self.slice(index); },
        add: function (text, index) { return string.insert.call(this, text, index); },
        remove: function (find) { return String(this).replace(find, ''); },
        pad: function (padding, num) { return repeatString(num, padding) + this + repeatString(num, padding); },
        padLeft: function (padding, num) { return repeatString(num, padding) + this; },
        padRight: function (padding, num) { return this + repeatString(num, padding); },
        each: function (search, fn) {
            if (typeof search === 'function') { fn = search; search = /[\s\S]/g; } else if (search === undefined) { search = /[\s\S]/g; } else if (typeof search === 'string') { search = new RegExp(escapeRegExp(search), 'gi'); }
            var out = String(this).match(search) || [];
            if (fn) { out.forEach(function (m, i) { fn.call(m, m, i, out); }); }
            return out;
        }
    };

    var array = {
        first: function (num) { return num === undefined ? this[0] : this.slice(0, Math.max(num, 0)); },
        last: function (num) { return num === undefined ? this[this.length - 1] : this.slice(Math.max(this.length - num, 0)); },
        from: function (num) { return this.slice(num); },
        to: function (num) { return this.slice(0, num === undefined ? this.length : num); },
        isEmpty: function () { return this.filter(function (v) { return v !== null && v !== undefined; }).length === 0; },
        include: function (value, index) { var out = this.slice(); if (index === undefined) { out.push(value); } else { out.splice(index, 0, value); } return out; },
        add: function (value, index) { if (index === undefined) { this.push(value); } else { this.splice(index, 0, value); } return this; },
        insert: function (value, index) { return array.add.call(this, value, index); },
        clone: function () { return this.slice(); },
        compact: function (all) { return this.filter(function (v) { return all ? !!v : v !== null && v !== undefined && v === v; }); },
        flatten: function (limit) {
            var out = [];
            (function walk(list, depth) {
                list.forEach(function (v) { if (Array.isArray(v) && (limit === undefined || depth < limit)) { walk(v, depth + 1); } else { out.push(v); } });
            })(this, 0);
            return out;
        },
        unique: function (map) {
            var fn = mapper(map), seen = [], out = [];
            this.forEach(function (v) { var key = fn(v); if (!seen.some(function (s) { return same(s, key); })) { seen.push(key); out.push(v); } });
            return out;
        },
        sum: function (map) { var fn = mapper(map); return this.length ? this.reduce(function (total, v) { return total + fn(v); }, 0) : 0; },
        average: function (map) { return this.length ? array.sum.call(this, map) / this.length : 0; },
        min: function (map, all) {
            var fn = mapper(map), best;
            this.forEach(function (v) { var k = fn(v); if (best === undefined || k < best) { best = k; } });
            var found = this.filter(function (v) { return fn(v) === best; });
            return all ? array.unique.call(found) : found[0];
        },
        max: function (map, all) {
            var fn = mapper(map), best;
            this.forEach(function (v) { var k = fn(v); if (best === undefined || k > best) { best = k; } });
            var found = this.filter(function (v) { return fn(v) === best; });
            return all ? array.unique.call(found) : found[0];
        },
        count: function (test) { return test === undefined ? this.length : this.filter(matcher(test)).length; },
        findAll: function (test, index) { return this.slice(index || 0).filter(matcher(test)); },
        exclude: function () { var tests = Array.prototype.map.call(arguments, matcher); return this.filter(function (v) { return !tests.some(function (t) { return t(v); }); }); },
        remove: function () {
            var tests = Array.prototype.map.call(arguments, matcher);
            for (var i = this.length - 1; i >= 0; i--) { if (tests.some(function (t) { return t(this[i]); }, this)) { this.splice(i, 1); } }
            return this;
        },
        removeAt: function (start, end) { this.splice(start, (end === undefined ? start : end) - start + 1); return this; },
        any: function (test) { return this.some(matcher(test)); },
        all: function (test) { return this.every(matcher(test)); },
        none: function (test) { return !this.some(matcher(test)); },
        each: function (fn, index) { for (var i = index || 0; i < this.length; i++) { if (fn.call(this, this[i], i, this) === false) { break; } } return this; },
        groupBy: function (map, fn) {
            var key = mapper(map), out = {};
            this.forEach(function (v) { var k = key(v); (out[k] = out[k] || []).push(v); });
            if (fn) { Object.keys(out).forEach(function (k) { fn(k, out[k]); }); }
            return out;
        },
        sortBy: function (map, desc) {
            var fn = mapper(map);
            return this.slice().sort(function (a, b) { var x = fn(a), y = fn(b), c = x > y ? 1 : x < y ? -1 : 0; return desc ? -c : c; });
        },
        randomize: function () {
            var out = this.slice();
            for (var i = out.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)), t = out[i]; out[i] = out[j]; out[j] = t; }
            return out;
        },
        sample: function (num) { var out = array.randomize.call(this); return num === undefined ? out[0] : out.slice(0, num); },
        subtract: function () { var others = array.flatten.call(Array.prototype.slice.call(arguments)); return this.filter(function (v) { return !others.some(function (o) { return same(o, v); }); }); },
        intersect: function () { var others = array.flatten.call(Array.prototype.slice.call(arguments)); return array.unique.call(this.filter(function (v) { return others.some(function (o) { return same(o, v); }); })); },
        union: function () { return array.unique.call(this.concat(array.flatten.call(Array.prototype.slice.call(arguments)))); },
        zip: function () { var lists = Array.prototype.slice.call(arguments); return this.map(function (v, i) { return [v].concat(lists.map(function (l) { return l[i] === undefined ? null : l[i]; })); }); },
        inGroupsOf: function (size, padding) {
            var out = [];
            for (var i = 0; i < this.length; i += size) {
                var group = this.slice(i, i + size);
                while (padding !== undefined && group.length < size) { group.push(padding); }
                while (padding === undefined && group.length < size && out.length >= 0 && i + size > this.length) { group.push(null); }
                out.push(group);
            }
            return out;
        }
    };

    var SUFFIX = ['th', 'st', 'nd', 'rd'];
    function ordinal(n) { var t = n % 100, u = n % 10; return n + (t >= 11 && t <= 13 ? 'th' : SUFFIX[u] || 'th'); }
    function rounder(method) {
        return function (precision) { var f = Math.pow(10, Math.abs(precision || 0)); return precision < 0 ? Math[method](this / f) * f : Math[method](this * f) / f; };
    }
    var number = {
        pad: function (place, sign, base) {
            var n = Number(this), digits = Math.abs(n).toString(base || 10);
            while (digits.length < (place === undefined ? 0 : place)) { digits = '0' + digits; }
            return (n < 0 ? '-' : sign ? '+' : '') + digits;
        },
        format: function (place, thousands, decimal) {
            var n = Number(this), parts;
            thousands = thousands === undefined ? ',' : thousands;
            decimal = decimal === undefined ? '.' : decimal;
            parts = (place === undefined ? String(Math.abs(n)) : Math.abs(number.round.call(n, place)).toFixed(Math.max(place, 0))).split('.');
            var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
            return (n < 0 ? '-' : '') + whole + (parts[1] ? decimal + parts[1] : '');
        },
        round: rounder('round'), ceil: rounder('ceil'), floor: rounder('floor'),
        abs: function () { return Math.abs(this); }, pow: function (p) { return Math.pow(this, p === undefined ? 1 : p); },
        sqrt: function () { return Math.sqrt(this); }, log: function (base) { return Math.log(this) / (base ? Math.log(base) : 1); },
        times: function (fn) { for (var i = 0; i < this; i++) { fn.call(this, i); } return Number(this); },
        upto: function (to, fn, step) { var out = []; for (var i = Number(this); i <= to; i += step || 1) { out.push(i); if (fn) { fn(i); } } return out; },
        downto: function (to, fn, step) { var out = []; for (var i = Number(this); i >= to; i -= step || 1) { out.push(i); if (fn) { fn(i); } } return out; },
        isOdd: function () { return !isNaN(this) && Number.isInteger(Number(this)) && Math.abs(this % 2) === 1; },
        isEven: function () { return Number.isInteger(Number(this)) && this % 2 === 0; },
        isMultipleOf: function (n) { return this % n === 0; },
        isInteger: function () { return Number.isInteger(Number(this)); },
        ordinalize: function () { return ordinal(Math.abs(Math.floor(this))); },
        toNumber: function () { return parseFloat(this, 10); },
        chr: function () { return String.fromCharCode(this); },
        hex: function (pad) { return number.pad.call(this, pad || 1, false, 16); }
    };
    [['millisecond', 1], ['second', 1e3], ['minute', 6e4], ['hour', 36e5], ['day', 864e5], ['week', 6048e5]].forEach(function (unit) {
        number[unit[0]] = number[unit[0] + 's'] = function () { return Math.round(this * unit[1]); };
    });

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    function two(n) { return (n < 10 ? '0' : '') + n; }
    function dayStart(d) { var c = new Date(d.getTime()); c.setHours(0, 0, 0, 0); return c; }
    var date = {
        clone: function () { return new Date(this.getTime()); },
        isValid: function () { return !isNaN(this.getTime()); },
        isLeapYear: function () { var y = this.getFullYear(); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; },
        daysInMonth: function () { return new Date(this.getFullYear(), this.getMonth() + 1, 0).getDate(); },
        isBefore: function (d, margin) { return this.getTime() < new Date(d).getTime() - (margin || 0); },
        isAfter: function (d, margin) { return this.getTime() > new Date(d).getTime() + (margin || 0); },
        isBetween: function (a, b, margin) { var t = this.getTime(), x = new Date(a).getTime(), y = new Date(b).getTime(), lo = Math.min(x, y) - (margin || 0), hi = Math.max(x, y) + (margin || 0); return lo <= t && t <= hi; },
        isPast: function () { return this.getTime() < Date.now(); },
        isFuture: function () { return this.getTime() > Date.now(); },
        isToday: function () { return dayStart(this).getTime() === dayStart(new Date()).getTime(); },
        isYesterday: function () { var y = dayStart(new Date()); y.setDate(y.getDate() - 1); return dayStart(this).getTime() === y.getTime(); },
        isTomorrow: function () { var t = dayStart(new Date()); t.setDate(t.getDate() + 1); return dayStart(this).getTime() === t.getTime(); },
        isWeekday: function () { var d = this.getDay(); return d > 0 && d < 6; },
        isWeekend: function () { var d = this.getDay(); return d === 0 || d === 6; },
        iso: function () { return this.toISOString(); },
        beginningOfDay: function () { this.setHours(0, 0, 0, 0); return this; },
        endOfDay: function () { this.setHours(23, 59, 59, 999); return this; },
        beginningOfWeek: function () { this.setDate(this.getDate() - this.getDay()); return date.beginningOfDay.call(this); },
        endOfWeek: function () { this.setDate(this.getDate() + 6 - this.getDay()); return date.endOfDay.call(this); },
        beginningOfMonth: function () { this.setDate(1); return date.beginningOfDay.call(this); },
        endOfMonth: function () { this.setDate(date.daysInMonth.call(this)); return date.endOfDay.call(this); },
        beginningOfYear: function () { this.setMonth(0, 1); return date.beginningOfDay.call(this); },
        endOfYear: function () { this.setMonth(11, 31); return date.endOfDay.call(this); },
        format: function (format) {
            var d = this;
            if (!date.isValid.call(d)) { return 'Invalid Date'; }
            var h = d.getHours(), offset = -d.getTimezoneOffset(), sign = offset < 0 ? '-' : '+';
            var tokens = {
                yyyy: d.getFullYear(), year: d.getFullYear(), yy: String(d.getFullYear()).slice(-2),
                MM: two(d.getMonth() + 1), M: d.getMonth() + 1, Month: MONTHS[d.getMonth()], month: MONTHS[d.getMonth()].toLowerCase(),
                dd: two(d.getDate()), d: d.getDate(), date: d.getDate(), ord: ordinal(d.getDate()),
                Weekday: DAYS[d.getDay()], weekday: DAYS[d.getDay()].toLowerCase(),
                HH: two(h), H: h, hh: two(h % 12 || 12), h: h % 12 || 12, hours: h % 12 || 12,
                mm: two(d.getMinutes()), m: d.getMinutes(), minutes: d.getMinutes(), ss: two(d.getSeconds()), s: d.getSeconds(), seconds: d.getSeconds(),
                fff: ('00' + d.getMilliseconds()).slice(-3), ff: ('0' + Math.floor(d.getMilliseconds() / 10)).slice(-2), f: Math.floor(d.getMilliseconds() / 100),
                TT: h < 12 ? 'AM' : 'PM', tt: h < 12 ? 'am' : 'pm', T: h < 12 ? 'A' : 'P', t: h < 12 ? 'a' : 'p',
                tz: sign + two(Math.floor(Math.abs(offset) / 60)) + two(Math.abs(offset) % 60), timezone: sign + two(Math.floor(Math.abs(offset) / 60)) + two(Math.abs(offset) % 60),
                isotz: offset === 0 ? 'Z' : sign + two(Math.floor(Math.abs(offset) / 60)) + ':' + two(Math.abs(offset) % 60)
            };
            var named = { short: '{Month} {d}, {yyyy}', long: '{Month} {d}, {yyyy} {h}:{mm}{tt}', full: '{Weekday} {Month} {d}, {yyyy} {h}:{mm}:{ss}{tt}' };
            if (format === undefined) { format = named.long; }
            if (format === 'iso' || format === Date.ISO8601_DATETIME) { return d.toISOString(); }
            format = named[format] || String(format);
            return format.replace(/\{([^}]+)\}/g, function (match, name) { return Object.prototype.hasOwnProperty.call(tokens, name) ? String(tokens[name]) : match; });
        },
        short: function () { return date.format.call(this, 'short'); },
        long: function () { return date.format.call(this, 'long'); },
        full: function () { return date.format.call(this, 'full'); }
    };
    [['Milliseconds', 'Milliseconds', 1], ['Seconds', 'Seconds', 1], ['Minutes', 'Minutes', 1], ['Hours', 'Hours', 1], ['Days', 'Date', 1],
        ['Weeks', 'Date', 7], ['Months', 'Month', 1], ['Years', 'FullYear', 1]].forEach(function (unit) {
        date['add' + unit[0]] = function (n) {
            if (unit[1] === 'Month') {
                // Sugar keeps the day inside the month: Jan 31 + 1 month is Feb 29/28
                // (but Feb 29 + 1 year is Mar 1).
                var day = this.getDate();
                this.setDate(1);
                this['set' + unit[1]](this['get' + unit[1]]() + n);
                this.setDate(Math.min(day, date.daysInMonth.call(this)));
                return this;
            }
            this['set' + unit[1]](this['get' + unit[1]]() + n * unit[2]);
            return this;
        };
    });

    var statics = {
        has: function (object, key) { return Object.prototype.hasOwnProperty.call(object, key); },
        isArray: Array.isArray,
        isString: function (v) { return typeof v === 'string' || Object.prototype.toString.call(v) === '[object String]'; },
        isNumber: function (v) { return typeof v === 'number' || Object.prototype.toString.call(v) === '[object Number]'; },
        isBoolean: function (v) { return typeof v === 'boolean' || Object.prototype.toString.call(v) === '[object Boolean]'; },
        isFunction: function (v) { return typeof v === 'function'; },
        isDate: function (v) { return Object.prototype.toString.call(v) === '[object Date]'; },
        isRegExp: isRegExp,
        isObject: function (v) { return Object.prototype.toString.call(v) === '[object Object]'; },
        isNaN: function (v) { return typeof v === 'number' && v !== v; },
        isEmpty: function (v) { return v === null || v === undefined || (typeof v === 'object' ? Object.keys(v).length === 0 : String(v).length === 0); },
        size: function (v) { return Object.keys(v).length; },
        equal: function (a, b) { return same(a, b); },
        clone: function (v, deep) { return deep ? JSON.parse(JSON.stringify(v)) : (Array.isArray(v) ? v.slice() : Object.assign({}, v)); },
        merge: function (target, source) { Object.keys(source || {}).forEach(function (k) { target[k] = source[k]; }); return target; },
        toQueryString: function (object, namespace) {
            function encode(text) { return encodeURIComponent(text).replace(/%20/g, '+'); }
            return Object.keys(object).map(function (k) {
                var key = namespace ? namespace + '[' + k + ']' : k, v = object[k];
                if (v !== null && typeof v === 'object') { return statics.toQueryString(v, key); }
                return encode(key) + '=' + encode(v);
            }).join('&');
        },
        fromQueryString: function (text) {
            var out = {};
            String(text).replace(/^.*?\?/, '').split('&').forEach(function (pair) {
                if (!pair) { return; }
                var parts = pair.split('='), key = decodeURIComponent(parts[0]), value = decodeURIComponent((parts[1] || '').replace(/\+/g, ' '));
                // Numbers come back as numbers.
                if (/^-?\d+(\.\d+)?$/.test(value)) { value = Number(value); }
                if (/\[\]$/.test(key)) { key = key.slice(0, -2); (out[key] = out[key] || []).push(value); } else { out[key] = value; }
            });
            return out;
        },
        each: function (object, fn) { Object.keys(object).forEach(function (k) { fn.call(object, k, object[k]); }); return object; }
    };

    return { String: string, Array: array, Number: number, Date: date, Object: statics };
})();
