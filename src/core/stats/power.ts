import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface PowerQuestion {
  /** The effect to detect, in metric units (its sign does not matter). */
  delta: number;
  /** Per-seed standard deviations of candidate and baseline. */
  sdA: number;
  sdB: number;
  alpha: number;
  /** Probability of detecting `delta` if it is real; 0.8 by convention. */
  power?: number;
  sides: 1 | 2;
}

/** Above this many seeds per side the answer is "not practical", reported as null. */
export const SEEDS_FOR_POWER_CAP = 10_000;

/**
 * How many seeds per side a Welch test needs to find `delta` significant at `alpha`
 * with the given power — what a `warn` tells the researcher to run.
 *
 * Power at n seeds per side uses the shifted central t approximation: with
 * se = √((sdA² + sdB²) / n), the Welch–Satterthwaite df for n and n, and the critical
 * value c = t⁻¹(1 - alpha / sides, df), power ≈ P(T_df > c - |delta| / se)
 * (+ P(T_df < -c - |delta| / se) two-sided). It is the normal approximation with its
 * z quantiles replaced by t quantiles at the resulting df, so it does not undercount
 * seeds at the small n the gate sees; against the exact noncentral t it is within one
 * seed. Power grows with n, so the smallest n is found by bisection.
 *
 * Returns null when there is nothing to detect (delta 0 or not finite, or an sd not
 * finite) or when even SEEDS_FOR_POWER_CAP seeds would not do.
 */
export function seedsForPower(question: PowerQuestion): number | null {
  const { delta, sdA, sdB, alpha, power = 0.8, sides } = question;
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be between 0 and 1, got ${power}`);
  if (sides !== 1 && sides !== 2) throw new RangeError(`sides must be 1 or 2, got ${String(sides)}`);
  if (!Number.isFinite(delta) || delta === 0 || !Number.isFinite(sdA) || !Number.isFinite(sdB)) return null;
  const varA = sdA * sdA;
  const varB = sdB * sdB;
  // Two seeds per side is the least any t-test can use; with no spread at all they already suffice.
  if (varA + varB === 0) return 2;

  const shareA = varA / (varA + varB);
  const shareB = varB / (varA + varB);
  const powerAt = (n: number): number => {
    const df = (n - 1) / (shareA * shareA + shareB * shareB);
    const shift = Math.abs(delta) / Math.sqrt((varA + varB) / n);
    const critical = tQuantile(1 - alpha / sides, df);
    const upper = tCdf(shift - critical, df);
    return sides === 2 ? upper + tCdf(-critical - shift, df) : upper;
  };

  if (powerAt(SEEDS_FOR_POWER_CAP) < power) return null;
  let low = 2;
  let high = SEEDS_FOR_POWER_CAP;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (powerAt(mid) >= power) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Paired items that would show `delta` at `alpha` (one-sided) with the given power, from a test on n
 * items whose mean difference has standard error `se`: the standard error shrinks as 1/√items, so
 * items = n ((t_{1-alpha} + t_{power}) se / delta)². Null when the standard error is unknown or zero.
 */
export function itemsForPower(question: {
  n: number;
  se: number;
  delta: number;
  alpha: number;
  power: number;
}): number | null {
  const { n, se, delta, alpha, power } = question;
  if (!(Number.isFinite(se) && se > 0 && Number.isFinite(delta) && delta !== 0)) return null;
  const df = Math.max(1, n - 1);
  const needed = tQuantile(1 - alpha, df) + tQuantile(power, df);
  return Math.ceil(n * ((needed * se) / Math.abs(delta)) ** 2);
}
