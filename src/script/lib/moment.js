// moment 2.30's API as the sandbox's `require('moment')` gives it, written
// here: creating (now, Date, milliseconds, ISO 8601, a format string, unix
// seconds, UTC), formatting tokens, arithmetic, start/end of a unit,
// comparisons, differences and durations. Local time is the process's.
(function () {
    'use strict';

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    var UNITS = {
        y: 'year', year: 'year', years: 'year', Q: 'quarter', quarter: 'quarter', quarters: 'quarter',
        M: 'month', month: 'month', months: 'month', w: 'week', week: 'week', weeks: 'week',
        isoWeek: 'isoWeek', isoWeeks: 'isoWeek', W: 'isoWeek',
        d: 'day', day: 'day', days: 'day', date: 'day', dates: 'day', D: 'day',
        h: 'hour', hour: 'hour', hours: 'hour', m: 'minute', minute: 'minute', minutes: 'minute',
        s: 'second', second: 'second', seconds: 'second', ms: 'millisecond', millisecond: 'millisecond', milliseconds: 'millisecond'
    };
    var MS = { millisecond: 1, second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, week: 6048e5 };

    function unit(name) { return UNITS[name] || UNITS[String(name).toLowerCase()] || (name === undefined ? undefined : String(name)); }
    function zero(number, width) { var text = String(Math.abs(number)); while (text.length < width) { text = '0' + text; } return (number < 0 ? '-' : '') + text; }

    function Moment(date, utc, valid) {
        this._d = date;
        this._isUTC = !!utc;
        this._isValid = valid !== false && !isNaN(date.getTime());
        this._isAMomentObject = true;
    }
    var fn = Moment.prototype;

    // The rarer parts (format-string parsing, relative time, durations)
    // are parsed the first time a script uses one.
    function more() { return __lazy('lib/moment-more.js'); }

    // The calendar fields, in UTC or local time.
    function field(m, name) { return m._d[(m._isUTC ? 'getUTC' : 'get') + name](); }
    function setField(m, name, value) { m._d[(m._isUTC ? 'setUTC' : 'set') + name](value); return m; }
    function offset(m) { return m._isUTC ? 0 : -m._d.getTimezoneOffset(); }

    // ---- parsing ----

    var ISO = /^\s*(\d{4}|[+-]\d{6})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i;
    function fromIso(text, utc) {
        var p = ISO.exec(text);
        if (!p) { return null; }
        var parts = [+p[1], p[2] ? p[2] - 1 : 0, p[3] ? +p[3] : 1, +(p[4] || 0), +(p[5] || 0), +(p[6] || 0),
            p[7] ? Math.floor(+('0.' + p[7]) * 1000 + 1e-7) : 0];
        if (parts[1] > 11 || parts[2] < 1 || parts[2] > 31 || parts[3] > 24 || parts[4] > 59 || parts[5] > 59) { return new Date(NaN); }
        if (p[8]) {
            var ms = Date.UTC.apply(null, parts);
            if (p[8].toUpperCase() !== 'Z') {
                var sign = p[8][0] === '-' ? -1 : 1, digits = p[8].replace(/\D/g, '');
                ms -= sign * (+digits.slice(0, 2) * 60 + +(digits.slice(2) || 0)) * 6e4;
            }
            return new Date(ms);
        }
        return utc ? new Date(Date.UTC.apply(null, parts)) : new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
    }

    // Parsing with a format string is in moment-more.js.
    function fromFormat(text, format, utc, strict) { return more().fromFormat(text, format, utc, strict); }

    function create(input, format, strict, utc) {
        if (input === undefined || input === null && format === undefined) {
            return input === null ? new Moment(new Date(NaN), utc, false) : new Moment(new Date(), utc);
        }
        if (input instanceof Moment) { return new Moment(new Date(input.valueOf()), utc || input._isUTC, input._isValid); }
        if (input instanceof Date) { return new Moment(new Date(input.getTime()), utc); }
        if (typeof input === 'number') { return new Moment(new Date(input), utc); }
        if (Array.isArray(input)) {
            var parts = [0, 0, 1, 0, 0, 0, 0].map(function (dflt, i) { return i < input.length ? +input[i] : dflt; });
            parts[0] = input.length ? +input[0] : new Date().getFullYear();
            return new Moment(utc ? new Date(Date.UTC.apply(null, parts)) : new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]), utc);
        }
        if (typeof input === 'object') {
            var o = {};
            Object.keys(input).forEach(function (key) { o[unit(key)] = input[key]; });
            return create([o.year, o.month || 0, o.day || 1, o.hour || 0, o.minute || 0, o.second || 0, o.millisecond || 0], undefined, false, utc);
        }
        var text = String(input);
        if (format !== undefined) {
            var formats = Array.isArray(format) ? format : [format];
            for (var f = 0; f < formats.length; f++) {
                var parsed = fromFormat(text, formats[f] === moment.ISO_8601 ? 'YYYY-MM-DDTHH:mm:ss.SSSZ' : formats[f], utc, strict);
                if (!isNaN(parsed.getTime())) { return new Moment(parsed, utc); }
            }
            return new Moment(new Date(NaN), utc, false);
        }
        var iso = fromIso(text, utc);
        // Not ISO: moment falls back to the Date constructor (and warns).
        return new Moment(iso || new Date(text), utc);
    }

    // ---- formatting ----

    function ordinal(n) { var b = n % 10, t = n % 100; return n + ((t >= 11 && t <= 13) ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th'); }
    function zoneText(minutes, colon) {
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.abs(minutes);
        return sign + zero(Math.floor(minutes / 60), 2) + (colon ? ':' : '') + zero(minutes % 60, 2);
    }
    function dayOfYear(m) { return Math.round((Date.UTC(field(m, 'FullYear'), field(m, 'Month'), field(m, 'Date')) - Date.UTC(field(m, 'FullYear'), 0, 1)) / 864e5) + 1; }
    function isoWeek(m) {
        var date = new Date(Date.UTC(field(m, 'FullYear'), field(m, 'Month'), field(m, 'Date')));
        var day = date.getUTCDay() || 7;
        date.setUTCDate(date.getUTCDate() + 4 - day);
        return { week: Math.ceil(((date - Date.UTC(date.getUTCFullYear(), 0, 1)) / 864e5 + 1) / 7), year: date.getUTCFullYear() };
    }
    function localeWeek(m) {
        // The default locale (en): weeks start on Sunday; week 1 holds January 1st.
        var date = new Date(Date.UTC(field(m, 'FullYear'), field(m, 'Month'), field(m, 'Date')));
        date.setUTCDate(date.getUTCDate() + 6 - date.getUTCDay());
        return { week: Math.ceil(((date - Date.UTC(date.getUTCFullYear(), 0, 1)) / 864e5 + 1) / 7), year: date.getUTCFullYear() };
    }
    var FORMAT_TOKENS = /(\[[^\]]*\])|YYYYYY|YYYY|YY|Y|Qo|Q|MMMM|MMM|MM|Mo|M|DDDD|DDDo|DDD|Do|DD|D|dddd|ddd|dd|do|d|E|e|HH|H|hh|h|kk|k|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|GGGG|gggg|WW|Wo|W|ww|wo|w/g;
    var FORMATTERS = {
        YYYYYY: function (m) { var y = field(m, 'FullYear'); return (y < 0 ? '-' : '+') + zero(Math.abs(y), 6); },
        YYYY: function (m) { var y = field(m, 'FullYear'); return y <= 9999 ? zero(y, 4) : '+' + y; },
        YY: function (m) { return zero(field(m, 'FullYear') % 100, 2); },
        Y: function (m) { var y = field(m, 'FullYear'); return y <= 9999 ? String(y) : '+' + y; },
        Q: function (m) { return String(Math.floor(field(m, 'Month') / 3) + 1); },
        Qo: function (m) { return ordinal(Math.floor(field(m, 'Month') / 3) + 1); },
        M: function (m) { return String(field(m, 'Month') + 1); },
        Mo: function (m) { return ordinal(field(m, 'Month') + 1); },
        MM: function (m) { return zero(field(m, 'Month') + 1, 2); },
        MMM: function (m) { return MONTHS[field(m, 'Month')].slice(0, 3); },
        MMMM: function (m) { return MONTHS[field(m, 'Month')]; },
        D: function (m) { return String(field(m, 'Date')); },
        Do: function (m) { return ordinal(field(m, 'Date')); },
        DD: function (m) { return zero(field(m, 'Date'), 2); },
        DDD: function (m) { return String(dayOfYear(m)); },
        DDDo: function (m) { return ordinal(dayOfYear(m)); },
        DDDD: function (m) { return zero(dayOfYear(m), 3); },
        d: function (m) { return String(field(m, 'Day')); },
        do: function (m) { return ordinal(field(m, 'Day')); },
        dd: function (m) { return DAYS[field(m, 'Day')].slice(0, 2); },
        ddd: function (m) { return DAYS[field(m, 'Day')].slice(0, 3); },
        dddd: function (m) { return DAYS[field(m, 'Day')]; },
        e: function (m) { return String(field(m, 'Day')); },
        E: function (m) { return String(field(m, 'Day') || 7); },
        H: function (m) { return String(field(m, 'Hours')); },
        HH: function (m) { return zero(field(m, 'Hours'), 2); },
        h: function (m) { return String(field(m, 'Hours') % 12 || 12); },
        hh: function (m) { return zero(field(m, 'Hours') % 12 || 12, 2); },
        k: function (m) { return String(field(m, 'Hours') || 24); },
        kk: function (m) { return zero(field(m, 'Hours') || 24, 2); },
        m: function (m) { return String(field(m, 'Minutes')); },
        mm: function (m) { return zero(field(m, 'Minutes'), 2); },
        s: function (m) { return String(field(m, 'Seconds')); },
        ss: function (m) { return zero(field(m, 'Seconds'), 2); },
        S: function (m) { return String(Math.floor(field(m, 'Milliseconds') / 100)); },
        SS: function (m) { return zero(Math.floor(field(m, 'Milliseconds') / 10), 2); },
        SSS: function (m) { return zero(field(m, 'Milliseconds'), 3); },
        A: function (m) { return field(m, 'Hours') < 12 ? 'AM' : 'PM'; },
        a: function (m) { return field(m, 'Hours') < 12 ? 'am' : 'pm'; },
        Z: function (m) { return m._isUTC ? '+00:00' : zoneText(offset(m), true); },
        ZZ: function (m) { return zoneText(offset(m), false); },
        X: function (m) { return String(Math.floor(m.valueOf() / 1000)); },
        x: function (m) { return String(m.valueOf()); },
        W: function (m) { return String(isoWeek(m).week); },
        WW: function (m) { return zero(isoWeek(m).week, 2); },
        Wo: function (m) { return ordinal(isoWeek(m).week); },
        GGGG: function (m) { return zero(isoWeek(m).year, 4); },
        w: function (m) { return String(localeWeek(m).week); },
        ww: function (m) { return zero(localeWeek(m).week, 2); },
        wo: function (m) { return ordinal(localeWeek(m).week); },
        gggg: function (m) { return zero(localeWeek(m).year, 4); }
    };
    fn.format = function (format) {
        if (!this._isValid) { return 'Invalid date'; }
        var self = this;
        format = format === undefined ? (this._isUTC ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ') : String(format);
        return format.replace(FORMAT_TOKENS, function (token, literal) {
            return literal ? literal.slice(1, -1) : FORMATTERS[token](self);
        });
    };
    fn.toISOString = function (keepOffset) {
        if (!this._isValid) { return null; }
        var y = this._d.getUTCFullYear();
        if (y < 0 || y > 9999) { return moment.utc(this).format('YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]'); }
        return keepOffset && !this._isUTC ? this.format('YYYY-MM-DDTHH:mm:ss.SSSZ') : this._d.toISOString();
    };
    fn.toJSON = function () { return this._isValid ? this.toISOString() : null; };
    fn.toString = function () { return this.format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
    fn.inspect = function () { return 'moment' + (this._isUTC ? '.utc' : '') + '("' + this.format('YYYY-MM-DDTHH:mm:ss.SSSZ') + '")'; };

    // ---- reading and arithmetic ----

    fn.valueOf = function () { return this._d.getTime(); };
    fn.unix = function () { return Math.floor(this.valueOf() / 1000); };
    fn.toDate = function () { return new Date(this.valueOf()); };
    fn.toArray = function () { var m = this; return ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map(function (f) { return field(m, f); }); };
    fn.toObject = function () { var a = this.toArray(); return { years: a[0], months: a[1], date: a[2], hours: a[3], minutes: a[4], seconds: a[5], milliseconds: a[6] }; };
    fn.clone = function () { return new Moment(new Date(this.valueOf()), this._isUTC, this._isValid); };
    fn.isValid = function () { return this._isValid; };
    fn.utc = function () { this._isUTC = true; return this; };
    fn.local = function () { this._isUTC = false; return this; };
    fn.isUTC = fn.isUtc = function () { return this._isUTC; };
    fn.utcOffset = function () { return offset(this); };
    fn.daysInMonth = function () { return new Date(Date.UTC(field(this, 'FullYear'), field(this, 'Month') + 1, 0)).getUTCDate(); };
    fn.isLeapYear = function () { var y = field(this, 'FullYear'); return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; };
    fn.dayOfYear = function (value) { return value === undefined ? dayOfYear(this) : this.add(value - dayOfYear(this), 'd'); };
    fn.isoWeek = fn.isoWeeks = function () { return isoWeek(this).week; };
    fn.week = fn.weeks = function () { return localeWeek(this).week; };
    fn.isoWeekday = function (value) { var d = field(this, 'Day') || 7; return value === undefined ? d : this.add(value - d, 'd'); };
    fn.weekday = function () { return field(this, 'Day'); };
    fn.quarter = function () { return Math.floor(field(this, 'Month') / 3) + 1; };
    [['year', 'FullYear'], ['years', 'FullYear'], ['month', 'Month'], ['months', 'Month'], ['date', 'Date'], ['dates', 'Date'],
        ['day', 'Day'], ['days', 'Day'], ['hour', 'Hours'], ['hours', 'Hours'], ['minute', 'Minutes'], ['minutes', 'Minutes'],
        ['second', 'Seconds'], ['seconds', 'Seconds'], ['millisecond', 'Milliseconds'], ['milliseconds', 'Milliseconds']].forEach(function (pair) {
        fn[pair[0]] = function (value) {
            if (value === undefined) { return field(this, pair[1]); }
            if (pair[1] === 'Day') { return this.add(value - field(this, 'Day'), 'd'); }
            return setField(this, pair[1], +value);
        };
    });
    fn.get = function (name) { return this[unit(name)](); };
    fn.set = function (name, value) {
        var self = this;
        if (typeof name === 'object') { Object.keys(name).forEach(function (k) { self.set(k, name[k]); }); return this; }
        return this[unit(name)](value);
    };

    function addMonths(m, months) {
        var day = field(m, 'Date');
        setField(m, 'Date', 1);
        setField(m, 'Month', field(m, 'Month') + months);
        return setField(m, 'Date', Math.min(day, m.daysInMonth()));
    }
    function shift(m, amount, name, sign) {
        if (typeof amount === 'object' && amount !== null) {
            if (amount._isDuration) { amount = amount._data; }
            Object.keys(amount).forEach(function (k) { shift(m, amount[k], k, sign); });
            return m;
        }
        if (typeof amount === 'string' && isNaN(+amount)) { var swap = amount; amount = name; name = swap; }
        var n = (+amount || 0) * sign, u = unit(name || 'ms');
        if (u === 'year') { return addMonths(m, n * 12); }
        if (u === 'quarter') { return addMonths(m, n * 3); }
        if (u === 'month') { return addMonths(m, n); }
        if (u === 'day' || u === 'week') { return setField(m, 'Date', field(m, 'Date') + n * (u === 'week' ? 7 : 1)); }
        if (MS[u]) { m._d.setTime(m.valueOf() + n * MS[u]); }
        return m;
    }
    fn.add = function (amount, name) { return shift(this, amount, name, 1); };
    fn.subtract = function (amount, name) { return shift(this, amount, name, -1); };

    fn.startOf = function (name) {
        var u = unit(name);
        switch (u) {
            case 'year': setField(this, 'Month', 0); /* falls through */
            case 'quarter': if (u === 'quarter') { setField(this, 'Month', Math.floor(field(this, 'Month') / 3) * 3); } /* falls through */
            case 'month': setField(this, 'Date', 1); /* falls through */
            case 'week': case 'isoWeek': case 'day':
                if (u === 'week') { setField(this, 'Date', field(this, 'Date') - field(this, 'Day')); }
                if (u === 'isoWeek') { setField(this, 'Date', field(this, 'Date') - ((field(this, 'Day') + 6) % 7)); }
                setField(this, 'Hours', 0); /* falls through */
            case 'hour': setField(this, 'Minutes', 0); /* falls through */
            case 'minute': setField(this, 'Seconds', 0); /* falls through */
            case 'second': setField(this, 'Milliseconds', 0); break;
            default: break;
        }
        return this;
    };
    fn.endOf = function (name) {
        var u = unit(name);
        if (u === undefined || u === 'millisecond') { return this; }
        return this.startOf(u).add(1, u === 'isoWeek' ? 'week' : u).subtract(1, 'ms');
    };

    function monthDiff(a, b) {
        // moment's: whole months plus the fraction of the month around them.
        var whole = (b.year() - a.year()) * 12 + (b.month() - a.month());
        var anchor = a.clone().add(whole, 'months'), anchor2, adjust;
        if (b - anchor < 0) {
            anchor2 = a.clone().add(whole - 1, 'months');
            adjust = (b - anchor) / (anchor - anchor2);
        } else {
            anchor2 = a.clone().add(whole + 1, 'months');
            adjust = (b - anchor) / (anchor2 - anchor);
        }
        return -(whole + adjust) || 0;
    }
    function truncate(number) { return number < 0 ? Math.ceil(number) || 0 : Math.floor(number); }
    fn.diff = function (input, name, asFloat) {
        var other = create(input);
        if (!this._isValid || !other._isValid) { return NaN; }
        var u = unit(name), zoneDelta = (offset(other) - offset(this)) * 6e4, result;
        if (u === 'year' || u === 'month' || u === 'quarter') {
            result = monthDiff(this, other);
            result = u === 'quarter' ? result / 3 : u === 'year' ? result / 12 : result;
        } else {
            var delta = this - other;
            result = u === 'second' ? delta / 1e3 : u === 'minute' ? delta / 6e4 : u === 'hour' ? delta / 36e5 :
                u === 'day' ? (delta - zoneDelta) / 864e5 : u === 'week' ? (delta - zoneDelta) / 6048e5 : delta;
        }
        return asFloat ? result : truncate(result);
    };

    function compareTo(m, input, name, test) {
        var other = create(input);
        if (!m._isValid || !other._isValid) { return false; }
        var u = unit(name);
        if (!u || u === 'millisecond') { return test(m.valueOf(), other.valueOf(), other.valueOf()); }
        var value = other.valueOf();
        return test(m.clone().startOf(u).valueOf(), m.clone().endOf(u).valueOf(), value);
    }
    fn.isBefore = function (input, name) { return compareTo(this, input, name, function (start, end, value) { return unit(name) ? end < value : start < value; }); };
    fn.isAfter = function (input, name) { return compareTo(this, input, name, function (start, end, value) { return value < start; }); };
    fn.isSame = function (input, name) { return compareTo(this, input, name, function (start, end, value) { return start <= value && value <= end; }); };
    fn.isSameOrAfter = function (input, name) { return this.isSame(input, name) || this.isAfter(input, name); };
    fn.isSameOrBefore = function (input, name) { return this.isSame(input, name) || this.isBefore(input, name); };
    fn.isBetween = function (from, to, name, inclusivity) {
        inclusivity = inclusivity || '()';
        var afterFrom = inclusivity[0] === '(' ? this.isAfter(from, name) : !this.isBefore(from, name);
        var beforeTo = inclusivity[1] === ')' ? this.isBefore(to, name) : !this.isAfter(to, name);
        return afterFrom && beforeTo;
    };

    // Relative time and durations are in moment-more.js.
    fn.from = function (input, withoutSuffix) { return more().from(this, create(input), withoutSuffix); };
    fn.fromNow = function (withoutSuffix) { return this.from(create(), withoutSuffix); };
    fn.to = function (input, withoutSuffix) { return create(input).from(this, withoutSuffix); };
    fn.toNow = function (withoutSuffix) { return create().from(this, withoutSuffix); };
    fn.locale = function () { return arguments.length ? this : 'en'; };

    // ---- the module ----

    function moment(input, format, strict) { return create(input, format, strict === true, false); }
    moment.utc = function (input, format, strict) { return create(input, format, strict === true, true); };
    moment.unix = function (seconds) { return create(seconds * 1000); };
    moment.isMoment = function (value) { return value instanceof Moment; };
    moment.isDate = function (value) { return value instanceof Date; };
    moment.isDuration = function (value) { return !!(value && value._isDuration); };
    moment.duration = function (input, name) { return more().duration(input, name); };
    moment.now = function () { return Date.now(); };
    moment.invalid = function () { return new Moment(new Date(NaN), false, false); };
    moment.max = function () { var list = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return list.reduce(function (a, b) { return b > a ? b : a; }); };
    moment.min = function () { var list = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return list.reduce(function (a, b) { return b < a ? b : a; }); };
    moment.locale = function () { return 'en'; };
    moment.months = function () { return MONTHS.slice(); };
    moment.weekdays = function () { return DAYS.slice(); };
    moment.ISO_8601 = function () {};
    moment.version = '2.30.1';
    moment.fn = fn;
    Object.defineProperty(moment, '__internals', { value: {
        MONTHS: MONTHS, UNITS: UNITS, MS: MS, unit: unit, truncate: truncate
    } });
    return moment;
})();
