import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  COLUMNS
} from "./chunk-FZNVJ5GC.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/core/board/settings.ts
var CARD_VALUES = [
  "metric",
  "goal",
  "baseline",
  "target",
  "latest",
  "budget",
  "compute_used",
  "time_box",
  "mode",
  "gate"
];
function parseProjectUrl(url) {
  const m = /^https:\/\/[^/]+\/(orgs|users)\/([A-Za-z0-9-]+)\/projects\/(\d+)\/?(?:views\/\d+\/?)?$/.exec(
    url.trim()
  );
  if (!m?.[1] || !m[2] || !m[3]) {
    throw new InputError(`"${url}" is not a Projects board URL`, {
      file: ".github/sprintlab.yml",
      field: "board.project",
      fix: "copy the board URL from the browser, e.g. https://github.com/orgs/acme/projects/3 (or /users/<login>/projects/<n>)"
    });
  }
  return {
    url: url.trim(),
    ownerType: m[1] === "orgs" ? "organization" : "user",
    owner: m[2],
    number: Number(m[3])
  };
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function boardSettings(board) {
  const b = isRecord(board) ? board : {};
  const wip = {};
  const wipModes = {};
  if (isRecord(b.wip)) {
    for (const [column, limit] of Object.entries(b.wip)) {
      if (!COLUMNS.includes(column)) continue;
      if (typeof limit === "number") wip[column] = limit;
      else if (isRecord(limit) && typeof limit.limit === "number") {
        wip[column] = limit.limit;
        if (limit.mode === "warn" || limit.mode === "refuse") wipModes[column] = limit.mode;
      }
    }
  }
  const cardFields = [];
  if (isRecord(b.fields)) {
    for (const [field, value] of Object.entries(b.fields)) {
      if (CARD_VALUES.includes(value))
        cardFields.push({ field, value });
    }
  }
  const labelsOnly = b.labels_only === true || typeof b.project !== "string";
  const timeBox = isRecord(b.time_box) ? b.time_box : {};
  return {
    project: labelsOnly ? void 0 : parseProjectUrl(String(b.project)),
    field: typeof b.field === "string" ? b.field : "Status",
    wip,
    wipMode: b.wip_mode === "refuse" ? "refuse" : "warn",
    wipModes,
    cardFields,
    askOnTimeBox: timeBox.ask !== false,
    minLearnings: typeof b.min_learnings === "number" ? b.min_learnings : 20,
    gateApps: [b.gate_app].flat().filter((a) => typeof a === "string" || typeof a === "number")
  };
}
var statusLabel = (column) => `status:${column.toLowerCase()}`;
var STATUS_LABELS = COLUMNS.map(statusLabel);
var stageLabel = (stage) => `stage:${stage.toLowerCase().replace(/\s+/g, "-")}`;
var wipModeOf = (board, column) => board.wipModes[column] ?? board.wipMode;

export {
  boardSettings,
  statusLabel,
  STATUS_LABELS,
  stageLabel,
  wipModeOf
};
