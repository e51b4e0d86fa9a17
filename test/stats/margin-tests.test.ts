import { describe, expect, it } from 'vitest';
import { describe as summarise } from '../../src/core/stats/describe.js';
import { differenceInterval, hedgesG } from '../../src/core/stats/effect.js';
import { clusteredT, itemTest, pairedT, pairItems } from '../../src/core/stats/paired.js';
import { itemsForPower } from '../../src/core/stats/power.js';
import { studentT } from '../../src/core/stats/student.js';
import { tTails } from '../../src/core/stats/t-tails.js';
import { welch } from '../../src/core/stats/welch.js';
import { relativeError } from './expected.js';

const candidate = [0.888, 0.885, 0.891, 0.884, 0.889];
const baseline = [0.912, 0.915, 0.909, 0.918, 0.913, 0.91, 0.917];

describe("Student's pooled t against the textbook formula", () => {
  // Expected values: plain Python, t = (mean_a - mean_b - shift) / sqrt(s_p² (1/n_a + 1/n_b)).
  it('matches t, df and the standard error, with and without a shifted null', () => {
    const plain = studentT(candidate, baseline);
    expect(relativeError(plain.t, -13.856575093782407)).toBeLessThan(1e-9);
    expect(relativeError(plain.se, 0.001878427479547287)).toBeLessThan(1e-9);
    expect(plain.df).toBe(10);
    const shifted = studentT(candidate, baseline, -0.01);
    expect(relativeError(shifted.t, -8.53297324655535)).toBeLessThan(1e-9);
    // The tails are the scipy-checked t distribution at that t and df.
    expect(shifted.pLess).toBe(tTails(shifted.t, 10).pLess);
  });
  it('is NaN below two values on a side', () => {
    expect(studentT([1], [1, 2, 3]).pLess).toBeNaN();
  });
});

describe('the null hypothesis moved to the margin', () => {
  it('Welch with a shift is Welch on the candidate moved by the shift', () => {
    const shifted = welch(candidate, baseline, -0.01);
    const moved = welch(
      candidate.map((x) => x + 0.01),
      baseline,
    );
    expect(relativeError(shifted.t, moved.t)).toBeLessThan(1e-9);
    expect(relativeError(shifted.df, moved.df)).toBeLessThan(1e-9);
    expect(relativeError(shifted.pLess, moved.pLess)).toBeLessThan(1e-9);
    // A drop of 0.026 is further from 0 than from a margin of 0.01.
    expect(welch(candidate, baseline).pLess).toBeLessThan(shifted.pLess);
  });
  it('the paired t-test with a shift is the paired test of the shifted differences', () => {
    const d = [0.1, -0.2, 0.05, 0.3, -0.1, 0];
    expect(relativeError(pairedT(d, 0.05).statistic, pairedT(d.map((x) => x - 0.05)).statistic)).toBeLessThan(
      1e-12,
    );
  });
});

describe('cluster-robust paired test', () => {
  const d = [0.1, -0.2, 0.05, 0.3, -0.1, 0, 0.2, 0.15];
  const g = ['a', 'a', 'b', 'b', 'b', 'c', 'd', 'd'];
  it('matches the CR1 formula G/(G-1) Σ_g (Σ residuals)² / n² (plain Python)', () => {
    const r = clusteredT(d, g);
    expect(r.name).toBe('clustered-t');
    expect(r.clusters).toBe(4);
    expect(r.df).toBe(3);
    expect(relativeError(r.meanDiff, 0.0625)).toBeLessThan(1e-12);
    expect(relativeError(r.se!, 0.04766692161936479)).toBeLessThan(1e-12);
    expect(relativeError(r.statistic, 1.3111817981257938)).toBeLessThan(1e-12);
    expect(relativeError(clusteredT(d, g, 0.05).statistic, 0.2622363596251587)).toBeLessThan(1e-12);
  });
  it('is exactly the paired t-test when every item is its own cluster', () => {
    const r = clusteredT(
      d,
      d.map((_, i) => `c${i}`),
    );
    const p = pairedT(d);
    expect(relativeError(r.statistic, p.statistic)).toBeLessThan(1e-12);
    expect(r.df).toBe(p.df);
  });
  it('decides item pairs whose rows carry a cluster', () => {
    const rows = (shift: number) =>
      d.map((x, i) => ({ id: `q${i}`, score: 0.5 + x * shift, cluster: g[i]! }));
    const pairs = pairItems(rows(1), rows(0))!;
    expect(pairs.clusters).toEqual(g);
    expect(itemTest(pairs).name).toBe('clustered-t');
  });
  it('uses McNemar for right/wrong rows against no change, the paired t-test against a margin', () => {
    const rows = (wrong: number) =>
      Array.from({ length: 50 }, (_, i) => ({ id: `q${i}`, correct: i >= wrong }));
    const pairs = pairItems(rows(10), rows(2))!;
    expect(itemTest(pairs).name).toBe('mcnemar-exact');
    expect(itemTest(pairs, -0.05).name).toBe('paired-t');
  });
});

describe('values near 1e±300', () => {
  const scaled = (k: number) => [candidate.map((x) => x * k), baseline.map((x) => x * k)] as const;
  it.each([1e200, 1e-200, 1e300, 1e-300])('give the same t, df and interval as values near 1 (× %s)', (k) => {
    const [a, b] = scaled(k);
    const big = welch(a, b, -0.01 * k);
    const ref = welch(candidate, baseline, -0.01);
    expect(relativeError(big.t, ref.t)).toBeLessThan(1e-9);
    expect(relativeError(big.df, ref.df)).toBeLessThan(1e-9);
    expect(relativeError(studentT(a, b).t, studentT(candidate, baseline).t)).toBeLessThan(1e-9);
    expect(relativeError(hedgesG(a, b), hedgesG(candidate, baseline))).toBeLessThan(1e-9);
    const ci = differenceInterval(a, b);
    expect(relativeError(ci.lower / k, differenceInterval(candidate, baseline).lower)).toBeLessThan(1e-9);
    expect(relativeError(summarise(a).std / k, summarise(candidate).std)).toBeLessThan(1e-9);
  });
});

describe('items that would tell a drop', () => {
  it('scale the items by ((z_{1-α} + z_power) se / delta)², as the normal formula gives (plain Python: 12,365)', () => {
    const items = itemsForPower({ n: 2000, se: 0.01, delta: 0.01, alpha: 0.05, power: 0.8 })!;
    // t quantiles at 1,999 df are a hair wider than z.
    expect(items).toBeGreaterThanOrEqual(12_365);
    expect(items / 12_365).toBeLessThan(1.002);
  });
  it('are unknown without a standard error', () => {
    expect(itemsForPower({ n: 10, se: 0, delta: 0.01, alpha: 0.05, power: 0.8 })).toBeNull();
  });
});
