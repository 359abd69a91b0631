import { describe, expect, it } from 'vitest';
import { actionHelp, parseActionArgs } from '../../../src/cli/args.js';
import { renderMarkdownForTerminal } from '../../../src/cli/terminal-markdown.js';
import { renderWorkflowCommand } from '../../../src/cli/workflow-commands.js';
import { barChart } from '../../../src/report/mermaid.js';
import { escapeCell, table } from '../../../src/report/markdown.js';
import type { ActionSpec } from '../../../src/runner/spec.js';

const spec: ActionSpec = {
  name: 'demo',
  title: 'Demo',
  description: 'A demo action.',
  branding: { icon: 'check', color: 'blue' },
  inputs: { data: { description: 'Dataset.', required: true }, 'fail-on-drift': { description: 'Fail.', default: 'false' } },
  outputs: { drifted: { description: 'Whether it drifted.' } },
};

describe('CLI arguments', () => {
  it('takes --name value, --name=value and bare flags as true', () => {
    expect(parseActionArgs(spec, ['--data', 'a.csv', '--fail-on-drift']).inputs).toEqual({ data: 'a.csv', 'fail-on-drift': 'true' });
    expect(parseActionArgs(spec, ['--data=a=b.csv']).inputs).toEqual({ data: 'a=b.csv' });
  });

  it('names an unknown input and lists the known ones', () => {
    expect(() => parseActionArgs(spec, ['--dta', 'x'])).toThrow("Unknown input '--dta' for demo; its inputs are: --data, --fail-on-drift");
  });

  it('generates --help from the declaration', () => {
    const help = actionHelp(spec);
    expect(help).toContain('--data');
    expect(help).toContain('Dataset. (required)');
    expect(help).toContain('Fail. (default: false)');
    expect(help).toContain('drifted');
  });
});

describe('terminal rendering', () => {
  it('turns runner commands into readable lines', () => {
    expect(renderWorkflowCommand('::error file=a.csv,line=3,col=2::bad%0Avalue', false)).toBe('error: a.csv:3:2: bad\nvalue');
    expect(renderWorkflowCommand('::debug::secret detail', false)).toBeUndefined();
    expect(renderWorkflowCommand('::add-mask::token', true)).toBeUndefined();
    expect(renderWorkflowCommand('plain line', false)).toBe('plain line');
  });

  it('aligns tables, unescapes text and draws bar charts', () => {
    const md = [
      '## Result for &#64;team',
      '',
      table(['Column', 'Score'], [[escapeCell('a|b <x>'), '0.5'], ['long column', '0.25']]),
      '',
      barChart({ title: 'Scores', categories: ['a', 'b'], bars: [{ name: 's', values: [1, 0.5] }] }),
    ].join('\n');
    const text = renderMarkdownForTerminal(md);
    expect(text).toContain('Result for @team\n════════════════');
    expect(text).toContain('Column       Score');
    expect(text).toContain('a|b <x>      0.5');
    expect(text).toMatch(/a {2}█{30} 1/);
    expect(text).toMatch(/b {2}█{15} 0\.5/);
  });
});
