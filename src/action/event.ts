import { readFileSync } from 'node:fs';
import type { ActionContext } from './context.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** A fork PR's token is read-only: writes are expected to be refused. */
  fromFork: boolean;
}

/** The workflow event's payload; {} when the runner gave none (e.g. a local run). */
export function readEvent(ctx: ActionContext): Record<string, unknown> {
  if (!ctx.eventPath) return {};
  try {
    return JSON.parse(readFileSync(ctx.eventPath, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

interface PullPayload {
  number?: number;
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

export function pullRequestOf(event: Record<string, unknown>): PullRequestInfo | undefined {
  const pr = event.pull_request as PullPayload | undefined;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return undefined;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref ?? '',
    headSha: pr.head.sha,
    fromFork: Boolean(pr.head.repo && pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
  };
}

export interface WorkflowRunInfo {
  id: number;
  /** The commit the run was for: the only head the run's artifact may speak about. */
  headSha: string;
}

/** The `workflow_run` event's run, when the payload is one. */
export function workflowRunOf(event: Record<string, unknown>): WorkflowRunInfo | undefined {
  const run = event.workflow_run as { id?: unknown; head_sha?: unknown } | undefined;
  if (typeof run?.id !== 'number' || typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha))
    return undefined;
  return { id: run.id, headSha: run.head_sha };
}
