import { meanOrNaN, sampleVarianceOrNaN } from './describe.js';
import { scaleTogether } from './scale.js';

/**
 * The means and sample variances of two sides, computed on values divided by `scale` (see
 * scaleTogether): every two-sample statistic starts here, and multiplies sizes back by `scale`.
 * NaN for a side with fewer than the values a figure needs.
 */
export interface ScaledMoments {
  scale: number;
  nA: number;
  nB: number;
  meanA: number;
  meanB: number;
  varA: number;
  varB: number;
}

export function scaledMoments(a: readonly number[], b: readonly number[]): ScaledMoments {
  const {
    scale,
    samples: [sa = [], sb = []],
  } = scaleTogether(a, b);
  return {
    scale,
    nA: a.length,
    nB: b.length,
    meanA: meanOrNaN(sa),
    meanB: meanOrNaN(sb),
    varA: sampleVarianceOrNaN(sa),
    varB: sampleVarianceOrNaN(sb),
  };
}

/** The pooled (equal-variance) variance of the two sides, on the scaled values; df = nA + nB - 2. */
export const pooledVariance = (m: ScaledMoments): number =>
  ((m.nA - 1) * m.varA + (m.nB - 1) * m.varB) / (m.nA + m.nB - 2);
