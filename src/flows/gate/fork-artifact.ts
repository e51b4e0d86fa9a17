import { type GateArtifact, gateArtifact } from '../../core/gate/artifact.js';
import type { LoadedResults } from '../../core/results.js';
import { resultsToCarry } from '../../io/results/carried-results.js';
import type { NamedPath } from './baseline.js';

/**
 * What a fork PR's gate run hands the publishing stage: the pull request and, when the gate read results
 * the run wrote rather than the ones committed at the head, those results. Never the run's verdict.
 */
export async function forkArtifact(
  root: string,
  results: NamedPath,
  candidate: LoadedResults,
  pull: { number: number; headSha: string; baseSha: string },
): Promise<GateArtifact> {
  return gateArtifact(pull, await resultsToCarry(root, results, candidate, pull.headSha));
}
