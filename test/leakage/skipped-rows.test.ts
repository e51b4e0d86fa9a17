import { describe, expect, it } from 'vitest';
import { jsonl, runBundledCli, workspace } from './cli-run.js';

const evalRows = jsonl([
  { id: 'q-1', text: 'What is the capital of France?' },
  { id: 'q-2', text: 'How many legs does a spider have?' },
]);
const trainCsv = (rows: number, firstText = 'row 0') =>
  `id,text\n${Array.from({ length: rows }, (_, i) => `t-${i},${i === 0 ? firstText : `training row ${i}`}`).join('\n')}\n`;
const leakage = (dir: string, ...extra: string[]) =>
  runBundledCli(['leakage', '--train', 'train.csv', '--eval', 'eval.jsonl', ...extra], dir);

describe('skipped training rows (bundled CLI)', () => {
  it('one stray quote on line 2 of a training CSV is an input error naming line 2, even with --skip-bad-lines', () => {
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.csv': trainCsv(500, 'he said "hello') });
    const run = leakage(dir, '--skip-bad-lines');
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('train.csv:2');
    expect(run.stderr).toContain('never closed');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.stdout).not.toContain('0 training rows');
  });

  it('fails when more than 1% of training rows were skipped, and reports skipped next to read', () => {
    // 3 ragged rows of 200: 1.5% skipped.
    const csv = `${trainCsv(197)}t-a,x,y\nt-b,x,y\nt-c,x,y\n`;
    const dir = workspace({ 'eval.jsonl': evalRows, 'train.csv': csv });
    const json = leakage(dir, '--skip-bad-lines', '--format', 'json');
    expect(json.code, json.stderr).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      verdict: 'fail',
      train_items: 197,
      skipped_lines: 3,
      max_skipped_share: 0.01,
    });
    expect(report.findings.exact_content.count).toBe(0);
    const text = leakage(dir, '--skip-bad-lines');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('against 197 training rows (3 unreadable rows skipped)');
    expect(text.stdout).toContain('3 of 200 training rows (1.5%) were unreadable and skipped');
    expect(text.stdout).toContain('leakage.max_skipped_share');
  });

  it('passes with the same rows when the allowed share is raised, still showing what was skipped', () => {
    const csv = `${trainCsv(197)}t-a,x,y\nt-b,x,y\nt-c,x,y\n`;
    const dir = workspace({
      'eval.jsonl': evalRows,
      'train.csv': csv,
      'sprintlab.yml': 'leakage:\n  train: train.csv\n  eval: eval.jsonl\n  max_skipped_share: 0.05\n',
    });
    const run = leakage(dir, '--skip-bad-lines', '--config', 'sprintlab.yml', '--format', 'json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass', train_items: 197, skipped_lines: 3 });
    const flag = leakage(dir, '--skip-bad-lines', '--max-skipped-share', '0.02');
    expect(flag.code, flag.stderr).toBe(0);
    expect(flag.stdout).toContain('(3 unreadable rows skipped)');
  });
});
