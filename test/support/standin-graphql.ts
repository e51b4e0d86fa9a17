import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  buildClientSchema,
  executeSync,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getOperationAST,
  type IntrospectionQuery,
  Kind,
  parse,
  validate,
} from 'graphql';
import { searchIssues } from './standin-search.js';
import type {
  CommentRecord,
  GitHubState,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  ProjectFieldRecord,
  ProjectItemRecord,
  ProjectRecord,
  RepoState,
  UserRecord,
} from './standin-state.js';

/**
 * GraphQL for the stand-in: every document is parsed and validated against GitHub's published schema
 * (@octokit/graphql-schema), then executed with graphql-js over the in-memory state. Resolvers are
 * plain objects whose function properties graphql-js calls with (args); unions and interfaces resolve
 * through `__typename`. Fields our code does not read are left out: a query that asks for one gets
 * null (or a GraphQL error when the field is non-null) and an `unimplemented` violation naming it.
 */

/** The package's folder; its exports map hides schema.json from require.resolve. */
function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`stand-in: cannot find ${name}; run npm ci`);
}

let cachedSchema: { schema: GraphQLSchema; loadMs: number } | undefined;

/** GitHub's schema, built once per process (it is large: ~1.2 MB of SDL). */
export function githubSchema(): GraphQLSchema {
  if (!cachedSchema) {
    const started = performance.now();
    const dir = packageDir('@octokit/graphql-schema');
    // The JSON introspection builds faster than the SDL, and the SDL repeats a few fields.
    const introspection = JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as IntrospectionQuery;
    cachedSchema = { schema: buildClientSchema(introspection), loadMs: 0 };
    cachedSchema.loadMs = performance.now() - started;
  }
  return cachedSchema.schema;
}

/** Milliseconds spent reading and building GitHub's GraphQL schema in this process. */
export const graphqlSchemaLoadMs = () => {
  githubSchema();
  return cachedSchema?.loadMs ?? 0;
};

export interface GraphQLOutcome {
  result: { data?: unknown; errors?: unknown[] };
  /** Set when the document is not valid against GitHub's schema. */
  invalid?: string;
  operation?: string;
  rootFields?: string[];
  /** Fields GitHub has but the stand-in does not model; they were answered null. */
  unmodelled?: string[];
}

interface Ctx {
  state: GitHubState;
  actor: string;
  canWrite: boolean;
  /** `Type.field` names a query asked for that the stand-in does not model (answered null). */
  unmodelled: Set<string>;
}

/**
 * graphql-js's default resolver, plus a note of every field the views leave out: GitHub would answer
 * it, so a silent null here could hide a real difference. Views set deliberate nulls explicitly.
 */
const fieldResolver: GraphQLFieldResolver<unknown, Ctx, Args> = (source, args, ctx, info) => {
  if (source === null || typeof source !== 'object') return undefined;
  const value = (source as Record<string, unknown>)[info.fieldName];
  if (value === undefined) {
    ctx.unmodelled.add(`${info.parentType.name}.${info.fieldName}`);
    return null;
  }
  return typeof value === 'function' ? value(args, ctx, info) : value;
};

type Args = Record<string, unknown>;
type View = Record<string, unknown>;

/** An error GitHub reports with a `type` (NOT_FOUND, FORBIDDEN, ...). */
class GitHubGraphQLError extends GraphQLError {
  constructor(
    message: string,
    readonly githubType: string,
  ) {
    super(message);
  }
}

const WEB = 'https://github.com';
const encodeCursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
const decodeCursor = (c: unknown): number => {
  if (typeof c !== 'string') return -1;
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) throw new GraphQLError(`\`${c}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
};

/** A Relay connection with GitHub's rules: `first` or `last` is required and at most 100. */
function connection<T>(name: string, all: T[], args: Args, view: (t: T) => unknown): View {
  const first = args.first as number | undefined;
  const last = args.last as number | undefined;
  if (first === undefined && last === undefined)
    throw new GraphQLError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
  for (const [k, v] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (v !== undefined && (v > 100 || v < 0))
      throw new GraphQLError(
        `Requesting ${v} records on the \`${name}\` connection exceeds the \`${k}\` limit of 100 records.`,
      );
  }
  let start = args.after !== undefined && args.after !== null ? decodeCursor(args.after) + 1 : 0;
  let end = args.before !== undefined && args.before !== null ? decodeCursor(args.before) : all.length;
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  const slice = all.slice(start, end);
  const edges = slice.map((t, i) => ({ cursor: encodeCursor(start + i), node: view(t) }));
  return {
    nodes: edges.map((e) => e.node),
    edges,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? encodeCursor(start) : null,
      endCursor: edges.length ? encodeCursor(end - 1) : null,
    },
  };
}

