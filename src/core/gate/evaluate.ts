import { GATE_REPORT_FORMAT } from '../contracts.js';
import { InputError } from '../errors.js';
import type { EvalResults, LoadedResults } from '../results.js';
import { describe, holm } from '../stats/index.js';
import { compare } from './compare.js';
import { consistencyCheck } from './consistency.js';
import { pValue } from './format.js';
import { goldenCheck } from './golden.js';
import { pairedItems, perItemMean } from './paired.js';
import { type Adjusted, type PendingTest, pendingTest, regressionCheck } from './regression.js';
import type { GateSettings } from './settings.js';
import { thresholdCheck } from './threshold.js';
import type { GateCheck, GateReport, SideInfo, Status } from './types.js';

export interface GateInput {
  settings: GateSettings;
  baseline: LoadedResults;
  candidate: LoadedResults;
  /** Checks computed elsewhere (leakage), folded into the same verdict. */
  extraChecks?: GateCheck[];
}

/** Values of a metric across runs; undefined when no run has it, an InputError when only some do. */
function metricValues(loaded: LoadedResults, metric: string): number[] | undefined {
  const runs = loaded.results.runs;
  const values = runs.map((r) => r.metrics[metric]);
  const present = values.filter((v): v is number => v !== undefined);
  if (present.length === 0) return undefined;
  if (present.length < runs.length) {
    const missing = runs.filter((r) => r.metrics[metric] === undefined).map((r) => r.seed);
    throw new InputError(`metric "${metric}" is missing from the run(s) with seed ${missing.join(', ')}`, {
      file: loaded.source,
      field: `runs[].metrics.${metric}`,
      fix: 'every run must report every gated metric; re-run the eval for those seeds or drop them',
    });
  }
  return present;
}

const sliceNames = (results: EvalResults) =>
  new Set(results.runs.flatMap((r) => Object.keys(r.slices ?? {})));

function sliceValues(
  results: EvalResults,
  slice: string,
  metric: string,
): { values: number[]; minN: number | undefined } {
  const values: number[] = [];
  let minN: number | undefined;
  for (const run of results.runs) {
    const s = run.slices?.[slice];
    const v = s?.metrics[metric];
    if (v === undefined) continue;
    values.push(v);
    if (s?.n !== undefined) minN = minN === undefined ? s.n : Math.min(minN, s.n);
  }
  return { values, minN };
}

/** fail > warn > insufficient_data > pass; a non-blocking fail counts as a warn. */
export function verdictOf(checks: readonly GateCheck[]): Status {
  const statuses = new Set(checks.map((c) => (c.status === 'fail' && !c.blocking ? 'warn' : c.status)));
  for (const s of ['fail', 'warn', 'insufficient_data'] as const) if (statuses.has(s)) return s;
  return 'pass';
}

/** A regression check with nothing to compare against: no baseline results, or a metric new to them. */
function missingBaselineCheck(
  metric: string,
  candidateSeeds: number,
  noBaseline: string | undefined,
): GateCheck {
  const describe = candidateSeeds === 1 ? '1 candidate seed' : `${candidateSeeds} candidate seeds`;
  return {
    id: `regression:${metric}`,
    kind: 'regression',
    metric,
    status: 'insufficient_data',
    blocking: true,
    message: noBaseline
      ? `${metric}: no baseline results (${noBaseline}), so there is nothing to compare the ${describe} with; thresholds still apply. Once these results are merged, later PRs are compared against them.`
      : `${metric}: the baseline has 0 seeds of this metric (a new metric?) and the candidate ${describe}, so no regression test ran. Report ${metric} in the baseline results, or merge these so later PRs compare against them.`,
  };
}

/**
 * The metric the per-item rows measure: the rows say "right or wrong" (or a score where higher is
 * better), so it is the metric to maximize whose candidate mean is that of the rows. Deciding, say,
 * latency by the rows would read "fewer items right" as "latency worse".
 */
function metricOfRows(
  candidateMeans: ReadonlyMap<string, number>,
  settings: GateSettings,
  rowsMean: number,
): string | undefined {
  let best: string | undefined;
  let bestGap = 0.02;
  for (const [metric, mean] of candidateMeans) {
    if (settings.metrics[metric]?.goal !== 'maximize') continue;
    const gap = Math.abs(mean - rowsMean);
    if (gap <= bestGap) {
      best = metric;
      bestGap = gap;
    }
  }
  return best;
}

