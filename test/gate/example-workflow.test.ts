import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-bundle.js';

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}

const text = readFileSync(join(ROOT, 'examples/workflows/eval-gate.yml'), 'utf8');
const workflow = load(text) as Workflow;
const GATE_PERMISSIONS = { contents: 'read', 'pull-requests': 'write', issues: 'write', checks: 'write' };

describe('examples/workflows/eval-gate.yml', () => {
  it('runs on pull_request, never pull_request_target, and says why', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(text).toMatch(/never pull_request_target: that event runs with a write token and secrets/);
  });

  it('asks for the least privilege the gate needs, no more', () => {
    expect(workflow.permissions).toEqual(GATE_PERMISSIONS);
  });

  it('checks out with history, so the baseline is read at the merge base with local git', () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps.find((s) => s.with?.command === 'gate')).toBeDefined();
  });

  it('the README shows the same permissions', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippet = /```yaml\n(name: Eval gate\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet).toBeDefined();
    expect((load(snippet!) as Workflow).permissions).toEqual(GATE_PERMISSIONS);
  });
});