const notFound = (message: string): never => {
  throw new GitHubGraphQLError(message, 'NOT_FOUND');
};

function requireWrite(ctx: Ctx) {
  if (!ctx.canWrite) throw new GitHubGraphQLError('Resource not accessible by integration', 'FORBIDDEN');
}

function actorView(u: UserRecord): View {
  return {
    __typename: u.type === 'Bot' ? 'Bot' : u.type === 'Organization' ? 'Organization' : 'User',
    id: u.node_id,
    databaseId: u.id,
    login: u.type === 'Bot' ? u.login.replace(/\[bot\]$/, '') : u.login,
    url: `${WEB}/${u.login}`,
    resourcePath: `/${u.login}`,
    avatarUrl: () => `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
  };
}

function labelView(ctx: Ctx, repo: RepoState, l: LabelRecord): View {
  return {
    __typename: 'Label',
    id: l.node_id,
    name: l.name,
    color: l.color,
    description: l.description,
    isDefault: l.default,
    url: `${WEB}/${repo.full_name}/labels/${encodeURIComponent(l.name)}`,
    resourcePath: `/${repo.full_name}/labels/${encodeURIComponent(l.name)}`,
    repository: () => repoView(ctx, repo),
  };
}

function association(ctx: Ctx, repo: RepoState, user: UserRecord): string {
  if (user === repo.owner) return 'OWNER';
  const level = ctx.state.permissionOf(repo, user.login);
  return level === 'admin' || level === 'maintain' || level === 'write' ? 'COLLABORATOR' : 'NONE';
}

function commentView(ctx: Ctx, c: CommentRecord): View {
  return {
    __typename: 'IssueComment',
    id: c.node_id,
    databaseId: c.id,
    fullDatabaseId: String(c.id),
    body: c.body,
    bodyText: c.body,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    publishedAt: c.created_at,
    lastEditedAt: c.updated_at === c.created_at ? null : c.updated_at,
    author: actorView(c.user),
    authorAssociation: association(ctx, c.repo, c.user),
    url: `${WEB}/${c.repo.full_name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    resourcePath: `/${c.repo.full_name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    isMinimized: false,
    minimizedReason: null,
    viewerDidAuthor: c.user.login === ctx.actor,
    viewerCanUpdate: ctx.canWrite,
    viewerCanDelete: ctx.canWrite,
    issue: () => issueView(ctx, ctx.state.issue(c.issueNumber, c.repo.full_name)),
    repository: () => repoView(ctx, c.repo),
  };
}

const STATE_REASON: Record<string, string> = {
  completed: 'COMPLETED',
  not_planned: 'NOT_PLANNED',
  reopened: 'REOPENED',
  duplicate: 'DUPLICATE',
};

function projectItemsOf(ctx: Ctx, issue: IssueRecord): { project: ProjectRecord; item: ProjectItemRecord }[] {
  const out: { project: ProjectRecord; item: ProjectItemRecord }[] = [];
  for (const project of ctx.state.projects)
    for (const item of project.items) if (item.content === issue) out.push({ project, item });
  return out;
}

function issueView(ctx: Ctx, i: IssueRecord): View {
  const path = `/${i.repo.full_name}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
  const base: View = {
    __typename: i.pull ? 'PullRequest' : 'Issue',
    id: i.pull ? i.pull.node_id : i.node_id,
    databaseId: i.pull ? i.pull.id : i.id,
    fullDatabaseId: String(i.pull ? i.pull.id : i.id),
    number: i.number,
    title: i.title,
    titleHTML: i.title,
    body: i.body ?? '',
    bodyText: i.body ?? '',
    state: i.pull?.merged ? 'MERGED' : i.state.toUpperCase(),
    stateReason: () => (i.state_reason ? (STATE_REASON[i.state_reason] ?? null) : null),
    closed: i.state === 'closed',
    locked: i.locked,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    closedAt: i.closed_at,
    publishedAt: i.created_at,
    url: `${WEB}${path}`,
    resourcePath: path,
    author: actorView(i.user),
    authorAssociation: association(ctx, i.repo, i.user),
    milestone: i.milestone ? milestoneView(ctx, i.repo, i.milestone) : null,
    viewerDidAuthor: i.user.login === ctx.actor,
    viewerCanUpdate: ctx.canWrite,
    repository: () => repoView(ctx, i.repo),
    labels: (args: Args) =>
      connection(
        'labels',
        i.labels.map((n) => ctx.state.ensureLabel(i.repo, n)),
        args,
        (l) => labelView(ctx, i.repo, l),
      ),
    comments: (args: Args) =>
      connection('comments', ctx.state.commentsOf(i), args, (c) => commentView(ctx, c)),
    assignees: (args: Args) =>
      connection(
        'assignees',
        i.assignees.map((login) => ctx.state.user(login)),
        args,
        actorView,
      ),
    projectItems: (args: Args) =>
      connection(
        'projectItems',
        projectItemsOf(ctx, i).filter(({ item }) => args.includeArchived !== false || !item.archived),
        args,
        ({ project, item }) => itemView(ctx, project, item),
      ),
  };
  if (i.pull) {
    const p = i.pull;
    Object.assign(base, {
      headRefName: p.headRef,
      headRefOid: p.headSha,
      baseRefName: p.baseRef,
      baseRefOid: p.baseSha,
      isDraft: p.draft,
      merged: p.merged,
      mergedAt: p.merged ? i.updated_at : null,
      changedFiles: p.files.length,
      additions: p.files.reduce((s, f) => s + f.additions, 0),
      deletions: p.files.reduce((s, f) => s + f.deletions, 0),
    });
  }
  return base;
}

function milestoneView(ctx: Ctx, r: RepoState, m: MilestoneRecord): View {
  return {
    __typename: 'Milestone',
    id: m.node_id,
    number: m.number,
    title: m.title,
    description: m.description,
    state: m.state.toUpperCase(),
    dueOn: m.due_on,
    closed: m.state === 'closed',
    closedAt: m.closed_at,
    createdAt: m.created_at,
    updatedAt: m.created_at,
    url: `${WEB}/${r.full_name}/milestone/${m.number}`,
    resourcePath: `/${r.full_name}/milestone/${m.number}`,
    progressPercentage: 0,
    repository: () => repoView(ctx, r),
    issues: (args: Args) =>
      connection(
        'issues',
        [...r.issues.values()].filter((i) => i.milestone === m && !i.pull),
        args,
        (i) => issueView(ctx, i),
      ),
  };
}

function repoView(ctx: Ctx, r: RepoState): View {
  const issueByNumber = (n: unknown, wantPull: boolean | undefined) => {
    const issue = r.issues.get(Number(n));
    if (!issue || (wantPull === true && !issue.pull) || (wantPull === false && issue.pull)) {
      return notFound(
        `Could not resolve to ${wantPull ? 'a PullRequest' : wantPull === false ? 'an Issue' : 'an issue or pull request'} with the number of ${n}.`,
      );
    }
    return issueView(ctx, issue);
  };
  return {
    __typename: 'Repository',
    id: r.node_id,
    databaseId: r.id,
    name: r.name,
    nameWithOwner: r.full_name,
    owner: ownerView(ctx, r.owner),
    url: `${WEB}/${r.full_name}`,
    resourcePath: `/${r.full_name}`,
    isPrivate: r.private,
    isArchived: false,
    visibility: r.private ? 'PRIVATE' : 'PUBLIC',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    defaultBranchRef: { id: `REF_${r.id}`, name: r.default_branch, prefix: 'refs/heads/' },
    issue: (args: Args) => issueByNumber(args.number, false),
    pullRequest: (args: Args) => issueByNumber(args.number, true),
    issueOrPullRequest: (args: Args) => issueByNumber(args.number, undefined),
    label: (args: Args) => {
      const l = r.labels.get(String(args.name).toLowerCase());
      return l ? labelView(ctx, r, l) : null;
    },
    labels: (args: Args) => connection('labels', [...r.labels.values()], args, (l) => labelView(ctx, r, l)),
    milestone: (args: Args) => {
      const m = r.milestones.find((x) => x.number === args.number);
      return m ? milestoneView(ctx, r, m) : null;
    },
    milestones: (args: Args) => {
      const states = args.states as string[] | undefined;
      const order = args.orderBy as { field?: string; direction?: string } | undefined;
      let list = r.milestones.filter((m) => !states || states.includes(m.state.toUpperCase()));
      if (order?.field === 'DUE_DATE') {
        // Undated milestones come last in either direction, as on GitHub; ties keep creation order.
        const desc = order.direction === 'DESC';
        list = [...list].sort((a, b) => {
          if (a.due_on === b.due_on) return a.number - b.number;
          if (!a.due_on) return 1;
          if (!b.due_on) return -1;
          return desc ? b.due_on.localeCompare(a.due_on) : a.due_on.localeCompare(b.due_on);
        });
      } else if (order?.direction === 'DESC') list = [...list].reverse();
      return connection('milestones', list, args, (m) => milestoneView(ctx, r, m));
    },
    issues: (args: Args) =>
      connection('issues', filterIssues(r, args, false), args, (i) => issueView(ctx, i)),
    pullRequests: (args: Args) =>
      connection('pullRequests', filterIssues(r, args, true), args, (i) => issueView(ctx, i)),
    projectsV2: (args: Args) =>
      connection(
        'projectsV2',
        ctx.state.projects.filter((p) => p.owner === r.owner),
        args,
        (p) => projectView(ctx, p),
      ),
  };
}

function filterIssues(r: RepoState, args: Args, pulls: boolean): IssueRecord[] {
  const filterBy = (args.filterBy ?? {}) as Args;
  const states = (args.states ?? filterBy.states) as string[] | undefined;
  const labels = ((args.labels ?? filterBy.labels) as string[] | undefined)?.map((l) => l.toLowerCase());
  const since = filterBy.since as string | undefined;
  const createdBy = (filterBy.createdBy as string | undefined)?.toLowerCase();
  const orderBy = args.orderBy as { field?: string; direction?: string } | undefined;
  const key = orderBy?.field === 'UPDATED_AT' ? 'updated_at' : 'created_at';
  const list = [...r.issues.values()]
    .filter((i) => Boolean(i.pull) === pulls)
    .filter((i) => !states || states.includes(i.pull?.merged ? 'MERGED' : i.state.toUpperCase()))
    // The labels argument matches issues carrying any of the given labels, like GitHub's.
    .filter((i) => !labels || i.labels.some((l) => labels.includes(l.toLowerCase())))
    .filter((i) => !since || i.updated_at >= since)
    .filter((i) => !createdBy || i.user.login.toLowerCase() === createdBy)
    .sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1));
  if (orderBy?.direction === 'DESC') list.reverse();
  return list;
}

