import { createHash, randomBytes } from 'node:crypto';
import { searchIssues } from './standin-search.js';
import {
  checkRunJson,
  commentJson,
  commitJson,
  issueJson,
  labelJson,
  milestoneJson,
  pullJson,
  reactionJson,
  repoJson,
  userJson,
} from './standin-shapes.js';
import type { CheckRunRecord, GitHubState, IssueRecord, RepoState } from './standin-state.js';

/**
 * REST handlers of the stand-in, keyed by "METHOD template" exactly as the template appears in
 * GitHub's OpenAPI description, so a handler can only exist for a route GitHub really has.
 */

export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message);
  }
}

export interface RestContext {
  state: GitHubState;
  /** The stand-in's base URL, for URLs in answers and Link headers. */
  api: string;
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  rawBody: unknown;
  headers: Record<string, string>;
  /** Login of the token's owner (an app's bot or a user). */
  actor: string;
  setHeader(name: string, value: string): void;
  /** Mints an installation token for Probot's app authentication. */
  issueInstallationToken(installationId: number): string;
  app: { id: number; slug: string; name: string };
}

export interface RestAnswer {
  status: number;
  body?: unknown;
  contentType?: string;
}

type Handler = (ctx: RestContext) => RestAnswer;

const notFound = (): never => {
  throw new RestError(404, 'Not Found');
};

const ok = (body: unknown, status = 200): RestAnswer => ({ status, body });

function repoOf(ctx: RestContext): RepoState {
  const { owner, repo } = ctx.params;
  return ctx.state.findRepo(owner ?? '', repo ?? '') ?? notFound();
}

function issueOf(ctx: RestContext, repo = repoOf(ctx)): IssueRecord {
  const n = Number(ctx.params.issue_number ?? ctx.params.pull_number);
  return repo.issues.get(n) ?? notFound();
}

function commentOf(ctx: RestContext, repo = repoOf(ctx)) {
  const c = ctx.state.comments.get(Number(ctx.params.comment_id));
  if (!c || c.repo !== repo) return notFound();
  return c;
}

function permissionFn(ctx: RestContext, repo: RepoState) {
  return (login: string) => ctx.state.permissionOf(repo, login);
}

const requireString = (ctx: RestContext, field: string): string => {
  const v = ctx.body[field];
  if (typeof v !== 'string')
    throw new RestError(422, 'Invalid request.', [{ resource: 'Request', field, code: 'missing_field' }]);
  return v;
};

/** Slices a list by per_page/page and sets GitHub's Link header so Octokit's paginate can follow it. */
function paginate<T>(ctx: RestContext, items: T[]): T[] {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${ctx.api}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (links.length) ctx.setHeader('link', links.join(', '));
  return items.slice((page - 1) * perPage, page * perPage);
}

function commentCount(ctx: RestContext, issue: IssueRecord): number {
  return ctx.state.commentsOf(issue).length;
}

const issueOut = (ctx: RestContext, issue: IssueRecord) =>
  issueJson(ctx.api, issue, commentCount(ctx, issue), permissionFn(ctx, issue.repo));

function touch(ctx: RestContext, issue: IssueRecord) {
  issue.updated_at = ctx.state.nowIso();
}

function labelNamesFrom(body: unknown): string[] {
  const raw = Array.isArray(body) ? body : (body as { labels?: unknown })?.labels;
  if (!Array.isArray(raw)) throw new RestError(422, 'Invalid request.\n\nNo labels given.');
  return raw.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)));
}

function addLabels(ctx: RestContext, issue: IssueRecord, names: string[]) {
  for (const name of names) {
    const label = ctx.state.ensureLabel(issue.repo, name);
    if (!issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) {
      issue.labels.push(label.name);
      ctx.state.recordEvent(issue, 'labeled', ctx.actor, label);
    }
  }
}

function removeLabel(ctx: RestContext, issue: IssueRecord, name: string): boolean {
  const i = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (i < 0) return false;
  const [removed] = issue.labels.splice(i, 1);
  const label = issue.repo.labels.get((removed ?? name).toLowerCase());
  if (label) ctx.state.recordEvent(issue, 'unlabeled', ctx.actor, label);
  return true;
}

