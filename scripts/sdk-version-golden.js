// Regenerates fixtures/report/sdk-version-golden.json: what the Postman SDK
// Newman 6 uses (postman-collection, with its `semver`) makes of a
// collection's `info.version` in Newman's JSON report, for version texts
// and objects real exports hold and the edge cases of semver's strict
// parse. `src/report/sdk_json.rs` replays the file.
//
//   node scripts/sdk-version-golden.js > fixtures/report/sdk-version-golden.json
//
// Needs Newman in .parity/ (`cargo test` installs it; see README).
const path = require('path');
const sdk = require(path.resolve(__dirname, '../.parity/node_modules/postman-collection'));

const written = [
    '1.0.0', '71', '1.2', '1.2.3.4', 'v1.2.3', '=1.2.3', ' 1.2.3 ', 'v 1.2.3',
    '01.2.3', '1.02.3', '0.0.0', '10.20.30', '1.2.3-beta', '1.2.3-beta.1',
    '1.2.3-0', '1.2.3-01', '1.2.3-alpha-1.x.7', '1.2.3+build.5', '1.2.3-rc.1+sha.abc',
    '1.2.3+', '1.2.3-', '1.2.3-a..b', '1.2.3+a_b', '', 'latest', 5, 1.5, null, true,
    { major: 1, minor: 2, patch: 3 },
    { major: 2, minor: 0, patch: 1, identifier: 'beta', meta: 'x' },
    { raw: '1.0.0', version: '1.0.0', prerelease: ['a', 1], build: [] },
    { string: 'ignored' }, []
];

const cases = written.map((version) => {
    const info = new sdk.Collection({ info: { name: 'v', version: version } }).toJSON().info;
    return { written: version, reported: info.version === undefined ? null : info.version };
});
process.stdout.write(JSON.stringify(cases, null, 1) + '\n');