function ownerView(ctx: Ctx, u: UserRecord): View {
  const isOrg = u.type === 'Organization' || ctx.state.organizations.has(u.login);
  return {
    ...actorView(u),
    __typename: isOrg ? 'Organization' : 'User',
    name: u.login,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    projectV2: (args: Args) => {
      const p = ctx.state.projects.find((x) => x.owner === u && x.number === args.number);
      return p
        ? projectView(ctx, p)
        : notFound(`Could not resolve to a ProjectV2 with the number ${args.number}.`);
    },
    projectsV2: (args: Args) =>
      connection(
        'projectsV2',
        ctx.state.projects.filter((p) => p.owner === u),
        args,
        (p) => projectView(ctx, p),
      ),
    repository: (args: Args) => {
      const r = ctx.state.findRepo(u.login, String(args.name));
      return r
        ? repoView(ctx, r)
        : notFound(`Could not resolve to a Repository with the name '${u.login}/${args.name}'.`);
    },
  };
}

function projectView(ctx: Ctx, p: ProjectRecord): View {
  const path = `/${p.ownerType === 'Organization' ? 'orgs' : 'users'}/${p.owner.login}/projects/${p.number}`;
  return {
    __typename: 'ProjectV2',
    id: p.id,
    databaseId: p.databaseId,
    fullDatabaseId: String(p.databaseId),
    number: p.number,
    title: p.title,
    shortDescription: null,
    readme: null,
    closed: p.closed,
    closedAt: null,
    public: false,
    template: false,
    createdAt: p.created_at,
    updatedAt: p.created_at,
    url: `${WEB}${path}`,
    resourcePath: path,
    viewerCanUpdate: ctx.canWrite,
    owner: () => ownerView(ctx, p.owner),
    field: (args: Args) => {
      const f = p.fields.find((x) => x.name === args.name);
      return f ? fieldView(ctx, p, f) : null;
    },
    fields: (args: Args) => connection('fields', p.fields, args, (f) => fieldView(ctx, p, f)),
    items: (args: Args) => connection('items', p.items, args, (item) => itemView(ctx, p, item)),
  };
}

