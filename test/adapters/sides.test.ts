import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/core/gate/evaluate.js';
import { gateSettings } from '../../src/core/gate/settings.js';
import type { LoadedResults } from '../../src/core/results.js';
import { compareSides, type EvalSources, readEvalSources } from '../../src/io/adapters/sources.js';
import { parseResults } from '../../src/io/results/results.js';
import { fixture, inputErrorOf, scratch } from './support.js';

const SIDES = {
  'lm-eval': { paths: (side: string) => [fixture(`lm-eval/${side}`)] },
  promptfoo: { paths: (side: string) => [fixture(`promptfoo/${side}/results.json`)] },
  inspect: { paths: (side: string) => [fixture(`inspect/${side}`)] },
  'openai-evals': { paths: (side: string) => [fixture(`openai-evals/${side}`)] },
  table: {
    paths: (side: string) => [fixture(`table/long-${side}.csv`)],
    columns: { run: 'run', item: 'item', metric: 'metric', value: 'value', slice: 'slice' },
  },
} as const;

describe('one side of the gate, from any tool', () => {
  it.each(Object.entries(SIDES))(
    '%s results validate against the shipped sprintlab.eval/v1 schema and compare with the other side',
    async (_tool, spec) => {
      const read = (side: string) =>
        readEvalSources({ paths: spec.paths(side), ...('columns' in spec ? { columns: spec.columns } : {}) });
      const [candidate, baseline] = [await read('candidate'), await read('baseline')];
      for (const side of [candidate, baseline]) {
        // The gate's own parser: schema, finite values, unique seeds.
        expect(parseResults(JSON.stringify(side.results), 'adapted.json')).toEqual(side.results);
        expect(side.results.runs.length).toBeGreaterThanOrEqual(2);
        expect(side.examples.size).toBe(side.results.runs.length);
        // Every row names a metric the run reports.
        for (const run of side.results.runs) {
          const metrics = new Set(Object.keys(run.metrics));
          expect(side.examples.get(String(run.seed))!.every((r) => r.metric && metrics.has(r.metric))).toBe(
            true,
          );
        }
      }
      expect(() => compareSides(candidate, baseline)).not.toThrow();
      // Dropped into the gate as a loaded side, every metric both sides share is compared seed by seed.
      const loaded = (s: EvalSources): LoadedResults => ({
        source: s.provenance.files[0]!,
        sha256: '',
        results: s.results,
        examples: s.examples,
      });
      const shared = Object.keys(baseline.results.runs[0]!.metrics);
      const report = evaluateGate({
        settings: gateSettings({
          paired: false,
          metrics: Object.fromEntries(shared.map((m) => [m, { goal: 'maximize', max_regression: 0.5 }])),
        }),
        baseline: loaded(baseline),
        candidate: loaded(candidate),
      });
      for (const metric of shared) {
        const check = report.checks.find((c) => c.id === `regression:${metric}`);
        expect(check?.status).toMatch(/^(pass|warn|fail)$/);
      }
    },
  );

  it('rejects runs of one side that evaluate different models', async () => {
    const dir = scratch(fixture('lm-eval/baseline'));
    const results = join(dir, 'seed-2/EleutherAI__pythia-160m/results_2026-11-30T11-02-47.903511.json');
    const data = JSON.parse(readFileSync(results, 'utf8'));
    data.model_name = 'EleutherAI/pythia-410m';
    writeFileSync(results, JSON.stringify(data));
    const { text } = await inputErrorOf(() =>
      readEvalSources({ paths: [join(dir, 'seed-1'), join(dir, 'seed-2')] }),
    );
    expect(text).toContain(
      'runs of one side evaluate different models ("EleutherAI/pythia-160m" and "EleutherAI/pythia-410m")',
    );
    expect(text).toContain(results);
  });

  it('reports a task evaluated on one side only, naming that side', async () => {
    const candidate = await readEvalSources({ paths: [fixture('lm-eval/candidate')] });
    const baseline = await readEvalSources({ paths: [fixture('lm-eval/baseline')] });
    for (const run of baseline.results.runs) {
      for (const name of Object.keys(run.metrics)) if (name.startsWith('gsm8k/')) delete run.metrics[name];
    }
    const { text } = await inputErrorOf(() => compareSides(candidate, baseline));
    expect(text).toContain('task "gsm8k" is in the candidate results but not in the baseline');
    expect(text).toContain('field "tasks"');
  });

  it('rejects one side that mixes two tools', async () => {
    const { text } = await inputErrorOf(() =>
      readEvalSources({
        paths: [fixture('promptfoo/baseline/results.json'), fixture('openai-evals/baseline/run-1.jsonl')],
      }),
    );
    expect(text).toContain('one side mixes promptfoo');
  });
});
