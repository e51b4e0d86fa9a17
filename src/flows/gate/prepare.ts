import type { SprintlabConfig } from '../../config/types.js';
import { InputError } from '../../core/errors.js';
import { type GateSettings, gateSettings } from '../../core/gate/settings.js';
import type { GateCheck } from '../../core/gate/types.js';
import { leakageChecks } from '../../core/leakage/gate-checks.js';
import type { LoadedResults } from '../../core/results.js';
import { parseIdList, readIdList } from '../../io/data/id-list.js';
import { RESULTS_MAX_BYTES, repositoryPath, workspaceFile } from '../../io/files/workspace-path.js';
import { loadResults } from '../../io/results/results.js';
import { checkConfiguredLeakage } from '../leakage/configured.js';
import {
  type BaselineSource,
  loadBaseline,
  type NamedPath,
  type ResultsText,
  resultsFile,
  shownPath,
} from './baseline.js';
import type { TextAt } from './config.js';

export type { BaselineSource, NamedPath, ResultsText } from './baseline.js';

export interface GateFiles {
  config: SprintlabConfig;
  configFile: string;
  /** The workspace: relative paths in the config resolve against it, and no path may leave it. */
  root: string;
  /** A results file in the workspace, or results read elsewhere (the publishing stage has no checkout). */
  candidate: NamedPath | ResultsText;
  /** The commit the candidate results were written at (the PR head), recorded in the report. */
  candidateRef?: string;
  baseline: BaselineSource;
  /**
   * With no checkout (the publishing stage of a fork PR), the files the config names are read here, at
   * the merge base, and the leakage scan, whose training data is not read through the API, is not run.
   */
  trusted?: TextAt;
}

export interface PreparedGate {
  settings: GateSettings;
  baseline: LoadedResults;
  candidate: LoadedResults;
  extraChecks: GateCheck[];
}

async function idList(files: GateFiles, path: string, key: string): Promise<string[]> {
  if (files.trusted) return parseIdList(await files.trusted(repositoryPath(path, key)), key, path);
  const file = await workspaceFile(files.root, path, { key, maxBytes: RESULTS_MAX_BYTES });
  return readIdList(file, key, path);
}

/** Reads everything the gate compares. Every input error surfaces here, before anything is posted. */
export async function prepareGate(files: GateFiles): Promise<PreparedGate> {
  const { config, root } = files;
  const gate = config.gate;
  const goldenIds = gate?.golden?.ids ? await idList(files, gate.golden.ids, 'gate.golden.ids') : undefined;
  let settings: GateSettings;
  try {
    settings = gateSettings(gate, goldenIds);
  } catch (error) {
    if (error instanceof InputError && !error.details.file)
      throw new InputError(error.message, { ...error.details, file: files.configFile });
    throw error;
  }
  const withExamples = settings.paired || settings.golden !== undefined;
  const ref = files.candidateRef ? { ref: files.candidateRef } : {};
  let candidate: LoadedResults;
  if ('path' in files.candidate) {
    const candidateFile = await resultsFile(root, files.candidate);
    candidate = await loadResults(candidateFile, {
      root,
      withExamples,
      shown: shownPath(root, candidateFile),
      ...ref,
    });
  } else candidate = await loadBaseline({ ...files.candidate, ...ref }, root, withExamples);
  const baseline = await loadBaseline(files.baseline, root, withExamples);
  if (files.trusted) return { settings, baseline, candidate, extraChecks: [] };
  // Train/eval overlap blocks a merge like a regression does, when the config asks for it.
  const extraChecks = config.leakage ? leakageChecks(await checkConfiguredLeakage(config, root)) : [];
  return { settings, baseline, candidate, extraChecks };
}
