import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePayload, OWNER, REPO } from '../app/harness.js';
import { experimentBody } from '../experiment/bodies.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, CLI, hasStackTrace, ROOT, runNode } from '../support/run-bundle.js';
import { byteInputs, SEED, scaled, textInputs } from './inputs.js';

/**
 * Every CLI and Action entry point, run as a user or the runner runs it (the bundle in a child
 * process), with one of its input files replaced by a random, truncated or mutated one. Each run
 * must end with exit 0, 1 or 2, print no stack trace, finish within its time limit (a run that is
 * killed counts as a hang) and stay within its memory limit (Node aborts past it: a crash).
 */
const RUNS_PER_ENTRY = 6;
// Generous: a hang never ends, while a loaded CI machine can take several times the usual few seconds.
const LIMIT_MS = 60_000;
const HEAP_MB = 256;
const TOKEN = 'ghs_fuzztoken0000000000000000000000000000';

interface Outcome {
  entry: string;
  input: number;
  code: number | null;
  stackTrace: boolean;
}

let gh: StandIn;
let root: string;
const outcomes: Outcome[] = [];

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [`${OWNER}/${REPO}`] });
  gh.tokenLogins.set(TOKEN, 'github-actions[bot]');
  gh.state.setPermission('ada', 'write', `${OWNER}/${REPO}`);
  gh.state.addIssue({
    repo: `${OWNER}/${REPO}`,
    title: '[Experiment] distil',
    body: experimentBody(),
    labels: ['experiment'],
    user: 'ada',
  });
  root = mkdtempSync(join(tmpdir(), 'sprintlab-fuzz-entry-'));
});
afterAll(async () => {
  await gh?.close();
  const hangs = outcomes.filter((o) => o.code === null).length;
  const crashes = outcomes.filter((o) => o.code !== null && (o.code > 2 || o.stackTrace)).length;
  const exits = [0, 1, 2].map((code) => `${outcomes.filter((o) => o.code === code).length} exit ${code}`);
  console.log(
    `entry-point fuzz: ${outcomes.length} runs (${exits.join(', ')}), ${crashes} crashes, ${hangs} hangs`,
  );
});

/** A fresh workspace holding the demo results, the leakage fixtures and a config. */
function workspace(): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  cpSync(join(ROOT, 'fixtures/demo'), dir, { recursive: true });
  mkdirSync(join(dir, 'data'));
  for (const f of ['train.csv', 'train.jsonl', 'train.parquet', 'eval.jsonl'])
    copyFileSync(join(ROOT, 'fixtures/leakage', f), join(dir, 'data', f));
  mkdirSync(join(dir, '.github'));
  copyFileSync(join(ROOT, 'fixtures/demo/sprintlab.yml'), join(dir, '.github/sprintlab.yml'));
  return dir;
}

function runnerEnv(dir: string, command: string, event: string, eventName: string) {
  const temp = mkdtempSync(join(dir, '.runner-'));
  writeFileSync(join(temp, 'event.json'), event);
  for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: gh.url,
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TEMP: temp,
    INPUT_COMMAND: command,
    'INPUT_GITHUB-TOKEN': TOKEN,
    INPUT_CONFIG: '.github/sprintlab.yml',
  };
}

interface Entry {
  name: string;
  inputs: fc.Arbitrary<string | Buffer>;
  /** Writes the input into a fresh workspace and says what to run there. */
  run(dir: string, input: string | Buffer): { script: string; args: string[]; env?: Record<string, string> };
}

const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const gateArgs = ['gate', '--candidate', 'candidate/results.json', '--baseline', 'baseline/results.json'];

