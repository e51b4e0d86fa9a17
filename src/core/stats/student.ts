import { meanOrNaN, sampleVarianceOrNaN } from './describe.js';
import { scaleTogether } from './scale.js';
import { type TailProbabilities, tTails } from './t-tails.js';

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
  const nA = a.length;
  const nB = b.length;
  const {
    scale,
    samples: [sa = [], sb = []],
  } = scaleTogether(a, b);
  const df = nA + nB - 2;
  const pooled = ((nA - 1) * sampleVarianceOrNaN(sa) + (nB - 1) * sampleVarianceOrNaN(sb)) / df;
  const se = Math.sqrt(pooled * (1 / nA + 1 / nB));
  const t = (meanOrNaN(sa) - meanOrNaN(sb) - shift / scale) / se;
  return { t, df, se: se * scale, ...tTails(t, nA < 2 || nB < 2 ? Number.NaN : df) };
}
