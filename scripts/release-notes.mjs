#!/usr/bin/env node
/**
 * `node scripts/release-notes.mjs <version> [changelog]`: prints the CHANGELOG.md section of that version
 * (Keep a Changelog: `## [1.2.3] - 2026-11-27`) as the GitHub release's notes. Fails when the
 * section is missing or still has no release date, so a tag cannot ship undocumented changes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The body of `## [<version>] - <date>` in `changelog`, or an error saying what is wrong. */
export function releaseNotes(changelog, version) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) throw new Error(`CHANGELOG.md has no section "## [${version}]"`);
  if (!/^## \[[^\]]+\] - \d{4}-\d{2}-\d{2}\s*$/.test(lines[start])) {
    throw new Error(`CHANGELOG.md: "${lines[start]}" has no release date: write "## [${version}] - YYYY-MM-DD" before tagging`);
  }
  const end = lines.findIndex((line, i) => i > start && /^## |^\[[^\]]+\]: /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim() + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  if (!version) {
    console.error('usage: node scripts/release-notes.mjs <version> [changelog]');
    process.exit(2);
  }
  try {
    const file = process.argv[3] ?? new URL('../CHANGELOG.md', import.meta.url);
    process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), version));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
