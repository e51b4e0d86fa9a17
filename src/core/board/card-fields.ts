import { computeUsed } from '../experiment/kill-criteria.js';
import type { ExperimentSpec } from '../experiment/parse.js';
import type { ExperimentRecord } from '../experiment/record.js';
import type { CardValue } from './settings.js';

/** One value of the experiment as a board field shows it; undefined when there is nothing to show yet. */
export function cardValue(
  value: CardValue,
  spec: ExperimentSpec,
  record: ExperimentRecord,
): string | number | undefined {
  switch (value) {
    case 'metric':
      return spec.metric;
    case 'goal':
      return spec.goal;
    case 'baseline':
      return spec.baseline;
    case 'target':
      return spec.target;
    case 'latest':
      return record.log
        .map((e) => e.metrics[spec.metric])
        .filter((v): v is number => v !== undefined)
        .at(-1);
    case 'budget':
      return spec.budgetGpuHours;
    case 'compute_used':
      return computeUsed(record.log);
    case 'time_box':
      return spec.timeBox;
    case 'mode':
      return spec.mode;
    case 'gate':
      return record.gates.at(-1)?.verdict;
  }
}

/** The board fields to keep in step with the experiment, by project field name. */
export function cardFieldValues(
  fields: readonly { field: string; value: CardValue }[],
  spec: ExperimentSpec | undefined,
  record: ExperimentRecord,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (!spec) return out;
  for (const { field, value } of fields) {
    const v = cardValue(value, spec, record);
    if (v !== undefined) out[field] = v;
  }
  return out;
}
