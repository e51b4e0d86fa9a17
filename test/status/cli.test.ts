import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, ROOT, runCli } from '../support/run-bundle.js';

const DEMO = join(ROOT, 'fixtures/status/demo-export.json');
const dir = mkdtempSync(join(tmpdir(), 'sprintlab-status-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sprintlab status (bundled CLI)', () => {
  it('renders the demo export offline, as Markdown and as JSON', async () => {
    const md = await runCli(['status', '--from', DEMO], { cwd: dir });
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(
      /^<!-- sprintlab:status-report \{"week":"2026-W47","sprint":"2026-W47"\} -->\n> \*\*accuracy 0\.874\*\*/,
    );
    const json = await runCli(['status', '--from', DEMO, '--format', 'json'], { cwd: dir });
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      format: 'sprintlab.status-report/v1',
      week: '2026-W47',
      title: 'Sprint status 2026-W47',
    });
    expect(report.outcomes).toEqual({ killed: 6, promoted: 1, iterated: 1 });
    expect(report.targets[0].forecast.status).toBe('on_track');
  });

  it.each([
    [['status'], /missing --from FILE or --repo OWNER\/NAME\nFix: /],
    [['status', '--from', 'nope.json'], /nope\.json: export file not found\nFix: /],
    [['status', '--repo', 'acme'], /--repo "acme" is not OWNER\/NAME/],
    [['status', '--repo', 'acme/models'], /no GitHub token: GITHUB_TOKEN is not set/],
    [['status', '--from', DEMO, '--format', 'html'], /--format "html" is not supported/],
    [['status', '--from', DEMO, '--now', 'soon'], /--now "soon" is not a date/],
    [['status', '--from', DEMO, '--publish'], /--publish and --export need --repo/],
    [['status', '--frm', DEMO], /Unknown option '--frm'/],
  ])('%j is an input error: exit 2, a message with the fix, no stack trace', async (args, message) => {
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('points at the config file and field when the report section is wrong', async () => {
    const config = join(dir, 'bad.yml');
    writeFileSync(config, 'report:\n  sprints: { source: fortnight }\n');
    const r = await runCli(['status', '--from', DEMO, '--config', config], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.yml');
    expect(r.stderr).toMatch(/sprints/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
