import { describe, expect, it } from 'vitest';
import { promptfooRuns } from '../../src/io/adapters/promptfoo.js';
import { readEvalSources } from '../../src/io/adapters/sources.js';
import { fixture, inputErrorOf, readJson } from './support.js';

const BASELINE = fixture('promptfoo/baseline/results.json');
type Output = {
  results: {
    results: Record<string, unknown>[];
    prompts: { metrics: { score: number; testPassCount: number; testFailCount: number } }[];
  };
};
const output = () => readJson(BASELINE) as Output;

describe('promptfoo --output JSON', () => {
  it('makes each repeat a run with pass rate, mean score and latency, and each prompt x provider a slice', async () => {
    const side = await readEvalSources({ paths: [BASELINE] });
    expect(side.provenance).toEqual({ tool: 'promptfoo', version: '0.123.1', files: [BASELINE], runs: 3 });
    expect(side.results.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
    const run = side.results.runs[0]!;
    // 3 tests x 2 prompts; the third test fails on both prompts in the baseline.
    expect(run.metrics.pass_rate).toBeCloseTo(4 / 6, 12);
    expect(run.metrics.score).toBeCloseTo(4 / 6, 12);
    expect(run.metrics.latency_ms).toBeGreaterThan(0);
    expect(Object.keys(run.slices!)).toEqual(['echo · prompt 1', 'echo · prompt 2']);
    expect(run.slices!['echo · prompt 1']).toMatchObject({ n: 3, metrics: { pass_rate: 2 / 3 } });
    expect(side.results.model).toBe('echo');
  });

  it('decodes the repeat from testIdx (test x repeats + repeat): each run holds every test once', () => {
    const { runs } = promptfooRuns(output(), 'out.json');
    for (const run of runs) {
      const ids = run.rows.filter((r) => r.metric === 'pass_rate').map((r) => r.id);
      expect(ids.sort()).toEqual([
        'echo · prompt 1/test-0',
        'echo · prompt 1/test-1',
        'echo · prompt 1/test-2',
        'echo · prompt 2/test-0',
        'echo · prompt 2/test-1',
        'echo · prompt 2/test-2',
      ]);
    }
    expect(runs[0]!.rows.find((r) => r.id === 'echo · prompt 1/test-2' && r.metric === 'pass_rate')).toEqual({
      id: 'echo · prompt 1/test-2',
      correct: false,
      slice: 'echo · prompt 1',
      metric: 'pass_rate',
    });
  });

  it('does not read the per-prompt totals, which add up all repeats', () => {
    const data = output();
    // promptfoo's own total for prompt 1 counts 9 results (3 tests x 3 repeats).
    expect(
      data.results.prompts[0]!.metrics.testPassCount + data.results.prompts[0]!.metrics.testFailCount,
    ).toBe(9);
    data.results.prompts[0]!.metrics.score = 1000;
    const { runs } = promptfooRuns(data, 'out.json');
    expect(runs.every((r) => r.slices!['echo · prompt 1']!.metrics.score! <= 1)).toBe(true);
  });

  it('rejects an output with a repeat missing for some test', async () => {
    const data = output();
    data.results.results = data.results.results.filter((r) => !(r.testIdx === 4 && r.promptIdx === 0));
    const { text } = await inputErrorOf(() => promptfooRuns(data, 'out.json'));
    expect(text).toContain('a repeat index is missing');
    expect(text).toContain('out.json, field "results.results"');
  });

  it('rejects a result without testIdx, and a success that is not true or false', async () => {
    const data = output();
    delete data.results.results[5]!.testIdx;
    expect((await inputErrorOf(() => promptfooRuns(data, 'out.json'))).text).toMatch(
      /^out\.json, field "results\.results\[5\]\.testIdx": the result has no testIdx/,
    );
    const typed = output();
    typed.results.results[2]!.success = 'yes';
    expect((await inputErrorOf(() => promptfooRuns(typed, 'out.json'))).text).toContain(
      'field "results.results[2].success": "success" is not true or false',
    );
  });

  it('rejects a repeat count that does not fit the test indexes', async () => {
    const data = output() as Output & { runtimeOptions: { repeat: number } };
    data.runtimeOptions.repeat = 2;
    expect((await inputErrorOf(() => promptfooRuns(data, 'out.json'))).text).toContain(
      'does not fit 2 repeats per test',
    );
  });
});
