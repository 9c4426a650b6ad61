#!/usr/bin/env bash
# Lists which top-level modules of src/ import which (`crate::X` paths outside
# comments, and `postrun::X` in the binary's cli), then fails if any two import
# each other or a longer cycle exists. Used by ARCHITECTURE.md and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

edges=$(
  for file in $(find src -name '*.rs'); do
    module=$(echo "$file" | sed -E 's#^src/##; s#/.*##; s#\.rs$##')
    [ "$module" = main ] && module=cli
    { grep -vE '^\s*//' "$file" | grep -ohE '(crate|postrun)::[a-z_0-9]+' || true; } | sed -E 's#^(crate|postrun)::##' |
      sort -u | while read -r target; do
        if [ "$target" != "$module" ] && { [ -e "src/$target.rs" ] || [ -d "src/$target" ]; }; then
          echo "$module $target"
        fi
      done
  done | sort -u
)
echo "$edges" | awk '{ printf "%-8s -> %s\n", $1, $2 }'
# tsort reports a cycle on stderr; any such line fails the check.
if ! cycles=$(echo "$edges" | tsort 2>&1 >/dev/null) || [ -n "$cycles" ]; then
  echo "import cycle between modules:" >&2
  echo "$cycles" >&2
  exit 1
fi
echo "no import cycle"
