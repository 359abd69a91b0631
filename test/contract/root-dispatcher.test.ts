import { describe, expect, it } from 'vitest';
import { runBundle } from '../support/harness.js';

describe('root action (dist/index.js) run as the runner does', () => {
  it('fails with exit code 1 and one ::error naming the missing required input, without a stack trace', async () => {
    const run = await runBundle('.');
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^Input 'action': is required/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('rejects an unknown action, naming the input and the allowed values', async () => {
    const run = await runBundle('.', { inputs: { action: 'deploy-everything' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("Input 'action': expected one of");
    expect(errors[0]!.message).toContain("got 'deploy-everything'");
  });

  it('prints a stack trace only when debug logging is on', async () => {
    const run = await runBundle('.', { inputs: { action: 'nope' }, env: { RUNNER_DEBUG: '1' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::debug::InputError: Input 'action'.*%0A\s+at /);
  });
});
