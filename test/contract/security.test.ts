/**
 * docs/security.md says what leaves the runner. Its table of every file that can open a
 * connection or start a process is checked here against the source: a new network call or
 * process must be added to the page (and so thought about) before this passes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry.js';
import { ErrorExtractor } from '../support/error-catalog.js';
import { REPO_ROOT } from '../support/harness.js';

/** What can reach the network or another process from Node, as the page lists it. */
const NETWORK = [
  /\bfetch\(/,
  /from 'node:(net|http|https|http2|tls|dgram|dns|child_process)'/,
  /from '(net|http|https|http2|tls|dgram|dns|child_process)'/,
  /from 'undici'/,
  /from '@octokit\/(?!openapi)/,
  /(from |import\()'@actions\/(github|artifact|cache|http-client|tool-cache|exec)'/,
];

function sources(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath.slice(REPO_ROOT.length + 1), e.name));
}

/** Source without comments, so a comment mentioning fetch() does not count. */
function code(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function documentedTable(): Map<string, string[]> {
  const page = readFileSync(join(REPO_ROOT, 'docs/security.md'), 'utf8');
  const section = page.slice(page.indexOf('## Every network call and process, by file'));
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const match = /^\| `([^`]+)` \| ([^|]+) \|/.exec(line);
    if (match) rows.set(match[1]!, match[2]!.trim() === 'none' ? [] : match[2]!.split(',').map((s) => s.trim()).sort());
  }
  return rows;
}

describe('docs/security.md', () => {
  const found = ['src', 'actions'].flatMap(sources).filter((file) => NETWORK.some((pattern) => pattern.test(code(file)))).sort();
  const table = documentedTable();

  it('lists every file that can open a connection or start a process, and no other', () => {
    expect(found.length).toBeGreaterThan(3);
    expect([...table.keys()].sort()).toEqual(found);
  });

  it('names, for each, the actions whose import graph reaches it', () => {
    const extractor = new ErrorExtractor(REPO_ROOT);
    const reach = ACTIONS.map(({ spec }) => ({
      name: spec.name,
      files: extractor.reachable([`actions/${spec.name}/main.ts`, 'src/runner/inputs.ts', 'src/runner/outputs.ts', 'src/runner/run.ts'], ['actions/registry.ts']),
    }));
    for (const [file, actions] of table) {
      expect(actions, file).toEqual(reach.filter((a) => a.files.has(file)).map((a) => a.name).sort());
    }
  });

  it('the search finds what it looks for (a check that can fail)', () => {
    expect(NETWORK.some((p) => p.test("const r = await fetch(url, { method: 'POST' });"))).toBe(true);
    expect(NETWORK.some((p) => p.test("import { connect } from 'node:net';"))).toBe(true);
    expect(NETWORK.some((p) => p.test("import { readFileSync } from 'node:fs';"))).toBe(false);
  });
});

describe('docs/security.md, permissions of the example workflows', () => {
  it('match the jobs of the workflows they name', () => {
    const page = readFileSync(join(REPO_ROOT, 'docs/security.md'), 'utf8');
    const rows = [...page.matchAll(/^\| \[[^\]]+\]\(\.\.\/([^)]+)\) \| ([\w-]+) \| ([^|]+) \|$/gm)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, file, job, cell] of rows) {
      const workflow = parse(readFileSync(join(REPO_ROOT, file!), 'utf8')) as { jobs: Record<string, { permissions?: Record<string, string> }> };
      const permissions = workflow.jobs[job!]?.permissions;
      expect(permissions, `${file} has a job ${job} with permissions`).toBeDefined();
      const documented = cell!.trim() === 'none' ? [] : [...cell!.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();
      expect(documented, `${file} job ${job}`).toEqual(Object.entries(permissions!).map(([k, v]) => `${k}: ${v}`).sort());
    }
    const workflows = [
      ...readdirSync(join(REPO_ROOT, 'examples')).filter((f) => /\.ya?ml$/.test(f)).map((f) => `examples/${f}`),
      '.github/workflows/release.yml',
    ];
    const jobs = workflows.flatMap((file) =>
      Object.keys((parse(readFileSync(join(REPO_ROOT, file), 'utf8')) as { jobs: object }).jobs).map((job) => `${file} ${job}`));
    expect(rows.map(([, file, job]) => `${file} ${job}`).sort(), 'every job of every example is in the table').toEqual(jobs.sort());
  });
});
