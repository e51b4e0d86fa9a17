import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { InputError } from '../../src/core/errors.js';
import { evaluateGate, verdictOf } from '../../src/core/gate/evaluate.js';
import { gateSettings } from '../../src/core/gate/settings.js';
import type { GateCheck } from '../../src/core/gate/types.js';
import { headline } from '../../src/core/render/gate.js';
import { results, settings } from './helpers.js';

const acc = { goal: 'maximize' as const, max_regression: 0.01 };
const base5 = [0.912, 0.915, 0.909, 0.918, 0.913];
const byId = (checks: GateCheck[], id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

describe('regression', () => {
  it('fails a drop shown to exceed the margin, with the deciding test and Holm adjustment', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: base5 }),
      candidate: results({ accuracy: [0.888, 0.885, 0.891, 0.884, 0.889] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(report.verdict).toBe('fail');
    expect(c.status).toBe('fail');
    expect(c.delta).toBeCloseTo(-0.026, 9);
    expect(c.test?.alternative).toBe('less');
    expect(['welch', 'student']).toContain(c.test?.name);
    // The null is "worse by exactly the margin": t measures the drop beyond 0.01, not beyond 0.
    expect(c.test?.null_delta).toBe(-0.01);
    expect(c.test?.t).toBeCloseTo(-8.08, 1);
    expect(c.test?.p_value).toBeLessThan(1e-3);
    // One test in the family: Holm leaves p unchanged.
    expect(c.family).toEqual({ name: 'primary', size: 1 });
    expect(c.test?.p_adjusted).toBeCloseTo(c.test!.p_value!, 12);
    expect(c.message).toMatch(/accuracy fell 0\.026 \(2\.6 points\), 0\.9134 → 0\.8874/);
    expect(c.message).toMatch(/max_regression/);
  });

  it('warns when the drop beyond the margin is suggestive but not significant, saying how many seeds would tell', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.91, 0.93, 0.89] }),
      // p ≈ 0.058 for "worse by more than 0.01": between alpha and the default warn level 2 alpha.
      candidate: results({ accuracy: [0.86, 0.89, 0.85] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('warn');
    expect(report.verdict).toBe('warn');
    expect(c.seeds_needed).toBeGreaterThan(3);
    expect(c.message).toContain(`about ${c.seeds_needed} seeds per side`.replace('about', 'About'));
  });

  it('passes a drop within the margin even when significant', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize', max_regression: 0.05 } }),
      baseline: results({ accuracy: base5 }),
      candidate: results({ accuracy: [0.888, 0.885, 0.891, 0.884, 0.889] }),
    });
    expect(byId(report.checks, 'regression:accuracy').status).toBe('pass');
    expect(report.verdict).toBe('pass');
  });

  it('reads a percentage margin relative to the baseline mean, and minimise goals the other way', () => {
    const lat = { goal: 'minimize' as const, max_regression: '10%' };
    const within = evaluateGate({
      settings: settings({ latency: lat }),
      baseline: results({ latency: [400, 402, 398, 401, 399] }),
      candidate: results({ latency: [430, 432, 428, 431, 429] }), // +7.5 %
    });
    const c = byId(within.checks, 'regression:latency');
    expect(c.margin).toBeCloseTo(40, 9);
    expect(c.test?.alternative).toBe('greater');
    expect(c.status).toBe('pass');
    const beyond = evaluateGate({
      settings: settings({ latency: lat }),
      baseline: results({ latency: [400, 402, 398, 401, 399] }),
      candidate: results({ latency: [450, 452, 448, 451, 449] }), // +12.5 %
    });
    expect(byId(beyond.checks, 'regression:latency').status).toBe('fail');
  });

  it('reports a significant improvement', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.901, 0.899, 0.905, 0.897, 0.903] }),
      candidate: results({ accuracy: base5 }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('pass');
    expect(c.improvement).toBe(true);
    // scipy: p_greater of acc_5_seeds_clear_gain
    expect(c.test?.p_improvement).toBeCloseTo(0.00016265609690630723, 12);
  });

  it('gives insufficient_data under two seeds on a side, while thresholds still apply', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize', min: 0.9, max_regression: 0.01 } }),
      baseline: results({ accuracy: [0.91] }),
      candidate: results({ accuracy: [0.85, 0.86] }),
    });
    expect(byId(report.checks, 'regression:accuracy').status).toBe('insufficient_data');
    expect(byId(report.checks, 'threshold:accuracy').status).toBe('fail');
    expect(report.verdict).toBe('fail');
    const onlyInsufficient = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.91] }),
      candidate: results({ accuracy: [0.95] }),
    });
    expect(onlyInsufficient.verdict).toBe('insufficient_data');
  });

  it('corrects slices in their own family per metric, apart from the primary metrics', () => {
    const slice = (values: number[]) => ({ slices: { 'lang:de': { n: 50, values: { accuracy: values } } } });
    const report = evaluateGate({
      settings: settings(
        { accuracy: { goal: 'maximize', max_regression: 0 }, f1: { goal: 'maximize', max_regression: 0 } },
        { slices: { min_size: 10 } },
      ),
      baseline: results({ accuracy: base5, f1: base5 }, slice([0.8, 0.82, 0.81, 0.79, 0.8])),
      candidate: results(
        { accuracy: [0.91, 0.912, 0.906, 0.915, 0.91], f1: [0.9, 0.905, 0.9, 0.91, 0.9] },
        slice([0.78, 0.8, 0.79, 0.77, 0.79]),
      ),
    });
    const overall = byId(report.checks, 'regression:accuracy');
    const f1 = byId(report.checks, 'regression:f1');
    const slice1 = byId(report.checks, 'slice:lang:de:accuracy');
    expect(overall.family).toEqual({ name: 'primary', size: 2 });
    expect(slice1.family).toEqual({ name: 'slices of accuracy', size: 1 });
    // Holm over the two primary metrics only: the slice does not dilute them.
    const ps = [overall.test!.p_value!, f1.test!.p_value!].sort((a, b) => a - b);
    const adjusted = [overall.test!.p_adjusted!, f1.test!.p_adjusted!].sort((a, b) => a - b);
    expect(adjusted[0]).toBeCloseTo(Math.min(1, 2 * ps[0]!), 12);
    expect(adjusted[1]).toBeCloseTo(Math.max(adjusted[0]!, ps[1]!), 12);
    expect(slice1.test!.p_adjusted).toBe(slice1.test!.p_value);
  });
});