const optionView = (o: { id: string; name: string }) => ({
  id: o.id,
  name: o.name,
  nameHTML: o.name,
  color: 'GRAY',
  description: '',
  descriptionHTML: '',
});

const iterationView = (it: { id: string; title: string; startDate: string; duration: number }) => ({
  ...it,
  titleHTML: it.title,
});

function fieldView(ctx: Ctx, p: ProjectRecord, f: ProjectFieldRecord): View {
  const common = {
    id: f.id,
    databaseId: f.databaseId,
    name: f.name,
    dataType: f.dataType,
    createdAt: p.created_at,
    updatedAt: p.created_at,
    project: () => projectView(ctx, p),
  };
  if (f.dataType === 'SINGLE_SELECT') {
    return {
      ...common,
      __typename: 'ProjectV2SingleSelectField',
      options: (args: Args) => {
        const names = (args.names as string[] | undefined)?.map((n) => n.toLowerCase());
        return f.options.filter((o) => !names || names.includes(o.name.toLowerCase())).map(optionView);
      },
    };
  }
  if (f.dataType === 'ITERATION') {
    return {
      ...common,
      __typename: 'ProjectV2IterationField',
      configuration: {
        iterations: f.iterations.map(iterationView),
        completedIterations: f.completedIterations.map(iterationView),
        duration: f.iterations[0]?.duration ?? f.completedIterations[0]?.duration ?? 14,
        startDay: 1,
      },
    };
  }
  return { ...common, __typename: 'ProjectV2Field' };
}

