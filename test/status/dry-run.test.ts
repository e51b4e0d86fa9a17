import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekName } from '../../src/core/report/sprints.js';
import { type RecordedRequest, type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, CLI, hasStackTrace, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import { type SeedSummary, seedRepository } from './seed.js';

const TOKEN = 'ghs_dryruntoken000000000000000000000000';
const REPO = 'acme/support-bot';

const writes = (requests: RecordedRequest[]) =>
  requests.filter((r) => !(r.method === 'GET' || r.graphql?.operation === 'query'));

let gh: StandIn;
let seed: SeedSummary;
let dir: string;
const now = new Date();

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [REPO] });
  seed = seedRepository(gh.state, now, 30, 2);
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-dry-run-'));
});
afterAll(async () => {
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the weekly status with dry-run: true plans the status issue and writes nothing', {
  timeout: 60_000,
}, () => {
  it('the Action logs the issue it would create and the one it would close, and makes no write', async () => {
    gh.resetRecords();
    const temp = join(dir, '.runner');
    mkdirSync(temp, { recursive: true });
    const eventPath = join(temp, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ schedule: '0 16 * * 5' }));
    for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
    const run = await runNode(ACTION, [], {
      cwd: dir,
      timeoutMs: 50_000,
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: REPO,
        GITHUB_WORKSPACE: dir,
        GITHUB_API_URL: gh.url,
        GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
        GITHUB_OUTPUT: join(temp, 'output'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        RUNNER_TEMP: temp,
        INPUT_COMMAND: 'status',
        'INPUT_GITHUB-TOKEN': TOKEN,
        'INPUT_DRY-RUN': 'true',
      },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(hasStackTrace(run.stdout + run.stderr)).toBe(false);
    gh.assertNoViolations();
    expect(writes(gh.requests)).toEqual([]);
    expect(run.stdout).toContain(
      `Dry run: would create the status issue "Sprint status ${isoWeekName(now)}"`,
    );
    expect(run.stdout).toContain(`Dry run: would close the previous status issue #${seed.previousWeekIssue}`);
    const outputs = readOutputs(join(temp, 'output'));
    expect(outputs['report-markdown']).toBeTruthy();
    expect(outputs['issue-number']).toBeUndefined();
  });

  it('the CLI prints the same plan with --publish --dry-run and makes no write', async () => {
    gh.resetRecords();
    const run = await runNode(CLI, ['status', '--repo', REPO, '--publish', '--dry-run'], {
      cwd: dir,
      timeoutMs: 50_000,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url },
    });
    expect(run.code, run.stderr).toBe(0);
    expect(writes(gh.requests)).toEqual([]);
    expect(run.stderr).toContain('sprintlab status: dry run: would create the status issue');
    expect(run.stderr).toContain(`dry run: would close the previous status issue #${seed.previousWeekIssue}`);
  });

  it('the CLI refuses --dry-run without --publish, naming the fix', async () => {
    const run = await runNode(CLI, ['status', '--repo', REPO, '--dry-run'], {
      cwd: dir,
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dry-run needs --publish');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
