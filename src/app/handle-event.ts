import type { SprintlabConfig } from '../config/types.js';
import type { BoardEvent } from '../core/board/events.js';
import type { Plan } from '../core/board/plan.js';
import { planIssue } from '../core/board/plan-issue.js';
import { type BoardSettings, boardSettings } from '../core/board/settings.js';
import { isInputError } from '../core/errors.js';
import { formOfIssue } from '../core/experiment/forms.js';
import { isMove, TRANSITIONS } from '../core/experiment/lifecycle.js';
import type { Column } from '../core/experiment/record.js';
import { decodeRecord } from '../core/experiment/record-codec.js';
import { parseSlashCommand } from '../core/experiment/slash-command.js';
import { escapeText } from '../core/render/escape.js';
import { applyPlan } from '../github/apply-plan.js';
import { type BoardProblem, graphqlErrorType, isBoardProblem } from '../github/board-problem.js';
import type { GitHub } from '../github/client.js';
import { type IssueState, readIssueState } from '../github/issue-state.js';
import { hasWriteAccess, pullRequestBody, reactToComment } from '../github/issues.js';
import { projectIds } from '../github/projects.js';
import { type IssueRef, upsertStickyComment } from '../github/sticky-comment.js';
import { GATE_CHECK_NAME, gateSummary, linkedIssues } from './gate-link.js';
import { isBot, labelNames, type WebhookPayload } from './webhook.js';

export interface AppDeps {
  gh: GitHub;
  /** The repository's config (cached by the caller). Throws InputError when the file is invalid. */
  config: (repo: { owner: string; repo: string }) => Promise<SprintlabConfig>;
  now?: () => Date;
  log?: (message: string) => void;
  /** This app's bot login, whose comments never count as commands. */
  appLogin?: string;
  dryRun?: boolean;
}

export interface HandleResult {
  /** Why nothing was done, when nothing was. */
  ignored?: string;
  /** What was changed, per issue. */
  changes: { issue: number; done: string[] }[];
}

const PROBLEM_KEYS = { config: 'config-problem', board: 'board-problem' };

/** Handles one GitHub event the way the app and the Action's `command: app` both do. */
export async function handleEvent(
  deps: AppDeps,
  name: string,
  payload: WebhookPayload,
): Promise<HandleResult> {
  const repo = payload.repository
    ? { owner: payload.repository.owner.login, repo: payload.repository.name }
    : undefined;
  if (!repo) return { ignored: 'no repository in the payload', changes: [] };
  if (name === 'issues') return onIssue(deps, repo, payload);
  if (name === 'issue_comment') return onComment(deps, repo, payload);
  if (name === 'check_run') return onCheckRun(deps, repo, payload);
  return { ignored: `event ${name} is not handled`, changes: [] };
}

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'reopened', 'closed', 'labeled']);

async function onIssue(
  deps: AppDeps,
  repo: { owner: string; repo: string },
  payload: WebhookPayload,
): Promise<HandleResult> {
  const action = payload.action ?? '';
  const issue = payload.issue;
  if (!issue || issue.pull_request) return { ignored: 'not an issue', changes: [] };
  if (!ISSUE_ACTIONS.has(action)) return { ignored: `issues.${action} is not handled`, changes: [] };
  if (isBot(payload.sender, deps.appLogin)) return { ignored: 'sent by a bot', changes: [] };
  const form = formOfIssue(labelNames(issue), issue.body);
  if (!form) return { ignored: 'not from a Sprintlab form', changes: [] };
  // A type label added later makes the issue ours: read it as if it had just been written.
  if (action === 'labeled' && payload.label?.name !== form.label)
    return { ignored: 'label not relevant', changes: [] };
  // A form sets its label as it opens the issue, and GitHub sends `labeled` with `opened`: acting on
  // both at once would race to create the same comments, so only a label added later counts.
  if (action === 'labeled' && justCreated(issue))
    return { ignored: 'label set by the form (handled as opened)', changes: [] };
  const event: BoardEvent =
    action === 'closed'
      ? { type: 'closed' }
      : { type: action === 'labeled' ? 'edited' : (action as 'opened' | 'edited' | 'reopened') };
  const ref = { ...repo, issue_number: issue.number };
  const done = await run(deps, ref, event, { wipColumn: 'Hypothesis' });
  return { changes: [{ issue: issue.number, done }] };
}

