import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  STATUS_BLOCK
} from "./chunk-IYW7UHIS.js";
import {
  readHiddenBlock
} from "./chunk-A6CPINGI.js";

// src/github/status-issue.ts
async function listStatusIssues(gh, ref, label) {
  const { data } = await gh.rest.issues.listForRepo({
    ...ref,
    labels: label,
    state: "all",
    sort: "created",
    direction: "desc",
    per_page: 100
  });
  return data.filter((i) => !i.pull_request).map((i) => ({
    number: i.number,
    url: i.html_url,
    title: i.title,
    state: i.state === "open" ? "open" : "closed",
    body: i.body ?? ""
  }));
}
var weekOf = (issue) => {
  const block = readHiddenBlock(issue.body, STATUS_BLOCK);
  return typeof block === "object" && block !== null && "week" in block ? String(block.week) : void 0;
};
function findWeekIssue(issues, week, title) {
  return issues.find((i) => weekOf(i) === week) ?? issues.find((i) => i.title === title);
}
function previousIssue(issues, current) {
  return issues.find((i) => i.number !== current?.number);
}
async function publishStatusIssue(gh, ref, input) {
  let issue;
  let action;
  const { existing } = input;
  if (existing) {
    issue = { number: existing.number, url: existing.url };
    if (existing.body === input.body && existing.title === input.title && existing.state === "open")
      action = "unchanged";
    else {
      await gh.rest.issues.update({
        ...ref,
        issue_number: existing.number,
        title: input.title,
        body: input.body,
        state: "open"
      });
      action = "updated";
    }
  } else {
    const { data } = await gh.rest.issues.create({
      ...ref,
      title: input.title,
      body: input.body,
      labels: [input.label]
    });
    issue = { number: data.number, url: data.html_url };
    action = "created";
  }
  const closed = [];
  for (const old of input.others) {
    if (old.number === issue.number || old.state !== "open") continue;
    await gh.rest.issues.createComment({
      ...ref,
      issue_number: old.number,
      body: `Superseded by this week's status report: #${issue.number} (${issue.url}).`
    });
    await gh.rest.issues.update({
      ...ref,
      issue_number: old.number,
      state: "closed",
      state_reason: "completed"
    });
    closed.push(old.number);
  }
  return { issue, action, closed };
}

export {
  listStatusIssues,
  findWeekIssue,
  previousIssue,
  publishStatusIssue
};
