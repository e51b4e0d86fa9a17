import { createHash, randomBytes } from 'node:crypto';

/**
 * The in-memory GitHub behind the stand-in: repositories, files, issues, pull requests, comments,
 * labels, check runs, permissions and Projects v2. Seeding helpers write here directly (no HTTP), so a
 * test can set up 1000 issues in milliseconds; REST and GraphQL handlers read and write the same objects.
 */

export type PermissionLevel = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface UserRecord {
  login: string;
  id: number;
  node_id: string;
  type: 'User' | 'Bot' | 'Organization';
}

export interface LabelRecord {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface CommentRecord {
  id: number;
  node_id: string;
  body: string;
  user: UserRecord;
  created_at: string;
  updated_at: string;
  issueNumber: number;
  repo: RepoState;
  reactions: ReactionRecord[];
}

export interface ReactionRecord {
  id: number;
  node_id: string;
  content: string;
  user: UserRecord;
  created_at: string;
}

export interface IssueRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: UserRecord;
  labels: string[];
  assignees: string[];
  milestone: MilestoneRecord | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  locked: boolean;
  /** Present when this number is a pull request (GitHub shares numbers between the two). */
  pull?: PullRecord;
  repo: RepoState;
  reactions: ReactionRecord[];
  events: IssueEventRecord[];
}

