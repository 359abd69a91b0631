/**
 * A small client of the MLflow tracking server's REST API (`/api/2.0/mlflow/…` and the proxied
 * artifact API `/api/2.0/mlflow-artifacts/…`). Credentials come from the variables MLflow's own
 * clients read: MLFLOW_TRACKING_TOKEN (bearer) or MLFLOW_TRACKING_USERNAME/PASSWORD (basic).
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { ServiceError } from '../../runner/errors.js';
import { bodyExcerpt, send, type RequestBody } from '../http.js';

export class MlflowClient {
  readonly service: string;
  private readonly base: string;
  private readonly authorization: string | undefined;

  constructor(trackingUri: string, env: NodeJS.ProcessEnv) {
    this.base = trackingUri.replace(/\/+$/, '');
    this.service = `MLflow at ${this.base}`;
    if (env.MLFLOW_TRACKING_TOKEN) this.authorization = `Bearer ${env.MLFLOW_TRACKING_TOKEN}`;
    else if (env.MLFLOW_TRACKING_USERNAME) {
      const pair = `${env.MLFLOW_TRACKING_USERNAME}:${env.MLFLOW_TRACKING_PASSWORD ?? ''}`;
      this.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...(this.authorization ? { authorization: this.authorization } : {}), ...extra };
  }

  /**
   * Calls a REST method; returns the parsed JSON, or undefined for the error codes listed in
   * `allow` (e.g. RESOURCE_DOES_NOT_EXIST when asking whether something exists).
   */
  async call<T>(method: 'GET' | 'POST' | 'PATCH', path: string, payload?: Record<string, unknown>, allow: string[] = []): Promise<T | undefined> {
    const endpoint = `${method} /api/2.0/mlflow/${path}`;
    let url = `${this.base}/api/2.0/mlflow/${path}`;
    const init: RequestInit = { method, headers: this.headers({ accept: 'application/json' }) };
    if (method === 'GET' && payload) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(payload)) if (value !== undefined) query.set(key, String(value));
      url += `?${query}`;
    } else if (payload) {
      init.body = JSON.stringify(payload);
      init.headers = this.headers({ accept: 'application/json', 'content-type': 'application/json' });
    }
    const response = await send(this.service, endpoint, url, init);
    if (response.status >= 200 && response.status < 300) return JSON.parse(response.body.toString('utf8') || '{}') as T;
    let code: string | undefined;
    let message = bodyExcerpt(response.body);
    try {
      const parsed = JSON.parse(response.body.toString('utf8')) as { error_code?: string; message?: string };
      code = parsed.error_code;
      if (parsed.message) message = `${parsed.error_code ?? ''}: ${parsed.message}`.replace(/^: /, '');
    } catch {
      // Not JSON (a proxy, an auth page): the excerpt says what came back.
    }
    if (code && allow.includes(code)) return undefined;
    throw new ServiceError(this.service, endpoint, response.status, explain(response.status, message));
  }

  /** Uploads one file through the tracking server's artifact proxy. */
  async upload(artifactPath: string, file: string, size: number): Promise<void> {
    const encoded = artifactPath.split('/').map(encodeURIComponent).join('/');
    const endpoint = `PUT /api/2.0/mlflow-artifacts/artifacts/${artifactPath}`;
    const response = await send(
      this.service,
      endpoint,
      `${this.base}/api/2.0/mlflow-artifacts/artifacts/${encoded}`,
      {
        method: 'PUT',
        headers: this.headers({ 'content-type': 'application/octet-stream', 'content-length': String(size) }),
        body: Readable.toWeb(createReadStream(file)) as unknown as RequestBody,
        duplex: 'half',
      },
      // A large weight file takes its time; a stalled one still ends.
      Math.max(60_000, size / 1_000),
    );
    if (response.status >= 300) throw new ServiceError(this.service, endpoint, response.status, explain(response.status, bodyExcerpt(response.body)));
  }

  /** Downloads one artifact through the artifact proxy into `target`. */
  async download(artifactPath: string, target: string): Promise<void> {
    const encoded = artifactPath.split('/').map(encodeURIComponent).join('/');
    const endpoint = `GET /api/2.0/mlflow-artifacts/artifacts/${artifactPath}`;
    const response = await send(this.service, endpoint, `${this.base}/api/2.0/mlflow-artifacts/artifacts/${encoded}`, { headers: this.headers() }, 300_000);
    if (response.status >= 300) throw new ServiceError(this.service, endpoint, response.status, explain(response.status, bodyExcerpt(response.body)));
    writeFileSync(target, response.body);
  }
}

function explain(status: number, message: string): string {
  if (status === 401) return `${message || 'unauthorized'} (check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD)`;
  if (status === 403) return `${message || 'forbidden'} (the credentials lack permission on this model or experiment)`;
  return message || 'no details';
}
