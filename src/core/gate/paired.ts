import type { RunExamples } from '../results.js';
import { type ItemOutcome, type ItemPairs, itemTest, pairItems } from '../stats/index.js';
import { isRight } from './golden.js';
import type { PairedFigures } from './types.js';

/**
 * Per-item outcomes of one side: the run's rows as they are when there is one run, otherwise each
 * item's mean outcome across seeds (so the paired test compares like with like, item by item).
 */
function itemOutcomes(examples: RunExamples): ItemOutcome[] {
  const runs = [...examples.values()];
  if (runs.length === 1) return runs[0]!;
  const sums = new Map<string, { total: number; n: number; cluster: string | undefined }>();
  for (const rows of runs) {
    for (const row of rows) {
      const value = row.score ?? (isRight(row) ? 1 : 0);
      const s = sums.get(row.id);
      if (s) {
        s.total += value;
        s.n++;
      } else sums.set(row.id, { total: value, n: 1, cluster: row.cluster });
    }
  }
  return [...sums].map(([id, s]) => ({
    id,
    score: s.total / s.n,
    ...(s.cluster !== undefined ? { cluster: s.cluster } : {}),
  }));
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

/** Both sides' per-item rows paired by id, and the no-margin paired test reported next to the decision. */
export interface ItemComparison {
  pairs: ItemPairs;
  figures: PairedFigures;
}

export function pairedItems(
  baseline: RunExamples | undefined,
  candidate: RunExamples | undefined,
): ItemComparison | undefined {
  if (!baseline?.size || !candidate?.size) return undefined;
  const b = itemOutcomes(baseline);
  const c = itemOutcomes(candidate);
  const binary = b.every((r) => r.correct !== undefined) && c.every((r) => r.correct !== undefined);
  const pairs = pairItems(c, b, binary ? 'correct' : 'score');
  if (!pairs) return undefined;
  const result = itemTest(pairs);
  return {
    pairs,
    figures: {
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
    },
  };
}
