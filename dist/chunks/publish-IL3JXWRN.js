import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  artifactMismatch,
  carriedFile,
  deniedWrites,
  mergeBaseCommit,
  postGateReport,
  pullCommits,
  readFileAt
} from "./chunk-7PKCXS6W.js";
import {
  readEvent,
  workflowRunOf
} from "./chunk-WBS5LJ4R.js";
import {
  baselineAt,
  gateConfig,
  renderGateMarkdown,
  runGate,
  textExamples
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
  repositoryPath,
  workspaceFile
} from "./chunk-5B5FQOXM.js";
import "./chunk-M7BJJRNN.js";
import "./chunk-A6CPINGI.js";
import {
  assertValid
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

// src/action/commands/publish.ts
import { resolve } from "node:path";

// src/flows/gate/regrade.ts
var LEAKAGE_NOT_RUN = 'Leakage checks were not run: a fork pull request is graded in a workflow that reads no checkout, and the training data is not read through the API. Run "sprintlab leakage" on the data of the pull request before merging.';
async function candidateResults(artifact, path, key, atHead, headSha) {
  const { results } = artifact;
  if (results) {
    return {
      text: results.text,
      source: `${path} (carried by the gate run of ${headSha.slice(0, 7)})`,
      examples: textExamples(path, async (file) => carriedFile(results, file))
    };
  }
  const text = await atHead(path);
  if (text === void 0) {
    throw new InputError(
      `the results file is not committed at the pull request's head ${headSha.slice(0, 7)}`,
      {
        file: path,
        field: key,
        fix: `commit the results file in the pull request, or keep the gate's "publish" output: it carries results its own run wrote`
      }
    );
  }
  return { text, source: `${path}@${headSha.slice(0, 7)}`, examples: textExamples(path, atHead) };
}
async function gradeFork(settings, gh, repo, artifact, commits) {
  const { headSha } = commits;
  const commit = await mergeBaseCommit(gh, repo, commits.baseSha, headSha);
  const base = { commit, read: (path2) => readFileAt(gh, repo, path2, commit) };
  const atHead = (path2) => readFileAt(gh, repo, path2, headSha);
  const { config, provenance } = await gateConfig(atHead, settings.configFile, base);
  if (provenance.used !== "base") {
    throw new InputError(
      `no config at the merge base ${commit.slice(0, 7)}: a fork's pull request is graded only by the base repository's`,
      {
        file: provenance.path,
        field: "config",
        fix: "merge the gate config into the base branch first; a fork cannot bring its own"
      }
    );
  }
  const named = settings.results ? { path: settings.results, key: "results" } : config.gate?.results ? { path: config.gate.results, key: "gate.results" } : void 0;
  if (!named) {
    throw new InputError("no results file to gate", {
      file: provenance.path,
      fix: 'set gate.results in the config on the base branch, or the "results" input of the publishing step'
    });
  }
  const path = repositoryPath(named.path, named.key);
  const { report } = await runGate({
    config,
    configFile: provenance.path,
    root: settings.root,
    candidate: await candidateResults(artifact, path, named.key, atHead, headSha),
    candidateRef: headSha,
    baseline: await baselineAt(base, path),
    trusted: base.read,
    provenance
  });
  return config.leakage ? { ...report, notes: [...report.notes, LEAKAGE_NOT_RUN] } : report;
}

// src/io/results/gate-artifact.ts
import { readFile } from "node:fs/promises";

// schemas/gate-artifact.schema.json
var gate_artifact_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/sprintlab/sprintlab/main/schemas/gate-artifact.schema.json",
  title: "Sprintlab gate artifact (sprintlab.gate-artifact/v2)",
  description: "What the gate on a fork pull request hands to the publishing workflow: the pull request and commits it saw and, when the run produced them, the candidate results. No verdict: the publishing workflow computes it from the base repository's config and baseline.",
  type: "object",
  required: [
    "format",
    "pull_request"
  ],
  additionalProperties: false,
  properties: {
    format: {
      const: "sprintlab.gate-artifact/v2"
    },
    pull_request: {
      type: "object",
      required: [
        "number",
        "head_sha",
        "base_sha"
      ],
      additionalProperties: false,
      properties: {
        number: {
          type: "integer",
          minimum: 1
        },
        head_sha: {
          $ref: "#/definitions/sha"
        },
        base_sha: {
          $ref: "#/definitions/sha"
        }
      }
    },
    results: {
      description: "Candidate results written by the run itself (not committed): the sprintlab.eval/v1 file's text, and the per-item rows files its runs name, keyed by repository path. Validated like a committed results file.",
      type: "object",
      required: [
        "text"
      ],
      additionalProperties: false,
      properties: {
        text: {
          type: "string"
        },
        files: {
          type: "object",
          propertyNames: {
            maxLength: 1e3
          },
          additionalProperties: {
            type: "string"
          }
        }
      }
    },
    report: {
      description: "Ignored when present: the publishing workflow computes the verdict itself and never trusts one handed over.",
      type: "object"
    }
  },
  definitions: {
    sha: {
      type: "string",
      pattern: "^[0-9a-f]{40}$"
    }
  }
};

