import type { MetricRule } from '../../src/config/types.js';
import { gateSettings } from '../../src/core/gate/settings.js';
import type { ExampleRow, LoadedResults, RunResult } from '../../src/core/results.js';

/** Results built in memory: one run per value list entry, per metric. */
export function results(
  metrics: Record<string, number[]>,
  extra: {
    slices?: Record<string, { n: number; values: Record<string, number[]> }>;
    examples?: ExampleRow[][];
    dataset?: { name: string; version?: string };
  } = {},
  source = 'mem.json',
): LoadedResults {
  const n = Math.max(...Object.values(metrics).map((v) => v.length));
  const runs: RunResult[] = [];
  for (let i = 0; i < n; i++) {
    const run: RunResult = { seed: i + 1, metrics: {} };
    for (const [name, values] of Object.entries(metrics))
      if (values[i] !== undefined) run.metrics[name] = values[i]!;
    if (extra.slices) {
      run.slices = {};
      for (const [slice, s] of Object.entries(extra.slices)) {
        run.slices[slice] = {
          n: s.n,
          metrics: Object.fromEntries(Object.entries(s.values).map(([m, v]) => [m, v[i]!])),
        };
      }
    }
    runs.push(run);
  }
  const loaded: LoadedResults = {
    source,
    sha256: 'x',
    results: { format: 'sprintlab.eval/v1', runs, ...(extra.dataset ? { dataset: extra.dataset } : {}) },
  };
  if (extra.examples) loaded.examples = new Map(extra.examples.map((rows, i) => [String(i + 1), rows]));
  return loaded;
}

export const settings = (
  metrics: Record<string, MetricRule>,
  more: Parameters<typeof gateSettings>[0] = {},
  golden?: string[],
) => gateSettings({ ...more, metrics }, golden);
