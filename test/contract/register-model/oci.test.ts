import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBundle } from '../../support/harness.js';
import { MLFLOW_PYTHON, startOciRegistry, type Server } from './servers.js';
import { shellDigest, workDir, writeModel } from './models.js';

const dir = workDir('oci');
let registry: Server;
let secured: Server;

beforeAll(async () => {
  // docker-registry's htpasswd auth takes bcrypt hashes only; bcrypt comes with .venv-mlflow.
  const hash = execFileSync(MLFLOW_PYTHON, ['-c', 'import bcrypt; print(bcrypt.hashpw(b"s3cret", bcrypt.gensalt(rounds=5)).decode())'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'htpasswd'), `pusher:${hash}\n`);
  [registry, secured] = await Promise.all([startOciRegistry(), startOciRegistry({ htpasswd: join(dir, 'htpasswd') })]);
});
afterAll(async () => {
  await Promise.all([registry?.stop(), secured?.stop()]);
});

const register = (inputs: Record<string, string>, env: Record<string, string> = {}, repository = 'models/churn') =>
  runBundle('register-model', { cwd: dir, inputs: { name: 'churn', registry: `oci:${registry.host}/${repository}`, ...inputs }, env });

/** Reads the registry back through the distribution API, as any OCI client would. */
async function api(path: string, accept = 'application/vnd.oci.image.manifest.v1+json'): Promise<Response> {
  return fetch(`${registry.url}/v2/${path}`, { headers: { accept } });
}
const tags = async (repository: string) => {
  const response = await api(`${repository}/tags/list`);
  return response.status === 404 ? [] : (((await response.json()) as { tags: string[] | null }).tags ?? []).sort();
};
interface Manifest {
  mediaType: string;
  artifactType: string;
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string; size: number; annotations: Record<string, string> }[];
  annotations: Record<string, string>;
}

