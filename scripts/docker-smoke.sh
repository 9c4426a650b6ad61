#!/usr/bin/env bash
# Builds the image from the Dockerfile and runs the README's offline example
# in it as postman/newman's users run theirs: the working folder mounted at
# /etc/newman, the words after the image's name unchanged. Checks that the
# run passed, that its JUnit report landed in the mounted folder, and the
# image's working directory and entrypoint; prints the image's size.
#
#   bash scripts/docker-smoke.sh [IMAGE]      (default postrun:local)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
image="${1:-postrun:local}"
docker build -t "$image" "$here"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/examples/postman-api" "$work/"
docker run --rm -v "$work:/etc/newman" "$image" \
    run postman-api/postman-api.postman_collection.json --mock \
    -r cli,junit --reporter-junit-export results.xml
grep -q '<testsuites' "$work/results.xml"
config="$(docker image inspect "$image" --format '{{.Config.WorkingDir}} {{json .Config.Entrypoint}}')"
test "$config" = '/etc/newman ["postrun"]' || { echo "unexpected image config: $config" >&2; exit 1; }
size="$(docker image inspect "$image" --format '{{.Size}}')"
echo "ok: $image ran the example in /etc/newman; image size $((size / 1000000)) MB"