function fieldValueView(
  ctx: Ctx,
  p: ProjectRecord,
  item: ProjectItemRecord,
  f: ProjectFieldRecord,
): View | null {
  const v = item.values.get(f.id);
  const common = {
    id: `PVTFV_lADO${item.databaseId}_${f.databaseId}`,
    databaseId: item.databaseId * 1000 + f.databaseId,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    creator: null,
    field: () => fieldView(ctx, p, f),
    item: () => itemView(ctx, p, item),
  };
  if (f.dataType === 'TITLE')
    return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: item.content.title };
  if (!v) return null;
  if ('optionId' in v) {
    const o = f.options.find((x) => x.id === v.optionId);
    return {
      ...common,
      __typename: 'ProjectV2ItemFieldSingleSelectValue',
      optionId: v.optionId,
      name: o?.name ?? null,
      nameHTML: o?.name ?? null,
      color: 'GRAY',
      description: '',
      descriptionHTML: '',
    };
  }
  if ('iterationId' in v) {
    const it = [...f.iterations, ...f.completedIterations].find((x) => x.id === v.iterationId);
    if (!it) return null;
    return {
      ...common,
      __typename: 'ProjectV2ItemFieldIterationValue',
      iterationId: it.id,
      title: it.title,
      titleHTML: it.title,
      startDate: it.startDate,
      duration: it.duration,
    };
  }
  if ('text' in v) return { ...common, __typename: 'ProjectV2ItemFieldTextValue', text: v.text };
  if ('number' in v) return { ...common, __typename: 'ProjectV2ItemFieldNumberValue', number: v.number };
  return { ...common, __typename: 'ProjectV2ItemFieldDateValue', date: v.date };
}

function itemView(ctx: Ctx, p: ProjectRecord, item: ProjectItemRecord): View {
  return {
    __typename: 'ProjectV2Item',
    id: item.id,
    databaseId: item.databaseId,
    fullDatabaseId: String(item.databaseId),
    type: item.content.pull ? 'PULL_REQUEST' : 'ISSUE',
    isArchived: item.archived,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    creator: null,
    content: () => issueView(ctx, item.content),
    project: () => projectView(ctx, p),
    fieldValueByName: (args: Args) => {
      const f = p.fields.find((x) => x.name === args.name);
      return f ? fieldValueView(ctx, p, item, f) : null;
    },
    fieldValues: (args: Args) =>
      connection(
        'fieldValues',
        p.fields.map((f) => fieldValueView(ctx, p, item, f)).filter((v) => v !== null),
        args,
        (v) => v,
      ),
  };
}

