import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, hasStackTrace, ROOT, RUNTIMES, runNode } from '../support/run-bundle.js';
import { readOutputs } from '../support/runner.js';
import {
  CHECK_RUNS,
  COMMENT,
  COMMENTS,
  CONFIG,
  git,
  makeRepo,
  pullRequestEvent,
  runnerEnv,
  TOKEN,
} from './action-harness.js';

/** A PR's checkout (see makeRepo), removed after the run, and the pull request on the stand-in. */
function openPull(scenario: 'demo' | 'regression') {
  const repo = makeRepo(scenario);
  dirs.push(repo.dir);
  const pr = gh.state.addPull({
    head: { ref: 'feature', sha: repo.headSha },
    base: { ref: 'main', sha: repo.baseSha },
  });
  return { ...repo, pr };
}

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

describe.each(RUNTIMES)('the gate Action under $label', ({ path: node }) => {
  it.skipIf(!node)(
    'blocks a regressing PR: exit 1, outputs, summary, one sticky comment updated in place, a failing check run',
    async () => {
      const { dir, baseSha, headSha, pr } = openPull('regression');
      const eventPath = pullRequestEvent(dir, pr.number, baseSha, headSha);
      const { env, temp } = runnerEnv(dir, gh.url, eventPath, {});

      const first = await runNode(ACTION, [], { cwd: dir, env, node });
      expect(first.code, first.stdout + first.stderr).toBe(1);
      expect(first.stdout).toMatch(
        /::error::Sprintlab gate failed: 4 of 13 checks failed: threshold:toxicity, regression:toxicity, slice:lang:de:accuracy, golden/,
      );
      expect(hasStackTrace(first.stdout + first.stderr)).toBe(false);

      const outputs = readOutputs(env.GITHUB_OUTPUT!);
      expect(outputs.verdict).toBe('fail');
      const report = JSON.parse(readFileSync(outputs['report-json']!, 'utf8'));
      expect(report.format).toBe('sprintlab.gate-report/v1');
      expect(report.baseline.ref).toBe(baseSha);
      expect(report.baseline.source).toBe(`evals/results.json@merge base ${baseSha.slice(0, 7)}`);
      expect(report.candidate.sha256).toMatch(/^[0-9a-f]{64}$/);
      // The candidate is the PR head, named by its path in the repository (no runner path in the PR).
      expect(report.candidate.ref).toBe(headSha);
      expect(report.candidate.source).toBe('evals/results.json');
      expect(readFileSync(outputs['report-markdown']!, 'utf8')).not.toContain(dir);
      const golden = report.checks.find((c: { id: string }) => c.id === 'golden');
      expect(golden.flips.map((f: { id: string }) => f.id)).toEqual(['q-010', 'q-011']);
      const markdown = readFileSync(outputs['report-markdown']!, 'utf8');
      expect(readFileSync(join(temp, 'summary'), 'utf8')).toContain(markdown.trim());
      expect(markdown).toMatch(/^## ❌ Sprintlab gate: fail/);

      expect(gh.calls({ method: 'POST', route: COMMENTS })).toHaveLength(1);
      const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
      expect(run?.body).toMatchObject({
        name: 'Sprintlab gate',
        head_sha: headSha,
        status: 'completed',
        conclusion: 'failure',
      });
      const output = (run!.body as { output: { title: string; text: string } }).output;
      expect(output.title).toMatch(/^fail: 4 of 13 checks failed/);
      expect(output.text).toMatch(/<!-- sprintlab:gate \{"verdict":"fail","metrics":\{"accuracy":0\.89/);
      for (const r of gh.requests) expect(r.auth.token).toBe(TOKEN);

      // A second run (a new push) updates the same comment instead of adding one.
      gh.resetRecords();
      const again = await runNode(ACTION, [], { cwd: dir, env, node });
      expect(again.code).toBe(1);
      expect(gh.calls({ method: 'POST', route: COMMENTS })).toHaveLength(0);
      const comments = gh.state
        .commentsOf(gh.state.issue(pr.number))
        .filter((c) => c.body.includes('<!-- sprintlab:gate-report -->'));
      expect(comments).toHaveLength(1);
      // Same report, same text: the comment is left alone, no write and no notification.
      expect(gh.calls({ method: 'PATCH', route: COMMENT })).toHaveLength(0);
      expect(comments[0]!.body).toContain('Sprintlab gate: fail');
    },
  );

  it.skipIf(!node)(
    'passes a better PR: exit 0, success check run, comment updated in place when the report changes',
    async () => {
      const { dir, baseSha, headSha, pr } = openPull('demo');
      gh.state.addComment(pr.number, '<!-- sprintlab:gate-report -->\nan older report', {
        user: 'github-actions[bot]',
      });
      const eventPath = pullRequestEvent(dir, pr.number, baseSha, headSha);
      const { env } = runnerEnv(dir, gh.url, eventPath, {});
      const r = await runNode(ACTION, [], { cwd: dir, env, node });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(readOutputs(env.GITHUB_OUTPUT!).verdict).toBe('pass');
      expect(gh.calls({ method: 'POST', route: COMMENTS })).toHaveLength(0);
      expect(gh.calls({ method: 'PATCH', route: COMMENT })).toHaveLength(1);
      expect(gh.calls({ method: 'POST', route: CHECK_RUNS })[0]?.body).toMatchObject({
        conclusion: 'success',
      });
    },
  );
});

describe('the gate Action, other paths', () => {
  it('on a fork PR with a read-only token: no comment, no failure because of it, a notice instead', async () => {
    const { dir, baseSha, headSha, pr } = openPull('demo');
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {
      'github-token': 'ghs_readonly',
    });
    gh.tokenPermissions.set('ghs_readonly', 'read');
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/::notice::The token may not write comments or check runs here/);
    expect(gh.state.commentsOf(gh.state.issue(pr.number))).toHaveLength(0);
  });

  it('comment: false posts no comment (it does not even look for one), the check run still goes out', async () => {
    const { dir, baseSha, headSha, pr } = openPull('demo');
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {
      comment: 'false',
    });
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.requests.filter((q) => q.route?.includes('/comments'))).toHaveLength(0);
    expect(gh.calls({ method: 'POST', route: CHECK_RUNS })[0]?.body).toMatchObject({ conclusion: 'success' });
  });

  it("a user's comment carrying the report marker is not taken for the report: the gate posts its own", async () => {
    const { dir, baseSha, headSha, pr } = openPull('demo');
    const forged = gh.state.addComment(
      pr.number,
      '<!-- sprintlab:gate-report -->\n## ✅ Sprintlab gate: pass (not really)',
      {
        user: 'mallory',
      },
    );
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.calls({ method: 'PATCH', route: COMMENT })).toHaveLength(0);
    expect(gh.calls({ method: 'POST', route: COMMENTS })).toHaveLength(1);
    expect(forged.body).toContain('(not really)');
  });

  it('without local history, reads the baseline at the merge base through the API', async () => {
    const { dir, baseSha, headSha } = makeRepo('regression');
    dirs.push(dir);
    const baselineText = git(dir, 'show', `${baseSha}:evals/results.json`);
    const mergeBase = 'a'.repeat(40);
    gh.state.setMergeBase(baseSha, headSha, mergeBase);
    gh.state.setFile(mergeBase, '.github/sprintlab.yml', CONFIG);
    gh.state.setFile(mergeBase, 'evals/results.json', baselineText);
    for (let seed = 1; seed <= 5; seed++) {
      const path = `evals/runs/seed${seed}.jsonl`;
      gh.state.setFile(mergeBase, path, git(dir, 'show', `${baseSha}:${path}`));
    }
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: headSha },
      base: { ref: 'main', sha: baseSha },
    });
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {});
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(gh.calls({ method: 'GET', route: '/repos/{owner}/{repo}/compare/{basehead}' })).toHaveLength(1);
    // The config, the results file and each baseline run's per-item rows, all at the merge base.
    expect(
      gh.calls({ method: 'GET', route: '/repos/{owner}/{repo}/contents/{path}' }).map((c) => c.query.ref),
    ).toEqual(Array(7).fill(mergeBase));
    expect(r.stdout).toMatch(/golden examples flipped/);
    const report = JSON.parse(readFileSync(readOutputs(env.GITHUB_OUTPUT!)['report-json']!, 'utf8'));
    expect(report.baseline.ref).toBe(mergeBase);
    expect(report.config).toMatchObject({ used: 'base', base_ref: mergeBase, changed: [] });
  });

  it('the PR that first adds results: no baseline, so insufficient data (exit 0, a neutral check run)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sprintlab-action-'));
    dirs.push(dir);
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(join(dir, '.github/sprintlab.yml'), CONFIG);
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'config only');
    const baseSha = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'feature');
    cpSync(join(ROOT, 'fixtures/demo/candidate'), join(dir, 'evals'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/demo/golden.txt'), join(dir, 'evals/golden.txt'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first results');
    const headSha = git(dir, 'rev-parse', 'HEAD');
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: headSha },
      base: { ref: 'main', sha: baseSha },
    });
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const outputs = readOutputs(env.GITHUB_OUTPUT!);
    expect(outputs.verdict).toBe('insufficient_data');
    const report = JSON.parse(readFileSync(outputs['report-json']!, 'utf8'));
    const accuracy = report.checks.find((c: { id: string }) => c.id === 'regression:accuracy');
    expect(accuracy.status).toBe('insufficient_data');
    expect(accuracy.message).toMatch(
      /no baseline results \(no evals\/results\.json at merge base [0-9a-f]{7}\)/,
    );
    expect(report.checks.find((c: { id: string }) => c.id === 'threshold:accuracy').status).toBe('pass');
    const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
    expect(run?.body).toMatchObject({ conclusion: 'neutral' });
    expect((run!.body as { output: { title: string } }).output.title).toMatch(/^insufficient_data: /);
  });

  it('a report over GitHub’s 65,535 characters is shortened for the comment and the check run, whole in the summary', async () => {
    const { dir, baseSha, headSha } = makeRepo('demo');
    dirs.push(dir);
    // 400 slices per run on both sides: the full report is about twice what a comment may hold.
    const withSlices = (text: string, shift: number) => {
      const data = JSON.parse(text) as { runs: { metrics: { accuracy: number }; slices?: object }[] };
      for (const run of data.runs) {
        run.slices = Object.fromEntries(
          Array.from({ length: 400 }, (_, i) => [
            `topic:${i}`,
            { n: 60, metrics: { accuracy: run.metrics.accuracy + shift + (i % 7) * 0.001 } },
          ]),
        );
      }
      return JSON.stringify(data);
    };
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(
      join(dir, 'evals/results.json'),
      withSlices(readFileSync(join(dir, 'evals/results.json'), 'utf8'), 0),
    );
    git(dir, 'commit', '-q', '-am', 'baseline with slices');
    const base = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', 'feature');
    git(dir, 'merge', '-q', '-X', 'theirs', '-m', 'merge main', 'main');
    writeFileSync(
      join(dir, 'evals/results.json'),
      withSlices(git(dir, 'show', `${headSha}:evals/results.json`), 0.01),
    );
    git(dir, 'commit', '-q', '-am', 'candidate with slices');
    const head = git(dir, 'rev-parse', 'HEAD');
    expect(baseSha).not.toBe(base);
    const pr = gh.state.addPull({ head: { ref: 'feature', sha: head }, base: { ref: 'main', sha: base } });
    const { env, temp } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, base, head), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const summary = readFileSync(join(temp, 'summary'), 'utf8');
    expect(summary.length).toBeGreaterThan(65_535);
    expect(summary).toContain('slice:topic:399:accuracy');
    const [comment] = gh.calls({ method: 'POST', route: COMMENTS });
    const body = (comment!.body as { body: string }).body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(
      /passing comparisons are not shown here, to fit GitHub's size limit: see the job summary of this run/,
    );
    const [run] = gh.calls({ method: 'POST', route: CHECK_RUNS });
    expect(run?.body).toMatchObject({ conclusion: 'success' });
    expect((run!.body as { output: { summary: string } }).output.summary).toBe(
      body.replace(/^<!-- sprintlab:gate-report -->\n/, ''),
    );
  });

  it('a malformed config is an input error: exit 2, the file and line named, nothing posted', async () => {
    const { dir, baseSha, headSha } = makeRepo('demo');
    dirs.push(dir);
    writeFileSync(
      join(dir, '.github/sprintlab.yml'),
      'gate:\n  metrics:\n    accuracy: { goal: maximise }\n',
    );
    const pr = gh.state.addPull({
      head: { ref: 'feature', sha: headSha },
      base: { ref: 'main', sha: baseSha },
    });
    const { env } = runnerEnv(dir, gh.url, pullRequestEvent(dir, pr.number, baseSha, headSha), {});
    const r = await runNode(ACTION, [], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /::error::\.github\/sprintlab\.yml: the configuration has a problem:%0A {2}- line 3, gate\.metrics\.accuracy\.goal: the string "maximise" is not allowed \(did you mean "maximize"\?\)/,
    );
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(gh.requests).toHaveLength(0);
  });
});
