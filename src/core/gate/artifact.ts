export const GATE_ARTIFACT_FORMAT = 'sprintlab.gate-artifact/v2';

/**
 * Candidate results the gate run produced itself (not committed in the PR): the results file's text and
 * the text of each per-item rows file its runs name, keyed by repository path.
 */
export interface CarriedResults {
  text: string;
  files?: Record<string, string>;
}

/**
 * What the gate on a fork pull request hands the publishing workflow. Only inputs: the publishing
 * stage computes the verdict itself from the base repository's config and baseline, because a fork
 * controls the workflow its own run uses and could hand over any report it liked.
 */
export interface GateArtifact {
  format: typeof GATE_ARTIFACT_FORMAT;
  pull_request: { number: number; head_sha: string; base_sha: string };
  results?: CarriedResults;
}

export const gateArtifact = (
  pull: { number: number; headSha: string; baseSha: string },
  results?: CarriedResults,
): GateArtifact => ({
  format: GATE_ARTIFACT_FORMAT,
  pull_request: { number: pull.number, head_sha: pull.headSha, base_sha: pull.baseSha },
  ...(results ? { results } : {}),
});

/**
 * Why a (schema-valid) artifact may not be graded for the run that produced it, or undefined: it must
 * be about the head commit the run was for, and the pull request it names must be at that commit.
 */
export function artifactMismatch(
  artifact: GateArtifact,
  runHeadSha: string,
  pullHeadSha: string | undefined,
): string | undefined {
  const { pull_request: pull } = artifact;
  if (pull.head_sha !== runHeadSha)
    return `it is for commit ${pull.head_sha.slice(0, 12)}, but the workflow run was for ${runHeadSha.slice(0, 12)}`;
  if (pullHeadSha === undefined) return `there is no pull request #${pull.number} in this repository`;
  if (pullHeadSha !== runHeadSha)
    return `pull request #${pull.number} is at ${pullHeadSha.slice(0, 12)}, not at the run's head ${runHeadSha.slice(0, 12)} (another PR's number, or the PR moved on: the newer run publishes)`;
  return undefined;
}

/** A carried rows file by its repository path; own keys only, so no path reaches a prototype. */
export const carriedFile = (results: CarriedResults, path: string): string | undefined =>
  results.files && Object.hasOwn(results.files, path) ? results.files[path] : undefined;
