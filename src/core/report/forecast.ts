import tcdf from '@stdlib/stats-base-dists-t-cdf';

/** One sprint's best value of a tracked metric; x is the sprint's index in the report window. */
export interface TrendPoint {
  x: number;
  y: number;
}

export interface ForecastOptions {
  goal: 'maximize' | 'minimize';
  target: number;
  /** Index of the current sprint: ETAs count sprints from here. */
  xNow: number;
  /** Two-sided level of the prediction interval that gives the ETA range. */
  confidence: number;
  /** Beyond this many sprints an ETA means nothing, and the trend is called stalled. */
  horizon: number;
}

/** Least-squares fit of y on x, in the metric's own direction of improvement. */
export interface Fit {
  n: number;
  slope: number;
  intercept: number;
  /** Improvement per sprint: the slope, sign-flipped for metrics to minimise. */
  improvementPerSprint: number;
  /** Residual standard deviation (n - 2 degrees of freedom); undefined below 3 points. */
  residualStd?: number;
  slopeStdErr?: number;
}

export type Forecast =
  | { status: 'insufficient_data'; n: number; reason: string }
  | { status: 'reached'; n: number; best: number; fit?: Fit }
  | { status: 'stalled'; n: number; fit: Fit; reason: 'flat_or_falling' | 'beyond_horizon'; eta?: number }
  | {
      status: 'on_track';
      n: number;
      fit: Fit;
      /** Sprints from the current one until the fitted line reaches the target (continuous). */
      eta: number;
      /** Sprints until the optimistic edge of the prediction band reaches the target. */
      etaLow?: number;
      /** Sprints until the pessimistic edge does; undefined when it does not within the horizon. */
      etaHigh?: number;
      confidence: number;
    };

export function leastSquares(points: readonly TrendPoint[]): {
  slope: number;
  intercept: number;
  sxx: number;
  xMean: number;
  sse: number;
} {
  const n = points.length;
  const xMean = points.reduce((s, p) => s + p.x, 0) / n;
  const yMean = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - xMean) ** 2;
    sxy += (p.x - xMean) * (p.y - yMean);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = yMean - slope * xMean;
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0);
  return { slope, intercept, sxx, xMean, sse };
}

/** Student t quantile by bisection on the CDF; accurate to ~1e-10, plenty for an ETA range. */
export function tQuantile(p: number, df: number): number {
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (tcdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Trend and ETA of one tracked metric: a least-squares line through the best value of each sprint,
 * the sprint where the line meets the target, and a range from where the edges of the prediction
 * interval meet it. Works in the metric's direction of improvement, so minimised metrics are mirrored.
 */
export function forecast(points: readonly TrendPoint[], o: ForecastOptions): Forecast {
  const n = points.length;
  const sign = o.goal === 'maximize' ? 1 : -1;
  const ys = points.map((p) => sign * p.y);
  const target = sign * o.target;
  if (n > 0 && Math.max(...ys) >= target) {
    const best = sign * Math.max(...ys);
    return { status: 'reached', n, best, ...(n >= 2 ? { fit: fitOf(points, sign) } : {}) };
  }
  if (n < 2) {
    return {
      status: 'insufficient_data',
      n,
      reason: n === 0 ? 'no values logged' : 'only one sprint with values',
    };
  }
  if (new Set(points.map((p) => p.x)).size < 2) {
    return { status: 'insufficient_data', n, reason: 'all values fall in one sprint' };
  }
  const fit = fitOf(points, sign);
  if (fit.improvementPerSprint <= 0) return { status: 'stalled', n, fit, reason: 'flat_or_falling' };

  const mirrored = points.map((p) => ({ x: p.x, y: sign * p.y }));
  const ls = leastSquares(mirrored);
  const line = (x: number) => ls.intercept + ls.slope * x;
  const eta = (target - ls.intercept) / ls.slope - o.xNow;
  if (eta > o.horizon) return { status: 'stalled', n, fit, reason: 'beyond_horizon', eta };
  if (n < 3) return { status: 'on_track', n, fit, eta, confidence: o.confidence };

  const t = tQuantile((1 + o.confidence) / 2, n - 2);
  const s = Math.sqrt(ls.sse / (n - 2));
  const halfWidth = (x: number) => t * s * Math.sqrt(1 + 1 / n + (x - ls.xMean) ** 2 / ls.sxx);
  const etaLow = firstCrossing((x) => line(x) + halfWidth(x) - target, o.xNow, o.horizon);
  const etaHigh = firstCrossing((x) => line(x) - halfWidth(x) - target, o.xNow, o.horizon);
  return {
    status: 'on_track',
    n,
    fit,
    eta,
    ...(etaLow === undefined ? {} : { etaLow }),
    ...(etaHigh === undefined ? {} : { etaHigh }),
    confidence: o.confidence,
  };
}

function fitOf(points: readonly TrendPoint[], sign: number): Fit {
  const ls = leastSquares(points);
  const n = points.length;
  const fit: Fit = { n, slope: ls.slope, intercept: ls.intercept, improvementPerSprint: sign * ls.slope };
  if (n >= 3 && ls.sxx > 0) {
    fit.residualStd = Math.sqrt(ls.sse / (n - 2));
    fit.slopeStdErr = fit.residualStd / Math.sqrt(ls.sxx);
  }
  return fit;
}

/**
 * Sprints after `x0` until f first becomes >= 0, searched up to `horizon` sprints ahead: a fine scan
 * finds the bracket (the band edges are not monotone), bisection refines it.
 */
function firstCrossing(f: (x: number) => number, x0: number, horizon: number): number | undefined {
  if (f(x0) >= 0) return 0;
  const step = 1 / 64;
  for (let k = 1; k * step <= horizon; k++) {
    const hi = x0 + k * step;
    if (f(hi) >= 0) {
      let lo = hi - step;
      let up = hi;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + up) / 2;
        if (f(mid) >= 0) up = mid;
        else lo = mid;
      }
      return up - x0;
    }
  }
  return undefined;
}
