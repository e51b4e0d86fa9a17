import type { MetricRule } from '../../config/types.js';
import { SEEDS_FOR_POWER_CAP, seedsForPower } from '../stats/index.js';
import type { Comparison } from './compare.js';
import { change, num, pValue } from './format.js';
import type { GateSettings } from './settings.js';
import { marginInUnits, worsening } from './settings.js';
import type { GateCheck } from './types.js';

/** A regression or slice comparison waiting for its multiple-testing correction. */
export interface PendingTest {
  id: string;
  kind: 'regression' | 'slice';
  metric: string;
  slice?: string;
  rule: MetricRule;
  margin: number;
  comparison: Comparison;
  /** Where to raise the margin, for the message's "what to do". */
  marginKey: string;
}

export function pendingTest(
  kind: PendingTest['kind'],
  metric: string,
  rule: MetricRule,
  comparison: Comparison,
  margin: MetricRule['max_regression'],
  slice?: string,
): PendingTest {
  return {
    id: slice ? `slice:${slice}:${metric}` : `regression:${metric}`,
    kind,
    metric,
    ...(slice ? { slice } : {}),
    rule,
    margin: marginInUnits(margin, comparison.baseline.mean),
    comparison,
    marginKey: kind === 'slice' ? 'gate.slices.max_regression' : `gate.metrics.${metric}.max_regression`,
  };
}

/**
 * §4: fail when worse by more than the margin AND significantly worse after correction; warn when
 * worse by more than the margin but not significant (with the seeds that would tell); pass otherwise.
 */
export function regressionCheck(
  pending: PendingTest,
  pAdjusted: number,
  pImprovementAdjusted: number,
  settings: GateSettings,
): GateCheck {
  const { comparison: c, rule, metric, margin } = pending;
  const label = pending.slice ? `${metric} on slice ${pending.slice}` : metric;
  const base: GateCheck = {
    id: pending.id,
    kind: pending.kind,
    metric,
    ...(pending.slice ? { slice: pending.slice } : {}),
    status: 'pass',
    blocking: true,
    baseline: c.baseline,
    candidate: c.candidate,
    delta: c.delta,
    margin,
    message: '',
  };
  if (!c.test) {
    return {
      ...base,
      status: 'insufficient_data',
      message: `${label}: ${c.baseline.n} baseline and ${c.candidate.n} candidate seed(s); the regression test needs at least 2 on each side. Run the eval with more seeds.`,
    };
  }
  const test = { ...c.test, p_adjusted: pAdjusted, p_improvement_adjusted: pImprovementAdjusted };
  const worse = worsening(rule.goal, c.delta);
  const direction =
    rule.goal === 'maximize' ? (c.delta < 0 ? 'fell' : 'rose') : c.delta > 0 ? 'rose' : 'fell';
  const moved =
    c.delta === 0
      ? `${label} is unchanged at ${num(c.candidate.mean)}`
      : `${label} ${direction} ${change(c.delta, c.baseline.mean, c.candidate.mean)}, ${num(c.baseline.mean)} → ${num(c.candidate.mean)}`;
  const pText = `p = ${pValue(c.test.p_value)}${settings.correction === 'holm' ? `, Holm-adjusted ${pValue(pAdjusted)}` : ''}`;
  const significant = pAdjusted < settings.alpha;
  if (worse > margin && significant) {
    return {
      ...base,
      test,
      status: 'fail',
      message: `${moved}: worse than the allowed ${num(margin)} and significant (${pText}, below α = ${settings.alpha}). Fix the regression, or if it is an accepted trade-off raise ${pending.marginKey}.`,
    };
  }
  if (worse > margin) {
    const sd = (s: { std: number }) => (Number.isFinite(s.std) ? s.std : 0);
    const seeds = seedsForPower({
      delta: Math.abs(c.delta),
      sdA: sd(c.candidate),
      sdB: sd(c.baseline),
      alpha: settings.alpha,
      power: settings.power,
      sides: 1,
    });
    const power = `${Math.round(settings.power * 100)}% power`;
    // null here means past the cap: an effect this small against this much seed-to-seed noise.
    const advice =
      seeds === null
        ? `Not even ${SEEDS_FOR_POWER_CAP.toLocaleString('en-US')} seeds per side would tell an effect this size at ${power}: cut the noise (more eval items, a fixed data order) or, if a drop this small is acceptable, raise ${pending.marginKey}.`
        : `About ${seeds} seeds per side would tell an effect this size at ${power}.`;
    return {
      ...base,
      test,
      status: 'warn',
      seeds_needed: seeds,
      message: `${moved}: worse than the allowed ${num(margin)}, but with ${c.baseline.n} and ${c.candidate.n} seeds the test cannot tell it from noise (${pText}; significance needs below ${settings.alpha}). ${advice}`,
    };
  }
  const improvement = worse < 0 && pImprovementAdjusted < settings.alpha;
  const tail = improvement
    ? `a significant improvement (p = ${pValue(c.test.p_improvement)}${settings.correction === 'holm' ? `, adjusted ${pValue(pImprovementAdjusted)}` : ''})`
    : worse > 0
      ? `within the allowed ${num(margin)}`
      : 'no worse than the baseline';
  return { ...base, test, ...(improvement ? { improvement: true } : {}), message: `${moved}: ${tail}.` };
}
