import { InputError } from '../../core/errors.js';
import { carriedFile, type GateArtifact } from '../../core/gate/artifact.js';
import type { GateReport } from '../../core/gate/types.js';
import type { GitHub } from '../../github/client.js';
import { mergeBaseCommit, type RepoRef, readFileAt } from '../../github/files/contents.js';
import { repositoryPath } from '../../io/files/workspace-path.js';
import { textExamples } from '../../io/results/results.js';
import { baselineAt, type ResultsText } from './baseline.js';
import { gateConfig, type MergeBase, type TextAt } from './config.js';
import { runGate } from './run-gate.js';

/** The publishing step's settings: its config path, its results input (optional) and its workspace. */
export interface ForkGrading {
  configFile: string;
  results?: string;
  root: string;
}

const LEAKAGE_NOT_RUN =
  'Leakage checks were not run: a fork pull request is graded in a workflow that reads no checkout, and the training data is not read through the API. Run "sprintlab leakage" on the data of the pull request before merging.';

/**
 * The candidate results: those the gate run carried in its artifact, or else the file committed at the
 * PR's head. Both are the fork's own data, read as data and validated like any results file.
 */
async function candidateResults(
  artifact: GateArtifact,
  path: string,
  key: string,
  atHead: TextAt,
  headSha: string,
): Promise<ResultsText> {
  const { results } = artifact;
  if (results) {
    return {
      text: results.text,
      source: `${path} (carried by the gate run of ${headSha.slice(0, 7)})`,
      examples: textExamples(path, async (file) => carriedFile(results, file)),
    };
  }
  const text = await atHead(path);
  if (text === undefined) {
    throw new InputError(
      `the results file is not committed at the pull request's head ${headSha.slice(0, 7)}`,
      {
        file: path,
        field: key,
        fix: 'commit the results file in the pull request, or keep the gate\'s "publish" output: it carries results its own run wrote',
      },
    );
  }
  return { text, source: `${path}@${headSha.slice(0, 7)}`, examples: textExamples(path, atHead) };
}

/**
 * Grades a fork's pull request in the publishing stage, from trusted settings only: the config and the
 * baseline at the merge base, read through the API. The fork controls the workflow its own run used,
 * so its run hands over inputs, never a verdict; nothing of the PR is checked out or run here.
 */
export async function gradeFork(
  settings: ForkGrading,
  gh: GitHub,
  repo: RepoRef,
  artifact: GateArtifact,
  commits: { baseSha: string; headSha: string },
): Promise<GateReport> {
  const { headSha } = commits;
  const commit = await mergeBaseCommit(gh, repo, commits.baseSha, headSha);
  const base: MergeBase = { commit, read: (path) => readFileAt(gh, repo, path, commit) };
  const atHead: TextAt = (path) => readFileAt(gh, repo, path, headSha);
  const { config, provenance } = await gateConfig(atHead, settings.configFile, base);
  if (provenance.used !== 'base') {
    throw new InputError(
      `no config at the merge base ${commit.slice(0, 7)}: a fork's pull request is graded only by the base repository's`,
      {
        file: provenance.path,
        field: 'config',
        fix: 'merge the gate config into the base branch first; a fork cannot bring its own',
      },
    );
  }
  const named = settings.results
    ? { path: settings.results, key: 'results' }
    : config.gate?.results
      ? { path: config.gate.results, key: 'gate.results' }
      : undefined;
  if (!named) {
    throw new InputError('no results file to gate', {
      file: provenance.path,
      fix: 'set gate.results in the config on the base branch, or the "results" input of the publishing step',
    });
  }
  const path = repositoryPath(named.path, named.key);
  const { report } = await runGate({
    config,
    configFile: provenance.path,
    root: settings.root,
    candidate: await candidateResults(artifact, path, named.key, atHead, headSha),
    candidateRef: headSha,
    baseline: await baselineAt(base, path),
    trusted: base.read,
    provenance,
  });
  return config.leakage ? { ...report, notes: [...report.notes, LEAKAGE_NOT_RUN] } : report;
}
