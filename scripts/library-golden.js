// Regenerates fixtures/scripts/libraries.json: what the real libraries
// Newman 6.2's sandbox bundles (postman-sandbox 4.7.1) answer for each
// call. postrun's sandbox is tested against this file
// (tests/it/scripts_libraries.rs). Run with TZ=UTC:
//
//   npm install --prefix /tmp/golden lodash@4.17.21 lodash3@3.10.2 \
//       moment@2.30.1 crypto-js@3.3.0 buffer@6.0.3 ajv@6.12.5 tv4@1.3.0 \
//       xml2js@0.4.23 csv-parse@1.2.4 cheerio@0.22.0 chai@4.4.1 \
//       path-browserify@0.0.1 querystring-es3@0.2.1 events@3.3.0 util@0.10.4 \
//       punycode@1.4.1 url@0.11.0 string_decoder@1.3.0 assert@2.0.0 uuid@9.0.1 \
//       postman-collection@4.4.0
//   TZ=UTC node scripts/library-golden.js /tmp/golden > fixtures/scripts/libraries.json
//
// Each case is an expression over the libraries (`L` is require('lodash'),
// `_` the lodash 3 global, `node.*` the Node modules, …) and the helpers in
// `setup`; the value recorded is its JSON (or `throws: message`). Random and
// clock-dependent calls are left out; URL cases use node's own URL (Newman
// 6's sandbox has none).
// Sugar's extensions of the built-ins are recorded in a context where the
// sandbox's copy of Sugar is loaded (it needs the Newman install of .parity/).
const path = require('path');
const modules = path.resolve(process.argv[2] || '/tmp/golden', 'node_modules');
const L = require(path.join(modules, 'lodash'));
const _ = require(path.join(modules, 'lodash3'));
const moment = require(path.join(modules, 'moment'));
const CryptoJS = require(path.join(modules, 'crypto-js'));
const { Buffer } = require(path.join(modules, 'buffer'));
const Ajv = require(path.join(modules, 'ajv'));
const tv4 = require(path.join(modules, 'tv4'));
const xml2js = require(path.join(modules, 'xml2js'));
// browserify's stand-ins for Node's modules, as the sandbox bundles them.
const node = {
    path: require(path.join(modules, 'path-browserify')),
    querystring: require(path.join(modules, 'querystring-es3')),
    events: require(path.join(modules, 'events')),
    util: require(path.join(modules, 'util')),
    punycode: require(path.join(modules, 'punycode')),
    url: require(path.join(modules, 'url')),
    string_decoder: require(path.join(modules, 'string_decoder')),
    assert: require(path.join(modules, 'assert')),
    // string_decoder reads Node's own Buffer; the sandbox has one Buffer.
    Buffer: global.Buffer
};
const csvParse = require(path.join(modules, 'csv-parse/lib/sync'));
const cheerio = require(path.join(modules, 'cheerio'));
const chai = require(path.join(modules, 'chai'));
// Postman's collection SDK, the version postman-sandbox 4.7.1 bundles.
// The functions lodash itself exports, before the SDK mixes its helpers into
// the shared copy (as it does in the sandbox: those are checked apart).
const lodashOwnFunctions = Object.keys(L).filter((k) => typeof L[k] === 'function');
const sdk = require(path.join(modules, 'postman-collection'));
// Backbone 1.6.0 (the sandbox's `Backbone`, with underscore) and liquid-json
// (`require('json')`, from Newman's install in .parity/).
const B = require(path.join(modules, 'backbone'));
const liquidJson = require(require.resolve('liquid-json', { paths: [path.resolve(__dirname, '../.parity/node_modules'), modules] }));
// The uuid package's v1/v5/validate (Newman's own uuid module has only v4).
const uuid = require(path.join(modules, 'uuid'));
// The sandbox's xml2Json (postman-sandbox lib/sandbox/xml2Json.js), rebuilt
// from its options: not copied.
function xml2Json(text) {
    var out = {};
    xml2js.parseString(text, { explicitArray: false, async: false, trim: true, mergeAttrs: false }, function (e, r) { out = r; });
    return out;
}

// Evaluated before the cases, in node here and in postrun's sandbox by the
// test (where `Ajv` and `tv4` come from require): helpers that return what
// a validator said, comparably.
const setup = `
// Runs fn with the clock stopped at clock (ms): Date is a subclass whose
// no-argument form and Date.now() give that instant (the recording side
// loads Sugar into a context where Date already is such a class).
function atClock(clock, fn) {
    var RealDate = Date;
    Date = class Date extends RealDate {
        constructor(...args) { if (args.length === 0) { super(clock); } else { super(...args); } }
        static now() { return clock; }
    };
    try { return fn(); } finally { Date = RealDate; }
}
function ajvSays(schema, data, options) {
    var ajv = new Ajv(options);
    var valid = ajv.validate(schema, data);
    return [valid, ajv.errors, ajv.errorsText()];
}
function tv4Says(data, schema) {
    var valid = tv4.validate(data, schema);
    var e = tv4.error;
    return [valid, e && { code: e.code, message: e.message, dataPath: e.dataPath, schemaPath: e.schemaPath, params: e.params }];
}
function xmlSays(text, options) {
    var out;
    xml2js.parseString(text, options || {}, function (error, result) { out = error ? 'error' : result; });
    return out;
}
function noIds(value) {
    return JSON.parse(JSON.stringify(value, function (key, v) { return key === 'id' || key === '_postman_id' ? undefined : v; }));
}
function tv4All(data, schema) {
    var result = tv4.validateMultiple(data, schema);
    return [result.valid, result.errors.map(function (e) { return [e.code, e.message, e.dataPath]; })];
}
`;

const users = "[{ user: 'barney', age: 36, active: true, tags: ['a'] }, { user: 'fred', age: 40, active: false }, { user: 'pebbles', age: 1, active: true }]";
const cases = [
    // crypto-js: hashes, HMAC (RFC 4231 case 2 among them), encoders, PBKDF2
    "CryptoJS.MD5('abc').toString()", "CryptoJS.SHA1('abc').toString()", "CryptoJS.SHA224('x').toString()",
    "CryptoJS.SHA256('héllo').toString(CryptoJS.enc.Base64)", "CryptoJS.SHA384('x').toString()", "CryptoJS.SHA512('').toString()",
    "CryptoJS.SHA3('abc').toString()", "CryptoJS.SHA3('abc', { outputLength: 256 }).toString()", "CryptoJS.SHA3('abc', { outputLength: 224 }).toString()",
    "CryptoJS.RIPEMD160('abc').toString()", "CryptoJS.HmacSHA256('what do ya want for nothing?', 'Jefe').toString()",
    "CryptoJS.HmacSHA512('what do ya want for nothing?', 'Jefe').toString()", "CryptoJS.HmacSHA1('msg', 'key').toString(CryptoJS.enc.Base64)",
    "CryptoJS.HmacMD5('m', CryptoJS.enc.Hex.parse('00ff')).toString()", "CryptoJS.HmacSHA384('m', 'k').toString()", "CryptoJS.HmacSHA224('m', 'k').toString()",
    "CryptoJS.HmacSHA256(CryptoJS.enc.Utf8.parse('GET\\n/path'), CryptoJS.enc.Utf8.parse('secret')).toString(CryptoJS.enc.Base64)",
    "CryptoJS.HmacSHA256('x'.repeat(1000), 'k'.repeat(100)).toString()",
    "CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('hello wörld'))", "CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Base64.parse('aGVsbG8gd8O2cmxk'))",
    "CryptoJS.enc.Hex.parse('0102030405').words", "CryptoJS.enc.Hex.parse('0102030405').sigBytes",
    "CryptoJS.enc.Hex.parse('0102030405').concat(CryptoJS.enc.Hex.parse('0607')).toString()", "CryptoJS.enc.Latin1.stringify(CryptoJS.enc.Hex.parse('414243'))",
    "CryptoJS.enc.Utf16.stringify(CryptoJS.enc.Utf16.parse('hé'))", "CryptoJS.enc.Utf16LE.parse('ab').toString()", "CryptoJS.enc.Utf16.parse('ab').toString()",
    "CryptoJS.lib.WordArray.create([0x12345678], 3).toString()", "String(CryptoJS.MD5('x'))", "CryptoJS.enc.Utf8.stringify(CryptoJS.enc.Hex.parse('ff'))",
    "CryptoJS.PBKDF2('password', 'salt', { keySize: 8, iterations: 2 }).toString()", "CryptoJS.PBKDF2('p', 's').toString()",
    "CryptoJS.PBKDF2('p', 's', { hasher: CryptoJS.algo.SHA256, keySize: 4, iterations: 3 }).toString()",
    "(function () { var h = CryptoJS.algo.SHA256.create(); h.update('a'); h.update('bc'); return h.finalize().toString(); })()",
    "(function () { var m = CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA256, 'k'); m.update('a'); return m.finalize('b').toString(); })()",
    // ciphers: key + iv (deterministic), a fixed OpenSSL string, passphrase round trips
    ...cipherCases(),
    // lodash 4 and the lodash 3 global
    "_.VERSION", "L.VERSION", "_.capitalize('fRED')", "L.capitalize('fRED')",
    `L.filter(${users}, 'active')`, `L.map(${users}, 'user')`, `L.find(${users}, { age: 1 })`, `L.find(${users}, ['active', false])`,
    `L.sortBy(${users}, ['age'])`, `L.orderBy(${users}, ['active', 'age'], ['desc', 'asc']).map(function (u) { return u.user; })`,
    "L.groupBy([6.1, 4.2, 6.3], Math.floor)", `L.keyBy(${users}, 'user').fred`, "L.countBy(['one', 'two', 'three'], 'length')",
    "L.get({ a: [{ b: { c: 3 } }] }, 'a[0].b.c')", "[L.toPath('a.b.c'), L.toPath('a..b'), L.toPath('.a'), L.toPath('a.'), L.toPath(''), L.toPath('a[0].b'), L.toPath(\"a['x.y'].z\"), L.toPath('a.b[]'), L.toPath(5)]", "L.get({ a: { '': { b: 1 } } }, 'a..b')", "L.get({ '': { a: 2 } }, '.a')", "[L.has({ 'a.b': 1 }, 'a.b'), L.get({ a: 1, '': 3 }, ''), L.get({ a: 1 }, [], 'dflt'), L.get({ a: { b: 1 } }, 'a[b]'), L.get({ 'a[0]': 4 }, 'a[0]'), L.get({ a: [7] }, 'a[0]'), L.get([5, 6], 1), L.get({ toString: 1 }, 'toString')]", "[L.set({}, 'a.01', 1), L.set({}, 'a.0', 1), L.set({}, 'a[1].b', 2), L.set({ 'x.y': 1 }, 'x.y', 2)]", "L.get({ a: 1 }, 'b.c', 'dflt')", "L.has({ a: { b: 2 } }, 'a.b')", "L.set({}, 'a[0].b', 5)", "L.get({ 'a.b': 1 }, 'a.b')",
    "L.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })", "L.isEqual([1], [2])", "L.isEmpty({})", "L.isEmpty([1])", "L.isEmpty('')", "L.isEmpty(5)", "L.isEqual(NaN, NaN)",
    "L.pick({ a: 1, b: 2, c: 3 }, ['a', 'c'])", "L.omit({ a: 1, b: 2, c: 3 }, 'a')", "L.merge({ a: { b: 1 }, d: [1] }, { a: { c: 2 }, d: [undefined, 2] })",
    "L.cloneDeep({ a: [1, { b: 2 }] })", "L.chunk([1, 2, 3, 4, 5], 2)", "L.flatten([1, [2, [3]]])", "L.flattenDeep([1, [2, [3]]])",
    "L.difference([2, 1], [2, 3])", "L.intersection([2, 1], [2, 3])", "L.union([2], [1, 2])", "L.uniq([2, 1, 2])",
    "L.sum([4, 2, 8, 6])", "L.max([4, 2, 8, 6])", "L.min([])", "_.max([])", "_.min([])", "L.first([1, 2])", "L.last([1, 2])", "_.first([1, 2, 3], 2)", "L.size({ a: 1, b: 2 })", "L.size('abc')",
    "L.range(4)", "L.range(1, 5)", "L.range(0, 20, 5)", "L.range(-4)", "L.times(3, String)", "L.range(1, 4, 0)",
    "L.camelCase('Foo Bar')", "L.camelCase('--foo-bar--')", "L.camelCase('__FOO_BAR__')", "L.kebabCase('fooBar')", "L.snakeCase('Foo Bar')",
    "L.startCase('--foo-bar--')", "L.startCase('fooBar')", "L.lowerCase('--Foo-Bar--')", "L.upperCase('fooBar')", "L.upperFirst('fred')",
    "L.pad('abc', 8)", "L.pad('abc', 8, '_-')", "L.padStart('abc', 6, '_-')", "L.padEnd('abc', 6)", "L.trim('  abc  ')", "L.trim('-_-abc-_-', '_-')",
    "L.repeat('*', 3)", "L.escape('fred, <b> & \"x\"')", "L.truncate('hi-diddly-ho there, neighborino')", "L.words('fred, barney, & pebbles')",
    "L([1, 2, 3]).map(function (x) { return x * 2; }).value()", "L([1, 2, 3]).sum()", "L.chain([1, 2, 3]).map(function (x) { return x + 1; }).sum().value()",
    `_.pluck(${users}, 'user')`, `_.where(${users}, { active: true }).length`, "_.contains([1, 2], 2)",
    "L.mapValues({ a: 1, b: 2 }, function (v) { return v * 3; })", "L.values({ a: 1, b: 2 })", "L.keys({ a: 1 })",
    "L.includes([1, 2, 3], 1)", "L.includes({ a: 1 }, 1)", "L.includes('abc', 'b')", "L.some([null, 0, 'yes'], Boolean)", "L.every([true, 1, null], Boolean)",
    "L.reduce([1, 2], function (s, n) { return s + n; }, 0)", "L.toString([1, [2, null]])", "L.isString('x')", "L.isNumber(NaN)", "L.isNaN(NaN)",
    "L.isPlainObject({})", "L.isPlainObject([])", "L.isInteger(3.0)", "L.zip(['a', 'b'], [1, 2], [true, false])", "L.fromPairs([['a', 1]])", "L.toPairs({ a: 1 })",
    "L.partition([1, 2, 3], function (n) { return n % 2; })", "L.sortBy([3, 1, 2])", "L.compact([0, 1, false, 2, '', 3])", "L.without([2, 1, 2, 3], 1, 2)",
    "L.template('hello <%= user %>!')({ user: 'fred' })", "L.template('<b><%- value %></b>')({ value: '<script>' })",
    "L.template('<% L.forEach(users, function (u) { %><li><%- u %></li><% }); %>', { imports: {} })({ users: ['a', 'b'], L: L })",
    "L.template('hello ${ user }!')({ user: 'pebbles' })", "L.template('<%= a %> and <%= b %>')({ a: 1, b: null })", "L.template('<% print(\"hi\") %>')({})",
    "L.template('<%= d.x %>')({ d: { x: 5 } })", "L.template('<%= data.a %>', { variable: 'data' })({ a: 7 })",
    "L.template('{{ x }}', { interpolate: /{{([\\s\\S]+?)}}/g })({ x: 'mustache' })", "_.template('hi <%= n %>')({ n: 'z' })", "typeof L.templateSettings.interpolate",
    "L.shuffle([1, 2, 3]).sort()", "L.random(3, 3)", "typeof _.random", "typeof L.each", "typeof L.get",
    // moment (TZ=UTC)
    "moment('2024-02-29T13:45:30.123Z').toISOString()", "moment('2024-02-29T13:45:30.123Z').format()", "moment.utc('2024-02-29T13:45:30.123Z').format()",
    "moment.utc('2024-02-29T13:45:30.123Z').format('YYYY-MM-DD HH:mm:ss.SSS dddd MMMM Do [week] w W Q DDD A hh a X x ZZ')",
    "moment(new Date(Date.UTC(2024, 0, 31, 10))).add(4, 'months').toISOString()", "moment(new Date(Date.UTC(2024, 0, 31, 10))).add(1, 'month').toISOString()",
    "moment(new Date(Date.UTC(2024, 0, 31, 10))).subtract(5, 'days').toISOString()", "moment(new Date(Date.UTC(2024, 0, 31, 10))).add(60, 'days').format('YYYY-MM-DD')",
    "moment(new Date(Date.UTC(2024, 0, 31, 10))).add({ days: 1, hours: 2 }).toISOString()", "moment.utc('2024-03-15 10:20', 'YYYY-MM-DD HH:mm').toISOString()",
    "moment.utc('15/03/2024', 'DD/MM/YYYY').format('YYYY-MM-DD')", "moment('2024-13-01', 'YYYY-MM-DD').isValid()", "moment.utc('2024-03-15').startOf('month').toISOString()",
    "moment.utc('2024-03-15T10:00:00Z').endOf('day').toISOString()", "moment.utc('2024-03-15').diff(moment.utc('2024-01-01'), 'days')",
    "moment.utc('2024-03-15').diff('2024-01-01', 'months')", "moment.utc('2024-03-15').diff('2024-01-01', 'months', true)", "moment.utc('2025-03-15').diff('2024-01-01', 'years')",
    "moment.utc('2024-03-15T10:00:00Z').diff('2024-03-15T09:00:00Z')", "moment.utc('2024-03-15T10:00:00Z').diff('2024-03-15T09:00:00Z', 'minutes')",
    "moment.utc('2024-03-15').isBefore('2024-03-16')", "moment.utc('2024-03-15').isAfter('2024-03-16')", "moment.utc('2024-03-15T10:00:00Z').isSame('2024-03-15T23:00:00Z', 'day')",
    "moment.utc('2024-03-15').isBetween('2024-03-01', '2024-03-31')", "moment.unix(1700000000).utc().format()", "moment.utc(1700000000000).unix()", "moment.utc('2024-03-15').valueOf()",
    "moment.duration(90, 'minutes').asHours()", "moment.duration(2, 'days').asMilliseconds()", "moment.duration({ hours: 25 }).days()", "moment.duration(1500).seconds()",
    "moment.duration(3, 'months').asDays()", "moment.duration(90, 'minutes').toISOString()", "moment.duration(45, 'minutes').humanize()", "moment.utc([2024, 1, 29]).format('YYYY-MM-DD')",
    "moment.utc('2024-01-31').add(1, 'M').format('YYYY-MM-DD')", "moment.utc('2024-02-29').add(1, 'y').format('YYYY-MM-DD')", "moment.utc('2024-03-15').day()",
    "moment.utc('2024-03-15').daysInMonth()", "moment.utc('2024-03-15').startOf('week').format('YYYY-MM-DD')", "moment.utc('2024-03-15').startOf('isoWeek').format('YYYY-MM-DD')",
    "moment.utc('2024-03-15').endOf('year').toISOString()", "{ m: moment.utc('2024-03-15') }", "String(moment.utc('2024-03-15'))",
    "moment.utc('2024-03-15').format('[Today is] dddd')", "moment.utc('2024-03-15T10:20:30Z').format('\\\\YYYY [a[b] [] \\\\[x\\\\] HH\\\\')", "moment.utc('2024-03-15T10:20:30Z').format('YYYY\\nMM [\\n] DD')", "moment.utc('2024-03-15T10:20:30Z').format('')", "moment.utc('2024-03-15T10:20:30Z').format('x [') + '|' + moment.utc('2024-03-15T10:20:30Z').format('Hmm Hmmss hmm SSSS zz')", "moment.utc(null).isValid()", "moment.utc('2024-03-15T10:00:00+02:00').format()", "moment('2024-03-15T10:00:00+02:00').utc().format('HH:mm')",
    "moment.utc('2024-03-15T10:00:00Z').fromNow().length > 0", "moment.utc('March 5, 2024', 'MMMM D, YYYY').format('YYYY-MM-DD')", "moment.utc('05-03-2024 3:04 PM', 'DD-MM-YYYY h:mm A').toISOString()",
    // Buffer (the buffer module Newman bundles)
    "Buffer.from('héllo').toString('base64')", "Buffer.from([0, 15, 16, 255, 128]).toString('hex')", "Buffer.from('héllo').toString('hex', 1, 4)", "(function () { try { return Buffer.from('x', 'constructor').toString(); } catch (e) { return e.message; } })()", "Buffer.from('aGVsbG8=', 'base64').toString()", "Buffer.from('hi').toString('hex')", "Buffer.from('6869', 'hex').toString('utf8')",
    "Buffer.from('user:pass').toString('base64')", "Buffer.byteLength('héllo')", "Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString()", "Buffer.from([1, 2, 3]).toJSON()",
    "Buffer.isBuffer(Buffer.alloc(2))", "Buffer.alloc(3, 1).toString('hex')", "Buffer.from('abc').length", "Buffer.from('abc').slice(1).toString()", "Buffer.from('ab').equals(Buffer.from('ab'))",
    "Buffer.from('ÿ', 'latin1').toString('hex')", "Buffer.from('x').toString('binary')",
    // ajv 6 (draft-07, formats checked, first error unless allErrors) and tv4 (draft-04)
    ...lodashCases(),
    ...momentCases(),
    ...backboneCases(),
    // the engine itself, where boa wrote something else: a pattern's source
    "[new RegExp('[^/?]').source, new RegExp('a/b').source, /[/]\\//.source, String(new RegExp('[\\\\]/]/')), new RegExp('\\\\/').source, new RegExp('').source, new RegExp('\\n').source, String(/a\\/b/g), RegExp.prototype.source, new RegExp(/a\\/b[/]/.source).test('a/b/')]",
    ...liquidJsonCases(),
    ...schemaCases(),
    ...xmlCases(),
    ...nodeCases(),
    ...csvCases(),
    ...cheerioCases(),
    ...urlCases(),
    ...chaiCases(),
    ...sdkCases(),
    // localeCompare as node's ICU collates: case, accents, ß, punctuation, digits; numeric and sensitivity
    ...[['b', 'a', 'B', 'ä', 'A', 'á', 'à', 'Ä'], ['apple', 'Apple', 'apples', 'APPLE', 'äpple', 'Äpple', 'banana', 'Banana'],
        ['item10', 'item2', 'Item1', 'item1', 'item 3', 'item-4', 'item_5', 'item.6'], ['z', 'Z', '1', '10', '2', ' a', '_a', '-a', 'a', '#a', '!a', '~a'],
        ['résumé', 'resume', 'Resume', 'résume', 'rèsumé'], ['Zoë', 'zoe', 'Zoe', 'zoë', 'Zöe'], ['straße', 'strasse', 'Strasse', 'STRASSE'], ['', 'a', ' ', 'A'],
        ['éclair', 'eclair', 'Eclair', 'ecole', 'école', 'Ecole'], ['ä', 'ae', 'af', 'a', 'az'], ['x1', 'x01', 'x001', 'x10', 'x9'], ['ñandu', 'nandu', 'Nandu', 'Ñandu', 'nz', 'oa']
    ].map((set) => `(function (s) { return [s.slice().sort(function (a, b) { return a.localeCompare(b); }), s.slice().sort(function (a, b) { return a.localeCompare(b, undefined, { numeric: true }); }), s.slice().sort(function (a, b) { return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0); })]; })(${JSON.stringify(set)})`),
    "['a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'a'.localeCompare('á'), 'a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'base' }), 'a'.localeCompare('á', undefined, { sensitivity: 'accent' }), 'a'.localeCompare('A', undefined, { sensitivity: 'case' }), 'a'.localeCompare('A', undefined, { sensitivity: 'accent' }), 'item2'.localeCompare('item10', undefined, { numeric: true }), 'item2'.localeCompare('item10')]",
    // en-US as node writes it with no locale and no options (TZ=UTC)
    "[new Date(Date.UTC(2024, 2, 5, 0, 5, 9)).toLocaleString(), new Date(Date.UTC(2024, 2, 5, 14, 20, 30)).toLocaleDateString(), new Date(Date.UTC(2024, 11, 25, 12, 0, 0)).toLocaleTimeString(), new Date(Date.UTC(2024, 11, 25, 23, 59, 0)).toLocaleString('en-US')]",
    "[new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date(Date.UTC(-50, 0, 1)).toLocaleDateString(), new Date(Date.UTC(12345, 0, 1)).toLocaleDateString(), new Date(0).toLocaleTimeString('en')]",
    "[(1234567.891).toLocaleString(), (0).toLocaleString(), (-0).toLocaleString(), (1.0005).toLocaleString(), (1.2345).toLocaleString(), (2.5).toLocaleString(), (0.1 + 0.2).toLocaleString(), (1e21).toLocaleString()]",
    "[(NaN).toLocaleString(), (-Infinity).toLocaleString(), (123.4565).toLocaleString(), (1.0015).toLocaleString(), (-1234.5).toLocaleString(), (1e-7).toLocaleString(), (-0.0004).toLocaleString(), (999.9999).toLocaleString(), (5e-324).toLocaleString(), (123456789012345680000).toLocaleString()]",
    "[[1234, 5, null, 'x', 1.5].toLocaleString(), [].toLocaleString(), [new Date(0)].toLocaleString()]",
    "[(1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (-1234.567).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), (1234.5).toLocaleString(undefined, { style: 'currency', currency: 'JPY' }), (0.5).toLocaleString('en', { style: 'currency', currency: 'gbp' }), (99.995).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'CHF', currencyDisplay: 'code' }), (12).toLocaleString('en-US', { style: 'currency', currency: 'INR' }), (5).toLocaleString('en-US', { style: 'currency', currency: 'CAD' }), (5).toLocaleString('en-US', { style: 'currency', currency: 'AUD' }), (5).toLocaleString('en-US', { style: 'currency', currency: 'CNY' })]",
    "[(0.256).toLocaleString('en-US', { style: 'percent' }), (0.2555).toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 1 }), (1.5).toLocaleString('en-US', { style: 'percent' }), (-0.005).toLocaleString('en-US', { style: 'percent' }), (0.001).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 2 })]",
    "[(1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 }), (1234.5678).toLocaleString('en-US', { maximumFractionDigits: 2 }), (1234.5).toLocaleString('en-US', { maximumFractionDigits: 0 }), (1234567.891).toLocaleString('en-US', { useGrouping: false }), (1.5).toLocaleString('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 6 }), (1).toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }), (1.234).toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 3 }), (2.5).toLocaleString('en-US', { style: 'decimal', maximumFractionDigits: 0 }), (0.05).toLocaleString('en-US', { maximumFractionDigits: 1 }), (-0).toLocaleString('en-US', { style: 'currency', currency: 'USD' }), (NaN).toLocaleString('en-US', { style: 'percent' }), (Infinity).toLocaleString('en-US', { style: 'currency', currency: 'USD' })]",
    "(function () { try { return (1).toLocaleString('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 1 }); } catch (e) { return e.name; } })()",
    // RFC 4122's v5 vector first
    "uuid.v5('www.example.com', uuid.v5.DNS)", "uuid.v5('https://a.com/x', uuid.v5.URL)", "uuid.v5('name', '1b671a64-40d5-491e-99b0-da01ff1f3341')",
    "uuid.validate('not-a-uuid')", "uuid.validate(uuid.v4())", "uuid.validate(uuid.v1())", "uuid.validate('00000000-0000-0000-0000-000000000000')", "uuid.validate(123)",
    "/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid.v1())", "uuid.v1() !== uuid.v1()", "uuid.v5.DNS + ' ' + uuid.v5.URL"
];

