import { type ConfigProvenance, withConfigProvenance } from '../../core/gate/config-change.js';
import { evaluateGate } from '../../core/gate/evaluate.js';
import type { GateReport } from '../../core/gate/types.js';
import type { LoadedResults } from '../../core/results.js';
import { type GateFiles, prepareGate } from './prepare.js';

export interface GateRun extends GateFiles {
  /** Where the settings came from and what the branch changes in them, when gated as a pull request. */
  provenance?: ConfigProvenance;
}

export interface GateOutcome {
  report: GateReport;
  /** The candidate results as the gate read them: what a fork PR's artifact carries is decided from them. */
  candidate: LoadedResults;
}

/**
 * Gates candidate results against the baseline: reads and validates every input (so an input error
 * surfaces before anything is posted), evaluates, and returns the report for the caller to publish.
 */
export async function runGate(run: GateRun): Promise<GateOutcome> {
  const prepared = await prepareGate(run);
  const report = evaluateGate(prepared);
  return {
    report: run.provenance ? withConfigProvenance(report, run.provenance) : report,
    candidate: prepared.candidate,
  };
}
