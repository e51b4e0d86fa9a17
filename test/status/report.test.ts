import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../src/core/render/status.js';
import { quantile } from '../../src/core/report/metrics.js';
import { reportSettings } from '../../src/core/report/settings.js';
import { isoWeekName, isoWeekSprints, milestoneSprints, sprintIndex } from '../../src/core/report/sprints.js';
import { buildStatusReport } from '../../src/core/report/status-report.js';
import { dataTask, day, experiment, MONDAY } from './build.js';

const NOW = new Date(MONDAY + 4 * 86_400_000 + 16 * 3_600_000); // Friday 2026-11-20 16:00 UTC
const target = { metric: 'accuracy', goal: 'maximize' as const, target: 0.9, baseline: 0.84 };
const settings = (extra: Parameters<typeof reportSettings>[0] = {}, wip = {}) =>
  reportSettings({ targets: [target], ...extra }, { wip });
const weeks = (n: number) => isoWeekSprints(NOW, n);

describe('ISO weeks and sprints', () => {
  it('names ISO weeks across year boundaries', () => {
    expect(isoWeekName(new Date('2026-11-20T16:00:00Z'))).toBe('2026-W47');
    expect(isoWeekName(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeekName(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekName(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
    expect(isoWeekName(new Date('2026-11-22T23:59:59Z'))).toBe('2026-W47');
    expect(isoWeekName(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
  });

  it('builds the window of weeks ending with the current one, Monday to Monday', () => {
    const w = weeks(3);
    expect(w.map((s) => s.name)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(w[2]).toEqual({
      name: '2026-W47',
      start: '2026-11-16T00:00:00.000Z',
      end: '2026-11-23T00:00:00.000Z',
    });
    expect(sprintIndex(w, '2026-11-15T23:59:59Z')).toBe(1);
    expect(sprintIndex(w, '2026-11-16T00:00:00Z')).toBe(2);
    expect(sprintIndex(w, '2026-10-01T00:00:00Z')).toBe(-1);
  });

  it('turns milestones into sprints that end on their due dates, up to the current one', () => {
    const s = milestoneSprints(
      [
        { title: 'Sprint 12', dueOn: '2026-11-27T07:00:00Z' },
        { title: 'Sprint 11', dueOn: '2026-11-13T07:00:00Z' },
        { title: 'Sprint 13', dueOn: '2026-12-11T07:00:00Z' },
        { title: 'Someday', dueOn: null },
      ],
      NOW,
      8,
    );
    expect(s).toEqual([
      { name: 'Sprint 11', start: '2026-10-31T00:00:00.000Z', end: '2026-11-14T00:00:00.000Z' },
      { name: 'Sprint 12', start: '2026-11-14T00:00:00.000Z', end: '2026-11-28T00:00:00.000Z' },
    ]);
  });
});

describe('sprint metrics on hand-checked fixtures', () => {
  it('an empty sprint: nothing decided this week, earlier weeks still count', () => {
    const issues = [
      experiment(1, {
        state: 'closed',
        record: {
          history: [{ column: 'Hypothesis', at: day(-20) }],
          decisions: [{ kind: 'kill', at: day(-9), by: 'a', learnings: 'no gain' }],
        },
      }),
      experiment(2, { record: { history: [{ column: 'Hypothesis', at: day(-3) }] } }),
    ];
    const r = buildStatusReport({
      repository: 'acme/models',
      issues,
      sprints: weeks(4),
      settings: settings(),
      now: NOW,
    });
    expect(r.thisSprint).toEqual({ killed: [], promoted: [], iterated: [], started: [], active: [] });
    expect(r.learnings).toEqual([]);
    expect(r.decisions.map((d) => d.killed)).toEqual([0, 1, 0, 0]); // 7 Nov is in W45
    expect(r.killRate).toEqual({ rate: 1, health: 'high' });
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toContain('No kills or promotions this sprint, so no new learnings.');
    expect(md).toContain(
      '| Throughput (kills + promotions) | 0 this sprint, 0.3 per sprint on average | | |',
    );
  });

  it('all killed: rates out of range, cycle time median and p90 by linear interpolation', () => {
    // Hypothesis -> kill after 2, 4 and 10 days: median 4, p90 = 4 + 0.8 * (10 - 4) = 8.8.
    const killed = [2, 4, 10].map((days, k) =>
      experiment(10 + k, {
        state: 'closed',
        record: {
          history: [{ column: 'Hypothesis', at: day(-days) }],
          decisions: [{ kind: 'kill', at: day(0), by: 'a', learnings: `lesson ${k}` }],
        },
      }),
    );
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: killed,
      sprints: weeks(2),
      settings: settings(),
      now: NOW,
    });
    expect(r.thisSprint.killed.map((i) => i.number)).toEqual([10, 11, 12]);
    expect(r.outcomes).toEqual({ killed: 3, promoted: 0, iterated: 0 });
    expect(r.killRate).toEqual({ rate: 1, health: 'high' });
    expect(r.promotionRate).toEqual({ rate: 0, health: 'low' });
    expect(r.cycleTime.n).toBe(3);
    expect(r.cycleTime.medianDays).toBeCloseTo(4, 10);
    expect(r.cycleTime.p90Days).toBeCloseTo(8.8, 10);
    expect(r.risks.map((x) => x.kind)).toEqual(['kill_rate', 'promotion_rate']);
    expect(r.learnings.map((l) => l.learnings)).toEqual(['lesson 0', 'lesson 1', 'lesson 2']);
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toContain(
      '| Kill rate (last 2 sprints) | 100 % (3 of 3 decisions) | 60–80 % | ⚠️ above range |',
    );
    expect(md).toContain('median 4.0 days, p90 8.8 days (3 decisions)');
  });

  it('no targets: configured none and no form names one', () => {
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: [experiment(1)],
      sprints: weeks(3),
      settings: reportSettings({}),
      now: NOW,
    });
    expect(r.targets).toEqual([]);
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toMatch(/^> \*\*No targets tracked yet\*\*/m);
    expect(md).not.toContain('xychart-beta');
  });

  it('without configured targets, tracks what the newest experiment form says', () => {
    const issues = [
      experiment(1, { createdAt: day(-10), form: { metric: 'accuracy', goal: 'maximize', target: 0.8 } }),
      experiment(2, {
        createdAt: day(-2),
        form: { metric: 'accuracy', goal: 'maximize', target: 0.85, baseline: 0.7 },
      }),
      experiment(3, { createdAt: day(-1), form: { metric: 'latency_ms', goal: 'minimize', target: 300 } }),
    ];
    const r = buildStatusReport({
      repository: 'acme/models',
      issues,
      sprints: weeks(3),
      settings: reportSettings({}),
      now: NOW,
    });
    expect(r.targets.map((t) => t.target)).toEqual([
      { metric: 'latency_ms', goal: 'minimize', target: 300 },
      { metric: 'accuracy', goal: 'maximize', target: 0.85, baseline: 0.7 },
    ]);
  });

  it('a single sprint: best value known, trend is insufficient data', () => {
    const issues = [
      experiment(1, {
        record: {
          history: [{ column: 'Experiment', at: day(0) }],
          log: [
            { at: day(1), by: 'a', metrics: { accuracy: 0.85 } },
            { at: day(2), by: 'a', metrics: { accuracy: 0.87 } },
          ],
        },
      }),
      experiment(2, {
        record: {
          history: [{ column: 'Experiment', at: day(0) }],
          log: [{ at: day(3), by: 'a', metrics: { accuracy: 0.86 } }],
        },
      }),
    ];
    const r = buildStatusReport({
      repository: 'acme/models',
      issues,
      sprints: weeks(1),
      settings: settings(),
      now: NOW,
    });
    const t = r.targets[0]!;
    expect(t.perSprint.map((b) => b?.value)).toEqual([0.87]);
    expect(t.best).toEqual({ value: 0.87, issue: expect.objectContaining({ number: 1 }) });
    expect(t.forecast).toEqual({ status: 'insufficient_data', n: 1, reason: 'only one sprint with values' });
    expect(r.thisSprint.started.map((i) => i.number)).toEqual([1, 2]);
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toContain('trend: insufficient data (only one sprint with values)');
    expect(md).toContain('line [0.87]');
  });

  it('best value per sprint from logs and gate results, with the forecast and business impact', () => {
    const log = (d: number, accuracy: number) => ({ at: day(d), by: 'a', metrics: { accuracy } });
    const issues = [
      experiment(1, {
        record: {
          log: [log(-20, 0.85), log(-13, 0.86)],
          gates: [{ pr: 9, verdict: 'pass', at: day(-6), metrics: { accuracy: 0.87 } }],
        },
      }),
      experiment(2, { record: { log: [log(-19, 0.84), log(-5, 0.865), log(1, 0.88)] } }),
    ];
    const r = buildStatusReport({
      repository: 'acme/models',
      issues,
      sprints: weeks(4),
      settings: settings({ business: { per_point: 160, unit: 'tickets / week' } }),
      now: NOW,
    });
    const t = r.targets[0]!;
    expect(t.perSprint.map((b) => b && [b.value, b.issue.number])).toEqual([
      [0.85, 1],
      [0.86, 1],
      [0.87, 1],
      [0.88, 2],
    ]);
    // Points (0, .85) (1, .86) (2, .87) (3, .88): slope 0.01 exactly, the target 0.9 two sprints after sprint 3.
    expect(t.forecast.status).toBe('on_track');
    if (t.forecast.status === 'on_track') expect(t.forecast.eta).toBeCloseTo(2, 9);
    expect(r.business?.gainPoints).toBeCloseTo(4, 9);
    expect(r.business?.gainValue).toBeCloseTo(640, 6);
    expect(r.business?.remainingValue).toBeCloseTo(320, 6);
  });

  it('WIP against limits, overrun time boxes, compute against budget, data readiness and blockers', () => {
    const inExperiment = (n: number, over = {}) =>
      experiment(n, { record: { history: [{ column: 'Experiment', at: day(-10) }] }, ...over });
    const issues = [
      inExperiment(1, {
        form: { timeBox: '2026-11-17', budgetGpuHours: 10 },
        record: {
          history: [{ column: 'Experiment', at: day(-10) }],
          log: [{ at: day(-1), by: 'a', metrics: {}, gpuHours: 25 }],
          blockers: [],
        },
      }),
      inExperiment(2, {
        form: { timeBox: '2026-11-20', budgetGpuHours: 40 },
        record: {
          history: [{ column: 'Experiment', at: day(-10) }],
          log: [{ at: day(1), by: 'a', metrics: {}, gpuHours: 10 }],
          blockers: [{ kind: 'compute', text: 'no A100 quota', at: day(0) }],
        },
      }),
      inExperiment(3),
      // Finished before the window: its compute is history, not this report's business.
      experiment(4, {
        state: 'closed',
        form: { budgetGpuHours: 10 },
        record: {
          log: [{ at: day(-60), by: 'a', metrics: {}, gpuHours: 100 }],
          decisions: [{ kind: 'kill', at: day(-55), by: 'a' }],
        },
      }),
      dataTask(20, { due: '2026-11-12', readyAt: '2026-11-12T18:00:00Z' }),
      dataTask(21, { due: '2026-11-13', stage: 'QA', blocks: [3] }),
      dataTask(22, { due: '2026-12-01', stage: 'Collection' }),
    ];
    const r = buildStatusReport({
      repository: 'acme/models',
      issues,
      sprints: weeks(4),
      settings: settings({}, { Experiment: 2 }),
      now: NOW,
    });
    expect(r.wip.find((w) => w.column === 'Experiment')).toEqual({
      column: 'Experiment',
      count: 3,
      limit: 2,
      over: true,
    });
    // #1's decision date (17 Nov) ended 18 Nov 00:00, 2 days 16 hours before Friday 16:00; #2's is today.
    expect(r.timeBoxes.map((t) => [t.issue.number, t.timeBox])).toEqual([[1, '2026-11-17']]);
    expect(r.timeBoxes[0]!.daysOver).toBeCloseTo(2 + 16 / 24, 9);
    expect(r.compute.rows.map((c) => [c.issue.number, c.usedGpuHours, c.ratio])).toEqual([
      [1, 25, 2.5],
      [2, 10, 0.25],
    ]);
    expect(r.compute).toMatchObject({ totalUsed: 35, totalBudget: 50, usedThisSprint: 10 });
    expect(r.data).toMatchObject({ planned: 2, readyOnTime: 1, rate: 0.5 });
    expect(r.data.late.map((i) => i.number)).toEqual([21]);
    expect(r.blockers.map((b) => [b.issue.number, b.kind, b.by?.number])).toEqual([
      [2, 'compute', undefined],
      [3, 'data', 21],
    ]);
    expect(r.risks.map((x) => x.kind)).toEqual(['wip', 'time_box', 'compute', 'data', 'blocker', 'blocker']);
    expect(r.risks[2]!.text).toBe(
      '1 experiment over the compute budget (1 over twice the budget, a kill criterion)',
    );
  });

  it('quantile matches numpy.percentile (linear)', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([7], 0.9)).toBe(7);
  });
});
