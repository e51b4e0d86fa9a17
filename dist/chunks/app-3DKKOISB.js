import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  OPEN_EXPERIMENTS_QUERY,
  applyPlan,
  handleEvent,
  planExperiment,
  readRepoConfig
} from "./chunk-OYDLMPLU.js";
import "./chunk-VZWW4GQO.js";
import {
  decodeRecord
} from "./chunk-EWV4XVQC.js";
import {
  boardSettings
} from "./chunk-STCAF6J6.js";
import "./chunk-FZNVJ5GC.js";
import {
  stickyMarker
} from "./chunk-HUSOKSQ3.js";
import {
  createGitHub
} from "./chunk-UMGHN5OZ.js";
import "./chunk-2JICB45H.js";
import {
  DEFAULT_CONFIG_PATH,
  loadConfigFile
} from "./chunk-LPPEB7JJ.js";
import "./chunk-46SFGO32.js";
import {
  ExitCode,
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";

// src/action/commands/app.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/app/time-box.ts
async function askForTimeBoxDecisions(gh, repo, config2, now, opts = {}) {
  const board = boardSettings(config2.board);
  const asked = [];
  let cursor = null;
  do {
    const page = await gh.graphql(OPEN_EXPERIMENTS_QUERY, {
      ...repo,
      cursor
    });
    const issues = page.repository?.issues;
    for (const issue of issues?.nodes ?? []) {
      const comments = /* @__PURE__ */ new Map();
      for (const c of issue.comments.nodes) {
        const key = /^<!-- sprintlab:([\w-]+) -->/.exec(c.body)?.[1];
        if (key && c.databaseId && !comments.has(key) && c.body.startsWith(stickyMarker(key)))
          comments.set(key, { id: c.databaseId, body: c.body });
      }
      const state = {
        nodeId: issue.id,
        snapshot: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          labels: issue.labels.nodes.map((l) => l.name),
          state: issue.state === "OPEN" ? "open" : "closed",
          createdAt: issue.createdAt
        },
        comments,
        commentsComplete: true,
        wipCounts: {},
        openDataTasks: []
      };
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
      const ref = { ...repo, issue_number: issue.number };
      await applyPlan(gh, ref, state, plan, { board, ...opts.dryRun ? { dryRun: true } : {} });
      if (plan.comments.length) asked.push(issue.number);
    }
    cursor = issues?.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (cursor);
  return asked;
}

// src/action/commands/app.ts
async function config(ctx, gh, repo) {
  const path = resolve(ctx.workspace, ctx.input("config").trim() || DEFAULT_CONFIG_PATH);
  if (existsSync(path)) return loadConfigFile(path);
  return readRepoConfig(gh, repo, ctx.input("config").trim() || DEFAULT_CONFIG_PATH);
}
var app = async (ctx) => {
  const repo = ctx.repository;
  if (!repo)
    throw new InputError("GITHUB_REPOSITORY is not set", {
      fix: "run `command: app` inside a GitHub Actions workflow"
    });
  const token = ctx.input("github-token").trim() || process.env.GITHUB_TOKEN || "";
  if (!token)
    throw new InputError("no token to update issues", {
      field: "github-token",
      fix: 'keep the github-token input at its default and grant "issues: write"; for a Projects board pass an App token or a PAT'
    });
  const gh = createGitHub({ token, baseUrl: ctx.apiUrl });
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
  const payload = JSON.parse(await readFile(ctx.eventPath, "utf8"));
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
