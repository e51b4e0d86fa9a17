import type { ExampleRow, RunExamples } from '../results.js';
import type { GateCheck } from './types.js';

/** An item counts as right when `correct` is true, or when its `score` is at least 0.5. */
export const isRight = (row: ExampleRow) =>
  row.correct !== undefined ? row.correct : (row.score ?? 0) >= 0.5;

/** Per seed, the outcome of each golden id (only those: a run can have far more rows than golden ids). */
function outcomes(examples: RunExamples, golden: ReadonlySet<string>): Map<string, Map<string, boolean>> {
  const bySeed = new Map<string, Map<string, boolean>>();
  for (const [seed, rows] of examples) {
    const m = new Map<string, boolean>();
    for (const r of rows) if (golden.has(r.id)) m.set(r.id, isRight(r));
    bySeed.set(seed, m);
  }
  return bySeed;
}

/**
 * A golden id that every baseline seed got right and some candidate seed got wrong (or dropped) is
 * a flip. Ids the baseline did not always get right are not protected yet; they are counted in a note.
 */
export function goldenCheck(
  ids: readonly string[],
  maxFlips: number,
  baseline: RunExamples | undefined,
  candidate: RunExamples | undefined,
): { check: GateCheck; unprotected: number; unknown: string[] } {
  const base: GateCheck = { id: 'golden', kind: 'golden', status: 'pass', blocking: true, message: '' };
  if (!baseline?.size || !candidate?.size) {
    const side = !baseline?.size ? 'baseline' : 'candidate';
    return {
      check: {
        ...base,
        status: 'insufficient_data',
        message: `golden examples need per-item rows on both sides, and the ${side} runs have no "examples" file. Write per-item JSONL for each run.`,
      },
      unprotected: 0,
      unknown: [],
    };
  }
  const golden = new Set(ids);
  const baseOutcomes = [...outcomes(baseline, golden).values()];
  const candOutcomes = [...outcomes(candidate, golden).entries()];
  const flips: { id: string; seeds: string[] }[] = [];
  let unprotected = 0;
  const unknown: string[] = [];
  for (const id of ids) {
    if (!baseOutcomes.every((runs) => runs.get(id) === true)) {
      unprotected++;
      if (baseOutcomes.every((runs) => !runs.has(id))) unknown.push(id);
      continue;
    }
    const seeds = candOutcomes.filter(([, runs]) => runs.get(id) !== true).map(([seed]) => seed);
    if (seeds.length > 0) flips.push({ id, seeds });
  }
  const protectedCount = ids.length - unprotected;
  const list = flips
    .slice(0, 20)
    .map((f) => `${f.id} (seed ${f.seeds.join(', ')})`)
    .join('; ');
  if (flips.length > maxFlips) {
    return {
      check: {
        ...base,
        status: 'fail',
        flips,
        message: `${flips.length} of ${protectedCount} golden examples flipped from right to wrong${maxFlips ? ` (${maxFlips} tolerated)` : ''}: ${list}${flips.length > 20 ? ' …' : ''}. Look at these items before merging.`,
      },
      unprotected,
      unknown,
    };
  }
  return {
    check: {
      ...base,
      flips,
      message:
        flips.length === 0
          ? `all ${protectedCount} golden examples stay right on every candidate seed.`
          : `${flips.length} golden flip(s), within the ${maxFlips} tolerated: ${list}.`,
    },
    unprotected,
    unknown,
  };
}
