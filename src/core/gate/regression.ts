import { itemsForPower, SEEDS_FOR_POWER_CAP, seedsForPower } from '../stats/index.js';
import type { Comparison } from './compare.js';
import type { MetricRule } from './config.js';
import { change, num, pValue } from './format.js';
import type { GateSettings } from './settings.js';
import { worsening } from './settings.js';
import type { Family, GateCheck } from './types.js';

/** A regression or slice comparison waiting for its multiple-testing correction. */
export interface PendingTest {
  id: string;
  kind: 'regression' | 'slice';
  metric: string;
  slice?: string;
  rule: MetricRule;
  comparison: Comparison;
  /** The Holm family it is corrected in. */
  family: string;
  /** Where to raise the margin, for the message's "what to do". */
  marginKey: string;
}

export function pendingTest(
  kind: PendingTest['kind'],
  metric: string,
  rule: MetricRule,
  comparison: Comparison,
  family: string,
  slice?: string,
): PendingTest {
  return {
    id: slice ? `slice:${slice}:${metric}` : `regression:${metric}`,
    kind,
    metric,
    ...(slice ? { slice } : {}),
    rule,
    comparison,
    family,
    marginKey: kind === 'slice' ? 'gate.slices.max_regression' : `gate.metrics.${metric}.max_regression`,
  };
}

/** Corrected p-values and the family they were corrected in. */
export interface Adjusted {
  pWorse: number;
  pBetter: number;
  family: Family;
}

/**
 * Fail when the data show, after correction, that the candidate is worse by more than the margin.
 * Warn when the observed drop is beyond the margin and the evidence is suggestive (corrected p under
 * warn_alpha) but not conclusive, with what would tell; otherwise pass: a drop the test cannot tell
 * from noise is not worth a warning on every PR.
 */
export function regressionCheck(pending: PendingTest, adjusted: Adjusted, settings: GateSettings): GateCheck {
  const { comparison: c, rule, metric } = pending;
  const { margin } = c;
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
    const single = c.baseline.n === 1 && c.candidate.n === 1;
    return {
      ...base,
      status: 'insufficient_data',
      message: `${label}: ${c.baseline.n} baseline and ${c.candidate.n} candidate seed(s); the regression test needs at least 2 on each side${single ? ', or one run a side with per-item rows ("examples") on the same ids' : ''}. Run the eval with more seeds.`,
    };
  }
  const worse = worsening(rule.goal, c.delta);
  const direction =
    rule.goal === 'maximize' ? (c.delta < 0 ? 'fell' : 'rose') : c.delta > 0 ? 'rose' : 'fell';
  const moved =
    c.delta === 0
      ? `${label} is unchanged at ${num(c.candidate.mean)}`
      : `${label} ${direction} ${change(c.delta, c.baseline.mean, c.candidate.mean)}, ${num(c.baseline.mean)} → ${num(c.candidate.mean)}`;

  if (c.resolution !== undefined) return deterministicCheck(base, c.resolution, worse, label, moved, pending);

  const test = {
    ...c.test,
    p_adjusted: adjusted.pWorse,
    p_improvement_adjusted: adjusted.pBetter,
  };
  const holm = settings.correction === 'holm';
  const checked = { ...base, test, family: adjusted.family };
  const against = margin > 0 ? `worse by more than the allowed ${num(margin)}` : 'worse';
  const pText = `${test.name}, p = ${pValue(c.test.p_value)} for ${against}${holm ? `, Holm-adjusted ${pValue(adjusted.pWorse)} in the ${adjusted.family.name} family of ${adjusted.family.size}` : ''}`;
  if (worse > margin && adjusted.pWorse < settings.alpha) {
    return {
      ...checked,
      status: 'fail',
      message: `${moved}: significantly ${against} (${pText}, below α = ${settings.alpha}). Fix the regression, or if it is an accepted trade-off raise ${pending.marginKey}.`,
    };
  }
  if (worse > margin && adjusted.pWorse < settings.warnAlpha) {
    const advice = c.items
      ? itemAdvice(c, worse - margin, adjusted.family.size, settings)
      : seedAdvice(c, worse - margin, adjusted.family.size, settings, pending.marginKey);
    return {
      ...checked,
      status: 'warn',
      ...advice.figures,
      message: `${moved}: beyond the allowed ${num(margin)}, and suggestive but not conclusive (${pText}; failing needs below ${settings.alpha}). ${advice.text}`,
    };
  }
  const improvement = worse < 0 && adjusted.pBetter < settings.alpha;
  const tail = improvement
    ? `a significant improvement (p = ${pValue(c.test.p_improvement)}${holm ? `, adjusted ${pValue(adjusted.pBetter)}` : ''})`
    : worse > margin
      ? `beyond the allowed ${num(margin)}, but the test cannot tell it from noise (${pText})`
      : worse > 0
        ? `within the allowed ${num(margin)}`
        : 'no worse than the baseline';
  return { ...checked, ...(improvement ? { improvement: true } : {}), message: `${moved}: ${tail}.` };
}

