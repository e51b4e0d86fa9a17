import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { gammaln } from 'simple-statistics';
import { pooledVariance, scaledMoments } from './two-sample.js';
import { welch } from './welch.js';

/**
 * Hedges' g of a (candidate) against b (baseline): the difference of means over the
 * pooled standard deviation, times Hedges' exact small-sample correction
 * J = Γ(df/2) / (√(df/2) Γ((df-1)/2)) with df = nA + nB - 2. The popular shortcut
 * 1 - 3/(4 df - 1) is 1.3 % off at 2 + 2 seeds, a size the gate does see.
 * With a handful of seeds Cohen's d overstates the effect, which is why g is reported.
 * NaN below two values on a side, or when both sides are constant and equal;
 * ±Infinity when both are constant and differ.
 */
export function hedgesG(a: readonly number[], b: readonly number[]): number {
  const m = scaledMoments(a, b);
  const d = (m.meanA - m.meanB) / Math.sqrt(pooledVariance(m));
  return d * hedgesCorrection(m.nA + m.nB - 2);
}

function hedgesCorrection(df: number): number {
  // In log space: Γ overflows past df ≈ 340, which per-item effect sizes easily reach.
  return Math.exp(gammaln(df / 2) - gammaln((df - 1) / 2)) / Math.sqrt(df / 2);
}

/** A confidence interval for meanA - meanB. */
export interface DifferenceInterval {
  /** meanA - meanB */
  difference: number;
  lower: number;
  upper: number;
  level: number;
  df: number;
}

/**
 * Welch confidence interval for meanA - meanB at `level` (default 0.95): the difference
 * ± the t quantile at the Welch–Satterthwaite df times the unequal-variance standard
 * error, the interval scipy's ttest_ind(equal_var=False).confidence_interval() gives.
 * NaN bounds below two values on a side; a zero-width interval when both sides are constant.
 */
export function differenceInterval(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
): DifferenceInterval {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`confidence level must be between 0 and 1, got ${level}`);
  }
  const w = welch(a, b);
  const difference = w.meanA - w.meanB;
  const margin = w.se === 0 ? 0 : tQuantile(1 - (1 - level) / 2, w.df) * w.se;
  return { difference, lower: difference - margin, upper: difference + margin, level, df: w.df };
}

/** estimate ± the t quantile at df times se: a 95 % interval by default; zero width when se is 0. */
export function tInterval(estimate: number, se: number, df: number, level = 0.95): [number, number] {
  const half = se === 0 ? 0 : tQuantile(1 - (1 - level) / 2, df) * se;
  return [estimate - half, estimate + half];
}
