import type { Sprint } from './snapshot.js';

const DAY = 86_400_000;

/** ISO 8601 week of a date (UTC): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { year: d.getUTCFullYear(), week: Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7) };
}

export function isoWeekName(date: Date): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function mondayOf(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() || 7) - 1));
  return d;
}

/** The last `count` ISO weeks, oldest first, the last one being the week that holds `now`. */
export function isoWeekSprints(now: Date, count: number): Sprint[] {
  const monday = mondayOf(now).getTime();
  const sprints: Sprint[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = new Date(monday - i * 7 * DAY);
    sprints.push({
      name: isoWeekName(start),
      start: start.toISOString(),
      end: new Date(start.getTime() + 7 * DAY).toISOString(),
    });
  }
  return sprints;
}

export interface MilestoneInfo {
  title: string;
  /** A milestone without a due date cannot bound a sprint and is skipped. */
  dueOn?: string | null;
}

/**
 * Milestones as sprints: each one runs from the day after the previous milestone's due date through its
 * own due date (inclusive). The first one is given the length of the second, or two weeks.
 */
export function milestoneSprints(milestones: MilestoneInfo[], now: Date, count: number): Sprint[] {
  const dated = milestones
    .filter((m): m is MilestoneInfo & { dueOn: string } => Boolean(m.dueOn))
    .map((m) => ({ title: m.title, end: dayStart(new Date(m.dueOn)) + DAY }))
    .sort((a, b) => a.end - b.end);
  const sprints: Sprint[] = dated.map((m, i) => {
    const previous = dated[i - 1];
    const next = dated[i + 1];
    const start = previous ? previous.end : m.end - (next ? next.end - m.end : 14 * DAY);
    return { name: m.title, start: new Date(start).toISOString(), end: new Date(m.end).toISOString() };
  });
  return upToCurrent(sprints, now, count);
}

export interface IterationInfo {
  title: string;
  startDate: string;
  /** Length in days, as the Projects Iteration field reports it. */
  duration: number;
}

/** The board's Iteration field values as sprints. */
export function iterationSprints(iterations: IterationInfo[], now: Date, count: number): Sprint[] {
  const sprints = iterations
    .map((it) => {
      const start = dayStart(new Date(it.startDate));
      return {
        name: it.title,
        start: new Date(start).toISOString(),
        end: new Date(start + it.duration * DAY).toISOString(),
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
  return upToCurrent(sprints, now, count);
}

/** Sprints up to and including the one that holds `now` (or the last one that started), at most `count`. */
function upToCurrent(sprints: Sprint[], now: Date, count: number): Sprint[] {
  const t = now.getTime();
  const started = sprints.filter((s) => Date.parse(s.start) <= t);
  return started.slice(Math.max(0, started.length - count));
}

function dayStart(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** Index of the sprint that holds the instant, or -1. */
export function sprintIndex(sprints: readonly Sprint[], at: string | undefined): number {
  if (!at) return -1;
  const t = Date.parse(at);
  if (Number.isNaN(t)) return -1;
  return sprints.findIndex((s) => Date.parse(s.start) <= t && t < Date.parse(s.end));
}
