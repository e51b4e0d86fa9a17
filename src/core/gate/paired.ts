import type { RunExamples } from '../results.js';
import { type ItemOutcome, pairedTest } from '../stats/index.js';
import { isRight } from './golden.js';
import type { PairedFigures } from './types.js';

/**
 * Per-item outcomes of one side: the run's rows as they are when there is one run, otherwise each
 * item's mean outcome across seeds (so the paired test compares like with like, item by item).
 */
function itemOutcomes(examples: RunExamples): ItemOutcome[] {
  const runs = [...examples.values()];
  if (runs.length === 1) return runs[0]!;
  const sums = new Map<string, { total: number; n: number }>();
  for (const rows of runs) {
    for (const row of rows) {
      const value = row.score ?? (isRight(row) ? 1 : 0);
      const s = sums.get(row.id);
      if (s) {
        s.total += value;
        s.n++;
      } else sums.set(row.id, { total: value, n: 1 });
    }
  }
  return [...sums].map(([id, s]) => ({ id, score: s.total / s.n }));
}

/** The mean per-item outcome across runs: what an accuracy-like metric computed from these rows would read. */
export function perItemMean(examples: RunExamples): number {
  let total = 0;
  let runs = 0;
  for (const rows of examples.values()) {
    if (rows.length === 0) continue;
    let sum = 0;
    for (const row of rows) sum += row.score ?? (isRight(row) ? 1 : 0);
    total += sum / rows.length;
    runs++;
  }
  return runs === 0 ? Number.NaN : total / runs;
}

/** The paired per-item test reported next to Welch, when both sides have rows on the same ids. */
export function pairedFigures(
  baseline: RunExamples | undefined,
  candidate: RunExamples | undefined,
): PairedFigures | undefined {
  if (!baseline?.size || !candidate?.size) return undefined;
  const b = itemOutcomes(baseline);
  const c = itemOutcomes(candidate);
  const binary = b.every((r) => r.correct !== undefined) && c.every((r) => r.correct !== undefined);
  const result = pairedTest(c, b, binary ? 'correct' : 'score');
  if (!result) return undefined;
  return {
    name: result.name,
    n: result.n,
    p_value: result.pLess,
    p_improvement: result.pGreater,
    mean_diff: result.meanDiff,
    ...(result.discordant
      ? {
          discordant: {
            candidate_worse: result.discordant.candidateWorse,
            candidate_better: result.discordant.candidateBetter,
          },
        }
      : {}),
  };
}
