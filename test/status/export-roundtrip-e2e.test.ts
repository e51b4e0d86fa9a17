import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIn, startGitHubStandIn } from '../support/github-standin.js';
import { CLI, runNode } from '../support/run-bundle.js';
import { seedRepository } from './seed.js';

const REPO = 'acme/models';
const DAY = 86_400_000;
const now = new Date('2026-11-20T16:00:00Z');
let gh: StandIn;
let dir: string;

beforeAll(async () => {
  gh = await startGitHubStandIn({ repos: [REPO] });
  seedRepository(gh.state, now, 40, 4);
  gh.state.addMilestone({ repo: REPO, title: 'Sprint 11', dueOn: '2026-11-10T07:00:00Z', state: 'closed' });
  gh.state.addMilestone({ repo: REPO, title: 'Sprint 12', dueOn: '2026-11-24T07:00:00Z' });
  dir = mkdtempSync(join(tmpdir(), 'sprintlab-status-roundtrip-'));
});
afterAll(async () => {
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sprintlab status --export with sprints from milestones', { timeout: 120_000 }, () => {
  it('saves the sprints it resolved, so --from renders the same report with no network', async () => {
    const exportFile = join(dir, 'export.json');
    const at = now.toISOString();
    const live = await runNode(CLI, ['status', '--repo', REPO, '--now', at, '--export', exportFile], {
      env: { GITHUB_TOKEN: 'ghs_roundtrip000000000000000000000000000', GITHUB_API_URL: gh.url },
      cwd: dir,
      timeoutMs: 110_000,
    });
    expect(live.code, live.stderr).toBe(0);
    gh.assertNoViolations();
    expect(live.stdout).toContain('Sprint **Sprint 12**');
    const data = JSON.parse(readFileSync(exportFile, 'utf8'));
    expect(data.sprints.map((s: { name: string }) => s.name)).toEqual(['Sprint 11', 'Sprint 12']);
    expect(Date.parse(data.sprints[1].end)).toBe(Date.parse('2026-11-25T00:00:00Z'));
    expect(Date.parse(data.sprints[1].end) - Date.parse(data.sprints[1].start)).toBe(14 * DAY);

    const offline = await runNode(CLI, ['status', '--from', exportFile], { cwd: dir, timeoutMs: 110_000 });
    expect(offline.code, offline.stderr).toBe(0);
    expect(offline.stdout).toBe(live.stdout);
  });
});
