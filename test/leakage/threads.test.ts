import { describe, expect, it } from 'vitest';
import { jsonl, runBundledCli, workspace } from './cli-run.js';
import { rng, sentence, vocabulary } from './scan-data.js';

const random = rng(5);
const words = vocabulary(random);
const evalItems = Array.from({ length: 300 }, (_, i) => ({
  id: `q-${i}`,
  text: sentence(random, words, 20),
}));
const train: { id: string; text: string }[] = [];
for (let i = 0; i < 6000; i++) {
  const e = evalItems[i % 300]!;
  // Leaks spread over the whole file, so every worker's range has some, some eval items more than once.
  if (i % 97 === 0) train.push({ id: e.id, text: 'unrelated' });
  else if (i % 89 === 0) train.push({ id: `c-${i}`, text: e.text.toUpperCase() });
  else train.push({ id: `t-${i}`, text: sentence(random, words, 25) });
}
const args = [
  'leakage',
  '--train',
  'train.jsonl',
  '--eval',
  'eval.jsonl',
  '--near',
  'off',
  '--format',
  'json',
];
const parallel = (threads: number) => ({
  SPRINTLAB_LEAKAGE_PARALLEL_MIN_BYTES: '0',
  SPRINTLAB_LEAKAGE_THREADS: String(threads),
});

describe('exact checks on worker threads (bundled CLI)', () => {
  it('give exactly the single-thread report, whatever the number of threads', () => {
    const dir = workspace({ 'eval.jsonl': jsonl(evalItems), 'train.jsonl': jsonl(train) });
    const one = runBundledCli(args, dir, { SPRINTLAB_LEAKAGE_THREADS: '1' });
    expect(one.code).toBe(1);
    const report = JSON.parse(one.stdout);
    expect(report.findings.exact_id.count).toBeGreaterThan(20);
    expect(report.findings.exact_content.count).toBeGreaterThan(20);
    for (const threads of [2, 3, 7]) {
      const many = runBundledCli(args, dir, parallel(threads));
      expect(many.code).toBe(1);
      expect(many.stdout).toBe(one.stdout);
    }
  });

  it('report a bad line in a later range at its line in the file', () => {
    const lines = jsonl(train).split('\n');
    lines.splice(5000, 0, '{"id": "broken", "text": }');
    const dir = workspace({ 'eval.jsonl': jsonl(evalItems), 'train.jsonl': lines.join('\n') });
    const run = runBundledCli(args, dir, parallel(3));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('train.jsonl:5001');
    expect(run.stderr).toContain('not valid JSON');
    const skipped = runBundledCli([...args, '--skip-bad-lines'], dir, parallel(3));
    expect(JSON.parse(skipped.stdout)).toMatchObject({ skipped_lines: 1, train_items: 6000 });
  });
});
