import type { Column, DataStage, ExperimentRecord, IssueKind } from '../experiment/record.js';

/**
 * What the status report knows about one tracked issue: the issue itself, the fields of its form,
 * and the experiment record from the app's sticky experiment-log comment. The live reader
 * (src/github) and the offline export reader (src/io) both produce this, so the report cannot tell
 * them apart.
 */
export interface IssueSnapshot {
  number: number;
  title: string;
  url: string;
  kind: IssueKind;
  state: 'open' | 'closed';
  createdAt: string;
  closedAt?: string;
  labels: string[];
  /** The board column now (Projects field, `status:*` label, or the record's last column change). */
  column?: Column;
  form: ExperimentForm;
  record: ExperimentRecord;
  /** Data tasks only: the stage now, when it must be ready, and when it became ready. */
  data?: DataTaskState;
  /** The sprint the board's Iteration field or the issue's milestone puts the issue in, if any. */
  sprint?: string;
}

/** The experiment form's fields the report uses; all optional because old issues may lack them. */
export interface ExperimentForm {
  metric?: string;
  goal?: 'maximize' | 'minimize';
  baseline?: number;
  target?: number;
  budgetGpuHours?: number;
  /** The decision date, YYYY-MM-DD (the form's time box, durations already resolved). */
  timeBox?: string;
  mode?: 'explore' | 'exploit';
}

export interface DataTaskState {
  stage?: DataStage;
  /** ISO date the data is planned to be ready: the due date of the issue's milestone or iteration. */
  due?: string;
  /** ISO timestamp it reached Ready (or the issue was closed as completed). */
  readyAt?: string;
  /** Experiment issue numbers this data task blocks. */
  blocks?: number[];
}

/** A sprint as a half-open time interval [start, end). */
export interface Sprint {
  name: string;
  start: string;
  end: string;
}

export type { Column, IssueKind };
