import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holm } from '../../src/core/stats/holm.js';

describe('holm', () => {
  it('matches the textbook step-down example, in input order', () => {
    // Sorted: 0.005 x4 = 0.02, 0.01 x3 = 0.03, 0.03 x2 = 0.06, 0.04 x1 = 0.04 -> raised to 0.06 (monotone).
    const adjusted = holm([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted[0]).toBeCloseTo(0.03, 15);
    expect(adjusted[1]).toBeCloseTo(0.06, 15);
    expect(adjusted[2]).toBeCloseTo(0.06, 15);
    expect(adjusted[3]).toBeCloseTo(0.02, 15);
  });

  it('caps at 1', () => {
    expect(holm([0.3, 0.5, 0.9])).toEqual([0.8999999999999999, 1, 1]);
  });

  it('passes NaN through and leaves it out of the count', () => {
    const adjusted = holm([Number.NaN, 0.02, 0.01, Number.NaN]);
    expect(adjusted[0]).toBeNaN();
    expect(adjusted[3]).toBeNaN();
    // m = 2, not 4: 0.01 x 2 = 0.02, 0.02 x 1 = 0.02.
    expect(adjusted[1]).toBe(0.02);
    expect(adjusted[2]).toBe(0.02);
  });

  it('leaves a single p-value and an empty list alone', () => {
    expect(holm([0.04])).toEqual([0.04]);
    expect(holm([])).toEqual([]);
  });

  it('gives tied p-values the same adjusted value', () => {
    const [x, y, z] = holm([0.01, 0.01, 0.2]);
    expect(x).toBe(y);
    expect(x).toBeCloseTo(0.03, 15);
    expect(z).toBeCloseTo(0.2, 15);
  });

  const pValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(Number.NaN)), {
    maxLength: 40,
  });

  it('never lowers a p-value, never exceeds 1, and keeps NaN exactly where it was', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const adjusted = holm(ps);
        return ps.every((p, i) => {
          const q = adjusted[i]!;
          return Number.isNaN(p) ? Number.isNaN(q) : q >= p && q <= 1;
        });
      }),
    );
  });

  it('is monotone: a smaller raw p never gets a larger adjusted p', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const adjusted = holm(ps);
        for (let i = 0; i < ps.length; i++) {
          for (let j = 0; j < ps.length; j++) {
            if (ps[i]! < ps[j]! && adjusted[i]! > adjusted[j]!) return false;
          }
        }
        return true;
      }),
    );
  });

  it('rejects exactly what the step-down procedure rejects at any alpha', () => {
    fc.assert(
      fc.property(pValues, fc.double({ min: 0.001, max: 0.2, noNaN: true }), (ps, alpha) => {
        const valid = ps.filter((p) => !Number.isNaN(p)).sort((a, b) => a - b);
        // Holm (1979): reject the i-th smallest while p_(i) (m - i + 1) <= alpha, stop at the first failure.
        let rejections = 0;
        while (rejections < valid.length && valid[rejections]! * (valid.length - rejections) <= alpha) {
          rejections++;
        }
        return holm(ps).filter((q) => q <= alpha).length === rejections;
      }),
    );
  });
});
