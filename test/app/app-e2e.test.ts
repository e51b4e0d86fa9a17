import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/app/server.js';
import { READINESS_CHECKLIST } from '../../src/core/experiment/forms.js';
import { decodeRecord } from '../../src/core/experiment/record-codec.js';
import { forgetProjectIds } from '../../src/github/board/projects.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import type { ProjectRecord } from '../support/standin-state.js';
import {
  APP_BOT,
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
  gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
  gh.state.setPermission('ada', 'write', full);
  gh.state.setPermission('mallory', 'read', full);
  app = await startApp(gh);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await gh?.close();
});

beforeEach(() => gh.resetRecords());
// Every scenario: each REST route and GraphQL document sent is one GitHub would accept.
afterEach(() => gh.assertNoViolations());

const openExperiment = (body = experimentBody(), labels = ['experiment']) =>
  gh.state.addIssue({ repo: full, title: '[Experiment] QLoRA r16', body, labels, user: 'ada' });

const comments = (n: number) => gh.state.commentsOf(gh.state.issue(n, full));
const sticky = (n: number, key: string) =>
  comments(n).filter((c) => c.body.startsWith(`<!-- sprintlab:${key} -->`));
const record = (n: number) => decodeRecord(sticky(n, 'experiment-log')[0]?.body);
const column = (n: number) => {
  const item = board.items.find((i) => i.content === gh.state.issue(n, full));
  return item ? gh.state.itemValueByName(board, item, 'Status') : undefined;
};
const labels = (n: number) => gh.state.issue(n, full).labels;
const writes = () =>
  gh.calls((r) => r.method !== 'GET' && !(r.route === '/graphql' && r.graphql?.operation === 'query'));

