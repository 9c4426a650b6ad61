// Dates written for a locale and options as node's ICU writes them
// (`toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })`,
// `toLocaleString('en-US', { dateStyle: 'medium', timeZone: 'UTC' })`):
// the English locales with every field and style option, other common
// locales with their numeric date and time, in UTC, the local zone or
// any IANA zone. Newman's sandbox has no `Intl`, but V8's dates format
// with ICU, and scripts use them to build the dates they send. Parsed on
// first use (js/dates.js asks); `null` for what is not here (named fields
// in another language), and the caller keeps the built-in's text.
0, function (host) {
    'use strict';

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
        'October', 'November', 'December'];
    var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

    // ICU's patterns for each set of date fields (CLDR's "available
    // formats"), by family: `E` weekday, `y` year, `M` numeric month, `L` a
    // month by name, `d` day. A `+` joins two patterns ICU has no single
    // one for with a space, as ICU does.
    var US_DATES = {
        y: 'y', M: 'M', L: 'L', d: 'd', E: 'E', yM: 'M/y', yL: 'L y', Md: 'M/d', Ld: 'L d', yMd: 'M/d/y', yLd: 'L d, y',
        Ed: 'd E', EMd: 'E, M/d', ELd: 'E, L d', EyMd: 'E, M/d/y', EyLd: 'E, L d, y', EyL: 'L y E', EyM: 'M/y E'
    };
    var GB_DATES = {
        y: 'y', M: 'M', L: 'L', d: 'd', E: 'E', yM: 'MM/y', yL: 'L y', Md: 'dd/MM', Ld: 'd L', yMd: 'dd/MM/y', yLd: 'd L y',
        Ed: 'E d', EMd: 'E, dd/MM', ELd: 'E d L', EyMd: 'E, dd/MM/y', EyLd: 'E, d L y', EyL: 'L y E', EyM: 'MM/y E'
    };
    // dateStyle and timeStyle, as patterns of the same letters.
    var US_STYLES = { short: 'M/d/yy', medium: 'LLL d, y', long: 'LLLL d, y', full: 'EEEE, LLLL d, y' };
    var GB_STYLES = { short: 'dd/MM/y', medium: 'd LLL y', long: 'd LLLL y', full: 'EEEE, d LLLL y' };
    function withShort(styles, short) { return { short: short, medium: styles.medium, long: styles.long, full: styles.full }; }
    // What each English locale changes of its family's patterns.
    var LOCALES = {
        'en-US': { dates: US_DATES, h12: true, periods: ['AM', 'PM'], styles: US_STYLES },
        'en-CA': {
            dates: US_DATES, h12: true, periods: ['a.m.', 'p.m.'], styles: withShort(US_STYLES, 'y-MM-dd'),
            own: { yM: 'y-MM', Md: 'MM-dd', yMd: 'y-MM-dd', EMd: 'E, MM-dd', EyMd: 'E, y-MM-dd', yyMd: 'yy-MM-dd' }
        },
        'en-GB': { dates: GB_DATES, h12: false, periods: ['am', 'pm'], styles: GB_STYLES, shortMonths: { 8: 'Sept' } },
        'en-AU': {
            dates: GB_DATES, h12: true, periods: ['am', 'pm'], styles: withShort(GB_STYLES, 'd/M/yy'),
            own: { Md: 'd/M', yyMd: 'd/M/yy', ELd: 'E, d L', 'long ELd': 'E d L', 'long EyLd': 'E d L y' },
            // Beside a day or year; alone, `Jun` and `Jul`.
            shortMonths: { 8: 'Sept' }, shortMonthsInDates: { 5: 'June', 6: 'July' }
        },
        'en-IN': {
            dates: GB_DATES, h12: true, periods: ['am', 'pm'], styles: withShort(GB_STYLES, 'dd/MM/yy'),
            shortMonths: { 8: 'Sept' }, weekdayTime: ', ',
            own: { yMd: 'd/M/y', yyMd: 'd/M/yy', EMd: 'E, d/M', EyMd: 'E, d/M/y', ELd: 'E, d L' }
        }
    };
    var ALIASES = { en: 'en-US', 'en-us': 'en-US', 'en-gb': 'en-GB', 'en-ca': 'en-CA', 'en-au': 'en-AU', 'en-in': 'en-IN' };
    // Other locales: the date and time with no fields named.
    var NUMERIC_ONLY = {
        'de-DE': ['d.M.y', 'HH:mm:ss', ', '], 'fr-FR': ['dd/MM/y', 'HH:mm:ss', ' '], 'sv-SE': ['y-MM-dd', 'HH:mm:ss', ' '],
        'es-ES': ['d/M/y', 'H:mm:ss', ', '], 'pt-BR': ['dd/MM/y', 'HH:mm:ss', ', '], 'ja-JP': ['y/M/d', 'H:mm:ss', ' '],
        'nl-NL': ['d-M-y', 'HH:mm:ss', ', '], 'it-IT': ['dd/MM/y', 'HH:mm:ss', ', ']
    };
    var WIDTHS = { numeric: 1, '2-digit': 2, short: 3, long: 4, narrow: 5 };
    var DATE_FIELDS = ['weekday', 'year', 'month', 'day'], TIME_FIELDS = ['hour', 'minute', 'second'];

    function pad2(n) { return (n < 10 ? '0' : '') + n; }
    function has(options, names) {
        for (var i = 0; i < names.length; i++) { if (options[names[i]] !== undefined) { return true; } }
        return false;
    }

    // The US zones whose abbreviation en-US writes; other zones are
    // `GMT+5:30`, as ICU names them in English.
    var US_ZONES = { EST: true, EDT: true, CST: true, CDT: true, MST: true, MDT: true, PST: true, PDT: true,
        AKST: true, AKDT: true, HST: true };
    function gmtName(minutes) {
        if (minutes === 0) { return 'GMT'; }
        var east = Math.abs(minutes), hours = Math.floor(east / 60), rest = east % 60;
        return 'GMT' + (minutes < 0 ? '-' : '+') + hours + (rest ? ':' + pad2(rest) : '');
    }

    // The date's fields in UTC, the local zone or an IANA zone (the
    // system's zoneinfo, read by the host), and the zone's short name
    // (`null` where only the local zone's offset is known); `null` on a
    // system without zoneinfo.
    function fieldsOf(date, zone) {
        var P = Date.prototype, time = P.getTime.call(date), offset = 0, name = 'UTC';
        if (zone === undefined) {
            offset = -P.getTimezoneOffset.call(date);
            name = offset === 0 ? 'UTC' : null;
        } else {
            var upper = String(zone).toUpperCase();
            if (upper !== 'UTC' && upper !== 'ETC/UTC' && upper !== 'GMT' && upper !== 'ETC/GMT') {
                var known = host.zoneAt(String(zone), time);
                if (known === undefined) { return null; }
                if (known === null) { throw new RangeError('Invalid time zone specified: ' + zone); }
                offset = known[0];
                name = US_ZONES[known[1]] ? known[1] : gmtName(offset);
            }
        }
        var shifted = new Date(time + offset * 60000);
        return {
            y: P.getUTCFullYear.call(shifted), M: P.getUTCMonth.call(shifted), d: P.getUTCDate.call(shifted), E: P.getUTCDay.call(shifted),
            h: P.getUTCHours.call(shifted), m: P.getUTCMinutes.call(shifted), s: P.getUTCSeconds.call(shifted), zone: name,
            // A zone named by the script other than UTC: its short name is
            // written for en-US only.
            named: name !== 'UTC' && zone !== undefined
        };
    }

    // The pattern ICU picks for the date fields asked, widened as asked
    // (`dd` for a 2-digit day; a pattern's `dd` is not narrowed).
    function datePattern(locale, options) {
        var month = WIDTHS[options.month] || 0, text = month >= 3;
        var key = (options.weekday ? 'E' : '') + (options.year ? 'y' : '') + (month ? (text ? 'L' : 'M') : '') + (options.day ? 'd' : '');
        if (!key) { return ''; }
        // A locale's own pattern for a 2-digit year or a weekday in full
        // comes first (`yyMd`, `long ELd`).
        var own = locale.own || {};
        var pattern = (options.year === '2-digit' && own['yy' + key.replace('y', '')]) ||
            (options.weekday === 'long' && own['long ' + key]) || own[key] || locale.dates[key];
        if (pattern === undefined) { return null; }
        var widths = {
            E: WIDTHS[options.weekday] === 5 ? 5 : WIDTHS[options.weekday] === 4 ? 4 : 3,
            y: options.year === '2-digit' ? 2 : 1, M: month, L: month, d: WIDTHS[options.day] || 1
        };
        return pattern.replace(/([EyMLd])\1*/g, function (run, letter) {
            if (letter === 'E' || letter === 'L') { return letter.repeat(widths[letter]); }
            if (letter === 'y') { return 'y'.repeat(widths.y === 2 ? 2 : run.length); }
            return letter.repeat(Math.max(run.length, widths[letter]));
        });
    }

    // The time fields asked, with the hour letter of the clock (`h` 1-12,
    // `K` 0-11, `H` 0-23, `k` 1-24) and ICU's widths: a 12-hour locale asked
    // for 24 hours counts them 1-24 (`24:09` after midnight), en-GB asked for
    // 12 hours counts 0-11; en-GB's 24-hour hour is unpadded after a
    // numeric hour with a 2-digit minute, or with a zone name and seconds.
    function timePattern(options, clock, zoneName) {
        var hour = options.hour, minute = options.minute, second = options.second, out;
        var hours = clock === 'k' ? 'kk' : clock === 'H'
            ? (hour === 'numeric' && (minute === '2-digit' || (zoneName && second)) ? 'H' : 'HH')
            : clock.repeat(hour === '2-digit' ? 2 : 1);
        if (hour && minute && second) { out = hours + ':mm:ss'; } else if (hour && minute) {
            out = hours + ':mm';
        } else if (hour) { out = hours; } else if (minute && second) { out = 'mm:ss'; } else if (minute) {
            out = 'm';
        } else if (second) { out = 's'; } else { out = ''; }
        if (out && hour && (clock === 'h' || clock === 'K')) { out += ' a'; }
        if (zoneName) { out += (out ? ' ' : '') + 'z'; }
        return out;
    }

    function write(pattern, f, locale) {
        var periods = locale.periods || [];
        return pattern.replace(/([EyMLdhKkHmsaz])\1*/g, function (run, letter) {
            var n = run.length;
            switch (letter) {
                case 'E': return n === 5 ? DAYS[f.E].charAt(0) : n === 4 ? DAYS[f.E] : DAYS[f.E].slice(0, 3);
                case 'y': return n === 2 ? pad2(f.y % 100) : String(f.y);
                case 'M': return n === 2 ? pad2(f.M + 1) : String(f.M + 1);
                case 'L': return n === 5 ? MONTHS[f.M].charAt(0) : n === 4 ? MONTHS[f.M] : n === 3 ? shortMonth(locale, f.M, pattern)
                    : n === 2 ? pad2(f.M + 1) : String(f.M + 1);
                case 'd': return n === 2 ? pad2(f.d) : String(f.d);
                case 'h': return n === 2 ? pad2(f.h % 12 || 12) : String(f.h % 12 || 12);
                case 'K': return n === 2 ? pad2(f.h % 12) : String(f.h % 12);
                case 'k': return pad2(f.h || 24);
                case 'H': return n === 2 ? pad2(f.h) : String(f.h);
                case 'm': return n === 2 ? pad2(f.m) : String(f.m);
                case 's': return n === 2 ? pad2(f.s) : String(f.s);
                case 'a': return periods[f.h < 12 ? 0 : 1];
                default: return f.zone;
            }
        });
    }

    function shortMonth(locale, month, pattern) {
        var inDates = pattern !== 'LLL' && locale.shortMonthsInDates && locale.shortMonthsInDates[month];
        return inDates || (locale.shortMonths && locale.shortMonths[month]) || MONTHS[month].slice(0, 3);
    }

    // How ICU joins a date and a time: ` at ` after a month written in
    // full, a space after a weekday alone, a comma otherwise.
    function joined(date, time, datePatternText, locale) {
        if (!date || !time) { return date || time; }
        if (/LLLL/.test(datePatternText) && !/LLLLL/.test(datePatternText)) { return date + ' at ' + time; }
        if (/^E+$/.test(datePatternText)) { return date + (locale.weekdayTime || ' ') + time; }
        return date + ', ' + time;
    }

    // `dateStyle` and `timeStyle` (`full` time, with the zone's long name,
    // is not written here).
    var TIME_STYLES = { short: { seconds: false, zone: false }, medium: { seconds: true, zone: false }, long: { seconds: true, zone: true } };
    function styled(locale, options, fields) {
        var clock = clockOf(locale, options);
        var date = options.dateStyle ? locale.styles[options.dateStyle] : '';
        var time = options.timeStyle ? TIME_STYLES[options.timeStyle] : null;
        if (date === undefined || (options.timeStyle && !time) || (time && time.zone && !zoneNamed(fields, locale))) { return null; }
        var timeText = '';
        if (time) {
            var hours = { hour: clock === 'H' ? '2-digit' : 'numeric', minute: 'numeric', second: time.seconds ? 'numeric' : undefined };
            timeText = write(timePattern(hours, clock, time.zone), fields, locale);
        }
        var dateText = date ? write(date, fields, locale) : '';
        if (dateText && timeText) {
            return dateText + (options.dateStyle === 'long' || options.dateStyle === 'full' ? ' at ' : ', ') + timeText;
        }
        return dateText || timeText;
    }

    // Whether this locale's short name of the zone is known here.
    function zoneNamed(fields, locale) {
        return fields.zone !== null && (!fields.named || locale === LOCALES['en-US']);
    }

    // The hour letter of the clock asked (`hour12` before `hourCycle`).
    function clockOf(locale, options) {
        var twelve = options.hour12 !== undefined ? !!options.hour12
            : { h11: true, h12: true, h23: false, h24: false }[options.hourCycle];
        if (twelve === undefined) { return locale.h12 ? 'h' : 'H'; }
        if (options.hour12 === undefined) { return { h11: 'K', h12: 'h', h23: 'H', h24: 'k' }[options.hourCycle]; }
        return twelve ? (locale.h12 ? 'h' : 'K') : (locale.h12 ? 'k' : 'H');
    }

    // The values V8 accepts for each option; another is a RangeError.
    var TEXT_WIDTHS = ['narrow', 'short', 'long'], DIGITS = ['numeric', '2-digit'], STYLES = ['full', 'long', 'medium', 'short'];
    var ALLOWED = {
        weekday: TEXT_WIDTHS, era: TEXT_WIDTHS, year: DIGITS, month: DIGITS.concat(TEXT_WIDTHS), day: DIGITS,
        hour: DIGITS, minute: DIGITS, second: DIGITS, hourCycle: ['h11', 'h12', 'h23', 'h24'],
        timeZoneName: ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'],
        dateStyle: STYLES, timeStyle: STYLES
    };
    // The fields a style excludes, in the order V8 checks them.
    var STYLED_AWAY = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second',
        'fractionalSecondDigits', 'timeZoneName'];
    var LANGUAGE_TAG = /^(?:[a-z]{2,3}|[a-z]{5,8})(?:-[a-z0-9]{1,8})*$/i;

    // V8's errors for options and locales it refuses.
    function checked(name, locales, options) {
        if (options === null) { throw new TypeError('Cannot convert undefined or null to object'); }
        options = options === undefined ? {} : Object(options);
        Object.keys(ALLOWED).forEach(function (key) {
            var value = options[key];
            if (value !== undefined && ALLOWED[key].indexOf(String(value)) === -1) {
                throw new RangeError('Value ' + String(value) + ' out of range for Date.prototype.' + name + ' options property ' + key);
            }
        });
        var style = options.dateStyle !== undefined ? 'dateStyle' : options.timeStyle !== undefined ? 'timeStyle' : null;
        var field = style && STYLED_AWAY.filter(function (key) { return options[key] !== undefined; })[0];
        if (field) { throw new TypeError("Can't set option " + field + ' when ' + style + ' is used'); }
        var list = typeof locales === 'string' ? [locales] : Array.isArray(locales) ? locales : [];
        list.forEach(function (tag) {
            if (typeof tag !== 'string' && (tag === null || typeof tag !== 'object')) { throw new TypeError('Language ID should be string or object.'); }
            if (typeof tag === 'string' && !LANGUAGE_TAG.test(tag)) { throw new RangeError('Incorrect locale information provided'); }
        });
        return { locale: typeof list[0] === 'string' ? list[0] : undefined, options: options };
    }

    // `name` is toLocaleString, toLocaleDateString or toLocaleTimeString.
    function format(name, date, locales, options) {
        var asked = checked(name, locales, options);
        var code = asked.locale === undefined ? 'en-US' : ALIASES[asked.locale.toLowerCase()] || asked.locale;
        options = asked.options;
        // Fields written here only in part: the built-in's text stays.
        if (options.era !== undefined || options.dayPeriod !== undefined || options.fractionalSecondDigits !== undefined) {
            return null;
        }
        if (name === 'toLocaleDateString' && options.timeStyle !== undefined) { throw new TypeError('Invalid option : timeStyle'); }
        if (name === 'toLocaleTimeString' && options.dateStyle !== undefined) { throw new TypeError('Invalid option : dateStyle'); }
        var time = Date.prototype.getTime.call(date);
        if (time !== time) { return 'Invalid Date'; }
        var fields = fieldsOf(date, options.timeZone);
        if (fields === null) { return null; }
        var wanted = {};
        DATE_FIELDS.concat(TIME_FIELDS).forEach(function (key) { if (options[key] !== undefined) { wanted[key] = String(options[key]); } });
        var anyDate = has(wanted, DATE_FIELDS), anyTime = has(wanted, TIME_FIELDS);
        var styles = options.dateStyle !== undefined || options.timeStyle !== undefined;
        if (!styles) {
            if (name !== 'toLocaleTimeString' && !anyDate && (name === 'toLocaleDateString' || !anyTime)) {
                wanted.year = wanted.month = wanted.day = 'numeric';
            }
            if (name !== 'toLocaleDateString' && !anyTime && (name === 'toLocaleTimeString' || !anyDate)) {
                wanted.hour = wanted.minute = wanted.second = 'numeric';
            }
        }
        var locale = LOCALES[code];
        if (!locale) { return numericOnly(code, options, wanted, fields, anyDate || anyTime || styles); }
        if (styles) { return styled(locale, options, fields); }
        var zoneName = options.timeZoneName !== undefined;
        if (zoneName && (options.timeZoneName !== 'short' || !zoneNamed(fields, locale))) { return null; }
        var dateText = datePattern(locale, wanted);
        if (dateText === null) { return null; }
        var timeText = timePattern(wanted, clockOf(locale, options), zoneName);
        return joined(write(dateText, fields, locale), write(timeText, fields, locale), dateText, locale);
    }

    function numericOnly(code, options, wanted, fields, named) {
        var patterns = NUMERIC_ONLY[code];
        if (!patterns || named || options.timeZoneName !== undefined || options.hour12 !== undefined || options.hourCycle !== undefined) {
            return null;
        }
        var date = wanted.year ? write(patterns[0], fields, {}) : '';
        var time = wanted.hour ? write(patterns[1], fields, {}) : '';
        return date && time ? date + patterns[2] + time : date || time;
    }

    return format;
}(__host);