describe('thresholds and safety', () => {
  it('fails a blocking safety metric when one seed breaks the limit, even if the mean does not', () => {
    const report = evaluateGate({
      settings: settings({ toxicity: { goal: 'minimize', max: 0.001, blocking: true } }),
      baseline: results({ toxicity: [0.0004, 0.0004] }),
      candidate: results({ toxicity: [0.0002, 0.0003, 0.0012] }),
    });
    const c = byId(report.checks, 'threshold:toxicity');
    expect(c.status).toBe('fail');
    expect(c.message).toMatch(/1 of 3 seeds/);
  });
  it('judges a non-blocking metric by its mean only', () => {
    const report = evaluateGate({
      settings: settings({ toxicity: { goal: 'minimize', max: 0.001 } }),
      baseline: results({ toxicity: [0.0004, 0.0004] }),
      candidate: results({ toxicity: [0.0002, 0.0003, 0.0012] }),
    });
    expect(byId(report.checks, 'threshold:toxicity').status).toBe('pass');
  });
});

describe('slices, consistency, golden, comparability', () => {
  it('skips slices under min_size with a note', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }, { slices: { min_size: 30 } }),
      baseline: results(
        { accuracy: base5 },
        { slices: { 'lang:ja': { n: 12, values: { accuracy: [1, 1, 1, 1, 1] } } } },
      ),
      candidate: results(
        { accuracy: base5 },
        { slices: { 'lang:ja': { n: 12, values: { accuracy: [0, 0, 0, 0, 0] } } } },
      ),
    });
    expect(report.checks.some((c) => c.kind === 'slice')).toBe(false);
    expect(report.notes.join(' ')).toMatch(/1 slice\(s\) under gate\.slices\.min_size \(30 items\).*lang:ja/);
  });

  it('fails consistency above max_std, per metric override first', () => {
    const report = evaluateGate({
      settings: settings(
        { accuracy: acc, latency: { goal: 'minimize', max_std: 50 } },
        { consistency: { max_std: 0.01 } },
      ),
      baseline: results({ accuracy: base5, latency: [1, 2, 3, 4, 5] }),
      candidate: results({ accuracy: [0.85, 0.95, 0.9, 0.88, 0.93], latency: [100, 150, 120, 130, 110] }),
    });
    expect(byId(report.checks, 'consistency:accuracy').status).toBe('fail');
    expect(byId(report.checks, 'consistency:latency').status).toBe('pass');
  });

  it('lists golden flips: right on every baseline seed, wrong or missing on a candidate seed', () => {
    const row = (id: string, correct: boolean) => ({ id, correct });
    const baseline = results(
      { accuracy: [0.9, 0.91] },
      {
        examples: [
          [row('g1', true), row('g2', true), row('g3', false)],
          [row('g1', true), row('g2', true), row('g3', true)],
        ],
      },
    );
    const candidate = results(
      { accuracy: [0.9, 0.91] },
      {
        examples: [
          [row('g1', true), row('g2', false), row('g3', false)],
          [row('g1', true), row('g3', false)],
        ],
      },
    );
    const report = evaluateGate({
      settings: settings({ accuracy: acc }, {}, ['g1', 'g2', 'g3']),
      baseline,
      candidate,
    });
    const g = byId(report.checks, 'golden');
    expect(g.status).toBe('fail');
    expect(g.flips).toEqual([{ id: 'g2', seeds: ['1', '2'] }]);
    expect(report.notes.join(' ')).toMatch(/1 golden id\(s\) were not right on every baseline seed/);
  });

  it('golden without per-item rows is insufficient data', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }, {}, ['g1']),
      baseline: results({ accuracy: base5 }),
      candidate: results({ accuracy: base5 }),
    });
    expect(byId(report.checks, 'golden').status).toBe('insufficient_data');
  });

  it('warns when the two sides were evaluated on different dataset versions', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: base5 }, { dataset: { name: 'd', version: 'v1' } }),
      candidate: results({ accuracy: base5 }, { dataset: { name: 'd', version: 'v2' } }),
    });
    expect(byId(report.checks, 'comparability:dataset').status).toBe('warn');
    expect(report.verdict).toBe('warn');
  });

  it('attaches a paired per-item test next to Welch (McNemar for one binary run a side)', () => {
    const rows = (wrong: number) =>
      Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, correct: i >= wrong }));
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.95] }, { examples: [rows(10)] }),
      candidate: results({ accuracy: [0.85] }, { examples: [rows(30)] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.paired?.name).toBe('mcnemar-exact');
    expect(c.paired?.discordant).toEqual({ candidate_worse: 20, candidate_better: 0 });
    // Binomial(20, 1/2): P(X <= 0) = 2^-20
    expect(c.paired?.p_value).toBeCloseTo(2 ** -20, 15);
  });
});

