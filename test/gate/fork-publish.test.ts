import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import { examplePayload, type WebhookPayload } from '../support/webhook-examples.js';
import {
  CHECK_RUNS,
  COMMENTS,
  makeRepo,
  pullRequestEvent,
  runnerEnv,
  TOKEN,
  writeEvent,
} from './action-harness.js';

const READ_ONLY = 'ghs_forkreadonly00000000000000000000000';
const ARTIFACT = 'sprintlab-gate/gate-artifact.json';

let gh: StandIn;
const dirs: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
beforeAll(async () => {
  gh = await startGitHubStandIn();
  gh.tokenPermissions.set(READ_ONLY, 'read');
});
afterAll(async () => {
  await gh.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

const writes = () => gh.requests.filter((r) => r.method !== 'GET');

/** Stage 1: the gate on a fork's PR, with the read-only token a fork's run gets. Returns the artifact's text. */
async function gateOnForkPull() {
  const repo = makeRepo('regression');
  dirs.push(repo.dir);
  const pr = gh.state.addPull({
    head: { ref: 'feature', sha: repo.headSha },
    base: { ref: 'main', sha: repo.baseSha },
  });
  const event = pullRequestEvent(repo.dir, pr.number, repo.baseSha, repo.headSha, 'outsider/models');
  const { env } = runnerEnv(repo.dir, gh.url, event, { 'github-token': READ_ONLY });
  const r = await runNode(ACTION, [], { cwd: repo.dir, env });
  return { r, env, pr, headSha: repo.headSha };
}

/** Stage 2: the publish command in a fresh workspace holding only the downloaded artifact. */
async function publish(artifact: string | ((file: string) => void), headSha: string) {
  const dir = scratch('sprintlab-publish-');
  mkdirSync(join(dir, 'sprintlab-gate'));
  const file = join(dir, ARTIFACT);
  if (typeof artifact === 'string') writeFileSync(file, artifact);
  else artifact(file);
  const payload = examplePayload('workflow_run', 'completed');
  payload.workflow_run.head_sha = headSha;
  payload.workflow_run.event = 'pull_request';
  payload.workflow_run.pull_requests = []; // GitHub lists none for a fork's PR
  const { env } = runnerEnv(
    dir,
    gh.url,
    writeEvent(dir, payload),
    { command: 'publish', artifact: ARTIFACT },
    'workflow_run',
  );
  return { r: await runNode(ACTION, [], { cwd: dir, env }), env };
}

describe('fork pull requests, in two stages', () => {
  let stage1: Awaited<ReturnType<typeof gateOnForkPull>>;
  let artifact: string;
  beforeAll(async () => {
    stage1 = await gateOnForkPull();
    artifact = readFileSync(readOutputs(stage1.env.GITHUB_OUTPUT!)['report-artifact']!, 'utf8');
  });

  it('stage 1: the gate on a fork PR leaves the report as an artifact and writes nothing to GitHub', () => {
    const { r, env, pr, headSha } = stage1;
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(readOutputs(env.GITHUB_OUTPUT!).verdict).toBe('fail');
    const parsed = JSON.parse(artifact);
    expect(parsed).toMatchObject({
      format: 'sprintlab.gate-artifact/v1',
      pull_request: { number: pr.number, head_sha: headSha },
      report: { format: 'sprintlab.gate-report/v1', verdict: 'fail', candidate: { ref: headSha } },
    });
    expect(r.stdout).toMatch(/::notice::The report is left as the report-artifact output/);
    expect(gh.state.commentsOf(gh.state.issue(pr.number))).toHaveLength(0);
  });

  it('stage 2: the publish command posts the sticky comment and a failing check run on the head commit', async () => {
    const { r, env } = await publish(artifact, stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readOutputs(env.GITHUB_OUTPUT!).verdict).toBe('fail');
    const [comment] = gh.calls({ method: 'POST', route: COMMENTS });
    expect(comment?.params).toMatchObject({ issue_number: String(stage1.pr.number) });
    expect((comment!.body as { body: string }).body).toMatch(
      /^<!-- sprintlab:gate-report -->\n## ❌ Sprintlab gate: fail/,
    );
    const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
    expect(run?.body).toMatchObject({
      name: 'Sprintlab gate',
      head_sha: stage1.headSha,
      conclusion: 'failure',
    });
    for (const q of gh.requests) expect(q.auth.token).toBe(TOKEN);
  });

  const tampered: [string, (a: WebhookPayload) => void, RegExp][] = [
    [
      'another commit',
      (a) => {
        a.pull_request.head_sha = 'b'.repeat(40);
      },
      /it is for commit bbbbbbbbbbbb, but the workflow run was for/,
    ],
    [
      'a report about another commit',
      (a) => {
        a.report.candidate.ref = 'c'.repeat(40);
      },
      /its report grades commit cccccccccccc/,
    ],
    [
      'a verdict its checks do not give',
      (a) => {
        a.report.verdict = 'pass';
      },
      /its verdict "pass" is not what its checks give \("fail"\)/,
    ],
    [
      'a bad schema',
      (a) => {
        a.report.verdict = 'great';
      },
      /the gate artifact has a problem/,
    ],
    [
      'figures of the wrong type',
      (a) => {
        a.report.checks.find((c: { test?: object }) => c.test).test.p_value = 'tiny';
      },
      /the gate artifact has a problem/,
    ],
    [
      'no such pull request',
      (a) => {
        a.pull_request.number = 9999;
      },
      /there is no pull request #9999 in this repository/,
    ],
    [
      'another pull request’s number',
      (a) => {
        a.pull_request.number = gh.state.addPull({ head: { ref: 'other', sha: 'd'.repeat(40) } }).number;
      },
      /pull request #\d+ is at dddddddddddd, not at the run's head/,
    ],
  ];
  it.each(tampered)('a tampered artifact (%s): exit 2, nothing posted', async (_name, tamper, message) => {
    const edited = JSON.parse(artifact);
    tamper(edited);
    const { r } = await publish(JSON.stringify(edited), stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(message);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(writes()).toEqual([]);
  });

  it('an artifact over 16 MB or not JSON: exit 2 before it is read, nothing posted, nothing quoted', async () => {
    const big = await publish((file) => {
      writeFileSync(file, artifact);
      truncateSync(file, 16 * 1024 * 1024 + 1);
    }, stage1.headSha);
    expect(big.r.code).toBe(2);
    expect(big.r.stdout).toMatch(
      /field "artifact": "sprintlab-gate\/gate-artifact\.json" is 16 MB, over the 16 MB/,
    );
    const garbage = await publish('::add-mask::secret-looking-bytes', stage1.headSha);
    expect(garbage.r.code).toBe(2);
    expect(garbage.r.stdout).toMatch(/the gate artifact is not valid JSON/);
    expect(garbage.r.stdout).not.toContain('secret-looking-bytes');
    expect(writes()).toEqual([]);
  });

  it('publish outside a workflow_run event is refused', async () => {
    const dir = scratch('sprintlab-publish-');
    cpSync(readOutputs(stage1.env.GITHUB_OUTPUT!)['report-artifact']!, join(dir, 'a.json'));
    const { env } = runnerEnv(
      dir,
      gh.url,
      writeEvent(dir, {}),
      { command: 'publish', artifact: 'a.json' },
      'push',
    );
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/command: publish runs on workflow_run events, not "push"/);
    expect(writes()).toEqual([]);
  });
});

describe('publish: artifact on a PR from this repository', () => {
  it('leaves the artifact and posts nothing itself; an unknown publish mode is an input error', async () => {
    const repo = makeRepo('demo');
    dirs.push(repo.dir);
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: repo.headSha },
      base: { ref: 'main', sha: repo.baseSha },
    });
    const event = pullRequestEvent(repo.dir, pr.number, repo.baseSha, repo.headSha);
    const { env } = runnerEnv(repo.dir, gh.url, event, { publish: 'artifact' });
    const r = await runNode(ACTION, [], { cwd: repo.dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const artifact = JSON.parse(readFileSync(readOutputs(env.GITHUB_OUTPUT!)['report-artifact']!, 'utf8'));
    expect(artifact.pull_request).toEqual({ number: pr.number, head_sha: repo.headSha });
    expect(writes()).toEqual([]);

    const bad = runnerEnv(repo.dir, gh.url, event, { publish: 'sometimes' });
    const refused = await runNode(ACTION, [], { cwd: repo.dir, env: bad.env });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/::error::field "publish": unknown publish mode "sometimes"/);
  });
});
