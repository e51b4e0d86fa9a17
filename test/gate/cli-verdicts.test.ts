// The calibrated verdicts as a user meets them: the bundled CLI on results files with per-item rows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'sprintlab-verdicts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row {
  id: string;
  correct?: boolean;
  score?: number;
  cluster?: string;
}

/** Writes one side: a results file with one run per metrics entry, each with its rows when given. */
function side(name: string, runs: { metrics: Record<string, number>; rows?: Row[] }[]): string {
  mkdirSync(join(dir, name), { recursive: true });
  const results = {
    format: 'sprintlab.eval/v1',
    runs: runs.map((r, i) => {
      if (!r.rows) return { seed: i + 1, metrics: r.metrics };
      writeFileSync(join(dir, name, `seed${i + 1}.jsonl`), r.rows.map((x) => JSON.stringify(x)).join('\n'));
      return { seed: i + 1, metrics: r.metrics, examples: `seed${i + 1}.jsonl` };
    }),
  };
  writeFileSync(join(dir, name, 'results.json'), JSON.stringify(results));
  return `${name}/results.json`;
}

function gate(baseline: string, candidate: string, config: string) {
  const file = join(dir, `${baseline.split('/')[0]}.yml`);
  writeFileSync(file, config);
  return runCli(
    ['gate', '--baseline', baseline, '--candidate', candidate, '--config', file, '--format', 'json'],
    { cwd: dir },
  );
}

const accuracy = 'gate:\n  metrics:\n    accuracy: { goal: maximize }\n';

describe('the gate CLI on the eval shapes teams have', () => {
  it('one run a side, 2,000 items, accuracy 0.80 → 0.70: McNemar decides and the gate fails (exit 1)', async () => {
    const rows = (wrong: number, cluster = false) =>
      Array.from({ length: 2000 }, (_, i) => ({
        id: `q${i}`,
        correct: i >= wrong,
        ...(cluster ? { cluster: `passage-${i % 50}` } : {}),
      }));
    const r = await gate(
      side('single-b', [{ metrics: { accuracy: 0.8 }, rows: rows(400) }]),
      side('single-c', [{ metrics: { accuracy: 0.7 }, rows: rows(600) }]),
      accuracy,
    );
    expect(r.code, r.stderr).toBe(1);
    const check = JSON.parse(r.stdout).checks.find((c: { id: string }) => c.id === 'regression:accuracy');
    expect(check.status).toBe('fail');
    expect(check.test.name).toBe('mcnemar-exact');
    expect(check.test.why).toMatch(/one run a side/);

    // The same rows, each naming its passage: the clustered test decides.
    const clustered = await gate(
      side('cluster-b', [{ metrics: { accuracy: 0.8 }, rows: rows(400, true) }]),
      side('cluster-c', [{ metrics: { accuracy: 0.7 }, rows: rows(600, true) }]),
      accuracy,
    );
    const c2 = JSON.parse(clustered.stdout).checks.find(
      (c: { id: string }) => c.id === 'regression:accuracy',
    );
    expect(c2.test.name).toBe('clustered-t');
    expect(c2.test.df).toBe(49);
  });

  it('constant sides 0.3 and 0.30000000000000004: a deterministic "unchanged" pass (exit 0)', async () => {
    const r = await gate(
      side('const-b', [{ metrics: { accuracy: 0.3 } }, { metrics: { accuracy: 0.3 } }]),
      side('const-c', [
        { metrics: { accuracy: 0.30000000000000004 } },
        { metrics: { accuracy: 0.30000000000000004 } },
      ]),
      accuracy,
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('pass');
    expect(report.checks[0].deterministic).toBe(true);
    expect(report.checks[0].test).not.toHaveProperty('p_value');
  });

  it('writes an infinite statistic as "-inf" in the JSON report', async () => {
    const rows = (score: number) => Array.from({ length: 20 }, (_, i) => ({ id: `q${i}`, score }));
    const r = await gate(
      side('inf-b', [{ metrics: { accuracy: 0.6 }, rows: rows(0.6) }]),
      side('inf-c', [{ metrics: { accuracy: 0.5 }, rows: rows(0.5) }]),
      accuracy,
    );
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('"t": "-inf"');
  });
});
