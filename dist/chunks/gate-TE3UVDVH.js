import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  httpStatus,
  isPermissionDenied
} from "./chunk-LVMIMMVQ.js";
import {
  evaluateGate,
  gateSummaryBlock,
  headline,
  mergeBase,
  prepareGate,
  renderGateMarkdown,
  textExamples
} from "./chunk-QKZFLLB2.js";
import "./chunk-EVR6WTBQ.js";
import {
  upsertStickyComment
} from "./chunk-N3PRXLFC.js";
import {
  createGitHub
} from "./chunk-UMGHN5OZ.js";
import "./chunk-2JICB45H.js";
import "./chunk-DITV5D4P.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfigFile
} from "./chunk-SE2PG6LB.js";
import "./chunk-46SFGO32.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";

// src/action/gate/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/github/contents.ts
async function mergeBaseCommit(gh, repo, base, head) {
  const { data } = await gh.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1
  });
  return data.merge_base_commit.sha;
}
async function readFileAt(gh, repo, path, ref) {
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path: path.replace(/^\.\//, ""), ref });
    if (Array.isArray(data) || data.type !== "file") return void 0;
    if ("content" in data && data.content) return Buffer.from(data.content, "base64").toString("utf8");
    const raw = await gh.request("GET /repos/{owner}/{repo}/contents/{path}", {
      ...repo,
      path,
      ref,
      headers: { accept: "application/vnd.github.raw+json" }
    });
    return String(raw.data);
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
}

// src/github/check-run.ts
var GATE_CHECK_NAME = "Sprintlab gate";
var LIMIT = 65e3;
var clip = (text) => text.length > LIMIT ? `${text.slice(0, LIMIT)}

\u2026 (truncated: the full report is in the job summary)` : text;
async function createCheckRun(gh, repo, headSha, conclusion, output, name = GATE_CHECK_NAME) {
  const { data } = await gh.rest.checks.create({
    ...repo,
    name,
    head_sha: headSha,
    status: "completed",
    conclusion,
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output: {
      title: output.title.slice(0, 250),
      summary: clip(output.summary),
      ...output.text ? { text: clip(output.text) } : {}
    }
  });
  return data.id;
}

// src/github/gate-report.ts
var CONCLUSION = {
  pass: "success",
  warn: "neutral",
  insufficient_data: "neutral",
  fail: "failure"
};
async function publishGateReport(gh, p) {
  let comment = "skipped";
  if (p.comment) {
    try {
      comment = (await upsertStickyComment(gh, { ...p.repo, issue_number: p.pullNumber }, "gate-report", p.markdown)).action;
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      comment = "denied";
    }
  }
  let checkRun;
  try {
    checkRun = await createCheckRun(gh, p.repo, p.headSha, CONCLUSION[p.verdict], {
      title: p.title,
      summary: p.markdown,
      text: p.summaryBlock
    });
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    checkRun = "denied";
  }
  return { comment, checkRun };
}

// src/action/event.ts
import { readFileSync } from "node:fs";
function readEvent(ctx) {
  if (!ctx.eventPath) return {};
  try {
    return JSON.parse(readFileSync(ctx.eventPath, "utf8"));
  } catch {
    return {};
  }
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

// src/action/gate/run.ts
var POSTED_MAX_LENGTH = 6e4;
function gateInputs(ctx) {
  const results = ctx.input("results").trim();
  const baseline = ctx.input("baseline").trim();
  return {
    configFile: ctx.input("config").trim() || DEFAULT_CONFIG_PATH,
    ...results ? { results } : {},
    ...baseline ? { baseline } : {},
    token: ctx.input("github-token").trim(),
    comment: ctx.input("comment").trim() === "" ? true : ctx.booleanInput("comment")
  };
}
async function baselineForPull(ctx, inputs, pr, path) {
  const local = await mergeBase(pr.baseSha, pr.headSha, ctx.workspace);
  if (local) return { commit: local, path, label: `merge base ${local.slice(0, 7)}` };
  if (!ctx.repository || !inputs.token) {
    throw new InputError("cannot find the merge base: the checkout has no history and no token was given", {
      fix: "use actions/checkout with fetch-depth: 0, or pass github-token"
    });
  }
  ctx.info(
    "No local history for the merge base; reading the baseline through the API (use fetch-depth: 0 to avoid it)."
  );
  const gh = createGitHub({ token: inputs.token, baseUrl: ctx.apiUrl });
  const repo = ctx.repository;
  const commit = await mergeBaseCommit(gh, repo, pr.baseSha, pr.headSha);
  const text = await readFileAt(gh, repo, path, commit);
  if (text === void 0) return { none: `no ${path} at the merge base ${commit.slice(0, 7)}`, ref: commit };
  return {
    text,
    source: `${path}@${commit.slice(0, 7)}`,
    ref: commit,
    examples: textExamples(path, (file) => readFileAt(gh, repo, file, commit))
  };
}
var gate = async (ctx) => {
  const inputs = gateInputs(ctx);
  const root = resolve(ctx.workspace);
  const config = await loadConfigFile(resolve(root, inputs.configFile), inputs.configFile);
  const results = inputs.results ?? config.gate?.results;
  if (!results) {
    throw new InputError("no results file to gate", {
      fix: `set the "results" input, or gate.results in ${inputs.configFile}`
    });
  }
  const pr = pullRequestOf(readEvent(ctx));
  let baseline;
  if (inputs.baseline) baseline = { file: resolve(root, inputs.baseline) };
  else if (pr) baseline = await baselineForPull(ctx, inputs, pr, results);
  else {
    throw new InputError(`no baseline: this is a "${ctx.eventName || "local"}" run, not a pull request`, {
      fix: 'run the gate on pull_request events, or set the "baseline" input to a results file'
    });
  }
  const prepared = await prepareGate({
    config,
    configFile: inputs.configFile,
    root,
    candidate: resolve(root, results),
    ...pr ? { candidateRef: pr.headSha } : {},
    baseline
  });
  const report = evaluateGate(prepared);
  const markdown = renderGateMarkdown(report);
  const dir = join(ctx.runnerTemp, "sprintlab");
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, "gate-report.json");
  const markdownPath = join(dir, "gate-report.md");
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}
`);
  await writeFile(markdownPath, markdown);
  ctx.setOutput("verdict", report.verdict);
  ctx.setOutput("report-json", jsonPath);
  ctx.setOutput("report-markdown", markdownPath);
  await ctx.summary(markdown);
  ctx.info(markdown);
  if (pr && ctx.repository && inputs.token) {
    const gh = createGitHub({ token: inputs.token, baseUrl: ctx.apiUrl });
    const outcome = await publishGateReport(gh, {
      repo: ctx.repository,
      pullNumber: pr.number,
      headSha: pr.headSha,
      verdict: report.verdict,
      title: `${report.verdict}: ${headline(report)}`,
      // The job summary takes the whole report; a comment or a check run holds 65,535 characters.
      markdown: renderGateMarkdown(report, {
        maxLength: POSTED_MAX_LENGTH,
        fullReportAt: "the job summary of this run (and its report-json output)"
      }),
      summaryBlock: gateSummaryBlock(report),
      comment: inputs.comment
    });
    if (outcome.comment === "denied" || outcome.checkRun === "denied") {
      ctx.notice(
        `The token may not write ${[outcome.comment === "denied" && "comments", outcome.checkRun === "denied" && "check runs"].filter(Boolean).join(" or ")} here (a fork PR's read-only token?): the report is in the job summary.`
      );
    }
  } else if (pr && !inputs.token) {
    ctx.notice("No github-token: the report is in the job summary only.");
  }
  if (report.verdict === "fail") {
    ctx.error(`Sprintlab gate failed: ${headline(report)}`);
    return ExitCode.fail;
  }
  return ExitCode.ok;
};
export {
  gate
};
