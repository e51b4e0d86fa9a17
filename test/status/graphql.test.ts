import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reportSettings } from '../../src/core/report/settings.js';
import { resolveSprints } from '../../src/core/report/weekly.js';
import * as documents from '../../src/github/status/status-issues.graphql.js';
import { githubSchema } from '../support/standin-graphql.js';

describe('the status GraphQL documents', () => {
  const queries = Object.entries(documents).filter(([name]) => name.endsWith('_QUERY')) as [string, string][];

  it('are all checked', () => {
    expect(queries.map(([name]) => name).sort()).toEqual([
      'ISSUE_COMMENTS_QUERY',
      'MILESTONES_QUERY',
      'ORG_ITERATIONS_QUERY',
      'STATUS_ISSUES_QUERY',
      'USER_ITERATIONS_QUERY',
    ]);
  });

  // The end-to-end test sends the search and comments queries; milestones and iterations only run
  // with other sprint sources, so each document is also validated here against GitHub's schema.
  it.each(queries)("%s is valid against GitHub's published schema", (_name, query) => {
    expect(validate(githubSchema(), parse(query)).map((e) => e.message)).toEqual([]);
  });
});

describe('sprint sources', () => {
  const now = new Date('2026-11-20T16:00:00Z');

  it('falls back to ISO weeks, and says so, when the board has no iterations yet', () => {
    const s = reportSettings({ sprints: { source: 'iteration', count: 3 } });
    const r = resolveSprints(s, now, { iterations: [] });
    expect(r.sprints.map((x) => x.name)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(r.note).toBe('the board has no "Iteration" iterations yet, so sprints are ISO weeks');
  });

  it("uses the board's iterations up to the current one", () => {
    const s = reportSettings({ sprints: { source: 'iteration', count: 2 } });
    const iterations = [
      { title: 'Iteration 3', startDate: '2026-11-16', duration: 14 },
      { title: 'Iteration 1', startDate: '2026-10-19', duration: 14 },
      { title: 'Iteration 2', startDate: '2026-11-02', duration: 14 },
      { title: 'Iteration 4', startDate: '2026-11-30', duration: 14 },
    ];
    expect(resolveSprints(s, now, { iterations }).sprints).toEqual([
      { name: 'Iteration 2', start: '2026-11-02T00:00:00.000Z', end: '2026-11-16T00:00:00.000Z' },
      { name: 'Iteration 3', start: '2026-11-16T00:00:00.000Z', end: '2026-11-30T00:00:00.000Z' },
    ]);
  });

  it('falls back to ISO weeks when no milestone has a due date', () => {
    const s = reportSettings({ sprints: { source: 'milestones', count: 2 } });
    const r = resolveSprints(s, now, { milestones: [{ title: 'Someday', dueOn: null }] });
    expect(r.sprints.map((x) => x.name)).toEqual(['2026-W46', '2026-W47']);
    expect(r.note).toMatch(/no milestone with a due date/);
  });
});
