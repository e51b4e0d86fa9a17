import type { Plan } from '../../core/board/plan.js';
import type { BoardSettings } from '../../core/board/settings.js';
import type { GitHub } from '../client.js';
import { type IssueRef, stickyMarker, upsertStickyComment } from '../sticky-comment.js';
import { type BoardProblem, isBoardProblem } from './board-problem.js';
import { type IssueState, stickyFor } from './issue-state.js';
import { addLabels, reactToComment, removeLabels, setIssueState } from './issues.js';
import { addCard, type CardUpdate, fieldUpdate, optionFor, projectIds, updateCard } from './projects.js';
import { writeRecordComment } from './record-comment.js';

/** The sticky comment that holds the record. */
export const RECORD_COMMENT_KEY = 'experiment-log';

export interface ApplyOptions {
  board: BoardSettings;
  /** The comment that carried a slash command, for the completion reaction. */
  commentId?: number;
  /** Say what would change without changing anything. */
  dryRun?: boolean;
  /** How long to wait before reading the record back (see writeRecordComment). */
  recordSettleMs?: number;
}

/**
 * Applies a plan by diffing it with the issue as read: only what differs is written, so a
 * re-delivered webhook costs reads only. The order makes a redelivery repair any half-applied event:
 * replies and notes, the reaction, then the record (the log comment, written only if nobody changed
 * it since it was read), then labels, card and close/reopen, which all follow from the record and
 * are re-derived from it when the same delivery comes again.
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
  const record = plan.comments.find((c) => c.key === RECORD_COMMENT_KEY);
  for (const { key, body } of plan.comments) {
    if (key === RECORD_COMMENT_KEY) continue;
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
  if (record) {
    const existing = await stickyFor(gh, ref, state, record.key);
    if (existing?.body !== `${stickyMarker(record.key)}\n${record.body}`)
      await act(`${existing ? 'update' : 'create'} comment ${record.key}`, () =>
        writeRecordComment(gh, ref, record.key, record.body, existing, opts.recordSettleMs),
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
  if (plan.state && plan.state.state !== state.snapshot.state) {
    const { state: s, reason } = plan.state;
    await act(`${s === 'closed' ? 'close' : 'reopen'}${reason ? ` (${reason})` : ''}`, () =>
      setIssueState(gh, ref, s, reason),
    );
  }
  return { done, ...(boardProblem ? { boardProblem } : {}) };
}
