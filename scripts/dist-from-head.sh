#!/usr/bin/env bash
# Regenerates the spec-derived files and rebuilds dist/ from the committed source (HEAD) only,
# ignoring uncommitted files in the work tree, so what you commit is what a clean clone
# produces. Then commit the generated files and dist/.
# node_modules is hard-linked into the copy, not symlinked: ncc's chunk ids depend on the
# modules' paths relative to the build folder, which must be those of a clean clone.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
# One build at a time: several developers share this checkout and its dist/.
exec 9>"/tmp/mlops-dist-from-head.lock"
flock 9
mkdir -p "$root/.tmp"
tmp=$(mktemp -d "$root/.tmp/dist-from-head.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive HEAD | tar -x -C "$tmp"
cp -al "$root/node_modules" "$tmp/node_modules"
(cd "$tmp" && npm run -s generate | grep -v "^wrote " || true) && test -f "$tmp/action.yml"
# Copy back what the generator wrote: each action's action.yml and README, the root
# action.yml and the published schema (nothing else, so others' uncommitted files are safe).
for meta in "$tmp"/*/action.yml; do
  dir=$(basename "$(dirname "$meta")")
  mkdir -p "$root/$dir"
  cp "$meta" "$root/$dir/action.yml"
  cp "$tmp/$dir/README.md" "$root/$dir/README.md"
done
cp "$tmp/action.yml" "$root/action.yml"
cp "$tmp/validate-data/table-schema.schema.json" "$root/validate-data/table-schema.schema.json"
node "$tmp/scripts/build.mjs" --out "$root/dist"
