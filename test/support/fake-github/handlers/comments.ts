/** Issue and pull request comments (a PR is an issue for comments). */
import type { Json } from '../state.js';
import { paginate } from '../paging.js';
import { notFound, numberParam, type HandlerContext, type HandlerTable } from './types.js';

function findComment(ctx: HandlerContext): Json {
  return ctx.repo.comments.find((c) => c.id === numberParam(ctx, 'comment_id')) ?? notFound();
}

/** Builds a comment as GitHub returns it; exported so tests can seed comments. */
export function commentJson(ctx: Pick<HandlerContext, 'state' | 'repo' | 'user'>, issueNumber: number, body: string): Json {
  const id = ctx.state.nextId();
  const at = ctx.state.now();
  ctx.repo.lastNumber = Math.max(ctx.repo.lastNumber, issueNumber);
  return {
    id,
    node_id: `IC_${id}`,
    url: `${ctx.state.repoApiUrl(ctx.repo)}/issues/comments/${id}`,
    html_url: `${ctx.state.repoHtmlUrl(ctx.repo)}/pull/${issueNumber}#issuecomment-${id}`,
    issue_url: `${ctx.state.repoApiUrl(ctx.repo)}/issues/${issueNumber}`,
    body,
    user: ctx.state.userJson(ctx.user),
    created_at: at,
    updated_at: at,
    author_association: 'NONE',
    // Not part of GitHub's answer; lets the fake list comments per issue. Stripped on output.
    _issue_number: issueNumber,
  };
}

/** A comment without the fake's bookkeeping fields. */
export function publicComment(comment: Json): Json {
  const { _issue_number: _, ...rest } = comment;
  return rest;
}

export const commentHandlers: HandlerTable = {
  'issues/list-comments': {
    handle(ctx) {
      const issue = numberParam(ctx, 'issue_number');
      const all = ctx.repo.comments.filter((c) => c._issue_number === issue);
      const page = paginate(all, ctx.url);
      return { status: 200, body: page.items.map(publicComment), headers: page.headers };
    },
  },
  'issues/create-comment': {
    handle(ctx) {
      const issueNumber = numberParam(ctx, 'issue_number');
      const comment = commentJson(ctx, issueNumber, String(ctx.body.body));
      ctx.repo.comments.push(comment);
      // Issues created through the fake carry a comment count, as GitHub's do.
      const issue = ctx.repo.issues.find((i) => i.number === issueNumber);
      if (issue) issue.comments = Number(issue.comments ?? 0) + 1;
      return { status: 201, body: publicComment(comment), headers: { location: String(comment.url) } };
    },
  },
  'issues/get-comment': {
    handle: (ctx) => ({ status: 200, body: publicComment(findComment(ctx)) }),
  },
  'issues/update-comment': {
    handle(ctx) {
      const comment = findComment(ctx);
      comment.body = String(ctx.body.body);
      comment.updated_at = ctx.state.now();
      return { status: 200, body: publicComment(comment) };
    },
  },
  'issues/delete-comment': {
    handle(ctx) {
      const comment = findComment(ctx);
      ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
      return { status: 204 };
    },
  },
};
