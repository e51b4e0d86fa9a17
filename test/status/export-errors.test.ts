import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseStatusExport } from '../../src/io/status/status-export.js';
import { hasStackTrace, runCli } from '../support/run-bundle.js';

const base = { format: 'sprintlab.status-export/v1', repository: 'acme/models', issues: [] as unknown[] };
const issue = {
  number: 3,
  title: 't',
  url: 'https://github.com/acme/models/issues/3',
  kind: 'experiment',
  state: 'open',
  created_at: '2026-11-01T00:00:00Z',
};

/** The InputError's one paragraph for a malformed export, or a failure when it is accepted. */
function problem(raw: unknown): string {
  try {
    parseStatusExport(raw, 'export.json');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).describe();
  }
  throw new Error('expected an InputError');
}

describe('a malformed export names the JSON path, the problem and the fix', () => {
  it.each([
    [
      { ...base, milestones: [{ title: 'S1', due_on: 'garbage' }] },
      'field "milestones[0].due_on": is "garbage", not a date',
    ],
    [{ ...base, milestones: 'S1' }, 'field "milestones": must be an array'],
    [{ ...base, milestones: [{ due_on: '2026-11-01' }] }, 'field "milestones[0]": needs a title'],
    [{ ...base, config: 'x' }, 'field "config": must be an object'],
    [{ ...base, config: { report: { targets: 'accuracy' } } }, 'field "config.report.targets"'],
    [{ ...base, config: { report: { targets: [{ metric: 'accuracy' }] } } }, 'missing required key "goal"'],
    [{ ...base, config: { report: { sprints: { count: 0 } } } }, 'field "config.report.sprints.count"'],
    [
      { ...base, config: { report: { sprints: { source: 'fortnight' } } } },
      'field "config.report.sprints.source"',
    ],
    [{ ...base, issues: [{ ...issue, record: 'x' }] }, 'field "issues[0].record": must be an object'],
    [{ ...base, issues: [{ ...issue, form: 'x' }] }, 'field "issues[0].form": must be an object'],
    [
      { ...base, issues: [{ ...issue, form: { metric: 5 } }] },
      'field "issues[0].form.metric": must be a string',
    ],
    [
      { ...base, issues: [{ ...issue, form: { time_box: 'soon' } }] },
      'field "issues[0].form.time_box": is "soon", not a date',
    ],
    [{ ...base, issues: [{ ...issue, labels: 'experiment' }] }, 'field "issues[0].labels": must be an array'],
    [
      { ...base, issues: [{ ...issue, url: 5 }] },
      'field "issues[0].url": must be a web address without spaces or parentheses',
    ],
    [
      { ...base, issues: [{ ...issue, url: 'https://x/1) @acme/ml-team' }] },
      'field "issues[0].url": must be a web address without spaces or parentheses',
    ],
    [
      { ...base, issues: [{ ...issue, kind: 'data-task', data: { due: 5 } }] },
      'field "issues[0].data.due": is 5, not a date',
    ],
    [
      { ...base, issues: [{ ...issue, kind: 'data-task', data: { blocks: '#3' } }] },
      'field "issues[0].data.blocks": must be an array of experiment issue numbers',
    ],
    [{ ...base, issues: [issue, { ...issue }] }, 'field "issues[1].number": #3 is already issues[0]'],
    [
      {
        ...base,
        sprints: [
          { name: 'S2', start: '2026-11-09', end: '2026-11-16' },
          { name: 'S1', start: '2026-11-02', end: '2026-11-09' },
        ],
      },
      'field "sprints[1].start": is before the end of sprints[0] ("S2")',
    ],
  ])('%j', (raw, expected) => {
    const text = problem(raw);
    expect(text).toContain(expected);
    expect(text).toMatch(/^export\.json, field "[^"]+": .+\nFix: \S/);
  });

  it('gives an issue without a url its GitHub address, so every link works', () => {
    const { url: _url, ...noUrl } = issue;
    const data = parseStatusExport({ ...base, issues: [noUrl] }, 'export.json');
    expect(data.issues[0]!.url).toBe('https://github.com/acme/models/issues/3');
  });

  it('keeps a time box written as a timestamp as its calendar day', () => {
    const data = parseStatusExport(
      { ...base, issues: [{ ...issue, form: { time_box: '2026-11-27T17:00:00Z' } }] },
      'export.json',
    );
    expect(data.issues[0]!.form.timeBox).toBe('2026-11-27');
  });
});

describe('sprintlab status --from a malformed export (bundled CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sprintlab-status-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Both used to end in an internal error with a stack trace (exit 3).
  it.each([
    [
      'bad-milestone.json',
      { ...base, milestones: [{ title: 'S1', due_on: 'garbage' }] },
      'milestones[0].due_on',
    ],
    ['bad-config.json', { ...base, config: { report: { targets: 'accuracy' } } }, 'config.report.targets'],
  ])('%s: exit 2, the field and the fix, no stack trace', async (name, raw, field) => {
    writeFileSync(join(dir, name), JSON.stringify(raw));
    const r = await runCli(['status', '--from', name], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`${name}, field "${field}"`);
    expect(r.stderr).toMatch(/\nFix: \S/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
