import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-bundle.js';
import { baseResults, expectInputError, gateOn, gateWorkspace, goodConfig } from './cli-harness.js';

// Mistakes a user makes that the list does not name; each one must still be exit 2 with the
// place, the problem and the fix, and never a silent pass.
let dir: string;
let remove: () => void;
beforeAll(() => {
  ({ dir, remove } = gateWorkspace('sprintlab-cli-more-'));
});
afterAll(() => remove());

const demo = join(ROOT, 'fixtures/demo');
const gate = (candidate: string | object, config = goodConfig) => gateOn(dir, candidate, config);
const base = baseResults;

describe('sprintlab gate: more bad input', () => {
  it('a results file that is a JSON array says what the file must be', async () => {
    expectInputError(
      await gate('[{"seed": 1, "metrics": {"accuracy": 0.9}}]'),
      /cand\.json: the results file has a problem/,
      /\(top level\): expected object, found a list\. Fix: write a JSON object/,
      /"format": "sprintlab\.eval\/v1", "runs"/,
    );
  });

  it('a seed that is a float', async () => {
    const r = base();
    r.runs[0]!.seed = 1.5;
    expectInputError(
      await gate(r),
      /runs\.0\.seed: expected integer or string, found number 1\.5\. Fix: write a whole number or a string here/,
    );
  });

  it('a metric value that overflows to infinity (1e309) is rejected, not gated', async () => {
    const text = JSON.stringify(base()).replace(/"accuracy":[0-9.]+/, '"accuracy":1e309');
    expectInputError(
      await gate(text),
      /cand\.json, field "runs\[0\]\.metrics\.accuracy": metric "accuracy" is Infinity, not a finite number/,
    );
  });

  it('a slice metric that overflows to -infinity', async () => {
    const r = base();
    const slice = Object.keys(r.runs[1]!.slices ?? {})[0]!;
    (r.runs[1]!.slices![slice]!.metrics as Record<string, unknown>).accuracy = 'OVERFLOW';
    const text = JSON.stringify(r).replace('"OVERFLOW"', '-1e400');
    expectInputError(
      await gate(text),
      new RegExp(
        `field "runs\\[1\\]\\.slices\\.${slice}\\.metrics\\.accuracy": metric "accuracy" is -Infinity`,
      ),
    );
  });

  it('an empty config file, and one with only comments, ask for gate.metrics', async () => {
    for (const config of ['', '# sprintlab config\n\n# nothing yet\n']) {
      expectInputError(
        await gate(base(), config),
        /cfg\.yml, field "gate\.metrics": the gate has no metrics to compare/,
      );
    }
  });

  it('gate.metrics written as a list', async () => {
    expectInputError(
      await gate(base(), 'gate:\n  metrics:\n    - accuracy\n'),
      /line 2, gate\.metrics: expected object, found a list\. Fix: write a mapping \(indented "key: value" lines\) here/,
    );
  });

  it('a golden ids file with no ids', async () => {
    writeFileSync(join(dir, 'golden-empty.txt'), '# golden set\n\n');
    expectInputError(
      await gate(base(), `${goodConfig}  golden: { ids: golden-empty.txt }\n`),
      /golden-empty\.txt, field "gate\.golden\.ids": the id list has no ids/,
    );
  });

  it('a golden section without ids (it would protect nothing)', async () => {
    expectInputError(
      await gate(base(), `${goodConfig}  golden: { max_flips: 1 }\n`),
      /line 4, gate\.golden: missing required key "ids"/,
    );
  });

  it('a golden ids file that is missing is named as written in the config', async () => {
    const r = await gate(base(), `${goodConfig}  golden: { ids: evals/nope.txt }\n`);
    expectInputError(r, /gate: evals\/nope\.txt, field "gate\.golden\.ids": id list not found/);
    expect(r.stderr).not.toContain(dir);
  });

  it('an examples row with a duplicate id: file, both lines', async () => {
    const rows = readFileSync(join(dir, 'baseline/runs/seed1.jsonl'), 'utf8');
    const third = rows.split('\n')[2]!;
    writeFileSync(join(dir, 'baseline/dup.jsonl'), `${rows}${third}\n`);
    const r = base();
    (r.runs[0] as Record<string, unknown>).examples = 'dup.jsonl';
    const id = (JSON.parse(third) as { id: string }).id;
    const lines = rows.trimEnd().split('\n').length;
    expectInputError(
      await gate(r),
      new RegExp(
        `baseline/dup\\.jsonl:${lines + 1}, field "id": item id "${id}" appears twice \\(lines 3 and ${lines + 1}\\)`,
      ),
    );
  });
});

