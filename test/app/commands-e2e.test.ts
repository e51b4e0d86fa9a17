import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import { forgetProjectIds } from '../../src/github/board/projects.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import {
  BOARD_CONFIG,
  commentPayload,
  deliver,
  issuePayload,
  OWNER,
  REPO,
  seedBoard,
  startApp,
} from './harness.js';

// Labels-only mode: what a person reads in the replies does not depend on the board.
let gh: StandIn;
let app: RunningServer;
const full = `${OWNER}/${REPO}`;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [full] });
  gh.state.setFile('main', '.github/sprintlab.yml', 'board:\n  min_learnings: 10\n', full);
  gh.state.setPermission('ada', 'write', full);
  app = await startApp(gh);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await gh?.close();
});

beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

const comments = (n: number) => gh.state.commentsOf(gh.state.issue(n, full));
const reply = (n: number, commentId: number) =>
  comments(n).find((c) => c.body.startsWith(`<!-- sprintlab:reply-${commentId} -->`))?.body;
const record = (n: number) =>
  decodeRecord(comments(n).find((c) => c.body.startsWith('<!-- sprintlab:experiment-log -->'))?.body);
const reactions = (commentId: number) =>
  gh.state.comments.get(commentId)?.reactions.map((r) => r.content) ?? [];

async function startedExperiment() {
  const issue = gh.state.addIssue({
    repo: full,
    title: '[Experiment] QLoRA r16',
    body: experimentBody(),
    labels: ['experiment'],
    user: 'ada',
  });
  await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number));
  await deliver(app, 'issue_comment', commentPayload(gh, issue.number, '/start'));
  return issue.number;
}

async function say(n: number, text: string) {
  const payload = commentPayload(gh, n, text);
  expect(await deliver(app, 'issue_comment', payload)).toBe(200);
  return payload.comment.id;
}

