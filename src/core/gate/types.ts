import type { GATE_REPORT_FORMAT, Verdict } from '../contracts.js';
import type { ConfigProvenance } from './config-change.js';

/** The gate report contract: sprintlab.gate-report/v1 (docs/architecture.md, "Contracts"). */

export type Status = Verdict;

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

/** The tests a regression or slice check can be decided by. */
export type TestName = 'welch' | 'student' | 'mcnemar-exact' | 'paired-t' | 'clustered-t' | 'deterministic';

export interface TestFigures {
  /** The test that decided the check. */
  name: TestName;
  /** Why this test decided: the shape of the data it saw. */
  why: string;
  /** "less" for a metric to maximize (worse = lower), "greater" for one to minimize. */
  alternative: 'less' | 'greater';
  /** The null hypothesis for "worse": candidate - baseline equals this (the margin, signed as a worsening). */
  null_delta: number;
  /** The deciding test's statistic and degrees of freedom (t-based tests). */
  t?: number;
  df?: number;
  /** One-sided p for "candidate worse than baseline by more than the margin"; absent for a deterministic eval. */
  p_value?: number;
  p_adjusted?: number;
  /** One-sided p for "candidate better than baseline". */
  p_improvement?: number;
  p_improvement_adjusted?: number;
  /** Per-seed tests only. */
  hedges_g?: number;
  /** 95 % confidence interval of candidate minus baseline; absent for a deterministic eval. */
  ci95?: [number, number];
}

/** The multiple-testing family a check was corrected in, and how many tests with a p-value it held. */
export interface Family {
  name: string;
  size: number;
}

export interface PairedFigures {
  name: 'mcnemar-exact' | 'paired-t' | 'clustered-t';
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
  family?: Family;
  /** Both sides constant: compared within `resolution` (metric units), without a p-value. */
  deterministic?: boolean;
  resolution?: number;
  paired?: PairedFigures;
  /** A statistically significant improvement (what `/promote` wants). */
  improvement?: boolean;
  /** For a warn: seeds per side that would tell the drop beyond the margin at the configured power, after correction. */
  seeds_needed?: number | null;
  /** For a warn decided item by item: items that would tell it. */
  items_needed?: number | null;
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
  format: typeof GATE_REPORT_FORMAT;
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