/** Resolves a global node id to its view, as `node(id:)` does. */
function nodeView(ctx: Ctx, id: string): View | null {
  const target = ctx.state.nodes.get(id);
  if (!target) return null;
  const project = ctx.state.projects.find((p) => p === target);
  if (project) return projectView(ctx, project);
  for (const p of ctx.state.projects) {
    const item = p.items.find((i) => i === target);
    if (item) return itemView(ctx, p, item);
    const field = p.fields.find((f) => f === target);
    if (field) return fieldView(ctx, p, field);
  }
  for (const r of ctx.state.repos.values()) {
    if (r === target) return repoView(ctx, r);
    for (const i of r.issues.values()) if (i === target) return issueView(ctx, i);
    for (const l of r.labels.values()) if (l === target) return labelView(ctx, r, l);
  }
  for (const c of ctx.state.comments.values()) if (c === target) return commentView(ctx, c);
  for (const u of ctx.state.users.values()) if (u === target) return ownerView(ctx, u);
  return null;
}

function projectById(ctx: Ctx, id: unknown): ProjectRecord {
  const p = ctx.state.projects.find((x) => x.id === id);
  return p ?? notFound(`Could not resolve to a node with the global id of '${String(id)}'`);
}

function itemById(p: ProjectRecord, id: unknown): ProjectItemRecord {
  return (
    p.items.find((i) => i.id === id) ??
    notFound(`Could not resolve to a node with the global id of '${String(id)}'`)
  );
}

function issueByNodeId(ctx: Ctx, id: unknown): IssueRecord {
  for (const r of ctx.state.repos.values())
    for (const i of r.issues.values()) if (i.node_id === id || i.pull?.node_id === id) return i;
  return notFound(`Could not resolve to a node with the global id of '${String(id)}'`);
}

