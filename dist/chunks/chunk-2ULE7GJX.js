import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/contracts.ts
var GATE_CHECK_NAME = "Sprintlab gate";
var VERDICTS = ["pass", "warn", "fail", "insufficient_data"];
var GATE_REPORT_FORMAT = "sprintlab.gate-report/v1";
var LEAKAGE_REPORT_FORMAT = "sprintlab.leakage-report/v1";
var STATUS_REPORT_FORMAT = "sprintlab.status-report/v1";
var DEFAULT_CONFIG_PATH = ".github/sprintlab.yml";

export {
  GATE_CHECK_NAME,
  VERDICTS,
  GATE_REPORT_FORMAT,
  LEAKAGE_REPORT_FORMAT,
  STATUS_REPORT_FORMAT,
  DEFAULT_CONFIG_PATH
};
