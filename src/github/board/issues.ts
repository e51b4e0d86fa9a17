import type { GitHub } from '../client.js';
import type { IssueRef } from '../sticky-comment.js';

export type Reaction = 'eyes' | 'rocket' | 'confused' | '+1';

/** Adds labels; GitHub creates a label that does not exist yet. */
export async function addLabels(gh: GitHub, ref: IssueRef, labels: string[]) {
  if (labels.length) await gh.rest.issues.addLabels({ ...ref, labels });
}

/** Removes labels one by one; a label already gone (404) is what we wanted anyway. */
export async function removeLabels(gh: GitHub, ref: IssueRef, labels: string[]) {
  for (const name of labels) {
    try {
      await gh.rest.issues.removeLabel({ ...ref, name });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}

export async function setIssueState(
  gh: GitHub,
  ref: IssueRef,
  state: 'open' | 'closed',
  reason?: 'completed' | 'not_planned' | 'reopened',
) {
  await gh.rest.issues.update({ ...ref, state, ...(reason ? { state_reason: reason } : {}) });
}

/** A reaction on a comment; GitHub answers 200 instead of adding a second one, so it is idempotent. */
export async function reactToComment(
  gh: GitHub,
  ref: Pick<IssueRef, 'owner' | 'repo'>,
  commentId: number,
  content: Reaction,
) {
  await gh.rest.reactions.createForIssueComment({
    owner: ref.owner,
    repo: ref.repo,
    comment_id: commentId,
    content,
  });
}

/** Whether `login` may run commands: write, maintain or admin on the repository. */
export const hasWriteAccess = (gh: GitHub, ref: Pick<IssueRef, 'owner' | 'repo'>, login: string) =>
  hasRole(gh, ref, login, ['admin', 'maintain', 'write']);

/** Whether `login` triages issues here: triage or more. */
export const hasTriageAccess = (gh: GitHub, ref: Pick<IssueRef, 'owner' | 'repo'>, login: string) =>
  hasRole(gh, ref, login, ['admin', 'maintain', 'write', 'triage']);

async function hasRole(
  gh: GitHub,
  ref: Pick<IssueRef, 'owner' | 'repo'>,
  login: string,
  roles: string[],
): Promise<boolean> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: ref.owner,
      repo: ref.repo,
      username: login,
    });
    const role = (data as { role_name?: string }).role_name;
    return roles.includes(role ?? '') || ['admin', 'write'].includes(data.permission);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** The body of a pull request (for `Experiment: #N` links). */
export async function pullRequestBody(
  gh: GitHub,
  ref: Pick<IssueRef, 'owner' | 'repo'>,
  pull: number,
): Promise<string> {
  const { data } = await gh.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: pull });
  return data.body ?? '';
}
