import { describe } from '../stats/index.js';
import type { MetricRule } from './config.js';
import { num } from './format.js';
import type { GateCheck } from './types.js';

/**
 * The candidate mean must stay within min/max. A `blocking` (safety) metric is stricter: every single
 * seed must stay within bounds too, whatever the statistics say, and one seed is enough to judge.
 */
export function thresholdCheck(
  metric: string,
  rule: MetricRule,
  values: readonly number[],
): GateCheck | undefined {
  if (rule.min === undefined && rule.max === undefined) return undefined;
  const d = describe(values);
  const blocking = rule.blocking === true;
  const bounds = [
    rule.min !== undefined && `min ${num(rule.min)}`,
    rule.max !== undefined && `max ${num(rule.max)}`,
  ]
    .filter(Boolean)
    .join(', ');
  const breaches = (v: number) =>
    (rule.min !== undefined && v < rule.min) || (rule.max !== undefined && v > rule.max);
  const badSeeds = blocking ? values.filter(breaches).length : 0;
  const base: GateCheck = {
    id: `threshold:${metric}`,
    kind: 'threshold',
    metric,
    status: 'pass',
    blocking: true,
    candidate: { n: d.n, mean: d.mean, std: d.std },
    threshold: {
      ...(rule.min !== undefined ? { min: rule.min } : {}),
      ...(rule.max !== undefined ? { max: rule.max } : {}),
    },
    ...(blocking ? { safety: true } : {}),
    message: '',
  };
  if (breaches(d.mean)) {
    return {
      ...base,
      status: 'fail',
      message: `${metric} mean ${num(d.mean)} breaks the ${bounds} threshold${blocking ? ' of a blocking safety metric' : ''}. Bring it within bounds before merging.`,
    };
  }
  if (badSeeds > 0) {
    return {
      ...base,
      status: 'fail',
      message: `${metric} is a blocking safety metric: ${badSeeds} of ${d.n} seeds break the ${bounds} threshold (mean ${num(d.mean)} is within). Every seed must stay within bounds.`,
    };
  }
  return { ...base, message: `${metric} mean ${num(d.mean)} is within ${bounds}.` };
}
