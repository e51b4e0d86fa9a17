import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, RUNTIMES, runNode } from '../support/run-bundle.js';

// dist/ must run with no node_modules anywhere above it: that is how the Actions runner starts it.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-dist-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/demo'), join(dir, 'fixtures/demo'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(RUNTIMES)('the bundle alone, under $label', ({ path: node }) => {
  it.skipIf(!node)('runs the gate on the demo data from a directory without node_modules', async () => {
    const r = await runNode(
      join(dir, 'dist/cli.js'),
      [
        'gate',
        '--candidate',
        'fixtures/demo/candidate/results.json',
        '--baseline',
        'fixtures/demo/baseline/results.json',
        '--config',
        'fixtures/demo/sprintlab.yml',
        '--format',
        'json',
      ],
      { cwd: dir, node },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe('pass');
    expect(report.checks.find((c: { id: string }) => c.id === 'regression:accuracy').improvement).toBe(true);
  });

  it.skipIf(!node)('the Action entry point reports a missing config as an input error', async () => {
    const r = await runNode(join(dir, 'dist/index.js'), [], {
      cwd: dir,
      node,
      env: { INPUT_COMMAND: 'gate', INPUT_CONFIG: 'nope.yml', GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /::error::nope\.yml: configuration file not found%0AFix: create \.github\/sprintlab\.yml/,
    );
  });
});
