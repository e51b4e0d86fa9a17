import type { Verdict } from '../contracts.js';
import type { ExperimentRecord } from '../experiment/record.js';
import type { SlashCommand } from '../experiment/slash-command.js';
import type { Plan } from './plan.js';
import type { BoardSettings } from './settings.js';

/** The issue as the event delivered it. */
export interface IssueSnapshot {
  number: number;
  title: string;
  body: string | null;
  labels: string[];
  state: 'open' | 'closed';
  createdAt: string;
}

/** What Sprintlab already wrote on the issue. */
export interface CurrentState {
  record: ExperimentRecord;
  hasValidationComment: boolean;
  /** When people without write access were last told their command did nothing (ISO). */
  noAccessRepliedAt?: string;
}

export type BoardEvent =
  | {
      type: 'opened' | 'edited' | 'reopened';
      /** The issue's author has no triage or write access: a new experiment waits in Backlog for a maintainer. */
      outsider?: boolean;
    }
  | { type: 'closed' }
  | { type: 'command'; command: SlashCommand; commentId: number; by: string; canWrite: boolean }
  | {
      type: 'gate';
      pr: number;
      checkRun: number;
      verdict: Verdict;
      metrics: Record<string, number>;
      title?: string;
    }
  | { type: 'time-box' };

export interface PlanContext {
  now: Date;
  board: BoardSettings;
  /** Cards in each WIP-limited column now, this issue excluded. */
  wipCounts: Partial<Record<string, number>>;
  /** Open data tasks not yet Ready, with the experiments they say they block. */
  openDataTasks: { number: number; blocks: number[] }[];
  /** Who acts: the commenter, or the app for automatic moves. */
  actor?: string;
}

/** Plans one event on one issue: pure, the issue and its record in, a plan out. */
export type IssuePlanner = (
  issue: IssueSnapshot,
  current: CurrentState,
  event: BoardEvent,
  ctx: PlanContext,
) => Plan;
