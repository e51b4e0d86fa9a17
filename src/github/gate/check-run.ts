import { GATE_CHECK_NAME } from '../../core/contracts.js';
import type { GitHub } from '../client.js';
import type { RepoRef } from '../files/contents.js';

export type Conclusion = 'success' | 'failure' | 'neutral';

// GitHub rejects check run output over 65535 characters.
const LIMIT = 65_000;
const clip = (text: string) =>
  text.length > LIMIT
    ? `${text.slice(0, LIMIT)}\n\n… (truncated: the full report is in the job summary)`
    : text;

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
}

/** Creates a completed check run on the PR's head commit. */
export async function createCheckRun(
  gh: GitHub,
  repo: RepoRef,
  headSha: string,
  conclusion: Conclusion,
  output: CheckRunOutput,
  name = GATE_CHECK_NAME,
): Promise<number> {
  const { data } = await gh.rest.checks.create({
    ...repo,
    name,
    head_sha: headSha,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    output: {
      title: output.title.slice(0, 250),
      summary: clip(output.summary),
      ...(output.text ? { text: clip(output.text) } : {}),
    },
  });
  return data.id;
}
