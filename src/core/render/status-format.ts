import type { Fit, Forecast } from '../report/forecast.js';
import type { IssueRef, RateHealth } from '../report/metrics.js';
import type { Target } from '../report/settings.js';
import { escapeCell } from './escape.js';

/** How the status issue writes numbers, links and forecasts, shared by its sections. */

// Lists are capped so that a repository with thousands of experiments still fits an issue body.
export const LIST_CAP = 25;
export const TABLE_CAP = 15;
export const LEARNING_CHARS = 600;

export interface RenderOptions {
  /** The title of the issue, repeated in the hidden block so a re-run can find it. */
  week: string;
  horizon: number;
  /** The previous status issue, linked at the bottom. */
  previous?: { number: number; url: string };
}

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return String(Number(v.toPrecision(4)));
}

export const pct = (r: number) => `${Math.round(r * 100)} %`;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const signed = (v: number) => `${v >= 0 ? '+' : '−'}${String(Number(Math.abs(v).toPrecision(3)))}`;

export const issueLink = (i: IssueRef): string => `[#${i.number}](${i.url}) ${escapeCell(i.title)}`;
export const shortLink = (i: IssueRef): string => `[#${i.number}](${i.url})`;

export function linkList(refs: readonly IssueRef[], cap = LIST_CAP, link = shortLink): string {
  if (refs.length === 0) return '—';
  const shown = refs.slice(0, cap).map(link).join(', ');
  return refs.length > cap ? `${shown} and ${refs.length - cap} more` : shown;
}

function sprints(n: number): string {
  if (n < 0.5) return 'this sprint';
  const k = Math.round(n);
  return `~${plural(k, 'sprint')}`;
}

/** "~3 sprints, likely 2–4": the point ETA and the range from the prediction interval. */
/**
 * The trend in the metric's own direction: a latency falling 2 ms a sprint reads "−2 per sprint", as
 * its chart shows it, not "+2" of improvement; the words then say whether that is good.
 */
type Goal = Target['goal'];
export const perSprint = (fit: Fit, goal: Goal) =>
  `${signed(goal === 'minimize' ? -fit.improvementPerSprint : fit.improvementPerSprint)} per sprint`;

export function etaText(f: Forecast, horizon: number, goal: Goal = 'maximize'): string {
  switch (f.status) {
    case 'reached':
      return 'target reached';
    case 'insufficient_data':
      return `trend: insufficient data (${f.reason})`;
    case 'stalled':
      return f.reason === 'flat_or_falling'
        ? `stalled: flat or ${goal === 'minimize' ? 'rising' : 'falling'} (${perSprint(f.fit, goal)})`
        : `stalled: at ${perSprint(f.fit, goal)} the target is over ${horizon} sprints away`;
    case 'on_track': {
      const point = sprints(f.eta);
      if (f.etaLow === undefined) return `target in ${point} (range needs 3 sprints of data)`;
      const low = Math.floor(f.etaLow);
      if (f.etaHigh === undefined) {
        return low === 0
          ? `target in ${point}, but the range is too wide to call (this sprint to over ${horizon})`
          : `target in ${point}, likely ${low} or more (over ${horizon} at the slow end)`;
      }
      const high = Math.max(Math.ceil(f.etaHigh), low, 1);
      return low === 0
        ? `target in ${point}, likely within ${plural(high, 'sprint')}`
        : `target in ${point}, likely ${low}–${high}`;
    }
  }
}

const HEALTH_MARKS: Record<RateHealth['health'], string> = {
  healthy: '✅ healthy',
  low: '⚠️ below range',
  high: '⚠️ above range',
  no_data: '—',
};

export const healthMark = (h: RateHealth): string => HEALTH_MARKS[h.health];
