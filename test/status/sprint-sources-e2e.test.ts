import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoWeekName } from '../../src/core/report/sprints.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, CLI, hasStackTrace, runNode } from '../support/run-bundle.js';
import { seedRepository } from './seed.js';

const REPO = 'acme/models';
const DAY = 86_400_000;
const now = new Date();
const dateOnly = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let gh: StandIn;
let dir: string;

beforeEach(async () => {
  gh = await startGitHubStandIn({ repos: [REPO] });
  seedRepository(gh.state, now, 60, 6);
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-status-src-'));
});
afterEach(async () => {
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

function runAction(config?: string) {
  const temp = join(dir, '.runner');
  mkdirSync(temp, { recursive: true });
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
  if (config !== undefined) {
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/sprintlab.yml'), config);
  }
  return runNode(ACTION, [], {
    timeoutMs: 110_000,
    cwd: dir,
    env: {
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_WORKSPACE: dir,
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      RUNNER_TEMP: temp,
      INPUT_COMMAND: 'status',
      'INPUT_GITHUB-TOKEN': 'ghs_sources000000000000000000000000000000',
      INPUT_CONFIG: '.github/sprintlab.yml',
    },
  });
}

const statusIssue = () =>
  [...gh.state.repo(REPO).issues.values()].find((i) => i.title === `Sprint status ${isoWeekName(now)}`);
const queries = (name: string) =>
  gh.requests.filter((r) => r.graphql?.query.includes(name) && r.status === 200);

describe('command: status sprint sources', { timeout: 120_000 }, () => {
  it('without a config file, sprints come from dated milestones; a transient 502 is retried', async () => {
    gh.state.addMilestone({
      repo: REPO,
      title: 'Sprint 11',
      dueOn: `${dateOnly(now.getTime() - 10 * DAY)}T07:00:00Z`,
      state: 'closed',
    });
    gh.state.addMilestone({
      repo: REPO,
      title: 'Sprint 12',
      dueOn: `${dateOnly(now.getTime() + 4 * DAY)}T07:00:00Z`,
    });
    gh.state.addMilestone({ repo: REPO, title: 'Backlog', dueOn: null });
    gh.failNext({ route: '/graphql', status: 502 });

    const run = await runAction();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    expect(run.stdout).toContain('No .github/sprintlab.yml found; using the report defaults.');
    gh.assertNoViolations();
    expect(gh.requests.filter((r) => r.status === 502)).toHaveLength(1);
    expect(queries('SprintlabMilestones')).toHaveLength(1);

    const body = statusIssue()?.body ?? '';
    expect(body).toContain('Sprint **Sprint 12**');
    expect(body).toContain('| sprint | Sprint 11 | Sprint 12 |');
    // No target configured: the experiment forms' metric and target are tracked.
    expect(body).toContain('### accuracy (maximize, target 0.9)');
  });

  it('with a board, sprints come from its Iteration field and data tasks are due when their iteration ends', async () => {
    const start = (weeksAgo: number) =>
      dateOnly(now.getTime() - weeksAgo * 7 * DAY - ((now.getUTCDay() + 6) % 7) * DAY);
    const project = gh.state.addProject({
      owner: 'acme',
      number: 3,
      fields: [
        {
          name: 'Status',
          type: 'single_select',
          options: ['Backlog', 'Hypothesis', 'Experiment', 'Evaluation', 'Iteration', 'Production', 'Killed'],
        },
        {
          name: 'Iteration',
          type: 'iteration',
          completedIterations: [
            { title: 'Iteration 7', startDate: start(4), duration: 14 },
            { title: 'Iteration 8', startDate: start(2), duration: 14 },
          ],
          iterations: [
            { title: 'Iteration 9', startDate: start(0), duration: 14 },
            { title: 'Iteration 10', startDate: start(-2), duration: 14 },
          ],
        },
      ],
    });
    const dataTask = [...gh.state.repo(REPO).issues.values()].find(
      (i) => i.labels.includes('data-task') && i.state === 'open',
    )!;
    gh.state.addProjectItem(project, dataTask, { Iteration: 'Iteration 8' });

    const run = await runAction(
      'board:\n  project: https://github.com/orgs/acme/projects/3\n  wip: { Experiment: 10 }\n',
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    gh.assertNoViolations();
    expect(queries('SprintlabOrgIterations')).toHaveLength(1);
    expect(queries('SprintlabMilestones')).toHaveLength(0);
    // The search asked for each issue's iteration.
    expect(queries('SprintlabStatusIssues').every((r) => r.graphql?.variables.withIteration === true)).toBe(
      true,
    );

    const body = statusIssue()?.body ?? '';
    expect(body).toContain('Sprint **Iteration 9**');
    expect(body).toContain('| sprint | Iteration 7 | Iteration 8 | Iteration 9 |');
    // The open data task planned for Iteration 8 (ended) is late.
    expect(body).toMatch(
      new RegExp(`data task[s]? not ready by the planned date: .*\\[#${dataTask.number}\\]`),
    );
    expect(readFileSync(join(dir, '.runner/summary'), 'utf8')).toContain('Iteration 9');
  });

  it('a board the token cannot read falls back to other sprints and says why', async () => {
    const run = await runAction('board:\n  project: https://github.com/orgs/acme/projects/99\n');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    gh.assertNoViolations();
    expect(queries('SprintlabMilestones')).toHaveLength(1);
    const body = statusIssue()?.body ?? '';
    expect(body).toContain(`Sprint **${isoWeekName(now)}**`);
    expect(body).toMatch(
      /Note: could not read the board https:\/\/github\.com\/orgs\/acme\/projects\/99 \(.+\); give the workflow a token that can read Projects\./,
    );
    expect(run.stdout).toContain('::notice::Status report: could not read the board');
  });

  it('the CLI publishes the same way: sprintlab status --repo --publish, twice, one issue', async () => {
    const env = { GITHUB_TOKEN: 'ghs_cli00000000000000000000000000000000000', GITHUB_API_URL: gh.url };
    const args = ['status', '--repo', REPO, '--publish', '--format', 'json'];
    const first = await runNode(CLI, args, { cwd: dir, env, timeoutMs: 110_000 });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(
      /sprintlab status: created https:\/\/github\.com\/acme\/models\/issues\/(\d+); closed #\d+/,
    );
    expect(JSON.parse(first.stdout).format).toBe('sprintlab.status-report/v1');
    const second = await runNode(CLI, args, { cwd: dir, env, timeoutMs: 110_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(
      /sprintlab status: (updated|unchanged) https:\/\/github\.com\/acme\/models\/issues\/\d+\n/,
    );
    const titled = [...gh.state.repo(REPO).issues.values()].filter(
      (i) => i.title === `Sprint status ${isoWeekName(now)}`,
    );
    expect(titled).toHaveLength(1);
    expect(titled[0]!.labels).toEqual(['sprint-status']);
    gh.assertNoViolations();
  });
});