// postman-collection: the SDK's classes as scripts use them. Ids the SDK
// draws at random are left out (`noIds`).
function sdkCases() {
    const folded = (body) => `(function () { ${body} })()`;
    return [
        // match patterns, proxies, certificates and mutation tracking
        ...['<all_urls>', 'https://*.example.com/*', 'http+https://api.example.com:8080/v1/*', '*://*/*', 'http://exa?ple.com/a', 'ftp://h:*/x/*.txt', 'nonsense', 'https://*.b.com:443/p?']
            .map((p) => `(function () { var m = new sdk.UrlMatchPattern(${JSON.stringify(p)}); return [m.toString(), m.toJSON(), m.getProtocols(), ['https://example.com/a', 'https://a.example.com/x/y', 'http://api.example.com:8080/v1/users', 'https://api.example.com/v1/', 'ftp://h:21/x/a.txt', 'http://exa-ple.com/a', 'https://b.com/px', 'https://c.b.com/p', 'file:///tmp/a'].map(function (u) { return m.test(u); })]; })()`),
        "(function () { var m = new sdk.UrlMatchPattern('https://*.example.com:*/*'); return [m._matchPatternObject.host, m._matchPatternObject.port, String(m._matchPatternObject.path), m.testPort('8443', 'https'), m.testPort(undefined, 'https'), m.testHost('example.com'), m.testHost('xexample.com'), m.testPath('/a')]; })()",
        "new sdk.UrlMatchPattern({ pattern: '' }).pattern", "new sdk.UrlMatchPattern().test('http://a')", "sdk.UrlMatchPattern.MATCH_ALL_URLS + sdk.UrlMatchPattern.PROTOCOL_DELIMITER",
        "(function () { var l = new sdk.UrlMatchPatternList(null, ['https://a.com/*', { pattern: 'http://*.b.com/x' }]); return [l.count(), l.test('https://a.com/z'), l.test('http://c.b.com/x'), l.test('http://c.b.com/y'), l.toJSON(), new sdk.UrlMatchPatternList(null, ['<all_urls>']).test('ftp://q/r')]; })()",
        "noIds(new sdk.ProxyConfig({ host: 'proxy.local', port: 3128, match: 'https://*.example.com/*', bypass: ['https://no.example.com/*'], tunnel: true }))",
        "(function () { var p = new sdk.ProxyConfig({ host: 'http://proxy.local:9000/x', match: 'https://*.example.com/*', bypass: ['https://no.example.com/*'] }); return [p.host, p.port, p.test('https://a.example.com/x'), p.test('https://no.example.com/x'), p.test('a.example.com/x'), p.test('ftp://a.example.com/x'), p.getProxyUrl(), p.getProtocols()]; })()",
        "(function () { var p = new sdk.ProxyConfig({ host: 'h', authenticate: true, username: 'us er', password: 'p@ss' }); var q = new sdk.ProxyConfig(); q.updateProtocols(['https', 'ftp']); return [p.getProxyUrl(), p.test('example.org/a'), q.match.pattern, q.getProtocols(), q.port, q.host]; })()",
        "(function () { var l = new sdk.ProxyConfigList(null, [{ host: 'one', match: 'https://a.com/*', disabled: true }, { host: 'two', match: 'https://a.com/*' }, { host: 'three' }]); return [l.resolve('https://a.com/x').host, l.resolve('http://z.org/').host, l.resolve(5), sdk.ProxyConfig.isProxyConfig(l.idx(0)), sdk.ProxyConfigList.isProxyConfigList(l)]; })()",
        "noIds(new sdk.Certificate({ name: 'c', matches: ['https://a.com/*'], key: '/k.pem', cert: { src: '/c.pem', value: 'SECRET' }, passphrase: 'pw' }))",
        "(function () { var c = new sdk.Certificate({ id: 'c1', matches: ['https://*.a.com/*'], key: { src: 'k' } }); return [c.canApplyTo('https://x.a.com/p'), c.canApplyTo('http://x.a.com/p'), c.canApplyTo(''), c.canApplyTo(new sdk.Url('https://a.com/q')), c.id, c.pfx]; })()",
        "(function () { var l = new sdk.CertificateList(null, [{ id: 'one', matches: ['https://a.com/*'] }, { id: 'two', matches: ['https://*.b.com/*'] }]); return [l.resolveOne('https://c.b.com/').id, l.resolveOne('https://z.com/'), l.resolveOne({}), sdk.Certificate.isCertificate(l.one('one')), sdk.CertificateList.isCertificateList(l)]; })()",
        "(function () { var s = new sdk.VariableScope({ values: [{ key: 'a', value: 1 }] }); s.enableTracking(); s.set('b', 2); s.set('a', 3); s.unset('b'); s.disableTracking(); s.set('c', 4); return [s.mutations.count(), s.mutations.stream, s.toJSON().mutations, Object.keys(s.toJSON())]; })()",
        "(function () { var s = new sdk.VariableScope(); s.enableTracking({ autoCompact: true }); s.set('x', 1); s.set('x', 2); s.set('y', 3); s.clear(); return [s.mutations.count(), s.mutations.compacted, s.mutations.stream]; })()",
        "(function () { var m = new sdk.MutationTracker({ stream: [['a', 1], ['b', 2], ['a']] }); var t = new sdk.VariableScope({ values: [{ key: 'a', value: 0 }] }); m.applyOn(t); m.track('set', 'c', 3); m.track('nope', 'd'); m.addMutation(['e', 1, 2]); var before = m.count(); m.compact(); return [t.toObject(), before, m.count(), m.compacted, sdk.MutationTracker.isMutationTracker(m)]; })()",
        "(function () { var s = new sdk.VariableScope({ values: [], mutations: { stream: [['k', 'v']] } }); var t = new sdk.VariableScope(); s.mutations.applyOn(t); return [t.get('k'), s.mutations.count()]; })()",
        "noIds(new sdk.Url('https://user:pw@api.example.com:8443/v1/:id/items?a=1&b&c=x%20y#frag'))",
        "(function () { var u = new sdk.Url('https://user:pw@api.example.com:8443/v1/:id/items?a=1&b&c=x%20y#frag'); return [u.toString(), u.getPathWithQuery(), u.getRemote(), u.getOAuth1BaseUrl(), u.getHost(), u.getQueryString()]; })()",
        "sdk.Url.parse('{{baseUrl}}/a/{{x.y}}?q={{v&w}}&&z=1#h')", "sdk.Url.parse('file:///tmp/a.txt')", "sdk.Url.parse('  http://[::1]:3000/x')",
        "sdk.Url.parse('a\\\\b/c?d\\\\e')", "sdk.Url.parse('')", "sdk.Url.parse('http://h/')", "sdk.Url.parse('u@h:80')", "sdk.Url.parse('http://{{user}}:{{pass}}@{{host}}:{{port}}/p')",
        "sdk.Url.parse('h/:a/:b.json/:a')",
        folded("var u = new sdk.Url({ host: 'a.b', path: '/x/:id/:fmt.json', variable: [{ key: 'id', value: '7' }, { id: 'fmt', value: 'pdf' }] }); return [u.toString(), u.getPath(), u.getPath(true), noIds(u)];"),
        "[new sdk.Url('h.com/p?a=1').toString(true), new sdk.Url('https://h.com').getRemote(true), new sdk.Url('h.com').getRemote(true), new sdk.Url('HTTP://H.com:80/P').getOAuth1BaseUrl()]",
        folded("var u = new sdk.Url('http://h/p?a=1&b=2'); u.addQueryParams('c=3&d'); u.addQueryParams([{ key: 'e', value: '5' }]); u.removeQueryParams(['a', { key: 'c' }]); return [u.toString(), u.getQueryString(), u.query.count()];"),
        "[new sdk.Url({ host: 'h', query: [{ key: 'a', value: '1', disabled: true }] }).toString(), new sdk.Url({ host: ['h', 'com'], path: 'a/b', query: { x: '1', y: 'z' } }).toString(), new sdk.Url({ host: 'h', path: '/' }).toString()]",
        "new sdk.Url({ host: 'h', _postman_note: 1 }).toJSON()", "[sdk.Url.isUrl(new sdk.Url('x')), sdk.Url.isUrl({}), sdk.PropertyList.isPropertyList(new sdk.HeaderList()), sdk.Request.isRequest(new sdk.Request())]",
        "sdk.QueryParam.parse('a=1&&b=&c')", "sdk.QueryParam.parse(5)",
        "sdk.QueryParam.unparse([{ key: 'a&b', value: 'c&d=e' }, { key: 'x', value: null }, { key: 'd', value: '1', disabled: true }, { key: '{{a&b}}', value: '{{c#d}}=' }, { key: null, value: null }])",
        "sdk.QueryParam.unparse({ a: '1', b: 'x y' })", "new sdk.QueryParam('k=v=w').toString()", "new sdk.QueryParam({ key: 'k', value: 3 }).toJSON()", "new sdk.QueryParam({ key: 'k' }).valueOf()",
        "sdk.Header.parse('Content-Type: text/plain\\r\\nX-Folded: a\\r\\n b\\r\\nBad line\\r\\nEmpty:')", "sdk.Header.parseSingle('  A :  b:c ')", "sdk.Header.parseSingle(5)",
        "sdk.Header.unparse([{ key: 'A', value: '1' }, { key: 'B', value: '2', disabled: true }, { key: 'C', value: '3' }], '\\n')", "sdk.Header.unparse('x')",
        "[new sdk.Header('value', 'Name').toJSON(), new sdk.Header('X: y').toJSON(), sdk.Header.create('v', 'N').toString(), new sdk.Header({ key: 'K', value: 'V', disabled: true, system: true }).toJSON(), new sdk.Header().toJSON(), sdk.Header.isHeader({})]",
        folded("var l = new sdk.PropertyList(sdk.Header, null, 'A: 1\\nB: 2\\na: 3'); return [l.count(), l.get('a'), l.one('A').value, l.has('b'), l.has('a', '1'), l.has('a', '9'), l.indexOf('b'), l.toObject(), l.toObject(false, true), l.toObject(false, false, true), String(l), l.map('key'), l.filter({ key: 'B' }).length, l.find(['value', '3']).key, l.reduce(function (a, h) { return a + h.value; }, ''), l.all().length, l.idx(1).key];"),
        folded("var l = new sdk.HeaderList(null, [{ key: 'A', value: '1' }]); var up = [l.upsert({ key: 'a', value: '2' }), l.upsert({ key: 'C', value: '3' })]; l.prepend(new sdk.Header('Z: 0')); l.insertAfter(new sdk.Header('Y: 9'), l.idx(0)); l.remove('c'); l.add('D: 4'); l.add({ key: 'D', value: '5' }); var r = [up, l.toJSON(), l.get('D'), l.contentSize()]; l.remove(function (h) { return h.key === 'D'; }); r.push(l.toJSON(), l.one('d') === undefined); l.clear(); r.push(l.count(), l.get('A') === undefined); return r;"),
        folded("var l = new sdk.VariableList(null, [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]); l.assimilate([{ key: 'a', value: 10 }, { key: 'c', value: 3 }], true); return [l.toJSON(), l.toObject()];"),
        folded("var seen = []; new sdk.PropertyList(sdk.QueryParam, null, 'a=1&b=2&c=3').each(function (q) { seen.push(q.key); return q.key !== 'b'; }); return seen;"),
        "new sdk.PropertyList(sdk.QueryParam, null, 'a=1&b').toString()", "String(new sdk.VariableList(null, [{ key: 'a', value: 1 }]))",
        "new sdk.PropertyList(sdk.Header, null, { A: '1', B: '2' }).toJSON()", "new sdk.HeaderList(null, 'A: 1\\nB: 2').contentSize()",
        folded("var l = new sdk.PropertyList(sdk.QueryParam, null, 'a=1&a=2&b=3'); var r = [l.get('a'), l.has('a', '1'), l.toObject()]; l.remove(l.idx(1)); r.push(l.get('a'), l.toJSON()); l.repopulate('x=9'); r.push(l.toJSON()); return r;"),
        "new sdk.Variable({ key: 'a', value: '1', type: 'number' }).toJSON()", "new sdk.Variable({ key: 'a', value: '1', type: 'number' }).get()",
        "new sdk.Variable({ key: 'b', value: { x: 1 }, type: 'object' }).get()", "new sdk.Variable({ key: 'b', value: { x: 1 }, type: 'object' }).toJSON()",
        "new sdk.Variable({ key: 'c', value: '[1,2]', type: 'array' }).get()", "new sdk.Variable({ key: 'c', value: 'nope', type: 'array' }).get()",
        folded("var v = new sdk.Variable({ key: 'c', value: 'true' }); var t = v.valueType('boolean'); return [v.get(), t, v.type, v.toString(), v.valueType('nonsense')];"),
        "[new sdk.Variable({ key: 'd', value: null }).toString(), new sdk.Variable({ value: 5 }).toString(), new sdk.Variable().toJSON(), new sdk.Variable({ key: 'e', value: 'x', disabled: true, description: 'about' }).toJSON()]",
        "Object.keys(sdk.Variable.types)", "[new sdk.Variable({ key: 'n', type: 'string', value: 5 }).get(), new sdk.Variable({ key: 'n', type: 'number', value: '5x' }).get()]",
        "new sdk.VariableList(null, [{ key: 'a', value: 'A' }, { key: 'b', value: '{{a}}-B' }]).replace('{{b}}/{{a}}/{{c}}')",
        "new sdk.VariableList(null, [{ key: 'a', value: 'A' }]).replace('{{a}}{{b}}', { b: 'O' })", "new sdk.VariableList(null, [{ key: 'a', value: 'A' }]).replace('{{a}}{{b}}', [{ b: 'O' }])",
        "new sdk.VariableList(null, [{ key: 'host', value: 'h.com' }]).substitute({ url: 'http://{{host}}/x', nested: { list: ['{{host}}', 1] } })",
        folded("var l = new sdk.VariableList(null, [{ key: 'a', value: 1 }, { key: 'b', value: 2 }]); var ops = l.syncFromObject({ a: 5, c: 6 }, true); return [ops, l.toObject()];"),
        "new sdk.VariableList(null, [{ key: 'a', value: 1 }]).syncToObject({ a: 0, z: 9 })",
        folded("var s = new sdk.VariableScope({ values: [{ key: 'x', value: 'X' }, { key: 'y', value: 'Y', disabled: true }] }, [new sdk.VariableList(null, [{ key: 'y', value: 'layer' }, { key: 'z', value: 'Z' }])]); s.set('n', 5, 'number'); s.set('x', 'X2'); return [s.get('x'), s.get('y'), s.get('z'), s.has('y'), s.has('q'), s.get('n'), s.toObject(), s.replaceIn('{{x}} {{y}} {{z}} {{q}}'), s.replaceIn({ a: '{{x}}', b: ['{{z}}'] }), s.replaceIn(['{{x}}']), s.replaceIn(5), noIds(s)];"),
        folded("var s = new sdk.VariableScope([{ key: 'a', value: 1 }, { key: 'a', value: 2 }]); s.unset('a'); var r = [s.get('a'), s.values.count()]; s.set('b', 1); r.push(s.syncVariablesTo({})); s.clear(); r.push(s.toObject()); return r;"),
        folded("var s = new sdk.VariableScope(); s.addLayer(new sdk.VariableList(null, [{ key: 'l', value: 'L' }])); s.syncVariablesFrom({ a: 1 }); return [s.get('l'), s.toObject(), sdk.VariableScope.isVariableScope(s)];"),
        "sdk.Property.replaceSubstitutions('{{a}} and {{b}}', { a: 1, b: true })", "sdk.Property.replaceSubstitutions('{{a}}', { a: '{{b}}' }, { b: 'deep' })",
        "sdk.Property.replaceSubstitutions('{{a}}', { a: '{{a}}x' })", "sdk.Property.replaceSubstitutions('{{o}} {{n}} {{z}}', { o: {}, n: null, z: 0 })",
        "sdk.Property.findSubstitutions({ a: '{{x}} {{y}}', b: ['{{x}}', { c: '{{z}}' }] })", "sdk.Property.replaceSubstitutionsIn({ a: '{{x}}', n: 1, o: { p: '{{x}}' } }, [{ x: 'X' }])",
        "/^[0-9a-f-]{36}$/.test(sdk.Property.replaceSubstitutions('{{$guid}}', {}))", "sdk.Property.replaceSubstitutions('{{$unknownThing}}', {})",
        "[new sdk.Description('hi').toJSON(), new sdk.Description({ content: 'x', type: 'text/markdown' }).toString(), new sdk.Description().toString()]",
        folded("var r = new sdk.Request('http://h'); r.describe('d'); r.describe('e', 'text/markdown'); return r.description.toJSON();"),
        "[new sdk.RequestBody({ mode: 'urlencoded', urlencoded: 'a=1&b=2' }).toString(), new sdk.RequestBody('raw text').toJSON(), new sdk.RequestBody({ mode: 'weird' }).mode, new sdk.RequestBody({ mode: 'formdata' }).toString()]",
        "new sdk.RequestBody({ mode: 'formdata', formdata: [{ key: 'f', type: 'file', src: '/x' }, { key: 't', value: 'v' }] }).toJSON()",
        "[new sdk.RequestBody({ mode: 'raw' }).isEmpty(), new sdk.RequestBody({ mode: 'urlencoded', urlencoded: [] }).isEmpty(), new sdk.RequestBody({ mode: 'file', file: '/tmp/x' }).isEmpty(), new sdk.RequestBody({ mode: 'graphql', graphql: { query: '{a}' } }).isEmpty(), new sdk.RequestBody({ mode: 'graphql' }).isEmpty()]",
        "[new sdk.RequestBody({ mode: 'graphql', graphql: { query: '{a}', variables: '{}' } }).toJSON(), new sdk.RequestBody({ mode: 'file', file: '/tmp/x' }).toJSON(), new sdk.RequestBody({ mode: 'raw', raw: 'x', options: { raw: { language: 'json' } }, disabled: true }).toJSON()]",
        "noIds(new sdk.Request({ url: 'https://h.com/a?x=1', method: 'post', header: 'A: 1\\nB: 2', body: { mode: 'raw', raw: '{\"a\":1}' }, auth: { type: 'bearer', bearer: [{ key: 'token', value: 't', type: 'string' }] } }))",
        "[new sdk.Request('http://h/x').toJSON(), new sdk.Request().toJSON(), new sdk.Request({ method: null }).method, new sdk.Request({ url: 'h', description: 'about' }).toJSON()]",
        folded("var r = new sdk.Request({ url: 'h', header: [{ key: 'A', value: '1' }, { key: 'b', value: '2', disabled: true }] }); r.upsertHeader({ key: 'A', value: '9' }); r.upsertHeader({ key: 'C', value: '3' }); r.addHeader({ key: 'D', value: '4' }); r.addHeader({ key: 'c', value: '5' }); r.removeHeader('d', { ignoreCase: true }); var each = []; r.forEachHeader(function (h) { each.push(h.key); }); return [r.getHeaders(), r.getHeaders({ enabled: true, ignoreCase: true }), r.getHeaders({ multiValue: true }), each, r.size()];"),
        folded("var r = new sdk.Request('h'); r.authorizeUsing('basic', { username: 'u', password: 'p' }); var a = noIds(r.auth); var p = r.auth.parameters().toObject(); r.authorizeUsing({ type: 'bearer', token: 't' }); var b = noIds(r.auth); r.authorizeUsing(null); return [a, p, b, r.auth === undefined];"),
        "noIds(new sdk.Request({ url: 'h/x', method: 'PUT', body: { mode: 'urlencoded', urlencoded: [{ key: 'a', value: '1' }] } }).clone())",
        folded("var r = new sdk.Request('http://h/p?a=1'); r.addQueryParams('b=2'); r.removeQueryParams('a'); return [r.url.toString(), r.size()];"),
        "new sdk.Request({ url: 'h', _note: 'n', _postman_x: 2 }).meta()", "new sdk.Request({ url: 'h', body: { mode: 'raw', raw: 'héllo' }, header: 'Content-Length: 99' }).size()",
        "noIds(new sdk.RequestAuth({ type: 'apikey', apikey: [{ key: 'key', value: 'k' }, { key: 'in', value: 'query' }], basic: { username: 'u' } }))",
        folded("var r = new sdk.Response({ code: 201, header: [{ key: 'Content-Type', value: 'application/json; charset=utf-8' }], body: '{\"a\":[1,2]}', responseTime: 12 }); return [r.code, r.status, r.reason(), r.json(), r.text(), r.size(), r.contentInfo(), r.dataURI(), r.details().name, r.details().code, r.details().standardName, noIds(r)];"),
        "[new sdk.Response({ code: 200, status: 'Fine' }).reason(), new sdk.Response({ code: 404 }).details().code, new sdk.Response({ code: 200, body: 'cb({\"x\":1})' }).jsonp(), new sdk.Response({ code: 200, header: 'Content-Encoding: gzip\\nContent-Length: 10', body: 'abc' }).size()]",
        "[new sdk.Response({ code: 200, header: 'Content-Type: text/html' }).contentInfo(), new sdk.Response({ code: 200, header: 'Content-Disposition: attachment; filename=\"r.csv\"\\nContent-Type: text/csv' }).contentInfo(), new sdk.Response({ code: 200, header: 'Content-Type: application/xml' }).contentInfo()]",
        "[new sdk.Response({ code: 200, stream: { type: 'Buffer', data: [104, 105] } }).text(), new sdk.Response({ code: 200 }).encoding(), new sdk.Response({ code: 200, header: 'Content-Encoding: br' }).encoding(), new sdk.Response({ code: 500 }).reason()]",
        "[noIds(new sdk.Cookie('sid=abc%20d; Path=/; Domain=x.com; Secure; HttpOnly; SameSite=Lax')), new sdk.Cookie('sid=abc%20d; Path=/; Domain=x.com; Secure; HttpOnly; SameSite=Lax').valueOf(), new sdk.Cookie('sid=abc%20d; Path=/; Domain=x.com; Secure; HttpOnly; SameSite=Lax').toString()]",
        "[sdk.Cookie.parse('a=b; Max-Age=60'), new sdk.Cookie({ name: 'n', value: 'v w', expires: 'Wed, 21 Oct 2025 07:28:00 GMT', maxAge: 60 }).toString(), sdk.Cookie.unparse([{ name: 'a', value: '1' }, { value: 'x' }]), new sdk.CookieList(null, [{ name: 'A', value: '1' }]).get('a')]",
        "[noIds(new sdk.Event({ listen: 'test', script: 'line1\\r\\nline2' })), noIds(new sdk.Event({ listen: 'prerequest', script: { exec: ['a'], type: 'text/javascript' } })), new sdk.Script('x\\ny').toSource(), noIds(new sdk.Script({ src: 'http://h/s.js' })), noIds(new sdk.Event({ listen: 5 }))]",
        "[new sdk.FormParam({ key: 'f', type: 'file', src: '/a' }).toJSON(), new sdk.FormParam({ key: 'k', value: 'v' }).toString(), new sdk.FormParam().toJSON()]",
        folded("var c = new sdk.Collection({ info: { name: 'C', _postman_id: 'cid', version: '1.2.3' }, variable: [{ key: 'v', value: '1' }], auth: { type: 'apikey', apikey: [{ key: 'key', value: 'k' }] }, item: [{ name: 'F', item: [{ name: 'R1', request: 'http://h/1', event: [{ listen: 'test', script: { exec: ['t'] } }] }], protocolProfileBehavior: { followRedirects: false } }, { name: 'R2', request: { url: 'http://h/2', method: 'POST', auth: { type: 'noauth' } } }], event: [{ listen: 'test', script: { exec: ['c'] } }] }); var names = []; c.forEachItem(function (i) { names.push(i.name); }); var groups = []; c.forEachItemGroup(function (g) { groups.push(g.name); }); var r1 = c.oneDeep('R1'); return [c.id, c.name, names, groups, r1.getPath(), r1.getAuth().type, c.oneDeep('R2').getAuth().type, r1.getProtocolProfileBehaviorResolved(), r1.events.listeners('test').length, r1.getEvents('test').length, c.syncVariablesTo({}), sdk.Collection.isCollection(c), sdk.ItemGroup.isItemGroup(c), sdk.Item.isItem(r1), c.oneDeep('nope') === undefined, noIds(c)];"),
        "[noIds(new sdk.Item({ name: 'I', request: { url: 'h' }, response: [{ name: 'ex', code: 200, body: 'b' }] })), new sdk.Item().setProtocolProfileBehavior('a', 1).unsetProtocolProfileBehavior('b').getProtocolProfileBehavior()]",
        "[new sdk.Version('1.2.3-beta.1+build').toJSON(), String(new sdk.Version('2.0.0')), new sdk.Version('2.0.0').toJSON()]",
        "Object.keys(sdk).sort()"
    ];
}

