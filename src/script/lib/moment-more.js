// moment's rarer parts, parsed the first time a script uses one: parsing
// with a format string (and RFC 2822), relative time (`fromNow`,
// `calendar`), durations, and the rarer methods, tokens and statics.
// moment.js keeps a stub for each and shares its helpers.
0, function (core) {
    'use strict';

    var UNITS = core.UNITS, unit = core.unit, truncate = core.truncate;
    var create = core.create, moment = core.moment, localeOf = core.localeOf;
    var weeksInYear = core.weeksInYear, firstWeekOffset = core.firstWeekOffset, daysInYear = core.daysInYear, utcDate = core.utcDate;

    // ---- parsing with a format string: moment's own algorithm ----
    // Each token has a pattern (a stricter one in strict mode) looked for
    // in what is left of the text, anywhere in it; what lies before is
    // skipped. Missing year, month and day default to today's, the rest to
    // the start of the day; then the fields are checked for overflow.
    var match1 = /\d/, match2 = /\d\d/, match3 = /\d{3}/, match4 = /\d{4}/, match6 = /[+-]?\d{6}/, match1to2 = /\d\d?/,
        match3to4 = /\d\d\d\d?/, match5to6 = /\d\d\d\d\d\d?/, match1to3 = /\d{1,3}/, match1to4 = /\d{1,4}/, match1to6 = /[+-]?\d{1,6}/,
        matchUnsigned = /\d+/, matchSigned = /[+-]?\d+/, matchShortOffset = /Z|[+-]\d\d(?::?\d\d)?/gi, matchTimestamp = /[+-]?\d+(\.\d{1,3})?/,
        noLeadingZero = /^[1-9]\d?/, hasZero = /^([1-9]\d|\d)/;
    var YEAR = 0, MONTH = 1, DATE = 2, HOUR = 3, MINUTE = 4, SECOND = 5, MILLISECOND = 6;
    function toInt(value) { var n = +value; return n !== 0 && isFinite(n) ? (n < 0 ? Math.ceil(n) : Math.floor(n)) : 0; }
    // moment reads two-digit years through its hook, which a script may replace.
    function twoDigitYear(input) { return moment.parseTwoDigitYear(input); }
    function escapeRegex(text) { return text.replace(/[-\/\\^$*+?.()|[\]{}]/g, '\\$&'); }
    // The locale's names as patterns, longest first (moment's monthsRegex …).
    function namesPattern(names) { return new RegExp('^(' + names.slice().sort(function (a, b) { return b.length - a.length; }).map(escapeRegex).join('|') + ')', 'i'); }
    function localeNames(locale, kind) {
        var out = [];
        for (var i = 0; i < (kind === 'month' ? 12 : 7); i++) {
            var m = moment.utc([2000, kind === 'month' ? i : 0, kind === 'month' ? 1 : 2 + i]);
            out.push(kind === 'month' ? [locale.months(m, ''), locale.monthsShort(m, '')] : [locale.weekdays(m, ''), locale.weekdaysShort(m, ''), locale.weekdaysMin(m, '')]);
        }
        return out;
    }
    function nameIndex(list, input, which, strict) {
        input = input.toLowerCase();
        for (var i = 0; i < list.length; i++) {
            var names = strict ? [list[i][which]] : list[i];
            if (names.some(function (n) { return n.toLowerCase() === input; })) { return i; }
        }
        return null;
    }
    var PARSERS = {};
    function token(names, regex, strictRegex, parse) {
        names.split(' ').forEach(function (name) { PARSERS[name] = { regex: regex, strict: strictRegex || regex, parse: parse }; });
    }
    function setter(index, read) { return function (input, c) { c.a[index] = read ? read(input) : toInt(input); }; }
    token('M', match1to2, noLeadingZero, function (input, c) { c.a[MONTH] = toInt(input) - 1; });
    token('MM', match1to2, match2, function (input, c) { c.a[MONTH] = toInt(input) - 1; });
    token('MMM MMMM', function (c, strict, name) {
        var months = c.names('month');
        return namesPattern(strict ? months.map(function (m) { return m[name === 'MMM' ? 1 : 0]; }) : [].concat.apply([], months));
    }, null, function (input, c, name) {
        var month = nameIndex(c.names('month'), input, name === 'MMM' ? 1 : 0, c.strict);
        if (month != null) { c.a[MONTH] = month; } else { c.flags.invalidMonth = input; }
    });
    token('D', match1to2, noLeadingZero, setter(DATE));
    token('DD', match1to2, match2, setter(DATE));
    token('Do', function (c, strict) { return strict ? c.locale._dayOfMonthOrdinalParse : c.locale._dayOfMonthOrdinalParseLenient; }, null,
        function (input, c) { c.a[DATE] = toInt(input.match(match1to2)[0]); });
    token('DDD', match1to3, null, function (input, c) { c.dayOfYear = toInt(input); });
    token('DDDD', match3, null, function (input, c) { c.dayOfYear = toInt(input); });
    token('Y', matchSigned, null, function (input, c) { c.a[YEAR] = parseInt(input, 10); });
    token('YY', match1to2, match2, function (input, c) { c.a[YEAR] = twoDigitYear(input); });
    token('YYYY', match1to4, match4, function (input, c) { c.a[YEAR] = input.length === 2 ? twoDigitYear(input) : toInt(input); });
    token('YYYYY YYYYYY', match1to6, match6, setter(YEAR));
    token('Q', match1, null, function (input, c) { c.a[MONTH] = (toInt(input) - 1) * 3; });
    token('d e E', match1to2, null, function (input, c, name) { c.w[name] = toInt(input); });
    token('dd ddd dddd', function (c, strict, name) {
        var days = c.names('day'), which = { dd: 2, ddd: 1, dddd: 0 }[name];
        return namesPattern(strict ? days.map(function (d) { return d[which]; }) : [].concat.apply([], days));
    }, null, function (input, c, name) {
        var day = nameIndex(c.names('day'), input, { dd: 2, ddd: 1, dddd: 0 }[name], c.strict);
        if (day != null) { c.w.d = day; } else { c.flags.invalidWeekday = input; }
    });
    token('w W', match1to2, noLeadingZero, function (input, c, name) { c.w[name] = toInt(input); });
    token('ww WW', match1to2, match2, function (input, c, name) { c.w[name.charAt(0)] = toInt(input); });
    token('gggg GGGG', match1to4, match4, function (input, c, name) { c.w[name.slice(0, 2)] = toInt(input); });
    token('ggggg GGGGG', match1to6, match6, function (input, c, name) { c.w[name.slice(0, 2)] = toInt(input); });
    token('gg GG', match1to2, match2, function (input, c, name) { c.w[name] = twoDigitYear(input); });
    token('H', match1to2, hasZero, setter(HOUR));
    token('HH kk', match1to2, match2, setter(HOUR));
    token('k', match1to2, noLeadingZero, setter(HOUR));
    token('h', match1to2, noLeadingZero, function (input, c) { c.a[HOUR] = toInt(input); c.flags.bigHour = true; });
    token('hh', match1to2, match2, function (input, c) { c.a[HOUR] = toInt(input); c.flags.bigHour = true; });
    token('hmm Hmm', match3to4, null, function (input, c, name) {
        var at = input.length - 2;
        c.a[HOUR] = toInt(input.substr(0, at)); c.a[MINUTE] = toInt(input.substr(at));
        if (name === 'hmm') { c.flags.bigHour = true; }
    });
    token('hmmss Hmmss', match5to6, null, function (input, c, name) {
        var a = input.length - 4, b = input.length - 2;
        c.a[HOUR] = toInt(input.substr(0, a)); c.a[MINUTE] = toInt(input.substr(a, 2)); c.a[SECOND] = toInt(input.substr(b));
        if (name === 'hmmss') { c.flags.bigHour = true; }
    });
    token('m', match1to2, hasZero, setter(MINUTE));
    token('mm', match1to2, match2, setter(MINUTE));
    token('s', match1to2, hasZero, setter(SECOND));
    token('ss', match1to2, match2, setter(SECOND));
    var fraction = function (input, c) { c.a[MILLISECOND] = toInt(('0.' + input) * 1000); };
    token('S', match1to3, match1, fraction);
    token('SS', match1to3, match2, fraction);
    token('SSS', match1to3, match3, fraction);
    token('SSSS SSSSS SSSSSS SSSSSSS SSSSSSSS SSSSSSSSS', matchUnsigned, null, fraction);
    token('a A', function (c) { return c.locale._meridiemParse; }, null, function (input, c) { c.isPm = c.locale.isPM(input); c.meridiem = input; });
    token('Z ZZ', matchShortOffset, null, function (input, c) { c.useUTC = true; c.tzm = offsetFromString(matchShortOffset, input); });
    token('X', matchTimestamp, null, function (input, c) { c.date = new Date(parseFloat(input) * 1000); });
    token('x', matchSigned, null, function (input, c) { c.date = new Date(toInt(input)); });
    // What a token that is no field matches (a separator, a `[literal]`),
    // made once per token: boa compiles a regular expression each time.
    var literalPatterns = Object.create(null), literalsKept = 0, LITERAL_PARTS = /\\(\[)|\\(\])|\[([^\]\[]*)\]|\\(.)/g;
    function literalPattern(name) {
        var pattern = literalPatterns[name];
        if (pattern === undefined) {
            if (literalsKept++ >= 256) { literalPatterns = Object.create(null); literalsKept = 1; }
            pattern = literalPatterns[name] = new RegExp(escapeRegex(name.replace('\\', '').replace(LITERAL_PARTS, function (m, p1, p2, p3, p4) { return p1 || p2 || p3 || p4; })));
        }
        return pattern;
    }
    function patternFor(name, c) {
        var parser = PARSERS[name];
        if (!parser) { return literalPattern(name); }
        var regex = c.strict ? parser.strict : parser.regex;
        return typeof regex === 'function' ? regex(c, c.strict, name) : regex;
    }
    // moment's fields from what was parsed: a day from week fields or a day
    // of the year, defaults, 24:00 as the next day, the offset.
    function fromFields(c, utc) {
        if (c.date) { return c.date; }
        var now = new Date(), today = c.useUTC ? [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()] : [now.getFullYear(), now.getMonth(), now.getDate()];
        if (Object.keys(c.w).length && c.a[DATE] == null && c.a[MONTH] == null) { weekFields(c); }
        if (c.dayOfYear != null) {
            var year = c.a[YEAR] != null ? c.a[YEAR] : today[YEAR];
            if (c.dayOfYear > daysInYear(year) || c.dayOfYear === 0) { c.flags.overflowDayOfYear = true; }
            var day = core.utcDate(year, 0, c.dayOfYear);
            c.a[MONTH] = day.getUTCMonth(); c.a[DATE] = day.getUTCDate();
        }
        var i = 0;
        for (; i < 3 && c.a[i] == null; ++i) { c.a[i] = today[i]; }
        for (; i < 7; i++) { if (c.a[i] == null) { c.a[i] = i === 2 ? 1 : 0; } }
        var a = c.a.slice(0, 7), nextDay = false;
        if (a[HOUR] === 24 && a[MINUTE] === 0 && a[SECOND] === 0 && a[MILLISECOND] === 0) { nextDay = true; a[HOUR] = 0; }
        var date = c.useUTC || (utc && c.tzm == null) ? new Date(core.utcTime(a)) : core.localDate(a);
        var weekday = c.useUTC ? date.getUTCDay() : date.getDay();
        if (c.tzm != null) { date.setUTCMinutes(date.getUTCMinutes() - c.tzm); }
        if (nextDay) { date.setTime(date.getTime() + 864e5); }
        if (c.w.d != null && c.w.d !== weekday) { c.flags.weekdayMismatch = true; }
        return date;
    }
    function weekFields(c) {
        var w = c.w, weekYear, week, weekday, dow, doy, overflow;
        if (w.GG != null || w.W != null || w.E != null) {
            dow = 1; doy = 4;
            weekYear = w.GG != null ? w.GG : c.a[YEAR] != null ? c.a[YEAR] : core.weekOfYear(create(), 1, 4).year;
            week = w.W != null ? w.W : 1;
            weekday = w.E != null ? w.E : 1;
            if (weekday < 1 || weekday > 7) { overflow = true; }
        } else {
            dow = c.locale._week.dow; doy = c.locale._week.doy;
            var current = core.weekOfYear(create(), dow, doy);
            weekYear = w.gg != null ? w.gg : c.a[YEAR] != null ? c.a[YEAR] : current.year;
            week = w.w != null ? w.w : current.week;
            if (w.d != null) { weekday = w.d; if (weekday < 0 || weekday > 6) { overflow = true; } } else if (w.e != null) { weekday = w.e + dow; if (w.e < 0 || w.e > 6) { overflow = true; } } else { weekday = dow; }
        }
        if (week < 1 || week > weeksInYear(weekYear, dow, doy)) { c.flags.overflowWeeks = true; return; }
        if (overflow) { c.flags.overflowWeekday = true; return; }
        var found = dayOfYearFromWeeks(weekYear, week, weekday, dow, doy);
        c.a[YEAR] = found.year; c.dayOfYear = found.dayOfYear;
    }
    // The year and day of the year of a week-year's week and weekday.
    function dayOfYearFromWeeks(weekYear, week, weekday, dow, doy) {
        var day = 1 + 7 * (week - 1) + (7 + weekday - dow) % 7 + firstWeekOffset(weekYear, dow, doy), year = weekYear;
        if (day <= 0) { year = weekYear - 1; day += daysInYear(year); } else if (day > daysInYear(weekYear)) { day -= daysInYear(weekYear); year = weekYear + 1; }
        return { year: year, dayOfYear: day };
    }
    function overflowOf(a, flags) {
        var days = new Date(Date.UTC(2000 + a[YEAR] % 400, a[MONTH] + 1, 0)).getUTCDate();
        var overflow = a[MONTH] < 0 || a[MONTH] > 11 ? MONTH : a[DATE] < 1 || a[DATE] > days ? DATE :
            a[HOUR] < 0 || a[HOUR] > 24 || (a[HOUR] === 24 && (a[MINUTE] !== 0 || a[SECOND] !== 0 || a[MILLISECOND] !== 0)) ? HOUR :
                a[MINUTE] < 0 || a[MINUTE] > 59 ? MINUTE : a[SECOND] < 0 || a[SECOND] > 59 ? SECOND : a[MILLISECOND] < 0 || a[MILLISECOND] > 999 ? MILLISECOND : -1;
        if (flags.overflowDayOfYear && (overflow < YEAR || overflow > DATE)) { overflow = DATE; }
        if (flags.overflowWeeks && overflow === -1) { overflow = 7; }
        if (flags.overflowWeekday && overflow === -1) { overflow = 8; }
        return overflow;
    }
    // One format: the date, whether moment holds it valid, and its score
    // (characters left over, unused tokens) for choosing among formats.
    function parseWithFormat(text, format, utc, strict, locale) {
        var c = { a: [], w: {}, flags: { empty: true, unusedTokens: [], unusedInput: [] }, strict: strict, useUTC: false, tzm: null };
        // The locale is asked for (and loaded) only by a token that needs it;
        // its names are listed once per parse.
        Object.defineProperty(c, 'locale', { get: function () { return localeOf(locale); } });
        var names = {};
        c.names = function (kind) { return names[kind] || (names[kind] = localeNames(c.locale, kind)); };
        var string = String(text), total = 0, length = string.length;
        var tokens = core.tokensOf(core.expandFormat(String(format), locale));
        tokens.forEach(function (name) {
            var found = (string.match(patternFor(name, c)) || [])[0];
            if (found) {
                var at = string.indexOf(found);
                if (at > 0) { c.flags.unusedInput.push(string.substr(0, at)); }
                string = string.slice(at + found.length);
                total += found.length;
            }
            if (PARSERS[name]) {
                if (found) { c.flags.empty = false; PARSERS[name].parse(found, c, name); } else { c.flags.unusedTokens.push(name); }
            } else if (strict && !found) {
                c.flags.unusedTokens.push(name);
            }
        });
        c.flags.charsLeftOver = length - total;
        if (c.a[HOUR] <= 12 && c.flags.bigHour === true && c.a[HOUR] > 0) { c.flags.bigHour = undefined; }
        if (c.meridiem != null && c.isPm != null) {
            if (c.isPm && c.a[HOUR] < 12) { c.a[HOUR] += 12; }
            if (!c.isPm && c.a[HOUR] === 12) { c.a[HOUR] = 0; }
        }
        var date = fromFields(c, utc), f = c.flags;
        var overflow = c.date ? -1 : overflowOf(c.a, f);
        var valid = !isNaN(date.getTime()) && overflow < 0 && !f.empty && !f.invalidMonth && !f.invalidWeekday && !f.weekdayMismatch;
        if (strict) { valid = valid && f.charsLeftOver === 0 && f.unusedTokens.length === 0 && f.bigHour === undefined; }
        return { date: valid ? date : new Date(NaN), valid: valid, score: f.charsLeftOver + f.unusedTokens.length * 10, overflow: overflow };
    }
    // RFC 2822 dates (`moment(text, moment.RFC_2822)`, and text that is
    // not ISO 8601), with the old US zone names.
    var RFC_2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|([+-]\d{4}))$/;
    var ZONES = { UT: 0, GMT: 0, EDT: -4 * 60, EST: -5 * 60, CDT: -5 * 60, CST: -6 * 60, MDT: -6 * 60, MST: -7 * 60, PDT: -7 * 60, PST: -8 * 60 };
    function fromRfc2822(text) {
        var match = RFC_2822.exec(String(text).replace(/\([^()]*\)|[\n\t]/g, ' ').replace(/(\s\s+)/g, ' ').replace(/^\s\s*/, '').replace(/\s\s*$/, ''));
        if (!match) { return null; }
        var year = parseInt(match[4], 10);
        year = year <= 49 ? 2000 + year : year <= 999 ? 1900 + year : year;
        var a = [year, 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(match[3]) / 3, parseInt(match[2], 10), parseInt(match[5], 10), parseInt(match[6], 10), match[7] ? parseInt(match[7], 10) : 0, 0];
        var date = new Date(core.utcTime(a));
        if (match[1] && 'SunMonTueWedThuFriSat'.indexOf(match[1]) / 3 !== date.getUTCDay()) { return new Date(NaN); }
        var offset = match[8] ? ZONES[match[8]] : match[9] ? 0 : (function (hm) { var h = parseInt(hm, 10), m = h % 100; return ((h - m) / 100) * 60 + m; })(match[10]);
        date.setUTCMinutes(date.getUTCMinutes() - offset);
        return date;
    }
    // A list of formats: the valid one with the least left over, as moment chooses.
    function fromFormat(text, formats, utc, strict, locale) {
        var best = null, bestValid = false;
        formats.forEach(function (format) {
            var result = format === moment.ISO_8601 ? isoResult(text, utc) : format === moment.RFC_2822 ? rfcResult(text) : parseWithFormat(text, format, utc, strict, locale);
            if (!bestValid) {
                if (best === null || result.score < best.score || result.valid) { best = result; bestValid = result.valid; }
            } else if (result.score < best.score) {
                best = result;
            }
        });
        return best ? best.date : new Date(NaN);
    }
    function isoResult(text, utc) { var date = core.fromIso(String(text), utc) || new Date(NaN); return { date: date, valid: !isNaN(date), score: 0 }; }
    function rfcResult(text) { var date = fromRfc2822(text) || new Date(NaN); return { date: date, valid: !isNaN(date), score: 0 }; }

    // ---- relative time: moment's thresholds, the locale's words ----

    var thresholds = { ss: 44, s: 45, m: 45, h: 22, d: 26, w: null, M: 11 };
    var round = Math.round;
    function relativeTime(duration, withoutSuffix, locale) {
        var abs = duration.clone().abs();
        var seconds = round(abs.as('s')), minutes = round(abs.as('m')), hours = round(abs.as('h')), days = round(abs.as('d'));
        var months = round(abs.as('M')), weeks = round(abs.as('w')), years = round(abs.as('y'));
        var a = (seconds <= thresholds.ss && ['s', seconds]) || (seconds < thresholds.s && ['ss', seconds]) || (minutes <= 1 && ['m']) ||
            (minutes < thresholds.m && ['mm', minutes]) || (hours <= 1 && ['h']) || (hours < thresholds.h && ['hh', hours]) ||
            (days <= 1 && ['d']) || (days < thresholds.d && ['dd', days]);
        if (thresholds.w != null) { a = a || (weeks <= 1 && ['w']) || (weeks < thresholds.w && ['ww', weeks]); }
        a = a || (months <= 1 && ['M']) || (months < thresholds.M && ['MM', months]) || (years <= 1 && ['y']) || ['yy', years];
        return locale.relativeTime(a[1] || 1, !!withoutSuffix, a[0], +duration > 0);
    }
    function humanize(duration, withSuffix, custom) {
        var saved = thresholds, locale = localeOf(duration);
        if (typeof withSuffix === 'object') { custom = withSuffix; withSuffix = false; }
        if (custom && typeof custom === 'object') {
            thresholds = Object.assign({}, thresholds, custom);
            if (custom.s != null && custom.ss == null) { thresholds.ss = custom.s - 1; }
        }
        try {
            var output = relativeTime(duration, !withSuffix, locale);
            if (withSuffix) { output = locale.pastFuture(+duration, output); }
            return locale.postformat(output);
        } finally { thresholds = saved; }
    }
    function from(m, other, withoutSuffix) {
        if (!m.isValid() || !other.isValid()) { return m.localeData().invalidDate(); }
        return new Duration({ to: m, from: other }).locale(m.locale()).humanize(!withoutSuffix);
    }
    function calendar(m, args) {
        var time = args[0], formats = args[1];
        if (args.length === 1) {
            if (!args[0]) { time = undefined; formats = undefined; } else if (isMomentInput(args[0])) { formats = undefined; } else { formats = args[0]; time = undefined; }
        }
        var now = time || create();
        // Today as the moment's zone sees it.
        var sod = (m._isUTC ? create(now).utcOffset(m.utcOffset()) : create(now).local()).startOf('day');
        var key = moment.calendarFormat(m, sod) || 'sameElse';
        var output = formats && (typeof formats[key] === 'function' ? formats[key].call(m, now) : formats[key]);
        return m.format(output || m.localeData().calendar(key, m, create(now)));
    }
    function isMomentInput(value) {
        return moment.isMoment(value) || moment.isDate(value) || typeof value === 'string' || typeof value === 'number' || Array.isArray(value) ||
            (value && typeof value === 'object' && ['years', 'year', 'y', 'months', 'month', 'M', 'days', 'day', 'd', 'dates', 'date', 'D', 'hours', 'hour', 'h',
                'minutes', 'minute', 'm', 'seconds', 'second', 's', 'milliseconds', 'millisecond', 'ms'].some(function (k) { return Object.prototype.hasOwnProperty.call(value, k); }));
    }

    // moment's parsing flags, as they read for a moment made here.
    function parsingFlags(m) {
        var input = m._i, iso = typeof input === 'string' && m._f === undefined && isoFormatOf(input) !== undefined;
        var overflow = -1;
        if (!m.isValid() && typeof input === 'string') {
            var p = /^\s*(\d{4}|[+-]\d{6})(?:-?(\d\d)(?:-?(\d\d))?)?(?:[T ](\d\d)(?::?(\d\d)(?::?(\d\d))?)?)?/.exec(input);
            if (p) { overflow = overflowOf([+p[1], p[2] ? p[2] - 1 : 0, p[3] ? +p[3] : 1, +(p[4] || 0), +(p[5] || 0), +(p[6] || 0), 0], {}); }
        }
        return {
            empty: false, unusedTokens: [], unusedInput: [], overflow: overflow, charsLeftOver: 0, nullInput: input === null,
            invalidEra: null, invalidMonth: null, invalidFormat: false, userInvalidated: false, iso: iso,
            parsedDateParts: typeof input === 'string' && m.isValid() ? m.toArray() : [], era: null, rfc2822: false, weekdayMismatch: false
        };
    }

    // ---- durations ----

    // A duration from milliseconds (or a unit), another duration, an
    // object of units, `'1.02:03:04.5'` (.NET), ISO 8601 (`'P1DT2H'`) or
    // `{ from, to }` (months, then the milliseconds left).
    var ASP_NET = /^(-|\+)?(?:(\d*)[. ])?(\d+):(\d+)(?::(\d+)(\.\d*)?)?$/;
    var ISO_DURATION = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
    function isoNumber(text, sign) { var n = text && parseFloat(text.replace(',', '.')); return (isNaN(n) ? 0 : n) * sign; }
    function momentsDifference(base, other) {
        if (!(base.isValid() && other.isValid())) { return { milliseconds: 0, months: 0 }; }
        function positive(a, b) {
            var months = b.month() - a.month() + (b.year() - a.year()) * 12;
            if (a.clone().add(months, 'M').isAfter(b)) { months -= 1; }
            return { months: months, milliseconds: +b - +a.clone().add(months, 'M') };
        }
        if (base.isBefore(other)) { return positive(base, other); }
        var res = positive(other, base);
        return { months: -res.months, milliseconds: -res.milliseconds };
    }
    function Duration(input, name) {
        var data = { milliseconds: 0, seconds: 0, minutes: 0, hours: 0, days: 0, weeks: 0, months: 0, years: 0 }, match, sign;
        if (input && input._isDuration) {
            input = { ms: input._milliseconds, d: input._days, M: input._months };
        } else if (typeof input === 'number' || (typeof input === 'string' && !isNaN(+input))) {
            var u = unit(name || 'ms');
            var one = {};
            one[u] = +input;
            input = one;
        } else if (typeof input === 'string' && (match = ASP_NET.exec(input))) {
            sign = match[1] === '-' ? -1 : 1;
            input = { d: toInt(match[2]) * sign, h: toInt(match[3]) * sign, m: toInt(match[4]) * sign, s: toInt(match[5]) * sign,
                ms: toInt(Math.round((match[6] || 0) * 1000)) * sign };
        } else if (typeof input === 'string' && (match = ISO_DURATION.exec(input))) {
            sign = match[1] === '-' ? -1 : 1;
            input = { y: isoNumber(match[2], sign), M: isoNumber(match[3], sign), w: isoNumber(match[4], sign), d: isoNumber(match[5], sign),
                h: isoNumber(match[6], sign), m: isoNumber(match[7], sign), s: isoNumber(match[8], sign) };
        } else if (input && typeof input === 'object' && ('from' in input || 'to' in input)) {
            var diff = momentsDifference(create(input.from), create(input.to));
            input = { ms: diff.milliseconds, M: diff.months };
        } else if (input == null || typeof input !== 'object') {
            input = {};
        }
        var valid = true;
        Object.keys(input).forEach(function (k) {
            var u = unit(k), key = (u === 'quarter' ? 'month' : u === 'isoWeek' ? 'week' : u) + 's', value = +input[k] * (u === 'quarter' ? 3 : 1);
            if (!Object.prototype.hasOwnProperty.call(data, key)) { return; }
            if (input[k] != null && value !== value) { valid = false; }
            data[key] = (data[key] || 0) + value;
        });
        this._isDuration = true;
        this._isValid = valid;
        this._milliseconds = data.milliseconds + data.seconds * 1e3 + data.minutes * 6e4 + data.hours * 36e5;
        this._days = data.days + data.weeks * 7;
        this._months = data.months + data.years * 12;
        this._locale = core.state.global;
        this._bubble();
    }
    var dfn = Duration.prototype;
    dfn.as = function (name) {
        if (!this._isValid) { return NaN; }
        var u = unit(name), ms = this._milliseconds, days, months;
        if (u === 'month' || u === 'quarter' || u === 'year') {
            days = this._days + ms / 864e5;
            months = this._months + days * 4800 / 146097;
            return u === 'month' ? months : u === 'quarter' ? months / 3 : months / 12;
        }
        days = this._days + Math.round(this._months * 146097 / 4800);
        switch (u) {
            case 'week': return days / 7 + ms / 6048e5;
            case 'day': return days + ms / 864e5;
            case 'hour': return days * 24 + ms / 36e5;
            case 'minute': return days * 1440 + ms / 6e4;
            case 'second': return days * 86400 + ms / 1000;
            case 'millisecond': return Math.floor(days * 864e5) + ms;
            default: throw new Error('Unknown unit ' + name);
        }
    };
    ['Milliseconds', 'Seconds', 'Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Years'].forEach(function (name) {
        dfn['as' + name] = function () { return this.as(name.toLowerCase()); };
    });
    function bubbled(d) {
        var ms = d._milliseconds, days = d._days, months = d._months;
        var seconds = truncate(ms / 1000), minutes = truncate(seconds / 60), hours = truncate(minutes / 60);
        days += truncate(hours / 24);
        var monthsFromDays = truncate(days * 4800 / 146097);
        months += monthsFromDays;
        days -= Math.ceil(monthsFromDays * 146097 / 4800);
        return { milliseconds: ms % 1000, seconds: seconds % 60, minutes: minutes % 60, hours: hours % 24, days: days, months: months % 12, years: truncate(months / 12) };
    }
    dfn._bubble = function () { this._data = bubbled(this); };
    ['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (name) {
        dfn[name] = function () { return this._isValid ? this._data[name] : NaN; };
    });
    dfn.get = function (name) { var u = unit(name); return this._isValid ? this[u + 's']() : NaN; };
    dfn.isValid = function () { return this._isValid; };
    dfn.abs = function () {
        var data = this._data;
        this._milliseconds = Math.abs(this._milliseconds);
        this._days = Math.abs(this._days);
        this._months = Math.abs(this._months);
        // moment leaves `days` as it was (its own slip), and so does this.
        Object.keys(data).forEach(function (k) { if (k !== 'days') { data[k] = Math.abs(data[k]); } });
        return this;
    };
    dfn.clone = function () { var copy = new Duration(this); copy._locale = this._locale; return copy; };
    dfn.asQuarters = function () { return this.as('quarter'); };
    // A duration keeps its locale as a moment does.
    dfn.locale = moment.fn.locale;
    dfn.localeData = moment.fn.localeData;
    dfn.lang = moment.fn.lang;
    dfn.weeks = function () { return truncate(this.days() / 7); };
    dfn.valueOf = function () { return this.asMilliseconds(); };
    dfn.humanize = function (withSuffix, custom) {
        if (!this._isValid) { return localeOf(this).invalidDate(); }
        return humanize(this, withSuffix, custom);
    };
    dfn.add = function (amount, name) { var other = new Duration(amount, name); this._milliseconds += other._milliseconds; this._days += other._days; this._months += other._months; this._bubble(); return this; };
    dfn.subtract = function (amount, name) { var other = new Duration(amount, name); this._milliseconds -= other._milliseconds; this._days -= other._days; this._months -= other._months; this._bubble(); return this; };
    // Each part as kept: hours are not carried into days, nor days into months.
    dfn.toISOString = function () {
        if (!this._isValid) { return localeOf(this).invalidDate(); }
        var total = this.asSeconds();
        if (!total) { return 'P0D'; }
        var seconds = Math.abs(this._milliseconds) / 1000, days = Math.abs(this._days), months = Math.abs(this._months);
        var minutes = truncate(seconds / 60), hours = truncate(minutes / 60), years = truncate(months / 12);
        seconds %= 60; minutes %= 60; months %= 12;
        function sign(n) { return (n > 0) - (n < 0) || +n; }
        var ym = sign(this._months) !== sign(total) ? '-' : '', d = sign(this._days) !== sign(total) ? '-' : '', hms = sign(this._milliseconds) !== sign(total) ? '-' : '';
        var s = seconds ? seconds.toFixed(3).replace(/\.?0+$/, '') : '';
        return (total < 0 ? '-' : '') + 'P' + (years ? ym + years + 'Y' : '') + (months ? ym + months + 'M' : '') + (days ? d + days + 'D' : '') +
            (hours || minutes || seconds ? 'T' : '') + (hours ? hms + hours + 'H' : '') + (minutes ? hms + minutes + 'M' : '') + (seconds ? hms + s + 'S' : '');
    };
    dfn.toJSON = dfn.toISOString;
    dfn.toIsoString = dfn.toISOString;
    dfn.toString = dfn.toISOString;


    // ---- the rarer methods and tokens of moment.js, parsed on first use ----

    var field = core.field, offset = core.offset, zero = core.zero, h12 = core.h12, isoWeek = core.isoWeek, localeWeek = core.localeWeek;
    var proto = {};
    function eraOf(m) {
        var eras = localeOf(m).eras(), at = m.clone().startOf('day').valueOf();
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

    var formatters = {
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
        yo: function (m) { return localeOf(m).ordinal(eraYear(m), 'y'); },
        hmm: function (m) { return '' + h12(m) + zero(field(m, 'Minutes'), 2); },
        hmmss: function (m) { return '' + h12(m) + zero(field(m, 'Minutes'), 2) + zero(field(m, 'Seconds'), 2); },
        Hmm: function (m) { return '' + field(m, 'Hours') + zero(field(m, 'Minutes'), 2); },
        Hmmss: function (m) { return '' + field(m, 'Hours') + zero(field(m, 'Minutes'), 2) + zero(field(m, 'Seconds'), 2); },
        z: function (m) { return m.zoneAbbr(); },
        zz: function (m) { return m.zoneName(); }
    };
    // SSSS … SSSSSSSSS: milliseconds, widened.
    for (var digits = 4; digits <= 9; digits++) {
        formatters['SSSSSSSSS'.slice(0, digits)] = (function (width) {
            return function (m) { return zero(field(m, 'Milliseconds') * Math.pow(10, width - 3), width); };
        })(digits);
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
    proto.inspect = function () {
        if (!this._isValid) { return 'moment.invalid(/* ' + this._i + ' */)'; }
        var name = 'moment', zone = '';
        if (!this.isLocal()) { name = this.utcOffset() === 0 ? 'moment.utc' : 'moment.parseZone'; zone = 'Z'; }
        var year = this.year() >= 0 && this.year() <= 9999 ? 'YYYY' : 'YYYYYY';
        return this.format('[' + name + '("]' + year + '-MM-DD[T]HH:mm:ss.SSS' + zone + '[")]');
    };

    // `+05:30`, `-0800`, `Z` (the last one in the text), as minutes.
    function offsetFromString(pattern, text) {
        var matches = String(text || '').match(pattern);
        if (matches === null) { return null; }
        var parts = String(matches[matches.length - 1] || []).match(/([\+\-]|\d\d)/gi) || ['-', 0, 0];
        var minutes = +(parts[1] * 60) + (+parts[2] || 0);
        return minutes === 0 ? 0 : parts[0] === '+' ? minutes : -minutes;
    }
    proto.utcOffset = function (input, keepLocalTime, keepMinutes) {
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
    proto.local = function (keepLocalTime) {
        if (this._isUTC) {
            var before = offset(this);
            this._isUTC = false;
            this._offset = 0;
            if (keepLocalTime) { this._d.setTime(this._d.getTime() + (before - offset(this)) * 6e4); }
        }
        return this;
    };
    proto.parseZone = function () {
        var zone = typeof this._i === 'string' ? offsetFromString(/Z|[+-]\d\d:?\d\d/gi, this._i) : null;
        return zone != null ? this.utcOffset(zone) : this.utcOffset(0, true);
    };
    proto.hasAlignedHourOffset = function (input) {
        if (!this._isValid) { return false; }
        return (this.utcOffset() - (input ? create(input).utcOffset() : 0)) % 60 === 0;
    };
    proto.isDST = function () { return this.utcOffset() > this.clone().month(0).utcOffset() || this.utcOffset() > this.clone().month(5).utcOffset(); };
    proto.isDSTShifted = function () { return false; };
    // Without moment-timezone a zone has a name only in UTC.
    proto.zoneAbbr = function () { return this._isUTC ? 'UTC' : ''; };
    proto.zoneName = function () { return this._isUTC ? 'Coordinated Universal Time' : ''; };
    proto.zone = function (input, keepLocalTime) {
        if (input == null) { return -this.utcOffset(); }
        return this.utcOffset(typeof input === 'string' ? input : -input, keepLocalTime);
    };

    // Setting a week-year keeps the week and weekday (moment's setWeekAll).
    function setWeekYear(m, year, week, weekday, dow, doy) {
        var target = weeksInYear(year, dow, doy);
        if (week > target) { week = target; }
        var found = dayOfYearFromWeeks(year, week, weekday, dow, doy), date = utcDate(found.year, 0, found.dayOfYear);
        return m.year(date.getUTCFullYear()).month(date.getUTCMonth()).date(date.getUTCDate());
    }
    proto.weekYear = function (value) {
        var week = localeOf(this)._week;
        return value == null ? localeWeek(this).year : setWeekYear(this, +value, this.week(), this.weekday() + week.dow, week.dow, week.doy);
    };
    proto.isoWeekYear = function (value) { return value == null ? isoWeek(this).year : setWeekYear(this, +value, this.isoWeek(), this.isoWeekday(), 1, 4); };
    proto.weeksInYear = function () { var week = localeOf(this)._week; return weeksInYear(this.year(), week.dow, week.doy); };
    proto.weeksInWeekYear = function () { var week = localeOf(this)._week; return weeksInYear(this.weekYear(), week.dow, week.doy); };
    proto.isoWeeksInYear = function () { return weeksInYear(this.year(), 1, 4); };
    proto.isoWeeksInISOWeekYear = function () { return weeksInYear(this.isoWeekYear(), 1, 4); };
    proto.eraName = function () { var era = eraOf(this); return era ? era.name : ''; };
    proto.eraNarrow = function () { var era = eraOf(this); return era ? era.narrow : ''; };
    proto.eraAbbr = function () { var era = eraOf(this); return era ? era.abbr : ''; };
    proto.eraYear = function () { return eraYear(this); };
    // What moment says of how a moment was made.
    proto.creationData = function () { return { input: this._i, format: this._f !== undefined ? this._f : (typeof this._i === 'string' ? isoFormatOf(this._i) : undefined), locale: localeOf(this), isUTC: this._isUTC, strict: this._strict }; };
    proto.parsingFlags = function () { return parsingFlags(this); };
    proto.invalidAt = function () { return this.parsingFlags().overflow; };
    // moment's deprecated `min` and `max` (each returns the other bound).
    proto.min = function () { var other = moment.apply(null, arguments); return this._isValid && other._isValid ? (other < this ? this : other) : moment.invalid(); };
    proto.max = function () { var other = moment.apply(null, arguments); return this._isValid && other._isValid ? (other > this ? this : other) : moment.invalid(); };

    var statics = {};
    statics.normalizeUnits = function (name) {
        if (typeof name !== 'string') { return undefined; }
        var found = UNITS[name] || UNITS[name.toLowerCase()] || UNITS[name.toLowerCase().replace(/s$/, '')];
        return found === 'isoWeek' ? 'isoWeek' : found;
    };
    statics.parseTwoDigitYear = function (input) { return toInt(input) + (toInt(input) > 68 ? 1900 : 2000); };
    statics.calendarFormat = function (m, now) {
        var diff = m.diff(now, 'days', true);
        return diff < -6 ? 'sameElse' : diff < -1 ? 'lastWeek' : diff < 0 ? 'lastDay' : diff < 1 ? 'sameDay' : diff < 2 ? 'nextDay' : diff < 7 ? 'nextWeek' : 'sameElse';
    };

    return {
        fromFormat: fromFormat,
        fromRfc2822: fromRfc2822,
        proto: proto,
        statics: statics,
        formatters: formatters,
        from: from,
        calendar: calendar,
        parsingFlags: parsingFlags,
        relativeTimeRounding: function (rounding) {
            if (rounding === undefined) { return round; }
            if (typeof rounding === 'function') { round = rounding; return true; }
            return false;
        },
        relativeTimeThreshold: function (threshold, limit) {
            if (thresholds[threshold] === undefined) { return false; }
            if (limit === undefined) { return thresholds[threshold]; }
            thresholds[threshold] = limit;
            if (threshold === 's') { thresholds.ss = limit - 1; }
            return true;
        },
        duration: function (input, name) { return new Duration(input, name); }
    };
}(__lazy('lib/moment.js').__internals);
