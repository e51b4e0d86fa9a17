import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-bundle.js';

interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { 'timeout-minutes'?: number }>;
}

const text = readFileSync(join(ROOT, 'examples/workflows/experiment-board.yml'), 'utf8');
const workflow = load(text) as Workflow;

describe('examples/workflows/experiment-board.yml', () => {
  it('never drops a queued event: one group per run, nothing cancelled, and says how overlaps are safe', () => {
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(false);
    // A group shared by several events keeps only one pending run; check_run events have no issue number.
    expect(workflow.concurrency?.group).toMatch(/\$\{\{ github\.run_id \}\}/);
    expect(workflow.concurrency?.group).not.toContain('issue');
    expect(text).toMatch(/cancels\s+#?\s*the older pending run/);
    expect(text).toMatch(/check_run events carry no issue number/);
    expect(text).toMatch(/re-reads\s+#\s+the experiment record right before writing it/);
  });

  it('bounds every job with timeout-minutes', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });
});
