// moment's rarer parts, parsed the first time a script uses one: parsing
// with a format string, relative time (`fromNow`) and durations. moment.js
// keeps a stub for each and shares its helpers.
(function (core) {
    'use strict';

    var MONTHS = core.MONTHS, UNITS = core.UNITS, MS = core.MS, unit = core.unit, truncate = core.truncate;

    var PARSE_TOKENS = /(\[[^\]]*\])|YYYY|YY|MMMM|MMM|MM|M|DDDD|DD|Do|D|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x|./g;
    function fromFormat(text, format, utc, strict) {
        var values = { year: 1970, month: 0, day: 1, hour: 0, minute: 0, second: 0, ms: 0 }, zone = null, pm = null, stamp = null;
        var rest = String(text), ok = true;
        String(format).replace(PARSE_TOKENS, function (token, literal) {
            if (!ok) { return token; }
            var match;
            function take(pattern) {
                match = pattern.exec(rest);
                if (!match || match.index !== 0) { ok = ok && !strict && /^\W*$/.test(token) || false; return null; }
                rest = rest.slice(match[0].length);
                return match[0];
            }
            if (literal) { rest = rest.slice(Math.min(rest.length, literal.length - 2)); return token; }
            var v;
            switch (token) {
                case 'YYYY': v = take(/^[+-]?\d{1,6}/); if (v) { values.year = +v; } break;
                case 'YY': v = take(/^\d\d/); if (v) { values.year = +v + (+v > 68 ? 1900 : 2000); } break;
                case 'MM': case 'M': v = take(/^\d\d?/); if (v) { values.month = +v - 1; } break;
                case 'MMMM': case 'MMM':
                    v = take(/^[A-Za-z]+/);
                    if (v) { var i = MONTHS.findIndex(function (name) { return name.toLowerCase().indexOf(v.toLowerCase()) === 0 && v.length >= 3; }); if (i < 0) { ok = false; } else { values.month = i; } }
                    break;
                case 'DD': case 'D': v = take(/^\d\d?/); if (v) { values.day = +v; } break;
                case 'Do': v = take(/^\d\d?(st|nd|rd|th)?/); if (v) { values.day = parseInt(v, 10); } break;
                case 'HH': case 'H': case 'hh': case 'h': v = take(/^\d\d?/); if (v) { values.hour = +v; } break;
                case 'mm': case 'm': v = take(/^\d\d?/); if (v) { values.minute = +v; } break;
                case 'ss': case 's': v = take(/^\d\d?/); if (v) { values.second = +v; } break;
                case 'SSS': case 'SS': case 'S': v = take(/^\d+/); if (v) { values.ms = Math.floor(+('0.' + v) * 1000 + 1e-7); } break;
                case 'A': case 'a': v = take(/^[AaPp]\.?[Mm]\.?/); if (v) { pm = /^p/i.test(v); } break;
                case 'ZZ': case 'Z': v = take(/^(Z|[+-]\d\d:?\d\d)/i); if (v) { zone = v.toUpperCase() === 'Z' ? 0 : (v[0] === '-' ? -1 : 1) * (+v.replace(/\D/g, '').slice(0, 2) * 60 + +v.replace(/\D/g, '').slice(2)); } break;
                case 'X': v = take(/^[+-]?\d+(\.\d+)?/); if (v) { stamp = +v * 1000; } break;
                case 'x': v = take(/^[+-]?\d+/); if (v) { stamp = +v; } break;
                default: if (rest[0] === token) { rest = rest.slice(1); } else if (strict) { ok = false; }
            }
            return token;
        });
        if (!ok || (strict && rest.length)) { return new Date(NaN); }
        if (stamp !== null) { return new Date(stamp); }
        if (pm !== null) { values.hour = pm ? (values.hour % 12) + 12 : values.hour % 12; }
        if (values.month > 11 || values.day < 1 || values.day > new Date(Date.UTC(values.year, values.month + 1, 0)).getUTCDate() ||
            values.hour > 23 || values.minute > 59 || values.second > 59) { return new Date(NaN); }
        var args = [values.year, values.month, values.day, values.hour, values.minute, values.second, values.ms];
        if (zone !== null) { return new Date(Date.UTC.apply(null, args) - zone * 6e4); }
        if (utc) { return new Date(Date.UTC.apply(null, args)); }
        var date = new Date(values.year, values.month, values.day, values.hour, values.minute, values.second, values.ms);
        if (values.year < 100) { date.setFullYear(values.year); }
        return date;
    }

    var RELATIVE = [[45, 's', 'a few seconds'], [90, 'm', 'a minute'], [45 * 60, 'mm'], [90 * 60, 'h', 'an hour'], [22 * 3600, 'hh'],
        [36 * 3600, 'd', 'a day'], [26 * 86400, 'dd'], [45 * 86400, 'M', 'a month'], [320 * 86400, 'MM'], [548 * 86400, 'y', 'a year'], [Infinity, 'yy']];
    function humanize(seconds) {
        var abs = Math.abs(seconds);
        for (var i = 0; i < RELATIVE.length; i++) {
            if (Math.round(abs) < RELATIVE[i][0]) {
                var row = RELATIVE[i];
                if (row[2]) { return row[2]; }
                var per = { mm: 60, hh: 3600, dd: 86400, MM: 86400 * 30.4375, yy: 86400 * 365.25 }[row[1]];
                var names = { mm: 'minutes', hh: 'hours', dd: 'days', MM: 'months', yy: 'years' };
                return Math.max(Math.round(abs / per), 2) + ' ' + names[row[1]];
            }
        }
        return '';
    }
    function from(m, other, withoutSuffix) {
        var seconds = (m - other) / 1000, text = humanize(seconds);
        return withoutSuffix ? text : (seconds > 0 ? 'in ' + text : text + ' ago');
    }

    // ---- durations ----

    function Duration(input, name) {
        var data = { milliseconds: 0, seconds: 0, minutes: 0, hours: 0, days: 0, weeks: 0, months: 0, years: 0 };
        if (input && input._isDuration) { input = input._data; }
        if (typeof input === 'number' || (typeof input === 'string' && !isNaN(+input))) {
            var u = unit(name || 'ms');
            data[(u === 'quarter' ? 'month' : u) + 's'] = +input * (u === 'quarter' ? 3 : 1);
        } else if (input && typeof input === 'object') {
            Object.keys(input).forEach(function (k) { var u = unit(k); data[u + 's'] = (data[u + 's'] || 0) + input[k]; });
        }
        this._isDuration = true;
        this._data = data;
        this._milliseconds = data.milliseconds + data.seconds * 1e3 + data.minutes * 6e4 + data.hours * 36e5;
        this._days = data.days + data.weeks * 7;
        this._months = data.months + data.years * 12;
    }
    var dfn = Duration.prototype;
    dfn.as = function (name) {
        var u = unit(name), days, months;
        if (u === 'month' || u === 'quarter' || u === 'year') {
            days = this._days + this._milliseconds / 864e5;
            months = this._months + days * 4800 / 146097;
            return u === 'month' ? months : u === 'quarter' ? months / 3 : months / 12;
        }
        days = this._days + Math.round(this._months * 146097 / 4800);
        var ms = days * 864e5 + this._milliseconds;
        return ms / (u === 'week' ? 6048e5 : MS[u] || 1);
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
    ['milliseconds', 'seconds', 'minutes', 'hours', 'days', 'months', 'years'].forEach(function (name) {
        dfn[name] = function () { return bubbled(this)[name]; };
    });
    dfn.weeks = function () { return truncate(this.days() / 7); };
    dfn.valueOf = function () { return this.asMilliseconds(); };
    dfn.humanize = function (withSuffix) {
        var text = humanize(this.asSeconds());
        return withSuffix ? (this.asSeconds() > 0 ? 'in ' + text : text + ' ago') : text;
    };
    dfn.add = function (amount, name) { var other = new Duration(amount, name); this._milliseconds += other._milliseconds; this._days += other._days; this._months += other._months; return this; };
    dfn.subtract = function (amount, name) { var other = new Duration(amount, name); this._milliseconds -= other._milliseconds; this._days -= other._days; this._months -= other._months; return this; };
    dfn.toISOString = function () {
        var b = bubbled(this), total = this.asSeconds();
        if (!total) { return 'P0D'; }
        var seconds = b.seconds + b.milliseconds / 1000;
        var date = (b.years ? b.years + 'Y' : '') + (b.months ? b.months + 'M' : '') + (b.days ? b.days + 'D' : '');
        var time = (b.hours ? b.hours + 'H' : '') + (b.minutes ? b.minutes + 'M' : '') + (seconds ? +seconds.toFixed(3) + 'S' : '');
        return (total < 0 ? '-' : '') + 'P' + date + (time ? 'T' + time : '');
    };
    dfn.toJSON = dfn.toISOString;

    return {
        fromFormat: fromFormat,
        from: from,
        duration: function (input, name) { return new Duration(input, name); }
    };
})(__lazy('lib/moment.js').__internals);
