import { describe, expect, it } from 'vitest';
import { differenceInterval, hedgesG } from '../../src/core/stats/effect.js';
import { expected, relativeError } from './expected.js';

describe("Hedges' g against numpy + scipy.special.gammaln", () => {
  it.each(expected.effect.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(relativeError(hedgesG(c.a, c.b), c.hedges_g)).toBeLessThan(1e-12);
  });

  it('is antisymmetric and scale-free', () => {
    const a = [0.912, 0.915, 0.909, 0.918, 0.913];
    const b = [0.901, 0.899, 0.905, 0.897, 0.903];
    expect(hedgesG(b, a)).toBe(-hedgesG(a, b));
    const scaled = hedgesG(
      a.map((x) => x * 100),
      b.map((x) => x * 100),
    );
    expect(relativeError(scaled, hedgesG(a, b))).toBeLessThan(1e-12);
  });

  it('shrinks Cohen d by the exact small-sample factor (2 + 2 seeds: J = Γ(1) / (√1 Γ(0.5)) = 1/√π)', () => {
    // d = 0.03 / √0.0002 for [0.91, 0.93] vs [0.88, 0.90].
    const d = 0.03 / Math.sqrt(0.0002);
    expect(relativeError(hedgesG([0.91, 0.93], [0.88, 0.9]), d / Math.sqrt(Math.PI))).toBeLessThan(1e-12);
  });

  it('is NaN with a single value on a side and for two equal constant sides', () => {
    expect(hedgesG([0.9], [0.8, 0.85])).toBeNaN();
    expect(hedgesG([0.9, 0.9], [0.9, 0.9])).toBeNaN();
    expect(hedgesG([1, 1], [0.5, 0.5])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('Welch confidence interval against ttest_ind(equal_var=False).confidence_interval()', () => {
  const rows = expected.effect.flatMap((c) =>
    Object.entries(c.ci).map(
      ([level, bounds]) => [`${c.name} @ ${level}`, c, Number(level), bounds] as const,
    ),
  );
  it.each(rows)('%s', (_label, c, level, [low, high]) => {
    const ci = differenceInterval(c.a, c.b, level);
    expect(relativeError(ci.lower, low)).toBeLessThan(1e-9);
    expect(relativeError(ci.upper, high)).toBeLessThan(1e-9);
    expect(relativeError(ci.df, c.df)).toBeLessThan(1e-9);
    expect(ci.level).toBe(level);
    expect(ci.lower).toBeLessThan(ci.difference);
    expect(ci.upper).toBeGreaterThan(ci.difference);
  });

  it('defaults to 95 %, widening with the level', () => {
    const c = expected.effect[0]!;
    const ci95 = differenceInterval(c.a, c.b);
    expect(ci95.level).toBe(0.95);
    expect(relativeError(ci95.lower, c.ci['0.95']![0])).toBeLessThan(1e-9);
    const ci99 = differenceInterval(c.a, c.b, 0.99);
    expect(ci99.upper - ci99.lower).toBeGreaterThan(ci95.upper - ci95.lower);
  });

  it('is a point for two constant sides, NaN with a single seed, and rejects a level outside (0, 1)', () => {
    expect(differenceInterval([1, 1, 1], [0.5, 0.5, 0.5])).toMatchObject({
      difference: 0.5,
      lower: 0.5,
      upper: 0.5,
    });
    const single = differenceInterval([0.9], [0.8, 0.85]);
    expect(single.lower).toBeNaN();
    expect(single.upper).toBeNaN();
    expect(() => differenceInterval([1, 2], [3, 4], 95)).toThrow(RangeError);
    expect(() => differenceInterval([1, 2], [3, 4], 0)).toThrow(/between 0 and 1/);
  });
});
