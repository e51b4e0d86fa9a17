import { describe, expect, it } from 'vitest';
import { evaluateGate } from '../../src/core/gate/evaluate.js';
import { renderGateMarkdown } from '../../src/core/render/gate.js';
import { results, settings } from './helpers.js';

// Ten metrics over fifty slices is a real gate; its report must still fit a PR comment (65,535 characters).
const base = [0.91, 0.915, 0.905, 0.912, 0.908];
function manySlices(count: number, candidateShift: (i: number) => number) {
  const slices = (shift: (i: number) => number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `topic:${String(i).padStart(3, '0')}`,
        { n: 100, values: { accuracy: base.map((v, k) => v + shift(i) + k * 0.001) } },
      ]),
    );
  return evaluateGate({
    settings: settings(
      { accuracy: { goal: 'maximize', max_regression: 0.01 } },
      { slices: { min_size: 30 } },
    ),
    baseline: results({ accuracy: base }, { slices: slices(() => 0) }),
    candidate: results({ accuracy: base }, { slices: slices(candidateShift) }),
  });
}

describe('a report that must fit a comment', () => {
  it('is rendered whole when it fits', () => {
    const report = manySlices(3, () => 0);
    expect(renderGateMarkdown(report, { maxLength: 60_000 })).toBe(renderGateMarkdown(report));
  });

  it('counts passing checks instead of listing them, keeping every failure', () => {
    const report = manySlices(400, (i) => (i < 2 ? -0.2 : 0));
    const full = renderGateMarkdown(report);
    expect(full.length).toBeGreaterThan(65_535);
    const posted = renderGateMarkdown(report, { maxLength: 60_000, fullReportAt: 'the job summary' });
    expect(posted.length).toBeLessThanOrEqual(60_000);
    expect(posted).toMatch(/^## ❌ Sprintlab gate: fail/);
    expect(posted).toContain('slice:topic:000:accuracy');
    expect(posted).toContain('slice:topic:001:accuracy');
    expect(posted).toMatch(
      /399 passing comparisons are not shown here, to fit GitHub's size limit: see the job summary\./,
    );
    expect(posted).toMatch(/\*\*Passed\*\*: \d+ checks, listed in the job summary\./);
    expect(posted).not.toContain('slice:topic:250:accuracy');
  });

  it('cuts at a line, saying where the rest is, when even the failures do not fit', () => {
    const report = manySlices(600, () => -0.2);
    const posted = renderGateMarkdown(report, { maxLength: 60_000, fullReportAt: 'the job summary' });
    expect(posted.length).toBeLessThanOrEqual(60_000);
    expect(posted).toMatch(/\n… \(cut to fit: the full report is in the job summary\)\n$/);
    // The headline names ten checks and counts the rest.
    expect(posted).toMatch(
      /600 of 601 checks failed: (slice:topic:\d{3}:accuracy, ){9}slice:topic:\d{3}:accuracy and 590 more\./,
    );
  });
});
