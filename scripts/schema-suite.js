// How often postrun's JSON Schema validators (ajv, tv4) agree with the
// official JSON-Schema-Test-Suite, next to the real ajv 6.12.5 and tv4 1.3.0:
// tv4 on draft 4 (all it reads), ajv on drafts 4, 6 and 7. The suite comes
// from its npm copy (json-schema-test-suite 0.0.10: drafts 3 and 4) and,
// for drafts 6 and 7, from the copy python-jsonschema 4.17.3's source
// release ships (`json/tests/`, the suite at that release). Tests whose
// schema refers to a remote document, and the `optional` folders, are left out.
//
//   bash scripts/schema-suite.sh      (installs, then runs both sides)
const fs = require('fs');
const path = require('path');
const [root, suite7, out] = process.argv.slice(2);
const folders = {
    4: path.join(root, 'node_modules/json-schema-test-suite/tests/draft4'),
    6: path.join(suite7, 'draft6'),
    7: path.join(suite7, 'draft7')
};
const cases = [];
for (const [draft, dir] of Object.entries(folders)) {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
        for (const group of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) {
            if (JSON.stringify(group.schema).includes('http://localhost:1234')) { continue; }
            for (const test of group.tests) {
                cases.push({ draft: Number(draft), file, group: group.description, test: test.description, schema: group.schema, data: test.data, valid: test.valid });
            }
        }
    }
}
// The same check in node (real libraries) and in postrun (the test script).
const check = `
function agreement(cases, tv4, Ajv) {
    var metas = { 4: 'http://json-schema.org/draft-04/schema#', 6: 'http://json-schema.org/draft-06/schema#', 7: 'http://json-schema.org/draft-07/schema#' };
    var counts = {};
    cases.forEach(function (c) {
        var count = counts['draft' + c.draft] || (counts['draft' + c.draft] = { cases: 0, ajv: 0 });
        count.cases++;
        if (c.draft === 4) {
            count.tv4 = count.tv4 || 0;
            try { if (tv4.validate(c.data, c.schema) === c.valid) { count.tv4++; } } catch (e) {}
        }
        try {
            var ajv = new Ajv(c.draft === 4 ? { schemaId: 'auto', meta: false } : {}, c.draft);
            var schema = typeof c.schema === 'object' && c.schema !== null && !Array.isArray(c.schema) ?
                Object.assign({ $schema: metas[c.draft] }, c.schema) : c.schema;
            if (ajv.validate(schema, c.data) === c.valid) { count.ajv++; }
        } catch (e) {}
    });
    return counts;
}`;
fs.writeFileSync(out, JSON.stringify({ cases, check }));
eval(check);
const real = agreement(cases, require(path.join(root, 'node_modules/tv4')), (function () {
    const Ajv = require(path.join(root, 'node_modules/ajv'));
    // ajv 6 reads draft 7 by itself and needs the older meta-schemas added.
    return function (options, draft) {
        const ajv = new Ajv(options);
        if (draft !== 7) { ajv.addMetaSchema(require(path.join(root, 'node_modules/ajv/lib/refs/json-schema-draft-0' + draft + '.json'))); }
        return ajv;
    };
})());
console.log('real libraries: ' + JSON.stringify(real));
