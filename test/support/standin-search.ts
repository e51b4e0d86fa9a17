import type { GitHubState, IssueRecord } from './standin-state.js';

/**
 * A small subset of GitHub's issue search syntax, shared by `GET /search/issues` and GraphQL
 * `search(type: ISSUE)`: repo:, org:/user:, is:issue|pr|open|closed, state:, label: (a,b = either),
 * -label:, no:label|milestone|assignee, milestone:, assignee:, author:, created:/updated:/closed: with
 * >, >=, <, <= or a..b ranges, in:title|body, sort:, and free words.
 */

interface DateFilter {
  field: 'created_at' | 'updated_at' | 'closed_at';
  test: (iso: string) => boolean;
}

function tokenize(q: string): string[] {
  return q.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

const unquote = (s: string) => s.replace(/"/g, '');

function dateTest(expr: string): (iso: string) => boolean {
  const range = expr.split('..');
  if (range.length === 2) {
    const [from, to] = range as [string, string];
    return (v) =>
      (from === '*' || v.slice(0, from.length) >= from) && (to === '*' || v.slice(0, to.length) <= to);
  }
  const m = /^(>=|<=|>|<)?(.+)$/.exec(expr);
  const op = m?.[1] ?? '=';
  const when = m?.[2] ?? expr;
  // Compare on the query's own precision (a bare date compares on days).
  return (v) => {
    const value = v.slice(0, when.length);
    if (op === '>=') return value >= when;
    if (op === '>') return value > when;
    if (op === '<=') return value <= when;
    if (op === '<') return value < when;
    return value === when;
  };
}

export function searchIssues(state: GitHubState, q: string): IssueRecord[] {
  const repos: string[] = [];
  const owners: string[] = [];
  /** Every group must match; within a group (`label:a,b`) any label does, as on GitHub. */
  const labels: string[][] = [];
  const milestones: string[] = [];
  const assignees: string[] = [];
  const missing = new Set<string>();
  const notLabels: string[] = [];
  const words: string[] = [];
  const dates: DateFilter[] = [];
  let kind: 'issue' | 'pr' | undefined;
  let stateFilter: 'open' | 'closed' | undefined;
  let author: string | undefined;
  let inFields: ('title' | 'body')[] = ['title', 'body'];
  let sort: string | undefined;
  for (const token of tokenize(q)) {
    const [rawKey, ...rest] = token.split(':');
    const value = unquote(rest.join(':'));
    const key = rawKey?.toLowerCase();
    if (rest.length === 0) {
      words.push(unquote(token).toLowerCase());
      continue;
    }
    if (key === 'repo') repos.push(value.toLowerCase());
    else if (key === 'org' || key === 'user' || key === 'owner') owners.push(value.toLowerCase());
    else if (key === 'is' && (value === 'issue' || value === 'pr')) kind = value;
    else if ((key === 'is' || key === 'state') && (value === 'open' || value === 'closed'))
      stateFilter = value;
    else if (key === 'type' && (value === 'issue' || value === 'pr')) kind = value;
    else if (key === 'label') labels.push(value.split(',').map((s) => s.toLowerCase()));
    else if (key === 'milestone') milestones.push(value.toLowerCase());
    else if (key === 'assignee') assignees.push(value.toLowerCase());
    else if (key === 'no') missing.add(value.toLowerCase());
    else if (key === '-label') notLabels.push(value.toLowerCase());
    else if (key === 'author') author = value.toLowerCase();
    else if (key === 'in') inFields = value.split(',') as ('title' | 'body')[];
    else if (key === 'sort') sort = value;
    else if (key === 'created' || key === 'updated' || key === 'closed')
      dates.push({ field: `${key}_at`, test: dateTest(value) });
    else words.push(unquote(token).toLowerCase());
  }
  const out: IssueRecord[] = [];
  for (const repo of state.repos.values()) {
    if (repos.length && !repos.includes(repo.full_name.toLowerCase())) continue;
    if (owners.length && !owners.includes(repo.owner.login.toLowerCase())) continue;
    for (const issue of repo.issues.values()) {
      if (kind === 'issue' && issue.pull) continue;
      if (kind === 'pr' && !issue.pull) continue;
      if (stateFilter && issue.state !== stateFilter) continue;
      if (author && issue.user.login.toLowerCase() !== author) continue;
      const have = issue.labels.map((l) => l.toLowerCase());
      if (labels.some((group) => !group.some((l) => have.includes(l)))) continue;
      if (missing.has('label') && have.length) continue;
      if (missing.has('milestone') && issue.milestone) continue;
      if (missing.has('assignee') && issue.assignees.length) continue;
      if (milestones.length && !milestones.includes(issue.milestone?.title.toLowerCase() ?? '')) continue;
      const assigned = issue.assignees.map((a) => a.toLowerCase());
      if (assignees.some((a) => !assigned.includes(a))) continue;
      if (notLabels.some((l) => have.includes(l))) continue;
      if (dates.some((d) => !issue[d.field] || !d.test(issue[d.field] as string))) continue;
      if (words.length) {
        const text = inFields
          .map((f) => (f === 'title' ? issue.title : (issue.body ?? '')))
          .join('\n')
          .toLowerCase();
        if (words.some((w) => !text.includes(w))) continue;
      }
      out.push(issue);
    }
  }
  // GitHub's default order is best match; newest first is the closest stable stand-in.
  const [field, dir] = (sort ?? 'created-desc').split('-');
  const key = field === 'updated' ? 'updated_at' : 'created_at';
  out.sort((a, b) => (a[key] < b[key] ? 1 : a[key] > b[key] ? -1 : b.number - a.number));
  if (dir === 'asc') out.reverse();
  return out;
}
