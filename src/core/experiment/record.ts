import type { Verdict } from '../contracts.js';
/**
 * The experiment record: everything Sprintlab knows about one experiment issue beyond its form.
 * GitHub is the database: the record lives as a hidden JSON block inside the app's sticky
 * experiment-log comment on the issue. The app (src/app) writes it; the status report (src/core/report) reads it.
 */

export const COLUMNS = [
  'Backlog',
  'Hypothesis',
  'Experiment',
  'Evaluation',
  'Iteration',
  'Production',
  'Killed',
] as const;
export type Column = (typeof COLUMNS)[number];

export const DATA_STAGES = ['Data needed', 'Collection', 'Annotation', 'QA', 'Ready'] as const;
export type DataStage = (typeof DATA_STAGES)[number];

export type IssueKind = 'experiment' | 'data-task' | 'ml-engineering';

/** One `/log` line. */
export interface LogEntry {
  at: string; // ISO timestamp
  by: string; // GitHub login
  metrics: Record<string, number>;
  gpuHours?: number;
  note?: string;
  /** The comment the entry came from, so a re-delivered webhook does not log it twice. */
  comment?: number;
  /** This row stands for `count` older rows folded together (its gpuHours is their sum, its metric their best). */
  summarised?: { count: number; first: string; last: string };
}

/** A column change, in order. The first entry is the column the experiment entered on creation. */
export interface ColumnChange {
  column: Column;
  at: string;
  by?: string;
}

export interface Decision {
  kind: 'kill' | 'iterate' | 'promote';
  at: string;
  by: string;
  learnings?: string;
  /** The command comment that made it, so a redelivery can finish what it started (close the issue). */
  comment?: number;
}

/** The last gate result linked from a PR (`Experiment: #N`). */
export interface GateLink {
  pr: number;
  verdict: Verdict;
  at: string;
  summary?: string;
  metrics?: Record<string, number>;
  /** The check run the result came from, so a re-delivered event is not counted twice. */
  checkRun?: number;
  /** This entry stands for `count` older gate runs folded together (its metrics are their best). */
  summarised?: GateSummary;
}

/** Older gate runs folded into one entry: how many, how they ended, the first and the last. */
export interface GateSummary {
  count: number;
  verdicts: Partial<Record<GateLink['verdict'], number>>;
  first: { pr: number; at: string; verdict: GateLink['verdict'] };
  last: { pr: number; at: string; verdict: GateLink['verdict'] };
  /** Their check runs (the latest few hundred), so a redelivery is still recognised. */
  checkRuns: number[];
}

export interface Blocker {
  kind: 'data' | 'compute' | 'other';
  text: string;
  at: string;
  /** This entry stands for `count` older blockers folded together. */
  count?: number;
}

export interface ExperimentRecord {
  version: 1;
  history: ColumnChange[];
  log: LogEntry[];
  decisions: Decision[];
  gates: GateLink[];
  blockers: Blocker[];
  /** Ids of slash-command comments already acted on (most recent last, capped), for idempotent re-delivery. */
  handled?: number[];
  /** Oldest log entries dropped to keep the comment under GitHub's size limit. */
  logDropped?: number;
  /** Opened by someone without triage access: stays in Backlog until a maintainer's `/start`. */
  awaitsTriage?: boolean;
  /** Data tasks: the stage history, in order. */
  stages?: { stage: DataStage; at: string; by?: string }[];
}

export const emptyRecord = (): ExperimentRecord => ({
  version: 1,
  history: [],
  log: [],
  decisions: [],
  gates: [],
  blockers: [],
});

/** The column an experiment is in now: the last history entry (the record is the truth, the board shows it). */
export const currentColumn = (record: ExperimentRecord): Column | undefined => record.history.at(-1)?.column;
