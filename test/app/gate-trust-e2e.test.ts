import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.js';
import { READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import type { ProjectRecord } from '../support/standin-state.js';
import type { WebhookPayload } from '../support/webhook-examples.js';
import {
  BOARD_CONFIG,
  commentPayload,
  deliver,
  gatePayload,
  issuePayload,
  OWNER,
  REPO,
  seedBoard,
  startApp,
} from './harness.js';

let gh: StandIn;
let app: RunningServer;
let board: ProjectRecord;
const full = `${OWNER}/${REPO}`;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [full] });
  board = seedBoard(gh);
  gh.state.setFile('main', '.github/sprintlab.yml', `${BOARD_CONFIG}  gate_app: acme-gate\n`, full);
  gh.state.setPermission('ada', 'write', full);
  app = await startApp(gh);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await gh?.close();
});

beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

const column = (n: number) => {
  const item = board.items.find((i) => i.content === gh.state.issue(n, full));
  return item ? gh.state.itemValueByName(board, item, 'Status') : undefined;
};
const record = (n: number) =>
  decodeRecord(
    gh.state
      .commentsOf(gh.state.issue(n, full))
      .find((c) => c.body.startsWith('<!-- sprintlab:experiment-log -->'))?.body,
  );
const writes = () =>
  gh.calls((r) => r.method !== 'GET' && !(r.route === '/graphql' && r.graphql?.operation === 'query'));

/** An experiment in the Experiment column and a PR that names it. */
async function experimentWithPr() {
  const issue = gh.state.addIssue({
    repo: full,
    title: '[Experiment] QLoRA r16',
    body: experimentBody({ readiness: READINESS_CHECKLIST }),
    labels: ['experiment'],
    user: 'ada',
  });
  await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number));
  await deliver(app, 'issue_comment', commentPayload(gh, issue.number, '/start'));
  const pr = gh.state.addPull({ repo: full, title: 'results', body: `Experiment: #${issue.number}` });
  return { n: issue.number, pr: pr.number };
}

const fromApp = (p: WebhookPayload, slug: string, id: number) => {
  p.check_run.app = { ...p.check_run.app, slug, id };
  return p;
};

describe("only the gate's own check runs count as its verdict", () => {
  it('ignores a forged "pass" from another app: the card stays, nothing is written, /promote is still refused', async () => {
    const { n, pr } = await experimentWithPr();
    gh.resetRecords();
    const forged = fromApp(gatePayload(gh, pr, 'pass', { accuracy: 0.99 }, 5001), 'forger', 777);
    expect(await deliver(app, 'check_run', forged)).toBe(200);
    expect(writes()).toEqual([]);
    expect(column(n)).toBe('Experiment');
    expect(record(n).gates).toEqual([]);
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/promote'));
    expect(column(n)).toBe('Experiment');
    expect(gh.state.issue(n, full).state).toBe('open');
  });

  it('ignores a run from GitHub Actions whose conclusion contradicts the verdict it states', async () => {
    const { n, pr } = await experimentWithPr();
    gh.resetRecords();
    const mismatched = gatePayload(gh, pr, 'pass', { accuracy: 0.95 }, 5002);
    mismatched.check_run.conclusion = 'failure';
    expect(await deliver(app, 'check_run', mismatched)).toBe(200);
    expect(writes()).toEqual([]);
    expect(column(n)).toBe('Experiment');
  });

  it('takes the verdict from GitHub Actions and from the app named in board.gate_app', async () => {
    const first = await experimentWithPr();
    await deliver(app, 'check_run', gatePayload(gh, first.pr, 'pass', { accuracy: 0.91 }, 5003));
    expect(column(first.n)).toBe('Evaluation');
    const second = await experimentWithPr();
    await deliver(
      app,
      'check_run',
      fromApp(gatePayload(gh, second.pr, 'warn', { accuracy: 0.9 }, 5004), 'acme-gate', 4321),
    );
    expect(column(second.n)).toBe('Evaluation');
    expect(record(second.n).gates.map((g) => g.verdict)).toEqual(['warn']);
  });
});
