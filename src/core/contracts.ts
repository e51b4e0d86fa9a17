/**
 * Names and shapes more than one surface agrees on: the gate's check run is found by its name, and
 * its verdict travels from the report to the check run, the board event and the experiment record.
 * See docs/architecture.md, "Contracts".
 */

/** The name of the gate's check run: the app links a gate result to experiments by it. */
export const GATE_CHECK_NAME = 'Sprintlab gate';

/** A gate verdict, and the status of each check in it. */
export type Verdict = 'pass' | 'warn' | 'fail' | 'insufficient_data';

export const VERDICTS: readonly Verdict[] = ['pass', 'warn', 'fail', 'insufficient_data'];

/** The report envelopes, as written in each report's `format` field. */
export const GATE_REPORT_FORMAT = 'sprintlab.gate-report/v1';
export const LEAKAGE_REPORT_FORMAT = 'sprintlab.leakage-report/v1';
export const STATUS_REPORT_FORMAT = 'sprintlab.status-report/v1';

/** Where a repository keeps its Sprintlab config. */
export const DEFAULT_CONFIG_PATH = '.github/sprintlab.yml';
