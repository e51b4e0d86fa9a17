import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LeakageReport } from '../../src/core/leakage/report.js';
import { buildManifest, checkLeakage } from '../../src/flows/leakage/check.js';
import { jsonl, runCli, workspace } from './cli-run.js';
import { rng, sentence, settings, vocabulary } from './scan-data.js';

const random = rng(9);
const words = vocabulary(random);
const evalItems = Array.from({ length: 500 }, (_, i) => ({
  id: `q-${i}`,
  text: sentence(random, words, 30),
}));
const train: { id: string; text: string }[] = [];
for (let i = 0; i < 5000; i++) train.push({ id: `tr-${i}`, text: sentence(random, words, 35) });
for (let i = 0; i < 20; i++) train.splice(100 * i + 7, 0, { id: evalItems[i]!.id, text: 'another text' });
for (let i = 20; i < 40; i++)
  train.splice(100 * i + 11, 0, { id: `c-${i}`, text: evalItems[i]!.text.toUpperCase() });
for (let i = 40; i < 60; i++) {
  // One word changed in thirty: Jaccard around 0.9, clear of the threshold for both the exact and the estimated similarity.
  const parts = evalItems[i]!.text.split(' ');
  parts[15] = 'zzzzzz';
  train.splice(100 * i + 13, 0, { id: `n-${i}`, text: parts.join(' ') });
}
train.push({ text: 'a row without an id' } as { id: string; text: string });

const withoutSimilarity = (r: LeakageReport) => ({
  ...r,
  findings: {
    ...r.findings,
    near_duplicate: {
      ...r.findings.near_duplicate,
      examples: r.findings.near_duplicate.examples.map(({ similarity: _s, ...e }) => e),
    },
  },
});

describe('hash manifests', () => {
  const dir = workspace({ 'eval.jsonl': jsonl(evalItems), 'train.jsonl': jsonl(train) });

  it('a check against a manifest finds exactly what the check against the raw file finds', async () => {
    const raw = await checkLeakage({
      train: ['train.jsonl'],
      eval: 'eval.jsonl',
      settings: settings(),
      rootDir: dir,
    });
    expect(raw.findings.exact_id.count).toBe(20);
    expect(raw.findings.exact_content.count).toBe(20);
    expect(raw.findings.near_duplicate.count).toBe(20);
    const rows = await buildManifest(['train.jsonl'], 'train.manifest', settings(), dir);
    expect(rows).toBe(train.length);
    const fromManifest = await checkLeakage({
      train: ['train.manifest'],
      eval: 'eval.jsonl',
      settings: settings(),
      rootDir: dir,
    });
    expect(withoutSimilarity(fromManifest)).toEqual(withoutSimilarity(raw));
    // The manifest names the original file and lines, so the report points at the training data itself.
    expect(fromManifest.findings.exact_id.examples[0]).toMatchObject({
      train_file: 'train.jsonl',
      train_line: 8,
    });
    for (const e of fromManifest.findings.near_duplicate.examples)
      expect(e.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('is compact: exact-only manifests are a fraction of the training file', async () => {
    await buildManifest(['train.jsonl'], 'exact.manifest', settings({ near_duplicate: undefined }), dir);
    const size = statSync(join(dir, 'exact.manifest')).size;
    expect(size).toBeLessThan(statSync(join(dir, 'train.jsonl')).size / 5);
    const exact = await checkLeakage({
      train: ['exact.manifest'],
      eval: 'eval.jsonl',
      settings: settings({ near_duplicate: undefined }),
      rootDir: dir,
    });
    expect(exact.findings.exact_id.count).toBe(20);
    expect(exact.findings.exact_content.count).toBe(20);
    expect(exact.findings.near_duplicate).toEqual({ count: 0, ratio: 0, examples: [], threshold: null });
  });

  it('through the CLI: manifest subcommand, then a check against it', async () => {
    const built = await runCli(['leakage', 'manifest', 'train.jsonl', '-o', 'cli.manifest'], dir);
    expect(built.code).toBe(0);
    expect(built.stdout).toContain(`wrote cli.manifest: ${train.length} training rows`);
    const check = await runCli(
      ['leakage', '--train', 'cli.manifest', '--eval', 'eval.jsonl', '--format', 'json'],
      dir,
    );
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).findings.near_duplicate.count).toBe(20);
    expect(check.stderr).toMatch(
      /^leakage: fail, 500 eval items checked: 5,\d{3} rows, .* MB in .* s \(.* MB\/s\)\n$/,
    );
  });
});

describe('input formats find the same leaks', () => {
  const fixtures = resolve(import.meta.dirname, '../../fixtures/leakage');
  const check = (train: string) =>
    checkLeakage({ train: [train], eval: 'eval.jsonl', settings: settings(), rootDir: fixtures });

  it('JSONL, CSV (quoted commas and line breaks) and Parquet agree', async () => {
    const reports = await Promise.all(['train.jsonl', 'train.csv', 'train.parquet'].map(check));
    // "line" is the file line for JSONL and CSV (after the header), the row number for Parquet.
    expect(reports.map((r) => r.findings.exact_id.examples[0]!.train_line)).toEqual([3, 4, 3]);
    for (const r of reports) {
      expect(r.train_items).toBe(5);
      expect(r.findings.exact_id.examples.map((e) => e.eval_id)).toEqual(['q-4']);
      expect(r.findings.exact_content.examples.map((e) => [e.eval_id, e.train_id])).toEqual([
        ['q-1', 'tr-2'],
      ]);
      expect(r.findings.near_duplicate.examples.map((e) => [e.eval_id, e.train_id])).toEqual([
        ['q-3', 'tr-4'],
      ]);
    }
    expect(reports[1]!.findings.exact_content.examples[0]!.train_file).toBe('train.csv');
  });

  it('plain text has no ids: only content and near-duplicate checks', async () => {
    const r = await check('train.txt');
    expect(r.findings.exact_id.count).toBe(0);
    expect(r.findings.exact_content.examples).toEqual([
      { eval_id: 'q-1', train_id: null, train_file: 'train.txt', train_line: 2 },
    ]);
    expect(r.findings.near_duplicate.count).toBe(1);
  });

  it('several training files in one check, reported per file', async () => {
    const r = await checkLeakage({
      train: ['clean-train.jsonl', 'train.csv'],
      eval: 'eval.jsonl',
      settings: settings(),
      rootDir: fixtures,
    });
    expect(r.train_items).toBe(7);
    expect(r.findings.exact_content.examples[0]).toMatchObject({ train_file: 'train.csv', train_line: 3 });
  });

  it('JSON escapes, non-ASCII text, numeric ids and blank lines take the slow path correctly', async () => {
    const dir = workspace({
      'eval.jsonl': jsonl([
        { id: 1, text: 'Grüße aus Köln' },
        { id: 'q-2', text: 'He said "hi"\nthen left' },
      ]),
      'train.jsonl': `\n{"id": 1.0, "text": "x"}\n{"id":"a","text":"GRÜSSE AUS KÖLN"}\n  \n{"text": "he said \\"hi\\" then left", "id": "b"}\n`,
    });
    const r = await checkLeakage({
      train: ['train.jsonl'],
      eval: 'eval.jsonl',
      settings: settings(),
      rootDir: dir,
    });
    expect(r.findings.exact_id.examples).toEqual([
      { eval_id: '1', train_id: '1', train_file: 'train.jsonl', train_line: 2 },
    ]);
    expect(r.findings.exact_content.examples.map((e) => [e.eval_id, e.train_line])).toEqual([
      ['1', 3],
      ['q-2', 5],
    ]);
  });
});
