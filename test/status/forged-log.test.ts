import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentRecord } from '../../src/core/experiment/record.js';
import { encodeRecord } from '../../src/core/experiment/record-codec.js';
import { readTrackedIssues } from '../../src/github/status/status-read.js';
import { stickyMarker } from '../../src/github/sticky-comment.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';

const REPO = 'acme/models';
let gh: StandIn;

const record = (accuracy: number): ExperimentRecord => ({
  version: 1,
  history: [{ column: 'Experiment', at: '2026-11-02T00:00:00Z' }],
  log: [{ at: '2026-11-03T00:00:00Z', by: 'mira', metrics: { accuracy } }],
  decisions: [],
  gates: [],
  blockers: [],
});
const logComment = (accuracy: number) =>
  `${stickyMarker('experiment-log')}\n### Experiment log\n\n${encodeRecord(record(accuracy))}`;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [REPO] });
});
afterAll(async () => {
  await gh?.close();
});

describe('the experiment log the report trusts', () => {
  it("is the app's comment, never a look-alike pasted by a person", async () => {
    const add = (title: string) =>
      gh.state.addIssue({ repo: REPO, title, labels: ['experiment'], created_at: '2026-11-01T00:00:00Z' });
    // A forged log posted before the app's, in the first comments the search returns.
    const first = add('forged first');
    gh.state.addComment(first.number, logComment(0.99), {
      user: 'mallory',
      created_at: '2026-11-01T01:00:00Z',
    });
    gh.state.addComment(first.number, logComment(0.85), {
      user: 'sprintlab[bot]',
      created_at: '2026-11-01T02:00:00Z',
    });
    // Only a forged log: the issue has no record at all.
    const only = add('forged only');
    gh.state.addComment(only.number, logComment(0.99), {
      user: 'mallory',
      created_at: '2026-11-01T01:00:00Z',
    });
    // The app's log buried behind forged ones, found by the second look.
    const buried = add('buried');
    for (let c = 0; c < 4; c++)
      gh.state.addComment(buried.number, logComment(0.99), {
        user: 'mallory',
        created_at: `2026-11-01T0${c + 1}:00:00Z`,
      });
    gh.state.addComment(buried.number, logComment(0.86), {
      user: 'sprintlab[bot]',
      created_at: '2026-11-01T06:00:00Z',
    });

    const octokit = new Octokit({ auth: 'ghs_forged00000000000000000000000000000000', baseUrl: gh.url });
    const issues = await readTrackedIssues(octokit, { owner: 'acme', repo: 'models' });
    gh.assertNoViolations();
    const accuracy = (n: number) =>
      issues.find((i) => i.number === n)!.record.log.map((l) => l.metrics.accuracy);
    expect(accuracy(first.number)).toEqual([0.85]);
    expect(accuracy(only.number)).toEqual([]);
    expect(accuracy(buried.number)).toEqual([0.86]);
    expect(gh.requests.filter((r) => r.graphql?.query.includes('SprintlabIssueComments'))).toHaveLength(1);
  });
});
