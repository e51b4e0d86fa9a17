import type { Column, Decision } from '../experiment/record.js';
import type { IssueSnapshot, Sprint } from './snapshot.js';
import { sprintIndex } from './sprints.js';

const DAY = 86_400_000;

/** Columns an experiment is being worked on in (it counts toward "active"). */
export const ACTIVE_COLUMNS: readonly Column[] = ['Experiment', 'Evaluation', 'Iteration'];
/** Columns where the work is over: the column is the truth, so a reopened experiment counts again. */
const CLOSED_COLUMNS: readonly Column[] = ['Production', 'Killed'];

/** A link target for every experiment the report mentions. */
export interface IssueRef {
  number: number;
  title: string;
  url: string;
}

export const refOf = (i: IssueSnapshot): IssueRef => ({ number: i.number, title: i.title, url: i.url });

/** The column now: the board's or label's say, else the record's last move, else Hypothesis for open issues. */
export function currentColumn(i: IssueSnapshot): Column | undefined {
  if (i.column) return i.column;
  const last = i.record.history.at(-1);
  if (last) return last.column;
  return i.kind === 'experiment' && i.state === 'open' ? 'Hypothesis' : undefined;
}

/** The decision that ended the experiment (kill or promote), if any: the last one, since a decision can be revised. */
export function terminalDecision(i: IssueSnapshot): Decision | undefined {
  return i.record.decisions.filter((d) => d.kind === 'kill' || d.kind === 'promote').at(-1);
}

export function enteredColumn(i: IssueSnapshot, column: Column): string | undefined {
  return i.record.history.find((h) => h.column === column)?.at;
}

/** Linear-interpolated quantile (numpy's default), so p90 of few values is not just the maximum. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface DecisionCounts {
  killed: number;
  promoted: number;
  iterated: number;
}

/** Decisions per sprint of the window, counting every recorded decision at the time it was made. */
export function decisionsPerSprint(
  issues: readonly IssueSnapshot[],
  sprints: readonly Sprint[],
): DecisionCounts[] {
  const counts = sprints.map(() => ({ killed: 0, promoted: 0, iterated: 0 }));
  for (const i of issues) {
    for (const d of i.record.decisions) {
      const c = counts[sprintIndex(sprints, d.at)];
      if (!c) continue;
      if (d.kind === 'kill') c.killed++;
      else if (d.kind === 'promote') c.promoted++;
      else c.iterated++;
    }
  }
  return counts;
}

/**
 * What the window's decisions came to, one per experiment: its latest decision in the window. An
 * experiment iterated three times and then killed is one kill, not four decisions, so the kill and
 * promotion rates say what share of the work ended which way.
 */
export function outcomesInWindow(
  experiments: readonly IssueSnapshot[],
  sprints: readonly Sprint[],
): DecisionCounts {
  const counts = { killed: 0, promoted: 0, iterated: 0 };
  for (const e of experiments) {
    const last = e.record.decisions.filter((d) => sprintIndex(sprints, d.at) >= 0).at(-1);
    if (!last) continue;
    if (last.kind === 'kill') counts.killed++;
    else if (last.kind === 'promote') counts.promoted++;
    else counts.iterated++;
  }
  return counts;
}

export interface RateHealth {
  rate?: number;
  health: 'low' | 'healthy' | 'high' | 'no_data';
}

export function rateHealth(part: number, whole: number, range: { min: number; max: number }): RateHealth {
  if (whole === 0) return { health: 'no_data' };
  const rate = part / whole;
  return { rate, health: rate < range.min ? 'low' : rate > range.max ? 'high' : 'healthy' };
}

export interface CycleTime {
  n: number;
  medianDays?: number;
  p90Days?: number;
}

/** Days from entering Hypothesis (or opening) to the kill or promote decision, for decisions in the window. */
export function cycleTime(experiments: readonly IssueSnapshot[], sprints: readonly Sprint[]): CycleTime {
  const days: number[] = [];
  for (const e of experiments) {
    const d = terminalDecision(e);
    if (!d || sprintIndex(sprints, d.at) < 0) continue;
    const start = Date.parse(enteredColumn(e, 'Hypothesis') ?? e.createdAt);
    days.push((Date.parse(d.at) - start) / DAY);
  }
  days.sort((a, b) => a - b);
  if (days.length === 0) return { n: 0 };
  return { n: days.length, medianDays: quantile(days, 0.5), p90Days: quantile(days, 0.9) };
}

export interface WipRow {
  column: Column;
  count: number;
  limit?: number;
  over: boolean;
}

export function wip(
  experiments: readonly IssueSnapshot[],
  limits: Partial<Record<Column, number>>,
  columns: readonly Column[],
): WipRow[] {
  return columns.map((column) => {
    // Open issues only, as the app counts them when it enforces the limit: a promoted experiment is
    // closed and stays in Production, and must not hold a WIP slot forever.
    const count = experiments.filter((e) => e.state === 'open' && currentColumn(e) === column).length;
    const limit = limits[column];
    return {
      column,
      count,
      ...(limit === undefined ? {} : { limit }),
      over: limit !== undefined && count > limit,
    };
  });
}

export interface TimeBoxOverrun {
  issue: IssueRef;
  /** The decision date that passed (YYYY-MM-DD). */
  timeBox: string;
  daysOver: number;
}

