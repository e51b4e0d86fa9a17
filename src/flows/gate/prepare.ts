import type { SprintlabConfig } from '../../config/types.js';
import { InputError } from '../../core/errors.js';
import { type GateSettings, gateSettings } from '../../core/gate/settings.js';
import type { GateCheck } from '../../core/gate/types.js';
import { leakageChecks } from '../../core/leakage/gate-checks.js';
import type { LoadedResults } from '../../core/results.js';
import { readIdList } from '../../io/id-list.js';
import { loadResults } from '../../io/results.js';
import { RESULTS_MAX_BYTES, workspaceFile } from '../../io/workspace-path.js';
import { checkConfiguredLeakage } from '../leakage/configured.js';
import { type BaselineSource, loadBaseline, type NamedPath, resultsFile, shownPath } from './baseline.js';

export type { BaselineSource, NamedPath } from './baseline.js';

export interface GateFiles {
  config: SprintlabConfig;
  configFile: string;
  /** The workspace: relative paths in the config resolve against it, and no path may leave it. */
  root: string;
  candidate: NamedPath;
  /** The commit the candidate results were written at (the PR head), recorded in the report. */
  candidateRef?: string;
  baseline: BaselineSource;
}

export interface PreparedGate {
  settings: GateSettings;
  baseline: LoadedResults;
  candidate: LoadedResults;
  extraChecks: GateCheck[];
}

/** Reads everything the gate compares. Every input error surfaces here, before anything is posted. */
export async function prepareGate(files: GateFiles): Promise<PreparedGate> {
  const { config, root } = files;
  const gate = config.gate;
  const goldenIds = gate?.golden?.ids
    ? await readIdList(
        await workspaceFile(root, gate.golden.ids, { key: 'gate.golden.ids', maxBytes: RESULTS_MAX_BYTES }),
        'gate.golden.ids',
        gate.golden.ids,
      )
    : undefined;
  let settings: GateSettings;
  try {
    settings = gateSettings(gate, goldenIds);
  } catch (error) {
    if (error instanceof InputError && !error.details.file)
      throw new InputError(error.message, { ...error.details, file: files.configFile });
    throw error;
  }
  const withExamples = settings.paired || settings.golden !== undefined;
  const candidateFile = await resultsFile(root, files.candidate);
  const candidate = await loadResults(candidateFile, {
    root,
    withExamples,
    shown: shownPath(root, candidateFile),
    ...(files.candidateRef ? { ref: files.candidateRef } : {}),
  });
  const baseline = await loadBaseline(files.baseline, root, withExamples);
  // Train/eval overlap blocks a merge like a regression does, when the config asks for it.
  const extraChecks = config.leakage ? leakageChecks(await checkConfiguredLeakage(config, root)) : [];
  return { settings, baseline, candidate, extraChecks };
}
