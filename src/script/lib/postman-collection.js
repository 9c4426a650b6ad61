// `require('postman-collection')`: the classes of Postman's collection SDK
// (postman-collection 4.4.0, the version Newman 6.2's sandbox bundles) that
// scripts build requests, URLs, headers and variable scopes with. Written
// here from the SDK's documented behaviour and checked call by call against
// the real package (scripts/library-golden.js); the rarer classes
// (certificates, proxies, URL match patterns, mutation tracking) say that
// postrun does not provide them rather than answer wrongly.
0, function (host) {
    'use strict';

    // ---- the few lodash behaviours the SDK's semantics rest on ----

    var own = Object.prototype.hasOwnProperty;
    function has(object, key) { return object !== null && object !== undefined && own.call(object, key); }
    function isObject(value) { return value !== null && (typeof value === 'object' || typeof value === 'function'); }
    function isString(value) { return typeof value === 'string'; }
    function isFunction(value) { return typeof value === 'function'; }
    function isNil(value) { return value === null || value === undefined; }
    function isPlainObject(value) {
        if (!value || Object.prototype.toString.call(value) !== '[object Object]') { return false; }
        var proto = Object.getPrototypeOf(value);
        return proto === null || proto === Object.prototype;
    }
    function isEmpty(value) {
        if (isNil(value)) { return true; }
        if (Array.isArray(value) || isString(value)) { return value.length === 0; }
        if (typeof value === 'object') { return Object.keys(value).length === 0; }
        return true;
    }
    function get(object, key, fallback) {
        var value = isNil(object) ? undefined : object[key];
        return value === undefined ? fallback : value;
    }
    function mergeDefined(target, source) {
        Object.keys(source).forEach(function (key) { if (source[key] !== undefined) { target[key] = source[key]; } });
        return target;
    }
    function byteLength(text) {
        try { return unescape(encodeURIComponent(text)).length; } catch (e) { return text.length * 3; }
    }
    function createDefined(object, key, Type, fallback) { return has(object, key) ? new Type(object[key]) : fallback; }
    function choose() {
        for (var i = 0; i < arguments.length; i++) { if (!isEmpty(arguments[i])) { return arguments[i]; } }
    }
    function hide(object, key, value) {
        Object.defineProperty(object, key, { value: value, configurable: true, enumerable: false, writable: true });
    }
    function inherit(child, base) {
        Object.defineProperty(child, 'super_', { value: base, configurable: false, enumerable: false, writable: false });
        child.prototype = Object.create(base.prototype, {
            constructor: { value: child, enumerable: false, writable: true, configurable: true }
        });
        return child;
    }
    function inSuperChain(type, name) {
        for (; type; type = type.super_) { if (type._postman_propertyName === name) { return true; } }
        return false;
    }
    function isA(Type) {
        return function (value) {
            return Boolean(value) && (value instanceof Type || inSuperChain(value.constructor, Type._postman_propertyName));
        };
    }
    // lodash's iteratee shorthands: a function, `{ key: value }`, `[key, value]` or a property name.
    function matcher(rule) {
        if (isFunction(rule)) { return rule; }
        if (Array.isArray(rule)) { return function (item) { return isObject(item) && deepEqual(item[rule[0]], rule[1]); }; }
        if (isObject(rule)) {
            return function (item) {
                return isObject(item) && Object.keys(rule).every(function (key) { return deepEqual(item[key], rule[key]); });
            };
        }
        if (rule === undefined) { return function (item) { return item; }; }
        return function (item) { return isNil(item) ? undefined : item[rule]; };
    }
    function deepEqual(a, b) {
        if (a === b) { return true; }
        if (!isObject(a) || !isObject(b)) { return a !== a && b !== b; }
        var keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every(function (key) { return deepEqual(a[key], b[key]); });
    }
    // lodash's cloneDeepWith(value, toJSON where there is one).
    function cloneElement(value) {
        if (!isObject(value) || isFunction(value)) { return value; }
        if (isFunction(value.toJSON)) { return value.toJSON(); }
        if (Array.isArray(value)) { return value.map(cloneElement); }
        var copy = Object.create(Object.getPrototypeOf(value));
        Object.keys(value).forEach(function (key) { copy[key] = cloneElement(value[key]); });
        return copy;
    }
    // An object as the SDK serialises a property: own keys in order, lists
    // under their singular name, nested properties by their own toJSON.
    function serialise(object) {
        var out = {};
        Object.keys(object).forEach(function (key) {
            var value = object[key];
            if (value === undefined) { return; }
            if (value && value._postman_propertyIsList && !value._postman_proprtyIsSerialisedAsPlural && key.slice(-1) === 's') { key = key.slice(0, -1); }
            out[key] = value && isFunction(value.toJSON) ? value.toJSON() : (isString(value) ? value : cloneElement(value));
        });
        return out;
    }

    // ---- PropertyBase, Property, Description ----

    function PropertyBase(definition) {
        if (!definition || isString(definition)) { return; }
        var source = definition.info || definition, meta = {}, found = false;
        Object.keys(source).forEach(function (key) {
            if (key.charAt(0) === '_' && key !== '_') { meta[key.replace(/^_+/, '')] = source[key]; found = true; }
        });
        if (found) { this._ = isObject(this._) ? mergeDefined(this._, meta) : meta; }
    }
    PropertyBase.prototype = {
        constructor: PropertyBase,
        forEachParent: function (options, iterator) {
            if (isFunction(options)) { iterator = options; options = {}; }
            if (!isFunction(iterator) || !isObject(options)) { return; }
            var parent = this.parent(), grandparent = parent && isFunction(parent.parent) && parent.parent();
            while (parent && (grandparent || options.withRoot)) {
                iterator(parent);
                parent = grandparent;
                grandparent = grandparent && isFunction(grandparent.parent) && grandparent.parent();
            }
        },
        findInParents: function (property, customizer) {
            var owner = this.findParentContaining(property, customizer);
            return owner ? owner[property] : undefined;
        },
        findParentContaining: function (property, customizer) {
            var test = customizer ? customizer.bind(this) : function (node) { return node[property]; };
            for (var node = this; node; node = node.__parent) { if (test(node)) { return node; } }
        },
        toJSON: function () { return serialise(this); },
        meta: function () {
            if (!arguments.length) { return this._ === undefined ? undefined : JSON.parse(JSON.stringify(this._)); }
            var out = {}, meta = this._ || {};
            Array.prototype.slice.call(arguments).forEach(function (key) { if (key in meta) { out[key] = meta[key]; } });
            return out;
        },
        parent: function () { return (this.__parent && (this.__parent.__parent || this.__parent)) || undefined; },
        setParent: function (parent) { hide(this, '__parent', parent); }
    };
    PropertyBase._postman_propertyName = 'PropertyBase';
    PropertyBase.propertyIsMeta = function (value, key) { return key.charAt(0) === '_' && key !== '_'; };
    PropertyBase.propertyUnprefixMeta = function (value, key) { return key.replace(/^_+/, ''); };
    PropertyBase.toJSON = function (object) { return serialise(object); };

    function Description(definition) {
        if (isString(definition)) { definition = { content: definition, type: 'text/plain' }; }
        if (definition) { this.update(definition); }
    }
    Description.prototype = {
        constructor: Description,
        update: function (content, type) {
            if (isObject(content)) { type = content.type; content = content.content; }
            this.content = content;
            this.type = type || 'text/plain';
        },
        toString: function () { return this.content || ''; },
        toJSON: function () { return { content: this.content, type: this.type }; }
    };
    Description._postman_propertyName = 'Description';
    Description.isDescription = isA(Description);

    function Property(definition) {
        PropertyBase.apply(this, arguments);
        var source = (definition && definition.info) || definition;
        var id = (source && source.id) || this.id || (this._ && this._.postman_id) ||
            (this._postman_propertyRequiresId && host.uuid());
        if (id) { this.id = id; }
        if (source && source.name) { this.name = source.name; }
        if (definition && has(definition, 'disabled')) { this.disabled = Boolean(definition.disabled); }
        if (has(source, 'description')) { this.description = createDefined(source, 'description', Description, this.description); }
    }
    inherit(Property, PropertyBase);
    Property.prototype.describe = function (content, type) {
        if (!Description.isDescription(this.description)) { this.description = new Description(); }
        this.description.update(content, type);
    };
    Property.prototype.toObjectResolved = function (scope, overrides, options) {
        var reference = this.toJSON();
        if (Array.isArray(reference.variable)) { delete reference.variable; }
        if (options && options.ignoreOwnVariables) { return Property.replaceSubstitutionsIn(reference, overrides); }
        var source = scope || this, variables;
        do { variables = source.variables; source = source.__parent; } while (!variables && source);
        if (!variables) { throw new Error('Unable to resolve variables. Require a List type property for variable auto resolution.'); }
        return variables.substitute(reference, overrides);
    };
    Property.prototype.findSubstitutions = function () { return Property.findSubstitutions(this.toJSON()); };
    Property._postman_propertyName = 'Property';

    // ---- {{variable}} substitution (the SDK's Substitutor) ----

    var VARIABLE = /\{\{([^{}]*?)}}/g, SUBSTITUTION_PASSES = 19, NATIVE = { string: true, number: true, boolean: true };
    // `{{$guid}}` and the other dynamic variables, from the host's generators.
    var DYNAMIC = {};
    function dynamicValue(name) {
        if (name.charAt(0) !== '$') { return undefined; }
        var written = '{{' + name + '}}', value = host.replaceIn('', written);
        return value === written ? undefined : value;
    }
    function findVariable(sources, key) {
        for (var i = 0; i < sources.length; i++) {
            var source = sources[i];
            if (source === DYNAMIC) {
                var value = dynamicValue(key);
                if (value !== undefined) { return value; }
            } else if (isObject(source)) {
                if (source.constructor && source.constructor._postman_propertyName === 'VariableList') {
                    var variable = source.oneNormalizedVariable(key);
                    if (variable && !variable.disabled) { return variable; }
                } else if (has(source, key)) {
                    return source[key];
                }
            }
        }
    }
    function substitute(text, sources) {
        var passes = 0, replaced;
        function replace(match, token) {
            var found = findVariable(sources, token);
            if (found && isFunction(found)) { found = found(); }
            if (found && isFunction(found.toString)) { found = found.toString(); }
            if (!NATIVE[typeof found]) { return match; }
            replaced += 1;
            return found;
        }
        do {
            replaced = 0;
            text = text.replace(VARIABLE, replace);
            if (replaced) { passes += 1; }
        } while (replaced && passes < SUBSTITUTION_PASSES);
        return text;
    }
    Property.replaceSubstitutions = function (text, variables) {
        if (!(text && isString(text))) { return text; }
        if (!Array.isArray(variables)) { variables = Array.prototype.slice.call(arguments, 1); }
        return substitute(text, variables.concat([DYNAMIC]));
    };
    // As the SDK, nested objects of the input are replaced in place.
    Property.replaceSubstitutionsIn = function (object, variables) {
        if (!(object && isObject(object))) { return object; }
        var sources = (Array.isArray(variables) ? variables : [variables]).concat([DYNAMIC]);
        function replaceIn(value) {
            if (isString(value)) { return substitute(value, sources); }
            if (isObject(value)) { Object.keys(value).forEach(function (key) { value[key] = replaceIn(value[key]); }); }
            return value;
        }
        var out = {};
        Object.keys(object).forEach(function (key) { out[key] = replaceIn(object[key]); });
        return out;
    };
    Property.findSubstitutions = function (value) {
        var found = [], seen = [];
        (function walk(node) {
            if (!node || seen.indexOf(node) >= 0) { return; }
            if (isString(node)) {
                var match, pattern = /\{\{([^{}]*?)}}/g;
                while ((match = pattern.exec(node)) !== null) {
                    var name = match[0].slice(2, -2);
                    if (found.indexOf(name) < 0) { found.push(name); }
                }
            } else if (typeof node === 'object') {
                seen.push(node);
                Object.keys(node).forEach(function (key) { walk(node[key]); });
            }
        })(value);
        return found;
    };

    // ---- PropertyList ----

    function PropertyList(Type, parent, populate) {
        PropertyBase.call(this);
        this.setParent(parent);
        this.members = this.members || [];
        this.reference = this.reference || {};
        this.Type = Type;
        if (has(Type, '_postman_propertyIndexKey')) { this._postman_listIndexKey = Type._postman_propertyIndexKey; }
        if (has(Type, '_postman_propertyIndexCaseInsensitive') && Type._postman_propertyIndexCaseInsensitive) {
            this._postman_listIndexCaseInsensitive = true;
        }
        if (has(Type, '_postman_propertyAllowsMultipleValues') && Type._postman_propertyAllowsMultipleValues) {
            this._postman_listAllowsMultipleValues = true;
        }
        if (populate) { this.populate(populate); }
    }
    inherit(PropertyList, PropertyBase);
    Object.assign(PropertyList.prototype, {
        _postman_propertyIsList: true,
        _postman_listIndexKey: 'id',
        _postman_listIndexCaseInsensitive: false,
        _postman_listAllowsMultipleValues: false,
        _indexOf: function (item) {
            var index = item[this._postman_listIndexKey];
            if (!index) { return undefined; }
            index = String(index);
            return this._postman_listIndexCaseInsensitive ? index.toLowerCase() : index;
        },
        insert: function (item, before) {
            if (!isObject(item)) { return; }
            var duplicate = this.indexOf(item);
            if (PropertyList.isPropertyList(item.__parent) && item.__parent !== this) { item.__parent.remove(item); }
            hide(item, '__parent', this);
            if (duplicate > -1) { this.members.splice(duplicate, 1); }
            if (before) { before = this.indexOf(before); }
            if (before > -1) { this.members.splice(before, 0, item); } else { this.members.push(item); }
            var index = this._indexOf(item);
            if (index === undefined) { return; }
            if (this._postman_listAllowsMultipleValues && own.call(this.reference, index)) {
                if (!Array.isArray(this.reference[index])) { this.reference[index] = [this.reference[index]]; }
                this.reference[index].push(item);
            } else {
                this.reference[index] = item;
            }
        },
        insertAfter: function (item, after) { return this.insert(item, this.idx(this.indexOf(after) + 1)); },
        append: function (item) { return this.insert(item); },
        prepend: function (item) { return this.insert(item, this.idx(0)); },
        add: function (item) {
            if (isNil(item) || (typeof item === 'number' && item !== item)) { return; }
            var Type = this.Type;
            this.insert(item.constructor === Type ? item :
                (has(Type, 'create') ? Type.create.apply(Type, arguments) : new Type(item)));
        },
        upsert: function (item) {
            if (isNil(item) || (typeof item === 'number' && item !== item)) { return null; }
            var existing = this.one(item[this._postman_listIndexKey]);
            if (existing) {
                if (!isFunction(existing.update)) {
                    throw new Error('collection: unable to upsert into a list of Type that does not support .update()');
                }
                existing.update(item);
                return false;
            }
            this.add(item);
            return true;
        },
        remove: function (predicate, context) {
            var list = this, match;
            if (!context) { context = this; }
            if (isString(predicate)) {
                match = this._postman_listIndexCaseInsensitive ? predicate.toLowerCase() : predicate;
                predicate = function (item) {
                    var id = item[list._postman_listIndexKey];
                    if (list._postman_listIndexCaseInsensitive) { id = id.toLowerCase(); }
                    return id === match;
                };
            } else if (isFunction(this.Type) && predicate instanceof this.Type) {
                match = predicate;
                predicate = function (item) { return item === match; };
            }
            if (!isFunction(predicate)) { return; }
            var members = this.members, gone = [];
            members.forEach(function (item, position) {
                if (!predicate.call(context, item, position, members)) { return; }
                var index = list._indexOf(item);
                if (index !== undefined) {
                    var entry = list.reference[index];
                    if (list._postman_listAllowsMultipleValues && Array.isArray(entry)) {
                        entry = entry.filter(function (each) { return each !== item; });
                        if (entry.length === 0) { delete list.reference[index]; }
                        else { list.reference[index] = entry.length === 1 ? entry[0] : entry; }
                    } else {
                        delete list.reference[index];
                    }
                }
                delete item.__parent;
                gone.push(position);
            });
            for (var i = gone.length - 1; i >= 0; i--) { members.splice(gone[i], 1); }
        },
        clear: function () {
            this.members.forEach(function (item) { if (item.__parent) { delete item.__parent; } });
            this.members.length = 0;
            var reference = this.reference;
            Object.keys(reference).forEach(function (key) { delete reference[key]; });
        },
        populate: function (items) {
            if (isString(items) && isFunction(this.Type.parse)) { items = this.Type.parse(items); }
            var add = this.add.bind(this);
            if (Array.isArray(items)) { items.forEach(add); }
            else if (isPlainObject(items) && has(this.Type, 'create')) {
                Object.keys(items).forEach(function (key) { add(items[key], key, items); });
            } else { add(items, 0, [items]); }
        },
        repopulate: function (items) { this.clear(); this.populate(items); },
        assimilate: function (source, prune) {
            var members = PropertyList.isPropertyList(source) ? source.members : source, list = this;
            var indexer = this._postman_listIndexKey, seen = {};
            if (!Array.isArray(members)) { return; }
            members.forEach(function (item) {
                if (!(item && has(item, indexer))) { return; }
                list.upsert(item);
                seen[item[indexer]] = true;
            });
            if (prune) {
                Object.keys(list.reference).forEach(function (key) { if (!has(seen, key)) { list.remove(key); } });
            }
        },
        all: function () { return this.members.slice(); },
        one: function (id) {
            var value = this.reference[this._postman_listIndexCaseInsensitive ? String(id).toLowerCase() : id];
            if (this._postman_listAllowsMultipleValues && Array.isArray(value)) {
                return value.length ? value[value.length - 1] : undefined;
            }
            return value;
        },
        get: function (key) {
            var member = this.one(key);
            return member ? member.valueOf() : undefined;
        },
        // lodash's forEach: returning false stops it.
        each: function (iterator, context) {
            var fn = isFunction(iterator) ? iterator.bind(context || this.__parent) : matcher(iterator);
            var members = this.members;
            for (var i = 0; i < members.length; i++) { if (fn(members[i], i, members) === false) { break; } }
        },
        filter: function (rule, context) {
            return this.members.filter(isFunction(rule) && isObject(context) ? rule.bind(context) : matcher(rule));
        },
        find: function (rule, context) {
            return this.members.find(isFunction(rule) && isObject(context) ? rule.bind(context) : matcher(rule));
        },
        map: function (iterator, context) {
            return this.members.map(isFunction(iterator) ? iterator.bind(context || this) : matcher(iterator));
        },
        // lodash's reduce with an accumulator always given (undefined if left out).
        reduce: function (iterator, accumulator, context) {
            var fn = iterator.bind(context || this), members = this.members;
            for (var i = 0; i < members.length; i++) { accumulator = fn(accumulator, members[i], i, members); }
            return accumulator;
        },
        count: function () { return this.members.length; },
        idx: function (index) { return this.members[index]; },
        indexOf: function (item) { return this.members.indexOf(isString(item) ? this.one(item) : item); },
        has: function (item, value) {
            var match = isString(item) ?
                this.reference[this._postman_listIndexCaseInsensitive ? item.toLowerCase() : item] :
                this.filter(function (member) { return member === item; });
            if (!match) { return false; }
            if (arguments.length === 1) { return Boolean(Array.isArray(match) ? match.length : match); }
            if (this._postman_listAllowsMultipleValues && Array.isArray(match)) {
                return match.some(function (each) { return (isFunction(each.valueOf) ? each.valueOf() : each) === value; });
            }
            if (isFunction(match.valueOf)) { match = match.valueOf(); }
            return match === value;
        },
        eachParent: function (iterator, context) {
            if (!isFunction(iterator)) { return; }
            var previous;
            for (var parent = this.__parent; parent; parent = parent.__parent) {
                iterator.call(context || this, parent, previous);
                previous = parent;
            }
        },
        toObject: function (excludeDisabled, caseSensitive, multiValue, sanitizeKeys) {
            var out = {}, key = this._postman_listIndexKey, sanitise = this._postman_sanitizeKeys || sanitizeKeys;
            var sensitive = !this._postman_listIndexCaseInsensitive || caseSensitive;
            var multi = this._postman_listAllowsMultipleValues || multiValue;
            this.members.forEach(function (member) {
                if (!member || !has(member, key) || (excludeDisabled && member.disabled) || (sanitise && !member[key])) { return; }
                var name = sensitive ? member[key] : String(member[key]).toLowerCase();
                if (multi && has(out, name)) {
                    if (!Array.isArray(out[name])) { out[name] = [out[name]]; }
                    out[name].push(member.valueOf());
                } else {
                    out[name] = member.valueOf();
                }
            });
            return out;
        },
        toString: function () {
            if (this.Type && this.Type.unparse) { return this.Type.unparse(this.members); }
            // The SDK calls itself here without end.
            throw new RangeError('Maximum call stack size exceeded');
        },
        toJSON: function () {
            return this.members.map(function (member) {
                return !isEmpty(member) && isFunction(member.toJSON) ? member.toJSON() : serialise(member);
            });
        }
    });
    PropertyList._postman_propertyName = 'PropertyList';
    PropertyList._unlinkItemFromParent = function (item) { if (item.__parent) { delete item.__parent; } };
    PropertyList.isPropertyList = isA(PropertyList);

    // ---- QueryParam, Header, FormParam ----

    var QUERY_VARIABLE = /{{[^{}]*[&#=][^{}]*}}/g;
    function encodeReserved(text, encodeEquals) {
        if (!text) { return text; }
        text = text.replace(/&/g, '%26').replace(/#/g, '%23');
        return encodeEquals ? text.replace(/=/g, '%3D') : text;
    }
    // `&`, `#` (and `=` in keys) escaped, except inside {{variables}}.
    function normaliseParam(text, encodeEquals) {
        if (!(text && isString(text))) { return text; }
        if (!/[&#]/.test(text) && !(encodeEquals && text.indexOf('=') !== -1)) { return text; }
        var out = '', at = 0, match;
        QUERY_VARIABLE.lastIndex = 0;
        while ((match = QUERY_VARIABLE.exec(text)) !== null) {
            out += encodeReserved(text.slice(at, match.index), encodeEquals) + match[0];
            at = match.index + match[0].length;
        }
        return at < text.length ? out + encodeReserved(text.slice(at), encodeEquals) : out;
    }

    function QueryParam(options) {
        Property.apply(this, arguments);
        this.update(options);
    }
    inherit(QueryParam, Property);
    QueryParam.prototype.toString = function () { return QueryParam.unparseSingle(this); };
    QueryParam.prototype.update = function (param) {
        var parts = isString(param) ? QueryParam.parseSingle(param) : { key: get(param, 'key'), value: get(param, 'value') };
        this.key = parts.key;
        this.value = parts.value;
        if (has(param, 'system')) { this.system = param.system; }
    };
    QueryParam.prototype.valueOf = function () { return isString(this.value) ? this.value : ''; };
    Object.assign(QueryParam, {
        _postman_propertyName: 'QueryParam',
        _postman_propertyIndexKey: 'key',
        _postman_propertyAllowsMultipleValues: true,
        parse: function (query) { return isString(query) ? query.split('&').map(QueryParam.parseSingle) : []; },
        parseSingle: function (param, position, all) {
            if (param === '' && typeof position === 'number' && Array.isArray(all) && position !== all.length - 1) {
                return { key: null, value: null };
            }
            var at = isString(param) ? param.indexOf('=') : -1;
            if (at < 0) { return { key: param.substr(0, param.length), value: null }; }
            return { key: param.substr(0, at), value: param.substr(at + 1) };
        },
        unparse: function (params) {
            if (!params) { return ''; }
            if (!Array.isArray(params) && !PropertyList.isPropertyList(params)) {
                return Object.keys(params).reduce(function (text, key) {
                    return (text ? text + '&' : text) + QueryParam.unparseSingle({ key: key, value: params[key] });
                }, '');
            }
            var first = true;
            return params.reduce(function (text, param) {
                if (param.disabled === true) { return text; }
                if (first) { first = false; } else { text += '&'; }
                return text + QueryParam.unparseSingle(param);
            }, '');
        },
        unparseSingle: function (param) {
            if (!param) { return ''; }
            var text = isString(param.key) ? normaliseParam(param.key, true) : '';
            if (isString(param.value)) { text += '=' + normaliseParam(param.value); }
            return text;
        }
    });

    function Header(options, name) {
        if (isString(options)) { options = isString(name) ? { key: name, value: options } : Header.parseSingle(options); }
        Property.apply(this, arguments);
        this.update(options);
    }
    inherit(Header, Property);
    Header.prototype.toString = function () { return this.key + ': ' + this.value; };
    Header.prototype.valueOf = function () { return this.value; };
    Header.prototype.update = function (options) {
        this.key = get(options, 'key') || '';
        this.value = get(options, 'value', '');
        if (has(options, 'system')) { this.system = options.system; }
        if (has(options, 'disabled')) { this.disabled = options.disabled; }
    };
    Object.assign(Header, {
        _postman_propertyName: 'Header',
        _postman_propertyIndexKey: 'key',
        _postman_propertyIndexCaseInsensitive: true,
        _postman_propertyAllowsMultipleValues: true,
        parse: function (text) {
            var headers = [], line = /^(\S+):(.*)$/gm;
            text = String(text).replace(/\r\n([ \t])/g, '$1');
            var match;
            while ((match = line.exec(text)) !== null) {
                headers.push({ key: match[1], value: match[2].replace(/^\s*(.*\S)?\s*$/, '$1') });
            }
            return headers;
        },
        parseSingle: function (text) {
            if (!isString(text)) { return { key: '', value: '' }; }
            var at = text.indexOf(':');
            if (at < 0) { at = text.length; }
            return { key: text.substr(0, at).trim(), value: text.substr(at + 1).trim() };
        },
        unparse: function (headers, separator) {
            if (separator === undefined) { separator = '\r\n'; }
            if (!Array.isArray(headers) && !PropertyList.isPropertyList(headers)) { return ''; }
            return headers.reduce(function (text, header) {
                return header && !header.disabled ? text + Header.unparseSingle(header) + separator : text;
            }, '');
        },
        unparseSingle: function (header) { return isObject(header) ? header.key + ': ' + header.value : ''; },
        create: function (value, name) { return new Header(value, name); }
    });
    Header.isHeader = isA(Header);

    function HeaderList(parent, headers) { PropertyList.call(this, Header, parent, headers); }
    inherit(HeaderList, PropertyList);
    HeaderList.prototype.contentSize = function () { return this.count() ? Header.unparse(this).length : 0; };
    HeaderList._postman_propertyName = 'HeaderList';
    HeaderList.isHeaderList = isA(HeaderList);

    function FormParam(options) {
        if (options === undefined) { options = {}; }
        Property.apply(this, arguments);
        this.key = options.key || '';
        this.value = options.value || '';
        this.type = options.type;
        this.src = options.src;
        this.contentType = options.contentType;
        this.fileName = options.fileName;
    }
    inherit(FormParam, Property);
    FormParam.prototype.toString = function () { return this.key + '=' + this.value; };
    FormParam.prototype.valueOf = function () { return this.value; };
    FormParam.prototype.toJSON = function () {
        var out = serialise(this);
        if (out.type === 'file' && (!isString(out.value) || !out.value)) { delete out.value; }
        return out;
    };
    Object.assign(FormParam, {
        _postman_propertyName: 'FormParam', _postman_propertyIndexKey: 'key',
        _postman_propertyAllowsMultipleValues: true, parse: function () {}
    });

    // ---- Variable, VariableList, VariableScope ----

    function jsonIn(value) {
        try { return isString(value) ? value : JSON.stringify(value); } catch (e) { return 'null'; }
    }
    function jsonOut(accept) {
        return function (text) {
            var value;
            try { value = JSON.parse(text); } catch (e) { value = undefined; }
            return accept(value) ? value : undefined;
        };
    }
    function Variable(definition) {
        Property.apply(this, arguments);
        var indexer = this.constructor._postman_propertyIndexKey;
        this.type = 'any';
        this.value = undefined;
        if (!isNil(definition)) {
            if (has(definition, indexer)) { this[indexer] = definition[indexer]; }
            this.update(definition);
        }
    }
    inherit(Variable, Property);
    Object.assign(Variable.prototype, {
        get: function () { return isFunction(this.value) ? this.castOut(this.value()) : this.castOut(this.value); },
        set: function (value) { this.value = isFunction(value) ? value : this.castIn(value); },
        valueOf: function (value) {
            if (arguments.length) { this.set(value); }
            return this.get();
        },
        toString: function () {
            var value = this.valueOf();
            if (value === null) { return 'null'; }
            return !isNil(value) && isFunction(value.toString) ? value.toString() : '';
        },
        cast: function (value) { return this.castOut(value); },
        castIn: function (value) {
            var handler = Variable.types[this.type] || Variable.types.any;
            return isFunction(handler) ? handler(value) : handler.in(value);
        },
        castOut: function (value) {
            var handler = Variable.types[this.type] || Variable.types.any;
            return isFunction(handler) ? handler(value) : handler.out(value);
        },
        valueType: function (typeName, noCast) {
            if (!isNil(typeName)) { typeName = typeName.toString().toLowerCase(); }
            if (!has(Variable.types, typeName)) { return this.type || 'any'; }
            this.type = typeName;
            if (!(noCast || isFunction(this.value))) { this.set(this.get()); }
            return this.type;
        },
        update: function (options) {
            if (!isObject(options)) { return; }
            if (has(options, 'type')) { this.valueType(options.type, has(options, 'value')); }
            if (has(options, 'value')) { this.set(options.value); }
            if (has(options, 'system')) { this.system = options.system; }
            if (has(options, 'disabled')) { this.disabled = options.disabled; }
            if (has(options, 'description')) { this.describe(options.description); }
        }
    });
    Object.assign(Variable, {
        _postman_propertyName: 'Variable',
        _postman_propertyIndexKey: 'key',
        types: {
            string: String,
            boolean: Boolean,
            number: Number,
            array: { in: jsonIn, out: jsonOut(Array.isArray) },
            object: { in: jsonIn, out: jsonOut(function (v) { return v instanceof Object && !Array.isArray(v); }) },
            any: { in: function (v) { return v; }, out: function (v) { return v; } }
        }
    });
    Variable.isVariable = isA(Variable);

    function VariableList(parent, populate) { PropertyList.call(this, Variable, parent, populate); }
    inherit(VariableList, PropertyList);
    Object.assign(VariableList.prototype, {
        replace: function (text, overrides) { return Property.replaceSubstitutions(text, this, overrides); },
        substitute: function (object, overrides) {
            var sources = [], node = { variables: this, __parent: this.__parent };
            for (; node; node = node.__parent) { if (node.variables) { sources.push(node.variables); } }
            // lodash's union: overrides count only as an array.
            if (Array.isArray(overrides)) {
                overrides.forEach(function (o) { if (sources.indexOf(o) < 0) { sources.push(o); } });
            }
            return Property.replaceSubstitutionsIn(object, sources);
        },
        syncFromObject: function (object, track, prune) {
            var list = this, indexer = this._postman_listIndexKey;
            var ops = track && { created: [], updated: [], deleted: [] };
            if (!isObject(object)) { return ops; }
            Object.keys(object).forEach(function (key) {
                var value = object[key];
                if (list.has(key)) {
                    list.one(key).set(value);
                    if (ops) { ops.updated.push(key); }
                } else {
                    var made = { value: value };
                    made[indexer] = key;
                    list.add(made);
                    if (ops) { ops.created.push(key); }
                }
            });
            if (prune !== false) {
                Object.keys(list.reference).forEach(function (key) {
                    if (has(object, key)) { return; }
                    list.remove(key);
                    if (ops) { ops.deleted.push(key); }
                });
            }
            return ops;
        },
        syncToObject: function (object) {
            var list = this;
            if (!isObject(object)) { object = {}; }
            Object.keys(object).forEach(function (key) { if (!has(list.reference, key)) { delete object[key]; } });
            list.each(function (variable) { object[variable.key] = variable.valueOf(); });
            return object;
        },
        oneNormalizedVariable: function (name) {
            var variable = this.reference[name];
            if (variable && !variable.disabled) { return variable; }
            for (var i = this.members.length - 1; i >= 0; i--) {
                variable = this.members[i];
                if (variable[this._postman_listIndexKey] === name && !variable.disabled) {
                    this.reference[name] = variable;
                    break;
                }
            }
            return this.reference[name];
        }
    });
    VariableList._postman_propertyName = 'VariableList';
    VariableList.isVariableList = isA(VariableList);

    function VariableScope(definition, layers) {
        if (Array.isArray(definition) || VariableList.isVariableList(definition)) { definition = { values: definition }; }
        if (layers && !Array.isArray(layers)) { layers = [layers]; }
        Property.call(this, definition);
        var values = definition && definition.values;
        this.values = new VariableList(this, VariableList.isVariableList(values) ? values.toJSON() : values);
        if (layers) { this._layers = layers.filter(VariableList.isVariableList); }
        if (definition && definition.mutations) { this.mutations = new MutationTracker(definition.mutations); }
    }
    inherit(VariableScope, Property);
    Object.assign(VariableScope.prototype, {
        _postman_propertyRequiresId: true,
        variables: function () {
            throw new Error('`VariableScope#variables` has been discontinued, use `VariableScope#syncVariablesTo` instead.');
        },
        toObject: function (excludeDisabled, caseSensitive) {
            var out = {};
            (this._layers || []).slice().reverse().forEach(function (layer) {
                Object.assign(out, layer.toObject(excludeDisabled, caseSensitive));
            });
            return Object.assign(out, this.values.toObject(excludeDisabled, caseSensitive));
        },
        _find: function (key) {
            var variable = this.values.oneNormalizedVariable(key);
            if ((!variable || variable.disabled === true) && this._layers) {
                for (var i = 0; i < this._layers.length; i++) {
                    variable = this._layers[i].oneNormalizedVariable(key);
                    if (variable && variable.disabled !== true) { break; }
                }
            }
            return variable && variable.disabled !== true ? variable : undefined;
        },
        has: function (key) { return Boolean(this._find(key)); },
        get: function (key) {
            var variable = this._find(key);
            return variable ? variable.valueOf() : undefined;
        },
        set: function (key, value, type) {
            var variable = this.values.oneNormalizedVariable(key), update = { key: key, value: value };
            if (isString(type)) { update.type = type; }
            if (variable && !variable.disabled) { variable.update(update); } else { this.values.add(update); }
            if (this._postman_enableTracking) { this.mutations.track('set', key, value); }
        },
        unset: function (key) {
            var lastDisabled;
            this.values.remove(function (variable) {
                if (variable.key !== key) { return false; }
                if (variable.disabled) { lastDisabled = variable; return false; }
                return true;
            });
            if (lastDisabled) { this.values.reference[key] = lastDisabled; }
            if (this._postman_enableTracking) { this.mutations.track('unset', key); }
        },
        clear: function () {
            var mutations = this.mutations;
            if (this._postman_enableTracking) { this.values.each(function (variable) { mutations.track('unset', variable.key); }); }
            this.values.clear();
        },
        replaceIn: function (template) {
            var sources = [this.values].concat(this._layers || [undefined]);
            if (isString(template) || Array.isArray(template)) {
                return Property.replaceSubstitutionsIn({ template: template }, sources).template;
            }
            return isObject(template) ? Property.replaceSubstitutionsIn(template, sources) : template;
        },
        // Tracking starts afresh each time it is turned on.
        enableTracking: function (options) {
            if (this._postman_enableTracking) { return; }
            this._postman_enableTracking = true;
            this.mutations = new MutationTracker(options);
        },
        disableTracking: function () { this._postman_enableTracking = false; },
        applyMutation: function (instruction, key, value) { if (this[instruction]) { this[instruction](key, value); } },
        syncVariablesFrom: function (object, track) { return this.values.syncFromObject(object, track); },
        syncVariablesTo: function (object) { return this.values.syncToObject(object); },
        toJSON: function () {
            var out = serialise(this);
            if (out.value) { out.values = out.value; delete out.value; }
            delete out._layers;
            if (out._postman_enableTracking) { delete out._postman_enableTracking; }
            return out;
        },
        addLayer: function (list) {
            if (!VariableList.isVariableList(list)) { return; }
            (this._layers = this._layers || []).push(list);
        }
    });
    VariableScope._postman_propertyName = 'VariableScope';
    VariableScope.isVariableScope = isA(VariableScope);

    // ---- Url ----

    // postman-url-encoder's parser: {{variables}} holding separators are
    // set aside first, so they are never split.
    var URL_VARIABLE = /{{[^{}]*[.:/?#@&\]][^{}]*}}/g;
    function parseUrlParts(text) {
        var parsed = { raw: text, protocol: undefined, auth: undefined, host: undefined, port: undefined,
            path: undefined, query: undefined, hash: undefined };
        if (!(text && isString(text))) { return parsed; }
        parsed.raw = text = text.replace(/^\s+/, '');
        var held = [];
        var rest = text.replace(URL_VARIABLE, function (variable) { held.push(variable); return '\uE000' + (held.length - 1) + '\uE001'; });
        function restore(piece) {
            return held.length ? piece.replace(/\uE000(\d+)\uE001/g, function (m, i) { return held[Number(i)]; }) : piece;
        }
        var at = rest.indexOf('#');
        if (at !== -1) { parsed.hash = restore(rest.slice(at + 1)); rest = rest.slice(0, at); }
        at = rest.indexOf('?');
        if (at !== -1) { parsed.query = rest.slice(at + 1).split('&').map(restore); rest = rest.slice(0, at); }
        rest = rest.replace(/\\/g, '/');
        at = rest.indexOf('://');
        if (at !== -1) {
            parsed.protocol = restore(rest.slice(0, at));
            rest = rest.slice(at + 3).replace(/^\/+/, parsed.protocol.toLowerCase() === 'file' ? '/' : '');
        }
        at = rest.indexOf('/');
        if (at !== -1) { parsed.path = rest.slice(at + 1).split('/').map(restore); rest = rest.slice(0, at); }
        at = rest.lastIndexOf('@');
        if (at !== -1) {
            var auth = rest.slice(0, at), colon = auth.indexOf(':');
            parsed.auth = (colon !== -1 ? [auth.slice(0, colon), auth.slice(colon + 1)] : [auth]).map(restore);
            rest = rest.slice(at + 1);
        }
        at = rest.lastIndexOf(':');
        if (at !== -1 && rest.slice(at + 1).indexOf(']') === -1) { parsed.port = restore(rest.slice(at + 1)); rest = rest.slice(0, at); }
        if (rest) { parsed.host = rest.split('.').map(restore); }
        return parsed;
    }
    function pathVariable(segment) {
        if (!String(segment).startsWith(':')) { return null; }
        var dot = segment.indexOf('.');
        return segment.slice(1, dot === -1 ? undefined : dot) || null;
    }

    function Url(options) {
        PropertyBase.apply(this, arguments);
        this.update(options);
    }
    inherit(Url, PropertyBase);
    Object.assign(Url.prototype, {
        update: function (url) {
            if (!url) { url = ''; }
            var parsed = isString(url) ? Url.parse(url) : url;
            var query = parsed.query, variable = parsed.variable, path = parsed.path, host = parsed.host;
            if (query) {
                if (isString(query)) { query = QueryParam.parse(query); }
                if (!Array.isArray(query) && Object.keys(query).length) {
                    query = Object.keys(query).map(function (key) { return { key: key, value: query[key] }; });
                }
            }
            if (Array.isArray(variable)) {
                variable = variable.map(function (v) { if (isObject(v)) { v.key = v.key || v.id; } return v; });
            }
            if (isString(path)) {
                if (path) { path = path.replace(/^\/((.+))$/, '$1'); }
                path = path ? (path === '/' ? [''] : path.split('/')) : undefined;
            }
            if (isString(host)) { host = host.split(/\.(?![^{]*\}{2})/g); }
            this.auth = parsed.auth;
            this.protocol = parsed.protocol;
            this.port = parsed.port;
            this.path = path;
            this.hash = parsed.hash;
            this.host = host;
            this.query = new PropertyList(QueryParam, this, query || []);
            this.variables = new VariableList(this, variable || []);
        },
        addQueryParams: function (params) { this.query.populate(isString(params) ? QueryParam.parse(params) : params); },
        removeQueryParams: function (params) {
            params = Array.isArray(params) ? params.map(function (p) { return p.key ? p.key : p; }) : [params];
            this.query.remove(function (param) { return params.indexOf(param.key) !== -1; });
        },
        getRaw: function () { throw new Error('`Url#getRaw` has been discontinued, use `Url#toString` instead.'); },
        toString: function (forceProtocol) {
            var raw = '', protocol = this.protocol;
            if (forceProtocol && !protocol) { protocol = 'http://'; }
            if (protocol) { raw += protocol.endsWith('://') ? protocol : protocol + '://'; }
            if (this.auth) {
                var auth;
                if (isString(this.auth.user)) { auth = this.auth.user; }
                if (isString(this.auth.password)) { auth = (auth || '') + ':' + this.auth.password; }
                if (isString(auth)) { raw += auth + '@'; }
            }
            if (this.host) { raw += this.getHost(); }
            if (this.port !== null && this.port !== undefined && isFunction(this.port.toString)) { raw += ':' + this.port.toString(); }
            if (this.path) { raw += this.getPath(); }
            if (this.query && this.query.count()) {
                var query = this.getQueryString();
                if (query === '') { query = this.query.find(function (p) { return !(p && p.disabled); }) && ''; }
                if (isString(query)) { raw += '?' + query; }
            }
            if (isString(this.hash)) { raw += '#' + this.hash; }
            return raw;
        },
        getPath: function (unresolved) {
            if (unresolved) { return '/' + this.path.join('/'); }
            var variables = this.variables;
            return '/' + (this.path || []).map(function (segment) {
                var name = pathVariable(segment), value = variables.get(name);
                return value && isString(value) ? value + segment.slice(name.length + 1) : segment;
            }).join('/');
        },
        getQueryString: function () { return this.query.count() ? QueryParam.unparse(this.query.all()) : ''; },
        getPathWithQuery: function () {
            var query = this.getQueryString();
            return this.getPath() + (query ? '?' + query : '');
        },
        getHost: function () {
            if (!this.host) { return ''; }
            return Array.isArray(this.host) ? this.host.join('.') : this.host.toString();
        },
        getRemote: function (forcePort) {
            var host = this.getHost(), port = this.port && this.port.toString();
            if (forcePort && !port) { port = this.protocol && this.protocol === 'https' ? '443' : '80'; }
            return port ? host + ':' + port : host;
        },
        getOAuth1BaseUrl: function () {
            var protocol = this.protocol || 'http', port = this.port ? this.port.toString() : undefined;
            var host = ((port === '80' || port === '443' || port === undefined) && this.host.join('.')) ||
                (this.host.join('.') + ':' + port);
            protocol = protocol.endsWith('://') ? protocol : protocol + '://';
            return protocol.toLowerCase() + host.toLowerCase() + this.getPath();
        }
    });
    Url._postman_propertyName = 'Url';
    Url.parse = function (text) {
        var url = parseUrlParts(text), seen = {};
        if (url.auth) { url.auth = { user: url.auth[0], password: url.auth[1] }; }
        if (url.query) { url.query = url.query.map(QueryParam.parseSingle); }
        var variables = [];
        (url.path || []).forEach(function (segment) {
            var name = pathVariable(segment);
            if (name && !seen[name]) { seen[name] = true; variables.push({ key: name }); }
        });
        url.variable = variables.length ? variables : undefined;
        return url;
    };
    Url.isUrl = isA(Url);

    // ---- RequestBody, RequestAuth, Request ----

    var MODES = { file: 'file', formdata: 'formdata', graphql: 'graphql', raw: 'raw', urlencoded: 'urlencoded' };
    function RequestBody(options) {
        PropertyBase.apply(this, arguments);
        if (options) { this.update(options); }
    }
    inherit(RequestBody, PropertyBase);
    Object.assign(RequestBody.prototype, {
        update: function (options) {
            if (isString(options)) { options = { mode: 'raw', raw: options }; }
            if (!options.mode) { return; }
            var mode = MODES[options.mode.toString().toLowerCase()] || MODES.raw;
            var urlencoded = options.urlencoded, formdata = options.formdata, graphql = options.graphql;
            var file = options.file, raw = options.raw;
            if (urlencoded) {
                if (isString(urlencoded)) { urlencoded = QueryParam.parse(urlencoded); }
                urlencoded = new PropertyList(QueryParam, this, urlencoded);
            }
            if (formdata) { formdata = new PropertyList(FormParam, this, formdata); }
            if (graphql) { graphql = { query: graphql.query, operationName: graphql.operationName, variables: graphql.variables }; }
            if (isString(file)) { file = { src: file }; }
            if (mode === 'raw' && !raw) { raw = ''; }
            if (mode === 'urlencoded' && !urlencoded) { urlencoded = new PropertyList(QueryParam, this, []); }
            if (mode === 'formdata' && !formdata) { formdata = new PropertyList(FormParam, this, []); }
            if (mode === 'graphql' && !graphql) { graphql = {}; }
            this.mode = mode;
            this.raw = raw;
            this.urlencoded = urlencoded;
            this.formdata = formdata;
            this.file = file;
            this.graphql = graphql;
            this.options = isObject(options.options) ? options.options : undefined;
            this.disabled = options.disabled;
        },
        toString: function () {
            if (this.mode === 'urlencoded') {
                if (PropertyList.isPropertyList(this.urlencoded)) { return QueryParam.unparse(this.urlencoded.all()); }
                return this.urlencoded && isFunction(this.urlencoded.toString) ? this.urlencoded.toString() : '';
            }
            if (this.mode === 'raw') { return this.raw && isFunction(this.raw.toString) ? this.raw.toString() : ''; }
            return '';
        },
        isEmpty: function () {
            var data = this.mode && this[this.mode];
            if (!data) { return true; }
            if (this.mode === 'file') { return !(data.src || data.content); }
            if (isString(data)) { return data.length === 0; }
            if (isFunction(data.count)) { return data.count() === 0; }
            return isEmpty(data);
        },
        toJSON: function () {
            var out = serialise(this);
            if (out.file && out.file.content && !isString(out.file.content)) { delete out.file.content; }
            return out;
        }
    });
    RequestBody._postman_propertyName = 'RequestBody';
    RequestBody.MODES = MODES;

    function validAuthType(type) { return isString(type) && type !== 'type'; }
    function authParameters(auth, type) {
        var parameters = auth[type];
        if (!VariableList.isVariableList(parameters)) { parameters = auth[type] = new VariableList(auth); }
        return parameters;
    }
    function fillParameters(parameters, options) {
        if (Array.isArray(options) || VariableList.isVariableList(options)) { parameters.assimilate(options); }
        else { parameters.syncFromObject(options, false, false); }
    }
    function RequestAuth(options, parent) {
        Property.call(this, options);
        if (parent) { this.setParent(parent); }
        if (has(options, 'type')) { this.use(options.type); }
        var self = this;
        if (isObject(options)) {
            Object.keys(options).forEach(function (key) { if (key !== 'type') { self.update(options[key], key); } });
        }
    }
    inherit(RequestAuth, Property);
    Object.assign(RequestAuth.prototype, {
        update: function (options, type) {
            if (!isObject(options)) { return; }
            if (!type) { type = this.type; }
            if (!validAuthType(type)) { return; }
            var parameters = this[type];
            if (!VariableList.isVariableList(parameters)) {
                parameters = this[type] = new VariableList(this);
                parameters._postman_requestAuthType = type;
            }
            fillParameters(parameters, options);
        },
        use: function (type, options) {
            if (!validAuthType(type)) { return; }
            this.type = type;
            fillParameters(authParameters(this, type), options);
        },
        current: function () { throw new Error('`Request#current` has been discontinued, use `Request#parameters` instead.'); },
        parameters: function () { return this[this.type]; },
        clear: function (type) {
            if (!(validAuthType(type) && VariableList.isVariableList(this[type]))) { return; }
            this[type].clear();
            if (type !== this.type) { delete this[type]; }
        }
    });
    RequestAuth._postman_propertyName = 'RequestAuth';
    RequestAuth.isValidType = validAuthType;

    function Request(options) {
        Property.apply(this, arguments);
        if (isString(options)) { options = { url: options }; }
        this.url = new Url();
        this.headers = new HeaderList(this, options && options.header);
        this.method = has(options, 'method') && !isNil(options.method) ? String(options.method).toUpperCase() : 'GET';
        this.update(options);
    }
    inherit(Request, Property);
    Object.assign(Request.prototype, {
        update: function (options) {
            if (!options) { return; }
            if (has(options, 'url')) { this.url.update(options.url); }
            if (options.header) { this.headers.repopulate(options.header); }
            if (has(options, 'method')) { this.method = isNil(options.method) ? 'GET' : String(options.method).toUpperCase(); }
            mergeDefined(this, {
                body: createDefined(options, 'body', RequestBody),
                auth: options.auth ? new RequestAuth(options.auth) : undefined,
                proxy: options.proxy ? new ProxyConfig(options.proxy) : undefined,
                certificate: options.certificate ? new Certificate(options.certificate) : undefined
            });
        },
        authorizeUsing: function (type, options) {
            if (isObject(type) && isNil(options)) {
                options = Object.assign({}, type);
                delete options.type;
                type = type.type;
            }
            if (type === null) { delete this.auth; return; }
            if (!validAuthType(type)) { return; }
            if (!this.auth) { this.auth = new RequestAuth(null, this); } else { this.auth.clear(type); }
            this.auth.use(type, options);
        },
        getHeaders: function (options) {
            options = options || {};
            return this.headers.toObject(options.enabled, !options.ignoreCase, options.multiValue, options.sanitizeKeys);
        },
        forEachHeader: function (callback) {
            var self = this;
            this.headers.all().forEach(function (header) { callback(header, self); });
        },
        addHeader: function (header) { this.headers.add(header); },
        removeHeader: function (name, options) {
            name = isString(name) ? name : name.key;
            options = options || {};
            if (!name) { return; }
            if (options.ignoreCase) { name = name.toLowerCase(); }
            this.headers.remove(function (header) {
                return (options.ignoreCase ? header.key.toLowerCase() : header.key) === name;
            });
        },
        upsertHeader: function (header) {
            if (!(header && header.key)) { return; }
            var existing = this.headers.find({ key: header.key });
            if (!existing) { return this.headers.add(header); }
            existing.value = header.value;
        },
        addQueryParams: function (params) { this.url.addQueryParams(params); },
        removeQueryParams: function (params) { this.url.removeQueryParams(params); },
        size: function () {
            var length = this.headers.get('Content-Length'), size = { body: 0, header: 0, total: 0, source: 'COMPUTED' };
            if (length && !isNaN(parseFloat(length)) && isFinite(length)) {
                size.body = parseInt(length, 10);
                size.source = 'CONTENT-LENGTH';
            } else if (this.body) {
                size.body = byteLength(this.body.toString());
            }
            size.header = (this.method + ' ' + this.url.getPathWithQuery() + ' HTTP/X.X\r\n\r\n').length + this.headers.contentSize();
            size.total = (size.body || 0) + size.header;
            return size;
        },
        toJSON: function () {
            var out = serialise(this);
            if (Array.isArray(out.header) && !out.header.length) { delete out.header; }
            return out;
        },
        clone: function () { return new Request(this.toJSON()); }
    });
    Request._postman_propertyName = 'Request';
    Request.isRequest = isA(Request);

    // ---- Cookie, Response ----

    var COOKIE_ATTRIBUTES = { httponly: 'httpOnly', secure: 'secure', domain: 'domain', path: 'path',
        'max-age': 'maxAge', session: 'session', expires: 'expires' };
    function ensureEncoded(text) {
        try { text = decodeURIComponent(text); } catch (e) { /* as written */ }
        try { return encodeURIComponent(text); } catch (e) { return text; }
    }
    function Cookie(options) {
        PropertyBase.call(this, options);
        if (isString(options)) { options = Cookie.parse(options); }
        if (options) { this.update(options); }
    }
    inherit(Cookie, PropertyBase);
    Object.assign(Cookie.prototype, {
        update: function (options) {
            mergeDefined(this, {
                name: choose(options.name, options.key),
                expires: isString(options.expires) ? new Date(options.expires) : options.expires,
                maxAge: has(options, 'maxAge') ? Number(options.maxAge) : undefined,
                domain: options.domain,
                path: options.path,
                secure: has(options, 'secure') ? Boolean(options.secure) : undefined,
                httpOnly: has(options, 'httpOnly') ? Boolean(options.httpOnly) : undefined,
                hostOnly: has(options, 'hostOnly') ? Boolean(options.hostOnly) : undefined,
                session: has(options, 'session') ? Boolean(options.session) : undefined,
                value: options.value ? ensureEncoded(options.value) : undefined,
                extensions: options.extensions || undefined
            });
        },
        valueOf: function () {
            try { return decodeURIComponent(this.value); } catch (e) { return this.value; }
        },
        toString: function () {
            var text = Cookie.unparseSingle(this);
            if (this.expires instanceof Date) {
                if (!isNaN(this.expires.getTime())) { text += '; Expires=' + this.expires.toUTCString(); }
            } else if (this.expires) { text += '; Expires=' + this.expires; }
            if (this.maxAge && this.maxAge !== Infinity) { text += '; Max-Age=' + this.maxAge; }
            if (this.domain && !this.hostOnly) { text += '; Domain=' + this.domain; }
            if (this.path) { text += '; Path=' + this.path; }
            if (this.secure) { text += '; Secure'; }
            if (this.httpOnly) { text += '; HttpOnly'; }
            (this.extensions || []).forEach(function (e) { text += '; ' + e.key + (e.value === true ? '' : '=' + e.value); });
            return text;
        }
    });
    Object.assign(Cookie, {
        _postman_propertyName: 'Cookie',
        _postman_propertyIndexKey: 'name',
        _postman_propertyIndexCaseInsensitive: true,
        _postman_propertyAllowsMultipleValues: true,
        unparse: function (cookies) {
            if (!Array.isArray(cookies) && !PropertyList.isPropertyList(cookies)) { return ''; }
            return cookies.map(Cookie.unparseSingle).join('; ');
        },
        unparseSingle: function (cookie) {
            if (!isObject(cookie)) { return ''; }
            var value = isNil(cookie.value) ? '' : cookie.value;
            return cookie.name ? cookie.name + '=' + value : value;
        },
        parse: function (text) {
            if (!isString(text)) { return text; }
            var pairs = text.split(/; */), first = Cookie.splitParam(pairs.shift()), out = { key: first.key, value: first.value };
            pairs.forEach(function (pair) {
                var part = Cookie.splitParam(pair), name = COOKIE_ATTRIBUTES[part.key.toLowerCase()];
                if (name) { out[name] = part.value; } else { (out.extensions = out.extensions || []).push(part); }
            });
            if (!out.domain) { out.hostOnly = true; }
            return out;
        },
        stringify: function (cookie) { return Cookie.prototype.toString.call(cookie); },
        splitParam: function (param) {
            var split = param.split('='), key = split[0].trim(), value = isString(split[1]) ? split[1].trim() : true;
            if (isString(value) && value[0] === '"') { value = value.slice(1, -1); }
            return { key: key, value: value };
        }
    });
    Cookie.isCookie = isA(Cookie);

    function CookieList(parent, cookies) { PropertyList.call(this, Cookie, parent, cookies); }
    inherit(CookieList, PropertyList);
    CookieList._postman_propertyName = 'CookieList';
    CookieList.isCookieList = isA(CookieList);

    // mime-format's families and mime-types' extensions for the types
    // responses mostly have; anything else is text/plain's cousin `unknown`.
    var MIME_FORMATS = [
        [/json/, 'text', 'json'], [/(xml|rss|atom)/, 'text', 'xml'], [/html/, 'text', 'html'],
        [/(javascript|ecmascript)/, 'text', 'script'], [/css/, 'text', 'css'], [/^text\//, 'text', 'plain'],
        [/^image\//, 'image', 'image'], [/^audio\//, 'audio', 'audio'], [/^video\//, 'video', 'video'],
        [/pdf/, 'embed', 'pdf']
    ];
    var EXTENSIONS = { 'application/json': 'json', 'text/html': 'html', 'text/plain': 'txt', 'application/xml': 'xml',
        'text/xml': 'xml', 'text/css': 'css', 'text/csv': 'csv', 'application/javascript': 'js', 'text/javascript': 'js',
        'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/svg+xml': 'svg', 'application/pdf': 'pdf',
        'application/octet-stream': 'bin', 'application/zip': 'zip' };
    function contentInfo(response) {
        var type = response.headers.get('Content-Type') || 'text/plain';
        var base = String(type).split(';')[0].trim().toLowerCase();
        var charset = /;\s*charset=["']?([^;"'\s]+)/i.exec(type);
        var family = MIME_FORMATS.find(function (f) { return f[0].test(base); }) || [null, 'unknown', 'raw'];
        var info = { contentType: base, mimeType: family[1], mimeFormat: family[2] };
        info.charset = charset ? charset[1].toLowerCase().replace(/^utf-8$/, 'utf8') : 'utf8';
        var extension = EXTENSIONS[base];
        if (extension) { info.fileExtension = extension; }
        var disposition = response.headers.get('Content-Disposition');
        var named = disposition && /;[ \t]*filename[ \t]*=[ \t]*("[^"]*"|[^;\s]+)/.exec(disposition);
        info.fileName = named ? named[1].replace(/^"(.*)"$/, '$1') : 'response' + (extension ? '.' + extension : '');
        return info;
    }

    function bodyText(stream) {
        if (!stream || isString(stream)) { return stream || ''; }
        var Buffer = require('buffer').Buffer;
        return Buffer.isBuffer(stream) ? stream.toString() : String.fromCharCode.apply(null, new Uint8Array(stream));
    }
    function normaliseStream(stream) {
        if (!stream) { return undefined; }
        var Buffer = require('buffer').Buffer;
        if (stream.type === 'Buffer' && Array.isArray(stream.data)) { return Buffer.from(stream.data); }
        if (stream.type === 'Base64' && isString(stream.data)) { return Buffer.from(stream.data, 'base64'); }
        return stream;
    }
    function reasonOf(code) {
        var name = host.reasonPhrase(Number(code));
        return name === null ? {} : { name: name };
    }
    function Response(options) {
        Property.apply(this, arguments);
        this.update(options || {});
    }
    inherit(Response, Property);
    Object.assign(Response.prototype, {
        _postman_propertyRequiresId: true,
        update: function (options) {
            var stream = normaliseStream(options.stream);
            this._details = reasonOf(options.code);
            mergeDefined(this._details, {
                name: choose(options.reason, options.status), code: options.code, standardName: this._details.name
            });
            mergeDefined(this, {
                originalRequest: options.originalRequest ? new Request(options.originalRequest) : undefined,
                status: this._details.name,
                code: options.code,
                headers: new HeaderList(this, options.header),
                body: options.body,
                stream: options.body && isObject(options.body) ? options.body : stream,
                cookies: new CookieList(this, options.cookie),
                responseTime: options.responseTime,
                responseSize: stream && stream.byteLength
            });
        },
        toJSON: function () {
            var out = serialise(this);
            delete out._details;
            return out;
        },
        reason: function () { return this.status || reasonOf(this.code).name; },
        details: function () {
            if (!this._details || this._details.code !== this.code) {
                this._details = reasonOf(this.code);
                this._details.code = this.code;
                this._details.standardName = this._details.name;
            }
            return Object.assign({}, this._details);
        },
        text: function () { return this.stream ? bodyText(this.stream) : this.body; },
        json: function (reviver) { return JSON.parse(String(this.text()).replace(/^\uFEFF/, ''), reviver); },
        jsonp: function (reviver) {
            var text = String(this.text() || '').replace(/^[^{(].*\(/, '').replace(/\)[^}].*$|\)$/, '');
            return JSON.parse(text, reviver);
        },
        contentInfo: function () { return contentInfo(this); },
        mime: function () { throw new Error('`Response#mime` has been discontinued, use `Response#contentInfo` instead.'); },
        dataURI: function () {
            var type = this.contentInfo().contentType;
            if (!type) { return ''; }
            var Buffer = require('buffer').Buffer, data = '';
            if (!isNil(this.stream)) { data = isString(this.stream) ? host.btoa(this.stream) : Buffer.from(this.stream).toString('base64'); }
            if (!data && !isNil(this.body)) { data = host.btoa(this.body); }
            return 'data:' + type + ';base64, ' + data;
        },
        size: function () {
            var size = { body: 0, header: 0, total: 0 };
            var encoding = this.headers.get('Content-Encoding'), length = this.headers.get('Content-Length');
            var compressed = isString(encoding) && /gzip|deflate/.test(encoding.toLowerCase());
            if (length && compressed && !isNaN(parseFloat(length)) && isFinite(length)) { size.body = parseInt(length, 10); }
            else if (this.stream) { size.body = typeof this.stream.byteLength === 'number' ? this.stream.byteLength : 0; }
            else if (!isNil(this.body)) { size.body = byteLength(this.body.toString()); }
            size.header = ('HTTP/X.X ' + this.code + ' ' + this.reason() + '\r\n\r\n').length + this.headers.contentSize();
            size.total = (size.body || 0) + size.header;
            return size;
        },
        encoding: function () {
            var format = this.headers.get('Content-Encoding'), body = this.stream || this.body, source;
            if (format) { source = 'header'; }
            else if (body && body[0] === 0x1F && body[1] === 0x8B && body[2] === 0x8) { format = 'gzip'; source = 'body'; }
            return { format: format, source: source };
        }
    });
    Response._postman_propertyName = 'Response';
    Response.isResponse = isA(Response);
    Response.mimeInfo = function () {
        throw new Error('`Response.mimeInfo` has been discontinued, use `Response#contentInfo` instead.');
    };

    // ---- Script, Event, EventList ----

    function Script(options) {
        Property.apply(this, arguments);
        if (options) { this.update(options); }
    }
    inherit(Script, Property);
    Object.assign(Script.prototype, {
        _postman_propertyRequiresId: true,
        toSource: function () { return this.exec ? this.exec.join('\n') : undefined; },
        update: function (options) {
            if (isString(options) || Array.isArray(options)) { options = { exec: options }; }
            if (!options) { return; }
            this.type = options.type || 'text/javascript';
            this.packages = options.packages;
            if (has(options, 'src')) { this.src = new Url(options.src); }
            if (!this.src && has(options, 'exec')) {
                this.exec = isString(options.exec) ? options.exec.split(/\r?\n/g) :
                    (Array.isArray(options.exec) ? options.exec : undefined);
            }
        }
    });
    Script._postman_propertyName = 'Script';
    Script.isScript = isA(Script);

    function Event(definition) {
        Property.call(this, definition);
        if (definition) { this.update(definition); }
    }
    inherit(Event, Property);
    Event.prototype.update = function (definition) {
        if (!definition) { return; }
        var script = definition.script, made;
        if (Script.isScript(script)) { made = script; }
        else if (Array.isArray(script) || isString(script)) { made = new Script({ exec: script }); }
        else if (isObject(script)) { made = new Script(script); }
        mergeDefined(this, { listen: isString(definition.listen) ? definition.listen : undefined, script: made });
    };
    Event._postman_propertyName = 'Event';

    function EventList(parent, populate) { PropertyList.call(this, Event, parent, populate); }
    inherit(EventList, PropertyList);
    Object.assign(EventList.prototype, {
        listeners: function (name) {
            var all = this.listenersOwn(name);
            this.eachParent(function (parent) {
                if (parent !== this.__parent && EventList.isEventList(parent.events)) {
                    var inherited = parent.events.listenersOwn(name);
                    if (inherited && inherited.length) { all.unshift.apply(all, inherited); }
                }
            }, this);
            return all;
        },
        listenersOwn: function (name) {
            return this.filter(function (event) { return !event.disabled && event.listen === name; });
        }
    });
    EventList._postman_propertyName = 'EventList';
    EventList.isEventList = isA(EventList);

    // ---- Item, ItemGroup, Collection, Version ----

    function authOf(entity) {
        var auth = entity && entity.auth;
        return auth && validAuthType(auth.type) ? auth : undefined;
    }
    function behaviourOf(entity) {
        var behaviour = entity && entity.protocolProfileBehavior;
        return typeof behaviour === 'object' && behaviour !== null ? behaviour : {};
    }
    // What items and folders both hold after their own parts, in the SDK's order.
    function eventsAndBehaviour(owner, definition) {
        return {
            events: new EventList(owner, definition && definition.event),
            protocolProfileBehavior: definition && typeof definition.protocolProfileBehavior === 'object' ?
                definition.protocolProfileBehavior : undefined
        };
    }
    function Item(definition) {
        Property.apply(this, arguments);
        mergeDefined(this, Object.assign({
            request: definition && new Request(definition.request),
            responses: new PropertyList(Response, this, definition && definition.response)
        }, eventsAndBehaviour(this, definition)));
    }
    inherit(Item, Property);
    Object.assign(Item.prototype, {
        _postman_propertyRequiresId: true,
        getAuth: function () { return authOf(this.request) || this.findInParents('auth', authOf); },
        getProtocolProfileBehavior: function () { return behaviourOf(this); },
        getProtocolProfileBehaviorResolved: function () {
            var resolved = behaviourOf(this);
            this.forEachParent({ withRoot: true }, function (entity) {
                resolved = Object.assign({}, behaviourOf(entity), resolved);
            });
            return resolved;
        },
        setProtocolProfileBehavior: function (key, value) {
            if (!isString(key)) { return this; }
            if (!this.protocolProfileBehavior) { this.protocolProfileBehavior = {}; }
            this.protocolProfileBehavior[key] = value;
            return this;
        },
        unsetProtocolProfileBehavior: function (key) {
            if (typeof this.protocolProfileBehavior === 'object' && isString(key) && has(this.protocolProfileBehavior, key)) {
                delete this.protocolProfileBehavior[key];
            }
            return this;
        },
        getEvents: function (name) {
            return name ? this.events.filter(function (e) { return e.listen === name; }) : this.events.all();
        },
        authorizeRequestUsing: function (type, options) {
            if (!this.request) { this.request = new Request(); }
            return this.request.authorizeUsing(type, options);
        },
        getPath: function () {
            var path = [this.name];
            this.forEachParent({ withRoot: true }, function (item) { path.push(item.name); });
            return path.reverse();
        }
    });
    Item._postman_propertyName = 'Item';
    Item.isItem = isA(Item);

    function ItemGroup(definition) {
        Property.apply(this, arguments);
        mergeDefined(this, Object.assign({
            items: new PropertyList(ItemGroup._createNewGroupOrItem, this, definition && definition.item),
            auth: definition && definition.auth ? new RequestAuth(definition.auth) : undefined
        }, eventsAndBehaviour(this, definition)));
    }
    inherit(ItemGroup, Property);
    Object.assign(ItemGroup.prototype, {
        _postman_propertyRequiresId: true,
        forEachItem: function (callback) {
            this.items.each(function (item) {
                return ItemGroup.isItemGroup(item) ? item.forEachItem(callback) : callback(item, this);
            }, this);
        },
        forEachItemGroup: function (callback) {
            this.items.each(function (item) {
                if (ItemGroup.isItemGroup(item)) { item.forEachItemGroup(callback); callback(item, this); }
            }, this);
        },
        oneDeep: function (idOrName) {
            if (!isString(idOrName)) { return undefined; }
            var found;
            this.items.each(function (item) {
                if (item.id === idOrName || item.name === idOrName) { found = item; return false; }
                if (ItemGroup.isItemGroup(item)) { found = item.oneDeep(idOrName); return !found; }
            });
            return found;
        },
        getProtocolProfileBehavior: Item.prototype.getProtocolProfileBehavior,
        getProtocolProfileBehaviorResolved: Item.prototype.getProtocolProfileBehaviorResolved,
        setProtocolProfileBehavior: Item.prototype.setProtocolProfileBehavior,
        unsetProtocolProfileBehavior: Item.prototype.unsetProtocolProfileBehavior,
        authorizeRequestsUsing: Request.prototype.authorizeUsing
    });
    ItemGroup._postman_propertyName = 'ItemGroup';
    ItemGroup._createNewGroupOrItem = function (item) {
        if (Item.isItem(item) || ItemGroup.isItemGroup(item)) { return item; }
        return item && item.item ? new ItemGroup(item) : new Item(item);
    };
    ItemGroup.isItemGroup = isA(ItemGroup);

    function Version(options) {
        PropertyBase.apply(this, arguments);
        this.set(options);
    }
    inherit(Version, PropertyBase);
    Object.assign(Version.prototype, {
        set: function (value) {
            if (isString(value)) {
                var match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(value.trim());
                if (!match) { return; }
                value = { raw: value, major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]),
                    // The SDK joins semver's arrays, and keeps an empty one as it is.
                    prerelease: match[4] ? match[4].split('.').join(',') : [],
                    build: match[5] ? match[5].split('.').join(',') : [],
                    string: match[1] + '.' + match[2] + '.' + match[3] + (match[4] ? '-' + match[4] : '') };
            }
            if (!isObject(value)) { return; }
            var self = this;
            ['raw', 'major', 'minor', 'patch', 'prerelease', 'build', 'string'].forEach(function (key) {
                if (value[key] !== undefined) { self[key] = value[key]; }
            });
        },
        toString: function () { return this.string || this.raw || ''; }
    });
    Version._postman_propertyName = 'Version';

    function Collection(definition) {
        ItemGroup.call(this, definition);
        this.variables = new VariableList(this, definition && definition.variable);
        this.version = definition && definition.info && definition.info.version ? new Version(definition.info.version) : undefined;
    }
    inherit(Collection, ItemGroup);
    Object.assign(Collection.prototype, {
        syncVariablesFrom: function (object, track) { return this.variables.syncFromObject(object, track); },
        syncVariablesTo: function (object) { return this.variables.syncToObject(object); },
        toJSON: function () {
            var out = ItemGroup.prototype.toJSON.apply(this);
            out.info = { _postman_id: this.id, name: this.name, version: this.version,
                schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' };
            delete out.id;
            delete out.name;
            delete out.version;
            if (has(out, 'description')) { out.info.description = this.description; delete out.description; }
            return out;
        }
    });
    Collection._postman_propertyName = 'Collection';
    Collection.isCollection = isA(Collection);

    // `pm.request`, its URL and its lists are postrun's own lighter classes
    // (js/request.js); they answer `instanceof` as the SDK's do in Newman.
    [Url, PropertyList, Request].forEach(function (Type) {
        Object.defineProperty(Type, Symbol.hasInstance, {
            value: function (value) {
                return Function.prototype[Symbol.hasInstance].call(this, value) ||
                    (this === Type && isObject(value) && inSuperChain(value.constructor, Type._postman_propertyName));
            }
        });
    });

    // ---- UrlMatchPattern, ProxyConfig, Certificate, MutationTracker ----

    // Chrome's match patterns: `<all_urls>`, or protocols joined by `+`,
    // `://`, a host (`*`, `*.suffix` or a name), an optional port and a path
    // glob (`*` any run, `?` any one character).
    var MATCH_ALL_URLS = '<all_urls>', MATCH_PROTOCOLS = ['http', 'https', 'file', 'ftp'];
    var MATCH_PATTERN = new RegExp('^((' + MATCH_PROTOCOLS.join('|') + '|\\*)(\\+(' + MATCH_PROTOCOLS.join('|') +
        '))*)://(\\*|\\*\\.[^*/:]+|[^*/:]+)(:\\*|:\\d+)?(/.*)$');
    var DEFAULT_PORTS = { ftp: '21', http: '80', https: '443' };
    function UrlMatchPattern(options) {
        if (isString(options)) { options = { pattern: options }; }
        Property.apply(this, arguments);
        this.pattern = MATCH_ALL_URLS;
        this.update(options);
    }
    inherit(UrlMatchPattern, Property);
    Object.assign(UrlMatchPattern.prototype, {
        update: function (options) {
            if (has(options, 'pattern') && isString(options.pattern) && options.pattern) { this.pattern = options.pattern; }
            this._matchPatternObject = this.createMatchPattern();
        },
        createMatchPattern: function () {
            var match = this.pattern.match(MATCH_PATTERN);
            if (!match) { return undefined; }
            return {
                protocols: match[1].split('+').filter(function (p, i, all) { return all.indexOf(p) === i; }),
                host: match[5],
                port: match[6] && match[6].substr(1),
                path: this.globPatternToRegexp(match[7])
            };
        },
        globPatternToRegexp: function (pattern) {
            return new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.').replace('*', '.*') + '$');
        },
        testProtocol: function (protocol) {
            var protocols = this._matchPatternObject.protocols;
            return MATCH_PROTOCOLS.indexOf(protocol) >= 0 && (protocols.indexOf('*') >= 0 || protocols.indexOf(protocol) >= 0);
        },
        getProtocols: function () { return (this._matchPatternObject && this._matchPatternObject.protocols) || []; },
        testHost: function (host) {
            var pattern = this._matchPatternObject;
            return this.matchAnyHost(pattern) || this.matchAbsoluteHostPattern(pattern, host) || this.matchSuffixHostPattern(pattern, host);
        },
        matchAnyHost: function (pattern) { return pattern.host === '*'; },
        matchSuffixHostPattern: function (pattern, remote) {
            var suffix = pattern.host.substr(2);
            return pattern.host[0] === '*' && (remote === suffix || remote.endsWith('.' + suffix));
        },
        matchAbsoluteHostPattern: function (pattern, remote) { return pattern.host === remote; },
        testPort: function (port, protocol) {
            var wanted = this._matchPatternObject.port, fallback = protocol && DEFAULT_PORTS[protocol];
            if (port === undefined && wanted === undefined) { return true; }
            if (port && !isString(port)) { port = String(port); }
            if (!port) { port = fallback; }
            if (!wanted) { wanted = fallback; }
            return wanted === '*' || wanted === port;
        },
        testPath: function (path) { return !isEmpty(path.match(this._matchPatternObject.path)); },
        test: function (url) {
            if (this.pattern === MATCH_ALL_URLS) { return true; }
            if (isEmpty(this._matchPatternObject)) { return false; }
            return patternMatchesUrl(this, new Url(url));
        },
        toString: function () { return String(this.pattern); },
        toJSON: function () { return { pattern: this.toString() }; }
    });
    UrlMatchPattern._postman_propertyName = 'UrlMatchPattern';
    UrlMatchPattern.PROTOCOL_DELIMITER = '+';
    UrlMatchPattern.MATCH_ALL_URLS = MATCH_ALL_URLS;
    function patternMatchesUrl(pattern, url) {
        return pattern.testProtocol(url.protocol) && pattern.testHost(url.getHost()) && pattern.testPort(url.port, url.protocol) && pattern.testPath(url.getPath());
    }

    function UrlMatchPatternList(parent, list) { PropertyList.call(this, UrlMatchPattern, parent, list); }
    inherit(UrlMatchPatternList, PropertyList);
    Object.assign(UrlMatchPatternList.prototype, {
        _postman_proprtyIsSerialisedAsPlural: true,
        test: function (url) {
            if (isObject(this.find(function (pattern) { return pattern.pattern === MATCH_ALL_URLS; }))) { return true; }
            url = new Url(url);
            return Boolean(this.find(function (pattern) {
                return !isEmpty(pattern._matchPatternObject) && patternMatchesUrl(pattern, url);
            }));
        }
    });
    UrlMatchPatternList._postman_propertyName = 'UrlMatchPatternList';

    var PROXY_PROTOCOLS = ['http', 'https'], PROXY_DEFAULT_PATTERN = 'http+https://*:*/*';
    function ProxyConfig(options) {
        Property.call(this, options);
        Object.assign(this, {
            host: '', match: new UrlMatchPattern(PROXY_DEFAULT_PATTERN), port: 8080, tunnel: false, bypass: undefined,
            authenticate: false, username: undefined, password: undefined
        });
        this.update(options);
    }
    inherit(ProxyConfig, Property);
    Object.assign(ProxyConfig.prototype, {
        _postman_propertyRequiresId: true,
        update: function (options) {
            if (!isObject(options)) { return; }
            var port = get(options, 'port') >> 0;
            if (isString(options.host)) { this.host = new Url(options.host).getHost(); }
            if (isString(options.match)) { this.match = new UrlMatchPattern(options.match); }
            if (isObject(options.match) && isString(options.match.pattern)) { this.match = new UrlMatchPattern(options.match.pattern); }
            if (port) { this.port = port; }
            var self = this;
            ['tunnel', 'disabled', 'authenticate'].forEach(function (key) { if (typeof options[key] === 'boolean') { self[key] = options[key]; } });
            ['username', 'password'].forEach(function (key) { if (isString(options[key])) { self[key] = options[key]; } });
            if (Array.isArray(options.bypass)) { this.bypass = new UrlMatchPatternList(null, options.bypass); }
            else if (PropertyList.isPropertyList(options.bypass)) { this.bypass = new UrlMatchPatternList(null, options.bypass.all()); }
        },
        updateProtocols: function (protocols) {
            if (!protocols) { return; }
            var hostAndPath = this.match.pattern.split('://')[1];
            if (!hostAndPath) { return; }
            var chosen = PROXY_PROTOCOLS.filter(function (p) { return (Array.isArray(protocols) ? protocols : [protocols]).indexOf(p) >= 0; });
            if (!chosen.length) { chosen = PROXY_PROTOCOLS; }
            this.match.update({ pattern: chosen.join('+') + '://' + hostAndPath });
        },
        test: function (url) {
            var protocol = Url.isUrl(url) ? url.protocol : (Url.parse(url || '').protocol || '');
            if (isEmpty(protocol)) { protocol = 'http'; url = protocol + '://' + url; }
            if (PROXY_PROTOCOLS.indexOf(protocol) < 0) { return false; }
            if (this.bypass && this.bypass.test(url)) { return false; }
            return this.match.test(url);
        },
        getProxyUrl: function () {
            var auth = '';
            if (this.authenticate) {
                auth = encodeURIComponent(this.username || '');
                if (this.password) { auth += ':' + encodeURIComponent(this.password); }
                if (auth) { auth += '@'; }
            }
            return 'http://' + auth + this.host + ':' + this.port;
        },
        getProtocols: function () { return this.match.getProtocols(); }
    });
    ProxyConfig._postman_propertyName = 'ProxyConfig';
    ProxyConfig.isProxyConfig = isA(ProxyConfig);

    function ProxyConfigList(parent, populate) { PropertyList.call(this, ProxyConfig, parent, populate); }
    inherit(ProxyConfigList, PropertyList);
    ProxyConfigList.prototype.resolve = function (url) {
        if (!isString(url) && !Url.isUrl(url)) { return undefined; }
        return this.find(function (config) { return !config.disabled && config.test(url); });
    };
    ProxyConfigList._postman_propertyName = 'ProxyConfigList';
    ProxyConfigList.isProxyConfigList = isA(ProxyConfigList);

    function Certificate(options) {
        Property.apply(this, arguments);
        this.update(options);
    }
    inherit(Certificate, Property);
    Object.assign(Certificate.prototype, {
        _postman_propertyRequiresId: true,
        update: function (options) {
            if (!isObject(options)) { return; }
            function file(value) { return isObject(value) ? value : { src: value }; }
            mergeDefined(this, {
                id: options.id, name: options.name,
                matches: options.matches && new UrlMatchPatternList({}, options.matches),
                key: file(options.key), cert: file(options.cert), pfx: file(options.pfx), passphrase: options.passphrase
            });
        },
        canApplyTo: function (url) {
            if (isEmpty(url)) { return false; }
            if (isString(url)) { url = new Url(url); }
            return url.protocol === 'https' && this.matches.test(url);
        },
        // The files' contents stay out of the JSON; their paths do not.
        toJSON: function () {
            var out = serialise(this);
            ['key', 'cert', 'pfx'].forEach(function (name) { if (isObject(out[name])) { delete out[name].value; } });
            return out;
        }
    });
    Certificate._postman_propertyName = 'Certificate';
    Certificate._postman_propertyIndexKey = 'id';
    Certificate.isCertificate = isA(Certificate);

    function CertificateList(parent, list) { PropertyList.call(this, Certificate, parent, list); }
    inherit(CertificateList, PropertyList);
    CertificateList.prototype.resolveOne = function (url) {
        if (!isString(url) && !Url.isUrl(url)) { return undefined; }
        return this.find(function (certificate) { return certificate.canApplyTo(url); });
    };
    CertificateList._postman_propertyName = 'CertificateList';
    CertificateList.isCertificateList = isA(CertificateList);

    // A VariableScope's `set`/`unset` calls while tracking is on: a stream of
    // `[key, value]` / `[key]` mutations, or the last one per key (compacted).
    function MutationTracker(definition) {
        PropertyBase.call(this, definition);
        definition = definition || {};
        this.autoCompact = Boolean(definition.autoCompact);
        this.stream = Array.isArray(definition.stream) ? definition.stream : [];
        this.compacted = isPlainObject(definition.compacted) ? definition.compacted : {};
    }
    inherit(MutationTracker, PropertyBase);
    function isPrimitiveMutation(mutation) { return mutation && mutation.length <= 2; }
    Object.assign(MutationTracker.prototype, {
        addMutation: function (mutation) {
            if (!isPrimitiveMutation(mutation)) { return; }
            if (this.autoCompact) { this.addAndCompact(mutation); } else { this.stream.push(mutation); }
        },
        addAndCompact: function (mutation) {
            var key = Array.isArray(mutation[0]) ? mutation[0].join('.') : mutation[0];
            this.compacted[key] = mutation;
        },
        track: function (instruction) {
            var payload = Array.prototype.slice.call(arguments, 1);
            if (!instruction || (instruction !== 'set' && instruction !== 'unset')) { return; }
            this.addMutation(payload);
        },
        compact: function () { this.stream.forEach(this.addAndCompact.bind(this)); this.stream = []; },
        count: function () { return this.stream.length + Object.keys(this.compacted).length; },
        applyOn: function (target) {
            if (!(target && target.applyMutation)) { return; }
            function apply(mutation) {
                if (isPrimitiveMutation(mutation)) { target.applyMutation.apply(target, [mutation.length > 1 ? 'set' : 'unset'].concat(mutation)); }
            }
            Object.keys(this.compacted).forEach(function (key) { apply(this.compacted[key]); }, this);
            this.stream.forEach(apply);
        }
    });
    MutationTracker._postman_propertyName = 'MutationTracker';
    MutationTracker.isMutationTracker = isA(MutationTracker);

    return {
        PropertyBase: PropertyBase,
        Certificate: Certificate,
        CertificateList: CertificateList,
        Collection: Collection,
        Cookie: Cookie,
        CookieList: CookieList,
        Description: Description,
        Event: Event,
        EventList: EventList,
        FormParam: FormParam,
        Header: Header,
        HeaderList: HeaderList,
        Item: Item,
        ItemGroup: ItemGroup,
        MutationTracker: MutationTracker,
        PropertyList: PropertyList,
        Property: Property,
        QueryParam: QueryParam,
        Request: Request,
        RequestAuth: RequestAuth,
        RequestBody: RequestBody,
        Response: Response,
        Script: Script,
        Url: Url,
        UrlMatchPattern: UrlMatchPattern,
        UrlMatchPatternList: UrlMatchPatternList,
        Variable: Variable,
        VariableList: VariableList,
        VariableScope: VariableScope,
        ProxyConfig: ProxyConfig,
        ProxyConfigList: ProxyConfigList,
        Version: Version
    };
}(__host);
