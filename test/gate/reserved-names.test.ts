import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSlashCommand } from '../../src/core/experiment/slash-command.js';
import { hasStackTrace, runCli } from '../support/run-bundle.js';
import { expectInputError } from './cli-harness.js';

// Names that are also properties of every plain JavaScript object.
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];

/** Results whose metrics and slices carry those names; `slice` is the slices' accuracy. */
function results(slice: number): string {
  const metrics = (v: number) => `{"accuracy": ${v}, ${NAMES.map((n) => `"${n}": ${v}`).join(', ')}}`;
  const run = (seed: number, v: number) =>
    `{"seed": ${seed}, "metrics": ${metrics(v)}, "slices": {${NAMES.map((n) => `"${n}": {"n": 50, "metrics": ${metrics(slice)}}`).join(', ')}}}`;
  // Written by hand: JSON.stringify would drop an own "__proto__" key set from a JavaScript literal.
  return `{"format": "sprintlab.eval/v1", "model": "m", "dataset": {"name": "d", "version": "1"}, "runs": [${[1, 2, 3].map((s) => run(s, 0.9 + s / 1000)).join(', ')}]}`;
}

function gate(baseline: string, candidate: string, config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-names-'));
  writeFileSync(join(dir, 'base.json'), baseline);
  writeFileSync(join(dir, 'cand.json'), candidate);
  writeFileSync(join(dir, 'cfg.yml'), config);
  return runCli(
    [
      'gate',
      '--baseline',
      'base.json',
      '--candidate',
      'cand.json',
      '--config',
      'cfg.yml',
      '--format',
      'json',
    ],
    { cwd: dir },
  );
}

const rules = (names: string[]) =>
  `gate:\n  metrics:\n${names.map((n) => `    ${n}: { goal: maximize, max_regression: 0.01 }`).join('\n')}\n  slices: { min_size: 10, max_regression: 0.01 }\n`;

describe('metric and slice names that are also object properties (constructor, toString, __proto__)', () => {
  it('are gated like any other name: a regression on those slices fails, with real numbers', async () => {
    const r = await gate(results(0.9), results(0.5), rules(['accuracy', ...NAMES]));
    expect(r.code, r.stderr).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const report = JSON.parse(r.stdout) as {
      checks: { id: string; status: string; candidate?: { mean: number } }[];
    };
    for (const name of NAMES) {
      // No consistency rule is configured, for these names or any other.
      expect(report.checks.some((c) => c.id === `consistency:${name}`)).toBe(false);
      const regression = report.checks.find((c) => c.id === `regression:${name}`);
      expect(regression?.status, name).toBe('pass');
      expect(regression?.candidate?.mean, name).toBeCloseTo(0.902, 6);
      expect(report.checks.find((c) => c.id === `slice:${name}:accuracy`)?.status, name).toBe('fail');
    }
  });

  it('a gated "__proto__" metric that the results do not report is an input error, not a pass on NaN', async () => {
    const plain = `{"format": "sprintlab.eval/v1", "runs": [{"seed": 1, "metrics": {"accuracy": 0.9}}, {"seed": 2, "metrics": {"accuracy": 0.91}}]}`;
    for (const name of NAMES) {
      expectInputError(
        await gate(plain, plain, rules(['accuracy', name])),
        new RegExp(`configured for metric "${name}", which the results do not report`),
      );
    }
  });
});

describe('/log pairs named like object properties', () => {
  it('keeps __proto__=, constructor= and toString= as pairs like any other', () => {
    const command = parseSlashCommand('/log __proto__=0.9 constructor=0.8 toString=0.7 accuracy=0.86');
    expect(Object.entries(command?.pairs ?? {})).toEqual([
      ['__proto__', '0.9'],
      ['constructor', '0.8'],
      ['toString', '0.7'],
      ['accuracy', '0.86'],
    ]);
  });
});
