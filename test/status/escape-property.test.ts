import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../src/core/render/status.js';
import { reportSettings } from '../../src/core/report/settings.js';
import { isoWeekSprints } from '../../src/core/report/sprints.js';
import { buildStatusReport } from '../../src/core/report/status-report.js';
import { day, experiment, MONDAY } from './build.js';

const NOW = new Date(MONDAY + 4 * 86_400_000);
const settings = reportSettings({ targets: [{ metric: 'accuracy', goal: 'maximize', target: 0.9 }] });
// Strings rich in what breaks Markdown: mentions, HTML, pipes, backticks, newlines, issue refs.
const hostile = fc
  .array(
    fc.constantFrom(
      '@team',
      '@',
      '<b>',
      '</script>',
      '|',
      '`',
      '\n',
      '#12',
      '[x](y)',
      '&lt;',
      ' ',
      'a',
      'é',
      '*',
      '_',
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('user text in the status issue (property)', () => {
  it('never pings, never renders HTML, never adds table cells', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, learnings, blocker) => {
        const e = experiment(5, {
          title,
          form: { budgetGpuHours: 1, timeBox: '2026-11-01' },
          record: {
            history: [{ column: 'Experiment', at: day(-2) }],
            log: [{ at: day(0), by: 'a', metrics: { accuracy: 0.8 }, gpuHours: 3 }],
            decisions: [{ kind: 'iterate', at: day(1), by: 'a', learnings }],
            blockers: [{ kind: 'other', text: blocker, at: day(0) }],
          },
        });
        const md = renderStatus(
          buildStatusReport({
            repository: 'acme/models',
            issues: [e],
            sprints: isoWeekSprints(NOW, 2),
            settings,
            now: NOW,
          }),
          {
            week: '2026-W47',
            horizon: 26,
          },
        );
        const visible = md.replace(/^<!-- sprintlab:status-report .* -->$/m, '');
        expect(visible).not.toMatch(/@[A-Za-z]/);
        expect(visible).not.toMatch(/<(?!!--|\/?sub>)/); // the footer is the only tag we write
        // Every row of every table has as many cells as its header: escaped pipes do not count.
        const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
        const lines = visible.split('\n');
        for (let i = 0; i < lines.length; i++) {
          if (!lines[i]!.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
          const width = cells(lines[i]!);
          for (let j = i; j < lines.length && lines[j]!.startsWith('|'); j++)
            expect(cells(lines[j]!), lines[j]).toBe(width);
          // A table ends with a blank line, never with a stray continuation of a broken row.
          let k = i;
          while (lines[k]?.startsWith('|')) k++;
          expect(lines[k] ?? '', `after the table at line ${i}`).toBe('');
        }
        expect(visible).toContain('| [#5](');
      }),
      { numRuns: 300 },
    );
  });
});
