/** The repository itself: `GET /repos/{owner}/{repo}`, with a default branch tests can set. */
import type { Json } from '../state.js';
import type { HandlerContext, HandlerTable } from './types.js';

function ownerJson(ctx: HandlerContext): Json {
  // The owner is an organisation or a user we know nothing else about: a stable made-up id.
  const id = [...ctx.repo.owner].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 1_000_000_007, 7);
  return {
    login: ctx.repo.owner,
    id,
    node_id: `O_${id}`,
    type: 'Organization',
    site_admin: false,
    url: `${ctx.state.apiUrl}/users/${encodeURIComponent(ctx.repo.owner)}`,
    html_url: `${ctx.state.serverUrl}/${encodeURIComponent(ctx.repo.owner)}`,
  };
}

/** The fields of GitHub's full-repository answer that callers read. */
function repositoryJson(ctx: HandlerContext): Json {
  const { repo, state } = ctx;
  const api = state.repoApiUrl(repo);
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: ownerJson(ctx),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    html_url: state.repoHtmlUrl(repo),
    url: api,
    fork: false,
    archived: false,
    disabled: false,
    default_branch: repo.defaultBranch,
    has_issues: true,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
    pushed_at: '2025-01-01T00:00:00Z',
    // The token's own rights are not modelled here: the server refuses writes of read tokens.
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

export const repoHandlers: HandlerTable = {
  'repos/get': { handle: (ctx) => ({ status: 200, body: repositoryJson(ctx) }) },
};
