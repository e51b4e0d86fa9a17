import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  publishWeeklyStatus,
  readWeeklyStatus
} from "./chunk-5LSW4P42.js";
import {
  describeStatusIssuePlan
} from "./chunk-REO5NMMP.js";
import {
  repositoryAccess
} from "./chunk-DNO5BRIM.js";
import "./chunk-TOAAIXCN.js";
import "./chunk-425R65P7.js";
import "./chunk-MPQUN4AU.js";
import "./chunk-W5RFCYNX.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-HBPMXEOA.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import "./chunk-A6CPINGI.js";
import {
  loadConfigFile
} from "./chunk-AZKMGFWZ.js";
import "./chunk-6VVURFHU.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/action/commands/status.ts
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function optionalConfig(ctx) {
  const explicit = ctx.input("config").trim();
  const path = resolve(ctx.workspace, explicit || DEFAULT_CONFIG_PATH);
  try {
    return await loadConfigFile(path);
  } catch (error) {
    if (error instanceof InputError && error.message === "configuration file not found" && (!explicit || explicit === DEFAULT_CONFIG_PATH)) {
      ctx.info(`No ${DEFAULT_CONFIG_PATH} found; using the report defaults.`);
      return {};
    }
    throw error;
  }
}
var status = async (ctx) => {
  const grant = 'keep the github-token input at its default (the workflow token) and grant "issues: write" in the workflow permissions';
  const { repo, gh } = repositoryAccess(ctx, "the status command", "read and write issues", grant);
  const read = await readWeeklyStatus(gh, repo, {
    config: await optionalConfig(ctx),
    now: /* @__PURE__ */ new Date(),
    statusIssues: true
  });
  const { result } = read;
  if (result.note) ctx.notice(`Status report: ${result.note}.`);
  if (ctx.booleanInput("dry-run")) {
    for (const line of describeStatusIssuePlan(read.plan)) ctx.info(`Dry run: ${line}.`);
  } else {
    const published = await publishWeeklyStatus(gh, repo, read);
    ctx.info(`Status issue ${published.action}: ${published.issue.url}`);
    for (const n of published.closed) ctx.info(`Closed the previous status issue #${n}.`);
    ctx.setOutput("issue-number", String(published.issue.number));
    ctx.setOutput("issue-url", published.issue.url);
  }
  const markdownPath = join(ctx.runnerTemp, "sprintlab-status-report.md");
  await writeFile(markdownPath, result.markdown);
  ctx.setOutput("report-markdown", markdownPath);
  await ctx.summary(`# ${result.title}

${result.markdown}`);
  return ExitCode.ok;
};
export {
  status
};
