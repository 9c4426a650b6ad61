// How dates, numbers and arrays are written, and text compared
// (`localeCompare`), as node does it: the local zone's name after
// `Date.prototype.toString()` (`… GMT+0000 (Coordinated Universal Time)`),
// and en-US from `toLocaleString()` and its date and time forms when a
// script names no locale (or en-US) and no options (js/date-locale.js
// writes the others), numbers in en-US with options and in a dozen
// locales. boa, built without Intl, printed `toString()` and plain digits
// there. Also the date text boa's `Date.parse` cannot read.
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

    function usLocale(locales) { return locales === undefined || locales === 'en-US' || locales === 'en'; }
    function plainLocale(locales, options) { return options === undefined && usLocale(locales); }
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
    // A number's digits with at least `min` and at most `max` decimals,
    // halves away from zero, digits grouped by three unless `grouping` is
    // false; `shift` moves the point right first (a percentage's 2).
    function usDigits(x, min, max, grouping, shift, minInteger) {
        var parts = plainDecimal(Math.abs(x)).split('.'), whole = parts[0], fraction = parts[1] || '';
        for (; shift > 0; shift--) {
            whole += fraction.charAt(0) || '0';
            fraction = fraction.slice(1);
        }
        whole = whole.replace(LEADING_ZEROS, '');
        if (fraction.length > max) {
            var up = fraction.charAt(max) >= '5';
            fraction = fraction.slice(0, max);
            if (up) {
                var joined = increment(whole + fraction);
                whole = joined.slice(0, joined.length - max);
                fraction = max ? joined.slice(-max) : '';
            }
        }
        while (fraction.length > min && fraction.charAt(fraction.length - 1) === '0') { fraction = fraction.slice(0, -1); }
        while (fraction.length < min) { fraction += '0'; }
        while (whole.length < (minInteger || 1)) { whole = '0' + whole; }
        return (grouping ? whole.replace(GROUPS, ',') : whole) + (fraction ? '.' + fraction : '');
    }
    var LEADING_ZEROS = /^0+(?=\d)/, GROUPS = /\B(?=(\d{3})+(?!\d))/g;
    function signOf(x) { return x < 0 || (x === 0 && 1 / x < 0) ? '-' : ''; }
    // At most three decimals, halves away from zero, digits grouped by three.
    function usNumber(x) {
        if (x !== x) { return 'NaN'; }
        if (x === Infinity || x === -Infinity) { return x < 0 ? '-\u221e' : '\u221e'; }
        return signOf(x) + usDigits(x, 0, 3, true, 0);
    }

    // `toLocaleString('en-US', options)` for the options scripts format
    // prices and shares with: `style` (decimal, currency, percent),
    // `currency` (the symbols below; `currencyDisplay: 'code'` for any),
    // `minimumFractionDigits`, `maximumFractionDigits`, `useGrouping`.
    // Anything else is left to the built-in.
    var CURRENCY_SYMBOLS = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5', INR: '\u20b9', CAD: 'CA$', AUD: 'A$', CNY: 'CN\u00a5' };
    var NO_MINOR_UNITS = { JPY: true, KRW: true, VND: true, CLP: true, ISK: true };
    var NUMBER_OPTIONS = { style: true, currency: true, currencyDisplay: true, minimumFractionDigits: true, maximumFractionDigits: true,
        useGrouping: true, minimumIntegerDigits: true };
    function usNumberWith(x, options) {
        var keys = Object.keys(options);
        for (var k = 0; k < keys.length; k++) { if (!NUMBER_OPTIONS[keys[k]]) { return null; } }
        var style = options.style === undefined ? 'decimal' : options.style, code, display = options.currencyDisplay || 'symbol';
        var minInteger = options.minimumIntegerDigits === undefined ? 1 : Math.floor(Number(options.minimumIntegerDigits));
        if (!(minInteger >= 1 && minInteger <= 21)) { throw new RangeError('minimumIntegerDigits value is out of range.'); }
        var min = 0, max = style === 'percent' ? 0 : 3;
        if (style === 'currency') {
            if (typeof options.currency !== 'string') { return null; }
            code = options.currency.toUpperCase();
            if (display === 'symbol' ? !CURRENCY_SYMBOLS[code] : display !== 'code') { return null; }
            min = max = NO_MINOR_UNITS[code] ? 0 : 2;
        } else if (style !== 'decimal' && style !== 'percent') {
            return null;
        }
        var least = options.minimumFractionDigits, most = options.maximumFractionDigits;
        if (least !== undefined) { least = Number(least); if (!(least >= 0 && least <= 20)) { return null; } least = Math.floor(least); }
        if (most !== undefined) { most = Number(most); if (!(most >= 0 && most <= 20)) { return null; } most = Math.floor(most); }
        if (least !== undefined && most !== undefined) {
            if (least > most) { throw new RangeError('maximumFractionDigits value is out of range.'); }
            min = least; max = most;
        } else if (least !== undefined) {
            min = least; max = Math.max(max, least);
        } else if (most !== undefined) {
            max = most; min = Math.min(min, most);
        }
        var digits = x !== x ? 'NaN' : x === Infinity || x === -Infinity ? '\u221e' :
            usDigits(x, min, max, options.useGrouping !== false, style === 'percent' ? 2 : 0, minInteger);
        var sign = x !== x ? '' : signOf(x);
        if (style === 'percent') { return sign + digits + '%'; }
        if (style === 'currency') { return sign + (display === 'code' ? code + '\u00a0' : CURRENCY_SYMBOLS[code]) + digits; }
        return sign + digits;
    }

    // How other locales write what en-US writes `1,234.5` and `50%`: their
    // group and decimal marks, the percent sign, the minus sign; `minGroup`
    // 2 leaves a four-digit number ungrouped (`1234,5`), `indian` groups
    // by two above the thousands (`12,34,567`).
    var NUMBER_LOCALES = {
        'en-GB': {}, 'en-CA': {}, 'en-AU': {}, 'ja-JP': {}, 'en-IN': { indian: true },
        'de-DE': { group: '.', decimal: ',', percent: '\u00a0%' },
        'fr-FR': { group: '\u202f', decimal: ',', percent: '\u00a0%' },
        'es-ES': { group: '.', decimal: ',', percent: '\u00a0%', minGroup: 2 },
        'it-IT': { group: '.', decimal: ',', minGroup: 2 }, 'pt-BR': { group: '.', decimal: ',' }, 'nl-NL': { group: '.', decimal: ',' },
        'sv-SE': { group: '\u00a0', decimal: ',', percent: '\u00a0%', minus: '\u2212' },
        'pl-PL': { group: '\u00a0', decimal: ',', minGroup: 2 }, 'de-CH': { group: "'" }
    };
    var NUMBER_STYLES = { decimal: true, percent: true, currency: true, unit: true };
    // Currencies by locale: the symbol ICU writes for the home currency,
    // USD, EUR and GBP, and where it goes (`before` the number, `after` it
    // with a no-break space, `beforeSpaced`, or `outside` the minus sign).
    var NBSP = '\u00a0';
    var CURRENCIES = {
        'en-GB': ['before', { USD: 'US$', EUR: '\u20ac', GBP: '\u00a3' }],
        'en-CA': ['before', { USD: 'US$', EUR: '\u20ac', GBP: '\u00a3', CAD: '$' }],
        'en-AU': ['before', { USD: 'USD' + NBSP, EUR: 'EUR' + NBSP, GBP: 'GBP' + NBSP, AUD: '$' }],
        'en-IN': ['before', { USD: '$', EUR: '\u20ac', GBP: '\u00a3', INR: '\u20b9' }],
        'ja-JP': ['before', { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\uffe5' }],
        'de-DE': ['after', { USD: '$', EUR: '\u20ac', GBP: '\u00a3' }],
        'fr-FR': ['after', { USD: '$US', EUR: '\u20ac', GBP: '\u00a3GB' }],
        'es-ES': ['after', { USD: 'US$', EUR: '\u20ac', GBP: 'GBP' }],
        'it-IT': ['after', { USD: 'USD', EUR: '\u20ac', GBP: '\u00a3' }],
        'sv-SE': ['after', { USD: 'US$', EUR: '\u20ac', GBP: 'GBP', SEK: 'kr' }],
        'pt-BR': ['beforeSpaced', { USD: 'US$', EUR: '\u20ac', GBP: '\u00a3', BRL: 'R$' }],
        'nl-NL': ['outside', { USD: 'US$', EUR: '\u20ac', GBP: '\u00a3' }]
    };
    // A currency amount in a locale of CURRENCIES, or null.
    function localCurrency(x, locale, options, marks) {
        var entry = CURRENCIES[locale], code = String(options.currency).toUpperCase();
        var symbol = entry && entry[1][code];
        var display = options.currencyDisplay === undefined ? 'symbol' : options.currencyDisplay;
        if (!symbol || display !== 'symbol' || x !== x || x === Infinity || x === -Infinity) { return null; }
        var plain = {};
        Object.keys(options).forEach(function (key) { if (key !== 'style' && key !== 'currency' && key !== 'currencyDisplay') { plain[key] = options[key]; } });
        var digits = NO_MINOR_UNITS[code] ? 0 : 2;
        if (plain.minimumFractionDigits === undefined && plain.maximumFractionDigits === undefined) {
            plain.minimumFractionDigits = plain.maximumFractionDigits = digits;
        }
        var text = usNumberWith(Math.abs(x), plain);
        if (text === null) { return null; }
        var number = localized(text, marks), minus = signOf(x) ? marks.minus || '-' : '';
        switch (entry[0]) {
            case 'before': return minus + symbol + number;
            case 'beforeSpaced': return minus + symbol + NBSP + number;
            case 'outside': return symbol + NBSP + minus + number;
            default: return minus + number + NBSP + symbol;
        }
    }
    // en-US's text of a number (`-1,234,567.5`, `12%`) in another locale.
    function localized(text, marks) {
        var match = /^(-?)([\d,]+)((?:\.\d+)?)(%?)$/.exec(text);
        if (!match) { return text; }
        var whole = match[2].replace(/,/g, ''), group = marks.group === undefined ? ',' : marks.group;
        // en-US grouped it: the locale groups it its own way.
        if (match[2].indexOf(',') !== -1 && !(marks.minGroup === 2 && whole.length < 5)) {
            whole = marks.indian
                ? whole.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, group) + group + whole.slice(-3)
                : whole.replace(GROUPS, group);
        }
        return (match[1] ? marks.minus || '-' : '') + whole + (match[3] ? (marks.decimal || '.') + match[3].slice(1) : '') +
            (match[4] ? marks.percent || '%' : '');
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

    // The locale a script that names none gets (LANG and kin, as Node):
    // its arguments as if it had named it.
    var DEFAULT_LOCALE = host.defaultLocale;
    function withDefaultLocale(args) {
        return args[0] === undefined && DEFAULT_LOCALE !== 'en-US' ? [DEFAULT_LOCALE, args[1]] : args;
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
            var local = withDefaultLocale(args);
            if (local !== args) {
                // The default locale's fields postrun does not write: en-US's.
                var own = __lazy('date-locale.js')(name, date, local[0], local[1]);
                if (own !== null) { return own; }
            }
            if (!plainLocale(args[0], args[1])) {
                var written = __lazy('date-locale.js')(name, date, args[0], args[1]);
                return written !== null ? written : builtin.apply(date, args);
            }
            return time === time ? usDates[name](date) : 'Invalid Date';
        },
        number: function (name, builtin, number, args) {
            var x = Number.prototype.valueOf.call(number);
            args = withDefaultLocale(args);
            if (plainLocale(args[0], args[1])) { return usNumber(x); }
            var options = args[1];
            // V8's words for each refusal.
            if (options === null) { throw new TypeError('Number.prototype.toLocaleString called on null or undefined'); }
            if (options !== undefined && typeof options === 'object') {
                if (options.style !== undefined && !NUMBER_STYLES[String(options.style)]) {
                    throw new RangeError('Value ' + String(options.style) + ' out of range for Number.prototype.toLocaleString options property style');
                }
                if (options.style === 'currency' && options.currency === undefined) { throw new TypeError('Currency code is required with currency style.'); }
            }
            var locale = Array.isArray(args[0]) ? args[0][0] : args[0];
            var marks = typeof locale === 'string' ? NUMBER_LOCALES[locale] : undefined;
            if (marks && options && options.style === 'currency') {
                var amount = localCurrency(x, locale, options, marks);
                if (amount !== null) { return amount; }
            }
            if (usLocale(locale) || (marks && !(options && options.style === 'currency'))) {
                var text = typeof options === 'object' ? usNumberWith(x, options) : usNumber(x);
                if (text !== null) { return marks ? localized(text, marks) : text; }
            }
            return builtin.apply(number, args);
        },
        // V8 joins with a bare comma.
        array: function (name, builtin, array, args) {
            return Array.prototype.map.call(Object(array), function (item) {
                return item === undefined || item === null ? '' : item.toLocaleString(args[0], args[1]);
            }).join(',');
        }
    };
}(__host);
