// `require('csv-parse/lib/sync')` as csv-parse 1.2 gives it: `parse(text,
// options)` returns the records, as arrays or (with `columns`) objects.
// Options: delimiter, quote, escape, columns, comment, skip_empty_lines,
// trim/ltrim/rtrim, auto_parse, relax_column_count, from, to.
0, function () {
    'use strict';

    // The fields of every line, quotes resolved.
    function tokenize(text, o) {
        var rows = [], row = [], field = '', quoted = false, wasQuoted = false, i = 0;
        function endField() {
            if (!wasQuoted) {
                if (o.ltrim || o.trim) { field = field.replace(/^\s+/, ''); }
                if (o.rtrim || o.trim) { field = field.replace(/\s+$/, ''); }
            }
            row.push({ text: field, quoted: wasQuoted });
            field = ''; wasQuoted = false;
        }
        function endRow() { endField(); rows.push(row); row = []; }
        while (i < text.length) {
            var c = text.charAt(i);
            if (quoted) {
                if (c === o.escape && text.charAt(i + 1) === o.quote) { field += o.quote; i += 2; continue; }
                if (c === o.quote) {
                    var next = text.charAt(i + 1);
                    if (next !== '' && next !== '\r' && next !== '\n' && text.substr(i + 1, o.delimiter.length) !== o.delimiter) {
                        throw new Error('Invalid closing quote at line ' + (rows.length + 1) + '; found ' + JSON.stringify(next) + ' instead of delimiter ' + JSON.stringify(o.delimiter));
                    }
                    quoted = false; i++; continue;
                }
                field += c; i++; continue;
            }
            if (c === o.quote && field.trim() === '') { quoted = true; wasQuoted = true; field = ''; i++; continue; }
            if (o.comment && c === o.comment && field === '' && row.length === 0) {
                while (i < text.length && text.charAt(i) !== '\n') { i++; }
                i++;
                continue;
            }
            if (text.substr(i, o.delimiter.length) === o.delimiter) { endField(); i += o.delimiter.length; continue; }
            if (c === '\r' || c === '\n') {
                endRow();
                i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
                continue;
            }
            field += c; i++;
        }
        // csv-parse 1.x counts the line after the last one read.
        if (quoted) { throw new Error('Quoted field not terminated at line ' + (text.split('\n').length + 1)); }
        var last = field !== '' || row.length > 0 || wasQuoted;
        if (last) { endRow(); }
        rows.unterminated = last;
        return rows;
    }

    function typed(field, o) {
        if (!o.auto_parse || field.quoted) { return field.text; }
        var text = field.text;
        if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) { return Number(text); }
        return text;
    }

    return function parse(text, options) {
        var o = {
            delimiter: ',', quote: '"', escape: '"', columns: null, comment: '', skip_empty_lines: false,
            trim: false, ltrim: false, rtrim: false, auto_parse: false, relax_column_count: false, from: 1, to: -1
        };
        Object.keys(options || {}).forEach(function (key) { o[key] = options[key]; });
        var rows = tokenize(String(text), o), unterminated = rows.unterminated;
        if (o.skip_empty_lines) { rows = rows.filter(function (r) { return !(r.length === 1 && r[0].text === '' && !r[0].quoted); }); }
        var columns = null;
        if (o.columns === true) { columns = (rows.shift() || []).map(function (f) { return f.text; }); }
        else if (typeof o.columns === 'function') { columns = o.columns((rows.shift() || []).map(function (f) { return f.text; })); }
        else if (Array.isArray(o.columns)) { columns = o.columns; }
        var out = [], count = null, record = 0, header = o.columns === true ? 1 : 0;
        for (var index = 0; index < rows.length; index++) {
            var row = rows[index];
            var empty = row.length === 1 && row[0].text === '' && !row[0].quoted;
            // csv-parse 1.x: an empty line is a record of one empty field,
            // neither counted nor checked against the others.
            if (!o.relax_column_count && !empty) {
                var expected = columns ? columns.length : count;
                if (expected !== null && row.length !== expected) {
                    // The last line, without a line break after it, is dropped silently.
                    if (index === rows.length - 1 && unterminated) { break; }
                    var line = index + 1 + header;
                    throw new Error(columns ? 'Number of columns on line ' + line + ' does not match header' : 'Number of columns is inconsistent on line ' + line);
                }
                if (count === null) { count = row.length; }
            }
            if (empty) {
                if (o.from > 1 || o.to > 0) { continue; }
            } else {
                record++;
                if (record < o.from || (o.to > 0 && record > o.to)) { continue; }
            }
            var values = row.map(function (f) { return typed(f, o); });
            if (!columns) { out.push(values); continue; }
            var object = {};
            columns.forEach(function (name, i) { if (name !== null && name !== undefined && name !== false && i < values.length) { object[name] = values[i]; } });
            out.push(object);
        }
        return out;
    };
}();
