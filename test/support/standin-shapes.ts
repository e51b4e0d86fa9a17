import type {
  CheckRunRecord,
  CommentRecord,
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  ReactionRecord,
  RepoState,
  UserRecord,
} from './standin-state.js';

/**
 * REST answers shaped like GitHub's: the fields Octokit users read (ids, node_id, urls, user.login,
 * timestamps), with `api` the stand-in's own base URL so follow-up URLs point back at it.
 */

const WEB = 'https://github.com';

export const userJson = (api: string, u: UserRecord) => ({
  login: u.login,
  id: u.id,
  node_id: u.node_id,
  avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
  gravatar_id: '',
  url: `${api}/users/${encodeURIComponent(u.login)}`,
  html_url: `${WEB}/${u.login}`,
  type: u.type,
  site_admin: false,
});

export const repoJson = (api: string, r: RepoState) => ({
  id: r.id,
  node_id: r.node_id,
  name: r.name,
  full_name: r.full_name,
  private: r.private,
  owner: userJson(api, r.owner),
  html_url: `${WEB}/${r.full_name}`,
  description: null,
  fork: false,
  url: `${api}/repos/${r.full_name}`,
  default_branch: r.default_branch,
  visibility: r.private ? 'private' : 'public',
  archived: false,
  disabled: false,
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
  pushed_at: '2024-01-01T00:00:00Z',
});

export const milestoneJson = (api: string, repo: RepoState, m: MilestoneRecord) => ({
  url: `${api}/repos/${repo.full_name}/milestones/${m.number}`,
  html_url: `${WEB}/${repo.full_name}/milestone/${m.number}`,
  labels_url: `${api}/repos/${repo.full_name}/milestones/${m.number}/labels`,
  id: m.id,
  node_id: m.node_id,
  number: m.number,
  title: m.title,
  description: m.description,
  creator: userJson(api, repo.owner),
  open_issues: [...repo.issues.values()].filter((i) => i.milestone === m && i.state === 'open').length,
  closed_issues: [...repo.issues.values()].filter((i) => i.milestone === m && i.state === 'closed').length,
  state: m.state,
  created_at: m.created_at,
  updated_at: m.created_at,
  due_on: m.due_on,
  closed_at: m.closed_at,
});

export const labelJson = (api: string, repo: RepoState, l: LabelRecord) => ({
  id: l.id,
  node_id: l.node_id,
  url: `${api}/repos/${repo.full_name}/labels/${encodeURIComponent(l.name)}`,
  name: l.name,
  color: l.color,
  description: l.description,
  default: l.default,
});

const reactionSummary = (url: string, reactions: ReactionRecord[]) => {
  const count = (c: string) => reactions.filter((r) => r.content === c).length;
  return {
    url: `${url}/reactions`,
    total_count: reactions.length,
    '+1': count('+1'),
    '-1': count('-1'),
    laugh: count('laugh'),
    hooray: count('hooray'),
    confused: count('confused'),
    heart: count('heart'),
    rocket: count('rocket'),
    eyes: count('eyes'),
  };
};

export const reactionJson = (api: string, r: ReactionRecord) => ({
  id: r.id,
  node_id: r.node_id,
  user: userJson(api, r.user),
  content: r.content,
  created_at: r.created_at,
});

function associationOf(repo: RepoState, user: UserRecord, permission: string): string {
  if (user.login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
  if (permission === 'admin' || permission === 'maintain' || permission === 'write') return 'COLLABORATOR';
  return 'NONE';
}

export function issueJson(
  api: string,
  i: IssueRecord,
  commentCount: number,
  permissionOf: (login: string) => string,
) {
  const repoApi = `${api}/repos/${i.repo.full_name}`;
  const url = `${repoApi}/issues/${i.number}`;
  const reactions = reactionSummary(url, i.reactions);
  return {
    url,
    repository_url: repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${i.repo.full_name}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    id: i.id,
    node_id: i.node_id,
    number: i.number,
    title: i.title,
    user: userJson(api, i.user),
    labels: i.labels.map((name) => {
      const l = i.repo.labels.get(name.toLowerCase());
      return l ? labelJson(api, i.repo, l) : { name };
    }),
    state: i.state,
    state_reason: i.state_reason,
    locked: i.locked,
    assignee: i.assignees[0] ? { login: i.assignees[0] } : null,
    assignees: i.assignees.map((login) => ({ login })),
    milestone: i.milestone ? milestoneJson(api, i.repo, i.milestone) : null,
    comments: commentCount,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    author_association: associationOf(i.repo, i.user, permissionOf(i.user.login)),
    active_lock_reason: null,
    body: i.body,
    reactions,
    ...(i.pull
      ? {
          pull_request: {
            url: `${repoApi}/pulls/${i.number}`,
            html_url: `${WEB}/${i.repo.full_name}/pull/${i.number}`,
            diff_url: `${WEB}/${i.repo.full_name}/pull/${i.number}.diff`,
            patch_url: `${WEB}/${i.repo.full_name}/pull/${i.number}.patch`,
            merged_at: i.pull.merged ? i.updated_at : null,
          },
        }
      : {}),
  };
}

export function commentJson(api: string, c: CommentRecord, permissionOf: (login: string) => string) {
  const repoApi = `${api}/repos/${c.repo.full_name}`;
  const url = `${repoApi}/issues/comments/${c.id}`;
  const reactions = reactionSummary(url, c.reactions);
  return {
    url,
    html_url: `${WEB}/${c.repo.full_name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoApi}/issues/${c.issueNumber}`,
    id: c.id,
    node_id: c.node_id,
    user: userJson(api, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: associationOf(c.repo, c.user, permissionOf(c.user.login)),
    body: c.body,
    reactions,
  };
}

export function pullJson(api: string, i: IssueRecord, permissionOf: (login: string) => string) {
  const p = i.pull!;
  const repo = repoJson(api, i.repo);
  const issue = issueJson(api, i, 0, permissionOf);
  const repoApi = `${api}/repos/${i.repo.full_name}`;
  return {
    url: `${repoApi}/pulls/${i.number}`,
    id: p.id,
    node_id: p.node_id,
    html_url: `${WEB}/${i.repo.full_name}/pull/${i.number}`,
    issue_url: issue.url,
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: issue.user,
    body: i.body,
    labels: issue.labels,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: p.merged ? i.updated_at : null,
    merge_commit_sha: null,
    draft: p.draft,
    merged: p.merged,
    mergeable: true,
    author_association: issue.author_association,
    head: {
      label: `${i.repo.owner.login}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: repo.owner,
      repo,
    },
    base: {
      label: `${i.repo.owner.login}:${p.baseRef}`,
      ref: p.baseRef,
      sha: p.baseSha,
      user: repo.owner,
      repo,
    },
    commits: 1,
    additions: p.files.reduce((s, f) => s + f.additions, 0),
    deletions: p.files.reduce((s, f) => s + f.deletions, 0),
    changed_files: p.files.length,
  };
}

export function checkRunJson(api: string, c: CheckRunRecord) {
  return {
    id: c.id,
    node_id: c.node_id,
    head_sha: c.head_sha,
    external_id: c.external_id,
    url: `${api}/repos/${c.repo.full_name}/check-runs/${c.id}`,
    html_url: `${WEB}/${c.repo.full_name}/runs/${c.id}`,
    details_url: c.details_url,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: {
      ...c.output,
      annotations_url: `${api}/repos/${c.repo.full_name}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: c.id + 1 },
    app: { id: 1, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  };
}
