import type { SprintlabConfig } from '../config/types.js';
import { planExperiment } from '../core/board/plan-experiment.js';
import { boardSettings } from '../core/board/settings.js';
import { decodeRecord } from '../core/experiment/record-codec.js';
import { applyPlan } from '../github/apply-plan.js';
import type { GitHub } from '../github/client.js';
import { OPEN_EXPERIMENTS_QUERY, type OpenExperimentsResult } from '../github/issue-state.graphql.js';
import type { IssueState } from '../github/issue-state.js';
import { type StickyComment, stickyMarker } from '../github/sticky-comment.js';

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
  let cursor: string | null = null;
  do {
    const page: OpenExperimentsResult = await gh.graphql<OpenExperimentsResult>(OPEN_EXPERIMENTS_QUERY, {
      ...repo,
      cursor,
    });
    const issues = page.repository?.issues;
    for (const issue of issues?.nodes ?? []) {
      const comments = new Map<string, StickyComment>();
      for (const c of issue.comments.nodes) {
        const key = /^<!-- sprintlab:([\w-]+) -->/.exec(c.body)?.[1];
        if (key && c.databaseId && !comments.has(key) && c.body.startsWith(stickyMarker(key)))
          comments.set(key, { id: c.databaseId, body: c.body });
      }
      const state: IssueState = {
        nodeId: issue.id,
        snapshot: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          labels: issue.labels.nodes.map((l) => l.name),
          state: issue.state === 'OPEN' ? 'open' : 'closed',
          createdAt: issue.createdAt,
        },
        comments,
        commentsComplete: true,
        wipCounts: {},
        openDataTasks: [],
      };
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
      const ref = { ...repo, issue_number: issue.number };
      await applyPlan(gh, ref, state, plan, { board, ...(opts.dryRun ? { dryRun: true } : {}) });
      if (plan.summary.includes('time box over: decision asked')) asked.push(issue.number);
    }
    cursor = issues?.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (cursor);
  return asked;
}
