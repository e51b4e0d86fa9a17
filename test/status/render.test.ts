import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { etaText, renderStatus, trendChart } from '../../src/core/render/status.js';
import { reportSettings } from '../../src/core/report/settings.js';
import { isoWeekSprints } from '../../src/core/report/sprints.js';
import { buildStatusReport } from '../../src/core/report/status-report.js';
import { weeklyStatus } from '../../src/core/report/weekly.js';
import { parseStatusExport, readStatusExport } from '../../src/io/status/status-export.js';
import { day, experiment, MONDAY } from './build.js';

const NOW = new Date(MONDAY + 4 * 86_400_000);
const settings = reportSettings({ targets: [{ metric: 'accuracy', goal: 'maximize', target: 0.9 }] });

describe('the status Markdown', () => {
  it('escapes user text: no mention pings, no raw HTML, tables keep their columns', () => {
    const hostile = experiment(7, {
      title: 'Ping @acme/ml-team | <img src=x onerror=alert(1)> `code`',
      state: 'closed',
      record: {
        history: [{ column: 'Experiment', at: day(-3) }],
        log: [{ at: day(1), by: 'a', metrics: { accuracy: 0.8 }, gpuHours: 5 }],
        decisions: [
          {
            kind: 'kill',
            at: day(1),
            by: 'a',
            learnings: 'line one @everyone\n| a | b |\n<script>x</script>',
          },
        ],
      },
      form: { budgetGpuHours: 4 },
    });
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: [hostile],
      sprints: isoWeekSprints(NOW, 2),
      settings,
      now: NOW,
    });
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(md).not.toMatch(/@acme\/ml-team|@everyone/);
    expect(md).not.toMatch(/<img|<script/);
    expect(md).toContain('@&#8203;acme/ml-team \\| &lt;img');
    // Every table row of the compute table still has exactly its 4 cells.
    const row = md.split('\n').find((l) => l.startsWith('| [#7]'))!;
    expect(row.replace(/\\\|/g, '').split('|').length - 2).toBe(4);
    // A multi-line learning stays inside its quote.
    expect(md).toContain(
      '  > line one @&#8203;everyone\n  > \\| a \\| b \\|\n  > &lt;script&gt;x&lt;/script&gt;',
    );
  });

  it('says the ETA with its range, and when there is none', () => {
    const fit = { n: 6, slope: 0.01, intercept: 0.8, improvementPerSprint: 0.01 };
    expect(
      etaText({ status: 'on_track', n: 6, fit, eta: 3.33, etaLow: 2.78, etaHigh: 3.96, confidence: 0.8 }, 26),
    ).toBe('target in ~3 sprints, likely 2–4');
    expect(etaText({ status: 'on_track', n: 3, fit, eta: 7, etaLow: 0, confidence: 0.8 }, 26)).toBe(
      'target in ~7 sprints, but the range is too wide to call (this sprint to over 26)',
    );
    expect(
      etaText({ status: 'on_track', n: 6, fit, eta: 1.2, etaLow: 0, etaHigh: 2.1, confidence: 0.8 }, 26),
    ).toBe('target in ~1 sprint, likely within 3 sprints');
    expect(etaText({ status: 'on_track', n: 6, fit, eta: 9, etaLow: 4.5, confidence: 0.8 }, 26)).toBe(
      'target in ~9 sprints, likely 4 or more (over 26 at the slow end)',
    );
    expect(etaText({ status: 'on_track', n: 2, fit, eta: 4, confidence: 0.8 }, 26)).toBe(
      'target in ~4 sprints (range needs 3 sprints of data)',
    );
    expect(
      etaText(
        {
          status: 'stalled',
          n: 4,
          fit: { ...fit, improvementPerSprint: -0.0055 },
          reason: 'flat_or_falling',
        },
        26,
      ),
    ).toBe('stalled: flat or falling (−0.0055 per sprint)');
    expect(etaText({ status: 'insufficient_data', n: 1, reason: 'only one sprint with values' }, 26)).toBe(
      'trend: insufficient data (only one sprint with values)',
    );
    expect(etaText({ status: 'reached', n: 3, best: 0.91 }, 26)).toBe('target reached');
  });

  it('charts the best value per sprint against the target, carrying values over empty sprints', () => {
    const ref = { number: 1, title: 't', url: 'u' };
    const chart = trendChart(
      {
        target: { metric: 'acc"uracy', goal: 'maximize', target: 0.9 },
        perSprint: [undefined, { value: 0.8, issue: ref }, undefined, { value: 0.85, issue: ref }],
        forecast: { status: 'insufficient_data', n: 2, reason: '' },
      },
      ['W1', 'W2', 'W3', 'W4'],
    );
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "accuracy: best per sprint vs target 0.9"',
        '  x-axis ["W2", "W3", "W4"]',
        '  y-axis "accuracy" 0.79 --> 0.91',
        '  line [0.8, 0.8, 0.85]',
        '  line [0.9, 0.9, 0.9]',
        '```',
      ].join('\n'),
    );
  });

  it('stays within the 65,536-character issue body with 5,000 active experiments', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      experiment(i + 1, {
        title: `A long experiment title that goes on and on, number ${i}`,
        form: { budgetGpuHours: 1, timeBox: '2026-11-01' },
        record: {
          history: [{ column: 'Experiment', at: day(-2) }],
          log: [{ at: day(0), by: 'a', metrics: { accuracy: 0.8 }, gpuHours: 3 }],
          blockers: [{ kind: 'other', text: 'waiting', at: day(0) }],
        },
      }),
    );
    const r = buildStatusReport({
      repository: 'acme/models',
      issues: many,
      sprints: isoWeekSprints(NOW, 8),
      settings,
      now: NOW,
    });
    const md = renderStatus(r, { week: '2026-W47', horizon: 26 });
    expect(r.thisSprint.active).toHaveLength(5000);
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain('and 4975 more');
  });
});

