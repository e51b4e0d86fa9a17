import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/render/status-issue.ts
var supersededComment = (issue) => `Superseded by this week's status report: #${issue.number} (${issue.url}).`;
function describeStatusIssuePlan(plan) {
  const { issue } = plan;
  const lines = [
    issue.kind === "create" ? `would create the status issue "${issue.title}" with the label ${issue.label}` : issue.kind === "update" ? `would update the status issue #${issue.number}` : `the status issue #${issue.number} is up to date`
  ];
  for (const n of plan.close) lines.push(`would close the previous status issue #${n} with a link`);
  return lines;
}

export {
  supersededComment,
  describeStatusIssuePlan
};
