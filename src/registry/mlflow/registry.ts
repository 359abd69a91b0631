/**
 * The MLflow Model Registry as a backend. A registration logs the model's files as artifacts
 * of a new run (through the tracking server's artifact proxy), then creates the model version
 * with that run's artifact location as its `source`, so `models:/<name>/<version>` resolves to
 * exactly these files. Upload happens before the version exists: a failure half-way leaves a
 * FAILED run and no version. MLflow numbers versions itself, atomically, so concurrent
 * registrations of different content always get distinct numbers.
 */
import { InputError, ServiceError, UserError } from '../../runner/errors.js';
import { checkFetched, fetchTarget, findAttachment, kindOfAttachment, type Attachment } from '../attachments.js';
import { BEFORE_COMMIT, failpoint } from '../failpoint.js';
import { lineageTags } from '../lineage.js';
import { isVersionNumber } from '../names.js';
import type { ModelRegistry, ModelVersion, RegisterRequest, RegisterResult } from '../types.js';
import { MlflowClient } from './client.js';
import { artifactPathOf, metricKey, type MlflowModelVersion, type MlflowRun } from './types.js';
import { uploadText } from './upload-text.js';

/** Tag holding the content digest: how a re-registration finds the version it repeats. */
export const DIGEST_TAG = 'mlops.digest';
/** `mlops.attachment.<kind>/<file>` = `<digest> <size>`: what the run holds under `attachments/`. */
export const ATTACHMENT_TAG = 'mlops.attachment.';
const READY_TIMEOUT_MS = 120_000;

export class MlflowRegistry implements ModelRegistry {
  readonly label: string;
  private readonly client: MlflowClient;
  private readonly experimentName: string;

  constructor(trackingUri: string, env: NodeJS.ProcessEnv, input = 'registry') {
    if (!/^https?:\/\/[^/]+/.test(trackingUri)) throw new InputError(input, `'mlflow:${trackingUri}': the tracking URI must be an http:// or https:// URL`);
    this.client = new MlflowClient(trackingUri, env);
    this.label = this.client.service;
    this.experimentName = env.MLFLOW_EXPERIMENT_NAME || 'register-model';
  }

  async register(request: RegisterRequest): Promise<RegisterResult> {
    const { name, content, lineage } = request;
    await this.ensureModel(name);
    const existing = await this.findDigest(name, content.digest);
    if (existing) {
      if (Object.keys(request.tags).length) await this.setTags(name, existing.version, request.tags);
      return { version: (await this.getVersion(name, existing.version))!, created: false };
    }
    if (request.version !== undefined) {
      throw new InputError('version', `${this.label} numbers versions itself; leave 'version' empty when registering new content (give it without 'path' to alias an existing version)`);
    }
    const run = await this.startRun(name, lineage.commit, lineage.repository);
    const artifactRoot = artifactPathOf(run.info.artifact_uri, this.label);
    let version: MlflowModelVersion;
    try {
      const metrics = Object.entries(request.metrics).map(([key, value]) => ({ key: metricKey(key), value, timestamp: Date.now(), step: 0 }));
      if (metrics.length) await this.client.call('POST', 'runs/log-batch', { run_id: run.info.run_id, metrics });
      for (const file of content.files) await this.client.upload(`${artifactRoot}/model/${file.path}`, file.absolute, file.size);
      for (const file of request.attachments) await this.client.upload(`${artifactRoot}/attachments/${file.name}`, file.absolute, file.size);
      failpoint(BEFORE_COMMIT);
      const attachmentTags = Object.fromEntries(request.attachments.map((a) => [`${ATTACHMENT_TAG}${a.name}`, `${a.digest} ${a.size}`]));
      const tags = { ...request.tags, ...lineageTags(lineage, content.digest), ...attachmentTags };
      const created = await this.client.call<{ model_version: MlflowModelVersion }>('POST', 'model-versions/create', {
        name,
        source: `${run.info.artifact_uri}/model`,
        run_id: run.info.run_id,
        run_link: lineage.runUrl ?? '',
        description: request.description ?? '',
        tags: Object.entries(tags).map(([key, value]) => ({ key, value })),
      });
      version = await this.waitReady(created!.model_version);
    } catch (error) {
      await this.endRun(run.info.run_id, 'FAILED').catch(() => undefined);
      throw error;
    }
    await this.endRun(run.info.run_id, 'FINISHED');
    await uploadText(this.client, `${artifactRoot}/MODEL_CARD.md`, request.card(version.version));
    const logged = Object.fromEntries(Object.entries(request.metrics).map(([key, value]) => [metricKey(key), value]));
    return { version: { ...this.toVersion(version), metrics: logged }, created: true };
  }

