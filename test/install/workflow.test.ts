import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-bundle.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Job {
  'timeout-minutes'?: number;
  permissions?: unknown;
  steps: Step[];
}
const workflow = load(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
  permissions: unknown;
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);

describe("the repository's own CI workflow", () => {
  it('reads the code and nothing more: contents read, no job asks for more', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [, job] of jobs) expect(job.permissions).toBeUndefined();
  });

  it('every job has a time limit', () => {
    for (const [name, job] of jobs) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it('runs the CI entry point: every test and the dist check', () => {
    expect(jobs.some(([, job]) => job.steps.some((s) => s.run === '.ci/run'))).toBe(true);
  });

  it('runs the Action from this checkout without any token, and every gate step only leaves an artifact', () => {
    const own = jobs.flatMap(([, job]) => job.steps.filter((s) => s.uses === './'));
    expect(own.length).toBeGreaterThan(0);
    for (const step of own) {
      expect(step.with?.['github-token']).toBe('');
      if ((step.with?.command ?? 'gate') === 'gate') {
        expect(step.with?.publish).toBe('artifact');
        expect(step.with?.baseline).toBeTruthy();
      }
    }
  });

  it('develops on the Node that .node-version names, one that engines supports', () => {
    const major = Number(readFileSync(join(ROOT, '.node-version'), 'utf8').trim().split('.')[0]);
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(major).toBeGreaterThanOrEqual(Number(/\d+/.exec(engines)![0]));
  });
});