/** Both sides constant: the change is what it is, judged against the margin with no p-value. */
function deterministicCheck(
  base: GateCheck,
  resolution: number,
  worse: number,
  label: string,
  moved: string,
  pending: PendingTest,
): GateCheck {
  const checked = { ...base, test: pending.comparison.test!, deterministic: true, resolution };
  const margin = base.margin ?? 0;
  const where = 'Deterministic eval (both sides constant across runs), no p-value';
  if (Math.abs(worse) <= resolution) {
    return {
      ...checked,
      message: `${label} is unchanged at ${num(base.candidate?.mean)} (within the resolution ${num(resolution)}). ${where}.`,
    };
  }
  if (worse - margin > resolution) {
    return {
      ...checked,
      status: 'fail',
      message: `${moved}: worse than the allowed ${num(margin)}. ${where}: every run gives this result, so the drop is real. Fix the regression, or if it is an accepted trade-off raise ${pending.marginKey}.`,
    };
  }
  if (worse > 0) return { ...checked, message: `${moved}: within the allowed ${num(margin)}. ${where}.` };
  return { ...checked, improvement: true, message: `${moved}: an improvement. ${where}.` };
}

/**
 * Seeds per side that would show the drop beyond the margin at the configured power, with alpha
 * divided by the family size (Holm's first step), since that is the bar the smallest p must clear.
 */
function seedAdvice(
  c: Comparison,
  beyond: number,
  familySize: number,
  settings: GateSettings,
  marginKey: string,
) {
  const sd = (s: { std: number }) => (Number.isFinite(s.std) ? s.std : 0);
  const seeds = seedsForPower({
    delta: beyond,
    sdA: sd(c.candidate),
    sdB: sd(c.baseline),
    alpha: settings.alpha / Math.max(1, familySize),
    power: settings.power,
    sides: 1,
  });
  const power = `${Math.round(settings.power * 100)}% power`;
  // null here means past the cap: an effect this small against this much seed-to-seed noise.
  const text =
    seeds === null
      ? `Not even ${SEEDS_FOR_POWER_CAP.toLocaleString('en-US')} seeds per side would tell a drop this far beyond the margin at ${power}: cut the noise (more eval items, a fixed data order) or, if a drop this small is acceptable, raise ${marginKey}.`
      : `About ${seeds} seeds per side would tell a drop this far beyond the margin at ${power}, after the correction.`;
  return { figures: { seeds_needed: seeds }, text };
}

/** Paired items that would show the drop beyond the margin, after the correction. */
function itemAdvice(c: Comparison, beyond: number, familySize: number, settings: GateSettings) {
  const items = itemsForPower({
    ...c.items!,
    delta: beyond,
    alpha: settings.alpha / Math.max(1, familySize),
    power: settings.power,
  });
  return {
    figures: { items_needed: items },
    text:
      items === null
        ? 'More paired items, or a second seed a side, would tell.'
        : `About ${items.toLocaleString('en-US')} paired items would tell a drop this far beyond the margin at ${Math.round(settings.power * 100)}% power, after the correction.`,
  };
}
