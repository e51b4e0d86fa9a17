import type { SprintlabConfig } from '../../config/types.js';
import { planExperiment } from '../../core/board/plan-experiment.js';
import { boardSettings } from '../../core/board/settings.js';
import { decodeRecord } from '../../core/experiment/record-codec.js';
import { applyPlan } from '../../github/board/apply-plan.js';
import { openExperimentStates } from '../../github/board/issue-state.js';
import type { GitHub } from '../../github/client.js';

/**
 * The scheduled check (run with the weekly status): every open experiment past its time box is asked
 * for a decision on the issue, and labelled `time-box-overrun`. Returns the issue numbers asked.
 * One GraphQL page covers 50 experiments with their comments; the comment is sticky, so weekly runs
 * update it instead of piling up.
 */
export async function askForTimeBoxDecisions(
  gh: GitHub,
  repo: { owner: string; repo: string },
  config: SprintlabConfig,
  now: Date,
  opts: { dryRun?: boolean } = {},
): Promise<number[]> {
  const board = boardSettings(config.board);
  const asked: number[] = [];
  for await (const state of openExperimentStates(gh, repo)) {
    const { comments } = state;
    const plan = planExperiment(
      state.snapshot,
      {
        record: decodeRecord(comments.get('experiment-log')?.body),
        hasValidationComment: comments.has('validation'),
      },
      { type: 'time-box' },
      { now, board, wipCounts: {}, openDataTasks: [] },
    );
    // Only the time-box comment and label: the rest of the plan is what the last event already wrote.
    plan.comments = plan.comments.filter((c) => c.key === 'time-box');
    delete plan.column;
    if (!plan.comments.length && !plan.removeLabels.length) continue;
    const ref = { ...repo, issue_number: state.snapshot.number };
    await applyPlan(gh, ref, state, plan, { board, ...(opts.dryRun ? { dryRun: true } : {}) });
    if (plan.summary.includes('time box over: decision asked')) asked.push(state.snapshot.number);
  }
  return asked;
}
