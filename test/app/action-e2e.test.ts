import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_KEYS } from '../../src/core/board/plan-experiment.js';
import { emptyRecord } from '../../src/core/experiment/record.js';
import { decodeRecord, encodeRecord } from '../../src/core/experiment/record-codec.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, NODE24, runNode } from '../support/run-bundle.js';
import type { WebhookPayload } from '../support/webhook-examples.js';
import { commentPayload, gatePayload, issuePayload, OWNER, REPO } from './harness.js';

const TOKEN = 'ghs_apptoken000000000000000000000000000000';
const full = `${OWNER}/${REPO}`;
let gh: StandIn;
let dir: string;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [full] });
  gh.tokenLogins.set(TOKEN, 'github-actions[bot]');
  gh.state.setPermission('ada', 'write', full);
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-app-action-'));
});
afterAll(async () => {
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

/** Runs `command: app` as the runner would, on one event, under Node 24 (the current Node without that build). */
async function runAction(
  eventName: string,
  payload: WebhookPayload | Record<string, unknown>,
  extra: Record<string, string> = {},
) {
  const temp = join(dir, `.runner-${Math.random().toString(36).slice(2)}`);
  mkdirSync(temp, { recursive: true });
  writeFileSync(join(temp, 'event.json'), JSON.stringify(payload));
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
  const result = await runNode(ACTION, [], {
    node: NODE24.path,
    cwd: dir,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(temp, 'event.json'),
      GITHUB_REPOSITORY: full,
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: gh.url,
      GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
      INPUT_COMMAND: 'app',
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_CONFIG: '.github/sprintlab.yml',
      ...extra,
    },
  });
  return { ...result, output: readFileSync(join(temp, 'output'), 'utf8') };
}

const sticky = (n: number, key: string) =>
  gh.state.commentsOf(gh.state.issue(n, full)).filter((c) => c.body.startsWith(`<!-- sprintlab:${key} -->`));

describe('the Action running the app (command: app), labels-only mode', () => {
  it('handles an opened experiment and a /start comment with the workflow token', async () => {
    const issue = gh.state.addIssue({
      repo: full,
      title: '[Experiment] distil',
      body: experimentBody(),
      labels: ['experiment'],
      user: 'ada',
    });
    const opened = await runAction('issues', issuePayload(gh, 'opened', issue.number));
    expect(opened.stderr).toBe('');
    expect(opened.code).toBe(0);
    expect(gh.state.issue(issue.number, full).labels).toEqual(['experiment', 'status:hypothesis']);
    expect(sticky(issue.number, COMMENT_KEYS.log)).toHaveLength(1);
    expect(opened.output).toMatch(/changes<<[\s\S]*label \+status:hypothesis/);

    const start = await runAction('issue_comment', commentPayload(gh, issue.number, '/start'));
    expect(start.code).toBe(0);
    expect(gh.state.issue(issue.number, full).labels).toEqual(['experiment', 'status:experiment']);
    // No board configured: no GraphQL mutation, and no project is touched.
    expect(gh.calls({ operation: 'mutation' })).toHaveLength(0);
    gh.assertNoViolations();
  });

  it('dry-run reads and plans but writes nothing', async () => {
    const issue = gh.state.addIssue({
      repo: full,
      title: '[Experiment] dry',
      body: experimentBody(),
      labels: ['experiment'],
      user: 'ada',
    });
    const r = await runAction('issues', issuePayload(gh, 'opened', issue.number), {
      'INPUT_DRY-RUN': 'true',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/label \+status:hypothesis/);
    expect(gh.calls((c) => c.method !== 'GET' && c.graphql?.operation !== 'query')).toHaveLength(0);
    expect(gh.state.issue(issue.number, full).labels).toEqual(['experiment']);
  });

  it('asks overdue experiments for a decision on the scheduled run, once', async () => {
    const day = 86_400_000;
    const created = new Date(Date.now() - 30 * day);
    const timeBox = new Date(Date.now() - 2 * day).toISOString().slice(0, 10);
    const overdue = gh.state.addIssue({
      repo: full,
      title: 'late',
      body: experimentBody({ time_box: timeBox }),
      labels: ['experiment', 'status:experiment'],
      user: 'ada',
      created_at: created,
    });
    const record = {
      ...emptyRecord(),
      history: [{ column: 'Experiment' as const, at: created.toISOString() }],
    };
    gh.state.addComment(
      overdue.number,
      `<!-- sprintlab:${COMMENT_KEYS.log} -->\nlog\n${encodeRecord(record)}`,
      { user: 'github-actions[bot]', repo: full },
    );
    const onTime = gh.state.addIssue({
      repo: full,
      title: 'fine',
      body: experimentBody({ time_box: '2099-01-01' }),
      labels: ['experiment'],
      user: 'ada',
      created_at: created,
    });

    const first = await runAction('schedule', { schedule: '0 6 * * 1' });
    expect(first.code).toBe(0);
    expect(first.output).toMatch(new RegExp(`time-box-asked<<[\\s\\S]*\\b${overdue.number}\\b`));
    expect(sticky(overdue.number, COMMENT_KEYS.timeBox)[0]?.body).toMatch(
      new RegExp(`time box ended on ${timeBox}`),
    );
    expect(gh.state.issue(overdue.number, full).labels).toContain('time-box-overrun');
    expect(sticky(onTime.number, COMMENT_KEYS.timeBox)).toHaveLength(0);

    gh.resetRecords();
    const again = await runAction('schedule', { schedule: '0 6 * * 1' });
    expect(again.code).toBe(0);
    expect(sticky(overdue.number, COMMENT_KEYS.timeBox)).toHaveLength(1);
    expect(gh.calls((r) => r.method !== 'GET' && r.graphql?.operation !== 'query')).toHaveLength(0);
    gh.assertNoViolations();
  });

  it('says a broken config on the issue instead of failing the job with a stack trace', async () => {
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/sprintlab.yml'), 'board:\n  wip: { Experiment: lots }\n');
    try {
      const issue = gh.state.addIssue({
        repo: full,
        title: 'x',
        body: experimentBody(),
        labels: ['experiment'],
        user: 'ada',
      });
      const r = await runAction('issues', issuePayload(gh, 'opened', issue.number));
      expect(r.code).toBe(0);
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
      expect(sticky(issue.number, 'config-problem')[0]?.body).toMatch(/board\.wip\.Experiment/);
    } finally {
      rmSync(join(dir, '.github/sprintlab.yml'));
    }
  });
});

describe('overlapping workflow runs for one experiment (command: app)', () => {
  it('keeps all 20 gate results when the check runs finish two at a time', async () => {
    const issue = gh.state.addIssue({
      repo: full,
      title: '[Experiment] twenty seeds',
      body: experimentBody(),
      labels: ['experiment'],
      user: 'ada',
    });
    const n = issue.number;
    expect((await runAction('issues', issuePayload(gh, 'opened', n))).code).toBe(0);
    expect((await runAction('issue_comment', commentPayload(gh, n, '/start'))).code).toBe(0);
    const pr = gh.state.addPull({ repo: full, title: 'sweep', body: `Experiment: #${n}` });
    gh.resetRecords();
    // Each pair starts together and reads the same record: without the conflict check one of the two
    // results was lost in every round (10 of 20 kept).
    for (let round = 0; round < 10; round++) {
      const pair = [0, 1].map((k) =>
        runAction(
          'check_run',
          gatePayload(gh, pr.number, 'pass', { accuracy: 0.9 + round / 100 }, 7000 + round * 2 + k),
        ),
      );
      for (const run of await Promise.all(pair)) expect(run.code, run.stderr).toBe(0);
    }
    const record = decodeRecord(sticky(n, COMMENT_KEYS.log)[0]?.body);
    expect(record.gates.map((g) => g.checkRun).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => 7000 + i),
    );
    expect(sticky(n, COMMENT_KEYS.log)).toHaveLength(1);
  }, 300_000);
});
