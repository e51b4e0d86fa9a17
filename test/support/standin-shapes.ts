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

const GITHUB_ORG: UserRecord = {
  login: 'github',
  id: 9919,
  node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
  type: 'Organization',
};

export const userJson = (api: string, u: UserRecord) => {
  const url = `${api}/users/${encodeURIComponent(u.login)}`;
  return {
    login: u.login,
    id: u.id,
    node_id: u.node_id,
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url,
    // A bot's page is its app's page; `[bot]` never appears in a GitHub URL.
    html_url: u.type === 'Bot' ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
};

/** The `integration` object GitHub puts on check runs and app-made content. */
export const appJson = (api: string, owner: UserRecord, app: { id: number; slug: string; name: string }) => ({
  id: app.id,
  slug: app.slug,
  node_id: `A_kwDO${app.id}`,
  client_id: `Iv1.${app.id}`,
  owner: userJson(api, owner),
  name: app.name,
  description: '',
  external_url: 'https://example.com',
  html_url: `${WEB}/apps/${app.slug}`,
  created_at: '2024-01-01T00:00:00Z',
  updated_at: '2024-01-01T00:00:00Z',
  permissions: {
    issues: 'write',
    pull_requests: 'write',
    checks: 'write',
    contents: 'read',
    metadata: 'read',
  },
  events: ['issues', 'issue_comment', 'pull_request', 'check_run'],
});

export const repoJson = (api: string, r: RepoState) => {
  const url = `${api}/repos/${r.full_name}`;
  const open = [...r.issues.values()].filter((i) => i.state === 'open').length;
  return {
    id: r.id,
    node_id: r.node_id,
    name: r.name,
    full_name: r.full_name,
    private: r.private,
    owner: userJson(api, r.owner),
    html_url: `${WEB}/${r.full_name}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${r.full_name}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${r.full_name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${WEB}/${r.full_name}.git`,
    mirror_url: null,
    svn_url: `${WEB}/${r.full_name}`,
    homepage: null,
    language: 'Python',
    license: null,
    size: 1024,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: open,
    open_issues_count: open,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    is_template: false,
    default_branch: r.default_branch,
    visibility: r.private ? 'private' : 'public',
    archived: false,
    disabled: false,
    topics: [],
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    pushed_at: '2024-01-01T00:00:00Z',
  };
};

/** A commit as compare and commits answers carry it (author and committer are GitHub users). */
export function commitJson(api: string, repo: RepoState, sha: string, when: string) {
  const url = `${api}/repos/${repo.full_name}/commits/${sha}`;
  const person = { name: 'octocat', email: 'octocat@github.com', date: when };
  const owner = userJson(api, repo.owner);
  return {
    sha,
    node_id: `C_kwDO${sha.slice(0, 12)}`,
    url,
    html_url: `${WEB}/${repo.full_name}/commit/${sha}`,
    comments_url: `${url}/comments`,
    commit: {
      url: `${api}/repos/${repo.full_name}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: 'commit',
      comment_count: 0,
      tree: { sha, url: `${api}/repos/${repo.full_name}/git/trees/${sha}` },
    },
    author: owner,
    committer: owner,
    parents: [],
  };
}

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

export function pullJson(
  api: string,
  i: IssueRecord,
  permissionOf: (login: string) => string,
  commentCount = 0,
) {
  const p = i.pull!;
  const repo = repoJson(api, i.repo);
  const issue = issueJson(api, i, commentCount, permissionOf);
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
    mergeable_state: 'clean',
    rebaseable: true,
    maintainer_can_modify: false,
    merged_by: null,
    auto_merge: null,
    active_lock_reason: null,
    assignee: issue.assignee,
    assignees: issue.assignees,
    requested_reviewers: [],
    requested_teams: [],
    milestone: issue.milestone,
    comments: issue.comments,
    review_comments: 0,
    diff_url: `${WEB}/${i.repo.full_name}/pull/${i.number}.diff`,
    patch_url: `${WEB}/${i.repo.full_name}/pull/${i.number}.patch`,
    commits_url: `${repoApi}/pulls/${i.number}/commits`,
    review_comments_url: `${repoApi}/pulls/${i.number}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: issue.comments_url,
    statuses_url: `${repoApi}/statuses/${p.headSha}`,
    _links: {
      self: { href: `${repoApi}/pulls/${i.number}` },
      html: { href: `${WEB}/${i.repo.full_name}/pull/${i.number}` },
      issue: { href: issue.url },
      comments: { href: issue.comments_url },
      review_comments: { href: `${repoApi}/pulls/${i.number}/comments` },
      review_comment: { href: `${repoApi}/pulls/comments{/number}` },
      commits: { href: `${repoApi}/pulls/${i.number}/commits` },
      statuses: { href: `${repoApi}/statuses/${p.headSha}` },
    },
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
    // Check runs made with a workflow's GITHUB_TOKEN belong to the GitHub Actions app.
    app: appJson(api, GITHUB_ORG, { id: 15368, slug: 'github-actions', name: 'GitHub Actions' }),
    pull_requests: [],
  };
}
