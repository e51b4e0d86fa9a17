import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StandIn } from '../support/github-standin.js';
import { ROOT } from '../support/run-bundle.js';
import { testGit } from '../support/runner.js';
import { examplePayload, type WebhookPayload } from '../support/webhook-examples.js';

/** The gate Action run as the runner runs it: a PR's checkout, the event file, the step's environment. */

export const TOKEN = 'ghs_gatetoken0000000000000000000000000000';
export const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
export const COMMENT = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
export const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';

export const CONFIG = `gate:
  results: evals/results.json
  metrics:
    accuracy:       { goal: maximize, min: 0.85, max_regression: 0.01 }
    latency_p95_ms: { goal: minimize, max: 500, max_regression: "10%", max_std: 20 }
    toxicity:       { goal: minimize, max: 0.001, max_regression: 0.0003, max_std: 0.0003, blocking: true }
  consistency: { max_std: 0.03 }
  slices: { min_size: 30, max_regression: 0.03 }
  golden: { ids: evals/golden.txt }
`;

export const git = testGit;

/**
 * A repository like a PR's checkout: main has the baseline results, the branch the candidate's.
 * `onBase` and `onBranch` edit each side's working tree before its commit (e.g. a PR that also edits
 * the config).
 */
export function makeRepo(
  scenario: 'demo' | 'regression',
  options: { config?: string; onBase?: (dir: string) => void; onBranch?: (dir: string) => void } = {},
): { dir: string; baseSha: string; headSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-action-'));
  const fixtures = join(ROOT, 'fixtures', scenario);
  mkdirSync(join(dir, '.github'), { recursive: true });
  writeFileSync(join(dir, '.github/sprintlab.yml'), options.config ?? CONFIG);
  cpSync(join(fixtures, 'baseline'), join(dir, 'evals'), { recursive: true });
  cpSync(join(fixtures, 'golden.txt'), join(dir, 'evals/golden.txt'));
  options.onBase?.(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'baseline');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  rmSync(join(dir, 'evals/runs'), { recursive: true });
  cpSync(join(fixtures, 'candidate'), join(dir, 'evals'), { recursive: true });
  options.onBranch?.(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'candidate');
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

/** Puts a commit's files in the stand-in, where the contents API reads them as GitHub would. */
export function mirrorCommit(gh: StandIn, dir: string, sha: string): void {
  for (const path of git(dir, 'ls-tree', '-r', '--name-only', sha).split('\n').filter(Boolean))
    gh.state.setFile(sha, path, execFileSync('git', ['show', `${sha}:${path}`], { cwd: dir }));
}

/** The runner's environment for one step: inputs, event, files for outputs and summary. */
export function runnerEnv(
  dir: string,
  api: string,
  eventPath: string,
  inputs: Record<string, string>,
  eventName = 'pull_request',
) {
  const temp = join(dir, '.runner');
  mkdirSync(temp, { recursive: true });
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: api,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TEMP: temp,
  };
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
  // The runner sets INPUT_<NAME> with the name upper-cased, hyphens kept.
  for (const [k, v] of Object.entries({
    command: 'gate',
    'github-token': TOKEN,
    comment: 'true',
    config: '.github/sprintlab.yml',
    ...inputs,
  })) {
    env[`INPUT_${k.toUpperCase()}`] = v;
  }
  return { env, temp };
}

/** A pull_request event file; `headRepo` other than acme/models makes it a fork's PR. */
export function pullRequestEvent(
  dir: string,
  number: number,
  baseSha: string,
  headSha: string,
  headRepo = 'acme/models',
): string {
  const payload = examplePayload('pull_request', 'opened');
  payload.number = number;
  payload.pull_request.number = number;
  payload.pull_request.base.sha = baseSha;
  payload.pull_request.head.sha = headSha;
  payload.pull_request.base.repo.full_name = 'acme/models';
  payload.pull_request.head.repo.full_name = headRepo;
  payload.repository.full_name = 'acme/models';
  return writeEvent(dir, payload);
}

export function writeEvent(dir: string, payload: WebhookPayload): string {
  const path = join(dir, '.runner-event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}
