import type { ExperimentSpec } from './parse.js';
import type { ExperimentRecord, GateLink, GateSummary, LogEntry } from './record.js';

/**
 * Keeping the experiment log under GitHub's 65,536-character comment limit forever: older log rows
 * and gate runs are folded into one summary entry each (how many, first and last, the best value of
 * the experiment's metric, the GPU-hours they used), never dropped, and user text is cut visibly.
 */

/** How much of the record stays itemised; the renderer tries these in turn until the comment fits. */
export interface FoldLevel {
  logRows: number;
  gates: number;
  /** Decisions before the last `fullDecisions` keep this many characters of their learnings. */
  fullDecisions: number;
  olderLearnings: number;
  /** Open blockers beyond the latest `blockers` are counted in one entry. */
  blockers: number;
}

export const FOLD_LEVELS: readonly FoldLevel[] = [
  { logRows: 100, gates: 30, fullDecisions: 5, olderLearnings: 1000, blockers: 20 },
  { logRows: 30, gates: 10, fullDecisions: 2, olderLearnings: 300, blockers: 10 },
  { logRows: 5, gates: 3, fullDecisions: 1, olderLearnings: 100, blockers: 3 },
];

const CHECK_RUNS_KEPT = 300;

/** User text longer than `limit` is cut, and says where the whole of it is. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)} … (cut at ${limit} characters; the full text is in the comment that gave it)`;
}

/** The limits on user text kept in the record, in characters. */
export const TEXT_LIMITS = { note: 1000, learnings: 4000, blocker: 500, gateTitle: 250 } as const;

type Better = (a: number, b: number) => boolean;
const betterFor = (spec: ExperimentSpec | undefined): Better =>
  spec?.goal === 'minimize' ? (a, b) => a < b : (a, b) => a > b;

function foldLog(log: readonly LogEntry[], keep: number, spec: ExperimentSpec | undefined): LogEntry[] {
  if (log.length <= keep) return [...log];
  const cut = log.length - (keep - 1);
  const old = log.slice(0, cut);
  const metric = spec?.metric;
  const better = betterFor(spec);
  let best: number | undefined;
  let gpu = 0;
  let count = 0;
  for (const e of old) {
    count += e.summarised?.count ?? 1;
    gpu += e.gpuHours ?? 0;
    const v = metric ? e.metrics[metric] : undefined;
    if (v !== undefined && (best === undefined || better(v, best))) best = v;
  }
  const first = old[0]?.summarised?.first ?? old[0]?.at ?? '';
  const lastRow = old.at(-1);
  const last = lastRow?.summarised?.last ?? lastRow?.at ?? first;
  const summary: LogEntry = {
    at: first,
    by: 'sprintlab',
    metrics: metric && best !== undefined ? { [metric]: best } : {},
    ...(gpu ? { gpuHours: Number(gpu.toPrecision(12)) } : {}),
    summarised: { count, first, last },
  };
  return [summary, ...log.slice(cut)];
}

function foldGates(gates: readonly GateLink[], keep: number, spec: ExperimentSpec | undefined): GateLink[] {
  if (gates.length <= keep) return [...gates];
  const cut = gates.length - (keep - 1);
  const old = gates.slice(0, cut);
  const metric = spec?.metric;
  const better = betterFor(spec);
  const verdicts: GateSummary['verdicts'] = {};
  const checkRuns: number[] = [];
  let count = 0;
  let best: GateLink | undefined;
  for (const g of old) {
    const s = g.summarised;
    count += s?.count ?? 1;
    if (s)
      for (const [v, n] of Object.entries(s.verdicts))
        verdicts[v as GateLink['verdict']] = (verdicts[v as GateLink['verdict']] ?? 0) + (n ?? 0);
    else verdicts[g.verdict] = (verdicts[g.verdict] ?? 0) + 1;
    checkRuns.push(...(s?.checkRuns ?? []), ...(g.checkRun !== undefined ? [g.checkRun] : []));
    const v = metric ? g.metrics?.[metric] : undefined;
    const b = metric ? best?.metrics?.[metric] : undefined;
    if (v !== undefined && (b === undefined || better(v, b))) best = g;
  }
  const head = old[0];
  const tail = old.at(-1);
  if (!head || !tail) return [...gates];
  const ends = (g: GateLink, which: 'first' | 'last') =>
    g.summarised?.[which] ?? { pr: g.pr, at: g.at, verdict: g.verdict };
  const summary: GateLink = {
    pr: best?.pr ?? ends(tail, 'last').pr,
    verdict: best?.verdict ?? ends(tail, 'last').verdict,
    at: ends(head, 'first').at,
    ...(best?.metrics ? { metrics: best.metrics } : {}),
    summarised: {
      count,
      verdicts,
      first: ends(head, 'first'),
      last: ends(tail, 'last'),
      checkRuns: checkRuns.slice(-CHECK_RUNS_KEPT),
    },
  };
  return [summary, ...gates.slice(cut)];
}

/** The record with older rows, gate runs and learnings folded to `level`. */
export function foldRecord(
  record: ExperimentRecord,
  spec: ExperimentSpec | undefined,
  level: FoldLevel,
): ExperimentRecord {
  const decisions = record.decisions.map((d, i) =>
    d.learnings && i < record.decisions.length - level.fullDecisions
      ? { ...d, learnings: cutText(d.learnings, level.olderLearnings) }
      : d,
  );
  const cut = record.blockers.length - level.blockers + 1;
  const folded = record.blockers.slice(0, cut).reduce((n, b) => n + (b.count ?? 1), 0);
  const blockers =
    cut > 1
      ? [
          {
            kind: 'other' as const,
            text: `${folded} earlier blockers`,
            at: record.blockers[0]?.at ?? '',
            count: folded,
          },
          ...record.blockers.slice(cut),
        ]
      : record.blockers;
  return {
    ...record,
    blockers,
    log: foldLog(record.log, level.logRows, spec),
    gates: foldGates(record.gates, level.gates, spec),
    decisions,
  };
}

/** Whether a gate run is already in the record, itemised or folded into a summary. */
export const hasGateRun = (record: ExperimentRecord, checkRun: number) =>
  record.gates.some((g) => g.checkRun === checkRun || g.summarised?.checkRuns.includes(checkRun));
