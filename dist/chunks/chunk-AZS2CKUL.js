import { createRequire as __sprintlabCreateRequire } from 'node:module'; const require = __sprintlabCreateRequire(import.meta.url);

// src/core/dates.ts
var isReportableTime = (t) => Number.isFinite(t) && t >= 0 && t <= Date.UTC(9999, 11, 31, 23, 59, 59, 999);
var REPORTABLE_RANGE = "between 1970-01-01 and 9999-12-31";

export {
  isReportableTime,
  REPORTABLE_RANGE
};
