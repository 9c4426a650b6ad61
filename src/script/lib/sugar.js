// The built-in extensions older collections rely on: postman-sandbox loads
// Sugar 1.x into every script, so `responseBody.has('x')`, `[].first()`,
// `(5).pad(3)` or `date.addDays(1)` work there. This file holds postrun's
// versions of the commonly used ones (written here, checked against Sugar);
// `host/sugar.rs` puts a forwarding stub for each name on the prototypes,
// so the file is parsed only when a script first calls one.
0, function () {
    'use strict';

    function escapeRegExp(text) { return String(text).replace(/([\\/'*+?|()[\]{}.^$])/g, '\\$1'); }
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
        // A text is found as itself (what searching for it escaped finds),
        // without building a regular expression: `responseBody.has(…)` is
        // in many legacy tests, and boa compiles one each time.
        has: function (find) {
            var text = String(this);
            return isRegExp(find) ? text.search(find) !== -1 : text.indexOf(String(find)) !== -1;
        },
        // `{name}` from the objects given, `{1}`, `{2}` from the other arguments.
        assign: function () {
            var values = {};
            Array.prototype.forEach.call(arguments, function (arg, i) {
                if (arg && Object.prototype.toString.call(arg) === '[object Object]' && 'hasOwnProperty' in arg) {
                    Object.keys(arg).forEach(function (key) { values[key] = arg[key]; });
                } else {
                    values[i + 1] = arg;
                }
            });
            return String(this).replace(/\{([^{]+?)\}/g, function (m, key) {
                return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : m;
            });
        },
        truncate: function (length, split, from, ellipsis) {
            var str = String(this), pos, prepend = '', append = '';
            var blank = '\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u2028\\u2029\\u3000\\uFEFF';
            var chars = '[' + blank + ']+', word = '[^' + blank + ']*', partial = new RegExp(chars + word + '$');
            ellipsis = ellipsis === undefined ? '...' : String(ellipsis);
            if (str.length <= length) { return str; }
            if (from === 'left') {
                pos = str.length - length; prepend = ellipsis; str = str.slice(pos); partial = new RegExp('^' + word + chars);
            } else if (from === 'middle') {
                pos = Math.floor(length / 2); append = ellipsis + str.slice(str.length - pos).replace(/^\s+/, ''); str = str.slice(0, pos);
            } else {
                pos = length; append = ellipsis; str = str.slice(0, pos);
            }
            // split === false keeps whole words: a word cut in two goes.
            if (split === false && /\S/.test(String(this).slice(pos, pos + 1))) { str = str.replace(partial, ''); }
            return prepend + str + append;
        },
        shift: function (n) {
            var out = '', text = String(this);
            for (var i = 0; i < text.length; i++) { out += String.fromCharCode(text.charCodeAt(i) + (n || 0)); }
            return out;
        },
        paragraphs: function (fn) {
            return String(this).trim().split(/[\r\n]{2,}/).map(function (p) { var s = fn ? fn.call(p) : undefined; return s ? s : p; });
        },
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
            return string.underscore.call(this).replace(/(^|_)([^_]+)/g, function (match, sep, word, at) {
                var acronym = acronymOf(word), upper = first !== false || at > 0;
                if (acronym) { return upper ? acronym : acronym.toLowerCase(); }
                return upper ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word;
            });
        },
        // An acronym the Inflector knows stays one word. (Sugar passes its
        // pattern even when there is none: `replace(undefined)` then looks
        // for the text 'undefined', and so does this.)
        underscore: function () {
            return String(this).replace(/[-\s]+/g, '_')
                .replace(Inflector.acronymRegExp, function (acronym, at) { return (at > 0 ? '_' : '') + acronym.toLowerCase(); })
                .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2').replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
        },
        pluralize: function () { return inflect(this, true); },
        singularize: function () { return inflect(this, false); },
        dasherize: function () { return string.underscore.call(this).replace(/_/g, '-'); },
        spacify: function () { return string.underscore.call(this).replace(/_/g, ' '); },
        words: function (fn) { return string.each.call(String(this).trim(), /\S+/g, fn); },
        lines: function (fn) { return string.each.call(String(this).trim(), /^.*$/gm, fn); },
        chars: function (fn) { return string.each.call(this, fn); },
        codes: function (fn) {
            var text = String(this), self = this;
            return text.split('').map(function (c, i) { var code = c.charCodeAt(0); if (fn) { fn.call(self, code, i); } return code; });
        },
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
            var out = String(this).match(search) || [], self = this;
            // What the function returns (when it returns something) takes the match's place.
            if (fn) { out.forEach(function (m, i) { out[i] = fn.call(self, m, i, out) || m; }); }
            return out;
        },
        humanize: function () {
            var text = replaceFirstRule(String(this), inflections.humans).replace(/_id$/g, '').replace(/(_)?([a-z\d]*)/gi, function (match, underscore, word) {
                var acronyms = inflections.acronyms;
                return (underscore ? ' ' : '') + (Object.prototype.hasOwnProperty.call(acronyms, word) ? acronyms[word] : word.toLowerCase());
            });
            return capitalizeWord(text);
        },
        // Words as titles have them: the small ones lower-case inside a title.
        titleize: function () {
            var stop = /[.:;!]$/, lastStopped = false;
            return string.words.call(string.humanize.call(string.spacify.call(this)), function (word, index, words) {
                var stopped = stop.test(word), edge = index === 0 || index === words.length - 1 || stopped || lastStopped;
                lastStopped = stopped;
                return edge || SMALL_WORDS.indexOf(word) === -1 ? capitalizeWord(word) : word;
            }).join(' ');
        },
        parameterize: function (separator) {
            var text = String(this).normalize();
            if (separator === undefined) { separator = '-'; }
            text = text.replace(/[^a-z0-9\-_]+/gi, separator);
            if (separator) {
                var sep = escapeRegExp(separator);
                text = text.replace(new RegExp('^' + sep + '+|' + sep + '+$|(' + sep + ')' + sep + '+', 'g'), '$1');
            }
            return encodeURI(text.toLowerCase());
        }
    };
    var SMALL_WORDS = ['and', 'or', 'nor', 'a', 'an', 'the', 'so', 'but', 'to', 'of', 'at', 'by', 'from', 'into', 'on', 'onto',
        'off', 'out', 'in', 'over', 'with', 'for'];
    function capitalizeWord(word) { return word.replace(/^\W*[a-z]/, function (w) { return w.toUpperCase(); }); }

    // ---- inflections: `pluralize`, `singularize` and `String.Inflector` ----
    // Each list of rules is read from its newest rule back: a rule a script
    // adds with the Inflector goes in front, as Sugar's does.
    var inflections = { plurals: [], singulars: [], uncountables: [], humans: [], acronyms: {} };
    function dropFrom(list, item) { var at = list.indexOf(item); if (at > -1) { list.splice(at, 1); } }
    function addRule(list, rule, replacement) {
        if (typeof rule === 'string') { dropFrom(inflections.uncountables, rule); }
        dropFrom(inflections.uncountables, replacement);
        list.unshift({ rule: rule, replacement: replacement });
    }
    function replaceFirstRule(word, rules) {
        for (var i = 0; i < rules.length; i++) {
            if (word.match(rules[i].rule)) { return word.replace(rules[i].rule, rules[i].replacement); }
        }
        return word;
    }
    function inflect(word, plural) {
        word = typeof word === 'string' || word instanceof String ? String(word) : '';
        var uncountable = inflections.uncountables.some(function (u) { return new RegExp('\\b' + u + '$', 'i').test(word); });
        if (!word.trim() || uncountable) { return word; }
        return replaceFirstRule(word, plural ? inflections.plurals : inflections.singulars);
    }
    function acronymOf(word) {
        var found = Inflector.acronyms && Inflector.acronyms[word];
        return typeof found === 'string' ? found : undefined;
    }
    var Inflector = {
        acronym: function (word) {
            var acronyms = inflections.acronyms;
            acronyms[word.toLowerCase()] = word;
            Inflector.acronymRegExp = new RegExp(Object.keys(acronyms).map(function (k) { return acronyms[k]; }).join('|'), 'g');
        },
        plural: function (rule, replacement) { addRule(inflections.plurals, rule, replacement); },
        singular: function (rule, replacement) { addRule(inflections.singulars, rule, replacement); },
        // A pair matched at a word's end: 'woman' follows 'man'. When both
        // forms start with the same letter its case is kept; otherwise each
        // case of the first letter gets its own rule.
        irregular: function (singular, plural) {
            var s0 = singular.charAt(0), sRest = singular.slice(1), p0 = plural.charAt(0), pRest = plural.slice(1);
            dropFrom(inflections.uncountables, singular);
            dropFrom(inflections.uncountables, plural);
            if (s0.toUpperCase() === p0.toUpperCase()) {
                Inflector.plural(new RegExp('(' + s0 + ')' + sRest + '$', 'i'), '$1' + pRest);
                Inflector.plural(new RegExp('(' + p0 + ')' + pRest + '$', 'i'), '$1' + pRest);
                Inflector.singular(new RegExp('(' + p0 + ')' + pRest + '$', 'i'), '$1' + sRest);
                return;
            }
            [s0.toUpperCase(), s0.toLowerCase()].forEach(function (first, i) {
                Inflector.plural(new RegExp(first + sRest + '$'), (i ? p0.toLowerCase() : p0.toUpperCase()) + pRest);
            });
            [p0.toUpperCase(), p0.toLowerCase()].forEach(function (first) { Inflector.plural(new RegExp(first + pRest + '$'), first + pRest); });
            Inflector.singular(new RegExp(p0.toUpperCase() + pRest + '$'), s0.toUpperCase() + sRest);
            Inflector.singular(new RegExp(p0.toLowerCase() + pRest + '$'), s0.toLowerCase() + sRest);
        },
        uncountable: function (first) {
            var words = Array.isArray(first) ? first : array.flatten.call(Array.prototype.slice.call(arguments));
            inflections.uncountables = inflections.uncountables.concat(words);
        },
        human: function (rule, replacement) { inflections.humans.unshift({ rule: rule, replacement: replacement }); },
        clear: function (type) {
            function wants(name) { return type == name || type == 'all' || !type; }
            ['singulars', 'plurals', 'uncountables', 'humans'].forEach(function (name) { if (wants(name)) { inflections[name] = []; } });
            if (wants('acronyms')) { inflections.acronyms = {}; }
        }
    };
    Inflector.acronyms = inflections.acronyms;
    // English, as the sandbox's Sugar starts: general rules first (they are
    // read last), exceptions after.
    [[/$/, 's'], [/s$/gi, 's'], [/(ax|test)is$/gi, '$1es'], [/(octop|vir|fung|foc|radi|alumn)(i|us)$/gi, '$1i'],
        [/(census|alias|status)$/gi, '$1es'], [/(bu)s$/gi, '$1ses'], [/(buffal|tomat)o$/gi, '$1oes'], [/([ti])um$/gi, '$1a'],
        [/([ti])a$/gi, '$1a'], [/sis$/gi, 'ses'], [/f+e?$/gi, 'ves'], [/(cuff|roof)$/gi, '$1s'], [/([ht]ive)$/gi, '$1s'],
        [/([^aeiouy]o)$/gi, '$1es'], [/([^aeiouy]|qu)y$/gi, '$1ies'], [/(x|ch|ss|sh)$/gi, '$1es'], [/(matr|vert|ind)(?:ix|ex)$/gi, '$1ices'],
        [/([ml])ouse$/gi, '$1ice'], [/([ml])ice$/gi, '$1ice'], [/^(ox)$/gi, '$1en'], [/^(oxen)$/gi, '$1'], [/(quiz)$/gi, '$1zes'],
        [/(phot|cant|hom|zer|pian|portic|pr|quart|kimon)o$/gi, '$1os'], [/(craft)$/gi, '$1'], [/([ft])[eo]{2}(th?)$/gi, '$1ee$2']
    ].forEach(function (rule) { Inflector.plural(rule[0], rule[1]); });
    [[/s$/gi, ''], [/([pst][aiu]s)$/gi, '$1'], [/([aeiouy])ss$/gi, '$1ss'], [/(n)ews$/gi, '$1ews'], [/([ti])a$/gi, '$1um'],
        [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$/gi, '$1$2sis'], [/(^analy)ses$/gi, '$1sis'], [/(i)(f|ves)$/i, '$1fe'],
        [/([aeolr]f?)(f|ves)$/i, '$1f'], [/([ht]ive)s$/gi, '$1'], [/([^aeiouy]|qu)ies$/gi, '$1y'], [/(s)eries$/gi, '$1eries'],
        [/(m)ovies$/gi, '$1ovie'], [/(x|ch|ss|sh)es$/gi, '$1'], [/([ml])(ous|ic)e$/gi, '$1ouse'], [/(bus)(es)?$/gi, '$1'], [/(o)es$/gi, '$1'],
        [/(shoe)s?$/gi, '$1'], [/(cris|ax|test)[ie]s$/gi, '$1is'], [/(octop|vir|fung|foc|radi|alumn)(i|us)$/gi, '$1us'],
        [/(census|alias|status)(es)?$/gi, '$1'], [/^(ox)(en)?/gi, '$1'], [/(vert|ind)(ex|ices)$/gi, '$1ex'], [/(matr)(ix|ices)$/gi, '$1ix'],
        [/(quiz)(zes)?$/gi, '$1'], [/(database)s?$/gi, '$1'], [/ee(th?)$/gi, 'oo$1']
    ].forEach(function (rule) { Inflector.singular(rule[0], rule[1]); });
    [['person', 'people'], ['man', 'men'], ['child', 'children'], ['sex', 'sexes'], ['move', 'moves'], ['save', 'saves'], ['save', 'saves'],
        ['cow', 'kine'], ['goose', 'geese'], ['zombie', 'zombies']].forEach(function (pair) { Inflector.irregular(pair[0], pair[1]); });
    Inflector.uncountable(['equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'jeans']);

    // ---- how Array#sortBy orders strings: Sugar's settings on Array ----
    var collation = (function () {
        var order = 'AÁÀÂÃĄBCĆČÇDĎÐEÉÈĚÊËĘFGĞHıIÍÌİÎÏJKLŁMNŃŇÑOÓÒÔPQRŘSŚŠŞTŤUÚÙŮÛÜVWXYÝZŹŻŽÞÆŒØÕÅÄÖ';
        var equivalents = {};
        'AÁÀÂÃÄ,CÇ,EÉÈÊË,IÍÌİÎÏ,OÓÒÔÕÖ,Sß,UÚÙÛÜ'.split(',').forEach(function (set) {
            set.slice(1).split('').forEach(function (c) { equivalents[c] = set.charAt(0); equivalents[c.toLowerCase()] = set.charAt(0).toLowerCase(); });
        });
        return {
            AlphanumericSortOrder: order.split('').map(function (c) { return c + c.toLowerCase(); }).join(''),
            AlphanumericSortIgnore: undefined,
            AlphanumericSortIgnoreCase: true,
            AlphanumericSortEquivalents: equivalents
        };
    })();
    // Letter by letter in the settings' order (an equivalent letter as its
    // base, ties going to the plain one), other characters by code.
    function collateStrings(a, b) {
        var settings = Array;
        function ready(text) {
            if (settings.AlphanumericSortIgnoreCase) { text = text.toLowerCase(); }
            return text.replace(settings.AlphanumericSortIgnore, '');
        }
        function letter(text, at) { var c = text.charAt(at), eq = settings.AlphanumericSortEquivalents || {}; return eq[c] || c; }
        function rank(c) { return c ? settings.AlphanumericSortOrder.indexOf(c) : null; }
        a = ready(a); b = ready(b);
        var index = 0, tie = 0, aValue, bValue;
        do {
            var aChar = letter(a, index), bChar = letter(b, index);
            aValue = rank(aChar); bValue = rank(bChar);
            if (aValue === -1 || bValue === -1) { aValue = a.charCodeAt(index) || null; bValue = b.charCodeAt(index) || null; }
            var aEquiv = aChar !== a.charAt(index), bEquiv = bChar !== b.charAt(index);
            if (aEquiv !== bEquiv && tie === 0) { tie = aEquiv - bEquiv; }
            index += 1;
        } while (aValue != null && bValue != null && aValue === bValue);
        if (aValue === bValue) { return tie; }
        return aValue < bValue ? -1 : 1;
    }

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
            return this.slice().sort(function (a, b) {
                var x = fn(a), y = fn(b);
                var c = typeof x === 'string' && typeof y === 'string' ? collateStrings(x, y) : (x < y ? -1 : x > y ? 1 : 0);
                return desc ? -c : c;
            });
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
        least: function (map, all) { return fewestOrMost(this, map, all, false); },
        most: function (map, all) { return fewestOrMost(this, map, all, true); },
        inGroups: function (num, padding) {
            var pad = arguments.length > 1, size = Math.ceil(this.length / num), out = [];
            for (var i = 0; i < num; i++) {
                var group = this.slice(i * size, i * size + size);
                while (pad && group.length < size) { group.push(padding); }
                out.push(group);
            }
            return out;
        },
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

    // The values of the group(s) with the fewest or the most members
    // (`groupBy(map)`, then by group size).
    function fewestOrMost(list, map, all, most) {
        var groups = array.groupBy.call(list, map), best, found = [];
        Object.keys(groups).forEach(function (key) {
            var size = groups[key].length;
            if (size === best) { found.push(groups[key]); }
            else if (best === undefined || (most ? size > best : size < best)) { found = [groups[key]]; best = size; }
        });
        found = array.flatten.call(found, 1);
        return all ? found : found[0];
    }

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
        hex: function (pad) { return number.pad.call(this, pad || 1, false, 16); },
        abbr: function (precision) { return abbreviate(this, precision, 'kmbt', 0, 4); },
        metric: function (precision, limit) { return abbreviate(this, precision, 'n\u03bcm kMGTPE', 4, limit === undefined ? 1 : limit); },
        bytes: function (precision, limit) { return abbreviate(this, precision, 'kMGTPE', 0, limit === undefined ? 4 : limit, true) + 'B'; }
    };
    // A number shortened with a unit letter: the unit's power of a thousand
    // (of 1024 for bytes) from the count of its significant digits, at most
    // `limit` steps up and `mid` steps down the `units` string.
    function abbreviate(n, precision, units, mid, limit, bytes) {
        var fixed = Number(n).toFixed(20), significant = fixed.search(/\./) - fixed.search(/[1-9]/);
        if (significant > 0) { significant -= 1; }
        var step = Math.max(Math.min(Math.floor(significant / 3), limit === false ? units.length : limit), -mid);
        var unit = units.charAt(step + mid - 1);
        if (significant < -9) { step = -3; precision = Math.abs(significant) - 9; unit = units.slice(0, 1); }
        var divisor = bytes ? Math.pow(2, 10 * step) : Math.pow(10, step * 3);
        return number.format.call(number.round.call(n / divisor, precision || 0)) + unit.trim();
    }
    [['millisecond', 1], ['second', 1e3], ['minute', 6e4], ['hour', 36e5], ['day', 864e5], ['week', 6048e5]].forEach(function (unit) {
        number[unit[0]] = number[unit[0] + 's'] = function () { return Math.round(this * unit[1]); };
    });

    var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    var DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    function two(n) { return (n < 10 ? '0' : '') + n; }
    function dayStart(d) { var c = new Date(d.getTime()); c.setHours(0, 0, 0, 0); return c; }
    // English as Sugar's date locale object has it (`Date.getLocale()`):
    // names in lower case, the short forms at their index plus 12 (months)
    // or 7 (weekdays), so that `{Month2}` is 'Mar'. The only language
    // postrun carries (see `localeFor`).
    function Localization(fields) { Object.assign(this, fields); }
    Localization.prototype = {
        getMonth: function (n) { return typeof n === 'number' ? n - 1 : this.months.indexOf(n) % 12; },
        getWeekday: function (n) { return this.weekdays.indexOf(n) % 7; },
        getNumber: function (n) {
            var i;
            if (typeof n === 'number') { return n; }
            return n && (i = this.numbers.indexOf(n)) !== -1 ? (i + 1) % 10 : 1;
        },
        getEnglishUnit: function (n) { return ENGLISH.units[this.units.indexOf(n) % 8]; },
        getRelativeFormat: function (adjusted) { return relativeText(adjusted); },
        getDuration: function (ms) { return number.duration.call(ms); },
        hasVariant: function (code) { code = code || this.code; return code === 'en' || code === 'en-US' ? true : this.variant; },
        matchAM: function (text) { return text === this.ampm[0]; },
        matchPM: function (text) { return !!text && text === this.ampm[1]; }
    };
    var ENGLISH = new Localization({
        plural: true,
        timeMarker: ['at'],
        ampm: ['am', 'pm'],
        months: MONTHS.concat(MONTHS.map(function (m) { return m.slice(0, 3); })).map(function (m) { return m.toLowerCase(); }),
        weekdays: DAYS.concat(DAYS.map(function (d) { return d.slice(0, 3); })).map(function (d) { return d.toLowerCase(); }),
        units: ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'].reduce(function (all, unit, i, list) {
            all[i] = unit; all[i + list.length] = unit + 's'; return all;
        }, []),
        numbers: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
        articles: ['a', 'an', 'the'],
        tokens: ['the', 'st|nd|rd|th', 'of'],
        short: '{Month} {d}, {yyyy}',
        long: '{Month} {d}, {yyyy} {h}:{mm}{tt}',
        full: '{Weekday} {Month} {d}, {yyyy} {h}:{mm}:{ss}{tt}',
        past: '{num} {unit} {sign}',
        future: '{num} {unit} {sign}',
        duration: '{num} {unit}',
        timeSuffixes: [],
        code: 'en'
    });
    // Sugar's other languages, which postrun does not carry: asked for by
    // code, they fail saying so rather than answer in English.
    var OTHER_LOCALES = ['da', 'de', 'es', 'fi', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'zh-CN', 'zh-TW'];
    function notCarried(what) {
        return new Error(what + ": postrun's Sugar reads and writes dates in English only; its other languages (" + OTHER_LOCALES.join(', ') + ') are not carried');
    }
    // The locale a code names, as Sugar looks it up (the code, then its
    // first two letters); an unknown one is English, or with `strict`
    // Sugar's 'Invalid locale.' error.
    function localeFor(code, strict) {
        if (typeof code !== 'string') { code = ''; }
        if (code === 'en' || code.slice(0, 2) === 'en') { return ENGLISH; }
        if (OTHER_LOCALES.indexOf(code) !== -1 || OTHER_LOCALES.indexOf(code.slice(0, 2)) !== -1) {
            throw notCarried("Sugar's date locale '" + code + "'");
        }
        if (strict) { throw new Error('Invalid locale.'); }
        return ENGLISH;
    }
    var localeStatics = {
        getLocale: function (code) { return code ? localeFor(code, true) : ENGLISH; },
        setLocale: function (code) {
            var loc = localeFor(code, true);
            // Sugar keeps a more precise code it is given ('en-GB').
            if (code && code != loc.code) { loc.code = code; }
            return loc;
        },
        addLocale: function (code) { throw notCarried("Date.addLocale('" + code + "')"); },
        addFormat: function () { throw notCarried('Date.addFormat'); }
    };
    // Sugar's output tokens in the order it replaces them. Each replaces
    // its first match only (`'{yyyy} {yyyy}'` keeps the second); a word
    // (weekday, month) in any case, capitalised when the token is or when
    // it repeats a letter, cut to three letters by a three-letter token,
    // and a digit after it picks an alternate name (`{Month2}`: 'Mar');
    // a number padded to the length of a token that repeats one letter.
    var OUTPUT_TOKENS = [
        { token: 'f{1,4}|ms|milliseconds', value: function (d) { return dget(d, 'Milliseconds'); } },
        { token: 'ss?|seconds', value: function (d) { return dget(d, 'Seconds'); } },
        { token: 'mm?|minutes', value: function (d) { return dget(d, 'Minutes'); } },
        { token: 'hh?|hours|12hr', value: function (d) { var h = dget(d, 'Hours'); return h === 0 ? 12 : h - Math.floor(h / 13) * 12; } },
        { token: 'HH?|24hr', value: function (d) { return dget(d, 'Hours'); } },
        { token: 'dd?|date|day', value: function (d) { return dget(d, 'Date'); } },
        { token: 'dow|weekday', word: true, value: function (d, loc, n) { return loc.weekdays[dget(d, 'Day') + (n - 1) * 7]; } },
        { token: 'MM?', value: function (d) { return dget(d, 'Month') + 1; } },
        { token: 'mon|month', word: true, value: function (d, loc, n) { return loc.months[dget(d, 'Month') + (n - 1) * 12]; } },
        { token: 'y{2,4}|year', value: function (d) { return dget(d, 'FullYear'); } },
        { token: '[Tt]{1,2}', value: function (d, loc, n, token) {
            if (loc.ampm.length === 0) { return ''; }
            var text = loc.ampm[Math.floor(dget(d, 'Hours') / 12)];
            if (token.length === 1) { text = text.slice(0, 1); }
            return token.charAt(0) === 'T' ? text.toUpperCase() : text;
        } },
        { token: 'z{1,4}|tz|timezone', text: true, value: function (d, loc, n, token) {
            var tz = date.getUTCOffset.call(d);
            return token === 'z' || token === 'zz' ? tz.replace(/(\d{2})(\d{2})/, function (all, h) { return number.pad.call(Number(h), token.length); }) : tz;
        } },
        { token: 'iso(tz|timezone)', value: function (d) { return date.getUTCOffset.call(d, true); } },
        { token: 'ord', value: function (d) { return ordinal(dget(d, 'Date')); } }
    ].map(function (output) {
        output.pattern = new RegExp('\\{(' + output.token + ')(\\d)?\\}', output.word ? 'i' : '');
        return output;
    });
    function capitalizeFirst(text) { return text.slice(0, 1).toUpperCase() + text.slice(1); }
    // A date written in a format: one of Date's named ones
    // (`'RFC1123'`), the locale's `short`, `long` or `full`, or tokens.
    function formatDate(d, format, loc) {
        loc = loc || ENGLISH;
        if (!date.isValid.call(d)) { return 'Invalid Date'; }
        if (Date[format]) {
            format = Date[format];
        } else if (typeof format === 'function') {
            format = format.apply(d, adjustedFromNow(d).concat(loc));
        }
        format = format || 'long';
        if (Object.prototype.hasOwnProperty.call(loc, format) && loc[format]) { format = loc[format]; }
        format = String(format);
        OUTPUT_TOKENS.forEach(function (output) {
            format = format.replace(output.pattern, function (all, token, n) {
                var value = output.value(d, loc, n || 1, token), length = token.length, repeated = /^(.)\1+$/.test(token);
                if (output.word) {
                    if (length === 3) { value = value.slice(0, 3); }
                    if (repeated || /^[A-Z]/.test(token)) { value = capitalizeFirst(value); }
                } else if (repeated && !output.text) {
                    value = (typeof value === 'number' ? number.pad.call(value, length) : value.toString()).slice(-length);
                }
                return value;
            });
        });
        return format;
    }
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
        format: function (format, code) { return formatDate(this, format, localeFor(code)); },
        short: function (code) { return date.format.call(this, 'short', code); },
        long: function (code) { return date.format.call(this, 'long', code); },
        full: function (code) { return date.format.call(this, 'full', code); }
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


    // ---- writing systems: `'привет'.isCyrillic()`, `'abc ש'.hasHebrew()` ----
    // Unicode blocks of each script; `is…` allows white space besides.
    [[['Arabic'], '\u0600-\u06FF'], [['Cyrillic'], '\u0400-\u04FF'], [['Devanagari'], '\u0900-\u097F'],
        [['Greek'], '\u0370-\u03FF'], [['Hangul'], '\uAC00-\uD7AF\u1100-\u11FF'], [['Han', 'Kanji'], '\u4E00-\u9FFF\uF900-\uFAFF'],
        [['Hebrew'], '\u0590-\u05FF'], [['Hiragana'], '\u3040-\u309F\u30FB-\u30FC'], [['Kana'], '\u3040-\u30FF\uFF61-\uFF9F'],
        [['Katakana'], '\u30A0-\u30FF\uFF61-\uFF9F'], [['Latin'], '\u0001-\u024F'], [['Thai'], '\u0E00-\u0E7F']].forEach(function (script) {
        var only = new RegExp('^[' + script[1] + '\\s]+$'), any = new RegExp('[' + script[1] + ']');
        script[0].forEach(function (name) {
            string['is' + name] = function () { return only.test(String(this).trim()); };
            string['has' + name] = function () { return any.test(String(this)); };
        });
    });

    // ---- character widths: `'ｶﾀｶﾅ'.zenkaku()`, `'ＡＢＣ'.hankaku('a')`, kana ----
    // Half-width → full-width pairs by type (a: letters, n: digits,
    // p: punctuation, s: space, k: katakana), built on first use from
    // Unicode's own compatibility mappings (NFKC) as Sugar's tables pair them.
    var widths;
    function widthTables() {
        if (widths) { return widths; }
        widths = { zenkaku: {}, hankaku: {} };
        function pair(type, half, full) {
            widths.zenkaku[half] = { type: type, to: full };
            widths.hankaku[full] = { type: type, to: half };
        }
        [['a', 65, 90], ['a', 97, 122], ['n', 48, 57], ['p', 33, 47], ['p', 58, 64], ['p', 91, 96], ['p', 123, 126]].forEach(function (r) {
            for (var n = r[1]; n <= r[2]; n++) { pair(r[0], String.fromCharCode(n), String.fromCharCode(n + 0xFEE0)); }
        });
        for (var k = 0xFF65; k <= 0xFF9D; k++) {
            var half = String.fromCharCode(k), full = half.normalize('NFKC'), code = full.charCodeAt(0);
            pair('k', half, full);
            if (String.fromCharCode(code + 1).normalize('NFD') === full + '\u3099') { pair('k', half + '\uFF9E', String.fromCharCode(code + 1)); }
            if (String.fromCharCode(code + 2).normalize('NFD') === full + '\u309A') { pair('k', half + '\uFF9F', String.fromCharCode(code + 2)); }
        }
        // Sugar also pairs ｦﾟ with ヴ, then ｳﾞ with ヴ and ｦﾞ with ヺ.
        pair('k', '\uFF66\uFF9F', '\u30F4');
        [0xFF61, 0xFF64, 0xFF62, 0xFF63].forEach(function (c) { pair('p', String.fromCharCode(c), String.fromCharCode(c).normalize('NFKC')); });
        [0xFFE5, 0xFFE0, 0xFFE1].forEach(function (c) { pair('p', String.fromCharCode(c).normalize('NFKC'), String.fromCharCode(c)); });
        pair('k', '\uFF73\uFF9E', '\u30F4');
        pair('k', '\uFF66\uFF9E', '\u30FA');
        pair('s', ' ', '\u3000');
        return widths;
    }
    function convertWidth(text, args, pattern, direction) {
        var table = widthTables()[direction];
        var mode = Array.prototype.join.call(args, '').replace(/all/, '').replace(/(\w)lphabet|umbers?|atakana|paces?|unctuation/g, '$1');
        return String(text).replace(pattern, function (c) {
            var entry = table[c];
            return entry && (!mode || mode.indexOf(entry.type) !== -1) ? entry.to : c;
        });
    }
    var HALF_WIDTH = /[\u0020-\u00A5]|[\uFF61-\uFF9F][\uFF9E\uFF9F]?/g;
    var FULL_WIDTH = /[\u3000-\u301C]|[\u301A-\u30FC]|[\uFF01-\uFF60]|[\uFFE0-\uFFE6]/g;
    function shiftChars(text, pattern, by) {
        return String(text).replace(pattern, function (c) { return String.fromCharCode(c.charCodeAt(0) + by); });
    }
    Object.assign(string, {
        zenkaku: function () { return convertWidth(this, arguments, HALF_WIDTH, 'zenkaku'); },
        hankaku: function () { return convertWidth(this, arguments, FULL_WIDTH, 'hankaku'); },
        hiragana: function (all) {
            var text = all !== false ? convertWidth(this, ['k'], HALF_WIDTH, 'zenkaku') : String(this);
            return shiftChars(text, /[\u30A1-\u30F6]/g, -96);
        },
        katakana: function () { return shiftChars(this, /[\u3041-\u3096]/g, 96); }
    });

    // ---- time units: `(5).minutes()`, `(2).daysAgo()`, `date.hoursSince(d)` ----
    // [unit, the Date setter it moves, milliseconds, margin of error]
    var UNITS = [['year', 'FullYear', 365.25 * 864e5, 0.999], ['month', 'Month', 30.4375 * 864e5, 0.919],
        ['week', 'Week', 6048e5, 0.999], ['day', 'Date', 864e5, 0.999], ['hour', 'Hours', 36e5, 0.999],
        ['minute', 'Minutes', 6e4, 0.999], ['second', 'Seconds', 1e3, 0.999], ['millisecond', 'Milliseconds', 1, 0.999]];
    // A date from a method's arguments: none is now, else what `new Date` makes of them.
    function dateOf(args) {
        if (!args.length || args[0] === undefined) { return new Date(); }
        return args[0] instanceof Date ? new Date(args[0].getTime()) : new Date(args[0]);
    }
    function advance(d, unit, n) {
        if (unit[1] === 'Week') { return date.addDays.call(d, n * 7); }
        return date['add' + unit[0].charAt(0).toUpperCase() + unit[0].slice(1) + 's'].call(d, n);
    }
    // "2 days ago" is anything from 2 to 2.999 days: whole units, within a margin.
    function wholeUnits(ms, unit) {
        var num = ms / unit[2], fraction = num % 1;
        if (fraction && Math.abs(fraction % 1) > unit[3]) { num = Math.round(num); }
        return parseInt(num, 10);
    }
    UNITS.forEach(function (unit) {
        var name = unit[0];
        var base = function () { return Math.round(this * unit[2]); };
        var after = function () { return advance(dateOf(arguments), unit, Number(this)); };
        var before = function () { return advance(dateOf(arguments), unit, -this); };
        number[name] = base; number[name + 's'] = base;
        [name, name + 's'].forEach(function (n) {
            number[n + 'Before'] = before; number[n + 'Ago'] = before;
            number[n + 'After'] = after; number[n + 'FromNow'] = after;
        });
        var until = function () { return wholeUnits(dateOf(arguments).getTime() - this.getTime(), unit); };
        var since = function () { return wholeUnits(this.getTime() - dateOf(arguments).getTime(), unit); };
        date[name + 'sAgo'] = until; date[name + 'sUntil'] = until;
        date[name + 'sSince'] = since; date[name + 'sFromNow'] = since;
    });
    ['sin', 'asin', 'cos', 'acos', 'tan', 'atan', 'exp'].forEach(function (name) {
        number[name] = function () { return Math[name](this); };
    });

    // ---- dates set and moved by units: `d.set({ hour: 5 })`, `d.advance('3 days')`,
    // `d.reset('month')`, ISO weeks, UTC mode, `d.relative()` ----
    // Sugar's units, largest first, with the setter each moves.
    var MOVED = [['year', 'FullYear'], ['month', 'Month'], ['week', 'ISOWeek'], ['day', 'Date'],
        ['hour', 'Hours'], ['minute', 'Minutes'], ['second', 'Seconds'], ['millisecond', 'Milliseconds']];
    // A date in UTC mode (`d.utc()`) reads and writes UTC.
    function dget(d, method) { return d['get' + (d._utc ? 'UTC' : '') + method](); }
    function dset(d, method, value) {
        return method === 'ISOWeek' ? date.setISOWeek.call(d, value) : d['set' + (d._utc ? 'UTC' : '') + method](value);
    }
    function isPlainObject(value) {
        return !!value && Object.prototype.toString.call(value) === '[object Object]' && 'hasOwnProperty' in value;
    }
    // `(2024, 5, 1)`, `({ year: 2024 })`, a time in ms, or (to move) '3 days'.
    function unitArguments(args, durations) {
        if (isPlainObject(args[0])) { return args; }
        if (typeof args[0] === 'number' && typeof args[1] !== 'number') { return [args[0]]; }
        var params = {};
        if (typeof args[0] === 'string' && durations) {
            var match = args[0].match(/^(\d+)?\s?(\w+?)s?$/i);
            if (match) { params[match[2].toLowerCase()] = parseInt(match[1], 10) || 1; }
            return [params, args[1]];
        }
        ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'].forEach(function (unit, i) { params[unit] = args[i]; });
        return [params];
    }
    // Sugar's updateDate: sets (or, with `direction`, moves by) the units
    // given; `reset` zeroes the units below the smallest one given. As in
    // Sugar, the parameters object is written to (`specificity`, `day`).
    function moveDate(d, params, reset, direction) {
        if (typeof params === 'number') {
            if (!direction) { d.setTime(params); return d; }
            params = { milliseconds: params };
        }
        function param(unit) { return params[unit] !== undefined ? params[unit] : params[unit + 's']; }
        function has(unit) { return param(unit) !== undefined; }
        if (params.date !== undefined) { params.day = params.date; }
        for (var i = MOVED.length - 1; i >= 0; i--) {
            var unit = MOVED[i][0], isDay = unit === 'day';
            if (has(unit) || (isDay && has('weekday'))) { params.specificity = unit; break; }
            if (reset && unit !== 'week' && (!isDay || !has('week'))) { dset(d, MOVED[i][1], isDay ? 1 : 0); }
        }
        MOVED.forEach(function (entry) {
            var unit = entry[0], method = entry[1], value = param(unit);
            if (value === undefined) { return; }
            if (direction) {
                if (unit === 'week') { value = (params.day || 0) + value * 7; method = 'Date'; }
                value = value * direction + dget(d, method);
            } else if (unit === 'month' && has('day')) {
                dset(d, 'Date', 15);
            }
            dset(d, method, value);
            // "5 months ago" from July 31 is still February (its last day).
            if (direction && unit === 'month') {
                var target = value < 0 ? value % 12 + 12 : value;
                if (target % 12 !== dget(d, 'Month')) { dset(d, 'Date', 0); }
            }
        });
        if (!direction && !has('day') && has('weekday')) { date.setWeekday.call(d, param('weekday')); }
        return d;
    }
    // [value, unit index, ms]: ms as the largest unit it makes at least one
    // of (rounded to a tenth, then down), as Sugar's relative dates count.
    var RELATIVE_UNITS = ['millisecond', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
    var UNIT_MS = [1, 1e3, 6e4, 36e5, 864e5, 6048e5, 30.4375 * 864e5, 365.25 * 864e5];
    function adjustedUnit(ms) {
        var abs = Math.abs(ms), value = abs, unit = 0;
        for (var i = 1; i < UNIT_MS.length; i++) {
            var next = Math.floor(Math.round(abs / UNIT_MS[i] * 10) / 10);
            if (next >= 1) { value = next; unit = i; }
        }
        return [value, unit, ms];
    }
    // In months, Sugar counts calendar months (Jan 9 to Mar 9 is two).
    function adjustedFromNow(d) {
        var adjusted = adjustedUnit(d.getTime() - Date.now());
        if (adjusted[1] === 6) { adjusted[0] = Math.abs(date.monthsFromNow.call(d)); }
        return adjusted;
    }
    function relativeText(adjusted) { return unitText(adjusted[0], adjusted[1]) + (adjusted[2] > 0 ? ' from now' : ' ago'); }
    function unitText(value, unit) { return value + ' ' + RELATIVE_UNITS[unit] + (value > 1 ? 's' : ''); }
    Object.assign(date, {
        set: function () { var args = unitArguments(arguments); return moveDate(this, args[0], args[1]); },
        advance: function () { var args = unitArguments(arguments, true); return moveDate(this, args[0], args[1], 1); },
        rewind: function () { var args = unitArguments(arguments, true); return moveDate(this, args[0], args[1], -1); },
        reset: function (unit) {
            var params = {};
            unit = unit || 'hours';
            if (unit === 'date') { unit = 'days'; }
            var known = MOVED.some(function (entry) { return unit === entry[0] || unit === entry[0] + 's'; });
            params[unit] = /^days?/.test(unit) ? 1 : 0;
            return known ? moveDate(this, params, true) : this;
        },
        setWeekday: function (day) {
            if (day === undefined) { return undefined; }
            return dset(this, 'Date', dget(this, 'Date') + day - dget(this, 'Day'));
        },
        setISOWeek: function (week) {
            var weekday = dget(this, 'Day') || 7;
            if (week === undefined) { return undefined; }
            date.set.call(this, { month: 0, date: 4 });
            date.set.call(this, { weekday: 1 });
            if (week > 1) { date.addWeeks.call(this, week - 1); }
            if (weekday !== 1) { date.advance.call(this, { days: weekday - 1 }); }
            return this.getTime();
        },
        getISOWeek: function () {
            var d = new Date(this.getTime());
            if (this._utc) { date.utc.call(d); }
            var weekday = dget(d, 'Day') || 7;
            date.reset.call(date.addDays.call(d, 4 - weekday));
            return 1 + Math.floor(date.daysSince.call(d, date.beginningOfYear.call(new Date(d.getTime()))) / 7);
        },
        getUTCOffset: function (iso) {
            var offset = this._utc ? 0 : this.getTimezoneOffset();
            if (!offset && iso) { return 'Z'; }
            return number.pad.call(Math.floor(-offset / 60), 2, true) + (iso === true ? ':' : '') + number.pad.call(Math.abs(offset % 60), 2);
        },
        utc: function (on) {
            Object.defineProperty(this, '_utc', { value: on === true || arguments.length === 0, writable: true, configurable: true });
            return this;
        },
        isUTC: function () { return !!this._utc || this.getTimezoneOffset() === 0; },
        // "3 hours ago", "2 days from now"; a function gets the value, unit
        // index and ms and may return a format.
        relative: function (format, code) {
            // A code alone may come first: `relative('en')`.
            if (typeof format === 'string') { code = format; format = null; }
            var loc = localeFor(code);
            if (!date.isValid.call(this)) { return 'Invalid Date'; }
            var adjusted = adjustedFromNow(this);
            if (typeof format === 'function') {
                var chosen = format.apply(this, adjusted.concat(loc));
                if (chosen) { return formatDate(this, chosen, loc); }
            }
            if (adjusted[1] === 0) { adjusted[0] = 1; adjusted[1] = 1; }
            return relativeText(adjusted);
        },
        // 'future', 'past', 'weekday', 'weekend', a weekday's or month's name,
        // other text as what it names to the unit it is precise to
        // ('tomorrow' all day, 'next week' all week, '3pm' that hour), or a
        // date (within `margin` ms).
        is: function (what, margin, utc) {
            if (!date.isValid.call(this)) { return undefined; }
            if (typeof what === 'string') {
                var word = what.trim().toLowerCase(), d = new Date(this.getTime());
                date.utc.call(d, utc);
                var day = dget(d, 'Day'), index;
                if (word === 'future') { return this.getTime() > Date.now(); }
                if (word === 'past') { return this.getTime() < Date.now(); }
                if (word === 'weekday') { return day > 0 && day < 6; }
                if (word === 'weekend') { return day === 0 || day === 6; }
                if ((index = weekdayOf(word)) > -1) { return day === index; }
                if ((index = monthOf(word)) > -1) { return dget(d, 'Month') === index; }
            }
            // Any other text: within what it names, to the unit it is precise to.
            if (typeof what === 'string') { return isWithin(this.getTime(), what, margin); }
            var other = what instanceof Date ? what.getTime() : new Date(what).getTime();
            if (other !== other) { return false; }
            var buffer = margin > 0 ? margin : 0, t = this.getTime();
            return t >= other - buffer && t <= other + buffer;
        }
    });
    number.duration = function (code) { localeFor(code); var a = adjustedUnit(Number(this)); return unitText(a[0], a[1]); };

    // ---- dates: what day, month, or which year/month/week it is ----
    DAYS.forEach(function (day, i) { date['is' + day] = function () { return this.getDay() === i; }; });
    MONTHS.forEach(function (month, i) { date['is' + month] = function () { return this.getMonth() === i; }; });
    function weekStart(d) { var s = new Date(d.getFullYear(), d.getMonth(), d.getDate()); s.setDate(s.getDate() - s.getDay()); return s; }
    [['Last', -1], ['This', 0], ['Next', 1]].forEach(function (shift) {
        date['is' + shift[0] + 'Year'] = function () { return this.getFullYear() === new Date().getFullYear() + shift[1]; };
        date['is' + shift[0] + 'Month'] = function () {
            var now = new Date();
            return this.getFullYear() * 12 + this.getMonth() === now.getFullYear() * 12 + now.getMonth() + shift[1];
        };
        date['is' + shift[0] + 'Week'] = function () {
            var start = weekStart(new Date());
            start.setDate(start.getDate() + 7 * shift[1]);
            var end = new Date(start.getTime()); end.setDate(end.getDate() + 7);
            return this >= start && this < end;
        };
    });
    date.getWeekday = function () { return this.getDay(); };
    date.getUTCWeekday = function () { return this.getUTCDay(); };

    // ---- functions: once, after, currying and timers ----
    function later(fn, ms, call, scope, args) {
        if (ms === Infinity) { return; }
        if (!fn.timers) { fn.timers = []; }
        var timer = setTimeout(function () {
            var at = fn.timers.indexOf(timer);
            if (at >= 0) { fn.timers.splice(at, 1); }
            call.apply(scope, args || []);
        }, typeof ms === 'number' ? ms : 0);
        fn.timers.push(timer);
    }
    var func = {
        lazy: function (ms, limit) {
            var fn = this, queue = [], lock = false, result;
            ms = ms || 1;
            limit = limit || Infinity;
            var rounded = Math.ceil(ms), perRun = Math.round(rounded / ms) || 1;
            function run() {
                if (lock || queue.length === 0) { return; }
                var stop = Math.max(queue.length - perRun, 0);
                while (queue.length > stop) { var call = queue.shift(); result = fn.apply(call[0], call[1]); }
                later(lazy, rounded, function () { lock = false; run(); });
                lock = true;
            }
            function lazy() {
                if (!lock || queue.length < limit - 1) { queue.push([this, arguments]); run(); }
                return result;
            }
            return lazy;
        },
        delay: function (ms) { var fn = this; later(fn, ms, fn, fn, Array.prototype.slice.call(arguments, 1)); return fn; },
        throttle: function (ms) { return func.lazy.call(this, ms, 1); },
        debounce: function (ms) {
            var fn = this;
            function debounced() { func.cancel.call(debounced); later(debounced, ms, fn, this, arguments); }
            return debounced;
        },
        cancel: function () {
            if (Array.isArray(this.timers)) { while (this.timers.length) { clearTimeout(this.timers.shift()); } }
            return this;
        },
        after: function (num) {
            var fn = this, count = 0, calls = [];
            if (typeof num !== 'number') { num = 1; } else if (num === 0) { fn.call(); return fn; }
            return function () {
                calls.push(Array.prototype.slice.call(arguments));
                if (++count === num) { var out = fn.call(this, calls); count = 0; calls = []; return out; }
            };
        },
        once: function () { return func.throttle.call(this, Infinity); },
        fill: function () {
            var fn = this, curried = Array.prototype.slice.call(arguments);
            return function () {
                var args = Array.prototype.slice.call(arguments);
                curried.forEach(function (arg, i) { if (arg != null || i >= args.length) { args.splice(i, 0, arg); } });
                return fn.apply(this, args);
            };
        }
    };

    // ---- regular expressions ----
    function flagsOf(re, add) {
        var flags = String(re).match(/[^/]*$/)[0];
        if (add) { flags = (flags + add).split('').sort().join('').replace(/([gimy])\1+/g, '$1'); }
        return flags;
    }
    var regexp = {
        getFlags: function () { return flagsOf(this); },
        setFlags: function (flags) { return new RegExp(this.source, flags); },
        addFlag: function (flag) { return new RegExp(this.source, flagsOf(this, flag)); },
        removeFlag: function (flag) { return new RegExp(this.source, flagsOf(this).replace(flag, '')); }
    };

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
        each: function (object, fn) { Object.keys(object).forEach(function (k) { fn.call(object, k, object[k]); }); return object; },
        map: function (object, map) {
            var out = {};
            Object.keys(object).forEach(function (k) {
                var v = object[k];
                out[k] = typeof map === 'function' ? map.call(object, k, v, object) : map === undefined ? v : typeof v[map] === 'function' ? v[map]() : v[map];
            });
            return out;
        },
        reduce: function (object) {
            var values = Object.keys(object).map(function (k) { return object[k]; });
            return values.reduce.apply(values, Array.prototype.slice.call(arguments, 1));
        },
        tap: function (object, arg) {
            var fn = typeof arg === 'function' ? arg : function () { if (arg) { object[arg](); } };
            fn.call(object, object);
            return object;
        },
        select: function (object) { return pickKeys(object, Array.prototype.slice.call(arguments, 1), true); },
        reject: function (object) { return pickKeys(object, Array.prototype.slice.call(arguments, 1), false); }
    };
    // Array methods over an object's values (Sugar's "enumerable" statics):
    // the callback gets (key, value, object), and a list of keys comes back
    // as an object of those properties.
    function overValues(name, mapping) {
        return function (object, arg, extra) {
            var keys = Object.keys(object);
            var test = function (key) {
                var v = object[key];
                if (typeof arg === 'function') { return arg.call(object, key, v, object); }
                if (!mapping) { return matcher(arg)(v); }
                if (arg === undefined) { return v; }
                return typeof v[arg] === 'function' ? v[arg]() : v[arg];
            };
            var result = (array[name] || Array.prototype[name]).call(keys, test, extra);
            if (Array.isArray(result)) {
                result = result.reduce(function (out, key) { out[key] = object[key]; return out; }, {});
            }
            return result;
        };
    }
    ['any', 'all', 'none', 'count', 'find', 'findAll'].forEach(function (name) { statics[name] = overValues(name, false); });
    ['sum', 'average', 'min', 'max', 'least', 'most'].forEach(function (name) { statics[name] = overValues(name, true); });

    // The properties whose names match (or do not match) any of `tests`: a
    // name, a regular expression, an array of them, or an object's keys.
    function pickKeys(object, tests, keep) {
        var flat = [];
        tests.forEach(function (t) { if (Array.isArray(t)) { flat = flat.concat(t); } else { flat.push(t); } });
        var out = {};
        Object.keys(object).forEach(function (key) {
            var match = flat.some(function (t) {
                if (isRegExp(t)) { return t.test(key); }
                if (t !== null && typeof t === 'object') { return Object.prototype.hasOwnProperty.call(t, key); }
                return String(t) === key;
            });
            if (match === keep) { out[key] = object[key]; }
        });
        return out;
    }

    // `Object.watch(obj, 'a', fn)`: each write to `a` stores what fn returns.
    statics.watch = function (obj, prop, fn) {
        var value = obj[prop];
        Object.defineProperty(obj, prop, {
            enumerable: true, configurable: true,
            get: function () { return value; },
            set: function (to) { value = fn.call(obj, prop, value, to); }
        });
    };
    // `Object.extended(obj)`: a copy whose methods are Object's (`h.keys()`,
    // `h.sum()`, `h.equals(x)`), kept off its own keys.
    function Hash(obj) {
        var self = this;
        if (obj !== null && typeof obj === 'object') {
            Object.keys(obj).forEach(function (key) { self[key] = obj[key]; });
        }
    }
    Object.defineProperty(Hash.prototype, 'constructor', { value: Object, writable: true, configurable: true });
    ['keys', 'values', 'select', 'reject', 'each', 'merge', 'clone', 'equal', 'watch', 'tap', 'has', 'toQueryString',
        'any', 'all', 'none', 'count', 'find', 'findAll', 'isEmpty', 'sum', 'average', 'min', 'max', 'least', 'most',
        'map', 'reduce', 'size'].forEach(function (name) {
        Object.defineProperty(Hash.prototype, name === 'equal' ? 'equals' : name, {
            value: function () { return Object[name].apply(null, [this].concat(Array.prototype.slice.call(arguments))); },
            writable: true, configurable: true
        });
    });
    statics.extended = function (obj) { return new Hash(obj); };

    var arrayStatics = {
        create: function () {
            var out = [];
            Array.prototype.forEach.call(arguments, function (a) {
                if (a !== null && typeof a === 'object' && !Array.isArray(a) && typeof a.length === 'number') {
                    var copy = Array.prototype.slice.call(a);
                    if (copy.length > 0) { a = copy; }
                }
                out = out.concat(a);
            });
            return out;
        }
    };
    var regexpStatics = { escape: function (text) { return escapeRegExp(text === undefined ? 'undefined' : text); } };
    // ---- Date.create, Date.past, Date.future: Sugar's English phrases
    // ('tomorrow at 3pm', '3 days ago', 'next friday', 'end of the month',
    // 'March 15 at 4pm', '2 weeks from tomorrow', 'the 2nd of next month',
    // 'monday of next week', '10pm'), checked against the sandbox's copy of
    // Sugar at fixed clocks, quirks included; any other text as `new Date`
    // reads it, which is where Sugar's own formats agree with V8's.
    // `prefer` (-1 past, 1 future) settles a weekday, month, day or time
    // without a week, year or date.
    // Sugar 1.x reads 'ten' as no number: 'ten days ago' is now.
    var NUMBER_WORDS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 0 };
    var NUM = '(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)';
    var SHIFTS = { next: 1, last: -1, 'this': 0, the: 0 };
    var DAY_WORDS = { today: 0, tomorrow: 1, yesterday: -1 };
    function phraseCount(word) { return Object.prototype.hasOwnProperty.call(NUMBER_WORDS, word) ? NUMBER_WORDS[word] : Number(word); }
    function startOfDay(d) { d.setHours(0, 0, 0, 0); return d; }
    function timeParts(text) {
        var m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/.exec(text);
        return m && (m[2] || m[4]) ? m : null;
    }
    function withTime(d, text) {
        var m = timeParts(text);
        if (!m) { return null; }
        var hour = Number(m[1]);
        if (m[4] === 'pm' && hour < 12) { hour += 12; }
        if (m[4] === 'am' && hour === 12) { hour = 0; }
        if (Number(m[2] || 0) > 59 || Number(m[3] || 0) > 59) { return null; }
        // As Sugar: an hour past 23 ('25:00', '13pm' is 13:00) runs into the next day.
        d.setHours(hour, Number(m[2] || 0), Number(m[3] || 0), 0);
        return d;
    }
    function settle(d, now, prefer, unit) {
        if (prefer < 0 && d > now) { advance(d, unit, -1); }
        if (prefer > 0 && d < now) { advance(d, unit, 1); }
        return d;
    }
    function unitOf(word) {
        var name = String(word).replace(/s$/, '');
        return UNITS.filter(function (u) { return u[0] === name; })[0];
    }
    // A weekday's number from its name or its first three letters.
    function weekdayOf(word) {
        for (var i = 0; i < DAYS.length; i++) {
            var name = DAYS[i].toLowerCase();
            if (word === name || word === name.slice(0, 3)) { return i; }
        }
        return -1;
    }
    function monthOf(word) {
        for (var i = 0; i < MONTHS.length; i++) {
            var name = MONTHS[i].toLowerCase();
            if (word === name || word === name.slice(0, 3)) { return i; }
        }
        return -1;
    }
    // '15' or '15th' as a day of the month; -1 for anything else.
    function dayNumber(word) {
        var m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
        return m ? Number(m[1]) : -1;
    }
    // The day of `weekday` in the week `shift` weeks from now's.
    function weekdayIn(d, weekday, shift) {
        startOfDay(d).setDate(d.getDate() - d.getDay() + weekday + shift * 7);
        return d;
    }
    // The phrase's date without its time of day, and whether a time may
    // follow it (`timed`); null when Sugar finds it invalid, undefined when
    // it is not one of Sugar's phrases.
    function phraseDate(text, article, now, prefer) {
        var d = new Date(now.getTime()), m, unit, weekday, month;
        if (!article && Object.prototype.hasOwnProperty.call(DAY_WORDS, text)) {
            startOfDay(d).setDate(d.getDate() + DAY_WORDS[text]);
            return { date: d, timed: true, unit: 'day' };
        }
        if (article && (m = /^day (after tomorrow|before yesterday)$/.exec(text))) {
            startOfDay(d).setDate(d.getDate() + (m[1] === 'after tomorrow' ? 2 : -2));
            return { date: d, timed: true, unit: 'day', relative: true };
        }
        // '2 weeks from tomorrow': from the start of that day; with weeks,
        // Sugar moves by the day once more.
        if (!article && (m = new RegExp('^' + NUM + ' (day|week)s? (from|after|before) (today|tomorrow|yesterday)$').exec(text))) {
            var shift = DAY_WORDS[m[4]];
            startOfDay(d).setDate(d.getDate() + shift * (m[2] === 'week' ? 2 : 1));
            advance(d, unitOf(m[2]), phraseCount(m[1]) * (m[3] === 'before' ? -1 : 1));
            return { date: d, timed: true, unit: 'day', relative: true };
        }
        if ((m = new RegExp('^' + (article ? '()' : NUM + ' ') + '(\\w+?)s? (ago|before|from now|later|after)$').exec(text))) {
            unit = unitOf(m[2]);
            if (!unit) { return null; }
            var n = article ? 1 : phraseCount(m[1]);
            advance(d, unit, n * (m[3] === 'ago' || m[3] === 'before' ? -1 : 1));
            return { date: d, unit: unit[0], relative: true };
        }
        // Sugar reads 'in -3 days' as in 3 days.
        if (!article && (m = new RegExp('^in -?' + NUM + ' (\\w+?)s?$').exec(text))) {
            unit = unitOf(m[2]);
            return unit ? { date: advance(d, unit, phraseCount(m[1])), unit: unit[0], relative: true } : null;
        }
        if (!article && (m = /^(next|last|this) (week|month|year)$/.exec(text))) {
            return { date: m[1] === 'this' ? d : advance(d, unitOf(m[2]), SHIFTS[m[1]]), unit: m[2], shifted: true };
        }
        // Weekdays: 'friday', 'next friday', 'friday of next week', 'next week friday'.
        if ((m = /^(?:(next|last|this) )?(\w+)$/.exec(text)) && (weekday = weekdayOf(m[2])) !== -1 && !article) {
            weekdayIn(d, weekday, m[1] ? SHIFTS[m[1]] : 0);
            if (!m[1]) { settle(d, now, prefer, UNITS[2]); }
            // Sugar's `is('next friday')` is true all that week.
            return { date: d, timed: true, unit: m[1] ? 'week' : 'day', shifted: !!m[1] };
        }
        if (!article && ((m = /^(\w+) (?:of )?(next|last|this) week$/.exec(text)) || (m = /^(next|last|this) week (\w+)$/.exec(text)))) {
            var qualifier = SHIFTS[m[1]] === undefined ? m[2] : m[1], name = qualifier === m[1] ? m[2] : m[1];
            if ((weekday = weekdayOf(name)) !== -1) {
                return { date: weekdayIn(d, weekday, SHIFTS[qualifier]), timed: true, unit: 'week', shifted: true };
            }
        }
        if ((m = /^(beginning|end) of (?:(the|next|last|this) )?(week|month|year)$/.exec(text))) {
            if (m[2] === 'next' || m[2] === 'last') { advance(d, unitOf(m[3]), SHIFTS[m[2]]); }
            var edge = m[3].charAt(0).toUpperCase() + m[3].slice(1);
            return { date: date[(m[1] === 'end' ? 'endOf' : 'beginningOf') + edge].call(d), unit: 'day', shifted: true };
        }
        if ((m = /^(first|last) day of (?:(the|next|last|this) )?(week|month|year)$/.exec(text))) {
            if (m[2] === 'next' || m[2] === 'last') { advance(d, unitOf(m[3]), SHIFTS[m[2]]); }
            var first = m[1] === 'first';
            if (m[3] === 'week') { d.setDate(d.getDate() - d.getDay() + (first ? 0 : 6)); }
            if (m[3] === 'month') { d.setDate(first ? 1 : date.daysInMonth.call(d)); }
            if (m[3] === 'year') { d.setMonth(first ? 0 : 11, first ? 1 : 31); }
            return { date: startOfDay(d), unit: 'day' };
        }
        // 'the last day of february'; with a year Sugar gives its first day.
        if ((m = /^(first|last) day of (\w+)(?: (\d{4}))?$/.exec(text)) && (month = monthOf(m[2])) !== -1) {
            if (m[3]) { d.setFullYear(Number(m[3]), month, 1); } else { d.setMonth(month, 1); }
            startOfDay(d);
            if (!m[3]) {
                // Settled by the month's first day, as Sugar does.
                settle(d, now, prefer, UNITS[0]);
                if (m[1] === 'last') { d.setDate(date.daysInMonth.call(d)); }
            }
            return { date: d, unit: 'day' };
        }
        // 'the 2nd of next month': the day is set before the month moves;
        // 'the 2nd of next year' is Sugar's: two days after a year from now.
        if ((m = /^(\d{1,2})(?:st|nd|rd|th) of (the|next|last|this) (month|year)$/.exec(text))) {
            if (m[3] === 'year') {
                advance(d, UNITS[0], SHIFTS[m[2]]);
                return { date: advance(d, UNITS[3], Number(m[1])), unit: 'day', shifted: true };
            }
            startOfDay(d).setDate(Number(m[1]));
            // Sugar's `is('the 2nd of next month')` is true all that month.
            return { date: advance(d, UNITS[1], SHIFTS[m[2]]), timed: true, unit: 'month', shifted: true };
        }
        return monthDay(text, d, now, prefer);
    }
    // 'March 15', '15 march 2025', '2025 march 15', 'the 15th of march',
    // '3/15' (this year's, the month may overflow), 'march', '15th'.
    function monthDay(text, d, now, prefer) {
        var m = /^(?:(\d{4}) )?(\w+) (\w+)(?: (\d{4}))?$/.exec(text), month, day, year;
        if (m && !(m[1] && m[4])) {
            if ((month = monthOf(m[2])) !== -1 && (day = dayNumber(m[3])) !== -1) {
                year = m[1] || m[4];
            } else if (!m[1] && (month = monthOf(m[3])) !== -1 && /^\d{1,2}$/.test(m[2])) {
                // '15 march', but not '15th march'.
                day = Number(m[2]);
                year = m[4];
            }
        }
        if (day === undefined && (m = /^(\d{1,2})(?:st|nd|rd|th) of (\w+)$/.exec(text)) && (month = monthOf(m[2])) !== -1) {
            day = Number(m[1]);
        }
        if (day === undefined && (m = /^(\d{1,2})[\/-](\d{1,2})$/.exec(text))) {
            // Month 0 is January, day 0 the month before's last.
            month = Math.max(Number(m[1]) - 1, 0);
            day = Number(m[2]);
        }
        if (day !== undefined && day !== -1 && month !== -1) {
            if (year) { d.setFullYear(Number(year), month, day); } else { d.setMonth(month, day); }
            startOfDay(d);
            return { date: year ? d : settle(d, now, prefer, UNITS[0]), timed: true, unit: 'day' };
        }
        if ((month = monthOf(text)) !== -1) {
            d.setMonth(month, 1);
            return { date: settle(startOfDay(d), now, prefer, UNITS[0]), unit: 'month' };
        }
        if ((m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(text))) {
            d.setDate(Number(m[1]));
            return { date: settle(startOfDay(d), now, prefer, UNITS[1]), unit: 'day' };
        }
        if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
            d.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
            return { date: startOfDay(d), timed: true, needsTime: true, unit: 'day' };
        }
        return undefined;
    }
    // The unit a time of day written so is precise to.
    function timeUnit(text) {
        var m = timeParts(text);
        return m[3] ? 'second' : m[2] ? 'minute' : 'hour';
    }
    // A phrase read: its date, the unit it is precise to (what
    // `Date#is` compares within), whether it moved from now by a unit
    // (`shifted`: compared from that unit's start) or is relative to now
    // (`relative`: Sugar allows 50 ms of drift); null when Sugar finds
    // the text invalid, undefined when it is not a phrase of Sugar's.
    function readPhrase(text, prefer) {
        var now = new Date();
        // Only in lower case: Sugar reads 'Now' as no phrase.
        if (text.trim() === 'now' || text.trim() === 'just now') { return { date: now, unit: 'millisecond' }; }
        text = text.trim().toLowerCase().replace(/\.$/, '').replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
        if (timeParts(text)) {
            var today = withTime(new Date(now.getTime()), text);
            return today ? { date: settle(today, now, prefer, UNITS[3]), unit: timeUnit(text) } : undefined;
        }
        var article = /^the /.test(text);
        if (article) { text = text.slice(4); }
        // A time of day: after 'at', or written before or after the rest.
        var time = null, m, words;
        if ((m = /^(.*?) at (.+)$/.exec(text))) {
            text = m[1];
            time = m[2];
        } else if ((words = text.split(' ')).length > 1) {
            if (timeParts(words[words.length - 1])) { time = words.pop(); } else if (timeParts(words[0])) { time = words.shift(); }
            text = words.join(' ');
        }
        var read = phraseDate(text, article, now, prefer);
        if (!read) { return read; }
        if (time === null) { return read.needsTime ? undefined : read; }
        if (!read.timed || !withTime(read.date, time)) { return undefined; }
        return { date: read.date, unit: timeUnit(time), relative: read.relative };
    }
    function fromPhrase(text, prefer) {
        var read = readPhrase(text, prefer);
        return read ? read.date : read;
    }
    // The unit text `new Date` reads is precise to, as Sugar's own formats
    // would have it ('2026' a year, 'Dec 2026' a month, '2026-12-08' a day).
    function writtenUnit(text) {
        text = text.trim().toLowerCase();
        if (/\d:\d\d:\d\d\.\d/.test(text)) { return 'millisecond'; }
        if (/\d:\d\d:\d\d/.test(text)) { return 'second'; }
        if (/\d:\d\d/.test(text)) { return 'minute'; }
        if (/\d\s*(am|pm)\b/.test(text)) { return 'hour'; }
        if (/^\d{4}$/.test(text)) { return 'year'; }
        if (/^[a-z]+\.? \d{4}$/.test(text) || /^\d{4}-\d{2}$/.test(text)) { return 'month'; }
        return 'day';
    }
    // Whether `t` falls within what `what` names, as Sugar's `Date#is`
    // compares: from the date (or its unit's start, for a shifted phrase)
    // through the end of its unit (a month's end for a month), within
    // `margin` ms, else 50 ms of drift for a phrase relative to now.
    function isWithin(t, what, margin) {
        var read = readPhrase(what, 0);
        if (read === undefined) {
            var written = new Date(what.trim());
            read = written.getTime() === written.getTime() ? { date: written, unit: writtenUnit(what) } : null;
        }
        if (!read || read.date.getTime() !== read.date.getTime()) { return false; }
        var unit = unitOf(read.unit), edge = unit[0].charAt(0).toUpperCase() + unit[0].slice(1);
        var start = new Date(read.date.getTime());
        if (read.shifted && unit[0] !== 'millisecond') { date['beginningOf' + edge].call(start); }
        var end;
        if (unit[0] === 'month') {
            end = date.endOfMonth.call(new Date(start.getTime())).getTime();
        } else if (unit[0] === 'year') {
            end = date.addYears.call(new Date(start.getTime()), 1).getTime() - 1;
        } else {
            end = start.getTime() + unit[2] - 1;
        }
        var low = 0, high = 0;
        if (margin > 0) { low = high = margin; } else if (read.relative) { low = 50; high = -50; }
        return t >= start.getTime() - low && t <= end + high;
    }
    // `Date.utc.create(…)`: the text's fields read as UTC, and the date
    // marked so Sugar's getters and formats use UTC.
    function createUTCDate(args, prefer) {
        var d = createDate(args, prefer), first = args[0];
        var keepsInstant = !args.length || first === undefined || typeof first === 'number' || first instanceof Date ||
            (typeof first === 'string' && /(?:z|[+-]\d\d:?\d\d|gmt|utc)\s*$/i.test(first.trim()));
        if (!keepsInstant && d.getTime() === d.getTime()) {
            d = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
        }
        date.utc.call(d, true);
        return d;
    }
    // `Date.range(start, end)`: the dates between, stepped by a unit.
    function DateRange(start, end) {
        this.start = createDate([start], 0);
        this.end = createDate([end], 0);
    }
    DateRange.prototype.toString = function () {
        return this.isValid() ? date.full.call(this.start) + '..' + date.full.call(this.end) : 'Invalid DateRange';
    };
    function unitStep(text, count) {
        var m = /^(\d+)?\s?(\w+?)s?$/i.exec(text), params = {};
        if (m) { params[m[2].toLowerCase()] = count === undefined ? (parseInt(m[1], 10) || 1) : count; }
        return params;
    }
    [['isValid', function () { return this.start < this.end; }],
        ['duration', function () { return this.isValid() ? this.end.getTime() - this.start.getTime() : NaN; }],
        ['contains', function (obj) {
            var self = this;
            return (obj.start && obj.end ? [obj.start, obj.end] : [obj]).every(function (d) { return d >= self.start && d <= self.end; });
        }],
        ['every', function (increment, fn) {
            var current = date.clone.call(this.start), result = [], index = 0, params, isDay;
            if (typeof increment === 'string') {
                date.advance.call(current, unitStep(increment, 0), true);
                params = unitStep(increment);
                isDay = increment.toLowerCase() === 'day';
            } else {
                params = { milliseconds: increment };
            }
            while (current <= this.end) {
                result.push(current);
                if (fn) { fn(current, index); }
                if (isDay && dget(current, 'Hours') === 23) {
                    current = date.clone.call(current);
                    dset(current, 'Hours', 48);
                } else {
                    current = date.advance.call(date.clone.call(current), params, true);
                }
                index++;
            }
            return result;
        }],
        ['union', function (range) { return new DateRange(this.start < range.start ? this.start : range.start, this.end > range.end ? this.end : range.end); }],
        ['intersect', function (range) { return new DateRange(this.start > range.start ? this.start : range.start, this.end < range.end ? this.end : range.end); }],
        ['clone', function () { return new DateRange(this.start, this.end); }]
    ].concat(['Millisecond', 'Second', 'Minute', 'Hour', 'Day', 'Week', 'Month', 'Year'].map(function (unit) {
        return ['each' + unit, function (fn) { return this.every(unit, fn); }];
    })).forEach(function (method) {
        Object.defineProperty(DateRange.prototype, method[0], { value: method[1], writable: true, configurable: true });
    });

    function createDate(args, prefer) {
        var first = args[0];
        if (!args.length || first === undefined) { return new Date(); }
        if (typeof args[1] === 'number') { return moveDate(new Date(0), unitArguments(args)[0], true); }
        if (first instanceof Date) { return new Date(first.getTime()); }
        if (typeof first === 'number') { return new Date(first); }
        if (isPlainObject(first)) { return moveDate(new Date(), Object.assign({}, first), true); }
        localeFor(args[1]);
        var text = String(first), read = fromPhrase(text, prefer);
        if (read === undefined) { return new Date(text.trim()); }
        return read === null ? new Date(NaN) : read;
    }
    var dateStatics = {
        create: function () { return createDate(arguments, 0); },
        past: function () { return createDate(arguments, -1); },
        future: function () { return createDate(arguments, 1); },
        range: function (start, end) { return new DateRange(start, end); }
    };
    Object.assign(dateStatics, localeStatics);
    // Sugar's statics that are values, not functions (host/modules.rs makes
    // accessors for them): `String.Inflector`, `Date.utc`, Array's settings.
    var values = {
        String: { Inflector: Inflector },
        Date: {
            utc: {
                create: function () { return createUTCDate(arguments, 0); },
                past: function () { return createUTCDate(arguments, -1); },
                future: function () { return createUTCDate(arguments, 1); }
            }
        },
        Array: collation
    };

    var numberStatics = {
        random: function (n1, n2) {
            if (arguments.length === 1) { n2 = n1; n1 = 0; }
            var min = Math.min(n1 || 0, n2 === undefined ? 1 : n2), max = Math.max(n1 || 0, n2 === undefined ? 1 : n2) + 1;
            return Math.floor(Math.random() * (max - min) + min);
        }
    };

    return {
        String: string, Array: array, Number: number, Date: date, Object: statics, Function: func, RegExp: regexp,
        ArrayStatic: arrayStatics, RegExpStatic: regexpStatics, NumberStatic: numberStatics, DateStatic: dateStatics,
        values: values
    };
}();