// chai.assert: what each call throws (or 'ok').
function chaiCases() {
    const calls = [
        "chai.assert(false, 'm')", "chai.assert.ok(0)", "chai.assert.isOk('x')", "chai.assert.notOk(1, 'msg')", "chai.assert.equal(1, '1')", "chai.assert.equal(1, 2)", "chai.assert.equal(1, 2, 'custom')",
        "chai.assert.notEqual(1, '1')", "chai.assert.strictEqual(1, '1')", "chai.assert.notStrictEqual(1, 1)", "chai.assert.deepEqual({ a: [1] }, { a: [1] })", "chai.assert.deepEqual({ a: 1 }, { a: 2 })",
        "chai.assert.notDeepEqual({ a: 1 }, { a: 1 })", "chai.assert.isAbove(5, 10)", "chai.assert.isAtLeast(5, 5)", "chai.assert.isBelow(5, 2)", "chai.assert.isAtMost(5, 2)", "chai.assert.isTrue(1)",
        "chai.assert.isFalse(false)", "chai.assert.isNull(0)", "chai.assert.isNotNull(null)", "chai.assert.isUndefined(1)", "chai.assert.isDefined(undefined)", "chai.assert.exists(null)", "chai.assert.notExists(1)",
        "chai.assert.isNaN(1)", "chai.assert.isFunction(1)", "chai.assert.isObject([])", "chai.assert.isArray({})", "chai.assert.isString(1)", "chai.assert.isNumber('1')", "chai.assert.isBoolean(0)",
        "chai.assert.isNotString('x')", "chai.assert.typeOf([], 'array')", "chai.assert.typeOf('x', 'number')", "chai.assert.instanceOf([], Object)", "chai.assert.instanceOf({}, Array)",
        "chai.assert.include([1, 2], 3)", "chai.assert.include('abc', 'b')", "chai.assert.notInclude('abc', 'b')", "chai.assert.deepInclude([{ a: 1 }], { a: 2 })", "chai.assert.match('abc', /z/)",
        "chai.assert.property({ a: 1 }, 'b')", "chai.assert.propertyVal({ a: 1 }, 'a', 2)", "chai.assert.nestedProperty({ a: { b: 1 } }, 'a.c')", "chai.assert.lengthOf([1, 2], 3)", "chai.assert.isEmpty([1])",
        "chai.assert.isNotEmpty('')", "chai.assert.oneOf(3, [1, 2])", "chai.assert.hasAllKeys({ a: 1, b: 2 }, ['a'])", "chai.assert.sameMembers([1, 2], [2, 3])", "chai.assert.closeTo(1.5, 1, 0.1)",
        "chai.assert.throws(function () { throw new Error('x'); })", "chai.assert.throws(function () {})", "chai.assert.doesNotThrow(function () { throw new TypeError('t'); })", "chai.assert.fail('boom')", "typeof chai.version",
        "typeof chai.expect", "chai.expect(1).to.equal(1) === undefined",
        "(function () { chai.should(); return 'x'.should.equal('y'); })()", "(function () { chai.should(); ({ a: 1 }).should.have.property('a'); return (5).should.be.above(9); })()",
        "(function () { var should = chai.should(); should.exist(null); })()", "(function () { var should = chai.should(); should.not.exist(1); })()",
        "(function () { chai.should(); [1, 2].should.have.lengthOf(2); return true.should.be.true === undefined; })()"
    ];
    return calls.map((c) => `(function () { try { var r = ${c}; return r === undefined ? 'ok' : r; } catch (e) { return e.name + ': ' + e.message; } })()`);
}

// URL and URLSearchParams: Newman 6's sandbox has neither, so the
// reference is the WHATWG URL Standard as node implements it.
function urlCases() {
    const whole = (u, b) => `(function () { var u = new URL(${u}${b ? ', ' + b : ''}); return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]; })()`;
    return [
        whole("'https://user:pa ss@EXAMPLE.com:443/a/./b/../c?x=1&y=%20z#frag'"), whole("'http://example.com:8080'"), whole("'https://münchen.de/straße?q=ü'"),
        whole("'../d?e'", "'http://a.com/b/c/index.html'"), whole("'//other.org/p'", "'https://a.com/x'"), whole("'?only'", "'http://a.com/b?c#d'"), whole("'#h'", "'http://a.com/b?c'"),
        whole("'HTTP://A.COM/%7Efoo/../bar'"), whole("'http://[::1]:3000/x'"), whole("'http://192.168.0.1.:80/'"), whole("'file:///tmp/a b'"), whole("'mailto:someone@example.com'"),
        whole("'http://a.com/path with spaces/ä'"), whole("'https://a.com/?q=a b&r=c+d'"), whole("'http://user@host/'"), whole("'https://example.com:0443/'"),
        "(function () { try { new URL('not a url'); } catch (e) { return [e.name, e instanceof TypeError]; } })()", "(function () { try { new URL('/x'); } catch (e) { return e.name; } })()",
        "URL.canParse('https://a.com')", "URL.canParse('nope')",
        "(function () { var u = new URL('http://a.com/p?x=1'); u.searchParams.append('y', 'a b'); u.searchParams.set('x', '2'); return [u.href, u.search]; })()",
        "(function () { var u = new URL('http://a.com/p?x=1&x=2&z=3'); u.searchParams.delete('x'); return u.href; })()",
        "(function () { var u = new URL('http://a.com/p'); u.pathname = '/a b/c'; u.hash = 'h h'; u.search = '?q=1 2'; u.port = '8080'; u.hostname = 'B.com'; return u.href; })()",
        "(function () { var u = new URL('http://a.com/p'); u.protocol = 'https'; u.username = 'me@x'; u.password = 'p:w'; return u.href; })()",
        "(function () { var u = new URL('https://a.com:443/p'); u.port = '443'; return [u.port, u.host]; })()",
        "(function () { var u = new URL('http://a.com/?a=1'); var p = u.searchParams; u.search = '?b=2'; return p.get('b') + ',' + p.get('a'); })()",
        "(function () { var u = new URL('http://a.com/'); u.href = 'https://b.org/x?y=1'; return [u.host, u.searchParams.get('y')]; })()",
        "new URLSearchParams('?a=1&b=x%20y&c=%2B&d=a+b&e&=f').toString()", "Array.from(new URLSearchParams('a=1&a=2&b=%E2%82%AC'))",
        "new URLSearchParams({ q: 'a b', s: '~!*()\\'', u: 'ü' }).toString()", "new URLSearchParams([['x', '1'], ['y', '2']]).toString()",
        "(function () { var p = new URLSearchParams('b=2&a=1&b=1'); p.sort(); return p.toString(); })()", "new URLSearchParams('a=1&a=2').getAll('a')",
        "new URLSearchParams('a=1').has('a')", "new URLSearchParams('a=1').get('b')", "new URLSearchParams('a=1&b=2').size", "JSON.stringify(new URL('http://a.com/x'))", "String(new URL('http://a.com'))"
    ];
}

function cheerioCases() {
    const page = "'<!DOCTYPE html><html><head><title>Shop</title></head><body><h1 class=\"t big\">Items</h1><ul id=\"list\"><li class=\"item\" data-id=\"1\"><a href=\"/a\">Apple</a></li><li class=\"item sale\" data-id=\"2\" data-meta=\"{&quot;k&quot;:1}\"><a href=\"/b\">Banana</a> <span>cheap</span></li><li class=\"item\" data-id=\"3\">Cherry</li></ul><form><input name=\"q\" value=\"hi\"><select name=\"s\"><option value=\"x\">X</option><option value=\"y\" selected>Y</option></select><textarea>note</textarea></form><p>One <b>bold</b> &amp; more</p></body></html>'";
    const $ = `cheerio.load(${page})`;
    return [
        `${$}('title').text()`, `${$}('h1').text()`, `${$}('li').length`, `${$}('li.item').first().text()`, `${$}('li').last().text()`, `${$}('li').eq(1).text()`,
        `${$}('a').attr('href')`, `${$}('a').map(function (i, el) { return cheerio.load(${page})(el).attr('href'); }).get()`,
        `(function () { var $ = ${$}; return $('a').map(function (i, el) { return $(el).text(); }).get(); })()`,
        `(function () { var $ = ${$}; var out = []; $('li').each(function (i, el) { out.push(i + ':' + $(this).attr('data-id')); }); return out; })()`,
        `${$}('#list').find('a').length`, `${$}('#list').children().length`, `${$}('#list').children('.sale').text()`, `${$}('a').parent().attr('class')`,
        `${$}('span').parents('ul').attr('id')`, `${$}('span').closest('li').attr('data-id')`, `${$}('li').first().next().attr('data-id')`, `${$}('li').last().prev().attr('data-id')`,
        `${$}('li.sale').siblings().length`, `${$}('li').filter('.sale').length`, `${$}('li').not('.sale').length`, `${$}('li').is('.sale')`, `${$}('li').has('a').length`,
        `${$}('h1').hasClass('big')`, `${$}('h1').hasClass('small')`, `${$}('li.sale').data()`, `${$}('li.sale').data('id')`, `${$}('input').val()`, `${$}('select').val()`, `${$}('textarea').val()`,
        `${$}('p').html()`, `${$}('p').text()`, `${$}('li').get(0).name`, `${$}('li').get(0).attribs`, `${$}('li').get().length`, `${$}('li').toArray().length`, `${$}('li').index()`,
        `${$}('li:nth-child(2) a').text()`, `${$}('ul > li').length`, `${$}('a[href="/b"]').text()`, `${$}('li:first-child').text()`, `${$}('missing').length`, `${$}('missing').text()`, `${$}('missing').attr('x')`,
        `${$}('b').get(0).children[0].data`, `${$}('b').get(0).parent.name`, `${$}('li', '#list').length`, `${$}('title').toString()`, `${$}.html('b')`,
        `cheerio.load('<p>x <i>y</i></p>')('i').text()`, `cheerio.load('<p>x <i>y</i></p>').html()`, `cheerio.load('<div><p>a</p><p>b</p></div>')('p').text()`,
        `cheerio.load('<ul><li>1</li><li>2</li></ul>')('li').map(function (i, el) { return i; }).get()`, `cheerio.load('<a>x</a>')('a').attr()`
    ];
}

function csvCases() {
    const docs = ["'a,b\\n1,2\\n3,4'", "'a,b\\r\\n1,2\\r\\n'", "'\"x, y\",\"he said \"\"hi\"\"\"\\n1,2'", "'a;b\\n1;2'", "'a,b\\n\\n1,2\\n'", "' a , b \\n 1 , 2 '",
        "'# comment\\na,b\\n1,2'", "'name,age\\nAnn,30\\nBob,x'", "'a,b\\n1,2,3'", "'a\\n1\\n2\\n3\\n4'", "''", "'\"unterminated'"];
    const variants = ["undefined", "{ columns: true }", "{ delimiter: ';' }", "{ skip_empty_lines: true }", "{ trim: true, columns: true }", "{ comment: '#', columns: true }",
        "{ auto_parse: true, columns: true }", "{ relax_column_count: true }", "{ columns: ['x', 'y'] }", "{ from: 2, to: 3 }"];
    const out = [];
    for (const d of docs) { for (const v of variants) { out.push(`csvParse(${d}, ${v})`); } }
    return out;
}

function nodeCases() {
    return [
        "node.path.join('/a', 'b', '../c', './d')", "node.path.join('a', '', 'b/')", "node.path.join()", "node.path.normalize('/a//b/../c/.')", "node.path.normalize('a/../../b')",
        "node.path.normalize('')", "node.path.resolve('a', '/b', 'c')", "node.path.resolve('/x/y', '../z')", "node.path.relative('/a/b/c', '/a/d')", "node.path.isAbsolute('/x')",
        "node.path.dirname('/a/b/c.txt')", "node.path.dirname('c.txt')", "node.path.dirname('/a/b/')", "node.path.basename('/a/b/c.txt')", "node.path.basename('/a/b/c.txt', '.txt')",
        "node.path.basename('/a/b/')", "node.path.extname('x.tar.gz')", "node.path.extname('.bashrc')", "node.path.extname('noext')", "typeof node.path.parse", "typeof node.path.format", "node.path.sep + node.path.delimiter",
        "node.querystring.parse('a=1&b=2&a=3&c&d=x%20y+z')", "node.querystring.parse('a:1;b:2', ';', ':')", "node.querystring.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined })",
        "node.querystring.stringify({ a: 1 }, ';', ':')", "typeof node.querystring.escape", "node.querystring.parse('')", "node.querystring.stringify('x')",
        "(function () { var e = new node.events(); var got = []; e.on('x', function (a) { got.push(a); }); e.once('x', function (a) { got.push('once ' + a); }); e.emit('x', 1); e.emit('x', 2); return [got, e.listenerCount('x'), e.emit('none')]; })()",
        "(function () { var e = new node.events.EventEmitter(); function f() {} e.on('a', f); e.off('a', f); return [e.listenerCount('a'), e.eventNames()]; })()",
        "(function () { try { new node.events().emit('error', new Error('boom')); } catch (x) { return x.message; } })()",
        "node.util.format('%s has %d items, %j', 'cart', 3, { a: 1 })", "node.util.format('%s%%', 50)", "node.util.format('a', 'b', 3)", "node.util.format('%s', 'x', 'extra')", "node.util.format('%i %f', '42.9px', '1.5e2')",
        "node.util.isArray([])", "node.util.isString('s')", "node.util.isPrimitive(null)", "(function () { function A() {} function B() {} node.util.inherits(B, A); return [new B() instanceof A, B.super_ === A]; })()",
        "node.util.inspect({ a: 1, b: 'x', c: [1, 2] })",
        "node.punycode.toASCII('mañana.com')", "node.punycode.toUnicode('xn--maana-pta.com')", "node.punycode.encode('bücher')", "node.punycode.decode('bcher-kva')", "node.punycode.toASCII('例え.テスト')", "node.punycode.toASCII('user@bücher.de')",
        "node.url.parse('https://user:pw@Example.com:8080/p/a/t/h?query=string&x=1#hash')", "node.url.parse('https://example.com/a?x=1&x=2', true).query", "node.url.parse('/relative/path?q=1')",
        "node.url.parse('http://example.com')", "node.url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } })",
        "node.url.format(node.url.parse('http://a.com/b?c=d#e'))", "node.url.resolve('http://example.com/one/two', '../three')", "node.url.resolve('http://example.com/one/', 'two')", "node.url.resolve('/one/two/three', 'four')", "node.url.resolve('http://a.com/b/c', '/d')", "node.url.resolve('http://a.com/b/c', '//x.org/y')", "node.url.resolve('http://a.com/b/c', 'https://z.io')",
        "node.url.resolve('http://a.com/b/c?q=1', '?r=2')", "node.url.resolve('http://a.com/b/c', './d/../e/')", "node.url.resolve('http://a.com', 'x')",
        "new node.string_decoder.StringDecoder('utf8').write(node.Buffer.from([0xE2, 0x82, 0xAC]))", "(function () { var d = new node.string_decoder.StringDecoder('utf8'); return d.write(node.Buffer.from([0xE2, 0x82])) + '|' + d.write(node.Buffer.from([0xAC])) + '|' + d.end(); })()",
        "new node.string_decoder.StringDecoder('hex').write(node.Buffer.from('hi'))",
        "(function () { try { node.assert.strictEqual(1, 2); } catch (e) { return [e.name, e.code, e.operator, e.generatedMessage]; } })()", "(function () { try { node.assert.equal(1, '1'); return 'ok'; } catch (e) { return e.message; } })()",
        "(function () { try { node.assert.deepStrictEqual({ a: 1 }, { a: 1 }); node.assert.deepEqual({ a: 1 }, { a: '1' }); return 'ok'; } catch (e) { return e.message; } })()",
        "(function () { try { node.assert.ok(0, 'custom'); } catch (e) { return [e.message, e.generatedMessage]; } })()", "(function () { try { node.assert(false, 'm'); } catch (e) { return e.message; } })()",
        "(function () { try { node.assert.throws(function () { throw new TypeError('x'); }, TypeError); return 'ok'; } catch (e) { return e.message; } })()",
        "(function () { try { node.assert.notStrictEqual(1, 1); } catch (e) { return e.operator; } })()", "(function () { try { node.assert.fail('boom'); } catch (e) { return [e.message, e.name]; } })()"
    ];
}

