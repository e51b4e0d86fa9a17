import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);
import {
  COLUMNS
} from "./chunk-FZNVJ5GC.js";
import {
  DEFAULT_CONFIG_PATH
} from "./chunk-2ULE7GJX.js";
import {
  InputError
} from "./chunk-GTFHKJ5W.js";

// src/core/board/settings.ts
function parseProjectUrl(url) {
  const m = /^https:\/\/[^/]+\/(orgs|users)\/([A-Za-z0-9-]+)\/projects\/(\d+)\/?(?:views\/\d+\/?)?$/.exec(
    url.trim()
  );
  if (!m?.[1] || !m[2] || !m[3]) {
    throw new InputError(`"${url}" is not a Projects board URL`, {
      file: DEFAULT_CONFIG_PATH,
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
function boardSettings(b = {}) {
  const wip = {};
  const wipModes = {};
  for (const column of COLUMNS) {
    const limit = b.wip?.[column];
    if (typeof limit === "number") wip[column] = limit;
    else if (limit) {
      wip[column] = limit.limit;
      if (limit.mode) wipModes[column] = limit.mode;
    }
  }
  const cardFields = Object.entries(b.fields ?? {}).map(([field, value]) => ({ field, value }));
  return {
    project: b.labels_only || b.project === void 0 ? void 0 : parseProjectUrl(b.project),
    field: b.field ?? "Status",
    wip,
    wipMode: b.wip_mode ?? "warn",
    wipModes,
    cardFields,
    askOnTimeBox: b.time_box?.ask !== false,
    minLearnings: b.min_learnings ?? 20,
    gateApps: b.gate_app === void 0 ? [] : [b.gate_app].flat()
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
