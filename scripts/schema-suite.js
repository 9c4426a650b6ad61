// How often postrun's JSON Schema validators (ajv, tv4) agree with the
// official JSON-Schema-Test-Suite, next to the real ajv 6.12.5 and tv4 1.3.0.
// The suite's npm copy (json-schema-test-suite 0.0.10) holds drafts 3 and 4
// only; tests whose schema refers to a remote document are left out.
//
//   bash scripts/schema-suite.sh      (installs, then runs both sides)
const fs = require('fs');
const path = require('path');
const [root, out] = process.argv.slice(2);
const dir = path.join(root, 'node_modules/json-schema-test-suite/tests/draft4');
const cases = [];
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const group of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) {
        if (JSON.stringify(group.schema).includes('http://localhost:1234')) { continue; }
        for (const test of group.tests) {
            cases.push({ file, group: group.description, test: test.description, schema: group.schema, data: test.data, valid: test.valid });
        }
    }
}
// The same check in node (real libraries) and in postrun (the test script).
const check = `
function agreement(cases, tv4, Ajv) {
    var counts = { cases: cases.length, tv4: 0, ajv: 0 };
    cases.forEach(function (c) {
        try { if (tv4.validate(c.data, c.schema) === c.valid) { counts.tv4++; } } catch (e) {}
        try {
            var ajv = new Ajv({ schemaId: 'auto', meta: false });
            var schema = Object.assign({ $schema: 'http://json-schema.org/draft-04/schema#' }, c.schema);
            if (ajv.validate(schema, c.data) === c.valid) { counts.ajv++; }
        } catch (e) {}
    });
    return counts;
}`;
fs.writeFileSync(out, JSON.stringify({ cases, check }));
eval(check);
const real = agreement(cases, require(path.join(root, 'node_modules/tv4')), (function () {
    const Ajv = require(path.join(root, 'node_modules/ajv'));
    // ajv 6 needs draft 4's meta-schema added to read draft-04 schemas.
    return function (options) { const ajv = new Ajv(options); ajv.addMetaSchema(require(path.join(root, 'node_modules/ajv/lib/refs/json-schema-draft-04.json'))); return ajv; };
})());
console.log('real libraries: ' + JSON.stringify(real));