function xmlCases() {
    const docs = [
        "'<a>text</a>'", "'<a id=\"1\">text</a>'", "'<a><b>1</b><b>2</b><c x=\"y\"/></a>'", "'<?xml version=\"1.0\"?>\\n<root>\\n  <item id=\"1\">\\n    <name>One</name>\\n  </item>\\n  <item id=\"2\"><name> Two </name></item>\\n</root>'",
        "'<a>x &amp; y &lt; &#65;&#x42;</a>'", "'<a><![CDATA[<raw> & text]]></a>'", "'<a>before<b/>after</a>'", "'<a/>'", "'<a>   </a>'", "'<a b=\"1\" c=\"&quot;q&quot;\"/>'",
        "'<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><r>ok</r></soap:Body></soap:Envelope>'",
        "'<a><b><c>deep</c></b></a>'", "'<a>\\n  <b>1</b>\\n  text\\n</a>'"
    ];
    const variants = ["undefined", "{ explicitArray: false }", "{ explicitArray: false, mergeAttrs: true }", "{ trim: true, normalize: true }",
        "{ explicitRoot: false }", "{ ignoreAttrs: true, explicitArray: false }", "{ attrkey: '@', charkey: '#' }", "{ explicitCharkey: true }",
        "{ emptyTag: null, explicitArray: false }", "{ tagNameProcessors: [xml2js.processors.stripPrefix], explicitArray: false }",
        "{ valueProcessors: [xml2js.processors.parseNumbers, xml2js.processors.parseBooleans], explicitArray: false }"];
    const out = [];
    for (const doc of docs) {
        out.push(`xml2Json(${doc})`);
        for (const v of variants) { out.push(`xmlSays(${doc}, ${v})`); }
    }
    out.push("xmlSays('<a><b></a>')", "xml2Json('<a><b></a>')", "xmlSays('')", "xmlSays('not xml')",
        "new xml2js.Builder().buildObject({ root: { a: 'x', b: ['1', '2'], c: { $: { id: 7 }, _: 'text' }, d: { e: 'f' } } })",
        "new xml2js.Builder({ headless: true }).buildObject({ a: { b: 'x & <y>' } })",
        "new xml2js.Builder({ renderOpts: { pretty: false } }).buildObject({ a: { b: [1, 2], c: '' } })",
        "new xml2js.Builder({ rootName: 'top' }).buildObject({ a: 1, b: 2 })",
        "new xml2js.Builder({ cdata: true }).buildObject({ a: { b: 'x < y' } })",
        "new xml2js.Builder().buildObject({ a: { $: { q: 'say \"hi\"\\n' }, b: null, c: [{ d: 'e' }, 'f'] } })",
        "new xml2js.Builder().buildObject([{ a: 1 }, { b: 2 }])",
        "(function () { var r; new xml2js.Parser({ explicitArray: false }).parseString('<x><y>1</y></x>', function (e, v) { r = v; }); return r; })()");
    return out;
}

function cipherCases() {
    const key = "CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f')", key24 = "CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f1011121314151617')";
    const key32 = "CryptoJS.enc.Utf8.parse('0123456789abcdef0123456789abcdef')", iv = "CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100')";
    const out = [];
    for (const k of [key, key24, key32]) {
        for (const m of ['CBC', 'ECB', 'CTR', 'CFB', 'OFB']) {
            for (const p of ['Pkcs7', 'NoPadding', 'ZeroPadding', 'AnsiX923', 'Iso97971']) {
                const cfg = `{ iv: ${iv}, mode: CryptoJS.mode.${m}, padding: CryptoJS.pad.${p} }`;
                out.push(`CryptoJS.AES.encrypt('The quick brown fox jumps', ${k}, ${cfg}).toString()`);
                out.push(`CryptoJS.AES.decrypt(CryptoJS.AES.encrypt('Sixteen byte msg', ${k}, ${cfg}).toString(), ${k}, ${cfg}).toString(CryptoJS.enc.Utf8)`);
            }
        }
    }
    out.push(
        "CryptoJS.AES.encrypt('hello', " + key + ", { iv: " + iv + " }).ciphertext.toString(CryptoJS.enc.Base64)",
        "CryptoJS.AES.decrypt('U2FsdGVkX183U3iISpu8PpldweI0gFNnNdzn4N3zNPs=', 'secret').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.AES.decrypt(CryptoJS.AES.encrypt('round trip ünïcode', 'pass phrase').toString(), 'pass phrase').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.AES.encrypt('x', 'p').toString().slice(0, 10)",
        "CryptoJS.kdf.OpenSSL.execute('p', 8, 4, CryptoJS.enc.Hex.parse('0102030405060708')).key.toString()",
        "CryptoJS.DES.encrypt('message', CryptoJS.enc.Hex.parse('0123456789abcdef'), { iv: CryptoJS.enc.Hex.parse('0000000000000000') }).toString()",
        "CryptoJS.DES.decrypt(CryptoJS.DES.encrypt('message', 'k').toString(), 'k').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.TripleDES.encrypt('message', " + key24 + ", { iv: CryptoJS.enc.Hex.parse('0001020304050607') }).toString()",
        "CryptoJS.TripleDES.encrypt('message', " + key24 + ", { mode: CryptoJS.mode.ECB }).toString()",
        "CryptoJS.TripleDES.decrypt(CryptoJS.TripleDES.encrypt('message', 'k').toString(), 'k').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.AES.encrypt('hello', " + key + ", { iv: " + iv + " }).toString(CryptoJS.format.Hex)",
        "CryptoJS.RC4.encrypt('Plaintext', CryptoJS.enc.Utf8.parse('Key')).ciphertext.toString()", "CryptoJS.RC4.encrypt('pedia', CryptoJS.enc.Utf8.parse('Wiki')).toString()",
        "CryptoJS.RC4Drop.encrypt('message', " + key + ").toString()", "CryptoJS.RC4Drop.encrypt('message', " + key + ", { drop: 3 }).toString()",
        "CryptoJS.RC4.decrypt(CryptoJS.RC4.encrypt('round trip', 'pass').toString(), 'pass').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.RC4Drop.decrypt(CryptoJS.RC4Drop.encrypt('round trip', 'pass').toString(), 'pass').toString(CryptoJS.enc.Utf8)",
        // Rabbit: key only, key + IV, a short key, the legacy key order, and passphrases
        "CryptoJS.Rabbit.encrypt('hello world, a message of 34 bytes', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f')).ciphertext.toString()",
        "CryptoJS.Rabbit.encrypt('hello', " + key + ", { iv: CryptoJS.enc.Hex.parse('c373f575c1267e59') }).toString()",
        "CryptoJS.Rabbit.encrypt('hello', CryptoJS.enc.Utf8.parse('short')).ciphertext.toString()",
        "CryptoJS.RabbitLegacy.encrypt('hello world, a message of 34 bytes', CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f'), { iv: CryptoJS.enc.Hex.parse('0001020304050607') }).ciphertext.toString()",
        "CryptoJS.Rabbit.decrypt('U2FsdGVkX187zjU7VUTjsugNjAJ/vXnM0Y8=', 'rabbit pass').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.RabbitLegacy.decrypt('U2FsdGVkX18wZc9VPhlr/vJbXq2aYCxB231S', 'rabbit pass').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.Rabbit.decrypt(CryptoJS.Rabbit.encrypt('round trip', 'pass').toString(), 'pass').toString(CryptoJS.enc.Utf8)",
        "CryptoJS.Rabbit.decrypt(CryptoJS.Rabbit.encrypt('with iv', " + key + ", { iv: " + iv + " }), " + key + ", { iv: " + iv + " }).toString(CryptoJS.enc.Utf8)",
        "CryptoJS.AES.decrypt(CryptoJS.lib.CipherParams.create({ ciphertext: CryptoJS.AES.encrypt('params', " + key + ", { iv: " + iv + " }).ciphertext }), " + key + ", { iv: " + iv + " }).toString(CryptoJS.enc.Utf8)");
    return out;
}

function schemaCases() {
    const person = "{ type: 'object', required: ['name', 'age'], properties: { name: { type: 'string', minLength: 2, maxLength: 5, pattern: '^[A-Z]' }, age: { type: 'integer', minimum: 0, maximum: 150 }, email: { type: 'string', format: 'email' }, tags: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true }, kind: { enum: ['a', 'b'] } }, additionalProperties: false }";
    const data = [
        "{ name: 'Ann', age: 30 }", "{ name: 'Ann' }", "{ age: 3 }", "{ name: 7, age: 3 }", "{ name: 'A', age: 3 }", "{ name: 'Annabel', age: 3 }",
        "{ name: 'ann', age: 3 }", "{ name: 'Ann', age: -1 }", "{ name: 'Ann', age: 200 }", "{ name: 'Ann', age: 1.5 }", "{ name: 'Ann', age: 3, email: 'nope' }",
        "{ name: 'Ann', age: 3, tags: [] }", "{ name: 'Ann', age: 3, tags: ['a', 'b', 'c', 'd'] }", "{ name: 'Ann', age: 3, tags: ['a', 'a'] }",
        "{ name: 'Ann', age: 3, tags: ['a', 1] }", "{ name: 'Ann', age: 3, kind: 'c' }", "{ name: 'Ann', age: 3, extra: true }", "[]", "null", "'text'"
    ];
    const out = [];
    for (const d of data) {
        out.push(`ajvSays(${person}, ${d})`, `ajvSays(${person}, ${d}, { allErrors: true })`, `tv4Says(${d}, ${person})`, `tv4All(${d}, ${person})`);
    }
    const more = [
        ["{ type: 'object', properties: { id: { type: ['string', 'null'] } } }", "{ id: 5 }"],
        ["{ type: 'array', items: { type: 'object', required: ['id'], properties: { id: { type: 'number', multipleOf: 2 } } } }", "[{ id: 2 }, { id: 3 }, {}]"],
        ["{ anyOf: [{ type: 'string' }, { type: 'number' }] }", "true"],
        ["{ oneOf: [{ type: 'number' }, { type: 'integer' }] }", "3"],
        ["{ not: { type: 'string' } }", "'x'"],
        ["{ type: 'object', properties: { 'x-y': { type: 'string' } } }", "{ 'x-y': 1 }"],
        ["{ type: 'number', exclusiveMinimum: 5 }", "5"],
        ["{ const: 'a' }", "'b'"],
        ["{ type: 'object', minProperties: 2 }", "{ a: 1 }"],
        ["{ type: 'object', properties: { a: { $ref: '#/definitions/pos' } }, definitions: { pos: { type: 'integer', minimum: 1 } } }", "{ a: 0 }"],
        ["{ type: 'string', format: 'date-time' }", "'2024-01-01T00:00:00Z'"],
        ["{ type: 'string', format: 'ipv4' }", "'999.1.1.1'"],
        ["{ type: 'object', dependencies: { a: ['b'] } }", "{ a: 1 }"],
        ["{ type: 'object', propertyNames: { maxLength: 2 } }", "{ abc: 1 }"],
        ["{ type: 'object', required: ['missing'] }", "{}"],
        ["{ required: ['a', 'x-y'] }", "{ a: 1 }"],
        ["{ type: 'object', required: ['p'], properties: { p: {} } }", "{}"]
    ];
    for (const [schema, d] of more) {
        out.push(`ajvSays(${schema}, ${d})`, `tv4Says(${d}, ${schema})`);
    }
    // Several errors at once: ajv reports them in its rules' order and the
    // schema's order of property names, whatever the data's order.
    const several = [
        ["{ type: 'object', required: ['args', 'missing'], properties: { url: { type: 'number' }, args: { type: 'object', properties: { a: { type: 'integer', minimum: 5 } } } } }", "{ args: { a: 2.5 }, headers: {}, url: 'x' }"],
        ["{ properties: { b: { type: 'string' }, a: { type: 'string' } }, required: ['c'], additionalProperties: false }", "{ a: 1, b: 2, z: 3 }"],
        ["{ enum: ['yy'], pattern: '^x', minLength: 3, type: 'string' }", "'ab'"],
        ["{ enum: [7], minimum: 5, type: 'integer' }", "2.5"],
        ["{ uniqueItems: true, minItems: 3, items: [{ type: 'string' }, { type: 'number' }], type: 'array' }", "[1, 'a']"],
        ["{ not: { required: ['y'] }, allOf: [{ required: ['x'] }, { properties: { y: { type: 'string' } } }] }", "{ y: 1 }"],
        ["{ type: 'array', items: { properties: { n: { type: 'number' }, s: { type: 'string' } } } }", "[{ s: 1, n: 'a' }, { s: 2 }]"]
    ];
    for (const [schema, d] of several) {
        out.push(`ajvSays(${schema}, ${d})`, `ajvSays(${schema}, ${d}, { allErrors: true })`);
    }
    return out;
}

eval(setup);

// Sugar, as postman-sandbox loads it into every script (its vendor copy,
// from the installed postman-sandbox: read, not copied), in a context of its own.
const vm = require('vm');
const sugarContext = vm.createContext({ btoa: global.btoa, atob: global.atob, setTimeout, clearTimeout });
const sugarSource = require('fs').readFileSync(require.resolve('postman-sandbox/lib/vendor/sugar.js', { paths: [path.resolve(__dirname, '../.parity/node_modules'), modules] }), 'utf8');
vm.runInContext(sugarSource, sugarContext);

function recordSugar(expr) {
    try {
        const value = vm.runInContext('JSON.stringify((function () { var v = (' + expr + '); return v === undefined ? null : v; })())', sugarContext);
        return { expr, value };
    } catch (e) {
        return { expr, value: 'throws: ' + e.message };
    }
}

// Sugar's Date.create, past and future of English phrases at three stopped
// clocks (a Sunday late in a year, a Wednesday before a leap day, a
// Saturday early in February), each clock a context of its own whose Date
// is stopped before Sugar loads.
const CLOCKS = [Date.UTC(2026, 11, 6, 11, 51, 19, 594), Date.UTC(2024, 1, 28, 21, 5, 0, 0), Date.UTC(2024, 1, 10, 9, 0, 0, 0)];
const PHRASES = ["now", "today", "tomorrow", "yesterday", "in 3 days", "in 3 hours", "3 days from now", "3 days from today", "2 weeks from tomorrow", "next year", "last year", "this year", "next month", "last month", "this month", "next weekend", "last weekend", "the end of next week", "the beginning of last month", "end of this year", "beginning of today", "end of today", "Monday at noon", "monday at midnight", "noon", "midnight", "noon tomorrow", "tomorrow at noon", "the first day of the year", "last day of next month", "the 2nd of next month", "first monday of next month", "last friday of the month", "5th of next month", "in a week", "in half an hour", "half an hour ago", "a moment ago", "just now", "an hour ago", "2 years ago", "1 year from now", "next tuesday at 3:30pm", "friday 5pm", "5pm friday", "the day before", "day after tomorrow", "two weeks ago", "ten minutes ago", "twelve hours from now", "March 15", "15 March", "March 15 2025", "15 March 2025 10am", "Mar 15th, 2025", "the 15th of March 2025", "2025", "March 2025", "3pm", "3:45", "15:30", "15:30:20", "3:45:10 pm", "8 o'clock", "tonight", "this morning", "this evening", "last night", "1 week", "+3 days", "-2 hours", "3 days", "4 weeks later", "in 5 mins", "5 mins ago", "5 secs ago", "in 3 yrs", "a fortnight ago", "Tuesday, March 5, 2024", "Tue Mar 05 2024", "2024-03-05T10:20", "2024/03/05", "05.03.2024", "3/5", "march 5 at 4pm", "the last day of february", "first of the month", "the end of the week", "beginning of next year", "next week monday", "monday next week", "monday of next week", "3 days from tomorrow", "3 days from yesterday", "2 weeks from today", "1 day from tomorrow", "3 hours from today", "3 hours from tomorrow", "3 days before tomorrow", "3 days after today", "3 days after tomorrow", "a week from today", "2 months from today", "2 days before yesterday", "1 year from today", "the 15th of next month", "the 2nd of last month", "the 2nd of the month", "the 2nd of this month", "the last day of the year", "first day of next year", "last day of last year", "the first day of march", "the 10th of march", "the last day of february 2024", "the first day of this year", "first day of the week", "last day of the week", "the first day of next week", "the last day of this month", "the 31st of next month", "the 1st of next year", "the day after", "day before yesterday", "the day after tomorrow", "the day before yesterday", "friday at 5pm", "monday 9:30", "next friday 5pm", "5pm next friday", "friday 17:00", "friday 5:30pm", "sunday 10am", "tomorrow 5pm", "5pm tomorrow", "today 3pm", "3pm today", "yesterday 9am", "three minutes ago", "nine minutes ago", "ten days ago", "eleven days ago", "10 minutes ago", "in ten minutes", "ten days from now", "five days ago", "one day ago", "six hours from now", "March 15 at 4pm", "March 15, 2025 10:30pm", "3/5/2024", "March 15th 2025", "15th of March", "the 15th of March", "15 Mar", "Mar 15", "March 15th", "december 25", "25 december", "12/25", "dec 25 2025", "25 dec 2025", "march 5 4pm", "4pm march 5", "March 15 10:30", "march 15th at noon", "June 2024", "june", "2024-06", "jan 1", "tuesday of last week", "last week friday", "friday last week", "sunday of this week", "friday of this week", "wednesday this week", "next week", "the next week", "last week", "the last week", "1 week from tomorrow", "3 weeks from tomorrow", "1 week from yesterday", "2 weeks from yesterday", "2 weeks before tomorrow", "2 weeks before yesterday", "2 weeks after tomorrow", "2 days from tomorrow", "the 2nd of next year", "the 1st of last year", "the 15th of this year", "the 1st of the year", "the 2nd of the year", "foo minutes ago", "minutes ago", "xyz days from now", "ten", "ten days", "in ten days", "eleven minutes ago", "twenty minutes ago", "the 5th", "5th", "the 5th at 3pm", "the first day of march 2025", "the 10th of march 2025", "first day of march", "next friday at 5pm", "this friday 5pm", "last sunday 10am", "tomorrow at 5pm", "5pm on friday", "friday, 5pm", "at 5pm friday", "the 2nd of december", "2nd of next month", "next month 2nd", "day after", "the day", "a day before", "the week before", "the month after", "March 15 2025 at 4pm", "March 15, 2025 at 4pm", "15/3", "3/15", "13/5", "3-15", "2025-03-15 4pm", "March 15th, 2025 at 10:30pm", "monday at 9:30", "9:30 monday", "the monday after next", "the friday after next", "monday after next", "this coming friday", "coming friday", "friday this week at 5pm", "next week friday at 5pm", "the day after tomorrow at 5pm", "tomorrow 17:30", "now at 5pm", "today at noon", "noon today", "3 days ago at 5pm", "first day of next month at 5pm", "3 days from today at 5pm", "the 2nd of next month at 5pm", "next week at 5pm", "in 3 days at 5pm", "3 days ago 5pm", "end of the month at 5pm", "march at 5pm", "2025-03-15 at 4pm", "the day before at 5pm", "monday next week at 5pm", "5th of next month 5pm", "tomorrow at 5", "friday at 17", "friday 5", "march 15 5pm 2025", "2025 march 15", "15 march, 2025", "march 15th at 4:30pm", "the 15th of march at 4pm", "15th of march 2025", "the first day of next month", "first day of the month at 9am", "last day of the month at 9am", "a week before", "a week after", "the year before", "two days before", "the hour before", "the minute after", "an hour after", "one day after", "monday, 9am", "next monday 9am", "last friday 14:00", "in 2 days 5pm", "tomorrow, 5pm", "Friday 5PM", "FRIDAY", "  friday  ", "friday.", "fri", "fri 5pm", "next fri", "mon", "tues", "thurs", "weds", "sat 10am", "beginning of next week", "", " ", "the", "at", "at at", "the at 5pm", "1/2/3/4", "march 99", "99/99", "00/00", "0/0", "the 0th of next month", "31st of next month", "in -3 days", "-3 days ago", "the 99th of the year", "the 32nd of next month", "the 0th", "0th", "32nd", "march 0", "march 32", "feb 30", "13/13", "the day after tomorrow at 25:00", "tomorrow at 13pm", "tomorrow at 0am", "tomorrow at 12am", "tomorrow at 12pm", "the the day after tomorrow", "next next week", "last this month", "3 fortnights ago", "3 days agoo", "in 3", "in days", "a", "the a day before", "march 15 at", "at 5pm", "5pm at", "monday of last week at 5pm", "sunday 12am", "the 2nd of next month at 25pm", "March 15, 2025, 4pm", "march 15 2025 2026", "2025 march 15 2026", "1e3 days ago", "0x10 days ago", "3.5 days ago", "3,000 days ago", "Friday the 13th", "15 of march", "15th march", "march the 15th", "the 15th march", "tomorrow noon", "NOW", "Just Now", "TODAY", "Tomorrow At 5PM", "next Week", "NEXT WEEK MONDAY", "in 3 DAYS", "march 15th, 2025 at 10:30:45pm", "12/31 23:59", "2/29", "2/29/2023", "feb 29 2023", "the last day of february 2023", "first day of february 2024", "0/5", "5/0", "in +3 days", "tomorrow at 14pm", "tomorrow at 23pm", "tomorrow at 24:00", "tomorrow at 12:59pm", "tomorrow at 0pm", "Now", " now ", "JUST NOW", "15th march 2025", "1st jan", "15pm", "25:00", "99:00"];
const clockContexts = new Map(CLOCKS.map((clock) => {
    const context = vm.createContext({ clock });
    vm.runInContext('var RealDate = Date; Date = class Date extends RealDate { constructor(...args) { if (args.length === 0) { super(clock); } else { super(...args); } } static now() { return clock; } };' +
        'function atClock(at, fn) { if (at !== clock) { throw new Error("not this clock"); } return fn(); }', context);
    vm.runInContext(sugarSource, context);
    return [clock, context];
}));

