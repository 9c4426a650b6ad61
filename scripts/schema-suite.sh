#!/usr/bin/env bash
# Runs the official JSON-Schema-Test-Suite (drafts 4, 6 and 7) through
# postrun's ajv and tv4 and through the real ones; prints how many cases
# each agrees with, per draft. Needs node, npm and pip; downloads into a
# temporary folder.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --prefix "$work" json-schema-test-suite@0.0.10 tv4@1.3.0 ajv@6.12.5 >/dev/null
# Drafts 6 and 7: the suite as python-jsonschema's source release ships it.
pip download --quiet --no-deps --no-binary :all: --dest "$work" jsonschema==4.17.3
tar xzf "$work/jsonschema-4.17.3.tar.gz" -C "$work" jsonschema-4.17.3/json/tests
node "$here/scripts/schema-suite.js" "$work" "$work/jsonschema-4.17.3/json/tests" "$work/cases.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
data = json.load(open(work + '/cases.json'))
script = data['check'] + "\nvar counts = agreement(" + json.dumps(data['cases']) + ", tv4, require('ajv'));\nconsole.log('postrun: ' + JSON.stringify(counts));"
collection = {"info": {"name": "schema-suite"}, "item": [{"name": "suite", "event": [{"listen": "prerequest", "script": {"exec": script.split("\n")}}], "request": "http://127.0.0.1:9/"}]}
json.dump(collection, open(work + '/collection.json', 'w'))
PY
cargo run --quiet --release --manifest-path "$here/Cargo.toml" -- run "$work/collection.json" --mock 2>/dev/null | grep -o 'postrun: .*'