/** Holm within each family; NaN p-values (no test) count towards no family's size. */
function adjustByFamily(pending: readonly PendingTest[], settings: GateSettings): Adjusted[] {
  const pWorse = pending.map((p) => p.comparison.test?.p_value ?? Number.NaN);
  const pBetter = pending.map((p) => p.comparison.test?.p_improvement ?? Number.NaN);
  const adjusted: Adjusted[] = pending.map((p, i) => ({
    pWorse: pWorse[i]!,
    pBetter: pBetter[i]!,
    family: { name: p.family, size: 0 },
  }));
  const families = new Map<string, number[]>();
  pending.forEach((p, i) => {
    const members = families.get(p.family);
    if (members) members.push(i);
    else families.set(p.family, [i]);
  });
  for (const members of families.values()) {
    const size = members.filter((i) => !Number.isNaN(pWorse[i]!)).length;
    const worse = holm(members.map((i) => pWorse[i]!));
    const better = holm(members.map((i) => pBetter[i]!));
    members.forEach((i, k) => {
      const a = adjusted[i]!;
      a.family.size = size;
      if (settings.correction !== 'holm') return;
      a.pWorse = worse[k]!;
      a.pBetter = better[k]!;
    });
  }
  return adjusted;
}

const sideInfo = (loaded: LoadedResults): SideInfo => ({
  ...(loaded.ref ? { ref: loaded.ref } : {}),
  n_runs: loaded.results.runs.length,
  source: loaded.source,
  ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}),
  ...(loaded.results.model ? { model: loaded.results.model } : {}),
  ...(loaded.results.dataset ? { dataset: loaded.results.dataset } : {}),
});