function mutations(ctx: Ctx): View {
  const input = (args: Args) => (args.input ?? {}) as Args;
  return {
    addProjectV2ItemById: (args: Args) => {
      requireWrite(ctx);
      const { projectId, contentId, clientMutationId } = input(args);
      const p = projectById(ctx, projectId);
      const item = ctx.state.addProjectItem(p, issueByNodeId(ctx, contentId));
      return { clientMutationId: clientMutationId ?? null, item: itemView(ctx, p, item) };
    },
    updateProjectV2ItemFieldValue: (args: Args) => {
      requireWrite(ctx);
      const { projectId, itemId, fieldId, value, clientMutationId } = input(args);
      const p = projectById(ctx, projectId);
      const item = itemById(p, itemId);
      const f =
        p.fields.find((x) => x.id === fieldId) ??
        notFound(`Could not resolve to a node with the global id of '${String(fieldId)}'`);
      const v = (value ?? {}) as Args;
      if (f.dataType === 'SINGLE_SELECT') {
        const optionId = v.singleSelectOptionId;
        if (!f.options.some((o) => o.id === optionId))
          throw new GraphQLError(`The single select option Id does not belong to the field`);
        item.values.set(f.id, { optionId: String(optionId) });
      } else if (f.dataType === 'ITERATION') {
        if (![...f.iterations, ...f.completedIterations].some((i) => i.id === v.iterationId))
          throw new GraphQLError('The iteration Id does not belong to the field');
        item.values.set(f.id, { iterationId: String(v.iterationId) });
      } else if (f.dataType === 'NUMBER' && typeof v.number === 'number')
        item.values.set(f.id, { number: v.number });
      else if (f.dataType === 'DATE' && typeof v.date === 'string') item.values.set(f.id, { date: v.date });
      else if (f.dataType === 'TEXT' && typeof v.text === 'string') item.values.set(f.id, { text: v.text });
      else throw new GraphQLError(`The value does not match the field type ${f.dataType}`);
      item.updated_at = ctx.state.nowIso();
      return { clientMutationId: clientMutationId ?? null, projectV2Item: itemView(ctx, p, item) };
    },
    clearProjectV2ItemFieldValue: (args: Args) => {
      requireWrite(ctx);
      const { projectId, itemId, fieldId, clientMutationId } = input(args);
      const p = projectById(ctx, projectId);
      const item = itemById(p, itemId);
      item.values.delete(String(fieldId));
      return { clientMutationId: clientMutationId ?? null, projectV2Item: itemView(ctx, p, item) };
    },
    deleteProjectV2Item: (args: Args) => {
      requireWrite(ctx);
      const { projectId, itemId, clientMutationId } = input(args);
      const p = projectById(ctx, projectId);
      const item = itemById(p, itemId);
      p.items.splice(p.items.indexOf(item), 1);
      ctx.state.nodes.delete(item.id);
      return { clientMutationId: clientMutationId ?? null, deletedItemId: item.id };
    },
    addComment: (args: Args) => {
      requireWrite(ctx);
      const { subjectId, body, clientMutationId } = input(args);
      const issue = issueByNodeId(ctx, subjectId);
      const c = ctx.state.addComment(issue.number, String(body), {
        user: ctx.actor,
        repo: issue.repo.full_name,
      });
      const node = commentView(ctx, c);
      return {
        clientMutationId: clientMutationId ?? null,
        commentEdge: { cursor: encodeCursor(0), node },
        subject: issueView(ctx, issue),
        timelineEdge: { cursor: encodeCursor(0), node },
      };
    },
    closeIssue: (args: Args) => {
      requireWrite(ctx);
      const { issueId, stateReason, clientMutationId } = input(args);
      const issue = issueByNodeId(ctx, issueId);
      if (issue.state !== 'closed') {
        issue.state = 'closed';
        issue.closed_at = ctx.state.nowIso();
        issue.state_reason = typeof stateReason === 'string' ? stateReason.toLowerCase() : 'completed';
        issue.updated_at = issue.closed_at;
        ctx.state.recordEvent(issue, 'closed', ctx.actor);
      }
      return { clientMutationId: clientMutationId ?? null, issue: issueView(ctx, issue) };
    },
    reopenIssue: (args: Args) => {
      requireWrite(ctx);
      const { issueId, clientMutationId } = input(args);
      const issue = issueByNodeId(ctx, issueId);
      if (issue.state !== 'open') {
        issue.state = 'open';
        issue.closed_at = null;
        issue.state_reason = 'reopened';
        issue.updated_at = ctx.state.nowIso();
        ctx.state.recordEvent(issue, 'reopened', ctx.actor);
      }
      return { clientMutationId: clientMutationId ?? null, issue: issueView(ctx, issue) };
    },
    addLabelsToLabelable: (args: Args) => {
      requireWrite(ctx);
      const { labelableId, labelIds, clientMutationId } = input(args);
      const issue = issueByNodeId(ctx, labelableId);
      for (const id of (labelIds as string[]) ?? []) {
        const l = [...issue.repo.labels.values()].find((x) => x.node_id === id);
        if (!l) return notFound(`Could not resolve to a node with the global id of '${id}'`);
        if (!issue.labels.includes(l.name)) {
          issue.labels.push(l.name);
          ctx.state.recordEvent(issue, 'labeled', ctx.actor, l);
        }
      }
      issue.updated_at = ctx.state.nowIso();
      return { clientMutationId: clientMutationId ?? null, labelable: issueView(ctx, issue) };
    },
    removeLabelsFromLabelable: (args: Args) => {
      requireWrite(ctx);
      const { labelableId, labelIds, clientMutationId } = input(args);
      const issue = issueByNodeId(ctx, labelableId);
      for (const id of (labelIds as string[]) ?? []) {
        const l = [...issue.repo.labels.values()].find((x) => x.node_id === id);
        if (l && issue.labels.includes(l.name)) {
          issue.labels = issue.labels.filter((n) => n !== l.name);
          ctx.state.recordEvent(issue, 'unlabeled', ctx.actor, l);
        }
      }
      issue.updated_at = ctx.state.nowIso();
      return { clientMutationId: clientMutationId ?? null, labelable: issueView(ctx, issue) };
    },
    createIssue: (args: Args) => {
      requireWrite(ctx);
      const { repositoryId, title, body, labelIds, clientMutationId } = input(args);
      const repo = [...ctx.state.repos.values()].find((r) => r.node_id === repositoryId);
      if (!repo)
        return notFound(`Could not resolve to a node with the global id of '${String(repositoryId)}'`);
      const labels = ((labelIds as string[] | undefined) ?? []).map(
        (id) =>
          [...repo.labels.values()].find((l) => l.node_id === id)?.name ??
          notFound(`Could not resolve to a node with the global id of '${id}'`),
      );
      const issue = ctx.state.addIssue({
        repo: repo.full_name,
        title: String(title),
        body: typeof body === 'string' ? body : null,
        labels,
        user: ctx.actor,
      });
      return { clientMutationId: clientMutationId ?? null, issue: issueView(ctx, issue) };
    },
  };
}

