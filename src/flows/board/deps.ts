import type { SprintlabConfig } from '../../config/types.js';
import type { GitHub } from '../../github/client.js';

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
  /**
   * How long to wait before reading a written record back, to catch another process's write that
   * raced with it; 0 where one process handles every event of an issue in turn (the app server).
   */
  recordSettleMs?: number;
}

export interface HandleResult {
  /** Why nothing was done, when nothing was. */
  ignored?: string;
  /** What was changed, per issue. */
  changes: { issue: number; done: string[] }[];
}

export type Repo = { owner: string; repo: string };
