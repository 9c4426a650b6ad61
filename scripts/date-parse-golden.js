// Regenerates fixtures/scripts/date-parse.json: what V8 (node, the engine
// of Newman's sandbox) makes of date strings with `Date.parse`, in UTC and
// in a zone east of it (Asia/Kolkata, +05:30, no daylight saving), so that
// local-time readings show. postrun's Date (boa's parser, then the fallback
// in src/script/host/dates.rs) is tested against it
// (tests/it/scripts_libraries.rs).
//
//   node scripts/date-parse-golden.js > fixtures/scripts/date-parse.json
const { execFileSync } = require('child_process');

const cases = [
    // named months, in every order, with and without a year or a day
    'March 5, 2024', '5 March 2024', 'Mar 5 2024', 'mar 5, 2024 10:20', 'March 5', 'March 2024', '2024 March 5', 'Tuesday, March 5, 2024',
    '5 March', '2024 5 March', '2024 March', 'March 99', 'March 32 2024', 'March 5 12', 'March 12 5', '12 March 5', 'March 5 2024 2025', '5 2024 March',
    'Sept 5 2024', 'Septembre 5 2024', 'Mar-05-2024', '05-Mar-2024', '2024-Mar-05', 'March,5,2024', 'March.5.2024', 'March/5/2024',
    // numbers only: month/day/year, or year first
    '2024/03/05', '03/05/2024', '3/5/24', '3/5/99', '3/5/50', '3/5/49', '2024/3/5 10:20:30', '03-05-2024', '2024-03-05 10:20', '2024-03-05 10:20:30.123',
    '2024-3-5', '2024-03-5', '99-03-05', '24-03-05', '05-03-99', '2024 03 05', '2024,03,05', '5.3.2024', '2024.03.05', '03/05', '2024/03', '10', '1 2 3',
    '1 2 3 4', '31 12 2024', '12 31 2024', '2024 12 31', '1 2', '13 2', '2 13', '32 2', '2 2024', '2024 2', '1/1/1970', '1/1/70', '1/1/0', '0/1/2024',
    '12/31/1999 23:59:59', '2024/13/05', '2024/02/30', '2024/04/31', 'Feb 30, 2024', '2/30/2024', '13/05/2024', '3/32/2024',
    // times, 12-hour clocks and zones
    'Mar 5 2024 10:00:00 GMT+0100', 'Mar 5 2024 10:00:00 GMT+01:00', 'Mar 5 2024 10:00:00 +0530', 'Mar 5 2024 10:00:00 -5', 'Mar 5 2024 10:00 UTC', 'Mar 5 2024 10:00 Z',
    'Mar 5 2024 10:00 EST', 'Mar 5 2024 10:00 PDT', 'Mar 5 2024 10:00 CET', 'March 5 2024 10:20 UT', 'March 5 2024 10:20 UTC+1', 'March 5 2024 10:20 CST', 'March 5 2024 10:20 MDT',
    'March 5 2024 10:20 +1', 'March 5 2024 10:20 +100', 'March 5 2024 10:20 +12345', 'March 5 2024 +0100', 'March 5 2024 GMT', 'GMT March 5 2024',
    '3/5/2024 10:20 PM', '3/5/2024 12:00 AM', '3/5/2024 12:30 pm', '3/5/2024 10 pm', '3/5/2024 10:20:30.5', 'Mar 5, 2024, 10:20:30 AM',
    'March 5 2024 10:20 am', 'March 5 2024 10:20am', 'March 5 2024 0:20 am', 'March 5 2024 13:20 pm', 'March 5 2024 10.20', 'March 5 2024 10:20.5',
    'March 5 2024 10:20:30:40', 'Mar 05 2024 10:20:30.123', 'Mar 5 2024 25:00', 'Mar 5 2024 24:00', '10:20', '10:20 March 5 2024', '10:20 2024/03/05',
    '2024-03-05 10:20 GMT', '2024-03-05 10:20 +02:00', '2024/03/05 10:20:30 +0200', '2024-03-05 10:20Z', '2024-03-05 10:20:30 Z',
    // what dates print: toString, toUTCString, toDateString
    'Tue Mar 05 2024 10:20:30 GMT+0000 (Coordinated Universal Time)', 'Tue Mar 05 2024 10:20:30 GMT-0500 (Eastern Standard Time)', 'Tue Mar 05 2024',
    'Tue, 05 Mar 2024 10:20:30 GMT', '05 Mar 2024 10:20:30 +0000', 'Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time)',
    // words and comments
    'hello March 5 2024', 'March 5 2024 hello', 'xy 5 March 2024', 'Monday, 5 March 2024', 'March 5, 2024 at 10:20', '5 March 2024 T 10:20',
    '5 March 2024 10:20 (CET)', '(x) 5 March 2024', '5 March 2024 (x', 'March 5th, 2024', '5th March 2024', 'foo', '', ' ', 'March', 'Ma 5 2024',
    // the standard format, which boa reads itself
    '2024', '2024-03', '2024-03-05', '2024-03-05T10:20', '2024-03-05T10:20:30.5Z', '2024-03-05T10:20:30+01:00', '+002024-03-05T00:00:00Z', '20240305',
    // fractions of a second as APIs write them (Python, Go, .NET: six or seven digits)
    '2024-03-05T10:20:30.123456Z', '2024-03-05T10:20:30.123456+00:00', '2024-03-05T10:20:30.1234567Z', '2024-03-05T10:20:30.123456',
    '2024-03-05T10:20:30.12Z', '2024-03-05 10:20:30.123456', '2024-03-05T10:20:30.Z', '2024-03-05T10:20:30,5Z', '2024-03-05t10:20:30.5z',
    'Mar 5, -2024', 'Mar 5, 10000'
];

// Instants (winter, summer, the epoch) whose `toString()` and
// `toTimeString()` name the local zone.
const instants = [Date.UTC(2024, 0, 15, 12, 30), Date.UTC(2024, 6, 15, 23, 5, 9), 0, Date.UTC(2024, 2, 10, 7, 0)];

function record(zone) {
    const script = 'process.stdout.write(JSON.stringify({ parsed: ' + JSON.stringify(cases) + '.map(function (c) { var t = Date.parse(c); return t === t ? t : null; }), ' +
        'printed: ' + JSON.stringify(instants) + '.map(function (t) { return [new Date(t).toString(), new Date(t).toTimeString()]; }) }))';
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: Object.assign({}, process.env, { TZ: zone }) }));
}
const zones = ['UTC', 'Asia/Kolkata', 'America/New_York'];
const results = {};
zones.forEach(function (zone) { results[zone] = record(zone); });
process.stdout.write(JSON.stringify({
    node: process.version,
    zones: zones,
    printed: instants.map(function (t, i) {
        const out = { time: t };
        zones.forEach(function (zone) { out[zone] = results[zone].printed[i]; });
        return out;
    }),
    cases: cases.map(function (text, i) {
        const out = { text: text };
        zones.forEach(function (zone) { out[zone] = results[zone].parsed[i]; });
        return out;
    })
}, null, 1) + '\n');
