import { supersededComment } from '../../core/render/status-issue.js';
import type { StatusIssue, StatusIssuePlan } from '../../core/report/status-issue.js';
import type { GitHub } from '../client.js';
import type { RepoRef } from './status-read.js';

export interface PublishResult {
  issue: { number: number; url: string };
  action: 'created' | 'updated' | 'unchanged';
  /** Earlier status issues closed by this run, each with a link to this week's. */
  closed: number[];
}

/** The existing status issues (label), newest first: one call covers two years of weekly issues. */
export async function listStatusIssues(gh: GitHub, ref: RepoRef, label: string): Promise<StatusIssue[]> {
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

/** Writes a status issue plan: this week's issue, then the earlier ones closed with a link to it. */
export async function applyStatusIssuePlan(
  gh: GitHub,
  ref: RepoRef,
  plan: StatusIssuePlan,
): Promise<PublishResult> {
  const write = plan.issue;
  let issue: { number: number; url: string };
  if (write.kind === 'create') {
    const { data } = await gh.rest.issues.create({
      ...ref,
      title: write.title,
      body: write.body,
      labels: [write.label],
    });
    issue = { number: data.number, url: data.html_url };
  } else {
    issue = { number: write.number, url: write.url };
    if (write.kind === 'update')
      await gh.rest.issues.update({
        ...ref,
        issue_number: write.number,
        title: write.title,
        body: write.body,
        state: 'open',
      });
  }
  for (const old of plan.close) {
    await gh.rest.issues.createComment({ ...ref, issue_number: old, body: supersededComment(issue) });
    await gh.rest.issues.update({ ...ref, issue_number: old, state: 'closed', state_reason: 'completed' });
  }
  const action = write.kind === 'create' ? 'created' : write.kind === 'update' ? 'updated' : 'unchanged';
  return { issue, action, closed: plan.close };
}
