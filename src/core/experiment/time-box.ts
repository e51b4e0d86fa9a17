import type { ExperimentSpec } from './parse.js';
import { currentColumn, type ExperimentRecord } from './record.js';

const DONE = new Set(['Killed', 'Production']);

/** Whether an experiment is past its time box with no decision: still active after the decision date. */
export function isOverdue(
  spec: Pick<ExperimentSpec, 'timeBox'>,
  record: ExperimentRecord,
  now: Date,
): boolean {
  const column = currentColumn(record);
  return !DONE.has(column ?? '') && spec.timeBox < now.toISOString().slice(0, 10);
}

/** Days past the time box (0 when not overdue). */
export function daysOverdue(spec: Pick<ExperimentSpec, 'timeBox'>, now: Date): number {
  const end = Date.parse(`${spec.timeBox}T23:59:59Z`);
  return Math.max(0, Math.floor((now.getTime() - end) / 86_400_000) + 1);
}