describe('input problems found by core', () => {
  it('names a configured metric the results do not report', () => {
    expect(() =>
      evaluateGate({
        settings: settings({ f1: acc }),
        baseline: results({ accuracy: base5 }),
        candidate: results({ accuracy: base5 }, {}, 'cand.json'),
      }),
    ).toThrow(InputError);
    try {
      evaluateGate({
        settings: settings({ f1: acc }),
        baseline: results({ accuracy: base5 }),
        candidate: results({ accuracy: base5 }, {}, 'cand.json'),
      });
    } catch (e) {
      expect((e as InputError).describe()).toMatch(/cand\.json.*"f1".*\n.*Fix: .*accuracy/s);
    }
  });
  it('a metric new in the candidate gets a note, not a failure', () => {
    const report = evaluateGate({
      settings: settings({ f1: acc }),
      baseline: results({ accuracy: base5 }),
      candidate: results({ f1: base5 }),
    });
    expect(report.notes.join(' ')).toMatch(/f1 is not in the baseline/);
  });
});

describe('verdict', () => {
  const check = (status: GateCheck['status'], blocking = true): GateCheck => ({
    id: status,
    kind: 'threshold',
    status,
    blocking,
    message: '',
  });
  it('orders fail > warn > insufficient_data > pass, and a non-blocking fail is a warn', () => {
    expect(verdictOf([check('pass'), check('insufficient_data'), check('warn')])).toBe('warn');
    expect(verdictOf([check('pass'), check('fail')])).toBe('fail');
    expect(verdictOf([check('pass'), check('fail', false)])).toBe('warn');
    expect(verdictOf([check('pass'), check('insufficient_data')])).toBe('insufficient_data');
    expect(verdictOf([])).toBe('pass');
  });
});

