import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateProbability, chooseBanding } from '../../src/core/leakage/minhash.js';
import { normalise } from '../../src/core/leakage/normalise.js';
import { LeakageScan } from '../../src/core/leakage/scan.js';
import { DEFAULT_SETTINGS } from '../../src/core/leakage/settings.js';
import { checkLeakage } from '../../src/flows/leakage/check.js';
import { rng, sentence, settings, vocabulary } from './scan-data.js';

/** Exact character 5-gram Jaccard, written independently of the detector. */
function trueJaccard(a: string, b: string): number {
  const grams = (s: string) => {
    const t = normalise(s, DEFAULT_SETTINGS.normalisation);
    const out = new Set<string>();
    for (let i = 0; i + 5 <= t.length; i++) out.add(t.slice(i, i + 5));
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return both / (x.size + y.size - both);
}

const random = rng(42);
const words = vocabulary(random);
const evalItems = Array.from({ length: 2000 }, (_, i) => ({
  id: `q-${i}`,
  text: sentence(random, words, 25 + Math.floor(random() * 25)),
}));

interface Planted {
  evalIndex: number;
  text: string;
  jaccard: number;
}

/** Edits k words of an eval item: light edits stay above 0.8, heavier ones fall below it. */
function edited(i: number, k: number): Planted {
  const parts = evalItems[i]!.text.split(' ');
  for (let j = 0; j < k; j++)
    parts[Math.floor(random() * parts.length)] = words[Math.floor(random() * words.length)]!;
  const text = parts.join(' ');
  return { evalIndex: i, text, jaccard: trueJaccard(evalItems[i]!.text, text) };
}

const exactIds = Array.from({ length: 50 }, (_, i) => i);
const exactContent = Array.from({ length: 50 }, (_, i) => 50 + i);
const nearCandidates: Planted[] = [];
for (let i = 100; i < 900; i++) nearCandidates.push(edited(i, 1 + (i % 8)));
const positives = nearCandidates.filter((p) => p.jaccard >= 0.8);
const hardNegatives = nearCandidates.filter((p) => p.jaccard < 0.8);

const train: { id: string; text: string }[] = [];
for (let i = 0; i < 20_000; i++)
  train.push({ id: `tr-${i}`, text: sentence(random, words, 20 + Math.floor(random() * 40)) });
for (const i of exactIds) train.push({ id: evalItems[i]!.id, text: sentence(random, words, 30) });
for (const i of exactContent)
  train.push({ id: `copy-${i}`, text: `\t${evalItems[i]!.text.toUpperCase().replace(/ /g, '   ')} ` });
for (const p of nearCandidates) train.push({ id: `near-${p.evalIndex}`, text: p.text });
// Shuffle deterministically so planted rows are spread through the file.
for (let i = train.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [train[i], train[j]] = [train[j]!, train[i]!];
}

function run() {
  const scan = new LeakageScan(evalItems, settings({ near_duplicate: 0.8 }));
  const file = scan.fileIndex('train.jsonl');
  train.forEach((row, i) => {
    scan.trainText(file, i + 1, row.id, row.text);
  });
  return scan;
}

describe('planted leaks in generated data', () => {
  const report = run().report();

  it('the banding makes a pair at the threshold a candidate with probability >= 0.995', () => {
    const banding = chooseBanding(0.8, 128);
    expect(candidateProbability(0.8, banding)).toBeGreaterThanOrEqual(0.995);
    expect(candidateProbability(0.3, banding)).toBeLessThan(0.02);
    expect(banding.bands * banding.rows).toBeLessThanOrEqual(128);
  });

  it('finds every planted exact id and every normalised copy, and nothing else', () => {
    expect(report.findings.exact_id.count).toBe(exactIds.length);
    expect(report.findings.exact_content.count).toBe(exactContent.length);
    expect(report.eval_items).toBe(2000);
    expect(report.train_items).toBe(train.length);
    expect(report.verdict).toBe('fail');
  });

  it('near-duplicates: high recall on positives, no false hits on hard negatives or unrelated rows', () => {
    expect(positives.length).toBeGreaterThan(200);
    expect(hardNegatives.length).toBeGreaterThan(100);
    // Examples are capped at 20, so ask the scan about every planted pair.
    const scan = run();
    const all = scan.report().findings.near_duplicate;
    const hits = positives.filter((p) => scan.isFlagged(p.evalIndex, 'near_duplicate')).length;
    const recall = hits / positives.length;
    // Every reported eval item must be a planted positive: the verifier uses the exact Jaccard.
    const falseHits = all.count - hits;
    expect(hardNegatives.some((p) => scan.isFlagged(p.evalIndex, 'near_duplicate'))).toBe(false);
    console.info(
      `near-duplicate detector: ${positives.length} positives (Jaccard >= 0.8), ${hardNegatives.length} hard negatives (0.8 > Jaccard), ` +
        `20000 unrelated rows; recall ${(recall * 100).toFixed(1)}%, false hits ${falseHits}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(falseHits).toBe(0);
  });

  it('reports the similarity of each pair, at or above the threshold', () => {
    for (const e of report.findings.near_duplicate.examples) {
      expect(e.similarity).toBeGreaterThanOrEqual(0.8);
      expect(e.similarity).toBeLessThan(1);
      expect(e.train_id).toMatch(/^near-/);
    }
  });

  it('the streamed JSONL path finds exactly what the in-memory path finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakage-'));
    writeFileSync(join(dir, 'eval.jsonl'), evalItems.map((e) => JSON.stringify(e)).join('\n'));
    writeFileSync(join(dir, 'train.jsonl'), `${train.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const fromFile = await checkLeakage({
      train: ['train.jsonl'],
      eval: 'eval.jsonl',
      settings: settings(),
      rootDir: dir,
    });
    expect(fromFile).toEqual(report);
  });
});