  private async ensureModel(name: string): Promise<void> {
    const found = await this.client.call('GET', 'registered-models/get', { name }, ['RESOURCE_DOES_NOT_EXIST']);
    // A concurrent job may create it between our check and our create: that is fine.
    if (!found) await this.client.call('POST', 'registered-models/create', { name }, ['RESOURCE_ALREADY_EXISTS']);
  }

  /** The version of `name` tagged with this digest, paging through all versions. */
  private async findDigest(name: string, digest: string): Promise<MlflowModelVersion | undefined> {
    let pageToken: string | undefined;
    do {
      const page = await this.client.call<{ model_versions?: MlflowModelVersion[]; next_page_token?: string }>('GET', 'model-versions/search', {
        filter: `name='${name}'`,
        max_results: 1000,
        ...(pageToken ? { page_token: pageToken } : {}),
      });
      const hit = page?.model_versions?.find((v) => v.status !== 'FAILED_REGISTRATION' && v.tags?.some((t) => t.key === DIGEST_TAG && t.value === digest));
      if (hit) return hit;
      pageToken = page?.next_page_token || undefined;
    } while (pageToken);
    return undefined;
  }

  private async experimentId(): Promise<string> {
    const get = () => this.client.call<{ experiment: { experiment_id: string } }>('GET', 'experiments/get-by-name', { experiment_name: this.experimentName }, ['RESOURCE_DOES_NOT_EXIST']);
    const found = await get();
    if (found) return found.experiment.experiment_id;
    const created = await this.client.call<{ experiment_id: string }>('POST', 'experiments/create', { name: this.experimentName }, ['RESOURCE_ALREADY_EXISTS']);
    if (created) return created.experiment_id;
    return (await get())!.experiment.experiment_id;
  }

  private async startRun(name: string, commit: string | undefined, repository: string | undefined): Promise<MlflowRun> {
    const tags = [{ key: 'mlflow.runName', value: `register ${name}` }];
    if (commit) tags.push({ key: 'mlflow.source.git.commit', value: commit });
    if (repository) tags.push({ key: 'mlflow.source.name', value: repository });
    const created = await this.client.call<{ run: MlflowRun }>('POST', 'runs/create', {
      experiment_id: await this.experimentId(),
      start_time: Date.now(),
      run_name: `register ${name}`,
      tags,
    });
    return created!.run;
  }

  private async endRun(runId: string, status: 'FINISHED' | 'FAILED'): Promise<void> {
    await this.client.call('POST', 'runs/update', { run_id: runId, status, end_time: Date.now() });
  }