describe('nothing to compare against', () => {
  it('an empty baseline (no results at the merge base yet) is insufficient_data, never a silent pass', () => {
    const empty = {
      source: 'no evals/results.json at merge base abc1234',
      sha256: '',
      results: { format: 'sprintlab.eval/v1' as const, runs: [] },
    };
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: empty,
      candidate: results({ accuracy: base5 }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('insufficient_data');
    expect(c.message).toMatch(
      /no baseline results \(no evals\/results\.json at merge base abc1234\).*5 candidate seeds.*thresholds still apply/,
    );
    expect(report.verdict).toBe('insufficient_data');
    expect(report.baseline).not.toHaveProperty('sha256');
    // A threshold still decides.
    const breached = evaluateGate({
      settings: settings({ accuracy: { ...acc, min: 0.95 } }),
      baseline: empty,
      candidate: results({ accuracy: base5 }),
    });
    expect(breached.verdict).toBe('fail');
  });

  it('a metric the baseline does not report yet is insufficient_data too, with the note', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc, f1: acc }),
      baseline: results({ accuracy: base5 }),
      candidate: results({ accuracy: base5, f1: base5 }),
    });
    expect(byId(report.checks, 'regression:f1').status).toBe('insufficient_data');
    expect(byId(report.checks, 'regression:f1').message).toMatch(/baseline has 0 seeds of this metric/);
    expect(report.verdict).toBe('insufficient_data');
  });
});

describe('the paired per-item test goes with the metric the rows measure', () => {
  const rows = (wrong: number) =>
    Array.from({ length: 200 }, (_, i) => ({ id: `q${i}`, correct: i >= wrong }));
  it('attaches to accuracy even when latency is configured first', () => {
    const report = evaluateGate({
      settings: settings({ latency: { goal: 'minimize', max_regression: 5 }, accuracy: acc }),
      baseline: results({ latency: [400, 401], accuracy: [0.95, 0.95] }, { examples: [rows(10), rows(10)] }),
      candidate: results({ latency: [400, 402], accuracy: [0.85, 0.85] }, { examples: [rows(30), rows(30)] }),
    });
    expect(byId(report.checks, 'regression:latency').paired).toBeUndefined();
    expect(byId(report.checks, 'regression:latency').message).not.toMatch(/Paired/);
    const a = byId(report.checks, 'regression:accuracy');
    expect(a.paired?.n).toBe(200);
    expect(a.message).toMatch(/Paired per-item test \(paired-t, 200 items\)/);
  });

  it('reports it in a note when no metric to maximize has the rows’ mean', () => {
    const report = evaluateGate({
      settings: settings({ latency: { goal: 'minimize', max_regression: 5 } }),
      baseline: results({ latency: [400] }, { examples: [rows(10)] }),
      candidate: results({ latency: [400] }, { examples: [rows(30)] }),
    });
    expect(byId(report.checks, 'regression:latency').paired).toBeUndefined();
    expect(report.notes.join(' ')).toMatch(/Paired per-item test \(mcnemar-exact, 200 items\).*not attached/);
  });
});