describe('sprintlab gate: range and shape messages', () => {
  it('a number out of range says the allowed range, and an empty metrics mapping says it is empty', async () => {
    const r = await gate(base(), 'gate:\n  alpha: 5\n  metrics:\n    accuracy: { goal: maximize }\n');
    expectInputError(
      r,
      /line 2, gate\.alpha: number 5 is out of range \(it must be < 1\)\. Fix: write a number < 1 here/,
    );
    const empty = base();
    empty.runs[0]!.metrics = {};
    const e = await gate(empty);
    expectInputError(e, /runs\.0\.metrics: a mapping must NOT have fewer than 1 properties \(it is empty\)/);
    expect(e.stderr).not.toMatch(/\.\.\n/);
  });

  it('an examples path that is a directory', async () => {
    const r = base();
    (r.runs[0] as Record<string, unknown>).examples = 'runs';
    expectInputError(
      await gate(r),
      /field "baseline\/cand\.json runs\[0\]\.examples": "runs" is a directory, not a file/,
    );
  });
});

describe('sprintlab gate: Windows line ends everywhere', () => {
  it('reads CRLF (and BOM) results, examples, config and golden ids like LF ones', async () => {
    const crlf = join(dir, 'crlf');
    cpSync(join(demo, 'baseline'), join(crlf, 'baseline'), { recursive: true });
    cpSync(join(demo, 'candidate'), join(crlf, 'candidate'), { recursive: true });
    const toCrlf = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    // A byte order mark too, as Windows tools write it.
    const withBom = (file: string) => writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
    for (const side of ['baseline', 'candidate']) {
      toCrlf(join(crlf, side, 'results.json'));
      withBom(join(crlf, side, 'results.json'));
      withBom(join(crlf, side, 'runs/seed1.jsonl'));
      for (const f of readdirSync(join(crlf, side, 'runs'))) toCrlf(join(crlf, side, 'runs', f));
    }
    writeFileSync(
      join(crlf, 'golden.txt'),
      readFileSync(join(demo, 'golden.txt'), 'utf8').replace(/\n/g, '\r\n'),
    );
    const config = readFileSync(join(demo, 'sprintlab.yml'), 'utf8')
      .replace(/fixtures\/demo\/golden\.txt/, 'golden.txt')
      .replace(/\n/g, '\r\n');
    writeFileSync(join(crlf, 'sprintlab.yml'), `\uFEFF${config}`);
    const args = [
      'gate',
      '--candidate',
      'candidate/results.json',
      '--baseline',
      'baseline/results.json',
      '--config',
      'sprintlab.yml',
      '--format',
      'json',
    ];
    const r = await runCli(args, { cwd: crlf });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('pass');
    const golden = report.checks.find((c: { id: string }) => c.id === 'golden');
    expect(golden.message).toMatch(/^all 40 golden examples stay right/);
    const accuracy = report.checks.find((c: { id: string }) => c.id === 'regression:accuracy');
    expect(accuracy.paired.n).toBe(500);

    // A mistake in a CRLF config is still placed on its line.
    writeFileSync(join(crlf, 'sprintlab.yml'), config.replace('max_regression: 0.01', 'max_regresion: 0.01'));
    const bad = await runCli(args, { cwd: crlf });
    expectInputError(bad, /line \d+, gate\.metrics\.accuracy\.max_regresion: unknown key/);
  });
});
