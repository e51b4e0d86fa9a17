import { COLUMNS, type Column, type Decision } from '../experiment/record.js';
import {
  ACTIVE_COLUMNS,
  type BlockerItem,
  blockers,
  type ComputeUse,
  type CycleTime,
  computeUse,
  currentColumn,
  cycleTime,
  type DataReadiness,
  type DecisionCounts,
  dataReadiness,
  decisionsPerSprint,
  type IssueRef,
  outcomesInWindow,
  type RateHealth,
  rateHealth,
  refOf,
  type TimeBoxOverrun,
  timeBoxOverruns,
  type WipRow,
  wip,
} from './metrics.js';
import type { ReportSettings } from './settings.js';
import type { IssueSnapshot, Sprint } from './snapshot.js';
import { sprintIndex } from './sprints.js';
import {
  type BusinessImpact,
  businessImpact,
  type TargetTrend,
  targetTrend,
  trackedTargets,
} from './targets.js';

export interface Learning {
  issue: IssueRef;
  kind: Decision['kind'];
  at: string;
  learnings?: string;
}

export interface Risk {
  kind: 'wip' | 'time_box' | 'compute' | 'forecast' | 'kill_rate' | 'promotion_rate' | 'data' | 'blocker';
  text: string;
  issues: IssueRef[];
}

/** Everything the weekly status issue says, as plain data; the renderer turns it into Markdown. */
export interface StatusReport {
  repository: string;
  generatedAt: string;
  sprint: Sprint;
  sprints: Sprint[];
  targets: TargetTrend[];
  business?: BusinessImpact;
  learnings: Learning[];
  thisSprint: {
    killed: IssueRef[];
    promoted: IssueRef[];
    iterated: IssueRef[];
    started: IssueRef[];
    active: IssueRef[];
  };
  decisions: DecisionCounts[];
  /** Experiments decided in the window, each by its latest decision there: the rates' basis. */
  outcomes: DecisionCounts;
  killRate: RateHealth;
  promotionRate: RateHealth;
  healthy: ReportSettings['healthy'];
  cycleTime: CycleTime;
  wip: WipRow[];
  timeBoxes: TimeBoxOverrun[];
  compute: ComputeUse;
  data: DataReadiness;
  blockers: BlockerItem[];
  exploreExploit: { explore: number; exploit: number; unspecified: number };
  risks: Risk[];
  counts: { experiments: number; dataTasks: number; mlEngineering: number };
}

export interface StatusInput {
  repository: string;
  issues: readonly IssueSnapshot[];
  /** The report window, oldest first; the last one is this sprint. */
  sprints: readonly Sprint[];
  settings: ReportSettings;
  now: Date;
}

