// `require('stream')`: Node's streams as the sandbox bundles them
// (stream-browserify 2 over readable-stream 2): `Stream` with `pipe`, and
// `Readable`, `Writable`, `Duplex`, `Transform`, `PassThrough`. Events are
// emitted on a later turn, as browserify's `process.nextTick` (a timer)
// does; string chunks become Buffers unless an encoding or object mode is
// set. The flow is simplified: no high-water-mark back-pressure (`write`
// always answers true), which scripts that collect a body never notice.
0, function (global, require) {
    'use strict';

    var EventEmitter = require('events');
    var Buffer = require('buffer').Buffer;

    // browserify's nextTick: callbacks queued and run together on one timer.
    var queue = [], draining = false;
    function nextTick(fn) {
        var args = Array.prototype.slice.call(arguments, 1);
        queue.push(function () { fn.apply(null, args); });
        if (!draining) {
            draining = true;
            global.setTimeout(function () {
                while (queue.length) { queue.shift()(); }
                draining = false;
            }, 0);
        }
    }

    function inherits(Child, Parent) {
        Child.prototype = Object.create(Parent.prototype, { constructor: { value: Child, writable: true, configurable: true } });
        Object.setPrototypeOf(Child, Parent);
    }

    // The legacy base: an EventEmitter with `pipe`.
    function Stream() { EventEmitter.call(this); }
    inherits(Stream, EventEmitter);
    Stream.prototype.pipe = function (dest, options) {
        var source = this;
        source.on('data', function (chunk) { if (dest.write(chunk) === false && source.pause) { source.pause(); } });
        dest.on('drain', function () { if (source.resume) { source.resume(); } });
        if (!options || options.end !== false) { source.on('end', function () { dest.end(); }); }
        dest.emit('pipe', source);
        return dest;
    };

    function toChunk(chunk, encoding, state) {
        if (state.objectMode || chunk === null || chunk === undefined) { return chunk; }
        if (typeof chunk === 'string') { return state.encoding ? chunk : Buffer.from(chunk, encoding || 'utf8'); }
        if (chunk instanceof Uint8Array && !Buffer.isBuffer(chunk)) { return Buffer.from(chunk); }
        if (!Buffer.isBuffer(chunk)) { throw new TypeError('Invalid non-string/buffer chunk'); }
        return state.encoding ? chunk.toString(state.encoding) : chunk;
    }

    // ---- Readable ----

    function Readable(options) {
        if (!(this instanceof Readable)) { return new Readable(options); }
        options = options || {};
        Stream.call(this);
        this._readableState = {
            objectMode: !!(options.objectMode || options.readableObjectMode), encoding: options.encoding || null,
            buffer: [], ended: false, endEmitted: false, flowing: null, reading: false, scheduled: false
        };
        this.readable = true;
        if (typeof options.read === 'function') { this._read = options.read; }
    }
    inherits(Readable, Stream);
    Readable.prototype._read = function () { this.emit('error', new Error('_read() is not implemented')); };
    Readable.prototype.push = function (chunk, encoding) {
        var state = this._readableState;
        if (chunk === null) { state.ended = true; } else if (!state.ended) {
            state.buffer.push(toChunk(chunk, encoding, state));
        }
        state.reading = false;
        this._schedule();
        return !state.ended;
    };
    Readable.prototype.unshift = function (chunk) { this._readableState.buffer.unshift(toChunk(chunk, null, this._readableState)); return true; };
    Readable.prototype.setEncoding = function (encoding) {
        var state = this._readableState;
        state.encoding = encoding;
        state.buffer = state.buffer.map(function (c) { return Buffer.isBuffer(c) ? c.toString(encoding) : c; });
        return this;
    };
    Readable.prototype._schedule = function () {
        var state = this._readableState, self = this;
        if (state.scheduled) { return; }
        state.scheduled = true;
        nextTick(function () { state.scheduled = false; self._flow(); });
    };
    // Hands out what is buffered while flowing, asks for more, ends once drained.
    Readable.prototype._flow = function () {
        var state = this._readableState;
        if (state.flowing) {
            while (state.flowing && state.buffer.length) { this.emit('data', state.buffer.shift()); }
        } else if (state.buffer.length) {
            this.emit('readable');
        }
        if (state.ended) { if (!state.buffer.length) { this._end(); } return; }
        if (state.flowing && !state.reading) {
            state.reading = true;
            this._read();
        }
    };
    Readable.prototype._end = function () {
        var state = this._readableState;
        if (state.endEmitted) { return; }
        state.endEmitted = true;
        this.readable = false;
        this.emit('end');
    };
    Readable.prototype.read = function () {
        var state = this._readableState;
        if (!state.buffer.length) {
            if (state.ended) { this._schedule(); return null; }
            if (!state.reading) { state.reading = true; this._read(); }
            if (!state.buffer.length) { return null; }
        }
        var chunk;
        if (state.objectMode) { chunk = state.buffer.shift(); }
        else if (state.encoding) { chunk = state.buffer.join(''); state.buffer = []; }
        else { chunk = Buffer.concat(state.buffer); state.buffer = []; }
        if (state.ended && !state.buffer.length) { this._schedule(); }
        return chunk;
    };
    Readable.prototype.on = function (name, listener) {
        var result = Stream.prototype.on.call(this, name, listener);
        var state = this._readableState;
        if (name === 'data' && state.flowing !== false) { this.resume(); }
        if (name === 'readable') { this._schedule(); if (!state.reading && !state.ended) { state.reading = true; this._read(); } }
        return result;
    };
    Readable.prototype.addListener = Readable.prototype.on;
    Readable.prototype.resume = function () {
        this._readableState.flowing = true;
        this._schedule();
        return this;
    };
    Readable.prototype.pause = function () { this._readableState.flowing = false; return this; };
    Readable.prototype.isPaused = function () { return this._readableState.flowing === false; };
    Readable.prototype.pipe = function (dest, options) {
        Stream.prototype.pipe.call(this, dest, options);
        this.resume();
        return dest;
    };
    Readable.prototype.destroy = function (error) {
        var state = this._readableState, self = this;
        state.ended = true;
        state.endEmitted = true;
        state.buffer = [];
        nextTick(function () { if (error) { self.emit('error', error); } self.emit('close'); });
        return this;
    };

    // ---- Writable ----

    function initWritable(stream, options) {
        stream._writableState = {
            objectMode: !!(options.objectMode || options.writableObjectMode),
            decodeStrings: options.decodeStrings !== false, ending: false, finished: false, pending: 0, ended: false
        };
        stream.writable = true;
        if (typeof options.write === 'function') { stream._write = options.write; }
        if (typeof options.final === 'function') { stream._final = options.final; }
    }
    function Writable(options) {
        if (!(this instanceof Writable)) { return new Writable(options); }
        Stream.call(this);
        initWritable(this, options || {});
    }
    inherits(Writable, Stream);
    Writable.prototype._write = function () { throw new Error('_write() is not implemented'); };
    Writable.prototype.write = function (chunk, encoding, callback) {
        var state = this._writableState, self = this;
        if (typeof encoding === 'function') { callback = encoding; encoding = null; }
        if (state.ending) {
            var error = new Error('write after end');
            nextTick(function () { self.emit('error', error); if (callback) { callback(error); } });
            return false;
        }
        if (!state.objectMode && typeof chunk === 'string' && state.decodeStrings) { chunk = Buffer.from(chunk, encoding || 'utf8'); encoding = 'buffer'; }
        else if (!state.objectMode && Buffer.isBuffer(chunk)) { encoding = 'buffer'; }
        state.pending += 1;
        this._write(chunk, encoding || 'utf8', function (error) {
            state.pending -= 1;
            if (error) { nextTick(function () { self.emit('error', error); }); }
            if (callback) { nextTick(callback, error); }
            self._maybeFinish();
        });
        return true;
    };
    Writable.prototype.end = function (chunk, encoding, callback) {
        var state = this._writableState, self = this;
        if (typeof chunk === 'function') { callback = chunk; chunk = null; }
        else if (typeof encoding === 'function') { callback = encoding; encoding = null; }
        if (chunk !== null && chunk !== undefined) { this.write(chunk, encoding); }
        if (callback) { this.once('finish', callback); }
        if (state.ending) { return this; }
        state.ending = true;
        this._maybeFinish();
        return this;
    };
    Writable.prototype._maybeFinish = function () {
        var state = this._writableState, self = this;
        if (!state.ending || state.pending || state.finished || state.ended) { return; }
        state.ended = true;
        function finish() { state.finished = true; self.writable = false; nextTick(function () { self.emit('finish'); }); }
        if (this._final) { this._final(function (error) { if (error) { self.emit('error', error); } finish(); }); } else { finish(); }
    };
    Writable.prototype.cork = function () {};
    Writable.prototype.uncork = function () {};
    Writable.prototype.setDefaultEncoding = function () { return this; };
    Writable.prototype.destroy = Readable.prototype.destroy;

    // ---- Duplex, Transform, PassThrough ----

    function Duplex(options) {
        if (!(this instanceof Duplex)) { return new Duplex(options); }
        options = options || {};
        Readable.call(this, options);
        initWritable(this, options);
        if (options.allowHalfOpen === false) { this.once('end', this.end); }
    }
    inherits(Duplex, Readable);
    ['write', 'end', '_maybeFinish', 'cork', 'uncork', 'setDefaultEncoding'].forEach(function (name) {
        Duplex.prototype[name] = Writable.prototype[name];
    });
    Duplex.prototype._write = Writable.prototype._write;

    function Transform(options) {
        if (!(this instanceof Transform)) { return new Transform(options); }
        options = options || {};
        Duplex.call(this, options);
        if (typeof options.transform === 'function') { this._transform = options.transform; }
        if (typeof options.flush === 'function') { this._flush = options.flush; }
        var self = this;
        this.once('prefinish', function () {});
        this._final = function (done) {
            var finish = function (error, data) {
                if (data !== null && data !== undefined) { self.push(data); }
                self.push(null);
                done(error);
            };
            if (typeof self._flush === 'function') { self._flush(finish); } else { finish(); }
        };
    }
    inherits(Transform, Duplex);
    Transform.prototype._transform = function () { throw new Error('_transform() is not implemented'); };
    Transform.prototype._write = function (chunk, encoding, callback) {
        var self = this;
        this._transform(chunk, encoding, function (error, data) {
            if (data !== null && data !== undefined) { self.push(data); }
            callback(error);
        });
    };
    Transform.prototype._read = function () {};

    function PassThrough(options) {
        if (!(this instanceof PassThrough)) { return new PassThrough(options); }
        Transform.call(this, options);
    }
    inherits(PassThrough, Transform);
    PassThrough.prototype._transform = function (chunk, encoding, callback) { callback(null, chunk); };

    Stream.Stream = Stream;
    Stream.Readable = Readable;
    Stream.Writable = Writable;
    Stream.Duplex = Duplex;
    Stream.Transform = Transform;
    Stream.PassThrough = PassThrough;
    return Stream;
}(globalThis, globalThis.require);
