import type { ExperimentSpec } from './parse.js';
import type { LogEntry } from './record.js';

/** A kill criterion that fired: suggested to the team, never enforced. */
export interface KillSignal {
  rule: 'budget' | 'plateau' | 'gap';
  message: string;
}

export const computeUsed = (log: readonly LogEntry[]): number =>
  log.reduce((sum, e) => sum + (e.gpuHours ?? 0), 0);

/** Values on a 0..1 scale are rates: their gap is counted in percentage points; others relative to the target. */
export function gapInPoints(
  spec: Pick<ExperimentSpec, 'goal' | 'target' | 'baseline'>,
  value: number,
): number {
  const shortfall = spec.goal === 'maximize' ? spec.target - value : value - spec.target;
  const rate = [spec.target, spec.baseline, value].every((v) => v >= 0 && v <= 1);
  return rate ? shortfall * 100 : (shortfall / Math.abs(spec.target || 1)) * 100;
}

const fmt = (n: number) => String(Number(n.toPrecision(4)));

/**
 * The kill criteria of the lifecycle, checked on every `/log`: compute over twice the budget; the
 * last three values of the primary metric within 1% of each other (a plateau); the latest value
 * more than 15 points short of the target.
 */
export function killSignals(spec: ExperimentSpec, log: readonly LogEntry[]): KillSignal[] {
  const signals: KillSignal[] = [];
  const used = computeUsed(log);
  if (used > 2 * spec.budgetGpuHours) {
    signals.push({
      rule: 'budget',
      message: `compute used is ${fmt(used)} GPU-hours, over twice the budget of ${fmt(spec.budgetGpuHours)}`,
    });
  }
  const values = log.map((e) => e.metrics[spec.metric]).filter((v): v is number => typeof v === 'number');
  const last3 = values.slice(-3);
  if (last3.length === 3) {
    const lo = Math.min(...last3);
    const hi = Math.max(...last3);
    const scale = Math.max(Math.abs(hi), Math.abs(lo));
    if (scale === 0 || (hi - lo) / scale <= 0.01) {
      signals.push({
        rule: 'plateau',
        message: `the last 3 values of ${spec.metric} (${last3.map(fmt).join(', ')}) are within 1% of each other`,
      });
    }
  }
  const latest = values.at(-1);
  if (latest !== undefined) {
    const gap = gapInPoints(spec, latest);
    if (gap > 15) {
      signals.push({
        rule: 'gap',
        message: `${spec.metric} is ${fmt(latest)}, ${fmt(gap)} points short of the target ${fmt(spec.target)}`,
      });
    }
  }
  return signals;
}
