/** The `gate:` section of the config, as written (validated by the JSON Schema). */

/** A tolerance: metric units when a number, relative to the baseline mean when a "10%" string. */
export type Margin = number | string;

export interface MetricRule {
  goal: 'maximize' | 'minimize';
  min?: number;
  max?: number;
  max_regression?: Margin;
  blocking?: boolean;
  /** Largest allowed std across the candidate's seeds; overrides gate.consistency.max_std. */
  max_std?: number;
  /** Differences a deterministic eval does not count as change (default 1e-9 relative). */
  resolution?: Margin;
  description?: string;
}

export interface GateConfig {
  results?: string;
  alpha?: number;
  correction?: 'holm' | 'none';
  power?: number;
  /** Metrics in the primary Holm family (default: those with a max_regression). */
  primary?: string[];
  /** Corrected p under which a drop beyond the margin warns (default 2 × alpha). */
  warn_alpha?: number;
  metrics?: Record<string, MetricRule>;
  consistency?: { max_std?: number; metrics?: string[] };
  slices?: { min_size?: number; max_regression?: Margin; metrics?: string[] };
  golden?: { ids: string; max_flips?: number };
  paired?: boolean;
}
