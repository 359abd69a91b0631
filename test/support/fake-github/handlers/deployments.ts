/** Deployments, deployment statuses and repository dispatch events. */
import { createHash } from 'node:crypto';
import type { Json } from '../state.js';
import { paginate } from '../paging.js';
import { notFound, numberParam, type HandlerContext, type HandlerTable } from './types.js';

/** The commit a ref points at: a full SHA is itself; a branch gets a stable made-up SHA. */
function shaOf(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : createHash('sha1').update(ref).digest('hex');
}

function findDeployment(ctx: HandlerContext): Json {
  return ctx.repo.deployments.find((d) => d.id === numberParam(ctx, 'deployment_id')) ?? notFound();
}

export const deploymentHandlers: HandlerTable = {
  'repos/create-deployment': {
    handle(ctx) {
      const id = ctx.state.nextId();
      const at = ctx.state.now();
      const url = `${ctx.state.repoApiUrl(ctx.repo)}/deployments/${id}`;
      const environment = String(ctx.body.environment ?? 'production');
      const deployment: Json = {
        id,
        node_id: `DE_${id}`,
        url,
        sha: shaOf(String(ctx.body.ref)),
        ref: ctx.body.ref,
        task: ctx.body.task ?? 'deploy',
        payload: ctx.body.payload ?? {},
        original_environment: environment,
        environment,
        description: ctx.body.description ?? null,
        creator: ctx.state.userJson(ctx.user),
        created_at: at,
        updated_at: at,
        statuses_url: `${url}/statuses`,
        repository_url: ctx.state.repoApiUrl(ctx.repo),
        transient_environment: ctx.body.transient_environment ?? false,
        production_environment: ctx.body.production_environment ?? environment === 'production',
      };
      ctx.repo.deployments.push(deployment);
      return { status: 201, body: deployment };
    },
  },
  'repos/list-deployments': {
    query: ['sha', 'ref', 'task', 'environment'],
    handle(ctx) {
      const filters = ['sha', 'ref', 'task', 'environment'].filter((k) => ctx.query.has(k));
      const matches = ctx.repo.deployments.filter((d) => filters.every((k) => String(d[k]) === ctx.query.get(k))).slice().reverse();
      const page = paginate(matches, ctx.url);
      return { status: 200, body: page.items, headers: page.headers };
    },
  },
  'repos/get-deployment': { handle: (ctx) => ({ status: 200, body: findDeployment(ctx) }) },
  'repos/create-deployment-status': {
    handle(ctx) {
      const deployment = findDeployment(ctx);
      const id = ctx.state.nextId();
      const at = ctx.state.now();
      const status: Json = {
        id,
        node_id: `DES_${id}`,
        url: `${String(deployment.url)}/statuses/${id}`,
        state: ctx.body.state,
        creator: ctx.state.userJson(ctx.user),
        description: ctx.body.description ?? '',
        environment: ctx.body.environment ?? deployment.environment,
        target_url: ctx.body.target_url ?? ctx.body.log_url ?? '',
        log_url: ctx.body.log_url ?? ctx.body.target_url ?? '',
        environment_url: ctx.body.environment_url ?? '',
        created_at: at,
        updated_at: at,
        deployment_url: deployment.url,
        repository_url: ctx.state.repoApiUrl(ctx.repo),
        deployment_id: deployment.id,
      };
      ctx.repo.deploymentStatuses.push(status);
      return { status: 201, body: status };
    },
  },
  'repos/list-deployment-statuses': {
    handle(ctx) {
      const deployment = findDeployment(ctx);
      const matches = ctx.repo.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).slice().reverse();
      const page = paginate(matches, ctx.url);
      return { status: 200, body: page.items, headers: page.headers };
    },
  },
  'repos/create-dispatch-event': {
    handle(ctx) {
      ctx.repo.dispatches.push({ event_type: String(ctx.body.event_type), client_payload: ctx.body.client_payload ?? {}, created_at: ctx.state.now() });
      return { status: 204 };
    },
  },
};
