import type { ExampleRow, SliceResult } from '../../core/results.js';
import { type Adapted, type AdaptedRun, finiteAt, inputError, isObject, mean, objectAt } from './adapted.js';

/**
 * promptfoo's `--output` JSON. Each repeat is a run. promptfoo numbers a test's repeats with
 * consecutive test indexes (testIdx = test × repeats + repeat), and its per-prompt totals
 * (`results.prompts[].metrics`) add up every repeat, so all figures here are recomputed per repeat
 * from `results.results`.
 */

const FIX =
  'give the JSON that "promptfoo eval -o results.json" writes (it has "results": {"results": [...]})';

interface Outcome {
  combo: string;
  test: number;
  success: boolean;
  score: number;
  latency?: number;
}

/** How many times each test ran: recorded by the CLI, or else worked out from the configured tests. */
function repeatsOf(top: Record<string, unknown>, maxTestIdx: number, file: string): number {
  const runtime = isObject(top.runtimeOptions) ? top.runtimeOptions.repeat : undefined;
  const config = isObject(top.config) ? top.config : {};
  const configured = isObject(config.evaluateOptions) ? config.evaluateOptions.repeat : undefined;
  const recorded = runtime ?? configured;
  if (recorded === undefined && Array.isArray(config.tests) && config.tests.length > 0) {
    const n = (maxTestIdx + 1) / config.tests.length;
    if (Number.isInteger(n)) return n;
  }
  if (recorded === undefined) return 1;
  if (typeof recorded !== 'number' || !Number.isInteger(recorded) || recorded < 1) {
    throw inputError(
      file,
      'runtimeOptions.repeat',
      'the repeat count is not a whole number of at least 1',
      FIX,
    );
  }
  return recorded;
}

const comboOf = (r: Record<string, unknown>): string => {
  const provider = isObject(r.provider) ? r.provider.label || r.provider.id : r.provider;
  const promptIdx = typeof r.promptIdx === 'number' ? r.promptIdx + 1 : '?';
  return `${typeof provider === 'string' && provider ? provider : 'provider'} · prompt ${promptIdx}`;
};

function summary(outcomes: readonly Outcome[]): Record<string, number> {
  const metrics: Record<string, number> = {
    pass_rate: outcomes.filter((o) => o.success).length / outcomes.length,
    score: mean(outcomes.map((o) => o.score)),
  };
  const latencies = outcomes.flatMap((o) => (o.latency === undefined ? [] : [o.latency]));
  if (latencies.length === outcomes.length) metrics.latency_ms = mean(latencies);
  return metrics;
}

/** The runs (one per repeat) of one parsed promptfoo output file. */
export function promptfooRuns(data: unknown, file: string): Adapted {
  const top = objectAt(data, file, '(top level)', FIX);
  const body = objectAt(top.results, file, 'results', FIX);
  if (!Array.isArray(body.results)) {
    throw inputError(file, 'results.results', `"results.results" is not a list of test results`, FIX);
  }
  const list = body.results;
  const parsed = list.map((value, i) => {
    const at = `results.results[${i}]`;
    const r = objectAt(value, file, at, FIX);
    if (typeof r.testIdx !== 'number' || !Number.isInteger(r.testIdx) || r.testIdx < 0) {
      throw inputError(
        file,
        `${at}.testIdx`,
        r.testIdx === undefined ? 'the result has no testIdx' : 'testIdx is not a test index',
        'give the unedited output of "promptfoo eval -o" (every result records its testIdx)',
      );
    }
    if (typeof r.success !== 'boolean') {
      throw inputError(file, `${at}.success`, '"success" is not true or false', FIX);
    }
    const score = finiteAt(r.score ?? (r.success ? 1 : 0), file, `${at}.score`, FIX);
    const latency =
      r.latencyMs === undefined ? undefined : finiteAt(r.latencyMs, file, `${at}.latencyMs`, FIX);
    return {
      r,
      testIdx: r.testIdx,
      success: r.success,
      score,
      latency,
      vars: JSON.stringify(r.vars ?? null),
    };
  });
  if (parsed.length === 0) throw inputError(file, 'results.results', 'the output holds no test results', FIX);
  // A loop, not Math.max(...list): spreading a list of a few hundred thousand overflows the stack.
  const maxTestIdx = parsed.reduce((m, p) => (p.testIdx > m ? p.testIdx : m), 0);
  const repeats = repeatsOf(top, maxTestIdx, file);
  const byRepeat = Array.from({ length: repeats }, () => [] as Outcome[]);
  const firstVars = new Map<string, string>();
  const providers = new Set<string>();
  for (const p of parsed) {
    const test = Math.floor(p.testIdx / repeats);
    const combo = comboOf(p.r);
    providers.add(combo.slice(0, combo.lastIndexOf(' · ')));
    // The repeats of one test ran with the same variables; different ones mean the index arithmetic is off.
    const key = `${combo}\u0000${test}`;
    const vars = firstVars.get(key);
    if (vars !== undefined && vars !== p.vars) {
      throw inputError(
        file,
        'runtimeOptions.repeat',
        `testIdx ${p.testIdx} does not fit ${repeats} repeats per test (its variables differ from its test's first repeat)`,
        'give the output of one "promptfoo eval --repeat N" run unedited; per-test repeat options and expanded variable lists are not supported',
      );
    }
    firstVars.set(key, p.vars);
    byRepeat[p.testIdx % repeats]!.push({
      combo,
      test,
      success: p.success,
      score: p.score,
      ...(p.latency === undefined ? {} : { latency: p.latency }),
    });
  }
  const expected = byRepeat[0]!.length;
  byRepeat.forEach((outcomes, repeat) => {
    if (outcomes.length !== expected) {
      throw inputError(
        file,
        'results.results',
        `repeat ${repeat + 1} has ${outcomes.length} results but repeat 1 has ${expected}: a repeat index is missing`,
        'give the output of a finished "promptfoo eval" run (an interrupted run lacks some repeats)',
      );
    }
  });
  const model = [...providers].sort().join(', ');
  const runs: AdaptedRun[] = byRepeat.map((outcomes, repeat) => {
    const byCombo = new Map<string, Outcome[]>();
    for (const o of outcomes) {
      const of = byCombo.get(o.combo);
      if (of) of.push(o);
      else byCombo.set(o.combo, [o]);
    }
    const slices: Record<string, SliceResult> = {};
    for (const [combo, of] of byCombo) slices[combo] = { n: of.length, metrics: summary(of) };
    const rows: ExampleRow[] = outcomes.flatMap((o) => {
      const id = `${o.combo}/test-${o.test}`;
      return [
        { id, correct: o.success, slice: o.combo, metric: 'pass_rate' },
        { id, score: o.score, slice: o.combo, metric: 'score' },
      ];
    });
    return { seed: repeat + 1, metrics: summary(outcomes), slices, rows, files: [file], model };
  });
  const meta = isObject(top.metadata) ? top.metadata : {};
  const version = typeof meta.promptfooVersion === 'string' ? meta.promptfooVersion : undefined;
  return { tool: 'promptfoo', runs, ...(version ? { version } : {}) };
}
