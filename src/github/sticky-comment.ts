import type { GitHub } from './client.js';
import { httpStatus } from './errors.js';

export interface IssueRef {
  owner: string;
  repo: string;
  issue_number: number;
}

/** The hidden marker that makes a comment "ours" and findable again: one comment per (issue, key). */
export const stickyMarker = (key: string) => `<!-- sprintlab:${key} -->`;

export interface StickyComment {
  id: number;
  body: string;
}

/**
 * Only comments written by a bot (the app, or the workflow's github-actions[bot]) can be Sprintlab's:
 * anyone may paste a marker into a comment of their own, and that must not stand in for ours.
 */
const isOurs = (body: string | undefined | null, key: string, authorType: string | undefined) =>
  authorType === 'Bot' && Boolean(body?.startsWith(stickyMarker(key)));

/** A comment as the GraphQL issue queries return it. */
export interface CommentNode {
  databaseId: number | null;
  body: string;
  author: { __typename: string } | null;
}

/** The sticky comments among an issue's comments, by key (the first of each key wins). */
export function stickyComments(nodes: readonly CommentNode[]): Map<string, StickyComment> {
  const found = new Map<string, StickyComment>();
  for (const c of nodes) {
    const key = /^<!-- sprintlab:([\w-]+) -->/.exec(c.body)?.[1];
    if (key && c.databaseId && !found.has(key) && isOurs(c.body, key, c.author?.__typename)) {
      found.set(key, { id: c.databaseId, body: c.body });
    }
  }
  return found;
}

/** Finds the comment carrying the marker, if any. Paginates because busy issues pass 100 comments. */
export async function findStickyComment(
  gh: GitHub,
  ref: IssueRef,
  key: string,
): Promise<StickyComment | undefined> {
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, { ...ref, per_page: 100 })) {
    const hit = page.data.find((c) => isOurs(c.body, key, c.user?.type));
    if (hit) return { id: hit.id, body: hit.body ?? '' };
  }
  return undefined;
}

/**
 * Creates or updates the sticky comment for `key`. Unchanged bodies are not rewritten, so a
 * re-delivered webhook or a re-run job costs no write and sends no notification.
 */
export async function upsertStickyComment(
  gh: GitHub,
  ref: IssueRef,
  key: string,
  body: string,
  existing?: StickyComment | null,
): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged' }> {
  const full = `${stickyMarker(key)}\n${body}`;
  const current = existing === undefined ? await findStickyComment(gh, ref, key) : (existing ?? undefined);
  if (!current) return { id: await createOnce(gh, ref, key, full), action: 'created' };
  if (current.body === full) return { id: current.id, action: 'unchanged' };
  await gh.rest.issues.updateComment({
    owner: ref.owner,
    repo: ref.repo,
    comment_id: current.id,
    body: full,
  });
  return { id: current.id, action: 'updated' };
}

const CREATE_ATTEMPTS = 3;

/**
 * Creates the comment without posting it twice. GitHub may have created it even when the answer was
 * a 5xx or never came, so the client's blind retry is off for this POST: after such an error the
 * comment is looked for by its marker, and only created again when it is not there.
 */
async function createOnce(gh: GitHub, ref: IssueRef, key: string, full: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await gh.rest.issues.createComment({ ...ref, body: full, request: { retries: 0 } });
      return data.id;
    } catch (error) {
      if (!mayHaveBeenCreated(error) || attempt >= CREATE_ATTEMPTS) throw error;
      const found = await findStickyComment(gh, ref, key);
      if (found) {
        if (found.body !== full)
          await gh.rest.issues.updateComment({
            owner: ref.owner,
            repo: ref.repo,
            comment_id: found.id,
            body: full,
          });
        return found.id;
      }
    }
  }
}

/** A 5xx, or no answer at all (timeout, reset): the request may have been carried out. */
const mayHaveBeenCreated = (error: unknown) => {
  const status = httpStatus(error);
  return status === undefined || status >= 500;
};