describe('register-model on a real OCI registry (docker-registry, built bundle)', () => {
  it('pushes a ModelPack artifact tagged with its version and aliases; re-registers; registers changed content; moves an alias', async () => {
    const first = writeModel(dir, 'a');
    const one = await register({ path: first, alias: 'staging', metrics: 'metrics.json', tags: '{team: churn}', description: 'first try' });
    expect(one.exitCode, one.stdout + one.stderr).toBe(0);
    expect(one.outputs).toMatchObject({ version: '1', created: 'true', digest: shellDigest(first) });

    const response = await api('models/churn/manifests/1');
    const bytes = Buffer.from(await response.arrayBuffer());
    const manifestDigest = response.headers.get('docker-content-digest')!;
    expect(one.outputs.uri).toBe(`oci://${registry.host}/models/churn@${manifestDigest}`);
    const manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
    expect(manifest).toMatchObject({ mediaType: 'application/vnd.oci.image.manifest.v1+json', artifactType: 'application/vnd.cncf.model.manifest.v1+json' });
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.model.config.v1+json');
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.version': '1',
      'org.opencontainers.image.revision': 'ffac537e6cbbf934b08745a378932722df287a53',
      'org.opencontainers.image.description': 'first try',
      'org.mlops-actions.digest': shellDigest(first),
      'org.mlops-actions.git.ref': 'refs/heads/main',
      'org.mlops-actions.run.url': 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1',
      'org.mlops-actions.tag.team': 'churn',
    });
    // One raw layer per file, annotated with its path, holding exactly the file's bytes.
    const weights = manifest.layers.filter((l) => l.mediaType === 'application/vnd.cncf.model.weight.v1.raw');
    expect(weights.map((l) => l.annotations['org.cncf.model.filepath'])).toEqual(['MLmodel', 'weights/w.bin']);
    for (const layer of weights) {
      const blob = Buffer.from(await (await api(`models/churn/blobs/${layer.digest}`)).arrayBuffer());
      expect(blob).toEqual(readFileSync(join(first, layer.annotations['org.cncf.model.filepath']!)));
    }
    const card = manifest.layers.find((l) => l.mediaType === 'application/vnd.cncf.model.doc.v1.raw')!;
    expect((await (await api(`models/churn/blobs/${card.digest}`)).text())).toContain('# Model card: churn version 1');
    const config = (await (await api(`models/churn/blobs/${manifest.config.digest}`)).json()) as { descriptor: Record<string, string>; modelfs: { type: string; diffIds: string[] }; mlops: { metrics: Record<string, number>; lineage: { actor: string } } };
    expect(config.descriptor).toMatchObject({ name: 'churn', version: '1', revision: 'ffac537e6cbbf934b08745a378932722df287a53' });
    expect(config.modelfs).toEqual({ type: 'layers', diffIds: manifest.layers.map((l) => l.digest) });
    expect(config.mlops.metrics).toEqual({ auc: 0.91, f1: 0.8 });
    expect(config.mlops.lineage.actor).toBe('octocat');
    expect((await api('models/churn/manifests/staging')).headers.get('docker-content-digest')).toBe(manifestDigest);

    const again = await register({ path: first, alias: 'candidate', tags: '{team: churn}' });
    expect(again.outputs).toMatchObject({ version: '1', created: 'false', uri: one.outputs.uri });
    const second = writeModel(dir, 'b');
    const two = await register({ path: second, alias: 'staging' });
    expect(two.outputs).toMatchObject({ version: '2', created: 'true', digest: shellDigest(second) });
    const contentTags = [first, second].map((m) => `sha256-content-${shellDigest(m).slice('sha256:'.length)}`);
    expect(await tags('models/churn')).toEqual(['1', '2', 'candidate', ...contentTags.sort(), 'staging'].sort());
    expect(`oci://${registry.host}/models/churn@${(await api('models/churn/manifests/staging')).headers.get('docker-content-digest')}`).toBe(two.outputs.uri);

    const back = await register({ version: '1', alias: 'staging' });
    expect(back.outputs).toMatchObject({ version: '1', created: 'false', uri: one.outputs.uri });
    expect((await api('models/churn/manifests/staging')).headers.get('docker-content-digest')).toBe(manifestDigest);

    // Tags of an OCI version are fixed in its manifest: changing them is refused, not ignored.
    const retag = await register({ path: first, tags: '{team: fraud}' });
    expect(retag.exitCode).toBe(1);
    expect(retag.annotations.find((a) => a.level === 'error')!.message).toMatch(/immutable OCI manifest; its tags cannot change after registration \(team\)/);
  });

  it('a crash after pushing the blobs and before the manifest leaves no tag; a re-run creates version 1', async () => {
    const model = writeModel(dir, 'crash');
    const crashed = await register({ path: model, alias: 'staging' }, { MLOPS_FAILPOINT: 'register-model:before-commit' }, 'models/crash');
    expect(crashed.signal).toBe('SIGKILL');
    expect(await tags('models/crash')).toEqual([]);
    const rerun = await register({ path: model }, {}, 'models/crash');
    expect(rerun.outputs).toMatchObject({ version: '1', created: 'true' });
  });

  it('wrong or missing credentials name the registry, the endpoint and HTTP 401; the right ones push', async () => {
    const run = (env: Record<string, string>) =>
      runBundle('register-model', { cwd: dir, inputs: { name: 'churn', path: writeModel(dir, 'auth'), registry: `oci:${secured.host}/models/churn` }, env });
    const endpoint = `^OCI registry ${secured.host.replace(/\./g, '\\.')}/models/churn GET /v2/models/churn/manifests/sha256-content-[0-9a-f]{64} answered HTTP 401: `;
    const wrong = await run({ OCI_USERNAME: 'pusher', OCI_PASSWORD: 'wrong' });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations.find((a) => a.level === 'error')!.message).toMatch(new RegExp(`${endpoint}.*the credentials were refused`));
    const none = await run({});
    expect(none.annotations.find((a) => a.level === 'error')!.message).toMatch(new RegExp(`${endpoint}.*set OCI_USERNAME/OCI_PASSWORD`));
    const right = await run({ OCI_USERNAME: 'pusher', OCI_PASSWORD: 's3cret' });
    expect(right.exitCode, right.stdout).toBe(0);
    expect(right.outputs).toMatchObject({ version: '1', created: 'true' });
  });
});
