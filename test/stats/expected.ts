import { readFileSync } from 'node:fs';

/** Figures computed with scipy by fixtures/make-expected.py; see the file's `note`. */
export interface Expected {
  note: string;
  effect: {
    name: string;
    a: number[];
    b: number[];
    hedges_g: number;
    df: number;
    ci: Record<string, [number, number]>;
  }[];
  power: {
    delta: number;
    sdA: number;
    sdB: number;
    alpha: number;
    power: number;
    sides: 1 | 2;
    seeds: number;
    seeds_exact_noncentral_t: number;
    seeds_normal_approximation: number;
  }[];
  mcnemar: McNemarExpected[];
  paired_t: ({ name: string; candidate: number[]; baseline: number[] } & PairedTExpected)[];
  generated: { n: number; paired_t: PairedTExpected; mcnemar: McNemarExpected & { meanDiff: number } };
}

export interface McNemarExpected {
  candidateWorse: number;
  candidateBetter: number;
  pLess: number;
  pGreater: number;
  pTwoSided: number;
}

export interface PairedTExpected {
  t: number;
  df: number;
  pTwoSided: number;
  pGreater: number;
  pLess: number;
  meanDiff: number;
}

export const expected = JSON.parse(
  readFileSync(new URL('fixtures/expected.json', import.meta.url), 'utf8'),
) as Expected;

/** Relative agreement with scipy; exact for 0 and for non-finite values. */
export function relativeError(actual: number, wanted: number): number {
  if (wanted === 0 || !Number.isFinite(wanted)) return Object.is(actual, wanted) || actual === wanted ? 0 : 1;
  return Math.abs(actual - wanted) / Math.abs(wanted);
}