const labelsOut = (ctx: RestContext, issue: IssueRecord) =>
  issue.labels.map((name) => labelJson(ctx.api, issue.repo, ctx.state.ensureLabel(issue.repo, name)));

function fileEntry(ctx: RestContext, repo: RepoState, path: string, content: string, ref: string) {
  const buf = Buffer.from(content, 'latin1');
  const sha = createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
  const url = `${ctx.api}/repos/${repo.full_name}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  return {
    type: 'file',
    size: buf.length,
    name: path.split('/').pop(),
    path,
    sha,
    url,
    html_url: `https://github.com/${repo.full_name}/blob/${ref}/${path}`,
    git_url: `${ctx.api}/repos/${repo.full_name}/git/blobs/${sha}`,
    download_url: `https://raw.githubusercontent.com/${repo.full_name}/${ref}/${path}`,
    _links: {
      self: url,
      git: `${ctx.api}/repos/${repo.full_name}/git/blobs/${sha}`,
      html: `https://github.com/${repo.full_name}/blob/${ref}/${path}`,
    },
    buf,
  };
}

const ONE_MB = 1024 * 1024;

function getContents(ctx: RestContext): RestAnswer {
  const repo = repoOf(ctx);
  const ref = ctx.query.get('ref') ?? repo.default_branch;
  const sha = ctx.state.resolveRef(repo, ref);
  if (!sha) throw new RestError(404, `No commit found for the ref ${ref}`);
  const tree = repo.trees.get(sha) ?? new Map<string, string>();
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const content = tree.get(path);
  if (content !== undefined) {
    const { buf, ...entry } = fileEntry(ctx, repo, path, content, ref);
    if (/\.raw/.test(ctx.headers.accept ?? '')) {
      // Text comes back as text/plain with utf-8, binary as octet-stream (Octokit then gives an ArrayBuffer).
      const binary = buf.includes(0);
      return {
        status: 200,
        body: buf,
        contentType: binary ? 'application/octet-stream' : 'text/plain; charset=utf-8',
      };
    }
    // Like GitHub: between 1 MB and 100 MB the JSON form carries no content; callers must ask for raw.
    if (buf.length > ONE_MB) return ok({ ...entry, encoding: 'none', content: '' });
    const b64 = buf.toString('base64').replace(/(.{60})/g, '$1\n');
    return ok({ ...entry, encoding: 'base64', content: `${b64}\n` });
  }
  const prefix = path ? `${path}/` : '';
  const children = new Map<string, unknown>();
  for (const [p, c] of tree) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const [head, ...more] = rest.split('/');
    if (!head) continue;
    if (more.length) {
      const dirPath = `${prefix}${head}`;
      const sha = fakeTreeSha(dirPath);
      const url = `${ctx.api}/repos/${repo.full_name}/contents/${dirPath}?ref=${encodeURIComponent(ref)}`;
      const html = `https://github.com/${repo.full_name}/tree/${ref}/${dirPath}`;
      const git = `${ctx.api}/repos/${repo.full_name}/git/trees/${sha}`;
      children.set(head, {
        type: 'dir',
        name: head,
        path: dirPath,
        size: 0,
        sha,
        url,
        html_url: html,
        git_url: git,
        download_url: null,
        _links: { self: url, git, html },
      });
    } else {
      const { buf: _buf, ...entry } = fileEntry(ctx, repo, p, c, ref);
      children.set(head, entry);
    }
  }
  if (!children.size) return notFound();
  return ok([...children.values()]);
}

const fakeTreeSha = (p: string) => createHash('sha1').update(`tree ${p}`).digest('hex');

