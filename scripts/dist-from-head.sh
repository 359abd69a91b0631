#!/usr/bin/env bash
# Rebuilds dist/ from the committed source (HEAD) only, ignoring uncommitted files in the
# work tree, so the dist/ you commit is what a clean clone builds. Then commit dist/.
# node_modules is hard-linked into the copy, not symlinked: ncc's chunk ids depend on the
# modules' paths relative to the build folder, which must be those of a clean clone.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
tmp="$root/.tmp/dist-from-head"
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive HEAD | tar -x -C "$tmp"
cp -al "$root/node_modules" "$tmp/node_modules"
node "$tmp/scripts/build.mjs" --out "$root/dist"
