import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { handleEvent } from '../../flows/board/handle-event.js';
import { askForTimeBoxDecisions } from '../../flows/board/time-box.js';
import type { WebhookPayload } from '../../flows/board/webhook.js';
import type { GitHub } from '../../github/client.js';
import { readRepoConfig } from '../../github/files/repo-config.js';
import type { ActionCommand, ActionContext } from '../context.js';
import { readEvent } from '../event.js';
import { repositoryAccess } from '../github-access.js';

/** A checked-out config wins (it is what the workflow's commit says); otherwise it is read through the API. */
async function config(
  ctx: ActionContext,
  gh: GitHub,
  repo: { owner: string; repo: string },
): Promise<SprintlabConfig> {
  const path = resolve(ctx.workspace, ctx.input('config').trim() || DEFAULT_CONFIG_PATH);
  if (existsSync(path)) return loadConfigFile(path);
  return readRepoConfig(gh, repo, ctx.input('config').trim() || DEFAULT_CONFIG_PATH);
}

/**
 * `command: app`: the same app as the Probot server, run by a workflow on `issues`, `issue_comment`
 * and `check_run` events (no hosting needed), and on `schedule` it asks overdue experiments for a decision.
 */
export const app: ActionCommand = async (ctx) => {
  const grant =
    'keep the github-token input at its default and grant "issues: write"; for a Projects board pass an App token or a PAT';
  const { repo, gh } = repositoryAccess(ctx, '`command: app`', 'update issues', grant);
  const now = new Date();
  const dryRun = ctx.booleanInput('dry-run');
  if (ctx.eventName === 'schedule' || ctx.eventName === 'workflow_dispatch') {
    const asked = await askForTimeBoxDecisions(gh, repo, await config(ctx, gh, repo), now, { dryRun });
    ctx.setOutput('time-box-asked', asked.join(','));
    ctx.info(
      asked.length
        ? `Asked for a decision on ${asked.map((n) => `#${n}`).join(', ')}.`
        : 'No experiment is past its time box.',
    );
    return ExitCode.ok;
  }
  if (!ctx.eventPath)
    throw new InputError('GITHUB_EVENT_PATH is not set', {
      fix: 'run `command: app` on issues, issue_comment or check_run events',
    });
  const payload = readEvent(ctx) as WebhookPayload;
  let loaded: Promise<SprintlabConfig> | undefined;
  const result = await handleEvent(
    {
      gh,
      config: (r) => {
        loaded ??= config(ctx, gh, r);
        return loaded;
      },
      log: (m) => ctx.info(m),
      now: () => now,
      // `dry-run: true` reads and plans but writes nothing: the log says what would change.
      ...(dryRun ? { dryRun } : {}),
    },
    ctx.eventName,
    payload,
  );
  if (result.ignored) ctx.info(`Nothing to do: ${result.ignored}.`);
  for (const c of result.changes)
    ctx.info(`#${c.issue}: ${c.done.length ? c.done.join('; ') : 'already up to date'}`);
  ctx.setOutput('changes', JSON.stringify(result.changes));
  return ExitCode.ok;
};
