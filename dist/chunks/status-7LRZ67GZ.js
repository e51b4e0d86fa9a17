import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  findWeekIssue,
  listStatusIssues,
  previousIssue,
  publishStatusIssue
} from "./chunk-YETDMWAO.js";
import {
  gatherStatusData
} from "./chunk-2GQ6Z5ZM.js";
import {
  reportSettings,
  weeklyStatus
} from "./chunk-MWQZ2DZO.js";
import "./chunk-IYW7UHIS.js";
import "./chunk-425R65P7.js";
import "./chunk-MPQUN4AU.js";
import {
  boardSettings
} from "./chunk-EKTSVNZI.js";
import "./chunk-FZNVJ5GC.js";
import "./chunk-EVR6WTBQ.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z6Y7D5CL.js";
import {
  createGitHub
} from "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import "./chunk-A6CPINGI.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfigFile
} from "./chunk-SNP2QDIS.js";
import "./chunk-6VVURFHU.js";
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
  if (!ctx.repository)
    throw new InputError("GITHUB_REPOSITORY is not set", {
      fix: "run the status command inside a GitHub Actions workflow"
    });
  const token = ctx.input("github-token").trim() || process.env.GITHUB_TOKEN || "";
  if (!token)
    throw new InputError("no token to read and write issues", {
      field: "github-token",
      fix: 'keep the github-token input at its default (the workflow token) and grant "issues: write" in the workflow permissions'
    });
  const config = await optionalConfig(ctx);
  const board = boardSettings(config.board);
  const settings = reportSettings(config.report, board);
  const ref = ctx.repository;
  const repository = `${ref.owner}/${ref.repo}`;
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const now = /* @__PURE__ */ new Date();
  const { issues, sources } = await gatherStatusData(gh, ref, settings, board.project);
  const existingIssues = await listStatusIssues(gh, ref, settings.label);
  const draft = weeklyStatus({ repository, issues, settings, now, sources });
  const existing = findWeekIssue(existingIssues, draft.week, draft.title);
  const previous = previousIssue(existingIssues, existing);
  const result = previous ? weeklyStatus({
    repository,
    issues,
    settings,
    now,
    sources,
    previous: { number: previous.number, url: previous.url }
  }) : draft;
  if (result.note) ctx.notice(`Status report: ${result.note}.`);
  const published = await publishStatusIssue(gh, ref, {
    title: result.title,
    body: result.markdown,
    label: settings.label,
    existing,
    others: existingIssues
  });
  ctx.info(`Status issue ${published.action}: ${published.issue.url}`);
  for (const n of published.closed) ctx.info(`Closed the previous status issue #${n}.`);
  const markdownPath = join(ctx.runnerTemp, "sprintlab-status-report.md");
  await writeFile(markdownPath, result.markdown);
  ctx.setOutput("issue-number", String(published.issue.number));
  ctx.setOutput("issue-url", published.issue.url);
  ctx.setOutput("report-markdown", markdownPath);
  await ctx.summary(`# ${result.title}

${result.markdown}`);
  return ExitCode.ok;
};
export {
  status
};
