// Calibration by simulation through the real evaluation code, a few hundred gates per case with a
// fixed PRNG seed (so each run gives the same counts). The bounds leave room for sampling error at
// these sizes; the rates before this design are named for each case, all well outside them.
import { describe, expect, it } from 'vitest';
import { itemScenario, seedScenario, simulate } from '../../bench/calibration/scenarios.js';

const RUNS = 400;
const rate = (k: number) => k / RUNS;

describe('unbalanced seeds do not cry wolf', () => {
  it.each([
    [2, 10],
    [2, 50],
    [10, 2],
  ])('%i candidate v %i baseline seeds, 4 metrics, no change: false fails at most α', (c, b) => {
    // Welch alone failed 13 % (2 v 10) and 19 % (2 v 50) of these.
    const t = simulate(seedScenario('null', { baselineSeeds: b, candidateSeeds: c, metrics: 4 }), RUNS, 11);
    expect(rate(t.fails)).toBeLessThanOrEqual(0.075);
  });
});

describe('the margin is tested as a margin', () => {
  it.each([
    [0.5, 'half the margin'],
    [1, 'the margin itself'],
  ])('a true drop of %s point (%s) fails at most α', (drop) => {
    // Before: 14 % at half the margin, 50 % at the margin.
    const t = simulate(
      seedScenario('margin', { baselineSeeds: 5, candidateSeeds: 5, metrics: 1, drop, margin: 1 }),
      RUNS,
      12,
    );
    expect(rate(t.fails)).toBeLessThanOrEqual(0.075);
  });
});

describe('warn is not the normal result', () => {
  it('no-change PRs with 4 metrics and the default config warn at most 10 %', () => {
    // Before: about 90 %, each with seeds advice computed on noise.
    const t = simulate(seedScenario('null', { baselineSeeds: 5, candidateSeeds: 5, metrics: 4 }), RUNS, 13);
    expect(rate(t.warns)).toBeLessThanOrEqual(0.1);
  });
});

describe('item-level evals', () => {
  it('a single run a side with 2,000 right/wrong items is decided by the paired test, calibrated', () => {
    const t = simulate(itemScenario('null', { items: 2000, seeds: 1, drop: 0 }), 200, 14);
    expect(t.fails / 200).toBeLessThanOrEqual(0.08);
    const drop = simulate(itemScenario('drop', { items: 2000, seeds: 1, drop: 5 }), 50, 15);
    // Before: every one of these was insufficient_data; now a 5-point drop is caught nearly always.
    expect(drop.targetFails).toBeGreaterThanOrEqual(45);
  });
  it('seeds that differ as whole models: the gate stays at α where the item test alone would not', () => {
    const t = simulate(itemScenario('null', { items: 300, seeds: 5, drop: 0, modelSpread: 0.15 }), 300, 16);
    expect(t.fails / 300).toBeLessThanOrEqual(0.08);
    // The trap the per-seed decision avoids: pairing items across seeds that are different models.
    expect(t.pairedRejects).toBeGreaterThan(t.fails);
  });
});
