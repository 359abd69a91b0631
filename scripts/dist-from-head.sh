#!/usr/bin/env bash
# Rebuilds dist/ from the committed source (HEAD) only, ignoring uncommitted files in the
# work tree, so the dist/ you commit is what a clean clone builds. Then commit dist/.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive HEAD | tar -x -C "$tmp"
ln -s "$root/node_modules" "$tmp/node_modules"
node "$tmp/scripts/build.mjs" --out "$root/dist"
