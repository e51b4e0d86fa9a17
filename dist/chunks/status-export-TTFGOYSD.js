import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  REPORTABLE_RANGE,
  isReportableTime
} from "./chunk-AZS2CKUL.js";
import {
  decodeRecord,
  encodeRecord
} from "./chunk-MPQUN4AU.js";
import {
  COLUMNS,
  DATA_STAGES
} from "./chunk-FZNVJ5GC.js";
import {
  parseJson
} from "./chunk-PCZ6GZKH.js";
import "./chunk-A6CPINGI.js";
import {
  readTextFile,
  schemaProblems,
  sprintlab_config_schema_default
} from "./chunk-AZKMGFWZ.js";
import "./chunk-6VVURFHU.js";
import "./chunk-2ULE7GJX.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-4KYKJDKG.js";

// src/io/status/status-export.ts
import { writeFile } from "node:fs/promises";
var STATUS_EXPORT_FORMAT = "sprintlab.status-export/v1";
function toExport(repository, issues, extra = {}) {
  return {
    format: STATUS_EXPORT_FORMAT,
    repository,
    ...extra,
    issues: issues.map((i) => ({
      number: i.number,
      title: i.title,
      url: i.url,
      kind: i.kind,
      state: i.state,
      created_at: i.createdAt,
      closed_at: i.closedAt ?? null,
      labels: i.labels,
      column: i.column ?? null,
      ...i.sprint ? { sprint: i.sprint } : {},
      form: {
        ...i.form.metric !== void 0 ? { metric: i.form.metric } : {},
        ...i.form.goal ? { goal: i.form.goal } : {},
        ...i.form.baseline !== void 0 ? { baseline: i.form.baseline } : {},
        ...i.form.target !== void 0 ? { target: i.form.target } : {},
        ...i.form.budgetGpuHours !== void 0 ? { budget_gpu_hours: i.form.budgetGpuHours } : {},
        ...i.form.timeBox ? { time_box: i.form.timeBox } : {},
        ...i.form.mode ? { mode: i.form.mode } : {}
      },
      record: i.record,
      ...i.data ? {
        data: {
          ...i.data.stage ? { stage: i.data.stage } : {},
          due: i.data.due ?? null,
          ready_at: i.data.readyAt ?? null,
          blocks: i.data.blocks ?? []
        }
      } : {}
    }))
  };
}
async function writeStatusExport(path, data) {
  await writeFile(path, `${JSON.stringify(data, null, 2)}
`);
}
var KINDS = ["experiment", "data-task", "ml-engineering"];
async function readStatusExport(file) {
  const text = await readTextFile(
    file,
    "export file",
    'pass the path of a sprintlab.status-export/v1 JSON file (write one with "sprintlab status --repo owner/name --export FILE")'
  );
  const raw = parseJson(text, file, "the export file");
  return parseStatusExport(raw, file);
}
function parseStatusExport(raw, file) {
  const fail = (field, problem, fix) => {
    throw new InputError(problem, { file, field, fix });
  };
  if (!isObject(raw))
    return fail(
      "(root)",
      "the export must be a JSON object",
      `write {"format": "${STATUS_EXPORT_FORMAT}", "repository": ..., "issues": [...]}`
    );
  if (raw.format !== STATUS_EXPORT_FORMAT) {
    fail(
      "format",
      `is ${JSON.stringify(raw.format)}, expected "${STATUS_EXPORT_FORMAT}"`,
      `set "format": "${STATUS_EXPORT_FORMAT}"`
    );
  }
  if (typeof raw.repository !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(raw.repository)) {
    fail(
      "repository",
      'must be "owner/name"',
      'set "repository" to the repository the issues come from, e.g. "acme/support-bot"'
    );
  }
  const now = raw.now === void 0 ? void 0 : dateOf(raw.now, "now", fail);
  if (!Array.isArray(raw.issues))
    fail(
      "issues",
      "must be an array of issues",
      'add "issues": [] with one object per experiment, data task or ML engineering issue'
    );
  const sprints = raw.sprints === void 0 ? void 0 : sprintsOf(raw.sprints, fail);
  const milestones = raw.milestones === void 0 ? void 0 : milestonesOf(raw.milestones, fail);
  if (raw.config !== void 0) configOf(raw.config, fail);
  const issues = raw.issues.map(
    (issue, n) => issueOf(issue, `issues[${n}]`, fail, raw.repository)
  );
  const seen = /* @__PURE__ */ new Map();
  issues.forEach((issue, n) => {
    const first = seen.get(issue.number);
    if (first !== void 0)
      fail(
        `issues[${n}].number`,
        `#${issue.number} is already issues[${first}]`,
        "list each issue once (merge the two entries, or fix the number)"
      );
    seen.set(issue.number, n);
  });
  return {
    repository: raw.repository,
    ...now ? { now: new Date(now) } : {},
    ...sprints ? { sprints } : {},
    ...milestones ? { milestones } : {},
    ...isObject(raw.config) ? { config: raw.config } : {},
    issues
  };
}
function issueOf(raw, at, fail, repository) {
  if (!isObject(raw))
    return fail(at, "must be an object", "give each issue number, title, url, kind, state and created_at");
  if (!Number.isInteger(raw.number) || raw.number <= 0)
    fail(`${at}.number`, "must be a positive integer", "set the issue number");
  if (typeof raw.title !== "string") fail(`${at}.title`, "must be a string", "set the issue title");
  if (!KINDS.includes(raw.kind))
    fail(`${at}.kind`, `is ${JSON.stringify(raw.kind)}`, `set it to one of: ${KINDS.join(", ")}`);
  if (raw.state !== "open" && raw.state !== "closed")
    fail(`${at}.state`, `is ${JSON.stringify(raw.state)}`, 'set it to "open" or "closed"');
  const createdAt = dateOf(raw.created_at, `${at}.created_at`, fail);
  const closedAt = raw.closed_at == null ? void 0 : dateOf(raw.closed_at, `${at}.closed_at`, fail);
  if (raw.column != null && !COLUMNS.includes(raw.column)) {
    fail(`${at}.column`, `is ${JSON.stringify(raw.column)}`, `use one of: ${COLUMNS.join(", ")}`);
  }
  if (raw.url !== void 0 && (typeof raw.url !== "string" || !/^[^\s()<>]*$/.test(raw.url)))
    fail(
      `${at}.url`,
      "must be a web address without spaces or parentheses",
      `write the issue's html_url, or leave "url" out`
    );
  if (raw.labels !== void 0 && !(Array.isArray(raw.labels) && raw.labels.every((l) => typeof l === "string")))
    fail(
      `${at}.labels`,
      "must be an array of label names",
      'write e.g. ["experiment"], or leave "labels" out'
    );
  if (raw.form !== void 0 && raw.form !== null && !isObject(raw.form))
    fail(
      `${at}.form`,
      "must be an object",
      'write the form fields as {"metric": ..., "target": ...}, or leave "form" out'
    );
  if (raw.record !== void 0 && raw.record !== null && !isObject(raw.record))
    fail(
      `${at}.record`,
      "must be an object",
      'write the experiment record as the app keeps it, or leave "record" out'
    );
  const form = isObject(raw.form) ? raw.form : {};
  if (form.metric !== void 0 && typeof form.metric !== "string")
    fail(`${at}.form.metric`, "must be a string", 'write the metric name, e.g. "accuracy"');
  const timeBox = form.time_box === void 0 || form.time_box === null ? void 0 : dateOf(form.time_box, `${at}.form.time_box`, fail).slice(0, 10);
  const num = (v, field) => {
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "number" || !Number.isFinite(v))
      return fail(`${at}.form.${field}`, "must be a number", "write a plain number, or leave the field out");
    return v;
  };
  const goal = form.goal;
  if (goal !== void 0 && goal !== "maximize" && goal !== "minimize")
    fail(`${at}.form.goal`, `is ${JSON.stringify(goal)}`, 'use "maximize" or "minimize"');
  const mode = form.mode;
  if (mode !== void 0 && mode !== "explore" && mode !== "exploit")
    fail(`${at}.form.mode`, `is ${JSON.stringify(mode)}`, 'use "explore" or "exploit"');
  const baseline = num(form.baseline, "baseline");
  const target = num(form.target, "target");
  const budget = num(form.budget_gpu_hours, "budget_gpu_hours");
  const record = decodeRecord(
    encodeRecord({ ...isObject(raw.record) ? raw.record : {}, version: 1 })
  );
  if (raw.data !== void 0 && raw.data !== null && !isObject(raw.data))
    fail(
      `${at}.data`,
      "must be an object",
      'write {"stage", "due", "ready_at", "blocks"}, or leave "data" out'
    );
  const data = isObject(raw.data) ? raw.data : void 0;
  for (const key of ["due", "ready_at"])
    if (data?.[key] != null && typeof data[key] !== "string")
      fail(
        `${at}.data.${key}`,
        `is ${JSON.stringify(data[key])}, not a date`,
        'write an ISO 8601 date, e.g. "2026-11-13", or null'
      );
  if (data?.blocks !== void 0 && !(Array.isArray(data.blocks) && data.blocks.every((n) => Number.isInteger(n) && n > 0)))
    fail(
      `${at}.data.blocks`,
      "must be an array of experiment issue numbers",
      'write e.g. [105], without "#"'
    );
  if (data?.stage !== void 0 && !DATA_STAGES.includes(data.stage)) {
    fail(`${at}.data.stage`, `is ${JSON.stringify(data.stage)}`, `use one of: ${DATA_STAGES.join(", ")}`);
  }
  return {
    number: raw.number,
    title: raw.title,
    url: typeof raw.url === "string" ? raw.url : `https://github.com/${repository}/issues/${raw.number}`,
    kind: raw.kind,
    state: raw.state,
    createdAt,
    ...closedAt ? { closedAt } : {},
    labels: Array.isArray(raw.labels) ? raw.labels.map(String) : [],
    ...raw.column ? { column: raw.column } : {},
    ...typeof raw.sprint === "string" ? { sprint: raw.sprint } : {},
    form: {
      ...typeof form.metric === "string" ? { metric: form.metric } : {},
      ...goal ? { goal } : {},
      ...baseline !== void 0 ? { baseline } : {},
      ...target !== void 0 ? { target } : {},
      ...budget !== void 0 ? { budgetGpuHours: budget } : {},
      ...timeBox ? { timeBox } : {},
      ...mode ? { mode } : {}
    },
    record,
    ...data ? {
      data: {
        ...data.stage ? { stage: data.stage } : {},
        ...typeof data.due === "string" ? { due: dateOf(data.due, `${at}.data.due`, fail) } : {},
        ...typeof data.ready_at === "string" ? { readyAt: dateOf(data.ready_at, `${at}.data.ready_at`, fail) } : {},
        ...Array.isArray(data.blocks) ? { blocks: data.blocks.filter((n) => Number.isInteger(n)) } : {}
      }
    } : {}
  };
}
function milestonesOf(raw, fail) {
  if (!Array.isArray(raw))
    return fail(
      "milestones",
      "must be an array",
      'list them as {"title", "due_on"}, or leave "milestones" out'
    );
  return raw.map((m, n) => {
    if (!isObject(m) || typeof m.title !== "string")
      return fail(
        `milestones[${n}]`,
        "needs a title",
        'write {"title": "Sprint 12", "due_on": "2026-11-27T07:00:00Z"}'
      );
    return {
      title: m.title,
      dueOn: m.due_on == null ? null : dateOf(m.due_on, `milestones[${n}].due_on`, fail)
    };
  });
}
function configOf(raw, fail) {
  if (!isObject(raw))
    fail("config", "must be an object", 'write {"report": {...}, "board": {...}}, or leave "config" out');
  const problem = schemaProblems(sprintlab_config_schema_default, raw, { file: "config" })[0];
  if (problem) fail(`config.${problem.field}`, problem.message, problem.fix);
}
function sprintsOf(raw, fail) {
  if (!Array.isArray(raw) || raw.length === 0)
    return fail(
      "sprints",
      "must be a non-empty array",
      'list the sprints oldest first as {"name", "start", "end"}, or leave "sprints" out'
    );
  const sprints = raw.map((s, n) => {
    if (!isObject(s) || typeof s.name !== "string")
      return fail(
        `sprints[${n}]`,
        "needs a name, start and end",
        'write {"name": "2026-W47", "start": "2026-11-16", "end": "2026-11-23"}'
      );
    const start = dateOf(s.start, `sprints[${n}].start`, fail);
    const end = dateOf(s.end, `sprints[${n}].end`, fail);
    if (end <= start)
      fail(
        `sprints[${n}].end`,
        "is not after the start",
        "make each sprint end after it starts (the end is exclusive)"
      );
    return { name: s.name, start, end };
  });
  sprints.forEach((s, n) => {
    const before = sprints[n - 1];
    if (before && s.start < before.end)
      fail(
        `sprints[${n}].start`,
        `is before the end of sprints[${n - 1}] ("${before.name}")`,
        "list the sprints oldest first, each starting at or after the end of the one before"
      );
  });
  return sprints;
}
function dateOf(v, field, fail) {
  const t = typeof v === "string" ? Date.parse(v) : Number.NaN;
  if (!isReportableTime(t))
    return fail(
      field,
      `is ${JSON.stringify(v)}, not a date ${REPORTABLE_RANGE}`,
      'write an ISO 8601 date or timestamp, e.g. "2026-11-20T09:00:00Z"'
    );
  return new Date(t).toISOString();
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
export {
  STATUS_EXPORT_FORMAT,
  parseStatusExport,
  readStatusExport,
  toExport,
  writeStatusExport
};
