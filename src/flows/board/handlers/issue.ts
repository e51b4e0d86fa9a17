import type { BoardEvent } from '../../../core/board/events.js';
import { formOfIssue } from '../../../core/experiment/forms.js';
import type { AppDeps, HandleResult, Repo } from '../deps.js';
import { run } from '../run-event.js';
import { isBot, labelNames, type WebhookPayload } from '../webhook.js';

const ISSUE_ACTIONS = new Set(['opened', 'edited', 'reopened', 'closed', 'labeled']);

/** `issues`: a form opened, edited, reopened, closed, or its type label added later. */
export async function onIssue(deps: AppDeps, repo: Repo, payload: WebhookPayload): Promise<HandleResult> {
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
  const author = issue.user?.login;
  const done = await run(deps, ref, event, {
    wipColumn: 'Hypothesis',
    // The owner needs no lookup; anyone else's access is asked for once, when the experiment is new.
    ...(author && issue.author_association !== 'OWNER' ? { author } : {}),
  });
  return { changes: [{ issue: issue.number, done }] };
}

const justCreated = (issue: NonNullable<WebhookPayload['issue']>) =>
  Boolean(issue.created_at && issue.updated_at) &&
  Date.parse(issue.updated_at ?? '') - Date.parse(issue.created_at ?? '') < 10_000;
