import type { Plan } from '../core/board/plan.js';
import type { BoardSettings } from '../core/board/settings.js';
import { type BoardProblem, isBoardProblem } from './board-problem.js';
import type { GitHub } from './client.js';
import { type IssueState, stickyFor } from './issue-state.js';
import { addLabels, reactToComment, removeLabels, setIssueState } from './issues.js';
import { addCard, type CardUpdate, fieldUpdate, optionFor, projectIds, updateCard } from './projects.js';
import { type IssueRef, stickyMarker, upsertStickyComment } from './sticky-comment.js';

export interface ApplyOptions {
  board: BoardSettings;
  /** The comment that carried a slash command, for the completion reaction. */
  commentId?: number;
  /** Say what would change without changing anything. */
  dryRun?: boolean;
}

/**
 * Applies a plan by diffing it with the issue as read: only what differs is written, so a
 * re-delivered webhook costs reads only. The record (in the log comment) is written last, so it
 * never claims a move that did not happen.
 */
export async function applyPlan(
  gh: GitHub,
  ref: IssueRef,
  state: IssueState,
  plan: Plan,
  opts: ApplyOptions,
): Promise<{ done: string[]; boardProblem?: BoardProblem }> {
  const done: string[] = [];
  let boardProblem: BoardProblem | undefined;
  const act = async (what: string, fn: () => Promise<unknown>) => {
    done.push(what);
    if (!opts.dryRun) await fn();
  };
  if (plan.state && plan.state.state !== state.snapshot.state) {
    const { state: s, reason } = plan.state;
    await act(`${s === 'closed' ? 'close' : 'reopen'}${reason ? ` (${reason})` : ''}`, () =>
      setIssueState(gh, ref, s, reason),
    );
  }
  const add = plan.addLabels.filter((l) => !state.snapshot.labels.includes(l));
  const remove = plan.removeLabels.filter((l) => state.snapshot.labels.includes(l));
  if (add.length) await act(`label +${add.join(' +')}`, () => addLabels(gh, ref, add));
  if (remove.length) await act(`label -${remove.join(' -')}`, () => removeLabels(gh, ref, remove));
  const project = opts.board.project;
  const wantsFields = Object.entries(plan.cardFields ?? {}).filter(
    ([name, v]) => state.card?.values.get(name) !== v,
  );
  const moves = plan.column !== undefined && state.card?.column !== plan.column;
  if (project && (moves || wantsFields.length || (plan.column && !state.card))) {
    try {
      const what = [
        moves ? `board ${state.card?.column ?? '(none)'} -> ${plan.column}` : '',
        wantsFields.length ? `card ${wantsFields.map(([n]) => n).join(', ')}` : '',
      ].filter(Boolean);
      await act(what.join('; ') || 'board card', async () => {
        const ids = await projectIds(gh, project, opts.board.field);
        const updates: CardUpdate[] = [];
        if (moves && plan.column)
          updates.push({
            fieldId: ids.fieldId,
            value: { singleSelectOptionId: optionFor(ids, project, opts.board.field, plan.column) },
          });
        for (const [name, value] of wantsFields) updates.push(fieldUpdate(ids, name, value));
        const itemId = state.card?.itemId ?? (await addCard(gh, project, ids.projectId, state.nodeId));
        await updateCard(gh, project, ids.projectId, itemId, updates);
      });
    } catch (error) {
      // A board the team must fix should not cost them the rest: labels, log and replies still go out.
      if (!isBoardProblem(error)) throw error;
      boardProblem = error;
    }
  }
  for (const { key, body } of plan.comments) {
    const existing = await stickyFor(gh, ref, state, key);
    if (existing?.body === `${stickyMarker(key)}\n${body}`) continue;
    await act(`${existing ? 'update' : 'create'} comment ${key}`, () =>
      upsertStickyComment(gh, ref, key, body, existing),
    );
  }
  if (plan.reaction && opts.commentId) {
    const reaction = plan.reaction;
    const commentId = opts.commentId;
    await act(`react ${reaction}`, () => reactToComment(gh, ref, commentId, reaction));
  }
  return { done, ...(boardProblem ? { boardProblem } : {}) };
}
