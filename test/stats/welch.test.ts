import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { welch } from '../../src/core/stats/welch.js';

interface ReferenceCase {
  name: string;
  a: number[] | null;
  b: number[] | null;
  n_a: number;
  n_b: number;
  mean_a: number;
  mean_b: number;
  var_a: number;
  var_b: number;
  t: number | 'Infinity' | null;
  df: number;
  p_two_sided: number | null;
  p_greater: number | null;
  p_less: number | null;
  data_file?: string;
}

const fixtureDir = new URL('../fixtures/reference/', import.meta.url);
const reference = JSON.parse(readFileSync(new URL('welch.json', fixtureDir), 'utf8')) as {
  notes: string;
  cases: ReferenceCase[];
};

function samples(c: ReferenceCase): { a: number[]; b: number[] } {
  if (c.data_file) {
    return JSON.parse(readFileSync(new URL(c.data_file, fixtureDir), 'utf8')) as { a: number[]; b: number[] };
  }
  return { a: c.a!, b: c.b! };
}

/** The reference writes NaN as null and +inf as "Infinity". */
function decode(value: number | 'Infinity' | null): number {
  if (value === null) return Number.NaN;
  if (value === 'Infinity') return Number.POSITIVE_INFINITY;
  return value;
}

function expectClose(actual: number, expected: number, label: string): void {
  if (Number.isNaN(expected)) {
    expect(actual, label).toBeNaN();
  } else if (!Number.isFinite(expected) || expected === 0) {
    expect(actual, label).toBe(expected);
  } else {
    const relative = Math.abs(actual - expected) / Math.abs(expected);
    expect(relative, `${label}: ${actual} vs scipy ${expected}`).toBeLessThanOrEqual(1e-9);
  }
}

// scipy's variance of [0.8, 0.8, 0.8] is 1.8e-32 (a rounding artefact); see the reference's notes.
const artefact = 'both_zero_variance_different_means';

describe('welch against scipy.stats.ttest_ind(equal_var=False)', () => {
  const compared = reference.cases.filter((c) => c.name !== artefact);
  it('covers every case of the reference but the documented artefact', () => {
    expect(compared.length).toBe(reference.cases.length - 1);
    expect(compared.length).toBeGreaterThanOrEqual(15);
  });

  it.each(compared.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { a, b } = samples(c);
    const r = welch(a, b);
    expect(r.nA).toBe(c.n_a);
    expect(r.nB).toBe(c.n_b);
    expectClose(r.meanA, c.mean_a, 'meanA');
    expectClose(r.meanB, c.mean_b, 'meanB');
    expectClose(r.varA, c.var_a, 'varA');
    expectClose(r.varB, c.var_b, 'varB');
    expectClose(r.t, decode(c.t), 't');
    expectClose(r.df, c.df, 'df');
    expectClose(r.pTwoSided, decode(c.p_two_sided), 'pTwoSided');
    expectClose(r.pGreater, decode(c.p_greater), 'pGreater');
    expectClose(r.pLess, decode(c.p_less), 'pLess');
  });

  it('gives a clear, finite-or-infinite answer on the floating-point artefact case', () => {
    const c = reference.cases.find((x) => x.name === artefact)!;
    const r = welch(c.a!, c.b!);
    // Whether the baseline variance rounds to exactly 0 or to 1e-32, the candidate is higher beyond doubt.
    expect(r.t).toBeGreaterThan(1e12);
    expect(r.pGreater).toBeLessThan(1e-20);
    expect(r.pTwoSided).toBeLessThan(1e-20);
    expect(r.pLess).toBe(1);
  });
});

describe('welch edge cases', () => {
  it('returns NaN figures, never throws, with fewer than two values on a side', () => {
    for (const [a, b] of [
      [[0.9], [0.8, 0.85]],
      [[], [0.8, 0.85]],
      [[0.9, 0.91], []],
    ] as const) {
      const r = welch(a, b);
      expect(r.t).toBeNaN();
      expect(r.df).toBeNaN();
      expect(r.pTwoSided).toBeNaN();
      expect(r.pGreater).toBeNaN();
      expect(r.pLess).toBeNaN();
    }
  });

  it('reports a negative exact difference as t = -Infinity with p_less 0', () => {
    const r = welch([0.5, 0.5], [1, 1, 1]);
    expect(r.t).toBe(Number.NEGATIVE_INFINITY);
    expect(r.df).toBe(1);
    expect(r.pLess).toBe(0);
    expect(r.pGreater).toBe(1);
    expect(r.pTwoSided).toBe(0);
  });
});

describe('welch properties', () => {
  const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 20 });

  it('is antisymmetric: swapping the sides negates t and swaps the one-sided p-values', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const ab = welch(a, b);
        const ba = welch(b, a);
        if (Number.isNaN(ab.t)) return Number.isNaN(ba.t);
        return (
          ab.t === -ba.t &&
          ab.df === ba.df &&
          ab.pGreater === ba.pLess &&
          ab.pLess === ba.pGreater &&
          ab.pTwoSided === ba.pTwoSided
        );
      }),
    );
  });

  it('keeps p-values in [0, 1] with pLess + pGreater = 1 and the two-sided p twice the smaller tail', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const r = welch(a, b);
        if (Number.isNaN(r.t)) return true;
        const inRange = [r.pLess, r.pGreater, r.pTwoSided].every((p) => p >= 0 && p <= 1);
        const smaller = Math.min(r.pLess, r.pGreater);
        return (
          inRange &&
          Math.abs(r.pLess + r.pGreater - 1) < 1e-12 &&
          Math.abs(r.pTwoSided - Math.min(1, 2 * smaller)) <= 1e-15
        );
      }),
    );
  });
});
