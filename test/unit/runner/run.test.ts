import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, ServiceError, UserError } from '../../../src/runner/errors.js';
import { INTERNAL_ERROR_PREFIX, runMain } from '../../../src/runner/run.js';

let written: string[] = [];
beforeEach(() => {
  written = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  delete process.env.RUNNER_DEBUG;
});

const errorLines = () => written.join('').split('\n').filter((l) => l.startsWith('::error'));

describe('runMain', () => {
  it('leaves the exit code alone when the work succeeds', async () => {
    await runMain(async () => {});
    expect(process.exitCode).toBeUndefined();
    expect(errorLines()).toEqual([]);
  });

  it('turns a user error into one annotation with file, line and column, exit code 1, no stack', async () => {
    await runMain(async () => {
      throw new UserError('data.csv:3: expected 4 fields, got 5', { file: 'data.csv', line: 3, column: 7, title: 'Malformed CSV' });
    });
    expect(process.exitCode).toBe(1);
    expect(errorLines()).toEqual(['::error title=Malformed CSV,file=data.csv,line=3,col=7::data.csv:3: expected 4 fields, got 5']);
    expect(written.join('')).not.toMatch(/\s+at /);
  });

  it('says an unexpected error is internal, still as a single annotation', async () => {
    await runMain(async () => {
      throw new TypeError('cannot read x of undefined');
    });
    const lines = errorLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${INTERNAL_ERROR_PREFIX}: cannot read x of undefined`);
    expect(process.exitCode).toBe(1);
  });

  it('does not swallow non-Error throws', async () => {
    await runMain(async () => {
      throw { code: 42 };
    });
    expect(errorLines()[0]).toContain('Non-error value thrown: {"code":42}');
  });

  it('adds the stack trace as debug output only when debug logging is on', async () => {
    process.env.RUNNER_DEBUG = '1';
    await runMain(async () => {
      throw new InputError('data', 'is required');
    });
    expect(written.join('')).toMatch(/::debug::InputError: Input 'data': is required%0A\s+at /);
  });

  it('names the endpoint and status of a failing service call', () => {
    const error = new ServiceError('GitHub API', 'POST /repos/o/r/issues', 403, 'Resource not accessible by integration');
    expect(error.message).toBe('GitHub API POST /repos/o/r/issues answered HTTP 403: Resource not accessible by integration');
  });
});
