// Regenerates fixtures/vars/dynamic-distinct.json: how many distinct values
// a thousand draws of each of Newman's dynamic variables give (Newman 6.2
// bundles postman-collection 4.4.0, whose variables draw from faker 5.5.3),
// with one sample each. postrun's generators are held to these counts
// (src/vars/dynamic/mod.rs, `draws_are_as_varied_as_newmans`). Run:
//
//   npm install --prefix /tmp/dynamic postman-collection@4.4.0
//   TZ=UTC node scripts/dynamic-variables.js /tmp/dynamic > fixtures/vars/dynamic-distinct.json
const path = require('path');
const modules = path.resolve(process.argv[2] || '/tmp/dynamic', 'node_modules');
const variables = require(path.join(modules, 'postman-collection/lib/superstring/dynamic-variables'));
const DRAWS = 1000;
const counts = {};
for (const name of Object.keys(variables).filter((n) => n.startsWith('$')).sort()) {
    const seen = new Set();
    for (let i = 0; i < DRAWS; i++) seen.add(String(variables[name].generator()));
    counts[name.slice(1)] = { distinct: seen.size, sample: String(variables[name].generator()) };
}
console.log(JSON.stringify({ draws: DRAWS, variables: counts }, null, 1));
