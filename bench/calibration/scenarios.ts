// Simulated gates through the real evaluation code: what `npm run calibrate` reports in the README
// and what the calibration tests sample (with fewer runs). Metric values are accuracy-like, with a
// seed-to-seed spread of one point (σ = 0.01).
import type { GateConfig, MetricRule } from '../../src/config/types.js';
import { evaluateGate } from '../../src/core/gate/evaluate.js';
import { gateSettings } from '../../src/core/gate/settings.js';
import type { GateReport } from '../../src/core/gate/types.js';
import type { ExampleRow, LoadedResults, RunResult } from '../../src/core/results.js';

export interface Scenario {
  name: string;
  /** Whether the candidate is truly no worse than the margin allows (a fail is then a false fail). */
  nullTrue: boolean;
  /** The check whose fails measure power: the metric given a real drop. */
  target: string;
  build: (random: () => number) => { config: GateConfig; baseline: LoadedResults; candidate: LoadedResults };
}

/** Mulberry32: small, fast and deterministic for a given seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(random: () => number): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const SIGMA = 0.01;

function loaded(runs: RunResult[], examples?: ExampleRow[][]): LoadedResults {
  const l: LoadedResults = {
    source: 'simulated',
    sha256: '',
    results: { format: 'sprintlab.eval/v1', runs },
  };
  if (examples) l.examples = new Map(examples.map((rows, i) => [String(i + 1), rows]));
  return l;
}

interface SeedShape {
  baselineSeeds: number;
  candidateSeeds: number;
  metrics: number;
  /** True drop of the first metric (not its slices), in points (σ units); the others stay put. */
  drop?: number;
  /** max_regression in points; undefined leaves the default config (no margin). */
  margin?: number;
  slices?: number;
  /** Only the first metric is primary (gate.primary). */
  onePrimary?: boolean;
}

/** Per-seed metrics (and slices), normal around 0.8 with σ = 1 point. */
export function seedScenario(name: string, shape: SeedShape): Scenario {
  const { baselineSeeds, candidateSeeds, metrics, drop = 0, margin, slices = 0 } = shape;
  const names = Array.from({ length: metrics }, (_, i) => `metric_${i + 1}`);
  const rule: MetricRule = {
    goal: 'maximize',
    ...(margin !== undefined ? { max_regression: margin * SIGMA } : {}),
  };
  const config: GateConfig = {
    metrics: Object.fromEntries(names.map((m) => [m, rule])),
    ...(shape.onePrimary ? { primary: [names[0]!] } : {}),
  };
  const side = (random: () => number, seeds: number, shift: number): RunResult[] =>
    Array.from({ length: seeds }, (_, s) => {
      const run: RunResult = {
        seed: s + 1,
        metrics: Object.fromEntries(
          names.map((m, i) => [m, 0.8 - (i === 0 ? shift : 0) + SIGMA * gaussian(random)]),
        ),
      };
      if (slices > 0) {
        run.slices = {};
        for (let k = 0; k < slices; k++)
          run.slices[`s${k}`] = { n: 100, metrics: { [names[0]!]: 0.8 + SIGMA * gaussian(random) } };
      }
      return run;
    });
  return {
    name,
    nullTrue: drop <= (margin ?? 0),
    target: `regression:${names[0]}`,
    build: (random) => ({
      config,
      baseline: loaded(side(random, baselineSeeds, 0)),
      candidate: loaded(side(random, candidateSeeds, drop * SIGMA)),
    }),
  };
}

interface ItemShape {
  items: number;
  /** Seeds a side; 1 is a single-run eval. */
  seeds: number;
  /** True drop in accuracy points. */
  drop: number;
  /** Spread of each seed's model on the logit scale: seeds differ as whole models. */
  modelSpread?: number;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Right/wrong rows per item. Items differ in difficulty (logit normal around 80 % right); with
 * modelSpread each seed is its own model, shifted as a whole and item by item.
 */
export function itemScenario(name: string, shape: ItemShape): Scenario {
  const { items, seeds, drop, modelSpread = 0 } = shape;
  const config: GateConfig = { metrics: { accuracy: { goal: 'maximize' } } };
  return {
    name,
    nullTrue: drop <= 0,
    target: 'regression:accuracy',
    build: (random) => {
      const difficulty = Array.from({ length: items }, () => 1.6 + gaussian(random));
      const side = (shift: number) => {
        const runs: RunResult[] = [];
        const examples: ExampleRow[][] = [];
        for (let s = 0; s < seeds; s++) {
          const model = modelSpread * gaussian(random);
          let right = 0;
          const rows = difficulty.map((d, i) => {
            const p = logistic(d + model + modelSpread * gaussian(random)) - shift;
            const correct = random() < p;
            if (correct) right++;
            return { id: `q${i}`, correct };
          });
          runs.push({ seed: s + 1, metrics: { accuracy: right / items } });
          examples.push(rows);
        }
        return loaded(runs, examples);
      };
      return { config, baseline: side(0), candidate: side(drop * SIGMA) };
    },
  };
}

/** Both sides constant across seeds: a deterministic eval. */
export function constantScenario(name: string, baselineValue: number, candidateValue: number): Scenario {
  return {
    name,
    nullTrue: candidateValue >= baselineValue - 1e-12,
    target: 'regression:accuracy',
    build: () => ({
      config: { metrics: { accuracy: { goal: 'maximize' } } },
      baseline: loaded([1, 2, 3].map((seed) => ({ seed, metrics: { accuracy: baselineValue } }))),
      candidate: loaded([1, 2, 3].map((seed) => ({ seed, metrics: { accuracy: candidateValue } }))),
    }),
  };
}

export interface Tally {
  runs: number;
  /** Gates whose verdict is fail, and whose target check failed. */
  fails: number;
  targetFails: number;
  /** Gates with a failed check in each Holm family. */
  familyFails: Record<string, number>;
  warns: number;
  /** How often the per-item paired test alone would have called the candidate worse at alpha. */
  pairedRejects: number;
}

export function simulate(scenario: Scenario, runs: number, seed = 1): Tally {
  const random = prng(seed);
  const tally: Tally = { runs, fails: 0, targetFails: 0, familyFails: {}, warns: 0, pairedRejects: 0 };
  for (let i = 0; i < runs; i++) {
    const { config, baseline, candidate } = scenario.build(random);
    const report: GateReport = evaluateGate({ settings: gateSettings(config), baseline, candidate });
    if (report.verdict === 'fail') tally.fails++;
    const failed = report.checks.filter((c) => c.status === 'fail');
    if (failed.some((c) => c.id === scenario.target)) tally.targetFails++;
    for (const family of new Set(failed.map((c) => c.family?.name ?? c.kind)))
      tally.familyFails[family] = (tally.familyFails[family] ?? 0) + 1;
    if (report.verdict === 'warn') tally.warns++;
    const paired = report.checks.find((c) => c.paired)?.paired;
    if (paired && paired.p_value < report.alpha) tally.pairedRejects++;
  }
  return tally;
}

/** Wilson's 95 % interval for a rate: it stays inside [0, 1] and is honest at 0 of 2,000. */
export function wilson(successes: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
