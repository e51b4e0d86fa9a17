import type { SprintlabConfig } from '../config/types.js';
import type { GitHub } from '../github/client.js';
import { readRepoConfig } from '../github/files/repo-config.js';

/**
 * Config per repository, kept for a short while: a burst of webhooks (a form opened, labelled,
 * commented on) reads the file once, and a changed config still applies within a minute.
 */
export function configCache(ttlMs = 60_000, now: () => number = Date.now) {
  const entries = new Map<string, { at: number; value: Promise<SprintlabConfig> }>();
  return (gh: GitHub, repo: { owner: string; repo: string }): Promise<SprintlabConfig> => {
    const key = `${repo.owner}/${repo.repo}`.toLowerCase();
    const hit = entries.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value;
    const value = readRepoConfig(gh, repo);
    entries.set(key, { at: now(), value });
    // A failed read (or an invalid file) is not kept: the next event tries again.
    value.catch(() => entries.delete(key));
    return value;
  };
}