describe('the app as a Probot server on loopback', () => {
  it('rejects a webhook with a wrong signature and does nothing', async () => {
    const issue = openExperiment();
    const status = await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number), {
      secret: 'not-the-secret',
    });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(gh.requests).toHaveLength(0);
    expect(comments(issue.number)).toHaveLength(0);
  });

  it('opens a valid experiment: card in Hypothesis, log comment, at most 5 calls with a warm cache', async () => {
    // The first event warms the installation token, config and project-id caches.
    const warm = openExperiment();
    expect(await deliver(app, 'issues', issuePayload(gh, 'opened', warm.number))).toBe(200);
    expect(column(warm.number)).toBe('Hypothesis');
    // Cold: installation token, config file and board ids come on top of the 5.
    expect(gh.calls().length).toBeLessThanOrEqual(8);

    gh.resetRecords();
    const issue = openExperiment();
    expect(await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number))).toBe(200);
    expect(column(issue.number)).toBe('Hypothesis');
    expect(labels(issue.number)).toEqual(['experiment']);
    const log = sticky(issue.number, 'experiment-log');
    expect(log).toHaveLength(1);
    expect(log[0]?.user.login).toBe(APP_BOT);
    expect(log[0]?.body).toMatch(/\*\*accuracy\*\* \(maximize\): baseline 0\.84 → target 0\.9/);
    expect(record(issue.number).history.map((h) => h.column)).toEqual(['Hypothesis']);
    const calls = gh.calls();
    expect(calls.filter((c) => c.graphql?.operation === 'query')).toHaveLength(1);
    expect(calls.filter((c) => c.graphql?.operation === 'mutation')).toHaveLength(2);
    expect(
      calls
        .filter((c) => c.route === '/repos/{owner}/{repo}/issues/{issue_number}/comments')
        .map((c) => c.method),
    ).toEqual(['POST', 'GET']);
    // The fifth reads the new record back: a second run creating one at the same time would show there.
    expect(calls.length).toBeLessThanOrEqual(5);
    gh.assertNoViolations();
  });

  it('flags an invalid experiment, and turns the same comment to a pass when the issue is edited', async () => {
    const issue = openExperiment(experimentBody({ target: '0.5', budget: 'lots' }));
    await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number));
    expect(labels(issue.number)).toContain('needs-info');
    const [validation] = sticky(issue.number, 'validation');
    expect(validation?.body).toMatch(/Compute budget \(GPU-hours\) \| is not a number/);
    expect(validation?.body).toMatch(/Target value \| \(0\.5\) is below the baseline/);
    expect(column(issue.number)).toBe('Backlog');

    gh.state.issue(issue.number, full).body = experimentBody();
    await deliver(app, 'issues', issuePayload(gh, 'edited', issue.number));
    expect(labels(issue.number)).not.toContain('needs-info');
    const after = sticky(issue.number, 'validation');
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(validation?.id);
    expect(after[0]?.body).toMatch(/form is complete/);
    expect(column(issue.number)).toBe('Hypothesis');
    gh.assertNoViolations();
  });

  it('runs the journey Hypothesis → Experiment → Evaluation → Killed with learnings', async () => {
    const issue = openExperiment();
    const n = issue.number;
    await deliver(app, 'issues', issuePayload(gh, 'opened', n));
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/start'));
    expect(column(n)).toBe('Experiment');
    const log = commentPayload(gh, n, '/log accuracy=0.86 gpu_hours=6 first full run');
    await deliver(app, 'issue_comment', log);
    expect(
      gh.state.comments
        .get(log.comment.id)
        ?.reactions.map((r) => r.content)
        .sort(),
    ).toEqual(['eyes', 'rocket']);
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/evaluate'));
    expect(column(n)).toBe('Evaluation');
    await deliver(
      app,
      'issue_comment',
      commentPayload(gh, n, '/kill r16 adapters do not beat the baseline on long inputs'),
    );
    expect(column(n)).toBe('Killed');
    const closed = gh.state.issue(n, full);
    expect(closed.state).toBe('closed');
    expect(closed.state_reason).toBe('not_planned');
    const r = record(n);
    expect(r.history.map((h) => h.column)).toEqual(['Hypothesis', 'Experiment', 'Evaluation', 'Killed']);
    expect(r.log).toEqual([
      expect.objectContaining({
        by: 'ada',
        metrics: { accuracy: 0.86 },
        gpuHours: 6,
        note: 'first full run',
      }),
    ]);
    expect(r.decisions[0]).toMatchObject({
      kind: 'kill',
      learnings: 'r16 adapters do not beat the baseline on long inputs',
    });
    expect(sticky(n, 'experiment-log')).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('links a gate result from a PR, moves to Evaluation, and promotes to Production', async () => {
    const issue = openExperiment(experimentBody({ readiness: READINESS_CHECKLIST }));
    const n = issue.number;
    await deliver(app, 'issues', issuePayload(gh, 'opened', n));
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/start'));
    const pr = gh.state.addPull({
      repo: full,
      title: 'QLoRA results',
      body: `Results for 5 seeds.\n\nExperiment: #${n}`,
    });
    expect(await deliver(app, 'check_run', gatePayload(gh, pr.number, 'pass', { accuracy: 0.912 }))).toBe(
      200,
    );
    expect(column(n)).toBe('Evaluation');
    expect(sticky(n, `gate-${pr.number}`)[0]?.body).toMatch(
      /Gate on PR #\d+: pass[\s\S]*\| accuracy \| 0\.912 \| 0\.9 \|/,
    );
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/promote'));
    expect(column(n)).toBe('Production');
    expect(gh.state.issue(n, full).state_reason).toBe('completed');
    gh.assertNoViolations();
  });

  it('keeps a failed gate out of Production and says why', async () => {
    const issue = openExperiment(experimentBody({ readiness: READINESS_CHECKLIST }));
    const n = issue.number;
    await deliver(app, 'issues', issuePayload(gh, 'opened', n));
    await deliver(app, 'issue_comment', commentPayload(gh, n, '/start'));
    // The PR also names itself and a number that does not exist: both are skipped.
    const pr = gh.state.addPull({
      repo: full,
      title: 'try',
      body: `Closes #${n}\n\nExperiment: #${n + 1000}`,
    });
    await deliver(app, 'check_run', gatePayload(gh, pr.number, 'fail', { accuracy: 0.8 }, 999));
    const promote = commentPayload(gh, n, '/promote');
    await deliver(app, 'issue_comment', promote);
    expect(column(n)).toBe('Evaluation');
    expect(sticky(n, `reply-${promote.comment.id}`)[0]?.body).toMatch(/last gate \(PR #\d+\) says fail/);
    expect(gh.state.comments.get(promote.comment.id)?.reactions.map((r) => r.content)).toContain('confused');
  });

  it('changes nothing when the same webhook is delivered twice', async () => {
    const issue = openExperiment();
    const n = issue.number;
    const opened = issuePayload(gh, 'opened', n);
    await deliver(app, 'issues', opened);
    const start = commentPayload(gh, n, '/start');
    await deliver(app, 'issue_comment', start);
    const before = { comments: comments(n).map((c) => c.body), labels: labels(n), items: board.items.length };
    gh.resetRecords();
    await deliver(app, 'issues', opened);
    await deliver(app, 'issue_comment', start);
    expect(comments(n).map((c) => c.body)).toEqual(before.comments);
    expect(labels(n)).toEqual(before.labels);
    expect(board.items.length).toBe(before.items);
    expect(column(n)).toBe('Experiment');
    // Only reads, plus the receipt reaction GitHub dedupes.
    expect(writes().map((c) => `${c.method} ${c.route}`)).toEqual([
      'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    ]);
  });

  it('creates one log comment when the same issue gets two events at once', async () => {
    const issue = openExperiment();
    const opened = issuePayload(gh, 'opened', issue.number);
    const statuses = await Promise.all([
      deliver(app, 'issues', opened),
      deliver(app, 'issues', { ...opened, action: 'edited' }),
    ]);
    expect(statuses).toEqual([200, 200]);
    expect(sticky(issue.number, 'experiment-log')).toHaveLength(1);
    expect(board.items.filter((i) => i.content === gh.state.issue(issue.number, full))).toHaveLength(1);
  });

  it("refuses a non-collaborator's /kill politely", async () => {
    const issue = openExperiment();
    const n = issue.number;
    await deliver(app, 'issues', issuePayload(gh, 'opened', n));
    const kill = commentPayload(gh, n, '/kill this idea is bad and I want it gone', 'mallory');
    await deliver(app, 'issue_comment', kill);
    expect(gh.state.issue(n, full).state).toBe('open');
    expect(column(n)).toBe('Hypothesis');
    expect(sticky(n, 'no-access')[0]?.body).toMatch(/only people with write access/);
    expect(gh.calls({ route: '/repos/{owner}/{repo}/collaborators/{username}/permission' })).toHaveLength(1);
  });

  it('completes an event through a 502 and a secondary rate limit', async () => {
    const issue = openExperiment();
    gh.failNext({ route: '/graphql', status: 502 });
    gh.rateLimitNext({ route: '/repos/{owner}/{repo}/issues/{issue_number}/comments', retryAfter: 1 });
    expect(await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number))).toBe(200);
    expect(column(issue.number)).toBe('Hypothesis');
    expect(sticky(issue.number, 'experiment-log')).toHaveLength(1);
    expect(gh.calls({ status: 502 })).toHaveLength(1);
    expect(gh.calls({ status: 403 })).toHaveLength(1);
  });

  it("ignores the app's own comments and other bots", async () => {
    const issue = openExperiment();
    await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number));
    gh.resetRecords();
    await deliver(app, 'issue_comment', commentPayload(gh, issue.number, '/start', APP_BOT));
    expect(gh.requests).toHaveLength(0);
    expect(column(issue.number)).toBe('Hypothesis');
  });

  it('refuses /start while a blocking data task is open', async () => {
    const task = gh.state.addIssue({
      repo: full,
      title: '[Data] support logs',
      labels: ['data-task', 'stage:collection'],
      body: '### Source\n\nlogs\n\n### Volume\n\n100\n\n### Quality gate\n\nkappa\n\n### Blocking experiments\n\n_No response_\n\n### Stage\n\nCollection',
    });
    const issue = openExperiment(experimentBody({ data_tasks: `#${task.number}` }));
    await deliver(app, 'issues', issuePayload(gh, 'opened', issue.number));
    const start = commentPayload(gh, issue.number, '/start');
    await deliver(app, 'issue_comment', start);
    expect(column(issue.number)).toBe('Hypothesis');
    expect(sticky(issue.number, `reply-${start.comment.id}`)[0]?.body).toMatch(
      new RegExp(`data task #${task.number} is still open`),
    );
  });

  it('reopens an experiment closed without a decision', async () => {
    const issue = openExperiment();
    const n = issue.number;
    await deliver(app, 'issues', issuePayload(gh, 'opened', n));
    const closed = gh.state.issue(n, full);
    closed.state = 'closed';
    closed.state_reason = 'completed';
    await deliver(app, 'issues', issuePayload(gh, 'closed', n));
    expect(gh.state.issue(n, full).state).toBe('open');
    expect(sticky(n, 'closed-without-decision')[0]?.body).toMatch(/without a recorded decision/);
    expect(
      gh.calls({ method: 'PATCH', route: '/repos/{owner}/{repo}/issues/{issue_number}' })[0]?.body,
    ).toEqual({
      state: 'open',
      state_reason: 'reopened',
    });
  });

  it('lets /start through once the blocking data task reaches Ready via /stage', async () => {
    const task = gh.state.addIssue({
      repo: full,
      title: '[Data] labelled intents',
      labels: ['data-task'],
      body: '### Source\n\nlogs\n\n### Volume\n\n100\n\n### Quality gate\n\nkappa\n\n### Blocking experiments\n\n_No response_\n\n### Stage\n\nQA',
    });
    await deliver(app, 'issues', issuePayload(gh, 'opened', task.number));
    expect(labels(task.number)).toContain('stage:qa');
    const exp = openExperiment(experimentBody({ data_tasks: `#${task.number}` }));
    await deliver(app, 'issues', issuePayload(gh, 'opened', exp.number));
    await deliver(app, 'issue_comment', commentPayload(gh, exp.number, '/start'));
    expect(column(exp.number)).toBe('Hypothesis');
    await deliver(app, 'issue_comment', commentPayload(gh, task.number, '/stage ready'));
    expect(labels(task.number)).toEqual(['data-task', 'stage:ready']);
    await deliver(app, 'issue_comment', commentPayload(gh, exp.number, '/start'));
    expect(column(exp.number)).toBe('Experiment');
    gh.assertNoViolations();
  });

  it('works with a user-owned board', async () => {
    forgetProjectIds();
    const userBoard = gh.state.addProject({
      owner: 'ada',
      ownerType: 'User',
      number: 1,
      fields: [{ name: 'Stage', type: 'single_select', options: ['Backlog', 'Hypothesis', 'Experiment'] }],
    });
    gh.state.setFile(
      'main',
      '.github/sprintlab.yml',
      'board:\n  project: https://github.com/users/ada/projects/1\n  field: Stage\n',
      full,
    );
    const other = await startApp(gh);
    try {
      const issue = openExperiment();
      await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number));
      const item = userBoard.items.find((i) => i.content === gh.state.issue(issue.number, full));
      expect(item && gh.state.itemValueByName(userBoard, item, 'Stage')).toBe('Hypothesis');
      gh.assertNoViolations();
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
    }
  });

  it('keeps experiment fields on the card in the same call as the column', async () => {
    forgetProjectIds();
    const fieldsBoard = gh.state.addProject({
      owner: OWNER,
      ownerType: 'Organization',
      number: 5,
      fields: [
        {
          name: 'Status',
          type: 'single_select',
          options: ['Backlog', 'Hypothesis', 'Experiment', 'Evaluation'],
        },
        { name: 'Target', type: 'number' },
        { name: 'Metric', type: 'text' },
        { name: 'Decision due', type: 'date' },
        { name: 'Latest', type: 'number' },
      ],
    });
    const config = `board:\n  project: https://github.com/orgs/${OWNER}/projects/5\n  fields: { Target: target, Metric: metric, "Decision due": time_box, Latest: latest }\n`;
    gh.state.setFile('main', '.github/sprintlab.yml', config, full);
    const other = await startApp(gh);
    const value = (n: number, field: string) => {
      const item = fieldsBoard.items.find((i) => i.content === gh.state.issue(n, full));
      return item && gh.state.itemValueByName(fieldsBoard, item, field);
    };
    try {
      await deliver(other, 'issues', issuePayload(gh, 'opened', openExperiment().number));
      gh.resetRecords();
      const issue = openExperiment();
      await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number));
      expect(value(issue.number, 'Status')).toBe('Hypothesis');
      expect(value(issue.number, 'Target')).toBe(0.9);
      expect(value(issue.number, 'Metric')).toBe('accuracy');
      expect(value(issue.number, 'Decision due')).toBe('2026-12-31');
      expect(value(issue.number, 'Latest')).toBeUndefined();
      expect(gh.calls().length).toBeLessThanOrEqual(5);
      await deliver(other, 'issue_comment', commentPayload(gh, issue.number, '/start'));
      gh.resetRecords();
      await deliver(
        other,
        'issue_comment',
        commentPayload(gh, issue.number, '/log accuracy=0.88 gpu_hours=3'),
      );
      expect(value(issue.number, 'Latest')).toBe(0.88);
      // Only the changed field is sent: one update in one mutation.
      const mutations = gh.calls({ operation: 'mutation' });
      expect(mutations).toHaveLength(1);
      expect(Object.keys(mutations[0]?.graphql?.variables ?? {}).filter((k) => /^f\d+$/.test(k))).toEqual([
        'f0',
      ]);
      gh.assertNoViolations();
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
    }
  });

  it('counts the cards in a column on the board and refuses a move over its WIP limit', async () => {
    const inExperiment = () =>
      board.items.filter(
        (i) => i.content.state === 'open' && gh.state.itemValueByName(board, i, 'Status') === 'Experiment',
      ).length;
    const busy = openExperiment();
    gh.state.addProjectItem(board, busy, { Status: 'Experiment' });
    const limit = inExperiment();
    gh.state.setFile(
      'main',
      '.github/sprintlab.yml',
      `${BOARD_CONFIG}  wip_mode: warn\n`.replace(
        'wip: { Experiment: 3, Evaluation: 4 }',
        `wip: { Experiment: { limit: ${limit}, mode: refuse } }`,
      ),
      full,
    );
    const other = await startApp(gh);
    try {
      const issue = openExperiment();
      await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number));
      const start = commentPayload(gh, issue.number, '/start');
      await deliver(other, 'issue_comment', start);
      expect(column(issue.number)).toBe('Hypothesis');
      expect(sticky(issue.number, `reply-${start.comment.id}`)[0]?.body).toMatch(
        new RegExp(`Experiment is at its WIP limit \\(${limit}\\)`),
      );
      expect(inExperiment()).toBe(limit);
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
    }
  });

  it('says on the issue when the board URL points nowhere, and still keeps the log', async () => {
    forgetProjectIds();
    gh.state.setFile(
      'main',
      '.github/sprintlab.yml',
      BOARD_CONFIG.replace('projects/3', 'projects/99'),
      full,
    );
    const other = await startApp(gh);
    try {
      const issue = openExperiment();
      expect(await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number))).toBe(200);
      expect(sticky(issue.number, 'board-problem')[0]?.body).toMatch(
        /projects\/99 was not found[\s\S]*Fix:.*board\.project/,
      );
      expect(sticky(issue.number, 'experiment-log')).toHaveLength(1);
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, full);
    }
  });

  it('says on the issue when the board lacks a column option', async () => {
    forgetProjectIds();
    gh.state.setFile(
      'main',
      '.github/sprintlab.yml',
      BOARD_CONFIG.replace('projects/3', 'projects/4'),
      `${OWNER}/${REPO}`,
    );
    gh.state.addProject({
      owner: OWNER,
      ownerType: 'Organization',
      number: 4,
      fields: [{ name: 'Status', type: 'single_select', options: ['Todo', 'Done'] }],
    });
    const other = await startApp(gh);
    try {
      const issue = openExperiment();
      await deliver(other, 'issues', issuePayload(gh, 'opened', issue.number));
      expect(sticky(issue.number, 'board-problem')[0]?.body).toMatch(/has no option "Hypothesis"[\s\S]*Fix:/);
      expect(sticky(issue.number, 'experiment-log')).toHaveLength(1);
    } finally {
      await other.close();
      gh.state.setFile('main', '.github/sprintlab.yml', BOARD_CONFIG, `${OWNER}/${REPO}`);
    }
  });
});
