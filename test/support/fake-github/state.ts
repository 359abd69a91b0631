/**
 * What the fake GitHub remembers, per repository, in the shapes GitHub answers with. Tests
 * read it directly (`gh.state.repo('o', 'r').comments`) to assert on what our code did.
 */

export type Json = Record<string, unknown>;

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export interface RepoState {
  owner: string;
  name: string;
  id: number;
  comments: Json[];
  issues: Json[];
  labels: Json[];
  statuses: Json[];
  deployments: Json[];
  deploymentStatuses: Json[];
  dispatches: { event_type: string; client_payload: unknown; created_at: string }[];
  workflowRuns: Json[];
  artifacts: Json[];
  /** Highest issue or PR number seen, so created issues do not collide with PRs used in tests. */
  lastNumber: number;
  /** What `GET /repos/{owner}/{repo}` answers as `default_branch`; tests may change it. */
  defaultBranch: string;
  /** Whether the repository is private (also shown as `visibility`). */
  private: boolean;
}

export class FakeState {
  private nextIdValue = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');
  readonly repos = new Map<string, RepoState>();
  /** Zip bytes of artifacts, served by the download redirect. */
  readonly artifactZips = new Map<number, Buffer>();

  constructor(
    readonly apiUrl: string,
    readonly serverUrl = 'https://github.com',
  ) {}

  /** A fresh id; ids are unique across all kinds of objects, as node ids are on GitHub. */
  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  /** A timestamp one second after the previous one, so ordering by time is deterministic. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** The state of `owner/name`, created empty on first use (the fake knows every repository). */
  repo(owner: string, name: string): RepoState {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = {
        owner,
        name,
        id: this.nextId(),
        comments: [],
        issues: [],
        labels: [],
        statuses: [],
        deployments: [],
        deploymentStatuses: [],
        dispatches: [],
        workflowRuns: [],
        artifacts: [],
        lastNumber: 0,
        defaultBranch: 'main',
        private: false,
      };
      this.repos.set(key, repo);
    }
    return repo;
  }

  repoApiUrl(repo: RepoState): string {
    return `${this.apiUrl}/repos/${repo.owner}/${repo.name}`;
  }

  repoHtmlUrl(repo: RepoState): string {
    return `${this.serverUrl}/${repo.owner}/${repo.name}`;
  }

  /** The `user` object GitHub embeds in comments, statuses and issues. */
  userJson(user: FakeUser): Json {
    return {
      login: user.login,
      id: user.id,
      node_id: `U_${user.id}`,
      type: user.type,
      site_admin: false,
      url: `${this.apiUrl}/users/${encodeURIComponent(user.login)}`,
      html_url: `${this.serverUrl}/${encodeURIComponent(user.login)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    };
  }
}
