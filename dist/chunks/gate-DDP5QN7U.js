import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  gateConfig,
  withConfigProvenance
} from "./chunk-CH52H6NU.js";
import {
  deniedWrites,
  gateArtifact,
  postGateReport
} from "./chunk-GAPBDFU7.js";
import {
  pullRequestOf,
  readEvent
} from "./chunk-WBS5LJ4R.js";
import {
  evaluateGate,
  headline,
  renderGateJson,
  renderGateMarkdown
} from "./chunk-JCBSV2NF.js";
import "./chunk-EVR6WTBQ.js";
import "./chunk-Z6Y7D5CL.js";
import {
  createGitHub
} from "./chunk-T427DO23.js";
import {
  httpStatus
} from "./chunk-NUXY54RL.js";
import {
  mergeBase,
  prepareGate,
  showFile,
  textExamples
} from "./chunk-ULR5L6PV.js";
import "./chunk-FRH7EJSA.js";
import "./chunk-TN65HJ55.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-WQ7OK5MU.js";
import {
  repositoryPath
} from "./chunk-GS2HNZYB.js";
import "./chunk-MI43LEGC.js";
import "./chunk-Z5MP7C47.js";
import "./chunk-A6CPINGI.js";
import "./chunk-AWAPHEWI.js";
import "./chunk-6VVURFHU.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
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
    await writeFile(artifactPath, `${JSON.stringify(gateArtifact(report, pr))}
`);
    ctx.setOutput("report-artifact", artifactPath);
    ctx.notice(
      'The report is left as the report-artifact output, for the "command: publish" workflow to post on this pull request.'
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
  gate
};