function compare(ctx: RestContext, base: string, head: string): RestAnswer {
  const repo = repoOf(ctx);
  const baseSha = ctx.state.resolveRef(repo, base);
  const headSha = ctx.state.resolveRef(repo, head);
  if (!baseSha || !headSha) return notFound();
  const mergeBase =
    repo.mergeBases.get(`${base}...${head}`) ?? repo.mergeBases.get(`${baseSha}...${headSha}`) ?? baseSha;
  const commit = (sha: string) => commitJson(ctx.api, repo, sha, ctx.state.nowIso());
  return ok({
    url: `${ctx.api}/repos/${repo.full_name}/compare/${base}...${head}`,
    html_url: `https://github.com/${repo.full_name}/compare/${base}...${head}`,
    permalink_url: `https://github.com/${repo.full_name}/compare/${repo.owner.login}:${baseSha.slice(0, 7)}...${repo.owner.login}:${headSha.slice(0, 7)}`,
    diff_url: `https://github.com/${repo.full_name}/compare/${base}...${head}.diff`,
    patch_url: `https://github.com/${repo.full_name}/compare/${base}...${head}.patch`,
    status: headSha === baseSha ? 'identical' : 'ahead',
    ahead_by: headSha === baseSha ? 0 : 1,
    behind_by: 0,
    total_commits: headSha === baseSha ? 0 : 1,
    base_commit: commit(baseSha),
    merge_base_commit: commit(mergeBase),
    commits: headSha === baseSha ? [] : [commit(headSha)],
    files: [],
  });
}

function splitBasehead(basehead: string): [string, string] {
  const i = basehead.indexOf('...');
  if (i < 0) throw new RestError(404, 'Not Found');
  return [basehead.slice(0, i), basehead.slice(i + 3)];
}

function updateIssue(ctx: RestContext, issue: IssueRecord) {
  const b = ctx.body;
  if (typeof b.title === 'string') issue.title = b.title;
  if (typeof b.body === 'string' || b.body === null) issue.body = b.body as string | null;
  if (Array.isArray(b.labels)) {
    for (const name of [...issue.labels]) removeLabel(ctx, issue, name);
    addLabels(ctx, issue, labelNamesFrom(b.labels));
  }
  if (Array.isArray(b.assignees)) issue.assignees = b.assignees.map(String);
  if (b.milestone === null) issue.milestone = null;
  else if (b.milestone !== undefined) issue.milestone = milestoneByNumber(issue.repo, b.milestone);
  if (b.state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closed_at = ctx.state.nowIso();
    issue.state_reason = typeof b.state_reason === 'string' ? b.state_reason : 'completed';
    ctx.state.recordEvent(issue, 'closed', ctx.actor);
  } else if (b.state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
    ctx.state.recordEvent(issue, 'reopened', ctx.actor);
  } else if (typeof b.state_reason === 'string' && issue.state === 'closed') {
    issue.state_reason = b.state_reason;
  }
  touch(ctx, issue);
}

function milestoneByNumber(repo: RepoState, n: unknown) {
  const m = repo.milestones.find((x) => x.number === Number(n));
  if (!m)
    throw new RestError(422, 'Validation Failed', [
      { resource: 'Issue', field: 'milestone', code: 'invalid' },
    ]);
  return m;
}

function listIssues(ctx: RestContext): RestAnswer {
  const repo = repoOf(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const labels = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const since = ctx.query.get('since');
  const creator = ctx.query.get('creator')?.toLowerCase();
  const milestone = ctx.query.get('milestone');
  const sort = ctx.query.get('sort') ?? 'created';
  const direction = ctx.query.get('direction') ?? 'desc';
  const key = sort === 'updated' ? 'updated_at' : 'created_at';
  const list = [...repo.issues.values()]
    .filter((i) => state === 'all' || i.state === state)
    .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
    .filter((i) => !since || i.updated_at >= since)
    .filter((i) => !creator || i.user.login.toLowerCase() === creator)
    .filter(
      (i) =>
        !milestone ||
        (milestone === '*'
          ? i.milestone !== null
          : milestone === 'none'
            ? i.milestone === null
            : i.milestone?.number === Number(milestone)),
    )
    .sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1));
  if (direction === 'desc') list.reverse();
  return ok(paginate(ctx, list).map((i) => issueOut(ctx, i)));
}

