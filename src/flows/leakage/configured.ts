import type { SprintlabConfig } from '../../config/types.js';
import type { LeakageReport } from '../../core/leakage/report.js';
import type { ProgressStream } from '../../io/data/progress.js';
import { workspaceFile } from '../../io/files/workspace-path.js';
import { runLeakageCheck } from './check.js';

/** Every file the leakage section names is checked like the gate's own before the scan opens it. */
async function checkLeakagePaths(config: SprintlabConfig, root: string): Promise<void> {
  const { leakage } = config;
  if (!leakage) return;
  for (const key of ['train', 'manifest', 'eval'] as const) {
    const value = leakage[key];
    for (const path of value === undefined ? [] : Array.isArray(value) ? value : [value])
      await workspaceFile(root, path, { key: `leakage.${key}` });
  }
}

/**
 * The leakage check a repository's config describes, run inside its workspace: by the gate (as
 * extra checks) and by `command: leakage` (as its own report).
 */
export async function checkConfiguredLeakage(
  config: SprintlabConfig,
  root: string,
  progress?: ProgressStream,
): Promise<LeakageReport> {
  await checkLeakagePaths(config, root);
  return runLeakageCheck(config.leakage ?? {}, root, progress);
}
