// Regenerates fixtures/report/cli-golden.json: what Newman 6's cli reporter
// writes for sizes, durations, the totals table and the failure list, made
// by Newman's own functions (lib/util.js's `filesize` and `prettyms`, the
// reporter's `parseStatistics` and `parseFailures`) on fixed inputs, as a
// CI log shows them (no terminal: no colours, no width to fit).
// `src/report/format.rs` and `src/report/cli.rs` replay the file.
//
//   node scripts/cli-golden.js > fixtures/report/cli-golden.json
//
// Needs Newman in .parity/ (`cargo test` installs it; see README).
const path = require('path');
const modules = path.resolve(__dirname, '../.parity/node_modules');
process.stdout.isTTY = false;
delete process.env.FORCE_COLOR;
const util = require(path.join(modules, 'newman/lib/util'));
const Reporter = require(path.join(modules, 'newman/lib/reporters/cli'));
const sdk = require(path.join(modules, 'postman-collection'));

// cli-table3 colours the failure list's header even without a terminal
// (a Newman quirk postrun leaves out); the golden file holds the text.
const plain = (text) => String(text).replace(/\u001b\[\d+m/g, '');

const sizes = [0, 1, 999, 1000, 1005, 1240, 1249, 1995, 1999, 9999, 12345, 99999, 999499,
    999500, 999999, 1000000, 1234567, 999999999, 1e9, 1.5e12];
const durations = [0, 0.25, 0.999, 1, 1.5, 35, 999, 1000, 1250, 1997.9, 1998, 2000, 2049,
    2050, 2999, 10000, 59999, 60000, 65400, 3599999, 3600000, 3661100, 86400000,
    172800005, 400 * 86400000];

const stats = (counts) => {
    const names = ['iterations', 'requests', 'testScripts', 'prerequestScripts', 'assertions'];
    const out = {};
    names.forEach((name, i) => { out[name] = { total: counts[i][0], pending: 0, failed: counts[i][1] }; });
    return out;
};
const tables = [
    { counts: [[1, 0], [4, 1], [2, 0], [1, 1], [3, 2]], started: 0, completed: 134,
        received: 618, average: 15.25, min: 2, max: 23, sd: 8.4 },
    { counts: [[2, 0], [8, 2], [4, 0], [2, 2], [6, 4]], started: 0, completed: 212,
        received: 1240, average: 9.5, min: 2, max: 30, sd: 10.2 },
    { counts: [[100, 3], [12000, 0], [24000, 17], [0, 0], [123456, 999]], started: 0,
        completed: 3661100, received: 1234567, average: 1234.5, min: 0.5, max: 120000, sd: 2500 },
    { counts: [[1, 0], [1, 0], [0, 0], [0, 0], [0, 0]], started: 0, completed: 3,
        received: 0, average: 0, min: 0, max: 0, sd: 0 }
].map((t) => ({
    input: t,
    text: plain(Reporter.parseStatistics(stats(t.counts), {
        started: t.started, completed: t.completed, responseAverage: t.average,
        responseMin: t.min, responseMax: t.max, responseSd: t.sd
    }, { responseTotal: t.received }, { color: 'off' }).toString()),
    ascii: plain(Reporter.parseStatistics(stats(t.counts), {
        started: t.started, completed: t.completed, responseAverage: t.average,
        responseMin: t.min, responseMax: t.max, responseSd: t.sd
    }, { responseTotal: t.received }, { color: 'off', disableUnicode: true }).toString())
}));

// Failures of a collection with a folder, as the run records them.
const collection = new sdk.Collection({
    info: { name: 'c' },
    item: [
        { name: 'top', request: 'http://x/' },
        { name: 'Folder', item: [{ name: 'Sub', item: [{ name: 'deep request', request: 'http://x/' }] },
            { name: 'in folder', request: 'http://x/' }] }
    ]
});
const top = collection.items.members[0];
const inFolder = collection.items.members[1].items.members[1];
const deep = collection.items.members[1].items.members[0].items.members[0];
const failure = (name, test, message, at, source, iteration, cycles) => ({
    error: test === undefined ? { name, message } : { name, test, message },
    at, source, cursor: { iteration, cycles }
});
const failureLists = [
    [
        failure('AssertionError', 'Status code is 200', 'expected response to have status code 200 but got 404',
            'assertion:0 in test-script', inFolder, 0, 1),
        failure('ReferenceError', undefined, 'foo is not defined', 'prerequest-script', deep, 0, 1),
        failure('AssertionError', 'multi\nline name', 'expected { a: 1 } to deeply equal { a: 2 }',
            'assertion:3 in test-script', top, 0, 1)
    ],
    Array.from({ length: 11 }, (_, i) => failure(i % 2 ? 'TypeError' : 'AssertionError',
        i % 2 ? undefined : 'check ' + i, 'message ' + 'x'.repeat(i), i % 2 ? 'test-script' :
            'assertion:' + i + ' in test-script', i % 3 ? inFolder : top, i % 2, 2))
].map((list) => ({
    input: list.map((f) => ({
        name: f.error.name, test: f.error.test, message: f.error.message, at: f.at,
        inside: util.getFullName(f.source), iteration: f.cursor.iteration, cycles: f.cursor.cycles
    })),
    text: plain(Reporter.parseFailures(list).toString())
}));

process.stdout.write(JSON.stringify({
    newman: require(path.join(modules, 'newman/package.json')).version,
    sizes: sizes.map((bytes) => [bytes, util.filesize(bytes)]),
    durations: durations.map((ms) => [ms, util.prettyms(ms)]),
    tables,
    failures: failureLists
}, null, 1) + '\n');
