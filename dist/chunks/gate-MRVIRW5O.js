import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  deniedWrites,
  gateArtifact,
  mergeBaseCommit,
  postGateReport,
  readFileAt
} from "./chunk-7PKCXS6W.js";
import {
  pullRequestOf,
  readEvent
} from "./chunk-WBS5LJ4R.js";
import {
  baselineAt,
  gateConfig,
  headline,
  mergeBase,
  renderGateJson,
  renderGateMarkdown,
  runGate,
  sha256,
  showFile
} from "./chunk-6X3B5MMI.js";
import "./chunk-PCZ6GZKH.js";
import "./chunk-HBPMXEOA.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-Z5MP7C47.js";
import {
  createGitHub
} from "./chunk-T427DO23.js";
import "./chunk-NUXY54RL.js";
import {
  writeReportOutputs
} from "./chunk-LPZM7FJE.js";
import {
  RESULTS_MAX_BYTES,
  repositoryPath,
  workspaceFile
} from "./chunk-5B5FQOXM.js";
import "./chunk-M7BJJRNN.js";
import "./chunk-A6CPINGI.js";
import "./chunk-AZKMGFWZ.js";
import "./chunk-6VVURFHU.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/action/gate/run.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/io/results/carried-results.ts
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

// src/flows/gate/fork-artifact.ts
async function forkArtifact(root, results, candidate, pull) {
  return gateArtifact(pull, await resultsToCarry(root, results, candidate, pull.headSha));
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
async function comparedFiles(inputs, config, base, eventName) {
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
    throw new InputError(`no baseline: this is a "${eventName || "local"}" run, not a pull request`, {
      fix: 'run the gate on pull_request events, or set the "baseline" input to a results file'
    });
  }
  return { results, baseline };
}
var gate = async (ctx) => {
  const inputs = gateInputs(ctx);
  const root = resolve(ctx.workspace);
  const pr = pullRequestOf(readEvent(ctx));
  const base = pr ? await mergeBaseOf(ctx, inputs.token, pr, root) : void 0;
  const { config, provenance } = await gateConfig(root, inputs.configFile, base);
  const { results, baseline } = await comparedFiles(inputs, config, base, ctx.eventName);
  const { report, candidate } = await runGate({
    config,
    configFile: provenance.path,
    root,
    candidate: results,
    ...pr ? { candidateRef: pr.headSha } : {},
    baseline,
    provenance
  });
  const markdown = renderGateMarkdown(report);
  const dir = join(ctx.runnerTemp, "sprintlab");
  await writeReportOutputs(
    ctx,
    { verdict: report.verdict, json: renderGateJson(report), markdown },
    { json: join(dir, "gate-report.json"), markdown: join(dir, "gate-report.md") }
  );
  ctx.report(markdown);
  if (pr && (pr.fromFork || inputs.publish === "artifact")) {
    const artifactDir = join(dir, "artifact");
    await mkdir(artifactDir, { recursive: true });
    const artifactPath = join(artifactDir, "gate-artifact.json");
    const artifact = await forkArtifact(root, results, candidate, pr);
    await writeFile(artifactPath, `${JSON.stringify(artifact)}
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
  gate
};
