/**
 * Each action's README documents what the action declares and what it can say: every input
 * (with its default) and output of its spec, and every user-facing error message the action can
 * raise, found in the source by test/support/error-catalog.ts and matched against the code
 * spans of the README's `## Troubleshooting` section.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry.js';
import { codeSpans, ErrorExtractor, patternRegExp, show, troubleshootingPatterns, type DynamicSite, type Template } from '../support/error-catalog.js';
import { REPO_ROOT } from '../support/harness.js';

/** Files every action runs through besides its main: the runner builds Inputs and Outputs for it. */
const RUNNER_FILES = ['src/runner/inputs.ts', 'src/runner/outputs.ts', 'src/runner/run.ts'];
/** The list of actions: it imports every main, so following it would make every action reach everything. */
const NOT_FOLLOWED = ['actions/registry.ts'];

/**
 * Messages the extractor cannot read, listed by hand: where they are built (file, and the start
 * of the expression as the extractor reports it), and the README patterns that document what
 * they can say. A new dynamic site fails the test until it is added here and documented.
 */
const DYNAMIC: { file: string; code: string; patterns: string[]; why?: string }[] = [
  {
    file: 'src/github/dispatch.ts',
    code: 'new InputError(input, `${problem}.`)',
    patterns: [
      "Input '<input>': the repository_dispatch event type is empty.",
      "Input '<input>': the repository_dispatch event type is <n> characters long; GitHub allows at most <max>.",
    ],
  },
  {
    file: 'src/github/dispatch.ts',
    code: 'new UserError(`${problem[0]?.toUpperCase()}',
    patterns: [],
    why: 'the same problems without an input; drift-check, the one caller, always names its input (dispatch)',
  },
  {
    file: 'src/github/errors.ts',
    code: 'new ServiceError(GITHUB_SERVICE,',
    patterns: [
      "GitHub API <METHOD> <endpoint> answered HTTP <status>: <GitHub's message>",
      "GitHub API <METHOD> <endpoint> answered HTTP 401: <GitHub's message> (the token is missing, expired or invalid)",
      "GitHub API <METHOD> <endpoint> answered HTTP 403: <GitHub's message> (the workflow's token lacks a permission: grant it in the job's `permissions:` block; on pull requests from forks the token is read-only)",
      'GitHub API <METHOD> <endpoint> could not be reached: <network error>',
    ],
  },
  {
    file: 'actions/drift-check/sides.ts',
    code: 'new InputError(input, `${resolved.description}: ${error.message}`, { cause: error })',
    patterns: ["Input 'reference': registry:<name>@<ref> (version <v> in <registry>): <profile problem>"],
  },
  {
    file: 'actions/drift-check/sides.ts',
    code: 'parseProfile(json, file)',
    patterns: ["<file>: column '<name>': <problem>"],
  },
  ...['src/registry/mlflow/client.ts', 'src/registry/oci/auth.ts', 'src/registry/oci/client.ts'].map((file) => ({
    file,
    code: 'send(',
    patterns: ['<registry> <endpoint> could not be reached: <error code> (<server>)'],
  })),
  {
    file: 'src/registry/mlflow/client.ts',
    code: 'new ServiceError(this.service, endpoint, response.status, explain(',
    patterns: [
      '<registry> <endpoint> answered HTTP 401: <message> (check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD)',
      '<registry> <endpoint> answered HTTP 403: <message> (the credentials lack permission on this model or experiment)',
      '<registry> <endpoint> answered HTTP <status>: <message>',
    ],
  },
  {
    file: 'src/registry/oci/auth.ts',
    code: 'new ServiceError(service, `GET ${url.origin}${url.pathname} (token)`',
    patterns: [
      '<registry> GET <realm> (token) answered HTTP <status>: no credentials were given (set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io): <message>',
      '<registry> GET <realm> (token) answered HTTP <status>: the credentials were refused: <message>',
    ],
  },
  {
    file: 'src/registry/oci/client.ts',
    code: 'new ServiceError(this.service, endpoint, response.status, explain(',
    patterns: [
      '<registry> <endpoint> answered HTTP 401: <message> (set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io)',
      '<registry> <endpoint> answered HTTP 401: <message> (the credentials were refused)',
      '<registry> <endpoint> answered HTTP 403: <message> (the credentials lack push permission on this repository)',
      '<registry> <endpoint> answered HTTP <status>: <message>',
    ],
  },
  {
    file: 'src/schema/load.ts',
    code: 'new UserError(`${file}:${line}:${col}: schema key',
    patterns: [
      "<file>:<line>:<column>: schema key '<key>': unknown key '<name>'<suggestion>",
      "<file>:<line>:<column>: schema key '<key>': expected one of <values><suggestion>",
      "<file>:<line>:<column>: schema key '<key>': missing required key '<name>'",
      "<file>:<line>:<column>: schema key '<key>': <JSON Schema message>",
    ],
  },
  {
    file: 'actions/drift-check/sides.ts',
    code: "new InputError(input, `profile '${file}' ${reason}`",
    patterns: ["Input '<input>': profile '<file>' does not exist", "Input '<input>': profile '<file>' cannot be read as JSON: <error>"],
  },
  {
    file: 'actions/validate-data/part-worker.ts',
    code: 'new UserError(failure.message,',
    patterns: [],
    why: 'raises on the main thread the UserError a worker thread raised while checking its part of a CSV: the same data-file and schema messages, documented as such',
  },
  ...['new InputError(input, error.message, { cause: error })', 'new InputError(input, error.message, { file, cause: error })'].map((code) => ({
    file: 'actions/drift-check/sides.ts',
    code,
    // The wrapped messages themselves are the data-file and profile messages, checked as such.
    patterns: ["Input '<input>': <message of the data file or profile>"],
  })),
];

