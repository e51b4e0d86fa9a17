import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gateSummaryBlock,
  headline,
  renderGateMarkdown
} from "./chunk-6X3B5MMI.js";
import {
  upsertStickyComment
} from "./chunk-Z6Y7D5CL.js";
import {
  createGitHub
} from "./chunk-T427DO23.js";
import {
  httpStatus,
  isPermissionDenied
} from "./chunk-NUXY54RL.js";
import {
  GATE_CHECK_NAME
} from "./chunk-2ULE7GJX.js";

// src/core/gate/artifact.ts
var GATE_ARTIFACT_FORMAT = "sprintlab.gate-artifact/v2";
var gateArtifact = (pull, results) => ({
  format: GATE_ARTIFACT_FORMAT,
  pull_request: { number: pull.number, head_sha: pull.headSha, base_sha: pull.baseSha },
  ...results ? { results } : {}
});
function artifactMismatch(artifact, runHeadSha, pullHeadSha) {
  const { pull_request: pull } = artifact;
  if (pull.head_sha !== runHeadSha)
    return `it is for commit ${pull.head_sha.slice(0, 12)}, but the workflow run was for ${runHeadSha.slice(0, 12)}`;
  if (pullHeadSha === void 0) return `there is no pull request #${pull.number} in this repository`;
  if (pullHeadSha !== runHeadSha)
    return `pull request #${pull.number} is at ${pullHeadSha.slice(0, 12)}, not at the run's head ${runHeadSha.slice(0, 12)} (another PR's number, or the PR moved on: the newer run publishes)`;
  return void 0;
}
var carriedFile = (results, path) => results.files && Object.hasOwn(results.files, path) ? results.files[path] : void 0;

// src/github/gate/check-run.ts
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

// src/github/gate/gate-report.ts
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
async function pullCommits(gh, repo, pullNumber) {
  try {
    const { data } = await gh.rest.pulls.get({ ...repo, pull_number: pullNumber });
    return { headSha: data.head.sha, baseSha: data.base.sha };
  } catch (error) {
    if (httpStatus(error) === 404) return void 0;
    throw error;
  }
}

// src/action/gate/post.ts
var POSTED_MAX_LENGTH = 6e4;
async function postGateReport(ctx, options, report, pull) {
  if (!ctx.repository || !options.token) return void 0;
  const gh = createGitHub({ token: options.token, baseUrl: ctx.apiUrl });
  return publishGateReport(gh, {
    repo: ctx.repository,
    pullNumber: pull.number,
    headSha: pull.headSha,
    verdict: report.verdict,
    title: `${report.verdict}: ${headline(report)}`,
    // The job summary takes the whole report; a comment or a check run holds 65,535 characters.
    markdown: renderGateMarkdown(report, {
      maxLength: POSTED_MAX_LENGTH,
      fullReportAt: "the job summary of this run (and its report-json output)"
    }),
    summaryBlock: gateSummaryBlock(report),
    comment: options.comment
  });
}
function deniedWrites(outcome) {
  const denied = [outcome.comment === "denied" && "comments", outcome.checkRun === "denied" && "check runs"];
  return denied.filter(Boolean).join(" or ") || void 0;
}

// src/github/files/contents.ts
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

export {
  gateArtifact,
  artifactMismatch,
  carriedFile,
  mergeBaseCommit,
  readFileAt,
  pullCommits,
  postGateReport,
  deniedWrites
};