describe('what would otherwise go unnoticed', () => {
  it('a slice the candidate dropped is named in a note', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results(
        { accuracy: base5 },
        {
          slices: {
            'lang:de': { n: 50, values: { accuracy: base5 } },
            'lang:fr': { n: 50, values: { accuracy: base5 } },
          },
        },
      ),
      candidate: results(
        { accuracy: base5 },
        { slices: { 'lang:fr': { n: 50, values: { accuracy: base5 } } } },
      ),
    });
    expect(report.checks.map((c) => c.id)).toContain('slice:lang:fr:accuracy');
    expect(report.notes.join(' ')).toMatch(
      /1 baseline slice\(s\) are missing from the candidate results.*: lang:de\./,
    );
  });

  it('golden ids found in no baseline row are named (a typo protects nothing)', () => {
    const row = (id: string, correct: boolean) => ({ id, correct });
    const report = evaluateGate({
      settings: settings({ accuracy: acc }, {}, ['g1', 'q-1O']),
      baseline: results({ accuracy: [0.9, 0.91] }, { examples: [[row('g1', true)], [row('g1', true)]] }),
      candidate: results({ accuracy: [0.9, 0.91] }, { examples: [[row('g1', true)], [row('g1', true)]] }),
    });
    expect(byId(report.checks, 'golden').status).toBe('pass');
    const notes = report.notes.join(' ');
    expect(notes).toMatch(/1 golden id\(s\) are in no baseline examples row.*: q-1O\./);
    expect(notes).not.toMatch(/not right on every baseline seed/);
  });

  it('slices.metrics or consistency.metrics naming an unconfigured metric is an input error', () => {
    expect(() => settings({ accuracy: acc }, { slices: { metrics: ['acuracy'] } })).toThrow(
      /gate\.slices\.metrics names "acuracy", which is not in gate\.metrics/,
    );
    try {
      settings({ accuracy: acc }, { consistency: { max_std: 0.1, metrics: ['acuracy'] } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).describe()).toMatch(
        /field "gate\.consistency\.metrics".*\nFix: did you mean "accuracy"\?/,
      );
    }
  });
});

describe('a drop the test cannot tell from noise', () => {
  it('passes without seeds advice computed on noise', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize' } }),
      baseline: results({ accuracy: [0.9, 0.95, 0.85, 0.92, 0.88] }),
      candidate: results({ accuracy: [0.8999, 0.9499, 0.8499, 0.9199, 0.8799] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('pass');
    expect(c.seeds_needed).toBeUndefined();
    expect(c.message).toMatch(/the test cannot tell it from noise/);
  });
});

describe('the headline', () => {
  it('reads as a sentence for every verdict', () => {
    const warn = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.91, 0.93, 0.89] }),
      candidate: results({ accuracy: [0.86, 0.89, 0.85] }),
    });
    expect(headline(warn)).toBe('1 of 1 checks warned: regression:accuracy.');
    const little = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.91] }),
      candidate: results({ accuracy: [0.95] }),
    });
    expect(headline(little)).toBe('1 of 1 checks had too little data: regression:accuracy.');
  });
});

describe('identical sides', () => {
  it('say unchanged, not "rose 0"', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc }),
      baseline: results({ accuracy: [0.9, 0.9, 0.9] }),
      candidate: results({ accuracy: [0.9, 0.9, 0.9] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('pass');
    expect(c.message).toBe(
      'accuracy is unchanged at 0.9 (within the resolution 9.00e-10). Deterministic eval (both sides constant across runs), no p-value.',
    );
  });
});

describe('slices without an item count', () => {
  it('are tested, with a note that min_size could not apply', () => {
    const noN = (values: number[]) => {
      const r = results(
        { accuracy: base5 },
        { slices: { 'lang:de': { n: 0, values: { accuracy: values } } } },
      );
      for (const run of r.results.runs) delete run.slices!['lang:de']!.n;
      return r;
    };
    const report = evaluateGate({
      settings: settings({ accuracy: acc }, { slices: { min_size: 30 } }),
      baseline: noN(base5),
      candidate: noN(base5),
    });
    expect(report.checks.map((c) => c.id)).toContain('slice:lang:de:accuracy');
    expect(report.notes.join(' ')).toMatch(
      /1 slice\(s\) report no item count "n", so gate\.slices\.min_size could not apply.*: lang:de\./,
    );
  });
});

