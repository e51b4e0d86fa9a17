import { type TailProbabilities, tTails } from './t-tails.js';
import { pooledVariance, scaledMoments } from './two-sample.js';

export interface StudentResult extends TailProbabilities {
  /** (meanA - meanB - shift) / pooled standard error. */
  t: number;
  /** nA + nB - 2. */
  df: number;
  /** Pooled standard error of meanA - meanB. */
  se: number;
}

/**
 * Student's two-sample t-test with the pooled variance, as scipy.stats.ttest_ind(a, b) (equal_var
 * True), against the null meanA - meanB = shift. It is exact at any split of seeds when both sides
 * share one spread, which is where Welch's estimated df runs liberal (2 seeds against 10).
 * NaN below two values on a side.
 */
export function studentT(a: readonly number[], b: readonly number[], shift = 0): StudentResult {
  const m = scaledMoments(a, b);
  const { nA, nB, scale } = m;
  const df = nA + nB - 2;
  const se = Math.sqrt(pooledVariance(m) * (1 / nA + 1 / nB));
  const t = (m.meanA - m.meanB - shift / scale) / se;
  return { t, df, se: se * scale, ...tTails(t, nA < 2 || nB < 2 ? Number.NaN : df) };
}