// src/io/results/gate-artifact.ts
var ARTIFACT_MAX_BYTES = 16 * 1024 * 1024;
async function readGateArtifact(root, path) {
  const file = await workspaceFile(root, path, { key: "artifact", maxBytes: ARTIFACT_MAX_BYTES });
  const fix = 'download the artifact the gate uploaded (actions/download-artifact with run-id) and point "artifact" at its gate-artifact.json';
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new InputError("the gate artifact was not found", { file: path, field: "artifact", fix });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError("the gate artifact is not valid JSON", { file: path, field: "artifact", fix });
  }
  assertValid(gate_artifact_schema_default, data, { file: path }, "the gate artifact");
  return data;
}

// src/action/commands/publish.ts
var DEFAULT_ARTIFACT_PATH = "sprintlab-gate/gate-artifact.json";
var publish = async (ctx) => {
  const run = ctx.eventName === "workflow_run" ? workflowRunOf(readEvent(ctx)) : void 0;
  if (!run) {
    throw new InputError(`command: publish runs on workflow_run events, not "${ctx.eventName || "local"}"`, {
      fix: 'use it in a workflow "on: workflow_run" of the gate workflow (see examples/workflows/eval-gate-publish.yml)'
    });
  }
  const token = ctx.input("github-token").trim();
  if (!ctx.repository || !token) {
    throw new InputError("no github-token (or GITHUB_REPOSITORY) to post the report with", {
      field: "github-token",
      fix: 'keep github-token at its default and grant "pull-requests: write" and "checks: write"'
    });
  }
  const artifactPath = ctx.input("artifact").trim() || DEFAULT_ARTIFACT_PATH;
  const artifact = await readGateArtifact(resolve(ctx.workspace), artifactPath);
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
  const commits = await pullCommits(gh, ctx.repository, artifact.pull_request.number);
  const mismatch = artifactMismatch(artifact, run.headSha, commits?.headSha);
  if (mismatch || !commits) {
    throw new InputError(`the gate artifact is not published: ${mismatch}`, {
      file: artifactPath,
      field: "artifact",
      fix: "publish only the artifact of the run that triggered this workflow (actions/download-artifact with run-id: github.event.workflow_run.id)"
    });
  }
  if (commits.baseSha !== artifact.pull_request.base_sha)
    ctx.info(
      `The gate run saw base ${artifact.pull_request.base_sha.slice(0, 12)}; the pull request's base is now ${commits.baseSha.slice(0, 12)}, which is graded against.`
    );
  if ("report" in artifact)
    ctx.info("The artifact carries a report of its own; it is ignored: the verdict is computed here.");
  const results = ctx.input("results").trim();
  const settings = {
    configFile: ctx.input("config").trim() || DEFAULT_CONFIG_PATH,
    ...results ? { results } : {},
    root: resolve(ctx.workspace)
  };
  const report = await gradeFork(settings, gh, ctx.repository, artifact, {
    ...commits,
    headSha: run.headSha
  });
  const pull = { number: artifact.pull_request.number, headSha: run.headSha };
  const comment = ctx.input("comment").trim() === "" ? true : ctx.booleanInput("comment");
  const outcome = await postGateReport(ctx, { token, comment }, report, pull);
  const denied = outcome && deniedWrites(outcome);
  if (denied) {
    throw new InputError(`the token may not write ${denied}`, {
      field: "github-token",
      fix: 'grant the publishing workflow "pull-requests: write", "issues: write" and "checks: write"'
    });
  }
  ctx.setOutput("verdict", report.verdict);
  const markdown = renderGateMarkdown(report);
  await ctx.summary(markdown);
  ctx.report(markdown);
  return ExitCode.ok;
};
export {
  DEFAULT_ARTIFACT_PATH,
  publish
};
