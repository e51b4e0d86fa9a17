import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { mcnemarExact, pairedT, pairedTest } from '../../src/core/stats/paired.js';
import { expected, relativeError } from './expected.js';
import { generatedRows } from './generated.js';

const tolerance = 1e-9;

describe("McNemar's exact test against scipy.stats.binomtest", () => {
  it.each(
    expected.mcnemar.map((c) => [`${c.candidateWorse} worse / ${c.candidateBetter} better`, c] as const),
  )('%s', (_label, c) => {
    const r = mcnemarExact(c.candidateWorse, c.candidateBetter, 1000);
    expect(relativeError(r.pLess, c.pLess)).toBeLessThan(tolerance);
    expect(relativeError(r.pGreater, c.pGreater)).toBeLessThan(tolerance);
    expect(relativeError(r.pTwoSided, c.pTwoSided)).toBeLessThan(tolerance);
    expect(r.statistic).toBe(c.candidateBetter);
    expect(r.discordant).toEqual({ candidateWorse: c.candidateWorse, candidateBetter: c.candidateBetter });
    expect(r.meanDiff).toBe((c.candidateBetter - c.candidateWorse) / 1000);
  });

  it('reports no evidence either way without discordant items', () => {
    expect(mcnemarExact(0, 0, 50)).toMatchObject({ pLess: 1, pGreater: 1, pTwoSided: 1, meanDiff: 0 });
  });
});

describe('paired t-test against scipy.stats.ttest_rel', () => {
  it.each(expected.paired_t.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = pairedT(c.candidate.map((x, i) => x - c.baseline[i]!));
    expect(r.name).toBe('paired-t');
    expect(r.n).toBe(c.candidate.length);
    expect(r.df).toBe(c.df);
    expect(relativeError(r.statistic, c.t)).toBeLessThan(tolerance);
    expect(relativeError(r.pTwoSided, c.pTwoSided)).toBeLessThan(tolerance);
    expect(relativeError(r.pGreater, c.pGreater)).toBeLessThan(tolerance);
    expect(relativeError(r.pLess, c.pLess)).toBeLessThan(tolerance);
    expect(relativeError(r.meanDiff, c.meanDiff)).toBeLessThan(tolerance);
  });

  it('follows scipy on degenerate differences: all zero -> NaN, constant -> infinite t', () => {
    const same = pairedT([0, 0, 0]);
    expect(same.statistic).toBeNaN();
    expect(same.pTwoSided).toBeNaN();
    const shifted = pairedT([0.5, 0.5, 0.5]);
    expect(shifted.statistic).toBe(Number.POSITIVE_INFINITY);
    expect(shifted).toMatchObject({ pGreater: 0, pLess: 1, pTwoSided: 0 });
    expect(pairedT([0.1]).pTwoSided).toBeNaN();
  });
});

describe('pairedTest on rows matched by id', () => {
  it('uses McNemar for `correct` rows, pairing by id whatever the order', () => {
    const candidate = [
      { id: 'a', correct: true },
      { id: 'b', correct: true },
      { id: 'c', correct: false },
      { id: 'd', correct: true },
      { id: 'only-candidate', correct: false },
    ];
    const baseline = [
      { id: 'd', correct: true },
      { id: 'c', correct: true },
      { id: 'b', correct: false },
      { id: 'a', correct: false },
      { id: 'only-baseline', correct: true },
    ];
    const r = pairedTest(candidate, baseline)!;
    expect(r.name).toBe('mcnemar-exact');
    expect(r.n).toBe(4);
    expect(r.discordant).toEqual({ candidateWorse: 1, candidateBetter: 2 });
    expect(r.meanDiff).toBe(0.25);
    // P(X >= 2 | Bin(3, 1/2)) = 4/8; P(X <= 2) = 7/8.
    expect(r.pGreater).toBeCloseTo(0.5, 14);
    expect(r.pLess).toBeCloseTo(0.875, 14);
  });

  it('uses a paired t-test for `score` rows, or when asked', () => {
    const candidate = [
      { id: 'x', score: 0.9, correct: true },
      { id: 'y', score: 0.7, correct: true },
      { id: 'z', score: 0.85, correct: false },
    ];
    const baseline = [
      { id: 'x', score: 0.88, correct: true },
      { id: 'y', score: 0.71, correct: false },
      { id: 'z', score: 0.8, correct: false },
    ];
    expect(pairedTest(candidate, baseline)!.name).toBe('mcnemar-exact');
    const t = pairedTest(candidate, baseline, 'score')!;
    expect(t.name).toBe('paired-t');
    expect(t.statistic).toBe(pairedT([0.9 - 0.88, 0.7 - 0.71, 0.85 - 0.8]).statistic);
    const scoresOnly = pairedTest(
      candidate.map(({ id, score }) => ({ id, score })),
      baseline.map(({ id, score }) => ({ id, score })),
    )!;
    expect(scoresOnly.name).toBe('paired-t');
  });

  it('returns null when no id is on both sides', () => {
    expect(pairedTest([{ id: 'a', correct: true }], [{ id: 'b', correct: true }])).toBeNull();
  });

  it('names the item and the field when a row lacks the outcome being compared', () => {
    const run = () => pairedTest([{ id: 'q-7', correct: true }], [{ id: 'q-7', score: 0.5 }]);
    expect(run).toThrow(InputError);
    expect(run).toThrow(/item "q-7" has no a finite numeric "score"/);
  });

  it('rejects a duplicate id on either side', () => {
    const rows = [
      { id: 'q-1', correct: true },
      { id: 'q-1', correct: false },
    ];
    expect(() => pairedTest(rows, [{ id: 'q-1', correct: true }])).toThrow(
      /"q-1" appears more than once in the candidate/,
    );
    expect(() => pairedTest([{ id: 'q-1', correct: true }], rows)).toThrow(/in the baseline/);
  });
});

describe('pairedTest on 100k generated items (same formulas as make-expected.py)', () => {
  const { candidate, baseline } = generatedRows(expected.generated.n);

  it('matches scipy binomtest on the `correct` outcome', () => {
    const r = pairedTest(candidate, baseline, 'correct')!;
    const want = expected.generated.mcnemar;
    expect(r.n).toBe(100_000);
    expect(r.discordant).toEqual({
      candidateWorse: want.candidateWorse,
      candidateBetter: want.candidateBetter,
    });
    expect(relativeError(r.meanDiff, want.meanDiff)).toBeLessThan(tolerance);
    expect(relativeError(r.pGreater, want.pGreater)).toBeLessThan(tolerance);
    expect(relativeError(r.pLess, want.pLess)).toBeLessThan(tolerance);
    expect(relativeError(r.pTwoSided, want.pTwoSided)).toBeLessThan(tolerance);
  });

  it('matches scipy ttest_rel on the `score` outcome', () => {
    const r = pairedTest(candidate, baseline, 'score')!;
    const want = expected.generated.paired_t;
    expect(r.n).toBe(100_000);
    expect(r.df).toBe(want.df);
    expect(relativeError(r.statistic, want.t)).toBeLessThan(tolerance);
    expect(relativeError(r.meanDiff, want.meanDiff)).toBeLessThan(tolerance);
    expect(relativeError(r.pTwoSided, want.pTwoSided)).toBeLessThan(tolerance);
    expect(relativeError(r.pGreater, want.pGreater)).toBeLessThan(tolerance);
    expect(relativeError(r.pLess, want.pLess)).toBeLessThan(tolerance);
  });
});
