import type { BoardEvent } from '../../../core/board/events.js';
import { formOfIssue } from '../../../core/experiment/forms.js';
import { isMove, TRANSITIONS } from '../../../core/experiment/lifecycle.js';
import { isForSprintlab, parseSlashCommand } from '../../../core/experiment/slash-command.js';
import { hasWriteAccess, reactToComment } from '../../../github/board/issues.js';
import type { AppDeps, HandleResult, Repo } from '../deps.js';
import { run } from '../run-event.js';
import { isBot, labelNames, type WebhookPayload } from '../webhook.js';

/** `issue_comment`: a slash command on an experiment, data task or ML engineering issue. */
export async function onComment(deps: AppDeps, repo: Repo, payload: WebhookPayload): Promise<HandleResult> {
  const { issue, comment } = payload;
  if (payload.action !== 'created' || !issue || !comment)
    return { ignored: 'not a new comment', changes: [] };
  if (isBot(comment.user, deps.appLogin) || comment.performed_via_github_app)
    return { ignored: 'comment by a bot', changes: [] };
  const command = parseSlashCommand(comment.body);
  if (!command) return { ignored: 'not a command', changes: [] };
  if (!isForSprintlab(command.name))
    return { ignored: `/${command.name} is not a Sprintlab command`, changes: [] };
  if (issue.pull_request) return { ignored: 'comment on a pull request', changes: [] };
  if (!formOfIssue(labelNames(issue), issue.body))
    return { ignored: 'not from a Sprintlab form', changes: [] };
  const by = comment.user?.login ?? 'someone';
  const canWrite = await hasWriteAccess(deps.gh, repo, by);
  // Someone without write access gets one reaction (the refusal), not an "on it" first.
  if (canWrite && !deps.dryRun) await reactToComment(deps.gh, repo, comment.id, 'eyes');
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
