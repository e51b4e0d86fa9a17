import { InputError } from '../errors.js';
import { ownRecord } from '../own-record.js';
import { nearest } from '../suggest.js';
import type { GateConfig, Margin, MetricRule } from './config.js';

/** The gate config with every default applied: what the checks read. */
export interface GateSettings {
  alpha: number;
  correction: 'holm' | 'none';
  power: number;
  /** A drop beyond the margin warns when its corrected p is below this, and passes as noise above it. */
  warnAlpha: number;
  /** Metrics whose regression tests form the primary family. */
  primary: Set<string>;
  metrics: Record<string, MetricRule>;
  /** Largest std across candidate seeds, per metric (a metric's own max_std, else gate.consistency.max_std). */
  consistency: Record<string, number>;
  slices: { minSize: number; maxRegression?: Margin; metrics?: string[] };
  golden?: { ids: string[]; maxFlips: number };
  paired: boolean;
}

export function gateSettings(config: GateConfig | undefined, goldenIds?: string[]): GateSettings {
  const metrics = ownRecord(config?.metrics);
  if (Object.keys(metrics).length === 0) {
    throw new InputError('the gate has no metrics to compare', {
      field: 'gate.metrics',
      fix: 'add at least one metric under gate.metrics, e.g. "accuracy: { goal: maximize, max_regression: 0.01 }"',
    });
  }
  const lists: [string, string[] | undefined][] = [
    ['gate.slices.metrics', config?.slices?.metrics],
    ['gate.consistency.metrics', config?.consistency?.metrics],
    ['gate.primary', config?.primary],
  ];
  for (const [field, names] of lists) {
    for (const name of names ?? []) {
      if (name in metrics) continue;
      const guess = nearest(name, Object.keys(metrics));
      throw new InputError(`${field} names "${name}", which is not in gate.metrics`, {
        field,
        fix: guess
          ? `did you mean "${guess}"? List only metrics configured under gate.metrics`
          : `list only metrics configured under gate.metrics (${Object.keys(metrics).join(', ')}), or add a rule for "${name}" there`,
      });
    }
  }
  const alpha = config?.alpha ?? 0.05;
  const withMargin = Object.keys(metrics).filter((m) => metrics[m]?.max_regression !== undefined);
  const primary = config?.primary ?? (withMargin.length > 0 ? withMargin : Object.keys(metrics));
  const settings: GateSettings = {
    alpha,
    // Twice alpha: Holm then keeps "warn or fail" on a no-change PR near 2 alpha per family.
    warnAlpha: Math.max(alpha, config?.warn_alpha ?? Math.min(1, 2 * alpha)),
    correction: config?.correction ?? 'holm',
    power: config?.power ?? 0.8,
    primary: new Set(primary),
    metrics,
    slices: {
      minSize: config?.slices?.min_size ?? 30,
      ...(config?.slices?.max_regression !== undefined
        ? { maxRegression: config.slices.max_regression }
        : {}),
      ...(config?.slices?.metrics ? { metrics: config.slices.metrics } : {}),
    },
    paired: config?.paired ?? true,
    consistency: ownRecord<number>(undefined),
  };
  const shared = config?.consistency?.max_std;
  const sharedFor = new Set(config?.consistency?.metrics ?? Object.keys(metrics));
  for (const [name, rule] of Object.entries(metrics)) {
    const maxStd = rule.max_std ?? (sharedFor.has(name) ? shared : undefined);
    if (maxStd !== undefined) settings.consistency[name] = maxStd;
  }
  if (goldenIds) settings.golden = { ids: goldenIds, maxFlips: config?.golden?.max_flips ?? 0 };
  return settings;
}

/** A margin in the metric's units: numbers as they are, "10%" relative to the baseline mean. */
export function marginInUnits(margin: Margin | undefined, baselineMean: number): number {
  if (margin === undefined) return 0;
  if (typeof margin === 'number') return margin;
  return (Number.parseFloat(margin) / 100) * Math.abs(baselineMean);
}

/**
 * The difference a deterministic eval does not count as change: numbers as they are, "x%" of the
 * larger mean, by default a relative 1e-9 (float rounding such as 0.3 against 0.30000000000000004).
 */
export function resolutionInUnits(resolution: Margin | undefined, means: readonly number[]): number {
  const size = Math.max(...means.map(Math.abs));
  if (resolution === undefined) return 1e-9 * size;
  if (typeof resolution === 'number') return resolution;
  return (Number.parseFloat(resolution) / 100) * size;
}

/** "worse" means lower for a metric to maximize and higher for one to minimize. */
export const worsening = (goal: MetricRule['goal'], delta: number) => (goal === 'maximize' ? -delta : delta);
