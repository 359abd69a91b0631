import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../actions/registry.js';
import { staleFiles } from '../../src/tools/generate.js';
import { REPO_ROOT } from '../support/harness.js';

const actionFiles = ['action.yml', ...ACTIONS.map((a) => `${a.spec.name}/action.yml`)];
const workflowFiles = ['examples', '.github/workflows'].flatMap((dir) =>
  existsSync(join(REPO_ROOT, dir))
    ? readdirSync(join(REPO_ROOT, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${dir}/${f}`)
    : [],
);

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

describe('metadata generated from the action specs', () => {
  it('committed action.yml files and README tables are what `npm run generate` writes', () => {
    expect(staleFiles(REPO_ROOT)).toEqual([]);
  });

  it.each(actionFiles)('%s is a valid action for GitHub’s own parser, on node24, pointing at a built file', (file) => {
    const content = readFileSync(join(REPO_ROOT, file), 'utf8');
    expect(errorsOf(parseAction({ name: file, content }, new NoOperationTraceWriter()))).toEqual([]);
    const runs = (parse(content) as { runs: { using: string; main: string; post?: string } }).runs;
    expect(runs.using).toBe('node24');
    for (const script of [runs.main, runs.post].filter(Boolean) as string[]) {
      expect(existsSync(resolve(REPO_ROOT, dirname(file), script)), `${file} -> ${script}`).toBe(true);
    }
  });

  it('the root action offers every action and every input of every action', () => {
    const root = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { description: string }> };
    for (const { spec } of ACTIONS) {
      expect(root.inputs.action!.description).toContain(spec.name);
      for (const input of Object.keys(spec.inputs)) expect(Object.keys(root.inputs)).toContain(input);
    }
  });
});

describe('workflows under examples/ and .github/workflows/', () => {
  it('there is at least one to check', () => {
    expect(workflowFiles.length).toBeGreaterThan(0);
  });

  it.each(workflowFiles)('%s parses without errors with GitHub’s workflow parser', (file) => {
    const content = readFileSync(join(REPO_ROOT, file), 'utf8');
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(errorsOf(result)).toEqual([]);
    expect(result.value).toBeDefined();
  });

  it('the parser does reject a broken workflow (so the checks above can fail)', () => {
    const broken = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        run: echo both\n';
    expect(errorsOf(parseWorkflow({ name: 'broken.yml', content: broken }, new NoOperationTraceWriter())).length).toBeGreaterThan(0);
  });
});