const entries: Entry[] = [
  {
    name: 'CLI gate (candidate results file)',
    inputs: textInputs([text('fixtures/demo/candidate/results.json')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'candidate/results.json'), input);
      return { script: CLI, args: [...gateArgs, '--config', 'sprintlab.yml'] };
    },
  },
  {
    name: 'CLI gate (config file)',
    inputs: textInputs([text('fixtures/demo/sprintlab.yml')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'sprintlab.yml'), input);
      return { script: CLI, args: [...gateArgs, '--config', 'sprintlab.yml'] };
    },
  },
  {
    name: 'CLI leakage (training CSV or JSONL)',
    inputs: fc.oneof(
      textInputs([text('fixtures/leakage/train.csv')]).map((t) => `csv\n${t}`),
      textInputs([text('fixtures/leakage/train.jsonl')]).map((t) => `jsonl\n${t}`),
    ),
    run: (dir, input) => {
      const [ext, ...rest] = String(input).split('\n');
      writeFileSync(join(dir, `data/train.${ext}`), rest.join('\n'));
      return { script: CLI, args: ['leakage', '--train', `data/train.${ext}`, '--eval', 'data/eval.jsonl'] };
    },
  },
  {
    name: 'CLI leakage (training Parquet)',
    inputs: byteInputs(readFileSync(join(ROOT, 'fixtures/leakage/train.parquet'))),
    run: (dir, input) => {
      writeFileSync(join(dir, 'data/train.parquet'), input);
      return { script: CLI, args: ['leakage', '--train', 'data/train.parquet', '--eval', 'data/eval.jsonl'] };
    },
  },
  {
    name: 'CLI leakage manifest (training JSONL)',
    inputs: textInputs([text('fixtures/leakage/train.jsonl')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'data/train.jsonl'), input);
      return { script: CLI, args: ['leakage', 'manifest', 'data/train.jsonl', '-o', 'train.manifest'] };
    },
  },
  {
    name: 'CLI status --from (status export)',
    inputs: textInputs([text('fixtures/status/demo-export.json')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'export.json'), input);
      return { script: CLI, args: ['status', '--from', 'export.json', '--now', '2026-11-20T16:00:00Z'] };
    },
  },
  {
    name: 'Action gate (results input)',
    inputs: textInputs([text('fixtures/demo/candidate/results.json')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'candidate/results.json'), input);
      const env = runnerEnv(dir, 'gate', '{}', 'push');
      return {
        script: ACTION,
        args: [],
        env: { ...env, INPUT_RESULTS: 'candidate/results.json', INPUT_BASELINE: 'baseline/results.json' },
      };
    },
  },
  {
    name: 'Action leakage (eval JSONL)',
    inputs: textInputs([text('fixtures/leakage/eval.jsonl')]),
    run: (dir, input) => {
      writeFileSync(join(dir, 'data/eval.jsonl'), input);
      writeFileSync(
        join(dir, 'leakage.yml'),
        'leakage:\n  train: data/train.jsonl\n  eval: data/eval.jsonl\n',
      );
      return {
        script: ACTION,
        args: [],
        env: { ...runnerEnv(dir, 'leakage', '{}', 'push'), INPUT_CONFIG: 'leakage.yml' },
      };
    },
  },
  {
    name: 'Action status (config file)',
    inputs: textInputs([
      'report:\n  targets:\n    - { metric: accuracy, goal: maximize, target: 0.9, baseline: 0.84 }\n  sprints: { source: iso-week, count: 4 }\nboard:\n  wip: { Experiment: 3 }\n',
    ]),
    run: (dir, input) => {
      writeFileSync(join(dir, '.github/sprintlab.yml'), input);
      return {
        script: ACTION,
        args: [],
        env: runnerEnv(dir, 'status', '{"schedule": "0 16 * * 5"}', 'schedule'),
      };
    },
  },
  {
    name: 'Action app (event file)',
    inputs: fc.constant(null).chain(() => textInputs([JSON.stringify(issuePayload(gh, 'opened', 1))])),
    run: (dir, input) => ({ script: ACTION, args: [], env: runnerEnv(dir, 'app', String(input), 'issues') }),
  },
];

describe('fuzzing every CLI and Action entry point as a child process (fixed seed)', () => {
  for (const entry of entries) {
    it(`${entry.name}: exit 0, 1 or 2, no stack trace, no hang`, async () => {
      const inputs = fc.sample(entry.inputs, { seed: SEED, numRuns: scaled(RUNS_PER_ENTRY) });
      const bad: Outcome[] = [];
      for (const [i, input] of inputs.entries()) {
        const dir = workspace();
        const { script, args, env } = entry.run(dir, input);
        const r = await runNode(script, args, {
          cwd: dir,
          timeoutMs: LIMIT_MS,
          env: { ...env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
        });
        const outcome = {
          entry: entry.name,
          input: i,
          code: r.code,
          stackTrace: hasStackTrace(r.stderr + r.stdout),
        };
        outcomes.push(outcome);
        if (r.code === null || r.code > 2 || outcome.stackTrace) {
          writeFileSync(join(dir, 'FAILED-INPUT'), input);
          bad.push({ ...outcome, stderr: r.stderr.slice(0, 400) } as Outcome);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
