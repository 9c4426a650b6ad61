// cheerio 0.22's API, the part scripts use: `cheerio.load(html)` gives `$`;
// selections find, walk, filter and read (`text`, `html`, `attr`, `each`,
// `map`, …). Parsing and CSS selectors run natively (scraper,
// `host/html.rs`); this file keeps cheerio's shapes and names.
0, function (host) {
    'use strict';

    function load(markup) {
        var doc = host.htmlLoad(String(markup === undefined ? '' : markup));
        var nodes = {};

        // A node as cheerio shows it: type, name, attribs, data, and its
        // relatives read when asked.
        function wrap(handle) {
            if (handle < 0) { return null; }
            if (nodes[handle]) { return nodes[handle]; }
            var described = host.htmlNode(doc, handle);
            var node = { type: described.type, __handle: handle };
            if (described.name !== undefined) { node.name = node.tagName = described.name; }
            if (described.attribs !== undefined) { node.attribs = described.attribs; }
            if (described.data !== undefined) { node.data = described.data; }
            Object.defineProperty(node, 'children', { get: function () { return host.htmlChildren(doc, handle).map(wrap); }, enumerable: false });
            Object.defineProperty(node, 'childNodes', { get: function () { return node.children; }, enumerable: false });
            Object.defineProperty(node, 'parent', { get: function () { return wrap(host.htmlParent(doc, handle)); }, enumerable: false });
            Object.defineProperty(node, 'next', { get: function () { return sibling(node, 1); }, enumerable: false });
            Object.defineProperty(node, 'prev', { get: function () { return sibling(node, -1); }, enumerable: false });
            nodes[handle] = node;
            return node;
        }
        function sibling(node, step) {
            var parent = node.parent;
            if (!parent) { return null; }
            var all = parent.children, at = all.indexOf(node);
            return all[at + step] || null;
        }
        function isElement(node) { return node && (node.type === 'tag' || node.type === 'script' || node.type === 'style'); }
        function unique(list) { return list.filter(function (n, i) { return n && list.indexOf(n) === i; }); }
        function matching(list, selector) {
            if (selector === undefined) { return list; }
            if (typeof selector === 'function') { return list.filter(function (n, i) { return selector.call(n, i, n); }); }
            var hits = host.htmlSelect(doc, [0], String(selector)).map(wrap);
            return list.filter(function (n) { return hits.indexOf(n) >= 0; });
        }

        function Selection(list) {
            var self = this;
            list = list || [];
            list.forEach(function (node, i) { self[i] = node; });
            this.length = list.length;
        }
        var fn = Selection.prototype;
        fn.cheerio = '[cheerio object]';
        fn.toArray = function () { return Array.prototype.slice.call(this); };
        fn.get = function (i) { var all = this.toArray(); return i === undefined ? all : all[i < 0 ? all.length + i : i]; };
        fn.eq = function (i) { var n = this.get(i); return new Selection(n ? [n] : []); };
        fn.first = function () { return this.eq(0); };
        fn.last = function () { return this.eq(this.length - 1); };
        fn.slice = function (a, b) { return new Selection(this.toArray().slice(a, b)); };
        fn.index = function (node) {
            if (node === undefined) { var first = this[0]; return first && first.parent ? first.parent.children.filter(isElement).indexOf(first) : -1; }
            return this.toArray().indexOf(node instanceof Selection ? node[0] : node);
        };
        fn.each = function (callback) {
            for (var i = 0; i < this.length; i++) { if (callback.call(this[i], i, this[i]) === false) { break; } }
            return this;
        };
        fn.map = function (callback) {
            var out = [];
            this.each(function (i, node) {
                var value = callback.call(node, i, node);
                if (value === null || value === undefined) { return; }
                if (Array.isArray(value)) { out.push.apply(out, value); } else { out.push(value); }
            });
            return new Selection(out);
        };
        fn.filter = function (selector) { return new Selection(matching(this.toArray(), selector)); };
        fn.not = function (selector) { var drop = matching(this.toArray(), selector); return new Selection(this.toArray().filter(function (n) { return drop.indexOf(n) < 0; })); };
        fn.is = function (selector) { return matching(this.toArray(), selector).length > 0; };
        fn.has = function (selector) { return this.filter(function () { return new Selection([this]).find(selector).length > 0; }); };
        fn.find = function (selector) {
            var handles = this.toArray().map(function (n) { return n.__handle; });
            return new Selection(handles.length ? host.htmlSelect(doc, handles, String(selector)).map(wrap) : []);
        };
        fn.children = function (selector) {
            var all = [];
            this.each(function (i, n) { all.push.apply(all, n.children.filter(isElement)); });
            return new Selection(matching(unique(all), selector));
        };
        fn.contents = function () {
            var all = [];
            this.each(function (i, n) { all.push.apply(all, n.children); });
            return new Selection(all);
        };
        fn.parent = function (selector) {
            return new Selection(matching(unique(this.toArray().map(function (n) { return n.parent; }).filter(function (p) { return p && p.type !== 'root'; })), selector));
        };
        fn.parents = function (selector) {
            var all = [];
            this.each(function (i, n) { for (var p = n.parent; p && p.type !== 'root'; p = p.parent) { all.push(p); } });
            return new Selection(matching(unique(all), selector));
        };
        fn.closest = function (selector) {
            var all = [];
            this.each(function (i, n) { for (var c = n; c && c.type !== 'root'; c = c.parent) { if (matching([c], selector).length) { all.push(c); break; } } });
            return new Selection(unique(all));
        };
        function step(selection, direction, selector) {
            var all = [];
            selection.each(function (i, n) { var s = n[direction]; while (s && !isElement(s)) { s = s[direction]; } if (s) { all.push(s); } });
            return new Selection(matching(unique(all), selector));
        }
        fn.next = function (selector) { return step(this, 'next', selector); };
        fn.prev = function (selector) { return step(this, 'prev', selector); };
        fn.siblings = function (selector) {
            var all = [], self = this.toArray();
            this.each(function (i, n) { if (n.parent) { n.parent.children.filter(isElement).forEach(function (s) { if (self.indexOf(s) < 0) { all.push(s); } }); } });
            return new Selection(matching(unique(all), selector));
        };
        fn.text = function () {
            return this.toArray().map(function (n) { return n.type === 'text' ? n.data : host.htmlText(doc, n.__handle); }).join('');
        };
        fn.html = function () { return this.length ? host.htmlInner(doc, this[0].__handle) : null; };
        fn.attr = function (name) {
            var first = this[0];
            if (!first || !first.attribs) { return undefined; }
            if (name === undefined) { return first.attribs; }
            return Object.prototype.hasOwnProperty.call(first.attribs, name) ? first.attribs[name] : undefined;
        };
        fn.data = function (name) {
            var attribs = this.attr() || {}, data = {};
            Object.keys(attribs).forEach(function (key) {
                if (key.indexOf('data-') !== 0) { return; }
                var camel = key.slice(5).replace(/-([a-z])/g, function (m, c) { return c.toUpperCase(); }), value = attribs[key];
                try { data[camel] = /^(?:\{[\s\S]*\}|\[[\s\S]*\]|true|false|null|-?\d+(\.\d+)?)$/.test(value) ? JSON.parse(value) : value; } catch (e) { data[camel] = value; }
            });
            return name === undefined ? data : data[name];
        };
        fn.val = function () {
            var first = this[0];
            if (!first) { return undefined; }
            if (first.name === 'select') { var selected = this.find('option[selected]'); return (selected.length ? selected : this.find('option').first()).attr('value'); }
            if (first.name === 'textarea') { return this.text(); }
            return this.attr('value');
        };
        fn.hasClass = function (name) {
            return this.toArray().some(function (n) { return n.attribs && (' ' + (n.attribs['class'] || '') + ' ').replace(/\s+/g, ' ').indexOf(' ' + name + ' ') >= 0; });
        };
        fn.toString = function () { return this.toArray().map(function (n) { return host.htmlOuter(doc, n.__handle); }).join(''); };

        var root = wrap(0);
        var $ = function (selector, context) {
            if (selector === undefined || selector === null || selector === '') { return new Selection([]); }
            if (selector instanceof Selection) { return selector; }
            if (typeof selector === 'object') { return new Selection(Array.isArray(selector) ? selector : [selector]); }
            var scope = context === undefined ? new Selection([root]) : (context instanceof Selection ? context : (typeof context === 'string' ? $(context) : new Selection([context])));
            return scope.find(selector);
        };
        $.root = function () { return new Selection([root]); };
        $.html = function (selector) {
            if (selector === undefined) { return host.htmlInner(doc, 0); }
            var picked = $(selector);
            return picked.toString();
        };
        $.text = function () { return host.htmlText(doc, 0); };
        $.contains = function (container, contained) {
            for (var p = contained && contained.parent; p; p = p.parent) { if (p === container) { return true; } }
            return false;
        };
        $.prototype = fn;
        $.fn = fn;
        return $;
    }

    var cheerio = function (selector, context, markup) { return load(markup === undefined ? '' : markup)(selector, context); };
    cheerio.load = load;
    cheerio.version = '0.22.0';
    return cheerio;
}(__host);
