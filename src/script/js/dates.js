// How dates, numbers and arrays are written, and text compared
// (`localeCompare`), as node does it: the local zone's name after
// `Date.prototype.toString()` (`… GMT+0000 (Coordinated Universal Time)`),
// and en-US from `toLocaleString()` and its date and time forms when a
// script names no locale (or en-US) and no options. boa, built without
// Intl, printed `toString()` and plain digits there; other locales and
// options keep boa's. Also the date text boa's `Date.parse` cannot read.
// Parsed on the first call (`js/globals.js` has the stubs).
0, function (host) {
    'use strict';

    function pad2(n) { return (n < 10 ? '0' : '') + n; }
    var getTime = Date.prototype.getTime, getTimezoneOffset = Date.prototype.getTimezoneOffset;

    // The local zone's standard and daylight-saving names (host/dates.rs
    // knows the common zones), or null.
    var zoneNames = host.localZoneNames();
    // The offset is written from getTimezoneOffset: at a daylight-saving
    // change boa's toString wrote the hour before's.
    function withZone(text, date) {
        var offset = getTimezoneOffset.call(date), east = -offset;
        text = text.replace(/GMT[+-]\d{4}/, 'GMT' + (east < 0 ? '-' : '+') + pad2(Math.floor(Math.abs(east) / 60)) + pad2(Math.abs(east) % 60));
        if (zoneNames === null) { return text; }
        var year = Date.prototype.getFullYear.call(date);
        var standard = Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
        return text + ' (' + zoneNames[offset < standard ? 1 : 0] + ')';
    }

    function plainLocale(locales, options) {
        return options === undefined && (locales === undefined || locales === 'en-US' || locales === 'en');
    }
    function usDate(d) { var y = d.getFullYear(); return (d.getMonth() + 1) + '/' + d.getDate() + '/' + (y <= 0 ? 1 - y : y); }
    function usTime(d) {
        var h = d.getHours();
        return (h % 12 || 12) + ':' + pad2(d.getMinutes()) + ':' + pad2(d.getSeconds()) + ' ' + (h < 12 ? 'AM' : 'PM');
    }
    var usDates = {
        toLocaleDateString: usDate,
        toLocaleTimeString: usTime,
        toLocaleString: function (d) { return usDate(d) + ', ' + usTime(d); }
    };

    // The shortest decimal of a number, without an exponent.
    function plainDecimal(x) {
        var text = String(x), e = text.indexOf('e');
        if (e === -1) { return text; }
        var mantissa = text.slice(0, e).replace('.', ''), exponent = Number(text.slice(e + 1));
        var point = text.slice(0, e).indexOf('.');
        var before = (point === -1 ? text.slice(0, e).length : point) + exponent;
        if (before <= 0) { return '0.' + new Array(1 - before).join('0') + mantissa; }
        if (before >= mantissa.length) { return mantissa + new Array(before - mantissa.length + 1).join('0'); }
        return mantissa.slice(0, before) + '.' + mantissa.slice(before);
    }
    // Adds one to the last digit of a string of digits.
    function increment(digits) {
        var out = digits.split(''), i = out.length - 1;
        while (i >= 0 && out[i] === '9') { out[i] = '0'; i--; }
        if (i < 0) { out.unshift('1'); } else { out[i] = String(Number(out[i]) + 1); }
        return out.join('');
    }
    // At most three decimals, halves away from zero, digits grouped by three.
    function usNumber(x) {
        if (x !== x) { return 'NaN'; }
        if (x === Infinity || x === -Infinity) { return x < 0 ? '-\u221e' : '\u221e'; }
        var parts = plainDecimal(Math.abs(x)).split('.'), whole = parts[0], fraction = parts[1] || '';
        if (fraction.length > 3) {
            var up = fraction.charAt(3) >= '5';
            fraction = fraction.slice(0, 3);
            if (up) {
                var joined = increment(whole + fraction);
                whole = joined.slice(0, joined.length - 3);
                fraction = joined.slice(-3);
            }
        }
        fraction = fraction.replace(/0+$/, '');
        var sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
        return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? '.' + fraction : '');
    }

    // ---- localeCompare as ICU's root collation orders Latin text ----
    // The comparison is the host's (host/collation.rs), on the texts in NFD.
    function collate(a, b, options) {
        var numeric = !!(options && options.numeric), sensitivity = (options && options.sensitivity) || 'variant';
        return host.collate(a.normalize('NFD'), b.normalize('NFD'), numeric, typeof sensitivity === 'string' ? sensitivity : 'variant');
    }

    // What boa's `Date.parse` cannot read (js/globals.js asks): a fraction of
    // a second other than three digits, then V8's fallback rules on the host
    // (host/dates.rs), as fields in local time or at an offset.
    var ISO_FRACTION = /^([+-]\d{6}|\d{4})(-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.(\d+)(Z|[+-]\d{2}:\d{2})?$/i;
    function parseFallback(text, nativeParse, NativeDate) {
        var iso = ISO_FRACTION.exec(text);
        if (iso) { return nativeParse(iso[1] + iso[2].toUpperCase() + '.' + (iso[3] + '00').slice(0, 3) + (iso[4] || '').toUpperCase()); }
        var parts = host.parseDate(String(text));
        if (parts === null) { return NaN; }
        var d = new NativeDate(0);
        if (parts[7] === null) {
            d.setFullYear(parts[0], parts[1], parts[2]);
            d.setHours(parts[3], parts[4], parts[5], parts[6]);
        } else {
            d.setUTCFullYear(parts[0], parts[1], parts[2]);
            d.setUTCHours(parts[3], parts[4] - parts[7], parts[5], parts[6]);
        }
        return d.getTime();
    }

    return {
        parseFallback: parseFallback,
        collate: function (name, builtin, text, args) {
            if (text === undefined || text === null) { return builtin.apply(text, args); }
            return collate(String(text), String(args[0]), args[2]);
        },
        date: function (name, builtin, date, args) {
            var time = getTime.call(date);
            if (name === 'toString' || name === 'toTimeString') {
                var text = builtin.call(date);
                return time === time ? withZone(text, date) : text;
            }
            if (!plainLocale(args[0], args[1])) { return builtin.apply(date, args); }
            return time === time ? usDates[name](date) : 'Invalid Date';
        },
        number: function (name, builtin, number, args) {
            var x = Number.prototype.valueOf.call(number);
            return plainLocale(args[0], args[1]) ? usNumber(x) : builtin.apply(number, args);
        },
        // V8 joins with a bare comma.
        array: function (name, builtin, array, args) {
            return Array.prototype.map.call(Object(array), function (item) {
                return item === undefined || item === null ? '' : item.toLocaleString(args[0], args[1]);
            }).join(',');
        }
    };
}(__host);