describe('what people read when a command goes wrong', () => {
  it('answers a typo with the command it meant', async () => {
    const n = await startedExperiment();
    const id = await say(n, '/kil the adapters do not help');
    expect(reply(n, id)).toContain(
      '❌ `/kil` was not applied: this is not a Sprintlab command. Did you mean `/kill`?',
    );
    expect(reactions(id).sort()).toEqual(['confused', 'eyes']);
    expect(gh.state.issue(n, full).state).toBe('open');
  });

  it("leaves other bots' commands and paths in prose alone: no reaction, no reply, no write", async () => {
    const n = await startedExperiment();
    gh.resetRecords();
    const cc = await say(n, '/cc @bob');
    const path = await say(n, '/usr/bin/python segfaults on the eval set');
    expect(reactions(cc)).toEqual([]);
    expect(reactions(path)).toEqual([]);
    expect(reply(n, cc)).toBeUndefined();
    expect(reply(n, path)).toBeUndefined();
    expect(gh.calls((r) => r.method !== 'GET')).toEqual([]);
  });

  it('does not run a command shown in an indented code block or a quote: no reaction, no write', async () => {
    const n = await startedExperiment();
    gh.resetRecords();
    const code = await say(n, '    /kill no gain over the baseline');
    const quoted = await say(n, '> /kill no gain over the baseline');
    expect(reactions(code)).toEqual([]);
    expect(reactions(quoted)).toEqual([]);
    expect(gh.calls((r) => r.method !== 'GET')).toEqual([]);
    expect(gh.state.issue(n, full).state).toBe('open');
  });

  it('records a 40,000-character /log note cut with a note saying so, and the comment is accepted', async () => {
    const n = await startedExperiment();
    const id = await say(n, `/log accuracy=0.86 gpu_hours=1 ${'z'.repeat(40_000)}`);
    expect(gh.calls((r) => r.status === 422)).toEqual([]);
    expect(record(n).log[0]?.note).toBe(
      `${'z'.repeat(1000)} … (cut at 1000 characters; the full text is in the comment that gave it)`,
    );
    expect(reactions(id)).toContain('rocket');
  });

  it('answers 15 refused commands from someone without write access with one reply and one reaction each', async () => {
    const n = await startedExperiment();
    gh.state.setPermission('mallory', 'read', full);
    const before = comments(n).length;
    const ids: number[] = [];
    for (let i = 0; i < 15; i++) {
      const p = commentPayload(gh, n, i % 2 ? '/kill mine now' : '/promote', 'mallory');
      expect(await deliver(app, 'issue_comment', p)).toBe(200);
      ids.push(p.comment.id);
    }
    const bot = comments(n).filter((c) => c.user.type === 'Bot');
    expect(comments(n).length - before - 15).toBe(1);
    expect(bot.filter((c) => c.body.startsWith('<!-- sprintlab:no-access -->'))).toHaveLength(1);
    for (const id of ids) expect(reactions(id)).toEqual(['confused']);
    expect(gh.state.issue(n, full).state).toBe('open');
  });

  it('names a malformed /log pair and shows metric names as written', async () => {
    const n = await startedExperiment();
    const spaced = await say(n, '/log accuracy= 0.86 gpu_hours=2');
    expect(reply(n, spaced)).toContain('`accuracy=` is not a `name=value` pair');
    const words = await say(n, '/log top_1=high');
    expect(reply(n, words)).toContain('`top_1=high`: the value must be a number');
    expect(reply(n, words)).not.toContain('\\_');
    expect(record(n).log).toEqual([]);
  });

  it('keeps key=value words in kill learnings, and a refused move says what to run first', async () => {
    const n = await startedExperiment();
    const promote = await say(n, '/promote');
    expect(reply(n, promote)).toContain('but this one is in Experiment. Comment `/evaluate` first.');
    await say(n, '/log accuracy=0.85 gpu_hours=3');
    await say(n, '/evaluate');
    await say(n, '/kill lr=3e-4 and warmup=500 did not move accuracy');
    expect(gh.state.issue(n, full).state_reason).toBe('not_planned');
    expect(record(n).decisions[0]?.learnings).toBe('lr=3e-4 and warmup=500 did not move accuracy');
    const log = comments(n).find((c) => c.body.startsWith('<!-- sprintlab:experiment-log -->'))?.body;
    expect(log).toContain('> lr=3e-4 and warmup=500 did not move accuracy');
  });
});

describe('a board the token may not change', () => {
  it('says so on the issue with the permission to grant, keeps the log, and clears it once the board works', async () => {
    seedBoard(gh);
    gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
    forgetProjectIds();
    const other = await startApp(gh);
    try {
      const issue = gh.state.addIssue({
        repo: full,
        title: '[Experiment] no access',
        body: experimentBody(),
        labels: ['experiment'],
        user: 'ada',
      });
      // The board lookup is the first GraphQL call of a cold app; GitHub answers 403 to a token without project access.
      gh.failNext({ route: '/graphql', status: 403 });
      expect(await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number))).toBe(200);
      const problem = comments(issue.number).find((c) =>
        c.body.startsWith('<!-- sprintlab:board-problem -->'),
      );
      expect(problem?.body).toContain(
        'Sprintlab may not change the board https://github.com/orgs/acme/projects/3',
      );
      expect(problem?.body).toContain('**Fix:** grant the app "Organization projects: Read and write"');
      expect(problem?.body).not.toMatch(/\bat .*\.(js|ts):\d+/);
      expect(record(issue.number).history.map((h) => h.column)).toEqual(['Hypothesis']);

      await deliver(other, 'issues', issuePayload(gh, 'edited', issue.number));
      const after = comments(issue.number).filter((c) =>
        c.body.startsWith('<!-- sprintlab:board-problem -->'),
      );
      expect(after).toHaveLength(1);
      expect(after[0]?.body).toContain('The board is reachable again');
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', 'board:\n  min_learnings: 10\n', full);
      forgetProjectIds();
    }
  });
});
