/**
 * A small OCI distribution-spec client over fetch: blobs (HEAD, monolithic POST+PUT upload),
 * manifests (GET/HEAD/PUT) and tags (paged list). Written here rather than taken from npm: the
 * maintained JS ORAS/OCI clients either pull in a large dependency tree or are not maintained,
 * and the part of the spec we need is a few requests.
 */
import { ServiceError } from '../../runner/errors.js';
import { sha256Text } from '../digest.js';
import { bodyExcerpt, send, type HttpResult, type RequestBody } from '../http.js';
import { answerChallenge, parseChallenge, type Credentials } from './auth.js';
import type { OciReference } from './reference.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

interface RequestOptions {
  headers?: Record<string, string>;
  /** A factory, so a streamed body can be sent again after an authentication challenge. */
  body?: () => RequestBody;
  timeoutMs?: number;
}

export class OciClient {
  private authorization: string | undefined;

  constructor(
    private readonly ref: OciReference,
    private readonly credentials: Credentials | undefined,
    readonly service: string,
  ) {}

  private async request(method: string, path: string, options: RequestOptions, ok: number[]): Promise<HttpResult> {
    const url = /^https?:/.test(path) ? path : `${this.ref.baseUrl}${path}`;
    const endpoint = `${method} ${new URL(url).pathname}`;
    for (let attempt = 0; ; attempt++) {
      const headers = { ...options.headers, ...(this.authorization ? { authorization: this.authorization } : {}) };
      const body = options.body?.();
      const response = await send(this.service, endpoint, url, { method, headers, ...(body ? { body, duplex: 'half' as const } : {}) }, options.timeoutMs);
      if (response.status === 401 && attempt === 0) {
        const header = response.headers.get('www-authenticate');
        // The registry's challenge names the scope it wants; when it does not, ask for no more
        // than the request needs (a read-only token, e.g. `packages: read` on GHCR, can pull).
        const actions = method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push';
        const answer = header ? await answerChallenge(this.service, parseChallenge(header), this.credentials, `repository:${this.ref.repository}:${actions}`) : undefined;
        if (answer) {
          this.authorization = answer;
          continue;
        }
      }
      if (ok.includes(response.status)) return response;
      throw new ServiceError(this.service, endpoint, response.status, explain(response, this.credentials !== undefined));
    }
  }

  private v2(path: string): string {
    return `/v2/${this.ref.repository}/${path}`;
  }

  /** Whether the registry holds this blob already (no need to upload it again). */
  async hasBlob(digest: string): Promise<boolean> {
    return (await this.request('HEAD', this.v2(`blobs/${digest}`), {}, [200, 404])).status === 200;
  }

  /** Uploads a blob in one piece (POST for a session, PUT with the digest), unless present. */
  async pushBlob(digest: string, size: number, body: () => RequestBody): Promise<void> {
    if (await this.hasBlob(digest)) return;
    const session = await this.request('POST', this.v2('blobs/uploads/'), { headers: { 'content-length': '0' } }, [202]);
    const location = session.headers.get('location');
    if (!location) throw new ServiceError(this.service, `POST ${this.v2('blobs/uploads/')}`, 202, 'no Location header for the upload');
    const target = new URL(location, this.ref.baseUrl);
    target.searchParams.set('digest', digest);
    await this.request(
      'PUT',
      target.toString(),
      { headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) }, body, timeoutMs: Math.max(60_000, size / 1_000) },
      [201],
    );
  }

  /** Stores a manifest under a tag; returns its digest. */
  async putManifest(reference: string, manifest: Buffer): Promise<string> {
    const response = await this.request('PUT', this.v2(`manifests/${reference}`), { headers: { 'content-type': OCI_MANIFEST }, body: () => new Uint8Array(manifest) }, [201]);
    return response.headers.get('docker-content-digest') ?? sha256Text(manifest);
  }

  /** A manifest by tag or digest, or undefined when there is none. */
  async getManifest(reference: string): Promise<{ bytes: Buffer; digest: string } | undefined> {
    const response = await this.request('GET', this.v2(`manifests/${reference}`), { headers: { accept: OCI_MANIFEST } }, [200, 404]);
    if (response.status === 404) return undefined;
    return { bytes: response.body, digest: sha256Text(response.body) };
  }

  async getBlob(digest: string): Promise<Buffer> {
    return (await this.request('GET', this.v2(`blobs/${digest}`), {}, [200])).body;
  }

  /** Every tag of the repository (following `Link` pages); none when it does not exist yet. */
  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = this.v2('tags/list?n=1000');
    while (next) {
      const response: HttpResult = await this.request('GET', next, {}, [200, 404]);
      if (response.status === 404) return tags;
      tags.push(...((JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null }).tags ?? []));
      const link = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get('link') ?? '');
      next = link ? link[1] : undefined;
    }
    return tags;
  }
}

function explain(response: HttpResult, hadCredentials: boolean): string {
  const detail = bodyExcerpt(response.body) || 'no details';
  if (response.status === 401) return `${detail} (${hadCredentials ? 'the credentials were refused' : 'set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io'})`;
  if (response.status === 403) return `${detail} (the credentials lack push permission on this repository)`;
  return detail;
}
