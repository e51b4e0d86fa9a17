import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/core/gate/evaluate.js';
import { renderGateJson, renderGateMarkdown } from '../../src/core/render/gate.js';
import { results, settings } from './helpers.js';

const base5 = [0.912, 0.915, 0.909, 0.918, 0.913];
const cand5 = [0.9, 0.898, 0.904, 0.9, 0.899];

describe('metrics near 1e±300', () => {
  it.each([1e200, 1e-200, 1e300])('are judged as the same metric near 1 (× %s)', (k) => {
    const rule = { accuracy: { goal: 'maximize' as const, max_regression: 0.005 * k } };
    const big = evaluateGate({
      settings: settings(rule),
      baseline: results({ accuracy: base5.map((x) => x * k) }),
      candidate: results({ accuracy: cand5.map((x) => x * k) }),
    }).checks[0]!;
    const plain = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize', max_regression: 0.005 } }),
      baseline: results({ accuracy: base5 }),
      candidate: results({ accuracy: cand5 }),
    }).checks[0]!;
    expect(big.status).toBe(plain.status);
    expect(big.status).toBe('fail');
    expect(Math.abs(big.test!.p_value! / plain.test!.p_value! - 1)).toBeLessThan(1e-9);
    expect(Number.isFinite(big.candidate!.std)).toBe(true);
  });
});

describe('the JSON report', () => {
  it('writes infinities as "inf"/"-inf" and NaN as null', () => {
    // Every item scores exactly 0.1 lower: a zero-spread difference, so t is -∞.
    const rows = (shift: number) =>
      Array.from({ length: 20 }, (_, i) => ({ id: `q${i}`, score: 0.5 + shift }));
    const report = evaluateGate({
      settings: settings({ accuracy: { goal: 'maximize' } }),
      baseline: results({ accuracy: [0.6] }, { examples: [rows(0.1)] }),
      candidate: results({ accuracy: [0.5] }, { examples: [rows(0)] }),
    });
    report.checks[0]!.hedges_g = Number.NaN;
    const json = JSON.parse(renderGateJson(report));
    expect(json.checks[0].test.name).toBe('paired-t');
    expect(json.checks[0].test.t).toBe('-inf');
    expect(json.checks[0].hedges_g).toBeNull();
    expect(json.checks[0].status).toBe('fail');
  });
});

describe('the Markdown report', () => {
  const report = evaluateGate({
    settings: settings({
      latency: { goal: 'minimize', max_regression: '10%' },
      exact_match: { goal: 'maximize', max_regression: 0.01 },
    }),
    baseline: results({ latency: [400, 402, 398, 401, 399], exact_match: [0.5, 0.5, 0.5, 0.5, 0.5] }),
    candidate: results({ latency: [408, 410, 406, 409, 408.5], exact_match: [0.5, 0.5, 0.5, 0.5, 0.5] }),
  });
  const text = renderGateMarkdown(report);
  it('shows the margin, the change with its CI and the deciding test, so a significant rise within the margin reads as a pass', () => {
    expect(text).toContain('| Δ [95% CI] | Margin | Test | p (adj.)¹ | Status |');
    const latency = text.split('\n').find((l) => l.includes('`latency` regression'))!;
    expect(latency).toMatch(
      /\| \+8\.3 \[\d+(\.\d+)?, \d+(\.\d+)?\] \| 40 \| (welch|student) \| [\d.]+ \| pass \|$/,
    );
  });
  it('counts in the footer only the tests that have a p-value', () => {
    // exact_match is constant on both sides (deterministic, no p-value): the primary family holds 1 test.
    expect(text).toMatch(/Holm-corrected within each family: primary \(1\)\./);
  });
});
