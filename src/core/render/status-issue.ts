import type { StatusIssuePlan } from '../report/status-issue.js';

/** The comment that closes an earlier status issue. */
export const supersededComment = (issue: { number: number; url: string }): string =>
  `Superseded by this week's status report: #${issue.number} (${issue.url}).`;

/** The plan in words, one line per write, for a dry run. */
export function describeStatusIssuePlan(plan: StatusIssuePlan): string[] {
  const { issue } = plan;
  const lines = [
    issue.kind === 'create'
      ? `would create the status issue "${issue.title}" with the label ${issue.label}`
      : issue.kind === 'update'
        ? `would update the status issue #${issue.number}`
        : `the status issue #${issue.number} is up to date`,
  ];
  for (const n of plan.close) lines.push(`would close the previous status issue #${n} with a link`);
  return lines;
}
