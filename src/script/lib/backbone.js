// Backbone 1.6's API as the sandbox gives it (the `Backbone` global of old
// collections, `require('backbone')`): Events, Model, Collection, Router and
// History, written here on lodash.js's helpers with underscore's semantics
// where they differ. Nothing in the sandbox has a DOM or XHR: a View needs
// `document`, `Backbone.$` is jQuery without a window and `Backbone.ajax` has
// no `$.ajax`, and they fail as they do in Newman's sandbox.
0, function (lodash) {
    'use strict';

    var _ = lodash.__api, hasOwn = Object.prototype.hasOwnProperty, slice = Array.prototype.slice;
    var idCounter = 0;
    function uniqueId(prefix) { idCounter += 1; return prefix + idCounter; }
    // underscore's `_.result`: a function property is called on its object.
    function result(object, name) {
        if (object == null) { return undefined; }
        var value = object[name];
        return typeof value === 'function' ? value.call(object) : value;
    }
    function once(func) {
        var done = false, value;
        return function () { if (!done) { done = true; value = func.apply(this, arguments); } return value; };
    }
    function extendOwn(target) {
        for (var i = 1; i < arguments.length; i++) {
            var source = arguments[i];
            if (source != null) { for (var key in source) { target[key] = source[key]; } }
        }
        return target;
    }

    // ---- Events ----

    var eventSplitter = /\s+/;
    var pendingListening;
    // Calls `iteratee` for each event name in `name`: a map, a
    // space-separated list or one name.
    function eventsApi(iteratee, events, name, callback, options) {
        if (name && typeof name === 'object') {
            if (callback !== undefined && 'context' in options && options.context === undefined) { options.context = callback; }
            Object.keys(name).forEach(function (key) { events = eventsApi(iteratee, events, key, name[key], options); });
        } else if (name && eventSplitter.test(name)) {
            name.split(eventSplitter).forEach(function (one) { events = iteratee(events, one, callback, options); });
        } else {
            events = iteratee(events, name, callback, options);
        }
        return events;
    }
    function onApi(events, name, callback, options) {
        if (callback) {
            var handlers = events[name] || (events[name] = []);
            var context = options.context, ctx = options.ctx, listening = options.listening;
            if (listening) { listening.count++; }
            handlers.push({ callback: callback, context: context, ctx: context || ctx, listening: listening });
        }
        return events;
    }
    function offApi(events, name, callback, options) {
        if (!events) { return events; }
        var context = options.context, listeners = options.listeners;
        if (!name && !context && !callback) {
            Object.keys(listeners || {}).forEach(function (id) { listeners[id].cleanup(); });
            return undefined;
        }
        var names = name ? [name] : Object.keys(events);
        for (var i = 0; i < names.length; i++) {
            var handlers = events[names[i]];
            if (!handlers) { break; }
            var remaining = [];
            handlers.forEach(function (handler) {
                if ((callback && callback !== handler.callback && callback !== handler.callback._callback) || (context && context !== handler.context)) {
                    remaining.push(handler);
                } else if (handler.listening) {
                    handler.listening.off(names[i], callback);
                }
            });
            if (remaining.length) { events[names[i]] = remaining; } else { delete events[names[i]]; }
        }
        return events;
    }
    function onceMap(map, name, callback, offer) {
        if (callback) {
            var wrapped = map[name] = once(function () { offer(name, wrapped); callback.apply(this, arguments); });
            wrapped._callback = callback;
        }
        return map;
    }
    function triggerApi(events, name, callback, args) {
        if (events) {
            var handlers = events[name], all = events.all;
            if (handlers && all) { all = all.slice(); }
            if (handlers) { triggerEvents(handlers, args); }
            if (all) { triggerEvents(all, [name].concat(args)); }
        }
        return events;
    }
    function triggerEvents(handlers, args) {
        handlers.forEach(function (handler) { handler.callback.apply(handler.ctx, args); });
    }
    // What `listenTo` keeps, so `stopListening` can undo it.
    function Listening(listener, obj) {
        this.id = listener._listenId;
        this.listener = listener;
        this.obj = obj;
        this.count = 0;
    }
    Listening.prototype.off = function (name, callback) {
        this.count--;
        if (this.count <= 0 || (!name && !callback)) { this.cleanup(); }
    };
    Listening.prototype.cleanup = function () {
        if (this.listener._listeningTo) { delete this.listener._listeningTo[this.obj._listenId]; }
        if (this.obj._listeners) { delete this.obj._listeners[this.id]; }
    };

    var Events = {
        on: function (name, callback, context) {
            this._events = eventsApi(onApi, this._events || {}, name, callback, { context: context, ctx: this, listening: pendingListening });
            if (pendingListening) {
                var listeners = this._listeners || (this._listeners = {});
                listeners[pendingListening.id] = pendingListening;
            }
            return this;
        },
        listenTo: function (obj, name, callback) {
            if (!obj) { return this; }
            var id = obj._listenId || (obj._listenId = uniqueId('l'));
            var listeningTo = this._listeningTo || (this._listeningTo = {});
            var listening = listeningTo[id];
            if (!listening) {
                if (!this._listenId) { this._listenId = uniqueId('l'); }
                listening = listeningTo[id] = new Listening(this, obj);
            }
            pendingListening = listening;
            try { obj.on(name, callback, this); } finally { pendingListening = undefined; }
            return this;
        },
        off: function (name, callback, context) {
            if (!this._events) { return this; }
            this._events = eventsApi(offApi, this._events, name, callback, { context: context, listeners: this._listeners });
            return this;
        },
        stopListening: function (obj, name, callback) {
            var listeningTo = this._listeningTo;
            if (!listeningTo) { return this; }
            var ids = obj ? [obj._listenId] : Object.keys(listeningTo);
            for (var i = 0; i < ids.length; i++) {
                var listening = listeningTo[ids[i]];
                if (!listening) { break; }
                listening.obj.off(name, callback, this);
            }
            if (_.isEmpty(listeningTo)) { this._listeningTo = undefined; }
            return this;
        },
        once: function (name, callback, context) {
            var events = eventsApi(onceMap, {}, name, callback, this.off.bind(this));
            if (typeof name === 'string' && context == null) { callback = undefined; }
            return this.on(events, callback, context);
        },
        listenToOnce: function (obj, name, callback) {
            var events = eventsApi(onceMap, {}, name, callback, this.stopListening.bind(this, obj));
            return this.listenTo(obj, events);
        },
        trigger: function (name) {
            if (!this._events) { return this; }
            eventsApi(triggerApi, this._events, name, undefined, slice.call(arguments, 1));
            return this;
        }
    };
    Events.bind = Events.on;
    Events.unbind = Events.off;

    // `Model.extend({...}, {...})`: a subclass with these prototype and static properties.
    function extend(protoProps, staticProps) {
        var parent = this, child;
        if (protoProps && hasOwn.call(protoProps, 'constructor')) { child = protoProps.constructor; } else { child = function () { return parent.apply(this, arguments); }; }
        extendOwn(child, parent, staticProps);
        child.prototype = Object.create(parent.prototype);
        if (protoProps) { Object.keys(protoProps).forEach(function (key) { child.prototype[key] = protoProps[key]; }); }
        child.prototype.constructor = child;
        child.__super__ = parent.prototype;
        return child;
    }

    function urlError() { throw new Error('A "url" property or function must be specified'); }
    function wrapError(model, options) {
        var error = options.error;
        options.error = function (response) {
            if (error) { error.call(options.context, model, response, options); }
            model.trigger('error', model, response, options);
        };
    }

    // ---- Model ----

    function Model(attributes, options) {
        var attrs = attributes || {};
        options = options || {};
        this.preinitialize.apply(this, arguments);
        this.cid = uniqueId(this.cidPrefix);
        this.attributes = {};
        if (options.collection) { this.collection = options.collection; }
        if (options.parse) { attrs = this.parse(attrs, options) || {}; }
        var defaults = result(this, 'defaults');
        attrs = _.defaults(extendOwn({}, defaults, attrs), defaults);
        this.set(attrs, options);
        this.changed = {};
        this.initialize.apply(this, arguments);
    }
    extendOwn(Model.prototype, Events, {
        changed: null,
        validationError: null,
        idAttribute: 'id',
        cidPrefix: 'c',
        preinitialize: function () {},
        initialize: function () {},
        toJSON: function () { return extendOwn({}, this.attributes); },
        sync: function () { return Backbone.sync.apply(this, arguments); },
        get: function (attr) { return this.attributes[attr]; },
        escape: function (attr) { return _.escape(this.get(attr)); },
        has: function (attr) { return this.get(attr) != null; },
        matches: function (attrs) { return _.isMatch(this.attributes, attrs); },
        set: function (key, val, options) {
            if (key == null) { return this; }
            var attrs;
            if (typeof key === 'object') { attrs = key; options = val; } else { (attrs = {})[key] = val; }
            options = options || {};
            if (!this._validate(attrs, options)) { return false; }
            var unset = options.unset, silent = options.silent, changes = [], changing = this._changing;
            this._changing = true;
            if (!changing) { this._previousAttributes = extendOwn({}, this.attributes); this.changed = {}; }
            var current = this.attributes, changed = this.changed, prev = this._previousAttributes;
            for (var attr in attrs) {
                val = attrs[attr];
                if (!_.isEqual(current[attr], val)) { changes.push(attr); }
                if (!_.isEqual(prev[attr], val)) { changed[attr] = val; } else { delete changed[attr]; }
                if (unset) { delete current[attr]; } else { current[attr] = val; }
            }
            if (this.idAttribute in attrs) {
                var prevId = this.id;
                this.id = this.get(this.idAttribute);
                this.trigger('changeId', this, prevId, options);
            }
            if (!silent) {
                if (changes.length) { this._pending = options; }
                for (var i = 0; i < changes.length; i++) { this.trigger('change:' + changes[i], this, current[changes[i]], options); }
            }
            if (changing) { return this; }
            if (!silent) {
                while (this._pending) { options = this._pending; this._pending = false; this.trigger('change', this, options); }
            }
            this._pending = false;
            this._changing = false;
            return this;
        },
        unset: function (attr, options) { return this.set(attr, undefined, extendOwn({}, options, { unset: true })); },
        clear: function (options) {
            var attrs = {};
            for (var key in this.attributes) { attrs[key] = undefined; }
            return this.set(attrs, extendOwn({}, options, { unset: true }));
        },
        hasChanged: function (attr) { return attr == null ? !_.isEmpty(this.changed) : hasOwn.call(this.changed, attr); },
        changedAttributes: function (diff) {
            if (!diff) { return this.hasChanged() ? extendOwn({}, this.changed) : false; }
            var old = this._changing ? this._previousAttributes : this.attributes, changed = {}, any = false;
            for (var attr in diff) {
                if (_.isEqual(old[attr], diff[attr])) { continue; }
                changed[attr] = diff[attr];
                any = true;
            }
            return any ? changed : false;
        },
        previous: function (attr) { return attr == null || !this._previousAttributes ? null : this._previousAttributes[attr]; },
        previousAttributes: function () { return extendOwn({}, this._previousAttributes); },
        fetch: function (options) {
            options = extendOwn({ parse: true }, options);
            var model = this, success = options.success;
            options.success = function (response) {
                var attrs = options.parse ? model.parse(response, options) : response;
                if (!model.set(attrs, options)) { return false; }
                if (success) { success.call(options.context, model, response, options); }
                model.trigger('sync', model, response, options);
            };
            wrapError(this, options);
            return this.sync('read', this, options);
        },
        save: function (key, val, options) {
            var attrs;
            if (key == null || typeof key === 'object') { attrs = key; options = val; } else { (attrs = {})[key] = val; }
            options = extendOwn({ validate: true, parse: true }, options);
            var wait = options.wait, attributes = this.attributes;
            if (attrs && !wait) {
                if (!this.set(attrs, options)) { return false; }
            } else if (!this._validate(attrs, options)) {
                return false;
            }
            wrapError(this, options);
            if (attrs && wait) { this.attributes = extendOwn({}, attributes, attrs); }
            var method = this.isNew() ? 'create' : (options.patch ? 'patch' : 'update');
            if (method === 'patch' && !options.attrs) { options.attrs = attrs; }
            try { return this.sync(method, this, options); } finally { this.attributes = attributes; }
        },
        destroy: function (options) {
            options = options ? extendOwn({}, options) : {};
            var model = this, success = options.success, wait = options.wait;
            var destroy = function () { model.stopListening(); model.trigger('destroy', model, model.collection, options); };
            options.success = function (response) {
                if (wait) { destroy(); }
                if (success) { success.call(options.context, model, response, options); }
                if (!model.isNew()) { model.trigger('sync', model, response, options); }
            };
            if (this.isNew()) {
                setTimeout(options.success, 1);
                if (!wait) { destroy(); }
                return false;
            }
            wrapError(this, options);
            var xhr = this.sync('delete', this, options);
            if (!wait) { destroy(); }
            return xhr;
        },
        url: function () {
            var base = result(this, 'urlRoot') || result(this.collection, 'url') || urlError();
            if (this.isNew()) { return base; }
            var id = this.get(this.idAttribute);
            return base.replace(/[^\/]$/, '$&/') + encodeURIComponent(id);
        },
        parse: function (response) { return response; },
        clone: function () { return new this.constructor(this.attributes); },
        isNew: function () { return !this.has(this.idAttribute); },
        isValid: function (options) { return this._validate({}, extendOwn({}, options, { validate: true })); },
        _validate: function (attrs, options) {
            if (!options.validate || !this.validate) { return true; }
            attrs = extendOwn({}, this.attributes, attrs);
            var error = this.validationError = this.validate(attrs, options) || null;
            if (!error) { return true; }
            this.trigger('invalid', this, error, extendOwn(options, { validationError: error }));
            return false;
        }
    });
    // underscore's object functions, on the model's attributes.
    var modelMethods = {
        keys: function (a) { return Object.keys(a); },
        values: function (a) { return Object.keys(a).map(function (k) { return a[k]; }); },
        pairs: function (a) { return Object.keys(a).map(function (k) { return [k, a[k]]; }); },
        invert: function (a) { return _.invert(a); },
        pick: function (a) { var rest = slice.call(arguments, 1); return typeof rest[0] === 'function' ? _.pickBy(a, rest[0]) : _.pick(a, _.flattenDeep(rest)); },
        omit: function (a) { var rest = slice.call(arguments, 1); return typeof rest[0] === 'function' ? _.omitBy(a, rest[0]) : _.omit(a, _.flattenDeep(rest)); },
        chain: function (a) { return lodash.chain(a); },
        isEmpty: function (a) { return _.isEmpty(a); }
    };
    Object.keys(modelMethods).forEach(function (name) {
        Model.prototype[name] = function () { return modelMethods[name].apply(null, [this.attributes].concat(slice.call(arguments))); };
    });

    // ---- Collection ----

    function Collection(models, options) {
        options = options || {};
        this.preinitialize.apply(this, arguments);
        if (options.model) { this.model = options.model; }
        if (options.comparator !== undefined) { this.comparator = options.comparator; }
        this._reset();
        this.initialize.apply(this, arguments);
        if (models) { this.reset(models, extendOwn({ silent: true }, options)); }
    }
    function spliceInto(array, insert, at) {
        at = Math.min(Math.max(at, 0), array.length);
        Array.prototype.splice.apply(array, [at, 0].concat(insert));
    }
    extendOwn(Collection.prototype, Events, {
        model: Model,
        preinitialize: function () {},
        initialize: function () {},
        toJSON: function (options) { return this.map(function (model) { return model.toJSON(options); }); },
        sync: function () { return Backbone.sync.apply(this, arguments); },
        add: function (models, options) { return this.set(models, extendOwn({ merge: false }, options, { add: true, remove: false })); },
        remove: function (models, options) {
            options = extendOwn({}, options);
            var singular = !Array.isArray(models);
            models = singular ? [models] : models.slice();
            var removed = this._removeModels(models, options);
            if (!options.silent && removed.length) {
                options.changes = { added: [], merged: [], removed: removed };
                this.trigger('update', this, options);
            }
            return singular ? removed[0] : removed;
        },
        set: function (models, options) {
            if (models == null) { return undefined; }
            options = extendOwn({}, { add: true, remove: true, merge: true }, options);
            if (options.parse && !this._isModel(models)) { models = this.parse(models, options) || []; }
            var singular = !Array.isArray(models);
            models = singular ? [models] : models.slice();
            var at = options.at;
            if (at != null) { at = +at; }
            if (at > this.length) { at = this.length; }
            if (at < 0) { at += this.length + 1; }
            var set = [], toAdd = [], toMerge = [], toRemove = [], modelMap = {};
            var add = options.add, merge = options.merge, remove = options.remove;
            var sort = false, sortable = this.comparator && at == null && options.sort !== false;
            var sortAttr = typeof this.comparator === 'string' ? this.comparator : null;
            var model, i;
            for (i = 0; i < models.length; i++) {
                model = models[i];
                var existing = this.get(model);
                if (existing) {
                    if (merge && model !== existing) {
                        var attrs = this._isModel(model) ? model.attributes : model;
                        if (options.parse) { attrs = existing.parse(attrs, options); }
                        existing.set(attrs, options);
                        toMerge.push(existing);
                        if (sortable && !sort) { sort = existing.hasChanged(sortAttr); }
                    }
                    if (!modelMap[existing.cid]) { modelMap[existing.cid] = true; set.push(existing); }
                    models[i] = existing;
                } else if (add) {
                    model = models[i] = this._prepareModel(model, options);
                    if (model) {
                        toAdd.push(model);
                        this._addReference(model, options);
                        modelMap[model.cid] = true;
                        set.push(model);
                    }
                }
            }
            if (remove) {
                for (i = 0; i < this.length; i++) { model = this.models[i]; if (!modelMap[model.cid]) { toRemove.push(model); } }
                if (toRemove.length) { this._removeModels(toRemove, options); }
            }
            var orderChanged = false, replace = !sortable && add && remove;
            if (set.length && replace) {
                orderChanged = this.length !== set.length || this.models.some(function (m, index) { return m !== set[index]; });
                this.models.length = 0;
                spliceInto(this.models, set, 0);
                this.length = this.models.length;
            } else if (toAdd.length) {
                if (sortable) { sort = true; }
                spliceInto(this.models, toAdd, at == null ? this.length : at);
                this.length = this.models.length;
            }
            if (sort) { this.sort({ silent: true }); }
            if (!options.silent) {
                for (i = 0; i < toAdd.length; i++) {
                    if (at != null) { options.index = at + i; }
                    model = toAdd[i];
                    model.trigger('add', model, this, options);
                }
                if (sort || orderChanged) { this.trigger('sort', this, options); }
                if (toAdd.length || toRemove.length || toMerge.length) {
                    options.changes = { added: toAdd, removed: toRemove, merged: toMerge };
                    this.trigger('update', this, options);
                }
            }
            return singular ? models[0] : models;
        },
        reset: function (models, options) {
            options = options ? extendOwn({}, options) : {};
            for (var i = 0; i < this.models.length; i++) { this._removeReference(this.models[i], options); }
            options.previousModels = this.models;
            this._reset();
            models = this.add(models, extendOwn({ silent: true }, options));
            if (!options.silent) { this.trigger('reset', this, options); }
            return models;
        },
        push: function (model, options) { return this.add(model, extendOwn({ at: this.length }, options)); },
        pop: function (options) { return this.remove(this.at(this.length - 1), options); },
        unshift: function (model, options) { return this.add(model, extendOwn({ at: 0 }, options)); },
        shift: function (options) { return this.remove(this.at(0), options); },
        slice: function () { return slice.apply(this.models, arguments); },
        get: function (obj) {
            if (obj == null) { return undefined; }
            return this._byId[obj] || this._byId[this.modelId(this._isModel(obj) ? obj.attributes : obj, obj.idAttribute)] || (obj.cid && this._byId[obj.cid]);
        },
        has: function (obj) { return this.get(obj) != null; },
        at: function (index) { if (index < 0) { index += this.length; } return this.models[index]; },
        where: function (attrs, first) { return this[first ? 'find' : 'filter'](attrs); },
        findWhere: function (attrs) { return this.where(attrs, true); },
        sort: function (options) {
            var comparator = this.comparator;
            if (!comparator) { throw new Error('Cannot sort a set without a comparator'); }
            options = options || {};
            var length = comparator.length;
            if (typeof comparator === 'function') { comparator = comparator.bind(this); }
            if (length === 1 || typeof comparator === 'string') { this.models = this.sortBy(comparator); } else { this.models.sort(comparator); }
            if (!options.silent) { this.trigger('sort', this, options); }
            return this;
        },
        pluck: function (attr) { return this.map(attr + ''); },
        fetch: function (options) {
            options = extendOwn({ parse: true }, options);
            var collection = this, success = options.success;
            options.success = function (response) {
                collection[options.reset ? 'reset' : 'set'](response, options);
                if (success) { success.call(options.context, collection, response, options); }
                collection.trigger('sync', collection, response, options);
            };
            wrapError(this, options);
            return this.sync('read', this, options);
        },
        create: function (model, options) {
            options = options ? extendOwn({}, options) : {};
            var wait = options.wait;
            model = this._prepareModel(model, options);
            if (!model) { return false; }
            if (!wait) { this.add(model, options); }
            var collection = this, success = options.success;
            options.success = function (m, response, callbackOptions) {
                if (wait) { collection.add(m, callbackOptions); }
                if (success) { success.call(callbackOptions.context, m, response, callbackOptions); }
            };
            model.save(null, options);
            return model;
        },
        parse: function (response) { return response; },
        clone: function () { return new this.constructor(this.models, { model: this.model, comparator: this.comparator }); },
        modelId: function (attrs, idAttribute) { return attrs[idAttribute || this.model.prototype.idAttribute || 'id']; },
        values: function () { return this.models.slice()[Symbol.iterator](); },
        keys: function () { return this.models.map(function (m) { return m.id !== undefined ? m.id : m.cid; })[Symbol.iterator](); },
        entries: function () { return this.models.map(function (m) { return [m.id !== undefined ? m.id : m.cid, m]; })[Symbol.iterator](); },
        _reset: function () { this.length = 0; this.models = []; this._byId = {}; },
        _prepareModel: function (attrs, options) {
            if (this._isModel(attrs)) {
                if (!attrs.collection) { attrs.collection = this; }
                return attrs;
            }
            options = options ? extendOwn({}, options) : {};
            options.collection = this;
            var model = this.model.prototype ? new this.model(attrs, options) : this.model(attrs, options);
            if (!model.validationError) { return model; }
            this.trigger('invalid', this, model.validationError, options);
            return false;
        },
        _removeModels: function (models, options) {
            var removed = [];
            for (var i = 0; i < models.length; i++) {
                var model = this.get(models[i]);
                if (!model) { continue; }
                var index = this.indexOf(model);
                this.models.splice(index, 1);
                this.length--;
                delete this._byId[model.cid];
                var id = this.modelId(model.attributes, model.idAttribute);
                if (id != null) { delete this._byId[id]; }
                if (!options.silent) { options.index = index; model.trigger('remove', model, this, options); }
                removed.push(model);
                this._removeReference(model, options);
            }
            if (models.length > 0 && !options.silent) { delete options.index; }
            return removed;
        },
        _isModel: function (model) { return model instanceof Model; },
        _addReference: function (model) {
            this._byId[model.cid] = model;
            var id = this.modelId(model.attributes, model.idAttribute);
            if (id != null) { this._byId[id] = model; }
            model.on('all', this._onModelEvent, this);
        },
        _removeReference: function (model) {
            delete this._byId[model.cid];
            var id = this.modelId(model.attributes, model.idAttribute);
            if (id != null) { delete this._byId[id]; }
            if (this === model.collection) { delete model.collection; }
            model.off('all', this._onModelEvent, this);
        },
        _onModelEvent: function (event, model, collection, options) {
            if (model) {
                if ((event === 'add' || event === 'remove') && collection !== this) { return; }
                if (event === 'destroy') { this.remove(model, options); }
                if (event === 'changeId') {
                    var prevId = this.modelId(model.previousAttributes(), model.idAttribute), id = this.modelId(model.attributes, model.idAttribute);
                    if (prevId != null) { delete this._byId[prevId]; }
                    if (id != null) { this._byId[id] = model; }
                }
            }
            this.trigger.apply(this, arguments);
        }
    });
    Collection.prototype[Symbol.iterator] = Collection.prototype.values;

    // underscore's collection functions on the models; an iteratee may be an
    // attribute name or a map of attributes the models must have.
    function iterateeFor(collection, iteratee) {
        if (typeof iteratee === 'function') { return iteratee; }
        if (iteratee && typeof iteratee === 'object' && !collection._isModel(iteratee)) {
            return function (model) { return _.isMatch(model.attributes, iteratee); };
        }
        if (typeof iteratee === 'string') { return function (model) { return model.get(iteratee); }; }
        return iteratee;
    }
    function extreme(list, fn, better, start) {
        var best = start, bestValue = start;
        list.forEach(function (value, index) {
            var computed = fn ? fn(value, index, list) : value;
            if (better(computed, bestValue) || (computed === start && best === start)) { best = value; bestValue = computed; }
        });
        return best;
    }
    function bound(fn, context) { return fn && context !== undefined ? fn.bind(context) : fn; }
    // lodash's function of the same meaning, with the iteratee bound to `ctx`.
    function viaLodash(name) { return function (m, fn, ctx) { return _[name](m, bound(fn, ctx)); }; }
    var collectionMethods = {
        forEach: function (m, fn, ctx) { m.forEach(bound(fn, ctx)); },
        map: viaLodash('map'),
        reduce: function () { return _.reduce.apply(null, arguments); },
        reduceRight: function () { return _.reduceRight.apply(null, arguments); },
        find: viaLodash('find'),
        filter: viaLodash('filter'),
        reject: viaLodash('reject'),
        every: viaLodash('every'),
        some: viaLodash('some'),
        includes: function (m, value, from) { return _.includes(m, value, from); },
        invoke: function () { return _.invokeMap.apply(null, arguments); },
        max: function (m, fn, ctx) { return extreme(m, bound(fn, ctx), function (a, b) { return a > b; }, -Infinity); },
        min: function (m, fn, ctx) { return extreme(m, bound(fn, ctx), function (a, b) { return a < b; }, Infinity); },
        toArray: function (m) { return m.slice(); },
        size: function (m) { return m.length; },
        first: function (m, n) { return n == null ? m[0] : m.slice(0, Math.max(n, 0)); },
        initial: function (m, n) { return m.slice(0, Math.max(0, m.length - (n == null ? 1 : n))); },
        rest: function (m, n) { return m.slice(n == null ? 1 : n); },
        last: function (m, n) { return n == null ? m[m.length - 1] : m.slice(Math.max(0, m.length - n)); },
        without: function (m) { var out = slice.call(arguments, 1); return m.filter(function (x) { return out.indexOf(x) < 0; }); },
        difference: function (m) { var out = _.flatten(slice.call(arguments, 1)); return m.filter(function (x) { return out.indexOf(x) < 0; }); },
        indexOf: function (m, value, from) { return m.indexOf(value, typeof from === 'number' ? from : 0); },
        lastIndexOf: function (m, value, from) { return from === undefined ? m.lastIndexOf(value) : m.lastIndexOf(value, from); },
        shuffle: function (m) { return _.shuffle(m); },
        isEmpty: function (m) { return !m.length; },
        chain: function (m) { return lodash.chain(m); },
        sample: function (m, n) { return n == null ? _.sample(m) : _.sampleSize(m, n); },
        partition: viaLodash('partition'),
        groupBy: viaLodash('groupBy'),
        countBy: viaLodash('countBy'),
        sortBy: viaLodash('sortBy'),
        indexBy: viaLodash('keyBy'),
        findIndex: viaLodash('findIndex'),
        findLastIndex: viaLodash('findLastIndex')
    };
    // underscore's other names for them.
    [['each', 'forEach'], ['collect', 'map'], ['foldl', 'reduce'], ['inject', 'reduce'], ['foldr', 'reduceRight'], ['detect', 'find'],
        ['select', 'filter'], ['all', 'every'], ['any', 'some'], ['include', 'includes'], ['contains', 'includes'], ['head', 'first'],
        ['take', 'first'], ['tail', 'rest'], ['drop', 'rest']].forEach(function (alias) { collectionMethods[alias[0]] = collectionMethods[alias[1]]; });
    var takesIteratee = ['forEach', 'each', 'map', 'collect', 'find', 'detect', 'filter', 'select', 'reject', 'every', 'all', 'some', 'any',
        'max', 'min', 'partition', 'groupBy', 'countBy', 'sortBy', 'indexBy', 'findIndex', 'findLastIndex', 'reduce', 'foldl', 'inject', 'reduceRight', 'foldr'];
    Object.keys(collectionMethods).forEach(function (name) {
        Collection.prototype[name] = function () {
            var args = slice.call(arguments);
            if (takesIteratee.indexOf(name) >= 0 && args.length) { args[0] = iterateeFor(this, args[0]); }
            return collectionMethods[name].apply(null, [this.models].concat(args));
        };
    });

    // ---- View: the sandbox has no document ----

    function View(options) {
        this.cid = uniqueId('view');
        this.preinitialize.apply(this, arguments);
        extendOwn(this, _.pick(options || {}, ['model', 'collection', 'el', 'id', 'attributes', 'className', 'tagName', 'events']));
        throw new ReferenceError('document is not defined');
    }
    extendOwn(View.prototype, Events, { tagName: 'div', preinitialize: function () {}, initialize: function () {} });

    // ---- Router and History (routes match fragments handed to loadUrl) ----

    var optionalParam = /\((.*?)\)/g, namedParam = /(\(\?)?:\w+/g, splatParam = /\*\w+/g, escapeRegExp = /[\-{}\[\]+?.,\\\^$|#\s]/g;
    function Router(options) {
        options = options || {};
        this.preinitialize.apply(this, arguments);
        if (options.routes) { this.routes = options.routes; }
        this._bindRoutes();
        this.initialize.apply(this, arguments);
    }
    extendOwn(Router.prototype, Events, {
        preinitialize: function () {},
        initialize: function () {},
        route: function (route, name, callback) {
            if (!_.isRegExp(route)) { route = this._routeToRegExp(route); }
            if (typeof name === 'function') { callback = name; name = ''; }
            if (!callback) { callback = this[name]; }
            var router = this;
            Backbone.history.route(route, function (fragment) {
                var args = router._extractParameters(route, fragment);
                if (router.execute(callback, args, name) !== false) {
                    router.trigger.apply(router, ['route:' + name].concat(args));
                    router.trigger('route', name, args);
                    Backbone.history.trigger('route', router, name, args);
                }
            });
            return this;
        },
        execute: function (callback, args) { if (callback) { callback.apply(this, args); } },
        navigate: function (fragment, options) { Backbone.history.navigate(fragment, options); return this; },
        _bindRoutes: function () {
            if (!this.routes) { return; }
            this.routes = result(this, 'routes');
            var routes = Object.keys(this.routes), route;
            while ((route = routes.pop()) != null) { this.route(route, this.routes[route]); }
        },
        _routeToRegExp: function (route) {
            route = route.replace(escapeRegExp, '\\$&').replace(optionalParam, '(?:$1)?')
                .replace(namedParam, function (match, optional) { return optional ? match : '([^/?]+)'; })
                .replace(splatParam, '([^?]*?)');
            return new RegExp('^' + route + '(?:\\?([\\s\\S]*))?$');
        },
        _extractParameters: function (route, fragment) {
            var params = route.exec(fragment).slice(1);
            return params.map(function (param, i) {
                if (i === params.length - 1) { return param || null; }
                return param ? decodeURIComponent(param) : null;
            });
        }
    });

    // Backbone.history reads `window.location`: in the sandbox it can hold
    // routes, but starting, navigating and loading a URL fail as in Newman's.
    var routeStripper = /^[#\/]|\s+$/g;
    function History() {
        this.handlers = [];
        this.checkUrl = this.checkUrl.bind(this);
    }
    History.started = false;
    function noLocation(what) { return new TypeError('Cannot read properties of undefined (reading \'' + what + '\')'); }
    extendOwn(History.prototype, Events, {
        interval: 50,
        getFragment: function (fragment) {
            if (fragment == null) { throw new ReferenceError('window is not defined'); }
            return String(fragment).replace(routeStripper, '');
        },
        start: function (options) {
            if (History.started) { throw new Error('Backbone.history has already been started'); }
            History.started = true;
            this.options = extendOwn({ root: '/' }, this.options, options);
            this.root = this.options.root;
            this._trailingSlash = this.options.trailingSlash;
            this._wantsHashChange = this.options.hashChange !== false;
            throw new ReferenceError('window is not defined');
        },
        stop: function () { History.started = false; },
        route: function (route, callback) { this.handlers.unshift({ route: route, callback: callback }); },
        checkUrl: function () { return this.loadUrl(); },
        loadUrl: function () { throw noLocation('pathname'); },
        navigate: function (fragment) {
            if (!History.started) { return false; }
            this.fragment = decodeURI(this.getFragment(fragment || '').replace(/#.*$/, ''));
            throw new TypeError("Cannot set properties of undefined (setting 'hash')");
        }
    });

    Model.extend = Collection.extend = Router.extend = View.extend = History.extend = extend;

    // jQuery, as the sandbox bundles it: a factory that wants a window.
    function jQuery() { throw new Error('jQuery requires a window with a document'); }
    var methodMap = { create: 'POST', update: 'PUT', patch: 'PATCH', delete: 'DELETE', read: 'GET' };
    var Backbone = extendOwn({}, Events, {
        VERSION: '1.6.0',
        $: jQuery,
        emulateHTTP: false,
        emulateJSON: false,
        _debug: function () { return { root: undefined, _: lodash }; },
        noConflict: function () { return this; },
        sync: function (method, model, options) {
            options = options || {};
            var params = { type: methodMap[method], dataType: 'json' };
            if (!options.url) { params.url = result(model, 'url') || urlError(); }
            if (options.data == null && model && (method === 'create' || method === 'update' || method === 'patch')) {
                params.contentType = 'application/json';
                params.data = JSON.stringify(options.attrs || model.toJSON(options));
            }
            var xhr = options.xhr = Backbone.ajax(extendOwn(params, options));
            model.trigger('request', model, xhr, options);
            return xhr;
        },
        ajax: function () {
            if (typeof Backbone.$.ajax !== 'function') { throw new TypeError("Cannot read properties of undefined (reading 'apply')"); }
            return Backbone.$.ajax.apply(Backbone.$, arguments);
        },
        Events: Events,
        Model: Model,
        Collection: Collection,
        View: View,
        Router: Router,
        History: History
    });
    Backbone.history = new History();
    return Backbone;
}(__lazy('lib/lodash.js'));
