/** Commit statuses: create, list for a ref, combined status. */
import type { Json } from '../state.js';
import { paginate } from '../paging.js';
import type { HandlerContext, HandlerTable } from './types.js';

function statusesFor(ctx: HandlerContext, ref: string): Json[] {
  // Newest first, as GitHub lists them.
  return ctx.repo.statuses.filter((s) => s._sha === ref).reverse();
}

function publicStatus(status: Json): Json {
  const { _sha: _, ...rest } = status;
  return rest;
}

export const statusHandlers: HandlerTable = {
  'repos/create-commit-status': {
    handle(ctx) {
      const id = ctx.state.nextId();
      const at = ctx.state.now();
      const sha = String(ctx.params.sha);
      const status: Json = {
        id,
        node_id: `SC_${id}`,
        url: `${ctx.state.repoApiUrl(ctx.repo)}/statuses/${sha}`,
        avatar_url: null,
        state: ctx.body.state,
        description: ctx.body.description ?? null,
        target_url: ctx.body.target_url ?? null,
        context: ctx.body.context ?? 'default',
        created_at: at,
        updated_at: at,
        creator: ctx.state.userJson(ctx.user),
        _sha: sha,
      };
      ctx.repo.statuses.push(status);
      return { status: 201, body: publicStatus(status) };
    },
  },
  'repos/list-commit-statuses-for-ref': {
    handle(ctx) {
      const page = paginate(statusesFor(ctx, String(ctx.params.ref)), ctx.url);
      return { status: 200, body: page.items.map(publicStatus), headers: page.headers };
    },
  },
  'repos/get-combined-status-for-ref': {
    handle(ctx) {
      const ref = String(ctx.params.ref);
      const latest = new Map<string, Json>();
      for (const s of statusesFor(ctx, ref)) if (!latest.has(String(s.context))) latest.set(String(s.context), s);
      const states = [...latest.values()].map((s) => s.state);
      const state = states.some((s) => s === 'failure' || s === 'error') ? 'failure' : states.length === 0 || states.includes('pending') ? 'pending' : 'success';
      return {
        status: 200,
        body: {
          state,
          sha: ref,
          total_count: latest.size,
          statuses: [...latest.values()].map(publicStatus),
          repository: { id: ctx.repo.id, name: ctx.repo.name, full_name: `${ctx.repo.owner}/${ctx.repo.name}` },
          commit_url: `${ctx.state.repoApiUrl(ctx.repo)}/commits/${ref}`,
          url: `${ctx.state.repoApiUrl(ctx.repo)}/commits/${ref}/status`,
        },
      };
    },
  },
};
