import { InputError } from '../core/errors.js';
import { createGitHub, type GitHub } from '../github/client.js';
import type { ActionContext } from './context.js';

type Repo = { owner: string; repo: string };

/**
 * The repository the workflow runs in and a client with the workflow's token, for commands that
 * read and write issues. `command`, `need` and `grant` word the errors a misconfigured workflow gets.
 */
export function repositoryAccess(
  ctx: ActionContext,
  command: string,
  need: string,
  grant: string,
): { repo: Repo; gh: GitHub } {
  const repo = ctx.repository;
  if (!repo)
    throw new InputError('GITHUB_REPOSITORY is not set', {
      fix: `run ${command} inside a GitHub Actions workflow`,
    });
  const token = ctx.input('github-token').trim() || process.env.GITHUB_TOKEN || '';
  if (!token) throw new InputError(`no token to ${need}`, { field: 'github-token', fix: grant });
  return { repo, gh: createGitHub({ token, baseUrl: ctx.apiUrl }) };
}