function phraseCases() {
    const cases = [];
    for (const clock of CLOCKS) {
        for (let i = 0; i < PHRASES.length; i += 12) {
            cases.push({ clock, expr: 'atClock(' + clock + ', function () { return ' + JSON.stringify(PHRASES.slice(i, i + 12)) +
                ".map(function (s) { var d = Date.create(s); return isNaN(d.getTime()) ? 'Invalid' : d.toISOString(); }); })" });
        }
    }
    // Date.past and Date.future settle what has no year, week or date.
    const settled = ['March 15', 'december 25', '3/15', '12/25', 'friday 5pm', 'friday', 'monday 9:30', 'the 2nd of next month', '15th',
        'the 15th of march', 'march 15th at 4:30pm', '2025 march 15', '10pm', 'tomorrow', 'next friday', 'jan 1', 'March',
        'friday of this week', '3 days from today', 'the last day of february', 'first day of march'];
    for (const clock of CLOCKS) {
        cases.push({ clock, expr: 'atClock(' + clock + ', function () { return ' + JSON.stringify(settled) +
            ".map(function (s) { return [Date.past(s), Date.future(s)].map(function (d) { return isNaN(d.getTime()) ? 'Invalid' : d.toISOString(); }); }); })" });
    }
    // Date#is: within what a phrase names, to the unit it is precise to:
    // for each phrase, whether a millisecond before, at and after its date,
    // and the first and last milliseconds of its day, week, month and year
    // and those just outside are in it; then two within a 1 s margin.
    const named = ["now", "3 days ago", "in 3 days", "2 hours ago", "a week from now", "next week", "last week", "this week", "next month", "last month", "this month", "next year", "March", "2026", "December 2026", "March 15", "3pm", "11am", "11:51", "11:51:19", "tomorrow", "today", "yesterday", "tomorrow at 3pm", "next friday", "last friday", "this friday", "friday at 3pm", "monday of next week", "the 2nd of next month", "the end of the week", "beginning of the month", "end of the month", "first day of the month", "last day of the month", "the day after tomorrow", "3 days from today", "12/8", "2026-12-08", "Dec 8, 2026", "the 15th", "15th of march", "next week monday", "friday 5pm", "a day before", "the 2nd of the month", "the 2nd of this month", "the 2nd of last month", "the 15th of this year", "first day of next month", "end of next month", "beginning of next week", "2 weeks from tomorrow", "3/15", "March 15 at 4pm", "2025", "the last day of february", "first day of march", "2 months ago", "in 2 years", "3 days from today at 5pm", "March 15, 2025 4pm", "march 15th", "jan 1", "in 30 minutes", "5 seconds ago", "next week at 5pm", "2026-12-08 10am", "2026-12-08T10:20:30Z", "Tue Dec 08 2026", "Dec 2026", "future", "past", "weekday", "weekend", "december", "fri"];
    const edges = "var D = Date.create(p); if (isNaN(D)) { return 'Invalid'; }" +
        " function edges(unit) { var s = D.clone()['beginningOf' + unit](), e = D.clone()['endOf' + unit](); return [new Date(s - 1), s, e, new Date(+e + 1)].map(function (x) { return x.is(p) ? 1 : 0; }).join(''); }" +
        " return [[new Date(D - 1), D, new Date(+D + 1)].map(function (x) { return x.is(p) ? 1 : 0; }).join('')].concat(['Day', 'Week', 'Month', 'Year'].map(edges), [[new Date(D - 500), new Date(D - 1500)].map(function (x) { return x.is(p, 1000) ? 1 : 0; }).join('')]).join(' ');";
    for (const clock of CLOCKS) {
        for (let i = 0; i < named.length; i += 12) {
            cases.push({ clock, expr: 'atClock(' + clock + ', function () { return ' + JSON.stringify(named.slice(i, i + 12)) + '.map(function (p) { ' + edges + ' }); })' });
        }
    }
    return cases;
}

function recordAtClock({ clock, expr }) {
    try {
        const value = vm.runInContext('JSON.stringify(' + expr + ')', clockContexts.get(clock));
        return { expr, value };
    } catch (e) {
        return { expr, value: 'throws: ' + e.message };
    }
}

function sugarCases() {
    return [
        "'jumpy'.has('py')", "'broken'.has(/[a-n]/)", "'a.b'.has('.')", "'x'.has('y')", "'{\"a\":1}'.has('\"a\"')",
        "'lucky charms'.first()", "'lucky charms'.first(3)", "'lucky charms'.last(3)", "'lucky'.last(9)", "'lucky charms'.from(6)", "'lucky charms'.to(5)",
        "'  '.isBlank()", "'x'.isBlank()", "'153'.toNumber()", "'12,000'.toNumber()", "'10px'.toNumber()", "'ff'.toNumber(16)", "'1.5'.toNumber()",
        "'hello'.capitalize()", "'hello kitty'.capitalize()", "'hello kitty'.capitalize(true)", "'HELLO'.capitalize()",
        "'a-b_c d'.camelize()", "'a_farewell_to_arms'.camelize(false)", "'capsLock'.underscore()", "'a-farewell-to-arms'.underscore()", "'a_farewell_to_arms'.dasherize()", "'capsLock'.dasherize()",
        "'a_farewell_to_arms'.spacify()", "'broken wear'.words()", "'broken\\nwear'.lines()", "'ab'.chars()", "'jumpy'.codes()", "'  too   many   spaces '.compact()", "'jumpy'.reverse()",
        "'?*'.escapeRegExp()", "'http://foo.com/\"bar\"'.escapeURL()", "'a b'.escapeURL(true)", "'%7B%7D'.unescapeURL()", "'<p>x & \"y\"</p>'.escapeHTML()", "'&lt;p&gt;'.unescapeHTML()",
        "'gonna get encoded!'.encodeBase64()", "'Z29ubmEgZ2V0IGVuY29kZWQh'.decodeBase64()", "'<p>just <b>some</b> text</p>'.stripTags()", "'<p>just <b>some</b> text</p>'.removeTags()",
        "'schfifty'.insert(' five')", "'dopamine'.insert('e', 3)", "'spelling eror'.insert('r', -3)", "'schfifty five'.remove('f')", "'wasabi'.pad('-', 1)", "'wasabi'.padLeft('-', 2)", "'wasabi'.padRight('*', 1)",
        "'jumpy'.each()", "'jumpy'.each('j')",
        // dates set and moved by units, ISO weeks, UTC mode, relative dates (TZ=UTC)
        "(function () { var d = new Date(Date.UTC(2024, 0, 31, 10, 20, 30, 400)); return [d.set({ hour: 5 }).toISOString(), d.set({ month: 1 }).toISOString()]; })()",
        "[new Date(Date.UTC(2024, 0, 31, 10, 20, 30, 400)).set({ month: 5, day: 3 }, true).toISOString(), new Date(0).set(2024, 5, 1).toISOString(), new Date(0).set(86400000).toISOString(), new Date(0).set({ weekday: 3 }).toISOString()]",
        "(function () { var p = { date: 5 }; new Date(0).set(p); return p; })()", "new Date(Date.UTC(2024, 0, 31)).set({ year: 2023, week: 10 }).toISOString()",
        "[new Date(Date.UTC(2024, 0, 31, 12)).advance('3 days').toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).advance({ months: 1 }).toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).advance(2, 1).toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).advance(5000).toISOString()]",
        "[new Date(Date.UTC(2024, 6, 31, 12)).rewind({ months: 5 }).toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).rewind({ weeks: 1, days: 2 }).toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).rewind('1 week').toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).advance('hours').toISOString(), new Date(Date.UTC(2024, 0, 31, 12)).advance({ years: -1, minutes: 30 }).toISOString()]",
        "[new Date(Date.UTC(2024, 4, 17, 10, 20, 30, 400)).reset().toISOString(), new Date(Date.UTC(2024, 4, 17, 10, 20)).reset('month').toISOString(), new Date(Date.UTC(2024, 4, 17, 10, 20)).reset('year').toISOString(), new Date(Date.UTC(2024, 4, 17, 10, 20)).reset('date').toISOString(), new Date(Date.UTC(2024, 4, 17, 10, 20)).reset('minutes').toISOString(), new Date(Date.UTC(2024, 4, 17, 10, 20)).reset('bogus').toISOString()]",
        "(function () { var d = new Date(Date.UTC(2024, 4, 17)); var r = [d.setWeekday(0), d.toISOString()]; d.setWeekday(8); r.push(d.toISOString(), d.setWeekday()); return r; })()",
        "[new Date(Date.UTC(2024, 0, 1)).getISOWeek(), new Date(Date.UTC(2021, 0, 3)).getISOWeek(), new Date(Date.UTC(2024, 11, 30)).getISOWeek(), new Date(Date.UTC(2024, 4, 17)).getISOWeek(), new Date(Date.UTC(2026, 11, 31)).getISOWeek()]",
        "(function () { var d = new Date(Date.UTC(2024, 4, 17, 9)); var a = d.setISOWeek(1); var b = new Date(Date.UTC(2024, 4, 17, 9)); b.setISOWeek(10); var c = new Date(Date.UTC(2024, 4, 19, 9)); c.setISOWeek(52); return [a, d.toISOString(), b.toISOString(), c.toISOString()]; })()",
        "[new Date(0).getUTCOffset(), new Date(0).getUTCOffset(true), new Date(0).isUTC(), new Date(0).utc().isUTC(), new Date(0).utc(false).isUTC(), new Date(0).utc().set({ hour: 5 }).toISOString(), Object.keys(new Date(0).utc())]",
        "[new Date(Date.now() - 3 * 3600e3 - 1000).relative(), new Date(Date.now() + 2 * 864e5 + 5000).relative(), new Date(Date.now() - 200).relative(), new Date(Date.now() - 15 * 864e5).relative(), new Date(Date.now() - 400 * 864e5).relative(), new Date(Date.now() - 1000 * 61).relative(), new Date(Date.now() + 45 * 1000 + 500).relative()]",
        "[new Date(Date.now() - 3 * 3600e3 - 1000).relative(function (value, unit, ms) { return value + '|' + unit + '|' + (ms < 0); }), new Date(Date.UTC(2024, 2, 5)).relative(function () { return '{Month} {d}'; }), new Date(NaN).relative()]",
        "(function () { var d = new Date(); d.setUTCDate(1); d.setUTCMonth(d.getUTCMonth() - 3); return d.relative(); })()",
        "[new Date(Date.UTC(2024, 2, 5)).is('tuesday'), new Date(Date.UTC(2024, 2, 5)).is('Tue'), new Date(Date.UTC(2024, 2, 5)).is('march'), new Date(Date.UTC(2024, 2, 5)).is('weekday'), new Date(Date.UTC(2024, 2, 9)).is('weekend'), new Date(Date.UTC(2024, 2, 5)).is('past'), new Date(Date.UTC(2024, 2, 5)).is('future')]",
        "[new Date().is('today'), Date.create('tomorrow').addHours(5).is('tomorrow'), new Date().is('yesterday'), Date.create('yesterday').is('today'), Date.create('today').addHours(23).is('Today'), Date.create('the day after tomorrow').is('the day after tomorrow')]",
        "[new Date(1000).is(new Date(1000)), new Date(1000).is(new Date(1500)), new Date(1000).is(new Date(1500), 600), new Date(1000).is(1000), new Date(NaN).is('past')]",
        "[(3600000).duration(), (500).duration(), (1).duration(), (0).duration(), (90000).duration(), (864000000).duration(), (1e11).duration(), (1.5).duration(), (-7200000).duration()]",
        // character widths and kana
        "'ｶﾀｶﾅ ｶﾞｷﾞ ﾊﾟ ｳﾞ ｦﾞ ｦﾟ ｯ ｰ･ ABC xyz 123 !?~ ｡､｢｣ ¥¢£'.zenkaku()", "'ＡＢＣ　ｘｙｚ１２３！？～カタカナ ガギ パ ヴ ヺ ッ ー・。、「」￥￠￡'.hankaku()",
        "'ＡＢＣ１２３！'.hankaku('a')", "'ＡＢＣ１２３！'.hankaku('numbers')", "'ＡＢＣ１２３！　カ'.hankaku('p', 's')", "'abc 123 ｶ'.zenkaku('alphabet', 'spaces')", "'abc ｶ'.zenkaku('all')",
        "'カタカナ ｶﾀｶﾅ ｶﾞ ヴ'.hiragana()", "'ｶﾀｶﾅ カ'.hiragana(false)", "'ひらがな ゔ ゖ'.katakana()", "'ヴ'.hankaku()", "'ｦﾟ'.zenkaku()",
        // Date.create, past and future: Sugar's English phrases, as offsets from
        // the moment the case runs (the same in node and in postrun)
        "(function () { var n = new Date(); function minutes(s) { var d = Date.create(s); return isNaN(d.getTime()) ? 'Invalid' : Math.round((d - n) / 6e4); } return ['now', '3 days ago', 'in 2 weeks', 'an hour from now', 'a day ago', 'one week ago', 'two days from now', '3 days later', '3 days before', '45 minutes ago', 'next week', 'last week', 'this week', '5 minutes hence', 'next day', '3 days ago at 5pm'].map(minutes); })()",
        "(function () { var n = new Date(), start = new Date(n.getFullYear(), n.getMonth(), n.getDate()); function days(s) { var d = Date.create(s); return isNaN(d.getTime()) ? 'Invalid' : (d - start) / 864e5; } return ['today', 'tomorrow', 'yesterday', 'the day after tomorrow', 'the day before yesterday', 'today at 3pm', 'tomorrow at 10:30', 'yesterday at 9am'].map(days); })()",
        "(function () { var n = new Date(), week = new Date(n.getFullYear(), n.getMonth(), n.getDate() - n.getDay()); function days(s) { var d = Date.create(s); return isNaN(d.getTime()) ? 'Invalid' : (d - week) / 864e5; } return ['sunday', 'monday', 'saturday', 'next monday', 'last monday', 'this friday', 'next sunday', 'next monday at 9am', 'last friday at 14:00', 'beginning of the week', 'the beginning of next week', 'end of the week'].map(days); })()",
        "(function () { var n = new Date(), y = n.getFullYear(), m = n.getMonth(); var expected = { 'March': [y, 2, 1], 'december': [y, 11, 1], 'dec': [y, 11, 1], 'beginning of the month': [y, m, 1], 'end of the year': [y, 11, 31, 23, 59, 59, 999], 'end of the month': [y, m + 1, 0, 23, 59, 59, 999], 'the end of last month': [y, m, 0, 23, 59, 59, 999], 'first day of next month': [y, m + 1, 1], 'last day of the month': [y, m + 1, 0], '15th of March': [y, 2, 15], 'March 15th': [y, 2, 15], 'the 15th': [y, m, 15] }; return Object.keys(expected).map(function (s) { var e = expected[s], d = Date.create(s); return [s, d - new Date(e[0], e[1], e[2], e[3] || 0, e[4] || 0, e[5] || 0, e[6] || 0)]; }); })()",
        "(function () { var n = new Date(); function ok(d, unit, past) { return !isNaN(d.getTime()) && (past ? d <= n : d >= n) && Math.abs(d - n) <= unit; } return [ok(Date.past('monday'), 7 * 864e5, true), ok(Date.future('monday'), 7 * 864e5, false), ok(Date.past('10pm'), 864e5, true), ok(Date.future('3:30pm'), 864e5, false), ok(Date.past('March'), 366 * 864e5, true), ok(Date.future('March'), 366 * 864e5, false), Date.past('monday').getDay(), Date.future('10pm').getHours(), Date.create('10pm').getHours(), Date.create('3:30pm').getMinutes()]; })()",
        "[Date.create('2024-03-05').toISOString(), Date.create('March 5, 2024').toISOString(), Date.create('03/05/2024 10:20').toISOString(), Date.create(1709634030000).toISOString(), Date.create(2024, 2, 5).toISOString(), Date.create(new Date(0)).toISOString(), Date.create({ year: 2024, month: 1 }).toISOString(), isNaN(Date.create('foo')), isNaN(Date.create('noon')), isNaN(Date.create('')), isNaN(Date.create('midnight'))]",
        // humanize, titleize, parameterize; each and words with a function
        "['employee_salary'.humanize(), 'author_id'.humanize(), 'man from the boondocks'.titleize(), 'x-men: the last stand'.titleize(), 'TheManWithoutAPast'.titleize(), 'raiders_of_the_lost_ark'.titleize(), 'hell, yeah! Cafés & Crème'.parameterize(), 'Donald E. Knuth'.parameterize('_'), 'a--b'.parameterize(), '--x--'.parameterize(''), 'the end. of it'.titleize()]",
        "['a\\nb\\r\\nc'.lines(), ' x \\n y '.lines(function (l) { return l.toUpperCase(); }), 'ab'.chars(function (c, i) { return c + i; }), 'p1\\n\\np2'.paragraphs(function () { return this.toUpperCase(); })]",
        "(function () { var seen = []; var r = 'ab'.codes(function (c, i) { seen.push([c, i, typeof this]); return 9; }); return [r, seen]; })()",
        "['a b c'.words(function (w) { return w.toUpperCase(); }), 'abc'.each(function (c, i) { return i === 1 ? 'X' : undefined; }), 'x y'.words(function () { return ''; }), 'ab'.each(function () { return typeof this; })]",
        // Sugar's named formats
        "(function () { var d = new Date(Date.UTC(2024, 2, 5, 14, 20, 30, 123)); return [Date.ISO8601_DATE, Date.ISO8601_DATETIME, Date.RFC1123, Date.RFC1036, d.format(Date.RFC1123), d.format(Date.RFC1036), d.format(Date.ISO8601_DATE), d.format(Date.ISO8601_DATETIME), d.format('{Dow} {Mon} {dow} {mon}'), d.format('ISO8601_DATE'), d.format('RFC1123'), Object.keys(Date)]; })()",
        // output tokens as Sugar replaces them: the first match of each only,
        // words in any case and with an alternate's digit, padding by repeats
        "(function () { var d = new Date(Date.UTC(2024, 2, 5, 15, 4, 5, 7)), noon = new Date(Date.UTC(2024, 2, 5, 12, 0, 9, 70)), midnight = new Date(Date.UTC(2024, 2, 5, 0, 4, 5, 7)); return [d.format('iso'), d.format('{f} {ff} {fff} {ffff} {ms} {milliseconds} {s} {ss} {seconds}'), d.format('{z} {zz} {zzz} {zzzz} {tz} {timezone} {isotz} {isotimezone}'), d.format('{ord} {Dow} {DOW} {dow} {dow2} {Weekday} {weekday} {WEEKDAY} {Weekday2} {WeekDay}'), d.format('{mon} {Mon} {MON} {month} {Month} {MONTH} {Month2} {mon2} {MoNtH}'), d.format('{y} {yy} {yyy} {yyyy} {year}'), d.format('{12hr} {24hr} {hours} {day} {date} {d} {dd}'), d.format('{T} {t} {TT} {tt}'), midnight.format('{h} {hh} {hours} {H} {HH} {tt}'), noon.format('{h} {hh} {H} {tt} {TT} {fff} {ss}'), d.format('{yyyy} {yyyy} {MM} {MM} {Month} {Month}'), d.format('{month} {Month}'), d.format('{Weekday1} {weekday3}'), d.format('long'), d.format('short'), d.format('full'), d.format(), d.format(''), d.format('code'), d.format('{ mm }'), d.format('{mm}{mm}{m}')]; })()",
        "(function () { var d = new Date(Date.UTC(2024, 2, 5, 15, 4, 5, 7)); return [d.relative(function (value, unit, ms, loc) { return '{yyyy} ' + value + ' ' + unit + ' ' + (ms < 0) + ' ' + loc.code; }), d.relative(function () { return 'short'; }), d.format(function () { return '{Month}'; })]; })()",
        // the date locale API, for English (the one language postrun carries)
        "(function () { var l = Date.getLocale(); return [l.code, l.months, l.weekdays, l.units, l.numbers, l.articles, l.tokens, l.ampm, l.timeMarker, l.plural, l.short, l.long, l.full, l.past, l.future, l.duration, l.timeSuffixes, Date.getLocale('en') === l, Date.getLocale('en-GB') === l, Date.getLocale('') === l, l.getMonth('march'), l.getMonth('mar'), l.getMonth(3), l.getWeekday('fri'), l.getWeekday('friday'), l.getNumber('three'), l.getNumber('zzz'), l.getNumber(7), l.getDuration(36e5), l.getDuration(5), l.hasVariant(), l.hasVariant('en-US'), l.matchAM('am'), l.matchPM('pm'), l.matchPM('am'), l.getEnglishUnit('days'), l.getEnglishUnit('minute')]; })()",
        "Date.getLocale('xx')", "Date.getLocale(5)", "Date.setLocale()", "Date.setLocale('zh')", "Date.setLocale('xx')",
        "(function () { return [Date.setLocale('en-US').code, Date.getLocale().code, Date.setLocale('en').code, Date.getLocale().code]; })()",
        "(function () { var d = new Date(Date.UTC(2024, 2, 5, 15, 4, 5, 7)); return [d.format('{Month} {dow}', 'xx'), d.format('{Month}', 'en'), d.full('en'), d.short('xx'), d.long('en-GB'), Date.create('3 days ago').relative('en'), Date.create('3 days ago').relative('xx'), Date.create('in 3 hours').relative(function (v, u, ms, loc) { return loc.code; }, 'en'), (5000).duration('en'), (5000).duration('xx'), Date.create('tomorrow', 'xx').getTime() === Date.create('tomorrow').getTime(), Date.create('March 5 2024', 'en').getTime()]; })()",
        // inflections: the rules, irregular words, uncountables, and the Inflector's own changes
        "['word', 'box', 'city', 'mouse', 'sheep', 'Person', 'woman', 'human', 'analysis', 'octopus', 'virus', 'quiz', 'cow', 'Cow', 'knife', 'half', 'wife', 'roof', 'photo', 'tomato', 'hero', 'matrix', 'index', 'vertex', 'ox', 'axis', 'bus', 'status', 'child', 'goose', 'foot', 'tooth', 'aircraft', 'day', 'query', 'archive', 'news', 'fish', 'jeans', 'datum', 'medium', 'crisis', 'move', 'save', 'zombie', 'shoe', 'potato', 'series', '', '  ', 'money', 'sales_person', 'big_fox'].map(function (w) { return w.pluralize(); })",
        "['words', 'boxes', 'cities', 'mice', 'sheep', 'People', 'women', 'analyses', 'octopi', 'viri', 'quizzes', 'kine', 'Kine', 'knives', 'halves', 'wives', 'roofs', 'photos', 'tomatoes', 'heroes', 'matrices', 'indices', 'vertices', 'oxen', 'axes', 'buses', 'statuses', 'children', 'geese', 'feet', 'teeth', 'days', 'queries', 'archives', 'news', 'movies', 'shoes', 'databases', 'bases', 'diagnoses', 'theses', 'crises', 'data', 'media', 'series', 'moves', 'status', 'mass', 'bus', 'equipment', 'Sales_people', 'lives', 'elves', 'loaves', 'hives'].map(function (w) { return w.singularize(); })",
        "(function () { String.Inflector.irregular('octopus', 'octopodes'); String.Inflector.plural(/(oct)a$/i, '$1ae'); String.Inflector.uncountable('grits', 'pokemon'); String.Inflector.human(/_cnt$/i, '_count'); String.Inflector.acronym('HTML'); String.Inflector.acronym('API'); var out = ['octopus'.pluralize(), 'Octopodes'.singularize(), 'octa'.pluralize(), 'grits'.pluralize(), 'pokemon'.singularize(), 'jewel_cnt'.humanize(), 'html_parser'.camelize(), 'html_api'.camelize(false), 'HTMLParser'.underscore(), 'api_key'.humanize(), 'html'.titleize(), 'undefinedThing'.underscore()]; String.Inflector.clear('acronyms'); out.push('html_parser'.camelize(), 'api_key'.humanize(), Object.keys(String.Inflector).sort()); String.Inflector.clear('uncountables'); out.push('sheep'.pluralize()); return out; })()",
        "['x-undefined'.underscore(), 'fooUndefined'.underscore(), 'API'.pluralize()]",
        // collation: Array#sortBy orders strings with Sugar's settings on Array
        "['b', 'A', 'a', 'B', 'é', 'e', 'E', 'Z', '10', '9', 'ä', 'ab', 'Ab', 'ß', 's', 't', 'ø', 'o', 'ñ', 'n', '', ' a', 'a b', 'c'].sortBy()",
        "[['Ångström', 'angle', 'Zebra', 'zoo', 'Éclair', 'eclair', 'Ölfarbe', 'ol'].sortBy(), ['b1', 'a10', 'a2', 'A1'].sortBy(null, true), [{ n: 'bé' }, { n: 'Be' }, { n: 'ba' }].sortBy('n').map(function (o) { return o.n; })]",
        "[Array.AlphanumericSortOrder.length, Array.AlphanumericSortOrder.slice(0, 12), Array.AlphanumericSortIgnoreCase, Array.AlphanumericSortEquivalents['é'], Array.AlphanumericSortEquivalents['Ö'], Array.AlphanumericSortIgnore === undefined, ['undefinedb', 'a'].sortBy()]",
        "(function () { var before = Array.AlphanumericSortIgnoreCase; Array.AlphanumericSortIgnoreCase = false; var cased = ['b', 'A', 'a', 'B'].sortBy(); Array.AlphanumericSortIgnoreCase = before; Array.AlphanumericSortIgnore = /[-_]/g; var ignored = ['a_c', 'ab', 'a-a'].sortBy(); Array.AlphanumericSortIgnore = undefined; return [cased, ignored]; })()",
        // Date.range and Date.utc
        "(function () { var r = Date.range(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 4, 12))); return [String(r), r.isValid(), r.duration(), r.eachDay().map(function (d) { return d.toISOString(); }), r.every('2 days').length, r.every(86400000 * 1.5).length, r.eachHour().length, r.contains(new Date(Date.UTC(2024, 0, 2))), r.contains(new Date(Date.UTC(2024, 1, 2))), r.contains(Date.range(new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 3))))]; })()",
        "(function () { var a = Date.range(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 10))), b = Date.range(new Date(Date.UTC(2024, 0, 5)), new Date(Date.UTC(2024, 0, 20))); return [String(a.union(b)), String(a.intersect(b)), String(a.clone()), String(Date.range(new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 1)))), Date.range(new Date(Date.UTC(2024, 0, 2)), new Date(Date.UTC(2024, 0, 1))).duration(), a.eachMonth().length, a.eachWeek().length, a.eachYear().length, Object.keys(a)]; })()",
        "(function () { var r = Date.range('2024-03-01', '2024-03-03'), seen = []; r.eachDay(function (d, i) { seen.push([d.getUTCDate(), i]); }); return [seen, r.eachMinute().length, Date.range('2024-03-01 10:00', '2024-03-01 10:05').eachSecond().length]; })()",
        "[Date.utc.create('2024-03-05 10:20').toISOString(), Date.utc.create('2024-03-05 10:20').isUTC(), Date.utc.create(new Date(Date.UTC(2024, 0, 1))).toISOString(), Date.utc.create('2024-03-05T10:20:00+02:00').toISOString(), Date.utc.create(0).getTime(), Date.utc.create('2024-03-05 10:20').format('{HH}:{mm}'), Object.keys(Date.utc).sort(), typeof Date.utc.past, typeof Date.utc.future]",
        // Object.watch and Object.extended (Sugar's Hash)
        "(function () { var o = { a: 1 }, log = []; Object.watch(o, 'a', function (p, before, after) { log.push([p, before, after]); return after * 2; }); o.a = 5; return [o.a, log, Object.keys(o)]; })()",
        "(function () { var h = Object.extended({ a: 1, b: 2 }); return [h.keys(), h.values(), h.sum(), h.any(2), h.size(), h.has('a'), typeof h.isObject, h.equals({ a: 1, b: 2 }), Object.keys(h), h.constructor === Object, h.toQueryString(), h.select('a'), h.map(function (k, v) { return v * 10; }), h.isEmpty()]; })()",
        "[Object.extended().keys(), Object.extended(null).size(), Object.extended({ x: [1] }).clone()]",
        "'Welcome, {name}.'.assign({ name: 'program' })", "'{1} and {2}'.assign('a', 'b')", "'{x} {1} {2}'.assign({ x: 1 }, 'y')", "'{a}{b}'.assign({ a: 1 }, { b: 2 })", "'{1}'.assign([1, 2])",
        "[(1000).abbr(), (1000000).abbr(), (1280).abbr(1), (1234567).abbr(2), (0.5).abbr(), (12).abbr(), (1e15).abbr(), (-2500).abbr(1)]",
        "[(1000).metric(), (1000000).metric(0, false), (0.001).metric(), (0.000001).metric(), (1e-12).metric(), (1234).metric(2), (12).metric(), (1e9).metric()]",
        "[(1000).bytes(), (1024).bytes(), (1048576).bytes(2), (5e15).bytes(1, false), (5e15).bytes(1), (10).bytes()]",
        "[Number.random(5, 5), Number.random(0, 0), typeof Number.random(), Number.random(3) <= 3]",
        "[1, 2, 3].first()", "[1, 2, 3].first(2)", "[1, 2, 3].last()", "[1, 2, 3].last(2)", "[1, 2, 3].from(1)", "[1, 2, 3].to(1)", "[].isEmpty()", "[null, undefined].isEmpty()", "[1].isEmpty()",
        "[1, 2].include(3)", "[1, 2].include(3, 1)", "[1, 2].add(3)", "[1, 2].insert(8, 1)", "[1, 2].clone()", "[1, null, 2, undefined, 0, ''].compact()", "[1, null, 0, ''].compact(true)",
        "[[1, [2]], 3].flatten()", "[[1, [2]], 3].flatten(1)", "[1, 2, 2, 3].unique()", "[{ a: 1 }, { a: 1 }, { a: 2 }].unique('a')", "[1, 2, 3].sum()", "[{ a: 2 }, { a: 3 }].sum('a')",
        "[1, 2, 3].average()", "[].sum()", "[3, 1, 2].min()", "[3, 1, 2].max()", "[{ a: 2 }, { a: 3 }].max('a')", "['fee', 'fo', 'fum'].min('length', true)",
        "[1, 2, 2, 3].count(2)", "['a', 'b', 'ab'].count(/a/)", "[1, 2, 3].findAll(function (n) { return n > 1; })", "[{ a: 1 }, { a: 2 }].findAll({ a: 2 })", "[1, 2, 3].exclude(2)",
        "[1, 2, 3, 2].remove(2)", "[1, 2, 3, 4].removeAt(1, 2)", "[1, 2].any(2)", "[1, 1].all(1)", "[1, 2].none(3)", "(function () { var s = 0; [1, 2, 3].each(function (n) { s += n; }); return s; })()",
        "['fee', 'fi', 'fum'].groupBy('length')", "[{ n: 'b' }, { n: 'a' }].sortBy('n')", "[3, 1, 2].sortBy(function (n) { return n; }, true)", "[1, 2, 3].randomize().length", "[1, 2, 3].subtract([2])",
        "[1, 2, 3].intersect([2, 3, 4])", "[1, 2].union([2, 3])", "[1, 2].zip([3, 4], [5])", "[1, 2, 3, 4, 5].inGroupsOf(2)", "[1, 2, 3].inGroupsOf(2, 'x')",
        "(5).pad(3)", "(-5).pad(3)", "(5).pad(3, true)", "(255).pad(4, false, 16)", "(1234567.891).format()", "(1234567.891).format(2)", "(1234.5).format(0, ' ', ',')", "(-9876.54).format(1)",
        "(3.14159).round(2)", "(3.14159).ceil(1)", "(3.14159).floor(3)", "(1234).round(-2)", "(2).pow(3)", "(-3).abs()", "(3).upto(6)", "(6).downto(3)", "(3).isOdd()", "(4).isEven()", "(6).isMultipleOf(3)",
        "(1).ordinalize()", "(2).ordinalize()", "(11).ordinalize()", "(23).ordinalize()", "(112).ordinalize()", "(65).chr()", "(255).hex()", "(2).days()", "(1.5).hours()", "(3).seconds()", "(1).week()",
        "(function () { var n = []; (3).times(function (i) { n.push(i); }); return n; })()",
        "new Date(Date.UTC(2024, 0, 31, 10)).addDays(1).toISOString()", "new Date(Date.UTC(2024, 0, 31, 10)).addMonths(1).toISOString()", "new Date(Date.UTC(2024, 1, 29)).addYears(1).toISOString()",
        "new Date(Date.UTC(2024, 0, 31, 10)).addHours(5).toISOString()", "new Date(Date.UTC(2024, 0, 31, 10)).addMinutes(-30).toISOString()", "new Date(Date.UTC(2024, 0, 31, 10)).addWeeks(2).toISOString()",
        "new Date(Date.UTC(2024, 0, 31, 10)).addSeconds(90).toISOString()", "new Date(Date.UTC(2024, 0, 31, 10)).addMilliseconds(5).toISOString()",
        "new Date(Date.UTC(2024, 2, 15, 10)).beginningOfMonth().toISOString()", "new Date(Date.UTC(2024, 2, 15, 10)).endOfMonth().toISOString()", "new Date(Date.UTC(2024, 2, 15, 10)).beginningOfWeek().toISOString()",
        "new Date(Date.UTC(2024, 2, 15, 10)).endOfYear().toISOString()", "new Date(Date.UTC(2024, 2, 15, 10)).beginningOfDay().toISOString()", "new Date(Date.UTC(2024, 1, 1)).isLeapYear()",
        "new Date(Date.UTC(2024, 1, 1)).daysInMonth()", "new Date(Date.UTC(2024, 2, 16)).isWeekend()", "new Date(Date.UTC(2024, 2, 15)).isWeekday()", "new Date(0).isPast()", "new Date(8.64e15).isFuture()",
        "new Date().isToday()", "new Date(Date.UTC(2024, 2, 15)).isBefore(new Date(Date.UTC(2024, 2, 16)))", "new Date(Date.UTC(2024, 2, 15)).isAfter(new Date(Date.UTC(2024, 2, 16)))",
        "new Date(Date.UTC(2024, 2, 15)).isBetween(new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 31)))", "new Date('x').isValid()", "new Date(Date.UTC(2024, 2, 15, 13, 5, 9)).iso()",
        "new Date(Date.UTC(2024, 2, 5, 13, 5, 9, 7)).format('{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}.{fff}')", "new Date(Date.UTC(2024, 2, 5, 13, 5, 9)).format('{Weekday} {Month} {ord}, {yy} {h}:{mm}{tt} {Dow} {Mon}')",
        "new Date(Date.UTC(2024, 2, 5, 13, 5, 9)).format('short')", "new Date(Date.UTC(2024, 2, 5, 13, 5, 9)).format('long')", "new Date(Date.UTC(2024, 2, 5, 13, 5, 9)).format('full')", "new Date(Date.UTC(2024, 2, 5, 13, 5)).format()",
        "new Date(Date.UTC(2024, 2, 5, 13, 5, 9)).format('{isotz} {tz}')",
        "Object.has({ a: 1 }, 'a')", "Object.has({}, 'toString')", "Object.isString('x')", "Object.isNumber(1)", "Object.isBoolean(false)", "Object.isArray([])", "Object.isObject({})", "Object.isObject([])",
        "Object.isFunction(function () {})", "Object.isDate(new Date())", "Object.isRegExp(/x/)", "Object.isNaN(NaN)", "Object.isEmpty({})", "Object.isEmpty({ a: 1 })", "Object.size({ a: 1, b: 2 })",
        "Object.equal({ a: [1] }, { a: [1] })", "Object.clone({ a: 1 })", "Object.merge({ a: 1 }, { b: 2 })", "Object.toQueryString({ a: 1, b: 'x y', c: [1, 2] })", "Object.toQueryString({ a: { b: 1 } })",
        "Object.fromQueryString('a=1&b=x%20y&c[]=1&c[]=2')", "Object.fromQueryString('http://x.com/?q=1')",
        // Functions: once, after, currying, and the timer-based ones.
        "(function () { var n = 0; var f = (function () { return ++n; }).once(); f(); f(); return [f(), n]; })()",
        "(function () { var got; var f = (function (calls) { got = calls; return 'done'; }).after(3); return [f(1), f(2), f(3, 4), got]; })()",
        "(function () { var n = 0; (function () { n++; }).after(0); return n; })()",
        "(function () { var f = (function (a, b, c) { return [a, b, c]; }).fill('x', undefined, 'z'); return f('y'); })()",
        "(function () { var f = (function (a, b) { return [a, b]; }).fill(1); return f(2); })()",
        "(function () { var n = 0; var f = (function () { return ++n; }).throttle(50); f(); f(); f(); return n; })()",
        "(function () { var n = 0; var f = (function () { return ++n; }).lazy(10); f(); f(); return n; })()",
        "(function () { var n = 0; var f = (function () { n++; }).debounce(20); f(); f(); return [typeof f, n]; })()",
        "(function () { var f = function () {}; return f.delay(1000).cancel() === f; })()",
        // Regular expressions (Sugar's escape, not ES2025's).
        "RegExp.escape('a.b*c(d)-e')", "RegExp.escape(5)", "/a/gi.getFlags()", "/a/g.setFlags('im').toString()", "/a/g.addFlag('i').toString()",
        "/a/gi.addFlag('g').toString()", "/a/gim.removeFlag('m').toString()",
        // Arrays.
        "[1, 2, 2, 3, 3, 3].most()", "[1, 2, 2, 3, 3, 3].least()", "['a', 'bb', 'cc', 'ddd'].most('length', true)", "['a', 'bb', 'cc', 'ddd'].least('length', true)",
        "[{ age: 35, name: 'ken' }, { age: 12, name: 'bob' }, { age: 12, name: 'ted' }].most('age')", "[1, 2, 3, 4, 5, 6, 7].inGroups(3)", "[1, 2, 3, 4, 5, 6, 7].inGroups(3, null)",
        "[1, 2, 3, 4].inGroups(2, 'x')", "Array.create('one', true, 3)", "Array.create(['one', true, 3])", "Array.create((function () { return arguments; })('a', 'b'))", "Array.create()",
        // Numbers as time spans and dates.
        "(2).minutes()", "(1).minute()", "(1.5).hours()", "(2).weeks()", "(1).month()", "(2).years()", "(500).milliseconds()",
        "(5).daysBefore(new Date(Date.UTC(2024, 0, 3))).toISOString()", "(2).monthsAfter(new Date(Date.UTC(2024, 0, 31))).toISOString()",
        "(1).yearAfter(new Date(Date.UTC(2024, 1, 29))).toISOString()", "(3).hoursBefore(new Date(Date.UTC(2024, 0, 1))).toISOString()",
        "(2).weeksFromNow(new Date(Date.UTC(2024, 0, 1))).toISOString()", "(90).secondsAgo(new Date(Date.UTC(2024, 0, 1))).toISOString()",
        "(5).minutesFromNow() > new Date()", "(5).minutesAgo() < new Date()", "(0).sin()", "(1).cos()", "(1).exp()", "(1).atan()",
        // Dates: which day and month, how long ago.
        "new Date(Date.UTC(2024, 2, 17)).isSunday()", "new Date(Date.UTC(2024, 2, 17)).isMonday()", "new Date(Date.UTC(2024, 2, 17)).isMarch()", "new Date(Date.UTC(2024, 2, 17)).isDecember()",
        "new Date(Date.UTC(2024, 2, 17)).getWeekday()", "new Date(Date.UTC(2024, 2, 17, 23)).getUTCWeekday()",
        "new Date(Date.now() - 3 * 864e5 - 1000).daysAgo()", "new Date(Date.now() - 90 * 6e4).hoursAgo()", "new Date(Date.now() + 2 * 36e5 + 5000).hoursFromNow()",
        "new Date(Date.UTC(2024, 0, 10)).daysSince(new Date(Date.UTC(2024, 0, 1)))", "new Date(Date.UTC(2024, 0, 1)).daysUntil(new Date(Date.UTC(2024, 0, 10)))",
        "new Date(Date.UTC(2024, 0, 1)).monthsUntil(new Date(Date.UTC(2024, 2, 1)))", "new Date(Date.UTC(2020, 0, 1)).yearsUntil(new Date(Date.UTC(2024, 0, 1)))",
        "new Date(Date.UTC(2024, 0, 1)).weeksSince(new Date(Date.UTC(2023, 11, 1)))", "new Date(Date.UTC(2024, 0, 1, 10)).minutesSince(new Date(Date.UTC(2024, 0, 1, 9, 30)))",
        "new Date().isThisYear()", "new Date().isLastYear()", "new Date().addYears(-1).isLastYear()", "new Date().addMonths(1).isNextMonth()", "new Date().isThisMonth()",
        "new Date().isThisWeek()", "new Date().addDays(-7).isLastWeek()", "new Date().addDays(7).isNextWeek()",
        // Strings.
        "'just sittin on the dock of the bay'.truncate(20)", "'just sittin on the dock of the bay'.truncate(20, false)",
        "'just sittin on the dock of the bay'.truncate(20, true, 'middle')", "'just sittin on the dock of the bay'.truncate(20, true, 'left')",
        "'just sittin on the dock of the bay'.truncate(20, false, 'left')", "'short'.truncate(10)", "'abcdef'.truncate(3, true, 'right', '~')",
        "'abc'.shift(1)", "'привет мир'.isCyrillic()", "'привет world'.isCyrillic()", "'hello ש'.hasHebrew()", "'カタカナ'.isKatakana()", "'カタカナ'.isHiragana()",
        "'ひらがな'.isKana()", "'漢字'.isKanji()", "'漢字'.hasHan()", "'abc'.isLatin()", "'ñandú'.isLatin()", "'ไทย'.isThai()", "'안녕'.isHangul()", "'αβγ'.isGreek()",
        "'مرحبا'.isArabic()", "'नमस्ते'.isDevanagari()", "' '.isLatin()", "''.hasLatin()", "'a\\n\\nb\\r\\n\\r\\nc'.paragraphs()", "'  one\\n\\ntwo  '.paragraphs()",
        // Object statics.
        "Object.map({ a: 1, b: 2 }, function (k, v) { return v * 2; })", "Object.map({ a: 'x', b: 'yy' }, 'length')", "Object.reduce({ a: 1, b: 2, c: 3 }, function (a, b) { return a + b; })",
        "Object.reduce({ a: 1, b: 2 }, function (a, b) { return a + b; }, 10)", "Object.select({ a: 1, b: 2, c: 3 }, 'a', 'c')", "Object.select({ a: 1, b: 2 }, /b/)",
        "Object.select({ a: 1, b: 2, c: 3 }, ['a', 'b'])", "Object.reject({ a: 1, b: 2, c: 3 }, 'a')", "Object.reject({ a: 1, b: 2 }, { a: true })",
        "Object.any({ a: 1, b: 2 }, 2)", "Object.all({ a: 1, b: 1 }, 1)", "Object.none({ a: 1 }, function (k, v) { return v > 5; })", "Object.count({ a: 1, b: 2, c: 2 }, 2)",
        "Object.find({ a: 1, b: 2 }, 2)", "Object.findAll({ a: 1, b: 2, c: 3 }, function (k, v) { return v > 1; })", "Object.sum({ a: 1, b: 2 })", "Object.average({ a: 1, b: 2 })",
        "Object.min({ a: 3, b: 1 })", "Object.max({ a: 3, b: 1 })", "Object.max({ a: 3, b: 3, c: 1 }, undefined, true)", "Object.sum({ a: { n: 2 }, b: { n: 3 } }, 'n')",
        "Object.least({ a: 1, b: 1, c: 2 })", "Object.most({ a: 1, b: 1, c: 2 })",
        "Object.tap({ a: 1 }, function (o) { o.b = 2; })", "(function () { var o = { n: 0, inc: function () { this.n++; } }; Object.tap(o, 'inc'); return o.n; })()"
    ];
}

