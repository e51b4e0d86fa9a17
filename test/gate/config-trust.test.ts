import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changedConfigKeys } from '../../src/core/gate/config-change.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import {
  CHECK_RUNS,
  COMMENTS,
  git,
  makeRepo,
  pullRequestEvent,
  runnerEnv,
  writeEvent,
} from './action-harness.js';

/** What a PR that wants its regression through would write: looser thresholds, no golden set, no slices. */
const LOOSENED = `gate:
  results: evals/results.json
  metrics:
    accuracy: { goal: maximize, min: 0.5, max_regression: 0.5 }
    toxicity: { goal: minimize, max: 1, max_regression: 1 }
`;

let gh: StandIn;
const dirs: string[] = [];
beforeAll(async () => {
  gh = await startGitHubStandIn();
});
afterAll(async () => {
  await gh.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
beforeEach(() => gh.resetRecords());
afterEach(() => gh.assertNoViolations());

function loosenedPull() {
  const repo = makeRepo('regression', {
    onBranch: (dir) => writeFileSync(join(dir, '.github/sprintlab.yml'), LOOSENED),
  });
  dirs.push(repo.dir);
  const pr = gh.state.addPull({
    head: { ref: 'feature', sha: repo.headSha },
    base: { ref: 'main', sha: repo.baseSha },
  });
  return { ...repo, pr };
}

describe('a pull request cannot grade itself', () => {
  it('a PR that regresses and loosens the config is gated with the base config: fail, failing check run, the change reported', async () => {
    const { dir, baseSha, headSha, pr } = loosenedPull();
    const { env, temp } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);

    const outputs = readOutputs(env.GITHUB_OUTPUT!);
    expect(outputs.verdict).toBe('fail');
    const report = JSON.parse(readFileSync(outputs['report-json']!, 'utf8'));
    expect(report.checks.find((c: { id: string }) => c.id === 'golden').status).toBe('fail');
    const sha = /^[0-9a-f]{64}$/;
    expect(report.config).toMatchObject({
      path: '.github/sprintlab.yml',
      used: 'base',
      base_ref: baseSha,
      base_sha256: expect.stringMatching(sha),
      checkout_sha256: expect.stringMatching(sha),
    });
    expect(report.config.base_sha256).not.toBe(report.config.checkout_sha256);
    expect(report.config.changed).toEqual(
      expect.arrayContaining([
        'gate.consistency',
        'gate.golden',
        'gate.metrics.accuracy.min',
        'gate.metrics.accuracy.max_regression',
        'gate.metrics.latency_p95_ms',
        'gate.metrics.toxicity.max',
        'gate.slices',
      ]),
    );
    expect(report.config.changed).not.toContain('gate.results');

    const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
    expect(run?.body).toMatchObject({ head_sha: headSha, conclusion: 'failure' });
    const [comment] = gh.calls({ method: 'POST', route: COMMENTS });
    const body = (comment!.body as { body: string }).body;
    for (const shown of [body, readFileSync(join(temp, 'summary'), 'utf8')]) {
      expect(shown).toContain('### This PR changes the gate’s config');
      expect(shown).toMatch(
        /The new settings apply after merge; this PR was gated with `\.github\/sprintlab\.yml` as it is at the merge base/,
      );
      expect(shown).toContain('`gate.golden`');
    }
  });

  it('on a push the checkout’s config is used: the loosened settings pass the same results', async () => {
    const { dir, baseSha } = loosenedPull();
    writeFileSync(join(dir, 'evals/baseline.json'), git(dir, 'show', `${baseSha}:evals/results.json`));
    const { env } = runnerEnv(
      dir,
      gh.url,
      writeEvent(dir, { ref: 'refs/heads/feature' }),
      { baseline: 'evals/baseline.json' },
      'push',
    );
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(readOutputs(env.GITHUB_OUTPUT!)['report-json']!, 'utf8'));
    expect(report.verdict).not.toBe('fail');
    expect(report.config).toMatchObject({ used: 'checkout' });
    expect(report.config.base_ref).toBeUndefined();
  });

  it('the PR that adds the config is gated with it, and the report says so', async () => {
    const { dir, headSha } = makeRepo('demo');
    dirs.push(dir);
    // A base without any config: the first commit, rewritten without .github/sprintlab.yml.
    git(dir, 'checkout', '-q', 'main');
    unlinkSync(join(dir, '.github/sprintlab.yml'));
    git(dir, 'commit', '-q', '-am', 'no config yet');
    const base = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', 'feature');
    git(dir, 'merge', '-q', '-m', 'merge main', '-X', 'ours', 'main');
    git(dir, 'checkout', '-q', headSha, '--', '.github/sprintlab.yml');
    git(dir, 'commit', '-q', '-m', 'add the config', '--allow-empty');
    const head = git(dir, 'rev-parse', 'HEAD');
    const pr = gh.state.addPull({ head: { ref: 'feature', sha: head }, base: { ref: 'main', sha: base } });
    const { env, temp } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, base, head), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(readOutputs(env.GITHUB_OUTPUT!)['report-json']!, 'utf8'));
    expect(report.config).toMatchObject({ used: 'checkout', base_ref: base });
    expect(report.config.base_sha256).toBeUndefined();
    expect(readFileSync(join(temp, 'summary'), 'utf8')).toMatch(
      /\*\*Config\*\*: there is no `\.github\/sprintlab\.yml` at the merge base `[0-9a-f]{12}`, so this PR is gated with its own config\./,
    );
  });
});

describe('the config diff', () => {
  it('names each changed, added and removed key by its dotted path; lists count as one value', () => {
    const before = {
      gate: { alpha: 0.05, metrics: { acc: { min: 0.8 } }, consistency: { metrics: ['a', 'b'] } },
    };
    const after = {
      gate: {
        alpha: 0.05,
        metrics: { acc: { min: 0.5 }, f1: { goal: 'maximize' } },
        consistency: { metrics: ['a'] },
      },
      board: {},
    };
    expect(changedConfigKeys(before, after)).toEqual([
      'board',
      'gate.consistency.metrics',
      'gate.metrics.acc.min',
      'gate.metrics.f1',
    ]);
    expect(changedConfigKeys(before, structuredClone(before))).toEqual([]);
  });
});
