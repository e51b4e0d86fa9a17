import { readHiddenBlock } from '../core/render/escape.js';
import { STATUS_BLOCK } from '../core/render/status.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './status-read.js';

export interface StatusIssueRef {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  body: string;
}

export interface PublishResult {
  issue: { number: number; url: string };
  action: 'created' | 'updated' | 'unchanged';
  /** Earlier status issues closed by this run, each with a link to this week's. */
  closed: number[];
}

/** The existing status issues (label), newest first: one call covers two years of weekly issues. */
export async function listStatusIssues(gh: GitHub, ref: RepoRef, label: string): Promise<StatusIssueRef[]> {
  const { data } = await gh.rest.issues.listForRepo({
    ...ref,
    labels: label,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  return data
    .filter((i) => !i.pull_request)
    .map((i) => ({
      number: i.number,
      url: i.html_url,
      title: i.title,
      state: i.state === 'open' ? 'open' : 'closed',
      body: i.body ?? '',
    }));
}

const weekOf = (issue: StatusIssueRef): string | undefined => {
  const block = readHiddenBlock(issue.body, STATUS_BLOCK);
  return typeof block === 'object' && block !== null && 'week' in block
    ? String((block as { week: unknown }).week)
    : undefined;
};

/** This week's issue among the existing ones: by its hidden block, else by its title. */
export function findWeekIssue(
  issues: readonly StatusIssueRef[],
  week: string,
  title: string,
): StatusIssueRef | undefined {
  return issues.find((i) => weekOf(i) === week) ?? issues.find((i) => i.title === title);
}

/** The issue to link as "previous": the newest status issue of another week. */
export function previousIssue(
  issues: readonly StatusIssueRef[],
  current: StatusIssueRef | undefined,
): StatusIssueRef | undefined {
  return issues.find((i) => i.number !== current?.number);
}

/**
 * Creates this week's status issue or updates it (a re-run never duplicates it), then closes the
 * earlier open status issues with a comment linking to it. An unchanged body is not rewritten.
 */
export async function publishStatusIssue(
  gh: GitHub,
  ref: RepoRef,
  input: {
    title: string;
    body: string;
    label: string;
    existing: StatusIssueRef | undefined;
    others: readonly StatusIssueRef[];
  },
): Promise<PublishResult> {
  let issue: { number: number; url: string };
  let action: PublishResult['action'];
  const { existing } = input;
  if (existing) {
    issue = { number: existing.number, url: existing.url };
    if (existing.body === input.body && existing.title === input.title && existing.state === 'open')
      action = 'unchanged';
    else {
      await gh.rest.issues.update({
        ...ref,
        issue_number: existing.number,
        title: input.title,
        body: input.body,
        state: 'open',
      });
      action = 'updated';
    }
  } else {
    const { data } = await gh.rest.issues.create({
      ...ref,
      title: input.title,
      body: input.body,
      labels: [input.label],
    });
    issue = { number: data.number, url: data.html_url };
    action = 'created';
  }
  const closed: number[] = [];
  for (const old of input.others) {
    if (old.number === issue.number || old.state !== 'open') continue;
    await gh.rest.issues.createComment({
      ...ref,
      issue_number: old.number,
      body: `Superseded by this week's status report: #${issue.number} (${issue.url}).`,
    });
    await gh.rest.issues.update({
      ...ref,
      issue_number: old.number,
      state: 'closed',
      state_reason: 'completed',
    });
    closed.push(old.number);
  }
  return { issue, action, closed };
}
