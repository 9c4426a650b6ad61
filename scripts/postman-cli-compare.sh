#!/usr/bin/env bash
# Runs every parity collection with Newman 6 (from .parity/, as the parity
# suite installs it) and with the Postman CLI, offline, against the local
# test server, and compares their assertions run by run: the source of
# PARITY.md's "Where Newman 6 and the Postman CLI disagree". Needs node and
# npm; installs the CLI into a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
npm install --silent --prefix "$work" postman-cli@1.34.0 >/dev/null
newman="$here/.parity/node_modules/.bin/newman"
[ -x "$newman" ] || { echo "no Newman in .parity/: run the parity suite once (cargo test --test it parity)" >&2; exit 1; }
cargo build --quiet --release --example testserver --manifest-path "$here/Cargo.toml"
port=18391
"$here/target/release/examples/testserver" --port "$port" >/dev/null 2>&1 &
server=$!
sleep 0.5
# One line per assertion: request, outcome, name, message.
assertions() {
    python3 - "$1" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except (OSError, ValueError):
    print('no report')
    sys.exit()
for execution in report['run']['executions']:
    for assertion in execution.get('assertions') or []:
        error = assertion.get('error')
        outcome = 'skipped' if assertion.get('skipped') else 'failed' if error else 'passed'
        print(execution.get('item', {}).get('name'), '|', outcome, assertion['assertion'],
              '::', error['message'] if error else '')
PY
}
cd "$here"
same=0; total=0
for collection in fixtures/{parity,scripts,auth,bodies,vars}/*.postman_collection.json; do
    base="${collection%.postman_collection.json}"
    args=(--env-var "baseUrl=http://127.0.0.1:$port")
    [ -f "$base.postman_environment.json" ] && args+=(-e "$base.postman_environment.json")
    [ -f "$base.postman_globals.json" ] && args+=(-g "$base.postman_globals.json")
    [ -f "$base.flags" ] && read -r -a flags < "$base.flags" && args+=("${flags[@]}")
    timeout 60 "$newman" run "$collection" "${args[@]}" -r json \
        --reporter-json-export "$work/newman.json" >/dev/null 2>&1 || true
    timeout 60 "$work/node_modules/.bin/postman" collection run "$collection" "${args[@]}" -r json \
        --reporter-json-structure newman --reporter-json-export "$work/cli.json" >/dev/null 2>&1 || true
    total=$((total + 1))
    if diff <(assertions "$work/newman.json") <(assertions "$work/cli.json") > "$work/diff"; then
        same=$((same + 1))
    else
        echo "== $collection (< Newman, > Postman CLI)"
        cat "$work/diff"
    fi
    rm -f "$work/newman.json" "$work/cli.json"
done
echo "$same of $total collections: the same assertions in Newman and the Postman CLI"
