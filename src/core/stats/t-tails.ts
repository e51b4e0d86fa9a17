import tCdf from '@stdlib/stats-base-dists-t-cdf';

/** One- and two-sided p-values of a Student t statistic. */
export interface TailProbabilities {
  /** P(T >= t): evidence that the first sample's mean is greater. */
  pGreater: number;
  /** P(T <= t): evidence that the first sample's mean is smaller. */
  pLess: number;
  /** 2 P(T >= |t|), capped at 1. */
  pTwoSided: number;
}

/**
 * Each tail is taken from the CDF at its own side (cdf(t) and cdf(-t)) rather than as
 * 1 - cdf: a p-value of 1e-11 would otherwise be lost to cancellation against 1.
 */
export function tTails(t: number, df: number): TailProbabilities {
  if (Number.isNaN(t) || Number.isNaN(df)) {
    return { pGreater: Number.NaN, pLess: Number.NaN, pTwoSided: Number.NaN };
  }
  const pLess = tCdf(t, df);
  const pGreater = tCdf(-t, df);
  const pTwoSided = Math.min(1, 2 * tCdf(-Math.abs(t), df));
  return { pGreater, pLess, pTwoSided };
}
