// Regenerates fixtures/scripts/sort.json: how V8 (node, the engine of
// Newman's sandbox) sorts arrays and typed arrays, comparator calls
// included, for comparators that are total orders and for ones that are
// not (a shuffle with a seeded random number, `(a, b) => a > b`, always
// 1, NaN, a comparator that throws). The order such a comparator leaves
// depends on the sequence of calls, so each case records the result and a
// checksum of every call's arguments. postrun's sorts
// (src/script/host/sort.rs) replay every case (tests/it/scripts_libraries.rs).
//
//   node scripts/sort-golden.js > fixtures/scripts/sort.json

// Run by node here and by postrun's test: the same inputs and comparators.
const setup = `
function seeded(seed) {
    return function () { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; };
}
function input(shape, n, seed) {
    var random = seeded(seed), out = [];
    for (var i = 0; i < n; i++) {
        if (shape === 'random') { out.push(Math.floor(random() * n)); }
        else if (shape === 'ascending') { out.push(i); }
        else if (shape === 'descending') { out.push(n - i); }
        else if (shape === 'few') { out.push(Math.floor(random() * 4)); }
        else if (shape === 'runs') { out.push((i % 37) + Math.floor(i / 37) * 3); }
        else if (shape === 'sawtooth') { out.push(i % 11 === 0 ? n - i : i); }
        else if (shape === 'mixed') { out.push([3, 'b', undefined, 10, '10', null, 'a', 2, undefined, true][i % 10]); }
    }
    if (shape === 'holes') { out = [5, , 3, undefined, , 1, 4, , 2]; }
    return out;
}
function comparator(kind, log, seed) {
    var random = seeded(seed);
    var orders = {
        numeric: function (a, b) { return a - b; },
        reverse: function (a, b) { return b - a; },
        boolean: function (a, b) { return a > b; },
        shuffle: function () { return random() - 0.5; },
        one: function () { return 1; },
        minus: function () { return -1; },
        nan: function () { return NaN; },
        text: function (a, b) { return String(a).localeCompare(String(b)); },
        throws: function (a, b) { if (log.calls > 20) { throw new Error('comparator stopped'); } return a - b; }
    };
    var order = orders[kind];
    return function (a, b) {
        log.calls++;
        log.sum = (log.sum * 31 + (typeof a === 'number' ? a : 7) * 17 + (typeof b === 'number' ? b : 3)) % 1000000007;
        return order(a, b);
    };
}
function run(c) {
    var log = { calls: 0, sum: 0 }, error = null, result;
    var values = input(c.shape, c.n, c.seed);
    if (c.typed) { values = new Float64Array(values); }
    var sorter = c.kind === 'default' ? undefined : comparator(c.kind, log, c.seed + 1);
    try {
        result = c.method === 'toSorted' ? values.toSorted(sorter) : values.sort(sorter);
    } catch (e) {
        error = e.message;
        result = values;
    }
    // Short results as they are; long ones as a checksum of their order.
    var shown = [], order = 0;
    for (var i = 0; i < result.length; i++) {
        var element = i in result ? result[i] === undefined ? 'undefined' : result[i] : 'hole';
        shown.push(element);
        order = (order * 31 + (typeof element === 'number' ? element : String(element).length) + i) % 1000000007;
    }
    return { result: shown.length > 40 ? order : shown, calls: log.calls, sum: log.sum, error: error, length: result.length };
}
`;

const cases = [];
const sizes = [0, 1, 2, 3, 5, 8, 13, 21, 31, 32, 33, 63, 64, 65, 100, 127, 128, 200, 500, 1000, 2500];
for (const kind of ['numeric', 'boolean', 'shuffle', 'reverse']) {
    for (const shape of ['random', 'ascending', 'descending', 'few', 'runs', 'sawtooth']) {
        for (const n of sizes) {
            cases.push({ kind, shape, n, seed: 1000 + n, method: 'sort', typed: false });
        }
    }
}
for (const kind of ['one', 'minus', 'nan', 'default', 'text', 'throws']) {
    for (const n of [0, 2, 7, 40, 300]) {
        cases.push({ kind, shape: 'random', n, seed: 7 + n, method: 'sort', typed: false });
    }
}
for (const kind of ['default', 'numeric', 'boolean', 'shuffle']) {
    cases.push({ kind, shape: 'mixed', n: 30, seed: 3, method: 'sort', typed: false });
    cases.push({ kind, shape: 'holes', n: 0, seed: 3, method: 'sort', typed: false });
    cases.push({ kind, shape: 'holes', n: 0, seed: 3, method: 'toSorted', typed: false });
    for (const n of [5, 40, 300]) {
        cases.push({ kind, shape: 'random', n, seed: 11 + n, method: 'toSorted', typed: false });
        cases.push({ kind, shape: 'random', n, seed: 13 + n, method: 'sort', typed: true });
        cases.push({ kind, shape: 'random', n, seed: 17 + n, method: 'toSorted', typed: true });
    }
}

// eslint-disable-next-line no-eval
eval(setup);
for (const c of cases) {
    // eslint-disable-next-line no-undef
    c.expected = run(c);
}
process.stdout.write(JSON.stringify({ node: process.version, setup, cases }) + '\n');
