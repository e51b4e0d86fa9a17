import { describe, expect, it } from 'vitest';
import { searchIssues } from '../support/standin-search.js';
import { GitHubState } from '../support/standin-state.js';

function world() {
  const state = new GitHubState();
  state.addRepo('acme/models');
  state.addRepo('acme/data');
  const a = state.addIssue({
    title: 'LoRA rank sweep',
    labels: ['experiment'],
    created_at: '2026-01-05T10:00:00Z',
  });
  const b = state.addIssue({
    title: 'Distil to 1B',
    body: 'teacher 8B',
    labels: ['experiment', 'status:killed'],
    state: 'closed',
    created_at: '2026-01-10T10:00:00Z',
    closed_at: '2026-01-20T10:00:00Z',
    milestone: 'Sprint 2',
  });
  const c = state.addIssue({
    title: 'Collect support logs',
    labels: ['data-task'],
    created_at: '2026-01-15T10:00:00Z',
    assignees: ['ada'],
  });
  const pr = state.addPull({
    title: 'QLoRA results',
    labels: ['experiment'],
    created_at: '2026-01-16T10:00:00Z',
  });
  const other = state.addIssue({ repo: 'acme/data', title: 'LoRA elsewhere', labels: ['experiment'] });
  return { state, a, b, c, pr, other };
}

const numbers = (list: { number: number }[]) => list.map((i) => i.number).sort((x, y) => x - y);

describe('issue search syntax', () => {
  it('filters by repo, kind, state and labels (comma = either, repeated = all)', () => {
    const { state, a, b, c, pr } = world();
    expect(numbers(searchIssues(state, 'repo:acme/models is:issue'))).toEqual(numbers([a, b, c]));
    expect(numbers(searchIssues(state, 'repo:acme/models is:pr'))).toEqual([pr.number]);
    expect(numbers(searchIssues(state, 'repo:acme/models is:issue is:open'))).toEqual(numbers([a, c]));
    expect(numbers(searchIssues(state, 'repo:acme/models label:experiment,data-task is:issue'))).toEqual(
      numbers([a, b, c]),
    );
    expect(numbers(searchIssues(state, 'repo:acme/models label:experiment label:status:killed'))).toEqual([
      b.number,
    ]);
    expect(
      numbers(searchIssues(state, 'repo:acme/models label:experiment -label:status:killed is:issue')),
    ).toEqual([a.number]);
    expect(searchIssues(state, 'org:acme label:experiment is:issue')).toHaveLength(3);
  });

  it('filters by dates, milestone, assignee, missing fields and words', () => {
    const { state, a, b, c } = world();
    expect(numbers(searchIssues(state, 'repo:acme/models is:issue created:>=2026-01-10'))).toEqual(
      numbers([b, c]),
    );
    expect(numbers(searchIssues(state, 'repo:acme/models is:issue created:2026-01-01..2026-01-09'))).toEqual([
      a.number,
    ]);
    expect(numbers(searchIssues(state, 'repo:acme/models closed:>2026-01-19'))).toEqual([b.number]);
    expect(numbers(searchIssues(state, 'repo:acme/models milestone:"Sprint 2"'))).toEqual([b.number]);
    expect(numbers(searchIssues(state, 'repo:acme/models assignee:ada'))).toEqual([c.number]);
    expect(numbers(searchIssues(state, 'repo:acme/models is:issue no:milestone no:assignee'))).toEqual([
      a.number,
    ]);
    expect(numbers(searchIssues(state, 'repo:acme/models teacher in:body'))).toEqual([b.number]);
    expect(numbers(searchIssues(state, 'repo:acme/models "rank sweep" in:title'))).toEqual([a.number]);
  });

  it('orders newest first by default and oldest first on sort:created-asc', () => {
    const { state, a, b, c } = world();
    expect(searchIssues(state, 'repo:acme/models is:issue').map((i) => i.number)).toEqual([
      c.number,
      b.number,
      a.number,
    ]);
    expect(searchIssues(state, 'repo:acme/models is:issue sort:created-asc').map((i) => i.number)).toEqual([
      a.number,
      b.number,
      c.number,
    ]);
  });
});
