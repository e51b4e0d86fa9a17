import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  pullRequestOf,
  readEvent
} from "./chunk-WBS5LJ4R.js";
import {
  evaluateGate,
  gateConfig,
  gateSummaryBlock,
  headline,
  renderGateJson,
  renderGateMarkdown,
  withConfigProvenance
} from "./chunk-D4BQZS6N.js";
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
  RESULTS_MAX_BYTES,
  mergeBase,
  prepareGate,
  repositoryPath,
  sha256,
  showFile,
  textExamples,
  workspaceFile
} from "./chunk-GQXXSEH2.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-SNP2QDIS.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";

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

// src/action/gate/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/io/carried-results.ts
import { readFile } from "node:fs/promises";
import { posix } from "node:path";
async function resultsToCarry(root, results, candidate, headSha) {
  const path = repositoryPath(results.path, results.key);
  const committed = await showFile(headSha, path, root);
  if (committed !== void 0 && sha256(committed) === candidate.sha256) return void 0;
  const read = async (file, key) => readFile(await workspaceFile(root, file, { key, maxBytes: RESULTS_MAX_BYTES }), "utf8");
  const files = {};
  for (const [i, run] of candidate.results.runs.entries()) {
    if (!run.examples) continue;
    const key = `runs[${i}].examples`;
    const rows = repositoryPath(run.examples, key, posix.dirname(path));
    const text = await read(rows, key).catch(() => void 0);
    if (text !== void 0) files[rows] = text;
  }
  return { text: await read(path, results.key), ...Object.keys(files).length ? { files } : {} };
}

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

// src/action/gate/merge-base.ts
async function mergeBaseOf(ctx, token, pr, root) {
  const local = await mergeBase(pr.baseSha, pr.headSha, root);
  if (local) return { commit: local, read: (path) => showFile(local, path, root) };
  if (!ctx.repository || !token) {
    throw new InputError("cannot find the merge base: the checkout has no history and no token was given", {
      fix: "use actions/checkout with fetch-depth: 0, or pass github-token"
    });
  }
  ctx.info(
    "No local history for the merge base; reading the config and the baseline through the API (use fetch-depth: 0 to avoid it)."
  );
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const repo = ctx.repository;
  const commit = await mergeBaseCommit(gh, repo, pr.baseSha, pr.headSha);
  return { commit, read: (path) => readFileAt(gh, repo, path, commit) };
}

// src/action/gate/run.ts
function gateInputs(ctx) {
  const results = ctx.input("results").trim();
  const baseline = ctx.input("baseline").trim();
  const publish = ctx.input("publish").trim() || "auto";
  if (publish !== "auto" && publish !== "artifact") {
    throw new InputError(`unknown publish mode "${publish.slice(0, 40)}"`, {
      field: "publish",
      fix: 'set "publish" to auto (post the report, or leave an artifact on a fork PR) or artifact'
    });
  }
  return {
    configFile: ctx.input("config").trim() || DEFAULT_CONFIG_PATH,
    ...results ? { results } : {},
    ...baseline ? { baseline } : {},
    token: ctx.input("github-token").trim(),
    comment: ctx.input("comment").trim() === "" ? true : ctx.booleanInput("comment"),
    publish
  };
}
async function baselineAt(base, path) {
  const file = repositoryPath(path, "gate.results");
  const label = `merge base ${base.commit.slice(0, 7)}`;
  const text = await base.read(file);
  if (text === void 0) return { none: `no ${file} at ${label}`, ref: base.commit };
  return { text, source: `${file}@${label}`, ref: base.commit, examples: textExamples(file, base.read) };
}
var gate = async (ctx) => {
  const inputs = gateInputs(ctx);
  const root = resolve(ctx.workspace);
  const pr = pullRequestOf(readEvent(ctx));
  const base = pr ? await mergeBaseOf(ctx, inputs.token, pr, root) : void 0;
  const { config, provenance } = await gateConfig(root, inputs.configFile, base);
  const results = inputs.results ? { path: inputs.results, key: "results" } : config.gate?.results ? { path: config.gate.results, key: "gate.results" } : void 0;
  if (!results) {
    throw new InputError("no results file to gate", {
      fix: `set the "results" input, or gate.results in ${inputs.configFile}`
    });
  }
  let baseline;
  if (inputs.baseline) baseline = { file: { path: inputs.baseline, key: "baseline" } };
  else if (base) baseline = await baselineAt(base, results.path);
  else {
    throw new InputError(`no baseline: this is a "${ctx.eventName || "local"}" run, not a pull request`, {
      fix: 'run the gate on pull_request events, or set the "baseline" input to a results file'
    });
  }
  const prepared = await prepareGate({
    config,
    configFile: provenance.path,
    root,
    candidate: results,
    ...pr ? { candidateRef: pr.headSha } : {},
    baseline
  });
  const report = withConfigProvenance(evaluateGate(prepared), provenance);
  const markdown = renderGateMarkdown(report);
  const dir = join(ctx.runnerTemp, "sprintlab");
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, "gate-report.json");
  const markdownPath = join(dir, "gate-report.md");
  await writeFile(jsonPath, renderGateJson(report));
  await writeFile(markdownPath, markdown);
  ctx.setOutput("verdict", report.verdict);
  ctx.setOutput("report-json", jsonPath);
  ctx.setOutput("report-markdown", markdownPath);
  await ctx.summary(markdown);
  ctx.report(markdown);
  if (pr && (pr.fromFork || inputs.publish === "artifact")) {
    const artifactDir = join(dir, "artifact");
    await mkdir(artifactDir, { recursive: true });
    const artifactPath = join(artifactDir, "gate-artifact.json");
    const carried = await resultsToCarry(root, results, prepared.candidate, pr.headSha);
    await writeFile(artifactPath, `${JSON.stringify(gateArtifact(pr, carried))}
`);
    ctx.setOutput("report-artifact", artifactPath);
    ctx.notice(
      'The gate inputs are left as the report-artifact output: the "command: publish" workflow grades this pull request and posts the report.'
    );
  } else if (pr) {
    const outcome = await postGateReport(ctx, { token: inputs.token, comment: inputs.comment }, report, pr);
    const denied = outcome && deniedWrites(outcome);
    if (denied)
      ctx.notice(
        `The token may not write ${denied} here (a fork PR's read-only token?): the report is in the job summary.`
      );
    else if (!outcome) ctx.notice("No github-token: the report is in the job summary only.");
  }
  if (report.verdict !== "fail") return ExitCode.ok;
  ctx.error(`Sprintlab gate failed: ${headline(report)}`);
  return ExitCode.fail;
};

export {
  artifactMismatch,
  carriedFile,
  mergeBaseCommit,
  readFileAt,
  pullCommits,
  postGateReport,
  deniedWrites,
  baselineAt,
  gate
};
