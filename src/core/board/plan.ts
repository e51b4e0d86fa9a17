import type { Column } from '../experiment/record.js';
import type { BoardSettings } from './settings.js';

/**
 * What should change on GitHub for one issue after one event. Core computes it from plain data;
 * src/github applies it by diffing against what is there, so applying a plan twice changes nothing.
 */
export interface Plan {
  addLabels: string[];
  removeLabels: string[];
  /** The board column the card should be in (board mode); undefined leaves the card alone. */
  column?: Column;
  /** Other board fields to set on the card, by field name (board mode, `board.fields`). */
  cardFields?: Record<string, string | number>;
  /** Sticky comments to create or update, by key. */
  comments: { key: string; body: string }[];
  state?: { state: 'open' | 'closed'; reason?: 'completed' | 'not_planned' | 'reopened' };
  /** The reaction that tells the commenter the command is done (or refused). */
  reaction?: 'rocket' | 'confused' | '+1';
  /** One line per decision taken, for logs and dry runs. */
  summary: string[];
}

export const emptyPlan = (): Plan => ({ addLabels: [], removeLabels: [], comments: [], summary: [] });

export const isEmptyPlan = (p: Plan) =>
  !p.addLabels.length &&
  !p.removeLabels.length &&
  p.column === undefined &&
  !p.comments.length &&
  !p.state &&
  !p.reaction;

/** Turns a wanted label set into add/remove lists against the labels the issue has now. */
export function diffLabels(
  current: readonly string[],
  want: ReadonlySet<string>,
  managed: ReadonlySet<string>,
) {
  const has = new Set(current);
  return {
    add: [...want].filter((l) => !has.has(l)),
    remove: current.filter((l) => managed.has(l) && !want.has(l)),
  };
}

/** Whether one more card in `column` goes over its WIP limit. `others` excludes this issue. */
export function overWip(
  board: BoardSettings,
  column: Column,
  others: number | undefined,
): { limit: number; count: number } | undefined {
  const limit = board.wip[column];
  if (limit === undefined) return undefined;
  const count = (others ?? 0) + 1;
  return count > limit ? { limit, count } : undefined;
}
