import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  decodeRecord,
  encodeRecord
} from "./chunk-EWV4XVQC.js";
import {
  COLUMNS,
  DATA_STAGES
} from "./chunk-FZNVJ5GC.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";
import "./chunk-A6CPINGI.js";
import "./chunk-4KYKJDKG.js";

// src/io/status-export.ts
import { readFile, writeFile } from "node:fs/promises";
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
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(
      code === "ENOENT" ? "export file not found" : `cannot read the export file (${code})`,
      {
        file,
        fix: 'pass the path of a sprintlab.status-export/v1 JSON file (write one with "sprintlab status --repo owner/name --export FILE")'
      }
    );
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${error.message})`, {
      file,
      fix: 'check the file is the JSON written by "sprintlab status --export"'
    });
  }
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
  const milestones = Array.isArray(raw.milestones) ? raw.milestones.filter(isObject).map((m) => ({ title: String(m.title), dueOn: typeof m.due_on === "string" ? m.due_on : null })) : void 0;
  const issues = raw.issues.map((issue, n) => issueOf(issue, `issues[${n}]`, fail));
  return {
    repository: raw.repository,
    ...now ? { now: new Date(now) } : {},
    ...sprints ? { sprints } : {},
    ...milestones ? { milestones } : {},
    ...isObject(raw.config) ? { config: raw.config } : {},
    issues
  };
}
function issueOf(raw, at, fail) {
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
  const form = isObject(raw.form) ? raw.form : {};
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
  const data = isObject(raw.data) ? raw.data : void 0;
  if (data?.stage !== void 0 && !DATA_STAGES.includes(data.stage)) {
    fail(`${at}.data.stage`, `is ${JSON.stringify(data.stage)}`, `use one of: ${DATA_STAGES.join(", ")}`);
  }
  return {
    number: raw.number,
    title: raw.title,
    url: typeof raw.url === "string" ? raw.url : "",
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
      ...typeof form.time_box === "string" ? { timeBox: form.time_box } : {},
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
function sprintsOf(raw, fail) {
  if (!Array.isArray(raw) || raw.length === 0)
    return fail(
      "sprints",
      "must be a non-empty array",
      'list the sprints oldest first as {"name", "start", "end"}, or leave "sprints" out'
    );
  return raw.map((s, n) => {
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
}
function dateOf(v, field, fail) {
  const t = typeof v === "string" ? Date.parse(v) : Number.NaN;
  if (Number.isNaN(t))
    return fail(
      field,
      `is ${JSON.stringify(v)}, not a date`,
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
