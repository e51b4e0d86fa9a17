import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { ActionContext } from './context.js';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  /** A fork PR's token is read-only: writes are expected to be refused. */
  fromFork: boolean;
}

/**
 * The workflow event's payload; {} when the runner gave none (a local run). A file that is named but
 * unreadable, empty or not a JSON object is an input error: guessing "no event" would run a pull
 * request's gate as if it were a push.
 */
export function readEvent(ctx: ActionContext): Record<string, unknown> {
  const file = ctx.eventPath;
  if (!file) return {};
  const bad = (problem: string) =>
    new InputError(problem, {
      file,
      field: 'GITHUB_EVENT_PATH',
      fix: 'run the Action in a GitHub Actions workflow, which writes the event payload to that file; for a local run leave GITHUB_EVENT_PATH unset',
    });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw bad(`the event file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (text.trim() === '') throw bad('the event file is empty');
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw bad('the event file is not valid JSON');
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    throw bad(
      `the event file holds ${event === null ? 'null' : Array.isArray(event) ? 'a list' : `a ${typeof event}`}, not a JSON object`,
    );
  return event as Record<string, unknown>;
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
