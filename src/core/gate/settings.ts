import { nearest } from '../../config/suggest.js';
import type { GateConfig, Margin, MetricRule } from '../../config/types.js';
import { InputError } from '../errors.js';
import { ownRecord } from '../own-record.js';

/** The gate config with every default applied: what the checks read. */
export interface GateSettings {
  alpha: number;
  correction: 'holm' | 'none';
  power: number;
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
  for (const field of ['slices', 'consistency'] as const) {
    for (const name of config?.[field]?.metrics ?? []) {
      if (name in metrics) continue;
      const guess = nearest(name, Object.keys(metrics));
      throw new InputError(`gate.${field}.metrics names "${name}", which is not in gate.metrics`, {
        field: `gate.${field}.metrics`,
        fix: guess
          ? `did you mean "${guess}"? List only metrics configured under gate.metrics`
          : `list only metrics configured under gate.metrics (${Object.keys(metrics).join(', ')}), or add a rule for "${name}" there`,
      });
    }
  }
  const settings: GateSettings = {
    alpha: config?.alpha ?? 0.05,
    correction: config?.correction ?? 'holm',
    power: config?.power ?? 0.8,
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

/** "worse" means lower for a metric to maximize and higher for one to minimize. */
export const worsening = (goal: MetricRule['goal'], delta: number) => (goal === 'maximize' ? -delta : delta);
