import { describe, expect, it } from 'vitest';
import { SEEDS_FOR_POWER_CAP, seedsForPower } from '../../src/core/stats/power.js';
import { expected } from './expected.js';

describe('seedsForPower', () => {
  it.each(
    expected.power.map(
      (c) => [`delta ${c.delta}, sd ${c.sdA}/${c.sdB}, alpha ${c.alpha}, ${c.sides}-sided`, c] as const,
    ),
  )('%s agrees with scipy', (_label, c) => {
    const { seeds, seeds_exact_noncentral_t: exact, seeds_normal_approximation: normal, ...question } = c;
    const n = seedsForPower(question);
    expect(n).toBe(seeds);
    // The approximation stays within a seed of the exact noncentral t answer and never below the normal one.
    expect(Math.abs(n! - exact)).toBeLessThanOrEqual(1);
    expect(n!).toBeGreaterThanOrEqual(normal);
  });

  it("reproduces Cohen's per-group sizes for d = 0.5, 0.8, 1.0 (two-sided, alpha 0.05, power 0.8)", () => {
    const cohen = (delta: number) => seedsForPower({ delta, sdA: 1, sdB: 1, alpha: 0.05, sides: 2 });
    expect([cohen(0.5), cohen(0.8), cohen(1)]).toEqual([64, 26, 17]);
  });

  it('asks for more seeds when the seeds vary more, the effect is smaller, or the test is stricter', () => {
    const base = { delta: 0.01, sdA: 0.01, sdB: 0.01, alpha: 0.05, sides: 1 as const };
    const n = seedsForPower(base)!;
    expect(seedsForPower({ ...base, sdA: 0.02 })!).toBeGreaterThan(n);
    expect(seedsForPower({ ...base, sdB: 0.02 })!).toBeGreaterThan(n);
    expect(seedsForPower({ ...base, delta: 0.005 })!).toBeGreaterThan(n);
    expect(seedsForPower({ ...base, alpha: 0.01 })!).toBeGreaterThan(n);
    expect(seedsForPower({ ...base, sides: 2 })!).toBeGreaterThan(n);
    expect(seedsForPower({ ...base, power: 0.95 })!).toBeGreaterThan(n);
    // The sign of the effect does not matter.
    expect(seedsForPower({ ...base, delta: -0.01 })).toBe(n);
  });

  it('returns null for no effect or unknown spread, and beyond the cap', () => {
    const base = { sdA: 0.01, sdB: 0.01, alpha: 0.05, sides: 2 as const };
    expect(seedsForPower({ ...base, delta: 0 })).toBeNull();
    expect(seedsForPower({ ...base, delta: Number.NaN })).toBeNull();
    expect(seedsForPower({ ...base, delta: Number.POSITIVE_INFINITY })).toBeNull();
    expect(seedsForPower({ ...base, delta: 0.01, sdA: Number.NaN })).toBeNull();
    // 1e-5 / 0.01 would need ~1.6e7 seeds per side.
    expect(seedsForPower({ ...base, delta: 1e-5 })).toBeNull();
    expect(SEEDS_FOR_POWER_CAP).toBe(10_000);
  });

  it('needs the minimum two seeds when there is no spread at all', () => {
    expect(seedsForPower({ delta: 0.01, sdA: 0, sdB: 0, alpha: 0.05, sides: 1 })).toBe(2);
  });

  it('rejects an alpha, power or sides that make no sense', () => {
    const base = { delta: 0.01, sdA: 0.01, sdB: 0.01, alpha: 0.05, sides: 1 as const };
    expect(() => seedsForPower({ ...base, alpha: 5 })).toThrow(RangeError);
    expect(() => seedsForPower({ ...base, power: 80 })).toThrow(/power/);
    expect(() => seedsForPower({ ...base, sides: 3 as 1 })).toThrow(/sides/);
  });
});
