import { InputError } from '../../core/errors.js';
import type { MergeBase } from '../../flows/gate/config.js';
import { createGitHub } from '../../github/client.js';
import { mergeBaseCommit, readFileAt } from '../../github/files/contents.js';
import { mergeBase, showFile } from '../../io/files/git.js';
import type { ActionContext } from '../context.js';
import type { PullRequestInfo } from '../event.js';

/**
 * The merge base read with local git when the checkout has history (fetch-depth: 0), else through the
 * API. The gate's config and the baseline results both come from here on a pull request.
 */
export async function mergeBaseOf(
  ctx: ActionContext,
  token: string,
  pr: PullRequestInfo,
  root: string,
): Promise<MergeBase> {
  const local = await mergeBase(pr.baseSha, pr.headSha, root);
  if (local) return { commit: local, read: (path) => showFile(local, path, root) };
  if (!ctx.repository || !token) {
    throw new InputError('cannot find the merge base: the checkout has no history and no token was given', {
      fix: 'use actions/checkout with fetch-depth: 0, or pass github-token',
    });
  }
  ctx.info(
    'No local history for the merge base; reading the config and the baseline through the API (use fetch-depth: 0 to avoid it).',
  );
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const repo = ctx.repository;
  const commit = await mergeBaseCommit(gh, repo, pr.baseSha, pr.headSha);
  return { commit, read: (path) => readFileAt(gh, repo, path, commit) };
}
