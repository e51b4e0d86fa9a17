import { expect, describe as group, it } from 'vitest';
import { describe } from '../../src/core/stats/describe.js';

group('describe', () => {
  it('gives n, mean and the sample (n - 1) standard deviation', () => {
    const d = describe([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(d.n).toBe(8);
    expect(d.mean).toBe(5);
    // Sum of squared deviations 32, over n - 1 = 7.
    expect(d.std).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it('reports std 0, not NaN, for a single seed', () => {
    expect(describe([0.91])).toEqual({ n: 1, mean: 0.91, std: 0 });
  });

  it('agrees with the scipy reference variances', () => {
    // acc_5_seeds_clear_gain in test/fixtures/reference/welch.json: var_a = 1.13e-05.
    const d = describe([0.912, 0.915, 0.909, 0.918, 0.913]);
    expect(Math.abs(d.std ** 2 - 1.1300000000000019e-5) / 1.13e-5).toBeLessThan(1e-9);
    expect(d.mean).toBeCloseTo(0.9134, 15);
  });

  it('refuses an empty list', () => {
    expect(() => describe([])).toThrow(RangeError);
  });
});
