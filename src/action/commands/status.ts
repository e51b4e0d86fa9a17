import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import { ExitCode, InputError } from '../../core/errors.js';
import { describeStatusIssuePlan } from '../../core/render/status-issue.js';
import { publishWeeklyStatus, readWeeklyStatus } from '../../flows/status/weekly-status.js';
import type { ActionCommand, ActionContext } from '../context.js';
import { repositoryAccess } from '../github-access.js';

/** The config is optional for the status report: without one, defaults apply and the report says so. */
async function optionalConfig(ctx: ActionContext): Promise<SprintlabConfig> {
  const explicit = ctx.input('config').trim();
  const path = resolve(ctx.workspace, explicit || DEFAULT_CONFIG_PATH);
  try {
    return await loadConfigFile(path);
  } catch (error) {
    if (
      error instanceof InputError &&
      error.message === 'configuration file not found' &&
      (!explicit || explicit === DEFAULT_CONFIG_PATH)
    ) {
      ctx.info(`No ${DEFAULT_CONFIG_PATH} found; using the report defaults.`);
      return {};
    }
    throw error;
  }
}

/**
 * `command: status` (weekly schedule): creates this ISO week's status issue or updates it when
 * re-run, closes the earlier ones with a link, and writes the report to the job summary.
 */
export const status: ActionCommand = async (ctx) => {
  const grant =
    'keep the github-token input at its default (the workflow token) and grant "issues: write" in the workflow permissions';
  const { repo, gh } = repositoryAccess(ctx, 'the status command', 'read and write issues', grant);
  const read = await readWeeklyStatus(gh, repo, {
    config: await optionalConfig(ctx),
    now: new Date(),
    statusIssues: true,
  });
  const { result } = read;
  if (result.note) ctx.notice(`Status report: ${result.note}.`);

  // `dry-run: true` reads and plans but writes no issue: the log says what would change.
  if (ctx.booleanInput('dry-run')) {
    for (const line of describeStatusIssuePlan(read.plan)) ctx.info(`Dry run: ${line}.`);
  } else {
    const published = await publishWeeklyStatus(gh, repo, read);
    ctx.info(`Status issue ${published.action}: ${published.issue.url}`);
    for (const n of published.closed) ctx.info(`Closed the previous status issue #${n}.`);
    ctx.setOutput('issue-number', String(published.issue.number));
    ctx.setOutput('issue-url', published.issue.url);
  }

  const markdownPath = join(ctx.runnerTemp, 'sprintlab-status-report.md');
  await writeFile(markdownPath, result.markdown);
  ctx.setOutput('report-markdown', markdownPath);
  await ctx.summary(`# ${result.title}\n\n${result.markdown}`);
  return ExitCode.ok;
};
