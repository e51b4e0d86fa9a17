import { DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import type { GitHub } from '../client.js';

/**
 * Reads .github/sprintlab.yml from the repository's default branch through the contents API (the
 * app's single-file permission covers exactly this path). A missing file means defaults.
 */
export async function readRepoConfig(
  gh: GitHub,
  repo: { owner: string; repo: string },
  path = DEFAULT_CONFIG_PATH,
): Promise<SprintlabConfig> {
  let text: string;
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path });
    if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return {};
    text = Buffer.from(data.content, 'base64').toString('utf8');
  } catch (error) {
    if ((error as { status?: number }).status === 404) return {};
    throw error;
  }
  return parseConfig(text, path);
}