describe('deterministic evals', () => {
  it('0.3 against 0.30000000000000004 is unchanged either way, with no p-value', () => {
    for (const [b, c] of [
      [0.3, 0.30000000000000004],
      [0.30000000000000004, 0.3],
    ]) {
      const report = evaluateGate({
        settings: settings({ accuracy: acc }),
        baseline: results({ accuracy: [b!, b!, b!] }),
        candidate: results({ accuracy: [c!, c!, c!] }),
      });
      const check = byId(report.checks, 'regression:accuracy');
      expect(check.status).toBe('pass');
      expect(check.improvement).toBeUndefined();
      expect(check.deterministic).toBe(true);
      expect(check.test?.name).toBe('deterministic');
      expect(check.test?.p_value).toBeUndefined();
      expect(check.message).toMatch(/unchanged.*Deterministic eval/);
    }
  });

  it('a real deterministic drop beyond the margin fails without a p-value; within it passes', () => {
    const drop = (margin: number) =>
      byId(
        evaluateGate({
          settings: settings({ accuracy: { goal: 'maximize', max_regression: margin } }),
          baseline: results({ accuracy: [0.8, 0.8] }),
          candidate: results({ accuracy: [0.79, 0.79] }),
        }).checks,
        'regression:accuracy',
      );
    expect(drop(0.005).status).toBe('fail');
    expect(drop(0.005).test?.p_value).toBeUndefined();
    expect(drop(0.005).message).toMatch(/worse than the allowed 0\.005\. Deterministic eval/);
    expect(drop(0.02).status).toBe('pass');
  });

  it('honours a per-metric resolution', () => {
    const report = evaluateGate({
      settings: settings({ latency: { goal: 'minimize', resolution: 0.5 } }),
      baseline: results({ latency: [100, 100] }),
      candidate: results({ latency: [100.4, 100.4] }),
    });
    const c = byId(report.checks, 'regression:latency');
    expect(c.status).toBe('pass');
    expect(c.resolution).toBe(0.5);
    expect(c.message).toMatch(/unchanged/);
  });
});

describe('single-run item-level evals', () => {
  // 2,000 items, accuracy 0.80 → 0.70: 200 items newly wrong.
  const rows = (wrong: number) =>
    Array.from({ length: 2000 }, (_, i) => ({ id: `q${i}`, correct: i >= wrong }));
  it('one run a side: McNemar on the paired items decides, and a big drop fails', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize' } }),
      baseline: results({ accuracy: [0.8] }, { examples: [rows(400)] }),
      candidate: results({ accuracy: [0.7] }, { examples: [rows(600)] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.status).toBe('fail');
    expect(report.verdict).toBe('fail');
    expect(c.test?.name).toBe('mcnemar-exact');
    expect(c.test?.why).toMatch(/one run a side with 2000 paired right\/wrong items/);
    // Binomial(200, 1/2): P(X <= 0) = 2^-200
    expect(c.test?.p_value).toBeCloseTo(2 ** -200, 70);
    expect(c.test?.ci95?.[1]).toBeLessThan(0);
  });
  it('against a margin the paired t-test on the per-item changes decides', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize', max_regression: 0.2 } }),
      baseline: results({ accuracy: [0.8] }, { examples: [rows(400)] }),
      candidate: results({ accuracy: [0.7] }, { examples: [rows(600)] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.test?.name).toBe('paired-t');
    expect(c.status).toBe('pass');
  });
  it('a suggestive single-run drop warns with the paired items that would tell it', () => {
    // 30 items newly wrong, 18 newly right: McNemar p = 0.0557, between α and 2α.
    const base = Array.from({ length: 2000 }, (_, i) => ({ id: `q${i}`, correct: i >= 400 }));
    // Items 400-429 newly wrong, items 0-17 newly right.
    const flipped = base.map((r, i) => ({ ...r, correct: i < 400 ? i < 18 : i >= 430 }));
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize' } }),
      baseline: results({ accuracy: [0.8] }, { examples: [base] }),
      candidate: results({ accuracy: [0.794] }, { examples: [flipped] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.paired?.discordant).toEqual({ candidate_worse: 30, candidate_better: 18 });
    expect(c.test?.p_value).toBeCloseTo(0.055701445530509375, 12);
    expect(c.status).toBe('warn');
    expect(c.items_needed).toBeGreaterThan(2000);
    expect(c.message).toMatch(/About [\d,]+ paired items would tell/);
  });

  it('rows that share a cluster are decided with clustered standard errors', () => {
    const clustered = (wrong: number) => rows(wrong).map((r, i) => ({ ...r, cluster: `passage-${i % 40}` }));
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize' } }),
      baseline: results({ accuracy: [0.8] }, { examples: [clustered(400)] }),
      candidate: results({ accuracy: [0.7] }, { examples: [clustered(600)] }),
    });
    const c = byId(report.checks, 'regression:accuracy');
    expect(c.test?.name).toBe('clustered-t');
    expect(c.test?.df).toBe(39);
  });
});

