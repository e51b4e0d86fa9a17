import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/action/event.ts
import { readFileSync } from "node:fs";
function readEvent(ctx) {
  const file = ctx.eventPath;
  if (!file) return {};
  const bad = (problem) => new InputError(problem, {
    file,
    field: "GITHUB_EVENT_PATH",
    fix: "run the Action in a GitHub Actions workflow, which writes the event payload to that file; for a local run leave GITHUB_EVENT_PATH unset"
  });
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw bad(`the event file cannot be read (${error.code ?? "error"})`);
  }
  if (text.trim() === "") throw bad("the event file is empty");
  let event;
  try {
    event = JSON.parse(text);
  } catch {
    throw bad("the event file is not valid JSON");
  }
  if (typeof event !== "object" || event === null || Array.isArray(event))
    throw bad(
      `the event file holds ${event === null ? "null" : Array.isArray(event) ? "a list" : `a ${typeof event}`}, not a JSON object`
    );
  return event;
}
function pullRequestOf(event) {
  const pr = event.pull_request;
  if (!pr?.number || !pr.base?.sha || !pr.head?.sha) return void 0;
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref ?? "",
    headSha: pr.head.sha,
    fromFork: Boolean(pr.head.repo && pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name)
  };
}
function workflowRunOf(event) {
  const run = event.workflow_run;
  if (typeof run?.id !== "number" || typeof run.head_sha !== "string" || !/^[0-9a-f]{40}$/.test(run.head_sha))
    return void 0;
  return { id: run.id, headSha: run.head_sha };
}

export {
  readEvent,
  pullRequestOf,
  workflowRunOf
};
