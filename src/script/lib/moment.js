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

    // `_d` is the instant; a moment in UTC (`_isUTC`) reads its fields at
    // `_offset` minutes from UTC (0 for `moment.utc`, any for `utcOffset(n)`).
    function Moment(date, utc, valid) {
        this._d = date;
        this._isUTC = !!utc;
        this._offset = 0;
        this._isValid = valid !== false && !isNaN(date.getTime());
        this._isAMomentObject = true;
        this._locale = globalLocale;
    }
    var fn = Moment.prototype;

    // The rarer parts (format-string parsing, relative time, durations,
    // defining locales) are parsed the first time a script uses one.
    function more() { return __lazy('lib/moment-more.js'); }

    // ---- locales: English, as the sandbox's moment.min has it; others as a
    // script defines them (`moment.defineLocale`, in moment-more.js) ----
    function isPlainObject(value) { return Object.prototype.toString.call(value) === '[object Object]'; }
    var MONTHS_IN_FORMAT = /D[oD]?(\[[^\[\]]*\]|\s)+MMMM?/;
    function Locale(config) { if (config) { this.set(config); } }
    function shiftWeekdays(list, dow) { return list.slice(dow, 7).concat(list.slice(0, dow)); }
    function nameFrom(names, index, format, isFormat) {
        return Array.isArray(names) ? names[index] : names[(isFormat || MONTHS_IN_FORMAT).test(format) ? 'format' : 'standalone'][index];
    }
    Locale.prototype = {
        constructor: Locale,
        // A function in the config replaces the method; a value is kept as `_name`.
        set: function (config) {
            for (var key in config) {
                if (Object.prototype.hasOwnProperty.call(config, key)) {
                    if (typeof config[key] === 'function') { this[key] = config[key]; } else { this['_' + key] = config[key]; }
                }
            }
            this._config = config;
            this._dayOfMonthOrdinalParseLenient = new RegExp((this._dayOfMonthOrdinalParse.source || this._ordinalParse.source) + '|' + /\d{1,2}/.source);
        },
        months: function (m, format) {
            if (!m) { return Array.isArray(this._months) ? this._months : this._months.standalone; }
            return nameFrom(this._months, m.month(), format, this._months.isFormat);
        },
        monthsShort: function (m, format) {
            if (!m) { return Array.isArray(this._monthsShort) ? this._monthsShort : this._monthsShort.standalone; }
            return nameFrom(this._monthsShort, m.month(), format, this._monthsShort.isFormat);
        },
        weekdays: function (m, format) {
            var days = Array.isArray(this._weekdays) ? this._weekdays : this._weekdays[m && m !== true && this._weekdays.isFormat.test(format) ? 'format' : 'standalone'];
            return m === true ? shiftWeekdays(days, this._week.dow) : m ? days[m.day()] : days;
        },
        weekdaysShort: function (m) { return m === true ? shiftWeekdays(this._weekdaysShort, this._week.dow) : m ? this._weekdaysShort[m.day()] : this._weekdaysShort; },
        weekdaysMin: function (m) { return m === true ? shiftWeekdays(this._weekdaysMin, this._week.dow) : m ? this._weekdaysMin[m.day()] : this._weekdaysMin; },
        // `l`, `ll`, … are `L`, `LL`, … with the long names shortened.
        longDateFormat: function (key) {
            var format = this._longDateFormat[key], upper = this._longDateFormat[key.toUpperCase()];
            if (format || !upper) { return format; }
            this._longDateFormat[key] = upper.match(FORMAT_TOKENS).map(function (token) {
                return token === 'MMMM' || token === 'MM' || token === 'DD' || token === 'dddd' ? token.slice(1) : token;
            }).join('');
            return this._longDateFormat[key];
        },
        ordinal: function (number) { return this._ordinal.replace('%d', number); },
        meridiem: function (hours, minutes, isLower) { return hours > 11 ? (isLower ? 'pm' : 'PM') : (isLower ? 'am' : 'AM'); },
        isPM: function (input) { return (input + '').toLowerCase().charAt(0) === 'p'; },
        calendar: function (key, m, now) {
            var output = this._calendar[key] || this._calendar.sameElse;
            return typeof output === 'function' ? output.call(m, now) : output;
        },
        relativeTime: function (number, withoutSuffix, key, isFuture) {
            var output = this._relativeTime[key];
            return typeof output === 'function' ? output(number, withoutSuffix, key, isFuture) : output.replace(/%d/i, number);
        },
        pastFuture: function (diff, output) {
            var format = this._relativeTime[diff > 0 ? 'future' : 'past'];
            return typeof format === 'function' ? format(output) : format.replace(/%s/i, output);
        },
        preparse: function (text) { return text; },
        postformat: function (text) { return text; },
        invalidDate: function () { return this._invalidDate; },
        week: function (m) { return weekOfYear(m, this._week.dow, this._week.doy).week; },
        firstDayOfWeek: function () { return this._week.dow; },
        firstDayOfYear: function () { return this._week.doy; },
        // The eras with their bounds as instants (read once from their dates).
        eras: function () {
            var eras = this._eras || locales.en._eras;
            eras.forEach(function (era) {
                if (typeof era.since === 'string') { era.since = create(era.since).startOf('day').valueOf(); }
                if (era.until === undefined) { era.until = +Infinity; } else if (typeof era.until === 'string') { era.until = create(era.until).startOf('day').valueOf(); }
            });
            return eras;
        }
    };
    var BASE_CONFIG = {
        calendar: { sameDay: '[Today at] LT', nextDay: '[Tomorrow at] LT', nextWeek: 'dddd [at] LT', lastDay: '[Yesterday at] LT', lastWeek: '[Last] dddd [at] LT', sameElse: 'L' },
        longDateFormat: { LTS: 'h:mm:ss A', LT: 'h:mm A', L: 'MM/DD/YYYY', LL: 'MMMM D, YYYY', LLL: 'MMMM D, YYYY h:mm A', LLLL: 'dddd, MMMM D, YYYY h:mm A' },
        invalidDate: 'Invalid date',
        ordinal: '%d',
        dayOfMonthOrdinalParse: /\d{1,2}/,
        relativeTime: { future: 'in %s', past: '%s ago', s: 'a few seconds', ss: '%d seconds', m: 'a minute', mm: '%d minutes', h: 'an hour', hh: '%d hours',
            d: 'a day', dd: '%d days', w: 'a week', ww: '%d weeks', M: 'a month', MM: '%d months', y: 'a year', yy: '%d years' },
        months: MONTHS,
        monthsShort: MONTHS.map(function (name) { return name.slice(0, 3); }),
        week: { dow: 0, doy: 6 },
        weekdays: DAYS,
        weekdaysMin: DAYS.map(function (name) { return name.slice(0, 2); }),
        weekdaysShort: DAYS.map(function (name) { return name.slice(0, 3); }),
        meridiemParse: /[ap]\.?m?\.?/i
    };
    // moment's merge of a parent locale's config with a child's: objects
    // merged a level deep, anything else replaced (or removed by null).
    function mergeConfigs(parent, child) {
        var out = Object.assign({}, parent), key;
        for (key in child) {
            if (!Object.prototype.hasOwnProperty.call(child, key)) { continue; }
            if (isPlainObject(parent[key]) && isPlainObject(child[key])) {
                out[key] = Object.assign({}, parent[key], child[key]);
            } else if (child[key] != null) {
                out[key] = child[key];
            } else {
                delete out[key];
            }
        }
        for (key in parent) {
            if (Object.prototype.hasOwnProperty.call(parent, key) && !Object.prototype.hasOwnProperty.call(child, key) && isPlainObject(parent[key])) {
                out[key] = Object.assign({}, out[key]);
            }
        }
        return out;
    }
    var locales = {};
    var globalLocale;
    locales.en = globalLocale = new Locale(mergeConfigs(BASE_CONFIG, {
        eras: [{ since: '0001-01-01', until: +Infinity, offset: 1, name: 'Anno Domini', narrow: 'AD', abbr: 'AD' },
            { since: '0000-12-31', until: -Infinity, offset: 1, name: 'Before Christ', narrow: 'BC', abbr: 'BC' }],
        dayOfMonthOrdinalParse: /\d{1,2}(th|st|nd|rd)/,
        ordinal: function (number) {
            var last = number % 10, suffix = Math.floor((number % 100) / 10) === 1 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
            return number + suffix;
        },
        abbr: 'en'
    }));
    // A locale by name. moment tries to load a name it does not know (from
    // ./locale/, which the sandbox's bundle does not have) and notes the
    // failure as `null`, so `moment.locales()` lists names asked for.
    function loadLocale(name) {
        if (!Object.prototype.hasOwnProperty.call(locales, name) && name && /^[^/\\]*$/.test(name)) { locales[name] = null; }
        return Object.prototype.hasOwnProperty.call(locales, name) ? locales[name] : undefined;
    }
    function normalizeLocale(name) { return name ? String(name).toLowerCase().replace('_', '-') : name; }
    // `en-GB` falls back to `en`; nothing found is the global locale.
    function findLocale(key) {
        if (key && key._locale && key._locale._abbr) { key = key._locale._abbr; }
        if (!key) { return globalLocale; }
        if (!Array.isArray(key)) {
            var exact = loadLocale(key);
            if (exact) { return exact; }
            key = [key];
        }
        for (var i = 0; i < key.length; i++) {
            var split = normalizeLocale(key[i]).split('-'), next = normalizeLocale(key[i + 1]);
            next = next ? next.split('-') : null;
            for (var j = split.length; j > 0; j--) {
                var found = loadLocale(split.slice(0, j).join('-'));
                if (found) { return found; }
                if (next && next.length >= j && commonPrefix(split, next) >= j - 1) { break; }
            }
        }
        return globalLocale;
    }
    function commonPrefix(a, b) {
        for (var i = 0; i < Math.min(a.length, b.length); i++) { if (a[i] !== b[i]) { return i; } }
        return Math.min(a.length, b.length);
    }
    function setGlobalLocale(key, values) {
        if (key) {
            var data = values === undefined ? findLocale(key) : more().defineLocale(key, values);
            if (data) { globalLocale = data; }
        }
        return globalLocale._abbr;
    }

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
                var sign = p[8][0] === '-' ? -1 : 1, digits = p[8].replace(/\D/g, '');
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

    // Parsing with a format string is in moment-more.js.
    function fromFormat(text, format, utc, strict) { return more().fromFormat(text, format, utc, strict); }

    // What a moment was made from, for `creationData()`, `parsingFlags()`
    // and `parseZone()`; its locale, the global one unless a name is given.
    function create(input, format, strict, utc, locale) {
        var m = input instanceof Moment ? input.clone() : build(input, format, strict === true, utc);
        if (input instanceof Moment) {
            if (utc) { m.utc(); }
        } else {
            m._i = input;
            m._f = format !== undefined ? format : (typeof input === 'string' ? isoFormatOf(input) : undefined);
            m._strict = strict === undefined ? undefined : strict;
        }
        if (locale) { m._locale = findLocale(locale); }
        return m;
    }
    // The ISO 8601 form moment recognised, in its format tokens.
    function isoFormatOf(text) {
        var p = /^\s*((?:[+-]\d{6}|\d{4})-\d\d-\d\d|\d{4}-\d\d|\d{8}|\d{4})(?:([T ])(\d\d(?::?\d\d(?::?\d\d(?:[.,]\d+)?)?)?))?\s*(Z|[+-]\d\d(?::?\d\d)?)?\s*$/i.exec(text);
        if (!p) { return undefined; }
        var date = p[1].length === 8 ? 'YYYYMMDD' : p[1].length === 4 ? 'YYYY' : p[1].length === 7 ? 'YYYY-MM' : p[1].charAt(0) === '+' || p[1].charAt(0) === '-' ? 'YYYYYY-MM-DD' : 'YYYY-MM-DD';
        var time = '';
        if (p[3]) {
            var colon = p[3].indexOf(':') >= 0, pieces = p[3].replace(/[.,]\d+$/, '').replace(/:/g, '').length / 2;
            time = p[2] + ['HH', 'HHmm', 'HHmmss'][pieces - 1];
            if (colon) { time = time.replace('HHmmss', 'HH:mm:ss').replace('HHmm', 'HH:mm'); }
            if (/[.,]\d+$/.test(p[3])) { time += (p[3].match(/[.,]/)[0]) + 'SSSS'; }
        }
        return date + time + (p[4] ? 'Z' : '');
    }
    function build(input, format, strict, utc) {
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
    function localeWeek(m) { var week = m._locale._week; return weekOfYear(m, week.dow, week.doy); }
    function eraOf(m) {
        var eras = m._locale.eras(), at = m.clone().startOf('day').valueOf();
        for (var i = 0; i < eras.length; i++) {
            if ((eras[i].since <= at && at <= eras[i].until) || (eras[i].until <= at && at <= eras[i].since)) { return eras[i]; }
        }
        return null;
    }
    function eraYear(m) {
        var era = eraOf(m);
        if (!era) { return field(m, 'FullYear'); }
        return (field(m, 'FullYear') - create(era.since).year()) * (era.since <= era.until ? 1 : -1) + era.offset;
    }

    // moment's tokens: `[literal]`, `\x` (one escaped character), the tokens,
    // and any other character as itself; `L`-style tokens are the locale's.
    var FORMAT_TOKENS = /(\[[^\[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;
    var LOCAL_TOKENS = /(\[[^\[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;
    function h12(m) { return field(m, 'Hours') % 12 || 12; }
    var FORMATTERS = {
        M: function (m) { return field(m, 'Month') + 1; },
        MM: function (m) { return zero(field(m, 'Month') + 1, 2); },
        Mo: function (m) { return m._locale.ordinal(field(m, 'Month') + 1, 'M'); },
        MMM: function (m, format) { return m._locale.monthsShort(m, format); },
        MMMM: function (m, format) { return m._locale.months(m, format); },
        D: function (m) { return field(m, 'Date'); },
        DD: function (m) { return zero(field(m, 'Date'), 2); },
        Do: function (m) { return m._locale.ordinal(field(m, 'Date'), 'D'); },
        DDD: function (m) { return dayOfYear(m); },
        DDDD: function (m) { return zero(dayOfYear(m), 3); },
        DDDo: function (m) { return m._locale.ordinal(dayOfYear(m), 'DDD'); },
        d: function (m) { return field(m, 'Day'); },
        do: function (m) { return m._locale.ordinal(field(m, 'Day'), 'd'); },
        dd: function (m, format) { return m._locale.weekdaysMin(m, format); },
        ddd: function (m, format) { return m._locale.weekdaysShort(m, format); },
        dddd: function (m, format) { return m._locale.weekdays(m, format); },
        e: function (m) { return (field(m, 'Day') + 7 - m._locale._week.dow) % 7; },
        E: function (m) { return field(m, 'Day') || 7; },
        w: function (m) { return localeWeek(m).week; },
        ww: function (m) { return zero(localeWeek(m).week, 2); },
        wo: function (m) { return m._locale.ordinal(localeWeek(m).week, 'w'); },
        W: function (m) { return isoWeek(m).week; },
        WW: function (m) { return zero(isoWeek(m).week, 2); },
        Wo: function (m) { return m._locale.ordinal(isoWeek(m).week, 'W'); },
        Q: function (m) { return Math.ceil((field(m, 'Month') + 1) / 3); },
        Qo: function (m) { return m._locale.ordinal(Math.ceil((field(m, 'Month') + 1) / 3), 'Q'); },
        Y: function (m) { var y = field(m, 'FullYear'); return y <= 9999 ? zero(y, 4) : '+' + y; },
        YY: function (m) { return zero(field(m, 'FullYear') % 100, 2); },
        YYYY: function (m) { return zero(field(m, 'FullYear'), 4); },
        YYYYY: function (m) { return zero(field(m, 'FullYear'), 5); },
        YYYYYY: function (m) { return zero(field(m, 'FullYear'), 6, true); },
        gg: function (m) { return zero(localeWeek(m).year % 100, 2); },
        gggg: function (m) { return zero(localeWeek(m).year, 4); },
        ggggg: function (m) { return zero(localeWeek(m).year, 5); },
        GG: function (m) { return zero(isoWeek(m).year % 100, 2); },
        GGGG: function (m) { return zero(isoWeek(m).year, 4); },
        GGGGG: function (m) { return zero(isoWeek(m).year, 5); },
        N: function (m) { return m.eraAbbr(); },
        NN: function (m) { return m.eraAbbr(); },
        NNN: function (m) { return m.eraAbbr(); },
        NNNN: function (m) { return m.eraName(); },
        NNNNN: function (m) { return m.eraNarrow(); },
        y: function (m) { return eraYear(m); },
        yy: function (m) { return zero(eraYear(m), 2); },
        yyy: function (m) { return zero(eraYear(m), 3); },
        yyyy: function (m) { return zero(eraYear(m), 4); },
        yo: function (m) { return m._locale.ordinal(eraYear(m), 'y'); },
        a: function (m) { return m._locale.meridiem(field(m, 'Hours'), field(m, 'Minutes'), true); },
        A: function (m) { return m._locale.meridiem(field(m, 'Hours'), field(m, 'Minutes'), false); },
        H: function (m) { return field(m, 'Hours'); },
        HH: function (m) { return zero(field(m, 'Hours'), 2); },
        h: h12,
        hh: function (m) { return zero(h12(m), 2); },
        k: function (m) { return field(m, 'Hours') || 24; },
        kk: function (m) { return zero(field(m, 'Hours') || 24, 2); },
        hmm: function (m) { return '' + h12(m) + zero(field(m, 'Minutes'), 2); },
        hmmss: function (m) { return '' + h12(m) + zero(field(m, 'Minutes'), 2) + zero(field(m, 'Seconds'), 2); },
        Hmm: function (m) { return '' + field(m, 'Hours') + zero(field(m, 'Minutes'), 2); },
        Hmmss: function (m) { return '' + field(m, 'Hours') + zero(field(m, 'Minutes'), 2) + zero(field(m, 'Seconds'), 2); },
        m: function (m) { return field(m, 'Minutes'); },
        mm: function (m) { return zero(field(m, 'Minutes'), 2); },
        s: function (m) { return field(m, 'Seconds'); },
        ss: function (m) { return zero(field(m, 'Seconds'), 2); },
        S: function (m) { return Math.floor(field(m, 'Milliseconds') / 100); },
        SS: function (m) { return zero(Math.floor(field(m, 'Milliseconds') / 10), 2); },
        SSS: function (m) { return zero(field(m, 'Milliseconds'), 3); },
        z: function (m) { return m.zoneAbbr(); },
        zz: function (m) { return m.zoneName(); },
        Z: function (m) { return zoneText(offset(m), ':'); },
        ZZ: function (m) { return zoneText(offset(m), ''); },
        X: function (m) { return Math.floor(m.valueOf() / 1000); },
        x: function (m) { return m.valueOf(); }
    };
    // SSSS … SSSSSSSSS: milliseconds, widened.
    for (var digits = 4; digits <= 9; digits++) {
        FORMATTERS['SSSSSSSSS'.slice(0, digits)] = (function (width) {
            return function (m) { return zero(field(m, 'Milliseconds') * Math.pow(10, width - 3), width); };
        })(digits);
    }
    // The locale's long formats (`LLL`), expanded (they may nest, up to five deep).
    function expandFormat(format, locale) {
        for (var depth = 5; depth >= 0; depth--) {
            LOCAL_TOKENS.lastIndex = 0;
            if (!LOCAL_TOKENS.test(format)) { break; }
            LOCAL_TOKENS.lastIndex = 0;
            format = format.replace(LOCAL_TOKENS, function (token) { return locale.longDateFormat(token) || token; });
        }
        LOCAL_TOKENS.lastIndex = 0;
        return format;
    }
    function formatMoment(m, format) {
        if (!m.isValid()) { return m._locale.invalidDate(); }
        format = expandFormat(format, m._locale);
        return format.replace(FORMAT_TOKENS, function (token) {
            if (Object.prototype.hasOwnProperty.call(FORMATTERS, token)) { return FORMATTERS[token](m, format); }
            return token.match(/\[[\s\S]/) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '');
        });
    }
    fn.format = function (format) {
        if (!format) { format = this.isUtc() ? moment.defaultFormatUtc : moment.defaultFormat; }
        return this._locale.postformat(formatMoment(this, String(format)));
    };
    fn.toISOString = function (keepOffset) {
        if (!this._isValid) { return null; }
        var utc = keepOffset !== true, m = utc ? this.clone().utc() : this, year = m.year();
        if (year < 0 || year > 9999) { return formatMoment(m, utc ? 'YYYYYY-MM-DD[T]HH:mm:ss.SSS[Z]' : 'YYYYYY-MM-DD[T]HH:mm:ss.SSSZ'); }
        if (utc) { return this._d.toISOString(); }
        return new Date(this.valueOf() + this.utcOffset() * 6e4).toISOString().replace('Z', formatMoment(m, 'Z'));
    };
    fn.toJSON = function () { return this._isValid ? this.toISOString() : null; };
    fn.toString = function () { return this.clone().locale('en').format('ddd MMM DD YYYY HH:mm:ss [GMT]ZZ'); };
    fn.inspect = function () {
        if (!this._isValid) { return 'moment.invalid(/* ' + this._i + ' */)'; }
        var name = 'moment', zone = '';
        if (!this.isLocal()) { name = this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone'; zone = 'Z'; }
        var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
        return this.format('[' + name + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]');
    };

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

    // `+05:30`, `-0800`, `Z` (the last one in the text), as minutes.
    function offsetFromString(pattern, text) {
        var matches = String(text || '').match(pattern);
        if (matches === null) { return null; }
        var parts = String(matches[matches.length - 1] || []).match(/([\+\-]|\d\d)/gi) || ['-', 0, 0];
        var minutes = +(parts[1] * 60) + (+parts[2] || 0);
        return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
    }
    fn.utcOffset = function (input, keepLocalTime, keepMinutes) {
        if (!this._isValid) { return input != null ? this : NaN; }
        if (input == null) { return offset(this); }
        if (typeof input === 'string') {
            input = offsetFromString(/Z|[+-]\d\d(?::?\d\d)?/gi, input);
            if (input === null) { return this; }
        } else if (Math.abs(input) < 16 && !keepMinutes) {
            input = input * 60;
        }
        var before = offset(this);
        this._isUTC = true;
        this._offset = input;
        // Keeping the local time moves the instant by the change of offset.
        if (keepLocalTime) { this._d.setTime(this._d.getTime() + (before - input) * 6e4); }
        return this;
    };
    fn.utc = function (keepLocalTime) { return this.utcOffset(0, keepLocalTime); };
    fn.local = function (keepLocalTime) {
        if (this._isUTC) {
            var before = offset(this);
            this._isUTC = false;
            this._offset = 0;
            if (keepLocalTime) { this._d.setTime(this._d.getTime() + (before - offset(this)) * 6e4); }
        }
        return this;
    };
    fn.parseZone = function () {
        var zone = typeof this._i === 'string' ? offsetFromString(/Z|[+-]\d\d:?\d\d/gi, this._i) : null;
        return zone != null ? this.utcOffset(zone) : this.utcOffset(0, true);
    };
    fn.isUtc = fn.isUTC = function () { return this._isValid ? this._isUTC && this._offset === 0 : false; };
    fn.isLocal = function () { return this._isValid ? !this._isUTC : false; };
    fn.isUtcOffset = function () { return this._isValid ? this._isUTC : false; };
    fn.hasAlignedHourOffset = function (input) {
        if (!this._isValid) { return false; }
        return (this.utcOffset() - (input ? create(input).utcOffset() : 0)) % 60 === 0;
    };
    fn.isDST = function () { return this.utcOffset() > this.clone().month(0).utcOffset() || this.utcOffset() > this.clone().month(5).utcOffset(); };
    fn.isDSTShifted = function () { return false; };
    // Without moment-timezone a zone has a name only in UTC.
    fn.zoneAbbr = function () { return this._isUTC ? 'UTC' : ''; };
    fn.zoneName = function () { return this._isUTC ? 'Coordinated Universal Time' : ''; };
    fn.zone = function (input, keepLocalTime) {
        if (input == null) { return -this.utcOffset(); }
        return this.utcOffset(typeof input === 'string' ? input : -input, keepLocalTime);
    };

    // ---- calendar fields ----

    fn.daysInMonth = function () { return new Date(Date.UTC(field(this, 'FullYear'), field(this, 'Month') + 1, 0)).getUTCDate(); };
    fn.isLeapYear = function () { return isLeap(field(this, 'FullYear')); };
    fn.dayOfYear = function (value) { return value == null ? dayOfYear(this) : this.add(value - dayOfYear(this), 'd'); };
    fn.isoWeek = fn.isoWeeks = function (value) { var week = isoWeek(this).week; return value == null ? week : this.add((value - week) * 7, 'd'); };
    fn.week = fn.weeks = function (value) { var week = this._locale.week(this); return value == null ? week : this.add((value - week) * 7, 'd'); };
    fn.isoWeekday = function (value) { var d = field(this, 'Day') || 7; return value == null ? d : this.add(value - d, 'd'); };
    fn.weekday = function (value) {
        var weekday = (field(this, 'Day') + 7 - this._locale._week.dow) % 7;
        return value == null ? weekday : this.add(value - weekday, 'd');
    };
    fn.quarter = fn.quarters = function (value) {
        var month = field(this, 'Month');
        return value == null ? Math.ceil((month + 1) / 3) : this.month((value - 1) * 3 + month % 3);
    };
    // Setting a week-year keeps the week and weekday (moment's setWeekAll).
    function setWeekYear(m, year, week, weekday, dow, doy) {
        var target = weeksInYear(year, dow, doy);
        if (week > target) { week = target; }
        var day = 1 + 7 * (week - 1) + (7 + weekday - dow) % 7 + firstWeekOffset(year, dow, doy), resultYear = year;
        if (day <= 0) { resultYear = year - 1; day += daysInYear(resultYear); } else if (day > daysInYear(year)) { day -= daysInYear(year); resultYear = year + 1; }
        var date = utcDate(resultYear, 0, day);
        return m.year(date.getUTCFullYear()).month(date.getUTCMonth()).date(date.getUTCDate());
    }
    fn.weekYear = function (value) {
        var week = this._locale._week;
        return value == null ? localeWeek(this).year : setWeekYear(this, +value, this.week(), this.weekday() + week.dow, week.dow, week.doy);
    };
    fn.isoWeekYear = function (value) { return value == null ? isoWeek(this).year : setWeekYear(this, +value, this.isoWeek(), this.isoWeekday(), 1, 4); };
    fn.weeksInYear = function () { var week = this._locale._week; return weeksInYear(this.year(), week.dow, week.doy); };
    fn.weeksInWeekYear = function () { var week = this._locale._week; return weeksInYear(this.weekYear(), week.dow, week.doy); };
    fn.isoWeeksInYear = function () { return weeksInYear(this.year(), 1, 4); };
    fn.isoWeeksInISOWeekYear = function () { return weeksInYear(this.isoWeekYear(), 1, 4); };
    fn.eraName = function () { var era = eraOf(this); return era ? era.name : ''; };
    fn.eraNarrow = function () { var era = eraOf(this); return era ? era.narrow : ''; };
    fn.eraAbbr = function () { var era = eraOf(this); return era ? era.abbr : ''; };
    fn.eraYear = function () { return eraYear(this); };
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
                var month = typeof value === 'string' && !/^\d+$/.test(value) ? more().monthIndex(this._locale, value) : +value;
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
        if (key === undefined) { return this._locale._abbr; }
        this._locale = findLocale(key);
        return this;
    };
    fn.localeData = function () { return this._locale; };
    fn.lang = function (key) { return key === undefined ? this.localeData() : this.locale(key); };
    // What moment says of how a moment was made.
    fn.creationData = function () { return { input: this._i, format: this._f, locale: this._locale, isUTC: this._isUTC, strict: this._strict }; };
    fn.parsingFlags = function () { return more().parsingFlags(this); };
    fn.invalidAt = function () { return this.parsingFlags().overflow; };
    // moment's deprecated `min` and `max` (each returns the other bound).
    fn.min = function () { var other = moment.apply(null, arguments); return this._isValid && other._isValid ? (other < this ? this : other) : moment.invalid(); };
    fn.max = function () { var other = moment.apply(null, arguments); return this._isValid && other._isValid ? (other > this ? this : other) : moment.invalid(); };

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
    moment.locale = setGlobalLocale;
    moment.lang = setGlobalLocale;
    moment.localeData = function (key) { return findLocale(key); };
    moment.langData = moment.localeData;
    moment.locales = function () { return Object.keys(locales); };
    moment.defineLocale = function (name, config) { return more().defineLocale(name, config); };
    moment.updateLocale = function (name, config) { return more().updateLocale(name, config); };
    // The locale's names: all, or one by index (weekdays may start on the locale's first day).
    function listOf(kind, setter, count) {
        return function (localeSorted, format, index) {
            if (kind === 'months' || kind === 'monthsShort') { index = format; format = localeSorted; localeSorted = false; }
            if (typeof localeSorted !== 'boolean') { index = format; format = localeSorted; localeSorted = false; }
            if (typeof format === 'number') { index = format; format = undefined; }
            format = format || '';
            var locale = findLocale(), shift = localeSorted ? locale._week.dow : 0;
            function one(i) { return locale[kind](moment.utc().set(setter, (i + shift) % count), format); }
            if (index != null) { return one(index); }
            var out = [];
            for (var i = 0; i < count; i++) { out.push(one(i)); }
            return out;
        };
    }
    moment.months = listOf('months', 'month', 12);
    moment.monthsShort = listOf('monthsShort', 'month', 12);
    moment.weekdays = listOf('weekdays', 'day', 7);
    moment.weekdaysShort = listOf('weekdaysShort', 'day', 7);
    moment.weekdaysMin = listOf('weekdaysMin', 'day', 7);
    moment.normalizeUnits = function (name) {
        if (typeof name !== 'string') { return undefined; }
        var found = UNITS[name] || UNITS[name.toLowerCase()] || UNITS[name.toLowerCase().replace(/s$/, '')];
        return found === 'isoWeek' ? 'isoWeek' : found;
    };
    moment.parseTwoDigitYear = function (input) { var year = parseInt(input, 10) || 0; return year + (year > 68 ? 1900 : 2000); };
    moment.relativeTimeRounding = function (round) { return more().relativeTimeRounding.apply(null, arguments); };
    moment.relativeTimeThreshold = function (threshold, limit) { return more().relativeTimeThreshold.apply(null, arguments); };
    moment.calendarFormat = function (m, now) {
        var diff = m.diff(now, 'days', true);
        return diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
    };
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
        MONTHS: MONTHS, UNITS: UNITS, MS: MS, unit: unit, truncate: truncate, Locale: Locale, locales: locales, mergeConfigs: mergeConfigs,
        BASE_CONFIG: BASE_CONFIG, findLocale: findLocale, setGlobalLocale: setGlobalLocale, create: create, moment: moment, isPlainObject: isPlainObject,
        fromIso: fromIso
    } });
    return moment;
})();
