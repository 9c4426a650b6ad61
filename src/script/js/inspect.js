// Value display in assertion messages, with chai 4's wording: values are
// shown as chai's inspector shows them, shortened to about 40 characters
// with `…` and `…(n)` for the items left out. Loaded on first use
// (`__lazy('inspect.js')`): the file's value is what it returns.
0, function () {
    'use strict';

    var THRESHOLD = 40;
    var ELLIPSIS = '\u2026';
    var SPECIAL = /['\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0604\u070f\u17b4\u17b5\u200c-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ufff0-\uffff]/g;
    var ESCAPES = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'", '\\': '\\\\' };

    function shorten(text, room) {
        text = String(text);
        if (ELLIPSIS.length > room && text.length > ELLIPSIS.length) { return ELLIPSIS; }
        if (text.length > room && text.length > ELLIPSIS.length) { return text.slice(0, room - ELLIPSIS.length) + ELLIPSIS; }
        return text;
    }

    function escapeChar(ch) {
        return ESCAPES[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
    }

    function tagOf(value) {
        return Object.prototype.toString.call(value).slice(8, -1);
    }

    // Items are added while they fit in `opts.room`; what does not fit is
    // counted as `…(n)`. `opts` is shared and shrinks as text is produced.
    function list(items, opts, show) {
        var total = items.length;
        if (total === 0) { return ''; }
        var room = opts.room, out = '', next = '', rest = '';
        for (var i = 0; i < total; i++) {
            var last = i + 1 === total, beforeLast = i + 2 === total;
            rest = ELLIPSIS + '(' + (total - i) + ')';
            opts.room = room - out.length - (last ? 0 : 2);
            var piece = next || show(items[i], opts) + (last ? '' : ', ');
            var grown = out.length + piece.length;
            var withRest = grown + rest.length;
            if (last && grown > room && out.length + rest.length <= room) { break; }
            if (!last && !beforeLast && withRest > room) { break; }
            next = last ? '' : show(items[i + 1], opts) + (beforeLast ? '' : ', ');
            if (!last && beforeLast && withRest > room && grown + next.length > room) { break; }
            out += piece;
            if (!last && !beforeLast && grown + next.length >= room) {
                rest = ELLIPSIS + '(' + (total - i - 1) + ')';
                break;
            }
            rest = '';
        }
        return out + rest;
    }

    var IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/, QUOTE = /'/g, ESCAPED_DOUBLE = /\\"/g;

    function propertyKey(key) {
        if (IDENTIFIER.test(key)) { return key; }
        return "'" + JSON.stringify(key).slice(1, -1).replace(QUOTE, "\\'").replace(ESCAPED_DOUBLE, '"') + "'";
    }

    function property(pair, opts) {
        opts.room -= 2;
        var key = typeof pair[0] === 'string' ? propertyKey(pair[0]) : '[' + show(pair[0], opts) + ']';
        opts.room -= key.length;
        return key + ': ' + show(pair[1], opts);
    }

    function showObject(value, opts, prefix) {
        var names = Object.getOwnPropertyNames(value), symbols = Object.getOwnPropertySymbols(value);
        if (names.length === 0 && symbols.length === 0) { return prefix + '{}'; }
        opts.room -= 4;
        if (opts.seen.indexOf(value) !== -1) { return '[Circular]'; }
        opts.seen.push(value);
        var pair = function (k) { return [k, value[k]]; };
        var body = list(names.map(pair), opts, property);
        var symbolBody = list(symbols.map(pair), opts, property);
        body += body && symbolBody ? ', ' + symbolBody : symbolBody;
        opts.seen.pop();
        return prefix + '{ ' + body + ' }';
    }

    function show(value, opts) {
        switch (typeof value) {
            case 'string':
                return "'" + shorten(value.replace(SPECIAL, escapeChar), opts.room - 2) + "'";
            case 'number':
                if (value !== value) { return 'NaN'; }
                // chai writes zero signed (`+0`); node's console, `0` and `-0`.
                if (value === 0) { return 1 / value === Infinity ? (opts.console ? '0' : '+0') : '-0'; }
                return shorten(String(value), opts.room);
            case 'bigint': return shorten(String(value), opts.room) + 'n';
            case 'boolean': return String(value);
            case 'undefined': return 'undefined';
            case 'symbol': return value.toString();
            case 'function':
                if (opts.console) { return value.name ? '[Function: ' + value.name + ']' : '[Function]'; }
                return value.name ? '[Function ' + shorten(value.name, opts.room - 11) + ']' : '[Function]';
        }
        if (value === null) { return 'null'; }
        var tag = tagOf(value);
        // Newman's console carries what a script logs across as JSON: an
        // object with `toJSON` (a request, URL, header list, scope) shows
        // what that gives, not its inner fields.
        if (opts.console && tag !== 'Date' && typeof value.toJSON === 'function') {
            var plain = value.toJSON();
            if (plain !== value) { return show(plain, opts); }
        }
        if (opts.console && (tag === 'Map' || tag === 'Set')) { return nodeCollection(value, tag, opts); }
        switch (tag) {
            case 'Array':
                if (value.length === 0) { return '[]'; }
                opts.room -= 4;
                return '[ ' + list(value, opts, show) + ' ]';
            case 'Arguments':
                if (value.length === 0) { return 'Arguments[]'; }
                opts.room -= 13;
                return 'Arguments[ ' + list(Array.prototype.slice.call(value), opts, show) + ' ]';
            case 'Date':
                var json = value.toJSON();
                if (json === null) { return 'Invalid Date'; }
                var parts = json.split('T');
                return parts[0] + 'T' + shorten(parts[1], opts.room - parts[0].length - 1);
            case 'RegExp':
                var flags = value.flags;
                return '/' + shorten(value.source, opts.room - (flags.length + 2)) + '/' + flags;
            case 'Map':
                // chai's inspector shows a one-entry Map as empty too.
                if (value.size <= 1) { return 'Map{}'; }
                opts.room -= 7;
                return 'Map{ ' + list(Array.from(value.entries()), opts, function (e, o) {
                    o.room -= 4;
                    var k = show(e[0], o);
                    o.room -= k.length;
                    return k + ' => ' + show(e[1], o);
                }) + ' }';
            case 'Set':
                if (value.size === 0) { return 'Set{}'; }
                opts.room -= 7;
                return 'Set{ ' + list(Array.from(value), opts, show) + ' }';
            case 'Error':
                var message = typeof value.message === 'string' ? shorten(value.message, opts.room - value.name.length) : '';
                return value.name + (message ? ': ' + message : '');
            case 'Promise': return 'Promise{\u2026}';
        }
        var proto = Object.getPrototypeOf(value);
        if (proto === Object.prototype || proto === null) { return showObject(value, opts, ''); }
        var name = value.constructor && value.constructor.name;
        if (name && value.constructor !== Object) {
            opts.room -= name.length;
            return showObject(value, opts, name);
        }
        return showObject(value, opts, '');
    }

    // `Map(2) { 'a' => 1, 'b' => 2 }`, `Set(1) { 1 }`, as node's console writes them.
    function nodeCollection(value, tag, opts) {
        var head = tag + '(' + value.size + ')';
        if (value.size === 0) { return head + ' {}'; }
        var items = Array.from(value.entries()).map(function (entry) {
            return tag === 'Map' ? show(entry[0], opts) + ' => ' + show(entry[1], opts) : show(entry[0], opts);
        });
        return head + ' { ' + items.join(', ') + ' }';
    }

    function inspect(value, room, console) {
        return show(value, { room: room === undefined ? THRESHOLD : room, seen: [], console: !!console });
    }

    // chai's objDisplay: what is still too long collapses to a summary.
    function display(value) {
        // A response shows as Newman's does (its object has other fields).
        if (value && typeof value.__display === 'function') { return value.__display(); }
        var text = inspect(value, THRESHOLD);
        if (text.length < THRESHOLD) { return text; }
        var tag = tagOf(value);
        if (tag === 'Function') { return value.name ? '[Function: ' + value.name + ']' : '[Function]'; }
        if (tag === 'Array') { return '[ Array(' + value.length + ') ]'; }
        if (tag === 'Object') {
            var keys = Object.keys(value);
            return '{ Object (' + (keys.length > 2 ? keys.slice(0, 2).join(', ') + ', ...' : keys.join(', ')) + ') }';
        }
        return text;
    }

    // console.log: strings as they are, everything else inspected in full.
    function format(args) {
        return Array.prototype.map.call(args, function (arg) {
            return typeof arg === 'string' ? arg : inspect(arg, Infinity, true);
        }).join(' ');
    }

    return { inspect: inspect, display: display, format: format };
}();