describe('the offline export', () => {
  it('renders the committed demo as the committed example', async () => {
    const data = await readStatusExport('fixtures/status/demo-export.json');
    const section = data.config ?? {};
    const s = reportSettings(section.report as never, { wip: (section.board as { wip: never }).wip });
    const result = weeklyStatus({
      repository: data.repository,
      issues: data.issues,
      settings: s,
      now: data.now!,
      sources: {},
    });
    expect(result.title).toBe('Sprint status 2026-W47');
    const example = readFileSync('docs/example-status-report.md', 'utf8');
    expect(example.endsWith(result.markdown)).toBe(true);
  });

  it('the README excerpt is cut from the committed example (headings moved down)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const excerpt = readme.slice(
      readme.indexOf('<!-- status-example:start -->'),
      readme.indexOf('<!-- status-example:end -->'),
    );
    const example = readFileSync('docs/example-status-report.md', 'utf8').split('\n');
    const lines = excerpt
      .split('\n')
      .slice(1)
      .filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(10);
    let at = 0;
    for (const line of lines) {
      const found = example.indexOf(line.replace(/^#####/, '##'), at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('names the field, the problem and the fix for a bad export', () => {
    const base = { format: 'sprintlab.status-export/v1', repository: 'acme/models', issues: [] as unknown[] };
    const problem = (raw: unknown) => {
      try {
        parseStatusExport(raw, 'export.json');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as InputError).describe();
      }
      throw new Error('expected an InputError');
    };
    expect(problem({ ...base, format: 'v0' })).toMatch(
      /^export\.json, field "format": is "v0", expected "sprintlab\.status-export\/v1"\nFix: /,
    );
    expect(problem({ ...base, repository: 'acme' })).toContain('field "repository": must be "owner/name"');
    const issue = {
      number: 3,
      title: 't',
      url: 'u',
      kind: 'experiment',
      state: 'open',
      created_at: '2026-11-01T00:00:00Z',
    };
    expect(problem({ ...base, issues: [{ ...issue, kind: 'bug' }] })).toContain(
      'field "issues[0].kind": is "bug"',
    );
    expect(problem({ ...base, issues: [issue, { ...issue, created_at: 'yesterday' }] })).toContain(
      'field "issues[1].created_at": is "yesterday", not a date',
    );
    expect(problem({ ...base, issues: [{ ...issue, form: { target: '0.9' } }] })).toContain(
      'field "issues[0].form.target": must be a number',
    );
    expect(problem({ ...base, sprints: [{ name: 'S1', start: '2026-11-10', end: '2026-11-03' }] })).toContain(
      'field "sprints[0].end": is not after the start',
    );
  });

  it('keeps a hand-edited record entry by entry, like the app does', () => {
    const data = parseStatusExport(
      {
        format: 'sprintlab.status-export/v1',
        repository: 'acme/models',
        issues: [
          {
            number: 1,
            title: 't',
            url: 'u',
            kind: 'experiment',
            state: 'open',
            created_at: '2026-11-01T00:00:00Z',
            record: {
              log: [
                { at: '2026-11-02T00:00:00Z', by: 'a', metrics: { accuracy: 0.8, bad: 'x' } },
                { broken: true },
              ],
              decisions: 'nope',
            },
          },
        ],
      },
      'e.json',
    );
    expect(data.issues[0]!.record.log).toEqual([
      { at: '2026-11-02T00:00:00Z', by: 'a', metrics: { accuracy: 0.8 } },
    ]);
    expect(data.issues[0]!.record.decisions).toEqual([]);
  });
});
