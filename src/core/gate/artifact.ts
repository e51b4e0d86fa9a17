import { verdictOf } from './evaluate.js';
import type { GateReport } from './types.js';

export const GATE_ARTIFACT_FORMAT = 'sprintlab.gate-artifact/v1';

/**
 * What the gate on a fork pull request leaves for the publishing workflow: a fork's token may not
 * comment or create check runs, so a `workflow_run` job in the base repository posts the report.
 */
export interface GateArtifact {
  format: typeof GATE_ARTIFACT_FORMAT;
  pull_request: { number: number; head_sha: string };
  report: GateReport;
}

export const gateArtifact = (
  report: GateReport,
  pull: { number: number; headSha: string },
): GateArtifact => ({
  format: GATE_ARTIFACT_FORMAT,
  pull_request: { number: pull.number, head_sha: pull.headSha },
  report,
});

/**
 * Why a (schema-valid) artifact may not be published for the run that produced it, or undefined.
 * The artifact was written by a workflow run of the fork's code, so nothing in it is taken on trust:
 * it must be about the head commit the run was for, and its verdict must follow from its own checks.
 */
export function artifactMismatch(
  artifact: GateArtifact,
  runHeadSha: string,
  pullHeadSha: string | undefined,
): string | undefined {
  const { pull_request: pull, report } = artifact;
  if (pull.head_sha !== runHeadSha)
    return `it is for commit ${pull.head_sha.slice(0, 12)}, but the workflow run was for ${runHeadSha.slice(0, 12)}`;
  if (report.candidate.ref !== undefined && report.candidate.ref !== runHeadSha)
    return `its report grades commit ${report.candidate.ref.slice(0, 12)}, not the run's head ${runHeadSha.slice(0, 12)}`;
  if (pullHeadSha === undefined) return `there is no pull request #${pull.number} in this repository`;
  if (pullHeadSha !== runHeadSha)
    return `pull request #${pull.number} is at ${pullHeadSha.slice(0, 12)}, not at the run's head ${runHeadSha.slice(0, 12)} (another PR's number, or the PR moved on: the newer run publishes)`;
  const verdict = verdictOf(report.checks);
  if (verdict !== report.verdict)
    return `its verdict "${report.verdict}" is not what its checks give ("${verdict}")`;
  return undefined;
}

/** Fields a report holds as numbers; JSON writes NaN (a side with one run has no std) as null. */
const NUMBER_FIELDS = new Set([
  'mean',
  'std',
  'delta',
  'margin',
  't',
  'df',
  'p_value',
  'p_adjusted',
  'p_improvement',
  'p_improvement_adjusted',
  'hedges_g',
  'mean_diff',
]);

/** A JSON.parse reviver that reads such nulls back as NaN, as the renderer expects. */
export const reviveReportNumbers = (key: string, value: unknown): unknown =>
  value === null && NUMBER_FIELDS.has(key) ? Number.NaN : value;
