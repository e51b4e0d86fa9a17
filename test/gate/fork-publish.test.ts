import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, ROOT, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import { examplePayload, type WebhookPayload } from '../support/webhook-examples.js';
import {
  CHECK_RUNS,
  COMMENTS,
  CONFIG,
  makeRepo,
  mirrorCommit,
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

type RepoOptions = NonNullable<Parameters<typeof makeRepo>[1]>;

/**
 * Stage 1: the gate on a fork's PR, with the read-only token a fork's run gets. The stand-in holds the
 * base and head commits, as GitHub does. `afterCommit` edits the checkout after the head commit (results
 * the run writes, not committed).
 */
async function gateOnForkPull(options: RepoOptions & { afterCommit?: (dir: string) => void } = {}) {
  const repo = makeRepo('regression', options);
  dirs.push(repo.dir);
  options.afterCommit?.(repo.dir);
  const pr = gh.state.addPull({
    head: { ref: 'feature', sha: repo.headSha },
    base: { ref: 'main', sha: repo.baseSha },
  });
  mirrorCommit(gh, repo.dir, repo.baseSha);
  mirrorCommit(gh, repo.dir, repo.headSha);
  const event = pullRequestEvent(repo.dir, pr.number, repo.baseSha, repo.headSha, 'outsider/models');
  const { env } = runnerEnv(repo.dir, gh.url, event, { 'github-token': READ_ONLY });
  const r = await runNode(ACTION, [], { cwd: repo.dir, env });
  const outputs = readOutputs(env.GITHUB_OUTPUT!);
  return {
    r,
    env,
    pr,
    headSha: repo.headSha,
    baseSha: repo.baseSha,
    artifact: readFileSync(outputs['report-artifact']!, 'utf8'),
    report: JSON.parse(readFileSync(outputs['report-json']!, 'utf8')) as { verdict: string },
    markdown: readFileSync(outputs['report-markdown']!, 'utf8'),
  };
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

/** What stage 2 posted: the verdict output, the check run and the sticky comment's text. */
function posted(env: Record<string, string>) {
  const [comment] = gh.calls({ method: 'POST', route: COMMENTS });
  const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
  return {
    verdict: readOutputs(env.GITHUB_OUTPUT!).verdict,
    comment: (comment?.body as { body: string } | undefined)?.body ?? '',
    checkRun: run?.body as { head_sha: string; conclusion: string; output: { summary: string } } | undefined,
  };
}

/** The report's one line per check: "- ❌ **id**: message". */
const checkLines = (markdown: string) =>
  markdown.split('\n').filter((line) => /^- (❌|✅|⚠️) \*\*/u.test(line));

/** The files read through the contents API at one commit. */
const contentsAt = (ref: string) =>
  gh
    .calls({ method: 'GET', route: '/repos/{owner}/{repo}/contents/{path}' })
    .filter((c) => c.query.ref === ref)
    .map((c) => c.params.path);

/** The refs the contents API was asked for: the merge base and the head, nothing else. */
const contentRefs = () =>
  new Set(
    gh.calls({ method: 'GET', route: '/repos/{owner}/{repo}/contents/{path}' }).map((c) => c.query.ref),
  );

/** A config that would let the regression through: no regression limits, no golden set. */
const LOOSE_CONFIG = `gate:
  results: evals/results.json
  metrics:
    accuracy:       { goal: maximize, min: 0.1 }
    latency_p95_ms: { goal: minimize, max: 100000 }
    toxicity:       { goal: minimize, max: 1 }
`;

describe('fork pull requests, in two stages', () => {
  let stage1: Awaited<ReturnType<typeof gateOnForkPull>>;
  let artifact: string;
  beforeAll(async () => {
    stage1 = await gateOnForkPull();
    artifact = stage1.artifact;
  });

  it('stage 1: the gate on a fork PR leaves only its inputs as an artifact and writes nothing to GitHub', () => {
    const { r, env, pr, headSha, baseSha } = stage1;
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(readOutputs(env.GITHUB_OUTPUT!).verdict).toBe('fail');
    // The results are committed at the head, so stage 2 reads them there: no results, no report.
    expect(JSON.parse(artifact)).toEqual({
      format: 'sprintlab.gate-artifact/v2',
      pull_request: { number: pr.number, head_sha: headSha, base_sha: baseSha },
    });
    expect(r.stdout).toMatch(/::notice::The gate inputs are left as the report-artifact output/);
    expect(gh.state.commentsOf(gh.state.issue(pr.number))).toHaveLength(0);
  });

  it('stage 2: grades the PR from the base config and the committed results, and posts a failing check run', async () => {
    const { r, env } = await publish(artifact, stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = posted(env);
    expect(out.verdict).toBe('fail');
    expect(out.comment).toMatch(/^<!-- sprintlab:gate-report -->\n## ❌ Sprintlab gate: fail/);
    expect(out.comment).toMatch(/golden examples flipped/);
    expect(out.checkRun).toMatchObject({
      name: 'Sprintlab gate',
      head_sha: stage1.headSha,
      conclusion: 'failure',
    });
    expect(contentRefs()).toEqual(new Set([stage1.baseSha, stage1.headSha]));
    for (const q of gh.requests) expect(q.auth.token).toBe(TOKEN);
  });

  it('an artifact that claims "pass" for regressing results: the claim is ignored and the failure posted', async () => {
    const forged = {
      ...JSON.parse(artifact),
      report: { format: 'sprintlab.gate-report/v1', verdict: 'pass', checks: [] },
    };
    const { r, env } = await publish(JSON.stringify(forged), stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/carries a report of its own; it is ignored/);
    expect(posted(env).checkRun?.conclusion).toBe('failure');
    expect(posted(env).verdict).toBe('fail');
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
      'a bad schema',
      (a) => {
        a.pull_request.base_sha = 'main';
      },
      /the gate artifact has a problem/,
    ],
    [
      'results that are not text',
      (a) => {
        a.results = { text: { runs: [] } };
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
    [
      'carried results that are not sprintlab.eval/v1',
      (a) => {
        a.results = { text: '{"format": "other/v1", "runs": []}' };
      },
      /unsupported format "other\/v1"/,
    ],
    [
      'carried rows outside the repository',
      (a) => {
        const results = JSON.parse(
          readFileSync(join(ROOT, 'fixtures/regression/candidate/results.json'), 'utf8'),
        );
        results.runs[0].examples = '../../../etc/passwd';
        a.results = { text: JSON.stringify(results), files: { 'etc/passwd': '' } };
      },
      /"\.\.\/\.\.\/\.\.\/etc\/passwd" is outside the repository/,
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
    writeFileSync(join(dir, 'a.json'), artifact);
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

describe('fork pull requests are graded by the base repository’s config', () => {
  it('a fork PR that also loosens the config is still graded by the base config, and the change is listed', async () => {
    const stage1 = await gateOnForkPull({
      onBranch: (dir) => writeFileSync(join(dir, '.github/sprintlab.yml'), LOOSE_CONFIG),
    });
    gh.resetRecords();
    const { r, env } = await publish(stage1.artifact, stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = posted(env);
    expect(out.checkRun?.conclusion).toBe('failure');
    expect(out.comment).toMatch(/golden examples flipped/);
    expect(out.comment).toContain('gate.metrics.accuracy');
  });

  it('leakage checks are not run in the publishing stage, and the report says so', async () => {
    const stage1 = await gateOnForkPull({
      config: `${CONFIG}leakage: { train: data/train.jsonl, eval: data/eval.jsonl, key: id, text: text }\n`,
      onBase: (dir) => {
        mkdirSync(join(dir, 'data'));
        writeFileSync(
          join(dir, 'data/train.jsonl'),
          '{"id": "t-1", "text": "How do I reset my password?"}\n',
        );
        writeFileSync(join(dir, 'data/eval.jsonl'), '{"id": "q-1", "text": "How do I reset my password?"}\n');
      },
    });
    expect(stage1.markdown).toMatch(/leakage:exact\\_content/);
    gh.resetRecords();
    const { r, env } = await publish(stage1.artifact, stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = posted(env);
    expect(out.comment).not.toMatch(/leakage:exact\\_content/);
    expect(out.comment).toMatch(/Leakage checks were not run: a fork pull request is graded in a workflow/);
    expect(contentsAt(stage1.baseSha)).not.toContain('data/train.jsonl');
  });

  it('results the run wrote travel in the artifact and are graded as the gate graded them', async () => {
    const candidate = join(ROOT, 'fixtures/regression/candidate');
    const stage1 = await gateOnForkPull({
      // Nothing committed at the head: the eval runs in CI and writes its results there.
      onBranch: (dir) => {
        rmSync(join(dir, 'evals/results.json'));
        rmSync(join(dir, 'evals/runs'), { recursive: true });
      },
      afterCommit: (dir) => cpSync(candidate, join(dir, 'evals'), { recursive: true }),
    });
    const carried = JSON.parse(stage1.artifact).results;
    expect(carried.text).toBe(readFileSync(join(candidate, 'results.json'), 'utf8'));
    expect(Object.keys(carried.files).sort()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `evals/runs/seed${n}.jsonl`),
    );
    gh.resetRecords();
    const { r, env } = await publish(stage1.artifact, stage1.headSha);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const out = posted(env);
    expect(out.verdict).toBe(stage1.report.verdict);
    expect(out.checkRun?.conclusion).toBe('failure');
    // Each check's line (status, figures, message) is the same in what stage 2 posted as in stage 1.
    expect(checkLines(out.comment)).toEqual(checkLines(stage1.markdown));
    expect(checkLines(out.comment)).toHaveLength(13);
    // At the head only the PR's config is read (to list what it changes), never its results.
    expect(contentsAt(stage1.headSha)).toEqual(['.github/sprintlab.yml']);

    // Without the carried results there is nothing at the head to grade: exit 2, nothing posted.
    gh.resetRecords();
    const bare = JSON.parse(stage1.artifact);
    delete bare.results;
    const missing = await publish(JSON.stringify(bare), stage1.headSha);
    expect(missing.r.code, missing.r.stdout).toBe(2);
    expect(missing.r.stdout).toMatch(/the results file is not committed at the pull request's head/);
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
    expect(artifact.pull_request).toEqual({
      number: pr.number,
      head_sha: repo.headSha,
      base_sha: repo.baseSha,
    });
    expect(writes()).toEqual([]);

    const bad = runnerEnv(repo.dir, gh.url, event, { publish: 'sometimes' });
    const refused = await runNode(ACTION, [], { cwd: repo.dir, env: bad.env });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/::error::field "publish": unknown publish mode "sometimes"/);
  });
});
