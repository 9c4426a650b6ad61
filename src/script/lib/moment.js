// moment 2.30's API as the sandbox's `require('moment')` gives it, written
// here: creating (now, Date, milliseconds, ISO 8601, a format string, unix
// seconds, UTC), formatting tokens, arithmetic, start/end of a unit,
// comparisons, differences and durations. Local time is the process's.
0, function () {
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

    // `_d` is the instant; a moment in UTC (`_isUTC`) reads its fields at
    // `_offset` minutes from UTC (0 for `moment.utc`, any for `utcOffset(n)`).
    function Moment(date, utc, valid) {
        this._d = date;
        this._isUTC = !!utc;
        this._offset = 0;
        this._isValid = valid !== false && !isNaN(date.getTime());
        this._isAMomentObject = true;
        this._locale = state.global;
    }
    var fn = Moment.prototype;

    // The rarer parts (format-string parsing, relative time, durations,
    // defining locales) are parsed the first time a script uses one.
    function more() { return __lazy('lib/moment-more.js'); }

    // Locales (English, and those a script defines) are in moment-locale.js,
    // parsed when a moment first needs a name, an ordinal or a long format.
    // A moment's `_locale` is null for English, as long as the global
    // locale is (`state.global`).
    var state = { global: null };
    function localeLib() { return __lazy('lib/moment-locale.js'); }
    function localeOf(m) { return m._locale || localeLib().en; }

    // The calendar fields, in local time or at the moment's UTC offset.
    function shifted(m) { return new Date(m._d.getTime() + m._offset * 6e4); }
    function field(m, name) {
        if (!m._isUTC) { return m._d['get' + name](); }
        return (m._offset ? shifted(m) : m._d)['getUTC' + name]();
    }
    function setField(m, name, value) {
        if (!m._isUTC) { m._d['set' + name](value); return m; }
        if (!m._offset) { m._d['setUTC' + name](value); return m; }
        var d = shifted(m);
        d['setUTC' + name](value);
        m._d.setTime(d.getTime() - m._offset * 6e4);
        return m;
    }
    function offset(m) { return m._isUTC ? m._offset : -Math.round(m._d.getTimezoneOffset()); }

    // ---- parsing ----

    var ISO = /^\s*(\d{4}|[+-]\d{6})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i;
    var NOT_DIGITS = /\D/g;
    function fromIso(text, utc) {
        var p = ISO.exec(text);
        if (!p) { return null; }
        var parts = [+p[1], p[2] ? p[2] - 1 : 0, p[3] ? +p[3] : 1, +(p[4] || 0), +(p[5] || 0), +(p[6] || 0),
            p[7] ? Math.floor(+('0.' + p[7]) * 1000 + 1e-7) : 0];
        var monthDays = new Date(Date.UTC(2000 + parts[0] % 400, parts[1] + 1, 0)).getUTCDate();
        if (parts[1] > 11 || parts[2] < 1 || parts[2] > monthDays || parts[3] > 24 || parts[4] > 59 || parts[5] > 59 ||
            (parts[3] === 24 && (parts[4] || parts[5] || parts[6]))) { return new Date(NaN); }
        if (p[8]) {
            var ms = utcTime(parts);
            if (p[8].toUpperCase() !== 'Z') {
                var sign = p[8][0] === '-' ? -1 : 1, digits = p[8].replace(NOT_DIGITS, '');
                ms -= sign * (+digits.slice(0, 2) * 60 + +(digits.slice(2) || 0)) * 6e4;
            }
            return new Date(ms);
        }
        return utc ? new Date(utcTime(parts)) : localDate(parts);
    }
    // Date's constructors read a year below 100 as 19xx; moment does not.
    function utcTime(parts) {
        var date = new Date(Date.UTC.apply(null, parts));
        if (parts[0] < 100 && parts[0] >= 0) { date.setUTCFullYear(parts[0]); }
        return date.getTime();
    }
    function localDate(parts) {
        var date = new Date(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6]);
        if (parts[0] < 100 && parts[0] >= 0) { date.setFullYear(parts[0]); }
        return date;
    }

    // Parsing with a format string is in moment-more.js, with the moment's
    // locale (loaded only if a token needs its names).
    function fromFormat(text, formats, utc, strict, locale) {
        var holder = { _locale: locale ? localeLib().findLocale(locale) : state.global };
        return more().fromFormat(text, formats, utc, strict, holder);
    }

    // What a moment was made from, for `creationData()`, `parsingFlags()`
    // and `parseZone()`; its locale, the global one unless a name is given.
    function create(input, format, strict, utc, locale) {
        var m = input instanceof Moment ? input.clone() : build(input, format, strict === true, utc, locale);
        if (input instanceof Moment) {
            if (utc) { m.utc(); }
        } else {
            m._i = input;
            m._f = format;
            m._strict = strict === undefined ? undefined : strict;
        }
        if (locale) { m._locale = localeLib().findLocale(locale); }
        return m;
    }
    function build(input, format, strict, utc, locale) {
        if (input === undefined || input === null && format === undefined) {
            return input === null ? new Moment(new Date(NaN), utc, false) : new Moment(new Date(), utc);
        }
        if (input instanceof Date) { return new Moment(new Date(input.getTime()), utc); }
        if (typeof input === 'number') { return new Moment(new Date(input), utc); }
        if (Array.isArray(input)) {
            var parts = [0, 0, 1, 0, 0, 0, 0].map(function (dflt, i) { return i < input.length ? +input[i] : dflt; });
            parts[0] = input.length ? +input[0] : new Date().getFullYear();
            return new Moment(utc ? new Date(utcTime(parts)) : localDate(parts), utc);
        }
        if (typeof input === 'object') {
            var o = {};
            Object.keys(input).forEach(function (key) { o[unit(key)] = input[key]; });
            return create([o.year, o.month || 0, o.day || 1, o.hour || 0, o.minute || 0, o.second || 0, o.millisecond || 0], undefined, false, utc);
        }
        var text = String(input);
        if (format !== undefined) {
            var parsed = fromFormat(text, Array.isArray(format) ? format : [format], utc, strict, locale);
            return new Moment(parsed, utc, !isNaN(parsed.getTime()));
        }
        var iso = fromIso(text, utc);
        if (iso) { return new Moment(iso, utc); }
        // Not ISO: RFC 2822, then the Date constructor (moment warns then).
        return new Moment(more().fromRfc2822(text) || new Date(text), utc);
    }

    // ---- formatting ----

    // moment's zero-fill: at least `width` digits, the sign kept (or forced).
    function zero(number, width, forceSign) {
        var digits = String(Math.abs(number)), fill = Math.max(0, width - digits.length);
        return (number >= 0 ? (forceSign ? '+' : '') : '-') + Math.pow(10, fill).toString().substr(1) + digits;
    }
    function zoneText(minutes, separator) {
        var sign = minutes < 0 ? '-' : '+';
        minutes = Math.abs(minutes);
        return sign + zero(Math.floor(minutes / 60), 2) + separator + zero(minutes % 60, 2);
    }
    function isLeap(year) { return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0; }
    function daysInYear(year) { return isLeap(year) ? 366 : 365; }
    function utcDate(year, month, day) {
        var date = new Date(Date.UTC(year, month, day));
        if (year < 100 && year >= 0) { date.setUTCFullYear(year); }
        return date;
    }
    function dayOfYear(m) { return Math.round((utcDate(field(m, 'FullYear'), field(m, 'Month'), field(m, 'Date')) - utcDate(field(m, 'FullYear'), 0, 1)) / 864e5) + 1; }
    // Weeks as moment counts them: they start on `dow`, and week 1 is the
    // one that holds January's day `doy - dow + 1` (ISO: Monday, the 4th).
    function firstWeekOffset(year, dow, doy) {
        var fwd = 7 + dow - doy, fwdlw = (7 + utcDate(year, 0, fwd).getUTCDay() - dow) % 7;
        return -fwdlw + fwd - 1;
    }
    function weeksInYear(year, dow, doy) {
        return (daysInYear(year) - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7;
    }
    function weekOfYear(m, dow, doy) {
        var year = field(m, 'FullYear'), week = Math.floor((dayOfYear(m) - firstWeekOffset(year, dow, doy) - 1) / 7) + 1;
        if (week < 1) { return { week: week + weeksInYear(year - 1, dow, doy), year: year - 1 }; }
        if (week > weeksInYear(year, dow, doy)) { return { week: week - weeksInYear(year, dow, doy), year: year + 1 }; }
        return { week: week, year: year };
    }
    function isoWeek(m) { return weekOfYear(m, 1, 4); }
    function localeWeek(m) { var week = localeOf(m)._week; return weekOfYear(m, week.dow, week.doy); }
    // moment's tokens: `[literal]`, `\x` (one escaped character), the tokens,
    // and any other character as itself; `L`-style tokens are the locale's.
    var FORMAT_TOKENS = /(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
    // Tokens whose formatters are in moment-more.js. A lookup, not a regular
    // expression: boa's `RegExp#test` costs thousands of instructions, and
    // this is asked for every separator a format has.
    var RARE_TOKENS = {};
    ('YYYYY YYYYYY gg gggg ggggg GG GGGG GGGGG N NN NNN NNNN NNNNN y yy yyy yyyy yo Hmm Hmmss hmm hmmss ' +
        'SSSS SSSSS SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS z zz').split(' ').forEach(function (token) { RARE_TOKENS[token] = true; });
    var BRACKETS = /^\[|\]$/g, BACKSLASHES = /\\/g;
    var LOCAL_TOKENS = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
    function h12(m) { return field(m, 'Hours') % 12 || 12; }
    var FORMATTERS = {
        M: function (m) { return field(m, 'Month') + 1; },
        MM: function (m) { return zero(field(m, 'Month') + 1, 2); },
        Mo: function (m) { return localeOf(m).ordinal(field(m, 'Month') + 1, 'M'); },
        MMM: function (m, format) { return localeOf(m).monthsShort(m, format); },
        MMMM: function (m, format) { return localeOf(m).months(m, format); },
        D: function (m) { return field(m, 'Date'); },
        DD: function (m) { return zero(field(m, 'Date'), 2); },
        Do: function (m) { return localeOf(m).ordinal(field(m, 'Date'), 'D'); },
        DDD: function (m) { return dayOfYear(m); },
        DDDD: function (m) { return zero(dayOfYear(m), 3); },
        DDDo: function (m) { return localeOf(m).ordinal(dayOfYear(m), 'DDD'); },
        d: function (m) { return field(m, 'Day'); },
        do: function (m) { return localeOf(m).ordinal(field(m, 'Day'), 'd'); },
        dd: function (m, format) { return localeOf(m).weekdaysMin(m, format); },
        ddd: function (m, format) { return localeOf(m).weekdaysShort(m, format); },
        dddd: function (m, format) { return localeOf(m).weekdays(m, format); },
        e: function (m) { return (field(m, 'Day') + 7 - localeOf(m)._week.dow) % 7; },
        E: function (m) { return field(m, 'Day') || 7; },
        w: function (m) { return localeWeek(m).week; },
        ww: function (m) { return zero(localeWeek(m).week, 2); },
        wo: function (m) { return localeOf(m).ordinal(localeWeek(m).week, 'w'); },
        W: function (m) { return isoWeek(m).week; },
        WW: function (m) { return zero(isoWeek(m).week, 2); },
        Wo: function (m) { return localeOf(m).ordinal(isoWeek(m).week, 'W'); },
        Q: function (m) { return Math.ceil((field(m, 'Month') + 1) / 3); },
        Qo: function (m) { return localeOf(m).ordinal(Math.ceil((field(m, 'Month') + 1) / 3), 'Q'); },
        Y: function (m) { var y = field(m, 'FullYear'); return y <= 9999 ? zero(y, 4) : '+' + y; },
        YY: function (m) { return zero(field(m, 'FullYear') % 100, 2); },
        YYYY: function (m) { return zero(field(m, 'FullYear'), 4); },
        a: function (m) { return localeOf(m).meridiem(field(m, 'Hours'), field(m, 'Minutes'), true); },
        A: function (m) { return localeOf(m).meridiem(field(m, 'Hours'), field(m, 'Minutes'), false); },
        H: function (m) { return field(m, 'Hours'); },
        HH: function (m) { return zero(field(m, 'Hours'), 2); },
        h: h12,
        hh: function (m) { return zero(h12(m), 2); },
        k: function (m) { return field(m, 'Hours') || 24; },
        kk: function (m) { return zero(field(m, 'Hours') || 24, 2); },
        m: function (m) { return field(m, 'Minutes'); },
        mm: function (m) { return zero(field(m, 'Minutes'), 2); },
        s: function (m) { return field(m, 'Seconds'); },
        ss: function (m) { return zero(field(m, 'Seconds'), 2); },
        S: function (m) { return Math.floor(field(m, 'Milliseconds') / 100); },
        SS: function (m) { return zero(Math.floor(field(m, 'Milliseconds') / 10), 2); },
        SSS: function (m) { return zero(field(m, 'Milliseconds'), 3); },
        Z: function (m) { return zoneText(offset(m), ':'); },
        ZZ: function (m) { return zoneText(offset(m), ''); },
        X: function (m) { return Math.floor(m.valueOf() / 1000); },
        x: function (m) { return m.valueOf(); }
    };
    // The locale's long formats (`LLL`), expanded (they may nest, up to five deep).
    function expandFormat(format, m) {
        // Without an `L` or `l` there is none (the usual case, asked cheaply).
        if (format.indexOf('L') === -1 && format.indexOf('l') === -1) { return format; }
        for (var depth = 5; depth >= 0; depth--) {
            LOCAL_TOKENS.lastIndex = 0;
            if (!LOCAL_TOKENS.test(format)) { break; }
            LOCAL_TOKENS.lastIndex = 0;
            // A `[literal]` or an escaped letter is no long format: the
            // locale is not asked (nor loaded) for one.
            format = format.replace(LOCAL_TOKENS, function (token, literal, escaped) {
                return literal || escaped ? token : localeOf(m).longDateFormat(token) || token;
            });
        }
        LOCAL_TOKENS.lastIndex = 0;
        return format;
    }
    // A format's tokens, kept by its text: a script formats with the same
    // few formats again and again, and boa's `match` with a regular
    // expression costs far more than the formatting. As in moment, a line
    // break outside `[…]` (which `.` does not match) is dropped.
    var tokensByFormat = Object.create(null), formatsKept = 0;
    function tokensOf(format) {
        var tokens = tokensByFormat[format];
        if (tokens === undefined) {
            if (formatsKept >= 256) { tokensByFormat = Object.create(null); formatsKept = 0; }
            tokens = tokensByFormat[format] = format.match(FORMAT_TOKENS) || [];
            formatsKept++;
        }
        return tokens;
    }
    function formatToken(token, m, format) {
        if (Object.prototype.hasOwnProperty.call(FORMATTERS, token)) { return FORMATTERS[token](m, format); }
        if (RARE_TOKENS[token] === true) { return more().formatters[token](m, format); }
        // A `[literal]`, an escaped character, or a character as itself.
        if (token.length > 1 && token.charAt(0) === '[') { return token.replace(BRACKETS, ''); }
        return token.indexOf('\\') === -1 ? token : token.replace(BACKSLASHES, '');
    }
    function formatMoment(m, format) {
        if (!m.isValid()) { return localeOf(m).invalidDate(); }
        format = expandFormat(format, m);
        var tokens = tokensOf(format), text = '';
        for (var i = 0; i < tokens.length; i++) { text += formatToken(tokens[i], m, format); }
        return text;
    }
    fn.format = function (format) {
        if (!format) { format = this.isUtc() ? moment.defaultFormatUtc : moment.defaultFormat; }
        var text = formatMoment(this, String(format));
        return this._locale ? localeOf(this).postformat(text) : text;
    };
    fn.toISOString = function (keepOffset) {
        if (!this._isValid) { return null; }
        var utc = keepOffset !== true, m = utc ? this.clone().utc() : this, year = m.year();
        if (year < 0 || year > 9999) { return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ'); }
        if (utc) { return this._d.toISOString(); }
        return new Date(this.valueOf() + this.utcOffset() * 6e4).toISOString().replace('Z', formatMoment(m, 'Z'));
    };
    fn.toJSON = function () { return this._isValid ? this.toISOString() : null; };
    fn.toString = function () { var en = this.clone(); en._locale = null; return en.format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
    // ---- reading and arithmetic ----

    fn.valueOf = function () { return this._d.getTime(); };
    fn.unix = function () { return Math.floor(this.valueOf() / 1000); };
    fn.toDate = function () { return new Date(this.valueOf()); };
    fn.toArray = function () { var m = this; return ['FullYear', 'Month', 'Date', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map(function (f) { return field(m, f); }); };
    fn.toObject = function () { var a = this.toArray(); return { years: a[0], months: a[1], date: a[2], hours: a[3], minutes: a[4], seconds: a[5], milliseconds: a[6] }; };
    fn.clone = function () {
        var copy = new Moment(new Date(this.valueOf()), this._isUTC, this._isValid);
        copy._offset = this._offset;
        copy._locale = this._locale;
        copy._i = this._i;
        copy._f = this._f;
        copy._strict = this._strict;
        copy._pf = this._pf;
        return copy;
    };
    fn.isValid = function () { return this._isValid; };

    // ---- UTC and offsets ----

    // Setting an offset (and `utc(true)`, `local(true)`, `parseZone`) is in moment-more.js.
    fn.utcOffset = function (input) {
        if (input == null) { return this._isValid ? offset(this) : NaN; }
        return more().proto.utcOffset.apply(this, arguments);
    };
    fn.utc = function (keepLocalTime) {
        if (keepLocalTime || !this._isValid) { return this.utcOffset(0, keepLocalTime); }
        this._isUTC = true;
        this._offset = 0;
        return this;
    };
    fn.local = function (keepLocalTime) {
        if (keepLocalTime) { return more().proto.local.apply(this, arguments); }
        this._isUTC = false;
        this._offset = 0;
        return this;
    };
    fn.isUtc = fn.isUTC = function () { return this._isValid ? this._isUTC && this._offset === 0 : false; };
    fn.isLocal = function () { return this._isValid ? !this._isUTC : false; };
    fn.isUtcOffset = function () { return this._isValid ? this._isUTC : false; };
    // ---- calendar fields ----

    fn.daysInMonth = function () { return new Date(Date.UTC(field(this, 'FullYear'), field(this, 'Month') + 1, 0)).getUTCDate(); };
    fn.isLeapYear = function () { return isLeap(field(this, 'FullYear')); };
    fn.dayOfYear = function (value) { return value == null ? dayOfYear(this) : this.add(value - dayOfYear(this), 'd'); };
    fn.isoWeek = fn.isoWeeks = function (value) { var week = isoWeek(this).week; return value == null ? week : this.add((value - week) * 7, 'd'); };
    fn.week = fn.weeks = function (value) { var week = localeOf(this).week(this); return value == null ? week : this.add((value - week) * 7, 'd'); };
    fn.isoWeekday = function (value) { var d = field(this, 'Day') || 7; return value == null ? d : this.add(value - d, 'd'); };
    fn.weekday = function (value) {
        var weekday = (field(this, 'Day') + 7 - localeOf(this)._week.dow) % 7;
        return value == null ? weekday : this.add(value - weekday, 'd');
    };
    fn.quarter = fn.quarters = function (value) {
        var month = field(this, 'Month');
        return value == null ? Math.ceil((month + 1) / 3) : this.month((value - 1) * 3 + month % 3);
    };
    [['year', 'FullYear'], ['years', 'FullYear'], ['month', 'Month'], ['months', 'Month'], ['date', 'Date'], ['dates', 'Date'],
        ['day', 'Day'], ['days', 'Day'], ['hour', 'Hours'], ['hours', 'Hours'], ['minute', 'Minutes'], ['minutes', 'Minutes'],
        ['second', 'Seconds'], ['seconds', 'Seconds'], ['millisecond', 'Milliseconds'], ['milliseconds', 'Milliseconds']].forEach(function (pair) {
        fn[pair[0]] = function (value) {
            if (value == null) { return field(this, pair[1]); }
            if (!this._isValid) { return this; }
            if (pair[1] === 'Day') { return this.add(value - field(this, 'Day'), 'd'); }
            // A month keeps its day where it can (January 31st to February
            // 29th), as a year keeps February 29th.
            if (pair[1] === 'Month') {
                var month = typeof value === 'string' && !/^\d+$/.test(value) ? localeLib().monthIndex(localeOf(this), value) : +value;
                if (month === undefined || month !== month) { return this; }
                var day = Math.min(field(this, 'Date'), new Date(Date.UTC(field(this, 'FullYear'), month + 1, 0)).getUTCDate());
                setField(this, 'Date', 1);
                setField(this, 'Month', month);
                return setField(this, 'Date', day);
            }
            if (pair[1] === 'FullYear' && field(this, 'Month') === 1 && field(this, 'Date') === 29 && !isLeap(+value)) {
                setField(this, 'Date', 28);
            }
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
    fn.calendar = function (time, formats) { return more().calendar(this, arguments); };
    fn.locale = function (key) {
        if (key === undefined) { return localeOf(this)._abbr; }
        this._locale = localeLib().findLocale(key);
        return this;
    };
    fn.localeData = function () { return localeOf(this); };
    fn.lang = function (key) { return key === undefined ? this.localeData() : this.locale(key); };
    // The rarer methods, in moment-more.js (`proto`), parsed on first call.
    ('parseZone hasAlignedHourOffset isDST isDSTShifted zoneAbbr zoneName zone weekYear isoWeekYear weeksInYear weeksInWeekYear ' +
        'isoWeeksInYear isoWeeksInISOWeekYear eraName eraNarrow eraAbbr eraYear inspect creationData parsingFlags invalidAt min max').split(' ').forEach(function (name) {
        fn[name] = function () { return more().proto[name].apply(this, arguments); };
    });

    // ---- the module ----

    // `moment(input, format, locale, strict)`: a boolean third argument is `strict`.
    function moment(input, format, locale, strict) {
        if (locale === true || locale === false) { strict = locale; locale = undefined; }
        return create(input, format, strict, false, locale);
    }
    moment.utc = function (input, format, locale, strict) {
        if (locale === true || locale === false) { strict = locale; locale = undefined; }
        return create(input, format, strict, true, locale);
    };
    moment.parseZone = function () { return moment.apply(null, arguments).parseZone(); };
    moment.unix = function (seconds) { return create(seconds * 1000); };
    moment.isMoment = function (value) { return value instanceof Moment || (value != null && value._isAMomentObject != null); };
    moment.isDate = function (value) { return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]'; };
    moment.isDuration = function (value) { return !!(value && value._isDuration); };
    moment.duration = function (input, name) { return more().duration(input, name); };
    moment.now = function () { return Date.now(); };
    moment.invalid = function () { var m = new Moment(new Date(NaN), true, false); m._i = NaN; return m; };
    moment.max = function () { var list = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return list.reduce(function (a, b) { return b > a ? b : a; }); };
    moment.min = function () { var list = Array.isArray(arguments[0]) ? arguments[0] : Array.prototype.slice.call(arguments); return list.reduce(function (a, b) { return b < a ? b : a; }); };
    // The locale statics are moment-locale.js's.
    ['locale', 'lang', 'localeData', 'langData', 'locales', 'defineLocale', 'updateLocale', 'months', 'monthsShort', 'weekdays',
        'weekdaysShort', 'weekdaysMin'].forEach(function (name) {
        moment[name] = function () { return localeLib()[name].apply(null, arguments); };
    });
    ['normalizeUnits', 'parseTwoDigitYear', 'calendarFormat'].forEach(function (name) {
        moment[name] = function () { return more().statics[name].apply(null, arguments); };
    });
    moment.relativeTimeRounding = function (round) { return more().relativeTimeRounding.apply(null, arguments); };
    moment.relativeTimeThreshold = function (threshold, limit) { return more().relativeTimeThreshold.apply(null, arguments); };
    moment.updateOffset = function () {};
    moment.createFromInputFallback = function (config) { config._d = new Date(config._i + (config._useUTC ? ' UTC' : '')); };
    moment.ISO_8601 = function () {};
    moment.RFC_2822 = function () {};
    moment.defaultFormat = 'YYYY-MM-DDTHH:mm:ssZ';
    moment.defaultFormatUtc = 'YYYY-MM-DDTHH:mm:ss[Z]';
    moment.HTML5_FMT = {
        DATETIME_LOCAL: 'YYYY-MM-DDTHH:mm', DATETIME_LOCAL_SECONDS: 'YYYY-MM-DDTHH:mm:ss', DATETIME_LOCAL_MS: 'YYYY-MM-DDTHH:mm:ss.SSS',
        DATE: 'YYYY-MM-DD', TIME: 'HH:mm', TIME_SECONDS: 'HH:mm:ss', TIME_MS: 'HH:mm:ss.SSS', WEEK: 'GGGG-[W]WW', MONTH: 'YYYY-MM'
    };
    moment.momentProperties = [];
    moment.suppressDeprecationWarnings = false;
    moment.deprecationHandler = null;
    moment.version = '2.30.1';
    moment.fn = fn;
    Object.defineProperty(moment, '__internals', { value: {
        MONTHS: MONTHS, DAYS: DAYS, UNITS: UNITS, MS: MS, unit: unit, truncate: truncate, create: create, moment: moment,
        fromIso: fromIso, state: state, localeOf: localeOf, weekOfYear: weekOfYear, FORMAT_TOKENS: FORMAT_TOKENS,
        expandFormat: expandFormat, tokensOf: tokensOf, utcTime: utcTime, localDate: localDate,
        field: field, offset: offset, zero: zero, h12: h12, isoWeek: isoWeek, localeWeek: localeWeek, weeksInYear: weeksInYear,
        firstWeekOffset: firstWeekOffset, daysInYear: daysInYear, utcDate: utcDate
    } });
    return moment;
}();