describe('families that keep power', () => {
  const slices = (count: number, values: number[]) => ({
    slices: Object.fromEntries(
      Array.from({ length: count }, (_, k) => [`s${k}`, { n: 100, values: { accuracy: values } }]),
    ),
  });
  const cand = [0.9, 0.898, 0.904, 0.9, 0.899];
  it("a primary metric's corrected p is the same with 50 slices as with none", () => {
    const run = (count: number) =>
      byId(
        evaluateGate({
          settings: settings({ accuracy: { goal: 'maximize', max_regression: 0 } }),
          baseline: results({ accuracy: base5 }, slices(count, base5)),
          candidate: results({ accuracy: cand }, slices(count, base5)),
        }).checks,
        'regression:accuracy',
      );
    expect(run(50).test?.p_adjusted).toBe(run(0).test?.p_adjusted);
    expect(run(50).family).toEqual({ name: 'primary', size: 1 });
  });

  it('the seeds advice accounts for the family size and the margin', () => {
    const warnFor = (metrics: number, margin: number) => {
      const names = Array.from({ length: metrics }, (_, i) => (i === 0 ? 'accuracy' : `m${i}`));
      const rule = { goal: 'maximize' as const, max_regression: margin };
      return byId(
        evaluateGate({
          settings: settings(Object.fromEntries(names.map((n) => [n, rule])), { warn_alpha: 0.99 }),
          baseline: results(Object.fromEntries(names.map((n) => [n, [0.91, 0.93, 0.89]]))),
          candidate: results(Object.fromEntries(names.map((n) => [n, [0.89, 0.91, 0.87]]))),
        }).checks,
        'regression:accuracy',
      );
    };
    const one = warnFor(1, 0);
    expect(one.status).toBe('warn');
    expect(warnFor(4, 0).seeds_needed).toBeGreaterThan(one.seeds_needed!);
    // The drop is 0.02; with a margin of 0.01 only 0.01 is to be shown, which takes more seeds.
    expect(warnFor(1, 0.01).seeds_needed).toBeGreaterThan(one.seeds_needed!);
  });

  it('a drop within the margin never warns, whatever its size', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize', max_regression: 0.05 } }),
      baseline: results({ accuracy: [0.91, 0.93, 0.89] }),
      candidate: results({ accuracy: [0.87, 0.89, 0.85] }),
    });
    expect(byId(report.checks, 'regression:accuracy').status).toBe('pass');
  });
});

describe('the new gate keys', () => {
  it('primary, warn_alpha and a per-metric resolution pass the config schema; a bad one is named', () => {
    const config = parseConfig(
      'gate:\n  primary: [accuracy]\n  warn_alpha: 0.1\n  metrics:\n    accuracy: { goal: maximize, resolution: "0.1%" }\n    latency: { goal: minimize, resolution: 0.5 }\n',
      'sprintlab.yml',
    );
    const s = gateSettings(config.gate);
    expect([...s.primary]).toEqual(['accuracy']);
    expect(s.warnAlpha).toBe(0.1);
    expect(() =>
      parseConfig('gate:\n  metrics:\n    a: { goal: maximize, resolution: -1 }\n', 'x.yml'),
    ).toThrow(/resolution/);
  });
  it('gate.primary naming an unconfigured metric is an input error with a suggestion', () => {
    expect(() => settings({ accuracy: acc }, { primary: ['acuracy'] })).toThrow(
      /gate\.primary names "acuracy", which is not in gate\.metrics/,
    );
  });
  it('by default the metrics with a max_regression are primary, the others secondary', () => {
    const report = evaluateGate({
      settings: settings({ accuracy: acc, latency: { goal: 'minimize' } }),
      baseline: results({ accuracy: base5, latency: [400, 402, 398, 401, 399] }),
      candidate: results({ accuracy: base5, latency: [400, 401, 399, 402, 398] }),
    });
    expect(byId(report.checks, 'regression:accuracy').family?.name).toBe('primary');
    expect(byId(report.checks, 'regression:latency').family?.name).toBe('secondary');
  });
});
