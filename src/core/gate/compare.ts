import {
  describe,
  hedgesG,
  type ItemPairs,
  itemTest,
  pairedT,
  studentT,
  tInterval,
  welch,
} from '../stats/index.js';
import type { Margin } from './config.js';
import { marginInUnits, resolutionInUnits } from './settings.js';
import type { SideStats, TestFigures } from './types.js';

export interface CompareInput {
  baseline: readonly number[];
  candidate: readonly number[];
  goal: 'maximize' | 'minimize';
  margin: Margin | undefined;
  resolution: Margin | undefined;
  /** The per-item rows this metric is computed from, paired by id, when each side ran once. */
  items?: ItemPairs | undefined;
}

/** One metric compared between baseline and candidate, before multiple-testing correction. */
export interface Comparison {
  baseline: SideStats;
  candidate: SideStats;
  delta: number;
  /** The tolerated worsening, in the metric's units. */
  margin: number;
  /** null when there is too little data for any test. */
  test: TestFigures | null;
  /** Set when both sides are constant: the difference that still counts as unchanged. */
  resolution?: number;
  /** Item tests: how many paired items, and the standard error of the change. */
  items?: { n: number; se: number };
}

const side = (values: readonly number[]): SideStats => {
  const d = describe(values);
  return { n: d.n, mean: d.mean, std: d.std };
};

const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values);

/**
 * Picks the test the data can support and runs it against the margin:
 * - both sides constant over two or more runs: a deterministic eval, compared within a resolution;
 * - two or more seeds a side: Welch's and Student's t, the larger p deciding;
 * - one run a side with paired per-item rows: the per-item test;
 * - otherwise no test (insufficient data).
 */
export function compare(input: CompareInput): Comparison {
  const { baseline, candidate, goal } = input;
  const b = side(baseline);
  const c = side(candidate);
  const delta = c.mean - b.mean;
  const margin = marginInUnits(input.margin, b.mean);
  const base = { baseline: b, candidate: c, delta, margin };
  const alternative = goal === 'maximize' ? 'less' : 'greater';
  // The null for "worse": the candidate is worse by exactly the margin.
  const nullDelta = goal === 'maximize' ? -margin : margin;
  const seeded = baseline.length >= 2 && candidate.length >= 2;

  const resolution = resolutionInUnits(input.resolution, [b.mean, c.mean]);
  if (seeded && spread(baseline) <= resolution && spread(candidate) <= resolution) {
    return {
      ...base,
      resolution,
      test: {
        name: 'deterministic',
        why: `both sides are constant across their ${b.n} and ${c.n} runs (a deterministic eval): the change is compared with the margin directly, within a resolution of ${resolution.toPrecision(2)}, without a p-value`,
        alternative,
        null_delta: nullDelta,
      },
    };
  }

  if (seeded) {
    const bothTests = (shift: number) => {
      const w = welch(candidate, baseline, shift);
      const s = studentT(candidate, baseline, shift);
      const pW = goal === 'maximize' ? w.pLess : w.pGreater;
      const pS = goal === 'maximize' ? s.pLess : s.pGreater;
      return { w, s, pW, pS };
    };
    const drop = bothTests(nullDelta);
    const noChange = bothTests(0);
    // Each p is read from its own tail: "better" is the other tail of the no-change test.
    const pBetterW = goal === 'maximize' ? noChange.w.pGreater : noChange.w.pLess;
    const pBetterS = goal === 'maximize' ? noChange.s.pGreater : noChange.s.pLess;
    const studentDecides = drop.pS > drop.pW;
    const decider = studentDecides ? drop.s : drop.w;
    return {
      ...base,
      test: {
        name: studentDecides ? 'student' : 'welch',
        why: `${b.n} baseline and ${c.n} candidate seeds: Welch's and Student's t-tests on the per-seed values, the larger p deciding (Welch runs liberal when one side has few seeds, Student when the spreads differ; requiring both keeps false fails at alpha at any split)`,
        alternative,
        null_delta: nullDelta,
        t: decider.t,
        df: decider.df,
        p_value: Math.max(drop.pW, drop.pS),
        p_improvement: Math.max(pBetterW, pBetterS),
        hedges_g: hedgesG(candidate, baseline),
        ci95: tInterval(delta, decider.se, decider.df),
      },
    };
  }

  if (baseline.length === 1 && candidate.length === 1 && input.items) {
    const shifted = itemTest(input.items, nullDelta);
    const plain = itemTest(input.items, 0);
    const n = input.items.differences.length;
    // McNemar has no standard error of its own: the interval is the paired t one on the same items.
    const spreadTest = shifted.se === undefined ? pairedT(input.items.differences) : shifted;
    const why =
      shifted.name === 'clustered-t'
        ? `one run a side with ${n} paired items in ${shifted.clusters} clusters: the paired test on the per-item differences with cluster-robust standard errors (items of one cluster are not independent)`
        : shifted.name === 'mcnemar-exact'
          ? `one run a side with ${n} paired right/wrong items and no margin: McNemar's exact test on the items only one side got right`
          : `one run a side with ${n} paired items: the paired t-test on the per-item differences${input.items.outcome === 'correct' ? ' (against a margin, McNemar has no exact form)' : ''}`;
    return {
      ...base,
      items: { n, se: spreadTest.se ?? Number.NaN },
      test: {
        name: shifted.name,
        why,
        alternative,
        null_delta: nullDelta,
        ...(shifted.name === 'mcnemar-exact' ? {} : { t: shifted.statistic, df: shifted.df ?? Number.NaN }),
        p_value: goal === 'maximize' ? shifted.pLess : shifted.pGreater,
        p_improvement: goal === 'maximize' ? plain.pGreater : plain.pLess,
        ci95: tInterval(spreadTest.meanDiff, spreadTest.se ?? Number.NaN, spreadTest.df ?? Number.NaN),
      },
    };
  }
  return { ...base, test: null };
}
