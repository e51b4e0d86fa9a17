/**
 * Values divided by the largest magnitude on either side, so that means and squared deviations are
 * computed on numbers of order one: metrics near 1e±300 would otherwise overflow to Infinity or
 * underflow to 0 when squared, and a variance of 0 or ∞ turns into a wrong verdict. Every ratio a test
 * needs (t, the df's variance shares) is the same on the scaled values; sizes are multiplied back.
 */
export interface Scaled {
  scale: number;
  samples: number[][];
}

export function scaleTogether(...sides: readonly (readonly number[])[]): Scaled {
  let largest = 0;
  for (const side of sides) for (const x of side) largest = Math.max(largest, Math.abs(x));
  // 0 (every value 0) or non-finite (a value of ±∞ or NaN) cannot be divided out: keep the values.
  const scale = largest > 0 && Number.isFinite(largest) ? largest : 1;
  return { scale, samples: sides.map((side) => side.map((x) => x / scale)) };
}
