import { type Forecast, forecast } from './forecast.js';
import { type IssueRef, refOf } from './metrics.js';
import type { ReportSettings, Target } from './settings.js';
import type { IssueSnapshot, Sprint } from './snapshot.js';
import { sprintIndex } from './sprints.js';

export interface SprintBest {
  value: number;
  issue: IssueRef;
}

export interface TargetTrend {
  target: Target;
  /** Best value logged in each sprint of the window (undefined: nothing logged that sprint). */
  perSprint: (SprintBest | undefined)[];
  best?: SprintBest;
  forecast: Forecast;
}

/**
 * Targets come from configuration; without any, each metric that experiment forms name with a target
 * becomes one (the most recently opened experiment's goal and target win).
 */
export function trackedTargets(settings: ReportSettings, experiments: readonly IssueSnapshot[]): Target[] {
  if (settings.targets.length > 0) return settings.targets;
  const byMetric = new Map<string, Target>();
  const newestFirst = [...experiments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const e of newestFirst) {
    const { metric, goal, target, baseline } = e.form;
    if (!metric || !goal || target === undefined || byMetric.has(metric)) continue;
    byMetric.set(metric, { metric, goal, target, ...(baseline === undefined ? {} : { baseline }) });
  }
  return [...byMetric.values()];
}

const better = (goal: Target['goal'], a: number, b: number) => (goal === 'maximize' ? a > b : a < b);

/** Best value of the target's metric per sprint, from `/log` entries and linked gate results. */
export function targetTrend(
  target: Target,
  experiments: readonly IssueSnapshot[],
  sprints: readonly Sprint[],
  settings: ReportSettings,
): TargetTrend {
  const perSprint: (SprintBest | undefined)[] = sprints.map(() => undefined);
  const consider = (e: IssueSnapshot, at: string, metrics: Record<string, number> | undefined) => {
    const value = metrics?.[target.metric];
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const i = sprintIndex(sprints, at);
    if (i < 0) return;
    const current = perSprint[i];
    if (!current || better(target.goal, value, current.value)) perSprint[i] = { value, issue: refOf(e) };
  };
  for (const e of experiments) {
    for (const entry of e.record.log) consider(e, entry.at, entry.metrics);
    for (const gate of e.record.gates) consider(e, gate.at, gate.metrics);
  }
  let best: SprintBest | undefined;
  for (const b of perSprint) if (b && (!best || better(target.goal, b.value, best.value))) best = b;
  const points = perSprint.flatMap((b, x) => (b ? [{ x, y: b.value }] : []));
  return {
    target,
    perSprint,
    ...(best ? { best } : {}),
    forecast: forecast(points, {
      goal: target.goal,
      target: target.target,
      xNow: sprints.length - 1,
      confidence: settings.forecast.confidence,
      horizon: settings.forecast.horizon,
    }),
  };
}

export interface BusinessImpact {
  unit: string;
  /** Gain of the best value over the baseline, in points and in business units. */
  gainPoints: number;
  gainValue: number;
  /** What reaching the target would add on top. */
  remainingPoints: number;
  remainingValue: number;
  point: number;
}

/** Business translation of the headline target: one "point" is 0.01 for metrics in [0, 1], else one unit. */
export function businessImpact(trend: TargetTrend, settings: ReportSettings): BusinessImpact | undefined {
  const b = settings.business;
  const { baseline, target, goal } = trend.target;
  if (!b || baseline === undefined || !trend.best) return undefined;
  const point = b.point ?? (Math.abs(target) <= 1 && Math.abs(baseline) <= 1 ? 0.01 : 1);
  const sign = goal === 'maximize' ? 1 : -1;
  const gainPoints = (sign * (trend.best.value - baseline)) / point;
  const remainingPoints = Math.max(0, (sign * (target - trend.best.value)) / point);
  return {
    unit: b.unit,
    point,
    gainPoints,
    gainValue: gainPoints * b.perPoint,
    remainingPoints,
    remainingValue: remainingPoints * b.perPoint,
  };
}
