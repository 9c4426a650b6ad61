#!/usr/bin/env bash
# Builds a release binary of postrun that runs on glibc 2.17 and later
# (CentOS 7, Ubuntu 14.04 and every later Linux), and checks it:
#   - no symbol needs a glibc newer than 2.17 (objdump -T);
#   - it runs the README's offline example.
# cargo-zigbuild (crates.io) and zig (PyPI's ziglang) are installed into a
# throwaway folder; nothing is installed system-wide. Prints the stripped
# binary's path and size.
set -euo pipefail
cd "$(dirname "$0")/.."

target=x86_64-unknown-linux-gnu
glibc=2.17
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT

echo "installing cargo-zigbuild and zig into $tools" >&2
cargo install --quiet --locked --root "$tools" cargo-zigbuild
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install --quiet ziglang
export PATH="$tools/bin:$tools/venv/bin:$PATH"
# cargo-zigbuild finds zig through the ziglang module.
export CARGO_ZIGBUILD_ZIG_PATH="$tools/venv/bin/python3 -m ziglang"

cargo zigbuild --release --locked --bin postrun --target "$target.$glibc"
binary="target/$target/release/postrun"
strip "$binary"

newest=$(objdump -T "$binary" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n | tail -1)
echo "newest glibc symbol version: $newest" >&2
if [ "$(printf '%s\n%s\n' "$newest" "$glibc" | sort -t. -k1,1n -k2,2n | tail -1)" != "$glibc" ]; then
  echo "error: $binary needs glibc $newest, more than $glibc" >&2
  exit 1
fi

"$binary" run examples/postman-api/postman-api.postman_collection.json --mock --silent
echo "$binary: $(du -h "$binary" | cut -f1) ($(stat -c %s "$binary") bytes), glibc $glibc and later"
