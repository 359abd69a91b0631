/**
 * Renders the files derived from action specs: `<name>/action.yml`, the root `action.yml` and
 * the generated tables in `<name>/README.md`. Pure functions: the generator writes their
 * results and a test compares them with the committed files.
 */
import { stringify } from 'yaml';
import { inlineCode, table } from '../report/markdown.js';
import type { ActionSpec } from './spec.js';

export const GENERATED_HEADER = '# Generated from the action spec by `npm run generate`: edit the spec, not this file.\n';
export const RUNTIME = 'node24';

/** The action.yml of one action, placed in `<name>/`. */
export function renderActionYml(spec: ActionSpec): string {
  const runs: Record<string, string> = { using: RUNTIME, main: `../dist/${spec.name}/index.js` };
  if (spec.postIf) {
    runs.post = `../dist/${spec.name}/index.js`;
    runs['post-if'] = spec.postIf;
  }
  return GENERATED_HEADER + stringify(
    {
      name: spec.title,
      description: spec.description,
      author: 'mlops-actions',
      branding: spec.branding,
      inputs: renderInputs(spec),
      outputs: renderOutputs(spec),
      runs,
    },
    { lineWidth: 0 },
  );
}

/**
 * The root action.yml: the union of all inputs plus `action`. Where actions' defaults differ
 * the root declares none and each action applies its own (Inputs falls back to the spec).
 */
export function renderRootActionYml(specs: readonly ActionSpec[]): string {
  const inputs: Record<string, Record<string, unknown>> = {
    action: {
      description: `Which action to run: ${specs.map((s) => s.name).join(', ')}.`,
      required: true,
    },
  };
  const outputs: Record<string, Record<string, unknown>> = {};
  for (const name of [...new Set(specs.flatMap((s) => Object.keys(s.inputs)))].sort()) {
    const users = specs.filter((s) => s.inputs[name]);
    const defaults = new Set(users.map((s) => s.inputs[name]!.default));
    // A default every action shares (such as `${{ github.token }}`, which only the runner can
    // evaluate) stays a default; differing ones are each action's own (Inputs applies them).
    const shared = defaults.size === 1 ? [...defaults][0] : undefined;
    const parts = users.map((s) => {
      const input = s.inputs[name]!;
      const dflt = input.default !== undefined && shared === undefined ? ` (default: ${JSON.stringify(input.default)})` : '';
      return `${s.name}: ${input.description}${dflt}`;
    });
    inputs[name] = { description: parts.join(' | '), required: false, ...(shared !== undefined ? { default: shared } : {}) };
  }
  for (const name of [...new Set(specs.flatMap((s) => Object.keys(s.outputs)))].sort()) {
    const users = specs.filter((s) => s.outputs[name]);
    outputs[name] = { description: users.map((s) => `${s.name}: ${s.outputs[name]!.description}`).join(' | ') };
  }
  const postIf = specs.find((s) => s.postIf)?.postIf;
  const runs: Record<string, string> = { using: RUNTIME, main: 'dist/index.js' };
  if (postIf) {
    runs.post = 'dist/index.js';
    runs['post-if'] = postIf;
  }
  return GENERATED_HEADER + stringify(
    {
      name: 'mlops-actions',
      description: 'CI/CD for ML models: validate data, gate metrics, register, canary-deploy and watch for drift.',
      author: 'mlops-actions',
      branding: { icon: 'activity', color: 'purple' },
      inputs,
      outputs,
      runs,
    },
    { lineWidth: 0 },
  );
}

function renderInputs(spec: ActionSpec): Record<string, Record<string, unknown>> {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    inputs[name] = { description: input.description, required: input.required ?? false };
    if (input.default !== undefined) inputs[name].default = input.default;
  }
  return inputs;
}

function renderOutputs(spec: ActionSpec): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(spec.outputs).map(([name, o]) => [name, { description: o.description }]));
}

const INPUTS_START = '<!-- generated:inputs:start -->';
const INPUTS_END = '<!-- generated:inputs:end -->';
const OUTPUTS_START = '<!-- generated:outputs:start -->';
const OUTPUTS_END = '<!-- generated:outputs:end -->';

/** Our own descriptions are trusted Markdown (they may use `code`): only keep them on one row. */
function docCell(text: string): string {
  return text.replace(/\r?\n/g, ' ');
}

/** The Markdown table of inputs. */
export function inputsTable(spec: ActionSpec): string {
  return table(
    ['Input', 'Required', 'Default', 'Description'],
    Object.entries(spec.inputs).map(([name, input]) => [
      inlineCode(name),
      input.required ? 'yes' : 'no',
      input.default !== undefined && input.default !== '' ? inlineCode(input.default) : '',
      docCell(input.description),
    ]),
  );
}

/** The Markdown table of outputs. */
export function outputsTable(spec: ActionSpec): string {
  return table(
    ['Output', 'Description'],
    Object.entries(spec.outputs).map(([name, output]) => [inlineCode(name), docCell(output.description)]),
  );
}

/**
 * The README with its generated sections replaced. A README without the markers (a new
 * action) gets a starting page holding them.
 */
export function renderReadme(spec: ActionSpec, current: string | undefined): string {
  const base = current ?? starterReadme(spec);
  return replaceBetween(replaceBetween(base, INPUTS_START, INPUTS_END, inputsTable(spec)), OUTPUTS_START, OUTPUTS_END, outputsTable(spec));
}

function replaceBetween(text: string, start: string, end: string, content: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README is missing the markers ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

function starterReadme(spec: ActionSpec): string {
  return [
    `# ${spec.title}`,
    '',
    spec.description,
    '',
    '```yaml',
    `- uses: org/mlops-actions/${spec.name}@v1`,
    '```',
    '',
    '## Inputs',
    '',
    INPUTS_START,
    INPUTS_END,
    '',
    '## Outputs',
    '',
    OUTPUTS_START,
    OUTPUTS_END,
    '',
  ].join('\n');
}
