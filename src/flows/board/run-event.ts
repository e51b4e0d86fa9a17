import type { BoardEvent } from '../../core/board/events.js';
import type { Plan } from '../../core/board/plan.js';
import { planIssue } from '../../core/board/plan-issue.js';
import { NO_ACCESS_KEY, noAccessRepliedAt } from '../../core/board/plan-no-access.js';
import { type BoardSettings, boardSettings } from '../../core/board/settings.js';
import { DEFAULT_CONFIG_PATH } from '../../core/contracts.js';
import { isInputError } from '../../core/errors.js';
import { formOfIssue } from '../../core/experiment/forms.js';
import type { Column } from '../../core/experiment/record.js';
import { decodeRecord } from '../../core/experiment/record-codec.js';
import { escapeText } from '../../core/render/escape.js';
import { applyPlan } from '../../github/board/apply-plan.js';
import { type BoardProblem, graphqlErrorType, isBoardProblem } from '../../github/board/board-problem.js';
import { type IssueState, readIssueState } from '../../github/board/issue-state.js';
import { hasTriageAccess } from '../../github/board/issues.js';
import { projectIds } from '../../github/board/projects.js';
import { isRecordChanged } from '../../github/board/record-comment.js';
import { type IssueRef, upsertStickyComment } from '../../github/sticky-comment.js';
import type { AppDeps } from './deps.js';

const PROBLEM_KEYS = { config: 'config-problem', board: 'board-problem' };

export interface RunOptions {
  wipColumn?: Column;
  withDataTasks?: boolean;
  commentId?: number;
  actor?: string;
  onlyExperiments?: boolean;
  /** Who opened the issue, when their access decides where a new experiment starts. */
  author?: string;
}

// Events on one issue are handled one after another in this process: `opened` and a quick edit
// arriving together must not both see "no log comment yet" and create two.
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/** How often an event is re-applied when other runs keep changing the record underneath it. */
const RECORD_ATTEMPTS = 5;

export const run = (deps: AppDeps, ref: IssueRef, event: BoardEvent, opts: RunOptions) =>
  serialised(`${ref.owner}/${ref.repo}#${ref.issue_number}`.toLowerCase(), async () => {
    // Another process (an overlapping workflow run) may write the same record: read again and
    // re-apply. Events already in the record are not applied twice, so this converges.
    for (let attempt = 1; ; attempt++) {
      try {
        return await runOnce(deps, ref, event, opts);
      } catch (error) {
        if (!isRecordChanged(error) || attempt >= RECORD_ATTEMPTS) throw error;
        deps.log?.(`#${ref.issue_number}: ${error.message}; reading it again (attempt ${attempt + 1})`);
      }
    }
  });

/** Config, one read, one plan, one apply: the shape of every event. */
async function runOnce(deps: AppDeps, ref: IssueRef, event: BoardEvent, opts: RunOptions): Promise<string[]> {
  const { gh } = deps;
  let board: BoardSettings;
  try {
    board = boardSettings((await deps.config(ref)).board);
  } catch (error) {
    if (!isInputError(error)) throw error;
    // A broken config is the team's to fix: say it where they are looking.
    if (!deps.dryRun)
      await upsertStickyComment(gh, ref, PROBLEM_KEYS.config, configProblemText(error.describe()));
    return [`config problem: ${error.message}`];
  }
  let boardProblem: BoardProblem | undefined;
  let projectId: string | undefined;
  if (board.project) {
    try {
      projectId = (await projectIds(gh, board.project, board.field)).projectId;
    } catch (error) {
      if (!isBoardProblem(error)) throw error;
      boardProblem = error;
    }
  }
  let state: IssueState | undefined;
  try {
    state = await readIssueState(gh, ref, {
      board,
      ...(projectId ? { projectId } : {}),
      ...(opts.wipColumn ? { wipColumn: opts.wipColumn } : {}),
      withDataTasks: opts.withDataTasks ?? false,
    });
  } catch (error) {
    // A PR body may name a pull request or a number that does not exist: nothing to update there.
    if (graphqlErrorType(error) !== 'NOT_FOUND') throw error;
  }
  if (!state) return ['issue not found'];
  const isExperiment = formOfIssue(state.snapshot.labels, state.snapshot.body)?.kind === 'experiment';
  if (opts.onlyExperiments && !isExperiment) return ['not an experiment'];
  const record = decodeRecord(state.comments.get('experiment-log')?.body);
  // Who opened a new experiment decides where it starts: asked once, when the record is still empty.
  const outsider =
    isExperiment &&
    !record.history.length &&
    opts.author !== undefined &&
    (event.type === 'opened' || event.type === 'edited' || event.type === 'reopened') &&
    !(await hasTriageAccess(gh, ref, opts.author));
  const repliedAt = noAccessRepliedAt(state.comments.get(NO_ACCESS_KEY)?.body);
  const plan: Plan = planIssue(
    state.snapshot,
    {
      record,
      hasValidationComment: state.comments.has('validation'),
      ...(repliedAt ? { noAccessRepliedAt: repliedAt } : {}),
    },
    outsider ? { ...event, outsider } : event,
    {
      now: deps.now?.() ?? new Date(),
      board,
      wipCounts: state.wipCounts,
      openDataTasks: state.openDataTasks,
      actor: opts.actor ?? 'sprintlab',
    },
  );
  if (boardProblem) delete plan.column;
  for (const line of plan.summary) deps.log?.(`#${ref.issue_number}: ${line}`);
  const applied = await applyPlan(gh, ref, state, plan, {
    board,
    ...(opts.commentId ? { commentId: opts.commentId } : {}),
    ...(deps.dryRun ? { dryRun: true } : {}),
    ...(deps.recordSettleMs !== undefined ? { recordSettleMs: deps.recordSettleMs } : {}),
  });
  boardProblem = boardProblem ?? applied.boardProblem;
  await reportBoardProblem(deps, ref, state, boardProblem);
  return applied.done;
}

function configProblemText(description: string) {
  return [
    '### ⚠️ Sprintlab cannot read its configuration',
    '',
    '```text',
    description.replace(/```/g, "'''"),
    '```',
    '',
    `Fix \`${DEFAULT_CONFIG_PATH}\` on the default branch; the next event on this issue will pick it up.`,
  ].join('\n');
}

async function reportBoardProblem(
  deps: AppDeps,
  ref: IssueRef,
  state: IssueState,
  problem: BoardProblem | undefined,
) {
  const existing = state.comments.get(PROBLEM_KEYS.board) ?? null;
  if (deps.dryRun || (!problem && !existing)) return;
  const body = problem
    ? `### ⚠️ Sprintlab cannot update the board\n\n${escapeText(problem.message)}.\n\n**Fix:** ${problem.fix}.\n\nLabels and the experiment log are still kept up to date.`
    : '### ✅ The board is reachable again\n\nSprintlab can update the board for this issue.';
  await upsertStickyComment(deps.gh, ref, PROBLEM_KEYS.board, body, existing);
}
