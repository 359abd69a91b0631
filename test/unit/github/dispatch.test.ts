import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/github/client.js';
import { sendRepositoryDispatch } from '../../../src/github/dispatch.js';
import { fitClientPayload, MAX_PAYLOAD_BYTES, payloadBytes } from '../../../src/github/dispatch-payload.js';
import { PermissionError } from '../../../src/github/permissions.js';
import { InputError, UserError } from '../../../src/runner/errors.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github/index.js';
import { captureStdout, saveEnv } from './setup.js';

const OWNER = 'acme';

let gh: FakeGitHub;
let restoreEnv: () => void;

beforeAll(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ro-token', 'read');
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  restoreEnv = saveEnv();
  process.env.GITHUB_API_URL = gh.url;
});
afterEach(() => restoreEnv());

const dispatchesOf = (repo: string) => gh.state.repo(OWNER, repo).dispatches;

describe('sendRepositoryDispatch against the fake GitHub', () => {
  it('records one dispatch with the event type and the payload', async () => {
    const repo = 'one';
    const clientPayload = { drifted: true, driftShare: 0.6, driftedColumns: ['age', 'income'], report: 'mlops-reports/drift-check.json' };
    const result = await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo, eventType: ' retrain ', clientPayload });
    expect(result).toEqual({ eventType: 'retrain', trimmed: [], bytes: payloadBytes(clientPayload) });
    expect(dispatchesOf(repo)).toHaveLength(1);
    expect(dispatchesOf(repo)[0]).toMatchObject({ event_type: 'retrain', client_payload: clientPayload });
  });

  it('cuts a too-large payload below the limit with a note, and warns', async () => {
    const repo = 'large';
    const summary = `| column | score |\n${Array.from({ length: 8000 }, (_, i) => `| col_${i} | 0.${i} |`).join('\n')}`;
    const clientPayload = { drifted: true, summary, columns: ['age', 'é'.repeat(40_000)] };
    expect(payloadBytes(clientPayload)).toBeGreaterThan(MAX_PAYLOAD_BYTES * 2);
    const out = captureStdout();
    const result = await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo, eventType: 'retrain', clientPayload }).finally(() => out.restore());

    const sent = dispatchesOf(repo)[0]?.client_payload as typeof clientPayload;
    expect(payloadBytes(sent)).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(result.bytes).toBe(payloadBytes(sent));
    expect(result.trimmed.sort()).toEqual(['columns[1]', 'summary']);
    // What is kept is the start of the text, then a note saying how much.
    expect(sent.summary.startsWith(summary.slice(0, 1000))).toBe(true);
    expect(sent.summary).toMatch(/… \[cut by mlops-actions: \d+ of \d+ characters kept to fit GitHub's 64 KB client_payload limit\]$/);
    // Both long fields keep an even share, rather than one losing everything.
    expect(sent.columns[1]?.startsWith('é'.repeat(10_000))).toBe(true);
    expect(sent.summary.length).toBeGreaterThan(20_000);
    expect(sent.columns[0]).toBe('age');
    expect(sent.drifted).toBe(true);
    expect(out.lines().some((l) => l.startsWith('::warning') && l.includes('summary'))).toBe(true);
    // The caller's object is left as it was.
    expect(clientPayload.summary).toBe(summary);
  });

  it('gives a read-only token a UserError naming contents: write, and sends nothing', async () => {
    const repo = 'read-only';
    const error = await sendRepositoryDispatch({ octokit: createOctokit('ro-token'), owner: OWNER, repo, eventType: 'retrain' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('`permissions: contents: write`');
    expect((error as Error).message).toBe(
      "Could not send the repository_dispatch event 'retrain' to acme/read-only: the token lacks a permission. " +
        "The workflow needs `permissions: contents: write` (in the job's or the workflow's `permissions:` block; a personal access token " +
        'needs the `repo` scope, and the default GITHUB_TOKEN can only dispatch to its own repository); on pull requests from forks ' +
        'the token is read-only. GitHub answered POST /repos/{owner}/{repo}/dispatches with HTTP 403: Resource not accessible by integration.',
    );
    expect(dispatchesOf(repo)).toHaveLength(0);
  });

  it('reads a 404 as a token that cannot see the repository', async () => {
    gh.injectFault({ method: 'POST', path: '/repos/{owner}/{repo}/dispatches', status: 404 });
    const error = await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo: 'hidden', eventType: 'retrain' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).serviceError.status).toBe(404);
  });

  it('refuses a bad event type before calling GitHub, naming the input', async () => {
    const before = gh.requests.length;
    const long = await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo: 'bad', eventType: 'r'.repeat(101), input: 'dispatch' }).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(InputError);
    expect((long as Error).message).toBe("Input 'dispatch': the repository_dispatch event type is 101 characters long; GitHub allows at most 100.");
    const empty = await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo: 'bad', eventType: '  ' }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(UserError);
    expect((empty as Error).message).toMatch(/event type is empty/);
    expect(gh.requests.length).toBe(before);
    // 100 characters is allowed, and GitHub's own description (checked by the fake) agrees.
    await sendRepositoryDispatch({ octokit: createOctokit(gh.token), owner: OWNER, repo: 'bad', eventType: 'r'.repeat(100) });
    expect(dispatchesOf('bad')).toHaveLength(1);
  });
});

describe('fitClientPayload', () => {
  it('refuses more than ten top-level keys', () => {
    const payload = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]));
    expect(() => fitClientPayload(payload)).toThrow(/11 top-level keys .*at most 10/);
    expect(fitClientPayload(Object.fromEntries(Object.entries(payload).slice(0, 10))).trimmed).toEqual([]);
  });

  it('cuts many short fields evenly, with a bare ellipsis where the note would not fit', () => {
    const columns = Array.from({ length: 2000 }, (_, i) => `column_${String(i).padStart(4, '0')}_${'x'.repeat(30)}`);
    const { payload, trimmed, bytes } = fitClientPayload({ drifted: true, columns });
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
    expect(trimmed).toHaveLength(2000);
    const kept = payload.columns as string[];
    expect(kept.every((c, i) => c.endsWith('…') && (columns[i] ?? '').startsWith(c.slice(0, -1)))).toBe(true);
    // Each keeps its distinguishing start.
    expect(new Set(kept).size).toBe(2000);
  });

  it('fails when cutting text cannot make it fit', () => {
    const payload = { values: Array.from({ length: 20_000 }, (_, i) => i * 1.5) };
    expect(() => fitClientPayload(payload)).toThrow(/even with its text cut/);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const { payload } = fitClientPayload({ text: '😀'.repeat(30_000) }, 10_000);
    const text = String(payload.text);
    expect(payloadBytes(payload)).toBeLessThanOrEqual(10_000);
    expect(text).toMatch(/^(😀)+… \[cut/u);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