/** Runs every check the gate knows and returns the report; pure apart from reading its arguments. */
export function evaluateGate({ settings, baseline, candidate, extraChecks = [] }: GateInput): GateReport {
  const checks: GateCheck[] = [];
  const notes: string[] = [];
  const pending: PendingTest[] = [];
  const items = settings.paired ? pairedItems(baseline.examples, candidate.examples) : undefined;
  const candidateMeans = new Map<string, number>();
  for (const metric of Object.keys(settings.metrics)) {
    const values = candidate.results.runs.map((r) => r.metrics[metric]);
    if (values.length > 0 && values.every((v) => v !== undefined))
      candidateMeans.set(metric, describe(values).mean);
  }
  const rowsMetric = items && metricOfRows(candidateMeans, settings, perItemMean(candidate.examples!));

  const dsB = baseline.results.dataset;
  const dsC = candidate.results.dataset;
  if (dsB && dsC && (dsB.name !== dsC.name || (dsB.version && dsC.version && dsB.version !== dsC.version))) {
    checks.push({
      id: 'comparability:dataset',
      kind: 'comparability',
      status: 'warn',
      blocking: false,
      message: `the two sides were evaluated on different data (baseline ${dsB.name}@${dsB.version ?? '?'}, candidate ${dsC.name}@${dsC.version ?? '?'}): their numbers are not comparable. Re-run the baseline on the candidate's dataset version.`,
    });
  }

  for (const [metric, rule] of Object.entries(settings.metrics)) {
    const cand = metricValues(candidate, metric);
    if (!cand) {
      const known = Object.keys(candidate.results.runs[0]?.metrics ?? {});
      throw new InputError(`the gate is configured for metric "${metric}", which the results do not report`, {
        file: candidate.source,
        field: `runs[].metrics.${metric}`,
        fix: `report "${metric}" in every run, or change gate.metrics to the metrics present (${known.join(', ') || 'none'})`,
      });
    }
    const threshold = thresholdCheck(metric, rule, cand);
    if (threshold) checks.push(threshold);
    const base = metricValues(baseline, metric);
    if (!base) {
      // Under two seeds on a side the statistical checks are insufficient_data, never a silent pass.
      const noBaseline = baseline.results.runs.length === 0;
      if (!noBaseline)
        notes.push(`${metric} is not in the baseline results (a new metric?): no regression test.`);
      checks.push(missingBaselineCheck(metric, cand.length, noBaseline ? baseline.source : undefined));
    } else {
      const comparison = compare({
        baseline: base,
        candidate: cand,
        goal: rule.goal,
        margin: rule.max_regression,
        resolution: rule.resolution,
        items: metric === rowsMetric ? items?.pairs : undefined,
      });
      const family = settings.primary.has(metric) ? 'primary' : 'secondary';
      pending.push(pendingTest('regression', metric, rule, comparison, family));
    }
    const maxStd = settings.consistency[metric];
    if (maxStd !== undefined) checks.push(consistencyCheck(metric, cand, maxStd));
  }

  const smallSlices = new Set<string>();
  const unsized = new Set<string>();
  const candSlices = sliceNames(candidate.results);
  for (const slice of [...sliceNames(baseline.results)].filter((s) => candSlices.has(s)).sort()) {
    for (const [metric, rule] of Object.entries(settings.metrics)) {
      if (settings.slices.metrics && !settings.slices.metrics.includes(metric)) continue;
      const b = sliceValues(baseline.results, slice, metric);
      const c = sliceValues(candidate.results, slice, metric);
      if (b.values.length === 0 || c.values.length === 0) continue;
      if (b.minN === undefined && c.minN === undefined) unsized.add(slice);
      const n = Math.min(b.minN ?? Number.POSITIVE_INFINITY, c.minN ?? Number.POSITIVE_INFINITY);
      if (n < settings.slices.minSize) {
        smallSlices.add(slice);
        continue;
      }
      const comparison = compare({
        baseline: b.values,
        candidate: c.values,
        goal: rule.goal,
        margin: settings.slices.maxRegression ?? rule.max_regression,
        resolution: rule.resolution,
      });
      pending.push(pendingTest('slice', metric, rule, comparison, `slices of ${metric}`, slice));
    }
  }
  // A slice the candidate no longer reports cannot regress in the report, so say it is gone.
  const dropped = [...sliceNames(baseline.results)].filter((s) => !candSlices.has(s)).sort();
  if (dropped.length > 0) {
    notes.push(
      `${dropped.length} baseline slice(s) are missing from the candidate results and were not compared: ${dropped.slice(0, 10).join(', ')}${dropped.length > 10 ? ' …' : ''}. Report them in every candidate run to keep them gated.`,
    );
  }
  if (unsized.size > 0) {
    notes.push(
      `${unsized.size} slice(s) report no item count "n", so gate.slices.min_size could not apply and they were tested as they are: ${[...unsized].slice(0, 10).join(', ')}${unsized.size > 10 ? ' …' : ''}.`,
    );
  }
  if (smallSlices.size > 0) {
    notes.push(
      `${smallSlices.size} slice(s) under gate.slices.min_size (${settings.slices.minSize} items) were not tested: ${[...smallSlices].slice(0, 10).join(', ')}${smallSlices.size > 10 ? ' …' : ''}.`,
    );
  }

  const adjusted = adjustByFamily(pending, settings);
  const regressionChecks = pending.map((p, i) => regressionCheck(p, adjusted[i]!, settings));

  if (items) {
    const { figures } = items;
    const text = `Paired per-item test (${figures.name}, ${figures.n} items): p = ${pValue(figures.p_value)} for worse, ${pValue(figures.p_improvement)} for better.`;
    const check = regressionChecks.find((c) => c.kind === 'regression' && c.metric === rowsMetric);
    if (check) {
      check.paired = figures;
      // When the item test did not decide (several seeds a side), it is context, said as such.
      if (check.test?.name !== figures.name) check.message += ` ${text}`;
    } else {
      notes.push(
        `${text} No gated metric to maximize has the per-item rows' mean, so it is not attached to a regression check.`,
      );
    }
  }
  checks.push(...regressionChecks);

  if (settings.golden) {
    const { check, unprotected, unknown } = goldenCheck(
      settings.golden.ids,
      settings.golden.maxFlips,
      baseline.examples,
      candidate.examples,
    );
    checks.push(check);
    if (unprotected > unknown.length)
      notes.push(
        `${unprotected - unknown.length} golden id(s) were not right on every baseline seed, so they are not protected yet.`,
      );
    if (unknown.length > 0)
      notes.push(
        `${unknown.length} golden id(s) are in no baseline examples row, so they protect nothing (a typo, or ids from another eval set?): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ' …' : ''}.`,
      );
  }
  checks.push(...extraChecks);

  const gated = new Set(Object.keys(settings.metrics));
  const ungated = [...new Set(candidate.results.runs.flatMap((r) => Object.keys(r.metrics)))].filter(
    (m) => !gated.has(m),
  );
  if (ungated.length > 0) notes.push(`Not gated (no rule in gate.metrics): ${ungated.join(', ')}.`);

  return {
    format: GATE_REPORT_FORMAT,
    verdict: verdictOf(checks),
    baseline: sideInfo(baseline),
    candidate: sideInfo(candidate),
    alpha: settings.alpha,
    correction: settings.correction,
    checks,
    notes,
  };
}
