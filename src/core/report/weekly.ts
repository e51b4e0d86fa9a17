import { escapeText } from '../render/escape.js';
import { renderStatus } from '../render/status.js';
import type { ReportSettings } from './settings.js';
import type { IssueSnapshot, Sprint } from './snapshot.js';
import {
  type IterationInfo,
  isoWeekName,
  isoWeekSprints,
  iterationSprints,
  type MilestoneInfo,
  milestoneSprints,
} from './sprints.js';
import { buildStatusReport, type StatusReport } from './status-report.js';

export interface SprintSources {
  /** Explicit sprints (from an export) win over everything. */
  sprints?: Sprint[];
  milestones?: MilestoneInfo[];
  iterations?: IterationInfo[];
  /** Why a source could not be read (shown in the report as a note). */
  problem?: string;
}

/**
 * The report window for the configured source. A board without iterations or a repository without
 * dated milestones falls back to ISO weeks, and says so, rather than reporting on nothing.
 */
export function resolveSprints(
  settings: ReportSettings,
  now: Date,
  sources: SprintSources,
): { sprints: Sprint[]; note?: string } {
  const resolved = sprintWindow(settings, now, sources);
  const last = resolved.sprints.at(-1);
  // Past the last milestone or iteration, "this sprint" is one that is over: say so rather than let an
  // empty "this sprint" pass for a quiet week.
  if (resolved.note || !last || Date.parse(last.end) > now.getTime()) return resolved;
  const ended = new Date(Date.parse(last.end) - 86_400_000).toISOString().slice(0, 10);
  return {
    ...resolved,
    note: `the last sprint, "${last.name}", ended on ${ended} and no later one has started, so this sprint's figures are that sprint's: add the next milestone or iteration`,
  };
}

function sprintWindow(
  settings: ReportSettings,
  now: Date,
  sources: SprintSources,
): { sprints: Sprint[]; note?: string } {
  const count = settings.sprints.count;
  if (sources.sprints?.length) {
    const started = sources.sprints.filter((s) => Date.parse(s.start) <= now.getTime());
    return { sprints: (started.length ? started : sources.sprints).slice(-count) };
  }
  if (settings.sprints.source === 'auto') {
    const fromBoard = iterationSprints(sources.iterations ?? [], now, count);
    if (fromBoard.length) return { sprints: fromBoard };
    const fromMilestones = milestoneSprints(sources.milestones ?? [], now, count);
    return { sprints: fromMilestones.length ? fromMilestones : isoWeekSprints(now, count) };
  }
  if (settings.sprints.source === 'iteration') {
    const sprints = iterationSprints(sources.iterations ?? [], now, count);
    if (sprints.length) return { sprints };
    return {
      sprints: isoWeekSprints(now, count),
      note: `the board has no "${settings.sprints.field}" iterations yet, so sprints are ISO weeks`,
    };
  }
  if (settings.sprints.source === 'milestones') {
    const sprints = milestoneSprints(sources.milestones ?? [], now, count);
    if (sprints.length) return { sprints };
    return {
      sprints: isoWeekSprints(now, count),
      note: 'no milestone with a due date has started yet, so sprints are ISO weeks',
    };
  }
  return { sprints: isoWeekSprints(now, count) };
}

export interface WeeklyStatus {
  /** "2026-W47": one status issue per ISO week. */
  week: string;
  title: string;
  report: StatusReport;
  markdown: string;
  note?: string;
}

export function weeklyStatus(input: {
  repository: string;
  issues: readonly IssueSnapshot[];
  settings: ReportSettings;
  now: Date;
  sources: SprintSources;
  previous?: { number: number; url: string };
}): WeeklyStatus {
  const resolved = resolveSprints(input.settings, input.now, input.sources);
  const { sprints } = resolved;
  const note = [input.sources.problem, resolved.note].filter(Boolean).join('; ') || undefined;
  const report = buildStatusReport({
    repository: input.repository,
    issues: input.issues,
    sprints,
    settings: input.settings,
    now: input.now,
  });
  const week = isoWeekName(input.now);
  let markdown = renderStatus(report, {
    week,
    horizon: input.settings.forecast.horizon,
    ...(input.previous ? { previous: input.previous } : {}),
  });
  // The note can quote a GitHub error or the configured board URL: escaped like any other outside text,
  // and put in with a function so that "$&" in it stays literal.
  if (note) markdown = markdown.replace(/\n---\n<sub>/, () => `\nNote: ${escapeText(note)}.\n\n---\n<sub>`);
  return { week, title: `${input.settings.title} ${week}`, report, markdown, ...(note ? { note } : {}) };
}
