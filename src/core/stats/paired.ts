import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { mean, sampleVariance } from 'simple-statistics';
import { InputError } from '../errors.js';
import { type TailProbabilities, tTails } from './t-tails.js';

/** One eval item's outcome, as a row of an `examples` JSONL file. */
export interface ItemOutcome {
  id: string;
  correct?: boolean;
  score?: number;
}

/** A per-item test of candidate against baseline on the items both were scored on. */
export interface PairedResult extends TailProbabilities {
  name: 'mcnemar-exact' | 'paired-t';
  /** Items present on both sides. */
  n: number;
  /** mcnemar-exact: discordant items the candidate got right; paired-t: t. */
  statistic: number;
  /** Mean of candidate - baseline per item (for `correct`, the change in accuracy). */
  meanDiff: number;
  /** paired-t only: n - 1. */
  df?: number;
  /** mcnemar-exact only: items exactly one side got right. */
  discordant?: { candidateWorse: number; candidateBetter: number };
}

export type PairedOutcome = 'correct' | 'score';

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
  if (use === 'correct') {
    let candidateWorse = 0;
    let candidateBetter = 0;
    for (const [c, b] of pairs) {
      if (!isBinary(c) || !isBinary(b)) throw missingOutcome(isBinary(c) ? b : c, 'correct', 'a true/false');
      if (c.correct && !b.correct) candidateBetter++;
      else if (!c.correct && b.correct) candidateWorse++;
    }
    return mcnemarExact(candidateWorse, candidateBetter, pairs.length);
  }
  const differences = new Array<number>(pairs.length);
  pairs.forEach(([c, b], i) => {
    if (!isScored(c) || !isScored(b)) throw missingOutcome(isScored(c) ? b : c, 'score', 'a finite numeric');
    differences[i] = c.score - b.score;
  });
  return pairedT(differences);
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
 * t = mean / (sd / √n), df = n - 1. Like scipy, identical scores on every item give
 * t = NaN (0/0), and a constant non-zero difference gives t = ±Infinity.
 */
export function pairedT(differences: readonly number[]): PairedResult {
  const n = differences.length;
  const list = differences as number[];
  const meanDiff = n === 0 ? Number.NaN : mean(list);
  const variance = n < 2 ? Number.NaN : sampleVariance(list);
  const statistic = meanDiff / Math.sqrt(variance / n);
  const df = n - 1;
  return { name: 'paired-t', n, statistic, df, meanDiff, ...tTails(statistic, n < 2 ? Number.NaN : df) };
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
