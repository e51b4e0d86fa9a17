import { type TailProbabilities, tTails } from './t-tails.js';
import { scaledMoments } from './two-sample.js';

/** Welch's unequal-variance t-test of a (candidate) against b (baseline). */
export interface WelchResult extends TailProbabilities {
  nA: number;
  nB: number;
  meanA: number;
  meanB: number;
  varA: number;
  varB: number;
  /** Standard error of meanA - meanB (finite even when a variance overflows). */
  se: number;
  /** (meanA - meanB - shift) / standard error; positive when the candidate's mean is higher. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
}

/**
 * Welch's t-test as scipy.stats.ttest_ind(a, b, equal_var=False) computes it, including
 * its edge cases, so the gate's figures can be checked against scipy value for value:
 * - fewer than two values on a side: variances, t, df and p are NaN;
 * - both variances exactly 0: the df is undefined and scipy reports 1 as a placeholder;
 *   t is ±Infinity when the means differ (p 0 or 1) and NaN when they are equal.
 * `shift` moves the null hypothesis from "equal means" to meanA - meanB = shift: the gate tests a
 * drop against its margin this way. It never throws: the gate turns NaN into `insufficient_data`.
 */
export function welch(a: readonly number[], b: readonly number[], shift = 0): WelchResult {
  const { scale, nA, nB, meanA: mA, meanB: mB, varA: vA, varB: vB } = scaledMoments(a, b);
  const seA = vA / nA;
  const seB = vB / nB;
  const se2 = seA + seB;
  const t = (mA - mB - shift / scale) / Math.sqrt(se2);
  // Welch–Satterthwaite, written with each side's share of the squared standard error so that
  // tiny variances do not underflow to 0/0 when squared.
  const shareA = seA / se2;
  const shareB = seB / se2;
  const satterthwaite = 1 / ((shareA * shareA) / (nA - 1) + (shareB * shareB) / (nB - 1));
  // 0/0 only when both variances are 0; scipy substitutes 1 there, and so do we.
  const df = se2 === 0 ? 1 : satterthwaite;
  return {
    nA,
    nB,
    meanA: mA * scale,
    meanB: mB * scale,
    varA: vA * scale * scale,
    varB: vB * scale * scale,
    se: Math.sqrt(se2) * scale,
    t,
    df,
    ...tTails(t, df),
  };
}
