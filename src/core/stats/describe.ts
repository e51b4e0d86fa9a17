import { mean, sampleVariance } from 'simple-statistics';
import { scaleTogether } from './scale.js';

/** Per-seed summary the gate reports for each side of a comparison. */
export interface Description {
  n: number;
  mean: number;
  /** Sample standard deviation (n - 1 in the denominator); 0 for a single value. */
  std: number;
}

/**
 * Summarises per-seed values. A single seed has no spread to measure, so its std
 * is reported as 0 rather than NaN: the consistency check and the report then stay
 * numeric, and the statistical checks gate on n < 2 themselves.
 */
export function describe(values: readonly number[]): Description {
  if (values.length === 0) {
    // Callers hold at least one run per side (empty `runs` is rejected on input), so this is a bug.
    throw new RangeError('describe() needs at least one value');
  }
  const {
    scale,
    samples: [list = []],
  } = scaleTogether(values);
  const n = list.length;
  return { n, mean: mean(list) * scale, std: n < 2 ? 0 : Math.sqrt(sampleVariance(list)) * scale };
}

/** Sample variance (n - 1), NaN below two values, as scipy reports it. */
export function sampleVarianceOrNaN(values: readonly number[]): number {
  return values.length < 2 ? Number.NaN : sampleVariance(values as number[]);
}

/** Mean, NaN for no values, as scipy reports it. */
export function meanOrNaN(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : mean(values as number[]);
}
