import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli } from '../support/run-bundle.js';
import { testGit } from '../support/runner.js';

// `sprintlab gate --baseline-ref origin/main` on a researcher's clone: the baseline is the results file
// where the branch started, read with git, wherever in the clone the command is run.
let dir: string;
let baseSha: string;
const git = (...args: string[]) => testGit(dir, ...args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-ref-'));
  const demo = join(ROOT, 'fixtures/demo');
  mkdirSync(join(dir, '.github'));
  writeFileSync(
    join(dir, '.github/sprintlab.yml'),
    readFileSync(join(demo, 'sprintlab.yml'), 'utf8').replace('fixtures/demo/golden.txt', 'evals/golden.txt'),
  );
  cpSync(join(demo, 'baseline'), join(dir, 'evals'), { recursive: true });
  cpSync(join(demo, 'golden.txt'), join(dir, 'evals/golden.txt'));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'baseline');
  baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  rmSync(join(dir, 'evals/runs'), { recursive: true });
  cpSync(join(demo, 'candidate'), join(dir, 'evals'), { recursive: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'candidate');
  mkdirSync(join(dir, 'notebooks'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sprintlab gate --baseline-ref', () => {
  it('reads the baseline at the merge base, from the top of the clone', async () => {
    const r = await runCli(
      ['gate', '--candidate', 'evals/results.json', '--baseline-ref', 'main', '--format', 'json'],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.baseline).toMatchObject({
      ref: baseSha,
      source: 'evals/results.json@merge-base(main)',
      n_runs: 5,
    });
    expect(report.checks.find((c: { id: string }) => c.id === 'regression:accuracy').status).toBe('pass');
  });

  it('and from a subdirectory: same baseline, golden ids still relative to the repository root', async () => {
    const r = await runCli(
      [
        'gate',
        '--candidate',
        '../evals/results.json',
        '--baseline-ref',
        'main',
        '--config',
        '../.github/sprintlab.yml',
        '--format',
        'json',
      ],
      { cwd: join(dir, 'notebooks') },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.baseline).toMatchObject({ ref: baseSha, n_runs: 5 });
    expect(report.candidate.source).toBe('evals/results.json');
    expect(report.checks.find((c: { id: string }) => c.id === 'golden').status).toBe('pass');
  });

  it('a ref that is not in the clone is an input error that says to fetch it', async () => {
    const r = await runCli(['gate', '--candidate', 'evals/results.json', '--baseline-ref', 'origin/main'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git ref "origin\/main" not found in this clone\nFix: fetch it first/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('sprintlab gate --config-ref', () => {
  it('gates with the config where the branch started, as a pull request is, and lists what the branch changes', async () => {
    const file = join(dir, '.github/sprintlab.yml');
    const committed = readFileSync(file, 'utf8');
    writeFileSync(file, committed.replace('min: 0.85', 'min: 0.99'));
    try {
      const args = [
        'gate',
        '--candidate',
        'evals/results.json',
        '--baseline-ref',
        'main',
        '--format',
        'json',
      ];
      const own = await runCli(args, { cwd: dir });
      expect(own.code, own.stderr).toBe(1);
      const r = await runCli([...args, '--config-ref', 'main'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.checks.find((c: { id: string }) => c.id === 'threshold:accuracy').status).toBe('pass');
      expect(report.config).toMatchObject({
        path: '.github/sprintlab.yml',
        used: 'base',
        base_ref: baseSha,
        changed: ['gate.metrics.accuracy.min'],
      });
      const markdown = await runCli([...args.slice(0, -2), '--config-ref', 'main'], { cwd: dir });
      expect(markdown.stdout).toMatch(
        /The new settings apply after merge;[^\n]*Keys changed: `gate\.metrics\.accuracy\.min`\./,
      );
    } finally {
      writeFileSync(file, committed);
    }
  });
});
