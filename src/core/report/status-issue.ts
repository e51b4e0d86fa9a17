import { readHiddenBlock } from '../render/escape.js';
import { STATUS_BLOCK } from '../render/status.js';

/** A status issue as it stands on GitHub. */
export interface StatusIssue {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  body: string;
}

/** What happens to this week's status issue. */
export type StatusIssueWrite =
  | { kind: 'create'; title: string; body: string; label: string }
  | { kind: 'update'; number: number; url: string; title: string; body: string }
  | { kind: 'unchanged'; number: number; url: string };

/** The writes of one weekly run: this week's issue, and the earlier open ones to close with a link. */
export interface StatusIssuePlan {
  issue: StatusIssueWrite;
  close: number[];
}

const weekOf = (issue: StatusIssue): string | undefined => {
  const block = readHiddenBlock(issue.body, STATUS_BLOCK);
  return typeof block === 'object' && block !== null && 'week' in block
    ? String((block as { week: unknown }).week)
    : undefined;
};

/** This week's issue among the existing ones: by its hidden block, else by its title. */
export function findWeekIssue(
  issues: readonly StatusIssue[],
  week: string,
  title: string,
): StatusIssue | undefined {
  return issues.find((i) => weekOf(i) === week) ?? issues.find((i) => i.title === title);
}

/** The issue to link as "previous": the newest status issue of another week. */
export function previousIssue(
  issues: readonly StatusIssue[],
  current: StatusIssue | undefined,
): StatusIssue | undefined {
  return issues.find((i) => i.number !== current?.number);
}

/**
 * Creates this week's status issue or updates it (a re-run never duplicates it) and closes the
 * earlier open ones. An unchanged body is not rewritten.
 */
export function planStatusIssue(input: {
  title: string;
  body: string;
  label: string;
  existing: StatusIssue | undefined;
  others: readonly StatusIssue[];
}): StatusIssuePlan {
  const { existing, title, body } = input;
  let issue: StatusIssueWrite;
  if (!existing) issue = { kind: 'create', title, body, label: input.label };
  else if (existing.body === body && existing.title === title && existing.state === 'open')
    issue = { kind: 'unchanged', number: existing.number, url: existing.url };
  else issue = { kind: 'update', number: existing.number, url: existing.url, title, body };
  const close = input.others
    .filter((old) => old.number !== existing?.number && old.state === 'open')
    .map((old) => old.number);
  return { issue, close };
}
