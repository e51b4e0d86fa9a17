import { describe, differenceInterval, hedgesG, welch } from '../stats/index.js';
import type { SideStats, TestFigures } from './types.js';

/** One metric compared between baseline and candidate seeds, before multiple-testing correction. */
export interface Comparison {
  baseline: SideStats;
  candidate: SideStats;
  delta: number;
  /** null when a side has fewer than two seeds. */
  test: TestFigures | null;
}

const side = (values: readonly number[]): SideStats => {
  const d = describe(values);
  return { n: d.n, mean: d.mean, std: d.std };
};

export function compare(
  baseline: readonly number[],
  candidate: readonly number[],
  goal: 'maximize' | 'minimize',
): Comparison {
  const b = side(baseline);
  const c = side(candidate);
  const delta = c.mean - b.mean;
  if (baseline.length < 2 || candidate.length < 2) return { baseline: b, candidate: c, delta, test: null };
  const w = welch(candidate, baseline);
  const ci = differenceInterval(candidate, baseline, 0.95);
  const worse = goal === 'maximize' ? w.pLess : w.pGreater;
  const better = goal === 'maximize' ? w.pGreater : w.pLess;
  return {
    baseline: b,
    candidate: c,
    delta,
    test: {
      name: 'welch',
      alternative: goal === 'maximize' ? 'less' : 'greater',
      t: w.t,
      df: w.df,
      p_value: worse,
      p_improvement: better,
      hedges_g: hedgesG(candidate, baseline),
      ci95: [ci.lower, ci.upper],
    },
  };
}
