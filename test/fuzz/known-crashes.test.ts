import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../src/github/client.js';
import { serviceFailure } from '../../src/github/errors.js';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { ACTION, CLI, hasStackTrace, type ProcessResult, ROOT, runNode } from '../support/run-bundle.js';

// Each input here crashed (exit 3 with a stack trace) or hung before; now each is an input error.
const scratch = (files: Record<string, string | Buffer>) => {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-crash-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

function expectInputError(r: ProcessResult, ...parts: RegExp[]) {
  expect(r.code, r.stderr + r.stdout).toBe(2);
  expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
  for (const p of parts) expect(r.stderr + r.stdout).toMatch(p);
}

const evalJsonl = readFileSync(join(ROOT, 'fixtures/leakage/eval.jsonl'));

describe('inputs that used to crash the CLI or the Action', () => {
  it('--now beyond the range of dates is an input error', async () => {
    const dir = scratch({ 'export.json': readFileSync(join(ROOT, 'fixtures/status/demo-export.json')) });
    for (const now of ['275760-09-13', '+275760-09-13T00:00:00Z', '1960-01-01']) {
      expectInputError(
        await runNode(CLI, ['status', '--from', 'export.json', '--now', now], { cwd: dir }),
        /--now ".*" is not a date between 1970-01-01 and 9999-12-31/,
        /Fix: /,
      );
    }
  });

  it('an empty, null or invalid event file in the Action is an input error naming GITHUB_EVENT_PATH', async () => {
    for (const event of ['', 'null', '{"pull_request": ', '[1]']) {
      const dir = scratch({ 'event.json': event, output: '', summary: '' });
      for (const command of ['gate', 'app']) {
        const r = await runNode(ACTION, [], {
          cwd: dir,
          env: {
            GITHUB_ACTIONS: 'true',
            INPUT_COMMAND: command,
            'INPUT_GITHUB-TOKEN': 'ghs_unused',
            GITHUB_EVENT_NAME: 'issues',
            GITHUB_EVENT_PATH: join(dir, 'event.json'),
            GITHUB_REPOSITORY: 'acme/models',
            GITHUB_WORKSPACE: join(ROOT, 'fixtures/demo'),
            INPUT_RESULTS: 'candidate/results.json',
            INPUT_BASELINE: 'baseline/results.json',
            INPUT_CONFIG: 'sprintlab.yml',
            GITHUB_API_URL: 'http://127.0.0.1:9',
            GITHUB_OUTPUT: join(dir, 'output'),
            GITHUB_STEP_SUMMARY: join(dir, 'summary'),
            RUNNER_TEMP: dir,
          },
        });
        expectInputError(
          r,
          /event\.json, field "GITHUB_EVENT_PATH": the event file (is empty|is not valid JSON|holds)/,
        );
      }
    }
  });

  it('a manifest header without "files" is an input error, not a crash', async () => {
    const header = {
      format: 'sprintlab.leakage-manifest/v1',
      normalisation: { nfkc: true, case_fold: true, collapse_whitespace: true, strip_punctuation: false },
      shingle_size: 5,
      num_perms: 128,
      seed: 0x5eed1ab,
      key: 'id',
      text: 'text',
      signatures: false,
    };
    const dir = scratch({ 'eval.jsonl': evalJsonl, 'train.manifest': `${JSON.stringify(header)}\n` });
    expectInputError(
      await runNode(CLI, ['leakage', '--train', 'train.manifest', '--eval', 'eval.jsonl', '--near', 'off'], {
        cwd: dir,
      }),
      /train\.manifest:1: the manifest's header has no valid "files"/,
    );
  });

  it('a damaged Parquet file is an input error naming the file', async () => {
    const parquet = readFileSync(join(ROOT, 'fixtures/leakage/train.parquet'));
    // One byte of the footer's metadata changed, found by fuzzing: hyparquet threw a TypeError
    // ("parquet column metadata is undefined") from the row-group read, which ended in exit 3.
    const damaged = Buffer.from(parquet);
    damaged[damaged.length - 134] = 0x15;
    const dir = scratch({ 'eval.jsonl': evalJsonl, 'train.parquet': damaged });
    expectInputError(
      await runNode(CLI, ['leakage', '--train', 'train.parquet', '--eval', 'eval.jsonl'], { cwd: dir }),
      /train\.parquet: not a readable Parquet file/,
    );
  });

  it('binary data where a results file should be stops after the first chunk: input error, small heap', async () => {
    const random = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < random.length; i += 4) random.writeUInt32LE((i * 2654435761) >>> 0, i);
    const dir = scratch({
      'cand.json': random,
      'cfg.yml': 'gate:\n  metrics:\n    accuracy: { goal: maximize }\n',
    });
    const r = await runNode(
      CLI,
      [
        'gate',
        '--candidate',
        'cand.json',
        '--baseline',
        join(ROOT, 'fixtures/demo/baseline/results.json'),
        '--config',
        'cfg.yml',
      ],
      // The heap limit is far below what reading the whole file as text would need.
      { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=32' } },
    );
    expectInputError(r, /cand\.json: the results file is not a text file \(it holds binary data\)/);
  });

  it('a line over 64 MB is an input error naming the file and the line', async () => {
    const dir = scratch({
      'eval.jsonl': evalJsonl,
      'train.jsonl': Buffer.concat([
        Buffer.from('{"text": "a"}\n{"text": "'),
        Buffer.alloc(65 * 1024 * 1024, 0x61),
      ]),
    });
    expectInputError(
      await runNode(CLI, ['leakage', '--train', 'train.jsonl', '--eval', 'eval.jsonl'], { cwd: dir }),
      /train\.jsonl:2: the line is longer than 64 MB/,
    );
  });
});

describe('GitHub answering 5xx after the retries', () => {
  let gh: StandIn;
  beforeAll(async () => {
    gh = await startGitHubStandIn();
  });
  afterAll(() => gh.close());

  it("is said as a failure on GitHub's side, naming the call, for the front doors to print", async () => {
    const client = createGitHub({ token: 'ghs_test', baseUrl: gh.url, retries: 0 });
    gh.failNext({ route: '/graphql', status: 502 });
    const error = await client.graphql('query { viewer { login } }').catch((e: unknown) => e);
    expect(serviceFailure(error)).toBe(
      "GitHub's API answered HTTP 502 to POST /graphql, and still did after retries. This is a failure on GitHub's side, not in the input: re-run the job later.",
    );
    expect(serviceFailure(new Error('a bug'))).toBeUndefined();
  });
});
