import type { ApplicationFunction, Context } from 'probot';
import { handleEvent } from '../flows/board/handle-event.js';
import type { WebhookPayload } from '../flows/board/webhook.js';
import type { GitHub } from '../github/client.js';
import { configCache } from './config-cache.js';

export interface AppOptions {
  /** How long a repository's config is reused, in ms. */
  configTtlMs?: number;
  now?: () => Date;
}

/** The Probot app: experiment issues, slash commands and gate results keep the board up to date. */
export function sprintlabApp(options: AppOptions = {}): ApplicationFunction {
  const config = configCache(options.configTtlMs);
  return (app) => {
    const handle = async (context: Context) => {
      // Probot's octokit carries the REST, GraphQL and pagination Sprintlab uses.
      const gh = context.octokit as unknown as GitHub;
      const result = await handleEvent(
        {
          gh,
          config: (repo) => config(gh, repo),
          log: (m) => context.log.info(m),
          // This server handles an issue's events one at a time, so no other writer races it here.
          recordSettleMs: 0,
          ...(options.now ? { now: options.now } : {}),
        },
        context.name,
        context.payload as WebhookPayload,
      );
      if (result.ignored) context.log.debug(`ignored ${context.name}: ${result.ignored}`);
    };
    app.on(['issues.opened', 'issues.edited', 'issues.reopened', 'issues.closed', 'issues.labeled'], handle);
    app.on('issue_comment.created', handle);
    app.on('check_run.completed', handle);
  };
}
