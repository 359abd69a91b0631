import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';
import { defaultStore, LocalStore } from '../../../src/store/index.js';

let root: string;
let store: LocalStore;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'local-store-'));
  store = new LocalStore(join(root, 'store'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('LocalStore', () => {
  it('round-trips text and bytes, in nested names, and overwrites', async () => {
    await store.save('profiles/train.json', '{"rows": 3, "name": "Zürich"}');
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13]);
    await store.save('bin.dat', bytes);
    // A view into a larger buffer must save only its own bytes.
    await store.save('view.dat', new Uint8Array([9, 9, 1, 2, 3, 9]).subarray(2, 5));

    expect((await store.load('profiles/train.json'))?.toString('utf8')).toBe('{"rows": 3, "name": "Zürich"}');
    expect([...((await store.load('bin.dat')) ?? [])]).toEqual([0, 255, 1, 254, 10, 13]);
    expect([...((await store.load('view.dat')) ?? [])]).toEqual([1, 2, 3]);

    await store.save('profiles/train.json', 'v2');
    expect((await store.load('profiles/train.json'))?.toString()).toBe('v2');
    expect(filesUnder(store.root)).toEqual(['bin.dat', 'profiles/train.json', 'view.dat']);
  });

  it('returns undefined for absent names, including below a file', async () => {
    expect(await store.load('missing.json')).toBeUndefined();
    await store.save('plain', 'x');
    expect(await store.load('plain/child')).toBeUndefined();
    expect(await store.load('nested/missing')).toBeUndefined();
  });

  it('loads the empty blob as an empty buffer, not as absent', async () => {
    await store.save('empty', '');
    const loaded = await store.load('empty');
    expect(loaded).toBeInstanceOf(Buffer);
    expect(loaded?.length).toBe(0);
  });

  it('rejects unsafe names with a UserError that names them, and writes nothing', async () => {
    const bad = ['', '../escape', 'a/../../b', '/etc/passwd', 'a//b', 'a/./b', 'dir/', 'sp ace', 'back\\slash', 'naïve', 'x'.repeat(201), 'a,b', '..'];
    for (const name of bad) {
      const error = await store.save(name, 'x').then(() => undefined, (thrown: unknown) => thrown);
      expect(error, name).toBeInstanceOf(UserError);
      expect((error as Error).message, name).toContain(JSON.stringify(name));
      await expect(store.load(name), name).rejects.toThrow(UserError);
    }
    expect(readdirSync(root)).toEqual([]);
  });

  it('accepts the full safe alphabet', async () => {
    const name = 'A-Z_a.z/0-9/v1.2_final-x';
    await store.save(name, 'ok');
    expect((await store.load(name))?.toString()).toBe('ok');
    expect(store.pathOf(name)).toBe(join(store.root, name));
  });

  it('leaves no temporary files after many saves', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.save(`many/blob-${i % 5}`, `content ${i}`)));
    expect(filesUnder(store.root)).toEqual(['many/blob-0', 'many/blob-1', 'many/blob-2', 'many/blob-3', 'many/blob-4']);
  });

  it('leaves no temporary file when the rename fails, and says which blob', async () => {
    await store.save('taken/child', 'x');
    // 'taken' is now a non-empty directory: renaming a file over it fails.
    await expect(store.save('taken', 'y')).rejects.toThrow(/Cannot save the blob 'taken'/);
    expect(filesUnder(store.root)).toEqual(['taken/child']);
  });

  it('never shows a reader a half-written blob', async () => {
    // Multi-megabyte writes are split into chunks across event-loop turns, so a reader that
    // ran between chunks would see a mix of old and new content if writes were in place.
    const size = 6 * 1024 * 1024;
    const versions = ['a', 'b', 'c', 'd'].map((letter) => Buffer.alloc(size, letter));
    await store.save('big', versions[0]!);
    let reading = true;
    let reads = 0;
    const seen = new Set<string>();
    const reader = (async () => {
      while (reading) {
        const loaded = await store.load('big');
        expect(loaded?.length).toBe(size);
        const first = String.fromCharCode(loaded![0]!);
        // Whole of one version: equal to the version its first byte belongs to.
        expect(loaded!.equals(versions['abcd'.indexOf(first)]!)).toBe(true);
        seen.add(first);
        reads++;
      }
    })();
    for (let round = 0; round < 3; round++) {
      for (const version of versions) await store.save('big', version);
    }
    reading = false;
    await reader;
    expect(reads).toBeGreaterThan(3);
    expect(seen.size).toBeGreaterThan(1);
    expect(filesUnder(store.root)).toEqual(['big']);
  });
});

describe('defaultStore', () => {
  it('is a local directory outside GitHub Actions', () => {
    for (const env of [{}, { GITHUB_ACTIONS: 'false' }, { GITHUB_ACTIONS: '1' }]) {
      const chosen = defaultStore(env);
      expect(chosen.kind).toBe('local');
      expect((chosen as LocalStore).root).toBe(resolve('.mlops/store'));
    }
  });

  it('is the Actions cache inside GitHub Actions', () => {
    const chosen = defaultStore({ GITHUB_ACTIONS: 'true', RUNNER_TEMP: root, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' });
    expect(chosen.kind).toBe('cache');
  });

  it('names the missing runner variable when the cache store cannot work', () => {
    expect(() => defaultStore({ GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '42' })).toThrow(/RUNNER_TEMP/);
  });
});
