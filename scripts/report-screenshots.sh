#!/usr/bin/env bash
# Remakes the HTML report screenshots under docs/: the dashboard fixture run
# twice against the test server, its -r htmlextra and -r html pages loaded in
# Debian's headless Chromium (as the browser tests load them).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet --bin postrun --example testserver
work=$(mktemp -d)
trap 'kill "$server" 2> /dev/null; rm -rf "$work"' EXIT
target/debug/examples/testserver --port 0 > "$work/server.log" &
server=$!
until grep -q "listening on" "$work/server.log"; do sleep 0.1; done
base=$(sed -n 's/^listening on //p' "$work/server.log")
key=$(sed -n 's/^fake Postman API key: //p' "$work/server.log")

target/debug/postrun run fixtures/report/dashboard.postman_collection.json \
  -e fixtures/report/mixed.postman_environment.json -n 2 --silent \
  --env-var "baseUrl=$base" --env-var "apiKey=$key" \
  -r htmlextra,html --reporter-htmlextra-logs --reporter-htmlextra-showEnvironmentData \
  --reporter-htmlextra-export "$work/dashboard.html" --reporter-html-export "$work/page.html" || true

shoot() { # page fragment png height
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="1280,$4" \
    --screenshot="docs/$3" "file://$work/$1#$2" 2> /dev/null
}
mkdir -p docs
shoot dashboard.html "" report-htmlextra-summary.png 760
shoot dashboard.html "tab=requests&theme=dark&iteration=1" report-htmlextra-requests-dark.png 1300
shoot page.html "" report-html.png 1100
