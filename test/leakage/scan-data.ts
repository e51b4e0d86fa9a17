import type { LeakageReport } from '../../src/core/leakage/report.js';
import { type EvalItem, LeakageScan } from '../../src/core/leakage/scan.js';
import { DEFAULT_SETTINGS, type LeakageSettings } from '../../src/core/leakage/settings.js';

export const settings = (overrides: Partial<LeakageSettings> = {}): LeakageSettings => ({
  ...DEFAULT_SETTINGS,
  ...overrides,
});

/** Runs a scan over in-memory training rows (the string path, as for decoded rows). */
export function scanTexts(
  evalItems: EvalItem[],
  train: { id?: string; text: string }[],
  s = settings(),
): LeakageReport {
  const scan = new LeakageScan(evalItems, s);
  const file = scan.fileIndex('train.jsonl');
  train.forEach((row, i) => {
    scan.trainText(file, i + 1, row.id, row.text);
  });
  return scan.report();
}

/** Ids of eval items flagged per kind, sorted. */
export function flagged(report: LeakageReport, kind: keyof LeakageReport['findings']): string[] {
  return report.findings[kind].examples.map((e) => e.eval_id).sort();
}

/** Deterministic PRNG (mulberry32) for generated data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function vocabulary(random: () => number, size = 3000): string[] {
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    let w = '';
    const len = 2 + Math.floor(random() * 8);
    for (let j = 0; j < len; j++) w += String.fromCharCode(97 + Math.floor(random() * 26));
    words.push(w);
  }
  return words;
}

export const sentence = (random: () => number, words: string[], n: number): string =>
  Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ');
