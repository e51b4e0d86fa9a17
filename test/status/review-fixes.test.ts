import { describe, expect, it } from 'vitest';
import { etaText, mermaidNumber, renderStatus, trendChart } from '../../src/core/render/status.js';
import { reportSettings } from '../../src/core/report/settings.js';
import { isoWeekSprints } from '../../src/core/report/sprints.js';
import { buildStatusReport } from '../../src/core/report/status-report.js';
import { resolveSprints, weeklyStatus } from '../../src/core/report/weekly.js';
import { dataTask, day, experiment, MONDAY } from './build.js';

const NOW = new Date(MONDAY + 4 * 86_400_000 + 16 * 3_600_000); // Friday 2026-11-20 16:00 UTC
const report = (issues: Parameters<typeof buildStatusReport>[0]['issues'], extra = {}) =>
  buildStatusReport({
    repository: 'acme/models',
    issues,
    sprints: isoWeekSprints(NOW, 4),
    settings: reportSettings(
      { targets: [{ metric: 'accuracy', goal: 'maximize', target: 0.9 }] },
      { wip: { Production: 1 } },
    ),
    now: NOW,
    ...extra,
  });

describe('status report review fixes', () => {
  it('counts each decided experiment once in the rates, by its latest decision', () => {
    // #1 iterated three times, then promoted; #2 killed. Two experiments, one of each outcome.
    const issues = [
      experiment(1, {
        state: 'closed',
        record: {
          decisions: [
            { kind: 'iterate', at: day(-15), by: 'a' },
            { kind: 'iterate', at: day(-8), by: 'a' },
            { kind: 'iterate', at: day(1), by: 'a' },
            { kind: 'promote', at: day(2), by: 'a', learnings: 'holds' },
          ],
        },
      }),
      experiment(2, { state: 'closed', record: { decisions: [{ kind: 'kill', at: day(0), by: 'a' }] } }),
      experiment(3, {
        record: {
          decisions: [
            { kind: 'iterate', at: day(0), by: 'a' },
            { kind: 'iterate', at: day(2), by: 'a' },
          ],
        },
      }),
    ];
    const r = report(issues);
    expect(r.outcomes).toEqual({ killed: 1, promoted: 1, iterated: 1 });
    expect(r.killRate.rate).toBeCloseTo(1 / 3, 12);
    expect(r.promotionRate.rate).toBeCloseTo(1 / 3, 12);
    // The per-sprint table still shows every decision as it was made.
    expect(r.decisions.reduce((s, d) => s + d.iterated, 0)).toBe(5);
    expect(r.thisSprint.iterated.map((i) => i.number)).toEqual([1, 3]);
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toContain('| Kill rate (last 4 sprints) | 33 % (1 of 3 decisions)');
  });

  it('counts WIP over open experiments only, as the app does when it enforces the limit', () => {
    const promoted = (n: number) =>
      experiment(n, {
        state: 'closed',
        record: {
          history: [{ column: 'Production', at: day(-20 + n) }],
          decisions: [{ kind: 'promote', at: day(-20 + n), by: 'a' }],
        },
      });
    const deploying = experiment(9, { record: { history: [{ column: 'Production', at: day(0) }] } });
    const r = report([promoted(1), promoted(2), promoted(3), deploying]);
    expect(r.wip.find((w) => w.column === 'Production')).toEqual({
      column: 'Production',
      count: 1,
      limit: 1,
      over: false,
    });
    expect(r.risks.map((x) => x.kind)).not.toContain('wip');
  });

  it('does not call a data task due today late while the day is not over', () => {
    const r = report([
      dataTask(20, { due: '2026-11-20', stage: 'QA' }),
      dataTask(21, { due: '2026-11-20', stage: 'Ready', readyAt: '2026-11-20T09:00:00Z' }),
      dataTask(22, { due: '2026-11-19', stage: 'QA' }),
    ]);
    expect(r.data).toMatchObject({ planned: 2, readyOnTime: 1 });
    expect(r.data.late.map((i) => i.number)).toEqual([22]);
  });

  it('keeps the footer rule from turning the last line into a heading', () => {
    const md = renderStatus(
      buildStatusReport({
        repository: 'acme/models',
        issues: [experiment(1)],
        sprints: isoWeekSprints(NOW, 2),
        settings: reportSettings({}),
        now: NOW,
      }),
      { week: '2026-W47', horizon: 26 },
    );
    const lines = md.split('\n');
    const rule = lines.indexOf('---');
    expect(rule).toBeGreaterThan(0);
    expect(lines[rule - 1]).toBe('');
  });

  it('leaves empty slices out of the outcomes pie', () => {
    const r = report([
      experiment(1, { state: 'closed', record: { decisions: [{ kind: 'kill', at: day(0), by: 'a' }] } }),
    ]);
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    const pie = md.slice(md.indexOf('pie title'), md.indexOf('```', md.indexOf('pie title')));
    expect(pie).toContain('"Killed" : 1');
    expect(pie).not.toMatch(/: 0$/m);
  });

  it('draws every value inside the y-axis and writes numbers Mermaid can parse', () => {
    const ref = { number: 1, title: 't', url: 'u' };
    // Values near 1000 with a small spread: four significant digits must round outward, not inward.
    const chart = trendChart(
      {
        target: { metric: 'latency_ms', goal: 'minimize', target: 1000.9 },
        perSprint: [
          { value: 1000.62, issue: ref },
          { value: 1000.7, issue: ref },
        ],
        forecast: { status: 'insufficient_data', n: 2, reason: '' },
      },
      ['W1', 'W2'],
    )!;
    const [, lo, hi] = /y-axis "latency_ms" (\S+) --> (\S+)/.exec(chart)!;
    expect(Number(lo)).toBeLessThanOrEqual(1000.62);
    expect(Number(hi)).toBeGreaterThanOrEqual(1000.9);
    const tiny = trendChart(
      {
        target: { metric: 'toxicity', goal: 'minimize', target: 1e-7 },
        perSprint: [
          { value: 3.2e-7, issue: ref },
          { value: 2.5e-7, issue: ref },
        ],
        forecast: { status: 'insufficient_data', n: 2, reason: '' },
      },
      ['W1', 'W2'],
    )!;
    expect(tiny).not.toMatch(/\de-?\d/);
    expect(tiny).toContain('line [0.00000032, 0.00000025]');
    expect(mermaidNumber(0.874)).toBe('0.874');
    expect(mermaidNumber(2.5e21)).toBe('2500000000000000000000');
  });

  it('escapes the note about a sprint source and keeps "$" in it literal', () => {
    const w = weeklyStatus({
      repository: 'acme/models',
      issues: [],
      settings: reportSettings({}),
      now: NOW,
      sources: { problem: 'could not read the board (<b>@acme/admins</b> costs $& and $1)' },
    });
    expect(w.markdown).toContain(
      'Note: could not read the board (&lt;b&gt;@&#8203;acme/admins&lt;/b&gt; costs $&amp; and $1).\n\n---\n<sub>',
    );
  });

  it('states the trend of a metric to minimise in its own direction: rising latency is not "−"', () => {
    // Latency 420, 421, 423 ms over three sprints: rising by 1.5 ms a sprint, away from 380.
    const log = (n: number, d: number, latency_ms: number) =>
      experiment(n, { record: { log: [{ at: day(d), by: 'a', metrics: { latency_ms } }] } });
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: [log(1, -14, 420), log(2, -7, 421), log(3, 0, 423)],
      sprints: isoWeekSprints(NOW, 3),
      settings: reportSettings({ targets: [{ metric: 'latency_ms', goal: 'minimize', target: 380 }] }),
      now: NOW,
    });
    const f = r.targets[0]!.forecast;
    expect(f.status).toBe('stalled');
    expect(etaText(f, 26, 'minimize')).toBe('stalled: flat or rising (+1.5 per sprint)');
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toContain('stalled: flat or rising (+1.5 per sprint)');
    expect(md).not.toContain('−1.5');
  });

  it('shows a falling latency on course for its target as falling', () => {
    const log = (n: number, d: number, latency_ms: number) =>
      experiment(n, { record: { log: [{ at: day(d), by: 'a', metrics: { latency_ms } }] } });
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: [log(1, -14, 420), log(2, -7, 410), log(3, 0, 400)],
      sprints: isoWeekSprints(NOW, 3),
      settings: reportSettings({ targets: [{ metric: 'latency_ms', goal: 'minimize', target: 380 }] }),
      now: NOW,
    });
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).toMatch(
      /^> \*\*latency\\_ms 400\*\* .* vs target \*\*380\*\* · −10 per sprint · target in ~2 sprints/m,
    );
  });

  it('says so when the last milestone is over and no next one has started', () => {
    const s = reportSettings({ sprints: { source: 'milestones', count: 3 } });
    const milestones = [
      { title: 'Sprint 11', dueOn: '2026-11-03T07:00:00Z' },
      { title: 'Sprint 12', dueOn: '2026-11-17T07:00:00Z' },
    ];
    const r = resolveSprints(s, NOW, { milestones });
    expect(r.sprints.map((x) => x.name)).toEqual(['Sprint 11', 'Sprint 12']);
    expect(r.note).toBe(
      'the last sprint, "Sprint 12", ended on 2026-11-17 and no later one has started, so this sprint\'s figures are that sprint\'s: add the next milestone or iteration',
    );
    // A milestone still running needs no note.
    expect(
      resolveSprints(s, NOW, { milestones: [...milestones, { title: 'Sprint 13', dueOn: '2026-12-01' }] })
        .note,
    ).toBeUndefined();
  });
});