function createCheckRun(ctx: RestContext): RestAnswer {
  const repo = repoOf(ctx);
  const id = ctx.state.id();
  const b = ctx.body;
  const status = typeof b.status === 'string' ? b.status : b.conclusion ? 'completed' : 'queued';
  const run: CheckRunRecord = {
    id,
    node_id: `CR_kwDO${id}`,
    name: requireString(ctx, 'name'),
    head_sha: requireString(ctx, 'head_sha'),
    status,
    conclusion: typeof b.conclusion === 'string' ? b.conclusion : null,
    started_at: typeof b.started_at === 'string' ? b.started_at : ctx.state.nowIso(),
    completed_at: status === 'completed' ? ((b.completed_at as string) ?? ctx.state.nowIso()) : null,
    external_id: typeof b.external_id === 'string' ? b.external_id : null,
    details_url: typeof b.details_url === 'string' ? b.details_url : null,
    output: { title: null, summary: null, text: null, annotations_count: 0 },
    repo,
  };
  applyOutput(run, b.output);
  repo.checkRuns.set(id, run);
  return ok(checkRunJson(ctx.api, run), 201);
}

function applyOutput(run: CheckRunRecord, output: unknown) {
  if (!output || typeof output !== 'object') return;
  const o = output as Record<string, unknown>;
  if (typeof o.summary === 'string' && o.summary.length > 65535)
    throw new RestError(422, 'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
  run.output = {
    title: typeof o.title === 'string' ? o.title : run.output.title,
    summary: typeof o.summary === 'string' ? o.summary : run.output.summary,
    text: typeof o.text === 'string' ? o.text : run.output.text,
    annotations_count:
      run.output.annotations_count + (Array.isArray(o.annotations) ? o.annotations.length : 0),
  };
}

function checkRunOf(ctx: RestContext): CheckRunRecord {
  return repoOf(ctx).checkRuns.get(Number(ctx.params.check_run_id)) ?? notFound();
}

const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);

function react(ctx: RestContext, target: { reactions: IssueRecord['reactions'] }): RestAnswer {
  const content = requireString(ctx, 'content');
  if (!REACTIONS.has(content))
    throw new RestError(422, 'Validation Failed', [{ field: 'content', code: 'invalid' }]);
  const before = target.reactions.length;
  const r = ctx.state.addReaction(target, content, ctx.actor);
  return ok(reactionJson(ctx.api, r), target.reactions.length > before ? 201 : 200);
}

function eventJson(ctx: RestContext, issue: IssueRecord, e: IssueRecord['events'][number]) {
  return {
    ...e,
    url: `${ctx.api}/repos/${issue.repo.full_name}/issues/events/${e.id}`,
    actor: userJson(ctx.api, e.actor),
    commit_id: null,
    commit_url: null,
    performed_via_github_app: null,
  };
}

function installationJson(ctx: RestContext, repo: RepoState | undefined, id: number) {
  const account = repo?.owner ?? ctx.state.user('octo-org', 'Organization');
  return {
    id,
    account: userJson(ctx.api, account),
    repository_selection: 'all',
    access_tokens_url: `${ctx.api}/app/installations/${id}/access_tokens`,
    repositories_url: `${ctx.api}/installation/repositories`,
    html_url: `https://github.com/settings/installations/${id}`,
    app_id: ctx.app.id,
    app_slug: ctx.app.slug,
    target_id: account.id,
    target_type: account.type,
    permissions: {
      issues: 'write',
      pull_requests: 'write',
      checks: 'write',
      contents: 'read',
      metadata: 'read',
    },
    events: ['issues', 'issue_comment', 'pull_request', 'check_run'],
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    single_file_name: null,
    suspended_at: null,
    suspended_by: null,
  };
}