  private async waitReady(version: MlflowModelVersion): Promise<MlflowModelVersion> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let current = version;
    while (current.status === 'PENDING_REGISTRATION' && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 250));
      current = (await this.client.call<{ model_version: MlflowModelVersion }>('GET', 'model-versions/get', { name: version.name, version: version.version }))!.model_version;
    }
    if (current.status === 'READY') return current;
    const why = current.status === 'FAILED_REGISTRATION' ? `failed: ${current.status_message ?? 'no message'}` : `still ${current.status} after ${READY_TIMEOUT_MS / 1000} s`;
    throw new ServiceError(this.label, 'GET /api/2.0/mlflow/model-versions/get', undefined, `version ${current.version} of '${current.name}' ${why}`);
  }

  private toVersion(v: MlflowModelVersion): ModelVersion {
    const tags = Object.fromEntries((v.tags ?? []).map((t) => [t.key, t.value]));
    const attachments: Attachment[] = [];
    for (const [key, value] of Object.entries(tags)) {
      const name = key.startsWith(ATTACHMENT_TAG) ? key.slice(ATTACHMENT_TAG.length) : '';
      const kind = kindOfAttachment(name);
      const [digest, size] = value.split(' ');
      if (kind && digest) attachments.push({ name, kind, digest, size: Number(size) || 0 });
    }
    return {
      attachments: attachments.sort((a, b) => (a.name < b.name ? -1 : 1)),
      name: v.name,
      version: v.version,
      digest: tags[DIGEST_TAG] ?? '',
      uri: `models:/${v.name}/${v.version}`,
      aliases: [...(v.aliases ?? [])].sort(),
      tags,
      ...(v.description ? { description: v.description } : {}),
    };
  }

  async getVersion(name: string, versionOrAlias: string): Promise<ModelVersion | undefined> {
    const found = isVersionNumber(versionOrAlias)
      ? await this.client.call<{ model_version: MlflowModelVersion }>('GET', 'model-versions/get', { name, version: versionOrAlias }, ['RESOURCE_DOES_NOT_EXIST'])
      : await this.client.call<{ model_version: MlflowModelVersion }>('GET', 'registered-models/alias', { name, alias: versionOrAlias }, ['RESOURCE_DOES_NOT_EXIST', 'INVALID_PARAMETER_VALUE']);
    if (!found) return undefined;
    return { ...this.toVersion(found.model_version), metrics: await this.runMetrics(found.model_version.run_id) };
  }

  /** The metrics logged on the version's run (register-model logs them there). */
  private async runMetrics(runId: string | undefined): Promise<Record<string, number>> {
    if (!runId) return {};
    const run = await this.client.call<{ run: { data?: { metrics?: { key: string; value: number }[] } } }>('GET', 'runs/get', { run_id: runId }, ['RESOURCE_DOES_NOT_EXIST']);
    return Object.fromEntries((run?.run.data?.metrics ?? []).map((m) => [m.key, m.value]));
  }

  async listAliases(name: string): Promise<string[] | undefined> {
    const found = await this.client.call<{ registered_model: { aliases?: { alias: string }[] } }>('GET', 'registered-models/get', { name }, ['RESOURCE_DOES_NOT_EXIST']);
    return found ? (found.registered_model.aliases ?? []).map((a) => a.alias).sort() : undefined;
  }

  async fetchAttachment(name: string, version: string, attachment: string, destDir: string): Promise<string> {
    const found = await this.client.call<{ model_version: MlflowModelVersion }>('GET', 'model-versions/get', { name, version }, ['RESOURCE_DOES_NOT_EXIST']);
    if (!found) throw new UserError(`${this.label}: '${name}' has no version ${version}`);
    const wanted = findAttachment(this.label, name, version, this.toVersion(found.model_version).attachments, attachment);
    // register-model made `source` the run's artifact root plus `/model`; attachments sit beside it.
    const source = found.model_version.source ?? '';
    if (!source.endsWith('/model')) throw new UserError(`${this.label}: version ${version} of '${name}' was not registered by register-model (source '${source}')`);
    const root = artifactPathOf(source.slice(0, -'/model'.length), this.label);
    const target = fetchTarget(destDir, wanted);
    await this.client.download(`${root}/attachments/${wanted.name}`, target);
    return checkFetched(this.label, target, wanted);
  }

  async setAlias(name: string, alias: string, version: string): Promise<void> {
    if (!(await this.getVersion(name, version))) throw new UserError(`${this.label}: '${name}' has no version ${version} to point alias '${alias}' at`);
    await this.client.call('POST', 'registered-models/alias', { name, alias, version });
  }

  async setTags(name: string, version: string, tags: Record<string, string>): Promise<void> {
    for (const [key, value] of Object.entries(tags)) await this.client.call('POST', 'model-versions/set-tag', { name, version, key, value });
  }
}
