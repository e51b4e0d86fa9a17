import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { hasStackTrace, type ProcessResult, ROOT, runCli } from '../support/run-bundle.js';

const demo = join(ROOT, 'fixtures/demo');
export const goodConfig = `gate:\n  metrics:\n    accuracy: { goal: maximize, max_regression: 0.01 }\n`;
const goodResults = readFileSync(join(demo, 'baseline/results.json'), 'utf8');

/** The demo baseline's results, parsed afresh, for a test to break. */
export const baseResults = () =>
  JSON.parse(goodResults) as {
    format: string;
    runs: {
      seed: unknown;
      metrics?: Record<string, unknown>;
      slices?: Record<string, { metrics: object }>;
      examples?: string;
    }[];
  } & Record<string, unknown>;

/** A scratch directory holding the demo baseline (with its per-item rows) under baseline/. */
export function gateWorkspace(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(demo, 'baseline'), join(dir, 'baseline'), { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a candidate results file (and config) and runs the bundled CLI gate on it. */
export function gateOn(dir: string, candidate: string | object, config = goodConfig): Promise<ProcessResult> {
  // Beside the baseline, so the runs' relative "examples" paths resolve.
  writeFileSync(
    join(dir, 'baseline/cand.json'),
    typeof candidate === 'string' ? candidate : JSON.stringify(candidate),
  );
  writeFileSync(join(dir, 'cfg.yml'), config);
  return runCli(
    [
      'gate',
      '--candidate',
      'baseline/cand.json',
      '--baseline',
      'baseline/results.json',
      '--config',
      'cfg.yml',
    ],
    { cwd: dir },
  );
}

/** Every input error: exit 2, a message naming the place, the problem and a fix, and no stack trace. */
export function expectInputError(r: ProcessResult, ...patterns: RegExp[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  for (const p of patterns) expect(r.stderr).toMatch(p);
  expect(r.stderr).toMatch(/Fix: /);
  expect(hasStackTrace(r.stderr)).toBe(false);
}
