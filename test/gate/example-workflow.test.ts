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

/** A workflow expression as written in YAML: `${{ … }}`. */
const expression = (inner: string) => `\${{ ${inner} }}`;

interface PublishWorkflow {
  on: { workflow_run: { workflows: string[]; types: string[] } };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      if?: string;
      'timeout-minutes'?: number;
      steps: { uses?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe('examples/workflows/eval-gate-publish.yml, the second stage for fork PRs', () => {
  const publishText = readFileSync(join(ROOT, 'examples/workflows/eval-gate-publish.yml'), 'utf8');
  const publish = load(publishText) as PublishWorkflow;
  const steps = Object.values(publish.jobs).flatMap((j) => j.steps);

  it('runs when the gate workflow completes, whatever its conclusion', () => {
    expect(publish.on.workflow_run).toEqual({
      workflows: [(load(text) as { name: string }).name],
      types: ['completed'],
    });
  });

  it('asks for the least privilege publishing needs, with a time limit', () => {
    expect(publish.permissions).toEqual({
      actions: 'read',
      contents: 'read',
      'pull-requests': 'write',
      issues: 'write',
      checks: 'write',
    });
    for (const job of Object.values(publish.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
    for (const job of Object.values(workflow.jobs) as { 'timeout-minutes'?: number }[])
      expect(job['timeout-minutes']).toBeGreaterThan(0);
  });

  it('never checks out or runs the PR: it downloads the run’s artifact and publishes it', () => {
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({
      'run-id': expression('github.event.workflow_run.id'),
      'github-token': expression('github.token'),
    });
    const step = steps.find((s) => s.with?.command === 'publish');
    expect(String(step?.with?.artifact)).toBe(`${download?.with?.path}/gate-artifact.json`);
    expect(Object.values(publish.jobs)[0]?.if).toMatch(/head_repository\.full_name != github\.repository/);
  });

  it('downloads the artifact the gate workflow uploads', () => {
    const upload = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: expression('steps.gate.outputs.report-artifact') });
    expect(steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with?.name).toBe(
      upload?.with?.name,
    );
  });
});