function rootValue(ctx: Ctx): View {
  const owner = (login: unknown, kind: 'Organization' | 'User') => {
    const u = ctx.state.users.get(String(login).toLowerCase());
    const isOrg = u && (u.type === 'Organization' || ctx.state.organizations.has(u.login));
    if (!u || (kind === 'Organization') !== Boolean(isOrg))
      return notFound(
        `Could not resolve to ${kind === 'Organization' ? 'an Organization' : 'a User'} with the login of '${String(login)}'.`,
      );
    return ownerView(ctx, u);
  };
  return {
    organization: (args: Args) => owner(args.login, 'Organization'),
    user: (args: Args) => owner(args.login, 'User'),
    repositoryOwner: (args: Args) => {
      const u = ctx.state.users.get(String(args.login).toLowerCase());
      return u ? ownerView(ctx, u) : null;
    },
    viewer: () => ownerView(ctx, ctx.state.user(ctx.actor)),
    repository: (args: Args) => {
      const r = ctx.state.findRepo(String(args.owner), String(args.name));
      return r
        ? repoView(ctx, r)
        : notFound(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
    },
    node: (args: Args) => nodeView(ctx, String(args.id)),
    nodes: (args: Args) => ((args.ids as string[]) ?? []).map((id) => nodeView(ctx, id)),
    search: (args: Args) => {
      const type = String(args.type);
      const all =
        type === 'ISSUE' || type === 'ISSUE_ADVANCED' ? searchIssues(ctx.state, String(args.query)) : [];
      // Search never reaches beyond the first 1000 results on GitHub.
      const conn = connection('search', all.slice(0, 1000), args, (i) => issueView(ctx, i));
      return {
        ...conn,
        issueCount: all.length,
        codeCount: 0,
        discussionCount: 0,
        repositoryCount: 0,
        userCount: 0,
        wikiCount: 0,
      };
    },
    rateLimit: () => ({
      cost: 1,
      limit: 5000,
      nodeCount: 0,
      remaining: 4999,
      used: 1,
      resetAt: new Date(Date.now() + 3600_000).toISOString(),
    }),
    ...mutations(ctx),
  };
}

/** Validates and executes one GraphQL request the way api.github.com/graphql answers it. */
export function executeGraphQL(request: {
  state: GitHubState;
  query: string;
  variables: Record<string, unknown>;
  operationName?: string | undefined;
  actor: string;
  canWrite: boolean;
}): GraphQLOutcome {
  const schema = githubSchema();
  let document: ReturnType<typeof parse>;
  try {
    document = parse(request.query);
  } catch (e) {
    const err = e as GraphQLError;
    return { result: { errors: [{ message: err.message, locations: err.locations }] }, invalid: err.message };
  }
  const errors = validate(schema, document);
  const op = getOperationAST(document, request.operationName ?? undefined);
  const rootFields =
    op?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
  if (errors.length) {
    return {
      result: { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) },
      invalid: errors.map((e) => e.message).join('; '),
      ...(op ? { operation: op.operation, rootFields } : {}),
    };
  }
  const ctx: Ctx = {
    state: request.state,
    actor: request.actor,
    canWrite: request.canWrite,
    unmodelled: new Set(),
  };
  const result = executeSync({
    schema,
    document,
    rootValue: rootValue(ctx),
    variableValues: request.variables,
    operationName: request.operationName,
    contextValue: ctx,
    fieldResolver,
  });
  const out: GraphQLOutcome['result'] = { data: result.data ?? null };
  if (result.errors?.length) {
    out.errors = result.errors.map((e) => ({
      ...(e.originalError instanceof GitHubGraphQLError ? { type: e.originalError.githubType } : {}),
      message: e.message,
      path: e.path,
      locations: e.locations,
    }));
  }
  return {
    result: out,
    ...(op ? { operation: op.operation, rootFields } : {}),
    ...(ctx.unmodelled.size ? { unmodelled: [...ctx.unmodelled] } : {}),
  };
}