// moment beyond the common calls: every function it exports exists, the
// localized and rarer format tokens, locales a script defines, fixed UTC
// offsets, calendar times, durations from text, relative-time thresholds.
function momentCases() {
    const f = (body) => `(function () { ${body} })()`;
    const names = (o) => JSON.stringify(Object.keys(o).filter((k) => typeof o[k] === 'function'));
    const M = "moment.utc('2024-03-05T14:20:30.123Z')";
    return [
        `${names(moment)}.filter(function (k) { return typeof moment[k] !== 'function'; })`,
        `${names(Object.getPrototypeOf(moment()))}.filter(function (k) { return typeof moment.fn[k] !== 'function'; })`,
        `${names(Object.getPrototypeOf(moment.duration(1)))}.filter(function (k) { return typeof moment.duration(1)[k] !== 'function'; })`,
        `['L', 'LL', 'LLL', 'LLLL', 'LT', 'LTS', 'l', 'll', 'lll', 'llll', 'SSSS', 'SSSSSSSSS', 'z', 'zz', 'gg', 'gggg', 'ggggg', 'GG', 'GGGGG', 'N', 'NNNN', 'NNNNN', 'y', 'yy', 'yyyy', 'yo', 'Y', 'YYYYY', 'YYYYYY', 'e', 'E', 'Hmm', 'Hmmss', 'hmm', 'hmmss', 'kk', 'Qo', 'DDDo', 'do', 'Wo', 'wo', '[LT] LT', 'L \\\\L', '\\\\[x\\\\]', ''].map(function (t) { return ${M}.format(t); })`,
        `[moment.utc('0042-06-01').format('Y YYYY YY'), moment.utc('+012345-06-01').format('Y YYYY'), moment.utc('-000042-06-01').format('YYYY N y'), moment.utc('2024-12-30').format('gggg ww GGGG WW'), moment.utc('2021-01-02').format('gggg w GGGG W')]`,
        `[${M}.toISOString(), ${M}.toISOString(true), ${M}.toString(), ${M}.inspect(), moment.invalid().inspect(), ${M}.toJSON(), String(moment.utc('12345-01-01'))]`,
        f(`var m = ${M}.utcOffset('+05:30'); return [m.format(), m.utcOffset(), m.isUtc(), m.isUtcOffset(), m.isLocal(), m.hours(), m.toISOString(), m.toISOString(true), m.inspect(), m.clone().utcOffset(-8).format('HH:mm Z'), m.clone().utcOffset(120, true).format(), m.clone().utc(true).format(), m.zoneAbbr(), m.hasAlignedHourOffset(), m.zone()];`),
        f("var m = moment.parseZone('2024-03-05T10:00:00-08:00'); return [m.format(), m.utcOffset(), m.hours(), moment.parseZone('2024-03-05T10:00:00Z').format(), moment.parseZone('2024-03-05 10:00').format(), m.clone().startOf('day').format(), m.clone().add(1, 'd').format()];"),
        f(`var now = moment.utc('2024-03-05T09:00:00Z'); return [moment.utc('2024-03-05T14:20:00Z').calendar(now), moment.utc('2024-03-06T08:00:00Z').calendar(now), moment.utc('2024-03-04T23:00:00Z').calendar(now), moment.utc('2024-03-09T10:00:00Z').calendar(now), moment.utc('2024-03-01T10:00:00Z').calendar(now), moment.utc('2024-04-01T10:00:00Z').calendar(now), moment.utc('2024-03-05T14:20:00Z').calendar(now, { sameDay: '[Heute]' }), moment.utc('2024-03-05T14:20:00Z').calendar(now, { sameDay: function () { return '[fn] HH'; } }), moment.calendarFormat(moment.utc('2024-03-07'), now)];`),
        f("return [moment.duration('PT1H30M').asMinutes(), moment.duration('P1Y2M3W4DT5H6M7.5S').toISOString(), moment.duration('-P1D').asHours(), moment.duration('1.02:03:04.5').toISOString(), moment.duration('02:03').asMinutes(), moment.duration('-01:00:00').asSeconds(), moment.duration('junk').asSeconds(), moment.duration(25, 'hours').toISOString(), moment.duration({ hours: -1, minutes: 30 }).toISOString(), moment.duration(1.5, 'seconds').toISOString(), moment.duration(0).toISOString(), moment.duration(NaN).isValid(), moment.duration(NaN).humanize(), moment.duration(2, 'quarters').asMonths(), moment.duration(3, 'months').asQuarters()];"),
        f("var d = moment.duration(-90061001); return [d.clone().abs().days(), d.get('h'), d.get('minutes'), d.days(), d.hours(), d.milliseconds(), d.asDays(), d.humanize(), d.humanize(true), moment.duration({ from: '2024-01-31T00:00:00Z', to: '2024-03-01T12:00:00Z' }).toISOString(), moment.duration({ from: '2024-03-01T00:00:00Z', to: '2024-01-01T00:00:00Z' }).asDays(), moment.duration(5, 'minutes').locale(), moment.duration(5, 'minutes').localeData()._abbr];"),
        f("var out = [], base = moment.utc('2024-03-05T00:00:00Z'); [1, 44, 45, 89, 90, 44 * 60, 45 * 60, 90 * 60, 21 * 3600, 22 * 3600, 36 * 3600, 25 * 86400, 26 * 86400, 45 * 86400, 320 * 86400, 548 * 86400, 3 * 365 * 86400].forEach(function (s) { out.push(base.clone().add(s, 's').from(base), base.clone().subtract(s, 's').from(base, true)); }); return out;"),
        f("var before = moment.relativeTimeThreshold('d'); moment.relativeTimeThreshold('d', 7); moment.relativeTimeThreshold('w', 4); var a = moment.duration(10, 'days').humanize(); moment.relativeTimeThreshold('d', before); moment.relativeTimeThreshold('w', null); moment.relativeTimeRounding(Math.floor); var b = moment.duration(1.9, 'hours').humanize(); moment.relativeTimeRounding(Math.round); return [before, a, b, moment.relativeTimeThreshold('nope'), moment.duration(10, 'days').humanize({ d: 7, w: 4 }), moment.duration(40, 'seconds').humanize({ ss: 3 }), moment.duration(10, 'days').humanize(true, { d: 7 })];"),
        f("var de = moment.defineLocale('xx-de', { months: 'Januar_Februar_März_April_Mai_Juni_Juli_August_September_Oktober_November_Dezember'.split('_'), monthsShort: 'Jan._Feb._März_Apr._Mai_Juni_Juli_Aug._Sep._Okt._Nov._Dez.'.split('_'), weekdays: 'Sonntag_Montag_Dienstag_Mittwoch_Donnerstag_Freitag_Samstag'.split('_'), weekdaysShort: 'So._Mo._Di._Mi._Do._Fr._Sa.'.split('_'), weekdaysMin: 'So_Mo_Di_Mi_Do_Fr_Sa'.split('_'), longDateFormat: { LT: 'HH:mm', LTS: 'HH:mm:ss', L: 'DD.MM.YYYY', LL: 'D. MMMM YYYY', LLL: 'D. MMMM YYYY HH:mm', LLLL: 'dddd, D. MMMM YYYY HH:mm' }, relativeTime: { future: 'in %s', past: 'vor %s', s: 'ein paar Sekunden', ss: '%d Sekunden', m: 'einer Minute', mm: '%d Minuten', h: 'einer Stunde', hh: '%d Stunden', d: 'einem Tag', dd: '%d Tagen', M: 'einem Monat', MM: '%d Monaten', y: 'einem Jahr', yy: '%d Jahren' }, ordinal: '%d.', week: { dow: 1, doy: 4 } }); var m = moment.utc('2024-03-05T14:20:30Z'); var out = [moment.locale(), de._abbr, m.locale(), moment.utc('2024-03-05T14:20:30Z').locale(), moment.utc('2024-03-05T14:20:30Z').format('LLLL Do w e gggg'), m.format('LLLL'), moment.utc('2024-03-05T14:20:30Z').from(moment.utc('2024-03-08T14:20:30Z')), moment.duration(3, 'hours').humanize(true), moment.months(), moment.weekdaysShort(true), moment.weekdaysMin(true, 1), moment.monthsShort(2), moment.localeData().firstDayOfWeek(), moment.localeData().longDateFormat('l'), moment.locales()]; moment.locale('en'); out.push(moment.locale(), m.clone().locale('xx-de').format('MMMM dddd'), m.clone().locale('xx-DE').locale(), m.clone().locale('nope').locale(), moment.localeData('xx-de-AT')._abbr, moment.localeData(['nope', 'xx-de'])._abbr); moment.defineLocale('xx-de', null); out.push(moment.locales()); return out;"),
        f("moment.updateLocale('en', { relativeTime: { s: 'seconds' }, week: { dow: 1, doy: 4 }, ordinal: function (n) { return n + '!'; } }); var out = [moment.locale(), moment.duration(3, 's').humanize(), moment.duration(3, 'h').humanize(), moment.utc('2024-03-05').format('Do w e'), moment.localeData().firstDayOfWeek(), moment.utc('2024-03-05').week(), moment.utc('2024-03-05').weekday()]; moment.updateLocale('en', null); out.push(moment.duration(3, 's').humanize(), moment.utc('2024-03-05').format('Do w e'), moment.locale()); return out;"),
        f("moment.defineLocale('xx-child', { parentLocale: 'en', longDateFormat: { LT: 'HH:mm' } }); var out = [moment.locale(), moment.utc('2024-03-05T14:20:00Z').format('LT LLL'), moment.defineLocale('xx-orphan', { parentLocale: 'nope' })]; moment.locale('en'); moment.defineLocale('xx-child', null); out.push(moment.locale(), moment.locales(), moment.locale('nope'), moment.locale(['nope', 'en'])); return out;"),
        f("var ld = moment.localeData(); return [ld.months(moment.utc('2024-02-01')), ld.monthsShort(), ld.weekdays(moment.utc('2024-03-05')), ld.weekdaysMin(true), ld.longDateFormat('LLL'), ld.longDateFormat('llll'), ld.ordinal(22), ld.meridiem(13, 0, true), ld.isPM('PM'), ld.calendar('lastDay'), ld.relativeTime(3, false, 'hh', true), ld.pastFuture(-5, '3 hours'), ld.invalidDate(), ld.firstDayOfYear(), ld.week(moment.utc('2024-01-01')), ld.preparse('x'), ld.postformat('y'), ld.eras().length, Object.keys(ld._config)];"),
        f(`var m = ${M}; return [m.weekYear(), m.isoWeekYear(), m.weeksInYear(), m.weeksInWeekYear(), m.isoWeeksInYear(), m.isoWeeksInISOWeekYear(), m.quarters(), m.clone().quarters(4).format('YYYY-MM-DD'), m.clone().weekYear(2020).format('YYYY-MM-DD'), m.clone().isoWeekYear(2021).format('YYYY-MM-DD'), m.clone().week(1).format('YYYY-MM-DD'), m.clone().isoWeek(52).format('YYYY-MM-DD'), m.clone().weekday(6).format('YYYY-MM-DD'), m.eraName(), m.eraNarrow(), m.eraAbbr(), m.eraYear(), m.isDST(), m.isDSTShifted()];`),
        f("return [moment.utc('2024-01-31').month(1).format('YYYY-MM-DD'), moment.utc('2024-02-29').year(2023).format('YYYY-MM-DD'), moment.utc('2024-03-05').month('July').format('YYYY-MM-DD'), moment.utc('2024-03-05').month('sep').format('YYYY-MM-DD'), moment.utc('2024-03-05').month(13).format('YYYY-MM-DD'), moment.utc('2024-03-05').set('month', 1).format('YYYY-MM-DD'), moment.utc('2024-03-31').set({ month: 3 }).format('YYYY-MM-DD')];"),
        f(`var m = ${M}; var c = m.creationData(); return [c.input, c.format, c.isUTC, c.strict, c.locale._abbr, m.invalidAt(), moment.utc('2024-13-01').invalidAt(), moment.utc('2024-02-30').invalidAt(), moment.utc('2024-01-01T25:00').invalidAt(), moment.utc('2024-03-05', 'YYYY-MM-DD').creationData().format, moment.utc('2024-03-05 10:20').creationData().format, moment.utc('20240305').creationData().format, moment.utc('2024-03-05T10:20:30,5+01:00').creationData().format, m.parsingFlags().iso, m.parsingFlags().parsedDateParts];`),
        "[moment.normalizeUnits('Y'), moment.normalizeUnits('days'), moment.normalizeUnits('M'), moment.normalizeUnits('ms'), moment.normalizeUnits('isoWeek'), moment.normalizeUnits('nope'), moment.parseTwoDigitYear('69'), moment.parseTwoDigitYear('68'), moment.defaultFormat, moment.defaultFormatUtc, moment.HTML5_FMT.WEEK, moment.momentProperties.length, moment.isMoment({ _isAMomentObject: true }), moment.isDate(new Date()), moment.months(3), moment.weekdays(1), moment.weekdays(true), moment.weekdaysShort(true, 2)]",
        "moment.utc('Tue, 05 Mar 2024 14:20:30 +0000', 'ddd, DD MMM YYYY HH:mm:ss ZZ').toISOString()",
        "moment.utc('Tuesday, March 5th 2024, 2:20:30 pm', 'dddd, MMMM Do YYYY, h:mm:ss a').toISOString()",
        "moment.utc('Tue, 05 Mar 2024 14:20:30 GMT', moment.RFC_2822).toISOString()",
        "moment.utc('Tue, 05 Mar 2024 14:20:30 GMT').toISOString()",
        "moment.utc('2024-03-05 14:20', 'YYYY-MM-DD HH:mm', true).isValid()",
        "moment.utc('2024-03-05', 'YYYY-MM-DD HH:mm', true).isValid()",
        "moment.utc('2024-03-05', 'YYYY-MM-DD HH:mm').toISOString()",
        "moment.utc('05.03.24', 'DD.MM.YY').toISOString()",
        "moment.utc('1709648430', 'X').toISOString()",
        "moment.utc('1709648430123', 'x').toISOString()",
        "moment.utc('2024-065', 'YYYY-DDDD').toISOString()",
        "moment.utc('Q1 2024', '[Q]Q YYYY').toISOString()",
        "moment.utc('2024-W10-2', 'GGGG-[W]WW-E').toISOString()",
        "moment.utc('2024/3/5', 'YYYY/M/D').format('YYYY-MM-DD')",
        "moment.utc('March 2024', 'MMMM YYYY').format('YYYY-MM-DD')",
        "moment.utc('5 mar 2024', 'D MMM YYYY').format('YYYY-MM-DD')",
        "moment.utc('2024-03-05T14:20:30+05:30', 'YYYY-MM-DDTHH:mm:ssZ').toISOString()",
        "moment('2024-03-05T14:20:30+05:30', 'YYYY-MM-DDTHH:mm:ssZ').parseZone().format()",
        "moment.utc('12/25/2024 11:59 PM', 'MM/DD/YYYY hh:mm A').toISOString()",
        "moment.utc('2024-03-05', ['DD/MM/YYYY', 'YYYY-MM-DD']).format('YYYY-MM-DD')",
        "moment.utc('not a date', 'YYYY-MM-DD').isValid()",
        "moment.utc('2024-02-30', 'YYYY-MM-DD').isValid()",
        "moment.utc('24:00', 'HH:mm').isValid()",
        "moment.utc('2024-03-05 extra', 'YYYY-MM-DD').isValid()",
        "moment.utc('2024-03-05 extra', 'YYYY-MM-DD', true).isValid()",
        "moment.utc('20240305', 'YYYYMMDD').format('YYYY-MM-DD')",
        "moment.utc('Mar 5, 2024 2:20:30 PM', 'MMM D, YYYY h:mm:ss A').toISOString()",
        "[moment.utc('14:20:30.123456', 'HH:mm:ss.SSSSSS').format('HH:mm:ss.SSS'), moment.utc('14:20:30.123456', 'HH:mm:ss.SSSSSS').isSame(moment.utc(), 'day')]",
        "[moment.utc('Wed, 05 Mar 2024 14:20:30 +0000', 'ddd, DD MMM YYYY HH:mm:ss ZZ').isValid(), moment.utc('Wed, 05 Mar 2024 14:20:30 GMT', moment.RFC_2822).isValid(), moment.utc('5 Mar 24 14:20 EST', moment.RFC_2822).toISOString(), moment.utc('2024-03-05', moment.ISO_8601).toISOString(), moment.utc('2024/03/05', moment.ISO_8601).isValid()]",
        "[moment.utc('2024-03-05 10:20', ['YYYY-MM-DD', 'YYYY-MM-DD HH:mm']).format(), moment.utc('03/05/2024', ['DD/MM/YYYY', 'MM/DD/YYYY']).format('YYYY-MM-DD'), moment.utc('13/05/2024', ['MM/DD/YYYY', 'DD/MM/YYYY']).format('YYYY-MM-DD'), moment.utc('x', []).isValid()]",
        "[moment.utc('2024 10', 'YYYY w').format('YYYY-MM-DD'), moment.utc('2024 10 3', 'GGGG W E').format('YYYY-MM-DD'), moment.utc('2024 1 Mon', 'gggg w ddd').format('YYYY-MM-DD'), moment.utc('2024 366', 'YYYY DDDD').format('YYYY-MM-DD'), moment.utc('2023 366', 'YYYY DDDD').isValid(), moment.utc('1230', 'hmm').format('HH:mm'), moment.utc('123045', 'Hmmss').format('HH:mm:ss'), moment.utc('12 am', 'h a').hours(), moment.utc('12 pm', 'h a').hours(), moment.utc('13', 'h', true).isValid()]",
        f(`var m = ${M}; return [m.min('2025-01-01').toISOString(), m.max('2025-01-01').toISOString(), m.max('nope').isValid(), m.lang()._abbr, m.clone().lang('en').locale(), moment.lang(), moment.langData()._abbr];`)
    ];
}

