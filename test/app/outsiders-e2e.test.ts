import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { commentPayload, deliver, issuePayload, OWNER, REPO, startApp } from './harness.js';

// Labels-only mode with a full Hypothesis column refusing more.
let gh: StandIn;
let app: RunningServer;
const full = `${OWNER}/${REPO}`;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [full] });
  gh.state.setFile(
    'main',
    '.github/sprintlab.yml',
    'board:\n  wip: { Hypothesis: 2 }\n  wip_mode: refuse\n',
    full,
  );
  gh.state.setPermission('ada', 'write', full);
  gh.state.setPermission('mallory', 'read', full);
  app = await startApp(gh);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await gh?.close();
});

beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

const labels = (n: number) => gh.state.issue(n, full).labels;
const sticky = (n: number, key: string) =>
  gh.state.commentsOf(gh.state.issue(n, full)).find((c) => c.body.startsWith(`<!-- sprintlab:${key} -->`))
    ?.body;

/** An experiment opened from the form by `user`, as GitHub delivers it (with the author's association). */
async function open(user: string) {
  const issue = gh.state.addIssue({
    repo: full,
    title: `[Experiment] by ${user}`,
    body: experimentBody(),
    labels: ['experiment'],
    user,
  });
  const payload = issuePayload(gh, 'opened', issue.number, user);
  payload.issue.author_association = user === 'mallory' ? 'NONE' : 'COLLABORATOR';
  expect(await deliver(app, 'issues', payload)).toBe(200);
  return issue.number;
}

describe('experiments opened by people without triage access', () => {
  it('wait in Backlog without taking WIP, until a maintainer /starts one; a refused move says why', async () => {
    const outside = [await open('mallory'), await open('mallory'), await open('mallory')];
    for (const n of outside) {
      expect(labels(n)).toContain('status:backlog');
      expect(sticky(n, 'triage')).toMatch(
        /waits in \*\*Backlog\*\* until a maintainer picks it up with `\/start`/,
      );
    }
    // The limit is 2 and three outside experiments exist: a maintainer's still gets in, twice.
    const mine = [await open('ada'), await open('ada')];
    for (const n of mine) expect(labels(n)).toContain('status:hypothesis');
    const third = await open('ada');
    expect(labels(third)).toContain('status:backlog');
    expect(sticky(third, 'wip')).toContain(
      '⚠️ Not moved to **Hypothesis**: Hypothesis is at its WIP limit (2)',
    );

    // The author editing the form does not move it; a maintainer's /start does.
    const [first] = outside as [number];
    await deliver(app, 'issues', issuePayload(gh, 'edited', first, 'mallory'));
    expect(labels(first)).toContain('status:backlog');
    expect(await deliver(app, 'issue_comment', commentPayload(gh, first, '/start', 'ada'))).toBe(200);
    expect(labels(first)).toContain('status:experiment');
    expect(decodeRecord(sticky(first, 'experiment-log')).awaitsTriage).toBeUndefined();
  });
});
