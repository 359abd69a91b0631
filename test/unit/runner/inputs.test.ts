import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/runner/errors.js';
import { Inputs } from '../../../src/runner/inputs.js';
import type { ActionSpec } from '../../../src/runner/spec.js';

const spec: ActionSpec = {
  name: 'test-action',
  title: 'Test',
  description: 'test',
  branding: { icon: 'check', color: 'blue' },
  outputs: {},
  inputs: {
    data: { description: 'the data', required: true },
    flag: { description: 'a flag', default: 'false' },
    count: { description: 'a count' },
    ratio: { description: 'a ratio' },
    mode: { description: 'a mode', default: 'auto' },
    items: { description: 'a list' },
    wait: { description: 'a duration' },
    config: { description: 'yaml' },
    'some path': { description: 'a path with a space in its name' },
  },
};

const set: string[] = [];
function setInput(name: string, value: string): void {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  process.env[key] = value;
  set.push(key);
}
afterEach(() => set.splice(0).forEach((key) => delete process.env[key]));

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('Inputs', () => {
  const inputs = new Inputs(spec);

  it('names a missing required input and says what it is for', () => {
    const error = errorOf(() => inputs.string('data'));
    expect(error.input).toBe('data');
    expect(error.message).toBe("Input 'data': is required but was not supplied (the data)");
  });

  it('falls back to the declared default when the runner passed nothing', () => {
    expect(inputs.enumeration('mode', ['auto', 'ks'])).toBe('auto');
    expect(inputs.boolean('flag')).toBe(false);
  });

  it('reads booleans as YAML 1.2 core booleans and rejects anything else', () => {
    setInput('flag', 'TRUE');
    expect(inputs.boolean('flag')).toBe(true);
    setInput('flag', 'yes');
    expect(errorOf(() => inputs.boolean('flag')).message).toBe("Input 'flag': expected true or false, got 'yes'");
  });

  it('parses integers and numbers with ranges', () => {
    setInput('count', '42');
    expect(inputs.integer('count', { min: 1 })).toBe(42);
    setInput('count', '4.2');
    expect(errorOf(() => inputs.integer('count')).message).toContain('expected a whole number');
    setInput('count', '0');
    expect(errorOf(() => inputs.integer('count', { min: 1 })).message).toContain('expected at least 1, got 0');
    setInput('ratio', '1e-3');
    expect(inputs.number('ratio', { min: 0, max: 1 })).toBe(0.001);
    setInput('ratio', '0x10');
    expect(errorOf(() => inputs.number('ratio')).message).toContain("expected a number, got '0x10'");
  });

  it('lists the allowed values of an enum in the error', () => {
    setInput('mode', 'magic');
    expect(errorOf(() => inputs.enumeration('mode', ['auto', 'ks', 'psi'])).message).toBe(
      "Input 'mode': expected one of 'auto', 'ks', 'psi', got 'magic'",
    );
  });

  it('splits lists on commas and newlines, dropping blanks', () => {
    setInput('items', 'a, b\n c,,\n');
    expect(inputs.list('items')).toEqual(['a', 'b', 'c']);
    expect(inputs.list('count')).toEqual([]);
  });

  it('parses durations to milliseconds', () => {
    for (const [text, ms] of [['90s', 90_000], ['5m', 300_000], ['1h30m', 5_400_000], ['250ms', 250], ['2', 2000], ['1.5s', 1500]] as const) {
      setInput('wait', text);
      expect(inputs.duration('wait')).toBe(ms);
    }
    setInput('wait', '5 minutes');
    expect(errorOf(() => inputs.duration('wait')).message).toContain('expected a duration such as 90s, 5m or 1h30m');
  });

  it('reads YAML or JSON inline, or from a file, with positions in errors', () => {
    setInput('config', 'roc_auc: {min: 0.8}\nlog_loss: {max-regression-pct: 2}');
    expect(inputs.structured('config')).toEqual({ value: { roc_auc: { min: 0.8 }, log_loss: { 'max-regression-pct': 2 } } });
    setInput('config', '{"a": [1, 2]}');
    expect(inputs.structured('config')?.value).toEqual({ a: [1, 2] });

    const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
    writeFileSync(join(dir, 'rules.yaml'), 'a: 1\nb: [1, 2\nc: 3\n');
    setInput('config', join(dir, 'rules.yaml'));
    const error = errorOf(() => inputs.structured('config'));
    expect(error.file).toBe(join(dir, 'rules.yaml'));
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.message).toMatch(/^Input 'config': .*rules\.yaml:\d+:\d+: invalid YAML\/JSON/);

    setInput('config', join(dir, 'absent.yml'));
    expect(errorOf(() => inputs.structured('config')).message).toContain('does not exist');
    setInput('config', 'a: 1\na: 2');
    expect(errorOf(() => inputs.structured('config')).message).toMatch(/line 2, column 1: invalid YAML\/JSON/);
  });

  it('checks that paths exist and are of the kind asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inputs-'));
    setInput('some path', dir);
    expect(inputs.existingPath('some path', 'directory')).toBe(dir);
    expect(errorOf(() => inputs.existingPath('some path', 'file')).message).toContain('expected a file');
    setInput('some path', join(dir, 'nope'));
    expect(errorOf(() => inputs.existingPath('some path')).message).toContain('does not exist');
  });

  it('refuses to read an input the spec does not declare (a bug, not a user error)', () => {
    expect(() => inputs.string('undeclared')).toThrow(/not declared/);
  });
});
