// xml2js 0.4.23's API (what postman-sandbox bundles): `parseString`,
// `Parser`, `Builder`, `processors`, and the legacy `xml2Json`. The host
// parses (quick-xml, `host/xml.rs`) into a plain tree; this file shapes it
// as xml2js's parser does for its options. Callbacks run synchronously, as
// they do in the sandbox (async: false).
0, function (host) {
    'use strict';

    var defaults = {
        explicitCharkey: false, trim: false, normalize: false, normalizeTags: false, attrkey: '$', charkey: '_',
        explicitArray: true, ignoreAttrs: false, mergeAttrs: false, explicitRoot: true, validator: null,
        xmlns: false, explicitChildren: false, preserveChildrenOrder: false, childkey: '$$', charsAsChildren: false,
        includeWhiteChars: false, async: false, strict: true, attrNameProcessors: null, attrValueProcessors: null,
        tagNameProcessors: null, valueProcessors: null, rootName: 'root',
        xmldec: { version: '1.0', encoding: 'UTF-8', standalone: true }, doctype: null,
        renderOpts: { pretty: true, indent: '  ', newline: '\n' }, headless: false, chunkSize: 10000, emptyTag: '', cdata: false
    };

    function options(given) { return Object.assign({}, defaults, given || {}); }

    // Made once: boa compiles a regular expression literal each time.
    var SPACES = /\s{2,}/g, BOM = /^\uFEFF/;

    function processed(processors, value, key) {
        (processors || []).forEach(function (process) { value = process(value, key); });
        return value;
    }

    function assignOrPush(o, target, key, value) {
        if (!Object.prototype.hasOwnProperty.call(target, key)) {
            target[key] = o.explicitArray ? [value] : value;
        } else {
            if (!Array.isArray(target[key])) { target[key] = [target[key]]; }
            target[key].push(value);
        }
    }

    // One element of the host's tree, as xml2js's open/close handlers make it.
    function shape(o, node) {
        var obj = {}, charkey = o.charkey, attrkey = o.attrkey, cdata = false;
        obj[charkey] = '';
        if (!o.ignoreAttrs) {
            Object.keys(node.attrs).forEach(function (key) {
                var value = o.attrValueProcessors ? processed(o.attrValueProcessors, node.attrs[key], key) : node.attrs[key];
                var name = o.attrNameProcessors ? processed(o.attrNameProcessors, key) : key;
                if (o.mergeAttrs) { assignOrPush(o, obj, name, value); } else {
                    if (!(attrkey in obj)) { obj[attrkey] = {}; }
                    obj[attrkey][name] = value;
                }
            });
        }
        var name = o.tagNameProcessors ? processed(o.tagNameProcessors, node.name) : node.name;
        if (o.normalizeTags) { name = name.toLowerCase(); }
        for (var i = 0; i < node.children.length; i++) {
            var child = node.children[i];
            if (typeof child === 'string') { obj[charkey] += child; continue; }
            if (child.cdata !== undefined) { obj[charkey] += child.cdata; cdata = true; continue; }
            var made = shape(o, child);
            assignOrPush(o, obj, made.name, made.value);
        }
        var emptyText;
        // Blank: what `/^\s*$/` matches, asked without a regular expression.
        if (obj[charkey].trim() === '' && !cdata) {
            emptyText = obj[charkey];
            delete obj[charkey];
        } else {
            if (o.trim) { obj[charkey] = obj[charkey].trim(); }
            if (o.normalize) { obj[charkey] = obj[charkey].replace(SPACES, ' ').trim(); }
            if (o.valueProcessors) { obj[charkey] = processed(o.valueProcessors, obj[charkey], name); }
            if (Object.keys(obj).length === 1 && charkey in obj && !o.explicitCharkey) { obj = obj[charkey]; }
        }
        if (obj !== null && typeof obj === 'object' && Object.keys(obj).length === 0) {
            obj = o.emptyTag !== '' ? o.emptyTag : emptyText;
        }
        return { name: name, value: obj };
    }

    function parse(o, text) {
        text = String(text);
        if (text.trim() === '') { return null; }
        var root = shape(o, host.parseXml(text.replace(BOM, '')));
        if (!o.explicitRoot) { return root.value; }
        var wrapped = {};
        wrapped[root.name] = root.value;
        return wrapped;
    }

    function Parser(given) {
        if (!(this instanceof Parser)) { return new Parser(given); }
        this.options = options(given);
    }
    Parser.prototype.parseString = function (text, callback) {
        var result;
        try {
            result = parse(this.options, text);
        } catch (error) {
            if (typeof callback === 'function') { callback(error); return; }
            throw error;
        }
        // An error thrown by the callback is the script's, as in xml2js.
        if (typeof callback === 'function') { callback(null, result); }
    };
    Parser.prototype.parseStringPromise = function (text) {
        var self = this;
        return new Promise(function (resolve, reject) {
            self.parseString(text, function (error, result) { if (error) { reject(error); } else { resolve(result); } });
        });
    };
    Parser.prototype.reset = function () {};
    Parser.prototype.on = function () { return this; };

    // ---- Builder ----

    function escapeText(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
    }
    function escapeAttr(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
            .replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
    }
    function requiresCDATA(text) { return typeof text === 'string' && (text.indexOf('&') >= 0 || text.indexOf('>') >= 0 || text.indexOf('<') >= 0); }
    function wrapCDATA(text) { return '<![CDATA[' + String(text).replace(/]]>/g, ']]]]><![CDATA[>') + ']]>'; }

    // An element: `{ name, attrs: [[k, v]], children: [element | { text } | { raw }] }`.
    function Element(name) { this.name = name; this.attrs = []; this.children = []; }
    Element.prototype.ele = function (name, text) {
        var child = new Element(name);
        if (text !== undefined) { child.children.push({ text: String(text) }); }
        this.children.push(child);
        return child;
    };

    function Builder(given) {
        if (!(this instanceof Builder)) { return new Builder(given); }
        this.options = options(given);
    }
    Builder.prototype.buildObject = function (rootObj) {
        var o = this.options, attrkey = o.attrkey, charkey = o.charkey, rootName;
        if (Object.keys(rootObj).length === 1 && o.rootName === defaults.rootName) {
            rootName = Object.keys(rootObj)[0];
            rootObj = rootObj[rootName];
        } else {
            rootName = o.rootName;
        }
        function text(element, value) {
            element.children.push(o.cdata && requiresCDATA(value) ? { raw: wrapCDATA(value) } : { text: String(value) });
        }
        function render(element, obj) {
            if (typeof obj !== 'object' || obj === null) {
                text(element, obj);
            } else if (Array.isArray(obj)) {
                obj.forEach(function (child) {
                    Object.keys(child).forEach(function (key) { render(element.ele(key), child[key]); });
                });
            } else {
                Object.keys(obj).forEach(function (key) {
                    var child = obj[key];
                    if (key === attrkey) {
                        if (typeof child === 'object') { Object.keys(child).forEach(function (attr) { element.attrs.push([attr, child[attr]]); }); }
                    } else if (key === charkey) {
                        text(element, child);
                    } else if (Array.isArray(child)) {
                        child.forEach(function (entry) {
                            if (typeof entry === 'string') { text(element.ele(key), entry); } else { render(element.ele(key), entry); }
                        });
                    } else if (child !== null && typeof child === 'object') {
                        render(element.ele(key), child);
                    } else {
                        text(element.ele(key), child === null || child === undefined ? '' : child.toString());
                    }
                });
            }
            return element;
        }
        var root = render(new Element(rootName), rootObj);
        var pretty = o.renderOpts.pretty !== false;
        var indent = pretty ? (o.renderOpts.indent === undefined ? '  ' : o.renderOpts.indent) : '';
        var newline = pretty ? (o.renderOpts.newline === undefined ? '\n' : o.renderOpts.newline) : '';
        var out = '';
        if (!o.headless) {
            var dec = o.xmldec || {};
            out += '<?xml version="' + (dec.version || '1.0') + '"' + (dec.encoding ? ' encoding="' + dec.encoding + '"' : '') +
                (dec.standalone !== undefined && dec.standalone !== null ? ' standalone="' + (dec.standalone ? 'yes' : 'no') + '"' : '') + '?>' + newline;
        }
        function write(element, level) {
            var pad = new Array(level + 1).join(indent);
            // xmlbuilder writes an element whose only text is empty as `<c/>`.
            element.children = element.children.filter(function (child) { return child.text !== ''; });
            var open = '<' + element.name + element.attrs.map(function (a) { return ' ' + a[0] + '="' + escapeAttr(a[1]) + '"'; }).join('');
            if (!element.children.length) { return pad + open + '/>' + newline; }
            var only = element.children.length === 1 && !(element.children[0] instanceof Element) ? element.children[0] : null;
            if (only) { return pad + open + '>' + (only.raw !== undefined ? only.raw : escapeText(only.text)) + '</' + element.name + '>' + newline; }
            var inner = element.children.map(function (child) {
                if (child instanceof Element) { return write(child, level + 1); }
                return pad + indent + (child.raw !== undefined ? child.raw : escapeText(child.text)) + newline;
            }).join('');
            return pad + open + '>' + newline + inner + pad + '</' + element.name + '>' + newline;
        }
        out += write(root, 0);
        return pretty ? out.slice(0, out.length - newline.length) : out;
    };

    var processors = {
        normalize: function (text) { return text.toLowerCase(); },
        firstCharLowerCase: function (text) { return text.charAt(0).toLowerCase() + text.slice(1); },
        stripPrefix: function (text) { return text.replace(/^.*:/, ''); },
        parseNumbers: function (text) { return !isNaN(text) ? (text % 1 === 0 ? parseInt(text, 10) : parseFloat(text)) : text; },
        parseBooleans: function (text) { return /^(?:true|false)$/i.test(text) ? text.toLowerCase() === 'true' : text; }
    };

    var xml2js = {
        defaults: { '0.1': defaults, '0.2': defaults },
        processors: processors,
        Parser: Parser,
        Builder: Builder,
        ValidationError: function (message) { this.message = message; },
        parseString: function (text, given, callback) {
            if (typeof given === 'function') { callback = given; given = {}; }
            new Parser(given).parseString(text, callback);
        },
        parseStringPromise: function (text, given) { return new Parser(given).parseStringPromise(text); }
    };

    // The sandbox's legacy `xml2Json(text)`: xml2js with single children
    // unwrapped and text trimmed; an unparsable document gives `undefined`
    // (the sandbox's callback keeps whatever it is handed).
    // Its options are made once: boa's Object.assign of the forty defaults
    // cost more than parsing a small document. Text that does not parse
    // gives `undefined`, as the callback got no value.
    var legacyOptions = null;
    xml2js.xml2Json = function (text) {
        legacyOptions = legacyOptions || options({ explicitArray: false, async: false, trim: true, mergeAttrs: false });
        try { return parse(legacyOptions, text); } catch (error) { return undefined; }
    };
    return xml2js;
}(__host);
