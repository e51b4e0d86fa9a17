import { type ConfigProvenance, withConfigProvenance } from '../../core/gate/config-change.js';
import { evaluateGate } from '../../core/gate/evaluate.js';
import type { GateReport } from '../../core/gate/types.js';
import { type GateFiles, prepareGate } from './prepare.js';

export interface GateRun extends GateFiles {
  /** Where the settings came from and what the branch changes in them, when gated as a pull request. */
  provenance?: ConfigProvenance;
}

/**
 * Gates candidate results against the baseline: reads and validates every input (so an input error
 * surfaces before anything is posted), evaluates, and returns the report for the caller to publish.
 */
export async function runGate(run: GateRun): Promise<GateReport> {
  const report = evaluateGate(await prepareGate(run));
  return run.provenance ? withConfigProvenance(report, run.provenance) : report;
}