async function onComment(
  deps: AppDeps,
  repo: { owner: string; repo: string },
  payload: WebhookPayload,
): Promise<HandleResult> {
  const { issue, comment } = payload;
  if (payload.action !== 'created' || !issue || !comment)
    return { ignored: 'not a new comment', changes: [] };
  if (isBot(comment.user, deps.appLogin) || comment.performed_via_github_app)
    return { ignored: 'comment by a bot', changes: [] };
  const command = parseSlashCommand(comment.body);
  if (!command) return { ignored: 'not a command', changes: [] };
  if (issue.pull_request) return { ignored: 'comment on a pull request', changes: [] };
  if (!formOfIssue(labelNames(issue), issue.body))
    return { ignored: 'not from a Sprintlab form', changes: [] };
  const by = comment.user?.login ?? 'someone';
  if (!deps.dryRun) await reactToComment(deps.gh, repo, comment.id, 'eyes');
  const canWrite = await hasWriteAccess(deps.gh, repo, by);
  const event: BoardEvent = { type: 'command', command, commentId: comment.id, by, canWrite };
  const move = isMove(command.name) ? TRANSITIONS[command.name].to : undefined;
  const ref = { ...repo, issue_number: issue.number };
  const done = await run(deps, ref, event, {
    ...(move ? { wipColumn: move } : {}),
    withDataTasks: command.name === 'start',
    commentId: comment.id,
    actor: by,
  });
  return { changes: [{ issue: issue.number, done }] };
}

async function onCheckRun(
  deps: AppDeps,
  repo: { owner: string; repo: string },
  payload: WebhookPayload,
): Promise<HandleResult> {
  const runInfo = payload.check_run;
  if (payload.action !== 'completed' || !runInfo) return { ignored: 'check run not completed', changes: [] };
  if (runInfo.name !== GATE_CHECK_NAME)
    return { ignored: `check run "${runInfo.name}" is not the gate`, changes: [] };
  const summary = gateSummary(runInfo);
  const changes: HandleResult['changes'] = [];
  for (const pr of runInfo.pull_requests ?? []) {
    const body = await pullRequestBody(deps.gh, repo, pr.number);
    for (const n of linkedIssues(body)) {
      const event: BoardEvent = { type: 'gate', pr: pr.number, checkRun: runInfo.id, ...summary };
      const done = await run(deps, { ...repo, issue_number: n }, event, {
        wipColumn: 'Evaluation',
        onlyExperiments: true,
      });
      changes.push({ issue: n, done });
    }
  }
  return changes.length ? { changes } : { ignored: 'no linked experiment', changes };
}

const justCreated = (issue: NonNullable<WebhookPayload['issue']>) =>
  Boolean(issue.created_at && issue.updated_at) &&
  Date.parse(issue.updated_at ?? '') - Date.parse(issue.created_at ?? '') < 10_000;

interface RunOptions {
  wipColumn?: Column;
  withDataTasks?: boolean;
  commentId?: number;
  actor?: string;
  onlyExperiments?: boolean;
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

const run = (deps: AppDeps, ref: IssueRef, event: BoardEvent, opts: RunOptions) =>
  serialised(`${ref.owner}/${ref.repo}#${ref.issue_number}`.toLowerCase(), () =>
    runOnce(deps, ref, event, opts),
  );

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
  if (opts.onlyExperiments && formOfIssue(state.snapshot.labels, state.snapshot.body)?.kind !== 'experiment')
    return ['not an experiment'];
  const plan: Plan = planIssue(
    state.snapshot,
    {
      record: decodeRecord(state.comments.get('experiment-log')?.body),
      hasValidationComment: state.comments.has('validation'),
    },
    event,
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
    'Fix `.github/sprintlab.yml` on the default branch; the next event on this issue will pick it up.',
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