export function buildStatusReport({ repository, issues, sprints, settings, now }: StatusInput): StatusReport {
  const sprint = sprints.at(-1);
  if (!sprint) throw new Error('buildStatusReport needs at least one sprint');
  const experiments = issues.filter((i) => i.kind === 'experiment');
  const dataTasks = issues.filter((i) => i.kind === 'data-task');
  const current = [sprint];
  const inThisSprint = (at: string | undefined) => sprintIndex(current, at) === 0;

  const learnings: Learning[] = [];
  const thisSprint: StatusReport['thisSprint'] = {
    killed: [],
    promoted: [],
    iterated: [],
    started: [],
    active: [],
  };
  for (const e of experiments) {
    for (const d of e.record.decisions) {
      if (!inThisSprint(d.at)) continue;
      const list =
        d.kind === 'kill'
          ? thisSprint.killed
          : d.kind === 'promote'
            ? thisSprint.promoted
            : thisSprint.iterated;
      // Iterated twice this sprint is still one experiment in the list.
      if (list.at(-1)?.number !== e.number) list.push(refOf(e));
      if (d.kind !== 'iterate' || d.learnings)
        learnings.push({
          issue: refOf(e),
          kind: d.kind,
          at: d.at,
          ...(d.learnings ? { learnings: d.learnings } : {}),
        });
    }
    if (e.record.history.some((h) => h.column === 'Experiment' && inThisSprint(h.at)))
      thisSprint.started.push(refOf(e));
    const column = currentColumn(e);
    if (column && ACTIVE_COLUMNS.includes(column) && e.state === 'open') thisSprint.active.push(refOf(e));
  }
  learnings.sort((a, b) => a.at.localeCompare(b.at));

  const decisions = decisionsPerSprint(experiments, sprints);
  const outcomes = outcomesInWindow(experiments, sprints);
  const decided = outcomes.killed + outcomes.promoted + outcomes.iterated;
  const killRate = rateHealth(outcomes.killed, decided, settings.healthy.killRate);
  const promotionRate = rateHealth(outcomes.promoted, decided, settings.healthy.promotionRate);

  const targets = trackedTargets(settings, experiments).map((t) =>
    targetTrend(t, experiments, sprints, settings),
  );
  const business = targets[0] ? businessImpact(targets[0], settings) : undefined;

  const wipRows = wip(
    experiments,
    settings.wip,
    COLUMNS.filter((c) => c !== 'Killed' && c !== 'Backlog') as Column[],
  );
  const timeBoxes = timeBoxOverruns(experiments, now);
  const compute = computeUse(experiments, sprints);
  const data = dataReadiness(dataTasks, sprints, now);
  const blockerItems = blockers(experiments, dataTasks);

  const exploreExploit = { explore: 0, exploit: 0, unspecified: 0 };
  for (const e of experiments) {
    const column = currentColumn(e);
    const live = column && ACTIVE_COLUMNS.includes(column) && e.state === 'open';
    const decidedNow = e.record.decisions.some((d) => inThisSprint(d.at));
    if (!live && !decidedNow) continue;
    exploreExploit[e.form.mode ?? 'unspecified']++;
  }

  const risks: Risk[] = [];
  for (const row of wipRows) {
    if (row.over) {
      const over = experiments.filter((e) => currentColumn(e) === row.column).map(refOf);
      risks.push({
        kind: 'wip',
        text: `${row.column} holds ${row.count} experiments, over its WIP limit of ${row.limit}`,
        issues: over,
      });
    }
  }
  if (timeBoxes.length) {
    risks.push({
      kind: 'time_box',
      text: `${timeBoxes.length} experiment${timeBoxes.length === 1 ? '' : 's'} past the time box ${timeBoxes.length === 1 ? 'needs' : 'need'} a decision`,
      issues: timeBoxes.map((t) => t.issue),
    });
  }
  const overBudget = compute.rows.filter((r) => (r.ratio ?? 0) > 1);
  if (overBudget.length) {
    const doubled = overBudget.filter((r) => (r.ratio ?? 0) > 2).length;
    risks.push({
      kind: 'compute',
      text: `${overBudget.length} experiment${overBudget.length === 1 ? '' : 's'} over the compute budget${doubled ? ` (${doubled} over twice the budget, a kill criterion)` : ''}`,
      issues: overBudget.map((r) => r.issue),
    });
  }
  for (const t of targets) {
    if (t.forecast.status === 'stalled') {
      risks.push({
        kind: 'forecast',
        text: `${t.target.metric} is not on course for ${t.target.target}: the trend is ${t.forecast.reason === 'flat_or_falling' ? 'flat or falling' : `too slow (over ${settings.forecast.horizon} sprints)`}`,
        issues: [],
      });
    }
  }
  if (killRate.health === 'low' || killRate.health === 'high') {
    risks.push({
      kind: 'kill_rate',
      text:
        killRate.health === 'low'
          ? 'kill rate below the healthy range: are weak ideas being dropped early enough?'
          : 'kill rate above the healthy range: are hypotheses too speculative?',
      issues: [],
    });
  }
  if (promotionRate.health === 'low' || promotionRate.health === 'high') {
    risks.push({
      kind: 'promotion_rate',
      text:
        promotionRate.health === 'low'
          ? 'promotion rate below the healthy range: little is reaching production'
          : 'promotion rate above the healthy range: is the bar for production high enough?',
      issues: [],
    });
  }
  if (data.late.length)
    risks.push({
      kind: 'data',
      text: `${data.late.length} data task${data.late.length === 1 ? '' : 's'} not ready by the planned date`,
      issues: data.late,
    });
  for (const b of blockerItems)
    risks.push({
      kind: 'blocker',
      text: `${b.kind} blocker: ${b.text}`,
      issues: b.by ? [b.issue, b.by] : [b.issue],
    });

  return {
    repository,
    generatedAt: now.toISOString(),
    sprint,
    sprints: [...sprints],
    targets,
    ...(business ? { business } : {}),
    learnings,
    thisSprint,
    decisions,
    outcomes,
    killRate,
    promotionRate,
    healthy: settings.healthy,
    cycleTime: cycleTime(experiments, sprints),
    wip: wipRows,
    timeBoxes,
    compute,
    data,
    blockers: blockerItems,
    exploreExploit,
    risks,
    counts: {
      experiments: experiments.length,
      dataTasks: dataTasks.length,
      mlEngineering: issues.length - experiments.length - dataTasks.length,
    },
  };
}
