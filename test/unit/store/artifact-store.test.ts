import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../src/runner/errors.js';

const state = vi.hoisted(() => ({ artifactLoaded: false }));
const client = vi.hoisted(() => ({
  uploadArtifact: vi.fn<(name: string, files: string[], root: string, options?: { retentionDays?: number }) => Promise<{ id?: number; size?: number }>>(),
  getArtifact: vi.fn<(name: string) => Promise<{ artifact: { id: number; name: string; size: number } }>>(),
  deleteArtifact: vi.fn<(name: string) => Promise<{ id: number }>>(),
  downloadArtifact: vi.fn<(id: number, options?: { path?: string }) => Promise<{ downloadPath?: string }>>(),
}));
/** The order of client calls, to check that a replaced artifact is deleted before the upload. */
const calls = vi.hoisted(() => [] as string[]);

vi.mock('@actions/artifact', () => {
  state.artifactLoaded = true;
  class ArtifactNotFoundError extends Error {
    override name = 'ArtifactNotFoundError';
  }
  class DefaultArtifactClient {
    uploadArtifact = (...args: Parameters<typeof client.uploadArtifact>) => (calls.push('upload'), client.uploadArtifact(...args));
    getArtifact = (...args: Parameters<typeof client.getArtifact>) => (calls.push('get'), client.getArtifact(...args));
    deleteArtifact = (...args: Parameters<typeof client.deleteArtifact>) => (calls.push('delete'), client.deleteArtifact(...args));
    downloadArtifact = (...args: Parameters<typeof client.downloadArtifact>) => (calls.push('download'), client.downloadArtifact(...args));
  }
  return { DefaultArtifactClient, ArtifactNotFoundError };
});

const { ArtifactStore, createStore } = await import('../../../src/store/index.js');

function notFound(name: string): Error {
  const error = new Error(`Artifact not found for name: ${name}`);
  error.name = 'ArtifactNotFoundError';
  return error;
}

let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'artifact-store-'));
  calls.length = 0;
  client.uploadArtifact.mockReset().mockResolvedValue({ id: 99, size: 10 });
  client.getArtifact.mockReset().mockImplementation(async (name) => {
    throw notFound(name);
  });
  client.deleteArtifact.mockReset().mockResolvedValue({ id: 1 });
  client.downloadArtifact.mockReset().mockResolvedValue({});
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('ArtifactStore', () => {
  it('does not load @actions/artifact until used', async () => {
    const store = createStore('artifact', { artifact: { tempDir: scratch } });
    expect(store.kind).toBe('artifact');
    expect(state.artifactLoaded).toBe(false);
    await store.save('x', 'y');
    expect(state.artifactLoaded).toBe(true);
  });

  it('uploads one file named after the last name segment, as an artifact named after the blob', async () => {
    let uploaded: { name: string; files: string[]; root: string; content: string; options: unknown } | undefined;
    client.uploadArtifact.mockImplementation(async (name, files, root, options) => {
      uploaded = { name, files, root, content: readFileSync(files[0]!, 'utf8'), options };
      return { id: 5, size: 3 };
    });
    await new ArtifactStore({ tempDir: scratch, retentionDays: 7 }).save('profiles/train.json', '{"rows": 3}');
    expect(uploaded?.name).toBe('profiles~train.json');
    expect(uploaded?.files).toEqual([join(uploaded!.root, 'train.json')]);
    expect(uploaded?.root.startsWith(join(scratch, 'mlops-artifact-'))).toBe(true);
    expect(uploaded?.content).toBe('{"rows": 3}');
    expect(uploaded?.options).toEqual({ retentionDays: 7 });
    expect(calls).toEqual(['get', 'upload']);
    // The scratch directory is gone after the upload.
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('replaces an artifact saved earlier in this run: delete, then upload', async () => {
    client.getArtifact.mockResolvedValue({ artifact: { id: 4, name: 'report.html', size: 1 } });
    await new ArtifactStore({ tempDir: scratch }).save('report.html', '<p>v2</p>');
    expect(calls).toEqual(['get', 'delete', 'upload']);
    expect(client.deleteArtifact).toHaveBeenCalledWith('report.html');
    expect(client.uploadArtifact.mock.calls[0]?.[3]).toEqual({});
  });

  it('fails the save with a UserError naming blob and artifact when the upload fails', async () => {
    client.uploadArtifact.mockRejectedValue(new Error('Artifact storage quota has been hit.'));
    const store = new ArtifactStore({ tempDir: scratch });
    await expect(store.save('a/b', 'x')).rejects.toThrow(UserError);
    await expect(store.save('a/b', 'x')).rejects.toThrow("Cannot save the blob 'a/b' as the artifact 'a~b': Artifact storage quota has been hit.");
    expect(readdirSync(scratch)).toEqual([]);
  });

  it("loads this run's artifact by name and id into a scratch directory", async () => {
    client.getArtifact.mockResolvedValue({ artifact: { id: 42, name: 'profiles~train.json', size: 5 } });
    client.downloadArtifact.mockImplementation(async (_id, options) => {
      writeFileSync(join(options!.path!, 'train.json'), 'saved');
      return { downloadPath: options!.path! };
    });
    const loaded = await new ArtifactStore({ tempDir: scratch }).load('profiles/train.json');
    expect(loaded?.toString()).toBe('saved');
    expect(client.getArtifact).toHaveBeenCalledWith('profiles~train.json');
    expect(client.downloadArtifact.mock.calls[0]?.[0]).toBe(42);
    expect(client.downloadArtifact.mock.calls[0]?.[1]?.path?.startsWith(join(scratch, 'mlops-artifact-'))).toBe(true);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reads the single file of an artifact whose file has another name', async () => {
    client.getArtifact.mockResolvedValue({ artifact: { id: 1, name: 'baseline', size: 5 } });
    client.downloadArtifact.mockImplementation(async (_id, options) => {
      mkdirSync(join(options!.path!, 'sub'));
      writeFileSync(join(options!.path!, 'sub', 'uploaded-by-hand.json'), 'by hand');
      return {};
    });
    expect((await new ArtifactStore({ tempDir: scratch }).load('baseline'))?.toString()).toBe('by hand');
  });

  it('says what is missing when an artifact holds several other files', async () => {
    client.getArtifact.mockResolvedValue({ artifact: { id: 1, name: 'baseline', size: 5 } });
    client.downloadArtifact.mockImplementation(async (_id, options) => {
      writeFileSync(join(options!.path!, 'one'), '1');
      writeFileSync(join(options!.path!, 'two'), '2');
      return {};
    });
    await expect(new ArtifactStore({ tempDir: scratch }).load('baseline')).rejects.toThrow(
      "The artifact 'baseline' does not hold the blob 'baseline' (expected a file 'baseline').",
    );
  });

  it('answers undefined when this run has no such artifact', async () => {
    expect(await new ArtifactStore({ tempDir: scratch }).load('missing')).toBeUndefined();
    expect(client.downloadArtifact).not.toHaveBeenCalled();
  });

  it('lets other failures of the artifact service through', async () => {
    client.getArtifact.mockRejectedValue(new Error('Unable to make request: ECONNRESET'));
    await expect(new ArtifactStore({ tempDir: scratch }).load('x')).rejects.toThrow('ECONNRESET');
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('rejects bad names before calling the service', async () => {
    const store = new ArtifactStore({ tempDir: scratch });
    await expect(store.save('../x', 'y')).rejects.toThrow('Invalid blob name "../x"');
    await expect(store.load('a:b')).rejects.toThrow('Invalid blob name "a:b"');
    expect(calls).toEqual([]);
  });
});
