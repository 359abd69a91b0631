/** Issues (create, get, update incl. state, list by state and labels) and labels. */
import type { HandlerContext, HandlerTable } from './types.js';
import { FakeHttpError, notFound, numberParam } from './types.js';
import type { Json } from '../state.js';
import { paginate } from '../paging.js';

/** What building issues and labels needs of a request: the fake's state and the repository. */
export type IssueScope = Pick<HandlerContext, 'state' | 'repo'>;

function labelJson(ctx: IssueScope, name: string, color = 'ededed', description: string | null = null): Json {
  const id = ctx.state.nextId();
  return {
    id,
    node_id: `LA_${id}`,
    url: `${ctx.state.repoApiUrl(ctx.repo)}/labels/${encodeURIComponent(name)}`,
    name,
    color,
    description,
    default: false,
  };
}

/** The repository's label `name`, created on first use as GitHub does for issue labels. */
export function ensureLabel(ctx: IssueScope, name: string): Json {
  const found = ctx.repo.labels.find((l) => String(l.name).toLowerCase() === name.toLowerCase());
  if (found) return found;
  const label = labelJson(ctx, name);
  ctx.repo.labels.push(label);
  return label;
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((l) => (typeof l === 'string' ? l : String((l as Json).name)));
}

function findIssue(ctx: HandlerContext): Json {
  return ctx.repo.issues.find((i) => i.number === numberParam(ctx, 'issue_number')) ?? notFound();
}

function applyUpdate(ctx: HandlerContext, issue: Json): void {
  const { body } = ctx;
  if (body.title !== undefined) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body;
  if (body.labels !== undefined) issue.labels = labelNames(body.labels).map((n) => ensureLabel(ctx, n));
  if (body.state !== undefined && body.state !== issue.state) {
    issue.state = body.state;
    issue.closed_at = body.state === 'closed' ? ctx.state.now() : null;
    issue.state_reason = body.state === 'closed' ? (body.state_reason ?? 'completed') : body.state === 'open' ? 'reopened' : null;
  }
  issue.updated_at = ctx.state.now();
}

/** A new open issue in GitHub's shape, numbered after the repository's highest number. */
export function issueJson(ctx: IssueScope & Pick<HandlerContext, 'user'>, title: string, body: unknown, labels: string[]): Json {
  const id = ctx.state.nextId();
  const number = ++ctx.repo.lastNumber;
  const at = ctx.state.now();
  return {
    id,
    node_id: `I_${id}`,
    number,
    url: `${ctx.state.repoApiUrl(ctx.repo)}/issues/${number}`,
    html_url: `${ctx.state.repoHtmlUrl(ctx.repo)}/issues/${number}`,
    title,
    body: body ?? null,
    state: 'open',
    state_reason: null,
    locked: false,
    labels: labels.map((n) => ensureLabel(ctx, n)),
    assignees: [],
    comments: 0,
    user: ctx.state.userJson(ctx.user),
    created_at: at,
    updated_at: at,
    closed_at: null,
    author_association: 'NONE',
  };
}

export const issueHandlers: HandlerTable = {
  'issues/create': {
    handle(ctx) {
      const issue = issueJson(ctx, String(ctx.body.title), ctx.body.body, labelNames(ctx.body.labels));
      ctx.repo.issues.push(issue);
      return { status: 201, body: issue, headers: { location: String(issue.url) } };
    },
  },
  'issues/get': { handle: (ctx) => ({ status: 200, body: findIssue(ctx) }) },
  'issues/update': {
    handle(ctx) {
      const issue = findIssue(ctx);
      applyUpdate(ctx, issue);
      return { status: 200, body: issue };
    },
  },
  'issues/list-for-repo': {
    query: ['state', 'labels'],
    handle(ctx) {
      const state = ctx.query.get('state') ?? 'open';
      const wanted = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      const matches = ctx.repo.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => (i.labels as Json[]).some((l) => String(l.name).toLowerCase() === w)))
        // GitHub's default order: newest first.
        .slice()
        .reverse();
      const page = paginate(matches, ctx.url);
      return { status: 200, body: page.items, headers: page.headers };
    },
  },
  'issues/list-labels-for-repo': {
    handle(ctx) {
      const page = paginate(ctx.repo.labels, ctx.url);
      return { status: 200, body: page.items, headers: page.headers };
    },
  },
  'issues/create-label': {
    handle(ctx) {
      const name = String(ctx.body.name);
      if (ctx.repo.labels.some((l) => String(l.name).toLowerCase() === name.toLowerCase())) {
        throw new FakeHttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
      }
      const label = labelJson(ctx, name, String(ctx.body.color ?? 'ededed').replace(/^#/, ''), (ctx.body.description as string | undefined) ?? null);
      ctx.repo.labels.push(label);
      return { status: 201, body: label };
    },
  },
  'issues/get-label': {
    handle: (ctx) => ({
      status: 200,
      body: ctx.repo.labels.find((l) => String(l.name).toLowerCase() === String(ctx.params.name).toLowerCase()) ?? notFound(),
    }),
  },
  'issues/add-labels': {
    handle(ctx) {
      const issue = findIssue(ctx);
      const names = Array.isArray(ctx.body.labels) ? labelNames(ctx.body.labels) : [];
      const current = issue.labels as Json[];
      for (const name of names) {
        if (!current.some((l) => String(l.name).toLowerCase() === name.toLowerCase())) current.push(ensureLabel(ctx, name));
      }
      return { status: 200, body: current };
    },
  },
};
