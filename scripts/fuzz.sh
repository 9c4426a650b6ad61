#!/usr/bin/env bash
# Fuzzes every parser postrun has (collection, environment, data, YAML,
# URL, {{variable}} resolution) with cargo-fuzz, SECONDS each (default 60).
# Not part of .ci/run: run it by hand, for a while, after parser changes.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]
#
# Needs the nightly toolchain (rustup's); installs cargo-fuzz into a
# throwaway folder; seeds each target's corpus from ../shared/corpus. A crash
# leaves its input in fuzz/artifacts/TARGET/ and stops the script.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(collection environment data yaml url variables)

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
cargo install cargo-fuzz --locked --root "$tools" --quiet
export PATH="$tools/bin:$PATH"

shared=../shared/corpus
seed() { # seed TARGET FILE…: copies the files into the target's corpus
  local dir="fuzz/corpus/$1"
  shift
  mkdir -p "$dir"
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "$dir/$(echo "$file" | tr '/ ' '__')"
  done
  return 0
}
if [ -d "$shared" ]; then
  mapfile -t collections < <(find "$shared" -name '*collection*.json' -size -2M)
  mapfile -t environments < <(find "$shared" \( -name '*environment*.json' -o -name '*globals*.json' -o -name '*.environment.yaml' \) -size -1M)
  mapfile -t data < <(find "$shared" \( -name '*.csv' -o -path '*data*.json' \) -size -1M)
  mapfile -t yaml < <(find "$shared" -name '*.yaml' -size -256k | head -500)
  seed collection "${collections[@]}"
  seed environment "${environments[@]}"
  seed data "${data[@]}"
  seed yaml "${yaml[@]}"
  seed url fixtures/load/*.json
else
  echo "no $shared: the targets start from empty corpora" >&2
fi
mkdir -p fuzz/corpus/variables
printf 'a={{b}}\nb={{a}}\n{{a}}' > fuzz/corpus/variables/cycle
printf 'lol={{lol}}{{lol}}\n{{lol}}' > fuzz/corpus/variables/bomb
mkdir -p fuzz/corpus/url
printf 'https://user:pw@{{host}}:8080/a/:id/b?x=1&apikey=k#f' > fuzz/corpus/url/parts

for target in "${targets[@]}"; do
  echo "== $target, ${seconds}s"
  cargo +nightly fuzz run --fuzz-dir fuzz "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=262144
done
