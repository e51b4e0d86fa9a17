import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  dataTaskForm,
  experimentForm,
  formFor,
  formOfIssue,
  mlEngineeringForm,
  parseForm,
  parseIssueRefs,
  readDataTask,
  readExperiment
} from "./chunk-425R65P7.js";
import {
  decodeRecord,
  encodeRecord
} from "./chunk-MPQUN4AU.js";
import {
  STATUS_LABELS,
  boardSettings,
  stageLabel,
  statusLabel,
  wipModeOf
} from "./chunk-W5RFCYNX.js";
import {
  DATA_STAGES,
  currentColumn
} from "./chunk-FZNVJ5GC.js";
import {
  findStickyComment,
  stickyComments,
  stickyMarker,
  upsertStickyComment
} from "./chunk-Z6Y7D5CL.js";
import {
  ownRecord
} from "./chunk-Z5MP7C47.js";
import {
  escapeCell,
  escapeText,
  hiddenBlock,
  inlineCode,
  markdownCell,
  quoteBlock,
  readHiddenBlock
} from "./chunk-A6CPINGI.js";
import {
  parseConfig
} from "./chunk-AZKMGFWZ.js";
import {
  DEFAULT_CONFIG_PATH,
  GATE_CHECK_NAME,
  VERDICTS
} from "./chunk-2ULE7GJX.js";
import {
  isInputError
} from "./chunk-GTFHKJ5W.js";

// src/core/board/gate-trust.ts
var ACTIONS_APP_SLUG = "github-actions";
var CONCLUSIONS = {
  pass: ["success"],
  warn: ["neutral", "success"],
  insufficient_data: ["neutral", "success"],
  fail: ["failure"]
};
function untrustedGateRun(run2, board) {
  const { slug, id } = run2.app ?? {};
  const trusted = [ACTIONS_APP_SLUG, ...board.gateApps];
  if (!trusted.some((t) => typeof t === "number" ? t === id : t === slug))
    return `it was created by ${slug ? `the app "${slug}"` : "an unknown app"}, not by ${trusted.map((t) => typeof t === "number" ? `app id ${t}` : `"${t}"`).join(" or ")} (board.gate_app)`;
  const verdicts = [...new Set(run2.claimed)];
  if (verdicts.length > 1) return `it states two verdicts (${verdicts.join(", ")})`;
  const verdict = verdicts[0];
  if (verdict && !CONCLUSIONS[verdict].includes(run2.conclusion ?? ""))
    return `its conclusion "${run2.conclusion ?? "none"}" does not match the verdict "${verdict}" it states`;
  return void 0;
}

// src/github/board/issues.ts
async function addLabels(gh, ref, labels) {
  if (labels.length) await gh.rest.issues.addLabels({ ...ref, labels });
}
async function removeLabels(gh, ref, labels) {
  for (const name of labels) {
    try {
      await gh.rest.issues.removeLabel({ ...ref, name });
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
}
async function setIssueState(gh, ref, state, reason) {
  await gh.rest.issues.update({ ...ref, state, ...reason ? { state_reason: reason } : {} });
}
async function reactToComment(gh, ref, commentId, content) {
  await gh.rest.reactions.createForIssueComment({
    owner: ref.owner,
    repo: ref.repo,
    comment_id: commentId,
    content
  });
}
var hasWriteAccess = (gh, ref, login) => hasRole(gh, ref, login, ["admin", "maintain", "write"]);
var hasTriageAccess = (gh, ref, login) => hasRole(gh, ref, login, ["admin", "maintain", "write", "triage"]);
async function hasRole(gh, ref, login, roles) {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: ref.owner,
      repo: ref.repo,
      username: login
    });
    const role = data.role_name;
    return roles.includes(role ?? "") || ["admin", "write"].includes(data.permission);
  } catch (error) {
    if (error.status === 404) return false;
    throw error;
  }
}
async function pullRequestBody(gh, ref, pull) {
  const { data } = await gh.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: pull });
  return data.body ?? "";
}

