import { readFile } from 'node:fs/promises';
import { DEFAULT_CONFIG_PATH, parseConfig } from '../../config/load.js';
import type { SprintlabConfig } from '../../config/types.js';
import { InputError } from '../../core/errors.js';
import { type ConfigProvenance, changedConfigKeys } from '../../core/gate/config-change.js';
import { repositoryPath, workspaceFile } from '../../io/files/workspace-path.js';
import { sha256 } from '../../io/results/results.js';

/** A file's text at some commit; undefined when it does not exist there. */
export type TextAt = (path: string) => Promise<string | undefined>;

/** Where a branch started, and a way to read files as they are there (never the branch's own). */
export interface MergeBase {
  commit: string;
  /** A file's text at the merge base. */
  read: TextAt;
}

export interface GateConfig {
  config: SprintlabConfig;
  provenance: ConfigProvenance;
}

async function checkoutText(root: string, path: string, key: string): Promise<string | undefined> {
  const file = await workspaceFile(root, path, { key, maxBytes: 1024 * 1024 });
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The config the gate runs with. Given a merge base (a pull request, or the CLI's --config-ref) it is
 * the one there: a PR's own config may loosen the thresholds it is graded by, so its changes are only
 * reported and apply after merge. With no config at the base (the PR that adds it), or no base at all
 * (push, schedule, the CLI by default), the checkout's is used. `checkout` is the checkout's root, or a
 * reader of the PR's files where there is no checkout.
 */
export async function gateConfig(
  checkout: string | TextAt,
  configFile: string,
  base?: MergeBase,
  key = 'config',
): Promise<GateConfig> {
  const path = repositoryPath(configFile, key);
  const local = typeof checkout === 'string' ? await checkoutText(checkout, path, key) : await checkout(path);
  const theirs = local === undefined ? undefined : parseConfig(local, path);
  const baseText = base ? await base.read(path) : undefined;
  if (base && baseText !== undefined) {
    const config = parseConfig(baseText, `${path}@merge base ${base.commit.slice(0, 7)}`);
    return {
      config,
      provenance: {
        path,
        used: 'base',
        base_ref: base.commit,
        base_sha256: sha256(baseText),
        ...(local === undefined ? {} : { checkout_sha256: sha256(local) }),
        changed: changedConfigKeys(config, theirs ?? {}),
      },
    };
  }
  if (local === undefined || theirs === undefined) {
    throw new InputError('configuration file not found', {
      file: path,
      fix: `create ${DEFAULT_CONFIG_PATH} (see the README's configuration reference) or name yours with ${key}`,
    });
  }
  return {
    config: theirs,
    provenance: {
      path,
      used: 'checkout',
      ...(base ? { base_ref: base.commit } : {}),
      checkout_sha256: sha256(local),
    },
  };
}
