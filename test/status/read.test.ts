import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTrackedIssues } from '../../src/github/status/status-read.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { type SeedSummary, seedRepository } from './seed.js';

const REPO = 'acme/support-bot';
let gh: StandIn;
let seed: SeedSummary;
const now = new Date('2026-11-20T16:00:00Z');

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [REPO] });
  seed = seedRepository(gh.state, now, 1050, 4);
});
afterAll(async () => {
  await gh?.close();
});

describe('reading experiments for the report (in process, against the stand-in)', () => {
  it('reads past the 1,000-result search cap, finds buried logs, and parses form, record and column', async () => {
    // A bare client: the production one spaces GraphQL calls a second apart, which this test does not need.
    const octokit = new Octokit({ auth: 'ghs_read0000000000000000000000000000000000', baseUrl: gh.url });
    const issues = await readTrackedIssues(octokit, { owner: 'acme', repo: 'support-bot' });
    gh.assertNoViolations();

    expect(issues.filter((i) => i.kind === 'experiment')).toHaveLength(seed.experiments);
    expect(issues.filter((i) => i.kind === 'data-task')).toHaveLength(seed.dataTasks);
    const searches = gh.requests.filter((r) => r.graphql?.query.includes('SprintlabStatusIssues'));
    const queries = searches.map((r) => String(r.graphql?.variables.q));
    // 10 pages hit the cap, the rest comes from a second query starting at the last creation date.
    expect(queries.filter((q) => q.includes('label:experiment') && !q.includes('created:>='))).toHaveLength(
      10,
    );
    expect(
      queries.some((q) =>
        /label:experiment sort:created-asc created:>=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(q),
      ),
    ).toBe(true);
    expect(searches.length).toBeLessThanOrEqual(13);
    expect(gh.requests.filter((r) => r.graphql?.query.includes('SprintlabIssueComments')).length).toBe(
      Math.ceil(seed.buriedLogs / 50),
    );

    // Experiment 0 (issue #1): its log sits behind four other comments; it is in Hypothesis (i % 5 === 0).
    const first = issues.find((i) => i.number === 1)!;
    expect(first.record.history.map((h) => h.column)).toEqual(['Hypothesis']);
    expect(first.column).toBe('Hypothesis');
    // Experiment 13 (issue #14): promoted, with its learnings, form fields read from the body.
    const promoted = issues.find((i) => i.number === 14)!;
    expect(promoted.state).toBe('closed');
    expect(promoted.column).toBe('Production');
    expect(promoted.record.decisions).toEqual([
      expect.objectContaining({ kind: 'promote', learnings: 'Variant 13 holds on every slice.' }),
    ]);
    expect(promoted.form).toMatchObject({
      metric: 'accuracy',
      goal: 'maximize',
      baseline: 0.84,
      target: 0.9,
      budgetGpuHours: 23,
      mode: 'explore',
    });
    expect(promoted.form.timeBox).toMatch(/^\d{4}-\d\d-\d\d$/);
    // Data tasks: stage from the record, ready when it reached Ready, blocked experiments from the form.
    const data = issues.filter((i) => i.kind === 'data-task');
    expect(data[0]!.data).toMatchObject({ stage: 'Ready', blocks: [2] });
    expect(data[0]!.data?.readyAt).toBeDefined();
    expect(data[1]!.data).toMatchObject({ stage: 'Data needed', blocks: [9] });
  });
});
