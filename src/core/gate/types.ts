import type { ConfigProvenance } from './config-change.js';

/** The gate report contract: sprintlab.gate-report/v1 (DESIGN.md §3.3). */

export type Status = 'pass' | 'warn' | 'fail' | 'insufficient_data';

export type CheckKind =
  | 'threshold'
  | 'regression'
  | 'slice'
  | 'golden'
  | 'consistency'
  | 'leakage'
  | 'comparability';

export interface SideStats {
  n: number;
  mean: number;
  std: number;
}

export interface TestFigures {
  name: 'welch';
  /** "less" for a metric to maximize (worse = lower), "greater" for one to minimize. */
  alternative: 'less' | 'greater';
  t: number;
  df: number;
  /** One-sided p for "candidate worse than baseline". */
  p_value: number;
  p_adjusted?: number;
  /** One-sided p for "candidate better than baseline". */
  p_improvement: number;
  p_improvement_adjusted?: number;
  hedges_g: number;
  /** 95 % confidence interval of candidate minus baseline. */
  ci95: [number, number];
}

export interface PairedFigures {
  name: 'mcnemar-exact' | 'paired-t';
  n: number;
  /** One-sided p for "candidate worse", per item. */
  p_value: number;
  p_improvement: number;
  mean_diff: number;
  discordant?: { candidate_worse: number; candidate_better: number };
}

export interface GateCheck {
  id: string;
  kind: CheckKind;
  status: Status;
  /** Whether a `fail` of this check blocks the merge. */
  blocking: boolean;
  metric?: string;
  slice?: string;
  baseline?: SideStats;
  candidate?: SideStats;
  delta?: number;
  /** The tolerated worsening, in the metric's units. */
  margin?: number;
  threshold?: { min?: number; max?: number };
  test?: TestFigures;
  paired?: PairedFigures;
  /** A statistically significant improvement (what `/promote` wants). */
  improvement?: boolean;
  /** For a warn: seeds per side that would tell the observed effect at the configured power. */
  seeds_needed?: number | null;
  /** Golden ids the candidate got wrong, or missed. */
  flips?: { id: string; seeds: string[] }[];
  message: string;
  [extra: string]: unknown;
}

export interface SideInfo {
  ref?: string;
  n_runs: number;
  source: string;
  sha256?: string;
  model?: string;
  dataset?: { name: string; version?: string };
}

export interface GateReport {
  format: 'sprintlab.gate-report/v1';
  verdict: Status;
  baseline: SideInfo;
  candidate: SideInfo;
  alpha: number;
  correction: 'holm' | 'none';
  checks: GateCheck[];
  /** Things worth knowing that are not checks: untested small slices, unconfigured metrics. */
  notes: string[];
  /** Which config the settings came from (the merge base's on a pull request), and what the PR changes in it. */
  config?: ConfigProvenance;
}
