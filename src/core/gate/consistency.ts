import { describe } from '../stats/index.js';
import { num } from './format.js';
import type { GateCheck } from './types.js';

/** A candidate whose seeds disagree more than `maxStd` is not a result yet: it is noise. */
export function consistencyCheck(metric: string, values: readonly number[], maxStd: number): GateCheck {
  const d = describe(values);
  const base: GateCheck = {
    id: `consistency:${metric}`,
    kind: 'consistency',
    metric,
    status: 'pass',
    blocking: true,
    candidate: { n: d.n, mean: d.mean, std: d.std },
    max_std: maxStd,
    message: '',
  };
  if (d.n < 2) {
    return {
      ...base,
      status: 'insufficient_data',
      message: `${metric}: one candidate seed; consistency needs at least 2. Run more seeds.`,
    };
  }
  if (d.std > maxStd) {
    return {
      ...base,
      status: 'fail',
      message: `${metric} varies across the candidate's ${d.n} seeds with std ${num(d.std)}, above the allowed ${num(maxStd)}. Find the source of variance (data order, nondeterministic kernels, learning rate) or raise gate.consistency.max_std.`,
    };
  }
  return { ...base, message: `${metric} std across ${d.n} seeds is ${num(d.std)} (allowed ${num(maxStd)}).` };
}