// Backbone without a DOM: events, models, collections, routers driven by
// `history.loadUrl`, and what fails for want of a document or XHR.
function backboneCases() {
    const f = (body) => `(function () { ${body} })()`;
    return [
        f("var log = [], o = Object.assign({}, B.Events); o.on('a b', function (x) { log.push('ab:' + x); }); o.on('all', function (n, x) { log.push('all:' + n + ':' + x); }); o.trigger('a', 1); o.trigger('b c', 2); o.off('a'); o.trigger('a', 3); return log;"),
        f("var log = [], o = Object.assign({}, B.Events); o.once('x', function (v) { log.push(v); }); o.trigger('x', 1); o.trigger('x', 2); o.on({ p: function () { log.push('p'); }, q: function () { log.push('q'); } }); o.trigger('p q'); o.off(); o.trigger('p'); return log;"),
        f("var log = [], a = Object.assign({}, B.Events), b = Object.assign({}, B.Events); a.listenTo(b, 'e', function (v) { log.push([this === a, v]); }); b.trigger('e', 1); a.stopListening(b); b.trigger('e', 2); a.listenToOnce(b, 'f', function (v) { log.push(v); }); b.trigger('f', 3); b.trigger('f', 4); return [log, a._listeningTo === undefined || Object.keys(a._listeningTo).length];"),
        f("var ctx = { n: 'ctx' }, got, o = Object.assign({}, B.Events); o.on('e', function () { got = this.n; }, ctx); o.trigger('e'); o.off('e', null, ctx); o.trigger('e'); return got;"),
        f("var M = B.Model.extend({ defaults: { a: 1, b: 2 }, idAttribute: '_id', urlRoot: '/api/things' }); var m = new M({ b: 3, c: 4 }); return [m.toJSON(), m.isNew(), m.url(), m.get('a'), m.has('z'), m.set({ _id: 'x y' }).url(), m.id, m.isNew()];"),
        f("var log = [], m = new B.Model({ a: 1 }); m.on('change:a', function (model, v) { log.push('a=' + v + ' prev ' + model.previous('a')); }); m.on('change', function (model) { log.push('change ' + JSON.stringify(model.changedAttributes())); }); m.set('a', 2); m.set({ a: 2 }); m.set({ b: 1 }, { silent: true }); m.unset('a'); return [log, m.toJSON(), m.hasChanged('a'), m.previousAttributes()];"),
        f("var m = new B.Model({ a: 1, b: 2 }); m.clear(); return [m.toJSON(), m.changed, m.hasChanged()];"),
        f("var M = B.Model.extend({ validate: function (attrs) { if (attrs.age < 0) { return 'negative'; } } }); var m = new M({ age: 1 }), errors = []; m.on('invalid', function (model, e) { errors.push(e); }); return [m.set({ age: -1 }, { validate: true }), m.get('age'), m.validationError, m.set({ age: -2 }).get('age'), m.isValid(), errors];"),
        f("var m = new B.Model({ name: '<b>x</b>', a: 1, b: 2 }); return [m.escape('name'), m.keys(), m.values(), m.pairs(), m.pick('a'), m.omit('name', 'a'), m.isEmpty(), m.invert(), m.matches({ a: 1 }), m.clone().toJSON()];"),
        f("var M = B.Model.extend({ parse: function (r) { return r.data; } }); return new M({ data: { x: 1 } }, { parse: true }).toJSON();"),
        f("var C = B.Collection.extend({ comparator: 'n' }); var c = new C([{ id: 3, n: 'c' }, { id: 1, n: 'a' }, { id: 2, n: 'b' }]); return [c.pluck('n'), c.at(-1).id, c.get(2).get('n'), c.has(9), c.indexOf(c.get(1)), c.length];"),
        f("var log = [], c = new B.Collection(); c.on('all', function (name) { log.push(name); }); c.add([{ id: 1 }, { id: 2 }]); c.add({ id: 1, x: 'merged?' }); c.set([{ id: 1, x: 'y' }, { id: 3 }]); c.remove(3); c.reset([{ id: 9 }]); return [log, c.toJSON()];"),
        f("var c = new B.Collection([{ id: 1, t: 'x', v: 5 }, { id: 2, t: 'y', v: 1 }, { id: 3, t: 'x', v: 3 }]); return [c.where({ t: 'x' }).map(function (m) { return m.id; }), c.findWhere({ t: 'y' }).id, c.map('v'), c.filter({ t: 'x' }).length, c.max('v').id, c.min(function (m) { return m.get('v'); }).id, c.sortBy('v').map(function (m) { return m.id; }), c.groupBy('t').x.length, c.countBy('t'), Object.keys(c.indexBy('v')), c.first().id, c.first(2).length, c.last().id, c.rest().length, c.initial().length, c.isEmpty(), c.size(), c.some({ v: 3 }), c.every(function (m) { return m.get('v') > 0; }), c.reduce(function (s, m) { return s + m.get('v'); }, 0), c.findIndex({ t: 'y' }), c.partition({ t: 'x' }).map(function (p) { return p.length; }), c.includes(c.at(0)), c.without(c.at(0)).length, c.slice(1).length];"),
        f("var c = new B.Collection([{ id: 1 }, { id: 2 }]); var p = c.pop(), s = c.shift(); c.push({ id: 5 }); c.unshift({ id: 4 }); return [p.id, s.id, c.pluck('id')];"),
        f("var c = new B.Collection([{ id: 1 }]); var m = c.get(1); m.set('id', 7); return [c.get(7) === m, c.get(1)];"),
        f("var c = new B.Collection([{ id: 1 }, { id: 2 }]); var removed = []; c.on('remove', function (m) { removed.push(m.id); }); c.get(1).trigger('destroy', c.get(1), c); return [removed, c.pluck('id')];"),
        f("var c = new B.Collection([], { comparator: function (a, b) { return b.get('n') - a.get('n'); } }); c.add([{ n: 1 }, { n: 3 }, { n: 2 }]); return c.pluck('n');"),
        f("try { new B.Collection([{ a: 1 }]).sort(); } catch (e) { return e.message; }"),
        f("var out = [], R = B.Router.extend({ routes: { 'items/:id': 'item', 'files/*path': 'file', 'search(/:q)': 'search', '': 'home' }, item: function (id, q) { out.push(['item', id, q]); }, file: function (p) { out.push(['file', p]); }, search: function (q) { out.push(['search', q]); }, home: function () { out.push('home'); } }); var r = new R(); r.on('route', function (name, args) { out.push(['route', name, args]); }); ['items/42', 'items/a%20b?x=1', 'files/a/b/c.txt', 'search', 'search/term', '', 'nothing/here'].forEach(function (fr) { var h = B.history.handlers.filter(function (h) { return h.route.test(fr); })[0]; out.push(h ? (h.callback(fr), true) : false); }); out.push(B.history.handlers.length); try { B.history.loadUrl('items/1'); } catch (e) { out.push(e.message); } B.history.handlers = []; return out;"),
        f("var r = new B.Router(); return [String(r._routeToRegExp('a/:b(/:c)/*d')), r._extractParameters(/^a\\/([^/?]+)(?:\\?([\\s\\S]*))?$/, 'a/x%2Fy?q=1')];"),
        f("function attempt(fn) { try { return fn(); } catch (e) { return e.name + ': ' + e.message; } } return [B.history.navigate('x'), attempt(function () { return B.history.start(); }), attempt(function () { return B.history.start(); }), attempt(function () { return B.history.navigate('y'); }), B.history.root];"),
        f("try { new B.View(); } catch (e) { return e.name + ': ' + e.message; }"),
        f("try { new B.Model({ id: 1 }).fetch(); } catch (e) { return e.message; }"),
        f("try { new B.Model().save({ a: 1 }); } catch (e) { return e.message; }"),
        f("var m = new B.Model({ a: 1 }), destroyed = 0; m.on('destroy', function () { destroyed++; }); return [m.destroy(), destroyed];"),
        f("var Base = B.Model.extend({ hello: function () { return 'base'; } }, { make: function () { return 'static'; } }); var Sub = Base.extend({ hello: function () { return 'sub+' + Sub.__super__.hello.call(this); } }); var s = new Sub(); return [s.hello(), Sub.make(), s instanceof Base, s instanceof B.Model, typeof Sub.extend];"),
        f("var c = new B.Collection([{ id: 'a' }, { id: 'b' }]), ids = []; for (var m of c) { ids.push(m.id); } return [ids, Array.from(c.keys()), Array.from(c.entries()).map(function (e) { return e[0]; })];"),
        "[B.VERSION, B.emulateHTTP, B.emulateJSON, Object.keys(B.Events).sort(), typeof B.sync, typeof B.ajax, Object.keys(B.history).sort()]"
    ];
}