export const restHandlers: Record<string, Handler> = {
  'GET /app': (ctx) =>
    ok({
      id: ctx.app.id,
      slug: ctx.app.slug,
      node_id: `A_kwDO${ctx.app.id}`,
      name: ctx.app.name,
      owner: userJson(ctx.api, ctx.state.user('octo-org', 'Organization')),
      description: '',
      external_url: 'https://example.com',
      html_url: `https://github.com/apps/${ctx.app.slug}`,
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      permissions: { issues: 'write', pull_requests: 'write', checks: 'write', contents: 'read' },
      events: ['issues', 'issue_comment', 'pull_request'],
      installations_count: 1,
    }),
  'GET /app/installations/{installation_id}': (ctx) =>
    ok(installationJson(ctx, ctx.state.repos.values().next().value, Number(ctx.params.installation_id))),
  'POST /app/installations/{installation_id}/access_tokens': (ctx) => {
    const id = Number(ctx.params.installation_id);
    const known = [...ctx.state.repos.values()].some((r) => r.installationId === id);
    if (!known) return notFound();
    const token = ctx.issueInstallationToken(id);
    return ok(
      {
        token,
        expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: {
          issues: 'write',
          pull_requests: 'write',
          checks: 'write',
          contents: 'read',
          metadata: 'read',
        },
        repository_selection: 'all',
      },
      201,
    );
  },
  'GET /repos/{owner}/{repo}/installation': (ctx) => {
    const repo = repoOf(ctx);
    return ok(installationJson(ctx, repo, repo.installationId));
  },
  'GET /rate_limit': () => {
    const core = { limit: 5000, remaining: 4999, reset: Math.floor(Date.now() / 1000) + 3600, used: 1 };
    return ok({ resources: { core, graphql: core, search: { ...core, limit: 30 } }, rate: core });
  },
  'GET /repos/{owner}/{repo}': (ctx) => ok(repoJson(ctx.api, repoOf(ctx))),
  'GET /repos/{owner}/{repo}/contents/{path}': getContents,
  'GET /repos/{owner}/{repo}/compare/{basehead}': (ctx) =>
    compare(ctx, ...splitBasehead(ctx.params.basehead ?? '')),
  'GET /repos/{owner}/{repo}/compare/{base}...{head}': (ctx) =>
    compare(ctx, ctx.params.base ?? '', ctx.params.head ?? ''),
  'GET /repos/{owner}/{repo}/commits/{ref}': (ctx) => {
    const repo = repoOf(ctx);
    const sha = ctx.state.resolveRef(repo, ctx.params.ref) ?? notFound();
    return ok({ ...commitJson(ctx.api, repo, sha, ctx.state.nowIso()), files: [] });
  },

  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': (ctx) => {
    const repo = repoOf(ctx);
    const issue = ctx.state.addIssue({
      repo: repo.full_name,
      title: requireString(ctx, 'title'),
      body: typeof ctx.body.body === 'string' ? ctx.body.body : null,
      user: ctx.actor,
      assignees: Array.isArray(ctx.body.assignees) ? ctx.body.assignees.map(String) : [],
    });
    if (Array.isArray(ctx.body.labels)) addLabels(ctx, issue, labelNamesFrom(ctx.body.labels));
    if (ctx.body.milestone !== undefined && ctx.body.milestone !== null)
      issue.milestone = milestoneByNumber(repo, ctx.body.milestone);
    return ok(issueOut(ctx, issue), 201);
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => ok(issueOut(ctx, issueOf(ctx))),
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const issue = issueOf(ctx);
    updateIssue(ctx, issue);
    return ok(issueOut(ctx, issue));
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const issue = issueOf(ctx);
    const since = ctx.query.get('since');
    const list = ctx.state.commentsOf(issue).filter((c) => !since || c.updated_at >= since);
    return ok(paginate(ctx, list).map((c) => commentJson(ctx.api, c, permissionFn(ctx, issue.repo))));
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const issue = issueOf(ctx);
    const body = requireString(ctx, 'body');
    if (body.length > 65536)
      throw new RestError(422, 'Validation Failed', [
        { field: 'body', code: 'custom', message: 'Body is too long (maximum is 65536 characters)' },
      ]);
    const c = ctx.state.addComment(issue.number, body, { user: ctx.actor, repo: issue.repo.full_name });
    touch(ctx, issue);
    return ok(commentJson(ctx.api, c, permissionFn(ctx, issue.repo)), 201);
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx);
    return ok(commentJson(ctx.api, commentOf(ctx, repo), permissionFn(ctx, repo)));
  },
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const repo = repoOf(ctx);
    const c = commentOf(ctx, repo);
    c.body = requireString(ctx, 'body');
    c.updated_at = ctx.state.nowIso();
    return ok(commentJson(ctx.api, c, permissionFn(ctx, repo)));
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const c = commentOf(ctx);
    ctx.state.comments.delete(c.id);
    return { status: 204 };
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) =>
    ok(paginate(ctx, issueOf(ctx).reactions).map((r) => reactionJson(ctx.api, r))),
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions': (ctx) => react(ctx, issueOf(ctx)),
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) =>
    ok(paginate(ctx, commentOf(ctx).reactions).map((r) => reactionJson(ctx.api, r))),
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions': (ctx) => react(ctx, commentOf(ctx)),

  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = issueOf(ctx);
    return ok(paginate(ctx, labelsOut(ctx, issue)));
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = issueOf(ctx);
    addLabels(ctx, issue, labelNamesFrom(ctx.rawBody));
    touch(ctx, issue);
    return ok(labelsOut(ctx, issue));
  },
  'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = issueOf(ctx);
    for (const name of [...issue.labels]) removeLabel(ctx, issue, name);
    addLabels(ctx, issue, labelNamesFrom(ctx.rawBody));
    touch(ctx, issue);
    return ok(labelsOut(ctx, issue));
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels': (ctx) => {
    const issue = issueOf(ctx);
    for (const name of [...issue.labels]) removeLabel(ctx, issue, name);
    touch(ctx, issue);
    return { status: 204 };
  },
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}': (ctx) => {
    const issue = issueOf(ctx);
    if (!removeLabel(ctx, issue, ctx.params.name ?? '')) throw new RestError(404, 'Label does not exist');
    touch(ctx, issue);
    return ok(labelsOut(ctx, issue));
  },
  'GET /repos/{owner}/{repo}/milestones': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const list = repo.milestones.filter((m) => state === 'all' || m.state === state);
    return ok(paginate(ctx, list).map((m) => milestoneJson(ctx.api, repo, m)));
  },
  'GET /repos/{owner}/{repo}/milestones/{milestone_number}': (ctx) => {
    const repo = repoOf(ctx);
    const m = repo.milestones.find((x) => x.number === Number(ctx.params.milestone_number)) ?? notFound();
    return ok(milestoneJson(ctx.api, repo, m));
  },
  'GET /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoOf(ctx);
    return ok(paginate(ctx, [...repo.labels.values()]).map((l) => labelJson(ctx.api, repo, l)));
  },
  'POST /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoOf(ctx);
    const name = requireString(ctx, 'name');
    if (repo.labels.has(name.toLowerCase()))
      throw new RestError(422, 'Validation Failed', [
        { resource: 'Label', code: 'already_exists', field: 'name' },
      ]);
    const color = typeof ctx.body.color === 'string' ? ctx.body.color.replace(/^#/, '') : 'ededed';
    const description = typeof ctx.body.description === 'string' ? ctx.body.description : null;
    return ok(labelJson(ctx.api, repo, ctx.state.ensureLabel(repo, name, color, description)), 201);
  },
  'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoOf(ctx);
    const label = repo.labels.get((ctx.params.name ?? '').toLowerCase()) ?? notFound();
    return ok(labelJson(ctx.api, repo, label));
  },
  'PATCH /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoOf(ctx);
    const label = repo.labels.get((ctx.params.name ?? '').toLowerCase()) ?? notFound();
    if (typeof ctx.body.color === 'string') label.color = ctx.body.color.replace(/^#/, '');
    if (typeof ctx.body.description === 'string') label.description = ctx.body.description;
    return ok(labelJson(ctx.api, repo, label));
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/events': (ctx) => {
    const issue = issueOf(ctx);
    return ok(paginate(ctx, issue.events).map((e) => eventJson(ctx, issue, e)));
  },
  'GET /repos/{owner}/{repo}/issues/{issue_number}/timeline': (ctx) => {
    const issue = issueOf(ctx);
    const comments = ctx.state.commentsOf(issue).map((c) => ({
      event: 'commented',
      ...commentJson(ctx.api, c, permissionFn(ctx, issue.repo)),
      actor: userJson(ctx.api, c.user),
    }));
    const events = issue.events.map((e) => eventJson(ctx, issue, e));
    const all = [...events, ...comments].sort((a, b) =>
      a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0,
    );
    return ok(paginate(ctx, all));
  },
  'GET /search/issues': (ctx) => {
    const q = ctx.query.get('q');
    if (!q)
      throw new RestError(422, 'Validation Failed', [{ resource: 'Search', field: 'q', code: 'missing' }]);
    const all = searchIssues(ctx.state, q);
    // GitHub's search API stops at 1000 results.
    const items = paginate(ctx, all.slice(0, 1000));
    return ok({
      total_count: all.length,
      incomplete_results: false,
      items: items.map((i) => ({ ...issueOut(ctx, i), score: 1 })),
    });
  },

  'GET /repos/{owner}/{repo}/pulls': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const list = [...repo.issues.values()]
      .filter((i) => i.pull && (state === 'all' || i.state === state))
      .reverse();
    return ok(
      paginate(ctx, list).map((i) => pullJson(ctx.api, i, permissionFn(ctx, repo), commentCount(ctx, i))),
    );
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
    const issue = issueOf(ctx);
    if (!issue.pull) return notFound();
    return ok(pullJson(ctx.api, issue, permissionFn(ctx, issue.repo), commentCount(ctx, issue)));
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (ctx) => {
    const issue = issueOf(ctx);
    if (!issue.pull) return notFound();
    return ok(paginate(ctx, issue.pull.files).map((f) => ({ sha: fakeTreeSha(f.filename), ...f })));
  },

  'POST /repos/{owner}/{repo}/check-runs': createCheckRun,
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => ok(checkRunJson(ctx.api, checkRunOf(ctx))),
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => {
    const run = checkRunOf(ctx);
    const b = ctx.body;
    if (typeof b.name === 'string') run.name = b.name;
    if (typeof b.details_url === 'string') run.details_url = b.details_url;
    if (typeof b.external_id === 'string') run.external_id = b.external_id;
    if (typeof b.status === 'string') run.status = b.status;
    if (typeof b.conclusion === 'string') {
      run.conclusion = b.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed' && !run.completed_at)
      run.completed_at = typeof b.completed_at === 'string' ? b.completed_at : ctx.state.nowIso();
    applyOutput(run, b.output);
    return ok(checkRunJson(ctx.api, run));
  },
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': (ctx) => {
    const repo = repoOf(ctx);
    const sha = ctx.state.resolveRef(repo, ctx.params.ref) ?? ctx.params.ref;
    const name = ctx.query.get('check_name');
    const status = ctx.query.get('status');
    const runs = [...repo.checkRuns.values()]
      .filter((r) => r.head_sha === sha && (!name || r.name === name) && (!status || r.status === status))
      .reverse();
    return ok({
      total_count: runs.length,
      check_runs: paginate(ctx, runs).map((r) => checkRunJson(ctx.api, r)),
    });
  },

  'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (ctx) => {
    const repo = repoOf(ctx);
    const login = ctx.params.username ?? '';
    const level = ctx.state.permissionOf(repo, login);
    // GitHub answers 404 for a user it does not know at all; a known outsider gets "none".
    if (!ctx.state.users.has(login.toLowerCase())) return notFound();
    const legacy = level === 'maintain' ? 'write' : level === 'triage' ? 'read' : level;
    return ok({
      permission: legacy,
      role_name: level,
      user: {
        ...userJson(ctx.api, ctx.state.user(login)),
        permissions: {
          admin: level === 'admin',
          maintain: level === 'admin' || level === 'maintain',
          push: ['admin', 'maintain', 'write'].includes(level),
          triage: level !== 'read' && level !== 'none',
          pull: level !== 'none',
        },
        role_name: level,
      },
    });
  },
  'GET /repos/{owner}/{repo}/collaborators/{username}': (ctx) => {
    const repo = repoOf(ctx);
    const level = ctx.state.permissionOf(repo, ctx.params.username ?? '');
    return level === 'none' ? { status: 404 } : { status: 204 };
  },
  'GET /users/{username}': (ctx) => {
    const u = ctx.state.users.get((ctx.params.username ?? '').toLowerCase()) ?? notFound();
    return ok(userJson(ctx.api, u));
  },
  'GET /user': (ctx) => ok(userJson(ctx.api, ctx.state.user(ctx.actor))),
};

export const newToken = (prefix: string) => `${prefix}_${randomBytes(18).toString('base64url')}`;
