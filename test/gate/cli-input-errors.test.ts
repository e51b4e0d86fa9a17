import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-bundle.js';
import { baseResults, expectInputError, gateOn, gateWorkspace, goodConfig } from './cli-harness.js';

let dir: string;
let remove: () => void;
beforeAll(() => {
  ({ dir, remove } = gateWorkspace('sprintlab-cli-'));
  writeFileSync(join(dir, 'config.yml'), goodConfig);
});
afterAll(() => remove());

const gate = (candidate: string | object, config = goodConfig) => gateOn(dir, candidate, config);
const base = baseResults;

describe('sprintlab gate: bad input', () => {
  it('results file missing', async () => {
    const r = await runCli(
      ['gate', '--candidate', 'nope.json', '--baseline', 'baseline/results.json', '--config', 'config.yml'],
      { cwd: dir },
    );
    expectInputError(r, /nope\.json: results file not found/);
  });
  it('results not JSON: file, line and column', async () => {
    expectInputError(
      await gate('{\n  "format": "sprintlab.eval/v1",\n  "runs": [,]\n}'),
      /cand\.json:3:\d+: the results file is not valid JSON/,
    );
  });
  it('NaN written by Python is explained', async () => {
    const text = JSON.stringify(base()).replace(/"accuracy":[0-9.]+/, '"accuracy":NaN');
    expectInputError(await gate(text), /cand\.json:1:\d+/, /finite numbers, and JSON has no NaN/);
  });
  it('wrong format', async () => {
    expectInputError(
      await gate({ ...base(), format: 'lm-eval-harness' }),
      /cand\.json, field "format": unsupported format "lm-eval-harness"/,
      /sprintlab\.eval\/v1/,
    );
  });
  it('a run without metrics', async () => {
    const r = base();
    delete r.runs[1]!.metrics;
    expectInputError(await gate(r), /runs\.1: missing required key "metrics"/);
  });
  it('a string metric value', async () => {
    const r = base();
    (r.runs[0]!.metrics as Record<string, unknown>).accuracy = '0.91';
    expectInputError(await gate(r), /runs\.0\.metrics\.accuracy: expected number, found the string "0\.91"/);
  });
  it('a configured metric absent from the results', async () => {
    expectInputError(
      await gate(base(), `gate:\n  metrics:\n    f1: { goal: maximize }\n`),
      /cand\.json, field "runs\[\]\.metrics\.f1"/,
      /accuracy, latency_p95_ms, toxicity/,
    );
  });
  it('duplicate seeds', async () => {
    const r = base();
    r.runs[2]!.seed = r.runs[0]!.seed;
    expectInputError(await gate(r), /seed 1 appears twice \(runs\[0\] and runs\[2\]\)/);
  });
  it('empty runs', async () => {
    expectInputError(
      await gate({ ...base(), runs: [] }),
      /runs: a list must NOT have fewer than 1 items/,
      /at least one run/,
    );
  });
  it('config YAML syntax error with line and column', async () => {
    expectInputError(
      await gate(base(), 'gate:\n  metrics:\n    accuracy: { goal: maximize\n'),
      /cfg\.yml:\d+:\d+: YAML syntax error/,
    );
  });
  it('unknown config key, with the nearest known key', async () => {
    const r = await gate(
      base(),
      'gate:\n  metrics:\n    accuracy: { goal: maximize, max_regresion: 0.01 }\n',
    );
    expectInputError(
      r,
      /line 3, gate\.metrics\.accuracy\.max_regresion: unknown key "max_regresion" \(did you mean "max_regression"\?\)/,
    );
  });
  it('examples file missing', async () => {
    const r = base();
    r.runs[0]!.examples = 'runs/missing.jsonl';
    // golden needs the rows, so the examples are read
    const cfg = `${goodConfig}  golden: { ids: golden.txt }\n`;
    writeFileSync(join(dir, 'golden.txt'), 'q-001\n');
    expectInputError(
      await gate(r, cfg),
      /baseline\/runs\/missing\.jsonl: examples file not found/,
      /runs\[0\]\.examples/,
    );
  });
  it('an examples row that is malformed: file and line', async () => {
    writeFileSync(
      join(dir, 'baseline/bad.jsonl'),
      '{"id": "q-1", "correct": true}\n{"id": "q-2", "correct": "yes"}\n',
    );
    const r = base();
    r.runs[0]!.examples = 'bad.jsonl';
    expectInputError(
      await gate(r),
      /baseline\/bad\.jsonl:2, field "correct": "correct" must be true or false, found "yes"/,
    );
  });
  it('an unknown flag', async () => {
    const r = await runCli(['gate', '--candidat', 'x'], { cwd: dir });
    expectInputError(r, /Unknown option '--candidat'/);
  });
});

describe('sprintlab gate with leakage configured', () => {
  it('folds train/eval overlap into the gate verdict', async () => {
    const lines = (rows: object[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;
    writeFileSync(
      join(dir, 'train.jsonl'),
      lines(
        Array.from({ length: 50 }, (_, i) => ({
          id: `tr-${i}`,
          text: `training sentence number ${i} about refunds`,
        })),
      ),
    );
    writeFileSync(
      join(dir, 'eval.jsonl'),
      lines([
        { id: 'q-1', text: 'How do I reset my password?' },
        { id: 'q-2', text: 'Training sentence number 7 about REFUNDS' },
      ]),
    );
    const config = `${goodConfig}leakage:\n  train: train.jsonl\n  eval: eval.jsonl\n  key: id\n  text: text\n`;
    writeFileSync(join(dir, 'leak.yml'), config);
    const r = await runCli(
      [
        'gate',
        '--candidate',
        'baseline/results.json',
        '--baseline',
        'baseline/results.json',
        '--config',
        'leak.yml',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('fail');
    const content = report.checks.find((c: { id: string }) => c.id === 'leakage:exact_content');
    expect(content).toMatchObject({ kind: 'leakage', status: 'fail', blocking: true });
    expect(content.message).toMatch(/1 of 2 eval items/);
  });
});
