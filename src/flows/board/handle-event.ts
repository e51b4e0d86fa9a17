import type { AppDeps, HandleResult } from './deps.js';
import { onCheckRun } from './handlers/check-run.js';
import { onComment } from './handlers/comment.js';
import { onIssue } from './handlers/issue.js';
import type { WebhookPayload } from './webhook.js';

export type { AppDeps, HandleResult } from './deps.js';

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