// liquid-json, `require('json')` in the sandbox: JSON.parse's answers, a
// byte order mark forgiven, and its own wording of where a text is not JSON.
function liquidJsonCases() {
    const texts = ['{"a":1}', '\ufeff{"b":[1,2]}', '{"a":1, /* c */ "b":2}', '{\n  "a": 1,\n  "b": [1, 2,]\n}', '{"a":1,}', "{'a':1}", '{a:1}', '[1 2]', '', '   ', '{"a":"x\ty"}',
        '{"a":', 'nul', 'truex', '01', '1.', '-', '-x', '1e', '{"a":"\\x"}', '"\\u12G4"', '[1]x', '{"a":1}\n\n  }', '{"a" 1}', '["a"', '"abc', 'x'.repeat(90) + '{', '\t{"a":\r\n @}'];
    return [
        ...texts.map((t) => `(function () { try { return liquidJson.parse(${JSON.stringify(t)}); } catch (e) { return [e.name, e.message]; } })()`),
        "liquidJson.parse('{\"a\":1}', function (k, v) { return typeof v === 'number' ? v + 1 : v; })",
        "(function () { try { return liquidJson.parse('\\ufeff[]', null, true); } catch (e) { return [e.name, e.message]; } })()",
        "liquidJson.stringify({ a: [1, 'x'] }, null, 2)",
        "(function () { var o = {}; o.o = o; try { return liquidJson.stringify(o); } catch (e) { return e.name; } })()"
    ];
}

// lodash beyond the common functions: every function both lodash versions
// export exists (the names come from the real libraries), and the rarer
// ones answer as they do.
function lodashCases() {
    const own = (lib) => JSON.stringify(lib === L ? lodashOwnFunctions : Object.keys(lib).filter((k) => typeof lib[k] === 'function'));
    const mixedIn = Object.keys(L).filter((k) => typeof L[k] === 'function' && !lodashOwnFunctions.includes(k));
    const both = (calls) => calls.flatMap((c) => [c.replace(/\bX\./g, 'L.'), c.replace(/\bX\./g, '_.')]);
    return [
        `${own(L)}.filter(function (k) { return !Object.prototype.hasOwnProperty.call(L, k) || typeof L[k] !== 'function'; })`,
        `${own(_)}.filter(function (k) { return !Object.prototype.hasOwnProperty.call(_, k) || typeof _[k] !== 'function'; })`,
        `Object.keys(_).filter(function (k) { return typeof _[k] === 'function' && ${own(_)}.indexOf(k) < 0; })`,
        "L._ === L", "_._ === _", `${JSON.stringify(mixedIn)}.filter(function (k) { return typeof L[k] !== 'function' || typeof _[k] !== 'undefined'; })`,
        "L.args((function () { return arguments; })(1, 2))", "L.ensureEncoded('a b%20c')", "L.ensureEncoded('%E0%A4%A')", "L.choose('', [], { a: 1 }, 'x')",
        "L.getOwn({ a: 1 }, 'a', 2)", "L.getOwn({}, 'toString', 2)", "L.mergeDefined({ a: 1, b: 2 }, { a: undefined, b: 3, c: null })", "L.randomString(9).length",
        "L.cloneElement({ a: { toJSON: function () { return 'j'; } }, b: [1] })", "(function () { function B() {} function C() {} L.inherit(C, B); return [new C() instanceof B, C.super_ === B, L.inSuperChain(C, 'super_', B)]; })()",
        "Object.keys(L.assignHidden({}, 'h', 1))", "L.createDefined({ n: '5' }, 'n', Number, 0)", "L.createDefined({}, 'n', Number, 0)",
        ...both([
            "(function () { var n = 0, f = X.after(2, function () { return ++n; }); return [f(), f(), f()]; })()",
            "(function () { var n = 0, f = X.before(3, function () { return ++n; }); return [f(), f(), f(), f()]; })()",
            "(function () { var n = 0, f = X.once(function (x) { n++; return x * 2; }); return [f(2), f(5), n]; })()",
            "X.map(['6', '8', '10'], X.ary(parseInt, 1))", "X.curry(function (a, b, c) { return [a, b, c]; })(1)(2)(3)",
            "X.curry(function (a, b, c) { return [a, b, c]; })(1, 2)(3)", "X.curryRight(function (a, b, c) { return [a, b, c]; })(3)(2)(1)",
            "X.partial(function (a, b, c) { return [a, b, c].join(' '); }, 'hi')('there', 'you')",
            "X.partial(function (a, b, c) { return [a, b, c].join(' '); }, X, 'b')('a', 'c')",
            "X.partialRight(function (a, b, c) { return [a, b, c].join(' '); }, 'z')('x', 'y')",
            "X.spread(function (a, b) { return a + b; })([2, 3])", "X.negate(function (n) { return n % 2; })(3)",
            "X.rearg(function (a, b, c) { return [a, b, c]; }, [2, 0, 1])('b', 'c', 'a')",
            "X.flow([function (a, b) { return a + b; }, function (n) { return n * n; }])(1, 2)",
            "X.flowRight(function (n) { return n * n; }, function (a, b) { return a + b; })(2, 3)",
            "(function () { var calls = 0, f = X.memoize(function (o) { calls++; return o.a; }); var o = { a: 1 }; f(o); f(o); return [f(o), calls]; })()",
            "(function () { var f = X.memoize(function (a, b) { return a + b; }, function (a, b) { return a + '-' + b; }); return [f(1, 2), f(1, 3), f.cache.has('1-2')]; })()",
            "X.wrap(X.escape, function (func, text) { return '<p>' + func(text) + '</p>'; })('fred & barney')",
            "X.bindAll({ n: 'x', get: function () { return this && this.n; } }, ['get']).get.call(null)",
            "X.bindKey({ user: 'fred', greet: function (g, p) { return g + ' ' + this.user + p; } }, 'greet', 'hi')('!')",
            "X.attempt(function (s) { return JSON.parse(s); }, '{bad') instanceof Error", "X.attempt(function (a) { return a * 2; }, 4)",
            "X.tap([1, 2], function (a) { a.push(3); })", "X.thru('abc', function (s) { return s.toUpperCase(); })",
            "X.map([{ a: { b: 2 } }, { a: { b: 1 } }], X.method('a.b.toFixed', 1))", "X.invoke({ a: [{ b: { c: [1, 2, 3, 4] } }] }, 'a[0].b.c.slice', 1, 3)",
            "X.map(['a[2]', 'c[0]'], X.propertyOf({ a: [0, 1, 2], c: [4] }))", "X.filter([{ a: 1, b: 2 }, { a: 4 }], X.matchesProperty('a', 4))",
            "X.takeWhile([1, 2, 3, 1], function (n) { return n < 3; })", "X.dropWhile([1, 2, 3, 1], function (n) { return n < 3; })",
            "X.takeRightWhile([1, 2, 3, 1], function (n) { return n < 3; })", "X.dropRightWhile([1, 2, 3, 1], function (n) { return n < 3; })",
            "X.xor([2, 1, 2], [2, 3])", "X.pullAt((function () { return ['a', 'b', 'c', 'd']; })(), [1, 3])",
            "(function () { var a = ['a', 'b', 'c', 'd']; X.pullAt(a, 3, 1); return a; })()",
            "X.unzip([['a', 1, true], ['b', 2, false]])", "X.unzipWith([[1, 10, 100], [2, 20, 200]], function (a, b) { return a + b; })",
            "X.zipWith([1, 2], [10, 20], [100, 200], function (a, b, c) { return a + b + c; })", "X.slice([1, 2, 3, 4], 1, 3)",
            "X.sortedIndex([30, 50], 40)", "X.sortedIndex([4, 5, 5, 5, 6], 5)", "X.sortedLastIndex([4, 5, 5, 5, 6], 5)",
            "X.keysIn(new (function Foo() { this.a = 1; }.constructor === Function ? (function () { function Foo() { this.a = 1; } Foo.prototype.c = 3; return Foo; })() : Object)())",
            "X.valuesIn((function () { function Foo() { this.a = 1; this.b = 2; } Foo.prototype.c = 3; return new Foo(); })())",
            "X.toPlainObject((function () { function Foo() { this.b = 2; } Foo.prototype.c = 3; return new Foo(); })())",
            "X.transform([2, 3, 4], function (r, n) { r.push(n * n); return n % 2 == 0; }, [])",
            "X.transform({ a: 1, b: 2, c: 1 }, function (r, v, k) { (r[v] || (r[v] = [])).push(k); }, {})",
            "X.functions({ a: function () {}, b: 1, c: function () {} })", "X.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } })",
            "X.create({ greet: function () { return 'hi'; } }, { x: 1 }).greet()", "X.findLastKey({ a: 1, b: 2, c: 3 }, function (n) { return n < 3; })",
            "(function () { var out = []; X.forEachRight([1, 2, 3], function (n) { out.push(n); }); return out; })()",
            "(function () { var out = []; X.forOwnRight({ a: 1, b: 2 }, function (v, k) { out.push(k); }); return out; })()",
            "X.reduceRight([[0, 1], [2, 3], [4, 5]], function (acc, v) { return acc.concat(v); }, [])", "X.reduceRight({ a: 1, b: 2 }, function (s, v, k) { return s + k; }, '')",
            "X.at({ a: [{ b: { c: 3 } }, 4] }, ['a[0].b.c', 'a[1]'])", "X.at(['a', 'b', 'c', 'd'], [0, 2])",
            "X.result({ a: { b: function () { return this.c; }, c: 5 } }, 'a.b')", "X.result({ a: 1 }, 'x', 'dflt')", "X.result({ a: 1 }, 'x', function () { return 'called'; })",
            "X.deburr('déjà vu Ærøskøbing Łódź straße')", "X.escapeRegExp('[lodash](https://lodash.com/)')", "X.escapeRegExp('a/b')", "X.escapeRegExp('')", "X.escapeRegExp(':x!')", "X.escapeRegExp('1+1\\n')",
            "X.add(6, 4)", "X.add('6', 4)", "X.add()", "X.add(undefined, 3)",
            "X.gt(3, 1)", "X.gte(1, 1)", "X.lt('a', 'b')", "X.lte(2, '10')", "X.eq({ a: 1 }, { a: 1 })", "X.eq(NaN, NaN)",
            "X.parseInt('08')", "X.parseInt(' 42abc')", "X.map(['6', '08', '10'], X.parseInt)", "X.parseInt('ff', 16)",
            "X.isArguments((function () { return arguments; })())", "X.isArguments([1])", "X.isNative(Math.max)", "X.isNative(function () {})",
            "X.isTypedArray(new Uint8Array(2))", "X.isTypedArray([])", "X.isElement({ nodeType: 1 })",
            "X.defer(function () {}) !== undefined", "X.trunc ? X.trunc('hi-diddly-ho there, neighborino', 24) : 'none'",
            "X.trunc ? X.trunc('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }) : 'none'",
            "X.trunc ? X.trunc('hi-diddly-ho there, neighborino', { omission: ' […]' }) : 'none'", "L.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: /,? +/ })", "L.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' })",
            "X.callback ? X.filter([{ a: 1 }, { a: 2 }], X.callback({ a: 2 })) : 'none'", "X.sortByAll ? X.sortByAll([{ a: 2, b: 1 }, { a: 1, b: 2 }, { a: 1, b: 1 }], ['a', 'b']) : 'none'",
            "X.restParam ? X.restParam(function (a, rest) { return [a, rest]; })(1, 2, 3) : 'none'", "X.modArgs ? X.modArgs(function (a, b) { return [a, b]; }, function (n) { return n * 2; }, String)(2, 3) : 'none'",
            "X.foldr ? X.foldr([1, 2, 3], function (a, n) { return a + n; }, '') : 'none'", "X.methods ? X.methods({ z: function () {}, a: function () {}, b: 1 }) : 'none'",
            "X.backflow ? X.backflow(function (n) { return n + 1; }, function (n) { return n * 2; })(5) : 'none'",
            "X.mixin({ vowels: function (s) { return s.replace(/[^aeiou]/g, ''); } }) === X", "X.mixin({ consonants: function (s) { return s.replace(/[aeiou]/g, ''); } }) && X.consonants('fred')",
            "X.mixin({ twice: function (s) { return s + s; } }) && X('ab').twice()",
            "X.invoke ? X.invoke([[5, 1, 7], [3, 2, 1]], 'sort') : 'none'"
        ]),
        "L.rest(function (a, b) { return [a, b]; })(1, 2, 3)", "_.rest([1, 2, 3])", "L.rest(function (a, b, c) { return [a, b, c]; }, 1)(1, 2, 3)",
        "L.over([Math.max, Math.min])(1, 2, 3, 4)", "L.overEvery([Boolean, isFinite])('1')", "L.overSome([Boolean, isFinite])(null)",
        "L.overArgs(function (x, y) { return [x, y]; }, [function (n) { return n * n; }, function (n) { return n * 2; }])(9, 3)",
        "L.nthArg(1)('a', 'b', 'c')", "L.nthArg(-2)('a', 'b', 'c')", "L.flip(function () { return Array.prototype.slice.call(arguments); })('a', 'b', 'c')",
        "L.unary(parseInt)('10', 2)", "L.cond([[L.matches({ a: 1 }), L.constant('matches A')], [L.conforms({ b: L.isNumber }), L.constant('matches B')], [L.stubTrue, L.constant('no match')]])({ a: 0, b: 1 })",
        "L.conformsTo({ a: 1, b: 2 }, { b: function (n) { return n > 1; } })", "L.invokeMap([[5, 1, 7], [3, 2, 1]], 'sort')", "L.invokeMap([123, 456], String.prototype.split, '')",
        "L.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor)", "L.differenceBy([{ x: 2 }, { x: 1 }], [{ x: 1 }], 'x')", "L.differenceWith([{ x: 1, y: 2 }, { x: 2, y: 1 }], [{ x: 1, y: 2 }], L.isEqual)",
        "L.intersectionBy([2.1, 1.2], [2.3, 3.4], Math.floor)", "L.intersectionWith([{ x: 1 }, { x: 2 }], [{ x: 2 }], L.isEqual)", "L.unionBy([2.1], [1.2, 2.3], Math.floor)",
        "L.unionWith([{ x: 1 }], [{ x: 1 }, { x: 2 }], L.isEqual)", "L.uniqWith([{ x: 1 }, { x: 2 }, { x: 1 }], L.isEqual)", "L.xorBy([2.1, 1.2], [2.3, 3.4], Math.floor)",
        "L.xorWith([{ x: 1 }, { x: 2 }], [{ x: 1 }, { x: 3 }], L.isEqual)", "L.flatMapDeep([1, 2], function (n) { return [[[n, n]]]; })", "L.flatMapDepth([1, 2], function (n) { return [[[n, n]]]; }, 2)",
        "(function () { var a = ['a', 'b', 'c', 'a', 'b', 'c']; L.pullAll(a, ['a', 'c']); return a; })()", "(function () { var a = [{ x: 1 }, { x: 2 }, { x: 3 }]; L.pullAllBy(a, [{ x: 1 }, { x: 3 }], 'x'); return a; })()",
        "(function () { var a = [{ x: 1 }, { x: 2 }]; L.pullAllWith(a, [{ x: 2 }], L.isEqual); return a; })()", "L.rangeRight(4)", "L.rangeRight(1, 5)", "L.rangeRight(0, 20, 5)",
        "L.sortedUniq([1, 1, 2])", "L.sortedUniqBy([1.1, 1.2, 2.3, 2.4], Math.floor)", "L.sortedIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, 'x')", "L.sortedIndexOf([4, 5, 5, 5, 6], 5)",
        "L.sortedLastIndexOf([4, 5, 5, 5, 6], 5)", "L.sortedLastIndexBy([{ x: 4 }, { x: 5 }], { x: 4 }, 'x')", "L.sortedIndexOf([1, 2], 3)", "L.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2])",
        "L.assignIn({}, (function () { function Foo() { this.a = 1; } Foo.prototype.b = 2; return new Foo(); })())",
        "L.assignWith({ a: 1 }, { a: 2, b: undefined }, function (o, s) { return o === undefined ? s : o; })", "L.assignInWith({ a: 1 }, { b: 2 }, function (o, s) { return s * 10; })",
        "L.mergeWith({ a: [1], b: [2] }, { a: [3], b: [4] }, function (o, s) { if (Array.isArray(o)) { return o.concat(s); } })", "L.mergeWith({ a: { x: 1 } }, { a: { y: 2 } }, function () {})",
        "L.functionsIn((function () { function Foo() { this.a = function () {}; } Foo.prototype.c = function () {}; return new Foo(); })())",
        "L.toPairsIn((function () { function Foo() { this.a = 1; } Foo.prototype.b = 2; return new Foo(); })())", "L.invertBy({ a: 1, b: 2, c: 1 })", "L.invertBy({ a: 1, b: 2, c: 1 }, function (v) { return 'group' + v; })",
        "L.setWith({}, '[0][1]', 'a', Object)", "L.update({ a: [{ b: { c: 3 } }] }, 'a[0].b.c', function (n) { return n * n; })", "L.update({}, 'x[0].y.z', function (n) { return n ? n + 1 : 0; })",
        "L.updateWith({}, '[0][1]', L.constant('a'), Object)", "(function () { var o = { a: [{ b: { c: 7 } }] }; return [L.unset(o, 'a[0].b.c'), o]; })()", "L.unset({}, 'a.b')",
        "L.hasIn(Object.create({ a: { b: 2 } }), 'a.b')", "L.hasIn({}, 'toString')", "L.cloneWith({ a: 1, b: 'x' }, function (v) { return typeof v === 'number' ? v * 10 : undefined; })",
        "L.cloneDeepWith({ a: { b: 1 } }, function (v) { return typeof v === 'number' ? v + 1 : undefined; })",
        "L.isEqualWith(['hello', 'goodbye'], ['hi', 'goodbye ciao'], function (a, b) { if (/^h(?:i|ello)$/.test(a) && /^h(?:i|ello)$/.test(b)) { return true; } })",
        "L.isMatchWith({ greeting: 'hello' }, { greeting: 'hi' }, function (a, b) { if (/^h(?:i|ello)$/.test(a) && /^h(?:i|ello)$/.test(b)) { return true; } })",
        "[L.toNumber('0x1f'), L.toNumber('0b11'), L.toNumber('0o17'), L.toNumber(' 12 '), L.toNumber('-0x1f'), L.toNumber(null), L.toNumber([]), L.toNumber(['7']), L.toNumber({ valueOf: function () { return '3'; } }), L.toNumber(true), L.toNumber('')]",
        "[L.toInteger(3.7), L.toInteger('0b101'), L.toInteger(Infinity), L.toInteger(NaN), L.toInteger('-2.9'), L.toInteger(Number.MIN_VALUE), _.toInteger ? typeof _.toInteger : 'none']",
        "L.cloneDeepWith({ a: { b: 1 }, c: [2] }, function (v, k, parent) { return k === 'b' ? [k, v, Object.keys(parent)] : undefined; })",
        "L.subtract(6, 4)", "L.multiply(6, 4)", "L.divide(6, 4)", "L.multiply()", "L.toFinite(Infinity)", "L.toFinite('3.2')", "L.toFinite(-Infinity)", "L.toLength(-3)", "L.toLength('3.2')",
        "L.toLength(Infinity)", "L.toSafeInteger(Infinity)", "L.toSafeInteger('3.2')", "L.isArrayBuffer(new ArrayBuffer(2))", "L.isArrayLikeObject([1])", "L.isArrayLikeObject('abc')",
        "L.isBuffer(new Uint8Array(2))", "L.isLength(3)", "L.isLength(Number.MIN_VALUE)", "L.isLength('3')", "L.isMap(new Map())", "L.isSet(new Set())", "L.isWeakMap(new WeakMap())",
        "L.isWeakSet(new WeakSet())", "L.isSymbol(Symbol.iterator)", "L.isSymbol('abc')", "L.stubArray()", "L.stubObject()", "L.stubString()", "L.stubTrue()", "L.stubFalse()",
        "L.noConflict() === L", "typeof L.runInContext().map", "typeof L.memoize.Cache", "L.partial.placeholder === L",
        "L.chain([1, 2, 3]).xor([2, 4]).value()", "L([3, 1, 2]).sortedIndex(2)", "L.at(['a', 'b', 'c'], 0, 2)", "_.at(['a', 'b', 'c'], 0, 2)"
    ];
}

// lodash's case functions, words and deburr, lodash 4 (`L`) and lodash 3
// (`_`), on texts with accents, other scripts, emoji, ordinals and
// contractions (lodash 4 splits by Unicode ranges, lodash 3 by Latin-1).
[
    'Usuários / Cadastro de usuário', 'Crème Brûlée', 'Ærøskøbing Łódź straße', 'Пользователи API', 'ユーザー一覧',
    'userПолучить', 'get用户Info', '✅ Status code', '🔥hot🔥path', '👍🏽 thumbs up', '1st request', '2ND STEP', '11th hour',
    "user's profile", 'it\u2019ll work', "DON'T STOP", 'XMLHttpRequest', 'getHTTPResponse', 'ABCdef', 'abcDEF', 'v2nd 22ndStreet',
    'price £5 × 3', 'a\u00a0b\u2003c', 'e\u0301 combining', 'ŉ Ŀ ĸ ſ İ ı', 'ÀB aÀ àB', '4. Performance & Testing', 'foo_bar-baz.qux'
].forEach(function (text) {
    const t = JSON.stringify(text);
    cases.push("['camelCase', 'kebabCase', 'snakeCase', 'startCase', 'lowerCase', 'upperCase', 'words', 'deburr'].map(function (f) { return L[f](" + t + "); })");
    cases.push("['camelCase', 'kebabCase', 'snakeCase', 'startCase', 'words', 'deburr'].map(function (f) { return _[f](" + t + "); })");
});

function record(expr) {
    try {
        const value = eval('(' + expr + ')');
        return { expr, value: JSON.stringify(value === undefined ? null : value) };
    } catch (e) {
        return { expr, value: 'throws: ' + e.message };
    }
}
process.stdout.write(JSON.stringify({ setup, cases: cases.map(record).concat(sugarCases().map(recordSugar), phraseCases().map(recordAtClock)) }, null, 1) + '\n');
