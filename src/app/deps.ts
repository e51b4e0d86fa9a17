import type { SprintlabConfig } from '../config/types.js';
import type { GitHub } from '../github/client.js';

/** What every handler needs: a client, the repository's config, a clock and a log. */
export interface AppDeps {
  gh: GitHub;
  /** The repository's config (cached by the caller). Throws InputError when the file is invalid. */
  config: (repo: { owner: string; repo: string }) => Promise<SprintlabConfig>;
  now?: () => Date;
  log?: (message: string) => void;
  /** This app's bot login, whose comments never count as commands. */
  appLogin?: string;
  dryRun?: boolean;
}

export interface HandleResult {
  /** Why nothing was done, when nothing was. */
  ignored?: string;
  /** What was changed, per issue. */
  changes: { issue: number; done: string[] }[];
}

export type Repo = { owner: string; repo: string };
