import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { mean, sampleVariance } from 'simple-statistics';
import { InputError } from '../errors.js';
import { scaleTogether } from './scale.js';
import { type TailProbabilities, tTails } from './t-tails.js';

/** One eval item's outcome, as a row of an `examples` JSONL file. */
export interface ItemOutcome {
  id: string;
  correct?: boolean;
  score?: number;
  /** Items that share a passage, a conversation or a task: their outcomes are not independent. */
  cluster?: string;
}

/** A per-item test of candidate against baseline on the items both were scored on. */
export interface PairedResult extends TailProbabilities {
  name: 'mcnemar-exact' | 'paired-t' | 'clustered-t';
  /** Items present on both sides. */
  n: number;
  /** mcnemar-exact: discordant items the candidate got right; paired-t: t. */
  statistic: number;
  /** Mean of candidate - baseline per item (for `correct`, the change in accuracy). */
  meanDiff: number;
  /** paired-t: n - 1; clustered-t: clusters - 1. */
  df?: number;
  /** Standard error of meanDiff (t-based tests). */
  se?: number;
  /** clustered-t only: how many clusters the items fall into. */
  clusters?: number;
  /** mcnemar-exact only: items exactly one side got right. */
  discordant?: { candidateWorse: number; candidateBetter: number };
}

export type PairedOutcome = 'correct' | 'score';

/** Items present on both sides, as per-item differences (candidate - baseline). */
export interface ItemPairs {
  outcome: PairedOutcome;
  differences: number[];
  /** Each pair's cluster, when every row names one (the baseline's when the sides disagree). */
  clusters?: string[];
  /** `correct` only: items exactly one side got right. */
  candidateWorse: number;
  candidateBetter: number;
}

/**
 * Pairs candidate and baseline rows on `id`: `correct` when every pair has it on both sides
 * (pass `outcome` to choose), otherwise `score`. Ids on one side only are skipped; null when no id
 * is on both sides.
 */
export function pairItems(
  candidate: Iterable<ItemOutcome>,
  baseline: Iterable<ItemOutcome>,
  outcome?: PairedOutcome,
): ItemPairs | null {
  const baselineById = indexById(baseline, 'baseline');
  const pairs: [ItemOutcome, ItemOutcome][] = [];
  const seen = new Set<string>();
  for (const row of candidate) {
    if (seen.has(row.id)) throw duplicateId(row.id, 'candidate');
    seen.add(row.id);
    const match = baselineById.get(row.id);
    if (match) pairs.push([row, match]);
  }
  if (pairs.length === 0) return null;

  const use = outcome ?? (pairs.every(([c, b]) => isBinary(c) && isBinary(b)) ? 'correct' : 'score');
  const differences = new Array<number>(pairs.length);
  let candidateWorse = 0;
  let candidateBetter = 0;
  pairs.forEach(([c, b], i) => {
    if (use === 'correct') {
      if (!isBinary(c) || !isBinary(b)) throw missingOutcome(isBinary(c) ? b : c, 'correct', 'a true/false');
      differences[i] = Number(c.correct) - Number(b.correct);
      if (differences[i] > 0) candidateBetter++;
      else if (differences[i] < 0) candidateWorse++;
    } else {
      if (!isScored(c) || !isScored(b))
        throw missingOutcome(isScored(c) ? b : c, 'score', 'a finite numeric');
      differences[i] = c.score - b.score;
    }
  });
  const clustered = pairs.every(([c, b]) => (b.cluster ?? c.cluster) !== undefined);
  return {
    outcome: use,
    differences,
    ...(clustered ? { clusters: pairs.map(([c, b]) => (b.cluster ?? c.cluster)!) } : {}),
    candidateWorse,
    candidateBetter,
  };
}

/**
 * The per-item test of paired rows against "candidate - baseline = shift" (a margin, as a negative
 * shift for a drop): clustered standard errors when rows carry a cluster, since items sharing a
 * passage are not independent evidence; McNemar's exact test for right/wrong rows against no change;
 * otherwise the paired t-test (which for right/wrong rows and a margin is the Wald test on the change
 * in accuracy, accurate at the hundreds of items a single-run eval has).
 */
export function itemTest(pairs: ItemPairs, shift = 0): PairedResult {
  if (pairs.clusters) return clusteredT(pairs.differences, pairs.clusters, shift);
  if (pairs.outcome === 'correct' && shift === 0)
    return mcnemarExact(pairs.candidateWorse, pairs.candidateBetter, pairs.differences.length);
  return pairedT(pairs.differences, shift);
}

/**
 * Pairs candidate and baseline rows on `id` and tests the per-item differences:
 * McNemar's exact test when every pair has `correct` on both sides, otherwise a paired
 * t-test on `score` (pass `outcome` to choose). Pairing removes the item-to-item
 * variation that per-seed means carry, so it sees effects Welch on seeds cannot.
 * Ids on one side only are skipped; null when no id is on both sides.
 */
