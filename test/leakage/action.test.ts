import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, hasStackTrace, ROOT, RUNTIMES, runNode } from '../support/run-bundle.js';

/** Parses the runner's GITHUB_OUTPUT file (name<<delimiter blocks). */
function outputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

function runAction(config: string, node?: string) {
  const temp = mkdtempSync(join(tmpdir(), 'leakage-action-'));
  const files = { output: join(temp, 'output'), summary: join(temp, 'summary.md') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const run = runNode(ACTION, [], {
    node,
    env: {
      INPUT_COMMAND: 'leakage',
      INPUT_CONFIG: config,
      GITHUB_WORKSPACE: ROOT,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/models',
      // Nothing here may reach GitHub: a closed port would make any request fail loudly.
      GITHUB_API_URL: 'http://127.0.0.1:9',
    },
  });
  return { run, files, temp };
}

describe('Action command: leakage (dist/index.js as the runner runs it)', () => {
  for (const { label, path: node } of RUNTIMES) {
    it.skipIf(!node)(
      `${label}: leaked eval items fail the step, with outputs and the job summary`,
      async () => {
        const { run, files, temp } = runAction('fixtures/leakage/sprintlab.yml', node);
        const result = await run;
        expect(result.code, result.stdout + result.stderr).toBe(1);
        const out = outputs(files.output);
        expect(out.verdict).toBe('fail');
        expect(out['report-json']).toBe(join(temp, 'sprintlab-leakage-report.json'));
        const report = JSON.parse(readFileSync(out['report-json']!, 'utf8'));
        expect(report.format).toBe('sprintlab.leakage-report/v1');
        expect(report.findings.exact_id.examples).toEqual([
          { eval_id: 'q-4', train_id: 'q-4', train_file: 'fixtures/leakage/train.jsonl', train_line: 3 },
        ]);
        expect(report.findings.exact_content.count).toBe(1);
        expect(report.findings.near_duplicate.count).toBe(1);
        const summary = readFileSync(files.summary, 'utf8');
        expect(summary).toContain('Leakage check: fail');
        expect(summary.trim()).toBe(readFileSync(out['report-markdown']!, 'utf8').trim());
        expect(result.stdout).toMatch(/leakage: fail, 5 eval items checked: 5 rows/);
      },
    );
  }

  it('a clean training set passes (exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakage-config-'));
    const config = join(dir, 'sprintlab.yml');
    writeFileSync(
      config,
      'leakage:\n  train: fixtures/leakage/clean-train.jsonl\n  eval: fixtures/leakage/eval.jsonl\n',
    );
    const { run, files } = runAction(config);
    const result = await run;
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(outputs(files.output).verdict).toBe('pass');
    expect(readFileSync(files.summary, 'utf8')).toContain('Leakage check: pass');
  });

  it('a config without training data is an input error (exit 2, no stack trace)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakage-config-'));
    const config = join(dir, 'sprintlab.yml');
    writeFileSync(config, 'leakage:\n  eval: fixtures/leakage/eval.jsonl\n');
    const result = await runAction(config).run;
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('leakage.train');
    expect(result.stdout).toContain('Fix:');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });
});
