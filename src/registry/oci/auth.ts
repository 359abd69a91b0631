/**
 * The distribution-spec authentication dance: a 401 carries `WWW-Authenticate`; for `Basic`
 * we send the credentials, for `Bearer` we ask the token service named by `realm` for a token
 * with the `service` and `scope` given (with our credentials, if any) and send that.
 */
import { ServiceError } from '../../runner/errors.js';
import { bodyExcerpt, send } from '../http.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"`. */
export function parseChallenge(header: string): Challenge {
  const space = header.indexOf(' ');
  const scheme = (space > 0 ? header.slice(0, space) : header).toLowerCase();
  const params: Record<string, string> = {};
  for (const match of header.slice(space + 1).matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return { scheme, params };
}

/** The Authorization header answering the challenge, or undefined when we cannot answer it. */
export async function answerChallenge(service: string, challenge: Challenge, credentials: Credentials | undefined, scope: string): Promise<string | undefined> {
  const basic = credentials ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` : undefined;
  if (challenge.scheme === 'basic') return basic;
  if (challenge.scheme !== 'bearer' || !challenge.params.realm) return undefined;
  const url = new URL(challenge.params.realm);
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  url.searchParams.set('scope', challenge.params.scope ?? scope);
  const response = await send(service, `GET ${url.origin}${url.pathname} (token)`, url.toString(), { headers: basic ? { authorization: basic } : {} });
  if (response.status !== 200) {
    const hint = credentials ? 'the credentials were refused' : 'no credentials were given (set OCI_USERNAME/OCI_PASSWORD, or github-token for ghcr.io)';
    throw new ServiceError(service, `GET ${url.origin}${url.pathname} (token)`, response.status, `${hint}: ${bodyExcerpt(response.body)}`);
  }
  const body = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  return token ? `Bearer ${token}` : undefined;
}

/** Credentials from the environment, or the GitHub token for ghcr.io. */
export function credentialsFor(host: string, env: NodeJS.ProcessEnv, githubToken: string | undefined): Credentials | undefined {
  if (env.OCI_USERNAME || env.OCI_PASSWORD) return { username: env.OCI_USERNAME ?? '', password: env.OCI_PASSWORD ?? '' };
  // GHCR takes any user name with a GITHUB_TOKEN; the actor keeps its audit log meaningful.
  if (githubToken && /(^|\.)ghcr\.io$/.test(host.replace(/:\d+$/, ''))) return { username: env.GITHUB_ACTOR || 'github-actions', password: githubToken };
  return undefined;
}
