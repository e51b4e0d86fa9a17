// The scenarios of the README's calibration table, and the table itself.
import {
  constantScenario,
  itemScenario,
  type Scenario,
  seedScenario,
  type Tally,
  wilson,
} from './scenarios.js';

export const ALPHA = 0.05;

export const SCENARIOS: Scenario[] = [
  ...(
    [
      [2, 2],
      [3, 3],
      [5, 5],
      [2, 10],
      [2, 50],
      [10, 2],
      [50, 2],
      [20, 20],
    ] as const
  ).flatMap(([b, c]) => [
    seedScenario(`null, ${c} v ${b}, 1 metric`, { baselineSeeds: b, candidateSeeds: c, metrics: 1 }),
    seedScenario(`null, ${c} v ${b}, 4 metrics`, { baselineSeeds: b, candidateSeeds: c, metrics: 4 }),
  ]),
  seedScenario('null, 5 v 5 seeds, 1 metric, 50 slices', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 1,
    slices: 50,
  }),
  seedScenario('drop of half the margin (1 of 2 points), 5 v 5', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 1,
    drop: 1,
    margin: 2,
  }),
  seedScenario('drop equal to the margin (2 points), 5 v 5', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 1,
    drop: 2,
    margin: 2,
  }),
  ...([3, 5] as const).flatMap((seeds) =>
    ([0.5, 1, 2] as const).flatMap((drop) =>
      ([1, 4] as const).map((metrics) =>
        seedScenario(
          `drop of ${drop} point${drop === 1 ? '' : 's'}, ${seeds} v ${seeds}, ${metrics === 1 ? '1 metric' : `${metrics} primary metrics`}`,
          {
            baselineSeeds: seeds,
            candidateSeeds: seeds,
            metrics,
            drop,
            margin: 0,
          },
        ),
      ),
    ),
  ),
  seedScenario('drop of 2 points, 7 v 7, 4 primary metrics', {
    baselineSeeds: 7,
    candidateSeeds: 7,
    metrics: 4,
    drop: 2,
    margin: 0,
  }),
  seedScenario('drop of 2 points, 5 v 5, 4 metrics of which 1 primary', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 4,
    drop: 2,
    margin: 0,
    onePrimary: true,
  }),
  seedScenario('drop of 1.5 points, 5 v 5, 1 metric, no slices', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 1,
    drop: 1.5,
    margin: 0,
  }),
  seedScenario('drop of 1.5 points, 5 v 5, 1 metric, 50 slices', {
    baselineSeeds: 5,
    candidateSeeds: 5,
    metrics: 1,
    drop: 1.5,
    margin: 0,
    slices: 50,
  }),
  itemScenario('null, single run, 2,000 right/wrong items', { items: 2000, seeds: 1, drop: 0 }),
  itemScenario('drop of 2 points, single run, 2,000 right/wrong items', { items: 2000, seeds: 1, drop: 2 }),
  itemScenario('null, 5 v 5 seeds as whole models, 500 items', {
    items: 500,
    seeds: 5,
    drop: 0,
    modelSpread: 0.1,
  }),
  itemScenario('drop of 2 points, 5 v 5 seeds as whole models, 500 items', {
    items: 500,
    seeds: 5,
    drop: 2,
    modelSpread: 0.1,
  }),
  constantScenario('constant sides, 0.3 v 0.30000000000000004', 0.3, 0.30000000000000004),
  constantScenario('constant sides, 0.3 v 0.29', 0.3, 0.29),
];

const pct = (x: number) => `${(100 * x).toFixed(1)}`;

/**
 * One row per scenario: false fails of the whole verdict when the null is true (and per family when
 * the gate has several), the target check's fails (power) when the drop is real, with Wilson 95 %
 * intervals.
 */
export function renderTable(rows: { scenario: Scenario; tally: Tally }[]): string {
  const lines = [
    '| Scenario (candidate v baseline seeds) | Gates | False fail % [95% CI] | Power % [95% CI] | Warn % | Item test alone % |',
    '|---|---|---|---|---|---|',
  ];
  const rate = (k: number, n: number) => {
    const [low, high] = wilson(k, n);
    return `${pct(k / n)} [${pct(low)}, ${pct(high)}]`;
  };
  for (const { scenario, tally } of rows) {
    const paired = scenario.name.includes('items') ? pct(tally.pairedRejects / tally.runs) : '';
    const falseFail = scenario.nullTrue ? rate(tally.fails, tally.runs) : '';
    const power = scenario.nullTrue ? '' : rate(tally.targetFails, tally.runs);
    lines.push(
      `| ${scenario.name} | ${tally.runs} | ${falseFail} | ${power} | ${pct(tally.warns / tally.runs)} | ${paired} |`,
    );
    const families = Object.keys(tally.familyFails).sort();
    if (scenario.nullTrue && families.length > 1) {
      for (const family of families)
        lines.push(
          `| … of which the ${family} family | | ${rate(tally.familyFails[family]!, tally.runs)} | | | |`,
        );
    }
  }
  return lines.join('\n');
}