const extractor = new ErrorExtractor(REPO_ROOT);
const catalog = extractor.catalog();
const reachable = new Map(
  ACTIONS.map(({ spec }) => [spec.name, extractor.reachable([`actions/${spec.name}/main.ts`, ...RUNNER_FILES], NOT_FOLLOWED)]),
);

function readme(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

function listedFor(site: DynamicSite): (typeof DYNAMIC)[number] | undefined {
  return DYNAMIC.find((d) => d.file === site.file && site.code.startsWith(d.code));
}

function documented(template: Template, patterns: string[]): boolean {
  const regexp = patternRegExp(template);
  return patterns.some((p) => regexp.test(p));
}

/** The rows of a generated table between `<!-- generated:<kind>:start -->` and its end marker. */
function tableRows(text: string, kind: 'inputs' | 'outputs'): Map<string, string[]> {
  const start = text.indexOf(`<!-- generated:${kind}:start -->`);
  const end = text.indexOf(`<!-- generated:${kind}:end -->`);
  expect(start, `README has the ${kind} table markers`).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string[]>();
  for (const line of text.slice(start, end).split('\n')) {
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name) rows.set(name, cells);
  }
  return rows;
}

describe.each(ACTIONS.map((a) => a.spec))('$name/README.md', (spec) => {
  const text = readme(`${spec.name}/README.md`);

  it('lists every declared input with whether it is required and its default', () => {
    const rows = tableRows(text, 'inputs');
    expect([...rows.keys()].sort()).toEqual(Object.keys(spec.inputs).sort());
    for (const [name, input] of Object.entries(spec.inputs)) {
      const [, required, fallback] = rows.get(name)!;
      expect(required, name).toBe(input.required ? 'yes' : 'no');
      expect(codeSpans(fallback ?? '').join(''), `default of ${name}`).toBe(input.default ?? '');
    }
  });

  it('lists every declared output', () => {
    expect([...tableRows(text, 'outputs').keys()].sort()).toEqual(Object.keys(spec.outputs).sort());
  });

  it('documents every error message the action can raise in its Troubleshooting section', () => {
    const patterns = troubleshootingPatterns(text);
    expect(patterns, 'a `## Troubleshooting` section').toBeDefined();
    const files = reachable.get(spec.name)!;
    const missing: string[] = [];
    for (const message of catalog.messages.filter((m) => files.has(m.file))) {
      for (const template of message.templates) {
        if (!documented(template, patterns!)) missing.push(`${message.file}:${message.line}  ${show(template)}`);
      }
    }
    for (const site of catalog.dynamic.filter((d) => files.has(d.file))) {
      for (const pattern of listedFor(site)?.patterns ?? []) {
        if (!patterns!.includes(pattern)) missing.push(`${site.file}:${site.line}  ${pattern}`);
      }
    }
    expect(missing, 'messages missing from the Troubleshooting section (write each as a pattern in backticks, <…> for the parts that vary, and its fix)').toEqual([]);
  });

  it('gives every message in the Troubleshooting section its fix', () => {
    const section = text.slice(text.search(/^## Troubleshooting\s*$/m));
    const items = section.split(/\n(?=- )/).filter((item) => item.startsWith('- `'));
    expect(items.length).toBeGreaterThan(10);
    const withoutFix = items.filter((item) => {
      const [first = ''] = codeSpans(item);
      const rest = item.replace(/^- (`+)[\s\S]*?\1/, '').replace(/^\\?\s*/, '');
      return first === '' || rest.split(/\s+/).filter(Boolean).length < 3;
    });
    expect(withoutFix.map((item) => item.split('\n')[0])).toEqual([]);
  });

  it('documents no message that only other actions can raise', () => {
    const files = reachable.get(spec.name)!;
    const foreign = troubleshootingPatterns(text)!.filter((pattern) => {
      const raisedBy = catalog.messages.filter((m) => m.templates.some((t) => patternRegExp(t).test(pattern)));
      return raisedBy.length > 0 && !raisedBy.some((m) => files.has(m.file));
    });
    expect(foreign, 'messages this action cannot raise (its import graph does not reach them)').toEqual([]);
  });
});

describe('the root action (README.md)', () => {
  it('documents the messages only the root dispatcher raises', () => {
    const all = new Set([...reachable.values()].flatMap((files) => [...files]));
    const rootOnly = [...extractor.reachable(['src/runner/entry.ts'], NOT_FOLLOWED)].filter((f) => !all.has(f));
    const messages = catalog.messages.filter((m) => rootOnly.includes(m.file));
    expect(messages.length).toBeGreaterThan(0);
    const patterns = troubleshootingPatterns(readme('README.md'));
    expect(patterns, 'a `## Troubleshooting` section').toBeDefined();
    const missing = messages.flatMap((m) => m.templates.filter((t) => !documented(t, patterns!)).map((t) => `${m.file}:${m.line}  ${show(t)}`));
    expect(missing).toEqual([]);
  });
});

describe('messages the extractor cannot read', () => {
  it('are each listed by hand with the patterns that document them', () => {
    const unlisted = catalog.dynamic.filter((site) => !listedFor(site)).map((s) => `${s.file}:${s.line}  ${s.code}`);
    expect(unlisted, 'add these to DYNAMIC in test/contract/readme.test.ts, and document what they say').toEqual([]);
  });

  it('the hand-made list holds no entry for a site that is gone', () => {
    const stale = DYNAMIC.filter((d) => !catalog.dynamic.some((site) => listedFor(site) === d));
    expect(stale.map((d) => `${d.file}: ${d.code}`)).toEqual([]);
  });

  it('an entry without patterns says why', () => {
    for (const d of DYNAMIC) if (d.patterns.length === 0) expect(d.why, `${d.file}: ${d.code}`).toBeTruthy();
  });
});

describe('the error extractor', () => {
  it('finds the messages of the whole code base, with InputError, ServiceError and subclasses applied', () => {
    const shown = catalog.messages.flatMap((m) => m.templates.map(show));
    expect(catalog.messages.length).toBeGreaterThan(150);
    expect(shown).toContain("Input 'schema': nothing to do: give a schema to validate against, or infer-schema / profile to write");
    expect(shown).toContain("Input '<…>': expected true or false, got '<…>'");
    // A helper `fail(where, problem)` is read at each call, with the call's arguments.
    expect(shown).toContain("Input 'analysis': analysis: 'metrics' must be a non-empty list");
    // ServiceError's own prefix, with a constant service name.
    expect(shown).toContain('Prometheus POST <…> <…>: <…> (query: <…>)');
    // A subclass building its message in its constructor is found once, at its `super`.
    expect(shown.filter((s) => s.startsWith('Could not <…>: the token lacks a permission.'))).toHaveLength(1);
  });

  it('matches a README pattern with placeholders, and not one whose fixed text differs', () => {
    const template: Template = [{ text: "Input '" }, { hole: true }, { text: "': expected true or false, got '" }, { hole: true }, { text: "'" }];
    expect(patternRegExp(template).test("Input '<name>': expected true or false, got '<value>'")).toBe(true);
    expect(patternRegExp(template).test("Input '<name>': expected true or false got '<value>'")).toBe(false);
    expect(patternRegExp(template).test("Input '<name>': expected true or false, got '<value>' (extra)")).toBe(false);
  });

  it('reads code spans as CommonMark does, including double-backtick spans and table pipes', () => {
    expect(codeSpans('a `one` b ``two `x` three`` c `` `x` `` d')).toEqual(['one', 'two `x` three', '`x`']);
    const section = '# T\n\n## Troubleshooting\n\n| `a \\| b` | fix |\n\n## Next\n\n`not this`\n';
    expect(troubleshootingPatterns(section)).toEqual(['a | b']);
  });

  describe('on a small code base', () => {
    const root = mkdtempSync(join(tmpdir(), 'error-catalog-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const files: Record<string, string> = {
      'src/runner/errors.ts': readme('src/runner/errors.ts'),
      'src/a.ts': [
        "import { InputError, UserError } from './runner/errors.js';",
        "import { helper } from './b.js';",
        'const NAME = "widget";',
        'function fail(where: string, problem: string): never {',
        "  throw new InputError('config', `${where}: ${problem}`);",
        '}',
        'export function run(ok: boolean, count: number, made: () => string): void {',
        "  if (!ok) fail('config.size', `expected a positive size, got ${count}`);",
        "  if (count > 3) throw new UserError(count > 9 ? 'far too many widgets were given' : `too many ${NAME}s: ${count} given`);",
        '  if (count < 0) throw new UserError(made());',
        '  helper();',
        '}',
      ].join('\n'),
      'src/b.ts': "import type { UserError } from './runner/errors.js';\nexport function helper(): void {}\n",
      'src/c.ts': "import { UserError } from './runner/errors.js';\nexport function unused(): never { throw new UserError('nobody imports this file at all'); }\n",
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    const small = new ErrorExtractor(root, ['src']);
    const result = small.catalog();
    const byFile = (file: string) => result.messages.filter((m) => m.file === file).flatMap((m) => m.templates.map(show));

    it('reads helpers at their calls, conditionals as alternatives and constants as text', () => {
      expect(byFile('src/a.ts').sort()).toEqual([
        "Input 'config': config.size: expected a positive size, got <…>",
        'far too many widgets were given',
        'too many widgets: <…> given',
      ]);
    });

    it('reports a message built by a function as dynamic', () => {
      expect(result.dynamic.map((d) => `${d.file}: ${d.code}`)).toEqual(['src/a.ts: new UserError(made())']);
    });

    it('follows runtime imports only', () => {
      expect([...small.reachable(['src/a.ts'])].sort()).toEqual(['src/a.ts', 'src/b.ts', 'src/runner/errors.ts']);
      expect(byFile('src/c.ts')).toEqual(['nobody imports this file at all']);
    });
  });
});
