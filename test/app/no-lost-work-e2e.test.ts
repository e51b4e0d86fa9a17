import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.js';
import { READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import type { ProjectRecord } from '../support/standin-state.js';
import type { WebhookPayload } from '../support/webhook-examples.js';
import {
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
let board: ProjectRecord | undefined;
const full = `${OWNER}/${REPO}`;

/**
 * A stand-in and an app for one board mode: the board (the card moves) or labels only (status labels
 * change). No WIP limits: every scenario must end the same however many experiments the file made.
 */
function useMode(mode: 'board' | 'labels-only') {
  beforeAll(async () => {
    gh = await startGitHubStandIn({ repos: [full] });
    board = mode === 'board' ? seedBoard(gh) : undefined;
    const project =
      mode === 'board' ? `  project: https://github.com/orgs/${OWNER}/projects/3\n  field: Status\n` : '';
    gh.state.setFile('main', '.github/sprintlab.yml', `board:\n${project}  min_learnings: 10\n`, full);
    gh.state.setPermission('ada', 'write', full);
    app = await startApp(gh);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await gh?.close();
  });
  beforeEach(() => gh.resetRecords());
  afterEach(() => {
    gh.clearFaults();
    gh.assertNoViolations();
  });
}

interface Scenario {
  /** The comment ids and the PR number GitHub gave this run, in order, so runs can be compared. */
  ids: number[];
  pr?: number;
  n: number;
  /** The delivery under test, and where its comment is. */
  command: { name: string; payload: WebhookPayload };
}

/** An experiment brought to where `command` applies, and the command's delivery (not yet sent). */
async function prepare(command: '/evaluate' | '/kill' | '/promote'): Promise<Scenario> {
  const issue = gh.state.addIssue({
    repo: full,
    title: '[Experiment] QLoRA r16',
    body: experimentBody({ readiness: READINESS_CHECKLIST }),
    labels: ['experiment'],
    user: 'ada',
  });
  const n = issue.number;
  const ids: number[] = [];
  let prNumber: number | undefined;
  const say = async (text: string) => {
    const p = commentPayload(gh, n, text);
    ids.push(p.comment.id);
    expect(await deliver(app, 'issue_comment', p)).toBe(200);
  };
  await deliver(app, 'issues', issuePayload(gh, 'opened', n));
  await say('/start');
  if (command === '/promote') {
    const pr = gh.state.addPull({ repo: full, title: 'results', body: `Experiment: #${n}` });
    prNumber = pr.number;
    expect(await deliver(app, 'check_run', gatePayload(gh, pr.number, 'pass', { accuracy: 0.92 }))).toBe(200);
  } else {
    await say('/log accuracy=0.86 gpu_hours=2 first run');
  }
  const text = command === '/kill' ? '/kill r16 adapters never beat the baseline on long inputs' : command;
  const payload = commentPayload(gh, n, text);
  ids.push(payload.comment.id);
  return { ids, n, ...(prNumber ? { pr: prNumber } : {}), command: { name: command, payload } };
}

/** Everything a person or the report can see of the experiment, with this run's numbers and times neutralised. */
function snapshot({ n, ids, pr, command }: Scenario) {
  const neutral = (text: string) =>
    ids.reduce(
      (t, id, i) => t.replace(new RegExp(`(?<!\\d)${id}(?!\\d)`, 'g'), `<id${i}>`),
      text
        .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>')
        .replace(new RegExp(`#${pr}\\b|gate-${pr}\\b|"pr":${pr}\\b`, 'g'), (m) =>
          m.replace(String(pr), '<pr>'),
        ),
    );
  const issue = gh.state.issue(n, full);
  const item = board?.items.find((i) => i.content === issue);
  return {
    state: issue.state,
    reason: issue.state_reason,
    labels: [...issue.labels].sort(),
    column: board && item ? gh.state.itemValueByName(board, item, 'Status') : undefined,
    comments: gh.state
      .commentsOf(issue)
      .filter((c) => c.user.type === 'Bot')
      .map((c) => neutral(c.body)),
    reactions: gh.state.comments
      .get(command.payload.comment.id)
      ?.reactions.map((r) => r.content)
      .sort(),
  };
}

const writes = () =>
  gh.calls((r) => (r.route === '/graphql' ? r.graphql?.operation === 'mutation' : r.method !== 'GET'));

for (const mode of ['board', 'labels-only'] as const)
  describe(`a fault at any write, then the same delivery again, ends as if nothing had failed (${mode})`, () => {
    useMode(mode);
    for (const command of ['/evaluate', '/kill', '/promote'] as const) {
      it(`${command}: every write position`, async () => {
        const clean = await prepare(command);
        gh.resetRecords();
        expect(await deliver(app, 'issue_comment', clean.command.payload)).toBe(200);
        const positions = writes().length;
        const expected = snapshot(clean);
        expect(positions).toBeGreaterThanOrEqual(4);

        for (let at = 0; at < positions; at++) {
          const run = await prepare(command);
          // GitHub answers 502 to the write at this position and to every retry of it.
          gh.failNext({ writes: true, skip: at, times: 50, status: 502 });
          expect(await deliver(app, 'issue_comment', run.command.payload), `fault at write ${at}`).toBe(500);
          gh.clearFaults();
          expect(await deliver(app, 'issue_comment', run.command.payload)).toBe(200);
          expect(snapshot(run), `fault at write ${at} of ${command}`).toEqual(expected);
        }
      }, 120_000);
    }
  });

describe('a comment GitHub created although it answered 502', () => {
  useMode('labels-only');
  it('is found by its marker and not posted twice', async () => {
    const { n } = await prepare('/evaluate');
    const help = commentPayload(gh, n, '/help');
    gh.resetRecords();
    const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    // The answer to the POST that creates the reply is lost: GitHub created it, the app saw a 502.
    gh.failNext({ method: 'POST', route: COMMENTS, status: 502, afterWrite: true });
    expect(await deliver(app, 'issue_comment', help)).toBe(200);
    const replies = gh.state
      .commentsOf(gh.state.issue(n, full))
      .filter((c) => c.body.startsWith(`<!-- sprintlab:reply-${help.comment.id} -->`));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.body).toContain('### Sprintlab commands');
    expect(gh.calls({ method: 'POST', route: COMMENTS }).map((c) => c.status)).toEqual([502]);
  });
});
