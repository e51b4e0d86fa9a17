import { hiddenBlock, readHiddenBlock } from '../render/escape.js';
import { renderRefusal } from '../render/experiment.js';
import { emptyPlan, type Plan } from './plan.js';

/** The one sticky reply per issue that tells people without write access why nothing happened. */
export const NO_ACCESS_KEY = 'no-access';
const NO_ACCESS_BLOCK = 'no-access';
const QUIET_MS = 60 * 60 * 1000;

/** When the no-access reply was last written, from its hidden block (only a bot's comment is read). */
export function noAccessRepliedAt(body: string | undefined): string | undefined {
  const block = body ? readHiddenBlock(body, NO_ACCESS_BLOCK) : undefined;
  const at = typeof block === 'object' && block ? (block as { at?: unknown }).at : undefined;
  return typeof at === 'string' ? at : undefined;
}

/**
 * A command from someone without write access: one reaction, and a short reply at most once an hour
 * on the issue (the same comment, updated), so a stream of refused commands cannot flood the issue
 * and everyone watching it with notifications.
 */
export function planNoAccess(command: string, by: string, repliedAt: string | undefined, now: Date): Plan {
  const plan = emptyPlan();
  plan.reaction = 'confused';
  plan.summary.push(`refused /${command} from ${by}: no write access`);
  const last = repliedAt ? Date.parse(repliedAt) : Number.NaN;
  if (now.getTime() - last < QUIET_MS) return plan;
  plan.comments.push({
    key: NO_ACCESS_KEY,
    body: [
      renderRefusal(
        command,
        'only people with write access to this repository can run Sprintlab commands. Ask a maintainer to run it for you.',
      ),
      '',
      '<sub>Sprintlab says this at most once an hour on an issue; later commands from people without write access get a 😕 reaction only.</sub>',
      hiddenBlock(NO_ACCESS_BLOCK, { at: now.toISOString() }),
    ].join('\n'),
  });
  return plan;
}
