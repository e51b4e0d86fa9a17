import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  repositoryAccess
} from "./chunk-DNO5BRIM.js";
import {
  applyPlan,
  handleEvent,
  openExperimentStates,
  planExperiment,
  readRepoConfig
} from "./chunk-V2VJOAB6.js";
import "./chunk-425R65P7.js";
import {
  decodeRecord
} from "./chunk-MPQUN4AU.js";
import {
  boardSettings
} from "./chunk-W5RFCYNX.js";
import "./chunk-FZNVJ5GC.js";
import {
  readEvent
} from "./chunk-WBS5LJ4R.js";
import "./chunk-Z6Y7D5CL.js";
import "./chunk-Z5MP7C47.js";
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

// src/action/commands/app.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/flows/board/time-box.ts
async function askForTimeBoxDecisions(gh, repo, config2, now, opts = {}) {
  const board = boardSettings(config2.board);
  const asked = [];
  for await (const state of openExperimentStates(gh, repo)) {
    const { comments } = state;
    const plan = planExperiment(
      state.snapshot,
      {
        record: decodeRecord(comments.get("experiment-log")?.body),
        hasValidationComment: comments.has("validation")
      },
      { type: "time-box" },
      { now, board, wipCounts: {}, openDataTasks: [] }
    );
    plan.comments = plan.comments.filter((c) => c.key === "time-box");
    delete plan.column;
    if (!plan.comments.length && !plan.removeLabels.length) continue;
    const ref = { ...repo, issue_number: state.snapshot.number };
    await applyPlan(gh, ref, state, plan, { board, ...opts.dryRun ? { dryRun: true } : {} });
    if (plan.summary.includes("time box over: decision asked")) asked.push(state.snapshot.number);
  }
  return asked;
}

// src/action/commands/app.ts
async function config(ctx, gh, repo) {
  const path = resolve(ctx.workspace, ctx.input("config").trim() || DEFAULT_CONFIG_PATH);
  if (existsSync(path)) return loadConfigFile(path);
  return readRepoConfig(gh, repo, ctx.input("config").trim() || DEFAULT_CONFIG_PATH);
}
var app = async (ctx) => {
  const grant = 'keep the github-token input at its default and grant "issues: write"; for a Projects board pass an App token or a PAT';
  const { repo, gh } = repositoryAccess(ctx, "`command: app`", "update issues", grant);
  const now = /* @__PURE__ */ new Date();
  const dryRun = ctx.booleanInput("dry-run");
  if (ctx.eventName === "schedule" || ctx.eventName === "workflow_dispatch") {
    const asked = await askForTimeBoxDecisions(gh, repo, await config(ctx, gh, repo), now, { dryRun });
    ctx.setOutput("time-box-asked", asked.join(","));
    ctx.info(
      asked.length ? `Asked for a decision on ${asked.map((n) => `#${n}`).join(", ")}.` : "No experiment is past its time box."
    );
    return ExitCode.ok;
  }
  if (!ctx.eventPath)
    throw new InputError("GITHUB_EVENT_PATH is not set", {
      fix: "run `command: app` on issues, issue_comment or check_run events"
    });
  const payload = readEvent(ctx);
  let loaded;
  const result = await handleEvent(
    {
      gh,
      config: (r) => {
        loaded ??= config(ctx, gh, r);
        return loaded;
      },
      log: (m) => ctx.info(m),
      now: () => now,
      // `dry-run: true` reads and plans but writes nothing: the log says what would change.
      ...dryRun ? { dryRun } : {}
    },
    ctx.eventName,
    payload
  );
  if (result.ignored) ctx.info(`Nothing to do: ${result.ignored}.`);
  for (const c of result.changes)
    ctx.info(`#${c.issue}: ${c.done.length ? c.done.join("; ") : "already up to date"}`);
  ctx.setOutput("changes", JSON.stringify(result.changes));
  return ExitCode.ok;
};
export {
  app
};
