import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import type { CarriedResults } from '../../core/gate/artifact.js';
import type { LoadedResults } from '../../core/results.js';
import { showFile } from '../files/git.js';
import { RESULTS_MAX_BYTES, repositoryPath, workspaceFile } from '../files/workspace-path.js';
import { sha256 } from './results.js';

/**
 * The candidate results a fork PR's artifact carries: none when the results file is committed at the
 * head as the gate read it (the publishing stage reads it there), else the file the run produced and
 * the per-item rows files its runs name that exist (a missing one is reported by the stage that needs
 * it). Each path is checked as the gate checked it.
 */
export async function resultsToCarry(
  root: string,
  results: { path: string; key: string },
  candidate: LoadedResults,
  headSha: string,
): Promise<CarriedResults | undefined> {
  const path = repositoryPath(results.path, results.key);
  const committed = await showFile(headSha, path, root);
  if (committed !== undefined && sha256(committed) === candidate.sha256) return undefined;
  const read = async (file: string, key: string) =>
    readFile(await workspaceFile(root, file, { key, maxBytes: RESULTS_MAX_BYTES }), 'utf8');
  const files: Record<string, string> = {};
  for (const [i, run] of candidate.results.runs.entries()) {
    if (!run.examples) continue;
    const key = `runs[${i}].examples`;
    const rows = repositoryPath(run.examples, key, posix.dirname(path));
    const text = await read(rows, key).catch(() => undefined);
    if (text !== undefined) files[rows] = text;
  }
  return { text: await read(path, results.key), ...(Object.keys(files).length ? { files } : {}) };
}