// src/flows/board/gate-link.ts
var VERDICT_OF_CONCLUSION = /* @__PURE__ */ new Map([
  ["success", "pass"],
  ["neutral", "warn"],
  ["failure", "fail"]
]);
function linkedIssues(body) {
  const text = body ?? "";
  const found = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/\bexperiments?\s*:\s*((?:#\d+[\s,]*(?:and\s+)?)+)/gi)) {
    for (const n of (m[1] ?? "").matchAll(/#(\d+)/g)) found.add(Number(n[1]));
  }
  for (const m of text.matchAll(/\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)(?:\s*:\s+|\s+)#(\d+)/gi))
    found.add(Number(m[1]));
  return [...found].filter((n) => n > 0);
}
function gateSummary(run2) {
  const title = run2.output?.title ?? void 0;
  const block2 = readHiddenBlock(`${run2.output?.text ?? ""}
${run2.output?.summary ?? ""}`, "gate");
  const metrics = {};
  if (block2 && typeof block2.metrics === "object" && block2.metrics) {
    for (const [k, v] of Object.entries(block2.metrics))
      if (typeof v === "number" && Number.isFinite(v)) metrics[k] = v;
  }
  const fromBlock = VERDICTS.find((v) => v === block2?.verdict);
  const word = title?.trim().split(/[\s:—-]+/)[0]?.toLowerCase().replace(/\s+/g, "_");
  const fromTitle = VERDICTS.find((v) => v === word || v.replace("_", " ") === word);
  const fromConclusion = VERDICT_OF_CONCLUSION.get(run2.conclusion ?? "") ?? "insufficient_data";
  return {
    verdict: fromBlock ?? fromTitle ?? fromConclusion,
    metrics,
    ...title ? { title } : {},
    claimed: [fromBlock, fromTitle].filter((v) => v !== void 0)
  };
}

// src/core/board/plan.ts
var emptyPlan = () => ({ addLabels: [], removeLabels: [], comments: [], summary: [] });
function diffLabels(current, want, managed) {
  const has = new Set(current);
  return {
    add: [...want].filter((l) => !has.has(l)),
    remove: current.filter((l) => managed.has(l) && !want.has(l))
  };
}
function overWip(board, column, others) {
  const limit = board.wip[column];
  if (limit === void 0) return void 0;
  const count = (others ?? 0) + 1;
  return count > limit ? { limit, count } : void 0;
}

// src/core/experiment/kill-criteria.ts
var computeUsed = (log2) => log2.reduce((sum, e) => sum + (e.gpuHours ?? 0), 0);
function gapInPoints(spec, value) {
  const shortfall = spec.goal === "maximize" ? spec.target - value : value - spec.target;
  const rate = [spec.target, spec.baseline, value].every((v) => v >= 0 && v <= 1);
  return rate ? shortfall * 100 : shortfall / Math.abs(spec.target || 1) * 100;
}
var fmt = (n) => String(Number(n.toPrecision(4)));
function killSignals(spec, log2) {
  const signals = [];
  const used = computeUsed(log2);
  if (used > 2 * spec.budgetGpuHours) {
    signals.push({
      rule: "budget",
      message: `compute used is ${fmt(used)} GPU-hours, over twice the budget of ${fmt(spec.budgetGpuHours)}`
    });
  }
  const values = log2.map((e) => e.metrics[spec.metric]).filter((v) => typeof v === "number");
  const last3 = values.slice(-3);
  if (last3.length === 3) {
    const lo = Math.min(...last3);
    const hi = Math.max(...last3);
    const scale = Math.max(Math.abs(hi), Math.abs(lo));
    if (scale === 0 || (hi - lo) / scale <= 0.01) {
      signals.push({
        rule: "plateau",
        message: `the last 3 values of ${spec.metric} (${last3.map(fmt).join(", ")}) are within 1% of each other`
      });
    }
  }
  const latest = values.at(-1);
  if (latest !== void 0) {
    const gap = gapInPoints(spec, latest);
    if (gap > 15) {
      signals.push({
        rule: "gap",
        message: `${spec.metric} is ${fmt(latest)}, ${fmt(gap)} points short of the target ${fmt(spec.target)}`
      });
    }
  }
  return signals;
}

// src/core/experiment/record-size.ts
var FOLD_LEVELS = [
  { logRows: 100, gates: 30, fullDecisions: 5, olderLearnings: 1e3, blockers: 20 },
  { logRows: 30, gates: 10, fullDecisions: 2, olderLearnings: 300, blockers: 10 },
  { logRows: 5, gates: 3, fullDecisions: 1, olderLearnings: 100, blockers: 3 }
];
var CHECK_RUNS_KEPT = 300;
function cutText(text, limit) {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)} \u2026 (cut at ${limit} characters; the full text is in the comment that gave it)`;
}
var TEXT_LIMITS = { note: 1e3, learnings: 4e3, blocker: 500, gateTitle: 250 };
var betterFor = (spec) => spec?.goal === "minimize" ? (a, b) => a < b : (a, b) => a > b;
function foldLog(log2, keep, spec) {
  if (log2.length <= keep) return [...log2];
  const cut = log2.length - (keep - 1);
  const old = log2.slice(0, cut);
  const metric = spec?.metric;
  const better = betterFor(spec);
  let best;
  let gpu = 0;
  let count = 0;
  for (const e of old) {
    count += e.summarised?.count ?? 1;
    gpu += e.gpuHours ?? 0;
    const v = metric ? e.metrics[metric] : void 0;
    if (v !== void 0 && (best === void 0 || better(v, best))) best = v;
  }
  const first = old[0]?.summarised?.first ?? old[0]?.at ?? "";
  const lastRow = old.at(-1);
  const last = lastRow?.summarised?.last ?? lastRow?.at ?? first;
  const summary = {
    at: first,
    by: "sprintlab",
    metrics: metric && best !== void 0 ? { [metric]: best } : {},
    ...gpu ? { gpuHours: Number(gpu.toPrecision(12)) } : {},
    summarised: { count, first, last }
  };
  return [summary, ...log2.slice(cut)];
}
function foldGates(gates, keep, spec) {
  if (gates.length <= keep) return [...gates];
  const cut = gates.length - (keep - 1);
  const old = gates.slice(0, cut);
  const metric = spec?.metric;
  const better = betterFor(spec);
  const verdicts = {};
  const checkRuns = [];
  let count = 0;
  let best;
  for (const g of old) {
    const s = g.summarised;
    count += s?.count ?? 1;
    if (s)
      for (const [v2, n] of Object.entries(s.verdicts))
        verdicts[v2] = (verdicts[v2] ?? 0) + (n ?? 0);
    else verdicts[g.verdict] = (verdicts[g.verdict] ?? 0) + 1;
    checkRuns.push(...s?.checkRuns ?? [], ...g.checkRun !== void 0 ? [g.checkRun] : []);
    const v = metric ? g.metrics?.[metric] : void 0;
    const b = metric ? best?.metrics?.[metric] : void 0;
    if (v !== void 0 && (b === void 0 || better(v, b))) best = g;
  }
  const head = old[0];
  const tail = old.at(-1);
  if (!head || !tail) return [...gates];
  const ends = (g, which) => g.summarised?.[which] ?? { pr: g.pr, at: g.at, verdict: g.verdict };
  const summary = {
    pr: best?.pr ?? ends(tail, "last").pr,
    verdict: best?.verdict ?? ends(tail, "last").verdict,
    at: ends(head, "first").at,
    ...best?.metrics ? { metrics: best.metrics } : {},
    summarised: {
      count,
      verdicts,
      first: ends(head, "first"),
      last: ends(tail, "last"),
      checkRuns: checkRuns.slice(-CHECK_RUNS_KEPT)
    }
  };
  return [summary, ...gates.slice(cut)];
}
function foldRecord(record, spec, level) {
  const decisions = record.decisions.map(
    (d, i) => d.learnings && i < record.decisions.length - level.fullDecisions ? { ...d, learnings: cutText(d.learnings, level.olderLearnings) } : d
  );
  const cut = record.blockers.length - level.blockers + 1;
  const folded = record.blockers.slice(0, cut).reduce((n, b) => n + (b.count ?? 1), 0);
  const blockers = cut > 1 ? [
    {
      kind: "other",
      text: `${folded} earlier blockers`,
      at: record.blockers[0]?.at ?? "",
      count: folded
    },
    ...record.blockers.slice(cut)
  ] : record.blockers;
  return {
    ...record,
    blockers,
    log: foldLog(record.log, level.logRows, spec),
    gates: foldGates(record.gates, level.gates, spec),
    decisions
  };
}
var hasGateRun = (record, checkRun) => record.gates.some((g) => g.checkRun === checkRun || g.summarised?.checkRuns.includes(checkRun));

// src/core/render/experiment.ts
var num = (n) => String(Number(n.toPrecision(6)));
var day = (iso) => iso.slice(0, 10);
function renderValidation(formName, problems) {
  if (!problems.length) {
    return `### \u2705 ${formName} form is complete

Every required field is filled in and consistent. Thanks for fixing it.`;
  }
  const rows = problems.map(
    (p) => `| ${escapeCell(p.label)} | ${markdownCell(p.problem)} | ${markdownCell(p.fix)} |`
  );
  return [
    `### \u26A0\uFE0F ${formName} form needs a few fixes`,
    "",
    `Sprintlab could not accept this ${formName.toLowerCase()} yet. Edit the issue (\u22EF \u2192 Edit) and fix:`,
    "",
    "| field | problem | how to fix |",
    "| --- | --- | --- |",
    ...rows,
    "",
    "This comment updates itself when the issue is edited, and the `needs-info` label goes away."
  ].join("\n");
}
function renderExperimentLog(spec, record) {
  let text = "";
  for (const level of FOLD_LEVELS) {
    text = renderLog(spec, foldRecord(record, spec, level));
    if (text.length <= COMMENT_BUDGET) return text;
  }
  return text;
}
var COMMENT_BUDGET = 6e4;
var MAX_ROWS = 50;
function renderLog(spec, record) {
  const lines = ["### \u{1F9EA} Experiment log", ""];
  if (spec) {
    const used = computeUsed(record.log);
    lines.push(
      `**${escapeText(spec.metric)}** (${spec.goal}): baseline ${num(spec.baseline)} \u2192 target ${num(spec.target)} \xB7 compute ${num(used)} / ${num(spec.budgetGpuHours)} GPU-hours \xB7 time box ${spec.timeBox} \xB7 ${spec.mode}`
    );
  }
  const column = currentColumn(record);
  const since = record.history.at(-1)?.at;
  if (column) lines.push(`Column: **${column}**${since ? ` (since ${day(since)})` : ""}`);
  if (record.blockers.length && column !== "Killed" && column !== "Production") {
    lines.push(
      `Blocked: ${record.blockers.map((b) => `${b.kind}${b.text && b.text !== b.kind ? ` (${escapeText(b.text)})` : ""}`).join("; ")}`
    );
  }
  if (record.log.length) {
    const primary = spec?.metric;
    const others = [...new Set(record.log.flatMap((e) => Object.keys(e.metrics)))].filter(
      (m) => m !== primary
    );
    const header = ["when", "by", ...primary ? [primary] : [], ...others, "GPU-hours", "note"];
    lines.push("", `| ${header.map(escapeCell).join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`);
    const folded = record.log[0]?.summarised ? record.log.slice(0, 1) : [];
    const rows = record.log.slice(folded.length);
    const shown = rows.slice(-MAX_ROWS);
    const row = (e) => {
      const metric = (m) => e.metrics[m] === void 0 ? "" : num(e.metrics[m]);
      const when = e.summarised ? `${day(e.summarised.first)} \u2013 ${day(e.summarised.last)}` : day(e.at);
      const note = e.summarised ? `${e.summarised.count} earlier rows summarised${primary ? ` (best ${escapeCell(primary)} shown)` : ""}` : escapeCell(e.note ?? "");
      const cells = [
        when,
        e.summarised ? "" : escapeCell(e.by),
        ...primary ? [metric(primary)] : [],
        ...others.map(metric),
        e.gpuHours === void 0 ? "" : num(e.gpuHours),
        note
      ];
      return `| ${cells.join(" | ")} |`;
    };
    for (const e of folded) lines.push(row(e));
    if (shown.length < rows.length) {
      lines.push(
        `| ${header.map((_, i) => i === 0 ? `\u2026 ${rows.length - shown.length} earlier rows (in the record below)` : "").join(" | ")} |`
      );
    }
    for (const e of shown) lines.push(row(e));
  } else if (column === "Killed" || column === "Production") {
    lines.push("", "No results were logged with `/log`.");
  } else {
    lines.push(
      "",
      record.gates.length ? "No `/log` rows yet (the gate results are below). Comment `/log <metric>=<value> gpu_hours=<n> [note]` to add one." : "No results logged yet. Comment `/log <metric>=<value> gpu_hours=<n> [note]` to add one."
    );
  }
  if (record.gates.length) {
    lines.push("", "**Gate results**");
    for (const g of record.gates) lines.push(gateLine(g, spec));
  }
  if (record.decisions.length) {
    lines.push("", "**Decisions**");
    for (const d of record.decisions) {
      lines.push(`- ${d.kind} by ${escapeText(d.by)} on ${day(d.at)}${d.learnings ? ":" : ""}`);
      if (d.learnings) lines.push(quoteBlock(d.learnings).replace(/^/gm, "  "));
    }
  }
  lines.push("", encodeRecord(record));
  return lines.join("\n");
}
function gateLine(g, spec) {
  const s = g.summarised;
  if (!s)
    return `- PR #${g.pr}: **${g.verdict}** (${day(g.at)})${g.summary ? ` \u2014 ${escapeText(g.summary)}` : ""}`;
  const counts = Object.entries(s.verdicts).map(([v, n]) => `${n} ${v}`).join(", ");
  const metric = spec?.metric;
  const best = metric && g.metrics?.[metric] !== void 0 ? `; best ${escapeText(metric)} ${num(g.metrics[metric])} on PR #${g.pr}` : "";
  return `- ${s.count} earlier gate runs (${counts}): first PR #${s.first.pr} **${s.first.verdict}** (${day(s.first.at)}), last PR #${s.last.pr} **${s.last.verdict}** (${day(s.last.at)})${best}`;
}
function renderDataTaskLog(spec, record) {
  const stage2 = record.stages?.at(-1)?.stage ?? spec?.stage ?? "Data needed";
  const lines = ["### \u{1F5C2}\uFE0F Data task", "", `Stage: **${stage2}**`];
  if (spec?.blockingExperiments.length)
    lines.push(`Blocks: ${spec.blockingExperiments.map((n) => `#${n}`).join(", ")}`);
  if (spec) lines.push(`Quality gate: ${escapeText(spec.qualityGate.split("\n")[0] ?? "")}`);
  lines.push("", encodeRecord(record));
  return lines.join("\n");
}
var renderKillSuggestion = (signals) => [
  "### \u{1F6D1} Kill criteria met",
  "",
  ...signals.map((s) => `- **${s.rule}**: ${escapeText(s.message)}`),
  "",
  "This is a suggestion, not a decision. If the team agrees, comment `/kill <what we learned>`; otherwise carry on."
].join("\n");
var HELP = [
  "### Sprintlab commands",
  "",
  "Write the command on the first line of a comment. Only people with write access can run them.",
  "",
  "| command | what it does |",
  "| --- | --- |",
  "| `/start` | Hypothesis \u2192 Experiment (needs a valid form and no open blocking data task) |",
  "| `/log metric=value [gpu_hours=n] [note]` | in Experiment, Evaluation or Iteration: adds a row to the experiment log and checks the kill criteria (no spaces around `=`) |",
  "| `/evaluate` | Experiment or Iteration \u2192 Evaluation (needs a logged result or a linked gate) |",
  "| `/iterate [note]` | Evaluation \u2192 Iteration |",
  "| `/kill <learnings>` | Hypothesis, Experiment, Evaluation or Iteration \u2192 Killed, closes the issue as not planned (learnings required) |",
  "| `/promote` | Evaluation \u2192 Production, closes the issue as completed (needs a passing gate and the readiness checklist) |",
  "| `/block data\\|compute\\|<text>` | marks the experiment blocked |",
  "| `/unblock` | clears the blockers |",
  "| `/stage <stage>` | data tasks: Data needed \u2192 Collection \u2192 Annotation \u2192 QA \u2192 Ready |",
  "| `/help` | this table |"
].join("\n");
var renderRefusal = (command, reason) => `\u274C ${inlineCode(`/${command}`)} was not applied: ${reason}`;

// src/core/board/keys.ts
var LABELS = {
  needsInfo: "needs-info",
  blocked: "blocked",
  overWip: "over-wip",
  timeBox: "time-box-overrun"
};
var COMMENT_KEYS = {
  log: "experiment-log",
  validation: "validation",
  wip: "wip",
  timeBox: "time-box",
  closed: "closed-without-decision",
  triage: "triage",
  reply: (commentId) => `reply-${commentId}`,
  gate: (pr) => `gate-${pr}`
};

// src/core/board/plan-data-task.ts
var STAGE_LABELS = DATA_STAGES.map(stageLabel);
var HANDLED_CAP = 200;
function matchStage(text) {
  const want = text.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  return DATA_STAGES.find((s) => s.toLowerCase() === want);
}
function stageOfLabels(labels) {
  return DATA_STAGES.find((s) => labels.includes(stageLabel(s)));
}
var planDataTask = (issue, current, event, ctx) => {
  const plan = emptyPlan();
  const record = structuredClone(current.record);
  const { spec, problems } = readDataTask(dataTaskForm, issue.body);
  const labels = new Set(issue.labels);
  const nowIso = ctx.now.toISOString();
  let reply;
  if (event.type === "opened" || event.type === "edited" || event.type === "reopened") {
    if (problems.length) {
      labels.add(LABELS.needsInfo);
      plan.comments.push({
        key: COMMENT_KEYS.validation,
        body: renderValidation(dataTaskForm.name, problems)
      });
    } else {
      labels.delete(LABELS.needsInfo);
      if (current.hasValidationComment)
        plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(dataTaskForm.name, []) });
    }
    if (!record.stages?.length && spec)
      record.stages = [{ stage: spec.stage, at: nowIso, by: ctx.actor ?? "sprintlab" }];
  } else if (event.type === "command" && !record.handled?.includes(event.commentId)) {
    const { name, rest } = event.command;
    if (name === "stage") {
      const stage3 = matchStage(rest);
      if (!stage3)
        reply = renderRefusal(name, `name a stage: ${DATA_STAGES.map((s) => `\`${s}\``).join(", ")}.`);
      else {
        record.stages = [...record.stages ?? [], { stage: stage3, at: nowIso, by: event.by }];
        plan.summary.push(`stage ${stage3}`);
      }
    } else if (name === "help") reply = HELP;
    else
      reply = renderRefusal(
        name,
        "data tasks move with `/stage <stage>`; the other commands are for experiments."
      );
    plan.reaction = reply && name !== "help" ? "confused" : "rocket";
    record.handled = [...record.handled ?? [], event.commentId].slice(-HANDLED_CAP);
    if (reply) plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body: reply });
  }
  const stage2 = record.stages?.at(-1)?.stage ?? spec?.stage;
  for (const l of STAGE_LABELS) labels.delete(l);
  if (stage2) labels.add(stageLabel(stage2));
  const { add, remove } = diffLabels(issue.labels, labels, /* @__PURE__ */ new Set([LABELS.needsInfo, ...STAGE_LABELS]));
  plan.addLabels = add;
  plan.removeLabels = remove;
  plan.comments.push({ key: COMMENT_KEYS.log, body: renderDataTaskLog(spec, record) });
  return plan;
};
function planMlEngineering(issue, current, event) {
  const plan = emptyPlan();
  if (event.type === "command") {
    const { name } = event.command;
    const body = name === "help" ? HELP : renderRefusal(
      name,
      "ML engineering issues have no lifecycle commands; they are checked against their form only."
    );
    plan.reaction = name === "help" ? "rocket" : "confused";
    plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body });
    return plan;
  }
  if (event.type !== "opened" && event.type !== "edited" && event.type !== "reopened") return plan;
  const { problems } = parseForm(mlEngineeringForm, issue.body);
  const labels = new Set(issue.labels);
  if (problems.length) {
    labels.add(LABELS.needsInfo);
    plan.comments.push({
      key: COMMENT_KEYS.validation,
      body: renderValidation(formFor("ml-engineering").name, problems)
    });
  } else {
    labels.delete(LABELS.needsInfo);
    if (current.hasValidationComment)
      plan.comments.push({
        key: COMMENT_KEYS.validation,
        body: renderValidation(mlEngineeringForm.name, [])
      });
  }
  const { add, remove } = diffLabels(issue.labels, labels, /* @__PURE__ */ new Set([LABELS.needsInfo]));
  plan.addLabels = add;
  plan.removeLabels = remove;
  return plan;
}

// src/core/board/card-fields.ts
function cardValue(value, spec, record) {
  switch (value) {
    case "metric":
      return spec.metric;
    case "goal":
      return spec.goal;
    case "baseline":
      return spec.baseline;
    case "target":
      return spec.target;
    case "latest":
      return record.log.map((e) => e.metrics[spec.metric]).filter((v) => v !== void 0).at(-1);
    case "budget":
      return spec.budgetGpuHours;
    case "compute_used":
      return computeUsed(record.log);
    case "time_box":
      return spec.timeBox;
    case "mode":
      return spec.mode;
    case "gate":
      return record.gates.at(-1)?.verdict;
  }
}
function cardFieldValues(fields, spec, record) {
  const out = {};
  if (!spec) return out;
  for (const { field, value } of fields) {
    const v = cardValue(value, spec, record);
    if (v !== void 0) out[field] = v;
  }
  return out;
}

// src/core/experiment/lifecycle.ts
var TRANSITIONS = {
  start: { from: ["Backlog", "Hypothesis"], to: "Experiment" },
  evaluate: { from: ["Experiment", "Iteration"], to: "Evaluation" },
  iterate: { from: ["Evaluation"], to: "Iteration" },
  kill: { from: ["Hypothesis", "Experiment", "Evaluation", "Iteration"], to: "Killed" },
  promote: { from: ["Evaluation"], to: "Production" }
};
var isMove = (name) => Object.hasOwn(TRANSITIONS, name);
function wayTo(at, targets) {
  if (at === "Killed" || at === "Production")
    return "Its decision is recorded and the issue is closed; open a new experiment to try again.";
  const seen = /* @__PURE__ */ new Map([[at, []]]);
  const queue = [at];
  for (let col = queue.shift(); col !== void 0; col = queue.shift()) {
    const path = seen.get(col) ?? [];
    if (targets.includes(col) && path.length)
      return `Comment ${path.map((m) => `\`/${m}\``).join(", then ")} first.`;
    for (const [name, t] of Object.entries(TRANSITIONS)) {
      if (name === "kill" || seen.has(t.to) || !t.from.includes(col)) continue;
      seen.set(t.to, [...path, name]);
      queue.push(t.to);
    }
  }
  return "";
}
var listRefs = (ns) => ns.map((n) => `#${n}`).join(", ");
function checkMove(move, from, facts) {
  const t = TRANSITIONS[move];
  const at = from ?? "Backlog";
  if (!t.from.includes(at)) {
    return {
      ok: false,
      reason: [
        `\`/${move}\` moves an experiment from ${t.from.join(" or ")} to ${t.to}, but this one is in ${at}.`,
        wayTo(at, t.from)
      ].filter(Boolean).join(" ")
    };
  }
  const { spec, record } = facts;
  switch (move) {
    case "start":
      if (!spec)
        return { ok: false, reason: "the form has problems (see the validation comment); fix them first." };
      if (facts.blockingDataTasks.length)
        return {
          ok: false,
          reason: `data is not ready: data task ${listRefs(facts.blockingDataTasks)} is still open. Move it to Ready first.`
        };
      return { ok: true, to: t.to };
    case "evaluate": {
      const metric = spec?.metric;
      const logged = record.log.some((e) => metric === void 0 || metric in e.metrics) || record.gates.length > 0;
      if (!logged)
        return {
          ok: false,
          reason: `no results yet: log one with \`/log ${metric ?? "metric"}=<value>\` or link a PR with \`Experiment: #N\`.`
        };
      return { ok: true, to: t.to };
    }
    case "kill": {
      const learnings = facts.learnings?.trim() ?? "";
      if (learnings.length < facts.minLearnings)
        return {
          ok: false,
          reason: `learnings are required: write what was learned after the command, e.g. \`/kill QLoRA r16 does not beat full fine-tuning on long inputs\` (at least ${facts.minLearnings} characters).`
        };
      return { ok: true, to: t.to };
    }
    case "promote": {
      const gate = record.gates.at(-1);
      if (!gate)
        return {
          ok: false,
          reason: "no gate result is linked: open a PR with `Experiment: #N` in its body and let the Sprintlab gate run."
        };
      if (gate.verdict !== "pass")
        return {
          ok: false,
          reason: `the last gate (PR #${gate.pr}) says ${gate.verdict}: a passing gate is required for Production.`
        };
      const missing = spec?.readiness.missing ?? [];
      if (!spec)
        return { ok: false, reason: "the form has problems (see the validation comment); fix them first." };
      if (missing.length)
        return {
          ok: false,
          reason: `the production-readiness checklist is incomplete: tick ${missing.map((m) => `"${m}"`).join(", ")} in the issue.`
        };
      return { ok: true, to: t.to };
    }
    default:
      return { ok: true, to: t.to };
  }
}

// src/core/experiment/slash-command.ts
var COMMAND_NAMES = [
  "start",
  "log",
  "evaluate",
  "iterate",
  "kill",
  "promote",
  "block",
  "unblock",
  "stage",
  "help"
];
function parseSlashCommand(body) {
  const lines = (body ?? "").replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const line = lines[first] ?? "";
  if (/^(?: {4}| {0,3}\t)/.test(line)) return void 0;
  const text = lines.slice(first).join("\n").trimStart();
  const match = /^\/([a-z][a-z-]*)\b(?!\/)(.*)/i.exec(line.trim());
  if (!match || (match[1] ?? "").length > 40) return void 0;
  const name = (match[1] ?? "").toLowerCase();
  const firstLine = (match[2] ?? "").trim();
  const after = text.slice(text.indexOf("\n") >= 0 ? text.indexOf("\n") + 1 : text.length).trim();
  const pairs = ownRecord(void 0);
  const words = [];
  for (const token of firstLine.split(/\s+/).filter(Boolean)) {
    const pair = /^([A-Za-z_][\w.:/-]*)=(\S+)$/.exec(token);
    if (pair?.[1] && pair[2] !== void 0) pairs[pair[1]] = pair[2];
    else words.push(token);
  }
  return {
    name,
    text: [firstLine, after].filter(Boolean).join("\n"),
    pairs,
    rest: [words.join(" "), after].filter(Boolean).join("\n")
  };
}
var isForSprintlab = (name) => COMMAND_NAMES.includes(name) || suggestCommand(name) !== void 0;
function distance(a, b) {
  const d = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}
function suggestCommand(name) {
  const lower = name.toLowerCase();
  const prefixed = COMMAND_NAMES.filter((c) => lower.length >= 3 && c.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let best;
  for (const c of COMMAND_NAMES) {
    const d = distance(lower, c);
    if (!best || d < best.d) best = { name: c, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : void 0;
}

// src/core/board/experiment-commands.ts
var refusal = (input, reason) => ({
  ok: false,
  reply: renderRefusal(input.command.name, reason)
});
function parseLogArgs(command, spec) {
  const metrics = ownRecord(void 0);
  let gpuHours;
  const bad = [];
  for (const [key, raw] of Object.entries(command.pairs)) {
    const value = Number(raw);
    if (!Number.isFinite(value) || raw.trim() === "") bad.push(`${key}=${raw}`);
    else if (/^gpu[_-]?hours$/i.test(key)) gpuHours = value;
    else metrics[key] = value;
  }
  const example = `\`/log ${spec?.metric ?? "accuracy"}=0.84 gpu_hours=6\``;
  const broken = (command.rest.split("\n")[0] ?? "").split(/\s+/).filter((w) => w.includes("="));
  const quoted = (words) => words.map((w) => inlineCode(cutText(w, 100))).join(", ");
  if (broken.length) {
    const plural = broken.length > 1;
    return {
      ok: false,
      reason: `${quoted(broken)} ${plural ? "are not" : "is not a"} \`name=value\` pair${plural ? "s" : ""}: write the name, \`=\` and the number with no spaces, e.g. ${example}.`
    };
  }
  if (bad.length)
    return { ok: false, reason: `${quoted(bad)}: the value must be a number, e.g. ${example}.` };
  if (gpuHours !== void 0 && gpuHours < 0) return { ok: false, reason: "gpu_hours cannot be negative." };
  if (!Object.keys(metrics).length && gpuHours === void 0)
    return {
      ok: false,
      reason: `nothing to log: write \`/log ${spec?.metric ?? "metric"}=<value> gpu_hours=<n> [note]\`.`
    };
  const note = command.rest.split("\n")[0]?.trim();
  return { ok: true, metrics, ...gpuHours !== void 0 ? { gpuHours } : {}, ...note ? { note } : {} };
}
var log = (input) => {
  const { record, spec } = input;
  const col = currentColumn(record);
  if (!col || !["Experiment", "Evaluation", "Iteration"].includes(col))
    return refusal(
      input,
      `results are logged while the experiment runs; it is in ${col ?? "Backlog"}. ${col === "Killed" || col === "Production" ? "Its decision is recorded; open a new experiment to log more runs." : "Comment `/start` first."}`
    );
  const args = parseLogArgs(input.command, spec);
  if (!args.ok) return refusal(input, args.reason);
  const { metrics, gpuHours } = args;
  record.log.push({
    at: input.ctx.now.toISOString(),
    by: input.by,
    metrics,
    ...gpuHours !== void 0 ? { gpuHours } : {},
    ...args.note ? { note: cutText(args.note, TEXT_LIMITS.note) } : {}
  });
  const signals = spec ? killSignals(spec, record.log).filter(
    (s) => s.rule === "budget" ? gpuHours !== void 0 : spec.metric in metrics
  ) : [];
  return { ok: true, ...signals.length ? { reply: renderKillSuggestion(signals) } : {} };
};
var block = (input) => {
  const said = input.command.text.trim();
  const first = said.split(/\s+/)[0]?.toLowerCase() ?? "";
  const kind = first === "data" || first === "compute" ? first : "other";
  if (kind === "other" && !said)
    return refusal(input, "say what blocks it: `/block data`, `/block compute` or `/block <what>`.");
  input.record.blockers.push({
    kind,
    text: cutText(said || kind, TEXT_LIMITS.blocker),
    at: input.ctx.now.toISOString()
  });
  input.labels.add(LABELS.blocked);
  return { ok: true };
};
var unblock = (input) => {
  input.record.blockers = [];
  input.labels.delete(LABELS.blocked);
  return { ok: true };
};
var stage = (input) => refusal(
  input,
  "`/stage` is for data tasks; experiments move with `/start`, `/evaluate`, `/iterate`, `/kill` and `/promote`."
);
function runMove(move, input) {
  const { spec, record, ctx } = input;
  const blocking = ctx.openDataTasks.filter((t) => t.blocks.includes(input.issueNumber) || (spec?.dataTasks.includes(t.number) ?? false)).map((t) => t.number);
  const learnings = input.command.text.trim();
  const check = checkMove(move, currentColumn(record), {
    spec,
    record,
    blockingDataTasks: blocking,
    learnings,
    minLearnings: ctx.board.minLearnings
  });
  if (!check.ok) return { ok: false, reply: renderRefusal(move, check.reason) };
  if (!input.moveTo(check.to, `/${move}`)) return { ok: false };
  if (move === "start") delete record.awaitsTriage;
  if (move === "kill" || move === "iterate" || move === "promote") {
    record.decisions.push({
      kind: move,
      at: ctx.now.toISOString(),
      by: input.by,
      ...learnings ? { learnings: cutText(learnings, TEXT_LIMITS.learnings) } : {}
    });
  }
  if (move === "kill") return { ok: true, state: { state: "closed", reason: "not_planned" } };
  if (move === "promote") return { ok: true, state: { state: "closed", reason: "completed" } };
  return { ok: true };
}
var HANDLERS = { log, block, unblock, stage };
function runCommand(input) {
  const { name } = input.command;
  if (name === "help") return { ok: true, reply: HELP };
  if (isMove(name)) return runMove(name, input);
  const handler = HANDLERS[name];
  if (handler) return handler(input);
  const guess = suggestCommand(name);
  const hint = guess ? ` Did you mean \`/${guess}\`?` : "";
  return { ok: false, reply: `${renderRefusal(name, `this is not a Sprintlab command.${hint}`)}

${HELP}` };
}

// src/core/board/plan-experiment.ts
var TRIAGE_NOTE = "\u{1F44B} Thanks for the experiment! It waits in **Backlog** until a maintainer picks it up with `/start`; until then it takes no place in the WIP limits.";
var ACTIVE = ["Backlog", "Hypothesis", "Experiment", "Evaluation", "Iteration"];
var HANDLED_CAP2 = 200;
var fmt2 = (n) => String(Number(n.toPrecision(6)));
var planExperiment = (issue, current, event, ctx) => {
  const plan = emptyPlan();
  const record = structuredClone(current.record);
  const nowIso = ctx.now.toISOString();
  const actor = ctx.actor ?? "sprintlab";
  const formEvent = event.type === "opened" || event.type === "edited" || event.type === "reopened";
  const started = currentColumn(current.record);
  const notStarted = !started || started === "Backlog" || started === "Hypothesis";
  const createdAt = new Date(issue.createdAt);
  const { spec, problems } = readExperiment(experimentForm, issue.body, {
    now: formEvent && notStarted ? ctx.now : createdAt,
    createdAt
  });
  const labels = new Set(issue.labels.filter((l) => !STATUS_LABELS.includes(l)));
  let state;
  let reply;
  const moveTo = (to, why, automatic = false) => {
    const over = overWip(ctx.board, to, ctx.wipCounts[to]);
    if (over && wipModeOf(ctx.board, to) === "refuse") {
      const text = `${to} is at its WIP limit (${over.limit}); finish or kill an experiment there first.`;
      if (automatic || event.type !== "command")
        plan.comments.push({ key: COMMENT_KEYS.wip, body: `\u26A0\uFE0F Not moved to **${to}**: ${text}` });
      else reply = renderRefusal(why.replace(/^\//, ""), text);
      plan.summary.push(`refused move to ${to}: WIP ${over.count}/${over.limit}`);
      return false;
    }
    labels.delete(LABELS.overWip);
    if (over) {
      labels.add(LABELS.overWip);
      plan.comments.push({
        key: COMMENT_KEYS.wip,
        body: `\u26A0\uFE0F **${to}** is over its WIP limit: ${over.count} experiments for a limit of ${over.limit}. Consider finishing or killing one before starting more.`
      });
    } else if (issue.labels.includes(LABELS.overWip)) {
      plan.comments.push({
        key: COMMENT_KEYS.wip,
        body: `\u2705 Moved to **${to}**, which is within its WIP limit; the over-WIP flag is cleared.`
      });
    }
    record.history.push({ column: to, at: nowIso, by: actor });
    plan.summary.push(`move to ${to} (${why})`);
    return true;
  };
  const validation = (list) => {
    if (list.length) {
      labels.add(LABELS.needsInfo);
      plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(experimentForm.name, list) });
    } else {
      labels.delete(LABELS.needsInfo);
      if (current.hasValidationComment)
        plan.comments.push({ key: COMMENT_KEYS.validation, body: renderValidation(experimentForm.name, []) });
    }
  };
  const column = () => currentColumn(record);
  const settleTimeBox = () => {
    if (!issue.labels.includes(LABELS.timeBox) || plan.comments.some((c) => c.key === COMMENT_KEYS.timeBox))
      return;
    const col2 = column();
    const decided = col2 === "Killed" || col2 === "Production";
    const extended = spec !== void 0 && spec.timeBox >= nowIso.slice(0, 10);
    if (!decided && !extended) return;
    labels.delete(LABELS.timeBox);
    plan.comments.push({
      key: COMMENT_KEYS.timeBox,
      body: decided ? `\u2705 Decision recorded: this experiment is in **${col2}**, so the time box question is closed.` : `\u2705 The time box now ends on ${spec?.timeBox}; no decision is due until then.`
    });
    plan.summary.push("time box question settled");
  };
  switch (event.type) {
    case "opened":
    case "edited":
    case "reopened": {
      validation(problems);
      if (!column() && event.outsider) {
        record.history.push({ column: "Backlog", at: nowIso, by: actor });
        record.awaitsTriage = true;
        plan.comments.push({ key: COMMENT_KEYS.triage, body: TRIAGE_NOTE });
        plan.summary.push("opened by someone without triage access: waits in Backlog");
      } else if (record.awaitsTriage) {
      } else if (problems.length) {
        if (!column()) record.history.push({ column: "Backlog", at: nowIso, by: actor });
      } else if (!column() || column() === "Backlog") {
        if (!moveTo("Hypothesis", "valid form") && !column())
          record.history.push({ column: "Backlog", at: nowIso, by: actor });
      }
      break;
    }
    case "closed": {
      const col2 = column();
      if (col2 && col2 !== "Killed" && col2 !== "Production" && col2 !== "Backlog") {
        state = { state: "open", reason: "reopened" };
        plan.comments.push({
          key: COMMENT_KEYS.closed,
          body: "\u{1F501} Reopened: this experiment was closed without a recorded decision, so its learnings would be lost. Comment `/kill <what we learned>` to close it as not planned, or `/promote` once it passed the gate."
        });
        plan.summary.push("reopen: closed without learnings");
      }
      break;
    }
    case "command": {
      if (record.handled?.includes(event.commentId)) {
        state = decidedBy(record, event.commentId);
        if (record.blockers.length) labels.add(LABELS.blocked);
        else labels.delete(LABELS.blocked);
        break;
      }
      const decisions = record.decisions.length;
      const outcome = runCommand({
        command: event.command,
        by: event.by,
        issueNumber: issue.number,
        spec,
        record,
        ctx,
        moveTo,
        labels
      });
      for (const d of record.decisions.slice(decisions)) d.comment = event.commentId;
      reply = reply ?? outcome.reply;
      state = outcome.state;
      plan.reaction = outcome.ok ? "rocket" : "confused";
      record.handled = [...record.handled ?? [], event.commentId].slice(-HANDLED_CAP2);
      break;
    }
    case "gate": {
      if (hasGateRun(record, event.checkRun)) break;
      record.gates.push({
        pr: event.pr,
        verdict: event.verdict,
        at: nowIso,
        checkRun: event.checkRun,
        metrics: event.metrics,
        ...event.title ? { summary: cutText(event.title, TEXT_LIMITS.gateTitle) } : {}
      });
      const col2 = column();
      if (col2 === "Experiment" || col2 === "Iteration") moveTo("Evaluation", `gate on PR #${event.pr}`, true);
      plan.comments.push({ key: COMMENT_KEYS.gate(event.pr), body: renderGateNote(event, spec) });
      break;
    }
    case "time-box": {
      const col2 = column();
      const overdue = spec && issue.state === "open" && col2 && ACTIVE.includes(col2) && spec.timeBox < nowIso.slice(0, 10);
      if (overdue && ctx.board.askOnTimeBox) {
        labels.add(LABELS.timeBox);
        plan.comments.push({
          key: COMMENT_KEYS.timeBox,
          body: `\u23F0 The time box ended on ${spec.timeBox} and this experiment is still in **${col2}**. A decision is due: \`/kill <learnings>\`, \`/iterate\`, \`/promote\`, or edit the time box in the issue to extend it (say why in a comment).`
        });
        plan.summary.push("time box over: decision asked");
      } else {
        labels.delete(LABELS.timeBox);
      }
      break;
    }
  }
  settleTimeBox();
  if (column() === "Killed" || column() === "Production") labels.delete(LABELS.blocked);
  const col = column();
  if (!ctx.board.project && col) labels.add(statusLabel(col));
  if (ctx.board.project && col) plan.column = col;
  if (ctx.board.project && ctx.board.cardFields.length) {
    const values = cardFieldValues(ctx.board.cardFields, spec, record);
    if (Object.keys(values).length) plan.cardFields = values;
  }
  const managed = /* @__PURE__ */ new Set([...Object.values(LABELS), ...STATUS_LABELS]);
  const { add, remove } = diffLabels(issue.labels, labels, managed);
  plan.addLabels = add;
  plan.removeLabels = remove;
  if (state && !(state.state === issue.state)) plan.state = state;
  if (reply && event.type === "command")
    plan.comments.push({ key: COMMENT_KEYS.reply(event.commentId), body: reply });
  plan.comments.push({ key: COMMENT_KEYS.log, body: renderExperimentLog(spec, record) });
  return plan;
};
function decidedBy(record, commentId) {
  const last = record.decisions.at(-1);
  if (last?.comment !== commentId) return void 0;
  const col = currentColumn(record);
  if (last.kind === "kill" && col === "Killed") return { state: "closed", reason: "not_planned" };
  if (last.kind === "promote" && col === "Production") return { state: "closed", reason: "completed" };
  return void 0;
}
function renderGateNote(event, spec) {
  const icon = event.verdict === "pass" ? "\u2705" : event.verdict === "fail" ? "\u274C" : "\u26A0\uFE0F";
  const lines = [`### ${icon} Gate on PR #${event.pr}: ${event.verdict}`, ""];
  const names = Object.keys(event.metrics);
  if (names.length) {
    lines.push("| metric | candidate | target |", "| --- | --- | --- |");
    for (const m of names) {
      const target = spec && spec.metric === m ? fmt2(spec.target) : "";
      lines.push(`| ${escapeText(m)} | ${fmt2(event.metrics[m] ?? Number.NaN)} | ${target} |`);
    }
    lines.push("");
  }
  lines.push(
    event.verdict === "fail" ? "The gate failed, so this experiment cannot be promoted until a passing gate is linked. See the PR for the full report." : "See the PR for the full report. Next: `/iterate`, `/kill <learnings>`, or `/promote`."
  );
  return lines.join("\n");
}

// src/core/board/plan-no-access.ts
var NO_ACCESS_KEY = "no-access";
var NO_ACCESS_BLOCK = "no-access";
var QUIET_MS = 60 * 60 * 1e3;
function noAccessRepliedAt(body) {
  const block2 = body ? readHiddenBlock(body, NO_ACCESS_BLOCK) : void 0;
  const at = typeof block2 === "object" && block2 ? block2.at : void 0;
  return typeof at === "string" ? at : void 0;
}
function planNoAccess(command, by, repliedAt, now) {
  const plan = emptyPlan();
  plan.reaction = "confused";
  plan.summary.push(`refused /${command} from ${by}: no write access`);
  const last = repliedAt ? Date.parse(repliedAt) : Number.NaN;
  if (now.getTime() - last < QUIET_MS) return plan;
  plan.comments.push({
    key: NO_ACCESS_KEY,
    body: [
      renderRefusal(
        command,
        "only people with write access to this repository can run Sprintlab commands. Ask a maintainer to run it for you."
      ),
      "",
      "<sub>Sprintlab says this at most once an hour on an issue; later commands from people without write access get a \u{1F615} reaction only.</sub>",
      hiddenBlock(NO_ACCESS_BLOCK, { at: now.toISOString() })
    ].join("\n")
  });
  return plan;
}

// src/core/board/plan-issue.ts
var planIssue = (issue, current, event, ctx) => {
  const form = formOfIssue(issue.labels, issue.body);
  if (!form) return emptyPlan();
  if (event.type === "command" && !event.canWrite)
    return planNoAccess(event.command.name, event.by, current.noAccessRepliedAt, ctx.now);
  const labelled = issue.labels.includes(form.label) ? issue : { ...issue, labels: [...issue.labels, form.label] };
  const plan = form.kind === "experiment" ? planExperiment(labelled, current, event, ctx) : form.kind === "data-task" ? planDataTask(labelled, current, event, ctx) : planMlEngineering(labelled, current, event);
  if (labelled !== issue) plan.addLabels = [form.label, ...plan.addLabels];
  return plan;
};

// src/github/board/board-problem.ts
var BoardProblem = class extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
  }
  fix;
  name = "BoardProblem";
};
var isBoardProblem = (e) => e instanceof BoardProblem;
function graphqlErrorType(error) {
  const e = error;
  const types = (e?.errors ?? []).map((x) => x.type);
  if (types.includes("NOT_FOUND")) return "NOT_FOUND";
  if (types.includes("FORBIDDEN") || e?.status === 403 || /not accessible by integration|insufficient scopes/i.test(e?.message ?? ""))
    return "FORBIDDEN";
  return void 0;
}

// src/github/board/issue-state.graphql.ts
var ISSUE_FIELDS = (
  /* GraphQL */
  `
  fragment SprintlabIssueFields on Issue {
    id
    number
    title
    body
    state
    createdAt
    labels(first: 50) {
      nodes {
        name
      }
    }
    comments(first: 100) {
      pageInfo {
        hasNextPage
      }
      nodes {
        databaseId
        body
        author {
          __typename
        }
      }
    }
  }
`
);
var ISSUE_STATE_QUERY = (
  /* GraphQL */
  `
  ${ISSUE_FIELDS}
  query SprintlabIssueState(
    $owner: String!
    $repo: String!
    $number: Int!
    $field: String!
    $wipQuery: String!
    $withWipSearch: Boolean!
    $projectId: ID!
    $withProjectItems: Boolean!
    $withDataTasks: Boolean!
    $withCardFields: Boolean!
    $withCard: Boolean!
  ) {
    repository(owner: $owner, name: $repo) {
      issue(number: $number) {
        ...SprintlabIssueFields
        projectItems(first: 20) @include(if: $withCard) {
          nodes {
            id
            project {
              id
            }
            fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldSingleSelectValue {
                name
              }
            }
            fieldValues(first: 30) @include(if: $withCardFields) {
              nodes {
                ... on ProjectV2ItemFieldTextValue {
                  text
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldNumberValue {
                  number
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldDateValue {
                  date
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
                ... on ProjectV2ItemFieldSingleSelectValue {
                  name
                  field {
                    ... on ProjectV2FieldCommon {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
      dataTasks: issues(first: 100, states: [OPEN], labels: ["data-task"]) @include(if: $withDataTasks) {
        nodes {
          number
          body
          labels(first: 50) {
            nodes {
              name
            }
          }
        }
      }
    }
    wip: search(query: $wipQuery, type: ISSUE, first: 1) @include(if: $withWipSearch) {
      issueCount
    }
    board: node(id: $projectId) @include(if: $withProjectItems) {
      ... on ProjectV2 {
        items(first: 100) {
          nodes {
            fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldSingleSelectValue {
                name
              }
            }
            content {
              ... on Issue {
                number
                state
              }
            }
          }
        }
      }
    }
  }
`
);
var OPEN_EXPERIMENTS_QUERY = (
  /* GraphQL */
  `
  ${ISSUE_FIELDS}
  query SprintlabOpenExperiments($owner: String!, $repo: String!, $cursor: String) {
    repository(owner: $owner, name: $repo) {
      issues(first: 50, after: $cursor, states: [OPEN], labels: ["experiment"]) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...SprintlabIssueFields
        }
      }
    }
  }
`
);

// src/github/board/issue-state.ts
async function readIssueState(gh, ref, opts) {
  const wipColumn = opts.wipColumn && opts.board.wip[opts.wipColumn] !== void 0 ? opts.wipColumn : void 0;
  const labelsMode = !opts.board.project;
  const result = await gh.graphql(ISSUE_STATE_QUERY, {
    owner: ref.owner,
    repo: ref.repo,
    number: ref.issue_number,
    field: opts.board.field,
    wipQuery: wipColumn ? `repo:${ref.owner}/${ref.repo} is:issue is:open label:"${statusLabel(wipColumn)}"` : "",
    withWipSearch: Boolean(wipColumn && labelsMode),
    projectId: opts.projectId ?? "",
    withProjectItems: Boolean(wipColumn && !labelsMode && opts.projectId),
    withDataTasks: Boolean(opts.withDataTasks),
    withCardFields: Boolean(opts.projectId && opts.board.cardFields.length),
    withCard: Boolean(opts.projectId)
  });
  const issue = result.repository?.issue;
  if (!issue) return void 0;
  const comments = stickyComments(issue.comments.nodes);
  const item = opts.projectId ? issue.projectItems?.nodes.find((n) => n.project.id === opts.projectId) : void 0;
  const labels = issue.labels.nodes.map((l) => l.name);
  const wipCounts = {};
  if (wipColumn) {
    const self = labels.includes(statusLabel(wipColumn)) ? 1 : 0;
    if (result.wip) wipCounts[wipColumn] = Math.max(0, result.wip.issueCount - self);
    if (result.board?.items) {
      wipCounts[wipColumn] = result.board.items.nodes.filter(
        (n) => n.fieldValueByName?.name === wipColumn && n.content?.state === "OPEN" && n.content.number !== issue.number
      ).length;
    }
  }
  const openDataTasks = (result.repository?.dataTasks?.nodes ?? []).filter((t) => stageOfLabels(t.labels.nodes.map((l) => l.name)) !== "Ready").map((t) => {
    const blocks = parseForm(dataTaskForm, t.body).values.blocking_experiments;
    return { number: t.number, blocks: parseIssueRefs(typeof blocks === "string" ? blocks : void 0) };
  });
  return {
    nodeId: issue.id,
    snapshot: {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      labels,
      state: issue.state === "OPEN" ? "open" : "closed",
      createdAt: issue.createdAt
    },
    comments,
    commentsComplete: !issue.comments.pageInfo.hasNextPage,
    ...item ? {
      card: {
        itemId: item.id,
        column: item.fieldValueByName?.name ?? void 0,
        values: cardValues(item.fieldValues?.nodes)
      }
    } : {},
    wipCounts,
    openDataTasks
  };
}
async function* openExperimentStates(gh, repo) {
  let cursor = null;
  do {
    const page = await gh.graphql(OPEN_EXPERIMENTS_QUERY, {
      ...repo,
      cursor
    });
    const issues = page.repository?.issues;
    for (const issue of issues?.nodes ?? []) {
      yield {
        nodeId: issue.id,
        snapshot: {
          number: issue.number,
          title: issue.title,
          body: issue.body,
          labels: issue.labels.nodes.map((l) => l.name),
          state: issue.state === "OPEN" ? "open" : "closed",
          createdAt: issue.createdAt
        },
        comments: stickyComments(issue.comments.nodes),
        commentsComplete: !issue.comments.pageInfo.hasNextPage,
        wipCounts: {},
        openDataTasks: []
      };
    }
    cursor = issues?.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (cursor);
}
async function stickyFor(gh, ref, state, key) {
  const known = state.comments.get(key);
  if (known) return known;
  if (state.commentsComplete) return null;
  return await findStickyComment(gh, ref, key) ?? null;
}
function cardValues(nodes) {
  const values = /* @__PURE__ */ new Map();
  for (const n of nodes ?? []) {
    const name = n?.field?.name;
    const value = n?.text ?? n?.number ?? n?.date ?? n?.name;
    if (name && value !== void 0 && value !== null) values.set(name, value);
  }
  return values;
}

// src/github/board/projects.graphql.ts
var PROJECT_FIELDS = (
  /* GraphQL */
  `
  projectV2(number: $number) {
    id
    title
    field(name: $field) {
      ... on ProjectV2SingleSelectField {
        id
        name
        options {
          id
          name
        }
      }
    }
    fields(first: 50) {
      nodes {
        ... on ProjectV2FieldCommon {
          id
          name
          dataType
        }
        ... on ProjectV2SingleSelectField {
          options {
            id
            name
          }
        }
      }
    }
  }
`
);
var ORG_PROJECT_QUERY = (
  /* GraphQL */
  `
  query SprintlabOrgProject($owner: String!, $number: Int!, $field: String!) {
    organization(login: $owner) {
      ${PROJECT_FIELDS}
    }
  }
`
);
var USER_PROJECT_QUERY = (
  /* GraphQL */
  `
  query SprintlabUserProject($owner: String!, $number: Int!, $field: String!) {
    user(login: $owner) {
      ${PROJECT_FIELDS}
    }
  }
`
);
var ADD_ITEM_MUTATION = (
  /* GraphQL */
  `
  mutation SprintlabAddCard($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`
);
function updateCardMutation(count) {
  const vars = Array.from({ length: count }, (_, i) => `$f${i}: ID!, $v${i}: ProjectV2FieldValue!`).join(
    ", "
  );
  const updates = Array.from(
    { length: count },
    (_, i) => `  u${i}: updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $f${i}, value: $v${i} }) {
    projectV2Item {
      id
    }
  }`
  ).join("\n");
  return `mutation SprintlabUpdateCard($projectId: ID!, $itemId: ID!, ${vars}) {
${updates}
}
`;
}

// src/github/board/projects.ts
var cache = /* @__PURE__ */ new Map();
var cacheKey = (ref, field) => `${ref.url}#${field}`;
async function projectIds(gh, ref, field) {
  const key = cacheKey(ref, field);
  const hit = cache.get(key);
  if (hit) return hit;
  let result;
  try {
    result = await gh.graphql(
      ref.ownerType === "organization" ? ORG_PROJECT_QUERY : USER_PROJECT_QUERY,
      {
        owner: ref.owner,
        number: ref.number,
        field
      }
    );
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
  const project = result.organization?.projectV2 ?? result.user?.projectV2;
  if (!project) throw notFound(ref);
  if (!project.field?.id || !project.field.options) {
    throw new BoardProblem(
      `the board "${project.title}" has no single-select field named "${field}"`,
      `add a single-select field "${field}" to the board with the columns as options, or set \`board.field\` in ${DEFAULT_CONFIG_PATH} to the field you use`
    );
  }
  const ids = {
    projectId: project.id,
    fieldId: project.field.id,
    options: new Map(project.field.options.map((o) => [o.name, o.id])),
    fields: new Map(
      project.fields.nodes.flatMap(
        (f) => f?.id && f.name && f.dataType ? [
          [
            f.name,
            {
              id: f.id,
              dataType: f.dataType,
              options: new Map((f.options ?? []).map((o) => [o.name, o.id]))
            }
          ]
        ] : []
      )
    )
  };
  cache.set(key, ids);
  return ids;
}
var notFound = (ref) => new BoardProblem(
  `the board ${ref.url} was not found`,
  `check \`board.project\` in ${DEFAULT_CONFIG_PATH}, and that the app (or the token) can see the project`
);
function projectProblem(error, ref) {
  const type = graphqlErrorType(error);
  if (type === "NOT_FOUND") return notFound(ref);
  if (type === "FORBIDDEN")
    return new BoardProblem(
      `Sprintlab may not change the board ${ref.url}`,
      ref.ownerType === "organization" ? 'grant the app "Organization projects: Read and write" (or, in a workflow, pass a token that can write projects: GITHUB_TOKEN cannot)' : "user projects need a token of that user with the `project` scope; GITHUB_TOKEN and app tokens cannot reach them"
    );
  return void 0;
}
function optionFor(ids, ref, field, column) {
  const id = ids.options.get(column) ?? [...ids.options].find(([name]) => name.toLowerCase() === column.toLowerCase())?.[1];
  if (!id) {
    cache.delete(cacheKey(ref, field));
    throw new BoardProblem(
      `the board's "${field}" field has no option "${column}"`,
      `add an option named "${column}" to the "${field}" field on the board (the columns are Backlog, Hypothesis, Experiment, Evaluation, Iteration, Production, Killed)`
    );
  }
  return id;
}
async function addCard(gh, ref, projectId, contentId) {
  try {
    const r = await gh.graphql(ADD_ITEM_MUTATION, {
      projectId,
      contentId
    });
    return r.addProjectV2ItemById.item.id;
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
}
function fieldUpdate(ids, name, value) {
  const field = ids.fields.get(name);
  if (!field) {
    throw new BoardProblem(
      `the board has no field named "${name}" (listed in \`board.fields\`)`,
      `add a field "${name}" to the board, or remove it from \`board.fields\` in ${DEFAULT_CONFIG_PATH}`
    );
  }
  switch (field.dataType) {
    case "NUMBER":
      if (typeof value === "number") return { fieldId: field.id, value: { number: value } };
      break;
    case "DATE":
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
        return { fieldId: field.id, value: { date: value } };
      break;
    case "TEXT":
      return { fieldId: field.id, value: { text: String(value) } };
    case "SINGLE_SELECT": {
      const option = [...field.options].find(([n]) => n.toLowerCase() === String(value).toLowerCase())?.[1];
      if (option) return { fieldId: field.id, value: { singleSelectOptionId: option } };
      throw new BoardProblem(
        `the board's "${name}" field has no option "${value}"`,
        `add the option "${value}" to "${name}", or make "${name}" a text field`
      );
    }
  }
  throw new BoardProblem(
    `the board's "${name}" field is a ${field.dataType.toLowerCase().replace("_", "-")} field and cannot hold "${value}"`,
    `make "${name}" a ${typeof value === "number" ? "number" : "text"} field, or remove it from \`board.fields\``
  );
}
async function updateCard(gh, ref, projectId, itemId, updates) {
  if (!updates.length) return;
  const variables = { projectId, itemId };
  updates.forEach((u, i) => {
    variables[`f${i}`] = u.fieldId;
    variables[`v${i}`] = u.value;
  });
  try {
    await gh.graphql(updateCardMutation(updates.length), variables);
  } catch (error) {
    throw projectProblem(error, ref) ?? error;
  }
}

// src/github/board/record-comment.ts
var RecordChanged = class extends Error {
  name = "RecordChanged";
};
var isRecordChanged = (e) => e instanceof RecordChanged;
var RECORD_SETTLE_MS = 2e3;
async function writeRecordComment(gh, ref, key, body, existing, settleMs = RECORD_SETTLE_MS) {
  const full = `${stickyMarker(key)}
${body}`;
  const comment = { owner: ref.owner, repo: ref.repo };
  const settle = () => settleMs > 0 ? new Promise((r) => setTimeout(r, settleMs)) : void 0;
  if (existing) {
    const now = await gh.rest.issues.getComment({ ...comment, comment_id: existing.id });
    if ((now.data.body ?? "") !== existing.body) throw new RecordChanged("the record changed before writing");
    await upsertStickyComment(gh, ref, key, body, existing);
    await settle();
    const after = await gh.rest.issues.getComment({ ...comment, comment_id: existing.id });
    if ((after.data.body ?? "") !== full) throw new RecordChanged("another run wrote the record meanwhile");
    return;
  }
  const { id } = await upsertStickyComment(gh, ref, key, body, null);
  await settle();
  const first = await findStickyComment(gh, ref, key);
  if (first && first.id !== id) {
    await gh.rest.issues.deleteComment({ ...comment, comment_id: id });
    throw new RecordChanged("another run created the record meanwhile");
  }
}

// src/github/board/apply-plan.ts
var RECORD_COMMENT_KEY = "experiment-log";
async function applyPlan(gh, ref, state, plan, opts) {
  const done = [];
  let boardProblem;
  const act = async (what, fn) => {
    done.push(what);
    if (!opts.dryRun) await fn();
  };
  const record = plan.comments.find((c) => c.key === RECORD_COMMENT_KEY);
  for (const { key, body } of plan.comments) {
    if (key === RECORD_COMMENT_KEY) continue;
    const existing = await stickyFor(gh, ref, state, key);
    if (existing?.body === `${stickyMarker(key)}
${body}`) continue;
    await act(
      `${existing ? "update" : "create"} comment ${key}`,
      () => upsertStickyComment(gh, ref, key, body, existing)
    );
  }
  if (plan.reaction && opts.commentId) {
    const reaction = plan.reaction;
    const commentId = opts.commentId;
    await act(`react ${reaction}`, () => reactToComment(gh, ref, commentId, reaction));
  }
  if (record) {
    const existing = await stickyFor(gh, ref, state, record.key);
    if (existing?.body !== `${stickyMarker(record.key)}
${record.body}`)
      await act(
        `${existing ? "update" : "create"} comment ${record.key}`,
        () => writeRecordComment(gh, ref, record.key, record.body, existing, opts.recordSettleMs)
      );
  }
  const add = plan.addLabels.filter((l) => !state.snapshot.labels.includes(l));
  const remove = plan.removeLabels.filter((l) => state.snapshot.labels.includes(l));
  if (add.length) await act(`label +${add.join(" +")}`, () => addLabels(gh, ref, add));
  if (remove.length) await act(`label -${remove.join(" -")}`, () => removeLabels(gh, ref, remove));
  const project = opts.board.project;
  const wantsFields = Object.entries(plan.cardFields ?? {}).filter(
    ([name, v]) => state.card?.values.get(name) !== v
  );
  const moves = plan.column !== void 0 && state.card?.column !== plan.column;
  if (project && (moves || wantsFields.length || plan.column && !state.card)) {
    try {
      const what = [
        moves ? `board ${state.card?.column ?? "(none)"} -> ${plan.column}` : "",
        wantsFields.length ? `card ${wantsFields.map(([n]) => n).join(", ")}` : ""
      ].filter(Boolean);
      await act(what.join("; ") || "board card", async () => {
        const ids = await projectIds(gh, project, opts.board.field);
        const updates = [];
        if (moves && plan.column)
          updates.push({
            fieldId: ids.fieldId,
            value: { singleSelectOptionId: optionFor(ids, project, opts.board.field, plan.column) }
          });
        for (const [name, value] of wantsFields) updates.push(fieldUpdate(ids, name, value));
        const itemId = state.card?.itemId ?? await addCard(gh, project, ids.projectId, state.nodeId);
        await updateCard(gh, project, ids.projectId, itemId, updates);
      });
    } catch (error) {
      if (!isBoardProblem(error)) throw error;
      boardProblem = error;
    }
  }
  if (plan.state && plan.state.state !== state.snapshot.state) {
    const { state: s, reason } = plan.state;
    await act(
      `${s === "closed" ? "close" : "reopen"}${reason ? ` (${reason})` : ""}`,
      () => setIssueState(gh, ref, s, reason)
    );
  }
  return { done, ...boardProblem ? { boardProblem } : {} };
}

// src/flows/board/run-event.ts
var PROBLEM_KEYS = { config: "config-problem", board: "board-problem" };
var queues = /* @__PURE__ */ new Map();
function serialised(key, fn) {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(fn, fn);
  const settled = next.catch(() => void 0);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}
var RECORD_ATTEMPTS = 5;
var run = (deps, ref, event, opts) => serialised(`${ref.owner}/${ref.repo}#${ref.issue_number}`.toLowerCase(), async () => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(deps, ref, event, opts);
    } catch (error) {
      if (!isRecordChanged(error) || attempt >= RECORD_ATTEMPTS) throw error;
      deps.log?.(`#${ref.issue_number}: ${error.message}; reading it again (attempt ${attempt + 1})`);
    }
  }
});
async function runOnce(deps, ref, event, opts) {
  const { gh } = deps;
  let board;
  try {
    board = boardSettings((await deps.config(ref)).board);
  } catch (error) {
    if (!isInputError(error)) throw error;
    if (!deps.dryRun)
      await upsertStickyComment(gh, ref, PROBLEM_KEYS.config, configProblemText(error.describe()));
    return [`config problem: ${error.message}`];
  }
  let boardProblem;
  let projectId;
  if (board.project) {
    try {
      projectId = (await projectIds(gh, board.project, board.field)).projectId;
    } catch (error) {
      if (!isBoardProblem(error)) throw error;
      boardProblem = error;
    }
  }
  let state;
  try {
    state = await readIssueState(gh, ref, {
      board,
      ...projectId ? { projectId } : {},
      ...opts.wipColumn ? { wipColumn: opts.wipColumn } : {},
      withDataTasks: opts.withDataTasks ?? false
    });
  } catch (error) {
    if (graphqlErrorType(error) !== "NOT_FOUND") throw error;
  }
  if (!state) return ["issue not found"];
  const isExperiment = formOfIssue(state.snapshot.labels, state.snapshot.body)?.kind === "experiment";
  if (opts.onlyExperiments && !isExperiment) return ["not an experiment"];
  const record = decodeRecord(state.comments.get("experiment-log")?.body);
  const outsider = isExperiment && !record.history.length && opts.author !== void 0 && (event.type === "opened" || event.type === "edited" || event.type === "reopened") && !await hasTriageAccess(gh, ref, opts.author);
  const repliedAt = noAccessRepliedAt(state.comments.get(NO_ACCESS_KEY)?.body);
  const plan = planIssue(
    state.snapshot,
    {
      record,
      hasValidationComment: state.comments.has("validation"),
      ...repliedAt ? { noAccessRepliedAt: repliedAt } : {}
    },
    outsider ? { ...event, outsider } : event,
    {
      now: deps.now?.() ?? /* @__PURE__ */ new Date(),
      board,
      wipCounts: state.wipCounts,
      openDataTasks: state.openDataTasks,
      actor: opts.actor ?? "sprintlab"
    }
  );
  if (boardProblem) delete plan.column;
  for (const line of plan.summary) deps.log?.(`#${ref.issue_number}: ${line}`);
  const applied = await applyPlan(gh, ref, state, plan, {
    board,
    ...opts.commentId ? { commentId: opts.commentId } : {},
    ...deps.dryRun ? { dryRun: true } : {},
    ...deps.recordSettleMs !== void 0 ? { recordSettleMs: deps.recordSettleMs } : {}
  });
  boardProblem = boardProblem ?? applied.boardProblem;
  await reportBoardProblem(deps, ref, state, boardProblem);
  return applied.done;
}
function configProblemText(description) {
  return [
    "### \u26A0\uFE0F Sprintlab cannot read its configuration",
    "",
    "```text",
    description.replace(/```/g, "'''"),
    "```",
    "",
    `Fix \`${DEFAULT_CONFIG_PATH}\` on the default branch; the next event on this issue will pick it up.`
  ].join("\n");
}
async function reportBoardProblem(deps, ref, state, problem) {
  const existing = state.comments.get(PROBLEM_KEYS.board) ?? null;
  if (deps.dryRun || !problem && !existing) return;
  const body = problem ? `### \u26A0\uFE0F Sprintlab cannot update the board

${escapeText(problem.message)}.

**Fix:** ${problem.fix}.

Labels and the experiment log are still kept up to date.` : "### \u2705 The board is reachable again\n\nSprintlab can update the board for this issue.";
  await upsertStickyComment(deps.gh, ref, PROBLEM_KEYS.board, body, existing);
}

// src/flows/board/handlers/check-run.ts
async function onCheckRun(deps, repo, payload) {
  const runInfo = payload.check_run;
  if (payload.action !== "completed" || !runInfo) return { ignored: "check run not completed", changes: [] };
  if (runInfo.name !== GATE_CHECK_NAME)
    return { ignored: `check run "${runInfo.name}" is not the gate`, changes: [] };
  const { claimed, ...summary } = gateSummary(runInfo);
  let board;
  try {
    board = boardSettings((await deps.config(repo)).board);
  } catch (error) {
    if (isInputError(error)) return { ignored: `config problem: ${error.message}`, changes: [] };
    throw error;
  }
  const untrusted = untrustedGateRun({ app: runInfo.app, conclusion: runInfo.conclusion, claimed }, board);
  if (untrusted) {
    deps.log?.(`ignored check run ${runInfo.id} "${GATE_CHECK_NAME}": ${untrusted}`);
    return { ignored: `not the gate's verdict: ${untrusted}`, changes: [] };
  }
  const changes = [];
  for (const pr of runInfo.pull_requests ?? []) {
    const body = await pullRequestBody(deps.gh, repo, pr.number);
    for (const n of linkedIssues(body)) {
      const event = { type: "gate", pr: pr.number, checkRun: runInfo.id, ...summary };
      const done = await run(deps, { ...repo, issue_number: n }, event, {
        wipColumn: "Evaluation",
        onlyExperiments: true
      });
      changes.push({ issue: n, done });
    }
  }
  return changes.length ? { changes } : { ignored: "no linked experiment", changes };
}

// src/flows/board/webhook.ts
var labelNames = (issue) => (issue?.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean);
var isBot = (actor, appLogin) => !actor || actor.type === "Bot" || actor.login.endsWith("[bot]") || appLogin !== void 0 && actor.login === appLogin;

// src/flows/board/handlers/comment.ts
async function onComment(deps, repo, payload) {
  const { issue, comment } = payload;
  if (payload.action !== "created" || !issue || !comment)
    return { ignored: "not a new comment", changes: [] };
  if (isBot(comment.user, deps.appLogin) || comment.performed_via_github_app)
    return { ignored: "comment by a bot", changes: [] };
  const command = parseSlashCommand(comment.body);
  if (!command) return { ignored: "not a command", changes: [] };
  if (!isForSprintlab(command.name))
    return { ignored: `/${command.name} is not a Sprintlab command`, changes: [] };
  if (issue.pull_request) return { ignored: "comment on a pull request", changes: [] };
  if (!formOfIssue(labelNames(issue), issue.body))
    return { ignored: "not from a Sprintlab form", changes: [] };
  const by = comment.user?.login ?? "someone";
  const canWrite = await hasWriteAccess(deps.gh, repo, by);
  if (canWrite && !deps.dryRun) await reactToComment(deps.gh, repo, comment.id, "eyes");
  const event = { type: "command", command, commentId: comment.id, by, canWrite };
  const move = isMove(command.name) ? TRANSITIONS[command.name].to : void 0;
  const ref = { ...repo, issue_number: issue.number };
  const done = await run(deps, ref, event, {
    ...move ? { wipColumn: move } : {},
    withDataTasks: command.name === "start",
    commentId: comment.id,
    actor: by
  });
  return { changes: [{ issue: issue.number, done }] };
}

// src/flows/board/handlers/issue.ts
var ISSUE_ACTIONS = /* @__PURE__ */ new Set(["opened", "edited", "reopened", "closed", "labeled"]);
async function onIssue(deps, repo, payload) {
  const action = payload.action ?? "";
  const issue = payload.issue;
  if (!issue || issue.pull_request) return { ignored: "not an issue", changes: [] };
  if (!ISSUE_ACTIONS.has(action)) return { ignored: `issues.${action} is not handled`, changes: [] };
  if (isBot(payload.sender, deps.appLogin)) return { ignored: "sent by a bot", changes: [] };
  const form = formOfIssue(labelNames(issue), issue.body);
  if (!form) return { ignored: "not from a Sprintlab form", changes: [] };
  if (action === "labeled" && payload.label?.name !== form.label)
    return { ignored: "label not relevant", changes: [] };
  if (action === "labeled" && justCreated(issue))
    return { ignored: "label set by the form (handled as opened)", changes: [] };
  const event = action === "closed" ? { type: "closed" } : { type: action === "labeled" ? "edited" : action };
  const ref = { ...repo, issue_number: issue.number };
  const author = issue.user?.login;
  const done = await run(deps, ref, event, {
    wipColumn: "Hypothesis",
    // The owner needs no lookup; anyone else's access is asked for once, when the experiment is new.
    ...author && issue.author_association !== "OWNER" ? { author } : {}
  });
  return { changes: [{ issue: issue.number, done }] };
}
var justCreated = (issue) => Boolean(issue.created_at && issue.updated_at) && Date.parse(issue.updated_at ?? "") - Date.parse(issue.created_at ?? "") < 1e4;

// src/flows/board/handle-event.ts
async function handleEvent(deps, name, payload) {
  const repo = payload.repository ? { owner: payload.repository.owner.login, repo: payload.repository.name } : void 0;
  if (!repo) return { ignored: "no repository in the payload", changes: [] };
  if (name === "issues") return onIssue(deps, repo, payload);
  if (name === "issue_comment") return onComment(deps, repo, payload);
  if (name === "check_run") return onCheckRun(deps, repo, payload);
  return { ignored: `event ${name} is not handled`, changes: [] };
}

// src/github/files/repo-config.ts
async function readRepoConfig(gh, repo, path = DEFAULT_CONFIG_PATH) {
  let text;
  try {
    const { data } = await gh.rest.repos.getContent({ ...repo, path });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return {};
    text = Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (error.status === 404) return {};
    throw error;
  }
  return parseConfig(text, path);
}

export {
  planExperiment,
  openExperimentStates,
  applyPlan,
  handleEvent,
  readRepoConfig
};
