/** The sprintlab.eval/v1 results contract (docs/architecture.md, "Contracts"), as core sees it after validation. */

export interface SliceResult {
  n?: number;
  metrics: Record<string, number>;
}

export interface RunResult {
  seed: number | string;
  metrics: Record<string, number>;
  slices?: Record<string, SliceResult>;
  /** Path of the per-item JSONL, relative to the results file. */
  examples?: string;
}

/** Where results read through an adapter came from: the tool, its version when recorded, the files read. */
export interface ResultsSource {
  tool: string;
  version?: string;
  files: string[];
  runs: number;
}

export interface EvalResults {
  format: 'sprintlab.eval/v1';
  model?: string;
  dataset?: { name: string; version?: string };
  runs: RunResult[];
  source?: ResultsSource;
}

/** One eval item's outcome in one run. */
export interface ExampleRow {
  id: string;
  correct?: boolean;
  score?: number;
  slice?: string;
  /** Items sharing a passage, a conversation or a task, for clustered standard errors. */
  cluster?: string;
  /**
   * The metric this outcome measures, when a run's rows cover several (lm-eval's acc and acc_norm, two
   * Inspect scorers). Rows without it measure whichever metric they match, as before.
   */
  metric?: string;
}

/** Per-item rows of one run, by seed. */
export type RunExamples = Map<string, ExampleRow[]>;

/** A results file as loaded: where it came from, its content hash, and (optionally) its per-item rows. */
export interface LoadedResults {
  source: string;
  sha256: string;
  ref?: string;
  results: EvalResults;
  examples?: RunExamples;
}
