import type { GitHub } from '../client.js';
import {
  findStickyComment,
  type IssueRef,
  type StickyComment,
  stickyMarker,
  upsertStickyComment,
} from '../sticky-comment.js';

/**
 * The record changed between reading it and writing it: another run for the same experiment wrote in
 * between (workflow runs may overlap). The caller reads again and re-applies its event.
 */
export class RecordChanged extends Error {
  override readonly name = 'RecordChanged';
}

export const isRecordChanged = (e: unknown): e is RecordChanged => e instanceof RecordChanged;

/**
 * How long after writing the record it is read back. Longer than the client's spacing between writes
 * (1 s), so another run that checked the record just before this write has landed its own write by
 * then, and the read-back sees it.
 */
export const RECORD_SETTLE_MS = 2000;

/**
 * Writes the record comment only over the version the plan was made from, and reads it back after
 * `settleMs`: GitHub has no compare-and-swap for comments, so a write that raced with another is
 * found afterwards (the body is not ours, or a second log comment appeared) and reported as
 * RecordChanged. A process that handles an issue's events one at a time may pass 0.
 */
export async function writeRecordComment(
  gh: GitHub,
  ref: IssueRef,
  key: string,
  body: string,
  existing: StickyComment | null,
  settleMs = RECORD_SETTLE_MS,
): Promise<void> {
  const full = `${stickyMarker(key)}\n${body}`;
  const comment = { owner: ref.owner, repo: ref.repo };
  const settle = () => (settleMs > 0 ? new Promise((r) => setTimeout(r, settleMs)) : undefined);
  if (existing) {
    const now = await gh.rest.issues.getComment({ ...comment, comment_id: existing.id });
    if ((now.data.body ?? '') !== existing.body) throw new RecordChanged('the record changed before writing');
    await upsertStickyComment(gh, ref, key, body, existing);
    await settle();
    const after = await gh.rest.issues.getComment({ ...comment, comment_id: existing.id });
    if ((after.data.body ?? '') !== full) throw new RecordChanged('another run wrote the record meanwhile');
    return;
  }
  const { id } = await upsertStickyComment(gh, ref, key, body, null);
  await settle();
  // Two runs may both have found no record and created one each: the first one is the record.
  const first = await findStickyComment(gh, ref, key);
  if (first && first.id !== id) {
    await gh.rest.issues.deleteComment({ ...comment, comment_id: id });
    throw new RecordChanged('another run created the record meanwhile');
  }
}
