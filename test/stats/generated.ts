import type { ItemOutcome } from '../../src/core/stats/paired.js';

/**
 * Deterministic per-item rows for the large paired cases. fixtures/make-expected.py
 * builds the same rows with the same integer formulas (exact in both languages), so
 * scipy's figures apply without shipping 100k rows in a fixture.
 */
export function generatedRows(n: number): { candidate: ItemOutcome[]; baseline: ItemOutcome[] } {
  const candidate: ItemOutcome[] = [];
  const baseline: ItemOutcome[] = [];
  for (let i = 0; i < n; i++) {
    const c = (i * 7919) % 10007;
    const b = (i * 104729 + 17) % 10009;
    candidate.push({ id: `q-${i}`, score: c / 10007 + 0.003, correct: (i * 7919) % 100 < 80 });
    baseline.push({ id: `q-${i}`, score: b / 10009, correct: (i * 104729 + 17) % 100 < 79 });
  }
  // Shuffle the baseline's order (a fixed rotation) so pairing has to go through the ids.
  return { candidate, baseline: [...baseline.slice(n / 2), ...baseline.slice(0, n / 2)] };
}