export interface MilestoneRecord {
  id: number;
  node_id: string;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  /** An ISO timestamp like GitHub's; a bare date given to addMilestone becomes midnight UTC. */
  due_on: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface IssueEventRecord {
  id: number;
  node_id: string;
  event: string;
  actor: UserRecord;
  created_at: string;
  label?: { name: string; color: string };
}

export interface PullRecord {
  id: number;
  node_id: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  merged: boolean;
  draft: boolean;
  files: { filename: string; status: string; additions: number; deletions: number; changes: number }[];
}

export interface CheckRunRecord {
  id: number;
  node_id: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  external_id: string | null;
  details_url: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  repo: RepoState;
}

export interface RepoState {
  id: number;
  node_id: string;
  owner: UserRecord;
  name: string;
  full_name: string;
  default_branch: string;
  private: boolean;
  /** Branch (or any ref name) -> commit sha. */
  refs: Map<string, string>;
  /** Commit sha -> (file path -> content). */
  trees: Map<string, Map<string, string>>;
  /** `${base}...${head}` -> merge-base sha, when a test wants one other than the base's own sha. */
  mergeBases: Map<string, string>;
  issues: Map<number, IssueRecord>;
  labels: Map<string, LabelRecord>;
  milestones: MilestoneRecord[];
  checkRuns: Map<number, CheckRunRecord>;
  permissions: Map<string, PermissionLevel>;
  nextNumber: number;
  installationId: number;
}

export type ProjectFieldSpec =
  | { name: string; type: 'single_select'; options: string[] }
  | {
      name: string;
      type: 'iteration';
      iterations: { title: string; startDate: string; duration: number }[];
      completedIterations?: { title: string; startDate: string; duration: number }[];
    }
  | { name: string; type: 'text' | 'number' | 'date' };

export interface ProjectFieldRecord {
  id: string;
  databaseId: number;
  name: string;
  dataType: 'SINGLE_SELECT' | 'ITERATION' | 'TEXT' | 'NUMBER' | 'DATE' | 'TITLE';
  options: { id: string; name: string }[];
  iterations: { id: string; title: string; startDate: string; duration: number }[];
  completedIterations: { id: string; title: string; startDate: string; duration: number }[];
}

export type FieldValue =
  | { optionId: string }
  | { iterationId: string }
  | { text: string }
  | { number: number }
  | { date: string };

export interface ProjectItemRecord {
  id: string;
  databaseId: number;
  content: IssueRecord;
  values: Map<string, FieldValue>;
  created_at: string;
  updated_at: string;
  archived: boolean;
}

export interface ProjectRecord {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  owner: UserRecord;
  ownerType: 'Organization' | 'User';
  fields: ProjectFieldRecord[];
  items: ProjectItemRecord[];
  closed: boolean;
  created_at: string;
}

export interface IssueSeed {
  repo?: string;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: string | null;
  labels?: string[];
  user?: string;
  assignees?: string[];
  /** A milestone title; the milestone is created if the repository lacks it. */
  milestone?: string;
  created_at?: string | Date;
  updated_at?: string | Date;
  closed_at?: string | Date | null;
  number?: number;
}

export interface CommentSeed {
  body: string;
  user?: string;
  repo?: string;
  created_at?: string | Date;
}

export interface PullSeed extends IssueSeed {
  head?: { ref?: string; sha?: string };
  base?: { ref?: string; sha?: string };
  draft?: boolean;
  merged?: boolean;
  files?: string[];
}

const iso = (d: string | Date | undefined | null, fallback: string): string =>
  d === undefined || d === null ? fallback : typeof d === 'string' ? d : d.toISOString();

/** A fake commit sha: 40 hex characters, stable for a seed so tests can predict it. */
export const fakeSha = (seed: string) => createHash('sha1').update(seed).digest('hex');

const shortId = () => randomBytes(4).toString('hex');

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  readonly users = new Map<string, UserRecord>();
  readonly projects: ProjectRecord[] = [];
  readonly comments = new Map<number, CommentRecord>();
  readonly nodes = new Map<string, unknown>();
  /** Logins of owners that are organizations (others are users). */
  readonly organizations = new Set<string>();
  private nextId = 1000;
  /** Time source for created_at/updated_at; tests may replace it for deterministic timestamps. */
  now: () => Date = () => new Date();

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  nowIso(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  user(login: string, type?: UserRecord['type']): UserRecord {
    let u = this.users.get(login.toLowerCase());
    if (!u) {
      const id = this.id();
      const kind =
        type ?? (login.endsWith('[bot]') ? 'Bot' : this.organizations.has(login) ? 'Organization' : 'User');
      u = {
        login,
        id,
        node_id: `${kind === 'Bot' ? 'BOT' : kind === 'Organization' ? 'O' : 'U'}_kg${id}`,
        type: kind,
      };
      this.users.set(login.toLowerCase(), u);
      this.nodes.set(u.node_id, u);
    }
    return u;
  }

  /** Adds a repository ("owner/name"); its default branch starts with an empty tree. */
  addRepo(fullName: string, options: { defaultBranch?: string; ownerType?: 'Organization' | 'User' } = {}) {
    const [ownerLogin, name] = fullName.split('/');
    if (!ownerLogin || !name) throw new Error(`addRepo: expected "owner/name", got "${fullName}"`);
    const existing = this.repos.get(fullName.toLowerCase());
    if (existing) return existing;
    if (options.ownerType === 'Organization') this.organizations.add(ownerLogin);
    const id = this.id();
    const default_branch = options.defaultBranch ?? 'main';
    const repo: RepoState = {
      id,
      node_id: `R_kgDO${id}`,
      owner: this.user(ownerLogin, options.ownerType),
      name,
      full_name: `${ownerLogin}/${name}`,
      default_branch,
      private: false,
      refs: new Map(),
      trees: new Map(),
      mergeBases: new Map(),
      issues: new Map(),
      labels: new Map(),
      milestones: [],
      checkRuns: new Map(),
      permissions: new Map(),
      nextNumber: 1,
      installationId: 4242,
    };
    const sha = fakeSha(`${fullName}@${default_branch}`);
    repo.refs.set(default_branch, sha);
    repo.trees.set(sha, new Map());
    this.repos.set(fullName.toLowerCase(), repo);
    this.nodes.set(repo.node_id, repo);
    return repo;
  }

  /** The repository named, or the first one added when none is named. */
  repo(fullName?: string): RepoState {
    const r = fullName ? this.repos.get(fullName.toLowerCase()) : this.repos.values().next().value;
    if (!r)
      throw new Error(`stand-in: no repository ${fullName ?? '(none added yet)'}; call state.addRepo first`);
    return r;
  }

  findRepo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Resolves a branch name or a sha to a commit sha. */
  resolveRef(repo: RepoState, ref: string | undefined): string | undefined {
    const name = ref ?? repo.default_branch;
    const stripped = name.replace(/^refs\/heads\//, '');
    const sha = repo.refs.get(stripped);
    if (sha) return sha;
    if (/^[0-9a-f]{40}$/i.test(name) || repo.trees.has(name)) return name;
    return undefined;
  }

  /** Puts a file at `ref` (a branch is created with a fresh sha if missing, or a sha used as is). */
  setFile(ref: string, path: string, content: string | Buffer, repoName?: string): string {
    const repo = this.repo(repoName);
    let sha = this.resolveRef(repo, ref);
    if (!sha) {
      sha = fakeSha(`${repo.full_name}@${ref}`);
      repo.refs.set(ref, sha);
    }
    let tree = repo.trees.get(sha);
    if (!tree) {
      tree = new Map();
      repo.trees.set(sha, tree);
    }
    tree.set(path.replace(/^\/+/, ''), Buffer.isBuffer(content) ? content.toString('latin1') : content);
    return sha;
  }

  /** Points a branch at a sha (e.g. a PR head) so contents and compare can find it. */
  setRef(ref: string, sha: string, repoName?: string) {
    const repo = this.repo(repoName);
    repo.refs.set(ref, sha);
    if (!repo.trees.has(sha)) repo.trees.set(sha, new Map());
  }

  setMergeBase(base: string, head: string, sha: string, repoName?: string) {
    this.repo(repoName).mergeBases.set(`${base}...${head}`, sha);
  }

  setPermission(login: string, level: PermissionLevel, repoName?: string) {
    this.user(login);
    this.repo(repoName).permissions.set(login.toLowerCase(), level);
  }

  permissionOf(repo: RepoState, login: string): PermissionLevel {
    if (login.toLowerCase() === repo.owner.login.toLowerCase()) return 'admin';
    return repo.permissions.get(login.toLowerCase()) ?? 'none';
  }

  ensureLabel(
    repo: RepoState,
    name: string,
    color = 'ededed',
    description: string | null = null,
  ): LabelRecord {
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      const id = this.id();
      label = { id, node_id: `LA_kwDO${id}`, name, color, description, default: false };
      repo.labels.set(name.toLowerCase(), label);
      this.nodes.set(label.node_id, label);
    }
    return label;
  }

  /** Adds a milestone (or returns the one with that title). `dueOn` may be a date or a timestamp. */
  addMilestone(seed: {
    repo?: string;
    title: string;
    dueOn?: string | Date | null;
    state?: 'open' | 'closed';
    description?: string;
  }): MilestoneRecord {
    const repo = this.repo(seed.repo);
    const existing = repo.milestones.find((m) => m.title === seed.title);
    if (existing) return existing;
    const id = this.id();
    const due = seed.dueOn ? iso(seed.dueOn, '') : null;
    const m: MilestoneRecord = {
      id,
      node_id: `MI_kwDO${id}`,
      number: repo.milestones.length + 1,
      title: seed.title,
      description: seed.description ?? null,
      state: seed.state ?? 'open',
      due_on: due && /^\d{4}-\d\d-\d\d$/.test(due) ? `${due}T00:00:00Z` : due,
      created_at: this.nowIso(),
      closed_at: seed.state === 'closed' ? this.nowIso() : null,
    };
    repo.milestones.push(m);
    this.nodes.set(m.node_id, m);
    return m;
  }

  addIssue(seed: IssueSeed = {}): IssueRecord {
    const repo = this.repo(seed.repo);
    const now = this.nowIso();
    const number = seed.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const id = this.id();
    const created_at = iso(seed.created_at, now);
    const state = seed.state ?? 'open';
    const closed_at = state === 'closed' ? iso(seed.closed_at, iso(seed.updated_at, created_at)) : null;
    const labels = (seed.labels ?? []).map((name) => this.ensureLabel(repo, name).name);
    const issue: IssueRecord = {
      id,
      node_id: `I_kwDO${id}`,
      number,
      title: seed.title ?? `Issue ${number}`,
      body: seed.body === undefined ? '' : seed.body,
      state,
      state_reason: state === 'closed' ? (seed.state_reason ?? 'completed') : (seed.state_reason ?? null),
      user: this.user(seed.user ?? 'octocat'),
      labels,
      assignees: seed.assignees ?? [],
      milestone: seed.milestone ? this.addMilestone({ repo: repo.full_name, title: seed.milestone }) : null,
      created_at,
      updated_at: iso(seed.updated_at, closed_at ?? created_at),
      closed_at,
      locked: false,
      repo,
      reactions: [],
      events: [],
    };
    repo.issues.set(number, issue);
    this.nodes.set(issue.node_id, issue);
    return issue;
  }

  /** Seeds `n` issues from a generator; fast enough for thousands (no HTTP, no copies). */
  seedIssues(n: number, generator: (i: number) => IssueSeed = () => ({})): IssueRecord[] {
    const out: IssueRecord[] = [];
    for (let i = 0; i < n; i++) out.push(this.addIssue(generator(i)));
    return out;
  }

  addPull(seed: PullSeed = {}): IssueRecord {
    const repo = this.repo(seed.repo);
    const issue = this.addIssue({ title: 'A pull request', ...seed });
    const baseRef = seed.base?.ref ?? repo.default_branch;
    const headRef = seed.head?.ref ?? `feature-${issue.number}`;
    const baseSha =
      seed.base?.sha ?? this.resolveRef(repo, baseRef) ?? fakeSha(`${repo.full_name}@${baseRef}`);
    const headSha =
      seed.head?.sha ?? this.resolveRef(repo, headRef) ?? fakeSha(`${repo.full_name}@${headRef}`);
    if (!repo.refs.has(headRef)) this.setRef(headRef, headSha, repo.full_name);
    if (!repo.trees.has(baseSha)) repo.trees.set(baseSha, new Map());
    if (!repo.trees.has(headSha)) repo.trees.set(headSha, new Map());
    const id = this.id();
    issue.pull = {
      id,
      node_id: `PR_kwDO${id}`,
      headRef,
      headSha,
      baseRef,
      baseSha,
      merged: seed.merged ?? false,
      draft: seed.draft ?? false,
      files: (seed.files ?? []).map((filename) => ({
        filename,
        status: 'modified',
        additions: 1,
        deletions: 0,
        changes: 1,
      })),
    };
    this.nodes.set(issue.pull.node_id, issue);
    return issue;
  }

  issue(number: number, repoName?: string): IssueRecord {
    const issue = this.repo(repoName).issues.get(number);
    if (!issue) throw new Error(`stand-in: no issue #${number}`);
    return issue;
  }

  /**
   * Adds a comment: `addComment(7, 'text', { user })` or `addComment(issue, { body, user })`.
   * Oldest first follows insertion order, as GitHub lists comments by creation.
   */
  addComment(
    target: number | IssueRecord,
    bodyOrSeed: string | CommentSeed,
    options: Omit<CommentSeed, 'body'> = {},
  ): CommentRecord {
    const seed: CommentSeed =
      typeof bodyOrSeed === 'string' ? { ...options, body: bodyOrSeed } : { ...options, ...bodyOrSeed };
    const issue = typeof target === 'number' ? this.issue(target, seed.repo) : target;
    const issueNumber = issue.number;
    const body = seed.body;
    const id = this.id();
    const at = iso(seed.created_at, this.nowIso());
    const comment: CommentRecord = {
      id,
      node_id: `IC_kwDO${id}`,
      body,
      user: this.user(seed.user ?? 'octocat'),
      created_at: at,
      updated_at: at,
      issueNumber,
      repo: issue.repo,
      reactions: [],
    };
    this.comments.set(id, comment);
    this.nodes.set(comment.node_id, comment);
    return comment;
  }

  /** Comments of one issue, oldest first. */
  commentsOf(issue: IssueRecord): CommentRecord[] {
    const out: CommentRecord[] = [];
    for (const c of this.comments.values())
      if (c.repo === issue.repo && c.issueNumber === issue.number) out.push(c);
    return out;
  }

  addReaction(target: { reactions: ReactionRecord[] }, content: string, login: string): ReactionRecord {
    const user = this.user(login);
    const existing = target.reactions.find((r) => r.content === content && r.user === user);
    if (existing) return existing;
    const id = this.id();
    const reaction = { id, node_id: `REA_lADO${id}`, content, user, created_at: this.nowIso() };
    target.reactions.push(reaction);
    return reaction;
  }

  recordEvent(issue: IssueRecord, event: string, actor: string, label?: LabelRecord) {
    const id = this.id();
    issue.events.push({
      id,
      node_id: `LE_lADO${id}`,
      event,
      actor: this.user(actor),
      created_at: this.nowIso(),
      ...(label ? { label: { name: label.name, color: label.color } } : {}),
    });
  }

  addProject(spec: {
    owner: string;
    ownerType?: 'Organization' | 'User';
    number?: number;
    title?: string;
    fields?: ProjectFieldSpec[];
  }): ProjectRecord {
    const ownerType = spec.ownerType ?? 'Organization';
    if (ownerType === 'Organization') this.organizations.add(spec.owner);
    const owner = this.user(spec.owner, ownerType);
    const databaseId = this.id();
    const number = spec.number ?? this.projects.filter((p) => p.owner === owner).length + 1;
    const project: ProjectRecord = {
      id: `PVT_kwDO${databaseId}`,
      databaseId,
      number,
      title: spec.title ?? `Project ${number}`,
      owner,
      ownerType,
      fields: [],
      items: [],
      closed: false,
      created_at: this.nowIso(),
    };
    // Every real project has a Title field first.
    project.fields.push(this.makeField({ name: 'Title', type: 'text' }, 'TITLE'));
    for (const f of spec.fields ?? []) project.fields.push(this.makeField(f));
    this.projects.push(project);
    this.nodes.set(project.id, project);
    return project;
  }

  private makeField(spec: ProjectFieldSpec, forced?: ProjectFieldRecord['dataType']): ProjectFieldRecord {
    const databaseId = this.id();
    const dataType = forced ?? (spec.type.toUpperCase() as ProjectFieldRecord['dataType']);
    const prefix = dataType === 'SINGLE_SELECT' ? 'PVTSSF' : dataType === 'ITERATION' ? 'PVTIF' : 'PVTF';
    const field: ProjectFieldRecord = {
      id: `${prefix}_lADO${databaseId}`,
      databaseId,
      name: spec.name,
      dataType,
      options: spec.type === 'single_select' ? spec.options.map((name) => ({ id: shortId(), name })) : [],
      iterations: spec.type === 'iteration' ? spec.iterations.map((it) => ({ id: shortId(), ...it })) : [],
      completedIterations:
        spec.type === 'iteration'
          ? (spec.completedIterations ?? []).map((it) => ({ id: shortId(), ...it }))
          : [],
    };
    this.nodes.set(field.id, field);
    return field;
  }

  project(owner: string, number: number): ProjectRecord | undefined {
    return this.projects.find(
      (p) => p.owner.login.toLowerCase() === owner.toLowerCase() && p.number === number,
    );
  }

  /** Puts an issue on a project (idempotent, like addProjectV2ItemById) and sets field values by name. */
  addProjectItem(
    project: ProjectRecord,
    issue: IssueRecord,
    values: Record<string, string | number> = {},
  ): ProjectItemRecord {
    let item = project.items.find((i) => i.content === issue);
    if (!item) {
      const databaseId = this.id();
      const at = this.nowIso();
      item = {
        id: `PVTI_lADO${databaseId}`,
        databaseId,
        content: issue,
        values: new Map(),
        created_at: at,
        updated_at: at,
        archived: false,
      };
      project.items.push(item);
      this.nodes.set(item.id, item);
    }
    for (const [name, value] of Object.entries(values)) this.setItemValueByName(project, item, name, value);
    return item;
  }

  /** Sets a field value by field name and option/iteration title (or a plain text/number/date). */
  setItemValueByName(
    project: ProjectRecord,
    item: ProjectItemRecord,
    fieldName: string,
    value: string | number,
  ) {
    const field = project.fields.find((f) => f.name === fieldName);
    if (!field) throw new Error(`stand-in: project ${project.number} has no field "${fieldName}"`);
    if (field.dataType === 'SINGLE_SELECT') {
      const option = field.options.find((o) => o.name === value);
      if (!option) throw new Error(`stand-in: field "${fieldName}" has no option "${value}"`);
      item.values.set(field.id, { optionId: option.id });
    } else if (field.dataType === 'ITERATION') {
      const it = [...field.iterations, ...field.completedIterations].find(
        (i) => i.title === value || i.id === value,
      );
      if (!it) throw new Error(`stand-in: field "${fieldName}" has no iteration "${value}"`);
      item.values.set(field.id, { iterationId: it.id });
    } else if (field.dataType === 'NUMBER') {
      item.values.set(field.id, { number: Number(value) });
    } else if (field.dataType === 'DATE') {
      item.values.set(field.id, { date: String(value) });
    } else {
      item.values.set(field.id, { text: String(value) });
    }
    item.updated_at = this.nowIso();
  }

  /** The value an item holds for a field, by field name: option name, iteration title, or raw value. */
  itemValueByName(
    project: ProjectRecord,
    item: ProjectItemRecord,
    fieldName: string,
  ): string | number | undefined {
    const field = project.fields.find((f) => f.name === fieldName);
    const v = field && item.values.get(field.id);
    if (!field || !v) return undefined;
    if ('optionId' in v) return field.options.find((o) => o.id === v.optionId)?.name;
    if ('iterationId' in v)
      return [...field.iterations, ...field.completedIterations].find((i) => i.id === v.iterationId)?.title;
    if ('text' in v) return v.text;
    if ('number' in v) return v.number;
    return v.date;
  }
}