/** Active experiments whose decision date has passed: the time box covers the whole of its last day. */
export function timeBoxOverruns(experiments: readonly IssueSnapshot[], now: Date): TimeBoxOverrun[] {
  const out: TimeBoxOverrun[] = [];
  for (const e of experiments) {
    const column = currentColumn(e);
    const end = e.form.timeBox ? Date.parse(e.form.timeBox.slice(0, 10)) + DAY : Number.NaN;
    if (!column || !ACTIVE_COLUMNS.includes(column) || e.state !== 'open' || Number.isNaN(end)) continue;
    if (now.getTime() > end)
      out.push({
        issue: refOf(e),
        timeBox: e.form.timeBox!.slice(0, 10),
        daysOver: (now.getTime() - end) / DAY,
      });
  }
  return out.sort((a, b) => b.daysOver - a.daysOver);
}

export interface ComputeRow {
  issue: IssueRef;
  usedGpuHours: number;
  budgetGpuHours?: number;
  /** used / budget, when there is a budget. */
  ratio?: number;
}

export interface ComputeUse {
  rows: ComputeRow[];
  totalUsed: number;
  /** Sum of the budgets of the experiments in `rows` that have one. */
  totalBudget: number;
  usedThisSprint: number;
}

/**
 * GPU hours logged per experiment against its budget, for the experiments of the window: active now,
 * or with a log entry or a decision in it. Finished work from months ago would only dilute the totals.
 */
export function computeUse(experiments: readonly IssueSnapshot[], sprints: readonly Sprint[]): ComputeUse {
  const current = sprints.at(-1);
  const rows: ComputeRow[] = [];
  let usedThisSprint = 0;
  for (const e of experiments) {
    let used = 0;
    let inWindow = e.record.decisions.some((d) => sprintIndex(sprints, d.at) >= 0);
    for (const entry of e.record.log) {
      const h = entry.gpuHours ?? 0;
      used += h;
      if (sprintIndex(sprints, entry.at) >= 0) inWindow = true;
      if (current && sprintIndex([current], entry.at) === 0) usedThisSprint += h;
    }
    const budget = e.form.budgetGpuHours;
    const active = e.state === 'open' && ACTIVE_COLUMNS.includes(currentColumn(e) as Column);
    if (!(active || inWindow) || (used === 0 && !budget)) continue;
    rows.push({
      issue: refOf(e),
      usedGpuHours: used,
      ...(budget ? { budgetGpuHours: budget, ratio: used / budget } : {}),
    });
  }
  rows.sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || b.usedGpuHours - a.usedGpuHours);
  return {
    rows,
    totalUsed: rows.reduce((s, r) => s + r.usedGpuHours, 0),
    totalBudget: rows.reduce((s, r) => s + (r.budgetGpuHours ?? 0), 0),
    usedThisSprint,
  };
}

export interface DataReadiness {
  /** Data tasks due within the window, up to now. */
  planned: number;
  readyOnTime: number;
  rate?: number;
  late: IssueRef[];
  /** Data tasks not ready yet, with their stage. */
  inProgress: { issue: IssueRef; stage?: string; due?: string }[];
}

export function dataReadiness(
  dataTasks: readonly IssueSnapshot[],
  sprints: readonly Sprint[],
  now: Date,
): DataReadiness {
  const windowStart = sprints[0] ? Date.parse(sprints[0].start) : Number.NEGATIVE_INFINITY;
  let planned = 0;
  let readyOnTime = 0;
  const late: IssueRef[] = [];
  const inProgress: DataReadiness['inProgress'] = [];
  for (const t of dataTasks) {
    const d = t.data ?? {};
    if (!d.readyAt && t.state === 'open')
      inProgress.push({
        issue: refOf(t),
        ...(d.stage ? { stage: d.stage } : {}),
        ...(d.due ? { due: d.due } : {}),
      });
    if (!d.due) continue;
    // A due date is a calendar day: ready any time that day is on time.
    const dueEnd = Date.parse(d.due.slice(0, 10)) + DAY;
    const onTime = Boolean(d.readyAt && Date.parse(d.readyAt) < dueEnd);
    // Due today and not ready yet is not late: the whole day is left.
    if (Number.isNaN(dueEnd) || dueEnd <= windowStart || (dueEnd > now.getTime() && !onTime)) continue;
    planned++;
    if (onTime) readyOnTime++;
    else late.push(refOf(t));
  }
  return { planned, readyOnTime, ...(planned ? { rate: readyOnTime / planned } : {}), late, inProgress };
}

export interface BlockerItem {
  issue: IssueRef;
  kind: 'data' | 'compute' | 'other';
  text: string;
  /** The data task that blocks, when the blocker comes from a data task's "blocks" field. */
  by?: IssueRef;
}

/** Blockers of experiments still open: recorded ones, and open data tasks that block them. */
export function blockers(
  experiments: readonly IssueSnapshot[],
  dataTasks: readonly IssueSnapshot[],
): BlockerItem[] {
  const open = new Map(
    experiments
      .filter((e) => e.state === 'open' && !CLOSED_COLUMNS.includes(currentColumn(e) as Column))
      .map((e) => [e.number, e]),
  );
  const items: BlockerItem[] = [];
  for (const e of open.values()) {
    for (const b of e.record.blockers) items.push({ issue: refOf(e), kind: b.kind, text: b.text });
  }
  for (const t of dataTasks) {
    if (t.state !== 'open' || t.data?.readyAt || t.data?.stage === 'Ready') continue;
    for (const n of t.data?.blocks ?? []) {
      const e = open.get(n);
      // A blocker recorded on the experiment that names this data task already says it.
      if (e && !e.record.blockers.some((b) => b.text.includes(`#${t.number}`))) {
        items.push({ issue: refOf(e), kind: 'data', text: `waiting for data: ${t.title}`, by: refOf(t) });
      }
    }
  }
  return items;
}
