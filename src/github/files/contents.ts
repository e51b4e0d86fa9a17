import type { GitHub } from '../client.js';
import { httpStatus } from '../errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The merge base of two commits, from the compare API (used when the checkout has no history). */
export async function mergeBaseCommit(
  gh: GitHub,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<string> {
  const { data } = await gh.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  return data.merge_base_commit.sha;
}

/** A file's text at a ref, or undefined when it does not exist there. */
export async function readFileAt(
  gh: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path: path.replace(/^\.\//, ''), ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    if ('content' in data && data.content) return Buffer.from(data.content, 'base64').toString('utf8');
    // Files over 1 MB come without content: ask for the raw media type.
    const raw = await gh.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...repo,
      path,
      ref,
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    return String(raw.data);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