export function pairedTest(
  candidate: Iterable<ItemOutcome>,
  baseline: Iterable<ItemOutcome>,
  outcome?: PairedOutcome,
): PairedResult | null {
  const pairs = pairItems(candidate, baseline, outcome);
  if (!pairs) return null;
  return pairs.outcome === 'correct'
    ? mcnemarExact(pairs.candidateWorse, pairs.candidateBetter, pairs.differences.length)
    : pairedT(pairs.differences);
}

/**
 * McNemar's exact test on n paired binary outcomes: under "no difference" each
 * discordant item is a fair coin, so the candidate's wins among them are
 * Binomial(discordant, 1/2). Each tail is read directly from the binomial CDF (the
 * upper one through the symmetry P(X >= k) = P(X <= d - k)), never as 1 - CDF.
 * The two-sided p is twice the smaller tail, capped at 1, which for p = 1/2 equals
 * scipy.stats.binomtest's. No discordant items is no evidence either way: every p is 1.
 */
export function mcnemarExact(candidateWorse: number, candidateBetter: number, n: number): PairedResult {
  const discordantCount = candidateWorse + candidateBetter;
  const pLess = discordantCount === 0 ? 1 : binomialCdf(candidateBetter, discordantCount, 0.5);
  const pGreater = discordantCount === 0 ? 1 : binomialCdf(candidateWorse, discordantCount, 0.5);
  return {
    name: 'mcnemar-exact',
    n,
    statistic: candidateBetter,
    pLess,
    pGreater,
    pTwoSided: Math.min(1, 2 * Math.min(pLess, pGreater)),
    meanDiff: n === 0 ? Number.NaN : (candidateBetter - candidateWorse) / n,
    discordant: { candidateWorse, candidateBetter },
  };
}

/**
 * Paired t-test on per-item differences (candidate - baseline), as scipy.stats.ttest_rel:
 * t = (mean - shift) / (sd / √n), df = n - 1. Like scipy, identical scores on every item give
 * t = NaN (0/0), and a constant non-zero difference gives t = ±Infinity.
 */
export function pairedT(differences: readonly number[], shift = 0): PairedResult {
  const n = differences.length;
  const {
    scale,
    samples: [list = []],
  } = scaleTogether(differences);
  const meanDiff = n === 0 ? Number.NaN : mean(list);
  const variance = n < 2 ? Number.NaN : sampleVariance(list);
  const se = Math.sqrt(variance / n);
  const statistic = (meanDiff - shift / scale) / se;
  const df = n - 1;
  return {
    name: 'paired-t',
    n,
    statistic,
    df,
    se: se * scale,
    meanDiff: meanDiff * scale,
    ...tTails(statistic, n < 2 ? Number.NaN : df),
  };
}

/**
 * The paired t-test with cluster-robust standard errors: the mean difference's variance is
 * G/(G-1) Σ_g (Σ_{i in g} (d_i - mean))² / n² over the G clusters, with G - 1 degrees of freedom.
 * Items of one cluster move together, so the evidence is closer to G observations than to n; with
 * one item per cluster it is exactly the paired t-test. NaN under two clusters.
 */
export function clusteredT(
  differences: readonly number[],
  clusters: readonly string[],
  shift = 0,
): PairedResult {
  const n = differences.length;
  const {
    scale,
    samples: [list = []],
  } = scaleTogether(differences);
  const meanDiff = n === 0 ? Number.NaN : mean(list);
  const residualSums = new Map<string, number>();
  list.forEach((d, i) => {
    const g = clusters[i]!;
    residualSums.set(g, (residualSums.get(g) ?? 0) + d - meanDiff);
  });
  const groups = residualSums.size;
  let sumOfSquares = 0;
  for (const s of residualSums.values()) sumOfSquares += s * s;
  const se = groups < 2 ? Number.NaN : Math.sqrt(((groups / (groups - 1)) * sumOfSquares) / (n * n));
  const statistic = (meanDiff - shift / scale) / se;
  const df = groups - 1;
  return {
    name: 'clustered-t',
    n,
    statistic,
    df,
    se: se * scale,
    clusters: groups,
    meanDiff: meanDiff * scale,
    ...tTails(statistic, groups < 2 ? Number.NaN : df),
  };
}

function indexById(rows: Iterable<ItemOutcome>, side: string): Map<string, ItemOutcome> {
  const byId = new Map<string, ItemOutcome>();
  for (const row of rows) {
    if (byId.has(row.id)) throw duplicateId(row.id, side);
    byId.set(row.id, row);
  }
  return byId;
}

const isBinary = (row: ItemOutcome): row is ItemOutcome & { correct: boolean } =>
  typeof row.correct === 'boolean';
const isScored = (row: ItemOutcome): row is ItemOutcome & { score: number } =>
  typeof row.score === 'number' && Number.isFinite(row.score);

function duplicateId(id: string, side: string): InputError {
  return new InputError(`item id "${id}" appears more than once in the ${side} examples`, {
    field: 'id',
    fix: 'give each eval item exactly one row per examples file',
  });
}

function missingOutcome(row: ItemOutcome, field: PairedOutcome, kind: string): InputError {
  return new InputError(`item "${row.id}" has no ${kind} "${field}", so it cannot be compared item by item`, {
    field,
    fix: `give every row of both examples files ${kind} "${field}" (or the same outcome field on both sides)`,
  });
}
