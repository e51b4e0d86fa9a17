import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecast, tQuantile } from '../../src/core/report/forecast.js';

interface ReferenceCase {
  name: string;
  goal: 'maximize' | 'minimize';
  target: number;
  x: number[];
  y: number[];
  x_now: number;
  confidence: number;
  horizon: number;
  expected: {
    status: string;
    n: number;
    slope?: number;
    intercept?: number;
    improvement_per_sprint?: number;
    eta?: number;
    eta_low?: number | null;
    eta_high?: number | null;
    slope_stderr?: number;
    residual_std?: number;
    t_quantile?: number;
    best?: number;
  };
}

const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/status/forecast-reference.json', import.meta.url), 'utf8'),
) as {
  cases: ReferenceCase[];
};

describe('forecast against scipy linregress and the prediction interval', () => {
  it('has the reference cases', () => {
    expect(reference.cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const c of reference.cases) {
    it(c.name, () => {
      const points = c.x.map((x, i) => ({ x, y: c.y[i]! }));
      const f = forecast(points, {
        goal: c.goal,
        target: c.target,
        xNow: c.x_now,
        confidence: c.confidence,
        horizon: c.horizon,
      });
      const e = c.expected;
      expect(f.status).toBe(e.status);
      expect(f.n).toBe(e.n);
      if (f.status === 'reached') expect(f.best).toBeCloseTo(e.best!, 12);
      if (f.status === 'stalled' || f.status === 'on_track') {
        expect(f.fit.slope).toBeCloseTo(e.slope!, 10);
        expect(f.fit.intercept).toBeCloseTo(e.intercept!, 10);
        expect(f.fit.improvementPerSprint).toBeCloseTo(e.improvement_per_sprint!, 10);
        if (e.slope_stderr !== undefined) {
          expect(f.fit.slopeStdErr).toBeCloseTo(e.slope_stderr, 10);
          expect(f.fit.residualStd).toBeCloseTo(e.residual_std!, 10);
        }
      }
      if (f.status === 'stalled' && e.eta !== undefined) expect(f.eta).toBeCloseTo(e.eta, 8);
      if (f.status === 'on_track') {
        expect(f.eta).toBeCloseTo(e.eta!, 8);
        if (e.n >= 3) {
          expect(tQuantile((1 + c.confidence) / 2, e.n - 2)).toBeCloseTo(e.t_quantile!, 8);
          if (e.eta_low === null) expect(f.etaLow).toBeUndefined();
          else expect(f.etaLow).toBeCloseTo(e.eta_low!, 6);
          if (e.eta_high === null) expect(f.etaHigh).toBeUndefined();
          else expect(f.etaHigh).toBeCloseTo(e.eta_high!, 6);
        } else {
          expect(f.etaLow).toBeUndefined();
          expect(f.etaHigh).toBeUndefined();
        }
      }
    });
  }
});
