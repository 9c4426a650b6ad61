// moment's locales, parsed when a moment first needs one: English, as the
// sandbox's moment.min has it, and the locales a script defines or updates
// (`moment.defineLocale`, `updateLocale`), with the statics that read them
// (`moment.locale()`, `localeData`, `months()`, …). moment.js keeps the
// global locale (`state.global`, null while it is English).
0, function (core) {
    'use strict';

    var MONTHS = core.MONTHS, DAYS = core.DAYS, FORMAT_TOKENS = core.FORMAT_TOKENS, create = core.create, moment = core.moment;
    function weekOfYear(m, dow, doy) { return core.weekOfYear(m, dow, doy); }
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
    locales.en = new Locale(mergeConfigs(BASE_CONFIG, {
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
        if (key && key._isAMomentObject) { key = localeOfMoment(key)._abbr; } else if (key && key._locale && key._locale._abbr) { key = key._locale._abbr; }
        if (!key) { return current(); }
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
        return current();
    }
    function commonPrefix(a, b) {
        for (var i = 0; i < Math.min(a.length, b.length); i++) { if (a[i] !== b[i]) { return i; } }
        return Math.min(a.length, b.length);
    }
    // English as the sandbox's moment starts; a script's update of `en`
    // is another locale, for the moments made after it.
    var english = locales.en;
    function current() { return core.state.global || english; }
    // The global locale: English is kept as null, so moments made before
    // any other locale is set never need this file.
    function setGlobalLocale(key, values) {
        if (key) {
            var data = values === undefined ? findLocale(key) : defineLocale(key, values);
            if (data) { core.state.global = data === english ? null : data; }
        }
        return current()._abbr;
    }


    // ---- locales a script defines ----

    function defineLocale(name, config) {
        if (config === null) { delete locales[name]; return null; }
        var parent = BASE_CONFIG;
        config.abbr = name;
        if (locales[name] != null) {
            parent = locales[name]._config;
        } else if (config.parentLocale != null) {
            if (locales[config.parentLocale] == null) { return null; }
            parent = locales[config.parentLocale]._config;
        }
        locales[name] = new Locale(mergeConfigs(parent, config));
        setGlobalLocale(name);
        return locales[name];
    }
    function updateLocale(name, config) {
        if (config != null) {
            if (locales[name] != null && locales[name].parentLocale != null) {
                locales[name].set(mergeConfigs(locales[name]._config, config));
            } else {
                var existing = locales[name], merged = mergeConfigs(existing ? existing._config : BASE_CONFIG, config);
                if (!existing) { merged.abbr = name; }
                var locale = new Locale(merged);
                locale.parentLocale = existing;
                locales[name] = locale;
            }
            setGlobalLocale(name);
        } else if (locales[name] != null) {
            if (locales[name].parentLocale != null) {
                locales[name] = locales[name].parentLocale;
                if (name === setGlobalLocale()) { setGlobalLocale(name); }
            } else {
                delete locales[name];
            }
        }
        return locales[name];
    }
    // A month given by name to `month(…)`, in the moment's locale.
    function monthIndex(locale, name) {
        name = String(name).toLowerCase();
        for (var i = 0; i < 12; i++) {
            var m = moment.utc([2000, i]);
            if (locale.months(m, '').toLowerCase() === name || locale.monthsShort(m, '').toLowerCase() === name) { return i; }
        }
        return undefined;
    }
    // The locale's names: all, or one by index (weekdays may start on the locale's first day).
    function listOf(kind, setter, count) {
        return function (localeSorted, format, index) {
            if (kind === 'months' || kind === 'monthsShort') { index = format; format = localeSorted; localeSorted = false; }
            if (typeof localeSorted !== 'boolean') { index = format; format = localeSorted; localeSorted = false; }
            if (typeof format === 'number') { index = format; format = undefined; }
            format = format || '';
            var locale = current(), shift = localeSorted ? locale._week.dow : 0;
            function one(i) { return locale[kind](moment.utc().set(setter, (i + shift) % count), format); }
            if (index != null) { return one(index); }
            var out = [];
            for (var i = 0; i < count; i++) { out.push(one(i)); }
            return out;
        };
    }
    function localeOfMoment(m) { return m._locale || english; }

    return {
        en: english,
        Locale: Locale,
        findLocale: findLocale,
        monthIndex: monthIndex,
        locale: setGlobalLocale,
        lang: setGlobalLocale,
        localeData: function (key) { return findLocale(key); },
        langData: function (key) { return findLocale(key); },
        locales: function () { return Object.keys(locales); },
        defineLocale: defineLocale,
        updateLocale: updateLocale,
        months: listOf('months', 'month', 12),
        monthsShort: listOf('monthsShort', 'month', 12),
        weekdays: listOf('weekdays', 'day', 7),
        weekdaysShort: listOf('weekdaysShort', 'day', 7),
        weekdaysMin: listOf('weekdaysMin', 'day', 7)
    };
}(__lazy('lib/moment.js').__internals);
